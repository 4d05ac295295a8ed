"""Loading and validating datasets: every bad input gives one InputError naming the problem."""

from __future__ import annotations

import json

import numpy as np
import pytest

from relu_opt.data import Dataset, load_dataset, save_dataset_csv
from relu_opt.errors import InputError

from .conftest import BLOG


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_blog_csv_loads():
    data = load_dataset(BLOG)
    assert data.x.tolist() == [[1.0], [2.0], [3.0]]
    assert data.y.tolist() == [[1.0], [4.0], [9.0]]
    assert (data.n_points, data.n_inputs, data.n_outputs) == (3, 1, 1)


def test_csv_columns_in_any_order_comments_and_blank_lines(tmp_path):
    path = write(tmp_path, "d.csv", "# provenance line\ny2,x2,y1,x1\n\n4,2,3,1\n8,6,7,5\n")
    data = load_dataset(path)
    assert data.x.tolist() == [[1, 2], [5, 6]]
    assert data.y.tolist() == [[3, 4], [7, 8]]


def test_csv_round_trip(tmp_path):
    data = Dataset(np.array([[0.1, -2.5], [1e-17, 3.0]]), np.array([[1 / 3], [2.0]]), name="d")
    save_dataset_csv(data, tmp_path / "d.csv")
    again = load_dataset(tmp_path / "d.csv")
    assert np.array_equal(again.x, data.x) and np.array_equal(again.y, data.y)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty file"),
        ("x1,y1\n", "header only"),
        ("x1,y1\n1,2\n3\n", "line 3 has 1 fields, the header has 2"),
        ("x1,y1\n1,abc\n", "line 2: y1 is not a number: 'abc'"),
        ("x1,y1\n1,\n", "line 2: y1 is not a number: 'empty'"),
        ("x1,y1\nnan,1\n", "x1 is nan (must be finite)"),
        ("x1,y1\n1,inf\n", "y1 is inf (must be finite)"),
        ("x1,x1,y1\n1,2,3\n", "duplicate column 'x1'"),
        ("x1,x3,y1\n1,2,3\n", "missing column x2"),
        ("x1,label\n1,2\n", "column 'label' is not an input"),
        ("x1,x2\n1,2\n", "no y columns"),
        ("y1\n1\n", "no x columns"),
        ("0.274,1.5,2\n0.1,0.2,0.3\n", "no header row (the first line holds numbers)"),
        ("x1;y1\n0.1;0.2\n", "separated by a semicolon"),
        ("x1\ty1\n0.1\t0.2\n", "separated by a tab"),
        ("age,price\n30,100\n", "choose the target with --target NAME"),
    ],
)
def test_bad_csv(tmp_path, text, message):
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        load_dataset(path)
    assert "\n" not in str(info.value)  # one line
    assert str(path) in str(info.value)  # names the file


def test_json_formats(tmp_path):
    path = write(tmp_path, "d.json", json.dumps({"x": [1, 2], "y": [[3], [4]], "source": "test"}))
    data = load_dataset(path)
    assert data.x.shape == (2, 1) and data.y.tolist() == [[3], [4]]
    assert data.metadata == {"source": "test"}


@pytest.mark.parametrize(
    "document, message",
    [
        ("[1, 2]", 'expected an object with keys "x" and "y"'),
        ('{"x": [[1]]}', 'expected an object with keys "x" and "y"'),
        ('{"x": [[1, 2], [3]], "y": [1, 2]}', 'row 2 has 1 values, row 1 has 2'),
        ('{"x": [[1], ["a"]], "y": [1, 2]}', "x1 is not a number: 'a'"),
        ('{"x": [[1], [2]], "y": [1]}', "x has 2 rows but y has 1"),
        ('{"x": [], "y": []}', "no data points"),
        ('{"x": [[1]], "y": [true]}', "y1 is not a number: True"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_json(tmp_path, document, message):
    path = write(tmp_path, "bad.json", document)
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        load_dataset(path)


def test_npz(tmp_path):
    np.savez(tmp_path / "d.npz", x=np.arange(6.0).reshape(3, 2), y=np.arange(3.0))
    data = load_dataset(tmp_path / "d.npz")
    assert data.x.shape == (3, 2) and data.y.shape == (3, 1)


@pytest.mark.parametrize(
    "arrays, message",
    [
        ({"x": np.ones((2, 1))}, "missing array 'y'"),
        ({"x": np.ones((2, 1)), "y": np.array([1.0, np.nan])}, "y1 of point 2 is nan"),
        ({"x": np.ones((2, 1)), "y": np.ones(3)}, "x has 2 rows but y has 3"),
        ({"x": np.array(["a", "b"]), "y": np.ones(2)}, "array 'x' is not real-valued"),
        ({"x": np.ones((2, 1, 1)), "y": np.ones(2)}, "must be a matrix"),
    ],
)
def test_bad_npz(tmp_path, arrays, message):
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(InputError, match=message):
        load_dataset(tmp_path / "bad.npz")


def test_garbage_npz(tmp_path):
    path = write(tmp_path, "bad.npz", "this is not a zip archive")
    with pytest.raises(InputError, match="not a readable .npz archive"):
        load_dataset(path)


@pytest.mark.parametrize("name, message", [("missing.csv", "no such file"), ("d.txt", "unknown data format")])
def test_bad_paths(tmp_path, name, message):
    if name.endswith(".txt"):
        write(tmp_path, name, "x1,y1\n1,2\n")
    with pytest.raises(InputError, match=message):
        load_dataset(tmp_path / name)


def test_named_columns_are_chosen_by_target_and_inputs(tmp_path):
    """A real file's own column names: --target names the label(s), --inputs the inputs (the
    rest by default); a text column that is not used is not read."""
    path = write(tmp_path, "houses.csv", "age,bmi,city,price\n30,22.1,Paris,100.5\n40,25.0,Rome,120\n")
    data = load_dataset(path, targets=["price"], inputs=["age", "bmi"])
    assert data.x.tolist() == [[30.0, 22.1], [40.0, 25.0]] and data.y.tolist() == [[100.5], [120.0]]
    with pytest.raises(InputError, match="city is not a number.*list the input columns with --inputs"):
        load_dataset(path, targets=["price"])  # city would be an input by default
    with pytest.raises(InputError, match="--target names column 'cost'"):
        load_dataset(path, targets=["cost"])
    with pytest.raises(InputError, match="both as target and as input"):
        load_dataset(path, targets=["price"], inputs=["price", "age"])
    with pytest.raises(InputError, match="--inputs given without --target"):
        load_dataset(path, inputs=["age"])
    numeric = write(tmp_path, "n.csv", "a,b,c\n1,2,3\n4,5,6\n")
    both = load_dataset(numeric, targets=["b", "c"])
    assert both.x.tolist() == [[1.0], [4.0]] and both.y.tolist() == [[2.0, 3.0], [5.0, 6.0]]
