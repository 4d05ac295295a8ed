"""Where anchor classes are solved by output directions and cells (``direction_parts.py``): a
module of its own so the plan can name the step without importing the solver of it."""

from __future__ import annotations

MAX_POINTS = 24  # the free neurons' relaxation has N (N - 1) rows per normal; N = 16 already runs past 120 s
MAX_WIDTH = 3  # two or three inputs: about N^2 / 2 cells per neuron, cells^width pattern tuples
MAX_WIDTH_ONE_INPUT = 4
"""One input: about 2N cells per neuron. The 4-ReLU inversion gadget (15 points) got a positive
certificate this way (every class closed at --cutoff 1e-4 in 242 s: with three neurons' cells
fixed, 99.9 % of the nodes bound above 0); width 5 would need four fixed neurons, about 810,000
nodes a class."""


def directions_apply(problem, anchors) -> bool:
    """Two outputs, one hidden layer, squared loss, a box, few inputs, points and neurons."""
    arch, domain = problem.architecture, problem.domain
    inputs = problem.dataset.n_inputs
    width_limit = MAX_WIDTH_ONE_INPUT if inputs == 1 else MAX_WIDTH
    return (anchors is not None and problem.loss == "squared" and domain.decay is None and domain.box is not None
            and arch.n_hidden_layers == 1 and arch.n_outputs == 2 and arch.hidden[0] <= width_limit
            and inputs <= 3 and 2 <= problem.dataset.n_points <= MAX_POINTS)
