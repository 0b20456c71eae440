"""Signal windows (Ivy extensions, main namespace), with torch's ``*_window`` semantics.

``periodic=True`` (the default) gives the first ``size`` points of the symmetric window of
``size + 1`` points, the form spectral analysis (``stft``) wants; a window of one point is
``[1.0]``. ``dtype`` is a real floating dtype (the default float dtype when None).
"""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="windows", standard=False)


@spec()
def hann_window(size: int, *, periodic: bool = True, dtype: DType | None = None, device: Device | None = None) -> Array:
    """The Hann window ``0.5 - 0.5 cos(2 pi n / N)``."""


@spec()
def hamming_window(
    size: int, *, periodic: bool = True, dtype: DType | None = None, device: Device | None = None
) -> Array:
    """The Hamming window ``0.54 - 0.46 cos(2 pi n / N)``."""


@spec()
def blackman_window(
    size: int, *, periodic: bool = True, dtype: DType | None = None, device: Device | None = None
) -> Array:
    """The Blackman window ``0.42 - 0.5 cos(2 pi n / N) + 0.08 cos(4 pi n / N)``."""


@spec()
def bartlett_window(
    size: int, *, periodic: bool = True, dtype: DType | None = None, device: Device | None = None
) -> Array:
    """The Bartlett (triangular) window ``1 - |2 n / N - 1|``."""


@spec()
def kaiser_window(
    size: int,
    *,
    periodic: bool = True,
    beta: float = 12.0,
    dtype: DType | None = None,
    device: Device | None = None,
) -> Array:
    """The Kaiser window ``I0(beta sqrt(1 - (2 n / N - 1)**2)) / I0(beta)``."""
