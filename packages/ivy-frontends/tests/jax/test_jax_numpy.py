"""jax.numpy: elementwise tables with JAX's promotion, reductions, manipulation, ``.at`` updates."""

from __future__ import annotations

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st

from ivy_frontends.jax import numpy as fjnp
from ivy_frontends.jax.numpy import _ufuncs

FLOATS = st.sampled_from(["float32", "float64"])
SHAPES = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)


def _floats(dtype, shape, lo=-5.0, hi=5.0):
    elements = st.floats(lo, hi, allow_subnormal=False)
    # XLA flushes subnormals to zero: keep inputs clear of them
    return hnp.arrays("float64", shape, elements=elements).map(lambda a: np.where(abs(a) < 1e-30, 0, a).astype(dtype))


#: unary functions and the input range they are defined on
UNARY_DOMAIN = {
    "sqrt": (0.0, 9.0),
    "log": (0.1, 9.0),
    "log1p": (0.0, 9.0),
    "log2": (0.1, 9.0),
    "log10": (0.1, 9.0),
    "arcsin": (-0.99, 0.99),
    "arccos": (-0.99, 0.99),
    "asin": (-0.99, 0.99),
    "acos": (-0.99, 0.99),
    "arctanh": (-0.9, 0.9),
    "atanh": (-0.9, 0.9),
    "arccosh": (1.0, 9.0),
    "acosh": (1.0, 9.0),
    "reciprocal": (0.5, 9.0),
}
UNARY_FLOAT = sorted(
    n for n, (_, rule) in _ufuncs.UNARY.items() if n not in {"bitwise_not", "bitwise_invert", "invert"}
)


@pytest.mark.parametrize("name", UNARY_FLOAT)
@given(data=st.data())
def test_unary(name, data):
    dtype = data.draw(FLOATS)
    lo, hi = UNARY_DOMAIN.get(name, (-3.0, 3.0))
    x = data.draw(_floats(dtype, data.draw(SHAPES), lo, hi))
    run_both(lambda ns, a: getattr(ns, name)(a), x)


@pytest.mark.parametrize("name", ["sqrt", "exp", "abs", "square", "sign", "floor", "negative", "isnan", "sin"])
@pytest.mark.parametrize("dtype", ["int8", "int32", "int64", "uint8"])
def test_unary_integer_dtypes(name, dtype):
    x = np.arange(6).astype(dtype)
    run_both(lambda ns, a: getattr(ns, name)(a), x)


BINARY = sorted(n for n in _ufuncs.BINARY if not any(k in n for k in ("shift", "bitwise", "nextafter", "ldexp")))


@pytest.mark.parametrize("name", BINARY)
@given(data=st.data())
def test_binary(name, data):
    dtype = data.draw(FLOATS)
    shape = data.draw(SHAPES)
    lo = (
        0.5
        if name in ("power", "pow", "float_power", "floor_divide", "remainder", "mod", "fmod", "divide", "true_divide")
        else -4.0
    )
    x = data.draw(_floats(dtype, shape, lo, 4.0))
    y = data.draw(_floats(dtype, shape[-1:], lo, 4.0))
    run_both(lambda ns, a, b: getattr(ns, name)(a, b), x, y)


@pytest.mark.parametrize(
    "name", ["left_shift", "right_shift", "bitwise_and", "bitwise_or", "bitwise_xor", "floor_divide", "remainder"]
)
def test_binary_integers(name):
    x = np.array([1, 7, 12, 33, -8], dtype="int32")
    y = np.array([1, 2, 3, 4, 3], dtype="int32")
    run_both(lambda ns, a, b: getattr(ns, name)(a, b), x, y)


PROMOTION = [
    ("int32", "float32"),
    ("int8", "uint8"),
    ("uint32", "int32"),
    ("int64", "uint64"),
    ("float16", "int64"),
    ("bool", "int16"),
    ("float32", "complex64"),
    ("float32", "float64"),
]


@pytest.mark.parametrize("a,b", PROMOTION)
def test_promotion_between_arrays(a, b):
    run_both(lambda ns, x, y: ns.add(x, y), np.ones(3, a), np.ones(3, b))
    assert str(fjnp.promote_types(a, b)) == str(__import__("jax").numpy.promote_types(a, b))


@pytest.mark.parametrize("dtype", ["int32", "uint8", "float16", "float32", "bool"])
@pytest.mark.parametrize("scalar", [2, 1.5, 1j])
def test_weak_python_scalars(dtype, scalar):
    if dtype == "bool" and isinstance(scalar, int):
        scalar = True
    run_both(lambda ns, x: x * scalar, np.ones(3, dtype))
    run_both(lambda ns, x: scalar + x, np.ones(3, dtype))


REDUCTIONS = {
    "sum": lambda ns, x: ns.sum(x, axis=0),
    "prod": lambda ns, x: ns.prod(x, axis=-1, keepdims=True),
    "mean": lambda ns, x: ns.mean(x),
    "var": lambda ns, x: ns.var(x, axis=0),
    "std": lambda ns, x: ns.std(x, axis=-1, ddof=1) if x.shape[-1] > 1 else ns.std(x),
    "max": lambda ns, x: ns.max(x, axis=0),
    "min": lambda ns, x: ns.min(x),
    "argmax": lambda ns, x: ns.argmax(x, axis=-1),
    "argmin": lambda ns, x: ns.argmin(x, axis=0),
    "cumsum": lambda ns, x: ns.cumsum(x, axis=0),
    "cumprod": lambda ns, x: ns.cumprod(x, axis=-1),
    "median": lambda ns, x: ns.median(x, axis=0),
    "logsumexp-like": lambda ns, x: ns.log(ns.sum(ns.exp(x), axis=-1)),
    "any": lambda ns, x: ns.any(x > 0, axis=0),
    "all": lambda ns, x: ns.all(x > -1),
    "count_nonzero": lambda ns, x: ns.count_nonzero(x > 0, axis=0),
    "nanmean": lambda ns, x: ns.nanmean(x, axis=0),
}


@pytest.mark.parametrize("name", sorted(REDUCTIONS))
@given(data=st.data())
def test_reductions(name, data):
    x = data.draw(_floats(data.draw(FLOATS), data.draw(SHAPES), -2.0, 2.0))
    run_both(REDUCTIONS[name], x)


@pytest.mark.parametrize("dtype", ["int32", "uint8", "bool", "int8"])
@pytest.mark.parametrize("name", ["sum", "mean", "cumsum", "prod", "cumprod", "var"])
def test_reduction_dtypes(name, dtype):
    x = (np.arange(6).reshape(2, 3) % 3).astype(dtype)
    run_both(lambda ns, a: getattr(ns, name)(a, axis=0) if name not in ("mean", "var") else getattr(ns, name)(a), x)


MANIPULATION = {
    "reshape": lambda ns, x: ns.reshape(x, (-1,)),
    "transpose": lambda ns, x: ns.transpose(x),
    "concatenate": lambda ns, x: ns.concatenate([x, x * 2], axis=0),
    "concatenate-mixed": lambda ns, x: ns.concatenate([x, ns.ones(x.shape, "int32")], axis=-1),
    "stack": lambda ns, x: ns.stack([x, x], axis=1),
    "expand_dims": lambda ns, x: ns.expand_dims(x, 0),
    "flip": lambda ns, x: ns.flip(x, axis=0),
    "roll": lambda ns, x: ns.roll(x, 1, axis=0),
    "tile": lambda ns, x: ns.tile(x, 2),
    "repeat": lambda ns, x: ns.repeat(x, 2, axis=0),
    "where": lambda ns, x: ns.where(x > 0, x, 0),
    "clip": lambda ns, x: ns.clip(x, -1, 1),
    "sort": lambda ns, x: ns.sort(x, axis=-1),
    "argsort": lambda ns, x: ns.argsort(x, axis=0, stable=True),
    "take": lambda ns, x: ns.take(x, ns.array([0, 0]), axis=0),
    "take_along_axis": lambda ns, x: ns.take_along_axis(x, ns.argsort(x, axis=-1), axis=-1),
    "pad": lambda ns, x: ns.pad(x, 1),
    "pad-reflect": lambda ns, x: ns.pad(x, 2, mode="reflect") if min(x.shape) > 2 else ns.pad(x, 1),
    "swapaxes": lambda ns, x: ns.swapaxes(x, 0, -1),
    "moveaxis": lambda ns, x: ns.moveaxis(x, 0, -1),
    "diff": lambda ns, x: ns.diff(x, axis=0),
    "tril": lambda ns, x: ns.tril(ns.reshape(x, (x.shape[0], -1))),
    "outer": lambda ns, x: ns.outer(x, x),
    "matmul": lambda ns, x: ns.matmul(ns.reshape(x, (x.shape[0], -1)), ns.reshape(x, (x.shape[0], -1)).T),
    "einsum": lambda ns, x: ns.einsum("i...,i...->...", x, x),
    "getitem": lambda ns, x: x[0, ...][None],
    "getitem-array": lambda ns, x: x[ns.array([0, -1])],
    "getitem-bool": lambda ns, x: x[x > 0],
    "linspace": lambda ns, x: ns.linspace(0.0, 1.0, 5),
    "arange": lambda ns, x: ns.arange(2, 11, 3),
    "eye": lambda ns, x: ns.eye(3, k=1, dtype="float32"),
    "zeros_like": lambda ns, x: ns.zeros_like(x),
    "full": lambda ns, x: ns.full((2, 2), 1.5),
}


@pytest.mark.parametrize("name", sorted(MANIPULATION))
@given(data=st.data())
def test_manipulation(name, data):
    x = data.draw(_floats(data.draw(FLOATS), data.draw(SHAPES), -3.0, 3.0))
    run_both(MANIPULATION[name], x)


AT = {
    "set": lambda x: x.at[0].set(9.0),
    "add-repeated": lambda x: x.at[np.array([0, 0, -1])].add(1.0),
    "multiply-repeated": lambda x: x.at[np.array([1, 1])].multiply(3.0),
    "min": lambda x: x.at[np.array([0, 1, 0])].min(-1.0),
    "max": lambda x: x.at[1:].max(0.5),
    "get": lambda x: x.at[::2].get(),
    "subtract": lambda x: x.at[..., 0].subtract(2.0),
    "divide": lambda x: x.at[0].divide(4.0),
}


@pytest.mark.parametrize("name", sorted(AT))
@given(data=st.data())
def test_at_updates(name, data):
    shape = data.draw(hnp.array_shapes(min_dims=1, max_dims=3, min_side=2, max_side=4))
    x = data.draw(_floats(data.draw(FLOATS), shape, -3.0, 3.0))
    run_both(lambda ns, a: AT[name](a), x)


def test_arrays_are_immutable():
    x = fjnp.ones(3)
    with pytest.raises(TypeError, match="immutable"):
        x[0] = 2.0
    y = x.at[0].set(5.0)
    assert x.tolist() == [1.0, 1.0, 1.0] and y.tolist() == [5.0, 1.0, 1.0]


LINALG_FFT = {
    "inv": lambda ns, x: ns.linalg.inv(x),
    "det": lambda ns, x: ns.linalg.det(x),
    "solve": lambda ns, x: ns.linalg.solve(x, ns.ones(x.shape[-1], x.dtype)),
    "norm": lambda ns, x: ns.linalg.norm(x),
    "fft": lambda ns, x: ns.fft.fft(x),
    "rfft": lambda ns, x: ns.fft.rfft(x, axis=0),
    "ifft2": lambda ns, x: ns.fft.ifft2(x),
}


@pytest.mark.parametrize("name", sorted(LINALG_FFT))
@given(data=st.data())
def test_linalg_fft(name, data):
    n = data.draw(st.integers(2, 4))
    x = data.draw(_floats("float64", (n, n), -2.0, 2.0)) + 4 * np.eye(n)
    run_both(LINALG_FFT[name], x, rtol=1e-8, atol=1e-8)


def test_array_methods_and_operators():
    x = np.arange(6.0).reshape(2, 3)
    run_both(lambda ns, a: (a.sum(axis=1), a.T @ a, -a, a**2, 2 - a, a // 2, a % 2, a.reshape(3, 2), a.mean()), x)
