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
CHECKED = ReLURegressor(hidden=(1,), bound=3.0, time_limit=1.0)


@parametrize_with_checks([CHECKED], expected_failed_checks=lambda estimator: EXPECTED_FAILED_CHECKS, xfail_strict=False)
def test_scikit_learn_estimator_checks(estimator, check):
    require_solver("scip")
    check(estimator)


def test_fit_certifies_the_blog_example_and_predicts_like_the_network():
    require_solver("scip")
    from relu_opt.data import load_dataset

    blog = load_dataset(BLOG)
    data = np.hstack([blog.x, blog.y])
    model = ReLURegressor(hidden=(1,), bound=10.0, hidden_bias=False, output_bias=False).fit(data[:, :1], data[:, 1])
    assert model.proven_optimal_ and model.loss_ == pytest.approx(BLOG_OPTIMUM, rel=1e-6)
    assert model.bound_ <= BLOG_OPTIMUM * (1 + 1e-9) and model.certificate_.verdict.value == "global_optimum"
    assert [c.shape for c in model.coefs_] == [(1, 1), (1, 1)] and model.n_features_in_ == 1
    assert np.allclose(model.predict(data[:, :1]), model.weights_.predict(data[:, :1])[:, 0])
    # the MLPRegressor convention: coefs_ are (inputs, outputs), intercepts_ zero without biases
    assert all((b == 0).all() for b in model.intercepts_)
