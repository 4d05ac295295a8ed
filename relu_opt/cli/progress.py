"""A live one-line status of a running solve on the terminal (stderr)."""

from __future__ import annotations

import math
import sys
import time
from typing import TextIO

from ..backends import Progress


class ProgressLine:
    """Throttled status: rewritten in place on a terminal, a new line every ``interval`` elsewhere."""

    def __init__(self, stream: TextIO | None = None, interval: float | None = None) -> None:
        # The terminal's stderr, duplicated now: while SCIP runs, file descriptor 2 is pointed
        # at the solver's log (backends/base.py: c_output_to), which swallowed every status
        # line written to sys.stderr (issue 13).
        self.owned = stream is None
        self.stream = stream if stream is not None else _own_stderr()
        self.terminal = self.stream.isatty()
        self.interval = interval if interval is not None else (1.0 if self.terminal else 30.0)
        self.last = time.monotonic()
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        gap = "-"
        if math.isfinite(progress.incumbent) and math.isfinite(progress.bound):
            width = max(progress.incumbent - progress.bound, 0.0)
            gap = f"{width / abs(progress.incumbent):.2e}" if progress.incumbent else f"{width:.2e} abs"
        text = (
            f"  {progress.elapsed:7.1f} s  nodes {progress.nodes:>9d}  incumbent "
            f"{progress.incumbent:<14.8g} bound {progress.bound:<14.8g} gap {gap}"
        )
        self.stream.write(("\r" + text) if self.terminal else (text + "\n"))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown and self.terminal:
            self.stream.write("\n")
            self.stream.flush()
        if self.owned and self.stream is not sys.stderr:
            self.stream.close()


def _own_stderr() -> TextIO:
    import os

    try:
        return os.fdopen(os.dup(sys.stderr.fileno()), "w", buffering=1)
    except (OSError, ValueError, AttributeError):  # no real stderr (e.g. captured): use it as it is
        return sys.stderr
