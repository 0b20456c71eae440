"""The jax.lax frontend functions built from parameter tables take JAX's parameters, in JAX's order."""

from __future__ import annotations

import inspect

import jax
import pytest

from ivy_frontends.jax import lax as flax

SIGNED = ["approx_max_k", "approx_min_k", "ragged_dot", "conv_general_shape_tuple", "conv_transpose_shape_tuple"]


@pytest.mark.parametrize("name", SIGNED)
def test_signature_names(name):
    mine = inspect.signature(getattr(flax, name)).parameters
    ref = inspect.signature(getattr(jax.lax, name)).parameters
    named = [n for n, p in mine.items() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    rest = list(ref)[len(named) :] if len(named) < len(mine) else []  # JAX's later options, taken by a ``**kw``
    assert named + rest == list(ref), f"{name}: {list(mine)} against JAX's {list(ref)}"
    assert all(ref[n].default is not inspect.Parameter.empty for n in rest), f"{name}: a required {rest} in **kw"
    for n, p in ((n, p) for n, p in ref.items() if n in named):
        assert (mine[n].default is inspect.Parameter.empty) == (p.default is inspect.Parameter.empty), n
        if p.default is not inspect.Parameter.empty:
            assert mine[n].default == p.default, f"{name}: {n}={mine[n].default!r}, JAX's {p.default!r}"
