"""A solve's plan as plain data: which normalization applies, and the parts (models) to solve.

A :class:`Part` is a label plus what fixes its model (a sign class, an anchor class, or nothing
for one model of the whole problem); :func:`build_part` makes its Pyomo model from the Plan.
Both are frozen dataclasses of numbers, strings and the problem, so a part can be handed to
another process or a Dask worker: it is data, not a closure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from ..formulation import TrainingModel, TrainingProblem, build_model
from ..network import Weights
from ..reformulations.anchor_normalized import (
    Anchor,
    anchor_blocker,
    anchor_classes,
    build_anchor_model,
    network_class,
)
from ..reformulations.sign_normalized import TightenedBounds, build_normalized_model, normalization_blocker
from ..reformulations.convexity_cuts import add_convexity_rows
from ..reformulations.pattern_cuts import add_pattern_cuts
from ..reformulations.symmetry import add_neuron_ordering
from .direction_scope import directions_apply
from .pair_scope import pair_tree_applies
from .strategy import Strategy

# Anchor classes number C(m + 2p - 1, 2p - 1) for width m and p outputs (1,140 for the ETR formulas'
# m = 17, p = 2): past this many, building them alone eats the time and any unsolved one leaves the
# bound at 0, so one plain model (with the warm start) is the better bet.
MAX_ANCHOR_CLASSES = 64


class Normalization(str, Enum):
    SIGN = "sign"  # one hidden layer, scalar output: no bilinear terms left
    ANCHOR = "anchor"  # one hidden layer, vector output, box: each neuron's largest output weight is +-1
    NONE = "none"  # the plain model


@dataclass(frozen=True)
class Part:
    """One model of a plan: a sign class (``signs``), an anchor class (``anchors``), or the
    whole problem (both None)."""

    signs: tuple[int, ...] | None = None
    anchors: tuple[Anchor, ...] | None = None

    @property
    def label(self) -> str:
        """'++-' for a sign class, 'y1+ y1+ y2-' for an anchor class, 'all' for one model."""
        if self.signs is not None:
            return "".join("+" if s > 0 else "-" for s in self.signs)
        if self.anchors is not None:
            return " ".join(f"y{k + 1}{'+' if s > 0 else '-'}" for k, s in self.anchors)
        return "all"


@dataclass(frozen=True)
class Plan:
    problem: TrainingProblem  # the (reduced, scaled) problem every part is a model of
    normalization: Normalization
    parts: tuple[Part, ...]
    symmetry: bool = False
    tightening: bool = False  # OBBT per sign class, given its cutoff
    pattern_cuts: bool = False  # Radon rows between each first-layer neuron's binaries
    convexity: bool = False  # convexity rows per sign group (sign classes)
    screen: bool = False  # convex-regression bound of one-sign classes before branch-and-bound
    cells: bool = False  # mixed classes with a lone neuron solved over its cells (cell_parts.py)
    pair_tree: bool = False  # classes of two neurons by pairs of their cells (pair_tree.py)
    reason: str = ""  # why no normalization applies (Normalization.NONE)
    objective_limit: float | None = None  # objective of a known network (the warm start)
    starts: tuple = ()  # per part (plan order): a network of that part to start its solver from, or None
    class_floors: tuple[float, ...] = ()  # per part (plan order): a proven lower bound (output_split.py), or none

    def start_of(self, part: Part):
        """The network ``part``'s model starts from (None: none known)."""
        if not self.starts:
            return None
        return self.starts[self.parts.index(part)]

    def floor_of(self, part: Part) -> float:
        """A lower bound of ``part`` known before it is solved (0: none)."""
        if not self.class_floors:
            return 0.0
        return self.class_floors[self.parts.index(part)]

    def describe(self) -> str:
        """The normalization in words, for the result's details."""
        if self.normalization is Normalization.SIGN:
            return "applied"
        if self.normalization is Normalization.ANCHOR:
            return "applied (anchor normalization: each neuron's largest output weight is +-1)"
        return f"not applied: {self.reason}"

    def formulation_name(self, strategy: Strategy) -> str:
        steps = []
        if self.normalization is Normalization.SIGN:
            steps.append("sign-normalized")
            if strategy.sign_split:
                steps.append("split by sign class")
        elif self.normalization is Normalization.ANCHOR:
            steps.append("anchor-normalized, split by anchor class")
        else:
            steps.append("plain")
        if strategy.warm_start:
            steps.append("warm start")
        if strategy.symmetry:
            steps.append("symmetry ordering")
        if self.tightening:
            steps.append("bound tightening")
        if self.pattern_cuts:
            steps.append("pattern cuts")
        if self.convexity and self.normalization is Normalization.SIGN:
            steps.append("convexity rows")
        if self.screen and self.normalization is Normalization.SIGN:
            steps.append("one-sign classes screened by convex regression")
        if self.screen and self.normalization is Normalization.ANCHOR:
            steps.append("anchor classes screened by projected convex regression")
        if self.pair_tree and self.normalization is Normalization.SIGN and pair_tree_applies(self.problem, self.parts[0].signs):
            steps.append("classes by pairs of cells")
        elif self.cells and self.normalization is Normalization.SIGN:
            steps.append("mixed classes by cells")
        if self.cells and self.normalization is Normalization.ANCHOR and directions_apply(self.problem, self.parts[0].anchors):
            steps.append("anchor classes by output directions and cells")
        return ", ".join(steps)


def make_plan(
    problem: TrainingProblem, strategy: Strategy, warm: Weights | None = None, objective_limit: float | None = None
) -> Plan:
    """The parts ``strategy`` solves for ``problem``, the warm start's class first.
    ``objective_limit`` is the objective of a known network (bounds decay models)."""
    arch, domain = problem.architecture, problem.domain
    reason = normalization_blocker(arch, domain) if strategy.normalize else "not requested"
    if reason is None:
        parts = (
            tuple(Part(signs=s) for s in sign_classes(arch.hidden[0], warm)) if strategy.sign_split else (Part(),)
        )
        return Plan(problem, Normalization.SIGN, parts, strategy.symmetry, strategy.obbt, strategy.pattern_cuts,
                    strategy.convexity, strategy.screen, strategy.cells and strategy.sign_split,
                    pair_tree=strategy.pair_tree and strategy.sign_split, objective_limit=objective_limit)
    if strategy.normalize and anchor_blocker(arch, domain) is None:
        classes = ordered_anchor_classes(problem, warm)
        if len(classes) <= MAX_ANCHOR_CLASSES:
            return Plan(problem, Normalization.ANCHOR, tuple(Part(anchors=c) for c in classes),
                        pattern_cuts=strategy.pattern_cuts, screen=strategy.screen,
                        cells=strategy.cells and strategy.sign_split, objective_limit=objective_limit)
        reason = f"{len(classes)} anchor classes (more than {MAX_ANCHOR_CLASSES}): one plain model instead"
    return Plan(problem, Normalization.NONE, (Part(),), strategy.symmetry, pattern_cuts=strategy.pattern_cuts,
                reason=reason)


def build_part(plan: Plan, part: Part, tightened: TightenedBounds | None = None,
               convexity_pairs: frozenset[tuple[int, int]] | None = None) -> TrainingModel:
    """The Pyomo model of one part (``tightened``: OBBT bounds for a sign class;
    ``convexity_pairs``: convexity rows the class screen found binding)."""
    if plan.normalization is Normalization.SIGN:
        training = build_normalized_model(
            plan.problem, signs=part.signs, symmetry=plan.symmetry, tightened=tightened,
            objective_limit=plan.objective_limit,
        )
    elif plan.normalization is Normalization.ANCHOR:
        training = build_anchor_model(plan.problem, part.anchors)
    else:
        training = build_model(plan.problem)
        if plan.symmetry:
            add_neuron_ordering(training)
    if plan.pattern_cuts:
        add_pattern_cuts(training)
    if plan.normalization is Normalization.SIGN and (plan.convexity or convexity_pairs):
        add_convexity_rows(training, pairs=None if plan.convexity else convexity_pairs)
    return training


def sign_classes(width: int, warm: Weights | None) -> list[tuple[int, ...]]:
    """All sign classes (k positive neurons first), the warm start's class first, then by
    distance from it: classes near a good incumbent tend to hold the optimum."""
    k_warm = width
    if warm is not None:
        k_warm = int(np.sum(warm.layers[-1].weight[0] > 0))
    order = sorted(range(width + 1), key=lambda k: (abs(k - k_warm), -k))
    return [tuple([1] * k + [-1] * (width - k)) for k in order]


def ordered_anchor_classes(problem: TrainingProblem, warm: Weights | None) -> list[tuple[Anchor, ...]]:
    """Every anchor class, the warm start's first, then by how many anchors they share with it."""
    classes = anchor_classes(problem.architecture.hidden[0], problem.architecture.n_outputs)
    if warm is None:
        return classes
    home = network_class(warm)

    def shared(c: tuple[Anchor, ...]) -> int:
        return -sum(min(c.count(a), home.count(a)) for a in set(c))

    return sorted(classes, key=lambda c: (c != home, shared(c)))
