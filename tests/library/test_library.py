"""The instance library: complete, reproducible, and its closed-form optima independently true."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from relu_opt.cli import main
from relu_opt.data import load_dataset
from relu_opt.generators.classic import rank_one_optimum
from relu_opt.generators.teacher import teacher_dataset
from relu_opt.library import INDEX, TIERS, load_index, select
from relu_opt.library.build import ETR_FORMULAS, recipes
from relu_opt.network import Layer, Weights, loss_value

pytestmark = pytest.mark.skipif(not INDEX.is_file(), reason="no library index (python -m relu_opt.library_build)")


def entries():
    return {e.name: e for e in load_index()}


def test_library_is_complete_and_files_match_their_hashes():
    index = entries()
    assert len(index) >= 40
    for entry in index.values():
        assert entry.file.is_file(), entry.name
        assert hashlib.sha256(entry.file.read_bytes()).hexdigest()[:16] == entry.data["sha256"], entry.name
        assert entry.data["provenance"] and entry.tags and entry.problems
        data = load_dataset(entry.file)
        assert (data.n_points, data.n_inputs, data.n_outputs) == (entry.data["points"], entry.data["inputs"], entry.data["outputs"])
        for problem in entry.problems:
            assert problem["tier"] in TIERS
            known = problem["known"]
            assert known["status"] in ("optimal", "certified", "bounds") and known["how"]
    tiers = {p["tier"] for e in index.values() for p in e.problems}
    assert {"trivial", "easy"} <= tiers and tiers & {"hard", "open"}  # from trivial to out of reach


def test_every_recipe_regenerates_its_data():
    """Regenerated data equal the stored files up to floating-point noise: the ETR coordinates
    go through numpy's linear algebra, whose last bits changed between numpy versions (9e-16
    to 3e-14 apart with numpy 2.4.6), so equality is to 1e-12 of each array's magnitude, far
    below anything that changes a training problem, not bit for bit."""
    index = entries()
    for recipe in recipes():
        stored = load_dataset(index[recipe.name].file)
        fresh = recipe.make()
        assert stored.x.shape == fresh.x.shape and stored.y.shape == fresh.y.shape, recipe.name
        for old, new in ((stored.x, fresh.x), (stored.y, fresh.y)):
            scale = max(float(np.abs(old).max()), 1.0)
            assert np.allclose(old, new, rtol=0.0, atol=1e-12 * scale), recipe.name


def known(name: str, number: int = 1) -> dict:
    return entries()[name].problems[number - 1]["known"]


def test_closed_forms_are_true():
    """Each closed form recomputed here from its mathematics and the stored data."""
    assert known("blog-quadratic")["value"] == pytest.approx(38 / 7, rel=1e-12)
    golden = load_dataset(entries()["rank-one-golden"].file)
    assert known("rank-one-golden")["value"] == pytest.approx(rank_one_optimum(golden.y), rel=1e-12)
    assert known("rank-one-golden")["value"] == pytest.approx((3 - 5 ** 0.5) / 2, rel=1e-12)

    def exact(name: str, weights: Weights) -> None:
        data = load_dataset(entries()[name].file)
        assert loss_value(weights.predict(data.x), data.y, "squared") < 1e-24, name
        assert known(name)["value"] == 0.0

    relu_net = lambda w1, b1, w2, b2: Weights((Layer(np.array(w1, float), np.array(b1, float)), Layer(np.array(w2, float), np.array(b2, float))))  # noqa: E731
    exact("xor", relu_net([[1, 1], [1, 1]], [0, -1], [[1, -2]], [0]))
    exact("abs-N9", relu_net([[1], [-1]], [0, 0], [[1, 1]], [0]))
    exact("triangle-N9", relu_net([[1], [1], [1]], [1, 0, -1], [[1, -2, 1]], [0]))
    for name in [n for n in entries() if n.endswith("-exact")]:
        p = entries()[name].data["provenance"]["parameters"]
        teacher = teacher_dataset(p["points"], p["inputs"], p["hidden"], p["outputs"], 0.0, p["seed"]).metadata["teacher"]
        exact(name, Weights.from_lists(teacher))


def test_etr_entries_record_their_formula_and_exact_fits():
    from relu_opt.generators.etr import parse_formula, reduce

    for name, (text, values) in ETR_FORMULAS.items():
        entry = entries()[name]
        assert entry.data["provenance"]["formula"] == text.replace("\n", "; ")
        if values is None:
            continue
        reduction = reduce(parse_formula(text))
        data = load_dataset(entry.file)
        assert loss_value(reduction.network(values).predict(data.x), data.y, "squared") < 1e-20
        assert entry.problems[0]["spec"]["hidden"] == [reduction.width]


def test_instances_commands(capsys):
    assert main(["library", "list", "--tag", "etr"]) == 0
    listing = capsys.readouterr().out
    assert "etr-sqrt2" in listing and "blog-quadratic" not in listing
    assert main(["library", "show", "blog-quadratic"]) == 0
    shown = capsys.readouterr().out
    assert "38/7" in shown and "measured: " in shown and "global_optimum" in shown
    assert main(["library", "show", "no-such-instance"]) == 2
    assert len(select(load_index(), ["irrational"])) >= 2


def test_library_build_refuses_unknown_recipes_and_impossible_limits():
    from relu_opt.library.build import main as build_main

    for argv in (["--only", "no-such-recipe"], ["--time-limit", "0"]):
        with pytest.raises(SystemExit) as stop:
            build_main(argv)
        assert stop.value.code == 2


def test_markdown_table_has_one_row_per_problem_and_a_true_summary(capsys):
    from relu_opt.cli import main
    from relu_opt.library import load_index

    assert main(["library", "list", "--markdown"]) == 0
    out = capsys.readouterr().out
    problems = sum(len(e.problems) for e in load_index())
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| dataset")]
    assert len(rows) == problems
    assert out.startswith(f"**{problems} problems on {len(load_index())} datasets**")
