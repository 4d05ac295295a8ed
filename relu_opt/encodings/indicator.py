"""Indicator encoding as a Pyomo GDP disjunction: active (h = z) or inactive (h = 0, z <= 0).

Backends with native indicator constraints (SCIP, Gurobi) receive each disjunct's constraints
as indicator constraints on its binary; Pyomo users can also apply ``gdp.bigm`` or ``gdp.hull``.
The globally valid cuts h >= z (and h >= 0 from the bound) tighten the relaxation.
"""

from __future__ import annotations

import pyomo.environ as pyo
from pyomo.gdp import Disjunct, Disjunction

from .base import Record


class IndicatorEncoding:
    name = "indicator"
    requires = frozenset({"indicator", "integer"})

    def add_relu(
        self, block: pyo.Block, pre: pyo.Var, post: pyo.Var, lower: float, upper: float
    ) -> Record:
        block.above_pre = pyo.Constraint(expr=post >= pre)
        block.on = Disjunct()
        block.on.identity = pyo.Constraint(expr=post == pre)
        block.off = Disjunct()
        block.off.zero = pyo.Constraint(expr=post == 0)
        block.off.nonpositive = pyo.Constraint(expr=pre <= 0)
        block.either = Disjunction(expr=[block.on, block.off])
        return Record.of_block(self.name, block)

    def assign(self, block: pyo.Block, pre_value: float) -> None:
        active = pre_value > 0
        block.on.binary_indicator_var.set_value(int(active))
        block.off.binary_indicator_var.set_value(int(not active))
