"""Fused optimizer updates: one call applies an update rule to every parameter.

These are not public functions: ``ivy.optimizers`` calls them. The core's
composites (:mod:`ivy.composite.optim`) give every backend the rules, one
parameter at a time; a backend with multi-tensor kernels (PyTorch's
``torch._foreach_*``) implements a hook itself so that an update of many
parameters costs a handful of native calls instead of a dozen per parameter.

Each hook is pure: it returns new parameters and new optimizer state and
modifies none of its arguments. Lists run in parallel (entry ``i`` of every
list belongs to parameter ``i``). ``step`` is the number of this update,
from 1; ``step`` and ``lr`` are Python numbers or, under a compiler, 0-d
arrays. The rules and their rounding follow PyTorch's ``torch.optim``.
"""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="optimizer", public=False, standard=False)


@spec()
def optim_sgd_step(
    params: list[Array],
    grads: list[Array],
    momentum_buffers: list[Array],
    step: int | Array,
    lr: float | Array,
    momentum: float,
    dampening: float,
    weight_decay: float,
    nesterov: bool,
) -> tuple:
    """SGD with L2 weight decay and heavy-ball or Nesterov momentum: ``(new params, new momentum buffers)``.

    Without momentum, ``momentum_buffers`` is empty and so is the returned
    list; on the first step the buffer starts at the gradient.
    """


@spec()
def optim_adam_step(
    params: list[Array],
    grads: list[Array],
    exp_avgs: list[Array],
    exp_avg_sqs: list[Array],
    max_exp_avg_sqs: list[Array],
    step: int | Array,
    lr: float | Array,
    beta1: float,
    beta2: float,
    eps: float,
    weight_decay: float,
    decoupled: bool,
    amsgrad: bool,
) -> tuple:
    """Adam (AdamW with ``decoupled``): ``(new params, new exp_avgs, new exp_avg_sqs, new max_exp_avg_sqs)``.

    ``decoupled`` scales the parameters by ``1 - lr * weight_decay`` before
    the step instead of adding ``weight_decay * param`` to the gradient.
    Without ``amsgrad``, ``max_exp_avg_sqs`` is empty and so is the returned
    list.
    """
