"""Training with the stateful API is the same on every backend.

With the same seed, an MLP (with dropout) and a small CNN (with batch norm)
give the same losses over 20 training steps on torch, jax, tensorflow and
paddle, within float32 tolerance, and the CNN matches the same model trained
natively with ``torch.nn`` and ``torch.optim``. The ``Trainer`` loop:
metrics, progress output, checkpoints and early stopping.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import ivy

L = ivy.layers
DIFFERENTIABLE = [b for b in ("torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
STEPS = 20
RNG = np.random.default_rng(0)
FEATURES = RNG.standard_normal((32, 6)).astype("float32")
IMAGES = RNG.standard_normal((16, 1, 6, 6)).astype("float32")
LABELS = RNG.integers(0, 3, size=32)


def _np(x):
    return np.asarray(ivy.to_native(x))


def mlp():
    return L.Sequential(L.Linear(6, 16), L.ReLU(), L.Dropout(0.2), L.Linear(16, 3))


def cnn():
    return L.Sequential(
        L.Conv2d(1, 4, 3, padding=1), L.BatchNorm2d(4), L.ReLU(), L.MaxPool2d(2), L.Flatten(), L.Linear(36, 3)
    )


MODELS = {
    "mlp": (mlp, lambda m: ivy.optimizers.Adam(m, lr=0.01), FEATURES, LABELS),
    "cnn": (cnn, lambda m: ivy.optimizers.SGD(m, lr=0.05, momentum=0.9), IMAGES, LABELS[:16]),
}


def train(backend, name, jit=False):
    build, optimizer, x, y = MODELS[name]
    with ivy.using_backend(backend):
        ivy.random.seed(0)
        model = build()
        trainer = ivy.stateful.Trainer(model, optimizer(model), ivy.nn.cross_entropy, jit=jit)
        x, y = ivy.asarray(x), ivy.asarray(y)
        losses = []
        for step in range(STEPS):
            half = len(x) // 2
            batch = slice(0, half) if step % 2 == 0 else slice(half, None)
            loss, _ = trainer.train_step(x[batch], y[batch])
            losses.append(float(loss))
        return np.array(losses), {k: _np(v) for k, v in model.state_dict().items()}


@pytest.mark.skipif(len(DIFFERENTIABLE) < 2, reason="needs two differentiable backends")
@pytest.mark.parametrize("name", list(MODELS))
def test_same_losses_over_20_steps_on_every_backend(name):
    reference, reference_state = train(DIFFERENTIABLE[0], name)
    assert reference[-1] < reference[0]
    for backend in DIFFERENTIABLE[1:]:
        losses, state = train(backend, name, jit=backend == "jax" and name == "cnn")
        np.testing.assert_allclose(losses, reference, rtol=2e-4, atol=1e-5, err_msg=f"{name} on {backend}")
        for key, value in reference_state.items():
            np.testing.assert_allclose(state[key], value, rtol=1e-3, atol=1e-4, err_msg=f"{key} on {backend}")


@pytest.mark.skipif("torch" not in DIFFERENTIABLE, reason="needs the torch backend")
def test_cnn_training_matches_native_pytorch():
    import torch

    nn = torch.nn
    losses, _ = train("torch", "cnn")
    with ivy.using_backend("numpy"):
        ivy.random.seed(0)
        initial = cnn().state_dict()
    model = nn.Sequential(
        nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(36, 3)
    )
    model.load_state_dict({k: torch.tensor(_np(v)) for k, v in initial.items()})
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    x, y = torch.tensor(IMAGES), torch.tensor(LABELS[:16])
    expected = []
    for step in range(STEPS):
        batch = slice(0, 8) if step % 2 == 0 else slice(8, None)
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x[batch]), y[batch])
        loss.backward()
        optimizer.step()
        expected.append(loss.item())
    np.testing.assert_allclose(losses, expected, rtol=2e-4, atol=1e-5)


class _TiedLanguageModel(ivy.Module):
    """An embedding whose weight is also the output projection's (weight tying, as in GPT-2)."""

    def __init__(self):
        self.embed = L.Embedding(7, 4)
        self.head = L.Linear(4, 7, bias=False)
        self.head.weight = self.embed.weight

    def forward(self, tokens):
        return self.head(self.embed(tokens))


@pytest.mark.skipif("torch" not in DIFFERENTIABLE, reason="needs the torch backend")
@pytest.mark.parametrize("backend", DIFFERENTIABLE)
def test_tied_weights_train_as_one_array_like_pytorch(backend):
    """A tied weight gets the gradients of both uses and stays one array across steps."""
    import torch

    tokens, targets = RNG.integers(0, 7, size=12), RNG.integers(0, 7, size=12)
    with ivy.using_backend(backend):
        ivy.random.seed(0)
        model = _TiedLanguageModel()
        initial = _np(model.embed.weight)
        trainer = ivy.stateful.Trainer(model, ivy.optimizers.SGD(lr=0.5), ivy.nn.cross_entropy, jit=backend == "jax")
        losses = [float(trainer.train_step(ivy.asarray(tokens), ivy.asarray(targets))[0]) for _ in range(5)]
        assert model.head.weight is model.embed.weight
        final = _np(model.embed.weight)

    embed = torch.nn.Embedding(7, 4)
    head = torch.nn.Linear(4, 7, bias=False)
    embed.weight.data = torch.tensor(initial)
    head.weight = embed.weight
    optimizer = torch.optim.SGD(embed.parameters(), lr=0.5)
    expected = []
    for _ in range(5):
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(head(embed(torch.tensor(tokens))), torch.tensor(targets))
        loss.backward()
        optimizer.step()
        expected.append(loss.item())
    np.testing.assert_allclose(losses, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(final, embed.weight.detach().numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.skipif("torch" not in DIFFERENTIABLE, reason="needs the torch backend")
def test_trainer_fit_metrics_progress_checkpoints_and_early_stopping(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((120, 4)).astype("float32")
    y = (x[:, 0] + x[:, 1] > 0).astype("int64")
    with ivy.using_backend("torch"):
        ivy.random.seed(1)
        model = L.Sequential(L.Linear(4, 8), L.Tanh(), L.Linear(8, 2))
        trainer = ivy.Trainer(model, ivy.optimizers.Adam(lr=0.05), ivy.nn.cross_entropy, metrics=["accuracy"])
        out = io.StringIO()
        stop = ivy.stateful.EarlyStopping(monitor="val_loss", patience=2, min_delta=10.0)
        history = trainer.fit(
            (x[:100], y[:100]),
            epochs=6,
            batch_size=25,
            validation=(x[100:], y[100:]),
            checkpoint=tmp_path / "ckpt",
            early_stopping=stop,
            stream=out,
        )
        lines = out.getvalue().splitlines()
        # min_delta=10 means no epoch after the first counts as an improvement: stop after 1 + patience epochs
        assert len(history["loss"]) == 3 and trainer.epoch == 3
        assert lines[0].startswith("epoch 1/6 [====================] 4/4  loss ")
        assert "accuracy" in lines[0] and "val_loss" in lines[0] and lines[-1].startswith("early stopping")
        assert set(history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
        # the best (first) epoch was checkpointed and restored
        restored = {k: _np(v) for k, v in model.state_dict().items()}
        again = ivy.Trainer(
            L.Sequential(L.Linear(4, 8), L.Tanh(), L.Linear(8, 2)), ivy.optimizers.Adam(lr=0.05), ivy.nn.cross_entropy
        )
        again.load_checkpoint(tmp_path / "ckpt")
        assert again.epoch == 1 and int(again.optimizer.state["step"]) == 4
        for key, value in again.model.state_dict().items():
            np.testing.assert_array_equal(_np(value), restored[key])
        # keep training well: accuracy on this separable problem goes up
        history = trainer.fit((x[:100], y[:100]), epochs=8, batch_size=50, verbose=False)
        assert history["accuracy"][-1] > 0.9
        assert trainer.evaluate((x, y))["loss"] < history["loss"][0]
        assert trainer.predict(x[:7]).shape == (7, 2)


def test_trainer_refuses_jit_with_dropout():
    with ivy.using_backend("numpy"), pytest.raises(ivy.IvyValueError, match="dropout"):
        ivy.Trainer(mlp(), ivy.optimizers.SGD(lr=0.1), ivy.nn.cross_entropy, jit=True)
