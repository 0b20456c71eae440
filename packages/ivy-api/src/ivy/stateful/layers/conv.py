"""Convolutions and transposed convolutions (PyTorch's layouts, names and initialisation)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.layers._utils import check_input, ntuple, with_batch
from ivy.stateful.module import Module, Parameter

_PAD_MODES = {"zeros": None, "reflect": "reflect", "replicate": "replicate", "circular": "circular"}


class _ConvNd(Module):
    _n = 0
    _transposed = False

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: Any = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        *,
        output_padding: int | tuple[int, ...] = 0,
        dtype: Any = None,
        device: Any = None,
    ):
        name = type(self).__name__
        n = self._n
        if in_channels % groups or out_channels % groups:
            raise ivy.IvyValueError(
                f"ivy.layers.{name}: in_channels={in_channels} and out_channels={out_channels} "
                f"must both be divisible by groups={groups}"
            )
        if padding_mode not in _PAD_MODES or (self._transposed and padding_mode != "zeros"):
            allowed = "'zeros'" if self._transposed else ", ".join(map(repr, _PAD_MODES))
            raise ivy.IvyValueError(f"ivy.layers.{name}: padding_mode must be one of {allowed}, got {padding_mode!r}")
        if isinstance(padding, str):
            padding = padding.lower()
            if padding not in ("same", "valid") or self._transposed:
                raise ivy.IvyValueError(f"ivy.layers.{name}: unsupported padding {padding!r}")
        else:
            padding = ntuple(padding, n)
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size = ntuple(kernel_size, n)
        self.stride, self.dilation = ntuple(stride, n), ntuple(dilation, n)
        if padding == "same" and any(s != 1 for s in self.stride):
            raise ivy.IvyValueError(f"ivy.layers.{name}: padding='same' needs stride 1, got stride={self.stride}")
        self.padding, self.groups, self.padding_mode = padding, groups, padding_mode
        self.output_padding = ntuple(output_padding, n)
        if self._transposed:
            shape = (in_channels, out_channels // groups, *self.kernel_size)
        else:
            shape = (out_channels, in_channels // groups, *self.kernel_size)
        self.weight = Parameter(init=init.default_weight, shape=shape, dtype=dtype, device=device)
        if bias:
            fan_in = init.fans(shape)[0]
            self.bias = Parameter(init=init.bias_uniform(fan_in), shape=(out_channels,), dtype=dtype, device=device)
        else:
            self.register_parameter("bias", None)

    def extra_repr(self) -> str:
        parts = [f"{self.in_channels}, {self.out_channels}", f"kernel_size={self.kernel_size}", f"stride={self.stride}"]
        if self.padding != (0,) * self._n:
            parts.append(f"padding={self.padding!r}" if isinstance(self.padding, str) else f"padding={self.padding}")
        if self.dilation != (1,) * self._n:
            parts.append(f"dilation={self.dilation}")
        if self._transposed and self.output_padding != (0,) * self._n:
            parts.append(f"output_padding={self.output_padding}")
        if self.groups != 1:
            parts.append(f"groups={self.groups}")
        if self.bias is None:
            parts.append("bias=False")
        if self.padding_mode != "zeros":
            parts.append(f"padding_mode={self.padding_mode}")
        return ", ".join(parts)


class _Conv(_ConvNd):
    def _pads(self) -> list[tuple[int, int]]:
        if self.padding == "valid":
            return [(0, 0)] * self._n
        if self.padding == "same":
            totals = [d * (k - 1) for d, k in zip(self.dilation, self.kernel_size, strict=True)]
            return [(t // 2, t - t // 2) for t in totals]
        return [(p, p) for p in self.padding]

    def _forward(self, x: ivy.Array) -> ivy.Array:
        padding = self.padding
        mode = _PAD_MODES[self.padding_mode]
        if mode is not None:
            x = ivy.pad(x, ((0, 0), (0, 0), *self._pads()), mode=mode)
            padding = 0
        return ivy.nn.conv(
            x, self.weight, self.bias, stride=self.stride, padding=padding, dilation=self.dilation, groups=self.groups
        )

    def forward(self, x: ivy.Array) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        return with_batch(self._forward, x, self._n + 2)


class Conv1d(_Conv):
    """1-d convolution of ``(N, C, L)`` (or ``(C, L)``) inputs; weight ``(out, in / groups, k)``."""

    _n = 1


class Conv2d(_Conv):
    """2-d convolution of ``(N, C, H, W)`` (or ``(C, H, W)``) inputs; weight ``(out, in / groups, kh, kw)``."""

    _n = 2


class Conv3d(_Conv):
    """3-d convolution of ``(N, C, D, H, W)`` (or ``(C, D, H, W)``) inputs."""

    _n = 3


class _ConvTranspose(_ConvNd):
    _transposed = True

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        *,
        dtype: Any = None,
        device: Any = None,
    ):
        super().__init__(
            in_channels,
            out_channels,
            kernel_size,
            stride,
            padding,
            dilation,
            groups,
            bias,
            padding_mode,
            output_padding=output_padding,
            dtype=dtype,
            device=device,
        )

    def _output_padding(self, x: ivy.Array, output_size: Any) -> tuple[int, ...]:
        if output_size is None:
            return self.output_padding
        sizes = tuple(output_size)[-self._n :]
        result = []
        for axis in range(self._n):
            smallest = (
                (x.shape[x.ndim - self._n + axis] - 1) * self.stride[axis]
                - 2 * self.padding[axis]
                + self.dilation[axis] * (self.kernel_size[axis] - 1)
                + 1
            )
            extra = sizes[axis] - smallest
            if not 0 <= extra < max(self.stride[axis], self.dilation[axis]):
                raise ivy.IvyValueError(
                    f"ivy.layers.{type(self).__name__}: output_size {tuple(output_size)} is not reachable "
                    f"from input shape {tuple(x.shape)}"
                )
            result.append(extra)
        return tuple(result)

    def forward(self, x: ivy.Array, output_size: Any = None) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        output_padding = self._output_padding(x, output_size)

        def run(x: ivy.Array) -> ivy.Array:
            return ivy.nn.conv_transpose(
                x,
                self.weight,
                self.bias,
                stride=self.stride,
                padding=self.padding,
                output_padding=output_padding,
                dilation=self.dilation,
                groups=self.groups,
            )

        return with_batch(run, x, self._n + 2)


class ConvTranspose1d(_ConvTranspose):
    """1-d transposed convolution; weight ``(in, out / groups, k)``."""

    _n = 1


class ConvTranspose2d(_ConvTranspose):
    """2-d transposed convolution; weight ``(in, out / groups, kh, kw)``."""

    _n = 2


class ConvTranspose3d(_ConvTranspose):
    """3-d transposed convolution; weight ``(in, out / groups, kd, kh, kw)``."""

    _n = 3
