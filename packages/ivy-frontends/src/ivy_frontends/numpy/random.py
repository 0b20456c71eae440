"""``numpy.random`` on ``ivy.random``: ``default_rng(seed)`` Generators and the legacy global functions.

The numbers are ivy's (the same on every backend), not NumPy's: a seed makes a
stream reproducible, it does not replay NumPy's Mersenne Twister or PCG64. A
``Generator`` owns its stream (each draw uses ``seed=`` the next of its seeds);
the legacy functions draw from ivy's context stream, which ``seed`` restarts.
Continuous distributions beyond uniform and normal are inverse-CDF transforms
of uniform draws, listed in :data:`INVERSE_CDF`.
"""

from __future__ import annotations

import builtins
import hashlib
import math
import operator
import warnings
from typing import Any

import ivy
from ivy_frontends.numpy._distributions import Distributions
from ivy_frontends.numpy._helpers import arr, dtype_arg
from ivy_frontends.numpy._ndarray import ndarray

#: Distributions of :mod:`._distributions`, also legacy functions of the module.
_MORE = (
    "standard_gamma gamma beta chisquare f standard_t noncentral_chisquare noncentral_f dirichlet poisson binomial"
    " negative_binomial geometric hypergeometric logseries zipf multinomial multivariate_normal triangular vonmises"
    " wald"
).split()

#: Methods of the module's global ``RandomState``, bound under the same names.
_GLOBAL_METHODS = (
    "normal standard_normal uniform choice permutation shuffle exponential standard_exponential laplace logistic"
    " gumbel lognormal rayleigh standard_cauchy weibull pareto power bytes"
).split()

__all__ = [
    "default_rng",
    "Generator",
    "RandomState",
    "seed",
    "rand",
    "randn",
    "randint",
    "random",
    "random_sample",
    "ranf",
    "sample",
    *_GLOBAL_METHODS,
    *_MORE,
    "random_integers",
    "get_state",
    "set_state",
    "get_bit_generator",
    "set_bit_generator",
    "SeedSequence",
    "BitGenerator",
    "MT19937",
    "PCG64",
    "PCG64DXSM",
    "Philox",
    "SFC64",
]


def _shape(size: Any) -> tuple[int, ...]:
    if size is None:
        return ()
    return (operator.index(size),) if not isinstance(size, (tuple, list)) else tuple(operator.index(s) for s in size)


def _result(x: ivy.Array, size: Any) -> Any:
    """NumPy returns a Python float for ``size=None``; here a 0-d array stands in for it."""
    return ndarray(x)


#: Distributions as transforms of ``u`` uniform in [0, 1): name -> (parameter names and defaults, transform).
INVERSE_CDF: dict[str, tuple[tuple[tuple[str, float], ...], Any]] = {
    "exponential": ((("scale", 1.0),), lambda u, scale: ivy.multiply(ivy.negative(ivy.log1p(ivy.negative(u))), scale)),
    "standard_exponential": ((), lambda u: ivy.negative(ivy.log1p(ivy.negative(u)))),
    "laplace": (
        (("loc", 0.0), ("scale", 1.0)),
        lambda u, loc, scale: ivy.subtract(
            loc,
            ivy.multiply(
                ivy.multiply(scale, ivy.sign(ivy.subtract(u, 0.5))),
                ivy.log1p(ivy.negative(ivy.multiply(2.0, ivy.abs(ivy.subtract(u, 0.5))))),
            ),
        ),
    ),
    "logistic": (
        (("loc", 0.0), ("scale", 1.0)),
        lambda u, loc, scale: ivy.add(loc, ivy.multiply(scale, ivy.subtract(ivy.log(u), ivy.log1p(ivy.negative(u))))),
    ),
    "gumbel": (
        (("loc", 0.0), ("scale", 1.0)),
        lambda u, loc, scale: ivy.subtract(loc, ivy.multiply(scale, ivy.log(ivy.negative(ivy.log(u))))),
    ),
    "rayleigh": (
        (("scale", 1.0),),
        lambda u, scale: ivy.multiply(scale, ivy.sqrt(ivy.multiply(-2.0, ivy.log1p(ivy.negative(u))))),
    ),
    "standard_cauchy": ((), lambda u: ivy.tan(ivy.multiply(math.pi, ivy.subtract(u, 0.5)))),
    "weibull": (
        (("a", 1.0),),
        lambda u, a: ivy.pow(ivy.negative(ivy.log1p(ivy.negative(u))), ivy.divide(1.0, a)),
    ),
    "pareto": ((("a", 1.0),), lambda u, a: ivy.subtract(ivy.pow(ivy.subtract(1.0, u), ivy.divide(-1.0, a)), 1.0)),
    "power": ((("a", 1.0),), lambda u, a: ivy.pow(u, ivy.divide(1.0, a))),
}


def _param(v: Any) -> Any:
    return v if isinstance(v, (int, float)) else arr(v, "numpy.random", "parameter")


class _Draws(Distributions):
    """The distributions, given a way to get the next seed (``None``: ivy's context stream)."""

    def _seed(self) -> int | None:
        return None

    def random(self, size: Any = None, dtype: Any = None, out: Any = None) -> Any:
        """Floats uniform in [0, 1)."""
        d = dtype_arg(dtype, "numpy.random.random") or ivy.float64
        return _result(ivy.random.uniform(_shape(size), dtype=d, seed=self._seed()), size)

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> Any:
        """Floats uniform in [low, high)."""
        shape = _shape(size) if size is not None else _broadcast(low, high)
        return _result(ivy.random.uniform(shape, low=_param(low), high=_param(high), seed=self._seed()), size)

    def normal(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Normal draws with mean ``loc`` and standard deviation ``scale``."""
        shape = _shape(size) if size is not None else _broadcast(loc, scale)
        return _result(ivy.random.normal(shape, mean=_param(loc), std=_param(scale), seed=self._seed()), size)

    def standard_normal(self, size: Any = None, dtype: Any = None, out: Any = None) -> Any:
        """Standard normal draws."""
        d = dtype_arg(dtype, "numpy.random.standard_normal") or ivy.float64
        return _result(ivy.random.normal(_shape(size), dtype=d, seed=self._seed()), size)

    def lognormal(self, mean: Any = 0.0, sigma: Any = 1.0, size: Any = None) -> Any:
        """``exp`` of normal draws."""
        return ndarray(ivy.exp(self.normal(mean, sigma, size)._a))

    def integers(
        self, low: int, high: int | None = None, size: Any = None, dtype: Any = "int64", endpoint: bool = False
    ) -> Any:
        """Integers uniform in [low, high) (or [low, high] with ``endpoint``)."""
        if high is None:
            low, high = 0, low
        if endpoint:
            high += 1
        if low >= high:
            raise ValueError(f"numpy.random.integers: low >= high ({low} >= {high})")
        d = dtype_arg(dtype, "numpy.random.integers") or ivy.int64
        return _result(ivy.random.randint(int(low), int(high), _shape(size), dtype=d, seed=self._seed()), size)

    def permutation(self, x: Any, axis: int = 0) -> ndarray:
        """A shuffled copy of ``x`` (of ``arange(x)`` for an int)."""
        if isinstance(x, int):
            return ndarray(ivy.random.permutation(x, seed=self._seed()))
        return ndarray(ivy.random.shuffle(arr(x, "numpy.random.permutation", "x"), axis=axis, seed=self._seed()))

    def permuted(self, x: Any, axis: int | None = None, out: Any = None) -> ndarray:
        """``x`` shuffled along ``axis`` (flattened when ``None``)."""
        a = arr(x, "numpy.random.permuted", "x")
        if axis is None:
            return ndarray(ivy.reshape(ivy.random.shuffle(ivy.reshape(a, (-1,)), seed=self._seed()), a.shape))
        return ndarray(ivy.random.shuffle(a, axis=axis, seed=self._seed()))

    def shuffle(self, x: ndarray, axis: int = 0) -> None:
        """Shuffle ``x`` along ``axis`` in place."""
        if not isinstance(x, ndarray):
            raise TypeError("numpy.random.shuffle: argument 'x' must be an ndarray (it is shuffled in place)")
        x._a = ivy.random.shuffle(x._a, axis=axis, seed=self._seed())

    def choice(
        self, a: Any, size: Any = None, replace: bool = True, p: Any = None, axis: int = 0, shuffle: bool = True
    ) -> Any:
        """Samples from ``a`` (or ``arange(a)``), with or without replacement, optionally weighted by ``p``."""
        pool = ivy.arange(a) if isinstance(a, int) else arr(a, "numpy.random.choice", "a")
        n = pool.shape[axis]
        shape = _shape(size)
        count = 1
        for s in shape:
            count *= s
        if n == 0:
            raise ValueError("numpy.random.choice: 'a' cannot be empty unless no samples are taken")
        if not replace and count > n:
            raise ValueError("numpy.random.choice: cannot take a larger sample than population when replace=False")
        if p is not None:
            logits = ivy.log(ivy.astype(arr(p, "numpy.random.choice", "p"), ivy.float64))
            idx = ivy.random.categorical(logits, count, replacement=replace, seed=self._seed())
        elif replace:
            idx = ivy.random.randint(0, n, (count,), seed=self._seed())
        else:
            idx = ivy.random.permutation(n, seed=self._seed())[:count]
        picked = ivy.take(pool, ivy.reshape(idx, (-1,)), axis=axis)
        return ndarray(ivy.reshape(picked, pool.shape[:axis] + shape + pool.shape[axis + 1 :]))

    def bytes(self, length: int) -> bytes:
        """``length`` random bytes."""
        return builtins.bytes(ndarray(ivy.random.randint(0, 256, (length,), seed=self._seed())).tolist())


def _broadcast(*params: Any) -> tuple[int, ...]:
    shapes = [arr(p, "numpy.random", "parameter").shape for p in params if not isinstance(p, (int, float))]
    return tuple(ivy.broadcast_shapes(*shapes)) if shapes else ()


def _add_inverse_cdf(cls: type) -> None:
    for name, (params, transform) in INVERSE_CDF.items():

        def method(
            self: _Draws, *args: Any, _p: tuple = params, _t: Any = transform, _n: str = name, **kwargs: Any
        ) -> Any:
            values = [kwargs.pop(k, args[i] if i < len(args) else default) for i, (k, default) in enumerate(_p)]
            size = kwargs.pop("size", args[len(_p)] if len(args) > len(_p) else None)
            if kwargs:
                raise TypeError(f"numpy.random.{_n}: unexpected argument(s) {sorted(kwargs)}")
            shape = _shape(size) if size is not None else _broadcast(*values)
            u = ivy.random.uniform(shape, seed=self._seed())
            return _result(_t(u, *(_param(v) for v in values)), size)

        method.__name__ = name
        method.__doc__ = f"Draws from the {name.replace('_', ' ')} distribution (inverse CDF of a uniform draw)."
        setattr(cls, name, method)


_add_inverse_cdf(_Draws)


def _mix(seed_value: int, counter: int) -> int:
    digest = hashlib.blake2b(f"{seed_value}:{counter}".encode(), digest_size=8, person=b"ivy.np.rng").digest()
    return int.from_bytes(digest, "little") >> 1


class Generator(_Draws):
    """NumPy's ``Generator``: an independent, reproducible stream of draws."""

    def __init__(self, seed: Any = None) -> None:
        if isinstance(seed, Generator):
            seed = seed._seed_value
        if isinstance(seed, BitGenerator):
            self.bit_generator = seed
            seed = seed._seed_value
        elif isinstance(seed, SeedSequence):
            seed = seed._value()
        if seed is None:
            seed = ivy.random.next_seed()
        elif not isinstance(seed, int):
            seed = (
                int(arr(seed, "numpy.random.default_rng", "seed").__int__())
                if not isinstance(seed, (list, tuple))
                else hash(tuple(seed))
            )
        if seed < 0:
            raise ValueError("numpy.random.default_rng: argument 'seed' must be non-negative")
        self._seed_value = seed
        self._counter = 0
        if not hasattr(self, "bit_generator"):
            self.bit_generator = PCG64(seed)

    def _seed(self) -> int:
        self._counter += 1
        return _mix(self._seed_value, self._counter)

    def spawn(self, n_children: int) -> list[Generator]:
        """Independent child generators."""
        return [Generator(self._seed()) for _ in range(n_children)]

    def __repr__(self) -> str:
        return f"Generator(ivy) seeded {self._seed_value}"


class SeedSequence:
    """Entropy and a spawn key; children (``spawn``) get independent streams, ``generate_state`` words."""

    def __init__(self, entropy: Any = None, *, spawn_key: Any = (), pool_size: int = 4, n_children_spawned: int = 0):
        if entropy is None:
            entropy = ivy.random.next_seed()
        if isinstance(entropy, (list, tuple)):
            entropy = tuple(int(e) for e in entropy)
        elif not isinstance(entropy, int) or entropy < 0:
            raise TypeError("numpy.random.SeedSequence: SeedSequence expects int or sequence of ints for entropy")
        self.entropy, self.spawn_key, self.pool_size = entropy, tuple(spawn_key), pool_size
        self.n_children_spawned = n_children_spawned

    def _value(self) -> int:
        digest = hashlib.blake2b(repr((self.entropy, self.spawn_key)).encode(), digest_size=8, person=b"ivy.np.seq")
        return int.from_bytes(digest.digest(), "little") >> 1

    def spawn(self, n_children: int) -> list[SeedSequence]:
        """``n_children`` new sequences, each with this one's entropy and an extended spawn key."""
        first = self.n_children_spawned
        self.n_children_spawned += n_children
        return [
            SeedSequence(self.entropy, spawn_key=(*self.spawn_key, i), pool_size=self.pool_size)
            for i in range(first, first + n_children)
        ]

    def generate_state(self, n_words: int, dtype: Any = "uint32") -> ndarray:
        """``n_words`` unsigned words derived from the entropy and spawn key (ivy's, not NumPy's)."""
        d = dtype_arg(dtype, "numpy.random.SeedSequence.generate_state")
        if d not in (ivy.uint32, ivy.uint64):
            raise ValueError("numpy.random.SeedSequence.generate_state: only support uint32 or uint64")
        bits = d.bits
        words = [_mix(self._value(), i) & ((1 << bits) - 1) for i in range(n_words)]
        return ndarray(ivy.asarray(words, dtype=d) if words else ivy.zeros((0,), dtype=d))

    def __repr__(self) -> str:
        return f"SeedSequence(entropy={self.entropy!r})"


class BitGenerator:
    """The source of a ``Generator``'s stream: here an ivy stream named after NumPy's algorithm."""

    def __init__(self, seed: Any = None) -> None:
        self._seed_seq = (
            seed
            if isinstance(seed, SeedSequence)
            else SeedSequence(seed if seed is None or isinstance(seed, (list, tuple)) else _entropy(seed))
        )
        self._seed_value = self._seed_seq._value() if not isinstance(seed, int) else seed

    @property
    def seed_seq(self) -> SeedSequence:
        """The ``SeedSequence`` this generator was made from."""
        return self._seed_seq

    def spawn(self, n_children: int) -> list[BitGenerator]:
        """Independent children of the same kind."""
        return [type(self)(s) for s in self._seed_seq.spawn(n_children)]

    @property
    def state(self) -> dict[str, Any]:
        """The seed that restarts this stream (ivy's state, not NumPy's)."""
        return {"bit_generator": type(self).__name__, "state": {"seed": self._seed_value}}

    @state.setter
    def state(self, value: dict[str, Any]) -> None:
        if value.get("bit_generator") != type(self).__name__:
            raise ValueError(f"numpy.random.{type(self).__name__}.state: state must be for a {type(self).__name__}")
        self._seed_value = int(value["state"]["seed"])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(ivy)"


def _entropy(seed: Any) -> int:
    value = int(arr(seed, "numpy.random.BitGenerator", "seed").__int__()) if not isinstance(seed, int) else seed
    if value < 0:
        raise ValueError("numpy.random: Seed must be non-negative")
    return value


class MT19937(BitGenerator):
    """NumPy's Mersenne Twister by name (the stream is ivy's)."""


class PCG64(BitGenerator):
    """NumPy's PCG-64 by name (the stream is ivy's)."""


class PCG64DXSM(BitGenerator):
    """NumPy's PCG-64 DXSM by name (the stream is ivy's)."""


class Philox(BitGenerator):
    """NumPy's Philox by name (the stream is ivy's)."""


class SFC64(BitGenerator):
    """NumPy's SFC64 by name (the stream is ivy's)."""


def default_rng(seed: Any = None) -> Generator:
    """A new ``Generator``; the same ``seed`` gives the same draws on every backend."""
    return Generator(seed)


class RandomState(Generator):
    """The legacy seeded generator, with the legacy method names."""

    def rand(self, *shape: int) -> Any:
        """Uniform [0, 1) draws of the given shape."""
        return self.random(shape or None)

    def randn(self, *shape: int) -> Any:
        """Standard normal draws of the given shape."""
        return self.standard_normal(shape or None)

    def randint(self, low: int, high: int | None = None, size: Any = None, dtype: Any = int) -> Any:
        """Integers in [low, high)."""
        return self.integers(low, high, size, dtype)

    random_sample = Generator.random

    def seed(self, seed: Any = None) -> None:
        """Restart the stream."""
        self.__init__(seed)


# -- the legacy global functions: ivy's context stream -----------------------
_global = _Draws()


def seed(seed: Any = None) -> None:
    """Restart ivy's random stream in this context."""
    ivy.random.seed(ivy.random.next_seed() if seed is None else int(seed))
    _LEGACY["bit_generator"] = None


_LEGACY: dict[str, Any] = {"bit_generator": None}


def _fork() -> int:
    """Restart the context stream at a fresh seed taken from it, and return that seed: a restorable state."""
    value = ivy.random.next_seed()
    ivy.random.seed(value)
    return value


def get_state(legacy: bool = True) -> dict[str, Any]:
    """A state that ``set_state`` returns the legacy stream to (ivy's, not NumPy's Mersenne Twister keys)."""
    return {"bit_generator": "MT19937", "state": {"seed": _fork()}}


def set_state(state: Any) -> None:
    """Return the legacy stream to a state from ``get_state``."""
    if not isinstance(state, dict) or "state" not in state or "seed" not in state["state"]:
        raise ValueError("numpy.random.set_state: state must be a dict returned by get_state")
    ivy.random.seed(int(state["state"]["seed"]))


def get_bit_generator() -> BitGenerator:
    """The legacy stream's bit generator (seeded where the stream now stands)."""
    current = _LEGACY["bit_generator"]
    return current if current is not None else MT19937(_fork())


def set_bit_generator(bitgen: BitGenerator) -> None:
    """Drive the legacy functions from ``bitgen``'s seed."""
    if not isinstance(bitgen, BitGenerator):
        raise TypeError("numpy.random.set_bit_generator: bitgen must be a BitGenerator")
    ivy.random.seed(bitgen._seed_value)
    _LEGACY["bit_generator"] = bitgen


def random_integers(low: int, high: int | None = None, size: Any = None) -> Any:
    """Integers in [low, high] (deprecated in NumPy; ``[1, low]`` when ``high`` is omitted)."""
    warnings.warn("This function is deprecated. Please call randint instead", DeprecationWarning, stacklevel=2)
    if high is None:
        low, high = 1, low
    return _global.integers(low, high, size, endpoint=True)


def rand(*shape: int) -> Any:
    """Uniform [0, 1) draws of the given shape."""
    return _global.random(shape or None)


def randn(*shape: int) -> Any:
    """Standard normal draws of the given shape."""
    return _global.standard_normal(shape or None)


def randint(low: int, high: int | None = None, size: Any = None, dtype: Any = int) -> Any:
    """Integers in [low, high) (or [0, low))."""
    return _global.integers(low, high, size, dtype)


def random(size: Any = None) -> Any:
    """Uniform [0, 1) draws."""
    return _global.random(size)


random_sample = ranf = sample = random


for _name in (*_GLOBAL_METHODS, *_MORE):
    globals()[_name] = getattr(_global, _name)
