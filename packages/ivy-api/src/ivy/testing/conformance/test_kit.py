"""Self-tests of the kit: the comparison catches what it must, the plugin's options."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ivy.testing import plugin
from ivy.testing.conformance._reference import Comparison, assert_values_close
from ivy.testing.conformance._strategies import ArrayData


def _differs(actual: list, expected: list, dtype: str, **how: object) -> bool:
    try:
        assert_values_close(
            np.asarray(actual, dtype=dtype), np.asarray(expected, dtype=dtype), dtype, Comparison(**how), "x"
        )
    except AssertionError:
        return True
    return False


def test_comparison_of_floats() -> None:
    assert not _differs([math.nan, 1.0, math.inf], [math.nan, 1.0 + 1e-9, math.inf], "float32")
    assert _differs([math.nan], [1.0], "float64")
    assert _differs([1.0], [math.nan], "float64")
    assert _differs([math.inf], [-math.inf], "float64")
    assert _differs([math.inf], [1e308], "float64")
    assert _differs([1.0], [1.0 + 1e-6], "float64")
    assert not _differs([0.0], [-0.0], "float64")
    assert _differs([0.0], [-0.0], "float64", signed_zeros=True)


def test_comparison_of_integers_and_complex() -> None:
    assert _differs([1, 2], [1, 3], "int64", tolerance="reduction", scale=100.0)
    assert not _differs([2**64 - 1], [2**64 - 1], "uint64")
    assert _differs([complex(1, math.nan)], [complex(1, 0)], "complex128")
    assert not _differs([complex(math.nan, math.nan)], [complex(math.nan, math.nan)], "complex128")
    assert _differs([complex(1, 2)], [complex(1, 2.01)], "complex64")


def test_masked_elements_are_not_compared() -> None:
    actual, expected = np.asarray([1, 5]), np.asarray([1, 7])
    assert_values_close(actual, expected, "int64", Comparison(), "x", mask=np.asarray([True, False]))


def test_array_data_round_trip() -> None:
    data = ArrayData("float32", (2, 0), ())
    assert data.numpy().shape == (2, 0)
    with pytest.raises(ValueError):
        ArrayData("int8", (2,), (1,))


def test_plugin_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plugin.options, "examples", None)
    monkeypatch.setenv(plugin.EXAMPLES_ENV, "7")
    assert plugin.examples() == 7
    monkeypatch.setitem(plugin.options, "examples", 3)
    assert plugin.examples() == 3
    assert plugin.selected_backends(), "the kit ran without a backend"


def test_known_failure_keys() -> None:
    from ivy.testing.conformance.conftest import known_failure_key

    assert known_failure_key("test_linalg[backend=numpy-linalg.eig]", "numpy") == "test_linalg[linalg.eig]"
    assert known_failure_key("test_x[add-backend=my-backend]", "my-backend") == "test_x[add]"
    assert known_failure_key("test_y[backend=numpy]", "numpy") == "test_y"
