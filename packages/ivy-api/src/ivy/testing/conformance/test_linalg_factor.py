"""``ivy.linalg.lu_factor``, ``lu_solve`` and ``matrix_exp`` against ``scipy.linalg``.

LU factorization is unique once the pivots are: the inputs are diagonally dominant
matrices (square blocks, with extra rows or columns of smaller values) whose rows are
shuffled, so partial pivoting picks each row with a wide margin and the pivots are
compared exactly, the packed factors within the linalg tolerance. ``lu_solve`` takes
SciPy's factors of such matrices and right-hand sides broadcasting against them.
``matrix_exp`` gets matrices of 1-norm up to about 12 (a few squarings).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import scipy.linalg as sl
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy.testing import plugin
from ivy.testing.conformance._cases import (
    Call,
    Case,
    Draw,
    hypothesis_settings,
    make_call,
    register,
    run_case,
    spec,
)
from ivy.testing.conformance._matrices import _from_numpy, batch_shapes, general, well_conditioned
from ivy.testing.conformance._reference import RTOL, ivy_to_numpy, reference_to_numpy
from ivy.testing.conformance._strategies import REAL_OF, Context, broadcastable_shapes


def _numpy(value: Any) -> Any:
    return reference_to_numpy(value) if hasattr(value, "dtype") else value


@st.composite
def _shuffled(draw: Draw, dtype: str, batch: tuple[int, ...], m: int, n: int, singular: bool = False) -> np.ndarray:
    """Diagonally dominant ``(m, n)`` matrices with their rows in a drawn order, now and then
    with the last pivot column zeroed when ``singular``."""
    k = min(m, n)
    square = draw(well_conditioned(dtype, batch, k)).numpy()
    matrix = np.zeros((*batch, m, n), dtype=square.dtype)
    matrix[..., :k, :k] = square
    if m > k:
        matrix[..., k:, :] = draw(general(dtype, (*batch, m - k, n), 1.0)).numpy()
    if n > k:
        matrix[..., :k, k:] = draw(general(dtype, (*batch, k, n - k), 1.0)).numpy()
    if singular and k and draw(st.integers(0, 3)) == 0:  # singular: U's last diagonal element is an exact zero
        matrix[..., k - 1] = 0
    order = draw(st.permutations(range(m)))
    return matrix[..., list(order), :]


def _factor(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """SciPy's packed LU and zero-based pivots of each matrix of a stack."""
    *batch, m, n = a.shape
    lu = np.zeros(a.shape, dtype=a.dtype)
    pivots = np.zeros((*batch, min(m, n)), dtype=np.int64)
    if a.size:
        for index in np.ndindex(*batch):
            lu[index], pivots[index] = sl.lu_factor(a[index], check_finite=False)
    return lu, pivots


def _tolerance(dtype: str, *values: np.ndarray) -> float:
    largest = max((float(np.max(np.abs(v))) for v in values if v.size), default=0.0)
    size = max((v.shape[-1] for v in values if v.ndim), default=1)
    return RTOL["linalg"][REAL_OF[dtype]] * (largest * size + 1.0)


def _compare(call: Call, got: Any, want: np.ndarray, dtype: str, what: str, atol: float | None = None) -> np.ndarray:
    import ivy

    assert isinstance(got, ivy.Array), f"{call}: {what} must be an ivy.Array, got {type(got).__name__}"
    assert got.dtype.name == dtype, f"{call}: {what} has dtype {got.dtype.name}, expected {dtype}"
    assert tuple(got.shape) == want.shape, f"{call}: {what} has shape {tuple(got.shape)}, expected {want.shape}"
    values = ivy_to_numpy(got)
    if atol is None:
        assert np.array_equal(values, want), f"{call}: {what} is {values.tolist()}, expected {want.tolist()}"
    elif values.size:
        error = float(np.max(np.abs(values - want)))
        assert error <= atol, f"{call}: {what} off by {error:.3g} (tolerance {atol:.3g})"
    return values


# -------------------------------------------------------------------- lu_factor


def _draw_factor(draw: Draw, ctx: Context) -> Call:
    dtype = draw(ctx.dtype("floating"))
    m, n = draw(st.integers(0, 4)), draw(st.integers(0, 4))
    x = draw(_shuffled(dtype, draw(batch_shapes()), m, n, singular=True))
    return make_call(spec("linalg.lu_factor"), {"x": _from_numpy(dtype, x)})


def _reference_factor(x: Any) -> tuple[np.ndarray, np.ndarray]:
    return _factor(_numpy(x))


def _check_factor(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    assert getattr(actual, "_fields", None) == ("LU", "pivots"), f"{call}: expected a LUFactorResult, got {actual!r}"
    dtype = call.value("x").dtype
    lu, pivots = expected
    _compare(call, actual.pivots, pivots, "int64", "pivots")
    _compare(call, actual.LU, lu.astype(dtype), dtype, "LU", _tolerance(dtype, call.value("x").numpy()))


# -------------------------------------------------------------------- lu_solve


def _draw_solve(draw: Draw, ctx: Context) -> Call:
    dtype = draw(ctx.dtype("floating"))
    n = draw(st.integers(0, 4))
    lu_batch, b_batch = draw(broadcastable_shapes(2, max_dims=2, max_side=3)).input_shapes
    lu, pivots = _factor(draw(_shuffled(dtype, lu_batch, n, n)))
    b = draw(general(dtype, (*b_batch, n, draw(st.integers(0, 3)))))
    values = {"lu": _from_numpy(dtype, lu), "pivots": _from_numpy("int64", pivots), "b": b}
    if draw(st.booleans()):
        values["adjoint"] = draw(st.booleans())
    return make_call(spec("linalg.lu_solve"), values)


def _reference_solve(lu: Any, pivots: Any, b: Any, adjoint: bool = False) -> np.ndarray:
    lu, pivots, b = _numpy(lu), _numpy(pivots), _numpy(b)
    batch = np.broadcast_shapes(lu.shape[:-2], pivots.shape[:-1], b.shape[:-2])
    lu = np.broadcast_to(lu, (*batch, *lu.shape[-2:]))
    pivots = np.broadcast_to(pivots, (*batch, pivots.shape[-1]))
    b = np.broadcast_to(b, (*batch, *b.shape[-2:]))
    x = np.zeros(b.shape, dtype=np.result_type(lu, b))
    if x.size:
        for index in np.ndindex(*batch):
            x[index] = sl.lu_solve((lu[index], pivots[index]), b[index], trans=2 if adjoint else 0)
    return x


def _check_solve(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    dtype = call.value("b").dtype
    scale = _tolerance(dtype, call.value("lu").numpy(), call.value("b").numpy())
    _compare(call, actual, expected.astype(dtype), dtype, "solution", scale)


# -------------------------------------------------------------------- matrix_exp


def _draw_exp(draw: Draw, ctx: Context) -> Call:
    dtype = draw(ctx.dtype("floating"))
    n = draw(st.integers(0, 4))
    return make_call(spec("linalg.matrix_exp"), {"x": draw(general(dtype, (*draw(batch_shapes()), n, n)))})


def _reference_exp(x: Any) -> np.ndarray:
    x = _numpy(x)
    if not x.size:
        return x
    return np.stack(
        [sl.expm(m.astype(np.complex128 if x.dtype.kind == "c" else np.float64)) for m in x.reshape(-1, *x.shape[-2:])]
    ).reshape(x.shape)


def _check_exp(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    dtype = call.value("x").dtype
    _compare(call, actual, expected.astype(dtype), dtype, "exponential", _tolerance(dtype, expected))


CASES = [
    register(Case(spec("linalg.lu_factor"), _draw_factor, reference=_reference_factor, check=_check_factor)),
    register(Case(spec("linalg.lu_solve"), _draw_solve, reference=_reference_solve, check=_check_solve)),
    register(Case(spec("linalg.matrix_exp"), _draw_exp, reference=_reference_exp, check=_check_exp)),
]

#: examples per function: each runs a compiled factorization per new shape on some backends
_EXAMPLES = 15


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@settings(hypothesis_settings(), max_examples=min(plugin.examples(), _EXAMPLES))
@given(data=st.data())
def test_linalg_factor(ivy_backend: str, case: Case, data: Any) -> None:
    run_case(case, data, ivy_backend)
