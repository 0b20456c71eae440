"""Every task of the monorepo: tests per backend, lint, benchmarks, demo.

Each backend's test session installs ivy-api and exactly that backend with
its own framework, which is the proof that ``pip install ivy-api
ivy-backend-X`` is a complete install. PyTorch is pinned to the CPU build
every machine has (``torch==2.13.0``).
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
PACKAGES = ROOT / "packages"
API = PACKAGES / "ivy-api"
#: backend name -> what to pip install before the backend package itself. Paddle is listed
#: before tensorflow: sessions that install both import them in this order.
FRAMEWORKS = {
    "numpy": [],
    "torch": ["torch==2.13.0"],
    "jax": [],
    "paddle": [],
    "tensorflow": [],
}
BACKENDS = [name for name in FRAMEWORKS if (PACKAGES / f"ivy-backend-{name}").is_dir()]
#: CI draws hypothesis examples from a fixed seed, so that a run is reproducible; run pytest
#: without it (or with another seed) to explore new examples.
#: Tests run in as many worker processes as the machine has cores (pytest-xdist; at most 4, each
#: imports its frameworks): CI's two cores halve the suite's time.
PYTEST = ("pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-seed=0", "-n", "auto", "--maxprocesses=4")
#: the seed picks the same examples only under the same hypothesis release, so test sessions pin it
HYPOTHESIS = "hypothesis==6.170.15"
XDIST = "pytest-xdist==3.8.0"
#: the conformance kit's reference for the special functions (scipy.special)
SCIPY = "scipy==1.17.1"
#: the import-linter release the dependency rule (.importlinter) is written for
IMPORT_LINTER = "import-linter==2.17"
FRONTENDS = PACKAGES / "ivy-frontends"
TRANSPILER = PACKAGES / "ivy-transpiler"
#: whole torch libraries the transpiler's tests transpile (pinned: the tests follow their code paths)
TRANSPILER_LIBRARIES = ["kornia==0.9.0", "transformers==5.23.0"]
#: generated pages take the command's stdout only (stderr=None: warnings go to the console, not the page)
#: the backends each frontend test suite runs on in CI (the real frameworks are the oracles). JAX as
#: a backend under the frontends is exercised by the transpiler session (every source to JAX); here it
#: would compile every op for every new shape: minutes of CI time for little new coverage.
FRONTEND_BACKENDS = ["numpy", "torch"]

#: JAX's persistent compilation cache, shared by the runs of one CI job: the JAX frontend's tests
#: compile real JAX's reference for every shape, and the second backend's run finds it compiled
#: (measured: 97 s of CPU for test_jax_scipy_special.py cold, 29 s warm)
JAX_CACHE = {
    "JAX_COMPILATION_CACHE_DIR": str(ROOT / ".nox" / "jax-compilation-cache"),
    "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "0",
    "JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES": "0",
}
nox.options.sessions = ["lint", "typecheck", "core", *(f"tests-{name}" for name in BACKENDS), "frontends", "transpiler"]


def install_backend(session: nox.Session, backend: str) -> None:
    if FRAMEWORKS[backend]:
        session.install(*FRAMEWORKS[backend])
    session.install("-e", f"{API}[testing]", "-e", str(PACKAGES / f"ivy-backend-{backend}"), HYPOTHESIS, XDIST, SCIPY)


@nox.session
def core(session: nox.Session) -> None:
    """The core's tests and the cross-backend tests, with every backend installed in one environment."""
    for backend in BACKENDS:
        install_backend(session, backend)
    # the plugin test builds a package; the example trains on digits; tests/test_layering.py runs lint-imports
    session.install("hatchling", "scikit-learn", IMPORT_LINTER)
    session.run(*PYTEST, str(API / "tests"), str(ROOT / "tests"), *session.posargs)


def backend_tests(backend: str) -> None:
    """Register ``tests-<backend>``: the conformance kit with only this backend, then its own tests."""

    @nox.session(name=f"tests-{backend}")
    def run(session: nox.Session) -> None:
        install_backend(session, backend)  # ivy-api and this backend alone: a complete install
        session.env["IVY_BACKEND"] = backend
        session.run(*PYTEST, "--pyargs", "ivy.testing.conformance", "--ivy-backend", backend)
        package = PACKAGES / f"ivy-backend-{backend}"
        session.install("-e", str(PACKAGES / "ivy-backend-numpy"))  # the oracle of the backend's own tests
        session.run(*PYTEST, str(package / "tests"), *session.posargs)

    run.__doc__ = f"The {backend} backend: the conformance kit with it alone, then its own tests."


for _backend in BACKENDS:
    backend_tests(_backend)


#: frontend -> the real framework its tests compare against (installed as the oracle)
FRONTEND_ORACLES = {
    "numpy": [],
    "torch": FRAMEWORKS["torch"],
    "jax": ["flax"],  # flax: a real flax model is among the captured programs
    "paddle": ["paddlepaddle>=3,<4"],
    "tensorflow": ["tensorflow-cpu>=2.20,<3"],
}


@nox.session
def frontends(session: nox.Session) -> None:
    """Each frontend against its real framework, once per backend in FRONTEND_BACKENDS.

    One pytest process per frontend: each imports only its own framework (importing
    tensorflow before paddle in one process crashes).
    """
    for backend in dict.fromkeys([*FRONTEND_BACKENDS, "torch"]):  # torch: the capture must-shows run on it
        install_backend(session, backend)
    suites = [name for name in FRONTEND_ORACLES if (FRONTENDS / "tests" / name).is_dir()]
    session.install(*{pkg for name in suites for pkg in FRONTEND_ORACLES[name]}, "-e", f"{FRONTENDS}[testing]")
    for name in suites:
        for backend in FRONTEND_BACKENDS:
            env = {"IVY_BACKEND": backend, **JAX_CACHE}
            session.run(*PYTEST, str(FRONTENDS / "tests" / name), *session.posargs, env=env)
    with open(ROOT / "docs" / "frontends.md", "w") as output:  # the coverage table, against the real frameworks
        session.run("python", "-m", "ivy_frontends.coverage", *suites, stdout=output, stderr=None)


#: the transpiler's targets; each is also a source (the pair panel), its backend's framework the oracle
TRANSPILER_TARGETS = ["torch", "jax", "numpy", "paddle", "tensorflow"]  # paddle before tensorflow
#: model libraries the pair panel writes source models with (Keras comes with tensorflow-cpu)
TRANSPILER_ORACLES = ["flax", "dm-haiku==0.0.17", "equinox==0.13.8"]
#: what the export tests load exported models with (torch.onnx's dynamo exporter needs onnx and onnxscript)
TRANSPILER_EXPORT = ["onnxruntime==1.32.0", "onnx==1.23.2", "onnxscript==0.7.2"]


@nox.session
def transpiler(session: nox.Session) -> None:
    """The transpiler: sources captured by their frontends, outputs compared with the source framework."""
    for backend in TRANSPILER_TARGETS:
        install_backend(session, backend)
    session.install("-e", f"{FRONTENDS}[testing]", "-e", f"{TRANSPILER}[testing]")
    libraries = [*TRANSPILER_LIBRARIES, *TRANSPILER_ORACLES, *TRANSPILER_EXPORT]
    session.install(*libraries, *FRAMEWORKS["torch"])  # with the pin: torch stays
    session.run(*PYTEST, str(TRANSPILER / "tests"), *session.posargs)


#: MLX comes from one third-party-style plugin package (backend, frontend, transpiler source and target)
MLX = ["mlx[cpu]==0.32.4"]


@nox.session(name="tests-mlx")
def tests_mlx(session: nox.Session) -> None:
    """MLX (packages/ivy-mlx): the conformance kit on the mlx backend, then its own tests (torch and JAX
    programs transpiled to MLX, MLX programs to torch and JAX; paddle, TensorFlow and NumPy both
    ways). Not in the default sessions."""
    for backend in ("numpy", "torch", "jax", "paddle", "tensorflow"):  # paddle before tensorflow
        install_backend(session, backend)
    session.install(*MLX, "-e", str(PACKAGES / "ivy-mlx"), "-e", str(FRONTENDS), "-e", str(TRANSPILER))
    session.install("transformers==5.23.0")  # the tiny BERT transpiled to MLX
    session.install(*FRAMEWORKS["torch"])  # the pin: torch stays
    session.run(*PYTEST, "--pyargs", "ivy.testing.conformance", "--ivy-backend", "mlx", env={"IVY_BACKEND": "mlx"})
    session.run(*PYTEST, str(PACKAGES / "ivy-mlx" / "tests"), *session.posargs)


@nox.session
def zoo(session: nox.Session) -> None:
    """The model zoo sweep (not in the default run; tests/test_zoo_sample.py is): writes docs/zoo.md.
    ``nox -s zoo -- hf --limit 20`` picks registries and sizes (see ``python -m zoo.sweep --help``)."""
    for backend in TRANSPILER_TARGETS:
        install_backend(session, backend)
    session.install("-e", str(FRONTENDS), "-e", str(TRANSPILER))
    session.install(*TRANSPILER_LIBRARIES, *TRANSPILER_ORACLES, "matplotlib==3.10.9", *FRAMEWORKS["torch"])
    session.run("python", "-m", "zoo.sweep", *session.posargs)


@nox.session
def support(session: nox.Session) -> None:
    """Regenerate docs/support.md: every function probed on every backend, for every dtype."""
    for backend in BACKENDS:
        install_backend(session, backend)
    with open(ROOT / "docs" / "support.md", "w") as output:
        session.run("python", "-m", "ivy.support", stdout=output, stderr=None)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site (warnings are errors) into site/."""
    install_backend(session, "numpy")
    session.install("mkdocs>=1.6")
    session.run("python", "docs/generate.py")
    if not (ROOT / "docs" / "support.md").exists():
        with open(ROOT / "docs" / "support.md", "w") as output:
            session.run("python", "-m", "ivy.support", stdout=output, stderr=None)
    results = (ROOT / "benchmarks" / "RESULTS.md").read_text()
    (ROOT / "docs" / "benchmarks.md").write_text(results.replace("../docs/images/", "images/"))
    session.run("mkdocs", "build", "--strict")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the whole tree, and the dependency rule (.importlinter) over every package."""
    session.install("ruff==0.17.5")  # the version the tree is formatted with: new releases change the rules
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # import-linter reads the sources; the packages need to be found, not their frameworks
    session.install(IMPORT_LINTER)
    packages = sorted(p for p in PACKAGES.iterdir() if (p / "pyproject.toml").exists())
    session.install("--no-deps", *(arg for package in packages for arg in ("-e", str(package))))
    session.run("lint-imports", "--no-cache")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy on the public API: the stubs generated from the hookspecs are current, and a user program
    written against ivy, the frontends and the transpiler type-checks."""
    session.install("mypy==2.4.1")  # pinned like ruff: new releases change what is reported
    packages = [API, PACKAGES / "ivy-backend-numpy", FRONTENDS, TRANSPILER]
    session.install(*(arg for package in packages for arg in ("-e", str(package))))
    session.run("python", "-m", "ivy._stubs", "--check")
    session.run("mypy", "--strict", str(ROOT / "tests" / "typing"))


@nox.session
def bench(session: nox.Session) -> None:
    """Dispatch, training-step and transpiled-model speed against native frameworks; writes benchmarks/RESULTS.md."""
    for backend in BACKENDS:
        install_backend(session, backend)
    session.install(*MLX, "-e", str(PACKAGES / "ivy-mlx"))  # the sixth framework, a third-party-style plugin
    session.run("python", "benchmarks/run.py", *session.posargs)
    # instruction counts, immune to the machine's load (torch's import under valgrind takes minutes)
    session.run("python", "benchmarks/instructions.py", "--backends", "numpy,torch")
    session.run("python", "benchmarks/training.py")  # a training step of the example CNN against native ones
    session.install("-e", str(FRONTENDS), "-e", str(TRANSPILER))
    session.run("python", "benchmarks/transpiler.py")  # transpiled models against torch, torch.compile and JAX
    session.install("matplotlib")
    session.run("python", "benchmarks/plots.py")  # a PNG per ratio table, linked from RESULTS.md


@nox.session
def demo(session: nox.Session) -> None:
    """The quick-start demo: Ivy on NumPy, then PyTorch models transpiled to JAX and TensorFlow and fine-tuned."""
    for backend in ("numpy", "torch", "jax", "tensorflow"):
        install_backend(session, backend)
    session.install("-e", str(FRONTENDS), "-e", str(TRANSPILER))
    session.run("python", "examples/quickstart.py")
    session.run("python", "examples/transpile_demo.py")


DIST = ROOT / "dist"
#: the installs users make, as lists of distributions, and a smoke test for each
WHEEL_COMBINATIONS = {
    "jax": (
        ["ivy-api", "ivy-backend-jax"],
        "import ivy; ivy.set_backend('jax'); x = ivy.asarray([1.0, 2.0], dtype=ivy.float64); "
        "assert float(ivy.sum(x * x)) == 5.0 and x.dtype == ivy.float64; print('jax ok', ivy.available_backends())",
    ),
    "torch-transpiler": (
        ["torch==2.13.0", "ivy-api", "ivy-backend-torch", "ivy-frontends", "ivy-transpiler"],
        "import torch, ivy; net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU()); x = torch.randn(2, 3); "
        "m = ivy.transpile(net, source='torch', target='torch', args=(x,)); "
        "assert torch.allclose(m(x), net(x)); print('torch + transpiler ok', ivy.available_backends())",
    ),
    "all": (
        ["torch==2.13.0", "ivy-api", *(f"ivy-backend-{name}" for name in FRAMEWORKS), "ivy-frontends"],
        "import ivy; names = ivy.available_backends(); assert len(names) == 5, names; "
        "[ivy.set_backend(n) or float(ivy.sum(ivy.ones(3))) for n in names]; print('all ok', names)",
    ),
}


def _wheel(distribution: str) -> str:
    """The path of the wheel built for ``distribution`` in dist/."""
    (found,) = DIST.glob(f"{distribution.replace('-', '_')}-*.whl")
    return str(found)


def build_dists(session: nox.Session) -> None:
    """A wheel and an sdist of every package into dist/."""
    session.install("build")
    for old in DIST.glob("*"):  # only this build's files, so each distribution has one wheel
        old.unlink()
    for package in sorted(PACKAGES.iterdir()):
        if (package / "pyproject.toml").exists():
            session.run("python", "-m", "build", "--outdir", str(DIST), str(package))


@nox.session
def build(session: nox.Session) -> None:
    """Build a wheel and an sdist of every package into dist/."""
    build_dists(session)


@nox.session
def wheels(session: nox.Session) -> None:
    """Install the built wheels (not the source tree) in the combinations users install, each in a
    clean virtual environment, and smoke-test each. ``nox -s wheels -- jax`` picks combinations."""
    import tempfile

    build_dists(session)
    chosen = session.posargs or list(WHEEL_COMBINATIONS)
    for name in chosen:
        requirements, smoke = WHEEL_COMBINATIONS[name]
        with tempfile.TemporaryDirectory() as folder:
            python = str(Path(folder) / "bin" / "python")
            session.run("python", "-m", "venv", folder)
            # our distributions as the wheel files just built; frameworks (and pinned torch) from the index
            wheels = [_wheel(r) if r.startswith("ivy-") else r for r in requirements]
            session.run(python, "-m", "pip", "install", "-q", *wheels, external=True)
            session.run(python, "-c", smoke, external=True)
