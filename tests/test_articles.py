"""Tests for factcheck.articles: reading .txt/.md/.jsonl articles and splitting sentences."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factcheck.articles import (
    Article,
    article_sentences,
    iter_jsonl,
    read_article,
    split_sentences,
)
from factcheck.errors import ArticleError

# --- sentences ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Kim arrived. He left.", ["Mr. Kim arrived.", "He left."]),
        ("Mrs. Lee and Ms. Ray met. They talked.", ["Mrs. Lee and Ms. Ray met.", "They talked."]),
        (
            "The U.S. said it would respond. Russia agreed.",
            ["The U.S. said it would respond.", "Russia agreed."],
        ),
        (
            "U.S. officials believe it. They said so.",
            ["U.S. officials believe it.", "They said so."],
        ),
        (
            "The forum ends on Sept. 13 in Vladivostok. Then he leaves.",
            ["The forum ends on Sept. 13 in Vladivostok.", "Then he leaves."],
        ),
        (
            "Defense Minister Gen. Sergei Shoigu visited Pyongyang. He was joined by Li.",
            ["Defense Minister Gen. Sergei Shoigu visited Pyongyang.", "He was joined by Li."],
        ),
        ("Dr. J. Smith came. He left.", ["Dr. J. Smith came.", "He left."]),
        ("It costs 3.5 dollars. That is cheap.", ["It costs 3.5 dollars.", "That is cheap."]),
        ("Will he come? Yes! He will.", ["Will he come?", "Yes!", "He will."]),
        ('"We are here." Then he left.', ['"We are here."', "Then he left."]),
        ("“Why not?” he said. Next.", ["“Why not?” he said.", "Next."]),
        ("(He left.) Then came rain.", ["(He left.)", "Then came rain."]),
        (
            "supplies weapons to Russia.Mr. Sullivan said so.",
            ["supplies weapons to Russia.", "Mr. Sullivan said so."],
        ),
        ("Headline\nThe body starts here.", ["Headline", "The body starts here."]),
        ("One paragraph.\n\nAnother one.", ["One paragraph.", "Another one."]),
        ("A sentence that goes on,\nand on here.", ["A sentence that goes on,\nand on here."]),
        ("Kim arrived\nin Russia today.", ["Kim arrived\nin Russia today."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    for sentence in found:
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text


def test_sentence_lines_count_from_first_line() -> None:
    text = "First line\nSecond line.\n\nThird para. Fourth.\nFifth."
    found = split_sentences(text, first_line=5)
    assert [(s.text, s.line) for s in found] == [
        ("First line", 5),
        ("Second line.", 6),
        ("Third para.", 8),
        ("Fourth.", 8),
        ("Fifth.", 9),
    ]


def test_sentence_spanning_lines_has_the_line_it_starts_on() -> None:
    found = split_sentences("Intro.\nKim arrived\nin Russia,\nand met Putin. Done.", first_line=1)
    assert [(s.text, s.line) for s in found] == [
        ("Intro.", 1),
        ("Kim arrived\nin Russia,\nand met Putin.", 2),
        ("Done.", 4),
    ]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []


# --- .txt and .md articles ------------------------------------------------------------------


def test_txt_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Park lands in Oslo\nLena Park arrived. She smiled.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Park lands in Oslo"
    assert article.key == article.path == str(path)
    assert article.published is None
    assert article.source == ""
    lines = [(s.text, s.line) for s in article_sentences(article)]
    assert lines == [
        ("Park lands in Oslo", 1),
        ("Lena Park arrived.", 2),
        ("She smiled.", 2),
    ]


MD = """\
---
title: "Park lands in Norway"
source: daily
url: https://example.org/park
published: 2024-03-05
---

Lena Park arrived in Oslo. She smiled.
Mr. Berg welcomed her.
"""


def test_md_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(MD, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Park lands in Norway"
    assert article.source == "daily"
    assert article.url == "https://example.org/park"
    assert article.published == dt.date(2024, 3, 5)
    assert article.text == "Lena Park arrived in Oslo. She smiled.\nMr. Berg welcomed her.\n"
    assert article.first_line == 8
    assert article.title_line == 2
    assert [(s.text, s.line) for s in article_sentences(article)] == [
        ("Park lands in Norway", 2),
        ("Lena Park arrived in Oslo.", 8),
        ("She smiled.", 8),
        ("Mr. Berg welcomed her.", 9),
    ]


def test_md_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(("\ufeff" + MD).replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert article.title == "Park lands in Norway"
    assert article.published == dt.date(2024, 3, 5)
    assert "\r" not in article.text
    assert article.text.startswith("Lena Park")
    assert [(s.text, s.line) for s in article_sentences(article)][1:] == [
        ("Lena Park arrived in Oslo.", 8),
        ("She smiled.", 8),
        ("Mr. Berg welcomed her.", 9),
    ]


def test_txt_with_bom_and_old_mac_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle here\rLena Park arrived.\rShe smiled.\r".encode())
    article = read_article(path)
    assert article.title == "Title here"
    assert [(s.text, s.line) for s in article_sentences(article)] == [
        ("Title here", 1),
        ("Lena Park arrived.", 2),
        ("She smiled.", 3),
    ]


def test_md_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Lena Park arrived. She smiled.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == ""
    assert article.published is None
    assert article.text == "Lena Park arrived. She smiled.\n"
    assert article.first_line == 1


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("'2024-03-05'", dt.date(2024, 3, 5)),
        ("2024-03-05T10:00:00Z", dt.date(2024, 3, 5)),
        ("'2024-03-05T23:30:00+02:00'", dt.date(2024, 3, 5)),
        ("''", None),
        ("", None),
    ],
)
def test_md_published_forms(tmp_path: Path, published: str, expected: dt.date | None) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {published}\n---\nText.\n", encoding="utf-8")
    assert read_article(path).published == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "a.txt",
            "Title\nLena Park in Malmö.\n".encode("latin-1"),
            "{path}:2: not UTF-8 (byte 0xf6)",
            id="not-utf8",
        ),
        pytest.param("a.txt", b"\x00\x01\x02binary", "{path}: binary file, not text", id="binary"),
        pytest.param("a.txt", "  \n\n", "{path}:1: empty article", id="empty"),
        pytest.param(
            "a.md",
            "---\ntitle: T\nText without an end.\n",
            "{path}:1: front matter is not closed with '---'",
            id="unclosed-front-matter",
        ),
        pytest.param(
            "a.md",
            "---\ntitle: T\npublished: soon\n---\nText.\n",
            "{path}:3: published: 'soon' is not a date (YYYY-MM-DD)",
            id="published-not-a-date",
        ),
        pytest.param(
            "a.md",
            "---\ntitle: T\npublished: 2024-13-05\n---\nText.\n",
            "{path}:3: published: '2024-13-05' is not a date (YYYY-MM-DD)",
            id="published-month-13",
        ),
        pytest.param(
            "a.md",
            "---\ntitle: T\npublished: 2023-02-30\n---\nText.\n",
            "{path}:3: published: '2023-02-30' is not a date (YYYY-MM-DD)",
            id="published-february-30",
        ),
        pytest.param(
            "a.md",
            "---\n- a\n- b\n---\nText.\n",
            "{path}:2: front matter must be a mapping of keys",
            id="front-matter-list",
        ),
    ],
)
def test_unreadable_articles(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == message.format(path=path)


def test_md_with_no_text_after_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\n---\n\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value).startswith(f"{path}:")
    assert str(info.value).endswith(": empty article (no text after the front matter)")


def test_front_matter_yaml_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [T\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value).startswith(f"{path}:")
    assert "front matter is not valid YAML" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / "gone.md")
    assert str(info.value) == f"{tmp_path / 'gone.md'}: cannot read: No such file or directory"


# --- JSONL ----------------------------------------------------------------------------------


def _jsonl(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"".join(lines))
    return path


def test_jsonl_keys(tmp_path: Path) -> None:
    record = {
        "id": "a17",
        "source": "wire",
        "url": "https://example.org/a17",
        "published": "2024-03-05",
        "title": "Park arrives",
        "text": "Lena Park arrived. She smiled.",
        "authors": ["ignored"],
    }
    path = _jsonl(tmp_path, [json.dumps(record).encode() + b"\n"])
    (article,) = list(iter_jsonl(path))
    assert isinstance(article, Article)
    assert article.key == f"{path}#a17"
    assert article.path == str(path)
    assert article.source == "wire"
    assert article.url == "https://example.org/a17"
    assert article.published == dt.date(2024, 3, 5)
    assert article.title == "Park arrives"
    assert article.text == "Lena Park arrived. She smiled."
    assert [(s.text, s.line) for s in article_sentences(article)] == [
        ("Park arrives", 1),
        ("Lena Park arrived.", 1),
        ("She smiled.", 1),
    ]


def test_jsonl_lines_are_numbered_and_errors_stay_per_line(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            b'{"id": "n1", "text": "First."}\n',
            b"\n",
            b"not json\n",
            b'{"id": "n4", "title": "no text"}\n',
            b'{"text": "No id."}\n',
            b"[1, 2]\n",
            b'{"id": "n7", "text": "Bad date.", "published": "2024-13-05"}\n',
            b'{"id": "n8", "text": "   "}\n',
            b'{"id": 9, "text": "Numeric id."}\n',
            b'\xef\xbb\xbf{"id": "n10", "text": "BOM and CRLF."}\r\n',
            b'{"id": "n11", "text": "Caf\xe9"}\n',
        ],
    )
    found = list(iter_jsonl(path))
    summary = [
        (type(e).__name__, e.key, e.first_line if isinstance(e, Article) else e.line) for e in found
    ]
    assert summary == [
        ("Article", f"{path}#n1", 1),
        ("ArticleError", f"{path}#3", 3),
        ("ArticleError", f"{path}#n4", 4),
        ("Article", f"{path}#5", 5),
        ("ArticleError", f"{path}#6", 6),
        ("ArticleError", f"{path}#n7", 7),
        ("ArticleError", f"{path}#n8", 8),
        ("Article", f"{path}#9", 9),
        ("Article", f"{path}#n10", 10),
        ("ArticleError", f"{path}#11", 11),
    ]
    messages = {e.key: str(e) for e in found if isinstance(e, ArticleError)}
    assert messages[f"{path}#3"] == f"{path}:3: not JSON: Expecting value (column 1)"
    assert messages[f"{path}#n4"] == f"{path}:4: no `text` (a non-empty string is required)"
    assert messages[f"{path}#6"] == f"{path}:6: a JSONL line must be an object"
    assert messages[f"{path}#n7"] == f"{path}:7: published: '2024-13-05' is not a date (YYYY-MM-DD)"
    assert messages[f"{path}#n8"] == f"{path}:8: no `text` (a non-empty string is required)"
    assert messages[f"{path}#11"] == f"{path}:11: not UTF-8 (byte 0xe9)"
    texts = {e.key: e.text for e in found if isinstance(e, Article)}
    assert texts[f"{path}#n10"] == "BOM and CRLF."


def test_jsonl_sentences_have_the_record_line(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [b'{"id": "a", "text": "One."}\n', b'{"id": "b", "text": "Two. Three.\\nFour."}\n'],
    )
    second = list(iter_jsonl(path))[1]
    assert isinstance(second, Article)
    assert [(s.text, s.line) for s in article_sentences(second)] == [
        ("Two.", 2),
        ("Three.", 2),
        ("Four.", 2),
    ]
