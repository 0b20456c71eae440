"""One mistake of each kind, with the ivy error class every backend must raise for it.

The table is the error taxonomy of ``docs/errors.md`` made executable: the
conformance kit feeds each mistake to the backend under test
(``test_error_taxonomy``), and ``python -m ivy.testing.error_probe`` feeds
them to every installed backend, each in its own process, and prints where
they disagree. The expected class is the exact one (a ``LinAlgError`` is an
``IvyValueError`` too, but a shape mistake must not be reported as one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ivy


@dataclass(frozen=True)
class Mistake:
    name: str
    expected: type[Exception]
    call: Callable[[], Any]


def _singular() -> Any:
    return ivy.asarray([[1.0, 2.0], [2.0, 4.0]])


def _indefinite() -> Any:
    return ivy.asarray([[1.0, 2.0], [2.0, 1.0]])


def _ones(*shape: int) -> Any:
    return ivy.ones(shape, dtype=ivy.float32)


_V = ivy.IvyValueError
MISTAKES: tuple[Mistake, ...] = (
    # shapes that do not fit
    Mistake("add-shapes", _V, lambda: ivy.add(_ones(2, 3), _ones(4))),
    Mistake("matmul-inner", _V, lambda: ivy.matmul(_ones(2, 3), _ones(4, 5))),
    Mistake("matmul-0d", _V, lambda: ivy.matmul(ivy.asarray(1.0), ivy.asarray(2.0))),
    Mistake("matmul-batch", _V, lambda: ivy.matmul(_ones(2, 3, 3), _ones(4, 3, 3))),
    Mistake("tensordot-axes", _V, lambda: ivy.tensordot(_ones(2, 3), _ones(4, 5), axes=1)),
    Mistake("vecdot-size", _V, lambda: ivy.vecdot(_ones(3), _ones(4))),
    Mistake("concat-shapes", _V, lambda: ivy.concat([_ones(2, 3), _ones(2, 4)], axis=0)),
    Mistake("concat-ndim", _V, lambda: ivy.concat([_ones(2, 3), _ones(2)], axis=0)),
    Mistake("stack-shapes", _V, lambda: ivy.stack([_ones(2), _ones(3)])),
    Mistake("reshape-size", _V, lambda: ivy.reshape(_ones(2, 3), (4, 2))),
    Mistake("broadcast_to", _V, lambda: ivy.broadcast_to(_ones(3), (4,))),
    Mistake("broadcast_arrays", _V, lambda: ivy.broadcast_arrays(_ones(3), _ones(4))),
    Mistake("where-shapes", _V, lambda: ivy.where(ivy.asarray([True, False]), _ones(3), _ones(3))),
    Mistake("squeeze-size", _V, lambda: ivy.squeeze(_ones(1, 2), axis=1)),
    Mistake("inv-not-square", _V, lambda: ivy.linalg.inv(_ones(2, 3))),
    Mistake("cholesky-not-square", _V, lambda: ivy.linalg.cholesky(_ones(2, 3))),
    Mistake("det-not-square", _V, lambda: ivy.linalg.det(_ones(2, 3))),
    Mistake("solve-rows", _V, lambda: ivy.linalg.solve(ivy.eye(3), _ones(4))),
    Mistake("cross-size", _V, lambda: ivy.linalg.cross(_ones(2), _ones(2))),
    Mistake("trace-1d", _V, lambda: ivy.linalg.trace(_ones(3))),
    Mistake("diagonal-1d", _V, lambda: ivy.linalg.diagonal(_ones(3))),
    Mistake("concat-nothing", _V, lambda: ivy.concat([])),
    Mistake("stack-nothing", _V, lambda: ivy.stack([])),
    Mistake("searchsorted-2d", _V, lambda: ivy.searchsorted(_ones(2, 2), _ones(2))),
    Mistake("permute_dims-repeated", _V, lambda: ivy.permute_dims(_ones(2, 3), (0, 0))),
    Mistake("moveaxis-repeated", _V, lambda: ivy.moveaxis(_ones(2, 3), (0, 0), (1, 0))),
    Mistake("repeat-sizes", _V, lambda: ivy.repeat(_ones(3), ivy.ones((2,), dtype=ivy.int64), axis=0)),
    # values a function does not take
    Mistake("tile-negative", _V, lambda: ivy.tile(_ones(2), (-1,))),
    Mistake("arange-step-zero", _V, lambda: ivy.arange(0, 10, 0)),
    Mistake("fft-no-points", _V, lambda: ivy.fft.fft(ivy.ones((4,), dtype=ivy.complex64), n=0)),
    Mistake("matrix_norm-ord", _V, lambda: ivy.linalg.matrix_norm(_ones(3, 3), ord="bad")),
    # dtypes a function does not take
    Mistake("bitwise_and-float", ivy.IvyTypeError, lambda: ivy.bitwise_and(_ones(2), _ones(2))),
    Mistake("bitwise_invert-float", ivy.IvyTypeError, lambda: ivy.bitwise_invert(_ones(2))),
    Mistake("shift-float", ivy.IvyTypeError, lambda: ivy.bitwise_left_shift(_ones(2), _ones(2))),
    Mistake("floor-complex", ivy.IvyTypeError, lambda: ivy.floor(ivy.asarray([1j]))),
    Mistake("negative-bool", ivy.IvyTypeError, lambda: ivy.negative(ivy.asarray([True]))),
    # axes out of range
    Mistake("sum-axis", ivy.AxisError, lambda: ivy.sum(_ones(2, 3), axis=2)),
    Mistake("concat-axis", ivy.AxisError, lambda: ivy.concat([_ones(2, 3), _ones(2, 3)], axis=3)),
    Mistake("stack-axis", ivy.AxisError, lambda: ivy.stack([_ones(2), _ones(2)], axis=3)),
    Mistake("flip-axis", ivy.AxisError, lambda: ivy.flip(_ones(2), axis=3)),
    Mistake("squeeze-axis", ivy.AxisError, lambda: ivy.squeeze(_ones(1, 2), axis=3)),
    Mistake("expand_dims-axis", ivy.AxisError, lambda: ivy.expand_dims(_ones(2), axis=5)),
    Mistake("argmax-axis", ivy.AxisError, lambda: ivy.argmax(_ones(2), axis=1)),
    Mistake("sort-axis", ivy.AxisError, lambda: ivy.sort(_ones(2), axis=1)),
    Mistake("cumulative_sum-axis", ivy.AxisError, lambda: ivy.cumulative_sum(_ones(2), axis=1)),
    Mistake("softmax-axis", ivy.AxisError, lambda: ivy.nn.softmax(_ones(2), axis=1)),
    # indices out of range
    Mistake("getitem-index", ivy.IvyIndexError, lambda: _ones(3)[5]),
    # matrices a factorization cannot take
    Mistake("inv-singular", ivy.LinAlgError, lambda: ivy.linalg.inv(_singular())),
    Mistake("solve-singular", ivy.LinAlgError, lambda: ivy.linalg.solve(_singular(), ivy.asarray([1.0, 1.0]))),
    Mistake("cholesky-indefinite", ivy.LinAlgError, lambda: ivy.linalg.cholesky(_indefinite())),
    Mistake("cholesky-zero", ivy.LinAlgError, lambda: ivy.linalg.cholesky(ivy.zeros((2, 2)))),
    # allocations that cannot succeed
    Mistake("zeros-huge", ivy.IvyMemoryError, lambda: ivy.zeros((2**40, 2**40))),
    Mistake("ones-huge", ivy.IvyMemoryError, lambda: ivy.ones((2**31, 2**31))),
    Mistake("empty-huge", ivy.IvyMemoryError, lambda: ivy.empty((2**62,))),
    Mistake("full-huge", ivy.IvyMemoryError, lambda: ivy.full((2**20, 2**20, 2**20), 1.0)),
    Mistake("random-huge", ivy.IvyMemoryError, lambda: ivy.random.uniform((2**62, 4))),
)

#: Calls that are no mistake although some frameworks raise (or return) for them.
VALID: tuple[tuple[str, Callable[[], Any]], ...] = (
    ("det-singular", lambda: ivy.linalg.det(_singular())),
    ("pinv-singular", lambda: ivy.linalg.pinv(_singular())),
    ("eigh-singular", lambda: ivy.linalg.eigh(_singular())),
    ("slogdet-singular", lambda: ivy.linalg.slogdet(_singular())),
)


def outcome(call: Callable[[], Any]) -> str:
    """``"returned"``, or the name of the exception class ``call`` raised."""
    try:
        call()
    except Exception as error:
        return type(error).__name__
    return "returned"
