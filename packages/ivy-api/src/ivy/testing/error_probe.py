"""Feed the same mistakes to every backend and compare the errors they raise.

``python -m ivy.testing.error_probe [BACKEND ...]`` runs the mistakes of
:mod:`ivy.testing.conformance._mistakes` (and the calls that are no mistake)
on each backend (default: every installed one), each backend in its own
process (frameworks crash when imported in some orders, and a crash of one
must not hide the others), then prints one line per call whose outcome is
not the expected one on some backend. The exit status is the number of such
calls (0: the backends agree with the taxonomy).
"""

from __future__ import annotations

import json
import subprocess
import sys

import ivy


def _child(backend: str) -> None:
    from ivy.testing.conformance._mistakes import MISTAKES, VALID, outcome

    ivy.set_backend(backend)
    results = {m.name: outcome(m.call) for m in MISTAKES}
    results.update({name: outcome(call) for name, call in VALID})
    print(json.dumps(results))


def probe(backends: list[str]) -> dict[str, dict[str, str]]:
    """``{backend: {call: outcome}}``; a backend whose process failed maps every call to its exit."""
    found = {}
    for backend in backends:
        run = subprocess.run(
            [sys.executable, "-m", "ivy.testing.error_probe", "--child", backend],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = run.stdout.strip().splitlines()
        found[backend] = json.loads(lines[-1]) if run.returncode == 0 and lines else {"*": f"exit {run.returncode}"}
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1])
        return 0
    from ivy.testing.conformance._mistakes import MISTAKES, VALID

    backends = argv or ivy.available_backends()
    found = probe(backends)
    expected = {m.name: m.expected.__name__ for m in MISTAKES} | {name: "returned" for name, _ in VALID}
    wrong = 0
    for name, want in expected.items():
        got = {b: found[b].get(name, found[b].get("*", "missing")) for b in backends}
        if any(g != want for g in got.values()):
            wrong += 1
            listed = ", ".join(f"{b}: {g}" for b, g in got.items())
            print(f"{name}: expected {want}; {listed}")
    print(f"{len(expected) - wrong} of {len(expected)} calls give the expected outcome on {', '.join(backends)}")
    return wrong


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
