"""``ivy.random`` against a NumPy model of Ivy's generator.

The model recomputes the counter-based hash with NumPy's unsigned 64-bit
arithmetic, independently of Ivy's int64 composite, so uniforms, integers and
permutations must match it bit for bit: a backend that replaces a random
hook must still draw Ivy's numbers. Normals and truncated normals are
checked for their distribution (deterministic, since seeds are fixed), and
every function for reproducibility, shapes and dtypes.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import covers, hypothesis_settings
from ivy.testing.conformance._reference import ivy_to_numpy

_M32 = np.uint64(0xFFFFFFFF)
_N = 4000
_erf = np.frompyfunc(math.erf, 1, 1)


# -- the model -----------------------------------------------------------------------------


def _mix(x: np.ndarray) -> np.ndarray:
    x = x ^ (x >> np.uint64(16))
    x = (x * np.uint64(0x21F0AAAD)) & _M32
    x = x ^ (x >> np.uint64(15))
    x = (x * np.uint64(0x735A2D97)) & _M32
    return x ^ (x >> np.uint64(15))


def model_keys(seed: int, count: int) -> list[np.uint64]:
    value = np.array([seed % 2**64], dtype=np.uint64)
    low, high = value & _M32, value >> np.uint64(32)
    salts = [(0x9E3779B9 * (2 * j + 1) % 2**32, 0x85EBCA6B * (2 * j + 1) % 2**32) for j in range(count)]
    return [_mix(_mix(low ^ np.uint64(a)) ^ high ^ np.uint64(b))[0] for a, b in salts]


def model_words(seed: int, size: int, count: int) -> list[np.ndarray]:
    k = model_keys(seed, count + 2)
    counter = np.arange(size, dtype=np.uint64)
    shared = _mix(_mix((counter & _M32) ^ k[0]) ^ (((counter >> np.uint64(32)) + k[1]) & _M32))
    return [_mix(shared ^ key) for key in k[2:]]


def model_integers(seed: int, size: int, bits: int) -> np.ndarray:
    if bits <= 32:
        return model_words(seed, size, 1)[0] >> np.uint64(32 - bits)
    first, second = model_words(seed, size, 2)
    upper = (bits + 1) // 2
    return ((first >> np.uint64(32 - upper)) << np.uint64(bits - upper)) | (second >> np.uint64(32 - bits + upper))


def model_uniform(seed: int, size: int, dtype: str) -> np.ndarray:
    bits = {"float32": 24, "float64": 53}[dtype]
    return model_integers(seed, size, bits).astype(dtype) * np.asarray(2.0**-bits, dtype)


def _ks(samples: np.ndarray, cdf) -> float:
    ordered = np.sort(samples.astype(np.float64))
    model = cdf(ordered)
    n = len(ordered)
    return float(max(np.max(np.arange(1, n + 1) / n - model), np.max(model - np.arange(n) / n)))


def _normal_cdf(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0)).astype(np.float64))


_KS = 2.0 / math.sqrt(_N)


# -- the tests ---------------------------------------------------------------------------------


@covers("random.uniform")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(
    seed=st.integers(-(2**80), 2**80),
    shape=st.lists(st.integers(0, 5), max_size=3).map(tuple),
    dtype=st.sampled_from(["float32", "float64"]),
)
def test_uniform_is_ivys_generator(ivy_backend: str, seed: int, shape: tuple, dtype: str) -> None:
    if getattr(ivy, dtype) not in ivy.__array_namespace_info__().dtypes().values():
        return
    x = ivy.random.uniform(shape, dtype=getattr(ivy, dtype), seed=seed)
    assert x.shape == shape and x.dtype == getattr(ivy, dtype)
    np.testing.assert_array_equal(ivy_to_numpy(x).reshape(-1), model_uniform(seed, math.prod(shape), dtype))
    scaled = ivy_to_numpy(ivy.random.uniform(shape, low=-3.0, high=5.0, dtype=getattr(ivy, dtype), seed=seed))
    assert np.all(scaled >= -3.0) and np.all(scaled < 5.0)


@covers("random.randint", "random.permutation", "random.shuffle")
@pytest.mark.ivy_conformance
def test_integers_and_permutations_are_ivys_generator(ivy_backend: str) -> None:
    got = ivy_to_numpy(ivy.random.randint(-7, 1000, (6, 7), seed=5)).reshape(-1)
    np.testing.assert_array_equal(got, (model_integers(5, 42, 63) % np.uint64(1007)).astype(np.int64) - 7)
    order = np.argsort(model_integers(6, 30, 63), kind="stable")
    np.testing.assert_array_equal(ivy_to_numpy(ivy.random.permutation(30, seed=6)), order)
    rows = ivy.reshape(ivy.arange(60), (30, 2))
    np.testing.assert_array_equal(ivy_to_numpy(ivy.random.permutation(rows, seed=6)), ivy_to_numpy(rows)[order])
    columns = ivy.reshape(ivy.arange(60), (2, 30))
    np.testing.assert_array_equal(
        ivy_to_numpy(ivy.random.shuffle(columns, axis=1, seed=6)), ivy_to_numpy(columns)[:, order]
    )


@covers("random.normal", "random.truncated_normal")
@pytest.mark.ivy_conformance
def test_normals(ivy_backend: str) -> None:
    x = ivy.random.normal((_N,), mean=1.0, std=2.0, seed=7)
    assert x.dtype == ivy.float64
    values = ivy_to_numpy(x)
    np.testing.assert_array_equal(values, ivy_to_numpy(ivy.random.normal((_N,), mean=1.0, std=2.0, seed=7)))
    assert _ks((values - 1.0) / 2.0, _normal_cdf) < _KS
    t = ivy_to_numpy(ivy.random.truncated_normal((_N,), low=-1.0, high=0.5, seed=8))
    assert t.min() >= -1.0 and t.max() <= 0.5
    lower, upper = _normal_cdf(np.array([-1.0, 0.5]))
    assert _ks(t, lambda v: (_normal_cdf(v) - lower) / (upper - lower)) < _KS


@covers("random.bernoulli", "random.categorical")
@pytest.mark.ivy_conformance
def test_discrete_draws(ivy_backend: str) -> None:
    draws = ivy_to_numpy(ivy.random.bernoulli(0.25, (_N,), seed=9))
    np.testing.assert_array_equal(draws, (model_uniform(9, _N, "float64") < 0.25).astype(np.float64))
    logits = ivy.asarray([[math.log(0.2), math.log(0.8), -math.inf]])
    picks = ivy_to_numpy(ivy.random.categorical(logits, _N, seed=10))
    assert picks.shape == (1, _N) and set(np.unique(picks)) <= {0, 1}
    assert abs(np.mean(picks == 1) - 0.8) < 0.04
    distinct = ivy_to_numpy(ivy.random.categorical(ivy.zeros((5, 4)), 4, replacement=False, seed=11))
    assert all(sorted(row) == [0, 1, 2, 3] for row in distinct)


@covers("random.uniform")
@pytest.mark.ivy_conformance
def test_array_seeds_draw_the_numbers_of_their_value(ivy_backend: str) -> None:
    for seed in (0, 12345, -7, 2**62 + 3):
        want = model_uniform(seed, 6, "float64")
        np.testing.assert_array_equal(ivy_to_numpy(ivy.random.uniform((6,), seed=seed)), want)
        np.testing.assert_array_equal(ivy_to_numpy(ivy.random.uniform((6,), seed=ivy.asarray(seed))), want)
    np.testing.assert_array_equal(
        ivy_to_numpy(ivy.random.uniform((6,), seed=2**64 - 7)), model_uniform(-7, 6, "float64")
    )


@covers("random.seed", "random.next_seed")
@pytest.mark.ivy_conformance
def test_seeded_streams(ivy_backend: str) -> None:
    ivy.random.seed(1234)
    first = [ivy_to_numpy(ivy.random.uniform((3,))), ivy.random.next_seed()]
    ivy.random.seed(1234)
    second = [ivy_to_numpy(ivy.random.uniform((3,))), ivy.random.next_seed()]
    np.testing.assert_array_equal(first[0], second[0])
    assert first[1] == second[1] and isinstance(first[1], int)
    ivy.random.seed(1234)  # a call without seed= uses the stream's next seed
    implicit = ivy_to_numpy(ivy.random.uniform((3,)))
    ivy.random.seed(1234)
    np.testing.assert_array_equal(implicit, ivy_to_numpy(ivy.random.uniform((3,), seed=ivy.random.next_seed())))
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.random\.seed"):
        ivy.random.seed(1.5)
