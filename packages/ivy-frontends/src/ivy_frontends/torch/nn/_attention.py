"""Attention: ``scaled_dot_product_attention`` and ``multi_head_attention_forward`` (what
``torch.nn.MultiheadAttention`` and the Transformer layers call)."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import arr, opt


def _additive(mask: Any, dtype: Any) -> Any:
    """A torch attention mask (bool: True means *masked out*; float: added) as an additive float mask."""
    if mask is None:
        return None
    if mask.dtype == ivy.bool:
        return ivy.where(mask, ivy.full(mask.shape, -math.inf, dtype=dtype), ivy.zeros(mask.shape, dtype=dtype))
    return ivy.astype(mask, dtype)


def scaled_dot_product_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    attn_mask: Tensor | None = None,
    dropout_p: float = 0.0,
    is_causal: bool = False,
    scale: float | None = None,
    enable_gqa: bool = False,
) -> Tensor:
    """``softmax(q k^T * scale + mask) v``; a bool ``attn_mask`` keeps positions where True (torch's sdpa rule)."""
    q, k, v = (
        arr(query, "scaled_dot_product_attention", "query"),
        arr(key, "scaled_dot_product_attention", "key"),
        arr(value, "scaled_dot_product_attention", "value"),
    )
    if enable_gqa and q.ndim >= 3 and k.shape[-3] != q.shape[-3]:
        rep = q.shape[-3] // k.shape[-3]
        k, v = ivy.repeat(k, rep, axis=-3), ivy.repeat(v, rep, axis=-3)
    mask, kept = _empty_rows_opened(opt(attn_mask))
    out = ivy.nn.scaled_dot_product_attention(q, k, v, mask=mask, dropout_p=dropout_p, is_causal=is_causal, scale=scale)
    return wrap(out if kept is None else ivy.where(kept, out, ivy.zeros_like(out)))


def _empty_rows_opened(mask: Any) -> tuple[Any, Any]:
    """``(mask, kept)``: torch's sdpa gives zeros for a query whose keys are all masked out (a bool row all
    False, a float row all -inf; a left-padded batch has them) where a plain softmax gives NaN. Such rows
    are opened (all kept) so no NaN is made, and ``kept`` (``(..., L, 1)``, False for them) zeroes them after."""
    if mask is None:
        return None, None
    if mask.dtype == ivy.bool:
        kept = ivy.any(mask, axis=-1, keepdims=True)
        return ivy.logical_or(mask, ivy.logical_not(kept)), kept
    kept = ivy.any(mask > -math.inf, axis=-1, keepdims=True)
    return ivy.where(kept, mask, ivy.zeros_like(mask)), kept


def multi_head_attention_forward(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    embed_dim_to_check: int,
    num_heads: int,
    in_proj_weight: Tensor | None,
    in_proj_bias: Tensor | None,
    bias_k: Tensor | None,
    bias_v: Tensor | None,
    add_zero_attn: bool,
    dropout_p: float,
    out_proj_weight: Tensor,
    out_proj_bias: Tensor | None,
    training: bool = True,
    key_padding_mask: Tensor | None = None,
    need_weights: bool = True,
    attn_mask: Tensor | None = None,
    use_separate_proj_weight: bool = False,
    q_proj_weight: Tensor | None = None,
    k_proj_weight: Tensor | None = None,
    v_proj_weight: Tensor | None = None,
    static_k: Tensor | None = None,
    static_v: Tensor | None = None,
    average_attn_weights: bool = True,
    is_causal: bool = False,
) -> tuple[Tensor, Tensor | None]:
    """torch's multi-head attention on ``(L, N, E)`` inputs (``(L, E)`` unbatched); returns ``(output, weights)``."""
    name = "multi_head_attention_forward"
    q, k, v = arr(query, name, "query"), arr(key, name, "key"), arr(value, name, "value")
    unbatched = q.ndim == 2
    if unbatched:
        q, k, v = ivy.expand_dims(q, 1), ivy.expand_dims(k, 1), ivy.expand_dims(v, 1)
        if key_padding_mask is not None:
            key_padding_mask = wrap(ivy.expand_dims(key_padding_mask._ivy, 0))
    tgt_len, bsz, embed_dim = q.shape
    if embed_dim != embed_dim_to_check:
        raise AssertionError(f"was expecting embedding dimension of {embed_dim_to_check}, but got {embed_dim}")
    head_dim = embed_dim // num_heads
    b = opt(in_proj_bias)
    batch_first = getattr(query, "_swapped", None)  # (N, L, E) when query is (N, L, E).transpose(0, 1)
    fused = not need_weights and not (training and dropout_p > 0.0)
    packed = not use_separate_proj_weight and query is key is value and not unbatched
    if packed and fused and batch_first is not None and not (bias_k is not None or add_zero_attn):
        return _batch_first_self_attention(
            batch_first, num_heads, opt(in_proj_weight), b, opt(out_proj_weight), opt(out_proj_bias),
            opt(attn_mask), opt(key_padding_mask), is_causal,
        )  # fmt: skip
    if not use_separate_proj_weight and query is key is value:  # self-attention: one packed projection
        qkv = ivy.nn.linear(q, opt(in_proj_weight), b)
        q, k, v = (qkv[..., i * embed_dim : (i + 1) * embed_dim] for i in range(3))
    else:
        if use_separate_proj_weight:
            wq, wk, wv = opt(q_proj_weight), opt(k_proj_weight), opt(v_proj_weight)
        else:
            w = opt(in_proj_weight)
            wq, wk, wv = w[:embed_dim], w[embed_dim : 2 * embed_dim], w[2 * embed_dim :]
        bq, bk, bv = (None,) * 3 if b is None else (b[:embed_dim], b[embed_dim : 2 * embed_dim], b[2 * embed_dim :])
        q = ivy.nn.linear(q, wq, bq)
        k = ivy.nn.linear(k, wk, bk)
        v = ivy.nn.linear(v, wv, bv)
    mask = _additive(opt(attn_mask), q.dtype)
    if is_causal and mask is None:
        s = k.shape[0]
        mask = _additive(ivy.triu(ivy.ones((tgt_len, s), dtype=ivy.bool), k=1), q.dtype)
    if bias_k is not None and bias_v is not None:
        k = ivy.concat([k, ivy.broadcast_to(ivy.reshape(opt(bias_k), (1, 1, embed_dim)), (1, bsz, embed_dim))], axis=0)
        v = ivy.concat([v, ivy.broadcast_to(ivy.reshape(opt(bias_v), (1, 1, embed_dim)), (1, bsz, embed_dim))], axis=0)
        if mask is not None:
            mask = ivy.pad(mask, ((0, 0),) * (mask.ndim - 1) + ((0, 1),))
        if key_padding_mask is not None:
            key_padding_mask = wrap(ivy.pad(key_padding_mask._ivy, ((0, 0), (0, 1))))
    # (L, N, E) -> (N * H, L, hd)
    q = ivy.permute_dims(ivy.reshape(q, (tgt_len, bsz * num_heads, head_dim)), (1, 0, 2))
    k = (
        opt(static_k)
        if static_k is not None
        else ivy.permute_dims(ivy.reshape(k, (k.shape[0], bsz * num_heads, head_dim)), (1, 0, 2))
    )
    v = (
        opt(static_v)
        if static_v is not None
        else ivy.permute_dims(ivy.reshape(v, (v.shape[0], bsz * num_heads, head_dim)), (1, 0, 2))
    )
    if add_zero_attn:
        k = ivy.concat([k, ivy.zeros((bsz * num_heads, 1, head_dim), dtype=k.dtype)], axis=1)
        v = ivy.concat([v, ivy.zeros((bsz * num_heads, 1, head_dim), dtype=v.dtype)], axis=1)
        if mask is not None:
            mask = ivy.pad(mask, ((0, 0),) * (mask.ndim - 1) + ((0, 1),))
        if key_padding_mask is not None:
            key_padding_mask = wrap(ivy.pad(key_padding_mask._ivy, ((0, 0), (0, 1))))
    src_len = k.shape[1]
    if mask is not None and mask.ndim == 2:
        mask = ivy.expand_dims(mask, 0)
    if key_padding_mask is not None:
        kpm = _additive(opt(key_padding_mask), q.dtype)
        kpm = ivy.reshape(
            ivy.broadcast_to(ivy.reshape(kpm, (bsz, 1, 1, src_len)), (bsz, num_heads, 1, src_len)),
            (bsz * num_heads, 1, src_len),
        )
        mask = kpm if mask is None else ivy.add(mask, kpm)
    if not need_weights and not (training and dropout_p > 0.0):  # the backends' fused attention
        four = (bsz, num_heads, -1, head_dim)  # (N, H, L, hd): the layout fused kernels are fastest on
        q4, k4, v4 = (ivy.reshape(t, four) for t in (q, k, v))
        # masks are (N * H, L, S) or (1, L, S): (N, H, L, S) or (1, 1, L, S)
        mask4 = None if mask is None else ivy.reshape(mask, (-1, max(mask.shape[0] // bsz, 1), *mask.shape[1:]))
        attn = ivy.nn.scaled_dot_product_attention(q4, k4, v4, mask=mask4, scale=1.0 / math.sqrt(head_dim))
        attn = ivy.reshape(attn, (bsz * num_heads, tgt_len, head_dim))
    else:
        scores = ivy.matmul(ivy.multiply(q, 1.0 / math.sqrt(head_dim)), ivy.matrix_transpose(k))
        if mask is not None:
            scores = ivy.add(scores, mask)
        weights = ivy.nn.softmax(scores, axis=-1)
        if training and dropout_p > 0.0:
            weights = ivy.nn.dropout(weights, dropout_p, training=True)
        attn = ivy.matmul(weights, v)
    attn = ivy.reshape(ivy.permute_dims(attn, (1, 0, 2)), (tgt_len * bsz, embed_dim))
    attn = ivy.reshape(ivy.nn.linear(attn, opt(out_proj_weight), opt(out_proj_bias)), (tgt_len, bsz, embed_dim))
    if unbatched:
        attn = ivy.squeeze(attn, 1)
    if not need_weights:
        return wrap(attn), None
    weights = ivy.reshape(weights, (bsz, num_heads, tgt_len, src_len))
    if average_attn_weights:
        weights = ivy.mean(weights, axis=1)
    if unbatched:
        weights = ivy.squeeze(weights, 0)
    return wrap(attn), wrap(weights)


def _batch_first_self_attention(
    x: ivy.Array, heads: int, w: Any, b: Any, out_w: Any, out_b: Any, attn_mask: Any, padding_mask: Any, causal: bool
) -> tuple[Tensor, None]:
    """Self-attention of batch-first ``x`` (N, L, E), returned as (L, N, E) like torch's: projections on
    ``x`` itself rather than its transposed view (a linear on a permuted view is ~1.7x slower in torch),
    heads in the (N, H, L, hd) layout fused attention kernels are fastest on."""
    n, length, embed = x.shape
    head_dim = embed // heads
    qkv = ivy.nn.linear(x, w, b)
    q, k, v = (
        ivy.permute_dims(ivy.reshape(qkv[..., i * embed : (i + 1) * embed], (n, length, heads, head_dim)), (0, 2, 1, 3))
        for i in range(3)
    )
    mask = _additive(attn_mask, x.dtype)
    if causal and mask is None:
        mask = _additive(ivy.triu(ivy.ones((length, length), dtype=ivy.bool), k=1), x.dtype)
    if mask is not None:  # (L, S) or (N * H, L, S) -> broadcastable to (N, H, L, S)
        mask = ivy.reshape(mask, (1, 1, *mask.shape)) if mask.ndim == 2 else ivy.reshape(mask, (n, heads, length, -1))
    if padding_mask is not None:
        padding = ivy.reshape(_additive(padding_mask, x.dtype), (n, 1, 1, -1))
        mask = padding if mask is None else ivy.add(mask, padding)
    attn = ivy.nn.scaled_dot_product_attention(q, k, v, mask=mask, scale=1.0 / math.sqrt(head_dim))
    attn = ivy.nn.linear(ivy.reshape(ivy.permute_dims(attn, (0, 2, 1, 3)), (n, length, embed)), out_w, out_b)
    return wrap(ivy.permute_dims(attn, (1, 0, 2))), None


FUNCTIONS = {
    "scaled_dot_product_attention": scaled_dot_product_attention,
    "multi_head_attention_forward": multi_head_attention_forward,
}
