"""Human-readable summary of a Result: what was solved, what was proved, the weights."""

from __future__ import annotations

import math

import numpy as np

from .certify import Verdict
from .data import Dataset
from .results import Result

_HEADLINES = {
    Verdict.GLOBAL_OPTIMUM: "GLOBAL OPTIMUM (proven by the solver, re-checked independently)",
    Verdict.NOT_PROVEN: "NOT PROVEN: best solution found, optimality not proven",
    Verdict.REJECTED: "REJECTED: the returned weights failed the independent re-check",
    Verdict.INFEASIBLE: "INFEASIBLE: the solver proved no weights satisfy the model",
    Verdict.NO_SOLUTION: "NO SOLUTION: the solver stopped before finding any weights",
}
MAX_PRINTED_PARAMETERS = 200


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _num(value: float) -> str:
    if math.isinf(value):
        return "+inf" if value > 0 else "-inf"
    return f"{value:.10g}"


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
    lines += [
        f"  solver      {result.solver_version}",
        "",
        f"Result: {_HEADLINES[cert.verdict]}" if cert else "Result: not certified",
        f"  objective        {_num(result.objective)}   (incumbent: best weights found)",
        f"  proven bound     {_num(result.bound)}",
        f"  gap              {_num(result.gap)} relative, {_num(result.abs_gap)} absolute",
    ]
    if cert and result.weights is not None:
        lines += [
            f"  recomputed       {_num(cert.recomputed_objective)}   (numpy forward pass of the "
            f"returned weights; differs by {cert.objective_difference:.2g})",
            f"  optimum lies in  [{_num(cert.lower)}, {_num(cert.upper)}]   "
            f"(certified relative gap {cert.gap:.2g}, over the domain above)",
            f"  ReLU violation   {cert.max_relu_violation:.2g}   (solver's own activations)",
        ]
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
        lines.append(
            f"  warm start       {_num(warm['objective'])}   (best of {warm['starts']} gradient "
            f"runs, {warm['seconds']:.2f} s)"
        )
        if cert is not None and cert.proves_optimality and math.isfinite(cert.upper):
            excess = warm["objective"] - cert.upper
            relative = excess / abs(cert.upper) if cert.upper else math.inf
            lines.append(f"  gradient gap     {excess:.3g} above the certified optimum ({relative:.2%})")
    parts = result.details.get("parts", [])
    if len(parts) > 1:
        lines += ["", "Classes (each proves its own bound; the overall bound is the smallest):"]
        for part in parts:
            lines.append(
                f"  {part['part']:14s} {part['termination']:12s} bound {_num(part.get('bound', -math.inf)):>14s}"
                f"  {_count(part.get('nodes', 0), 'node'):>12s}  {part.get('seconds', 0.0):6.2f} s"
            )
    return lines


def _array(values: np.ndarray) -> str:
    text = np.array2string(values, precision=8, suppress_small=False, separator=", ")
    return text.replace("\n", "\n" + " " * 15)
