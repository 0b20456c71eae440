"""The ``linalg`` extension against the reference, on stacks of matrices with
known properties (invertible, symmetric, positive definite, of given rank).

Results the standard defines uniquely (inverses, determinants, eigenvalues
of Hermitian matrices, singular values, norms...) are compared with the
reference's; decompositions that are unique only up to signs, phases or
order (``eig``, ``eigh``, ``qr``, ``svd``, ``pinv`` of rank-deficient input)
are checked by reconstruction and their defining properties, and their
dtypes and shapes against the reference's.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    conformance_test,
    derive,
    draw_dtype_pair,
    register,
    spec,
)
from ivy.testing.conformance._matrices import (
    batch_shapes,
    general,
    hermitian,
    of_rank,
    product_elements,
    tolerance_scale,
    well_conditioned,
)
from ivy.testing.conformance._reference import RTOL, ivy_to_numpy, reference_dtype_name, reference_to_numpy
from ivy.testing.conformance._strategies import REAL_OF, ArrayData, Context, arrays, broadcastable_shapes, shapes


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(draw, ctx))

    options.setdefault("tolerance", "linalg")
    options.setdefault("scale", _scale)
    return Case(s, draw_call, **options)


def _scale(call: Call) -> float:
    return tolerance_scale(*call.arrays())


def _floating(draw: Draw, ctx: Context) -> str:
    return draw(ctx.dtype("floating"))


def _size(draw: Draw, low: int = 0) -> int:
    return draw(st.integers(low, 4))


# -------------------------------------------------------------------- inputs


def _square(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    return {"x": draw(well_conditioned(dtype, draw(batch_shapes()), _size(draw)))}


def _invertible_or_zero(draw: Draw, ctx: Context) -> dict:
    """Invertible matrices, now and then an all-zero one (whose sign and log are exact)."""
    values = _square(draw, ctx)
    if draw(st.integers(0, 4)) == 0:
        x = values["x"]
        values["x"] = ArrayData(x.dtype, x.shape, tuple(0 * v for v in x.values))
    return values


def _any_square(draw: Draw, ctx: Context) -> dict:
    """Square matrices, now and then a singular one (all zeros, or rank deficient)."""
    dtype = _floating(draw, ctx)
    batch, n = draw(batch_shapes()), _size(draw)
    kind = draw(st.sampled_from(["dominant", "dominant", "rank"]))
    matrix = draw(well_conditioned(dtype, batch, n)) if kind == "dominant" else draw(of_rank(dtype, batch, n, n))
    return {"x": matrix}


def _symmetric(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    return {"x": draw(hermitian(dtype, draw(batch_shapes()), _size(draw)))}


def _positive_definite(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    return {"x": draw(hermitian(dtype, draw(batch_shapes()), _size(draw), positive=True))}


def _rectangular(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    return {"x": draw(general(dtype, (*draw(batch_shapes()), _size(draw), _size(draw))))}


def _ranked(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    return {"x": draw(of_rank(dtype, draw(batch_shapes()), _size(draw), _size(draw)))}


def _cross(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "numeric")
    s1, s2 = draw(broadcastable_shapes(2, min_dims=1, max_dims=3, max_side=3)).input_shapes
    ndim = min(len(s1), len(s2))
    axis = draw(st.integers(-ndim, -1))
    s1, s2 = list(s1), list(s2)
    s1[axis] = s2[axis] = 3
    return {
        "x1": draw(arrays(d1, tuple(s1), product_elements(d1, 2))),
        "x2": draw(arrays(d2, tuple(s2), product_elements(d2, 2))),
        "axis": draw(st.sampled_from([OMIT, -1])) if axis == -1 else axis,
    }


def _diagonal(draw: Draw, ctx: Context) -> dict:
    return {
        "x": draw(arrays(draw(ctx.dtype()), shapes(min_dims=2))),
        "offset": draw(st.sampled_from([OMIT, *range(-4, 5)])),
    }


def _matrix_norm(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    x = draw(general(dtype, (*draw(batch_shapes()), _size(draw, 1), _size(draw, 1))))
    return {"x": x, "ord": draw(st.sampled_from([OMIT, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf]))}


def _matrix_power(draw: Draw, ctx: Context) -> dict:
    values = _square(draw, ctx)
    return {**values, "n": draw(st.integers(-2, 4))}


def _matrix_rank(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    x = draw(of_rank(dtype, draw(batch_shapes()), _size(draw, 1), _size(draw, 1)))
    return {"x": x, "rtol": draw(st.sampled_from([OMIT, None]))}


def _outer(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "numeric")
    return {
        "x1": draw(arrays(d1, (_size(draw),), product_elements(d1, 1))),
        "x2": draw(arrays(d2, (_size(draw),), product_elements(d2, 1))),
    }


def _solve(draw: Draw, ctx: Context) -> dict:
    dtype = _floating(draw, ctx)
    n = _size(draw)
    b1, b2 = draw(broadcastable_shapes(2, max_dims=2, max_side=3)).input_shapes
    x1 = draw(well_conditioned(dtype, b1, n))
    x2_shape = (n,) if draw(st.booleans()) else (*b2, n, _size(draw))
    return {"x1": x1, "x2": draw(general(dtype, x2_shape))}


def _trace(draw: Draw, ctx: Context) -> dict:
    dtype = draw(ctx.dtype("numeric"))
    x = draw(arrays(dtype, shapes(min_dims=2), product_elements(dtype, 4)))
    return {"x": x, "offset": draw(st.sampled_from([OMIT, *range(-3, 4)]))}


def _vector_norm(draw: Draw, ctx: Context) -> dict:
    """Norms of any order; the orders that take a maximum or minimum (``inf``, negative)
    get no empty reductions (their value over nothing is left to the implementation)."""
    dtype = _floating(draw, ctx)
    order = draw(st.sampled_from([OMIT, 1, 2, 3, math.inf, -math.inf, 0, -1, -2, 0.5]))
    nonempty = order in (math.inf, -math.inf) or (order is not OMIT and order < 0)
    x = draw(arrays(dtype, shapes(min_side=1 if nonempty else 0), product_elements(dtype, 1, 100.0)))
    return {"x": x, "ord": order}


# -------------------------------------------------------------------- property checks


def _tolerance(dtype: str, call: Call) -> float:
    return RTOL["linalg"][REAL_OF[dtype]] * _scale(call)


def _meta(call: Call, actual: Any, expected: Any, label: str) -> np.ndarray:
    """dtype and shape as the reference's; the values, as NumPy."""
    import ivy

    assert isinstance(actual, ivy.Array), f"{call}: {label} must be an ivy.Array, got {type(actual).__name__}"
    want = reference_dtype_name(expected.dtype)
    assert actual.dtype.name == want, f"{call}: {label} has dtype {actual.dtype.name}, expected {want}"
    assert tuple(actual.shape) == tuple(expected.shape), (
        f"{call}: {label} has shape {tuple(actual.shape)}, expected {tuple(expected.shape)}"
    )
    return ivy_to_numpy(actual)


def _fields(call: Call, actual: Any, expected: Any) -> dict[str, np.ndarray]:
    fields = expected._fields
    assert getattr(actual, "_fields", None) == fields, (
        f"{call}: expected a namedtuple with fields {fields}, got {type(actual).__name__}"
    )
    return {name: _meta(call, a, e, name) for name, a, e in zip(fields, actual, expected, strict=True)}


def _close(call: Call, got: np.ndarray, want: np.ndarray, atol: float, what: str) -> None:
    got, want = np.broadcast_arrays(got, want)
    if got.size == 0:
        return
    error = np.max(np.abs(got - want))
    assert error <= atol, f"{call}: {what}: off by {error:.3g} (tolerance {atol:.3g})"


def _eye_like(q: np.ndarray) -> np.ndarray:
    return np.broadcast_to(np.eye(q.shape[-1]), (*q.shape[:-2], q.shape[-1], q.shape[-1]))


def _h(a: np.ndarray) -> np.ndarray:
    return np.conj(np.swapaxes(a, -1, -2))


def _check_eigh(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    values = _fields(call, actual, expected)
    a = call.value("x").numpy()
    w, v = values["eigenvalues"], values["eigenvectors"]
    atol = _tolerance(call.value("x").dtype, call)
    _close(call, w, reference_to_numpy(expected.eigenvalues), atol, "eigenvalues differ from the reference's")
    _close(call, a @ v, v * w[..., None, :], atol, "A @ V != V @ diag(w)")
    _close(call, _h(v) @ v, _eye_like(v), 10 * atol / max(_scale(call), 1.0) + 1e-3, "eigenvectors are not orthonormal")


def _check_eig(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    values = _fields(call, actual, expected)
    a = call.value("x").numpy()
    w, v = values["eigenvalues"], values["eigenvectors"]
    atol = _tolerance(call.value("x").dtype, call)
    _close(call, a @ v, v * w[..., None, :], atol, "A @ V != V @ diag(w)")
    if v.size:
        norms = np.linalg.norm(v, axis=-2)
        assert np.all(norms > 0.5), f"{call}: some eigenvectors are (nearly) zero: column norms {norms}"
    _same_spectrum(call, w, reference_to_numpy(expected.eigenvalues), atol)


def _same_spectrum(call: Call, got: np.ndarray, want: np.ndarray, atol: float) -> None:
    """Eigenvalues as multisets: each reference value matched by a distinct one of ours."""
    for g, w in zip(
        got.reshape(-1, got.shape[-1]) if got.size else [],
        want.reshape(-1, want.shape[-1]) if want.size else [],
        strict=True,
    ):
        remaining = list(g)
        for value in w:
            distances = [abs(value - r) for r in remaining]
            best = int(np.argmin(distances))
            assert distances[best] <= atol * 10, f"{call}: eigenvalues {list(g)}, expected {list(w)} (in any order)"
            remaining.pop(best)


def _check_eigvals(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    got = _meta(call, actual, expected, "eigenvalues")
    _same_spectrum(call, got, reference_to_numpy(expected), _tolerance(call.value("x").dtype, call))


def _check_qr(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    values = _fields(call, actual, expected)
    a = call.value("x").numpy()
    q, r = values["Q"], values["R"]
    atol = _tolerance(call.value("x").dtype, call)
    _close(call, q @ r, a, atol, "Q @ R != x")
    _close(
        call,
        _h(q) @ q,
        _eye_like(q),
        1e-3 if REAL_OF[call.value("x").dtype] == "float32" else 1e-8,
        "Q is not orthonormal",
    )
    below = np.tril(np.ones(r.shape[-2:], dtype=bool), -1)
    _close(call, np.where(below, r, 0), np.zeros_like(r), atol, "R is not upper triangular")


def _check_svd(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    values = _fields(call, actual, expected)
    a = call.value("x").numpy()
    u, s, vh = values["U"], values["S"], values["Vh"]
    atol = _tolerance(call.value("x").dtype, call)
    _close(call, s, reference_to_numpy(expected.S), atol, "singular values differ from the reference's")
    k = s.shape[-1]
    _close(call, (u[..., :, :k] * s[..., None, :]) @ vh[..., :k, :], a, atol, "U @ diag(S) @ Vh != x")
    unit = 1e-3 if REAL_OF[call.value("x").dtype] == "float32" else 1e-8
    _close(call, _h(u) @ u, _eye_like(u), unit, "U is not orthonormal")
    _close(call, vh @ _h(vh), _eye_like(_h(vh)), unit, "Vh is not orthonormal")


def _check_pinv(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    p = _meta(call, actual, expected, "result")
    a = call.value("x").numpy()
    atol = _tolerance(call.value("x").dtype, call) * 10
    _close(call, a @ p @ a, a, atol, "x @ pinv(x) @ x != x")
    _close(call, p @ a @ p, p, atol, "pinv(x) @ x @ pinv(x) != pinv(x)")
    _close(call, _h(a @ p), a @ p, atol, "x @ pinv(x) is not Hermitian")


def _det_scale(call: Call) -> float:
    x = call.value("x")
    n = x.shape[-1] if x.shape else 1
    largest = max((abs(v) for v in x.values), default=0.0)
    return (n * largest + 1.0) ** max(n, 1)


CASES = [
    register(_case("linalg.cholesky", _positive_definite)),
    register(_case("linalg.cross", _cross)),
    register(_case("linalg.det", _any_square, scale=_det_scale)),
    register(_case("linalg.diagonal", _diagonal, tolerance="exact")),
    register(_case("linalg.eig", _square, check=_check_eig)),
    register(_case("linalg.eigh", _symmetric, check=_check_eigh)),
    register(_case("linalg.eigvalsh", _symmetric)),
    register(_case("linalg.eigvals", _square, check=_check_eigvals)),
    register(_case("linalg.inv", _square)),
    register(_case("linalg.matrix_norm", _matrix_norm)),
    register(_case("linalg.matrix_power", _matrix_power, scale=_det_scale)),
    register(_case("linalg.matrix_rank", _matrix_rank, tolerance="exact")),
    register(_case("linalg.outer", _outer)),
    register(_case("linalg.pinv", _ranked, check=_check_pinv)),
    register(_case("linalg.qr", _rectangular, check=_check_qr)),
    register(_case("linalg.slogdet", _invertible_or_zero)),
    register(_case("linalg.solve", _solve)),
    register(_case("linalg.svd", _rectangular, check=_check_svd)),
    register(_case("linalg.svdvals", _rectangular)),
    register(_case("linalg.trace", _trace)),
    register(_case("linalg.vector_norm", _vector_norm, tolerance="reduction")),
]

test_linalg = conformance_test(CASES)
