"""Fused optimizer updates with PyTorch's multi-tensor kernels (``torch._foreach_*``).

The same arithmetic as ``torch.optim``'s multi-tensor (``foreach=True``)
implementations, made pure: every result is a new tensor (the in-place
kernels only ever touch tensors created here). One call updates all the
parameters, where the core's composite costs a dozen dispatched calls per
parameter. Anything else goes to the composite: a step or learning rate
that is a tensor (traced by a compiler), parameters of mixed or
non-floating dtypes, and tensors that autograd is recording (a
differentiated update).
"""

from __future__ import annotations

from typing import Any

import torch

from ivy.plugin import composite_fallback, hookimpl

_fallback = composite_fallback(lambda value: isinstance(value, torch.Tensor))


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _native_path(step: Any, lr: Any, *lists: list) -> bool:
    """Whether the multi-tensor kernels compute exactly the composite's rule for these arguments."""
    if not (_number(step) and _number(lr) and lists[0]):
        return False
    dtype = lists[0][0].dtype
    if not dtype.is_floating_point:
        return False
    recording = torch.is_grad_enabled()
    for tensors in lists:
        for tensor in tensors:
            if tensor.dtype is not dtype or (recording and tensor.requires_grad):
                return False
    return True


@hookimpl
def optim_sgd_step(params, grads, momentum_buffers, step, lr, momentum, dampening, weight_decay, nesterov):
    if not _native_path(step, lr, params, grads, momentum_buffers):
        return _fallback(
            "optim_sgd_step", params, grads, momentum_buffers, step, lr, momentum, dampening, weight_decay, nesterov
        )
    if weight_decay:
        grads = torch._foreach_add(grads, params, alpha=weight_decay)
    buffers: list = []
    if momentum:
        if step == 1:  # the first update starts the buffer at the gradient
            buffers = list(grads)
        else:
            buffers = torch._foreach_mul(momentum_buffers, momentum)
            torch._foreach_add_(buffers, grads, alpha=1.0 - dampening)
        grads = torch._foreach_add(grads, buffers, alpha=momentum) if nesterov else buffers
    return torch._foreach_add(params, grads, alpha=-lr), buffers


@hookimpl
def optim_adam_step(
    params, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, step, lr, beta1, beta2, eps, weight_decay, decoupled, amsgrad
):
    if not _native_path(step, lr, params, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs):
        return _fallback(
            "optim_adam_step",
            params,
            grads,
            exp_avgs,
            exp_avg_sqs,
            max_exp_avg_sqs,
            step,
            lr,
            beta1,
            beta2,
            eps,
            weight_decay,
            decoupled,
            amsgrad,
        )
    if weight_decay:
        if decoupled:
            params = torch._foreach_mul(params, 1.0 - lr * weight_decay)
        else:
            grads = torch._foreach_add(grads, params, alpha=weight_decay)
    exp_avgs = torch._foreach_lerp(exp_avgs, grads, 1.0 - beta1)
    exp_avg_sqs = torch._foreach_mul(exp_avg_sqs, beta2)
    torch._foreach_addcmul_(exp_avg_sqs, grads, grads, value=1.0 - beta2)
    maxima: list = []
    second = exp_avg_sqs
    if amsgrad:
        second = maxima = torch._foreach_maximum(max_exp_avg_sqs, exp_avg_sqs)
    denominators = torch._foreach_sqrt(second)
    torch._foreach_div_(denominators, (1.0 - beta2**step) ** 0.5)
    torch._foreach_add_(denominators, eps)
    step_size = lr / (1.0 - beta1**step)
    return torch._foreach_addcdiv(params, exp_avgs, denominators, value=-step_size), exp_avgs, exp_avg_sqs, maxima
