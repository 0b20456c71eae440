"""Honest failures: missing operations, data-dependent values, verification, options."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import ivy_transpiler
from ivy_frontends import MissingOperations
from ivy_frontends.torch._capture import resolve
from ivy_transpiler import DataDependentValue, UnsupportedOperations, VerificationError

#: Rare unary operations; the test uses the ones the torch frontend lacks today.
RARE = [
    "torch.special.bessel_j0",
    "torch.special.bessel_j1",
    "torch.special.bessel_y0",
    "torch.special.bessel_y1",
    "torch.special.modified_bessel_i0",
    "torch.special.modified_bessel_k0",
    "torch.special.modified_bessel_k1",
    "torch.special.scaled_modified_bessel_k0",
    "torch.special.scaled_modified_bessel_k1",
    "torch.special.spherical_bessel_j0",
    "torch.special.airy_ai",
]


def _lookup(name):
    obj = torch
    for part in name.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


def test_missing_operations_are_listed_with_counts_and_call_sites():
    missing = [n for n in RARE if resolve(n) is None][:2]
    if len(missing) < 2:
        pytest.skip("the torch frontend has all the rare operations this test relies on")
    first, second = (_lookup(n) for n in missing)

    def program(x):
        y = first(x) + torch.relu(x)
        return first(y) * second(x)

    with pytest.raises(UnsupportedOperations) as info:
        ivy_transpiler.transpile(program, target="numpy", args=(torch.rand(3) + 0.5,))
    error = info.value
    assert isinstance(error, MissingOperations)
    assert dict(error.missing) == {missing[0]: 2, missing[1]: 1}
    assert error.where[missing[0]].startswith(__file__)
    message = str(error)
    assert "program() from torch to numpy" in message
    assert f"{missing[0]}: 2 call(s)" in message and f"{missing[1]}: 1 call(s)" in message


def test_data_dependent_python_values_are_refused():
    def branchy(x):
        return x * 2 if x.sum() > 0 else x - 1

    def item(x):
        return x * x.max().item()

    with pytest.raises(DataDependentValue, match=r"test_errors\.py"):
        ivy_transpiler.transpile(item, target="numpy", args=(torch.randn(3),))
    # a branch on the data is converted into ivy.cond (test_control_flow_capture): it follows the data
    program = ivy_transpiler.transpile(branchy, target="numpy", args=(torch.randn(3),))
    for x in (torch.ones(3), -torch.ones(3)):
        np.testing.assert_allclose(program(x.numpy()), branchy(x).numpy())


def test_values_of_constants_can_be_read():
    def scaled(x):
        k = torch.tensor([2.0, 3.0]).sum().item()
        return x * k

    f = ivy_transpiler.transpile(scaled, target="numpy", args=(torch.ones(2),))
    assert f(torch.ones(2).numpy()).tolist() == [5.0, 5.0]


def test_verification_catches_a_mismatch():
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5)).train()
    with pytest.raises(VerificationError, match="differ"):
        ivy_transpiler.transpile(model, target="numpy", args=(torch.randn(8, 4),))
    ivy_transpiler.transpile(model, target="numpy", args=(torch.randn(8, 4),), verify=False)


def test_output_options():
    def fn(x):
        return torch.sin(x) + 1

    graph = ivy_transpiler.transpile(fn, target="numpy", args=(torch.randn(3),), output="graph")
    assert "ivy.sin" in graph.source()
    source = ivy_transpiler.transpile(fn, target="numpy", args=(torch.randn(3),), output="source")
    assert "np.sin(x)" in source and "ivy" not in source.replace("ivy_transpiler", "")
    with pytest.raises(ValueError, match="argument 'output'"):
        ivy_transpiler.transpile(fn, target="numpy", args=(torch.randn(3),), output="text")
    with pytest.raises(ValueError, match="argument 'target'"):
        ivy_transpiler.transpile(fn, target="mxnet", args=(torch.randn(3),))


def test_source_is_inferred_or_asked_for():
    def plain(x):
        return x + 1

    with pytest.raises(ValueError, match="argument 'source'"):
        ivy_transpiler.transpile(plain, target="numpy", args=([1.0],))
    f = ivy_transpiler.transpile(plain, target="numpy", args=(torch.ones(2),))  # from the example's type
    assert f(torch.ones(2).numpy()).tolist() == [2.0, 2.0]
