"""The committed benchmark library (models/): metadata consistent with the instance index, every
solution point accepted by the exact checker, and every point's network as good as stated."""

from __future__ import annotations

import csv
import json
import pytest

from relu_opt.library import load_index
from relu_opt.library.check import check_files
from relu_opt.data import load_dataset
from relu_opt.library.metadata import bounds_of
from relu_opt.api import define_problem
from relu_opt.library.index import problem_arguments
from relu_opt.results import OPTIMALITY_GAP, ZERO_LEVEL

from ..conftest import ROOT

MODELS = ROOT / "models"
MANIFEST = json.loads((MODELS / "manifest.json").read_text())["models"]
INDEX = {entry.name: entry for entry in load_index()}
SMALL = [r for r in MANIFEST if r.get("solution") and not any(f.endswith(".gz") for f in r["files"])]
LARGE = [r for r in MANIFEST if r.get("solution") and any(f.endswith(".gz") for f in r["files"])]


def test_every_listed_file_exists_and_every_problem_is_exported():
    for row in MANIFEST:
        assert all((MODELS / f).is_file() for f in row["files"]), row["model"]
        assert len(row["files"]) == 5, row["model"]  # gms lp mps nl osil, SOS1 models included
    exported = {(r["instance"], r["problem_number"]) for r in MANIFEST}
    listed = {(name, k) for name, entry in INDEX.items() for k in range(1, len(entry.problems) + 1)}
    assert exported == listed


def test_metadata_states_the_index_values():
    with open(MODELS / "instancedata.csv") as handle:
        table = {row["name"]: row for row in csv.DictReader(handle, delimiter=";")}
    solu = {}
    for line in (MODELS / "relu-opt.solu").read_text().splitlines():
        kind, name, value = line.split()
        solu.setdefault(name, {})[kind] = float(value)
    assert set(table) == {r["model"] for r in MANIFEST}
    for row in MANIFEST:
        problem = INDEX[row["instance"]].problems[row["problem_number"] - 1]
        assert row["known"] == problem.get("known"), row["model"]  # exported after the last library build
        status, primal, dual, _ = bounds_of(row)
        if status == "optimal":
            assert solu[row["model"]] == {"=opt=": primal}
        elif primal is not None:
            assert solu[row["model"]]["=best="] == primal
        assert table[row["model"]]["primalbound"] == ("" if primal is None else repr(primal))


def check(row):
    result = check_files(MODELS / row["files"][0], MODELS / row["solution"])
    report = result.report
    assert report.feasible and report.objective_agrees, result.lines()
    status, primal, dual, _ = bounds_of(row)
    assert result.network_loss is not None, result.network_note
    # the point's network is the stated value: its loss recomputed by numpy = the model's exact objective
    assert result.network_loss == pytest.approx(float(report.objective), rel=1e-9, abs=1e-12)
    if primal is not None and status in ("optimal", "certified"):
        # the stated optimum's tolerance: relu-opt's certified gap, 1e-6 of max(value, 1e-4 x the
        # reference objective, the best constant network's)
        entry = INDEX[row["instance"]]
        arguments = problem_arguments(row["problem"])
        problem = define_problem(load_dataset(entry.file), arguments.pop("hidden"), **arguments)
        reference = problem.reference_objective()
        assert result.network_loss - primal <= OPTIMALITY_GAP * max(primal, ZERO_LEVEL * reference) + 1e-15
    if primal is not None and status == "bounds":
        assert result.network_loss == pytest.approx(primal, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("row", SMALL, ids=[r["model"] for r in SMALL])
def test_the_solution_point_is_feasible_and_its_network_has_the_stated_loss(row):
    check(row)


@pytest.mark.slow
@pytest.mark.parametrize("row", LARGE, ids=[r["model"] for r in LARGE])
def test_the_large_models_solution_points_too(row):
    check(row)
