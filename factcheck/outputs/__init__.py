"""What a run writes: the terminal summary and JSON report, SARIF and HTML."""
