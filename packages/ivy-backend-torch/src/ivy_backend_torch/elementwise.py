"""Elementwise functions.

Binary functions take a fast path when both operands are tensors of one dtype
(torch then already computes in the core's result dtype); everything else
goes through :func:`_general`, which applies the core's promotion, Python
scalars' weak typing, and the unsigned-integer fallbacks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from ivy.plugin import hookimpl, native_impls, same_dtype_natives
from ivy_backend_torch._common import (
    BITS,
    COMPLEX,
    FLOAT_FOR,
    FLOATING,
    INEXACT,
    INTEGRAL,
    IVY,
    TWIN,
    Tensor,
    from_key,
    key,
    key_scalar,
    operands,
    result_dtype,
    twin_scalar,
)

_INT64_MAX = 2**63 - 1


# -- unsigned fallbacks: given operands already in the unsigned result dtype ----
def _twin_operand(x: Any, dtype: torch.dtype) -> Any:
    return x.view(TWIN[dtype]) if isinstance(x, Tensor) else twin_scalar(x, dtype)


def _key_operand(x: Any, dtype: torch.dtype) -> Any:
    return key(x) if isinstance(x, Tensor) else key_scalar(x, dtype)


def _wide_operand(x: Any) -> Any:
    return x.to(torch.int64) if isinstance(x, Tensor) else int(x)


def _modular(native: Callable) -> Callable:
    """Operations that are the same on the bits of the signed twin (mod 2**n)."""

    def run(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
        return native(_twin_operand(x1, dtype), _twin_operand(x2, dtype)).view(dtype)

    return run


def _ordered(native: Callable) -> Callable:
    """Comparisons: on keys that order as the unsigned values do."""

    def run(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
        return native(_key_operand(x1, dtype), _key_operand(x2, dtype))

    return run


def _ordered_value(native: Callable) -> Callable:
    """maximum/minimum: on keys, mapped back to values."""

    def run(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
        k1, k2 = _key_operand(x1, dtype), _key_operand(x2, dtype)
        if not isinstance(k1, Tensor):
            k1 = torch.tensor(k1, dtype=k2.dtype, device=k2.device)
        if not isinstance(k2, Tensor):
            k2 = torch.tensor(k2, dtype=k1.dtype, device=k1.device)
        return from_key(native(k1, k2), dtype)

    return run


def _unsigned_divmod(x1: Tensor, x2: Tensor) -> tuple[Tensor, Tensor]:
    """Quotient and remainder of uint64 operands given as int64 bit patterns."""
    if not isinstance(x2, Tensor):
        x2 = torch.tensor(x2, dtype=torch.int64, device=x1.device)
    if not isinstance(x1, Tensor):
        x1 = torch.tensor(x1, dtype=torch.int64, device=x2.device)
    x1, x2 = torch.broadcast_tensors(x1, x2)
    if bool((x2 == 0).any()):
        raise ZeroDivisionError("integer division by zero")
    big = x2 < 0  # divisor >= 2**63: the quotient is 0 or 1
    safe = torch.where(big, 1, x2)
    # (x1 >>> 1) // d, doubled, is the quotient or one less (Hacker's Delight 9-3)
    q = torch.bitwise_left_shift(torch.floor_divide(torch.bitwise_and(x1 >> 1, _INT64_MAX), safe), 1)
    r = x1 - q * safe
    over = key(r.view(torch.uint64)) >= key(safe.view(torch.uint64))
    q = torch.where(over, q + 1, q)
    r = torch.where(over, r - safe, r)
    big_over = key(x1.view(torch.uint64)) >= key(x2.view(torch.uint64))
    q = torch.where(big, big_over.to(torch.int64), q)
    r = torch.where(big, torch.where(big_over, x1 - x2, x1), r)
    return q, r


def _division(which: int, native: Callable) -> Callable:
    def run(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
        if dtype is torch.uint64:
            return _unsigned_divmod(_twin_operand(x1, dtype), _twin_operand(x2, dtype))[which].view(dtype)
        return native(_wide_operand(x1), _wide_operand(x2)).to(dtype)

    return run


def _widened(native: Callable) -> Callable:
    """uint16/uint32 on int64 (exact, truncated back); uint64 on its twin (modular)."""

    def run(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
        if dtype is torch.uint64:
            return native(_twin_operand(x1, dtype), _twin_operand(x2, dtype)).view(dtype)
        return native(_wide_operand(x1), _wide_operand(x2)).to(dtype)

    return run


def _right_shift(x1: Any, x2: Any, dtype: torch.dtype) -> Tensor:
    if dtype is not torch.uint64:
        return torch.bitwise_right_shift(_wide_operand(x1), _wide_operand(x2)).to(dtype)
    a, s = _twin_operand(x1, dtype), _twin_operand(x2, dtype)
    if not isinstance(a, Tensor):
        a = torch.tensor(a, dtype=torch.int64)
    # a logical shift: shift by one with the sign bit cleared, then arithmetically
    half = torch.bitwise_and(torch.bitwise_right_shift(a, 1), _INT64_MAX)
    shifted = torch.bitwise_right_shift(half, torch.clamp(torch.as_tensor(s) - 1, min=0))
    return torch.where(torch.as_tensor(s) == 0, a, shifted).view(dtype)


# -- the binary machinery ---------------------------------------------------
#: Dtypes whose kernels apply a Python scalar in the tensor's own precision (half
#: precision kernels compute in float32 with the unrounded scalar, unlike the standard).
_SINGLE_DOUBLE = frozenset({torch.float32, torch.float64})


def _general(native: Callable, unsigned: Callable | None, floating: torch.dtype | None, keep_scalar: bool) -> Callable:
    """Promote as the core does, then compute with ``native`` (or ``unsigned``)."""

    def general(x1: Any, x2: Any) -> Any:
        dtype = result_dtype(x1, x2)
        if floating is not None and dtype not in INEXACT:
            dtype = floating if floating is not torch.float16 else FLOAT_FOR[dtype]
        x1, x2, dtype = operands(x1, x2, dtype, tensors=not keep_scalar)
        if dtype in TWIN:
            if unsigned is None:
                raise TypeError(f"{native.__name__} has no kernel for {dtype}")
            return unsigned(x1, x2, dtype)
        return native(x1, x2)

    return general


def _binary(
    name: str,
    native: Callable,
    unsigned: Callable | None = None,
    floating: torch.dtype | None = None,
    keep_scalar: bool = True,
    real: Callable | None = None,
    weak_float: bool = False,
    reflected: Callable | None = None,
) -> Callable:
    """A hook: ``native`` directly for same-dtype tensors, :func:`_general` otherwise.

    ``floating``: the function's result is floating; integer operands compute
    in this dtype (``torch.float16`` stands for "the smallest float holding
    the integer dtype", NumPy's rule for floating functions of integers).
    ``real``: the native for same-dtype real tensors when ``native`` adapts
    complex ones (complex operands then take the general path).
    ``weak_float``: a float32/float64 tensor and a Python float go straight to torch, whose
    weak scalars keep the tensor's dtype as the standard does (the commonest mixed call:
    ``x * 0.5``); ``reflected(tensor, scalar)`` computes ``scalar op tensor`` exactly, for
    the scalar-first order (where it is None, that order takes the general path).
    """
    general = _general(native, unsigned, floating, keep_scalar)
    direct = real or native

    def weak(x1: Any, x2: Any) -> Any:
        if x2.__class__ is float and x1.__class__ is Tensor and x1.dtype in _SINGLE_DOUBLE:
            return direct(x1, x2)
        if x1.__class__ is float and reflected is not None and x2.__class__ is Tensor:
            if x2.dtype in _SINGLE_DOUBLE:
                return reflected(x2, x1)
        return general(x1, x2)

    with_scalar = weak if weak_float else general  # no extra call for the other functions

    if real is not None:
        complex64, complex128 = torch.complex64, torch.complex128

        def hook(x1: Any, x2: Any) -> Any:
            try:
                dtype = x1.dtype
                if dtype is x2.dtype and dtype is not complex128 and dtype is not complex64:
                    return real(x1, x2)
            except AttributeError:  # a Python scalar
                return with_scalar(x1, x2)
            except RuntimeError:  # no kernel (uint16..uint64): the fallback, or re-raise below
                if x1.dtype not in TWIN:
                    raise
            return general(x1, x2)

    elif floating is None:

        def hook(x1: Any, x2: Any) -> Any:
            try:
                if x1.dtype is x2.dtype:
                    return native(x1, x2)
            except AttributeError:  # a Python scalar
                return with_scalar(x1, x2)
            except RuntimeError:  # no kernel (uint16..uint64): the fallback, or re-raise below
                if x1.dtype not in TWIN:
                    raise
            return general(x1, x2)

    else:

        def hook(x1: Any, x2: Any) -> Any:
            try:
                dtype = x1.dtype
                if dtype is x2.dtype and dtype in INEXACT:
                    return native(x1, x2)
            except AttributeError:
                return with_scalar(x1, x2)
            return general(x1, x2)

    hook.__name__ = hook.__qualname__ = name
    # the dtypes whose same-dtype operands the hook hands straight to torch (above)
    if real is not None:
        same = {d: real for d in IVY if d not in COMPLEX and d not in TWIN}
    elif floating is None:
        same = {d: native for d in IVY if d not in TWIN}
    else:
        same = dict.fromkeys(INEXACT, native)
    return hookimpl(same_dtype_natives(hook, same))


def _floor_divide(x1: Any, x2: Any) -> Any:
    result = torch.floor_divide(x1, x2)
    if result.dtype not in FLOATING:
        return result
    # torch follows Python's divmod (nan for inf // finite, -1 for -1 // inf);
    # the standard asks for floor(x1 / x2) wherever an operand is infinite.
    infinite = torch.isinf(x1) | (torch.isinf(x2) if isinstance(x2, Tensor) else math.isinf(x2))
    if not bool(infinite.any()):
        return result
    return torch.where(infinite, torch.floor(torch.div(x1, x2)), result)


def _remainder(x1: Any, x2: Any) -> Any:
    if x1.dtype not in FLOATING:
        return torch.remainder(x1, x2)
    # from fmod (exact), moved into the divisor's sign; torch's x1 - x2 * floor(x1 / x2)
    # overflows for large quotients
    divisor = x2 if isinstance(x2, Tensor) else torch.tensor(x2, dtype=x1.dtype, device=x1.device)
    result = torch.fmod(x1, divisor)
    result = _exact_fmod(x1, divisor, result)
    result = torch.where((result != 0) & ((result < 0) != (divisor < 0)), result + divisor, result)
    return torch.where(result == 0, torch.copysign(result, divisor), result)


def _exact_fmod(x1: Tensor, x2: Tensor, result: Tensor) -> Tensor:
    """torch's vectorized fmod gives NaN where x1 / x2 overflows; redo those exactly."""
    bad = torch.isnan(result) & torch.isfinite(x1) & torch.isfinite(x2) & (x2 != 0)
    if not bool(bad.any()):
        return result
    x1, x2 = torch.broadcast_tensors(x1, x2)
    exact = [math.fmod(a, b) for a, b in zip(x1[bad].tolist(), x2[bad].tolist(), strict=True)]
    result = result.clone()
    result[bad] = torch.tensor(exact, dtype=result.dtype, device=result.device)
    return result


def _logical(native: Callable) -> Callable:
    def run(x1: Any, x2: Any) -> Any:
        if not isinstance(x1, Tensor):
            x1 = torch.tensor(x1, device=x2.device if isinstance(x2, Tensor) else None)
        return native(x1, x2 if isinstance(x2, Tensor) else torch.tensor(x2, device=x1.device))

    return run


def _parts(x: Any) -> tuple[Any, Any]:
    if isinstance(x, Tensor):
        return (x.real, x.imag) if x.dtype in COMPLEX else (x, 0.0)
    value = complex(x)
    return value.real, value.imag


def _componentwise(native: Callable) -> Callable:
    """Complex addition and subtraction part by part: torch computes x1 + alpha * x2 with a
    complex product, which turns an infinite part into NaNs (0j + (inf + 0j) = inf + nan j)."""

    def run(x1: Any, x2: Any) -> Any:
        if x1.dtype not in COMPLEX:
            return native(x1, x2)
        (a, b), (c, d) = _parts(x1), _parts(x2)
        return torch.complex(native(a, c), native(b, d))

    return run


_F = torch.float16  # marker: "the smallest float for the integer dtype"

_WEAK = {"weak_float": True}
add = _binary("add", _componentwise(torch.add), _modular(torch.add), real=torch.add, reflected=torch.add, **_WEAK)
subtract = _binary(
    "subtract", _componentwise(torch.subtract), _modular(torch.subtract), real=torch.subtract, reflected=torch.rsub,
    **_WEAK,
)  # fmt: skip
multiply = _binary("multiply", torch.multiply, _modular(torch.multiply), reflected=torch.multiply, **_WEAK)
# (no reflected divide: torch computes ``scalar / tensor`` as ``scalar * reciprocal(tensor)``)
divide = _binary("divide", torch.divide, floating=torch.float64, **_WEAK)
floor_divide = _binary("floor_divide", _floor_divide, _division(0, torch.floor_divide))
remainder = _binary("remainder", _remainder, _division(1, torch.remainder))
pow = _binary("pow", torch.pow, _widened(torch.pow))  # noqa: A001 - the standard's name
atan2 = _binary("atan2", torch.atan2, floating=_F, keep_scalar=False)
copysign = _binary("copysign", torch.copysign, floating=_F, keep_scalar=False)
hypot = _binary("hypot", torch.hypot, floating=_F, keep_scalar=False)
logaddexp = _binary("logaddexp", torch.logaddexp, floating=_F, keep_scalar=False)
nextafter = _binary("nextafter", torch.nextafter, floating=_F, keep_scalar=False)
maximum = _binary("maximum", torch.maximum, _ordered_value(torch.maximum), keep_scalar=False)
minimum = _binary("minimum", torch.minimum, _ordered_value(torch.minimum), keep_scalar=False)
equal = _binary("equal", torch.eq, _ordered(torch.eq))
not_equal = _binary("not_equal", torch.ne, _ordered(torch.ne))
less = _binary("less", torch.lt, _ordered(torch.lt))
less_equal = _binary("less_equal", torch.le, _ordered(torch.le))
greater = _binary("greater", torch.gt, _ordered(torch.gt))
greater_equal = _binary("greater_equal", torch.ge, _ordered(torch.ge))
bitwise_and = _binary("bitwise_and", torch.bitwise_and, _modular(torch.bitwise_and))
bitwise_or = _binary("bitwise_or", torch.bitwise_or, _modular(torch.bitwise_or))
bitwise_xor = _binary("bitwise_xor", torch.bitwise_xor, _modular(torch.bitwise_xor))
bitwise_left_shift = _binary("bitwise_left_shift", torch.bitwise_left_shift, _modular(torch.bitwise_left_shift))
bitwise_right_shift = _binary("bitwise_right_shift", torch.bitwise_right_shift, _right_shift)
logical_and = _binary("logical_and", _logical(torch.logical_and), keep_scalar=False)
logical_or = _binary("logical_or", _logical(torch.logical_or), keep_scalar=False)
logical_xor = _binary("logical_xor", _logical(torch.logical_xor), keep_scalar=False)


# -- unary ------------------------------------------------------------------------
def _floating_unary(name: str, native: Callable) -> Callable:
    """Floating functions: integer inputs compute in the smallest float holding them."""

    def hook(x: Any) -> Any:
        if x.dtype in INEXACT:
            return native(x)
        return native(x.to(FLOAT_FOR[x.dtype]))

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(same_dtype_natives(hook, dict.fromkeys(INEXACT, native)))


def _acos(x: Tensor) -> Tensor:
    result = torch.acos(x)
    if x.dtype not in COMPLEX:
        return result
    # the imaginary part has the sign opposite to the argument's (torch loses it at zeros)
    imag = result.imag
    fixed = torch.where(torch.isnan(imag) | torch.isnan(x.imag), imag, torch.copysign(imag, -x.imag))
    return torch.complex(result.real, fixed)


def _tanh(x: Tensor) -> Tensor:
    result = torch.tanh(x)
    if x.dtype not in COMPLEX:
        return result
    # tanh(+-inf + iy), y finite: +-1 + 0j with the zero's sign that of y (torch: sin(2y)'s)
    edge = torch.isinf(x.real) & torch.isfinite(x.imag)
    if not bool(edge.any()):
        return result
    limit = torch.complex(torch.sign(x.real), torch.copysign(torch.zeros_like(x.imag), x.imag))
    return torch.where(edge, limit, result)


def _expm1(x: Tensor) -> Tensor:
    if x.dtype not in COMPLEX:
        return torch.expm1(x)
    # exp(a + ib) - 1 = expm1(a) cos(b) - 2 sin(b/2)**2 + i exp(a) sin(b), accurate near 0;
    # non-finite arguments take exp(z) - 1, whose special values are the standard's
    a, b = x.real, x.imag
    real = torch.expm1(a) * torch.cos(b) - 2 * torch.sin(b / 2) ** 2 + 0.0
    accurate = torch.complex(real, torch.exp(a) * torch.sin(b))
    exp = torch.exp(x)
    naive = torch.complex(exp.real - 1, exp.imag)
    return torch.where(torch.isfinite(x), accurate, naive)


def _log1p(x: Tensor) -> Tensor:
    if x.dtype not in COMPLEX:
        return torch.log1p(x)
    shifted = torch.complex(x.real + 1, x.imag)
    return torch.where(torch.isfinite(x), torch.log1p(x), torch.log(shifted))


for _name, _native in dict(
    acos=_acos,
    acosh=torch.acosh,
    asin=torch.asin,
    asinh=torch.asinh,
    atan=torch.atan,
    atanh=torch.atanh,
    cos=torch.cos,
    cosh=torch.cosh,
    exp=torch.exp,
    expm1=_expm1,
    log=torch.log,
    log1p=_log1p,
    log2=torch.log2,
    log10=torch.log10,
    sin=torch.sin,
    sinh=torch.sinh,
    sqrt=torch.sqrt,
    tan=torch.tan,
    tanh=_tanh,
).items():
    globals()[_name] = _floating_unary(_name, _native)
del _name, _native

globals().update(
    native_impls(
        isfinite=torch.isfinite,
        isinf=torch.isinf,
        isnan=torch.isnan,
        logical_not=torch.logical_not,
        signbit=torch.signbit,
        conj=torch.conj_physical,
        positive=torch.clone,
    )
)


@hookimpl
def abs(x: Any) -> Any:  # noqa: A001 - the standard's name
    if x.dtype in TWIN:
        return x.clone()
    return torch.abs(x)


@hookimpl
def negative(x: Any) -> Any:
    if x.dtype in TWIN:
        return torch.neg(x.view(TWIN[x.dtype])).view(x.dtype)
    return torch.neg(x)


@hookimpl
def square(x: Any) -> Any:
    if x.dtype in TWIN:
        b = x.view(TWIN[x.dtype])
        return torch.mul(b, b).view(x.dtype)
    if x.dtype is torch.bool:
        return torch.logical_and(x, x)
    return torch.square(x)


@hookimpl
def bitwise_invert(x: Any) -> Any:
    if x.dtype in TWIN:
        return torch.bitwise_not(x.view(TWIN[x.dtype])).view(x.dtype)
    return torch.bitwise_not(x)


def _rounding(name: str, native: Callable) -> Callable:
    def hook(x: Any) -> Any:
        if x.dtype in FLOATING:
            return native(x)
        if x.dtype in COMPLEX:
            if name != "round":  # the standard's ceil, floor and trunc take real numbers only
                raise TypeError(f"{name} is not defined for complex numbers")
            return torch.complex(native(x.real), native(x.imag))
        return x.clone()

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


ceil = _rounding("ceil", torch.ceil)
floor = _rounding("floor", torch.floor)
trunc = _rounding("trunc", torch.trunc)
round = _rounding("round", torch.round)  # noqa: A001 - the standard's name


@hookimpl
def sign(x: Any) -> Any:
    dtype = x.dtype
    if dtype in FLOATING:
        return torch.where(torch.isnan(x), x, torch.sign(x))
    if dtype in COMPLEX:
        # scaled by the larger part first: |x| of a huge x overflows to inf, and x / inf is 0
        scale = torch.maximum(x.real.abs(), x.imag.abs())
        finite = torch.isfinite(scale) & (scale > 0)
        scale = torch.where(finite, scale, 1)
        result = torch.sgn(torch.where(finite, torch.complex(x.real / scale, x.imag / scale), x))
        nan = torch.isnan(x.real) | torch.isnan(x.imag)
        return torch.where(nan, torch.complex(x.real.new_tensor(math.nan), x.real.new_tensor(math.nan)), result)
    if dtype in TWIN or dtype is torch.bool:
        return (x != 0).to(dtype)
    return torch.sign(x)


@hookimpl
def reciprocal(x: Any) -> Any:
    if x.dtype in INEXACT:
        return torch.reciprocal(x)
    return torch.reciprocal(x.to(torch.float64))


@hookimpl
def real(x: Any) -> Any:
    return torch.real(x) if x.dtype in COMPLEX else x.clone()


@hookimpl
def imag(x: Any) -> Any:
    if x.dtype in COMPLEX:
        return torch.imag(x)
    return torch.zeros_like(x)


@hookimpl
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    dtype = x.dtype
    if dtype in INTEGRAL:
        # Python bounds outside the dtype's range: no bound, or the range's end
        width = BITS[dtype]
        low, high = (-(2 ** (width - 1)), 2 ** (width - 1) - 1) if dtype.is_signed else (0, 2**width - 1)
        if isinstance(min, (int, float)):
            min = None if min <= low else (high if min > high else min)  # noqa: A001
        if isinstance(max, (int, float)):
            max = None if max >= high else (low if max < low else max)  # noqa: A001
    if min is None and max is None:
        return x.clone()
    if dtype in TWIN:
        k = key(x)
        lo = None if min is None else _key_operand(min.to(dtype) if isinstance(min, Tensor) else int(min), dtype)
        hi = None if max is None else _key_operand(max.to(dtype) if isinstance(max, Tensor) else int(max), dtype)
        return from_key(_clamp(k, lo, hi), dtype)
    if isinstance(min, Tensor) and min.dtype is not dtype:
        min = min.to(dtype)  # noqa: A001
    if isinstance(max, Tensor) and max.dtype is not dtype:
        max = max.to(dtype)  # noqa: A001
    result = _clamp(x, min, max)
    return result if result.dtype is dtype else result.to(dtype)


def _clamp(x: Tensor, low: Any, high: Any) -> Tensor:
    # torch.clamp takes both bounds as numbers or both as tensors
    if isinstance(low, Tensor) or isinstance(high, Tensor):
        if low is not None and not isinstance(low, Tensor):
            low = torch.tensor(low, dtype=x.dtype, device=x.device)
        if high is not None and not isinstance(high, Tensor):
            high = torch.tensor(high, dtype=x.dtype, device=x.device)
        result = x
        if low is not None:
            result = torch.maximum(result, low)
        if high is not None:
            result = torch.minimum(result, high)
        return result if result is not x else x.clone()
    return torch.clamp(x, low, high)
