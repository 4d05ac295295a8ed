"""Open cells of one neuron, grouped so that one exact solve covers several of them.

After the cell pass of a mixed class (``cell_parts.py``) the cells whose bound stays below the
cutoff are open; solving each one exactly (a leaf) costs seconds, and there were 559 of them at
N = 48 (teacher, width 2), 1,116 at N = 64. Open cells come in near-complementary pairs (u and -u
give patterns p and 1 - p, and the convex relaxation of the other neurons absorbs the affine
difference), so no point has one side in all of them. But split by the side of one point, then
another, the open cells fall into groups that agree on most points: a group is solved as one
leaf with only those points' sides fixed, which contains every cell of the group (and maybe
closed ones: a superset is still exact for the group, its optimum is a real network).

Measured (teacher N = 48, width 2, class +-, 559 open cells; leaves are the whole class model
with E's common sides fixed): at most 8 free points per group -> 59 groups, 1.3-4 s per leaf,
211 s in all; 16 -> 28 groups, 108 s; 24 and 32 -> 22 and 12 groups, but some leaves then ran
past their limit. A cell's own leaf took 3-7 s.
"""

from __future__ import annotations

import numpy as np

FREE = -1  # a point on which the cells of a group disagree


def common_sides(patterns: np.ndarray) -> np.ndarray:
    """Per point: its side (0/1) if every pattern gives it the same one, else FREE."""
    patterns = np.asarray(patterns, dtype=int)
    share = patterns.mean(axis=0)
    return np.where(share == 1, 1, np.where(share == 0, 0, FREE))


def group_cells(patterns: np.ndarray, max_free: int) -> list[np.ndarray]:
    """Indices into ``patterns`` split into groups with at most ``max_free`` free points each
    (or a single cell), by ``split_group`` repeatedly."""
    patterns = np.asarray(patterns, dtype=int)
    groups: list[np.ndarray] = []
    pending = [np.arange(len(patterns))]
    while pending:
        members = pending.pop()
        if np.sum(common_sides(patterns[members]) == FREE) <= max_free or members.size == 1:
            groups.append(members)
        else:
            pending += split_group(patterns, members)
    return groups


def split_group(patterns: np.ndarray, members: np.ndarray) -> list[np.ndarray]:
    """``members`` (indices into ``patterns``, at least two different cells) in two halves by
    the side of the point whose sides are most evenly shared among them: each half fixes it."""
    share = np.asarray(patterns, dtype=int)[members].mean(axis=0)
    point = int(np.argmin(np.abs(share - 0.5)))
    side = np.asarray(patterns)[members, point] == 1
    return [members[~side], members[side]]
