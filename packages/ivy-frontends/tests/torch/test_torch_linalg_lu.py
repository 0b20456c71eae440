"""torch.linalg's LU and LDL families and matrix_exp against real torch: one driver over the
calls, on diagonally dominant matrices with shuffled rows (partial pivoting then picks each pivot
with a wide margin, so torch's pivots are reproducible), square, tall and wide, and on dominant
indefinite ones for LDL (Bunch-Kaufman takes no interchange), float32/float64, with and without
a batch dimension."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import run_both
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy_frontends import torch as fe


def _lu_solve(T, a, b, **options):
    LU, pivots = T.linalg.lu_factor(a)
    return T.linalg.lu_solve(LU, pivots, b, **options)


#: name -> (call(torch namespace, a, b), rows and columns of ``a``); ``b`` has as many rows as ``a``
#: for left solves, as many columns for right ones
CASES = {
    "lu_factor": (lambda T, a, b: T.linalg.lu_factor(a), "square"),
    "lu_factor-tall": (lambda T, a, b: T.linalg.lu_factor(a), "tall"),
    "lu_factor-wide": (lambda T, a, b: T.linalg.lu_factor(a), "wide"),
    "lu_factor_ex": (lambda T, a, b: T.linalg.lu_factor_ex(a), "square"),
    "lu_factor_ex-singular": (lambda T, a, b: T.linalg.lu_factor_ex(a * T.tensor([1.0, 1.0, 0.0])), "square"),
    "lu_factor-singular-raises": (lambda T, a, b: T.linalg.lu_factor(a * T.tensor([1.0, 1.0, 0.0])), "square"),
    "lu-singular": (lambda T, a, b: T.linalg.lu(a * T.tensor([1.0, 1.0, 0.0])), "square"),
    "lu": (lambda T, a, b: T.linalg.lu(a), "square"),
    "lu-tall": (lambda T, a, b: T.linalg.lu(a), "tall"),
    "lu-wide": (lambda T, a, b: T.linalg.lu(a), "wide"),
    "lu_solve": (lambda T, a, b: _lu_solve(T, a, b), "square"),
    "lu_solve-adjoint": (lambda T, a, b: _lu_solve(T, a, b, adjoint=True), "square"),
    "lu_solve-right": (lambda T, a, b: _lu_solve(T, a, b.mT, left=False), "square"),
    "lu_solve-right-adjoint": (lambda T, a, b: _lu_solve(T, a, b.mT, left=False, adjoint=True), "square"),
    "matrix_exp": (lambda T, a, b: T.linalg.matrix_exp(a / 4), "square"),
    "ldl_factor": (lambda T, a, b: T.linalg.ldl_factor(a), "indefinite"),
    "ldl_factor-hermitian": (lambda T, a, b: T.linalg.ldl_factor(a, hermitian=True), "indefinite"),
    "ldl_factor_ex": (lambda T, a, b: T.linalg.ldl_factor_ex(a), "indefinite"),
    "ldl_solve": (lambda T, a, b: T.linalg.ldl_solve(*T.linalg.ldl_factor(a), b), "indefinite"),
    "ldl_solve-hermitian": (
        lambda T, a, b: T.linalg.ldl_solve(*T.linalg.ldl_factor(a, hermitian=True), b, hermitian=True),
        "indefinite",
    ),
}
_SHAPES = {"square": (3, 3), "tall": (4, 3), "wide": (3, 4), "indefinite": (3, 3)}


def _shuffled(rng: np.random.Generator, batch: tuple[int, ...], m: int, n: int) -> np.ndarray:
    a = rng.uniform(-1, 1, (*batch, m, n))
    k = min(m, n)
    a[..., range(k), range(k)] += 2 * k + 1
    return a[..., rng.permutation(m), :]


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=4)
@given(data=st.data())
def test_linalg_lu(name, data):
    call, kind = CASES[name]
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    batch = data.draw(st.sampled_from([(), (2,)]))
    rng = np.random.default_rng(data.draw(st.integers(0, 2**16)))
    m, n = _SHAPES[kind]
    if kind == "indefinite":  # a dominant diagonal of both signs; the ldl functions read the lower triangle only
        a = rng.uniform(-1, 1, (*batch, m, n)) + np.diag(rng.choice([-1.0, 1.0], n) * (2 * n + 1))
    else:
        a = _shuffled(rng, batch, m, n)
    b = rng.uniform(-1, 1, (*batch, m, 2))
    if kind == "indefinite" and dtype == "float64" and data.draw(st.booleans()):  # complex128
        a, b = a + 1j * rng.uniform(-1, 1, a.shape), b + 1j * rng.uniform(-1, 1, b.shape)
    else:
        a, b = a.astype(dtype), b.astype(dtype)
    tol = 1e-5 if dtype == "float32" else 1e-10
    error = run_both(call, a, b, rtol=tol, atol=tol)
    assert (error is not None) == name.endswith("-raises"), f"torch raised {error!r}"


def test_lu_without_pivoting_is_refused_like_torch_on_cpu():
    a = np.eye(3)
    with pytest.raises(RuntimeError):
        torch.linalg.lu_factor(torch.tensor(a), pivot=False)
    with pytest.raises(RuntimeError, match="without pivoting"):
        fe.linalg.lu_factor(fe.tensor(a), pivot=False)


def test_ldl_needing_interchanges_is_refused():
    """The frontend's LDL covers the factorizations without Bunch-Kaufman interchanges only."""
    a = np.array([[0.1, 0.3], [0.3, 1.0]])
    assert torch.linalg.ldl_factor(torch.tensor(a)).pivots.tolist() != [1, 2]  # torch interchanges here
    with pytest.raises(NotImplementedError, match="without interchanges"):
        fe.linalg.ldl_factor(fe.tensor(a))
