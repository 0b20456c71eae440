"""The kit covers every public function, and the backend implements them all.

The cases and dedicated tests of the kit register what they cover; a hookspec
added without a conformance test fails here, naming it.
"""

from __future__ import annotations

import pytest

import ivy
from ivy.testing.conformance._cases import CASES, COVERAGE, SPECS, load_cases


def _load_every_test_module() -> None:
    load_cases()


def _uncovered(standard: bool) -> list[str]:
    _load_every_test_module()
    return sorted(q for q, s in SPECS.items() if s.hook not in COVERAGE and getattr(s, "standard", True) is standard)


def test_every_standard_function_has_conformance_coverage() -> None:
    missing = _uncovered(standard=True)
    assert not missing, (
        f"{len(missing)} function(s) of the standard have no conformance test: {', '.join(missing)}; "
        "add a case (or a test decorated with @covers) in ivy/testing/conformance"
    )


def test_every_ivy_extension_has_conformance_coverage() -> None:
    """Ivy's own functions (nn, random, ...) have no reference implementation to derive
    a test from; those without a case are listed here (as an expected failure)."""
    missing = _uncovered(standard=False)
    if missing:
        pytest.xfail(f"{len(missing)} Ivy extension function(s) have no conformance test yet: {', '.join(missing)}")


def test_every_case_names_a_public_function() -> None:
    _load_every_test_module()
    hooks = {s.hook for s in SPECS.values()}
    stale = sorted(h for h in COVERAGE if h not in hooks)
    assert not stale, f"conformance coverage registered for functions that no hookspec declares: {stale}"
    assert CASES, "no conformance case registered"


@pytest.mark.ivy_conformance
def test_backend_implements_every_public_function(ivy_backend: str) -> None:
    from ivy import _dispatch

    ops = _dispatch.ops()
    served = set(ops.implemented) | set(getattr(ops, "composed", ()))
    missing = sorted(s.qualname for s in SPECS.values() if not s.core and s.hook not in served)
    assert not missing, f"backend {ivy_backend!r} does not implement: {', '.join(missing)}"
    assert ivy.current_backend() == ivy_backend
