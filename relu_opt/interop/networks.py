"""Read a trained network from wherever it was trained: an ONNX file, a relu-opt result JSON,
or a fitted scikit-learn ``MLPRegressor``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from ..network import Layer, Weights


def read_network(path: str | Path) -> Weights:
    """``.onnx``: a dense ReLU network (onnx_io); ``.json``: the ``weights`` of a relu-opt result
    (``relu-opt solve --json``) or a bare list of layers ``[{"W": ..., "b": ...}, ...]``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".onnx":
        from .onnx_io import network_from_onnx

        return network_from_onnx(path)
    if suffix == ".json":
        try:
            document = json.loads(path.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: not valid JSON ({exc})") from None
        layers = document.get("weights") if isinstance(document, dict) else document
        if not isinstance(layers, list) or not layers:
            raise InputError(f"{path}: no network in it (expected a result's \"weights\" or a list of layers)")
        try:
            weights = Weights.from_lists(layers)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: its layers are not {{\"W\": [[...]], \"b\": [...]}} ({exc})") from None
        check_chain(weights, str(path))
        return weights
    raise InputError(f"{path}: unknown network format {path.suffix!r} (use .onnx or a relu-opt result .json)")


def from_mlp_regressor(model: Any) -> Weights:
    """The network of a fitted ``sklearn.neural_network.MLPRegressor`` with ReLU activation."""
    if not hasattr(model, "coefs_"):
        raise InputError("the MLPRegressor is not fitted (no coefs_)")
    activation = getattr(model, "activation", "relu")
    if activation != "relu":
        raise InputError(f"the MLPRegressor uses activation {activation!r}; relu-opt reads ReLU networks only")
    if getattr(model, "out_activation_", "identity") != "identity":
        raise InputError(f"the output activation is {model.out_activation_!r}, not the identity of a regressor")
    weights = Weights(tuple(
        Layer(np.asarray(c, dtype=float).T.copy(), np.asarray(b, dtype=float).copy())
        for c, b in zip(model.coefs_, model.intercepts_)
    ))
    check_chain(weights, "MLPRegressor")
    return weights


def check_chain(weights: Weights, source: str) -> None:
    for number, (before, after) in enumerate(zip(weights.layers, weights.layers[1:]), start=2):
        if after.weight.shape[1] != before.weight.shape[0]:
            raise InputError(
                f"{source}: layer {number} expects {after.weight.shape[1]} inputs, "
                f"layer {number - 1} gives {before.weight.shape[0]}"
            )
    for number, layer in enumerate(weights.layers, start=1):
        if not np.all(np.isfinite(layer.weight)) or (layer.bias is not None and not np.all(np.isfinite(layer.bias))):
            raise InputError(f"{source}: layer {number} has a non-finite weight")
