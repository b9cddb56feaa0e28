"""Benchmark of factcheck: engine throughput, pytest overhead, xdist speedup and memory growth.

Generates a realistic batch in a temporary directory: S stories derived from the example
story (each about a different leader, padded to M facts with varied clones) and N articles
of about 3 KB mixed from the sentences of the example articles, as .md files and as one
JSONL batch. Then measures, in one run:

* the engine through the library API (one process, no pytest);
* ``pytest --facts`` end to end (one item per fact), next to a bare pytest run with as many
  no-op items; ``-n 2`` against a serial run; the peak memory for N/10 and for N articles;
* the same with ``--facts-per-article`` (one item per article, the mode for large batches):
  ``-n 2`` against a serial run, and the peak memory for N/10 and for N articles, with and
  without a JSON report, next to a bare pytest run with as many items;
* ``-n 2`` against a serial run of as many bare pytest items that each burn as much CPU as
  one per-article item: the best speedup pytest-xdist can give on this machine (its ceiling).

The memory and ``-n 2`` targets are judged on the per-article runs: with one item per fact,
pytest's own memory (it keeps every item and report) and pytest-xdist's cost per item grow
with facts x articles whatever the plugin does.

Usage::

    python benchmarks/bench.py                 # 10,000 articles, 5 stories, 50 facts each
    python benchmarks/bench.py --quick         # a small run, to check that everything works
    python benchmarks/bench.py --profile       # the engine's time by stage, and cProfile
    python benchmarks/bench.py --against main  # the engine of git ref `main` against this tree

The engine is also measured on the labelled real articles (``tests/corpus/articles`` with
their stories, and the example's articles with its story): real articles mention far fewer
facts per kilobyte than the generated ones.

``--against REF`` checks REF out into a temporary git worktree and measures the engine of REF
and of the working tree alternately, each pass in a fresh process (``engine_run.py``) with
``PYTHONPATH`` pointing at its tree, on the same generated batch and the same real articles;
it prints both figures, their ratio, and whether the results (the JSON of every result) are
byte-identical. A difference is a bug of a speed change: the exit status is then 1.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import importlib.metadata
import io
import itertools
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import factcheck
from factcheck import Article, Checker, iter_jsonl, load_story, parse_story, read_article
from factcheck.articles import split_sentences
from factcheck.facts import Fact, Story
from factcheck.match import find_quotes

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_STORY = REPO / "facts" / "kim-russia-2023.yaml"
EXAMPLE_ARTICLES = sorted((REPO / "articles").glob("*.md"))
CORPUS = REPO / "tests" / "corpus"
REAL_STORIES = [*sorted((CORPUS / "stories").glob("*.yaml")), EXAMPLE_STORY]
REAL_ARTICLES = [*sorted((CORPUS / "articles").glob("*.md")), *EXAMPLE_ARTICLES]
"""The labelled real articles and their stories (each article is checked against all)."""
ENGINE_RUN = Path(__file__).resolve().parent / "engine_run.py"

SEED = 2023
ARTICLE_BYTES = (2700, 3300)
"""Each generated article's text is about this many bytes (uniformly drawn target)."""
UNMATCHED_SHARE = 0.03
"""Share of the articles about a leader no story knows (they match no story)."""

TARGET_ENGINE_RATE = 1000.0
TARGET_PYTEST_OVERHEAD = 1.3
TARGET_MEMORY_GROWTH = 1.5
TARGET_XDIST_SPEEDUP = 1.6

LQ, RQ, APOS = "\u201c", "\u201d", "\u2019"
"""Curly double quotes and the curly apostrophe."""


# --------------------------------------------------------------------------------------------
# Stories


@dataclass(frozen=True)
class Persona:
    """The leader a story is about: the names that replace Kim Jong Un's everywhere."""

    slug: str
    full: str
    short: str
    demonym: str


ORIGINAL = Persona("kim", "Kim Jong Un", "Kim", "North Korean")
PERSONAS = (
    ORIGINAL,
    Persona("varga", "Tomas Varga", "Varga", "Ruritanian"),
    Persona("okafor", "Chidi Okafor", "Okafor", "Zembian"),
    Persona("lindqvist", "Maja Lindqvist", "Lindqvist", "Nordmarkian"),
    Persona("haddad", "Samir Haddad", "Haddad", "Qasiri"),
    Persona("moreau", "Elise Moreau", "Moreau", "Valdorian"),
    Persona("tanaka", "Hiro Tanaka", "Tanaka", "Kairan"),
    Persona("ilves", "Petra Ilves", "Ilves", "Estmarkian"),
)
UNKNOWN = Persona("brandt", "Lukas Brandt", "Brandt", "Ostrian")
"""The leader of the articles that match no story."""

_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vo", "zel", "dra", "nu", "pe")


def persona(index: int) -> Persona:
    """The leader of story ``index``: a hand-picked one, then made-up names."""
    if index < len(PERSONAS):
        return PERSONAS[index]
    digits = f"{index:03d}"
    name = "".join(_SYLLABLES[int(d)] for d in digits).capitalize()
    first = "".join(_SYLLABLES[int(d)] for d in reversed(digits)).capitalize()
    return Persona(name.lower(), f"{first} {name}", name, f"{name}ian")


_LEAD = re.compile(r"\bKim Jong[ -][Uu]n\b|\bKim\b|\bNorth Korean leader\b|\bkim\b")


def substitute(text: str, lead: Persona) -> str:
    """``text`` about ``lead`` instead of Kim Jong Un: names, aliases and ids."""
    if lead == ORIGINAL:
        return text

    def replace(m: re.Match[str]) -> str:
        found = m.group()
        if found.startswith("Kim Jong"):
            return lead.full
        if found == "Kim":
            return lead.short
        if found == "kim":
            return lead.slug
        return f"{lead.demonym} leader"

    return _LEAD.sub(replace, text)


SYNONYMS = {
    "arrived": "landed",
    "arrives": "lands",
    "left": "departed",
    "set": "headed",
    "visited": "toured",
    "attend": "address",
    "crossed": "slipped",
    "entered": "reached",
    "began": "started",
    "launched": "started",
    "trips": "visits",
    "years": "decades",
    "summit": "meeting",
    "invasion": "offensive",
    "plenary": "closing",
}
"""Word swaps that turn a fact's phrase into a related one (which articles may not use)."""
MISQUOTES = {
    "will": "would",
    "not": "never",
    "any": "every",
    "two": "three",
    "new": "further",
    "multiple": "several",
    "continue": "keep",
    "full-fledged": "short",
    "price": "penalty",
}
"""Word swaps that turn a fact's quote into a misquote."""


def vary_phrase(phrase: str, rng: random.Random) -> str:
    """``phrase`` as is, or with one word swapped for a related one."""
    words = phrase.split()
    swappable = [i for i, w in enumerate(words) if w in SYNONYMS]
    if swappable and rng.random() < 0.5:
        i = rng.choice(swappable)
        words[i] = SYNONYMS[words[i]]
    return " ".join(words)


def vary_quote(quote: str, rng: random.Random) -> str:
    """A part of ``quote`` (at least 6 words), the whole of it, or a misquote of it."""
    words = quote.split()
    roll = rng.random()
    if roll < 0.4 and len(words) > 8:
        length = rng.randint(6, len(words) - 1)
        start = rng.randint(0, len(words) - length)
        return " ".join(words[start : start + length])
    if roll < 0.75:
        return quote
    swappable = [i for i, w in enumerate(words) if w.lower() in MISQUOTES]
    if swappable:
        i = rng.choice(swappable)
        words[i] = MISQUOTES[words[i].lower()]
    else:
        words.insert(rng.randint(1, len(words) - 1), "reportedly")
    return " ".join(words)


def vary_date(when: object, rng: random.Random) -> str | None:
    """The fact's date, a day off, or to the month only."""
    text = str(when)
    roll = rng.random()
    if roll < 0.6 or len(text) != 10:
        return text
    if roll < 0.8:
        day = dt.date.fromisoformat(text) + dt.timedelta(days=rng.choice((-1, 1)))
        return day.isoformat()
    return text[:7]


def harvested_quotes(paths: Sequence[Path]) -> list[str]:
    """Quoted passages of at least 8 words in the example articles."""
    found = []
    for path in paths:
        for quoted in find_quotes(read_article(path).text):
            text = " ".join(quoted.text.split()).strip(" ,.")
            if len(text.split()) >= 8 and text not in found:
                found.append(text)
    return found


SPEAKERS = ("miller", "peskov", "sullivan", "shoigu", "putin", "jean-pierre")
"""Entities a harvested quote may be attributed to."""


def clone_fact(
    base: Fact, number: int, quotes: Sequence[str], rng: random.Random
) -> dict[str, object]:
    """A new fact in the spirit of ``base``: new id, varied phrases, quote, date or count."""
    fact: dict[str, object] = {"id": f"{base.id}-v{number}", "who": list(base.who)}
    if base.quote is not None:
        if rng.random() < 0.5:
            fact["quote"] = vary_quote(base.quote, rng)
        else:
            fact["quote"] = vary_quote(rng.choice(quotes), rng)
            fact["who"] = rng.choice(SPEAKERS)
        return fact
    phrases = list(dict.fromkeys(vary_phrase(w, rng) for w in base.what))
    fact["what"] = rng.sample(phrases, rng.randint(1, len(phrases)))
    if base.where is not None:
        fact["where"] = base.where
    if base.when is not None and (when := vary_date(base.when, rng)):
        fact["when"] = when
    if base.count is not None:
        fact["count"] = max(1, int(base.count) + rng.choice((0, 0, 0, -1, 1, 2)))
        if base.ordinal:
            fact["ordinal"] = True
    return fact


def story_text(index: int, facts_per_story: int, quotes: Sequence[str]) -> str:
    """The YAML of story ``index``: the example story about another leader, padded with clones."""
    rng = random.Random(SEED * 1000 + index)
    example_text = EXAMPLE_STORY.read_text("utf-8")
    example = parse_story(example_text, str(EXAMPLE_STORY))
    lines = [example_text.rstrip("\n"), ""]
    for number in range(facts_per_story - len(example.facts)):
        base = example.facts[number % len(example.facts)]
        clone = clone_fact(base, number // len(example.facts) + 1, quotes, rng)
        lines.append("  - " + json.dumps(clone, ensure_ascii=False))
    return substitute("\n".join(lines) + "\n", persona(index))


def write_stories(folder: Path, count: int, facts_per_story: int) -> list[Story]:
    """Write ``count`` fact files into ``folder``; each is loaded back to check that it is valid."""
    folder.mkdir(parents=True)
    quotes = harvested_quotes(EXAMPLE_ARTICLES)
    stories = []
    for index in range(count):
        text = story_text(index, facts_per_story, quotes)
        path = folder / f"{persona(index).slug}-russia-2023.yaml"
        path.write_text(text, "utf-8")
        stories.append(load_story(path))
    return stories


# --------------------------------------------------------------------------------------------
# Articles


@dataclass
class Sources:
    """The example articles cut into quote-balanced sentence units."""

    leads: list[str]
    units: list[str]
    titles: list[str]
    outlets: list[str]


def _balanced(text: str) -> bool:
    return text.count(LQ) == text.count(RQ) and text.count('"') % 2 == 0


def read_sources(paths: Sequence[Path]) -> Sources:
    """Sentences of the example articles; sentences inside one quotation are kept together."""
    sources = Sources([], [], [], [])
    for path in paths:
        article = read_article(path)
        sources.outlets.append(article.source or path.stem)
        if article.title:
            sources.titles.append(article.title)
        units: list[str] = []
        for paragraph in article.text.split("\n"):
            pending = ""
            for sentence in split_sentences(paragraph):
                pending = f"{pending} {sentence.text}".strip()
                if _balanced(pending):
                    units.append(pending)
                    pending = ""
            if pending:
                units.append(pending)
        sources.leads.append(units[0])
        sources.units += units[1:]
    sources.titles.append("Kim Jong Un arrives in Russia ahead of talks with Putin")
    return sources


PUBLISHED = (("2023-09-12", 70), ("2023-09-13", 15), ("2023-09-11", 5), (None, 10))


def make_article(ident: str, lead: Persona, sources: Sources, rng: random.Random) -> dict[str, str]:
    """One article as a JSONL record: a lede, then sentences of every example, about ``lead``."""
    outlet = rng.randrange(len(sources.leads))
    target = rng.randint(*ARTICLE_BYTES)
    chosen = [sources.leads[outlet]]
    size = len(chosen[0].encode())
    for unit in rng.sample(sources.units, len(sources.units)):
        if size >= target:
            break
        chosen.append(unit)
        size += len(unit.encode()) + 1
    paragraphs = []
    while chosen:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(chosen[:take]))
        chosen = chosen[take:]
    record = {"id": ident, "source": sources.outlets[outlet]}
    if rng.random() < 0.7:
        record["title"] = substitute(rng.choice(sources.titles), lead)
    values, weights = zip(*PUBLISHED, strict=True)
    published = rng.choices(values, weights)[0]
    if published:
        record["published"] = published
    record["text"] = substitute("\n\n".join(paragraphs), lead)
    return record


def markdown(record: dict[str, str]) -> str:
    """The record as an .md article with YAML front matter (JSON strings are YAML scalars)."""
    front = [f"{key}: {json.dumps(record[key], ensure_ascii=False)}" for key in record]
    front = [line for line in front if not line.startswith(("id:", "text:"))]
    return "---\n" + "\n".join(front) + "\n---\n" + record["text"] + "\n"


@dataclass
class Batch:
    """The generated data: where it is and which story each article was written about."""

    root: Path
    facts: Path
    markdown: Path
    jsonl: Path
    stories: list[Story]
    expected: list[str | None]
    text_bytes: list[int]

    def head(self, count: int) -> Path:
        """A JSONL batch of the first ``count`` articles (written once)."""
        path = self.root / f"batch-{count}.jsonl"
        if not path.exists():
            with self.jsonl.open("rb") as source, path.open("wb") as out:
                out.writelines(itertools.islice(source, count))
        return path


def generate(root: Path, articles: int, stories: int, facts_per_story: int) -> Batch:
    """Write the stories, the articles as .md files and the JSONL batch under ``root``."""
    written = write_stories(root / "facts", stories, facts_per_story)
    sources = read_sources(EXAMPLE_ARTICLES)
    rng = random.Random(SEED)
    md_dir = root / "articles"
    md_dir.mkdir()
    jsonl = root / f"batch-{articles}.jsonl"
    expected: list[str | None] = []
    sizes = []
    with jsonl.open("w", encoding="utf-8") as out:
        for number in range(articles):
            if rng.random() < UNMATCHED_SHARE:
                lead, story = UNKNOWN, None
            else:
                index = rng.randrange(stories)
                lead, story = persona(index), written[index].id
            ident = f"{number:05d}"
            record = make_article(ident, lead, sources, rng)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            (md_dir / f"{ident}.md").write_text(markdown(record), "utf-8")
            expected.append(story)
            sizes.append(len(record["text"].encode()))
    return Batch(root, root / "facts", md_dir, jsonl, written, expected, sizes)


# --------------------------------------------------------------------------------------------
# Measurements


@dataclass
class EngineFigures:
    """The engine pass over the whole batch, in this process."""

    articles: int
    seconds: float
    per_article: list[float]
    cpu_seconds: float
    compile_seconds: float
    jsonl_seconds: float
    markdown_seconds: float
    items: int
    routed_as_written: int
    statuses: Counter[str] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def load_batch(path: Path) -> list[Article]:
    """Every article of a JSONL batch (the generated batch has no bad lines)."""
    articles = []
    for entry in iter_jsonl(path):
        if not isinstance(entry, Article):
            raise SystemExit(f"bad generated line: {entry}")
        articles.append(entry)
    return articles


def timed(call: Callable[[], object]) -> float:
    """Seconds ``call`` takes."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def bench_engine(batch: Batch) -> EngineFigures:
    """Check every article of the batch through ``Checker``, timing each check."""
    paths = sorted(batch.facts.glob("*.yaml"))
    start = time.perf_counter()
    checker = Checker([load_story(p) for p in paths])
    compile_seconds = time.perf_counter() - start
    articles: list[Article] = []
    jsonl_seconds = timed(lambda: articles.extend(load_batch(batch.jsonl)))
    md_paths = sorted(batch.markdown.glob("*.md"))
    markdown_seconds = timed(lambda: [read_article(p) for p in md_paths])
    per_article = []
    items = routed = 0
    statuses: Counter[str] = Counter()
    clock = time.perf_counter
    cpu_begin = time.process_time()
    begin = clock()
    for article, story in zip(articles, batch.expected, strict=True):
        t0 = clock()
        results = checker.check(article)
        per_article.append(clock() - t0)
        items += len(results) or 1
        routed += {r.story for r in results} == ({story} if story else set())
        statuses.update(r.status for r in results)
    seconds = clock() - begin
    cpu_seconds = time.process_time() - cpu_begin
    return EngineFigures(
        len(articles),
        seconds,
        per_article,
        cpu_seconds,
        compile_seconds,
        jsonl_seconds,
        markdown_seconds,
        items,
        routed,
        statuses,
    )


_MEASURE = """
import json, resource, subprocess, sys, time
cmd, cwd, log, env = json.loads(sys.argv[1])
with open(log, "wb") as out:
    start = time.perf_counter()
    rc = subprocess.call(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
    wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"rc": rc, "wall": wall, "cpu": cpu, "maxrss": usage.ru_maxrss}))
"""
"""Runs one command as the only child of a fresh process: its wall time, CPU time and max RSS.

RUSAGE_CHILDREN covers the command and every process it waited for (xdist workers too):
the CPU time is their sum and the max RSS that of the largest of them.
"""


@dataclass
class Run:
    """One measured pytest run."""

    label: str
    wall: float
    cpu: float
    peak_mib: float
    returncode: int
    outcomes: dict[str, int]
    log: Path

    @property
    def items(self) -> int:
        return sum(n for k, n in self.outcomes.items() if not k.startswith("warning"))


_OUTCOME = re.compile(r"(\d+) ([a-z]+)")


def outcomes(log: Path) -> dict[str, int]:
    """The counts of pytest's final summary line (``3 failed, 10 passed, ... in 2.0s``)."""
    lines = [line for line in log.read_text("utf-8", "replace").splitlines() if line.strip()]
    for line in reversed(lines):
        if re.search(r" in [\d.]+s", line):
            return {word: int(n) for n, word in _OUTCOME.findall(line.split(" in ")[0])}
    return {}


NO_PLUGINS = ("-p", "no:hypothesispytest")
"""The test extras install hypothesis, whose pytest plugin a checking job has no use for (it
costs each pytest-xdist worker about two seconds at exit); every run, bare ones too, goes
without it."""
CLEARED_ENV = ("PYTEST_ADDOPTS", "PYTHONDONTWRITEBYTECODE")
"""Runs are measured as a CI job runs pytest: its own options only, and bytecode cached (else
every pytest-xdist worker compiles every module again)."""


def measure(label: str, args: Sequence[str], batch: Batch) -> Run:
    """Run ``python -m pytest args`` in the batch folder inside a fresh measuring process."""
    log = batch.root / "logs" / (re.sub(r"\W+", "-", label).strip("-") + ".txt")
    log.parent.mkdir(exist_ok=True)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *NO_PLUGINS, *args]
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    spec = json.dumps([cmd, str(batch.root), str(log), env])
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, spec], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    scale = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss: bytes on macOS, KiB on Linux
    peak = figures["maxrss"] / scale
    run = Run(label, figures["wall"], figures["cpu"], peak, figures["rc"], {}, log)
    run.outcomes = outcomes(log)
    if run.returncode not in (0, 1) or not run.outcomes:
        tail = "\n".join(log.read_text("utf-8", "replace").splitlines()[-15:])
        raise SystemExit(f"{label}: pytest exited with {run.returncode}; end of {log}:\n{tail}")
    return run


def bare_tests(batch: Batch, count: int) -> Path:
    """A test file with ``count`` parametrized no-op tests (written once per count)."""
    folder = batch.root / "bare"
    folder.mkdir(exist_ok=True)
    path = folder / f"test_bare_{count}.py"
    if not path.exists():
        path.write_text(
            "import pytest\n\n\n"
            f'@pytest.mark.parametrize("i", range({count}))\n'
            "def test_noop(i):\n"
            "    pass\n",
            "utf-8",
        )
    return path


def loop_rate(rounds: int = 5, seconds: float = 0.2) -> float:
    """Iterations of ``sum(range(n))`` per CPU second (``time.process_time``) in this process.

    The median of ``rounds`` rounds of ``seconds`` each: the CPU time of a loop varies by 10 %
    or more from one round to the next on a busy virtual machine.
    """
    chunk = 100_000
    rates = []
    for _ in range(rounds):
        runs = 0
        start = time.process_time()
        while (spent := time.process_time() - start) < seconds:
            sum(range(chunk))
            runs += 1
        rates.append(runs * chunk / spent)
    return statistics.median(rates)


def busy_tests(batch: Batch, count: int, seconds_per_item: float) -> Path:
    """A test file with ``count`` parametrized tests, each burning ``seconds_per_item`` of CPU.

    Each test runs ``sum(range(LOOPS))`` once, ``LOOPS`` calibrated here by ``loop_rate``:
    no clock calls inside the tests (clock syscalls are slow on virtual machines).
    """
    loops = round(loop_rate() * max(0.0, seconds_per_item))
    folder = batch.root / "busy"
    folder.mkdir(exist_ok=True)
    path = folder / f"test_busy_{count}_{loops}.py"
    if not path.exists():
        path.write_text(
            "import pytest\n\n"
            f"LOOPS = {loops}  # sum(range(LOOPS)) takes about "
            f"{seconds_per_item * 1000:.2f} ms of CPU\n\n\n"
            f'@pytest.mark.parametrize("i", range({count}))\n'
            "def test_busy(i):\n"
            "    sum(range(LOOPS))\n",
            "utf-8",
        )
    return path


def facts_args(batch: Batch, jsonl: Path, tb: str | None, *extra: str) -> list[str]:
    """``--facts <facts> <jsonl>``, with ``--tb`` when one is chosen."""
    style = [f"--tb={tb}"] if tb else []
    return [*style, "--facts", str(batch.facts), str(jsonl), *extra]


def per_article_args(
    batch: Batch, jsonl: Path, tb: str | None, *extra: str, report: str | None = None
) -> list[str]:
    """``--facts-per-article`` runs, writing a JSON report under the batch folder if named."""
    written = ["--facts-report", str(batch.root / "reports" / f"{report}.json")] if report else []
    return facts_args(batch, jsonl, tb, "--facts-per-article", *written, *extra)


def has_xdist() -> bool:
    try:
        importlib.metadata.version("pytest-xdist")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


# --------------------------------------------------------------------------------------------
# Report


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def machine_lines() -> Iterator[str]:
    """Platform, CPUs, memory, Python and package versions."""
    yield f"platform:  {platform.platform()} ({platform.machine()})"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    yield f"cpus:      {os.cpu_count()} ({usable} usable)"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total = meminfo.read_text().split("\n", 1)[0].split()[1]
        yield f"memory:    {int(total) / 2**20:.1f} GiB"
    yield f"python:    {platform.python_implementation()} {platform.python_version()}"
    packages = ("pytest-factcheck", "pytest", "pytest-xdist", "rapidfuzz", "PyYAML")
    yield "packages:  " + ", ".join(f"{p} {version(p)}" for p in packages)
    yield f"factcheck: {Path(factcheck.__file__).parent} ({revision()})"
    yield load_line()


def revision() -> str:
    """The commit of the checkout holding this script, and how many package files differ."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "factcheck"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "(not a git checkout)"
    return f"{head}" + (f" + {len(changed)} changed file(s)" if changed else "")


def load_line() -> str:
    """The load average: wall times are only comparable on an otherwise idle machine."""
    if not hasattr(os, "getloadavg"):
        return "load:      -"
    one, five, fifteen = os.getloadavg()
    return f"load:      {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def print_header(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 86 - len(title)), flush=True)


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def print_batch(batch: Batch, facts_per_story: int) -> None:
    sizes = batch.text_bytes
    unmatched = sum(story is None for story in batch.expected)
    print(f"folder:    {batch.root}")
    print(f"stories:   {len(batch.stories)} x {facts_per_story} facts ({batch.facts})")
    print(
        f"articles:  {len(sizes):,} (.md files and {batch.jsonl.name}); text "
        f"{statistics.mean(sizes) / 1000:.2f} KB mean, {min(sizes):,}-{max(sizes):,} bytes; "
        f"{unmatched} ({unmatched / len(sizes):.1%}) about no story"
    )


def print_engine(figures: EngineFigures, batch: Batch, facts_per_story: int) -> None:
    per = [s * 1000 for s in figures.per_article]
    mean_kb = f"{statistics.mean(batch.text_bytes) / 1000:.1f} KB"
    print(
        f"engine:    {figures.rate:,.0f} articles/s ({figures.articles:,} articles, {mean_kb} "
        f"vs {facts_per_story} facts per story, {figures.seconds:.1f} s, one process, no pytest)"
    )
    print(
        f"cpu:       {figures.cpu_seconds:.1f} s "
        f"({figures.articles / figures.cpu_seconds:,.0f} articles per CPU second)"
    )
    print(
        f"per article: {statistics.mean(per):.2f} ms mean, {percentile(per, 0.5):.2f} ms p50, "
        f"{percentile(per, 0.95):.2f} ms p95, {max(per):.2f} ms max"
    )
    print(
        f"setup:     stories compiled in {figures.compile_seconds * 1000:.0f} ms; "
        f"JSONL read {figures.articles / figures.jsonl_seconds:,.0f} articles/s; "
        f".md read {figures.articles / figures.markdown_seconds:,.0f} articles/s"
    )
    total = sum(figures.statuses.values()) or 1
    shares = ", ".join(f"{k} {v / total:.0%}" for k, v in figures.statuses.most_common())
    print(
        f"results:   {figures.items:,} items; {shares}; "
        f"routed as written: {figures.routed_as_written / figures.articles:.1%}"
    )


def print_pair(first: Run, second: Run, ratio_name: str, ratio: float) -> None:
    width = max(len(first.label), len(second.label))
    for run in (first, second):
        print(
            f"  {run.label:<{width}}  {run.wall:8.1f} s wall  {run.cpu:8.1f} s cpu  "
            f"{run.items:>9,} items  {run.peak_mib:7.0f} MiB peak  rc={run.returncode}"
        )
    print(f"  {ratio_name}: {ratio:.2f}")


def print_growth(small: Run, large: Run) -> float:
    """The two runs' peak memory and the ratio large / small (returned)."""
    width = max(len(small.label), len(large.label))
    for run in (small, large):
        print(
            f"  {run.label:<{width}}  {run.peak_mib:6.0f} MiB  "
            f"({run.items:,} items, {run.wall:.1f} s wall, {run.cpu:.1f} s cpu)"
        )
    growth = large.peak_mib / small.peak_mib
    print(f"  {large.label} / {small.label}: {growth:.2f}")
    return growth


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


# --------------------------------------------------------------------------------------------
# Main


def profile_engine(batch: Batch, count: int, top: int = 15) -> None:
    """The engine's CPU time by stage on both batches, then cProfile of the generated one."""
    generated = (
        [load_story(p) for p in sorted(batch.facts.glob("*.yaml"))],
        load_batch(batch.jsonl)[:count],
    )
    real = ([load_story(p) for p in REAL_STORIES], [read_article(p) for p in REAL_ARTICLES])
    profilers = {}
    for name, (stories, articles) in (("generated", generated), ("real", real)):
        profilers[name] = profiler = stage_profile(stories, articles)
        print_stages(f"{name}: {len(articles)} articles", profiler)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profilers["generated"], stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        print_header(f"profile: {count} generated articles, top {top} by {order}")
        body = out.getvalue()
        print(body[body.index("   ncalls") :].rstrip())


STAGES = ("splitting", "tokenizing", "routing", "names", "phrases/mentions", "quotes", "checks")
_MATCH_STAGES = {
    **dict.fromkeys(("tokenize", "normalize_word", "stem", "words"), "tokenizing"),
    **dict.fromkeys(("fold_case", "name_cues", "name_pattern"), "routing"),
    **dict.fromkeys(("build", "find", "_exact", "_fuzzy"), "names"),
    **dict.fromkeys(("find_phrase", "_match_from", "compile_phrase", "required"), "phrases"),
}
"""Functions of match.py by stage (the rest of it finds and aligns quotes)."""


def _code_key(function: object) -> tuple[str, int, str]:
    """The key cProfile gives ``function`` (unwrapping caches and properties)."""
    for attribute in ("__wrapped__", "func", "fget"):
        function = getattr(function, attribute, function)
    code = function.__code__  # type: ignore[attr-defined]
    return code.co_filename, code.co_firstlineno, code.co_name


def _stage(key: tuple[str, int, str], table: dict[tuple[str, int, str], str]) -> str | None:
    """The stage of a profiled function of factcheck, None for any other function."""
    path, _, name = key
    if key in table:
        return table[key]
    folder = Path(factcheck.__file__).parent
    if not path.startswith(str(folder)):
        return None
    file = Path(path).name
    if file == "articles.py":
        return "splitting"
    if file == "match.py":
        stage = _MATCH_STAGES.get(name, "quotes")
        return "phrases/mentions" if stage == "phrases" else stage
    if file == "reading.py":
        return "quotes" if "quote" in name else "phrases/mentions"
    if "checks" in Path(path).parts or file in ("engine.py", "dates.py", "numbers.py"):
        return "checks"
    return "other"


def _stage_table() -> dict[tuple[str, int, str], str]:
    """Functions of reading.py and engine.py whose stage their name does not tell."""
    from factcheck import engine, reading

    document, story, reading_ = reading.Document, reading.CompiledStory, reading.Reading
    table = {_code_key(document.__post_init__): "tokenizing"}
    table[_code_key(reading_.__post_init__)] = "names"
    table[_code_key(reading._with_back_references)] = "names"
    table[_code_key(story.is_about)] = "routing"
    table[_code_key(engine.Checker.route)] = "routing"
    for name in ("word_sets", "sentence_words", "folded", "candidates"):
        if hasattr(document, name):
            table[_code_key(getattr(document, name))] = "tokenizing"
    return table


def stage_profile(stories: Sequence[Story], articles: Sequence[Article]) -> cProfile.Profile:
    """cProfile of ``Checker.check`` over ``articles`` (stories compiled first, unprofiled)."""
    checker = Checker(stories)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for article in articles:
        checker.check(article)
    profiler.disable()
    return profiler


def print_stages(title: str, profiler: cProfile.Profile) -> None:
    """Self time by stage; a function outside factcheck (re, builtins) counts for its callers."""
    table = _stage_table()
    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    totals: Counter[str] = Counter()
    for key, (_, _, own, _, callers) in raw.items():
        stage = _stage(key, table)
        if stage is not None:
            totals[stage] += own
            continue
        spread = sum(entry[2] for entry in callers.values())
        for caller, entry in callers.items():
            share = own * entry[2] / spread if spread else own / len(callers)
            totals[_stage(caller, table) or "other"] += share
        if not callers:
            totals["other"] += own
    whole = sum(totals.values()) or 1.0
    print_header(f"engine time by stage (profiled, CPU), {title}")
    for stage in (*STAGES, "other"):
        print(f"  {stage:<17} {totals[stage]:6.2f} s  {totals[stage] / whole:6.1%}")
    print(f"  {'total':<17} {whole:6.2f} s")


def bench_real(rounds: int = 3) -> tuple[int, int, float]:
    """The labelled real articles against all their stories: (articles, text bytes, best CPU
    seconds of ``rounds`` passes)."""
    checker = Checker([load_story(p) for p in REAL_STORIES])
    articles = [read_article(p) for p in REAL_ARTICLES]
    best = float("inf")
    for _ in range(rounds):
        begin = time.process_time()
        for article in articles:
            checker.check(article)
        best = min(best, time.process_time() - begin)
    return len(articles), sum(len(a.text.encode()) for a in articles), best


def print_real(figures: tuple[int, int, float], generated: EngineFigures, batch: Batch) -> None:
    count, size, cpu = figures
    print(
        f"real:      {count / cpu:,.0f} articles/s, {cpu / count * 1000:.2f} ms per article, "
        f"{cpu / size * 1e6:.2f} ms per KB ({count} labelled articles, {size / count / 1000:.1f} "
        f"KB mean, against {len(REAL_STORIES)} stories; best CPU of 3 passes)"
    )
    print(
        f"generated: {generated.cpu_seconds / sum(batch.text_bytes) * 1e6:.2f} ms per KB "
        f"(CPU, the pass above)"
    )


# --------------------------------------------------------------------------------------------
# Against a git ref


@dataclass
class Side:
    """One tree measured by ``--against``: passes' CPU seconds and results digests, by batch."""

    label: str
    tree: Path
    cpu: dict[str, list[float]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def run_side(side: Side, spec: dict[str, object], root: Path) -> None:
    """One engine run of ``side`` in a fresh process; its figures are added to ``side``."""
    results = root / f"results-{side.label}"
    results.mkdir(exist_ok=True)
    spec_path = root / f"spec-{side.label}.json"
    spec_path.write_text(json.dumps({**spec, "results": str(results)}), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(side.tree)}
    out = subprocess.run(
        [sys.executable, str(ENGINE_RUN), str(spec_path)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out.splitlines()[-1])
    if Path(figures.pop("factcheck")).resolve() != (side.tree / "factcheck").resolve():
        raise SystemExit(f"{side.label}: factcheck was not imported from {side.tree}")
    for name, entry in figures.items():
        side.cpu.setdefault(name, []).extend(entry["cpu"])
        side.digests.setdefault(name, entry["sha256"])
        side.sizes[name] = (entry["articles"], entry["bytes"])


def first_difference(a: Path, b: Path) -> str:
    left, right = a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines()
    for number, (x, y) in enumerate(itertools.zip_longest(left, right, fillvalue=""), 1):
        if x != y:
            return f"result {number}:\n    {x[:400]}\n    {y[:400]}"
    return "none"


_PROBE = """
import sys
from pathlib import Path
from factcheck import load_story
for path in sys.argv[1:]:
    try:
        load_story(Path(path))
    except Exception:
        continue
    print(path)
"""


def loadable(tree: Path, stories: Sequence[Path]) -> list[str]:
    """The stories the factcheck of ``tree`` can load: an older revision may not know a key
    that the labelled stories use now (both sides are measured on these)."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, stories)],
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,  # not the working tree's own factcheck, which `python -c` would find first
        capture_output=True,
        text=True,
        check=True,
    )
    found = out.stdout.split()
    if len(found) < len(stories):
        print(f"real articles: {len(found)} of {len(stories)} stories load at that revision")
    return found


def compare_against(args: argparse.Namespace, batch: Batch, root: Path) -> int:
    """The engine of git ref ``args.against`` and of the working tree, alternately."""
    commit = git("rev-parse", "--verify", f"{args.against}^{{commit}}")
    tree = root / "against"
    git("worktree", "add", "--detach", "--quiet", str(tree), commit)
    try:
        ref = Side("ref", tree.resolve())
        work = Side("work", REPO)
        spec = {
            "passes": args.passes,
            "batches": {
                "generated": {
                    "stories": [str(p) for p in sorted(batch.facts.glob("*.yaml"))],
                    "jsonl": str(batch.jsonl),
                },
                "real": {
                    "stories": loadable(tree, REAL_STORIES),
                    "markdown": [str(p) for p in REAL_ARTICLES],
                },
            },
        }
        for round_ in range(args.rounds):
            for side in (ref, work) if round_ % 2 == 0 else (work, ref):
                run_side(side, spec, root)
    finally:
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )
    print_header(
        f"engine: {args.against} ({commit[:10]}) against the working tree, CPU seconds, "
        f"{args.rounds} rounds x {args.passes} passes, alternating"
    )
    identical = True
    for name in ("generated", "real"):
        count, size = work.sizes[name]
        cells = []
        for side, label in ((ref, args.against), (work, "working tree")):
            best, median = min(side.cpu[name]), statistics.median(side.cpu[name])
            cells.append(
                f"{label} {best:.3f} s best ({count / best:,.0f} articles/s, "
                f"{best / size * 1e6:.2f} ms per KB), {median:.3f} s median"
            )
        ratio = min(ref.cpu[name]) / min(work.cpu[name])
        med_ratio = statistics.median(ref.cpu[name]) / statistics.median(work.cpu[name])
        print(f"{name} ({count} articles, {size / count / 1000:.1f} KB mean):")
        for cell in cells:
            print(f"  {cell}")
        print(f"  ratio {args.against} / working tree: {ratio:.2f}x best, {med_ratio:.2f}x median")
        same = ref.digests[name] == work.digests[name]
        identical &= same
        if same:
            print(f"  results: identical (sha256 {work.digests[name][:16]})")
        else:
            diff = first_difference(
                root / "results-ref" / f"{name}.jsonl", root / "results-work" / f"{name}.jsonl"
            )
            print(f"  results: DIFFERENT, first at {diff}")
    print(load_line())
    return 0 if identical else 1


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="articles (default 10000)")
    parser.add_argument("--stories", type=int, default=5, help="stories (default 5)")
    parser.add_argument("--facts", type=int, default=50, help="facts per story (default 50)")
    parser.add_argument("--quick", action="store_true", help="a small run (300 articles)")
    parser.add_argument(
        "--profile", action="store_true", help="only profile the engine (500 articles)"
    )
    parser.add_argument(
        "--tb",
        default="default",
        help="pytest --tb style for the timed runs (default: pytest's own, as users run it)",
    )
    parser.add_argument(
        "--bare-xdist", action="store_true", help="also time the bare run with -n 2"
    )
    parser.add_argument(
        "--against",
        metavar="REF",
        help="only the engine: git REF against the working tree, results compared",
    )
    parser.add_argument("--rounds", type=int, default=3, help="--against: rounds (default 3)")
    parser.add_argument(
        "--passes", type=int, default=2, help="--against: passes per process (default 2)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = parser.parse_args(argv)
    if args.articles is None:
        args.articles = 500 if args.profile or args.against else 300 if args.quick else 10_000
    if args.articles < 10 or args.stories < 1:
        parser.error("at least 10 articles and 1 story")
    if args.facts < 15:
        parser.error("at least 15 facts per story (the example story has 15)")
    args.tb = None if args.tb == "default" else args.tb
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print_header("machine")
    for line in machine_lines():
        print(line)
    root = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        return run_benchmarks(args, root)
    finally:
        if args.keep:
            print(f"\nkept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run_benchmarks(args: argparse.Namespace, root: Path) -> int:
    """Generate the batch, then measure and print every figure and the targets."""
    print_header("batch")
    start = time.perf_counter()
    batch = generate(root, args.articles, args.stories, args.facts)
    print_batch(batch, args.facts)
    print(f"generated in {time.perf_counter() - start:.1f} s")
    if args.profile:
        profile_engine(batch, args.articles)
        return 0
    if args.against:
        return compare_against(args, batch, root)

    print_header("engine (library API)")
    engine = bench_engine(batch)
    print_engine(engine, batch, args.facts)
    print_real(bench_real(), engine, batch)

    tb = f"--tb={args.tb}" if args.tb else "pytest's default --tb"
    print_header(f"pytest end to end, serial ({tb})")
    serial = measure(f"factcheck {args.articles}", facts_args(batch, batch.jsonl, args.tb), batch)
    bare_file = bare_tests(batch, serial.items)
    bare = measure(f"bare {serial.items}", [str(bare_file)], batch)
    if serial.items != engine.items:
        print(f"  note: pytest ran {serial.items:,} items, the engine gave {engine.items:,}")
    overhead = serial.wall / bare.wall
    print_pair(serial, bare, "factcheck / bare (wall)", overhead)
    print(f"  factcheck / bare (cpu): {serial.cpu / bare.cpu:.2f}")
    print(f"  factcheck outcomes: {serial.outcomes}")

    speedup: float | None = None
    print_header("pytest -n 2 vs serial")
    if has_xdist():
        parallel_args = facts_args(batch, batch.jsonl, args.tb, "-n", "2")
        parallel = measure(f"factcheck {args.articles} -n 2", parallel_args, batch)
        speedup = serial.wall / parallel.wall
        print_pair(serial, parallel, "speedup (serial / -n 2)", speedup)
        if args.bare_xdist:
            bare_parallel = measure(f"bare {serial.items} -n 2", [str(bare_file), "-n", "2"], batch)
            bare_speedup = bare.wall / bare_parallel.wall
            print_pair(bare, bare_parallel, "bare speedup (serial / -n 2)", bare_speedup)
    else:
        print("  pytest-xdist is not installed: skipped")

    print_header("peak memory (max RSS of the pytest run)")
    small_count = max(1, args.articles // 10)
    small_batch = batch.head(small_count)
    small = measure(f"factcheck {small_count}", facts_args(batch, small_batch, args.tb), batch)
    fact_growth = print_growth(small, serial)

    probe_count = max(1, args.articles // 20)
    probe_batch = batch.head(probe_count)
    print_header(f"pytest's default --tb vs --tb=line ({probe_count:,} articles)")
    line = measure(
        f"factcheck {probe_count} --tb=line", facts_args(batch, probe_batch, "line"), batch
    )
    plain = measure(
        f"factcheck {probe_count} default tb", facts_args(batch, probe_batch, None), batch
    )
    print_pair(line, plain, "default / line (wall)", plain.wall / line.wall)
    print(f"  failures shown: {plain.outcomes.get('failed', 0):,}")

    per_article = bench_per_article(args, batch, small_batch, small_count)

    print_header("targets")
    print(
        f"  one item per fact (above, not judged): -n 2 {ratio_text(speedup)}, "
        f"memory({args.articles:,}) / memory({small_count:,}) {fact_growth:.2f}x"
    )
    rows = [
        (
            f"engine >= {TARGET_ENGINE_RATE:,.0f} articles/s",
            f"{engine.rate:,.0f}",
            engine.rate >= TARGET_ENGINE_RATE,
        ),
        (
            f"pytest <= {TARGET_PYTEST_OVERHEAD}x bare",
            f"{overhead:.2f}x",
            overhead <= TARGET_PYTEST_OVERHEAD,
        ),
        (
            f"per article: memory({args.articles:,}) <= "
            f"{TARGET_MEMORY_GROWTH}x memory({small_count:,})",
            f"{per_article.growth:.2f}x",
            per_article.growth <= TARGET_MEMORY_GROWTH,
        ),
        (
            f"per article: -n 2 >= {TARGET_XDIST_SPEEDUP}x faster",
            ratio_text(per_article.speedup)
            + (f" (bare {per_article.ceiling:.2f}x)" if per_article.ceiling is not None else ""),
            per_article.speedup is not None and per_article.speedup >= TARGET_XDIST_SPEEDUP,
        ),
    ]
    width = max(10, *(len(value) for _, value, _ in rows))
    for name, value, ok in rows:
        print(f"  {name:<48} {value:>{width}}   {verdict(ok)}")
    print(load_line())
    return 0


def ratio_text(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.2f}x"


@dataclass
class PerArticleFigures:
    """What the targets table needs from the ``--facts-per-article`` runs."""

    growth: float
    speedup: float | None
    ceiling: float | None
    """The -n 2 speedup of bare pytest items burning as much CPU per item as ours."""


def bench_per_article(
    args: argparse.Namespace, batch: Batch, small_batch: Path, small_count: int
) -> PerArticleFigures:
    """``--facts-per-article``: -n 2 against serial, and peak memory at N/10 and N articles.

    Next to the -n 2 speedup, pytest-xdist's ceiling: the speedup of bare pytest items that
    burn as much CPU per item as ours (its controller and report traffic compete with the
    workers for the CPUs whatever the plugin does).

    The memory target is judged on the runs that also write a JSON report (results go to a
    spool file as they come); the runs without one and bare pytest runs with as many items
    are printed next to them, to show how much of the growth is pytest's own.
    """
    tb = args.tb
    n = args.articles
    print_header(f"--facts-per-article: pytest -n 2 vs serial ({n:,} articles)")
    serial = measure(f"per-article {n}", per_article_args(batch, batch.jsonl, tb), batch)
    bare_large = measure(f"bare {serial.items}", [str(bare_tests(batch, serial.items))], batch)
    speedup: float | None = None
    ceiling: float | None = None
    if has_xdist():
        parallel_args = per_article_args(batch, batch.jsonl, tb, "-n", "2")
        parallel = measure(f"per-article {n} -n 2", parallel_args, batch)
        speedup = serial.wall / parallel.wall
        print_pair(serial, parallel, "speedup (serial / -n 2)", speedup)
        ceiling = bench_ceiling(batch, serial, bare_large)
    else:
        print("  pytest-xdist is not installed: skipped")

    print_header("--facts-per-article: peak memory (max RSS of the pytest run)")
    print("  with --facts-report (the target):")
    small_report = measure(
        f"per-article {small_count} +report",
        per_article_args(batch, small_batch, tb, report=f"per-article-{small_count}"),
        batch,
    )
    large_report = measure(
        f"per-article {n} +report",
        per_article_args(batch, batch.jsonl, tb, report=f"per-article-{n}"),
        batch,
    )
    growth = print_growth(small_report, large_report)
    print("  without a report:")
    small = measure(f"per-article {small_count}", per_article_args(batch, small_batch, tb), batch)
    print_growth(small, serial)
    print("  bare pytest, as many no-op items:")
    bare_small = measure(f"bare {small.items}", [str(bare_tests(batch, small.items))], batch)
    print_growth(bare_small, bare_large)
    return PerArticleFigures(growth, speedup, ceiling)


def bench_ceiling(batch: Batch, ours: Run, bare: Run) -> float:
    """-n 2 against serial for bare pytest items burning as much CPU per item as ``ours``.

    Each item burns our CPU per item less a bare no-op item's (pytest's own cost, which the
    bare items pay anyway); the speedup returned is the best ours could be on this machine.
    """
    per_item = ours.cpu / ours.items
    pytest_item = bare.cpu / bare.items
    burn = max(0.0, per_item - pytest_item)
    path = str(busy_tests(batch, ours.items, burn))
    busy = measure(f"busy {ours.items}", [path], batch)
    busy_parallel = measure(f"busy {ours.items} -n 2", [path, "-n", "2"], batch)
    ceiling = busy.wall / busy_parallel.wall
    print_pair(busy, busy_parallel, "bare speedup (serial / -n 2)", ceiling)
    print(
        "  busy: bare pytest items burning the same CPU per item as ours, "
        "i.e. pytest-xdist's ceiling on this machine"
    )
    print(
        f"  cpu per item (serial): ours {per_item * 1000:.2f} ms; busy "
        f"{busy.cpu / busy.items * 1000:.2f} ms (a {burn * 1000:.2f} ms loop + "
        f"a bare no-op run's {pytest_item * 1000:.2f} ms per item)"
    )
    return ceiling


if __name__ == "__main__":
    sys.exit(main())
