# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""``torch.fft`` of the frontend, over ``ivy.fft`` (generated: torch and ivy share the argument names
but for ``dim`` vs ``axis``)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap


def _float_in(x: Any) -> Any:
    return ivy.astype(x, D.get_default_dtype()._ivy) if x.dtype.kind in "biu" else x


def _one(name: str) -> Any:
    fn = getattr(ivy.fft, name)

    def transform(input: Any, n: Any = None, dim: int = -1, norm: Any = None, *, out: Any = None) -> Tensor:
        x = _float_in(tensor_arg(input, f"torch.fft.{name}")._ivy)
        return wrap(fn(x, n=n, axis=dim, norm=norm or "backward"))

    return named(transform, name, f"torch.fft.{name} along ``dim``.")


def _many(name: str, base: str, two: bool) -> Any:
    fn = getattr(ivy.fft, base)

    def transform(
        input: Any, s: Any = None, dim: Any = (-2, -1) if two else None, norm: Any = None, *, out: Any = None
    ) -> Tensor:
        x = _float_in(tensor_arg(input, f"torch.fft.{name}")._ivy)
        axes = dim
        if axes is None and s is not None:
            axes = tuple(range(-len(s), 0))
        return wrap(
            fn(
                x,
                s=tuple(s) if s is not None else None,
                axes=tuple(axes) if axes is not None else None,
                norm=norm or "backward",
            )
        )

    return named(transform, name, f"torch.fft.{name} over ``dim``.")


for _name in ("fft", "ifft", "rfft", "irfft", "hfft", "ihfft"):
    globals()[_name] = _one(_name)
for _name in ("fftn", "ifftn", "rfftn", "irfftn"):
    globals()[_name] = _many(_name, _name, False)
    globals()[_name[:-1] + "2"] = _many(_name[:-1] + "2", _name, True)


def fftfreq(n: int, d: float = 1.0, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.fft.fftfreq (default float dtype)."""
    return wrap(ivy.astype(ivy.fft.fftfreq(n, d=d), (D.as_dtype(dtype) if dtype else D.get_default_dtype())._ivy))


def rfftfreq(n: int, d: float = 1.0, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.fft.rfftfreq (default float dtype)."""
    return wrap(ivy.astype(ivy.fft.rfftfreq(n, d=d), (D.as_dtype(dtype) if dtype else D.get_default_dtype())._ivy))


def fftshift(input: Any, dim: Any = None) -> Tensor:
    """torch.fft.fftshift."""
    return wrap(ivy.fft.fftshift(tensor_arg(input, "torch.fft.fftshift")._ivy, axes=dim))


def ifftshift(input: Any, dim: Any = None) -> Tensor:
    """torch.fft.ifftshift."""
    return wrap(ivy.fft.ifftshift(tensor_arg(input, "torch.fft.ifftshift")._ivy, axes=dim))


_DUAL_NORM = {None: "forward", "backward": "forward", "forward": "backward", "ortho": "ortho"}


def _hermitian(name: str, two: bool, inverse: bool) -> Any:
    def transform(
        input: Any, s: Any = None, dim: Any = (-2, -1) if two else None, norm: Any = None, *, out: Any = None
    ) -> Tensor:
        x = tensor_arg(input, f"torch.fft.{name}")
        if inverse:  # a real signal's half spectrum, conjugated and scaled as the inverse transform
            if x.dtype.is_complex:
                raise RuntimeError(f"{name} expects a real-valued input tensor, but got {x.dtype}")
            half = globals()["rfft2" if two else "rfftn"](x, s, dim, _DUAL_NORM[norm])
            return wrap(ivy.conj(half._ivy))
        spectrum = wrap(ivy.conj(x._ivy)) if x.dtype.is_complex else x
        return globals()["irfft2" if two else "irfftn"](spectrum, s, dim, _DUAL_NORM[norm])

    return named(
        transform,
        name,
        f"torch.fft.{name}: the {'inverse ' if inverse else ''}FFT of a Hermitian-symmetric signal over ``dim``.",
    )


for _name, _two, _inverse in (
    ("hfft2", True, False),
    ("hfftn", False, False),
    ("ihfft2", True, True),
    ("ihfftn", False, True),
):
    globals()[_name] = _hermitian(_name, _two, _inverse)
