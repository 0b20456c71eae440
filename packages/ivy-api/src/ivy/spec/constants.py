"""The standard's constants. Plain Python values, the same on every backend."""

import math

e: float = math.e
inf: float = math.inf
nan: float = math.nan
pi: float = math.pi
newaxis = None

CONSTANTS = {"e": e, "inf": inf, "nan": nan, "pi": pi, "newaxis": newaxis}
