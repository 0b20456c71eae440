"""``torch.distributions.constraints``: the checks the distributions validate with."""

from ivy_frontends.torch.distributions._base import (
    Constraint,
    boolean,
    nonnegative,
    nonnegative_integer,
    positive,
    real,
    simplex,
    unit_interval,
)

__all__ = [
    "Constraint",
    "boolean",
    "nonnegative",
    "nonnegative_integer",
    "positive",
    "real",
    "simplex",
    "unit_interval",
]
