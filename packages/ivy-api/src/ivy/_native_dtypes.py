"""The core's dtype rules keyed by a backend's own dtypes (public as :mod:`ivy.plugin`).

A backend computes with its framework's kernels but must give the core's
result dtypes, whatever its framework would promote to. These tables are
built once, when the backend is imported, so a hook looks its result dtype up
by the native dtypes it holds instead of asking the core on every call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ivy import _dtypes

#: Every ivy dtype by name (the standard's, then float16 and bfloat16).
DTYPES: Mapping[str, _dtypes.DType] = dict(_dtypes.BY_NAME)
#: The core's default dtypes, the same on every backend, by kind:
#: ``"real floating"``, ``"complex floating"``, ``"integral"``, ``"indexing"``.
DEFAULT_DTYPES: Mapping[str, _dtypes.DType] = dict(_dtypes.DEFAULTS)
#: The Python scalar types, in the order a value is tested against them (a bool is an int).
SCALAR_TYPES = (bool, int, float, complex)
_SAMPLES = {bool: True, int: 1, float: 1.0, complex: 1j}


def promotion_table(native: Mapping[str, Any]) -> dict[tuple[Any, Any], Any]:
    """The core's promotion table in native dtypes: ``{(a, b): result}``.

    ``native`` maps ivy dtype names to the backend's dtypes (the ones it
    supports). Pairs whose result the backend lacks are left out.
    """
    by_ivy = {DTYPES[name]: value for name, value in native.items()}
    return {
        (by_ivy[a], by_ivy[b]): by_ivy[result]
        for (a, b), result in _dtypes.PROMOTION.items()
        if a in by_ivy and b in by_ivy and result in by_ivy
    }


def scalar_promotion_table(native: Mapping[str, Any]) -> dict[tuple[Any, type], Any]:
    """The core's weak-scalar rule in native dtypes: ``{(array dtype, Python scalar type): result}``."""
    by_ivy = {DTYPES[name]: value for name, value in native.items()}
    table = {}
    for dtype, value in by_ivy.items():
        for kind, sample in _SAMPLES.items():
            result = _dtypes.result_type(dtype, sample)
            if result in by_ivy:
                table[value, kind] = by_ivy[result]
    return table


def scalar_type(value: Any, expected: str = "an array") -> type:
    """Which of :data:`SCALAR_TYPES` ``value`` is (``TypeError`` naming ``expected`` otherwise)."""
    for kind in SCALAR_TYPES:
        if isinstance(value, kind):
            return kind
    raise TypeError(f"expected {expected} or a Python scalar, got {type(value).__name__}")


def _default_name(kind: str) -> str:
    return kind if kind == "bool" else DEFAULT_DTYPES[kind].name


class NativePromotion:
    """The core's promotion for the operands a binary hook receives: native arrays or Python scalars.

    ``NativePromotion(native, array_type)``: ``native`` maps ivy dtype names to
    the backend's dtypes, ``array_type`` is the backend's array class (or a
    tuple of them). ``table``, ``with_scalar`` and ``scalar_default`` are the
    lookup tables; :meth:`result_dtype` and :meth:`common_dtype` use them.
    """

    def __init__(self, native: Mapping[str, Any], array_type: type | tuple[type, ...]):
        self.array_type = array_type
        self.table = promotion_table(native)
        self.with_scalar = scalar_promotion_table(native)
        defaults = {bool: "bool", int: "integral", float: "real floating", complex: "complex floating"}
        #: a lone Python scalar's native dtype (the core's defaults)
        self.scalar_default = {kind: native[_default_name(key)] for kind, key in defaults.items()}
        names = array_type if isinstance(array_type, tuple) else (array_type,)
        self._expected = " or ".join(f"a {t.__module__.split('.')[0]}.{t.__name__}" for t in names)

    def result_dtype(self, x1: Any, x2: Any) -> Any:
        """The native result dtype of ``x1`` and ``x2`` (arrays or Python scalars) by the core's rules."""
        arrays = self.array_type
        if isinstance(x1, arrays):
            if isinstance(x2, arrays):
                return self.table[x1.dtype, x2.dtype]
            return self.with_scalar[x1.dtype, scalar_type(x2, self._expected)]
        if isinstance(x2, arrays):
            return self.with_scalar[x2.dtype, scalar_type(x1, self._expected)]
        defaults = self.scalar_default
        return self.table[defaults[scalar_type(x1, self._expected)], defaults[scalar_type(x2, self._expected)]]

    def common_dtype(self, arrays: Iterable[Any], dtype_of: Callable[[Any], Any] | None = None) -> Any:
        """The native dtype the core's promotion gives all of ``arrays`` (``None`` for none)."""
        table = self.table
        target = None
        for a in arrays:
            dtype = a.dtype if dtype_of is None else dtype_of(a)
            target = dtype if target is None or target == dtype else table[target, dtype]
        return target
