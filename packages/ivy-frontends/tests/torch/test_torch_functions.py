"""Reductions, shape functions, indexing, products, sorting, linalg/fft/special: one table of calls,
each run on real torch and on the frontend with the same hypothesis-drawn data."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

# no subnormals: XLA (the jax backend) flushes them to zero, torch keeps them
M = hnp.arrays(np.float32, (3, 4), elements=st.floats(-10, 10, width=32, allow_subnormal=False))
T3 = hnp.arrays(np.float32, (2, 3, 4), elements=st.floats(-10, 10, width=32, allow_subnormal=False))
MU = hnp.arrays(
    np.float32, (3, 4), elements=st.floats(-10, 10, width=32, allow_subnormal=False), unique=True
)  # no ties: torch's tie order is unspecified
INT = hnp.arrays(np.int64, (3, 4), elements=st.integers(-5, 5))
B = hnp.arrays(np.bool_, (3, 4))
IDX = hnp.arrays(np.int64, (3, 4), elements=st.integers(0, 2))
SQ = hnp.arrays(np.float64, (3, 3), elements=st.floats(-3, 3)).map(lambda a: a + 8 * np.eye(3))
SPD = SQ.map(lambda a: a @ a.T)

# name -> (strategies of the inputs, call on a namespace T with tensors)
CASES = {
    "sum": ((M,), lambda T, x: T.sum(x)),
    "sum_dim": ((T3,), lambda T, x: T.sum(x, dim=(0, 2), keepdim=True)),
    "sum_int": ((INT,), lambda T, x: x.sum(1)),
    "sum_bool": ((B,), lambda T, x: x.sum()),
    "mean": ((T3,), lambda T, x: T.mean(x, 1)),
    "mean_int_rejected": ((INT,), lambda T, x: T.mean(x)),
    "prod": ((INT,), lambda T, x: T.prod(x, 0)),
    "amax": ((T3,), lambda T, x: T.amax(x, (0, 1))),
    "amin": ((T3,), lambda T, x: x.amin(-1, keepdim=True)),
    "max_all": ((M,), lambda T, x: T.max(x)),
    "max_dim": ((INT,), lambda T, x: T.max(x, 1).values),
    "min_dim": ((M,), lambda T, x: x.min(dim=0, keepdim=True).values),
    "max_pair": ((M, M), lambda T, x, y: T.max(x, y)),
    "argmax": ((M,), lambda T, x: T.argmax(x)),
    "argmin_dim": ((M,), lambda T, x: x.argmin(1, keepdim=True)),
    "std": ((T3,), lambda T, x: T.std(x, 1)),
    "var_unbiased_false": ((T3,), lambda T, x: x.var(dim=2, unbiased=False)),
    "var_correction": ((M,), lambda T, x: T.var(x, correction=0)),
    "std_mean": ((M,), lambda T, x: T.std_mean(x, 0)),
    "logsumexp": ((T3,), lambda T, x: T.logsumexp(x, 1)),
    "all": ((B,), lambda T, x: T.all(x, 1)),
    "any": ((B,), lambda T, x: x.any()),
    "count_nonzero": ((INT,), lambda T, x: T.count_nonzero(x, 0)),
    "cumsum": ((INT,), lambda T, x: T.cumsum(x, 1)),
    "cumprod": ((M,), lambda T, x: x.cumprod(0)),
    "cummax": ((M,), lambda T, x: T.cummax(x, 1)),
    "median": ((MU,), lambda T, x: T.median(x)),
    "nansum": ((M,), lambda T, x: T.nansum(x, 0)),
    "norm": ((M,), lambda T, x: T.norm(x)),
    "norm_p1": ((M,), lambda T, x: x.norm(1, dim=1)),
    "reshape": ((T3,), lambda T, x: T.reshape(x, (4, -1))),
    "view": ((T3,), lambda T, x: x.view(6, 4)),
    "view_bad": ((T3,), lambda T, x: x.view(5, -1)),
    "flatten": ((T3,), lambda T, x: T.flatten(x, 1)),
    "unflatten": ((M,), lambda T, x: x.unflatten(1, (2, 2))),
    "squeeze": ((M,), lambda T, x: x.reshape(3, 1, 4, 1).squeeze()),
    "squeeze_dim": ((M,), lambda T, x: T.squeeze(x.unsqueeze(0), 0)),
    "unsqueeze": ((M,), lambda T, x: T.unsqueeze(x, -1)),
    "permute": ((T3,), lambda T, x: x.permute(2, 0, 1)),
    "permute_ns": ((T3,), lambda T, x: T.permute(x, (1, 2, 0))),
    "transpose": ((T3,), lambda T, x: T.transpose(x, 0, 2)),
    "t": ((M,), lambda T, x: x.t()),
    "T": ((M,), lambda T, x: x.T),
    "mT": ((T3,), lambda T, x: x.mT),
    "movedim": ((T3,), lambda T, x: T.movedim(x, 0, -1)),
    "cat": ((M, M), lambda T, x, y: T.cat([x, y], 1)),
    "cat_promote": ((M, INT), lambda T, x, y: T.cat((x, y))),
    "cat_bad": ((M, T3), lambda T, x, y: T.cat([x, y])),
    "stack": ((M, M), lambda T, x, y: T.stack([x, y], -1)),
    "hstack": ((M, M), lambda T, x, y: T.hstack([x, y])),
    "vstack": ((M, M), lambda T, x, y: T.vstack([x, y])),
    "dstack": ((M, M), lambda T, x, y: T.dstack([x, y])),
    "split": ((M,), lambda T, x: T.split(x, 3, 1)),
    "split_sizes": ((M,), lambda T, x: x.split([1, 3], dim=1)),
    "chunk": ((T3,), lambda T, x: T.chunk(x, 3, -1)),
    "tensor_split": ((M,), lambda T, x: T.tensor_split(x, 3, 1)),
    "unbind": ((M,), lambda T, x: x.unbind(1)),
    "narrow": ((M,), lambda T, x: x.narrow(1, 1, 2)),
    "select": ((T3,), lambda T, x: T.select(x, 1, -1)),
    "expand": ((M,), lambda T, x: x[:1].expand(5, -1, -1)),
    "repeat": ((M,), lambda T, x: x.repeat(2, 1, 3)),
    "tile": ((M,), lambda T, x: T.tile(x, (2,))),
    "repeat_interleave": ((M,), lambda T, x: T.repeat_interleave(x, 2, 0)),
    "flip": ((T3,), lambda T, x: T.flip(x, (0, 2))),
    "roll": ((M,), lambda T, x: T.roll(x, 2, 1)),
    "roll_flat": ((M,), lambda T, x: T.roll(x, 5)),
    "rot90": ((M,), lambda T, x: T.rot90(x, 1, (0, 1))),
    "tril": ((M,), lambda T, x: T.tril(x, -1)),
    "triu": ((M,), lambda T, x: x.triu(1)),
    "diagonal": ((T3,), lambda T, x: T.diagonal(x, 0, 1, 2)),
    "diag": ((M,), lambda T, x: T.diag(x)),
    "diag_vector": ((M,), lambda T, x: T.diag(x[0], 1)),
    "diag_embed": ((M,), lambda T, x: T.diag_embed(x)),
    "trace": ((M,), lambda T, x: T.trace(x)),
    "gather": ((M, IDX), lambda T, x, i: T.gather(x, 0, i)),
    "gather_small": ((M, IDX), lambda T, x, i: x.gather(1, i[:, :2])),
    "scatter": ((M, IDX), lambda T, x, i: T.zeros(3, 4).scatter(0, i[:1], x[:1])),
    "scatter_add": ((M, IDX), lambda T, x, i: T.zeros(3, 4).scatter_add(0, i, x)),
    "scatter_value": ((IDX,), lambda T, i: T.zeros(3, 4).scatter(1, i[:, :1], 7.0)),
    "scatter_reduce_amax": ((M, IDX), lambda T, x, i: T.zeros(3, 4).scatter_reduce(0, i, x, "amax")),
    "scatter_reduce_mean": ((M, IDX), lambda T, x, i: T.ones(3, 4).scatter_reduce(0, i, x, "mean", include_self=False)),
    "index_select": ((M,), lambda T, x: T.index_select(x, 1, T.tensor([3, 0, 0]))),
    "index_add": ((M,), lambda T, x: T.zeros(3, 2).index_add(1, T.tensor([1, 1, 0, 1]), x, alpha=2)),
    "index_fill": ((M,), lambda T, x: x.index_fill(0, T.tensor([2]), -1.0)),
    "index_copy": ((M,), lambda T, x: T.zeros(5, 4).index_copy(0, T.tensor([4, 0, 2]), x)),
    "masked_fill": ((M,), lambda T, x: x.masked_fill(x > 0, 0.5)),
    "masked_fill_int_mask_rejected": ((M, INT), lambda T, x, i: x.masked_fill(i, 0.5)),
    "masked_select": ((M,), lambda T, x: T.masked_select(x, x < 1)),
    "masked_scatter": ((M,), lambda T, x: T.zeros(3, 4).masked_scatter(x > 0, x * 2)),
    "where": ((M, INT), lambda T, x, i: T.where(x > 0, x, i)),
    "where_scalar": ((INT,), lambda T, i: T.where(i > 0, i, 0.5)),
    "where_nonbool_rejected": ((M, INT), lambda T, x, i: T.where(i, x, x)),
    "nonzero": ((INT,), lambda T, i: T.nonzero(i)),
    "nonzero_tuple": ((INT,), lambda T, i: i.nonzero(as_tuple=True)),
    "argwhere": ((B,), lambda T, b: T.argwhere(b)),
    "take": ((M, IDX), lambda T, x, i: T.take(x, i)),
    "take_along_dim": ((M, IDX), lambda T, x, i: T.take_along_dim(x, i, 1)),
    "getitem": ((T3,), lambda T, x: x[1, :, ::2]),
    "getitem_mask": ((M,), lambda T, x: x[x > 0]),
    "getitem_index": ((M,), lambda T, x: x[T.tensor([2, 0]), 1:]),
    "getitem_list": ((M,), lambda T, x: x[[0, 2]]),
    "getitem_none_ellipsis": ((T3,), lambda T, x: x[None, ..., 0]),
    "matmul": ((M, M), lambda T, x, y: T.matmul(x, y.T)),
    "matmul_op": ((T3, M), lambda T, x, y: x @ y.T),
    "mm_bad": ((M, M), lambda T, x, y: T.mm(x, y)),
    "bmm": ((T3,), lambda T, x: T.bmm(x, x.transpose(1, 2))),
    "mv": ((M,), lambda T, x: T.mv(x, x[0])),
    "dot": ((M,), lambda T, x: T.dot(x[0], x[1])),
    "outer": ((M,), lambda T, x: T.outer(x[0], x[1])),
    "einsum": ((T3, M), lambda T, x, y: T.einsum("bij,kj->bik", x, y)),
    "addmm": ((M,), lambda T, x: T.addmm(x[:, :3], x, x.T, beta=0.5, alpha=2)),
    "baddbmm": ((T3,), lambda T, x: T.baddbmm(x[:, :, :3], x, x.transpose(1, 2))),
    "baddbmm_keywords": ((T3,), lambda T, x: T.baddbmm(x[:, :, :3], batch1=x, batch2=x.transpose(1, 2), beta=0.5)),
    "addbmm_keywords": ((T3,), lambda T, x: T.addbmm(x[0, :, :3], batch1=x, batch2=x.transpose(1, 2), alpha=2)),
    "addmv_keywords": ((M,), lambda T, x: T.addmv(x[:, 0], mat=x, vec=x[0], beta=2)),
    "norm_except_dim": ((M,), lambda T, x: T.norm_except_dim(x, 2, 1)),
    "weight_norm": ((M,), lambda T, x: T._weight_norm(x, x[:, :1], 0)),
    "tensordot": ((T3, M), lambda T, x, y: T.tensordot(x, y, dims=([2], [1]))),
    "kron": ((M,), lambda T, x: T.kron(x[:2, :2], x[1:, 2:])),
    "cross": ((M,), lambda T, x: T.cross(x[:, :3], x[:, 1:], dim=1)),
    "cdist": ((T3,), lambda T, x: T.cdist(x, x)),
    "sort": ((M,), lambda T, x: T.sort(x, 1)),
    "sort_desc": ((INT,), lambda T, x: x.sort(dim=0, descending=True, stable=True)),
    "argsort": ((INT,), lambda T, x: T.argsort(x, dim=1, stable=True)),
    "topk": ((MU,), lambda T, x: T.topk(x, 2)),
    "topk_smallest": ((MU,), lambda T, x: x.topk(2, 0, largest=False)),
    "kthvalue": ((MU,), lambda T, x: T.kthvalue(x, 2, 1).values),
    "unique": ((INT,), lambda T, x: T.unique(x, return_inverse=True, return_counts=True)),
    "unique_consecutive": ((INT,), lambda T, x: T.unique_consecutive(x, return_counts=True)),
    "searchsorted": ((M,), lambda T, x: T.searchsorted(T.sort(x[0]).values, x[1])),
    "bucketize": ((M,), lambda T, x: T.bucketize(x, T.tensor([-1.0, 0.0, 2.0]), right=True)),
    "isin": ((INT,), lambda T, x: T.isin(x, T.tensor([0, 2, 3]))),
    "bincount": ((IDX,), lambda T, i: T.bincount(i.flatten(), minlength=5)),
    "clamp": ((M,), lambda T, x: T.clamp(x, -1, 2)),
    "clamp_int_float": ((INT,), lambda T, x: T.clamp(x, min=0.5)),
    "clamp_tensor": ((M, M), lambda T, x, y: x.clamp(min=y)),
    "lerp": ((M, M), lambda T, x, y: T.lerp(x, y, 0.3)),
    "addcmul": ((M, M), lambda T, x, y: T.addcmul(x, x, y, value=0.5)),
    "round_decimals": ((M,), lambda T, x: T.round(x, decimals=1)),
    "nan_to_num": ((M,), lambda T, x: T.nan_to_num(T.log(x))),
    "isclose": ((M, M), lambda T, x, y: T.isclose(x, y + 1e-6)),
    "allclose": ((M,), lambda T, x: T.allclose(x, x + 1e-7)),
    "equal": ((M,), lambda T, x: T.equal(x, x.clone())),
    "diff": ((M,), lambda T, x: T.diff(x, 2, 1)),
    "logit": ((M,), lambda T, x: T.logit(T.sigmoid(x), eps=1e-6)),
    "float_power": ((M,), lambda T, x: T.float_power(x.abs(), 2)),
    "heaviside": ((INT,), lambda T, x: T.heaviside(x, T.tensor([7]))),
    "cov": ((M,), lambda T, x: T.cov(x)),
    "corrcoef": ((M,), lambda T, x: T.corrcoef(x)),
    "meshgrid": ((M,), lambda T, x: T.meshgrid(x[0], x[1, :2], indexing="ij")),
    "cartesian_prod": ((M,), lambda T, x: T.cartesian_prod(x[0, :2], x[1, :3])),
    "tril_indices": ((M,), lambda T, x: T.tril_indices(3, 4, 1)),
    "zeros_like": ((INT,), lambda T, x: T.zeros_like(x)),
    "full_like": ((M,), lambda T, x: T.full_like(x, 7)),
    "new_ones": ((INT,), lambda T, x: x.new_ones(2, 3)),
    "new_full": ((M,), lambda T, x: x.new_full((2,), 3)),
    "arange": ((M,), lambda T, x: T.arange(1, 10, 3)),
    "arange_float": ((M,), lambda T, x: T.arange(0, 1, 0.25)),
    "linspace": ((M,), lambda T, x: T.linspace(-1, 1, 5)),
    "logspace": ((M,), lambda T, x: T.logspace(0, 2, 3)),
    "eye": ((M,), lambda T, x: T.eye(3, 4, dtype=T.int32)),
    "full": ((M,), lambda T, x: T.full((2, 2), 3)),
    "tensor_nested": ((M,), lambda T, x: T.tensor([[1, 2.5], [3, 4]])),
    "to_double": ((M,), lambda T, x: x.to(T.float64)),
    "long": ((M,), lambda T, x: x.long()),
    "type_as": ((M, INT), lambda T, x, i: i.type_as(x)),
    "item": ((M,), lambda T, x: x[1, 2].item()),
    "tolist": ((INT,), lambda T, x: x.tolist()),
    "size": ((T3,), lambda T, x: (x.size(), x.size(-1), x.dim(), x.numel(), len(x))),
    "linalg.inv": ((SQ,), lambda T, x: T.linalg.inv(x)),
    "linalg.det": ((SQ,), lambda T, x: T.linalg.det(x)),
    "linalg.solve": ((SQ, SQ), lambda T, x, y: T.linalg.solve(x, y)),
    "linalg.cholesky": ((SPD,), lambda T, x: T.linalg.cholesky(x)),
    "linalg.eigvalsh": ((SPD,), lambda T, x: T.linalg.eigvalsh(x)),
    "linalg.slogdet": ((SQ,), lambda T, x: T.linalg.slogdet(x)),
    "linalg.norm": ((SQ,), lambda T, x: T.linalg.norm(x)),
    "linalg.vector_norm": ((M,), lambda T, x: T.linalg.vector_norm(x, 3, dim=1)),
    "linalg.matrix_norm": ((SQ,), lambda T, x: T.linalg.matrix_norm(x, "fro")),
    "linalg.svdvals": ((SQ,), lambda T, x: T.linalg.svdvals(x)),
    "linalg.matrix_power": ((SQ,), lambda T, x: T.linalg.matrix_power(x, 3)),
    "linalg.pinv": ((SQ,), lambda T, x: T.linalg.pinv(x)),
    "linalg.vander": ((M,), lambda T, x: T.linalg.vander(x[0])),
    "fft.fft": ((M,), lambda T, x: T.fft.fft(x)),
    "fft.rfft": ((M,), lambda T, x: T.fft.rfft(x, dim=0)),
    "fft.irfft": ((M,), lambda T, x: T.fft.irfft(T.fft.rfft(x), n=4)),
    "fft.fft2": ((T3,), lambda T, x: T.fft.fft2(x)),
    "fft.ifftn": ((T3,), lambda T, x: T.fft.ifftn(x, dim=(0, 1))),
    "fft.fftshift": ((M,), lambda T, x: T.fft.fftshift(x)),
    "special.expit": ((M,), lambda T, x: T.special.expit(x)),
    "special.ndtr": ((M,), lambda T, x: T.special.ndtr(x)),
    "special.xlog1py": ((M,), lambda T, x: T.special.xlog1py(x, x.abs())),
    "special.i0": ((M,), lambda T, x: T.special.i0(x / 3)),
    "special.entr": ((M,), lambda T, x: T.special.entr(x.abs())),
}


@pytest.mark.parametrize("name", sorted(CASES))
@given(data=st.data())
def test_function(name, data):
    strategies, call = CASES[name]
    arrays = [data.draw(s) for s in strategies]
    tol = 1e-4 if not name.startswith(("linalg", "cov", "corrcoef", "special.i0")) else 1e-3
    run_both(call, *arrays, rtol=tol, atol=tol)


@pytest.mark.parametrize("value", [3, 2.5, True, -1])
@pytest.mark.parametrize("dtype", [None, "int32", "float64"])
def test_scalar_tensor(value, dtype):
    run_both(lambda T: T.scalar_tensor(value, dtype=None if dtype is None else getattr(T, dtype)))


def test_assert_async():
    from ivy_frontends import torch as fe

    assert run_both(lambda T, x: T._assert_async(x > 0), np.float32(1.0)) is None
    for value, message in ((0.0, None), (0.0, "factor must be positive")):
        extra = () if message is None else (message,)
        error = run_both(lambda T, x: T._assert_async(x > 0, *extra), np.float32(value))
        assert isinstance(error, RuntimeError)
        with pytest.raises(RuntimeError, match=message or "nonzero"):
            fe._assert_async(fe.tensor(value) > 0, *extra)
    assert run_both(lambda T, x: T._assert_async(x > 0), np.ones(2, np.float32)) is not None  # ambiguous
