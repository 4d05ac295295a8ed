"""What one benchmark run is: an instance, a problem definition, a configuration, a seed.

A run's key hashes everything that determines its outcome (including the instance file's
content), so a re-run of the same sweep finds its finished runs and skips them.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..solving.strategy import parse_formulation


def check_formulation(text: str) -> None:
    """Raise InputError unless ``text`` is a formulation or ``method:NAME``."""
    if text.startswith("method:"):
        from ..methods import METHODS

        if text[7:] not in METHODS:
            raise InputError(f"unknown method in {text!r}; choose from {', '.join(METHODS)}")
        return
    parse_formulation(text)


@dataclass(frozen=True)
class RunSpec:
    """One solve of the sweep; everything needed to reproduce it."""

    instance: str  # path of the data file
    hidden: tuple[int, ...]
    bound: float | None = None
    weight_decay: float | None = None
    hidden_bias: bool = True
    output_bias: bool = True
    loss: str = "squared"
    encoding: str = "bigm"
    formulation: str = "strong"
    solver: str = "scip"
    seed: int = 0
    time_limit: float = 60.0
    threads: int | None = 1
    jobs: int = 1  # parts solved side by side within the run (solving/parallel.py)
    instance_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # free-form labels (e.g. tier)

    @property
    def configuration(self) -> str:
        """What reports compare: formulation / encoding / solver."""
        return f"{self.formulation}/{self.encoding}/{self.solver}"

    @property
    def key(self) -> str:
        fields = asdict(self)
        fields.pop("extra")
        if fields["jobs"] == 1:
            fields.pop("jobs")  # runs stored before parts ran side by side keep their keys
        fields["instance"] = Path(self.instance).name  # the content hash identifies the data
        text = json.dumps(fields, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:20]

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=list)

    @classmethod
    def from_json(cls, text: str) -> "RunSpec":
        fields = json.loads(text)
        fields["hidden"] = tuple(fields["hidden"])
        return cls(**fields)


def content_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def expand(
    instances: list[dict[str, Any]],
    formulations: list[str],
    encodings: list[str],
    solvers: list[str],
    seeds: list[int],
    time_limit: float,
    threads: int | None,
    jobs: int = 1,
) -> list[RunSpec]:
    """The cross product, instance-major so a partial sweep covers whole instances first.

    Each instance is a dict with ``path`` and the problem keys of :class:`RunSpec`
    (``hidden``, ``bound``, ``loss``, ...), and optionally its own ``time_limit``."""
    for formulation in formulations:
        check_formulation(formulation)  # fail before any run on a typo
    specs = []
    for instance in instances:
        path = instance["path"]
        if not Path(path).is_file():
            raise InputError(f"instance file {path} does not exist")
        digest = content_hash(path)
        problem = {k: v for k, v in instance.items() if k not in ("path", "extra")}
        problem["hidden"] = tuple(problem.get("hidden", ()))
        limit = problem.pop("time_limit", time_limit)
        for formulation, encoding, solver, seed in itertools.product(formulations, encodings, solvers, seeds):
            specs.append(
                RunSpec(
                    instance=str(path), formulation=formulation, encoding=encoding, solver=solver,
                    seed=seed, time_limit=limit, threads=threads, jobs=jobs, instance_hash=digest,
                    extra=instance.get("extra", {}), **problem,
                )
            )
    return specs
