"""Special functions from ``torch.special``, where its kernels are accurate to float64.

float32/float64 tensors (and Python numbers with them) go to the kernel, computed
in float64 and rounded once to the promoted dtype (float32 results then keep every
digit, as the core's composites do); anything else (integer tensors, say) goes to
the composite, which promotes. ``torch.special``'s ``gammainc``/``gammaincc`` (about 1e-9
relative in float64), its Bessel ``J``/``Y`` (about 1e-7 absolute) and its ``digamma``
(no relative precision at the positive root) and ``polygamma`` (trigamma about 5e-10
relative off) are not used: the composites are exact there.
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


def _accepts(*args: Any) -> bool:
    """float32/float64 tensors (of one device), with Python numbers among them."""
    tensors = [a for a in args if isinstance(a, Tensor)]
    return (
        bool(tensors)
        and all(t.dtype in (torch.float32, torch.float64) for t in tensors)
        and all(isinstance(a, Tensor) or type(a) in (int, float) for a in args)
    )


def _in_float64(native: Callable[..., Tensor]) -> Callable[..., Tensor]:
    """``native`` computed in float64, rounded to the promoted dtype (float32 where every
    tensor is: Python numbers are weak)."""

    def run(*args: Any) -> Tensor:
        tensors = [a for a in args if isinstance(a, Tensor)]
        dtype = torch.float64 if any(t.dtype == torch.float64 for t in tensors) else torch.float32
        device = tensors[0].device
        wide = [
            a.to(torch.float64) if isinstance(a, Tensor) else torch.tensor(float(a), dtype=torch.float64, device=device)
            for a in args
        ]
        result = native(*wide)
        return result if dtype == torch.float64 else result.to(dtype)

    return run


_NATIVES = dict(  # one line per hook, found by grep '^\s*HOOK *='
    erfc=_special.erfc,
    erfcx=_special.erfcx,
    ndtri=_special.ndtri,
    log_ndtr=_special.log_ndtr,
    lgamma=_special.gammaln,
    zeta=_special.zeta,
    i0=_special.i0,
    i0e=_special.i0e,
    i1=_special.i1,
    i1e=_special.i1e,
    modified_bessel_k0=_special.modified_bessel_k0,
    modified_bessel_k1=_special.modified_bessel_k1,
    modified_bessel_k0e=_special.scaled_modified_bessel_k0,
    modified_bessel_k1e=_special.scaled_modified_bessel_k1,
    sinc=_special.sinc,
    xlogy=_special.xlogy,
    xlog1py=_special.xlog1py,
    entr=_special.entr,
)

for _hook, _native in _NATIVES.items():
    if _hook in SPECS:
        globals()[_hook] = elementwise_hook(_hook, _in_float64(_native), _accepts, _fallback)
