"""Saving and loading named arrays: safetensors (the default) and NumPy's ``.npz``.

Both are formats other tools read: ``safetensors.numpy.load_file`` /
``safetensors.torch.load_file`` (and the Hugging Face ecosystem) read the
files written here, and files they write load here, whichever backend wrote
or reads them. The safetensors format (an 8-byte little-endian header length,
a JSON header of dtype, shape and byte offsets, then the raw little-endian
data) is written and read directly, so no extra package is needed. Arrays go
to and from the file through NumPy, which is imported only here, lazily.
"""

# ruff: noqa: A001, A002  (PyTorch's argument names: input, format)

from __future__ import annotations

import json
import os
import struct
from typing import Any

import ivy
from ivy.stateful import _tree

_SAFETENSORS_DTYPES = {
    "bool": "BOOL",
    "uint8": "U8",
    "int8": "I8",
    "int16": "I16",
    "uint16": "U16",
    "int32": "I32",
    "uint32": "U32",
    "int64": "I64",
    "uint64": "U64",
    "float16": "F16",
    "float32": "F32",
    "float64": "F64",
}
_NUMPY_DTYPES = {code: name for name, code in _SAFETENSORS_DTYPES.items()}
_METADATA = "__metadata__"


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy ships with every backend's test setup
        raise ivy.IvyError("ivy.stateful: saving and loading need numpy (`pip install numpy`)") from None
    return numpy


def _format(path: Any, format: str | None) -> str:
    if format is None:
        format = "npz" if os.fspath(path).endswith(".npz") else "safetensors"
    if format not in ("safetensors", "npz"):
        raise ivy.IvyValueError(f"ivy.stateful: unknown format {format!r} (use 'safetensors' or 'npz')")
    return format


def _host(value: Any) -> tuple[Any, bool]:
    """``(numpy array, is_bfloat16)`` of an array of any backend (bfloat16 as its raw uint16 bits)."""
    np = _numpy()
    if isinstance(value, ivy.Array) and value.dtype == ivy.bfloat16:
        bits = np.asarray(ivy.astype(value, ivy.float32)).view(np.uint32) >> 16
        return bits.astype(np.uint16), True
    if isinstance(value, ivy.Array):
        value = value.data  # NumPy reads the native array (0-d ones included)
    if hasattr(value, "detach"):  # a framework's tensor that records gradients
        value = value.detach()
    try:
        array = np.asarray(value)
    except (TypeError, RuntimeError):
        from ivy.stateful.module import to_array

        return _host(to_array(value))
    if array.dtype == object:
        raise ivy.IvyTypeError(f"ivy.stateful.save: cannot store a value of type {type(value).__name__}")
    return array, False


def save(tensors: Any, path: Any, *, format: str | None = None, metadata: dict[str, Any] | None = None) -> None:
    """Write named arrays (a flat dict or a nested tree) to ``path``.

    ``format`` is ``"safetensors"`` or ``"npz"``, by default from the file's
    extension (safetensors unless it ends in ``.npz``). ``metadata`` (string
    values) is kept in the file's header.
    """
    np = _numpy()
    named = _tree.flat(tensors)
    metadata = {str(k): str(v) for k, v in (metadata or {}).items()}
    if _format(path, format) == "npz":
        arrays = {}
        for name, value in named.items():
            array, is_bfloat16 = _host(value)
            arrays[name] = array
            if is_bfloat16:
                metadata[f"bfloat16:{name}"] = "1"
        arrays[_METADATA] = np.asarray(json.dumps(metadata))
        with open(path, "wb") as file:
            np.savez(file, **arrays)
        return
    header: dict[str, Any] = {_METADATA: metadata} if metadata else {}
    chunks, offset = [], 0
    for name, value in named.items():
        array, is_bfloat16 = _host(value)
        if not is_bfloat16 and array.dtype.name not in _SAFETENSORS_DTYPES:
            raise ivy.IvyTypeError(f"ivy.stateful.save: safetensors cannot store {name} of dtype {array.dtype}")
        data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
        code = "BF16" if is_bfloat16 else _SAFETENSORS_DTYPES[array.dtype.name]
        header[name] = {"dtype": code, "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)
    with open(path, "wb") as file:
        file.write(struct.pack("<Q", len(encoded)))
        file.write(encoded)
        for chunk in chunks:
            file.write(chunk)


def _read_safetensors(path: Any) -> tuple[dict[str, Any], dict[str, str], set[str]]:
    np = _numpy()
    with open(path, "rb") as file:
        (size,) = struct.unpack("<Q", file.read(8))
        header = json.loads(file.read(size))
        data = file.read()
    metadata = header.pop(_METADATA, None) or {}
    arrays, bfloat16 = {}, set()
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        code = entry["dtype"]
        if code == "BF16":
            dtype = np.dtype("<u2")
            bfloat16.add(name)
        elif code in _NUMPY_DTYPES:
            dtype = np.dtype(_NUMPY_DTYPES[code]).newbyteorder("<")
        else:
            raise ivy.IvyTypeError(f"ivy.stateful.load: {name} has dtype {code}, which is not supported")
        array = np.frombuffer(data[begin:end], dtype=dtype).reshape(entry["shape"])
        arrays[name] = array.astype(dtype.newbyteorder("="))
    return arrays, metadata, bfloat16


def _read_npz(path: Any) -> tuple[dict[str, Any], dict[str, str], set[str]]:
    np = _numpy()
    with np.load(path, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    metadata = json.loads(str(arrays.pop(_METADATA))) if _METADATA in arrays else {}
    bfloat16 = {key.split(":", 1)[1] for key in metadata if key.startswith("bfloat16:")}
    metadata = {k: v for k, v in metadata.items() if not k.startswith("bfloat16:")}
    return arrays, metadata, bfloat16


def _read(path: Any, format: str | None) -> tuple[dict[str, Any], dict[str, str], set[str]]:
    return _read_npz(path) if _format(path, format) == "npz" else _read_safetensors(path)


def load(path: Any, *, format: str | None = None) -> dict[str, ivy.Array]:
    """The named arrays in ``path``, as arrays of the selected backend (a flat dict, file order)."""
    np = _numpy()
    arrays, _, bfloat16 = _read(path, format)
    result = {}
    for name, array in arrays.items():
        if name in bfloat16:
            widened = (array.astype(np.uint32) << 16).view(np.float32)
            result[name] = ivy.astype(ivy.asarray(widened), ivy.bfloat16)
        else:
            result[name] = ivy.asarray(array)
    return result


def metadata(path: Any, *, format: str | None = None) -> dict[str, str]:
    """The string metadata stored in ``path``'s header."""
    return _read(path, format)[1]
