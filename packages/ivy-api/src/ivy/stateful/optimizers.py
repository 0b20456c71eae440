"""``ivy.optimizers``: SGD, Adam, AdamW, RMSprop and Adagrad, learning-rate schedules and gradient clipping.

Each optimizer has a functional core that works with immutable arrays (JAX)
and under ``ivy.jit``::

    opt = ivy.optimizers.Adam(lr=1e-3)
    state = opt.init(params)
    params, state = opt.update(params, grads, state)   # pure: new params, new state

and a stateful convenience that keeps the state for you and updates a
module in place::

    opt = ivy.optimizers.Adam(model, lr=1e-3)           # or Adam(lr=1e-3) and opt.step(model, grads)
    opt.step(grads)

``params`` and ``grads`` are trees of the same structure (nested dicts as
``Module.parameters()`` gives them, or flat dicts); a parameter without a
gradient (left out, or ``None``) is not updated. The update rules,
defaults and state names are PyTorch's (``exp_avg``, ``exp_avg_sq``,
``momentum_buffer``, ...), so the same gradients give the same steps.

``lr`` is a number or a schedule: a function of the number of updates done
so far (``0`` for the first update), such as :class:`StepLR`,
:class:`CosineAnnealingLR` or :class:`LinearWarmup`. Gradient clipping by
global norm (``clip_norm``) or by value (``clip_value``) is applied to the
gradients before the update; :func:`clip_grad_norm` and
:func:`clip_grad_value` are also available on their own.
"""

# ruff: noqa: N803  (PyTorch's argument names: T_max)

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy import _backends, _dispatch
from ivy.stateful import _tree

# -- scalars that may be arrays (a step count traced by a compiler) -----------------------


def _concrete(step: Any) -> int | None:
    """The step count as a Python int, or ``None`` if it is not concrete (traced by a compiler)."""
    if not isinstance(step, ivy.Array):
        return int(step)
    try:
        return int(step)
    except Exception:
        return None


def _as_float(step: Any) -> Any:
    return ivy.astype(step, ivy.float32) if isinstance(step, ivy.Array) else float(step)


def _cos(x: Any) -> Any:
    return ivy.cos(x) if isinstance(x, ivy.Array) else math.cos(x)


def _minimum(x: Any, y: float) -> Any:
    return ivy.minimum(x, ivy.asarray(y, dtype=x.dtype)) if isinstance(x, ivy.Array) else min(x, y)


def _where(condition: Any, x: Any, y: Any) -> Any:
    if isinstance(condition, ivy.Array):
        return ivy.where(condition, x, y)
    return x if condition else y


# -- schedules -------------------------------------------------------------------------------


class Schedule:
    """A learning rate as a function of the number of updates done so far."""

    def __call__(self, step: Any) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


def _evaluate(lr: float | Callable, step: Any) -> Any:
    return lr(step) if callable(lr) else lr


class Constant(Schedule):
    def __init__(self, lr: float):
        self.lr = lr

    def __call__(self, step: Any) -> Any:
        return self.lr


class StepLR(Schedule):
    """``lr * gamma ** (step // step_size)``."""

    def __init__(self, lr: float, step_size: int, gamma: float = 0.1):
        self.lr, self.step_size, self.gamma = lr, step_size, gamma

    def __call__(self, step: Any) -> Any:
        return self.lr * self.gamma ** _as_float(step // self.step_size)


class MultiStepLR(Schedule):
    """``lr`` times ``gamma`` for every milestone reached."""

    def __init__(self, lr: float, milestones: list[int], gamma: float = 0.1):
        self.lr, self.milestones, self.gamma = lr, sorted(milestones), gamma

    def __call__(self, step: Any) -> Any:
        passed = sum(_as_float(step >= m) for m in self.milestones) if self.milestones else 0.0
        return self.lr * self.gamma**passed


class ExponentialLR(Schedule):
    """``lr * gamma ** step``."""

    def __init__(self, lr: float, gamma: float):
        self.lr, self.gamma = lr, gamma

    def __call__(self, step: Any) -> Any:
        return self.lr * self.gamma ** _as_float(step)


class CosineAnnealingLR(Schedule):
    """From ``lr`` down to ``eta_min`` along half a cosine over ``T_max`` updates, then ``eta_min``."""

    def __init__(self, lr: float, T_max: int, eta_min: float = 0.0):
        self.lr, self.T_max, self.eta_min = lr, T_max, eta_min

    def __call__(self, step: Any) -> Any:
        progress = _minimum(_as_float(step), float(self.T_max)) / self.T_max
        return self.eta_min + (self.lr - self.eta_min) * (1.0 + _cos(math.pi * progress)) / 2.0


class LinearWarmup(Schedule):
    """A linear ramp from ``start_factor * lr`` over ``warmup_steps`` updates, then ``after``.

    ``after`` is a number or a schedule (called with the updates counted
    from the end of the warmup); the ramp ends at its first value.
    """

    def __init__(self, after: float | Callable, warmup_steps: int, start_factor: float = 0.0):
        self.after, self.warmup_steps, self.start_factor = after, warmup_steps, start_factor

    def __call__(self, step: Any) -> Any:
        peak = _evaluate(self.after, 0)
        fraction = _minimum(_as_float(step), float(self.warmup_steps)) / max(self.warmup_steps, 1)
        ramp = peak * (self.start_factor + (1.0 - self.start_factor) * fraction)
        following = _evaluate(self.after, step - self.warmup_steps) if callable(self.after) else peak
        return _where(step < self.warmup_steps, ramp, following)


def warmup_cosine(lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> LinearWarmup:
    """Linear warmup to ``lr``, then cosine decay to ``min_lr`` at ``total_steps``."""
    return LinearWarmup(CosineAnnealingLR(lr, max(total_steps - warmup_steps, 1), min_lr), warmup_steps)


# -- clipping ---------------------------------------------------------------------------------


def global_norm(grads: Any, norm_type: float = 2.0) -> ivy.Array:
    """The norm of all gradient leaves together (as if concatenated)."""
    leaves = [g for _, g in _tree.items(grads) if g is not None]
    if not leaves:
        return ivy.asarray(0.0, dtype=ivy.float32)
    dtype = ivy.result_type(*[g.dtype for g in leaves])
    if norm_type == math.inf:
        return ivy.max(ivy.stack([ivy.astype(ivy.max(ivy.abs(g)), dtype) for g in leaves]))
    powers = [ivy.astype(ivy.sum(ivy.abs(g) ** norm_type), dtype) for g in leaves]
    return ivy.sum(ivy.stack(powers)) ** (1.0 / norm_type)


def clip_grad_norm(grads: Any, max_norm: float, norm_type: float = 2.0) -> tuple[Any, ivy.Array]:
    """Scale all gradients by ``max_norm / (norm + 1e-6)`` when their global norm exceeds ``max_norm``.

    Returns ``(clipped gradients, the norm before clipping)``, as PyTorch's
    ``clip_grad_norm_`` computes them.
    """
    norm = global_norm(grads, norm_type)
    factor = ivy.minimum(max_norm / (norm + 1e-6), ivy.asarray(1.0, dtype=norm.dtype))
    clipped = _tree.map_leaves(lambda g: None if g is None else g * ivy.astype(factor, g.dtype), grads)
    return clipped, norm


def clip_grad_value(grads: Any, clip_value: float) -> Any:
    """Clamp every gradient element to ``[-clip_value, clip_value]``."""
    return _tree.map_leaves(lambda g: None if g is None else ivy.clip(g, -clip_value, clip_value), grads)


# -- optimizers ---------------------------------------------------------------------------------


class Optimizer:
    """Base class: subclasses define the slots they keep per parameter and the rule.

    The rule is ``_update`` for one leaf, or ``_apply`` for all the leaves at
    once (SGD and Adam/AdamW: a fused hook of :mod:`ivy.spec.optim`).
    """

    slots: tuple[str, ...] = ()

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-3,
        *,
        weight_decay: float = 0.0,
        clip_norm: float | None = None,
        clip_value: float | None = None,
        maximize: bool = False,
    ):
        if params is not None and not isinstance(params, (dict, list, tuple)) and not _is_module(params):
            params, lr = None, params  # Adam(1e-3): the learning rate given first
        if not callable(lr) and not lr >= 0.0:
            raise ivy.IvyValueError(f"ivy.optimizers.{type(self).__name__}: invalid learning rate {lr!r}")
        self.lr = lr
        self.weight_decay, self.clip_norm, self.clip_value, self.maximize = (
            weight_decay,
            clip_norm,
            clip_value,
            maximize,
        )
        self.target = params
        self.state: dict[str, Any] | None = None

    # -- functional core ------------------------------------------------------------------------
    def _slot_names(self) -> tuple[str, ...]:
        return self.slots

    def _initial(self, slot: str, param: ivy.Array) -> ivy.Array:
        return ivy.zeros_like(param)

    def init(self, params: Any) -> dict[str, Any]:
        """The state before the first update: a step count and the slots of every parameter."""
        flat = _tree.flat(_parameters_of(params))
        return {
            "step": ivy.asarray(0, dtype=ivy.int64),
            "slots": {slot: {p: self._initial(slot, v) for p, v in flat.items()} for slot in self._slot_names()},
        }

    def update(self, params: Any, grads: Any, state: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        """One update: ``(new params, new state)``; nothing is modified in place."""
        flat_params = _tree.flat(params)
        flat_grads = {p: g for p, g in _tree.items(grads) if g is not None}
        unknown = [p for p in flat_grads if p not in flat_params]
        if unknown:
            raise ivy.IvyValueError(f"ivy.optimizers.{type(self).__name__}: gradients for unknown parameters {unknown}")
        if self.clip_value is not None:
            flat_grads = clip_grad_value(flat_grads, self.clip_value)
        if self.clip_norm is not None:
            flat_grads, _ = clip_grad_norm(flat_grads, self.clip_norm)
        step = state["step"]
        done = _concrete(step)
        count = step if done is None else done
        lr = _evaluate(self.lr, count)
        number = count + 1  # this update's number, from 1
        paths = list(flat_grads)
        grad_list = [flat_grads[path] for path in paths]
        if self.maximize:
            grad_list = [-grad for grad in grad_list]
        slots = {slot: dict(values) for slot, values in state["slots"].items()}
        new_params = dict(flat_params)
        if paths:
            values, updated = self._apply(
                [flat_params[path] for path in paths],
                grad_list,
                {slot: [by_path[path] for path in paths] for slot, by_path in slots.items()},
                lr,
                number,
            )
            for path, value in zip(paths, values, strict=True):
                dtype = flat_params[path].dtype
                new_params[path] = value if value.dtype == dtype else ivy.astype(value, dtype)
            for slot, arrays in updated.items():
                slots[slot].update(zip(paths, arrays, strict=True))
        return _tree.rebuild(params, new_params), {"step": step + 1, "slots": slots}

    def _apply(self, params: list, grads: list, slots: dict[str, list], lr: Any, step: Any) -> tuple[list, dict]:
        """The rule applied to every parameter: ``(new params, {slot: new arrays})``, lists in parallel.

        By default :meth:`_update` one parameter at a time; rules with a fused
        hook (:mod:`ivy.spec.optim`) update them all in one call.
        """
        values: list = []
        updated: dict[str, list] = {slot: [] for slot in slots}
        for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
            own = {slot: arrays[index] for slot, arrays in slots.items()}
            value, own = self._update(param, grad, own, lr, step)
            values.append(value)
            for slot, array in own.items():
                updated[slot].append(array)
        return values, updated

    def _update(self, param: ivy.Array, grad: ivy.Array, slots: dict, lr: Any, step: Any) -> tuple[ivy.Array, dict]:
        raise NotImplementedError

    # -- stateful convenience --------------------------------------------------------------------
    def step(self, *args: Any) -> Any:
        """``step(grads)`` for an optimizer built on a model or parameters, else ``step(model_or_params, grads)``.

        Updates a module's parameters in place and returns the new parameters
        (for a tree of parameters, the new tree, which the optimizer keeps).
        """
        if len(args) == 1:
            if self.target is None:
                raise ivy.IvyValueError(
                    f"ivy.optimizers.{type(self).__name__}.step: give the model or parameters to update: "
                    "step(model, grads), or build the optimizer with them"
                )
            target, grads = self.target, args[0]
        elif len(args) == 2:
            target, grads = args
        else:
            raise ivy.IvyTypeError(f"ivy.optimizers.{type(self).__name__}.step takes (grads) or (target, grads)")
        params = _parameters_of(target)
        if self.state is None:
            self.state = self.init(params)
        new_params, self.state = self.update(params, grads, self.state)
        if _is_module(target):
            target.load_parameters(new_params)
        elif target is self.target:
            self.target = new_params
        return new_params

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Nothing to do: gradients are values returned by ``ivy.grad``, never accumulated."""

    @property
    def learning_rate(self) -> float:
        """The learning rate the next update uses."""
        done = 0 if self.state is None else int(self.state["step"])
        return float(_evaluate(self.lr, done))

    def state_dict(self) -> dict[str, ivy.Array]:
        """The state as a flat dict of arrays: ``"step"`` and ``"<slot>.<parameter name>"``."""
        if self.state is None:
            return {}
        result = {"step": self.state["step"]}
        for slot, values in self.state["slots"].items():
            for path, value in values.items():
                result[f"{slot}.{path}"] = value
        return result

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Restore a state saved with :meth:`state_dict` (arrays of any backend)."""
        from ivy.stateful.module import to_array

        if not state_dict:
            self.state = None
            return
        if "step" not in state_dict:
            raise ivy.IvyValueError(f"ivy.optimizers.{type(self).__name__}.load_state_dict: no 'step' entry")
        slots: dict[str, dict[str, ivy.Array]] = {slot: {} for slot in self._slot_names()}
        for key, value in state_dict.items():
            if key == "step":
                continue
            slot, _, path = key.partition(".")
            if slot not in slots:
                raise ivy.IvyValueError(
                    f"ivy.optimizers.{type(self).__name__}.load_state_dict: unknown slot {slot!r} in {key!r} "
                    f"(expected {', '.join(slots) or 'none'})"
                )
            slots[slot][path] = to_array(value)
        self.state = {"step": ivy.astype(to_array(state_dict["step"]), ivy.int64), "slots": slots}

    def save(self, path: Any, *, format: str | None = None) -> None:  # noqa: A002
        """Write the optimizer state (safetensors or ``.npz``)."""
        from ivy.stateful import serialization

        serialization.save(self.state_dict(), path, format=format, metadata={"optimizer": type(self).__name__})

    def load(self, path: Any, *, format: str | None = None) -> None:  # noqa: A002
        from ivy.stateful import serialization

        self.load_state_dict(serialization.load(path, format=format))

    def _settings(self) -> dict[str, Any]:
        return {"lr": self.lr}

    def __repr__(self) -> str:
        settings = {**self._settings(), "weight_decay": self.weight_decay}
        for name in ("clip_norm", "clip_value"):
            if getattr(self, name) is not None:
                settings[name] = getattr(self, name)
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in settings.items())})"


def _is_module(value: Any) -> bool:
    from ivy.stateful.module import Module

    return isinstance(value, Module)


def _parameters_of(target: Any) -> Any:
    return target.parameters() if _is_module(target) else target


def _natives(value: Any, ops: Any) -> Any:
    """``value`` with its arrays (lists element-wise) as ``ops``' natives, or ``_FOREIGN`` if one is not ``ops``'."""
    if isinstance(value, list):
        natives = [item._data if item.__class__ is ivy.Array else item for item in value]
        return natives if all(map(ops.owns, natives)) else _FOREIGN
    if isinstance(value, ivy.Array):
        return value._data if ops.owns(value._data) else _FOREIGN
    return value


_FOREIGN = object()


def _fused(hook: str, *args: Any) -> tuple[list, ...]:
    """Call a fused update hook (:mod:`ivy.spec.optim`): lists of new arrays.

    The backend's native kernel when it has one and every array is its own;
    otherwise the core's composite, called as Ivy code (so that a traced or
    compiled update sees every operation).
    """
    ops = _dispatch.ops()
    if type(ops) is _backends.Ops and hook in ops.implemented:
        natives = [_natives(arg, ops) for arg in args]
        if not any(n is _FOREIGN for n in natives):
            return tuple([ivy.Array(n) for n in result] for result in getattr(ops, hook)(*natives))
    from ivy.composite import optim  # imports pluggy: not at ``import ivy``

    return getattr(optim, hook)(*args)


class SGD(Optimizer):
    """Stochastic gradient descent with optional momentum (heavy ball or Nesterov) and L2 weight decay."""

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-3,
        momentum: float = 0.0,
        dampening: float = 0.0,
        weight_decay: float = 0.0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
        clip_norm: float | None = None,
        clip_value: float | None = None,
    ):
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ivy.IvyValueError("ivy.optimizers.SGD: Nesterov momentum needs momentum > 0 and zero dampening")
        super().__init__(
            params, lr, weight_decay=weight_decay, clip_norm=clip_norm, clip_value=clip_value, maximize=maximize
        )
        self.momentum, self.dampening, self.nesterov = momentum, dampening, nesterov

    def _slot_names(self) -> tuple[str, ...]:
        return ("momentum_buffer",) if self.momentum else ()

    def _apply(self, params, grads, slots, lr, step):
        new_params, buffers = _fused(
            "optim_sgd_step",
            params,
            grads,
            slots.get("momentum_buffer", []),
            step,
            lr,
            self.momentum,
            self.dampening,
            self.weight_decay,
            self.nesterov,
        )
        return new_params, ({"momentum_buffer": buffers} if self.momentum else {})

    def _settings(self) -> dict[str, Any]:
        return {"lr": self.lr, "momentum": self.momentum, "dampening": self.dampening, "nesterov": self.nesterov}


class Adam(Optimizer):
    """Adam (L2 weight decay added to the gradient); ``amsgrad`` keeps the maximum second moment."""

    _decoupled = False

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
        clip_norm: float | None = None,
        clip_value: float | None = None,
    ):
        super().__init__(
            params, lr, weight_decay=weight_decay, clip_norm=clip_norm, clip_value=clip_value, maximize=maximize
        )
        self.betas, self.eps, self.amsgrad = tuple(betas), eps, amsgrad

    def _slot_names(self) -> tuple[str, ...]:
        return ("exp_avg", "exp_avg_sq", "max_exp_avg_sq") if self.amsgrad else ("exp_avg", "exp_avg_sq")

    def _apply(self, params, grads, slots, lr, step):
        beta1, beta2 = self.betas
        new_params, exp_avgs, exp_avg_sqs, maxima = _fused(
            "optim_adam_step",
            params,
            grads,
            slots["exp_avg"],
            slots["exp_avg_sq"],
            slots.get("max_exp_avg_sq", []),
            step,
            lr,
            beta1,
            beta2,
            self.eps,
            self.weight_decay,
            self._decoupled,
            self.amsgrad,
        )
        new_slots = {"exp_avg": exp_avgs, "exp_avg_sq": exp_avg_sqs}
        if self.amsgrad:
            new_slots["max_exp_avg_sq"] = maxima
        return new_params, new_slots

    def _settings(self) -> dict[str, Any]:
        return {"lr": self.lr, "betas": self.betas, "eps": self.eps, "amsgrad": self.amsgrad}


class AdamW(Adam):
    """Adam with decoupled weight decay (``param *= 1 - lr * weight_decay`` before the Adam step)."""

    _decoupled = True

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 1e-2,
        amsgrad: bool = False,
        **kwargs: Any,
    ):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad, **kwargs)


class RMSprop(Optimizer):
    """RMSprop: divide by a running root mean square of the gradients (``centered``: of their deviation)."""

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-2,
        alpha: float = 0.99,
        eps: float = 1e-8,
        weight_decay: float = 0.0,
        momentum: float = 0.0,
        centered: bool = False,
        *,
        maximize: bool = False,
        clip_norm: float | None = None,
        clip_value: float | None = None,
    ):
        super().__init__(
            params, lr, weight_decay=weight_decay, clip_norm=clip_norm, clip_value=clip_value, maximize=maximize
        )
        self.alpha, self.eps, self.momentum, self.centered = alpha, eps, momentum, centered

    def _slot_names(self) -> tuple[str, ...]:
        return (
            ("square_avg",) + (("momentum_buffer",) if self.momentum else ()) + (("grad_avg",) if self.centered else ())
        )

    def _update(self, param, grad, slots, lr, step):
        if self.weight_decay:
            grad = grad + self.weight_decay * param
        square_avg = slots["square_avg"] * self.alpha + (1.0 - self.alpha) * grad * grad
        new_slots = {"square_avg": square_avg}
        if self.centered:
            grad_avg = slots["grad_avg"] + (grad - slots["grad_avg"]) * (1.0 - self.alpha)
            new_slots["grad_avg"] = grad_avg
            average = ivy.sqrt(square_avg - grad_avg * grad_avg) + self.eps
        else:
            average = ivy.sqrt(square_avg) + self.eps
        if self.momentum:
            buffer = slots["momentum_buffer"] * self.momentum + grad / average
            new_slots["momentum_buffer"] = buffer
            return param - lr * buffer, new_slots
        return param - lr * grad / average, new_slots

    def _settings(self) -> dict[str, Any]:
        return {
            "lr": self.lr,
            "alpha": self.alpha,
            "eps": self.eps,
            "momentum": self.momentum,
            "centered": self.centered,
        }


class Adagrad(Optimizer):
    """Adagrad: divide by the root of the sum of squared gradients; ``lr_decay`` shrinks the step."""

    def __init__(
        self,
        params: Any = None,
        lr: float | Callable = 1e-2,
        lr_decay: float = 0.0,
        weight_decay: float = 0.0,
        initial_accumulator_value: float = 0.0,
        eps: float = 1e-10,
        *,
        maximize: bool = False,
        clip_norm: float | None = None,
        clip_value: float | None = None,
    ):
        super().__init__(
            params, lr, weight_decay=weight_decay, clip_norm=clip_norm, clip_value=clip_value, maximize=maximize
        )
        self.lr_decay, self.initial_accumulator_value, self.eps = lr_decay, initial_accumulator_value, eps

    slots = ("sum",)

    def _initial(self, slot: str, param: ivy.Array) -> ivy.Array:
        return ivy.full_like(param, self.initial_accumulator_value)

    def _update(self, param, grad, slots, lr, step):
        if self.weight_decay:
            grad = grad + self.weight_decay * param
        rate = lr / (1.0 + (_as_float(step) - 1.0) * self.lr_decay)
        total = slots["sum"] + grad * grad
        return param - rate * grad / (ivy.sqrt(total) + self.eps), {"sum": total}

    def _settings(self) -> dict[str, Any]:
        return {"lr": self.lr, "lr_decay": self.lr_decay, "eps": self.eps}


__all__ = [
    "SGD",
    "Adagrad",
    "Adam",
    "AdamW",
    "Constant",
    "CosineAnnealingLR",
    "ExponentialLR",
    "LinearWarmup",
    "MultiStepLR",
    "Optimizer",
    "RMSprop",
    "Schedule",
    "StepLR",
    "clip_grad_norm",
    "clip_grad_value",
    "global_norm",
    "warmup_cosine",
]
