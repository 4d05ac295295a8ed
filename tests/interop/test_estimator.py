"""ReLURegressor: scikit-learn's own estimator checks, and a certificate behind fit."""

from __future__ import annotations

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")
from sklearn.utils.estimator_checks import parametrize_with_checks  # noqa: E402

from relu_opt import ReLURegressor  # noqa: E402
from relu_opt.interop.estimator import EXPECTED_FAILED_CHECKS  # noqa: E402

from ..conftest import BLOG, BLOG_OPTIMUM, require_solver  # noqa: E402

# Small and quick: the checks fit dozens of times on up to 200 points x 10 features.
CHECKED = ReLURegressor(hidden_layer_sizes=(1,), bound=3.0, time_limit=1.0, if_not_proven="ignore")


@parametrize_with_checks([CHECKED], expected_failed_checks=lambda estimator: EXPECTED_FAILED_CHECKS, xfail_strict=False)
def test_scikit_learn_estimator_checks(estimator, check):
    require_solver("scip")
    check(estimator)


def test_fit_certifies_the_blog_example_and_predicts_like_the_network():
    require_solver("scip")
    from relu_opt.data import load_dataset

    blog = load_dataset(BLOG)
    data = np.hstack([blog.x, blog.y])
    model = ReLURegressor(hidden_layer_sizes=(1,), bound=10.0, hidden_bias=False, output_bias=False).fit(
        data[:, :1], data[:, 1])
    assert model.proven_optimal_ and model.training_loss_ == pytest.approx(BLOG_OPTIMUM, rel=1e-6)
    assert model.objective_ == model.training_loss_  # no penalty
    assert model.lower_bound_ <= BLOG_OPTIMUM * (1 + 1e-9) and model.certificate_.verdict.value == "global_optimum"
    # loss_ as MLPRegressor defines it: half the mean squared error (3 points)
    assert model.loss_ == pytest.approx(BLOG_OPTIMUM / (2 * 3), rel=1e-6)
    assert [c.shape for c in model.coefs_] == [(1, 1), (1, 1)] and model.n_features_in_ == 1
    assert np.allclose(model.predict(data[:, :1]), model.weights_.predict(data[:, :1])[:, 0])
    # the MLPRegressor convention: coefs_ are (inputs, outputs), intercepts_ zero without biases
    assert all((b == 0).all() for b in model.intercepts_)


def _teacher():
    from relu_opt.generators import teacher_dataset

    return teacher_dataset(24, 2, [3], 1, noise=0.1, seed=1)


def test_a_fit_that_is_not_proven_warns_with_the_interval_or_raises():
    """The time limit strikes first: a ConvergenceWarning states the certified interval;
    if_not_proven="raise" makes it an error, "ignore" keeps quiet."""
    require_solver("scip")
    from sklearn.exceptions import ConvergenceWarning

    from relu_opt.interop.estimator import NotProvenError

    data = _teacher()
    with pytest.warns(ConvergenceWarning, match=r"not proven within time_limit=0.5 s; the optimum lies in \["):
        model = ReLURegressor(hidden_layer_sizes=(3,), bound=3.0, time_limit=0.5).fit(data.x, data.y[:, 0])
    assert not model.proven_optimal_ and model.lower_bound_ <= model.objective_
    with pytest.raises(NotProvenError, match="not proven"):
        ReLURegressor(hidden_layer_sizes=(3,), bound=3.0, time_limit=0.5, if_not_proven="raise").fit(data.x, data.y[:, 0])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ReLURegressor(hidden_layer_sizes=(3,), bound=3.0, time_limit=0.5, if_not_proven="ignore").fit(data.x, data.y[:, 0])


def test_scikit_learn_names_and_aliases():
    """hidden_layer_sizes, alpha, loss names squared_error/absolute_error; the previous names
    still work for one release, with a FutureWarning."""
    require_solver("scip")
    data = _teacher()
    x, y = data.x[:10], data.y[:10, 0]
    relu = ReLURegressor(hidden_layer_sizes=(1,), bound=2.0, loss="absolute_error", random_state=3).fit(x, y)
    same = ReLURegressor(hidden_layer_sizes=(1,), bound=2.0, loss="l1").fit(x, y)
    assert relu.proven_optimal_ and relu.objective_ == pytest.approx(same.objective_, rel=2e-6)
    assert relu.loss_ == pytest.approx(np.mean(np.abs(relu.predict(x) - y)))  # mean absolute error
    with pytest.warns(FutureWarning, match="hidden_layer_sizes"):
        ReLURegressor(hidden=(1,), bound=2.0).fit(x, y)
    with pytest.warns(FutureWarning, match="lower_bound_"):
        assert relu.bound_ == relu.lower_bound_
    from relu_opt.errors import InputError

    with pytest.raises(InputError, match="loss='hinge'"):
        ReLURegressor(loss="hinge").fit(x, y)
    with pytest.raises(InputError, match="not both"):
        ReLURegressor(alpha=0.1, weight_decay=0.1).fit(x, y)


def test_alpha_is_mlpregressors_penalty():
    """The certified objective with alpha is sum r^2 + alpha sum W^2 (weights only): 2 N times
    MLPRegressor's loss_ of the same network, which loss_ reports."""
    require_solver("scip")
    data = _teacher()
    x, y = data.x[:12], data.y[:12, 0]
    model = ReLURegressor(hidden_layer_sizes=(2,), bound=3.0, alpha=0.05).fit(x, y)
    assert model.proven_optimal_
    residual = model.predict(x) - y
    weights = sum(float(np.sum(c**2)) for c in model.coefs_)
    assert model.objective_ == pytest.approx(np.sum(residual**2) + 0.05 * weights, rel=1e-9)
    assert model.loss_ == pytest.approx(np.mean(residual**2) / 2 + 0.5 * 0.05 * weights / len(y), rel=1e-9)
    assert model.loss_ == pytest.approx(model.objective_ / (2 * len(y)), rel=1e-9)
    # two outputs: one network, predictions of shape (n, 2)
    two = ReLURegressor(hidden_layer_sizes=(1,), bound=2.0, time_limit=3, if_not_proven="ignore").fit(
        x, np.column_stack([y, -y]))
    assert two.predict(x).shape == (12, 2) and two.n_outputs_ == 2
