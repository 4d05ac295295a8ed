"""The certified gap and the JSON form of results (results.py)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from relu_opt.results import OPTIMALITY_GAP, ZERO_LEVEL, Certificate, Verdict, json_ready, relative_gap


def test_the_gap_is_relative_to_the_optimum_or_near_zero_to_the_zero_networks_objective():
    assert relative_gap(1.0, 1.0, 10.0) == 0.0
    assert relative_gap(0.999999, 1.0, 10.0) == pytest.approx(1e-6)
    # an exact fit: upper 1e-12 of a trivial objective of 2, bound 0
    assert relative_gap(0.0, 2e-12, 2.0) == pytest.approx(2e-12 / (ZERO_LEVEL * 2.0))
    assert relative_gap(0.0, 2e-12, 2.0) <= OPTIMALITY_GAP
    assert relative_gap(0.0, 1e-3, 2.0) == 1.0  # far from 0: the whole interval
    assert math.isinf(relative_gap(-math.inf, 1.0, 2.0))


def test_scaling_everything_by_s_squared_keeps_the_gap():
    for s in (1e-6, 1e-3, 1.0, 1e3):
        assert relative_gap(0.9 * s**2, s**2, 5 * s**2) == pytest.approx(0.1)
        assert relative_gap(0.0, 1e-13 * s**2, 4 * s**2) == pytest.approx(1e-13 / (ZERO_LEVEL * 4))


def test_within_requested_gap_needs_a_proof():
    cert = Certificate(Verdict.WITHIN_GAP, lower=0.7, upper=1.0, reference=3.0, requested_gap=0.5)
    assert cert.within_requested_gap and not cert.proves_optimality
    assert not Certificate(Verdict.NOT_PROVEN, lower=0.7, upper=1.0, reference=3.0, requested_gap=0.5).within_requested_gap
    assert not Certificate(Verdict.WITHIN_GAP, lower=0.4, upper=1.0, reference=3.0, requested_gap=0.5).within_requested_gap


def test_json_ready_makes_every_number_valid_json():
    value = {"a": math.inf, "b": [-math.inf, math.nan, np.float64(2.5), np.int64(3)], "c": (1, "x", None, True)}
    text = json.dumps(json_ready(value), allow_nan=False)
    assert json.loads(text) == {"a": "inf", "b": ["-inf", None, 2.5, 3], "c": [1, "x", None, True]}
