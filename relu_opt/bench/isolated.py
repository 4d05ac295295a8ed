"""Run one long computation in a child process, so that a solver crash cannot take the caller down.

SCIP 10.0.2 was seen to abort the whole Python process ("free(): invalid size", SIGABRT) or to
hang in free() on large ETR-INV models (METIS inside MUMPS inside Ipopt: fixed by the Ipopt
options in backends/scip.py, but such bugs can recur). Batch jobs (library build, ETR checks) run
each solve through :func:`run_isolated`: a crash becomes a :class:`SolverCrashedError` naming
the signal, and every result finished before it is kept. (The benchmark harness has its own
isolation: one worker process per run.)
"""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import ReluOptError

T = TypeVar("T")


class SolverCrashedError(ReluOptError):
    """The child process died without a result (killed by a signal or a hard exit)."""


def run_isolated(function: Callable[..., T], *args: Any, isolation_timeout: float | None = None,
                 start_method: str = "fork", **kwargs: Any) -> T:
    """``function(*args, **kwargs)`` in a child process; its return value must be picklable.
    An exception in the child is re-raised here (as its type if it can be rebuilt). A child
    with no result after ``isolation_timeout`` seconds is killed (a hang counts as a crash).
    ``start_method="spawn"`` for libraries with thread pools (HiGHS 1.16, Gurobi): a forked child
    of a process whose pool already ran inherits its locks and can hang (measured: HiGHS 1.16.0
    in a forked child after an in-process HiGHS solve never returned; 1.15.1 did)."""
    context = multiprocessing.get_context(start_method)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, function, args, kwargs), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(isolation_timeout):
            child.kill()
            child.join()
            raise SolverCrashedError(f"the solver process gave no result in {isolation_timeout:g} s and was killed")
        status, payload = receive.recv()
    except EOFError:  # the child died before sending anything
        child.join()
        code = child.exitcode
        reason = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"
        raise SolverCrashedError(f"the solver process died ({reason}) without a result") from None
    finally:
        receive.close()
    child.join()
    if status == "ok":
        return payload
    if isinstance(payload, BaseException):
        raise payload
    raise ReluOptError(f"the isolated computation failed: {payload}")


def _child(send, function, args, kwargs) -> None:
    try:
        result = ("ok", function(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        result = ("error", exc)
    try:
        send.send(result)
    except Exception:  # the exception itself does not pickle: send its text
        send.send(("error", "".join(traceback.format_exception(result[1])) if result[0] == "error" else "unpicklable result"))
    finally:
        send.close()
