"""``ivy.nn``'s spatial layers, ``ivy.pad`` and ``ivy.unfold`` against ``torch.nn.functional``.

Every case runs on each installed backend (the composites are what a backend
gets unless it binds native kernels). The oracle is PyTorch in float64 on the
same (dtype-rounded) data; gradients are checked against PyTorch's through
``ivy.grad`` on every differentiable backend, and also through torch autograd
and ``jax.grad`` directly. ``numpy.pad`` is the oracle for the pad widths
and modes PyTorch does not have.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import ivy

torch = pytest.importorskip("torch", reason="PyTorch is the oracle of these tests")
F = torch.nn.functional

#: paddle before tensorflow: importing TensorFlow first crashes Paddle
BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
DIFFERENTIABLE = [b for b in BACKENDS if b != "numpy"]
#: the backends whose framework autodiff test_gradients drives directly (the others go through ivy.grad)
NATIVE_AUTODIFF = [b for b in ("torch", "jax") if b in BACKENDS]
#: hypothesis examples per test and backend: the jax backend compiles one XLA
#: executable per operation and shape, so it gets a few derandomized ones.
EXAMPLES = {"numpy": 25, "torch": 10, "jax": 3, "paddle": 5, "tensorflow": 5}
#: the same examples on every run (set False, and raise EXAMPLES, to explore)
DERANDOMIZE = True
TOLERANCE = {"float32": 3e-5, "float64": 1e-10}
#: the largest error seen per function family and dtype (printed with ``-s``)
MAX_ERROR: dict[tuple[str, str], float] = defaultdict(float)


@pytest.fixture(scope="module", autouse=True)
def _report_errors():
    yield
    for (family, dtype), error in sorted(MAX_ERROR.items()):
        print(f"max |ivy - torch| / max(1, |torch|): {family:<16} {dtype:<8} {error:.2e}")


def run_examples(backend, strategy, check):
    """Run ``check(case)`` on ``backend`` for hypothesis examples of ``strategy``."""

    @settings(
        max_examples=EXAMPLES[backend],
        deadline=None,
        derandomize=DERANDOMIZE,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(strategy)
    def run(case):
        with ivy.using_backend(backend):
            check(case)

    run()


def data(seed, shape, dtype):
    """Standard normal data rounded to ``dtype``, as float64 (the oracle's input)."""
    values = np.random.default_rng(seed).standard_normal(shape)
    return values.astype(dtype).astype(np.float64)


def torch64(array):
    return None if array is None else torch.from_numpy(np.ascontiguousarray(array, dtype=np.float64))


def ivy_in(array, dtype):
    return None if array is None else ivy.asarray(np.asarray(array, dtype=dtype))


def assert_close(family, actual, expected, dtype):
    actual = np.asarray(ivy.to_native(actual) if isinstance(actual, ivy.Array) else actual)
    expected = expected.detach().numpy() if isinstance(expected, torch.Tensor) else np.asarray(expected)
    assert actual.shape == expected.shape, f"shape {actual.shape}, expected {expected.shape}"
    assert actual.dtype == np.dtype(dtype), f"dtype {actual.dtype}, expected {dtype}"
    finite = np.isfinite(expected)
    np.testing.assert_array_equal(actual[~finite], expected[~finite])  # e.g. -inf of an all-padding window
    actual, expected = actual[finite].astype(np.float64), expected[finite]
    scale = max(1.0, float(np.max(np.abs(expected)))) if expected.size else 1.0
    error = float(np.max(np.abs(actual - expected))) / scale if expected.size else 0.0
    MAX_ERROR[family, str(dtype)] = max(MAX_ERROR[family, str(dtype)], error)
    tolerance = TOLERANCE.get(str(dtype), 0.0)
    assert error <= tolerance, f"max error {error:.3g} (relative to {scale:.3g}) exceeds {tolerance}"


def as_numpy(y):
    return np.asarray(ivy.to_native(y))


def channels_to_last(a, unbatched=False):
    return np.moveaxis(a, 0 if unbatched else 1, -1)


def channels_to_first(a, unbatched=False):
    return np.moveaxis(a, -1, 0 if unbatched else 1)


def flat_torch_pad(pairs):
    """``(before, after)`` per spatial axis -> ``F.pad``'s last-axis-first list."""
    return [p for b, a in reversed(pairs) for p in (b, a)]


# -- convolution --------------------------------------------------------------------


@st.composite
def conv_cases(draw):
    n = draw(st.integers(1, 3))
    groups = draw(st.integers(1, 3))
    cin, cout = groups * draw(st.integers(1, 2)), groups * draw(st.integers(1, 2))
    kernel = tuple(draw(st.integers(1, 3)) for _ in range(n))
    stride = tuple(draw(st.integers(1, 3)) for _ in range(n))
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(n))
    form = draw(st.sampled_from(["int", "ints", "pairs", "same", "valid"]))
    if form == "int":
        p = draw(st.integers(0, 2))
        padding, pairs = p, [(p, p)] * n
    elif form == "ints":
        ps = tuple(draw(st.integers(0, 2)) for _ in range(n))
        padding, pairs = ps, [(p, p) for p in ps]
    elif form == "pairs":
        pairs = [(draw(st.integers(0, 2)), draw(st.integers(0, 2))) for _ in range(n)]
        padding = tuple(pairs)
    else:
        padding = draw(st.sampled_from([form, form.upper(), form.capitalize()]))
        pairs = [(0, 0)] * n if form == "valid" else None
    spare = 3 if n == 3 else 5
    sizes = []
    for i in range(n):
        extent = dilation[i] * (kernel[i] - 1) + 1
        least = max(1, extent - (sum(pairs[i]) if pairs else 0)) if form != "same" else 1
        sizes.append(draw(st.integers(least, least + spare)))
    if form == "same":  # TensorFlow's rule; with stride 1, PyTorch's padding="same"
        pairs = []
        for size, k, s, d in zip(sizes, kernel, stride, dilation):
            total = max((math.ceil(size / s) - 1) * s + d * (k - 1) + 1 - size, 0)
            pairs.append((total // 2, total - total // 2))
    return {
        "n": n,
        "groups": groups,
        "cin": cin,
        "cout": cout,
        "kernel": kernel,
        "stride": stride,
        "dilation": dilation,
        "padding": padding,
        "pairs": pairs,
        "sizes": tuple(sizes),
        "batch": draw(st.integers(1, 2)),
        "unbatched": draw(st.booleans()),
        "channels_last": draw(st.booleans()),
        "bias": draw(st.booleans()),
        "generic": draw(st.booleans()),
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31)),
    }


def compact(values):
    """An int where every axis has the same value (exercises both spellings)."""
    return values[0] if len(set(values)) == 1 else values


def check_conv(case):
    n, dtype, cl, unbatched = case["n"], case["dtype"], case["channels_last"], case["unbatched"]
    x = data(case["seed"], (case["batch"], case["cin"], *case["sizes"]), dtype)
    w = data(case["seed"] + 1, (case["cout"], case["cin"] // case["groups"], *case["kernel"]), dtype)
    b = data(case["seed"] + 2, (case["cout"],), dtype) if case["bias"] else None
    conv = getattr(F, f"conv{n}d")
    if isinstance(case["padding"], str) and case["padding"].lower() == "same" and set(case["stride"]) == {1}:
        expected = conv(torch64(x), torch64(w), torch64(b), 1, "same", case["dilation"], case["groups"])
    else:
        padded = F.pad(torch64(x), flat_torch_pad(case["pairs"]))
        expected = conv(padded, torch64(w), torch64(b), case["stride"], 0, case["dilation"], case["groups"])
    expected = expected.numpy()
    if unbatched:
        x, expected = x[0], expected[0]
    if cl:
        x = channels_to_last(x, unbatched)
    function = ivy.nn.conv if case["generic"] else getattr(ivy.nn, f"conv{n}d")
    y = function(
        ivy_in(x, dtype),
        ivy_in(w, dtype),
        ivy_in(b, dtype),
        stride=compact(case["stride"]),
        padding=case["padding"],
        dilation=compact(case["dilation"]),
        groups=case["groups"],
        channels_last=cl,
    )
    y = as_numpy(y)
    assert_close("conv", channels_to_first(y, unbatched) if cl else y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
def test_conv(backend):
    run_examples(backend, conv_cases(), check_conv)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("channels_last", [False, True])
def test_depthwise_conv2d(backend, dtype, channels_last):
    with ivy.using_backend(backend):
        x = data(0, (2, 3, 7, 6), dtype)
        w = data(1, (6, 1, 3, 2), dtype)  # multiplier 2
        b = data(2, (6,), dtype)
        expected = F.conv2d(torch64(x), torch64(w), torch64(b), (2, 1), (1, 0), (1, 2), groups=3)
        xi = channels_to_last(x) if channels_last else x
        y = ivy.nn.depthwise_conv2d(
            ivy_in(xi, dtype),
            ivy_in(w, dtype),
            ivy_in(b, dtype),
            stride=(2, 1),
            padding=(1, 0),
            dilation=(1, 2),
            channels_last=channels_last,
        )
        y = as_numpy(y)
        assert_close("conv", channels_to_first(y) if channels_last else y, expected, dtype)


@st.composite
def conv_transpose_cases(draw):
    n = draw(st.integers(1, 3))
    groups = draw(st.integers(1, 3))
    cin, cout = groups * draw(st.integers(1, 2)), groups * draw(st.integers(1, 2))
    kernel = tuple(draw(st.integers(1, 3)) for _ in range(n))
    stride = tuple(draw(st.integers(1, 3)) for _ in range(n))
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(n))
    extra = tuple(draw(st.integers(0, max(s, d) - 1)) for s, d in zip(stride, dilation))
    form = draw(st.sampled_from(["int", "ints", "pairs"]))
    if form == "int":
        p = draw(st.integers(0, 2))
        padding, pairs = p, [(p, p)] * n
    elif form == "ints":
        ps = tuple(draw(st.integers(0, 2)) for _ in range(n))
        padding, pairs = ps, [(p, p) for p in ps]
    else:
        pairs = [(draw(st.integers(0, 2)), draw(st.integers(0, 2))) for _ in range(n)]
        padding = tuple(pairs)
    sizes = tuple(draw(st.integers(1, 3 if n == 3 else 5)) for _ in range(n))
    for m, s, (pb, pa), d, k, e in zip(sizes, stride, pairs, dilation, kernel, extra):
        assume((m - 1) * s - pb - pa + d * (k - 1) + e + 1 >= 1)
    return {
        "n": n,
        "groups": groups,
        "cin": cin,
        "cout": cout,
        "kernel": kernel,
        "stride": stride,
        "dilation": dilation,
        "extra": extra,
        "padding": padding,
        "pairs": pairs,
        "sizes": sizes,
        "batch": draw(st.integers(1, 2)),
        "unbatched": draw(st.booleans()),
        "channels_last": draw(st.booleans()),
        "bias": draw(st.booleans()),
        "generic": draw(st.booleans()),
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_conv_transpose(case):
    n, dtype, cl, unbatched = case["n"], case["dtype"], case["channels_last"], case["unbatched"]
    x = data(case["seed"], (case["batch"], case["cin"], *case["sizes"]), dtype)
    w = data(case["seed"] + 1, (case["cin"], case["cout"] // case["groups"], *case["kernel"]), dtype)
    b = data(case["seed"] + 2, (case["cout"],), dtype) if case["bias"] else None
    # PyTorch pads symmetrically: transpose without padding, then crop (before, after).
    full = getattr(F, f"conv_transpose{n}d")(
        torch64(x), torch64(w), torch64(b), case["stride"], 0, case["extra"], case["groups"], case["dilation"]
    ).numpy()
    crop = tuple(slice(pb, full.shape[2 + i] - pa) for i, (pb, pa) in enumerate(case["pairs"]))
    expected = full[(slice(None), slice(None), *crop)]
    if unbatched:
        x, expected = x[0], expected[0]
    if cl:
        x = channels_to_last(x, unbatched)
    function = ivy.nn.conv_transpose if case["generic"] else getattr(ivy.nn, f"conv_transpose{n}d")
    y = function(
        ivy_in(x, dtype),
        ivy_in(w, dtype),
        ivy_in(b, dtype),
        stride=compact(case["stride"]),
        padding=case["padding"],
        output_padding=compact(case["extra"]),
        dilation=compact(case["dilation"]),
        groups=case["groups"],
        channels_last=cl,
    )
    y = as_numpy(y)
    assert_close("conv_transpose", channels_to_first(y, unbatched) if cl else y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
def test_conv_transpose(backend):
    run_examples(backend, conv_transpose_cases(), check_conv_transpose)


# -- pooling -------------------------------------------------------------------------


@st.composite
def pool_cases(draw, kind):
    n = draw(st.integers(1, 3))
    kernel = tuple(draw(st.integers(1, 3)) for _ in range(n))
    stride = draw(st.one_of(st.none(), st.tuples(*[st.integers(1, 3)] * n)))
    padding = tuple(draw(st.integers(0, k // 2)) for k in kernel)
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(n)) if kind == "max" else (1,) * n
    spare = 3 if n == 3 else 6
    sizes = tuple(
        draw(st.integers(max(1, d * (k - 1) + 1 - 2 * p), max(1, d * (k - 1) + 1 - 2 * p) + spare))
        for k, p, d in zip(kernel, padding, dilation)
    )
    if kind == "avg" and n == 3:  # PyTorch's avg_pool3d wants the unpadded input to hold a kernel
        assume(all(m >= k for m, k in zip(sizes, kernel)))
    dtypes = ["float32", "float64", "int32", "int64"] if kind == "max" else ["float32", "float64"]
    return {
        "n": n,
        "kernel": kernel,
        "stride": stride,
        "padding": padding,
        "dilation": dilation,
        "sizes": sizes,
        "channels": draw(st.integers(1, 3)),
        "batch": draw(st.integers(1, 2)),
        "unbatched": draw(st.booleans()),
        "channels_last": draw(st.booleans()),
        "ceil_mode": draw(st.booleans()),
        "count_include_pad": draw(st.booleans()),
        "int_kernel": draw(st.booleans()),
        "dtype": draw(st.sampled_from(dtypes)),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_pool(kind, case):
    n, dtype, cl, unbatched = case["n"], case["dtype"], case["channels_last"], case["unbatched"]
    x = data(case["seed"], (case["batch"], case["channels"], *case["sizes"]), "float64")
    if dtype.startswith("int"):
        x = np.round(x * 50)
    else:
        x = x.astype(dtype).astype(np.float64)
    stride = case["stride"] or case["kernel"]
    if kind == "max":
        expected = getattr(F, f"max_pool{n}d")(
            torch64(x), case["kernel"], stride, case["padding"], case["dilation"], case["ceil_mode"]
        ).numpy()
    else:
        expected = getattr(F, f"avg_pool{n}d")(
            torch64(x), case["kernel"], stride, case["padding"], case["ceil_mode"], case["count_include_pad"]
        ).numpy()
    if dtype.startswith("int"):  # a window entirely in the padding: the dtype's least value, not -inf
        expected = np.maximum(expected, np.iinfo(dtype).min)
    # an int kernel_size means "every axis after batch and channels": batched input only
    int_kernel = case["int_kernel"] and len(set(case["kernel"])) == 1 and not unbatched
    if unbatched:
        x, expected = x[0], expected[0]
    if cl:
        x = channels_to_last(x, unbatched)
    kernel = case["kernel"][0] if int_kernel else case["kernel"]
    stride = None if case["stride"] is None else compact(case["stride"])
    if kind == "max":
        y = ivy.nn.max_pool(
            ivy_in(x, dtype),
            kernel,
            stride=stride,
            padding=compact(case["padding"]),
            dilation=compact(case["dilation"]),
            ceil_mode=case["ceil_mode"],
            channels_last=cl,
        )
    else:
        y = ivy.nn.avg_pool(
            ivy_in(x, dtype),
            kernel,
            stride=stride,
            padding=compact(case["padding"]),
            ceil_mode=case["ceil_mode"],
            count_include_pad=case["count_include_pad"],
            channels_last=cl,
        )
    y = as_numpy(y)
    assert_close(f"{kind}_pool", channels_to_first(y, unbatched) if cl else y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["max", "avg"])
def test_pool(backend, kind):
    run_examples(backend, pool_cases(kind), lambda case: check_pool(kind, case))


@st.composite
def adaptive_cases(draw):
    n = draw(st.integers(1, 3))
    sizes = tuple(draw(st.integers(1, 5 if n == 3 else 9)) for _ in range(n))
    out = tuple(draw(st.one_of(st.integers(1, 6), st.just(None))) for _ in range(n))
    return {
        "n": n,
        "sizes": sizes,
        "out": out,
        "int_out": draw(st.booleans()),
        "channels": draw(st.integers(1, 3)),
        "batch": draw(st.integers(1, 2)),
        "channels_last": draw(st.booleans()),
        "kind": draw(st.sampled_from(["avg", "max"])),
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_adaptive(case):
    n, dtype, cl, kind = case["n"], case["dtype"], case["channels_last"], case["kind"]
    x = data(case["seed"], (case["batch"], case["channels"], *case["sizes"]), dtype)
    out = case["out"]
    if case["int_out"] and out[0] is not None:
        out = out[0]
        torch_out = (out,) * n
    else:
        # PyTorch's 1-d adaptive pools take no None ("keep this size")
        torch_out = tuple(m if o is None else o for m, o in zip(case["sizes"], out)) if n == 1 else out
    expected = getattr(F, f"adaptive_{kind}_pool{n}d")(torch64(x), torch_out)
    expected = expected.numpy()
    function = ivy.nn.adaptive_avg_pool if kind == "avg" else ivy.nn.adaptive_max_pool
    y = as_numpy(function(ivy_in(channels_to_last(x) if cl else x, dtype), out, channels_last=cl))
    assert_close(f"adaptive_{kind}", channels_to_first(y) if cl else y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
def test_adaptive_pool(backend):
    run_examples(backend, adaptive_cases(), check_adaptive)


# -- interpolate -----------------------------------------------------------------------

_SPATIAL_RANK = {"linear": 1, "bilinear": 2, "bicubic": 2, "trilinear": 3}


@st.composite
def interpolate_cases(draw):
    mode = draw(st.sampled_from(["nearest", "linear", "bilinear", "bicubic", "trilinear"]))
    n = _SPATIAL_RANK.get(mode) or draw(st.integers(1, 3))
    sizes = tuple(draw(st.integers(1, 5 if n == 3 else 8)) for _ in range(n))
    if draw(st.booleans()):
        size = tuple(draw(st.integers(1, 6 if n == 3 else 12)) for _ in range(n))
        scale = None
    else:
        size = None
        scale = tuple(draw(st.sampled_from([0.5, 0.6, 0.75, 1.0, 1.3, 1.5, 1.7, 2.0, 2.5, 3.0])) for _ in range(n))
        assume(all(math.floor(m * f) >= 1 for m, f in zip(sizes, scale)))
    return {
        "mode": mode,
        "n": n,
        "sizes": sizes,
        "size": size,
        "scale": scale,
        "compact": draw(st.booleans()),
        "align_corners": mode != "nearest" and draw(st.booleans()),
        "channels": draw(st.integers(1, 2)),
        "batch": draw(st.integers(1, 2)),
        "channels_last": draw(st.booleans()),
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_interpolate(case):
    dtype, cl, mode = case["dtype"], case["channels_last"], case["mode"]
    x = data(case["seed"], (case["batch"], case["channels"], *case["sizes"]), dtype)
    size, scale = case["size"], case["scale"]
    if case["compact"]:
        size = size and compact(size)
        scale = scale and compact(scale)
    align = case["align_corners"] if mode != "nearest" else None
    expected = F.interpolate(torch64(x), size=size, scale_factor=scale, mode=mode, align_corners=align).numpy()
    y = ivy.nn.interpolate(
        ivy_in(channels_to_last(x) if cl else x, dtype),
        size,
        scale_factor=scale,
        mode=mode,
        align_corners=case["align_corners"],
        channels_last=cl,
    )
    y = as_numpy(y)
    assert_close(f"interpolate {mode}", channels_to_first(y) if cl else y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
def test_interpolate(backend):
    run_examples(backend, interpolate_cases(), check_interpolate)


# -- pad and unfold ------------------------------------------------------------------------

_NUMPY_MODES = {"reflect": "reflect", "symmetric": "symmetric", "replicate": "edge", "edge": "edge"}
_NUMPY_MODES.update(circular="wrap", wrap="wrap", constant="constant")


@st.composite
def pad_cases(draw):
    ndim = draw(st.integers(1, 3))
    shape = tuple(draw(st.integers(1, 4)) for _ in range(ndim))
    pairs = [(draw(st.integers(0, 6)), draw(st.integers(0, 6))) for _ in range(ndim)]
    form = draw(st.sampled_from(["int", "pair", "pairs", "single"]))
    if form == "int":
        width = pairs[0][0]
        pairs = [(width, width)] * ndim
    elif form == "pair":
        width = pairs[0]
        pairs = [width] * ndim
    elif form == "single":
        width = (pairs[0],)
        pairs = [pairs[0]] * ndim
    else:
        width = tuple(pairs)
    return {
        "shape": shape,
        "width": width,
        "pairs": pairs,
        "mode": draw(st.sampled_from(sorted(_NUMPY_MODES))),
        "dtype": draw(st.sampled_from(["float32", "float64", "int32"])),
        "value": draw(st.sampled_from([0, 2, -3])),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_pad(case):
    dtype = case["dtype"]
    x = np.round(data(case["seed"], case["shape"], "float64") * 10).astype(dtype)
    kwargs = {"constant_values": case["value"]} if case["mode"] == "constant" else {}
    expected = np.pad(x, case["pairs"], mode=_NUMPY_MODES[case["mode"]], **kwargs)
    y = ivy.pad(ivy.asarray(x), case["width"], mode=case["mode"], value=case["value"])
    actual = as_numpy(y)
    assert actual.dtype == x.dtype
    np.testing.assert_array_equal(actual, expected)


@pytest.mark.parametrize("backend", BACKENDS)
def test_pad_against_numpy(backend):
    run_examples(backend, pad_cases(), check_pad)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("mode", ["constant", "reflect", "replicate", "circular"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_pad_against_torch(backend, mode, dtype):
    with ivy.using_backend(backend):
        x = data(3, (2, 3, 5, 4), dtype)
        pairs = [(2, 1), (0, 3)]  # within PyTorch's limits for every mode
        expected = F.pad(torch64(x), flat_torch_pad(pairs), mode=mode, value=1.5 if mode == "constant" else None)
        y = ivy.pad(ivy_in(x, dtype), ((0, 0), (0, 0), *pairs), mode=mode, value=1.5)
        assert_close("pad", y, expected, dtype)


@st.composite
def unfold_cases(draw):
    kernel = tuple(draw(st.integers(1, 3)) for _ in range(2))
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(2))
    padding = tuple(draw(st.integers(0, 2)) for _ in range(2))
    stride = tuple(draw(st.integers(1, 3)) for _ in range(2))
    sizes = tuple(
        draw(st.integers(max(1, d * (k - 1) + 1 - 2 * p), max(1, d * (k - 1) + 1 - 2 * p) + 5))
        for k, d, p in zip(kernel, dilation, padding)
    )
    return {
        "kernel": kernel,
        "dilation": dilation,
        "padding": padding,
        "stride": stride,
        "sizes": sizes,
        "channels": draw(st.integers(1, 3)),
        "batch": draw(st.integers(1, 2)),
        "unbatched": draw(st.booleans()),
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31)),
    }


def check_unfold(case):
    dtype = case["dtype"]
    x = data(case["seed"], (case["batch"], case["channels"], *case["sizes"]), dtype)
    expected = F.unfold(torch64(x), case["kernel"], case["dilation"], case["padding"], case["stride"]).numpy()
    if case["unbatched"]:
        x, expected = x[0], expected[0]
    y = ivy.unfold(
        ivy_in(x, dtype),
        compact(case["kernel"]),
        dilation=compact(case["dilation"]),
        padding=compact(case["padding"]),
        stride=compact(case["stride"]),
    )
    assert_close("unfold", y, expected, dtype)


@pytest.mark.parametrize("backend", BACKENDS)
def test_unfold(backend):
    run_examples(backend, unfold_cases(), check_unfold)


# -- gradients -------------------------------------------------------------------------------

# (name, input shapes, ivy function, torch function): the same computation on both sides.
GRADIENT_CASES = [
    (
        "conv2d",
        [(2, 4, 7, 6), (6, 2, 3, 2), (6,)],
        lambda x, w, b: ivy.nn.conv2d(x, w, b, stride=(2, 1), padding=((1, 0), (2, 1)), dilation=(1, 2), groups=2),
        lambda x, w, b: F.conv2d(F.pad(x, (2, 1, 1, 0)), w, b, (2, 1), 0, (1, 2), 2),
    ),
    (
        "conv1d same",
        [(2, 3, 9), (4, 3, 4)],
        lambda x, w: ivy.nn.conv1d(x, w, padding="SAME", dilation=2),
        lambda x, w: F.conv1d(x, w, padding="same", dilation=2),
    ),
    (
        "conv3d channels_last",
        [(1, 4, 3, 5, 2), (2, 2, 2, 1, 2)],
        lambda x, w: ivy.nn.conv3d(x, w, None, stride=(1, 2, 1), padding=1, channels_last=True),
        lambda x, w: F.conv3d(x.permute(0, 4, 1, 2, 3), w, None, (1, 2, 1), 1).permute(0, 2, 3, 4, 1),
    ),
    (
        "conv_transpose2d",
        [(2, 4, 4, 3), (4, 3, 3, 2), (6,)],
        lambda x, w, b: ivy.nn.conv_transpose2d(
            x, w, b, stride=(2, 3), padding=(1, 0), output_padding=(1, 2), dilation=(2, 1), groups=2
        ),
        lambda x, w, b: F.conv_transpose2d(x, w, b, (2, 3), (1, 0), (1, 2), 2, (2, 1)),
    ),
    (
        "max_pool2d",
        [(2, 3, 7, 8)],
        lambda x: ivy.nn.max_pool(x, (3, 2), stride=(2, 1), padding=(1, 1), dilation=(1, 2), ceil_mode=True),
        lambda x: F.max_pool2d(x, (3, 2), (2, 1), (1, 1), (1, 2), ceil_mode=True),
    ),
    (
        "max_pool2d tiled",
        [(2, 3, 6, 7)],
        lambda x: ivy.nn.max_pool(x, 2),
        lambda x: F.max_pool2d(x, 2),
    ),
    (
        "avg_pool2d",
        [(2, 3, 7, 8)],
        lambda x: ivy.nn.avg_pool(x, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
        lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False),
    ),
    (
        "adaptive_avg_pool2d",
        [(2, 3, 7, 9)],
        lambda x: ivy.nn.adaptive_avg_pool(x, (3, 4)),
        lambda x: F.adaptive_avg_pool2d(x, (3, 4)),
    ),
    (
        "adaptive_max_pool2d",
        [(2, 3, 7, 9)],
        lambda x: ivy.nn.adaptive_max_pool(x, (3, 4)),
        lambda x: F.adaptive_max_pool2d(x, (3, 4)),
    ),
    (
        "interpolate bilinear",
        [(2, 3, 5, 4)],
        lambda x: ivy.nn.interpolate(x, (7, 3), mode="bilinear"),
        lambda x: F.interpolate(x, (7, 3), mode="bilinear"),
    ),
    (
        "interpolate bicubic",
        [(2, 3, 5, 4)],
        lambda x: ivy.nn.interpolate(x, scale_factor=1.5, mode="bicubic", align_corners=True),
        lambda x: F.interpolate(x, scale_factor=1.5, mode="bicubic", align_corners=True),
    ),
    (
        "interpolate nearest",
        [(2, 3, 5, 4)],
        lambda x: ivy.nn.interpolate(x, (7, 3)),
        lambda x: F.interpolate(x, (7, 3)),
    ),
    (
        "pad reflect",
        [(2, 3, 5, 4)],
        lambda x: ivy.pad(x, ((0, 0), (0, 0), (2, 1), (3, 0)), mode="reflect"),
        lambda x: F.pad(x, (3, 0, 2, 1), mode="reflect"),
    ),
    (
        "unfold",
        [(2, 3, 6, 5)],
        lambda x: ivy.unfold(x, (2, 3), dilation=(2, 1), padding=1, stride=(1, 2)),
        lambda x: F.unfold(x, (2, 3), (2, 1), 1, (1, 2)),
    ),
]


def torch_gradients(shapes, torch_function, seed=0):
    inputs = [torch64(data(seed + i, shape, "float64")).requires_grad_(True) for i, shape in enumerate(shapes)]
    out = torch_function(*inputs)
    cotangent = torch64(data(seed + 99, tuple(out.shape), "float64"))
    (out * cotangent).sum().backward()
    return inputs, cotangent, [t.grad.numpy() for t in inputs]


@pytest.mark.parametrize("backend", NATIVE_AUTODIFF)
@pytest.mark.parametrize("case", GRADIENT_CASES, ids=[c[0] for c in GRADIENT_CASES])
def test_gradients(backend, case):
    name, shapes, ivy_function, torch_function = case
    inputs, cotangent, expected = torch_gradients(shapes, torch_function)
    with ivy.using_backend(backend):
        if backend == "torch":
            leaves = [t.detach().clone().requires_grad_(True) for t in inputs]
            out = ivy.to_native(ivy_function(*leaves))  # native tensors in, autograd through every call
            (out * cotangent).sum().backward()
            grads = [t.grad.numpy() for t in leaves]
        else:
            import jax
            import jax.numpy as jnp

            with jax.enable_x64(True):
                arrays = [jnp.asarray(t.detach().numpy()) for t in inputs]
                weights = jnp.asarray(cotangent.numpy())

                def loss(*args):
                    return jnp.sum(ivy.to_native(ivy_function(*args)) * weights)

                grads = jax.jit(jax.grad(loss, argnums=tuple(range(len(arrays)))))(*arrays)
                grads = [np.asarray(g) for g in grads]
    for actual, wanted in zip(grads, expected):
        assert_close(f"grad {name.split()[0]}", actual, wanted, "float64")


@pytest.mark.parametrize("backend", DIFFERENTIABLE)
@pytest.mark.parametrize(
    "case",
    [c for c in GRADIENT_CASES if c[0] in ("conv2d", "conv_transpose2d", "max_pool2d", "interpolate bicubic")],
    ids=lambda c: c[0],
)
def test_gradients_through_ivy_grad(backend, case):
    """The same gradients through Ivy's own ``ivy.grad`` (under ``ivy.jit`` on jax, whose eager
    differentiation compiles every operation; not on torch, where ``torch.compile`` takes minutes)."""
    name, shapes, ivy_function, torch_function = case
    inputs, cotangent, expected = torch_gradients(shapes, torch_function)
    with ivy.using_backend(backend):
        arrays = [ivy.asarray(t.detach().numpy()) for t in inputs]
        weights = ivy.asarray(cotangent.numpy())

        def loss(*args):
            return ivy.sum(ivy_function(*args) * weights)

        gradient = ivy.grad(loss, argnums=tuple(range(len(arrays))))
        grads = (ivy.jit(gradient) if backend == "jax" else gradient)(*arrays)
        for actual, wanted in zip(grads, expected):
            assert_close(f"grad {name.split()[0]}", as_numpy(actual), wanted, "float64")


# -- argument validation ------------------------------------------------------------------------


def _x(*shape):
    return ivy.asarray(np.zeros(shape))


ERROR_CASES = [
    (
        lambda: ivy.nn.conv2d(_x(1, 4, 5, 5), _x(2, 4, 3)),
        ivy.IvyValueError,
        ["ivy.nn.conv2d", "'weight'", "4-d"],
    ),
    (
        lambda: ivy.nn.conv2d(_x(4, 5), _x(2, 4, 3, 3)),
        ivy.IvyValueError,
        ["ivy.nn.conv2d", "'x'"],
    ),
    (
        lambda: ivy.nn.conv2d(_x(1, 4, 5, 5), _x(2, 4, 3, 3), groups=2),
        ivy.IvyValueError,
        ["ivy.nn.conv2d", "groups"],
    ),
    (
        lambda: ivy.nn.conv2d(_x(1, 3, 5, 5), _x(2, 1, 3, 3), groups=2),
        ivy.IvyValueError,
        ["ivy.nn.conv2d", "divisible by groups"],
    ),
    (
        lambda: ivy.nn.conv1d(_x(1, 2, 4), _x(3, 2, 6)),
        ivy.IvyValueError,
        ["ivy.nn.conv1d", "larger than the padded input"],
    ),
    (
        lambda: ivy.nn.conv1d(_x(1, 2, 4), _x(3, 2, 2), padding="full"),
        ivy.IvyValueError,
        ["ivy.nn.conv1d", "'padding'", "'SAME'"],
    ),
    (
        lambda: ivy.nn.conv1d(_x(1, 2, 4), _x(3, 2, 2), stride=0),
        ivy.IvyValueError,
        ["ivy.nn.conv1d", "'stride'", ">= 1"],
    ),
    (
        lambda: ivy.nn.conv1d(_x(1, 2, 4), _x(3, 2, 2), stride=(1, 2)),
        ivy.IvyValueError,
        ["ivy.nn.conv1d", "'stride'"],
    ),
    (
        lambda: ivy.nn.conv1d(_x(1, 2, 4), _x(3, 2, 2), _x(2)),
        ivy.IvyValueError,
        ["ivy.nn.conv1d", "'bias'", "(3,)"],
    ),
    (
        lambda: ivy.nn.conv2d(ivy.asarray(np.zeros((1, 1, 3, 3), dtype=np.int64)), _x(1, 1, 1, 1)),
        ivy.IvyTypeError,
        ["ivy.nn.conv2d", "'x'", "int64"],
    ),
    (
        lambda: ivy.nn.depthwise_conv2d(_x(1, 3, 5, 5), _x(4, 1, 3, 3)),
        ivy.IvyValueError,
        ["ivy.nn.depthwise_conv2d", "'weight'"],
    ),
    (
        lambda: ivy.nn.conv_transpose1d(_x(1, 2, 4), _x(2, 3, 3), stride=2, output_padding=2),
        ivy.IvyValueError,
        ["ivy.nn.conv_transpose1d", "'output_padding'"],
    ),
    (
        lambda: ivy.nn.conv_transpose1d(_x(1, 2, 4), _x(3, 3, 3)),
        ivy.IvyValueError,
        ["ivy.nn.conv_transpose1d", "'weight'"],
    ),
    (
        lambda: ivy.nn.max_pool(_x(1, 1, 5, 5), 3, padding=2),
        ivy.IvyValueError,
        ["ivy.nn.max_pool", "'padding'", "half"],
    ),
    (
        lambda: ivy.nn.avg_pool(_x(1, 1, 2, 5), 3),
        ivy.IvyValueError,
        ["ivy.nn.avg_pool", "larger than the padded input"],
    ),
    (
        lambda: ivy.nn.max_pool(_x(5), 2),
        ivy.IvyValueError,
        ["ivy.nn.max_pool", "'x'", "kernel_size"],
    ),
    (
        lambda: ivy.nn.adaptive_avg_pool(_x(1, 1, 5), 0),
        ivy.IvyValueError,
        ["ivy.nn.adaptive_avg_pool", "'output_size'"],
    ),
    (
        lambda: ivy.nn.interpolate(_x(1, 1, 5), 3, scale_factor=2.0),
        ivy.IvyValueError,
        ["ivy.nn.interpolate", "'size'", "'scale_factor'"],
    ),
    (
        lambda: ivy.nn.interpolate(_x(1, 1, 5), 3, mode="bilinear"),
        ivy.IvyValueError,
        ["ivy.nn.interpolate", "'bilinear'"],
    ),
    (
        lambda: ivy.nn.interpolate(_x(1, 1, 5), 3, mode="area"),
        ivy.IvyValueError,
        ["ivy.nn.interpolate", "'mode'"],
    ),
    (
        lambda: ivy.pad(_x(3, 3), ((1, 1), (1, 1), (1, 1))),
        ivy.IvyValueError,
        ["ivy.pad", "'pad_width'"],
    ),
    (
        lambda: ivy.pad(_x(3, 3), -1),
        ivy.IvyValueError,
        ["ivy.pad", "'pad_width'", "non-negative"],
    ),
    (
        lambda: ivy.pad(_x(3, 3), 1, mode="mirror"),
        ivy.IvyValueError,
        ["ivy.pad", "'mode'"],
    ),
    (
        lambda: ivy.pad(_x(0, 3), 1, mode="reflect"),
        ivy.IvyValueError,
        ["ivy.pad", "empty axis"],
    ),
    (
        lambda: ivy.unfold(_x(1, 5), 2),
        ivy.IvyValueError,
        ["ivy.unfold", "'x'", "4-d"],
    ),
    (
        lambda: ivy.unfold(_x(1, 1, 5, 5), 2, stride=1.5),
        ivy.IvyTypeError,
        ["ivy.unfold", "'stride'"],
    ),
    (
        lambda: ivy.nn.conv2d([[1.0]], _x(1, 1, 1, 1)),
        ivy.IvyTypeError,
        ["ivy.nn.conv2d", "'x'"],
    ),
]


@pytest.mark.parametrize("backend", BACKENDS)
def test_argument_errors(backend):
    """The composites' messages name the function, the argument and what was expected.

    Where a backend binds a native kernel instead, its error is the backend's,
    re-raised by the core: only the function's name in the message is checked.
    """
    from ivy import _dispatch

    with ivy.using_backend(backend):
        composed = _dispatch.ops().composed
        for make, error, fragments in ERROR_CASES:
            hook = fragments[0].removeprefix("ivy.").replace(".", "_")
            native = hook not in composed
            with pytest.raises(Exception if native else error) as info:
                make()
            message = str(info.value)
            for fragment in fragments[:1] if native else fragments:
                assert fragment in message, f"{fragment!r} not in {message!r}"
