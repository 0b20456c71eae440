"""A backend's same-dtype natives against the hooks they stand for.

A backend may declare, per hook, natives that *are* the hook for arrays of one
dtype (``ivy.plugin.same_dtype_natives``); ivy's C dispatcher then calls them
without entering the hook. Each declared (hook, dtype) is called both ways on
the same drawn arrays: the results must be identical (dtype, shape, every
value, NaNs where NaNs), or both calls must fail with the same error type.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy._codegen import accelerable
from ivy.spec import SPECS
from ivy.testing.conformance._cases import hypothesis_settings
from ivy.testing.conformance._strategies import STANDARD, arrays, broadcastable_shapes


def _declared() -> list[tuple[str, Any]]:
    ops = ivy._dispatch.ops()
    return [(hook, dtype) for hook, table in sorted(ops.same_dtype_natives.items()) for dtype in table]


@pytest.mark.ivy_conformance
def test_same_dtype_natives_are_declared_for_dispatched_hooks(ivy_backend: str) -> None:
    """Only hooks the C dispatcher serves (all-array, positional) can use them, with dtypes the backend has."""
    ops = ivy._dispatch.ops()
    for hook, dtype in _declared():
        assert accelerable(SPECS[hook]), f"{ivy_backend}: {hook} is not an all-array hook"
        assert dtype in ops.from_native_dtype, f"{ivy_backend}: {hook} declares {dtype!r}, not a native dtype"
        assert hook in ops.implemented, f"{ivy_backend}: {hook} declares natives but is not implemented"


def _outcome(function: Any, natives: list) -> tuple:
    try:
        result = function(*natives)
    except Exception as error:
        return ("error", type(error).__name__)
    return ("value", np.asarray(ivy.Array(result)))


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_same_dtype_natives_are_the_hook(ivy_backend: str, data: st.DataObject) -> None:
    ops = ivy._dispatch.ops()
    cases = [(hook, native) for hook, native in _declared() if ops.from_native_dtype[native].name in STANDARD]
    if not cases:
        pytest.skip(f"{ivy_backend} declares no same-dtype natives: the dispatcher enters every hook")
    hook, native_dtype = data.draw(st.sampled_from(cases), label="hook, dtype")
    dtype = ops.from_native_dtype[native_dtype].name
    count = len(SPECS[hook].signature.parameters)
    square = st.integers(1, 3).map(lambda k: [(k, k)] * count)  # matrix products too
    broadcast = broadcastable_shapes(count).map(lambda drawn: list(drawn.input_shapes))
    shapes = data.draw(st.one_of(square, broadcast), label="shapes")
    natives = [data.draw(arrays(dtype, shape), label=f"x{i}").build(ivy)._data for i, shape in enumerate(shapes)]
    direct = _outcome(ops.same_dtype_natives[hook][native_dtype], natives)
    through_hook = _outcome(getattr(ops, hook), natives)
    assert direct[0] == through_hook[0], f"{hook}({dtype}): {direct} vs {through_hook}"
    if direct[0] == "value":
        np.testing.assert_array_equal(direct[1], through_hook[1], strict=True, err_msg=f"{hook}({dtype})")
    else:
        assert direct == through_hook
