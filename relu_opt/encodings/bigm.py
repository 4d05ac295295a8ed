"""Big-M encoding with a binary ``active`` per neuron and per data point.

active = 1: h = z (needs z >= 0);  active = 0: h = 0 (needs z <= 0). The constants are the
interval bounds of z from ``bounds.py``, so the encoding is exact on the stated domain:
h >= 0, h >= z, h <= z - L (1 - a), h <= U a.
"""

from __future__ import annotations

import pyomo.environ as pyo

from .base import Record


class BigMEncoding:
    name = "bigm"
    requires = frozenset({"integer"})

    def add_relu(
        self, block: pyo.Block, pre: pyo.Var, post: pyo.Var, lower: float, upper: float
    ) -> Record:
        block.on = pyo.Var(within=pyo.Binary)
        block.above_pre = pyo.Constraint(expr=post >= pre)
        block.off_when_inactive = pyo.Constraint(expr=post <= upper * block.on)
        block.pre_when_active = pyo.Constraint(expr=post <= pre - lower * (1 - block.on))
        return Record.of_block(self.name, block)

    def assign(self, block: pyo.Block, pre_value: float) -> None:
        block.on.set_value(1 if pre_value > 0 else 0)
