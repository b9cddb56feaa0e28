"""Running in CI: baselines of accepted contradictions, partial runs, changed articles."""
