"""Ivy's special functions (gamma, zeta, incomplete gamma and beta, Bessel, error
functions...) against ``scipy.special`` in float64, rounded to the result dtype.

Inputs cover each function's domain, its edges (poles, zeros, the domain's ends) and
NaN; infinities only where the limit is unambiguous. Tolerances: relative 1e-10 in
float64 (the composites and the native kernels bound are accurate to about 1e-12) and
a few float32 ulps (every backend computes float32 in float64 and rounds once); the
oscillating functions (J, Y, sinc) also get an absolute 1e-14, their zeros lying anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
import scipy.special as sc
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy.testing import plugin
from ivy.testing.conformance._cases import (
    Call,
    Case,
    Draw,
    hypothesis_settings,
    make_call,
    register,
    run_case,
    spec,
)
from ivy.testing.conformance._reference import (
    Comparison,
    assert_result_matches,
    quiet,
    reference_dtype_name,
    reference_to_numpy,
    xps,
)
from ivy.testing.conformance._strategies import ArrayData, Context, arrays


@dataclass(frozen=True)
class Function:
    reference: Callable[..., np.ndarray]
    #: per array operand: the interval drawn from and the edge values mixed in
    domains: tuple[tuple[float, float, tuple[float, ...]], ...]
    oscillating: bool = False


_INF, _NAN = math.inf, math.nan
_ROOT = 1.4616321449683622  # digamma's positive root
FUNCTIONS: dict[str, Function] = {
    "erfc": Function(sc.erfc, ((-30, 30, (0.0, _INF, -_INF)),)),
    "erfcx": Function(sc.erfcx, ((-20, 60, (0.0, _INF)),)),
    "ndtri": Function(sc.ndtri, ((0, 1, (0.0, 1.0, 0.5, 1e-30)),)),
    "log_ndtr": Function(sc.log_ndtr, ((-40, 12, (0.0, _INF, -_INF)),)),
    "lgamma": Function(sc.gammaln, ((-20, 60, (0.0, -1.0, -2.0, 1.0, 2.0, _INF)),)),
    "digamma": Function(sc.psi, ((-20, 60, (0.0, -1.0, -3.0, 1.0, _ROOT)),)),
    "zeta": Function(sc.zeta, ((1, 30, (1.0, 2.0)), (0, 50, (1.0,)))),
    "gammainc": Function(sc.gammainc, ((0, 100, (0.0, 1.0)), (0, 150, (0.0, 1.0, _INF)))),
    "gammaincc": Function(sc.gammaincc, ((0, 100, (0.0, 1.0)), (0, 150, (0.0, 1.0, _INF)))),
    "betainc": Function(sc.betainc, ((0, 50, (1.0,)), (0, 50, (1.0,)), (0, 1, (0.0, 1.0)))),
    "betaln": Function(sc.betaln, ((0, 1000, (1.0,)), (0, 1000, (1.0,)))),
    "i0": Function(sc.i0, ((-100, 100, (0.0,)),)),
    "i0e": Function(sc.i0e, ((-100, 100, (0.0,)),)),
    "i1": Function(sc.i1, ((-100, 100, (0.0,)),)),
    "i1e": Function(sc.i1e, ((-100, 100, (0.0,)),)),
    "bessel_j0": Function(sc.j0, ((-60, 60, (0.0,)),), oscillating=True),
    "bessel_j1": Function(sc.j1, ((-60, 60, (0.0,)),), oscillating=True),
    "bessel_y0": Function(sc.y0, ((0, 60, (0.0,)),), oscillating=True),
    "bessel_y1": Function(sc.y1, ((0, 60, (0.0,)),), oscillating=True),
    "modified_bessel_k0": Function(sc.k0, ((0, 100, (0.0,)),)),
    "modified_bessel_k1": Function(sc.k1, ((0, 100, (0.0,)),)),
    "modified_bessel_k0e": Function(sc.k0e, ((0, 100, (0.0,)),)),
    "modified_bessel_k1e": Function(sc.k1e, ((0, 100, (0.0,)),)),
    "sinc": Function(np.sinc, ((-50, 50, (0.0, 1.0, -2.0)),), oscillating=True),
    "xlogy": Function(sc.xlogy, ((-10, 10, (0.0,)), (0, 100, (0.0, _NAN)))),
    "xlog1py": Function(sc.xlog1py, ((-10, 10, (0.0,)), (-1, 100, (-1.0, _NAN)))),
    "entr": Function(sc.entr, ((-1, 100, (0.0,)),)),
}
#: polygamma(n, x): n a Python int, x as below
_POLYGAMMA_X = (-5, 30, (1.0, 0.5))

_RTOL = {"float32": 4e-7, "float64": 1e-10}
_OSCILLATING_ATOL = {"float32": 1e-7, "float64": 1e-14}


class _Tolerance(Comparison):
    def tolerances(self, dtype: str) -> tuple[float, float]:
        real = "float32" if dtype == "float32" else "float64"
        tiny = 4 * float(np.finfo(real).tiny)
        return _RTOL[real], (_OSCILLATING_ATOL[real] if self.scale else tiny)


def _values(dtype: str, low: float, high: float, edges: tuple[float, ...]) -> st.SearchStrategy:
    width = 32 if dtype == "float32" else 64
    inner = st.floats(low, high, width=width, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    return st.one_of(inner, inner, st.sampled_from([*edges, _NAN])).map(lambda v: v + 0.0)  # no -0.0


def _reference(qualname: str, function: Callable[..., np.ndarray]) -> Callable[..., Any]:
    def reference(*args: Any) -> Any:
        dtypes = [reference_dtype_name(a.dtype) for a in args if hasattr(a, "dtype")]
        dtype = "float64" if "float64" in dtypes or not dtypes else "float32"
        values = [reference_to_numpy(a).astype(np.float64) if hasattr(a, "dtype") else a for a in args]
        with quiet():
            result = np.asarray(function(*values), dtype=np.float64)
        return xps.asarray(result.astype(dtype), dtype=getattr(xps, dtype))

    return reference


def _case(qualname: str) -> Case:
    s = spec(qualname)
    entry = FUNCTIONS[qualname] if qualname != "polygamma" else None

    def draw_call(draw: Draw, ctx: Context) -> Call:
        domains = entry.domains if entry else (_POLYGAMMA_X,)
        shapes = draw(_broadcastable(len(domains)))
        common = draw(ctx.dtype("real floating"))
        mixed = len(domains) > 1 and draw(st.integers(0, 3)) == 0  # operands of different dtypes
        operands = []
        for (low, high, edges), shape in zip(domains, shapes, strict=True):
            dtype = draw(ctx.dtype("real floating")) if mixed else common
            operands.append(draw(arrays(dtype, shape, _values(dtype, low, high, edges))))
        if len(operands) > 1 and draw(st.integers(0, 3)) == 0:  # a Python float for one operand
            index = draw(st.integers(0, len(operands) - 1))
            low, high, edges = domains[index]
            operands[index] = draw(_values("float64", low, high, edges))
        if not any(isinstance(o, ArrayData) for o in operands):
            operands[0] = draw(arrays("float64", (), _values("float64", *domains[0])))
        names = list(s.signature.parameters)
        if entry is None:
            return make_call(s, {"n": draw(st.integers(0, 3)), "x": operands[0]})
        return make_call(s, dict(zip(names, operands, strict=True)))

    reference = _reference(qualname, sc.polygamma if entry is None else entry.reference)
    oscillating = bool(entry and entry.oscillating)

    def check(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
        mask = _off_poles(call) if qualname in _POLES_AT_NONPOSITIVE_INTEGERS else None
        how = _Tolerance(tolerance="elementwise", scale=1.0 if oscillating else 0.0, mask=mask)
        assert_result_matches(actual, expected, how, repr(call))

    return Case(s, draw_call, reference=reference, check=check)


#: functions with a pole at every non-positive integer
_POLES_AT_NONPOSITIVE_INTEGERS = ("digamma", "polygamma")


def _off_poles(call: Call) -> np.ndarray:
    """False where ``x`` is within a millionth (relative) of a pole but not on it: there the function's
    condition number is about |x| / distance, so neither SciPy nor any other float implementation has
    the digits to compare (digamma(-2 + 2 ulp) is about -1/(x + 2); SciPy's value is 0.1% off it)."""
    x = call.arrays()[-1]
    values = np.asarray(x.values, dtype=np.float64).reshape(x.shape)
    distance = np.abs(values - np.round(values))
    near = (values <= 0.5) & (distance > 0) & (distance < 1e-6 * np.maximum(1.0, np.abs(values)))
    return ~near


#: few shapes, broadcasting together, and one dtype per example unless mixing is drawn: a
#: backend that compiles per input signature (JAX) compiles each function a few times, not
#: once per example; the main shape holds eight values, so each example covers the domain
#: and its edges at several points
_MAIN = (2, 4)
_EDGE_SHAPES = ((), (0,))


def _broadcastable(count: int) -> st.SearchStrategy:
    edge = st.sampled_from(_EDGE_SHAPES).map(lambda shape: (shape,) * count)  # (0-d, empty)
    main = st.tuples(st.just(_MAIN), *[st.sampled_from([_MAIN, _MAIN[1:]])] * (count - 1))
    return st.integers(0, 4).flatmap(lambda pick: edge if pick == 0 else main)


def _available() -> list[str]:
    from ivy.testing.conformance._cases import SPECS

    return [q for q in [*FUNCTIONS, "polygamma"] if q in SPECS]


CASES = [register(_case(q)) for q in _available()]

#: examples per function: 29 functions, several of them composites of a few hundred operations
_EXAMPLES = 6


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@settings(hypothesis_settings(), max_examples=min(plugin.examples(), _EXAMPLES))
@given(data=st.data())
def test_special_functions(ivy_backend: str, case: Case, data: Any) -> None:
    run_case(case, data, ivy_backend)
