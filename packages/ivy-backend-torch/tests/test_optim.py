"""The fused optimizer kernels (``torch._foreach_*``) against the core's composite and ``torch.optim``.

The native path must give the composite's results (the rule every other
backend runs) and ``torch.optim``'s; where it does not apply (a tensor step,
mixed dtypes, a differentiated update) the composite must take over.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

import ivy
from ivy.composite import optim as composite
from ivy_backend_torch import optim as native

SHAPES = [(3, 4), (5,), (2, 3, 3), ()]


def _lists(count: int, seed: int, dtype: torch.dtype = torch.float32) -> list[list[torch.Tensor]]:
    generator = torch.Generator().manual_seed(seed)
    return [[torch.randn(s, generator=generator, dtype=dtype) for s in SHAPES] for _ in range(count)]


def _positive(tensors: list[torch.Tensor]) -> list[torch.Tensor]:
    return [t.abs() for t in tensors]


def _composite(hook: str, *args):
    wrapped = [[ivy.Array(t) for t in a] if isinstance(a, list) else a for a in args]
    return [[x._data for x in part] for part in getattr(composite, hook)(*wrapped)]


@pytest.fixture
def no_fallback(monkeypatch):
    """The native path must serve the call: the composite fallback raises."""

    def refuse(hook, *args):
        raise AssertionError(f"{hook} fell back to the composite")

    monkeypatch.setattr(native, "_fallback", refuse)


ADAM = [
    {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0, "decoupled": False, "amsgrad": False},
    {"lr": 0.05, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6, "weight_decay": 0.1, "decoupled": False, "amsgrad": True},
    {"lr": 3e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 1e-2, "decoupled": True, "amsgrad": False},
    {"lr": 0.1, "beta1": 0.5, "beta2": 0.9, "eps": 1e-8, "weight_decay": 0.3, "decoupled": True, "amsgrad": True},
]


@pytest.mark.parametrize("options", ADAM)
@pytest.mark.parametrize("step", [1, 2, 7])
def test_adam_native_matches_composite(options, step, no_fallback):
    params, grads, exp_avgs, squares, maxima = _lists(5, seed=step)
    squares, maxima = _positive(squares), _positive(maxima) if options["amsgrad"] else []
    args = (params, grads, exp_avgs, squares, maxima, step, *options.values())
    before = [[t.clone() for t in part] for part in (params, grads, exp_avgs, squares, maxima)]
    got = native.optim_adam_step(*args)
    want = _composite("optim_adam_step", *args)
    for part_got, part_want in zip(got, want, strict=True):
        assert len(part_got) == len(part_want)
        for g, w in zip(part_got, part_want, strict=True):
            torch.testing.assert_close(g, w, rtol=1e-6, atol=1e-7)
    for part, saved in zip((params, grads, exp_avgs, squares, maxima), before, strict=True):
        for t, s in zip(part, saved, strict=True):
            assert torch.equal(t, s), "the update modified an argument in place"


SGD = [
    {"lr": 0.1, "momentum": 0.0, "dampening": 0.0, "weight_decay": 0.0, "nesterov": False},
    {"lr": 0.05, "momentum": 0.9, "dampening": 0.3, "weight_decay": 0.01, "nesterov": False},
    {"lr": 0.05, "momentum": 0.8, "dampening": 0.0, "weight_decay": 0.1, "nesterov": True},
]


@pytest.mark.parametrize("options", SGD)
@pytest.mark.parametrize("step", [1, 3])
def test_sgd_native_matches_composite(options, step, no_fallback):
    params, grads, buffers = _lists(3, seed=10 + step)
    buffers = buffers if options["momentum"] else []
    args = (params, grads, buffers, step, *options.values())
    got = native.optim_sgd_step(*args)
    want = _composite("optim_sgd_step", *args)
    for part_got, part_want in zip(got, want, strict=True):
        assert len(part_got) == len(part_want)
        for g, w in zip(part_got, part_want, strict=True):
            torch.testing.assert_close(g, w, rtol=1e-6, atol=1e-7)


def test_fallbacks_give_the_composites_results():
    params, grads, exp_avgs, squares = _lists(4, seed=3)
    squares = _positive(squares)
    rule = (0.01, 0.9, 0.999, 1e-8, 0.1, True, False)
    want = _composite("optim_adam_step", params, grads, exp_avgs, squares, [], 3, *rule)
    # a tensor step (as under a compiler) and a tensor learning rate
    step, lr = torch.tensor(3), torch.tensor(0.01)
    traced = native.optim_adam_step(params, grads, exp_avgs, squares, [], step, lr, *rule[1:])
    for g, w in zip(traced[0], want[0], strict=True):
        torch.testing.assert_close(g, w, rtol=1e-6, atol=1e-7)
    # float64 gradients for float32 parameters: the core promotes, as the composite does
    wide = [g.double() for g in grads]
    got = native.optim_adam_step(params, wide, exp_avgs, squares, [], 3, *rule)
    want = _composite("optim_adam_step", params, wide, exp_avgs, squares, [], 3, *rule)
    for g, w in zip(got[0], want[0], strict=True):
        assert g.dtype == w.dtype == torch.float64
        torch.testing.assert_close(g, w)


def test_a_differentiated_update_keeps_its_gradient():
    """d/dp of sum(p - lr * (p*p + wd*p)) is 1 - lr * (2p + wd): autograd flows through the update."""
    p = torch.linspace(-1.0, 1.0, 5)
    optimizer = ivy.optimizers.SGD(lr=0.1, weight_decay=0.5)

    def loss(params):
        grads = {"w": params["w"] * params["w"]}
        new, _ = optimizer.update(params, grads, optimizer.init(params))
        return ivy.sum(new["w"])

    gradient = ivy.grad(loss)({"w": ivy.asarray(p)})
    np.testing.assert_allclose(np.asarray(gradient["w"]), (1 - 0.1 * (2 * p + 0.5)).numpy(), rtol=1e-6)


@pytest.mark.parametrize(
    ("name", "options"),
    [("AdamW", {"lr": 3e-3, "weight_decay": 1e-4}), ("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True})],
)
def test_optimizer_through_the_native_kernels_matches_torch_optim(name, options, no_fallback):
    params, *grads = _lists(6, seed=42)
    tensors = [t.clone().requires_grad_() for t in params]
    reference = getattr(torch.optim, name)(tensors, **options)
    optimizer = getattr(ivy.optimizers, name)(**options)
    current = {str(i): ivy.Array(t) for i, t in enumerate(params)}
    state = optimizer.init(current)
    for step in grads:
        for t, g in zip(tensors, step, strict=True):
            t.grad = g.clone()
        reference.step()
        current, state = optimizer.update(current, {str(i): ivy.Array(g) for i, g in enumerate(step)}, state)
    for i, t in enumerate(tensors):
        torch.testing.assert_close(current[str(i)]._data, t.detach(), rtol=1e-5, atol=1e-6)
