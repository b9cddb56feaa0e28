"""The benchmark's engine comparison runs end to end (speed itself is measured, not tested)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_against_prints_both_trees_and_the_results_check() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench.py"),
            *("--against", "HEAD", "--articles", "10", "--rounds", "1", "--passes", "1"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr  # 1: the working tree's results differ
    out = run.stdout
    for line in ("generated (10 articles", "real (", "ratio HEAD / working tree", "results: "):
        assert line in out, out
