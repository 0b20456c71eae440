"""The support matrix: which function each backend implements, for which dtypes.

Measured, not declared: every public function of the hookspecs is called on
each installed backend with a small valid input of every dtype its spec
admits, and a dtype counts as supported when the call returns an array
without raising. ``python -m ivy.support`` prints the matrix as Markdown.
"""

from __future__ import annotations

import argparse
import inspect
import warnings
from dataclasses import dataclass, field
from typing import Any

import ivy
from ivy import _dtypes
from ivy._codegen import parameter_role
from ivy.spec import SPECS, Spec
from ivy.spec._marker import DTYPE_KINDS

#: Required non-array arguments, by function, for the probe call.
REQUIRED = {
    "arange": {"start": 3},
    "empty": {"shape": (2,)},
    "ones": {"shape": (2,)},
    "zeros": {"shape": (2,)},
    "full": {"shape": (2,), "fill_value": 1},
    "full_like": {"fill_value": 1},
    "eye": {"n_rows": 3},
    "linspace": {"start": 0, "stop": 4, "num": 3},
    "fft.fftfreq": {"n": 4},
    "fft.rfftfreq": {"n": 4},
    "broadcast_to": {"shape": (2, 3)},
    "expand_dims": {"axis": 0},
    "moveaxis": {"source": 0, "destination": 0},
    "permute_dims": {"axes": (0,)},
    "reshape": {"shape": (3,)},
    "roll": {"shift": 1},
    "squeeze": {"axis": 0},
    "tile": {"repetitions": (2,)},
    "linalg.matrix_power": {"n": 2},
    "random.randint": {"low": 0, "high": 5},
    "random.bernoulli": {"p": 0.5},
}
#: Functions whose array arguments are matrices (the rest get vectors).
MATRIX_FUNCTIONS = {"matmul", "matrix_transpose", "tensordot", "tril", "triu"} | {
    s.qualname for s in SPECS.values() if s.namespace == "linalg"
} - {"linalg.cross", "linalg.outer", "linalg.vector_norm"}
#: Array arguments with a dtype of their own, whatever dtype is being probed.
FIXED_DTYPE = {"indices": "int64", "repeats": "int64", "condition": "bool"}
CREATION_WITH_DTYPE = {"arange", "empty", "ones", "zeros", "full", "eye", "linspace", "fft.fftfreq", "fft.rfftfreq",
                       "random.uniform", "random.normal", "random.truncated_normal", "random.randint"}  # fmt: skip


@dataclass
class Support:
    """What one backend does for one function."""

    implemented: bool
    composite: bool = False  # served by the core's composite rather than natively
    supported: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def probed_dtypes(spec: Spec) -> list[_dtypes.DType]:
    kinds = DTYPE_KINDS.get(spec.dtypes or "", ())
    if not kinds:
        return list(_dtypes.STANDARD_DTYPES)
    return [d for d in _dtypes.STANDARD_DTYPES if any(d.kind in _dtypes.KIND_MEMBERS[k] for k in kinds)]


def _values(dtype: _dtypes.DType, matrix: bool) -> Any:
    """A vector, or a symmetric positive-definite matrix (so every linalg function applies)."""
    if dtype.kind == "b":
        return [[True, False, True], [False, True, False], [True, True, False]] if matrix else [True, False, True]
    return [[2, 1, 0], [1, 2, 1], [0, 1, 2]] if matrix else [1, 2, 3]


def _array(dtype: _dtypes.DType, matrix: bool, name: str, qualname: str) -> Any:
    dtype = _dtypes.BY_NAME[FIXED_DTYPE.get(name, dtype.name)]
    if qualname.startswith("fft.") and dtype.kind != "b":
        return ivy.asarray([1, 2, 3, 4], dtype=dtype)
    if name in ("indices", "repeats"):
        return ivy.asarray([0, 1, 0] if name == "indices" else [1, 2, 1], dtype=dtype)
    if qualname == "squeeze":
        return ivy.asarray([_values(dtype, False)], dtype=dtype)
    return ivy.asarray(_values(dtype, matrix), dtype=dtype)


def probe_call(spec: Spec, dtype: _dtypes.DType) -> Any:
    """Call the public function of ``spec`` on a small input of ``dtype``."""
    function = getattr(ivy if not spec.namespace else getattr(ivy, spec.namespace), spec.name)
    matrix = spec.qualname in MATRIX_FUNCTIONS
    args, kwargs = [], {}
    required = REQUIRED.get(spec.qualname, {})
    for parameter in spec.signature.parameters.values():
        role = parameter_role(parameter)
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            args += [_array(dtype, matrix, "x", spec.qualname)] * 2 if role == "arrays" else []
            continue
        if parameter.name in required:
            value = required[parameter.name]
        elif role == "array" and parameter.default is inspect.Parameter.empty:
            value = _array(dtype, matrix, parameter.name, spec.qualname)
            if spec.name == "asarray":
                value = _values(dtype, False)
        elif role == "arrays" and parameter.default is inspect.Parameter.empty:
            value = [_array(dtype, matrix, "x", spec.qualname)] * 2
        elif role == "dtype" and (parameter.default is inspect.Parameter.empty or spec.qualname in CREATION_WITH_DTYPE):
            value = dtype
        elif spec.name == "from_dlpack" and parameter.name == "x":
            value = ivy.to_native(_array(dtype, False, "x", spec.qualname))
        elif parameter.default is inspect.Parameter.empty:
            raise LookupError(f"no probe value for {spec.qualname}({parameter.name})")
        else:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    if spec.name == "asarray":
        kwargs["dtype"] = dtype
    return function(*args, **kwargs)


def backend_support(backend: str) -> dict[str, Support]:
    """Probe every public function on ``backend``."""
    results = {}
    with ivy.using_backend(backend), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # probes may divide by zero; only failures matter
        ops = ivy._dispatch.ops()
        available = {name for name, d in _dtypes.BY_NAME.items() if d in ops.to_native_dtype}
        for spec in SPECS.values():
            if not spec.public or spec.core:
                continue
            support = Support(implemented=spec.hook in ops.implemented or spec.hook in ops.composed)
            support.composite = spec.hook in ops.composed
            results[spec.qualname] = support
            if not support.implemented:
                continue
            for dtype in probed_dtypes(spec):
                if dtype.name not in available:
                    support.failed[dtype.name] = "dtype not supported by the backend"
                    continue
                try:
                    probe_call(spec, dtype)
                except Exception as error:
                    support.failed[dtype.name] = f"{type(error).__name__}: {error}".splitlines()[0][:160]
                else:
                    support.supported.append(dtype.name)
    return results


def _cell(support: Support) -> str:
    if not support.implemented:
        return "✗ not implemented"
    mark = "◇" if support.composite else "✓"
    if not support.failed:
        return mark
    if not support.supported:
        return "✗ fails for every dtype"
    return f"{mark} except " + ", ".join(support.failed)


def markdown(backends: list[str]) -> str:
    """The matrix as Markdown: one row per function, one column per backend."""
    tables = {backend: backend_support(backend) for backend in backends}
    lines = [
        "# Support matrix",
        "",
        "Generated by `python -m ivy.support` (nox session `support`) from the hookspecs and the installed "
        "backends: each function is called on every backend with a small input of every standard dtype its "
        "spec admits. ✓: native implementation; ◇: the core's composite (written with Ivy's own functions); "
        "✗: missing. Do not edit by hand.",
        "",
    ]
    for backend in backends:
        with ivy.using_backend(backend):
            name, version = ivy._dispatch.ops().framework()
        table = tables[backend]
        complete = sum(1 for s in table.values() if s.implemented and not s.failed)
        lines.append(f"- **{backend}** ({name} {version}): {complete} of {len(table)} functions for every dtype.")
    lines += ["", "| function | admitted dtypes | " + " | ".join(backends) + " |", "|---|---|" + "---|" * len(backends)]
    for spec in SPECS.values():
        if not spec.public or spec.core:
            continue
        cells = " | ".join(_cell(tables[b][spec.qualname]) for b in backends)
        lines.append(f"| `{spec.qualname}` | {spec.dtypes or 'all'} | {cells} |")
    failures = [
        f"| {backend} | `{qualname}` | {dtype} | {message.replace('|', '/')} |"
        for backend in backends
        for qualname, support in tables[backend].items()
        for dtype, message in support.failed.items()
    ]
    if failures:
        lines += ["", "## Limits in detail", "", "| backend | function | dtype | what happens |", "|---|---|---|---|"]
        lines += failures
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Print Ivy's support matrix as Markdown.")
    parser.add_argument("--backend", action="append", help="a backend to include (default: every installed one)")
    args = parser.parse_args()
    print(markdown(args.backend or ivy.available_backends()), end="")


if __name__ == "__main__":
    main()
