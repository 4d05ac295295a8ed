"""The ETR-INV reduction: gadget design, layout, witnesses, read-back, and certified no-fits."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.errors import InputError
from relu_opt.bench import etr_checks
from relu_opt.generators import etr_gadgets as g
from relu_opt.generators.etr import parse_formula, reduce
from relu_opt.network import loss_value

SATISFIABLE = {
    "X + X = Y": {"X": 0.75, "Y": 1.5},
    "X + Y = Z": {"X": 0.6, "Y": 0.7, "Z": 1.3},
    "X * Y = 1": {"X": 0.8, "Y": 1.25},
    "X + X = Y\nX * Y = 1": {"X": 2 ** -0.5, "Y": 2 ** 0.5},
}


def test_gadget_design_checks_hold():
    checks = g.design_checks()
    assert checks and all(c.holds for c in checks), [c.claim for c in checks if not c.holds]


def test_parse_formula():
    formula = parse_formula("# comment\nX + X = Y   # doubling\n\nX * Y = 1\n")
    assert formula.variables == ("X", "Y")
    assert formula.additions == (("X", "X", "Y"),) and formula.inversions == (("X", "Y"),)
    for bad, message in [("X - Y = Z", "expected 'X \\+ Y = Z'"), ("X * Y = 2", "expected"), ("", "no constraints")]:
        with pytest.raises(InputError, match=message):
            parse_formula(bad)


@pytest.mark.parametrize("text", list(SATISFIABLE))
def test_a_satisfying_assignment_gives_an_exact_fit_and_can_be_read_back(text):
    values = SATISFIABLE[text]
    reduction = reduce(parse_formula(text))
    network = reduction.network(values)
    assert network.layers[0].weight.shape[0] == reduction.width
    data = reduction.dataset
    assert loss_value(network.predict(data.x), data.y, "squared") < 1e-20
    read = reduction.read_values(network)
    assert all(abs(read[k] - v) < 1e-9 for k, v in values.items())
    assert all(np.abs(layer.bias).max() <= reduction.box() for layer in network.layers)


def test_the_sqrt2_formula_forces_an_irrational_value():
    """X + X = Y and X Y = 1 in [1/2, 2] force X = 1/sqrt 2: read from the exact fit."""
    reduction = reduce(parse_formula("X + X = Y\nX * Y = 1"))
    read = reduction.read_values(reduction.network({"X": 2 ** -0.5, "Y": 2 ** 0.5}))
    assert read["X"] == pytest.approx(2 ** -0.5, abs=1e-12) and read["X"] * read["Y"] == pytest.approx(1.0, abs=1e-12)


def test_a_non_solution_is_refused():
    reduction = reduce(parse_formula("X + X = Y"))
    with pytest.raises(InputError, match="does not satisfy"):
        reduction.network({"X": 0.75, "Y": 1.4})


@pytest.mark.parametrize("text", list(SATISFIABLE) + ["X + X = X"])
def test_layout_keeps_points_off_other_bands(text):
    """Data points lie outside every other band's support; constraint points outside every band
    that does not take part."""
    reduction = reduce(parse_formula(text))
    bands = list(reduction.bands.values())
    labelled = {tuple(p.x): {n for n, _ in p.terms} for p in reduction.points}
    for x in reduction.dataset.x:
        inside = [b.name for b in bands if b.support[0] < b.s(x) < b.support[1]]
        participants = labelled.get(tuple(x))
        if participants is None:
            assert len(inside) <= 1, inside  # a data point: in at most its own band
        else:
            assert set(inside) <= participants


def test_variable_gadget_needs_four_relus():
    """Certified: with 3 ReLUs the variable gadget's data cannot be fit (positive lower bound)."""
    result = etr_checks.no_fit_check("v3", "claim", g.variable_band(), 3, 8.0, 120)
    assert result.passed is True


def test_gadget_witnesses_pass():
    for value in (0.5, 1.0, 2.0):
        check = etr_checks.witness_check("w", "c", g.variable_band(), g.variable_network(g.variable_sigma(value)))
        assert check.passed
    for x in (0.5, 2 ** -0.5, 2.0):
        check = etr_checks.witness_check("w", "c", g.inversion_band(), g.inversion_network(g.inversion_sigma1(x)))
        assert check.passed


@pytest.mark.slow
def test_unsatisfiable_formula_has_no_exact_fit():
    reduction = reduce(parse_formula("X + X = X"))
    result = train(reduction.dataset, [reduction.width], bound=reduction.box(), options=SolveOptions(time_limit=600))
    assert result.certificate.lower > 0


@pytest.mark.slow
@pytest.mark.parametrize("name", ["variable-moved-label", "variable-out-of-range"])
def test_rigid_gadget_checks(name):
    (check,) = etr_checks.gadget_checks(300, only=[name])
    assert check.passed is True


def test_etr_checks_refuse_an_impossible_time_limit_before_writing(tmp_path):
    out = tmp_path / "checks.json"
    with pytest.raises(SystemExit) as stop:
        etr_checks.main(["--time-limit", "-3", "--out", str(out)])
    assert stop.value.code == 2 and not out.exists()
