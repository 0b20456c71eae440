"""``jax.lax``'s special-function primitives on the core's special functions.

As in JAX, the operands must be floating and of one dtype (a Python float counts as the
default float dtype); anything else raises ``TypeError`` naming the function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, cast_to, operand

#: public name -> (primitive name, ivy function, argument names)
SPECIAL: dict[str, tuple[str, Callable[..., ivy.Array], tuple[str, ...]]] = {
    "bessel_i0e": ("bessel_i0e", ivy.i0e, ("x",)),
    "bessel_i1e": ("bessel_i1e", ivy.i1e, ("x",)),
    "lgamma": ("lgamma", ivy.lgamma, ("x",)),
    "digamma": ("digamma", ivy.digamma, ("x",)),
    "igamma": ("igamma", ivy.gammainc, ("a", "x")),
    "igammac": ("igammac", ivy.gammaincc, ("a", "x")),
    "polygamma": ("polygamma", ivy.polygamma, ("m", "x")),
    "zeta": ("zeta", ivy.zeta, ("x", "q")),
    "betainc": ("regularized_incomplete_beta", ivy.betainc, ("a", "b", "x")),
}


def _public(name: str, fn: Callable[..., ivy.Array], params: tuple[str, ...]) -> Callable[..., Array]:
    def run(*args: Any) -> Array:
        if len(args) != len(params):
            raise TypeError(f"jax.lax.{name}() takes {len(params)} arguments ({', '.join(params)}), got {len(args)}")
        ops = [operand(a) for a in args]
        d, weak = _dtypes.result(*ops)
        # unlike jax.numpy, lax gives Python scalars their default dtype: all operands must agree
        names = {o.dtype.name if isinstance(o, Array) else _dtypes.result(o)[0].name for o in ops}
        for pname, op in zip(params, ops, strict=True):
            if isinstance(op, Array) and op.dtype.kind != "f":
                raise TypeError(f"jax.lax.{name}: argument '{pname}' must be a floating array, got {op.dtype}")
        if d.kind != "f" or len(names) > 1:
            got = [str(o.dtype) if isinstance(o, Array) else type(o).__name__ for o in ops]
            raise TypeError(f"jax.lax.{name}: the arguments must be floating and of one dtype, got {got}")
        return Array(fn(*[cast_to(o, d) for o in ops]), weak)

    return named(run, name, f"jax.lax.{name}: elementwise, on floating operands of one dtype.")


FUNCTIONS: dict[str, Callable[..., Array]] = {n: _public(n, fn, ps) for n, (_, fn, ps) in SPECIAL.items()}
PRIMITIVES: dict[str, Callable[..., ivy.Array]] = {
    prim: (lambda *xs, _fn=fn, **params: _fn(*xs)) for prim, fn, _ in SPECIAL.values()
}
