"""What every module of the backend shares: the 64-bit scope, compiled
kernels, the dtype tables, and Ivy's type promotion applied to JAX arrays.

64-bit types. JAX represents float64/int64/complex128 only while its
``jax_enable_x64`` option is on; off (the default), it silently computes in
32 bits. Ivy needs 64-bit types but must not change the user's own JAX code,
so every hook runs with the option switched on *for the current thread only*
and restores the previous thread-local value on the way out. The switch is
``jax.enable_x64.swap_local`` / ``set_local`` (what ``with
jax.enable_x64(True):`` does, without building a context manager object per
call: about 0.15 us). Outside Ivy's calls nothing changes: a global
``jax.config.update("jax_enable_x64", True)`` is never made.

Kernels. Each hook's computation is one ``jax.jit`` function (non-array
parameters static), so an eager call compiles one XLA executable per input
signature instead of one per ``jax.numpy`` function it uses, and is
dispatched by JAX's C++ fast path. The executables are compiled with XLA's
classic CPU emitters (``xla_cpu_use_fusion_emitters=False``): for the small
op-at-a-time programs Ivy produces they compile 2-4x faster, run as fast and
give bitwise the same results. Inputs of at most ``SMALL`` elements also skip
LLVM's optimisations (about 2x faster to compile again; at those sizes the
run time is dispatch). Eager code on small arrays, the common case in
interactive work and tests, is dominated by compile time, not run time.
Inside a user's ``jax.jit`` (tracers) the same functions run unjitted, so
they inline into the user's program and its compiler options.

Promotion. JAX's weak-type lattice differs from the standard's table for
mixed kinds (``int64 + float32`` is ``float32`` in JAX, ``float64`` in Ivy;
``int16 + float16`` is ``float16`` in JAX, ``float32`` in Ivy). Binary
functions therefore cast their array operands to the dtype of
the core's promotion table (``ivy.plugin.promotion_table``) whenever their dtypes differ; a Python scalar
takes the array's dtype (the core's weak-scalar rule) and reaches JAX as a
weak value of that dtype.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

import ivy
from ivy.plugin import DEFAULT_DTYPES, DTYPES, hookimpl, promotion_table, scalar_promotion_table

# -- the 64-bit scope -------------------------------------------------------

_X64 = jax.enable_x64
swap_x64: Callable[[Any], Any] = _X64.swap_local
restore_x64: Callable[[Any], None] = _X64.set_local


def x64_scope() -> Any:
    """A context manager enabling 64-bit types in this thread, for code outside a hook."""
    return _X64(True)


# -- arrays and dtypes -------------------------------------------------------

try:  # the concrete array class, for the fast paths' exact class checks
    from jax._src.array import ArrayImpl
except ImportError:  # pragma: no cover - a JAX that moved it
    ArrayImpl = type(jnp.zeros(()))

Tracer = jax.core.Tracer

#: ivy dtype name -> native dtype (``numpy.dtype``; JAX arrays report these).
NATIVE: dict[str, np.dtype] = {name: np.dtype(jnp.dtype(name)) for name in DTYPES}
#: native dtype -> ivy dtype.
TO_IVY: dict[np.dtype, ivy.DType] = {native: DTYPES[name] for name, native in NATIVE.items()}
#: (native, native) -> native result dtype, from the core's table.
PROMOTE: dict[tuple[np.dtype, np.dtype], np.dtype] = promotion_table(NATIVE)
#: (native, Python scalar type) -> native result dtype, the core's weak-scalar rule.
WITH_SCALAR: dict[tuple[np.dtype, type], np.dtype] = scalar_promotion_table(NATIVE)

BOOL = NATIVE["bool"]
INT64 = NATIVE["int64"]
UINT64 = NATIVE["uint64"]
FLOAT32 = NATIVE["float32"]
FLOAT64 = NATIVE["float64"]
COMPLEX64 = NATIVE["complex64"]
COMPLEX128 = NATIVE["complex128"]
DEFAULT_FLOAT = NATIVE[DEFAULT_DTYPES["real floating"].name]
DEFAULT_COMPLEX = NATIVE[DEFAULT_DTYPES["complex floating"].name]
DEFAULT_INT = NATIVE[DEFAULT_DTYPES["integral"].name]
INDEX = NATIVE[DEFAULT_DTYPES["indexing"].name]

SCALARS = (bool, int, float, complex)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def default_dtype_of_scalar(value: Any) -> np.dtype:
    """The dtype an array made from the Python scalar ``value`` alone gets."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return DEFAULT_INT
    if isinstance(value, float):
        return DEFAULT_FLOAT
    return DEFAULT_COMPLEX


def as_array(x: Any) -> Any:
    """A JAX array (or tracer) for ``x``; Python scalars get Ivy's default dtypes."""
    if isinstance(x, jax.Array):
        return x
    if type(x) in SCALARS:
        return jnp.asarray(x, dtype=default_dtype_of_scalar(x))
    return jnp.asarray(x)


def cast(x: Any, dtype: np.dtype | None) -> Any:
    """``x`` as a strongly typed array of ``dtype`` (``None``: ``x`` as it is)."""
    return x if dtype is None else lax.convert_element_type(x, dtype)


def strong(x: Any, dtype: np.dtype) -> Any:
    """``x`` as a strongly typed array of ``dtype`` (JAX's weak types would
    otherwise let the other operand's dtype win)."""
    if x.dtype == dtype and not x.weak_type:
        return x
    return lax.convert_element_type(x, dtype)


def scalar_target(dtype: np.dtype, kind: type) -> np.dtype:
    """The result dtype of an array of ``dtype`` with a Python scalar of type ``kind``."""
    return WITH_SCALAR[dtype, kind]


def fit_scalar(value: Any, dtype: np.dtype) -> Any:
    """A Python scalar in a form JAX combines with an array of ``dtype`` as a
    weak value: an int becomes a float next to floats, and an int outside the
    int64 range (a large uint64) becomes a typed array."""
    if type(value) is int:
        if dtype.kind in "fc":
            return float(value)
        if not _INT64_MIN <= value <= _INT64_MAX:
            return jnp.asarray(np.asarray(value, dtype=dtype))
    return value


def _needs_cast(x: Any, dtype: np.dtype) -> np.dtype | None:
    return dtype if x.dtype != dtype or getattr(x, "weak_type", False) else None


def plan(x1: Any, x2: Any) -> tuple[Any, Any, np.dtype | None, np.dtype | None]:
    """``(x1, x2, cast1, cast2)``: the operands and the dtypes to cast them to
    (``None``: keep) so that JAX computes in the dtype Ivy's promotion gives."""
    scalar1 = type(x1) in SCALARS
    scalar2 = type(x2) in SCALARS
    if scalar1 and scalar2:
        x1, scalar1 = as_array(x1), False
    if not scalar1 and not scalar2:
        if not isinstance(x1, jax.Array):
            x1 = as_array(x1)
        if not isinstance(x2, jax.Array):
            x2 = as_array(x2)
        target = PROMOTE[x1.dtype, x2.dtype]
        return x1, x2, _needs_cast(x1, target), _needs_cast(x2, target)
    if scalar1:
        array = x2 if isinstance(x2, jax.Array) else as_array(x2)
        target = scalar_target(array.dtype, type(x1))
        return fit_scalar(x1, target), array, None, _needs_cast(array, target)
    array = x1 if isinstance(x1, jax.Array) else as_array(x1)
    target = scalar_target(array.dtype, type(x2))
    return array, fit_scalar(x2, target), _needs_cast(array, target), None


def promote(x1: Any, x2: Any) -> tuple[Any, Any]:
    """Both operands cast (eagerly) to the dtype Ivy's promotion gives them."""
    x1, x2, c1, c2 = plan(x1, x2)
    return cast(x1, c1), cast(x2, c2)


def common_dtype(arrays: Any) -> np.dtype:
    """The dtype Ivy's promotion gives a sequence of arrays."""
    target = None
    for a in arrays:
        target = a.dtype if target is None else PROMOTE[target, a.dtype]
    return target


def is_concrete(x: Any) -> bool:
    """Whether ``x`` holds values now (not a tracer inside ``jax.jit``)."""
    return not isinstance(x, Tracer)


def traced(values: tuple) -> bool:
    """Whether a value, or an item of a list or tuple among ``values``, is a tracer."""
    for v in values:
        kind = v.__class__
        if kind is ArrayImpl:  # the common case, settled by one identity test
            continue
        if isinstance(v, Tracer) or (kind in (list, tuple) and any(isinstance(i, Tracer) for i in v)):
            return True
    return False


def hashable(value: Any) -> Any:
    """Lists as tuples, also inside tuples, so that they can be static jit arguments."""
    if type(value) is list or (type(value) is tuple and any(type(v) in (list, tuple) for v in value)):
        return tuple(hashable(v) for v in value)
    return value


# -- host placement ----------------------------------------------------------


def on_cpu(x: Any) -> bool:
    """Whether ``x`` is a concrete array on one host (CPU) device."""
    if x.__class__ is not ArrayImpl or not x.is_fully_addressable:
        return False
    devices = x.devices()
    return len(devices) == 1 and next(iter(devices)).platform == "cpu"


def default_native_device() -> Any:
    configured = jax.config.jax_default_device
    if configured is None:
        return jax.devices()[0]
    if isinstance(configured, str):
        return jax.devices(configured)[0]
    return configured


def host_target(device: Any) -> tuple[bool, Any]:
    """``(on_host, device)``: whether arrays for ``device`` (``None``: the
    default device) live on the host, so that they can be built with NumPy and
    handed to JAX without compiling anything."""
    if device is None:
        return default_native_device().platform == "cpu", None
    return getattr(device, "platform", None) == "cpu", device


def from_host(value: Any, device: Any = None) -> Any:
    """A JAX array from a NumPy array or scalar (committed to ``device`` if given).

    A 0-d value (an element read with ``x[i, j]``, the commonest case) goes
    through a jitted identity: JAX's C++ dispatch transfers its argument
    several times faster than ``jax.device_put``, and one executable per dtype
    serves every element. Its host value is attached, so that ``float()`` need
    not read it back, and recent ones are reused (JAX arrays are immutable).
    Call it in the 64-bit scope (every hook does).
    """
    value = np.asarray(value)
    if value.ndim == 0 and device is None:
        key = (value.dtype, value.tobytes())
        cached = _scalars.get(key)
        if cached is not None and not cached.is_deleted():
            return cached
        result = _identity(value)
        if result.__class__ is not ArrayImpl:  # inside a trace: a tracer, valid only there
            return result
        value = value.copy()
        value.flags.writeable = False
        try:
            result._npy_value = value
        except AttributeError:  # pragma: no cover - a JAX without the host-value cache
            pass
        if len(_scalars) >= _SCALARS_KEPT:
            _scalars.clear()
        _scalars[key] = result
        return result
    return jax.device_put(value, device)


_scalars: dict[tuple, Any] = {}
_SCALARS_KEPT = 4096
_identity = jax.jit(lambda x: x)


# -- hooks ---------------------------------------------------------------------

#: Options of every executable Ivy compiles (see the module docstring). They
#: are XLA CPU options: on a machine whose default device is an accelerator,
#: kernels are compiled with JAX's defaults.
_ON_CPU = jax.default_backend() == "cpu"
COMPILER_OPTIONS: dict[str, Any] = {"xla_cpu_use_fusion_emitters": False} if _ON_CPU else {}
#: Inputs of at most this many elements get executables compiled for compile
#: speed (LLVM unoptimised: about 2x faster to compile, and as fast to run at
#: these sizes, where dispatch dominates); larger ones get optimised code.
SMALL = 256
_prod = math.prod  # of ``x.aval.shape``: ``x.size``, ``x.shape`` and ``x.dtype`` are Python properties over ``aval``
SMALL_COMPILER_OPTIONS: dict[str, Any] = (
    {
        **COMPILER_OPTIONS,
        "xla_backend_optimization_level": 0,
        "xla_llvm_disable_expensive_passes": True,
        "xla_cpu_parallel_codegen_split_count": 1,
    }
    if _ON_CPU
    else {}
)


def large_input(args: Any) -> bool:
    """Whether an array among ``args`` (or in a list or tuple among them) has more than ``SMALL`` elements."""
    for a in args:
        if a.__class__ is ArrayImpl:
            if _prod(a.aval.shape) > SMALL:
                return True
        elif a.__class__ in (list, tuple):
            for b in a:
                if b.__class__ is ArrayImpl and _prod(b.aval.shape) > SMALL:
                    return True
    return False


def jit(function: Callable, static: tuple[int, ...] = ()) -> Callable:
    """``function`` jitted twice (for small and for large inputs); calls pick by input size. Inside an
    outer trace (``jax.jit``, ``jax.grad``) it runs unjitted, inlined into the caller's program: compiler
    options are only allowed on the outermost ``jax.jit``, which the nested call reports at trace time."""
    large = jax.jit(function, static_argnums=static, compiler_options=COMPILER_OPTIONS)
    small = jax.jit(function, static_argnums=static, compiler_options=SMALL_COMPILER_OPTIONS)

    def call(*args: Any) -> Any:
        try:
            return (large if large_input(args) else small)(*args)
        except ValueError as error:
            return inline_nested(error, function, args)

    call.large = large  # type: ignore[attr-defined]
    call.small = small  # type: ignore[attr-defined]
    call.function = function  # type: ignore[attr-defined]
    return call


def inline_nested(error: ValueError, function: Callable, args: tuple) -> Any:
    """``function(*args)`` unjitted if ``error`` says that a kernel was called inside an outer
    trace (with tracers, or with constants only): it then inlines into the caller's program."""
    if "compiler_options" not in str(error):
        raise error
    return function(*args)


def _finish(hook: Callable, function: Callable) -> Callable:
    hook.__qualname__ = function.__qualname__
    hook.__doc__ = function.__doc__
    hook.__module__ = function.__module__
    hook.__wrapped__ = function  # type: ignore[attr-defined]
    return hookimpl(hook)


def _compile_hook(
    name: str, params: list[str], body: list[str], namespace: dict[str, Any], prelude: list[str] | tuple = ()
) -> Callable:
    """The hook ``name(*params)`` running ``body`` in the 64-bit scope, after ``prelude`` (outside it)."""
    lines = [f"def {name}({', '.join(params)}):", *(f"    {line}" for line in prelude)]
    lines += ["    _previous = _swap(True)", "    try:"]
    lines += [f"        {line}" for line in body]
    lines += ["    finally:", "        _restore(_previous)"]
    namespace.update(_swap=swap_x64, _restore=restore_x64, _T=Tracer, _traced=traced, _h=hashable)
    exec(compile("\n".join(lines) + "\n", f"<ivy_backend_jax {name}>", "exec"), namespace)
    return namespace[name]


def scoped(function: Callable) -> Callable:
    """``function`` as a hook implementation run with 64-bit types enabled
    for this thread (compiled with the real parameter names, which pluggy
    reads from the code object); on tracers, in the trace's own mode."""
    params = list(inspect.signature(function).parameters)
    call = f"return _function({', '.join(params)})"
    prelude = [f"if _traced(({''.join(p + ', ' for p in params)})):", f"    {call}"]
    hook = _compile_hook(function.__name__, params, [call], {"_function": function}, prelude)
    return _finish(hook, function)


def kernel(*static: str, sequences: tuple[str, ...] = (), host: Callable | None = None) -> Callable:
    """A hook whose computation is ``function``, jitted with the parameters
    named in ``static`` static (lists become tuples) and the others traced;
    ``sequences`` names parameters that hold sequences of arrays. Called with
    a tracer, ``function`` runs unjitted (it inlines into the caller's trace).

    ``host``, for functions that only move data (no arithmetic, so NumPy gives
    the same bits), is the NumPy function with the same parameters: a new
    small input signature on the host runs it instead of compiling (see
    ``host_path``).
    """

    def decorate(function: Callable) -> Callable:
        params = list(inspect.signature(function).parameters)
        unknown = set(static) - set(params)
        if unknown:
            raise ValueError(f"kernel {function.__name__}: no parameters {sorted(unknown)}")
        compiled = jit(function, tuple(i for i, p in enumerate(params) if p in static))
        dynamic = [p for p in params if p not in static]
        checks = [f"_traced({p})" if p in sequences else f"isinstance({p}, _T)" for p in dynamic]
        arguments = ", ".join(f"_h({p})" if p in static else p for p in params)
        prelude = [  # traced: inline into the caller's program, in its 64-bit mode
            f"if {' or '.join(checks) or 'False'}:",
            f"    return _function({', '.join(params)})",
        ]
        body = []
        if host is not None:
            body += [
                f"_result = _host_path(_seen, _host, ({arguments},), _mask)",
                "if _result is not _MISS:",
                "    return _result",
            ]
        body.append(f"return _compiled({arguments})")
        namespace = {
            "_function": function,
            "_compiled": compiled,
            "_host": host,
            "_host_path": host_path,
            "_MISS": MISS,
            "_seen": {},
            "_mask": tuple(p in static for p in params),
        }
        hook = _compile_hook(function.__name__, params, body, namespace, prelude)
        hook.__ivy_kernel__ = compiled  # type: ignore[attr-defined]
        return _finish(hook, function)

    return decorate


#: Calls with one small input signature (shapes and dtypes) that the shape-generic
#: executable serves before the signature gets an executable of its own.
HOT = 2
_TRACKED = 4096


def _cold(seen: dict, key: Any) -> bool:
    """Whether the input signature ``key`` is still cold (and count this call)."""
    count = seen.get(key, 0)
    if count >= HOT:
        return False
    if len(seen) >= _TRACKED:
        seen.clear()
    seen[key] = count + 1
    return True


MISS = object()


def host_path(seen: dict, function: Callable, args: tuple, static: tuple) -> Any:
    """``function`` (NumPy) on the host values of ``args`` if they are small host
    arrays of a cold input signature, else ``MISS``. Only for functions that move
    data: the result is the same as the kernel's, without compiling a kernel for
    a shape seen once or twice."""
    key = []
    for value, is_static in zip(args, static, strict=True):
        if is_static:
            key.append(value)
        elif value.__class__ is ArrayImpl:
            if _prod(value.aval.shape) > SMALL:
                return MISS
            key.append(_signature(value))
        elif value.__class__ in (list, tuple):
            for item in value:
                if item.__class__ is ArrayImpl and _prod(item.aval.shape) > SMALL:
                    return MISS
                key.append(_signature(item))
        else:
            key.append(type(value))
    try:
        if not _cold(seen, tuple(key)):
            return MISS
    except TypeError:  # an unhashable static argument: the kernel will say what is wrong
        return MISS
    values = []
    for value, is_static in zip(args, static, strict=True):
        if not is_static and value.__class__ in (list, tuple):
            if not all(_hostable(item) for item in value):
                return MISS
            value = [np.asarray(item) if item.__class__ is ArrayImpl else item for item in value]
        elif not is_static and value.__class__ is ArrayImpl:
            if not on_cpu(value):
                return MISS
            value = np.asarray(value)
        values.append(value)
    result = function(*values)
    if isinstance(result, (tuple, list)):
        return tuple(from_host(r) for r in result)
    return from_host(result)


def _signature(x: Any) -> Any:
    return (x.aval.shape, x.aval.dtype) if x.__class__ is ArrayImpl else type(x)


def _hostable(x: Any) -> bool:
    return x.__class__ is not ArrayImpl or on_cpu(x)


def through_bucket(kernel: Callable, operands: tuple, statics: tuple = ()) -> Any:
    """An elementwise ``kernel`` applied to small host operands at the fixed length
    ``SMALL``: the arrays are broadcast on the host, flattened and zero-padded, and
    the result is cut back to the broadcast shape. One executable per dtype
    signature serves every shape, so a new shape compiles nothing (``None`` if the
    broadcast shape has more than ``SMALL`` elements)."""
    hosts = [np.asarray(o) if o.__class__ is ArrayImpl else o for o in operands]
    shape = np.broadcast_shapes(*(h.shape for h in hosts if isinstance(h, np.ndarray)))  # raises as JAX would
    size = math.prod(shape)
    if size > SMALL:
        return None
    padded = []
    for h in hosts:
        if isinstance(h, np.ndarray):
            buffer = np.zeros(SMALL, h.dtype)
            buffer[:size] = np.broadcast_to(h, shape).reshape(-1)
            h = buffer
        padded.append(h)
    result = np.asarray(kernel(*padded, *statics))
    return from_host(result[:size].reshape(shape))


def elementwise_call(compiled: Callable, seen: dict, operands: tuple, statics: tuple = ()) -> Any:
    """An elementwise ``compiled`` kernel (from ``jit``) on concrete operands
    (arrays, scalars or ``None``), the statics after them: through the
    shape-generic kernel for a cold small host signature, else by size."""
    try:
        if large_input(operands):
            return compiled.large(*operands, *statics)  # type: ignore[attr-defined]
        key = (*(_signature(o) for o in operands), *statics)
        if _cold(seen, key) and all(_hostable(o) for o in operands):
            result = through_bucket(compiled.small, operands, statics)  # type: ignore[attr-defined]
            if result is not None:
                return result
        return compiled.small(*operands, *statics)  # type: ignore[attr-defined]
    except ValueError as error:
        return inline_nested(error, compiled.function, (*operands, *statics))  # type: ignore[attr-defined]


def unary(function: Callable, name: str) -> Callable:
    """A hook ``name(x)`` computing the elementwise ``function(x)`` in one compiled kernel
    (a new small shape on the host first runs through the shape-generic kernel)."""
    compiled = jit(function)
    small, large = compiled.small, compiled.large  # type: ignore[attr-defined]
    seen: dict = {}

    def hook(x: Any) -> Any:
        if x.__class__ is not ArrayImpl and isinstance(x, Tracer):  # in the caller's program and 64-bit mode
            return function(x)
        previous = swap_x64(True)
        try:
            if x.__class__ is ArrayImpl:
                aval = x.aval
                if _prod(aval.shape) > SMALL:
                    return large(x)
                if _cold(seen, (aval.shape, aval.dtype)) and on_cpu(x):
                    return through_bucket(small, (x,))
                return small(x)
            return function(x)
        except ValueError as error:
            return inline_nested(error, function, (x,))
        finally:
            restore_x64(previous)

    hook.__name__ = hook.__qualname__ = name
    hook.__ivy_kernel__ = compiled  # type: ignore[attr-defined]
    return hookimpl(hook)


def binary(function: Callable, name: str) -> Callable:
    """A hook ``name(x1, x2)``: Ivy's promotion, then the elementwise ``function``, in
    one compiled kernel.

    Two concrete arrays of one dtype (the common case) go straight to the
    kernel; otherwise the dtypes to cast to are worked out here and passed to
    the kernel as static arguments. A new small input signature on the host
    first runs through the shape-generic kernel.
    """

    def promoted(x1: Any, x2: Any, cast1: Any, cast2: Any) -> Any:
        return function(cast(x1, cast1), cast(x2, cast2))

    same = jit(function)
    small, large = same.small, same.large  # type: ignore[attr-defined]
    mixed = jit(promoted, (2, 3))
    mixed_small, mixed_large = mixed.small, mixed.large  # type: ignore[attr-defined]
    seen: dict = {}

    def hook(x1: Any, x2: Any) -> Any:
        if (x1.__class__ is not ArrayImpl or x2.__class__ is not ArrayImpl) and (
            isinstance(x1, Tracer) or isinstance(x2, Tracer)
        ):  # in the caller's program and 64-bit mode
            return promoted(*plan(x1, x2))
        previous = swap_x64(True)
        try:
            if x1.__class__ is ArrayImpl is x2.__class__ and (a1 := x1.aval).dtype is (a2 := x2.aval).dtype:
                shape1, shape2 = a1.shape, a2.shape
                if _prod(shape1) > SMALL or _prod(shape2) > SMALL:
                    return large(x1, x2)
                if _cold(seen, (shape1, shape2, a1.dtype)) and on_cpu(x1) and on_cpu(x2):
                    result = through_bucket(small, (x1, x2))
                    if result is not None:
                        return result
                return small(x1, x2)
            p1, p2, cast1, cast2 = plan(x1, x2)
            if large_input((p1, p2)):
                return mixed_large(p1, p2, cast1, cast2)
            key = (_signature(p1), _signature(p2), cast1, cast2)
            if _cold(seen, key) and _hostable(p1) and _hostable(p2):
                result = through_bucket(mixed_small, (p1, p2), (cast1, cast2))
                if result is not None:
                    return result
            return mixed_small(p1, p2, cast1, cast2)
        except ValueError as error:
            return inline_nested(error, promoted, plan(x1, x2))
        finally:
            restore_x64(previous)

    hook.__name__ = hook.__qualname__ = name
    hook.__ivy_kernel__ = same  # type: ignore[attr-defined]
    return hookimpl(hook)


#: Dtypes whose values and arithmetic are the same with JAX's 64-bit types off (parts of 32 bits or fewer).
NARROW = frozenset(d for d in NATIVE.values() if d.itemsize <= 4 or d == NATIVE["complex64"])


def paired(*static: str) -> Callable:
    """A hook ``function(x1, x2, *static)``: Ivy's promotion of ``x1`` and
    ``x2`` (arrays, and only arrays), then ``function`` in one compiled kernel
    with the other parameters static.

    For products of two arrays of one dtype: the result has that dtype and no
    step depends on JAX's 64-bit flag, so with a ``NARROW`` dtype the kernel
    runs without entering the 64-bit scope (about a microsecond, an eighth of
    a small product's dispatch).
    """

    def decorate(function: Callable) -> Callable:
        params = list(inspect.signature(function).parameters)
        if params[:2] != ["x1", "x2"] or params[2:] != list(static):
            raise ValueError(f"paired {function.__name__}: expected parameters (x1, x2, {', '.join(static)})")

        def promoted(x1: Any, x2: Any, cast1: Any, cast2: Any, *extra: Any) -> Any:
            return function(cast(x1, cast1), cast(x2, cast2), *extra)

        compiled = jit(promoted, tuple(range(2, 4 + len(static))))
        extras = "".join(f", _h({p})" for p in static)
        same = "x1.__class__ is _Impl is x2.__class__ and (_a1 := x1.aval).dtype is (_a2 := x2.aval).dtype"
        by_size = [  # one dtype: the kernel by size, inline (no frame of ``jit``'s dispatcher)
            "    try:",
            "        if _prod(_a1.shape) > _SMALL or _prod(_a2.shape) > _SMALL:",
            f"            return _large(x1, x2, None, None{extras})",
            f"        return _small(x1, x2, None, None{extras})",
            "    except ValueError as _error:",
            f"        return _inline_nested(_error, _promoted, (x1, x2, None, None{extras}))",
        ]
        prelude = [
            f"if {same} and _a1.dtype in _NARROW:",
            *by_size,
            "if isinstance(x1, _T) or isinstance(x2, _T):  # in the caller's program and 64-bit mode",
            f"    return _promoted(*_plan(x1, x2){extras})",
        ]
        body = [
            f"if {same}:",
            *by_size,
            "x1, x2, _c1, _c2 = _plan(x1, x2)",
            f"return _compiled(x1, x2, _c1, _c2{extras})",
        ]
        namespace = {
            "_compiled": compiled,
            "_small": compiled.small,  # type: ignore[attr-defined]
            "_large": compiled.large,  # type: ignore[attr-defined]
            "_promoted": promoted,
            "_plan": plan,
            "_Impl": ArrayImpl,
            "_prod": _prod,
            "_SMALL": SMALL,
            "_inline_nested": inline_nested,
            "_NARROW": NARROW,
        }
        hook = _compile_hook(function.__name__, params, body, namespace, prelude)
        hook.__ivy_kernel__ = compiled  # type: ignore[attr-defined]
        return _finish(hook, function)

    return decorate
