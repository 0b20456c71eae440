"""Strategies for linear algebra: stacks of matrices with known properties,
and integer values bounded so that products cannot overflow."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from hypothesis import strategies as st

from ivy.testing.conformance._strategies import (
    ArrayData,
    arrays,
    finite,
    int_bounds,
    integers,
    kind_of,
    python_type,
    shapes,
)

Draw = Any


def batch_shapes(max_dims: int = 2, max_side: int = 3) -> st.SearchStrategy:
    """Leading (batch) dimensions of a stack of matrices, empty stacks included."""
    return shapes(max_dims=max_dims, max_side=max_side, max_size=9)


def product_elements(dtype: str, terms: int, magnitude: float = 10.0) -> st.SearchStrategy | Any:
    """Values whose sums of ``terms`` pairwise products fit ``dtype`` (integers), or
    finite values of moderate magnitude (floating point)."""
    if kind_of(dtype) in "iu":
        lo, hi = int_bounds(dtype)
        limit = max(1, math.isqrt(hi // max(terms, 1)))
        return integers(dtype, -limit if lo else 0, limit)
    if kind_of(dtype) == "b":
        return st.booleans()
    return finite(magnitude)(dtype)


def _from_numpy(dtype: str, values: np.ndarray) -> ArrayData:
    convert = python_type(dtype)
    return ArrayData(dtype, tuple(values.shape), tuple(convert(v) for v in values.ravel().tolist()))


@st.composite
def general(draw: Draw, dtype: str, shape: Sequence[int], magnitude: float = 3.0) -> ArrayData:
    """Matrices of moderate finite values."""
    return draw(arrays(dtype, tuple(shape), finite(magnitude)))


@st.composite
def well_conditioned(draw: Draw, dtype: str, batch: Sequence[int], n: int) -> ArrayData:
    """Square, diagonally dominant (so invertible and well conditioned) matrices."""
    base = draw(general(dtype, (*batch, n, n), 1.0)).numpy()
    dominant = base + np.eye(n, dtype=base.dtype) * (2.0 * n + 1.0)
    return _from_numpy(dtype, dominant.astype(dtype))


@st.composite
def hermitian(draw: Draw, dtype: str, batch: Sequence[int], n: int, positive: bool = False) -> ArrayData:
    """Symmetric (Hermitian) matrices; positive definite ones on request."""
    base = (
        draw(general(dtype, (*batch, n, n), 2.0)).numpy().astype(np.complex128 if kind_of(dtype) == "c" else np.float64)
    )
    transposed = np.conj(np.swapaxes(base, -1, -2))
    matrix = base @ transposed + np.eye(n) * (n + 1.0) if positive else (base + transposed) / 2
    if kind_of(dtype) == "c":
        matrix = matrix.astype(dtype)
        index = np.arange(n)
        matrix[..., index, index] = matrix[..., index, index].real
    return _from_numpy(dtype, matrix.astype(dtype))


@st.composite
def of_rank(draw: Draw, dtype: str, batch: Sequence[int], m: int, n: int) -> ArrayData:
    """Matrices of a chosen rank (products of small integer factors: exact)."""
    rank = draw(st.integers(0, min(m, n)))
    left = draw(arrays("float64", (*batch, m, rank), st.integers(-3, 3)))
    right = draw(arrays("float64", (*batch, rank, n), st.integers(-3, 3)))
    product = left.numpy() @ right.numpy()
    return _from_numpy(dtype, product.astype(dtype))


def tolerance_scale(*data: ArrayData) -> float:
    """A scale for absolute tolerances: the product of the inputs' largest magnitudes
    times their inner dimensions."""
    scale = 1.0
    for item in data:
        finite_values = [abs(v) for v in item.values if isinstance(v, (int, float, complex)) and math.isfinite(abs(v))]
        size = item.shape[-1] if item.shape else 1
        scale *= max(finite_values, default=0.0) * max(size, 1) + 1.0
    return scale
