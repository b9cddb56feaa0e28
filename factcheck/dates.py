"""Find date expressions in one English news sentence and resolve them against an anchor date.

The anchor is the article's publication date. Resolution rules:

* Full dates (``September 12, 2023``, ``12 September 2023``, ``2023-09-12``) are taken as
  written. Slash dates (``12/09/2023``) are ambiguous and never reported.
* Month and day without a year (``Sept. 13``) take the year that puts the date closest to the
  anchor (ties go to the past). Without an anchor the year stays None.
* A bare month (``in July``) needs an introducing word (``in``, ``since``, ``by``, ``late`` ...)
  so that names such as "June" or "August" are not taken for months. Its year is chosen from
  the tense of the clause: future -> the next occurrence (this month included), past -> the
  latest occurrence (this month included), otherwise the occurrence within 8 months before
  to 3 months after the anchor's month.
* Weekdays resolve to a date at most 6 days from the anchor: ``last``/``this past`` -> strictly
  before the anchor, ``next``/``coming`` -> strictly after. Otherwise the clause decides: the
  tense signal (verb) nearest before the weekday in its clause, else the first one after it,
  else the first one of the following clause (``On Monday, Mr. Putin arrived ...``). Future
  markers (``will``, ``is scheduled``, ``expected``) and present-tense verbs (``runs``,
  ``ends``, ``wraps up``, ``is``) pick the coming weekday (the anchor itself included); past
  verbs (``said``, ``had``, ``-ed`` forms) pick the latest one on or before the anchor. With no
  verb at all, ``through``/``until``/``by`` before the weekday mean coming; the default is past.
* Relative expressions (``today``, ``yesterday``, ``last year``, ``next month``, ``two years
  ago``) need an anchor. Weeks (``last week``, ``three weeks ago``) are reported only as a
  vague month, and only when the whole week lies in one month. Fractional spans (``a year and
  a half ago``) are not reported.
* ``early``/``late``/``mid``/``the end of`` ... make a mention vague; so do ``N years ago`` and
  ``N months ago``. ``N days ago`` is exact.

Mentions never overlap; the longest expression wins (``September 12, 2023`` is not also reported
as ``2023``).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from factcheck.numbers import MONTH_PATTERN, looks_like_year, month_number, parse_number_word

__all__ = ["TRIGGER_WORDS", "DateMention", "find_dates"]

TRIGGER_WORDS = frozenset(
    "on in since by until till through from to after before"
    " during of for between around last next this early late mid".split()
)
_BARE_MONTH_TRIGGERS = TRIGGER_WORDS | {"and", "or"}
_MAX_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = {d: i for i, d in enumerate(_WEEKDAY_NAMES)}


@dataclass(frozen=True)
class DateMention:
    """A date expression; ``start``/``end`` are character offsets in the sentence.

    ``precision`` is "year", "month" or "day"; fields finer than it are None. ``trigger`` is the
    span of the word right before the expression when it is one of :data:`TRIGGER_WORDS`.
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    precision: str
    vague: bool
    trigger: tuple[int, int] | None = None


_MON = rf"\b(?P<mon>{MONTH_PATTERN})\b(?:(?<!\w{{5}})(?<!may)(?<!june)(?<!july)\.)?"  # "Sept."
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ISO = _rx(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])")
_MDY = _rx(rf"{_MON}\s+{_DAY}(?:\s*,\s*|\s+)(?P<year>\d{{4}})(?!\d)")
_DMY = _rx(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MON},?\s+(?P<year>\d{{4}})(?!\d)")
_MD = _rx(rf"{_MON}\s+{_DAY}(?!\w|[.,]\d)")
_DM = _rx(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MON}")
_MY = _rx(rf"{_MON},?\s+(?:of\s+)?(?P<year>\d{{4}})(?!\d)")
_MONTH = _rx(  # bare month: full name, or abbreviation with its dot
    r"\b(?P<mon>(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)"
)
_YEAR = _rx(r"(?<![\w.,/$€£¥#])(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
_WEEKDAY = _rx(r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
_RELDAY = _rx(r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b")
_PERIOD = _rx(r"\b(?P<rel>last|this|next)\s+(?P<unit>year|month|week)\b")
_AGO = _rx(
    r"(?<![\w.,])(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"
)
# Words that may precede an expression, matched backwards from its start.
_MOD_BEFORE = _rx(
    r"(?:\b(?:early|late|mid|earlier|later)[-\s]+(?:in\s+)?"
    r"|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)$"
)
_REL_BEFORE = _rx(r"\b(?:this\s+past|this\s+coming|last|next|this|coming|past)\s+$")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_TOKEN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")

_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_RELDAY_WORDS = frozenset("today tonight yesterday tomorrow morning afternoon evening".split())

# Tense signals. Future: explicit future markers and present-tense verbs. Past: auxiliaries,
# common irregular past forms and lower-case "-ed" words.
_FUTURE = (
    r"will|'ll|won't|shall|would|scheduled|slated|expected|set\s+to|due|plans?\s+to|planned"
    r"|planning|going\s+to|upcoming|is|are|runs|ends|wraps|begins|starts|opens|closes|continues"
    r"|lasts|concludes|takes\s+place|meets|visits|arrives|leaves|heads|travels|hosts|holds"
)
_PAST = (
    r"was|were|had|has|have|did|said|told|ran|began|met|went|came|left|held|took|made|saw|gave"
    r"|spoke|sent|fled|flew|won|lost|fell|rose|led|brought|found|got|became|struck|shot|broke"
    r"|wrote|drove|stood|sat"
)
_SIGNAL = re.compile(
    rf"\b(?:(?P<f>(?i:{_FUTURE}))|(?i:{_PAST})"
    r"|(?!(?:hundred|indeed|need|speed|seed|feed|breed)\b)[a-z]{2,}ed)\b"
)
_BOUNDARY = _rx(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:which|who|whom|whose|that|while|but|and|when|where|whereas"
    r"|although|though|because)\b"
)
_CLAUSE_LIMIT = 200  # chars looked at on each side of a mention when reading its tense


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + delta, 12)
    return y, m + 1


def _closest_date(anchor: datetime.date, month: int, day: int) -> datetime.date | None:
    """The date with this month and day nearest to the anchor (ties go to the past)."""
    dates = [_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    valid = [d for d in dates if d is not None]
    if not valid:
        return None
    return min(valid, key=lambda d: (abs((d - anchor).days), d > anchor))


def _month_year(anchor: datetime.date, month: int, lo: int, hi: int) -> int:
    """Year of the first occurrence of ``month`` lying lo..hi months from the anchor's month."""
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if lo <= (year - anchor.year) * 12 + month - anchor.month <= hi:
            return year
    return anchor.year


def _week_month(monday: datetime.date) -> tuple[int, int] | None:
    """(year, month) when the week starting on ``monday`` lies in one month."""
    sunday = monday + datetime.timedelta(days=6)
    return (monday.year, monday.month) if monday.month == sunday.month else None


def _before(rx: re.Pattern[str], sentence: str, start: int) -> re.Match[str] | None:
    """Match of ``rx`` (anchored with ``$``) ending right at ``start``."""
    return rx.search(sentence, max(0, start - 24), start)


class _Sentence:
    """A sentence with its clause boundaries, computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _bounds(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            spans = [b.span() for b in _BOUNDARY.finditer(self.text)]
            self._starts = [s for s, _ in spans]
            self._ends = [e for _, e in spans]
        return self._starts, self._ends

    def tense(self, start: int, end: int) -> str:
        """'future', 'past' or '' for the clause around text[start:end] (see module doc)."""
        text, n = self.text, len(self.text)
        starts, ends = self._bounds()
        i = bisect_right(ends, start) - 1
        c0 = max(ends[i] if i >= 0 else 0, start - _CLAUSE_LIMIT)
        j = bisect_left(starts, end)
        c1 = min(starts[j] if j < len(starts) else n, end + _CLAUSE_LIMIT)
        signals = list(_SIGNAL.finditer(text, c0, start))
        found = signals[-1] if signals else _SIGNAL.search(text, end, c1)
        if found is None and j < len(starts):  # fronted adverbial: "On Monday, Putin arrived"
            c2 = ends[j]
            c3 = min(starts[j + 1] if j + 1 < len(starts) else n, c2 + _CLAUSE_LIMIT)
            found = _SIGNAL.search(text, c2, c3)
        if found is not None:
            return "future" if found["f"] else "past"
        word = _before(_WORD_BEFORE, text, start)
        if word and word[1].lower() in ("through", "until", "till", "by"):
            return "future"
        return ""


def _mention(
    sentence: str,
    span: tuple[int, int],
    year: int | None,
    month: int | None = None,
    day: int | None = None,
    vague: bool = False,
) -> DateMention:
    precision = "day" if day else "month" if month else "year"
    start, end = span
    return DateMention(start, end, sentence[start:end], year, month, day, precision, vague)


def _day_mention(
    sentence: str, span: tuple[int, int], d: datetime.date | None
) -> list[DateMention]:
    return [] if d is None else [_mention(sentence, span, d.year, d.month, d.day)]


def _with_modifier(sentence: str, m: re.Match[str]) -> tuple[tuple[int, int], bool]:
    """Span of ``m`` extended to a vague modifier before it (``late``, ``the end of``)."""
    mod = _before(_MOD_BEFORE, sentence, m.start())
    return ((mod.start() if mod else m.start()), m.end()), mod is not None


def _full_dates(sentence: str, anchor: datetime.date | None, names: bool) -> list[DateMention]:
    """Dates with a day: ISO, and if ``names``, month-day-year, day-month-year, month-day..."""
    out: list[DateMention] = []
    for m in _ISO.finditer(sentence):
        out += _day_mention(sentence, m.span(), _date(int(m["year"]), int(m["mon"]), int(m["day"])))
    if not names:
        return out
    for rx in (_MDY, _DMY):
        for m in rx.finditer(sentence):
            if mon := month_number(m["mon"]):
                out += _day_mention(sentence, m.span(), _date(int(m["year"]), mon, int(m["day"])))
    for rx in (_MD, _DM):
        for m in rx.finditer(sentence):
            mon, day = month_number(m["mon"]), int(m["day"])
            if not mon or not 1 <= day <= _MAX_DAY[mon - 1]:
                continue
            if anchor is None:
                out.append(_mention(sentence, m.span(), None, mon, day))
            else:
                out += _day_mention(sentence, m.span(), _closest_date(anchor, mon, day))
    return out


def _months(sent: _Sentence, anchor: datetime.date | None) -> list[DateMention]:
    """Month-year (``February 2022``) and bare months (``in July``, ``late July``)."""
    sentence = sent.text
    out: list[DateMention] = []
    for m in _MY.finditer(sentence):
        if mon := month_number(m["mon"]):
            span, vague = _with_modifier(sentence, m)
            out.append(_mention(sentence, span, int(m["year"]), mon, vague=vague))
    for m in _MONTH.finditer(sentence):
        if not (mon := month_number(m["mon"])):
            continue
        span, vague = _with_modifier(sentence, m)
        rel_m = None if vague else _before(_REL_BEFORE, sentence, m.start())
        rel = rel_m[0].split()[-1].lower() if rel_m else ""
        if rel_m:
            span = (rel_m.start(), m.end())
        elif not vague:
            word = _before(_WORD_BEFORE, sentence, m.start())
            if not word or word[1].lower() not in _BARE_MONTH_TRIGGERS:
                continue
        if anchor is None:
            if not rel:
                out.append(_mention(sentence, span, None, mon, vague=vague))
            continue
        if rel == "this":
            year = anchor.year
        else:
            if rel in ("last", "past"):
                lo, hi = -12, -1
            elif rel:
                lo, hi = 1, 12
            else:
                tense = sent.tense(m.start(), m.end())
                lo, hi = {"future": (0, 11), "past": (-11, 0)}.get(tense, (-8, 3))
            year = _month_year(anchor, mon, lo, hi)
        out.append(_mention(sentence, span, year, mon, vague=vague))
    return out


def _years(sentence: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _YEAR.finditer(sentence):
        if looks_like_year(sentence, m.start(), m.end()):
            span, vague = _with_modifier(sentence, m)
            out.append(_mention(sentence, span, int(m["year"]), vague=vague))
    return out


def _weekdays(sent: _Sentence, anchor: datetime.date) -> list[DateMention]:
    sentence = sent.text
    out: list[DateMention] = []
    for m in _WEEKDAY.finditer(sentence):
        rel_m = _before(_REL_BEFORE, sentence, m.start())
        rel = rel_m[0].split()[-1].lower() if rel_m else ""
        wd, today = _WEEKDAYS[m["wd"].lower()], anchor.weekday()
        if rel in ("last", "past"):
            back = (today - wd - 1) % 7 + 1
        elif rel in ("next", "coming"):
            back = -((wd - today - 1) % 7 + 1)
        elif sent.tense(m.start(), m.end()) == "future":
            back = -((wd - today) % 7)
        else:
            back = (today - wd) % 7
        span = (rel_m.start() if rel_m else m.start(), m.end())
        out += _day_mention(sentence, span, anchor - datetime.timedelta(days=back))
    return out


def _relative(sentence: str, anchor: datetime.date, words: set[str]) -> list[DateMention]:
    """Expressions relative to the anchor: today, last year, two years ago."""
    out: list[DateMention] = []
    day = datetime.timedelta(days=1)
    if words & _RELDAY_WORDS:
        for m in _RELDAY.finditer(sentence):
            text = m[0].lower()
            shift = -1 if text == "yesterday" else 1 if text == "tomorrow" else 0
            out += _day_mention(sentence, m.span(), anchor + shift * day)
    if words & {"year", "month", "week"} and words & {"last", "this", "next"}:
        for m in _PERIOD.finditer(sentence):
            span, vague = _with_modifier(sentence, m)
            word = _before(_WORD_BEFORE, sentence, m.start())
            if not vague and word and word[1].lower() == "the":  # "over the last year": a span
                continue
            shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
            unit = m["unit"].lower()
            if unit == "year":
                out.append(_mention(sentence, span, anchor.year + shift, vague=vague))
            elif unit == "month":
                ym = _shift_month(anchor.year, anchor.month, shift)
                out.append(_mention(sentence, span, *ym, vague=vague))
            elif ym_week := _week_month(anchor - (anchor.weekday() - 7 * shift) * day):
                out.append(_mention(sentence, span, *ym_week, vague=True))
    if "ago" in words:
        for m in _AGO.finditer(sentence):
            n_text = m["n"].lower()
            n = 1 if n_text in ("a", "an") else parse_number_word(n_text)
            if n is None or not 0 < n <= 1000:
                continue
            unit, span = m["unit"].lower(), m.span()
            if unit == "day":
                out += _day_mention(sentence, span, anchor - n * day)
            elif unit == "week":
                if ym_week := _week_month(anchor - (7 * n + 3) * day):
                    out.append(_mention(sentence, span, *ym_week, vague=True))
            elif unit == "month":
                ym = _shift_month(anchor.year, anchor.month, -n)
                out.append(_mention(sentence, span, *ym, vague=True))
            else:
                year = anchor.year - n * (10 if unit == "decade" else 1)
                out.append(_mention(sentence, span, year, vague=True))
    return out


def find_dates(sentence: str, anchor: datetime.date | None) -> list[DateMention]:
    """All date expressions in ``sentence``, resolved against ``anchor``, in order."""
    has_digit = _DIGIT.search(sentence) is not None
    words = set(_TOKEN.findall(sentence.lower()))
    has_month = not _MONTH_WORDS.isdisjoint(words)
    has_weekday = anchor is not None and not words.isdisjoint(_WEEKDAYS)
    if not (has_digit or has_month or has_weekday or anchor is not None):
        return []
    sent = _Sentence(sentence)
    found: list[DateMention] = []
    if has_digit:
        found += _years(sentence)
        found += _full_dates(sentence, anchor, has_month)
    if has_month:
        found += _months(sent, anchor)
    if anchor is not None:
        if has_weekday:
            found += _weekdays(sent, anchor)
        found += _relative(sentence, anchor, words)
    chosen: list[DateMention] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    result = []
    for c in sorted(chosen, key=lambda c: c.start):
        word = _before(_WORD_BEFORE, sentence, c.start)
        if word and word[1].lower() in TRIGGER_WORDS:
            c = replace(c, trigger=word.span(1))
        result.append(c)
    return result
