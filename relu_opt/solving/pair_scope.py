"""Where a sign class is solved by pairs of its neurons' cells (``pair_tree.py``): a module of
its own so the plan can name the step without importing the solver of it."""

from __future__ import annotations

MIN_POINTS = 12  # below, branch-and-bound over points is done first (teacher-N8: 1.4 s, by pairs 2.4 s: importing cvxpy for an exact pair alone takes 0.8 s)
MAX_WIDTH = 5
"""Classes of 2-5 neurons. Width 4 measured: teacher-N32-n2-m4 certified in 251 s (0.18106387, below
the best network known before, 0.2271); own teacher N = 16 / 24 in 25 / 50 s, where branch-and-bound
over points ends at bound 0 after 120 s. Width 5: own teacher N = 16, 2 inputs, box 2 (seed 41),
certified 0.12646692 in 56 s, where branch-and-bound over points had bound 0 and best 0.1479 at
240 s; N = 14, 1 input: the same optimum as branch-and-bound over points, 3.7 s against 129 s.
Wider classes are not measured."""
MAX_INPUTS = 2
"""About N^inputs cells a neuron: with three inputs the tree lost to branch-and-bound over points
(realistic teacher-N16, 3 inputs: 6.6 s against 2.6 s; N24: 13.1 s against 12.7 s)."""


def pair_tree_applies(problem, signs: tuple[int, ...] | None) -> bool:
    """Two to five hidden neurons of known output signs, scalar output, squared loss, a box, few inputs."""
    return (signs is not None and 2 <= len(signs) <= MAX_WIDTH and problem.loss == "squared" and problem.domain.decay is None
            and problem.domain.box is not None and problem.architecture.n_hidden_layers == 1
            and problem.architecture.n_outputs == 1 and problem.dataset.n_inputs <= MAX_INPUTS
            and problem.dataset.n_points >= MIN_POINTS)
