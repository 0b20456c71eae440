"""jax.lax primitives with their dimension numbers, jax.nn, and jax.random's key handling."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given
from hypothesis import strategies as st

import ivy_frontends.jax as fj
from ivy_frontends.jax import lax as flax
from ivy_frontends.jax import nn as fnn
from ivy_frontends.jax import random as frandom

RNG = np.random.default_rng(0)


def both(*arrays):
    return [jnp.asarray(a) for a in arrays], [fj.numpy.asarray(np.asarray(a)) for a in arrays]


def _x(*shape, dtype="float32"):
    return RNG.standard_normal(shape).astype(dtype)


GDN = jax.lax.GatherDimensionNumbers
SDN = jax.lax.ScatterDimensionNumbers

LAX = {
    "dot_general-batch": (
        lambda L, a, b: L.dot_general(a, b, (((2,), (1,)), ((0,), (0,)))),
        [_x(2, 3, 4), _x(2, 4, 5)],
    ),
    "dot_general-preferred": (
        lambda L, a, b: L.dot_general(a, b, (((1,), (0,)), ((), ())), preferred_element_type=jnp.float64),
        [_x(3, 4), _x(4, 2)],
    ),
    "conv-nhwc-same-stride": (
        lambda L, a, w: L.conv_general_dilated(a, w, (2, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")),
        [_x(2, 7, 6, 3), _x(3, 3, 3, 4)],
    ),
    "conv-dilated-groups": (
        lambda L, a, w: L.conv_general_dilated(
            a, w, (1, 1), [(1, 2), (0, 1)], lhs_dilation=(1, 2), rhs_dilation=(2, 1), feature_group_count=2
        ),
        [_x(1, 4, 6, 5), _x(6, 2, 2, 3)],
    ),
    "conv-1d": (lambda L, a, w: L.conv(a, w, (1,), "VALID"), [_x(2, 3, 9), _x(4, 3, 3)]),
    "reduce_window-max": (
        lambda L, a: L.reduce_window(a, -jnp.inf, L.max, (1, 2, 2, 1), (1, 2, 2, 1), "SAME"),
        [_x(2, 5, 5, 3)],
    ),
    "reduce_window-sum-dilated": (
        lambda L, a: L.reduce_window(a, 0.0, L.add, (2, 2), (1, 1), [(1, 0), (0, 1)], window_dilation=(1, 2)),
        [_x(5, 6)],
    ),
    "pad-interior-negative": (lambda L, a: L.pad(a, np.float32(0.5), [(1, -1, 2), (-1, 2, 0)]), [_x(3, 4)]),
    "slice-strided": (lambda L, a: L.slice(a, (0, 1), (3, 4), (2, 2)), [_x(3, 4)]),
    "dynamic_slice-clamped": (lambda L, a: L.dynamic_slice(a, (2, 3), (2, 2)), [_x(3, 4)]),
    "dynamic_update_slice": (lambda L, a, u: L.dynamic_update_slice(a, u, (1, 5)), [_x(3, 4), _x(2, 2)]),
    "broadcast_in_dim": (lambda L, a: L.broadcast_in_dim(a, (2, 3, 4), (1, 2)), [_x(3, 1)]),
    "reshape-dimensions": (lambda L, a: L.reshape(a, (4, 3), dimensions=(1, 0)), [_x(3, 4)]),
    "transpose": (lambda L, a: L.transpose(a, (2, 0, 1)), [_x(2, 3, 4)]),
    "squeeze-expand": (lambda L, a: L.expand_dims(L.squeeze(a, (1,)), (0, 2)), [_x(3, 1, 4)]),
    "concatenate": (lambda L, a, b: L.concatenate([a, b, a], 1), [_x(2, 3), _x(2, 1)]),
    "rev": (lambda L, a: L.rev(a, (0, 1)), [_x(2, 3)]),
    "iota": (lambda L, a: L.broadcasted_iota(jnp.int32, (2, 3), 1) + L.iota(jnp.int32, 3), [_x(1)]),
    "convert_element_type": (lambda L, a: L.convert_element_type(a * 3, jnp.int32), [_x(5)]),
    "reduce_max": (lambda L, a: L.reduce_max(a, (0, 2)), [_x(2, 3, 4)]),
    "reduce_sum": (lambda L, a: L.reduce_sum(a, (1,)), [_x(2, 3, 4)]),
    "reduce_prod": (lambda L, a: L.reduce_prod(a, (0,)), [_x(2, 3)]),
    "argmax": (lambda L, a: L.argmax(a, 1, jnp.int32), [_x(3, 4)]),
    "argmin": (lambda L, a: L.argmin(a, 0, jnp.int64), [_x(3, 4)]),
    "cumsum-reverse": (lambda L, a: L.cumsum(a, 1, reverse=True), [_x(3, 5)]),
    "cummax": (lambda L, a: L.cummax(a, 0), [_x(6, 2)]),
    "cummin-reverse": (lambda L, a: L.cummin(a, 0, reverse=True), [_x(6, 2)]),
    "cumlogsumexp": (lambda L, a: L.cumlogsumexp(a, 1), [_x(2, 7)]),
    "cumprod": (lambda L, a: L.cumprod(a, 0), [_x(4, 3)]),
    "sort-multi": (lambda L, a, b: L.sort((a, b), dimension=0, num_keys=1), [np.array([3.0, 1, 2, 1]), _x(4)]),
    "top_k": (lambda L, a: L.top_k(a, 2), [_x(3, 5)]),
    "select_n": (lambda L, a, b: L.select_n(a > 0, a, b), [_x(5), _x(5)]),
    "clamp": (lambda L, a: L.clamp(np.float32(-0.5), a, np.float32(0.5)), [_x(6)]),
    "integer_pow": (lambda L, a: L.integer_pow(a, 3) + L.integer_pow(a + 4, -2), [_x(5)]),
    "div-rem-int": (
        lambda L, a, b: (L.div(a, b), L.rem(a, b)),
        [np.array([7, -7, 7, -7], "int32"), np.array([2, 2, -2, -2], "int32")],
    ),
    "round-methods": (
        lambda L, a: (L.round(a, 0), L.round(a, 1)),
        [np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.4], "float32")],
    ),
    "elementwise": (
        lambda L, a: (L.exp(a), L.logistic(a), L.rsqrt(a * a + 1), L.erf(a), L.erf_inv(a / 5), L.tanh(a), L.sign(a)),
        [_x(6)],
    ),
    "binary": (
        lambda L, a, b: (
            L.add(a, b),
            L.sub(a, b),
            L.mul(a, b),
            L.max(a, b),
            L.min(a, b),
            L.pow(L.abs(a), b),
            L.ge(a, b),
        ),
        [_x(5), _x(5)],
    ),
    "gather-rows": (
        lambda L, a, i: L.gather(
            a, i, GDN(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,)), (1, 4), mode="clip"
        ),
        [_x(5, 4), np.array([[0], [4], [2], [9]], "int32")],
    ),
    "gather-windows": (
        lambda L, a, i: L.gather(
            a, i, GDN(offset_dims=(1, 2), collapsed_slice_dims=(), start_index_map=(0, 1)), (2, 2), mode="clip"
        ),
        [_x(4, 5), np.array([[0, 0], [2, 3], [3, 4]], "int32")],
    ),
    "scatter_add-repeated": (
        lambda L, a, i, u: L.scatter_add(
            a, i, u, SDN(update_window_dims=(1,), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,))
        ),
        [_x(4, 3), np.array([[1], [1], [3]], "int32"), _x(3, 3)],
    ),
    "scatter-drop": (
        lambda L, a, i, u: L.scatter(
            a,
            i,
            u,
            SDN(update_window_dims=(), inserted_window_dims=(0, 1), scatter_dims_to_operand_dims=(0, 1)),
            mode=jax.lax.GatherScatterMode.FILL_OR_DROP,
        ),
        [_x(3, 3), np.array([[0, 1], [2, 2], [5, 0]], "int32"), _x(3)],
    ),
}


@pytest.mark.parametrize("name", sorted(LAX))
def test_lax(name):
    case, arrays = LAX[name]
    ref_in, my_in = both(*arrays)
    ref = case(jax.lax, *ref_in)
    mine = case(flax, *my_in)
    assert_same(mine, ref, rtol=2e-5, atol=2e-5)


NN = {
    "relu": lambda nn, x: nn.relu(x),
    "gelu-tanh": lambda nn, x: nn.gelu(x),
    "gelu-exact": lambda nn, x: nn.gelu(x, approximate=False),
    "silu": lambda nn, x: nn.silu(x),
    "sigmoid": lambda nn, x: nn.sigmoid(x),
    "softplus": lambda nn, x: nn.softplus(x),
    "elu": lambda nn, x: nn.elu(x, 0.5),
    "leaky_relu": lambda nn, x: nn.leaky_relu(x, 0.2),
    "selu": lambda nn, x: nn.selu(x),
    "celu": lambda nn, x: nn.celu(x),
    "log_sigmoid": lambda nn, x: nn.log_sigmoid(x),
    "hard_tanh": lambda nn, x: nn.hard_tanh(x),
    "mish": lambda nn, x: nn.mish(x),
    "glu": lambda nn, x: nn.glu(x, axis=0),
    "softmax": lambda nn, x: nn.softmax(x, axis=-1),
    "softmax-where": lambda nn, x: nn.softmax(x, where=x > -1.0),
    "log_softmax": lambda nn, x: nn.log_softmax(x, axis=0),
    "logsumexp": lambda nn, x: nn.logsumexp(x, axis=1, keepdims=True),
    "standardize": lambda nn, x: nn.standardize(x, axis=-1),
    "one_hot": lambda nn, x: nn.one_hot(jnp.asarray([0, 2, 5]) if nn is jax.nn else fj.numpy.asarray([0, 2, 5]), 4),
}


@pytest.mark.parametrize("name", sorted(NN))
@given(data=st.data())
def test_nn(name, data):
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    x = np.asarray(data.draw(st.lists(st.floats(-4, 4), min_size=8, max_size=8))).reshape(2, 4).astype(dtype)
    ref_in, my_in = both(x)
    assert_same(NN[name](fnn, *my_in), NN[name](jax.nn, *ref_in), rtol=1e-5, atol=1e-5)


def test_dot_product_attention():
    q, k, v = _x(2, 5, 4, 8), _x(2, 6, 2, 8), _x(2, 6, 2, 8)
    mask = RNG.random((2, 4, 5, 6)) > 0.3
    ref_in, my_in = both(q, k, v, mask)
    ref = jax.nn.dot_product_attention(*ref_in[:3], mask=ref_in[3])
    assert_same(fnn.dot_product_attention(*my_in[:3], mask=my_in[3]), ref, rtol=1e-5, atol=1e-5)
    ref_in, my_in = both(q, k[:, :5], v[:, :5])
    ref = jax.nn.dot_product_attention(*ref_in, is_causal=True, scale=0.3)
    assert_same(fnn.dot_product_attention(*my_in, is_causal=True, scale=0.3), ref, rtol=1e-5, atol=1e-5)


def test_random_keys_are_reproducible_and_independent():
    key = frandom.PRNGKey(42)
    assert key.shape == (2,) and str(key.dtype) == "uint32"
    a, b = frandom.split(key)
    assert frandom.split(key).tolist() == frandom.split(key).tolist()
    assert frandom.normal(a, (4,)).tolist() == frandom.normal(a, (4,)).tolist()
    assert frandom.normal(a, (4,)).tolist() != frandom.normal(b, (4,)).tolist()
    assert frandom.fold_in(key, 1).tolist() != frandom.fold_in(key, 2).tolist()
    assert frandom.split(key, 5).shape == (5, 2)


def test_random_distributions():
    key = frandom.PRNGKey(0)
    n = frandom.normal(key, (4000,), "float32").numpy()
    assert abs(n.mean()) < 0.1 and abs(n.std() - 1) < 0.1 and n.dtype == np.float32
    u = frandom.uniform(key, (4000,), minval=2.0, maxval=3.0).numpy()
    assert u.min() >= 2.0 and u.max() < 3.0 and abs(u.mean() - 2.5) < 0.05
    b = frandom.bernoulli(key, 0.3, (4000,)).numpy()
    assert b.dtype == bool and abs(b.mean() - 0.3) < 0.05
    r = frandom.randint(key, (1000,), 3, 7).numpy()
    assert set(np.unique(r)) == {3, 4, 5, 6}
    c = frandom.categorical(key, fj.numpy.log(fj.numpy.asarray([0.1, 0.0001, 0.9])), shape=(2000,)).numpy()
    assert abs((c == 2).mean() - 0.9) < 0.05 and (c == 1).mean() < 0.01
    p = frandom.permutation(key, 10).numpy()
    assert sorted(p.tolist()) == list(range(10))
    keep = frandom.bernoulli(frandom.fold_in(key, 7), 0.8, (3, 5))  # dropout-style mask
    x = fj.numpy.ones((3, 5))
    dropped = fj.numpy.where(keep, x / 0.8, 0)
    assert dropped.shape == (3, 5) and set(np.unique(dropped.numpy()).round(4)) <= {0.0, 1.25}
