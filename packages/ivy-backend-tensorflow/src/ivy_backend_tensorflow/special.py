"""Special functions from ``tf.math`` and ``tf.math.special`` (accurate to float64).

``digamma`` is not used (no relative precision at its positive root; nan at 0).
float32/float64 tensors (and Python numbers with them) go to the kernel, broadcast
to one shape (some kernels, ``betainc`` for one, take only equal shapes), computed
in float64 and rounded once to the promoted dtype; anything else goes to the core's
composite, which promotes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce
from typing import Any

import tensorflow as tf

from ivy.plugin import elementwise_hook
from ivy.spec import SPECS
from ivy_backend_tensorflow.nn import _fallback, _floating


def _accepts(*args: Any) -> bool:
    """float32/float64 tensors, with Python numbers among them."""
    tensors = [a for a in args if not isinstance(a, (int, float))]
    return bool(tensors) and all(_floating(t) and t.dtype in (tf.float32, tf.float64) for t in tensors)


def _in_float64(native: Callable[..., Any]) -> Callable[..., Any]:
    """``native`` on the operands in float64, broadcast to one shape, rounded to the
    promoted dtype (float32 where every tensor is: Python numbers are weak); nan in, nan out."""

    def run(*args: Any) -> Any:
        dtype = tf.float64 if any(getattr(a, "dtype", None) == tf.float64 for a in args) else tf.float32
        wide = [
            tf.cast(a, tf.float64) if not isinstance(a, (int, float)) else tf.constant(float(a), tf.float64)
            for a in args
        ]
        if len(wide) > 1:
            shape = reduce(tf.broadcast_dynamic_shape, [tf.shape(a) for a in wide])
            wide = [tf.broadcast_to(a, shape) for a in wide]
        result = native(*wide)
        for operand in wide:
            result = tf.where(tf.math.is_nan(operand), operand, result)
        return result if dtype == tf.float64 else tf.cast(result, dtype)

    return run


def _polygamma_accepts(n: Any, x: Any) -> bool:
    return type(n) is int and n >= 1 and _accepts(x)  # (n = 0: digamma, whose kernel is not used)


def _polygamma(n: int, x: Any) -> Any:
    wide = tf.cast(x, tf.float64)
    result = tf.math.polygamma(tf.fill(tf.shape(wide), tf.constant(float(n), tf.float64)), wide)
    return tf.cast(result, x.dtype)


def _with_zero_shape(native: Callable[..., Any], at_zero: float) -> Callable[..., Any]:
    """``native(a, x)``, and ``at_zero`` where ``a == 0 < x`` (TensorFlow gives nan there)."""

    def run(a: Any, x: Any) -> Any:
        result = tf.where(tf.equal(a, 0) & (x > 0), tf.constant(at_zero, x.dtype), native(a, x))
        return tf.where(tf.equal(a, 0) & tf.equal(x, 0), tf.constant(float("nan"), x.dtype), result)

    return run


def _betainc(a: Any, b: Any, x: Any) -> Any:
    result = tf.math.betainc(a, b, x)
    result = tf.where(tf.equal(a, 0) & (b > 0), tf.ones_like(x), result)
    return tf.where(tf.equal(b, 0) & (a > 0), tf.zeros_like(x), result)


def _zeta(x: Any, q: Any) -> Any:
    """TensorFlow's Hurwitz zeta in float64 with the poles' inf: at ``q == 0`` (TensorFlow gives nan)
    and at ``x == 1`` for every ``q``, a nan ``q`` included (as SciPy and torch)."""
    result = _in_float64(tf.math.zeta)(x, q)
    x, q = (tf.cast(a, result.dtype) if not isinstance(a, (int, float)) else a for a in (x, q))
    pole = (tf.equal(q, 0) & (x > 1)) | tf.equal(x, 1)
    return tf.where(pole, tf.constant(float("inf"), result.dtype), result)


_math, _special = tf.math, tf.math.special
_NATIVES = dict(  # one line per hook, found by grep '^\s*HOOK *='
    erfc=_math.erfc,
    ndtri=_math.ndtri,
    lgamma=_math.lgamma,
    gammainc=_with_zero_shape(_math.igamma, 1.0),
    gammaincc=_with_zero_shape(_math.igammac, 0.0),
    betainc=_betainc,
    i0=_special.bessel_i0,
    i0e=_special.bessel_i0e,
    i1=_special.bessel_i1,
    i1e=_special.bessel_i1e,
    bessel_j0=_special.bessel_j0,
    bessel_j1=_special.bessel_j1,
    bessel_y0=_special.bessel_y0,
    bessel_y1=_special.bessel_y1,
    modified_bessel_k0=_special.bessel_k0,
    modified_bessel_k1=_special.bessel_k1,
    modified_bessel_k0e=_special.bessel_k0e,
    modified_bessel_k1e=_special.bessel_k1e,
    xlogy=_math.xlogy,
    xlog1py=_math.xlog1py,
)

for _hook, _native in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = elementwise_hook(_hook, _in_float64(_native), _accepts, _fallback)
if "zeta" in SPECS:
    zeta = elementwise_hook("zeta", _zeta, _accepts, _fallback)
if "polygamma" in SPECS:
    polygamma = elementwise_hook("polygamma", _polygamma, _polygamma_accepts, _fallback)
