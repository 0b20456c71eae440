"""kornia transpiled as a whole library, lazily, to JAX and TensorFlow: a panel of its filters, colour
conversions, geometry, features, enhancement and morphology functions against kornia itself in torch."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import kornia
import numpy as np
import pytest
import tensorflow as tf
import torch
from conftest import as_numpy

import ivy_transpiler

TARGETS = ["jax", "tensorflow"]
SHAPE = (1, 3, 10, 12)


def _image(g: torch.Generator) -> torch.Tensor:
    return torch.rand(SHAPE, generator=g)


def _hsv(g: torch.Generator) -> torch.Tensor:
    x = torch.rand(SHAPE, generator=g)
    return torch.cat([x[:, :1] * 2 * torch.pi, x[:, 1:]], dim=1)


def _lab(g: torch.Generator) -> torch.Tensor:
    x = torch.rand(SHAPE, generator=g)
    return torch.cat([x[:, :1] * 100, x[:, 1:] * 100 - 50], dim=1)


def _angle(g: torch.Generator, n: int = 1) -> torch.Tensor:
    return torch.rand(n, generator=g) * 360 - 180


def _affine(g: torch.Generator) -> torch.Tensor:
    return torch.eye(2, 3)[None] + 0.2 * torch.randn(1, 2, 3, generator=g)


def _homography(g: torch.Generator) -> torch.Tensor:
    h = torch.eye(3)[None] + 0.05 * torch.randn(1, 3, 3, generator=g)
    h[:, 2, :2] *= 0.02
    return h


#: name -> (attribute path under kornia, inputs from a torch.Generator, keyword arguments)
PANEL = {
    # filters
    "filters.gaussian_blur2d": (lambda g: (_image(g), (5, 5), (1.5, 1.2)), {}),
    "filters.box_blur": (lambda g: (_image(g), (3, 3)), {}),
    "filters.median_blur": (lambda g: (_image(g), (3, 3)), {}),
    "filters.sobel": (lambda g: (_image(g),), {}),
    "filters.laplacian": (lambda g: (_image(g), 3), {}),
    "filters.spatial_gradient": (lambda g: (_image(g),), {}),
    "filters.unsharp_mask": (lambda g: (_image(g), (3, 3), (1.0, 1.0)), {}),
    "filters.bilateral_blur": (lambda g: (_image(g), (3, 3), 0.1, (1.5, 1.5)), {}),
    "filters.motion_blur": (lambda g: (_image(g), 5, 30.0, 0.5), {}),
    "filters.canny": (lambda g: (_image(g),), {"hysteresis": False}),
    "filters.filter2d": (lambda g: (_image(g), torch.rand(1, 3, 3, generator=g)), {"border_type": "replicate"}),
    "filters.guided_blur": (lambda g: (_image(g), _image(g), 3, 0.1), {}),
    "filters.blur_pool2d": (lambda g: (_image(g), 3), {}),
    "filters.max_blur_pool2d": (lambda g: (_image(g), 3), {}),
    "feature.harris_response": (lambda g: (_image(g),), {}),
    "feature.gftt_response": (lambda g: (_image(g),), {}),
    "feature.hessian_response": (lambda g: (_image(g),), {}),
    # colour
    "color.rgb_to_grayscale": (lambda g: (_image(g),), {}),
    "color.rgb_to_hsv": (lambda g: (_image(g),), {}),
    "color.hsv_to_rgb": (lambda g: (_hsv(g),), {}),
    "color.rgb_to_hls": (lambda g: (_image(g),), {}),
    "color.rgb_to_ycbcr": (lambda g: (_image(g),), {}),
    "color.ycbcr_to_rgb": (lambda g: (_image(g),), {}),
    "color.rgb_to_yuv": (lambda g: (_image(g),), {}),
    "color.rgb_to_xyz": (lambda g: (_image(g),), {}),
    "color.rgb_to_lab": (lambda g: (_image(g),), {}),
    "color.lab_to_rgb": (lambda g: (_lab(g),), {}),
    "color.rgb_to_luv": (lambda g: (_image(g),), {}),
    "color.rgb_to_linear_rgb": (lambda g: (_image(g),), {}),
    "color.bgr_to_rgb": (lambda g: (_image(g),), {}),
    "color.sepia": (lambda g: (_image(g),), {}),
    "color.raw_to_rgb": (lambda g: (_image(g)[:, :1], kornia.color.CFA.BG), {}),
    # geometry
    "geometry.transform.rotate": (lambda g: (_image(g), _angle(g)), {}),
    "geometry.transform.warp_affine": (lambda g: (_image(g), _affine(g), (8, 9)), {"align_corners": True}),
    "geometry.transform.warp_perspective": (lambda g: (_image(g), _homography(g), (10, 12)), {}),
    "geometry.transform.resize": (lambda g: (_image(g), (7, 15)), {}),
    "geometry.transform.rescale": (lambda g: (_image(g), 0.5), {}),
    "geometry.transform.hflip": (lambda g: (_image(g),), {}),
    "geometry.transform.vflip": (lambda g: (_image(g),), {}),
    "geometry.transform.rot180": (lambda g: (_image(g),), {}),
    "geometry.transform.pyrdown": (lambda g: (_image(g),), {}),
    "geometry.transform.pyrup": (lambda g: (_image(g),), {}),
    "geometry.transform.translate": (lambda g: (_image(g), torch.randn(1, 2, generator=g) * 2), {}),
    "geometry.transform.scale": (lambda g: (_image(g), 1 + 0.3 * torch.rand(1, 2, generator=g)), {}),
    "geometry.transform.shear": (lambda g: (_image(g), 0.2 * torch.randn(1, 2, generator=g)), {}),
    "geometry.transform.center_crop": (lambda g: (_image(g), (6, 8)), {}),
    "geometry.transform.crop_and_resize": (
        lambda g: (
            _image(g),
            torch.tensor([[[1.0, 1.0], [9.0, 1.0], [9.0, 7.0], [1.0, 7.0]]]) + torch.rand(1, 1, 2, generator=g),
            (6, 5),
        ),
        {},
    ),
    "geometry.transform.remap": (
        lambda g: (_image(g), torch.rand(1, 10, 12, generator=g) * 11, torch.rand(1, 10, 12, generator=g) * 9),
        {"align_corners": True},
    ),
    "geometry.transform.elastic_transform2d": (
        lambda g: (_image(g), torch.rand(1, 2, *SHAPE[2:], generator=g) * 2 - 1),
        {},
    ),
    "geometry.transform.get_rotation_matrix2d": (
        lambda g: (torch.rand(2, 2, generator=g) * 10, _angle(g, 2), 1 + torch.rand(2, 2, generator=g)),
        {},
    ),
    "geometry.conversions.axis_angle_to_rotation_matrix": (lambda g: (torch.randn(4, 3, generator=g),), {}),
    # enhancement, morphology, metrics
    "enhance.adjust_brightness": (lambda g: (_image(g), 0.2), {}),
    "enhance.adjust_contrast": (lambda g: (_image(g), 0.6), {}),
    "enhance.adjust_gamma": (lambda g: (_image(g), 2.2), {}),
    "enhance.adjust_saturation": (lambda g: (_image(g), 1.5), {}),
    "enhance.adjust_hue": (lambda g: (_image(g), 0.3), {}),
    "enhance.sharpness": (lambda g: (_image(g), 0.5), {}),
    "enhance.solarize": (lambda g: (_image(g), 0.4), {}),
    "enhance.denormalize": (lambda g: (_image(g), torch.tensor([0.4, 0.5, 0.6]), torch.tensor([0.2, 0.3, 0.25])), {}),
    "losses.total_variation": (lambda g: (_image(g),), {}),
    "enhance.normalize": (lambda g: (_image(g), torch.tensor([0.4, 0.5, 0.6]), torch.tensor([0.2, 0.3, 0.25])), {}),
    "morphology.dilation": (lambda g: (_image(g), torch.ones(3, 3)), {}),
    "morphology.erosion": (lambda g: (_image(g), torch.ones(3, 3)), {}),
    "morphology.opening": (lambda g: (_image(g), torch.ones(3, 3)), {}),
    "morphology.gradient": (lambda g: (_image(g), torch.ones(3, 3)), {}),
    "metrics.ssim": (lambda g: (_image(g), _image(g), 5), {}),
    "metrics.psnr": (lambda g: (_image(g), _image(g), 1.0), {}),
}


#: On JAX, every new shape compiles each operation the trace runs (about a second per function), so JAX
#: runs a subset covering each group and every operation added to the frontend for kornia; TensorFlow runs all.
JAX_PANEL = [
    "filters.gaussian_blur2d",
    "filters.median_blur",
    "filters.sobel",
    "filters.laplacian",
    "filters.bilateral_blur",
    "filters.canny",
    "color.rgb_to_grayscale",
    "color.rgb_to_hsv",
    "color.hsv_to_rgb",
    "color.rgb_to_ycbcr",
    "color.rgb_to_lab",
    "geometry.transform.rotate",
    "geometry.transform.warp_affine",
    "geometry.transform.resize",
    "geometry.transform.hflip",
    "geometry.transform.pyrdown",
    "enhance.adjust_contrast",
    "enhance.adjust_hue",
    "morphology.dilation",
    "metrics.psnr",
]
CASES = [("jax", n) for n in JAX_PANEL] + [("tensorflow", n) for n in sorted(PANEL)]


def _get(root, path: str):
    for part in path.split("."):
        root = getattr(root, part)
    return root


def _to_target(value, target: str):
    """A torch tensor as the target's own array (other arguments as they are)."""
    if not isinstance(value, torch.Tensor):
        return value
    data = value.numpy()
    return jnp.asarray(data) if target == "jax" else tf.constant(data)


def _assert_matches(actual, expected, target: str) -> None:
    """Same structure; each array the target's own, equal to torch's within float32 tolerance."""
    if isinstance(expected, (tuple, list)):
        assert isinstance(actual, (tuple, list)) and len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            _assert_matches(a, e, target)
        return
    assert isinstance(actual, jax.Array if target == "jax" else tf.Tensor), type(actual)
    e = expected.detach().numpy()
    a = as_numpy(actual)
    assert a.shape == e.shape and a.dtype == e.dtype
    scale = max(1.0, float(np.abs(e).max(initial=0.0)))
    np.testing.assert_allclose(a, e, rtol=1e-4, atol=2e-5 * scale)


@pytest.fixture(scope="module")
def libraries():
    """kornia transpiled lazily to each target (one per module, so the functions' caches are shared)."""
    return {t: ivy_transpiler.transpile(kornia, source="torch", target=t) for t in TARGETS}


@pytest.mark.parametrize("target, name", CASES, ids=[f"{t}-{n}" for t, n in CASES])
def test_kornia_function_matches_torch(libraries, target, name):
    make, kwargs = PANEL[name]
    lazy = _get(libraries[target], name)
    native = _get(kornia, name)
    for seed in (0, 1):  # the first call transpiles on its inputs; the second reuses the graph on fresh ones
        inputs = make(torch.Generator().manual_seed(seed))
        expected = native(*inputs, **kwargs)
        actual = lazy(*[_to_target(v, target) for v in inputs], **kwargs)
        _assert_matches(actual, expected, target)
        if seed == 0:
            transpiled = lazy.transpiled
    assert lazy.transpiled is transpiled  # transpiled once, then cached


def test_lazy_library_walks_and_caches():
    klib = ivy_transpiler.transpile(kornia, target="jax")  # the source is inferred from what kornia imports
    assert klib.source == "torch" and klib.target == "jax"
    assert "kornia (torch -> jax): 0 transpiled" in repr(klib)
    blur = klib.filters.gaussian_blur2d
    assert blur is klib.filters.gaussian_blur2d and blur.transpiled is None
    assert "kornia.filters.gaussian_blur2d" in repr(blur) and "first call" in repr(blur)
    assert klib.geometry.transform.rotate is not blur and "rotate" in dir(klib.geometry.transform)
    image = torch.rand(1, 3, 8, 8)
    out = blur(jnp.asarray(image.numpy()), (3, 3), (1.0, 1.0))
    _assert_matches(out, kornia.filters.gaussian_blur2d(image, (3, 3), (1.0, 1.0)), "jax")
    assert blur.transpiled is not None and "1 transpiled" in repr(klib)
    # a new shape retraces the same transpiled function; jax.jit works on it
    image = torch.rand(2, 3, 5, 6)
    jitted = jax.jit(lambda x: blur(x, (3, 3), (1.0, 1.0)))
    _assert_matches(
        jitted(jnp.asarray(image.numpy())), kornia.filters.gaussian_blur2d(image, (3, 3), (1.0, 1.0)), "jax"
    )
    # constants, modules the library imports and plain classes pass through
    assert klib.constants.pi is kornia.constants.pi
    assert klib.filters.blur.torch is torch
    with pytest.raises(AttributeError, match=r"'kornia.filters' has no attribute 'no_such_filter'"):
        klib.filters.no_such_filter


@pytest.mark.parametrize("target", TARGETS)
def test_lazy_class_gives_the_transpiled_module(target):
    klib = ivy_transpiler.transpile(kornia, source="torch", target=target)
    blur = klib.filters.GaussianBlur2d((5, 5), (1.5, 1.5))
    assert isinstance(blur.source_object, klib.filters.GaussianBlur2d) and blur.transpiled is None
    assert "GaussianBlur2d" in repr(blur)
    for seed in (0, 1):
        image = torch.rand(2, 3, 9, 7, generator=torch.Generator().manual_seed(seed))
        out = blur(_to_target(image, target))
        _assert_matches(out, kornia.filters.GaussianBlur2d((5, 5), (1.5, 1.5))(image), target)
    assert blur.transpiled is not None and "first call" not in repr(blur)


def test_library_arguments_are_checked():
    with pytest.raises(ValueError, match="takes no example inputs"):
        ivy_transpiler.transpile(kornia, target="jax", args=(torch.rand(1),))
    with pytest.raises(ValueError, match="output"):
        ivy_transpiler.transpile(kornia, target="jax", output="graph")
    with pytest.raises(ValueError, match="unknown target"):
        ivy_transpiler.transpile(kornia, target="no-such-framework")
