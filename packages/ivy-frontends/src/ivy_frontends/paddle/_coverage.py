"""Coverage of the real paddle namespaces by the frontend.

"Public names" of a real namespace, by rule:

- ``paddle``, ``paddle.nn.functional``, ``paddle.linalg``, ``paddle.fft``: the routines
  (functions and builtins, not classes, modules, dtypes or other constants) whose name
  does not start with ``_``;
- ``paddle.Tensor``: the methods and properties whose name does not start with ``_``.

A name is emulated when the frontend has a callable (or property) of that name in the
matching place. Names that make no sense off Paddle (device and place management, static-graph
and runtime internals, distributed and sparse storage, vendor GPU kernels) are listed in
:data:`OUT_OF_SCOPE` with a reason and left out of the share.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from ivy_frontends._plugin import import_framework
from ivy_frontends._shared.coverage import routines as _routines

_DEVICE = "device and place management (CUDA/XPU/ROCm/IPU/CINN builds and states); the frontend has one place"
_INTERNAL = "paddle's runtime internals (static-graph Program/Block/Variable, import-time patching, flags, signals)"
#: ``(namespace, name pattern, reason)``: real names left out of the coverage share
OUT_OF_SCOPE = (
    ("paddle", r"is_compiled_with_.*|(get|set)(_default)?_device|get_device_module|get_cudnn_version", _DEVICE),
    ("paddle", r"(get|set)_cuda_rng_state", _DEVICE),
    ("paddle", r"enable_static|disable_static|check_shape", "static-graph mode; the frontend is eager"),
    ("paddle", r"monkey_patch_.*|new_init|original_init|disable_signal_handler|(get|set)_flags", _INTERNAL),
    (
        "paddle",
        r"enable_compat|disable_compat|use_compat_guard",
        "paddle's mode that serves `import torch` with paddle",
    ),
    ("paddle", r"save|load|async_save|clear_async_save_task_queue", "serialization in paddle's file formats"),
    ("paddle", r"autocast|get_autocast_.*|is_autocast_enabled", "automatic mixed precision of device kernels"),
    ("paddle", r"batch|flops|summary", "paddle.io / paddle.nn.Layer utilities (layers are captured from real paddle)"),
    ("paddle.Tensor", r"get_device|is_cuda_pinned", _DEVICE),
    (
        "paddle.Tensor",
        r"coalesce|cols|crows|dense_dim|indices|is_coalesced|nnz|rows|sparse_dim|to_dense|to_sparse_coo|"
        r"to_sparse_csr|values",
        "sparse COO/CSR storage (paddle raises on dense tensors; frontend tensors are dense)",
    ),
    ("paddle.Tensor", r"placements|process_mesh|num_shard|reconstruct_from_", "auto-parallel distributed tensors"),
    (
        "paddle.Tensor",
        r"block|get_map_tensor|get_selected_rows|get_tensor|set_tensor|set_string_list|set_vocab|create_tensor|"
        r"value|data_ptr|type",
        _INTERNAL,
    ),
    ("paddle.nn.functional", r"flash_.*|flashmask_attention|sdp_kernel|sparse_attention", "CUDA attention kernels"),
    ("paddle.nn.functional", r"moe_permute|moe_unpermute", "fused GPU mixture-of-experts dispatch kernels"),
    ("paddle.linalg", r"fp8_.*", "GPU FP8 fused GEMM kernel"),
    (
        "paddle.fft",
        r"check_variable_and_dtype|in_dynamic_or_pir_mode|param_two_alias",
        "a paddle-internal helper imported into paddle.fft (argument checks, parameter aliases), not an FFT",
    ),
)


def _out_of_scope(label: str, names: set[str]) -> dict[str, str]:
    return {n: why for n in names for ns, pattern, why in OUT_OF_SCOPE if ns == label and re.fullmatch(pattern, n)}


def coverage() -> dict[str, tuple[set[str], set[str], dict[str, str]]]:
    """``{namespace: (real public names, emulated names, {out-of-scope name: reason})}`` for paddle's namespaces."""
    paddle = import_framework("paddle")
    from ivy_frontends import paddle as fe

    def has(mod: Any, n: str) -> bool:
        obj = getattr(mod, n, None)
        return callable(obj) and not isinstance(obj, (type, fe.dtype)) and not inspect.ismodule(obj)

    report = {}
    real = _routines(paddle)
    report["paddle"] = (real, {n for n in real if has(fe, n)})
    real = {n for n in dir(paddle.Tensor) if not n.startswith("_")}
    report["paddle.Tensor"] = (real, {n for n in real if n in dir(fe.Tensor)})
    real = _routines(paddle.nn.functional)
    report["paddle.nn.functional"] = (real, set(real) & set(fe.nn.functional.FUNCTIONS))
    for sub in ("linalg", "fft"):
        real = _routines(getattr(paddle, sub))
        mine = getattr(fe, sub)
        report[f"paddle.{sub}"] = (real, {n for n in real if inspect.isfunction(getattr(mine, n, None))})
    return {label: (real, done, _out_of_scope(label, real - done)) for label, (real, done) in report.items()}
