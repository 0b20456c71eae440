"""Short-time Fourier transforms (Ivy extensions in ``ivy.fft``), with torch's semantics."""

from __future__ import annotations

from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="signal", namespace="fft", standard=False)


@spec(dtypes="floating")
def stft(
    x: Array,
    /,
    n_fft: int,
    *,
    hop_length: int | None = None,
    win_length: int | None = None,
    window: Array | None = None,
    center: bool = True,
    pad_mode: Literal["constant", "reflect", "replicate", "circular"] = "reflect",
    normalized: bool = False,
    onesided: bool | None = None,
) -> Array:
    """The complex STFT of a signal ``(L,)`` or batch ``(B, L)``: ``(B?, freqs, frames)``.

    ``hop_length`` defaults to ``n_fft // 4``; ``window`` (ones when None) has
    ``win_length`` (default ``n_fft``) points, zero-padded to ``n_fft`` on both sides;
    ``center`` pads ``n_fft // 2`` on both sides with ``pad_mode``; ``onesided``
    (default: real signal and window) keeps ``n_fft // 2 + 1`` frequencies;
    ``normalized`` scales by ``n_fft ** -0.5``.
    """


@spec(dtypes="complex floating")
def istft(
    x: Array,
    /,
    n_fft: int,
    *,
    hop_length: int | None = None,
    win_length: int | None = None,
    window: Array | None = None,
    center: bool = True,
    normalized: bool = False,
    onesided: bool | None = None,
    length: int | None = None,
) -> Array:
    """The signal whose ``stft`` is ``x`` (``(B?, freqs, frames)``), by windowed
    overlap-add divided by the summed squared window; ``length`` trims or zero-pads."""
