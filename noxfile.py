"""Every task of the monorepo: tests per backend, lint, benchmarks, demo.

Each test session installs ivy-api and exactly one backend with its own
framework, which is the proof that ``pip install ivy-api ivy-backend-X`` is a
complete install. PyTorch is pinned to the CPU build every machine has.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True

PACKAGES = "packages"
API = f"{PACKAGES}/ivy-api"
#: backend name -> what to pip install before the backend package itself.
FRAMEWORKS = {
    "numpy": [],
    "torch": ["torch==2.13.0"],
    "jax": [],
}
BACKENDS = [name for name in FRAMEWORKS]


def _install_backend(session: nox.Session, backend: str) -> None:
    if FRAMEWORKS[backend]:
        session.install(*FRAMEWORKS[backend])
    session.install("-e", f"{API}[testing]", "-e", f"{PACKAGES}/ivy-backend-{backend}")


@nox.session(name="tests")
@nox.parametrize("backend", BACKENDS, ids=BACKENDS)
def tests(session: nox.Session, backend: str) -> None:
    """Core tests and the conformance kit against one backend."""
    _install_backend(session, backend)
    session.env["IVY_BACKEND"] = backend
    paths = [f"{API}/tests", f"{PACKAGES}/ivy-backend-{backend}/tests"]
    session.run("pytest", "-q", "-p", "no:cacheprovider", *paths, *session.posargs)
    session.run(
        "pytest", "-q", "-p", "no:cacheprovider", "--pyargs", "ivy.testing.conformance", "--ivy-backend", backend
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the whole tree."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def bench(session: nox.Session) -> None:
    """Dispatch overhead against the native frameworks; writes benchmarks/RESULTS.md."""
    for backend in BACKENDS:
        _install_backend(session, backend)
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The quick-start demo."""
    _install_backend(session, "numpy")
    session.run("python", "examples/quickstart.py")
