"""The constants NumPy and ``jax.numpy`` both export."""

from __future__ import annotations

import math

pi = math.pi
e = math.e
euler_gamma = 0.5772156649015329
inf = math.inf
nan = math.nan
newaxis = None
