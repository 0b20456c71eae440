"""The graph-flavoured ``tf.*`` names that eager TF/Keras code still calls, with TF's eager-mode behaviour.

``name_scope`` keeps a per-thread scope string; ``device``, ``control_dependencies`` and ``init_scope`` are no-op
context managers (ivy's backends place arrays; eager ops run in order); ``group``/``tuple`` follow eager TF;
``gradients``/``hessians`` raise as TF does in eager mode; ``print`` formats tensors like TF's C++ summarizer;
``numpy_function``/``py_function`` call the Python function on the values. These are the eager API only: a captured
program is traced by real TF, where they become ``PyFunc``/``EagerPyFunc``/``PrintV2`` graph ops that the capture
reports as unsupported.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from ivy_frontends.tensorflow._dtypes import as_dtype
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, Variable, constant

FUNCTIONS: dict[str, Any] = {}
_STATE = threading.local()


def register(fn: Any) -> Any:
    FUNCTIONS[fn.__name__.rstrip("_")] = fn
    return fn


def _scope() -> str:
    return getattr(_STATE, "scope", "")


@register
class name_scope:  # noqa: N801 - TF's name
    """tf.name_scope: ``with name_scope("a") as s`` gives ``"a/"`` nested under the current scope."""

    def __init__(self, name: str) -> None:
        if not isinstance(name, str):
            raise ValueError("name for name_scope must be a string.")
        self._name = name
        self._saved: list[str] = []

    @property
    def name(self) -> str:
        return self._name

    def __enter__(self) -> str:
        old = _scope()
        if not self._name:
            new = ""
        elif self._name.endswith("/"):
            new = self._name
        else:
            new = old + self._name + "/"
        self._saved.append(old)
        _STATE.scope = new
        return new

    def __exit__(self, *exc: object) -> None:
        _STATE.scope = self._saved.pop()


@register
def get_current_name_scope() -> str:
    """tf.get_current_name_scope: the current scope without its trailing ``/``."""
    return _scope().rstrip("/")


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield None


@register
def device(device_name: Any) -> Any:
    """tf.device: a no-op context manager (ivy's backends place arrays)."""
    return _nothing()


@register
def control_dependencies(control_inputs: Any) -> Any:
    """tf.control_dependencies: eager ops already run in order, so a no-op context manager as in eager TF."""
    return _nothing()


@register
def init_scope() -> Any:
    """tf.init_scope: the frontend is always eager, so a no-op context manager."""
    return _nothing()


@register
def inside_function() -> bool:
    """tf.inside_function: False (the frontend never builds a tf.function graph)."""
    return False


@register
def group(*inputs: Any, **kwargs: Any) -> None:
    """tf.group: None in eager mode (the inputs have already run)."""
    return None


@register
def tuple_(tensors: Any, control_inputs: Any = None, name: Any = None) -> list[Any]:
    """tf.tuple: the inputs as a list (eager mode)."""
    return list(tensors)


@register
def no_gradient(op_type: str) -> None:
    """tf.no_gradient: checks the op name and registers nothing (gradients come from ivy)."""
    if not isinstance(op_type, str):
        raise TypeError("op_type must be a string")


_NO_EAGER_GRADIENTS = "tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead."


@register
def gradients(ys: Any, xs: Any, *args: Any, **kwargs: Any) -> Any:
    """tf.gradients: raises as TF does in eager mode."""
    raise RuntimeError(_NO_EAGER_GRADIENTS)


@register
def hessians(ys: Any, xs: Any, *args: Any, **kwargs: Any) -> Any:
    """tf.hessians: raises as TF does in eager mode."""
    raise RuntimeError(_NO_EAGER_GRADIENTS)


@register
def timestamp(name: Any = None) -> Tensor:
    """tf.timestamp: seconds since the epoch as a float64 scalar."""
    return constant(time.time(), dtype="float64")


# --- tf.print -------------------------------------------------------------------------------------------------


def _float_text(v: float, short: int, long: int, kind: type) -> str:
    """TF's FloatToBuffer: ``%g`` with the type's digits, more when that does not round-trip."""
    text = f"{v:.{short}g}"
    return text if kind(text) == v or v != v else f"{v:.{long}g}"


def _element(v: Any, dtype: np.dtype) -> str:
    if dtype.kind == "b":
        return "1" if v else "0"
    if dtype.kind in "iu":
        return str(int(v))
    if dtype.kind == "f":
        if dtype == np.float64:
            return _float_text(float(v), 15, 17, float)
        return _float_text(float(np.float32(v)), 6, 9, lambda s: float(np.float32(s)))
    return "?"


def _dims(a: np.ndarray, k: int, at: int, out: list[str]) -> None:
    """Append ``a`` (dimension ``at`` of the tensor) keeping ``k`` entries at each end, as TF's PrintOneDimV2."""
    if a.ndim == 0:
        out.append(_element(a[()], a.dtype))
        return
    count, last = a.shape[0], a.ndim == 1
    gap = " " if last else "\n" * (a.ndim - 1) + " " * (at + 1)
    keep = list(range(min(k, count))) + [-1] * (count > 2 * k) + list(range(max(k, count - k), count))
    out.append("[")
    for j, i in enumerate(keep):
        if j:
            out.append(gap)
        if i < 0:
            out.append("...")
        else:
            _dims(a[i], k, at + 1, out)
    out.append("]")


def _format(x: Any, summarize: int) -> str:
    a = np.asarray(x.numpy())
    if a.size == 0 and a.ndim:  # TF's own shapes for empty tensors
        if a.dtype.kind == "b":
            return ""
        return "[]" if a.shape[0] == 0 else "[" + "\n" * (a.ndim - 1) + " ...]"
    out: list[str] = []
    _dims(a, a.size if summarize < 0 else summarize, 0, out)
    return "".join(out)


class _Shown:
    """A formatted tensor that prints as its text inside a Python structure's repr."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _shown(x: Any, summarize: int) -> Any:
    if isinstance(x, (Tensor, Variable)):
        return _Shown(_format(x, summarize))
    if isinstance(x, dict):
        return {k: _shown(v, summarize) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return type(x)(_shown(v, summarize) for v in x)
    return x


_STREAMS = {"stderr": lambda: sys.stderr, "stdout": lambda: sys.stdout}


@register
def print_(
    *inputs: Any, output_stream: Any = None, summarize: int = 3, sep: str = " ", end: str = "\n", name: Any = None
) -> None:
    """tf.print: writes the inputs with tensors summarized like TF (``summarize`` entries at each end)."""
    text = sep.join(str(_shown(x, summarize)) for x in inputs) + end
    stream = sys.stderr if output_stream is None else output_stream
    if isinstance(stream, str) and stream in _STREAMS:
        stream = _STREAMS[stream]()
    if isinstance(stream, str) and stream.startswith("file://"):
        with open(stream[len("file://") :], "a") as f:
            f.write(text)
    elif hasattr(stream, "write"):
        stream.write(text)
    elif callable(stream):
        stream(text[: -len(end)] if end and text.endswith(end) else text)
    else:
        raise ValueError(f"tf.print: unsupported output_stream {output_stream!r}")


# --- numpy_function / py_function ------------------------------------------------------------------------------


def _outputs(result: Any, tout: Any, convert: Callable[[Any, Any], Any], none: Any) -> Any:
    """``result`` as Tensors of ``tout`` (a dtype or a list of them); ``none`` when ``tout`` is empty."""
    if isinstance(tout, (list, tuple)):
        if not tout:
            return none
        values = result if isinstance(result, (list, tuple)) else [result]
        if len(values) != len(tout):
            raise InvalidArgumentError(f"expected {len(tout)} results from the function, got {len(values)}")
        return [convert(v, as_dtype(t)) for v, t in zip(values, tout, strict=True)]
    return convert(result, as_dtype(tout))


def _from_numpy(value: Any, dtype: Any) -> Tensor:
    if isinstance(value, (np.ndarray, np.generic)):
        return constant(np.asarray(value))  # eager TF keeps a NumPy result's own dtype
    return constant(value, dtype=dtype)


def _from_tensor(value: Any, dtype: Any) -> Tensor:
    if isinstance(value, (Tensor, Variable)):
        if value.dtype != dtype:
            raise InvalidArgumentError(
                f"py_function: the function returned a {value.dtype.name} tensor where Tout is {dtype.name}"
            )
        return value if isinstance(value, Tensor) else value._value()
    return constant(np.asarray(value), dtype=dtype)


def _numpy_of(x: Any) -> Any:
    return x.numpy() if isinstance(x, (Tensor, Variable)) else x


@register
def numpy_function(func: Callable[..., Any], inp: Any, Tout: Any, stateful: bool = True, name: Any = None) -> Any:  # noqa: N803
    """tf.numpy_function: ``func`` on the inputs as NumPy values; results become Tensors of ``Tout``."""
    return _outputs(func(*[_numpy_of(x) for x in inp]), Tout, _from_numpy, None)


@register
def py_function(func: Callable[..., Any], inp: Any, Tout: Any, name: Any = None) -> Any:  # noqa: N803 - TF's name
    """tf.py_function: ``func`` on the inputs as frontend Tensors; results become Tensors of ``Tout``."""
    args = [x if isinstance(x, (Tensor, Variable)) else constant(x) for x in inp]
    return _outputs(func(*args), Tout, _from_tensor, [])
