"""``torch.nn.functional`` of the frontend, assembled from its topic modules' tables."""

from __future__ import annotations

from ivy_frontends.torch.nn import _activation, _attention, _grouped, _layers, _loss, _pool_indices, _sampling

FUNCTIONS = {
    **_activation.FUNCTIONS,
    **_layers.FUNCTIONS,
    **_loss.FUNCTIONS,
    **_attention.FUNCTIONS,
    **_sampling.FUNCTIONS,
    **_pool_indices.FUNCTIONS,
    **_grouped.FUNCTIONS,
}
globals().update(FUNCTIONS)
__all__ = sorted(FUNCTIONS)
