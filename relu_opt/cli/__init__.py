"""The command line: ``relu-opt COMMAND``.

    main.py      the parser, error handling and exit codes; ``relu-opt solvers``
    solve.py     ``solve`` (certified training) and ``certify --exact``
    summary.py   the human-readable result
    progress.py  the live status line
    bench.py     ``bench`` and ``report``
    generate.py  ``generate teacher|function|etr``
    library.py   ``instances list|show`` and ``export``
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
