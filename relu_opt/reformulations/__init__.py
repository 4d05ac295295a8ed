"""Exact transformations of the training problem (the optimum never changes)."""

from .sign_normalized import (
    NormalizedTrainingModel,
    build_normalized_model,
    normalization_blocker,
)

__all__ = ["NormalizedTrainingModel", "build_normalized_model", "normalization_blocker"]
