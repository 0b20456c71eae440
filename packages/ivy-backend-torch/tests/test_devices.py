"""Devices: "cpu" everywhere; "gpu:N" is cuda:N, only when CUDA is available."""

from __future__ import annotations

import pytest
import torch

import ivy
from ivy_backend_torch import protocol


def test_cpu_is_the_default_and_listed() -> None:
    info = ivy.__array_namespace_info__()
    assert info.default_device() == ivy.Device("cpu")
    assert ivy.Device("cpu") in info.devices()
    x = ivy.asarray([1.0, 2.0])
    assert x.device == ivy.Device("cpu")
    assert x.data.device == torch.device("cpu")


@pytest.mark.parametrize(
    "create",
    [
        lambda d: ivy.zeros((2,), device=d),
        lambda d: ivy.asarray([1, 2], device=d),
        lambda d: ivy.arange(3, device=d),
        lambda d: ivy.full((2,), 1.5, device=d),
        lambda d: ivy.eye(2, device=d),
        lambda d: ivy.linspace(0, 1, 3, device=d),
        lambda d: ivy.fft.fftfreq(4, device=d),
    ],
)
def test_creation_honours_device(create: object) -> None:
    for device in ("cpu", ivy.Device("cpu")):
        x = create(device)
        assert x.device == ivy.Device("cpu")


def test_to_device_and_astype_device() -> None:
    x = ivy.asarray([1.0])
    assert x.to_device("cpu").device == ivy.Device("cpu")
    assert ivy.astype(x, ivy.float32, device="cpu").device == ivy.Device("cpu")


def test_gpu_names_follow_cuda_availability() -> None:
    listed = [d.name for d in ivy.__array_namespace_info__().devices()]
    gpus = torch.cuda.device_count() if torch.cuda.is_available() else 0
    assert [d for d in listed if d.startswith("gpu")] == [f"gpu:{i}" for i in range(gpus)]
    if gpus:
        x = ivy.asarray([1.0], device="gpu:0")
        assert x.data.device == torch.device("cuda", 0)
        assert x.device == ivy.Device("gpu:0")
        assert (x + 1).device == ivy.Device("gpu:0")
        assert ivy.asarray(x.to_device("cpu")).device == ivy.Device("cpu")
    else:
        with pytest.raises(Exception, match="CUDA is not available"):
            ivy.zeros((1,), device="gpu:0")


def test_gpu_mapping_without_a_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name mapping itself, with CUDA's presence faked (no tensor goes anywhere)."""
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 1)
    assert protocol.native_device("gpu:1") == torch.device("cuda", 1)
    assert protocol.native_device("gpu:0") == torch.device("cuda", 0)
    assert protocol.native_device("cpu") == torch.device("cpu")
    assert protocol.device_name(torch.device("cuda", 1)) == "gpu:1"
    assert protocol.device_name(torch.device("cuda")) == "gpu:1"  # the current device
    assert protocol.device_name(torch.device("cpu")) == "cpu"
    assert protocol.devices()[:3] == ["cpu", "gpu:0", "gpu:1"]
    with pytest.raises(ValueError, match="only 2 GPU"):
        protocol.native_device("gpu:2")


def test_unknown_devices_are_refused() -> None:
    with pytest.raises(Exception, match="no device"):
        ivy.zeros((1,), device="tpu:0")
