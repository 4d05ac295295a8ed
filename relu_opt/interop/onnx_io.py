"""Dense ReLU networks to and from ONNX (the ``onnx`` extra; no torch).

Export writes the standard graph ``X -> Gemm -> Relu -> ... -> Gemm -> Y`` (Gemm with
``transB = 1``, so each initializer ``W`` has relu-opt's shape: outputs x inputs) in single
precision by default, the ecosystem's default input type (onnxruntime refuses float32 input to a
float64 graph), or in double precision (``precision="float64"``), where onnxruntime reproduces
relu-opt's own numpy predictions to rounding. The model's metadata says which
(``relu_opt_precision``) and that the weights are a certified optimum's only at float64.

Import reads a chain of affine and ReLU nodes from a graph's input to its output: ``Gemm``
(alpha = beta = 1, transA = 0), ``MatMul`` followed by ``Add`` (as scikit-learn's exporter
skl2onnx writes them), ``Relu``, and shape-only nodes (``Identity``, ``Cast``, ``Flatten``,
``Reshape`` to rows x columns). The affine layers must alternate with ReLUs and end with an
affine layer. Anything else (another activation, a convolution, a branch) is refused with a
one-line error naming the node.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import InputError, optional_import
from ..network import Layer, Weights

PASS_THROUGH = {"Identity", "Cast", "Flatten", "Reshape", "Squeeze", "Unsqueeze"}


def _onnx():
    return optional_import("onnx", "onnx", "reading and writing ONNX")


PRECISIONS = ("float32", "float64")


def network_to_onnx(weights: Weights, path: str | Path | None = None, name: str = "relu_opt_network",
                    precision: str = "float32"):
    """The ONNX model of ``weights`` in ``precision`` (written to ``path`` if given, atomically)."""
    onnx = _onnx()
    from onnx import TensorProto, helper, numpy_helper

    if precision not in PRECISIONS:
        raise InputError(f"unknown ONNX precision {precision!r}; choose from {', '.join(PRECISIONS)}")
    dtype = np.float32 if precision == "float32" else np.float64
    element = TensorProto.FLOAT if precision == "float32" else TensorProto.DOUBLE

    n_inputs = weights.layers[0].weight.shape[1]
    n_outputs = weights.layers[-1].weight.shape[0]
    nodes, initializers, current = [], [], "X"
    for number, layer in enumerate(weights.layers, start=1):
        w_name = f"W{number}"
        initializers.append(numpy_helper.from_array(np.asarray(layer.weight, dtype=dtype), w_name))
        inputs = [current, w_name]
        if layer.bias is not None:
            initializers.append(numpy_helper.from_array(np.asarray(layer.bias, dtype=dtype), f"b{number}"))
            inputs.append(f"b{number}")
        last = number == len(weights.layers)
        affine = "Y" if last else f"z{number}"
        nodes.append(helper.make_node("Gemm", inputs, [affine], name=f"layer{number}", transB=1))
        if not last:
            nodes.append(helper.make_node("Relu", [affine], [f"a{number}"], name=f"relu{number}"))
            current = f"a{number}"
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("X", element, [None, n_inputs])],
        [helper.make_tensor_value_info("Y", element, [None, n_outputs])],
        initializers,
    )
    model = helper.make_model(graph, producer_name="relu-opt", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = min(model.ir_version, 8)  # readable by older runtimes too
    note = ("the weights of relu-opt's result in double precision: predictions as certified"
            if precision == "float64" else
            "the weights rounded to single precision: predictions within float32 rounding of the certified network's")
    helper.set_model_props(model, {"relu_opt_precision": precision, "relu_opt_note": note})
    onnx.checker.check_model(model)
    if path is not None:
        from ..files import atomic_write_bytes

        atomic_write_bytes(path, model.SerializeToString())
    return model


def network_from_onnx(source) -> Weights:
    """A dense ReLU network from an ONNX model (a path or a loaded ``ModelProto``)."""
    onnx = _onnx()
    from onnx import numpy_helper

    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            model = onnx.load(str(path))
        except Exception as exc:  # a protobuf decode error: not an ONNX file
            raise InputError(f"{path}: not a readable ONNX model ({type(exc).__name__})") from None
    else:
        model = source
    graph = model.graph
    constants = {t.name: numpy_helper.to_array(t).astype(np.float64) for t in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant":
            constants[node.output[0]] = numpy_helper.to_array(node.attribute[0].t).astype(np.float64)
    inputs = [i.name for i in graph.input if i.name not in constants]
    if len(inputs) != 1:
        raise InputError(f"the ONNX graph has {len(inputs)} data inputs; a network has one")
    consumers: dict[str, list] = {}
    for node in graph.node:
        if node.op_type == "Constant":
            continue
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    outputs = {o.name for o in graph.output}

    layers: list[Layer] = []
    pending: tuple[np.ndarray, np.ndarray | None] | None = None  # an affine map not yet closed
    current = inputs[0]
    while current not in outputs:
        nodes = consumers.get(current, [])
        if len(nodes) != 1:
            raise InputError(f"the ONNX graph branches at {current!r} ({len(nodes)} consumers): not a chain")
        node = nodes[0]
        label = f"node {node.name or node.op_type!r} ({node.op_type})"
        op = node.op_type
        if op in PASS_THROUGH:
            pass
        elif op == "Gemm":
            pending = _close(pending, layers, label, must_be_open=False)
            pending = _gemm(node, constants, label)
        elif op == "MatMul":
            pending = _close(pending, layers, label, must_be_open=False)
            other = _constant_input(node, current, constants, label)
            pending = (other.T, None)
        elif op == "Add":
            if pending is None or pending[1] is not None:
                raise InputError(f"{label}: an Add that is not the bias of a MatMul")
            pending = (pending[0], _constant_input(node, current, constants, label).reshape(-1))
        elif op == "Relu":
            if pending is None:
                raise InputError(f"{label}: a ReLU that does not follow an affine layer")
            pending = _close(pending, layers, label, must_be_open=True)
        else:
            raise InputError(f"{label}: unsupported operation (relu-opt reads dense ReLU networks: Gemm, MatMul+Add, Relu)")
        current = node.output[0]
    if pending is None:
        raise InputError("the ONNX network does not end with an affine layer (its output is a ReLU)")
    layers.append(Layer(pending[0], pending[1]))
    _check_shapes(layers)
    return Weights(tuple(layers))


def _close(pending, layers: list[Layer], label: str, must_be_open: bool):
    if pending is None:
        if must_be_open:
            raise InputError(f"{label}: nothing to apply it to")
        return None
    if not must_be_open:
        raise InputError(f"{label}: two affine layers without a ReLU between them")
    layers.append(Layer(pending[0], pending[1]))
    return None


def _gemm(node, constants: dict[str, np.ndarray], label: str) -> tuple[np.ndarray, np.ndarray | None]:
    attributes = {a.name: a for a in node.attribute}
    alpha = attributes["alpha"].f if "alpha" in attributes else 1.0
    beta = attributes["beta"].f if "beta" in attributes else 1.0
    if alpha != 1.0 or beta != 1.0 or ("transA" in attributes and attributes["transA"].i):
        raise InputError(f"{label}: Gemm with alpha, beta or transA other than 1, 1, 0")
    if node.input[1] not in constants:
        raise InputError(f"{label}: its weights are not constants of the graph")
    weight = constants[node.input[1]]
    weight = weight if ("transB" in attributes and attributes["transB"].i) else weight.T
    bias = None
    if len(node.input) > 2 and node.input[2]:
        bias = np.broadcast_to(constants[node.input[2]].reshape(-1), (weight.shape[0],)).copy()
    return weight, bias


def _constant_input(node, current: str, constants: dict[str, np.ndarray], label: str) -> np.ndarray:
    others = [name for name in node.input if name != current]
    if len(others) != 1 or others[0] not in constants:
        raise InputError(f"{label}: its other operand is not a constant of the graph")
    return constants[others[0]]


def _check_shapes(layers: list[Layer]) -> None:
    for number, (before, after) in enumerate(zip(layers, layers[1:]), start=2):
        if after.weight.shape[1] != before.weight.shape[0]:
            raise InputError(f"layer {number} expects {after.weight.shape[1]} inputs, layer {number - 1} gives {before.weight.shape[0]}")
