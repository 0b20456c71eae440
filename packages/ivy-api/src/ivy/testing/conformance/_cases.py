"""Conformance cases: how to call each public function, derived from its hookspec.

A :class:`Case` draws a :class:`Call` of one public function (arguments as
backend-neutral :class:`ArrayData`, dtype references and plain Python
values), and says how its result compares with the reference's. Most of a
call is derived from the spec: which parameters are arrays (their role), what
dtypes the arrays get (the spec's dtype kind), and the optional parameters
(booleans, ``Literal`` choices, axes) from their annotations. The test
modules add what a signature cannot say (valid shapes for ``reshape``,
square matrices for ``linalg``, indices for ``take``) in small per-function
tables.

Every case and every dedicated test registers the functions it covers here
(:func:`register`, :func:`covers`), and ``test_coverage`` fails when a public
hookspec is covered by nothing.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import ivy
from ivy._codegen import parameter_role
from ivy._dtypes import STANDARD_DTYPES
from ivy.spec import SPECS as ALL_SPECS
from ivy.spec import Spec, public_specs
from ivy.spec._marker import annotation_args
from ivy.testing import plugin
from ivy.testing.conformance import _reference as ref
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    Elements,
    arrays,
    broadcastable_shapes,
    build,
    int_bounds,
    kind_of,
    promotable,
    scalar,
    shapes,
)

Draw = Callable[[st.SearchStrategy], Any]

#: The public namespaces: the main one, the standard's extensions (linalg, fft) and Ivy's own.
NAMESPACES = tuple(dict.fromkeys(["", "linalg", "fft", *(s.namespace for s in ALL_SPECS.values() if s.public)]))
#: Every public function, by the name a user writes after ``ivy.``.
SPECS: dict[str, Spec] = {s.qualname: s for ns in NAMESPACES for s in public_specs(ns)}


class _Omit:
    def __repr__(self) -> str:
        return "<omitted>"


#: A parameter left out of the call (its default applies).
OMIT = _Omit()


# --------------------------------------------------------------------------- calls


@dataclass
class Call:
    """One call of a public function with backend-neutral arguments."""

    spec: Spec
    args: list
    kwargs: dict

    def build(self, xp: Any) -> tuple[list, dict]:
        return build(self.args, xp), build(self.kwargs, xp)

    def value(self, name: str, default: Any = None) -> Any:
        """The argument given for parameter ``name``."""
        if name in self.kwargs:
            return self.kwargs[name]
        positional = [
            p.name
            for p in self.spec.signature.parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        if name in positional and positional.index(name) < len(self.args):
            return self.args[positional.index(name)]
        return default

    def arrays(self) -> list[ArrayData]:
        found: list[ArrayData] = []

        def walk(value: Any) -> None:
            if isinstance(value, ArrayData):
                found.append(value)
            elif isinstance(value, (list, tuple)):
                for item in value:
                    walk(item)

        walk(self.args)
        walk(list(self.kwargs.values()))
        return found

    def __repr__(self) -> str:
        parts = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"ivy.{self.spec.qualname}({', '.join(parts)})"


def make_call(spec: Spec, values: dict[str, Any]) -> Call:
    """A call with ``values`` by parameter name, positional where the signature says so.

    Parameters not in ``values`` (or given as :data:`OMIT`) are left to their defaults.
    """
    args: list = []
    kwargs: dict = {}
    gap: list = []
    unknown = set(values) - set(spec.signature.parameters)
    if unknown:
        raise ValueError(f"{spec.qualname}: no parameter(s) {sorted(unknown)}")
    for p in spec.signature.parameters.values():
        value = values.get(p.name, OMIT)
        if p.kind is p.VAR_POSITIONAL:
            if value is not OMIT:
                args.extend(gap)
                gap = []
                args.extend(value)
            continue
        if value is OMIT:
            if p.default is p.empty:
                raise ValueError(f"{spec.qualname}: no value for required parameter {p.name!r}")
            if p.kind is not p.KEYWORD_ONLY:
                gap.append(p.default)
            continue
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.extend(gap)
            gap = []
            args.append(value)
    return Call(spec, args, kwargs)


# --------------------------------------------------------------------------- parameters derived from annotations


def _is_sequence_annotation(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    return origin in (tuple, list, Sequence, typing.Sequence) or (
        isinstance(origin, type) and issubclass(origin, Sequence)
    )


def axis_strategy(
    parameter: inspect.Parameter, ndim: int, *, omit: bool = True, allow_none: bool = True
) -> st.SearchStrategy:
    """Valid values for an axis parameter, from its annotation (int, tuple of ints, None)."""
    members = annotation_args(parameter.annotation)
    options: list[st.SearchStrategy] = []
    if omit and parameter.default is not parameter.empty:
        options.append(st.just(OMIT))
    if allow_none and type(None) in members:
        options.append(st.none())
    if int in members and ndim > 0:
        options.append(st.integers(-ndim, ndim - 1))
    if any(_is_sequence_annotation(m) for m in members):
        options.append(axes_tuples(ndim))
    if not options:
        raise ValueError(f"no valid value for parameter {parameter.name!r} of an array of {ndim} dimension(s)")
    return st.one_of(options)


def axes_tuples(ndim: int, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy:
    """Tuples of distinct axes of an ``ndim``-dimensional array, some given as negative."""
    size = ndim if max_size is None else min(ndim, max_size)

    @st.composite
    def tuples(draw: Draw) -> tuple[int, ...]:
        chosen = draw(st.lists(st.integers(0, ndim - 1), min_size=min_size, max_size=size, unique=True)) if ndim else []
        negative = draw(st.lists(st.booleans(), min_size=len(chosen), max_size=len(chosen)))
        return tuple(a - ndim if neg else a for a, neg in zip(chosen, negative, strict=True))

    return tuples()


def derived_value(spec: Spec, parameter: inspect.Parameter, draw: Draw, values: dict[str, Any]) -> Any:
    """A value for an optional parameter, from its annotation alone (or :data:`OMIT`)."""
    members = annotation_args(parameter.annotation)
    if parameter.name in ("axis", "axes"):
        x = next((v for v in values.values() if isinstance(v, ArrayData)), None)
        if x is not None:
            return draw(axis_strategy(parameter, x.ndim))
        return OMIT
    literals = [a for m in members if typing.get_origin(m) is typing.Literal for a in typing.get_args(m)]
    if literals:
        return draw(st.sampled_from([OMIT, *literals]))
    if members == (bool,):
        return draw(st.sampled_from([OMIT, True, False]))
    return OMIT


def derive(spec: Spec, draw: Draw, values: dict[str, Any], *, derive_optional: bool = True) -> Call:
    """A call with ``values`` and the other optional parameters derived from annotations."""
    full = dict(values)
    if derive_optional:
        for p in spec.signature.parameters.values():
            if p.name not in full and p.default is not p.empty:
                full[p.name] = derived_value(spec, p, draw, full)
    return make_call(spec, full)


def array_parameters(spec: Spec) -> list[inspect.Parameter]:
    """The required parameters that take an array."""
    return [
        p
        for p in spec.signature.parameters.values()
        if parameter_role(p) == "array" and p.default is p.empty and p.kind is not p.VAR_POSITIONAL
    ]


# --------------------------------------------------------------------------- cases


Mask = Callable[[Call, Any], Any]
Check = Callable[[Call, Any, Any, Context], None]


@dataclass
class Case:
    """How to draw calls of one public function and judge their results."""

    spec: Spec
    draw: Callable[[Draw, Context], Call]
    variant: str = ""
    tolerance: str = "elementwise"
    scale: Callable[[Call], float] | None = None
    signed_zeros: bool = False
    values: bool = True
    mask: Mask | None = None
    #: replaces the reference comparison (for results that are not unique: eig, qr, svd...)
    check: Check | None = None
    #: replaces the reference function (where array_api_strict itself deviates from the standard)
    reference: Callable[..., Any] | None = None

    @property
    def id(self) -> str:
        return self.spec.qualname + (f"[{self.variant}]" if self.variant else "")

    def __repr__(self) -> str:
        return self.id

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # hypothesis' falsifying-example printer
        printer.text(self.id)


CASES: dict[str, Case] = {}
#: hook -> ids of the cases and tests that cover it
COVERAGE: dict[str, list[str]] = {}


def _hook_of(qualname: str) -> str:
    if qualname not in SPECS:
        raise KeyError(f"{qualname!r} is not a public ivy function (see ivy.spec.public_specs)")
    return SPECS[qualname].hook


def register(case: Case) -> Case:
    """Record a case (a test module imported twice, under two names, records it again)."""
    CASES[case.id] = case
    covering = COVERAGE.setdefault(case.spec.hook, [])
    if case.id not in covering:
        covering.append(case.id)
    return case


def covers(*qualnames: str) -> Callable:
    """Mark a dedicated test as the conformance coverage of some public functions."""
    hooks = [_hook_of(q) for q in qualnames]

    def mark(test: Callable) -> Callable:
        for hook in hooks:
            covering = COVERAGE.setdefault(hook, [])
            if f"{test.__module__}::{test.__name__}" not in covering:
                covering.append(f"{test.__module__}::{test.__name__}")
        return test

    return mark


def load_cases() -> None:
    """Import every test module of the kit, so that all their cases are registered."""
    import importlib
    import pkgutil

    from ivy.testing import conformance

    for module in pkgutil.iter_modules(conformance.__path__):
        if module.name.startswith("test_"):
            importlib.import_module(f"{conformance.__name__}.{module.name}")


def spec(qualname: str) -> Spec:
    return SPECS[qualname]


# --------------------------------------------------------------------------- running a case

_contexts: dict[str, Context] = {}


def context(backend: str) -> Context:
    if backend not in _contexts:
        _contexts[backend] = Context(backend)
    return _contexts[backend]


def hypothesis_settings() -> settings:
    """The kit's hypothesis settings: examples from ``--ivy-examples``, no deadline."""
    return settings(
        max_examples=plugin.examples(),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def run_case(case: Case, data: Any, backend: str) -> None:
    """Draw a call, run it on the reference and on ivy, and compare."""
    ctx = context(backend)
    call = case.draw(data.draw, ctx)
    with ref.quiet():
        try:
            ref_args, ref_kwargs = call.build(ref.xps)
            expected = (case.reference or ref.reference_function(case.spec))(*ref_args, **ref_kwargs)
        except Exception:
            reject()
        args, kwargs = call.build(ivy)
        try:
            actual = ref.ivy_function(case.spec)(*args, **kwargs)
        except ivy.IvyTypeError as error:
            if _lacked_dtypes(expected):  # a result in a dtype the backend says it lacks: refused clearly
                return
            raise AssertionError(
                f"{call} raised {type(error).__name__}: {error}\n(the reference returned {_summary(expected)})"
            ) from error
        except Exception as error:
            raise AssertionError(
                f"{call} raised {type(error).__name__}: {error}\n(the reference returned {_summary(expected)})"
            ) from error
        if case.check is not None:
            case.check(call, actual, expected, ctx)
            return
        how = ref.Comparison(
            tolerance=case.tolerance,
            scale=case.scale(call)
            if case.scale
            else ref.magnitude(*call.arrays())
            if case.tolerance != "elementwise"
            else 0.0,
            signed_zeros=case.signed_zeros,
            values=case.values,
            mask=case.mask(call, expected) if case.mask else None,
        )
        ref.assert_result_matches(actual, expected, how, repr(call))


def _lacked_dtypes(result: Any) -> bool:
    """Whether the reference's result holds a standard dtype the current backend does not list
    (``__array_namespace_info__().dtypes()``: complex128 on a backend without it)."""
    if isinstance(result, (tuple, list)):
        return any(_lacked_dtypes(r) for r in result)
    name = str(getattr(result, "dtype", "")).rsplit(".", 1)[-1]
    standard = {d.name for d in STANDARD_DTYPES}
    return name in standard and name not in ivy.__array_namespace_info__().dtypes()


def _summary(result: Any) -> str:
    if isinstance(result, (tuple, list)):
        return "(" + ", ".join(_summary(r) for r in result) + ")"
    shape = getattr(result, "shape", None)
    dtype = getattr(result, "dtype", None)
    return f"array of shape {shape} and dtype {dtype}" if shape is not None else repr(result)


def conformance_test(cases: list[Case]) -> Callable:
    """A test parametrized over ``cases`` (and, through the fixture, backends)."""

    @pytest.mark.ivy_conformance
    @pytest.mark.parametrize("case", cases, ids=[c.id for c in cases])
    @hypothesis_settings()
    @given(data=st.data())
    def test(ivy_backend: str, case: Case, data: Any) -> None:
        run_case(case, data, ivy_backend)

    return test


# --------------------------------------------------------------------------- shared drawing helpers


def draw_dtype_pair(draw: Draw, ctx: Context, kind: str | None) -> tuple[str, str]:
    """Two dtypes of ``kind`` that the standard promotes together (often the same one)."""
    first = draw(ctx.dtype(kind))
    others = promotable(first, ctx.dtypes(kind))
    second = draw(st.one_of(st.just(first), st.sampled_from(others))) if others else first
    return first, second


def integer_overflow_mask(exact: Callable, operands: Sequence[str] = ("x1", "x2")) -> Mask:
    """Skip integer results whose exact value lies outside the result dtype (unspecified)."""

    def mask(call: Call, expected: Any) -> Any:
        dtype = ref.reference_dtype_name(expected.dtype)
        if kind_of(dtype) not in "iu":
            return None
        values = []
        for name in operands:
            v = call.value(name)
            values.append(v.numpy(object) if isinstance(v, ArrayData) else v)
        results = np.asarray(np.frompyfunc(exact, len(values), 1)(*values), dtype=object)
        lo, hi = int_bounds(dtype)
        return (
            np.vectorize(lambda r: lo <= r <= hi, otypes=[bool])(results)
            if results.size
            else np.ones(results.shape, bool)
        )

    return mask


def elementwise_case(
    qualname: str,
    *,
    elements: Elements | dict[str, Elements] | None = None,
    scalars: bool = True,
    kind: str | None = None,
    in_place: bool = False,
    **options: Any,
) -> Case:
    """A case for an elementwise function, derived from its spec.

    Arrays get the spec's dtype kind; a binary function gets two dtypes the
    standard promotes together, broadcast-compatible shapes, and sometimes a
    Python scalar for one of its operands (where the signature allows one).
    ``kind`` narrows the spec's dtype kind to what the standard specifies. With
    ``in_place``, the first operand is an array whose dtype and shape the result keeps
    (what ``x1 op= x2`` needs).
    """
    s = spec(qualname)
    kind = kind or s.dtypes
    operands = array_parameters(s)
    per_operand = elements if isinstance(elements, dict) else {p.name: elements for p in operands}

    def draw_call(draw: Draw, ctx: Context) -> Call:
        if len(operands) == 1:
            dtype = draw(ctx.dtype(kind))
            x = draw(arrays(dtype, shapes(), per_operand.get(operands[0].name)))
            return derive(s, draw, {operands[0].name: x})
        if in_place:
            dtype = draw(ctx.dtype(kind))
            first = draw(shapes())
            second = [1 if draw(st.integers(0, 3)) == 0 else d for d in first[draw(st.integers(0, len(first))) :]]
            dtypes, shape_pair = (dtype, dtype), (first, tuple(second))
        else:
            dtypes = draw_dtype_pair(draw, ctx, kind)
            shape_pair = draw(broadcastable_shapes(len(operands))).input_shapes
        values: dict[str, Any] = {}
        for p, dtype, shape in zip(operands, dtypes, shape_pair, strict=True):
            values[p.name] = draw(arrays(dtype, shape, per_operand.get(p.name)))
        if scalars and draw(st.integers(0, 3)) == 0:
            p = draw(st.sampled_from(operands[1:] if in_place else operands))
            other = next(q for q in operands if q is not p)
            if python_scalar_allowed(p, values[other.name].dtype):
                values[p.name] = draw(scalar(values[other.name].dtype, per_operand.get(p.name)))
        return derive(s, draw, values)

    return Case(s, draw_call, **options)


def python_scalar_allowed(parameter: inspect.Parameter, dtype: str) -> bool:
    """Whether the annotation admits a Python scalar of the kind of ``dtype``."""
    members = annotation_args(parameter.annotation)
    wanted = {"b": bool, "i": int, "u": int, "f": float, "c": complex}[kind_of(dtype)]
    return wanted in members
