"""Datasets: load CSV, JSON or NPZ files and validate them with one-line errors.

Formats (documented in README.md):

* CSV: a header row naming input columns ``x1..xn`` and target columns ``y1..yp`` (any order);
  blank lines and lines starting with ``#`` are ignored. A file whose columns have other names
  (``age,bmi,price``) is read with ``targets`` (and optionally ``inputs``) naming them: the
  targets are the named columns, the inputs the named ones or all the others.
* JSON: ``{"x": [[...], ...], "y": [[...], ...]}``; a flat list means one column. Any other
  top-level keys are kept as metadata.
* NPZ: arrays ``x`` (N x n or N) and ``y`` (N x p or N).

Every problem raises :class:`InputError` naming the file, the line or row, and the column.
"""

from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from typing import Any

import numpy as np

from .errors import InputError
from .files import atomic_write_text

_COLUMN_NAME = re.compile(r"^([xy])([1-9][0-9]*)$")
MAX_MAGNITUDE = 1e100
"""Largest accepted |value|: losses square the data and sum over points, and squares of 1e154
already overflow double precision (an x of 1e308 crashed SCIP with an infinite coefficient)."""


@dataclass(frozen=True)
class Dataset:
    """Training data: inputs ``x`` (N x n) and targets ``y`` (N x p), both float64."""

    x: np.ndarray
    y: np.ndarray
    name: str = "data"
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _as_matrix(self.x, "x", self.name))
        object.__setattr__(self, "y", _as_matrix(self.y, "y", self.name))
        if self.x.shape[0] != self.y.shape[0]:
            raise InputError(
                f"{self.name}: x has {self.x.shape[0]} rows but y has {self.y.shape[0]}"
            )

    @property
    def n_points(self) -> int:
        return int(self.x.shape[0])

    @property
    def n_inputs(self) -> int:
        return int(self.x.shape[1])

    @property
    def n_outputs(self) -> int:
        return int(self.y.shape[1])


def _as_matrix(values: Any, role: str, name: str) -> np.ndarray:
    """Convert to a finite 2-D float array, rejecting what a training problem cannot use."""
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name}: {role} is not a rectangular numeric array ({exc})") from None
    if array.ndim == 1:
        array = array.reshape(-1, 1)
    if array.ndim != 2:
        raise InputError(f"{name}: {role} must be a matrix (rows = points), got {array.ndim} dims")
    if array.shape[0] == 0:
        raise InputError(f"{name}: no data points")
    if array.shape[1] == 0:
        raise InputError(f"{name}: {role} has no columns")
    bad = np.argwhere(~np.isfinite(array))
    if bad.size:
        row, col = (int(v) for v in bad[0])
        raise InputError(
            f"{name}: {role}{col + 1} of point {row + 1} is {array[row, col]} (must be finite)"
        )
    huge = np.argwhere(np.abs(array) > MAX_MAGNITUDE)
    if huge.size:
        row, col = (int(v) for v in huge[0])
        raise InputError(
            f"{name}: {role}{col + 1} of point {row + 1} is {array[row, col]:g}, beyond the "
            f"{MAX_MAGNITUDE:g} relu-opt accepts (its square would overflow); rescale the data"
        )
    return array


def load_dataset(path: str | Path, targets: Sequence[str] | None = None, inputs: Sequence[str] | None = None) -> Dataset:
    """Load a dataset from ``.csv``, ``.json`` or ``.npz``; raise InputError on any problem.
    ``targets`` / ``inputs``: column names of a CSV whose header is not x1.., y1.. (see the
    module docstring)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a data file")
    loaders = {".csv": _load_csv, ".json": _load_json, ".npz": _load_npz}
    loader = loaders.get(path.suffix.lower())
    if loader is None:
        raise InputError(f"{path}: unknown data format {path.suffix!r} (use .csv, .json or .npz)")
    if (targets or inputs) and loader is not _load_csv:
        raise InputError(f"{path}: --target/--inputs name CSV columns; this is a {path.suffix} file")
    if loader is _load_csv:
        return _load_csv(path, list(targets or []), list(inputs or []))
    return loader(path)


def _load_csv(path: Path, targets: list[str] | None = None, inputs: list[str] | None = None) -> Dataset:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a UTF-8 text file") from None
    named = bool(targets or inputs)
    fast = None if named else _load_csv_fast(path, text)
    if fast is not None:
        return fast
    rows = [
        (number, row)
        for number, row in enumerate(csv.reader(text.splitlines()), start=1)
        if row and any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#")
    ]
    if not rows:
        raise InputError(f"{path}: empty file (expected a header row x1,...,y1,...)")
    header_line, header = rows[0]
    _check_header_shape(path, header_line, header)
    names = [cell.strip() for cell in header]
    if named:
        x_cols, y_cols = _named_columns(path, header_line, names, targets or [], inputs or [])
    else:
        x_cols, y_cols = _parse_header(path, header_line, names)
    if len(rows) == 1:
        raise InputError(f"{path}: header only, no data rows")
    values = np.zeros((len(rows) - 1, len(header)))
    used = sorted(set(x_cols) | set(y_cols))  # other columns (e.g. a city name) are not read
    for r, (line, row) in enumerate(rows[1:]):
        if len(row) != len(header):
            raise InputError(
                f"{path}: line {line} has {len(row)} fields, the header has {len(header)}"
            )
        for c in used:
            try:
                values[r, c] = _parse_number(path, line, header[c].strip(), row[c])
            except InputError as error:
                if named and not inputs and c in x_cols:  # an input by default: say how to leave it out
                    raise InputError(f"{error} (it is an input because --inputs was not given: "
                                     "list the input columns with --inputs)") from None
                raise
    return Dataset(values[:, x_cols], values[:, y_cols], name=path.stem)


def _load_csv_fast(path: Path, text: str) -> Dataset | None:
    """numpy's C parser for the common case (a header line, then rows of plain numbers): 80 MB
    in seconds, where the cell-by-cell parser below took minutes. Anything unusual (comments,
    blank lines, ragged rows, text, non-finite values) returns None: the careful parser then
    reads the file and names the offending line and column."""
    import io

    header_end = text.find("\n")
    if header_end < 0:
        return None
    names = [cell.strip() for cell in text[:header_end].split(",")]
    body = text[header_end + 1:]
    if not body.strip() or any(not _COLUMN_NAME.match(n) for n in names) or "#" in body or "\n\n" in body.strip():
        return None
    try:
        values = np.loadtxt(io.StringIO(body), delimiter=",", ndmin=2, dtype=float)
    except ValueError:
        return None
    if values.shape[0] == 0 or values.shape[1] != len(names) or not np.all(np.isfinite(values)):
        return None
    try:
        x_cols, y_cols = _parse_header(path, 1, names)
    except InputError:
        return None
    return Dataset(values[:, x_cols], values[:, y_cols], name=path.stem)


def _check_header_shape(path: Path, line: int, header: list[str]) -> None:
    """Two mistakes real files make, named as such: no header row (the first line holds
    numbers), and another field separator than the comma."""
    cells = [cell.strip() for cell in header]
    if len(cells) == 1:
        for separator, name in ((";", "semicolon"), ("\t", "tab"), ("|", "vertical bar")):
            if separator in cells[0]:
                raise InputError(
                    f"{path}: line {line}: fields are separated by a {name} ({separator!r}); relu-opt reads "
                    "comma-separated files: replace the separator with ','"
                )
    numeric = 0
    for cell in cells:
        try:
            float(cell)
            numeric += 1
        except ValueError:
            pass
    if cells and numeric == len(cells):
        raise InputError(
            f"{path}: line {line}: no header row (the first line holds numbers); add one naming the columns "
            "x1,...,xn,y1,...,yp, or name your own columns and choose them with --target/--inputs"
        )


def _named_columns(path: Path, line: int, names: list[str], targets: list[str], inputs: list[str]
                   ) -> tuple[list[int], list[int]]:
    """Positions of the chosen input and target columns of a header with the user's names."""
    position = {}
    for index, name in enumerate(names):
        if name in position:
            raise InputError(f"{path}: line {line}: duplicate column {name!r}")
        position[name] = index
    for option, chosen in (("--target", targets), ("--inputs", inputs)):
        for name in chosen:
            if name not in position:
                raise InputError(f"{path}: {option} names column {name!r}, but the header has "
                                 f"{', '.join(repr(n) for n in names)}")
    if not targets:
        raise InputError(f"{path}: --inputs given without --target: name the target column(s)")
    both = set(targets) & set(inputs)
    if both:
        raise InputError(f"{path}: column {sorted(both)[0]!r} is named both as target and as input")
    chosen_inputs = inputs or [n for n in names if n not in targets]
    if not chosen_inputs:
        raise InputError(f"{path}: no input columns left (every column is a target)")
    return [position[n] for n in chosen_inputs], [position[n] for n in targets]


def _parse_header(path: Path, line: int, names: list[str]) -> tuple[list[int], list[int]]:
    """Map column names x1..xn, y1..yp to positions; reject unknown, duplicate or missing ones."""
    seen: dict[str, int] = {}
    for position, name in enumerate(names):
        if not _COLUMN_NAME.match(name):
            raise InputError(
                f"{path}: line {line}: column {name!r} is not an input (x1, x2, ...) "
                f"or target (y1, y2, ...) name; for a file with its own column names, choose the "
                f"target with --target NAME (and the inputs with --inputs A,B; default: the rest)"
            )
        if name in seen:
            raise InputError(f"{path}: line {line}: duplicate column {name!r}")
        seen[name] = position
    columns = {}
    for role in "xy":
        indices = sorted(int(n[1:]) for n in seen if n[0] == role)
        if not indices:
            raise InputError(f"{path}: line {line}: no {role} columns ({role}1, {role}2, ...)")
        missing = [f"{role}{k}" for k in range(1, indices[-1] + 1) if k not in indices]
        if missing:
            raise InputError(f"{path}: line {line}: missing column {missing[0]}")
        columns[role] = [seen[f"{role}{k}"] for k in indices]
    return columns["x"], columns["y"]


def _parse_number(path: Path, line: int, column: str, cell: str) -> float:
    try:
        value = float(cell.strip())
    except ValueError:
        shown = cell.strip() or "empty"
        raise InputError(f"{path}: line {line}: {column} is not a number: {shown!r}") from None
    if not math.isfinite(value):
        raise InputError(f"{path}: line {line}: {column} is {cell.strip()} (must be finite)")
    return value


def _load_json(path: Path) -> Dataset:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(document, dict) or "x" not in document or "y" not in document:
        raise InputError(f'{path}: expected an object with keys "x" and "y"')
    metadata = {k: v for k, v in document.items() if k not in ("x", "y")}
    x = _json_matrix(path, "x", document["x"])
    y = _json_matrix(path, "y", document["y"])
    return Dataset(x, y, name=path.stem, metadata=metadata)


def _json_matrix(path: Path, role: str, value: Any) -> np.ndarray:
    """Check a JSON array cell by cell so the error names the offending row."""
    if not isinstance(value, list):
        raise InputError(f'{path}: "{role}" must be a list of rows')
    rows = [row if isinstance(row, list) else [row] for row in value]
    width = len(rows[0]) if rows else 0
    for r, row in enumerate(rows, start=1):
        if len(row) != width:
            raise InputError(
                f'{path}: "{role}" row {r} has {len(row)} values, row 1 has {width}'
            )
        for c, cell in enumerate(row, start=1):
            if isinstance(cell, bool) or not isinstance(cell, (int, float)):
                raise InputError(f'{path}: "{role}" row {r}: {role}{c} is not a number: {cell!r}')
    return np.array(rows, dtype=float).reshape(len(rows), width)


def _load_npz(path: Path) -> Dataset:
    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [k for k in ("x", "y") if k not in archive.files]
            if missing:
                raise InputError(f"{path}: missing array {missing[0]!r} (found {archive.files})")
            x, y = archive["x"], archive["y"]
    except InputError:
        raise
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable .npz archive ({exc})") from None
    for role, array in (("x", x), ("y", y)):
        if not np.issubdtype(array.dtype, np.number) or np.issubdtype(array.dtype, np.complexfloating):
            raise InputError(f"{path}: array {role!r} is not real-valued (dtype {array.dtype})")
    return Dataset(x, y, name=path.stem)


def save_dataset_csv(dataset: Dataset, path: str | Path, comments: Sequence[str] = ()) -> None:
    """Write a dataset in the CSV format :func:`load_dataset` reads (full float precision),
    with optional ``# comment`` lines (provenance) before the header."""
    header = [f"x{k + 1}" for k in range(dataset.n_inputs)]
    header += [f"y{k + 1}" for k in range(dataset.n_outputs)]
    lines = [f"# {line}" for line in comments] + [",".join(header)]
    for xi, yi in zip(dataset.x, dataset.y):
        lines.append(",".join(repr(float(v)) for v in (*xi, *yi)))
    atomic_write_text(path, "\n".join(lines) + "\n")
