"""A lower bound for every network of a one-input, vector-output problem, from the gaps that hold
its kinks (``relaxations/kink_gaps.py``): best-first branch-and-bound over configurations, the
signs of the slope changes and the kinks' places, each node a small QP with a rigorous dual bound.

The pipeline runs it before the parts, for a share of the time, with the warm start's objective as
the cutoff: its bound floors every part (as repeated inputs' least loss does), and where it reaches
the cutoff the warm start is certified without them; it stops early once its floor certifies the
warm start or has stalled. It is where the ETR gadgets' no-fit claims get a positive bound: the
anchor classes' direction trees bite only once all but one neuron's cells are fixed, and at width 5
they left 24 of 56 classes unstarted after 1,200 s (issue 22). Scalar one-input problems do not run it: the
existing routes certify the library's in seconds, and without the neurons' orientation and the box
this bound falls short of 5 of their 14 optima (measured).
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from dataclasses import dataclass
from typing import Any, Callable

from ..backends import Progress
from ..bounds import parameter_bounds
from ..formulation import TrainingProblem
from ..network import Weights
from ..relaxations.kink_gaps import KinkGapRelaxation, KinkNode, KinkNodeBound, configuration_count, configurations
from .kink_networks import NodeNetworks

KINK_SHARE, KINK_SECONDS = 0.2, 60.0  # the search's share of the time left, and its cap
MAX_CONFIGURATIONS = 100_000  # each is a QP at the root (~0.3 ms): beyond this the root alone is slow
PLACE_TOLERANCE = 2.0 ** -16  # a kink's place (share of its gap) is not halved below this
PROGRESS_SECONDS = 1.0
STALL_NODES, STALL_SHARE, STALL_RISE = 1000, 0.25, 1e-2
"""The search stops once its floor has not risen by STALL_RISE (relative) for max(STALL_NODES,
STALL_SHARE x the nodes it took to get there): where the neurons' orientation or the box binds,
the floor stops at this relaxation's own optimum and the rest of the budget buys nothing (a
7-point two-output problem: 0.00297 after 1 s, the same after 24 s; the optimum 0.00379).
Counted in nodes, not seconds, so that the floor does not depend on the machine's load: with a
clock (1 s, a quarter of the time) the moved-label gadget's floor stopped at 0.0021 beside other
runs and at 1/150 alone."""


def kink_floor_applies(problem: TrainingProblem) -> bool:
    """One input, one hidden layer with hidden and output biases, two or more outputs, squared
    loss, a box and no decay (the objective is the loss), and not too many configurations."""
    arch, data = problem.architecture, problem.dataset
    if not (data.n_inputs == 1 and arch.n_hidden_layers == 1 and arch.n_outputs >= 2 and arch.hidden_bias
            and arch.output_bias and problem.loss == "squared" and problem.domain.decay is None
            and problem.domain.box is not None):
        return False
    gaps = len(set(data.x[:, 0].tolist())) - 1
    return gaps >= 1 and configuration_count(gaps, arch.hidden[0]) <= MAX_CONFIGURATIONS


@dataclass
class KinkFloor:
    """What the search proved: every network's loss is >= ``bound`` (``complete``: every node
    closed at the cutoff, or the bound is ``enough``)."""

    bound: float
    complete: bool
    cutoff: float
    stalled: bool
    nodes: int
    configurations: int
    open_at_root: int
    seconds: float
    network: Weights | None = None  # a network better than the cutoff, read off a node
    objective: float | None = None  # its loss
    network_seconds: float | None = None  # when it was found
    networks_read: int = 0

    def record(self, factor: float = 1.0) -> dict[str, Any]:
        return {"bound": self.bound * factor, "complete": self.complete, "stalled": self.stalled,
                "cutoff": self.cutoff * factor,
                "network_objective": None if self.objective is None else self.objective * factor,
                "network_seconds": self.network_seconds, "networks_read": self.networks_read,
                "nodes": self.nodes, "configurations": self.configurations,
                "open_at_root": self.open_at_root, "seconds": self.seconds}


def slope_bound(problem: TrainingProblem) -> float:
    """|slope of any output| <= sum_j |v_j| |w_j| over the box."""
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    return problem.architecture.hidden[0] * float(bounds.weight[-1]) * float(bounds.first_layer_weights(1)[0])


def kink_floor(problem: TrainingProblem, cutoff: float, seconds: float | None,
               progress: Callable[[Progress], None] | None = None, elapsed_before: float = 0.0,
               enough: Callable[[float, float], bool] | None = None, networks: bool = True) -> KinkFloor:
    """The search of the module docstring, for at most ``seconds`` (None: to the end), closing
    nodes at ``cutoff`` (finite: the values' box comes from it) or at a better network found on the
    way (``networks``: read off the nodes, ``kink_networks.py``; ``KinkFloor.network``).
    ``enough(floor, objective)``: stop as soon as the floor so far certifies the best objective (the
    pipeline: its certified gap); without it the nodes around the optimum are split down to
    PLACE_TOLERANCE, which is the whole budget whenever the bound is tight there."""
    if not math.isfinite(cutoff):
        raise ValueError("the kink floor needs a finite cutoff (an incumbent's objective)")
    begin = time.perf_counter()
    deadline = None if seconds is None else begin + seconds
    relaxation = KinkGapRelaxation(problem.dataset.x[:, 0], problem.dataset.y, problem.architecture.hidden[0],
                                   slope_bound(problem), cutoff)
    reader = NodeNetworks(problem, relaxation, cutoff, begin) if networks else None
    heap: list[tuple[float, int, KinkNode, Any]] = []
    counter = itertools.count()
    leaves: list[float] = []
    nodes = 0
    out_of_time = reached = stalled = False
    shown = begin

    def best() -> float:
        return cutoff if reader is None else reader.objective

    def show(floor: float) -> None:
        nonlocal shown
        now = time.perf_counter()
        if progress is not None and now - shown >= PROGRESS_SECONDS:
            shown = now
            progress(Progress(elapsed_before + now - begin, nodes, best(), max(floor, 0.0)))

    def bounded(node: KinkNode) -> KinkNodeBound:
        nonlocal nodes
        result = relaxation.bound(node)
        nodes += 1
        if reader is not None and result.z is not None:  # (None: the QP did not finish)
            reader.offer(node, result)
        return result

    total = configuration_count(relaxation.gaps, relaxation.width)
    root_done = True
    for kinds in configurations(relaxation.gaps, relaxation.width):
        if deadline is not None and time.perf_counter() > deadline:
            out_of_time, root_done = True, False  # configurations not yet bounded: nothing beyond 0
            break
        node = KinkNode.root(kinds)
        result = bounded(node)
        if result.bound < best():
            heapq.heappush(heap, (result.bound, next(counter), node, result.z))
        show(0.0)
        if enough is not None and reader is not None and enough(0.0, best()):
            # an exact fit: certified against 0, and 0 is all that can be claimed with
            # configurations left unbounded
            reached, root_done = True, False
            break
    open_at_root = len(heap)
    risen_to, risen_at = 0.0, nodes
    while heap and not out_of_time and not reached:
        if deadline is not None and time.perf_counter() > deadline:
            out_of_time = True
            break
        floor, _, node, z = heapq.heappop(heap)
        if floor >= best():
            continue  # closed by a network found since it was queued
        so_far = min([floor, *leaves])
        show(so_far)
        if so_far > 0 and so_far > risen_to * (1 + STALL_RISE):
            risen_to, risen_at = so_far, nodes
        # a floor still at 0 has not stalled, it has not started (X = 1, Y = 1.2 forced: ~0 for
        # 15 s, then 5.5e-5)
        stalled = risen_to > 0 and nodes - risen_at > max(STALL_NODES, STALL_SHARE * risen_at)
        if (enough is not None and enough(so_far, best())) or stalled:
            heapq.heappush(heap, (floor, next(counter), node, z))
            reached = not stalled
            break
        children = relaxation.children(node, z, PLACE_TOLERANCE)
        if not children:
            leaves.append(floor)
            continue
        for child in children:
            result = bounded(child)
            bound = max(floor, result.bound)
            if bound < best():
                heapq.heappush(heap, (bound, next(counter), child, result.z))
    if not root_done:
        bound = 0.0
    else:
        bound = max(0.0, min([best(), *(entry[0] for entry in heap), *leaves]))
    complete = reached or (not heap and not leaves and not out_of_time)
    found = None if reader is None else reader.network
    return KinkFloor(bound, complete, cutoff, stalled, nodes, total, open_at_root, time.perf_counter() - begin,
                     found, best() if found is not None else None, None if reader is None else reader.found_at,
                     0 if reader is None else reader.read)


def budget(remaining: float | None) -> float:
    return KINK_SECONDS if remaining is None else max(0.0, min(KINK_SECONDS, KINK_SHARE * remaining))

