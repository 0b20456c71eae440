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
