"""torch's runtime queries and settings (autocast, threads, determinism, anomaly mode, matmul
precision, default device, RNG state, ``typename``): library code calls them while it runs, so
they answer as torch does on CPU and record settings in frontend state (as the numpy frontend's
``seterr`` does); the values change nothing in how ivy computes."""

from __future__ import annotations

import os
import warnings
from typing import Any

import ivy
from ivy_frontends.torch import _dtypes as D  # noqa: N812 - the frontend's usual alias
from ivy_frontends.torch._device import device as _device
from ivy_frontends.torch._registry import add
from ivy_frontends.torch._tensor import Tensor, wrap

#: autocast's per-device-type defaults on CPU builds (enabled, dtype)
_AUTOCAST_DTYPE = {
    "cpu": D.bfloat16,
    "cuda": D.float16,
    "xla": D.bfloat16,
    "ipu": D.float16,
    "mps": D.float16,
    "xpu": D.float16,
    "hpu": D.bfloat16,
}
_state: dict[str, Any] = {
    "autocast_enabled": dict.fromkeys(_AUTOCAST_DTYPE, False),
    "autocast_dtype": dict(_AUTOCAST_DTYPE),
    "autocast_cache": True,
    "autocast_nesting": 0,
    "threads": None,
    "interop_threads": None,
    "deterministic": False,
    "deterministic_warn_only": False,
    "anomaly": False,
    "anomaly_check_nan": True,
    "warn_always": False,
    "matmul_precision": "highest",
    "default_device": None,
}


def _device_type(device_type: Any, name: str) -> str:
    key = str(device_type).split(":")[0]
    if key not in _AUTOCAST_DTYPE:
        raise RuntimeError(
            f"torch.{name}: unsupported device_type {device_type!r}, expected one of {sorted(_AUTOCAST_DTYPE)}"
        )
    return key


def is_autocast_enabled(device_type: Any = "cuda") -> bool:
    """torch.is_autocast_enabled: whether autocast is on for ``device_type`` (CUDA when omitted)."""
    return _state["autocast_enabled"][_device_type(device_type, "is_autocast_enabled")]


def set_autocast_enabled(*args: Any) -> None:
    """torch.set_autocast_enabled(device_type, enabled), or (enabled) for CUDA."""
    device_type, enabled = args if len(args) == 2 else ("cuda", *args)
    _state["autocast_enabled"][_device_type(device_type, "set_autocast_enabled")] = bool(enabled)


def get_autocast_dtype(device_type: Any) -> Any:
    """torch.get_autocast_dtype: the dtype autocast casts to on ``device_type``."""
    return _state["autocast_dtype"][_device_type(device_type, "get_autocast_dtype")]


def set_autocast_dtype(device_type: Any, dtype: Any) -> None:
    """torch.set_autocast_dtype."""
    _state["autocast_dtype"][_device_type(device_type, "set_autocast_dtype")] = D.as_dtype(
        dtype, "torch.set_autocast_dtype"
    )


def is_autocast_cache_enabled() -> bool:
    """torch.is_autocast_cache_enabled."""
    return _state["autocast_cache"]


def set_autocast_cache_enabled(enabled: bool) -> None:
    """torch.set_autocast_cache_enabled."""
    _state["autocast_cache"] = bool(enabled)


def clear_autocast_cache() -> None:
    """torch.clear_autocast_cache: nothing is cached."""


def autocast_increment_nesting() -> int:
    """torch.autocast_increment_nesting: the new autocast nesting depth."""
    _state["autocast_nesting"] += 1
    return _state["autocast_nesting"]


def autocast_decrement_nesting() -> int:
    """torch.autocast_decrement_nesting: the new autocast nesting depth."""
    _state["autocast_nesting"] -= 1
    return _state["autocast_nesting"]


def _autocast_device_functions() -> dict[str, Any]:
    """The legacy per-device spellings (``is_autocast_cpu_enabled``, ``set_autocast_gpu_dtype``, ...)."""
    fns: dict[str, Any] = {}
    for short, device_type in (("cpu", "cpu"), ("gpu", "cuda"), ("ipu", "ipu"), ("xla", "xla")):

        def get_dtype(_d: str = device_type) -> Any:
            return get_autocast_dtype(_d)

        def set_dtype(dtype: Any, _d: str = device_type) -> None:
            set_autocast_dtype(_d, dtype)

        def is_enabled(_d: str = device_type) -> bool:
            return is_autocast_enabled(_d)

        def set_enabled(enabled: bool, _d: str = device_type) -> None:
            set_autocast_enabled(_d, enabled)

        for name, fn in (
            (f"get_autocast_{short}_dtype", get_dtype),
            (f"set_autocast_{short}_dtype", set_dtype),
            (f"is_autocast_{short}_enabled", is_enabled),
            (f"set_autocast_{short}_enabled", set_enabled),
        ):
            if short != "gpu" or "dtype" in name:  # torch has no is/set_autocast_gpu_enabled
                fn.__name__ = fn.__qualname__ = name
                fn.__doc__ = f"torch.{name}: the {device_type} autocast setting."
                fns[name] = fn
    return fns


def _cpu_count() -> int:
    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _record_threads(key: str, n: int, name: str) -> None:
    if int(n) <= 0:
        raise RuntimeError(f"torch.{name}: Expected positive number of threads, got {n}")
    _state[key] = int(n)


def get_num_threads() -> int:
    """torch.get_num_threads: the recorded intra-op thread count (the CPUs available by default)."""
    return _state["threads"] or _cpu_count()


def set_num_threads(n: int) -> None:
    """torch.set_num_threads: record the intra-op thread count (must be positive)."""
    _record_threads("threads", n, "set_num_threads")


def get_num_interop_threads() -> int:
    """torch.get_num_interop_threads: the recorded inter-op thread count (the CPUs available by default)."""
    return _state["interop_threads"] or _cpu_count()


def set_num_interop_threads(n: int) -> None:
    """torch.set_num_interop_threads: record the inter-op thread count (must be positive)."""
    _record_threads("interop_threads", n, "set_num_interop_threads")


def init_num_threads() -> None:
    """torch.init_num_threads: nothing to initialize."""


def use_deterministic_algorithms(mode: bool, *, warn_only: bool = False) -> None:
    """torch.use_deterministic_algorithms: record the mode (ivy's kernels are deterministic on CPU)."""
    _state["deterministic"], _state["deterministic_warn_only"] = bool(mode), bool(warn_only)


def are_deterministic_algorithms_enabled() -> bool:
    """torch.are_deterministic_algorithms_enabled."""
    return _state["deterministic"]


def is_deterministic_algorithms_warn_only_enabled() -> bool:
    """torch.is_deterministic_algorithms_warn_only_enabled."""
    return _state["deterministic_warn_only"]


_DEBUG_MODES = {"default": 0, "warn": 1, "error": 2}


def set_deterministic_debug_mode(debug_mode: int | str) -> None:
    """torch.set_deterministic_debug_mode: 0/"default" off, 1/"warn" warn only, 2/"error" on."""
    mode = _DEBUG_MODES.get(debug_mode) if isinstance(debug_mode, str) else debug_mode
    if mode not in (0, 1, 2):
        raise RuntimeError(
            f"torch.set_deterministic_debug_mode: invalid debug_mode {debug_mode!r}, expected 0, 1, 2 or "
            "'default', 'warn', 'error'"
        )
    use_deterministic_algorithms(mode != 0, warn_only=mode == 1)


def get_deterministic_debug_mode() -> int:
    """torch.get_deterministic_debug_mode: 0 off, 1 warn only, 2 on."""
    if not _state["deterministic"]:
        return 0
    return 1 if _state["deterministic_warn_only"] else 2


def set_anomaly_enabled(enabled: bool, check_nan: bool = True) -> None:
    """torch.set_anomaly_enabled: record autograd's anomaly mode."""
    _state["anomaly"], _state["anomaly_check_nan"] = bool(enabled), bool(check_nan)


def is_anomaly_enabled() -> bool:
    """torch.is_anomaly_enabled."""
    return _state["anomaly"]


def is_anomaly_check_nan_enabled() -> bool:
    """torch.is_anomaly_check_nan_enabled."""
    return _state["anomaly_check_nan"]


def set_warn_always(b: bool) -> None:
    """torch.set_warn_always."""
    _state["warn_always"] = bool(b)


def is_warn_always_enabled() -> bool:
    """torch.is_warn_always_enabled."""
    return _state["warn_always"]


def set_float32_matmul_precision(precision: str) -> None:
    """torch.set_float32_matmul_precision: "highest", "high" or "medium" (recorded; ivy keeps float32).
    Another value warns and changes nothing, as in torch."""
    if precision not in ("highest", "high", "medium"):
        warnings.warn(
            f"torch.set_float32_matmul_precision: {precision!r} is not one of 'highest', 'high', or 'medium'; "
            "the call has no effect",
            UserWarning,
            stacklevel=2,
        )
        return
    _state["matmul_precision"] = precision


def get_float32_matmul_precision() -> str:
    """torch.get_float32_matmul_precision."""
    return _state["matmul_precision"]


def set_default_device(device: Any) -> None:
    """torch.set_default_device: record the device factory functions default to (None: CPU)."""
    _state["default_device"] = None if device is None else _device(device)


def get_default_device() -> Any:
    """torch.get_default_device: the recorded default device (CPU unless set)."""
    return _state["default_device"] or _device("cpu")


def compiled_with_cxx11_abi() -> bool:
    """torch.compiled_with_cxx11_abi: True, as torch's official builds."""
    return True


def is_vulkan_available() -> bool:
    """torch.is_vulkan_available: no Vulkan backend."""
    return False


def set_flush_denormal(mode: bool) -> bool:
    """torch.set_flush_denormal: accepted (True, as on an x86 CPU); ivy keeps denormals."""
    return True


def is_distributed(input: Any) -> bool:  # noqa: A002 - torch's argument name
    """torch.is_distributed: frontend tensors are never distributed."""
    return False


_TENSOR_TYPES = {
    "float32": "Float",
    "float64": "Double",
    "float16": "Half",
    "bfloat16": "BFloat16",
    "uint8": "Byte",
    "int8": "Char",
    "int16": "Short",
    "int32": "Int",
    "int64": "Long",
    "bool": "Bool",
    "complex64": "ComplexFloat",
    "complex128": "ComplexDouble",
}


def typename(obj: Any) -> str:
    """torch.typename: ``torch.<Type>Tensor`` for a tensor, else the object's (module-qualified) type name."""
    if isinstance(obj, Tensor):
        return f"torch.{_TENSOR_TYPES.get(str(obj.dtype).removeprefix('torch.'), 'Float')}Tensor"
    module = getattr(obj, "__module__", "") or ""
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if name is None:
        module, name = type(obj).__module__, type(obj).__qualname__
    return name if module in ("builtins", "__builtin__", "") else f"{module}.{name}"


def get_rng_state() -> Tensor:
    """torch.get_rng_state: a uint8 tensor holding a seed the stream restarts from (not torch's MT19937 state)."""
    seed = ivy.random.next_seed()
    ivy.random.seed(seed)
    return wrap(ivy.asarray(list(seed.to_bytes(8, "little")), dtype=ivy.uint8))


def set_rng_state(new_state: Tensor) -> None:
    """torch.set_rng_state: restart the stream at a state from :func:`get_rng_state`."""
    if not isinstance(new_state, Tensor) or tuple(new_state.shape) != (8,) or str(new_state.dtype) != "torch.uint8":
        raise RuntimeError(
            "torch.set_rng_state: new_state must be a uint8 tensor of 8 bytes from torch.get_rng_state()"
        )
    ivy.random.seed(int.from_bytes(bytes(int(v) for v in new_state.tolist()), "little"))


_PUBLIC = [
    is_autocast_enabled,
    set_autocast_enabled,
    get_autocast_dtype,
    set_autocast_dtype,
    is_autocast_cache_enabled,
    set_autocast_cache_enabled,
    clear_autocast_cache,
    autocast_increment_nesting,
    autocast_decrement_nesting,
    get_num_threads,
    set_num_threads,
    get_num_interop_threads,
    set_num_interop_threads,
    init_num_threads,
    use_deterministic_algorithms,
    are_deterministic_algorithms_enabled,
    is_deterministic_algorithms_warn_only_enabled,
    set_deterministic_debug_mode,
    get_deterministic_debug_mode,
    set_anomaly_enabled,
    is_anomaly_enabled,
    is_anomaly_check_nan_enabled,
    set_warn_always,
    is_warn_always_enabled,
    set_float32_matmul_precision,
    get_float32_matmul_precision,
    set_default_device,
    get_default_device,
    compiled_with_cxx11_abi,
    is_vulkan_available,
    set_flush_denormal,
    is_distributed,
    typename,
    get_rng_state,
    set_rng_state,
]
for _fn in _PUBLIC:
    add(_fn.__name__, _fn, method=_fn is is_distributed)
for _name, _fn in _autocast_device_functions().items():
    add(_name, _fn, method=False)
