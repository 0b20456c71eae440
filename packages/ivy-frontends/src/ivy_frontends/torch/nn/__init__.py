"""``torch.nn`` of the frontend: ``functional`` (``torch.nn.functional``)."""

from ivy_frontends.torch.nn import functional

__all__ = ["functional"]
