"""The stateful API: ``ivy.Module``, ``ivy.layers``, ``ivy.optimizers`` and a small ``Trainer``.

Written only with Ivy's functional API (``ivy.nn``, ``ivy.random``,
``ivy.value_and_grad``), so one model definition builds, trains, saves and
loads the same way on every backend. Imported on first use of any of these
names (``import ivy`` stays light).

* :class:`Module` holds parameters and buffers by name and finds submodules
  on attribute assignment; ``parameters()`` is a nested dict, ``apply(params,
  *args)`` the functional view that ``ivy.value_and_grad`` differentiates;
  ``state_dict``/``load_state_dict``/``save``/``load`` use PyTorch's names and
  the safetensors format.
* :mod:`ivy.stateful.layers` (``ivy.layers``): Linear, convolutions, pooling,
  normalisation, dropout, embedding, attention, recurrent layers, containers,
  activations and losses, loadable from ``torch.nn`` state dicts.
* :mod:`ivy.stateful.optimizers` (``ivy.optimizers``): SGD, Adam, AdamW,
  RMSprop, Adagrad, learning-rate schedules, gradient clipping.
* :mod:`ivy.stateful.init`: the initialisers, seeded through ``ivy.random``.
"""

import sys as _sys

from ivy.stateful import init, layers, optimizers, serialization
from ivy.stateful.module import Buffer, LoadResult, Module, ModuleDict, ModuleList, Parameter, Sequential
from ivy.stateful.serialization import load, save
from ivy.stateful.trainer import EarlyStopping, Trainer, accuracy

#: This package, for ``ivy.stateful`` (``ivy.__getattr__`` imports names as ``"module:attribute"``).
stateful = _sys.modules[__name__]

__all__ = [
    "Buffer",
    "EarlyStopping",
    "LoadResult",
    "Module",
    "ModuleDict",
    "ModuleList",
    "Parameter",
    "Sequential",
    "Trainer",
    "accuracy",
    "init",
    "layers",
    "load",
    "optimizers",
    "save",
    "serialization",
]
