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
    bias_bound: float | None = None  # biases' own bound (None: the weights')
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
    # Another relu-opt checkout (a folder holding its relu_opt package) whose ``relu-opt solve``
    # runs this spec instead of the installed one: the previous release, for before/after
    # comparisons on the same machine in one sweep (``bench/runner.py``). Empty: this one.
    release: str = ""

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
        for name, unset in (("bias_bound", None), ("release", "")):
            if fields[name] == unset:
                fields.pop(name)  # likewise for runs stored before these fields existed
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

    def solve_command(self, json_path: str) -> list[str]:
        """The ``relu-opt solve`` arguments of this run (writing its result to ``json_path``):
        how a run is handed to another release, whose command line is its stable interface."""
        if self.formulation.startswith("method:"):
            route = ["--method", self.formulation.split(":", 1)[1]]
        else:
            base, *steps = _steps(self.formulation)
            route = ["--formulation", base] + [f"--{'' if on else 'no-'}{name.replace('_', '-')}" for on, name in steps]
        command = [str(Path(self.instance).resolve()), "--hidden", ",".join(str(h) for h in self.hidden), "--loss", self.loss,
                   "--encoding", self.encoding, "--solver", self.solver, "--seed", str(self.seed),
                   "--time-limit", f"{self.time_limit:g}", "--jobs", str(self.jobs), "--json", json_path, "--quiet"]
        for flag, value in (("--bound", self.bound), ("--bias-bound", self.bias_bound),
                            ("--weight-decay", self.weight_decay)):
            if value is not None:
                command += [flag, repr(float(value))]
        if not self.hidden_bias:
            command.append("--no-hidden-bias")
        if not self.output_bias:
            command.append("--no-output-bias")
        if self.threads is not None:
            command += ["--threads", str(self.threads)]
        return ["solve", *command, *route]


def _steps(formulation: str) -> list:
    """'strong+obbt-screen' -> ['strong', (True, 'obbt'), (False, 'screen')]."""
    from ..solving.strategy import split_formulation

    base, *modifiers = split_formulation(formulation)
    return [base] + [(sign == "+", step) for sign, step in modifiers]


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
    release: str = "",
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
                    seed=seed, time_limit=limit, threads=threads, jobs=jobs, instance_hash=digest, release=release,
                    extra=instance.get("extra", {}), **problem,
                )
            )
    return specs
