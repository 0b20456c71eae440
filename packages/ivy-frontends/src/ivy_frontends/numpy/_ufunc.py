"""NumPy's ufuncs as objects, derived from one table (:data:`TABLE`).

A ``ufunc`` knows its ivy function, its number of inputs and how NumPy picks
its loop dtype (``kind``); ``__call__`` adds ``out=``, ``where=`` and
``dtype=``; ``reduce``/``accumulate`` use ivy's reductions where there is one
and fold the binary function otherwise; ``outer`` broadcasts.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends.numpy import _dtypes
from ivy_frontends.numpy._ndarray import _SCALARS, ndarray, operand, to_ivy

# How NumPy chooses the loop for integer and boolean inputs:
ANY = "any"  # the promoted dtype
FLOAT = "float"  # integers computed in the smallest float holding them (sqrt(int8) -> float16)
DIV = "div"  # integers computed in float64 (true_divide)
BOOL = "bool"  # a boolean result (comparisons, isnan)
LOGICAL = "logical"  # inputs taken as truth values, a boolean result
INTEGRAL = "integral"  # integers and booleans only (bitwise)
LDEXP = "ldexp"  # the first input in its float loop, the second an integer exponent


def _truth(x: Any) -> Any:
    return x if isinstance(x, bool) or (isinstance(x, ivy.Array) and x.dtype is ivy.bool) else ivy.not_equal(x, 0)


def _fmod(x: Any, y: Any) -> ivy.Array:
    r = ivy.remainder(ivy.abs(x), ivy.abs(y))
    return ivy.where(ivy.less(x, 0), ivy.negative(r), r)


def _cbrt(x: ivy.Array) -> ivy.Array:
    return ivy.multiply(ivy.sign(x), ivy.pow(ivy.abs(x), 1.0 / 3.0))


def _scaled(factor: float) -> Callable:
    return lambda x: ivy.multiply(x, factor)


def _conj(x: ivy.Array) -> ivy.Array:
    return ivy.conj(x) if x.dtype.kind == "c" else x


def _invert(x: ivy.Array) -> ivy.Array:
    return ivy.logical_not(x) if x.dtype is ivy.bool else ivy.bitwise_invert(x)


def _divmod(x: Any, y: Any) -> tuple[ivy.Array, ivy.Array]:
    return ivy.floor_divide(x, y), ivy.remainder(x, y)


def _modf(x: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    whole = ivy.trunc(x)
    return ivy.subtract(x, whole), whole


def _float_power(x: Any, y: Any) -> ivy.Array:
    wide = ivy.complex128 if _dtypes.result_type(x, y).kind == "c" else ivy.float64
    return ivy.pow(x if isinstance(x, _SCALARS) else ivy.astype(x, wide), y)


def _gcd(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    """Euclid's algorithm, elementwise (at most ~90 rounds for 64-bit integers)."""
    a, b = (v if isinstance(v, ivy.Array) else ivy.asarray(v) for v in (x, y))
    d = _dtypes.result_type(x, y).ivy
    a, b = ivy.broadcast_arrays(ivy.abs(ivy.astype(a, d)), ivy.abs(ivy.astype(b, d)))
    while bool(ivy.any(ivy.not_equal(b, 0))):
        nz = ivy.not_equal(b, 0)
        safe = ivy.where(nz, b, ivy.ones_like(b))
        a, b = ivy.where(nz, b, a), ivy.where(nz, ivy.remainder(a, safe), ivy.zeros_like(b))
    return a


def _lcm(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    g = _gcd(x, y)
    safe = ivy.where(ivy.equal(g, 0), ivy.ones_like(g), g)
    return ivy.multiply(ivy.abs(ivy.floor_divide(x, safe)), ivy.abs(y))  # wraps like NumPy's on overflow


def _frexp(x: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    """Mantissa in [0.5, 1) and int32 exponent, computed in float64 (exact for every float dtype)."""
    w = ivy.astype(x, ivy.float64)
    finite = ivy.logical_and(ivy.isfinite(w), ivy.not_equal(w, 0))
    safe = ivy.where(finite, ivy.abs(w), ivy.ones_like(w))
    e = ivy.add(ivy.floor(ivy.log2(safe)), 1.0)
    m = ivy.divide(safe, ivy.pow(2.0, e))
    big = ivy.greater_equal(m, 1.0)
    m, e = ivy.where(big, ivy.divide(m, 2.0), m), ivy.where(big, ivy.add(e, 1.0), e)
    small = ivy.less(m, 0.5)
    m, e = ivy.where(small, ivy.multiply(m, 2.0), m), ivy.where(small, ivy.subtract(e, 1.0), e)
    m = ivy.where(finite, ivy.copysign(m, w), w)
    return ivy.astype(m, x.dtype), ivy.astype(ivy.where(finite, e, ivy.zeros_like(e)), ivy.int32)


def _ldexp(x: ivy.Array, n: Any) -> ivy.Array:
    """``x * 2**n`` in two halves (so ``2**n`` alone never overflows), in float64, cast back."""
    w = ivy.astype(x, ivy.float64) if isinstance(x, ivy.Array) else ivy.asarray(float(x), dtype=ivy.float64)
    k = ivy.astype(n if isinstance(n, ivy.Array) else ivy.asarray(n), ivy.float64)
    half = ivy.trunc(ivy.divide(k, 2.0))
    result = ivy.multiply(ivy.multiply(w, ivy.pow(2.0, half)), ivy.pow(2.0, ivy.subtract(k, half)))
    return ivy.astype(result, x.dtype) if isinstance(x, ivy.Array) else result


def _spacing(x: ivy.Array) -> ivy.Array:
    """Distance to the next float away from zero (NaN for NaN and infinities); NumPy's float16 loop
    always steps towards +inf (negative inputs get the positive gap towards zero), and so does this."""
    up = x.dtype is ivy.float16
    toward = ivy.where(ivy.logical_and(ivy.less(x, 0), not up), ivy.full_like(x, -math.inf), ivy.full_like(x, math.inf))
    gap = ivy.subtract(ivy.nextafter(x, toward), x)
    return ivy.where(ivy.isfinite(x), gap, ivy.full_like(x, math.nan))


def _bitwise_count(x: ivy.Array) -> ivy.Array:
    """Set bits of ``|x|`` as uint8."""
    if x.dtype is ivy.bool:
        return ivy.astype(x, ivy.uint8)
    u = ivy.astype(ivy.abs(x), getattr(ivy, f"uint{x.dtype.bits}"))
    total = ivy.zeros(x.shape, dtype=ivy.uint8)
    one = ivy.asarray(1, dtype=u.dtype)
    for k in range(x.dtype.bits):
        bit = ivy.bitwise_and(ivy.bitwise_right_shift(u, ivy.asarray(k, dtype=u.dtype)), one)
        total = ivy.add(total, ivy.astype(bit, ivy.uint8))
    return total


def _logical(fn: Callable) -> Callable:
    return lambda *xs: fn(*(_truth(x) for x in xs))


def _rows(nin: int, kind: str, functions: dict[str, Callable]) -> dict[str, tuple]:
    """Table rows of ufuncs with ``nin`` inputs of one ``kind``, and no reduction."""
    return {name: (fn, nin, kind) for name, fn in functions.items()}


#: name -> (ivy function, number of inputs, kind[, ivy reduction, ivy accumulation, identity])
TABLE: dict[str, tuple] = {
    **_rows(
        1,
        ANY,
        {
            "absolute": ivy.abs,
            "negative": ivy.negative,
            "positive": ivy.positive,
            "square": ivy.square,
            "sign": ivy.sign,
            "conjugate": _conj,
            "reciprocal": ivy.reciprocal,
            "floor": ivy.floor,
            "ceil": ivy.ceil,
            "trunc": ivy.trunc,
        },
    ),
    **_rows(1, INTEGRAL, {"invert": _invert, "bitwise_count": _bitwise_count}),
    **_rows(1, BOOL, {"isnan": ivy.isnan, "isinf": ivy.isinf, "isfinite": ivy.isfinite, "signbit": ivy.signbit}),
    **_rows(1, LOGICAL, {"logical_not": _logical(ivy.logical_not)}),
    **_rows(
        1,
        FLOAT,
        {
            "rint": ivy.round,
            "sqrt": ivy.sqrt,
            "cbrt": _cbrt,
            "exp": ivy.exp,
            "exp2": lambda x: ivy.pow(2.0, x),
            "expm1": ivy.expm1,
            "log": ivy.log,
            "log2": ivy.log2,
            "log10": ivy.log10,
            "log1p": ivy.log1p,
            "sin": ivy.sin,
            "cos": ivy.cos,
            "tan": ivy.tan,
            "arcsin": ivy.asin,
            "arccos": ivy.acos,
            "arctan": ivy.atan,
            "sinh": ivy.sinh,
            "cosh": ivy.cosh,
            "tanh": ivy.tanh,
            "arcsinh": ivy.asinh,
            "arccosh": ivy.acosh,
            "arctanh": ivy.atanh,
            "fabs": ivy.abs,
            "deg2rad": _scaled(math.pi / 180.0),
            "rad2deg": _scaled(180.0 / math.pi),
            "modf": _modf,
            "frexp": _frexp,
            "spacing": _spacing,
        },
    ),
    **_rows(
        2,
        ANY,
        {
            "subtract": ivy.subtract,
            "floor_divide": ivy.floor_divide,
            "remainder": ivy.remainder,
            "fmod": _fmod,
            "divmod": _divmod,
            "power": ivy.pow,
            "fmax": shared_math.fmax,
            "fmin": shared_math.fmin,
        },
    ),
    **_rows(2, DIV, {"divide": ivy.divide, "float_power": _float_power}),
    **_rows(
        2,
        FLOAT,
        {
            "arctan2": ivy.atan2,
            "hypot": ivy.hypot,
            "logaddexp": ivy.logaddexp,
            "logaddexp2": shared_math.logaddexp2,
            "copysign": ivy.copysign,
            "nextafter": ivy.nextafter,
            "heaviside": shared_math.heaviside,
        },
    ),
    **_rows(
        2,
        BOOL,
        {
            "equal": ivy.equal,
            "not_equal": ivy.not_equal,
            "less": ivy.less,
            "less_equal": ivy.less_equal,
            "greater": ivy.greater,
            "greater_equal": ivy.greater_equal,
        },
    ),
    **_rows(2, LOGICAL, {"logical_xor": _logical(ivy.logical_xor)}),
    **_rows(
        2,
        INTEGRAL,
        {
            "bitwise_and": ivy.bitwise_and,
            "bitwise_or": ivy.bitwise_or,
            "bitwise_xor": ivy.bitwise_xor,
            "left_shift": ivy.bitwise_left_shift,
            "right_shift": ivy.bitwise_right_shift,
            "gcd": _gcd,
            "lcm": _lcm,
        },
    ),
    **_rows(2, LDEXP, {"ldexp": _ldexp}),
    # the binary ufuncs with a reduction
    "add": (ivy.add, 2, ANY, ivy.sum, ivy.cumulative_sum, 0),
    "multiply": (ivy.multiply, 2, ANY, ivy.prod, ivy.cumulative_prod, 1),
    "maximum": (ivy.maximum, 2, ANY, ivy.max, None, None),
    "minimum": (ivy.minimum, 2, ANY, ivy.min, None, None),
    "logical_and": (_logical(ivy.logical_and), 2, LOGICAL, ivy.all, None, True),
    "logical_or": (_logical(ivy.logical_or), 2, LOGICAL, ivy.any, None, False),
}

#: Other names NumPy gives the same ufunc.
ALIASES = {
    "abs": "absolute",
    "conj": "conjugate",
    "bitwise_not": "invert",
    "bitwise_invert": "invert",
    "true_divide": "divide",
    "mod": "remainder",
    "pow": "power",
    "asin": "arcsin",
    "acos": "arccos",
    "atan": "arctan",
    "asinh": "arcsinh",
    "acosh": "arccosh",
    "atanh": "arctanh",
    "atan2": "arctan2",
    "radians": "deg2rad",
    "degrees": "rad2deg",
    "bitwise_left_shift": "left_shift",
    "bitwise_right_shift": "right_shift",
}

_NOUT = {"divmod": 2, "modf": 2, "frexp": 2}


def _loop_dtype(kind: str, inputs: list, name: str) -> ivy.DType | None:
    """The dtype the inputs are cast to before the ivy call (``None``: leave them)."""
    if kind in (ANY, BOOL, LOGICAL):
        return None
    promoted = _dtypes.result_type(*inputs).ivy
    if kind == INTEGRAL:
        if promoted.kind not in "biu":
            raise TypeError(f"numpy.{name}: ufunc '{name}' not supported for the input types ({promoted.name})")
        return ivy.int8 if promoted.kind == "b" and name.endswith("shift") else None
    arrays = [x.dtype for x in inputs if not isinstance(x, _SCALARS)]
    if all(d.kind in "fc" for d in arrays):
        return None
    if kind == DIV and all(d.kind in "biu" for d in arrays):
        return ivy.float64
    # NumPy takes the first float loop every input casts to safely: each input's own float, promoted.
    floats = [_dtypes.float_for(d) for d in arrays]
    if any(isinstance(x, (float, complex)) for x in inputs):
        floats.append(ivy.float64)  # NEP 50: a Python float with integer arrays computes in float64
    return _dtypes.result_type(*floats).ivy


def _ldexp_inputs(inputs: list, d: ivy.DType | None, name: str) -> list:
    """``ldexp``'s loop: the mantissa in its float dtype (a Python float: float64), the exponent an integer."""
    x, n = inputs
    n_kind = "i" if isinstance(n, (bool, int)) else ("f" if isinstance(n, (float, complex)) else n.dtype.kind)
    if n_kind not in "biu":
        raise TypeError(f"{name}: ufunc 'ldexp' not supported for the input types (the exponent must be an integer)")
    if isinstance(x, _SCALARS):
        x = ivy.asarray(float(x), dtype=ivy.float64)
    if x.dtype.kind not in "fc":
        x = ivy.astype(x, _dtypes.float_for(x.dtype))
    return [x if d is None else ivy.astype(x, d), n]


def _cast(x: Any, d: ivy.DType) -> Any:
    return x if isinstance(x, _SCALARS) else ivy.astype(x, d)


class ufunc:  # noqa: N801 - NumPy's name
    """A NumPy universal function: elementwise with broadcasting, ``out=``, ``where=`` and ``dtype=``."""

    def __init__(
        self,
        name: str,
        fn: Callable,
        nin: int,
        kind: str,
        reducer: Callable | None = None,
        accumulator: Callable | None = None,
        identity: bool | float | None = None,
    ) -> None:
        self.__name__ = name
        self.__qualname__ = name
        self._fn, self.nin, self._kind = fn, nin, kind
        self.nout = _NOUT.get(name, 1)
        self.nargs = self.nin + self.nout
        self._reducer, self._accumulator, self.identity = reducer, accumulator, identity
        self.__doc__ = f"NumPy's ``{name}`` ufunc on ivy."

    def __repr__(self) -> str:
        return f"<ufunc '{self.__name__}'>"

    def _where(self, arg: str) -> str:
        return f"numpy.{self.__name__}"

    def _compute(self, args: tuple, dtype: Any) -> Any:
        name = f"numpy.{self.__name__}"
        inputs = [operand(a, name, f"x{i + 1}") for i, a in enumerate(args)]
        if all(isinstance(x, _SCALARS) for x in inputs):
            inputs[0] = to_ivy(inputs[0], where=name, arg="x1")
        d = _dtypes.optional(dtype, name)
        if self._kind == LDEXP:
            return self._fn(*_ldexp_inputs(inputs, d, name))
        if d is None:
            d = _loop_dtype(self._kind, inputs, self.__name__)
        if d is not None:
            inputs = [_cast(x, d) for x in inputs]
        try:
            result = self._fn(*inputs)
        except ivy.IvyError as error:
            raise type(error)(str(error).replace("ivy.", "numpy.", 1)) from error
        return result

    def __call__(
        self,
        *args: Any,
        out: Any = None,
        where: Any = True,
        dtype: Any = None,
        casting: str = "same_kind",
        **kwargs: Any,
    ) -> Any:
        """Apply elementwise; ``out`` receives the result where ``where`` is true."""
        if len(args) < self.nin or len(args) > self.nargs:
            raise TypeError(f"numpy.{self.__name__}: expected {self.nin} input(s), got {len(args)} argument(s)")
        if len(args) > self.nin:
            if out is not None:
                raise TypeError(
                    f"numpy.{self.__name__}: cannot specify 'out' as both a positional and keyword argument"
                )
            out = args[self.nin :]
            args = args[: self.nin]
        result = self._compute(args, dtype)
        results = result if isinstance(result, tuple) else (result,)
        outs = out if isinstance(out, tuple) else (out,) * (1 if out is not None else 0)
        if outs and len(outs) != self.nout:
            raise ValueError(f"numpy.{self.__name__}: 'out' must be a tuple of {self.nout} array(s)")
        done = []
        for i, r in enumerate(results):
            target = outs[i] if outs else None
            done.append(self._store(r, target, where, casting))
        return tuple(done) if self.nout > 1 else done[0]

    def _store(self, result: ivy.Array, out: Any, where: Any, casting: str) -> ndarray:
        if out is None:
            if where is True:
                return ndarray(result)
            # NumPy leaves the unselected entries uninitialised; here they are zero.
            mask = ivy.astype(to_ivy(where, where=f"numpy.{self.__name__}", arg="where"), ivy.bool)
            shape = ivy.broadcast_shapes(result.shape, mask.shape)
            return ndarray(ivy.where(mask, result, ivy.zeros(shape, dtype=result.dtype)))
        if not isinstance(out, ndarray):
            raise TypeError(f"numpy.{self.__name__}: argument 'out' must be an array, got {type(out).__name__}")
        target = out._a.dtype
        if not _dtypes.can_cast(result.dtype, target, casting):
            raise TypeError(
                f"numpy.{self.__name__}: cannot cast ufunc '{self.__name__}' output from dtype('{result.dtype.name}')"
                f" to dtype('{target.name}') with casting rule '{casting}'"
            )
        result = ivy.broadcast_to(ivy.astype(result, target), out.shape)
        if where is not True:
            mask = ivy.astype(to_ivy(where, where=f"numpy.{self.__name__}", arg="where"), ivy.bool)
            result = ivy.where(mask, result, out._a)
        out._a = result
        return out

    # -- methods -------------------------------------------------------------
    def _binary_only(self, method: str) -> None:
        if self.nin != 2 or self.nout != 1:
            raise ValueError(f"numpy.{self.__name__}.{method}: only supported for binary functions")

    def reduce(
        self,
        array: Any,
        axis: Any = 0,
        dtype: Any = None,
        out: Any = None,
        keepdims: bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> Any:
        """Combine the elements along ``axis`` (``None``: all axes) with this binary ufunc."""
        self._binary_only("reduce")
        name = f"numpy.{self.__name__}.reduce"
        a = to_ivy(array, dtype, name, "array")
        if where is not True:
            if self.identity is None:
                raise ValueError(f"{name}: 'where' needs a ufunc with an identity or 'initial'")
            mask = ivy.astype(to_ivy(where, where=name, arg="where"), ivy.bool)
            a = ivy.where(mask, a, ivy.full_like(a, self.identity))
        axes = tuple(range(a.ndim)) if axis is None else axis
        if self._reducer is not None:
            if self._kind == LOGICAL:
                a = _truth(a)
            if self._reducer in (ivy.max, ivy.min) and a.size == 0 and initial is None:
                raise ValueError(
                    f"{name}: zero-size array to reduction operation {self.__name__} which has no identity"
                )
            result = self._reducer(a, axis=axes, keepdims=keepdims)
        else:
            result = self._fold(a, axes, keepdims, name)
        if initial is not None:
            result = self._compute((result, initial), None)
        if dtype is not None:
            result = ivy.astype(result, _dtypes.to_ivy(dtype, name))
        return self._store(result, out, True, "same_kind")

    def _fold(self, a: ivy.Array, axes: Any, keepdims: bool, name: str) -> ivy.Array:
        axes = (axes,) if isinstance(axes, int) else tuple(axes)
        if len(axes) != 1:
            a = ivy.reshape(ivy.moveaxis(a, axes, tuple(range(len(axes)))), (-1, *a.shape[len(axes) :])) if axes else a
            axes_n = (0,)
            if not axes:
                return a
        else:
            axes_n = axes
        ax = axes_n[0] % a.ndim
        parts = ivy.unstack(a, axis=ax)
        if not parts:
            raise ValueError(f"{name}: zero-size array to reduction operation {self.__name__} which has no identity")
        result = parts[0]
        for p in parts[1:]:
            result = self._compute((result, p), None)
        if keepdims:
            result = ivy.expand_dims(result, axis=axes)
        return result

    def accumulate(self, array: Any, axis: int = 0, dtype: Any = None, out: Any = None) -> Any:
        """Running results of this binary ufunc along ``axis``."""
        self._binary_only("accumulate")
        name = f"numpy.{self.__name__}.accumulate"
        a = to_ivy(array, dtype, name, "array")
        if self._accumulator is not None:
            result = self._accumulator(a, axis=axis)
        else:
            parts = ivy.unstack(a, axis=axis)
            acc = [parts[0]]
            for p in parts[1:]:
                acc.append(self._compute((acc[-1], p), None))
            result = ivy.stack([ivy.astype(x, acc[-1].dtype) for x in acc], axis=axis)
        return self._store(result, out, True, "same_kind")

    def outer(self, A: Any, B: Any, **kwargs: Any) -> Any:  # noqa: N803 - NumPy's names
        """``self(a[..., None, ...], b)``: every pair of elements."""
        self._binary_only("outer")
        a = operand(A, f"numpy.{self.__name__}.outer", "A")
        b = operand(B, f"numpy.{self.__name__}.outer", "B")
        if isinstance(a, ivy.Array) and isinstance(b, ivy.Array):
            a = ivy.reshape(a, a.shape + (1,) * b.ndim)
        return self(a, b, **kwargs)

    def at(self, a: ndarray, indices: Any, b: Any = None) -> None:
        """Unbuffered in place: ``a[indices] = self(a[indices], b)``, repeated indices applied each time."""
        name = f"numpy.{self.__name__}.at"
        if self.__name__ == "add" and b is not None:
            idx = indices if isinstance(indices, tuple) else (indices,)
            idx = tuple(to_ivy(i, where=name, arg="indices") for i in idx)
            vals = ivy.astype(to_ivy(b, where=name, arg="b"), a._a.dtype)
            vals = ivy.broadcast_to(vals, ivy.broadcast_shapes(*(i.shape for i in idx)) + a.shape[len(idx) :])
            a._a = ivy.index_put(a._a, idx, vals, accumulate=True)
            return
        raise NotImplementedError(f"{name}: only numpy.add.at is supported")


def build() -> dict[str, ufunc]:
    """Every ufunc of :data:`TABLE`, under its name and its aliases."""
    made = {}
    for name, row in TABLE.items():
        fn, nin, kind, *rest = row
        made[name] = ufunc(name, fn, nin, kind, *rest)
    for alias, name in ALIASES.items():
        made[alias] = made[name]
    return made


UFUNCS = build()
