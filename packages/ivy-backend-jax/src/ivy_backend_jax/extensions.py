"""Ivy's extensions beyond the standard that JAX has native kernels for.

Only the hooks the installed core declares are registered (the extension
hookspecs are younger than the standard's and may still move); the core's
composites cover the rest.
"""

from __future__ import annotations

import math
from typing import Any

import jax
import jax.numpy as jnp
from jax import lax

from ivy.spec import SPECS
from ivy_backend_jax._common import kernel

_special = jax.scipy.special


@kernel()
def erf(x: Any) -> Any:
    return _special.erf(x)


_TWO_OVER_ROOT_PI = 2 / math.sqrt(math.pi)


@kernel()
def erfinv(x: Any) -> Any:
    # JAX's erfinv is off by up to ~1e-12 (relative) in float64 in the tails; two Newton
    # steps on erf (on erfc near +-1, where erf(x) - y cancels) make it exact to an ulp or so.
    result = _special.erfinv(x)
    magnitude = jnp.abs(x)
    for _ in range(2):
        residual = jnp.where(
            magnitude > 0.5, jnp.sign(x) * ((1 - magnitude) - _special.erfc(jnp.abs(result))), _special.erf(result) - x
        )
        step = residual / (_TWO_OVER_ROOT_PI * jnp.exp(-result * result))
        result = jnp.where(jnp.isfinite(step), result - step, result)
    return result


@kernel("axis", "keepdims")
def logsumexp(x: Any, axis: Any, keepdims: Any) -> Any:
    return _special.logsumexp(x, axis=axis, keepdims=keepdims)


_PAD_MODES = {"replicate": "edge", "circular": "wrap"}


@kernel("pad_width", "mode", "value")
def pad(x: Any, pad_width: Any, mode: Any, value: Any) -> Any:
    mode = _PAD_MODES.get(mode, mode)
    if mode == "constant":
        return jnp.pad(x, pad_width, mode="constant", constant_values=jnp.asarray(value, dtype=x.dtype))
    return jnp.pad(x, pad_width, mode=mode)


def _pair(value: Any) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)


@kernel("kernel_size", "dilation", "padding", "stride")
def unfold(x: Any, kernel_size: Any, dilation: Any, padding: Any, stride: Any) -> Any:
    batched = x.ndim == 4
    images = x if batched else x[None]
    (ph, pw) = _pair(padding)
    patches = lax.conv_general_dilated_patches(
        images,
        filter_shape=_pair(kernel_size),
        window_strides=_pair(stride),
        padding=((ph, ph), (pw, pw)),
        rhs_dilation=_pair(dilation),
        dimension_numbers=("NCHW", "OIHW", "NCHW"),
        precision=lax.Precision.HIGHEST,
    )  # (N, C * kh * kw, out_h, out_w), features ordered channel-major as torch's unfold
    columns = patches.reshape(patches.shape[0], patches.shape[1], -1)
    return columns if batched else columns[0]


for _name in ("erf", "erfinv", "logsumexp", "pad", "unfold"):
    if _name not in SPECS or SPECS[_name].core:
        del globals()[_name]
