"""The relu-opt command: summary, JSON, exit codes, and no output file on failure."""

from __future__ import annotations

import argparse

import json
import shutil
import subprocess
import sys

import pytest

from relu_opt.backends import BACKENDS
from relu_opt.cli import build_parser, main
from relu_opt.data import load_dataset

from ..conftest import BLOG, BLOG_OPTIMUM, ROOT, require_solver

BLOG_ARGS = ["solve", str(BLOG), "--hidden", "1", "--no-bias", "--bound", "10"]
REQUIRED_JSON_KEYS = {
    "objective", "bound", "gap", "proven_optimal", "recomputed_objective", "termination",
    "solver", "encoding", "domain", "weights",
}


def test_solve_prints_certificate_and_writes_json(tmp_path, capsys):
    require_solver("scip")
    out = tmp_path / "result.json"
    assert main([*BLOG_ARGS, "--encoding", "bigm", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "GLOBAL OPTIMUM" in text and "5.42857" in text and "|w|, |b| <= 10" in text
    document = json.loads(out.read_text())
    assert REQUIRED_JSON_KEYS <= document.keys()
    assert document["proven_optimal"] is True
    assert document["recomputed_objective"] == pytest.approx(BLOG_OPTIMUM, rel=1e-6)
    assert document["encoding"] == "bigm" and document["solver"] == "scip"
    assert [len(layer["W"]) for layer in document["weights"]] == [1, 1]
    assert not [p for p in tmp_path.iterdir() if p.name != "result.json"]  # no temp files left


def test_json_to_stdout(capsys):
    require_solver("scip")
    assert main([*BLOG_ARGS, "--json", "-", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["proven_optimal"] is True


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--bound", "-1"], "positive finite"),
        (["--bound", "nan"], "positive finite"),
        (["--time-limit", "0"], "impossible time limit"),
        (["--gap", "2"], "impossible relative gap"),
        (["--hidden", "0"], "width must be at least 1"),
        (["--layer-bound", "7=1"], "names layer 7"),
        (["--layer-bound", "x"], "LAYER=BOUND"),
        (["--weight-decay", "-1"], "weight decay must be a positive"),
        (["--bias-bound", "0"], "positive finite"),
        (["--method", "sampled", "--weight-decay", "0.1", "--samples", "0"], "--samples must be at least 1"),
        (["--method", "sampled", "--weight-decay", "0.1", "--samples", "-3"], "--samples must be at least 1"),
        (["--method", "nuclear", "--iterations", "0"], "--iterations must be at least 1"),
        (["--encoding", "magic"], "invalid choice: 'magic'"),
        (["--solver", "cplex"], "invalid choice: 'cplex'"),
        (["--loss", "huber"], "invalid choice: 'huber'"),
        (["--method", "gradient"], "invalid choice: 'gradient'"),
    ],
)
def test_impossible_options_exit_2_without_output(tmp_path, capsys, extra, message):
    out = tmp_path / "result.json"
    assert main([*BLOG_ARGS, *extra, "--json", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_no_domain_exits_2(capsys):
    assert main(["solve", str(BLOG), "--hidden", "1"]) == 2
    assert "no domain" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, message",
    [("x1,y1\n1,nan\n", "y1 is nan"), ("x1,y1\n1\n", "has 1 fields"), ("x1,y1\n", "header only"),
     ("x1,y1\na,1\n", "not a number"), ("x1,y1\n1e308,1\n2,3\n", "beyond the 1e+100"),
     ("x1,y1\n1,-1e200\n", "beyond the 1e+100")],
)
def test_bad_data_exits_2_without_output(tmp_path, capsys, content, message):
    data, out = tmp_path / "bad.csv", tmp_path / "result.json"
    data.write_text(content)
    assert main(["solve", str(data), "--hidden", "1", "--bound", "1", "--json", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_json_path_fails_before_solving(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(BACKENDS["scip"], "solve", lambda *a: pytest.fail("solved anyway"))
    assert main([*BLOG_ARGS, "--json", str(tmp_path / "missing" / "r.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_highs_refusal_exits_3(tmp_path, capsys):
    require_solver("highs")
    out = tmp_path / "result.json"
    assert main([*BLOG_ARGS, "--solver", "highs", "--json", str(out)]) == 3
    err = capsys.readouterr().err
    assert "highs cannot take this model" in err and "Solvers that can" in err
    assert not out.exists()


def test_missing_solver_exits_3(monkeypatch, capsys):
    monkeypatch.setattr(BACKENDS["gurobi"], "unavailable_reason", lambda: "gurobipy is not installed")
    assert main([*BLOG_ARGS, "--solver", "gurobi"]) == 3
    assert "gurobipy is not installed" in capsys.readouterr().err


def test_internal_error_exits_1_with_one_line(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("relu_opt.cli.solve.solve", broken)
    assert main(BLOG_ARGS) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err


def test_a_failing_solver_gives_not_proven_not_exit_1(monkeypatch, capsys):
    """Issue 10: a backend error ('error in LP solver!') is reported as an unproven result."""
    require_solver("scip")

    def broken(*args):
        raise RuntimeError("SCIP: error in LP solver!")

    monkeypatch.setattr(BACKENDS["scip"], "solve", broken)
    assert main([*BLOG_ARGS, "--jobs", "1"]) == 0  # in this process, where the patch is
    out = capsys.readouterr().out
    assert "NOT PROVEN" in out and "error in LP solver" in out


@pytest.mark.parametrize("command", ["solve", "certify", "bench", "report", "solvers"])
def test_help_documents_every_option(command):
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]
    text = sub.format_help()
    for action in sub._actions:
        if action.help == argparse.SUPPRESS:  # a deprecated spelling, kept one release (it says so when used)
            continue
        for option in action.option_strings:
            assert option in text
        if action.option_strings and action.dest != "help":
            assert action.help, f"{command} {action.option_strings} has no help text"
    assert "(default: )" not in text  # an empty default says nothing


def test_solve_with_another_method_writes_the_same_json(tmp_path, capsys):
    pytest.importorskip("cvxpy")
    out = tmp_path / "r.json"
    data = str(ROOT / "instances" / "teacher" / "teacher-N8-n2-m2-p1-s0.csv")
    assert main(["solve", data, "--hidden", "2", "--weight-decay", "0.05", "--method", "convex", "--json", str(out)]) == 0
    document = json.loads(out.read_text())
    assert REQUIRED_JSON_KEYS <= document.keys() and document["solver"] == "convex"
    assert document["proven_optimal"] is True and document["details"]["neurons_used"] <= 2
    assert main(["solve", data, "--hidden", "2", "--bound", "1", "--method", "convex"]) == 2
    assert "needs weight decay" in capsys.readouterr().err


def test_certify_exact_from_the_command_line(tmp_path, capsys):
    pytest.importorskip("z3")
    out = tmp_path / "c.json"
    args = ["certify", str(BLOG), "--hidden", "1", "--no-bias", "--bound", "10", "--exact"]
    assert main([*args, "--tau", "38/7", "--json", str(out)]) == 0
    assert "exactly 38/7" in capsys.readouterr().out
    document = json.loads(out.read_text())
    assert document["verdict"] == "exact optimum" and document["at_upper"]["witness"]["w[1,0,0]"]
    assert main([*args, "--tau", "thirty-eight"]) == 2
    assert "expects a rational" in capsys.readouterr().err
    assert main([*args, "--lower", "5"]) == 2


def test_solvers_command(capsys):
    assert main(["solvers"]) == 0
    text = capsys.readouterr().out
    assert "scip" in text and "highs" in text and "encodings:" in text


@pytest.mark.skipif(shutil.which("relu-opt") is None, reason="console script not installed")
def test_console_script_runs():
    done = subprocess.run(["relu-opt", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "solve" in done.stdout
    done = subprocess.run(["relu-opt", "solve"], capture_output=True, text=True, check=False)
    assert done.returncode == 2  # argparse: missing DATA


def test_module_entry_point():
    done = subprocess.run([sys.executable, "-m", "relu_opt.cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "relu-opt" in done.stdout


def test_verbose_solver_log_keeps_json_on_stdout_valid():
    """--verbose prints the solver's log; with --json - it goes to stderr (issue 10)."""
    require_solver("scip")
    done = subprocess.run(
        [sys.executable, "-m", "relu_opt.cli", *BLOG_ARGS, "--verbose", "--json", "-"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["proven_optimal"] is True
    assert "SCIP" in done.stderr  # the log went somewhere visible


def test_time_limit_bounds_loading_warm_start_and_model_building(tmp_path):
    """A data file far too large to model in the time limit stops near the limit, with the
    warm start's network as an unproven incumbent (a 60 MB CSV ran > 300 s with --time-limit 5)."""
    require_solver("scip")
    import time

    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (200_000, 2))
    data = tmp_path / "large.csv"
    np.savetxt(data, np.hstack([x, np.abs(x[:, :1]) - x[:, 1:]]), delimiter=",", header="x1,x2,y1", comments="")
    out = tmp_path / "result.json"
    begin = time.perf_counter()
    assert main(["solve", str(data), "--hidden", "2", "--bound", "3", "--time-limit", "3", "--json", str(out), "-q"]) == 0
    assert time.perf_counter() - begin < 15  # the limit, plus scoring the incumbent on every point
    document = json.loads(out.read_text())
    assert document["verdict"] == "feasible_not_proven" and document["weights"] is not None
    assert any("not_built" in part for part in document["details"]["parts"])


def test_written_files_are_readable_by_others(tmp_path):
    require_solver("scip")
    import os
    import stat

    out = tmp_path / "result.json"
    assert main([*BLOG_ARGS, "--json", str(out), "-q"]) == 0
    mode = stat.S_IMODE(os.stat(out).st_mode)
    assert mode == 0o666 & ~_umask(), oct(mode)  # not the 0600 of a temporary file


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_pictures_without_matplotlib_are_a_clear_input_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the [plot] extra were missing
    out, picture = tmp_path / "sqrt2.csv", tmp_path / "sqrt2.png"
    assert main(["generate", "etr", "--text", "X + X = Y", "--csv", str(out), "--picture", str(picture)]) == 2
    err = capsys.readouterr().err
    assert "pip install 'relu-opt[plot]'" in err and err.count("\n") == 1
    assert not out.exists() and not picture.exists()


def test_a_single_gadget_dataset_from_the_command_line(tmp_path):
    out = tmp_path / "inversion.csv"
    assert main(["generate", "gadget", "inversion", "--csv", str(out)]) == 0
    data = load_dataset(out)
    assert (data.n_inputs, data.n_outputs) == (1, 2) and data.n_points >= 13


def test_library_problems_by_name(capsys):
    require_solver("scip")
    assert main(["solve", "blog-quadratic", "--json", "-", "-q"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["domain"] == "|w|, |b| <= 10" and document["architecture"].startswith("1 -> 1 -> 1")
    assert document["proven_optimal"] is True
    assert main(["solve", "blog-quadratic", "--bound", "0.5", "--json", "-", "-q"]) == 0  # a flag overrides
    assert json.loads(capsys.readouterr().out)["domain"] == "|w|, |b| <= 0.5"
    assert main(["solve", "no-such-problem"]) == 2
    assert main(["library", "show", "blog-quadratic"]) == 0
    assert "reproduce: relu-opt solve blog-quadratic" in capsys.readouterr().out


def _stdout_of(*arguments: str) -> tuple[int, str, str]:
    """Run the command line in a fresh process (HiGHS prints its banner once per process)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "relu_opt.cli", *arguments], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    return done.returncode, done.stdout, done.stderr


def test_stdout_holds_only_our_own_lines():
    """HiGHS's "Running HiGHS ... Copyright" banner once reached stdout in solve, solve --quiet,
    solvers and gap: nothing but relu-opt's own output goes there."""
    require_solver("scip")
    code, out, _ = _stdout_of(*[str(a) for a in BLOG_ARGS], "--quiet")
    assert code == 0 and out == ""  # --quiet: nothing but errors, and those go to stderr
    code, out, _ = _stdout_of("solvers")
    assert code == 0 and "HiGHS 1" not in out.split("highs")[0] and "Copyright" not in out
    assert all(line.startswith(("scip", "gurobi", "highs", " ")) for line in out.splitlines())
    code, out, _ = _stdout_of(*[str(a) for a in BLOG_ARGS])
    assert code == 0 and "Copyright" not in out and out.startswith("relu-opt: blog-quadratic")


def test_deprecated_names_still_work_and_say_so(tmp_path, capsys):
    out = tmp_path / "t.csv"
    assert main(["generate", "teacher", "--points", "5", "--hidden", "2,2", "--out", str(out)]) == 0
    assert "--out is deprecated" in capsys.readouterr().err and out.is_file()
    assert "--hidden 2,2" in out.read_text()  # a two-layer teacher, widths as solve takes them
    assert main(["instances", "show", "blog-quadratic"]) == 0
    assert "'relu-opt instances show' is deprecated" in capsys.readouterr().err
