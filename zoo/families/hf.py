"""Hugging Face ``transformers``: every architecture ``AutoModel`` builds from a tiny config.

Each config is the architecture's default one shrunk (hidden size 32, 2 layers, 2 heads, a
vocabulary of 99, 32x32 images, short audio), random weights, nothing downloaded; the inputs
follow the model's main input (token ids with a padded attention mask, pixel values, audio
values or features) and its other required inputs (decoder ids, images of multimodal models).
"""

from __future__ import annotations

import inspect
from typing import Any

SOURCE = "torch"
TARGETS = ["jax", "tensorflow"]
SAMPLE = ["bert", "gpt2", "llama", "vit", "wav2vec2", "t5", "resnet", "whisper", "mistral", "roberta"]
SAMPLE_TARGETS = {"paddle": SAMPLE, "numpy": SAMPLE}
GRADIENTS = 5  # every fifth architecture's gradients to JAX
VOCAB, BATCH, LENGTH, IMAGE = 99, 2, 8, 32

SHRINK: dict[str, Any] = {
    "vocab_size": VOCAB,
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "num_key_value_heads": 2,
    "intermediate_size": 64,
    "max_position_embeddings": 64,
    "d_model": 32,
    "d_ff": 64,
    "d_kv": 16,
    "num_layers": 2,
    "num_decoder_layers": 2,
    "num_heads": 2,
    "encoder_layers": 2,
    "decoder_layers": 2,
    "encoder_attention_heads": 2,
    "decoder_attention_heads": 2,
    "encoder_ffn_dim": 64,
    "decoder_ffn_dim": 64,
    "n_embd": 32,
    "n_layer": 2,
    "n_head": 2,
    "n_positions": 64,
    "n_ctx": 64,
    "embed_dim": 32,
    "projection_dim": 32,
    "image_size": IMAGE,
    "patch_size": 8,
    "num_channels": 3,
    "max_source_positions": 32,
    "max_target_positions": 64,
    "num_mel_bins": 16,
    "head_dim": 16,
    "moe_intermediate_size": 32,
    "shared_expert_intermediate_size": 32,
    "num_experts": 4,
    "num_local_experts": 4,
    "n_routed_experts": 4,
    "num_experts_per_tok": 2,
    "first_k_dense_replace": 1,
    "pad_token_id": 0,
    "bos_token_id": 1,
    "eos_token_id": 2,
    "decoder_start_token_id": 1,
    "sep_token_id": 2,
}


def warm() -> None:
    """torch's compiler modules, which transformers imports lazily: slow to import once a framework
    with many modules (tensorflow) is loaded, so before it."""
    import torch._dynamo
    import torch.onnx  # noqa: F401
    import transformers.activations
    import transformers.modeling_utils  # noqa: F401


def cases() -> list[str]:
    """Every model type ``AutoModel`` maps, in its order."""
    from transformers.models.auto.modeling_auto import MODEL_MAPPING_NAMES

    return list(MODEL_MAPPING_NAMES)


def _shrunk(config_class: type) -> Any:
    default = config_class()
    kwargs = {k: v for k, v in SHRINK.items() if hasattr(default, k)}
    for name in getattr(config_class, "sub_configs", {}) or {}:
        sub = getattr(default, name, None)
        if sub is not None and hasattr(sub, "to_dict"):
            data = sub.to_dict()
            data.update({k: v for k, v in SHRINK.items() if k in data})
            kwargs[name] = data
    return config_class(**kwargs)


def build(name: str) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModel
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING

    torch.manual_seed(0)
    config = _shrunk(CONFIG_MAPPING[name])
    model = AutoModel.from_config(config).eval()
    _break_ties(model)
    parameters = inspect.signature(model.forward).parameters
    main = getattr(model, "main_input_name", "input_ids")

    def inputs(seed: int) -> tuple[tuple, dict]:
        g = torch.Generator().manual_seed(seed)
        given: dict[str, Any] = {}
        text = getattr(config, "text_config", config)
        vision = getattr(config, "vision_config", config)
        if main == "input_ids" or ("input_ids" in parameters and main not in _NON_TEXT):
            vocab = getattr(text, "vocab_size", VOCAB) or VOCAB
            given["input_ids"] = torch.randint(0, min(vocab, VOCAB), (BATCH, LENGTH), generator=g)
            if "attention_mask" in parameters:
                mask = torch.ones(BATCH, LENGTH, dtype=torch.long)
                mask[1, LENGTH - 2 - seed :] = 0
                given["attention_mask"] = mask
        if main == "pixel_values" or ("pixel_values" in parameters and hasattr(config, "vision_config")):
            size = getattr(vision, "image_size", IMAGE)
            size = size if isinstance(size, int) else IMAGE
            channels = getattr(vision, "num_channels", 3)
            given["pixel_values"] = torch.randn(BATCH, channels, size, size, generator=g)
        if main == "input_values":
            given["input_values"] = torch.randn(BATCH, 800, generator=g)
        if main == "input_features":
            bins = getattr(config, "num_mel_bins", 16)
            frames = 2 * getattr(config, "max_source_positions", 32)
            given["input_features"] = torch.randn(BATCH, bins, frames, generator=g)
        if ("decoder_input_ids" in parameters and "input_ids" not in given) or config.is_encoder_decoder:
            given["decoder_input_ids"] = torch.randint(0, VOCAB, (BATCH, 4), generator=g)
        return (), given

    return model, inputs


_NON_TEXT = ("pixel_values", "input_values", "input_features")


def _break_ties(model: Any) -> None:
    """Matrices a library initializes to one constant (MoE router gates start at zero) drawn at random:
    a router of equal scores makes every top-k a tie, whose order is each framework's own choice, so
    the comparison would measure tie-breaking rather than the transpile. Trained weights do not tie."""
    import torch

    g = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for parameter in model.parameters():
            if parameter.ndim >= 2 and parameter.numel() > 1 and bool((parameter == parameter.flatten()[0]).all()):
                parameter.copy_(0.02 * torch.randn(parameter.shape, generator=g, dtype=parameter.dtype))


def run(model: Any, args: tuple, kwargs: dict) -> Any:
    import torch

    with torch.no_grad():
        return model(*args, **kwargs)


def gradients(model: Any, program: Any, args: tuple, kwargs: dict, target: str) -> bool | None:
    """Gradients of the first result's sum by parameter, torch against the JAX model (JAX only)."""
    if target != "jax":
        return None
    import jax
    import numpy as np

    from zoo.common import convert, leaves

    out = model(*args, **kwargs)
    first = sorted(k for k, v in leaves(out).items() if v.dtype.kind == "f")[0]
    tensor = _at(out, first)
    model.zero_grad()
    tensor.float().sum().backward()
    expected = {n: p.grad.numpy() for n, p in model.named_parameters() if p.grad is not None}
    native_args, native_kwargs = convert(args, "jax"), convert(kwargs, "jax")

    def loss_of(params: dict) -> Any:
        return _at(program.apply(params, *native_args, **native_kwargs), first).sum()

    got = jax.grad(loss_of)(program.params)
    for name, want in expected.items():
        if name in got and not np.allclose(np.asarray(got[name]), want, rtol=1e-2, atol=1e-4):
            return False
    return True


def _at(result: Any, path: str) -> Any:
    """The array at a ``leaves`` path (``.key`` / ``[i]`` parts)."""
    import re

    for key, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", path):
        result = result[key] if key else result[int(index)]
    return result
