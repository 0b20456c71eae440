"""The random state: a stream of seeds per context.

A stream is a seed and a counter; its ``n``-th seed is a hash of the two, so
the stream is fully determined by the seed it was started with. Streams are
context-local (``contextvars``): ``ivy.random.seed`` in one thread or task
does not move another's. A context that never seeded uses the process's
stream, seeded from the operating system at import.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import os
from contextvars import ContextVar

from ivy._errors import IvyTypeError


def check_seed(value: object, where: str, name: str = "seed") -> int:
    """``value`` as a Python int (any integer, bools excluded), or a clear error."""
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise IvyTypeError(f"{where}: argument '{name}' must be an integer, got {type(value).__name__}")
    return operator.index(value)


def _digest(*parts: object, size: int = 8) -> bytes:
    return hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=size, person=b"ivy.random").digest()


class Stream:
    """A seed and a counter; ``next()`` is thread-safe (``itertools.count``)."""

    __slots__ = ("_counter", "seed")

    def __init__(self, seed: int):
        self.seed = seed
        self._counter = itertools.count()

    def next(self) -> int:
        """The next seed, below ``2**63`` (so that an int64 array holds it)."""
        return int.from_bytes(_digest("stream", self.seed, next(self._counter)), "little") >> 1

    def __repr__(self) -> str:
        return f"<ivy.random stream seeded {self.seed}>"


_PROCESS = Stream(int.from_bytes(os.urandom(8), "little"))
_stream: ContextVar[Stream] = ContextVar("ivy.random.stream")


def seed(value: int, /) -> None:
    _stream.set(Stream(check_seed(value, "ivy.random.seed", "value")))


def next_seed() -> int:
    return _stream.get(_PROCESS).next()
