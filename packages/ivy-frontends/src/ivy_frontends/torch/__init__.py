# ruff: noqa: A001 - torch's own argument and function names (input, min, max, sum, ...)
"""``ivy_frontends.torch``: PyTorch's API (tensors, functions, dtypes and promotion,
``nn.functional``, ``linalg``, ``fft``, ``special``) built from ``ivy`` calls only.

The namespace and the ``Tensor`` methods are filled from the registry tables of the
topic modules (``_pointwise``, ``_reduction``, ``_manipulation``, ...). ``frontend``
is the plugin object of the ``ivy.frontends`` entry point: it captures real torch
programs (``capture``) and reports coverage (``coverage``).
"""

from __future__ import annotations

import builtins

from ivy_frontends.torch import (
    _blas,
    _creation,
    _extras,
    _families,
    _indexing,
    _kernels,
    _manipulation,
    _math,
    _pointwise,
    _random,
    _reduction,
    _runtime,
    _sorting,
    _windows,
    fft,
    linalg,
    nn,
    special,
)
from ivy_frontends.torch._autograd import (
    enable_grad,
    inference_mode,
    is_grad_enabled,
    is_inference_mode_enabled,
    no_grad,
    set_grad_enabled,
)
from ivy_frontends.torch._device import Size, device
from ivy_frontends.torch._dtypes import (
    bfloat16,
    bool,
    can_cast,
    cdouble,
    cfloat,
    complex64,
    complex128,
    double,
    dtype,
    finfo,
    float,
    float16,
    float32,
    float64,
    get_default_dtype,
    half,
    iinfo,
    int,
    int8,
    int16,
    int32,
    int64,
    long,
    promote_types,
    set_default_dtype,
    short,
    uint8,
    uint16,
    uint32,
    uint64,
)
from ivy_frontends.torch._promotion import result_type as _result_type
from ivy_frontends.torch._random import Generator, default_generator
from ivy_frontends.torch._registry import METHODS, NAMESPACE
from ivy_frontends.torch._tensor import Tensor

#: torch.* functions that are torch.nn.functional's under the same name and argument order
_FROM_F = (
    "softmax",
    "log_softmax",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
    "max_pool1d",
    "max_pool2d",
    "max_pool3d",
    "avg_pool1d",
    "adaptive_avg_pool1d",
    "adaptive_max_pool1d",
    "dropout",
    "alpha_dropout",
    "feature_alpha_dropout",
    "layer_norm",
    "group_norm",
    "instance_norm",
    "selu",
    "celu",
    "prelu",
    "rrelu",
    "hardshrink",
    "pixel_shuffle",
    "pixel_unshuffle",
    "channel_shuffle",
    "cosine_similarity",
    "pairwise_distance",
    "pdist",
    "bilinear",
    "selu_",
    "celu_",
    "rrelu_",
    "threshold",
    "threshold_",
)
#: Tensor methods that are torch.nn.functional's (the tensor as ``input``)
_METHODS_FROM_F = ("softmax", "log_softmax", "hardshrink", "prelu")
for _name in _FROM_F:
    NAMESPACE.setdefault(_name, nn.functional.FUNCTIONS[_name])
for _name in _METHODS_FROM_F:
    METHODS.setdefault(_name, nn.functional.FUNCTIONS[_name])
_families.install(NAMESPACE, METHODS)
globals().update(NAMESPACE)
for _name, _fn in METHODS.items():
    if _name not in Tensor.__dict__:
        setattr(Tensor, _name, _fn)
_pointwise.install_operators(Tensor)

nan, inf, pi, e = builtins.float("nan"), builtins.float("inf"), 3.141592653589793, 2.718281828459045
FloatTensor = DoubleTensor = LongTensor = IntTensor = BoolTensor = Tensor
strided = "strided"
contiguous_format = preserve_format = channels_last = "memory_format"


def result_type(tensor1: object, tensor2: object) -> dtype:
    """torch.result_type: the dtype torch's promotion gives the two operands."""
    return _result_type(tensor1, tensor2)


def is_storage(obj: object) -> builtins.bool:
    """torch.is_storage: never (the frontend has no storages)."""
    return False


def compile(model: object = None, **kwargs: object) -> object:
    """torch.compile: the model unchanged (compile the ivy graph instead)."""
    return model if model is not None else (lambda m: m)


def from_ivy(array: object) -> Tensor:
    """A frontend Tensor around an ``ivy.Array``."""
    from ivy_frontends.torch._tensor import wrap

    return wrap(array)


from ivy_frontends.torch import distributions  # noqa: E402 - built on the namespace above
from ivy_frontends.torch._plugin import frontend  # noqa: E402
