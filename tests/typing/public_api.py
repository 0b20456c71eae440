"""A user program type-checked by ``nox -s typecheck``: the public API as mypy sees it.

Not run by pytest; mypy must accept it with no errors (and, through the stubs generated from
the hookspecs, knows every function's signature and that results are ``ivy.Array``).
"""

from __future__ import annotations

import ivy
from ivy import layers, optimizers
from ivy.linalg import matrix_norm
from ivy.nn import relu
from ivy_frontends import available, load
from ivy_transpiler import transpile


def standardize(x: ivy.Array, eps: float = 1e-5) -> ivy.Array:
    mean = ivy.mean(x, axis=-1, keepdims=True)
    return (x - mean) / ivy.sqrt(ivy.var(x, axis=-1, keepdims=True) + eps)


def program() -> float:
    ivy.set_backend("numpy")
    x = ivy.random.normal((4, 3), seed=0)
    y = relu(ivy.matmul(x, ivy.matrix_transpose(x))) * 2 + 1
    spectrum = ivy.fft.rfft(standardize(y), axis=-1)
    norm: ivy.Array = matrix_norm(ivy.abs(spectrum))
    mask = (y > 1.5) & (y < 10)
    total = ivy.sum(ivy.where(mask, y, ivy.zeros_like(y)))
    print(norm.shape, total.dtype == ivy.float32, ivy.finfo(ivy.float32).eps)
    graph: ivy.Graph = ivy.trace_graph(standardize, x)
    print(graph.source())
    return float(total)


class Net(ivy.Module):
    def __init__(self) -> None:
        super().__init__()
        self.hidden = layers.Linear(3, 8)
        self.out = layers.Linear(8, 1)

    def forward(self, x: ivy.Array) -> ivy.Array:
        y: ivy.Array = self.out(ivy.nn.gelu(self.hidden(x)))
        return y


def training() -> None:
    net = Net()
    optimizer = optimizers.Adam(lr=1e-3)
    print(net, optimizer, available(), load)


def transpiled(function: object) -> object:
    return transpile(function, source="torch", target="jax", args=(), verify=False)


if __name__ == "__main__":
    program()
    training()
