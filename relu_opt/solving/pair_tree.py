"""A width-2 sign class solved by branch-and-bound over both neurons' cells.

Branch-and-bound over per-point binaries (the big-M model) explores activation patterns that
no hyperplane realizes; over N points in the plane a neuron has about N^2 / 2 realizable ones
(its cells), so a node here is a pair of *sets of cells*, one per neuron. Its bound is the
least-squares QP of ``relaxations/pair_cells.py``: points on which a set's cells agree are
fixed, the others relaxed by the ReLU's hull over the box. A node is split on the point that
divides one of its sets most evenly, so every child is a set of realizable patterns again; a
node with one cell per neuron is the exact problem of that pair (its QP's network is a real
network of the class, kept when it beats the incumbent). One-sign classes (++, --) have
interchangeable neurons: while both sets are equal, a split makes the children (0, 0), (1, 1)
and (0, 1) of the point's sides, never (1, 0), its mirror image.

Measured on teacher-N64-n2-m2-p1-s0 (4,034 cells a neuron, cutoff at the best known 0.5559632,
one process, a prototype without the mirror rule): class ++ closed in 118,035 nodes, 105 s
(branch-and-bound: bound 0.4424 after 600 s); class +- in 83,033 nodes, 66 s (the cells of one
neuron with the other relaxed to a convex function: 0.4645 after 460 s).
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from typing import Any, Callable

import numpy as np

from ..backends import Backend, Progress, SolveOptions
from ..bounds import parameter_bounds
from ..methods.arrangements import EnumerationTimeout, all_patterns
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from ..relaxations.cell_problem import merged_blocks, subproblem, tight_subproblem, unmerge
from ..relaxations.pair_cells import PairRelaxation
from ..results import Termination
from .cell_parts import CELL_PASS_SHARE, MAX_CELLS
from .direction_fits import TupleNetwork
from .direction_parts import network_result
from .leaf_account import CellOutcome, lowered_cutoff
from .pair_scope import pair_tree_applies

CHECK_EVERY = 64  # nodes between looks at the clock and at the board's incumbent
TIGHT_GAP = 1e-8  # an exact pair whose bound is further below its value is solved at tight tolerances


def solve_by_pair_tree(plan, part, backend: Backend, options: SolveOptions, remaining: Callable[[], float | None],
                       cutoff: float, best_value: float, solve_leaf: Callable, board=None,
                       defer_leaves: bool = False) -> CellOutcome | None:
    """The class ``part`` by the tree of the module docstring (``solve_leaf`` and
    ``defer_leaves`` are not used: its leaves are QPs). None where it does not apply or the
    cells are too many (the caller solves the class another way)."""
    begin = time.perf_counter()
    problem = plan.problem
    if not pair_tree_applies(problem, part.signs):
        return None
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    left = remaining()
    deadline = None if left is None else begin + CELL_PASS_SHARE * left
    try:
        patterns = all_patterns(x_tilde, max_candidates=8 * MAX_CELLS, deadline=deadline)
    except EnumerationTimeout:
        return None
    if len(patterns) > MAX_CELLS:
        return None
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss,
                                                             plan.objective_limit)
    relaxation = PairRelaxation(x_tilde, data.y[:, 0], part.signs, u_bound,
                                (float(bias_lower[0]), float(bias_upper[0])), patterns)
    search = PairSearch(problem, part.signs, relaxation, cutoff, best_value, board, remaining, options.progress,
                        options.stop_at)
    search.run()
    return search.outcome(begin, backend)


class PairSearch:
    """Best-first search over pairs of cell sets (module docstring); the class's bound is the
    least of the cutoffs nodes were closed against, the exact leaves' bounds below them, and
    the open nodes' floors when time runs out."""

    def __init__(self, problem, signs: tuple[int, ...], relaxation: PairRelaxation, cutoff: float, start: float,
                 board, remaining: Callable[[], float | None], progress: Callable | None = None,
                 stop_at: float | None = None) -> None:
        self.problem, self.signs, self.relaxation = problem, tuple(signs), relaxation
        self.progress, self.begin = progress, time.perf_counter()
        self.stop_at = stop_at  # an incumbent this good certifies the whole solve (pipeline: floor)
        self.stopped = False
        self.first_cutoff = self.cutoff = cutoff
        self.start, self.board, self.remaining = start, board, remaining
        self.parameters = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
        self.best: TupleNetwork | None = None
        self.proven = math.inf  # the least cutoff a node was closed against
        self.leaf_bounds: list[float] = []  # exact pairs below the cutoff they met
        self.heap: list[tuple[float, int, np.ndarray, np.ndarray, bool]] = []
        self.nodes = self.closed = self.leaves = 0
        self.finished = False

    def run(self) -> None:
        every = np.arange(len(self.relaxation.patterns))
        counter = itertools.count()
        twins = self.signs[0] == self.signs[1]
        self.heap = [(0.0, next(counter), every, every, twins)]
        for popped in itertools.count():
            if not self.heap:
                break
            if popped % CHECK_EVERY == 0 and not self._keep_going():
                return
            floor, _, cells_a, cells_b, twin = heapq.heappop(self.heap)
            if floor >= self.cutoff:
                self._close()
                continue
            self.nodes += 1
            node = self.relaxation.bound(cells_a, cells_b)
            bound = max(floor, node.bound)
            if bound >= self.cutoff:
                self._close()
                continue
            children = self._children(cells_a, cells_b, twin)
            if not children:
                self._leaf(node, (int(cells_a[0]), int(cells_b[0])), bound)
                if self.stop_at is not None and self.best is not None and self.best.value <= self.stop_at:
                    self.stopped = True
                    return
                continue
            for child in children:
                heapq.heappush(self.heap, (bound, next(counter), *child))
        self.finished = True

    def _keep_going(self) -> bool:
        if self.board is not None:
            self.cutoff = min(self.cutoff, lowered_cutoff(self.board.best(), self.first_cutoff, self.start))
        if self.progress is not None:
            incumbent = self.start if self.best is None else min(self.start, self.best.value)
            self.progress(Progress(time.perf_counter() - self.begin, self.nodes, incumbent, self.bound()))
        own = math.inf if self.best is None else self.best.value
        if self.stop_at is not None and min(own, math.inf if self.board is None else self.board.best()) <= self.stop_at:
            self.stopped = True
            return False
        left = self.remaining()
        return left is None or left > 0

    def _close(self) -> None:
        self.closed += 1
        self.proven = min(self.proven, self.cutoff)

    def _children(self, cells_a: np.ndarray, cells_b: np.ndarray, twin: bool) -> list:
        patterns = self.relaxation.patterns
        split_a, split_b = self.relaxation.split(cells_a), self.relaxation.split(cells_b)
        if split_a is None and split_b is None:
            return []
        if twin:  # equal sets of interchangeable neurons: (1, 0) mirrors (0, 1)
            point = split_a[0]
            off, on = cells_a[patterns[cells_a, point] == 0], cells_a[patterns[cells_a, point] == 1]
            return [(off, off, True), (on, on, True), (off, on, False)]
        if split_b is None or (split_a is not None and split_a[1] >= split_b[1]):
            point = split_a[0]
            return [(cells_a[patterns[cells_a, point] == side], cells_b, False) for side in (0, 1)]
        point = split_b[0]
        return [(cells_a, cells_b[patterns[cells_b, point] == side], False) for side in (0, 1)]

    def _leaf(self, node, cells: tuple[int, int], bound: float) -> None:
        """One cell per neuron, bound below the cutoff: the pair's exact QP, solved again by HiGHS
        and, where its bound is still short of its value, at tight tolerances (DAQP's bound, from
        a regularized solve, was 0.5 % under the optimum on teacher-N8); its network may be a new
        incumbent."""
        self.leaves += 1
        candidates = [] if node.u is None else [(node.u, node.output_bias)]
        refined = self._exact_pair(cells, bound)
        for solved in refined:
            bound = max(bound, solved.bound)
            candidates.append((unmerge(solved.solution[0], self._blocks(cells), 2, self.relaxation.x_tilde.shape[1]),
                               solved.solution[1]))
        if bound >= self.cutoff:
            self._close()
            return
        self.leaf_bounds.append(bound)
        for u, output_bias in candidates:
            weights = weights_from_normalized(u, np.array(self.signs), output_bias, self.problem.architecture,
                                              self.parameters, self.problem.domain)
            value = self.problem.objective(weights)
            if value < min(self.start, math.inf if self.best is None else self.best.value):
                self.best = TupleNetwork(value, weights, cells)
                self.cutoff = min(self.cutoff, lowered_cutoff(value, self.first_cutoff, self.start))
                if self.board is not None:
                    self.board.offer(value)

    def _blocks(self, cells: tuple[int, int]):
        return merged_blocks(self.relaxation.patterns, cells, np.array(self.signs))

    def _exact_pair(self, cells: tuple[int, int], bound: float) -> list:
        import highspy

        relaxation, blocks = self.relaxation, self._blocks(cells)
        if not blocks:  # neither neuron active anywhere: the node's QP was the exact one
            return []
        arguments = (relaxation.x_tilde, relaxation.y, blocks, relaxation.u_bound, relaxation.bias_range)
        found = [s for s in [subproblem(highspy, *arguments, "squared")] if s is not None and s.solution is not None]
        best_bound = max([bound, *(s.bound for s in found)])
        values = [s.value for s in found]
        if best_bound < self.cutoff and (not values or min(values) - best_bound > TIGHT_GAP * max(min(values), 0.0)):
            tight = tight_subproblem(highspy, *arguments, "squared")
            if tight is not None and tight.solution is not None:
                found.append(tight)
        return found

    def bound(self) -> float:
        """What the nodes closed, the exact pairs and (unless the search finished) the open nodes prove."""
        floors = [self.heap[0][0]] if self.heap and not self.finished else []
        return max(0.0, min([self.first_cutoff, self.proven, *self.leaf_bounds, *floors]))

    def outcome(self, begin: float, backend: Backend) -> CellOutcome:
        seconds = time.perf_counter() - begin
        record: dict[str, Any] = {"nodes": self.nodes, "pair_cells": int(len(self.relaxation.patterns)), "pair_nodes": self.nodes,
                                  "pair_closed": self.closed, "pair_leaves": self.leaves, "seconds": seconds}
        bound = self.bound()
        if self.stopped:
            termination = Termination.INTERRUPTED
            record["stopped"] = "its incumbent certifies the solve against the floor"
        elif not self.finished:
            termination = Termination.TIME_LIMIT
        elif self.best is not None or self.leaf_bounds:
            termination = Termination.OPTIMAL
        else:
            termination = Termination.CUTOFF
        outcome = CellOutcome(termination, bound, record)
        if self.best is not None:
            outcome.best_objective = self.best.value
            outcome.best_weights = network_result(self.problem, self.best, backend, seconds)
        return outcome
