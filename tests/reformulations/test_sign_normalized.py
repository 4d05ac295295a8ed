"""Sign normalization is exact: every network of the domain is a point of the normalized model
with the same function (and, balanced, the same objective), and optima agree with the plain model."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from relu_opt import SolveOptions, Strategy, train
from relu_opt.architecture import Architecture, Domain, WeightBox, WeightDecay
from relu_opt.encodings import ENCODINGS
from relu_opt.errors import InputError
from relu_opt.formulation import TrainingProblem
from relu_opt.generators import teacher_dataset
from relu_opt.generators.teacher import random_network
from relu_opt.network import Layer, Weights, decay_penalty, loss_value
from relu_opt.reformulations import build_normalized_model, normalization_blocker

from ..conftest import agree
from ..test_formulation import violations


def with_signs(net: Weights, signs) -> Weights:
    """The same network with output weights of the given signs (in any neuron order)."""
    hidden, output = net.layers
    w2 = np.abs(output.weight) * np.array(signs)[None, :]
    return Weights((hidden, Layer(w2, output.bias)))


DOMAINS = {"box": Domain(WeightBox(1.5)), "decay": Domain(decay=WeightDecay(0.2)),
           "box+decay": Domain(WeightBox(1.5), WeightDecay(0.2)),
           "box+decay-weights": Domain(WeightBox(1.5), WeightDecay(0.2, include_biases=False))}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
@pytest.mark.parametrize("domain", list(DOMAINS))
@pytest.mark.parametrize("signs", [None, (1, 1, -1), (-1, -1, -1)])
@pytest.mark.parametrize("symmetry", [False, True])
def test_every_network_is_a_point_of_the_normalized_model(encoding, loss, domain, signs, symmetry):
    data = teacher_dataset(6, 2, [2], 1, seed=3)
    arch = Architecture(2, (3,), 1)
    problem = TrainingProblem(data, arch, DOMAINS[domain], loss, encoding)
    training = build_normalized_model(problem, signs=signs, symmetry=symmetry)
    rng = np.random.default_rng(5)
    for _ in range(4):
        net = random_network(arch.sizes, rng, scale=1.0)
        net = with_signs(net, [1, -1, 1] if signs is None else list(reversed(signs)))
        training.load_network(net)
        assert violations(training.model) == []
        mapped = training.weights()
        assert np.allclose(mapped.predict(data.x), net.predict(data.x), atol=1e-12)
        loss_part = loss_value(mapped.predict(data.x), data.y, loss)
        if domain.startswith(("decay", "box+decay")):
            # the normalized penalty is that of the balanced network (within the box, if any),
            # never more than the original's
            decay = DOMAINS[domain].decay
            penalty = decay_penalty(mapped, decay.coefficients(len(mapped.layers)))
            assert penalty <= decay_penalty(net, decay.coefficients(len(net.layers))) + 1e-12
            if domain.startswith("box+decay"):
                assert np.abs(mapped.layers[0].weight).max() <= 1.5 + 1e-12
                assert np.abs(mapped.layers[1].weight).max() <= 1.5 + 1e-12
                # the model holds the network as loaded: its own scales, its own penalty
                penalty = decay_penalty(net, decay.coefficients(len(net.layers)))
        else:
            penalty = 0.0
            assert np.abs(mapped.layers[0].weight).max() <= 1.5 + 1e-12
            assert np.abs(mapped.layers[1].weight).max() <= 1.5 + 1e-12
        assert pyo.value(training.model.objective) == pytest.approx(loss_part + penalty, rel=1e-10, abs=1e-12)


def test_a_network_of_another_sign_class_is_refused():
    data = teacher_dataset(4, 1, [1], seed=0)
    training = build_normalized_model(TrainingProblem(data, Architecture(1, (2,), 1), Domain(WeightBox(1.0))), signs=(1, 1))
    net = with_signs(random_network((1, 2, 1), np.random.default_rng(0)), [1, -1])
    with pytest.raises(ValueError, match="this sign class has 2"):
        training.load_network(net)


@pytest.mark.parametrize(
    "hidden, outputs, domain, reason",
    [
        ((2, 2), 1, Domain(WeightBox(1.0)), "exactly one hidden layer"),
        ((2,), 2, Domain(WeightBox(1.0)), "scalar output"),
        ((2,), 1, Domain(decay=WeightDecay(0.1, include_biases=False)), "penalize the biases too"),
    ],
)
def test_normalization_is_refused_where_it_is_not_exact(hidden, outputs, domain, reason):
    arch = Architecture(1, hidden, outputs)
    assert reason in normalization_blocker(arch, domain)
    data = teacher_dataset(3, 1, [1], outputs, seed=0)
    with pytest.raises(InputError, match="does not apply|has no bound"):
        build_normalized_model(TrainingProblem(data, arch, domain))


def test_strong_formulation_falls_back_to_plain_where_normalization_is_not_exact():
    data = teacher_dataset(3, 1, [1], 1, seed=0)
    result = train(data, [1, 1], bound=1, options=SolveOptions(time_limit=5))  # two hidden layers
    assert result.details["normalization"].startswith("not applied: it needs exactly one hidden layer")
    assert result.problem.formulation == "plain, warm start"
    assert result.weights is not None and result.certificate.verdict.value != "rejected"


@pytest.mark.parametrize(
    "kwargs",
    [dict(bound=2.0), dict(bound=2.0, loss="l1"), dict(bound=2.0, loss="linf"), dict(weight_decay=0.05),
     dict(bound=0.8, weight_decay=0.05), dict(bound=0.8, weight_decay=0.05, decay_biases=False)],
    ids=["box-squared", "box-l1", "box-linf", "decay-squared", "box-decay-squared", "box-decay-weights-squared"],
)
def test_strong_and_plain_formulations_agree(kwargs, global_solver):
    """Two independent formulations (bilinear plain model vs normalized sign classes) of the
    same problem: their certified intervals must overlap and their upper ends agree."""
    data = teacher_dataset(4, 1, [1], 1, noise=0.1, seed=0)
    options = SolveOptions(time_limit=60)
    results = [
        train(data, [1], solver=global_solver, formulation=f, options=options, **kwargs)
        for f in ("plain", "strong", "normalized")
    ]
    for result in results:
        assert result.certificate.proves_optimality
    uppers = [r.certificate.upper for r in results]
    lowers = [r.certificate.lower for r in results]
    assert max(lowers) <= min(uppers) + 1e-6
    assert all(agree(u, min(uppers)) for u in uppers)


def test_normalized_variants_agree_on_two_neurons(global_solver):
    """Sign classes with cutoffs, one model with sign binaries, each with and without
    symmetry ordering: four formulations, one optimum."""
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=0)
    variants = [Strategy(sign_split=split, symmetry=sym) for split in (True, False) for sym in (False, True)]
    results = [train(data, [2], bound=3, solver=global_solver, strategy=v) for v in variants]
    uppers = [r.certificate.upper for r in results]
    assert all(r.certificate.proves_optimality for r in results)
    assert max(r.certificate.lower for r in results) <= min(uppers) + 1e-7
    assert max(uppers) - min(uppers) <= 1e-6 * max(1.0, min(uppers)) + 1e-8
