"""``tf.signal``: the FFT family over the innermost axes (``fft_length`` for the real transforms)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, as_tensor


def _typed(x: Any, name: str, attr: str) -> Any:
    """The ivy array of ``x`` when its dtype is allowed for the op's ``attr`` (``Tcomplex``/``Treal``)."""
    t = as_tensor(x)
    if not (t.dtype.is_complex if attr == "Tcomplex" else t.dtype.is_floating):
        raise InvalidArgumentError(
            f"{name}: Value for attr '{attr}' of {t.dtype.name} is not in the list of allowed values"
        )
    return t._ivy


def _complex(x: Any, name: str) -> Any:
    return _typed(x, name, "Tcomplex")


def _real(x: Any, name: str) -> Any:
    return _typed(x, name, "Treal")


def fft(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.signal.fft over the last axis."""
    return Tensor(ivy.fft.fft(_complex(input, "FFT"), axis=-1))


def ifft(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.signal.ifft over the last axis."""
    return Tensor(ivy.fft.ifft(_complex(input, "IFFT"), axis=-1))


def _nd(fn: Any, k: int, label: str) -> Any:
    def op(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
        return Tensor(fn(_complex(input, label), axes=tuple(range(-k, 0))))

    return named(op, label.lower(), f"tf.signal.{label.lower()} over the last {k} axes.")


fft2d = _nd(ivy.fft.fftn, 2, "FFT2D")
ifft2d = _nd(ivy.fft.ifftn, 2, "IFFT2D")
fft3d = _nd(ivy.fft.fftn, 3, "FFT3D")
ifft3d = _nd(ivy.fft.ifftn, 3, "IFFT3D")


def _len(fft_length: Any) -> Any:
    if fft_length is None:
        return None
    return [int(v) for v in (fft_length.numpy().tolist() if isinstance(fft_length, Tensor) else fft_length)]


def rfft(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.rfft: float32 to complex64."""
    n = _len(fft_length)
    return Tensor(ivy.fft.rfft(_real(input_tensor, "RFFT"), n=n[0] if n else None, axis=-1))


def irfft(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.irfft: complex to real, ``2 * (n - 1)`` points by default."""
    n = _len(fft_length)
    return Tensor(ivy.fft.irfft(_complex(input_tensor, "IRFFT"), n=n[0] if n else None, axis=-1))


def rfft2d(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.rfft2d over the last two axes."""
    return Tensor(ivy.fft.rfftn(_real(input_tensor, "RFFT2D"), s=_len(fft_length), axes=(-2, -1)))


def irfft2d(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.irfft2d over the last two axes."""
    return Tensor(ivy.fft.irfftn(_complex(input_tensor, "IRFFT2D"), s=_len(fft_length), axes=(-2, -1)))


def fftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.fftshift."""
    return Tensor(ivy.fft.fftshift(as_tensor(x)._ivy, axes=axes))


def ifftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.ifftshift."""
    return Tensor(ivy.fft.ifftshift(as_tensor(x)._ivy, axes=axes))
