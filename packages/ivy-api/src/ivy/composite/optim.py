"""Optimizer update rules as composites: every parameter in turn, with Ivy's functions.

The default implementation of the fused optimizer hooks (:mod:`ivy.spec.optim`)
on every backend, and what ``ivy.optimizers`` runs wherever a backend has no
native multi-tensor kernel. ``step`` and ``lr`` may be 0-d arrays (traced by
a compiler), so a branch on them is an ``ivy.where``.
"""

from __future__ import annotations

from typing import Any

import ivy
from ivy.composite import composite


def _as_float(value: Any) -> Any:
    return ivy.astype(value, ivy.float32) if isinstance(value, ivy.Array) else float(value)


def _where(condition: Any, x: Any, y: Any) -> Any:
    if isinstance(condition, ivy.Array):
        return ivy.where(condition, x, y)
    return x if condition else y


@composite
def optim_sgd_step(params, grads, momentum_buffers, step, lr, momentum, dampening, weight_decay, nesterov):
    new_params, new_buffers = [], []
    for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
        if weight_decay:
            grad = grad + weight_decay * param
        if momentum:
            later = momentum * momentum_buffers[index] + (1.0 - dampening) * grad
            buffer = _where(step == 1, grad, later)  # the first update starts the buffer at the gradient
            new_buffers.append(buffer)
            grad = grad + momentum * buffer if nesterov else buffer
        new_params.append(param - lr * grad)
    return new_params, new_buffers


@composite
def optim_adam_step(
    params, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, step, lr, beta1, beta2, eps, weight_decay, decoupled, amsgrad
):
    t = _as_float(step)
    step_size = lr / (1.0 - beta1**t)
    correction2_sqrt = (1.0 - beta2**t) ** 0.5
    new_params, new_avgs, new_sqs, new_maxima = [], [], [], []
    for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
        if weight_decay:
            if decoupled:
                param = param * (1.0 - lr * weight_decay)
            else:
                grad = grad + weight_decay * param
        exp_avg = exp_avgs[index] + (grad - exp_avgs[index]) * (1.0 - beta1)
        exp_avg_sq = exp_avg_sqs[index] * beta2 + (1.0 - beta2) * grad * grad
        second = exp_avg_sq
        if amsgrad:
            second = ivy.maximum(max_exp_avg_sqs[index], exp_avg_sq)
            new_maxima.append(second)
        new_avgs.append(exp_avg)
        new_sqs.append(exp_avg_sq)
        new_params.append(param - step_size * exp_avg / (ivy.sqrt(second) / correction2_sqrt + eps))
    return new_params, new_avgs, new_sqs, new_maxima
