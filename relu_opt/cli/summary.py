"""Human-readable summary of a Result: what was solved, what was proved, the weights."""

from __future__ import annotations

import math

import numpy as np

from ..data import Dataset
from ..results import OPTIMALITY_GAP, Result, Verdict, relative_gap

_HEADLINES = {
    Verdict.GLOBAL_OPTIMUM: "GLOBAL OPTIMUM (proven by the solver, re-checked independently)",
    Verdict.WITHIN_GAP: "OPTIMAL WITHIN {gap}: proven to that gap, not to the {target:g} of a global optimum",
    Verdict.NOT_PROVEN: "NOT PROVEN: best solution found, optimality not proven",
    Verdict.REJECTED: "REJECTED: the returned weights failed the independent re-check",
    Verdict.INFEASIBLE: "INFEASIBLE: the solver proved no weights satisfy the model",
    Verdict.NO_SOLUTION: "NO SOLUTION: the solver stopped before finding any weights",
}
MAX_PRINTED_PARAMETERS = 200


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "es" if noun.endswith("s") else "s")


def _num(value: float | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if math.isinf(value):
        return "+inf" if value > 0 else "-inf"
    return f"{value:.10g}"


def headline(result: Result) -> str:
    """The verdict in capitals, then what it means."""
    cert = result.certificate
    if cert is None:
        return "not certified"
    if cert.verdict is Verdict.GLOBAL_OPTIMUM and result.details.get("shortcut"):
        return f"GLOBAL OPTIMUM (no solve needed: {result.details['shortcut']}; re-checked independently)"
    if cert.verdict is Verdict.GLOBAL_OPTIMUM and result.details.get("stopped"):
        return f"GLOBAL OPTIMUM ({result.details['stopped']}; re-checked independently)"
    return _HEADLINES[cert.verdict].format(gap=_gap(cert.gap), target=OPTIMALITY_GAP)


def _gap(value: float) -> str:
    if math.isinf(value):
        return "inf"
    return f"{value:.2%}" if value >= 1e-3 else f"{value:.2g}"


def format_result(result: Result, dataset: Dataset) -> str:
    spec, cert = result.problem, result.certificate
    size = spec.model_size
    lines = [
        f"relu-opt: {dataset.name} ({_count(dataset.n_points, 'point')}, "
        f"{_count(dataset.n_inputs, 'input')}, {_count(dataset.n_outputs, 'output')})",
        f"  network     {spec.architecture}",
        f"  domain      {spec.domain}",
        f"  loss        {spec.loss}" + (" + weight decay" if spec.decay is not None else ""),
        f"  formulation {spec.formulation}",
    ]
    if size:
        lines.append(
            f"  model       {spec.encoding} encoding: {size.get('variables', 0)} variables "
            f"({size.get('binary_variables', 0)} binary), {size.get('constraints', 0)} constraints "
            f"({size.get('quadratic_constraints', 0)} quadratic)"
            + (" per part" if len(result.details.get("parts", [])) > 1 else "")
        )
    lines += [f"  solver      {result.solver_version}", "", f"Result: {headline(result)}"]
    if cert and result.weights is not None:
        lines.append(f"  objective        {_num(result.objective)}   (exact: numpy forward pass of the returned weights)")
        if cert.objective_difference != 0 and math.isfinite(result.solver_objective):
            lines.append(
                f"  solver's value   {_num(result.solver_objective)}   (differs by {cert.objective_difference:.2g})"
            )
    lines += [
        f"  lower bound      {_num(result.bound)}   (proven: no network of the domain does better)",
        f"  gap              {_gap(result.gap)} certified (scale-free relative), {_num(result.abs_gap)} absolute",
    ]
    if cert and result.weights is not None:
        lines += [
            f"  optimum lies in  [{_num(cert.lower)}, {_num(cert.upper)}]   (over the domain above)",
            f"  ReLU violation   {cert.max_relu_violation:.2g}   ("
            + ("of the polished network's forward pass)" if (result.details or {}).get("polished") else "solver's own activations)"),
        ]
        if (result.details or {}).get("polished"):
            lines.append(f"  polished         {result.details['polished']}")
    if (result.details or {}).get("numerics_retry"):
        lines.append(f"  retried          {result.details['numerics_retry']}")
    for reason in cert.reasons if cert else []:
        lines.append(f"  note             {reason}")
    lines.append(
        f"  termination      {result.termination.value}, {_count(result.nodes, 'node')}, "
        f"{result.wall_time:.2f} s"
    )
    lines += _strategy_lines(result, cert)
    if result.weights is not None:
        lines += ["", "Weights (layer l maps layer l-1 to l; z = W a + b):"]
        n_parameters = sum(
            layer.weight.size + (0 if layer.bias is None else layer.bias.size)
            for layer in result.weights.layers
        )
        if n_parameters > MAX_PRINTED_PARAMETERS:
            lines.append(f"  {n_parameters} parameters: use --json PATH to save them all")
        else:
            for number, layer in enumerate(result.weights.layers, start=1):
                lines.append(f"  layer {number}: W = {_array(layer.weight)}")
                if layer.bias is not None:
                    lines.append(f"           b = {_array(layer.bias)}")
    return "\n".join(lines)


def _strategy_lines(result: Result, cert) -> list[str]:
    """The warm start against the certified optimum, and what each part (sign class) proved."""
    lines = []
    warm = result.details.get("warm_start")
    if warm:
        free = f" and {warm['free_runs']} free Levenberg-Marquardt" if warm.get("free_runs") else ""
        lines.append(
            f"  warm start       {_num(warm['objective'])}   (best of {warm['starts']} gradient{free} "
            f"runs, {warm['seconds']:.2f} s)"
        )
        if cert is not None and cert.proves_optimality and math.isfinite(cert.upper):
            excess = max(warm["objective"] - cert.upper, 0.0)
            relative = relative_gap(cert.upper, warm["objective"], cert.reference)
            lines.append(f"  gradient gap     {excess:.3g} above the certified optimum ({_gap(relative)})")
    kinks = result.details.get("kink_floor")
    if kinks:
        state = ("done" if kinks["complete"] else "stopped: its floor had stalled" if kinks.get("stalled")
                 else "stopped at its share of the time")
        lines.append(
            f"  kink floor       {_num(kinks['bound'])}   (which gaps hold the kinks: {_count(kinks['configurations'], 'configuration')}, "
            f"{_count(kinks['nodes'], 'node')}, {kinks['seconds']:.2f} s, {state}; floors every class)"
        )
        if kinks.get("network_objective") is not None:
            lines.append(
                f"  kink network     {_num(kinks['network_objective'])}   (read off its nodes at "
                f"{kinks['network_seconds']:.2f} s, {_count(kinks['networks_read'], 'node')} read; "
                "replaced the warm start)"
            )
    split = result.details.get("split_floor")
    if split:
        best = max(split["bases"], key=lambda b: b["bound"], default=None)
        where = "" if best is None or best["angle"] is None else f", best at {best['angle']:g} degrees"
        solved = sum(len(b["axes"]) for b in split["bases"])
        lines.append(
            f"  split floor      {_num(split['bound'])}   (scalar problems along the outputs' axes: "
            f"{len(split['bases'])} {'basis' if len(split['bases']) == 1 else 'bases'}, {_count(solved, 'scalar solve')}{where}, "
            f"{split['seconds']:.2f} s; floors every class)"
        )
        if split.get("network_objective") is not None:
            lines.append(f"  split network    {_num(split['network_objective'])}   (a scalar solution's hidden layer "
                         "refitted to every output; replaced the warm start)")
    search = result.details.get("class_search")
    if search and search.get("classes"):
        best_label, best = min(search["classes"].items(), key=lambda item: item[1]["objective"])
        cells = sum(c["cells"] for c in search["classes"].values())
        lines.append(
            f"  class search     {_num(best['objective'])} in class {best_label}   (an incumbent per class: "
            f"{_count(cells, 'convex cell')} solved, {search['seconds']:.2f} s)"
        )
    parts = result.details.get("parts", [])
    failed = [part for part in parts if "error" in part]
    if failed:
        lines.append(f"  solver failed    {_count(len(failed), 'model')}: {failed[0]['error']} ({_floored(failed)})")
    unbuilt = [part for part in parts if "not_built" in part]
    if unbuilt:
        lines.append(f"  not solved       {_count(len(unbuilt), 'model')} not built: {unbuilt[0]['not_built']}")
    if result.details.get("shortcut"):
        lines.append(f"  no classes       none solved: {result.details['shortcut']}")
    elif len(parts) > 1:
        lines += ["", "Classes (each proves its own lower bound; the overall lower bound is the smallest):"]
        started = [part for part in parts if "nodes" in part]
        for part in started:
            screened = part.get("screen")
            how = (f"  screened ({screened.get('source', 'convex regression')})"
                   if screened and not part.get("nodes") and part["termination"] == "cutoff" else "")
            cells = part.get("cells") if isinstance(part.get("cells"), dict) else (part if "cells_closed" in part or "direction_nodes" in part else None)
            if part.get("stopped"):
                how = "  stopped: its incumbent, polished, certifies the solve"
            elif part.get("skipped"):
                how = f"  skipped: {part['skipped']}"
            if "pair_cells" in part:
                how = (f"  sets of cells: {part['pair_cells']} cells a neuron, {part['pair_closed']} nodes closed, "
                       f"{part['pair_leaves']} exact leaves (one cell a neuron)")
            elif cells and "direction_nodes" in cells:
                how = (f"  directions and cells: {cells['direction_nodes']} nodes, {cells.get('open_cells', 0)} pattern tuples "
                       f"open, {cells.get('leaves', 0)} solved exactly")
                if "floor" in cells:
                    how += f" (the rest bound the class by {_num(cells['floor'])})"
            elif cells:
                how = f"  cells: {cells['cells_closed']} of {cells['cells']} closed by their bounds"
                if cells.get("groups"):
                    how += f"; the {cells['open_cells']} open in {cells['groups']} groups, {cells['leaves']} leaves solved"
                    if cells.get("splits"):
                        how += f" ({cells['splits']} groups split when their leaf ran long)"
                elif cells.get("leaves"):
                    how += f", {cells['leaves']} open solved exactly"
                if "floor" in cells:
                    how += f" (the rest bound the class by {_num(cells['floor'])})"
            lines.append(
                f"  {part['part']:14s} {part['termination']:12s} lower bound {_num(part.get('bound', 0.0)):>14s}"
                f"  {_count(part.get('nodes', 0), 'node'):>12s}  {part.get('seconds', 0.0):6.2f} s" + how
            )
        if len(started) < len(parts):
            lines.append(f"  ... {_count(len(parts) - len(started), 'class')} not started before the time limit "
                         f"({_floored([part for part in parts if 'nodes' not in part])})")
    return lines


def _floored(parts: list[dict]) -> str:
    """What bounds classes that proved nothing themselves: 0, or a floor (kink, split, repeated inputs)."""
    floors = [part.get("bound", 0.0) for part in parts]
    return "each bounded by 0 only" if max(floors, default=0.0) == 0 else f"bounded by the floors, the least {_num(min(floors))}"


def _array(values: np.ndarray) -> str:
    text = np.array2string(values, precision=8, suppress_small=False, separator=", ")
    return text.replace("\n", "\n" + " " * 15)
