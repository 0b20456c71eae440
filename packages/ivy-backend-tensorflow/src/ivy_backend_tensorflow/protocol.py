"""The backend protocol: how the core holds TensorFlow tensors.

Devices are named as Ivy names them: the host is ``"cpu"``, accelerators are
``"gpu:N"`` in the order of ``tf.config.list_logical_devices("GPU")``.
Tensors are immutable, so ``setitem`` returns a new tensor. TensorFlow's own
indexing knows only integers, slices, ``None`` and ``...``; integer arrays
and boolean masks (the standard's advanced indexing, with NumPy's rules for
where the indexed dimensions go) are gathered here, and ``setitem`` scatters
into the positions that the same indexing selects.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, native_impls
from ivy_backend_tensorflow._common import (
    BOOL,
    INT64,
    NATIVE,
    SCALARS,
    EagerTensor,
    Tensor,
    as_tensor,
    deep_copy,
    scalar_tensor,
)

# -- arrays and dtypes ------------------------------------------------------------

globals().update(
    native_impls(
        dtype_of=operator.attrgetter("dtype"),
    )
)


@hookimpl
def array_types() -> tuple:
    return (tf.Tensor, tf.Variable)


@hookimpl
def dtypes() -> dict:
    return dict(NATIVE)


@hookimpl
def shape_of(x: Any) -> tuple:
    return tuple(x.shape)


# -- devices ------------------------------------------------------------------------


@functools.cache
def _gpus() -> tuple:
    return tuple(tf.config.list_logical_devices("GPU"))


@functools.lru_cache(maxsize=64)
def device_name(native: str) -> str:
    """Ivy's name for a TensorFlow device string (``/job:.../device:GPU:1`` is ``gpu:1``)."""
    spec = tf.DeviceSpec.from_string(native)
    kind = (spec.device_type or "CPU").lower()
    if kind == "cpu":
        return "cpu"
    return f"{kind}:{spec.device_index or 0}"


@hookimpl
def devices() -> list:
    return ["cpu"] + [f"gpu:{i}" for i in range(len(_gpus()))]


@hookimpl
def default_device() -> str:
    return "gpu:0" if _gpus() else "cpu"


def placement(x: Any) -> str:
    """Ivy's name of the device a tensor lives on."""
    return device_name(x.device) if x.device else ("gpu:0" if _gpus() else "cpu")


@hookimpl
def device_of(x: Any) -> str:
    return placement(x)


@hookimpl
def native_device(name: str) -> Any:
    kind, _, index = name.partition(":")
    if kind == "cpu":
        return "/device:CPU:0"
    if kind == "gpu" and int(index or 0) < len(_gpus()):
        return f"/device:GPU:{int(index or 0)}"
    raise ValueError(f"the tensorflow backend has no device {name!r} (devices: {', '.join(devices())})")


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    if device_name(device) == placement(x):
        return x
    with tf.device(device):
        return tf.identity(x)


def on_device(device: Any, make: Any, *args: Any) -> Any:
    """``make(*args)`` with the result placed on ``device`` (``None``: the default one)."""
    if device is None:
        return make(*args)
    with tf.device(device):
        return tf.identity(make(*args))


# -- indexing ---------------------------------------------------------------------------


def _is_index_array(k: Any) -> bool:
    return isinstance(k, (tf.Tensor, tf.Variable, np.ndarray))


def _as_index_array(k: Any) -> Tensor:
    k = as_tensor(k)
    if k.dtype is not BOOL and not k.dtype.is_integer:
        raise IndexError(f"arrays used as indices must be of integer or boolean type, not {k.dtype.name}")
    return k


def _is_integer(k: Any) -> bool:
    if isinstance(k, (bool, np.bool_)):
        return False
    try:
        operator.index(k)
    except TypeError:
        return False
    return not _is_index_array(k)


def _parse(shape: tuple, key: Any) -> list[tuple[str, Any]]:
    """The key as a list of ``(kind, value)`` items, one per axis of ``x`` or new axis.

    Kinds: ``new`` (value: its size, 1 for None/True and 0 for False),
    ``slice``, ``int``, ``array`` (an integer tensor). Boolean masks become one
    integer array per dimension they cover, and ``...`` becomes full slices, or
    a ``gap`` item where it covers no dimension: it still separates the advanced
    indices on either side of it, as NumPy has it (``x[i, ..., j]`` of a 2-d ``x``
    puts the broadcast dimensions first).
    """
    items = key if isinstance(key, tuple) else (key,)
    parsed: list[tuple[str, Any]] = []
    ellipsis_at = None
    consumed = 0
    for k in items:
        if k is None:
            parsed.append(("new", 1))
        elif k is Ellipsis:
            if ellipsis_at is not None:
                raise IndexError("an index can only have a single ellipsis ('...')")
            ellipsis_at = len(parsed)
        elif isinstance(k, (bool, np.bool_)):
            parsed.append(("new", 1 if k else 0))
        elif isinstance(k, slice):
            parsed.append(("slice", k))
            consumed += 1
        elif _is_index_array(k):
            k = _as_index_array(k)
            if k.dtype is BOOL:
                if k.shape.rank == 0:
                    parsed.append(("new", 1 if bool(k) else 0))
                    continue
                parsed.append(("mask", k))
                consumed += k.shape.rank
            else:
                parsed.append(("array", k))
                consumed += 1
        elif _is_integer(k):
            parsed.append(("int", operator.index(k)))
            consumed += 1
        else:
            raise IndexError(
                f"only integers, slices, '...', None, and integer or boolean arrays are valid indices, got {k!r}"
            )
    ndim = len(shape)
    if consumed > ndim:
        raise IndexError(f"too many indices for an array of {ndim} dimension(s): {consumed} were indexed")
    fill = [("slice", slice(None))] * (ndim - consumed)
    if ellipsis_at is None:
        parsed.extend(fill)
    else:
        parsed[ellipsis_at:ellipsis_at] = fill or [("gap", None)]
    # Boolean masks -> integer arrays, checking that they match the dimensions they cover.
    result: list[tuple[str, Any]] = []
    axis = 0
    for item_kind, value in parsed:
        if item_kind == "mask":
            rank = value.shape.rank
            covered = tuple(shape[axis : axis + rank])
            if tuple(value.shape) != covered and not (0 in covered and 0 in tuple(value.shape)):
                got = tuple(value.shape)
                raise IndexError(f"boolean index of shape {got} does not match the indexed shape {covered}")
            positions = tf.where(value)
            result.extend(("array", positions[:, i]) for i in range(rank))
            axis += rank
            continue
        if item_kind != "new" and item_kind != "gap":
            axis += 1
        result.append((item_kind, value))
    return result


def _check_int(position: int, size: int, axis: int) -> int:
    if not -size <= position < size:
        raise IndexError(f"index {position} is out of bounds for axis {axis} with size {size}")
    return position


def _normalized_index(index: Tensor, size: int, axis: int) -> Tensor:
    index = tf.cast(index, INT64)
    if tf.size(index) > 0:
        low, high = int(tf.reduce_min(index)), int(tf.reduce_max(index))
        if low < -size or high >= size:
            bad = low if low < -size else high
            raise IndexError(f"index {bad} is out of bounds for axis {axis} with size {size}")
        if low < 0:
            index = tf.where(index < 0, index + size, index)
    return index


def _basic_key(items: list[tuple[str, Any]], shape: tuple) -> tuple:
    """TensorFlow's own key for items without arrays (ints bounds-checked)."""
    key = []
    axis = 0
    for item_kind, value in items:
        if item_kind == "new":
            key.append(tf.newaxis)
            continue
        if item_kind == "gap":
            continue
        if item_kind == "int":
            key.append(_check_int(value, shape[axis], axis))
        else:
            if value.step == 0:
                raise ValueError("slice step cannot be zero")
            key.append(value)
        axis += 1
    return tuple(key)


def _empty_new_axes(result: Tensor, items: list[tuple[str, Any]]) -> Tensor:
    """Give the new axes made by a ``False`` index their length 0."""
    positions = [i for i, (k, v) in enumerate(_output_tokens(items)) if k == "new" and v == 0]
    if not positions:
        return result
    key = [slice(None)] * result.shape.rank
    for p in positions:
        key[p] = slice(0, 0)
    return result[tuple(key)]


def _output_tokens(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The dimensions of the result, in order, for items without arrays."""
    return [(k, v) for k, v in items if k != "int" and k != "gap"]


def _getitem(x: Tensor, items: list[tuple[str, Any]]) -> Tensor:
    shape = tuple(x.shape)
    if not any(k == "array" for k, _ in items):
        result = x[_basic_key(items, shape)] if items else x
        return _empty_new_axes(result, items)
    # Advanced indexing: slices first, then one gather over the indexed axes.
    slicing = []
    advanced_axes, indices = [], []
    axis = 0
    for item_kind, value in items:
        if item_kind == "new" or item_kind == "gap":
            continue
        if item_kind == "slice":
            if value.step == 0:
                raise ValueError("slice step cannot be zero")
            slicing.append(value)
        else:
            slicing.append(slice(None))
            advanced_axes.append(axis)
            if item_kind == "int":
                indices.append(tf.constant(_check_int(value, shape[axis], axis) % max(shape[axis], 1), INT64))
            else:
                indices.append(_normalized_index(value, shape[axis], axis))
        axis += 1
    sliced = x[tuple(slicing)] if slicing else x
    rest_axes = [a for a in range(len(shape)) if a not in advanced_axes]
    try:
        broadcast = tuple(np.broadcast_shapes(*(tuple(i.shape) for i in indices)))
    except ValueError as error:
        raise IndexError(f"shape mismatch: indexing arrays could not be broadcast together: {error}") from None
    in_front = advanced_axes == list(range(len(advanced_axes)))
    moved = sliced if in_front else tf.transpose(sliced, advanced_axes + rest_axes)
    stacked = tf.stack([tf.broadcast_to(i, broadcast) for i in indices], axis=-1)
    rest_shape = [moved.shape[a] for a in range(len(indices), moved.shape.rank)]
    if 0 in rest_shape:  # nothing to gather (TensorFlow refuses to gather from an empty tensor)
        gathered = tf.zeros([*broadcast, *rest_shape], x.dtype)
    else:
        gathered = tf.gather_nd(moved, stacked)  # shape: broadcast + the sliced rest
    # Where the indexed dimensions go: in place if the advanced indices are adjacent, else first.
    positions = [i for i, (k, _) in enumerate(items) if k in ("int", "array")]
    adjacent = positions == list(range(positions[0], positions[-1] + 1))
    nb = len(broadcast)
    order: list[int] = []
    tokens: list[tuple[str, Any]] = []  # output dims: ("new", size) or ("dim", None)
    placed = False
    rest_index = 0
    if not adjacent:
        order.extend(range(nb))
        tokens.extend([("dim", None)] * nb)
        placed = True
    for item_kind, value in items:
        if item_kind == "new":
            tokens.append(("new", value))
        elif item_kind == "slice":
            order.append(nb + rest_index)
            tokens.append(("dim", None))
            rest_index += 1
        elif item_kind != "gap" and not placed:
            order.extend(range(nb))
            tokens.extend([("dim", None)] * nb)
            placed = True
    result = tf.transpose(gathered, order) if order != list(range(len(order))) else gathered
    if any(k == "new" for k, _ in tokens):
        dims = iter(result.shape)
        target = [v if k == "new" else next(dims) for k, v in tokens]
        result = tf.reshape(result, target) if 0 not in target else tf.zeros(target, dtype=x.dtype)
    return result


try:
    from tensorflow.python.eager.record import could_possibly_record
except ImportError:  # pragma: no cover - a TensorFlow that moved it: always take the graph-safe path

    def could_possibly_record() -> bool:
        return True


def on_host(x: Any) -> bool:
    """Whether ``x`` is an eager tensor in host memory that no gradient tape watches.

    Indexing such a tensor through its NumPy view has NumPy's semantics (the
    standard's) and costs one TensorFlow op instead of several; a tensor a tape
    may record, a symbolic one, or one on an accelerator takes TensorFlow ops.
    """
    return x.__class__ is EagerTensor and x.device.endswith("CPU:0") and not could_possibly_record()


def _host_key(key: Any) -> Any:
    if isinstance(key, tuple):
        return tuple(_host_key_item(k) for k in key)
    return _host_key_item(key)


def _host_key_item(k: Any) -> Any:
    if isinstance(k, (tf.Tensor, tf.Variable)):
        k = np.asarray(k)
        if k.dtype != np.bool_ and k.dtype.kind not in "iu":
            raise IndexError(f"arrays used as indices must be of integer or boolean type, not {k.dtype}")
    return k


def _from_host(values: Any, dtype: tf.DType) -> Tensor:
    if isinstance(values, np.ndarray) and values.base is not None:
        values = values.copy()  # never let a new tensor alias the old one's buffer
    return tf.constant(values, dtype=dtype)


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    if x.__class__ is not EagerTensor:
        x = as_tensor(x)
    if on_host(x):
        return _from_host(x._numpy()[_host_key(key)], x.dtype)
    if isinstance(key, slice) or (type(key) is int and x.shape.rank):
        if type(key) is int:
            _check_int(key, x.shape[0], 0)
        elif key.step == 0:
            raise ValueError("slice step cannot be zero")
        return x[key]
    if (
        isinstance(key, Tensor)
        and key.dtype is BOOL
        and key.shape.rank
        and tuple(key.shape) == tuple(x.shape)[: key.shape.rank]
    ):
        return tf.boolean_mask(x, key)
    return _getitem(x, _parse(tuple(x.shape), key))


def _value_like(value: Any, x: Tensor) -> Tensor:
    if type(value) in SCALARS:
        return scalar_tensor(value, x.dtype)
    value = as_tensor(value)
    if value.dtype is x.dtype:
        return value
    if value.dtype.is_complex and x.dtype == BOOL:
        return tf.math.not_equal(value, 0)
    return tf.cast(value, x.dtype)


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    x = as_tensor(x)
    value = _value_like(value, x)
    if on_host(x) and on_host(value):
        values = np.array(x._numpy(), copy=True)
        values[_host_key(key)] = value._numpy()
        return tf.constant(values, dtype=x.dtype)
    shape = tuple(x.shape)
    if isinstance(key, Tensor) and key.dtype is BOOL and tuple(key.shape) == shape and value.shape.rank == 0:
        return tf.where(key, value, x)
    size = int(np.prod(shape, dtype=np.int64))
    positions = _getitem(tf.reshape(tf.range(size, dtype=INT64), shape), _parse(shape, key))
    try:
        updates = tf.broadcast_to(value, tf.shape(positions))
    except (tf.errors.InvalidArgumentError, ValueError) as error:
        raise ValueError(
            f"could not broadcast a value of shape {tuple(value.shape)} to the indexed shape {tuple(positions.shape)}"
        ) from error
    flat = tf.tensor_scatter_nd_update(tf.reshape(x, [-1]), tf.reshape(positions, [-1, 1]), tf.reshape(updates, [-1]))
    return tf.reshape(flat, shape)


# -- interchange ------------------------------------------------------------------------


@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    x = as_tensor(x)
    if copy:
        x = deep_copy(x)
    if dl_device is not None and tuple(dl_device) == dlpack_device(x):
        dl_device = None  # already there (TensorFlow refuses any dl_device)
    options = {"max_version": max_version, "dl_device": dl_device}
    return x.__dlpack__(stream=stream, **{k: v for k, v in options.items() if v is not None})


@hookimpl
def dlpack_device(x: Any) -> tuple:
    name = placement(x)
    return (1, 0) if name == "cpu" else (2, int(name.partition(":")[2] or 0))


@hookimpl
def capabilities() -> dict:
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 32}


@hookimpl
def framework() -> tuple:
    return ("tensorflow", tf.__version__)


_SINGULAR = ("not invertible", "Cholesky decomposition was not successful")


@hookimpl
def classify_error(error: Any) -> Any:
    """TensorFlow's ``ResourceExhaustedError`` (out of memory), and its ``InvalidArgumentError``:
    a singular matrix when its message says so, otherwise a bad argument value."""
    import ivy

    if isinstance(error, tf.errors.ResourceExhaustedError):
        return ivy.IvyMemoryError
    if isinstance(error, tf.errors.InvalidArgumentError):
        return ivy.LinAlgError if any(text in str(error) for text in _SINGULAR) else ivy.IvyValueError
    return None
