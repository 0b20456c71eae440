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

_NUMPY_VAR = (
    "numpy backend: ivy.var returns inf (np.var divides by N - ddof = 0 or less) where the number of "
    "reduced elements minus `correction` is 0 or less; the standard requires NaN"
)
_NUMPY_STD = _NUMPY_VAR.replace("var", "std")

KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "*": {
        "test_extensions[erfinv]": (
            "core composite ivy.erfinv returns float64 for float32 input (its edge values come from "
            "ivy.where on two Python floats, which promotes the result)"
        ),
        "test_extensions[logsumexp]": (
            "core composite ivy.logsumexp raises on an empty reduction (ivy.max of nothing); log(sum(exp([]))) is -inf"
        ),
        "test_extensions[nn.softmax]": "core composite ivy.nn.softmax raises on an empty array (ivy.max of nothing)",
        "test_extensions[nn.log_softmax]": (
            "core composite ivy.nn.log_softmax raises on an empty array (ivy.max of nothing)"
        ),
    },
    "numpy": {
        "test_statistical_special_cases[var-correction-equal-to-count-float32]": _NUMPY_VAR,
        "test_statistical_special_cases[var-correction-equal-to-count-float64]": _NUMPY_VAR,
        "test_statistical_special_cases[var-correction-above-count-float32]": _NUMPY_VAR,
        "test_statistical_special_cases[var-correction-above-count-float64]": _NUMPY_VAR,
        "test_statistical_special_cases[std-correction-equal-to-count-float32]": _NUMPY_STD,
        "test_statistical_special_cases[std-correction-equal-to-count-float64]": _NUMPY_STD,
    },
}


def known_failure(backend: str, key: str) -> str | None:
    """The reason ``key`` is expected to fail on ``backend``, if it is."""
    return KNOWN_FAILURES.get(backend, {}).get(key) or KNOWN_FAILURES["*"].get(key)
