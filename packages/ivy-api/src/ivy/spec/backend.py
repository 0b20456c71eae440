"""The backend protocol: hooks the core needs to hold native arrays.

These are not public functions. A backend implements them so that the core
can tell its arrays apart, translate dtypes and devices, index, and exchange
data, without ever naming the framework.
"""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="backend", public=False)


@spec()
def array_types() -> tuple:
    """The native array types of this backend (scalar types included)."""


@spec()
def dtypes() -> dict:
    """Map each supported ivy dtype name (``"float32"``...) to its native dtype."""


@spec()
def dtype_of(x: Array) -> Any:
    """The native dtype of a native array."""


@spec()
def shape_of(x: Array) -> tuple:
    """The shape of a native array as a tuple of ints (``None`` if unknown)."""


@spec()
def devices() -> list:
    """Names of the devices this backend can place arrays on (``"cpu"``, ``"gpu:0"``)."""


@spec()
def default_device() -> str:
    """Name of the device new arrays go to."""


@spec()
def device_of(x: Array) -> str:
    """Name of the device a native array lives on."""


@spec()
def native_device(name: str) -> Any:
    """The native device object for a device name."""


@spec()
def to_device(x: Array, device: Any, stream: Any) -> Any:
    """The native array moved to a native device."""


@spec()
def getitem(x: Array, key: Any) -> Any:
    """``x[key]`` for a key whose arrays are already native."""


@spec()
def setitem(x: Array, key: Any, value: Any) -> Any:
    """``x[key] = value``; returns the updated array (a new one if immutable)."""


@spec()
def dlpack(x: Array, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    """A DLPack capsule for the array."""


@spec()
def dlpack_device(x: Array) -> tuple:
    """The DLPack ``(device_type, device_id)`` of the array."""


@spec()
def capabilities() -> dict:
    """The standard's capabilities dict for this backend."""


@spec()
def framework() -> tuple:
    """``(name, version)`` of the framework behind this backend."""


@spec()
def classify_error(error: Any) -> Any:
    """The ivy error class an exception raised by the framework stands for, or ``None``.

    Optional. The core calls it only after a backend raised, to tell what the
    framework's own exception types and messages cannot tell by their builtin
    class: ``ivy.LinAlgError`` for a singular or non-positive-definite matrix,
    ``ivy.IvyMemoryError`` for out of memory, ``ivy.IvyValueError`` for a
    framework's "invalid argument". ``None`` leaves the choice to the core.
    """


# -- differentiation and compilation (optional: frameworks without them leave these out) --


@spec()
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    """Reverse-mode differentiation of ``function`` at ``leaves``.

    ``function(leaves)`` takes a list of native real floating arrays (the
    leaves' values) and returns ``(value, aux)``: a native real array of
    shape ``()`` and a list of native arrays computed alongside it. Returns
    ``(value, grads, aux)``, ``grads`` holding one gradient per leaf, of the
    leaf's shape and dtype (zeros where the value does not depend on it).
    Only the leaves passed in are differentiated: arrays ``function`` closes
    over are constants. Calls nest: inside a function being differentiated
    (or compiled), the results stay differentiable; at the outermost level
    they are returned as plain arrays.
    """


@spec()
def autodiff_jacobian(function: Any, leaves: list) -> list:
    """Reverse-mode Jacobian of ``function`` at ``leaves``.

    ``function(leaves)`` takes a list of native real floating arrays and
    returns a list of native real floating arrays. Returns ``jac`` with
    ``jac[i][j]`` the derivative of output ``i`` with respect to leaf ``j``,
    of shape ``outputs[i].shape + leaves[j].shape``. Nests like
    ``autodiff_value_and_grad``.
    """


@spec()
def jit_compile(function: Any) -> Any:
    """``function`` compiled by the framework's compiler, or ``None`` if it has none.

    ``function(*arrays)`` takes native arrays positionally and returns a list
    of native arrays; it is pure, and it may be traced with the framework's
    symbolic values. The compiled callable may set ``__ivy_compiled__ =
    False`` on itself when it had to fall back to running ``function`` as it is.
    """


# -- structured control flow (optional: without them the core runs Python loops) --


@spec()
def control_cond(pred: Array, true_fn: Any, false_fn: Any, operands: list) -> list:
    """``true_fn(operands)`` if the native boolean scalar ``pred`` else ``false_fn(operands)``.

    Both functions take and return flat lists of native arrays of the same
    shapes and dtypes. Used by ``ivy.cond``.
    """


@spec()
def control_while_loop(cond_fn: Any, body_fn: Any, carry: list) -> list:
    """The last ``carry = body_fn(carry)`` while ``cond_fn(carry)`` (a native boolean scalar).

    ``carry`` is a flat list of native arrays; ``body_fn`` keeps its shapes
    and dtypes. Used by ``ivy.while_loop``.
    """


@spec()
def control_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    """``(carry, ys)`` of ``carry, y = fn(carry, x)`` over the leading axis of each of ``xs``.

    ``fn`` takes two flat lists of native arrays (the carry, one slice of
    each of ``xs``) and returns two (the new carry, the step's outputs);
    ``ys`` stacks the outputs along a new leading axis, in ``xs``' order.
    ``length`` is the number of steps. Used by ``ivy.scan`` and ``ivy.fori_loop``.
    """
