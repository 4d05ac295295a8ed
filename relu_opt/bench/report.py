"""Reports from the results store: a table per configuration, performance profile, time vs size.

A run counts as solved only if it completed *and* its certificate says global optimum; a run
whose certificate was rejected counts as a failure of its configuration, never as a success.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import pyplot

SHIFT_SECONDS = 1.0
"""Shift of the shifted geometric mean of solve times: prod(t + s)^(1/n) - s, s = 1 s, so that
runs of a few milliseconds do not dominate. Unsolved runs count at their time limit."""


@dataclass(frozen=True)
class ConfigurationStats:
    configuration: str
    runs: int
    solved: int
    failed: int  # refused, error, timeout, crashed, or certificate rejected
    sgm_time: float
    mean_gap_unsolved: float  # relative gap of unsolved completed runs (1 if no bound)
    wins: int  # solved fastest (ties within 1 % shared)

    def as_row(self) -> dict[str, Any]:
        return {
            "configuration": self.configuration,
            "runs": self.runs,
            "solved": self.solved,
            "failed": self.failed,
            f"sgm time (s, shift {SHIFT_SECONDS:g})": round(self.sgm_time, 2),
            "mean gap unsolved": "-" if math.isnan(self.mean_gap_unsolved) else f"{self.mean_gap_unsolved:.2%}",
            "wins": self.wins,
        }


def problem_of(row: dict[str, Any]) -> str:
    """Runs on the same problem (data, architecture, domain, loss, seed) are compared."""
    return json.dumps(
        [row["instance_hash"], row["hidden"], row["hidden_bias"], row["output_bias"], row["bound"],
         row["weight_decay"], row["loss"], row["seed"]]
    )


def solved(row: dict[str, Any]) -> bool:
    return row["status"] == "completed" and row["verdict"] == "global_optimum"


def failed(row: dict[str, Any]) -> bool:
    return row["status"] != "completed" or row["verdict"] == "rejected"


def run_time(row: dict[str, Any]) -> float:
    """Seconds to certified optimum; unsolved runs count at their time limit."""
    return float(row["wall_time"]) if solved(row) and row["wall_time"] is not None else float(row["time_limit"])


def configuration_of(row: dict[str, Any]) -> str:
    return f"{row['formulation']}/{row['encoding']}/{row['solver']}"


def statistics(rows: list[dict[str, Any]]) -> list[ConfigurationStats]:
    by_config: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_config[configuration_of(row)].append(row)
    wins = _wins(rows)
    stats = []
    for config, group in sorted(by_config.items()):
        times = [run_time(r) for r in group]
        sgm = math.exp(sum(math.log(t + SHIFT_SECONDS) for t in times) / len(times)) - SHIFT_SECONDS
        gaps = [
            min(1.0, r["gap"]) if r["gap"] is not None and math.isfinite(r["gap"]) else 1.0
            for r in group
            if r["status"] == "completed" and not solved(r)
        ]
        stats.append(
            ConfigurationStats(
                config, len(group), sum(solved(r) for r in group), sum(failed(r) for r in group),
                sgm, sum(gaps) / len(gaps) if gaps else math.nan, wins.get(config, 0),
            )
        )
    return stats


def _wins(rows: list[dict[str, Any]]) -> dict[str, int]:
    by_problem: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if solved(row):
            by_problem[problem_of(row)].append(row)
    wins: dict[str, int] = defaultdict(int)
    for group in by_problem.values():
        best = min(run_time(r) for r in group)
        for row in group:
            if run_time(row) <= best * 1.01 + 1e-3:
                wins[configuration_of(row)] += 1
    return wins


def profile(rows: list[dict[str, Any]]) -> dict[str, list[float]]:
    """Dolan-More ratios per configuration: time over the best time on the same problem
    (inf where unsolved, or where no configuration solved the problem)."""
    by_problem: dict[str, dict[str, float]] = defaultdict(dict)
    for row in rows:
        by_problem[problem_of(row)][configuration_of(row)] = run_time(row) if solved(row) else math.inf
    configs = sorted({configuration_of(r) for r in rows})
    ratios: dict[str, list[float]] = {c: [] for c in configs}
    for times in by_problem.values():
        best = min(times.values())
        for config in configs:
            t = times.get(config, math.inf)
            ratios[config].append(t / best if math.isfinite(best) and math.isfinite(t) else math.inf)
    return ratios


def markdown_table(stats: list[ConfigurationStats]) -> str:
    if not stats:
        return "(no runs)\n"
    header = list(stats[0].as_row())
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for s in stats:
        lines.append("| " + " | ".join(str(v) for v in s.as_row().values()) + " |")
    return "\n".join(lines) + "\n"


def runs_table(rows: list[dict[str, Any]]) -> str:
    """One line per run: instance, configuration, outcome, time, nodes, bound and incumbent."""
    lines = [
        "| instance | hidden | configuration | status | verdict | time (s) | nodes | objective | bound |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(rows, key=lambda r: (r["instance"], r["hidden"], configuration_of(r))):
        lines.append(
            f"| {Path(r['instance']).stem} | {r['hidden']} | {configuration_of(r)} | {r['status']} | "
            f"{r['verdict'] or '-'} | {_fmt(r['wall_time'], '.2f')} | {r['nodes'] if r['nodes'] is not None else '-'} | "
            f"{_fmt(r['objective'], '.6g')} | {_fmt(r['bound_value'], '.6g')} |"
        )
    return "\n".join(lines) + "\n"


def _fmt(value: Any, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def csv_text(rows: list[dict[str, Any]]) -> str:
    columns = [
        "instance", "hidden", "bound", "weight_decay", "loss", "seed", "formulation", "encoding",
        "solver", "status", "termination", "verdict", "objective", "bound_value", "gap",
        "recomputed", "certified_gap", "nodes", "wall_time", "time_limit", "solver_version",
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def plot_profile(rows: list[dict[str, Any]], path: Path) -> None:
    """Dolan-More performance profile: share of problems solved within a factor tau of the best."""
    plt = pyplot()

    ratios = profile(rows)
    finite = [r for values in ratios.values() for r in values if math.isfinite(r)]
    top = max(finite + [2.0]) * 1.5
    fig, ax = plt.subplots(figsize=(8, 5))
    colors = plt.get_cmap("tab20").colors  # 20 distinct colours: a 16-configuration sweep stays readable
    for index, (config, values) in enumerate(sorted(ratios.items())):
        taus = sorted(v for v in values if math.isfinite(v))
        n = len(values)
        xs, ys = [1.0], [0.0]
        for k, tau in enumerate(taus, start=1):
            xs += [tau, tau]
            ys += [ys[-1], k / n]
        xs.append(top)
        ys.append(ys[-1])
        # strong formulations solid, others dashed: the main contrast of a sweep at a glance
        ax.step(xs, ys, where="post", label=config, color=colors[index % len(colors)],
                linestyle="-" if config.startswith("strong") else "--", linewidth=1.6)
    ax.set_xscale("log", base=2)
    ax.set_xlim(1, top)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("tau: time within a factor tau of the fastest configuration")
    ax.set_ylabel("share of problems certified")
    ax.set_title("Performance profile (Dolan-More)")
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5))
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_time_vs_size(rows: list[dict[str, Any]], path: Path) -> None:
    """Seconds to certified optimum against data points x hidden units (unsolved: hollow, at the limit)."""
    plt = pyplot()

    fig, ax = plt.subplots(figsize=(7, 4.5))
    by_config: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_config[configuration_of(row)].append(row)
    for config, group in sorted(by_config.items()):
        size = [(r["n_points"] or 0) * max(1, sum(json.loads(r["hidden"]))) for r in group]
        times = [run_time(r) for r in group]
        ok = [solved(r) for r in group]
        line = ax.scatter([s for s, o in zip(size, ok) if o], [t for t, o in zip(times, ok) if o], label=config, s=18)
        ax.scatter([s for s, o in zip(size, ok) if not o], [t for t, o in zip(times, ok) if not o],
                   s=30, facecolors="none", edgecolors=line.get_facecolor())
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("data points x hidden units")
    ax.set_ylabel("seconds to certified optimum (hollow: not solved, at time limit)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
