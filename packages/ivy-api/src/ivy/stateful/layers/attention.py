"""Multi-head attention and the Transformer encoder (PyTorch's parameters, masks and layouts)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.layers.activation import Dropout
from ivy.stateful.layers.linear import Linear
from ivy.stateful.layers.normalization import LayerNorm
from ivy.stateful.module import Module, ModuleList, Parameter


def _additive(mask: ivy.Array, dtype: Any) -> ivy.Array:
    """A mask as a float array to add to attention scores: PyTorch's boolean masks are True where *masked*."""
    if mask.dtype == ivy.bool:
        return ivy.where(mask, ivy.asarray(-math.inf, dtype=dtype), ivy.asarray(0.0, dtype=dtype))
    return ivy.astype(mask, dtype) if mask.dtype != dtype else mask


class MultiheadAttention(Module):
    """Multi-head attention with packed input projections (``in_proj_weight`` of shape ``(3E, E)``).

    Inputs are ``(L, N, E)`` (``(N, L, E)`` with ``batch_first``, or ``(L, E)``
    unbatched). As in PyTorch, a boolean ``attn_mask`` or ``key_padding_mask``
    is True where attention is *not* allowed, and a float mask is added to
    the scores. ``forward`` returns ``(output, weights)``, the weights averaged
    over heads unless ``average_attn_weights=False`` (``None`` without
    ``need_weights``). ``is_causal`` without ``attn_mask`` builds the causal mask.
    """

    def __init__(
        self,
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        if embed_dim % num_heads:
            raise ivy.IvyValueError(
                f"ivy.layers.MultiheadAttention: embed_dim={embed_dim} is not divisible by num_heads={num_heads}"
            )
        if add_bias_kv or add_zero_attn or kdim not in (None, embed_dim) or vdim not in (None, embed_dim):
            raise ivy.IvyValueError(
                "ivy.layers.MultiheadAttention: add_bias_kv, add_zero_attn and kdim/vdim other than embed_dim "
                "are not supported"
            )
        self.embed_dim, self.num_heads, self.dropout, self.batch_first = embed_dim, num_heads, dropout, batch_first
        self.head_dim = embed_dim // num_heads
        self.in_proj_weight = Parameter(
            init=init.xavier_uniform(), shape=(3 * embed_dim, embed_dim), dtype=dtype, device=device
        )
        if bias:
            self.in_proj_bias = Parameter(init=init.zeros(), shape=(3 * embed_dim,), dtype=dtype, device=device)
        else:
            self.register_parameter("in_proj_bias", None)
        self.out_proj = Linear(embed_dim, embed_dim, bias=bias, dtype=dtype, device=device)
        if bias:
            self.out_proj.bias = Parameter(init=init.zeros(), shape=(embed_dim,), dtype=dtype, device=device)

    def _heads(self, x: ivy.Array, part: int) -> ivy.Array:
        e = self.embed_dim
        weight = self.in_proj_weight[part * e : (part + 1) * e]
        bias = None if self.in_proj_bias is None else self.in_proj_bias[part * e : (part + 1) * e]
        projected = ivy.nn.linear(x, weight, bias)
        batch, length = projected.shape[0], projected.shape[1]
        return ivy.permute_dims(ivy.reshape(projected, (batch, length, self.num_heads, self.head_dim)), (0, 2, 1, 3))

    def forward(
        self,
        query: ivy.Array,
        key: ivy.Array | None = None,
        value: ivy.Array | None = None,
        key_padding_mask: ivy.Array | None = None,
        need_weights: bool = True,
        attn_mask: ivy.Array | None = None,
        average_attn_weights: bool = True,
        is_causal: bool = False,
    ) -> tuple[ivy.Array, ivy.Array | None]:
        key = query if key is None else key
        value = key if value is None else value
        unbatched = query.ndim == 2
        if unbatched:
            query, key, value = (ivy.expand_dims(t, axis=0) for t in (query, key, value))
            if key_padding_mask is not None:
                key_padding_mask = ivy.expand_dims(key_padding_mask, axis=0)
        elif not self.batch_first:
            query, key, value = (ivy.permute_dims(t, (1, 0, 2)) for t in (query, key, value))
        batch, target, source = query.shape[0], query.shape[1], key.shape[1]
        q, k, v = self._heads(query, 0), self._heads(key, 1), self._heads(value, 2)
        scores = ivy.matmul(q, ivy.matrix_transpose(k)) * (1.0 / math.sqrt(self.head_dim))
        if attn_mask is None and is_causal:
            attn_mask = ivy.triu(ivy.ones((target, source), dtype=ivy.bool), k=1)
        if attn_mask is not None:
            mask = _additive(attn_mask, scores.dtype)
            if mask.ndim == 3:
                mask = ivy.reshape(mask, (batch, self.num_heads, target, source))
            scores = scores + mask
        if key_padding_mask is not None:
            scores = scores + ivy.reshape(_additive(key_padding_mask, scores.dtype), (batch, 1, 1, source))
        weights = ivy.nn.softmax(scores, axis=-1)
        if self.dropout > 0.0 and self.training:
            weights = ivy.nn.dropout(weights, self.dropout)
        attended = ivy.permute_dims(ivy.matmul(weights, v), (0, 2, 1, 3))
        out = self.out_proj(ivy.reshape(attended, (batch, target, self.embed_dim)))
        if unbatched:
            out = ivy.squeeze(out, axis=0)
        elif not self.batch_first:
            out = ivy.permute_dims(out, (1, 0, 2))
        if not need_weights:
            return out, None
        if average_attn_weights:
            weights = ivy.mean(weights, axis=1)
        return out, ivy.squeeze(weights, axis=0) if unbatched else weights

    def extra_repr(self) -> str:
        return f"embed_dim={self.embed_dim}, num_heads={self.num_heads}, batch_first={self.batch_first}"


MultiHeadAttention = MultiheadAttention


def _activation(activation: str | Callable) -> Callable:
    if callable(activation):
        return activation
    if activation not in ("relu", "gelu"):
        raise ivy.IvyValueError(
            f"ivy.layers.TransformerEncoderLayer: activation must be 'relu', 'gelu' or a callable, got {activation!r}"
        )
    return getattr(ivy.nn, activation)


class TransformerEncoderLayer(Module):
    """Self-attention, then a feed-forward block, each with a residual connection and a layer norm.

    Post-norm by default, pre-norm with ``norm_first``.
    """

    def __init__(
        self,
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: str | Callable = "relu",
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        options = {"dtype": dtype, "device": device}
        self.self_attn = MultiheadAttention(
            d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first, **options
        )
        self.linear1 = Linear(d_model, dim_feedforward, bias=bias, **options)
        self.dropout = Dropout(dropout)
        self.linear2 = Linear(dim_feedforward, d_model, bias=bias, **options)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, **options)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, **options)
        self.dropout1 = Dropout(dropout)
        self.dropout2 = Dropout(dropout)
        self.activation = _activation(activation)

    def _attend(self, x: ivy.Array, mask: Any, padding: Any, is_causal: bool) -> ivy.Array:
        out, _ = self.self_attn(
            x, x, x, key_padding_mask=padding, need_weights=False, attn_mask=mask, is_causal=is_causal
        )
        return self.dropout1(out)

    def _feed_forward(self, x: ivy.Array) -> ivy.Array:
        return self.dropout2(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def forward(
        self,
        src: ivy.Array,
        src_mask: ivy.Array | None = None,
        src_key_padding_mask: ivy.Array | None = None,
        is_causal: bool = False,
    ) -> ivy.Array:
        x = src
        if self.norm_first:
            x = x + self._attend(self.norm1(x), src_mask, src_key_padding_mask, is_causal)
            return x + self._feed_forward(self.norm2(x))
        x = self.norm1(x + self._attend(x, src_mask, src_key_padding_mask, is_causal))
        return self.norm2(x + self._feed_forward(x))


class TransformerEncoder(Module):
    """``num_layers`` copies of ``encoder_layer`` (same initial weights, as in PyTorch), then an optional norm."""

    def __init__(self, encoder_layer: TransformerEncoderLayer, num_layers: int, norm: Module | None = None):
        self.layers = ModuleList(encoder_layer.copy() for _ in range(num_layers))
        self.num_layers = num_layers
        if norm is not None:
            self.norm = norm
        else:
            self.add_module("norm", None)

    def forward(
        self,
        src: ivy.Array,
        mask: ivy.Array | None = None,
        src_key_padding_mask: ivy.Array | None = None,
        is_causal: bool = False,
    ) -> ivy.Array:
        x = src
        for layer in self.layers:
            x = layer(x, src_mask=mask, src_key_padding_mask=src_key_padding_mask, is_causal=is_causal)
        return x if self.norm is None else self.norm(x)
