"""A better incumbent found in an exported model becomes the problem's stored best."""

from __future__ import annotations

import io

import pytest

from relu_opt.library import improve

from ..conftest import BLOG_OPTIMUM, require_solver
from .test_export import SPEC, export


def test_a_better_network_from_a_model_file_is_stored(tmp_path, monkeypatch):
    require_solver("scip")
    rows = export(tmp_path, encodings=("bigm",))
    stored = []
    monkeypatch.setattr(improve, "_store", lambda *args: stored.append(args))
    problem = {"spec": SPEC, "known": {"status": "bounds", "best": 100.0, "lower": 0.0, "how": "x"}}
    row = next(r for r in rows if r["formulation"] == "plain")
    change = improve._try_model(tmp_path, row, problem, "scip", 20.0, io.StringIO())
    assert change is not None and change["old"] == 100.0
    # the stored value is the network's loss recomputed by numpy, not the solver's objective
    assert change["new"] == pytest.approx(BLOG_OPTIMUM, rel=1e-6) and change["new"] >= BLOG_OPTIMUM * (1 - 1e-12)
    name, number, _, network, value, how = stored[0]
    assert (name, number, value) == ("blog-quadratic", 1, change["new"]) and "plain-bigm" in how
    assert network.predict([[1.0]]).shape == (1, 1)
    problem["known"]["best"] = BLOG_OPTIMUM * 0.5  # nothing better than this exists: nothing stored
    assert improve._try_model(tmp_path, row, problem, "scip", 20.0, io.StringIO()) is None


def test_impossible_options_are_one_line_errors(tmp_path, capsys):
    for argv, named in ((["--time-limit", "-1"], "--time-limit must be positive"),
                        (["--folder", str(tmp_path / "nowhere")], "no manifest.json")):
        with pytest.raises(SystemExit) as stop:
            improve.main(argv)
        assert stop.value.code == 2
        last = capsys.readouterr().err.strip().splitlines()[-1]
        assert "error:" in last and named in last
