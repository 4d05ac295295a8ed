"""``ReLURegressor``: certified training behind scikit-learn's estimator API.

    from relu_opt import ReLURegressor
    model = ReLURegressor(hidden=(2,), bound=3.0, time_limit=60).fit(X, y)
    model.predict(X); model.proven_optimal_; model.certificate_

``fit`` solves the training problem to certified optimality over the stated domain (the
default strong formulation on SCIP) and keeps the certificate; a time limit that strikes first
leaves the best network found, with ``proven_optimal_`` False and ``bound_`` the proven lower
bound. Fitted attributes are named as in ``sklearn.neural_network.MLPRegressor`` (``coefs_``
are (n_in, n_out) matrices, ``intercepts_`` vectors: zeros where a layer has no bias).

scikit-learn's estimator checks pass (tested); the four that compare two fits are declared in
:data:`EXPECTED_FAILED_CHECKS` (non-strict): a fit stopped by its time limit depends on timing.
"""

from __future__ import annotations

from typing import Any

import numpy as np

try:
    from sklearn.base import BaseEstimator, RegressorMixin
    from sklearn.utils.validation import check_is_fitted, validate_data
except ImportError as exc:  # pragma: no cover - the [sklearn] extra
    raise ImportError("ReLURegressor needs scikit-learn: pip install 'relu-opt[sklearn]'") from exc

from ..api import train
from ..backends import SolveOptions
from ..network import Layer, Weights

_TIMING = (
    "fits the same data twice and compares the predictions: a fit that its time limit stops "
    "keeps the best network found by then, which depends on timing (seen: 1 of 200 predictions "
    "0.011 apart with time_limit=1 on 200 points x 10 features); fits that finish are deterministic"
)
EXPECTED_FAILED_CHECKS: dict[str, str] = {
    "check_regressor_data_not_an_array": _TIMING,  # array, then DataFrame
    "check_fit_idempotent": _TIMING,  # fit, then fit again
    "check_regressors_int": _TIMING,  # integer, then float targets
    "check_supervised_y_2d": _TIMING,  # y as (n,), then (n, 1)
}
"""Checks of ``sklearn.utils.estimator_checks`` that cannot always pass, with the reason; the test
suite hands this dict to scikit-learn's own expected-failure mechanism (non-strict: each passes
whenever both fits finish or stop at the same network, as they did in every run here)."""


class ReLURegressor(RegressorMixin, BaseEstimator):
    """A ReLU network trained to certified global optimality.

    Parameters mirror ``relu-opt solve``: ``hidden`` (widths), the domain ``bound`` (weight box)
    and/or ``weight_decay``, ``hidden_bias`` / ``output_bias``, ``loss`` ("squared", "l1",
    "linf"), ``solver``, ``time_limit`` (seconds), ``gap`` (relative gap to prove),
    ``formulation`` ("strong", "normalized", "plain"), ``encoding``. With neither ``bound`` nor
    ``weight_decay`` the box ``|w| <= 1`` is used (a certificate is always relative to a domain).
    """

    def __init__(
        self,
        hidden: tuple[int, ...] = (2,),
        bound: float | None = None,
        weight_decay: float | None = None,
        hidden_bias: bool = True,
        output_bias: bool = True,
        loss: str = "squared",
        solver: str = "scip",
        time_limit: float = 60.0,
        gap: float = 1e-6,
        formulation: str = "strong",
        encoding: str = "bigm",
    ) -> None:
        self.hidden = hidden
        self.bound = bound
        self.weight_decay = weight_decay
        self.hidden_bias = hidden_bias
        self.output_bias = output_bias
        self.loss = loss
        self.solver = solver
        self.time_limit = time_limit
        self.gap = gap
        self.formulation = formulation
        self.encoding = encoding

    def fit(self, X: Any, y: Any) -> "ReLURegressor":
        X, y = validate_data(self, X, y, multi_output=True, y_numeric=True, dtype=np.float64)
        targets = y.reshape(-1, 1) if y.ndim == 1 else y
        bound = 1.0 if self.bound is None and self.weight_decay is None else self.bound
        result = train(
            (X, targets), tuple(int(w) for w in self.hidden),
            bound=bound, weight_decay=self.weight_decay,
            hidden_bias=self.hidden_bias, output_bias=self.output_bias, loss=self.loss,
            encoding=self.encoding, solver=self.solver, formulation=self.formulation,
            options=SolveOptions(time_limit=self.time_limit, rel_gap=self.gap),
        )
        if result.weights is None:
            raise RuntimeError(f"the solver found no network: {result.certificate.reasons}")
        self.result_ = result
        self.certificate_ = result.certificate
        self.proven_optimal_ = result.proven_optimal
        self.bound_ = result.bound
        self.loss_ = result.certificate.recomputed_loss
        self.coefs_ = [layer.weight.T.copy() for layer in result.weights.layers]
        self.intercepts_ = [
            layer.bias.copy() if layer.bias is not None else np.zeros(layer.weight.shape[0])
            for layer in result.weights.layers
        ]
        self.n_outputs_ = targets.shape[1]
        self.n_layers_ = len(self.coefs_) + 1
        self.out_activation_ = "identity"
        self._one_dimensional = y.ndim == 1
        return self

    @property
    def weights_(self) -> Weights:
        """The fitted network as relu-opt's numpy network."""
        check_is_fitted(self)
        return Weights(tuple(Layer(c.T, b) for c, b in zip(self.coefs_, self.intercepts_)))

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        prediction = self.weights_.predict(X)
        return prediction[:, 0] if self._one_dimensional else prediction

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        tags.target_tags.single_output = True
        tags.non_deterministic = False
        return tags
