"""What a backend author needs: the hookimpl marker and helpers.

A backend is a module (or object) whose functions are marked with
``@hookimpl`` and named after the hooks in :mod:`ivy.spec`. Each takes the
hook's parameters positionally, in the spec's order, without defaults: the
public function has already applied them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

from ivy import _dispatch
from ivy._arguments import (
    ConvPlan,
    PoolPlan,
    conv_plan,
    normalize_axes,
    padding_pairs,
    pool_plan,
    same_padding,
    window_counts,
    window_ints,
)
from ivy._backends import import_framework
from ivy._checks import check_indices, check_key
from ivy._emulation import order_key, parameter_roles, signed_bits
from ivy._native_dtypes import (
    DEFAULT_DTYPES,
    DTYPES,
    SCALAR_TYPES,
    NativePromotion,
    promotion_table,
    scalar_promotion_table,
    scalar_type,
)
from ivy.spec import SPECS
from ivy.spec._marker import PROJECT, impl_shaped

hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = [
    "DEFAULT_DTYPES",
    "DTYPES",
    "SCALAR_TYPES",
    "Backend",
    "ConvPlan",
    "NativePromotion",
    "PoolPlan",
    "backend_readers",
    "check_indices",
    "check_key",
    "composite_fallback",
    "conv_hook",
    "conv_plan",
    "elementwise_hook",
    "hookimpl",
    "import_framework",
    "native_impls",
    "normalize_axes",
    "order_key",
    "padding_pairs",
    "parameter_roles",
    "pool_plan",
    "promotion_table",
    "same_dtype_natives",
    "same_padding",
    "scalar_promotion_table",
    "scalar_type",
    "selected_backend",
    "signed_bits",
    "unary_hook",
    "window_counts",
    "window_ints",
]


def native_impls(**natives: Callable) -> dict[str, Callable]:
    """Hook implementations that are native callables used as they are.

    ``native_impls(add=np.add)`` declares that ``np.add(x1, x2)`` already has
    the hook's semantics; the dispatcher then calls it directly, with no
    Python frame in between. Returns ``{hook: function}`` to put in the
    backend module's namespace.
    """
    impls = {}
    for hook, native in natives.items():
        if hook not in SPECS:
            raise ValueError(f"native_impls: {hook!r} is not an ivy hook")
        impls[hook] = _shim(hook, native)
    return impls


def _shim(hook: str, native: Callable) -> Callable:
    shim = impl_shaped(SPECS[hook], native)
    shim.__ivy_native__ = native  # type: ignore[attr-defined]
    return hookimpl(shim)


def same_dtype_natives(hook: Callable, natives: dict[Any, Callable]) -> Callable:
    """Declare the natives that are ``hook`` itself for arrays of one dtype; returns ``hook``.

    ``natives`` maps a native dtype (as the arrays' ``.dtype`` gives it) to a callable:
    when every argument of a call is a native array of that one dtype, the callable
    called with them has exactly the hook's semantics (promotion included). The
    dispatcher then calls it without entering the hook, whose Python frame and dtype
    tests cost as much as a small native operation. Only positional, all-array hooks
    use it; the hook must still handle every call itself.
    """
    hook.__ivy_same_dtype__ = dict(natives)  # type: ignore[attr-defined]
    return hook


class Backend:
    """A backend plugin assembled from several modules of hook implementations.

    ``Backend(creation, elementwise, ...)`` collects every ``@hookimpl``
    function (and every ``native_impls`` entry) of the modules into one
    object for pluggy to register; a hook implemented twice is an error.
    """

    def __init__(self, *modules: Any):
        marker = f"{PROJECT}_impl"
        for module in modules:
            for name, value in vars(module).items():
                if callable(value) and hasattr(value, marker):
                    if name in vars(self):
                        raise ValueError(f"Backend: hook {name!r} implemented twice (again in {module.__name__})")
                    setattr(self, name, value)


def composite_fallback(owns: Callable[[Any], bool]) -> Callable[..., Any]:
    """``fallback(hook, *natives)``: the core's composite of ``hook`` on one backend's natives.

    For kernels that handle only some inputs natively (say floating ones) and leave
    the rest to the core's composite; ``owns(value)`` tells the backend's arrays.
    Each composite is adapted once, on first use.
    """
    from types import SimpleNamespace

    from ivy import composite
    from ivy.composite._adapter import adapt

    ops = SimpleNamespace(owns=owns, from_native_dtype={})
    adapted: dict[str, Callable] = {}

    def fallback(hook: str, *args: Any) -> Any:
        function = adapted.get(hook)
        if function is None:
            for module in composite.modules():
                candidate = getattr(module, hook, None)
                if getattr(candidate, "__ivy_composite__", False):
                    function = adapted[hook] = adapt(SPECS[hook], candidate, ops)
                    break
            else:
                raise LookupError(f"no composite implements {hook!r}")
        return function(*args)

    return fallback


def unary_hook(hook: str, native: Callable[[Any], Any], accepts: Callable[[Any], bool], fallback: Callable) -> Callable:
    """The one-array hook ``hook(x)`` (an activation, say): ``native(x)`` where ``accepts(x)``
    (a floating array of the backend, typically), else ``fallback(hook, x)``: the composite,
    from :func:`composite_fallback`."""

    def function(x: Any) -> Any:
        return native(x) if accepts(x) else fallback(hook, x)

    function.__name__ = function.__qualname__ = hook
    return hookimpl(function)


def elementwise_hook(
    hook: str, native: Callable[..., Any], accepts: Callable[..., bool], fallback: Callable
) -> Callable:
    """The hook ``hook(*arrays)`` with the spec's parameters (``polygamma(n, x)``, say):
    ``native(*args)`` where ``accepts(*args)`` (the operands the kernel computes exactly
    as the spec does), else ``fallback(hook, *args)``: the composite, from
    :func:`composite_fallback`."""

    def function(*args: Any) -> Any:
        return native(*args) if accepts(*args) else fallback(hook, *args)

    return hookimpl(impl_shaped(SPECS[hook], function))


#: the convolution hooks :func:`conv_hook` makes, and the spatial axes each takes (None: the weight's)
_CONVOLUTIONS = {"nn_conv": None, "nn_conv1d": 1, "nn_conv2d": 2, "nn_conv3d": 3, "nn_depthwise_conv2d": 2}


def conv_hook(hook: str, native_conv: Callable[..., Any], fallback: Callable[..., Any]) -> Callable:
    """The hook ``nn_conv``, ``nn_conv1d``/``2d``/``3d`` or ``nn_depthwise_conv2d`` of a backend.

    ``native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n)`` is
    the backend's convolution (``n`` spatial axes, or None for as many as the weight has),
    or None where it does not take the arguments; the call then goes to ``fallback`` (from
    :func:`composite_fallback`). A depthwise convolution is a grouped one with a group per
    input channel.
    """
    if hook not in _CONVOLUTIONS:
        raise ValueError(f"conv_hook: {hook!r} is not a convolution hook")
    n = _CONVOLUTIONS[hook]
    if hook == "nn_depthwise_conv2d":

        def depthwise(x: Any, weight: Any, bias: Any, stride: Any, padding: Any, dilation: Any, channels_last: Any):
            groups = _depthwise_groups(x, weight, channels_last)
            if groups is not None:
                y = native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n)
                if y is not None:
                    return y
            return fallback(hook, x, weight, bias, stride, padding, dilation, channels_last)

        depthwise.__name__ = depthwise.__qualname__ = hook
        return hookimpl(depthwise)

    def conv(x: Any, weight: Any, bias: Any, stride: Any, padding: Any, dilation: Any, groups: Any, channels_last: Any):
        y = native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n)
        if y is None:
            return fallback(hook, x, weight, bias, stride, padding, dilation, groups, channels_last)
        return y

    conv.__name__ = conv.__qualname__ = hook
    return hookimpl(conv)


def _depthwise_groups(x: Any, weight: Any, channels_last: Any) -> int | None:
    """The input's channel count where ``weight`` is a depthwise kernel for ``x``, else None."""
    try:
        shape, kernel = tuple(x.shape), tuple(weight.shape)
    except (AttributeError, TypeError, ValueError):  # not arrays, or of unknown rank
        return None
    if len(shape) not in (3, 4) or len(kernel) != 4:
        return None
    channels = shape[-1] if channels_last else shape[len(shape) - 3]
    if not channels or kernel[1] != 1 or kernel[0] % channels:
        return None
    return channels


def selected_backend() -> Any:
    """The bound backend a call made now would use: its ``name``, ``owns(native)`` and one
    attribute per hook (the implementation a call would run)."""
    return _dispatch.ops()


def backend_readers() -> tuple[Callable, ...]:
    """The functions through which ivy finds the selected backend during a call.

    A compiler that cannot trace them (``torch.compile`` cannot trace a ``ContextVar``) may
    substitute each, while it traces, with a function returning the backend that
    :func:`selected_backend` gave just before the compiled call; eager calls are unaffected.
    """
    from ivy._array import _owner

    return (_dispatch.GLOBALS["_get"], _dispatch.ops, _owner)
