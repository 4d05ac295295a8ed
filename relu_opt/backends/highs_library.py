"""HiGHS objects for relu-opt's own LPs and QPs, without HiGHS's banner on standard output.

HiGHS prints "Running HiGHS ... Copyright ..." on file descriptor 1 the first time a process
creates a ``Highs`` object, whatever its options say afterwards; on a command's standard output
that is noise in ``solve --quiet``, between ``solvers``' lines and before ``--json -`` documents.
The first object is therefore created with descriptor 1 sent to /dev/null; later ones print
nothing. Every ``Highs`` of relu-opt is made here, with its output off.
"""

from __future__ import annotations

import os
from pathlib import Path

from .base import c_output_to

_banner_shown = False


def new_highs(highspy=None):
    """A ``highspy.Highs`` with ``output_flag`` off (``highspy`` the module, if already imported)."""
    global _banner_shown
    if highspy is None:
        import highspy
    if _banner_shown:
        highs = highspy.Highs()
    else:
        with c_output_to(Path(os.devnull)):
            highs = highspy.Highs()
        _banner_shown = True
    highs.setOptionValue("output_flag", False)
    return highs
