"""Checking a transpiled program against its source on the example inputs."""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from ivy_transpiler import _tree
from ivy_transpiler._frameworks import framework_of_value, is_any_array, to_numpy

#: ``(rtol, atol)`` by the source result's dtype; ``atol`` is scaled by the result's largest magnitude (at least 1).
TOLERANCES: dict[str, tuple[float, float]] = {
    "float16": (1e-2, 1e-3),
    "bfloat16": (5e-2, 1e-2),
    "float32": (1e-4, 1e-5),
    "complex64": (1e-4, 1e-5),
    "float64": (1e-7, 1e-10),
    "complex128": (1e-7, 1e-10),
}


class VerificationError(AssertionError):
    """The transpiled program's results differ from the source's on the example inputs."""


def tolerance(dtype: Any, floor: str | None = None) -> tuple[float, float]:
    """``(rtol, atol)`` for results of ``dtype``; exact for integers and booleans.

    A float result computed from less precise floats (``floor``: float32 weights times a float64 counter)
    is only as exact as those, so its tolerance is the looser of the two.
    """
    rtol, atol = TOLERANCES.get(np.dtype(dtype).name, (0.0, 0.0))
    if floor is not None and np.dtype(dtype).kind in "fc":
        low_rtol, low_atol = TOLERANCES[floor]
        rtol, atol = max(rtol, low_rtol), max(atol, low_atol)
    return rtol, atol


def precision_floor(*trees: Any) -> str | None:
    """The least precise float dtype among the arrays in ``trees`` (inputs, parameters), or None."""
    worst = None
    for tree in trees:
        for array in _tree.flatten(tree, _has_dtype)[1]:
            name = str(getattr(array, "dtype", "")).rsplit(".", 1)[-1]
            if name in TOLERANCES and (worst is None or TOLERANCES[name][0] > TOLERANCES[worst][0]):
                worst = name
    return worst


def _has_dtype(value: Any) -> bool:
    return hasattr(value, "shape") and hasattr(value, "dtype") and not isinstance(value, type)


def compare(expected: Any, actual: Any, *, what: str, floor: str | None = None) -> None:
    """Raise ``VerificationError`` unless the two results have the same structure, shapes, dtypes and values.

    ``floor`` is the least precise float dtype the results were computed from (see ``precision_floor``).
    """
    expected_template, expected_arrays = _tree.flatten(expected, is_result_array)
    actual_template, actual_arrays = _tree.flatten(actual, is_result_array)
    if _tree.freeze(expected_template) != _tree.freeze(actual_template):
        raise VerificationError(
            f"{what}: the result's structure differs: source {expected_template!r}, target {actual_template!r}"
        )
    problems = []
    for i, (e, a) in enumerate(zip(expected_arrays, actual_arrays, strict=True)):
        e, a = to_numpy(e), to_numpy(a)
        where = f"result {i}" if len(expected_arrays) > 1 else "the result"
        if e.shape != a.shape or e.dtype != a.dtype:
            problems.append(f"{where}: source {e.dtype}{list(e.shape)}, target {a.dtype}{list(a.shape)}")
            continue
        rtol, atol = tolerance(e.dtype, floor)
        scale = max(1.0, float(np.max(np.abs(e[np.isfinite(e)]), initial=0.0))) if e.dtype.kind in "fc" else 1.0
        if not np.allclose(a, e, rtol=rtol, atol=atol * scale, equal_nan=True):
            problems.extend(f"{where} ({e.dtype}{list(e.shape)}): {p}" for p in _nonfinite_differences(e, a))
            finite = np.isfinite(e) & np.isfinite(a) if e.dtype.kind in "fc" else np.ones(e.shape, bool)
            with np.errstate(invalid="ignore"):
                error = np.abs(a[finite].astype(np.complex128) - e[finite].astype(np.complex128))
            if not np.allclose(a[finite], e[finite], rtol=rtol, atol=atol * scale):
                problems.append(
                    f"{where} ({e.dtype}{list(e.shape)}): max abs error {float(np.max(error, initial=0.0)):.3g} "
                    f"over the finite values > tolerance (rtol {rtol}, atol {atol * scale:.3g})"
                )
    if problems:
        raise VerificationError(f"{what}: the target's results differ from the source's:\n  " + "\n  ".join(problems))


def is_result_array(value: Any) -> bool:
    """An array of any framework, or a NumPy scalar (``np.mean`` and ``a.sum()`` give one): a 0-d array."""
    return isinstance(value, np.generic) or is_any_array(value)


def _nonfinite_differences(expected: np.ndarray, actual: np.ndarray) -> list[str]:
    """Each kind of NaN or infinity one side has where the other has not: how many and the first indices."""
    if expected.dtype.kind not in "fc":
        return []
    kinds = {"NaN": np.isnan, "inf": np.isposinf, "-inf": np.isneginf}
    if expected.dtype.kind == "c":  # a complex infinity has no sign
        kinds = {"NaN": np.isnan, "inf": np.isinf}
    found = []
    for kind, test in kinds.items():
        in_e, in_a = test(expected), test(actual)
        for mask, has, lacks in ((in_a & ~in_e, "target", "source"), (in_e & ~in_a, "source", "target")):
            count = int(np.count_nonzero(mask))
            if count:
                first = ", ".join(str(list(map(int, i))) for i in np.argwhere(mask)[:3])
                found.append(f"the {has} has {kind} where the {lacks} has none at {count} place(s) (first: {first})")
    return found


def copies(inputs: Any, source: Any) -> Any:
    """``inputs`` as copies in the ``source`` framework's arrays (its own copied with their device and dtype,
    where the framework can): a source run that writes them in place leaves the caller's arrays alone."""
    template, arrays = _tree.flatten(inputs, is_any_array)
    own = source.name
    copied = [_copy(a) if framework_of_value(a) == own else source.from_numpy(np.array(to_numpy(a))) for a in arrays]
    return _tree.unflatten(template, copied)


def _copy(array: Any) -> Any:
    try:
        return copy.deepcopy(array)
    except Exception:  # a framework without a deep copy of this array (a non-leaf torch tensor): as it is
        return array


def compare_inputs(before: Any, after: Any, written: dict[int, Any], *, what: str) -> None:
    """The inputs after the source's run (``after``, its copies of ``before``) equal the transpiled program's:
    the example's values, or the new values it writes in place (``written`` by flat input index)."""
    _, originals = _tree.flatten(before, is_any_array)
    _, changed = _tree.flatten(after, is_any_array)
    compare(
        changed,
        [written.get(i, a) for i, a in enumerate(originals)],
        what=f"{what}: the inputs after the call (does the source write one in place in a way the capture misses, "
        "such as through a view?)",
    )


def max_error(expected: Any, actual: Any) -> float:
    """The largest absolute difference over all result arrays (for reports and tests)."""
    _, expected_arrays = _tree.flatten(expected, is_result_array)
    _, actual_arrays = _tree.flatten(actual, is_result_array)
    errors = [
        float(np.max(np.abs(to_numpy(a).astype(np.float64) - to_numpy(e).astype(np.float64)), initial=0.0))
        for e, a in zip(expected_arrays, actual_arrays, strict=True)
    ]
    return max(errors, default=0.0)
