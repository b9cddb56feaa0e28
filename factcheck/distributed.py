"""Archive audits past one machine: checking JSONL shards with dask.bag (``factcheck[dask]``)."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.articles import iter_jsonl
from factcheck.engine import Checker
from factcheck.errors import ArticleError
from factcheck.facts import fact_files, load_story


def check_shard(shard: str, fact_paths: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Check every article of one JSONL shard: report-shaped result dicts, and unreadable lines."""
    checker = _checker(tuple(str(p) for p in fact_paths))
    for entry in iter_jsonl(shard):
        if isinstance(entry, ArticleError):
            yield {
                "article": entry.key,
                "status": "error",
                "message": str(entry),
            }
            continue
        try:
            results = checker.check(entry)
        except ArticleError as error:  # it declares a story that is not loaded
            yield {"article": error.key, "status": "error", "message": str(error)}
            continue
        if not results:
            yield {"article": entry.key, "status": "unmatched"}
        yield from (r.to_json() for r in results)


@functools.lru_cache(maxsize=8)
def _checker(fact_paths: tuple[str, ...]) -> Checker:
    """One compiled Checker per worker process and set of fact files."""
    return Checker(load_story(p) for p in fact_files(fact_paths))


def audit(shards: Sequence[str | Path], fact_paths: Sequence[str | Path]) -> Any:
    """A dask.bag of result dicts, one partition per shard; ``.compute()`` runs it."""
    import dask.bag as db

    facts = [str(p) for p in fact_paths]
    bag = db.from_sequence([str(s) for s in shards], npartitions=len(shards))  # type: ignore[no-untyped-call]
    return bag.map_partitions(lambda part: [r for shard in part for r in check_shard(shard, facts)])
