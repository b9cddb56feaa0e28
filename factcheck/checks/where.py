"""The `where` slot: places named for the event, compared through the story's `in:` hierarchy.

A place's role in the article (origin after `from`, destination after `for`/`to`/`into`/
`toward`, or where it happens) must be the role the fact's phrase gives its place: a departure
fact (`left Pyongyang`, `set off`) states an origin, so `left for Russia` names a destination
and is not judged, and `from Wonsan` is; any other fact states where it happens or where it
goes, so an origin (`from Pyongyang`) is never judged.

After the phrase, a place is read right after its locative (`in Seattle`), after words naming a
part of it (`in downtown New York City`), or after `the` when it ends its noun phrase (`outside
the Javits Center in`). A place that is the place of another fact of the same `who` (or lies
in it) tells that fact's event and is not judged against this one.
"""

from __future__ import annotations

import functools
import re
from typing import cast

from factcheck import world
from factcheck.checks.negation import denied_there_but, other_matter, possible
from factcheck.checks.when import (
    another_occurrence,
    at_another_stage,
    dated_before_relative,
    dated_in_another_year,
    described_in_another_year,
    earlier_time,
    fronted_other_time,
    future_after_event,
    in_role_of_another_time,
    in_span_clause,
    inside_another_occurrence,
    told_again_after_relative,
    with_another_party,
)
from factcheck.checks.when import fits as date_fits
from factcheck.facts import Fact, Story
from factcheck.match import PLACE, Pattern, Span, Token, normalize_word, possessive
from factcheck.reading import Mention, Reading, apposition_between
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "where"
LOCATIVES = frozenset({"in", "at", "into", "to", "near", "insid", "outsid", "toward", "of"})
"""Words (stemmed) that introduce the place where something happens."""
REACH = 5
"""How many words after the phrase a place may start and still be the event's place."""
MOTION = frozenset(
    map(
        normalize_word,
        """head heads heading headed go goes going went gone travel travels travelling traveling
        travelled traveled fly flies flying flew flown drive drives driving drove driven return
        returns returning returned leave leaves leaving left come comes coming came move moves
        moving moved sail sailing sailed walk walking walked continue continuing continued
        proceed proceeding proceeded""".split(),
    )
)
"""Verbs of motion: a place after one (`the meeting, then heading to Capitol Hill`) is where
that motion goes, not where the phrase before it happened."""


DEPARTURE = frozenset(
    map(normalize_word, "leave left depart quit flee fled exit escape evacuate".split())
)
"""Verbs whose place is where the motion starts: a fact phrased with one states an origin."""
_SETTING_OFF = frozenset(map(normalize_word, ("off", "out")))
_OFF = normalize_word("off")
_GOING_OFF = frozenset(map(normalize_word, ("lift", "blast", "take")))
"""Verbs that with `off` tell a departure (`lifted off from Cape Canaveral`, `took off from`)."""
ORIGIN_WORDS = frozenset({"from"})
DESTINATION_WORDS = frozenset(map(normalize_word, "for to toward towards into onto".split()))
"""Words before a place that make it where a motion goes (`left for Russia`, `bound for`)."""
ORIGIN, DESTINATION, LOCATION = "origin", "destination", "location"
_TEAM_LOCATIVES = frozenset(map(normalize_word, "to for toward towards".split()))
"""After the phrase, a world place after these is not judged (`lost to Leeds`, `played for
Chicago`): a city's name is also its clubs'."""
_ORIGIN_LOCATIVES = (LOCATIVES - DESTINATION_WORDS) | ORIGIN_WORDS
"""For a departure: where it starts (`from`, `in`, `at`), not where it goes (`to`)."""


def _departure(elements: tuple[str, ...]) -> bool:
    """Whether a phrase's words are those of a departure (`left`, `set off`, `lifted off`,
    `took off`): its place is where the motion starts, `from` it too."""
    pairs = zip(elements, (*elements[1:], ""), strict=True)
    return any(
        e in DEPARTURE or (e == "set" and n in _SETTING_OFF) or (e in _GOING_OFF and n == _OFF)
        for e, n in pairs
    )


def fact_role(pattern: Pattern) -> str:
    """The role the fact's phrase gives its place: origin, destination or location."""
    return _role_of(pattern.elements)


@functools.lru_cache(maxsize=4096)
def _role_of(elements: tuple[str, ...]) -> str:
    if PLACE in elements:
        before = elements[: elements.index(PLACE)]
        word = next((e for e in reversed(before) if e not in ("the", "a")), "")
        if word in ORIGIN_WORDS:
            return ORIGIN
        if word in DESTINATION_WORDS:
            return DESTINATION
        return ORIGIN if _departure((word,)) else LOCATION
    return ORIGIN if _departure(elements) else LOCATION


def article_role(tokens: list[Token], span: Span) -> str:
    """The role the word before a place gives it in the article (`from X`, `for X`, `in X`)."""
    k = span.first - 1
    while k >= 0 and tokens[k].norm in ("the", "a"):
        k -= 1
    word = tokens[k].norm if k >= 0 else ""
    if word in ORIGIN_WORDS:
        return ORIGIN
    if word in DESTINATION_WORDS or word == "bound":
        return DESTINATION
    return ORIGIN if word in DEPARTURE else LOCATION


PLACE_HEADS = frozenset(
    map(
        normalize_word,
        """centre center heart middle outskirts suburbs suburb edge north south east west
        northeast northwest southeast southwest northern southern eastern western part parts
        city town village capital region province state county district area areas streets
        coast island port borough municipality countryside shores outside tour tours visit
        visits inspection bombing shelling siege invasion occupation capture liberation
        evacuation raid search flooding destruction""".split(),
    )
)
"""Nouns a place after `of` is the place of: parts and kinds of places (`in the centre of
Madrid`, `the city of Porto`) and acts done on one (`a tour of Capitol Hill`, `the siege of
Mariupol`); after any other word, `of` and a place complete a noun (`the prime minister of
Spain`, `the embassy of France`): not where the act happens."""
_DEPARTURE_LINKS = frozenset(
    map(
        normalize_word,
        """for to toward towards into the a bound early late on this yesterday today
        monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
        night""".split(),
    )
)
"""Words that may stand between a departure and its `from` (`set off for Russia on Sunday from`)."""


def _from_the_departure(tokens: list[Token], end: int, at: int, places: list[Span]) -> bool:
    """Whether the `from` at token ``at`` belongs to the departure phrase ending at ``end``:
    only a destination, time words or place names stand between them."""
    named = {k for p in places for k in range(p.first, p.last)}
    return all(k in named or tokens[k].norm in _DEPARTURE_LINKS for k in range(end, at))


def _same_role(fact: str, found: str) -> bool:
    """Whether a place in the ``found`` role can be the place of a fact in the ``fact`` role."""
    if fact == ORIGIN:
        return found != DESTINATION  # `left Pyongyang`: not `left for Russia`
    return found != ORIGIN  # `arrived in Russia`: not `from Pyongyang`


def applies(fact: Fact) -> bool:
    return fact.where is not None


def fits(story: Story, expected: str, found: str) -> bool:
    """A place fits when it lies inside the expected place or contains it."""
    return found in story.ancestors(expected) or expected in story.ancestors(found)


PLAIN, AFTER_AREA_WORD, AFTER_ARTICLE = "", "after-area-word", "after-article"
"""How a place after the phrase is introduced: right after its locative (`in Seattle`), after
words naming a part of it (`in downtown New York City`), or after `the` (`outside the Javits
Center`)."""
AFTER_THE_COUNTRY = "after-the-country"
"""After `the country's` or `the nation's`, area words or none between (`in the country's
southern Zabul province`): the place the article's country holds, read as after its locative."""
_COUNTRY_NOUNS = frozenset(("country", "nation"))
BEFORE_WHERE = "before-where"
"""A place before the phrase: the one right before `, where`, the clause the phrase stands in
(`fled to Japan, where he currently lives`)."""
OF_OCCASION, FRONTED_OCCASION = "of-occasion", "fronted-occasion"
"""The place of an occasion the act is done during or at (`criticized the FBI during a Sunday
night appearance in Leesburg`; `In the closing seconds of last week's game in Pittsburgh,
Garrett pulled off ...`): the act's place too."""
OCCASIONS = (
    r"appearance|performance|concert|show|gig|rally|speech|address|event|ceremony|meeting"
    r"|conference|summit|session|hearing|game|match|final|race|festival|interview|briefing"
    r"|service|funeral|parade|celebrations?"
)
_MODIFIERS = (
    r"(?:(?:a|an|the|his|her|its|their|this|last|[a-z]+['’]s)\s+)?(?:[A-Za-z'’-]+\s+){0,4}?"
)
"""A determiner or an owner, then at most four words, no number (`a Sunday night`)."""
_OCCASION_AFTER = re.compile(
    r"\s+(?:during|at|amid|(?:towards?|at|near)\s+the\s+(?:close|end|start|beginning)\s+of)\s+"
    + _MODIFIERS
    + r"(?:"
    + OCCASIONS
    + r")\s+(?:in|at)\s+(?:the\s+)?",
    re.I,
)
"""Between the phrase and a place: the occasion the act is done during or at, its place after
`in`/`at` (` during a Sunday night appearance in `, ` towards the close of its Monday night
performance in `). No comma, no other clause."""
_OCCASION_FRONTED = re.compile(
    r"[\"'“‘]?(?:In|At|During)\s+(?:the\s+(?:closing|final|opening|last|first)\s+"
    r"(?:seconds|minutes|moments|stages)\s+of\s+)?"
    + _MODIFIERS
    + r"(?:"
    + OCCASIONS
    + r")\s+(?:in|at)\s+(?:the\s+)?"
)
"""Opening the sentence, before a place: the occasion the main clause's act is done at (`In
the closing seconds of last week's Browns-Steelers game in `, `At a rally in `)."""
_FRONTED_END = re.compile(r"\s*,\s+")
_MAIN_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–\"“”]|\b(?:who|which|that|when|while|after|before|and|but|or|as|because"
    r"|since|if|though|although|until|so)\b",
    re.I,
)
"""Between the fronted phrase's comma and the phrase: what starts another clause."""
_BEFORE_SUBJECT = re.compile(r"(?:[A-Za-z'’-]+\s+){0,4}")
"""Between the fronted phrase's comma and the subject's name: at most a title (`Browns
defensive end`)."""
_SUBJECT_TO_PHRASE = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|then|later|again|reportedly|publicly))*\s+"
)
"""Between the subject's name and the phrase: auxiliaries and a few adverbs only."""
_VERB_LIKE = re.compile(
    r"\b(?:[a-z]+ed|told|tells|says|said|saw|sees|heard|hears|thinks|thought|knew|knows"
    r"|believes|claims|wrote|writes|reports)\b"
)
"""Before the subject's name: a verb, another clause's (`Kemp told reporters Voss ...`)."""


def _occasion_after(sentence: str, gap_start: int, span: Span) -> bool:
    """Whether ``span`` is the place of an occasion the phrase's act is done at, right after
    the phrase (``_OCCASION_AFTER``)."""
    return _OCCASION_AFTER.fullmatch(sentence, gap_start, span.start) is not None


def _fronted_occasion(reading: Reading, mention: Mention) -> Span | None:
    """The place of the occasion named by a phrase opening the sentence, before a comma and
    the clause of the mention's named subject and phrase (``_OCCASION_FRONTED``: `At a rally
    in Leesburg, Trump criticized the FBI`). None when another clause stands between the
    comma and the phrase (`At a rally in Leesburg, Smith said Trump ...`) or the subject is
    not named there."""
    assert mention.phrase is not None
    who = mention.who
    if who is None or mention.via:
        return None
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    for span in reading.slot_places(mention.index):
        if span.end > who.start:
            break
        if _OCCASION_FRONTED.fullmatch(sentence, 0, span.start) is None:
            continue
        comma = _FRONTED_END.match(sentence, span.end)
        if comma is None or comma.end() > who.start:
            continue
        if _MAIN_CLAUSE_BREAK.search(sentence, comma.end(), start):
            return None
        title = sentence[comma.end() : who.start]
        if _BEFORE_SUBJECT.fullmatch(title) is None or _VERB_LIKE.search(title):
            return None  # `At a rally in Leesburg, Kemp told reporters Voss ...`
        if _SUBJECT_TO_PHRASE.fullmatch(sentence, who.end, start) is None:
            return None
        return span
    return None


def _lead(reading: Reading, index: int, span: Span) -> tuple[int, str] | None:
    """The token of the locative that introduces a place after the phrase, and how: right
    before it, before area words (`in downtown New York City`; not when they make a name with
    it: `in northern Ireland`), after `the country's` (`in the country's southern Zabul
    province`), or before `the`, the place ending its noun phrase (`outside the Javits Center
    in`; not `at the Iran talks`, `at the Seattle Police Department`). None when no word before
    the place may be a locative."""
    doc = reading.document
    tokens, norms = doc.tokens[index], doc.norms[index]
    sentence = reading.sentence_text(index)
    first = span.first
    skip = world.area_words_before(sentence, tokens, norms, first, doc.one_case)
    if skip:
        key = world.name_key(sentence[span.start : span.end])
        if world.names_with(sentence, tokens, first, skip, key):
            return None
    start = first - skip
    if start >= 3 and norms[start - 2] == "the" and norms[start - 1] in _COUNTRY_NOUNS:
        owner = sentence[tokens[start - 1].start : tokens[start - 1].end]
        if owner.lower().endswith(("'s", "’s")):
            return start - 3, AFTER_THE_COUNTRY  # `in the country's southern Zabul province`
    if skip:
        return first - skip - 1, AFTER_AREA_WORD
    if norms[first - 1] == "the" and first >= 2:
        if world.ends_name(sentence, tokens, norms, span.last):
            return first - 2, AFTER_ARTICLE
        return None
    return first - 1, PLAIN


EventPlaces = tuple[list[Span], list[Span], dict[Span, str]]


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
"""A comma between a number's digits (`8,000`)."""


_ARRIVING = frozenset(
    map(normalize_word, "arrive arrived arrives arriving land landed reach reached".split())
)
_OTHER_PARTICIPLES = frozenset(
    map(normalize_word, "held brought made built born based set found seen shown sent".split())
)


_CLAUSE_OPENERS = frozenset(map(normalize_word, "after before until following".split()))
"""Between the phrase and a place: words that open another act's clause or phrase (`after
talks in London`), whose place it is."""


def _another_act_between(
    sentence: str, tokens: list[Token], pattern: Pattern, end: int, k: int
) -> bool:
    """Whether between the phrase (ending at word ``end``) and the locative at word ``k``
    stands another act whose place it is: a participle after a noun (`approved his
    extradition on charges filed in Miami`: where the charges were filed), or a purpose after
    `for` (`approved his extradition for trial in Boston`: where the trial will be), unless
    the phrase is an arrival or a motion (`arrived for talks in Moscow`: the talks are where it
    arrived; `set off for Calais from Folkestone`), or a clause or phrase opened by `after`,
    `before`, `until` or `following` (``_CLAUSE_OPENERS``: `walked out on Tuesday after talks
    in London broke down`: where the talks were). Only for a phrase whose place is where it
    happens (not an origin or a destination)."""
    if k <= end + 1:
        return False
    if any(tokens[j].norm in _CLAUSE_OPENERS for j in range(end, k)):
        return True  # `walked out on Tuesday after talks in London broke down`: the talks'
    if tokens[end].norm == "for":
        words = pattern.elements
        return _ARRIVING.isdisjoint(words) and MOTION.isdisjoint(words) and _OFF not in words
    for j in range(end + 1, k):
        raw = sentence[tokens[j].start : tokens[j].end]
        participle = (len(raw) >= 5 and raw.endswith("ed")) or tokens[j].norm in _OTHER_PARTICIPLES
        if (
            participle
            and raw.isalpha()
            and raw.islower()
            and sentence[tokens[j - 1].start].isalpha()
        ):
            return True
    return False


def _event_places(mention: Mention, reading: Reading, role: str) -> EventPlaces:
    """Places that fill the phrase's place slot, or follow it after `in`, `at`, `of`...
    (with how each after the phrase is introduced: ``_lead``).

    Where one found place lies inside another (`Russia's capital city of Moscow`), only the
    inner one is kept: it is the more precise claim.
    """
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    slot = mention.phrase.places
    places = [p for p in slot if _same_role(role, article_role(tokens, p))] if slot else []
    filled = list(places)
    shapes: dict[Span, str] = {}
    sentence = reading.sentence_text(mention.index)
    end = mention.phrase.last
    locatives = _ORIGIN_LOCATIVES if role == ORIGIN else LOCATIVES
    for span in reading.slot_places(mention.index):
        if span.first < end or span in mention.phrase.places:
            continue
        gap_start = tokens[end - 1].end
        apposed = apposition_between(sentence, gap_start, span.start)
        skipped = 0
        if apposed is not None:  # `the premiere of the film, her first leading role, in Paris`
            skipped = sum(1 for t in tokens if apposed[0] <= t.start < apposed[1])
        if apposed is None and _occasion_after(sentence, gap_start, span):
            places.append(span)  # `criticized the FBI during an appearance in Leesburg`
            shapes[span] = OF_OCCASION
            continue
        if span.first > end + REACH + skipped:
            continue
        lead = _lead(reading, mention.index, span)
        if lead is None:
            continue
        k, shape = lead
        if world.is_world(span.ref) and tokens[k].norm in _TEAM_LOCATIVES:
            continue  # `lost to Leeds`: after the phrase, a city after `to` may be its club
        gap = sentence[gap_start : tokens[k].start]
        if apposed is not None:
            gap = gap.replace(sentence[apposed[0] : apposed[1]], " ")
        if any(c in _THOUSANDS.sub("", gap) for c in ",;:()"):
            continue  # a comma that groups a number's digits breaks no clause (`of 8,000 in`)
        if any(t.norm in MOTION for t in tokens[end:k]):
            continue
        if role == LOCATION and _another_act_between(
            sentence, tokens, mention.phrase.pattern, end, k
        ):
            continue  # `approved his extradition on charges filed in Miami`, `for trial in Boston`
        first = mention.phrase.first
        if (
            k == end - 1
            and tokens[k].norm in world.PLACE_OBJECT_VERBS
            and shape != AFTER_ARTICLE
            and not (first > 0 and tokens[first - 1].norm == "to")  # `the second storm to hit`
        ):
            places.append(span)  # `struck northern Chile`: the place the verb acts on
            shapes[span] = f"{shape}-as-object" if shape else "as-object"
            continue
        if tokens[k].norm not in locatives:
            continue
        if (
            tokens[k].norm == "of"
            and (k == 0 or tokens[k - 1].norm not in PLACE_HEADS)
            and not (k == end and tokens[k - 1].norm in world.OFFICE_NOUNS)
        ):
            continue  # `met the prime minister of Spain`: the noun's, not the act's place
        if tokens[k].norm in ORIGIN_WORDS and not _from_the_departure(
            tokens, end, k, reading.places[mention.index]
        ):
            continue  # `set off with aides from Moscow's embassy`: the aides' origin
        places.append(span)
        shapes[span] = shape
    if places:  # `arrived in Madrid on Monday and in Lisbon on Tuesday`: the act's other stops
        places += _gapped_places(sentence, reading.slot_places(mention.index), places[-1])
    before = _place_of_where_clause(reading, mention.index, mention.phrase.first)
    if before is not None and before not in places:
        places.append(before)
        shapes[before] = BEFORE_WHERE
    fronted = _fronted_occasion(reading, mention) if not places else None
    if fronted is not None:
        places.append(fronted)  # `At a rally in Leesburg, Trump criticized the FBI`
        shapes[fronted] = FRONTED_OCCASION
    story = reading.story
    outer = {a for p in places if p.ref in story.places for a in story.ancestors(p.ref)[1:]}
    return [p for p in places if p.ref not in outer], filled, shapes


_DATE_WORDS = (
    r"(?:\s+(?:on|last|this|early|late)\s+(?:[A-Z]\w+|\d{1,2}|morning|afternoon|evening|night)"
    r"(?:\s+(?:[A-Z]\w+|\d{1,4}|morning|afternoon|evening|night))?)?"
)
GAPPED_BEFORE = re.compile(
    _DATE_WORDS + r"\s*,?\s+(?:and(?:\s+then|\s+later)?|then|before)\s+(?:in|at)\s+$"
)
"""Between the place after the phrase and another with the verb left out (` on Monday and in `,
`, then in `): the act's other occasion in one sentence."""
GAPPED_AFTER = re.compile(_DATE_WORDS + r"\s*(?:[,;.!?]|$)")
"""After the other place: at most its date, then the clause ends (no verb of its own)."""


def _gapped_places(sentence: str, slot_places: list[Span], first: Span) -> list[Span]:
    """The places of the act's other occasions listed after ``first`` with the verb left out
    (`arrived in Madrid on Monday and in Lisbon on Tuesday`): one that fits is enough, a clash
    needs them all. Not a place with a verb of its own after it (`and in Lisbon talks began`)."""
    found: list[Span] = []
    for span in slot_places:
        if span.first <= first.first:
            continue
        if GAPPED_BEFORE.fullmatch(sentence, first.end, span.start) and GAPPED_AFTER.match(
            sentence, span.end
        ):
            found.append(span)
            first = span
    return found


_WHERE = normalize_word("where")
_WHERE_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:and|but|or|which|who|that|when|while)\b", re.I)
"""Between `where` and the phrase: a break that starts another clause than `where`'s."""


def _place_of_where_clause(reading: Reading, index: int, first: int) -> Span | None:
    """The place a `where` clause the phrase stands in is about: the place right before `,
    where` (`fled to Japan, where he currently lives as a refugee`). None when the phrase is
    in no such clause, or another clause begins between `where` and the phrase."""
    tokens = reading.document.tokens[index]
    k = next((j for j in range(first - 1, -1, -1) if tokens[j].norm == _WHERE), None)
    if k is None or k < 1:
        return None
    sentence = reading.sentence_text(index)
    if _WHERE_CLAUSE_BREAK.search(sentence, tokens[k].end, tokens[first].start):
        return None
    place = next((p for p in reading.slot_places(index) if p.last == k), None)
    if place is None or sentence[place.end : tokens[k].start].strip() != ",":
        return None
    return place


def _world(anchor: world.Anchor | None, ref: str) -> bool | None:
    """Whether a world place fits the fact's place (True), clashes (False) or is not judged."""
    if anchor is None or not world.is_world(ref):
        return None
    return world.judge(anchor, world.readings(ref))


def _other_events_places(fact: Fact, reading: Reading) -> frozenset[str]:
    """The places of the story that are another fact's place, one that shares a `who` with
    ``fact`` (and the places inside them): there that `who` does another thing the story
    tells (`Trump ... had a productive meeting at the Capitol`, with Ryan, not Obama)."""
    memo = reading.compiled.memo  # the story's facts alone tell it: once per story
    key = ("other-events-places", fact.id)
    known = memo.get(key)
    if isinstance(known, frozenset):
        return known
    story = reading.story
    found: set[str] = set()
    for other in story.facts:
        if (
            fact.where is None
            or other.where is None
            or other is fact
            or not set(other.who) & set(fact.who)
        ):
            continue
        if fits(story, fact.where, other.where):
            continue
        found.update(p for p in story.places if other.where in story.ancestors(p))
    memo[key] = places = frozenset(found)
    return places


def _places_of(mention: Mention, reading: Reading) -> EventPlaces:
    """``_event_places`` of the mention, worked out once per match and role."""
    assert mention.phrase is not None
    role = fact_role(mention.phrase.pattern)
    key = ("where.places", mention.index, id(mention.phrase), role)
    known = reading.memo.get(key)
    if known is None:
        known = reading.memo[key] = _event_places(mention, reading, role)
    return cast(EventPlaces, known)


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.phrase is None or fact.where is None:
        return None
    if reading.is_toll(mention):
        return None  # `The death toll in Lima rose to 47`: where the count is kept, perhaps
    if not _places_of(mention, reading)[0]:
        return None  # most phrases name no place: the guards below are not read for them
    if (
        possible(mention, reading)
        or another_occurrence(mention, reading)
        or with_another_party(fact, mention, reading)
        or in_span_clause(mention, reading)
        or in_role_of_another_time(fact, mention, reading)
        or told_again_after_relative(fact, mention, reading)
        or described_in_another_year(fact, mention, reading)
        or dated_before_relative(fact, mention, reading)
        or at_another_stage(fact, mention, reading)
        or earlier_time(mention, reading)
        or dated_in_another_year(fact, mention, reading)
    ):
        return None  # `could make landfall in Vietnam`: a guess, not the event's place
    judged = _judge(fact, mention, reading)
    clash = judged is not None and judged.status == CONTRADICTED
    if clash and (
        fronted_other_time(mention, reading)
        or denied_there_but(mention, reading)
        or other_matter(fact, mention, reading)
        or (fact.when is not None and future_after_event(fact.when, mention, reading))
        or _occasion_dated_otherwise(fact, mention, reading)
        or inside_another_occurrence(fact, mention, reading)
    ):
        return None  # `A day earlier she arrived in Madrid`: another stop (a fit confirms)
    return judged


def _occasion_dated_otherwise(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether a place of an occasion (``OF_OCCASION``, ``FRONTED_OCCASION``) is found and a
    date inside the occasion's words does not fit the fact's `when` (or the fact has none):
    `during last year's rally in Leesburg` may be another occasion."""
    assert mention.phrase is not None
    places, _, shapes = _places_of(mention, reading)
    spans = [p for p in places if shapes.get(p) in (OF_OCCASION, FRONTED_OCCASION)]
    if not spans:
        return False
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    for span in spans:
        low = 0 if shapes[span] == FRONTED_OCCASION else end
        for date in reading.document.dates(mention.index):
            if low <= date.start < span.start and (
                fact.when is None or not date_fits(fact.when, date)
            ):
                return True
    return False


def placed_elsewhere(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the sentence places the phrase's act, after the phrase, somewhere the fact's
    `where` is not (and does not hold), whatever it dates it (`kidnapped 11 aid workers in
    Bukavu in 2024` for an abduction in Mwenga). A place standing in the phrase's own words
    (`visited Paris` for `visited Moscow`) is not counted: the sentence tells the fact's act
    with another place."""
    if mention.phrase is None or fact.where is None:
        return False
    judged = _judge(fact, mention, reading, after_only=True)
    return judged is not None and judged.status == CONTRADICTED


def _judge(
    fact: Fact, mention: Mention, reading: Reading, *, after_only: bool = False
) -> SlotResult | None:
    """The places named for the phrase's act, against the fact's `where` (``after_only``:
    those read after the phrase, not in its own words)."""
    assert mention.phrase is not None and fact.where is not None
    role = fact_role(mention.phrase.pattern)
    places, filled, shapes = _places_of(mention, reading)
    if after_only:
        places = [p for p in places if p not in filled]
    if not places:
        return None
    story = reading.story
    sentence = reading.sentence_text(mention.index)
    anchor = reading.compiled.anchors.get(fact.where)
    verdicts = {
        p.ref: fits(story, fact.where, p.ref) if p.ref in story.places else _world(anchor, p.ref)
        for p in places
    }
    fitting = [p for p in places if verdicts[p.ref]]
    others = _other_events_places(fact, reading)
    clashing = [
        p
        for p in places
        if verdicts[p.ref] is False
        and p.ref not in others
        and (not possessive(sentence, p) or world.city_before_site(sentence, p))
    ]  # `at Madrid's embassy` may stand elsewhere; `at Edinburgh's Western General Hospital` not
    if not fitting and not clashing:
        return None
    chosen = fitting or clashing
    status = CONFIRMED if fitting else CONTRADICTED
    found = "; ".join(sentence[p.start : p.end] for p in chosen)
    marks = [(p.start, p.end) for p in chosen]
    evidence = reading.document.evidence(mention.index, marks=marks)
    rule = "where.phrase-place" if all(p in filled for p in chosen) else "where.place-after-phrase"
    tokens = reading.document.tokens[mention.index]
    if role == ORIGIN and any(
        p not in filled and article_role(tokens, p) == ORIGIN for p in chosen
    ):
        rule = "where.origin-after-phrase"  # `set off from Wonsan`, for a departure fact
    shape = next((shapes[p] for p in chosen if shapes.get(p)), PLAIN)
    if not fitting and any(world.is_world(p.ref) for p in chosen):
        rule = _world_rule([p for p in chosen if world.is_world(p.ref)])
        if reading.document.one_case:
            rule += "-one-case"  # `in county antrim`: read with no capital to tell a name
    elif shape:
        rule = "where.place"
    if shape:
        rule += "-" + shape
    return SlotResult(SLOT, status, story.places[fact.where].name, found, evidence, rule=rule)


def _world_rule(spans: list[Span]) -> str:
    """`where.world-place` for a well-known place the story's gazetteer does not hold;
    `where.world-area` for a county or council area (`County Antrim`), `-of-town` after a town
    no gazetteer holds (`in Dunmurry, County Antrim`)."""
    areas = any(r.kind == world.AREA for p in spans for r in world.readings(p.ref))
    rule = "where.world-area" if areas else "where.world-place"
    if any(p.last - p.first > len(world.ref_key(p.ref)[0]) for p in spans if "|" not in p.ref):
        rule += "-of-town"
    return rule


_WIDER_AREA = re.compile(
    r"\b(?:nationally|nationwide|countrywide|statewide|worldwide|globally|elsewhere"
    r"|(?:across|throughout|around)\s+the\s+(?:country|nation|world|region|continent))\b",
    re.I,
)
"""Words that scope a clause to an area wider than any one place of the story (`Nationally,`,
`nationwide`, `across the country`)."""
_SCOPED_IN = re.compile(
    r"\b(?i:(?P<spread>across|throughout)|in|(?P<outside>outside))\s+(?:the\s+)?(?=[A-Z])"
)
"""A locative before a capitalised name (`Across England`, `in Wales`, `across the EU`):
`across` and `throughout` spread a clause over the place, `in` puts it there, `outside` puts
it anywhere else."""
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*")
_OPENER_END = re.compile(r"[^,;:()\"“”]{0,40},\s*")
"""Between a fronted scope and the subject: the rest of the opener, closed by a comma (`Across
England, police`, `In Wales last year, police`)."""

Scope = tuple[int, int, bool, str | None]
"""Where a sentence scopes a clause: the cue's character range, whether it spreads the clause
over an area (`nationally`, `across England`) rather than putting it in a place (`in Wales`),
and the story's place it names (None: a wider area, or a place the story does not hold)."""


def _scopes(reading: Reading, index: int) -> list[Scope]:
    """The scopes of sentence ``index`` (``Scope``), read once however many facts ask: wider
    areas (``_WIDER_AREA``), and capitalised names after a locative (`In January` too: a date
    there leaves the sentence's own date unjudged, ``when``); a place `outside` names is never
    the fact's own."""
    key = ("scopes", index)
    known = reading.memo.get(key)
    if known is not None:
        return cast(list[Scope], known)
    sentence = reading.sentence_text(index)
    found: list[Scope] = [(m.start(), m.end(), True, None) for m in _WIDER_AREA.finditer(sentence)]
    for m in _SCOPED_IN.finditer(sentence):
        at = m.end()
        place = next((p for p in reading.places[index] if p.start == at), None)
        if place is not None:
            ref = None if m["outside"] else place.ref
            found.append((m.start(), place.end, m["spread"] is not None, ref))
            continue
        name = _NAME.match(sentence, at)
        assert name is not None
        found.append((m.start(), name.end(), m["spread"] is not None, None))
    reading.memo[key] = found
    return found


def _own_places(fact: Fact, story: Story) -> frozenset[str]:
    """The places a clause may be scoped to and still tell the fact's own `who`: its `where`;
    for a fact with none, the places of the story's facts, or every place of a story whose facts
    have none."""
    if fact.where is not None:
        return frozenset((fact.where,))
    wheres = frozenset(f.where for f in story.facts if f.where is not None)
    return wheres or frozenset(story.places)


_SCOPED_KINDS = frozenset({None, "organisation"})
"""The kinds of entity a description may stand for another of, in another area: a body (`police`,
`the council`) or a group of no kind (`officials`); not one person, product, team or event
(`the movie`), whose acts across an area are its own."""


def described_elsewhere(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's subject is a bare description of the fact's `who` (a name that is
    no proper name: `police`, `the council`, `officials`; not `Harwick police`, which reads as
    the name `Harwick Police`), in a sentence that scopes it to a wider area or to another
    place than the fact's: fronted before it and closed by a comma (`Nationally, police
    recorded 612 homicides`, `Across England, police recorded`), right after it (`Police in
    Wales recorded`, `police nationwide`), or spread over an area after the phrase (`recorded
    612 homicides across England`). A place after `in` past the phrase scopes only an
    organisation's act for a fact with no `where` (`Police recorded 612 homicides in Wales`):
    else it may be the act's scene, the fact's `where` or not (`were killed when a tram
    derailed in London`). Such a description stands for other members of its kind (other
    forces, another council), whose figures, dates and places are their own: the sentence tells
    nothing of the fact. A place of the fact's own (`Police in Harwick recorded`; but `Outside
    Sollen,` is elsewhere), or no scope at all (`Police recorded 612 homicides`), leaves it
    judged, and so does the description of a person, a product, a team or an event
    (``_SCOPED_KINDS``)."""
    who = mention.who
    if who is None or mention.phrase is None or mention.actor is not None:
        return False
    kind = reading.story.entities[who.ref].kind
    if kind not in _SCOPED_KINDS:
        return False  # `The movie opened in 3,850 cinemas across North America`: its own
    index = mention.index
    norms = reading.document.norms[index]
    if tuple(norms[who.first : who.last]) not in reading.compiled.descriptions.get(who.ref, ()):
        return False
    scopes = _scopes(reading, index)
    if not scopes:
        return False
    own = _own_places(fact, reading.story)
    sentence = reading.sentence_text(index)
    phrase_start = reading.document.tokens[index][mention.phrase.first].start
    placed = fact.where is None and kind == "organisation"
    for start, end, spread, ref in scopes:
        if ref is not None and ref in own:
            continue
        if end <= who.start:
            if _OPENER_END.fullmatch(sentence, end, who.start):
                return True  # `Nationally, police`, `Across England, police`
        elif start >= who.end and not sentence[who.end : start].strip():
            return True  # `Police in Wales`, `police nationwide`
        elif start >= phrase_start and (spread or placed):
            return True  # `recorded 612 homicides across England`, `... in Wales`
    return False
