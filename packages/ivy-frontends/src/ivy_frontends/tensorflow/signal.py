"""``tf.signal``: the FFT family over the innermost axes (``fft_length`` for the real transforms)."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared import signatures as _sg
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


def _axes_and_lengths(t: Any, fft_length: Any, axes: Any) -> tuple[Any, tuple[int, ...]]:
    """TF's N-d FFT arguments: ``axes`` default to the last ``len(fft_length)`` axes, or all axes."""
    n = _len(fft_length)
    if axes is None:
        k = len(n) if n is not None else t.ndim
        ax = tuple(range(-k, 0))
    else:
        ax = tuple(int(a) for a in (axes.numpy().tolist() if isinstance(axes, Tensor) else axes))
    return n, ax


def _norm(norm: Any) -> str:
    return "backward" if norm is None else str(norm)


def _fftnd(label: str, real_input: bool, what: str) -> Any:
    """``tf.signal.<label>`` over ``axes``: ``ivy.fft.<label minus d>`` with TF's lengths, axes and norm."""
    check = _real if real_input else _complex

    def op(input_tensor: Any, fft_length: Any = None, axes: Any = None, norm: Any = None, name: Any = None) -> Tensor:
        x = check(input_tensor, label.upper())
        n, ax = _axes_and_lengths(as_tensor(input_tensor), fft_length, axes)
        return Tensor(getattr(ivy.fft, label[:-1])(x, s=n, axes=ax, norm=_norm(norm)))

    return named(op, label, f"tf.signal.{label} over ``axes`` ({what}).")


fftnd = _fftnd("fftnd", False, "complex input")
ifftnd = _fftnd("ifftnd", False, "complex input")
rfftnd = _fftnd("rfftnd", True, "real input, half spectrum on the last axis")
irfftnd = _fftnd("irfftnd", False, "complex half spectrum to real")


def rfft3d(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.rfft3d over the last three axes."""
    return Tensor(ivy.fft.rfftn(_real(input_tensor, "RFFT3D"), s=_len(fft_length), axes=(-3, -2, -1)))


def irfft3d(input_tensor: Any, fft_length: Any = None, name: str | None = None) -> Tensor:
    """tf.signal.irfft3d over the last three axes."""
    return Tensor(ivy.fft.irfftn(_complex(input_tensor, "IRFFT3D"), s=_len(fft_length), axes=(-3, -2, -1)))


def _cos_matrix(n_out: int, n_in: int, kind: int, dtype: Any) -> Any:
    """The ``(n_out, n_in)`` cosine kernel of a DCT of ``kind`` (unnormalised, SciPy's convention)."""
    k = ivy.reshape(ivy.arange(n_out, dtype=ivy.float64), (n_out, 1))
    n = ivy.reshape(ivy.arange(n_in, dtype=ivy.float64), (1, n_in))
    half = ivy.full_like(n, 0.5)
    if kind == 1:
        arg = ivy.divide(ivy.multiply(k, n), ivy.asarray(float(max(n_in - 1, 1)), dtype=ivy.float64))
    elif kind == 2:
        arg = ivy.divide(ivy.multiply(k, ivy.add(n, half)), ivy.asarray(float(n_in), dtype=ivy.float64))
    elif kind == 3:
        arg = ivy.divide(
            ivy.multiply(ivy.add(k, ivy.full_like(k, 0.5)), n), ivy.asarray(float(n_in), dtype=ivy.float64)
        )
    else:
        arg = ivy.divide(
            ivy.multiply(ivy.add(k, ivy.full_like(k, 0.5)), ivy.add(n, half)),
            ivy.asarray(float(n_in), dtype=ivy.float64),
        )
    c = ivy.multiply(ivy.cos(ivy.multiply(arg, ivy.asarray(math.pi, dtype=ivy.float64))), ivy.full_like(arg, 2.0))
    if kind in (1, 3):  # the first (and, for type 1, last) input term is not doubled
        w = ivy.where(ivy.equal(n, ivy.zeros_like(n)), ivy.full_like(n, 0.5), ivy.ones_like(n))
        if kind == 1:
            w = ivy.where(ivy.equal(n, ivy.full_like(n, float(n_in - 1))), ivy.full_like(n, 0.5), w)
        c = ivy.multiply(c, w)
    return ivy.astype(c, dtype)


def _ortho_scale(n: int, kind: int, dtype: Any) -> tuple[Any, Any]:
    """Per-output and per-input factors making a DCT of ``kind`` orthonormal."""
    ones = ivy.ones((n,), dtype=ivy.float64)
    first = ivy.equal(ivy.arange(n), ivy.zeros((n,), dtype=ivy.int64))
    base = ivy.full((n,), math.sqrt(1.0 / (2 * n)), dtype=ivy.float64)
    if kind == 2:
        return ivy.astype(ivy.where(first, ivy.full_like(base, math.sqrt(1.0 / (4 * n))), base), dtype), None
    if kind == 3:
        return ivy.astype(base, dtype), ivy.astype(ivy.where(first, ivy.full_like(ones, math.sqrt(2.0)), ones), dtype)
    return ivy.astype(base, dtype), None


def dct(input: Any, type: int = 2, n: Any = None, axis: int = -1, norm: Any = None, name: Any = None) -> Tensor:  # noqa: A002
    """tf.signal.dct of types 1-4 over the last axis (``norm='ortho'`` for types 2-4), as SciPy defines them."""
    t = as_tensor(input)
    if not t.dtype.is_floating:
        raise InvalidArgumentError(f"dct: input must be float32 or float64, got {t.dtype.name}")
    if type not in (1, 2, 3, 4):
        raise ValueError(f"Types 1, 2, 3 and 4 are supported, got {type}")
    if axis != -1:
        raise NotImplementedError(f"axis must be -1. Got: {axis}")
    if norm not in (None, "ortho"):
        raise ValueError(f"Unknown normalization. Expected None or 'ortho', got: {norm}")
    if type == 1 and norm == "ortho":
        raise ValueError("Normalization is not supported for the Type-I DCT.")
    x = t._ivy
    if n is not None:
        n = int(n)
        if n < 1:
            raise ValueError(f"n should be a positive integer or None, got {n}")
        size = x.shape[-1]
        x = x[..., :n] if n <= size else ivy.pad(x, ((0, 0),) * (x.ndim - 1) + ((0, n - size),))
    size = x.shape[-1]
    if type == 1 and size < 2:
        raise ValueError("The Type-I DCT requires the dimension to be greater than one.")
    c = _cos_matrix(size, size, type, x.dtype)
    if norm == "ortho":
        out_scale, in_scale = _ortho_scale(size, type, x.dtype)
        if in_scale is not None:
            x = ivy.multiply(x, in_scale)
        return Tensor(ivy.multiply(ivy.matmul(x, ivy.matrix_transpose(c)), out_scale))
    return Tensor(ivy.matmul(x, ivy.matrix_transpose(c)))


def idct(input: Any, type: int = 2, n: Any = None, axis: int = -1, norm: Any = None, name: Any = None) -> Tensor:  # noqa: A002
    """tf.signal.idct: the DCT of the inverse type (unscaled, as TF computes it)."""
    if type not in (1, 2, 3, 4):
        raise ValueError(f"Types 1, 2, 3 and 4 are supported, got {type}")
    return dct(input, type={1: 1, 2: 3, 3: 2, 4: 4}[type], n=n, axis=axis, norm=norm)


def _frame(signal: Any, frame_length: Any, frame_step: Any, pad_end: bool, pad_value: Any, axis: int) -> Tensor:
    """tf.signal.frame: windows of ``frame_length`` every ``frame_step`` along ``axis`` (a new axis after it)."""
    t = as_tensor(signal)
    x = t._ivy
    ax = int(axis) % t.ndim
    length, flen, step = x.shape[ax], int(frame_length), int(frame_step)
    if pad_end:
        count = -(-length // step)
        extra = max((count - 1) * step + flen - length, 0)
        widths = [(0, 0)] * t.ndim
        widths[ax] = (0, extra)
        value = pad_value.numpy().item() if isinstance(pad_value, Tensor) else pad_value
        x = ivy.pad(x, tuple(widths), mode="constant", value=value)
    else:
        count = max(0, 1 + (length - flen) // step)
    starts = ivy.reshape(ivy.arange(count, dtype=ivy.int64), (count, 1))
    idx = ivy.add(
        ivy.multiply(starts, ivy.full_like(starts, step)), ivy.reshape(ivy.arange(flen, dtype=ivy.int64), (1, flen))
    )
    out = ivy.take(x, ivy.reshape(idx, (-1,)), axis=ax)
    return Tensor(ivy.reshape(out, (*tuple(x.shape[:ax]), count, flen, *tuple(x.shape[ax + 1 :]))))


#: the framing arguments every framed transform takes after the signal
_FRAMING = ("frame_length", "frame_step")
frame = _sg.signed("frame", _sg.params("signal", *_FRAMING, pad_end=False, pad_value=0, axis=-1, name=None), _frame)


def _windowed_frames(t: Tensor, flen: int, step: Any, pad_end: bool, window_fn: Any) -> Any:
    """``t`` cut into frames of ``flen`` every ``step``, each times ``window_fn(flen)`` when one is given."""
    x = _frame(t, flen, step, pad_end, 0, -1)._ivy
    return x if window_fn is None else ivy.multiply(x, as_tensor(window_fn(flen, dtype=t.dtype))._ivy)


def overlap_and_add(signal: Any, frame_step: Any, name: Any = None) -> Tensor:
    """tf.signal.overlap_and_add: frames ``[..., frames, frame_length]`` summed ``frame_step`` apart."""
    t = as_tensor(signal)
    if t.ndim < 2:
        raise ValueError(f"Shape must be at least rank 2 but is rank {t.ndim}")
    x = t._ivy
    frames, flen, step = x.shape[-2], x.shape[-1], int(frame_step)
    total = (frames - 1) * step + flen if frames else 0
    batch = tuple(x.shape[:-2])
    flat = ivy.reshape(x, (-1, frames * flen))
    pos = ivy.reshape(
        ivy.add(
            ivy.reshape(
                ivy.multiply(ivy.arange(frames, dtype=ivy.int64), ivy.full((frames,), step, dtype=ivy.int64)),
                (frames, 1),
            ),
            ivy.reshape(ivy.arange(flen, dtype=ivy.int64), (1, flen)),
        ),
        (-1,),
    )
    out = ivy.zeros((total, flat.shape[0]), dtype=x.dtype)
    out = ivy.index_put(out, (pos,), ivy.matrix_transpose(flat), accumulate=True)
    return Tensor(ivy.reshape(ivy.matrix_transpose(out), (*batch, total)))


def _window_dtype(dtype: Any, label: str) -> Any:
    from ivy_frontends.tensorflow._dtypes import as_dtype

    dt = as_dtype(dtype)
    if not dt.is_floating:
        raise ValueError(f"{label}: dtype must be a floating point type, got {dt.name}")
    return dt._ivy


def _raised_cosine(window_length: Any, periodic: Any, dtype: Any, a: float, label: str) -> Tensor:
    dt = _window_dtype(dtype, label)
    n = int(window_length)
    if n == 1:
        return Tensor(ivy.ones((1,), dtype=dt))
    even = n - 1 + (1 if bool(periodic) and n % 2 == 0 else 0)  # TF's ``periodic`` only lengthens even windows
    k = ivy.arange(n, dtype=ivy.float64)
    cos = ivy.cos(ivy.divide(ivy.multiply(k, ivy.full_like(k, 2 * math.pi)), ivy.full_like(k, float(even))))
    return Tensor(ivy.astype(ivy.subtract(ivy.full_like(k, a), ivy.multiply(ivy.full_like(k, 1 - a), cos)), dt))


def hann_window(window_length: Any, periodic: Any = True, dtype: Any = "float32", name: Any = None) -> Tensor:
    """tf.signal.hann_window: ``0.5 - 0.5 cos(2 pi n / N)`` (``N`` the length if periodic, else one less)."""
    return _raised_cosine(window_length, periodic, dtype, 0.5, "hann_window")


def hamming_window(window_length: Any, periodic: Any = True, dtype: Any = "float32", name: Any = None) -> Tensor:
    """tf.signal.hamming_window: ``0.54 - 0.46 cos(2 pi n / N)``."""
    return _raised_cosine(window_length, periodic, dtype, 0.54, "hamming_window")


def vorbis_window(window_length: Any, dtype: Any = "float32", name: Any = None) -> Tensor:
    """tf.signal.vorbis_window: ``sin(pi / 2 * sin(pi (n + 1/2) / N) ** 2)``."""
    dt = _window_dtype(dtype, "vorbis_window")
    n = int(window_length)
    k = ivy.add(ivy.arange(n, dtype=ivy.float64), ivy.full((n,), 0.5, dtype=ivy.float64))
    s = ivy.sin(ivy.divide(ivy.multiply(k, ivy.full_like(k, math.pi)), ivy.full_like(k, float(n))))
    return Tensor(ivy.astype(ivy.sin(ivy.multiply(ivy.full_like(k, math.pi / 2), ivy.square(s))), dt))


def _i0(x: Any) -> Any:
    """The modified Bessel function ``I0`` (the core's when declared, else its power series; ``x`` small)."""
    from ivy_frontends.tensorflow._math import _core_fn

    core = _core_fn("i0", "bessel_i0")
    if core is not None:
        return core(x)
    term, out = ivy.ones_like(x), ivy.ones_like(x)
    quarter = ivy.divide(ivy.square(x), ivy.full_like(x, 4.0))
    for k in range(1, 60):
        term = ivy.divide(ivy.multiply(term, quarter), ivy.full_like(x, float(k * k)))
        out = ivy.add(out, term)
    return out


def kaiser_window(window_length: Any, beta: Any = 12.0, dtype: Any = "float32", name: Any = None) -> Tensor:
    """tf.signal.kaiser_window: ``I0(beta sqrt(1 - (2n / (N - 1) - 1) ** 2)) / I0(beta)``."""
    dt = _window_dtype(dtype, "kaiser_window")
    n = int(window_length)
    if n == 1:
        return Tensor(ivy.ones((1,), dtype=dt))
    k = ivy.arange(n, dtype=ivy.float64)
    r = ivy.subtract(
        ivy.divide(ivy.multiply(k, ivy.full_like(k, 2.0)), ivy.full_like(k, float(n - 1))), ivy.ones_like(k)
    )
    b = ivy.full_like(k, float(beta))
    arg = ivy.multiply(b, ivy.sqrt(ivy.maximum(ivy.subtract(ivy.ones_like(r), ivy.square(r)), ivy.zeros_like(r))))
    return Tensor(ivy.astype(ivy.divide(_i0(arg), _i0(b)), dt))


def kaiser_bessel_derived_window(
    window_length: Any, beta: Any = 12.0, dtype: Any = "float32", name: Any = None
) -> Tensor:
    """tf.signal.kaiser_bessel_derived_window: square roots of the Kaiser window's normalised running sums, mirrored."""
    dt = _window_dtype(dtype, "kaiser_bessel_derived_window")
    half = int(window_length) // 2
    kw = kaiser_window(half + 1, beta, dtype="float64")._ivy
    cs = ivy.cumulative_sum(kw)
    left = ivy.sqrt(ivy.divide(cs[:-1], cs[-1]))
    return Tensor(ivy.astype(ivy.concat([left, ivy.flip(left, axis=0)], axis=0), dt))


def _pow2(n: int) -> int:
    return 1 << max(n - 1, 0).bit_length()


def _stft(signals: Any, frame_length: Any, frame_step: Any, fft_length: Any, window_fn: Any, pad_end: bool) -> Tensor:
    """tf.signal.stft: windowed frames' real FFT (``fft_length`` the next power of two by default)."""
    flen = int(frame_length)
    n = _pow2(flen) if fft_length is None else int(fft_length)
    return rfft(Tensor(_windowed_frames(as_tensor(signals), flen, frame_step, pad_end, window_fn)), [n])


def _inverse_stft(stfts: Any, frame_length: Any, frame_step: Any, fft_length: Any, window_fn: Any) -> Tensor:
    """tf.signal.inverse_stft: irfft of each frame, windowed, overlapped and added."""
    flen = int(frame_length)
    n = _pow2(flen) if fft_length is None else int(fft_length)
    frames = irfft(stfts, [n])._ivy
    frames = frames[..., :flen] if n >= flen else ivy.pad(frames, ((0, 0),) * (frames.ndim - 1) + ((0, flen - n),))
    if window_fn is not None:
        frames = ivy.multiply(frames, as_tensor(window_fn(flen, dtype=Tensor(frames).dtype))._ivy)
    return overlap_and_add(Tensor(frames), frame_step)


_STFT = _sg.params(*_FRAMING, fft_length=None, window_fn=hann_window)
stft = _sg.signed("stft", _sg.params("signals") + _STFT + _sg.params(pad_end=False, name=None), _stft)
inverse_stft = _sg.signed("inverse_stft", _sg.params("stfts") + _STFT + _sg.params(name=None), _inverse_stft)


def inverse_stft_window_fn(frame_step: Any, forward_window_fn: Any = hann_window, name: Any = None) -> Any:
    """tf.signal.inverse_stft_window_fn: a window that undoes ``forward_window_fn``'s overlapped squares."""
    step = int(frame_step)

    def window(frame_length: Any, dtype: Any) -> Tensor:
        flen = int(frame_length)
        fwd = as_tensor(forward_window_fn(flen, dtype=dtype))._ivy
        overlaps = -(-flen // step)
        den = ivy.pad(ivy.square(fwd), ((0, overlaps * step - flen),))
        den = ivy.sum(ivy.reshape(den, (overlaps, step)), axis=0, keepdims=True)
        den = ivy.reshape(ivy.tile(den, (overlaps, 1)), (overlaps * step,))[:flen]
        return Tensor(ivy.divide(fwd, den))

    return window


def _mdct(signals: Any, frame_length: Any, window_fn: Any, pad_end: bool, norm: Any) -> Tensor:
    """tf.signal.mdct: frames half-overlapped, windowed, folded and given the type-4 DCT."""
    flen = int(frame_length)
    if flen % 4:
        raise ValueError("The frame length must be a multiple of 4.")
    x = _windowed_frames(as_tensor(signals), flen, flen // 2, pad_end, window_fn)
    if window_fn is None:
        x = ivy.multiply(x, ivy.asarray(1 / math.sqrt(2), dtype=x.dtype))
    q = flen // 4
    a, b, c, e = (x[..., i * q : (i + 1) * q] for i in range(4))
    first = ivy.subtract(ivy.negative(ivy.flip(c, axis=-1)), e)
    second = ivy.subtract(a, ivy.flip(b, axis=-1))
    return dct(Tensor(ivy.concat([first, second], axis=-1)), type=4, norm=norm)


mdct = _sg.signed(
    "mdct", _sg.params("signals", "frame_length", window_fn=vorbis_window, pad_end=False, norm=None, name=None), _mdct
)


def inverse_mdct(mdcts: Any, window_fn: Any = vorbis_window, norm: Any = None, name: Any = None) -> Tensor:
    """tf.signal.inverse_mdct: type-4 DCT, unfolded, windowed, overlapped and added."""
    t = as_tensor(mdcts)
    half = t.shape[-1]
    if norm is None:
        y = ivy.multiply(dct(t, type=4)._ivy, ivy.asarray(0.5 / half, dtype=t._ivy.dtype))
    else:
        y = dct(t, type=4, norm=norm)._ivy
    h = half // 2
    p, q = y[..., :h], y[..., h:]
    frames = ivy.concat(
        [q, ivy.negative(ivy.flip(q, axis=-1)), ivy.negative(ivy.flip(p, axis=-1)), ivy.negative(p)], axis=-1
    )
    if window_fn is not None:
        frames = ivy.multiply(frames, as_tensor(window_fn(2 * half, dtype=t.dtype))._ivy)
    else:
        frames = ivy.multiply(frames, ivy.asarray(1 / math.sqrt(2), dtype=frames.dtype))
    return overlap_and_add(Tensor(frames), half)


def _hertz_to_mel(f: Any) -> Any:
    return ivy.multiply(ivy.full_like(f, 1127.0), ivy.log1p(ivy.divide(f, ivy.full_like(f, 700.0))))


def linear_to_mel_weight_matrix(
    num_mel_bins: int = 20,
    num_spectrogram_bins: int = 129,
    sample_rate: Any = 8000,
    lower_edge_hertz: float = 125.0,
    upper_edge_hertz: float = 3800.0,
    dtype: Any = "float32",
    name: Any = None,
) -> Tensor:
    """tf.signal.linear_to_mel_weight_matrix: ``[num_spectrogram_bins, num_mel_bins]`` triangular mel filters."""
    dt = _window_dtype(dtype, "linear_to_mel_weight_matrix")
    if not 0.0 <= float(lower_edge_hertz) < float(upper_edge_hertz):
        raise ValueError("lower_edge_hertz must be non-negative and smaller than upper_edge_hertz")
    if float(upper_edge_hertz) > float(sample_rate) / 2:
        raise ValueError("upper_edge_hertz must not exceed the Nyquist frequency")
    m, s = int(num_mel_bins), int(num_spectrogram_bins)
    freqs = ivy.linspace(0.0, float(sample_rate) / 2.0, s, dtype=dt)[1:]
    bins = ivy.expand_dims(_hertz_to_mel(freqs), axis=1)
    lo, hi = (_hertz_to_mel(ivy.asarray(float(v), dtype=dt)) for v in (lower_edge_hertz, upper_edge_hertz))
    edges = ivy.linspace(float(lo), float(hi), m + 2, dtype=dt)
    low, center, up = (ivy.reshape(edges[i : i + m], (1, m)) for i in range(3))
    lower = ivy.divide(ivy.subtract(bins, low), ivy.subtract(center, low))
    upper = ivy.divide(ivy.subtract(up, bins), ivy.subtract(up, center))
    w = ivy.maximum(ivy.zeros_like(lower), ivy.minimum(lower, upper))
    return Tensor(ivy.pad(w, ((1, 0), (0, 0))))


def mfccs_from_log_mel_spectrograms(log_mel_spectrograms: Any, name: Any = None) -> Tensor:
    """tf.signal.mfccs_from_log_mel_spectrograms: the type-2 DCT over ``sqrt(2 * num_mel_bins)``."""
    t = as_tensor(log_mel_spectrograms)
    n = t.shape[-1]
    return Tensor(ivy.divide(dct(t, type=2)._ivy, ivy.sqrt(ivy.asarray(2.0 * n, dtype=t._ivy.dtype))))
