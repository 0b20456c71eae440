"""``tf.math``: the functions of ``_math.FUNCTIONS`` as a module."""

from __future__ import annotations

from ivy_frontends.tensorflow._math import FUNCTIONS

globals().update(FUNCTIONS)
__all__ = sorted(FUNCTIONS)
