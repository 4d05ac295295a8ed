"""Code that makes datasets (deterministic given a seed)."""

from .teacher import teacher_dataset

__all__ = ["teacher_dataset"]
