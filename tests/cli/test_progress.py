"""The live status line reaches the terminal even while a solver's C output is redirected."""

from __future__ import annotations

import math

from relu_opt.backends import Progress
from relu_opt.backends.base import c_output_to
from relu_opt.cli.progress import ProgressLine


def test_status_lines_are_not_swallowed_by_the_solver_log(tmp_path, capfd):
    line = ProgressLine(interval=0.0)
    log = tmp_path / "solver.log"
    with c_output_to(log):  # what the SCIP backend does during optimize()
        line(Progress(elapsed=1.0, nodes=10, incumbent=2.0, bound=1.0))
    line.close()
    captured = capfd.readouterr().err
    assert "nodes" in captured and "incumbent 2" in captured
    assert "incumbent" not in log.read_text()


def test_the_gap_column_handles_missing_values(tmp_path):
    path = tmp_path / "out.txt"
    with open(path, "w") as stream:
        line = ProgressLine(stream, interval=0.0)
        line(Progress(elapsed=0.5, nodes=0, incumbent=math.inf, bound=-math.inf))
        line(Progress(elapsed=0.6, nodes=1, incumbent=0.0, bound=0.0))
        line.close()
    text = path.read_text()
    assert "gap -" in text and "0.00e+00 abs" in text
