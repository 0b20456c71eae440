"""The same programs give the same results on every installed backend.

Each program is written once against ``ivy`` and run under every installed
backend; the numpy backend's result is the reference (it is itself checked
against the standard by the conformance kit). Dtypes must match exactly,
values within a tolerance that fits the dtype and the operation.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import ivy

BACKENDS = [name for name in ivy.available_backends() if name in ("numpy", "torch", "jax", "tensorflow", "paddle")]
OTHERS = [name for name in BACKENDS if name != "numpy"]
RNG = np.random.default_rng(20261121)

PROGRAMS: dict[str, Callable] = {}


def program(function: Callable) -> Callable:
    PROGRAMS[function.__name__] = function
    return function


def _data(shape, dtype="float64", low=-3.0, high=3.0):
    return RNG.uniform(low, high, size=shape).astype(dtype)


MATRIX = _data((3, 4, 4))
SPD = MATRIX @ np.swapaxes(MATRIX, -1, -2) + 4 * np.eye(4)
VECTOR = _data((4, 6))
INTS = RNG.integers(-20, 20, size=(5, 4))
REPEATS = RNG.integers(0, 4, size=(12,))


@program
def elementwise_chain(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    return ivy.exp(ivy.sin(x) * 2 + 1) / (1 + ivy.abs(x)) - ivy.sqrt(ivy.square(x) + 1) * ivy.tanh(x)


@program
def comparisons_and_where(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    return ivy.where(x > 0, ivy.log1p(ivy.abs(x)), ivy.maximum(x, -1.0)), ivy.logical_and(x > -1, x < 1)


@program
def reductions(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    return (
        ivy.sum(x), ivy.mean(x, axis=0), ivy.std(x, axis=1, correction=1), ivy.var(x, keepdims=True),
        ivy.max(x, axis=-1), ivy.min(x, axis=(0, 1)), ivy.prod(x[:, :3], axis=1),
        ivy.cumulative_sum(x, axis=1), ivy.argmax(x, axis=0), ivy.any(x > 2.5), ivy.all(x > -3.5),
    )  # fmt: skip


@program
def indexing(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    y = ivy.asarray(VECTOR.astype(dtype))
    y[0, :] = 7.0
    y[ivy.asarray(VECTOR > 2)] = -1.0
    y[:, 1] = x[:, 2]
    return x[1:, ::2], x[..., -1], x[ivy.asarray(VECTOR > 0)], ivy.take(x, ivy.asarray([3, 0, 3]), axis=1), y


@program
def manipulation(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    return (
        ivy.reshape(x, (6, 4)), ivy.permute_dims(x, (1, 0)), ivy.concat([x, x], axis=1), ivy.stack([x, x]),
        ivy.flip(x, axis=0), ivy.roll(x, 2, axis=1), ivy.expand_dims(x, axis=1), ivy.tile(x, (2, 1)),
        ivy.repeat(ivy.reshape(x, (-1,))[:12], ivy.asarray(REPEATS)), ivy.broadcast_to(x[0], (3, 6)),
    )  # fmt: skip


@program
def linear_algebra(dtype):
    a, spd = ivy.asarray(MATRIX.astype(dtype)), ivy.asarray(SPD.astype(dtype))
    b = ivy.asarray(VECTOR[:, :1].astype(dtype))
    q, r = ivy.linalg.qr(a)
    return (
        a @ a, ivy.linalg.inv(spd), ivy.linalg.det(a), ivy.linalg.cholesky(spd), ivy.linalg.svdvals(a),
        q @ r, ivy.linalg.eigvalsh(spd), ivy.linalg.solve(spd, ivy.broadcast_to(b, (3, 4, 1))),
        ivy.linalg.matrix_norm(a), ivy.linalg.vector_norm(a, axis=-1, ord=1), ivy.vecdot(a, a),
        ivy.tensordot(a, ivy.permute_dims(a, (1, 2, 0)), axes=2), ivy.linalg.slogdet(spd).logabsdet,
    )  # fmt: skip


@program
def fourier(dtype):
    x = ivy.asarray(VECTOR.astype(dtype))
    spectrum = ivy.fft.rfft(x)
    return (
        ivy.fft.fft(ivy.astype(x, ivy.complex128 if dtype == "float64" else ivy.complex64)), spectrum,
        ivy.fft.irfft(spectrum, n=6), ivy.fft.fftn(ivy.astype(x, ivy.complex128), axes=(0, 1)),
        ivy.fft.fftshift(x), ivy.fft.rfftfreq(6),
    )  # fmt: skip


@program
def sorting_and_sets(dtype):
    x = ivy.asarray(np.round(VECTOR).astype(dtype))
    unique = ivy.unique_counts(ivy.reshape(x, (-1,)))
    order = ivy.argsort(unique.values)
    return (
        ivy.sort(x, axis=1), ivy.argsort(x, axis=0, stable=True), ivy.sort(x, descending=True),
        ivy.take(unique.values, order), ivy.take(unique.counts, order),
        ivy.searchsorted(ivy.sort(ivy.reshape(x, (-1,))), ivy.asarray([-1.0, 0.0, 2.5], dtype=getattr(ivy, dtype))),
    )  # fmt: skip


@program
def integer_semantics(dtype):
    x = ivy.asarray(INTS.astype(dtype))
    y = ivy.asarray(np.where(INTS == 0, 3, INTS).astype(dtype))
    small = ivy.asarray([100, -100, 7], dtype=ivy.int8)
    unsigned = ivy.asarray([200, 3, 7], dtype=ivy.uint8)
    return (
        ivy.floor_divide(x, y), ivy.remainder(x, y), x // 3, x % -3, ivy.abs(x), x * 2 + 1,
        small + unsigned, small * 1, ivy.bitwise_and(x, 6), ivy.bitwise_left_shift(ivy.abs(x), 2),
    )  # fmt: skip


@program
def creation(dtype):
    return (
        ivy.asarray([1.0, 2.0]), ivy.asarray([1, 2]), ivy.arange(0, 10, 3), ivy.arange(0.5, 3.0, 0.5),
        ivy.linspace(0, 1, 5), ivy.eye(3, 4, k=1), ivy.full((2, 2), 3), ivy.zeros((2,), dtype=getattr(ivy, dtype)),
        ivy.ones_like(ivy.asarray(VECTOR)), ivy.tril(ivy.asarray(SPD[0])),
    )  # fmt: skip


INTEGER_PROGRAMS = {"integer_semantics"}
CASES = [
    (name, dtype)
    for name in PROGRAMS
    for dtype in (("int64", "int32") if name in INTEGER_PROGRAMS else ("float64", "float32"))
]


def _flatten(result) -> list:
    if isinstance(result, (tuple, list)):
        return [leaf for item in result for leaf in _flatten(item)]
    return [result]


def _run(backend: str, name: str, dtype: str) -> list[tuple[str, np.ndarray]]:
    with ivy.using_backend(backend):
        leaves = _flatten(PROGRAMS[name](dtype))
        return [(leaf.dtype.name, np.asarray(ivy.to_native(leaf))) for leaf in leaves]


def _tolerance(dtype_name: str, name: str) -> float:
    base = {"float32": 2e-5, "complex64": 2e-5, "float64": 1e-11, "complex128": 1e-11}.get(dtype_name, 0.0)
    return base * (200 if name in ("linear_algebra", "fourier") else 1)


@pytest.mark.skipif(not OTHERS, reason="needs a second backend installed besides numpy")
@pytest.mark.parametrize("backend", OTHERS)
@pytest.mark.parametrize(("name", "dtype"), CASES, ids=[f"{n}-{d}" for n, d in CASES])
def test_same_program_same_result(backend, name, dtype):
    expected = _run("numpy", name, dtype)
    got = _run(backend, name, dtype)
    assert len(got) == len(expected)
    for index, ((got_dtype, got_value), (want_dtype, want_value)) in enumerate(zip(got, expected)):
        where = f"{name}[{index}] on {backend}"
        assert got_dtype == want_dtype, f"{where}: dtype {got_dtype}, numpy gives {want_dtype}"
        assert got_value.shape == want_value.shape, f"{where}: shape {got_value.shape} vs {want_value.shape}"
        tolerance = _tolerance(want_dtype, name)
        np.testing.assert_allclose(got_value, want_value, rtol=tolerance, atol=tolerance, err_msg=where)
