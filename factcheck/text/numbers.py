"""Find numbers (digits, number words, ordinals) in one English news sentence.

Years (a bare 4-digit 1900-2099), day numbers of dates (``Sept. 13``, ``27 July``), ISO and
slash dates, year ranges, times of day and the pronoun "one" (``one of``, ``no one``) are not
reported. :func:`month_number` and :func:`looks_like_year` are shared with
:mod:`factcheck.text.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "MONEY",
    "NumberMention",
    "approximation_before",
    "currency_of",
    "find_numbers",
    "looks_like_year",
    "month_number",
    "parse_number_word",
    "unit_after",
    "unit_name",
]


@dataclass(frozen=True)
class NumberMention:
    """A number found in a sentence; ``start``/``end`` are character offsets."""

    start: int
    end: int
    text: str
    value: int | float
    ordinal: bool
    approximate: bool
    unit: str = ""
    """The unit written right after the number (``12mph``, ``12 miles per hour``: ``mph``),
    as its usual symbol; '' when none."""
    unit_end: int = -1
    """Where that unit ends in the sentence (``end`` when there is none)."""


# --- month names (shared with factcheck.text.dates) ---

_MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_INDEX = {m: i for i, m in enumerate(_MONTH_ABBR, 1)}
_VERB_LIKE_MONTHS = frozenset({"may", "mar", "march"})


def month_number(word: str) -> int | None:
    """Month number (1-12) of a month name or abbreviation (a trailing dot is allowed).

    ``may``, ``march`` and ``mar`` only count when capitalised, since in lower case they are
    usually the modal verb or the verb/noun "march".
    """
    key = word.rstrip(".").lower()
    if key in _VERB_LIKE_MONTHS and not word[:1].isupper():
        return None
    return _MONTH_INDEX.get(key[:3])


# --- years --------------------------------------------------------------------------------------

_NOT_YEAR_AFTER = re.compile(
    r"\w|/|[.,]\d|\s*(?:%|(?:percent|per\s+cent|people|persons|residents|civilians|troops"
    r"|soldiers|workers|children|families|homes|households|units|vehicles|tanks|drones"
    r"|missiles|rockets|shells|rounds|votes|jobs|deaths|cases|times|years|months|days|hours"
    r"|minutes|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels|dollars"
    r"|euros|pounds|won|yen|yuan|rubles|roubles|gmt|utc)\b)",
    re.IGNORECASE,
)


_ADDRESS_AFTER = re.compile(
    r"\s+(?:block\b|(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Court|Highway"
    r"|Hwy|Parkway|Pkwy|Terrace)\b)"
)
"""After a four-digit number: a street's name and its kind (`2015 Washtenaw Avenue`, `1910 W.
Main St.`) or `block` (`the 2000 block of`): a house number, no year."""


def looks_like_year(sentence: str, start: int, end: int) -> bool:
    """True if ``sentence[start:end]`` is a bare 4-digit year (1900-2099), not a quantity.

    A quantity is a number glued to other digits/letters, with a currency sign before it, or
    followed by a unit such as ``people``, ``troops``, ``km`` or ``%``; a house number is
    followed by a street (``2015 Washtenaw Avenue``) or ``block``.
    """
    text = sentence[start:end]
    if len(text) != 4 or not text.isdigit() or not 1900 <= int(text) <= 2099:
        return False
    prev = sentence[start - 1] if start else " "
    currency = sentence[max(0, start - 2) : start].strip()[-1:]
    if prev.isalnum() or prev in "#.,/" or (currency and currency in "$€£¥"):
        return False
    return (
        _NOT_YEAR_AFTER.match(sentence, end) is None and _ADDRESS_AFTER.match(sentence, end) is None
    )


# --- units -------------------------------------------------------------------------------------

_UNIT_NAMES = {
    "mph": "mph miles-per-hour miles-an-hour mile-an-hour m.p.h.",
    "km/h": "km/h kph kmh kilometres-per-hour kilometers-per-hour km-per-hour kilometres-an-hour",
    "m": "m metre metres meter meters",
    "km": "km kilometre kilometres kilometer kilometers",
    "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "mi": "mile miles",
    "ft": "ft foot feet",
    "in": "inch inches",
    "g": "g gram grams gramme grammes",
    "kg": "kg kilogram kilograms kilogramme kilogrammes kilo kilos",
    "lb": "lb lbs",
    "t": "tonne tonnes",
    "l": "litre litres liter liters",
    "%": "percent per-cent",
    "$": "usd",
    "£": "gbp",
    "€": "eur",
}
_UNIT_OF = {
    alias.replace("-", " "): sym for sym, a in _UNIT_NAMES.items() for alias in [sym, *a.split()]
}
UNIT_SYMBOLS = frozenset(_UNIT_NAMES)
"""The units a fact's ``unit:`` may name (by symbol or by any of their names)."""
MONEY = frozenset("$£€")
"""Currencies a fact's ``unit:`` may name: a number states it only with the sign before it."""
_CURRENCY_SIGN = re.compile(r"(?<![A-Za-z])(?:US)?([$£€])\s*$")


_CURRENCY_WORD = re.compile(r"\s+(?:(euros?)|(dollars?)|(pounds?))\b", re.I)


def currency_of(sentence: str, number: NumberMention) -> str | None:
    """The currency of ``number``: its sign right before it (`$26m`, `US$26m`, `£ 40m`), or
    its name right after it (`212 million euros`, `50,000 pounds`); None when there is none,
    or the sign stands after other letters (`C$26m`, `A$`: other dollars) or a word stands
    between (`20 million Canadian dollars`)."""
    m = _CURRENCY_SIGN.search(sentence, max(0, number.start - 4), number.start)
    if m is not None:
        return m.group(1)
    word = _CURRENCY_WORD.match(sentence, number.unit_end)
    if word is None:
        return None
    return "€" if word.group(1) else "$" if word.group(2) else "£"


_GLUED = re.compile(r"(%|mph|km/h|kph|kmh|km|cm|mm|kg|ft|lbs|lb|in|m|g|t)(?![A-Za-z0-9])")
"""Units glued to their number (``12mph``, ``360g``, ``40m``, ``80m-deep``, ``25%``): lower case
only (``5G`` is no weight)."""
_SPACED = re.compile(
    r"[\s-]+((?:miles?|kilomet(?:re|er)s?|km)\s+(?:per|an|a)\s+hour|m\.p\.h\.|mph|km/h|kph"
    r"|(?:centi|milli|kilo)?met(?:re|er)s?|kms?|cm|mm|m|miles?|ft|foot|feet|inch(?:es)?"
    r"|gram(?:me)?s?|g|kg|kilo(?:gram(?:me)?)?s?|lbs?|tonnes?|lit(?:re|er)s?"
    r"|%|per[\s-]cent|percent)(?![\w/])",
)
"""A unit written after its number, apart or hyphenated (``12 mph``, ``40-metre``, ``25 per
cent``; not ``25 percentage points``)."""


def unit_name(text: str) -> str | None:
    """The symbol of a unit named by ``text`` (``metres`` -> ``m``), or None."""
    return _UNIT_OF.get(" ".join(text.lower().replace("-", " ").split()))


def unit_after(sentence: str, end: int) -> tuple[str, int] | None:
    """The unit written right after a number ending at ``end``: its symbol and end offset."""
    m = _GLUED.match(sentence, end) or _SPACED.match(sentence, end)
    if m is None:
        return None
    symbol = unit_name(m[1])
    return None if symbol is None else (symbol, m.end())


# --- number words -------------------------------------------------------------------------------

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve"
        " thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS_NAMES = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS = {w: 10 * i for i, w in enumerate(_TENS_NAMES, 2)}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# ordinal word -> cardinal word
_ORDINALS = {
    "first": "one",
    "second": "two",
    "third": "three",
    "fifth": "five",
    "eighth": "eight",
    "ninth": "nine",
    "twelfth": "twelve",
}
for _w in [*_UNITS, *_TENS, "hundred", *_SCALES]:
    if _w != "zero" and _w not in _ORDINALS.values():
        _ORDINALS[_w[:-1] + "ieth" if _w.endswith("y") else _w + "th"] = _w

_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", *_SCALES, "dozen", *_ORDINALS, "a", "and"])
_SPECIAL = {"twice": 2, "thrice": 3, "half a dozen": 6}
# a number always contains one of these ("a"/"and" only join other number words)
_WORD_STARTS = (_NUMBER_WORDS - {"a", "and"}) | _SPECIAL.keys()


class _Accumulator:
    """Builds one number from a sequence of number words, rejecting invalid sequences."""

    def __init__(self) -> None:
        self.total = 0
        self.cur = 0  # the group below the last scale word
        self.last = ""  # kind of the last accepted word
        self.scale = 10**15  # last scale used; scales must decrease
        self.ordinal = False

    @property
    def value(self) -> int:
        return self.total + self.cur

    @property
    def complete(self) -> bool:
        return self.last not in ("", "a", "and")

    def feed(self, word: str) -> bool:
        """Add one word; returns False (leaving the state unchanged) if it does not fit."""
        if self.ordinal:
            return False
        w = word.lower()
        base = _ORDINALS.get(w, w)
        last, cur = self.last, self.cur
        if base == "a":
            if last:
                return False
            kind = "a"
        elif base == "and":
            if last not in ("hundred", "scale"):
                return False
            kind = "and"
        elif base in _UNITS:
            v = _UNITS[base]
            fresh = last in ("hundred", "scale", "and") and cur % 100 == 0
            if not (last == "" or (v and fresh) or (last == "tens" and 0 < v < 10)):
                return False
            self.cur += v
            kind = "unit" if v else "zero"
        elif base in _TENS:
            if not (last == "" or (last in ("hundred", "scale", "and") and cur % 100 == 0)):
                return False
            self.cur += _TENS[base]
            kind = "tens"
        elif base == "hundred":
            if not (last == "a" or (last == "unit" and cur < 100)):
                return False
            self.cur = (cur or 1) * 100
            kind = "hundred"
        elif base in _SCALES:
            s = _SCALES[base]
            if last not in ("a", "unit", "tens", "hundred") or s >= self.scale:
                return False
            self.total += (cur or 1) * s
            self.cur, self.scale = 0, s
            kind = "scale"
        elif base == "dozen":
            if not (last == "a" or (last == "unit" and cur < 100)):
                return False
            self.cur = (cur or 1) * 12
            kind = "dozen"  # nothing may follow
        else:
            return False
        self.last = kind
        self.ordinal = w != base
        return True


def _parse_tokens(tokens: list[tuple[str, int, int]]) -> list[tuple[int, int, int, bool]]:
    """Split a run of number-word tokens into numbers: (start, end, value, ordinal)."""
    out: list[tuple[int, int, int, bool]] = []
    i = 0
    while i < len(tokens):
        acc = _Accumulator()
        best: tuple[int, int, bool] | None = None
        for j in range(i, len(tokens)):
            if not acc.feed(tokens[j][0]):
                break
            if acc.complete:
                best = (j, acc.value, acc.ordinal)
        if best is None:
            i += 1
            continue
        j, value, ordinal = best
        out.append((tokens[i][1], tokens[j][2], value, ordinal))
        i = j + 1
    return out


def parse_number_word(text: str) -> int | None:
    """Value of one written number: ``seven``, ``twenty-one``, ``two hundred``, ``a dozen``.

    Ordinal words give their cardinal value (``twelfth`` -> 12), ``twice`` gives 2, and plain
    digits (``1,200``) are accepted too. Anything else (``dozens``, ``several``) gives None.
    """
    text = " ".join(text.lower().split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    if text in _SPECIAL:
        return _SPECIAL[text]
    acc = _Accumulator()
    words = re.split(r"[\s-]+", text)
    if not all(acc.feed(w) for w in words) or not acc.complete:
        return None
    return acc.value


# --- scanning -----------------------------------------------------------------------------------

_DIGIT_SCAN = re.compile(
    r"""
    (?<![\w.])(?:
        (?P<skip>
            \d{4}-\d{2}-\d{2}                          # ISO date
          | (?:19|20)\d\d[-\u2013](?:(?:19|20)?\d\d)(?!\d)   # year range 2022-23
          | \d+(?:[:/]\d+)+                             # 10:30, 12/09/2023, 24/7
          | \d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?![a-z])  # 10 a.m., 9.30pm
          | \d{1,2}\s+o['\u2019]clock
        )
      | (?<![a-z]-)(?<!\d,)
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w,.-])
          |\d+(?:\.\d+)?)
        (?:(?P<ord>st|nd|rd|th)|(?:\s+|-)?(?P<scale>hundred|thousand|million|billion|trillion|bn)
          |(?P<kilo>k)(?=[^\w]|$))?
        (?:(?!\w)|(?=(?-i:mph|km/h|kph|kmh|km|cm|mm|kg|ft|lbs|lb|in|m|g|t)(?![A-Za-z0-9])))
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[A-Za-z]+")
_SCALE_VALUES = {"hundred": 100, "bn": 10**9, **_SCALES}
_APPROX = re.compile(
    r"\b(?:about|around|nearly|almost|more\s+than|over|some|roughly|at\s+least|up\s+to"
    r"|fewer\s+than|less\s+than|approximately|close\s+to|as\s+many\s+as|upwards?\s+of"
    r"|(?:an\s+)?estimated|at\s+most|just\s+(?:short\s+of|under|shy\s+of))\s+(?:[$€£¥]\s*)?$",
    re.IGNORECASE,
)


def approximation_before(sentence: str, start: int) -> int | None:
    """Where the words that make a number starting at ``start`` approximate or bound it begin
    (``about``, ``nearly``, ``at least``, ``up to``), or None when there are none."""
    m = _APPROX.search(sentence, max(0, start - 24), start)
    return None if m is None else m.start()


_MONTH_BEFORE = re.compile(rf"\b(?P<mon>{_MONTH_PATTERN})\b\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<mon>{_MONTH_PATTERN})\b", re.IGNORECASE)
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|the|this|that|any|every|each)\s+$", re.IGNORECASE)
_ONE_PRONOUN_AFTER = re.compile(r"\s+(?:of|another)\b|-on-one\b", re.IGNORECASE)
_SECOND_TIME_BEFORE = re.compile(r"\b(?:split|per|every)\s+$", re.IGNORECASE)
_SECOND_TIME_AFTER = re.compile(r"\s+(?:later|earlier|ago)\b", re.IGNORECASE)
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)


def _is_day_of_month(sentence: str, start: int, end: int, digits: str) -> bool:
    """True for the day number of a date such as ``Sept. 13`` or ``27th of July``."""
    if len(digits) > 2 or not 1 <= int(digits) <= 31:
        return False
    m = _MONTH_BEFORE.search(sentence, max(0, start - 16), start)
    if m and month_number(m["mon"]):
        return True
    m = _MONTH_AFTER.match(sentence, end)
    return bool(m and month_number(m["mon"]))


def _is_pronoun_one(sentence: str, start: int, end: int) -> bool:
    return bool(
        _ONE_PRONOUN_BEFORE.search(sentence, max(0, start - 8), start)
        or _ONE_PRONOUN_AFTER.match(sentence, end)
        or sentence[max(0, start - 7) : start].lower() == "one-on-"
    )


def _is_time_second(sentence: str, start: int, end: int) -> bool:
    return bool(
        _SECOND_TIME_BEFORE.search(sentence, max(0, start - 8), start)
        or _SECOND_TIME_AFTER.match(sentence, end)
    )


_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$")


_GROUP = re.compile(r"\d+")
_GROUP_SPACES = str.maketrans("", "", ", \u00a0\u202f\u2009")
"""What separates a number's groups of three digits: a comma, or a space (`120 000`, also
non-breaking or thin), as copy from many countries writes them."""


def _digits_value(num: str, scale: str | None) -> int | float:
    value = Decimal(num.translate(_GROUP_SPACES))
    if scale:
        value *= _SCALE_VALUES[scale.lower()]
    return int(value) if value == value.to_integral_value() else float(value)


_TIME_STAMP = re.compile(r"\s*(?:[01]?\d|2[0-3])\.[0-5]\d")
"""A live blog's time stamp opening an entry: `14.29 Indonesian authorities are hoping`,
`04.25 Three people`. A count opening a sentence is not written with two decimals."""
_AFTER_TIME_STAMP = re.compile(r"\s+[A-Z#\"'“‘]|\s*$")


def _digit_numbers(sentence: str) -> list[tuple[int, int, int | float, bool]]:
    found: list[tuple[int, int, int | float, bool]] = []
    for m in _DIGIT_SCAN.finditer(sentence):
        if m["skip"]:
            continue
        if (
            not m["scale"]
            and not m["ord"]
            and _TIME_STAMP.fullmatch(sentence, 0, m.end())
            and _AFTER_TIME_STAMP.match(sentence, m.end())
        ):
            continue  # `14.29 Indonesian authorities ...`: the time of a live blog's entry
        start, end, num, scale = m.start(), m.end(), m["num"], m["scale"]
        if m["kilo"]:
            scale = "thousand"  # `120k homes`, `£40k`
        if " " in num and _MONTH_BEFORE.search(sentence, max(0, start - 16), start):
            # `May 12 200 people`: a date's day, then a number of its own
            found += [
                (g.start(), g.end(), int(g[0]), False)
                for g in _GROUP.finditer(sentence, start + num.index(" "), start + len(num))
            ]
            continue
        if (
            not scale
            and sentence.startswith("m", end)
            and _CURRENCY_BEFORE.search(sentence, 0, start)
        ):
            scale, end = "million", end + 1  # `£40m`: forty million
        if not scale and (
            (not m["ord"] and looks_like_year(sentence, start, end))
            or (num.isdigit() and _is_day_of_month(sentence, start, end, num))
        ):
            continue
        found.append((start, end, _digits_value(num, scale), bool(m["ord"])))
    return found


def _word_runs(sentence: str) -> list[list[tuple[str, int, int]]]:
    """Runs of number words (with "a"/"and") separated only by spaces or a hyphen."""
    runs: list[list[tuple[str, int, int]]] = []
    run: list[tuple[str, int, int]] = []
    for t in _TOKEN.finditer(sentence):
        word = t[0].lower()
        if word not in _NUMBER_WORDS:
            run = []
            if word in _SPECIAL:
                runs.append([(word, t.start(), t.end())])
            continue
        gap = sentence[run[-1][2] : t.start()] if run else ""
        if not run or not (gap == "-" or gap.isspace()):
            run = []
            runs.append(run)
        run.append((word, t.start(), t.end()))
    return runs


def _word_numbers(sentence: str) -> list[tuple[int, int, int | float, bool]]:
    found: list[tuple[int, int, int | float, bool]] = []
    for run in _word_runs(sentence):
        if run[0][0] in _SPECIAL:
            found.append((run[0][1], run[0][2], _SPECIAL[run[0][0]], False))
            continue
        for start, end, value, ordinal in _parse_tokens(run):
            word = sentence[start:end].lower()
            if word == "one" and _is_pronoun_one(sentence, start, end):
                continue
            if word == "second" and _is_time_second(sentence, start, end):
                continue
            half = _HALF_BEFORE.search(sentence, max(0, start - 8), start)
            if half and word.startswith("a") and value == 12:  # half a dozen
                start, value = half.start(), 6
            found.append((start, end, value, ordinal))
    return found


def find_numbers(sentence: str) -> list[NumberMention]:
    """All numbers in ``sentence``, in order of appearance."""
    words = _TOKEN.findall(sentence.lower())
    found = [] if _WORD_STARTS.isdisjoint(words) else _word_numbers(sentence)
    if _DIGIT.search(sentence):
        found = sorted(found + _digit_numbers(sentence))
    out = []
    for start, end, value, ordinal in found:
        unit = None if ordinal else unit_after(sentence, end)
        out.append(
            NumberMention(
                start,
                end,
                sentence[start:end],
                value,
                ordinal,
                _APPROX.search(sentence, max(0, start - 24), start) is not None,
                unit[0] if unit else "",
                unit[1] if unit else end,
            )
        )
    return out
