"""ivy.plugin's helpers for backend authors, against the frameworks whose conventions they encode.

NumPy normalizes axes, PyTorch pools (window counts, output sizes, the ``ceil_mode`` rule), JAX
computes ``"SAME"`` padding; the promotion tables are the core's own rules keyed by native dtypes.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy import plugin

torch = pytest.importorskip("torch")
jax = pytest.importorskip("jax")
F = torch.nn.functional


# -- dtypes -----------------------------------------------------------------------------------

NATIVE = {name: np.dtype(name) for name in plugin.DTYPES if name != "bfloat16"}


def test_promotion_table_is_the_core_rule_in_native_dtypes() -> None:
    table = plugin.promotion_table(NATIVE)
    assert len(table) == len(NATIVE) ** 2
    for (a, b), result in table.items():
        assert result == NATIVE[ivy.result_type(plugin.DTYPES[a.name], plugin.DTYPES[b.name]).name]


def test_scalar_promotion_table_is_the_weak_scalar_rule() -> None:
    table = plugin.scalar_promotion_table(NATIVE)
    samples = {bool: True, int: 1, float: 1.0, complex: 1j}
    for (dtype, kind), result in table.items():
        assert result == NATIVE[ivy.result_type(plugin.DTYPES[dtype.name], samples[kind]).name]
    assert table[np.dtype("int8"), int] == np.dtype("int8")
    assert table[np.dtype("int8"), float] == np.dtype("float64")


def test_native_promotion_takes_arrays_and_python_scalars() -> None:
    promotion = plugin.NativePromotion(NATIVE, np.ndarray)
    i8, u16 = np.zeros(1, np.int8), np.zeros(1, np.uint16)
    assert promotion.result_dtype(i8, u16) == np.dtype("int32")  # NumPy 2 agrees
    assert promotion.result_dtype(i8, 2.5) == np.dtype("float64")
    assert promotion.result_dtype(True, 2) == np.dtype("int64")
    assert promotion.common_dtype([i8, u16, np.zeros(1, np.float32)]) == np.dtype("float64")
    with pytest.raises(TypeError, match=r"numpy\.ndarray or a Python scalar, got str"):
        promotion.result_dtype(i8, "x")


# -- axes ---------------------------------------------------------------------------------------


@given(ndim=st.integers(0, 5), axis=st.one_of(st.none(), st.integers(-7, 7), st.lists(st.integers(-7, 7), max_size=4)))
def test_normalize_axes_as_numpy(ndim: int, axis) -> None:
    from numpy.lib.array_utils import normalize_axis_tuple

    try:
        expected = tuple(range(ndim)) if axis is None else normalize_axis_tuple(axis, max(ndim, 1))
    except np.exceptions.AxisError:
        with pytest.raises(IndexError):
            plugin.normalize_axes(axis, ndim)
        return
    except ValueError:  # repeated
        with pytest.raises(ValueError, match="repeated axis"):
            plugin.normalize_axes(axis, ndim)
        return
    assert plugin.normalize_axes(axis, ndim) == expected


# -- windows ----------------------------------------------------------------------------------


@given(size=st.integers(1, 12), kernel=st.integers(1, 5), stride=st.integers(1, 4), dilation=st.integers(1, 3))
def test_same_padding_as_jax(size: int, kernel: int, stride: int, dilation: int) -> None:
    span = dilation * (kernel - 1) + 1
    expected = jax.lax.padtype_to_pads((size,), (span,), (stride,), "SAME")
    assert plugin.same_padding((size,), (kernel,), (stride,), (dilation,)) == tuple(map(tuple, expected))


@given(
    size=st.integers(1, 12),
    kernel=st.integers(1, 5),
    stride=st.integers(1, 4),
    padding=st.integers(0, 2),
    dilation=st.integers(1, 3),
    ceil_mode=st.booleans(),
)
def test_pool_plan_as_torch(size: int, kernel: int, stride: int, padding: int, dilation: int, ceil_mode: bool) -> None:
    x = torch.arange(float(size)).reshape(1, 1, size)
    plan = plugin.pool_plan(x.shape, (kernel,), stride, padding, dilation, ceil_mode, False)
    if size + 2 * padding < dilation * (kernel - 1) + 1:
        # the spec refuses a kernel larger than the padded input (ivy.nn.max_pool raises on every
        # backend); torch's ceil_mode takes it as one partial window
        assert plan is None
        return
    try:
        pooled = F.max_pool1d(x, kernel, stride, padding, dilation, ceil_mode)
    except RuntimeError:  # torch rejects it: so does the plan
        assert plan is None
        return
    assert plan is not None
    assert plan.out == tuple(pooled.shape[2:])
    (before, after), (out,) = plan.widths[0], plan.out
    assert before == padding and (out - 1) * stride + dilation * (kernel - 1) + 1 == size + before + after
    if dilation == 1:  # the divisor of each average window, against torch's (sums of ones; means of ones)
        ones = torch.ones(1, 1, 1, size, dtype=torch.float64)
        window = ((1, kernel), (1, stride), (0, padding), ceil_mode)
        covered = F.avg_pool2d(ones, *window, count_include_pad=True, divisor_override=1).flatten().tolist()
        means = F.avg_pool2d(ones, *window, count_include_pad=True).flatten().tolist()
        excluded = plugin.window_counts(plan, x.shape, count_include_pad=False)
        included = plugin.window_counts(plan, x.shape, count_include_pad=True)
        assert (excluded[0] if excluded else (kernel,) * out) == tuple(round(c) for c in covered)
        assert (included[0] if included else (kernel,) * out) == tuple(round(c / m) for c, m in zip(covered, means))


@given(
    sizes=st.tuples(st.integers(1, 7), st.integers(1, 7)),
    kernel=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    stride=st.integers(1, 3),
    dilation=st.integers(1, 2),
    padding=st.one_of(
        st.sampled_from(["SAME", "valid"]), st.integers(0, 2), st.tuples(st.integers(0, 2), st.integers(0, 2))
    ),
    groups=st.sampled_from([1, 2]),
    channels_last=st.booleans(),
)
def test_conv_plan_as_torch(sizes, kernel, stride, dilation, padding, groups, channels_last) -> None:
    x = torch.ones(1, 2, *sizes, dtype=torch.float64)
    weight = torch.ones(4, 2 // groups, *kernel, dtype=torch.float64)
    shape = (1, *sizes, 2) if channels_last else tuple(x.shape)
    plan = plugin.conv_plan(shape, weight.shape, (4,), stride, padding, dilation, groups, channels_last)
    pairs = plugin.padding_pairs(padding, sizes, kernel, (stride,) * 2, (dilation,) * 2)
    padded = F.pad(x, [p for b, a in reversed(pairs) for p in (b, a)])
    try:
        y = F.conv2d(padded, weight, None, stride, 0, dilation, groups)
    except RuntimeError:  # the input is smaller than the dilated kernel
        assert plan is None
        return
    assert plan is not None and plan.padding == pairs and not plan.unbatched
    assert (plan.n, plan.channels, plan.out_channels, plan.kernel) == (2, 2, 4, kernel)
    out = tuple((s + b + a - dilation * (k - 1) - 1) // stride + 1 for s, (b, a), k in zip(sizes, pairs, kernel))
    assert out == tuple(y.shape[2:])


def test_conv_plan_refuses_what_is_not_a_convolution() -> None:
    x, w = (1, 4, 5, 5), (6, 2, 3, 3)
    assert plugin.conv_plan(x, w, None, 1, 0, 1, 2, False) is not None
    for bad in [
        dict(groups=3),  # channels not divisible
        dict(stride=0),
        dict(padding="FULL"),
        dict(padding=((1, 1),)),  # one pair for two axes
        dict(bias=(5,)),
    ]:
        arguments = dict(bias=None, stride=1, padding=0, dilation=1, groups=2) | bad
        plan = plugin.conv_plan(
            x, w, arguments["bias"], arguments["stride"], arguments["padding"], arguments["dilation"],
            arguments["groups"], False,
        )  # fmt: skip
        assert plan is None, bad


def test_window_ints_and_padding_pairs() -> None:
    assert plugin.window_ints(2, 3, 1) == (2, 2, 2)
    assert plugin.window_ints([2], 2, 1) == (2, 2)
    assert plugin.window_ints((1, 2), 3, 1) is None
    assert plugin.window_ints(True, 1, 0) is None
    assert plugin.padding_pairs(((1, 2), (0, 0)), (5, 5), (3, 3), (1, 1), (1, 1)) == ((1, 2), (0, 0))
    assert plugin.padding_pairs(-1, (5,), (3,), (1,), (1,)) is None


# -- emulation and the dispatcher ---------------------------------------------------------------------


@given(bits=st.sampled_from([8, 16, 32, 64]), data=st.data())
def test_signed_bits_and_order_key_as_numpy_views(bits: int, data) -> None:
    value = data.draw(st.integers(0, 2**bits - 1))
    unsigned = np.array([value], dtype=f"uint{bits}")
    assert plugin.signed_bits(value, bits) == int(unsigned.view(f"int{bits}")[0])
    other = data.draw(st.integers(0, 2**bits - 1))
    assert (plugin.order_key(value, bits) < plugin.order_key(other, bits)) == (value < other)
    assert -(2 ** (bits - 1)) <= plugin.order_key(value, bits) < 2 ** (bits - 1)


def test_parameter_roles() -> None:
    assert plugin.parameter_roles("add") == {"x1": "array", "x2": "array"}
    assert plugin.parameter_roles("concat")["arrays"] == "arrays"
    assert plugin.parameter_roles("astype")["dtype"] == "dtype"
    with pytest.raises(ValueError, match="not an ivy hook"):
        plugin.parameter_roles("no_such_hook")


def test_selected_backend_is_what_a_call_uses() -> None:
    with ivy.using_backend("numpy"):
        backend = plugin.selected_backend()
        assert backend.name == "numpy" and backend.owns(np.zeros(1))
        readers = plugin.backend_readers()
        assert all(callable(reader) for reader in readers)
        assert readers[1]() is backend  # the reader a compiler substitutes answers the same


def test_every_public_name_is_exported() -> None:
    assert set(plugin.__all__) <= set(dir(plugin))
    assert all(not name.startswith("_") for name in plugin.__all__)
