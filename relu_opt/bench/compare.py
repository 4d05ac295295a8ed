"""Before/after: two sweeps of the same runs (e.g. the previous release and this one, made in one
sweep with ``relu-opt bench --release``), compared run by run.

A run is *slower* when its time to certified optimum grew by more than SLOWER (unsolved runs
count at their time limit) and *newly unproven* when the old sweep certified it and the new one
did not; either is a regression to fix or to justify (the project's performance rule). Runs are
matched by problem (data, architecture, domain, loss, seed) and configuration.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .report import configuration_of, problem_of, run_time, solved

SLOWER = 1.5
"""A run more than this many times slower than before is flagged."""
FLOOR_SECONDS = 0.5
"""Times below this are compared as this: start-up noise of a fraction of a second is no ratio."""


@dataclass(frozen=True)
class Comparison:
    instance: str
    hidden: str
    configuration: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None

    @property
    def ratio(self) -> float:
        """New time over old time (both floored at FLOOR_SECONDS); nan if a side is missing."""
        if self.old is None or self.new is None:
            return math.nan
        return max(run_time(self.new), FLOOR_SECONDS) / max(run_time(self.old), FLOOR_SECONDS)

    @property
    def flag(self) -> str:
        if self.old is None or self.new is None:
            return "missing in " + ("old" if self.old is None else "new")
        if solved(self.old) and not solved(self.new):
            return "NEWLY UNPROVEN"
        if self.ratio > SLOWER:
            return f"SLOWER x{self.ratio:.2f}"
        if solved(self.new) and not solved(self.old):
            return "newly certified"
        if self.ratio < 1 / SLOWER:
            return f"faster x{1 / self.ratio:.2f}"
        return ""

    @property
    def regression(self) -> bool:
        return self.flag.startswith(("NEWLY", "SLOWER"))


def compare(old_rows: list[dict[str, Any]], new_rows: list[dict[str, Any]]) -> list[Comparison]:
    """Pair the rows of two sweeps run by run (by problem and configuration)."""
    def keyed(rows):
        return {(problem_of(r), configuration_of(r), _bias_bound(r)): r for r in rows}

    old, new = keyed(old_rows), keyed(new_rows)
    pairs = []
    for key in sorted(set(old) | set(new), key=lambda k: _label(old.get(k) or new.get(k))):
        row = old.get(key) or new.get(key)
        pairs.append(Comparison(Path(row["instance"]).stem, row["hidden"], key[1], old.get(key), new.get(key)))
    return pairs


def comparison_table(pairs: list[Comparison], old_name: str, new_name: str) -> str:
    """Markdown: per run, each side's outcome and time, the ratio and the flag."""
    lines = [
        f"| instance | hidden | configuration | {old_name} | {new_name} | ratio (new/old) | flag |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in pairs:
        ratio = "-" if math.isnan(p.ratio) else f"{p.ratio:.2f}"
        lines.append(f"| {p.instance} | {p.hidden} | {p.configuration} | {_outcome(p.old)} | {_outcome(p.new)} | "
                     f"{ratio} | {p.flag} |")
    regressions = sum(p.regression for p in pairs)
    lines.append("")
    lines.append(f"{len(pairs)} runs compared; {regressions} regressions (slower than x{SLOWER:g} or newly unproven)")
    return "\n".join(lines) + "\n"


def _outcome(row: dict[str, Any] | None) -> str:
    if row is None:
        return "-"
    if row["status"] != "completed":
        return row["status"]
    if solved(row):
        return f"{row['wall_time']:.1f} s"
    bound = row["bound_value"]
    return f"not proven ({row['time_limit']:g} s, bound {bound:.4g})" if bound is not None else "not proven"


def _bias_bound(row: dict[str, Any]) -> float | None:
    try:
        return json.loads(row.get("spec") or "{}").get("bias_bound")
    except json.JSONDecodeError:
        return None


def _label(row: dict[str, Any]) -> tuple:
    return (Path(row["instance"]).stem, row["hidden"], configuration_of(row))
