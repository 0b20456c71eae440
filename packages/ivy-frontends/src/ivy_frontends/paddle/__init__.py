"""``ivy_frontends.paddle``: PaddlePaddle's API (``Tensor``, functions, dtypes and promotion,
``nn.functional``, ``linalg``, ``fft``, random) built from ``ivy`` calls only.

The namespace and the ``Tensor`` methods are filled from the registry tables of the
topic modules. ``frontend`` is the plugin object of the ``ivy.frontends`` entry point:
it captures real paddle programs (``capture``) and reports coverage (``coverage``).
"""

from __future__ import annotations

from ivy_frontends.paddle import (
    _creation,
    _families,
    _linalg_core,
    _manipulation,
    _manipulation_more,
    _math,
    _math_more,
    _reduction,
    _special,
    _tensor_more,
    fft,
    linalg,
    nn,
)
from ivy_frontends.paddle._dtypes import (
    bfloat16,
    bool,
    complex64,
    complex128,
    dtype,
    finfo,
    float16,
    float32,
    float64,
    get_default_dtype,
    iinfo,
    int8,
    int16,
    int32,
    int64,
    is_complex,
    is_floating_point,
    is_integer,
    set_default_dtype,
    uint8,
)
from ivy_frontends.paddle._registry import METHODS, NAMESPACE
from ivy_frontends.paddle._tensor import Tensor, wrap

del _creation, _linalg_core, _manipulation, _manipulation_more, _math_more, _reduction, _special, _tensor_more

#: Tensor methods and paddle functions that are nn.functional's under the same name
for _name in ("sigmoid", "tanh"):
    METHODS.setdefault(_name, nn.functional.FUNCTIONS[_name])
for _name in ("is_complex", "is_floating_point", "is_integer"):
    METHODS[_name] = globals()[_name]
#: in-place forms (``paddle.add_``, ``Tensor.add_``)
for _name in _math.INPLACE:
    if _name in NAMESPACE:
        _fn = _math.inplace(NAMESPACE[_name], _name + "_")
        NAMESPACE.setdefault(_name + "_", _fn)
        METHODS.setdefault(_name + "_", _fn)
for _name in (
    "unsqueeze",
    "squeeze",
    "flatten",
    "reshape",
    "transpose",
    "tanh",
    "sigmoid",
    "scatter",
    "masked_fill",
    "fill_diagonal",
    "put_along_axis",
    "index_add",
    "where",
):
    if _name in NAMESPACE or _name in METHODS:
        _fn = _math.inplace(NAMESPACE.get(_name) or METHODS[_name], _name + "_")
        NAMESPACE.setdefault(_name + "_", _fn)
        METHODS.setdefault(_name + "_", _fn)
_families.derive(NAMESPACE, METHODS, linalg, _math.inplace, nn.functional.FUNCTIONS)


def _fill(x: Tensor, value: object) -> Tensor:
    """Tensor.fill_: every element set to ``value``."""
    import ivy

    x._ivy = ivy.full(tuple(x._ivy.shape), value, dtype=x._ivy.dtype)
    return x


def _zero(x: Tensor) -> Tensor:
    """Tensor.zero_."""
    return _fill(x, 0)


METHODS.update({"fill_": _fill, "zero_": _zero})
globals().update({k: v for k, v in NAMESPACE.items() if not k.startswith("_")})
for _name, _fn in METHODS.items():
    if _name not in Tensor.__dict__:
        setattr(Tensor, _name, _fn)
_math.install_operators(Tensor)
del _name, _fn


def in_dynamic_mode() -> bool:
    """paddle.in_dynamic_mode: always (the frontend is eager)."""
    return True


def is_tensor(x: object) -> bool:
    """paddle.is_tensor."""
    return isinstance(x, Tensor)


Tensor.is_tensor = is_tensor


def no_grad(func: object = None) -> object:
    """paddle.no_grad: a no-op context manager / decorator (the frontend records no gradients)."""
    import contextlib

    if callable(func):
        return func
    return contextlib.nullcontext()


def from_ivy(array: object) -> Tensor:
    """A frontend Tensor around an ``ivy.Array``."""
    return wrap(array)


from ivy_frontends.paddle._plugin import frontend  # noqa: E402
