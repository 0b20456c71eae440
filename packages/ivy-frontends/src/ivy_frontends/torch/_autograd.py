"""Gradient-mode switches (no_grad, enable_grad, ...): accepted and recorded, since the frontend
computes values only (gradients come from ``ivy.grad`` on the traced program)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

_enabled = [True]


class _GradMode:
    """A context manager and decorator that sets the recorded grad mode for its body."""

    mode: bool = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._prev: list[bool] = []
        if args and callable(args[0]) and not isinstance(args[0], bool):
            self._fn = args[0]

    def __enter__(self) -> _GradMode:
        self._prev.append(_enabled[0])
        _enabled[0] = self.mode
        return self

    def __exit__(self, *exc: Any) -> None:
        _enabled[0] = self._prev.pop()

    def __call__(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with self.__class__():
                return fn(*args, **kwargs)

        return wrapped


class no_grad(_GradMode):  # noqa: N801 - torch's name
    """torch.no_grad."""

    mode = False


class enable_grad(_GradMode):  # noqa: N801 - torch's name
    """torch.enable_grad."""

    mode = True


class inference_mode(_GradMode):  # noqa: N801 - torch's name
    """torch.inference_mode."""

    def __init__(self, mode: bool = True) -> None:
        super().__init__()
        self.mode = not mode


class set_grad_enabled(_GradMode):  # noqa: N801 - torch's name
    """torch.set_grad_enabled(mode): sets it at once, and for a ``with`` body."""

    def __init__(self, mode: bool) -> None:
        super().__init__()
        self.mode = bool(mode)
        self._outer = _enabled[0]
        _enabled[0] = self.mode

    def __enter__(self) -> set_grad_enabled:
        self._prev.append(self._outer)
        return self


def is_grad_enabled() -> bool:
    """torch.is_grad_enabled: the recorded grad mode."""
    return _enabled[0]


def is_inference_mode_enabled() -> bool:
    """torch.is_inference_mode_enabled."""
    return False
