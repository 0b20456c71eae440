"""Automatic differentiation and compilation (Ivy extensions, main namespace).

``grad``, ``value_and_grad``, ``jacobian`` and ``jit`` are the core's: they
take a function written with Ivy and work over nested containers (dicts,
lists, tuples, named tuples) of arrays, as ``jax.grad`` does. The core
flattens the differentiated arguments to their array leaves and hands the
backend a function of a flat list of native arrays through the protocol
hooks ``autodiff_value_and_grad``, ``autodiff_jacobian`` and ``jit_compile``
(:mod:`ivy.spec.backend`); results come back in the arguments' structure.
``stop_gradient`` dispatches to the backend like any array function.
"""

from __future__ import annotations

from collections.abc import Callable

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="autodiff", standard=False)
compilation = SpecGroup(category="compilation", standard=False)


@spec(core="ivy._autodiff:grad")
def grad(fn: Callable, argnums: int | tuple[int, ...] = 0, *, has_aux: bool = False) -> Callable:
    """The gradient of ``fn``, a function returning a real scalar, as a function.

    The gradient is taken with respect to the positional argument(s)
    ``argnums``; each may be an array, a Python float, or a nested container
    (dicts, lists, tuples) of them, and its gradient has the same structure
    (``ivy.Array`` leaves). Leaves that are not numbers (``None``, strings,
    ...) are constants whose gradient is ``None``; integer leaves are an
    error. With ``has_aux``, ``fn`` returns ``(value, aux)`` and the gradient
    function returns ``(gradient, aux)``. A tuple ``argnums`` gives a tuple of
    gradients.
    """


@spec(core="ivy._autodiff:value_and_grad")
def value_and_grad(fn: Callable, argnums: int | tuple[int, ...] = 0, *, has_aux: bool = False) -> Callable:
    """Like :func:`grad`, returning ``(value, gradient)``; with ``has_aux``, ``((value, aux), gradient)``."""


@spec(core="ivy._autodiff:jacobian")
def jacobian(fn: Callable, argnums: int | tuple[int, ...] = 0) -> Callable:
    """The Jacobian of ``fn`` (reverse mode), as a function.

    ``fn`` returns an array or a nested container of arrays; the result has
    that structure, each leaf holding the structure of the argument(s)
    ``argnums`` with leaves of shape ``output.shape + input.shape``.
    """


@spec()
def stop_gradient(x: Array, /) -> Array:
    """``x``, as a constant for differentiation: no gradient flows through it."""


@compilation(core="ivy._autodiff:jit")
def jit(fn: Callable, /) -> Callable:
    """``fn`` compiled by the backend's compiler (``jax.jit``, ``tf.function``, ``torch.compile``).

    Array leaves of the arguments (nested containers included) are the
    compiled function's inputs; every other leaf is a constant of the
    compilation, which is redone when it changes. The compiled function
    should be pure: side effects and Python control flow on array values do
    not survive tracing compilers, and a random draw seeded by an int or by
    the stream is a constant of the compilation (pass seeds as 0-d integer
    arrays to draw anew on each call). A backend without a compiler runs ``fn``
    as it is, warning once; ``compiled.__ivy_compiled__`` tells whether the
    last call was compiled.
    """
