"""Known failures, marked ``xfail`` by the kit (with the reason shown in the report).

Keys are test names with the backend parameter left out, e.g.
``"test_linalg[linalg.eig]"`` or ``"test_binary_special_values[pow-float32]"``;
values are the reason, naming what is expected. ``"*"`` holds failures of
the core itself (its composites serve every backend that does not replace
them). The marks are not strict: a fix shows up as XPASS (``-rX``) and its
entry should then be removed. A third-party backend starts with no entry of
its own: every failure of its run is a finding.
"""

from __future__ import annotations

KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "*": {},
}


def known_failure(backend: str, key: str) -> str | None:
    """The reason ``key`` is expected to fail on ``backend``, if it is."""
    return KNOWN_FAILURES.get(backend, {}).get(key) or KNOWN_FAILURES["*"].get(key)
