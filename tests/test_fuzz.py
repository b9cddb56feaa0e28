"""Property tests: no input, however odd, makes the checker or the readers raise anything else
than their own errors, and hostile articles are checked in bounded time."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.articles import Article, iter_jsonl, read_article
from factcheck.engine import Checker
from factcheck.errors import ArticleError, FactFileError
from factcheck.facts import Story, load_story, parse_story

REPO = Path(__file__).resolve().parent.parent
STORY_PATH = REPO / "facts" / "kim-russia-2023.yaml"
STORY_TEXT = STORY_PATH.read_text(encoding="utf-8")
STORY = load_story(STORY_PATH)
CHECKER = Checker([STORY])
STATUSES = {"consistent", "contradicted", "omitted"}

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------------------------
# Article text
# --------------------------------------------------------------------------------------------

QUOTE_PAIRS = [
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("„", "“"),
    ("‹", "›"),
    ("「", "」"),
    ("“", '"'),  # mismatched
    ("”", "“"),  # reversed
    ('"', ""),  # never closed
    ("", "”"),  # never opened
]
PIECES = [
    *(name for entity in STORY.entities.values() for name in entity.names),
    *(name for place in STORY.places.values() for name in place.names),
    *(phrase for fact in STORY.facts for phrase in fact.what),
    *(fact.quote for fact in STORY.facts if fact.quote),
    *(mark for pair in QUOTE_PAIRS for mark in pair if mark),
    "arrived", "in", "not", "never", "didn't", "denied", "said", "told", "according to",
    "he", "his", "she", "they", "on", "from", "to", "at", "since", "until", "about",
    "Tuesday", "Sept. 12", "September 12, 2023", "12/09/2023", "2023", "2022", "last year",
    "yesterday", "a year and a half ago", "late July", "Mr.", "U.S.", "J.",
    "seven", "7", "twenty-one", "second", "70th", "1,000", "3.5", "-1", "½",
    ".", ",", ";", ":", "!", "?", "…", "...", "—", "–", "-", "(", ")", "[", "]",
    " ", " ", " ", "\n", "\n\n", "\r", "\t", "\u00a0", "\u200b", "\u2028", "\ufeff",
    "İ", "ß", "ﬁ", "Ⅻ", "١٢", "𝟕", "e\u0301", "😀", "\u202e", "\x00",
]  # fmt: skip

long_words = st.builds(
    lambda char, n: char * n, st.sampled_from("aK.\"'“-é字"), st.integers(500, 5_000)
)
pieces = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=15), long_words), max_size=80)
joined = st.builds(
    lambda sep, parts: sep.join(parts), st.sampled_from(["", " ", "\n", ". "]), pieces
)


def _quoted(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda pair, before, body, after: f"{before}{pair[0]}{body}{pair[1]}{after}",
        st.sampled_from(QUOTE_PAIRS),
        st.sampled_from(["", "Kim said ", "Miller told reporters: ", "He said, "]),
        inner,
        st.sampled_from(["", ".", ",", " Peskov said.", "\n\n"]),
    )


nested_quotes = st.recursive(st.one_of(joined, st.text(max_size=50)), _quoted, max_leaves=30)
article_text = st.one_of(st.text(), joined, nested_quotes)


@st.composite
def articles(draw: st.DrawFn, published: st.SearchStrategy[dt.date | None]) -> Article:
    title = draw(st.one_of(st.just(""), st.text(max_size=80), joined))
    return Article(
        key="fuzz.md",
        path="fuzz.md",
        text=draw(article_text),
        title=title,
        source=draw(st.sampled_from(["", "outlet-a"])),
        published=draw(published),
        first_line=draw(st.integers(1, 10_000)),
        title_line=draw(st.one_of(st.none(), st.integers(1, 10))),
    )


def check(article: Article) -> None:
    results = CHECKER.check(article)
    for result in results:
        assert result.status in STATUSES
        assert result.article == article.key
        json.dumps(result.to_json())  # reportable as JSON
        for mention in result.mentions:
            assert isinstance(mention.line, int)


SOME_DATES = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)


@FUZZ
@given(article=articles(SOME_DATES))
def test_any_article_text_is_checked_without_raising(article: Article) -> None:
    check(article)


ONE_DAY = dt.timedelta(days=1)
RELATIVE = [
    "Kim Jong Un arrived in Russia {}.",
    "Kim Jong Un left for Russia {}, officials said.",
]
WHEN_WORDS = [
    "yesterday", "tomorrow", "today", "on Tuesday", "on Monday", "last week", "next week",
    "last month", "next month", "last year", "next year", "this year", "in September",
    "on Sept. 12", "on Dec. 31", "on Jan. 1", "a year and a half ago", "in 2023",
]  # fmt: skip


@FUZZ
@given(
    published=st.one_of(
        st.sampled_from([dt.date.min, dt.date.min + ONE_DAY, dt.date.max - ONE_DAY, dt.date.max]),
        st.dates(),
    ),
    template=st.sampled_from(RELATIVE),
    when=st.sampled_from(WHEN_WORDS),
)
def test_any_published_date_is_checked_without_raising(
    published: dt.date, template: str, when: str
) -> None:
    """Every date the readers accept as `published` (0001-01-01 to 9999-12-31) anchors fine."""
    text = template.format(when)
    check(Article(key="fuzz.md", path="fuzz.md", text=text, published=published))


# --------------------------------------------------------------------------------------------
# Article files
# --------------------------------------------------------------------------------------------

YAMLISH = [
    "title: ", "published: ", "source: ", "url: ", "2023-09-12", "2023-02-30", "2023-13-01",
    "2023-09-12 25:00:00", "0000-00-00", "9999-12-31", "[", "]", "{", "}", ": ", "- ", "? ",
    "&a ", "*a", "*b", "!!python/object/apply:os.system ['true']", "!!binary aGk=", "!!set",
    "!!timestamp ", "!!str ", "!!int ", "'", '"', "\n", "  ", "\t", "...", "---", "null", "~",
    "yes", "0x1F", ".inf", "1e400", "12345678901234567890", "Kim Jong Un", "é", "#",
]  # fmt: skip
yamlish = st.lists(st.sampled_from(YAMLISH), max_size=30).map("".join)


def _encode(text: str, encoding: str, newline: str) -> bytes:
    return text.replace("\n", newline).encode(encoding, errors="replace")


texts_as_bytes = st.builds(
    _encode,
    st.one_of(st.text(), joined),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
front_matter_bytes = st.builds(
    lambda head, body, close, newline: _encode(f"---\n{head}\n{close}\n{body}", "utf-8", newline),
    yamlish,
    st.one_of(st.text(max_size=200), joined),
    st.sampled_from(["---", "...", "--- ", "", "----"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
any_bytes = st.one_of(st.binary(max_size=4000), texts_as_bytes, front_matter_bytes)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=any_bytes, suffix=st.sampled_from([".md", ".txt"]))
def test_read_article_raises_only_article_error(scratch: Path, data: bytes, suffix: str) -> None:
    path = scratch / f"article{suffix}"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except ArticleError as error:
        assert str(error).startswith(str(path)), str(error)
        return
    assert isinstance(article.text, str) and article.text.strip()
    assert "\r" not in article.text
    assert article.first_line >= 1
    assert article.published is None or isinstance(article.published, dt.date)


jsonl_lines = st.lists(
    st.one_of(
        st.binary(max_size=200),
        st.builds(
            lambda text: json.dumps({"id": "x", "text": text}).encode(), st.text(max_size=300)
        ),
        st.builds(
            lambda d: json.dumps(d).encode(),
            st.dictionaries(
                st.sampled_from(["id", "text", "title", "published", "source", "url"]),
                st.recursive(
                    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                    lambda inner: (
                        st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
                    ),
                    max_leaves=10,
                ),
            ),
        ),
        yamlish.map(str.encode),
    ),
    max_size=10,
)


@FUZZ
@given(lines=jsonl_lines)
def test_iter_jsonl_yields_only_articles_and_errors(scratch: Path, lines: list[bytes]) -> None:
    path = scratch / "batch.jsonl"
    path.write_bytes(b"\n".join(lines))
    for entry in iter_jsonl(path):
        assert isinstance(entry, Article | ArticleError), entry
        if isinstance(entry, ArticleError):
            assert str(entry).startswith(f"{path}:"), str(entry)


# --------------------------------------------------------------------------------------------
# Fact files
# --------------------------------------------------------------------------------------------

SHORT_ARTICLE = Article(
    key="probe.md",
    path="probe.md",
    text=(
        "Kim Jong Un arrived in Russia on Tuesday, his seventh trip abroad. Putin arrived in "
        'Vladivostok on Monday. "It will be a full-fledged visit," Peskov said.'
    ),
    published=dt.date(2023, 9, 12),
)


@st.composite
def corrupted(draw: st.DrawFn) -> str:
    """The example fact file with 1 to 4 random edits."""
    lines = STORY_TEXT.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "duplicate", "change", "swap"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            char = draw(st.one_of(st.sampled_from(list(":-[]{}'\"#&*!|> \t0")), st.characters()))
            lines[i] = lines[i][:k] + char + lines[i][k + 1 :]
        else:
            lines[i] = draw(st.characters())
    return "\n".join(lines)


@FUZZ
@given(text=corrupted())
def test_corrupted_fact_file_gives_story_or_fact_file_error(text: str) -> None:
    try:
        story = parse_story(text, "corrupt.yaml")
    except FactFileError as error:
        assert error.problems
        last = text.count("\n") + 1
        for problem in error.problems:
            assert problem.path == "corrupt.yaml"
            assert problem.line is not None and 1 <= problem.line <= last, str(problem)
        assert all(line.startswith("corrupt.yaml:") for line in str(error).splitlines())
        return
    assert isinstance(story, Story)
    check_results = Checker([story]).check(SHORT_ARTICLE)  # a valid story can be used
    assert all(r.status in STATUSES for r in check_results)


# --------------------------------------------------------------------------------------------
# Hostile articles
# --------------------------------------------------------------------------------------------

HOSTILE = [
    pytest.param("Kim Jong Un " + "x" * 200_000 + " arrived in Russia.", id="one-200000-char-line"),
    pytest.param(
        "Kim Jong Un said " + "“" * 10_000 + "hello" + "”" * 10_000 + ".",
        id="10000-nested-quotation-marks",
    ),
    pytest.param(
        "Kim Jong Un said " + "“‘" * 5_000 + "hello" + "’”" * 5_000 + ".",
        id="10000-alternating-quotation-marks",
    ),
    pytest.param("Kim " * 1_000_000, id="kim-a-million-times"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_article_is_checked(text: str) -> None:
    article = Article(
        key="hostile.md", path="hostile.md", text=text, published=dt.date(2023, 9, 12)
    )
    check(article)


_ALIAS_BOMB = "\n".join(
    [
        "---",
        "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        *(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)),
        "title: *a8",
        "---",
        "Kim Jong Un arrived in Russia.",
        "",
    ]
)

_READ_IN_A_BOUNDED_PROCESS = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from factcheck.articles import read_article
    from factcheck.engine import Checker
    from factcheck.errors import ArticleError
    from factcheck.facts import load_story
    try:
        article = read_article(sys.argv[1])
    except ArticleError as error:
        print("error:", error)
    else:
        Checker([load_story(sys.argv[2])]).check(article)
        print("checked")
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="needs resource limits")
def test_front_matter_alias_bomb_is_bounded(tmp_path: Path) -> None:
    """YAML anchors that expand to 387 million items: rejected or read, in bounded memory."""
    path = tmp_path / "bomb.md"
    path.write_text(_ALIAS_BOMB, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _READ_IN_A_BOUNDED_PROCESS, str(path), str(STORY_PATH)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("reading the article did not finish within 60 s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(("error: ", "checked")), done.stdout
