"""``torch.nn`` of the frontend: ``functional`` (``torch.nn.functional``); ``_recurrent`` registers
the recurrent kernels (``torch.lstm``, ``torch.gru``, ...) that ``nn.LSTM``/``nn.GRU``/``nn.RNN`` call."""

from ivy_frontends.torch.nn import _recurrent, functional

__all__ = ["functional", "_recurrent"]
