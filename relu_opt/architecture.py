"""Network shape and the domain a certificate is relative to (weight box, weight decay).

Layers are numbered like the mathematics: affine layer ``l = 1 .. L+1`` maps ``a_{l-1}`` to
``z_l = W_l a_{l-1} + b_l``; layers ``1..L`` are followed by a ReLU, layer ``L+1`` is the output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .errors import InputError


@dataclass(frozen=True)
class Architecture:
    """Fully connected ReLU network: ``n_inputs -> hidden[0] -> ... -> n_outputs``."""

    n_inputs: int
    hidden: tuple[int, ...]
    n_outputs: int
    hidden_bias: bool = True
    output_bias: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(int(h) for h in self.hidden))
        for name, value in (("input dimension", self.n_inputs), ("output dimension", self.n_outputs)):
            if value < 1:
                raise InputError(f"{name} must be at least 1, got {value}")
        for width in self.hidden:
            if width < 1:
                raise InputError(f"hidden layer widths must be at least 1, got {width}")

    @property
    def sizes(self) -> tuple[int, ...]:
        """Layer sizes ``(d_0, d_1, ..., d_{L+1})``."""
        return (self.n_inputs, *self.hidden, self.n_outputs)

    @property
    def n_hidden_layers(self) -> int:
        return len(self.hidden)

    @property
    def layers(self) -> range:
        """Affine layer numbers ``1 .. L+1``."""
        return range(1, len(self.hidden) + 2)

    def has_bias(self, layer: int) -> bool:
        return self.output_bias if layer == len(self.hidden) + 1 else self.hidden_bias

    def weight_shape(self, layer: int) -> tuple[int, int]:
        return self.sizes[layer], self.sizes[layer - 1]

    @property
    def n_parameters(self) -> int:
        return sum(
            rows * cols + (rows if self.has_bias(l) else 0)
            for l in self.layers
            for rows, cols in [self.weight_shape(l)]
        )

    def describe(self) -> str:
        shape = " -> ".join(str(s) for s in self.sizes)
        kind = "ReLU network" if self.hidden else "linear model"
        biases = {
            (True, True): "biases on",
            (False, False): "no biases",
            (False, True): "output bias only",
            (True, False): "hidden biases only",
        }[(self.hidden_bias, self.output_bias)]
        return f"{shape} {kind}, {biases}"


def parse_hidden(specs: list[str] | None) -> tuple[int, ...]:
    """Parse ``--hidden 3 --hidden 2`` or ``--hidden 3,2``; ``none`` means no hidden layer."""
    widths: list[int] = []
    for spec in specs or []:
        if spec.strip().lower() == "none":
            continue
        for part in spec.split(","):
            try:
                width = int(part.strip())
            except ValueError:
                raise InputError(f"--hidden: {part.strip()!r} is not a layer width") from None
            if width < 1:
                raise InputError(f"--hidden: width must be at least 1, got {width}")
            widths.append(width)
    return tuple(widths)


@dataclass(frozen=True)
class WeightBox:
    """``|w| <= bound`` for every weight and bias, optionally a different bound per layer and
    a separate bound for biases (``bias_default``, ``bias_per_layer``; unset, biases share
    their layer's weight bound).

    Separate bias bounds make the box scale-covariant: data x, y scaled by s is the same
    problem as before with the same weight box and every bias bound scaled by s.
    """

    default: float | None = None
    per_layer: tuple[tuple[int, float], ...] = field(default_factory=tuple)
    bias_default: float | None = None
    bias_per_layer: tuple[tuple[int, float], ...] = field(default_factory=tuple)
    # The output layer's bias per output as an interval (lower, upper) instead of |b| <= B: what
    # a box becomes once the labels' offset is taken out (reformulations/data_scaling.py).
    # Users state symmetric bounds; empty: the output layer's bias_bound.
    output_bias_range: tuple[tuple[float, float], ...] = field(default_factory=tuple)
    # The first layer's weights per input column (|W_1[:, d]| <= bound_d): what a box becomes
    # once input columns are merged or scaled (reformulations/input_columns.py). Empty: the
    # layer's bound for every column.
    input_weight_bounds: tuple[float, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        bounds = [b for b in (self.default, self.bias_default) if b is not None]
        bounds += [b for _, b in self.per_layer + self.bias_per_layer]
        for bound in bounds:
            if not (isinstance(bound, (int, float)) and math.isfinite(bound) and bound > 0):
                raise InputError(f"weight bounds must be positive finite numbers, got {bound}")
        for bound in self.input_weight_bounds:
            if not (math.isfinite(bound) and bound > 0):
                raise InputError(f"input column weight bounds must be positive finite numbers, got {bound}")
        for lower, upper in self.output_bias_range:
            if not (math.isfinite(lower) and math.isfinite(upper) and lower <= upper):
                raise InputError(f"an output bias interval must be finite and not empty, got [{lower}, {upper}]")

    def bound(self, layer: int) -> float | None:
        """The bound on layer ``layer``'s weights (None: the box does not bound them)."""
        return _layer_value(self.per_layer, layer, self.default)

    def bias_bound(self, layer: int) -> float | None:
        """The bound on layer ``layer``'s biases: its own if given, else the weights' bound."""
        own = _layer_value(self.bias_per_layer, layer, self.bias_default)
        return own if own is not None else self.bound(layer)

    def check_layers(self, architecture: Architecture) -> None:
        for l, _ in self.per_layer + self.bias_per_layer:
            if l not in architecture.layers:
                raise InputError(
                    f"--layer-bound names layer {l}, but the network has layers "
                    f"1..{architecture.layers[-1]}"
                )

    def describe(self) -> str:
        parts = []
        if self.default is not None:
            parts.append(f"|w|, |b| <= {self.default:g}" if self.bias_default is None else f"|w| <= {self.default:g}")
        if self.bias_default is not None:
            parts.append(f"|b| <= {self.bias_default:g}")
        for layer, bound in self.per_layer:
            parts.append(f"layer {layer}: |w|, |b| <= {bound:g}")
        for layer, bound in self.bias_per_layer:
            parts.append(f"layer {layer}: |b| <= {bound:g}")
        if self.input_weight_bounds:
            parts.append("layer 1 per input column: |w| <= " + ", ".join(f"{b:.6g}" for b in self.input_weight_bounds))
        for k, (lower, upper) in enumerate(self.output_bias_range):
            parts.append(f"output bias {k + 1} in [{lower:.6g}, {upper:.6g}]")
        return "; ".join(parts)


def _layer_value(per_layer: tuple[tuple[int, float], ...], layer: int, default: float | None) -> float | None:
    for l, value in per_layer:
        if l == layer:
            return float(value)
    return None if default is None else float(default)


def parse_layer_bound(spec: str) -> tuple[int, float]:
    """Parse ``LAYER=BOUND`` (e.g. ``2=5``)."""
    layer, sep, bound = spec.partition("=")
    try:
        if not sep:
            raise ValueError
        return int(layer), float(bound)
    except ValueError:
        raise InputError(f"--layer-bound expects LAYER=BOUND (e.g. 2=5), got {spec!r}") from None


@dataclass(frozen=True)
class WeightDecay:
    """Penalty ``(lam / 2) * sum(theta^2)`` added to the loss (biases included by default).

    ``layer_factors`` (per affine layer: weight factor, bias factor) weights the groups:
    layer l adds ``(lam / 2) (fw_l ||W_l||^2 + fb_l ||b_l||^2)``. Users leave it empty (every
    factor 1); the data scaling sets it, because rescaling x and y rescales weights and biases
    differently (``reformulations/data_scaling.py``).
    """

    lam: float
    include_biases: bool = True
    layer_factors: tuple[tuple[float, float], ...] = ()

    def __post_init__(self) -> None:
        if not (isinstance(self.lam, (int, float)) and math.isfinite(self.lam) and self.lam > 0):
            raise InputError(f"weight decay must be a positive finite number, got {self.lam}")
        for factors in self.layer_factors:
            if not all(math.isfinite(f) and f > 0 for f in factors):
                raise InputError(f"weight decay factors must be positive, got {factors}")

    def coefficients(self, n_layers: int) -> tuple[tuple[float, float], ...]:
        """(weight, bias) coefficient of each affine layer 1..n_layers: the penalty is
        sum_l (c_w/2) ||W_l||^2 + (c_b/2) ||b_l||^2; unpenalized biases get 0."""
        factors = self.layer_factors or ((1.0, 1.0),) * n_layers
        return tuple(
            (self.lam * fw, self.lam * fb if self.include_biases else 0.0) for fw, fb in factors[:n_layers]
        )

    @property
    def uniform(self) -> bool:
        """True when every penalized group has the same coefficient lam."""
        return all(f == 1.0 for pair in self.layer_factors for f in pair)


@dataclass(frozen=True)
class Domain:
    """The set of weights a certificate is relative to: a box, weight decay, or both."""

    box: WeightBox | None = None
    decay: WeightDecay | None = None

    def __post_init__(self) -> None:
        if self.box is None and self.decay is None:
            raise InputError(
                "no domain: give a weight bound (--bound B) or weight decay (--weight-decay L); "
                "without one the optimum need not exist"
            )

    def describe(self) -> str:
        parts = [self.box.describe()] if self.box is not None else []
        if self.decay is not None:
            scope = "weights and biases" if self.decay.include_biases else "weights"
            parts.append(f"weight decay (lambda/2)*||theta||^2 on {scope}, lambda = {self.decay.lam:g}")
        return "; ".join(p for p in parts if p)
