"""``tf.image``: ``resize`` (bilinear, nearest with TF2's half-pixel centres) and a few helpers."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared import signatures as _sg
from ivy_frontends.tensorflow._tensor import Tensor, as_tensor


def _nearest_index(n_in: int, n_out: int) -> Any:
    scale = n_in / n_out
    idx = ivy.floor(
        ivy.multiply(
            ivy.add(ivy.arange(n_out, dtype=ivy.float64), ivy.asarray(0.5, dtype=ivy.float64)),
            ivy.asarray(scale, dtype=ivy.float64),
        )
    )
    return ivy.minimum(ivy.astype(idx, ivy.int64), ivy.asarray(n_in - 1, dtype=ivy.int64))


def _resize(images: Any, size: Any, method: str, antialias: bool) -> Tensor:
    """tf.image.resize of ``(N, H, W, C)`` or ``(H, W, C)`` images: float32 for bilinear, same dtype for nearest."""
    t = as_tensor(images)
    a = t._ivy
    single = t.ndim == 3
    if single:
        a = ivy.expand_dims(a, axis=0)
    h, w = (int(v) for v in (size.numpy().tolist() if isinstance(size, Tensor) else size))
    method = getattr(method, "value", method)
    if method == "nearest":
        a = ivy.take(a, _nearest_index(a.shape[1], h), axis=1)
        a = ivy.take(a, _nearest_index(a.shape[2], w), axis=2)
    elif method == "bilinear":
        if antialias and (h < a.shape[1] or w < a.shape[2]):
            raise NotImplementedError("tf.image.resize: antialias=True when downsampling is not emulated")
        if not ivy.isdtype(a.dtype, "real floating") or a.dtype is not ivy.float32:
            a = ivy.astype(a, ivy.float32)
        a = ivy.nn.interpolate(a, (h, w), mode="bilinear", align_corners=False, channels_last=True)
    else:
        raise NotImplementedError(f"tf.image.resize: method {method!r} is not emulated")
    return Tensor(ivy.squeeze(a, 0) if single else a)


_RESIZE = _sg.params("images", "size", method="bilinear", preserve_aspect_ratio=False, antialias=False, name=None)
resize = _sg.signed("resize", _RESIZE, _resize)


class ResizeMethod:
    """tf.image.ResizeMethod names."""

    BILINEAR = "bilinear"
    NEAREST_NEIGHBOR = "nearest"


def flip_left_right(image: Any) -> Tensor:
    """tf.image.flip_left_right."""
    t = as_tensor(image)
    return Tensor(ivy.flip(t._ivy, axis=t.ndim - 2))


def flip_up_down(image: Any) -> Tensor:
    """tf.image.flip_up_down."""
    t = as_tensor(image)
    return Tensor(ivy.flip(t._ivy, axis=t.ndim - 3))


def rgb_to_grayscale(images: Any, name: str | None = None) -> Tensor:
    """tf.image.rgb_to_grayscale (ITU-R 601 weights)."""
    a = as_tensor(images)._ivy
    w = ivy.asarray([0.2989, 0.5870, 0.1140], dtype=a.dtype)
    return Tensor(ivy.expand_dims(ivy.sum(ivy.multiply(a, w), axis=-1), axis=-1))
