"""Feed bad input to every backend and report what each does with it.

Each backend runs in its own subprocess, so a backend that crashes (a kernel
that reads or writes out of bounds) is observed rather than fatal: the probe
notes the case that crashed and carries on with the next one in a fresh
process. A case passes when it raises the expected ivy error; it is reported
as ``WRONG`` when it returns a value (a silently wrong result), ``other`` when
it raises something else, ``CRASH`` when the process died and ``HANG`` when
it did not finish within ``TIMEOUT`` seconds.

    python -m ivy.testing.bad_input_probe [backend ...] [--all]

Without ``--all`` only the failures are printed.
"""

from __future__ import annotations

import inspect
import json
import select
import subprocess
import sys
import tempfile
from collections.abc import Iterator

TIMEOUT = 60  # seconds a case may take (importing the framework included) before it counts as a hang
INT_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")

#: (id, expected error class in ivy, code evaluated with ``ivy``, ``v`` (6 float32) and ``m`` (2x3 float32))
Case = tuple[str, str, str]


def _index_cases() -> Iterator[Case]:
    for bad in (6, 7, -7, -10, 2**31, 2**40, -(2**40)):
        for dtype in ("int64", "int32"):
            if dtype == "int32" and abs(bad) >= 2**31:
                continue
            idx = f"ivy.asarray([{bad}], dtype=ivy.{dtype})"
            yield f"getitem v[{bad}:{dtype}]", "IvyIndexError", f"v[{idx}]"
            yield f"setitem v[{bad}:{dtype}]", "IvyIndexError", f"v.__setitem__({idx}, 1.0)"
            yield f"take v [{bad}:{dtype}]", "IvyIndexError", f"ivy.take(v, {idx})"
            yield f"take_along_axis v [{bad}:{dtype}]", "IvyIndexError", f"ivy.take_along_axis(v, {idx}, axis=0)"
        yield f"getitem v[int {bad}]", "IvyIndexError", f"v[{bad}]"
        yield f"setitem v[int {bad}]", "IvyIndexError", f"v.__setitem__({bad}, 1.0)"
    for bad in (3, -4, 2**40):
        idx = f"ivy.asarray([{bad}])"
        yield f"getitem m[0, {bad}]", "IvyIndexError", f"m[0, {idx}]"
        yield f"getitem m[..., {bad}]", "IvyIndexError", f"m[..., {idx}]"
        yield f"getitem m[:, {bad}]", "IvyIndexError", f"m[:, {idx}]"
        yield f"getitem m[None, 0, {bad}]", "IvyIndexError", f"m[None, 0, {idx}]"
        yield f"setitem m[:, {bad}]", "IvyIndexError", f"m.__setitem__((slice(None), {idx}), 1.0)"
        yield f"setitem m[{idx}, 0]", "IvyIndexError", f"m.__setitem__(({idx}, 0), 1.0)"
        yield f"take m axis=1 [{bad}]", "IvyIndexError", f"ivy.take(m, {idx}, axis=1)"
        yield (
            f"take_along_axis m axis=1 [{bad}]",
            "IvyIndexError",
            f"ivy.take_along_axis(m, ivy.asarray([[{bad}]]), axis=1)",
        )
        yield (
            f"take_along_axis m axis=0 [{bad}]",
            "IvyIndexError",
            f"ivy.take_along_axis(m, ivy.asarray([[{bad}]]), axis=0)",
        )
        yield f"gather m axis=1 [{bad}]", "IvyIndexError", f"ivy.gather(m, {idx}, axis=1)"
        yield f"gather_nd m [{bad}]", "IvyIndexError", f"ivy.gather_nd(m, ivy.asarray([[0, {bad}]]))"
        yield (
            f"scatter_add m [{bad}]",
            "IvyIndexError",
            f"ivy.scatter_add(m, ivy.asarray([[{bad}, 0, 0]]), m[:1], axis=1)",
        )
        yield (
            f"index_put m [{bad}]",
            "IvyIndexError",
            f"ivy.index_put(m, (ivy.asarray([0]), {idx}), ivy.asarray([1.0]))",
        )
        yield f"embedding [{bad}]", "IvyIndexError", f"ivy.nn.embedding(ivy.asarray([{bad}]), m)"
    yield "getitem m[[0],[3]]", "IvyIndexError", "m[ivy.asarray([0]), ivy.asarray([3])]"
    yield "getitem 0-size [0]", "IvyIndexError", "ivy.zeros((0,))[ivy.asarray([0])]"
    yield "take 0-size [0]", "IvyIndexError", "ivy.take(ivy.zeros((0,)), ivy.asarray([0]))"


def _axis_calls() -> Iterator[tuple[str, str, str, bool]]:
    """``(function, call with {axis}, axis parameter, whether it takes a tuple)`` for every public
    function with an axis parameter that a plain float32 (2, 3) array (or int32 / bool where the
    spec asks) can be called with."""
    from ivy._codegen import parameter_role
    from ivy.spec import public_specs

    for spec in public_specs():
        params = spec.signature.parameters
        names = [n for n in ("axis", "axes", "source", "destination") if n in params]
        if not names or spec.qualname in ("tensordot", "permute_dims"):
            continue
        args, ok = [], True
        for p in params.values():
            role = parameter_role(p)
            if p.name in names:
                if p.kind is inspect.Parameter.POSITIONAL_ONLY:
                    args.append(f"{{{p.name}}}")
                continue
            if role == "array" and p.default is inspect.Parameter.empty:
                kind = {"integral": "int32", "integral or bool": "int32", "bool": "bool"}.get(
                    spec.dtypes or "", "float32"
                )
                if p.name in ("indices", "sorter"):
                    kind = "int64"
                value = f"ivy.asarray([[0, 1, 1], [1, 0, 1]], dtype=ivy.{kind})"
                if kind == "float32" and (spec.dtypes or "").startswith("complex"):
                    value = "ivy.asarray([[0, 1, 1], [1, 0, 1]], dtype=ivy.complex64)"
            elif role == "arrays" and p.default is inspect.Parameter.empty:
                value = "[m, m]"
            elif p.default is inspect.Parameter.empty and p.kind is not inspect.Parameter.VAR_POSITIONAL:
                ok = False
                break
            else:
                continue
            args.append(value if p.kind is inspect.Parameter.POSITIONAL_ONLY else f"{p.name}={value}")
        if ok:
            for name in names:
                keyword = params[name].kind is not inspect.Parameter.POSITIONAL_ONLY
                call = f"ivy.{spec.qualname}({', '.join(args)}" + (f", {name}={{axis}})" if keyword else ")")
                fill = {n: ("{axis}" if n == name else "0") for n in names}
                takes_tuple = "tuple" in str(params[name].annotation) or "Sequence" in str(params[name].annotation)
                yield spec.qualname, call.replace("{axis}", "{{axis}}").format(**fill), name, takes_tuple


def _axis_cases() -> Iterator[Case]:
    for function, call, name, takes_tuple in _axis_calls():
        yield f"{function} {name}=5", "AxisError", call.format(axis=5)
        yield f"{function} {name}=-7", "AxisError", call.format(axis=-7)
        yield f"{function} {name}='0'", "IvyTypeError", call.format(axis="'0'")
        yield f"{function} {name}=1.0", "IvyTypeError", call.format(axis="1.0")
        yield f"{function} {name}=(0, 9)", "AxisError" if takes_tuple else "IvyTypeError", call.format(axis="(0, 9)")


def _count_cases() -> Iterator[Case]:
    for code in (
        "ivy.linspace(0, 1, 2.5)",
        "ivy.linspace(0, 1, '3')",
        "ivy.eye(2.5)",
        "ivy.eye(2, 2.5)",
        "ivy.eye(2, k=0.5)",
        "ivy.zeros((2.5,))",
        "ivy.zeros(2.5)",
        "ivy.ones((2, '3'))",
        "ivy.full((2.0,), 1.0)",
        "ivy.empty((2.5,))",
        "ivy.reshape(v, (2.0, 3))",
        "ivy.broadcast_to(v, (2, 6.0))",
        "ivy.tile(v, (2.0,))",
        "ivy.roll(v, 1.5)",
        "ivy.tril(m, k=0.5)",
        "ivy.triu(m, k=0.5)",
        "ivy.top_k(v, 1.5)",
        "ivy.nn.one_hot(ivy.asarray([0]), 2.5)",
        "ivy.split(v, 2.0)",
        "ivy.repeat(v, 2.0)",
        "ivy.linalg.diagonal(m, offset=0.5)",
        "ivy.fft.fft(v, n=4.0)",
        "ivy.random.randint(0, 2.5, (2,))",
    ):
        yield code, "IvyTypeError", code
    yield "float index array", "IvyIndexError", "ivy.arange(0, 3, 1, dtype=ivy.int32)[ivy.asarray([1.5])]"


def _overflow_cases() -> Iterator[Case]:
    import ivy

    binary = ("add", "subtract", "multiply", "floor_divide", "remainder", "maximum", "minimum", "bitwise_and")
    for name in INT_DTYPES:
        info = ivy.iinfo(getattr(ivy, name))
        x = f"ivy.asarray([1, 2], dtype=ivy.{name})"
        for bad in (info.max + 1, info.min - 1):
            yield f"asarray([{bad}], {name})", "IvyOverflowError", f"ivy.asarray([{bad}], dtype=ivy.{name})"
            yield f"asarray({bad}, {name})", "IvyOverflowError", f"ivy.asarray({bad}, dtype=ivy.{name})"
            yield f"full {bad} {name}", "IvyOverflowError", f"ivy.full((2,), {bad}, dtype=ivy.{name})"
            yield f"full_like {bad} {name}", "IvyOverflowError", f"ivy.full_like({x}, {bad})"
            yield f"setitem {bad} {name}", "IvyOverflowError", f"{x}.__setitem__(0, {bad})"
            yield f"x + {bad} {name}", "IvyOverflowError", f"{x} + {bad}"
            yield f"{bad} - x {name}", "IvyOverflowError", f"{bad} - {x}"
            yield f"x *= {bad} {name}", "IvyOverflowError", f"{x}.__imul__({bad})"
            for fn in binary:
                yield f"{fn}(x, {bad}) {name}", "IvyOverflowError", f"ivy.{fn}({x}, {bad})"
            yield f"{name} == {bad}", "IvyOverflowError", f"{x} == {bad}"
            yield f"{name} < {bad}", "IvyOverflowError", f"{x} < {bad}"
            yield f"{name} >= {bad}", "IvyOverflowError", f"ivy.greater_equal({x}, {bad})"
            yield f"where {bad} {name}", "IvyOverflowError", f"ivy.where({x} > 1, {x}, {bad})"


def _misc_cases() -> Iterator[Case]:
    for function in ("argmax", "argmin", "max", "min"):
        yield f"{function} empty", "IvyValueError", f"ivy.{function}(ivy.zeros((0,)))"
        yield f"{function} empty axis=0", "IvyValueError", f"ivy.{function}(ivy.zeros((0, 3)), axis=0)"
    yield "asarray(None)", "IvyTypeError", "ivy.asarray(None)"
    yield "asarray([None])", "IvyTypeError", "ivy.asarray([None, 1])"
    yield "sum axis='0'", "IvyTypeError", "ivy.sum(v, axis='0')"
    yield "roll axis=5", "AxisError", "ivy.roll(v, 1, axis=5)"
    yield "vector_norm axis=7", "AxisError", "ivy.linalg.vector_norm(v, axis=7)"
    yield "expand_dims axis=3", "AxisError", "ivy.expand_dims(m, axis=3)"
    yield "stack axis=4", "AxisError", "ivy.stack([m, m], axis=4)"
    yield "squeeze axis=0 size 2", "IvyValueError", "ivy.squeeze(m, axis=0)"


def cases() -> list[Case]:
    """Every probe case, in a fixed order."""
    return [
        *_index_cases(),
        *_axis_cases(),
        *_count_cases(),
        *_overflow_cases(),
        *_misc_cases(),
    ]


def _run_case(ivy: object, case: Case) -> tuple[str, str]:
    _, expected, code = case
    namespace = {"ivy": ivy}
    namespace["v"] = ivy.arange(6, dtype=ivy.float32)  # type: ignore[attr-defined]
    namespace["m"] = ivy.reshape(namespace["v"], (2, 3))  # type: ignore[attr-defined]
    try:
        result = eval(code, namespace)  # the probe's own fixed cases
    except Exception as error:
        if expected.startswith("value:"):
            return "other", f"{type(error).__name__}: {error}"[:300]
        wanted = getattr(ivy, expected, None)
        if wanted is not None and isinstance(error, wanted):
            return "ok", type(error).__name__
        return "other", f"{type(error).__name__}: {error}"[:300]
    try:
        import numpy

        shown = repr(numpy.asarray(result).tolist())
    except Exception:
        shown = repr(result)
    if expected.startswith("value:"):
        return ("ok" if shown.replace(" ", "") == expected[6:].replace(" ", "") else "WRONG"), shown[:200]
    return "WRONG", shown[:200]


def _child(backend: str, start: int) -> None:
    import ivy  # the backend's own import-order guard runs when it is selected

    ivy.set_backend(backend)
    for number, case in enumerate(cases()):
        if number < start:
            continue
        print(json.dumps({"n": number, "start": True}), flush=True)
        status, detail = _run_case(ivy, case)
        print(json.dumps({"n": number, "status": status, "detail": detail}), flush=True)


def _run_child(backend: str, start: int, results: dict[int, tuple[str, str]]) -> tuple[int, int | None, str]:
    """Run the cases from ``start`` in a fresh process until it ends or a case takes longer than
    ``TIMEOUT`` seconds; ``(last case started, exit status or None when killed, stderr)``."""
    command = [sys.executable, "-m", "ivy.testing.bad_input_probe", "--child", backend, str(start)]
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        last = start
        assert process.stdout is not None
        while True:
            ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
            line = process.stdout.readline() if ready else None
            if line is None:  # no progress: a hang
                process.kill()
                process.wait()
                returncode = None
                break
            if not line:
                returncode = process.wait()
                break
            try:
                record = json.loads(line)
            except ValueError:
                continue
            last = record["n"]
            if "status" in record:
                results[last] = (record["status"], record["detail"])
        errors.seek(0)
        return last, returncode, errors.read()


def probe(backend: str) -> list[tuple[Case, str, str]]:
    """``(case, status, detail)`` for every case on ``backend``, each backend in subprocesses."""
    all_cases = cases()
    results: dict[int, tuple[str, str]] = {}
    start = 0
    while start < len(all_cases):
        last, returncode, stderr = _run_child(backend, start, results)
        if returncode == 0:
            break
        if last not in results:
            died = "HANG" if returncode is None else "CRASH"
            results[last] = (died, f"exit {returncode}: {stderr.strip()[-200:]}")
        start = last + 1
    return [(case, *results.get(n, ("CRASH", "not run"))) for n, case in enumerate(all_cases)]


def _installed() -> list[str]:
    """The installed backends' names (none is imported)."""
    import ivy

    return ivy.available_backends()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1], int(argv[2]))
        return 0
    show_all = "--all" in argv
    backends = [a for a in argv if not a.startswith("--")] or _installed()
    failures = 0
    for backend in backends:
        for (name, expected, _), status, detail in probe(backend):
            if status != "ok":
                failures += 1
            if status != "ok" or show_all:
                print(f"{backend:10} {status:6} {name:40} expected {expected}: {detail}")
    print(f"{failures} case(s) not raising the expected error")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
