"""The rest of jax.lax (shape helpers, transposed/patch/local convolutions, integer bit ops, generic
reductions, FFTs, ragged dots, control flow) against real JAX on the same inputs."""

from __future__ import annotations

import hypothesis.extra.numpy as hnp
import jax
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy_frontends.jax as fj
from ivy_frontends.jax import lax as flax

SDN = jax.lax.ScatterDimensionNumbers
NHWC = ("NHWC", "HWIO", "NHWC")


def _tree(x, mine):
    """Real JAX's pytree leaves as NumPy, or the frontend's."""
    return [np.asarray(v) for v in jax.tree.leaves(x)] if not mine else x


#: name -> (case(lax, *arrays), [shapes], dtype choices)
CASES = {
    "conv_transpose-same": (
        lambda L, a, w: L.conv_transpose(a, w, (2, 1), "SAME", dimension_numbers=NHWC),
        [(1, 4, 3, 2), (3, 2, 2, 3)],
    ),
    "conv_transpose-valid-kernel": (
        lambda L, a, w: L.conv_transpose(a, w, (2, 2), "VALID", dimension_numbers=NHWC, transpose_kernel=True),
        [(1, 3, 4, 3), (2, 3, 2, 3)],
    ),
    "conv_transpose-pairs": (
        lambda L, a, w: L.conv_transpose(a, w, (3,), [(1, 2)], dimension_numbers=("NWC", "WIO", "NWC")),
        [(2, 5, 2), (3, 2, 4)],
    ),
    "conv_general_dilated_patches": (
        lambda L, a: L.conv_general_dilated_patches(a, (2, 3), (1, 2), "SAME"),
        [(2, 3, 5, 4)],
    ),
    "conv_general_dilated_local": (
        lambda L, a, w: L.conv_general_dilated_local(a, w, (1, 1), "VALID", (2, 2)),
        [(1, 2, 4, 4), (5, 8, 3, 3)],
    ),
    "reduce-add": (lambda L, a: L.reduce(a, a.dtype.type(1), L.add, (0, 2)), [(2, 3, 4)]),
    "reduce-max": (lambda L, a: L.reduce(a, a.dtype.type(-np.inf), L.max, (1,)), [(2, 3, 4)]),
    "reduce-fold": (lambda L, a: L.reduce(a, a.dtype.type(0), lambda u, v: u * 0.5 + v, (1,)), [(3, 4)]),
    "reduce-pair": (
        lambda L, a, b: L.reduce(
            (a, b), (a.dtype.type(0), b.dtype.type(1)), lambda u, v: (u[0] + v[0], u[1] * v[1]), (0,)
        ),
        [(3, 2), (3, 2)],
    ),
    "reduce_precision-half": (lambda L, a: L.reduce_precision(a * 1000, 5, 10), [(5,)]),
    "reduce_precision-bf16": (lambda L, a: L.reduce_precision(a, 8, 7), [(5,)]),
    "reduce_precision-e4m3": (lambda L, a: L.reduce_precision(a * 300, 4, 3), [(6,)]),
    "reduce_precision-e5m2-tiny": (lambda L, a: L.reduce_precision(a * 1e-5, 5, 2), [(6,)]),
    "approx_max_k": (lambda L, a: L.approx_max_k(a, 2, reduction_dimension=0), [(4, 3)]),
    "approx_min_k": (lambda L, a: L.approx_min_k(a, 3), [(2, 5)]),
    "fft-fft": (lambda L, a: L.fft(a.astype("complex64"), L.FftType.FFT, (4,)), [(3, 4)]),
    "fft-ifft": (lambda L, a: L.fft(a.astype("complex64"), "IFFT", (3, 4)), [(3, 4)]),
    "fft-rfft": (lambda L, a: L.fft(a, L.FftType.RFFT, (3, 4)), [(2, 3, 4)]),
    "fft-irfft": (lambda L, a: L.fft(a.astype("complex64"), L.FftType.IRFFT, (6,)), [(2, 4)]),
    "ragged_dot": (
        lambda L, a, b: L.ragged_dot(a, b, np.array([2, 0, 3], "int32")),
        [(6, 3), (3, 3, 2)],
    ),
    "index_take": (lambda L, a: L.index_take(a, np.array([[0, 1, 4], [2, 5, -1]], "int32"), (0, 2)), [(3, 2, 4)]),
    "dynamic_update_index_in_dim": (lambda L, a, u: L.dynamic_update_index_in_dim(a, u, 1, 0), [(3, 4), (4,)]),
    "broadcast_to_rank": (lambda L, a: L.broadcast_to_rank(a, 3), [(4,)]),
    "scatter_apply": (
        lambda L, a: L.scatter_apply(
            a,
            np.array([[1], [3]], "int32"),
            lambda v: v * 2,
            SDN(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,)),
            update_shape=(2,),
        ),
        [(5,)],
    ),
    "empty": (lambda L, a: L.empty((2, 3), a.dtype).shape, [(1,)]),
    "stage-barrier": (lambda L, a: L.optimization_barrier((L.stage(a), a)), [(3,)]),
    "platform_dependent": (lambda L, a: L.platform_dependent(a, cpu=lambda v: v * 2, default=lambda v: v), [(3,)]),
    "custom_linear_solve": (
        lambda L, a: L.custom_linear_solve(lambda v: 2 * v, a, lambda mv, b: b / 2),
        [(3,)],
    ),
    "custom_root": (
        lambda L, a: L.custom_root(lambda v: v - a, a * 0, lambda f, x0: x0 - f(x0), lambda g, y: y),
        [(3,)],
    ),
    "cond": (lambda L, a: L.cond(a.sum() > 0, lambda v: v * 2, lambda v: v - 1, a), [(4,)]),
    "switch": (lambda L, a: L.switch(7, [lambda v: v * 2, lambda v: v - 1, lambda v: v + 3], a), [(4,)]),
    "while_loop": (lambda L, a: L.while_loop(lambda c: c[0] < 5, lambda c: (c[0] + 1, c[1] * 1.5), (0, a)), [(3,)]),
    "fori_loop": (lambda L, a: L.fori_loop(0, 4, lambda i, c: c + i, a), [(3,)]),
    "scan": (lambda L, a: L.scan(lambda c, v: (c + v, (c * v, v)), a[0], a), [(4, 3)]),
    "scan-reverse-length": (lambda L, a: L.scan(lambda c, v: (c * 2, c), a, None, length=3, reverse=True), [(2,)]),
    "map": (lambda L, a: L.map(lambda v: (v.sum(), v * 2), a), [(3, 2)]),
    "associative_scan": (
        lambda L, a: L.associative_scan(lambda p, q: (p[0] + q[0], p[1] * q[1]), (a, a), reverse=True, axis=1),
        [(2, 4)],
    ),
}
INT_CASES = {
    "population_count": lambda L, a: L.population_count(a),
    "clz": lambda L, a: L.clz(a),
    "mulhi": lambda L, a: L.mulhi(a, a[::-1]),
}
SHAPE_CASES = {
    "conv_general_permutations": lambda L: L.conv_general_permutations(("NHWC", "HWIO", "NCHW")),
    "conv_general_shape_tuple": lambda L: L.conv_general_shape_tuple((2, 7, 6, 3), (3, 3, 3, 4), (2, 1), "SAME", NHWC),
    "conv_transpose_shape_tuple": lambda L: L.conv_transpose_shape_tuple(
        (2, 7, 6, 3), (3, 2, 3, 4), (2, 3), "VALID", NHWC
    ),
    "conv_shape_tuple": lambda L: L.conv_shape_tuple((2, 3, 7, 6), (4, 3, 3, 2), (2, 1), [(1, 0), (0, 2)]),
    "reduce_window_shape_tuple": lambda L: L.reduce_window_shape_tuple(
        (5, 6), (2, 3), (1, 2), [(1, 0), (0, 1)], (2, 1)
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=3)
@given(data=st.data())
def test_lax_more(name, data):
    case, shapes = CASES[name]
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    arrays = [data.draw(hnp.arrays(dtype, s, elements=st.floats(-3, 3, width=32))) for s in shapes]
    ref = case(jax.lax, *[jax.numpy.asarray(a) for a in arrays])
    mine = case(flax, *[fj.numpy.asarray(a) for a in arrays])
    flat_ref = jax.tree.leaves(ref)
    flat_mine = jax.tree.leaves(mine, is_leaf=lambda v: isinstance(v, fj.Array))
    assert len(flat_ref) == len(flat_mine)
    for m, r in zip(flat_mine, flat_ref, strict=True):
        assert_same(m, r, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("name", sorted(INT_CASES))
@pytest.mark.parametrize("dtype", ["int8", "uint8", "int32", "uint32"])
def test_lax_integer_bits(name, dtype):
    info = np.iinfo(dtype)
    a = np.array([0, 1, 5, info.max, info.min, info.max // 3, 7], dtype)
    assert_same(INT_CASES[name](flax, fj.numpy.asarray(a)), INT_CASES[name](jax.lax, jax.numpy.asarray(a)))


@pytest.mark.parametrize("name", sorted(SHAPE_CASES))
def test_lax_shape_helpers(name):
    assert tuple(int(v) if not isinstance(v, tuple) else v for v in SHAPE_CASES[name](jax.lax)) == tuple(
        SHAPE_CASES[name](flax)
    )


def test_lax_errors_and_rng():
    with pytest.raises(ValueError):
        flax.switch(0, [], 1.0)
    with pytest.raises(ValueError, match="reduce_precision"):
        flax.reduce_precision(fj.numpy.ones(2), 0, 3)
    key = fj.numpy.asarray(np.array([1, 2, 3, 4], "uint32"))
    new, bits = flax.rng_bit_generator(key, (3, 2), dtype="uint8")
    ref_new, ref_bits = jax.lax.rng_bit_generator(jax.numpy.asarray(np.asarray(key)), (3, 2), dtype="uint8")
    assert (new.shape, str(new.dtype), bits.shape, str(bits.dtype)) == (
        ref_new.shape,
        str(ref_new.dtype),
        ref_bits.shape,
        str(ref_bits.dtype),
    )
    assert flax.rng_bit_generator(key, (4,))[1].tolist() == flax.rng_bit_generator(key, (4,))[1].tolist()
