"""64-bit types on JAX: exact, never silently 32-bit, and invisible to the user's own JAX code."""

import subprocess
import sys
import textwrap
import threading

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
import ivy_backend_jax

FLOAT64 = st.floats(allow_nan=False, width=64)


@given(st.lists(FLOAT64, min_size=1, max_size=8))
def test_float64_round_trips_exactly(values):
    x = ivy.asarray(values)
    assert x.dtype == ivy.float64
    assert ivy.to_native(x).dtype == np.float64
    back = np.asarray(x)
    assert back.dtype == np.float64
    np.testing.assert_array_equal(back, np.asarray(values, dtype=np.float64))
    assert [float(v) for v in x] == [float(v) for v in np.asarray(values, dtype=np.float64)]


@given(st.lists(st.integers(-(2**63), 2**63 - 1), min_size=1, max_size=8))
def test_int64_round_trips_exactly(values):
    x = ivy.asarray(values)
    assert x.dtype == ivy.int64
    assert np.asarray(x).tolist() == values


def test_uint64_beyond_int64_round_trips():
    values = [0, 2**63, 2**64 - 1]
    x = ivy.asarray(values, dtype=ivy.uint64)
    assert np.asarray(x).tolist() == values
    assert np.asarray(ivy.add(x, 0)).tolist() == values
    assert np.asarray(ivy.full((2,), 2**64 - 1, dtype=ivy.uint64)).tolist() == [2**64 - 1] * 2


@given(st.floats(1.0, 2.0), st.integers(30, 52))
def test_float64_arithmetic_keeps_precision(base, bits):
    tiny = 2.0**-bits  # lost in float32 (24 bits of mantissa), kept in float64
    x = ivy.asarray([base])
    result = ivy.subtract(ivy.add(x, tiny), x)
    assert result.dtype == ivy.float64
    assert float(result[0]) == (base + tiny) - base  # Python floats are IEEE doubles


def test_defaults_are_64_bit():
    assert ivy.asarray(1.0).dtype == ivy.float64
    assert ivy.asarray(1).dtype == ivy.int64
    assert ivy.asarray(1j).dtype == ivy.complex128
    assert ivy.zeros(2).dtype == ivy.float64
    assert ivy.arange(3).dtype == ivy.int64
    assert ivy.linspace(0, 1, 3).dtype == ivy.float64
    assert ivy.sum(ivy.asarray([1, 2], dtype=ivy.int8)).dtype == ivy.int64
    assert ivy.argmax(ivy.asarray([1.0, 2.0])).dtype == ivy.int64


def test_user_default_dtype_is_unchanged_after_using_ivy():
    before = jnp.ones(2).dtype
    was_enabled = jax.config.jax_enable_x64
    x = ivy.add(ivy.asarray([1.0, 2.0]), 1.0)
    ivy.sum(ivy.sin(x))
    assert x.dtype == ivy.float64
    assert jnp.ones(2).dtype == before
    assert jnp.asarray(1.0).dtype == before
    assert jax.config.jax_enable_x64 == was_enabled


def test_user_default_dtype_is_unchanged_in_a_fresh_process():
    code = """
        import threading
        import jax, jax.numpy as jnp
        import ivy
        before = (str(jnp.ones(1).dtype), str(jnp.arange(2).dtype), jax.config.jax_enable_x64)
        ivy.set_backend("jax")
        y = ivy.matmul(ivy.ones((2, 2)), ivy.ones((2, 2)))
        assert y.dtype == ivy.float64
        seen = []
        t = threading.Thread(target=lambda: seen.append(str(jnp.ones(1).dtype)))
        t.start(); t.join()
        after = (str(jnp.ones(1).dtype), str(jnp.arange(2).dtype), jax.config.jax_enable_x64)
        print(before == after, before[0], seen[0])
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "float32", "float32"]


def test_x64_state_is_restored_after_an_error():
    before = jax.config.jax_enable_x64
    with pytest.raises(ivy.IvyError):
        ivy.reshape(ivy.ones(3), (2, 2))
    assert jax.config.jax_enable_x64 == before
    assert jnp.ones(1).dtype == (np.float64 if before else np.float32)


def test_ivy_is_64_bit_even_inside_a_user_x64_off_context():
    with jax.enable_x64(False):
        x = ivy.asarray([1.0 + 2.0**-40])
        assert x.dtype == ivy.float64
        assert float(ivy.subtract(x, 1.0)[0]) == 2.0**-40
        assert jnp.ones(1).dtype == np.float32


def test_threads_keep_their_own_setting():
    results = {}

    def user_thread():
        results["user"] = str(jnp.ones(1).dtype)

    def ivy_thread():
        with ivy.using_backend("jax"):
            results["ivy"] = ivy.ones(1).dtype.name

    threads = [threading.Thread(target=f) for f in (ivy_thread, user_thread, ivy_thread)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"user": "float64" if jax.config.jax_enable_x64 else "float32", "ivy": "float64"}


def test_x64_scope_for_user_code():
    x = ivy.to_native(ivy.asarray([1.0 + 2.0**-40]))
    with ivy_backend_jax.x64_scope():
        assert float(jnp.subtract(x, 1.0)[0]) == 2.0**-40
