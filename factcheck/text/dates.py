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
  to 3 months after the anchor's month. ``last July``/``next July`` are the nearest July strictly
  before/after the anchor's month. ``may``, ``march`` and ``mar`` only count when capitalised.
* Weekdays resolve to a date at most 6 days from the anchor: ``last``/``this past`` -> strictly
  before the anchor, ``next``/``coming`` -> strictly after. Otherwise the clause decides: the
  tense signal (verb) nearest before the weekday in its clause, else the first one after it,
  else the first one of the following clause (``On Monday, Mr. Putin arrived ...``). Future
  markers (``will``, ``is scheduled``, ``expected``) and present-tense verbs (``runs``,
  ``ends``, ``wraps up``, ``is``; verbs of a schedule, ``takes place``, ``kicks off``,
  ``resumes``, ``faces``, when no determiner, owner or number makes them a plural noun) pick
  the coming weekday (the anchor itself included); past
  verbs (``said``, ``had``, ``-ed`` forms) pick the latest one on or before the anchor; a
  participle after ``be`` or ``being`` (``will be held``, ``to be played``) is no signal, its
  tense is the auxiliary's. With no
  verb at all, ``through``/``until``/``by`` before the weekday mean coming; the default is past.
  A weekday after an article or a quantifier (``on a Monday``, ``every Sunday``) is no date,
  nor one in a clause of `after`/`before`/`since`/`while` and an -ing verb, or of
  `after`/`before`/`since`/`following` and a noun phrase, when the main clause is future (``will
  face Castleford on Friday after beating Wigan on Saturday``, ``will fly home after his victory
  on Sunday``): its tense is not told.
  A weekday written next to a full date (``Tuesday, Sept. 12``) joins that date's mention. A
  possessive weekday (``Wednesday's crash is the worst``) names a day the reader knows: it is
  the latest one, unless an explicit future marker (``will``, ``scheduled``, ``ahead of``) says
  coming; present-tense verbs do not. A weekday closing the subject of ``is``/``are`` (``The
  tram crash on Wednesday is ...``) is the latest one when the predicate tells a past event
  (``the worst in decades``, ``being investigated``, ``believed to have``), the coming one
  for a plan (``expected to``, ``due to``), and otherwise not read.
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
from typing import Any

from factcheck.text.numbers import looks_like_year, month_number, parse_number_word

__all__ = ["TRIGGER_WORDS", "DateMention", "find_dates"]

TRIGGER_WORDS = frozenset(
    "on in since by until till through from to after before"
    " during of for between around last next this early late mid".split()
)
_BARE_MONTH_TRIGGERS = (TRIGGER_WORDS - {"on"}) | {"and", "or"}
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_FULL_MONTHS = frozenset(w for w in _MONTH_WORDS if len(w) > 4 or w in ("may", "june", "july"))
_MAX_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = {d: i for i, d in enumerate(_WEEKDAY_NAMES)}
_WEEKDAY_ABBREVIATIONS = {
    **{d[:3]: i for i, d in enumerate(_WEEKDAY_NAMES)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
"""``Tue.``, ``Thurs.``: taken only capitalised and with their dot, and ``Sun.`` not after
``the`` (a newspaper)."""
_RELDAY_WORDS = frozenset(
    "today tonight yesterday tomorrow morning afternoon evening night".split()
)

# Tense signals. Future: explicit future markers and present-tense verbs. Past: auxiliaries,
# common irregular past forms and lower-case "-ed" words.
_FUTURE_MARKERS = frozenset(
    "will won't shall would scheduled slated expected due plan plans planned planning"
    " upcoming".split()
)
_PRESENT_WORDS = frozenset(
    "is are runs ends wraps begins starts opens closes continues lasts concludes meets visits"
    " arrives leaves heads travels hosts holds reports".split()
)
_FUTURE_WORDS = _FUTURE_MARKERS | _PRESENT_WORDS
_SCHEDULE_VERBS = frozenset(
    "takes kicks gets goes resumes airs premieres debuts launches returns plays faces convenes"
    " reconvenes votes hears".split()
)
"""Present-tense verbs of a scheduled event (`The final takes place on Sunday`, `kicks off`,
`resumes`, `faces a hearing`): a present signal like ``_PRESENT_WORDS``, but only where no
determiner, owner or number stands right before them (`the votes on Monday`, `its plays`:
nouns)."""
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s+$")
"""Right before a word: a number in figures, which makes it a plural noun (`by 34 votes`)."""
_NOUN_BEFORE = frozenset(
    "the a an its his her their our my your this that these those two three four five six"
    " seven eight nine ten".split()
)
_PLAN_NOUNS = frozenset({"plan", "plans"})
_NOUN_OPENERS = frozenset("the its his her their our my your these those".split())
"""Words after which `plan`/`plans` is a noun (`unveiled its plans`), not a verb of the future."""
_ATTRIBUTIVE_OPENERS = _NOUN_OPENERS | {"a", "an", "of"}
_NOT_A_NOUN = frozenset("to for on in at by and or but that with as".split())
"""After `planned` between a determiner (or `of`) and a lower-case word: words that make it a
verb or a predicate (`the planned to`), not an adjective of that word."""
_PAST_WORDS = frozenset(
    "was were had has have did said told ran began met went came left held took made saw gave"
    " spoke sent fled flew won lost fell rose led brought found got became struck shot broke"
    " wrote drove stood sat".split()
)
_PASSIVE_BE = frozenset({"be", "being"})
"""Before a participle that tells no past (`will be held`, `is being questioned`): `be` takes
its tense from a modal or `to` before it."""
_NOT_PAST = frozenset(
    "need speed seed feed breed bleed proceed succeed exceed indeed hundred embed".split()
)


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
    slack: int = 0
    """Days by which the event may also lie from the date: ``last night`` (+1: the
    publication day's evening fits too), a time in the small hours (-1: the night before)."""
    kind: str = ""
    """How the date was read when not written out: ``last-night``, ``day-before`` (relative to
    another date of the sentence), ``small-hours``, ``weekday-abbreviation``."""
    guessed_year: bool = False
    """The year was not written (`June 9th`, `22 July`) but taken from the publication date:
    the month and day are the article's, the year only the nearest fitting one."""


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_TOKEN = re.compile(r"[A-Za-z]+")
_SIGNAL_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_DIGIT = re.compile(r"\d")
_ISO = _rx(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])")
_YEAR = _rx(r"(?<![\w.,/$€£¥#])(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
# What may follow a month name: "Sept. 12, 2023", "July 27", "February 2022".
_AFTER_MONTH = _rx(
    r"(?P<dot>\.)?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\w|[.,]\d)"
    r"(?:(?:\s*,\s*|\s+)(?P<year>\d{4})(?!\d))?"
    r"|,?\s+(?:of\s+)?(?P<myear>\d{4})(?!\d))?"
)
_DAY_BEFORE = _rx(r"(?<![\w.,])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_RELDAY = _rx(
    r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
)
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
_PUNCT_BOUNDARY = re.compile(r"[,;()\u2013\u2014]|(?<!\d):(?!\d)|\s-\s")
"""Clause boundaries; the colon of a time (``6:10am``) is none."""
_WORD_BOUNDARIES = frozenset(
    "which who whom whose that while but and when where whereas although though because".split()
)
_DATE_GAP = re.compile(r"\s*[,(\u2013\u2014-]?\s*(?:a\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_AHEAD = _rx(r"\bahead\s+of\s+$")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[;:]\s*|\b(?:that|but|and)\s+)[\"“‘']?(?:[Tt]he|[Tt]his)\s+(?:[a-z][a-z-]*\s+){1,3}on\s+$"
)
"""A subject's noun phrase before `on` and a weekday (`The tram crash on`), opening its clause."""
_PAST_PREDICATE = _rx(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:(?:the|a)\s+(?:worst|deadliest|bloodiest|costliest|most\s+(?:serious|deadly|lethal))\b"
    r"(?:\s+[\w-]+){0,8}?\s+(?:since|in\s+(?:decades|years|a\s+decade|a\s+generation"
    r"|living\s+memory|\d+\s+years)|on\s+record)\b"
    r"|being\s+(?:investigated|probed|examined)\b|under\s+investigation\b"
    r"|(?:believed|thought|understood|feared|known)\s+to\s+have\b)"
)
"""What a present-tense verb after a weekday in its subject says only of a past event: a
record of harm (`is the worst in decades`, `the deadliest since 2004`), an inquiry (`is being
investigated`), a perfect infinitive (`is believed to have killed`)."""
_PRESENT_PREDICATE = _rx(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:is|are)\b")
_PLAN_PREDICATE = _rx(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:is|are)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:expected|scheduled|due|set|slated|planned|likely|going|poised|to|being\s+prepared)\b"
)
"""A plan after a weekday in the subject (`The talks on Wednesday are expected to last`,
`is due to`, `is to be held`): the coming day."""
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


def _signals(text: str, lo: int, hi: int, present: bool = True) -> list[str]:
    """Tense signals ('future'/'past') of the words in text[lo:hi], in order; with ``present``
    False, present-tense verbs (``is``, ``runs``) are no signal."""
    found = list(_SIGNAL_TOKEN.finditer(text, lo, hi))
    tokens = [m.group() for m in found]
    out = []
    future = _FUTURE_WORDS if present else _FUTURE_MARKERS
    for i, tok in enumerate(tokens):
        w = tok.lower().replace("\u2019", "'")
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if w in _PLAN_NOUNS and i and tokens[i - 1].lower() in _NOUN_OPENERS:
            continue  # `unveiled its plans`: a noun, no future marker
        if w == "planned" and _attributive(tokens, i):
            continue  # `four rounds of planned outages`: an adjective, no future marker
        if w in future or w.endswith("'ll") or (w in ("set", "going") and nxt == "to"):
            out.append("future")
        elif (
            present
            and w in _SCHEDULE_VERBS
            and tok.islower()
            and _verb_after(tokens, i)
            and not _NUMBER_BEFORE.search(text, max(0, found[i].start() - 16), found[i].start())
        ):
            out.append("future")  # `The final takes place on Sunday`: a schedule
        elif i and tokens[i - 1].lower() in _PASSIVE_BE:
            continue  # `will be held`, `to be played`: a participle, its tense the auxiliary's
        elif w in _PAST_WORDS or (
            tok.islower() and len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST
        ):
            out.append("past")
    return out


def _verb_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` follows no determiner, owner or number (``_NOUN_BEFORE``, a
    possessive): a verb, not a plural noun (`the votes`, `Smith's plays`)."""
    if not i:
        return True
    before = tokens[i - 1].lower()
    return before not in _NOUN_BEFORE and not before.endswith(("'s", "\u2019s"))


def _attributive(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` stands between a determiner or `of` and a lower-case word that it
    describes (`of planned outages`, `the planned blackouts`): an adjective, which tells
    nothing of the clause's tense; `PG&E planned outages`, `had planned to` stay verbs."""
    if not 0 < i < len(tokens) - 1 or tokens[i - 1].lower() not in _ATTRIBUTIVE_OPENERS:
        return False
    following = tokens[i + 1]
    return following.isalpha() and following.islower() and following not in _NOT_A_NOUN


def _words_rx(words: frozenset[str]) -> re.Pattern[str]:
    """A whole run of ASCII letters (see _TOKEN) that is one of ``words``, in lower case."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(ordered) + r")(?![A-Za-z])")


_DATE_NAMES = frozenset(_MONTH_WORDS | _WEEKDAYS.keys() | _WEEKDAY_ABBREVIATIONS.keys())
DATE_NAMES = _DATE_NAMES
"""Names of months and weekdays, and their abbreviations, lower-cased: capitalised, yet no
one's name."""
_DATE_NAME = _words_rx(_DATE_NAMES)
_BOUNDARY_WORD = _words_rx(_WORD_BOUNDARIES)
_LOWERED_APART = ("\u0130", "\u212a")
"""İ and the Kelvin sign: lower() makes them two characters, or an ASCII letter."""


class _Sentence:
    """A sentence, its words and its clause boundaries (computed on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # lower case, letter for letter (the same runs of ASCII letters), when it can be
        apart = any(c in text for c in _LOWERED_APART)
        self._lowered = None if apart else text.lower()
        self._tokens: list[tuple[int, int, str]] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        """(start, end, lower-case word) of every run of ASCII letters."""
        if self._tokens is None:
            self._tokens = [(t.start(), t.end(), t[0].lower()) for t in _TOKEN.finditer(self.text)]
        return self._tokens

    def words_in(self, rx: re.Pattern[str], words: frozenset[str]) -> list[tuple[int, int, str]]:
        """The ``tokens`` that are one of ``words`` (``rx`` is ``_words_rx(words)``)."""
        if self._lowered is None:
            return [t for t in self.tokens if t[2] in words]
        return [(m.start(), m.end(), m[0]) for m in rx.finditer(self._lowered)]

    def _bounds(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            spans = [b.span() for b in _PUNCT_BOUNDARY.finditer(self.text)]
            found = self.words_in(_BOUNDARY_WORD, _WORD_BOUNDARIES)
            spans += [(s, e) for s, e, _ in found]
            spans.sort()
            self._starts = [s for s, _ in spans]
            self._ends = [e for _, e in spans]
        return self._starts, self._ends

    def tense(self, start: int, end: int, present: bool = True) -> str:
        """'future', 'past' or '' for the clause around text[start:end] (see module doc); with
        ``present`` False, present-tense verbs say nothing of the date's tense."""
        text, n = self.text, len(self.text)
        starts, ends = self._bounds()
        i = bisect_right(ends, start) - 1
        c0 = max(ends[i] if i >= 0 else 0, start - _CLAUSE_LIMIT)
        j = bisect_left(starts, end)
        c1 = min(starts[j] if j < len(starts) else n, end + _CLAUSE_LIMIT)
        found = _signals(text, c0, start, present)[-1:] or _signals(text, end, c1, present)[:1]
        if not found and j < len(starts):  # fronted adverbial: "On Monday, Putin arrived"
            c2 = ends[j]
            c3 = min(starts[j + 1] if j + 1 < len(starts) else n, c2 + _CLAUSE_LIMIT)
            found = _signals(text, c2, c3, present)[:1]
        if found:
            return found[0]
        word = _before(_WORD_BEFORE, text, start)
        if word and word[1].lower() in ("through", "until", "till", "by"):
            return "future"
        return ""

    def past_only(self, start: int, end: int) -> bool:
        """Whether the clause around text[start:end] has a past verb and no future marker or
        present-tense verb (``went missing on March 8``, not ``will be held on Jan 3`` nor
        ``the delayed opening is on March 8``)."""
        starts, ends = self._bounds()
        i = bisect_right(ends, start) - 1
        c0 = max(ends[i] if i >= 0 else 0, start - _CLAUSE_LIMIT)
        j = bisect_left(starts, end)
        c1 = min(starts[j] if j < len(starts) else len(self.text), end + _CLAUSE_LIMIT)
        signals = _signals(self.text, c0, c1)
        return "past" in signals and "future" not in signals


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


def _modifier_start(sentence: str, start: int) -> int | None:
    """Start of a vague modifier (``late``, ``mid-``, ``the end of``) right before ``start``."""
    mod = _before(_MOD_BEFORE, sentence, start)
    return mod.start() if mod else None


def _day_of_month(
    sentence: str,
    span: tuple[int, int],
    anchor: datetime.date | None,
    month: int,
    day: int,
    year: str | None,
) -> list[DateMention]:
    """A month-day date; without a written year it is inferred from the anchor."""
    if year:
        return _day_mention(sentence, span, _date(int(year), month, day))
    if not 1 <= day <= _MAX_DAY[month - 1]:
        return []
    if anchor is None:
        return [_mention(sentence, span, None, month, day)]
    found = _day_mention(sentence, span, _closest_date(anchor, month, day))
    return [replace(d, guessed_year=True) for d in found]


def _month_dates(
    sent: _Sentence, anchor: datetime.date | None, start: int, end: int
) -> list[DateMention]:
    """Expressions around the month name text[start:end]: full dates, month-day, day-month,
    month-year and bare months."""
    sentence = sent.text
    word = sentence[start:end]
    mon = month_number(word)
    after = _AFTER_MONTH.match(sentence, end)
    if mon is None or after is None:
        return []
    abbreviation = word.lower() not in _FULL_MONTHS
    name_end = end + 1 if after["dot"] and abbreviation else end
    out: list[DateMention] = []
    if after["day"]:  # Sept. 12, 2023 / July 27
        span = (start, after.end())
        found = _day_of_month(sentence, span, anchor, mon, int(after["day"]), after["year"])
        out += found if after["year"] else [_past_year(sent, anchor, d) for d in found]
    if before := _before(_DAY_BEFORE, sentence, start):  # 12 September 2023 / 27 July
        span = (before.start(), after.end() if after["myear"] else name_end)
        found = _day_of_month(sentence, span, anchor, mon, int(before["day"]), after["myear"])
        out += found if after["myear"] else [_past_year(sent, anchor, d) for d in found]
    if out:
        return out
    mod = _modifier_start(sentence, start)
    vague = mod is not None
    if after["myear"]:  # February 2022, late July 2023
        span = (start if mod is None else mod, after.end())
        return [_mention(sentence, span, int(after["myear"]), mon, vague=vague)]
    if abbreviation and name_end == end:  # a bare "Jan" or "Sept" may be a name
        return []
    rel_m = None if vague else _before(_REL_BEFORE, sentence, start)
    rel = rel_m[0].split()[-1].lower() if rel_m else ""
    if mod is None and rel_m is None:
        prev = _before(_WORD_BEFORE, sentence, start)
        if not prev or prev[1].lower() not in _BARE_MONTH_TRIGGERS:
            return []
    span = (mod if mod is not None else rel_m.start() if rel_m else start, name_end)
    if anchor is None:
        return [] if rel else [_mention(sentence, span, None, mon, vague=vague)]
    if rel == "this":
        return [_mention(sentence, span, anchor.year, mon)]
    if rel in ("last", "past"):
        lo, hi = -12, -1
    elif rel:
        lo, hi = 1, 12
    else:
        tense = sent.tense(start, name_end)
        lo, hi = {"future": (0, 11), "past": (-11, 0)}.get(tense, (-8, 3))
    return [_mention(sentence, span, _month_year(anchor, mon, lo, hi), mon, vague=vague)]


PAST_DAY_AHEAD = 31
"""Days after the publication date past which a month and day without a year, in a clause
whose verb is past, are last year's: an act told in the past tense is no coming one."""


def _past_year(sent: _Sentence, anchor: datetime.date | None, date: DateMention) -> DateMention:
    """``date``, a month and day written without a year; when it lies more than
    ``PAST_DAY_AHEAD`` days after the anchor and its clause is in the past tense (`MH370 went
    missing on March 8`, in an article of 30 December 2014), the same day a year before."""
    if anchor is None or date.year is None or date.month is None or date.day is None:
        return date
    day = _date(date.year, date.month, date.day)
    if day is None or (day - anchor).days <= PAST_DAY_AHEAD:
        return date
    if not sent.past_only(date.start, date.end):
        return date
    earlier = _date(date.year - 1, date.month, date.day)
    return date if earlier is None else replace(date, year=earlier.year)


_ANY_WEEKDAY = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ee]very|[Ee]ach)\s+$")
"""Right before a weekday: an article or a quantifier (`on a Monday`, `every Sunday`): a day of
that name, not one near the article's date."""


_UNTENSED_CLAUSE = re.compile(
    r"\b(?:after|before|since|while)\s+[a-z]+ing\b[^,;:.!?]{0,60}$"
    r"|\b(?:after|before|since|following)\s+(?:his|her|its|their|the)\s+[^,;:.!?]{0,60}$"
)
"""Before a weekday in its clause: `after`, `before`, `since` or `while` and an -ing verb, or
`after`, `before`, `since` or `following` and a noun phrase, with no tense of their own (`after
beating Wigan on Saturday`, `after his victory at the Irish Open on Sunday`): a future main
clause does not tell whether that weekday is past or coming (a past one does: `fell into the
well while harvesting vegetables on Monday`)."""


def _weekday(sent: _Sentence, anchor: datetime.date, start: int, end: int) -> list[DateMention]:
    """The weekday name at text[start:end], resolved to a date near the anchor."""
    sentence = sent.text
    rel_m = _before(_REL_BEFORE, sentence, start)
    rel = rel_m[0].split()[-1].lower() if rel_m else ""
    name = sentence[start:end].lower()
    wd = _WEEKDAYS[name] if name in _WEEKDAYS else _WEEKDAY_ABBREVIATIONS[name]
    today = anchor.weekday()
    if _ANY_WEEKDAY.search(sentence, max(0, start - 8), start):
        return []  # `on a Monday afternoon`: which Monday, the sentence does not say
    if rel in ("last", "past"):
        back = (today - wd - 1) % 7 + 1
    elif rel in ("next", "coming"):
        back = -((wd - today - 1) % 7 + 1)
    elif _POSSESSIVE.match(sentence, end):  # `Wednesday's crash`: a day already named
        ahead = _AHEAD.search(sentence, max(0, start - 24), start) is not None
        future = ahead or sent.tense(start, end, present=False) == "future"
        back = -((wd - today) % 7) if future else (today - wd) % 7
    elif subject := _in_subject(sentence, start, end):
        if subject == "unsure":
            return []  # `The tram crash on Wednesday is a tragedy`: past or coming, untold
        back = (today - wd) % 7
        found = _day_mention(sentence, (start, end), anchor - datetime.timedelta(days=back))
        return [replace(d, kind="weekday-in-subject") for d in found]
    elif sent.tense(start, end) == "future":
        if _UNTENSED_CLAUSE.search(sentence, max(0, start - 80), start):
            return []  # `will face Castleford on Friday after beating Wigan on Saturday`
        back = -((wd - today) % 7)
    else:
        back = (today - wd) % 7
    abbreviated = name not in _WEEKDAYS
    span = (rel_m.start() if rel_m else start, end + 1 if abbreviated else end)
    found = _day_mention(sentence, span, anchor - datetime.timedelta(days=back))
    return [replace(d, kind="weekday-abbreviation") for d in found] if abbreviated else found


def _in_subject(sentence: str, start: int, end: int) -> str:
    """For a weekday at ``start:end`` that closes the subject of `is`/`are`: ``past`` when
    the predicate tells a past event (`The tram crash on Wednesday is the worst in decades`:
    the latest such day, though `is` would pick the coming one), ``unsure`` when it tells
    neither a past event nor a plan (`is a tragedy`, `are the first in years`: not read), ''
    for a plan (`The talks on Wednesday are expected to`: the coming one) or any other
    shape."""
    if _SUBJECT_BEFORE.search(sentence, max(0, start - 60), start) is None:
        return ""
    if _PAST_PREDICATE.match(sentence, end) is not None:
        return "past"
    if _PRESENT_PREDICATE.match(sentence, end) is None:
        return ""
    return "" if _PLAN_PREDICATE.match(sentence, end) is not None else "unsure"


def _abbreviated_weekday(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a weekday abbreviation (``Tue.``)."""
    name = sentence[start:end]
    if name.lower() not in _WEEKDAY_ABBREVIATIONS or not name[:1].isupper():
        return False
    if not sentence.startswith(".", end):
        return False
    prev = _before(_WORD_BEFORE, sentence, start)
    return not (name.lower() == "sun" and prev is not None and prev[1].lower() == "the")


def _numeric(sentence: str) -> list[DateMention]:
    """ISO dates and bare years (``in 1991``, ``early 2022``, ``since 1815``)."""
    out: list[DateMention] = []
    for m in _ISO.finditer(sentence) if "-" in sentence else ():
        out += _day_mention(sentence, m.span(), _date(int(m["year"]), int(m["mon"]), int(m["day"])))
    for m in _YEAR.finditer(sentence):
        if looks_like_year(sentence, m.start(), m.end()):
            mod = _modifier_start(sentence, m.start())
            span = (m.start() if mod is None else mod, m.end())
            out.append(_mention(sentence, span, int(m["year"]), vague=mod is not None))
    if _EARLY_YEAR_CUE.search(sentence):
        out += _early_years(sentence, [d.end for d in out if d.precision == "year"])
    return out


_EARLY_YEAR = re.compile(r"(?<!\S)(?P<year>1[0-8]\d\d)(?![\w/]|[.,]\d)")
"""A number from 1000 to 1899 standing apart (not `£1500`, `A1815`, `3.1815`): the word
before it must be `in`/`since` or a connector after a year, see ``_early_years``."""
_EARLY_YEAR_CUE = re.compile(r"(?<!\d)1[0-8]\d\d(?!\d)")
_EARLY_YEAR_TRIGGERS = frozenset(("in", "since"))
"""The words after which a number from 1000 to 1899 is a year (``in 1815``, ``since 1886``).
Not ``by``/``from``/``until`` (``rose by 1500``, ``from 1200 to 1500``, ``until 1800``: a
count or a clock time as often), nor ``c.``/``circa``, whose year is only approximate."""
_EARLY_YEAR_END = re.compile(
    r"\s*(?:$|[.;:!?)\]]|,(?!\d)|-RRB-|(?:AD|CE)\b"
    r"|(?:and|or|to|till|until|through|but|when|while|as|at|after|before|by|with|for"
    r"|from|in|on|during|under|against|the|a|an|his|her|its|their|he|she|it|they"
    r"|was|were|is|are|had|has|have|did|that|which|who|where)(?![\w'’-]))"
)
"""What may follow a year before 1900: the end of its clause, or a function word (``in 1815
and``, ``in 1886 the mill``). Any other word may be what the number counts (``in 1500 races``,
``1500 people``); an apostrophe (``1890 's``) makes a decade, a hyphen a range or a compound
(``1815-16``, ``1500-seat``)."""
_EARLY_YEAR_JOIN = re.compile(r"\s*(?:,|and|or|to|till|until|through|[-–—])\s*$", re.I)
_JOINED_NUMBER = re.compile(
    r"\s*(?:,\s*)?(?:and|or|to|till|until|through|[-–—])\s*(?P<num>\d+)(?![\w.,]\d|\w)", re.I
)


def _early_year_ends(sentence: str, m: re.Match[str]) -> bool:
    """Whether the number ``m`` (1000 to 1899) ends like a year, and a number it is joined to
    (``in 1815 and 1816``, ``from 1200 to 1500 people``) is a year too."""
    if _EARLY_YEAR_END.match(sentence, m.end()) is None:
        return False
    joined = _JOINED_NUMBER.match(sentence, m.end())
    if joined is None:
        return True
    num = joined["num"]
    return len(num) == 4 and 1000 <= int(num) <= 2099 and _year_ends(sentence, joined.end("num"))


def _year_ends(sentence: str, end: int) -> bool:
    """Whether a number ending at ``end`` ends like a year (see ``_EARLY_YEAR_END``)."""
    tail = _EARLY_YEAR_END.match(sentence, end)
    return tail is not None and not _JOINED_NUMBER.match(sentence, end)


def _early_years(sentence: str, year_ends: list[int]) -> list[DateMention]:
    """Years from 1000 to 1899, read only after ``in``/``since`` (``began in 1815``) or joined
    to a year so read (``in 1814 and 1815``); their kind is ``year-before-1900``."""
    out: list[DateMention] = []
    ends = list(year_ends)
    for m in _EARLY_YEAR.finditer(sentence):
        word = _before(_WORD_BEFORE, sentence, m.start())
        after_trigger = word is not None and word[1].lower() in _EARLY_YEAR_TRIGGERS
        join = None if after_trigger else _before(_EARLY_YEAR_JOIN, sentence, m.start())
        joined = join is not None and any(join.start() == e for e in ends)
        if not (after_trigger or joined) or not _early_year_ends(sentence, m):
            continue
        found = _mention(sentence, m.span(), int(m["year"]))
        out.append(replace(found, kind="year-before-1900"))
        ends.append(m.end())
    return out


def _relative(sentence: str, anchor: datetime.date, words: set[str]) -> list[DateMention]:
    """Expressions relative to the anchor: today, last year, two years ago."""
    out: list[DateMention] = []
    day = datetime.timedelta(days=1)
    if not words.isdisjoint(_RELDAY_WORDS):
        for m in _RELDAY.finditer(sentence):
            text = m[0].lower()
            if text.startswith("last"):  # the evening before publication, or of the same day
                found = _day_mention(sentence, m.span(), anchor - day)
                out += [replace(d, slack=1, kind="last-night") for d in found]
                continue
            shift = -1 if text == "yesterday" else 1 if text == "tomorrow" else 0
            out += _day_mention(sentence, m.span(), anchor + shift * day)
    if not words.isdisjoint(("year", "month", "week")) and not words.isdisjoint(
        ("last", "this", "next")
    ):
        for m in _PERIOD.finditer(sentence):
            mod = _modifier_start(sentence, m.start())
            prev = _before(_WORD_BEFORE, sentence, m.start())
            if mod is None and prev and prev[1].lower() == "the":  # "over the last year": a span
                continue
            span, vague = (m.start() if mod is None else mod, m.end()), mod is not None
            shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
            unit = m["unit"].lower()
            if unit == "year":
                out.append(_mention(sentence, span, anchor.year + shift, vague=vague))
            elif unit == "month":
                ym = _shift_month(anchor.year, anchor.month, shift)
                out.append(_mention(sentence, span, *ym, vague=vague))
            elif week := _week_month(anchor - (anchor.weekday() - 7 * shift) * day):
                out.append(_mention(sentence, span, *week, vague=True))
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
                if week := _week_month(anchor - (7 * n + 3) * day):
                    out.append(_mention(sentence, span, *week, vague=True))
            elif unit == "month":
                ym = _shift_month(anchor.year, anchor.month, -n)
                out.append(_mention(sentence, span, *ym, vague=True))
            else:
                year = anchor.year - n * (10 if unit == "decade" else 1)
                out.append(_mention(sentence, span, year, vague=True))
    return out


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest mentions (then the earliest) that do not overlap, sorted by start."""
    chosen: list[DateMention] = []
    starts: list[int] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        i = bisect_right(starts, c.start)
        if (i and chosen[i - 1].end > c.start) or (i < len(chosen) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


def _names_weekday(date: DateMention) -> bool:
    word = date.text.split()[-1].lower().rstrip(".")
    return word in _WEEKDAYS or (
        date.kind == "weekday-abbreviation" and word in _WEEKDAY_ABBREVIATIONS
    )


_RELATIVE_DAY_TEXTS = frozenset(("today", "yesterday", "tonight", "last night"))
_BRACKET_AFTER_DAY = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracketed_date_after(sentence: str, day: DateMention, date: DateMention) -> bool:
    """Whether ``date``, a full calendar day, stands alone in brackets right after ``day``, a
    weekday or a relative day past a part of the day (`today (Dec. 27)`, `Monday night (Nov.
    18)`): the writer's own calendar date for it, read instead of the day counted from the
    publication date."""
    if date.precision != "day" or _names_weekday(date) or date.text.lower() in _RELATIVE_DAY_TEXTS:
        return False
    if not (_names_weekday(day) or day.text.lower() in _RELATIVE_DAY_TEXTS):
        return False
    return bool(
        _BRACKET_AFTER_DAY.fullmatch(sentence, day.end, date.start)
        and _BRACKET_CLOSES.match(sentence, date.end)
    )


def _weekday_of_date(sentence: str, chosen: list[DateMention], k: int) -> int:
    """For a weekday written next to a full date: +1 if the date follows (``Tuesday, Sept. 12``),
    -1 if it precedes (``July 27, a Thursday``), else 0. Such weekdays add nothing to the date
    and must not be resolved on their own."""
    c = chosen[k]
    if k + 1 < len(chosen) and _bracketed_date_after(sentence, c, chosen[k + 1]):
        return 1  # `today (Dec. 27)`, `Monday night (Nov. 18)`
    if not _names_weekday(c):
        return 0
    for step in (1, -1):
        if not 0 <= k + step < len(chosen):
            continue
        other = chosen[k + step]
        a, b = (c, other) if step == 1 else (other, c)
        if (
            other.precision == "day"
            and not _names_weekday(other)
            and _DATE_GAP.fullmatch(sentence, a.end, b.start)
        ):
            return step
    return 0


def _resolved(find: Any, *args: Any) -> list[DateMention]:
    """Dates resolved against the anchor; none where they fall outside years 1 to 9999."""
    try:
        result: list[DateMention] = find(*args)
    except (OverflowError, ValueError):
        return []
    return result


def find_dates(sentence: str, anchor: datetime.date | None) -> list[DateMention]:
    """All date expressions in ``sentence``, resolved against ``anchor``, in order."""
    has_digit = _DIGIT.search(sentence) is not None
    words = set(_TOKEN.findall(sentence.lower()))
    has_month = not words.isdisjoint(_MONTH_WORDS)
    has_weekday = anchor is not None and not (
        words.isdisjoint(_WEEKDAYS) and words.isdisjoint(_WEEKDAY_ABBREVIATIONS)
    )
    if not (has_digit or has_month or anchor is not None):
        return []
    found = _numeric(sentence) if has_digit else []
    if has_month or has_weekday:
        sent = _Sentence(sentence)
        for start, end, w in sent.words_in(_DATE_NAME, _DATE_NAMES):
            if w in _MONTH_WORDS:
                found += _resolved(_month_dates, sent, anchor, start, end)
            elif anchor is not None and (
                w in _WEEKDAYS
                or (w in _WEEKDAY_ABBREVIATIONS and _abbreviated_weekday(sentence, start, end))
            ):
                found += _resolved(_weekday, sent, anchor, start, end)
    if anchor is not None:
        found += _resolved(_relative, sentence, anchor, words)
    chosen = _without_overlaps(found)
    result = []
    weekday_start: int | None = None  # a weekday merged into the date after it
    for k, c in enumerate(chosen):
        step = _weekday_of_date(sentence, chosen, k) if has_weekday or "(" in sentence else 0
        if step:
            weekday_start = c.start if step == 1 else None
            continue
        start = c.start if weekday_start is None else weekday_start
        if weekday_start is not None and _BRACKET_CLOSES.match(sentence, c.end):
            day = chosen[k - 1]
            if not (_names_weekday(day) and _DATE_GAP.fullmatch(sentence, day.end, c.start)):
                c = replace(c, kind=c.kind or "bracketed-day")  # `today (Dec. 27)`
        weekday_start = None
        word = _before(_WORD_BEFORE, sentence, start)
        trigger = word.span(1) if word and word[1].lower() in TRIGGER_WORDS else None
        if start != c.start or trigger:
            c = replace(c, start=start, text=sentence[start : c.end], trigger=trigger)
        if c.precision == "day" and (hours := _in_small_hours(sentence, c)):
            trigger = None if hours == "of" else c.trigger  # `the early hours of Wednesday`
            c = replace(c, slack=-1, kind=c.kind or "small-hours", trigger=trigger)
        result.append(c)
    if "day" in words and not words.isdisjoint(_DAY_SHIFT_WORDS):
        result = _day_before(sentence, result)
    return result


_SMALL_HOURS_BEFORE = _rx(
    r"(?:\b(?:12|0?[0-5])(?:[:.][0-5]\d)?\s*a\.?m\.?|\bmidnight|\bearly\s+hours\s+of)"
    r"(?:\s+(?:local\s+time|gmt|[a-z]{2,4}t))?\s*,?\s*(?:on\s+)?$"
)
_SMALL_HOURS_CUE = _rx(r"\d|midnight|hours")
"""What a time before a date needs: a digit, `midnight` or `hours`."""
_SMALL_HOURS_AFTER = _rx(
    r"\s*,?\s*(?:at\s+)?(?:around\s+|about\s+)?(?:12|0?[0-5])(?:[:.][0-5]\d)?\s*a\.?m\b"
)


def _in_small_hours(sentence: str, date: DateMention) -> str:
    """Whether a time after midnight (``12:47 a.m. Thursday``, ``in the early hours of
    Wednesday``) goes with the date: the event may be of the evening before. Returns ``of``
    for `the early hours of`, ``time`` for a clock time, else ''."""
    lo = max(0, date.start - 40)
    before = (
        _SMALL_HOURS_BEFORE.search(sentence, lo, date.start)
        if _SMALL_HOURS_CUE.search(sentence, lo, date.start) is not None
        else None
    )
    if before is not None:
        return "of" if "hours" in before[0].lower() else "time"
    return "time" if _SMALL_HOURS_AFTER.match(sentence, date.end) is not None else ""


_DAY_BEFORE_AFTER = _rx(
    r"\b(?:the\s+(?:day|night)\s+(?P<dir>before|after)"
    r"|(?:a|one)\s+day\s+(?P<rel>earlier|later)"
    r"|the\s+(?P<adj>previous|next|following)\s+day)\b"
)
_DAY_SHIFT_WORDS = frozenset("before after earlier later previous next following".split())
_NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b|but\b|when\b|while\b)[A-Za-z]")


_THE_BEFORE_DAY = re.compile(r"\s+the\s+")
_EVENT_NOUN_ENDS = re.compile(
    r"(?:\s+[a-z][a-z-]*){1,2}(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|near|outside|on|off)\s)"
)
"""After the calendar day of a dated event (`the Dec. 30 shooting`): one or two lower-case words,
the noun and maybe another before it, then the clause's end or a place after `in`, `at`..."""


def _dated_event_after(
    sentence: str, end: int, dates: list[DateMention]
) -> tuple[DateMention, int] | None:
    """The calendar day and the end of a dated event right after `the day before`/`the day
    after` (which ends at ``end``): `the day after the Dec. 30 shooting`, `the day before
    the Nov. 8 vote in Ohio`. The event's day is written out (no weekday, no relative day), and
    its noun closes the clause or comes before a place; a verb after it (`the Nov. 8 election
    results were announced`) makes it another act, and no event is read."""
    for date in dates:
        if date.start < end:
            continue
        if not _THE_BEFORE_DAY.fullmatch(sentence, end, date.start):
            return None
        if date.precision != "day" or date.slack or date.kind or _names_weekday(date):
            return None
        if date.text.lower() in _RELATIVE_DAY_TEXTS or not date.text[:1].isalnum():
            return None
        noun = _EVENT_NOUN_ENDS.match(sentence, date.end)
        if noun is None or noun[0].split()[-1] in _NOT_A_NOUN:
            return None
        return date, noun.end()
    return None


def _day_before(sentence: str, dates: list[DateMention]) -> list[DateMention]:
    """``the day before`` / ``the day after`` / ``a day earlier``: one day from the date it
    stands before (``the day before Nov. 10``), or else from the one other full date of the
    sentence. Before a noun (``the day before the final``) it is relative to an event: not read,
    unless the event's own day is written (``the day after the Dec. 30 shooting``: one day from
    that day, ``_dated_event_after``).
    ``the previous day`` / ``the next day`` / ``the following day``: one day from the one other
    full date of the sentence, which stands before it; not before a word or a possessive (``the
    next day's talks``, ``the next day in Moscow``)."""
    out = list(dates)
    for m in _DAY_BEFORE_AFTER.finditer(sentence):
        kind = "day-before"
        word = (m["dir"] or m["rel"] or m["adj"]).lower()
        shift = -1 if word in ("before", "earlier", "previous") else 1
        following = [d for d in dates if d.trigger is not None and d.trigger[0] == m.start("dir")]
        if m["adj"]:  # `arrived on Tuesday and met Putin the next day`: only a date before it
            if _NOUN_AFTER.match(sentence, m.end()) or sentence.startswith(("'", "’"), m.end()):
                continue
            others = [d for d in dates if d.precision == "day" and not d.slack]
            if len(others) != 1 or others[0].end > m.start():
                continue
            base, span = others[0], m.span()
        elif following:
            (base,) = following
            span = (m.start(), base.end)
            out = [d for d in out if d is not base]
        elif m["dir"] and (event := _dated_event_after(sentence, m.end(), dates)) is not None:
            base, span, kind = event[0], (m.start(), event[1]), "day-from-dated-event"
        else:
            if m["dir"] and _NOUN_AFTER.match(sentence, m.end()):
                continue
            others = [d for d in dates if d.precision == "day" and not d.slack]
            if len(others) != 1:
                continue
            base, span = others[0], m.span()
        if base.precision != "day" or base.year is None or base.month is None or not base.day:
            continue
        day = _date(base.year, base.month, base.day)
        if day is None:
            continue
        moved = day + datetime.timedelta(days=shift)
        out.append(
            DateMention(
                *span,
                sentence[span[0] : span[1]],
                moved.year,
                moved.month,
                moved.day,
                "day",
                vague=False,
                kind=kind,
            )
        )
    return sorted(out, key=lambda d: d.start)
