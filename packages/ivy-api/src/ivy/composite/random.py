"""``ivy.random``'s generator, written with the standard's integer operations.

The bits. A call's seed (an int, or a 0-d integer array, e.g. one traced by
a compiler) gives 32-bit keys: two rounds of a 32-bit mixing function
(xor-shift, multiply, xor-shift, multiply, xor-shift) over its two halves
and a per-key salt, computed in Python for an int and with array operations
for an array, with the same result. Word ``i`` of the call is a keyed hash of
the counter ``i``: three rounds of the mixing function with a key xored in
before each, the last round keyed once per word a sample needs. Everything
is int64 arithmetic on values below ``2**32`` and both multipliers are below
``2**31``, so no product reaches ``2**63``: nothing overflows, and every
backend computes the same words.

The floats. A uniform float of a dtype with ``b`` significand bits is ``k *
2**-b`` for a ``b``-bit integer ``k`` (exact in that dtype); transformations
(Box-Muller, the inverse normal CDF, Gumbel noise) run in float64 on numbers
in the open interval ``(0, 1)`` and are cast at the end. Uniforms, integers,
Bernoulli draws and permutations are therefore bit-identical on every
backend; results of transcendental functions agree to within the last bit of
each backend's ``log``, ``cos``, ``erfinv``.
"""

from __future__ import annotations

import math
import operator
from functools import lru_cache

import ivy
from ivy import _dispatch, _dtypes, _random
from ivy.composite import composite

_MASK32 = 0xFFFFFFFF
_MULTIPLIERS = (0x21F0AAAD, 0x735A2D97)  # both below 2**31
#: Per-key salts (odd multiples of two 32-bit constants), one pair per key.
_SALTS = tuple(((0x9E3779B9 * (2 * j + 1)) & _MASK32, (0x85EBCA6B * (2 * j + 1)) & _MASK32) for j in range(8))
_INT64_MAX = 2**63 - 1


# -- argument checks ---------------------------------------------------------


def _name(function: str) -> str:
    return f"ivy.random.{function}"


def _seed(seed: object, where: str) -> int | ivy.Array:
    """The seed a call uses: its own (an int, or a 0-d integer array), or the stream's next."""
    if seed is None:
        return _random.next_seed()
    if isinstance(seed, ivy.Array):
        if not ivy.isdtype(seed.dtype, "integral") or seed.ndim != 0:
            raise ivy.IvyTypeError(
                f"{where}: argument 'seed' must be an int or a 0-d integer array, "
                f"got an array of dtype {seed.dtype} and shape {seed.shape}"
            )
        return seed
    return _random.check_seed(seed, where)


def _shape(shape: object, where: str, name: str = "shape") -> tuple[int, ...]:
    try:
        dims = (operator.index(shape),) if not isinstance(shape, (tuple, list)) else tuple(map(operator.index, shape))
    except TypeError:
        raise ivy.IvyTypeError(f"{where}: argument '{name}' must be an int or a tuple of ints, got {shape!r}") from None
    if any(d < 0 for d in dims):
        raise ivy.IvyValueError(f"{where}: argument '{name}' must have non-negative sizes, got {dims}")
    return dims


def _float_dtype(dtype: object, where: str, default: object = None) -> object:
    dtype = default if dtype is None else dtype
    if dtype is None:
        return _dtypes.DEFAULTS["real floating"]
    if not ivy.isdtype(dtype, "real floating"):
        raise ivy.IvyTypeError(f"{where}: argument 'dtype' must be a real floating dtype, got {dtype}")
    return dtype


def _number(value: object, where: str, name: str) -> float:
    if isinstance(value, bool) or not (isinstance(value, (int, float)) or hasattr(type(value), "__float__")):
        raise ivy.IvyTypeError(f"{where}: argument '{name}' must be a number or an array, got {type(value).__name__}")
    return float(value)


def _concretely(condition: object) -> bool:
    """``bool(condition)``; ``False`` for a value that is not concrete (traced by a compiler)."""
    try:
        return bool(condition)
    except Exception:
        return False


def _array_parameters(*values: object) -> list:
    return [v for v in values if isinstance(v, ivy.Array)]


def _check_broadcast(shape: tuple, where: str, **parameters: object) -> None:
    for name, value in parameters.items():
        if isinstance(value, ivy.Array):
            try:
                fits = ivy.broadcast_shapes(shape, value.shape) == shape
            except ValueError:
                fits = False
            if not fits:
                raise ivy.IvyValueError(
                    f"{where}: argument '{name}' of shape {value.shape} does not broadcast to shape {shape}"
                )


def _work_dtype(dtype: object) -> object:
    """float64 where the backend has it: transformations run in it."""
    try:
        _dispatch.ops().to_native_dtype[ivy.float64]  # (a lookup, not ``in``: compilers trace it)
    except KeyError:
        return dtype
    return ivy.float64


def _significand_bits(dtype: object) -> int:
    return round(1 - math.log2(ivy.finfo(dtype).eps))


# -- the bits ----------------------------------------------------------------


def _mix(x):
    """A bijection of 32-bit words with full avalanche, on an int64 array or a Python int."""
    x = x ^ (x >> 16)
    x = (x * _MULTIPLIERS[0]) & _MASK32  # x < 2**32, multiplier < 2**31: no int64 overflow
    x = x ^ (x >> 15)
    x = (x * _MULTIPLIERS[1]) & _MASK32
    return x ^ (x >> 15)


@lru_cache(maxsize=256)
def _int_keys(seed: int, count: int) -> tuple[int, ...]:
    value = seed % 2**64  # two's complement, as an int64 array holds it
    low, high = value & _MASK32, value >> 32
    return tuple(_mix(_mix(low ^ a) ^ high ^ b) for a, b in _SALTS[:count])


def keys(seed: int | ivy.Array, count: int) -> tuple | list:
    """``count`` 32-bit keys of a seed: Python ints for an int, 0-d int64 arrays for an array."""
    if not isinstance(seed, ivy.Array):
        return _int_keys(seed, count)
    value = ivy.astype(seed, ivy.int64)
    low, high = value & _MASK32, (value >> 32) & _MASK32
    return [_mix(_mix(low ^ a) ^ high ^ b) for a, b in _SALTS[:count]]


def words(seed: int | ivy.Array, size: int, count: int, device: object = None) -> list[ivy.Array]:
    """``count`` int64 arrays of ``size`` independent 32-bit words for ``seed``."""
    k = keys(seed, count + 2)
    counter = ivy.arange(size, dtype=ivy.int64, device=device)
    low = counter & _MASK32
    high = counter >> 32
    shared = _mix(_mix(low ^ k[0]) ^ ((high + k[1]) & _MASK32))
    return [_mix(shared ^ key) for key in k[2:]]


def _join(first: ivy.Array, second: ivy.Array, bits: int) -> ivy.Array:
    """A ``bits``-bit integer (33 to 63 bits) from two words."""
    upper = (bits + 1) // 2
    lower = bits - upper
    return ((first >> (32 - upper)) << lower) | (second >> (32 - lower))


def _integer_draws(seed, size: int, bits: int, count: int, device: object = None) -> list[ivy.Array]:
    """``count`` arrays of uniform non-negative ``bits``-bit integers (``bits <= 63``) as int64."""
    if bits <= 32:
        return [word >> (32 - bits) for word in words(seed, size, count, device)]
    drawn = words(seed, size, 2 * count, device)
    return [_join(drawn[2 * i], drawn[2 * i + 1], bits) for i in range(count)]


def _integers(seed, size: int, bits: int, device: object = None) -> ivy.Array:
    return _integer_draws(seed, size, bits, 1, device)[0]


def _unit(seed, size: int, dtype: object, device: object = None) -> ivy.Array:
    """Uniform floats ``k * 2**-b`` in ``[0, 1)``, ``b`` the dtype's significand bits."""
    bits = _significand_bits(dtype)
    return ivy.astype(_integers(seed, size, bits, device), dtype) * 2.0**-bits


def _open_units(seed, size: int, dtype: object, device: object = None, count: int = 1) -> list[ivy.Array]:
    """``count`` arrays of uniform floats ``(k + 1/2) * 2**-(b-1)`` in the open interval ``(0, 1)``."""
    bits = _significand_bits(dtype) - 1
    return [(ivy.astype(k, dtype) + 0.5) * 2.0**-bits for k in _integer_draws(seed, size, bits, count, device)]


def _standard_normal(seed, size: int, dtype: object, device: object = None) -> ivy.Array:
    """Box-Muller: each pair of open uniforms gives two independent normals."""
    first, second = _open_units(seed, (size + 1) // 2, dtype, device, 2)
    radius = ivy.sqrt(ivy.log(first) * -2.0)
    angle = second * (2.0 * math.pi)
    # interleaved, so that a shorter draw is a prefix of a longer one, as for uniforms
    both = ivy.reshape(ivy.stack([radius * ivy.cos(angle), radius * ivy.sin(angle)], axis=-1), (-1,))
    return both[:size]


# -- the distributions -------------------------------------------------------


@composite
def random_uniform(shape, low, high, dtype, device, seed):
    where = _name("uniform")
    shape = _shape(shape, where)
    arrays = _array_parameters(low, high)
    dtype = _float_dtype(dtype, where, _floating_result(arrays))
    _check_broadcast(shape, where, low=low, high=high)
    if not arrays:
        low, high = _number(low, where, "low"), _number(high, where, "high")
        if not (math.isfinite(low) and math.isfinite(high)) or not low < high:
            raise ivy.IvyValueError(f"{where}: requires finite low < high, got low={low}, high={high}")
    elif _concretely(ivy.any(~(ivy.asarray(low) < ivy.asarray(high)))):
        raise ivy.IvyValueError(f"{where}: requires low < high everywhere")
    seed = _seed(seed, where)
    size = math.prod(shape)
    unit = ivy.reshape(_unit(seed, size, dtype, device), shape)
    if not arrays and low == 0.0 and high == 1.0:
        return unit
    low, high = (
        ivy.astype(v, dtype) if isinstance(v, ivy.Array) else ivy.full((), v, dtype=dtype, device=device)
        for v in (low, high)
    )
    # rounding may reach ``high``: keep the interval half-open
    return ivy.minimum(low + unit * (high - low), ivy.nextafter(high, low))


@composite
def random_normal(shape, mean, std, dtype, device, seed):
    where = _name("normal")
    shape = _shape(shape, where)
    arrays = _array_parameters(mean, std)
    dtype = _float_dtype(dtype, where, _floating_result(arrays))
    _check_broadcast(shape, where, mean=mean, std=std)
    if not isinstance(mean, ivy.Array):
        mean = _number(mean, where, "mean")
    if not isinstance(std, ivy.Array):
        std = _number(std, where, "std")
        if not std >= 0.0:
            raise ivy.IvyValueError(f"{where}: argument 'std' must be non-negative, got {std}")
    elif _concretely(ivy.any(~(std >= 0.0))):
        raise ivy.IvyValueError(f"{where}: argument 'std' must be non-negative")
    seed = _seed(seed, where)
    work = _work_dtype(dtype)
    normal = ivy.reshape(_standard_normal(seed, math.prod(shape), work, device), shape)
    return ivy.astype(normal * std + mean, dtype)


@composite
def random_truncated_normal(shape, mean, std, low, high, dtype, device, seed):
    where = _name("truncated_normal")
    shape = _shape(shape, where)
    dtype = _float_dtype(dtype, where)
    mean, std = _number(mean, where, "mean"), _number(std, where, "std")
    low, high = _number(low, where, "low"), _number(high, where, "high")
    if not std >= 0.0:
        raise ivy.IvyValueError(f"{where}: argument 'std' must be non-negative, got {std}")
    if not low < high:
        raise ivy.IvyValueError(f"{where}: requires low < high, got low={low}, high={high}")
    seed = _seed(seed, where)
    work = _work_dtype(dtype)
    # sample the tail nearer to the mean's side, where the CDF keeps its precision
    sign = -1.0 if low > 0.0 else 1.0
    lower, upper = (-high, -low) if sign < 0 else (low, high)
    cdf_lower, cdf_upper = (0.5 * math.erfc(-t / math.sqrt(2.0)) for t in (lower, upper))
    (unit,) = _open_units(seed, math.prod(shape), work, device)
    p = unit * (cdf_upper - cdf_lower) + cdf_lower
    z = ivy.erfinv(p * 2.0 - 1.0) * math.sqrt(2.0)
    z = ivy.clip(ivy.where(ivy.isnan(z), lower, z), min=lower, max=upper) * sign
    return ivy.astype(ivy.reshape(z, shape) * std + mean, dtype)


@composite
def random_bernoulli(p, shape, dtype, seed):
    where = _name("bernoulli")
    if isinstance(p, ivy.Array):
        if not ivy.isdtype(p.dtype, "real floating"):
            raise ivy.IvyTypeError(f"{where}: argument 'p' must have a real floating dtype, got {p.dtype}")
        if _concretely(ivy.any(~((p >= 0.0) & (p <= 1.0)))):
            raise ivy.IvyValueError(f"{where}: argument 'p' must lie in [0, 1]")
        shape = p.shape if shape is None else _shape(shape, where)
        _check_broadcast(shape, where, p=p)
        default = p.dtype
    else:
        p = _number(p, where, "p")
        if not 0.0 <= p <= 1.0:
            raise ivy.IvyValueError(f"{where}: argument 'p' must lie in [0, 1], got {p}")
        shape = () if shape is None else _shape(shape, where)
        default = _dtypes.DEFAULTS["real floating"]
    dtype = default if dtype is None else dtype
    seed = _seed(seed, where)
    work = _work_dtype(ivy.float32)  # float64 where there is one: 53 random bits
    device = p.device if isinstance(p, ivy.Array) else None
    draws = ivy.reshape(_unit(seed, math.prod(shape), work, device), shape) < p
    return draws if dtype == ivy.bool else ivy.astype(draws, dtype)


@composite
def random_randint(low, high, shape, dtype, device, seed):
    where = _name("randint")
    low = _random.check_seed(low, where, "low")
    high = _random.check_seed(high, where, "high")
    shape = _shape(shape, where)
    dtype = _dtypes.DEFAULTS["integral"] if dtype is None else dtype
    if not ivy.isdtype(dtype, "integral"):
        raise ivy.IvyTypeError(f"{where}: argument 'dtype' must be an integer dtype, got {dtype}")
    if not low < high:
        raise ivy.IvyValueError(f"{where}: requires low < high, got low={low}, high={high}")
    limits = ivy.iinfo(dtype)
    if low < limits.min or high - 1 > limits.max:
        raise ivy.IvyValueError(f"{where}: [{low}, {high}) does not fit dtype {dtype}")
    if high - low > _INT64_MAX or high - 1 > _INT64_MAX:
        raise ivy.IvyValueError(f"{where}: ranges beyond int64 are not supported, got [{low}, {high})")
    seed = _seed(seed, where)
    span = high - low
    draws = _integers(seed, math.prod(shape), 63, device)
    return ivy.astype(ivy.reshape(draws % span + low, shape), dtype)


def _random_order(seed: int, size: int, device: object) -> ivy.Array:
    """A uniformly random permutation of ``range(size)``: the order of 63-bit random keys."""
    return ivy.argsort(_integers(seed, size, 63, device), stable=True)


@composite
def random_permutation(x, seed):
    where = _name("permutation")
    if isinstance(x, ivy.Array) and x.ndim == 0 and ivy.isdtype(x.dtype, "integral"):
        x = int(x)
    if not isinstance(x, ivy.Array):
        n = _random.check_seed(x, where, "x")
        if n < 0:
            raise ivy.IvyValueError(f"{where}: argument 'x' must be non-negative, got {n}")
        return _random_order(_seed(seed, where), n, None)
    if x.ndim == 0:
        raise ivy.IvyValueError(f"{where}: argument 'x' must be an int or an array with at least one dimension")
    order = _random_order(_seed(seed, where), x.shape[0], x.device)
    return ivy.take(x, order, axis=0)


@composite
def random_shuffle(x, axis, seed):
    where = _name("shuffle")
    if not isinstance(x, ivy.Array):
        raise ivy.IvyTypeError(f"{where}: argument 'x' must be an array, got {type(x).__name__}")
    if x.ndim == 0:
        raise ivy.IvyValueError(f"{where}: argument 'x' must have at least one dimension")
    axis = _random.check_seed(axis, where, "axis")
    if not -x.ndim <= axis < x.ndim:
        raise ivy.AxisError(f"{where}: axis {axis} is out of range for an array of {x.ndim} dimensions")
    order = _random_order(_seed(seed, where), x.shape[axis], x.device)
    return ivy.take(x, order, axis=axis)


@composite
def random_categorical(logits, num_samples, replacement, seed):
    where = _name("categorical")
    if not isinstance(logits, ivy.Array):
        raise ivy.IvyTypeError(f"{where}: argument 'logits' must be an array, got {type(logits).__name__}")
    if not ivy.isdtype(logits.dtype, "real floating"):
        raise ivy.IvyTypeError(f"{where}: argument 'logits' must have a real floating dtype, got {logits.dtype}")
    if logits.ndim == 0 or logits.shape[-1] == 0:
        raise ivy.IvyValueError(f"{where}: argument 'logits' needs a non-empty last axis, got shape {logits.shape}")
    num_samples = _random.check_seed(num_samples, where, "num_samples")
    categories = logits.shape[-1]
    if num_samples < 0 or (not replacement and num_samples > categories):
        bound = "non-negative" if replacement else f"between 0 and the number of categories ({categories})"
        raise ivy.IvyValueError(f"{where}: argument 'num_samples' must be {bound}, got {num_samples}")
    seed = _seed(seed, where)
    batch = logits.shape[:-1]
    work = _work_dtype(logits.dtype)
    # Gumbel-max: argmax(logits + Gumbel noise) is a draw from softmax(logits)
    noise_shape = (*batch, num_samples, categories) if replacement else logits.shape
    (uniform,) = _open_units(seed, math.prod(noise_shape), work, logits.device)
    gumbel = ivy.reshape(-ivy.log(-ivy.log(uniform)), noise_shape)
    scores = ivy.astype(logits, work)
    if replacement:
        return ivy.argmax(ivy.expand_dims(scores, axis=-2) + gumbel, axis=-1)
    return ivy.argsort(scores + gumbel, axis=-1, descending=True, stable=True)[..., :num_samples]


def _floating_result(arrays: list) -> object:
    floating = [a for a in arrays if ivy.isdtype(a.dtype, "real floating")]
    return ivy.result_type(*floating) if floating else None
