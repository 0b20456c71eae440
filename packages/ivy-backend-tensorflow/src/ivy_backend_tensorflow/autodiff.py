"""Differentiation with ``tf.GradientTape``, compilation with ``tf.function``.

Each leaf is watched as a fresh ``tf.identity`` of itself, so only the
leaves passed in are differentiated (tensors the function closes over are
constants) while an outer tape still sees through to the original: tapes
nest, and a gradient computed while an outer tape records is differentiable
by it.
"""

from __future__ import annotations

import warnings
from typing import Any

import tensorflow as tf

from ivy.plugin import hookimpl

_ZERO = tf.UnconnectedGradients.ZERO


def _dense(gradient: Any) -> Any:
    return tf.convert_to_tensor(gradient) if isinstance(gradient, tf.IndexedSlices) else gradient


def _watched(tape: tf.GradientTape, leaves: list) -> list:
    inputs = [tf.identity(leaf) for leaf in leaves]
    for x in inputs:
        tape.watch(x)
    return inputs


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        inputs = _watched(tape, leaves)
        value, aux = function(inputs)
    grads = tape.gradient(value, inputs, unconnected_gradients=_ZERO) if inputs else []
    return value, [_dense(g) for g in grads], aux


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    with tf.GradientTape(persistent=True, watch_accessed_variables=False) as tape:
        inputs = _watched(tape, leaves)
        outputs = function(inputs)
    rows = []
    for output in outputs:
        if not inputs:
            rows.append([])
            continue
        try:
            row = tape.jacobian(output, inputs, unconnected_gradients=_ZERO)
        except (ValueError, TypeError, NotImplementedError, tf.errors.OpError):
            # an op without a vectorisation rule: one backward pass per output element instead
            row = tape.jacobian(output, inputs, unconnected_gradients=_ZERO, experimental_use_pfor=False)
        rows.append([_dense(block) for block in row])
    del tape
    return rows


@hookimpl
def stop_gradient(x: Any) -> Any:
    return tf.stop_gradient(x)


@hookimpl
def jit_compile(function: Any) -> Any:
    compiled = tf.function(function, autograph=False, reduce_retracing=True)

    def run(*arrays: Any) -> Any:
        if run.__ivy_compiled__:
            try:
                return compiled(*arrays)
            except (NotImplementedError, TypeError, tf.errors.OperatorNotAllowedInGraphError) as error:
                try:
                    result = function(*arrays)
                except Exception:
                    raise error from None  # the function itself fails: report the compiled run's error
                warnings.warn(
                    f"ivy.jit: tf.function could not trace the function ({type(error).__name__}: {error}); "
                    "running uncompiled",
                    RuntimeWarning,
                    stacklevel=2,
                )
                run.__ivy_compiled__ = False
                return result
        return function(*arrays)

    run.__ivy_compiled__ = True
    return run
