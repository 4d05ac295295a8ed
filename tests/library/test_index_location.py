"""The instance library is found from a checkout, a wheel install, or an explicit setting."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from relu_opt.errors import InputError
from relu_opt.library.index import INSTALLED, INSTANCES_VARIABLE, instances_root, load_index

ROOT = Path(__file__).resolve().parents[2]


def test_the_environment_variable_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(INSTANCES_VARIABLE, str(tmp_path))
    assert instances_root() == tmp_path.resolve()


def test_an_installed_copy_is_found_when_there_is_no_checkout(tmp_path, monkeypatch):
    monkeypatch.delenv(INSTANCES_VARIABLE, raising=False)
    installed = tmp_path / "prefix" / INSTALLED
    installed.mkdir(parents=True)
    shutil.copy(ROOT / "instances" / "index.json", installed / "index.json")
    found = instances_root(checkout=tmp_path / "no-checkout" / "instances", prefixes=[str(tmp_path / "prefix")])
    assert found == installed
    assert len(load_index(found / "index.json")) >= 40


def test_a_missing_library_says_how_to_point_at_one(tmp_path):
    with pytest.raises(InputError, match=INSTANCES_VARIABLE):
        load_index(tmp_path / "index.json")


def test_the_wheel_carries_every_indexed_dataset(tmp_path):
    """A non-editable install gets the datasets under share/relu-opt/instances (pyproject)."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    if built.returncode != 0 and ("Could not find a version" in built.stderr or "NewConnectionError" in built.stderr):
        pytest.skip("building a wheel needs setuptools from the package index, which is unreachable here")
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "relu_opt-0.1.0.data/data/share/relu-opt/instances/"
    import json

    index = json.loads((ROOT / "instances" / "index.json").read_text())
    missing = [e["file"] for e in index["instances"] if prefix + e["file"] not in names]
    assert prefix + "index.json" in names and missing == []
