"""Dense layers, embeddings and reshaping layers."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.module import Module, Parameter


class Identity(Module):
    """Returns its input."""

    def __init__(self, *args: Any, **kwargs: Any):
        pass

    def forward(self, x: Any) -> Any:
        return x


class Linear(Module):
    """``y = x @ weight.T + bias`` with ``weight`` of shape ``(out_features, in_features)``."""

    def __init__(
        self, in_features: int, out_features: int, bias: bool = True, *, dtype: Any = None, device: Any = None
    ):
        self.in_features, self.out_features = in_features, out_features
        self.weight = Parameter(init=init.default_weight, shape=(out_features, in_features), dtype=dtype, device=device)
        if bias:
            self.bias = Parameter(
                init=init.bias_uniform(in_features), shape=(out_features,), dtype=dtype, device=device
            )
        else:
            self.register_parameter("bias", None)

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.linear(x, self.weight, self.bias)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


class Embedding(Module):
    """A lookup table of ``num_embeddings`` vectors of size ``embedding_dim`` (normal initialisation).

    The row ``padding_idx`` starts at zero and gets no gradient.
    """

    def __init__(
        self,
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        if padding_idx is not None:
            if not -num_embeddings <= padding_idx < num_embeddings:
                raise ivy.IvyValueError(f"ivy.layers.Embedding: padding_idx {padding_idx} is out of range")
            padding_idx %= num_embeddings
        self.num_embeddings, self.embedding_dim, self.padding_idx = num_embeddings, embedding_dim, padding_idx
        self.weight = Parameter(init=init.normal(), shape=(num_embeddings, embedding_dim), dtype=dtype, device=device)
        self._after_init()

    def _after_init(self) -> None:
        if self.padding_idx is not None:
            keep = ivy.arange(self.num_embeddings) != self.padding_idx
            self.weight = ivy.where(ivy.expand_dims(keep, axis=1), self.weight, ivy.zeros_like(self.weight))

    def forward(self, indices: ivy.Array) -> ivy.Array:
        out = ivy.nn.embedding(indices, self.weight)
        if self.padding_idx is not None:
            padding = ivy.expand_dims(indices == self.padding_idx, axis=-1)
            out = ivy.where(padding, ivy.stop_gradient(out), out)
        return out

    def extra_repr(self) -> str:
        padding = f", padding_idx={self.padding_idx}" if self.padding_idx is not None else ""
        return f"{self.num_embeddings}, {self.embedding_dim}{padding}"


class Flatten(Module):
    """Merge the axes ``start_dim`` to ``end_dim`` into one."""

    def __init__(self, start_dim: int = 1, end_dim: int = -1):
        self.start_dim, self.end_dim = start_dim, end_dim

    def forward(self, x: ivy.Array) -> ivy.Array:
        if x.ndim == 0:
            return ivy.reshape(x, (1,))
        start, end = self.start_dim % x.ndim, self.end_dim % x.ndim
        shape = tuple(x.shape)
        return ivy.reshape(x, (*shape[:start], math.prod(shape[start : end + 1]), *shape[end + 1 :]))

    def extra_repr(self) -> str:
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"


class Unflatten(Module):
    """Split the axis ``dim`` into ``unflattened_size``."""

    def __init__(self, dim: int, unflattened_size: tuple[int, ...]):
        self.dim, self.unflattened_size = dim, tuple(unflattened_size)

    def forward(self, x: ivy.Array) -> ivy.Array:
        dim = self.dim % x.ndim
        shape = tuple(x.shape)
        return ivy.reshape(x, (*shape[:dim], *self.unflattened_size, *shape[dim + 1 :]))

    def extra_repr(self) -> str:
        return f"dim={self.dim}, unflattened_size={self.unflattened_size}"
