"""A distribution's namespace (``stats.norm``, ``stats.gamma``, ...) built from a table of its methods.

Each method is written on ivy arrays already promoted the way JAX's ``promote_args_inexact``
promotes them (integers and bools compute in floating point, Python scalars are weak); the
builder gives it JAX's signature (argument names and defaults such as ``loc=0, scale=1``).
"""

from __future__ import annotations

import ast
import inspect
import sys
import types
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax._array import Array
from ivy_frontends.jax.scipy.special import inexact

NAN = float("nan")
NEG_INF = float("-inf")
Method = Callable[..., Any]


def signature(text: str) -> inspect.Signature:
    """``"x, a, loc=0, scale=1"`` as a signature of positional-or-keyword parameters."""
    params = []
    for part in text.split(","):
        name, _, default = part.strip().partition("=")
        value = ast.literal_eval(default) if default else inspect.Parameter.empty
        params.append(inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=value))
    return inspect.Signature(params)


def _method(label: str, sig: inspect.Signature, impl: Method) -> Callable[..., Array]:
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as error:
            raise TypeError(f"jax.scipy.stats.{label}{sig}: {error}") from None
        bound.apply_defaults()
        arrays, weak = inexact(*bound.arguments.values())
        out = impl(*arrays)
        return out if isinstance(out, Array) else Array(out, weak)

    run.__signature__ = sig  # type: ignore[attr-defined]
    return named(run, label.rpartition(".")[2], f"jax.scipy.stats.{label}{sig}.")


def distribution(
    name: str, default: str, methods: dict[str, Method], signatures: dict[str, str] | None = None
) -> types.ModuleType:
    """The namespace ``jax.scipy.stats.<name>``: each method with signature ``default`` unless overridden."""
    module = types.ModuleType(f"ivy_frontends.jax.scipy.stats.{name}", f"jax.scipy.stats.{name} on ivy.")
    for method, impl in methods.items():
        sig = signature((signatures or {}).get(method, default))
        setattr(module, method, _method(f"{name}.{method}", sig, impl))
    module.__all__ = sorted(methods)  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    return module


def exp_of(fn: Method) -> Method:
    """``exp(fn(...))``: ``pdf`` from ``logpdf``, ``cdf`` from ``logcdf`` (as JAX derives them)."""
    return lambda *args: ivy.exp(fn(*args))


def log_of(fn: Method) -> Method:
    """``log(fn(...))``: ``logcdf`` from ``cdf`` (as JAX derives them)."""
    return lambda *args: ivy.log(fn(*args))


def six_methods(logpdf: Method, cdf: Method, sf: Method) -> dict[str, Method]:
    """``logpdf``, ``cdf``, ``sf`` and, as JAX derives them, ``pdf = exp(logpdf)``, ``logcdf``, ``logsf``."""
    return {"logpdf": logpdf, "pdf": exp_of(logpdf), "cdf": cdf, "logcdf": log_of(cdf), "sf": sf, "logsf": log_of(sf)}


def outside_unit(q: ivy.Array) -> ivy.Array:
    """Where a probability is nan or outside ``[0, 1]`` (JAX's ppf gives nan there)."""
    return ivy.logical_or(ivy.isnan(q), ivy.logical_or(ivy.less(q, 0), ivy.greater(q, 1)))
