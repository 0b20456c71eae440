"""The ``fft`` extension."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="fft", namespace="fft")


@spec(dtypes="complex floating")
def fft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """One-dimensional discrete Fourier transform."""


@spec(dtypes="complex floating")
def ifft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """One-dimensional inverse discrete Fourier transform."""


@spec(dtypes="complex floating")
def fftn(
    x: Array,
    /,
    *,
    s: Sequence[int] | None = None,
    axes: Sequence[int] | None = None,
    norm: Literal["backward", "ortho", "forward"] = "backward",
) -> Array:
    """N-dimensional discrete Fourier transform."""


@spec(dtypes="complex floating")
def ifftn(
    x: Array,
    /,
    *,
    s: Sequence[int] | None = None,
    axes: Sequence[int] | None = None,
    norm: Literal["backward", "ortho", "forward"] = "backward",
) -> Array:
    """N-dimensional inverse discrete Fourier transform."""


@spec(dtypes="real floating")
def rfft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """One-dimensional discrete Fourier transform of real input."""


@spec(dtypes="complex floating")
def irfft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """Inverse of ``rfft``: real output from a Hermitian half-spectrum."""


@spec(dtypes="real floating")
def rfftn(
    x: Array,
    /,
    *,
    s: Sequence[int] | None = None,
    axes: Sequence[int] | None = None,
    norm: Literal["backward", "ortho", "forward"] = "backward",
) -> Array:
    """N-dimensional discrete Fourier transform of real input."""


@spec(dtypes="complex floating")
def irfftn(
    x: Array,
    /,
    *,
    s: Sequence[int] | None = None,
    axes: Sequence[int] | None = None,
    norm: Literal["backward", "ortho", "forward"] = "backward",
) -> Array:
    """Inverse of ``rfftn``."""


@spec(dtypes="complex floating")
def hfft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """Discrete Fourier transform of a Hermitian-symmetric signal (real output)."""


@spec(dtypes="real floating")
def ihfft(
    x: Array, /, *, n: int | None = None, axis: int = -1, norm: Literal["backward", "ortho", "forward"] = "backward"
) -> Array:
    """Inverse of ``hfft``."""


@spec()
def fftfreq(n: int, /, *, d: float = 1.0, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Sample frequencies of a length-``n`` discrete Fourier transform."""


@spec()
def rfftfreq(n: int, /, *, d: float = 1.0, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Non-negative sample frequencies of a length-``n`` real transform."""


@spec()
def fftshift(x: Array, /, *, axes: int | Sequence[int] | None = None) -> Array:
    """Spectrum with the zero-frequency term moved to the centre."""


@spec()
def ifftshift(x: Array, /, *, axes: int | Sequence[int] | None = None) -> Array:
    """Inverse of ``fftshift``."""
