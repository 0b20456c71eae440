"""Recurrent layers: RNN, LSTM and GRU (multi-layer, bidirectional) and their cells, as in PyTorch."""

# ruff: noqa: A002  (PyTorch's argument names: input, format)

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy.stateful import init
from ivy.stateful.module import Module, Parameter


def _lstm_cell(x_part, h, c, w_hh, b_hh):
    gates = x_part + ivy.nn.linear(h, w_hh, b_hh)
    size = h.shape[-1]
    i, f, g, o = (gates[..., k * size : (k + 1) * size] for k in range(4))
    c = ivy.nn.sigmoid(f) * c + ivy.nn.sigmoid(i) * ivy.tanh(g)
    return ivy.nn.sigmoid(o) * ivy.tanh(c), c


def _gru_cell(x_part, h, w_hh, b_hh):
    hidden = ivy.nn.linear(h, w_hh, b_hh)
    size = h.shape[-1]
    x_r, x_z, x_n = (x_part[..., k * size : (k + 1) * size] for k in range(3))
    h_r, h_z, h_n = (hidden[..., k * size : (k + 1) * size] for k in range(3))
    r = ivy.nn.sigmoid(x_r + h_r)
    z = ivy.nn.sigmoid(x_z + h_z)
    n = ivy.tanh(x_n + r * h_n)
    return (1.0 - z) * n + z * h


def _rnn_cell(x_part, h, w_hh, b_hh, nonlinearity):
    pre = x_part + ivy.nn.linear(h, w_hh, b_hh)
    return ivy.tanh(pre) if nonlinearity == "tanh" else ivy.nn.relu(pre)


class _RNNBase(Module):
    _mode = ""
    _gates = 1

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        *,
        nonlinearity: str = "tanh",
        dtype: Any = None,
        device: Any = None,
    ):
        if nonlinearity not in ("tanh", "relu"):
            raise ivy.IvyValueError(f"ivy.layers.RNN: nonlinearity must be 'tanh' or 'relu', got {nonlinearity!r}")
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.dropout, self.bidirectional = bias, batch_first, dropout, bidirectional
        self.nonlinearity = nonlinearity
        bound = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0.0
        uniform = init.uniform(-bound, bound)
        rows = self._gates * hidden_size
        directions = 2 if bidirectional else 1
        for layer in range(num_layers):
            width = input_size if layer == 0 else hidden_size * directions
            for direction in range(directions):
                suffix = f"_l{layer}" + ("_reverse" if direction else "")
                options = {"init": uniform, "dtype": dtype, "device": device}
                setattr(self, f"weight_ih{suffix}", Parameter(shape=(rows, width), **options))
                setattr(self, f"weight_hh{suffix}", Parameter(shape=(rows, hidden_size), **options))
                if bias:
                    setattr(self, f"bias_ih{suffix}", Parameter(shape=(rows,), **options))
                    setattr(self, f"bias_hh{suffix}", Parameter(shape=(rows,), **options))

    def _weights(self, layer: int, direction: int) -> tuple:
        suffix = f"_l{layer}" + ("_reverse" if direction else "")
        get = self._parameters.get
        return get(f"weight_ih{suffix}"), get(f"weight_hh{suffix}"), get(f"bias_ih{suffix}"), get(f"bias_hh{suffix}")

    def _step(self, x_part, state, w_hh, b_hh):
        if self._mode == "LSTM":
            return _lstm_cell(x_part, state[0], state[1], w_hh, b_hh)
        if self._mode == "GRU":
            return _gru_cell(x_part, state, w_hh, b_hh)
        return _rnn_cell(x_part, state, w_hh, b_hh, self.nonlinearity)

    def forward(self, input: ivy.Array, hx: Any = None) -> tuple[ivy.Array, Any]:
        name = type(self).__name__
        if input.ndim not in (2, 3):
            raise ivy.IvyValueError(f"ivy.layers.{name}: expected a 2-d or 3-d input, got shape {tuple(input.shape)}")
        batched = input.ndim == 3
        x = input if not batched else (ivy.permute_dims(input, (1, 0, 2)) if self.batch_first else input)
        if not batched:
            x = ivy.expand_dims(x, axis=1)
        length, batch = x.shape[0], x.shape[1]
        directions = 2 if self.bidirectional else 1
        lstm = self._mode == "LSTM"
        if hx is None:
            zeros = ivy.zeros((self.num_layers * directions, batch, self.hidden_size), dtype=x.dtype)
            h0 = c0 = zeros
        else:
            h0, c0 = hx if lstm else (hx, None)
            if not batched:
                h0 = ivy.expand_dims(h0, axis=1)
                c0 = None if c0 is None else ivy.expand_dims(c0, axis=1)
        last_h, last_c = [], []
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(directions):
                w_ih, w_hh, b_ih, b_hh = self._weights(layer, direction)
                projected = ivy.nn.linear(x, w_ih, b_ih)  # every time step at once
                index = layer * directions + direction
                state = (h0[index], c0[index]) if lstm else h0[index]
                steps = [None] * length
                for t in reversed(range(length)) if direction else range(length):
                    result = self._step(projected[t], state, w_hh, b_hh)
                    state = result
                    steps[t] = result[0] if lstm else result
                outputs.append(ivy.stack(steps, axis=0))
                last_h.append(state[0] if lstm else state)
                if lstm:
                    last_c.append(state[1])
            x = outputs[0] if directions == 1 else ivy.concat(outputs, axis=-1)
            if self.dropout > 0.0 and self.training and layer < self.num_layers - 1:
                x = ivy.nn.dropout(x, self.dropout)
        h_n = ivy.stack(last_h, axis=0)
        c_n = ivy.stack(last_c, axis=0) if lstm else None
        if not batched:
            x = ivy.squeeze(x, axis=1)
            h_n = ivy.squeeze(h_n, axis=1)
            c_n = None if c_n is None else ivy.squeeze(c_n, axis=1)
        elif self.batch_first:
            x = ivy.permute_dims(x, (1, 0, 2))
        return x, ((h_n, c_n) if lstm else h_n)

    def extra_repr(self) -> str:
        parts = [f"{self.input_size}, {self.hidden_size}"]
        if self.num_layers != 1:
            parts.append(f"num_layers={self.num_layers}")
        if self._mode == "RNN" and self.nonlinearity != "tanh":
            parts.append(f"nonlinearity={self.nonlinearity!r}")
        if not self.bias:
            parts.append("bias=False")
        if self.batch_first:
            parts.append("batch_first=True")
        if self.dropout:
            parts.append(f"dropout={self.dropout}")
        if self.bidirectional:
            parts.append("bidirectional=True")
        return ", ".join(parts)


class RNN(_RNNBase):
    """Elman RNN: ``h = tanh(x W_ih^T + b_ih + h W_hh^T + b_hh)`` (or relu)."""

    _mode = "RNN"
    _gates = 1

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, nonlinearity: str = "tanh", **kwargs):
        super().__init__(input_size, hidden_size, num_layers, nonlinearity=nonlinearity, **kwargs)


class LSTM(_RNNBase):
    """Long short-term memory, gates in PyTorch's order (input, forget, cell, output).

    Returns ``(output, (h_n, c_n))``.
    """

    _mode = "LSTM"
    _gates = 4


class GRU(_RNNBase):
    """Gated recurrent unit; gates in PyTorch's order (reset, update, new). Returns ``(output, h_n)``."""

    _mode = "GRU"
    _gates = 3


class _Cell(Module):
    _mode = ""
    _gates = 1

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, *, dtype: Any = None, device: Any = None):
        self.input_size, self.hidden_size = input_size, hidden_size
        bound = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0.0
        options = {"init": init.uniform(-bound, bound), "dtype": dtype, "device": device}
        rows = self._gates * hidden_size
        self.weight_ih = Parameter(shape=(rows, input_size), **options)
        self.weight_hh = Parameter(shape=(rows, hidden_size), **options)
        if bias:
            self.bias_ih = Parameter(shape=(rows,), **options)
            self.bias_hh = Parameter(shape=(rows,), **options)
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)

    def forward(self, input: ivy.Array, hx: Any = None) -> Any:
        batched = input.ndim == 2
        x = input if batched else ivy.expand_dims(input, axis=0)
        zeros = ivy.zeros((x.shape[0], self.hidden_size), dtype=x.dtype)
        if hx is None:
            hx = (zeros, zeros) if self._mode == "LSTM" else zeros
        elif not batched:
            hx = tuple(ivy.expand_dims(h, axis=0) for h in hx) if self._mode == "LSTM" else ivy.expand_dims(hx, axis=0)
        projected = ivy.nn.linear(x, self.weight_ih, self.bias_ih)
        if self._mode == "LSTM":
            result = _lstm_cell(projected, hx[0], hx[1], self.weight_hh, self.bias_hh)
            return result if batched else tuple(ivy.squeeze(r, axis=0) for r in result)
        if self._mode == "GRU":
            result = _gru_cell(projected, hx, self.weight_hh, self.bias_hh)
        else:
            result = _rnn_cell(projected, hx, self.weight_hh, self.bias_hh, "tanh")
        return result if batched else ivy.squeeze(result, axis=0)

    def extra_repr(self) -> str:
        return f"{self.input_size}, {self.hidden_size}"


class LSTMCell(_Cell):
    _mode = "LSTM"
    _gates = 4


class GRUCell(_Cell):
    _mode = "GRU"
    _gates = 3


class RNNCell(_Cell):
    _mode = "RNN"
    _gates = 1
