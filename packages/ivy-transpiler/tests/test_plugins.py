"""A new framework joins through entry points alone: backend, frontend, transpiler source and target.

The fixture writes a toy framework (``toyfw``: a ``Tensor`` class over NumPy arrays with a few
functions) and four plugins for it into a temporary directory with a ``.dist-info`` that
registers them, exactly as an installed third-party package would. No other package is
edited; a fresh interpreter with that directory on its path transpiles to and from ``toy``.
Results are compared with NumPy computing the same function on the same inputs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

TOYFW = '''
"""A toy array framework: Tensor wraps a NumPy array; a handful of functions."""
import numpy as np


class Tensor:
    def __init__(self, data):
        self.data = np.asarray(data)

    shape = property(lambda self: self.data.shape)
    dtype = property(lambda self: self.data.dtype)

    def numpy(self):
        return self.data.copy()


def tensor(data):
    return Tensor(np.array(data))


def add(a, b):
    return Tensor(a.data + b.data)


def mul(a, b):
    return Tensor(a.data * b.data)


def sin(a):
    return Tensor(np.sin(a.data))


def total(a):
    return Tensor(a.data.sum())
'''

BACKEND = '''
"""An ivy backend for toyfw: every NumPy backend hook, on Tensors in and out."""
import functools

import numpy as np
import ivy_backend_numpy
from ivy.plugin import hookimpl

import toyfw


def _in(value):
    if isinstance(value, toyfw.Tensor):
        return value.data
    if isinstance(value, (tuple, list)):
        return type(value)(_in(v) for v in value)
    return value


def _out(value):
    if isinstance(value, (np.ndarray, np.generic)):
        return toyfw.Tensor(value)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_out(v) for v in value)
    if isinstance(value, list):
        return [_out(v) for v in value]
    return value


def _wrapped(function):
    @functools.wraps(function)
    def hook(*args):
        return _out(function(*(_in(a) for a in args)))

    for name in ("__ivy_native__", "__ivy_same_dtype__"):
        hook.__dict__.pop(name, None)
    return hook


class ToyBackend:
    pass


plugin = ToyBackend()
for _name, _function in vars(ivy_backend_numpy.plugin).items():
    setattr(plugin, _name, hookimpl(_wrapped(_function)))


@hookimpl
def array_types():
    return (toyfw.Tensor,)


plugin.array_types = array_types
'''

FRONTEND = '''
"""An ivy frontend for toyfw: its functions on ivy, and capture by swapping them in."""
import contextlib
import sys
import types

import ivy
from ivy.capture import Capture
from ivy.plugin import import_framework

namespace = types.SimpleNamespace(add=ivy.add, mul=ivy.multiply, sin=ivy.sin, total=ivy.sum)


@contextlib.contextmanager
def _swapped():
    real = import_framework("toyfw")
    saved = {name: getattr(real, name) for name in vars(namespace)}
    for name, function in vars(namespace).items():
        setattr(real, name, function)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(real, name, function)


class ToyFrontend:
    name = "toy"
    namespace = namespace

    def capture(self, program):
        def run(*args, **kwargs):
            with _swapped():
                return program(*args, **kwargs)

        return Capture(run, name=getattr(program, "__name__", "program"))

    def describe(self, program):
        return None

    def run(self, program, args, kwargs):
        return program(*args, **kwargs)

    def to_ivy(self, value):
        return None  # the namespace's functions return ivy.Array itself

    def coverage(self):
        return {"toyfw": (["add", "mul", "sin", "total"], sorted(vars(namespace)))}


frontend = ToyFrontend()
'''

TRANSPILER = '''
"""toy for the transpiler: a source (objects of toyfw) and a function target."""
from ivy_transpiler.plugin import Source, Target

SOURCE = Source("toy", modules=("toyfw",))
TARGET = Target("toy")
'''

ENTRY_POINTS = """
[ivy.backends]
toy = ivy_backend_toy:plugin

[ivy.frontends]
toy = ivy_frontend_toy:frontend

[ivy_transpiler.sources]
toy = toy_transpiler:SOURCE

[ivy_transpiler.targets]
toy = toy_transpiler:TARGET
"""

SCRIPT = """
import numpy as np
import torch

import ivy
import ivy.capture
import ivy_transpiler
import toyfw
from ivy_transpiler import _frameworks

assert "toy" in ivy.available_backends() and "toy" in ivy.capture.available()
assert "toy" in _frameworks.frameworks()

rng = np.random.default_rng(0)
a, b = rng.standard_normal((3, 4)).astype("float32"), rng.standard_normal((3, 4)).astype("float32")
expected = np.sin(a) + a * b


def toy_program(x, y):
    return toyfw.add(toyfw.sin(x), toyfw.mul(x, y))


# from toy (the source is inferred from the inputs' class) to numpy and to torch
assert _frameworks.infer_source(toy_program, (toyfw.tensor(a), toyfw.tensor(b)), {}) == "toy"
to_numpy = ivy_transpiler.transpile(toy_program, target="numpy", args=(toyfw.tensor(a), toyfw.tensor(b)))
np.testing.assert_allclose(to_numpy(a, b), expected, rtol=1e-6, atol=1e-6)
to_torch = ivy_transpiler.transpile(toy_program, source="toy", target="torch", args=(a, b))
out = to_torch(torch.from_numpy(a), torch.from_numpy(b))
assert isinstance(out, torch.Tensor)
np.testing.assert_allclose(out.numpy(), expected, rtol=1e-6, atol=1e-6)


# to toy, from numpy and from torch
def numpy_program(x, y):
    return np.sin(x) + x * y


def torch_program(x, y):
    return torch.sin(x) + x * y


for program, source in ((numpy_program, "numpy"), (torch_program, "torch")):
    example = (a, b) if source == "numpy" else (torch.from_numpy(a), torch.from_numpy(b))
    to_toy = ivy_transpiler.transpile(program, source=source, target="toy", args=example)
    result = to_toy(toyfw.tensor(a), toyfw.tensor(b))
    assert isinstance(result, toyfw.Tensor), type(result)
    np.testing.assert_allclose(result.data, expected, rtol=1e-6, atol=1e-6)

# toy to toy, reducing: a Python scalar's worth of work stays in the graph
to_toy = ivy_transpiler.transpile(lambda x: toyfw.total(toyfw.mul(x, x)), source="toy", target="toy", args=(a,))
np.testing.assert_allclose(to_toy(toyfw.tensor(b)).data, (b * b).sum(), rtol=1e-5)
print("toy ok")
"""


@pytest.fixture
def toy_path(tmp_path: Path) -> Path:
    """A directory holding toyfw and its plugins, with a dist-info that registers them."""
    for name, text in (
        ("toyfw", TOYFW),
        ("ivy_backend_toy", BACKEND),
        ("ivy_frontend_toy", FRONTEND),
        ("toy_transpiler", TRANSPILER),
    ):
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(text))
    info = tmp_path / "toy_framework-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-framework\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(ENTRY_POINTS)
    return tmp_path


def test_a_framework_registered_only_through_entry_points_transpiles_both_ways(toy_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(toy_path), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=toy_path, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-4000:]
    assert "toy ok" in done.stdout


def test_unknown_frameworks_name_the_registered_ones() -> None:
    import ivy_transpiler
    from ivy_transpiler import _emit, _sources, _targets

    with pytest.raises(ValueError, match=r"unknown source 'nope' \(known: .*torch"):
        ivy_transpiler.transpile(lambda x: x, source="nope", target="numpy", args=(1.0,))
    with pytest.raises(ValueError, match=r"unknown target 'nope'"):
        _targets.get("nope")
    with pytest.raises(ValueError, match=r"not available for target 'nope' \(source targets: .*numpy"):
        _emit.dialect("nope")
    assert {"torch", "jax", "tensorflow", "paddle", "numpy"} <= set(_sources.names())
