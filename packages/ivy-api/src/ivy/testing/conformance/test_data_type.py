"""Data type functions: ``astype`` against the reference over every pair of
dtypes, and the dtype rules (promotion, casting, kinds, machine limits)
against the reference for every dtype the backend supports.

Where the standard leaves a combination to the implementation (promotion
across kinds, casting a value the target dtype cannot hold) it is skipped.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
import pytest
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import (
    Call,
    Case,
    Draw,
    conformance_test,
    context,
    covers,
    derive,
    register,
    spec,
)
from ivy.testing.conformance._reference import reference_dtype_name, xps
from ivy.testing.conformance._strategies import (
    KINDS,
    ArrayData,
    Context,
    DTypeRef,
    arrays,
    int_bounds,
    kind_of,
    shapes,
)


def _astype(draw: Draw, ctx: Context) -> dict:
    source = draw(ctx.dtype())
    targets = [d for d in ctx.dtypes() if not (kind_of(source) == "c" and kind_of(d) != "c")]
    target = draw(st.sampled_from(targets))
    return {"x": draw(arrays(source, shapes())), "dtype": DTypeRef(target)}


def _representable(call: Call, expected: Any) -> Any:
    """Skip values the target integer dtype cannot hold (the result is unspecified)."""
    x: ArrayData = call.value("x")
    target = call.value("dtype").name
    if kind_of(target) not in "iu" or not x.values:
        return None
    lo, hi = int_bounds(target)

    def fits(value: Any) -> bool:
        if isinstance(value, float):
            return math.isfinite(value) and lo <= math.trunc(value) <= hi
        return lo <= int(value) <= hi

    return np.asarray([fits(v) for v in x.values], dtype=bool).reshape(x.shape)


def _astype_case() -> Case:
    s = spec("astype")

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, _astype(draw, ctx))

    return Case(s, draw_call, tolerance="exact", mask=_representable)


CASES = [register(_astype_case())]

test_astype = conformance_test(CASES)


# -------------------------------------------------------------------- the dtype rules


def _dtypes(backend: str) -> list[str]:
    return context(backend).dtypes()


def _reference(function: Any, *args: Any) -> Any:
    """The reference's answer, or ``None`` where it refuses (outside the standard)."""
    try:
        return function(*args)
    except (TypeError, ValueError, OverflowError):
        return None


@covers("result_type")
@pytest.mark.ivy_conformance
def test_result_type(ivy_backend: str) -> None:
    names = _dtypes(ivy_backend)
    failures = []
    for combo in itertools.chain(itertools.product(names, repeat=2), itertools.combinations(names, 3)):
        want = _reference(xps.result_type, *(getattr(xps, n) for n in combo))
        if want is None:
            continue
        got = ivy.result_type(*(getattr(ivy, n) for n in combo))
        if got.name != reference_dtype_name(want):
            failures.append(f"result_type{combo} = {got.name}, expected {reference_dtype_name(want)}")
    for name, value in itertools.product(names, [True, 1, -1, 1.5, 1j]):
        want = _reference(xps.result_type, getattr(xps, name), value)
        if want is None:
            continue
        got = ivy.result_type(getattr(ivy, name), value)
        if got.name != reference_dtype_name(want):
            failures.append(f"result_type({name}, {value!r}) = {got.name}, expected {reference_dtype_name(want)}")
        with_array = ivy.result_type(ivy.zeros((1,), dtype=getattr(ivy, name)), value)
        if with_array.name != got.name:
            failures.append(f"result_type(<{name} array>, {value!r}) = {with_array.name}, expected {got.name}")
    assert not failures, "\n".join(failures[:20])


@covers("can_cast")
@pytest.mark.ivy_conformance
def test_can_cast(ivy_backend: str) -> None:
    names = _dtypes(ivy_backend)
    failures = []
    for a, b in itertools.product(names, repeat=2):
        if _reference(xps.result_type, getattr(xps, a), getattr(xps, b)) is None:
            continue  # promotion across kinds is unspecified, so is casting by its rules
        want = xps.can_cast(getattr(xps, a), getattr(xps, b))
        got = ivy.can_cast(getattr(ivy, a), getattr(ivy, b))
        if got is not want:
            failures.append(f"can_cast({a}, {b}) = {got!r}, expected {want!r}")
        from_array = ivy.can_cast(ivy.zeros((), dtype=getattr(ivy, a)), getattr(ivy, b))
        if from_array is not want:
            failures.append(f"can_cast(<{a} array>, {b}) = {from_array!r}, expected {want!r}")
    assert not failures, "\n".join(failures[:20])


@covers("isdtype")
@pytest.mark.ivy_conformance
def test_isdtype(ivy_backend: str) -> None:
    names = _dtypes(ivy_backend)
    kinds: list[Any] = [*KINDS, ("bool", "real floating"), ("signed integer", "complex floating")]
    failures = []
    for name in names:
        for kind in kinds:
            want = xps.isdtype(getattr(xps, name), kind)
            got = ivy.isdtype(getattr(ivy, name), kind)
            if got is not want:
                failures.append(f"isdtype({name}, {kind!r}) = {got!r}, expected {want!r}")
        for other in names:
            want = xps.isdtype(getattr(xps, name), getattr(xps, other))
            got = ivy.isdtype(getattr(ivy, name), getattr(ivy, other))
            if got is not want:
                failures.append(f"isdtype({name}, {other}) = {got!r}, expected {want!r}")
    assert not failures, "\n".join(failures[:20])


@covers("finfo", "iinfo")
@pytest.mark.ivy_conformance
def test_machine_limits(ivy_backend: str) -> None:
    names = _dtypes(ivy_backend)
    failures = []
    for name in names:
        kind = kind_of(name)
        if kind in "fc":
            fields, function, reference = ("bits", "eps", "max", "min", "smallest_normal"), ivy.finfo, xps.finfo
        elif kind in "iu":
            fields, function, reference = ("bits", "max", "min"), ivy.iinfo, xps.iinfo
        else:
            continue
        want = reference(getattr(xps, name))
        for argument in (getattr(ivy, name), ivy.zeros((1,), dtype=getattr(ivy, name))):
            got = function(argument)
            for field in fields:
                if getattr(got, field) != getattr(want, field):
                    wrong = f"{function.__name__}({name}).{field} = {getattr(got, field)!r}"
                    failures.append(f"{wrong}, expected {getattr(want, field)!r}")
            if got.dtype.name != reference_dtype_name(want.dtype):
                failures.append(
                    f"{function.__name__}({name}).dtype = {got.dtype.name}, expected {reference_dtype_name(want.dtype)}"
                )
    assert not failures, "\n".join(failures[:20])


@covers("__array_namespace_info__")
@pytest.mark.ivy_conformance
def test_array_namespace_info(ivy_backend: str) -> None:
    info = ivy.__array_namespace_info__()
    capabilities = info.capabilities()
    for key, kind in (("boolean indexing", bool), ("data-dependent shapes", bool)):
        assert isinstance(capabilities.get(key), kind), (
            f"capabilities()[{key!r}] must be a bool, got {capabilities.get(key)!r}"
        )
    maximum = capabilities.get("max dimensions")
    assert maximum is None or (isinstance(maximum, int) and maximum >= 0), (
        f"capabilities()['max dimensions'] = {maximum!r}"
    )
    devices = list(info.devices())
    assert devices, "devices() is empty"
    assert info.default_device() in devices, (
        f"default_device() {info.default_device()!r} is not in devices() {devices!r}"
    )
    defaults = info.default_dtypes()
    assert set(defaults) == {"real floating", "complex floating", "integral", "indexing"}, (
        f"default_dtypes() keys {sorted(defaults)}"
    )
    assert ivy.isdtype(defaults["real floating"], "real floating")
    assert ivy.isdtype(defaults["complex floating"], "complex floating")
    assert ivy.isdtype(defaults["integral"], "integral")
    assert ivy.isdtype(defaults["indexing"], "integral")
    assert info.default_dtypes(device=info.default_device()) == defaults
    supported = info.dtypes()
    assert set(supported) <= set(KINDS["numeric"]) | {"bool"}, f"dtypes() has non-standard names: {sorted(supported)}"
    for name, dtype in supported.items():
        assert dtype is getattr(ivy, name) and dtype.name == name
    for kind in [*KINDS, ("bool", "integral")]:
        want = {n for n in supported if ivy.isdtype(supported[n], kind)}
        assert set(info.dtypes(kind=kind)) == want, (
            f"dtypes(kind={kind!r}) = {sorted(info.dtypes(kind=kind))}, expected {sorted(want)}"
        )
    for dtype in defaults.values():
        assert dtype.name in supported, f"the default dtype {dtype.name} is not in dtypes()"
