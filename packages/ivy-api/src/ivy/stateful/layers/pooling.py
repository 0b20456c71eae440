"""Max, average and adaptive pooling layers over 1, 2 or 3 trailing spatial axes."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy.stateful.layers._utils import check_input, ntuple
from ivy.stateful.module import Module


class _MaxPool(Module):
    _n = 0

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        return_indices: bool = False,
        ceil_mode: bool = False,
    ):
        if return_indices:
            raise ivy.IvyValueError(f"ivy.layers.{type(self).__name__}: return_indices=True is not supported")
        self.kernel_size = ntuple(kernel_size, self._n)
        self.stride = self.kernel_size if stride is None else ntuple(stride, self._n)
        self.padding, self.dilation = ntuple(padding, self._n), ntuple(dilation, self._n)
        self.ceil_mode = ceil_mode

    def forward(self, x: ivy.Array) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        return ivy.nn.max_pool(
            x,
            self.kernel_size,
            stride=self.stride,
            padding=self.padding,
            dilation=self.dilation,
            ceil_mode=self.ceil_mode,
        )

    def extra_repr(self) -> str:
        return (
            f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}, "
            f"dilation={self.dilation}, ceil_mode={self.ceil_mode}"
        )


class MaxPool1d(_MaxPool):
    _n = 1


class MaxPool2d(_MaxPool):
    _n = 2


class MaxPool3d(_MaxPool):
    _n = 3


class _AvgPool(Module):
    _n = 0

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        ceil_mode: bool = False,
        count_include_pad: bool = True,
        divisor_override: int | None = None,
    ):
        self.kernel_size = ntuple(kernel_size, self._n)
        self.stride = self.kernel_size if stride is None else ntuple(stride, self._n)
        self.padding = ntuple(padding, self._n)
        self.ceil_mode, self.count_include_pad, self.divisor_override = ceil_mode, count_include_pad, divisor_override

    def forward(self, x: ivy.Array) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        include = self.count_include_pad or self.divisor_override is not None
        out = ivy.nn.avg_pool(
            x,
            self.kernel_size,
            stride=self.stride,
            padding=self.padding,
            ceil_mode=self.ceil_mode,
            count_include_pad=include,
        )
        if self.divisor_override is not None:
            out = out * (math.prod(self.kernel_size) / self.divisor_override)
        return out

    def extra_repr(self) -> str:
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class AvgPool1d(_AvgPool):
    _n = 1


class AvgPool2d(_AvgPool):
    _n = 2


class AvgPool3d(_AvgPool):
    _n = 3


class _Adaptive(Module):
    _n = 0
    _max = False

    def __init__(self, output_size: Any, return_indices: bool = False):
        if return_indices:
            raise ivy.IvyValueError(f"ivy.layers.{type(self).__name__}: return_indices=True is not supported")
        self.output_size = ntuple(output_size, self._n)

    def forward(self, x: ivy.Array) -> ivy.Array:
        check_input(type(self).__name__, x, self._n + 2, self._n + 1)
        spatial = tuple(x.shape)[x.ndim - self._n :]
        size = tuple(s if o is None else o for o, s in zip(self.output_size, spatial, strict=True))
        function = ivy.nn.adaptive_max_pool if self._max else ivy.nn.adaptive_avg_pool
        return function(x, size)

    def extra_repr(self) -> str:
        size = self.output_size[0] if len(set(self.output_size)) == 1 else self.output_size
        return f"output_size={size}"


class AdaptiveAvgPool1d(_Adaptive):
    _n = 1


class AdaptiveAvgPool2d(_Adaptive):
    _n = 2


class AdaptiveAvgPool3d(_Adaptive):
    _n = 3


class AdaptiveMaxPool1d(_Adaptive):
    _n = 1
    _max = True


class AdaptiveMaxPool2d(_Adaptive):
    _n = 2
    _max = True


class AdaptiveMaxPool3d(_Adaptive):
    _n = 3
    _max = True
