"""An anchor class of a two-output network solved by output directions and cells.

Branch-and-bound over points cannot feel that a two-output ReLU network's neurons each push
the outputs along one direction: on teacher-N8-n2-m2-p2-s0 (8 points, width 2) SCIP's anchor
classes ended at bound 0.0103 after 120 s. Here a class (each neuron's anchor = a sector of
output directions, ``relaxations/direction_cells.py``) is searched as a tree:

1. **cells first**: the neurons' activation patterns are fixed one neuron at a time (every cell
   of its arrangement a child; interchangeable neurons in cell order), each node bounded by the
   convex relaxation of its sectors, the free neurons by convex regression along the sectors'
   inward normals;
2. **then directions**: a node with every pattern fixed has its widest sector halved until
   every sector is 2^-SPLIT_DEPTH of its quarter (the relaxation tightens only linearly in the
   width: halving without end clusters thousands of nodes around the optimum, measured; eight
   halvings close all but the optimum's own pattern tuples and its nearest neighbours on
   teacher-N8 and N12, now that a node costs 0.1-0.3 ms with DAQP instead of 2.6 ms with HiGHS);
3. **leaves**: every pattern tuple still open is solved exactly by the solver: the class's model
   with all binaries fixed by the patterns and each neuron's direction bounded to the hull of
   the tuple's open sectors (a small bilinear problem; its spatial branching converges where
   the sector relaxation does not), lowest bound first, each with the cutoff
   (``direction_leaves.py``: here, or as units of work for any worker).

The class's bound is min(cutoff, each leaf's proven bound, unsolved leaves' floors); a tree that
runs past its share of the time hands the class back to branch-and-bound over points, floored by
the least open node.
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from dataclasses import replace
from typing import Any, Callable

import numpy as np

from ..backends import Backend, SolveOptions
from ..bounds import parameter_bounds
from ..certify import certified_result
from ..methods.arrangements import EnumerationTimeout, all_patterns
from ..network import augmented
from ..reformulations.anchor_normalized import anchor_u_bound
from ..relaxations.direction_cells import DirectionRelaxation, Slot, anchor_sector
from ..results import Result, Termination
from .cell_parts import CELL_PASS_SHARE
from .leaf_account import CellOutcome, lowered_cutoff, solve_here
from .direction_fits import TupleFitter, TupleNetwork
from .direction_leaves import DeferredLeaves, OpenTuple, leaf_works, model_anchors
from .direction_scope import directions_apply
from .single import spec_for

SPLIT_DEPTH = 8
"""Halvings of the sectors once every pattern is fixed. teacher-N8-n2-m2-p2-s0, DAQP nodes,
--jobs 1: 1 -> 51 leaves, 53 s; 3 -> 22, 38 s; 5 -> 2, 11.0 s; 6 -> 2, 10.7 s; 8 -> 2, 10.9 s;
10 -> 2, 12.1 s. Re-measured with the tree's fits (jobs 1; tree nodes, leaves, leaf seconds;
depth 6 / 8): teacher-N12 two outputs 101,524 / 102,596 nodes, 10 / 4 leaves, 16.7 / 9.3 s
(9 and 10: 3 leaves, 8.1-8.5 s, but 1-2 % more nodes); teacher-N16 263,177 / 263,417 nodes, 8 / 8
leaves, 14.9 / 13.3 s; teacher-N8 2 / 2 leaves, 3.2 / 1.9 s; its standardized twin 4 / 2 leaves,
5.0 / 2.6 s; the 4-ReLU inversion gadget (--jobs 2) 309,345 / 326,841 nodes, 4 / 4 leaves, 146 /
145 s: the optimum's neighbours close in the tree for 1-6 % more nodes."""
MAX_NODES = 200_000
SHARED_EVERY = 512  # nodes between two readings of the other parts' best objective (Dask: a round trip)
ANCHOR_WIDTH = math.pi / 2


def relaxation_of(problem, patterns: np.ndarray, highspy) -> DirectionRelaxation:
    """The node bounds in the anchor model's units (its u box; the output biases' intervals)."""
    data, arch = problem.dataset, problem.architecture
    lower, upper = parameter_bounds(data, arch, problem.domain, problem.loss).output_bias_interval(arch)
    return DirectionRelaxation(data.x, augmented(data.x, arch.hidden_bias), data.y, patterns, anchor_u_bound(problem),
                               lower, upper, highspy)


def solve_by_directions(plan, part, backend: Backend, options: SolveOptions, remaining: Callable[[], float | None],
                        cutoff: float, best_value: float, solve_leaf: Callable,
                        board=None, defer_leaves: bool = False) -> CellOutcome | None:
    """The anchor class ``part`` by directions and cells (module docstring); None where this
    does not apply (the caller solves the class by branch-and-bound). ``board``: the best
    objective of the parts solved beside this one (``parts.Board``), read every SHARED_EVERY
    expanded nodes and before each leaf, and told of the tree's networks (two classes of
    teacher-N12 ran side by side: one proved its own optimum 0.15286 for 289 s while the other
    had found 0.15134 in 9 s). ``defer_leaves``: return the open tuples as units of work
    (``outcome.deferred``) instead of solving them here (``direction_leaves.py``)."""
    import highspy

    begin = time.perf_counter()
    problem = plan.problem
    if not directions_apply(problem, part.anchors):
        return None
    left = remaining()
    budget = None if left is None else CELL_PASS_SHARE * left
    x_tilde = augmented(problem.dataset.x, problem.architecture.hidden_bias)
    try:
        patterns = all_patterns(x_tilde, deadline=None if budget is None else begin + budget)
    except EnumerationTimeout:
        return None
    relaxation = relaxation_of(problem, patterns, highspy)
    anchors = model_anchors(part)
    fits = TreeFits(TupleFitter(problem, patterns, anchors, highspy), cutoff, best_value, board)
    root = tuple(Slot(None, *anchor_sector(a)) for a in anchors)
    leaf_width = ANCHOR_WIDTH / 2 ** SPLIT_DEPTH
    heap = [(0.0, 0, root)]
    counter = itertools.count(1)
    leaves: dict[tuple[int, ...], OpenTuple] = {}
    nodes = closed = pops = 0
    out_of_time = False
    while heap:
        floor, _, slots = heapq.heappop(heap)
        if floor >= fits.cutoff:
            continue
        if nodes >= MAX_NODES or (budget is not None and time.perf_counter() - begin > budget):
            heapq.heappush(heap, (floor, 0, slots))
            out_of_time = True
            break
        pops += 1
        if pops % SHARED_EVERY == 0:
            fits.read_shared()
        fits.try_node(slots)
        children = _children(slots, anchors, len(patterns), leaf_width)
        if not children:
            key = tuple(int(s.cell) for s in slots)
            leaves[key] = leaves[key].widened(floor, slots) if key in leaves else OpenTuple.of(floor, slots)
            continue
        for child in children:
            nodes += 1
            bound = max(floor, relaxation.bound(child).bound)
            if bound >= fits.cutoff:
                closed += 1
            else:
                heapq.heappush(heap, (bound, next(counter), child))
    record: dict[str, Any] = {"cells": int(len(patterns)), "direction_nodes": nodes, "direction_closed": closed,
                              "tree_seconds": time.perf_counter() - begin, "tuple_fits": fits.count}
    outcome = CellOutcome(Termination.CUTOFF, fits.cutoff, record)
    tree_network = None
    if fits.best is not None:
        record["tree_objective"] = fits.best.value
        tree_network = network_result(problem, fits.best, backend, time.perf_counter() - begin)
    if out_of_time:
        # the class goes to branch-and-bound; whatever it proves, no network of the class is
        # below the least open node or leaf
        outcome.termination = Termination.TIME_LIMIT
        outcome.bound = max(0.0, min([fits.cutoff, *(entry[0] for entry in heap), *(o.floor for o in leaves.values())]))
        record["floor"] = outcome.bound
        if tree_network is not None:
            outcome.best_objective, outcome.best_weights = fits.best.value, tree_network
        return outcome
    deferred = DeferredLeaves(outcome, cutoff, best_value, leaf_works(patterns, leaves, fits.best), tree_network)
    if defer_leaves and leaves:
        outcome.deferred = deferred
        return outcome
    return solve_here(plan, part, deferred, remaining, solve_leaf, board, begin)


class TreeFits:
    """The tree's own networks (``direction_fits.py``): one local fit per pattern tuple, the
    first time a node with every pattern fixed is expanded, from its sectors' middle
    directions; the best one lowers the tree's cutoff as a leaf's would (``lowered_cutoff``).
    Measured on teacher-N12-n2-m2-p2-s0: 4 ms a fit; the optimum's tuple reaches the optimum
    (0.151336800) from its quarter's middle."""

    def __init__(self, fitter: TupleFitter, cutoff: float, start: float, board) -> None:
        self.fitter, self.start, self.first_cutoff, self.board = fitter, start, cutoff, board
        self.cutoff = cutoff
        self.best: TupleNetwork | None = None
        self.fitted: set[tuple[int, ...]] = set()
        self.count = 0

    def read_shared(self) -> None:
        """Lower the cutoff to what the parts beside this one found."""
        if self.board is not None:
            self.cutoff = min(self.cutoff, lowered_cutoff(self.board.best(), self.first_cutoff, self.start))

    def try_node(self, slots: tuple[Slot, ...]) -> None:
        if any(s.cell is None for s in slots):
            return
        key = tuple(int(s.cell) for s in slots)
        if key in self.fitted:
            return
        self.fitted.add(key)
        self.count += 1
        found = self.fitter.fit(key, tuple((s.lo + s.hi) / 2 for s in slots))
        if found is None or not math.isfinite(found.value) or found.value >= min(self.start, self.best_value):
            return
        self.best = found
        self.cutoff = min(self.cutoff, lowered_cutoff(found.value, self.first_cutoff, self.start))
        if self.board is not None:
            self.board.offer(found.value)

    @property
    def best_value(self) -> float:
        return math.inf if self.best is None else self.best.value


def network_result(problem, found: TupleNetwork, backend: Backend, seconds: float) -> Result:
    """A network found outside the solver as a Result of ``problem`` (certified like a
    solver's: forward pass, domain), so the class hands it on as it does a leaf's."""
    parameters = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    return certified_result(dataset=problem.dataset, spec=spec_for(problem, parameters, "anchor-normalized, direction tree"),
                            termination=Termination.TIME_LIMIT, solver_objective=found.value, bound=0.0,
                            weights=found.weights, solver=backend.name, solver_version=backend.version(),
                            wall_time=seconds)


def _children(slots: tuple[Slot, ...], anchors, n_cells: int, leaf_width: float) -> list[tuple[Slot, ...]]:
    """Fix the first free neuron's cell (interchangeable neurons: not below the previous
    one's cell), else halve the widest sector above ``leaf_width``; [] for a leaf."""
    free = [j for j, s in enumerate(slots) if s.cell is None]
    if free:
        j = free[0]
        first = 0
        if j > 0 and anchors[j - 1] == anchors[j]:
            # interchangeable neurons, both still over their whole anchor sector (sectors are
            # halved only once every cell is fixed): swapping them maps every network of the
            # node with cells (c, c' < c) to one with (c', c). (Halving a free neuron's sector
            # before its cells, tried down to a quarter, took 18,800+ nodes instead of 14,018 on
            # teacher-N8-n2-m2-p2-s0: free-neuron QPs cost 3x a fixed one's, and twins lose this
            # order once their sectors differ.)
            first = int(slots[j - 1].cell)
        return [slots[:j] + (replace(slots[j], cell=k),) + slots[j + 1:] for k in range(first, n_cells)]
    widths = [s.width for s in slots]
    j = int(np.argmax(widths))
    if widths[j] <= leaf_width * (1 + 1e-9):
        return []
    return _halves(slots, j)


def _halves(slots: tuple[Slot, ...], j: int) -> list[tuple[Slot, ...]]:
    s = slots[j]
    middle = (s.lo + s.hi) / 2
    return [slots[:j] + (half,) + slots[j + 1:] for half in (replace(s, hi=middle), replace(s, lo=middle))]
