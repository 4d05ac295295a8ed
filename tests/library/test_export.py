"""Rendered models: every format is written, and read back by a solver gives the same optimum."""

from __future__ import annotations

import gzip
import shutil

import pytest

from relu_opt.api import define_problem
from relu_opt.backends import BACKENDS, SolveOptions
from relu_opt.library.export import FORMATS, _export_problem, models_for, write_manifest
from relu_opt.library import Entry
from relu_opt.backends.lowered import lower
from relu_opt.network import zero_network_objective
from relu_opt.solving.single import resolve_tolerances

from ..conftest import BLOG, BLOG_OPTIMUM, require_solver

SPEC = {"hidden": [1], "hidden_bias": False, "output_bias": False, "bound": 10.0, "loss": "squared"}


def export(tmp_path, spec=SPEC, encodings=("bigm", "sos1", "indicator", "complementarity")):
    entry = Entry("blog-quadratic", BLOG, {"problems": [{"spec": spec}]})
    return _export_problem(entry, 1, {"spec": spec, "tier": "trivial", "known": {"status": "optimal", "value": 38 / 7}},
                           list(encodings), list(FORMATS), tmp_path)


def test_every_model_and_format_is_written_with_a_manifest(tmp_path):
    rows = export(tmp_path)
    labels = {r["model"].split("-p1-")[1] for r in rows}
    assert labels == {"plain-bigm", "plain-sos1", "plain-indicator", "plain-complementarity", "normalized-bigm"}
    for row in rows:
        expected = {f"{row['model']}.{f}.gz" for f in FORMATS} - ({f"{row['model']}.gms.gz"} if row["sos1_constraints"] else set())
        assert set(row["files"]) == expected
        assert all((tmp_path / f).stat().st_size > 0 for f in row["files"])
    indicator = next(r for r in rows if r["encoding"] == "indicator")
    assert "gdp.bigm" in indicator["note"] and indicator["binary_variables"] > 0
    normalized = next(r for r in rows if r["formulation"] == "normalized")
    assert normalized["quadratic_constraints"] == 0 and normalized["convex_constraints"]
    write_manifest(rows, tmp_path)
    assert (tmp_path / "manifest.json").is_file() and "known_how" in (tmp_path / "manifest.csv").read_text()


def in_memory_optimum(spec, encoding, formulation, solver):
    problem = define_problem(BLOG, spec["hidden"], **{k: v for k, v in spec.items() if k != "hidden"}, encoding=encoding)
    label = f"{formulation}-{encoding}"
    training = dict(models_for(problem, [encoding]))[label]
    lowered = lower(training.model)
    trivial = zero_network_objective(training.dataset.y, training.loss)
    raw = BACKENDS[solver].solve(lowered, resolve_tolerances(SolveOptions(time_limit=60), lowered, trivial))
    return raw.objective


def scip_reads(path):
    import pyscipopt

    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(str(path))
    model.setParam("limits/time", 60)
    model.optimize()
    assert model.getStatus() in ("optimal", "gaplimit")
    return model.getObjVal()


@pytest.mark.parametrize(
    "encoding",
    ["bigm", pytest.param("sos1", marks=pytest.mark.slow), pytest.param("complementarity", marks=pytest.mark.slow)],
)
def test_scip_reads_mps_lp_and_nl_back_with_the_same_optimum(tmp_path, encoding):
    """L1 loss: a linear objective keeps SCIP fast on every format (with the squared loss it took
    46 s on the MPS copy of the model it solves in 0.07 s from LP); the bilinear rows are there."""
    require_solver("scip")
    spec = {**SPEC, "loss": "l1"}
    export(tmp_path, spec=spec, encodings=(encoding,))
    stem = tmp_path / f"blog-quadratic-p1-plain-{encoding}"
    expected = in_memory_optimum(spec, encoding, "plain", "scip")
    assert expected == pytest.approx(4.0, rel=1e-4)
    for suffix in (".mps.gz", ".lp.gz"):
        assert scip_reads(f"{stem}{suffix}") == pytest.approx(expected, rel=1e-4)
    nl = tmp_path / "model.nl"  # SCIP's NL reader does not take gzip
    with gzip.open(f"{stem}.nl.gz", "rb") as packed, open(nl, "wb") as plain:
        shutil.copyfileobj(packed, plain)
    assert scip_reads(nl) == pytest.approx(expected, rel=1e-4)


def test_highs_reads_the_normalized_milp_back(tmp_path):
    require_solver("highs")
    import highspy

    spec = {**SPEC, "loss": "l1"}
    export(tmp_path, spec=spec, encodings=("bigm",))
    expected = in_memory_optimum(spec, "bigm", "normalized", "highs")
    highs = highspy.Highs()
    highs.silent()
    assert highs.readModel(str(tmp_path / "blog-quadratic-p1-normalized-bigm.mps.gz")) == highspy.HighsStatus.kOk
    highs.run()
    assert highs.getInfo().objective_function_value == pytest.approx(expected, abs=1e-7)
    assert expected == pytest.approx(4.0, abs=1e-7)  # L1 fit through the origin: slopes in [2, 3]


@pytest.mark.parametrize("fmt", ["lp", "mps"])
def test_gurobi_reads_the_squared_loss_model_back(tmp_path, fmt):
    require_solver("gurobi")
    import gurobipy as gp

    export(tmp_path, encodings=("bigm",))
    with gp.Env(params={"OutputFlag": 0}) as env:
        model = gp.read(str(tmp_path / f"blog-quadratic-p1-plain-bigm.{fmt}.gz"), env)
        model.Params.NonConvex = 2
        model.optimize()
        assert model.ObjVal == pytest.approx(BLOG_OPTIMUM, rel=1e-4)


def test_gams_file_declares_the_model(tmp_path):
    """No GAMS here to read it back: check the statements a GAMS run needs are present."""
    export(tmp_path, encodings=("bigm",))
    text = gzip.open(tmp_path / "blog-quadratic-p1-plain-bigm.gms.gz", "rt").read()
    assert "MODEL GAMS_MODEL" in text and "SOLVE GAMS_MODEL USING" in text
    assert "binary variables" in text.lower()  # the big-M encoding's activation binaries
