"""Ivy's signal windows against ``scipy.signal.windows`` (whose ``sym=False`` is torch's
``periodic=True``) on drawn sizes (0, 1 and up), both forms, every real floating dtype and
the default, and drawn Kaiser ``beta``; references computed in float64 and rounded."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import scipy.signal.windows as windows
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    hypothesis_settings,
    make_call,
    register,
    run_case,
    spec,
)
from ivy.testing.conformance._reference import reference_dtype_name, xps
from ivy.testing.conformance._strategies import Context, DTypeRef

#: ivy's name -> scipy's window of (size, sym, *parameters)
WINDOWS = {
    "hann_window": windows.hann,
    "hamming_window": windows.hamming,
    "blackman_window": windows.blackman,
    "bartlett_window": windows.bartlett,
    "kaiser_window": windows.kaiser,
}


def _case(name: str) -> Case:
    s = spec(name)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        values: dict[str, Any] = {
            "size": draw(st.sampled_from([0, 1, 2]) | st.integers(3, 40)),
            "periodic": draw(st.sampled_from([OMIT, True, False])),
            "dtype": draw(st.sampled_from([OMIT, None, *map(DTypeRef, ctx.dtypes("real floating"))])),
        }
        if name == "kaiser_window":
            values["beta"] = draw(st.sampled_from([OMIT]) | st.floats(0, 30, allow_subnormal=False))
        return make_call(s, values)

    def reference(size: int, *, periodic: bool = True, beta: float = 12.0, dtype: Any = None) -> Any:
        extra = (beta,) if name == "kaiser_window" else ()
        result = np.asarray(WINDOWS[name](size, *extra, sym=not periodic), dtype=np.float64)
        dtype = "float64" if dtype is None else reference_dtype_name(dtype)
        return xps.asarray(result.astype(dtype), dtype=getattr(xps, dtype))

    return Case(s, draw_call, reference=reference)


def _available() -> list[str]:
    from ivy.testing.conformance._cases import SPECS

    return [name for name in WINDOWS if name in SPECS]


CASES = [register(_case(name)) for name in _available()]


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@settings(hypothesis_settings(), max_examples=10)
@given(data=st.data())
def test_windows(ivy_backend: str, case: Case, data: Any) -> None:
    run_case(case, data, ivy_backend)
