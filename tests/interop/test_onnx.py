"""Networks to ONNX and back: onnxruntime reproduces relu-opt's predictions; scikit-learn's
exporter and MLPRegressor read; anything else refused naming the node."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from relu_opt.cli import main  # noqa: E402
from relu_opt.errors import InputError  # noqa: E402
from relu_opt.generators.teacher import random_network, teacher_dataset  # noqa: E402
from relu_opt.interop.networks import from_mlp_regressor, read_network  # noqa: E402
from relu_opt.interop.onnx_io import network_from_onnx, network_to_onnx  # noqa: E402
from relu_opt.network import Layer, Weights  # noqa: E402

from ..conftest import BLOG, require_solver  # noqa: E402


@pytest.mark.parametrize("sizes", [(2, 3, 1), (1, 4, 3, 2), (3, 2)])
def test_onnxruntime_reproduces_the_network(sizes):
    net = random_network(sizes, np.random.default_rng(len(sizes)), scale=1.0)
    x = np.random.default_rng(9).uniform(-2, 2, (50, sizes[0]))
    session = ort.InferenceSession(network_to_onnx(net, precision="float64").SerializeToString())
    assert np.allclose(session.run(None, {"X": x})[0], net.predict(x), rtol=1e-12, atol=1e-12)
    back = network_from_onnx(network_to_onnx(net, precision="float64"))
    assert all(np.array_equal(a.weight, b.weight) and np.array_equal(a.bias, b.bias) for a, b in zip(back.layers, net.layers))


def test_the_default_export_is_float32_and_says_so():
    """float32 is the ecosystem's default input type: onnxruntime refuses float32 input to a
    float64 graph. Predictions agree to single precision; the metadata names the precision."""
    net = random_network((2, 3, 1), np.random.default_rng(4), scale=1.0)
    x = np.random.default_rng(5).uniform(-2, 2, (20, 2))
    model = network_to_onnx(net)
    assert {p.key: p.value for p in model.metadata_props}["relu_opt_precision"] == "float32"
    session = ort.InferenceSession(model.SerializeToString())
    out = session.run(None, {"X": x.astype(np.float32)})[0]
    assert out.dtype == np.float32 and np.allclose(out, net.predict(x), rtol=1e-5, atol=1e-5)
    double = network_to_onnx(net, precision="float64")
    assert {p.key: p.value for p in double.metadata_props}["relu_opt_precision"] == "float64"
    with pytest.raises(InputError, match="unknown ONNX precision"):
        network_to_onnx(net, precision="float16")


def test_a_network_without_biases_round_trips():
    net = Weights((Layer(np.array([[1.0, -2.0]]), None), Layer(np.array([[3.0]]), None)))
    back = network_from_onnx(network_to_onnx(net, precision="float64"))
    assert back.layers[0].bias is None and np.array_equal(back.layers[1].weight, net.layers[1].weight)


def test_scikit_learn_networks_are_read_from_onnx_and_directly(tmp_path):
    sklearn = pytest.importorskip("sklearn")  # noqa: F841
    skl2onnx = pytest.importorskip("skl2onnx")
    from sklearn.neural_network import MLPRegressor

    data = teacher_dataset(30, 2, [2], 1, seed=5)
    mlp = MLPRegressor(hidden_layer_sizes=(3, 2), max_iter=300, random_state=0).fit(data.x, data.y[:, 0])
    direct = from_mlp_regressor(mlp)
    assert np.allclose(direct.predict(data.x)[:, 0], mlp.predict(data.x), rtol=1e-12, atol=1e-12)
    path = tmp_path / "mlp.onnx"
    path.write_bytes(skl2onnx.to_onnx(mlp, data.x[:1].astype(np.float32)).SerializeToString())
    read = read_network(path)  # Cast, MatMul + Add, Relu, ..., Reshape; float32 weights
    assert np.allclose(read.predict(data.x)[:, 0], mlp.predict(data.x), atol=1e-5)
    with pytest.raises(InputError, match="activation 'tanh'"):
        from_mlp_regressor(MLPRegressor(hidden_layer_sizes=(2,), activation="tanh", max_iter=50).fit(data.x, data.y[:, 0]))


def _graph(op: str) -> onnx.ModelProto:
    w = numpy_helper.from_array(np.ones((2, 2)), "W")
    nodes = [helper.make_node("Gemm", ["X", "W"], ["z"], name="dense"), helper.make_node(op, ["z"], ["Y"], name="act")]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("X", TensorProto.DOUBLE, [None, 2])],
                              [helper.make_tensor_value_info("Y", TensorProto.DOUBLE, [None, 2])], [w])
    return helper.make_model(graph)


@pytest.mark.parametrize("op", ["Tanh", "Sigmoid", "Softmax"])
def test_other_operations_are_refused_naming_the_node(op):
    with pytest.raises(InputError, match=f"node 'act' \\({op}\\): unsupported operation"):
        network_from_onnx(_graph(op))


def test_export_net_command_writes_what_onnxruntime_runs(tmp_path, capsys):
    require_solver("scip")
    result, net = tmp_path / "blog.json", tmp_path / "blog.onnx"
    assert main(["solve", str(BLOG), "--hidden", "1", "--no-bias", "--bound", "10", "-q", "--json", str(result)]) == 0
    assert main(["export-net", str(result), str(net)]) == 0
    session = ort.InferenceSession(str(net))
    x = np.array([[1.0], [2.0], [4.0]])
    assert np.allclose(session.run(None, {"X": x.astype(np.float32)})[0], read_network(result).predict(x), rtol=1e-5)
    assert main(["export-net", str(result), str(net), "--precision", "float64"]) == 0
    assert np.allclose(ort.InferenceSession(str(net)).run(None, {"X": x})[0], read_network(result).predict(x), rtol=1e-12)
    assert main(["export-net", str(tmp_path / "missing.json"), str(tmp_path / "x.onnx")]) == 2
    assert not (tmp_path / "x.onnx").exists()
