# ruff: noqa: A002, E501 - torch's own argument names (input); long lines are torch's messages
"""Max pooling that also gives torch's indices (flat positions in each input plane), the
``*_with_indices`` functions, and ``max_unpool1d/2d/3d`` that scatter values back to them.

Each spatial dimension's windows are a static ``(out, k)`` table of input positions (with a
validity mask for padding); gathering along every spatial axis in turn gives all windows,
whose first maximum is torch's choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import arr, batched, pool_stride, tup


def _pool_windows(size: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> list[list[int]]:
    """Input positions (``-1`` outside) of each output's window along one dimension, as torch sizes it."""
    span = size + 2 * p - d * (k - 1) - 1
    out = (-(-span // s) if ceil_mode else span // s) + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    return [[i * s - p + j * d if 0 <= i * s - p + j * d < size else -1 for j in range(k)] for i in range(out)]


def _adaptive_windows(size: int, out: int) -> list[list[int]]:
    """torch's adaptive bins ``[floor(i L / out), ceil((i + 1) L / out))``, padded with their first position."""
    rows = []
    for i in range(out):
        start, end = (i * size) // out, -(-((i + 1) * size) // out)
        rows.append(list(range(start, end)))
    width = max(len(r) for r in rows)
    return [r + [r[0]] * (width - len(r)) for r in rows]


def _max_with_indices(x: Any, windows: list[list[list[int]]]) -> tuple[Any, Any]:
    """Max over the windows of ``x`` (N, C, *spatial) and each maximum's flat position in its plane."""
    n = len(windows)
    spatial = x.shape[2:]
    y = x
    flat = ivy.zeros((), dtype=ivy.int64)
    valid = ivy.ones((), dtype=ivy.bool)
    for i, table in enumerate(windows):
        out, k = len(table), len(table[0])
        pos = ivy.asarray(table, dtype=ivy.int64)
        ok = ivy.greater_equal(pos, 0)
        safe = ivy.where(ok, pos, ivy.zeros_like(pos))
        axis = 2 + 2 * i
        y = ivy.take(y, ivy.reshape(safe, (-1,)), axis=axis)
        y = ivy.reshape(y, (*y.shape[:axis], out, k, *y.shape[axis + 1 :]))
        stride = 1
        for size in spatial[i + 1 :]:
            stride *= size
        shape = [1] * (2 * n)
        shape[2 * i], shape[2 * i + 1] = out, k
        flat = ivy.add(flat, ivy.reshape(ivy.multiply(safe, stride), tuple(shape)))
        valid = ivy.logical_and(valid, ivy.reshape(ok, tuple(shape)))
    y = ivy.where(valid, y, ivy.full((), -float("inf"), dtype=y.dtype))
    order = [0, 1, *(2 + 2 * i for i in range(n)), *(3 + 2 * i for i in range(n))]
    y = ivy.permute_dims(y, tuple(order))
    outs = tuple(len(t) for t in windows)
    y = ivy.reshape(y, (*y.shape[:2], *outs, -1))
    flat = ivy.reshape(ivy.permute_dims(flat, tuple(o - 2 for o in order[2:])), (*outs, -1))
    best = ivy.argmax(y, axis=-1, keepdims=True)
    values = ivy.take_along_axis(y, best, axis=-1)[..., 0]
    index = ivy.take_along_axis(ivy.broadcast_to(flat, y.shape), best, axis=-1)[..., 0]
    return values, index


def _unbatched(values: Any, index: Any, squeeze: bool) -> tuple[Tensor, Tensor]:
    if squeeze:
        values, index = values[0], index[0]
    return wrap(values), wrap(index)


def max_pool_with_indices(
    x: Any, squeeze: bool, k: tuple, s: tuple, p: tuple, d: tuple, ceil_mode: bool
) -> tuple[Tensor, Tensor]:
    """``max_pool{n}d``'s values and indices of a batched ``x`` (kernel, stride, padding, dilation per axis)."""
    for pi, ki in zip(p, k, strict=True):
        if pi > ki // 2:
            raise RuntimeError(
                f"pad should be at most half of effective kernel size, but got pad={pi}, kernel_size={ki}"
            )
    tables = [_pool_windows(x.shape[2 + i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(len(k))]
    return _unbatched(*_max_with_indices(x, tables), squeeze)


def adaptive_max_pool_with_indices(n: int) -> Callable[..., tuple[Tensor, Tensor]]:
    name = f"adaptive_max_pool{n}d_with_indices"

    def pool(input: Any, output_size: Any, return_indices: bool = True) -> tuple[Tensor, Tensor]:
        x, squeeze = batched(arr(input, name), n)
        sizes = tup(output_size, n)
        tables = [_adaptive_windows(x.shape[2 + i], x.shape[2 + i] if o is None else o) for i, o in enumerate(sizes)]
        return _unbatched(*_max_with_indices(x, tables), squeeze)

    return named(pool, name, f"torch.nn.functional.{name}: the pooled values and torch's flat indices.")


def max_unpool(n: int) -> Callable[..., Tensor]:
    name = f"max_unpool{n}d"

    def unpool(
        input: Any, indices: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, output_size: Any = None
    ) -> Tensor:
        x, squeeze = batched(arr(input, name), n)
        idx = batched(arr(indices, name, "indices"), n)[0]
        k, p = tup(kernel_size, n), tup(padding, n)
        s = pool_stride(stride, k, n)
        size = default = tuple((x.shape[2 + i] - 1) * s[i] - 2 * p[i] + k[i] for i in range(n))
        if output_size is not None:
            if len(tuple(output_size)) not in (n, n + 2):
                raise ValueError(
                    f"output_size should be a sequence containing {n} or {n + 2} elements, but it has a length of '{len(tuple(output_size))}'"
                )
            size = tuple(int(v) for v in tuple(output_size)[-n:])
            for i in range(n):
                low, high = default[i] - s[i], default[i] + s[i]
                if not low < size[i] < high:
                    raise ValueError(f'invalid output_size "{list(size)}" (dim {i} must be between {low} and {high})')
        plane = 1
        for v in size:
            plane *= v
        rows = x.shape[0] * x.shape[1]
        values = ivy.reshape(x, (rows, -1))
        cols = ivy.reshape(ivy.astype(idx, ivy.int64), (rows, -1))
        if values.shape[1] and bool(ivy.any(ivy.logical_or(ivy.less(cols, 0), ivy.greater_equal(cols, plane)))):
            raise RuntimeError(
                f"Found an invalid max index: {int(ivy.max(cols))} (output volumes are of size {'x'.join(map(str, size))}"
            )
        row = ivy.broadcast_to(ivy.reshape(ivy.arange(rows, dtype=ivy.int64), (rows, 1)), cols.shape)
        out = ivy.index_put(ivy.zeros((rows, plane), dtype=x.dtype), (row, cols), values)
        out = ivy.reshape(out, (*x.shape[:2], *size))
        return wrap(out[0] if squeeze else out)

    return named(unpool, name, f"torch.nn.functional.{name}: values scattered to their indices, zeros elsewhere.")


FUNCTIONS: dict[str, Any] = {}
for _n in (1, 2, 3):
    FUNCTIONS[f"adaptive_max_pool{_n}d_with_indices"] = adaptive_max_pool_with_indices(_n)
    FUNCTIONS[f"max_unpool{_n}d"] = max_unpool(_n)
