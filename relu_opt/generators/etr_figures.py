"""Pictures of the ETR-INV gadgets (matplotlib PNG): profiles with their data, and a formula's
layout with the breaklines of its exact fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import pyplot
from . import etr_gadgets as g
from .etr import Reduction


def plot_gadgets(path: Path) -> None:
    """Variable gadget (left) and inversion gadget (right): data lines and profiles."""
    plt = pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.2))
    s = np.linspace(-1.2, 5.2, 600)
    for sigma in np.linspace(float(g.SIGMA_RANGE[0]), float(g.SIGMA_RANGE[1]), 5):
        left.plot(s, [g.variable_profile(sigma, v) for v in s], lw=1,
                  label=f"X = {g.variable_value(sigma):.2f}")
    data = g.variable_data()
    left.scatter([float(a) for a, _ in data], [float(b) for _, b in data], color="k", zorder=3, s=18, label="data lines")
    left.axvspan(float(g.VARIABLE_FREE[0]), float(g.VARIABLE_FREE[1]), color="0.9", label="free window")
    left.set_title("variable gadget: 4 ReLUs, X in [1/2, 2] is the middle slope")
    left.set_xlabel("band coordinate s")
    left.legend(fontsize=7)
    s = np.linspace(-1.2, 7.2, 800)
    for sigma1 in np.linspace(float(g.INVERSION_SIGMA1_RANGE[0]), float(g.INVERSION_SIGMA1_RANGE[1]), 4):
        values = np.array([g.inversion_profile(sigma1, v) for v in s])
        x = g.inversion_x(sigma1)
        line = right.plot(s, values[:, 0], lw=1, label=f"output 1, X = {x:.2f}")[0]
        right.plot(s, values[:, 1], lw=1, ls="--", color=line.get_color(), label=f"output 2, Y = {1 / x:.2f}")
    data = g.inversion_data()
    right.scatter([float(a) for a, _, _ in data], [float(b) for _, b, _ in data], color="k", s=18, zorder=3, label="data (output 1)")
    right.scatter([float(a) for a, _, _ in data], [float(c) for _, _, c in data], color="k", marker="x", s=22, zorder=3, label="data (output 2)")
    right.set_title("inversion gadget: 5 ReLUs, shared breakline forces X Y = 1")
    right.set_xlabel("band coordinate s")
    right.legend(fontsize=6, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_reduction(reduction: Reduction, values: dict[str, float] | None, path: Path, title: str = "") -> None:
    """Data points (colour: output-1 label), constraint points (stars) and, given a satisfying
    assignment, the breaklines of the exact fit it builds."""
    plt = pyplot()
    data = reduction.dataset
    fig, ax = plt.subplots(figsize=(7, 7))
    scatter = ax.scatter(data.x[:, 0], data.x[:, 1], c=data.y[:, 0], s=6, cmap="viridis")
    fig.colorbar(scatter, ax=ax, shrink=0.7, label="output-1 label")
    points = np.array([p.x for p in reduction.points]) if reduction.points else np.zeros((0, 2))
    ax.scatter(points[:, 0], points[:, 1], marker="*", s=160, color="red", label="constraint points", zorder=3)
    low, high = data.x.min(axis=0) - 2, data.x.max(axis=0) + 2
    if values is not None:
        network = reduction.network(values)
        hidden = network.layers[0]
        for w, b in zip(hidden.weight, hidden.bias):
            # the breakline w.x + b = 0, drawn across the picture
            direction = np.array([-w[1], w[0]])
            anchor = -b * w / (w @ w)
            t = np.linspace(-200, 200, 2)
            ax.plot(anchor[0] + t * direction[0], anchor[1] + t * direction[1], color="0.4", lw=0.6)
    for band in reduction.bands.values():
        centre = band.at(2.0, 0.0)
        ax.annotate(f"{band.name} ({band.kind})", centre, fontsize=7, color="darkred")
    ax.set_xlim(low[0], high[0])
    ax.set_ylim(low[1], high[1])
    ax.set_aspect("equal")
    ax.set_title(title or data.metadata.get("formula", ""))
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
