"""One error per mistake, whatever the backend (the taxonomy of ``docs/errors.md``).

Each mistake of ``_mistakes.MISTAKES`` must raise exactly its ivy error class,
with a message naming the function; the calls of ``_mistakes.VALID`` must not
raise. Drawn cases widen the ones that depend on values: singular and
indefinite matrices of any size, dtype and batch (``LinAlgError``), matrix
products whose inner sizes differ (``IvyValueError``), creation requests too
large to address (``IvyMemoryError``), and NaN in softmax, log-softmax,
logsumexp and cross-entropy, which must make the whole slice NaN on every
backend and every processor (a framework's vectorised maximum may skip a NaN; ivy's answer must
not depend on it).
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import hypothesis_settings
from ivy.testing.conformance._matrices import batch_shapes, general
from ivy.testing.conformance._mistakes import MISTAKES, VALID, Mistake
from ivy.testing.conformance._strategies import REAL_FLOATING, ArrayData, arrays, floats, shapes


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_mistake_raises_its_ivy_error(ivy_backend: str, mistake: Mistake) -> None:
    with pytest.raises(Exception) as caught:  # the exact class is asserted below
        mistake.call()
    error = caught.value
    assert type(error) is mistake.expected, (
        f"{ivy_backend}: {mistake.name} raised {type(error).__name__} ({error}); expected {mistake.expected.__name__}"
    )
    assert str(error).startswith("ivy."), f"{ivy_backend}: {mistake.name}: the message names no function: {error}"


@pytest.mark.ivy_conformance
@pytest.mark.parametrize(("name", "call"), VALID, ids=[name for name, _ in VALID])
def test_valid_call_returns(ivy_backend: str, name: str, call: object) -> None:
    call()


def _defective(data: st.DataObject, dtype: str, n: int, batch: tuple[int, ...]) -> np.ndarray:
    """A stack of finite matrices, one of which is exactly singular: a zero row or a zero
    column (an exact zero pivot in any LU factorization). Two equal rows are singular too, but
    blocked or fused LU kernels (OpenBLAS) may leave a pivot of 1e-16 there, and then no
    library reports it."""
    values = data.draw(general(dtype, (*batch, n, n)), label="matrices").numpy().reshape(-1, n, n)
    which = data.draw(st.integers(0, len(values) - 1), label="which matrix")
    i = data.draw(st.integers(0, n - 1), label="row or column")
    if data.draw(st.booleans(), label="a zero row (else a zero column)"):
        values[which, i, :] = 0
    else:
        values[which, :, i] = 0
    return values.reshape(*batch, n, n)


def _matrix_draw(data: st.DataObject) -> tuple[str, int, tuple[int, ...]]:
    dtype = data.draw(st.sampled_from(REAL_FLOATING), label="dtype")
    n = data.draw(st.integers(2, 4), label="n")
    batch = data.draw(batch_shapes(max_dims=1, max_side=3).filter(lambda s: math.prod(s) > 0), label="batch")
    return dtype, n, batch


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_singular_matrix_raises_linalg_error(ivy_backend: str, data: st.DataObject) -> None:
    dtype, n, batch = _matrix_draw(data)
    matrices = ivy.asarray(_defective(data, dtype, n, batch), dtype=getattr(ivy, dtype))
    with pytest.raises(ivy.LinAlgError, match=r"^ivy\.linalg\.inv"):
        ivy.linalg.inv(matrices)
    rhs = ivy.ones((*batch, n, 1), dtype=getattr(ivy, dtype))
    with pytest.raises(ivy.LinAlgError, match=r"^ivy\.linalg\.solve"):
        ivy.linalg.solve(matrices, rhs)


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_indefinite_matrix_raises_linalg_error(ivy_backend: str, data: st.DataObject) -> None:
    """A symmetric matrix with a diagonal entry <= 0 is not positive definite (``e_i' A e_i <= 0``)."""
    dtype, n, batch = _matrix_draw(data)
    values = data.draw(general(dtype, (*batch, n, n)), label="matrices").numpy()
    symmetric = (values + np.swapaxes(values, -1, -2)) / 2
    flat = symmetric.reshape(-1, n, n)
    which = data.draw(st.integers(0, len(flat) - 1), label="which matrix")
    i = data.draw(st.integers(0, n - 1), label="diagonal entry")
    flat[which, i, i] = -abs(flat[which, i, i]) * data.draw(st.sampled_from([0.0, 1.0]), label="zero or negative")
    matrices = ivy.asarray(flat.reshape(symmetric.shape).astype(dtype), dtype=getattr(ivy, dtype))
    with pytest.raises(ivy.LinAlgError, match=r"^ivy\.linalg\.cholesky"):
        ivy.linalg.cholesky(matrices)


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_matmul_of_unfit_shapes_raises_value_error(ivy_backend: str, data: st.DataObject) -> None:
    m, k, other, n = (data.draw(st.integers(1, 4), label=name) for name in "mkjn")
    if k == other:
        other += 1
    batch = data.draw(st.sampled_from([(), (2,)]), label="batch")
    x1, x2 = ivy.ones((*batch, m, k)), ivy.ones((other, n) if data.draw(st.booleans(), label="2-d") else (other,))
    with pytest.raises(ivy.IvyValueError) as caught:
        ivy.matmul(x1, x2)
    assert type(caught.value) is ivy.IvyValueError, f"{ivy_backend}: {type(caught.value).__name__}: {caught.value}"


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_unaddressable_creation_raises_memory_error(ivy_backend: str, data: st.DataObject) -> None:
    dtype = data.draw(st.sampled_from(["float32", "float64", "int8", "bool"]), label="dtype")
    itemsize = getattr(ivy, dtype).itemsize
    ndim = data.draw(st.integers(1, 3), label="ndim")
    shape = tuple(data.draw(st.integers(2**20, 2**62), label=f"dim {i}") for i in range(ndim))
    if math.prod(shape) * itemsize <= sys.maxsize:
        shape = (*shape, 2**63 // itemsize)
    function = data.draw(st.sampled_from(["zeros", "ones", "empty", "full"]), label="function")
    extra = {"fill_value": dtype != "bool" and 0} if function == "full" else {}
    with pytest.raises(ivy.IvyMemoryError, match=rf"^ivy\.{function}"):
        getattr(ivy, function)(shape, dtype=getattr(ivy, dtype), **extra)


# -- NaN propagation in the max-subtract functions -----------------------------------------------


def _logsumexp(x: np.ndarray, axis: int, keepdims: bool) -> np.ndarray:
    peak = np.max(x, axis=axis, keepdims=True)
    peak = np.where(np.isfinite(peak), peak, 0.0)
    total = np.log(np.sum(np.exp(x - peak), axis=axis, keepdims=True)) + peak
    return total if keepdims else np.squeeze(total, axis=axis)


def _softmax(x: np.ndarray, axis: int) -> np.ndarray:
    shifted = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return shifted / np.sum(shifted, axis=axis, keepdims=True)


def _log_softmax(x: np.ndarray, axis: int) -> np.ndarray:
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


#: The textbook formulas, in float64 with NumPy (whose maximum propagates NaN on every processor).
_REFERENCES = {
    "softmax": (lambda x, axis: ivy.nn.softmax(x, axis=axis), lambda x, axis: _softmax(x, axis)),
    "log_softmax": (lambda x, axis: ivy.nn.log_softmax(x, axis=axis), lambda x, axis: _log_softmax(x, axis)),
    "logsumexp": (lambda x, axis: ivy.logsumexp(x, axis=axis), lambda x, axis: _logsumexp(x, axis, False)),
    "logsumexp-keepdims": (
        lambda x, axis: ivy.logsumexp(x, axis=axis, keepdims=True),
        lambda x, axis: _logsumexp(x, axis, True),
    ),
}


@st.composite
def _with_nan(draw: st.DrawFn) -> tuple[ArrayData, int]:
    """Arrays of moderate values, infinities and NaN, with a NaN in at least one slice."""
    dtype = draw(st.sampled_from(REAL_FLOATING), label="dtype")
    shape = draw(shapes(min_dims=1, max_dims=3, min_side=1, max_side=5), label="shape")
    elements = st.one_of(floats(dtype, -30.0, 30.0, nan=False, infinity=False), st.sampled_from([math.nan, math.inf]))
    drawn = draw(arrays(dtype, shape, st.one_of(elements, st.just(-math.inf))), label="x")
    values = list(drawn.values)
    values[draw(st.integers(0, len(values) - 1), label="NaN at")] = math.nan
    axis = draw(st.integers(-len(shape), len(shape) - 1), label="axis")
    return ArrayData(dtype, shape, tuple(values)), axis


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("function", sorted(_REFERENCES))
@hypothesis_settings()
@given(drawn=_with_nan())
def test_nan_propagates_through_the_slice(ivy_backend: str, function: str, drawn: tuple[ArrayData, int]) -> None:
    data, axis = drawn
    ours, reference = _REFERENCES[function]
    with np.errstate(all="ignore"):
        expected = reference(data.numpy().astype(np.float64), axis)
    got = np.asarray(ours(data.build(ivy), axis))
    assert got.dtype == np.dtype(data.dtype), f"{function}: dtype {got.dtype}, expected {data.dtype}"
    holding_nan = np.any(np.isnan(data.numpy()), axis=axis, keepdims=function != "logsumexp")
    if function in ("softmax", "log_softmax"):
        holding_nan = np.broadcast_to(holding_nan, got.shape)
    assert np.all(np.isnan(got)[holding_nan]), f"{ivy_backend}: {function}: a slice holding NaN is not all NaN: {got}"
    np.testing.assert_allclose(
        got,
        expected.astype(data.dtype),
        rtol=1e-5 if data.dtype == "float32" else 1e-12,
        atol=1e-6 if data.dtype == "float32" else 1e-12,
        equal_nan=True,
        err_msg=f"{ivy_backend}: {function} along axis {axis}",
    )


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_nan_logits_make_their_cross_entropy_nan(ivy_backend: str, data: st.DataObject) -> None:
    """A row of logits holding NaN has a NaN loss (its log-softmax is NaN), the other rows finite ones."""
    dtype = data.draw(st.sampled_from(REAL_FLOATING), label="dtype")
    rows, classes = data.draw(st.integers(1, 5), label="rows"), data.draw(st.integers(2, 5), label="classes")
    logits = data.draw(arrays(dtype, (rows, classes), floats(dtype, -30.0, 30.0, nan=False, infinity=False)))
    values = np.array(logits.values, dtype=np.float64).reshape(rows, classes)
    poisoned = data.draw(st.lists(st.integers(0, rows - 1), min_size=1, unique=True), label="rows with NaN")
    for row in poisoned:
        values[row, data.draw(st.integers(0, classes - 1), label="column")] = math.nan
    target = data.draw(st.lists(st.integers(0, classes - 1), min_size=rows, max_size=rows), label="target")
    loss = ivy.nn.cross_entropy(
        ivy.asarray(values.astype(dtype)), ivy.asarray(target, dtype=ivy.int64), reduction="none"
    )
    got = np.asarray(loss)
    assert np.array_equal(np.isnan(got), np.isnan(values).any(axis=1)), f"{ivy_backend}: losses {got} for {values}"
