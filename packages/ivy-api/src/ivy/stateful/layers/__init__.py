"""``ivy.layers``: layers written with ``ivy.nn``, with PyTorch's names, parameter shapes and initialisation.

A ``torch.nn`` layer's ``state_dict()`` loads into the layer of the same name
here (``layer.load_state_dict(torch_layer.state_dict())``), and gives the
same outputs on every backend.
"""

from ivy.stateful.layers.activation import (
    ELU,
    GELU,
    SELU,
    BCELoss,
    BCEWithLogitsLoss,
    CrossEntropyLoss,
    Dropout,
    Hardsigmoid,
    Hardswish,
    Hardtanh,
    HuberLoss,
    KLDivLoss,
    L1Loss,
    LeakyReLU,
    LogSigmoid,
    LogSoftmax,
    Mish,
    MSELoss,
    NLLLoss,
    PReLU,
    ReLU,
    ReLU6,
    Sigmoid,
    SiLU,
    SmoothL1Loss,
    Softmax,
    Softplus,
    Softsign,
    Tanh,
)
from ivy.stateful.layers.attention import (
    MultiHeadAttention,
    MultiheadAttention,
    TransformerEncoder,
    TransformerEncoderLayer,
)
from ivy.stateful.layers.conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
from ivy.stateful.layers.linear import Embedding, Flatten, Identity, Linear, Unflatten
from ivy.stateful.layers.normalization import (
    BatchNorm1d,
    BatchNorm2d,
    BatchNorm3d,
    GroupNorm,
    InstanceNorm1d,
    InstanceNorm2d,
    InstanceNorm3d,
    LayerNorm,
    RMSNorm,
)
from ivy.stateful.layers.pooling import (
    AdaptiveAvgPool1d,
    AdaptiveAvgPool2d,
    AdaptiveAvgPool3d,
    AdaptiveMaxPool1d,
    AdaptiveMaxPool2d,
    AdaptiveMaxPool3d,
    AvgPool1d,
    AvgPool2d,
    AvgPool3d,
    MaxPool1d,
    MaxPool2d,
    MaxPool3d,
)
from ivy.stateful.layers.recurrent import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNCell
from ivy.stateful.module import Module, ModuleDict, ModuleList, Sequential

__all__ = [name for name in dir() if not name.startswith("_") and name[0].isupper()]
