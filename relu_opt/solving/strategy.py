"""What a solve does, step by step: the ``Strategy`` and its presets, the one source of step names.

Every step is spelled one way everywhere: the Strategy field (``sign_split``), the CLI flag
(``--[no-]sign-split``), the bench modifier (``strong+sign_split`` / ``strong-sign_split``) and
the JSON details (``details.strategy.sign_split``). The CLI and the bench derive their choices
from :data:`STEPS` and :data:`FORMULATIONS`.

Steps (each measured in the benchmark, see README):
1. scale: solve in normalized units (``reformulations/data_scaling.py``), exact;
2. warm start: multi-start projected Adam (``warm_start.py``) gives an incumbent and a cutoff;
3. normalize: sign normalization where it is exact (one hidden layer, scalar output), anchor
   normalization for vector outputs; outputs whose labels are all zero are dropped first;
4. sign split: one model per sign (or anchor) class, the most promising first, each with the
   best objective so far as a cutoff;
5. symmetry: ordering constraints between interchangeable neurons (off by default);
6. obbt: bound tightening of each sign class given its cutoff (off by default);
7. screen: a one-sign class (convex or concave fit) is first bounded by convex regression
   (``class_screen.py``): pruned when the bound reaches the cutoff, otherwise the convexity rows
   it found binding are added to the class's model and its bound is the part's floor;
8. pattern cuts: geometric implications between one neuron's activation binaries
   (``reformulations/pattern_cuts.py``; off: measured slower);
9. convexity: convexity rows for every sign group (off: measured slower on mixed classes);
10. class search: before any branch-and-bound, an incumbent per sign class by a descent over
    activation patterns (``class_search.py``); classes then run best first, each from its own;
11. cells: a mixed class with a neuron alone in its sign is solved over that neuron's cells
    (``cell_parts.py``): bounded by convex regression, the open ones exactly; a two-output
    anchor class over its neurons' cells and output directions (``direction_parts.py``);
12. pair tree: a sign class of two neurons (scalar output) by branch-and-bound over pairs of
    its neurons' cells (``pair_tree.py``), before the cells of step 11;
13. kink floor: one input, two or more outputs: a lower bound for every network from which gaps
    between the sorted inputs hold its kinks (``kink_floor.py``), before the parts; it floors them
    all, reads networks off its nodes (``kink_networks.py``: an incumbent better than the warm
    start where it finds one) and certifies the incumbent where it reaches it.
14. split floor: vector outputs with two or more inputs where the anchor classes' direction trees
    do not reach: the loss splits exactly along any orthonormal basis of the outputs, so the sum
    of the scalar problems' certified bounds along it bounds every network (``output_split.py``);
    per anchor class only the sign classes it admits count, which closes some classes outright.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..errors import InputError


@dataclass(frozen=True)
class Strategy:
    scale: bool = True
    warm_start: bool = True
    normalize: bool = True
    sign_split: bool = True
    symmetry: bool = False
    obbt: bool = False
    screen: bool = True
    pattern_cuts: bool = False
    convexity: bool = False
    class_search: bool = True
    cells: bool = True
    pair_tree: bool = True
    kink_floor: bool = True
    split_floor: bool = True
    starts: int = 32  # local-search starts for the warm start
    free_starts: int = 256  # LM runs from random weights, rescaled into the box (<= 2 s; deep or vector output only)


@dataclass(frozen=True)
class Step:
    """A switchable step: its Strategy field and what it does (for --help)."""

    name: str
    help: str

    @property
    def flag(self) -> str:
        return self.name.replace("_", "-")


STEPS = (
    Step("scale", "solve in normalized units (data rescaled by powers of 2), mapped back exactly"),
    Step("warm_start", "start from the best of multi-start gradient training"),
    Step("normalize", "sign normalization (one hidden layer, scalar output) or anchor normalization (vector outputs)"),
    Step("sign_split", "solve each sign class separately with cutoffs"),
    Step("symmetry", "ordering constraints between interchangeable neurons"),
    Step("obbt", "bound tightening of each sign class given its cutoff"),
    Step("screen", "bound each one-sign class by convex regression first: pruned if above the cutoff, else its binding rows join the class's model"),
    Step("pattern_cuts", "rows between one neuron's activation binaries that no weights can violate (Radon partitions of the inputs)"),
    Step("convexity", "rows making each sign group's values at the points those of a convex function"),
    Step("class_search", "find a good network in every sign class first (descent over activation patterns, "
         "one convex problem per pattern) and solve the most promising class first"),
    Step("cells", "solve a mixed sign class whose one neuron is alone in its sign by that neuron's cells "
         "(its hyperplane arrangement): a convex-regression bound per cell, the open cells exactly; "
         "a two-output anchor class by its neurons' cells and output directions"),
    Step("pair_tree", "solve a sign class of two neurons (scalar output) by branch-and-bound over pairs of "
         "their cells, a least-squares QP per node, instead of over points"),
    Step("kink_floor", "one input, vector outputs: first bound every network by branch-and-bound over which gaps "
         "between the sorted inputs hold its kinks (a share of the time); the bound floors every part, "
         "and networks read off its nodes can replace the warm start"),
    Step("split_floor", "two or more inputs, vector outputs beyond the direction trees' reach: first bound every "
         "network by the scalar problems along rotated output axes (a share of the time); the bound floors "
         "every part and closes the anchor classes it reaches"),
)
STEP_NAMES = tuple(step.name for step in STEPS)
assert set(STEP_NAMES) <= {f.name for f in fields(Strategy)}

STRONG = Strategy()
PLAIN = Strategy(warm_start=False, normalize=False, sign_split=False, symmetry=False, screen=False, class_search=False,
                 cells=False, pair_tree=False, kink_floor=False, split_floor=False)
FORMULATIONS: dict[str, Strategy] = {
    "strong": STRONG,
    "normalized": Strategy(sign_split=False),  # one sign-normalized model, binaries choose signs
    "plain": PLAIN,  # the literal model (in normalized units)
}
FORMULATION_HELP = (
    "strong: the strongest valid formulation (sign normalization and sign classes where exact, "
    "warm start); normalized: one sign-normalized model; plain: the literal model"
)


def strategy_for(formulation: str) -> Strategy:
    try:
        return FORMULATIONS[formulation]
    except KeyError:
        raise InputError(f"unknown formulation {formulation!r}; choose from {', '.join(FORMULATIONS)}") from None


def with_steps(strategy: Strategy, **switches: bool | None) -> Strategy:
    """``strategy`` with the given steps switched (None leaves a step as it is)."""
    for name in switches:
        if name not in STEP_NAMES:
            raise InputError(f"unknown step {name!r}; steps: {', '.join(STEP_NAMES)}")
    return replace(strategy, **{name: value for name, value in switches.items() if value is not None})


def parse_formulation(text: str) -> Strategy:
    """``strong``, ``plain``, ``normalized``, optionally with ``+step`` / ``-step`` modifiers,
    e.g. ``strong+obbt`` or ``strong-warm_start``."""
    base, *modifiers = split_formulation(text)
    if base not in FORMULATIONS:
        raise InputError(f"unknown formulation {base!r} in {text!r}; choose from {', '.join(FORMULATIONS)}")
    strategy = FORMULATIONS[base]
    for sign, step in modifiers:
        if step not in STEP_NAMES:
            raise InputError(f"unknown step {step!r} in {text!r}; steps: {', '.join(STEP_NAMES)}")
        strategy = replace(strategy, **{step: sign == "+"})
    return strategy


def split_formulation(text: str) -> list:
    """'strong+obbt-screen' -> ['strong', ('+', 'obbt'), ('-', 'screen')] (not checked)."""
    parts, current, sign = [], "", None
    for char in text.strip():
        if char in "+-":
            parts.append(current if sign is None else (sign, current))
            current, sign = "", char
        else:
            current += char
    parts.append(current if sign is None else (sign, current))
    return parts
