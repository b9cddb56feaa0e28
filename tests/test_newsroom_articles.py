"""Articles as newsrooms have them: front-matter aliases, news-please and Giveme5W1H .json files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from factcheck import Checker, load_story, read_article
from factcheck.errors import ArticleError, NotAnArticle

ROOT = Path(__file__).resolve().parent.parent
GIVEME = ROOT / "tests" / "data" / "giveme5w1h"
CORPUS = ROOT / "tests" / "corpus"

STORY = """\
story: park-tour
about: [park]
entities:
  park: {name: Lena Park, aliases: [Ms. Park]}
  berg: {name: Ola Berg, aliases: [Berg]}
places:
  norway: {name: Norway}
  oslo: {name: Oslo, in: norway}
  sweden: {name: Sweden}
facts:
  - id: park-arrives
    who: park
    what: arrived in Oslo
    where: oslo
    when: 2024-03-05
  - id: berg-welcome
    who: berg
    quote: We are delighted to welcome her to our city
"""
BODY = (
    "Lena Park arrived in Oslo on Tuesday. "
    '"We are delighted to welcome her to our town," Berg said.'
)
"""Consistent on the arrival (Tuesday is 2024-03-05 from a 2024-03-06 article); a misquote."""


def news_please(**changes: object) -> dict[str, object]:
    """A news-please record (the keys it writes), with ``changes``."""
    record: dict[str, object] = {
        "authors": ["Kari Nordmann", "Ola Hansen"],
        "date_download": "2024-03-06 10:00:00",
        "date_modify": None,
        "date_publish": "2024-03-06 08:15:00",
        "description": "The pianist begins her tour.",
        "filename": "park.json",
        "image_url": None,
        "language": "en",
        "localpath": None,
        "maintext": BODY,
        "source_domain": "www.dagbladet.example",
        "title": "Park in Oslo",
        "title_page": None,
        "title_rss": None,
        "url": "https://www.dagbladet.example/park",
    }
    record.update(changes)
    return record


# --- .md front matter ------------------------------------------------------------------------


def test_md_date_publisher_and_author(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Park in Oslo\ndate: 2024-03-06\npublisher: dagbladet\n"
        "author: Kari Nordmann\nsection: culture\n---\n" + BODY
    )
    article = read_article(path)
    assert (article.published, article.source, article.author) == (
        dt.date(2024, 3, 6),
        "dagbladet",
        "Kari Nordmann",
    )
    authors = tmp_path / "b.md"
    authors.write_text("---\nauthor: [Kari Nordmann, Ola Hansen]\n---\n" + BODY)
    assert read_article(authors).author == "Kari Nordmann, Ola Hansen"


def test_md_alias_and_name_agreeing_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\npublished: "2024-03-06"\ndate: 2024-03-06\nsource: d\npublisher: d\n---\n' + BODY
    )
    article = read_article(path)
    assert (article.published, article.source) == (dt.date(2024, 3, 6), "d")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "published: 2024-03-06\ndate: 2024-03-07\n",
            "a.md:3: date: '2024-03-07' disagrees with published: '2024-03-06' (give one)",
        ),
        (
            "date: 2024-03-07\nsource: x\npublished: 2024-03-06\n",
            "a.md:2: date: '2024-03-07' disagrees with published: '2024-03-06' (give one)",
        ),
        (
            "source: dagbladet\npublisher: aftenposten\n",
            "a.md:3: publisher: 'aftenposten' disagrees with source: 'dagbladet' (give one)",
        ),
        ("date: 2024-02-30\n", "a.md:2: date: '2024-02-30' is not a date (YYYY-MM-DD)"),
        ("publisher: [a, b]\n", "a.md:2: publisher: must be text"),
        ("author: {name: Kari}\n", "a.md:2: author: must be text or a list of names"),
    ],
)
def test_md_front_matter_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, front: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(f"---\n{front}---\n{BODY}")
    with pytest.raises(ArticleError) as raised:
        read_article("a.md")
    assert str(raised.value) == message


def test_md_aliases_through_the_plugin(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", **{"facts/park": STORY})
    pytester.makefile(
        ".MD", **{"articles/a": f"---\ndate: 2024-03-06\npublisher: dagbladet\n---\n{BODY}"}
    )
    result = pytester.runpytest("--facts", "facts", "articles")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["source * consistent*", "dagbladet * 1 * 1 * 0"])


# --- .json articles --------------------------------------------------------------------------


def test_news_please_json(tmp_path: Path) -> None:
    path = tmp_path / "park.json"
    path.write_text(json.dumps(news_please(), indent=4, sort_keys=True))
    article = read_article(path)
    assert article.text == BODY
    assert (article.title, article.source, article.url) == (
        "Park in Oslo",
        "www.dagbladet.example",
        "https://www.dagbladet.example/park",
    )
    assert article.published == dt.date(2024, 3, 6)
    assert (article.author, article.description) == (
        "Kari Nordmann, Ola Hansen",
        "The pianist begins her tour.",
    )
    lines = path.read_text().splitlines()
    assert lines[article.first_line - 1].lstrip().startswith('"maintext"')
    assert lines[article.title_line - 1].lstrip().startswith('"title"')  # type: ignore[operator]


def test_json_text_key_and_fallbacks(tmp_path: Path) -> None:
    """An older news-please `text` (with `maintext` null), `publisher`, `published`."""
    path = tmp_path / "a.json"
    record = {"maintext": None, "text": BODY, "publisher": "d", "published": "2024-03-06"}
    path.write_text(json.dumps(record))
    article = read_article(path)
    assert (article.text, article.source, article.published) == (BODY, "d", dt.date(2024, 3, 6))
    assert article.first_line == 1


@pytest.mark.parametrize(
    ("name", "pair"),
    [
        ("tram-nytimes", ("croydon-tram-2016", "tram-nytimes")),
        ("consulate-attack-bbc", ("consulate-attack-2016", "consulate-attack-bbc")),
        ("trump-obama-bbc", ("trump-obama-2016", "trump-obama-bbc")),
    ],
)
def test_giveme5w1h_files_read_and_check_as_their_md_twins(
    name: str, pair: tuple[str, str]
) -> None:
    record = json.loads((GIVEME / f"{name}.json").read_text())
    article = read_article(GIVEME / f"{name}.json")
    twin = read_article(CORPUS / "articles" / f"{pair[1]}.md")
    assert article.text == record["text"] == twin.text.rstrip("\n")
    assert (article.title, article.source, article.url) == (twin.title, twin.source, twin.url)
    assert article.source == record["publisher"]
    assert article.published == twin.published == dt.date.fromisoformat(record["date_publish"][:10])
    assert article.description == record["description"]
    checker = Checker([load_story(CORPUS / "stories" / f"{pair[0]}.yaml")])
    results = checker.check(article)
    assert results, "the article was not checked against its story"
    assert [(r.fact, r.status) for r in results] == [
        (r.fact, r.status) for r in checker.check(twin)
    ]


def test_giveme5w1h_files_through_the_plugin(pytester: pytest.Pytester) -> None:
    (pytester.path / "facts").mkdir()
    for name in ("consulate-attack-2016", "croydon-tram-2016", "trump-obama-2016"):
        shutil.copy(CORPUS / "stories" / f"{name}.yaml", pytester.path / "facts")
    (pytester.path / "articles").mkdir()
    for path in GIVEME.glob("*.json"):
        shutil.copy(path, pytester.path / "articles")
    result = pytester.runpytest("--facts", "facts", "articles", "--facts-report", "r.json")
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED)
    result.stdout.fnmatch_lines(["3 articles checked against 3 stories", "source *", "bbc *"])
    report = json.loads((pytester.path / "r.json").read_text())
    assert {r["article"] for r in report["results"]} == {
        "articles/consulate-attack-bbc.json",
        "articles/trump-obama-bbc.json",
        "articles/tram-nytimes.json",
    }
    assert report["unreadable_articles"] == [] and report["unmatched_articles"] == []


def test_json_evidence_points_at_the_text_line(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", **{"facts/park": STORY})
    pytester.makefile(".json", **{"articles/park": json.dumps(news_please(), indent=2)})
    result = pytester.runpytest("--facts", "facts", "articles")
    result.assert_outcomes(passed=1, failed=1)
    line = (
        json.dumps(news_please(), indent=2).splitlines().index(f'  "maintext": {json.dumps(BODY)},')
    )
    result.stdout.fnmatch_lines([f"  evidence:     articles/park.json:{line + 1}: *"])


def test_a_json_file_that_is_no_article_is_not_collected(pytester: pytest.Pytester) -> None:
    """The report written into the article folder, or any other JSON object without text."""
    pytester.makefile(".yaml", **{"facts/park": STORY})
    pytester.makefile(".json", **{"articles/park": json.dumps(news_please())})
    pytester.makefile(".json", **{"articles/settings": '{"theme": "dark"}'})
    first = pytester.runpytest("--facts", "facts", "articles", "--facts-report=articles/r.json")
    first.assert_outcomes(passed=1, failed=1)
    for mode in ((), ("--facts-per-article",)):
        again = pytester.runpytest("--facts", "facts", "articles", *mode)
        assert "r.json" not in again.stdout.str() and "settings" not in again.stdout.str()
        again.stdout.fnmatch_lines(["1 article checked against 1 story"])
    with pytest.raises(NotAnArticle):
        read_article(pytester.path / "articles" / "r.json")


# --- bad input in the new formats --------------------------------------------------------------


BAD_JSON = {
    "not-json": ('{"maintext": "Lena Park",\n  "title": oops}', "not-json.json:2: not JSON: *"),
    "array": (json.dumps([news_please()]), "array.json:1: a JSON article must be an object *"),
    "bad-date": (
        json.dumps(news_please(date_publish="2024-13-01 00:00:00"), indent=1, sort_keys=True),
        "bad-date.json:8: date_publish: '2024-13-01 00:00:00' is not a date (YYYY-MM-DD)",
    ),
    "surrogate": (
        '{\n"title": "Park",\n"maintext": "Lena Park \\ud800 arrived"\n}',
        "surrogate.json:3: maintext: \\ud800 at character 11 is a lone surrogate, not text",
    ),
    "surrogate-title": (
        '{"maintext": "Lena Park arrived",\n"title": "\\udfff"}',
        "surrogate-title.json:2: title: \\udfff at character 1 is a lone surrogate, not text",
    ),
    "empty-text": (
        '{\n"maintext": "  ",\n"title": "Park"}',
        "empty-text.json:2: `maintext` is empty (a non-empty string is required)",
    ),
    "title-object": (
        '{"text": "Lena Park arrived",\n"title": {"a": 1}}',
        "title-object.json:2: title: must be text",
    ),
    "deep": ("[" * 100_000 + "]" * 100_000, "deep.json:1: *"),
    "not-utf8": (None, "not-utf8.json:1: not UTF-8 (byte 0xff)"),
}


@pytest.mark.parametrize("name", sorted(BAD_JSON))
def test_bad_json_article_is_unreadable(pytester: pytest.Pytester, name: str) -> None:
    text, message = BAD_JSON[name]
    pytester.makefile(".yaml", **{"facts/park": STORY})
    pytester.makefile(".json", **{"articles/good": json.dumps(news_please())})
    path = pytester.path / "articles" / f"{name}.json"
    if text is None:
        path.write_bytes(b'{"maintext": "Lena \xff Park"}')
    else:
        path.write_text(text)
    result = pytester.runpytest("--facts", "facts", "articles")
    result.assert_outcomes(passed=1, failed=1, errors=1)
    result.stdout.fnmatch_lines(
        [f"*ERROR at call of unreadable on articles/{name}.json*", f"articles/{message}"]
    )
    result.stdout.fnmatch_lines(["unreadable articles (1):"])
