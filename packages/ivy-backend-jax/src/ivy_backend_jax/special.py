"""Special functions from ``jax.scipy.special``, where its kernels are accurate to float64.

float32/float64 arrays (and Python numbers with them) go to the kernel, computed in
float64 and rounded once to the promoted dtype; anything else goes to the core's
composite, which promotes. Not used:
``erfcx`` (0 beyond about 26), ``log_ndtr`` (a few per cent off in its upper
tail), ``betaln`` (about 1e-6 relative), ``gammaln`` and ``digamma`` (no relative
precision at their zeros; nan at 0): the composites, compiled whole, serve them
and the Bessel functions JAX lacks; ``digamma``'s runs op by op (XLA folds the
split constant of its series around the root, losing the root's relative precision).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ivy.plugin import elementwise_hook
from ivy.spec import SPECS
from ivy_backend_jax._common import restore_x64, swap_x64
from ivy_backend_jax.nn import _fallback, _kernel, _same_floating

_special = jax.scipy.special


def _wide(native: Callable[..., Any], *args: Any) -> Any:
    dtype = jnp.result_type(*args)
    if dtype == jnp.float64:
        return native(*args)
    return native(*(a.astype(jnp.float64) for a in args)).astype(dtype)


def _bind(hook: str, native: Callable[..., Any], arity: int) -> Callable:
    bodies = {
        1: lambda x: _wide(native, x),
        2: lambda a, b: _wide(native, a, b),
        3: lambda a, b, c: _wide(native, a, b, c),
    }
    return elementwise_hook(hook, _widened(_kernel(bodies[arity], arity)), _accepts, _fallback)


def _widened(compiled: Callable[..., Any]) -> Callable[..., Any]:
    """``compiled`` run on float64 operands broadcast together, its result rounded to the
    promoted dtype: the kernels compute in float64 anyway, so one executable per result
    shape serves both dtypes and every way of broadcasting to it."""

    def call(*args: Any) -> Any:
        # Python numbers are weak: they take the arrays' promoted dtype
        dtype = jnp.float64 if any(getattr(a, "dtype", None) == jnp.float64 for a in args) else jnp.float32
        previous = swap_x64(True)
        try:
            wide = [a.astype(jnp.float64) if isinstance(a, jax.Array) else np.asarray(a, np.float64) for a in args]
            return compiled(*jnp.broadcast_arrays(*wide)).astype(dtype)
        finally:
            restore_x64(previous)

    return call


def _accepts(*args: Any) -> bool:
    """float32/float64 arrays, with Python numbers among them."""
    arrays = [a for a in args if isinstance(a, jax.Array)]
    return (
        bool(arrays)
        and all(a.dtype in (jnp.float32, jnp.float64) for a in arrays)
        and all(isinstance(a, jax.Array) or type(a) in (int, float) for a in args)
    )


def _polygamma_accepts(n: Any, x: Any) -> bool:
    return type(n) is int and n >= 1 and _same_floating(x)  # (n = 0: digamma, whose kernel is not used)


def _polygamma(n: Any, x: Any) -> Any:
    return _special.polygamma(n, x.astype(jnp.float64)).astype(x.dtype)


def _zeta(x: Any, q: Any) -> Any:
    # (nan at the poles q = 0, -1, ...: the limit is inf)
    return jnp.where((q <= 0) & (q == jnp.floor(q)) & (x > 1), jnp.inf, _special.zeta(x, q))


def _with_zero_shape(native: Callable[..., Any], at_zero: float) -> Callable[..., Any]:
    """``native(a, x)``, with ``at_zero`` where ``a == 0 < x`` (JAX gives nan there)."""

    def run(a: Any, x: Any) -> Any:
        return jnp.where((a == 0) & (x > 0), at_zero, native(a, x))

    return run


_NATIVES = dict(  # one line per hook, found by grep '^\s*HOOK *='
    erfc=(_special.erfc, 1),
    ndtri=(_special.ndtri, 1),
    zeta=(_zeta, 2),
    gammainc=(_with_zero_shape(_special.gammainc, 1.0), 2),
    gammaincc=(_with_zero_shape(_special.gammaincc, 0.0), 2),
    betainc=(_special.betainc, 3),
    i0=(_special.i0, 1),
    i0e=(_special.i0e, 1),
    i1=(_special.i1, 1),
    i1e=(_special.i1e, 1),
    sinc=(jnp.sinc, 1),
    xlogy=(_special.xlogy, 2),
    xlog1py=(_special.xlog1py, 2),
    entr=(_special.entr, 1),
)

for _hook, (_native, _arity) in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = _bind(_hook, _native, _arity)
#: the rest, as the core's composites compiled whole: one XLA program per input signature
#: rather than one per operation of the composite
_COMPOSITES = dict(  # one line per hook, found by grep '^\s*HOOK *='
    erfcx=1,
    log_ndtr=1,
    lgamma=1,
    betaln=2,
    bessel_j0=1,
    bessel_j1=1,
    bessel_y0=1,
    bessel_y1=1,
    modified_bessel_k0=1,
    modified_bessel_k1=1,
    modified_bessel_k0e=1,
    modified_bessel_k1e=1,
)


def _compiled_composite(hook: str, arity: int) -> Callable:
    bodies = {
        1: lambda x: _fallback(hook, x),
        2: lambda a, b: _fallback(hook, a, b),
    }
    return elementwise_hook(hook, _widened(_kernel(bodies[arity], arity)), _accepts, _fallback)


for _hook, _arity in _COMPOSITES.items():
    if _hook in SPECS:
        globals()[_hook] = _compiled_composite(_hook, _arity)
if "polygamma" in SPECS:
    polygamma = elementwise_hook("polygamma", _kernel(_polygamma, 2), _polygamma_accepts, _fallback)
