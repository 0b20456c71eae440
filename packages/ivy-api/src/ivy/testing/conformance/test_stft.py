"""``ivy.fft.stft`` / ``istft`` against torch's (when torch is installed) or, in sessions
without torch, against their definitions written out frame by frame in NumPy: drawn
signals and spectra, FFT sizes, hops, window lengths and windows, centring, padding modes,
normalization, sidedness and output lengths."""

from __future__ import annotations

import importlib.util
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    hypothesis_settings,
    make_call,
    register,
    run_case,
    spec,
)
from ivy.testing.conformance._reference import reference_to_numpy
from ivy.testing.conformance._strategies import ArrayData, Context, arrays

_TORCH = importlib.util.find_spec("torch") is not None
_PAD = {"reflect": "reflect", "constant": "constant", "replicate": "edge", "circular": "wrap"}


def _numpy(value: Any) -> Any:
    return reference_to_numpy(value) if value is not None and hasattr(value, "dtype") else value


def _window(n_fft: int, win_length: int | None, window: np.ndarray | None, dtype: Any) -> np.ndarray:
    win_length = n_fft if win_length is None else win_length
    window = np.ones(win_length, dtype) if window is None else window
    left = (n_fft - win_length) // 2
    return np.pad(window, (left, n_fft - win_length - left))


def _stft_numpy(x, n_fft, hop_length=None, win_length=None, window=None, center=True, pad_mode="reflect",
                normalized=False, onesided=None):  # fmt: skip
    hop = n_fft // 4 if hop_length is None else hop_length
    window = _window(n_fft, win_length, window, np.real(x).dtype)
    if center:
        x = np.pad(x, [(0, 0)] * (x.ndim - 1) + [(n_fft // 2, n_fft // 2)], mode=_PAD[pad_mode])
    onesided = not np.iscomplexobj(x) and not np.iscomplexobj(window) if onesided is None else onesided
    transform = np.fft.rfft if onesided else np.fft.fft
    count = 1 + (x.shape[-1] - n_fft) // hop
    norm = "ortho" if normalized else "backward"
    columns = [transform(x[..., i * hop : i * hop + n_fft] * window, norm=norm) for i in range(count)]
    return np.stack(columns, axis=-1)


def _istft_numpy(x, n_fft, hop_length=None, win_length=None, window=None, center=True, normalized=False,
                 onesided=None, length=None):  # fmt: skip
    hop = n_fft // 4 if hop_length is None else hop_length
    norm = "ortho" if normalized else "backward"
    real = np.float32 if x.dtype == np.complex64 else np.float64
    window = _window(n_fft, win_length, window, real).astype(real)
    count = x.shape[-1]
    total = n_fft + hop * (count - 1)
    signal = np.zeros((*x.shape[:-2], total))
    envelope = np.zeros(total)
    for i in range(count):
        spectrum = x[..., i]
        frame = np.fft.irfft(spectrum[..., : n_fft // 2 + 1], n_fft, norm=norm)  # full spectra: Hermitian
        signal[..., i * hop : i * hop + n_fft] += frame * window
        envelope[i * hop : i * hop + n_fft] += window**2
    start = n_fft // 2 if center else 0
    end = total - start if length is None else min(start + length, total)
    signal = signal[..., start:end] / envelope[start:end]
    if length is not None and signal.shape[-1] < length:
        signal = np.pad(signal, [(0, 0)] * (signal.ndim - 1) + [(0, length - signal.shape[-1])])
    return signal.astype(real)


def _torch(name: str, args: list, kwargs: dict) -> np.ndarray:
    import torch

    tensors = [torch.from_numpy(np.array(a)) if isinstance(a, np.ndarray) else a for a in args]
    options = {k: torch.from_numpy(np.array(v)) if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
    function = torch.stft if name == "stft" else torch.istft
    if name == "stft":
        options["return_complex"] = True
    return function(*tensors, **options).numpy()


def _reference(name: str) -> Any:
    def reference(*args: Any, **kwargs: Any) -> Any:
        args = [_numpy(a) for a in args]
        kwargs = {k: _numpy(v) for k, v in kwargs.items()}
        if _TORCH:
            return _torch(name, args, kwargs)
        return (_stft_numpy if name == "stft" else _istft_numpy)(*args, **kwargs)

    return reference


def _draw(name: str, draw: Draw, ctx: Context) -> dict[str, Any]:
    real = draw(ctx.dtype("real floating"))
    n_fft = draw(st.sampled_from([4, 7, 8, 16]))
    center = draw(st.booleans())
    win_length = draw(st.integers(max(1, n_fft // 2), n_fft)) if center and draw(st.booleans()) else None
    hop = draw(st.integers(1, win_length or n_fft))
    values: dict[str, Any] = {"n_fft": n_fft, "hop_length": hop if draw(st.booleans()) or hop != n_fft // 4 else OMIT}
    if win_length is not None:
        values["win_length"] = win_length
    if draw(st.booleans()):  # a positive window: the inverse's overlap-added square has no zero
        values["window"] = draw(arrays(real, (win_length or n_fft,), st.floats(0.25, 2.0, width=32)))
    batch = draw(st.sampled_from([(), (2,)]))
    values.update(center=center, normalized=draw(st.booleans()))
    if name == "stft":
        complex_dtype = {"float32": "complex64", "float64": "complex128"}[real]
        dtype = complex_dtype if complex_dtype in ctx.dtypes() and draw(st.integers(0, 3)) == 0 else real
        values["x"] = draw(
            arrays(dtype, (*batch, draw(st.sampled_from([n_fft + 1, 24, 37]))), st.floats(-4, 4, width=32))
        )
        if center:
            values["pad_mode"] = draw(st.sampled_from([OMIT, *_PAD]))
        values["onesided"] = OMIT if dtype != real else draw(st.sampled_from([OMIT, True, False]))
    else:
        complex_dtype = {"float32": "complex64", "float64": "complex128"}[real]
        onesided = draw(st.booleans())
        frames = draw(st.integers(1, 6))
        freqs = n_fft // 2 + 1 if onesided else n_fft
        parts = st.floats(-4, 4, width=32)
        values["x"] = draw(arrays(complex_dtype, (*batch, freqs, frames), st.builds(complex, parts, parts)))
        values["onesided"] = onesided if draw(st.booleans()) or freqs == n_fft else OMIT
        natural = n_fft + hop * (frames - 1) - (2 * (n_fft // 2) if center else 0)
        if natural < 1:
            values["x"] = draw(arrays(complex_dtype, (*batch, freqs, frames + n_fft), st.builds(complex, parts, parts)))
            natural += hop * n_fft
        values["length"] = draw(st.sampled_from([OMIT, natural, max(1, natural - 2)]))
    return values


def _case(name: str) -> Case:
    s = spec(f"fft.{name}")

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return make_call(s, _draw(name, draw, ctx))

    def check(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
        result = np.asarray(reference_to_numpy(actual) if not hasattr(actual, "__array__") else actual)
        expected = np.asarray(expected)
        assert result.shape == expected.shape, f"{call}: shape {result.shape}, expected {expected.shape}"
        assert result.dtype == expected.dtype, f"{call}: dtype {result.dtype}, expected {expected.dtype}"
        single = result.dtype in (np.float32, np.complex64)
        x = call.value("x")
        scale = max([1.0, *(abs(v) for v in x.values)]) if isinstance(x, ArrayData) else 1.0
        tolerance = (2e-5 if single else 1e-11) * scale * call.value("n_fft")
        np.testing.assert_allclose(result, expected, rtol=tolerance, atol=tolerance, err_msg=repr(call))

    return Case(s, draw_call, reference=_reference(name), check=check)


def _available() -> list[str]:
    from ivy.testing.conformance._cases import SPECS

    return [name for name in ("stft", "istft") if f"fft.{name}" in SPECS]


CASES = [register(_case(name)) for name in _available()]


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@settings(hypothesis_settings(), max_examples=6)
@given(data=st.data())
def test_stft(ivy_backend: str, case: Case, data: Any) -> None:
    run_case(case, data, ivy_backend)
