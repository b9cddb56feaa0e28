"""One engine measurement in its own process, for ``bench.py --against``.

Run with ``PYTHONPATH`` pointing at the tree to measure (the working tree or a checkout of a
git ref): it imports ``factcheck`` from there and uses only the library API (``Checker``,
``load_story``, ``read_article``, ``iter_jsonl``, ``FactResult.to_json``), so that any revision
can be measured by the same script.

``python engine_run.py SPEC`` reads a JSON spec::

    {"batches": {NAME: {"stories": [paths], "markdown": [paths] | "jsonl": path}},
     "passes": 2, "results": folder}

and prints one JSON line: per batch, the CPU seconds of each pass over its articles, the
article count, their text bytes and the SHA-256 of the results; the results of the first pass
are written as JSON (one line per result) to ``folder/NAME.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path


def main() -> int:
    import factcheck
    from factcheck import Checker, iter_jsonl, load_story, read_article

    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out_dir = Path(spec["results"])
    figures: dict[str, object] = {"factcheck": str(Path(factcheck.__file__).parent)}
    for name, batch in spec["batches"].items():
        checker = Checker([load_story(Path(p)) for p in batch["stories"]])
        if "jsonl" in batch:
            articles = list(iter_jsonl(Path(batch["jsonl"])))
        else:
            articles = [read_article(Path(p)) for p in batch["markdown"]]
        passes = []
        digest = ""
        for number in range(spec["passes"]):
            begin = time.process_time()
            results = [checker.check(article) for article in articles]
            passes.append(time.process_time() - begin)
            if number == 0:
                lines = [
                    json.dumps(r.to_json(), sort_keys=True, ensure_ascii=False)
                    for per_article in results
                    for r in per_article
                ]
                text = "\n".join(lines) + "\n"
                (out_dir / f"{name}.jsonl").write_text(text, encoding="utf-8")
                digest = hashlib.sha256(text.encode()).hexdigest()
        figures[name] = {
            "cpu": passes,
            "articles": len(articles),
            "bytes": sum(len(a.text.encode()) for a in articles),
            "sha256": digest,
        }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
