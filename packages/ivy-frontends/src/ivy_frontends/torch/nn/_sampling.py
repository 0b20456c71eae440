# ruff: noqa: A002, E501 - long lines are torch's error messages; torch's own argument names (input)
"""Spatial sampling of ``torch.nn.functional``: ``affine_grid`` and ``grid_sample`` (2-D images).

Sampling grids hold normalised coordinates in ``[-1, 1]`` (``x`` across the width first, then
``y``); ``align_corners`` says whether -1 and 1 are the centres of the corner pixels (True) or
their outer edges (False), as in torch. Values are read with a gather over the flattened image,
so the same code runs on every backend.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import arr

_MODES = ("bilinear", "nearest")
_PADDINGS = ("zeros", "border", "reflection")


def _base_coordinates(size: int, align_corners: bool, dtype: Any) -> Any:
    """Normalised coordinates of ``size`` pixel centres."""
    if align_corners:
        return ivy.linspace(-1.0, 1.0, num=size, dtype=dtype) if size > 1 else ivy.zeros((1,), dtype=dtype)
    return (ivy.astype(ivy.arange(size), dtype) * 2.0 + 1.0) / size - 1.0


def affine_grid(theta: Any, size: Any, align_corners: Any = None) -> Tensor:
    """The sampling grid ``(N, H, W, 2)`` of the 2-D affine maps ``theta`` ``(N, 2, 3)`` for an output of ``size``."""
    t = arr(theta, "affine_grid", "theta")
    size = tuple(int(s) for s in size)
    if len(size) != 4:
        raise NotImplementedError(
            f"torch.nn.functional.affine_grid: only 2-D grids (size of length 4, N C H W) are supported, got size {list(size)}"
        )
    n, _, h, w = size
    if t.dtype.kind != "f":
        raise ValueError(
            f"torch.nn.functional.affine_grid: expected theta to have floating point type, but got {t.dtype.name}"
        )
    if t.ndim != 3 or tuple(t.shape[1:]) != (2, 3) or t.shape[0] != n:
        raise ValueError(
            f"torch.nn.functional.affine_grid: Expected a batch of 2D affine matrices of shape Nx2x3 for size {list(size)}. Got {list(t.shape)}."
        )
    corners = bool(align_corners)
    xs = _base_coordinates(w, corners, t.dtype)
    ys = _base_coordinates(h, corners, t.dtype)
    gy, gx = ivy.meshgrid(ys, xs, indexing="ij")
    base = ivy.stack([gx, gy, ivy.ones_like(gx)], axis=-1)  # (H, W, 3)
    grid = ivy.matmul(ivy.reshape(base, (1, h * w, 3)), ivy.permute_dims(t, (0, 2, 1)))  # (N, H W, 2)
    return wrap(ivy.reshape(grid, (n, h, w, 2)))


def _reflect(coord: Any, twice_low: int, twice_high: int) -> Any:
    """Fold ``coord`` back into ``[twice_low / 2, twice_high / 2]`` by reflecting at its ends."""
    if twice_low == twice_high:
        return ivy.zeros_like(coord)
    low = twice_low / 2
    span = (twice_high - twice_low) / 2
    distance = ivy.abs(coord - low)
    extra = ivy.remainder(distance, span)
    flips = ivy.floor(distance / span)
    even = ivy.equal(ivy.remainder(flips, 2.0), 0.0)
    return ivy.where(even, extra + low, span - extra + low)


def _source_index(coord: Any, size: int, padding_mode: str, align_corners: bool) -> Any:
    """Normalised coordinates as (fractional) pixel indices, with the padding mode's folding or clamping."""
    if align_corners:
        index = (coord + 1.0) / 2.0 * (size - 1)
    else:
        index = ((coord + 1.0) * size - 1.0) / 2.0
    if padding_mode == "border":
        index = ivy.clip(index, 0.0, float(size - 1))
    elif padding_mode == "reflection":
        index = _reflect(index, 0, 2 * (size - 1)) if align_corners else _reflect(index, -1, 2 * size - 1)
        index = ivy.clip(index, 0.0, float(size - 1))
    return index


def _gather(flat: Any, iy: Any, ix: Any, h: int, w: int) -> tuple[Any, Any]:
    """``flat[n, c, iy * w + ix]`` (``(N, C, Ho, Wo)``) and where the integer indices fall inside the image."""
    n, c, _ = flat.shape
    inside = ivy.logical_and(
        ivy.logical_and(ivy.greater_equal(iy, 0), ivy.less(iy, h)),
        ivy.logical_and(ivy.greater_equal(ix, 0), ivy.less(ix, w)),
    )
    index = ivy.clip(iy, 0, h - 1) * w + ivy.clip(ix, 0, w - 1)  # (N, Ho, Wo)
    ho, wo = index.shape[1], index.shape[2]
    index = ivy.broadcast_to(ivy.reshape(index, (n, 1, ho * wo)), (n, c, ho * wo))
    values = ivy.reshape(ivy.take_along_axis(flat, index, axis=2), (n, c, ho, wo))
    return values, ivy.expand_dims(inside, axis=1)


def grid_sample(
    input: Any, grid: Any, mode: str = "bilinear", padding_mode: str = "zeros", align_corners: Any = None
) -> Tensor:
    """Sample ``input`` ``(N, C, H, W)`` at the normalised points of ``grid`` ``(N, Ho, Wo, 2)``."""
    x, g = arr(input, "grid_sample"), arr(grid, "grid_sample", "grid")
    if mode not in _MODES:
        if mode == "bicubic":
            raise NotImplementedError("torch.nn.functional.grid_sample: mode='bicubic' is not supported yet")
        raise ValueError(
            f"torch.nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', but got: '{mode}'"
        )
    if padding_mode not in _PADDINGS:
        raise ValueError(
            f"torch.nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or 'reflection', but got: '{padding_mode}'"
        )
    if x.ndim != 4:
        raise NotImplementedError(
            f"torch.nn.functional.grid_sample: only 4-D input (N, C, H, W) is supported, got {x.ndim}-D"
        )
    if g.ndim != 4 or g.shape[-1] != 2 or g.shape[0] != x.shape[0]:
        raise RuntimeError(
            f"torch.nn.functional.grid_sample: expected grid of shape (N, H_out, W_out, 2) with N={x.shape[0]}, but got {list(g.shape)}"
        )
    if x.dtype != g.dtype:
        raise RuntimeError(
            f"torch.nn.functional.grid_sample(): expected input and grid to have same dtype, but input has {x.dtype.name} and grid has {g.dtype.name}"
        )
    corners = bool(align_corners)
    n, c, h, w = x.shape
    fx = _source_index(g[..., 0], w, padding_mode, corners)
    fy = _source_index(g[..., 1], h, padding_mode, corners)
    flat = ivy.reshape(x, (n, c, h * w))
    if mode == "nearest":
        values, inside = _gather(flat, ivy.astype(ivy.round(fy), ivy.int64), ivy.astype(ivy.round(fx), ivy.int64), h, w)
        return wrap(ivy.where(inside, values, ivy.zeros_like(values)))
    x0, y0 = ivy.floor(fx), ivy.floor(fy)
    wx1, wy1 = fx - x0, fy - y0
    wx0, wy0 = 1.0 - wx1, 1.0 - wy1
    ix0, iy0 = ivy.astype(x0, ivy.int64), ivy.astype(y0, ivy.int64)
    result = None
    for iy, wy in ((iy0, wy0), (iy0 + 1, wy1)):
        for ix, wx in ((ix0, wx0), (ix0 + 1, wx1)):
            values, inside = _gather(flat, iy, ix, h, w)
            term = ivy.where(inside, values * ivy.expand_dims(wy * wx, axis=1), ivy.zeros_like(values))
            result = term if result is None else result + term
    return wrap(result)


FUNCTIONS: dict[str, Callable[..., Any]] = {"affine_grid": affine_grid, "grid_sample": grid_sample}
