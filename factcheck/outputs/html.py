"""A self-contained HTML page of a JSON report: a matrix of facts (rows) by articles (columns).

At the top, the input problems (broken fact files and unreadable articles, each with its file and
line) and the list of contradictions, each linking to its cell. Each cell is coloured by status
and carries a letter as well (C consistent, X contradicted, O omitted, O! omitted but required);
it is a ``<details>`` whose panel shows, per slot, the status, what the fact and the article say,
the line and the evidence sentence with the deciding words in ``<mark>``, and a misquote's
changed words as ``<del>``/``<ins>``. Required facts carry a mark in their row header; article
names in the column headers are shortened, the full name in their title. All report text is
escaped, and a Content-Security-Policy lets only the page's own inline script run and nothing
be loaded. The output depends only on the report.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from html import escape
from typing import Any

from factcheck.outputs.problems import BROKEN_FACT_FILE, UNREADABLE_ARTICLE, Problem, problems
from factcheck.results import ACCEPTED, CONSISTENT, CONTRADICTED, OMITTED

LETTERS = {CONSISTENT: "C", CONTRADICTED: "X", OMITTED: "O", ACCEPTED: "A"}
SLOTS = ("who", "what", "where", "when", "count", "quote")
MARKED = re.compile(r"«([^«»]*)»")
DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)
"""A word diff as the quote check writes it: ``[-expected words-] {+found words+}``."""
SHORT_NAME = 24
"""Column headers show article names up to this many characters, longer ones cut in the middle."""

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1f2328}
h1{font-size:1.4rem;margin:0 0 .5rem}
.totals>span,.legend>span{margin-right:1.2rem;white-space:nowrap}
.key{display:inline-block;min-width:1.6rem;text-align:center;border-radius:3px;font-weight:600;
 margin-right:.3rem}
.wrap{overflow:auto;max-width:100%;margin-top:1rem}
table.matrix{border-collapse:separate;border-spacing:2px}
.matrix th{font-weight:600;text-align:left;vertical-align:bottom}
.matrix thead th{font-size:12px;padding:0 0 .3rem}
.matrix thead th.col>div{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
 margin:0 auto;max-height:14rem;overflow:hidden;text-overflow:ellipsis}
.matrix thead small{display:block;color:#656d76;font-weight:400}
.matrix th.fact{position:sticky;left:0;background:#fff;padding-right:.8rem;white-space:nowrap}
.req{color:#a40e26;font-weight:700;margin-left:.2rem}
.matrix tr.story th{padding-top:.8rem;font-size:13px;color:#656d76}
td.cell{padding:0;min-width:2.4rem;height:1.9rem;text-align:center;border-radius:3px}
td.cell summary{list-style:none;cursor:pointer;font-weight:600;line-height:1.9rem}
td.cell summary::-webkit-details-marker{display:none}
td.cell summary:focus-visible{outline:3px solid #0969da}
td.cell details[open] summary{outline:3px solid #1f2328}
.consistent{background:#a7e3b6;color:#0a3d1a}
.contradicted{background:#cf222e;color:#fff}
.omitted{background:#eceff2;color:#57606a}
.accepted{background:#f5e0a3;color:#4d3800}
.omitted.required{box-shadow:inset 0 0 0 2px #cf222e;color:#a40e26}
.none{background:#fff;color:#8c959f}
.key.none{box-shadow:inset 0 0 0 1px #d0d7de}
.panel{position:fixed;right:1rem;bottom:1rem;width:min(44rem,calc(100vw - 2rem));
 max-height:60vh;overflow:auto;background:#fff;color:#1f2328;text-align:left;font-weight:400;
 border:1px solid #8c959f;border-radius:6px;box-shadow:0 8px 24px rgba(0,0,0,.25);
 padding:.8rem 1rem}
.panel h2{font-size:1.05rem;margin:0 0 .3rem}
.panel .status{border-radius:3px;padding:0 .35rem;font-weight:600}
.panel table{border-collapse:collapse;width:100%;margin:.5rem 0}
.panel th,.panel td{border-top:1px solid #d0d7de;padding:.25rem .4rem;text-align:left;
 vertical-align:top}
.panel tr.note td{border-top:0}
.panel td.sentence{color:#424a53;padding-bottom:.6rem}
mark{background:#ffd33d;color:#1f2328;padding:0 1px}
.hint{color:#656d76;font-size:12px}
section h2{font-size:1.05rem;margin:1.2rem 0 .3rem}
del{background:#ffebe9;color:#82071e}
ins{background:#dafbe1;color:#116329;text-decoration:none;border-bottom:2px solid #1a7f37}
section.problems,section.contradictions{border:1px solid #d0d7de;border-left:6px solid #cf222e;
 border-radius:6px;padding:.2rem 1rem .6rem;margin:1rem 0;max-width:80rem}
section.problems h2,section.contradictions h2{margin-top:.6rem}
section.problems h3{font-size:.95rem;margin:.6rem 0 .2rem}
section.problems ul{margin:.2rem 0;padding-left:1.2rem}
code.where{background:#f6f8fa;border-radius:3px;padding:0 .3rem}
table.contradictions{border-collapse:collapse;width:100%}
table.contradictions th,table.contradictions td{border-top:1px solid #d0d7de;padding:.3rem .5rem;
 text-align:left;vertical-align:top}
table.contradictions td.says{max-width:24rem}
table.contradictions a{color:#0969da;font-weight:600}
table.contradictions small{color:#656d76;white-space:nowrap}
.diff{display:block;color:#424a53;margin-top:.2rem}
"""

SCRIPT = """
document.addEventListener("toggle", function (e) {
  var d = e.target;
  if (!d.open || !d.classList || !d.classList.contains("cell-details")) return;
  document.querySelectorAll("details.cell-details[open]").forEach(function (o) {
    if (o !== d) o.open = false;
  });
}, true);
document.addEventListener("keydown", function (e) {
  if (e.key !== "Escape") return;
  document.querySelectorAll("details.cell-details[open]").forEach(function (o) {
    o.open = false;
  });
});
function openCell(id) {
  var d = id && document.getElementById(id);
  if (!d || d.tagName !== "DETAILS") return;
  document.querySelectorAll("details.cell-details[open]").forEach(function (o) {
    if (o !== d) o.open = false;
  });
  d.open = true;
}
document.addEventListener("click", function (e) {
  var a = e.target.closest && e.target.closest("a.goto");
  if (a) openCell(a.getAttribute("href").slice(1));
});
window.addEventListener("hashchange", function () { openCell(location.hash.slice(1)); });
openCell(location.hash.slice(1));
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'"


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def marked_html(evidence: str) -> str:
    """The evidence sentence, escaped, with its «marked» words in ``<mark>``."""
    parts = MARKED.split(evidence)
    return "".join(f"<mark>{_e(p)}</mark>" if i % 2 else _e(p) for i, p in enumerate(parts))


def diff_html(detail: str) -> str:
    """A word diff, escaped, its removed words in ``<del>`` and added words in ``<ins>``."""
    out, at = [], 0
    for match in DIFF.finditer(detail):
        out.append(_e(detail[at : match.start()]))
        removed, added = match.groups()
        out.append(
            f"<del>{_e(removed)}</del>" if removed is not None else f"<ins>{_e(added)}</ins>"
        )
        at = match.end()
    out.append(_e(detail[at:]))
    return "".join(out)


def _lines(mentions: list[dict[str, Any]]) -> str:
    """'line 7' or 'lines 7, 9': each line once, in the order of the mentions."""
    lines = list(dict.fromkeys(_e(m["line"]) for m in mentions))
    return f"line{'s' * (len(lines) != 1)} {', '.join(lines)}"


def _slots(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The result's slots in the order facts state them: who, what, where, when, count, quote."""
    order = {slot: i for i, slot in enumerate(SLOTS)}
    return sorted(result["slots"].items(), key=lambda item: (order.get(item[0], 99), item[0]))


def _status_class(result: dict[str, Any]) -> str:
    status = str(result["status"])
    return f"{status} required" if status == OMITTED and result["required"] else status


def _letter(result: dict[str, Any]) -> str:
    letter = LETTERS.get(result["status"], "?")
    return letter + "!" if result["status"] == OMITTED and result["required"] else letter


def _panel(result: dict[str, Any]) -> Iterator[str]:
    source = f" ({_e(result['source'])})" if result["source"] else ""
    required = " · required" if result["required"] else ""
    yield '<div class="panel" role="region">'
    yield f"<h2>{_e(result['fact'])} <small>{_e(result['story'])}</small></h2>"
    yield (
        f"<div>{_e(result['article'])}{source}: "
        f'<span class="status {_e(result["status"])}">{_e(result["status"])}</span>{required}</div>'
    )
    if result.get("message"):
        yield f"<p>{_e(result['message'])}</p>"
    if result["slots"]:
        yield "<table><tr><th>slot</th><th>status</th><th>fact says</th>"
        yield "<th>article says</th><th>line</th></tr>"
        for slot, value in _slots(result):
            yield (
                f'<tr class="slot"><td>{_e(slot)}</td><td>{_e(value["status"])}</td>'
                f"<td>{_e(value['expected'])}</td><td>{_e(value['found'] or '—')}</td>"
                f"<td>{_e(value['line'] or '—')}</td></tr>"
            )
            notes = [marked_html(value["evidence"])] if value["evidence"] else []
            if value["detail"]:
                notes.append(f'<span class="diff">difference: {diff_html(value["detail"])}</span>')
            if notes:
                cell = f'<td colspan="4" class="sentence">{" ".join(notes)}</td>'
                yield f'<tr class="note"><td></td>{cell}</tr>'
        yield "</table>"
    if result["mentions"]:
        yield f"<div>mentioned on {_lines(result['mentions'])}</div>"
    else:
        yield "<div>No sentence of the article mentions this fact.</div>"
    yield '<div class="hint">Esc or click the cell again to close.</div></div>'


def _cell(result: dict[str, Any] | None, row: int, col: int, article: str, fact: str) -> str:
    if result is None:
        return f'<td class="cell none" title="{_e(fact)} not checked in {_e(article)}">·</td>'
    status = _e(result["status"])
    label = f"{_e(fact)} in {_e(article)}: {status}"
    return (
        f'<td class="cell {_e(_status_class(result))}">'
        f'<details class="cell-details" id="c{row}-{col}">'
        f'<summary title="{label}" aria-label="{label}">{_e(_letter(result))}</summary>'
        f"{''.join(_panel(result))}</details></td>"
    )


def _statement(row: list[dict[str, Any] | None]) -> str:
    """What the fact says, slot by slot (escaped), taken from any result on it."""
    result = next((r for r in row if r is not None and r["slots"]), None)
    slots = _slots(result) if result else []
    return _e("; ".join(f"{slot}: {value['expected']}" for slot, value in slots))


REQUIRED_MARK = '<abbr class="req" title="required: an article that omits this fact fails">*</abbr>'


def _legend() -> str:
    keys = [
        (CONSISTENT, "C", "consistent"),
        (CONTRADICTED, "X", "contradicted"),
        (OMITTED, "O", "omitted"),
        (ACCEPTED, "A", "contradicted, accepted by the baseline"),
        (f"{OMITTED} required", "O!", "omitted, but required (fails)"),
        ("none", "·", "not checked (the article matches another story)"),
    ]
    spans = "".join(
        f'<span><span class="key {cls}">{letter}</span>{text}</span>' for cls, letter, text in keys
    )
    spans += f"<span>{REQUIRED_MARK} required fact: an article that omits it fails</span>"
    return f'<p class="legend">{spans}</p>'


def _list_section(title: str, items: list[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{_e(item)}</li>" for item in items)
    return f"<section><h2>{_e(title)} ({len(items)})</h2><ul>{rows}</ul></section>"


def _where(problem: Problem) -> str:
    return problem.path if problem.line is None else f"{problem.path}:{problem.line}"


def _problems_section(found: list[Problem]) -> str:
    """The input problems, first thing on the page: what was not checked, and why."""
    if not found:
        return ""
    groups = (
        (BROKEN_FACT_FILE, "fact files not loaded: their stories were not checked"),
        (UNREADABLE_ARTICLE, "unreadable articles: not checked"),
    )
    out = ['<section class="problems" id="problems">', f"<h2>Input problems ({len(found)})</h2>"]
    for kind, title in groups:
        of_kind = [p for p in found if p.kind == kind]
        if not of_kind:
            continue
        files = len({p.name for p in of_kind})
        out.append(f"<h3>{_e(title)} ({files})</h3><ul>")
        out.extend(
            f'<li><code class="where">{_e(_where(p))}</code> {_e(p.message)}</li>' for p in of_kind
        )
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _contradictions_section(
    report: dict[str, Any], cell_ids: dict[tuple[str, str, str], str]
) -> str:
    """Every contradicted slot, first thing after the problems, each linking to its cell."""
    rows = []
    for result in sorted(report["results"], key=lambda r: (r["article"], r["story"], r["fact"])):
        if result["status"] != CONTRADICTED:
            continue
        target = cell_ids[(result["article"], result["story"], result["fact"])]
        for slot, value in _slots(result):
            if value["status"] != CONTRADICTED:
                continue
            said = _e(value["found"] or "—")
            if value["detail"]:
                said += f'<span class="diff">difference: {diff_html(value["detail"])}</span>'
            rows.append(
                f"<tr><td>{_e(result['article'])}</td>"
                f'<td><a class="goto" href="#{target}">{_e(result["fact"])}</a>'
                f" <small>{_e(result['story'])}</small></td>"
                f"<td>{_e(slot)}</td>"
                f'<td class="says">{_e(value["expected"])}</td><td class="says">{said}</td>'
                f"<td>{_e(value['line'] or '—')}</td></tr>"
            )
    if not rows:
        return ""
    return (
        '<section class="contradictions" id="contradictions">'
        f"<h2>Contradictions ({len(rows)})</h2>"
        '<table class="contradictions"><thead><tr><th>article</th><th>fact</th><th>slot</th>'
        "<th>fact says</th><th>article says</th><th>line</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def short_names(articles: list[str]) -> dict[str, str]:
    """Article names for column headers: without the folder all articles share, and those
    longer than ``SHORT_NAME`` cut in the middle (``…``)."""
    common = articles[0] if len(articles) == 1 else _common_prefix(articles)
    cut = common.rfind("/") + 1
    names = {}
    for article in articles:
        name = article[cut:] or article
        if len(name) > SHORT_NAME:
            head = (SHORT_NAME - 1) // 2
            name = name[:head] + "…" + name[-(SHORT_NAME - 1 - head) :]
        names[article] = name
    return names


def _common_prefix(names: list[str]) -> str:
    first, last = min(names), max(names)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), None)
    return first[: len(first) if size is None else size]


def _column(article: str, name: str, source: str | None) -> str:
    title = f"{article} ({source})" if source else article
    small = f"<small>{_e(source)}</small>" if source else ""
    return f'<th scope="col" class="col" title="{_e(title)}"><div>{_e(name)}{small}</div></th>'


def build_html(report: dict[str, Any]) -> str:
    """One HTML page (inline CSS and JS, nothing loaded from elsewhere) showing the report."""
    results = {(r["article"], r["story"], r["fact"]): r for r in report["results"]}
    articles = sorted({r["article"] for r in report["results"]})
    names = short_names(articles) if articles else {}
    sources = {r["article"]: r["source"] for r in report["results"]}
    required = {(r["story"], r["fact"]) for r in report["results"] if r["required"]}
    stories: dict[str, set[str]] = {s: set(f) for s, f in report["stories"].items()}
    for _, story, fact in results:
        stories.setdefault(story, set()).add(fact)
    rows = [(story, fact) for story in sorted(stories) for fact in sorted(stories[story])]
    cell_ids = {
        (article, story, fact): f"c{row}-{col}"
        for row, (story, fact) in enumerate(rows)
        for col, article in enumerate(articles)
    }
    found = list(problems(report))

    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck report</title><style>{STYLE}</style></head><body>",
        "<h1>factcheck report</h1>",
    ]
    totals = report["totals"]
    n_facts = len(rows)
    broken = len(report.get("broken_fact_files", []))
    counts = [f"{len(articles)} article{'s' * (len(articles) != 1)}"]
    counts += [f"{n_facts} fact{'s' * (n_facts != 1)}"]
    counts += [f"{totals.get(k, 0)} {k}" for k in (CONSISTENT, CONTRADICTED, OMITTED)]
    if totals.get(ACCEPTED):
        counts.append(f"{totals[ACCEPTED]} {ACCEPTED}")
    counts += [f"{totals.get('error', 0)} unreadable"]
    if broken:
        counts += [f"{broken} broken fact file{'s' * (broken != 1)}"]
    out.append('<p class="totals">' + "".join(f"<span>{_e(c)}</span>" for c in counts) + "</p>")
    out.append(_problems_section(found))
    out.append(_contradictions_section(report, cell_ids))
    out.append(_legend())
    out.append('<div class="wrap"><table class="matrix"><thead><tr><th>fact</th>')
    out.extend(_column(article, names[article], sources[article]) for article in articles)
    out.append("</tr></thead><tbody>")
    story_shown = None
    for row, (story, fact) in enumerate(rows):
        if story != story_shown:
            out.append(f'<tr class="story"><th colspan="{len(articles) + 1}">{_e(story)}</th></tr>')
            story_shown = story
        said = _statement([results.get((a, story, fact)) for a in articles])
        mark = REQUIRED_MARK if (story, fact) in required else ""
        out.append(
            f'<tr class="fact"><th class="fact" scope="row" title="{said}">{_e(fact)}{mark}</th>'
        )
        for col, article in enumerate(articles):
            out.append(_cell(results.get((article, story, fact)), row, col, article, fact))
        out.append("</tr>")
    out.append("</tbody></table></div>")
    out.append(_list_section("facts no article mentions", report.get("unmentioned_facts", [])))
    out.append(_list_section("articles that match no story", report.get("unmatched_articles", [])))
    out.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(part for part in out if part) + "\n"
