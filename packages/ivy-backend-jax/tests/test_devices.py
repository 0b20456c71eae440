"""Devices: "cpu" everywhere, "gpu:N" when JAX sees a GPU (nothing assumes one)."""

import jax
import numpy as np
import pytest

import ivy
from ivy_backend_jax import protocol

GPUS = protocol._platform_devices("gpu")
needs_gpu = pytest.mark.skipif(not GPUS, reason="no GPU visible to JAX")


def test_cpu_is_always_there_and_is_the_default_without_accelerators():
    info = ivy.__array_namespace_info__()
    assert ivy.Device("cpu") in info.devices()
    expected = "cpu" if jax.default_backend() == "cpu" else f"{jax.default_backend()}:0"
    assert info.default_device() == ivy.Device(expected.replace("cuda", "gpu").replace("rocm", "gpu"))


def test_names_follow_jax_devices():
    names = protocol.devices()
    assert names.count("cpu") == 1
    assert [n for n in names if n.startswith("gpu:")] == [f"gpu:{i}" for i in range(len(GPUS))]
    for device in jax.devices("cpu"):
        assert protocol.device_name(device) == "cpu"


@pytest.mark.parametrize(
    "make",
    [
        lambda: ivy.asarray([1.0, 2.0], device="cpu"),
        lambda: ivy.zeros((2, 2), device="cpu"),
        lambda: ivy.arange(3, device="cpu"),
        lambda: ivy.full((1,), 7, device=ivy.Device("cpu")),
        lambda: ivy.linspace(0, 1, 4, device="cpu"),
        lambda: ivy.add(ivy.ones(3, device="cpu"), 1),
    ],
)
def test_arrays_made_for_the_cpu_live_there(make):
    x = make()
    assert x.device == "cpu"
    assert all(d.platform == "cpu" for d in ivy.to_native(x).devices())


def test_to_device_and_dlpack_device_on_cpu():
    x = ivy.asarray([1, 2, 3])
    y = x.to_device("cpu")
    assert y.device == "cpu"
    np.testing.assert_array_equal(np.asarray(y), [1, 2, 3])
    kind, index = x.__dlpack_device__()
    assert (int(kind), index) == (1, 0)  # kDLCPU, device 0


def test_an_absent_device_is_a_clear_error():
    missing = f"gpu:{len(GPUS)}"
    with pytest.raises(ValueError, match=missing):
        protocol.native_device(missing)
    with pytest.raises(ValueError):
        ivy.asarray([1.0], device=missing)


@needs_gpu
def test_gpu_round_trip():
    x = ivy.asarray([1.0, 2.0], device="gpu:0")
    assert x.device == "gpu:0"
    y = ivy.multiply(x, 2.0)
    assert y.device == "gpu:0" and y.dtype == ivy.float64
    back = y.to_device("cpu")
    assert back.device == "cpu"
    np.testing.assert_array_equal(np.asarray(back), [2.0, 4.0])
    z = ivy.zeros((2,), device="gpu:0")
    z[0] = 5.0
    assert z.device == "gpu:0" and np.asarray(z).tolist() == [5.0, 0.0]
