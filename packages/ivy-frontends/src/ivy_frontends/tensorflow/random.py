"""``tf.random``: seeded sampling from ivy's streams (the same on every backend, not TF's numbers)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._core import _shape
from ivy_frontends.tensorflow._tensor import Tensor, as_tensor

_STATE = {"seed": None, "count": 0}


def set_seed(seed: int) -> None:
    """tf.random.set_seed: restart the global stream."""
    _STATE["seed"], _STATE["count"] = int(seed), 0


def _next_seed(op_seed: Any = None) -> int | None:
    if _STATE["seed"] is None and op_seed is None:
        return None
    _STATE["count"] += 1
    base = _STATE["seed"] if _STATE["seed"] is not None else 87654321
    return (base * 1000003 + (int(op_seed) if op_seed is not None else 0) * 7919 + _STATE["count"]) % (2**31 - 1)


def _gaussian(draw: Any, name: str, doc: str) -> Any:
    def gaussian(
        shape: Any, mean: float = 0.0, stddev: float = 1.0, dtype: Any = d.float32, seed: Any = None, name: Any = None
    ) -> Tensor:
        ivy_dtype = d.as_dtype(dtype)._ivy
        return Tensor(draw(_shape(shape), mean=float(mean), std=float(stddev), dtype=ivy_dtype, seed=_next_seed(seed)))

    return named(gaussian, name, f"tf.random.{name}{doc}.")


normal = _gaussian(ivy.random.normal, "normal", "")
truncated_normal = _gaussian(ivy.random.truncated_normal, "truncated_normal", ": within two standard deviations")


def uniform(
    shape: Any, minval: Any = 0, maxval: Any = None, dtype: Any = d.float32, seed: Any = None, name: Any = None
) -> Tensor:
    """tf.random.uniform: floats in ``[minval, maxval)`` (1 by default); integers need ``maxval``."""
    dt = d.as_dtype(dtype)
    if dt.is_integer:
        if maxval is None:
            raise ValueError("Must specify maxval for integer dtype")
        return Tensor(ivy.random.randint(int(minval), int(maxval), _shape(shape), dtype=dt._ivy, seed=_next_seed(seed)))
    hi = 1.0 if maxval is None else float(maxval)
    return Tensor(ivy.random.uniform(_shape(shape), low=float(minval), high=hi, dtype=dt._ivy, seed=_next_seed(seed)))


def shuffle(value: Any, seed: Any = None, name: Any = None) -> Tensor:
    """tf.random.shuffle along the first axis."""
    a = as_tensor(value)._ivy
    perm = ivy.random.permutation(a.shape[0], seed=_next_seed(seed)) if _accepts_int() else None
    return Tensor(ivy.take(a, perm, axis=0))


def _accepts_int() -> bool:
    return True


def categorical(logits: Any, num_samples: int, dtype: Any = None, seed: Any = None, name: Any = None) -> Tensor:
    """tf.random.categorical: ``num_samples`` class indices per row of unnormalised log-probabilities."""
    lg = as_tensor(logits)._ivy
    u = ivy.random.uniform(
        (lg.shape[0], int(num_samples), lg.shape[1]), low=1e-20, high=1.0, dtype=lg.dtype, seed=_next_seed(seed)
    )
    gumbel = ivy.negative(ivy.log(ivy.negative(ivy.log(u))))
    out = ivy.argmax(ivy.add(ivy.expand_dims(lg, axis=1), gumbel), axis=-1)
    return Tensor(ivy.astype(out, (d.as_dtype(dtype) if dtype is not None else d.int64)._ivy))


def gamma(
    shape: Any, alpha: Any, beta: Any = None, dtype: Any = d.float32, seed: Any = None, name: Any = None
) -> Tensor:
    """tf.random.gamma for integer ``alpha`` (sum of exponentials)."""
    a = int(float(as_tensor(alpha)))
    u = ivy.random.uniform(
        (*_shape(shape), a), low=1e-12, high=1.0, dtype=d.as_dtype(dtype)._ivy, seed=_next_seed(seed)
    )
    out = ivy.negative(ivy.sum(ivy.log(u), axis=-1))
    if beta is not None:
        out = ivy.divide(out, ivy.asarray(float(as_tensor(beta)), dtype=out.dtype))
    return Tensor(out)
