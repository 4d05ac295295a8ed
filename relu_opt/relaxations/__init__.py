"""Relaxations that bound a training problem from below, and the one way their bounds are
made rigorous: the Lagrangian dual function at a solver's multipliers (``dual_bound.py``)."""
