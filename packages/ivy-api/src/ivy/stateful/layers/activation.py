"""Activations, dropout and the losses as layers (each a thin wrapper of an ``ivy.nn`` function)."""

# ruff: noqa: A002  (PyTorch's argument names: input, format)

from __future__ import annotations

from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.module import Module, Parameter


class _Activation(Module):
    _function = ""
    _settings: tuple[str, ...] = ()

    def forward(self, x: ivy.Array) -> ivy.Array:
        function = getattr(ivy.nn, self._function)
        return function(x, **{name: getattr(self, name) for name in self._settings})

    def extra_repr(self) -> str:
        return ", ".join(f"{name}={getattr(self, name)}" for name in self._settings)


class ReLU(_Activation):
    _function = "relu"

    def __init__(self, inplace: bool = False):
        pass


class ReLU6(_Activation):
    _function = "relu6"

    def __init__(self, inplace: bool = False):
        pass


class LeakyReLU(_Activation):
    _function = "leaky_relu"
    _settings = ("negative_slope",)

    def __init__(self, negative_slope: float = 0.01, inplace: bool = False):
        self.negative_slope = negative_slope


class ELU(_Activation):
    _function = "elu"
    _settings = ("alpha",)

    def __init__(self, alpha: float = 1.0, inplace: bool = False):
        self.alpha = alpha


class SELU(_Activation):
    _function = "selu"

    def __init__(self, inplace: bool = False):
        pass


class GELU(_Activation):
    _function = "gelu"
    _settings = ("approximate",)

    def __init__(self, approximate: str = "none"):
        self.approximate = approximate


class SiLU(_Activation):
    _function = "silu"

    def __init__(self, inplace: bool = False):
        pass


class Mish(_Activation):
    _function = "mish"

    def __init__(self, inplace: bool = False):
        pass


class Softplus(_Activation):
    _function = "softplus"
    _settings = ("beta", "threshold")

    def __init__(self, beta: float = 1.0, threshold: float = 20.0):
        self.beta, self.threshold = beta, threshold


class Sigmoid(_Activation):
    _function = "sigmoid"


class Hardsigmoid(_Activation):
    _function = "hard_sigmoid"

    def __init__(self, inplace: bool = False):
        pass


class Hardswish(_Activation):
    _function = "hard_swish"

    def __init__(self, inplace: bool = False):
        pass


class LogSigmoid(_Activation):
    _function = "log_sigmoid"


class Tanh(Module):
    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.tanh(x)


class Hardtanh(Module):
    def __init__(self, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False):
        self.min_val, self.max_val = min_val, max_val

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.clip(x, self.min_val, self.max_val)

    def extra_repr(self) -> str:
        return f"min_val={self.min_val}, max_val={self.max_val}"


class Softsign(Module):
    def forward(self, x: ivy.Array) -> ivy.Array:
        return x / (1.0 + ivy.abs(x))


class Softmax(Module):
    """Softmax along ``dim`` (the last axis by default)."""

    def __init__(self, dim: int = -1):
        self.dim = dim

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.softmax(x, axis=self.dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


class LogSoftmax(Softmax):
    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.log_softmax(x, axis=self.dim)


class PReLU(Module):
    """``x`` where positive, ``weight * x`` elsewhere, with a learnt slope per channel (axis 1) or one shared."""

    def __init__(self, num_parameters: int = 1, init_value: float = 0.25, *, dtype: Any = None, device: Any = None):
        self.num_parameters = num_parameters
        self.weight = Parameter(init=init.constant(init_value), shape=(num_parameters,), dtype=dtype, device=device)

    def forward(self, x: ivy.Array) -> ivy.Array:
        weight = self.weight
        if self.num_parameters > 1 and x.ndim >= 2:
            weight = ivy.reshape(weight, (-1,) + (1,) * (x.ndim - 2))
        return ivy.where(x >= 0, x, weight * x)

    def extra_repr(self) -> str:
        return f"num_parameters={self.num_parameters}"


class Dropout(Module):
    """Zero each element with probability ``p`` while training (scaling the rest by ``1 / (1 - p)``).

    The mask's seed comes from the context's ``ivy.random`` stream, so
    ``ivy.random.seed(s)`` makes training reproducible on every backend.
    """

    def __init__(self, p: float = 0.5, inplace: bool = False):
        if not 0.0 <= p <= 1.0:
            raise ivy.IvyValueError(f"ivy.layers.Dropout: p must be a probability in [0, 1], got {p}")
        self.p = p

    def forward(self, x: ivy.Array) -> ivy.Array:
        return ivy.nn.dropout(x, self.p, training=self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"


# -- losses ------------------------------------------------------------------------------------


class _Loss(Module):
    _function = ""
    _settings: tuple[str, ...] = ("reduction",)

    def forward(self, input: ivy.Array, target: ivy.Array) -> ivy.Array:
        function = getattr(ivy.nn, self._function)
        return function(input, target, **{name: getattr(self, name) for name in self._settings})

    def extra_repr(self) -> str:
        return ", ".join(f"{name}={getattr(self, name)!r}" for name in self._settings if name != "weight")


def _weight(module: Module, weight: Any) -> None:
    module.register_buffer("weight", weight)


class CrossEntropyLoss(_Loss):
    _function = "cross_entropy"
    _settings = ("weight", "ignore_index", "reduction", "label_smoothing")

    def __init__(
        self, weight: Any = None, ignore_index: int = -100, reduction: str = "mean", label_smoothing: float = 0.0
    ):
        _weight(self, weight)
        self.ignore_index, self.reduction, self.label_smoothing = ignore_index, reduction, label_smoothing


class NLLLoss(_Loss):
    _function = "nll_loss"
    _settings = ("weight", "ignore_index", "reduction")

    def __init__(self, weight: Any = None, ignore_index: int = -100, reduction: str = "mean"):
        _weight(self, weight)
        self.ignore_index, self.reduction = ignore_index, reduction


class BCELoss(_Loss):
    _function = "binary_cross_entropy"
    _settings = ("weight", "reduction")

    def __init__(self, weight: Any = None, reduction: str = "mean"):
        _weight(self, weight)
        self.reduction = reduction


class BCEWithLogitsLoss(_Loss):
    _function = "binary_cross_entropy_with_logits"
    _settings = ("weight", "pos_weight", "reduction")

    def __init__(self, weight: Any = None, reduction: str = "mean", pos_weight: Any = None):
        _weight(self, weight)
        self.register_buffer("pos_weight", pos_weight)
        self.reduction = reduction


class MSELoss(_Loss):
    _function = "mse_loss"

    def __init__(self, reduction: str = "mean"):
        self.reduction = reduction


class L1Loss(MSELoss):
    _function = "l1_loss"


class SmoothL1Loss(_Loss):
    _function = "smooth_l1_loss"
    _settings = ("beta", "reduction")

    def __init__(self, reduction: str = "mean", beta: float = 1.0):
        self.reduction, self.beta = reduction, beta


class HuberLoss(_Loss):
    _function = "huber_loss"
    _settings = ("delta", "reduction")

    def __init__(self, reduction: str = "mean", delta: float = 1.0):
        self.reduction, self.delta = reduction, delta


class KLDivLoss(_Loss):
    _function = "kl_div"
    _settings = ("reduction", "log_target")

    def __init__(self, reduction: str = "mean", log_target: bool = False):
        self.reduction, self.log_target = reduction, log_target
