"""The results store: one SQLite file, one row per run, written in one transaction per run.

Schema (``runs``; numbers are SQL REAL, infinite bounds are stored as SQL infinity):

| column | meaning |
|---|---|
| run_key | hash of the run's spec and its instance's content (primary key) |
| sweep | label of the sweep that made the row |
| instance, instance_hash | data file and its content hash (sha256, 16 hex digits) |
| n_points, n_inputs, n_outputs | data size |
| hidden, hidden_bias, output_bias | architecture (hidden widths as JSON) |
| bound, weight_decay, loss | domain and loss |
| formulation, encoding, solver | the configuration reports compare |
| solver_version | solver name and version as the backend reports it |
| seed, time_limit, threads | run options |
| status | completed, refused (solver cannot take the model), error, timeout (killed), crashed |
| termination, verdict, proven | why the solver stopped; certificate verdict; 1 if certified optimal |
| objective, bound_value, gap | incumbent, proven lower bound, relative gap |
| recomputed, certified_gap | numpy loss of the returned weights; certified relative gap |
| nodes, wall_time | branch-and-bound nodes, seconds of the solve |
| started, finished | timestamps of the run process |
| machine | JSON: host, cpus, platform, python |
| spec, result, error | JSON of the run spec and of the full result; error text |

Rows are written as runs end; killing the sweep loses at most the runs in flight. A run whose
key is in the store is skipped by the next sweep (``--retry-failed`` re-runs non-completed ones).

``claims`` (run_key, owner, claimed_at): a sweep claims a run in one transaction before starting
it, so two sweeps on one store never both run it; a claim is released when its row is written,
and a claim whose owner process is gone (same host) or older than ``stale_after`` is taken over.
"""

from __future__ import annotations

import json
import math
import os
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

from .spec import RunSpec

COLUMNS = [
    ("run_key", "TEXT PRIMARY KEY"),
    ("sweep", "TEXT"),
    ("instance", "TEXT"),
    ("instance_hash", "TEXT"),
    ("n_points", "INTEGER"),
    ("n_inputs", "INTEGER"),
    ("n_outputs", "INTEGER"),
    ("hidden", "TEXT"),
    ("hidden_bias", "INTEGER"),
    ("output_bias", "INTEGER"),
    ("bound", "REAL"),
    ("weight_decay", "REAL"),
    ("loss", "TEXT"),
    ("formulation", "TEXT"),
    ("encoding", "TEXT"),
    ("solver", "TEXT"),
    ("solver_version", "TEXT"),
    ("seed", "INTEGER"),
    ("time_limit", "REAL"),
    ("threads", "INTEGER"),
    ("status", "TEXT"),
    ("termination", "TEXT"),
    ("verdict", "TEXT"),
    ("proven", "INTEGER"),
    ("objective", "REAL"),
    ("bound_value", "REAL"),
    ("gap", "REAL"),
    ("recomputed", "REAL"),
    ("certified_gap", "REAL"),
    ("nodes", "INTEGER"),
    ("wall_time", "REAL"),
    ("started", "TEXT"),
    ("finished", "TEXT"),
    ("machine", "TEXT"),
    ("spec", "TEXT"),
    ("result", "TEXT"),
    ("error", "TEXT"),
]


class ResultStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.connection = sqlite3.connect(self.path, timeout=60)
        self.connection.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        columns = ", ".join(f"{name} {kind}" for name, kind in COLUMNS)
        with self.connection:
            self.connection.execute(f"CREATE TABLE IF NOT EXISTS runs ({columns})")
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS claims (run_key TEXT PRIMARY KEY, owner TEXT, claimed_at REAL)"
            )
        self.owner = f"{socket.gethostname()}:{os.getpid()}"

    def claim(self, key: str, stale_after: float, retry_failed: bool = False) -> bool:
        """Take run ``key`` for this process, atomically: False if its row is already in the
        store (a completed one, with ``retry_failed``) or another live sweep holds it."""
        with self.connection:  # one transaction: BEGIN IMMEDIATE takes the write lock first
            self.connection.execute("BEGIN IMMEDIATE")
            done = "SELECT 1 FROM runs WHERE run_key = ?" + (" AND status = 'completed'" if retry_failed else "")
            if self.connection.execute(done, (key,)).fetchone():
                return False
            held = self.connection.execute("SELECT owner, claimed_at FROM claims WHERE run_key = ?", (key,)).fetchone()
            if held is not None and held[0] != self.owner and not _stale(held[0], held[1], stale_after):
                return False
            self.connection.execute(
                "INSERT OR REPLACE INTO claims (run_key, owner, claimed_at) VALUES (?, ?, ?)",
                (key, self.owner, time.time()),
            )
            return True

    def release(self, key: str) -> None:
        with self.connection:
            self.connection.execute("DELETE FROM claims WHERE run_key = ? AND owner = ?", (key, self.owner))

    def close(self) -> None:
        self.connection.close()

    def finished_keys(self, completed_only: bool = False) -> set[str]:
        query = "SELECT run_key FROM runs" + (" WHERE status = 'completed'" if completed_only else "")
        return {row[0] for row in self.connection.execute(query)}

    def add(self, spec: RunSpec, record: dict[str, Any], sweep: str = "") -> None:
        """Insert (or replace) one run's row in its own transaction."""
        row = _row(spec, record, sweep)
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.connection:
            self.connection.execute(f"INSERT OR REPLACE INTO runs ({names}) VALUES ({marks})", list(row.values()))

    def rows(self, where: str = "", parameters: tuple = ()) -> list[dict[str, Any]]:
        cursor = self.connection.execute(f"SELECT * FROM runs {where}", parameters)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values)) for values in cursor]


def _stale(owner: str, claimed_at: float, stale_after: float) -> bool:
    """A claim nobody will finish: its process is gone (checked on this host) or it is older
    than ``stale_after`` seconds (a run's time limit and grace: it would have been killed)."""
    if time.time() - claimed_at > stale_after:
        return True
    host, _, pid = owner.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        return {"inf": math.inf, "-inf": -math.inf}.get(value)
    return float(value)


def _row(spec: RunSpec, record: dict[str, Any], sweep: str) -> dict[str, Any]:
    result = record.get("result") or {}
    cert = result.get("certificate") or {}
    size = result.get("data_size") or {}
    return {
        "run_key": spec.key,
        "sweep": sweep,
        "instance": spec.instance,
        "instance_hash": spec.instance_hash,
        "n_points": size.get("n_points"),
        "n_inputs": size.get("n_inputs"),
        "n_outputs": size.get("n_outputs"),
        "hidden": json.dumps(list(spec.hidden)),
        "hidden_bias": int(spec.hidden_bias),
        "output_bias": int(spec.output_bias),
        "bound": spec.bound,
        "weight_decay": spec.weight_decay,
        "loss": spec.loss,
        "formulation": spec.formulation,
        "encoding": spec.encoding,
        "solver": spec.solver,
        "solver_version": result.get("solver_version"),
        "seed": spec.seed,
        "time_limit": spec.time_limit,
        "threads": spec.threads,
        "status": record.get("status"),
        "termination": result.get("termination"),
        "verdict": result.get("verdict"),
        "proven": int(bool(result.get("proven_optimal"))),
        "objective": _number(result.get("objective")),
        "bound_value": _number(result.get("lower_bound", result.get("bound"))),
        "gap": _number(result.get("gap")),
        "recomputed": _number(result.get("recomputed_objective")),
        "certified_gap": _number(cert.get("certified_gap")),
        "nodes": result.get("nodes"),
        "wall_time": result.get("wall_time"),
        "started": record.get("started"),
        "finished": record.get("finished"),
        "machine": json.dumps(record.get("machine", {})),
        "spec": spec.to_json(),
        "result": json.dumps(result) if result else None,
        "error": record.get("error"),
    }
