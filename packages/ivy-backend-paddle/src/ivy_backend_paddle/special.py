"""Special functions Paddle has accurate kernels for (float64-exact). Not used: ``gammainc``
(it flushes results below about 1e-10 to 0), ``gammaincc`` (it raises on negative
arguments instead of giving nan) and ``digamma`` (no relative precision at its positive
root); the composites serve them.

Float tensors of one dtype go to the kernel, computed in float64 and rounded once;
anything else goes to the core's composite, which promotes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import paddle

from ivy.plugin import elementwise_hook
from ivy.spec import SPECS
from ivy_backend_paddle._common import F64
from ivy_backend_paddle.nn import _fallback, _floating


def _in_float64(native: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        dtype = args[-1].dtype
        if dtype is F64:
            return native(*args)
        return paddle.cast(native(*(paddle.cast(a, F64) for a in args)), dtype)

    return run


def _polygamma_accepts(n: Any, x: Any) -> bool:
    # n = 0 is digamma, whose paddle kernel loses the relative precision near its poles and root
    return type(n) is int and n >= 1 and _floating(x)


def _polygamma(n: int, x: Any) -> Any:
    return paddle.cast(paddle.polygamma(paddle.cast(x, F64), n), x.dtype)


_NATIVES = dict(  # one line per hook, found by grep '^\s*HOOK *='
    lgamma=paddle.lgamma,
    i0=paddle.i0,
    i0e=paddle.i0e,
    i1=paddle.i1,
    i1e=paddle.i1e,
    sinc=lambda x: paddle.where(paddle.isnan(x), x, paddle.sinc(x)),  # (paddle.sinc(nan) is 1)
)

for _hook, _native in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = elementwise_hook(_hook, _in_float64(_native), _floating, _fallback)
if "polygamma" in SPECS:
    polygamma = elementwise_hook("polygamma", _polygamma, _polygamma_accepts, _fallback)
