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


_PRECHECK = re.compile(
    rf"\d|\b(?:{MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tonight"
    r"|tomorrow|this\s+(?:morning|afternoon|evening)|(?:year|month|week|decade)s?)\b",
    re.IGNORECASE,
)
_MON = rf"\b(?P<mon>{MONTH_PATTERN})\b(?:(?<!\w{{5}})(?<!may)(?<!june)(?<!july)\.)?"  # "Sept."
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MOD = r"(?P<mod>(?:early|late|mid)[-\s]+|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)"
_REL = r"(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ISO = _rx(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])")
_MDY = _rx(rf"{_MON}\s+{_DAY}(?:\s*,\s*|\s+)(?P<year>\d{{4}})(?!\d)")
_DMY = _rx(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MON},?\s+(?P<year>\d{{4}})(?!\d)")
_MD = _rx(rf"{_MON}\s+{_DAY}(?!\w|[.,]\d)")
_DM = _rx(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MON}")
_MY = _rx(rf"(?:\b{_MOD})?{_MON},?\s+(?:of\s+)?(?P<year>\d{{4}})(?!\d)")
_MONTH = _rx(  # bare month: full name, or abbreviation with its dot
    rf"(?:\b{_MOD}|\b{_REL})?\b(?P<mon>(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)"
)
_YEAR = _rx(rf"(?:\b{_MOD})?(?<![\w.,/$€£¥#])(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
_WEEKDAY = _rx(rf"\b(?:{_REL})?(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
_RELDAY = _rx(r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b")
_PERIOD = _rx(
    r"\b(?:(?P<mod>(?:early|late|mid|earlier|later)[-\s]+(?:in\s+)?"
    r"|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+))?"
    r"(?P<rel>last|this|next)\s+(?P<unit>year|month|week)\b"
)
_AGO = _rx(
    r"(?<![\w.,])(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"
)
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")

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


def _word_before(sentence: str, start: int) -> re.Match[str] | None:
    return _WORD_BEFORE.search(sentence, max(0, start - 20), start)


def _tense(sentence: str, start: int, end: int) -> str:
    """'future', 'past' or '' for the clause around sentence[start:end] (see module doc)."""
    bounds = [(b.start(), b.end()) for b in _BOUNDARY.finditer(sentence)]
    c0 = max((e for s, e in bounds if e <= start), default=0)
    c1 = min((s for s, e in bounds if s >= end), default=len(sentence))
    signals = list(_SIGNAL.finditer(sentence, c0, start))
    found = signals[-1] if signals else _SIGNAL.search(sentence, end, c1)
    if found is None and c1 < len(sentence):
        c2 = next((e for s, e in bounds if s >= c1), c1)
        c3 = min((s for s, e in bounds if s >= c2), default=len(sentence))
        found = _SIGNAL.search(sentence, c2, c3)
    if found is not None:
        return "future" if found["f"] else "past"
    word = _word_before(sentence, start)
    if word and word[1].lower() in ("through", "until", "till", "by"):
        return "future"
    return ""


def _mention(
    m: re.Match[str],
    year: int | None,
    month: int | None = None,
    day: int | None = None,
    vague: bool = False,
) -> DateMention:
    precision = "day" if day else "month" if month else "year"
    return DateMention(m.start(), m.end(), m[0], year, month, day, precision, vague)


def _day_mention(m: re.Match[str], d: datetime.date | None) -> list[DateMention]:
    return [] if d is None else [_mention(m, d.year, d.month, d.day)]


def _absolute(sentence: str, anchor: datetime.date | None) -> list[DateMention]:
    """Full dates, month-day, month-year, bare months and bare years."""
    out: list[DateMention] = []
    for m in _ISO.finditer(sentence):
        out += _day_mention(m, _date(int(m["year"]), int(m["mon"]), int(m["day"])))
    for rx in (_MDY, _DMY):
        for m in rx.finditer(sentence):
            if mon := month_number(m["mon"]):
                out += _day_mention(m, _date(int(m["year"]), mon, int(m["day"])))
    for rx in (_MD, _DM):
        for m in rx.finditer(sentence):
            mon, day = month_number(m["mon"]), int(m["day"])
            if not mon or not 1 <= day <= _MAX_DAY[mon - 1]:
                continue
            if anchor is None:
                out.append(_mention(m, None, mon, day))
            else:
                out += _day_mention(m, _closest_date(anchor, mon, day))
    for m in _MY.finditer(sentence):
        if mon := month_number(m["mon"]):
            out.append(_mention(m, int(m["year"]), mon, vague=bool(m["mod"])))
    for m in _MONTH.finditer(sentence):
        mon = month_number(m["mon"])
        if not mon:
            continue
        rel = m["rel"].split()[-1].lower() if m["rel"] else ""
        if not rel and not m["mod"]:
            word = _word_before(sentence, m.start())
            if not word or word[1].lower() not in _BARE_MONTH_TRIGGERS:
                continue
        if anchor is None:
            if not rel:
                out.append(_mention(m, None, mon, vague=bool(m["mod"])))
            continue
        if rel == "this":
            year = anchor.year
        else:
            if rel in ("last", "past"):
                lo, hi = -12, -1
            elif rel:
                lo, hi = 1, 12
            else:
                tense = _tense(sentence, m.start(), m.end())
                lo, hi = {"future": (0, 11), "past": (-11, 0)}.get(tense, (-8, 3))
            year = _month_year(anchor, mon, lo, hi)
        out.append(_mention(m, year, mon, vague=bool(m["mod"])))
    for m in _YEAR.finditer(sentence):
        if looks_like_year(sentence, m.start("year"), m.end("year")):
            out.append(_mention(m, int(m["year"]), vague=bool(m["mod"])))
    return out


def _relative(sentence: str, anchor: datetime.date) -> list[DateMention]:
    """Weekdays and expressions relative to the anchor (today, last year, two years ago)."""
    out: list[DateMention] = []
    day = datetime.timedelta(days=1)
    for m in _WEEKDAY.finditer(sentence):
        rel = m["rel"].split()[-1].lower() if m["rel"] else ""
        wd = _WEEKDAYS[m["wd"].lower()]
        if rel in ("last", "past"):
            back = (anchor.weekday() - wd - 1) % 7 + 1
        elif rel in ("next", "coming"):
            back = -((wd - anchor.weekday() - 1) % 7 + 1)
        elif _tense(sentence, m.start(), m.end()) == "future":
            back = -((wd - anchor.weekday()) % 7)
        else:
            back = (anchor.weekday() - wd) % 7
        out += _day_mention(m, anchor - back * day)
    for m in _RELDAY.finditer(sentence):
        text = m[0].lower()
        shift = -1 if text == "yesterday" else 1 if text == "tomorrow" else 0
        out += _day_mention(m, anchor + shift * day)
    for m in _PERIOD.finditer(sentence):
        if not m["mod"]:
            word = _word_before(sentence, m.start())
            if word and word[1].lower() == "the":  # "over the last year": a span, not a date
                continue
        shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        vague = bool(m["mod"])
        unit = m["unit"].lower()
        if unit == "year":
            out.append(_mention(m, anchor.year + shift, vague=vague))
        elif unit == "month":
            out.append(_mention(m, *_shift_month(anchor.year, anchor.month, shift), vague=vague))
        elif ym := _week_month(anchor - (anchor.weekday() - 7 * shift) * day):
            out.append(_mention(m, *ym, vague=True))
    for m in _AGO.finditer(sentence):
        n_text = m["n"].lower()
        n = 1 if n_text in ("a", "an") else parse_number_word(n_text)
        if n is None or not 0 < n <= 1000:
            continue
        unit = m["unit"].lower()
        if unit == "day":
            out += _day_mention(m, anchor - n * day)
        elif unit == "week":
            if ym := _week_month(anchor - (7 * n + 3) * day):
                out.append(_mention(m, *ym, vague=True))
        elif unit == "month":
            out.append(_mention(m, *_shift_month(anchor.year, anchor.month, -n), vague=True))
        else:
            out.append(_mention(m, anchor.year - n * (10 if unit == "decade" else 1), vague=True))
    return out


def find_dates(sentence: str, anchor: datetime.date | None) -> list[DateMention]:
    """All date expressions in ``sentence``, resolved against ``anchor``, in order."""
    if not _PRECHECK.search(sentence):
        return []
    found = _absolute(sentence, anchor)
    if anchor is not None:
        found += _relative(sentence, anchor)
    chosen: list[DateMention] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    result = []
    for c in sorted(chosen, key=lambda c: c.start):
        word = _word_before(sentence, c.start)
        if word and word[1].lower() in TRIGGER_WORDS:
            c = replace(c, trigger=word.span(1))
        result.append(c)
    return result
