"""What every registry shares: one attempt at a (model, target) pair as a row, and its failure family.

A registry module (``zoo.families.<name>``) defines ``SOURCE``, ``TARGETS``, ``cases()`` (the
names it can try), ``build(name)`` -> ``(obj, inputs)`` where ``inputs(seed)`` gives
``(args, kwargs)`` of the source framework's arrays, and may define ``GRADIENTS`` (every how
many cases the gradients are compared) and ``lazy = True`` (a library: ``obj`` is the function,
transpiled through the library's lazy transpile).
"""

from __future__ import annotations

import re
import time
import traceback
from typing import Any

import numpy as np

RTOL, ATOL = 1e-3, 1e-4


def to_numpy(x: Any) -> np.ndarray | None:
    """An array of any framework as NumPy, None for anything else."""
    if isinstance(x, np.ndarray | np.generic):
        return np.asarray(x)
    module = type(x).__module__.split(".")[0]
    if module == "torch":
        return x.detach().cpu().numpy() if hasattr(x, "detach") else None
    if module in ("tensorflow", "paddle", "keras") and hasattr(x, "numpy"):
        return np.asarray(x.numpy())
    if module in ("jax", "jaxlib") and hasattr(x, "shape"):
        return np.asarray(x)
    return None


def leaves(x: Any, path: str = "") -> dict[str, np.ndarray]:
    """The arrays of a nested result by path (dicts and ModelOutputs by key, sequences by index)."""
    found = to_numpy(x)
    if found is not None:
        return {path: found}
    out: dict[str, np.ndarray] = {}
    if isinstance(x, dict) or (hasattr(x, "keys") and hasattr(x, "__getitem__")):
        for k in list(x.keys()):
            out.update(leaves(x[k], f"{path}.{k}"))
    elif isinstance(x, list | tuple):
        for i, e in enumerate(x):
            out.update(leaves(e, f"{path}[{i}]"))
    return out


def mismatch(expected: Any, actual: Any) -> str | None:
    """None when every array the two results share matches; else what differs."""
    want, got = leaves(expected), leaves(actual)
    if not want:
        return "the source returned no arrays"
    shared = [k for k in want if k in got]
    if not shared:
        return f"no result in common (source {sorted(want)[:3]}, transpiled {sorted(got)[:3]})"
    for k in shared:
        a, b = np.asarray(got[k]), np.asarray(want[k])
        if a.shape != b.shape:
            return f"{k or 'result'}: shape {a.shape} != {b.shape}"
        if b.dtype.kind in "fc":
            a, b = a.astype(np.float64), b.astype(np.float64)
            if not np.array_equal(np.isfinite(a), np.isfinite(b)):
                return f"{k or 'result'}: NaN/inf where the source has none"
            ok = np.isfinite(b)
            err = np.abs(a[ok] - b[ok]) - (ATOL + RTOL * np.abs(b[ok]))
            if err.size and err.max() > 0:
                return f"{k or 'result'}: max abs error {np.abs(a[ok] - b[ok]).max():.3g}"
        elif not np.array_equal(a, b):
            return f"{k or 'result'}: values differ"
    return None


def convert(x: Any, target: str) -> Any:
    """Source inputs as the target's arrays (through NumPy), structure kept."""
    if isinstance(x, dict):
        return {k: convert(v, target) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return type(x)(convert(v, target) for v in x)
    a = to_numpy(x)
    if a is None:
        return x
    a = np.array(a, copy=True)
    if target == "torch":
        import torch

        return torch.from_numpy(a)
    if target == "jax":
        import jax.numpy as jnp

        return jnp.asarray(a)
    if target == "tensorflow":
        import tensorflow as tf

        return tf.constant(a)
    if target == "paddle":
        import paddle

        return paddle.to_tensor(a)
    return a


def family(error: BaseException) -> str:
    """The failure's family: the kind of error, with what varies per model (names, numbers) left out."""
    kind = type(error).__name__
    text = str(error).splitlines()[0] if str(error) else ""
    if kind in ("UnsupportedOperations", "MissingOperations"):
        ops = missing_operations(error)
        return f"missing operation {ops[0]}" if ops else "missing operation"
    if kind == "VerificationError":
        if "NaN" in text or "inf" in text:
            return "verification: NaN/inf"
        return "verification: values differ" if "error" in text else "verification: structure"
    text = re.sub(r"from (torch|jax|tensorflow|paddle|numpy) to \w+", "", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\d+(\.\d+)?(e-?\d+)?|\([^)]*\)", "_", text)
    return f"{kind}: {text[:90]}"


def missing_operations(error: BaseException) -> list[str]:
    """The operation names an UnsupportedOperations lists, most used first."""
    missing = getattr(error, "missing", None)
    if not missing:
        return []
    return [name for name, _ in sorted(dict(missing).items(), key=lambda kv: -kv[1])]


def first_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"[:300]


def transpile_once(registry: Any, obj: Any, args: Any, kwargs: dict, target: str) -> Any:
    """The transpiled program (a library function through the lazy library transpile)."""
    import ivy_transpiler

    if getattr(registry, "lazy", False):
        library = ivy_transpiler.transpile(registry.library(), source=registry.SOURCE, target=target, verify=False)
        function = library
        for part in obj.split("."):
            function = getattr(function, part)
        return function
    # no verification on the example inputs: the row compares on fresh inputs itself (half the time)
    return ivy_transpiler.transpile(obj, source=registry.SOURCE, target=target, args=args, kwargs=kwargs, verify=False)


def attempt(registry: Any, name: str, target: str, index: int) -> dict[str, Any]:
    """One row: built, transpiled (with the error's first line and family), matched on fresh inputs,
    gradients matched (a sample), transpile time."""
    row: dict[str, Any] = {"case": name, "target": target, "built": False, "transpiled": False}
    try:
        obj, inputs = registry.build(name)
        args, kwargs = inputs(0)
        row["built"] = True
    except Exception as error:  # a model the registry cannot build from a tiny config is not tried
        row.update(error=first_line(error), family="build: " + family(error))
        return row
    start = time.perf_counter()
    try:
        program = transpile_once(registry, obj, args, kwargs, target)
        if getattr(registry, "lazy", False):  # the first call transpiles (and verifies)
            program(*convert(args, target), **convert(kwargs, target))
        row["transpiled"] = True
    except Exception as error:
        row.update(error=first_line(error), family=family(error), missing=missing_operations(error)[:10])
        row["trace"] = traceback.format_exc(limit=-3)[-1500:]
        source_error = source_fails(registry, obj, args, kwargs)
        if source_error is not None:  # the inputs are wrong for this model: not the transpiler's failure
            row.update(built=False, error=source_error, family="inputs: " + source_error.split(":")[0])
        return row
    finally:
        row["seconds"] = round(time.perf_counter() - start, 3)
    try:
        fresh_args, fresh_kwargs = inputs(1)
        expected = (
            registry.run(obj, fresh_args, fresh_kwargs)
            if hasattr(registry, "run")
            else obj_call(registry, obj, fresh_args, fresh_kwargs)
        )
        actual = program(*convert(fresh_args, target), **convert(fresh_kwargs, target))
        problem = mismatch(expected, actual)
        row["matched"] = problem is None
        if problem:
            row.update(
                error=problem[:300], family="fresh inputs: " + re.sub(r"[\d.e+-]+$", "_", problem.split(": ")[-1])
            )
    except Exception as error:
        row.update(matched=False, error=first_line(error), family="fresh inputs: " + family(error))
        return row
    every = getattr(registry, "GRADIENTS", 0)
    if every and index % every == 0 and hasattr(registry, "gradients"):
        try:
            matched = registry.gradients(obj, program, fresh_args, fresh_kwargs, target)
            if matched is not None:  # None: the registry compares no gradients for this target
                row["gradients"] = matched
        except Exception as error:
            row.update(gradients=False, gradient_error=first_line(error))
    return row


def source_fails(registry: Any, obj: Any, args: Any, kwargs: dict) -> str | None:
    """The first line of the error the source framework itself raises on these inputs; None if it runs."""
    try:
        registry.run(obj, args, kwargs) if hasattr(registry, "run") else obj_call(registry, obj, args, kwargs)
    except Exception as error:
        return first_line(error)
    return None


def obj_call(registry: Any, obj: Any, args: Any, kwargs: dict) -> Any:
    """The source program itself on its inputs (a library function by its dotted name)."""
    if getattr(registry, "lazy", False):
        function = registry.library()
        for part in obj.split("."):
            function = getattr(function, part)
        return function(*args, **kwargs)
    return obj(*args, **kwargs)
