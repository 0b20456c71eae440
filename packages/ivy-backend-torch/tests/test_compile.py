"""torch.compile sees through ivy's dispatch: ``ivy.jit`` on torch gives one graph.

ivy's all-array functions are C dispatchers (``ivy._accel``), which Dynamo
cannot enter; they expose their call as Python code for it, and the
``ivy.Array`` operators are Python methods. A function mixing ivy calls and
operators must compile into a single graph with no break, and give eager's
values.
"""

from __future__ import annotations

import numpy as np
import torch

import ivy


def _program(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    z = ivy.sin(ivy.add(x, y)) * y + 1.0
    return ivy.multiply(-z, ivy.matmul(x, y) - z)


def test_a_program_of_ivy_calls_is_one_graph() -> None:
    x = ivy.asarray(torch.linspace(-1, 1, 4))
    y = ivy.asarray(torch.linspace(0.5, 2, 4))
    from ivy_backend_torch import autodiff

    autodiff._show_dispatch_to_dynamo()
    autodiff._traced_backend[0] = ivy._dispatch.ops()
    torch._dynamo.reset()
    explained = torch._dynamo.explain(lambda a, b: _program(ivy.Array(a), ivy.Array(b)).data)(x.data, y.data)
    assert (explained.graph_count, explained.graph_break_count) == (1, 0), explained.break_reasons
    assert explained.op_count >= 7  # add, sin, mul, add, neg, matmul, sub, mul: all in the graph


def test_ivy_jit_on_torch_matches_eager() -> None:
    x = ivy.asarray(torch.linspace(-1, 1, 4, dtype=torch.float64))
    y = ivy.asarray(torch.linspace(0.5, 2, 4, dtype=torch.float64))
    compiled = ivy.jit(_program)
    for scale in (1.0, 2.0):
        a, b = x * scale, y * scale
        np.testing.assert_allclose(np.asarray(compiled(a, b)), np.asarray(_program(a, b)), rtol=1e-12)
