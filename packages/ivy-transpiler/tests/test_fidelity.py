"""Fidelity on real code: NumPy scalars as 0-d results, non-finite values named by the verifier, attention
with fully masked rows (a left-padded batch) as torch computes it."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import TARGETS, as_numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy_transpiler
from ivy_transpiler import VerificationError
from ivy_transpiler._verify import compare, precision_floor


def _sum(a):
    return a.sum()


def _mean(a):
    return np.mean(a * 2)


def _pair(a):
    return {"total": np.sum(a, axis=0), "peak": a.max()}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("fn", [_sum, _mean, _pair])
@settings(max_examples=4, deadline=None)
@given(
    a=hnp.arrays(
        st.sampled_from([np.float32, np.float64]),
        hnp.array_shapes(min_dims=1, max_dims=3, max_side=4),
        elements=st.floats(-100, 100, width=32),
    )
)
def test_numpy_scalar_results_are_0d_arrays_in_every_target(target, fn, a):
    program = ivy_transpiler.transpile(fn, source="numpy", target=target, args=(a,))
    expected, actual = fn(a), program(a)
    if isinstance(expected, dict):
        expected, actual = expected["peak"], actual["peak"]
    got = as_numpy(actual)
    assert got.shape == () and got.dtype == np.asarray(expected).dtype
    np.testing.assert_allclose(got, expected, rtol=1e-5 if a.dtype == np.float32 else 1e-12, atol=1e-4)


def test_a_numpy_scalar_and_a_0d_array_compare_as_equals():
    compare(np.float32(1.5), np.array(1.5, np.float32), what="w")
    with pytest.raises(VerificationError, match="max abs error 1"):
        compare(np.float64(1.0), np.array(2.0), what="w")


def test_a_float64_result_of_float32_inputs_is_held_to_float32_tolerance():
    expected = np.array([1.0, 2.0])
    close_in_float32 = expected * (1 + 3e-7)  # float32 rounding, not float64 rounding
    with pytest.raises(VerificationError, match=r"rtol 1e-07"):
        compare(expected, close_in_float32, what="w")
    compare(expected, close_in_float32, what="w", floor=precision_floor((np.ones(2, np.float32),), {}))
    with pytest.raises(VerificationError, match=r"rtol 0\.0001"):
        compare(expected, expected * 1.01, what="w", floor="float32")
    assert precision_floor((np.ones(2), {"w": np.ones(1, np.float16)}), {}) == "float16"
    assert precision_floor((np.arange(3),), {}) is None


def test_nan_the_source_lacks_is_named_with_count_and_first_indices():
    expected = np.zeros((2, 3), np.float32)
    actual = expected.copy()
    actual[1, 1:] = np.nan
    actual[0, 0] = 1e-7  # within tolerance: the NaN alone must fail
    with pytest.raises(VerificationError) as info:
        compare(expected, actual, what="w")
    message = str(info.value)
    assert "the target has NaN where the source has none at 2 place(s) (first: [1, 1], [1, 2])" in message
    assert "max abs error" not in message


def test_inf_in_the_source_only_and_finite_errors_are_both_reported():
    expected = np.array([np.inf, 1.0, 2.0])
    actual = np.array([5.0, 1.0, 3.0])
    with pytest.raises(VerificationError) as info:
        compare({"out": [expected]}, {"out": [actual]}, what="w")
    message = str(info.value)
    assert "the source has inf where the target has none at 1 place(s) (first: [0])" in message
    assert "max abs error 1 over the finite values" in message


def test_matching_nan_and_inf_pass():
    values = np.array([np.nan, -np.inf, 1.0], np.float32)
    compare(values, values.copy(), what="w")


def _attention(q, k, v, mask):
    return torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)


@pytest.mark.parametrize("target", ["jax", "numpy"])
@pytest.mark.parametrize("kind", ["bool", "float"])
@settings(max_examples=4, deadline=None)
@given(seed=st.integers(0, 2**16), length=st.integers(2, 5), padded=st.integers(1, 4))
def test_sdpa_rows_with_every_key_masked_match_torch(target, kind, seed, length, padded):
    g = torch.Generator().manual_seed(seed)
    q, k, v = (torch.randn(2, 2, length, 4, generator=g) for _ in range(3))
    keep = torch.ones(2, 1, length, length, dtype=torch.bool).tril()
    keep[0, :, :, : min(padded, length - 1)] = False  # left padding: the first queries see no key
    mask = keep if kind == "bool" else torch.zeros(keep.shape).masked_fill(~keep, -torch.inf)
    expected = _attention(q, k, v, mask).numpy()
    assert np.isfinite(expected).all()  # torch gives zeros for a query with no key
    program = ivy_transpiler.transpile(_attention, source="torch", target=target, args=(q, k, v, mask))
    got = as_numpy(program(*(t.numpy() for t in (q, k, v, mask))))
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_left_padded_llama_matches_torch_in_jax():
    from transformers import LlamaConfig, LlamaModel

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=50,
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=32,
        attn_implementation="sdpa",
    )
    model = LlamaModel(config).eval()
    inputs = {
        "input_ids": torch.tensor([[0, 0, 5, 6, 7], [1, 2, 3, 4, 5]]),
        "attention_mask": torch.tensor([[0, 0, 1, 1, 1], [1, 1, 1, 1, 1]]),  # left padded
    }
    with torch.no_grad():
        expected = model(**inputs).last_hidden_state.numpy()
    program = ivy_transpiler.transpile(model, source="torch", target="jax", kwargs=inputs)  # verifies too
    got = as_numpy(program(**{k: v.numpy() for k, v in inputs.items()})["last_hidden_state"])
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-5)


def _half(x):
    return torch.tensor(x.shape[0]) // 2


#: Sizes computed with tensors from shapes and constants only, then used as Python ints (static values).
STATIC_SIZES = {
    "slice": lambda x: x[: _half(x)],
    "slices": lambda x: x[: torch.tensor(2), : torch.tensor(x.shape[1]) - 1],
    "int": lambda x: x.reshape(-1)[: int(torch.tensor(x.shape[-1]) * 2)],
    "range": lambda x: sum(x[i] for i in range(_half(x))),
    "view": lambda x: x.view(torch.tensor(x.shape[0]) * x.shape[1]),
    "narrow": lambda x: x.narrow(0, 0, _half(x)),
    "item": lambda x: x * (torch.tensor(x.shape[1]) ** 0.5).item(),
    "list": lambda x: torch.tensor([1, x.shape[0] * torch.tensor(2)]) + x.sum().long(),
}


@pytest.mark.parametrize("case", sorted(STATIC_SIZES))
def test_values_derived_from_shapes_may_be_read_as_python_numbers(case):
    fn = STATIC_SIZES[case]
    program = ivy_transpiler.transpile(fn, source="torch", target="jax", args=(torch.ones(4, 3),))
    for shape in ((4, 3), (6, 2)):  # another shape: the size follows it
        x = torch.randn(shape)
        np.testing.assert_allclose(as_numpy(program(x.numpy())), fn(x).numpy(), rtol=1e-5, atol=1e-5)


def test_a_size_read_from_the_inputs_values_is_still_refused():
    from ivy_transpiler import DataDependentValue

    def fn(x):
        return x[: (x[0, 0] > 0).long()]

    with pytest.raises(DataDependentValue, match="depends on its inputs"):
        ivy_transpiler.transpile(fn, source="torch", target="jax", args=(torch.ones(4, 3),))


WINDOWS = {
    "hann_window": {},
    "hamming_window": {"alpha": 0.6, "beta": 0.4},
    "blackman_window": {},
    "bartlett_window": {},
    "kaiser_window": {"beta": 5.0},
}


@pytest.mark.parametrize("target", ["jax", "numpy"])
@pytest.mark.parametrize("name", sorted(WINDOWS))
@settings(max_examples=3, deadline=None)
@given(length=st.integers(0, 12), periodic=st.booleans(), double=st.booleans())
def test_window_functions_match_torch(target, name, length, periodic, double):
    dtype = torch.float64 if double else torch.float32

    def windowed(x):
        window = getattr(torch, name)(length, periodic, dtype=dtype, **WINDOWS[name])
        return x[..., :length] * window

    x = torch.rand(2, 12, dtype=dtype) + 0.5
    program = ivy_transpiler.transpile(windowed, source="torch", target=target, args=(x,))
    got = as_numpy(program(x.numpy()))
    assert got.dtype == x.numpy().dtype
    np.testing.assert_allclose(got, windowed(x).numpy(), rtol=1e-6, atol=1e-6)


def _complex_round_trip(x):
    z = torch.view_as_complex(x) * torch.view_as_complex(x.flip(0))
    return torch.view_as_real(z * 1j).sum(-2)


@pytest.mark.parametrize("target", ["jax", "numpy"])
@settings(max_examples=4, deadline=None)
@given(rows=st.integers(1, 4), double=st.booleans())
def test_view_as_real_and_view_as_complex_match_torch(target, rows, double):
    x = torch.randn(rows, 3, 2, dtype=torch.float64 if double else torch.float32)
    program = ivy_transpiler.transpile(_complex_round_trip, source="torch", target=target, args=(x,))
    got = as_numpy(program(x.numpy()))
    assert got.dtype == x.numpy().dtype
    np.testing.assert_allclose(got, _complex_round_trip(x).numpy(), rtol=1e-5, atol=1e-5)


def test_view_as_complex_refuses_a_last_axis_other_than_two():
    import ivy_frontends.torch as ft

    ivy = pytest.importorskip("ivy")
    with ivy.using_backend("numpy"), pytest.raises(RuntimeError, match="view_as_complex: argument 'input'"):
        ft.view_as_complex(ft.ones(3, 3))
