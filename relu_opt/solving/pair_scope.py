"""Where a sign class is solved by pairs of its neurons' cells (``pair_tree.py``): a module of
its own so the plan can name the step without importing the solver of it."""

from __future__ import annotations

MIN_POINTS = 12  # below, branch-and-bound over points is done first (teacher-N8: 1.4 s, by pairs 2.4 s: importing cvxpy for an exact pair alone takes 0.8 s)
MAX_WIDTH = 3  # classes of 2 or 3 neurons (4: teacher-N32-n2-m4 not closed in 300 s, bounds 0.15-0.19 against 0.227)
MAX_INPUTS = 2
"""About N^inputs cells a neuron: with three inputs the tree lost to branch-and-bound over points
(realistic teacher-N16, 3 inputs: 6.6 s against 2.6 s; N24: 13.1 s against 12.7 s)."""


def pair_tree_applies(problem, signs: tuple[int, ...] | None) -> bool:
    """Two or three hidden neurons of known output signs, scalar output, squared loss, a box, few inputs."""
    return (signs is not None and 2 <= len(signs) <= MAX_WIDTH and problem.loss == "squared" and problem.domain.decay is None
            and problem.domain.box is not None and problem.architecture.n_hidden_layers == 1
            and problem.architecture.n_outputs == 1 and problem.dataset.n_inputs <= MAX_INPUTS
            and problem.dataset.n_points >= MIN_POINTS)
