"""Run one benchmark spec in this process and write its record as JSON (atomically).

The runner starts ``python -m relu_opt.bench.worker SPEC_JSON OUTPUT_PATH`` in a fresh process per
run, so a solver that crashes or hangs takes only that process down.
"""

from __future__ import annotations

import json
import platform
import sys
import time
import traceback
from typing import Any

from ..api import train
from ..backends import SolveOptions
from ..errors import ReluOptError, SolverRefusedError, SolverUnavailableError
from ..files import atomic_write_text
from ..solving.strategy import parse_formulation
from .spec import RunSpec


def execute(spec: RunSpec) -> dict[str, Any]:
    """Solve ``spec``; a record for the results store (never raises for a bad run)."""
    record: dict[str, Any] = {"started": _now()}
    begin = time.perf_counter()
    try:
        route = (
            {"method": spec.formulation.split(":", 1)[1], "method_options": {"seed": spec.seed}}
            if spec.formulation.startswith("method:")
            else {"strategy": parse_formulation(spec.formulation)}
        )
        result = train(
            spec.instance,
            list(spec.hidden),
            bound=spec.bound,
            bias_bound=spec.bias_bound,
            weight_decay=spec.weight_decay,
            hidden_bias=spec.hidden_bias,
            output_bias=spec.output_bias,
            loss=spec.loss,
            encoding=spec.encoding,
            solver=spec.solver,
            options=SolveOptions(time_limit=spec.time_limit, threads=spec.threads, seed=spec.seed, jobs=spec.jobs),
            **route,
        )
        record.update(status="completed", result=result.to_dict())
    except (SolverRefusedError, SolverUnavailableError) as exc:
        record.update(status="refused", error=str(exc))
    except ReluOptError as exc:
        record.update(status="error", error=str(exc))
    except Exception as exc:  # a bug: keep the traceback in the store
        record.update(status="error", error=f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    record.update(finished=_now(), elapsed=time.perf_counter() - begin)
    return record


def machine() -> dict[str, Any]:
    import os

    return {
        "host": platform.node(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def main(argv: list[str] | None = None) -> int:
    spec_json, output = (argv or sys.argv[1:])[:2]
    record = execute(RunSpec.from_json(spec_json))
    record["machine"] = machine()
    atomic_write_text(output, json.dumps(record, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
