"""Normalisation layers: batch (running statistics as buffers), layer, group, RMS and instance."""

from __future__ import annotations

from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.layers._utils import check_input, with_batch
from ivy.stateful.module import Buffer, Module, Parameter


def _affine(module: Module, shape: tuple[int, ...], affine: bool, bias: bool, dtype: Any, device: Any) -> None:
    if affine:
        module.weight = Parameter(init=init.ones(), shape=shape, dtype=dtype, device=device)
    else:
        module.register_parameter("weight", None)
    if affine and bias:
        module.bias = Parameter(init=init.zeros(), shape=shape, dtype=dtype, device=device)
    else:
        module.register_parameter("bias", None)


class _BatchNorm(Module):
    _dims: tuple[int, ...] = ()

    def __init__(
        self,
        num_features: int,
        eps: float = 1e-5,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        _affine(self, (num_features,), affine, True, dtype, device)
        if track_running_stats:
            shape = (num_features,)
            self.running_mean = Buffer(init=init.zeros(), shape=shape, dtype=dtype, device=device)
            self.running_var = Buffer(init=init.ones(), shape=shape, dtype=dtype, device=device)
            self.num_batches_tracked = Buffer(init=init.zeros(), shape=(), dtype=ivy.int64, device=device)
        else:
            for name in ("running_mean", "running_var", "num_batches_tracked"):
                self.register_buffer(name, None)

    def forward(self, x: ivy.Array) -> ivy.Array:
        if x.ndim not in self._dims:
            check_input(type(self).__name__, x, self._dims[-1])
        if x.shape[1] != self.num_features:
            raise ivy.IvyValueError(
                f"ivy.layers.{type(self).__name__}: expected {self.num_features} channels on axis 1, "
                f"got shape {tuple(x.shape)}"
            )
        updating = self.training and self.track_running_stats
        momentum = 0.0 if self.momentum is None else self.momentum
        if updating:
            self.num_batches_tracked = self.num_batches_tracked + 1
            if self.momentum is None:  # a cumulative average
                momentum = 1.0 / ivy.astype(self.num_batches_tracked, x.dtype)
        out, running_mean, running_var = ivy.nn.batch_norm(
            x,
            self.running_mean,
            self.running_var,
            self.weight,
            self.bias,
            training=self.training or not self.track_running_stats,
            momentum=momentum,
            eps=self.eps,
        )
        if updating:
            self.running_mean = ivy.stop_gradient(running_mean)
            self.running_var = ivy.stop_gradient(running_var)
        return out

    def extra_repr(self) -> str:
        return (
            f"{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, "
            f"track_running_stats={self.track_running_stats}"
        )


class BatchNorm1d(_BatchNorm):
    """Batch normalisation of ``(N, C)`` or ``(N, C, L)`` inputs."""

    _dims = (2, 3)


class BatchNorm2d(_BatchNorm):
    """Batch normalisation of ``(N, C, H, W)`` inputs."""

    _dims = (4,)


class BatchNorm3d(_BatchNorm):
    """Batch normalisation of ``(N, C, D, H, W)`` inputs."""

    _dims = (5,)


class LayerNorm(Module):
    """Normalise over the trailing ``normalized_shape`` axes, then scale and shift."""

    def __init__(
        self,
        normalized_shape: int | tuple[int, ...],
        eps: float = 1e-5,
        elementwise_affine: bool = True,
        bias: bool = True,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.normalized_shape, self.eps, self.elementwise_affine = shape, eps, elementwise_affine
        _affine(self, shape, elementwise_affine, bias, dtype, device)

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.layer_norm(x, self.normalized_shape, self.weight, self.bias, eps=self.eps)

    def extra_repr(self) -> str:
        return f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}"


class RMSNorm(Module):
    """Divide by the root mean square over the trailing axes (eps: the dtype's epsilon by default), then scale."""

    def __init__(
        self,
        normalized_shape: int | tuple[int, ...],
        eps: float | None = None,
        elementwise_affine: bool = True,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.normalized_shape, self.eps, self.elementwise_affine = shape, eps, elementwise_affine
        _affine(self, shape, elementwise_affine, False, dtype, device)

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.rms_norm(x, self.normalized_shape, self.weight, eps=self.eps)

    def extra_repr(self) -> str:
        return f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}"


class GroupNorm(Module):
    """Normalise each of ``num_groups`` groups of channels over the group and the spatial axes."""

    def __init__(
        self,
        num_groups: int,
        num_channels: int,
        eps: float = 1e-5,
        affine: bool = True,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        if num_channels % num_groups:
            raise ivy.IvyValueError(
                f"ivy.layers.GroupNorm: num_channels={num_channels} is not divisible by num_groups={num_groups}"
            )
        self.num_groups, self.num_channels, self.eps, self.affine = num_groups, num_channels, eps, affine
        _affine(self, (num_channels,), affine, True, dtype, device)

    def forward(self, x: ivy.Array) -> ivy.Array:
        if x.ndim < 2 or x.shape[1] != self.num_channels:
            raise ivy.IvyValueError(
                f"ivy.layers.GroupNorm: expected {self.num_channels} channels on axis 1, got shape {tuple(x.shape)}"
            )
        return ivy.nn.group_norm(x, self.num_groups, self.weight, self.bias, eps=self.eps)

    def extra_repr(self) -> str:
        return f"{self.num_groups}, {self.num_channels}, eps={self.eps}, affine={self.affine}"


class _InstanceNorm(Module):
    _n = 0

    def __init__(
        self,
        num_features: int,
        eps: float = 1e-5,
        momentum: float = 0.1,
        affine: bool = False,
        track_running_stats: bool = False,
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        if track_running_stats:
            raise ivy.IvyValueError(
                f"ivy.layers.{type(self).__name__}: track_running_stats=True is not supported (use BatchNorm)"
            )
        self.num_features, self.eps, self.affine = num_features, eps, affine
        _affine(self, (num_features,), affine, True, dtype, device)

    def forward(self, x: ivy.Array) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        return with_batch(lambda x: ivy.nn.instance_norm(x, self.weight, self.bias, eps=self.eps), x, self._n + 2)

    def extra_repr(self) -> str:
        return f"{self.num_features}, eps={self.eps}, affine={self.affine}"


class InstanceNorm1d(_InstanceNorm):
    _n = 1


class InstanceNorm2d(_InstanceNorm):
    _n = 2


class InstanceNorm3d(_InstanceNorm):
    _n = 3
