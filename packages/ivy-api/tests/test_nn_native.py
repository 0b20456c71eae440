"""Backends' native kernels of ``ivy.nn`` (and friends) against the core's composites.

For every installed framework backend, each case runs once through the
public function (the backend's native kernel, where it binds one) and once
through the composite on the same backend, and compares values and, where
the backend differentiates, gradients (through ``ivy.grad``). A case also
checks that the native path was taken, so that a kernel silently falling
back to the composite is caught; ``composite_on`` names the backends where
the arguments are outside what the native kernel covers.

Backends run in the order paddle before tensorflow (importing TensorFlow
first crashes Paddle with today's wheels).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

import ivy
from ivy.composite import nn_activations as acts
from ivy.composite import nn_layers as layers
from ivy.composite import nn_losses as losses
from ivy.composite import nn_spatial as spatial
from ivy.composite import special, utilities

BACKENDS = [b for b in ("torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
TOLERANCE = {"float32": 2e-4, "float64": 1e-9}


@dataclass
class Case:
    name: str
    hook: str
    inputs: list  # shapes, or (kind, shape) with kind "positive", "unit", "bool", ("index", classes)
    native: Any  # through the public function
    reference: Any  # the composite, called directly
    # backends (or "backend:dtype") whose native kernel does not cover the case
    composite_on: frozenset = field(default_factory=frozenset)
    grad: bool = True
    output: int | None = None  # the element of a tuple result to compare


def _c(*args, **kwargs) -> Case:
    return Case(*args, **kwargs)


TF, PD, JX = "tensorflow", "paddle", "jax"

CASES = [
    _c(
        "conv2d uneven padding",
        "nn_conv2d",
        [(2, 4, 9, 8), (6, 4, 3, 3), (6,)],
        lambda x, w, b: ivy.nn.conv2d(x, w, b, stride=(2, 1), padding=((1, 0), (2, 1))),
        lambda x, w, b: spatial.nn_conv2d(x, w, b, (2, 1), ((1, 0), (2, 1)), 1, 1, False),
    ),
    _c(
        "conv2d dilated",
        "nn_conv2d",
        [(2, 4, 9, 8), (6, 4, 3, 2), (6,)],
        lambda x, w, b: ivy.nn.conv2d(x, w, b, padding=1, dilation=(1, 2)),
        lambda x, w, b: spatial.nn_conv2d(x, w, b, 1, 1, (1, 2), 1, False),
    ),
    _c(
        "conv2d grouped",
        "nn_conv2d",
        [(2, 4, 7, 6), (6, 2, 3, 2), (6,)],
        lambda x, w, b: ivy.nn.conv2d(x, w, b, stride=(2, 1), padding=1, groups=2),
        lambda x, w, b: spatial.nn_conv2d(x, w, b, (2, 1), 1, 1, 2, False),
        composite_on=frozenset({TF}),
    ),
    _c(
        "conv2d SAME stride 2 channels_last",
        "nn_conv2d",
        [(2, 9, 8, 3), (5, 3, 3, 3)],
        lambda x, w: ivy.nn.conv2d(x, w, stride=2, padding="SAME", channels_last=True),
        lambda x, w: spatial.nn_conv2d(x, w, None, 2, "SAME", 1, 1, True),
    ),
    _c(
        "conv1d",
        "nn_conv1d",
        [(2, 3, 11), (4, 3, 3), (4,)],
        lambda x, w, b: ivy.nn.conv1d(x, w, b, stride=2, padding=((1, 2),)),
        lambda x, w, b: spatial.nn_conv1d(x, w, b, 2, ((1, 2),), 1, 1, False),
    ),
    _c(
        "conv1d same dilated",
        "nn_conv1d",
        [(2, 3, 11), (4, 3, 3)],
        lambda x, w: ivy.nn.conv1d(x, w, padding="same", dilation=2),
        lambda x, w: spatial.nn_conv1d(x, w, None, 1, "same", 2, 1, False),
    ),
    _c(
        "conv3d channels_last",
        "nn_conv3d",
        [(1, 4, 5, 6, 2), (3, 2, 2, 2, 3), (3,)],
        lambda x, w, b: ivy.nn.conv3d(x, w, b, stride=(1, 2, 1), padding=1, channels_last=True),
        lambda x, w, b: spatial.nn_conv3d(x, w, b, (1, 2, 1), 1, 1, 1, True),
        composite_on=frozenset({TF}),
    ),
    _c(
        "conv generic unbatched",
        "nn_conv",
        [(3, 7, 6), (4, 3, 2, 2)],
        lambda x, w: ivy.nn.conv(x, w, padding="VALID"),
        lambda x, w: spatial.nn_conv(x, w, None, 1, "VALID", 1, 1, False),
    ),
    _c(
        "depthwise_conv2d",
        "nn_depthwise_conv2d",
        [(2, 3, 9, 8), (6, 1, 3, 3), (6,)],
        lambda x, w, b: ivy.nn.depthwise_conv2d(x, w, b, stride=2, padding=(1, 0)),
        lambda x, w, b: spatial.nn_depthwise_conv2d(x, w, b, 2, (1, 0), 1, False),
    ),
    _c(
        "depthwise_conv2d channels_last dilated",
        "nn_depthwise_conv2d",
        [(2, 9, 8, 3), (3, 1, 2, 3)],
        lambda x, w: ivy.nn.depthwise_conv2d(x, w, padding=1, dilation=(2, 1), channels_last=True),
        lambda x, w: spatial.nn_depthwise_conv2d(x, w, None, 1, 1, (2, 1), True),
    ),
    _c(
        "max_pool2d ceil",
        "nn_max_pool",
        [(2, 3, 7, 8)],
        lambda x: ivy.nn.max_pool(x, (3, 2), stride=(2, 1), padding=(1, 1), ceil_mode=True),
        lambda x: spatial.nn_max_pool(x, (3, 2), (2, 1), (1, 1), 1, True, False),
    ),
    _c(
        "max_pool1d channels_last",
        "nn_max_pool",
        [(2, 9, 3)],
        lambda x: ivy.nn.max_pool(x, (3,), stride=2, padding=1, channels_last=True),
        lambda x: spatial.nn_max_pool(x, (3,), 2, 1, 1, False, True),
    ),
    _c(
        "max_pool2d dilated",
        "nn_max_pool",
        [(2, 3, 7, 8)],
        lambda x: ivy.nn.max_pool(x, 2, dilation=2),
        lambda x: spatial.nn_max_pool(x, 2, None, 0, 2, False, False),
        composite_on=frozenset({JX, TF, PD}),
    ),
    _c(
        "avg_pool2d exclusive ceil",
        "nn_avg_pool",
        [(2, 3, 7, 8)],
        lambda x: ivy.nn.avg_pool(x, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
        lambda x: spatial.nn_avg_pool(x, 3, 2, 1, True, False, False),
    ),
    _c(
        "avg_pool2d inclusive ceil channels_last",
        "nn_avg_pool",
        [(2, 7, 8, 3)],
        lambda x: ivy.nn.avg_pool(x, (3, 2), stride=2, padding=1, ceil_mode=True, channels_last=True),
        lambda x: spatial.nn_avg_pool(x, (3, 2), 2, 1, True, True, True),
    ),
    _c(
        "avg_pool3d",
        "nn_avg_pool",
        [(2, 2, 4, 5, 6)],
        lambda x: ivy.nn.avg_pool(x, 2),
        lambda x: spatial.nn_avg_pool(x, 2, None, 0, False, True, False),
    ),
    _c(
        "linear",
        "nn_linear",
        [(2, 5, 4), (3, 4), (3,)],
        lambda x, w, b: ivy.nn.linear(x, w, b),
        lambda x, w, b: layers.nn_linear(x, w, b),
    ),
    _c(
        "layer_norm",
        "nn_layer_norm",
        [(2, 3, 4, 5), (4, 5), (4, 5)],
        lambda x, w, b: ivy.nn.layer_norm(x, (4, 5), w, b, eps=1e-3),
        lambda x, w, b: layers.nn_layer_norm(x, (4, 5), w, b, 1e-3),
    ),
    *[
        _c(
            f"batch_norm training {part}",
            "nn_batch_norm",
            [(4, 3, 5), (3,), ("positive", (3,)), (3,), (3,)],
            lambda x, m, v, w, b: ivy.nn.batch_norm(x, m, v, w, b, training=True, momentum=0.3),
            lambda x, m, v, w, b: layers.nn_batch_norm(x, m, v, w, b, True, 0.3, 1e-5, False),
            output=index,
            grad=index == 0,
        )
        for index, part in enumerate(("output", "running mean", "running var"))
    ],
    _c(
        "batch_norm eval channels_last",
        "nn_batch_norm",
        [(4, 2, 2, 3), (3,), ("positive", (3,)), (3,)],
        lambda x, m, v, w: ivy.nn.batch_norm(x, m, v, w, channels_last=True),
        lambda x, m, v, w: layers.nn_batch_norm(x, m, v, w, None, False, 0.1, 1e-5, True),
        output=0,
    ),
    _c(
        "batch_norm without statistics",
        "nn_batch_norm",
        [(4, 3, 5)],
        lambda x: ivy.nn.batch_norm(x, None, None),
        lambda x: layers.nn_batch_norm(x, None, None, None, None, False, 0.1, 1e-5, False),
        output=0,
    ),
    _c(
        "sdpa",
        "nn_scaled_dot_product_attention",
        [(2, 3, 4, 8), (2, 3, 5, 8), (2, 3, 5, 6)],
        lambda q, k, v: ivy.nn.scaled_dot_product_attention(q, k, v),
        lambda q, k, v: layers.nn_scaled_dot_product_attention(q, k, v, None, 0.0, False, None, None),
    ),
    _c(
        "sdpa causal scaled",
        "nn_scaled_dot_product_attention",
        [(2, 5, 4), (2, 5, 4), (2, 5, 3)],
        lambda q, k, v: ivy.nn.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.3),
        lambda q, k, v: layers.nn_scaled_dot_product_attention(q, k, v, None, 0.0, True, 0.3, None),
    ),
    _c(
        "sdpa float mask",
        "nn_scaled_dot_product_attention",
        [(2, 4, 8), (2, 6, 8), (2, 6, 3), (4, 6)],
        lambda q, k, v, m: ivy.nn.scaled_dot_product_attention(q, k, v, mask=m),
        lambda q, k, v, m: layers.nn_scaled_dot_product_attention(q, k, v, m, 0.0, False, None, None),
    ),
    _c(
        "sdpa boolean mask, one query attending nowhere",
        "nn_scaled_dot_product_attention",
        [(2, 4, 8), (2, 6, 8), (2, 6, 3), ("bool", (4, 6))],
        lambda q, k, v, m: ivy.nn.scaled_dot_product_attention(q, k, v, mask=m),
        lambda q, k, v, m: layers.nn_scaled_dot_product_attention(q, k, v, m, 0.0, False, None, None),
        grad=False,  # NaN rows
    ),
    *[
        _c(f"{name}", f"nn_{name}", [(3, 7)], getattr(ivy.nn, name), getattr(acts, f"nn_{name}"), composite_on=off)
        for name, off in [
            ("relu", frozenset()),
            ("relu6", frozenset({TF})),
            ("selu", frozenset({f"{PD}:float64"})),
            ("silu", frozenset()),
            ("mish", frozenset({TF})),
            ("sigmoid", frozenset()),
            ("hard_sigmoid", frozenset({TF})),
            ("hard_swish", frozenset({TF})),
            ("log_sigmoid", frozenset()),
        ]
    ],
    _c("gelu", "nn_gelu", [(3, 7)], ivy.nn.gelu, lambda x: acts.nn_gelu(x, "none")),
    _c(
        "gelu tanh",
        "nn_gelu",
        [(3, 7)],
        lambda x: ivy.nn.gelu(x, approximate="tanh"),
        lambda x: acts.nn_gelu(x, "tanh"),
    ),
    _c(
        "leaky_relu",
        "nn_leaky_relu",
        [(3, 7)],
        lambda x: ivy.nn.leaky_relu(x, negative_slope=0.2),
        lambda x: acts.nn_leaky_relu(x, 0.2),
    ),
    _c("elu", "nn_elu", [(3, 7)], ivy.nn.elu, lambda x: acts.nn_elu(x, 1.0)),
    _c(
        "elu alpha",
        "nn_elu",
        [(3, 7)],
        lambda x: ivy.nn.elu(x, alpha=0.7),
        lambda x: acts.nn_elu(x, 0.7),
        composite_on=frozenset({TF, f"{PD}:float64"}),
    ),
    _c(
        "softplus",
        "nn_softplus",
        [(3, 7)],
        lambda x: ivy.nn.softplus(x, beta=2.0, threshold=3.0),
        lambda x: acts.nn_softplus(x, 2.0, 3.0),
        composite_on=frozenset({TF}),
    ),
    _c(
        "softmax",
        "nn_softmax",
        [(3, 4, 5)],
        lambda x: ivy.nn.softmax(x, axis=1),
        lambda x: acts.nn_softmax(x, 1),
    ),
    _c(
        "log_softmax",
        "nn_log_softmax",
        [(3, 4, 5)],
        lambda x: ivy.nn.log_softmax(x, axis=-1),
        lambda x: acts.nn_log_softmax(x, -1),
    ),
    _c(
        "logsumexp",
        "logsumexp",
        [(3, 4, 5)],
        lambda x: ivy.logsumexp(x, axis=(0, 2)),
        lambda x: acts.logsumexp(x, (0, 2), False),
    ),
    _c("erf", "erf", [(3, 7)], ivy.erf, special.erf),
    _c("erfinv", "erfinv", [("unit", (3, 7))], ivy.erfinv, special.erfinv),
    _c(
        "cross_entropy",
        "nn_cross_entropy",
        [(6, 4), ("index", 4, (6,)), ("positive", (4,))],
        lambda x, t, w: ivy.nn.cross_entropy(x, t, weight=w, ignore_index=1, label_smoothing=0.2),
        lambda x, t, w: losses.nn_cross_entropy(x, t, w, 1, "mean", 0.2),
        composite_on=frozenset({PD}),  # Paddle smooths labels its own way
    ),
    _c(
        "cross_entropy weighted",
        "nn_cross_entropy",
        [(6, 4), ("index", 4, (6,)), ("positive", (4,))],
        lambda x, t, w: ivy.nn.cross_entropy(x, t, weight=w, ignore_index=1),
        lambda x, t, w: losses.nn_cross_entropy(x, t, w, 1, "mean", 0.0),
    ),
    _c(
        "cross_entropy sum",
        "nn_cross_entropy",
        [(6, 4), ("index", 4, (6,))],
        lambda x, t: ivy.nn.cross_entropy(x, t, reduction="sum"),
        lambda x, t: losses.nn_cross_entropy(x, t, None, -100, "sum", 0.0),
    ),
    _c(
        "cross_entropy probabilities",
        "nn_cross_entropy",
        [(6, 4), ("positive", (6, 4))],
        lambda x, t: ivy.nn.cross_entropy(x, t, label_smoothing=0.1),
        lambda x, t: losses.nn_cross_entropy(x, t, None, -100, "mean", 0.1),
        composite_on=frozenset({PD}),
    ),
    _c(
        "cross_entropy probabilities unsmoothed",
        "nn_cross_entropy",
        [(6, 4), ("positive", (6, 4))],
        lambda x, t: ivy.nn.cross_entropy(x, t, reduction="none"),
        lambda x, t: losses.nn_cross_entropy(x, t, None, -100, "none", 0.0),
        composite_on=frozenset({PD}),  # Paddle differentiates probabilities as if they summed to 1
    ),
    _c(
        "einsum",
        "einsum",
        [(2, 3, 4), (4, 5)],
        lambda a, b: ivy.einsum("bij,jk->bki", a, b),
        lambda a, b: utilities.einsum("bij,jk->bki", [a, b]),
    ),
]


def _inputs(case: Case, dtype: str, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    arrays = []
    for spec in case.inputs:
        kind = spec[0] if isinstance(spec[0], str) else "normal"
        shape = spec if kind == "normal" else spec[-1]
        if kind == "positive":
            arrays.append(rng.uniform(0.2, 1.5, size=shape).astype(dtype))
        elif kind == "unit":
            arrays.append(rng.uniform(-0.95, 0.95, size=shape).astype(dtype))
        elif kind == "bool":
            mask = rng.uniform(size=shape) > 0.3
            mask[:, 0] = True
            mask[1] = False  # the second query may attend nowhere
            arrays.append(mask)
        elif kind == "index":
            arrays.append(rng.integers(0, spec[1], size=shape).astype(np.int64))
        else:
            arrays.append((rng.standard_normal(size=shape) * 2).astype(dtype))
    return arrays


def _pick(result, case: Case):
    return result if case.output is None else result[case.output]


def _numpy(result) -> np.ndarray:
    return np.asarray(ivy.to_native(result) if isinstance(result, ivy.Array) else result)


@pytest.fixture(params=BACKENDS)
def backend(request):
    kernels = importlib.import_module(f"ivy_backend_{request.param}.nn")
    with ivy.using_backend(request.param):
        yield request.param, kernels


def _check(actual, expected, dtype: str, what: str) -> None:
    actual, expected = _numpy(actual), _numpy(expected)
    assert actual.shape == expected.shape, f"{what}: shape {actual.shape}, expected {expected.shape}"
    assert actual.dtype == expected.dtype, f"{what}: dtype {actual.dtype}, expected {expected.dtype}"
    tolerance = TOLERANCE[dtype]
    np.testing.assert_allclose(actual, expected, rtol=tolerance, atol=tolerance, err_msg=what)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_native_matches_composite(backend, case, dtype, monkeypatch):
    name, kernels = backend
    arrays = [ivy.asarray(a) for a in _inputs(case, dtype)]
    fallbacks = []
    original = kernels._fallback

    def recording(hook, *args):
        fallbacks.append(hook)
        return original(hook, *args)

    monkeypatch.setattr(kernels, "_fallback", recording)
    got = _pick(case.native(*arrays), case)
    monkeypatch.setattr(kernels, "_fallback", original)
    expected = _pick(case.reference(*arrays), case)
    _check(got, expected, dtype, f"{case.name} on {name}")
    covered = name not in case.composite_on and f"{name}:{dtype}" not in case.composite_on
    if covered and (dtype == "float32" or name != TF or "pool3d" not in case.name):
        assert case.hook not in fallbacks, f"{case.hook} fell back to the composite on {name}"


@pytest.mark.parametrize("case", [c for c in CASES if c.grad], ids=[c.name for c in CASES if c.grad])
def test_native_gradients_match_composite(backend, case):
    name, _ = backend
    arrays = [ivy.asarray(a) for a in _inputs(case, "float64", seed=1)]
    floating = tuple(i for i, a in enumerate(arrays) if a.dtype == ivy.float64)

    def gradients(function):
        out = _pick(function(*arrays), case)
        cotangent = ivy.asarray(np.random.default_rng(2).standard_normal(out.shape))

        def loss(*args):
            return ivy.sum(_pick(function(*args), case) * cotangent)

        return ivy.grad(loss, argnums=floating)(*arrays)

    for index, got, expected in zip(floating, gradients(case.native), gradients(case.reference), strict=True):
        _check(got, expected, "float64", f"d {case.name} / d input {index} on {name}")


ERRORS = [
    (lambda: ivy.nn.conv2d(ivy.zeros((1, 3, 5, 5)), ivy.zeros((2, 1, 3, 3)), groups=2), "divisible by groups"),
    (lambda: ivy.nn.conv1d(ivy.zeros((1, 2, 4)), ivy.zeros((3, 2, 6))), "larger than the padded input"),
    (lambda: ivy.nn.conv1d(ivy.zeros((1, 2, 4)), ivy.zeros((3, 2, 2)), padding="full"), "'padding'"),
    (lambda: ivy.nn.max_pool(ivy.zeros((1, 1, 5, 5)), 3, padding=2), "half"),
    (lambda: ivy.nn.avg_pool(ivy.zeros((1, 1, 2, 5)), 3), "larger than the padded input"),
    (lambda: ivy.nn.layer_norm(ivy.zeros((2, 3)), (4,)), "normalized_shape"),
    (lambda: ivy.nn.linear(ivy.zeros((2, 3)), ivy.zeros((4, 5))), "input features 3"),
]


@pytest.mark.parametrize("index", range(len(ERRORS)))
def test_invalid_arguments_get_the_composites_errors(backend, index):
    make, fragment = ERRORS[index]
    with pytest.raises(ivy.IvyError, match=fragment):
        make()


@pytest.mark.parametrize("family", ["conv", "max_pool", "avg_pool"])
def test_spatial_examples_against_torch(backend, family, monkeypatch):
    """``test_nn_spatial``'s randomized convolution and pooling cases (PyTorch the oracle) on the backends it skips."""
    pytest.importorskip("torch", reason="PyTorch is the oracle of test_nn_spatial")
    examples = importlib.import_module("test_nn_spatial")
    name, _ = backend
    if name in examples.BACKENDS:
        pytest.skip(f"test_nn_spatial runs these on {name}")
    monkeypatch.setitem(examples.EXAMPLES, name, examples.EXAMPLES.get(name, 10))
    if family == "conv":
        examples.run_examples(name, examples.conv_cases(), examples.check_conv)
    else:
        kind = family.split("_")[0]
        examples.run_examples(name, examples.pool_cases(kind), lambda case: examples.check_pool(kind, case))
