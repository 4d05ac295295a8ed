"""A sign class of two to five neurons solved by branch-and-bound over its neurons' cells.

Branch-and-bound over per-point binaries (the big-M model) explores activation patterns that
no hyperplane realizes; over N points in the plane a neuron has about N^2 / 2 realizable ones
(its cells), so a node here is a tuple of *sets of cells*, one per neuron. Its bound is the
least-squares QP of ``relaxations/pair_cells.py``: points on which a set's cells agree are
fixed, the others relaxed by the ReLU's hull over the box. A node is split on the point whose
relaxed post-activation is furthest from the ReLU at the node's QP point (the hull gap), so
every child is a set of realizable patterns again; a node with one cell per neuron is the exact
problem of that tuple (its QP's network is a real network of the class, kept when it beats the
incumbent). Neighbouring neurons of one sign are interchangeable while their sets are equal: a
run of them is divided together into its monotone assignments of the point's sides only
((0, 0), (0, 1), (1, 1) for two; never (1, 0), the mirror image of (0, 1)).

Measured (default command, 2 cores, this release): teacher-N64-n2-m2-p1-s0 (4,034 cells a
neuron) class ++ in 2,664 nodes and +- in 1,559 (by the most even division: 59,062 and 83,035;
branch-and-bound over points: bound 0.4424 after 600 s); teacher-N128-n2-m2 certified in 19 s
(160 s by the most even division); width 3, teacher-N64-n2-m3: ++- in 17,635 nodes (30 s) and
+-- in 9,059 (20 s), where the convex-regression cells of the lone neuron had needed 30 s for
+-- and left ++- open for 300 s; width 4, teacher-N32-n2-m4: certified in 251 s (++-- 274,848
nodes; with only the first run of a sign handled as interchangeable, not closed in 300 s).
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
from ..network import augmented, loss_value
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from ..relaxations.cell_problem import Solved, merged_blocks, subproblem, tight_subproblem, unmerge
from ..relaxations.pair_cells import PairRelaxation
from ..results import Termination
from .cell_parts import class_cells
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
    patterns = class_cells(augmented(problem.dataset.x, problem.architecture.hidden_bias), remaining, begin)
    if patterns is None:
        return None
    search = PairSearch(problem, part.signs, _relaxation(plan, part, patterns), cutoff, best_value, board, remaining,
                        options.progress, options.stop_at)
    search.run()
    return search.outcome(begin, backend)


def _relaxation(plan, part, patterns: np.ndarray) -> PairRelaxation:
    """The node QPs of the class ``part`` in the plan's (normalized) units."""
    problem = plan.problem
    data, arch = problem.dataset, problem.architecture
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss,
                                                             plan.objective_limit)
    return PairRelaxation(augmented(data.x, arch.hidden_bias), data.y[:, 0], part.signs, u_bound,
                          (float(bias_lower[0]), float(bias_upper[0])), patterns)


def _runs(equal: tuple[bool, ...]) -> list[tuple[int, int]]:
    """The maximal runs (first, last) of neighbouring neurons linked by ``equal``."""
    runs, first = [], 0
    for j, linked in enumerate(equal):
        if not linked:
            runs.append((first, j))
            first = j + 1
    runs.append((first, len(equal)))
    return runs


class PairSearch:
    """Best-first search over tuples of cell sets (module docstring); the class's bound is the
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
        self.heap: list[tuple[float, int, tuple[np.ndarray, ...], tuple[bool, ...], tuple | None]] = []
        self.nodes = self.closed = self.leaves = 0
        self.finished = False

    def run(self) -> None:
        """From every cell for each neuron."""
        every = np.arange(len(self.relaxation.patterns))
        root = tuple(every for _ in self.signs)
        counter = itertools.count()
        # neighbouring neurons of one sign with equal sets are interchangeable (signs come grouped)
        equal = tuple(self.signs[j] == self.signs[j + 1] for j in range(len(self.signs) - 1))
        self.heap = [(0.0, next(counter), root, equal, None)]
        for popped in itertools.count():
            if not self.heap:
                break
            if popped % CHECK_EVERY == 0 and not self._keep_going():
                return
            floor, _, sets, equal, start = heapq.heappop(self.heap)  # start: the parent QP's working set
            if floor >= self.cutoff:
                self._close()
                continue
            self.nodes += 1
            node = self.relaxation.bound(*sets, start=start)
            bound = max(floor, node.bound)
            if bound >= self.cutoff:
                self._close()
                continue
            if self._node_network(node, bound):
                continue
            children = self._children(sets, equal, node.gaps, node.shares)
            if not children:
                self._leaf(node, tuple(int(cells[0]) for cells in sets), bound)
                if self._certified_elsewhere(self.best_value):
                    return
                continue
            for child_sets, child_equal in children:
                heapq.heappush(self.heap, (bound, next(counter), child_sets, child_equal, node.working))
        self.finished = True

    def _keep_going(self) -> bool:
        if self.board is not None:
            self.cutoff = min(self.cutoff, lowered_cutoff(self.board.best(), self.first_cutoff, self.start))
        if self.progress is not None:
            incumbent = min(self.start, self.best_value)
            self.progress(Progress(time.perf_counter() - self.begin, self.nodes, incumbent, self.bound()))
        if self._certified_elsewhere(min(self.best_value, math.inf if self.board is None else self.board.best())):
            return False
        left = self.remaining()
        return left is None or left > 0

    @property
    def best_value(self) -> float:
        return math.inf if self.best is None else self.best.value

    def _certified_elsewhere(self, incumbent: float) -> bool:
        """An incumbent at ``stop_at`` certifies the whole solve against its floor: stop."""
        self.stopped = self.stopped or (self.stop_at is not None and incumbent <= self.stop_at)
        return self.stopped

    def _close(self) -> None:
        self.closed += 1
        self.proven = min(self.proven, self.cutoff)

    def _children(self, sets: tuple[np.ndarray, ...], equal: tuple[bool, ...],
                  gaps: tuple[np.ndarray, ...] = (), shares: tuple[np.ndarray, ...] = ()) -> list:
        """[(sets, equal)] of the children, divided on the set and point of the largest hull gap
        at the node's QP point (``gaps``: PairRelaxation.split). ``equal[j]``: neurons j and j + 1
        are interchangeable (one sign, equal sets); a run of such neurons is divided together,
        into its monotone assignments only (the first t off the point's side, the rest on: t = 0
        .. size), since any other is one of them with the neurons permuted. (Dividing a width-3
        class's lone neuron's open cells before the others, tried: teacher-N64-n2-m3's ++- was not
        done in 300 s (153,536 nodes), 119 s by the gap alone.)"""
        patterns = self.relaxation.patterns
        scored = []  # (score, first, last, point) per run: its neurons share one set, so one split
        for first, last in _runs(equal):
            gap = None if not gaps else np.max(gaps[first:last + 1], axis=0)  # the run's largest gap a point
            split = self.relaxation.split(sets[first], gap, shares[first] if shares else None)
            if split is not None:
                scored.append((split[1], first, last, split[0]))
        if not scored:
            return []
        _, first, last, point = max(scored, key=lambda run: run[0])
        cells = sets[first]
        side = patterns[cells, point]
        off, on = cells[side == 0], cells[side == 1]
        children = []
        for t in range(first, last + 2):  # neurons first..t-1 off, t..last on
            child = sets[:first] + (off,) * (t - first) + (on,) * (last + 1 - t) + sets[last + 1:]
            child_equal = list(equal)
            if first < t <= last:
                child_equal[t - 1] = False
            children.append((child, tuple(child_equal)))
        return children

    def _leaf(self, node, cells: tuple[int, ...], bound: float) -> None:
        """One cell per neuron, bound below the cutoff: the pair's exact QP, solved again by HiGHS
        and, where its bound is still short of its value, at tight tolerances (DAQP's bound, from
        a regularized solve, was 0.5 % under the optimum on teacher-N8); its network may be a new
        incumbent."""
        self.leaves += 1
        candidates = [] if node.u is None else [(node.u, node.output_bias)]
        for solved in self._exact_pair(cells, bound):
            bound = max(bound, solved.bound)
            candidates.append(solved.solution)
        if bound >= self.cutoff:
            self._close()
            return
        self.leaf_bounds.append(bound)
        for u, output_bias in candidates:
            self._offer(u, output_bias, cells)

    def _node_network(self, node, bound: float) -> bool:
        """The node's QP point read as a real network (the ReLU of its neurons where the QP had
        relaxed them): a new incumbent when it beats the best, found long before a leaf holds it
        (teacher-N32-n2-m4's class ++--: its optimum 0.181 was first met at a leaf after most of
        the class's time, while the other classes ran on to their own optima above it). True when
        it also matches the node's bound (no hull gap left that matters): the node is solved."""
        if node.u is None:
            return False
        relaxation = self.relaxation
        prediction = node.output_bias + np.maximum(relaxation.x_tilde @ node.u.T, 0.0) @ np.array(relaxation.signs)
        value = loss_value(prediction[:, None], self.problem.dataset.y, self.problem.loss)
        if value < min(self.start, self.best_value):
            self._offer(node.u, node.output_bias, ())
        if value - bound > TIGHT_GAP * max(value, 0.0):
            return False
        self.leaf_bounds.append(bound)  # (a node, not an exact leaf: not counted in ``leaves``)
        return True

    def _offer(self, u: np.ndarray, output_bias: float, cells: tuple[int, ...]) -> None:
        """The network of normalized neurons ``u``: the incumbent when its forward pass beats it."""
        weights = weights_from_normalized(u, np.array(self.signs), output_bias, self.problem.architecture,
                                          self.parameters, self.problem.domain)
        value = self.problem.objective(weights)
        if value < min(self.start, self.best_value):
            self.best = TupleNetwork(value, weights, cells)
            self.cutoff = min(self.cutoff, lowered_cutoff(value, self.first_cutoff, self.start))
            if self.board is not None:
                self.board.offer(value)

    def _blocks(self, cells: tuple[int, ...]):
        return merged_blocks(self.relaxation.patterns, cells, np.array(self.signs))

    def _exact_pair(self, cells: tuple[int, ...], bound: float) -> list:
        """The exact problem of one cell per neuron, again: by HiGHS and, where its bound is still
        short of its value, at 1e-12 by Clarabel. (HiGHS on the node's own QP, tried: bounds 0.6 %
        short on teacher-N8's leaves, as DAQP's: the constant column and dead neurons make its
        Hessian singular; the subproblem merges them away.)"""
        import highspy

        relaxation, blocks = self.relaxation, self._blocks(cells)
        if not blocks:  # no neuron active anywhere: the node's QP was the exact one
            return []
        arguments = (relaxation.x_tilde, relaxation.y, blocks, relaxation.u_bound, relaxation.bias_range)
        solved = subproblem(highspy, *arguments, "squared")
        found = [solved] if solved is not None and solved.solution is not None else []
        best_bound = max([bound, *(s.bound for s in found)])
        values = [s.value for s in found]
        if best_bound < self.cutoff and (not values or min(values) - best_bound > TIGHT_GAP * max(min(values), 0.0)):
            tight = tight_subproblem(highspy, *arguments, "squared")
            if tight is not None and tight.solution is not None:
                found.append(tight)
        width, d = len(cells), relaxation.x_tilde.shape[1]
        return [Solved(s.value, (unmerge(s.solution[0], blocks, width, d), s.solution[1]), s.bound) for s in found]

    def bound(self) -> float:
        """What the nodes closed, the exact pairs and (unless the search finished) the open nodes prove."""
        floors = [self.heap[0][0]] if self.heap and not self.finished else []
        return max(0.0, min([self.first_cutoff, self.proven, *self.leaf_bounds, *floors]))

    def outcome(self, begin: float, backend: Backend) -> CellOutcome:
        seconds = time.perf_counter() - begin
        record: dict[str, Any] = {"nodes": self.nodes, "pair_cells": int(len(self.relaxation.patterns)),
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
