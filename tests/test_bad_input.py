"""Bad input through the plugin: broken fact files and unreadable articles.

Every broken input must be reported as a clear `path:line: message`, without a traceback, while
the good stories and articles of the same run are still checked.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

REPO = Path(__file__).resolve().parent.parent
GOOD_STORY = (REPO / "facts" / "kim-russia-2023.yaml").read_text(encoding="utf-8")
GOOD_ARTICLE = (REPO / "articles" / "000.md").read_bytes()
REPORT_SCHEMA = json.loads(
    (REPO / "factcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8")
)


def literal(text: str) -> str:
    """``text`` as an fnmatch pattern that matches exactly it (`[`, `*`, `?` escaped)."""
    return "".join(f"[{c}]" if c in "[*?" else c for c in text)


_TRACEBACK = re.compile(r"Traceback|^E   |^>   |\.py:\d+: in |INTERNALERROR", re.M)


def assert_no_traceback(result: pytest.RunResult) -> None:
    text = "\n".join(result.outlines + result.errlines)
    found = _TRACEBACK.search(text)
    assert found is None, "traceback in output:\n" + text[max(0, found.start() - 800) :][:2000]


def error_section(result: pytest.RunResult, title: str) -> list[str]:
    """The non-blank lines under the ``____ title ____`` header of the output."""
    lines = result.outlines
    start = next(
        (i for i, line in enumerate(lines) if line.startswith("_") and title in line), None
    )
    assert start is not None, f"no {title!r} section in:\n" + "\n".join(lines[-60:])
    section = []
    for line in lines[start + 1 :]:
        if line.startswith(("___", "===")):
            break
        if line.strip():
            section.append(line)
    return section


def outcomes(result: pytest.RunResult) -> dict[str, int]:
    """The counts of the run's last line, without `warnings` (in-process runs add some)."""
    counts = result.parseoutcomes()
    counts.pop("warnings", None)
    return counts


# --------------------------------------------------------------------------------------------
# Broken fact files
# --------------------------------------------------------------------------------------------

# A small valid story; the cases below break it. Its line numbers:
#  1 story / 2 about / 3 entities / 4 kim / 5 places / 6 russia / 7 facts / 8 - id / 9 who /
# 10 what / 11 where; lines added at the end start at 12.
BASE = """\
story: broken
about: [kim]
entities:
  kim: {name: Kim Jong Un}
places:
  russia: {name: Russia}
facts:
  - id: arrival
    who: kim
    what: arrived in Russia
    where: russia
"""
BROKEN = "facts/broken.yaml"

FACT_FILE_CASES = [
    pytest.param(
        BASE.replace("about: [kim]", "  about: [kim]"),
        [literal(f"{BROKEN}:2: invalid YAML: mapping values are not allowed here")],
        id="malformed-yaml",
    ),
    pytest.param(
        "- story: broken\n- about: [kim]\n",
        [literal(f"{BROKEN}:1: a fact file must be a mapping of keys; this one is a list, ") + "*"],
        id="list-at-top-level",
    ),
    pytest.param(
        "just some words\n",
        [literal(f"{BROKEN}:1: a fact file must be a mapping of keys; this one is a str, ") + "*"],
        id="scalar",
    ),
    pytest.param(
        "",
        [literal(f"{BROKEN}:1: a fact file must be a mapping of keys; this one is empty")],
        id="empty-file",
    ),
    pytest.param(
        BASE.replace("about: [kim]", "about: kim"),
        [literal(f"{BROKEN}:2: about: 'kim' is not of type 'array'")],
        id="wrong-type-about",
    ),
    pytest.param(
        BASE + "colour: red\n",
        [literal(f"{BROKEN}:12: colour: unknown key 'colour'; allowed: ") + "*"],
        id="unknown-top-level-key",
    ),
    pytest.param(
        BASE + "    colour: red\n",
        [literal(f"{BROKEN}:12: facts[0].colour: unknown key 'colour'; allowed: ") + "*"],
        id="unknown-fact-key",
    ),
    pytest.param(
        BASE + "    ~: red\n    colour: red\n",
        [literal(f"{BROKEN}:8: facts[0].None: unknown key None, 'colour'; allowed: ") + "*"],
        id="null-and-named-unknown-keys",
    ),
    pytest.param(
        BASE + "    when: 2023-02-30\n",
        [literal(f"{BROKEN}:12: facts[0].when: '2023-02-30' is not a valid date")],
        id="bad-date",
    ),
    pytest.param(
        BASE + "  - id: arrival\n    who: kim\n    what: left for Russia\n",
        [literal(f"{BROKEN}:12: facts[1].id: duplicate fact id 'arrival' (first at facts[0])")],
        id="duplicate-fact-id",
    ),
    pytest.param(
        BASE.replace("    who: kim", "    who: putin"),
        [literal(f"{BROKEN}:9: facts[0].who: unknown entity 'putin'")],
        id="unknown-entity-in-who",
    ),
    pytest.param(
        BASE.replace("where: russia", "where: mars"),
        [literal(f"{BROKEN}:11: facts[0].where: unknown place 'mars'")],
        id="unknown-place-in-where",
    ),
    pytest.param(
        BASE.replace(
            "  russia: {name: Russia}\n",
            "  russia: {name: Russia, in: asia}\n  asia: {name: Asia, in: russia}\n",
        ),
        [
            literal(f"{BROKEN}:6: places.russia.in: cycle in `in`: russia -> asia -> russia"),
            literal(f"{BROKEN}:7: places.asia.in: cycle in `in`: asia -> russia -> asia"),
        ],
        id="cycle-in-in",
    ),
    pytest.param(
        BASE.replace("what: arrived in Russia", 'what: ""'),
        [literal(f"{BROKEN}:10: facts[0].what: must not be empty")],
        id="empty-what",
    ),
    pytest.param(
        BASE + "    count: seven\n",
        [literal(f"{BROKEN}:12: facts[0].count: 'seven' is not of type 'number'")],
        id="count-not-a-number",
    ),
    pytest.param(
        BASE + "    who: kim\n",
        [literal(f"{BROKEN}:12: facts[0].who: key given twice")],
        id="key-given-twice",
    ),
    pytest.param(
        BASE + '    note: !!python/object/apply:os.system ["echo hacked > pwned"]\n',
        [literal(f"{BROKEN}:12: ") + "*python/object/apply:os.system*"],
        id="python-object-tag",
    ),
    pytest.param(
        BASE + "    note: " + "[" * 50_000 + "]" * 50_000 + "\n",
        [literal(f"{BROKEN}:12: ") + "*"],
        id="nested-50000-deep",
    ),
    pytest.param(
        BASE.replace("what: arrived in Russia", "what: arrived\x1f in Russia"),
        [literal(f"{BROKEN}:10: ") + "*#x001f*"],
        id="control-character",
    ),
    pytest.param(
        BASE.replace("what: arrived in Russia", 'what: "arrived \\ud800 in Russia"'),
        [
            literal(f"{BROKEN}:10: invalid YAML: facts[0].what: ")
            + "*ud800 at character 9 is a lone surrogate, not text"
        ],
        id="lone-surrogate-escape",
    ),
    pytest.param(
        BASE + "    count: " + "1" * 5000 + "\n",
        [literal(f"{BROKEN}:12: invalid YAML: facts[0].count: not a valid integer: ") + "*"],
        id="count-with-5000-digits",
    ),
    pytest.param(
        BASE + "    count: !!int\n",
        [literal(f"{BROKEN}:12: ") + "*"],
        id="empty-int-tag",
    ),
]


def write_run(pytester: pytest.Pytester, broken: str) -> None:
    facts = pytester.mkdir("facts")
    (facts / "kim-russia-2023.yaml").write_text(GOOD_STORY, encoding="utf-8")
    (facts / "broken.yaml").write_text(broken, encoding="utf-8")
    (pytester.mkdir("articles") / "good.md").write_bytes(GOOD_ARTICLE)


@pytest.mark.parametrize(("text", "expected"), FACT_FILE_CASES)
def test_broken_fact_file(pytester: pytest.Pytester, text: str, expected: list[str]) -> None:
    write_run(pytester, text)

    result = pytester.runpytest("--facts", "facts", "articles")

    result.stdout.fnmatch_lines(expected)
    shown = error_section(result, f"ERROR collecting {BROKEN}")
    assert shown, result.outlines
    assert all(line.startswith(f"{BROKEN}:") for line in shown), shown  # `file:line: ...` only
    assert_no_traceback(result)
    assert result.ret != 0
    counts = outcomes(result)
    assert counts.get("passed", 0) > 0, counts  # the good story still checked the good article
    assert counts.get("omitted", 0) > 0, counts
    result.stdout.fnmatch_lines(["articles/good.md *"])
    assert not (pytester.path / "pwned").exists()
    assert not Path("pwned").exists()


# --------------------------------------------------------------------------------------------
# Unreadable articles
# --------------------------------------------------------------------------------------------

FRONT = "---\ntitle: Kim in Russia\nsource: wire\npublished: 2023-09-12\n---\n"
BODY = "Officials spoke on Monday.\n\nKim Jong Un arrived in Russia on Tuesday.\n"
ARRIVAL_LINE = 8  # the file line of "Kim Jong Un arrived in Russia" in FRONT + BODY
ARRIVAL = "kim-arrives-in-russia"

GOOD_LINE = '{"id": "good", "title": "Kim in Russia", "text": "Kim Jong Un arrived in Russia."}'
AFTER_LINE = '{"id": "after", "text": "Kim Jong Un arrived in Russia on Tuesday."}'


def jsonl(bad: str) -> bytes:
    """A batch with the bad record on line 2 between two good ones."""
    return f"{GOOD_LINE}\n{bad}\n{AFTER_LINE}\n".encode()


def huge_article() -> bytes:
    sentence = "Kim Jong Un arrived in Russia on Tuesday to meet Vladimir Putin, officials said. "
    body = sentence * (20_000_000 // len(sentence) + 1)
    return (FRONT + "Officials spoke on Monday.\n\n" + body).encode()


Data = bytes | Callable[[], bytes]


def article_case(
    name: str,
    data: Data,
    *,
    error: str | None = None,
    key: str | None = None,
    line: int | None = None,
    id: str,
) -> Any:
    """A row: the file, its bytes, and either the error message or the evidence line."""
    return pytest.param(name, data, error, key or f"articles/{name}", line, id=id)


ARTICLE_CASES = [
    article_case(
        "surrogate.md",
        b'---\ntitle: "Kim \\ud800"\n---\nKim Jong Un arrived in Russia.\n',
        error=literal("articles/surrogate.md:2: front matter is not valid YAML: title: ")
        + "*ud800 at character 5 is a lone surrogate, not text",
        id="front-matter-lone-surrogate",
    ),
    article_case(
        "batch.jsonl",
        jsonl('{"id": "a\\ud800", "text": "Kim Jong Un arrived in Russia."}'),
        error=literal("articles/batch.jsonl:2: id: ")
        + "*ud800 at character 2 is a lone surrogate, not text",
        key="articles/batch.jsonl#2",
        id="jsonl-id-lone-surrogate",
    ),
    article_case(
        "batch.jsonl",
        jsonl('{"id": "s", "source": "wire \\udc00", "text": "Kim Jong Un arrived."}'),
        error=literal("articles/batch.jsonl:2: source: ")
        + "*udc00 at character 6 is a lone surrogate, not text",
        key="articles/batch.jsonl#s",
        id="jsonl-source-lone-surrogate",
    ),
    article_case(
        "batch.jsonl",
        jsonl(
            '{"id": "p", "source": "wire \\ud83d\\ude00", "text": "Kim Jong Un arrived in Russia."}'
        ),
        key="articles/batch.jsonl#p",
        line=2,
        id="jsonl-surrogate-pair-is-one-character",
    ),
    article_case(
        "latin1.md",
        (FRONT + "Kim Jong Un arrived in Russia, the café owner said.\n").encode("latin-1"),
        error=literal("articles/latin1.md:6: not UTF-8 (byte 0xe9)"),
        id="latin-1",
    ),
    article_case(
        "bom.md", b"\xef\xbb\xbf" + (FRONT + BODY).encode(), line=ARRIVAL_LINE, id="utf-8-bom"
    ),
    article_case(
        "crlf.md", (FRONT + BODY).replace("\n", "\r\n").encode(), line=ARRIVAL_LINE, id="crlf"
    ),
    article_case("cr.md", (FRONT + BODY).replace("\n", "\r").encode(), line=ARRIVAL_LINE, id="cr"),
    article_case(
        "crlf.txt",
        ("Kim in Russia\n" + BODY).replace("\n", "\r\n").encode(),
        line=4,
        id="crlf-txt",
    ),
    article_case(
        "empty.md", b"", error=literal("articles/empty.md:1: empty article"), id="empty-file"
    ),
    article_case(
        "binary.txt",
        b"Kim Jong Un\x00\x01\x02\xff\xfe\x00arrived in Russia\n",
        error=literal("articles/binary.txt: binary file, not text"),
        id="binary",
    ),
    article_case("huge.md", huge_article, line=ARRIVAL_LINE, id="20-mb"),
    article_case(
        "open.md",
        b"---\ntitle: Kim in Russia\npublished: 2023-09-12\n\nKim Jong Un arrived in Russia.\n",
        error=literal("articles/open.md:1: front matter is not closed with '---'"),
        id="front-matter-not-closed",
    ),
    article_case(
        "notyaml.md",
        b"---\ntitle: Kim: the visit\n---\nKim Jong Un arrived in Russia.\n",
        error=literal(
            "articles/notyaml.md:2: front matter is not valid YAML: "
            "mapping values are not allowed here"
        ),
        id="front-matter-not-yaml",
    ),
    article_case(
        "deep.md",
        b"---\ntitle: "
        + b"[" * 50_000
        + b"]" * 50_000
        + b"\n---\nKim Jong Un arrived in Russia.\n",
        error=literal("articles/deep.md:") + "*",
        id="front-matter-nested-50000-deep",
    ),
    article_case(
        "baddate.md",
        b"---\ntitle: Kim\npublished: 2023-02-30\n---\nKim Jong Un arrived in Russia.\n",
        error=literal("articles/baddate.md:3: published: '2023-02-30' is not a date (YYYY-MM-DD)"),
        id="published-not-a-date",
    ),
    article_case(
        "baddate2.md",
        b'---\ntitle: Kim\npublished: "2023-13-01"\n---\nKim Jong Un arrived in Russia.\n',
        error=literal("articles/baddate2.md:3: published: '2023-13-01' is not a date (YYYY-MM-DD)"),
        id="published-quoted-not-a-date",
    ),
    article_case(
        "bignum.md",
        b"---\ntitle: Kim\npublished: " + b"1" * 5000 + b"\n---\nKim Jong Un arrived in Russia.\n",
        error=literal("articles/bignum.md:3: ") + "*",
        id="published-5000-digits",
    ),
    article_case(
        "batch.jsonl",
        jsonl('{"id": "broken", "text": "Kim Jong Un arrived in Russia.",}'),
        error=literal("articles/batch.jsonl:2: not JSON: ") + "*",
        key="articles/batch.jsonl#2",
        id="jsonl-not-json",
    ),
    article_case(
        "batch.jsonl",
        jsonl('{"title": "Kim Jong Un in Russia", "source": "wire"}'),
        error=literal("articles/batch.jsonl:2: no `text` (a non-empty string is required)"),
        key="articles/batch.jsonl#2",
        id="jsonl-without-text",
    ),
    article_case(
        "batch.jsonl",
        jsonl('["Kim Jong Un arrived in Russia."]'),
        error=literal("articles/batch.jsonl:2: a JSONL line must be an object"),
        key="articles/batch.jsonl#2",
        id="jsonl-list",
    ),
    article_case(
        "batch.jsonl",
        jsonl("[" * 100_000),
        error=literal("articles/batch.jsonl:2: ") + "*",
        key="articles/batch.jsonl#2",
        id="jsonl-nested-100000-deep",
    ),
    article_case(
        "batch.jsonl",
        jsonl('{"text": "Kim Jong Un arrived in Russia.", "published": ' + "1" * 5000 + "}"),
        error=literal("articles/batch.jsonl:2: ") + "*",
        key="articles/batch.jsonl#2",
        id="jsonl-number-with-5000-digits",
    ),
]


def node_id(key: str) -> str:
    """``articles/a.md`` → ``articles/a.md::unreadable``; JSONL ``#2`` → ``::2::unreadable``."""
    return key.replace("#", "::") + "::unreadable"


def write_articles(pytester: pytest.Pytester, files: dict[str, Data]) -> None:
    facts = pytester.path / "facts"
    facts.mkdir(exist_ok=True)
    (facts / "kim-russia-2023.yaml").write_text(GOOD_STORY, encoding="utf-8")
    articles = pytester.path / "articles"
    articles.mkdir(exist_ok=True)
    for name, data in files.items():
        (articles / name).write_bytes(data() if callable(data) else data)


def run(pytester: pytest.Pytester) -> tuple[pytest.RunResult, dict[str, Any]]:
    result = pytester.runpytest("--facts", "facts", "articles", "-rE", "--facts-report=r.json")
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    return result, report


def result_of(report: dict[str, Any], article: str, fact: str) -> dict[str, Any]:
    found = [r for r in report["results"] if r["article"] == article and r["fact"] == fact]
    assert len(found) == 1, (article, fact, [r["article"] for r in report["results"]])
    return found[0]


@pytest.mark.parametrize(("name", "data", "error", "key", "line"), ARTICLE_CASES)
def test_bad_article(
    pytester: pytest.Pytester,
    name: str,
    data: Data,
    error: str | None,
    key: str,
    line: int | None,
) -> None:
    write_articles(pytester, {"good.md": GOOD_ARTICLE, name: data})

    result, report = run(pytester)

    counts = outcomes(result)
    # the good article is still checked and reported
    assert counts.get("passed", 0) > 0, counts
    assert counts.get("omitted", 0) > 0, counts
    assert result_of(report, "articles/good.md", ARRIVAL)["status"] == "consistent"
    result.stdout.fnmatch_lines(
        ["article * consistent * contradicted * omitted", "articles/good.md *"]
    )
    jsonschema.validate(report, REPORT_SCHEMA)

    if error is None:  # read fine: checked, evidence on the right file line
        assert result.ret == 0, result.outlines[-40:]
        assert "errors" not in counts and "error" not in counts, counts
        assert "unreadable" not in result.stdout.str()
        assert report["unreadable_articles"] == []
        checked = result_of(report, key, ARRIVAL)
        assert checked["status"] == "consistent", checked["status"]
        assert checked["mentions"][0]["line"] == line, checked["mentions"][:2]
        assert checked["mentions"][0]["sentence"].startswith("Kim Jong Un arrived in Russia")
        if name == "huge.md":  # the work is bounded: only the first characters are read
            result.stdout.fnmatch_lines(["*huge.md: only the first 2,000,000 characters*"])
        assert_no_traceback(result)
        return

    assert result.ret != 0
    assert counts.get("errors", counts.get("error")) == 1, counts
    # an error result whose text is the message, counted and listed in the summary
    result.stdout.fnmatch_lines(
        [error, "*factcheck summary*", "unreadable articles (1):", "  " + error]
    )
    result.stdout.fnmatch_lines([f"ERROR {literal(node_id(key))}*"])
    [entry] = report["unreadable_articles"]
    assert entry["article"] == key
    assert fnmatch.fnmatchcase(entry["message"], error), entry["message"]
    assert report["totals"]["error"] == 1
    if name.endswith(".jsonl"):  # the lines around the bad one are still checked
        assert result_of(report, "articles/batch.jsonl#good", ARRIVAL)["status"] == "consistent"
        assert result_of(report, "articles/batch.jsonl#after", ARRIVAL)["status"] == "consistent"
    assert_no_traceback(result)


# --------------------------------------------------------------------------------------------
# The JSON report
# --------------------------------------------------------------------------------------------

UNREADABLE_FILES: dict[str, bytes] = {
    "latin1.md": (FRONT + "Kim Jong Un arrived in Russia, the café owner said.\n").encode(
        "latin-1"
    ),
    "empty.md": b"",
    "binary.txt": b"Kim Jong Un\x00arrived in Russia\n",
    "open.md": b"---\ntitle: Kim\n\nKim Jong Un arrived in Russia.\n",
    "notyaml.md": b"---\ntitle: Kim: the visit\n---\nKim Jong Un arrived in Russia.\n",
    "baddate.md": b'---\ntitle: Kim\npublished: "2023-13-01"\n---\nKim Jong Un arrived.\n',
    "batch.jsonl": (
        f'{GOOD_LINE}\n{{not json}}\n{{"id": "notext", "title": "Kim"}}\n[1, 2]\n{AFTER_LINE}\n'
    ).encode(),
}
A = "articles/"
UNREADABLE_EXPECTED = [  # (article, fnmatch pattern of its message), in report order
    (
        A + "baddate.md",
        literal(A + "baddate.md:3: published: '2023-13-01' is not a date (YYYY-MM-DD)"),
    ),
    (A + "batch.jsonl#2", literal(A + "batch.jsonl:2: not JSON: ") + "*"),
    (A + "batch.jsonl#4", literal(A + "batch.jsonl:4: a JSONL line must be an object")),
    (
        A + "batch.jsonl#notext",
        literal(A + "batch.jsonl:3: no `text` (a non-empty string is required)"),
    ),
    (A + "binary.txt", literal(A + "binary.txt: binary file, not text")),
    (A + "empty.md", literal(A + "empty.md:1: empty article")),
    (A + "latin1.md", literal(A + "latin1.md:6: not UTF-8 (byte 0xe9)")),
    (
        A + "notyaml.md",
        literal(A + "notyaml.md:2: front matter is not valid YAML: mapping values") + "*",
    ),
    (A + "open.md", literal(A + "open.md:1: front matter is not closed with '---'")),
]


def test_report_lists_unreadable_articles(pytester: pytest.Pytester) -> None:
    write_articles(pytester, {"good.md": GOOD_ARTICLE, **UNREADABLE_FILES})

    result, report = run(pytester)

    assert result.ret != 0
    jsonschema.validate(report, REPORT_SCHEMA)
    listed = report["unreadable_articles"]
    assert [e["article"] for e in listed] == [article for article, _ in UNREADABLE_EXPECTED]
    for entry, (_, message) in zip(listed, UNREADABLE_EXPECTED, strict=True):
        assert fnmatch.fnmatchcase(entry["message"], message), (entry, message)
    assert report["totals"]["error"] == len(UNREADABLE_EXPECTED)
    assert outcomes(result).get("errors") == len(UNREADABLE_EXPECTED)
    result.stdout.fnmatch_lines(
        [f"unreadable articles ({len(UNREADABLE_EXPECTED)}):"]
        + ["  " + message for _, message in UNREADABLE_EXPECTED]
    )
    checked = {r["article"] for r in report["results"]}
    assert checked == {
        "articles/good.md",
        "articles/batch.jsonl#good",
        "articles/batch.jsonl#after",
    }
    assert_no_traceback(result)


def _determinism_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {
        "000.md": GOOD_ARTICLE,
        "001.md": (REPO / "articles" / "001.md").read_bytes(),
        "crlf.md": (FRONT + BODY).replace("\n", "\r\n").encode(),
        **UNREADABLE_FILES,
    }
    return files


def test_report_is_identical_serial_xdist_and_file_order(pytester: pytest.Pytester) -> None:
    files = _determinism_files()
    write_articles(pytester, files)
    (pytester.path / "facts" / "broken.yaml").write_text(BASE + "    count: seven\n", "utf-8")
    args = ["--facts", "facts", "articles", "-p", "no:cacheprovider"]

    serial = pytester.runpytest(*args, "--facts-report=out/serial.json")
    parallel = pytester.runpytest_subprocess(
        *args, "-p", "xdist", "-n", "2", "--facts-report=out/xdist.json"
    )
    for name in files:  # the same files again, created in the opposite order
        (pytester.path / "articles" / name).unlink()
    for name in reversed(list(files)):
        (pytester.path / "articles" / name).write_bytes(files[name])
    reordered = pytester.runpytest(*args, "--facts-report=out/reordered.json")

    out = pytester.path / "out"
    serial_bytes = (out / "serial.json").read_bytes()
    assert json.loads(serial_bytes)["unreadable_articles"], "nothing unreadable was reported"
    assert (out / "xdist.json").read_bytes() == serial_bytes
    assert (out / "reordered.json").read_bytes() == serial_bytes
    counts = outcomes(serial)
    assert outcomes(parallel) == counts
    assert outcomes(reordered) == counts
    for result in (serial, parallel, reordered):
        assert result.ret != 0
        assert_no_traceback(result)


# --------------------------------------------------------------------------------------------
# Terminal output
# --------------------------------------------------------------------------------------------

ESC, RLO = "\x1b", "\u202e"  # a terminal escape, a right-to-left override


def test_control_characters_from_articles_are_printed_as_escapes(pytester: pytest.Pytester) -> None:
    record = {
        "id": f"wire{ESC}[2K7",
        "source": f"agency{RLO}",
        "published": "2023-09-12",
        "text": f"Kim Jong Un arrived in Russia on Friday{ESC}[2K, officials said{RLO}.",
    }
    write_articles(pytester, {"batch.jsonl": (json.dumps(record) + "\n").encode()})

    result, report = run(pytester)

    shown = "\n".join(result.outlines + result.errlines)
    assert ESC not in shown and RLO not in shown
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*_ kim-arrives-in-russia on " + literal(r"articles/batch.jsonl::wire\x1b[2K7") + " _*",
            "*contradicted on when*",
            "  evidence: *"
            + literal(r"Kim Jong Un arrived in Russia on «Friday»\x1b[2K, officials said\u202e."),
            literal(r"agency\u202e") + " *0 *1 *14",  # the summary's table by source
        ]
    )
    # the JSON report keeps the article's own text
    checked = result_of(report, f"articles/batch.jsonl#wire{ESC}[2K7", ARRIVAL)
    assert checked["source"] == f"agency{RLO}"
    assert ESC in checked["slots"]["when"]["evidence"]


def test_control_characters_in_file_names_are_printed_as_escapes(
    pytester: pytest.Pytester,
) -> None:
    late = (FRONT + "Kim Jong Un arrived in Russia on Friday.\n").encode()
    write_articles(pytester, {f"late{ESC}[2K.md": late})

    result, _ = run(pytester)

    # only pytest's own progress line prints the file name as it is
    raw = [line for line in result.outlines if ESC in line]
    assert [line.split()[0] for line in raw] == [f"articles/late{ESC}[2K.md"]
    result.stdout.fnmatch_lines(
        [
            "*_ kim-arrives-in-russia on " + literal(r"articles/late\x1b[2K.md") + " _*",
            "  evidence: *" + literal(r"articles/late\x1b[2K.md:6: Kim Jong Un arrived") + "*",
        ]
    )
