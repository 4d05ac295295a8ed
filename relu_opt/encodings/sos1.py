"""SOS1 encoding: slack s = h - z >= 0 and at most one of {h, s} nonzero.

No big constant enters the constraints; the solver branches on the SOS1 set itself. The slack's
upper bound -L comes from the interval bounds (solvers need finite bounds to branch well).
"""

from __future__ import annotations

import pyomo.environ as pyo

from .base import Record


class Sos1Encoding:
    name = "sos1"
    requires = frozenset({"sos1"})

    def add_relu(
        self, block: pyo.Block, pre: pyo.Var, post: pyo.Var, lower: float, upper: float
    ) -> Record:
        block.slack = pyo.Var(bounds=(0.0, -lower))
        block.slack_definition = pyo.Constraint(expr=block.slack == post - pre)
        block.one_of = pyo.SOSConstraint(rule=lambda b: [post, b.slack], sos=1)
        return Record.of_block(self.name, block)

    def assign(self, block: pyo.Block, pre_value: float) -> None:
        block.slack.set_value(max(-pre_value, 0.0))
