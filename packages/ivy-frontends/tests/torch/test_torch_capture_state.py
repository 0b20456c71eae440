"""Capture and a program's state: buffers assigned in forward, and inputs written in place, against torch."""

from __future__ import annotations

import numpy as np
import torch
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy_frontends import load

frontend = load("torch")

VECTORS = hnp.arrays(np.float32, st.integers(2, 6), elements=st.floats(-100, 100, width=32))


class Counter(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.register_buffer("count", torch.zeros(()))
        self.register_buffer("total", torch.zeros(()))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.count += 1  # in place, then assigned back to the buffer by Module.__setattr__
        self.total = self.total + x.sum()  # a new tensor assigned to the buffer
        return x * self.count


@given(VECTORS)
def test_buffers_assigned_in_forward_are_state_updates_and_the_module_keeps_its_tensors(x):
    module, reference = Counter(), Counter()
    count, total = module.count, module.total
    captured = frontend.capture(module)
    for _ in range(2):
        result = captured(ivy.asarray(x))
        expected = reference(torch.from_numpy(x))
        np.testing.assert_allclose(result.numpy(), expected.numpy(), rtol=1e-6)
    assert module.count is count and module.total is total and float(count) == 0.0  # torch's own, untouched
    np.testing.assert_allclose(np.asarray(captured.parameters["count"]), reference.count.numpy())
    np.testing.assert_allclose(np.asarray(captured.parameters["total"]), reference.total.numpy(), rtol=1e-5)


def writer(x, y):
    x.add_(1)
    y[0] = 5
    return x * 2


@given(VECTORS)
def test_inputs_written_in_place_are_reported_with_their_values_and_operations(x):
    y = x[::-1].copy()
    a, b = ivy.asarray(x), ivy.asarray(y)
    captured = frontend.capture(writer)
    captured(a, b)
    theirs = (torch.from_numpy(x.copy()), torch.from_numpy(y.copy()))
    writer(*theirs)
    assert set(captured.writes) == {id(a), id(b)}
    for given_array, written in zip((a, b), theirs, strict=True):
        np.testing.assert_allclose(np.asarray(captured.writes[id(given_array)][0]), written.numpy(), rtol=1e-6)
    assert captured.writes[id(a)][1] == "torch.Tensor.add_"
    assert captured.writes[id(b)][1] == "torch.Tensor.__setitem__"
    captured(ivy.asarray(x) * 0, ivy.asarray(y))  # a run that writes nothing it was given reports nothing stale
    assert not set(captured.writes) & {id(a), id(b)}
