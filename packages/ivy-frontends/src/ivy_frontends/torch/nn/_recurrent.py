# ruff: noqa: A002 - torch's own argument names (input)
"""Recurrent layers as torch's kernels run them: ``torch.lstm``/``gru``/``rnn_tanh``/``rnn_relu``
(what ``nn.LSTM``/``nn.GRU``/``nn.RNN`` call: multi-layer, bidirectional, batch_first, optional
initial state, LSTM projections) and the single-step ``*_cell`` functions.

Weights follow torch's flat layout: per layer and direction ``w_ih, w_hh[, b_ih, b_hh][, w_hr]``;
gates are stacked as torch stacks them (LSTM ``i, f, g, o``; GRU ``r, z, n``). Time steps run as a
Python loop of ``ivy`` calls, so a traced graph holds the unrolled sequence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap

Step = Callable[[Any, Any, Any, Any], tuple[Any, Any]]


def _linear(x: Any, w: Any, b: Any) -> Any:
    y = ivy.matmul(x, ivy.matrix_transpose(w))
    return y if b is None else ivy.add(y, b)


def _lstm_step(gi: Any, h: Any, c: Any, p: dict[str, Any]) -> tuple[Any, Any]:
    """One LSTM step from the input's gate pre-activations ``gi``: the new ``(h, c)``."""
    gates = ivy.add(gi, _linear(h, p["w_hh"], p["b_hh"]))
    i, f, g, o = ivy.split(gates, 4, axis=-1)
    c = ivy.add(ivy.multiply(ivy.nn.sigmoid(f), c), ivy.multiply(ivy.nn.sigmoid(i), ivy.tanh(g)))
    h = ivy.multiply(ivy.nn.sigmoid(o), ivy.tanh(c))
    if p.get("w_hr") is not None:
        h = _linear(h, p["w_hr"], None)
    return h, c


def _gru_step(gi: Any, h: Any, c: Any, p: dict[str, Any]) -> tuple[Any, Any]:
    """One GRU step: ``n = tanh(i_n + r * (W_hn h + b_hn))``, ``h' = (1 - z) n + z h``."""
    gh = _linear(h, p["w_hh"], p["b_hh"])
    i_r, i_z, i_n = ivy.split(gi, 3, axis=-1)
    h_r, h_z, h_n = ivy.split(gh, 3, axis=-1)
    r, z = ivy.nn.sigmoid(ivy.add(i_r, h_r)), ivy.nn.sigmoid(ivy.add(i_z, h_z))
    n = ivy.tanh(ivy.add(i_n, ivy.multiply(r, h_n)))
    return ivy.add(ivy.multiply(ivy.subtract(1, z), n), ivy.multiply(z, h)), c


def _simple_step(activation: Callable[[Any], Any]) -> Step:
    def step(gi: Any, h: Any, c: Any, p: dict[str, Any]) -> tuple[Any, Any]:
        return activation(ivy.add(gi, _linear(h, p["w_hh"], p["b_hh"]))), c

    return step


_STEPS: dict[str, Step] = {
    "lstm": _lstm_step,
    "gru": _gru_step,
    "rnn_tanh": _simple_step(ivy.tanh),
    "rnn_relu": _simple_step(ivy.nn.relu),
}


def _unpack(params: Any, has_biases: bool, layers: int, directions: int, function: str) -> list[dict[str, Any]]:
    """torch's flat weight list as one dict per (layer, direction)."""
    arrays = [tensor_arg(p, function, "params")._ivy for p in params]
    per = len(arrays) // (layers * directions) if layers * directions else 0
    if per * layers * directions != len(arrays) or per not in ((4, 5) if has_biases else (2, 3)):
        raise RuntimeError(
            f"{function}: got {len(arrays)} parameters for {layers} layer(s) and {directions} direction(s) "
            f"(expected {4 if has_biases else 2} or {5 if has_biases else 3} each)"
        )
    out = []
    for k in range(layers * directions):
        chunk = arrays[k * per : (k + 1) * per]
        p = {"w_ih": chunk[0], "w_hh": chunk[1], "b_ih": None, "b_hh": None, "w_hr": None}
        if has_biases:
            p["b_ih"], p["b_hh"] = chunk[2], chunk[3]
        if per in (3, 5):
            p["w_hr"] = chunk[-1]
        out.append(p)
    return out


def _direction(kind: str, x: Any, h: Any, c: Any, p: dict[str, Any], reverse: bool) -> tuple[Any, Any, Any]:
    """One layer in one direction over time-major ``x``: the stacked outputs and the final state."""
    gi = _linear(x, p["w_ih"], p["b_ih"])  # all time steps' input projections at once
    steps = range(x.shape[0] - 1, -1, -1) if reverse else range(x.shape[0])
    outputs = [None] * x.shape[0]
    for t in steps:
        h, c = _STEPS[kind](gi[t], h, c, p)
        outputs[t] = h
    return ivy.stack(outputs, axis=0), h, c


_RUNS = {
    "lstm": "torch.lstm (what nn.LSTM runs): ``(output, h_n, c_n)``; ``hx`` is ``(h_0, c_0)``.",
    "gru": "torch.gru (what nn.GRU runs): ``(output, h_n)``.",
    "rnn_tanh": "torch.rnn_tanh (what nn.RNN runs): ``(output, h_n)``.",
    "rnn_relu": "torch.rnn_relu (what nn.RNN runs): ``(output, h_n)``.",
}


def _runner(kind: str) -> Callable[..., tuple[Tensor, ...]]:
    """``torch.<kind>``: the multi-layer recurrent op with torch's flat argument list."""

    def rnn(
        input: Any,
        hx: Any,
        params: Any,
        has_biases: bool,
        num_layers: int,
        dropout: float,
        train: bool,
        bidirectional: bool,
        batch_first: bool = False,
    ) -> tuple[Tensor, ...]:
        function = f"torch.{kind}"
        if isinstance(params, Tensor):
            raise NotImplementedError(f"{function}: packed sequences (PackedSequence input) are not supported")
        x = tensor_arg(input, function)._ivy
        unbatched = x.ndim == 2
        if unbatched:
            x = ivy.expand_dims(x, axis=1)
        elif batch_first:
            x = ivy.permute_dims(x, (1, 0, 2))
        directions = 2 if bidirectional else 1
        weights = _unpack(params, has_biases, num_layers, directions, function)
        if kind == "lstm":
            h0, c0 = (tensor_arg(s, function, "hx")._ivy for s in hx)
        else:
            h0, c0 = tensor_arg(hx, function, "hx")._ivy, None
        if unbatched:
            h0 = ivy.expand_dims(h0, axis=1)
            c0 = ivy.expand_dims(c0, axis=1) if c0 is not None else None
        final_h, final_c = [], []
        for layer in range(num_layers):
            outs = []
            for d in range(directions):
                k = layer * directions + d
                c = c0[k] if c0 is not None else None
                out, h, c = _direction(kind, x, h0[k], c, weights[k], reverse=d == 1)
                outs.append(out)
                final_h.append(h)
                final_c.append(c)
            x = ivy.concat(outs, axis=-1) if directions == 2 else outs[0]
            if dropout and train and layer < num_layers - 1:
                from ivy_frontends.torch.nn.functional import FUNCTIONS

                x = FUNCTIONS["dropout"](wrap(x), dropout, True)._ivy
        output = ivy.squeeze(x, axis=1) if unbatched else (ivy.permute_dims(x, (1, 0, 2)) if batch_first else x)
        h_n = ivy.stack(final_h, axis=0)
        results = [wrap(output), wrap(ivy.squeeze(h_n, axis=1) if unbatched else h_n)]
        if kind == "lstm":
            c_n = ivy.stack(final_c, axis=0)
            results.append(wrap(ivy.squeeze(c_n, axis=1) if unbatched else c_n))
        return tuple(results)

    rnn.__name__ = rnn.__qualname__ = kind
    rnn.__doc__ = _RUNS[kind]
    return register(kind, method=False)(rnn)


lstm = _runner("lstm")
for _kind in ("gru", "rnn_tanh", "rnn_relu"):
    _runner(_kind)


def _cell(kind: str) -> Callable[..., Any]:
    def cell(input: Any, hx: Any, w_ih: Any, w_hh: Any, b_ih: Any = None, b_hh: Any = None) -> Any:
        function = f"torch.{kind}_cell"
        x = tensor_arg(input, function)._ivy
        p = {
            "w_ih": tensor_arg(w_ih, function, "w_ih")._ivy,
            "w_hh": tensor_arg(w_hh, function, "w_hh")._ivy,
            "b_ih": None if b_ih is None else tensor_arg(b_ih, function, "b_ih")._ivy,
            "b_hh": None if b_hh is None else tensor_arg(b_hh, function, "b_hh")._ivy,
        }
        if kind == "lstm":
            h, c = (tensor_arg(s, function, "hx")._ivy for s in hx)
        else:
            h, c = tensor_arg(hx, function, "hx")._ivy, None
        h, c = _STEPS[kind](_linear(x, p["w_ih"], p["b_ih"]), h, c, p)
        return (wrap(h), wrap(c)) if kind == "lstm" else wrap(h)

    cell.__name__ = cell.__qualname__ = f"{kind}_cell"
    cell.__doc__ = f"torch.{kind}_cell: one step of the {kind} recurrence."
    return cell


for _kind in _STEPS:
    register(f"{_kind}_cell", method=False)(_cell(_kind))
