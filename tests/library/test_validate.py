"""Validation by independent readers: three small models, every installed reader and format."""

from __future__ import annotations

import json

from relu_opt.library.validate import readers, readings_table, validate

from .test_export import export, l1_export


def test_every_installed_reader_agrees_with_the_stated_values(tmp_path):
    squared = export(tmp_path / "squared", encodings=("bigm",))
    linear = l1_export(tmp_path / "l1", ("bigm",))
    readings = []
    for folder, rows in ((tmp_path / "squared", squared), (tmp_path / "l1", linear[-1:])):
        found = validate(folder, rows, time_limit=30)
        assert {r.model for r in found} == {r["model"] for r in rows}
        readings += found
    installed = {name for name, (_, _, unavailable) in readers().items() if unavailable is None}
    for reading in readings:
        assert reading.verdict not in ("below", "above", "error", "refused"), reading
        if reading.reader in installed and reading.verdict != "skipped":
            assert reading.parsed and reading.verdict == "agrees", reading
            assert reading.violation is not None and reading.violation <= 1e-5, reading  # solver tolerances
    agreed = {r.reader for r in readings if r.verdict == "agrees"}
    assert agreed == installed - {"gams"} or agreed == installed
    if "highs" in installed:  # the MILP variant is HiGHS's share
        assert any(r.reader == "highs" and r.verdict == "agrees" for r in readings)
    table = readings_table(readings[: len(readings) // 2])
    assert table.count("\n") == 2 + len({r.model for r in readings[: len(readings) // 2]})


def test_cli_validate_writes_the_matrix_and_json(tmp_path, capsys):
    from relu_opt.cli import main

    export(tmp_path, encodings=("bigm",))
    code = main(["library", "validate", "--folder", str(tmp_path), "--reader", "scip", "--time-limit", "20",
                 "--model", "blog-quadratic-p1-normalized-bigm", "--json", str(tmp_path / "v.json")])
    assert code == 0
    assert "| blog-quadratic-p1-normalized-bigm | agrees" in capsys.readouterr().out
    readings = json.loads((tmp_path / "v.json").read_text())
    assert {r["fmt"] for r in readings} == {"lp", "mps", "osil", "nl"}


def test_cli_validate_names_a_missing_manifest(tmp_path, capsys):
    from relu_opt.cli import main

    assert main(["library", "validate", "--folder", str(tmp_path / "nowhere")]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "no manifest.json" in error[0]


def test_record_gives_each_exported_model_its_own_tier(tmp_path):
    from relu_opt.cli import main
    from relu_opt.library.export import MEASUREMENTS, write_manifest

    rows = export(tmp_path, encodings=("bigm",))
    assert main(["library", "validate", "--folder", str(tmp_path), "--reader", "scip", "--format", "mps",
                 "--time-limit", "20", "--record"]) == 0
    header, *lines = (tmp_path / "instancedata.csv").read_text().splitlines()
    records = [dict(zip(header.split(";"), line.split(";"))) for line in lines]
    assert {r["filetier"] for r in records} == {"trivial"}  # both blog models solve from file in < 1 s
    assert all(r["filesolver"].startswith("SCIP") and r["filenodes"] for r in records)
    write_manifest(rows, tmp_path)  # a new export keeps the recorded measurements
    assert json.loads((tmp_path / MEASUREMENTS).read_text()).keys() == {r["model"] for r in rows}
    assert "trivial" in (tmp_path / "instancedata.csv").read_text().split("\n")[1].split(";")
    assert main(["library", "validate", "--folder", str(tmp_path), "--record"]) == 2  # which measurement?
