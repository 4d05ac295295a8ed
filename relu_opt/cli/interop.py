"""``relu-opt export-net``, ``relu-opt gap`` and ``relu-opt plot``: networks in and out."""

from __future__ import annotations

import argparse
import json
import sys

from ..data import load_dataset
from ..errors import InputError
from ..files import atomic_write_text, check_writable
from ..network import LOSSES
from ..results import json_ready
from .options import add_output_file, require


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    export = commands.add_parser(
        "export-net", help="write a result's network as ONNX (Gemm + Relu; float32, or --precision float64)",
        formatter_class=formatter,
        description="Read the weights of a relu-opt result (solve --json) and write a standard ONNX graph "
        "that onnxruntime runs: float32 by default (the ecosystem's default input type), float64 for "
        "predictions exactly as certified. The model's metadata (relu_opt_precision) says which.",
    )
    export.add_argument("result", help="a relu-opt result JSON (or a list of layers)")
    export.add_argument("out", help="the .onnx file to write")
    export.add_argument("--precision", choices=["float32", "float64"], default="float32",
                        help="element type of the graph's input, weights and output")
    export.set_defaults(handler=run_export_net)

    gap = commands.add_parser(
        "gap", help="how far a trained network is from the global optimum of its architecture",
        formatter_class=formatter,
        description="Recompute the network's loss on the data, certify the optimum of the same "
        "architecture over a box (default: the smallest box holding the network's weights, rounded "
        "up), and report the gap.",
    )
    gap.add_argument("network", help="the trained network: .onnx (a dense ReLU MLP) or a relu-opt result .json")
    gap.add_argument("data", help="its training data: .csv, .json or .npz")
    gap.add_argument("--bound", type=float, metavar="B", help="the box to certify over (default: the network's own, rounded up)")
    gap.add_argument("--loss", choices=LOSSES, default="squared", help="training loss")
    gap.add_argument("--solver", default="scip", help="backend")
    gap.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS", help="for the certified solve")
    gap.add_argument("--json", metavar="PATH", help="write the report as JSON ('-' for stdout)")
    gap.set_defaults(handler=run_gap)

    plot = commands.add_parser(
        "plot", help="draw the data and a result's fitted function (PNG)", formatter_class=formatter,
        description="1 input: points and the piecewise-linear curve with each neuron's breakpoint; "
        "2 inputs: the output as a filled contour, each neuron's breakline, the points coloured by "
        "label; one panel per output.",
    )
    plot.add_argument("network", help="a relu-opt result JSON or an .onnx network")
    plot.add_argument("data", help="the data the network was trained on")
    add_output_file(plot, "--picture", "the picture to write (.png, .pdf, .svg)", old="--out")
    plot.add_argument("--title", default="", help="a title for the picture")
    plot.set_defaults(handler=run_plot)


def run_export_net(args: argparse.Namespace) -> int:
    from ..interop.networks import read_network
    from ..interop.onnx_io import network_to_onnx

    check_writable(args.out, "out")
    weights = read_network(args.result)
    network_to_onnx(weights, args.out, precision=args.precision)
    sizes = [weights.layers[0].weight.shape[1], *(layer.weight.shape[0] for layer in weights.layers)]
    print(f"wrote {args.out}: {' -> '.join(map(str, sizes))} ReLU network (ONNX, {args.precision})", file=sys.stderr)
    return 0


def run_gap(args: argparse.Namespace) -> int:
    from ..interop.gap import optimality_gap
    from ..interop.networks import read_network

    if args.json and args.json != "-":
        check_writable(args.json, "--json")
    if args.bound is not None and not args.bound > 0:
        raise InputError(f"--bound must be positive, got {args.bound}")
    if not args.time_limit > 0:
        raise InputError(f"impossible time limit: {args.time_limit}")
    weights, data = read_network(args.network), load_dataset(args.data)
    report = optimality_gap(weights, data, args.loss, args.bound, args.solver, args.time_limit)
    least, most = report.excess()
    document = {
        "network_loss": report.network_loss, "box": report.box, "proven": report.proven,
        "optimum_interval": [report.lower, report.upper], "excess_at_least": least, "excess_at_most": most,
        "summary": report.describe(), "result": report.result.to_dict(),
    }
    text = json.dumps(json_ready(document), indent=2)
    if args.json == "-":
        print(text)
    elif args.json:
        atomic_write_text(args.json, text + "\n")
    if args.json != "-":
        print(report.describe())
    return 0


def run_plot(args: argparse.Namespace) -> int:
    from ..interop.networks import read_network
    from ..interop.pictures import plot_fit

    require(args.picture, "--picture")
    check_writable(args.picture, "--picture")
    path = plot_fit(read_network(args.network), load_dataset(args.data), args.picture, args.title)
    print(f"wrote {path}", file=sys.stderr)
    return 0
