"""``paddle.fft`` on ``ivy.fft`` (real inputs computed in complex64 unless float64)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap


def _in(x: Any) -> Any:
    a = as_ivy(x)
    return a if a.dtype.kind in "fc" else ivy.astype(a, ivy.float32)


def _one(f: Any, name: str) -> Any:
    def op(x: Any, n: int | None = None, axis: int = -1, norm: str = "backward", name: str | None = None) -> Tensor:
        return wrap(f(_in(x), n=n, axis=axis, norm=norm))

    return named(op, name, f"paddle.fft.{name}.")


def _many(f: Any, name: str, default_axes: Any) -> Any:
    def op(x: Any, s: Any = None, axes: Any = default_axes, norm: str = "backward", name: str | None = None) -> Tensor:
        ax = None if axes is None else tuple(axes)
        return wrap(f(_in(x), s=None if s is None else tuple(s), axes=ax, norm=norm))

    return named(op, name, f"paddle.fft.{name}.")


fft = _one(ivy.fft.fft, "fft")
ifft = _one(ivy.fft.ifft, "ifft")
rfft = _one(ivy.fft.rfft, "rfft")
irfft = _one(ivy.fft.irfft, "irfft")
hfft = _one(ivy.fft.hfft, "hfft")
ihfft = _one(ivy.fft.ihfft, "ihfft")
fftn = _many(ivy.fft.fftn, "fftn", None)
ifftn = _many(ivy.fft.ifftn, "ifftn", None)
rfftn = _many(ivy.fft.rfftn, "rfftn", None)
irfftn = _many(ivy.fft.irfftn, "irfftn", None)
fft2 = _many(ivy.fft.fftn, "fft2", (-2, -1))
ifft2 = _many(ivy.fft.ifftn, "ifft2", (-2, -1))
rfft2 = _many(ivy.fft.rfftn, "rfft2", (-2, -1))
irfft2 = _many(ivy.fft.irfftn, "irfft2", (-2, -1))


def fftfreq(n: int, d: float = 1.0, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.fftfreq."""
    return wrap(ivy.astype(ivy.fft.fftfreq(n, d=d), ivy.float32))


def rfftfreq(n: int, d: float = 1.0, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.rfftfreq."""
    return wrap(ivy.astype(ivy.fft.rfftfreq(n, d=d), ivy.float32))


def fftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.fftshift."""
    return wrap(
        ivy.fft.fftshift(as_ivy(x), axes=None if axes is None else tuple(axes) if isinstance(axes, list) else axes)
    )


def ifftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.ifftshift."""
    return wrap(
        ivy.fft.ifftshift(as_ivy(x), axes=None if axes is None else tuple(axes) if isinstance(axes, list) else axes)
    )


# -- Hermitian n-D transforms and paddle's kernel-level entry points -------------------------------------

_DUAL = {"backward": "forward", "forward": "backward", "ortho": "ortho"}


def _norm(norm: str) -> str:
    if norm not in _DUAL:
        raise ValueError(f"paddle.fft: norm must be 'backward', 'forward' or 'ortho', got {norm!r}")
    return norm


def _axes(x: Any, s: Any, axes: Any) -> tuple[Any, Any]:
    ax = None if axes is None else tuple(axes)
    if ax is None and s is not None:
        ax = tuple(range(-len(s), 0))
    if ax is None:
        ax = tuple(range(as_ivy(x).ndim))
    return (None if s is None else tuple(s)), ax


def _hfftn(x: Any, s: Any = None, axes: Any = None, norm: str = "backward") -> Tensor:
    a = as_ivy(x)
    a = (
        a
        if a.dtype.kind == "c"
        else ivy.astype(_in(a), ivy.complex64 if _in(a).dtype == ivy.float32 else ivy.complex128)
    )
    s, ax = _axes(a, s, axes)
    return wrap(ivy.fft.irfftn(ivy.conj(a), s=s, axes=ax, norm=_DUAL[_norm(norm)]))


def _ihfftn(x: Any, s: Any = None, axes: Any = None, norm: str = "backward") -> Tensor:
    a = _in(x)
    if a.dtype.kind == "c":
        raise TypeError("paddle.fft.ihfftn: x must be real")
    s, ax = _axes(a, s, axes)
    return wrap(ivy.conj(ivy.fft.rfftn(a, s=s, axes=ax, norm=_DUAL[_norm(norm)])))


def hfftn(
    x: Any, s: Any = None, axes: Any = None, norm: str = "backward", name: str | None = None, out: Any = None
) -> Tensor:
    """paddle.fft.hfftn: the real n-D transform of a Hermitian-symmetric half spectrum."""
    return _hfftn(x, s, axes, norm)


def hfft2(
    x: Any, s: Any = None, axes: Any = (-2, -1), norm: str = "backward", name: str | None = None, out: Any = None
) -> Tensor:
    """paddle.fft.hfft2."""
    return _hfftn(x, s, axes, norm)


def ihfftn(
    x: Any, s: Any = None, axes: Any = None, norm: str = "backward", name: str | None = None, out: Any = None
) -> Tensor:
    """paddle.fft.ihfftn: the half spectrum of the inverse n-D transform of a real signal."""
    return _ihfftn(x, s, axes, norm)


def ihfft2(
    x: Any, s: Any = None, axes: Any = (-2, -1), norm: str = "backward", name: str | None = None, out: Any = None
) -> Tensor:
    """paddle.fft.ihfft2."""
    return _ihfftn(x, s, axes, norm)


def fft_c2c(x: Any, n: Any, axis: int, norm: str, forward: bool, name: Any, out: Any = None) -> Tensor:
    """paddle.fft.fft_c2c: the 1-D complex transform (``forward`` or inverse)."""
    return (fft if forward else ifft)(x, n, axis, norm)


def fft_r2c(
    x: Any, n: Any, axis: int, norm: str, forward: bool, onesided: bool, name: Any = None, out: Any = None
) -> Tensor:
    """paddle.fft.fft_r2c: the 1-D transform of a real signal (the half spectrum when ``onesided``)."""
    if onesided:
        return rfft(x, n, axis, norm) if forward else ihfft(x, n, axis, norm)
    return (fft if forward else ifft)(x, n, axis, norm)


def fft_c2r(x: Any, n: Any, axis: int, norm: str, forward: bool, name: Any, out: Any = None) -> Tensor:
    """paddle.fft.fft_c2r: a real signal from a half spectrum (``hfft`` forward, ``irfft`` inverse)."""
    return (hfft if forward else irfft)(x, n, axis, norm)


def fftn_c2c(x: Any, s: Any, axes: Any, norm: str, forward: bool, name: Any, out: Any = None) -> Tensor:
    """paddle.fft.fftn_c2c."""
    return (fftn if forward else ifftn)(x, s, axes, norm)


def fftn_r2c(
    x: Any, s: Any, axes: Any, norm: str, forward: bool, onesided: bool, name: Any = None, out: Any = None
) -> Tensor:
    """paddle.fft.fftn_r2c."""
    if onesided:
        return rfftn(x, s, axes, norm) if forward else _ihfftn(x, s, axes, norm)
    return (fftn if forward else ifftn)(x, s, axes, norm)


def fftn_c2r(x: Any, s: Any, axes: Any, norm: str, forward: bool, name: Any, out: Any = None) -> Tensor:
    """paddle.fft.fftn_c2r."""
    return _hfftn(x, s, axes, norm) if forward else irfftn(x, s, axes, norm)


def is_floating_point(x: Any) -> bool:
    """paddle.fft.is_floating_point (paddle's, re-exported there)."""
    from ivy_frontends.paddle._dtypes import is_floating_point as f

    return f(x)


def is_integer(x: Any) -> bool:
    """paddle.fft.is_integer (paddle's, re-exported there)."""
    from ivy_frontends.paddle._dtypes import is_integer as f

    return f(x)
