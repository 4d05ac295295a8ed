"""Rendered models: the MINLPLib layout, the same names in every format, model types by content,
solution files, and solvers reading every format back to the same optimum."""

from __future__ import annotations

import gzip
import json

import pytest

from relu_opt.library import Entry
from relu_opt.library.export import FORMATS, export_problem, merged_with_folder, write_manifest
from relu_opt.network import Weights

from ..conftest import BLOG, BLOG_OPTIMUM, require_solver

SPEC = {"hidden": [1], "hidden_bias": False, "output_bias": False, "bound": 10.0, "loss": "squared"}
# The seed blog's optimum: w1 = 1/3, w2 = 54/7 (found by CAD); any w1 c, w2 / c is optimal too.
BLOG_NETWORK = Weights.from_lists([{"W": [[1 / 3]], "b": None}, {"W": [[54 / 7]], "b": None}])
ENCODINGS = ("bigm", "sos1", "indicator", "complementarity")


def export(folder, spec=SPEC, encodings=ENCODINGS, network=BLOG_NETWORK, known=BLOG_OPTIMUM):
    entry = Entry("blog-quadratic", BLOG, {"problems": [{"spec": spec}]})
    problem = {"spec": spec, "tier": "trivial", "known": {"status": "optimal", "value": known, "exact": "38/7",
                                                          "how": "closed form"}}
    rows = export_problem(entry, 1, problem, list(encodings), list(FORMATS), folder, network=network)
    write_manifest(rows, folder)
    return rows


def text(folder, relative):
    path = folder / relative
    return gzip.open(path, "rt").read() if relative.endswith(".gz") else path.read_text()


def test_layout_is_one_folder_per_format_with_solutions_and_metadata(tmp_path):
    rows = export(tmp_path)
    labels = {r["model"].split("-p1-")[1] for r in rows}
    assert labels == {"plain-bigm", "plain-sos1", "plain-indicator", "plain-complementarity", "normalized-bigm"}
    for row in rows:
        assert sorted(f.split("/")[0] for f in row["files"]) == sorted(FORMATS)  # SOS1 models have .gms too
        assert all(f == f"{f.split('/')[0]}/{row['model']}.{f.split('/')[0]}" for f in row["files"])  # small: plain text
        assert row["solution"] == f"sol/{row['model']}.p1.sol"
        assert (tmp_path / "nl" / f"{row['model']}.col").is_file()
    assert {p.name for p in tmp_path.iterdir()} >= {"instancedata.csv", "relu-opt.solu", "manifest.json", "sol", *FORMATS}
    indicator = next(r for r in rows if r["encoding"] == "indicator")
    assert "gdp.bigm" in indicator["note"] and indicator["nbinvars"] > 0


def test_every_format_names_the_variables_of_the_solution_file(tmp_path):
    rows = export(tmp_path)
    for row in rows:
        names = [line.split()[0] for line in (tmp_path / row["solution"]).read_text().splitlines()[1:]]
        assert len(names) == row["nvars"]
        assert {"u_0_0"} <= set(names) if row["formulation"] == "normalized" else {"w_1_0_0", "w_2_0_0"} <= set(names)
        for fmt in ("lp", "mps", "gms", "osil"):
            body = text(tmp_path, f"{fmt}/{row['model']}.{fmt}")
            assert all(name in body for name in names), (row["model"], fmt)
        assert set((tmp_path / "nl" / f"{row['model']}.col").read_text().split()) <= set(names)


def test_model_types_and_constants_say_the_truth(tmp_path):
    rows = {r["encoding"] + "-" + r["formulation"]: r for r in export(tmp_path)}
    assert rows["complementarity-plain"]["gams_type"] == "QCP"  # continuous, bilinear rows
    assert rows["bigm-plain"]["gams_type"] == "MIQCP"
    assert rows["sos1-plain"]["gams_type"] == "MIQCP" and rows["sos1-plain"]["nsos1"] == 3
    assert rows["bigm-normalized"]["probtype"] == "MBQP" and rows["bigm-normalized"]["nquadcons"] == 0
    for row in rows.values():
        gms = text(tmp_path, f"gms/{row['model']}.gms")
        assert f"using {row['gams_type']} minimizing objvar" in gms
        lp = text(tmp_path, f"lp/{row['model']}.lp")
        mps = text(tmp_path, f"mps/{row['model']}.mps")
        assert "ONE_VAR_CONSTANT" not in lp + mps
        assert " objconst = 1" in lp  # LP's constant sits on a fixed column ...
        assert " rhs obj -98" in mps  # ... MPS's is the objective row's RHS: sum y^2 = 98
        assert "#" not in text(tmp_path, f"nl/{row['model']}.nl")  # CasADi's parser takes no comments
    sos = text(tmp_path, f"gms/{rows['sos1-plain']['model']}.gms")
    assert "SOS1 Variable sosvar(sosset, sosmember);" in sos


def test_metadata_states_the_known_value_with_its_tolerance(tmp_path):
    rows = export(tmp_path)
    solu = (tmp_path / "relu-opt.solu").read_text().split("\n")
    assert all(any(line.startswith("=opt=") and r["model"] in line and repr(BLOG_OPTIMUM) in line for line in solu) for r in rows)
    header, *lines = (tmp_path / "instancedata.csv").read_text().splitlines()
    columns = header.split(";")
    assert columns[:3] == ["name", "probtype", "nvars"] and {"primalbound", "dualbound", "tolerance"} <= set(columns)
    first = dict(zip(columns, lines[0].split(";")))
    assert float(first["primalbound"]) == float(first["dualbound"]) == BLOG_OPTIMUM  # a closed form
    assert first["tolerance"].startswith("0")
    manifest = json.loads((tmp_path / "manifest.json").read_text())["models"]
    assert [m["model"] for m in manifest] == [r["model"] for r in rows]


def scip_optimum(path):
    import pyscipopt

    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(str(path))
    model.setParam("limits/time", 60)
    model.optimize()
    assert model.getStatus() in ("optimal", "gaplimit")
    return model.getObjVal()


def l1_export(folder, encodings):
    """L1 loss: a linear objective keeps SCIP fast on every format; the point comes from a solve."""
    from relu_opt import train

    spec = {**SPEC, "loss": "l1"}
    solved = train(BLOG, [1], hidden_bias=False, output_bias=False, bound=10.0, loss="l1")
    assert solved.proven_optimal and solved.objective == pytest.approx(4.0, abs=1e-9)
    return export(folder, spec=spec, encodings=encodings, network=solved.weights, known=4.0)


@pytest.mark.parametrize("encoding", ["bigm", pytest.param("sos1", marks=pytest.mark.slow)])
def test_scip_reads_every_format_back_with_the_same_optimum(tmp_path, encoding):
    require_solver("scip")
    rows = l1_export(tmp_path, (encoding,))
    for row in rows:
        for fmt in ("lp", "mps", "osil", "nl"):
            assert scip_optimum(tmp_path / f"{fmt}/{row['model']}.{fmt}") == pytest.approx(4.0, abs=1e-5), (row["model"], fmt)


def test_highs_reads_the_normalized_milp_back(tmp_path):
    require_solver("highs")
    import highspy

    rows = l1_export(tmp_path, ("bigm",))
    normalized = next(r for r in rows if r["formulation"] == "normalized")
    assert normalized["gams_type"] == "MIP" and normalized["probtype"].endswith("LP")
    for fmt in ("mps", "lp"):
        highs = highspy.Highs()
        highs.silent()
        assert highs.readModel(str(tmp_path / f"{fmt}/{normalized['model']}.{fmt}")) == highspy.HighsStatus.kOk
        highs.run()
        assert highs.getInfo().objective_function_value == pytest.approx(4.0, abs=1e-7)


@pytest.mark.parametrize("fmt", ["lp", "mps"])
def test_gurobi_reads_the_squared_loss_model_back(tmp_path, fmt):
    require_solver("gurobi")
    import gurobipy as gp

    export(tmp_path, encodings=("bigm",))
    with gp.Env(params={"OutputFlag": 0}) as env:
        model = gp.read(str(tmp_path / f"{fmt}/blog-quadratic-p1-plain-bigm.{fmt}"), env)
        model.Params.NonConvex = 2
        model.optimize()
        assert model.ObjVal == pytest.approx(BLOG_OPTIMUM, rel=1e-6)


def test_exporting_some_models_again_keeps_the_other_models_in_the_manifest(tmp_path):
    rows = export(tmp_path)
    again = [dict(rows[1], tier="easy")]  # one model re-exported with new metadata
    merged = merged_with_folder(again, tmp_path)
    assert [r["model"] for r in merged] == [r["model"] for r in rows]  # none lost, order kept
    assert merged[1]["tier"] == "easy" and merged[0] == json.loads(json.dumps(rows[0]))
    extra = dict(rows[0], model="another-model")
    assert [r["model"] for r in merged_with_folder([extra], tmp_path)][-1] == "another-model"
