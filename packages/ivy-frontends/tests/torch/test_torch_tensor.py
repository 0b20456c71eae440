"""Tensor semantics: in-place ops, indexed assignment, metadata, conversion, dtypes, errors, random, coverage."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import assert_same, both, run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import load
from ivy_frontends import torch as fe

M = hnp.arrays(np.float32, (3, 4), elements=st.floats(-5, 5, width=32, allow_subnormal=False))

SETITEM = {
    "mask": lambda T, x: x.__setitem__(x > 0, 0.25),
    "mask_tensor_value": lambda T, x: x.__setitem__(x < 0, x[x < 0] * 2),
    "index_add": lambda T, x: x.__setitem__(T.tensor([0, 2]), x[T.tensor([0, 2])] + 1),
    "slice_broadcast": lambda T, x: x.__setitem__((slice(None), 1), T.tensor([7.0, 8.0, 9.0])),
    "int_cast_into_float": lambda T, x: x.__setitem__(0, 3),
    "ellipsis": lambda T, x: x.__setitem__((Ellipsis, -1), -1.0),
}


@pytest.mark.parametrize("name", sorted(SETITEM))
@given(x=M)
def test_setitem(name, x):
    t, f = both(x)
    SETITEM[name](torch, t[0]), SETITEM[name](fe, f[0])
    assert_same(f[0], t[0])


@given(x=M)
def test_augmented_index_assignment(x):
    t, f = both(x)
    for T, a in ((torch, t[0]), (fe, f[0])):
        a[1] += 1
        a[:, 0] *= 2
        a[T.tensor([0, 2]), 1:3] -= 0.5
    assert_same(f[0], t[0])


def test_setitem_does_not_leak_into_clones():
    x = fe.ones(3)
    y = x.clone()
    z = x.detach()
    x[0] = 5.0
    assert y.tolist() == [1.0, 1.0, 1.0] and z.tolist() == [1.0, 1.0, 1.0]


@given(x=M)
def test_inplace_methods_return_self(x):
    t, f = both(x)
    for a in (t[0], f[0]):
        r = a.add_(1, alpha=2).mul_(0.5).clamp_(-1, 1).masked_fill_(a > 0.9, 2.0)
        assert r is a
        a.zero_() if a.sum().item() > 1e9 else a.fill_(a.mean().item()) if False else None
    assert_same(f[0], t[0])


def test_metadata_and_conversion():
    x = fe.tensor([[1, 2, 3], [4, 5, 6]])
    assert x.dtype is fe.int64 and x.shape == fe.Size([2, 3]) and x.size() == (2, 3) and x.size(-1) == 3
    assert x.dim() == 2 and x.ndim == 2 and x.numel() == 6 and len(x) == 2
    assert x.device == fe.device("cpu") and x.device.type == "cpu"
    assert x.float().dtype is fe.float32 and x.double().dtype is fe.float64 and x.bool().dtype is fe.bool
    assert x.to(fe.float16).dtype is fe.float16 and x.to("cpu") is x and x.type() == "torch.LongTensor"
    assert x.tolist() == [[1, 2, 3], [4, 5, 6]] and x[1, 2].item() == 6 and isinstance(x[0, 0].item(), int)
    assert np.array_equal(x.numpy(), np.array([[1, 2, 3], [4, 5, 6]]))
    assert x.T.shape == (3, 2) and x.stride() == (3, 1) and x.element_size() == 8
    x.requires_grad = True
    assert x.requires_grad and x.requires_grad_(False) is x and not x.requires_grad
    assert (
        fe.tensor(2.5).dtype is fe.float32
        and fe.tensor([True]).dtype is fe.bool
        and fe.tensor(1j).dtype is fe.complex64
    )


def test_default_dtype_is_float32_and_settable():
    assert fe.get_default_dtype() is fe.float32 and fe.zeros(2).dtype is fe.float32
    assert (fe.arange(3) + 0.5).dtype is fe.float32
    fe.set_default_dtype(fe.float64)
    try:
        assert fe.tensor([1.0]).dtype is fe.float64 and (fe.arange(3) * 1.5).dtype is fe.float64
    finally:
        fe.set_default_dtype(fe.float32)
    with pytest.raises(TypeError):
        fe.set_default_dtype(fe.int32)


@pytest.mark.parametrize("name", ["float16", "bfloat16", "float32", "float64"])
def test_finfo(name):
    mine, ref = fe.finfo(getattr(fe, name)), torch.finfo(getattr(torch, name))
    for field in ("bits", "eps", "max", "min", "tiny", "resolution"):
        assert getattr(mine, field) == pytest.approx(getattr(ref, field), rel=1e-6), field


@pytest.mark.parametrize("name", ["uint8", "int8", "int16", "int32", "int64"])
def test_iinfo(name):
    mine, ref = fe.iinfo(getattr(fe, name)), torch.iinfo(getattr(torch, name))
    assert (mine.bits, mine.max, mine.min) == (ref.bits, ref.max, ref.min)


def test_dtype_objects():
    assert fe.float is fe.float32 and fe.long is fe.int64 and fe.half is fe.float16 and fe.cfloat is fe.complex64
    for d in ("float32", "int8", "complex128", "bool"):
        assert repr(getattr(fe, d)) == repr(getattr(torch, d))
        for attr in ("is_floating_point", "is_complex", "is_signed", "itemsize"):
            assert getattr(getattr(fe, d), attr) == getattr(getattr(torch, d), attr)


ERRORS = {
    "bad argument type": (lambda T: T.sum([1, 2]), TypeError),
    "dim out of range": (lambda T: T.ones(2, 3).sum(dim=2), IndexError),
    "view shape": (lambda T: T.ones(2, 3).view(4, 2), RuntimeError),
    "matmul shapes": (lambda T: T.ones(2, 3) @ T.ones(2, 3), RuntimeError),
    "mean of ints": (lambda T: T.arange(3).mean(), RuntimeError),
    "inplace cast": (lambda T: T.arange(3).add_(0.5), RuntimeError),
    "bool subtraction": (lambda T: T.tensor([True]) - T.tensor([False]), RuntimeError),
    "item of many": (lambda T: T.ones(2).item(), RuntimeError),
    "cat sizes": (lambda T: T.cat([T.ones(2, 3), T.ones(2, 4)]), RuntimeError),
    "cross entropy reduction": (lambda T: T.nn.functional.mse_loss(T.ones(2), T.ones(2), reduction="avg"), ValueError),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_errors_like_torch(name):
    call, kind = ERRORS[name]
    with pytest.raises(kind):
        call(torch)
    with pytest.raises(kind) as info:
        call(fe)
    assert str(info.value)


def test_error_names_function_and_argument():
    with pytest.raises(TypeError, match=r"torch\.sum\(\): argument 'input' must be Tensor"):
        fe.sum([1, 2])
    with pytest.raises(TypeError, match=r"torch\.nn\.functional\.linear\(\): argument 'weight' must be Tensor"):
        fe.nn.functional.linear(fe.ones(2, 3), "w")


def test_random_reproducible_and_distributed():
    fe.manual_seed(3)
    a = fe.rand(500, 20)
    fe.manual_seed(3)
    assert fe.equal(a, fe.rand(500, 20))
    assert a.dtype is fe.float32 and 0 <= a.min().item() and a.max().item() < 1
    assert abs(a.mean().item() - 0.5) < 0.01
    n = fe.randn(4000)
    assert abs(n.mean().item()) < 0.1 and abs(n.std().item() - 1) < 0.1
    r = fe.randint(2, 7, (1000,))
    assert r.dtype is fe.int64 and set(r.unique().tolist()) == {2, 3, 4, 5, 6}
    assert sorted(fe.randperm(6).tolist()) == list(range(6))
    g = fe.normal(fe.full((3000,), 2.0), 0.5)
    assert abs(g.mean().item() - 2) < 0.05
    x = fe.empty(1000).uniform_(-2, 2)
    assert -2 <= x.min().item() and x.max().item() < 2


def test_no_grad_contexts():
    with fe.no_grad():
        assert not fe.is_grad_enabled()
    assert fe.is_grad_enabled()

    @fe.no_grad()
    def f():
        return fe.is_grad_enabled()

    assert f() is False


def test_coverage_counts():
    report = load("torch").coverage()
    assert {"torch", "torch.Tensor", "torch.nn.functional", "torch.linalg", "torch.fft", "torch.special"} <= set(report)
    assert {"Normal", "Categorical", "kl_divergence"} <= report["torch.distributions"][1]
    emulated = {label: len(set(e) & set(r)) for label, (r, e, _) in report.items()}
    for real, _, out_of_scope in report.values():  # out of scope: real names, each with a reason, a small share
        assert set(out_of_scope) <= set(real) and all(out_of_scope.values())
        assert len(out_of_scope) <= 0.25 * len(real)
    assert emulated["torch"] + emulated["torch.Tensor"] + emulated["torch.nn.functional"] >= 500
    real_f = report["torch.nn.functional"][0]
    for name in (
        "relu",
        "gelu",
        "conv2d",
        "layer_norm",
        "cross_entropy",
        "scaled_dot_product_attention",
        "multi_head_attention_forward",
        "fold",
    ):
        assert name in real_f and name in report["torch.nn.functional"][1]


@pytest.mark.parametrize(
    "dimension, size, step", [(0, 2, 1), (1, 3, 2), (-1, 4, 1), (2, 1, 3), (1, 5, 1), (1, 2, 0), (3, 1, 1)]
)
@given(x=hnp.arrays(np.float32, (3, 4, 5), elements=st.floats(-5, 5, width=32, allow_subnormal=False)))
def test_tensor_unfold(dimension, size, step, x):
    # windows along one dimension as a new last one; the last cases are errors in both
    run_both(lambda T, a: a.unfold(dimension, size, step), x)
