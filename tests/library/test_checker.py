"""The exact checker: MPS conventions, exact arithmetic, and what it catches."""

from __future__ import annotations

import subprocess
import sys

import pytest

from relu_opt.library.checker import check_point, parse_mps
from relu_opt.library.check import check_files

from .test_export import BLOG_OPTIMUM, export

TINY = """NAME tiny
ROWS
 N obj
 E sum
 L cap
COLUMNS
 x obj 1 sum 1
 y sum 1 cap 1
 z sum -1
 M1 'MARKER' 'INTORG'
 b cap -4
 M2 'MARKER' 'INTEND'
RHS
 rhs obj -10
 rhs cap 1
BOUNDS
 FR bnd x
 UP bnd y 3
 BV bnd b
QUADOBJ
 x x 2
 x y 1
QCMATRIX cap
 x y 0.5
 y x 0.5
ENDATA
"""


def test_mps_conventions_objective_constant_quadobj_and_qcmatrix():
    model = parse_mps(TINY.splitlines())
    # objective = 10 (minus the RHS) + x + ½(2 x^2) + x y (QUADOBJ's lower triangle stands for both halves)
    report = check_point(model, {"x": "3", "y": "5", "z": "8", "b": "1"})
    assert report.objective == 10 + 3 + 9 + 15
    assert report.bound_violation == 2.0  # y <= 3
    # cap: y - 4 b + x y <= 1 -> 5 - 4 + 15 = 16: violated by 15 (QCMATRIX lists both halves of x y)
    assert report.row_violation == 15.0 and "cap" in report.worst
    assert not report.feasible


def test_arithmetic_is_exact_where_floats_are_not():
    """0.1 + 0.2 - 0.3 is 5.6e-17 in floats and 0 for the decimals a file states."""
    model = parse_mps(TINY.splitlines())
    report = check_point(model, {"x": "0.1", "y": "0.2", "z": "0.30000000000000000", "b": "1"})
    assert 0.1 + 0.2 - 0.3 != 0.0
    assert report.row_violation == 0.0 and report.feasible
    assert report.missing == [] and report.unknown == []
    assert check_point(model, {"x": "1", "y": "0"}).missing == ["z", "b"]


def test_the_exported_solution_is_feasible_and_encodes_the_optimal_network(tmp_path):
    rows = export(tmp_path)
    for row in rows:
        result = check_files(tmp_path / f"gms/{row['model']}.gms", tmp_path / row["solution"])
        assert result.report.feasible and result.report.objective_agrees, result.lines()
        assert float(result.report.objective) == pytest.approx(BLOG_OPTIMUM, rel=1e-12)
        assert result.network_loss == pytest.approx(BLOG_OPTIMUM, rel=1e-12)


def test_a_binary_at_the_integrality_tolerance_is_caught(tmp_path):
    """The issue's trap: a binary of 9.5e-7 times a big-M lets a solver undercut the optimum."""
    rows = export(tmp_path, encodings=("bigm",))
    row = next(r for r in rows if r["encoding"] == "bigm" and r["formulation"] == "plain")
    solution = tmp_path / row["solution"]
    lines = solution.read_text().splitlines()
    on = next(k for k, line in enumerate(lines) if line.startswith("relu_1_0_0_on "))
    lines[on] = f"relu_1_0_0_on {float(lines[on].split()[1]) - 9.54e-7!r}"
    solution.write_text("\n".join(lines) + "\n")
    result = check_files(tmp_path / f"mps/{row['model']}.mps", solution)
    assert result.report.integrality_violation == pytest.approx(9.54e-7)
    assert not result.report.feasible


def test_cli_check_exit_codes(tmp_path):
    rows = export(tmp_path, encodings=("bigm",))
    row = rows[0]
    command = [sys.executable, "-m", "relu_opt.cli", "library", "check"]
    good = subprocess.run(command + [str(tmp_path / f"lp/{row['model']}.lp"), str(tmp_path / row["solution"])],
                          capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "feasible" in good.stdout and "network's true objective" in good.stdout
    missing = subprocess.run(command + [str(tmp_path / "nothing.mps"), str(tmp_path / row["solution"])],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    assert "nothing.mps" in missing.stderr


def test_a_solution_file_with_text_for_a_number_is_named(tmp_path):
    from relu_opt.errors import InputError

    rows = export(tmp_path, encodings=("bigm",))
    bad = tmp_path / "bad.sol"
    bad.write_text("=obj= 1\nw_1_0_0 abc\n")
    with pytest.raises(InputError, match="bad.sol:2: 'abc' is not a number"):
        check_files(tmp_path / f"mps/{rows[0]['model']}.mps", bad)


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_the_checker_says_the_same_at_every_data_scale(tmp_path, scale):
    """Data x, y scaled by s (no biases: the optimal network is unchanged, its loss x s^2): the
    stored point is accepted, a relative error of 1e-7 in one output or a binary off by 9.54e-7
    is caught, whatever s is (no absolute tolerance hides small-scale errors)."""
    import numpy as np

    from relu_opt.data import load_dataset, save_dataset_csv
    from relu_opt.library import Entry
    from relu_opt.library.checker import read_mps
    from relu_opt.library.export import FORMATS, export_problem
    from relu_opt.library.solutions import read_solution

    from ..conftest import BLOG
    from .test_export import BLOG_NETWORK, SPEC

    data = load_dataset(BLOG)
    scaled = tmp_path / "blog-scaled.csv"
    save_dataset_csv(type(data)(data.x * scale, data.y * scale, name="blog"), scaled, [])
    entry = Entry("blog-quadratic", scaled, {"problems": [{"spec": SPEC}]})
    known = {"status": "optimal", "value": BLOG_OPTIMUM * scale**2, "how": "closed form"}
    rows = export_problem(entry, 1, {"spec": SPEC, "known": known}, ["bigm"], list(FORMATS), tmp_path,
                          network=BLOG_NETWORK)
    row = next(r for r in rows if r["formulation"] == "plain")
    model = read_mps(tmp_path / f"mps/{row['model']}.mps")
    stated, values = read_solution(tmp_path / row["solution"])
    good = check_point(model, values, stated)
    assert good.feasible and good.objective_agrees
    assert float(good.objective) == pytest.approx(BLOG_OPTIMUM * scale**2, rel=1e-12)
    for name, change in (("out_0_0", lambda v: v * (1 + 1e-7)), ("relu_1_0_0_on", lambda v: v - 9.54e-7)):
        bad = {**values, name: repr(change(float(values[name])))}
        assert not check_point(model, bad, stated).feasible, (name, scale)
    assert not check_point(model, values, stated * (1 + 1e-7)).objective_agrees
    assert np.isfinite(good.objective_size) and good.objective_size > 0


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_validation_verdicts_are_scale_free(scale):
    from relu_opt.library.validate import _verdict

    row = {"known": {"status": "optimal", "value": 0.5 * scale**2, "how": "x"}, "trivial": 98.0 * scale**2}
    optimum = 0.5 * scale**2
    assert _verdict(row, "optimal", optimum * (1 + 1e-7)) == "agrees"
    assert _verdict(row, "optimal", optimum * (1 + 1e-5)) == "above"
    assert _verdict(row, "optimal", optimum * (1 - 1e-5)) == "tolerance"
    assert _verdict(row, "optimal", optimum * (1 - 1e-3)) == "below"
    exact_fit = {"known": {"status": "optimal", "value": 0.0, "how": "x"}, "trivial": 98.0 * scale**2}
    assert _verdict(exact_fit, "optimal", 98.0 * scale**2 * 1e-11) == "agrees"
    assert _verdict(exact_fit, "optimal", 98.0 * scale**2 * 1e-7) == "above"
