"""``ivy.optimizers`` against ``torch.optim``: the same gradients give the same parameters, step after step.

Also: learning-rate schedules against ``torch.optim.lr_scheduler``, gradient
clipping against ``torch.nn.utils``, and optimizer state saved part-way and
restored (on another backend) continuing exactly.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

torch = pytest.importorskip("torch")
opt = ivy.optimizers

BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
SHAPES = {"layer.weight": (3, 4), "layer.bias": (3,)}
STEPS = 6


def _np(x):
    return np.asarray(ivy.to_native(x))


def _problem(seed=0, steps=STEPS):
    rng = np.random.default_rng(seed)
    params = {k: rng.standard_normal(s).astype("float32") for k, s in SHAPES.items()}
    grads = [{k: rng.standard_normal(s).astype("float32") for k, s in SHAPES.items()} for _ in range(steps)]
    return params, grads


def _torch_run(factory, params, grads, schedule=None):
    tensors = {k: torch.tensor(v, requires_grad=True) for k, v in params.items()}
    optimizer = factory(list(tensors.values()))
    scheduler = schedule(optimizer) if schedule else None
    for step in grads:
        for k, t in tensors.items():
            t.grad = torch.tensor(step[k])
        optimizer.step()
        if scheduler:
            scheduler.step()
    return {k: t.detach().numpy() for k, t in tensors.items()}


def _ivy_run(optimizer, params, grads, backend="numpy"):
    with ivy.using_backend(backend):
        current = {k: ivy.asarray(v) for k, v in params.items()}
        state = optimizer.init(current)
        for step in grads:
            current, state = optimizer.update(current, {k: ivy.asarray(v) for k, v in step.items()}, state)
        return {k: _np(v) for k, v in current.items()}


CONFIGS = {
    "sgd": (lambda p: torch.optim.SGD(p, lr=0.1), lambda: opt.SGD(lr=0.1)),
    "sgd_momentum_dampening": (
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.3),
        lambda: opt.SGD(lr=0.05, momentum=0.9, dampening=0.3),
    ),
    "sgd_nesterov_weight_decay": (
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01),
        lambda: opt.SGD(lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01),
    ),
    "adam": (lambda p: torch.optim.Adam(p, lr=0.01), lambda: opt.Adam(lr=0.01)),
    "adam_amsgrad_l2": (
        lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True),
        lambda: opt.Adam(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True),
    ),
    "adamw": (lambda p: torch.optim.AdamW(p, lr=0.01), lambda: opt.AdamW(lr=0.01)),
    "adamw_decay_amsgrad": (
        lambda p: torch.optim.AdamW(p, lr=0.02, betas=(0.85, 0.995), weight_decay=0.2, amsgrad=True),
        lambda: opt.AdamW(lr=0.02, betas=(0.85, 0.995), weight_decay=0.2, amsgrad=True),
    ),
    "sgd_momentum_maximize": (
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.7, weight_decay=0.05, maximize=True),
        lambda: opt.SGD(lr=0.05, momentum=0.7, weight_decay=0.05, maximize=True),
    ),
    "rmsprop": (lambda p: torch.optim.RMSprop(p, lr=0.01), lambda: opt.RMSprop(lr=0.01)),
    "rmsprop_centered_momentum": (
        lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.01),
        lambda: opt.RMSprop(lr=0.01, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.01),
    ),
    "adagrad": (
        lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.01, initial_accumulator_value=0.1),
        lambda: opt.Adagrad(lr=0.1, lr_decay=0.01, weight_decay=0.01, initial_accumulator_value=0.1),
    ),
    "adam_maximize": (lambda p: torch.optim.Adam(p, lr=0.01, maximize=True), lambda: opt.Adam(lr=0.01, maximize=True)),
}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_steps_match_torch_optim(name):
    torch_factory, ivy_factory = CONFIGS[name]
    params, grads = _problem()
    expected = _torch_run(torch_factory, params, grads)
    actual = _ivy_run(ivy_factory(), params, grads)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-6, err_msg=f"{name}: {key}")


@pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "numpy"])
@pytest.mark.parametrize("name", [n for n in CONFIGS if n.startswith(("sgd", "adam"))])
def test_steps_match_torch_optim_on_other_backends(name, backend):
    """SGD, Adam and AdamW update all parameters in one fused call (native on torch, the composite elsewhere)."""
    torch_factory, ivy_factory = CONFIGS[name]
    params, grads = _problem(1)
    expected = _torch_run(torch_factory, params, grads)
    actual = _ivy_run(ivy_factory(), params, grads, backend)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-6, err_msg=f"{name}: {key}")


@settings(max_examples=15, deadline=None)
@given(
    lr=st.floats(1e-4, 0.5),
    beta1=st.floats(0.0, 0.95),
    beta2=st.floats(0.9, 0.9999),
    weight_decay=st.sampled_from([0.0, 0.01, 0.3]),
    decoupled=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_adam_matches_torch_for_drawn_hyperparameters(lr, beta1, beta2, weight_decay, decoupled, seed):
    params, grads = _problem(seed, steps=4)
    torch_class, ivy_class = (torch.optim.AdamW, opt.AdamW) if decoupled else (torch.optim.Adam, opt.Adam)
    options = {"lr": lr, "betas": (beta1, beta2), "weight_decay": weight_decay}
    expected = _torch_run(lambda p: torch_class(p, **options), params, grads)
    actual = _ivy_run(ivy_class(**options), params, grads)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-5)


@settings(max_examples=15, deadline=None)
@given(
    lr=st.floats(1e-3, 1.0),
    momentum=st.floats(0.0, 0.99),
    nesterov=st.booleans(),
    weight_decay=st.sampled_from([0.0, 1e-3, 0.1]),
    seed=st.integers(0, 2**16),
)
def test_sgd_matches_torch_for_drawn_hyperparameters(lr, momentum, nesterov, weight_decay, seed):
    nesterov = nesterov and momentum > 0
    params, grads = _problem(seed, steps=4)
    options = {"lr": lr, "momentum": momentum, "nesterov": nesterov, "weight_decay": weight_decay}
    expected = _torch_run(lambda p: torch.optim.SGD(p, **options), params, grads)
    actual = _ivy_run(opt.SGD(**options), params, grads)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-5)


# -- schedules ----------------------------------------------------------------------------------

SCHEDULES = {
    "step": (lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5), opt.StepLR(0.1, 3, 0.5)),
    "multistep": (
        lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 5], gamma=0.1),
        opt.MultiStepLR(0.1, [2, 5], 0.1),
    ),
    "exponential": (lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9), opt.ExponentialLR(0.1, 0.9)),
    "cosine": (
        lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=8, eta_min=0.01),
        opt.CosineAnnealingLR(0.1, 8, 0.01),
    ),
    "warmup": (
        lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4),
        opt.LinearWarmup(0.1, 4, start_factor=0.25),
    ),
}


@pytest.mark.parametrize("name", list(SCHEDULES))
def test_schedule_values_match_torch_lr_scheduler(name):
    torch_schedule, schedule = SCHEDULES[name]
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    scheduler = torch_schedule(optimizer)
    expected = []
    for _ in range(9):
        expected.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    np.testing.assert_allclose([schedule(step) for step in range(9)], expected, rtol=1e-9, atol=1e-12)
    with ivy.using_backend("numpy"):  # the same schedule on an array step (as under ivy.jit)
        as_arrays = [float(schedule(ivy.asarray(step))) for step in range(9)]
    np.testing.assert_allclose(as_arrays, expected, rtol=1e-5, atol=1e-8)


def test_scheduled_optimizer_matches_torch():
    params, grads = _problem(2)
    expected = _torch_run(
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
        params,
        grads,
        schedule=lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=STEPS),
    )
    actual = _ivy_run(opt.SGD(lr=opt.CosineAnnealingLR(0.1, STEPS), momentum=0.9), params, grads)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-6)


def test_warmup_then_cosine():
    schedule = opt.warmup_cosine(1.0, warmup_steps=4, total_steps=12, min_lr=0.1)
    values = [schedule(s) for s in range(14)]
    assert values[:5] == pytest.approx([0.0, 0.25, 0.5, 0.75, 1.0])
    assert values[8] == pytest.approx(0.1 + 0.9 * (1 + math.cos(math.pi / 2)) / 2)
    assert values[12:] == pytest.approx([0.1, 0.1])


# -- clipping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("max_norm", [0.5, 100.0])
@pytest.mark.parametrize("norm_type", [2.0, 1.0, math.inf])
def test_clip_grad_norm_matches_torch(max_norm, norm_type):
    _, (grads, *_) = _problem(3, steps=1)
    tensors = [torch.zeros(s, requires_grad=True) for s in SHAPES.values()]
    for t, g in zip(tensors, grads.values()):
        t.grad = torch.tensor(g)
    total = torch.nn.utils.clip_grad_norm_(tensors, max_norm, norm_type=norm_type)
    with ivy.using_backend("numpy"):
        clipped, norm = opt.clip_grad_norm({k: ivy.asarray(v) for k, v in grads.items()}, max_norm, norm_type)
        assert float(norm) == pytest.approx(float(total), rel=1e-5)
        for t, key in zip(tensors, grads):
            np.testing.assert_allclose(_np(clipped[key]), t.grad.numpy(), rtol=1e-5, atol=1e-7)


def test_clipping_options_of_an_optimizer():
    params, grads = _problem(4)

    def clipped_torch(p):
        optimizer = torch.optim.SGD(p, lr=0.1)
        step = optimizer.step

        def clipped_step():
            torch.nn.utils.clip_grad_value_(p, 0.5)
            torch.nn.utils.clip_grad_norm_(p, 1.0)
            step()

        optimizer.step = clipped_step
        return optimizer

    expected = _torch_run(clipped_torch, params, grads)
    actual = _ivy_run(opt.SGD(lr=0.1, clip_value=0.5, clip_norm=1.0), params, grads)
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=1e-5, atol=1e-6)


# -- state --------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".safetensors", ".npz"])
def test_state_saved_part_way_continues_exactly(tmp_path, suffix):
    params, grads = _problem(5)
    straight = _ivy_run(opt.Adam(lr=0.01, amsgrad=True), params, grads)
    resume_on = [b for b in BACKENDS if b != "numpy"][:1] or ["numpy"]
    with ivy.using_backend("numpy"):
        model_params = {k: ivy.asarray(v) for k, v in params.items()}
        first = opt.Adam(model_params, lr=0.01, amsgrad=True)
        for step in grads[:3]:
            first.step({k: ivy.asarray(v) for k, v in step.items()})
        first.save(tmp_path / f"opt{suffix}")
        halfway = {k: _np(v) for k, v in first.target.items()}
    with ivy.using_backend(resume_on[0]):
        second = opt.Adam({k: ivy.asarray(v) for k, v in halfway.items()}, lr=0.01, amsgrad=True)
        second.load(tmp_path / f"opt{suffix}")
        assert int(second.state["step"]) == 3
        for step in grads[3:]:
            second.step({k: ivy.asarray(v) for k, v in step.items()})
        resumed = {k: _np(v) for k, v in second.target.items()}
    for key in straight:
        np.testing.assert_allclose(resumed[key], straight[key], rtol=1e-6, atol=1e-7)


def test_stateful_step_updates_a_module_and_skips_parameters_without_gradients():
    with ivy.using_backend("numpy"):
        ivy.random.seed(0)
        model = ivy.layers.Linear(4, 2)
        bias = _np(model.bias)
        optimizer = opt.SGD(model, lr=1.0)
        grads = {"weight": ivy.ones((2, 4), dtype=ivy.float32), "bias": None}
        before = _np(model.weight)
        optimizer.step(grads)
        np.testing.assert_allclose(_np(model.weight), before - 1.0)
        np.testing.assert_array_equal(_np(model.bias), bias)
        assert optimizer.learning_rate == 1.0
        with pytest.raises(ivy.IvyValueError, match="unknown parameters"):
            optimizer.step({"nope": ivy.ones(2)})


@pytest.mark.skipif("jax" not in BACKENDS, reason="needs the jax backend")
def test_update_under_jit_matches_eager():
    """The step count is an array of the state, so a compiled update is compiled once and matches eager updates."""
    params, grads = _problem(6, steps=4)
    optimizer = opt.Adam(lr=opt.warmup_cosine(0.01, 2, 4))
    eager = _ivy_run(optimizer, params, grads, "jax")
    with ivy.using_backend("jax"):
        update = ivy.jit(optimizer.update)
        current = {k: ivy.asarray(v) for k, v in params.items()}
        state = optimizer.init(current)
        for step in grads:
            current, state = update(current, {k: ivy.asarray(v) for k, v in step.items()}, state)
        assert update.__ivy_compiled__ and len(update.__ivy_jit_cache__) == 1
        for key in eager:
            np.testing.assert_allclose(_np(current[key]), eager[key], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("backend", BACKENDS)
def test_traced_update_records_every_operation(backend):
    """A traced update (the composite, seen op by op) replays on new gradients as the eager update computes."""
    params, grads = _problem(7, steps=2)
    optimizer = opt.AdamW(lr=0.01, weight_decay=0.1, amsgrad=True)
    with ivy.using_backend(backend):
        current = {k: ivy.asarray(v) for k, v in params.items()}
        state = optimizer.init(current)
        graph = ivy.trace_graph(lambda p, g: optimizer.update(p, g, state)[0], current, _arrays(grads[0]))
        replayed = graph(current, _arrays(grads[1]))
        eager, _ = optimizer.update(current, _arrays(grads[1]), state)
        for key in eager:
            np.testing.assert_allclose(_np(replayed[key]), _np(eager[key]), rtol=1e-6, atol=1e-7)
            assert not np.allclose(_np(replayed[key]), _np(optimizer.update(current, _arrays(grads[0]), state)[0][key]))


def _arrays(values):
    return {k: ivy.asarray(v) for k, v in values.items()}
