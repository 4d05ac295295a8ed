"""`relu-opt gap` on a network scikit-learn trained; pictures drawn for 1 and 2 inputs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from relu_opt.cli import main
from relu_opt.data import load_dataset
from relu_opt.interop.gap import optimality_gap, smallest_box
from relu_opt.network import Layer, Weights, loss_value

from ..conftest import BLOG, BLOG_OPTIMUM, ROOT, require_solver

TEACHER = ROOT / "instances" / "teacher" / "teacher-N16-n2-m2-p1-s0.csv"


def test_the_default_box_holds_the_network():
    net = Weights((Layer(np.array([[0.731, -2.04]]), np.array([0.5])), Layer(np.array([[1.0]]), None)))
    assert smallest_box(net) == pytest.approx(2.1)


def test_gap_of_a_network_trained_by_scikit_learn(tmp_path, capsys):
    require_solver("scip")
    pytest.importorskip("sklearn")
    skl2onnx = pytest.importorskip("skl2onnx")
    from sklearn.neural_network import MLPRegressor

    data = load_dataset(TEACHER)
    mlp = MLPRegressor(hidden_layer_sizes=(2,), max_iter=3000, random_state=0, alpha=0.0).fit(data.x, data.y[:, 0])
    path = tmp_path / "mlp.onnx"
    path.write_bytes(skl2onnx.to_onnx(mlp, data.x[:1].astype(np.float32)).SerializeToString())
    out = tmp_path / "gap.json"
    assert main(["gap", str(path), str(TEACHER), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    network_loss = loss_value(mlp.predict(data.x)[:, None], data.y, "squared")
    assert report["network_loss"] == pytest.approx(network_loss, rel=1e-5)  # float32 weights in the ONNX file
    assert report["proven"] and report["optimum_interval"][1] <= network_loss
    said = capsys.readouterr().out
    # the loss is named, and the excess read as a percentage or a factor ("40 times"), never "3.97e+03 %"
    assert "sum of squared errors" in said and ("% above the global optimum" in said or "times the global optimum" in said)
    assert "e+" not in said.split("(")[0]


def test_an_optimal_network_has_no_gap():
    require_solver("scip")
    optimum = Weights((Layer(np.array([[1.0 / 3.0]]), None), Layer(np.array([[54.0 / 7.0]]), None)))
    report = optimality_gap(optimum, load_dataset(BLOG), box=10.0)
    assert report.network_loss == pytest.approx(BLOG_OPTIMUM, rel=1e-12)
    assert report.proven and report.excess()[0] == pytest.approx(0.0, abs=1e-6)
    assert "globally optimal" in report.describe()


@pytest.mark.parametrize("data_file, hidden", [(BLOG, "1"), (TEACHER, "2")])
def test_pictures_are_written_for_one_and_two_inputs(tmp_path, data_file, hidden):
    require_solver("scip")
    pytest.importorskip("matplotlib")
    result, picture = tmp_path / "r.json", tmp_path / "fit.png"
    assert main(["solve", str(data_file), "--hidden", hidden, "--bound", "3", "--time-limit", "20", "-q",
                 "--json", str(result), "--picture", str(picture)]) == 0
    assert picture.stat().st_size > 10_000 and picture.read_bytes()[:4] == b"\x89PNG"
    again = tmp_path / "again.png"
    assert main(["plot", str(result), str(data_file), "--picture", str(again)]) == 0 and again.is_file()
    if data_file == BLOG:  # a 1-input network cannot draw 2-input data: one line, exit 2, no file
        # (--out is the previous release's name of --picture: still taken, with a deprecation line)
        assert main(["plot", str(result), str(ROOT / "instances" / "classic" / "xor.csv"), "--out", str(tmp_path / "no.png")]) == 2
        assert not (tmp_path / "no.png").exists()
