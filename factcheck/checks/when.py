"""The `when` slot: dates attached to the fact's event, compared at the precision both carry."""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import itertools
import operator
import re
from typing import cast

from factcheck import world
from factcheck.checks.negation import (
    compound_head_after,
    denied_there_but,
    other_matter,
    possible,
)
from factcheck.facts import Fact, PartialDate
from factcheck.match import Token, act_noun, normalize_word, stem
from factcheck.reading import POSSESSIVES, ROLE, Mention, Reading, apposition_between
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult
from factcheck.text.dates import TRIGGER_WORDS, DateMention

SLOT = "when"
OTHER_TIME_WORDS = frozenset(
    {
        "since",
        "until",
        "till",
        "through",
        "by",
        "from",
        "after",
        "before",
        "during",
        "of",
        "between",
        "for",
    }
)
"""A date after these words dates something else: `since 1991`, `runs through Wednesday`."""
_THAN = normalize_word("than")
REPORTING = frozenset(
    [
        "said",
        "say",
        "told",
        "tell",
        "report",
        "announc",
        "confirm",
        "add",
        "accord",
        "claim",
        "warn",
        "stat",
        "quot",
        "publish",
    ]
)
"""Stems of reporting verbs: `said on Monday` dates the saying, not the event."""
_CLAUSE_BREAK = re.compile(
    r"[;()—–]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):(?!\d)|\b(?:which|who|whom|whose|that|when|while|where|after|before|since|as|until|and|but"
    r"|because)\b",
    re.I,
)
_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&|to|until|till|through)\s+|[-–—]\s*)"
    r"(?:(?:again\s+)?(?:in|on)\s+)?",
    re.I,
)
"""What joins coordinated dates: `in 1907 and 1908`, `on Monday or Tuesday`, and the ends of a
range, `from 1970 to 1974`, `1970-74`: one that fits is enough."""
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)(?:(?:again\s+)?(?:in|on)\s+)?", re.I)
"""What joins the dates of a list (`in 2014 and 2015`, `in 2012, 2014 and 2015`): not the ends
of a range (`from 2014 to 2015`) nor alternatives (`on Friday or Saturday`)."""
EARLIER = frozenset(map(normalize_word, "last previously once formerly".split()))
"""Right before the phrase (`were last crowned champions in 1908`): its dates are of an earlier
time the event happened, not of the fact's."""
_EARLIER_TIME = frozenset(map(normalize_word, ("last", "previous")))
_TIME = normalize_word("time")
_AUXILIARIES = frozenset(map(normalize_word, "was were had has have been be is are".split()))
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*)*(?:,\s*[A-Z][A-Za-z.'-]*)*\s*[,/]\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
    r"\s*(?:\([A-Za-z .&]+\)\s*)?(?:[-–—]|--)"
)
"""A dateline opening an article (`LONDON, Nov 9 (Reuters) -`): its date is when the story
was filed, never the event's."""
AFTER_REACH = 7
BEFORE_REACH = 8
_CLOCK_TIME = re.compile(
    r"\b(?:at|around|about)\s+(?:(?:around|about|approximately|roughly|just\s+(?:after|before))\s+)?"
    r"(?:\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)"
    r"(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4}T|GMT)))?\s*,?\s*(?:on\s+)?$",
    re.I,
)
"""A clock time right before the date (`at around 6:10am on Thursday`): the two say when
together, so the words between the phrase and the date are counted up to the time."""
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)")
"""A lower-case `-ed`/`-ing` word: maybe a verb of its own, which the date could go with."""
_NOUNS_IN_ING = frozenset("morning evening building wedding ceiling spring string".split())
_PLACE_CHAIN = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:[A-Z][a-z]+|[A-Z]{2,})(?:[\s-]+(?:[A-Z][a-z]+|[A-Z]{2,}))*"
    r"(?P<comma>,)\s+(?P<region>(?:[A-Z][a-z]+\.?|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}))?"
    r"(?:\s+(?:province|state|county|region|prefecture|district|oblast))?),?\s+(?:on\s+|in\s+)?$"
)
"""A place and the region it lies in (`in Baoding, Hebei province on Saturday`): that comma
is no clause break, and the region adds no distance."""
_PLACE_BEARING = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][a-z]+|[A-Z]{2,})"
    r"(?:[\s-]+(?:[A-Z][a-z]+|[A-Z]{2,}))*"
    r"(?P<bearing>,?\s+(?:\d+\s+(?:miles?|kilometres?|kilometers?|km)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)"
    r"\s+(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}))?,?\s+(?:on\s+|in\s+)?$"
)
"""A place and where it lies from another (`in the West Bank south of Jerusalem on Tuesday`,
`in Lancaster, 60 miles west of Philadelphia, on Friday`): the bearing adds no distance."""
_DATE_ENDS_CLAUSE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[.,;:!?]|$)")
"""What follows a date read past a place chain: the end of its clause."""
FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could shall should must might".split()
)
_PARTICIPLES = frozenset(
    "been being done gone taken given shot held found made seen sent left brought hit put told"
    " kept known said thrown driven caught won lost built dug bought sold shut cut broken hidden"
    " stolen chosen written spoken begun run met".split()
)
"""Irregular participles, verb forms like `-ed` words: `was taken`, `a well dug in 1990`."""
_ANOTHER_PREDICATE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(FINITE_AUXILIARIES)) + r")"
    r"(?:\s+(?:later|still|then|also|first|finally|eventually|reportedly|subsequently))?"
    r"(?:\s+(?:be|have))?"
    r"\s+(?P<verb>[a-z]+)\b"
)
"""A finite auxiliary and a verb form after it (`were improving`, `was later arrested`,
`has been`, `will be removed`) between the phrase and a date after it: another predicate,
whose date it is (`shot when a gunman opened fire were improving at the hospital Wednesday
night`)."""
ANOTHER_VERB = "when.date-before-another-verb"
"""The rule of a date after the phrase judged while a later one was set aside for another
predicate."""
_SET_ASIDE = "set-aside"
_BEFORE_PHRASE = "when.date-before-phrase"
AFTER_SUBJECT = "when.date-after-subject"
"""A date between the subject's name and the phrase, nothing else between (`Ines Moravec on
Monday won`): it dates the phrase's verb. Not after an owner (`Comey's Oct. 28 letter`): the
date may pick out which of the owner's things is meant."""
_BEFORE_SUBJECT_DATE = re.compile(r"\s+(?:(?:on|late|early)\s+)?", re.I)
_AFTER_SUBJECT_DATE = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:(?:has|had|was|were|is)\s+)?"
)
_RANK = {"year": 0, "month": 1, "day": 2}
_AFTER_RULES = frozenset(
    {
        "when.date-after-phrase",
        "when.date-after-clock-time",
        "when.date-after-place",
        "when.date-after-score",
    }
)


def applies(fact: Fact) -> bool:
    return fact.when is not None


def fits(expected: PartialDate, found: DateMention) -> bool:
    """Compare at the coarser of the two precisions; a date with ``slack`` (``last night``, a
    time after midnight) also fits the fact's day that far from it."""
    if found.slack and found.precision == "day" and expected.precision == "day":
        day = datetime.date(found.year or expected.year, found.month or 1, found.day or 1)
        near = day + datetime.timedelta(days=found.slack)
        moved = dataclasses.replace(found, year=near.year, month=near.month, day=near.day)
        return _fits(expected, found) or _fits(expected, moved)
    return _fits(expected, found)


def _refined_by_a_clash(
    expected: PartialDate, fitting: list[DateMention], dates: list[DateMention]
) -> bool:
    """Whether every date that fits the fact's only does so at a coarser precision than the
    fact's (`earlier this year` for a month), while another date of the phrase, as precise as
    the fact's `when` and within the fitting one, clashes with it (`stepped into gaming earlier
    this year with the debut of Arcade in October`): the precise date tells which part of the
    vague one, and it is not the fact's."""
    rank = _RANK[expected.precision]
    if any(_RANK[d.precision] >= rank for d in fitting):
        return False
    return any(
        _RANK[d.precision] >= rank
        and not fits(expected, d)
        and all(_within(d, vague) for vague in fitting)
        for d in dates
    )


def _within(precise: DateMention, vague: DateMention) -> bool:
    """Whether ``precise`` lies inside the stretch ``vague`` names, at ``vague``'s precision."""
    if vague.year is None or precise.year != vague.year:
        return False
    return vague.precision == "year" or precise.month == vague.month


def _fits(expected: PartialDate, found: DateMention) -> bool:
    if found.guessed_year and found.year is not None and abs(found.year - expected.year) == 1:
        found = dataclasses.replace(found, year=expected.year)  # `June 9th`: the year a guess
    level = min(_RANK[expected.precision], _RANK[found.precision])
    if found.year is not None and found.year != expected.year:
        return False
    if level >= 1 and found.month is not None and found.month != expected.month:
        return False
    return not (level >= 2 and found.day is not None and found.day != expected.day)


ANNOUNCED_ACT = "when.date-of-announced-act"
"""A date in an aside of announcing right after a noun of the act (`The minister's
resignation, announced on Tuesday,`): the act is its announcement, so the date is the act's."""
_ANNOUNCED = re.compile(r",\s+(?:announced|confirmed)\s+(?:on\s+)?")
_ANNOUNCED_END = re.compile(r"\s*(?:[,.;]|$)")
_NOUN_OPENERS = frozenset("the its his her their".split())


def _announced_act(date: DateMention, sentence: str, tokens: list[Token], first: int) -> bool:
    """Whether ``date`` closes an aside `, announced on ...` right after the phrase, whose one
    word is a noun of the act after `the`, a possessive pronoun or a possessive name."""
    if first == 0 or not _ANNOUNCED.fullmatch(sentence, tokens[first].end, date.start):
        return False
    if not _ANNOUNCED_END.match(sentence, date.end):
        return False
    raw = sentence[tokens[first].start : tokens[first].end].lower()
    if _VERB_FORM.fullmatch(raw) or raw in _PARTICIPLES:
        return False
    before = sentence[tokens[first - 1].start : tokens[first - 1].end].lower().replace("’", "'")
    return before in _NOUN_OPENERS or before.endswith("'s")


DATE_OWNS_ACT = "when.date-owning-act"
"""A date that owns the phrase's first word, a noun of one act (`Saturday's 24-12 win over
Castleford`, `Monday's arrival of Kim in Vladivostok`): the act's own date, whatever word
stands before the date (`after Saturday's win`)."""
_DATE_OWNS = re.compile(r"['’]s?\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}(?:\d+\s*[-–]\s*\d+\s+)?")
"""Between a date and the noun it owns: the possessive, two plain modifiers and a score."""


def _owns_the_act(date: DateMention, sentence: str, first: Token) -> bool:
    """Whether ``date`` owns the phrase's first word (``first``) as a noun of one act
    (``act_noun``), at most two plain modifiers and a score between (`Friday's 24-12 win`)."""
    if _DATE_OWNS.fullmatch(sentence, date.end, first.start) is None:
        return False
    return act_noun(sentence[first.start : first.end].lower())


_EVENT_BEFORE_DATE = re.compile(
    r"\b(?:ahead\s+of|for|before|after|during|until|to\s+attend|to\s+join)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|next|[a-z]+-[a-z]+)\s+){0,2}"
    r"(?:talks|summit|meetings?|visit|conference|ceremony|funeral|wedding|match|game|final"
    r"|election|vote|hearing|trial|negotiations|celebrations|festival|concert|launch|rally"
    r"|protest|march|session|debate|inauguration|parade|forum)\b"
    r"(?:\s+with\s+[^,;:()]{1,60}?)?\s+(?:on|in|at|this|next|later)?\s*$",
    re.I,
)
"""Between the phrase and a date after it: an event the phrase is done for or ahead of
(`arrived in Lisbon ahead of talks on Thursday`, `for the summit on`, `before a meeting with the
prime minister on`): the date is that event's."""


def _attached(date: DateMention, mention: Mention, reading: Reading) -> str | None:
    """The rule by which ``date`` dates the mention's event, or None: it dates something else."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    first, last = tokens[mention.phrase.first], tokens[mention.phrase.last - 1]
    if date.start >= last.end and _announced_act(date, sentence, tokens, mention.phrase.first):
        return ANNOUNCED_ACT  # `The minister's resignation, announced on Tuesday, ...`
    if (
        date.end <= first.start
        and _owns_the_act(date, sentence, first)
        and not (
            mention.phrase.last == mention.phrase.first + 1
            and compound_head_after(sentence, tokens, mention.phrase.last)
        )  # `Tuesday's derailment inquiry`: the inquiry's date
    ):
        return DATE_OWNS_ACT  # `after Saturday's 24-12 win over Castleford`
    key = ("when.other-time", mention.index, date.start, date.end)
    other = reading.memo.get(key)
    if other is None:  # the same for every fact that asks
        other = reading.memo[key] = _dates_another(date, sentence, tokens)
    if other and _SCHEDULED_FOR.fullmatch(sentence, last.start, date.start):
        return SCHEDULED  # `His sentencing is scheduled for Feb. 14`
    if other and date.start >= last.end and _reports_in_phrase(date, sentence, tokens, first, last):
        other = False  # `Lowe's reports earnings Thursday`: the report is the fact's act
    if other or _names_thing(date, sentence, date.end <= first.start):
        return None
    if first.end <= date.start and date.end <= last.start:
        return _inside_phrase(date, sentence, tokens, mention.phrase.pattern.elements)
    if date.start >= last.end:
        if _EVENT_BEFORE_DATE.search(sentence, last.end, date.start):
            return None  # `arrived in Lisbon ahead of talks on Thursday`: the talks' date
        if (
            _year_of_a_noun(date, sentence)
            or _day_of_a_headline_noun(date, sentence)
            or _reduced_relative(sentence, tokens, last.end, date)
        ):
            return None  # `into a 2010 rape allegation`; `in Dec. 22 University Bank robbery`
        rule = _after_phrase(date, sentence, tokens, last.end)
        if rule is not None and _another_predicate(sentence, last.end, date.start):
            return _SET_ASIDE  # `opened fire were improving at the hospital Wednesday night`
        return rule
    if date.end <= first.start:
        subject = mention.who
        if (
            subject is not None
            and not mention.via
            and subject.end <= date.start
            and not sentence[subject.start : subject.end].endswith(("'s", "’s"))
            and _BEFORE_SUBJECT_DATE.fullmatch(sentence, subject.end, date.start)
            and _AFTER_SUBJECT_DATE.fullmatch(sentence, date.end, first.start)
        ):
            return AFTER_SUBJECT  # `Novelist Ines Moravec on Monday won the Aurelia Prize`
        if _before_when_clause(date, mention, reading):
            return BEFORE_WHEN_CLAUSE  # `outside a club on Dec. 28 when a man attacked Rene`
        between = sentence[date.end : first.start]
        reach = sum(1 for t in tokens if date.end <= t.start < first.start)
        opening = sentence[: date.start].strip(" \"'“‘")
        connective = _CONNECTIVE_OPENING.match(opening)
        if connective is not None:  # `For example, in 2005, Shirazi-Beechey showed`
            opening = opening[connective.end() :]
        fronted = not opening.replace("On", "").replace("on", "").strip()
        fronted_in = opening in ("In", "in")
        if (fronted or fronted_in) and between.lstrip().startswith(","):
            tagged = _subject_tag(date, mention, sentence, first)
            if connective is not None and (
                tagged is not None or _CLAUSE_BREAK.search(between.lstrip()[1:])
            ):
                return None  # only the plain shape is read past a connective
            if tagged is not None:  # `In September, Rep. David McKinley, R-W.Va., visited`
                between = sentence[date.end : tagged[0]] + " " + sentence[tagged[1] : first.start]
            if _CLAUSE_BREAK.search(between.lstrip()[1:]):
                if not fronted_in and _fronted_for_both(date, mention, reading, between):
                    return FRONTED_COORDINATED  # `On Wednesday, Swift took to ... and accused`
                if not fronted_in and _fronted_when_clause(date, mention, reading, between):
                    return FRONTED_WHEN  # `On Tuesday, when the Vatican delivered its report,`
                return None
            if not fronted_in:
                if connective is not None:
                    return FRONTED_AFTER_CONNECTIVE
                return FRONTED_PAST_TAG if tagged else "when.date-fronted"
            # `In 2014, the report said the label was founded`: the saying's year
            said = any(t.norm in REPORTING for t in tokens if date.end <= t.start < first.start)
            if said:
                return None
            if connective is not None:
                return FRONTED_AFTER_CONNECTIVE
            return FRONTED_PAST_TAG if tagged else "when.date-fronted-in"
        near = reach <= BEFORE_REACH and not _CLAUSE_BREAK.search(between)
        if near and _year_of_work(date, mention, reading):
            return YEAR_OF_WORK  # `Brubaker is a 2007 American prison drama film`
        return _BEFORE_PHRASE if near else None
    return None


FRONTED_AFTER_CONNECTIVE = "when.date-fronted-after-connective"
"""A date fronted before the subject, after a connective that opens the sentence (`For example,
in 2005, Shirazi-Beechey showed`, `However, on Monday, the court ruled`, `But in 2010, ...`):
read as a date opening the sentence is, in the plain shape only (no subject tag, no clause break
between the date and the phrase, no reporting verb after `in`)."""
_CONNECTIVE_OPENING = re.compile(
    r"(?:for\s+(?:example|instance)|however|but|and|indeed|in\s+fact|moreover|furthermore"
    r"|similarly|likewise|in\s+addition|separately|meanwhile)\s*,?\s+",
    re.I,
)
"""A connective opening a sentence that links it to the one before and sets no time of its own
(``FRONTED_AFTER_CONNECTIVE``); not `then`, `later`, `earlier`, `still`, `also`, which tell a time
or another occurrence."""

FRONTED_PAST_TAG = "when.date-fronted-past-tag"
"""A date fronted before the subject, an age or a party-and-state tag in apposition between the
subject's name and the phrase (`In September, Rep. David McKinley, R-W.Va., visited`)."""
_SUBJECT_TAG = re.compile(r",\s*(?:\d{1,3}|[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z][A-Za-z]*\.?)?)\s*,\s*")
"""Right after the subject's name: an age (`, 72,`) or a member of Congress's party and state
(`, R-W.Va.,`, `, D-N.Y.,`, `, R-Texas,`), closed by its comma right before the phrase."""
_TAGGED_SUBJECT_OPENING = re.compile(r"\s*,\s*(?:[A-Z][\w.]*\s+){0,3}")
"""Between a fronted date and the tagged subject's name: its comma and capitalised titles only
(`Rep.`, `Democratic Sen.`)."""


def _subject_tag(
    date: DateMention, mention: Mention, sentence: str, first: Token
) -> tuple[int, int] | None:
    """The span of an age or party-and-state tag in apposition to the named subject, between a
    fronted date and the phrase (`On Sept. 3, McKinley, 72, visited`, `In September, Rep. David
    McKinley, R-W.Va., visited`): its two commas alone are no clause break. None otherwise: the
    name not the mention's own `who`, anything but titles between the date and the name, or
    anything but the tag between the name and the phrase."""
    subject = mention.who
    if subject is None or mention.via or not date.end <= subject.start < subject.end:
        return None
    if _TAGGED_SUBJECT_OPENING.fullmatch(sentence, date.end, subject.start) is None:
        return None
    tag = _SUBJECT_TAG.fullmatch(sentence, subject.end, first.start)
    return None if tag is None else tag.span()


FRONTED_COORDINATED = "when.date-fronted-coordinated"
_FRONTED_AND = re.compile(
    r"\s*,\s*(?P<subject>[^,;:()—–]+?)\s+(?P<predicate>[a-z][^,;:()—–]*?)\s+and\s+$"
)


def _fronted_for_both(date: DateMention, mention: Mention, reading: Reading, between: str) -> bool:
    """Whether a date fronted before the subject (`On Wednesday,`) dates the phrase standing
    in a predicate that `and` joins to the subject's first (`On Wednesday, Swift took to
    social media and accused Braun`): the subject named right after the comma, a predicate of
    lower-case words with no clause break and no reporting verb (`said the plan was dead
    and`: the `and` may join what was said), then `and` and the phrase, and no other date in
    the sentence. Both predicates are told of that day."""
    who = mention.who
    if who is None or mention.via or len(reading.document.dates(mention.index)) != 1:
        return False
    m = _FRONTED_AND.fullmatch(between)
    if m is None or _CLAUSE_BREAK.search(m.group("predicate")):
        return False
    tokens = reading.document.tokens[mention.index]
    start, end = date.end + m.start("predicate"), date.end + m.end("predicate")
    if any(t.norm in REPORTING for t in tokens if start <= t.start < end):
        return False  # `On Monday, Smith said the plan was dead and`: the `and` may be reported
    subject = (date.end + m.start("subject"), date.end + m.end("subject"))
    return subject == (who.start, who.end)  # the subject is the fact's `who`, named there


FRONTED_WHEN = "when.date-fronted-when-clause"
_FRONTED_WHEN_OPENS = re.compile(r"\s*,\s*when\s+")
_WHEN_CLAUSE_STOPS = frozenset(
    map(normalize_word, "had not never no would could might may should expected".split())
)
"""In a `when` clause between its subject and the phrase: a past perfect (an act done before
the day), a negation or a possibility: the day does not date the act."""


def _fronted_when_clause(
    date: DateMention, mention: Mention, reading: Reading, between: str
) -> bool:
    """Whether a day fronted before a comma (`On Tuesday,`) dates the phrase of a `when` clause
    that opens right after the comma (`On Tuesday, when the Vatican under Pope Francis
    delivered its final report, those concerns were nowhere to be found`): the clause tells
    what happened that day. Only when the fact's `who`, named (not a possessive), is the
    clause's first words, no clause break, reporting verb, past perfect, negation or modal
    stands between it and the phrase, and the sentence has no other date."""
    who = mention.who
    if who is None or mention.via or date.precision != "day" or date.vague:
        return False
    if len(reading.document.dates(mention.index)) != 1:
        return False
    sentence = reading.sentence_text(mention.index)
    if not _FRONTED_WHEN_OPENS.fullmatch(sentence, date.end, who.start):
        return False
    if sentence[who.start : who.end].endswith(("'s", "’s")):
        return False
    tokens = reading.document.tokens[mention.index]
    start = tokens[mention.phrase.first].start if mention.phrase is not None else who.end
    if _CLAUSE_BREAK.search(sentence, who.end, start):
        return False
    inside = [t.norm for t in tokens if who.end <= t.start < start]
    return not any(n in REPORTING or n in _WHEN_CLAUSE_STOPS for n in inside)


BEFORE_WHEN_CLAUSE = "when.date-before-when-clause"
"""A date right before a `when` clause that holds the phrase (`The couple was outside a club on
Dec. 28 when a man attacked Rene`): the clause tells what happened at that date, so it dates the
clause's act. A day is judged; a month or a year (`in 2014 when` may head a longer stretch) and
a day after a future or a plan in the main clause (`will play out Thursday night when the top
10 face off`: maybe another occurrence) only confirm."""
_BEFORE_WHEN = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*when\s+")
_WHEN_CLAUSE_REACH = 8
_QUESTION_VERBS = frozenset(
    map(
        normalize_word,
        "ask asked wonder wondered know knew known decide decided unclear clear sure unsure explain"
        " explained determine determined predict predicted guess guessed certain uncertain".split(),
    )
)
"""Right before a date that a `when` follows: `when` may open a question (`asked on Monday when
the vote would be held`), which dates nothing."""
_EVERY = frozenset(map(normalize_word, ("every", "each")))
_FUTURE_IN_CLAUSE = re.compile(
    r"(?:\bwill|\bshall|['’]ll|\b(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to"
    r"|\b(?:plans?|intends?)\s+to)\s",
    re.I,
)
"""Before a date that a `when` clause follows: a future or a plan in the main clause (`will
play out Thursday night when the top 10 face off`). The act to come may be another occurrence
than the fact's (as ``future_after_event`` reads a future phrase), so the date only confirms."""


def _before_when_clause(date: DateMention, mention: Mention, reading: Reading) -> bool:
    """Whether ``date`` stands right before `when` (past a part of the day and a comma) and the
    phrase in the clause it opens, at most ``_WHEN_CLAUSE_REACH`` words in, with no clause break,
    reporting verb, past perfect, negation or modal before it (``_WHEN_CLAUSE_STOPS``); the
    sentence has no other date, no verb of asking or knowing right before the date (a question's
    `when`), no `every` (a habit), and the date does not open the sentence before a comma (the
    fronted rule's case)."""
    assert mention.phrase is not None
    if date.vague or len(reading.document.dates(mention.index)) != 1:
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    first = tokens[mention.phrase.first]
    opens = _BEFORE_WHEN.match(sentence, date.end, first.start)
    if opens is None:
        return False
    if "," in opens[0] and sentence[: date.start].strip(" \"'“‘") in ("", "On", "on", "In", "in"):
        return False  # `On Tuesday, when ...`: ``_fronted_when_clause``
    inside = [t for t in tokens if opens.end() <= t.start < first.start]
    if len(inside) > _WHEN_CLAUSE_REACH or _CLAUSE_BREAK.search(sentence, opens.end(), first.start):
        return False
    if any(t.norm in REPORTING or t.norm in _WHEN_CLAUSE_STOPS for t in inside):
        return False
    lead = date.trigger[0] if date.trigger is not None else date.start
    before = [t.norm for t in tokens if t.end <= lead][-4:]
    return not any(n in _QUESTION_VERBS or n in _EVERY or n in REPORTING for n in before)


YEAR_OF_WORK = "when.year-of-work"
"""A bare year opening the description of a work that is the sentence's subject (`Brubaker is
a 1980 American prison drama film`): the work's year, judged (a date before the phrase is
otherwise only doubtful)."""
WORK_NOUNS = frozenset(
    map(
        normalize_word,
        """film films movie documentary comedy drama thriller musical play opera novel book album
        song single ep series sitcom miniseries poem painting""".split(),
    )
)
"""Nouns of a creative work, whose year in a description is the year it came out or was
made. Not a car's or a device's (`The Sentra is a 2020 sedan`: a model year), nor a person's
(`a 2024 presidential candidate`: the election's year)."""
_DESCRIBED_AS = re.compile(
    r"\s*(?:(?:-LRB-|\()[^()]{0,60}(?:-RRB-|\))\s*)?(?:is|was)\s+an?\s+$", re.I
)
"""Between the subject's name and the year: one bracketed aside at most, then `is a`/`was an`
(`Men in Black II -LRB- stylized as MIIB -RRB- is a 1992`)."""
_PLAIN_WORDS = re.compile(r"\s+(?:[A-Za-z]+(?:-[a-z]+)*\s+){0,6}")
_NOT_MODIFIERS = frozenset(
    map(
        normalize_word,
        """the a an of on in at by for with from about after to and or but than as its his her
        their based adapted inspired remake version sequel prequel adaptation""".split(),
    )
)
"""Between the year and the phrase: words that end the description's own noun phrase (`a
2007 stage play based on the film`, `a 2007 remake of the film`): the year is another
thing's."""
"""Between the year and the phrase: plain words, no number, no punctuation (`2004 British
comedy drama film`)."""


def _year_of_work(date: DateMention, mention: Mention, reading: Reading) -> bool:
    """Whether ``date`` is a bare year right after `is a`/`was an` that follows the named
    subject, a known entity of kind `product` whose name opens the sentence (one bracketed
    aside of its other names may follow it), and only plain words stand between it and the
    phrase, which ends in a noun of a creative work (``WORK_NOUNS``): `Private Lives is a 1940
    comedy of manners`, `Men in Black II is a 1992 film`. A year of something else in the
    description (`a 2020 sedan`, `the 2016 Oscar winner`), a subject referred to (`It is a 1992
    film`) or a quoted subject is left to the doubtful rule."""
    subject = mention.who
    phrase = mention.phrase
    if subject is None or phrase is None or mention.via or date.precision != "year":
        return False
    sentence = reading.sentence_text(mention.index)
    if not re.fullmatch(r"\d{4}", date.text):
        return False
    entity = reading.story.entities.get(subject.ref)
    if entity is None or entity.kind != "product":
        return False
    names = reading.entities[mention.index]
    opening = next((n for n in names if not sentence[: n.start].strip(" \"'“‘")), None)
    if opening is None or opening.ref != subject.ref or opening.end > date.start:
        return False  # the description is of the name that opens the sentence
    if any(n.ref != subject.ref for n in names if opening.end <= n.start < date.start):
        return False
    if _DESCRIBED_AS.fullmatch(sentence, opening.end, date.start) is None:
        return False
    tokens = reading.document.tokens[mention.index]
    if _PLAIN_WORDS.fullmatch(sentence, date.end, tokens[phrase.first].start) is None:
        return False
    between = [t.norm for t in tokens if date.end <= t.start < tokens[phrase.first].start]
    if any(w in _NOT_MODIFIERS for w in between):
        return False  # `a 2007 stage play based on the film`: the play's year
    words = [t.norm for t in tokens[phrase.first : phrase.last]]
    head = words[: words.index("of")] if "of" in words else words  # `comedy of manners`
    return bool(head) and head[-1] in WORK_NOUNS


_start = operator.attrgetter("start")
INSIDE_PHRASE = "when.date-inside-phrase"
_LEAD = frozenset(("on", "late", "early"))
_PART_OF_DAY = frozenset(("morning", "afternoon", "evening", "night"))


def _inside_phrase(
    date: DateMention, sentence: str, tokens: list[Token], elements: tuple[str, ...]
) -> str | None:
    """The rule of a day's date between the phrase's words, with at most `on`/`late`/`early`
    before it and a part of the day after it, a word of the phrase on each side (`agreed on
    Monday to buy`, `agreed late Monday to buy`, `agreed yesterday to buy`): it dates the
    phrase's verb. Another precision or any other word around it (`won the 2019 title`,
    `agreed in March to buy`) is not read (None)."""
    if date.precision != "day":
        return None
    before = bisect.bisect_left(tokens, date.start, key=_start) - 1
    after = bisect.bisect_left(tokens, date.end, key=_start)
    if before >= 0 and sentence[tokens[before].start : tokens[before].end].lower() in _LEAD:
        before -= 1
    if after < len(tokens) and tokens[after].norm in _PART_OF_DAY:
        after += 1
    if before < 0 or after >= len(tokens):
        return None
    if tokens[before].norm not in elements or tokens[after].norm not in elements:
        return None
    gap = sentence[tokens[before].end : tokens[after].start]
    return None if re.search(r"[^\w\s]", gap.replace(date.text, " ")) else INSIDE_PHRASE


SCHEDULED = "when.date-scheduled-for"
"""A date after `scheduled for` (`set for`, `slated for`) that closes the phrase, with only
an auxiliary between: the date the phrase's act is set for (`His sentencing is scheduled for
Feb. 14`), though a date after `for` most often dates something else (`for two weeks`)."""
_SCHEDULED_FOR = re.compile(
    r"(?:\w+\s+(?:(?:is|was|are|were|has\s+been|had\s+been|been|now)\s+)*)?"
    r"(?:scheduled|set|slated|rescheduled)\s+for\s+(?:(?:on|late|early)\s+)?",
    re.I,
)

_NOUN_YEAR_BEFORE = re.compile(
    r"(?<![\w'’])(?:into|of|over|about|against|from|for|with|after|before|following|since)"
    r"\s+(?:a|an|the|its|his|her|their|this|that)\s+$",
    re.I,
)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_CALENDAR_DAY = re.compile(
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
)
"""A day written with its month's name, with or without its year (`July 10`, `10 July 2019`,
`Nov. 5`): a weekday or a relative day (`Tuesday`, `yesterday`) is not one."""


def _year_of_a_noun(date: DateMention, sentence: str) -> bool:
    """Whether a bare year or a calendar day after the phrase stands between a preposition and
    its determiner, and a lower-case noun (`dropped its investigation into a 2010 rape
    allegation`, `testified about a July 10 meeting`): it says which of those things is meant,
    so it is that thing's date, not the phrase's."""
    if date.precision == "year":
        if not re.fullmatch(r"\d{4}", date.text):
            return False
    elif date.precision != "day" or not _CALENDAR_DAY.fullmatch(date.text):
        return False
    return bool(
        _LOWER_WORD_AFTER.match(sentence, date.end)
        and _NOUN_YEAR_BEFORE.search(sentence, max(0, date.start - 24), date.start)
    )


_BARE_IN_BEFORE = re.compile(r"(?<![\w'’])in\s+$", re.I)
_NOUN_AFTER_DAY = re.compile(
    r"\s+(?!(?:and|or|but|when|while|as|at|to|of|on|in|after|before|for|with|by|from|until)\b)"
    r"[A-Za-z]",
    re.I,
)


def _day_of_a_headline_noun(date: DateMention, sentence: str) -> bool:
    """Whether a calendar day after the phrase follows a bare `in` and goes straight on into a
    noun, as headlines write it with no determiner (`Police release surveillance photos in Dec.
    22 University Bank robbery`): a day's date is written after `on`, not `in`, so `in Dec. 22
    ...` names the thing the day qualifies, and it is that thing's date, not the phrase's."""
    if date.precision != "day" or not _CALENDAR_DAY.fullmatch(date.text):
        return False
    return bool(
        _NOUN_AFTER_DAY.match(sentence, date.end)
        and _BARE_IN_BEFORE.search(sentence, max(0, date.start - 8), date.start)
    )


_DETERMINERS = frozenset("a an the this that its his her their our another".split())


def _reduced_relative(sentence: str, tokens: list[Token], end: int, date: DateMention) -> bool:
    """Whether a noun after a determiner and a past participle right after it (a reduced
    relative clause: `in a letter posted on Twitter Tuesday`, `a statement released Monday`)
    stand between the phrase, which ends at ``end``, and ``date``: the date is that
    participle's act, not the phrase's."""
    words = [sentence[t.start : t.end] for t in tokens if end <= t.start and t.end <= date.start]
    for k in range(2, len(words)):
        verb, noun = words[k], words[k - 1]
        if not (
            verb in _PARTICIPLES
            or (len(verb) > 4 and verb.endswith("ed") and _VERB_FORM.fullmatch(verb))
        ):
            continue
        if not noun.isalpha() or not noun.islower() or noun in _DETERMINERS:
            continue
        if noun in FINITE_AUXILIARIES or noun in _AUXILIARIES:
            continue
        if any(w.lower() in _DETERMINERS for w in words[max(0, k - 4) : k - 1]):
            return True
    return False


def _after_phrase(date: DateMention, sentence: str, tokens: list[Token], end: int) -> str | None:
    """The rule by which a date after the phrase (which ends at ``end``) dates it, or None: near
    it in the same clause, or past a clock time or a place chain that goes with the date."""
    between = sentence[end : date.start]
    reach = max(  # the words starting between the phrase and the date (in order)
        0,
        bisect.bisect_left(tokens, date.start, key=_start)
        - bisect.bisect_left(tokens, end, key=_start),
    )
    apposed = apposition_between(sentence, end, date.start)
    if apposed is not None:  # `the premiere of the film, her first leading role, last Wednesday`
        between = between.replace(sentence[apposed[0] : apposed[1]], " ")
        reach -= sum(1 for t in tokens if apposed[0] <= t.start < apposed[1])
    if reach <= AFTER_REACH and not _CLAUSE_BREAK.search(between):
        return "when.date-after-phrase"
    score = _SCORE_ASIDE.search(between)
    if score is not None:
        words = sum(1 for t in tokens if end <= t.start < end + score.start())
        if words <= AFTER_REACH and not _CLAUSE_BREAK.search(between, 0, score.start()):
            return AFTER_SCORE  # `rolled past Northern Illinois, 45-17, on Saturday night`
    if _BIRTH_NAME.fullmatch(between) and _born_in_brackets(date, sentence, tokens, end):
        return (
            "when.date-after-birth-name"  # `(born Howard Allen Frances O'Brien; October 4, 1941)`
        )
    clock = _CLOCK_TIME.search(sentence, max(end, date.start - 60), date.start)
    if clock is not None and _plain(sentence, tokens, end, clock.start()):
        before = [t for t in tokens if t.end <= clock.start()][-1:]
        if not any(sentence[t.start : t.end].lower() in OTHER_TIME_WORDS for t in before):
            return "when.date-after-clock-time"  # `at a fork in the tracks at around 6:10am on`
    chain = _PLACE_CHAIN.search(sentence, max(end, date.start - 120), date.start)
    if (
        chain is not None
        and _DATE_ENDS_CLAUSE.match(sentence, date.end)
        and _plain(sentence, tokens, end, chain.start("comma"))
    ):
        return "when.date-after-place"  # `in Baoding, Hebei province on Saturday morning`
    bearing = _PLACE_BEARING.search(sentence, max(end, date.start - 120), date.start)
    if (
        bearing is not None
        and _DATE_ENDS_CLAUSE.match(sentence, date.end)
        and _plain(sentence, tokens, end, bearing.start("bearing"))
    ):
        return "when.date-after-place"  # `in the West Bank south of Jerusalem on Tuesday`
    return None


AFTER_SCORE = "when.date-after-score"
"""A date right after a score set off by commas after the phrase (`Eastern Michigan rolled past
Northern Illinois, 45-17, on Saturday night`): the score is the game's, and the date too; the
commas of the score are no clause break."""
_SCORE_ASIDE = re.compile(
    r",\s*\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*\((?:\d?OT|SO|aet|pens)\))?\s*,\s*"
    r"(?:(?:on|late|early)\s+)?$"
)
"""A score between commas (`, 45-17,`, `, 3-2 (OT),`), then at most `on`, `late` or `early`,
right before the date."""
_BIRTH_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*;\s*")
"""A name of birth then a semicolon, between `born` and the date (`born Howard Allen Frances
O'Brien; October 4, 1941`)."""
_OPENING_BRACKET = re.compile(r"(?:\(|-LRB-)\s*$")
_CLOSING_BRACKET = re.compile(r"\s*(?:\)|-RRB-)")


def _born_in_brackets(date: DateMention, sentence: str, tokens: list[Token], end: int) -> bool:
    """Whether the phrase ending at ``end`` is `born` opening a bracket that the full date
    closes (`Anne Rice (born Howard Allen Frances O'Brien; October 4, 1941)`)."""
    phrase = [t for t in tokens if t.end == end]
    if not phrase or sentence[phrase[0].start : end].lower() != "born" or date.precision != "day":
        return False
    opening = _OPENING_BRACKET.search(sentence, max(0, phrase[0].start - 8), phrase[0].start)
    return opening is not None and _CLOSING_BRACKET.match(sentence, date.end) is not None


def _plain(sentence: str, tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``sentence[start:end]``, from the phrase to a clock time or a place chain before
    the date, is one clause of at most ``AFTER_REACH`` words and none of them a verb form."""
    words = [sentence[t.start : t.end] for t in tokens if start <= t.start < end]
    return (
        len(words) <= AFTER_REACH
        and not _CLAUSE_BREAK.search(sentence, start, end)
        and not any(_verb_like(w) for w in words)
    )


def _verb_like(word: str) -> bool:
    """A finite auxiliary, a participle or a lower-case `-ed`/`-ing` word (not `morning`)."""
    return (
        word in FINITE_AUXILIARIES
        or word in _PARTICIPLES
        or (_VERB_FORM.fullmatch(word) is not None and word not in _NOUNS_IN_ING)
    )


def _another_predicate(sentence: str, start: int, end: int) -> bool:
    """Whether a finite auxiliary and a verb form (`were improving`, `was arrested`) stand in
    ``sentence[start:end]``."""
    for m in _ANOTHER_PREDICATE.finditer(sentence, start, end):
        verb = m["verb"]
        if verb in _PARTICIPLES or _VERB_FORM.fullmatch(verb):
            return True
    return False


def _dates_another(date: DateMention, sentence: str, tokens: list[Token]) -> bool:
    """Whether ``date`` dates something else than any phrase of its sentence: after `since`,
    `until`..., a dateline's, what was said (`said on Monday`), or the occurrence a comparison
    measures against, right after `than` (`a day later than in 2026`, `earlier than May 4`)."""
    if (
        date.trigger is not None
        and sentence[date.trigger[0] : date.trigger[1]].lower() in OTHER_TIME_WORDS
    ):
        return True
    dateline = _DATELINE.match(sentence)
    if dateline is not None and dateline.end("date") == date.end:
        return True  # `LONDON, Nov 9 (Reuters) -`: when the story was filed
    opens = date.trigger[0] if date.trigger is not None else date.start
    last = next((t for t in reversed(tokens) if t.end <= opens), None)
    if last is not None and last.norm == _THAN:
        return True  # `a day later than in 2026`: the occurrence it is compared with
    before = [t for t in tokens if t.end <= date.start][-3:]
    return any(t.norm in REPORTING for t in before)


def _reports_in_phrase(
    date: DateMention, sentence: str, tokens: list[Token], first: Token, last: Token
) -> bool:
    """Whether the only reason ``date`` seemed to date something else is a reporting verb that
    is one of the phrase's own words (`Lowe's reports earnings Thursday`, `published in the
    journal on Monday`): the report is the fact's act, and the date after it is its date. A
    reporting verb past the phrase (`reports earnings, the company said Thursday`), a word of
    another time (`since`) or a dateline still date something else."""
    if (
        date.trigger is not None
        and sentence[date.trigger[0] : date.trigger[1]].lower() in OTHER_TIME_WORDS
    ):
        return False
    dateline = _DATELINE.match(sentence)
    if dateline is not None and dateline.end("date") == date.end:
        return False
    before = [t for t in tokens if t.end <= date.start][-3:]
    reporting = [t for t in before if t.norm in REPORTING]
    return bool(reporting) and all(first.start <= t.start and t.end <= last.end for t in reporting)


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|A|An)\s+$")


def _names_thing(date: DateMention, sentence: str, before_phrase: bool) -> bool:
    """Whether a bare year followed by a capitalised word names a thing (`the 2023 Eastern
    Economic Forum`) rather than dating the event. Not after `a`/`an` before the phrase (`is a
    2004 British comedy drama film`): an indefinite noun phrase is no name, and its year is
    the phrase's date (judged as any date before the phrase)."""
    if date.precision != "year" or not _CAPITALISED_AFTER.match(sentence, date.end):
        return False
    if not re.fullmatch(r"\d{4}", date.text):
        return False
    return not (
        before_phrase and _ARTICLE_BEFORE.search(sentence, max(0, date.start - 4), date.start)
    )


def _past_auxiliaries(norms: list[str], first: int) -> int:
    """The index of the word before the phrase starting at ``first``, past auxiliaries (-1
    when none)."""
    k = first - 1
    while k >= 0 and norms[k] in _AUXILIARIES:
        k -= 1
    return k


def earlier_time(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase is said of an earlier time (`were last crowned`, `had previously won`,
    `the last time Rovers won`, `was previously jailed` between the phrase's words)."""
    assert mention.phrase is not None
    norms = reading.document.norms[mention.index]
    k = _past_auxiliaries(norms, mention.phrase.first)
    if k >= 0 and norms[k] in EARLIER:
        return True
    inside = norms[mention.phrase.first : mention.phrase.last]
    if not EARLIER.isdisjoint(inside) and not EARLIER.isdisjoint(
        set(inside).difference(mention.phrase.pattern.elements)
    ):
        return True  # `was previously jailed` for `was jailed`: between the phrase's words
    window = norms[max(0, mention.phrase.first - 6) : mention.phrase.first]
    return _TIME in window and any(
        a in _EARLIER_TIME and b == _TIME for a, b in itertools.pairwise(window)
    )


_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|a\s+few)"
_OTHER_TIME_OPENER = re.compile(
    r"[\"'“‘\s]*(?:earlier|later|previously|afterwards?|before\s+that|after\s+that"
    r"|(?:" + _NUMBER_WORD + r"\s+)?(?:moments?|minutes?|hours?|days?|nights?|weeks?|months?"
    r"|years?)\s+(?:earlier|later|before|after(?:wards)?)"
    r"|the\s+(?:day|night|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:previous|next|following|preceding)\s+(?:day|night|morning|evening|week|month"
    r"|year))\b,?\s+",
    re.I,
)
"""A time adverbial opening a sentence that sets its act at another time than the one just
told (`A day earlier she arrived in Madrid`, `Later she flew to Rome`, `The previous day`)."""


def fronted_other_time(mention: Mention, reading: Reading) -> bool:
    """Whether the sentence opens with a time adverbial of another time (``_OTHER_TIME_OPENER``)
    right before the phrase's clause: nothing but its subject (a pronoun or the name found as
    the subject) and auxiliaries between (`Vale arrived in Lisbon on Tuesday. A day earlier she
    arrived in Madrid.`: the trip's other stop). Not a noun after the opener (`Earlier reports
    said she arrived in Madrid`)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    opener = _OTHER_TIME_OPENER.match(sentence)
    if opener is None:
        return False
    tokens = reading.document.tokens[mention.index]
    who = mention.who
    between = [t for t in tokens[: mention.phrase.first] if t.start >= opener.end()]
    return all(
        t.norm in _SUBJECT_PRONOUNS
        or t.norm in _AUXILIARIES
        or (who is not None and who.start <= t.start and t.end <= who.end)
        for t in between
    ) and (mention.via in ("carried", "carried-past") or who is not None)


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))


_OTHER_OCCURRENCE_WORDS = (
    "earlier previous prior another other similar separate first former also again".split()
)
OTHER_OCCURRENCE = frozenset(map(normalize_word, _OTHER_OCCURRENCE_WORDS))
"""Right before the phrase, past auxiliaries (`Another fire broke out`, `Groen
Front first marched`, `also marched`), or after the owner of its subject (`Lind's previous
study was published`): the sentence tells another occurrence of the act, whose date and place
are not the fact's event's."""
_OWNER_OTHER = re.compile(
    r"\s+(?:" + "|".join(_OTHER_OCCURRENCE_WORDS) + r")\b[^;:()]{0,60}$",
    re.I,
)
_OWNER_END = re.compile(r"['’]s?$")
_OWNER_START = re.compile(r"['’]s?(?=\s)")
_REPEATED_AFTER = re.compile(r"\bagain\b|\b(?:too|as\s+well)(?=\s*(?:[,.;:!?)]|$))", re.I)
"""After the phrase, in its clause (`marched on the Coolsingel again in 2022`, `in 2017 as
well`, `in 2022, too`): the act happened at another time too."""
_AS_WELL = re.compile(r"as\s+well\b(?!\s+as\b)", re.I)
_TOO_AT_END = re.compile(r",\s*too\s*[.!?]?\s*$", re.I)
_REPEATED_INSIDE = frozenset(map(normalize_word, ("also", "again")))
"""Between the phrase's words (`A fire also broke out`): another occurrence."""
_RETURN = normalize_word("back")
"""Between the phrase's words, not one of them (`arrived back in Dakar`, `flew back to Paris`
for `arrived in`, `flew to`): the return, another journey than the fact's."""


_OTHER_BEFORE_SUBJECT = frozenset(
    map(normalize_word, "other another earlier previous prior separate similar".split())
)
_COUNT_WORDS = frozenset(
    map(
        normalize_word, "a an the two three four five six seven eight nine ten some several".split()
    )
)
"""Right before the subject's name, past a number or an article (`Two other hostages were
released`): other members of the kind, whose act is another occurrence."""
_LATER_ORDINALS = frozenset(
    map(normalize_word, "second third fourth fifth sixth seventh eighth ninth tenth".split())
)
_A_AN = frozenset(map(normalize_word, ("a", "an")))
"""`a`/`an` and one of ``_LATER_ORDINALS`` right before the subject's name (`a second Home Office
deportation flight`): one more member of the kind than those told before, another occurrence.
`the second flight` may be the fact's own, and is still judged."""
_TO = normalize_word("to")


def _to_another_place(mention: Mention, reading: Reading) -> bool:
    """Whether `to` and a well-known place of the world that the story does not list stand
    between the phrase's words (`A Home Office deportation flight to Albania left Stansted`
    for `deportation flight left`): a journey to somewhere else than any of the story's
    places, another occurrence. A place the story lists (`flight to Kigali left`) is still
    judged, and so is a phrase with a `to` of its own (`sent them to Pakistan` for `sent to
    Qatar`: the destination is the fact's place)."""
    assert mention.phrase is not None
    first, last = mention.phrase.first, mention.phrase.last
    norms = reading.document.norms[mention.index]
    if _TO not in norms[first:last] or _TO in mention.phrase.pattern.elements:
        return False  # `sent them to Pakistan` for `sent to Qatar`: the phrase's own `to`
    return any(
        first < span.first < last and norms[span.first - 1] == _TO
        for span in reading.world_places(mention.index)
    )


_WITH_PARTY = re.compile(r"\s+(?:(?!by\b)[a-z]+\s+){0,3}?with\b", re.I)
"""After the phrase, at most three words before it (`held talks with`, `met in Tokyo
with`, `signed an accord with`), no `by` (`directed by car with`: a passive's agent may
follow): the party of the act."""


_OWN_PARTNER = re.compile(r"\s+(?:his|her)\s+[a-z]")
"""After the phrase: an object the subject owns (`married his first wife`), another party."""


def with_another_party(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether one of a joint act's parties does it `with` someone the fact does not name
    (`Tanabe held talks with the Chinese premier in Beijing` for `who: [halvorsen, tanabe]`),
    or to someone of their own named right after the phrase (`Price married his first wife in
    Malaga in 2015` for `who: [ruiz, price]`): another meeting, whose date, place and number
    are its own. Only for a fact whose `who` lists several entities, in a sentence that names
    one of them alone."""
    if mention.phrase is None or len(fact.who) < 2:
        return False
    names = reading.entities[mention.index]
    if len({s.ref for s in names if s.ref in fact.who}) != 1:
        return False  # `Halvorsen held talks with Tanabe`: the fact's own parties
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    end = tokens[mention.phrase.last - 1].end
    return _WITH_PARTY.match(sentence, end) is not None or bool(_OWN_PARTNER.match(sentence, end))


_ORDINAL_OCCASION_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:on|during|in)\s+(?:its|his|her|their)\s+"
    r"(?:maiden|first|previous|earlier|debut|inaugural)\b",
    re.I,
)
"""After the phrase, at most three words before it, in its clause: the act on an occasion
its subject's ordinal names (`launched 22 satellites on its maiden flight`, `won the race on
his debut`), one of several, whose date, place and number are that occasion's."""


_OTHERS_OCCASION_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|during)\s+the\s+(?:[a-z-]+\s+){1,2}?(?:of|into|for)\s+"
    r"(?:another|other|(?:a|an)\s+(?:second|third|earlier|previous|separate|different))\b",
    re.I,
)
"""After the phrase, at most three words before it, in its clause: the occasion the act was
done at, named as another's (`recorded a conclusion of accidental death in 2025 at the inquest
of another Calder worker`, `during the trial of a second man`): the act at that other one's
occasion, whose date and place are its own."""


_WHO_RELATIVE = re.compile(r",\s+who\s+(?:(?:has|had)\s+)?")
"""Between the subject's name and the phrase: a relative clause about the subject (`Ms
Hughes, who returned`)."""
_AT_AN_OCCASION = re.compile(
    r"\s+at\s+an?\s+(?:[a-z-]+\s+)?(?:inquest|hearing|trial|tribunal|meeting|ceremony"
    r"|conference|rally|summit|concert|festival)\b"
)
"""Right after the phrase: an occasion the act was done at, told with `a`/`an` (`at an
inquest`, `at a three-day hearing`)."""


def _at_an_occasion_in_relative(mention: Mention, reading: Reading, phrase_end: int) -> bool:
    """Whether the phrase stands in a relative clause about its subject, right after `, who`,
    and is done at an occasion told with `a`/`an` (`Ms Hughes, who returned a conclusion of
    accidental death at an inquest in Aberdare in May, said ...`): what the subject has done
    at one of several such occasions, told to present them, whose date and place are that
    occasion's. The fact's own occasion told so (`who recorded a conclusion ... at the inquest
    on Wednesday`) or outside such a clause (`Ms Hughes returned ... at an inquest in May`) is
    judged."""
    who, phrase = mention.who, mention.phrase
    if (
        who is None
        or phrase is None
        or mention.via not in ("", "relative")
        or who.last > phrase.first
    ):
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    between = sentence[who.end : tokens[phrase.first].start]
    return (
        _WHO_RELATIVE.fullmatch(between) is not None
        and _AT_AN_OCCASION.match(sentence, phrase_end) is not None
    )


_HAD = normalize_word("had")
_FOR_SOMEONE_UNNAMED = re.compile(r"\bfor\s+(?:a|an)\s+[a-z][\w-]*\b")
"""After the phrase, in its clause: `for` and someone told with `a`/`an` (`for a farmer`)."""


def _earlier_for_someone_unnamed(
    mention: Mention, reading: Reading, phrase_end: int, end: int
) -> bool:
    """Whether the phrase is told in the past perfect (`had` right before it) and done `for`
    someone told with `a`/`an` in its clause (`Hughes had recorded a conclusion of accidental
    death at Pontypridd in March for a farmer crushed by a tractor`): an earlier act for
    someone the story does not name, whose date and place are its own. Without `had`, or for
    someone named, it is judged."""
    phrase = mention.phrase
    assert phrase is not None
    norms = reading.document.norms[mention.index]
    if phrase.first < 1 or norms[phrase.first - 1] != _HAD:
        return False
    sentence = reading.sentence_text(mention.index)
    return _FOR_SOMEONE_UNNAMED.search(sentence, phrase_end, end) is not None


def _subject_head(norms: list[str], who_last: int, k: int) -> bool:
    """Whether the subject's name ends right before the phrase (past auxiliaries, ``k`` the
    word before them), or one lower-case head noun stands between (`previous Kestrel-2 mission
    lifted off`)."""
    if who_last == k + 1:
        return True
    return who_last == k and norms[k].isalpha() and norms[k].islower()


def _reading_key(name: str, mention: Mention) -> tuple[object, ...]:
    """The memo key of what is read of a mention's phrase and subject, the same for every fact
    that finds them there."""
    phrase, who = mention.phrase, mention.who
    assert phrase is not None
    return (
        name,
        mention.index,
        phrase.first,
        phrase.last,
        who and (who.first, who.last),
        mention.via,
    )


def another_occurrence(mention: Mention, reading: Reading) -> bool:
    """Whether the sentence tells another occurrence of the phrase's act than the fact's
    (`Another fire broke out at Harewood Court in 2017`, `Lind's previous study was published
    in Sleep Health in 2020`, `marched on the Coolsingel again in 2022`, `in 2017 as well`):
    its date and place are that occurrence's, and are not judged. Read once per phrase and
    subject: the `when` and `where` checks both ask."""
    key = _reading_key("another-occurrence", mention)
    known = reading.memo.get(key)
    if known is None:
        reading.memo[key] = known = _another_occurrence(mention, reading)
    return known is True


def inside_another_occurrence(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's words stand inside a longer match of another phrasing of the fact
    that tells another occurrence or, after the fact's date, a future one (`launch show for
    Glass Harbour`, found for `launched Glass Harbour`, inside `also played a launch show for
    Glass Harbour` or `will play a launch show for Glass Harbour`): the same words, whose act
    the longer phrasing, read with the words around it, says is another time's. Read only for
    a clash."""
    phrase = mention.phrase
    if phrase is None or len(fact.what) < 2:
        return False
    width = phrase.last - phrase.first
    for index, match in reading.phrase_matches(fact):
        if (
            index != mention.index
            or match.first > phrase.first
            or match.last < phrase.last
            or match.last - match.first <= width
        ):
            continue
        longer = dataclasses.replace(mention, phrase=match)
        if another_occurrence(longer, reading) or (
            fact.when is not None and future_after_event(fact.when, longer, reading)
        ):
            return True
    return False


def _another_occurrence(mention: Mention, reading: Reading) -> bool:
    assert mention.phrase is not None
    norms = reading.document.norms[mention.index]
    k = _past_auxiliaries(norms, mention.phrase.first)
    if k >= 0 and norms[k] in OTHER_OCCURRENCE:
        return True
    who = mention.who
    if who is not None and mention.via == "" and _subject_head(norms, who.last, k):
        j = who.first - 1
        while j >= 0 and (norms[j] in _COUNT_WORDS or norms[j].isdigit()):
            j -= 1
        if j >= 0 and norms[j] in _OTHER_BEFORE_SUBJECT:
            return True  # `Two other hostages were released`: other ones' act
        if j >= 1 and norms[j] in _LATER_ORDINALS and norms[j - 1] in _A_AN:
            return True  # `a second Home Office deportation flight took off`: one more
    if _to_another_place(mention, reading):
        return True  # `A Home Office deportation flight to Albania left Stansted`
    if _other_name_in_time_clause(mention, reading):
        return True  # `after Pope Francis landed in Dublin on August 25, 2018`
    if _compared(norms, mention, k):
        return True  # `It was worse than the crush outside the Kop in 1998`
    inside = norms[mention.phrase.first : mention.phrase.last]
    if not _REPEATED_INSIDE.isdisjoint(inside):
        return True  # `A fire also broke out`
    if _RETURN in inside and _RETURN not in mention.phrase.pattern.elements:
        return True  # `Diallo arrived back in Dakar on Thursday`: the journey home
    if _owned_other_inside(inside, mention.phrase.pattern.elements):
        return True  # `issued its first red warning for Andalusia in 2019`
    if _ended_thing(norms, k):
        return True  # `AEMET lifted the red warning for Andalusia on Sunday`
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    if who is not None and who.last <= mention.phrase.first:
        between = sentence[who.end : phrase_start]
        owner = _OWNER_START.match(between)
        rest = between[owner.end() :] if owner else between
        if (owner or _OWNER_END.search(sentence, 0, who.end)) and _OWNER_OTHER.match(rest):
            return True  # `Lind's previous study was published`
    phrase_end = tokens[mention.phrase.last - 1].end
    end = len(sentence)
    for brk in _CLAUSE_BREAK.finditer(sentence, phrase_end):
        if not _AS_WELL.match(sentence, brk.start()):
            end = brk.start()
            break
    if _REPEATED_AFTER.search(sentence, phrase_end, end):
        return True
    if _ORDINAL_OCCASION_AFTER.match(sentence[phrase_end:end]):
        return True  # `launched 22 satellites on its maiden flight in 2023`
    if _OTHERS_OCCASION_AFTER.match(sentence[phrase_end:end]):
        return True  # `recorded a conclusion ... in 2025 at the inquest of another worker`
    if _earlier_for_someone_unnamed(mention, reading, phrase_end, end):
        return True  # `had recorded a conclusion ... in March for a farmer crushed by a tractor`
    if _at_an_occasion_in_relative(mention, reading, phrase_end):
        return True  # `Ms Hughes, who returned a conclusion ... at an inquest in Aberdare in May`
    elements = mention.phrase.pattern.elements
    dating = [a for a, b in itertools.pairwise(inside) if a not in elements and b in elements]
    if _of_another_year(sentence, phrase_end, reading, dating):
        return True  # `played the opening show of their 2019 tour in Cork on April 2`
    if _OTHER_OBJECT.match(sentence, phrase_end):
        return True  # `The FDA approved a rival drug from Novacor in 2023`
    if _with_an_unknown_work(mention, reading, phrase_end):
        return True  # `entered the UK Albums Chart at number one with Salt Lines in 2024`
    if _of_an_unknown_owner(mention, reading, phrase_end):
        return True  # `announced the date of the Coast Line's opening in January 2019`
    if _FAILED_AFTER.search(sentence, phrase_end):
        return True  # `had a medical in January before a move to Germany fell through`
    if _at_stage_elsewhere(mention, reading, phrase_end, end):
        return True  # `Havel beat Salas in the Rome semi-finals last month`
    if _counted_other_things(mention, reading, phrase_end):
        return True  # `Shadowfen accessed the systems of two hospitals in 2025`
    if _owned_member(mention, reading, phrase_end):
        return True  # `Corvid launched its first Kestrel from the Cape in 2021`
    if (
        who is not None
        and mention.via == ""
        and _THEIR_OBJECT.match(sentence, phrase_end)
        and _unknown_partner(mention, reading, k)
    ):
        return True  # `The EU and Mercosur signed their deal in 2024`
    return _TOO_AT_END.match(sentence, end) is not None  # `, too.`


_TIME_CLAUSE_OPENERS = frozenset(map(normalize_word, "when after before since until".split()))


def _other_name_in_time_clause(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase, told after the fact's subject, opens with a capitalised name of its
    own right after a word opening a clause of time (`Clement XV landed in Dublin on Wednesday,
    nine years after Pope Francis landed in Dublin on August 25, 2018`, `when Gustaf VII was
    crowned in 1973`): the act of that other name, another occurrence whose date and place are
    its own."""
    who, phrase = mention.who, mention.phrase
    if who is None or phrase is None or who.last > phrase.first:
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    norms = reading.document.norms[mention.index]
    j = phrase.first - 1
    while j >= who.last and sentence[tokens[j].start].isupper():
        j -= 1
    return who.last <= j < phrase.first - 1 and norms[j] in _TIME_CLAUSE_OPENERS


_THAN, _WHEN = normalize_word("than"), normalize_word("when")
_COMPARED_DETERMINERS = frozenset(map(normalize_word, "the a an that this".split()))


def _compared(norms: list[str], mention: Mention, k: int) -> bool:
    """Whether the phrase, or its subject named right before it, stands after `than` (past an
    article and `when`): the occurrence the writer compares with (`worse than the crush outside
    the Kop in 1998`, `faster than when the ferry caught fire in 2009`), not the fact's."""
    who = mention.who
    j = k
    if who is not None and mention.via == "" and who.last == k + 1:
        j = who.first - 1
    while j >= 0 and norms[j] in _COMPARED_DETERMINERS:
        j -= 1
    if j >= 0 and norms[j] == _WHEN:
        j -= 1
    return j >= 0 and norms[j] == _THAN


_OWNERS = frozenset(map(normalize_word, "its their his her our".split()))
_OF_YEAR = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|last)\s+)?(\d{4})\s+[a-z]")


_FOR_PERIOD_YEAR = re.compile(
    r"\s+for\s+(?:(?:the|its|their)\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?(\d{4})\b",
    re.I,
)
"""Right after the phrase: the fiscal or calendar year it is for (`reported third-quarter
results for fiscal 2026`)."""
_FIRST_TIME_YEAR = re.compile(r"\s+for\s+the\s+(?:first|last)\s+time\s+in\s+(\d{4})\b", re.I)
"""Right after the phrase: the year of its first or last time (`published in the BMJ for the
first time in 2019`)."""


def _of_another_year(sentence: str, phrase_end: int, reading: Reading, inside: list[str]) -> bool:
    """Whether the phrase goes on with `of` and a noun dated by another year than the story's
    (`the opening show of their 2019 tour`, `the final of the 2024 cup`), or with `for` and a
    fiscal or calendar year other than the story's (`reported third-quarter results for fiscal
    2026`: that year's results, reported at their own date), or with its first or last time
    in such a year (`published in the BMJ for the first time in 2019`: an earlier occurrence;
    the story's may not be the first), or holds such a year
    right before one of its own words (`opening show of the 2023 tour` for `open the tour`;
    ``inside``: the words between its own that stand so, not `firms, which were told in 2014,
    were told`): a part of
    that year's occurrence, whose date and place are its own. A year of the story's date or
    of any of its facts' dates is their own occurrence's."""
    found = (
        _OF_YEAR.match(sentence, phrase_end)
        or _FOR_PERIOD_YEAR.match(sentence, phrase_end)
        or _FIRST_TIME_YEAR.match(sentence, phrase_end)
    )
    years = [int(found[1])] if found else []
    years += [int(n) for n in inside if len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100]
    if not years:
        return False
    story = reading.story
    own = {f.when.year for f in story.facts if f.when is not None}
    if story.date is not None:
        own.add(story.date.year)
    return bool(own) and any(year not in own for year in years)


def _owned_other_inside(inside: list[str], elements: tuple[str, ...]) -> bool:
    """Whether the words between the phrase's own hold an owner and a word of another
    occurrence right after it (`issued its first red warning for Andalusia`, `held their
    previous vote on the bill`): the subject's earlier or other act of the kind."""
    return any(
        a in _OWNERS and b in OTHER_OCCURRENCE and b not in elements
        for a, b in itertools.pairwise(inside)
    )


_ENDING_VERBS = frozenset(
    map(
        normalize_word,
        "lifted withdrew withdrawn cancelled canceled rescinded downgraded scrapped extended"
        " renewed".split(),
    )
)
_DETERMINERS = frozenset(map(normalize_word, "the a an its their this that".split()))


def _ended_thing(norms: list[str], k: int) -> bool:
    """Whether the phrase, starting right after ``k`` (the word before it past auxiliaries),
    is the object of a verb that ends, extends or renews the thing it names (`lifted the red
    warning for Andalusia on Sunday`, `extended the amber rain warning until Monday`): the
    date and place are that later act's, not those of the thing's issue."""
    while k >= 0 and norms[k] in _DETERMINERS:
        k -= 1
    return k >= 0 and norms[k] in _ENDING_VERBS


_WITH_NAMED = re.compile(
    r"\s+with\s+(?:(?:his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
"""Right after the phrase: `with` and a capitalised name, past an owner and two words (`with
Salt Lines`, `with her debut Paper Boats`): what the act was done with."""


def _with_an_unknown_work(mention: Mention, reading: Reading, phrase_end: int) -> bool:
    """Whether the phrase is done `with` a name right after it that names none of the story's
    entities nor a date, in a story that names a work of its own (an entity of kind
    `product`: an album, a film): another work's act (`Quinlan entered the UK Albums Chart at
    number one with Salt Lines in 2024`, for the chart debut of Glass Harbour), whose date and
    place are its own. A story with no work of its own reads such a name as a companion or an
    instrument (`arrived in Vladivostok with Lavrov`) and still judges."""
    if not any(e.kind == "product" for e in reading.story.entities.values()):
        return False
    sentence = reading.sentence_text(mention.index)
    found = _WITH_NAMED.match(sentence, phrase_end)
    if found is None:
        return False
    start, end = found.span("name")
    spans = [(s.start, s.end) for s in reading.entities[mention.index]]
    spans += [(d.start, d.end) for d in reading.document.dates(mention.index)]
    return not any(a < end and start < b for a, b in spans)


_OTHER_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|several|some|many)\s+)?"
    r"(?:another|other|rival|competing|similar|separate|different)\b",
    re.I,
)
"""Right after the phrase: its object is another of the kind, or a rival's (`approved a rival
drug`, `approved another drug`, `bought two other firms`): the act done to another thing, an
occurrence other than the fact's."""


_OF_OWNER_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s+\w"
)
"""Right after the phrase: `of`, a capitalised name of at most four words and its possessive
before a word (`the date of the Coast Line's opening`): the phrase's object is that name's."""


def _of_an_unknown_owner(mention: Mention, reading: Reading, phrase_end: int) -> bool:
    """Whether the phrase goes on with `of` and the possessive of a name that is none of the
    story's entities or places, no place of the world and no date (`Severnside announced the
    date of the Coast Line's opening in January 2019`, the story's announcement being of the
    Bay Line's): the act done to another's thing, another occurrence whose date and place are
    its own. The story's own names (`the date of the Bay Line's opening`) or an owner's pronoun
    (`of its opening`) leave them judged; a place (`of Cardiff's new line`) or a date (`of
    Monday's vote`) is no other owner for this rule."""
    sentence = reading.sentence_text(mention.index)
    found = _OF_OWNER_AFTER.match(sentence, phrase_end)
    if found is None:
        return False
    start, end = found.span("name")
    index = mention.index
    spans = [(s.start, s.end) for s in (*reading.entities[index], *reading.places[index])]
    spans += [(p.start, p.end) for p in reading.world_places(index)]
    spans += [(d.start, d.end) for d in reading.document.dates(index)]
    return not any(a < end and start < b for a, b in spans)


_FAILED_AFTER = re.compile(
    r"\b(?:before|but)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:(?!(?:who|which|that)\b)[\w'’-]+\s+){0,5}?"
    r"(?:fell\s+through|collapsed|broke\s+down"
    r"|(?:was|were)\s+(?:called\s+off|abandoned|cancell?ed|blocked))\b",
    re.I,
)
"""After the phrase: `before` or `but` and something that then fell through or collapsed
(`had a medical in Copenhagen in January before a move to Germany fell through`, `agreed terms
in May, but the deal collapsed`): the act was a step of an attempt that failed, another
occurrence than the fact's, whose date and place are that attempt's."""


_STAGE_NAMED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|at)\s+the\s+((?:[A-Z][\w'’.-]*\s+){1,2}?)"
    r"(?:final|semi-?final|quarter-?final)s?\b"
)
"""After the phrase, at most three words before it: a stage of a contest named by capitalised
words (`in the Rome semi-finals`, `last month at the Madrid final`)."""


def _at_stage_elsewhere(mention: Mention, reading: Reading, phrase_end: int, end: int) -> bool:
    """Whether the phrase is followed in its clause (``end``) by a final, semi-final or
    quarter-final named by a place of the world the story does not list (`Havel beat Salas in
    the Rome semi-finals last month`, the story being a final in Paris): the act at another
    tournament, whose date and place are its own. A place the story lists (`in the Paris
    final`), one that may be the place of a fact of the story, in it or near it (`in the
    Boulogne-Billancourt final` for a final in Paris), or a stage named by no place (`in the
    French Open final`) leaves them judged."""
    sentence = reading.sentence_text(mention.index)
    stage = _STAGE_NAMED_AFTER.match(sentence, phrase_end, end)
    if stage is None:
        return False
    start, stop = stage.span(1)
    found = [p for p in reading.world_places(mention.index) if start <= p.start and p.end <= stop]
    if not found:
        return False
    anchors = [a for a in reading.compiled.anchors.values() if a is not None]
    return all(world.judge(a, world.readings(p.ref)) is False for a in anchors for p in found)


_ORIGIN_AFTER = re.compile(r"\s+from(?=\s)", re.I)
_INDEFINITE = re.compile(r"\s+(?:a|an)\s+", re.I)


def from_unknown_origin(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase, ending in `from` or followed by it, names its origin as
    a thing the reader does not yet know (`escaped from a prison van`, `fled from a camp`):
    maybe another than the story's, so the act from it may be another occurrence. A date or
    place that fits still confirms; one that does not is not judged."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    if reading.document.norms[mention.index][mention.phrase.last - 1] != "from":
        origin = _ORIGIN_AFTER.match(sentence, end)
        if origin is None:
            return False
        end = origin.end()
    return _INDEFINITE.match(sentence, end) is not None


_COUNTED_OBJECT_OPENS = re.compile(r"\s+(?:the\s+[a-z-]+\s+of\s+)?")
_TIME_NOUNS = frozenset(
    "seconds minutes hours days nights weeks months years decades centuries".split()
)
_PLURAL_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,}s)\b")


def _counted_other_things(mention: Mention, reading: Reading, phrase_end: int) -> bool:
    """Whether the phrase's object, right after it, is a number of things the story counts in
    none of its facts (`accessed the systems of two hospitals`, `quashed 31 convictions`): the
    act done to each of them is another occurrence than the fact's, whose date and place are
    their own. Things a fact of the story counts (`accessed the data of 2.3 million
    customers` for a story counting customers), or counts by the phrase itself (`killed four
    workers` for a story counting those killed), are the fact's event's."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    at = _COUNTED_OBJECT_OPENS.match(sentence, phrase_end)
    if at is None:
        return False
    number = next((n for n in reading.document.numbers(mention.index) if n.start == at.end()), None)
    if number is None:
        return False
    noun = _PLURAL_NOUN.match(sentence, number.end)
    if noun is None or noun["noun"].lower() in _TIME_NOUNS:
        return False  # `their meeting eight years ago`, `two years of records`: a stretch
    counted = {
        stem(normalize_word(word))
        for fact in reading.story.facts
        if fact.count is not None
        for phrase in fact.what
        for word in phrase.split()
    }
    words = reading.document.norms[mention.index][mention.phrase.first : mention.phrase.last]
    if not counted.isdisjoint(map(stem, words)):
        return False  # `killed four workers` for a story counting those killed
    return stem(normalize_word(noun["noun"])) not in counted


_OWNED_MEMBER_OBJECT = re.compile(
    r"\s+(?:its|his|her|their)\s+(?:first|previous|earlier|prior|maiden)\s+(?=[A-Z])"
)
"""Right after the phrase, before a name of the story's: the subject's own earlier member of a
kind the story names (`launched its first Kestrel`, `flew her previous Skylark`)."""


def _owned_member(mention: Mention, reading: Reading, phrase_end: int) -> bool:
    """Whether the phrase's object is an earlier member of a kind the story names, owned by the
    subject (`Corvid launched its first Kestrel from the Cape in 2021`, the story's rocket being
    a Kestrel): the act done to that one, an occurrence other than the fact's. Not read: `its
    last`/`latest` (the fact's own may be the latest), a noun that names nothing the story knows
    (`launched its first satellites on Wednesday` is judged)."""
    sentence = reading.sentence_text(mention.index)
    m = _OWNED_MEMBER_OBJECT.match(sentence, phrase_end)
    return m is not None and any(s.start == m.end() for s in reading.entities[mention.index])


_THEIR_OBJECT = re.compile(r"\s+their\b")
"""Right after the phrase: an object the subject's pair owns (`signed their deal`)."""
_PARTNER = r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_PARTNER_AFTER = re.compile(
    r"\s+(?:and|&)\s+(" + _PARTNER + r")\s+(?:(?:has|have|had|was|were)\s+)?$"
)
_PARTNER_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(" + _PARTNER + r")\s+(?:and|&)\s+(?:[Tt]he\s+)?$")


def _unknown_partner(mention: Mention, reading: Reading, k: int) -> bool:
    """Whether the subject is coordinated with a capitalised name that names nothing the
    story knows (`The EU and Mercosur signed their deal`, `Mercosur and the EU signed their
    deal`): the pair's own act, with a party the story's event does not have, is another
    occurrence. A partner the story knows (`The EU and the Andean bloc`, `The EU and Peru`)
    leaves the act the story's."""
    who = mention.who
    assert who is not None and mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    after = _PARTNER_AFTER.match(sentence[: tokens[mention.phrase.first].start], who.end)
    if after is not None:
        start, end = after.span(1)
    elif _subject_head(reading.document.norms[mention.index], who.last, k):
        before = _PARTNER_BEFORE.search(sentence, 0, who.start)
        if before is None:
            return False
        start, end = before.span(1)
    else:
        return False
    if start == 0 and sentence[start:end] == "The":
        return False
    known = reading.entities[mention.index] + reading.places[mention.index]
    return not any(start <= s.start < end for s in known)


_SPAN_NUMBER = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|many|some|a\s+couple\s+of)"
)
_SPAN_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|generations?)"
_SPAN_BEFORE_CUE = re.compile(
    r"(?<![\w'’])(?:(?:just|only|barely|nearly|almost|about|around|some|over|under|more\s+than"
    r"|less\s+than)\s+)?"
    r"(?:" + _SPAN_NUMBER + r"[\s-]+(?:and\s+a\s+half\s+)?" + _SPAN_UNIT + r"(?:\s+and\s+a\s+half)?"
    r"|(?:days|weeks|months|years|decades|centuries|generations))\s+$",
    re.I,
)
"""A span of a day or more (`two years`, `18 months`, `a week`, `decades`) right before
`after`, `before` or `since`. Hours and minutes are left out: a clause told `two hours after`
stays within the event's day, most often the same occurrence."""
_SPAN_CUE = re.compile(r"\b(?:after|before|since)\b", re.I)
_SPAN_CLAUSE_END = re.compile(r"[,;:()—–]")
_match_start = operator.methodcaller("start")

_ROLE_FRONTED = re.compile(
    r"[\s\"'“‘]*(?:as|(?:when|while)\s+[\w'’]+\s+(?:was|were)|during\s+(?:his|her|their)\s+"
    r"(?:time|days|years|spell|tenure|stint)\s+as)\s+" + ROLE + r"[^,;:()—–]{0,60},",
    re.I,
)
"""A role opening the sentence (`As foreign minister,`, `When she was a student,`, `During
her time as governor,`)."""
_ROLE_APPOSED = re.compile(r",\s*as\s+" + ROLE + r"[^,;:()—–]{0,60},", re.I)
"""A role in apposition right after the subject (`Sorensen, as foreign minister, visited`)."""
_ROLE_AFTER = re.compile(r"\bas\s+" + ROLE, re.I)
"""A role after the phrase, in its clause (`visited Moscow in 2009 as foreign minister`)."""
_ROLE_CLAUSE_END = re.compile(
    r"[;:()—–]|\b(?:which|who|whom|whose|that|when|while|where|after|before|since|until|and|but"
    r"|because)\b",
    re.I,
)


_ROLE_CUES = frozenset(map(normalize_word, ("as", "when", "while")))


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;:()—–]{1,200},")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,;:()—–]{1,200}(?:,|$)")
"""A relative clause between commas right after a name (`Groen Front, which blocked the A12
in March,`)."""


_AGAIN_NEXT = re.compile(r"\s*(?:[\w'’]+\s+){1,3}?again\b", re.I)
"""Among the first four words of the main clause after a relative clause (`won it again`)."""


def told_again_after_relative(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase stands in a relative clause between commas right after its subject's
    name, and the sentence's main clause, after it, tells the fact's act of the same subject
    (`Groen Front, which blocked the A12 in March, marched on Saturday` for a fact phrased
    both ways), or says its subject did something `again` (`Rovers, who won the cup in 2015,
    won it again on Saturday`): the clause tells another occurrence, whose date, place and
    number are its own; the main clause's are judged. A clause whose sentence goes on with
    another act (`Groen Front, which marched in March, said it would return`) is judged."""
    who = mention.who
    phrase = mention.phrase
    if who is None or phrase is None:
        return False
    sentence = reading.sentence_text(mention.index)
    clause = _RELATIVE_ASIDE.match(sentence, who.end)
    if clause is None:
        return False
    tokens = reading.document.tokens[mention.index]
    if not clause.start() < tokens[phrase.first].start < clause.end():
        return False
    if _AGAIN_NEXT.match(sentence, clause.end()):
        return True  # `Rovers, who won the cup in 2015, won it again on Saturday`
    refs = frozenset(fact.who)
    return any(
        index == mention.index
        and tokens[match.first].start >= clause.end()
        and _subject_span(reading.subject(index, match, refs)) == who
        for index, match in reading.phrase_matches(fact)
    )


def dated_before_relative(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase stands in a relative clause between commas (`The group, which
    protested in March, said it would return`) and an earlier sentence of the article has
    already told the fact's act with a date (`Groen Front protested on Saturday.`): the
    clause, told after the event is dated, gives the subject's background, another occurrence
    of the act, whose date and place are its own. With no earlier dated mention (`Groen Front,
    which protested in March, said it would return`, opening the article), it is judged."""
    phrase = mention.phrase
    if phrase is None or mention.index == 0:
        return False
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][phrase.first].start
    if not any(m.start() < start < m.end() for m in _RELATIVE_CLAUSE.finditer(sentence)):
        return False
    key = ("when.dated-mentions", fact.id)
    first = reading.memo.get(key)
    if first is None:
        dated = (m.index for m in reading.mentions(fact) if m.phrase and _dated(m, reading))
        reading.memo[key] = first = next(dated, -1)
    return 0 <= cast(int, first) < mention.index


_STAGE_CUE = re.compile(r"\b(?:after|before)\b", re.I)
_AS = normalize_word("as")
_AS_PRONOUN = frozenset(map(normalize_word, "it he she they".split()))


def at_another_stage(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the sentence tells the act at another stage than the fact's event, at another
    place: `after` or `before` past the phrase names the fact's own place (`The storm hit
    Georgia on Thursday after crossing Florida`: Florida's was an earlier stage), or the phrase
    stands in an `as` clause of a pronoun, timing the main clause's act, and the sentence names
    a place that is not the fact's (`Mara weakened as it hit Georgia on Thursday`). The act
    recurs at each place; its date and place there are its own. The same act told at another
    place with nothing of that (`Mara hit Georgia on Thursday`) is judged."""
    phrase = mention.phrase
    if phrase is None or fact.where is None:
        return False
    story = reading.story
    index = mention.index
    sentence = reading.sentence_text(index)
    end = reading.document.tokens[index][phrase.last - 1].end
    places = [s for s in reading.places[index] if s.ref in story.places]

    def inside(ref: str) -> bool:
        return fact.where in story.ancestors(ref)

    cue = _STAGE_CUE.search(sentence, end)
    if cue is not None and any(s.start > cue.end() and inside(s.ref) for s in places):
        return True
    norms = reading.document.norms[index]
    k = phrase.first - 1
    if not (k >= 2 and norms[k] in _AS_PRONOUN and norms[k - 1] == _AS):
        return False
    return any(s.start > end and not inside(s.ref) for s in places)


def _subject_span(subject: object) -> object:
    """The named subject of a ``Reading.subject`` verdict (a span, or a span and a rule)."""
    return subject[0] if isinstance(subject, tuple) else subject


def in_role_of_another_time(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the sentence tells the act at an earlier stage of its subject's life or career,
    marked by a role (`As foreign minister, she visited Moscow in 2009`, `Sorensen, as a
    student, visited`, `visited Moscow in 2009 as foreign minister`) and dated at another time
    than the fact's event (``another_time``: another year or month, a day more than a week
    away): another occurrence of the act, whose date and place are its own. A role with the
    event's own time (`As prime minister, she visited Moscow on Monday`), or a role in another
    clause (`Sorensen, who served as foreign minister until 2009, visited`), leaves it judged."""
    phrase = mention.phrase
    assert phrase is not None
    if _ROLE_CUES.isdisjoint(reading.document.word_sets[mention.index]):
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    start, end = tokens[phrase.first].start, tokens[phrase.last - 1].end
    framed = False
    fronted = _ROLE_FRONTED.match(sentence)
    if fronted is not None and fronted.end() <= start:
        framed = True
    who = mention.who
    if not framed and who is not None and who.end <= start:
        apposed = _ROLE_APPOSED.match(sentence, who.end)
        framed = apposed is not None and apposed.end() <= start
    if not framed:
        stop = _ROLE_CLAUSE_END.search(sentence, end)
        framed = (
            _ROLE_AFTER.search(sentence, end, stop.start() if stop else len(sentence)) is not None
        )
    return framed and another_time(fact, reading, mention.index, mention)


def described_in_another_year(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's subject is named by a description, no proper name (`the bank`,
    `thieves`, a `mention_only` name), owned by no one (not `Albarn's debut album`), and its
    clause is dated by a year or a month in another year than the fact's event (`In 2008, the
    bank cut its rate`, `In 2019, thieves took jewels worth EUR 113m`): a description of a kind
    may stand for another member of the kind, or tell an earlier occurrence of the act, whose
    date and place are its own. A date in the event's own year (`The bank cut rates on
    Tuesday`), a day's date (`the film was released on March 23, 2017`: a particular day told
    of the thing), or a subject named by a proper name, leaves it judged."""
    who = mention.who
    if who is None or mention.phrase is None:
        return False
    known = fact.when or reading.story.date
    if known is None:
        return False
    norms = reading.document.norms[mention.index]
    if tuple(norms[who.first : who.last]) not in reading.compiled.descriptions.get(who.ref, ()):
        return False
    sentence = reading.sentence_text(mention.index)
    before = sentence[: who.start].rstrip()
    if before.endswith(("'s", "’s", "s'", "s’")) or (
        who.first > 0 and norms[who.first - 1] in POSSESSIVES
    ):
        return False  # `Damon Albarn's debut album`, `its debut album`: the owner's one
    return any(
        date.year is not None
        and date.day is None
        and date.year != known.year
        and _dates_the_clause(date, mention, reading, sentence)
        for date in reading.document.dates(mention.index)
    )


def in_span_clause(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase stands in a clause told a span of a day or more after or before
    another time (`The visit comes two years after Tanabe signed four agreements in Oslo`,
    `three months before`, `a decade since`): that clause tells another time than the
    sentence's event, another occurrence of the act, whose date, place and number are its own.
    Not a clause that a comma closes before the phrase (`Two years after the war, Tanabe
    signed`: the main clause), nor a span of hours (`two hours after arriving`)."""
    assert mention.phrase is not None
    key = ("span-clause", mention.index, mention.phrase.first)  # `when`, `where` and `count` ask
    known = reading.memo.get(key)
    if known is None:
        reading.memo[key] = known = _in_span_clause(reading, mention.index, mention.phrase.first)
    return known is True


_DAY_SPAN = re.compile(
    r"(?<![\w'’])(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})[\s-]+(?P<unit>days?|weeks?)"
    r"\s+$",
    re.I,
)
"""An exact span of days or weeks right before `after`/`before` (`a day`, `two weeks`)."""
_INEXACT_SPAN = re.compile(
    r"\b(?:just|only|barely|nearly|almost|about|around|some|over|under|than|within|the)\s+$",
    re.I,
)
"""Before such a span: it is rounded or bounded (`nearly a week after`), or no span (`the day
after`)."""
_SPAN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SPAN_COUNTS |= {"six": 6, "seven": 7}


def span_clause_on_fact_day(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the span clause the phrase stands in (``in_span_clause``) falls on the fact's
    own day: an exact span of days or weeks, counted back (`after`) or on (`before`) from the
    story's date, lands on the fact's `when` (`The crash comes a day after the Taliban swapped
    two Western hostages`, the crash on the story's 20 November, the swap on the 19th), in a
    sentence that gives no date of its own. That clause tells the fact's own occurrence."""
    when = fact.when
    event = reading.story.date
    if when is None or when.month is None or when.day is None or event is None:
        return False
    if mention.phrase is None or reading.document.dates(mention.index):
        return False
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    cue = max(_SPAN_CUE.finditer(sentence, 0, start), key=_match_start, default=None)
    if cue is None or cue.group().lower() == "since":
        return False
    span = _DAY_SPAN.search(sentence, max(0, cue.start() - 20), cue.start())
    if span is None or _INEXACT_SPAN.search(sentence, 0, span.start()):
        return False
    number = span.group("n").lower()
    days = int(number) if number.isdigit() else _SPAN_COUNTS[number]
    if span.group("unit").lower().startswith("week"):
        days *= 7
    if cue.group().lower() == "after":
        days = -days
    return event + datetime.timedelta(days=days) == datetime.date(when.year, when.month, when.day)


def _in_span_clause(reading: Reading, index: int, first: int) -> bool:
    sentence = reading.sentence_text(index)
    start = reading.document.tokens[index][first].start
    cue = max(_SPAN_CUE.finditer(sentence, 0, start), key=_match_start, default=None)
    if cue is None or _SPAN_CLAUSE_END.search(sentence, cue.end(), start):
        return False
    return _SPAN_BEFORE_CUE.search(sentence, max(0, cue.start() - 40), cue.start()) is not None


SAME_EVENT_DAYS = 7
"""A date in the sentence further than this from the event's day tells another event: a count
read away from the phrase is then not judged."""


def another_time(fact: Fact, reading: Reading, index: int, mention: Mention | None = None) -> bool:
    """Whether sentence ``index`` dates something at another time than the fact's event (its
    `when`, else the story's date, else the article's): another year (`killed eight people in
    2004`), another month (`last month`), a day more than a week away. Its count may be another
    event's."""
    when = fact.when
    reach = SAME_EVENT_DAYS
    if when is not None:
        year, month, day = when.year, when.month, when.day
    else:
        known = reading.story.date or reading.document.anchor
        if known is None:
            return False
        year, month, day = known.year, known.month, known.day
        if _daily_change(fact):
            reach = 0  # `Brent rose 2% on Tuesday`, the story's rise of 4% being Wednesday's
    sentence = reading.sentence_text(index)
    for date in reading.document.dates(index):
        if date.year is None:
            continue
        if mention is not None and not _dates_the_clause(date, mention, reading, sentence):
            continue
        if date.year != year:
            return True
        if date.month is None or month is None:
            continue
        if date.month != month and (date.day is None or day is None):
            return True
        if date.day is not None and day is not None:
            found = datetime.date(date.year, date.month, date.day)
            gap = abs((found - datetime.date(year, month, day)).days)
            if gap > reach or (gap and _day_of_a_tally(fact, reading, date, sentence)):
                return True
    return False


_FRONTED_DAY_OPENS = re.compile(r"\s*(?:On\s+)?")
_FRONTED_DAY_CLOSES = re.compile(
    r"\s*,(?!\s*(?:when|where|which|while|as|after|before|since|until|if|because)\b)", re.I
)
"""After a fronted day: the comma that closes it, no subordinate clause opening there (`On
Monday, when 32 civilians were killed, the city shook` is of the main clause's event)."""


def _day_of_a_tally(fact: Fact, reading: Reading, date: DateMention, sentence: str) -> bool:
    """Whether ``date`` is a day's date fronted before a comma, opening the sentence (`On
    Friday, 318 people crossed the Channel in seven small boats`), for a count fact with no
    `when` of its own in a story dated to the day: the day the figure is told for, so another
    day than the story's, however near, tells that day's tally, not the fact's. A date elsewhere
    in the sentence may date something else and is held to the usual week, and so is a fronted
    day before a subordinate clause (``_FRONTED_DAY_CLOSES``)."""
    return (
        fact.count is not None
        and fact.when is None
        and reading.story.date is not None
        and date.precision == "day"
        and not date.vague
        and _FRONTED_DAY_OPENS.fullmatch(sentence, 0, date.start) is not None
        and _FRONTED_DAY_CLOSES.match(sentence, date.end) is not None
    )


CHANGE_VERBS = frozenset(
    map(
        normalize_word,
        """rose rise rises risen climbed climb climbs fell fall falls fallen dropped drop drops
        gained gain gains lost lose loses jumped jump jumps slid slide slides slipped slip slips
        surged surge surges plunged plunge plunges tumbled tumble tumbles""".split(),
    )
)
"""Verbs of a change of a price, an index or a rate (`rose`, `fell`, `slid`)."""


def _daily_change(fact: Fact) -> bool:
    """Whether ``fact`` is a change in percent told by a verb of change with no date of its own
    (`Brent rose 4%`): a market's move, one a day, so a day other than the story's tells
    another day's move (`rose 2% on Tuesday`), not the fact's, however near."""
    if fact.unit != "%" or fact.when is not None:
        return False
    return any(
        words and normalize_word(words[0]) in CHANGE_VERBS
        for words in (phrase.split() for phrase in fact.what)
    )


_SPAN_BEFORE = re.compile(r"\b(?:since|until|till)\s+(?:(?:early|late|mid)\s+)?$", re.I)
COMPARED_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+[^,;:()]{1,30}?\s+in\s+$", re.I)
"""Before a date: the earlier figure a change is measured from (`up from 37% in`)."""
CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|increased?|decreased?|increases|decreases|an?\s+(?:increase|decrease"
    r"|rise|fall|drop|gain|decline)|(?:dropped|gained|declined|climbed|jumped|slipped))"
    r"\s+(?:[^\s,;:()]+\s+){1,4}?from\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:period|month|quarter|week|time)\s+)?$",
    re.I,
)
"""Before a date: a change and its size, then `from` and the time the change is measured from
(`down 10 percent from a year ago`, `down 5 percent from the year-to-date period last year`,
`an increase of just 0.3 percent from 2017`): the earlier figure's time, not the act's."""


def _dates_the_clause(date: DateMention, mention: Mention, reading: Reading, text: str) -> bool:
    """Whether ``date`` may date the mention's clause: not a stretch that runs up to the event
    (`since 2009`), nor the earlier figure a change is measured from (`up from 37% in 2022`),
    nor in a clause past a `;` (`Since 2009 the town was quiet; 32 civilians were killed`)."""
    assert mention.phrase is not None
    if _SPAN_BEFORE.search(text, 0, date.start):
        return False
    if COMPARED_BEFORE.search(text, max(0, date.start - 60), date.start):
        return False  # `Turnout was 44%, up from 37% in 2022`: the earlier figure's year
    if CHANGED_FROM_BEFORE.search(text, max(0, date.start - 80), date.start):
        return False  # `down 10 percent from a year ago`: the time the change is measured from
    at = reading.document.tokens[mention.index][mention.phrase.first].start
    low, high = sorted((at, date.start))
    return ";" not in text[low:high]


_GAPPED_DATE = re.compile(
    r"\s*,?\s+(?:and(?:\s+then|\s+later)?|then|before)\s+(?:in|at)\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:on\s+)?$"
)
"""Between a date of the phrase and another occasion's, the verb left out (` and in Lisbon on `)."""


def _gapped_dates(
    attached: list[tuple[DateMention, str]], dates: list[DateMention], sentence: str
) -> list[tuple[DateMention, str]]:
    """The dates of the act's other occasions listed after the last of ``attached`` with the
    verb left out (`arrived in Madrid on Monday and in Lisbon on Tuesday`), each ending its
    clause: one that fits is enough, a clash needs them all."""
    found: list[tuple[DateMention, str]] = []
    if not attached:
        return found
    last = max((d for d, _ in attached), key=_start)
    for date in dates:
        if date.start < last.end:
            continue
        if _GAPPED_DATE.fullmatch(sentence, last.end, date.start) and _DATE_ENDS_CLAUSE.match(
            sentence, date.end
        ):
            found.append((date, "when.coordinated-dates"))
            last = date
    return found


def _with_coordinated(
    attached: list[tuple[DateMention, str]], dates: list[DateMention], sentence: str
) -> list[tuple[DateMention, str]]:
    """``attached`` with the dates coordinated to them (`in 1907 and 1908`): one that fits is
    enough, a clash needs them all."""
    found = list(attached)
    taken = {id(d) for d, _ in attached}
    for date, _ in attached:
        k = next(i for i, d in enumerate(dates) if d is date)
        for step in (1, -1):
            j = k
            while 0 <= j + step < len(dates):
                a, b = (dates[j], dates[j + step]) if step == 1 else (dates[j + step], dates[j])
                if not _COORDINATED.fullmatch(sentence, a.end, b.start):
                    break
                j += step
                if id(dates[j]) not in taken:
                    taken.add(id(dates[j]))
                    found.append((dates[j], "when.coordinated-dates"))
    return sorted(found, key=lambda pair: pair[0].start)


Dated = tuple[list[tuple[DateMention, str]], bool]

_RELATIVE_DAY = re.compile(
    r"\b(?:the\s+(?P<adj>previous|next|following)\s+day|the\s+day\s+(?P<dir>before|after)"
    r"|(?:a|one)\s+day\s+(?P<rel>earlier|later))\b",
    re.I,
)
_WORD_AFTER = re.compile(r"\s*(?:['’]|(?!(?:and|or|but)\b)[A-Za-z])")
"""After `the day before`, `the next day`, `a day later`: a possessive or a word that may make
it relative to an event (`the day before the talks`, `the next day of the forum`, `the day
after he left`, `a day later than planned`)."""
_LAST_WORD = re.compile(r"([\w'’]+)\W*$")


def relative_days(reading: Reading, index: int) -> list[DateMention]:
    """`the day before`, `the previous day`, `the next day`, `the following day`, `a day
    earlier`, `a day later` in sentence ``index`` (asked only when it has no date of its own,
    which is what they are read against, if at all): one day from the one full date of the
    sentence right before (`Kim arrived in Vladivostok on Tuesday. He
    met Putin the next day.`), which names one of the story's entities and reports nothing
    (`officials said on Monday`). Not read before a word that may make it relative to an
    event, after a word of another time (`until the next day`), in quotation marks, or with a
    base date that dates something else (`runs until Wednesday`) or is not one full date."""
    key = ("when.relative-day", index)
    known = reading.memo.get(key)
    if known is None:
        reading.memo[key] = known = _relative_days(reading, index)
    return cast(list[DateMention], known)


def _relative_days(reading: Reading, index: int) -> list[DateMention]:
    doc = reading.document
    sentence = doc.sentences[index].text
    if index == 0 or " day" not in sentence.lower():
        return []
    found = list(_RELATIVE_DAY.finditer(sentence))
    if len(found) != 1:
        return []
    (m,) = found
    if _WORD_AFTER.match(sentence, m.end()) or doc.in_quotes(index, m.start(), m.end()):
        return []
    before = _LAST_WORD.search(sentence, 0, m.start())
    trigger = None  # `until the next day`: a stretch, whose end dates nothing (`_attached`)
    if before is not None and before[1].lower() in TRIGGER_WORDS:
        trigger = before.span(1)
    base = _base_date(reading, index - 1)
    if base is None:
        return []
    shift = -1 if (m["adj"] or m["dir"] or m["rel"]).lower() in _BACK else 1
    moved = base + datetime.timedelta(days=shift)
    return [
        DateMention(
            m.start(),
            m.end(),
            m[0],
            moved.year,
            moved.month,
            moved.day,
            "day",
            vague=False,
            trigger=trigger,
            kind="relative-day",
        )
    ]


_BACK = frozenset(("previous", "before", "earlier"))


def _base_date(reading: Reading, index: int) -> datetime.date | None:
    """The one full date of sentence ``index`` when it may be the day a relative day of the
    next sentence counts from: the sentence names one of the story's entities, reports
    nothing, asks nothing, and its one date is a day's, in no quotation marks, dating no
    stretch or saying."""
    doc = reading.document
    dates = doc.dates(index)
    if len(dates) != 1 or not reading.entities[index]:
        return None
    (date,) = dates
    if date.precision != "day" or date.slack or date.kind or date.year is None:
        return None
    if date.month is None or date.day is None:
        return None
    sentence = doc.sentences[index].text
    tokens = doc.tokens[index]
    if sentence.rstrip(" \"'”’").endswith("?") or doc.in_quotes(index, date.start, date.end):
        return None
    if any(t.norm in REPORTING for t in tokens) or _dates_another(date, sentence, tokens):
        return None
    try:
        return datetime.date(date.year, date.month, date.day)
    except ValueError:
        return None


def _dated(mention: Mention, reading: Reading) -> Dated | None:
    """The dates that date the mention's event, with their rules, and whether coordinated
    dates were added to them; None when none does, or when the phrase tells another time or
    occurrence, or a guess (`could win the title again`). The same for every fact that finds
    the phrase with the same subject: read once."""
    key = _reading_key("when.dated", mention)
    if key in reading.memo:
        return reading.memo[key]  # type: ignore[return-value]
    # a sentence's own date is what `the day before` is read against, if at all
    all_dates = reading.document.dates(mention.index) or relative_days(reading, mention.index)
    read = [(d, rule) for d in all_dates if (rule := _attached(d, mention, reading))]
    attached = [(d, rule) for d, rule in read if rule != _SET_ASIDE]
    found: Dated | None = None
    if not (
        not attached
        or earlier_time(mention, reading)
        or possible(mention, reading)
        or another_occurrence(mention, reading)
        or in_span_clause(mention, reading)
    ):
        if len(attached) < len(read):  # a later date was another predicate's
            attached = [(d, ANOTHER_VERB if r in _AFTER_RULES else r) for d, r in attached]
        coordinated = False
        if len(all_dates) > len(attached):
            sentence = reading.sentence_text(mention.index)
            joined = _with_coordinated(attached, all_dates, sentence)
            joined += _gapped_dates(joined, all_dates, sentence)
            coordinated, attached = len(joined) > len(attached), joined
        found = attached, coordinated
    reading.memo[key] = found
    return found


def dated_in_another_year(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether every date that dates the phrase (``_dated``) is in another year than the
    fact's `when`, or the story's date for a fact with none (`met the prime minister in Madrid
    in 2019`, `last year`): another occurrence of the act, whose place is its own."""
    known = fact.when or reading.story.date
    dated = _dated(mention, reading)
    if known is None or dated is None:
        return False
    dates = [d for d, _ in dated[0]]
    sentence = reading.sentence_text(mention.index)
    years = {_year_told_after(d, dates, sentence) or _year_guessed_as(d, known.year) for d in dates}
    return None not in years and known.year not in years


def _year_told_after(date: DateMention, dates: list[DateMention], sentence: str) -> int | None:
    """The year of a day told with no year of its own when a year-only date follows it right
    after (`on August 17 last year`: 2026, in an article of 2027), read apart from it; else
    None."""
    if date.month is None:
        return None
    for after in dates:
        if (
            after.start >= date.end
            and after.month is None
            and after.year is not None
            and sentence[date.end : after.start].strip() == ""
        ):
            return after.year
    return None


def _year_guessed_as(date: DateMention, year: int) -> int | None:
    """``date``'s year, or ``year`` when the date's was guessed one year off it (`October 10th`,
    resolved to the past, of a tour told in the future): ``fits`` takes such a date as the
    fact's, so it tells no other occurrence either."""
    if date.guessed_year and date.year is not None and abs(date.year - year) == 1:
        return year
    return date.year


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.life is not None and fact.when is not None:
        return _life_date(fact.when, mention.life, mention, reading)
    if mention.phrase is None or fact.when is None:
        return None
    if reading.is_toll(mention):
        return None  # `The death toll rose to 47 on Thursday`: the count's date, not the deaths'
    dated = _dated(mention, reading)
    if (
        dated is None
        or with_another_party(fact, mention, reading)
        or in_role_of_another_time(fact, mention, reading)
        or told_again_after_relative(fact, mention, reading)
        or described_in_another_year(fact, mention, reading)
        or dated_before_relative(fact, mention, reading)
        or at_another_stage(fact, mention, reading)
    ):
        return None  # another time or occurrence, a guess, or another meeting
    attached, coordinated = dated
    sentence = reading.sentence_text(mention.index)
    attached = [(d, r) for d, r in attached if not _DENIED_DATE.search(sentence, 0, d.start)]
    if not attached:
        return None  # `resigned not on Monday but on Tuesday`: the date after `but` holds
    attached = [
        (d, r)
        for d, r in attached
        if not (
            r == BEFORE_WHEN_CLAUSE
            and not fits(fact.when, d)
            and (d.precision != "day" or _FUTURE_IN_CLAUSE.search(sentence, 0, d.start))
        )
    ]  # `in 2014 when ...`, `will play out Thursday night when ...`: only confirm
    if not attached:
        return None
    dates = [d for d, _ in attached]
    fitting = [d for d in dates if fits(fact.when, d)]
    if fitting and _refined_by_a_clash(fact.when, fitting, dates):
        dates = [d for d in dates if d not in fitting]
        fitting = []  # `earlier this year with the debut of Arcade in October`: the month holds
    if coordinated and not fitting and _several_occurrences(dates, reading, mention.index):
        return None  # `Rovers won the cup in 2014 and 2015`: other times it was won
    if not fitting and _another_meeting(fact.when, dates, mention):
        return None  # `Leeds's 40-0 win over Castleford in March`: an earlier meeting
    if not fitting and from_unknown_origin(mention, reading):
        return None  # `Farren escaped from a prison van in Leeds in 2017`: maybe another escape
    if not fitting and _elsewhere_in_another_year(fact, dates, mention, reading):
        return None  # `kidnapped 11 aid workers in Bukavu in 2024`: another abduction
    if not fitting and denied_there_but(mention, reading):
        return None  # `did not sink on Friday but on Saturday`: the date denied
    if not fitting and future_after_event(fact.when, mention, reading):
        return None  # `Halvard will report third-quarter results on October 22`: another report
    if not fitting and _future_after_the_day(fact.when, dates, mention, reading):
        return None  # `Northgate will cut mortgage rates on February 12`, told on the day it cut
    if not fitting and _after_clause_of_earlier_year(fact.when, dates, mention, reading):
        return None  # `became general secretary in 2026, after the NEU staged a strike in 2023`
    if not fitting and other_matter(fact, mention, reading):
        return None  # `Holt won a raffle in 1998`: another thing won
    if not fitting and _told_in_a_time_zone(fact.when, dates, mention, reading):
        return None  # `at 9pm on Thursday New York time`: that zone's day, maybe not the fact's
    if not fitting and _planned_act_later(fact.when, dates, mention, reading):
        return None  # `PEG agreed to cut output in April`: the cut's month, not the agreement's
    if not fitting and inside_another_occurrence(fact, mention, reading):
        return None  # `also played a launch show for Glass Harbour in Dublin on March 7`
    chosen = fitting or dates
    status = CONFIRMED if fitting else CONTRADICTED
    found = "; ".join(f"{d.text} ({_resolved(d)})" for d in chosen)
    evidence = reading.document.evidence(mention.index, marks=[(d.start, d.end) for d in chosen])
    rule = next(r for d, r in attached if d is chosen[0])
    if chosen[0].kind and rule != _BEFORE_PHRASE:  # a date read in a new way: measured on
        rule = f"when.{chosen[0].kind}"  # its own, unless it stands where no date is sure
    if coordinated:
        rule = "when.coordinated-dates"
    return SlotResult(SLOT, status, str(fact.when), found, evidence, rule=rule)


_ZONE = (
    r"(?:(?-i:CET|CEST|EET|EEST|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|HST|AKST|AKDT|JST"
    r"|KST|SGT|HKT|AEST|AEDT|AWST|NZST|NZDT)\b"
    r"|(?!(?-i:Greenwich|Universal|British)\b)(?:(?-i:[A-Z][a-z]+)\s+){1,3}time\b)"
)
"""A time zone named by its abbreviation (`ET`, `PT`, `JST`) or by a place or region and `time`
(`New York time`, `Pacific time`). Not the universal clock or Britain's (`GMT`, `UTC`, `BST`):
copy stamps times on it wherever the event was, and a date told on it is judged as any other
(`The tram overturned at 6:10 a.m. GMT on Thursday`)."""
_ZONE_AFTER_DATE = re.compile(r"\s*,?\s*\(?" + _ZONE, re.I)
"""Right after a date: the time zone it is told in (`on Thursday New York time`, `on Tuesday
(PT)`, `on Tuesday, Pacific time`)."""
_ZONE_BEFORE_DATE = re.compile(
    r"\d(?:\s*[ap]\.?m\b\.?)?\s*\(?" + _ZONE + r"\)?\s*,?\s*(?:on\s+)?$", re.I
)
"""Right before a date: a clock time told in a time zone (`at 11:40pm PT on Tuesday`, `9pm
Eastern time on Thursday`)."""


def _told_in_a_time_zone(
    when: PartialDate, dates: list[DateMention], mention: Mention, reading: Reading
) -> bool:
    """Whether every clashing date is a day one day either side of the fact's `when`, told in a
    named time zone (``_ZONE_AFTER_DATE``, ``_ZONE_BEFORE_DATE``: `disclosed a data breach at 9pm
    on Thursday New York time`, for a disclosure dated Friday in London): the day in that zone,
    which a fact's date, written in no zone, may be one day off. Two days off, or a date told in
    no zone (`at 9pm on Thursday`, `at 9pm local time on Thursday`), is judged."""
    if when.month is None or when.day is None:
        return False
    try:
        day = datetime.date(when.year, when.month, when.day)
    except ValueError:
        return False
    sentence = reading.sentence_text(mention.index)
    for date in dates:
        found = _calendar_date(date)
        if found is None or abs((found - day).days) != 1:
            return False
        zoned = _ZONE_AFTER_DATE.match(sentence, date.end) or _ZONE_BEFORE_DATE.search(
            sentence, max(0, date.start - 40), date.start
        )
        if zoned is None:
            return False
    return True


def _calendar_date(date: DateMention) -> datetime.date | None:
    """``date`` as a day of the calendar, or None when it names no day."""
    if date.precision != "day" or date.year is None or date.month is None or date.day is None:
        return None
    try:
        return datetime.date(date.year, date.month, date.day)
    except ValueError:
        return None


PLANNING_VERBS = frozenset(
    map(
        normalize_word,
        """agreed agrees agree decided decides decide voted votes vote promised promises promise
        pledged pledges pledge vowed vows vow planned plans plan resolved resolves""".split(),
    )
)
"""Verbs whose act is a plan of another (`agreed to cut`, `voted to strike`): a date after the
planned act's words may be that act's."""


def _planned_act_later(
    when: PartialDate, dates: list[DateMention], mention: Mention, reading: Reading
) -> bool:
    """Whether the phrase is a plan of another act (``PLANNING_VERBS`` and `to`: `agreed to cut
    output`) and every clashing date stands after the phrase and later than the fact's `when`
    (`PEG agreed to cut output in April`, the agreement being of March 3): the planned act's
    time, not the plan's. An earlier date (`agreed to cut output on Tuesday`) is judged: no
    plan is carried out before it is made; a month written alone (`in April`), whose year the
    plan's tense chose, is the planned act's too."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    norms = [t.norm for t in tokens[mention.phrase.first : mention.phrase.last]]
    planned = any(a in PLANNING_VERBS and b == "to" for a, b in itertools.pairwise(norms))
    if not planned:
        return False
    end = tokens[mention.phrase.last - 1].end
    last = (when.year, when.month or 12, when.day or 31)
    return all(
        d.start >= end
        and d.year is not None
        and ((d.year, d.month or 1, d.day or 1) > last or _bare_month(d))
        for d in dates
    )


def _bare_month(date: DateMention) -> bool:
    """Whether ``date`` is a month written alone (`April`): its year comes from the tense of
    the sentence's verb, the plan's, which does not tell the planned act's."""
    return date.precision == "month" and _MONTH_NAME.fullmatch(date.text) is not None


_MONTH_NAME = re.compile(r"[A-Z][a-z]{2,8}\.?")


_DENIED_DATE = re.compile(r"\bnot\s+(?:on\s+|in\s+|at\s+|by\s+)?(?:the\s+)?$", re.I)
"""Right before a date: `not` (`resigned not on Monday but on Tuesday`): a date denied."""
_FUTURE_BEFORE = re.compile(
    r"(?:\bwill|\bshall|['’]ll|\b(?:is|are)\s+(?:due|set|scheduled|expected)\s+to"
    r"|\b(?:plans?|intends?)\s+to)\s+$",
    re.I,
)
"""Right before the phrase: a future or a plan (`will report`, `is due to report`)."""


def future_after_event(when: PartialDate, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase is told in the future (``_FUTURE_BEFORE`` right before it) in an
    article dated after the fact's `when`: the fact's act is past, so the future one is
    another occurrence (`Halvard will report third-quarter results on October 22`, for results
    reported on July 23; `The film will premiere in North America at Toronto`, for a premiere
    in Venice), whose date and place are its own. An article dated before the event, or with
    no date, still has its future date and place judged."""
    anchor = reading.document.anchor
    if anchor is None or mention.phrase is None:
        return False
    last = (when.year, when.month or 12, when.day or 31)  # the end of the fact's date
    if (anchor.year, anchor.month, anchor.day) <= last:
        return False
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    return _FUTURE_BEFORE.search(sentence, max(0, start - 40), start) is not None


def _future_after_the_day(
    when: PartialDate, dates: list[DateMention], mention: Mention, reading: Reading
) -> bool:
    """Whether the phrase is told in the future (``_FUTURE_BEFORE`` right before it) in an
    article dated on the fact's very day, with every date found a later day (`Northgate will
    cut mortgage rates for buy-to-let landlords on February 12`, in an article of February 5,
    the day it cut its rates): the fact's act is done that day, so the one still to come on a
    later day is another occurrence. A date on or before the article's day is judged."""
    anchor = reading.document.anchor
    if anchor is None or mention.phrase is None or when.month is None or when.day is None:
        return False
    if (anchor.year, anchor.month, anchor.day) != (when.year, when.month, when.day):
        return False
    day = (anchor.year, anchor.month, anchor.day)
    for date in dates:
        if date.year is None or date.month is None or date.day is None:
            return False
        if (date.year, date.month, date.day) <= day:
            return False
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    return _FUTURE_BEFORE.search(sentence, max(0, start - 40), start) is not None


_AFTER_OPENS = re.compile(r",\s+(?:shortly\s+|soon\s+|months\s+|years\s+)?after\s+", re.I)
"""Between the main clause and the phrase: `, after` opening a clause of what came before."""


def _after_clause_of_earlier_year(
    when: PartialDate, dates: list[DateMention], mention: Mention, reading: Reading
) -> bool:
    """Whether the phrase stands in a clause opened by `, after` whose main clause is dated by a
    year before the fact's (`Mr Ward became general secretary in 2026, after the NEU staged a
    national strike in 2023`), and every date found for the fact is no later than that year:
    the act came before a year that is itself before the fact's, so it is an earlier
    occurrence. A main clause of the fact's year, or a date after it, is judged."""
    if mention.phrase is None or when.year is None:
        return False
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    opening = None
    for found in _AFTER_OPENS.finditer(sentence, 0, start):
        opening = found
    if opening is None or re.search(r"[,;:()—–]", sentence[opening.end() : start]):
        return False
    years = [
        d.year
        for d in reading.document.dates(mention.index)
        if d.end <= opening.start() and d.year is not None
    ]
    if not years or max(years) >= when.year:
        return False
    main_year = max(years)
    return all(d.year is not None and d.year <= main_year for d in dates)


MEETING_DAYS = 7
"""How far from the fact's day a date of a noun of winning may lie and still tell the fact's
win misdated, not another meeting of the two sides."""


def _another_meeting(expected: PartialDate, dates: list[DateMention], mention: Mention) -> bool:
    """Whether a noun of winning made from the fact's verb (``won_phrasings``) is dated only
    by a month or a year, or by a day more than ``MEETING_DAYS`` days from the fact's, that do
    not fit (`Leeds's 40-0 win over Castleford in 2019`): sides meet again and again, so it
    tells another meeting, not the fact's win misdated. A weekday near it (`Leeds's win over
    Castleford on Friday`, the match being Saturday's) is judged."""
    assert mention.phrase is not None
    if not mention.phrase.pattern.noun_of_act:
        return False
    if expected.day is None or expected.month is None:
        return True
    fact_day = datetime.date(expected.year, expected.month, expected.day)
    for date in dates:
        if date.day is None or date.month is None or date.year is None:
            return True
        if abs((datetime.date(date.year, date.month, date.day) - fact_day).days) > MEETING_DAYS:
            return True
    return False


def _elsewhere_in_another_year(
    fact: Fact, dates: list[DateMention], mention: Mention, reading: Reading
) -> bool:
    """Whether every date is in another year than the fact's `when` and the sentence places
    the act somewhere the fact's `where` is not (`The Brigade kidnapped 11 aid workers in
    Bukavu in 2024`, for an abduction in Mwenga in April 2026): both differ, so it tells
    another occurrence of the act, not a misdated account of the fact's. A place that fits,
    or none, leaves the date judged."""
    assert fact.when is not None
    sentence = reading.sentence_text(mention.index)
    years = [_year_told_after(d, dates, sentence) or d.year for d in dates]
    if fact.where is None or any(y in (None, fact.when.year) for y in years):
        return False
    from factcheck.checks import where  # the place check reads dates through this module

    return where.placed_elsewhere(fact, mention, reading)


def _several_occurrences(dates: list[DateMention], reading: Reading, index: int) -> bool:
    """Whether ``dates``, coordinated after the phrase, list several occurrences of the act:
    joined as a list (`in 2014 and 2015`, not `from 2014 to 2015` nor `in 2014 or 2015`),
    each further from the next than one event lasts (another year, another month, more than
    ``SAME_EVENT_DAYS`` days). None of them being the event's, they are other times the act
    was done, not a misdated account of the fact's."""
    sentence = reading.sentence_text(index)
    pairs = list(itertools.pairwise(dates))
    return all(
        _LISTED.fullmatch(sentence, a.end, b.start) is not None and _apart(a, b) for a, b in pairs
    )


def _apart(a: DateMention, b: DateMention) -> bool:
    """Whether two dates cannot both be one event's days: another year, another month when
    either has no day, or days more than ``SAME_EVENT_DAYS`` apart."""
    if a.year is None or b.year is None:
        return False
    if a.year != b.year:
        return True
    if a.month is None or b.month is None:
        return False
    if a.day is None or b.day is None:
        return a.month != b.month
    gap = datetime.date(b.year, b.month, b.day) - datetime.date(a.year, a.month, a.day)
    return abs(gap.days) > SAME_EVENT_DAYS


def _life_date(
    expected: PartialDate, date: DateMention, mention: Mention, reading: Reading
) -> SlotResult:
    """The birth or death date a life span in brackets after the name gives (`Bessie Smith
    (April 15, 1894 – September 26, 1937)`: ``factcheck.lifespans``)."""
    status = CONFIRMED if fits(expected, date) else CONTRADICTED
    found = f"{date.text} ({_resolved(date)})"
    evidence = reading.document.evidence(mention.index, marks=[(date.start, date.end)])
    return SlotResult(SLOT, status, str(expected), found, evidence, rule="when.life-span")


def _resolved(date: DateMention) -> str:
    parts = [f"{date.year:04d}" if date.year else "????"]
    if date.precision in ("month", "day") and date.month:
        parts.append(f"{date.month:02d}")
    if date.precision == "day" and date.day:
        parts.append(f"{date.day:02d}")
    return "-".join(parts)
