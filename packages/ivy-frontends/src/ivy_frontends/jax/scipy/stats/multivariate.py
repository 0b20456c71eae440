"""``dirichlet``, ``multinomial`` and ``multivariate_normal`` of ``jax.scipy.stats``, in JAX's formulas."""

from __future__ import annotations

import inspect
import math
import sys
import types
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, cast_to, operand
from ivy_frontends.jax.scipy.special import inexact
from ivy_frontends.jax.scipy.stats._family import NEG_INF

_LOG_2PI = math.log(2 * math.pi)


def _namespace(name: str, log_name: str, log_fn: Any) -> types.ModuleType:
    """``name`` with ``log_name`` (``logpdf``/``logpmf``) and its exponential (``pdf``/``pmf``)."""
    module = types.ModuleType(f"ivy_frontends.jax.scipy.stats.{name}", f"jax.scipy.stats.{name} on ivy.")
    plain = log_name[3:]

    params = inspect.signature(log_fn).parameters
    sig = inspect.Signature([p for name, p in params.items() if name != "allow_singular"])

    def exp_fn(*args: Any, **kwargs: Any) -> Array:
        out = log_fn(*sig.bind(*args, **kwargs).args)
        return Array(ivy.exp(out._a), out.weak)

    exp_fn.__signature__ = sig  # type: ignore[attr-defined]

    setattr(module, log_name, named(log_fn, log_name, f"jax.scipy.stats.{name}.{log_name}."))
    setattr(module, plain, named(exp_fn, plain, f"jax.scipy.stats.{name}.{plain}: exp of {log_name}."))
    module.__all__ = sorted((log_name, plain))  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    return module


def _dirichlet_logpdf(x: Any, alpha: Any) -> Array:
    (x, alpha), weak = inexact(x, alpha)
    if alpha.ndim != 1:
        raise ValueError(f"`alpha` must be one-dimensional; got alpha.shape={tuple(alpha.shape)}")
    if x.ndim == 0 or x.shape[0] not in (alpha.shape[0], alpha.shape[0] - 1):
        raise ValueError(
            "`x` must have either the same number of entries as `alpha` or one entry fewer; "
            f"got x.shape={tuple(x.shape)}, alpha.shape={tuple(alpha.shape)}"
        )
    if x.shape[0] != alpha.shape[0]:
        x = ivy.concat([x, 1.0 - ivy.sum(x, axis=0, keepdims=True)], axis=0)
    normalize = ivy.sum(ivy.lgamma(alpha)) - ivy.lgamma(ivy.sum(alpha))
    column = ivy.reshape(alpha, (alpha.shape[0],) + (1,) * (x.ndim - 1))
    value = ivy.sum(ivy.xlogy(column - 1.0, x), axis=0) - normalize
    simplex = ivy.logical_and(ivy.all(ivy.greater(x, 0), axis=0), ivy.less(ivy.abs(ivy.sum(x, axis=0) - 1.0), 1e-6))
    return Array(ivy.where(simplex, value, NEG_INF), weak)


def _multinomial_logpmf(x: Any, n: Any, p: Any) -> Array:
    (p,), weak = inexact(p)
    counts = [operand(x), operand(n)]
    if _dtypes.result(*counts)[0].kind not in "iu":
        kinds = ", ".join(f"{k}.dtype={_dtypes.result(c)[0]}" for k, c in zip("xn", counts, strict=True))
        raise ValueError(f"jax.scipy.stats.multinomial.logpmf: x and n must be of integer type; got {kinds}")
    x, n = (cast_to(c, _dtypes.DTYPES[p.dtype.name]) for c in counts)
    value = ivy.lgamma(n + 1.0) + ivy.sum(ivy.xlogy(x, p) - ivy.lgamma(x + 1.0), axis=-1)
    return Array(ivy.where(ivy.equal(ivy.sum(x), n), value, NEG_INF), weak)  # JAX: sum over all of x


def _mvn_logpdf(x: Any, mean: Any, cov: Any, allow_singular: None = None) -> Array:
    if allow_singular is not None:
        raise NotImplementedError("allow_singular argument of multivariate_normal.logpdf")
    (x, mean, cov), weak = inexact(x, mean, cov)
    if mean.ndim == 0:
        return Array(-0.5 * (x - mean) * (x - mean) / cov - 0.5 * (_LOG_2PI + ivy.log(cov)), weak)
    n = mean.shape[-1]
    y = x - mean
    if cov.ndim == 0:
        return Array(-0.5 * ivy.sum(y * y, axis=-1) / cov - n / 2 * (_LOG_2PI + ivy.log(cov)), weak)
    if cov.ndim < 2 or tuple(cov.shape[-2:]) != (n, n):
        raise ValueError("multivariate_normal.logpdf got incompatible shapes")
    chol = ivy.linalg.cholesky(cov)
    batch = ivy.broadcast_shapes(tuple(chol.shape[:-2]), tuple(y.shape[:-1]))
    chol = ivy.broadcast_to(chol, (*batch, n, n))
    white = ivy.linalg.solve(chol, ivy.broadcast_to(y, (*batch, n))[..., None])[..., 0]
    log_det = ivy.sum(ivy.log(ivy.linalg.diagonal(chol)), axis=-1)
    return Array(-0.5 * ivy.sum(white * white, axis=-1) - n / 2 * _LOG_2PI - log_det, weak)


dirichlet = _namespace("dirichlet", "logpdf", _dirichlet_logpdf)
multinomial = _namespace("multinomial", "logpmf", _multinomial_logpmf)
multivariate_normal = _namespace("multivariate_normal", "logpdf", _mvn_logpdf)

FAMILIES = ("dirichlet", "multinomial", "multivariate_normal")
