# ruff: noqa: A001, A002 - paddle's own argument and function names (complex, ...)
"""Tensor creation and random sampling of ``paddle`` (default dtype float32, a global seed)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._manipulation import _shape
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, from_data, wrap


def _float(dtype: Any) -> Any:
    return (D.default_float() if dtype is None else D.to_dtype(dtype))._ivy


@register(method=False)
def to_tensor(data: Any, dtype: Any = None, place: Any = None, stop_gradient: bool = True) -> Tensor:
    """paddle.to_tensor: Python floats become the default dtype, ints int64, NumPy keeps its dtype."""
    a = as_ivy(data) if isinstance(data, (Tensor, ivy.Array)) else from_data(data)
    if dtype is not None:
        a = ivy.astype(a, D.to_dtype(dtype)._ivy)
    elif isinstance(data, Tensor):
        a = ivy.astype(a, a.dtype, copy=True)
    return wrap(a, stop_gradient)


@register(method=False)
def zeros(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.zeros."""
    return wrap(ivy.zeros(_shape(shape), dtype=_float(dtype)))


@register(method=False)
def ones(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.ones."""
    return wrap(ivy.ones(_shape(shape), dtype=_float(dtype)))


@register(method=False)
def empty(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.empty (zeros, so the values are defined)."""
    return zeros(shape, dtype)


@register(method=False)
def full(shape: Any, fill_value: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.full: the default float dtype unless ``dtype`` is given (or the value is a bool)."""
    value = fill_value.item() if isinstance(fill_value, Tensor) else fill_value
    d = _float(dtype) if not (dtype is None and isinstance(value, bool)) else ivy.bool
    return wrap(ivy.full(_shape(shape), value, dtype=d))


def _like(fill: Any, name: str) -> Any:
    def op(x: Any, dtype: Any = None, name: str | None = None) -> Tensor:
        a = as_ivy(x)
        d = a.dtype if dtype is None else D.to_dtype(dtype)._ivy
        return wrap(ivy.full(tuple(a.shape), fill, dtype=d))

    return named(op, name, f"paddle.{name}: the input's shape (and dtype unless given).")


register("zeros_like", method=False)(_like(0, "zeros_like"))
register("ones_like", method=False)(_like(1, "ones_like"))
register("empty_like", method=False)(_like(0, "empty_like"))


@register(method=False)
def full_like(x: Any, fill_value: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.full_like."""
    return _like(fill_value, "full_like")(x, dtype)


def _num(v: Any) -> Any:
    return v.item() if isinstance(v, Tensor) else v


@register(method=False)
def arange(start: Any = 0, end: Any = None, step: Any = 1, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.arange: int64 for integer bounds, the default float dtype otherwise."""
    start, end, step = _num(start), _num(end), _num(step)
    if end is None:
        start, end = 0, start
    if dtype is None:
        d = ivy.int64 if all(isinstance(v, int) for v in (start, end, step)) else D.default_float()._ivy
    else:
        d = D.to_dtype(dtype)._ivy
    return wrap(ivy.arange(start, end, step, dtype=d))


@register(method=False)
def linspace(start: Any, stop: Any, num: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.linspace."""
    d = _float(dtype)
    out = ivy.linspace(_num(start), _num(stop), int(_num(num)), dtype=ivy.float64)
    return wrap(ivy.astype(out, d))


@register(method=False)
def logspace(start: Any, stop: Any, num: Any, base: float = 10.0, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.logspace."""
    exps = ivy.linspace(_num(start), _num(stop), int(_num(num)), dtype=ivy.float64)
    return wrap(ivy.astype(ivy.pow(ivy.asarray(float(base), dtype=ivy.float64), exps), _float(dtype)))


@register(method=False)
def eye(num_rows: int, num_columns: int | None = None, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.eye."""
    return wrap(ivy.eye(int(num_rows), None if num_columns is None else int(num_columns), dtype=_float(dtype)))


@register(method=False)
def assign(x: Any, output: Tensor | None = None) -> Tensor:
    """paddle.assign: a copy (into ``output`` when given)."""
    a = ivy.astype(as_ivy(x), as_ivy(x).dtype, copy=True) if isinstance(x, (Tensor, ivy.Array)) else from_data(x)
    if output is not None:
        output._ivy = a
        return output
    return wrap(a)


@register("clone", method=False)
def clone(x: Any, name: str | None = None) -> Tensor:
    """paddle.clone."""
    return assign(x)


@register(method=False)
def cast(x: Any, dtype: Any) -> Tensor:
    """paddle.cast."""
    return wrap(ivy.astype(as_ivy(x), D.to_dtype(dtype)._ivy))


@register(method=False)
def tril_indices(row: int, col: int, offset: int = 0, dtype: Any = "int64") -> Tensor:
    """paddle.tril_indices: a ``[2, n]`` tensor of row and column indices."""
    mask = ivy.tril(ivy.ones((row, col), dtype=ivy.bool), k=offset)
    r, c = ivy.nonzero(mask)
    return wrap(ivy.astype(ivy.stack([r, c]), D.to_dtype(dtype)._ivy))


@register(method=False)
def triu_indices(row: int, col: int | None = None, offset: int = 0, dtype: Any = "int64") -> Tensor:
    """paddle.triu_indices."""
    mask = ivy.triu(ivy.ones((row, row if col is None else col), dtype=ivy.bool), k=offset)
    r, c = ivy.nonzero(mask)
    return wrap(ivy.astype(ivy.stack([r, c]), D.to_dtype(dtype)._ivy))


@register(method=False)
def complex(real: Any, imag: Any, name: str | None = None) -> Tensor:
    """paddle.complex."""
    r, i = as_ivy(real), as_ivy(imag)
    cd = ivy.complex128 if r.dtype == ivy.float64 else ivy.complex64
    return wrap(ivy.add(ivy.astype(r, cd), ivy.multiply(ivy.astype(i, cd), ivy.asarray(1j, dtype=cd))))


# -- random ----------------------------------------------------------------------------------
_state = {"seed": None}


def _next_seed() -> int | None:
    return None if _state["seed"] is None else ivy.random.next_seed()


@register(method=False)
def seed(seed: int) -> Any:
    """paddle.seed: seeds the frontend's random functions (its streams differ from paddle's)."""
    _state["seed"] = int(seed)
    ivy.random.seed(int(seed))
    return None


@register(method=False)
def rand(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.rand: uniform in [0, 1)."""
    return wrap(ivy.random.uniform(_shape(shape), dtype=_float(dtype), seed=_next_seed()))


@register(method=False)
def uniform(
    shape: Any, dtype: Any = None, min: float = -1.0, max: float = 1.0, seed: int = 0, name: Any = None
) -> Tensor:
    """paddle.uniform: uniform in [min, max)."""
    s = seed or _next_seed()
    return wrap(ivy.random.uniform(_shape(shape), low=min, high=max, dtype=_float(dtype), seed=s))


@register(method=False)
def randn(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.randn: standard normal."""
    return wrap(ivy.random.normal(_shape(shape), dtype=_float(dtype), seed=_next_seed()))


@register(method=False)
def standard_normal(shape: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.standard_normal."""
    return randn(shape, dtype)


@register(method=False)
def normal(mean: Any = 0.0, std: Any = 1.0, shape: Any = None, name: str | None = None) -> Tensor:
    """paddle.normal: ``mean``/``std`` scalars or tensors."""
    m = as_ivy(mean) if isinstance(mean, Tensor) else mean
    s = as_ivy(std) if isinstance(std, Tensor) else std
    if shape is None:
        shape = ivy.broadcast_shapes(*[tuple(v.shape) for v in (m, s) if isinstance(v, ivy.Array)] or [()])
    return wrap(ivy.random.normal(_shape(shape), mean=m, std=s, dtype=D.default_float()._ivy, seed=_next_seed()))


@register(method=False)
def randint(low: int = 0, high: int | None = None, shape: Any = (1,), dtype: Any = None, name: Any = None) -> Tensor:
    """paddle.randint: int64 in [low, high)."""
    if high is None:
        low, high = 0, low
    d = ivy.int64 if dtype is None else D.to_dtype(dtype)._ivy
    return wrap(ivy.random.randint(int(low), int(high), _shape(shape), dtype=d, seed=_next_seed()))


@register(method=False)
def randperm(n: int, dtype: Any = "int64", name: str | None = None) -> Tensor:
    """paddle.randperm."""
    return wrap(ivy.astype(ivy.random.permutation(int(n), seed=_next_seed()), D.to_dtype(dtype)._ivy))


@register(method=False)
def bernoulli(x: Any, p: float | None = None, name: str | None = None) -> Tensor:
    """paddle.bernoulli: 0/1 draws with probabilities ``x``."""
    a = as_ivy(x)
    return wrap(ivy.astype(ivy.random.bernoulli(a, tuple(a.shape), seed=_next_seed()), a.dtype))


@register(method=False)
def multinomial(x: Any, num_samples: int = 1, replacement: bool = False, name: str | None = None) -> Tensor:
    """paddle.multinomial (``replacement`` as given)."""
    a = as_ivy(x)
    logits = ivy.log(a)
    out = ivy.random.categorical(logits, num_samples, replacement=replacement, seed=_next_seed())
    return wrap(ivy.astype(out, ivy.int64))
