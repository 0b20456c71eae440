"""Helpers for emulating dtypes a framework lacks (public as :mod:`ivy.plugin`).

Frameworks without kernels for some unsigned integer dtypes store such
arrays as the signed integer of the same width (the same bits), and compare
them through a key ordered as the unsigned values are. These give the Python
side of that (scalars), and the parameter roles a backend needs to route the
calls holding its emulated arrays or dtypes to their own handlers.
"""

from __future__ import annotations

from ivy._codegen import parameter_role
from ivy.spec import SPECS


def signed_bits(value: int, bits: int) -> int:
    """Python int ``value`` as a signed ``bits``-wide integer with the same bits (modulo ``2**bits``)."""
    value = int(value) & ((1 << bits) - 1)
    return value - (1 << bits) if value >> (bits - 1) else value


def order_key(value: int, bits: int) -> int:
    """The signed ``bits``-wide integer ordered as unsigned ``value`` is (its sign bit flipped)."""
    return int(value) - (1 << (bits - 1))


def parameter_roles(hook: str) -> dict[str, str]:
    """``{parameter: role}`` of a hook, in order; a role is ``"array"``, ``"arrays"`` (a sequence
    or ``*arrays``), ``"dtype"``, ``"device"`` or ``"plain"`` (what the dispatcher leaves alone)."""
    if hook not in SPECS:
        raise ValueError(f"parameter_roles: {hook!r} is not an ivy hook")
    return {name: parameter_role(p) for name, p in SPECS[hook].signature.parameters.items()}
