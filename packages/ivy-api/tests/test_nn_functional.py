"""ivy.nn activations, dense layers, norms, attention and losses against torch.nn.functional.

Every case runs on each installed backend: the values through Ivy must match
PyTorch's on the same inputs, and on the differentiable backends (all but numpy)
so must the gradient of the sum of the output with respect to each input.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

torch = pytest.importorskip("torch", reason="torch.nn.functional is the oracle of these tests")
F = torch.nn.functional

#: paddle before tensorflow: importing TensorFlow first crashes Paddle
BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
DIFFERENTIABLE = [b for b in BACKENDS if b != "numpy"]
TOLERANCE = {"float32": 2e-5, "float64": 1e-10}


def _case(ivy_fn, torch_fn, shapes, *, positive=(), integer=None, grad=True, constant=()):
    """``constant``: inputs PyTorch does not differentiate (their gradients are not compared)."""
    return {
        "ivy": ivy_fn,
        "torch": torch_fn,
        "shapes": shapes,
        "positive": positive,
        "integer": integer,
        "grad": grad,
        "constant": constant,
    }


def _mha_ivy(q, k, v, w_in, b_in, w_out, b_out):
    return ivy.nn.multi_head_attention(q, k, v, 2, w_in, b_in, w_out, b_out)


def _mha_torch(q, k, v, w_in, b_in, w_out, b_out):
    out, _ = F.multi_head_attention_forward(
        q.transpose(0, 1),
        k.transpose(0, 1),
        v.transpose(0, 1),
        4,
        2,
        w_in,
        b_in,
        None,
        None,
        False,
        0.0,
        w_out,
        b_out,
        need_weights=False,
    )
    return out.transpose(0, 1)


CASES = {
    "relu": _case(ivy.nn.relu, F.relu, [(3, 5)]),
    "relu6": _case(ivy.nn.relu6, F.relu6, [(3, 5)]),
    "leaky_relu": _case(lambda x: ivy.nn.leaky_relu(x, negative_slope=0.2), lambda x: F.leaky_relu(x, 0.2), [(7,)]),
    "elu": _case(lambda x: ivy.nn.elu(x, alpha=0.7), lambda x: F.elu(x, 0.7), [(2, 6)]),
    "selu": _case(ivy.nn.selu, F.selu, [(2, 6)]),
    "gelu": _case(ivy.nn.gelu, F.gelu, [(4, 5)]),
    "gelu_tanh": _case(lambda x: ivy.nn.gelu(x, approximate="tanh"), lambda x: F.gelu(x, approximate="tanh"), [(4, 5)]),
    "silu": _case(ivy.nn.silu, F.silu, [(9,)]),
    "mish": _case(ivy.nn.mish, F.mish, [(9,)]),
    "softplus": _case(
        lambda x: ivy.nn.softplus(x, beta=2.0, threshold=3.0), lambda x: F.softplus(x, 2.0, 3.0), [(3, 4)]
    ),
    "sigmoid": _case(ivy.nn.sigmoid, torch.sigmoid, [(3, 4)]),
    "hard_sigmoid": _case(ivy.nn.hard_sigmoid, F.hardsigmoid, [(3, 4)], grad=False),
    "hard_swish": _case(ivy.nn.hard_swish, F.hardswish, [(3, 4)], grad=False),
    "log_sigmoid": _case(ivy.nn.log_sigmoid, F.logsigmoid, [(3, 4)]),
    "softmax": _case(lambda x: ivy.nn.softmax(x, axis=1), lambda x: F.softmax(x, dim=1), [(3, 4, 2)]),
    "log_softmax": _case(lambda x: ivy.nn.log_softmax(x, axis=0), lambda x: F.log_softmax(x, dim=0), [(5, 3)]),
    "logsumexp": _case(lambda x: ivy.logsumexp(x, axis=-1), lambda x: torch.logsumexp(x, dim=-1), [(4, 6)]),
    "erf": _case(ivy.erf, torch.erf, [(11,)]),
    "linear": _case(ivy.nn.linear, F.linear, [(4, 3), (5, 3), (5,)]),
    "layer_norm": _case(
        lambda x, w, b: ivy.nn.layer_norm(x, (3, 4), w, b),
        lambda x, w, b: F.layer_norm(x, (3, 4), w, b),
        [(2, 3, 4), (3, 4), (3, 4)],
    ),
    "rms_norm": _case(
        lambda x, w: ivy.nn.rms_norm(x, 4, w, eps=1e-6), lambda x, w: F.rms_norm(x, (4,), w, eps=1e-6), [(3, 4), (4,)]
    ),
    "batch_norm_train": _case(
        lambda x, w, b: ivy.nn.batch_norm(x, None, None, w, b, training=True).output,
        lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True),
        [(4, 3, 5), (3,), (3,)],
    ),
    "batch_norm_eval": _case(
        lambda x, m, v: ivy.nn.batch_norm(x, m, v).output,
        lambda x, m, v: F.batch_norm(x, m, v, training=False),
        [(4, 3, 2, 2), (3,), (3,)],
        positive=(2,),
        constant=(1, 2),
    ),
    "group_norm": _case(
        lambda x, w, b: ivy.nn.group_norm(x, 2, w, b),
        lambda x, w, b: F.group_norm(x, 2, w, b),
        [(2, 4, 3, 3), (4,), (4,)],
    ),
    "instance_norm": _case(ivy.nn.instance_norm, F.instance_norm, [(2, 3, 5, 4)]),
    "embedding": _case(lambda i, w: ivy.nn.embedding(i, w), F.embedding, [(2, 3), (6, 4)], integer=(0, 6)),
    "sdpa": _case(
        ivy.nn.scaled_dot_product_attention, F.scaled_dot_product_attention, [(2, 3, 4, 8), (2, 3, 5, 8), (2, 3, 5, 6)]
    ),
    "sdpa_causal": _case(
        lambda q, k, v: ivy.nn.scaled_dot_product_attention(q, k, v, is_causal=True),
        lambda q, k, v: F.scaled_dot_product_attention(q, k, v, is_causal=True),
        [(2, 5, 4), (2, 5, 4), (2, 5, 3)],
    ),
    "mha": _case(_mha_ivy, _mha_torch, [(2, 3, 4), (2, 5, 4), (2, 5, 4), (12, 4), (12,), (4, 4), (4,)]),
    "mse": _case(ivy.nn.mse_loss, F.mse_loss, [(3, 4), (3, 4)]),
    "l1": _case(
        lambda a, b: ivy.nn.l1_loss(a, b, reduction="sum"),
        lambda a, b: F.l1_loss(a, b, reduction="sum"),
        [(3, 4), (3, 4)],
    ),
    "smooth_l1": _case(
        lambda a, b: ivy.nn.smooth_l1_loss(a, b, beta=0.5, reduction="none"),
        lambda a, b: F.smooth_l1_loss(a, b, beta=0.5, reduction="none"),
        [(5,), (5,)],
    ),
    "huber": _case(
        lambda a, b: ivy.nn.huber_loss(a, b, delta=0.7), lambda a, b: F.huber_loss(a, b, delta=0.7), [(6,), (6,)]
    ),
    "bce": _case(ivy.nn.binary_cross_entropy, F.binary_cross_entropy, [(4, 2), (4, 2)], positive=(0, 1)),
    "bce_logits": _case(
        lambda x, t, w: ivy.nn.binary_cross_entropy_with_logits(x, t, pos_weight=w),
        lambda x, t, w: F.binary_cross_entropy_with_logits(x, t, pos_weight=w),
        [(4, 3), (4, 3), (3,)],
        positive=(1, 2),
        constant=(2,),
    ),
    "kl_div": _case(
        lambda a, b: ivy.nn.kl_div(a, b, reduction="batchmean"),
        lambda a, b: F.kl_div(a, b, reduction="batchmean"),
        [(3, 4), (3, 4)],
        positive=(1,),
    ),
    "cross_entropy_probabilities": _case(
        lambda x, t: ivy.nn.cross_entropy(x, t, label_smoothing=0.1),
        lambda x, t: F.cross_entropy(x, t, label_smoothing=0.1),
        [(4, 5), (4, 5)],
        positive=(1,),
    ),
}

CLASS_CASES = {
    "cross_entropy": (
        lambda x, t, w: ivy.nn.cross_entropy(x, t, weight=w, ignore_index=1, label_smoothing=0.2),
        lambda x, t, w: F.cross_entropy(x, t, weight=w, ignore_index=1, label_smoothing=0.2),
    ),
    "cross_entropy_sum": (
        lambda x, t, w: ivy.nn.cross_entropy(x, t, reduction="sum"),
        lambda x, t, w: F.cross_entropy(x, t, reduction="sum"),
    ),
    "nll_loss": (
        lambda x, t, w: ivy.nn.nll_loss(x, t, weight=w),
        lambda x, t, w: F.nll_loss(x, t, weight=w),
    ),
}


def _inputs(case, seed: int, dtype: str) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    arrays = []
    for index, shape in enumerate(case["shapes"]):
        if case["integer"] is not None and index == 0:
            arrays.append(rng.integers(*case["integer"], size=shape))
        elif index in case["positive"]:
            arrays.append(rng.uniform(0.05, 0.95, size=shape).astype(dtype))
        else:
            arrays.append((rng.standard_normal(size=shape) * 2).astype(dtype))
    return arrays


def _to_backend(array: np.ndarray, backend: str):
    with ivy.using_backend(backend):
        return ivy.to_native(ivy.asarray(array))


def _check_close(got, expected, dtype: str, what: str) -> None:
    np.testing.assert_allclose(got, expected, rtol=TOLERANCE[dtype] * 10, atol=TOLERANCE[dtype] * 10, err_msg=what)


def _differentiated(case, arrays) -> list[int]:
    return [i for i, a in enumerate(arrays) if a.dtype.kind == "f" and i not in case["constant"]]


def _torch_reference(case, arrays, grad: bool):
    wanted = _differentiated(case, arrays) if grad else []
    tensors = [torch.tensor(a, requires_grad=i in wanted) for i, a in enumerate(arrays)]
    out = case["torch"](*tensors)
    grads = None
    if grad:
        out.sum().backward()
        grads = [tensors[i].grad.numpy() if tensors[i].grad is not None else None for i in wanted]
    return out.detach().numpy(), grads


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", list(CASES))
@given(seed=st.integers(0, 2**31), dtype=st.sampled_from(["float32", "float64"]))
@settings(max_examples=4, deadline=None)
def test_values_match_torch(backend, name, seed, dtype):
    case = CASES[name]
    arrays = _inputs(case, seed, dtype)
    expected, _ = _torch_reference(case, arrays, grad=False)
    with ivy.using_backend(backend):
        result = case["ivy"](*(ivy.asarray(a) for a in arrays))
        assert result.dtype.name == str(expected.dtype), f"{name} on {backend}: dtype {result.dtype}"
        _check_close(np.asarray(result), expected, dtype, f"{name} on {backend}")


def _gradients(backend: str, function, arrays, floating: list[int]):
    """Gradient of sum(function(*arrays)) with respect to the inputs ``floating``, on ``backend``."""
    if backend == "torch":
        tensors = [torch.tensor(a, requires_grad=i in floating) for i, a in enumerate(arrays)]
        with ivy.using_backend("torch"):
            ivy.to_native(function(*tensors)).sum().backward()
        return [tensors[i].grad.numpy() for i in floating]
    import jax

    def total(*floats):
        inputs = list(arrays)
        for i, value in zip(floating, floats, strict=True):
            inputs[i] = value
        with ivy.using_backend("jax"):
            natives = [v if i in floating else _to_backend(v, "jax") for i, v in enumerate(inputs)]
            return ivy.to_native(function(*natives)).sum()

    from ivy_backend_jax import x64_scope

    with ivy.using_backend("jax"):
        values = [_to_backend(arrays[i], "jax") for i in floating]
    with x64_scope():  # our own jax.grad runs outside Ivy: float64 needs JAX's x64 mode here (see the README)
        grads = jax.grad(total, argnums=tuple(range(len(floating))))(*values)
    return [np.asarray(g) for g in grads]


@pytest.mark.parametrize("backend", DIFFERENTIABLE)
@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c["grad"]])
def test_gradients_match_torch(backend, name):
    case = CASES[name]
    arrays = _inputs(case, 7, "float64")
    _, expected = _torch_reference(case, arrays, grad=True)
    got = _gradients(backend, case["ivy"], arrays, _differentiated(case, arrays))
    for index, (g, e) in enumerate(zip(got, expected, strict=True)):
        _check_close(g, e if e is not None else np.zeros_like(g), "float64", f"d{name}/dx{index} on {backend}")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", list(CLASS_CASES))
@given(seed=st.integers(0, 2**31))
@settings(max_examples=5, deadline=None)
def test_class_index_losses_match_torch(backend, name, seed):
    rng = np.random.default_rng(seed)
    logits = rng.standard_normal((6, 4, 3))
    if name == "nll_loss":
        logits = np.log(np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True))
    target = rng.integers(0, 4, size=(6, 3))
    weight = rng.uniform(0.5, 2.0, size=(4,))
    ivy_fn, torch_fn = CLASS_CASES[name]
    expected = torch_fn(torch.tensor(logits), torch.tensor(target), torch.tensor(weight)).numpy()
    with ivy.using_backend(backend):
        result = ivy_fn(ivy.asarray(logits), ivy.asarray(target), ivy.asarray(weight))
        _check_close(np.asarray(result), expected, "float64", f"{name} on {backend}")


@pytest.mark.parametrize("backend", BACKENDS)
def test_batch_norm_updates_running_statistics_like_torch(backend):
    rng = np.random.default_rng(3)
    x = rng.standard_normal((8, 3, 4))
    mean, var = rng.standard_normal(3), rng.uniform(0.5, 2, 3)
    torch_mean, torch_var = torch.tensor(mean), torch.tensor(var)
    F.batch_norm(torch.tensor(x), torch_mean, torch_var, training=True, momentum=0.3)
    with ivy.using_backend(backend):
        result = ivy.nn.batch_norm(ivy.asarray(x), ivy.asarray(mean), ivy.asarray(var), training=True, momentum=0.3)
        _check_close(np.asarray(result.running_mean), torch_mean.numpy(), "float64", "running mean")
        _check_close(np.asarray(result.running_var), torch_var.numpy(), "float64", "running var")


@pytest.mark.parametrize("backend", BACKENDS)
def test_attention_masks_match_torch(backend):
    rng = np.random.default_rng(5)
    q, k, v = (rng.standard_normal(s) for s in ((2, 4, 8), (2, 6, 8), (2, 6, 3)))
    boolean = rng.uniform(size=(4, 6)) > 0.3
    boolean[:, 0] = True  # every query attends somewhere
    additive = rng.standard_normal((4, 6))
    for mask in (boolean, additive):
        expected = F.scaled_dot_product_attention(*map(torch.tensor, (q, k, v)), attn_mask=torch.tensor(mask))
        with ivy.using_backend(backend):
            got = ivy.nn.scaled_dot_product_attention(*map(ivy.asarray, (q, k, v)), mask=ivy.asarray(mask))
            _check_close(np.asarray(got), expected.numpy(), "float64", f"attention mask {mask.dtype}")


def test_one_hot_matches_torch():
    indices = np.array([[0, 3], [2, 1]])
    expected = F.one_hot(torch.tensor(indices), 4).numpy()
    for backend in BACKENDS:
        with ivy.using_backend(backend):
            result = ivy.nn.one_hot(ivy.asarray(indices), 4)
            assert result.dtype is ivy.int64
            np.testing.assert_array_equal(np.asarray(result), expected)


@pytest.mark.parametrize("function", [ivy.erf])
def test_erf_matches_math_everywhere(function):
    points = np.concatenate([np.linspace(-7, 7, 301), [0.0, -0.0, 1e-300, math.inf, -math.inf]])
    expected = np.array([math.erf(p) for p in points])
    for backend in BACKENDS:
        with ivy.using_backend(backend):
            np.testing.assert_allclose(np.asarray(function(ivy.asarray(points))), expected, rtol=4e-15, atol=1e-300)


def test_erfinv_inverts_erf():
    points = np.linspace(-0.999, 0.999, 201)
    for backend in BACKENDS:
        with ivy.using_backend(backend):
            inverse = np.asarray(ivy.erfinv(ivy.asarray(points)))
            np.testing.assert_allclose([math.erf(v) for v in inverse], points, rtol=1e-13, atol=1e-15)


def test_bad_arguments_name_the_function():
    with ivy.using_backend("numpy"):
        with pytest.raises(ValueError, match=r"ivy\.nn\.group_norm: 6 channels do not split into num_groups=4"):
            ivy.nn.group_norm(ivy.ones((2, 6, 3)), 4)
        with pytest.raises(ValueError, match=r"ivy\.nn\.mse_loss: argument 'reduction' must be one of"):
            ivy.nn.mse_loss(ivy.ones(3), ivy.ones(3), reduction="avg")
        with pytest.raises(ValueError, match=r"ivy\.nn\.linear: input features 3 do not match"):
            ivy.nn.linear(ivy.ones((2, 3)), ivy.ones((4, 5)))
