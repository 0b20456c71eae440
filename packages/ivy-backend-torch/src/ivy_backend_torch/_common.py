"""Shared tables and helpers: dtypes, the core's promotion rules in torch's
terms, Python-scalar handling, and the unsigned-integer machinery.

PyTorch promotes differently from Ivy (0-d tensors and Python floats are
"weaker", integers with floats give the float's dtype, the default float is
float32) and has few kernels for uint16, uint32 and uint64. Everything here
exists so that the hooks can give the core's answers with torch kernels.
"""

from __future__ import annotations

from typing import Any

import torch

from ivy.plugin import DTYPES, NativePromotion, order_key, signed_bits

Tensor = torch.Tensor

NAMES = (
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "bfloat16", "float32", "float64", "complex64", "complex128",
)  # fmt: skip

#: ivy dtype name -> torch dtype
BY_NAME: dict[str, torch.dtype] = {name: getattr(torch, name) for name in NAMES}
#: torch dtype -> ivy DType, and back
IVY: dict[torch.dtype, Any] = {BY_NAME[n]: DTYPES[n] for n in NAMES}
TORCH: dict[Any, torch.dtype] = {v: k for k, v in IVY.items()}

_PROMOTION = NativePromotion(BY_NAME, Tensor)
#: the core's promotion table, keyed by torch dtypes
PROMOTE: dict[tuple[torch.dtype, torch.dtype], torch.dtype] = _PROMOTION.table
#: a Python scalar's own dtype (scalar with scalar)
SCALAR_DEFAULT = _PROMOTION.scalar_default
#: The core's result dtype for two operands (tensors or Python scalars).
result_dtype = _PROMOTION.result_dtype

FLOATING = frozenset({torch.float16, torch.bfloat16, torch.float32, torch.float64})
COMPLEX = frozenset({torch.complex64, torch.complex128})
INEXACT = FLOATING | COMPLEX
SIGNED = frozenset({torch.int8, torch.int16, torch.int32, torch.int64})
UNSIGNED = frozenset({torch.uint8, torch.uint16, torch.uint32, torch.uint64})
INTEGRAL = SIGNED | UNSIGNED
#: the smallest float holding every value of an integer (or bool) dtype; NumPy's choice for
#: floating functions of integers
FLOAT_FOR = {
    torch.bool: torch.float16, torch.int8: torch.float16, torch.uint8: torch.float16,
    torch.int16: torch.float32, torch.uint16: torch.float32,
    torch.int32: torch.float64, torch.uint32: torch.float64, torch.int64: torch.float64, torch.uint64: torch.float64,
}  # fmt: skip

# -- unsigned integers ------------------------------------------------------
#: unsigned dtypes torch lacks most kernels for, and the signed dtype of the same width
TWIN = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}
BITS = {torch.uint8: 8, torch.uint16: 16, torch.uint32: 32, torch.uint64: 64, torch.int8: 8, torch.int16: 16,
        torch.int32: 32, torch.int64: 64}  # fmt: skip
#: the sign bit of each twin, as a Python int of the signed type
_SIGN_BIT = {torch.int16: -(2**15), torch.int32: -(2**31), torch.int64: -(2**63)}


def bits(x: Tensor) -> Tensor:
    """``x`` reinterpreted as its signed twin (same bits); for moving data around."""
    return x.view(TWIN[x.dtype])


def key(x: Tensor) -> Tensor:
    """A signed tensor ordered as the unsigned ``x`` is (the sign bit flipped)."""
    twin = TWIN[x.dtype]
    return torch.bitwise_xor(x.view(twin), _SIGN_BIT[twin])


def from_key(k: Tensor, dtype: torch.dtype) -> Tensor:
    """Inverse of :func:`key`."""
    return torch.bitwise_xor(k, _SIGN_BIT[k.dtype]).view(dtype)


def twin_scalar(value: int, dtype: torch.dtype) -> int:
    """A Python int as the signed twin of unsigned ``dtype`` stores it (modular)."""
    return signed_bits(value, BITS[dtype])


def key_scalar(value: int, dtype: torch.dtype) -> int:
    """:func:`key` of a Python int (in the dtype's range)."""
    return order_key(value, BITS[dtype])


def scalar_tensor(value: Any, dtype: torch.dtype, device: Any) -> Tensor:
    """A 0-d tensor holding Python scalar ``value`` as ``dtype``."""
    if dtype in TWIN and isinstance(value, int) and not isinstance(value, bool):
        return torch.tensor(twin_scalar(value, dtype), dtype=TWIN[dtype], device=device).view(dtype)
    return torch.tensor(value, dtype=dtype, device=device)


def operands(x1: Any, x2: Any, dtype: torch.dtype | None = None, tensors: bool = False) -> tuple[Any, Any, torch.dtype]:
    """``x1`` and ``x2`` made ready for a torch kernel that should compute in the
    core's result dtype (or in ``dtype``): tensors are cast to it. A Python
    scalar ``x2`` stays a Python scalar (torch treats it as weak, like the
    core) unless ``tensors`` asks for 0-d tensors; a scalar ``x1`` always
    becomes one (torch functions want a tensor first)."""
    target = result_dtype(x1, x2) if dtype is None else dtype
    device = None
    if isinstance(x1, Tensor):
        device = x1.device
        if x1.dtype is not target:
            x1 = x1.to(target)
    if isinstance(x2, Tensor):
        device = x2.device if device is None else device
        if x2.dtype is not target:
            x2 = x2.to(target)
    if not isinstance(x1, Tensor):
        x1 = scalar_tensor(x1, target, device)
    if not isinstance(x2, Tensor):
        if tensors:
            x2 = scalar_tensor(x2, target, device)
        elif x2.__class__ is bool and target is not torch.bool:  # Python's bool is an int: True - 1 is 0
            x2 = int(x2)
    return x1, x2, target
