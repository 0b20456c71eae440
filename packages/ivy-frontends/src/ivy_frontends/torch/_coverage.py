"""Coverage of the real torch namespaces by the frontend.

"Public names" of a real namespace, by rule:

- ``torch``, ``torch.nn.functional``, ``torch.linalg``, ``torch.fft``, ``torch.special``:
  the routines (functions and builtins, not classes, modules or constants) whose name
  does not start with ``_``, and, for ``torch.nn.functional``, that torch defines itself
  (not the typing helpers and ``torch.overrides`` imports the module re-exports);
- ``torch.Tensor``: the methods and properties whose name does not start with ``_``.

- ``torch.distributions``: the public ``Distribution`` classes of its ``__all__`` and its
  functions ``kl_divergence`` and ``register_kl``.

A name is emulated when the frontend has a callable (or property) of that name in the
matching place. Names that make no sense off torch (device and memory management,
autocast, JIT and serialization internals, quantized and vendor kernels, sparse layouts,
symbolic shapes) are listed by :data:`OUT_OF_SCOPE` with a reason and left out of the share.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from ivy_frontends._plugin import import_framework
from ivy_frontends._shared.coverage import routines

#: (name pattern, reason): real names that have no meaning off torch's own runtime
OUT_OF_SCOPE = (
    (r"(cudnn|miopen|mkldnn|fbgemm)_.*", "a vendor kernel (cuDNN, MIOpen, oneDNN, FBGEMM)"),
    (
        r"(quantize.*|quantized_.*|q_.*|fake_quantize.*|dequantize|int_repr|qscheme|choose_qparams.*|"
        r"fused_moving_avg_obs_fake_quant)",
        "quantized tensors",
    ),
    (r"sym_.*", "a symbolic-shape (torch.export) helper"),
    (r"has_torch_function.*|assert_int_or_pair", "torch.overrides dispatch or argument-check internals"),
    (r"scaled_mm|scaled_grouped_mm", "FP8 scaled matmul (a CUDA kernel)"),
    (r"batch_norm_(stats|elemt|update_stats|gather_stats.*|backward_.*)", "SyncBatchNorm's distributed kernels"),
    (
        r"(sparse_.*|to_sparse.*|.*_sparse_|.*sparse_resize.*|sparse_dim|dense_dim|coalesce|is_coalesced|"
        r"(c?col|c?row)_indices(_copy)?|indices(_copy)?|values(_copy)?|[dhs]s?mm|hspmm|spmm|saddmm|sspaddmm|smm|"
        r"to_dense|to_padded_tensor)",
        "sparse layouts",
    ),
    (
        r"(.*storage.*|.*pin(ned|_memory)|data_ptr|const_data_ptr|record_stream|"
        r"share_memory_|is_shared|ipu|xpu|mtia|to_mkldnn|get_device_module|"
        r"prepare_multiprocessing_environment|"
        r"profiler_allow_cudagraph_cupti_lazy_reinit_cuda12|(from|to)_dlpack|from_file|get_file_path)",
        "device, memory or runtime management",
    ),
    (
        r"(parse_ir|parse_schema|parse_type_comment|merge_type_from_type_comment|unify_type_list|"
        r"import_ir_module.*|fork|wait|save|load|classproperty|thread_safe_generator|module_load)",
        "TorchScript, serialization or Python-runtime internals",
    ),
    (
        r"(register_hook|register_post_accumulate_grad_hook|"
        r"retain_grad|retains_grad|backward|grad_dtype|reinforce|volatile)",
        "autograd engine state (gradients come from ivy.grad on the traced program)",
    ),
)


def _out_of_scope(names: set[str]) -> dict[str, str]:
    """The reason each name in ``names`` is out of scope (names without one are left out)."""
    return {n: why for n in names for pattern, why in OUT_OF_SCOPE if re.fullmatch(pattern, n)}


def _distribution_names(dist: Any) -> set[str]:
    classes = {n for n in dist.__all__ if isinstance(getattr(dist, n), type)}
    return {n for n in classes if issubclass(getattr(dist, n), dist.Distribution)} | {"kl_divergence", "register_kl"}


def _routines(module: Any, own_prefix: str | None = None) -> set[str]:
    if own_prefix is None:
        return routines(module)

    def own(obj: Any) -> bool:
        mod = getattr(obj, "__module__", None) or ""
        return mod.startswith(own_prefix) or mod == "torch" or mod.startswith("torch._C")

    return routines(module, own)


def _tensor_names(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_")}


def coverage() -> dict[str, tuple[set[str], set[str], dict[str, str]]]:
    """``{namespace: (real public names, emulated names, {out-of-scope name: reason})}`` for torch's namespaces."""
    torch = import_framework("torch")
    from ivy_frontends import torch as fe

    report = {}
    real = _routines(torch)
    report["torch"] = (
        real,
        {n for n in real if callable(getattr(fe, n, None)) and not isinstance(getattr(fe, n), fe.dtype)},
    )
    real = _tensor_names(torch.Tensor)
    report["torch.Tensor"] = (real, {n for n in real if hasattr(fe.Tensor, n)})
    real = _routines(torch.nn.functional, "torch.nn.functional")
    report["torch.nn.functional"] = (real, set(real) & set(fe.nn.functional.FUNCTIONS))
    for sub in ("linalg", "fft", "special"):
        real = _routines(getattr(torch, sub))
        mine = getattr(fe, sub)
        report[f"torch.{sub}"] = (real, {n for n in real if inspect.isfunction(getattr(mine, n, None))})
    real = _distribution_names(torch.distributions)
    report["torch.distributions"] = (real, {n for n in real if callable(getattr(fe.distributions, n, None))})
    return {label: (real, emulated, _out_of_scope(real - emulated)) for label, (real, emulated) in report.items()}
