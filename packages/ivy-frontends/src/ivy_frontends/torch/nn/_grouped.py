"""``torch.nn.functional.grouped_mm``: the grouped matrix product of Mixture-of-Experts layers.

torch slices the jagged operand by ``offs`` on the host. Here the groups are masks computed from
``offs`` as arrays, so the shapes stay static and the product traces into one graph whatever
the routing: each group's product is computed densely and the rows (or columns) it owns are
kept. Rows past ``offs[-1]`` (torch leaves them unset) are zeros.
"""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import arr, opt

_NAME = "torch.nn.functional.grouped_mm"


def _owners(offs: Any, length: int, groups: int) -> Any:
    """A ``(groups, length)`` mask: position ``i`` belongs to group ``g`` when ``offs[g-1] <= i < offs[g]``."""
    if offs is None:
        raise RuntimeError(f"{_NAME}: offs must be given when an operand is 2-D")
    ends = ivy.astype(ivy.reshape(offs, (-1,)), ivy.int64)
    if ends.shape[0] != groups:
        raise RuntimeError(f"{_NAME}: offs has {ends.shape[0]} entries, expected one per group ({groups})")
    position = ivy.arange(length, dtype=ivy.int64)
    starts = ivy.concat([ivy.zeros((1,), dtype=ivy.int64), ends[:-1]])
    return ivy.logical_and(position[None, :] >= starts[:, None], position[None, :] < ends[:, None])


def grouped_mm(mat_a: Any, mat_b: Any, *, offs: Any = None, bias: Any = None, out_dtype: Any = None) -> Tensor:
    """One matrix product per group: 2-D x 3-D (rows of ``mat_a`` by group), 3-D x 3-D (batched),
    2-D x 2-D (the shared axis by group, one result per group), 3-D x 2-D (columns by group)."""
    a, b = arr(mat_a, "grouped_mm", "mat_a"), arr(mat_b, "grouped_mm", "mat_b")
    offs = opt(offs)
    if bias is not None:
        raise NotImplementedError(f"{_NAME}: argument 'bias' is not supported yet (only bias=None)")
    if (a.ndim, b.ndim) == (3, 3):
        if offs is not None:
            raise RuntimeError(f"{_NAME}: offs must be None when both operands are 3-D")
        result = ivy.matmul(a, b)
    elif (a.ndim, b.ndim) == (2, 3):  # rows by group: (M, K) x (G, K, N) -> (M, N)
        owner = ivy.astype(_owners(offs, a.shape[0], b.shape[0]), a.dtype)
        result = ivy.sum(ivy.matmul(a[None], b) * owner[:, :, None], axis=0)
    elif (a.ndim, b.ndim) == (2, 2):  # the shared axis by group: (M, K) x (K, N) -> (G, M, N)
        owner = ivy.astype(_owners(offs, a.shape[1], offs.shape[0] if offs is not None else 0), a.dtype)
        result = ivy.matmul(a[None] * owner[:, None, :], b)
    elif (a.ndim, b.ndim) == (3, 2):  # columns by group: (G, M, K) x (K, N) -> (M, N)
        owner = ivy.astype(_owners(offs, b.shape[1], a.shape[0]), a.dtype)
        result = ivy.sum(ivy.matmul(a, b) * owner[:, None, :], axis=0)
    else:
        raise RuntimeError(f"{_NAME}: mat_a and mat_b must be 2-D or 3-D, got {a.ndim}-D and {b.ndim}-D")
    return wrap(result if out_dtype is None else ivy.astype(result, out_dtype._ivy))


FUNCTIONS = {"grouped_mm": grouped_mm}
