"""Where anchor classes are solved by output directions and cells (``direction_parts.py``): a
module of its own so the plan can name the step without importing the solver of it."""

from __future__ import annotations

MAX_POINTS = 24  # the free neurons' relaxation has N (N - 1) rows per normal; N = 16 already runs past 120 s
MAX_WIDTH = 3  # cells^width pattern tuples


def directions_apply(problem, anchors) -> bool:
    """Two outputs, one hidden layer, squared loss, a box, few inputs and points."""
    arch, domain = problem.architecture, problem.domain
    return (anchors is not None and problem.loss == "squared" and domain.decay is None and domain.box is not None
            and arch.n_hidden_layers == 1 and arch.n_outputs == 2 and arch.hidden[0] <= MAX_WIDTH
            and problem.dataset.n_inputs <= 3 and 2 <= problem.dataset.n_points <= MAX_POINTS)
