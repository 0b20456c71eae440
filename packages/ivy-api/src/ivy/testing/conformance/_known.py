"""Known failures of the bundled backends, marked ``xfail`` (strict) by the kit.

Keys are test names with the backend parameter left out, e.g.
``"test_linalg[linalg.eig]"`` or ``"test_binary_special_values[pow-float32]"``;
values are the reason, naming what the standard requires. A third-party
backend starts with no entry here: every failure of its run is a finding.
"""

from __future__ import annotations

KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "numpy": {},
}
