"""Every public kornia function that takes an image alone (its other arguments have defaults),
through the lazy library transpile, on a random (1, 3, 16, 16) image in [0, 1]."""

from __future__ import annotations

import inspect
from typing import Any

SOURCE = "torch"
TARGETS = ["jax", "tensorflow"]
lazy = True
MODULES = ["color", "enhance", "filters", "geometry.transform", "morphology", "feature", "metrics", "losses", "utils"]
MODULES += ["geometry.conversions", "contrib", "core", "geometry.subpix", "geometry.epipolar", "sensors", "io"]
FIRST = ("image", "input", "img", "tensor", "x", "data", "imgs", "images")


def library() -> Any:
    import kornia

    return kornia


def cases() -> list[str]:
    """``module.function`` for each public function whose only required argument is an image."""
    import importlib

    found = []
    for module_name in MODULES:
        try:
            module = importlib.import_module(f"kornia.{module_name}")
        except ImportError:
            continue
        for name in sorted(getattr(module, "__all__", dir(module))):
            f = getattr(module, name, None)
            if name.startswith("_") or not inspect.isfunction(f) or not f.__module__.startswith("kornia"):
                continue
            try:
                parameters = list(inspect.signature(f).parameters.values())
            except (TypeError, ValueError):
                continue
            required = [p for p in parameters if p.default is inspect.Parameter.empty and p.kind <= 2]
            if len(required) == 1 and required[0].name in FIRST:
                found.append(f"{module_name}.{name}")
    return list(dict.fromkeys(found))


def build(name: str) -> tuple[Any, Any]:
    import torch

    function = library()
    for part in name.split("."):
        function = getattr(function, part)

    def inputs(seed: int) -> tuple[tuple, dict]:
        g = torch.Generator().manual_seed(seed)
        return (torch.rand(1, 3, 16, 16, generator=g),), {}

    function(*inputs(0)[0])  # a function that refuses a plain image is not tried
    return name, inputs
