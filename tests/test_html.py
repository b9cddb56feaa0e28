"""Tests for factcheck.outputs.html: the report page, as markup and as a browser renders it."""

from __future__ import annotations

import base64
import contextlib
import copy
import fcntl
import hashlib
import json
import os
import re
import select
import shutil
import struct
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factcheck.outputs.html import SCRIPT, build_html, diff_html, marked_html, short_names

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


def test_an_accepted_contradiction_has_its_own_cell(example_report: dict[str, Any]) -> None:
    report = copy.deepcopy(example_report)
    contradicted = [r for r in report["results"] if r["status"] == "contradicted"]
    contradicted[0]["status"] = "accepted"
    report["totals"]["accepted"] = 1
    html = build_html(report)
    page = Page(html)
    cells = [c for c in page.cells if c["class"].split()[1] == "accepted"]
    assert [c["letter"] for c in cells] == ["A"]
    assert "1 accepted" in html
    assert "accepted by the baseline" in html
    red, green, blue = rgb(page.style, ".accepted")
    assert red > blue and green > blue  # amber: neither a pass's green nor a failure's red


def test_evidence_panel_shows_each_slot(example_report: dict[str, Any]) -> None:
    markup = build_html(example_report)
    panel = markup[markup.index('id="c7-1"') :].split("</details>", 1)[0]
    assert "miller-unsc-warning" in panel and "articles/001.md (outlet-b)" in panel
    for text in ("quote", "contradicted", "who", "confirmed", "Matthew Miller", "<td>15</td>"):
        assert text in panel
    assert "<mark>Matthew Miller</mark>" in panel
    assert "<mark>Any transfer of arms" in panel
    assert (
        "difference: <del>in</del> <ins>a</ins>; <del>united nations</del> <ins>un</ins>" in panel
    )
    assert "[-" not in markup and "{+" not in markup
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
    report["unreadable_articles"] = [{"article": evil, "message": f"{evil}:3: {evil}"}]
    report["broken_fact_files"] = [{"path": evil, "message": f"{evil}:2: {evil}\n{evil}"}]
    result["status"] = "contradicted"
    for slot in result["slots"].values():
        slot["status"] = "contradicted"
        slot["detail"] = f"[-{evil}-] {{+{evil}+}} {evil}"
    markup = build_html(report)
    page = Page(markup)
    assert page.tags.count("script") == 1
    assert set(page.marks) == {evil}
    assert section(markup, "problems").count("&lt;script&gt;") == 2 * 3
    listed = section(markup, "contradictions").count("<del>&quot;&gt;&lt;script&gt;")
    assert listed == len(result["slots"])


def test_csp_allows_only_the_page_script(example_report: dict[str, Any]) -> None:
    markup = build_html(example_report)
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in markup
    assert f"<script>{SCRIPT}</script>" in markup
    assert "default-src 'none'" in markup
    assert not re.search(r"src=", markup)
    # The only links are to the page's own cells.
    links = re.findall(r'href="([^"]*)"', markup)
    assert links and all(re.fullmatch(r"#c[0-9]+-[0-9]+", link) for link in links)
    assert all(f'id="{link[1:]}"' in markup for link in links)


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


def section(markup: str, cls: str) -> str:
    """The markup of the page's ``<section class=cls>``, or '' when there is none."""
    start = markup.find(f'<section class="{cls}"')
    return markup[start : markup.index("</section>", start)] if start >= 0 else ""


def panel_of(markup: str, cell: str) -> str:
    return markup[markup.index(f'id="{cell}"') :].split("</details>", 1)[0]


BROKEN = {
    "path": "facts/bad.yaml",
    "message": "facts/bad.yaml:7: facts[0].when: '2023-13-01' is not a valid date\n"
    "facts/bad.yaml:8: facts[0].bogus: unknown key 'bogus'",
}
UNREADABLE = {"article": "news/zz.md", "message": "news/zz.md:1: not UTF-8 (byte 0xff)"}


def test_contradictions_are_listed_at_the_top_linking_to_their_cells(
    example_report: dict[str, Any],
) -> None:
    markup = build_html(example_report)
    listed = section(markup, "contradictions")
    assert markup.index(listed) < markup.index('<table class="matrix"')
    assert "<h2>Contradictions (2)</h2>" in listed
    rows = listed.split("<tr>")[2:]
    assert len(rows) == 2
    expected = [("articles/001.md", "miller-unsc-warning", "c7-1", "15", "united nations")]
    expected += [("articles/003.md", "miller-sanctions", "c6-3", "19", "if appropriate")]
    for row, (article, fact, cell, line, removed) in zip(rows, expected, strict=True):
        assert f"<td>{article}</td>" in row
        assert f'<a class="goto" href="#{cell}">{fact}</a>' in row
        assert "<td>quote</td>" in row and f"<td>{line}</td>" in row
        assert f"<del>{removed}</del>" in row
        panel = panel_of(markup, cell)
        assert fact in panel and article in panel and "contradicted" in panel
    assert 'class="cell contradicted"><details class="cell-details" id="c7-1"' in markup


def test_no_contradictions_no_list(hostile: dict[str, Any]) -> None:
    assert section(build_html(hostile), "contradictions") != ""
    report = copy.deepcopy(hostile)
    for result in report["results"]:
        result["status"] = "omitted"
    assert section(build_html(report), "contradictions") == ""


def test_broken_fact_files_and_unreadable_articles_at_the_top(
    example_report: dict[str, Any],
) -> None:
    report = copy.deepcopy(example_report)
    report["broken_fact_files"] = [BROKEN]
    report["unreadable_articles"] = [UNREADABLE]
    report["totals"]["error"] = 1
    markup = build_html(report)
    problems = section(markup, "problems")
    assert markup.index(problems) < markup.index('<section class="contradictions"')
    assert "<h2>Input problems (3)</h2>" in problems
    assert "fact files not loaded: their stories were not checked (1)" in problems
    assert (
        '<li><code class="where">facts/bad.yaml:7</code> '
        "facts[0].when: &#x27;2023-13-01&#x27; is not a valid date</li>"
    ) in problems
    assert '<code class="where">facts/bad.yaml:8</code> facts[0].bogus' in problems
    assert "unreadable articles: not checked (1)" in problems
    assert '<code class="where">news/zz.md:1</code> not UTF-8 (byte 0xff)' in problems
    assert "<span>1 broken fact file</span>" in markup and "<span>1 unreadable</span>" in markup
    assert section(build_html(example_report), "problems") == ""


def test_required_facts_are_marked_in_their_row_header(hostile: dict[str, Any]) -> None:
    markup = build_html(hostile)
    headers = re.findall(r'<th class="fact" scope="row"[^>]*>(.*?)</th>', markup)
    assert len(headers) == 2
    arrives, meets = headers
    assert arrives == "kim-arrives-in-russia"
    assert meets.startswith('kim-meets-putin<abbr class="req"')
    assert 'title="required: an article that omits this fact fails">*</abbr>' in meets
    legend = markup.split('class="legend"', 1)[1].split("</p>", 1)[0]
    assert '<abbr class="req"' in legend and "required fact" in legend


def test_column_headers_are_short_whole_words_with_the_full_name_in_the_title(
    example_report: dict[str, Any],
) -> None:
    report = copy.deepcopy(example_report)
    long_name = "news/desk-2023/kim-jong-un-arrives-in-russia-for-talks-with-putin.md"
    for result in report["results"]:
        if result["article"] == "articles/004.md":
            result["article"] = long_name
    markup = build_html(report)
    headers = re.findall(r'<th scope="col" class="col" title="([^"]*)"><div>(.*?)<small>', markup)
    assert headers[0] == ("articles/000.md (outlet-a)", "articles/000.md")
    assert headers[-1] == (f"{long_name} (outlet-e)", "news/desk-2…ith-putin.md")
    style = Page(markup).style
    assert "break-all" not in style
    assert re.search(r"th\.col>div\{writing-mode:vertical-rl;[^}]*white-space:nowrap", style)


@pytest.mark.parametrize(
    ("articles", "names"),
    [
        (["articles/000.md", "articles/001.md"], ["000.md", "001.md"]),
        (["articles/000.md"], ["000.md"]),
        (["a/x.md", "b/y.md"], ["a/x.md", "b/y.md"]),
        (["news/batch.jsonl#a17", "news/batch.jsonl#a18"], ["batch.jsonl#a17", "batch.jsonl#a18"]),
        (["desk/" + "a" * 30 + ".md", "desk/b.md"], ["aaaaaaaaaaa…aaaaaaaaa.md", "b.md"]),
    ],
)
def test_short_names(articles: list[str], names: list[str]) -> None:
    assert list(short_names(articles).values()) == names


def test_mention_lines_are_listed_once(hostile: dict[str, Any]) -> None:
    report = copy.deepcopy(hostile)
    result = report["results"][0]
    result["mentions"] = [{"line": 7, "sentence": "a"}, {"line": 7, "sentence": "b"}]
    assert "mentioned on line 7</div>" in build_html(report)
    result["mentions"].append({"line": 9, "sentence": "c"})
    assert "mentioned on lines 7, 9</div>" in build_html(report)


@pytest.mark.parametrize(
    ("detail", "markup"),
    [
        ("[-in-] {+a+}", "<del>in</del> <ins>a</ins>"),
        ("[-in-] {+a+}; [-united nations-] {+un+}", "<del>in</del> <ins>a</ins>; "),
        ("[-if appropriate-]", "<del>if appropriate</del>"),
        ("{+very+}", "<ins>very</ins>"),
        ('[-<b>-] {+"x"+} & <i>', "<del>&lt;b&gt;</del> <ins>&quot;x&quot;</ins> &amp; &lt;i&gt;"),
        ("no diff [- here", "no diff [- here"),
    ],
)
def test_diff_html(detail: str, markup: str) -> None:
    assert diff_html(detail).startswith(markup)


def test_plugin_writes_problems_into_the_page(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", arrival=STORY, broken="story: bad\nfacts: [\n")
    pytester.mkdir("news")
    (pytester.path / "news" / "kim.md").write_text(HOSTILE, encoding="utf-8")
    (pytester.path / "news" / "zz.md").write_bytes(b"\xff\xfe <b>")
    result = pytester.runpytest(
        "--facts", "arrival.yaml", "--facts", "broken.yaml", "news", "--facts-html=out.html"
    )
    assert result.ret == 1
    markup = (pytester.path / "out.html").read_text(encoding="utf-8")
    problems = section(markup, "problems")
    assert '<code class="where">broken.yaml:2</code> invalid YAML' in problems
    assert '<code class="where">news/zz.md:1</code> not UTF-8 (byte 0xff)' in problems
    assert Page(markup).tags.count("script") == 1


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
"""Chromium with no screen and no connection of its own (this machine's network is closed)."""


def chromium(page: Path, profile: Path, *args: str, fragment: str = "") -> str:
    command = [
        str(CHROMIUM),
        *HEADLESS,
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


class Browser:
    """Headless chromium driven over the DevTools protocol on a pipe (its fds 3 and 4).

    ``call`` sends a command and returns its result; events that come in the meantime are kept
    in ``events``. Every read waits at most ``patience`` seconds, so a stuck browser fails the
    test instead of hanging it.
    """

    def __init__(self, profile: Path, patience: float = 60.0) -> None:
        commands_in, self._commands = os.pipe()
        self._answers, answers_out = os.pipe()
        high_in = fcntl.fcntl(commands_in, fcntl.F_DUPFD, 10)
        high_out = fcntl.fcntl(answers_out, fcntl.F_DUPFD, 10)

        def wire() -> None:  # in the child: the pipe's ends become fds 3 and 4
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(
            [
                str(CHROMIUM),
                *HEADLESS,
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            close_fds=False,
        )
        for fd in (commands_in, answers_out, high_in, high_out):
            os.close(fd)
        self.patience = patience
        self.events: list[dict[str, Any]] = []
        self._buffer = b""
        self._next = 0
        self.session = ""

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._answers], [], [], self.patience)
            assert ready, "the browser did not answer"
            chunk = os.read(self._answers, 1 << 16)
            assert chunk, "the browser closed the pipe"
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        decoded: dict[str, Any] = json.loads(message)
        return decoded

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next += 1
        command: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            command["sessionId"] = self.session
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        while True:
            message = self._message()
            if message.get("id") == self._next:
                assert "error" not in message, message
                result: dict[str, Any] = message["result"]
                return result
            self.events.append(message)

    def wait_for(self, method: str) -> dict[str, Any]:
        for event in self.events:
            if event.get("method") == method:
                self.events.remove(event)
                return event
        while True:
            message = self._message()
            if message.get("method") == method:
                return message
            self.events.append(message)

    def open(self, url: str, width: int, height: int) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        self.call("Page.enable")
        self.call("Log.enable")
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer
        return answer["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        with contextlib.suppress(OSError, AssertionError):
            self.call("Browser.close")
        os.close(self._commands)
        os.close(self._answers)
        try:
            self.process.wait(timeout=self.patience)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


SHOWN = """(function (selector) {
  var e = document.querySelector(selector);
  if (!e) return null;
  var r = e.getBoundingClientRect();
  var x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 8);
  var top = document.elementFromPoint(x, y);
  return {x: x, y: y, top: r.top, bottom: r.bottom, width: r.width, height: r.height,
          onTop: top !== null && (top === e || e.contains(top)), text: e.textContent};
})"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_contradictions_list_in_a_real_browser(
    example_report: dict[str, Any], hostile: dict[str, Any], tmp_path: Path
) -> None:
    report = copy.deepcopy(example_report)
    report["results"] += hostile["results"]
    report["stories"].update(hostile["stories"])
    report["broken_fact_files"] = [BROKEN]
    page = tmp_path / "report.html"
    page.write_text(build_html(report), encoding="utf-8")

    browser = Browser(tmp_path / "profile")
    try:
        browser.open(page.as_uri(), 1400, 900)

        def shown(selector: str) -> dict[str, Any] | None:
            found: dict[str, Any] | None = browser.evaluate(f"{SHOWN}({json.dumps(selector)})")
            return found

        # Problems and contradictions are on the first screen, on top of everything else.
        problems = shown("section.problems")
        assert problems is not None and problems["onTop"] and problems["height"] > 0
        assert "facts/bad.yaml:7" in problems["text"]
        listed = shown("section.contradictions")
        assert listed is not None and listed["onTop"] and 0 < listed["top"] < 900
        links = browser.evaluate(
            "[...document.querySelectorAll('section.contradictions a.goto')]"
            ".map(function (a) { return [a.getAttribute('href'), a.textContent]; })"
        )
        # Rows 0 and 1 are the two facts of "arrival", then those of kim-russia-2023.
        assert links == [
            ["#c9-1", "miller-unsc-warning"],
            ["#c8-3", "miller-sanctions"],
            ["#c0-5", "kim-arrives-in-russia"],
        ]
        assert browser.evaluate("document.querySelectorAll('section.contradictions del').length")
        assert browser.evaluate("document.querySelectorAll('section.contradictions ins').length")

        def click_link(href: str) -> None:
            browser.evaluate("window.scrollTo(0, 0)")
            link = shown(f"section.contradictions a[href='{href}']")
            assert link is not None and link["onTop"]
            browser.click(link["x"], link["y"])
            # Let the events the click queued (toggle, hashchange) run before looking.
            browser.call(
                "Runtime.evaluate",
                expression="new Promise(function (done) { setTimeout(done, 0); })",
                awaitPromise=True,
            )

        def opened() -> list[list[str]]:
            found: list[list[str]] = browser.evaluate(
                "[...document.querySelectorAll('details.cell-details[open]')]"
                ".map(function (d) { return [d.id, d.parentElement.className]; })"
            )
            return found

        # A real click on the first link opens that cell and shows its panel.
        click_link("#c9-1")
        assert opened() == [["c9-1", "cell contradicted"]]
        assert browser.evaluate("location.hash") == "#c9-1"
        panel = shown("#c9-1 .panel")
        assert panel is not None and panel["onTop"] and panel["height"] > 0
        assert "miller-unsc-warning" in panel["text"] and "articles/001.md" in panel["text"]
        marks = browser.evaluate(
            "[...document.querySelectorAll('#c9-1 .panel del, #c9-1 .panel ins')]"
            ".map(function (e) { return e.tagName + ' ' + e.textContent; })"
        )
        assert marks == ["DEL in", "INS a", "DEL united nations", "INS un"]

        # The second link closes the first cell and opens its own, and does so again after
        # the cell was closed (the location's fragment is the same then).
        click_link("#c8-3")
        assert opened() == [["c8-3", "cell contradicted"]]
        browser.evaluate("document.getElementById('c8-3').open = false")
        assert opened() == []
        click_link("#c8-3")
        assert opened() == [["c8-3", "cell contradicted"]]

        # Column headers are not broken inside a word: each name is one line of text.
        lines = browser.evaluate(
            "[...document.querySelectorAll('th.col>div')].map(function (d) {"
            " var r = document.createRange(); r.selectNodeContents(d.firstChild);"
            " return r.getClientRects().length; })"
        )
        assert lines == [1] * 6

        violations = [
            e for e in browser.events if "Content Security Policy" in json.dumps(e.get("params"))
        ]
        assert violations == []
        shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
        (tmp_path / "shot.png").write_bytes(shot)
        assert png_size(tmp_path / "shot.png") == (1400, 900)
    finally:
        browser.close()
