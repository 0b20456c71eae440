"""``dot_general``, ``conv_general_dilated`` and ``reduce_window`` on ivy arrays."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ivy
from ivy_frontends._shared.math import maximum as _max
from ivy_frontends._shared.math import minimum as _min
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax.lax._structural import pad

if TYPE_CHECKING:  # the package imports this module first
    from ivy_frontends.jax.lax import ConvDimensionNumbers

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def dot_general(
    lhs: ivy.Array,
    rhs: ivy.Array,
    dimension_numbers: Any,
    precision: Any = None,
    preferred_element_type: Any = None,
    **p: Any,
) -> ivy.Array:
    """Contract and batch as ``((lhs_c, rhs_c), (lhs_b, rhs_b))`` say; output dims: batch, lhs free, rhs free."""
    (lc, rc), (lb, rb) = dimension_numbers
    lc, rc, lb, rb = (tuple(int(i) for i in t) for t in (lc, rc, lb, rb))
    out_d = _dtypes.optional(preferred_element_type)
    common = ivy.result_type(lhs.dtype, rhs.dtype) if lhs.dtype != rhs.dtype else lhs.dtype
    if out_d is not None and out_d.kind in "fc" and ivy.finfo(out_d.ivy).bits >= getattr(common, "bits", 0):
        common = out_d.ivy
    lhs, rhs = (a if a.dtype == common else ivy.astype(a, common) for a in (lhs, rhs))  # no copies in the graph
    letters = iter(_LETTERS)
    ls = [next(letters) for _ in range(lhs.ndim)]
    rs = [next(letters) for _ in range(rhs.ndim)]
    for a, b in zip(lc, rc, strict=True):
        rs[b] = ls[a]
    for a, b in zip(lb, rb, strict=True):
        rs[b] = ls[a]
    out = [ls[a] for a in lb]
    out += [ls[a] for a in range(lhs.ndim) if a not in lc and a not in lb]
    out += [rs[b] for b in range(rhs.ndim) if b not in rc and b not in rb]
    res = ivy.einsum(f"{''.join(ls)},{''.join(rs)}->{''.join(out)}", lhs, rhs)
    if out_d is not None and res.dtype.name != out_d.name:
        res = ivy.astype(res, out_d.ivy)
    return res


def _specs(dimension_numbers: Any, nd: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    if dimension_numbers is None:
        default = tuple(range(nd))
        return default, default, default
    return tuple(dimension_numbers.lhs_spec), tuple(dimension_numbers.rhs_spec), tuple(dimension_numbers.out_spec)


def _inverse(perm: Sequence[int]) -> tuple[int, ...]:
    inv = [0] * len(perm)
    for i, p in enumerate(perm):
        inv[p] = i
    return tuple(inv)


def conv_general_dilated(
    lhs: ivy.Array,
    rhs: ivy.Array,
    window_strides: Sequence[int],
    padding: str | Sequence[tuple[int, int]],
    lhs_dilation: Sequence[int] | None = None,
    rhs_dilation: Sequence[int] | None = None,
    dimension_numbers: ConvDimensionNumbers | None = None,
    feature_group_count: int = 1,
    batch_group_count: int = 1,
    precision: Any = None,
    preferred_element_type: Any = None,
    **p: Any,
) -> ivy.Array:
    """N-d convolution (cross-correlation) with explicit (low, high) padding pairs and dilations."""
    if batch_group_count != 1:
        raise NotImplementedError("jax.lax.conv_general_dilated: batch_group_count > 1 is not supported")
    nd = lhs.ndim
    lhs_spec, rhs_spec, out_spec = _specs(dimension_numbers, nd)
    x = ivy.permute_dims(lhs, lhs_spec)  # N, C, spatial...
    w = ivy.permute_dims(rhs, rhs_spec)  # O, I, spatial...
    if w.dtype != x.dtype:
        w = ivy.astype(w, x.dtype)
    n_sp = nd - 2
    lhs_dilation = tuple(lhs_dilation or (1,) * n_sp)
    rhs_dilation = tuple(rhs_dilation or (1,) * n_sp)
    if isinstance(padding, str):
        padding = padtype_to_pads(
            tuple(x.shape[2:]),
            tuple((k - 1) * d + 1 for k, d in zip(w.shape[2:], rhs_dilation, strict=True)),
            window_strides,
            padding,
        )
    zero = ivy.zeros((), dtype=x.dtype)
    config = [(0, 0, 0), (0, 0, 0)] + [
        (int(lo), int(hi), int(d) - 1) for (lo, hi), d in zip(padding, lhs_dilation, strict=True)
    ]
    x = pad(x, zero, config)
    out = ivy.nn.conv(x, w, stride=tuple(window_strides), padding=0, dilation=rhs_dilation, groups=feature_group_count)
    out = ivy.permute_dims(out, _inverse(out_spec))
    if preferred_element_type is not None and out.dtype.name != _dtypes.canonical(preferred_element_type).name:
        out = ivy.astype(out, _dtypes.canonical(preferred_element_type).ivy)
    return out


def padtype_to_pads(
    in_shape: Sequence[int], window_shape: Sequence[int], window_strides: Sequence[int], padding: str
) -> list[tuple[int, int]]:
    """'SAME'/'SAME_LOWER'/'VALID' as explicit (low, high) pairs."""
    mode = padding.upper()
    if mode == "VALID":
        return [(0, 0)] * len(in_shape)
    pads = []
    for n, k, s in zip(in_shape, window_shape, window_strides, strict=True):
        out = -(-n // s)
        total = max((out - 1) * s + k - n, 0)
        lo = total // 2 if mode == "SAME" else total - total // 2
        pads.append((lo, total - lo))
    return pads


def _identity(x: ivy.Array, kind: str) -> ivy.Array:
    if kind == "sum":
        return ivy.zeros((), dtype=x.dtype)
    if x.dtype.kind in "fc":
        return ivy.asarray(float("-inf") if kind == "max" else float("inf"), dtype=x.dtype)
    if x.dtype.kind == "b":
        return ivy.asarray(kind != "max")
    info = ivy.iinfo(x.dtype)
    return ivy.asarray(info.min if kind == "max" else info.max, dtype=x.dtype)


def reduce_window(
    x: ivy.Array,
    kind: str,
    window_dimensions: Sequence[int],
    window_strides: Sequence[int],
    padding: Sequence[Sequence[int]],
    base_dilation: Sequence[int] | None = None,
    window_dilation: Sequence[int] | None = None,
    **p: Any,
) -> ivy.Array:
    """Reduce (``sum``/``max``/``min``) every window: one strided slice per window offset."""
    nd = x.ndim
    base_dilation = tuple(base_dilation or (1,) * nd)
    window_dilation = tuple(window_dilation or (1,) * nd)
    init = _identity(x, kind)
    if isinstance(padding, str):
        eff = [(k - 1) * d + 1 for k, d in zip(window_dimensions, window_dilation, strict=True)]
        padding = padtype_to_pads(tuple(x.shape), eff, window_strides, padding)
    config = [(int(lo), int(hi), int(b) - 1) for (lo, hi), b in zip(padding, base_dilation, strict=True)]
    x = pad(x, init, config)
    out_shape = [
        (n - (k - 1) * d - 1) // s + 1
        for n, k, d, s in zip(x.shape, window_dimensions, window_dilation, window_strides, strict=True)
    ]
    combine = {"sum": ivy.add, "max": _max, "min": _min}[kind]
    acc = None
    for offs in itertools.product(*(range(k) for k in window_dimensions)):
        idx = tuple(
            slice(o * d, o * d + (m - 1) * s + 1, s)
            for o, d, m, s in zip(offs, window_dilation, out_shape, window_strides, strict=True)
        )
        part = x[idx]
        acc = part if acc is None else combine(acc, part)
    return acc
