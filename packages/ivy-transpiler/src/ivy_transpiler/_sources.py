"""Running the source program in its own framework, for verification."""

from __future__ import annotations

import importlib
from typing import Any

from ivy_transpiler import _tree
from ivy_transpiler._frameworks import is_any_array, to_numpy


def run_source(obj: Any, source: str, args: tuple, kwargs: dict) -> Any:
    """``obj(*args, **kwargs)`` run by ``source`` itself on its own arrays; ``obj``'s state is left as it was."""
    if source != "torch":
        raise NotImplementedError(
            f"ivy_transpiler: verifying a {source} program is not supported yet (pass verify=False)"
        )
    torch = importlib.import_module("torch")
    template, arrays = _tree.flatten((args, kwargs), is_any_array)
    arrays = [x if isinstance(x, torch.Tensor) else torch.from_numpy(to_numpy(x).copy()) for x in arrays]
    call_args, call_kwargs = _tree.unflatten(template, arrays)
    saved = None
    if isinstance(obj, torch.nn.Module):
        saved = {k: v.detach().clone() for k, v in obj.state_dict().items()}
    try:
        with torch.no_grad():
            return obj(*call_args, **call_kwargs)
    finally:
        if saved is not None:
            obj.load_state_dict(saved)
