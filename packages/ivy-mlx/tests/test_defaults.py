"""MLX has no complex128: its default complex dtype is complex64, said and used consistently."""

from __future__ import annotations

import numpy as np
import pytest

import ivy


@pytest.fixture(autouse=True)
def _mlx():
    with ivy.using_backend("mlx"):
        yield


def test_the_default_complex_dtype_is_one_mlx_has():
    info = ivy.__array_namespace_info__()
    defaults = info.default_dtypes()
    assert defaults["complex floating"] == ivy.complex64
    assert all(d.name in info.dtypes() for d in defaults.values())
    assert ivy.asarray(complex(1, 2)).dtype == ivy.complex64
    assert ivy.asarray([1j, 2]).dtype == ivy.complex64
    np.testing.assert_array_equal(np.asarray(ivy.to_native(ivy.asarray([1j, 2]))), np.array([1j, 2], np.complex64))


def test_complex128_data_is_refused_not_downcast():
    with pytest.raises(ivy.IvyTypeError, match="complex128"):
        ivy.asarray(np.array([1j]))
