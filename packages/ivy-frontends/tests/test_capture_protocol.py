"""Every installed frontend satisfies ``ivy.capture.Frontend``; describe, run and to_ivy agree with the framework."""

from __future__ import annotations

import numpy as np
import pytest

import ivy
import ivy.capture


def test_every_installed_frontend_satisfies_the_protocol() -> None:
    names = ivy.capture.available()
    assert {"torch", "numpy"} <= set(names)
    for name in names:
        frontend = ivy.capture.load(name)
        assert isinstance(frontend, ivy.capture.Frontend) and frontend.name == name


def test_torch_describe_and_run_match_the_module() -> None:
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4)).train()
    frontend = ivy.capture.load("torch")
    described = frontend.describe(model)
    assert described.parameters == [n for n, _ in model.named_parameters()]
    assert described.buffers == [n for n, _ in model.named_buffers()]
    assert described.training is True
    assert frontend.describe(torch.sin) is None

    x = torch.randn(5, 3)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    out = frontend.run(model, (x,), {})
    with torch.no_grad():
        expected = model(x)  # the same call, this time updating the running statistics
    np.testing.assert_allclose(out.numpy(), expected.numpy(), rtol=1e-6, atol=1e-6)
    assert not out.requires_grad
    assert not torch.equal(model.state_dict()["1.running_mean"], before["1.running_mean"])


def test_run_leaves_a_models_state_as_it_was() -> None:
    torch = pytest.importorskip("torch")
    model = torch.nn.BatchNorm1d(4).train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    ivy.capture.load("torch").run(model, (torch.randn(6, 4) + 3.0,), {})
    for name, value in model.state_dict().items():
        assert torch.equal(value, before[name]), name


def test_to_ivy_unwraps_only_the_frontends_own_arrays() -> None:
    with ivy.using_backend("numpy"):
        frontend = ivy.capture.load("numpy")
        wrapped = frontend.namespace.asarray([1.0, 2.0])
        inner = frontend.to_ivy(wrapped)
        assert isinstance(inner, ivy.Array)
        np.testing.assert_array_equal(np.asarray(inner), [1.0, 2.0])
        assert frontend.to_ivy(np.ones(2)) is None and frontend.to_ivy(inner) is None
