"""The rest of the top namespace: windows, ``gradient``, ``unwrap``, ``histogram2d``/``histogramdd``,
bit packing, number formatting, ``vectorize``, array construction helpers and dtype helpers."""

# ruff: noqa: A002 - NumPy's own names (range, ...) shadow builtins on purpose

from __future__ import annotations

import builtins
import itertools
import math
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import ivy
from ivy_frontends.numpy import _dtypes, creation, linear, manipulation
from ivy_frontends.numpy._helpers import arr, axis_arg
from ivy_frontends.numpy._ndarray import _SCALARS, asarray, ndarray
from ivy_frontends.numpy._ufunc import UFUNCS

__all__ = [
    "bartlett",
    "blackman",
    "hamming",
    "hanning",
    "kaiser",
    "gradient",
    "unwrap",
    "histogram2d",
    "histogramdd",
    "real_if_close",
    "packbits",
    "unpackbits",
    "base_repr",
    "binary_repr",
    "vectorize",
    "fromiter",
    "fromstring",
    "asfortranarray",
    "require",
    "astype",
    "from_dlpack",
    "matvec",
    "vecmat",
    "row_stack",
    "common_type",
    "mintypecode",
    "min_scalar_type",
    "typename",
    "geterr",
    "seterr",
    "geterrcall",
    "seterrcall",
    "broadcast",
    "ScalarType",
    "typecodes",
    "sctypeDict",
    "little_endian",
    "int_",
    "uint",
    "flexible",
    "character",
    "bytes_",
    "str_",
]


# -- windows -------------------------------------------------------------------
def _cosine_window(name: str, m: int, coeffs: tuple[float, ...]) -> ndarray:
    """``sum_k coeffs[k] cos(k pi n / (M - 1))`` over ``n = 1-M, 3-M, ..., M-1`` (symmetric windows)."""
    size = int(m)
    if size < 1:
        return ndarray(ivy.zeros((0,), dtype=ivy.float64))
    if size == 1:
        return ndarray(ivy.ones((1,), dtype=ivy.float64))
    n = ivy.arange(1 - size, size, 2, dtype=ivy.float64)
    total = ivy.full(n.shape, coeffs[0], dtype=ivy.float64)
    for k, c in enumerate(coeffs[1:], start=1):
        total = ivy.add(total, ivy.multiply(c, ivy.cos(ivy.multiply(n, k * math.pi / (size - 1)))))
    return ndarray(total)


def hanning(M: int) -> ndarray:  # noqa: N803
    """The Hann window."""
    return _cosine_window("hanning", M, (0.5, 0.5))


def hamming(M: int) -> ndarray:  # noqa: N803
    """The Hamming window."""
    return _cosine_window("hamming", M, (0.54, 0.46))


def blackman(M: int) -> ndarray:  # noqa: N803
    """The Blackman window."""
    return _cosine_window("blackman", M, (0.42, 0.5, 0.08))


def bartlett(M: int) -> ndarray:  # noqa: N803
    """The triangular (Bartlett) window."""
    size = int(M)
    if size <= 1:
        return _cosine_window("bartlett", size, (1.0,))
    n = ivy.arange(1 - size, size, 2, dtype=ivy.float64)
    return ndarray(ivy.subtract(1.0, ivy.divide(ivy.abs(n), size - 1)))


def kaiser(M: int, beta: float) -> ndarray:  # noqa: N803
    """The Kaiser window: ``i0(beta sqrt(1 - (2n/(M-1) - 1)^2)) / i0(beta)``."""
    from ivy_frontends.numpy.maths import i0

    size = int(M)
    if size <= 1:
        return _cosine_window("kaiser", size, (1.0,))
    alpha = (size - 1) / 2.0
    n = ivy.arange(0, size, dtype=ivy.float64)
    ratio = ivy.divide(ivy.subtract(n, alpha), alpha)
    arg = ivy.multiply(float(beta), ivy.sqrt(ivy.clip(ivy.subtract(1.0, ivy.square(ratio)), 0.0, None)))
    return ndarray(ivy.divide(i0(arg)._a, i0(ivy.asarray(float(beta), dtype=ivy.float64))._a))


# -- calculus on samples -------------------------------------------------------
def _spacing(dx: Any, n: int, name: str) -> Any:
    """A sample spacing: a Python/0-d scalar, or the differences of a coordinate array."""
    if isinstance(dx, _SCALARS):
        return float(dx)
    d = arr(dx, name, "varargs")
    if d.ndim == 0:
        return float(d)
    if d.ndim != 1:
        raise ValueError(f"{name}: distances must be either scalars or 1d")
    if d.shape[0] != n:
        raise ValueError(f"{name}: when 1d, distances must match the length of the corresponding dimension")
    d = d if d.dtype.kind == "f" else ivy.astype(d, ivy.float64)
    diffs = ivy.subtract(d[1:], d[:-1])
    if bool(ivy.all(ivy.equal(diffs, diffs[0]))):
        return float(diffs[0])
    return diffs


def _gradient_axis(f: ivy.Array, h: Any, edge_order: int) -> ivy.Array:
    """Second-order central differences inside, one-sided of ``edge_order`` at both ends, along axis 0."""
    if isinstance(h, float):
        inner = ivy.divide(ivy.subtract(f[2:], f[:-2]), 2.0 * h)
        if edge_order == 1:
            first = ivy.divide(ivy.subtract(f[1], f[0]), h)
            last = ivy.divide(ivy.subtract(f[-1], f[-2]), h)
        else:
            first = ivy.add(
                ivy.add(ivy.multiply(-1.5 / h, f[0]), ivy.multiply(2.0 / h, f[1])), ivy.multiply(-0.5 / h, f[2])
            )
            last = ivy.add(
                ivy.add(ivy.multiply(0.5 / h, f[-3]), ivy.multiply(-2.0 / h, f[-2])), ivy.multiply(1.5 / h, f[-1])
            )
    else:
        shape = (-1,) + (1,) * (f.ndim - 1)
        h = ivy.astype(h, f.dtype)
        d1, d2 = ivy.reshape(h[:-1], shape), ivy.reshape(h[1:], shape)
        a = ivy.negative(ivy.divide(d2, ivy.multiply(d1, ivy.add(d1, d2))))
        b = ivy.divide(ivy.subtract(d2, d1), ivy.multiply(d1, d2))
        c = ivy.divide(d1, ivy.multiply(d2, ivy.add(d1, d2)))
        inner = ivy.add(ivy.add(ivy.multiply(a, f[:-2]), ivy.multiply(b, f[1:-1])), ivy.multiply(c, f[2:]))
        if edge_order == 1:
            first = ivy.divide(ivy.subtract(f[1], f[0]), h[0])
            last = ivy.divide(ivy.subtract(f[-1], f[-2]), h[-1])
        else:
            e1, e2 = h[0], h[1]
            a0 = ivy.negative(ivy.divide(ivy.add(ivy.multiply(2.0, e1), e2), ivy.multiply(e1, ivy.add(e1, e2))))
            b0 = ivy.divide(ivy.add(e1, e2), ivy.multiply(e1, e2))
            c0 = ivy.negative(ivy.divide(e1, ivy.multiply(e2, ivy.add(e1, e2))))
            first = ivy.add(ivy.add(ivy.multiply(a0, f[0]), ivy.multiply(b0, f[1])), ivy.multiply(c0, f[2]))
            e1, e2 = h[-2], h[-1]
            a1 = ivy.divide(e2, ivy.multiply(e1, ivy.add(e1, e2)))
            b1 = ivy.negative(ivy.divide(ivy.add(e2, e1), ivy.multiply(e1, e2)))
            c1 = ivy.divide(ivy.add(ivy.multiply(2.0, e2), e1), ivy.multiply(e2, ivy.add(e1, e2)))
            last = ivy.add(ivy.add(ivy.multiply(a1, f[-3]), ivy.multiply(b1, f[-2])), ivy.multiply(c1, f[-1]))
    return ivy.concat([ivy.expand_dims(first, axis=0), inner, ivy.expand_dims(last, axis=0)])


def gradient(f: Any, *varargs: Any, axis: Any = None, edge_order: int = 1) -> Any:
    """The gradient of sampled values: central differences inside, one-sided at the boundaries."""
    name = "numpy.gradient"
    a = arr(f, name, "f")
    axes = tuple(range(a.ndim)) if axis is None else axis_arg(axis, a.ndim, name)
    axes = (axes,) if isinstance(axes, int) else axes
    if len(varargs) == 0:
        dx: list[Any] = [1.0] * len(axes)
    elif len(varargs) == 1 and (isinstance(varargs[0], _SCALARS) or arr(varargs[0], name, "varargs").ndim == 0):
        dx = [varargs[0]] * len(axes)
    elif len(varargs) == len(axes):
        dx = list(varargs)
    else:
        raise TypeError(f"{name}: invalid number of arguments")
    if edge_order > 2:
        raise ValueError(f"{name}: 'edge_order' greater than 2 not supported")
    if a.dtype.kind not in "fc":
        a = ivy.astype(a, ivy.float64)
    out = []
    for ax, d in zip(axes, dx, strict=False):
        if a.shape[ax] < edge_order + 1:
            raise ValueError(
                f"{name}: Shape of array too small to calculate a numerical gradient, at least (edge_order + 1)"
                " elements are required."
            )
        h = _spacing(d, a.shape[ax], name)
        out.append(ndarray(ivy.moveaxis(_gradient_axis(ivy.moveaxis(a, ax, 0), h, edge_order), 0, ax)))
    return out[0] if len(out) == 1 else tuple(out)


def unwrap(p: Any, discont: Any = None, axis: int = -1, *, period: Any = 2 * math.pi) -> ndarray:
    """Jumps larger than ``discont`` (default ``period / 2``) replaced by their ``period`` complement.

    Integer samples with an integer period stay integers, as in NumPy."""
    a = arr(p, "numpy.unwrap", "p")
    ax = axis_arg(axis, a.ndim, "numpy.unwrap")
    discont = period / 2 if discont is None else discont
    moved = ivy.moveaxis(a, ax, 0)
    dd = ivy.subtract(moved[1:], moved[:-1])
    d = _dtypes.result_type(dd, period).ivy
    if d.kind in "iu":
        high, rem = divmod(period, 2)
        ambiguous = rem == 0
    else:
        high, ambiguous = period / 2, True
    dd = ivy.astype(dd, d)
    ddmod = ivy.subtract(ivy.remainder(ivy.add(dd, high), period), high)
    if ambiguous:
        ddmod = ivy.where(
            ivy.logical_and(ivy.equal(ddmod, -high), ivy.greater(dd, 0)), ivy.full_like(ddmod, high), ddmod
        )
    correct = ivy.subtract(ddmod, dd)
    correct = ivy.where(ivy.less(ivy.abs(dd), discont), ivy.zeros_like(correct), correct)
    moved = ivy.astype(moved, d)
    fixed = ivy.add(moved[1:], ivy.cumulative_sum(correct, axis=0))
    return ndarray(ivy.moveaxis(ivy.concat([moved[:1], fixed]), 0, ax))


# -- histograms ----------------------------------------------------------------
def histogramdd(sample: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None) -> tuple:
    """A D-dimensional histogram of ``(N, D)`` samples: counts (or densities) and the edges per dimension."""
    name = "numpy.histogramdd"
    if isinstance(sample, (list, tuple)) and not isinstance(sample, ndarray):
        s = ivy.stack([ivy.astype(arr(c, name, "sample"), ivy.float64) for c in sample], axis=1)
    else:
        s = arr(sample, name, "sample")
        s = ivy.reshape(s, (-1, 1)) if s.ndim == 1 else s
        s = s if s.dtype.kind == "f" else ivy.astype(s, ivy.float64)
    n, d = s.shape
    bin_list = list(bins) if isinstance(bins, (list, tuple)) else [bins] * d
    if len(bin_list) != d:
        raise ValueError(f"{name}: The dimension of bins must be equal to the dimension of the sample x.")
    ranges = list(range) if range is not None else [None] * d
    edges, flat, counts = [], None, []
    for i in builtins.range(d):
        col = s[:, i]
        b = bin_list[i]
        if isinstance(b, int) and not isinstance(b, bool):
            if b < 1:
                raise ValueError(f"{name}: `bins[{i}]` must be positive, when an integer")
            lo, hi = (
                (float(ivy.min(col)), float(ivy.max(col))) if ranges[i] is None and n else (ranges[i] or (0.0, 1.0))
            )
            if lo > hi:
                raise ValueError(f"{name}: max must be larger than min in range parameter.")
            if lo == hi:
                lo, hi = lo - 0.5, hi + 0.5
            e = ivy.linspace(float(lo), float(hi), b + 1, dtype=ivy.float64)
        else:
            e = ivy.astype(arr(b, name, "bins"), ivy.float64)
            if bool(ivy.any(ivy.less(e[1:], e[:-1]))):
                raise ValueError(f"{name}: `bins[{i}]` must be monotonically increasing, when an array")
        nb = e.shape[0] - 1
        idx = ivy.subtract(ivy.searchsorted(e, col, side="right"), 1)
        idx = ivy.where(ivy.equal(col, e[-1]), ivy.full_like(idx, nb - 1), idx)
        inside = ivy.logical_and(ivy.greater_equal(idx, 0), ivy.less(idx, nb))
        flat = idx if flat is None else ivy.add(ivy.multiply(flat, nb), idx)
        counts.append(inside)
        edges.append(e)
    keep = counts[0]
    for c in counts[1:]:
        keep = ivy.logical_and(keep, c)
    sizes = tuple(e.shape[0] - 1 for e in edges)
    total = math.prod(sizes)
    w = ivy.ones((n,), dtype=ivy.float64) if weights is None else ivy.astype(arr(weights, name, "weights"), ivy.float64)
    w = ivy.where(keep, w, ivy.zeros_like(w))
    flat = ivy.where(keep, flat, ivy.zeros_like(flat)) if flat is not None else ivy.zeros((n,), dtype=ivy.int64)
    hist = ivy.index_put(ivy.zeros((total,), dtype=ivy.float64), (ivy.astype(flat, ivy.int64),), w, accumulate=True)
    hist = ivy.reshape(hist, sizes)
    if density:
        widths = [ivy.subtract(e[1:], e[:-1]) for e in edges]
        volume = widths[0]
        for wd in widths[1:]:
            volume = ivy.multiply(ivy.expand_dims(volume, axis=-1), wd)
        hist = ivy.divide(ivy.divide(hist, ivy.sum(hist)), volume)
    return ndarray(hist), [ndarray(e) for e in edges]


def histogram2d(x: Any, y: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None) -> tuple:
    """The 2-d histogram of ``(x, y)`` and its edges."""
    if isinstance(bins, (list, tuple)) and len(bins) != 2:
        bins = [bins, bins]
    elif not isinstance(bins, (list, tuple)) and not isinstance(bins, int):
        bins = [bins, bins]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]


def real_if_close(a: Any, tol: float = 100) -> ndarray:
    """The real part when every imaginary part is within ``tol`` (machine epsilons, if above 1) of zero."""
    x = arr(a, "numpy.real_if_close", "a")
    if x.dtype.kind != "c":
        return ndarray(x)
    if tol > 1:
        tol = ivy.finfo(ivy.float32 if x.dtype is ivy.complex64 else ivy.float64).eps * tol
    if bool(ivy.all(ivy.less(ivy.abs(ivy.imag(x)), tol))):
        return ndarray(ivy.real(x))
    return ndarray(x)


# -- bits and digits -----------------------------------------------------------
def packbits(a: Any, axis: int | None = None, bitorder: str = "big") -> ndarray:
    """Boolean-valued elements packed into ``uint8`` bytes along ``axis`` (flattened for ``None``)."""
    name = "numpy.packbits"
    x = arr(a, name, "a")
    if x.dtype.kind not in "biu":
        raise TypeError(f"{name}: Expected an input array of integer or boolean data type")
    if bitorder not in ("big", "little"):
        raise ValueError(f"{name}: 'order' must be either 'little' or 'big'")
    if axis is None:
        x, ax = ivy.reshape(x, (-1,)), 0
    else:
        ax = axis_arg(axis, x.ndim, name)
    bits = ivy.astype(ivy.not_equal(ivy.moveaxis(x, ax, -1), 0), ivy.uint8)
    n = bits.shape[-1]
    pad = (-n) % 8
    if pad:
        bits = ivy.concat([bits, ivy.zeros((*bits.shape[:-1], pad), dtype=ivy.uint8)], axis=-1)
    bits = ivy.reshape(bits, (*bits.shape[:-1], (n + pad) // 8, 8))
    weights = [1 << (7 - k) for k in builtins.range(8)] if bitorder == "big" else [1 << k for k in builtins.range(8)]
    packed = ivy.sum(ivy.multiply(bits, ivy.asarray(weights, dtype=ivy.uint8)), axis=-1, dtype=ivy.uint8)
    return ndarray(ivy.moveaxis(packed, -1, ax))


def unpackbits(a: Any, axis: int | None = None, count: int | None = None, bitorder: str = "big") -> ndarray:
    """``uint8`` bytes unpacked into bits (0/1 ``uint8``) along ``axis``, optionally ``count`` of them."""
    name = "numpy.unpackbits"
    x = arr(a, name, "a")
    if x.dtype is not ivy.uint8:
        raise TypeError(f"{name}: Expected an input array of unsigned byte data type")
    if axis is None:
        x, ax = ivy.reshape(x, (-1,)), 0
    else:
        ax = axis_arg(axis, x.ndim, name)
    moved = ivy.expand_dims(ivy.moveaxis(x, ax, -1), axis=-1)
    shifts = list(builtins.range(7, -1, -1)) if bitorder == "big" else list(builtins.range(8))
    bits = ivy.bitwise_and(
        ivy.bitwise_right_shift(moved, ivy.asarray(shifts, dtype=ivy.uint8)), ivy.asarray(1, dtype=ivy.uint8)
    )
    bits = ivy.reshape(bits, (*bits.shape[:-2], -1))
    if count is not None:
        n = bits.shape[-1]
        keep = count if count >= 0 else max(n + count, 0)
        bits = (
            bits[..., :keep]
            if keep <= n
            else ivy.concat([bits, ivy.zeros((*bits.shape[:-1], keep - n), dtype=ivy.uint8)], axis=-1)
        )
    return ndarray(ivy.moveaxis(bits, -1, ax))


_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base_repr(number: int, base: int = 2, padding: int = 0) -> str:
    """``number`` written in ``base`` (2 to 36), with ``padding`` zeros on the left."""
    if base > len(_DIGITS):
        raise ValueError("numpy.base_repr: Bases greater than 36 not handled in base_repr.")
    if base < 2:
        raise ValueError("numpy.base_repr: Bases less than 2 not handled in base_repr.")
    num, out = abs(int(number)), []
    while num:
        out.append(_DIGITS[num % base])
        num //= base
    if padding:
        out.append("0" * padding)
    if int(number) < 0:
        out.append("-")
    return "".join(reversed(out or ["0"]))


def binary_repr(num: int, width: int | None = None) -> str:
    """``num`` in binary; negative numbers in two's complement when ``width`` is given."""
    num = int(num)
    if num == 0:
        return "0" * (width or 1)
    if num > 0:
        binary = bin(num)[2:]
        return binary.zfill(width) if width is not None else binary
    if width is None:
        return "-" + bin(-num)[2:]
    poswidth = len(bin(-num)[2:])
    if 2 ** (poswidth - 1) == -num:
        poswidth -= 1
    binary = bin(2 ** (poswidth + 1) + num)[2:]
    return "1" * (max(len(binary), width) - len(binary)) + binary


# -- functions over elements ---------------------------------------------------
class vectorize:  # noqa: N801 - NumPy's name
    """A Python function applied element by element over broadcast arrays (elements as 0-d arrays)."""

    def __init__(
        self,
        pyfunc: Callable | None = None,
        otypes: Any = None,
        doc: str | None = None,
        excluded: Any = None,
        cache: bool = False,
        signature: str | None = None,
    ) -> None:
        if signature is not None:
            raise NotImplementedError("numpy.vectorize: argument 'signature' is not supported by the frontend")
        self.pyfunc = pyfunc
        self.otypes = (
            [otypes] if isinstance(otypes, str) and len(otypes) > 1 and otypes not in _dtypes._ALIASES else otypes
        )
        self.excluded = set(excluded or ())
        self.cache = cache
        self.__doc__ = doc if doc is not None else getattr(pyfunc, "__doc__", None)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.pyfunc is None:  # used as a decorator factory
            return vectorize(args[0], self.otypes, None, self.excluded, self.cache)
        name = "numpy.vectorize"
        pos = [i for i in builtins.range(len(args)) if i not in self.excluded]
        keys = [k for k in kwargs if k not in self.excluded]
        arrays = [arr(args[i], name, "args") for i in pos] + [arr(kwargs[k], name, "kwargs") for k in keys]
        shape = tuple(ivy.broadcast_shapes(*(a.shape for a in arrays))) if arrays else ()
        flat = [ivy.reshape(ivy.broadcast_to(a, shape), (-1,)) for a in arrays]
        size = math.prod(shape)
        otypes = self.otypes
        if size == 0 and not otypes:
            raise ValueError(f"{name}: cannot call `vectorize` on size 0 inputs unless `otypes` is set")
        results = []
        for k in builtins.range(size):
            call_args, call_kwargs = list(args), dict(kwargs)
            for j, i in enumerate(pos):
                call_args[i] = ndarray(flat[j][k])
            for j, key in enumerate(keys):
                call_kwargs[key] = ndarray(flat[len(pos) + j][k])
            results.append(self.pyfunc(*call_args, **call_kwargs))
        nout = len(results[0]) if results and isinstance(results[0], tuple) else 1
        columns = [[r[i] for r in results] for i in builtins.range(nout)] if nout > 1 else [results]
        if otypes:
            types = list(otypes)
        else:
            types = [asarray(c[0]).dtype for c in columns]
        outs = []
        for col, t in zip(columns, types, strict=False):
            d = _dtypes.to_ivy(t, name, "otypes")
            values = (
                ivy.stack([ivy.astype(arr(v, name, "pyfunc"), d) for v in col]) if col else ivy.zeros((0,), dtype=d)
            )
            outs.append(ndarray(ivy.reshape(values, shape)))
        return tuple(outs) if nout > 1 else outs[0]


# -- construction and conversion -----------------------------------------------
def fromiter(iter: Any, dtype: Any, count: int = -1, *, like: Any = None) -> ndarray:
    """A 1-d array of ``dtype`` from an iterable (the first ``count`` items when ``count >= 0``)."""
    items = list(iter if count < 0 else itertools.islice(iter, count))
    if count >= 0 and len(items) < count:
        raise ValueError(
            f"numpy.fromiter: iterator too short: Expected {count} but iterator had only {len(items)} items."
        )
    d = _dtypes.to_ivy(dtype, "numpy.fromiter", "dtype")
    return ndarray(ivy.asarray(items, dtype=d) if items else ivy.zeros((0,), dtype=d))


def fromstring(string: str, dtype: Any = float, count: int = -1, *, sep: str = "", like: Any = None) -> ndarray:
    """A 1-d array of the numbers in ``string`` separated by ``sep`` (the binary mode is gone, as in NumPy 2)."""
    if sep == "":
        raise ValueError("numpy.fromstring: The binary mode of fromstring is removed, use frombuffer instead")
    d = _dtypes.to_ivy(dtype, "numpy.fromstring", "dtype")
    parts = string.split() if sep.strip() == "" else [p.strip() for p in string.split(sep.strip())]
    parts = [p for p in parts if p]
    if count >= 0:
        if len(parts) < count:
            raise ValueError(f"numpy.fromstring: string is smaller than requested size ({count} > {len(parts)})")
        parts = parts[:count]
    convert = {"b": lambda t: bool(int(t)), "i": int, "u": int, "f": float, "c": complex}[d.kind]
    values = [convert(p) for p in parts]
    return ndarray(ivy.asarray(values, dtype=d) if values else ivy.zeros((0,), dtype=d))


def asfortranarray(a: Any, dtype: Any = None, *, like: Any = None) -> ndarray:
    """``a`` as an array of at least one dimension (ivy arrays have no memory order to choose)."""
    return creation.atleast_1d(asarray(a, dtype))


_REQUIREMENTS = {
    "C",
    "F",
    "A",
    "W",
    "O",
    "E",
    "C_CONTIGUOUS",
    "F_CONTIGUOUS",
    "ALIGNED",
    "WRITEABLE",
    "OWNDATA",
    "ENSUREARRAY",
}


def require(a: Any, dtype: Any = None, requirements: Any = None, *, like: Any = None) -> ndarray:
    """``a`` as an array of ``dtype``; the layout requirements hold for every frontend array."""
    reqs = [requirements] if isinstance(requirements, str) else list(requirements or [])
    for r in reqs:
        if r.upper() not in _REQUIREMENTS:
            raise KeyError(f"numpy.require: unknown requirement {r!r}")
    return asarray(a, dtype)


def astype(x: Any, dtype: Any, /, *, copy: bool = True, device: Any = None) -> ndarray:
    """The array API's ``astype`` (``x`` must be an array)."""
    if not isinstance(x, ndarray):
        raise TypeError(f"numpy.astype: Input should be a NumPy array. It is a {type(x).__name__} instead.")
    return x.astype(dtype, copy=copy)


def from_dlpack(x: Any, /, *, device: Any = None, copy: Any = None) -> ndarray:
    """An array from any object exporting DLPack."""
    return ndarray(ivy.from_dlpack(x))


def matvec(x1: Any, x2: Any, /, **kwargs: Any) -> ndarray:
    """Matrix-vector products over the last axes: ``(..., m, n) x (..., n) -> (..., m)``."""
    a, b = asarray(x1), asarray(x2)
    if a.ndim < 2 or b.ndim < 1:
        raise ValueError("numpy.matvec: x1 must have at least 2 and x2 at least 1 dimension")
    return manipulation.squeeze(linear.matmul(a, manipulation.expand_dims(b, -1)), axis=-1)


def vecmat(x1: Any, x2: Any, /, **kwargs: Any) -> ndarray:
    """Vector-matrix products over the last axes, the vector conjugated: ``(..., n) x (..., n, m) -> (..., m)``."""
    a, b = asarray(x1), asarray(x2)
    if a.ndim < 1 or b.ndim < 2:
        raise ValueError("numpy.vecmat: x1 must have at least 1 and x2 at least 2 dimensions")
    return manipulation.squeeze(linear.matmul(manipulation.expand_dims(UFUNCS["conjugate"](a), -2), b), axis=-2)


def row_stack(tup: Any, *, dtype: Any = None, casting: str = "same_kind") -> ndarray:
    """``vstack`` under its deprecated name."""
    warnings.warn("`row_stack` alias is deprecated. Use `np.vstack` directly.", DeprecationWarning, stacklevel=2)
    return manipulation.vstack(tup, dtype=dtype)


# -- dtype helpers ---------------------------------------------------------------
def common_type(*arrays: Any) -> type:
    """The inexact scalar type all ``arrays`` convert to (integers count as float64)."""
    is_complex, precision = False, 0
    for a in arrays:
        d = arr(a, "numpy.common_type", "arrays").dtype
        if d.kind == "b":
            raise TypeError("numpy.common_type: can't get common type for non-numeric array")
        is_complex = is_complex or d.kind == "c"
        bits = 64 if d.kind in "iu" else (d.bits // 2 if d.kind == "c" else d.bits)
        precision = max(precision, bits)
    name = f"complex{2 * max(precision, 32)}" if is_complex else f"float{precision or 16}"
    return _dtypes.SCALAR_TYPES[name]


_BY_SIZE = "GDFgdfQqLlIiHhBb?"


def mintypecode(typechars: Any, typeset: str = "GDFgdf", default: str = "d") -> str:
    """The smallest-size type character of ``typeset`` that the given types can be safely cast to."""
    codes = [
        t if isinstance(t, str) else _dtypes.dtype(_dtypes.to_ivy(t, "numpy.mintypecode", "typechars")).char
        for t in typechars
    ]
    inter = {t for t in codes if t in typeset}
    if not inter:
        return default
    if "F" in inter and "d" in inter:
        return "D"
    return min(inter, key=_BY_SIZE.index)


def min_scalar_type(a: Any, /) -> _dtypes.dtype:
    """The smallest dtype holding the value of a scalar (an array's own dtype otherwise)."""
    x = arr(a, "numpy.min_scalar_type", "a")
    if x.ndim != 0:
        return _dtypes.dtype(x.dtype)
    kind = x.dtype.kind
    if kind == "b":
        return _dtypes.dtype(ivy.bool)
    value = complex(x) if kind == "c" else (int(x) if kind in "iu" else float(x))
    if kind in "iu":
        family = ("uint8", "uint16", "uint32", "uint64") if value >= 0 else ("int8", "int16", "int32", "int64")
        for name in family:
            info = ivy.iinfo(_dtypes.to_ivy(name))
            if info.min <= value <= info.max:
                return _dtypes.dtype(name)
        return _dtypes.dtype(x.dtype)
    parts = [value.real, value.imag] if kind == "c" else [value]
    candidates = ("complex64", "complex128") if kind == "c" else ("float16", "float32", "float64")
    for name in candidates:
        limit = ivy.finfo(_dtypes.to_ivy(name.replace("complex64", "float32").replace("complex128", "float64"))).max
        if all(not math.isfinite(p) or abs(p) <= limit for p in parts):
            return _dtypes.dtype(name)
    return _dtypes.dtype(x.dtype)


_TYPENAMES = {
    "S1": "character",
    "?": "bool",
    "b": "signed char",
    "B": "unsigned char",
    "h": "short",
    "H": "unsigned short",
    "i": "integer",
    "I": "unsigned integer",
    "l": "long integer",
    "L": "unsigned long integer",
    "q": "long long integer",
    "Q": "unsigned long long integer",
    "f": "single precision",
    "d": "double precision",
    "g": "long precision",
    "F": "complex single precision",
    "D": "complex double precision",
    "G": "complex long double precision",
    "S": "string",
    "U": "unicode",
    "V": "void",
    "O": "object",
}


def typename(char: str) -> str:
    """A description of a type character."""
    return _TYPENAMES[char]


# -- floating-point error settings (recorded; ivy backends do not signal) ----------
_ERR = {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
_ERRCALL: list[Any] = [None]
_MODES = ("ignore", "warn", "raise", "call", "print", "log")


def geterr() -> dict[str, str]:
    """The floating-point error handling in force (recorded only: ivy backends raise no FP signals)."""
    return dict(_ERR)


def seterr(
    all: str | None = None,
    divide: str | None = None,
    over: str | None = None,
    under: str | None = None,
    invalid: str | None = None,
) -> dict[str, str]:
    """Record floating-point error handling; returns the previous settings."""
    old = geterr()
    new = {"divide": divide, "over": over, "under": under, "invalid": invalid}
    for key, value in new.items():
        value = value if value is not None else all
        if value is None:
            continue
        if value not in _MODES:
            raise ValueError(f"numpy.seterr: invalid value {value!r} for '{key}'; expected one of {_MODES}")
        _ERR[key] = value
    return old


def geterrcall() -> Any:
    """The recorded floating-point error callback."""
    return _ERRCALL[0]


def seterrcall(func: Any) -> Any:
    """Record a floating-point error callback; returns the previous one."""
    if func is not None and not callable(func) and not hasattr(func, "write"):
        raise ValueError("numpy.seterrcall: Only callable can be used as callback")
    old, _ERRCALL[0] = _ERRCALL[0], func
    return old


class broadcast:  # noqa: N801 - NumPy's name
    """The broadcast of several arrays: ``shape``, ``size``, ``nd``, and iteration over element tuples."""

    def __init__(self, *args: Any) -> None:
        self._arrays = [arr(a, "numpy.broadcast", "args") for a in args]
        self.shape = tuple(ivy.broadcast_shapes(*(a.shape for a in self._arrays))) if self._arrays else ()
        self.numiter = len(self._arrays)
        self.index = 0

    @property
    def ndim(self) -> int:
        return len(self.shape)

    nd = ndim

    @property
    def size(self) -> int:
        return math.prod(self.shape)

    @property
    def iters(self) -> tuple[Iterator[Any], ...]:
        return tuple(iter(ndarray(ivy.reshape(ivy.broadcast_to(a, self.shape), (-1,)))) for a in self._arrays)

    def reset(self) -> None:
        """Back to the first element."""
        self.index = 0

    def __iter__(self) -> broadcast:
        return self

    def __next__(self) -> tuple[Any, ...]:
        if self.index >= self.size:
            raise StopIteration
        flat = [ivy.reshape(ivy.broadcast_to(a, self.shape), (-1,)) for a in self._arrays]
        out = tuple(ndarray(f[self.index]) for f in flat)
        self.index += 1
        return out


# -- scalar types and type tables ---------------------------------------------------
class flexible(_dtypes.generic):  # noqa: N801 - NumPy's name
    """Scalar types of variable size (strings)."""


class character(flexible):  # noqa: N801 - NumPy's name
    """String scalar types."""


class bytes_(bytes, character):  # noqa: N801 - NumPy's name
    """NumPy's byte-string scalar: a ``bytes`` (ivy arrays hold numbers only)."""


class str_(str, character):  # noqa: N801 - NumPy's name
    """NumPy's unicode scalar: a ``str`` (ivy arrays hold numbers only)."""


int_ = _dtypes.SCALAR_TYPES["int64"]
uint = _dtypes.SCALAR_TYPES["uint64"]
little_endian = sys.byteorder == "little"
ScalarType = (int, float, complex, bool, bytes, str, memoryview, *_dtypes.SCALAR_TYPES.values(), bytes_, str_)
typecodes = {
    "Character": "c",
    "Integer": "bhilqnp",
    "UnsignedInteger": "BHILQNP",
    "Float": "efdg",
    "Complex": "FDG",
    "AllInteger": "bBhHiIlLqQnNpP",
    "AllFloat": "efdgFDG",
    "Datetime": "Mm",
    "All": "?bhilqnpBHILQNPefdgFDGSUVOMm",
}
sctypeDict = {  # noqa: N816 - NumPy's name
    **{name: t for name, t in _dtypes.SCALAR_TYPES.items()},
    **{
        alias: _dtypes.SCALAR_TYPES[target]
        for alias, target in _dtypes._ALIASES.items()
        if target in _dtypes.SCALAR_TYPES
    },
    "bytes_": bytes_,
    "str_": str_,
}
