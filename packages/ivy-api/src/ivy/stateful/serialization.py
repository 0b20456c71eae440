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
import math
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


_MAX_HEADER = 100_000_000  # bytes: the safetensors format's own limit
_NPZ_DTYPES = {*_SAFETENSORS_DTYPES, "complex64", "complex128"}
#: What zipfile raises for a damaged archive that claims a compression method, version or encryption.
_ZIP_CLAIMS = (NotImplementedError, RuntimeError)


def _corrupt(path: Any, problem: str) -> ivy.FileFormatError:
    return ivy.FileFormatError(f"ivy.stateful.load: {os.fspath(path)}: {problem}")


def _is_index(item: Any) -> bool:
    return type(item) is int and item >= 0


def _check_metadata(path: Any, metadata: Any) -> dict[str, str]:
    if type(metadata) is not dict or not all(type(v) is str for v in metadata.values()):
        raise _corrupt(path, "the metadata must be a JSON object of strings")
    return metadata


def _tensor_entry(path: Any, name: str, entry: Any, available: int) -> tuple[str, Any, list[int], int, int]:
    """``(dtype code, numpy dtype, shape, begin, end)`` of one header entry, checked against the data's size."""
    np = _numpy()
    if type(entry) is not dict or set(entry) != {"dtype", "shape", "data_offsets"}:
        raise _corrupt(path, f"{name!r}: expected an object with the fields dtype, shape and data_offsets")
    code, shape, offsets = entry["dtype"], entry["shape"], entry["data_offsets"]
    if type(code) is not str or (code != "BF16" and code not in _NUMPY_DTYPES):
        raise _corrupt(path, f"{name!r}: dtype {code!r} is not one of BF16, {', '.join(_NUMPY_DTYPES)}")
    dtype = np.dtype("<u2") if code == "BF16" else np.dtype(_NUMPY_DTYPES[code]).newbyteorder("<")
    if type(shape) is not list or len(shape) > 64 or not all(_is_index(d) and d < 2**62 for d in shape):
        raise _corrupt(path, f"{name!r}: the shape must be a list of at most 64 non-negative integers, not {shape!r}")
    if type(offsets) is not list or len(offsets) != 2 or not all(map(_is_index, offsets)):
        raise _corrupt(path, f"{name!r}: data_offsets must be two non-negative integers, not {offsets!r}")
    begin, end = offsets
    if not begin <= end <= available:
        raise _corrupt(path, f"{name!r}: data_offsets {offsets} lie outside the {available} bytes of data")
    expected = math.prod(shape) * dtype.itemsize
    if end - begin != expected:
        raise _corrupt(path, f"{name!r}: {end - begin} bytes of data for shape {shape} of {code} ({expected} bytes)")
    return code, dtype, shape, begin, end


def _read_safetensors(path: Any) -> tuple[dict[str, Any], dict[str, str], set[str]]:
    """The arrays of a safetensors file, every header field checked before any data is read."""
    np = _numpy()
    with open(path, "rb") as file:
        raw = file.read()
    if len(raw) < 8:
        raise _corrupt(path, f"a safetensors file starts with its 8-byte header size; it has {len(raw)} bytes")
    (size,) = struct.unpack_from("<Q", raw)
    if size > min(_MAX_HEADER, len(raw) - 8):
        raise _corrupt(path, f"the header size {size} exceeds the file ({len(raw)} bytes) or the format's limit")
    try:
        header = json.loads(raw[8 : 8 + size])
    except (ValueError, RecursionError) as error:
        raise _corrupt(path, f"the header is not JSON ({error})") from None
    if type(header) is not dict:
        raise _corrupt(path, "the header must be a JSON object")
    metadata = _check_metadata(path, header.pop(_METADATA, None) or {})
    data = memoryview(raw)[8 + size :]
    entries = {name: _tensor_entry(path, name, entry, len(data)) for name, entry in header.items()}
    previous_end, previous = 0, None
    for name, (*_, begin, end) in sorted(entries.items(), key=lambda item: item[1][3:]):
        if begin < previous_end:
            raise _corrupt(path, f"the data of {name!r} overlaps that of {previous!r}")
        previous_end, previous = max(previous_end, end), name
    arrays, bfloat16 = {}, set()
    for name, (code, dtype, shape, begin, end) in entries.items():
        if code == "BF16":
            bfloat16.add(name)
        array = np.frombuffer(data[begin:end], dtype=dtype).reshape(shape)
        arrays[name] = array.astype(dtype.newbyteorder("="))
    return arrays, metadata, bfloat16


def _read_npz(path: Any) -> tuple[dict[str, Any], dict[str, str], set[str]]:
    """The arrays of an ``.npz`` archive (never unpickled); a damaged archive is a FileFormatError."""
    import zipfile
    import zlib

    np = _numpy()
    with open(path, "rb") as file:
        try:
            archive = np.load(file, allow_pickle=False)
            if not isinstance(archive, np.lib.npyio.NpzFile):  # a bare .npy array
                raise ValueError("an .npy array, not an archive")
            with archive:
                arrays = {name: archive[name] for name in archive.files}
        except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, *_ZIP_CLAIMS) as error:
            raise _corrupt(path, f"not a readable .npz archive ({type(error).__name__}: {error})") from None
    metadata: Any = {}
    if _METADATA in arrays:
        try:
            metadata = json.loads(str(arrays.pop(_METADATA)))
        except (ValueError, RecursionError) as error:
            raise _corrupt(path, f"the metadata is not JSON ({error})") from None
    metadata = _check_metadata(path, metadata)
    for name, array in arrays.items():
        if array.dtype.name not in _NPZ_DTYPES:
            raise _corrupt(path, f"{name!r} has dtype {array.dtype}, not one of {', '.join(sorted(_NPZ_DTYPES))}")
    bfloat16 = {key.split(":", 1)[1] for key in metadata if key.startswith("bfloat16:")}
    for name in bfloat16:
        if name not in arrays or arrays[name].dtype.name != "uint16":
            raise _corrupt(path, f"{name!r} is marked bfloat16 but is not a uint16 array of the archive")
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
