"""Architecture, domain and option parsing."""

from __future__ import annotations

import math

import pytest

from relu_opt.architecture import (
    Architecture,
    Domain,
    WeightBox,
    WeightDecay,
    parse_hidden,
    parse_layer_bound,
)
from relu_opt.errors import InputError


@pytest.mark.parametrize(
    "specs, widths",
    [(["3", "2"], (3, 2)), (["3,2"], (3, 2)), (["4"], (4,)), (["none"], ()), (None, ())],
)
def test_parse_hidden(specs, widths):
    assert parse_hidden(specs) == widths


@pytest.mark.parametrize("spec", ["0", "-1", "a", "2,,3"])
def test_parse_hidden_rejects(spec):
    with pytest.raises(InputError, match="--hidden"):
        parse_hidden([spec])


def test_layer_numbering_and_parameter_count():
    arch = Architecture(2, (3, 2), 1, hidden_bias=True, output_bias=False)
    assert arch.sizes == (2, 3, 2, 1)
    assert list(arch.layers) == [1, 2, 3]
    assert [arch.weight_shape(l) for l in arch.layers] == [(3, 2), (2, 3), (1, 2)]
    assert arch.has_bias(1) and arch.has_bias(2) and not arch.has_bias(3)
    assert arch.n_parameters == 6 + 3 + 6 + 2 + 2


def test_parse_layer_bound():
    assert parse_layer_bound("2=5") == (2, 5.0)
    for bad in ["2", "x=1", "2=y"]:
        with pytest.raises(InputError, match="LAYER=BOUND"):
            parse_layer_bound(bad)


@pytest.mark.parametrize("bound", [0.0, -1.0, math.nan, math.inf])
def test_box_rejects_impossible_bounds(bound):
    with pytest.raises(InputError, match="positive finite"):
        WeightBox(bound)


def test_box_per_layer_overrides_default():
    box = WeightBox(10.0, ((2, 3.0),))
    assert box.bound(1) == 10.0 and box.bound(2) == 3.0
    box.check_layers(Architecture(1, (2,), 1))  # layers 1..2: fine
    with pytest.raises(InputError, match="names layer 5"):
        WeightBox(10.0, ((5, 3.0),)).check_layers(Architecture(1, (2,), 1))


@pytest.mark.parametrize("lam", [0.0, -1.0, math.nan])
def test_decay_rejects_impossible_lambda(lam):
    with pytest.raises(InputError, match="weight decay"):
        WeightDecay(lam)


def test_domain_needs_box_or_decay():
    with pytest.raises(InputError, match="no domain"):
        Domain()
    assert "lambda = 0.5" in Domain(decay=WeightDecay(0.5)).describe()
