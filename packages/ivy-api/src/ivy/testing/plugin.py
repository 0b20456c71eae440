"""The ``ivy`` pytest plugin: run tests (and the conformance kit) per backend.

Registered as the ``pytest11`` entry point ``ivy`` of ivy-api, so it is loaded
in every pytest run of anyone who installs ivy-api. It therefore imports
nothing heavy (no framework, no numpy, no hypothesis) and changes nothing for
a test suite that does not ask for the ``ivy_backend`` fixture.

Options:

``--ivy-backend NAME``
    Run the tests that use the ``ivy_backend`` fixture against backend
    ``NAME``. Repeatable. ``NAME`` is an installed backend (see
    ``ivy.available_backends()``) or an import path ``package.module[:attr]``
    of a backend plugin that is not installed as an entry point; such a path
    is registered with ``ivy.register_backend`` first. Without the option,
    every installed backend is used.

``--ivy-examples N``
    How many hypothesis examples each conformance test tries (default 25, or
    the ``IVY_CONFORMANCE_EXAMPLES`` environment variable).

The fixture ``ivy_backend`` is parametrized over the chosen backends; during
the test the backend is active (``with ivy.using_backend(name):``) and the
fixture's value is its name.

Run the conformance kit with::

    pytest --pyargs ivy.testing.conformance --ivy-backend numpy
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

FIXTURE = "ivy_backend"
EXAMPLES_ENV = "IVY_CONFORMANCE_EXAMPLES"
DEFAULT_EXAMPLES = 25

#: What the conformance kit reads at import time (set in ``pytest_configure``).
options: dict[str, Any] = {"backends": None, "examples": None}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ivy", "ivy: backends and the conformance kit")
    group.addoption(
        "--ivy-backend",
        action="append",
        dest="ivy_backends",
        default=None,
        metavar="NAME",
        help="backend to run the tests that use the ivy_backend fixture against (repeatable; "
        "an installed backend name or an import path 'package.module[:attr]'); default: every installed backend",
    )
    group.addoption(
        "--ivy-examples",
        action="store",
        dest="ivy_examples",
        type=int,
        default=None,
        metavar="N",
        help=f"hypothesis examples per conformance test (default: ${EXAMPLES_ENV} or {DEFAULT_EXAMPLES})",
    )


def pytest_configure(config: pytest.Config) -> None:
    global _selected
    _selected = None
    options["backends"] = config.getoption("ivy_backends", None)
    options["examples"] = config.getoption("ivy_examples", None)
    config.addinivalue_line("markers", "ivy_conformance: a test of the ivy conformance kit")


def examples() -> int:
    """How many hypothesis examples a conformance test tries."""
    if options.get("examples"):
        return int(options["examples"])
    value = os.environ.get(EXAMPLES_ENV)
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            raise pytest.UsageError(f"{EXAMPLES_ENV} must be an integer, got {value!r}") from None
    return DEFAULT_EXAMPLES


def _resolve(name: str) -> str:
    """The backend name for a ``--ivy-backend`` value (registering import paths)."""
    import ivy

    if name in ivy.available_backends():
        return name
    if "." in name or ":" in name:
        try:
            return ivy.register_backend(name)
        except Exception as error:
            raise pytest.UsageError(f"--ivy-backend {name}: cannot register this backend: {error}") from error
    installed = ", ".join(ivy.available_backends()) or "none"
    raise pytest.UsageError(f"--ivy-backend {name}: no such ivy backend (installed: {installed})")


_selected: list[str] | None = None


def selected_backends() -> list[str]:
    """The backends the ``ivy_backend`` fixture runs over, in command-line order."""
    global _selected
    if _selected is None:
        requested = options.get("backends")
        if requested:
            names = [_resolve(n) for r in requested for n in r.split(",") if n.strip()]
            _selected = list(dict.fromkeys(names))
        else:
            import ivy

            _selected = list(ivy.available_backends())
    return _selected


def _is_ours(metafunc: pytest.Metafunc) -> bool:
    """Whether ``ivy_backend`` of this test is this plugin's fixture (a
    conftest may define its own, or the test may parametrize it itself)."""
    if FIXTURE not in metafunc.fixturenames:
        return False
    for marker in metafunc.definition.iter_markers("parametrize"):
        argnames = marker.args[0] if marker.args else marker.kwargs.get("argnames", "")
        if isinstance(argnames, str):
            argnames = [a.strip() for a in argnames.split(",")]
        if FIXTURE in argnames:
            return False
    definitions = getattr(metafunc, "_arg2fixturedefs", None)
    if definitions is None:
        return True
    found = definitions.get(FIXTURE)
    if not found:
        return False
    return getattr(getattr(found[-1], "func", None), "__module__", None) == __name__


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if _is_ours(metafunc):
        metafunc.parametrize(FIXTURE, selected_backends(), indirect=True, ids=lambda name: f"backend={name}")


@pytest.fixture
def ivy_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The name of the backend under test, active for the duration of the test."""
    import ivy

    name = getattr(request, "param", None)
    if name is None:  # not parametrized (e.g. requested through another fixture)
        backends = selected_backends()
        if not backends:
            pytest.skip("no ivy backend installed")
        name = backends[0]
    with ivy.using_backend(name):
        yield name
