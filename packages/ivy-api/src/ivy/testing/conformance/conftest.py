"""Collection hooks of the conformance kit (known failures become xfail)."""

from __future__ import annotations

import pytest

try:
    import array_api_strict  # noqa: F401
    import hypothesis  # noqa: F401
    import numpy  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"the ivy conformance kit needs numpy, hypothesis and array-api-strict ({error}); "
        "install them with `pip install numpy hypothesis 'array-api-strict>=2.6'`"
    ) from error

from ivy.testing.conformance._known import known_failure


def known_failure_key(name: str, backend: str) -> str:
    """A test's name without its backend parameter: ``test_x[backend=numpy-add]`` -> ``test_x[add]``."""
    key = name.replace(f"backend={backend}", "\0")
    for joined in ("\0-", "-\0", "\0"):
        key = key.replace(joined, "")
    return key.replace("[]", "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("ivy_backend") if callspec is not None else None
        if backend is None:
            continue
        reason = known_failure(backend, known_failure_key(item.name, backend))
        if reason:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=False))
