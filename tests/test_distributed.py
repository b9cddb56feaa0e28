"""Archive audits on a dask cluster give the same results as the pytest plugin."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.articles import read_article

ROOT = Path(__file__).resolve().parent.parent
AUDIT = """
import json, sys
import distributed
from factcheck.distributed import audit

if __name__ == "__main__":
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster):
        print(json.dumps(audit(json.loads(sys.argv[1]), ["facts"]).compute()))
"""


def _write_shards(folder: Path) -> list[Path]:
    """The example articles as two JSONL shards."""
    articles = [read_article(p) for p in sorted((ROOT / "articles").glob("*.md"))]
    shards = []
    for n, part in enumerate((articles[:3], articles[3:])):
        shard = folder / f"shard{n}.jsonl"
        lines = [
            json.dumps(
                {
                    "id": Path(a.path).stem,
                    "source": a.source,
                    "published": str(a.published),
                    "title": a.title,
                    "text": a.text,
                }
            )
            for a in part
        ]
        shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
        shards.append(shard)
    return shards


def test_dask_cluster_matches_the_plugin(pytester: pytest.Pytester) -> None:
    shutil.copytree(ROOT / "facts", pytester.path / "facts")
    shards = _write_shards(pytester.path)
    names = [s.name for s in shards]
    pytester.runpytest("--facts", "facts", *names, "--facts-report", "report.json")
    serial = json.loads((pytester.path / "report.json").read_text())["results"]

    # The cluster runs in a process of its own: dask's workers and signal handlers stay out
    # of this test session.
    done = subprocess.run(
        [sys.executable, "-c", AUDIT, json.dumps(names)],
        cwd=pytester.path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)

    key = lambda r: (r["article"], r["story"], r["fact"])  # noqa: E731
    assert len(serial) == 75
    assert sorted(found, key=key) == sorted(serial, key=key)
    contradicted = sorted(key(r) for r in found if r["status"] == "contradicted")
    assert contradicted == [
        ("shard0.jsonl#001", "kim-russia-2023", "miller-unsc-warning"),
        ("shard1.jsonl#003", "kim-russia-2023", "miller-sanctions"),
    ]
