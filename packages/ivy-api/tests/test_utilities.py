"""Array utilities (einsum, gather/scatter, top_k, split) against NumPy and PyTorch, on every backend."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

torch = pytest.importorskip("torch", reason="torch is the oracle for scatter_add, index_put and topk")
BACKENDS = [b for b in ("numpy", "torch", "jax") if b in ivy.available_backends()]


def _on(backend, function, *arrays, **kwargs):
    with ivy.using_backend(backend):
        result = function(*(ivy.asarray(a) if isinstance(a, np.ndarray) else a for a in arrays), **kwargs)
        if isinstance(result, tuple):
            return tuple(np.asarray(r) for r in result)
        return np.asarray(result)


EINSUMS = [
    ("ij,jk->ik", [(3, 4), (4, 5)]),
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 2)]),
    ("ii->i", [(4, 4)]),
    ("ii", [(3, 3)]),
    ("ij->ji", [(2, 5)]),
    ("i,j->ij", [(3,), (4,)]),
    ("bhqd,bhkd->bhqk", [(2, 2, 3, 4), (2, 2, 5, 4)]),
    ("ijk,jl", [(2, 3, 4), (3, 2)]),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("subscripts", "shapes"), EINSUMS, ids=[e[0] for e in EINSUMS])
def test_einsum_matches_numpy(backend, subscripts, shapes):
    rng = np.random.default_rng(len(subscripts))
    operands = [rng.standard_normal(s) for s in shapes]
    np.testing.assert_allclose(_on(backend, ivy.einsum, subscripts, *operands), np.einsum(subscripts, *operands),
                               rtol=1e-10, atol=1e-12)  # fmt: skip


def test_einsum_composite_matches_numpy():
    """The composite (not the numpy backend's native einsum) on the same cases."""
    from ivy.composite.utilities import einsum as composite_einsum

    with ivy.using_backend("numpy"):
        for subscripts, shapes in EINSUMS:
            operands = [np.random.default_rng(1).standard_normal(s) for s in shapes]
            got = composite_einsum(subscripts, [ivy.asarray(o) for o in operands])
            np.testing.assert_allclose(np.asarray(got), np.einsum(subscripts, *operands), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("backend", BACKENDS)
@given(data=st.data())
@settings(max_examples=10, deadline=None)
def test_gather_is_take_with_any_index_shape(backend, data):
    x = np.arange(24.0).reshape(2, 3, 4)
    axis = data.draw(st.integers(-3, 2))
    size = x.shape[axis]
    indices = np.array(data.draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=6))).reshape(-1, 1)
    np.testing.assert_array_equal(_on(backend, ivy.gather, x, indices, axis=axis), np.take(x, indices, axis=axis))


@pytest.mark.parametrize("backend", BACKENDS)
def test_gather_with_batch_dims(backend):
    x = np.arange(24.0).reshape(2, 3, 4)
    indices = np.array([[0, 2], [1, 1]])
    expected = np.stack([np.take(x[b], indices[b], axis=1) for b in range(2)])
    np.testing.assert_array_equal(_on(backend, ivy.gather, x, indices, axis=2, batch_dims=1), expected)


@pytest.mark.parametrize("backend", BACKENDS)
def test_gather_nd(backend):
    x = np.arange(24.0).reshape(2, 3, 4)
    indices = np.array([[0, 1], [1, 2], [1, 0]])
    np.testing.assert_array_equal(_on(backend, ivy.gather_nd, x, indices), x[indices[:, 0], indices[:, 1]])
    full = np.array([[0, 1, 3], [1, 2, 0]])
    np.testing.assert_array_equal(_on(backend, ivy.gather_nd, x, full), x[full[:, 0], full[:, 1], full[:, 2]])


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("reduction", ["add", "max", "min", "update"])
@given(positions=st.lists(st.integers(0, 4), min_size=1, max_size=8))
@settings(max_examples=10, deadline=None)
def test_scatter_nd_combines_duplicates(backend, reduction, positions):
    updates = np.arange(1.0, len(positions) + 1) * np.where(np.arange(len(positions)) % 2, -1, 1)
    expected = np.zeros(5)
    if reduction == "add":
        np.add.at(expected, positions, updates)
    else:
        touched = {}
        for p, u in zip(positions, updates, strict=True):
            previous = touched.get(p)
            touched[p] = (
                u if reduction == "update" or previous is None else (max if reduction == "max" else min)(previous, u)
            )
        for p, u in touched.items():
            expected[p] = u
    got = _on(backend, ivy.scatter_nd, np.array(positions).reshape(-1, 1), updates, (5,), reduction=reduction)
    np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("backend", BACKENDS)
@given(seed=st.integers(0, 1000), axis=st.integers(0, 1))
@settings(max_examples=10, deadline=None)
def test_scatter_add_matches_torch(backend, seed, axis):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((3, 4))
    indices = rng.integers(0, x.shape[axis], size=(3, 4) if axis else (2, 4))
    updates = rng.standard_normal(indices.shape)
    expected = torch.tensor(x).scatter_add(axis, torch.tensor(indices), torch.tensor(updates)).numpy()
    np.testing.assert_allclose(_on(backend, ivy.scatter_add, x, indices, updates, axis=axis), expected, rtol=1e-12)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("accumulate", [False, True])
def test_index_put_matches_torch(backend, accumulate):
    x = np.arange(12.0).reshape(3, 4)
    rows, cols = np.array([0, 2, 0, -1]), np.array([1, 3, 1, 0])
    values = np.array([10.0, 20.0, 30.0, 40.0])
    if not accumulate:  # torch leaves the winner among duplicates unspecified: use distinct positions
        rows, cols, values = rows[1:], cols[1:], values[1:]
    expected = torch.tensor(x).index_put((torch.tensor(rows), torch.tensor(cols)), torch.tensor(values), accumulate)
    with ivy.using_backend(backend):
        got = ivy.index_put(ivy.asarray(x), (ivy.asarray(rows), ivy.asarray(cols)), ivy.asarray(values),
                            accumulate=accumulate)  # fmt: skip
        np.testing.assert_array_equal(np.asarray(got), expected.numpy())


@pytest.mark.parametrize("backend", BACKENDS)
@given(seed=st.integers(0, 1000), k=st.integers(0, 5), largest=st.booleans())
@settings(max_examples=10, deadline=None)
def test_top_k_matches_torch(backend, seed, k, largest):
    x = np.random.default_rng(seed).permutation(20).reshape(4, 5).astype("float64")  # distinct: indices unique
    values, indices = torch.topk(torch.tensor(x), k, dim=-1, largest=largest)
    got_values, got_indices = _on(backend, ivy.top_k, x, k, largest=largest)
    np.testing.assert_array_equal(got_values, values.numpy())
    np.testing.assert_array_equal(got_indices, indices.numpy())


@pytest.mark.parametrize("backend", BACKENDS)
def test_split_matches_numpy(backend):
    x = np.arange(24).reshape(6, 4)
    for how, axis in ((3, 0), (2, 1), ((1, 4), 0), ((0, 0, 5, 9), 0)):
        got = _on(backend, ivy.split, x, how, axis=axis)
        expected = np.split(x, how if isinstance(how, int) else list(how), axis=axis)
        assert len(got) == len(expected)
        for g, e in zip(got, expected, strict=True):
            np.testing.assert_array_equal(g, e)
    with ivy.using_backend(backend), pytest.raises(ValueError, match=r"ivy\.split: 6 elements .* 4 equal parts"):
        ivy.split(ivy.asarray(x), 4)
