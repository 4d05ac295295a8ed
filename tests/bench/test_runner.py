"""A stopped sweep takes its runs' whole process groups with it (fork server, part workers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relu_opt.data import save_dataset_csv
from relu_opt.generators import teacher_dataset

from ..conftest import require_solver

STOPPED = "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); " \
          "from relu_opt.cli.main import main; sys.exit(main(sys.argv[1:]))"


def _sessions() -> dict[int, int]:
    """pid -> session id of every process we can read."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            found[int(entry.name)] = int(fields[3])  # after state, ppid, pgrp: the session
    return found


def _run_process(marker: str) -> int | None:
    """The pid of the run whose command line holds ``marker`` (the leader of its own session)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if "relu_opt.bench.worker" in command and marker in command:
                return int(entry.name)
    return None


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_ctrl_c_on_a_sweep_leaves_no_process_of_its_run_behind(tmp_path):
    """A run solving two-output classes side by side (its own session: a fork server and two
    workers); Ctrl-C on the sweep ends it and every process of that session (a sweep stopped
    before left a run's fork server and workers alive for an hour)."""
    require_solver("scip")
    data = tmp_path / "stopped-sweep-data.csv"
    save_dataset_csv(teacher_dataset(16, 2, [2], 2, seed=0), data)
    sweep = subprocess.Popen(
        [sys.executable, "-c", STOPPED, "bench", "--instance", str(data), "--hidden", "2", "--bound", "3",
         "--time-limit", "120", "--jobs", "2", "--store", str(tmp_path / "s.sqlite"), "--sweep", "x"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        run = None
        for _ in range(600):  # the run's session is up once its fork server has started
            run = run or _run_process(str(data))
            if run is not None and sum(1 for s in _sessions().values() if s == run) >= 3:
                break
            time.sleep(0.05)
        assert run is not None, "the run did not start"
        sweep.send_signal(signal.SIGINT)
        sweep.wait(timeout=30)
        for _ in range(100):
            if not any(s == run for s in _sessions().values()):
                break
            time.sleep(0.05)
        assert not any(s == run for s in _sessions().values()), "processes of the stopped run remain"
        assert sweep.returncode != 0
    finally:
        if sweep.poll() is None:
            sweep.kill()
        for pid, session in _sessions().items():
            if run is not None and session == run:
                os.kill(pid, signal.SIGKILL)

