"""Public functions whose signature comes from a table of parameters.

Framework APIs repeat long runs of parameters across a family (TensorFlow's loop ops all take
``parallel_iterations``, ``back_prop``, ``swap_memory`` and ``name``; its conv ops ``strides``,
``padding``, ``data_format``, ``dilations``). With :func:`signed` a family writes that run once:
the function users call has the table's signature (names, positional order, defaults, and
``TypeError`` for a missing or unknown argument, as a plain ``def`` would), and the
implementation receives, by keyword, only the arguments it names, so the parameters a framework
accepts and ignores stay in the table.
"""

from __future__ import annotations

import inspect
import keyword
from collections.abc import Callable
from typing import Any

from ivy_frontends._shared.naming import named

_P = inspect.Parameter


def params(*required: str, **defaults: Any) -> tuple[inspect.Parameter, ...]:
    """Positional-or-keyword parameters: ``required`` ones first, then ``defaults`` in their order."""
    return tuple(_P(n, _P.POSITIONAL_OR_KEYWORD, annotation=Any) for n in required) + tuple(
        _P(n, _P.POSITIONAL_OR_KEYWORD, default=v, annotation=Any) for n, v in defaults.items()
    )


def more_keywords(name: str = "kwargs") -> tuple[inspect.Parameter, ...]:
    """A ``**name`` parameter, for the end of a table (an implementation naming it gets the extras as a dict)."""
    return (_P(name, _P.VAR_KEYWORD, annotation=Any),)


def signed(
    name: str, parameters: tuple[inspect.Parameter, ...], impl: Callable[..., Any], doc: str | None = None
) -> Any:
    """``name``, a function with ``parameters`` as its signature, calling ``impl`` with the ones it names.

    ``impl``'s own parameters must be among ``parameters`` (checked here, once), or it takes ``**kwargs``
    and gets them all; ``doc`` defaults to ``impl``'s.
    """
    own = inspect.signature(impl)
    sig = inspect.Signature(list(parameters), return_annotation=own.return_annotation)
    every = any(p.kind is _P.VAR_KEYWORD for p in own.parameters.values())
    wanted = tuple(sig.parameters if every else own.parameters)
    unknown = [w for w in wanted if w not in sig.parameters]
    if unknown:
        raise TypeError(f"signed({name!r}): the implementation takes {unknown}, which the signature lacks")
    if any(not n.isidentifier() or keyword.iskeyword(n) or n.startswith("_") for n in (name, *sig.parameters)):
        raise ValueError(f"signed({name!r}): names must be public identifiers")
    heads, starred = [], False  # ``*size`` and keyword-only parameters (torch's factories) keep their kind
    for n, p in sig.parameters.items():
        if p.kind is _P.KEYWORD_ONLY and not starred:
            heads.append("*")
        starred = starred or p.kind in (_P.VAR_POSITIONAL, _P.KEYWORD_ONLY)
        star = {_P.VAR_POSITIONAL: "*", _P.VAR_KEYWORD: "**"}.get(p.kind, "")
        heads.append(f"{star}{n}" if p.default is _P.empty else f"{n}=_defaults[{n!r}]")
    # a plain def (as namedtuple and dataclasses build theirs): Python's own binding, errors and speed
    source = f"def {name}({', '.join(heads)}):\n    return _impl({', '.join(f'{w}={w}' for w in wanted)})\n"
    scope = {"_impl": impl, "_defaults": {n: p.default for n, p in sig.parameters.items()}}
    exec(source, scope)
    op = scope[name]
    op.__signature__ = sig  # type: ignore[attr-defined]
    op.__module__ = impl.__module__
    return named(op, name, impl.__doc__ if doc is None else doc)
