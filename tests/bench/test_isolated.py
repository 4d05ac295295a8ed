"""A crash in an isolated computation is reported, never fatal to the caller."""

from __future__ import annotations

import faulthandler
import os
import signal

import pytest

from relu_opt.errors import InputError
from relu_opt.bench.isolated import SolverCrashedError, run_isolated


def _abort() -> None:
    faulthandler.disable()  # pytest's fault handler would print the child's stack: noise here
    os.kill(os.getpid(), signal.SIGABRT)  # what SCIP's "free(): invalid size" does


def _refuse(message: str) -> None:
    raise InputError(message)


def test_result_comes_back():
    assert run_isolated(sum, [1, 2, 3]) == 6


def test_a_crash_becomes_an_error_naming_the_signal():
    with pytest.raises(SolverCrashedError, match="SIGABRT"):
        run_isolated(_abort)


def test_an_exception_is_reraised_as_itself():
    with pytest.raises(InputError, match="bad width"):
        run_isolated(_refuse, "bad width")


def test_a_hang_is_killed_after_the_timeout():
    import time

    start = time.perf_counter()
    with pytest.raises(SolverCrashedError, match="no result in 0.5 s"):
        run_isolated(time.sleep, 30, isolation_timeout=0.5)
    assert time.perf_counter() - start < 10
