"""Shared checks for the jax frontend tests: results are compared with real JAX's on the same inputs.

Real JAX runs with ``jax_enable_x64`` on: the frontend follows ivy's dtypes
(int64/float64 defaults), which is JAX's 64-bit mode.
"""

from __future__ import annotations

import warnings

import jax
import numpy as np
from hypothesis import HealthCheck, settings

jax.config.update("jax_enable_x64", True)
warnings.filterwarnings("ignore", message="The given NumPy array is not writable")

settings.register_profile(
    "jax-frontend", max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("jax-frontend")

TOL = {"float16": (2e-3, 2e-3), "bfloat16": (2e-2, 2e-2), "float32": (2e-5, 2e-5), "float64": (1e-10, 1e-10)}
TOL["complex64"], TOL["complex128"] = TOL["float32"], TOL["float64"]


def assert_same(mine, ref, rtol=None, atol=None, check_dtype=True):
    """A frontend result equals JAX's: same structure, dtype, shape, and values within the dtype's tolerance."""
    from ivy_frontends.jax import Array

    if isinstance(ref, jax.Array):
        assert isinstance(mine, Array), f"expected an Array, got {type(mine).__name__}"
        if check_dtype:
            assert str(mine.dtype) == str(ref.dtype), f"dtype {mine.dtype} != jax's {ref.dtype}"
        assert mine.shape == tuple(ref.shape), f"shape {mine.shape} != jax's {tuple(ref.shape)}"
        r, a = TOL.get(str(ref.dtype), (0, 0))
        np.testing.assert_allclose(
            mine.numpy(),
            np.asarray(ref),
            rtol=r if rtol is None else rtol,
            atol=a if atol is None else atol,
            equal_nan=True,
        )
    elif isinstance(ref, (tuple, list)):
        assert len(mine) == len(ref)
        for m, r in zip(mine, ref, strict=True):
            assert_same(m, r, rtol, atol, check_dtype)
    else:
        assert mine == ref, f"{mine!r} != jax's {ref!r}"


def run_both(case, *arrays, rtol=None, atol=None):
    """``case(jnp_like, *arrays)`` with real jax.numpy and the frontend on the same NumPy data."""
    import jax.numpy as jnp

    from ivy_frontends.jax import numpy as fjnp

    ref = case(jnp, *[jnp.asarray(a) for a in arrays])
    mine = case(fjnp, *[fjnp.asarray(np.asarray(a)) for a in arrays])
    assert_same(mine, ref, rtol, atol)
