"""The single source of truth: every API function, declared once.

Each module holds one category of the Python Array API standard (2025.12,
with the ``linalg`` and ``fft`` extensions) as hookspecs; ``backend`` holds
the protocol hooks a backend implements for the core. Everything else (the
public namespace, dispatch, docs, support matrix, conformance tests) is
derived from ``SPECS``.
"""

from ivy.spec import (
    autodiff,
    backend,
    control_flow,
    creation,
    data_type,
    elementwise,
    fft,
    indexing,
    info,
    layout,
    linalg,
    linalg_factor,
    linear_algebra,
    manipulation,
    nn,
    optim,
    random,
    searching,
    set,
    signal,
    sorting,
    special,
    statistical,
    utilities,
    utility,
    windows,
)
from ivy.spec._marker import SPECS, Spec, hookspec_namespace
from ivy.spec.constants import CONSTANTS

API_VERSION = "2025.12"

#: Functions of the standard's ``linalg`` extension that are the main namespace's own.
LINALG_ALIASES = ("matmul", "matrix_transpose", "tensordot", "vecdot")


def public_specs(namespace: str = "") -> list[Spec]:
    """The public functions of one namespace, in declaration order."""
    return [s for s in SPECS.values() if s.public and s.namespace == namespace]


__all__ = ["API_VERSION", "CONSTANTS", "LINALG_ALIASES", "SPECS", "Spec", "hookspec_namespace", "public_specs"]
