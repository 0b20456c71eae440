"""Structured control flow: Python eagerly, ``tf.cond``/``tf.while_loop``/``tf.scan`` inside ``tf.function``.

Eagerly a Python loop is what TensorFlow itself would run (and gradient
tapes see through it); while a graph is built, the loop must be TensorFlow's
own, since the predicate has no Python value then.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf

from ivy.plugin import hookimpl


@hookimpl
def control_cond(pred: Any, true_fn: Any, false_fn: Any, operands: list) -> list:
    if tf.executing_eagerly():
        return list((true_fn if bool(pred) else false_fn)(list(operands)))
    return list(tf.cond(pred, lambda: list(true_fn(list(operands))), lambda: list(false_fn(list(operands)))))


@hookimpl
def control_while_loop(cond_fn: Any, body_fn: Any, carry: list) -> list:
    if tf.executing_eagerly():
        carry = list(carry)
        while bool(cond_fn(carry)):
            carry = list(body_fn(carry))
        return carry
    return list(tf.while_loop(lambda *c: cond_fn(list(c)), lambda *c: list(body_fn(list(c))), list(carry)))


@hookimpl
def control_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    steps = list(reversed(range(length))) if reverse else list(range(length))
    if tf.executing_eagerly() and length:
        new_carry, outputs = list(carry), []
        for i in steps:
            new_carry, y = fn(new_carry, [x[i] for x in xs])
            outputs.append(list(y))
        if reverse:
            outputs.reverse()
        return list(new_carry), [tf.stack(column) for column in zip(*outputs, strict=True)]
    return _graph_scan(fn, list(carry), list(xs), length, reverse)


def _graph_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    """A ``tf.while_loop`` writing each step's outputs into ``TensorArray``s."""
    zeros = [tf.zeros(tf.shape(x)[1:], x.dtype) for x in xs]
    probe = fn(list(carry), zeros)[1]  # the outputs' dtypes and shapes (traced, not run)
    arrays = [tf.TensorArray(y.dtype, size=length, element_shape=y.shape) for y in probe]

    def body(i: Any, state: list, written: list) -> tuple:
        index = length - 1 - i if reverse else i
        new_state, y = fn(list(state), [tf.gather(x, index) for x in xs])
        return i + 1, list(new_state), [a.write(index, v) for a, v in zip(written, y, strict=True)]

    _, final, written = tf.while_loop(lambda i, *_: i < length, body, (tf.constant(0), carry, arrays))
    return list(final), [a.stack() for a in written]
