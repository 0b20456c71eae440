"""ivy.random: reproducible, the same numbers on every backend, and distributed as documented.

Every test runs on each installed backend (the ``ivy_backend`` fixture).
Statistical checks use fixed seeds, so they are deterministic; their bounds
are generous (far beyond a 0.1% test) so that a correct generator never
trips them and a broken one (wrong range, wrong scale, correlated bits)
does.
"""

from __future__ import annotations

import math
import threading
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ivy

N = 10_000
_erf = np.frompyfunc(math.erf, 1, 1)


def to_numpy(x: ivy.Array) -> np.ndarray:
    native = x.data
    if hasattr(native, "numpy") and not isinstance(native, np.ndarray):
        native = native.numpy()
    return np.asarray(native)


def normal_cdf(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0)).astype(np.float64))


def ks_statistic(samples: np.ndarray, cdf) -> float:
    """Kolmogorov-Smirnov distance between the samples and a continuous CDF."""
    ordered = np.sort(samples.astype(np.float64))
    model = cdf(ordered)
    n = len(ordered)
    return float(max(np.max(np.arange(1, n + 1) / n - model), np.max(model - np.arange(n) / n)))


KS_BOUND = 2.0 / math.sqrt(N)  # about the 0.1% critical value


# One call of each function, with an explicit seed.
DRAWS = {
    "uniform": lambda seed: ivy.random.uniform((4, 5), seed=seed),
    "uniform_f32": lambda seed: ivy.random.uniform((7,), low=-2.0, high=3.0, dtype=ivy.float32, seed=seed),
    "normal": lambda seed: ivy.random.normal((3, 3), mean=1.0, std=2.0, seed=seed),
    "truncated_normal": lambda seed: ivy.random.truncated_normal((9,), seed=seed),
    "bernoulli": lambda seed: ivy.random.bernoulli(0.3, (20,), seed=seed),
    "randint": lambda seed: ivy.random.randint(-5, 100, (4, 4), seed=seed),
    "permutation": lambda seed: ivy.random.permutation(12, seed=seed),
    "shuffle": lambda seed: ivy.random.shuffle(ivy.reshape(ivy.arange(12), (3, 4)), axis=1, seed=seed),
    "categorical": lambda seed: ivy.random.categorical(ivy.asarray([[0.0, 1.0, 2.0], [3.0, 0.0, -1.0]]), 5, seed=seed),
    "categorical_distinct": lambda seed: ivy.random.categorical(
        ivy.asarray([0.5, 1.0, 2.0, 0.0]), 3, replacement=False, seed=seed
    ),
}
#: Draws that go through transcendental functions: equal across backends to the last bits.
INEXACT = {"normal", "truncated_normal"}


@pytest.fixture(scope="module")
def numpy_draws() -> dict:
    with ivy.using_backend("numpy"):
        return {name: to_numpy(draw(2024)) for name, draw in DRAWS.items()}


# -- reproducibility ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(DRAWS))
def test_same_seed_same_numbers_and_different_seeds_differ(ivy_backend, name):
    draw = DRAWS[name]
    first, again, other = to_numpy(draw(7)), to_numpy(draw(7)), to_numpy(draw(8))
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, other)


@pytest.mark.parametrize("name", list(DRAWS))
def test_every_backend_draws_the_numpy_backends_numbers(ivy_backend, numpy_draws, name):
    got = to_numpy(DRAWS[name](2024))
    want = numpy_draws[name]
    assert got.shape == want.shape and got.dtype == want.dtype
    if name in INEXACT:
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)
    else:
        np.testing.assert_array_equal(got, want)


def test_seeded_stream_replays(ivy_backend):
    def program():
        return [
            to_numpy(ivy.random.uniform((3,))),
            to_numpy(ivy.random.normal((2,))),
            to_numpy(ivy.random.randint(0, 1000, (3,))),
            to_numpy(ivy.random.permutation(5)),
        ]

    ivy.random.seed(11)
    first = program()
    ivy.random.seed(11)
    second = program()
    for a, b in zip(first, second):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(first[0], to_numpy(ivy.random.uniform((3,))))  # the stream moved on
    ivy.random.seed(12)
    assert not np.array_equal(first[0], to_numpy(ivy.random.uniform((3,))))


def test_calls_without_a_seed_differ_and_explicit_seeds_leave_the_stream_alone(ivy_backend):
    ivy.random.seed(5)
    a = to_numpy(ivy.random.uniform((4,)))
    b = to_numpy(ivy.random.uniform((4,)))
    assert not np.array_equal(a, b)
    ivy.random.seed(5)
    ivy.random.uniform((4,), seed=99)  # a pure function of its seed: the stream does not move
    np.testing.assert_array_equal(to_numpy(ivy.random.uniform((4,))), a)


def test_the_stream_is_the_same_on_every_backend(ivy_backend):
    ivy.random.seed(3)
    got = to_numpy(ivy.random.uniform((5,)))
    with ivy.using_backend("numpy"):
        ivy.random.seed(3)
        want = to_numpy(ivy.random.uniform((5,)))
    np.testing.assert_array_equal(got, want)


def test_streams_are_context_local(ivy_backend):
    ivy.random.seed(21)
    expected = [to_numpy(ivy.random.uniform((3,))) for _ in range(3)]
    ivy.random.seed(21)
    seen = []
    barrier = threading.Barrier(2, timeout=60)

    def other_thread():
        with ivy.using_backend(ivy_backend):
            ivy.random.seed(999)
            barrier.wait()
            seen.extend(to_numpy(ivy.random.uniform((3,))) for _ in range(3))

    thread = threading.Thread(target=other_thread)
    thread.start()
    barrier.wait()
    mine = [to_numpy(ivy.random.uniform((3,))) for _ in range(3)]
    thread.join()
    for a, b in zip(mine, expected):
        np.testing.assert_array_equal(a, b)
    ivy.random.seed(999)
    for a, b in zip(seen, [to_numpy(ivy.random.uniform((3,))) for _ in range(3)]):
        np.testing.assert_array_equal(a, b)


def test_a_shorter_draw_is_a_prefix_of_a_longer_one(ivy_backend):
    uniform = to_numpy(ivy.random.uniform((5,), seed=1)), to_numpy(ivy.random.uniform((8,), seed=1))
    np.testing.assert_array_equal(uniform[0], uniform[1][:5])
    # vectorised transcendental kernels may round a tail differently from the body (TensorFlow's do)
    normal = to_numpy(ivy.random.normal((5,), seed=1)), to_numpy(ivy.random.normal((8,), seed=1))
    np.testing.assert_allclose(normal[0], normal[1][:5], rtol=1e-12)


# -- shapes and dtypes ------------------------------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    shape=st.lists(st.integers(0, 4), max_size=3).map(tuple),
    dtype=st.sampled_from(["float32", "float64"]),
    seed=st.integers(-(2**70), 2**70),
    bounds=st.tuples(st.floats(-1e3, 1e3), st.floats(1e-3, 1e3)),
)
def test_uniform_shape_dtype_range(ivy_backend, shape, dtype, seed, bounds):
    low, width = bounds
    high = low + width
    x = ivy.random.uniform(shape, low=low, high=high, dtype=getattr(ivy, dtype), seed=seed)
    assert x.shape == shape and x.dtype == getattr(ivy, dtype)
    values = to_numpy(x)
    assert np.all(values >= np.asarray(low, dtype)) and np.all(values < np.asarray(high, dtype))
    np.testing.assert_array_equal(
        values, to_numpy(ivy.random.uniform(shape, low=low, high=high, dtype=x.dtype, seed=seed))
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=st.lists(st.integers(0, 3), max_size=3).map(tuple), seed=st.integers(0, 2**64))
def test_every_function_gives_the_documented_shape_and_dtype(ivy_backend, shape, seed):
    assert ivy.random.normal(shape, seed=seed).shape == shape
    assert ivy.random.normal(shape, seed=seed).dtype == ivy.float64
    assert ivy.random.truncated_normal(shape, dtype=ivy.float32, seed=seed).dtype == ivy.float32
    bits = ivy.random.bernoulli(0.5, shape, dtype=ivy.bool, seed=seed)
    assert bits.shape == shape and bits.dtype == ivy.bool
    ints = ivy.random.randint(0, 7, shape, dtype=ivy.int32, seed=seed)
    assert ints.shape == shape and ints.dtype == ivy.int32
    logits = ivy.zeros((*shape, 4))
    assert ivy.random.categorical(logits, 2, seed=seed).shape == (*shape, 2)


def test_default_dtypes(ivy_backend):
    assert ivy.random.uniform().dtype == ivy.float64 and ivy.random.uniform().shape == ()
    assert ivy.random.normal((2,)).dtype == ivy.float64
    assert ivy.random.randint(0, 3).dtype == ivy.int64
    assert ivy.random.bernoulli(0.5).dtype == ivy.float64
    assert ivy.random.bernoulli(ivy.full((3,), 0.5, dtype=ivy.float32)).dtype == ivy.float32
    assert ivy.random.bernoulli(ivy.full((3,), 0.5, dtype=ivy.float32)).shape == (3,)
    assert ivy.random.permutation(4).dtype == ivy.int64
    assert ivy.random.normal((2,), mean=ivy.zeros((2,), dtype=ivy.float32)).dtype == ivy.float32


def test_float32_uniforms_use_24_bits_and_float64_53(ivy_backend):
    single = to_numpy(ivy.random.uniform((1000,), dtype=ivy.float32, seed=4)).astype(np.float64)
    assert np.all(single * 2**24 == np.floor(single * 2**24))
    double = to_numpy(ivy.random.uniform((1000,), seed=4))
    assert np.all(double * 2**53 == np.floor(double * 2**53))
    assert np.mean(double * 2**24 != np.floor(double * 2**24)) > 0.99  # finer than 24 bits


def test_uniform_never_reaches_high(ivy_backend):
    x = to_numpy(ivy.random.uniform((N,), low=1.0 - 2**-20, high=1.0, dtype=ivy.float32, seed=9))
    assert x.max() < 1.0 and x.min() >= np.float32(1.0 - 2**-20)


# -- distributions ----------------------------------------------------------------------


def test_uniform_distribution(ivy_backend):
    x = to_numpy(ivy.random.uniform((N,), low=-1.0, high=3.0, seed=101))
    assert abs(x.mean() - 1.0) < 0.05 and abs(x.var() - 16 / 12) < 0.06
    assert ks_statistic((x + 1.0) / 4.0, lambda t: t) < KS_BOUND
    # consecutive draws are not correlated
    assert abs(np.corrcoef(x[:-1], x[1:])[0, 1]) < 0.04


def test_normal_distribution(ivy_backend):
    x = to_numpy(ivy.random.normal((N,), mean=2.0, std=3.0, seed=102))
    assert abs(x.mean() - 2.0) < 0.15 and abs(x.std() - 3.0) < 0.1
    assert ks_statistic((x - 2.0) / 3.0, normal_cdf) < KS_BOUND
    assert abs(np.corrcoef(x[:-1], x[1:])[0, 1]) < 0.04
    assert abs(np.corrcoef(x[0::2], x[1::2])[0, 1]) < 0.05  # the two normals of a Box-Muller pair


@pytest.mark.parametrize("low, high", [(-2.0, 2.0), (0.5, 3.0), (-1.0, 0.0), (3.0, 5.0)])
def test_truncated_normal_distribution(ivy_backend, low, high):
    x = to_numpy(ivy.random.truncated_normal((N,), mean=1.0, std=0.5, low=low, high=high, seed=103))
    z = (x - 1.0) / 0.5
    assert z.min() >= low - 1e-9 and z.max() <= high + 1e-9
    mass_low, mass_high = normal_cdf(np.array([low, high]))
    assert ks_statistic(z, lambda t: (normal_cdf(t) - mass_low) / (mass_high - mass_low)) < KS_BOUND


@pytest.mark.parametrize("p", [0.0, 0.1, 0.5, 0.93, 1.0])
def test_bernoulli_frequency(ivy_backend, p):
    x = to_numpy(ivy.random.bernoulli(p, (N,), seed=104))
    assert set(np.unique(x)) <= {0.0, 1.0}
    assert abs(x.mean() - p) <= 5 * math.sqrt(p * (1 - p) / N)


def test_bernoulli_with_an_array_of_probabilities(ivy_backend):
    p = ivy.asarray([0.0, 0.25, 1.0])
    x = to_numpy(ivy.random.bernoulli(p, (N, 3), seed=105))
    assert x[:, 0].sum() == 0 and x[:, 2].sum() == N and abs(x[:, 1].mean() - 0.25) < 0.025


def test_randint_is_uniform_over_the_range(ivy_backend):
    x = to_numpy(ivy.random.randint(-3, 7, (N,), seed=106))
    assert x.min() == -3 and x.max() == 6
    counts = np.bincount(x + 3, minlength=10)
    chi2 = float(((counts - N / 10) ** 2 / (N / 10)).sum())
    assert chi2 < 40  # 9 degrees of freedom: far beyond the 0.1% point (27.9)
    big = to_numpy(ivy.random.randint(0, 2**40, (N,), seed=107))
    assert big.max() > 2**39 and abs(big.mean() / 2**40 - 0.5) < 0.02


def test_permutations_and_shuffles(ivy_backend):
    x = to_numpy(ivy.random.permutation(50, seed=108))
    assert sorted(x) == list(range(50))
    firsts = [int(to_numpy(ivy.random.permutation(4, seed=s))[0]) for s in range(200)]
    assert all(abs(firsts.count(i) - 50) < 25 for i in range(4))
    big = to_numpy(ivy.random.permutation(N, seed=112))
    assert abs(np.corrcoef(np.arange(N), big)[0, 1]) < 0.04 and np.sum(big == np.arange(N)) < 8
    rows = ivy.reshape(ivy.arange(20), (5, 4))
    shuffled = to_numpy(ivy.random.permutation(rows, seed=109))
    assert sorted(map(tuple, shuffled)) == sorted(map(tuple, to_numpy(rows)))
    columns = to_numpy(ivy.random.shuffle(rows, axis=-1, seed=110))
    assert np.array_equal(np.sort(columns, axis=1), to_numpy(rows))
    assert np.all(columns[:, :1] - 4 * np.arange(5)[:, None] == columns[0, 0])  # the same order on every row
    assert not np.array_equal(to_numpy(ivy.random.permutation(50, seed=111)), np.arange(50))


def test_categorical_frequencies(ivy_backend):
    logits = ivy.asarray([[math.log(0.1), math.log(0.2), math.log(0.7)], [math.log(0.5), math.log(0.5), -math.inf]])
    x = to_numpy(ivy.random.categorical(logits, N, seed=112))
    assert x.shape == (2, N)
    np.testing.assert_allclose(np.bincount(x[0], minlength=3) / N, [0.1, 0.2, 0.7], atol=0.02)
    np.testing.assert_allclose(np.bincount(x[1], minlength=3) / N, [0.5, 0.5, 0.0], atol=0.02)
    assert not np.any(x[1] == 2)  # probability zero (logit -inf) is never drawn


def test_categorical_without_replacement(ivy_backend):
    logits = ivy.broadcast_to(ivy.log(ivy.asarray([0.6, 0.3, 0.1])), (2000, 3))  # rows draw independently
    draws = to_numpy(ivy.random.categorical(logits, 3, replacement=False, seed=113))
    assert all(sorted(row) == [0, 1, 2] for row in draws)
    first = np.bincount(draws[:, 0], minlength=3) / len(draws)
    np.testing.assert_allclose(first, [0.6, 0.3, 0.1], atol=0.04)
    second = np.bincount(draws[:, 1], minlength=3) / len(draws)  # P(second = j) = sum_i p_i p_j / (1 - p_i)
    expected = [sum(p * q / (1 - p) for p in (0.6, 0.3, 0.1) if p != q) for q in (0.6, 0.3, 0.1)]
    np.testing.assert_allclose(second, expected, atol=0.04)


# -- errors -------------------------------------------------------------------------------

ERRORS = [
    (lambda: ivy.random.uniform((2,), low=1.0, high=1.0), ivy.IvyValueError, "low < high"),
    (lambda: ivy.random.uniform((-1, 2)), ivy.IvyValueError, "non-negative"),
    (lambda: ivy.random.uniform("3"), ivy.IvyTypeError, "shape"),
    (lambda: ivy.random.uniform((2,), dtype=ivy.int32), ivy.IvyTypeError, "real floating"),
    (lambda: ivy.random.uniform((2,), seed=1.5), ivy.IvyTypeError, "seed"),
    (lambda: ivy.random.normal((2,), std=-1.0), ivy.IvyValueError, "std"),
    (lambda: ivy.random.truncated_normal((2,), low=1.0, high=-1.0), ivy.IvyValueError, "low < high"),
    (lambda: ivy.random.bernoulli(1.5), ivy.IvyValueError, r"\[0, 1\]"),
    (lambda: ivy.random.bernoulli(ivy.asarray([0.5, -0.1])), ivy.IvyValueError, r"\[0, 1\]"),
    (lambda: ivy.random.bernoulli(ivy.asarray([0.5, 0.2]), (3,)), ivy.IvyValueError, "broadcast"),
    (lambda: ivy.random.randint(5, 5), ivy.IvyValueError, "low < high"),
    (lambda: ivy.random.randint(0, 300, dtype=ivy.uint8), ivy.IvyValueError, "fit"),
    (lambda: ivy.random.randint(0, 3, dtype=ivy.float32), ivy.IvyTypeError, "integer"),
    (lambda: ivy.random.permutation(-2), ivy.IvyValueError, "non-negative"),
    (lambda: ivy.random.shuffle(ivy.asarray(1.0)), ivy.IvyValueError, "dimension"),
    (lambda: ivy.random.shuffle(ivy.zeros((2, 2)), axis=2), ivy.AxisError, "axis"),
    (lambda: ivy.random.categorical(ivy.zeros((3,)), 4, replacement=False), ivy.IvyValueError, "num_samples"),
    (lambda: ivy.random.categorical(ivy.zeros((2, 0))), ivy.IvyValueError, "last axis"),
    (lambda: ivy.random.seed("x"), ivy.IvyTypeError, "integer"),
]


@pytest.mark.parametrize("index", range(len(ERRORS)))
def test_bad_arguments_raise_clear_errors(ivy_backend, index):
    call, error, message = ERRORS[index]
    with pytest.raises(error, match=message) as info:
        call()
    assert str(info.value).startswith("ivy.random.")


def test_array_seeds_give_fresh_numbers_inside_jit(ivy_backend):
    def sample(seed):
        if ivy_backend == "torch":  # inductor takes minutes over the longer graph on a loaded CPU
            return {"u": ivy.random.uniform((3,), seed=seed)}
        return {"n": ivy.random.normal((4,), seed=seed), "u": ivy.random.uniform((3,), seed=seed)}

    draw = ivy.jit(sample)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a backend without a compiler says so
        first, second = draw(ivy.asarray(1)), draw(ivy.asarray(2))
    assert not np.array_equal(to_numpy(first["u"]), to_numpy(second["u"]))
    np.testing.assert_array_equal(to_numpy(second["u"]), to_numpy(ivy.random.uniform((3,), seed=2)))
    if "n" in second:
        np.testing.assert_allclose(to_numpy(second["n"]), to_numpy(ivy.random.normal((4,), seed=2)), rtol=1e-12)
    compilers = {"jax": True, "tensorflow": True, "torch": True, "numpy": False, "paddle": False}
    assert draw.__ivy_compiled__ is compilers.get(ivy_backend, draw.__ivy_compiled__)
    with pytest.raises(ivy.IvyTypeError, match="0-d integer array"):
        ivy.random.uniform((2,), seed=ivy.asarray([1, 2]))
