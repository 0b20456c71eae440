"""Where the jax backend adapts JAX to the core's semantics, checked against NumPy (the oracle)
on the same inputs, or against Python's own arithmetic."""

import math
import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from _oracle import INTEGER, REAL, REAL_NUMERIC, arrays, assert_same, to_ivy
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy_backend_jax import creation

# -- integer division and remainder ------------------------------------------------


@given(st.sampled_from(INTEGER), st.data())
def test_integer_floor_divide_and_remainder_have_pythons_signs(dtype, data):
    shape = data.draw(st.sampled_from([(), (5,), (2, 3)]))
    a = data.draw(arrays(dtype, shape))
    b = data.draw(arrays(dtype, shape).filter(lambda v: (v != 0).all()))
    if np.dtype(dtype).kind == "i":  # MIN // -1 overflows: undefined
        assume(not ((a == np.iinfo(dtype).min) & (b == -1)).any())
    x1, x2 = to_ivy(a), to_ivy(b)
    assert_same(ivy.floor_divide(x1, x2), np.floor_divide(a, b))
    assert_same(ivy.remainder(x1, x2), np.remainder(a, b))
    for i, j, q, r in zip(
        a.ravel().tolist(),
        b.ravel().tolist(),
        np.asarray(ivy.floor_divide(x1, x2)).ravel(),
        np.asarray(ivy.remainder(x1, x2)).ravel(),
        strict=True,
    ):
        assert (q, r) == divmod(i, j)


#: (no subnormals: XLA on CPU flushes them to zero, so a subnormal divisor divides by zero)
FINITE_OR_NOT = st.one_of(
    st.floats(-1e6, 1e6, allow_subnormal=False), st.sampled_from([math.inf, -math.inf, 0.0, -0.0])
)


@given(FINITE_OR_NOT, FINITE_OR_NOT.filter(lambda v: v != 0))
def test_float_floor_divide_is_floor_of_the_quotient_at_infinities(a, b):
    result = float(ivy.floor_divide(ivy.asarray(a), ivy.asarray(b)))
    quotient = a / b
    if math.isinf(a) and math.isinf(b):
        assert math.isnan(result)
    elif math.isinf(a) or math.isinf(b):
        expected = math.floor(quotient) if math.isfinite(quotient) and quotient != 0 else quotient
        assert result == expected
        assert math.copysign(1, result) == math.copysign(1, expected)
    else:
        assert result == float(np.floor_divide(a, b))


@given(st.sampled_from(REAL), st.data())
def test_float_remainder_matches_numpy(dtype, data):
    a = data.draw(arrays(dtype, (6,), finite=True))
    b = data.draw(arrays(dtype, (6,), finite=True).filter(lambda v: (v != 0).all()))
    with np.errstate(all="ignore"):
        expected = np.remainder(a, b)
    assert_same(ivy.remainder(to_ivy(a), to_ivy(b)), expected)


# -- clip --------------------------------------------------------------------------------


@given(st.sampled_from(INTEGER), st.data())
def test_integer_clip_with_bounds_beyond_the_dtype_saturates(dtype, data):
    a = data.draw(arrays(dtype, (5,)))
    info = np.iinfo(dtype)
    low = data.draw(st.one_of(st.none(), st.integers(info.min - 1000, info.max)))
    high = data.draw(st.one_of(st.none(), st.integers(info.min, info.max + 1000)))
    assume(low is None or high is None or low <= high)
    expected = np.clip(a.astype(object), low, high).astype(dtype) if (low, high) != (None, None) else a
    assert_same(ivy.clip(to_ivy(a), min=low, max=high), expected)


@given(st.sampled_from(REAL), st.data())
def test_float_clip_propagates_nan_like_numpy(dtype, data):
    a = data.draw(arrays(dtype, (6,)))
    low = data.draw(arrays(dtype, (6,)))
    high = np.maximum(low, data.draw(arrays(dtype, (6,), finite=True)))
    assert_same(ivy.clip(to_ivy(a), min=to_ivy(low), max=to_ivy(high)), np.clip(a, low, high), exact=True)


# -- sorting and searching -------------------------------------------------------


@given(st.sampled_from(REAL_NUMERIC), st.booleans(), st.data())
def test_sort_and_argsort_are_stable_and_place_nans_like_numpy(dtype, descending, data):
    a = data.draw(arrays(dtype, (data.draw(st.integers(0, 12)),), bound=None if dtype in REAL else 3))
    x = to_ivy(a)
    order = np.argsort(a, kind="stable")
    if descending:
        # Stable descending: sort the reversed array, map the indices back (NaNs come first).
        order = len(a) - 1 - np.flip(np.argsort(np.flip(a), kind="stable"))
    got = np.asarray(ivy.argsort(x, descending=descending))
    assert ivy.argsort(x).dtype == ivy.int64
    np.testing.assert_array_equal(got, order)
    assert_same(ivy.sort(x, descending=descending), a[order], exact=True)


@given(st.sampled_from(REAL), st.sampled_from(["left", "right"]), st.data())
def test_searchsorted_matches_numpy_with_nans(dtype, side, data):
    a = np.sort(data.draw(arrays(dtype, (data.draw(st.integers(1, 8)),))))
    v = data.draw(arrays(dtype, (4,)))
    result = ivy.searchsorted(to_ivy(a), to_ivy(v), side=side)
    assert_same(result, np.searchsorted(a, v, side=side).astype(np.int64))


@given(st.sampled_from(REAL), st.data())
def test_max_min_argmax_propagate_nan_like_numpy(dtype, data):
    a = data.draw(arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=4)))
    x = to_ivy(a)
    assert_same(ivy.max(x, axis=0), np.max(a, axis=0), exact=True)
    assert_same(ivy.min(x), np.asarray(np.min(a)), exact=True)
    assert_same(ivy.argmax(x, axis=-1), np.argmax(a, axis=-1).astype(np.int64))
    assert_same(ivy.argmin(x), np.asarray(np.argmin(a), dtype=np.int64))


@given(st.sampled_from(REAL), st.data())
def test_unique_treats_every_nan_as_distinct(dtype, data):
    a = data.draw(arrays(dtype, (data.draw(st.integers(0, 10)),)))
    result = ivy.unique_all(to_ivy(a))
    expected = np.unique_all(a)
    assert_same(result.values, expected.values, exact=True)
    for got, want in zip(result[1:], expected[1:], strict=True):
        assert_same(got, want.astype(np.int64))


# -- reductions ------------------------------------------------------------------------


@given(st.sampled_from(["bool", *INTEGER]), st.data())
def test_integer_sums_and_products_accumulate_in_64_bits(dtype, data):
    a = data.draw(arrays(dtype, (data.draw(st.integers(0, 6)),)))
    accumulate = np.uint64 if dtype.startswith("uint") else np.int64
    x = to_ivy(a)
    assert_same(ivy.sum(x), np.asarray(np.sum(a, dtype=accumulate)))
    assert_same(ivy.prod(x), np.asarray(np.prod(a, dtype=accumulate)))
    assert_same(ivy.cumulative_sum(x), np.cumsum(a, dtype=accumulate))
    assert_same(
        ivy.cumulative_sum(x, include_initial=True),
        np.concatenate([np.zeros(1, accumulate), np.cumsum(a, dtype=accumulate)]),  # ([0] + uint64: float64)
    )


@given(st.sampled_from(REAL), st.data())
def test_mean_var_std_with_correction_match_numpy(dtype, data):
    a = data.draw(arrays(dtype, (data.draw(st.integers(1, 8)), 2), bound=1000))
    correction = data.draw(st.sampled_from([0, 1, 0.5]))
    x = to_ivy(a)
    exact = a.astype(np.float64)
    # Rounding in the input's precision: a few ulps of the data's magnitude (squared for the variance).
    scale = 8 * np.finfo(dtype).eps * float(np.max(np.abs(exact)))
    with np.errstate(all="ignore"):
        assert_same(ivy.mean(x, axis=0), np.mean(exact, axis=0), dtype=dtype, atol=scale)
        variance = np.var(exact, axis=0, ddof=correction)
        assert_same(
            ivy.var(x, axis=0, correction=correction),
            variance,
            dtype=dtype,
            atol=scale * float(np.max(np.abs(exact))) * 4,
        )
        assert_same(
            ivy.std(x, axis=0, correction=correction),
            np.sqrt(variance),
            dtype=dtype,
            atol=np.sqrt(scale * float(np.max(np.abs(exact))) * 4),
        )


def test_empty_and_zero_dimensional_arrays():
    empty = ivy.zeros((0,), dtype=ivy.int8)
    assert ivy.sum(empty).dtype == ivy.int64 and int(ivy.sum(empty)) == 0
    assert int(ivy.prod(empty)) == 1
    assert math.isnan(float(ivy.mean(ivy.zeros((0,)))))
    with pytest.raises(ValueError):
        ivy.max(ivy.zeros((0,)))
    scalar = ivy.asarray(3.5)
    assert ivy.add(scalar, scalar).shape == ()
    assert ivy.sum(scalar).shape == ()
    assert float(scalar[()]) == 3.5
    assert ivy.concat([ivy.zeros((0, 2)), ivy.ones((1, 2))]).shape == (1, 2)
    assert ivy.reshape(ivy.zeros((0, 3)), (3, 0)).shape == (3, 0)
    with pytest.raises(ValueError):
        ivy.nonzero(scalar)
    assert ivy.unique_values(ivy.zeros((0,))).shape == (0,)


# -- indexing, both through the host and through JAX ------------------------------------


@pytest.fixture(params=["host", "jax"])
def indexing_path(request, monkeypatch):
    """Host arrays are indexed through NumPy; others (accelerators, tracers) through JAX."""
    if request.param == "jax":
        from ivy_backend_jax import protocol

        monkeypatch.setattr(protocol, "on_cpu", lambda x: False)
    return request.param


@st.composite
def index_keys(draw, shape):
    key = []
    for side in shape:
        kind = draw(st.sampled_from(["int", "slice", "none", "array"] if side else ["slice", "none"]))
        if kind == "int":
            key.append(draw(st.integers(-side, side - 1)))
        elif kind == "slice":
            key.append(
                slice(
                    draw(st.none() | st.integers(-6, 6)),
                    draw(st.none() | st.integers(-6, 6)),
                    draw(st.sampled_from([None, 1, 2, -1])),
                )
            )
        elif kind == "none":
            key.extend([None, slice(None)])
        else:
            key.append(np.asarray(draw(st.lists(st.integers(-side, side - 1), min_size=1, max_size=3))))
    if draw(st.booleans()) and key:
        key[draw(st.integers(0, len(key) - 1))] = Ellipsis
    return tuple(key)


def _native_key(key):
    return tuple(ivy.asarray(k) if isinstance(k, np.ndarray) else k for k in key)


@given(st.data())
def test_getitem_matches_numpy(indexing_path, data):
    a = data.draw(arrays("float32", hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=4), bound=10))
    key = data.draw(index_keys(a.shape))
    assume(sum(isinstance(k, np.ndarray) for k in key) <= 1)  # mixed advanced indexing differs across libraries
    assert_same(to_ivy(a)[_native_key(key)], np.asarray(a[key]), exact=True)


@given(st.data())
def test_setitem_matches_numpy_and_leaves_the_native_array_alone(indexing_path, data):
    a = data.draw(arrays("int16", hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)))
    key = data.draw(index_keys(a.shape))
    assume(sum(isinstance(k, np.ndarray) for k in key) <= 1)
    assume(not any(isinstance(k, np.ndarray) and len(set(k.tolist())) < len(k) for k in key))  # repeated targets
    value = data.draw(st.integers(-100, 100))
    x = to_ivy(a)
    native = ivy.to_native(x)
    x[_native_key(key)] = value
    expected = a.copy()
    expected[key] = value
    assert_same(x, expected)
    np.testing.assert_array_equal(np.asarray(native), a)  # JAX arrays are immutable: x was rebound


def test_setitem_with_a_mask_and_an_array_value(indexing_path):
    x = ivy.asarray([1.0, 2.0, 3.0, 4.0])
    x[ivy.asarray([True, False, True, False])] = ivy.asarray(0.5, dtype=ivy.float32)
    np.testing.assert_array_equal(np.asarray(x), [0.5, 2.0, 0.5, 4.0])
    assert x.dtype == ivy.float64
    y = ivy.zeros((2, 3), dtype=ivy.int32)
    y[1] = ivy.asarray([7, 8, 9], dtype=ivy.int8)
    np.testing.assert_array_equal(np.asarray(y), [[0, 0, 0], [7, 8, 9]])


@pytest.mark.parametrize("key", [5, -6, (0, 3), (slice(None), 9)])
def test_out_of_bounds_integer_indices_raise(indexing_path, key):
    x = ivy.reshape(ivy.arange(10), (5, 2)) if isinstance(key, tuple) else ivy.arange(5)
    with pytest.raises(IndexError):
        x[key]
    with pytest.raises(IndexError):
        x[key] = 0


def test_out_of_bounds_index_arrays_raise(indexing_path):
    x = ivy.arange(5)
    with pytest.raises(IndexError):
        x[ivy.asarray([0, 5])]
    with pytest.raises(IndexError):
        ivy.take(x, ivy.asarray([-6]))
    with pytest.raises(IndexError):
        ivy.take_along_axis(x, ivy.asarray([1, 5]), axis=0)
    assert np.asarray(ivy.take(x, ivy.asarray([-1, 0]))).tolist() == [4, 0]


# -- copies, casts -----------------------------------------------------------------------


def test_copy_semantics():
    x = ivy.asarray([1.0, 2.0])
    native = ivy.to_native(x)
    assert ivy.to_native(ivy.asarray(native, copy=False)) is native
    assert ivy.to_native(ivy.asarray(x, copy=None)) is native
    copied = ivy.to_native(ivy.asarray(x, copy=True))
    assert copied is not native and np.array_equal(np.asarray(copied), np.asarray(native))
    # A JAX array made from a Python or NumPy object is always a copy. (The hook raises ValueError;
    # the core currently re-labels it as a TypeError about 'obj', see the package README.)
    for source in ([1.0, 2.0], np.ones(2)):
        with pytest.raises(ValueError):
            creation.asarray(source, None, None, False)
        with pytest.raises((ValueError, TypeError)):
            ivy.asarray(source, copy=False)
    with pytest.raises(ValueError):
        ivy.asarray(x, dtype=ivy.float32, copy=False)
    assert ivy.to_native(ivy.astype(x, ivy.float64, copy=False)) is native
    assert ivy.to_native(ivy.astype(x, ivy.float64)) is not native
    assert ivy.reshape(x, (2, 1), copy=False).shape == (2, 1)


@given(
    st.sampled_from(["complex64", "complex128"]), st.sampled_from(["float32", "float64", "int32", "bool"]), st.data()
)
def test_complex_to_real_keeps_the_real_part_like_numpy(source, target, data):
    a = data.draw(arrays(source, (4,), bound=100))
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", np.exceptions.ComplexWarning)
        expected = a.astype(target)
    # a value that narrows to a subnormal may come back as zero: XLA on CPU flushes subnormals
    atol = float(np.finfo(target).tiny) if target.startswith("float") else 0.0
    assert_same(ivy.astype(to_ivy(a), getattr(ivy, target)), expected, atol=atol)


# -- inside jax.jit ---------------------------------------------------------------------------


def test_functions_trace_into_jax_jit_with_ivy_semantics():
    def program(a, b):
        total = ivy.add(a, b)  # int32 + float32 -> float64 (JAX alone: float32)
        return ivy.floor_divide(total, 2.0).data, ivy.argmax(total).data

    a = ivy.to_native(ivy.asarray([1, 2, 3], dtype=ivy.int32))
    b = ivy.to_native(ivy.asarray([0.5, np.inf, -1.0], dtype=ivy.float32))
    eager = program(a, b)
    with jax.enable_x64(True):
        traced = jax.jit(program)(a, b)
    assert eager[0].dtype == np.float64 and traced[0].dtype == np.float64
    np.testing.assert_array_equal(np.asarray(eager[0]), np.asarray(traced[0]))
    assert int(eager[1]) == int(traced[1]) == 1
    assert jnp.ones(1).dtype == (np.float64 if jax.config.jax_enable_x64 else np.float32)


@pytest.mark.filterwarnings("ignore:Explicitly requested dtype")
def test_functions_trace_in_the_callers_mode_inside_jax_jit_with_64_bit_types_off():
    """JAX's default mode: one XLA program cannot mix 64-bit and 32-bit types, so on tracers every
    kind of hook traces in the caller's mode (64-bit results become 32-bit, with JAX's warning)."""

    def program(a, b):
        total = ivy.add(a, b)  # int32 + float32: float64 per Ivy, float32 in this mode
        return [
            ivy.argmax(total).data,
            ivy.matmul(ivy.reshape(total, (3, 1)), ivy.reshape(total, (1, 3))).data,
            ivy.sin(total).data,
            ivy.concat([total, total]).data,
            ivy.cumulative_sum(a).data,
            ivy.nn.relu(total).data,
        ]

    a = jnp.asarray([1, 2, 3], dtype=jnp.int32)
    b = jnp.asarray([0.5, 4.0, -1.0], dtype=jnp.float32)
    eager = program(a, b)
    with jax.enable_x64(False):
        traced = jax.jit(program)(a, b)
    for got, want in zip(traced, eager, strict=True):
        assert np.dtype(got.dtype).itemsize == min(np.dtype(want.dtype).itemsize, 4)
        np.testing.assert_allclose(np.asarray(got), np.asarray(want), rtol=1e-6)


@given(
    hnp.arrays(
        np.float32,
        hnp.array_shapes(min_dims=2, max_dims=2, max_side=4),
        elements=st.floats(-8, 8, width=32, allow_subnormal=False),
    ),
    st.floats(-4, 4, width=32, allow_subnormal=False),
)
def test_constants_inside_an_outer_jax_jit_compute_as_eagerly(values, scalar):
    """Ivy calls whose operands are all concrete (closed-over constants) inside the user's
    ``jax.jit``: each kind of kernel (unary, binary, by pairs, generic, elementwise with
    statics, nn) must inline into the outer program and give the eager result (no subnormals:
    XLA flushes them to zero, eager host paths do not)."""
    square = values @ values.T  # (n, n): a valid matmul operand with itself
    constant, matrix = jnp.asarray(values), jnp.asarray(square)

    def program():
        return [
            ivy.sin(constant).data,
            ivy.add(constant, constant).data,
            ivy.multiply(constant, scalar).data,
            ivy.matmul(matrix, matrix).data,
            ivy.sum(constant, axis=0).data,
            ivy.clip(constant, -1.0, 1.0).data,
            ivy.where(constant > 0, constant, scalar).data,
            ivy.nn.relu(constant).data,
        ]

    eager = program()
    traced = jax.jit(program)()
    for got, want in zip(traced, eager, strict=True):
        np.testing.assert_allclose(np.asarray(got), np.asarray(want), rtol=1e-6, atol=1e-6)


# -- complex special values ------------------------------------------------------------

SPECIAL = [0.0, -0.0, 1.5, -1.5, math.inf, -math.inf, math.nan]
COMPLEX_FUNCTIONS = ["exp", "expm1", "log", "log1p", "sqrt", "acos", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]


def _component_matches(got: float, want: float) -> bool:
    """Same value, NaN for NaN; the sign of a zero or an infinity may differ where the standard
    leaves it unspecified, so only the signs of finite nonzero values are compared strictly."""
    if math.isnan(want):
        return math.isnan(got)
    if math.isinf(want) or want == 0:
        return abs(got) == abs(want)
    return math.isclose(got, want, rel_tol=1e-12)


def _numpy_complex(name: str, values: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        if name == "expm1":  # NumPy's complex expm1 misses C99's special values; exp(z) - 1 has them
            return np.exp(values) - 1
        numpy_name = {"acos": "arccos", "acosh": "arccosh", "asinh": "arcsinh", "atanh": "arctanh"}.get(name, name)
        return getattr(np, numpy_name)(values)


@pytest.mark.parametrize("name", COMPLEX_FUNCTIONS)
def test_complex_special_values_and_branch_cuts_match_c99(name):
    values = np.asarray([complex(a, b) for a in SPECIAL for b in SPECIAL], dtype=np.complex128)
    expected = _numpy_complex(name, values)
    got = np.asarray(getattr(ivy, name)(ivy.asarray(values)))
    mismatches = [
        (v, g, w)
        for v, g, w in zip(values.tolist(), got.tolist(), expected.tolist(), strict=True)
        if not (_component_matches(g.real, w.real) and _component_matches(g.imag, w.imag))
    ]
    assert not mismatches, mismatches


@given(st.sampled_from(COMPLEX_FUNCTIONS), st.data())
def test_complex_functions_match_numpy_on_finite_inputs(name, data):
    a = data.draw(arrays("complex128", (6,), bound=5))
    expected = np.exp(a) - 1 if name == "expm1" else _numpy_complex(name, a)
    got = np.asarray(getattr(ivy, name)(to_ivy(a)))
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)


@given(st.sampled_from(REAL), st.data())
def test_zero_results_of_floor_divide_and_remainder_are_signed_like_numpy(dtype, data):
    a = data.draw(arrays(dtype, (8,), finite=True))
    b = data.draw(arrays(dtype, (8,), finite=True).filter(lambda v: (v != 0).all()))
    a[:2] = [0.0, -0.0]
    with np.errstate(all="ignore"):
        expected_quotient, expected_remainder = np.floor_divide(a, b), np.remainder(a, b)
    quotient, remainder = (
        np.asarray(ivy.floor_divide(to_ivy(a), to_ivy(b))),
        np.asarray(ivy.remainder(to_ivy(a), to_ivy(b))),
    )
    for got, want in ((quotient, expected_quotient), (remainder, expected_remainder)):
        zeros = want == 0
        np.testing.assert_array_equal(np.signbit(got[zeros]), np.signbit(want[zeros]))


def test_sign_of_either_zero_is_positive_zero():
    result = np.asarray(ivy.sign(ivy.asarray([-0.0, 0.0, -2.0, 3.0])))
    assert result.tolist() == [0.0, 0.0, -1.0, 1.0]
    assert not np.signbit(result[:2]).any()


def test_static_arguments_given_as_nested_lists():
    a, b = ivy.ones((2, 3)), ivy.ones((3, 2))
    assert ivy.tensordot(a, b, axes=([1], [0])).shape == (2, 2)
    assert ivy.tensordot(ivy.ones(3), ivy.ones(3), axes=([], [])).shape == (3, 3)
    assert ivy.permute_dims(a, axes=[1, 0]).shape == (3, 2)
