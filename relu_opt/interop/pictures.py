"""Draw the data and the fitted function (the ``plot`` extra: matplotlib).

One input: the data points and the piecewise-linear curve, each first-layer neuron's breakpoint
marked (dotted line). Two inputs: a filled contour of the output (levels at round numbers), each
first-layer neuron's breakline (dashed, in the legend), and the data points coloured by their
residual (label minus fit) on a diverging scale of their own, so that a well-fitted point shows
as white with a black edge instead of vanishing into the background. Several outputs: one panel
each."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..data import Dataset
from ..errors import InputError, pyplot
from ..network import Weights


def plot_fit(weights: Weights, data: Dataset, path: str | Path, title: str = "") -> Path:
    """Write the picture to ``path`` (PNG, or any format matplotlib knows by the suffix)."""
    n_inputs, n_outputs = weights.layers[0].weight.shape[1], weights.layers[-1].weight.shape[0]
    if (n_inputs, n_outputs) != (data.n_inputs, data.n_outputs):
        raise InputError(
            f"the network maps {n_inputs} inputs to {n_outputs} outputs; the data has {data.n_inputs} and {data.n_outputs}"
        )
    if data.n_inputs not in (1, 2):
        raise InputError(f"pictures show 1 or 2 inputs; this data has {data.n_inputs}")
    plt = pyplot()
    outputs = data.n_outputs
    wide = 7.0 if data.n_inputs == 2 else 5.5  # room for the two colour bars
    figure, axes = plt.subplots(1, outputs, figsize=(wide * outputs, 4.8), squeeze=False)
    first = weights.layers[0]
    for k, axis in enumerate(axes[0]):
        if data.n_inputs == 1:
            _one_input(axis, weights, data, k, first)
        else:
            _two_inputs(figure, axis, weights, data, k, first)
        axis.set_title(f"output y{k + 1}" if outputs > 1 else (title or "fitted network"))
    if title and outputs > 1:
        figure.suptitle(title)
    figure.tight_layout()
    path = Path(path)
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return path


def _span(values: np.ndarray) -> tuple[float, float]:
    low, high = float(values.min()), float(values.max())
    margin = 0.1 * (high - low) if high > low else 1.0
    return low - margin, high + margin


def _one_input(axis, weights: Weights, data: Dataset, k: int, first) -> None:
    low, high = _span(data.x[:, 0])
    grid = np.linspace(low, high, 800)[:, None]
    axis.plot(grid[:, 0], weights.predict(grid)[:, k], color="C0", label="network")
    axis.scatter(data.x[:, 0], data.y[:, k], color="C3", zorder=3, s=25, label="data")
    for j, (w, b) in enumerate(zip(first.weight[:, 0], first.bias if first.bias is not None else np.zeros(len(first.weight)))):
        if w != 0 and low <= -b / w <= high:
            axis.axvline(-b / w, color="grey", linestyle=":", linewidth=1, label="breakpoints" if j == 0 else None)
    axis.set_xlabel("x1")
    axis.set_ylabel(f"y{k + 1}")
    axis.legend(loc="best", fontsize=8)


def _two_inputs(figure, axis, weights: Weights, data: Dataset, k: int, first) -> None:
    from matplotlib.ticker import MaxNLocator

    (x_low, x_high), (y_low, y_high) = _span(data.x[:, 0]), _span(data.x[:, 1])
    gx, gy = np.meshgrid(np.linspace(x_low, x_high, 200), np.linspace(y_low, y_high, 200))
    values = weights.predict(np.column_stack([gx.ravel(), gy.ravel()]))[:, k].reshape(gx.shape)
    low, high = float(values.min()), float(values.max())
    levels = MaxNLocator(nbins=12).tick_values(low, high) if high > low else 12  # round numbers
    filled = axis.contourf(gx, gy, values, levels=levels, cmap="viridis")
    residual = data.y[:, k] - weights.predict(data.x)[:, k]
    reach = float(np.max(np.abs(residual))) or 1.0
    points = axis.scatter(data.x[:, 0], data.x[:, 1], c=residual, cmap="RdBu_r", vmin=-reach, vmax=reach,
                          edgecolors="black", linewidths=0.8, s=45, zorder=3, label="data (colour: residual)")
    biases = first.bias if first.bias is not None else np.zeros(len(first.weight))
    xs = np.array([x_low, x_high])
    for j, ((a, c), b) in enumerate(zip(first.weight, biases)):
        label = "breaklines (hidden neurons)" if j == 0 else None
        if abs(c) > 1e-12:
            axis.plot(xs, -(a * xs + b) / c, color="white", linestyle="--", linewidth=1.2, label=label)
        elif abs(a) > 1e-12:
            axis.axvline(-b / a, color="white", linestyle="--", linewidth=1.2, label=label)
    axis.set_xlim(x_low, x_high)
    axis.set_ylim(y_low, y_high)
    axis.set_xlabel("x1")
    axis.set_ylabel("x2")
    legend = axis.legend(loc="upper right", fontsize=7, framealpha=0.85)
    legend.get_frame().set_facecolor("lightgrey")
    figure.colorbar(filled, ax=axis, label=f"network output y{k + 1}")
    figure.colorbar(points, ax=axis, label=f"residual: label - output y{k + 1}")
