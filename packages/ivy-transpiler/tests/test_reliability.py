"""A transpile leaves the source program as it found it, and in-place state updates are part of the program.

Each model here is compared with a fresh deep copy of itself that the transpiler never saw:
after a successful or failed transpile the original must hold the same objects and give the
same outputs as the copy, and a transpiled model that updates a buffer (a running counter)
must follow the source framework's own results call after call.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from conftest import as_numpy

import ivy_transpiler
from ivy_frontends import MissingOperations
from ivy_transpiler._restore import preserved

# -- torch ----------------------------------------------------------------------------------


class InPlaceCounter(torch.nn.Module):
    """A BatchNorm-like running counter updated in place in forward."""

    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(3, 2)
        self.register_buffer("count", torch.zeros(()))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.count += 1
        return self.linear(x) * self.count


class AssignedCounter(InPlaceCounter):
    """The same counter, assigned a new tensor instead of updated in place."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.count = self.count + 1
        self.last = x  # a plain attribute assigned in forward
        return self.linear(x) * self.count


class RaisingModel(InPlaceCounter):
    """Updates its buffer, replaces a submodule and stashes an attribute, then raises (a bug in user code)."""

    def __init__(self) -> None:
        super().__init__()
        self.fail = True

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.count += 1
        self.stash = [self.linear(x)]
        if self.fail:
            self.linear = torch.nn.Identity()
            raise ValueError("forward failed half-way")
        return self.linear(x) * self.count


def _torch_state(module: torch.nn.Module) -> dict:
    """Everything a module holds, by identity: its attributes and every submodule's tables."""
    return {
        (prefix, kind, key): value
        for prefix, m in module.named_modules()
        for kind in ("__dict__", "_parameters", "_buffers", "_modules")
        for key, value in (vars(m) if kind == "__dict__" else getattr(m, kind)).items()
    }


def _same_objects(before: dict, after: dict) -> None:
    assert after.keys() == before.keys()
    changed = [k for k in before if after[k] is not before[k]]
    assert not changed, f"the transpile left these changed: {changed}"


@pytest.mark.parametrize("cls", [InPlaceCounter, AssignedCounter])
@pytest.mark.parametrize("target", ["torch", "numpy"])
def test_torch_buffer_update_transpiles_and_leaves_the_module_alone(cls, target):
    model = cls()
    fresh = copy.deepcopy(model)
    before = _torch_state(model)
    x = torch.randn(4, 3)
    transpiled = ivy_transpiler.transpile(model, source="torch", target=target, args=(x,))
    _same_objects(before, _torch_state(model))
    assert model.count.item() == 0
    with torch.no_grad():
        np.testing.assert_allclose(model(x).numpy(), fresh(x).numpy(), rtol=1e-6)
        model.count.zero_()
        fresh.count.zero_()
        for _ in range(3):  # the counter advances in both, call after call
            expected = fresh(x).numpy()
            actual = as_numpy(transpiled(x if target == "torch" else x.numpy()))
            np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-6)


def test_torch_forward_raising_mid_capture_leaves_the_module_alone():
    model = RaisingModel()
    fresh = copy.deepcopy(model)
    before = _torch_state(model)
    x = torch.randn(4, 3)
    with pytest.raises(ValueError, match="forward failed half-way"):
        ivy_transpiler.transpile(model, source="torch", target="torch", args=(x,))
    _same_objects(before, _torch_state(model))
    assert not hasattr(model, "stash")
    model.fail = fresh.fail = False
    with torch.no_grad():
        np.testing.assert_allclose(model(x).numpy(), fresh(x).numpy(), rtol=1e-6)
    assert torch.overrides._get_current_function_mode() is None  # the capture's dispatch mode is gone


# -- paddle ---------------------------------------------------------------------------------


def _paddle_counter(raising: bool = False):
    paddle = pytest.importorskip("paddle")

    class PaddleCounter(paddle.nn.Layer):
        def __init__(self) -> None:
            super().__init__()
            self.linear = paddle.nn.Linear(3, 2)
            self.register_buffer("count", paddle.zeros([]))

        def forward(self, x):
            self.count += 1
            if raising:
                self.stash = x
                raise ValueError("forward failed half-way")
            return self.linear(x) * self.count

    return paddle, PaddleCounter()


def _paddle_state(layer) -> dict:
    return {
        (prefix, kind, key): value
        for prefix, m in layer.named_sublayers(include_self=True)
        for kind in ("__dict__", "_parameters", "_buffers", "_sub_layers")
        for key, value in (vars(m) if kind == "__dict__" else getattr(m, kind)).items()
    }


@pytest.mark.parametrize("target", ["paddle", "numpy", "torch"])
def test_paddle_buffer_update_transpiles_and_leaves_the_layer_alone(target):
    paddle, layer = _paddle_counter()
    fresh = copy.deepcopy(layer)
    before = _paddle_state(layer)
    x = np.random.default_rng(0).standard_normal((4, 3)).astype("float32")
    transpiled = ivy_transpiler.transpile(layer, source="paddle", target=target, args=(paddle.to_tensor(x),))
    _same_objects(before, _paddle_state(layer))
    assert float(layer.count) == 0
    with paddle.no_grad():
        np.testing.assert_allclose(layer(paddle.to_tensor(x)).numpy(), fresh(paddle.to_tensor(x)).numpy())
        layer.count.set_value(paddle.zeros([]))
        fresh.count.set_value(paddle.zeros([]))
        given = {"paddle": paddle.to_tensor(x), "torch": torch.from_numpy(x), "numpy": x}[target]
        for _ in range(3):
            expected = fresh(paddle.to_tensor(x)).numpy()
            np.testing.assert_allclose(as_numpy(transpiled(given)), expected, rtol=1e-5, atol=1e-6)


def test_paddle_forward_raising_mid_capture_restores_paddle_and_the_layer():
    paddle, layer = _paddle_counter(raising=True)
    originals = {
        "paddle.matmul": paddle.matmul,
        "paddle.nn.functional.linear": paddle.nn.functional.linear,
        "paddle._C_ops.full": paddle._C_ops.full,
        "Layer.__setattr__": paddle.nn.Layer.__dict__["__setattr__"],
    }
    before = _paddle_state(layer)
    with pytest.raises(ValueError, match="forward failed half-way"):
        ivy_transpiler.transpile(layer, source="paddle", target="numpy", args=(paddle.ones([4, 3]),))
    _same_objects(before, _paddle_state(layer))
    now = {
        "paddle.matmul": paddle.matmul,
        "paddle.nn.functional.linear": paddle.nn.functional.linear,
        "paddle._C_ops.full": paddle._C_ops.full,
        "Layer.__setattr__": paddle.nn.Layer.__dict__["__setattr__"],
    }
    assert all(now[k] is v for k, v in originals.items()), [k for k, v in originals.items() if now[k] is not v]
    assert float(layer.count) == 0 and "stash" not in vars(layer)


def test_paddle_program_with_python_scalars_transpiles_to_paddle():
    """ivy's paddle backend runs paddle's kernels itself: the capture must not intercept its calls."""
    paddle = pytest.importorskip("paddle")

    def program(x):
        y = x * 2
        y += 1
        return paddle.matmul(y, y, transpose_y=True) - 3

    x = paddle.to_tensor(np.random.default_rng(1).standard_normal((3, 4)).astype("float32"))
    transpiled = ivy_transpiler.transpile(program, source="paddle", target="paddle", args=(x,))
    np.testing.assert_allclose(transpiled(x).numpy(), program(x).numpy(), rtol=1e-5, atol=1e-5)


# -- keras and flax -------------------------------------------------------------------------


def test_keras_layer_updating_a_variable_fails_clearly_and_is_left_alone():
    pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")

    class KerasCounter(keras.layers.Layer):
        def build(self, shape):
            self.w = self.add_weight(shape=(shape[-1], 2))
            self.count = self.add_weight(shape=(), initializer="zeros", trainable=False)

        def call(self, x):
            self.count.assign_add(1.0)
            return (x @ self.w) * self.count

    x = np.random.default_rng(2).standard_normal((4, 3)).astype("float32")
    layer = KerasCounter()
    layer(x)
    layer.count.assign(0.0)
    attributes = dict(vars(layer))
    with pytest.raises(MissingOperations, match=r"Assign(Add)?VariableOp"):
        ivy_transpiler.transpile(layer, source="tensorflow", target="torch", args=(x,))
    assert all(vars(layer).get(k) is v for k, v in attributes.items())
    assert float(layer.count.numpy()) == 0.0
    np.testing.assert_allclose(np.asarray(layer(x)), x @ np.asarray(layer.w) * 1.0, rtol=1e-5, atol=1e-6)


def test_flax_nnx_counter_transpiles_and_leaves_the_module_alone():
    pytest.importorskip("jax")
    nnx = pytest.importorskip("flax.nnx")
    import jax.numpy as jnp

    class Count(nnx.Variable):
        pass

    class NnxCounter(nnx.Module):
        def __init__(self, rngs):
            self.linear = nnx.Linear(3, 2, rngs=rngs)
            self.count = Count(jnp.zeros(()))

        def __call__(self, x):
            self.count.value = self.count.value + 1
            return self.linear(x) * self.count.value

    model = NnxCounter(nnx.Rngs(0))
    fresh = nnx.clone(model)
    x = np.random.default_rng(3).standard_normal((4, 3)).astype("float32")
    transpiled = ivy_transpiler.transpile(model, source="jax", target="torch", args=(x,))
    assert float(model.count.value) == 0.0
    np.testing.assert_allclose(np.asarray(model(x)), np.asarray(fresh(x)), rtol=1e-6)
    model.count.value = jnp.zeros(())
    fresh.count.value = jnp.zeros(())
    for _ in range(3):
        expected = np.asarray(fresh(x))
        np.testing.assert_allclose(as_numpy(transpiled(torch.from_numpy(x))), expected, rtol=1e-5, atol=1e-6)


# -- programs that write their inputs in place --------------------------------------------------


def torch_writer(x, y):
    x.add_(1)
    y[0] = 5
    return x * 2


def numpy_writer(a, b):
    a[1:] = a[1:] * 3
    np.copyto(b, b * 2)
    b += 1
    return a + b


def _inputs(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.standard_normal((2, 3)).astype("float32"), rng.standard_normal(3).astype("float32")


def _as(target: str, value: np.ndarray):
    if target == "torch":
        return torch.from_numpy(value.copy())
    if target == "paddle":
        return pytest.importorskip("paddle").to_tensor(value.copy())
    return value.copy()


@pytest.mark.parametrize("target", ["torch", "numpy", "paddle"])
@pytest.mark.parametrize("source", ["torch", "numpy"])
def test_writes_to_inputs_are_made_on_the_callers_arrays(source, target):
    program = torch_writer if source == "torch" else numpy_writer
    x, y = _inputs(0)
    example = (torch.from_numpy(x.copy()), torch.from_numpy(y.copy())) if source == "torch" else (x.copy(), y.copy())
    transpiled = ivy_transpiler.transpile(program, source=source, target=target, args=example)
    np.testing.assert_array_equal(as_numpy(example[0]), x)  # transpiling leaves the example inputs alone
    np.testing.assert_array_equal(as_numpy(example[1]), y)
    for seed in (1, 2):
        x, y = _inputs(seed)
        mine = (_as(target, x), _as(target, y))
        theirs = (torch.from_numpy(x.copy()), torch.from_numpy(y.copy())) if source == "torch" else (x.copy(), y.copy())
        result, expected = transpiled(*mine), program(*theirs)
        np.testing.assert_allclose(as_numpy(result), as_numpy(expected), rtol=1e-6, atol=1e-6)
        for a, b in zip(mine, theirs, strict=True):
            np.testing.assert_allclose(as_numpy(a), as_numpy(b), rtol=1e-6, atol=1e-6)


def test_writes_to_numpy_example_inputs_of_a_torch_program_are_checked_and_left_alone():
    x, y = _inputs(0)
    example = (x.copy(), y.copy())
    transpiled = ivy_transpiler.transpile(torch_writer, source="torch", target="numpy", args=example)
    np.testing.assert_array_equal(example[0], x)
    np.testing.assert_array_equal(example[1], y)
    theirs = (torch.from_numpy(x.copy()), torch.from_numpy(y.copy()))
    expected = torch_writer(*theirs)
    np.testing.assert_allclose(transpiled(*example), expected.numpy(), rtol=1e-6)
    for mine, written in zip(example, theirs, strict=True):  # the caller's arrays written as torch wrote its own
        np.testing.assert_allclose(mine, written.numpy(), rtol=1e-6)
    assert not np.array_equal(example[0], x)


@pytest.mark.parametrize("target", ["jax", "tensorflow"])
@pytest.mark.parametrize("source", ["torch", "numpy"])
def test_writes_to_inputs_are_refused_for_immutable_targets(source, target):
    program = torch_writer if source == "torch" else numpy_writer
    x, y = _inputs(0)
    example = (torch.from_numpy(x.copy()), torch.from_numpy(y.copy())) if source == "torch" else (x.copy(), y.copy())
    ops = ("torch.Tensor.add_", "torch.Tensor.__setitem__")
    ops = ops if source == "torch" else ("numpy.ndarray.__setitem__", "numpy.copyto")
    with pytest.raises(ivy_transpiler.InputWriteError) as caught:
        ivy_transpiler.transpile(program, source=source, target=target, args=example)
    message = str(caught.value)
    assert f"{target} arrays are immutable" in message
    assert f"argument 0 (by {ops[0]})" in message and f"argument 1 (by {ops[1]})" in message
    np.testing.assert_array_equal(as_numpy(example[0]), x)


def test_paddle_writes_to_inputs_are_made_or_refused_by_name():
    paddle = pytest.importorskip("paddle")

    def paddle_writer(x, y):
        x[0] = 5.0
        paddle.assign(y * 2, output=y)
        return x + y

    x, y = _inputs(0)
    transpiled = ivy_transpiler.transpile(paddle_writer, source="paddle", target="torch", args=(x.copy(), y.copy()))
    mine = (torch.from_numpy(x[0].copy()), torch.from_numpy(y.copy()))
    theirs = (paddle.to_tensor(x[0].copy()), paddle.to_tensor(y.copy()))
    np.testing.assert_allclose(as_numpy(transpiled(*mine)), paddle_writer(*theirs).numpy(), rtol=1e-6)
    for a, b in zip(mine, theirs, strict=True):
        np.testing.assert_allclose(as_numpy(a), b.numpy(), rtol=1e-6)
    with pytest.raises(ivy_transpiler.InputWriteError, match=r"argument 1 \(by paddle.assign\)"):
        ivy_transpiler.transpile(paddle_writer, source="paddle", target="jax", args=(x[0].copy(), y.copy()))


def test_writes_to_inputs_are_refused_for_source_output():
    x, y = _inputs(0)
    with pytest.raises(ivy_transpiler.InputWriteError, match="the written source only returns values"):
        ivy_transpiler.transpile(
            torch_writer, source="torch", target="torch", args=(torch.tensor(x), torch.tensor(y)), output="source"
        )


def test_a_write_through_a_view_is_caught_by_verification():
    """A write the capture does not see (through a view) still cannot pass silently: verification compares
    the inputs after the source's run with the transpiled program's."""

    def through_view(x):
        x.view(-1)[0] = 9.0
        return x.sum() * 0

    with pytest.raises(ivy_transpiler.VerificationError, match="the inputs after the call"):
        ivy_transpiler.transpile(through_view, source="torch", target="torch", args=(torch.zeros(2, 3),))


# -- the mechanism ---------------------------------------------------------------------------


class _Holder:
    def __init__(self) -> None:
        self.array = np.zeros(3)
        self.items = [1, {"a": np.ones(2)}]
        self.child = None


def test_preserved_undoes_attribute_list_and_dict_changes_but_keeps_arrays_by_reference():
    root = _Holder()
    root.child = _Holder()
    root.child.child = root  # a cycle
    array, items, inner = root.array, root.items, root.items[1]
    with pytest.raises(RuntimeError), preserved(root):
        root.array = None
        root.new = 1
        root.items.append(2)
        inner["a"] = "replaced"
        inner["b"] = 2
        root.child.child = None
        array += 5  # an array's values are the framework's: not restored
        raise RuntimeError
    assert root.array is array and not hasattr(root, "new")
    assert root.items is items and len(items) == 2 and items[1] is inner
    assert list(inner) == ["a"] and isinstance(inner["a"], np.ndarray)
    assert root.child.child is root
    np.testing.assert_array_equal(array, np.full(3, 5.0))
