"""The seed's polynomial encoding: h >= 0, h - z >= 0, h (h - z) = 0.

No binaries and no big constants, but the equality is bilinear and nonconvex, so only spatial
branch-and-bound (SCIP, Gurobi nonconvex) can take it.
"""

from __future__ import annotations

import pyomo.environ as pyo

from .base import Record


class ComplementarityEncoding:
    name = "complementarity"
    requires = frozenset({"quadratic_constraints"})

    def add_relu(
        self, block: pyo.Block, pre: pyo.Var, post: pyo.Var, lower: float, upper: float
    ) -> Record:
        # post >= 0 is the variable's lower bound, set by the formulation.
        block.above_pre = pyo.Constraint(expr=post - pre >= 0)
        block.complementary = pyo.Constraint(expr=post * (post - pre) == 0)
        return Record.of_block(self.name, block)

    def assign(self, block: pyo.Block, pre_value: float) -> None:
        pass  # no variables of its own
