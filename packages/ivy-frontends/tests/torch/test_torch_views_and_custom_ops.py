"""Writes through views reach their base, grouped matrix products, and custom operators, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from ivy_frontends import load

frontend = load("torch")


def _writes_through_views(x: torch.Tensor, y: torch.Tensor, row: int, cut: int) -> torch.Tensor:
    """A buffer filled through views of it, the way attention code packs keys (``k[..., :n].copy_(x)``)."""
    k = x.new_empty(*x.shape[:-1], x.shape[-1] + y.shape[-1])
    k[..., : x.shape[-1]].copy_(x)
    k[..., x.shape[-1] :].copy_(y)
    k[row][..., :cut].zero_()  # a view of a view
    k[:, -1, cut:] += 1.0
    k.narrow(-1, 0, 1).mul_(2.0)
    picked = k[[0]]  # advanced indexing copies: writing it leaves k alone
    picked.fill_(-7.0)
    return k


@given(
    rows=st.integers(1, 3),
    cols=st.integers(1, 4),
    left=st.integers(1, 4),
    right=st.integers(1, 3),
    seed=st.integers(0, 2**16),
)
def test_writes_through_basic_index_views_reach_the_base(rows, cols, left, right, seed):
    g = torch.Generator().manual_seed(seed)
    x, y = torch.randn(rows, cols, left, generator=g), torch.randn(rows, cols, right, generator=g)
    row, cut = seed % rows, seed % (left + right)
    expected = _writes_through_views(x, y, row, cut)
    actual = frontend.capture(lambda a, b: _writes_through_views(a, b, row, cut))(x, y)
    np.testing.assert_allclose(actual.numpy(), expected.numpy(), rtol=1e-6, atol=1e-6)


def _offsets(g: torch.Generator, groups: int, length: int) -> torch.Tensor:
    """Increasing group ends in ``[0, length]``, empty groups and a short last group included."""
    return torch.sort(torch.randint(0, length + 1, (groups,), generator=g)).values.to(torch.int32)


@given(groups=st.integers(1, 4), rows=st.integers(1, 9), seed=st.integers(0, 2**16))
def test_grouped_mm_matches_torch(groups, rows, seed):
    g = torch.Generator().manual_seed(seed)
    F = torch.nn.functional
    offs = _offsets(g, groups, rows)
    cases = [  # torch's CPU kernel wants 16-byte aligned strides: inner sizes of 8 float32
        (torch.randn(rows, 8, generator=g), torch.randn(groups, 8, 8, generator=g), offs, slice(int(offs[-1]))),
        (torch.randn(groups, 4, 8, generator=g), torch.randn(groups, 8, 8, generator=g), None, slice(None)),
    ]
    inner = _offsets(g, groups, 8)
    cases.append((torch.randn(8, 8, generator=g), torch.randn(8, 8, generator=g), inner, slice(None)))
    for a, b, o, kept in cases:
        expected = F.grouped_mm(a, b, offs=o)[kept]  # rows past offs[-1] are left unset by torch
        actual = frontend.capture(lambda p, q, r: torch.nn.functional.grouped_mm(p, q, offs=r))(a, b, o)
        np.testing.assert_allclose(actual.numpy()[kept], expected.numpy(), rtol=1e-5, atol=1e-5)


def test_grouped_mm_rejects_bad_input_clearly():
    a, b = torch.randn(4, 8), torch.randn(2, 8, 8)
    with pytest.raises(RuntimeError, match="grouped_mm: offs must be given"):
        frontend.capture(lambda p, q: torch.nn.functional.grouped_mm(p, q))(a, b)
    with pytest.raises(RuntimeError, match="grouped_mm: offs has 3 entries"):
        frontend.capture(lambda p, q, r: torch.nn.functional.grouped_mm(p, q, offs=r))(
            a, b, torch.tensor([1, 2, 4], dtype=torch.int32)
        )


def _scaled_cumsum(x: torch.Tensor, scale: float) -> torch.Tensor:
    return torch.cumsum(x, dim=-1) * scale + x.flip(-1)


@torch.library.custom_op("ivy_frontends_test::scaled_cumsum", mutates_args=())
def _scaled_cumsum_op(x: torch.Tensor, scale: float) -> torch.Tensor:
    return _scaled_cumsum(x, scale)


@given(size=st.integers(1, 6), scale=st.floats(-2, 2), seed=st.integers(0, 2**16))
def test_a_python_custom_operator_is_captured_through_its_body(size, scale, seed):
    x = torch.randn(2, size, generator=torch.Generator().manual_seed(seed))
    expected = torch.ops.ivy_frontends_test.scaled_cumsum(x, scale)
    actual = frontend.capture(lambda t: torch.ops.ivy_frontends_test.scaled_cumsum(t, scale))(x)
    np.testing.assert_allclose(actual.numpy(), expected.numpy(), rtol=1e-5, atol=1e-5)


def _grouped_mm_fallback(input: torch.Tensor, weight: torch.Tensor, offs: torch.Tensor) -> torch.Tensor:  # noqa: A002
    out = torch.zeros(input.size(0), weight.size(2), dtype=input.dtype)
    start = 0
    for i, end in enumerate(offs.tolist()):  # host reads: a capture cannot follow this body
        out[start:end] = input[start:end] @ weight[i]
        start = end
    return out


def test_transformers_grouped_mm_custom_op_maps_onto_grouped_mm():
    try:  # Hugging Face transformers' MoE layers call this operator (defined here as transformers does)
        torch.ops.transformers.grouped_mm_fallback.default  # transformers already defined it
    except (AttributeError, RuntimeError):
        torch.library.custom_op("transformers::grouped_mm_fallback", _grouped_mm_fallback, mutates_args=())
    g = torch.Generator().manual_seed(0)
    a, w, offs = torch.randn(7, 4, generator=g), torch.randn(3, 4, 5, generator=g), torch.tensor([2, 2, 7])
    expected = torch.ops.transformers.grouped_mm_fallback(a, w, offs)
    actual = frontend.capture(lambda p, q, r: torch.ops.transformers.grouped_mm_fallback(p, q, r))(a, w, offs)
    np.testing.assert_allclose(actual.numpy(), expected.numpy(), rtol=1e-5, atol=1e-5)


@given(
    size=st.integers(1, 20),
    bins=st.integers(1, 6),
    bounds=st.sampled_from([(0.0, 0.0), (-1.0, 1.0), (0.0, 3.0), (2.0, 2.5)]),
    seed=st.integers(0, 2**16),
)
def test_histc_matches_torch_values_outside_the_range_included(size, bins, bounds, seed):
    """MoE routers count tokens per expert with histc; it must keep static shapes (no boolean filter)."""
    x = 2.0 * torch.randn(size, generator=torch.Generator().manual_seed(seed))
    expected = torch.histc(x, bins=bins, min=bounds[0], max=bounds[1])
    actual = frontend.capture(lambda t: torch.histc(t, bins=bins, min=bounds[0], max=bounds[1]))(x)
    np.testing.assert_allclose(actual.numpy(), expected.numpy())
