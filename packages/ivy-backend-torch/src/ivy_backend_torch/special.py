"""Special functions from ``torch.special``, where its kernels are accurate to float64.

Floating tensors of one dtype go to the kernel, computed in float64 and rounded
once (float32 results then keep every digit, as the core's composites do);
anything else (integers, mixed dtypes, Python scalars) goes to the composite,
which promotes. ``torch.special``'s ``gammainc``/``gammaincc`` (about 1e-9
relative in float64), its Bessel ``J``/``Y`` (about 1e-7 absolute) and its ``digamma``
(no relative precision at the positive root) are not used: the composites are exact there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import Tensor

from ivy.plugin import composite_fallback, elementwise_hook
from ivy.spec import SPECS

_fallback = composite_fallback(lambda value: isinstance(value, Tensor))
_special = torch.special


def _same_floating(*args: Any) -> bool:
    first = args[0]
    return (
        isinstance(first, Tensor)
        and first.dtype.is_floating_point
        and all(isinstance(a, Tensor) and a.dtype == first.dtype for a in args[1:])
    )


def _in_float64(native: Callable[..., Tensor]) -> Callable[..., Tensor]:
    def run(*args: Tensor) -> Tensor:
        dtype = args[-1].dtype
        if dtype == torch.float64:
            return native(*args)
        return native(*(a if isinstance(a, int) else a.to(torch.float64) for a in args)).to(dtype)

    return run


def _polygamma_accepts(n: Any, x: Any) -> bool:
    return type(n) is int and n >= 0 and _same_floating(x)


_NATIVES = {
    "erfc": _special.erfc,
    "erfcx": _special.erfcx,
    "ndtri": _special.ndtri,
    "log_ndtr": _special.log_ndtr,
    "lgamma": _special.gammaln,
    "zeta": _special.zeta,
    "i0": _special.i0,
    "i0e": _special.i0e,
    "i1": _special.i1,
    "i1e": _special.i1e,
    "modified_bessel_k0": _special.modified_bessel_k0,
    "modified_bessel_k1": _special.modified_bessel_k1,
    "modified_bessel_k0e": _special.scaled_modified_bessel_k0,
    "modified_bessel_k1e": _special.scaled_modified_bessel_k1,
    "sinc": _special.sinc,
    "xlogy": _special.xlogy,
    "xlog1py": _special.xlog1py,
    "entr": _special.entr,
}

for _hook, _native in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = elementwise_hook(_hook, _in_float64(_native), _same_floating, _fallback)
if "polygamma" in SPECS:
    polygamma = elementwise_hook("polygamma", _in_float64(_special.polygamma), _polygamma_accepts, _fallback)
