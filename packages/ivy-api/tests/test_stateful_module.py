"""``ivy.Module``: naming, traversal, modes, the functional view, state dicts, saving, initialisation."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

L = ivy.layers
BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
OTHERS = [b for b in BACKENDS if b != "numpy"]


def _np(x):
    return np.asarray(ivy.to_native(x))


@pytest.fixture(autouse=True)
def _numpy_backend():
    with ivy.using_backend("numpy"):
        yield


class Block(ivy.Module):
    def __init__(self, width):
        self.layer = L.ModuleList([L.Linear(width, width), L.Linear(width, width)])
        self.norm = L.BatchNorm1d(width)

    def forward(self, x):
        for layer in self.layer:
            x = ivy.nn.relu(layer(x))
        return self.norm(x)


class Model(ivy.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Block(4)
        self.heads = L.ModuleDict({"a": L.Linear(4, 2), "b": L.Linear(4, 3, bias=False)})
        self.scale = 2.0  # a plain attribute

    def forward(self, x):
        h = self.encoder(x) * self.scale
        return self.heads["a"](h), self.heads["b"](h)


def test_names_follow_pytorch():
    model = Model()
    assert [n for n, _ in model.named_parameters()] == [
        "encoder.layer.0.weight",
        "encoder.layer.0.bias",
        "encoder.layer.1.weight",
        "encoder.layer.1.bias",
        "encoder.norm.weight",
        "encoder.norm.bias",
        "heads.a.weight",
        "heads.a.bias",
        "heads.b.weight",
    ]
    assert [n for n, _ in model.named_buffers()] == [
        "encoder.norm.running_mean",
        "encoder.norm.running_var",
        "encoder.norm.num_batches_tracked",
    ]
    assert list(model.state_dict())[4:9] == [
        "encoder.norm.weight",
        "encoder.norm.bias",
        "encoder.norm.running_mean",
        "encoder.norm.running_var",
        "encoder.norm.num_batches_tracked",
    ]
    assert [n for n, _ in model.named_modules()][:4] == ["", "encoder", "encoder.layer", "encoder.layer.0"]
    params = model.parameters()
    assert set(params) == {"encoder", "heads"} and params["encoder"]["layer"]["1"]["bias"].shape == (4,)
    assert model.num_parameters() == 2 * (16 + 4) + 8 + 10 + 12
    assert model.scale == 2.0 and "scale" not in dict(model.named_parameters())


def test_matches_the_same_model_in_pytorch():
    """A nested torch model's state dict loads into the Ivy model of the same structure; outputs agree."""
    torch = pytest.importorskip("torch")
    nn = torch.nn

    class TorchBlock(nn.Module):
        def __init__(self, width):
            super().__init__()
            self.layer = nn.ModuleList([nn.Linear(width, width), nn.Linear(width, width)])
            self.norm = nn.BatchNorm1d(width)

        def forward(self, x):
            for layer in self.layer:
                x = torch.relu(layer(x))
            return self.norm(x)

    class TorchModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = TorchBlock(4)
            self.heads = nn.ModuleDict({"a": nn.Linear(4, 2), "b": nn.Linear(4, 3, bias=False)})

        def forward(self, x):
            h = self.encoder(x) * 2.0
            return self.heads["a"](h), self.heads["b"](h)

    reference = TorchModel()
    state = {k: v.clone() for k, v in reference.state_dict().items()}
    x = np.random.default_rng(0).standard_normal((5, 4)).astype("float32")
    expected = [t.detach().numpy() for t in reference(torch.tensor(x))]
    model = Model()
    model.load_state_dict(state)
    for actual, wanted in zip(model(ivy.asarray(x)), expected):
        np.testing.assert_allclose(_np(actual), wanted, rtol=1e-5, atol=1e-6)
    for name in ("running_mean", "running_var"):
        np.testing.assert_allclose(
            _np(getattr(model.encoder.norm, name)), getattr(reference.encoder.norm, name).numpy(), rtol=1e-5, atol=1e-7
        )
    assert int(model.encoder.norm.num_batches_tracked) == 1


def test_train_and_eval_reach_every_submodule():
    model = Model()
    assert all(m.training for m in model.modules())
    assert model.eval() is model and not any(m.training for m in model.modules())
    model.train()
    assert all(m.training for m in model.modules())


def test_apply_is_functional():
    model = Model()
    x = ivy.asarray(np.random.default_rng(1).standard_normal((6, 4)).astype("float32"))
    params = model.parameters()
    before = {k: _np(v) for k, v in model.state_dict().items()}
    zeroed = {"heads.a.weight": ivy.zeros((2, 4), dtype=ivy.float32), "heads.a.bias": ivy.ones((2,), dtype=ivy.float32)}
    (a, _), buffers = model.apply(zeroed, x, return_buffers=True)
    np.testing.assert_array_equal(_np(a), np.ones((6, 2), dtype="float32"))
    assert int(buffers["encoder"]["norm"]["num_batches_tracked"]) == 1
    for key, value in model.state_dict().items():  # nothing changed in place
        np.testing.assert_array_equal(_np(value), before[key], err_msg=key)
    assert all(m.training for m in model.modules())
    # the nested tree and a flat dict are the same thing; eval mode for one call
    out_nested = model.apply(params, x, training=False)
    out_flat = model.apply(dict(model.named_parameters()), x, training=False)
    np.testing.assert_array_equal(_np(out_nested[0]), _np(out_flat[0]))
    assert model.training
    with pytest.raises(ivy.IvyValueError, match=r"no parameters named heads\.c\.weight"):
        model.apply({"heads.c.weight": ivy.zeros(1)}, x)


def test_apply_with_a_function_visits_every_module_like_pytorch():
    model = Model()
    seen = []
    assert model.apply(lambda m: seen.append(type(m).__name__)) is model
    assert seen[:3] == ["Model", "Block", "ModuleList"] and len(seen) == len(list(model.modules()))


def test_load_state_dict_reports_every_problem_at_once():
    model = Model()
    state = {k: _np(v) for k, v in model.state_dict().items()}
    del state["heads.a.bias"]
    state["heads.c.weight"] = np.zeros(3)
    state["encoder.layer.0.weight"] = np.zeros((4, 5), dtype="float32")
    with pytest.raises(ivy.IvyValueError) as error:
        model.load_state_dict(state)
    message = str(error.value)
    assert "missing keys (1): heads.a.bias" in message
    assert "unexpected keys (1): heads.c.weight" in message
    assert "shape mismatches (1): encoder.layer.0.weight: expected (4, 4), got (4, 5)" in message
    state["encoder.layer.0.weight"] = np.ones((4, 4), dtype="float64")
    result = model.load_state_dict(state, strict=False)
    assert result.missing_keys == ["heads.a.bias"] and result.unexpected_keys == ["heads.c.weight"]
    assert model.encoder.layer[0].weight.dtype == ivy.float32  # cast to the entry's dtype


@pytest.mark.parametrize("suffix", [".safetensors", ".npz"])
def test_save_and_load_round_trip(tmp_path, suffix):
    model = Model()
    model(ivy.asarray(np.ones((3, 4), dtype="float32")))  # move the running statistics
    path = tmp_path / f"model{suffix}"
    model.save(path)
    other = Model()
    other.load(path)
    for key, value in model.state_dict().items():
        loaded = other.state_dict()[key]
        assert loaded.dtype == value.dtype
        np.testing.assert_array_equal(_np(loaded), _np(value), err_msg=key)


def test_safetensors_files_interoperate_with_the_safetensors_package(tmp_path):
    safetensors_numpy = pytest.importorskip("safetensors.numpy")
    model = Model()
    model.save(tmp_path / "ours.safetensors")
    theirs = safetensors_numpy.load_file(str(tmp_path / "ours.safetensors"))
    assert set(theirs) == set(model.state_dict())
    assert theirs["encoder.norm.num_batches_tracked"].dtype == np.int64
    np.testing.assert_array_equal(theirs["heads.a.weight"], _np(model.heads["a"].weight))
    state = {k: np.full(v.shape, 0.5, dtype=_np(v).dtype) for k, v in model.state_dict().items()}
    safetensors_numpy.save_file(state, str(tmp_path / "theirs.safetensors"))
    model.load(tmp_path / "theirs.safetensors")
    assert float(ivy.max(model.heads["a"].weight)) == 0.5


def test_bfloat16_round_trip(tmp_path):
    if "torch" not in BACKENDS:
        pytest.skip("needs the torch backend")
    with ivy.using_backend("torch"):
        layer = L.Linear(3, 2, dtype=ivy.bfloat16)
        for suffix in (".safetensors", ".npz"):
            layer.save(tmp_path / f"b{suffix}")
            loaded = ivy.stateful.load(tmp_path / f"b{suffix}")
            assert loaded["weight"].dtype == ivy.bfloat16
            np.testing.assert_array_equal(
                _np(ivy.astype(loaded["weight"], ivy.float32)), _np(ivy.astype(layer.weight, ivy.float32))
            )


@pytest.mark.parametrize("target", OTHERS)
def test_state_dict_saved_on_one_backend_loads_on_another(tmp_path, target):
    x = np.random.default_rng(2).standard_normal((3, 1, 6, 6)).astype("float32")

    def build():
        return L.Sequential(L.Conv2d(1, 2, 3), L.BatchNorm2d(2), L.ReLU(), L.Flatten(), L.Linear(32, 3))

    ivy.random.seed(4)
    model = build()
    model(ivy.asarray(x))  # training mode: running statistics move
    model.eval()
    expected = _np(model(ivy.asarray(x)))
    model.save(tmp_path / "m.safetensors")
    with ivy.using_backend(target):
        other = build().eval()
        other.load(tmp_path / "m.safetensors")
        np.testing.assert_allclose(_np(other(ivy.asarray(x))), expected, rtol=1e-5, atol=1e-5)
        # and directly, without a file: a state dict of numpy-backend arrays
        third = build().eval()
        third.load_state_dict(model.state_dict())
        np.testing.assert_allclose(_np(third(ivy.asarray(x))), expected, rtol=1e-5, atol=1e-5)


def test_same_seed_gives_the_same_weights_on_every_backend():
    def weights(backend):
        with ivy.using_backend(backend):
            ivy.random.seed(11)
            built = {k: _np(v) for k, v in Model().state_dict().items()}
            reset = Model().reset_parameters(seed=5)
            return built, {k: _np(v) for k, v in reset.state_dict().items()}

    reference_built, reference_reset = weights("numpy")
    assert not np.array_equal(reference_built["heads.a.weight"], reference_reset["heads.a.weight"])
    for backend in OTHERS:
        built, reset = weights(backend)
        for key in reference_built:
            np.testing.assert_allclose(built[key], reference_built[key], rtol=1e-6, err_msg=f"{key} on {backend}")
            np.testing.assert_allclose(reset[key], reference_reset[key], rtol=1e-6, err_msg=f"{key} on {backend}")


def test_reset_parameters_depends_on_names_not_on_construction_order():
    class Reordered(Model):
        def __init__(self):
            self.heads = L.ModuleDict({"a": L.Linear(4, 2), "b": L.Linear(4, 3, bias=False)})
            self.encoder = Block(4)
            self.scale = 2.0

    a = Model().reset_parameters(seed=3).state_dict()
    b = Reordered().reset_parameters(seed=3).state_dict()
    for key in a:
        np.testing.assert_array_equal(_np(a[key]), _np(b[key]), err_msg=key)


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**40), fan_in=st.integers(1, 64), fan_out=st.integers(1, 16))
def test_linear_initialisation_is_within_pytorch_bounds(seed, fan_in, fan_out):
    layer = L.Linear(fan_in, fan_out).reset_parameters(seed=seed)
    bound = 1 / np.sqrt(fan_in)
    assert np.abs(_np(layer.weight)).max() <= bound and np.abs(_np(layer.bias)).max() <= bound


def test_repr_is_a_readable_tree():
    text = repr(Model())
    assert text.splitlines()[:4] == [
        "Model(",
        "  (encoder): Block(",
        "    (layer): ModuleList(",
        "      (0): Linear(in_features=4, out_features=4, bias=True)",
    ]
    assert "(b): Linear(in_features=4, out_features=3, bias=False)" in text
    rows = [line.split() for line in Model().summary().splitlines()]
    assert ["heads.b.weight", "(3,", "4)", "float32", "12"] in rows
    assert rows[-1] == "70 trainable parameters, 79 values in all".split()


def test_containers():
    seq = L.Sequential(L.Linear(2, 3), L.ReLU())
    seq.append(L.Linear(3, 1))
    assert len(seq) == 3 and isinstance(seq[-1], L.Linear) and len(seq[:2]) == 2
    assert [n for n, _ in seq.named_parameters()] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    named = L.Sequential({"first": L.Linear(2, 2), "act": L.Tanh()})
    assert [n for n, _ in named.named_parameters()] == ["first.weight", "first.bias"]
    items = L.ModuleList([L.ReLU()])
    items.insert(0, L.Linear(1, 1))
    assert isinstance(items[0], L.Linear) and [n for n, _ in items.named_parameters()] == ["0.weight", "0.bias"]
    table = L.ModuleDict({"x": L.ReLU()})
    assert "x" in table and list(table.keys()) == ["x"]
    del table["x"]
    assert len(table) == 0


def test_parameters_buffers_and_submodules_by_assignment():
    class Custom(ivy.Module):
        def __init__(self):
            self.w = ivy.stateful.Parameter(init=ivy.stateful.init.ones(), shape=(2,))
            self.register_buffer("count", ivy.asarray(0))
            self.register_buffer("cache", ivy.zeros(2), persistent=False)
            self.child = L.Linear(2, 2)

    module = Custom()
    assert [n for n, _ in module.named_parameters()] == ["w", "child.weight", "child.bias"]
    assert list(module.state_dict()) == ["w", "count", "child.weight", "child.bias"]  # no cache
    module.w = np.array([3.0, 4.0], dtype="float32")  # replacing a parameter keeps it one
    assert next(n for n, _ in module.named_parameters()) == "w" and float(module.w[1]) == 4.0
    del module.child
    assert [n for n, _ in module.named_parameters()] == ["w"]
    with pytest.raises(AttributeError):
        module.child


def test_module_copy_and_conversion():
    model = L.Linear(3, 2)
    clone = model.copy()
    clone.weight = ivy.zeros((2, 3), dtype=ivy.float32)
    assert float(ivy.sum(ivy.abs(model.weight))) > 0
    model.astype(ivy.float64)
    assert model.weight.dtype == ivy.float64
    if OTHERS:
        model.to_backend(OTHERS[0])
        with ivy.using_backend(OTHERS[0]):
            assert ivy.current_backend() == OTHERS[0]
            assert model(ivy.ones((1, 3), dtype=ivy.float64)).shape == (1, 2)


def test_import_ivy_does_not_import_the_stateful_api():
    code = (
        "import sys, ivy; assert 'ivy.stateful' not in sys.modules; "
        "assert ivy.Module is ivy.stateful.Module and ivy.layers.Linear and ivy.optimizers.Adam and ivy.Trainer; "
        "assert not {'numpy', 'torch', 'jax', 'tensorflow', 'paddle'} & {m.split('.')[0] for m in sys.modules}"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
