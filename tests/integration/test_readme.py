"""The README's Python code runs as printed (a user copied the API snippet and got a NameError)."""

from __future__ import annotations

import re

import pytest

from ..conftest import ROOT, require_solver

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.DOTALL)


def test_the_readme_has_python_examples():
    assert BLOCKS


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_readme_python_block_runs(number, monkeypatch, capsys):
    require_solver("scip")
    pytest.importorskip("cvxpy")
    monkeypatch.chdir(ROOT)
    exec(compile(BLOCKS[number], f"README.md python block {number + 1}", "exec"), {"__name__": "__readme__"})
