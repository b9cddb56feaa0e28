"""Tests for factcheck.outputs.html: the report page, as markup and as a browser renders it."""

from __future__ import annotations

import base64
import copy
import hashlib
import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factcheck.outputs.html import SCRIPT, build_html, marked_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium")

STORY = """\
story: arrival
about: [kim]
entities:
  kim: {name: Kim Jong Un}
places:
  russia: {name: Russia}
facts:
  - id: kim-arrives-in-russia
    who: kim
    what: [arrived in Russia]
    when: 2023-09-12
  - id: kim-meets-putin
    who: kim
    what: [met Putin]
    required: true
"""

HOSTILE = """\
---
source: "<img src=x onerror=alert(2)>"
published: 2023-09-13
---
<script>alert(1)</script> Kim Jong Un arrived in Russia on Monday, a <b>source</b> said.
"""


@pytest.fixture
def hostile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report_of: Callable[..., dict[str, Any]]
) -> dict[str, Any]:
    """An article with markup in its text and source, checked against a two-fact story."""
    monkeypatch.chdir(tmp_path)
    Path("arrival.yaml").write_text(STORY, encoding="utf-8")
    Path("hostile.md").write_text(HOSTILE, encoding="utf-8")
    return report_of([Path("hostile.md")], [Path("arrival.yaml")])


class Page(HTMLParser):
    """The parts of the page the tests look at: tags seen, matrix cells, marks, style."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.cells: list[dict[str, Any]] = []
        self.marks: list[str] = []
        self.style = ""
        self._in: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attr = dict(attrs)
        if tag == "td" and "cell" in (attr.get("class") or "").split():
            self.cells.append({"class": attr["class"], "letter": "", "details": None})
        if tag == "details" and self.cells:
            self.cells[-1]["details"] = attr.get("id")
        if tag in ("summary", "mark", "style", "td"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if not self._in:
            return
        if self._in[-1] == "mark":
            self.marks.append(data)
        elif self._in[-1] == "style":
            self.style += data
        elif self._in[-1] in ("summary", "td") and self.cells and not self.cells[-1]["letter"]:
            self.cells[-1]["letter"] = data.strip()


def rgb(style: str, selector: str) -> tuple[int, int, int]:
    match = re.search(re.escape(selector) + r"\{background:#(\w{2})(\w{2})(\w{2})", style)
    assert match, selector
    red, green, blue = (int(x, 16) for x in match.groups())
    return red, green, blue


def test_every_fact_article_pair_has_a_cell(example_report: dict[str, Any]) -> None:
    page = Page(build_html(example_report))
    assert len(page.cells) == 15 * 5 == len(example_report["results"])
    assert [c["details"] for c in page.cells[:6]] == [
        "c0-0",
        "c0-1",
        "c0-2",
        "c0-3",
        "c0-4",
        "c1-0",
    ]
    letters = [c["letter"] for c in page.cells]
    assert (letters.count("C"), letters.count("X"), letters.count("O")) == (30, 2, 43)


def test_cells_have_the_status_colour_and_letter(example_report: dict[str, Any]) -> None:
    page = Page(build_html(example_report))
    results = sorted(example_report["results"], key=lambda r: (r["fact"], r["article"]))
    for cell, result in zip(page.cells, results, strict=True):
        assert cell["class"].split()[:2] == ["cell", result["status"]]
        assert (
            cell["letter"]
            == {"consistent": "C", "contradicted": "X", "omitted": "O"}[result["status"]]
        )
    red, green, blue = rgb(page.style, ".consistent")
    assert green > red and green > blue
    red, green, blue = rgb(page.style, ".contradicted")
    assert red > 2 * green and red > 2 * blue
    red, green, blue = rgb(page.style, ".omitted")
    assert max(red, green, blue) - min(red, green, blue) < 16


def test_evidence_panel_shows_each_slot(example_report: dict[str, Any]) -> None:
    markup = build_html(example_report)
    panel = markup[markup.index('id="c7-1"') :].split("</details>", 1)[0]
    assert "miller-unsc-warning" in panel and "articles/001.md (outlet-b)" in panel
    for text in ("quote", "contradicted", "who", "confirmed", "Matthew Miller", "<td>15</td>"):
        assert text in panel
    assert "<mark>Matthew Miller</mark>" in panel
    assert "<mark>Any transfer of arms" in panel
    assert "difference: [-in-] {+a+}; [-united nations-] {+un+}" in panel
    assert "«" not in markup and "»" not in markup


def test_title_totals_and_legend(example_report: dict[str, Any]) -> None:
    markup = build_html(example_report)
    assert "<title>factcheck report</title>" in markup
    for text in ("5 articles", "15 facts", "30 consistent", "2 contradicted", "43 omitted"):
        assert f"<span>{text}</span>" in markup
    assert 'class="legend"' in markup
    for text in ("consistent", "contradicted", "omitted, but required (fails)", "not checked"):
        assert text in markup.split('class="legend"', 1)[1].split("</p>", 1)[0]


def test_hostile_article_comes_out_inert(hostile: dict[str, Any]) -> None:
    markup = build_html(hostile)
    page = Page(markup)
    assert page.tags.count("script") == 1
    assert "img" not in page.tags and "b" not in page.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(2)&gt;" in markup
    assert page.marks == ["Kim Jong Un", "arrived in Russia", "Monday"]


def test_hostile_text_in_every_field_is_escaped(hostile: dict[str, Any]) -> None:
    report = copy.deepcopy(hostile)
    evil = '"><script>alert(9)</script>'
    result = report["results"][0]
    for key in ("article", "source", "story", "fact"):
        result[key] += evil
    for slot in result["slots"].values():
        for key in ("expected", "found", "detail"):
            slot[key] = evil
        slot["evidence"] = f"x «{evil}» y"
    result["mentions"] = [{"line": evil, "sentence": evil}]
    report["stories"] = {result["story"]: [result["fact"]]}
    report["unmentioned_facts"] = [evil]
    report["unmatched_articles"] = [evil]
    report["unreadable_articles"] = [{"article": evil, "message": evil}]
    page = Page(build_html(report))
    assert page.tags.count("script") == 1
    assert set(page.marks) == {evil}


def test_csp_allows_only_the_page_script(example_report: dict[str, Any]) -> None:
    markup = build_html(example_report)
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in markup
    assert f"<script>{SCRIPT}</script>" in markup
    assert "default-src 'none'" in markup
    assert not re.search(r"(src|href)=", markup)


def test_required_omission_and_unchecked_cells(
    example_report: dict[str, Any], hostile: dict[str, Any]
) -> None:
    report = copy.deepcopy(example_report)
    report["results"] += hostile["results"]
    report["stories"].update(hostile["stories"])
    page = Page(build_html(report))
    assert len(page.cells) == (15 + 2) * (5 + 1)
    unchecked = [c for c in page.cells if "none" in c["class"].split()]
    assert len(unchecked) == 15 + 2 * 5
    assert all(c["details"] is None and c["letter"] == "·" for c in unchecked)
    required = [c for c in page.cells if "required" in c["class"].split()]
    assert [c["letter"] for c in required] == ["O!"]


def test_output_is_deterministic(example_report: dict[str, Any]) -> None:
    shuffled = copy.deepcopy(example_report)
    shuffled["results"].reverse()
    shuffled["stories"] = {k: v[::-1] for k, v in reversed(example_report["stories"].items())}
    assert build_html(example_report) == build_html(example_report) == build_html(shuffled)


def test_marked_html() -> None:
    assert marked_html("on «Monday», <b>") == "on <mark>Monday</mark>, &lt;b&gt;"
    assert marked_html("a «b» c «d»") == "a <mark>b</mark> c <mark>d</mark>"
    assert marked_html("«open only") == "«open only"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def chromium(page: Path, profile: Path, *args: str, fragment: str = "") -> str:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
        page.as_uri() + fragment,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_page_in_a_real_browser(
    example_report: dict[str, Any], hostile: dict[str, Any], tmp_path: Path
) -> None:
    report = copy.deepcopy(example_report)
    report["results"] += hostile["results"]
    report["stories"].update(hostile["stories"])
    page = tmp_path / "report.html"
    page.write_text(build_html(report), encoding="utf-8")

    # Row 9 is miller-unsc-warning (after the two facts of "arrival"), column 1 articles/001.md.
    # The fragment opens that cell: it shows that the page's own script ran under its CSP.
    dumped = chromium(page, tmp_path / "profile", "--dump-dom", fragment="#c9-1")
    dom = Page(dumped)
    assert len(dom.cells) == (15 + 2) * (5 + 1)
    assert dom.tags.count("script") == 1
    assert "img" not in dom.tags
    assert "Monday" in dom.marks
    assert '<details class="cell-details" id="c9-1" open="">' in dumped
    assert dumped.count("open=") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dumped

    shot = tmp_path / "shot.png"
    chromium(
        page,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1400,900",
        fragment="#c9-1",
    )
    assert png_size(shot) == (1400, 900)
