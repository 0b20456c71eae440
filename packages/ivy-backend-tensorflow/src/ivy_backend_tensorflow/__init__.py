"""Ivy's TensorFlow backend: the ``tensorflow`` entry of the ``ivy.backends`` group.

Importing this module imports TensorFlow (``import ivy`` does not: the core
imports a backend only when it is selected). PaddlePaddle, when installed,
is imported first: see :mod:`ivy_backend_tensorflow._import_order`.
"""

from ivy_backend_tensorflow._import_order import paddle_first

paddle_first()

from ivy.plugin import Backend  # noqa: E402
from ivy_backend_tensorflow import (  # noqa: E402
    autodiff,
    control_flow,
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

plugin = Backend(
    protocol, creation, elementwise, manipulation, statistical, linalg, fft, special, nn, autodiff, control_flow
)

__all__ = ["plugin"]
