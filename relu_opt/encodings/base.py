"""What every ReLU encoding is: a name, the solver features it needs, and ``add_relu``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pyomo.environ as pyo


@dataclass(frozen=True)
class Record:
    """Exactly the components one ``add_relu`` call added (names relative to the model)."""

    encoding: str
    variables: tuple[str, ...]
    constraints: tuple[str, ...]

    @classmethod
    def of_block(cls, encoding: str, block: pyo.Block) -> "Record":
        """Everything an encoding put on its own block: the block holds one ReLU, nothing else."""
        variables = tuple(
            v.name for v in block.component_data_objects(pyo.Var, descend_into=True)
        )
        constraints = tuple(
            c.name
            for c in block.component_objects(descend_into=True)
            if c.ctype is not pyo.Var and c.ctype is not pyo.Block
        )
        return cls(encoding, variables, constraints)


class Encoding(Protocol):
    """Links ``post = max(0, pre)`` given bounds ``lower < 0 < upper`` on ``pre``.

    ``requires`` names the solver features the added components need, in the vocabulary of
    :mod:`relu_opt.lowering` ("integer", "quadratic_constraints", "sos1", "indicator").
    Neurons whose bounds make them stable (always on or always off) never reach an encoding.
    """

    name: str
    requires: frozenset[str]

    def add_relu(
        self, block: pyo.Block, pre: pyo.Var, post: pyo.Var, lower: float, upper: float
    ) -> Record: ...

    def assign(self, block: pyo.Block, pre_value: float) -> None:
        """Set the encoding's own variables to match ``pre = pre_value`` (for warm starts)."""
