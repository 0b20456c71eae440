"""Special functions from ``jax.scipy.special``, where its kernels are accurate to float64.

Floating arrays of one dtype go to the kernel, computed in float64 and rounded
once; anything else goes to the core's composite, which promotes. Not used:
``erfcx`` (0 beyond about 26), ``log_ndtr`` (a few per cent off in its upper
tail) and ``betaln`` (about 1e-6 relative), which the composites get right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp

from ivy.plugin import elementwise_hook
from ivy.spec import SPECS
from ivy_backend_jax.nn import _fallback, _kernel, _same_floating

_special = jax.scipy.special


def _wide(native: Callable[..., Any], *args: Any) -> Any:
    dtype = args[-1].dtype
    if dtype == jnp.float64:
        return native(*args)
    return native(*(a.astype(jnp.float64) for a in args)).astype(dtype)


def _bind(hook: str, native: Callable[..., Any], arity: int) -> Callable:
    bodies = {
        1: lambda x: _wide(native, x),
        2: lambda a, b: _wide(native, a, b),
        3: lambda a, b, c: _wide(native, a, b, c),
    }
    return elementwise_hook(hook, _kernel(bodies[arity], arity), _same_floating, _fallback)


def _polygamma_accepts(n: Any, x: Any) -> bool:
    return type(n) is int and n >= 0 and _same_floating(x)


def _polygamma(n: Any, x: Any) -> Any:
    return _special.polygamma(n, x.astype(jnp.float64)).astype(x.dtype)


_NATIVES = {
    "erfc": (_special.erfc, 1),
    "ndtri": (_special.ndtri, 1),
    "lgamma": (_special.gammaln, 1),
    "digamma": (_special.digamma, 1),
    "zeta": (_special.zeta, 2),
    "gammainc": (_special.gammainc, 2),
    "gammaincc": (_special.gammaincc, 2),
    "betainc": (_special.betainc, 3),
    "i0": (_special.i0, 1),
    "i0e": (_special.i0e, 1),
    "i1": (_special.i1, 1),
    "i1e": (_special.i1e, 1),
    "sinc": (jnp.sinc, 1),
    "xlogy": (_special.xlogy, 2),
    "xlog1py": (_special.xlog1py, 2),
    "entr": (_special.entr, 1),
}

for _hook, (_native, _arity) in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = _bind(_hook, _native, _arity)
if "polygamma" in SPECS:
    polygamma = elementwise_hook("polygamma", _kernel(_polygamma, 2), _polygamma_accepts, _fallback)
