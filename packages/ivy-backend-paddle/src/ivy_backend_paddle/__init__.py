"""Ivy's PaddlePaddle backend: the ``paddle`` entry of the ``ivy.backends`` group.

Importing this module imports Paddle; ``import ivy`` does not import this
module (the core loads it when the ``paddle`` backend is selected).
"""

from ivy_backend_paddle._guard import check_import_order

check_import_order()

from ivy.plugin import Backend  # noqa: E402
from ivy_backend_paddle import (  # noqa: E402
    _unsigned,
    autodiff,
    creation,
    elementwise,
    fft,
    linalg,
    manipulation,
    nn,
    protocol,
    special,
    statistical,
)

plugin = Backend(protocol, creation, elementwise, manipulation, statistical, linalg, fft, special, nn, autodiff)
_unsigned.install(plugin)  # uint16/uint32/uint64 arrays, which Paddle cannot hold

__all__ = ["plugin"]
