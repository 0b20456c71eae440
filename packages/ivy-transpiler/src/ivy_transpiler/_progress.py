"""Progress of a transpile on stderr: its stages (capture, trace and bind, verify) as they run.

On a terminal one status line is redrawn in place; elsewhere (logs, notebooks' captured
stderr) each finished stage prints one line. Off unless asked for, or when stderr is a terminal.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


class Progress:
    """The stages of one transpile, reported as they start and finish."""

    def __init__(self, what: str, enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.live = self.enabled and self.stream.isatty()
        self.what = what
        self.done: list[str] = []
        self.started = time.perf_counter()

    def _draw(self, current: str = "") -> None:
        line = f"[ivy.transpile] {self.what}: " + " | ".join([*self.done, current] if current else self.done)
        self.stream.write(f"\r\x1b[K{line}" if self.live else line + "\n")
        self.stream.flush()

    @contextmanager
    def stage(self, label: str) -> Iterator[None]:
        """Time one stage; a failing stage is reported as failed and the error propagates."""
        if not self.enabled:
            yield
            return
        if self.live:
            self._draw(f"{label}...")
        start = time.perf_counter()
        try:
            yield
        except BaseException:
            self.done.append(f"{label} failed")
            if self.live:
                self._draw()
                self.stream.write("\n")
            else:
                self.stream.write(f"[ivy.transpile] {self.what}: {label} failed\n")
            raise
        self.done.append(f"{label} {time.perf_counter() - start:.1f}s")
        if not self.live:
            self.stream.write(f"[ivy.transpile] {self.what}: {self.done[-1]}\n")
            self.stream.flush()
        else:
            self._draw()

    def finish(self) -> None:
        """The total, and the end of the status line."""
        if not self.enabled:
            return
        total = f"done in {time.perf_counter() - self.started:.1f}s"
        if self.live:
            self.done.append(total)
            self._draw()
            self.stream.write("\n")
        else:
            self.stream.write(f"[ivy.transpile] {self.what}: {total}\n")
        self.stream.flush()
