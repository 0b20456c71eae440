"""Where the paddle frontend's functions wait for ``__init__`` to publish them (a :class:`Registry`)."""

from __future__ import annotations

from ivy_frontends._shared.registry import Registry

_TABLES = Registry()
#: ``paddle.<name>`` -> function; ``paddle.Tensor.<name>`` -> function taking the tensor first
NAMESPACE, METHODS = _TABLES.namespace, _TABLES.methods
register, add = _TABLES.register, _TABLES.add
