"""``torch.distributions.transforms``: the bijections TransformedDistribution composes."""

from ivy_frontends.torch.distributions._multivariate import (
    AffineTransform,
    ExpTransform,
    PowerTransform,
    SigmoidTransform,
    StickBreakingTransform,
    TanhTransform,
    Transform,
)

__all__ = [
    "AffineTransform",
    "ExpTransform",
    "PowerTransform",
    "SigmoidTransform",
    "StickBreakingTransform",
    "TanhTransform",
    "Transform",
]
