"""The `count` slot: the number that quantifies the fact's phrase (`seven trips abroad`).

The number must count the fact's own thing. It is not judged when it belongs to another noun
(`three of those trapped`, `the ninth inning of Game 4`: a word such as `of` stands between),
when another's name and `at`, `on` or `with` stand right before it (`clear of Dowd at 13 under
par`),
when another number is glued to it (`4 400g bars`, a gallery counter), when it stands in
quotation marks, counts a total or a rate of something else (`a combined 97 years`, `94 out of
162 games`, `30 goals a season`), a streak (`third straight title`) or a rank among other
things (`the fourth final to go to extra time`). Coordinated numbers (`400-gram and 170-gram
bars`, `two or three`) clash only when every one of them does. A part of the whole is not
judged (`the remaining three men`, `Three men were among the dead`, and, unless it fits, `Three
men and a woman were named`: those named so far), nor is one member's statistic (`The average
participant walked 6,300 steps a day`, `On average, participants walked ...`).

An age fact (its `what` an age phrase) is also stated by an age in apposition to its `who`
(`Donald Collett, 62,`: `count.age-apposition`, found by the reading) and by an age right
before the name (`63-year-old Robert Huxley`: `count.age-before-name`) or describing the
subject (`The six-year-old fell`, the one person named before: `count.age-description`); an age
after a preposition or an owner (`by a 61-year-old doctor`, `his 18-year-old son`), or after `a`
and a verb acting on it (`playing a 95-year-old widow`), is another's; an age closing the
`who`'s clause dated on the story's day is judged (`died on Tuesday, aged 89`).

After the phrase, a number only confirms (`Game 7`: after the noun it may count something
else), but for a measure in the fact's own `unit:` (`a speed limit of 20mph`, `reduced to
360g`: `count.measure-after-phrase`). The number after `one of the`/`two of the` before the
phrase (`one of the seven dead`) is the whole count, not a part (`count.whole-after-partitive`).
A number after the phrase also confirms when the one before it counts something else (`scored
20 of his season-high 31 points`), and an approximate one confirms when it gives the count
(`together for the first time in nearly 25 years`: `count.approximate`). The number before a
plural noun whose relative clause the phrase stands in only confirms too (`28 people who he
came into contact with`: `count.number-before-relative-clause`).

Two more shapes state the count away from the phrase: the number right before the subject's
name with only auxiliaries between the name and the phrase (`Seven people have been hurt`:
`count.number-before-subject-aux`), and the number after the phrase right before a name of the
fact's `who`, the phrase's object (`the crash which killed eight people in total`:
`count.number-after-phrase-object`), when the subject is the fact's who, named before the
phrase or before the `which` that opens its clause, and no word tells another event; and the
number right after the phrase's active verb, before a noun that is no span of time or part
(`The quake killed 52 people`, `killing 47 people and injuring 300`: `count.number-after-verb`),
when its subject is the fact's who named before it or the story's event implied.
"""

from __future__ import annotations

import bisect
import itertools
import re

from factcheck import world
from factcheck.checks.negation import another_capacity, possible
from factcheck.checks.when import (
    another_occurrence,
    another_time,
    in_span_clause,
    span_clause_on_fact_day,
)
from factcheck.facts import Fact
from factcheck.match import IRREGULAR, PAST_FORMS, Span, Token, normalize_word, possessive
from factcheck.reading import (
    DETERMINERS,
    PREPOSITIONS,
    Mention,
    Reading,
    is_age_phrase,
)
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult
from factcheck.text.dates import DATE_NAMES
from factcheck.text.numbers import (
    MONEY,
    NumberMention,
    approximation_before,
    currency_of,
    find_numbers,
    unit_name,
)

SLOT = "count"
REACH = 2
"""How many words (adjectives, `just`, `foreign`) may stand between the number and the phrase."""
PERCENT = "%"
"""The unit of a percentage (`25%`, `25 per cent`, `25 percent`)."""
APPROXIMATE_TOLERANCE = 0.25
"""`about 70` fits 70 within this fraction; further off, an approximate number is not judged
(`for nearly 20 minutes`, for a 90-minute meeting, may well time something else)."""
_DENIED_RANK = re.compile(
    r"\b(?i:not|never|n't)\s+(?:(?i:the|his|her|its|their)\s+|[A-Z][\w.-]*\s?['’]s\s+)?$"
)
"""Right before an ordinal: the rank is denied (`was not the first woman to lead`, `is n't the
second`, `not Kim's first summit`)."""
_DENIED = "count.denied-rank"


_BOUNDS = re.compile(
    r"\b(?:(?P<lower>at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than)"
    r"|(?P<upper>at\s+most|up\s+to|fewer\s+than|less\s+than|under|no\s+more\s+than))\s+$",
    re.I,
)
_SIGN_BEFORE = re.compile(r"(?:\b(?:US|C|A|NZ|HK))?[$£€¥]\s*$")
"""Right before a number: its currency sign (`$8 billion`, `US$26m`), which a bound on the sum
stands before (`more than $8 billion`)."""


_RANGE = re.compile(r"\d\s*(?:to|-|–|—|or)\s*$|\bbetween\s+\S+\s+and\s+$", re.I)
_UNREAL = re.compile(
    r"\b(?:expect\w*|suppos\w*|plans?|plann\w*|propos\w*|schedul\w*|due|slated|would|could"
    r"|might|may|hop\w*|aim\w*|intend\w*|estimat\w*|predict\w*|polls?|polling|surveys?"
    r"|project(?:ed|ion|ions))\b",
    re.I,
)
"""Words that make a number an expectation, a plan or a poll, not what happened."""
_PENALTY_FACED = re.compile(
    r"\b(?:could|would|may|might|will|can)\s+(?:still\s+|now\s+)?"
    r"(?:face|faces|facing|faced)\s+(?:a\s+(?:maximum|possible)\s+(?:penalty\s+)?of\s+)?"
    r"up\s+to\s+$",
    re.I,
)
"""Before a number: the most a penalty can be (`could face up to 10 years in prison`): the law's
bound, stated as a fact though a modal governs `face`. The number only confirms the fact's
count (the most for one charge of several would be another figure): another value is not
judged."""
_MARGIN_BEFORE = re.compile(
    r"\b(?:leads?|led|leading|trails?|trailed|trailing|ahead|behind|won|wins|winning|beat|beats"
    r"|lost|loses|losing)\s+(?:[\w'’-]+\s+){0,3}?by\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|more\s+than|over|fewer\s+than"
    r"|less\s+than)\s+)?$",
    re.I,
)
"""Before a number: a verb of leading, trailing or winning and `by` (`Osei leads by 2,900
first-preference votes`, `won the seat by 300 votes`): the number is the margin between two
counts, not the count of the phrase."""
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:grew|grown|grows|growing|expanded|expands|expanding|spread|spreads|spreading"
    r"|increased|increases|shrank|shrunk|shrinks|swelled|swollen)\s+(?:[\w'’-]+\s+){0,2}?by\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|another|more\s+than|over)\s+)?$",
    re.I,
)
"""Before a number: a verb of growing or shrinking and `by` (`The fire's perimeter grew by
6,000 acres on Friday night`): the number is the change, not the count of the phrase; one that
fits the count only confirms it (`the constellation grew by 24 satellites`)."""
_RULE = "count.number-before-phrase"
_WHOLE = "count.whole-after-partitive"
_PARTITIVE = re.compile(r"\b(?P<part>\w+)\s+of\s+(?:(?:the|those|these)\s+)?$", re.I)
"""Before a number: `one of the`, `two of`, `each of those` (`one of the seven dead`)."""
_WHOLE_WORDS = frozenset("each none all both".split())
PARTITIVE_REACH = 1
"""How many words may stand between the whole's number and the phrase (`one of the 22 people
injured`)."""
_OWNERS = PREPOSITIONS | frozenset("his her their its my our your whose".split())
"""Before an age phrase (`by a 61-year-old`, `his 18-year-old`): the age of the noun after it."""
_APPOSITION = "count.age-apposition"
_DESCRIPTION = "count.age-description"
_PASSIVE_ADVERBS = r"(?:(?:now|also|all|since|formally|officially|finally|already|publicly)\s+)*"
_NAMED_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+)?"
    rf"\s+(?:were|was|(?:have|has|had)\s+{_PASSIVE_ADVERBS}been)\s+{_PASSIVE_ADVERBS}"
    r"(?:named|identified)\b",
    re.I,
)
"""After the phrase, its number the subject of `were named`/`have been identified` (`Three men
and a woman were named`): the number counts those named so far, a part of the whole. It
confirms the fact's count, never clashes with it."""
_OTHER_PREDICATE_AFTER = re.compile(
    r"(?P<between>(?:\s+[^\s,;:.!?()—–]+){0,8}?)\s+"
    r"(?:were|was|are|is|remain|remains|remained)\s+(?!(?:named|identified)\b)",
    re.I,
)
"""After a participle phrase, its number's noun the subject of another verb (`Three people
killed on the flight were holding hands`, `Two men injured in the blast remain in hospital`):
the number counts those of them the other verb is about, a part of the whole. It confirms the
fact's count, never clashes with it (`were named` is ``_NAMED_AFTER``)."""
_SUBJECT_OPENING = re.compile(
    r"(?:(?<=\s)|^)(?:\d{1,2}[.:]\d\d\s+)?(?:the\s+|those\s+|all\s+)?$", re.I
)
"""Before a subject's number, left out when asking whether it opens its clause: a live blog's
time stamp, a determiner (`04.25 Three people`, `The three people`)."""
_RELATIVE_BREAK = re.compile(r"\b(?:who|which|that|when|while|and|but|or|as|if)\b", re.I)
OTHER_NOUN = frozenset("of in at for from on with by per out to among than".split())
"""Between a number and the phrase, these mean the number counts another noun (`three of
those trapped`, `the ninth inning of Game 4`); but for a fact in money, `in` alone between an
amount in its currency and the phrase gives the phrase's value (`reported $2.53 in per-share
earnings`, `$449,000 in fees`)."""
STREAK = frozenset(map(normalize_word, "consecutive straight successive running".split()))
"""Between a number and the phrase: a streak (`third straight title`), not the whole count."""
_WITH_BEFORE = re.compile(r"(?:^|[,;(]\s*)with\s+(?:\w+\s+){0,3}$", re.I)
"""Before a number: an absolute `with` clause (`With 95% of votes counted, ...`)."""
MORE = frozenset(map(normalize_word, "more additional further extra".split()))
"""Right after a number (`Three more people died`): those added to an earlier count."""
_OTHERS_AFTER = re.compile(r"\s+(?:other|remaining)\s+(?=[a-z])", re.I)
"""Right after a number, before its noun (`three other service members`, `the two remaining
hostages`): those besides the ones told before, a part of the count. Not the pronoun `others`
(`and 50 others were injured`: all of those injured)."""
NEW_TALLIES = frozenset(
    map(
        normalize_word,
        """cases deaths infections fatalities casualties admissions hospitalisations
        hospitalizations arrests""".split(),
    )
)
"""Nouns of a tally that grows: after `new` (`Twelve new deaths were reported`), the number
counts those added since the last report, not the whole."""
_WHERE_CLAUSE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]+|\b(?:city|town|village|district|province|region|state|county"
    r"|area|township|camp|prison|hospital))\s*,\s*where\s+(?:[\w-]+\s+){0,3}$"
)
"""Before a number: a relative clause opened by `where` after a place (`in Ndola, where 212
cases were confirmed`): the count of that place alone, a part of the whole."""
_TYPICAL_MEMBER_BEFORE = re.compile(
    r"(?:(?:^|[,;:(—–]\s*|\b(?:that|and|but|while)\s+)(?:the|an?)\s+(?:average|typical|median)"
    r"\s+[a-z][\w-]*|^on\s+average\s*,)\s+(?:[a-z]+\s+){1,3}$",
    re.I,
)
"""Before a number: its clause's subject is the group's typical member (`The average
participant walked 6,300 steps a day`, `the typical household pays 1,200 pounds`), or the
sentence opens with `On average,`: a statistic of one member, not the count of the fact's
own thing."""
_CLAUSE_START = re.compile(r"(?:^|[,;:(—–]|\b(?:that|and|but|while|after|as|when)\b)\s*$", re.I)
"""Before a partitive's part word: the part opens its clause, so it is the subject."""
_FINITE_AFTER = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b", re.I)
PART_BEFORE = frozenset(
    map(
        normalize_word,
        "other another final remaining last first latest further additional".split(),
    )
)
"""Right before a number (`the other three`, `the final three victims`): a part of the count."""
_GROUP_JOIN = re.compile(r"\s+([A-Za-z]+)(?:\s*,|\s+and|\s+or)\s+$")
"""Between another number and this one: a noun, then `and`/`,` (`six men and one woman died`):
each number counts a part of the whole."""
UNITS = frozenset(
    map(
        normalize_word,
        """foot feet ft metre metres meter meters m km kilometre kilometres kilometer mile miles
        inch inches cm mm yard yards kg kilogram kilograms g gram grams lb lbs pound pounds ton
        tons tonne tonnes mph kph litre litres liter liters gallon gallons acre acres hectare
        hectares""".split(),
    )
)
"""Units: a number whose unit the fact's phrase does not name measures in another unit."""
SPANS = frozenset(
    map(normalize_word, "seconds minutes hours days weeks months years decades centuries".split())
)
"""Spans of time: a number before one that the fact's phrase does not name measures how long,
not the fact's things (`the third time in six years that homes have flooded`)."""
_CLAUSE_BREAK = re.compile(r"\b(?:who|which|that|when|while|after|before|because|but|and)\b")
_COORDINATED = re.compile(
    r"(?:-[A-Za-z]+)?\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|and/or|nor|&)\s+|/\s*)", re.I
)
"""What joins coordinated numbers: `400-gram and 170-gram`, `3, 4 or 7`."""
_TOTAL_BEFORE = re.compile(
    r"\b(?:combined|total(?:\s+of)?|cumulative|aggregate|average(?:\s+of)?|out\s+of)\s+$",
    re.I,
)
_AFTER_CLAUSE = re.compile(r"[,;:()—–]|\b(?:and|but|which|who|that|when|while|because)\b")
_OTHER_AFTER = re.compile(
    r"\b(?:per|a|an|each|every)\s+(?:year|season|month|week|day|night|game|match|head)\b"
    r"|\b(?:annually|per|in\s+total|in\s+all|altogether|combined|between\s+them|on\s+average"
    r"|out\s+of)\b"
    r"|\b(?:in|over|during)\s+(?:(?:the|their|its|his|her|our|my|your)\s+)?"
    r"(?:[\w-]+(?:['’]s|(?<=s)['’])\s+)?(?:last|past|previous"
    r"|first|next)\s+(?:\w+\s+)?(?:years?|seasons?|months?|weeks?|days?|games?|matches|races)\b"
    r"|\bamong\b"
    r"|\bfrom\s+(?!(?:any|all)\b)(?:[a-z-]+\s+){1,2}causes\b"
    r"|\b(?:at|in|during|over|for)\s+(?:each|every|all|both)\s+of\b"
    r"|\b(?:at|in|during|over|for)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:previous|prior"
    r"|earlier|preceding)\b",
    re.I,
)
"""After the phrase: a rate or a total of other things (`a season`, `in total`, `out of 162`),
over a stretch of time (`in their last 3 games`, `over the past five years`, `in the Lakers’
last 10 games`), of a part
(`40% of the vote among under-30s`, deaths `from cardiovascular causes`; not `from any cause`,
all of them), or of other occasions, each one's or earlier ones' (`by
50 basis points at each of its previous three meetings`, `at its previous meeting`)."""
_THIS_YEAR = re.compile(
    r"(?:\s+(?!(?:for|of|in|on|at|after|with|by|from|to)\b)[\w,.'’-]+){0,4}\s+this\s+"
    r"(?:year|season|month|decade)\b",
    re.I,
)
"""Right after the phrase, its number and noun then `this year` (`has rescued more than 1,000
migrants this year`): a total over a stretch; not past a preposition (`a four-match ban for
what was his second dismissal this season`: the dismissal's)."""
_OCCASIONS = (
    r"(?:appearances|games|matches|starts|outings|caps|fixtures|races|fights|bouts|innings"
    r"|tournaments)"
)
_HOW_MANY = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|[a-z]+ty(?:-[a-z]+)?|(?:a|one|two|three)\s+hundred(?:\s+and\s+[a-z-]+)?)"
)
_TALLY_AFTER = re.compile(
    r"\b(?:in|from|over|across)\s+(?:(?:his|her|their|its)\s+)?"
    + _HOW_MANY
    + r"\s+"
    + _OCCASIONS
    + r"\b",
    re.I,
)
_TALLY_BEFORE = re.compile(
    r"\b" + _HOW_MANY + r"\s+" + _OCCASIONS + r"\b[^.;:,]{0,60},\s+[a-z]+ing\s+$", re.I
)
"""A tally over a number of occasions the sentence gives, after the phrase (`scored 48 goals in
112 appearances`) or in a main clause before an -ing clause that holds it (`made 112
appearances, scoring 48 goals`): the count of a stretch the fact does not give, not judged."""
_CAREER_AFTER = re.compile(
    r"\b(?:in|over|during|across|throughout)\s+(?:(?:his|her|their|its)\s+)"
    r"(?:(?:whole|entire|professional|playing|long|short|young)\s+)?career\b",
    re.I,
)
"""After the phrase, in its clause, or opening the sentence before a comma: the subject's career
(`has now won €2.1m in prize money in his career`, `In his career(,) Ferreyra has won`; not
`In his career-best game`): a total
over every occasion of it, the fact's among them, not its own count."""


_BY_A_TIME = re.compile(
    r"\s*by\s+(?:the\s+age\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\b|then\b|the\s+time\b)",
    re.I,
)
"""Right after the phrase, or opening the sentence before a comma: an age or a time the count was
reached by (`had nine previous convictions by the age of 18`, `by then`, `By the time he was
18,`): the count as it stood then, not now. `by the prosecution's count` and `by now` are
judged (a year after `by` is read as another year's already)."""


_UP_TO_A_COMMA = re.compile(r"(?:\s+[^\s,;:()]+){0,6}?\s*,")


def _by_a_time(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's count is told as it stood by a time (``_BY_A_TIME``)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    opening = _BY_A_TIME.match(sentence)
    if opening is not None and _UP_TO_A_COMMA.match(sentence, opening.end()):
        return True  # `By the age of 18, Hale had nine`, `By the time he was 18, Hale had`
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    return _BY_A_TIME.match(sentence, end) is not None


def _over_a_career(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's count is told over the subject's career (``_CAREER_AFTER``)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    opening = _CAREER_AFTER.match(sentence)
    if opening is not None and not sentence.startswith("-", opening.end()):
        return True  # `In his career, Ferreyra has won €2.1m`, with or without the comma
    after = sentence[reading.document.tokens[mention.index][mention.phrase.last - 1].end :]
    cut = _AFTER_CLAUSE.search(after)
    return _CAREER_AFTER.search(after[: cut.start()] if cut else after) is not None


_RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+the\s+(?:[a-z-]+\s+){0,2}"
    r"(?:toll|total|tally|number)\s+to\b",
    re.I,
)
"""After the phrase (`Three people died in hospital, bringing the toll to 37`): the number
before the phrase is added to an earlier count, the total is the one after `to`."""
_SUM_PART = re.compile(r"\bplus\b", re.I)
_SUM_PART_BEFORE = re.compile(r"\bplus\s+(?:[^\s,;]+\s+){0,3}$", re.I)
"""Joined to another amount by `plus`, after the phrase in its clause or right before the
number (`400 pence a share in cash plus a 12 pence special dividend`): each is a part of a sum
the sentence does not give, the fact's number may be the sum."""
_RANK_AFTER = re.compile(
    r"\s+(?:to\s+[a-z]|ever\b|in\s+(?:(?:cup|league|competition|tournament|world)\s+)?history\b"
    r"|since\b|in\s+a\s+row\b"
    r"|of\s+the\s+(?:season|year|decade|century|tournament|competition)\b)",
    re.I,
)
"""After an ordinal's phrase: a rank among other things (`the fourth final to go to extra time`)."""


_REPORTER_AFTER = re.compile(r"[^,;:()—–]*,\s+(?:the\s+|a\s+)?$", re.I)
"""Between the phrase and the `who` named after it: the clause ends with a comma and the name
opens the next one (`Three US service members have been killed in a crash, the US military
said`): the name is who tells it, not the subject of the phrase, and the number before the
phrase still counts the phrase's own noun."""


_NEXT_CLAUSE_AFTER = re.compile(
    r"[^,;:()—–]*(?:,?\s+(?:and|but|while|whereas)|;)\s+(?:(?:the|a)\s+)?$", re.I
)
"""Between the phrase and the `who` named after it: the clause ends with a semicolon or a
conjunction, and the name opens the next clause (`Each player was guaranteed €1.15m in prize
money, and Ferreyra won €200,000 more`, `The runner-up took €1.15m in prize money and Ferreyra
the rest`): the name is the subject of that clause, not of the phrase, and the number before
the phrase counts another's. Only when the number's clause has words of its own before it (its
subject and verb: `Each player was guaranteed`); a number opening its clause counts the
phrase's own noun, the clause's subject (`Six people died in the crash, and Tarsa Lines said
it would help the families`), and is judged."""
_OWN_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–])\s*(?:(?!(?:about|around|nearly|almost|some|roughly|more|than|over|at|least"
    r"|up|to|only|just|another|a|an|further)\b)[A-Za-z][\w'’-]*\s+)"
    r"(?:[\w'’-]+\s+)*?[^\w\s,;:(—–]*$"
)
"""Before a number, from its clause's start: a word that is not an approximation (`Each player
was guaranteed €`, not `About`)."""


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
"""Between a number and the phrase: the number belongs to another verb or noun (`injured 50
people and killed seven`)."""


def _decimals(value: float) -> int:
    """How many decimal places ``value`` is written with (`38.4`: 1, `38`: 0)."""
    if float(value).is_integer():
        return 0
    return len(f"{float(value):.10f}".rstrip("0").split(".")[1])


def fits(value: float, count: float | None) -> bool:
    """Whether a number states the count: equal at the coarser precision of the two, so a
    rounded figure fits (`38%` or `38.4%` for 38.4; `38.1%` does not)."""
    if count is None:
        return False
    if value == count:
        return True
    places = min(_decimals(value), _decimals(count))
    if float(value).is_integer() and float(count).is_integer():
        return False
    return bool(abs(value - count) <= 0.5 * 10.0**-places + 1e-9)


def applies(fact: Fact) -> bool:
    return fact.count is not None


def _bound(
    mention: Mention, reading: Reading, fact: Fact, numbers: list[NumberMention]
) -> NumberMention | None:
    """The number standing just before the phrase, of the kind the fact counts."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    starts = reading.document.tokens.offsets(mention.index)[0]
    bound = None
    for number in numbers:
        if number.end > phrase_start or number.ordinal != fact.ordinal:
            continue
        end = _end(number, fact)
        gap = sentence[end:phrase_start]
        first = bisect.bisect_left(starts, end)
        between = [t.norm for t in tokens[first : mention.phrase.first] if t.start < phrase_start]
        if any(c in gap for c in ",;:()") or len(between) > REACH:
            continue
        if not _CONJUNCTIONS.isdisjoint(between):
            continue  # `injured 50 people and killed seven`: the number of another verb
        bound = number
    return bound


def number_before_phrase(fact: Fact, mention: Mention, reading: Reading) -> NumberMention | None:
    """The number the count check reads right before the mention's phrase, judged or not
    (shown by `factcheck explain` for a mention whose count is not judged)."""
    if mention.phrase is None or fact.count is None:
        return None
    return _bound(mention, reading, fact, reading.document.numbers(mention.index))


def _end(number: NumberMention, fact: Fact) -> int:
    """Where ``number`` ends, with its unit when that is the fact's (`12 miles per hour`)."""
    return number.unit_end if fact.unit and number.unit == fact.unit else number.end


_AGE = re.compile(r"-old\b", re.I)
_GLUED_UNIT = re.compile(r"-?([a-z]+)", re.I)


def _glued(sentence: str, number: NumberMention) -> set[str]:
    """The word glued to a number (`130-foot`, `40m`), normalised."""
    m = _GLUED_UNIT.match(sentence, number.end)
    return {normalize_word(m.group(1))} if m else set()


def _another_group(sentence: str, number: NumberMention, numbers: list[NumberMention]) -> bool:
    """Whether another number of another noun is coordinated before ``number`` (`six men and
    one woman`, not `twelve or thirteen miners`)."""
    for k, other in enumerate(numbers):
        if other.end > number.start:
            break
        join = _GROUP_JOIN.fullmatch(sentence, other.end, number.start)
        if join is not None and numbers[k + 1] is number:  # no number in the noun's place
            return True
    return False


_PARTS_OPEN = re.compile(r"(?:\s[-–—]|[:(]|\bincluding|\bamong\s+them)\s*$", re.I)
"""Before the first of coordinated numbers: a list of a whole's parts opens (`The other four
victims - one female and three male`)."""


def _lists_parts(sentence: str, number: NumberMention, numbers: list[NumberMention]) -> bool:
    """Whether ``number`` is one of coordinated numbers of other nouns (`two passengers and
    three crew`) that list the parts of a whole told before them, after a dash, a colon, a
    bracket or `including`: each counts a part."""
    k = numbers.index(number)
    if k > 0 and _another_group(sentence, number, numbers):
        return _PARTS_OPEN.search(sentence, 0, numbers[k - 1].start) is not None
    return (
        k + 1 < len(numbers)
        and _another_group(sentence, numbers[k + 1], numbers)
        and _PARTS_OPEN.search(sentence, 0, number.start) is not None
    )


def _counts_the_subject(number: NumberMention, mention: Mention, tokens: list[Token]) -> bool:
    """Whether ``number`` quantifies the mention's own subject, standing right before its name
    (`five patients with gunshot wounds`, the fact's who being the patients)."""
    who = mention.who
    if who is None or who.start < number.end:
        return False
    return sum(1 for t in tokens if number.end <= t.start < who.start) <= 1


AUX_RULE = "count.number-before-subject-aux"
OBJECT_RULE = "count.number-after-phrase-object"
_SHAPES = frozenset({AUX_RULE, OBJECT_RULE})
"""Rules of a number that is the count though it does not stand right before the phrase: their
bounds and coordinated numbers keep the rule's name."""
AUXILIARIES = frozenset(map(normalize_word, "is are was were has have had been being".split()))
"""The only words that may stand between the subject and the phrase for the number before the
subject to count the phrase (`Seven people have been hurt`)."""


def _only_a_place_between(reading: Reading, index: int, end: int, who: Span) -> bool:
    """Whether nothing but spaces, or a place's name alone (``Reading.names_place``), stands
    between a number ending at ``end`` and the subject's name: the place says whose the subject
    is (`Two United States service members have been killed`), the number still counts it."""
    sentence = reading.sentence_text(index)
    if sentence[end : who.start].isspace():
        return True
    tokens = reading.document.tokens[index]
    first = next((k for k, t in enumerate(tokens) if t.start >= end), who.first)
    return sentence[end : tokens[first].start].isspace() and reading.names_place(
        index, first, who.first
    )


def _aux_subject(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> NumberMention | None:
    """The number standing right before the subject's name, when only auxiliaries stand
    between the name and the phrase (`Seven people have been hurt`, `Nine people had been
    killed`): it counts the phrase's subject, so it is the count. None when a word stands
    between the number and the name (`Three more people have died`), when any other word
    stands between the name and the phrase (`one person was critically hurt`, `were among`),
    after a partitive (`two of the nine people have been hurt`: the nine are not all hurt),
    or in a sentence that dates something at another time (another event, ``another_time``).
    """
    who = mention.who
    assert mention.phrase is not None
    if who is None or who.first >= mention.phrase.first:
        return None
    tokens = reading.document.tokens[mention.index]
    linking = tokens[who.last : mention.phrase.first]
    if not linking or any(t.norm not in AUXILIARIES for t in linking):
        return None
    sentence = reading.sentence_text(mention.index)
    number = next(
        (
            n
            for n in numbers
            if n.end <= who.start and _only_a_place_between(reading, mention.index, n.end, who)
        ),
        None,
    )
    if number is None:
        return None  # a unit glued to it (`7m people`) is judged in ``_counts_other_things``
    if _PARTITIVE.search(sentence, max(0, number.start - 40), number.start):
        return None  # `two of the nine people have been hurt`
    if another_time(fact, reading, mention.index):
        return None  # `Nine people had been hurt there in 2014`: another event
    return number


OTHER_EVENT_BEFORE = frozenset(
    map(
        normalize_word,
        """earlier previous prior last another other similar separate first second third
        former recent both""".split(),
    )
)
"""Right before the subject's name (`an earlier attack which killed eight people`, `two
crashes`): another event, or several, whose count is not the fact's."""
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+)?$", re.I)
_SINCE = re.compile(r"\b(?:since|than|like)\b", re.I)
_RATE_AFTER = re.compile(
    r"\b(?:per|a|an|each|every)\s+(?:year|season|month|week|day|night|game|match|head)\b"
    r"|\b(?:annually|per|combined|between\s+them|on\s+average|out\s+of)\b",
    re.I,
)
"""After the phrase's object: a rate, or a total of several things' (`eight people a year`,
`between them`). `in total` is the event's own total (the subject is one event, see
``_subject_of_another_event``)."""


_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|plus|as\s+well\s+as)\s+)?(?:another\s+)?", re.I)
"""Between the phrase's object and another number: the number is coordinated with it."""


def _subject_of_another_event(mention: Mention, reading: Reading) -> bool:
    """Whether the subject's name tells another event or several (`an earlier attack`,
    `another crash`, `two crashes`, `the crash and the fire`), or compares with one (`the
    worst since the crash that killed nine`)."""
    who = mention.who
    assert who is not None
    tokens = reading.document.tokens[mention.index]
    k = who.first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    if k >= 0 and (
        tokens[k].norm in OTHER_EVENT_BEFORE
        or tokens[k].norm in ("and", "or")
        or any(n.end == tokens[k].end for n in reading.document.numbers(mention.index))
    ):
        return True
    sentence = reading.sentence_text(mention.index)
    return _SINCE.search(sentence, 0, who.start) is not None


def _object_count(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The number right after the phrase, right before a name of the fact's `who` (`the crash
    which killed eight people in total`): it counts the phrase's object, which is the fact's
    who, so it is the count, judged (`count.number-after-phrase-object`). The phrase's subject
    must be named before it as the fact's who (or as the antecedent of `which`/`that`), so
    that the act is the fact's. Only `at least`, `about`... may stand between the phrase and
    the number, no word between the number and the name.

    Not judged: a number of a part (`killed two of the eight people`) or coordinated with
    another (`killed eight civilians and two soldiers`), a rate (`eight people a year`),
    a plan, a negation, a quotation, another event (a date of another year in the sentence,
    `an earlier attack`, `another crash`, `two crashes`, `since`)."""
    assert mention.phrase is not None and fact.count is not None
    who = mention.who
    if who is None or who.last > mention.phrase.first:
        return None  # the subject is named before the phrase, not carried or implied
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    phrase_end = tokens[mention.phrase.last - 1].end
    number = next((n for n in numbers if n.start >= phrase_end), None)
    if number is None or number.ordinal:
        return None  # `killed first responders`; a glued unit (`8m people`) stands between
    approximate = approximation_before(sentence, number.start)
    opening = approximate if approximate is not None and approximate >= phrase_end else number.start
    if sentence[phrase_end:opening].strip():
        return None  # `killed two of the eight people`: a word between
    thing = next((s for s in reading.entities[mention.index] if s.start >= number.end), None)
    if (
        thing is None
        or thing.ref not in fact.who
        or not sentence[number.end : thing.start].isspace()
    ):
        return None
    rest = sentence[thing.end :]
    cut = _AFTER_CLAUSE.search(rest)
    clause = rest[: cut.start()] if cut else rest
    if _RATE_AFTER.search(clause):
        return None  # `eight people a year`: a rate
    following = next((n for n in numbers if n.start >= thing.end), None)
    if following is not None:
        approximate = approximation_before(sentence, following.start)
        joined = sentence[thing.end : approximate if approximate is not None else following.start]
        if _JOINED.fullmatch(joined):
            return None  # `killed eight civilians and two soldiers`: a part of the toll
    if _denied_or_unreal(sentence, phrase_start, number, mention, reading):
        return None
    if _subject_of_another_event(mention, reading):
        return None
    if another_time(fact, reading, mention.index):
        return None  # `killed eight people in 2004`: another event
    return _value(fact, number, mention, reading, OBJECT_RULE, OBJECT_RULE)


def _denied_or_unreal(
    sentence: str, phrase_start: int, number: NumberMention, mention: Mention, reading: Reading
) -> bool:
    """Whether the phrase is negated or a plan (`was expected to kill`), or the number after
    it stands inside quotation marks: its object's count is then not judged."""
    if _NEGATION_BEFORE.search(sentence, max(0, phrase_start - 30), phrase_start):
        return True
    if _UNREAL.search(sentence[:phrase_start][-80:]):
        return True
    return reading.document.in_quotes(mention.index, number.start, number.end)


VERB_OBJECT_RULE = "count.number-after-verb"
_VERB_END = re.compile(r"(?:ed|ing)$")
_NOT_OBJECT = frozenset(
    map(
        normalize_word,
        """years year months month weeks week days day hours hour minutes minute seconds times
        time points point per percent cent more other others of in on at to for from by and or
        million billion bn m mn k thousand""".split(),
    )
)
"""Right after a number after the verb, words that make it no count of the verb's object: a
span of time (`jailed 9 days after`), a number of times, a part (`killed three more`,
`killed three others`, `three of`), a preposition (`rose 8 to`), a multiplier read apart."""
_PASSIVE_BEFORE = frozenset(
    map(normalize_word, "is are was were be been being get got gets getting".split())
)
_REPEATED_ACTORS = frozenset({"person", "team"})
"""Kinds of entity whose acts recur (a player's goals, a team's wins): a number after their
verb may count one match or day of a total, so `count.number-after-verb` does not read it."""
_PLAIN_AFTER_OBJECT = re.compile(
    r"\s*(?P<place>(?:in|near|across|throughout|around|at)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*)?"
    r"(?:(?:on|early|late|last|this)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|overnight|tonight)?\s*[.!]?\s*"
)
"""What may follow the verb's counted object in its clause: nothing, a day (`on Tuesday`,
`early on Tuesday`), and for an event a named place (`in southern Peru`; not a month): where
it happened. Anything else may make the number a part or another stretch (`in the first
half`, `in July`, `against City`; an organisation's `axed 300 jobs in Leeds`)."""


def _an_event(fact: Fact, reading: Reading) -> bool:
    """Whether the fact's `who` is an event (`kind: event`): it happens once, in one place."""
    return any(reading.story.entities[ref].kind == "event" for ref in fact.who)


_ELIDED_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z][a-z-]*\s+)?(?:[a-z][a-z-]*)\s+and\s+$")
"""Before the phrase, a count and its noun joined by `and` (`killing 47 people and injuring
312`): a number ending the phrase's clause counts the same noun, left out."""
_CURRENCY_AROUND = re.compile(r"[$£€¥]\s*$")
_CURRENCY_AFTER = re.compile(
    r"\s*(?:million\s+|billion\s+|m\s+|bn\s+)?(?:dollars|euros|pounds|yen|yuan|roubles|rubles"
    r"|francs|rupees|kronor|krona|kroner)\b",
    re.I,
)


def _verb_object_count(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The number right after the phrase's verb (`The quake killed 47 people`, `has killed at
    least 47 people`, `killing at least 47 people and injuring 312`): it counts the verb's
    object, what the fact counts, and is judged (`count.number-after-verb`).

    The fact's `who` is no person or team (their acts recur: a match's goals are not the
    season's). The phrase ends in an active verb form (`-ed`, `-ing`, an irregular past such
    as `struck`, `won`), no form of `be` right before it (`was jailed 9 days after`: a
    passive's number is not its object); its subject is the fact's who named before it, or
    the story's event implied. Only `at least`, `about`... stand between the phrase and the
    number, and a noun follows the number that is no span of time, no `times`, no part
    (`more`, `other`, `of`); or the number ends the clause after a count of a noun joined by
    `and` (`47 people and injuring 312`: the noun left out). After the noun, its clause holds
    at most a day (`on Tuesday`) and, for an event, a named place (``_PLAIN_AFTER_OBJECT``).
    Not judged: an ordinal, a unit or money, a coordinated number (`47 people and 12 police
    officers`), another part (`and 7 in Cusco`, `7 more`, `alone`), a rate, a negation, a
    plan, a quotation, another event or occurrence (as for ``_object_count``, ``own_act``)."""
    assert mention.phrase is not None and fact.count is not None
    if fact.unit or fact.ordinal:
        return None
    entities = reading.story.entities
    if any(entities[ref].kind in _REPEATED_ACTORS for ref in fact.who):
        return None  # `Okafor scored 2 goals on Saturday`: a person's or a team's acts recur
    who = mention.who
    if mention.via == "implied":
        pass
    elif who is None or who.last > mention.phrase.first:
        return None
    elif mention.via and not (mention.via == "participle" and who.last == mention.phrase.first):
        return None  # but `a plane carrying 162 people`: the -ing clause of the name before
    tokens = reading.document.tokens[mention.index]
    last = tokens[mention.phrase.last - 1]
    sentence = reading.sentence_text(mention.index)
    word = sentence[last.start : last.end].lower()
    if not (_VERB_END.search(word) or word in IRREGULAR):
        return None
    before = tokens[mention.phrase.first - 1].norm if mention.phrase.first else ""
    if before in _PASSIVE_BEFORE or before in DETERMINERS:
        return None  # `was jailed 9 days`, `the wounded`
    phrase_start = tokens[mention.phrase.first].start
    phrase_end = last.end
    number = next((n for n in numbers if n.start >= phrase_end), None)
    if number is None or number.ordinal or number.unit:
        return None
    approximate = approximation_before(sentence, number.start)
    opening = approximate if approximate is not None and approximate >= phrase_end else number.start
    if sentence[phrase_end:opening].strip():
        return None  # `killed two of the eight people`: a word between
    if _CURRENCY_AROUND.search(sentence, 0, number.start) or _CURRENCY_AFTER.match(
        sentence, number.end
    ):
        return None  # money: its currency may not be the fact's
    rest = sentence[number.end :]
    if any(
        s.ref not in fact.who and sentence[number.end : s.start].isspace()
        for s in reading.entities[mention.index]
    ):
        return None  # `The crash killed eight officers`: another entity's number
    noun = re.match(r"\s+([a-z][a-z-]*)\b", rest)
    if noun is not None:
        if normalize_word(noun.group(1)) in _NOT_OBJECT:
            return None
        after = rest[noun.end() :]
    elif re.match(r"\s*(?:[,.;]|$)", rest) and _ELIDED_BEFORE.search(sentence, 0, phrase_start):
        after = rest
    else:
        return None
    cut = _AFTER_CLAUSE.search(after)
    clause = after[: cut.start()] if cut else after
    if _RATE_AFTER.search(clause) or _OTHER_AFTER.search(clause) or _THIS_YEAR.match(clause):
        return None  # `eight people a year`: a rate; `169 people this year`: a total
    if re.search(r"\balone\b", clause, re.I):
        return None  # `destroyed 500 homes in Tampa alone`: a part
    plain = _PLAIN_AFTER_OBJECT.fullmatch(clause)
    if plain is None or (plain.group("place") and not _an_event(fact, reading)):
        return None  # `axed 300 jobs in July`, `in Leeds`: a part or a stretch
    following = next((n for n in numbers if n.start >= number.end), None)
    if following is not None and noun is not None:
        start = approximation_before(sentence, following.start)
        joined = sentence[number.end + noun.end() : start if start is not None else following.start]
        if _JOINED.fullmatch(joined):
            return None  # `killed 47 people and 12 police officers`: parts of the toll
    if any(_another_part(sentence, number, later) for later in numbers if later.start > number.end):
        return None  # `killed 40 people in Arequipa and 7 in Cusco`: a part of the toll
    if _denied_or_unreal(sentence, phrase_start, number, mention, reading):
        return None
    if who is not None and _subject_of_another_event(mention, reading):
        return None
    if another_time(fact, reading, mention.index) or not own_act(mention, reading):
        return None  # `killed eight people in 2004`, `also killed eight`: another event
    return _value(fact, number, mention, reading, VERB_OBJECT_RULE, VERB_OBJECT_RULE)


_PART_JOIN = re.compile(
    r"(?:\band|\bplus|\bwhile|,)\s+(?:(?:another|a\s+further|an\s+additional|about|some"
    r"|nearly|almost|at\s+least)\s+)?$",
    re.I,
)
_MORE_AFTER_NUMBER = re.compile(r"\s+(?:more|others?|additional|further)\b", re.I)


_EARLIER_BEFORE = frozenset(
    map(normalize_word, "previously formerly once already also again".split())
)
"""At most three words before the phrase: another occurrence of its act (`who also scored in
the 76th minute`)."""
_EARLIER_AFTER = re.compile(r"\b(?:before|earlier|previously|ago)\s*(?:[.,;:!?)]|$)", re.I)


def _owned_act(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase opens right after its possessive subject with a noun of the act
    (`Valdor's recall of 1.2 million cars`): the owned noun is the act itself, the owner's
    own, not someone the owner owns (`Pryce's brother was jailed`)."""
    assert mention.phrase is not None and mention.who is not None
    tokens = reading.document.tokens[mention.index]
    first = mention.phrase.first
    if first == 0 or tokens[first - 1].end != mention.who.end:
        return False
    word = tokens[first]
    raw = reading.sentence_text(mention.index)[word.start : word.end].lower()
    return raw not in PAST_FORMS and not raw.endswith(("ed", "ing"))


def own_act(mention: Mention, reading: Reading) -> bool:
    """Whether the mention tells the fact's own act, not another occurrence of it (`also
    jailed`, `previously jailed`, `jailed ... before`), a possibility (`could be jailed`), or
    the act of someone its subject owns (`Pryce's brother was jailed`): the shapes that read a
    count after or inside the phrase judge only then."""
    assert mention.phrase is not None
    if another_occurrence(mention, reading) or possible(mention, reading):
        return False
    sentence = reading.sentence_text(mention.index)
    who = mention.who
    if (
        who is not None
        and sentence[who.start : who.end].endswith(("'s", "’s", "'", "’"))
        and not _owned_act(mention, reading)
    ):
        return False  # `Pryce's brother was jailed`: the owner is named, not the subject
    norms = reading.document.norms[mention.index]
    first = mention.phrase.first
    if not _EARLIER_BEFORE.isdisjoint(norms[max(0, first - 3) : first]):
        return False
    tokens = reading.document.tokens[mention.index]
    end = tokens[mention.phrase.last - 1].end
    cut = re.compile(r"[;:()—–]|,\s").search(sentence, end)
    clause = sentence[end : cut.start() + 1 if cut else len(sentence)]
    return _EARLIER_AFTER.search(clause) is None


def _another_part(sentence: str, number: NumberMention, later: NumberMention) -> bool:
    """Whether ``later``, after the verb's count, counts another part of the same whole: joined
    to it by `and`/`plus`/`while`/a comma with no verb between (`killed 40 people in Arequipa
    and 7 in Cusco`, `and another 7`), or an increment (`and 7 more died`)."""
    if later.ordinal or later.unit:
        return False
    if _MORE_AFTER_NUMBER.match(sentence, later.end):
        return True
    gap = sentence[number.end : later.start]
    return _PART_JOIN.search(gap) is not None


def _value(
    fact: Fact,
    number: NumberMention,
    mention: Mention,
    reading: Reading,
    rule: str,
    bound_rule: str,
) -> SlotResult | None:
    """The verdict on one number read as the fact's count: equal, a bound (`at least nine`
    rules out seven, `up to nine` does not: ``bound_rule``), approximate (`about 70`: fits
    within 25%, else not judged), a denied rank (`was not the first woman to`: clashes with
    the fact's rank; another denied rank is not judged), or another value."""
    assert fact.count is not None
    expected = fact.expected(SLOT)
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
    sentence = reading.sentence_text(mention.index)
    denial = _DENIED_RANK.search(sentence[: number.start]) if number.ordinal else None
    if denial is not None:
        if not fits(number.value, fact.count):
            return None  # `not the first summit`, for the second: true, and no rank is given
        marks = [(denial.start(), number.end)]
        evidence = reading.document.evidence(mention.index, marks=marks)
        found = sentence[denial.start() : number.end]
        return SlotResult(SLOT, CONTRADICTED, expected, found, evidence, "negated", _DENIED)
    if fits(number.value, fact.count):
        return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, rule=rule)
    if number.value < fact.count and _place_alone(mention, reading):
        return None  # `In Escuintla alone, 162 people were killed`: that place's part
    if _MULTIPLE_BEFORE.search(sentence, max(0, number.start - 40), number.start):
        return None  # `half the €100 million fee their rivals paid`: the figure compared with
    sign = _SIGN_BEFORE.search(sentence, 0, number.start)
    start = number.start if sign is None else sign.start()
    bound = _BOUNDS.search(sentence[:start])  # `at least nine`, `more than $8 billion`
    if bound is not None:
        lower = bound.group("lower") is not None
        within = fact.count >= number.value if lower else fact.count <= number.value
        if not within and _for_unknown_object(number, mention, reading):
            return None
        found = f"{bound.group().strip()} {sentence[start : number.end]}"
        status = CONFIRMED if within else CONTRADICTED
        return SlotResult(SLOT, status, expected, found, evidence, rule=bound_rule)
    if number.approximate:
        if abs(number.value - fact.count) <= APPROXIMATE_TOLERANCE * abs(fact.count):
            return SlotResult(
                SLOT, CONFIRMED, expected, number.text, evidence, "approximate", "count.approximate"
            )
        return None
    if _for_unknown_object(number, mention, reading):
        return None  # `paid a loan fee of £1.5m for Famalicao striker Joao Neves`
    return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=rule)


_MULTIPLE_BEFORE = re.compile(
    r"\b(?:half|twice|double|treble|triple|(?:two|three|four|five|ten|\d+)\s+times"
    r"|(?:a|one)\s+(?:third|quarter|fifth|tenth)\s+of)"
    r"\s+(?:(?:the|a|an|their|its|his|her)\s+)?(?:[A-Z]{0,3}[$£€¥]\s*)?$",
    re.I,
)
"""Right before a number: a multiple or a part of it (`half the €100 million fee`, `twice the
£20m fee`, `a third of the 90 seats`): the figure another is compared with, not the count of
the phrase itself."""
_FOR_OBJECT = re.compile(r"\s+for\s+(?P<object>[^,;:()—–.!?\"“”]{1,80})")
_OBJECT_END = re.compile(
    r"\s(?:who|which|that|when|while|after|before|since|because|and|but|in|on|at|last|this"
    r"|next)\b"
)
_OPENING_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_HEAD_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s*$")
"""The runs of capitalised words that open an object (`Famalicao`, `Native American` in
`Native American tribes`) and that end it (`Joao Neves` in `Famalicao striker Joao Neves`,
`Dias` in `his Alvor teammate Dias`)."""
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _for_unknown_object(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether `for` and an object that opens or ends with names of nothing the story knows
    follow the number told after the phrase, or the phrase with its number before it (`paid a
    loan fee of £1.5m for Famalicao striker Joao Neves`, `a £12m fee for Bruno Dias`, `a £9m
    fee for his Alvor teammate Dias`, `$3 billion for water infrastructure for Native American
    tribes`): the count of another thing than the fact's. An object with a name of the
    story's entities or places there (`a fee of £54m for Varga`, `for Alvor striker Varga`,
    `for Alvor's striker`), with no name there (`for the striker`, `for treatment Varga
    needed`), or with a month or a day (`for July's signing`) leaves the number judged; the
    object ends before a clause or a time (`for Varga on Thursday`). Only a clash is held
    back: a number that fits, one near it told as approximate (`more than £40m`) or a bound it
    is within still confirms."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    phrase_end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    at = max(number.end, number.unit_end) if number.start >= phrase_end else phrase_end
    found = _FOR_OBJECT.match(sentence, at)
    if found is None:
        return False
    start, end = found.span("object")
    stop = _OBJECT_END.search(sentence, start, end)
    if stop is not None:
        end = stop.start()
    names = [
        m
        for m in (
            _OPENING_NAME.match(sentence, start, end),
            _HEAD_NAME.search(sentence, start, end),
        )
        if m is not None
    ]
    if not names:
        return False  # `for the striker`: no name of another thing
    if any(_POSSESSIVE_END.sub("", m["name"].split()[0]).lower() in DATE_NAMES for m in names):
        return False  # `for July's signing`: a time
    known = (*reading.entities[mention.index], *reading.places[mention.index])
    return not any(
        span.start < m.end("name") and m.start("name") < span.end for m in names for span in known
    )


def _before_subject(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """A number standing right before the subject's name, further from the phrase than the
    count's reach: judged when only auxiliaries stand between the name and the phrase (`Seven
    people have been hurt`, ``_aux_subject``), else it only confirms (`Five patients were
    treated for gunshot wounds`): `one person was critically injured` may count a part of the
    victims."""
    who = mention.who
    if who is None or fact.count is None:
        return None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    assert mention.phrase is not None
    between = sentence[who.end : tokens[mention.phrase.first].start]
    if any(c in between for c in ",;:()") or _CLAUSE_BREAK.search(between):
        return None
    aux = _aux_subject(fact, mention, reading, numbers)
    if aux is not None:
        return _judge(fact, mention, reading, aux, numbers, AUX_RULE)
    for number in numbers:
        if (
            not fits(number.value, fact.count)
            or number.ordinal != fact.ordinal
            or number.approximate
        ):
            continue
        if PERCENT in (fact.unit, number.unit) and not _unit_fits(number, fact, mention):
            continue
        if _counts_the_subject(number, mention, tokens):
            evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
            expected = fact.expected(SLOT)
            return SlotResult(
                SLOT, CONFIRMED, expected, number.text, evidence, rule="count.number-before-subject"
            )
    return None


def _age_of_another(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether an age before its phrase (`a 61-year-old`) is not the subject's, that stands
    before it: it follows a preposition or an owner (`treated by a 61-year-old doctor`, `his
    18-year-old son`, `Huxley's 30-year-old son`), so it is the age of the noun after it; or it
    is an owner's (`the 34-year-old conductor's father`), not of the name it stands by; or it
    follows `as a` in a clause opened after the subject's name by a relative or time word
    (``_CLAUSE_OPENED``: `the stadium where she first competed as a 16-year-old`): the age at
    that clause's act, another time than the story's; or it follows `since` and a subject that
    was that age (``_SINCE_AGE``: `since she was 14 years old`): an earlier age."""
    assert mention.phrase is not None
    who = mention.who
    if who is None or who.first >= mention.phrase.last or not is_age_phrase(mention.phrase.pattern):
        return False
    tokens = reading.document.tokens[mention.index]
    k = next((i for i, t in enumerate(tokens) if t.start == number.start), 0) - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    sentence = reading.sentence_text(mention.index)
    last = tokens[mention.phrase.last - 1]
    if _AGED_OWNER.match(sentence, last.end) or sentence[last.start : last.end].endswith(
        ("'s", "’s")
    ):
        return True  # `Novak, the 34-year-old conductor's father`: the owner's age
    if k < 0:
        return False
    word = sentence[tokens[k].start : tokens[k].end]
    if _SINCE_AGE.search(sentence, 0, number.start):
        return True  # `has coached Ferrante since she was 14 years old`: an earlier age
    if (
        word.lower() == "as"
        and who.last <= k
        and _CLAUSE_OPENED.search(sentence, tokens[who.last - 1].end, tokens[k].start)
    ):
        return True  # `the stadium where she first competed as a 16-year-old`: that act's time
    if (
        who.last <= mention.phrase.first
        and k + 1 < len(tokens)
        and tokens[k + 1].norm in ("a", "an")
        and _acting_on(word)
    ):
        return True  # `playing a 95-year-old widow`, `married a 30-year-old dancer`: the object's
    return tokens[k].norm in _OWNERS or word.endswith(("'s", "’s"))


_CLAUSE_OPENED = re.compile(
    r"\b(?:where|when|who|which|after|before|since|until|while|than)\b[^,;:()—–]*$", re.I
)
"""Between the subject's name and the `as` of `as a 16-year-old`: a relative, time or
comparison clause opened (`further than she jumped as a 19-year-old`), its act told with the
age it was done at."""
_SINCE_AGE = re.compile(r"\b[Ss]ince\s+(?:she|he|they|[A-Z][\w'’-]*)\s+(?:was|were)\s+(?:an?\s+)?$")
"""Right before an age: `since` and a subject that was that age (`has coached Ferrante since she
was 14`): the age a stretch began at, an earlier one."""


_LINKING = frozenset(
    """being became becomes become remained remains seemed seems appeared appears looked looks
    died dies lived lives retired retires stayed stays turned turns""".split()
)
"""Verbs an age description after `a` may tell the subject's own age with (`died a 91-year-old
widow`, `became a 20-year-old champion`)."""


def _acting_on(word: str) -> bool:
    """Whether ``word`` is an -ing form or a past form of a verb that acts on what follows (not
    a linking verb, ``_LINKING``): an age after it and `a` is its object's."""
    lower = word.lower()
    if lower in _LINKING:
        return False
    return lower.endswith(("ing", "ed")) or lower in PAST_FORMS


_AGED_OWNER = re.compile(r"(?:\s+[a-z]+)?['’]s?\b|(?:\s+[a-z]+s)?['’](?!\w)")
"""Right after the age (`the 34-year-old conductor's father`, `the 15-year-old's mother`):
the aged one owns the noun after it, which the sentence's name is."""


def _among(mention: Mention, tokens: list[Token]) -> bool:
    """Whether the subject named after the phrase follows `among` (`Three men were among the
    dead`): the number counts a part of it."""
    assert mention.phrase is not None
    who = mention.who
    if who is None or who.first < mention.phrase.last:
        return False
    k = who.first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].norm == "among"


INCLUDE = frozenset(map(normalize_word, "include includes included including".split()))
"""Between the subject's name and a number (`The dead included three men`): the number counts
some of the subject's members, not all of those the fact counts."""


def _members_included(number: NumberMention, mention: Mention, tokens: list[Token]) -> bool:
    """Whether only a form of `include` (auxiliaries aside) stands between the subject's name
    and ``number`` (`The dead included three men and a woman`, `The victims have included`):
    the subject is the whole, and the number counts some of its members. A whole named by
    another noun than the subject (`Yale has graduated many alumni, including five Presidents`,
    `Yale's alumni include five Presidents`) is not this: there the fact's count is the part."""
    who = mention.who
    if who is None or who.end > number.start:
        return False
    between = {t.norm for t in tokens if who.end <= t.start < number.start}
    return not INCLUDE.isdisjoint(between) and between <= INCLUDE | AUXILIARIES


def _phrase_across_clauses(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's words run from one clause into the next: one comma, or a
    semicolon or colon, between them outside its aside (`raised 6.2bn kroner, selling shares
    at 145 kroner a share` finds `kroner a share` in `kroner, selling shares`). A number before
    it counts its first word's clause, not the phrase. Two commas enclose an aside (`Seven
    people, police said, were killed`), read as the phrase's gap."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    sentence = reading.sentence_text(mention.index)
    start, end = tokens[mention.phrase.first].end, tokens[mention.phrase.last - 1].start
    inside = sentence[start:end]
    aside = mention.phrase.aside
    if aside is not None:
        lo, hi = tokens[aside[0]].start - start, tokens[aside[1] - 1].end - start
        inside = inside[: max(0, lo)] + inside[max(0, hi) :]
    return any(c in inside for c in ";:") or inside.count(",") % 2 == 1


_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:excluded|excludes|exclude|excluding|left\s+out|leaving\s+out)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|another|a\s+further)\s+)?$",
    re.I,
)
"""Right before the number: things left out of the count (`excluded 36,000 participants who
already had memory problems`): those set aside, not those counted."""


_SHARE_OF = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:US)?[$€£]?\s*$", re.I
)
"""Between an amount of money and a later one: `of` and at most a determiner (`€1.35m of the
€2.5m`)."""


def _pool_of_a_share(number: NumberMention, sentence: str, numbers: list[NumberMention]) -> bool:
    """Whether ``number``, an amount of money, follows another, smaller amount in the same
    currency and `of (the)` (`Ferreyra won €1.35m of the €2.5m in prize money`): it is the pool
    that share was taken from, not what the subject got. A part that is no amount (`all of the
    €2.5m`, `one of the seven dead`) leaves the whole to be read as the count."""
    currency = currency_of(sentence, number)
    if currency is None:
        return False
    return any(
        part.end <= number.start
        and _SHARE_OF.fullmatch(sentence, part.unit_end, number.start)
        and currency_of(sentence, part) == currency
        and part.value < number.value
        for part in numbers
    )


def _counts_other_things(
    number: NumberMention,
    mention: Mention,
    reading: Reading,
    fact: Fact,
    numbers: list[NumberMention],
) -> bool:
    """Whether ``number`` counts something other than the fact's thing (see the module notes)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    end = _end(number, fact)
    gap = before_phrase = [t.norm for t in tokens if end <= t.start < phrase_start]
    who = mention.who
    if who is not None and _counts_the_subject(number, mention, tokens):
        gap = [t.norm for t in tokens if number.end <= t.start < who.start]  # `five patients with`
    money_in = (
        gap == ["in"]
        and fact.unit in MONEY
        and currency_of(sentence, number) == fact.unit
        and who is not None
        and not possessive(sentence, who)  # `Helix's data-centre unit posted $2.1bn in revenue`
    )
    if (not OTHER_NOUN.isdisjoint(gap) and not money_in) or not STREAK.isdisjoint(gap):
        return True  # `three of those trapped`, `third straight title`; not `$2.53 in earnings`
    if gap and gap[0] in MORE:
        return True  # `Three more people died`: added to an earlier count
    others = _OTHERS_AFTER.match(sentence, end)
    if others is not None and others.end() <= phrase_start:  # not the phrase's own `other`
        return True  # `Three other service members were killed`: others than those told
    if gap == ["new"] and tokens[mention.phrase.last - 1].norm in NEW_TALLIES:
        return True  # `Twelve new deaths were reported`: added since the last report
    if _WHERE_CLAUSE_BEFORE.search(sentence, max(0, number.start - 80), number.start):
        return True  # `in Ndola, where 212 cases were confirmed`: one place's part
    if _TYPICAL_MEMBER_BEFORE.search(sentence, max(0, number.start - 80), number.start):
        return True  # `The average participant walked 6,300 steps a day`: one typical member
    if _LEFT_OUT_BEFORE.search(sentence, max(0, number.start - 40), number.start):
        return True  # `excluded 36,000 participants`: those left out of the count
    if _pool_of_a_share(number, sentence, numbers):
        return True  # `won €1.35m of the €2.5m in prize money`: the pool shared out
    if _RUNNING_TOTAL.search(sentence, tokens[mention.phrase.last - 1].end):
        return True  # `Three people died on Friday, bringing the toll to 37`: an increment
    if (
        who is not None
        and who.first >= mention.phrase.last
        and any(t not in AUXILIARIES for t in before_phrase)
        and not _REPORTER_AFTER.match(sentence, tokens[mention.phrase.last - 1].end, who.start)
    ):
        return True  # `Two crashes killed eight people`: the subject is after the phrase
    if (
        who is not None
        and who.first >= mention.phrase.last
        and _NEXT_CLAUSE_AFTER.match(sentence, tokens[mention.phrase.last - 1].end, who.start)
        and _OWN_SUBJECT_BEFORE.search(sentence, 0, number.start)
    ):
        return True  # `Each player was guaranteed €1.15m in prize money, and Ferreyra won`
    if _WITH_BEFORE.search(sentence, max(0, number.start - 40), number.start) and not _closing_with(
        mention, reading
    ):
        return True  # `With 95% of votes counted, Renewal had`: a state, not the count
    if _part_does_it(number, mention, reading):
        return True  # `Two of the nine people died`: the two died, not the nine
    if fact.unit in MONEY:
        if currency_of(sentence, number) != fact.unit:
            return True  # `£4.2bn` or a bare number for a fact in dollars: not judged
    elif fact.unit and number.unit:
        if number.unit != fact.unit:
            return True  # `20km/h` for a fact in mph: another unit, not judged
    elif PERCENT in (fact.unit, number.unit):
        if not _unit_fits(number, fact, mention):
            return True  # `25%` for a count of things, `25 people` for a percentage
    else:
        units = (UNITS | SPANS).intersection(gap) | UNITS.intersection(_glued(sentence, number))
        if units and not units <= set(mention.phrase.pattern.elements):
            return True  # `a 130-foot-deep well` does not measure in the fact's metres
    if _age_of_another(number, mention, reading):
        return True  # `treated by a 61-year-old doctor`, `Huxley's 30-year-old son`
    if _among(mention, tokens):
        return True  # `Three men were among the dead`: a part of them
    if _members_included(number, mention, tokens):
        return True  # `The dead included three men and a woman`: some of them
    if _phrase_across_clauses(mention, reading):
        return True  # `6.2bn kroner, selling shares at`: the phrase is not one clause's
    age = _AGE.match(sentence, tokens[mention.phrase.first].end)
    if age and "old" not in gap and "old" not in mention.phrase.pattern.elements:
        return True  # `the six-year-old fell`: an age, not the fact's years
    if gap[:2] == ["year", "old"] and not is_age_phrase(mention.phrase.pattern):
        return True  # `The six-year-old fell 40 metres`: the subject's age, not the count
    earlier = [t.norm for t in tokens if t.end <= number.start][-2:]
    if not PART_BEFORE.isdisjoint(earlier):
        return True  # `the other three people killed`
    if before_phrase and _another_group(sentence, number, numbers):
        return True  # `six men and one woman died`; `186 passengers and seven crew` counts crew
    if _lists_parts(sentence, number, numbers):
        return True  # `The other four victims - one female and three male`: parts of them
    if any(c.isdigit() for c in sentence[end:phrase_start]):
        return True  # `4 400g bars`: another number stands between
    before = sentence[: number.start]
    if re.search(r"(?:^|\s)\d+\s+$", before) or _TOTAL_BEFORE.search(before[-30:]):
        return True  # a counter glued before it, `a combined 97`, `out of 162`
    after = sentence[tokens[mention.phrase.last - 1].end :]
    cut = _AFTER_CLAUSE.search(after)
    if _OTHER_AFTER.search(after[: cut.start()] if cut else after):
        return True  # `94 games a season`, `176 years between them`
    if _SINCE_YEAR.match(after) or _THIS_YEAR.match(after):
        return True  # `has cut 6,900 jobs since 2023`: a total over the years
    if _over_a_career(mention, reading):
        return True  # `has won €2.1m in prize money in his career`: a career's total
    if _by_a_time(mention, reading):
        return True  # `had nine previous convictions by the age of 18`: the count back then
    if _SUM_PART.search(after[: cut.start()] if cut else after) or _SUM_PART_BEFORE.search(
        before[-30:]
    ):
        return True  # `400 pence a share in cash plus a 12 pence dividend`: a part of a sum
    if _TALLY_AFTER.search(after[: cut.start()] if cut else after) or _TALLY_BEFORE.search(
        before[-100:]
    ):
        return True  # `48 goals in 112 appearances`, `made 112 appearances, scoring 48 goals`
    if fact.ordinal and _RANK_AFTER.match(after) is not None:
        return True  # `the fourth final to go to extra time`
    return reading.document.in_quotes(mention.index, number.start, number.end)  # their words


_SENTENCE_END = re.compile(r"[\s.!?\"'”’)]*$")


def _closing_with(mention: Mention, reading: Reading) -> bool:
    """Whether the fact's phrase ends the sentence, closing the `with` phrase its number opens
    (`Emirates is the number one buyer of the A380, with 123 of the planes in its fleet`): what
    the subject has, its count, not a state that sets the scene before the main clause (`With
    95% of votes counted, Renewal had`) or after it (`, with 80% of the vote counted`)."""
    assert mention.phrase is not None
    phrase_end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    return _SENTENCE_END.fullmatch(reading.sentence_text(mention.index), phrase_end) is not None


def _part_does_it(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether ``number`` is the whole after a part that is the phrase's subject (`Two of the
    nine people died`, `Two of the nine people were killed`): the part opens its clause, and no
    finite verb follows the phrase in its clause (`One of the nine people killed in the crash
    was named` names the whole: ``_whole_after_partitive``)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    part = _PARTITIVE.search(sentence, max(0, number.start - 40), number.start)
    if part is None or not _CLAUSE_START.search(sentence, 0, part.start()):
        return False
    after = sentence[reading.document.tokens[mention.index][mention.phrase.last - 1].end :]
    cut = _AFTER_CLAUSE.search(after)
    return _FINITE_AFTER.search(after[: cut.start()] if cut else after) is None


def _coordinated(
    number: NumberMention, numbers: list[NumberMention], sentence: str
) -> list[NumberMention]:
    """``number`` and the numbers coordinated before it (`400-gram and 170-gram`)."""
    group = [number]
    earlier = [n for n in numbers if n.end <= number.start]
    for other in reversed(earlier):
        if not _COORDINATED.fullmatch(sentence, other.end, group[0].start):
            break
        group.insert(0, other)
    return group


AFTER_REACH = 2
"""How many words (`of`, `to`, `for`) may stand between the phrase and a number after it."""
_AFTER_GAP = re.compile(
    r"[,;:()\[\]—–\"“”]|\b(?:and|but|or|who|which|that|when|while|than)\b", re.I
)
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|or|and)\s*(?:\d|[a-z]+\b)", re.I)
_NEXT_TO = frozenset(map(normalize_word, "has have had was is reportedly sadly".split()))
"""Words that may stand between an age's subject and `died aged` (`has sadly died aged`)."""
_WORD_AFTER = re.compile(r"\s+[a-z]")
_AGE_END = frozenset(map(normalize_word, ("aged", "age")))


def _unreal_before(
    sentence: str, number: NumberMention, mention: Mention, reading: Reading
) -> bool:
    """Whether a word of expectation, plan or poll (``_UNREAL``) stands before a number after
    the phrase (`is expected to be cut to 360g`). A word of the phrase itself is not one: a fact
    whose phrasing is the expectation (`what: [were expecting, predicted]`) is stated by the
    figure expected (`Wall Street predicted $2.52 a share`)."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    start, end = tokens[mention.phrase.first].start, tokens[mention.phrase.last - 1].end
    window = max(0, number.start - 80)
    return any(
        not start <= found.start() < end
        for found in _UNREAL.finditer(sentence, window, number.start)
    )


def _unit_fits(number: NumberMention, fact: Fact, mention: Mention) -> bool:
    """Whether ``number``'s unit, if any, is the fact's (its `unit:` or a unit its phrase names).

    A percentage is never a bare number: a fact in `%` needs `25%` or `25 per cent`, and a
    fact of another unit or none never reads `25%` unless its phrase says `percent`."""
    if not number.unit:
        return fact.unit != PERCENT
    if fact.unit:
        return number.unit == fact.unit
    assert mention.phrase is not None
    elements = mention.phrase.pattern.elements
    pairs = itertools.pairwise(elements)
    return any(unit_name(w) == number.unit for w in elements) or (
        number.unit == PERCENT and ("per", "cent") in pairs
    )


def _after_phrase(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> tuple[NumberMention, str] | None:
    """A number inside the phrase (`jailed for six years`) or right after it (`Game 7`, `a
    speed limit of 12mph`, `died aged 89`), and the rule that reads it."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    first, last = tokens[mention.phrase.first], tokens[mention.phrase.last - 1]
    aside = mention.phrase.aside
    for number in numbers:
        if number.start < first.end:
            continue
        if number.approximate and not fits(number.value, fact.count):
            continue  # `for nearly 20 minutes`: another value, it may well time something else
        if aside is not None and tokens[aside[0]].start <= number.start < tokens[aside[1] - 1].end:
            continue  # `Seven firms, including two banks, have been asked`: another count
        inside = number.end <= last.start
        if not inside:
            lead = approximation_before(sentence, number.start) if number.approximate else None
            begins = number.start if lead is None or lead < last.end else lead  # `more than 25`
            gap = sentence[last.end : begins]
            words = sum(1 for t in tokens if last.end <= t.start < begins)
            if words > AFTER_REACH or _AFTER_GAP.search(gap):
                return None
        # an ordinal fact is stated by a number after its noun (`Game 7`), a count by a cardinal
        if number.ordinal and not fact.ordinal:
            continue
        if _RANGE_AFTER.match(sentence, number.unit_end) and find_numbers(
            sentence[number.unit_end : number.unit_end + 12]
        ):
            return None  # `aged 18 to 25`, `Game 7 or 8`
        if _unreal_before(sentence, number, mention, reading):
            return None
        if reading.document.in_quotes(mention.index, number.start, number.end):
            return None
        if not _unit_fits(number, fact, mention):
            return None
        money = fact.unit in MONEY and currency_of(sentence, number) == fact.unit
        if fact.unit and not number.unit and not money and _WORD_AFTER.match(sentence, number.end):
            return None  # `cut to 360 calories`: a number of another thing
        norms = [t.norm for t in tokens[mention.phrase.first : mention.phrase.last]]
        at_age = (
            not inside
            and not number.ordinal
            and not number.unit
            and sentence[last.end : number.start].isspace()
            and (norms[-1] in _AGE_END or norms[-2:] == [normalize_word("age"), "of"])
        )
        rule = "count.number-inside-phrase" if inside else "count.number-after-phrase"
        return number, "count.age-after-phrase" if at_age else rule
    return None


_CLOSED_ASIDE = re.compile(
    r",\s+(?!(?:whose|whom|which|where|when|while|and|but|or|said|says)\b)"
    r"[^,;:()\[\]\"“”—–]{1,80},\s+"
)
"""One aside between commas right after the subject's name, opened by no conjunction, no
`whose`/`which` and no reporting verb: `, who wrote Thriller,`, `, a founding member of the
band,`."""


def _subject_next_to(mention: Mention, reading: Reading) -> bool:
    """Whether the subject stands right before the phrase (`Smith died aged 89`, `He has died
    at the age of 74`): no clause, no comma, at most three words between, past one aside
    between commas right after a name that owns nothing (``_CLOSED_ASIDE``: `Smith, who won
    three titles, died aged 70`)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    start = tokens[mention.phrase.first].start
    origin = mention.who.end if mention.who is not None else 0
    if mention.who is not None and not mention.via and not possessive(sentence, mention.who):
        aside = _CLOSED_ASIDE.match(sentence, origin, start)
        if aside is not None:
            origin = aside.end()  # `Temperton, who wrote Thriller, has died at the age of 66`
    between = sentence[origin:start]
    words = [t.norm for t in tokens if origin <= t.start < start]
    return (
        set(words) <= _NEXT_TO
        and not _AFTER_GAP.search(between)
        and not _CLAUSE_BREAK.search(between)
    )


def _stated_after(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """Confirm-only, but for an age right after `aged`/`at the age of` next to its subject:
    a number after the noun may count another thing (`Game 6`, `killed eight people`). A
    measure in the fact's `unit:` is judged before (``_measure_after``)."""
    found = _after_phrase(fact, mention, reading, numbers)
    if found is None or fact.count is None:
        return None
    number, rule = found
    expected = fact.expected(SLOT)
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
    if number.approximate:  # `for the first time in nearly 25 years`: the count, approximated
        return SlotResult(
            SLOT, CONFIRMED, expected, number.text, evidence, "approximate", "count.approximate"
        )
    if fits(number.value, fact.count):
        return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, rule=rule)
    if rule == "count.age-after-phrase" and _subject_next_to(mention, reading):
        return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=rule)
    if rule == "count.age-after-phrase" and _closing_age(mention, reading):
        return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=CLOSING_AGE)
    if not own_act(mention, reading):
        return None
    if rule == INSIDE_RULE and _between_its_words(fact, number, mention, reading):
        if _a_part_or_superseded(fact, number, mention, reading, numbers):
            return None  # `won one game on Monday and three more on Tuesday`: a part
        if _over_a_career(mention, reading):
            return None  # `has won eight games in his career against Halonen`: a career's
        return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=rule)
    if rule == "count.number-after-phrase" and _value_of_noun(fact, number, mention, reading):
        return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=VALUE_RULE)
    return None


CLOSING_AGE = "count.age-closing-clause"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")


def _closing_age(mention: Mention, reading: Reading) -> bool:
    """Whether the age phrase closes, after a comma, a clause that the `who` opens as its
    subject, with no other name, no clause break and no other mark between, dated on the
    story's own day (`Vera Lindqvist died in Stockholm on Tuesday, aged 89`): the subject's age
    on the day of the story's event (`won the prize in Stockholm, aged 26`, undated, may be an
    age of long ago). Capitalised words between must be places of the story, or names of months
    and weekdays."""
    assert mention.phrase is not None
    who = mention.who
    if who is None or who.first != 0 or mention.via or who.last > mention.phrase.first:
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    start = tokens[mention.phrase.first].start
    between = sentence[who.end : start]
    if not between.endswith(", ") or any(c in between[:-2] for c in ',;:()"“”—–'):
        return False
    if _CLAUSE_BREAK.search(between) or possessive(sentence, who):
        return False
    places = reading.places[mention.index]
    for word in _CAPITALISED.finditer(sentence, who.end, start):
        if word.group().lower() in DATE_NAMES:
            continue
        if not any(p.start <= word.start() < p.end for p in places):
            return False
    if any(span.start >= who.end and span.end <= start for span in reading.entities[mention.index]):
        return False
    day = reading.story.date
    return day is not None and any(
        who.end <= d.start < start and (d.year, d.month, d.day) == (day.year, day.month, day.day)
        for d in reading.document.dates(mention.index)
    )


_SINCE_YEAR = re.compile(
    r"\s*since\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b",
    re.I,
)
"""Right after the phrase: a total since a year (`has cut 6,900 jobs since 2023`, `since
January 2023`), which holds earlier acts than the fact's."""


def _since_a_year(mention: Mention, reading: Reading) -> bool:
    """Whether `since` and a year follow the phrase: its number is a total over a stretch."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    return _SINCE_YEAR.match(sentence, end) is not None


VALUE_RULE = "count.value-after-noun"
VALUE_NOUNS = frozenset(map(normalize_word, "magnitude".split()))
"""Nouns whose value the number right after them gives (`a magnitude 6.8 earthquake`,
`magnitude-7.1`): when one ends the fact's phrase, that number is the fact's count."""


def _value_of_noun(fact: Fact, number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether ``number`` stands right after the phrase's last word, a noun whose value it
    gives (``VALUE_NOUNS``: `magnitude 7.1`), with only a space or a hyphen between, and ends
    its clause or comes before a word of the fact's `who`'s names (`a magnitude 7.1
    earthquake`; not `a magnitude 5.2 aftershock`, another thing), or stands after the
    phrase's noun of a tally (``TALLY_NOUNS``) and `of`, or after a phrase that ends in one and
    `of` (`beat a field of 36`), and ends its noun phrase (`The attendance of 48,312 was a
    record`, ``_value_ends``; after such a phrase, also with one plural noun after it: `killed
    a total of 346 people.`, ``_counted_noun_ends``), or stands right after a phrase that ends
    in `by`, the amount of a change (`cut output by 2.5 million barrels a day`), or right after
    a phrase that ends in `before` and before a noun of people (`celebrated Mass before 250,000
    people`, the audience): judged (`count.value-after-noun`).
    Not a unit, an ordinal, a range (read before)."""
    assert mention.phrase is not None
    if number.unit or number.ordinal or fact.ordinal or fact.unit:
        return False
    tokens = reading.document.tokens[mention.index]
    last = tokens[mention.phrase.last - 1]
    sentence = reading.sentence_text(mention.index)
    if last.norm in TALLY_NOUNS and _OF_VALUE.fullmatch(sentence, last.end, number.start):
        return _value_ends(sentence, number)  # `The attendance of 48,312 was a record`
    if (
        last.norm == "of"
        and mention.phrase.last - mention.phrase.first > 1
        and tokens[mention.phrase.last - 2].norm in TALLY_NOUNS
        and _OF_VALUE.fullmatch(sentence, tokens[mention.phrase.last - 2].end, number.start)
    ):
        # `beat a field of 36 at Aintree`, phrase `a field of`; `killed a total of 346 people.`
        return _value_ends(sentence, number) or _counted_noun_ends(sentence, number)
    if last.norm == "by" and sentence[last.end : number.start] == " ":
        return True  # `agreed to cut output by 2.5 million barrels a day`: the cut's amount
    if (
        last.norm == _BEFORE
        and sentence[last.end : number.start] == " "
        and _AUDIENCE_AFTER.match(sentence, number.end)
    ):
        return True  # `celebrated Mass before 250,000 people`: the audience's size
    if last.norm not in VALUE_NOUNS:
        return False
    if sentence[last.end : number.start] not in (" ", "-"):
        return False
    after = re.match(r"[\s-]*([A-Za-z][\w-]*)", sentence[number.unit_end :])
    if after is None:
        return True  # `of magnitude 7.1.`, `magnitude 7.1,`: the clause ends
    words = {
        normalize_word(w)
        for ref in fact.who
        for name in reading.story.entities[ref].names
        for w in name.split()
    }
    return normalize_word(after.group(1)) in words  # `magnitude 7.1 earthquake`, not `aftershock`


_BEFORE = normalize_word("before")
_AUDIENCE_AFTER = re.compile(
    r"\s+(?:people|pilgrims|worshippers|spectators|onlookers|fans|guests)\b(?!\s+(?:of|from)\b)"
)
"""After a number that follows a phrase ending in `before`: the people it was done before
(`celebrated Mass before 250,000 people`), not a year or a time."""


TALLY_NOUNS = frozenset(
    map(
        normalize_word,
        """crowd attendance audience turnout toll tally total population membership workforce
        headcount field fleet""".split(),
    )
)
"""Nouns of a number of people or things, whose value `of` gives (`a crowd of 84,312`); not a
measure (`a speed limit of 20`: its unit may be another than the fact's)."""
_OF_VALUE = re.compile(r"\s+of\s+")
_VALUE_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:was|were|is|are|has|had|have|at|in|on)\b")
"""After a tally's value: the end of its noun phrase (a mark, `be`/`have`, or a preposition:
`a field of 36 at Aintree`); a noun after it (`36 of the best`, `36 runners`) leaves it unread."""


def _value_ends(sentence: str, number: NumberMention) -> bool:
    """Whether a number right after the phrase's noun and `of` is the noun's value (`a crowd
    of 84,312.`, `The attendance of 48,312 was`, `A crowd of 21,412 saw`): it ends its noun
    phrase (a punctuation mark, the end, `be`/`have` or a verb in the past after it; a year is
    a date, not read as a number)."""
    if _VALUE_END.match(sentence, number.unit_end) is not None:
        return True
    verb = _NEXT_WORD.match(sentence, number.unit_end)
    return verb is not None and (verb.group(1).endswith("ed") or verb.group(1) in PAST_FORMS)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_PLURALS = frozenset("people aircraft police staff personnel children men women crew".split())


def _counted_noun_ends(sentence: str, number: NumberMention) -> bool:
    """Whether one plural noun follows the number and ends the noun phrase (`had a fleet of
    270 aircraft, including`, `killed a total of 346 people.`): after a phrase that ends in a
    tally noun and `of`, the number counts the tally's members. Not a noun joined to another
    (`300 fans and 40 officials`), a partitive (`36 of the best`), a singular noun or a name
    (`400 737 Max jets`: a model)."""
    noun = _NEXT_WORD.match(sentence, number.unit_end)
    if noun is None:
        return False
    word = noun.group(1)
    plural = word in _PLURALS or (word.endswith("s") and not word.endswith("ss"))
    return plural and _VALUE_END.match(sentence, noun.end()) is not None


INSIDE_RULE = "count.number-inside-phrase"
_INSIDE_GAP = frozenset(map(normalize_word, "a an the his her its their".split()))
"""The words that may stand between the phrase's word before a number inside it and the
number (`won the 40,000 prize`)."""
_MORE_AFTER = re.compile(
    r"\s*(?:and\s+(?:a\s+half|one\s+half|\d|[a-z]+\s+(?:months?|weeks?|days?))"
    r"|,\s*\d)",
    re.I,
)


_COVERING = frozenset(map(normalize_word, "covering affecting involving".split()))
"""After a noun of the act and a comma, before a number and the phrase's last words: what the
act takes in (`The recall, covering 1.2 million cars`), its count."""


_NOUN_OPENERS = frozenset("the its his her their".split())
"""Before a noun of the act (`the evacuation of`, `its recall of`)."""


def _act_noun_at(sentence: str, tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is a noun of the act, after `the`, a possessive pronoun or a
    possessive name (`the evacuation`, `Valdor's recall`), not a verb form."""
    raw = sentence[tokens[k].start : tokens[k].end].lower()
    if k == 0 or raw in PAST_FORMS or raw.endswith(("ed", "ing")):
        return False
    before = sentence[tokens[k - 1].start : tokens[k - 1].end].lower().replace("’", "'")
    return before in _NOUN_OPENERS or before.endswith("'s")


def _covers(sentence: str, tokens: list[Token], k: int) -> bool:
    """Whether the word of taking in at ``k`` (``_COVERING``) tells what the noun of the act
    right before it takes in: after a comma (`The recall, covering`), or as that noun's own
    verb (`The recall covers`, `Valdor's recall affected`), the noun after `the` or an owner."""
    between = sentence[tokens[k - 1].end : tokens[k].start]
    if between == ", ":
        return True
    raw = sentence[tokens[k].start : tokens[k].end]
    finite = raw.islower() and raw.endswith(("s", "ed"))
    return between == " " and finite and _act_noun_at(sentence, tokens, k - 1)


def _written_in_phrase(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether the number is one of the words the fact's phrasing itself writes (`787` of
    `Boeing 787 jets`, `two` of `titles over two spells`): part of a name or of the phrase's own
    wording, never the count inside it (``_spelled_in_phrase`` confirms it when it fits)."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index][mention.phrase.first : mention.phrase.last]
    elements = set(mention.phrase.pattern.elements)
    inside = [t for t in tokens if number.start <= t.start and t.end <= number.end]
    return bool(inside) and all(t.norm in elements for t in inside)


def _between_its_words(
    fact: Fact, number: NumberMention, mention: Mention, reading: Reading
) -> bool:
    """Whether a number inside the phrase stands right before one of its words, only an
    article or an owner between it and the word before (`jailed for seven years` for `jailed
    for years`): the phrase names what the number counts, so it is the fact's count, judged
    (`count.number-inside-phrase`). Not judged: money (its currency may not be the fact's), a
    part or an increment between (`for two more years`, `a further two years`), a number that
    goes on (`eight years and six months`, `six and a half years`), a negation. A noun of
    the act with `, covering` or `of` after it, or as the subject of `covers`, `affects` or
    `involves`, stands as the word before (`The recall, covering 1.2 million cars`, `The
    recall covers 1.2 million cars`, `Valdor's recall of 1.2 million cars` for `recalled
    cars`). An ordinal
    fact is stated so by an ordinal (`struck in the 88th minute` for `in the minute`)."""
    assert mention.phrase is not None
    money = fact.unit in MONEY
    if number.unit or (fact.unit and not money) or number.ordinal != fact.ordinal:
        return False
    if _written_in_phrase(number, mention, reading):
        return False  # `30 Boeing 787 jets` for `Boeing 787 jets`: a name the fact writes
    if _since_a_year(mention, reading):
        return False  # `has cut 6,900 jobs since 2023`: a total over the years, earlier acts too
    sentence = reading.sentence_text(mention.index)
    if _counted_before(mention, reading):
        return False  # `1,305 people crossed the Channel in 24 small boats`: the boats' number
    if money and currency_of(sentence, number) != fact.unit:
        return False  # `won the 40,000 prize` for a prize in pounds: not judged
    tokens = reading.document.tokens[mention.index]
    elements = set(mention.phrase.pattern.elements)
    span = range(mention.phrase.first, mention.phrase.last)
    after = next((k for k in span if tokens[k].start >= number.end), None)
    if after is None or tokens[after].norm not in elements:
        return False
    if not sentence[number.unit_end : tokens[after].start].isspace():
        return False  # `for two more years`: a word between the number and the phrase's
    k = next(k for k in reversed(span) if tokens[k].end <= number.start)
    while k > mention.phrase.first and tokens[k].norm in _INSIDE_GAP:
        k -= 1
    gap = _INSIDE_GAP
    if (
        tokens[k].norm in _COVERING
        and k - 1 == mention.phrase.first
        and tokens[k - 1].norm in elements
        and _covers(sentence, tokens, k)
    ):
        gap = _INSIDE_GAP | {tokens[k].norm}  # `The recall, covering 1.2 million cars`
        k -= 1
    elif (
        tokens[k].norm == "of"
        and k - 1 == mention.phrase.first
        and tokens[k - 1].norm in elements
        and _act_noun_at(sentence, tokens, k - 1)
    ):
        gap = _INSIDE_GAP | {"of"}  # `the evacuation of 8,000 residents`
        k -= 1
    if tokens[k].norm not in elements:
        return False  # `for a further two years`: an increment
    if any(t.norm not in gap for t in tokens[k + 1 : after] if t.end <= number.start):
        return False
    if not money and _CURRENCY_AROUND.search(sentence, 0, number.start):
        return False  # money: its currency may not be the fact's
    if _MORE_AFTER.match(sentence, tokens[after].end) or _MORE_AFTER.match(sentence, number.end):
        return False  # `eight years and six months`, `six and a half years`
    phrase_start = tokens[mention.phrase.first].start
    return not _NEGATION_BEFORE.search(sentence, max(0, phrase_start - 30), phrase_start)


def _counted_before(mention: Mention, reading: Reading) -> bool:
    """Whether a plain number stands right before the phrase's first word, only a space between
    (`1,305 people crossed the Channel in 24 small boats` for `people crossed the Channel in
    small boats`): it counts that first word, the phrase's own noun, so a number inside the phrase
    counts a later noun of it (the boats), not what the fact counts. A year, an ordinal or a
    number with a unit there is no count of the noun."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    return any(
        sentence[n.unit_end : start].isspace()
        and not n.ordinal
        and not n.unit
        and not (1900 <= n.value <= 2100 and "," not in n.text)
        for n in reading.document.numbers(mention.index)
        if n.unit_end < start
    )


def gives_another_count(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the mention's sentence gives, for a count fact of the same `who` whose phrase
    it finds on the same words, a number that clashes with that fact's count (`Valdor
    recalled 340,000 vehicles in Europe in March`, the story's recall being of 1.2 million):
    the sentence tells another occurrence of the act, and its date and place are not the
    fact's. Worked out only for a sentence whose date or place clashes."""
    phrase = mention.phrase
    if phrase is None:
        return False
    who = set(fact.who)
    for other in reading.story.facts:
        if other is fact or other.count is None or other.quote or who.isdisjoint(other.who):
            continue
        for found in reading.mentions(other):
            if found.index != mention.index or found.phrase is None:
                continue
            if found.phrase.last <= phrase.first or phrase.last <= found.phrase.first:
                continue  # not on the same words
            result = _check(other, found, reading)
            if result is not None and result.status == CONTRADICTED:
                return True
    return _counts_another_occasion(fact, mention, reading)


_OCCASION_DATE_BEFORE = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:in|on)\s+"
)
"""Between the phrase and the occasion's date: `in` or `on`, after at most its place (`went on
strike in France in 2024`)."""
_OCCASION_CLAUSE = re.compile(r",\s+when\s+")
_WHEN_CLAUSE_END = re.compile(r"[,;:.!?()—–]")


def _counts_another_occasion(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the sentence counts, with a number that clashes with a count fact of the story,
    the act's object right after the phrase (`Harvest Gold recalled 18,000 jars of almond
    butter in 2022`, the story's recall being of 240,000 jars) or what happened on the act's
    date (after at most its place), in a `when` clause after it (`Marsh reshuffled her cabinet
    in January 2025, when six posts changed hands`, for a reshuffle of 14; `went on strike in
    France in 2024, when Aerlink cancelled 190 flights`): an occasion whose number is not
    the story's, so its date and place are not the fact's either. Only the number standing
    there is read, whoever the count fact's `who` is; a number that fits leaves the date and
    place judged."""
    phrase = mention.phrase
    assert phrase is not None
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][phrase.last - 1].end
    starts = {end}  # where a count of the occasion may stand: the object, or a `when` clause
    clauses: list[tuple[int, int]] = []
    for date in reading.document.dates(mention.index):
        if _OCCASION_DATE_BEFORE.fullmatch(sentence, end, date.start):
            clause = _OCCASION_CLAUSE.match(sentence, date.end)
            if clause is not None:
                starts.add(clause.end() - 1)
                close = _WHEN_CLAUSE_END.search(sentence, clause.end())
                clauses.append((clause.end(), close.start() if close else len(sentence)))
    numbers = [
        n
        for n in reading.document.numbers(mention.index)
        if not n.ordinal
        and (
            (n.start - 1 in starts and sentence[n.start - 1].isspace())
            or any(lo < n.start < hi for lo, hi in clauses)
        )
    ]
    if not numbers:
        return False
    tokens = reading.document.tokens[mention.index]
    for other in reading.story.facts:
        if other is fact or other.count is None or other.quote or other.ordinal:
            continue
        for index, match in reading.phrase_matches(other):
            if index != mention.index:
                continue
            first = tokens[match.first].start
            if not any(re.fullmatch(r"\s+", sentence[n.unit_end : first]) for n in numbers):
                continue  # the phrase does not follow one of those numbers
            found = Mention(index, None, phrase=match, via="implied")
            result = _check(other, found, reading)
            if result is not None and result.status == CONTRADICTED:
                return True
    return False


def _counted_inside(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> bool:
    """Whether a number stands between the phrase's own words (``_between_its_words``: `in
    the 90th minute`): it is the phrase's count, and a number before the phrase counts
    another thing (`the second a header in the 90th minute`)."""
    assert mention.phrase is not None
    if mention.phrase.last - mention.phrase.first < 2:
        return False
    tokens = reading.document.tokens[mention.index]
    first, last = tokens[mention.phrase.first], tokens[mention.phrase.last - 1]
    return any(
        first.end <= n.start
        and n.end <= last.start
        and _between_its_words(fact, n, mention, reading)
        for n in numbers
    )


SPELLED_RULE = "count.number-of-the-phrase"


def _spelled_in_phrase(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """A number that is one of the phrase's own words, as the fact writes it (`nine US
    companies`, `tapped three of those companies`, `third case` for an ordinal count): the
    article says the fact's words, its count among them. It confirms a count it fits and is
    never judged otherwise: the words were found as the fact has them, so a number that does not
    fit is the fact's own phrase disagreeing with its count."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    words = tokens[mention.phrase.first : mention.phrase.last]
    elements = set(mention.phrase.pattern.elements)
    for number in numbers:
        inside = [t for t in words if number.start <= t.start and t.end <= number.end]
        if not inside or any(t.norm not in elements for t in inside):
            continue
        if number.ordinal == fact.ordinal and fits(number.value, fact.count):
            evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
            expected = fact.expected(SLOT)
            return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, rule=SPELLED_RULE)
    return None


def _apposed_age(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    """An age in apposition to the fact's `who` (`Donald Collett, 62,`): a direct statement,
    that clashes unless it may be another's age (see ``ApposedAge.judged``)."""
    assert mention.age is not None and fact.count is not None
    number = mention.age.number
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
    expected = fact.expected(SLOT)
    if fits(number.value, fact.count):
        return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, rule=_APPOSITION)
    if mention.age.judged:
        return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=_APPOSITION)
    return None


def _rule(mention: Mention) -> str:
    """The rule of a number before the phrase: `count.age-before-name` when the phrase is an
    age whose name follows it (`63-year-old Robert Huxley`), `count.age-description` when it is
    the age that describes the subject (`The six-year-old fell`, referring back to the boy)."""
    assert mention.phrase is not None
    if mention.via == "described" and is_age_phrase(mention.phrase.pattern):
        return _DESCRIPTION
    who = mention.who
    if (
        who is not None
        and who.first == mention.phrase.last
        and is_age_phrase(mention.phrase.pattern)
    ):
        return "count.age-before-name"
    return _RULE


def _whole_after_partitive(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether ``number`` is the whole after a part (`one of the seven dead`, `two of the 22
    people injured`, `one of seven people killed`): the phrase follows it (at most one word
    between), and a cardinal (`one`, `two`, `3`) or `each`/`none`/`all`/`both` stands before
    `of (the)`. It states the whole count of the phrase, not a part of it."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    if sum(1 for t in tokens if number.end <= t.start < phrase_start) > PARTITIVE_REACH:
        return False
    m = _PARTITIVE.search(sentence, max(0, number.start - 40), number.start)
    if m is None:
        return False
    part = m.group("part")
    if part.lower() in _WHOLE_WORDS:
        return True
    found = find_numbers(part)
    return len(found) == 1 and found[0].text == part and not found[0].ordinal


MEASURE_RULE = "count.measure-after-phrase"
MEASURE_LINKS = frozenset("of to at by".split())
"""The one word that may stand between the phrase and a measure after it (`a speed limit of
20mph`, `reduced to 360g`)."""
CHANGE_WORDS = frozenset(
    map(
        normalize_word,
        """raise raised rose risen rise rises increase increased increases cut cuts reduce reduced
        reduces reduction lower lowered lowers lift lifted boost boosted fall fell fallen falls
        drop dropped drops slash slashed double doubled halve halved trim trimmed hike hiked grow
        grew grown change changed""".split(),
    )
)
"""Right before the phrase (`raised its stake by 5%`, `a cut in the speed limit of 8mph`): a
measure after `by`/`of` (or no word) is the change, not the phrase's measure; `to` gives the
new value (`cut the speed limit to 20mph`)."""
CHANGE_REACH = 3
"""How many words before the phrase are looked at for a word of change."""
_FROM = re.compile(r"\s+from\s+", re.I)
_TO = re.compile(r"\s+to\s+", re.I)
_TO_MONEY_VALUE = re.compile(r"\s+to\s+(?:(?<![A-Za-z])(?:US)?[$£€]\s*)?", re.I)
_LIST_AFTER = re.compile(r"\s*(?:,|-|–|—|/|\bto\b|\bor\b|\band\b|\bnor\b)\s*", re.I)
_TO_MONEY = re.compile(r"\s+to\s+[$€£¥]\s*\d")
"""After a measure in the fact's unit: `to` and money (`shares jumped 18% to $41.30`), the
price the change brought, not the other end of a range: the measure stands."""
_RATE = re.compile(r"\s*(?:/|(?:per|a|an|each|every)\s+[a-z])", re.I)
"""After a measure: a rate of another thing (`360g a day`, `12mph per lap`)."""


_AT_MEASURE = re.compile(
    r"\s+at\s+(?:speeds?|depths?|heights?|altitudes?|temperatures?)\s+"
    r"(?:of\s+)?(?:(?:above|below|over|under|up\s+to)\s+)?",
    re.I,
)
"""Between the phrase and a measure: `at` and the noun of what it measures, and a threshold at
most (`stall at speeds above 12mph`, `at a depth of` is not: an article stands between)."""
_THRESHOLD = re.compile(r"\b(?:(?P<lower>above)|(?P<upper>below))\s+$", re.I)
"""Right before a measure after ``_AT_MEASURE``: a threshold, read as a bound."""
STAGE_WORDS = frozenset(
    map(
        normalize_word,
        """downgraded upgraded weakened strengthened intensified downgrading upgrading weakening
        strengthening intensifying""".split(),
    )
)
"""Before the phrase in its sentence: a change of the subject's strength (`The NHC has
downgraded Delia to a Category 2 storm with sustained winds of 165 km/h`): a measure after it is
the one at that later stage."""
_STAGE_TIME_AFTER = re.compile(
    r"\s+(?:overnight|earlier|later|initially|at\s+first|at\s+(?:its|their)\s+peak"
    r"|at\s+one\s+point)\b",
    re.I,
)
"""Right after a measure: the time it held at, another than the event's (`had sustained winds of
230 km/h overnight`)."""
_STAGE_OPENING = re.compile(
    r"(?:After|At|By|Within)\s+(?:(?:the|a|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:years?|months?|weeks?|days?|dose|doses)(?:\s+\d+)?\s*,"
)
"""Opening the sentence: a point of follow-up or a dose (`After five years,`, `At 12 months,`,
`At the higher dose,`, `By week 24,`): a measure told there is the one at that point."""


_ORDINAL_BEFORE_ACT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+$",
    re.I,
)
"""Right before the phrase: an ordinal numbering its act among several of the subject's (`her
fifth jump of 7.41m`, `his second throw`): a measure after it is that attempt's, maybe not the
fact's one."""


_FEES_LEFT_OUT = (
    r"(?:without|before|excluding|minus|less|not\s+including|net\s+of)\s+(?:the\s+)?"
    r"(?:buyer['’]s\s+)?(?:fees?|premium|commission|charges|costs|taxes|tax|VAT)\b"
)
_FEES_LEFT_OUT_BEFORE = re.compile(r"\b" + _FEES_LEFT_OUT + r"[^;:]*$", re.I)
_FEES_LEFT_OUT_AFTER = re.compile(r"\s*,?\s*\(?" + _FEES_LEFT_OUT, re.I)


def _without_fees(sentence: str, phrase_start: int, number: NumberMention) -> bool:
    """Whether a money measure after the phrase is told without the fees, premium or tax, in
    the phrase's clause before it (`without fees it fetched £10.5m`, `Before the buyer's premium,
    it sold for £10.5m`) or right after the number (`fetched £10.5m excluding fees`): the price
    on another footing than the one a report's figure usually is (with fees), not judged. `with
    fees` and `including fees` are judged."""
    clause = max(sentence.rfind(";", 0, phrase_start), sentence.rfind(":", 0, phrase_start)) + 1
    return bool(
        _FEES_LEFT_OUT_BEFORE.search(sentence, clause, phrase_start)
        or _FEES_LEFT_OUT_AFTER.match(sentence, number.unit_end)
    )


_SIGN_AT_END = re.compile(r"(?<![A-Za-z])(?:US)?[$£€]\s*$")
_DAY_THEN_AT = re.compile(r"\s+(?:on\s+)?(?P<day>\S.*?)\s+at\s+(?:(?<![A-Za-z])(?:US)?[$£€]\s*)?")
"""Between the phrase and a measure: a day, then `at` (`closed in New York on Tuesday at
$185.25`)."""
_DAY_CHANGE = re.compile(r",\s+(?:up|down)\s+\d[\d.]*\s*(?:%|per\s*cent\b)", re.I)
"""After a price: its change in per cent (`closed at $185.25, up 0.35%`), no second price of a
list or a range."""


def _past_own_day(
    fact: Fact, mention: Mention, reading: Reading, start: int, number: NumberMention
) -> bool:
    """Whether the words between the phrase (ending at ``start``) and ``number`` are the fact's
    own day and `at` (`Alibaba shares closed in New York on Tuesday at $185.25` for a close on
    that Tuesday): the day the measure held, the fact's. Another day (`on Monday at $180`), a
    month or a vaguer date there leaves the measure unjudged: another day's figure."""
    when = fact.when
    if when is None or when.day is None:
        return False
    sentence = reading.sentence_text(mention.index)
    gap = _DAY_THEN_AT.fullmatch(sentence, start, number.start)
    if gap is None:
        return False
    return any(
        (d.start, d.end) == gap.span("day")
        and d.precision == "day"
        and not d.vague
        and (d.year, d.month, d.day) == (when.year, when.month, when.day)
        for d in reading.document.dates(mention.index)
    )


def _link(sentence: str, start: int, number: NumberMention) -> str | None:
    """The one word between ``start`` and ``number`` (its approximating words aside): '' when
    none, None when more, or anything but a word."""
    approximate = approximation_before(sentence, number.start)
    end = approximate if approximate is not None and approximate >= start else number.start
    gap = _SIGN_AT_END.sub("", sentence[start:end])  # `grossed $26m`: the sign is the number's
    if re.search(r"[^\w\s]", gap):
        return None
    words = gap.lower().split()
    return "" if not words else words[0] if len(words) == 1 else None


def _measure(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> tuple[NumberMention, str] | None:
    """The measure in the fact's `unit:` right after the phrase (`a speed limit of 20mph`,
    `reduced to 360g`), with the word between, or None when no number after it is one.

    In `from 400g to 360g` the value after `to`, the new one, is the measure; the value after
    `from` never is."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    last = reading.document.tokens[mention.index][mention.phrase.last - 1]
    after = [n for n in numbers if n.start >= last.end]
    if not after:
        return None
    number = after[0]
    if _FROM.fullmatch(sentence, last.end, number.start) and len(after) > 1:
        if number.unit not in ("", fact.unit) or number.ordinal:
            return None
        origin, number = number, after[1]
        if _link(sentence, origin.unit_end, number) != "to":
            return None
        link = "to"
    else:
        if fact.unit in MONEY and number.unit == PERCENT and len(after) > 1:
            if _TO_MONEY_VALUE.fullmatch(sentence, number.unit_end, after[1].start) is None:
                return None
            number = after[1]  # `Revenue rose 14 per cent to €1.48bn`: the change, then the value
            return (number, "to") if currency_of(sentence, number) == fact.unit else None
        at = _AT_MEASURE.fullmatch(sentence, last.end, number.start) is not None or (
            _past_own_day(fact, mention, reading, last.end, number)  # `on Tuesday at $185.25`
        )
        found = "at" if at else _link(sentence, last.end, number)
        if found is None or (found and found not in MEASURE_LINKS):
            return None
        link = found
    unit = currency_of(sentence, number) if fact.unit in MONEY else number.unit
    if number.ordinal or unit != fact.unit:
        return None  # `grossed £20m` for a fact in dollars, `C$26m`: another currency
    rest = sentence[number.unit_end :]
    listed = _LIST_AFTER.match(rest)
    if (
        listed
        and find_numbers(rest[listed.end() : listed.end() + 12])
        and not (fact.unit and fact.unit not in MONEY and _TO_MONEY.match(rest))
        and not (fact.unit in MONEY and _DAY_CHANGE.match(rest))
    ):
        return None  # `20mph or 30mph`, `between 20 and 30mph`: a range or a list
    if _RATE.match(rest):
        return None  # `360g a day`: a rate of another thing
    return number, link


def _measure_after(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """A measure in the fact's `unit:` right after the phrase (`a speed limit of 20mph` for a
    limit of 12 mph): the fact's measure, judged (see ``_measure``). Not judged: after a word of
    change before the phrase and `by`/`of` (`raised its stake by 5%`: the change), a plan, a
    quotation, or an approximate number further off than the tolerance; a clash at another
    stage of the event, after a word of the subject's changing strength (``STAGE_WORDS``:
    `downgraded Delia to a Category 2 storm with winds of 165 km/h`) or before another time
    (``_STAGE_TIME_AFTER``: `had winds of 230 km/h overnight`) or after a point of follow-up
    or a dose opening the sentence (``_STAGE_OPENING``: `After five years,`); a measure after a
    denied phrase (`did not reduce the risk of stroke by more than 40%`): the amount is denied,
    not stated."""
    assert mention.phrase is not None and fact.count is not None
    if not fact.unit or fact.ordinal:
        return None
    found = _measure(fact, mention, reading, numbers)
    if found is None:
        return None
    number, link = found
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    first = mention.phrase.first
    if link != "to" and not CHANGE_WORDS.isdisjoint(
        t.norm for t in tokens[max(0, first - CHANGE_REACH) : first]
    ):
        return None  # `raised its stake by 5%`: the change, not the stake
    if _unreal_before(sentence, number, mention, reading):
        return None  # `is expected to be cut to 360g`: a plan
    if reading.document.in_quotes(mention.index, number.start, number.end):
        return None
    phrase_start = tokens[first].start
    if _NEGATION_BEFORE.search(sentence, max(0, phrase_start - 30), phrase_start):
        return None  # `did not reduce the risk of stroke by more than 40%`: the amount denied
    expected = fact.expected(SLOT)
    text = sentence[number.start : number.unit_end]
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.unit_end)])
    if fits(number.value, fact.count):
        return SlotResult(SLOT, CONFIRMED, expected, text, evidence, rule=MEASURE_RULE)
    if (
        not STAGE_WORDS.isdisjoint(t.norm for t in tokens[:first])
        or _STAGE_TIME_AFTER.match(sentence, number.unit_end)
        or _STAGE_OPENING.match(sentence)
    ):
        return None  # `downgraded Delia to a Category 2 storm with winds of 165 km/h`
    if _ORDINAL_BEFORE_ACT.search(sentence, max(0, phrase_start - 20), phrase_start):
        return None  # `her fifth jump of 7.41m`: one of several attempts, that one's measure
    if fact.unit in MONEY and _without_fees(sentence, phrase_start, number):
        return None  # `without fees it fetched £10.5m`: the price on another footing
    bound = _BOUNDS.search(sentence[: number.start]) or _THRESHOLD.search(sentence, 0, number.start)
    if bound is not None:  # `a speed limit of up to 20mph` does not rule out 12mph
        lower = bound.group("lower") is not None
        within = fact.count >= number.value if lower else fact.count <= number.value
        if not within and _for_unknown_object(number, mention, reading):
            return None
        status = CONFIRMED if within else CONTRADICTED
        found_text = f"{bound.group().strip()} {text}"
        return SlotResult(SLOT, status, expected, found_text, evidence, rule="count.bound")
    if number.approximate:
        if abs(number.value - fact.count) <= APPROXIMATE_TOLERANCE * abs(fact.count):
            return SlotResult(
                SLOT, CONFIRMED, expected, text, evidence, "approximate", "count.approximate"
            )
        return None
    if _for_unknown_object(number, mention, reading):
        return None  # `paid a loan fee of £1.5m for Famalicao striker Joao Neves`
    return SlotResult(SLOT, CONTRADICTED, expected, text, evidence, rule=MEASURE_RULE)


_PART_AFTER = re.compile(
    r"\s+(?:in|across|among)\s+(?:the\s+)?(?:(?P<part>capital|city|north|south|east|west"
    r"|countryside|suburbs|cities|towns|provinces|regions|rural\s+areas|urban\s+areas)\b"
    r"|(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
)


_PART_FRONTED = re.compile(
    r"^(?:In|Across|Among)\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"\s*,"
)
"""A sentence opening with the place a share is for (`In Scotland, 77 per cent of members
voted in favour`)."""


_PART_WITH = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:is|was|remains|remained|became|stays|stayed)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:region|area|city|county|nation|market)\s*,\s+with\s+(?:an?\s+|the\s+)?$"
)
"""Before the phrase: a place told as a region (`London remains the weakest region, with`),
whose figure the phrase after `with` gives."""


def _of_a_part(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether a share in per cent (`unit: '%'`) goes on with a part of the place it is for
    (`won 58 per cent of the vote in the capital`, `in Northshire`), or its sentence opens with
    that place (`In Scotland, 77 per cent of members voted in favour`), or the place is told as
    a region before `, with` and the phrase (`London remains the weakest region, with annual
    house price growth of 0.8%`): that part's share, not the whole's. The
    fact's own place (for a fact with none, the place of any fact of the story), a place
    holding it or one it holds (`41.5% of the vote in Arden`) is still judged."""
    phrase = mention.phrase
    if phrase is None or fact.unit != "%":
        return False
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][phrase.last - 1].end
    start = reading.document.tokens[mention.index][phrase.first].start
    found = (
        _PART_AFTER.match(sentence, end)
        or _PART_FRONTED.match(sentence)
        or _PART_WITH.search(sentence, max(0, start - 120), start)
    )
    if found is None:
        return False
    if found.groupdict().get("part"):
        return True
    name = found["name"].lower()
    if name.split()[0] in DATE_NAMES:
        return False
    story = reading.story
    wheres = {fact.where} if fact.where else {f.where for f in story.facts if f.where}
    own = [n for w in wheres if w for n in reading.compiled.own_place_names(w)]
    return not any(name == n or name.startswith(n + " ") for n in own)


_OVER_SEVERAL = re.compile(
    r"\s+(?:in|across)\s+(?:(?:the|[A-Z][\w-]*['’]s)\s+)?"
    r"(?:two|three|four|five|six|both|several)\s+(?:[a-z-]+\s+)?[a-z]+s\b"
)


def _over_several(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase goes on with several occurrences it is counted over (`20 people
    were killed in Sunday's two crashes`, `in both attacks`, `across three separate fires`):
    a total of the fact's event and others, not its own count."""
    phrase = mention.phrase
    if phrase is None:
        return False
    end = reading.document.tokens[mention.index][phrase.last - 1].end
    return _OVER_SEVERAL.match(reading.sentence_text(mention.index), end) is not None


def _gives_the_count(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the mention's sentence also gives the fact's own count, a plain number of it,
    with words that set figures side by side (``_FIGURE_WORDS``: `Greenline said 50,000 people
    marched; police put the figure at 12,000`): a dispute, not a wrong figure asserted. Not a
    year's number; not figures in a row without such words (`from 12mph to 20mph`, `Logan,
    62, and Collett, 58`)."""
    if not _FIGURE_WORDS.search(reading.sentence_text(mention.index)):
        return False
    return any(
        fits(n.value, fact.count) and not n.ordinal and not (1900 <= n.value <= 2100)
        for n in reading.document.numbers(mention.index)
    )


_NUMBER_GLUED = re.compile(r"[\s-]?")
_NEXT_CLAUSE = re.compile(r",\s*(?:and|while|but)\b|;\s")


def _after_the_fact_s_occurrence(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase is told again in a later clause of a sentence that first gave it
    with the fact's count right before it (`A 21-gun salute was fired in Stockholm ..., and a
    42-gun salute followed from Uppsala Castle`): two occurrences counted apart, the first
    the fact's, the later one another's. Read only for a clash."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    here = tokens[mention.phrase.first].start
    numbers = reading.document.numbers(mention.index)
    for index, match in reading.phrase_matches(fact):
        if index != mention.index or match.last > mention.phrase.first:
            continue
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        if _NEXT_CLAUSE.search(sentence, end, here) is None:
            continue
        if any(
            n.end <= start
            and _NUMBER_GLUED.fullmatch(sentence, n.end, start) is not None
            and not n.ordinal
            and fits(n.value, fact.count)
            for n in numbers
        ):
            return True
    return False


_FIGURE_WORDS = re.compile(
    r"\b(?:put\s+(?:the|its|their)\s+(?:figure|number|total|count|crowd|toll)|estimated?|estimates"
    r"|according\s+to|figures?\s+(?:of|from|by|was|were|is)|official\s+(?:figure|count|tally))\b"
)
"""Words that set a figure beside another (`police put the figure at 12,000`, `according to`)."""


_PAIRED_LIST = re.compile(
    r"(?P<first>\d[\d,.]*\s*(?:%|per\s*cent|percent)?)\s+and\s+"
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)?\s+$",
    re.I,
)
_RESPECTIVELY = re.compile(r"^[^;.]*?\brespectively\b", re.I)


def _paired_respectively(
    fact: Fact, mention: Mention, reading: Reading
) -> tuple[bool, SlotResult | None]:
    """The numbers before the phrase paired with a list by `respectively` after it (`which
    Nissan claims is a 20% and 16% improvement respectively`, for the power and the torque):
    the number right before the phrase is one value of several, not the phrase's own count.
    The other number of the pair confirms a count it fits (`count.number-before-phrase`);
    neither clashes. Only two numbers joined by `and`, right before the phrase, with
    `respectively` after it in its clause. Returns whether the pair is there, and the
    confirmation if the other number fits."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    start = tokens[mention.phrase.first].start
    end = tokens[mention.phrase.last - 1].end
    pair = _PAIRED_LIST.search(sentence, max(0, start - 40), start)
    if pair is None or pair.end() != start or not _RESPECTIVELY.search(sentence[end:]):
        return False, None
    first = find_numbers(pair.group("first"))
    if len(first) != 1 or not fits(first[0].value, fact.count):
        return True, None
    if fact.unit and first[0].unit != fact.unit:
        return True, None
    lo = pair.start("first")
    evidence = reading.document.evidence(mention.index, marks=[(lo, lo + len(first[0].text))])
    found = SlotResult(SLOT, CONFIRMED, fact.expected(SLOT), first[0].text, evidence, rule=_RULE)
    return True, found


_SUBGROUP = re.compile(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:patients|people|participants|those|women|men|children"
    r"|adults|subjects|volunteers|users|smokers|girls|boys)\s+(?:over|under|aged|older|younger"
    r"|above|below|with|without|who)\b",
    re.I,
)
"""A group of people set apart by age, a condition or a trait (`in patients over 75`, `among
women with diabetes`, `for those under 65`): a figure told for them is the subgroup's."""
_SUBGROUP_FRONTED = re.compile(
    r"(?:^|;\s*)(?:in|among|for)\s+(?:the\s+)?(?:older\s+|younger\s+)?(?:patients|people"
    r"|participants|women|men|children|adults|subjects|volunteers|users|smokers|non-smokers"
    r"|girls|boys)\s*,",
    re.I,
)
"""A sentence, or a clause after a semicolon, that opens with a group of people (`In women,
velanib brought a 14% lower risk of death; in men, 20%`): its figures are the group's."""
_AGE_GROUP = r"(?:\d+-year-olds|Years?\s+\d+(?:\s+and\s+\d+)?\s+(?:pupils|students|candidates))"
_AGE_GROUP_FRONTED = re.compile(
    r"(?:^|;\s*)(?:[Ii]n|[Aa]mong|[Ff]or)\s+(?:the\s+)?" + _AGE_GROUP + r"[^,;]{0,40},"
)
"""A sentence, or a clause after a semicolon, that opens with an age or a school year group
(`For 19-year-olds resitting, the JCQ had 14,500 A-level entries`): its figures are the
group's."""
_AGE_GROUP_IN_PLACE = re.compile(
    r"\b(?:from|among|for|by)\s+(?:the\s+)?" + _AGE_GROUP + r"\s+in\s+(?:the\s+)?[A-Z]"
)
"""An age or a school year group in a named place (`A-level entries from Year 13 pupils in the
North West`): a figure told for them is that group's."""
_ANOTHER_STUDY_BEFORE = re.compile(
    r"\b(?:earlier|previous|prior|separate|another|other|older|smaller|similar)\b[^.;:]{0,60}?"
    r"\b(?:found|finds|showed|shows|suggested|suggests|concluded|reported|indicated)"
    r"\s+(?:that\s+)?$",
    re.I,
)
"""Before the subject: another study or report that found the act (`An earlier, smaller trial
of 1,200 patients found Tenzarin lowered the risk of stroke by 24%`): its figures, not the
story's."""


_ANOTHER_STUDY_FRONTED = re.compile(
    r"(?:^|;\s*)(?:[Ii]n|[Ff]rom)\s+(?:an|the|its|their|a)\s+"
    r"(?:earlier|previous|prior|separate|other|older|smaller|pilot)\b[^;:]{0,40}?"
    r"\b(?:trial|study)\b[^;:]{0,40}?,\s*$"
)
"""Before the subject, opening the sentence or a clause after a semicolon: another study the
figures are told for (`In the earlier, smaller trial of 900 patients, Velmitab cut the risk of a
second heart attack by 33%`): its figures, not the story's."""


_REQUIRED_FIGURE = re.compile(
    r"\b(?:needs?|needed|requires?|required|requiring)\s+"
    r"(?:at\s+least\s+|only\s+|just\s+|a\s+minimum\s+of\s+|more\s+than\s+)?\d",
    re.I,
)
"""A figure a rule or a goal requires (`needs 50 per cent to vote in favour`, `requires at least
40%`): a threshold, not the count."""
_ANOTHER_FIXTURE = re.compile(
    r"\b(?:(?:in|at)\s+the\s+(?:reverse|return|previous|last|first)\s+(?:fixture|meeting|leg|game|match)"
    r"|(?:in|at)\s+(?:their|its|his|her)\s+(?:last|previous|first)\s+(?:meeting|fixture|game|match))\b",
    re.I,
)
"""After the phrase, in its clause: another meeting of the same sides (`in the reverse fixture`,
`in the first leg`, `in their last meeting`), whose count is its own. A season alone (`last
season`) is not one: a fact may count a season (a transfer story's `goals` of last season)."""


def _in_another_fixture(mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's clause, after it, tells another meeting of the same sides
    (``_ANOTHER_FIXTURE``: `Osei, who scored four goals against Dunmore in the reverse fixture
    last season, now has ...`): a count of that occasion."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    cut = _AFTER_CLAUSE.search(sentence, end)
    return _ANOTHER_FIXTURE.search(sentence, end, cut.start() if cut else len(sentence)) is not None


_PARTIAL_COUNT = re.compile(
    r"\bwith\s+(?:(?:about|nearly|almost|over|more\s+than|just|only)\s+)?(?!(?:all|every|each)\b)"
    r"(?:\d[\d,.]*\s*(?:%|per\s*cent|percent)?|half|most|some|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|a\s+(?:third|quarter)|two-thirds|three-quarters)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:wards?|precincts?|constituenc(?:y|ies)|districts?"
    r"|counties|county|polling\s+stations?|ballot\s+boxes|ballots|votes?|results?)\s+"
    r"(?:declared|counted|reported|reporting|tallied|processed|in\s*[,;)])",
    re.I,
)
"""A count still under way (`With 20 of 34 wards declared`, `with 80% of the vote counted`,
`with 12 precincts reporting`): a figure told then is a running count, not the final one; `all`,
`every` or `each` (`With all 34 wards declared`) is the full count, judged."""


_PERIOD_BEFORE = re.compile(
    r"(?<![\w-])(?P<period>(?:first|second|third|fourth|final)[-\s](?:quarter|half)"
    r"|(?:three|six|nine)[-\s]month|half[-\s]year(?:ly)?|quarterly|interim|q[1-4]|h[12])\s+$",
    re.I,
)
"""Right before the phrase: the part of a year its figure is for (`fourth-quarter`, `first-half`,
`nine-month`, `quarterly`, `Q4`)."""


_NAMED_PERIOD = re.compile(
    r"\b(?:fiscal|financial\s+year|annual|full[-\s]year|yearly|quarter|quarterly"
    r"|(?:first|second)[-\s]half|half[-\s]year(?:ly)?|q[1-4]|h[12])\b",
    re.I,
)
"""In a fact's phrasing: the period its story reports (`fiscal 2027 results`, `third-quarter
revenue`)."""


def _of_another_period(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase stands right after a part of a year that no phrasing of the story's
    facts names, in a story whose phrasings name the period it reports (`Norvik's
    fourth-quarter pre-tax profit of £98 million` for `what: pre-tax profit` in a story of
    `fiscal 2027 results`): that period's figure, not the fact's. A phrasing that names the
    sentence's period (`what: third-quarter revenue`) is judged there, and so is any figure in a
    story that names no period: its figures may be the quarter's."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    found = _PERIOD_BEFORE.search(sentence, max(0, start - 20), start)
    if found is None:
        return False
    phrasings = [re.sub(r"[-\s]+", " ", w.lower()) for f in reading.story.facts for w in f.what]
    period = re.sub(r"[-\s]+", " ", found["period"].lower())
    return any(_NAMED_PERIOD.search(w) for w in phrasings) and not any(
        period in w for w in phrasings
    )


_LATER_ORDINALS = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+"
    r"(?P<stretch>weekend|week|month)s?\b"
)
_LATER_STRETCH = re.compile(r"[^,;:()—–]*?\bin\s+(?:its|his|her|their)\s+" + _LATER_ORDINALS, re.I)
"""After the phrase, in its clause: a stretch of a run its subject's ordinal numbers past the
first (`in its third weekend`, `in her 12th week`), whose figure is that stretch's."""
_LATER_STRETCH_FRONTED = re.compile(
    r"\s*in\s+(?:its|his|her|their)\s+" + _LATER_ORDINALS + ",", re.I
)
"""Opening the sentence, before a comma: the same stretch, told for the whole sentence (`In
its second weekend, Iron Tide took $41m in North America`)."""


def _in_a_later_stretch(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase's clause, or an opening of the sentence, tells the figure of a later
    weekend, week or month of a run (`Night Shift, with $22m in North America in its third
    weekend`, `In its second weekend, Iron Tide took $41m`), in a fact whose phrasings
    name no such stretch: the opening's figure is the fact's, another stretch's is its own. A
    phrasing that names the stretch (`what: in its second weekend`) is judged there."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    phrase_end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    found = _LATER_STRETCH.match(sentence, phrase_end) or _LATER_STRETCH_FRONTED.match(sentence)
    if found is None:
        return False
    stretch = found["stretch"].lower()
    return not any(stretch in w.lower() for w in fact.what)


_SHARE_OF_WHOLE_BEFORE = re.compile(
    r"\b(?:accounted|accounts|accounting|account)\s+for\s+(?:about\s+|around\s+|nearly\s+"
    r"|almost\s+|some\s+|over\s+|more\s+than\s+)?(?:[$£€]\s*)?$",
    re.I,
)
"""Right before the number: what a part accounts for (`Academies accounted for 410,000 A-level
entries`): the part's share of the whole, not the whole."""


def _accounted_for(result: SlotResult) -> bool:
    """Whether the clashing number is what something accounted for (``_SHARE_OF_WHOLE_BEFORE``:
    `Academies accounted for 410,000 A-level entries, the JCQ said`): a part's figure."""
    evidence = result.evidence
    if evidence is None or not evidence.marks:
        return False
    return _SHARE_OF_WHOLE_BEFORE.search(evidence.sentence, 0, evidence.marks[0][0]) is not None


_JOINED_COUNT_OPENS = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:a\s+further\s+)?$", re.I)
"""Right before the number, after the who: a clause joined by a comma that the number opens
(`, and 300 schools`)."""


def _opens_a_joined_clause(fact: Fact, result: SlotResult, mention: Mention) -> bool:
    """Whether the clashing number, told before the phrase, opens a clause joined after the
    who's, where the who already did the act (`The NEU closed schools in Leeds on Wednesday,
    and 300 schools in Wales closed on Friday`): the number counts that clause's own subject,
    not what the who did. A joined clause that tells the act for the first time (`The train
    derailed at Glenbrae, and 14 passengers were injured`) is judged."""
    evidence, who = result.evidence, mention.who
    if result.rule != _RULE or evidence is None or not evidence.marks or who is None:
        return False
    start = evidence.marks[0][0]
    if who.end > start:
        return False
    opening = _JOINED_COUNT_OPENS.search(evidence.sentence, who.end, start)
    if opening is None:
        return False
    before = evidence.sentence[who.end : opening.start()].lower()
    return any(re.search(rf"\b{re.escape(w.lower())}\b", before) for w in fact.what)


def _of_a_subgroup_or_another_study(mention: Mention, reading: Reading) -> bool:
    """Whether the mention's count is told for a subgroup of people (``_SUBGROUP``, anywhere in
    the sentence, or ``_SUBGROUP_FRONTED``, opening it or a clause after a semicolon), for an
    age or a school year group opening the sentence or in a named place (``_AGE_GROUP_FRONTED``,
    ``_AGE_GROUP_IN_PLACE``) or as
    what another study found (``_ANOTHER_STUDY_BEFORE``, right before the subject) or in
    another study fronted before it (``_ANOTHER_STUDY_FRONTED``): a figure
    of that group or study, which may differ from the fact's."""
    sentence = reading.sentence_text(mention.index)
    if _SUBGROUP.search(sentence) or _SUBGROUP_FRONTED.search(sentence):
        return True
    if _AGE_GROUP_FRONTED.match(sentence) or _AGE_GROUP_IN_PLACE.search(sentence):
        return True  # `For 19-year-olds resitting, ...`, `from Year 13 pupils in London`
    who = mention.who
    return who is not None and (
        _ANOTHER_STUDY_BEFORE.search(sentence, 0, who.start) is not None
        or _ANOTHER_STUDY_FRONTED.search(sentence, 0, who.start) is not None
    )


_SET_APART_AFTER = re.compile(
    r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?\s+(?:were|was)\s+"
    r"(?:from|based\s+in|living\s+in|aged|over|under|older\s+than|younger\s+than|women|men"
    r"|female|male|smokers|children)\b"
)
"""Right after a counted phrase, past `of` and a name: the predicate that sets the counted
apart from the rest (`300 patients in the trial of Velmitab were from the UK`, `were women`,
`were over 75`)."""


def _set_apart_by_predicate(mention: Mention, reading: Reading) -> bool:
    """Whether the counted phrase is the subject of a predicate that sets its members apart by
    origin, age or sex (``_SET_APART_AFTER``: `Only 300 patients in the trial of Velmitab were
    from the UK`): the number right before the phrase counts those members, a part of the
    whole. `4,200 patients in the trial were followed for three years` tells the whole and is
    judged, and so is the whole after a part (`Three of those nine killed were women`)."""
    phrase = mention.phrase
    if phrase is None:
        return False
    sentence = reading.sentence_text(mention.index)
    end = reading.document.tokens[mention.index][phrase.last - 1].end
    return _SET_APART_AFTER.match(sentence, end) is not None


_ASIDE_DATE_OPENS = re.compile(r"\s*(?:,\s*in\s+|\(\s*(?:in\s+)?)", re.I)
"""Between an ordinal's phrase and the date of an aside that dates it: `, in ` or `(`."""
_ASIDE_DATE_CLOSES = re.compile(r"\s*[,)]")


def _ordinal_dated_in_aside(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether an ordinal fact's phrase is dated right after it, in an aside, by a year other
    than the event's (`Her first attempt on K2, in 2023, ended at 7,600 metres`): that
    attempt is an earlier one, whose rank is its own."""
    if mention.phrase is None:
        return False
    known = fact.when or reading.story.date or reading.document.anchor
    if known is None:
        return False
    tokens = reading.document.tokens[mention.index]
    end = tokens[mention.phrase.last - 1].end
    sentence = reading.sentence_text(mention.index)
    for date in reading.document.dates(mention.index):
        if date.start < end or date.year is None or date.year == known.year:
            continue
        if _ASIDE_DATE_OPENS.fullmatch(sentence, end, date.start) and _ASIDE_DATE_CLOSES.match(
            sentence, date.end
        ):
            return True
    return False


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    """The count stated by ``mention``. A clash in a sentence that dates something at another
    time than the event (``another_time``: `cut the bar to 200g in 2015`, `won 29.1% of the
    vote in 2015`) is another event's number, not judged; but an ordinal places the event among
    earlier ones, which the sentence may date (`his second summit, after they met in 2019`),
    unless it stands between the phrase's words (`in the 76th minute of the 2023 final`).
    A clash in a sentence that also gives the fact's count (``_gives_the_count``) is not
    judged. A phrase in a clause told a span of time after or before another (`two years after
    Tanabe signed four agreements`, ``in_span_clause``) is another occurrence: not judged,
    unless the span lands on the fact's own day (``span_clause_on_fact_day``: `The crash comes a
    day after the Taliban swapped two Western hostages`, the swap being the fact). Nor
    is a clash told for a subgroup of people or as another study's finding
    (``_of_a_subgroup_or_another_study``), or while the count is under way (``_PARTIAL_COUNT``:
    `With 20 of 34 wards declared`), nor a total over several occurrences (``_over_several``:
    `in Sunday's two crashes`), nor a figure for a part of a year the fact does not name
    (``_of_another_period``: `fourth-quarter pre-tax profit`)."""
    if (
        mention.phrase is not None
        and in_span_clause(mention, reading)
        and not span_clause_on_fact_day(fact, mention, reading)
    ):
        return None
    result = _check(fact, mention, reading)
    if result is not None and result.status == CONTRADICTED and result.rule == _RULE:
        paired, confirmed = _paired_respectively(fact, mention, reading)
        if paired:
            return confirmed  # `a 20% and 16% improvement respectively`: one value of two
    if (
        result is not None
        and result.status == CONTRADICTED
        and (_gives_the_count(fact, mention, reading) or _of_a_part(fact, mention, reading))
    ):
        return (
            None  # `... police put the figure at 12,000`, `58 per cent of the vote in the capital`
        )
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _after_the_fact_s_occurrence(fact, mention, reading)
    ):
        return None  # `A 21-gun salute was fired ..., and a 42-gun salute followed`
    if result is not None and result.status == CONTRADICTED and _accounted_for(result):
        return None  # `Academies accounted for 410,000 A-level entries`: a part's
    if (
        result is not None
        and result.status == CONTRADICTED
        and _opens_a_joined_clause(fact, result, mention)
    ):
        return None  # `..., and 300 schools in Wales closed on Friday`: that clause's subject
    if result is not None and result.status == CONTRADICTED and _over_several(mention, reading):
        return None  # `20 people were killed in Sunday's two crashes`: a total of both
    if (
        result is not None
        and result.status == CONTRADICTED
        and _in_a_relatives_clause(mention, reading)
    ):
        return None  # `..., the same day his co-defendant was released on $20,000 bail`
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _of_a_subgroup_or_another_study(mention, reading)
    ):
        return None  # `In patients over 75, Tenzarin cut the risk of stroke by 38%`
    if (
        result is not None
        and result.status == CONTRADICTED
        and result.rule == _RULE
        and _set_apart_by_predicate(mention, reading)
    ):
        return None  # `Only 300 patients in the trial of Velmitab were from the UK`: a part
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _of_another_period(fact, mention, reading)
    ):
        return None  # `Norvik's fourth-quarter pre-tax profit of £98 million`: a quarter's
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _in_a_later_stretch(fact, mention, reading)
    ):
        return None  # `with $22m in North America in its third weekend`: that weekend's
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and another_capacity(fact, mention, reading)
    ):
        return None  # `served 18 months in office as finance minister`: another role's
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _held_by_another(fact, mention, reading, result)
    ):
        return None  # `four shots clear of Dowd at 13 under par`: Dowd's score
    if (
        result is not None
        and result.status == CONTRADICTED
        and _compared_with_the_count(fact, mention, reading, result)
    ):
        return None  # `... of 4.99% compares with an average increase in council tax of 4.2%`
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _of_a_stretch(fact, mention, reading)
    ):
        return None  # `In the first week of August, 3,870 people crossed the Channel`
    if (
        result is not None
        and result.status == CONTRADICTED
        and _REQUIRED_FIGURE.search(reading.sentence_text(mention.index))
    ):
        return None  # `The union needs 50 per cent to vote in favour`: a threshold
    if (
        result is not None
        and result.status == CONTRADICTED
        and mention.phrase is not None
        and _in_another_fixture(mention, reading)
    ):
        return None  # `scored four goals against Dunmore in the reverse fixture last season`
    if (
        result is not None
        and result.status == CONTRADICTED
        and _PARTIAL_COUNT.search(reading.sentence_text(mention.index))
    ):
        return None  # `With 20 of 34 wards declared, Osei has 30,100 first-preference votes`
    if (
        result is not None
        and result.status == CONTRADICTED
        and fact.ordinal
        and _ordinal_dated_in_aside(fact, mention, reading)
    ):
        return None  # `Her first attempt on K2, in 2023, ended at 7,600 metres`
    if (
        result is not None
        and result.status == CONTRADICTED
        and (not fact.ordinal or result.rule == INSIDE_RULE)
        and mention.phrase is not None
        and another_time(fact, reading, mention.index, mention)
    ):
        return None
    return result


_FRONTED_STRETCH = re.compile(
    r"(?:(?:In|Over|During|Across|For|Within)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last|past|previous|same|whole)\s+)?"
    r"|(?:Last|This|That|Each|Every)\s+)"
    r"(?:week|weekend|fortnight|month|quarter)\b[^,;:]{0,30},"
    r"(?!\s*(?:when|where|which|while|as|after|before|since|until|if|because)\b)",
    re.I,
)
"""Opening the sentence: a stretch of a week or more, fronted before a comma (`In the first
week of August,`, `Last week,`, `Over the weekend,`): the period a count is told for."""
_SINCE_AFTER = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){0,3}?since\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+"
    r"(?:the\s+)?(?:year|month)|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b|(?:19|20)\d\d\b)",
)
"""After the phrase, at most three lower-case words between, in its clause: `since` and the
start of a stretch (`have been on board deportation flights since January`): a running total."""


def _of_a_stretch(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the count of a fact with no `when`, in a story dated to the day, is told for a
    stretch of time: one fronted before a comma (``_FRONTED_STRETCH``: `In the first week of
    August, 3,870 people crossed the Channel in 71 small boats`), or a running total since a
    month or a year after the phrase (``_SINCE_AFTER``: `1,540 people have been on board
    deportation flights since January`). That stretch's tally, not the day's. A fronted day is
    read by ``another_time``."""
    assert mention.phrase is not None
    if fact.when is not None or reading.story.date is None:
        return False
    sentence = reading.sentence_text(mention.index)
    if _FRONTED_STRETCH.match(sentence):
        return True
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    return _SINCE_AFTER.match(sentence, end) is not None


_COMPARED_WITH = re.compile(
    r"\b(?:compare[sd]?\s+(?:with|to)|comparing\s+with|in\s+comparison\s+(?:with|to)|than"
    r"|against|versus|vs\.?)\s",
    re.I,
)
"""Words that set one figure against another (`compares with`, `compared to`, `than`,
`against`)."""


def _compared_with_the_count(
    fact: Fact, mention: Mention, reading: Reading, result: SlotResult
) -> bool:
    """Whether the clashing number stands after words of comparison (``_COMPARED_WITH``) that
    follow, in its sentence, a number giving the fact's own count (`Castlebridge City Council's
    increase in council tax of 4.99% compares with an average increase in council tax of 4.2%
    across England`): the figure the fact's count is set against, another's."""
    assert fact.count is not None
    evidence = result.evidence
    if evidence is None or not evidence.marks:
        return False
    sentence = reading.sentence_text(mention.index)
    start = evidence.marks[0][0]
    return any(
        n.end <= start
        and not n.ordinal
        and fits(n.value, fact.count)
        and not (1900 <= n.value <= 2100)
        and _COMPARED_WITH.search(sentence, n.end, start) is not None
        for n in reading.document.numbers(mention.index)
    )


_HELD_AT = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:at|on|with)\s+$")
"""Right before a number: a name and `at`, `on` or `with` (`Dowd at 13 under par`, `Leeds on
40 points`, `Ortiz with 12 goals`): the figure that name stands at."""


def _held_by_another(fact: Fact, mention: Mention, reading: Reading, result: SlotResult) -> bool:
    """Whether the clashing number stands right after `at`, `on` or `with` and a name that is
    not the fact's `who`: another entity of the story or a name it does not know, not one of
    its places (`finished 17 under par, four shots clear of Marcus Dowd at 13 under par`,
    `two points ahead of Leeds on 40 points`): that one's figure, told beside the fact's."""
    evidence = result.evidence
    if evidence is None or not evidence.marks:
        return False
    sentence = reading.sentence_text(mention.index)
    start = evidence.marks[0][0]
    held = _HELD_AT.search(sentence, max(0, start - 80), start)
    if held is None or held.start("name") == 0:
        return False  # `Callan at 15 under par`, opening the sentence: the subject's own
    end = held.end("name")
    for span in reading.entities[mention.index]:
        if span.start <= held.start("name") < span.end or span.start < end <= span.end:
            return span.ref not in fact.who
    return not any(
        span.start < end and held.start("name") < span.end for span in reading.places[mention.index]
    )


TOLL_RULE = "count.toll-value"
_TOLL_REACHED = re.compile(
    r"(?:\s+(?:from|in|of|after)\s+[^,;:()—–]{1,60}?)?"
    r"\s+(?:(?:has|have)\s+(?:now\s+|since\s+)?(?:risen|climbed|jumped|increased|reached)"
    r"|rose|rises|climbed|climbs|jumped|jumps|increased|reached|reaches|hit|stands|stood|is|was"
    r"|now\s+stands)\s+(?:(?:to|at)\s+)?",
    re.I,
)
"""Between the toll and its value: its complement (`from Tuesday's earthquake`), then a
verb of reaching (`rose to`, `has risen to`, `stands at`, `reached`)."""
_TOLL_BRINGING = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its)\s+$", re.I
)
"""Right before the toll: a verb that brings it to a value (`bringing the death toll to 47`)."""
_TOLL_OF = re.compile(r"\s+(?:from|in|of|after)\s+([^,;:()—–]{1,60})", re.I)
"""Right after the toll: what it is the toll of (`from the floods`)."""
_TOLL_FILLERS = frozenset("the a an of in from on at".split())


def _toll_value(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The count of a fact of deaths stated by its death toll (``reading.TOLL_PHRASING``):
    the number right after a verb of reaching that follows the toll, past its complement (`The
    death toll from Tuesday's earthquake rose to 47`, `stands at 47`, `has risen to 47`), or
    after `to` when a verb brings the toll there (`bringing the death toll to 47`). Not judged
    (None): another verb (`could rise to 60`, `had risen to 30 by Monday`, `is expected to
    rise`), a number after `bringing` in a sentence with a number before the toll (`Three more
    people died, bringing the death toll to 37`: a running total after an increment), a
    negation or a range."""
    assert mention.phrase is not None and fact.count is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    start = tokens[mention.phrase.first].start
    end = tokens[mention.phrase.last - 1].end
    bringing = _TOLL_BRINGING.search(sentence, max(0, start - 40), start) is not None
    complement = _TOLL_OF.match(sentence, end)
    if mention.via == "implied" and complement is not None:
        named = {normalize_word(w) for w in re.findall(r"[^\W\d_]+", complement.group(1))}
        if reading.event_words(fact).isdisjoint(named - _TOLL_FILLERS):
            return None  # `the death toll from the floods`: another event's toll
    for number in numbers:
        if number.start < end:
            continue
        between = sentence[end : number.start]
        if bringing:
            if re.fullmatch(r"\s+to\s+", between) is None:
                return None
            if any(n.end <= start for n in numbers):
                return None  # `Three more people died, bringing the death toll to 37`
        elif _TOLL_REACHED.fullmatch(between) is None:
            continue  # `magnitude 6.8` in the complement: the value comes later, if at all
        if number.unit or number.ordinal or _RANGE_AFTER.match(sentence, number.unit_end):
            return None
        return _value(fact, number, mention, reading, TOLL_RULE, TOLL_RULE)
    return None


def _subject_of_another_verb(mention: Mention, reading: Reading, number: NumberMention) -> bool:
    """Whether the phrase is a participle right after the number's noun, with no auxiliary
    before it, the number opens its clause, and the noun with its participle clause is the
    subject of another verb after it (``_OTHER_PREDICATE_AFTER``)."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    sentence = reading.sentence_text(mention.index)
    last = tokens[mention.phrase.last - 1]
    word = sentence[last.start : last.end].lower()
    if not (word in PAST_FORMS or (len(word) > 4 and word.endswith("ed"))):
        return False
    first = tokens[mention.phrase.first].start
    if any(t.norm in AUXILIARIES for t in tokens if number.end <= t.start and t.end <= first):
        return False  # `Seven people have been killed`: the phrase is the clause's verb
    opening = _SUBJECT_OPENING.sub("", sentence[: number.start])
    if _CLAUSE_START.search(opening) is None:
        return False  # `The fire left 12 people injured`: the number's noun is an object
    after = _OTHER_PREDICATE_AFTER.match(sentence, last.end)
    return after is not None and _RELATIVE_BREAK.search(after["between"]) is None


TALLY_RULE = "count.tally-value"
_TALLY_VALUE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
_TALLY_REACHED = re.compile(
    r"(?:\s+(?:in|of|for|at|from)\s+[^,;:()—–]{1,60}?)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:was|is|were|are|been|reached|hit|(?:stood|stands|came\s+in)\s+at"
    r"|(?:rose|risen|climbed|jumped|increased|fell|fallen|dropped|grew|grown)\s+to)\s+",
    re.I,
)
"""Between a tally and its value: its complement (`in the election`), then a verb of being or
reaching (`was`, `reached`, `stood at`, `rose to`; not `rose 4%`, a change)."""


_NUMBER_OF = re.compile(r"\b(?:the|a)\s+(?:total\s+)?number\s+of\s+$", re.I)
"""Right before the phrase: `the number of`, which makes the phrase a tally."""
_NUMBER_REACHED = re.compile(
    r"(?:\s+(?:after|during|following)\s+[^,;:()—–]{1,60}?)?\s+"
    r"(?:(?:has|have|had)\s+)?(?:was|is|reached|hit|totall?ed|(?:stood|peaked)\s+at)\s+",
    re.I,
)
"""Between `the number of` and its phrase's value: a complement of time (`after Storm Kesh`),
then a verb of being or reaching; not one of change (`fell to`, `rose to`: a value of another
time), nor a place (`in Wales`: a part of the whole)."""


def _tally_value(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The value of a tally the phrase ends in (``TALLY_NOUNS``: `turnout`, `attendance`,
    `crowd`) given after a verb of being or reaching, past the tally's complement (`Turnout was
    41%`, `Turnout in the election was 41 per cent`, `The attendance reached 84,312`): the
    first number after the tally, ending its clause, in the fact's `unit:` when it has one.
    Judged (`count.tally-value`). Not judged: another verb between (`was expected to top`), a
    number that goes on (`was 41 per cent of those registered`, `was 5,000 people`), a range,
    an estimate or a plan, a quotation, an ordinal fact."""
    assert mention.phrase is not None and fact.count is not None
    if fact.ordinal:
        return None
    tokens = reading.document.tokens[mention.index]
    last = tokens[mention.phrase.last - 1]
    sentence = reading.sentence_text(mention.index)
    reached = _TALLY_REACHED
    if last.norm not in TALLY_NOUNS:
        first = tokens[mention.phrase.first].start
        if not _NUMBER_OF.search(sentence, max(0, first - 30), first):
            return None
        reached = _NUMBER_REACHED  # `The number of homes without power reached 120,000`
    after = [n for n in numbers if n.start >= last.end]
    if not after or reached.fullmatch(sentence, last.end, after[0].start) is None:
        return None
    number = after[0]
    if number.ordinal or (fact.unit or "") != number.unit:
        return None
    if _RANGE_AFTER.match(sentence, number.unit_end) or not _TALLY_VALUE_END.match(
        sentence, number.unit_end
    ):
        return None
    if _UNREAL.search(sentence[: number.start]) or reading.document.in_quotes(
        mention.index, number.start, number.end
    ):
        return None
    return _value(fact, number, mention, reading, TALLY_RULE, TALLY_RULE)


STREAK_RULE = "count.streak-extended"
STREAK_NOUNS = frozenset(map(normalize_word, "streak run".split()))
"""Nouns of a run of results whose length a verb of extending gives (`extend their unbeaten
streak to 15 games`)."""
_EXTENDED_BEFORE = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|stretch(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+"
    r"(?:(?:its|their|his|her|the)\s+)?$",
    re.I,
)
_EXTENDED_TO = re.compile(r"\s+to\s+")
_STREAK_OTHER_TIME = re.compile(r"\b(?:last|previous|earlier|ago|former|record)\b", re.I)
"""In a sentence about a run's length: another time, or another run (`the club record`)."""


def _dated_another_day(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the mention's sentence dates anything on another day than the fact's (its
    `when`, else the story's date, else the article's), or dates anything when none is known."""
    day = fact.when or reading.story.date or reading.document.anchor
    for date in reading.document.dates(mention.index):
        if day is None:
            return True
        if (date.year, date.month, date.day) != (day.year, day.month, day.day) and not (
            date.year is None and (date.month, date.day) == (day.month, day.day)
        ):
            return True
    return False


_STREAK_UNIT = re.compile(r"\s+(?:games|matches|fixtures|wins|races|fights|bouts|straight)\b")


def _streak_length(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The length a verb of extending gives the run the phrase ends in (``STREAK_NOUNS``), right
    after `to` (`to extend their unbeaten streak to 15 games`, `stretched its winning run to 15
    matches`): the run's new length, judged (`count.streak-extended`). Only with the run's
    verb and owner right before the phrase and a noun of games, matches or wins right after the
    number; not an ordinal fact, a number in a unit, a plan or an estimate, a quotation."""
    assert mention.phrase is not None and fact.count is not None
    if fact.ordinal or fact.unit:
        return None
    tokens = reading.document.tokens[mention.index]
    first, last = tokens[mention.phrase.first], tokens[mention.phrase.last - 1]
    if last.norm not in STREAK_NOUNS:
        return None
    sentence = reading.sentence_text(mention.index)
    if _EXTENDED_BEFORE.search(sentence, max(0, first.start - 30), first.start) is None:
        return None
    after = [n for n in numbers if n.start >= last.end]
    if not after or _EXTENDED_TO.fullmatch(sentence, last.end, after[0].start) is None:
        return None
    number = after[0]
    if number.ordinal or number.unit or number.approximate:
        return None
    if _STREAK_UNIT.match(sentence, number.end) is None:
        return None
    if _STREAK_OTHER_TIME.search(sentence) or _dated_another_day(fact, mention, reading):
        return None  # `extended it to 14 games on Saturday`: a run is as long as its last day
    if _UNREAL.search(sentence[: number.start]) or reading.document.in_quotes(
        mention.index, number.start, number.end
    ):
        return None
    return _value(fact, number, mention, reading, STREAK_RULE, STREAK_RULE)


_RELATIVE_SUBJECT = re.compile(
    r"\b(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:was|were|is|are|has|have|had|will|would|could)\b"
)
"""A clause's subject told by the `who`'s possessive and a noun, then its verb (`his
co-defendant was`, `her younger sister has`): someone else, the `who`'s relative or partner."""


def _in_a_relatives_clause(mention: Mention, reading: Reading) -> bool:
    """Whether between the named `who` and the phrase after it a clause opens whose subject is
    someone of the `who`'s (``_RELATIVE_SUBJECT``: `Marcus Reed was released on bail on
    Tuesday, the same day his co-defendant was released on $20,000 bail`): the count is that
    person's, not the `who`'s."""
    who, phrase = mention.who, mention.phrase
    if who is None or phrase is None:
        return False
    start = reading.document.tokens[mention.index][phrase.first].start
    if who.end >= start:
        return False
    return (
        _RELATIVE_SUBJECT.search(reading.sentence_text(mention.index), who.end, start) is not None
    )


def _check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.age is not None and fact.count is not None:
        return _apposed_age(fact, mention, reading)
    if mention.phrase is None or fact.count is None:
        return None
    numbers = reading.document.numbers(mention.index)
    if reading.is_toll(mention):
        return _toll_value(fact, mention, reading, numbers)
    spelled = _spelled_in_phrase(fact, mention, reading, numbers)
    if spelled is not None:
        return spelled  # `join nine others` for `nine others`: the count is the phrase's own
    number = _bound(mention, reading, fact, numbers)
    if number is not None and _counted_inside(fact, mention, reading, numbers):
        number = None  # `the second a header in the 90th minute`: the phrase counts its own
    if number is None:
        return (
            _before_subject(fact, mention, reading, numbers)
            or _tally_value(fact, mention, reading, numbers)
            or _streak_length(fact, mention, reading, numbers)
            or _measure_after(fact, mention, reading, numbers)
            or _object_count(fact, mention, reading, numbers)
            or _verb_object_count(fact, mention, reading, numbers)
            or _stated_after(fact, mention, reading, numbers)
            or _relative_head_count(fact, mention, reading, numbers)
        )
    judged = _judge(fact, mention, reading, number, numbers, _rule(mention))
    if judged is None:
        return _confirmed_past_another_count(fact, mention, reading, numbers)
    return judged


_RELATIVE_HEAD = re.compile(
    r"\s+(?:(?!(?:of|the|those|these|them|and|or|in|on|at|to|for|with|from|by)\b)[a-z][\w-]*\s+)?"
    r"(?!(?:was|is|has|does|this|thus|as|us|its|his|hers|yes|less|unless)\b)"
    r"(?:people|men|women|children|[a-z][\w-]*s)\s+(?:who\s+(?:(?:he|she|they|we)\s+)?|that\s+)"
    r"(?:(?:was|were|had|have|has|been|also|later)\s+){0,3}"
    r"(?:(?:in|into)\s+)?"
)
"""Between a number and the phrase: the plural noun the number counts, and the relative clause
about it that the phrase stands in (`28 people who were in close contact with the patient`,
`28 people who he came into contact with`): the number counts those who did the phrase's act.
No `of` (`28 of those who`: a part), no verb for a noun (`28 people said that`), and no
subject after `that`, which may open what was told them (`told 28 people that he came into
contact with them`)."""


def _relative_head_count(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """The number before the plural noun whose relative clause the phrase opens (see
    ``_RELATIVE_HEAD``): it confirms the count when it fits it; another value is not judged
    (the noun may count more, or other, people than the fact's)."""
    assert mention.phrase is not None and fact.count is not None
    if fact.ordinal or fact.unit:
        return None
    sentence = reading.sentence_text(mention.index)
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    for number in numbers:
        if number.end >= start or number.ordinal or number.unit:
            continue
        if _RELATIVE_HEAD.fullmatch(sentence, number.end, start) is None:
            continue
        if reading.document.in_quotes(mention.index, number.start, number.end):
            return None
        if not fits(number.value, fact.count):
            return None
        evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
        detail = "approximate" if number.approximate else ""
        return SlotResult(
            SLOT,
            CONFIRMED,
            fact.expected(SLOT),
            number.text,
            evidence,
            detail,
            "count.number-before-relative-clause",
        )
    return None


def _confirmed_past_another_count(
    fact: Fact, mention: Mention, reading: Reading, numbers: list[NumberMention]
) -> SlotResult | None:
    """When the number right before the phrase counts something else and is not judged (`20
    of his season-high 31 points`, `was 20-of-24 passing for 235 yards`), a number after the
    phrase or a measure in the fact's `unit:` may still state the count: it confirms it, and
    never contradicts it (a sentence with two figures near the phrase is too unclear to
    judge). Not for an ordinal fact: `the ninth inning of Game 7` ranks the inning."""
    if fact.ordinal:
        return None
    after = (
        _measure_after(fact, mention, reading, numbers)
        or _stated_after(fact, mention, reading, numbers)
        or _relative_head_count(fact, mention, reading, numbers)
    )
    return after if after is not None and after.status == CONFIRMED else None


_STILL = re.compile(r"\bstill\b", re.I)
_LATER_TIME = re.compile(r"\s+(?:overnight|later|earlier|the\s+(?:next|following)\b)", re.I)
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:initial(?:ly)?|earlier|first|preliminary|original(?:ly)?)\b(?:\s+[\w-]+){0,3}?"
    r"\s+(?:said|reported|suggested|put|gave|stated|indicated|estimated)\b[^.;:]{0,40}$",
    re.I,
)
_SUPERSEDED_AFTER = re.compile(
    r"\b(?:later|since|subsequently)\s+(?:been\s+)?"
    r"(?:revised|corrected|updated|raised|lowered|downgraded|upgraded|amended)\b",
    re.I,
)

_REST_AFTER = re.compile(
    r"(?:\band|\bwhile|\bwhereas|\bbut|[,;])\s+(?:all\s+)?the\s+(?:rest|others|remainder)"
    r"(?=\s+(?:of|were|was|are|had|have|went|got|stayed|by|on|in|from)\b|\s*(?:[,.;:)]|$))"
    r"|(?:\band|\bwhile|\bwhereas|\bbut|[,;])\s+the\s+remaining\s+\d",
    re.I,
)
"""After the count, in its sentence: the others of the whole, told apart (`12 people were
rescued from the water and the rest were taken off by lifeboat`, `, the remaining 171 by
lifeboat`): the count is a part. Not `the rest centre`."""


_COUNTED_AGAIN = re.compile(
    r"\s+(?:(?:more|others?|additional|further)\s+)?"
    r"(?:(?:(?:have|has|had)\s+)?been\s+|were\s+|was\s+|are\s+|is\s+)?",
    re.I,
)
"""Between a later number and the phrase it counts again (`; six more were rescued`)."""
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while)\s|$")


_AND_RIGHT_BEFORE = re.compile(r"(?:\band|;)\s*$", re.I)
"""Right before a later number: `and` or a semicolon, with no subject of its own between."""
_SETTING_AFTER_LATER = re.compile(
    r"\s+(?:in|on|at|during|over|across|after|before|against|with)\s+[^,;:.!?()]*?"
    r"(?=[,;:.!?()]|\s(?:and|but|while)\s|$)",
    re.I,
)
"""After a later number (and `more`), to its clause's end: a phrase of time, place or manner, no
verb of its own (`in the last two`, `in Lisbon`, `with white`)."""


def _same_act_again(fact: Fact, mention: Mention, reading: Reading, later: NumberMention) -> bool:
    """Whether ``later``, a number after the phrase, counts the same act again: the fact's
    phrase follows it, past `more` and auxiliaries (`; six more were rescued`), or its clause
    ends with no verb, the act left out, after `more`/`others` and a time (`and two on
    Wednesday`, `and six more overnight`), or right after `and` with `more`, at most one of
    the phrase's words and a phrase of time, place or manner (`won one game in the first week
    and three more in the last two`, `and three more games with black`), or with no `more` and
    such a phrase (`won eight games in the Candidates and four in Lisbon`): the earlier number
    is a part, or another occasion's count. With a subject or a verb between `and` and the
    number (`and Halonen three more`, `and drew three more`), or a noun the phrase does not have
    (`and three more draws`), the clause is another act's."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    if _counts_the_phrase(fact, mention.index, reading, later):
        return True
    more = _MORE_AFTER_NUMBER.match(sentence, later.end)
    plus = more is not None and more.group().strip().lower() == "more"
    if (more is None or plus) and _AND_RIGHT_BEFORE.search(sentence, 0, later.start):
        at = more.end() if more is not None else later.end
        noun = _NEXT_WORD.match(sentence, at)
        if noun is not None and normalize_word(noun.group(1)) in mention.phrase.pattern.elements:
            at = noun.end()  # `and three more games`: the phrase's own noun
        setting = _SETTING_AFTER_LATER.match(sentence, at)
        at = setting.end() if setting else at
        if (plus or setting) and _CLAUSE_END.match(sentence, at):
            return True  # `won one game in the first week and three more in the last two`
    at = more.end() if more else later.end
    time = _LATER_TIME.match(sentence, at)
    if time is not None:
        at = time.end()
    else:
        date = next(
            (d for d in reading.document.dates(mention.index) if 0 <= d.start - at <= 4), None
        )
        if date is None:
            return False
        at = date.end
    end = _CLAUSE_END.search(sentence, at)
    return end is not None and not sentence[at : end.start()].strip()


def _counts_the_phrase(fact: Fact, index: int, reading: Reading, number: NumberMention) -> bool:
    """Whether one of the fact's phrases follows ``number`` in sentence ``index``, past `more`
    and auxiliaries only (`six more were rescued`, `60 flights`)."""
    sentence = reading.sentence_text(index)
    tokens = reading.document.tokens[index]
    return any(
        at == index
        and tokens[match.first].start >= number.end
        and _COUNTED_AGAIN.fullmatch(sentence, number.end, tokens[match.first].start)
        for at, match in reading.phrase_matches(fact)
    )


_ANOTHER_COUNT_BETWEEN = re.compile(r"\band\b|;|\bincluding\b|\bwith\b")
"""Between a count that gives the fact's own and a later count of the same phrase: `and` or a
semicolon (another day's, place's or party's count), `including` (a part of the total) or
`with` (a figure added beside it: `, with a £3 daily charge for cars at weekends`)."""

_MEASURED_BY = re.compile(r"\s+(?:(?:of|is|was|are|were|will\s+be|would\s+be)\s+)?[£$€]?", re.I)
"""Between a phrase and a number right after it that gives its value (`daily charge for cars
will be £5`, `a funding gap of £38m`)."""


def _measures_the_phrase(fact: Fact, index: int, reading: Reading, number: NumberMention) -> bool:
    """Whether ``number`` stands right after one of the fact's phrases in sentence ``index``,
    past `of` or a copula only (`Portwell City Council's daily charge for cars will be £5`)."""
    sentence = reading.sentence_text(index)
    tokens = reading.document.tokens[index]
    return any(
        at == index
        and tokens[match.last - 1].end <= number.start
        and _MEASURED_BY.fullmatch(sentence, tokens[match.last - 1].end, number.start)
        for at, match in reading.phrase_matches(fact)
    )


def _after_the_fitting_count(
    fact: Fact,
    number: NumberMention,
    mention: Mention,
    reading: Reading,
    numbers: list[NumberMention],
) -> bool:
    """Whether ``number``, a count of the fact's phrase, follows in its sentence, past `and`,
    a semicolon, `including` or `with`, another count or value of the phrase that gives the
    fact's own (`Aerlink cancelled 340 flights on Friday and 60 flights on Saturday`, `...,
    and Ryanair cancelled 410 flights`, `a £38m funding gap over three years, including a £14m
    funding gap in 2028-29`, `daily charge for cars will be £5 on weekdays, with a £3 daily
    charge for cars at weekends`): the fact's count is told, and the later one counts another
    day's, place's or party's, or a part of it."""
    assert fact.count is not None
    sentence = reading.sentence_text(mention.index)
    return _counts_the_phrase(fact, mention.index, reading, number) and any(
        earlier.end <= number.start
        and not earlier.ordinal
        and fits(earlier.value, fact.count)
        and _ANOTHER_COUNT_BETWEEN.search(sentence, earlier.end, number.start) is not None
        and (
            _counts_the_phrase(fact, mention.index, reading, earlier)
            or _measures_the_phrase(fact, mention.index, reading, earlier)
        )
        for earlier in numbers
    )


def _a_part_or_superseded(
    fact: Fact,
    number: NumberMention,
    mention: Mention,
    reading: Reading,
    numbers: list[NumberMention],
) -> bool:
    """Whether ``number`` counts a part of those the act took, or a figure given up: those
    still in its state at a later time (`Five miners were still trapped`); one of several
    counts of the act, another following it in the sentence, with `more` or a date (`Seven
    were rescued on Tuesday and two on Wednesday`, `; six more were rescued`); a figure first
    given (`Initial reports said 16`, `Officials initially said`) or said to be revised since
    (`but the figure was later revised`, `a figure later corrected to 14`); one part with the
    others told apart after it (`12 were rescued from the water and the rest by lifeboat`)."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    phrase_end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    if number.end <= phrase_end and _STILL.search(sentence, number.end, phrase_end):
        return True
    if _SUPERSEDED_BEFORE.search(sentence[max(0, number.start - 120) : number.start]):
        return True
    if _SUPERSEDED_AFTER.search(sentence, number.end):
        return True
    if _REST_AFTER.search(sentence, max(phrase_end, number.end)):
        return True  # `12 people were rescued from the water and the rest by lifeboat`
    if _after_the_fitting_count(fact, number, mention, reading, numbers):
        return True  # `cancelled 340 flights on Friday and 60 flights on Saturday`
    for later in numbers:
        if later.start < max(phrase_end, number.end):
            continue
        between = sentence[max(phrase_end, number.end) : later.start]
        if re.search(r"\band\b|;", between) and _same_act_again(fact, mention, reading, later):
            return True
    return False


_RATE_BETWEEN = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|season)|annually|yearly)\s*$", re.I
)
"""Between a number and the phrase right after it, and nothing else: the time each share of
it is for (`$8 billion a year for water infrastructure`, `2,000 a month`)."""


def _rate_before_phrase(number: NumberMention, mention: Mention, reading: Reading) -> bool:
    """Whether only a time it is per (``_RATE_BETWEEN``) stands between the number and the
    phrase after it (`The act provides $8 billion a year for water infrastructure`): the
    share of one year or month, not the fact's total. The fact's own phrasing of a rate has
    those words inside the phrase, not before it."""
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    end = max(number.end, number.unit_end)
    if end > phrase_start:
        return False
    sentence = reading.sentence_text(mention.index)
    return _RATE_BETWEEN.match(sentence[end:phrase_start]) is not None


_ALONE = re.compile(r"\s+alone\b", re.I)
"""Right after a place: the count is that place's alone (`In Escuintla alone`)."""
_NAMED_ALONE = re.compile(
    r"\b(?i:in|at|on|from|across|during)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}alone\b"
)
"""A preposition, capitalised words and `alone`: a place's or a day's part (`In Guatemala City
alone`, `On Tuesday alone`)."""


def _place_alone(mention: Mention, reading: Reading) -> bool:
    """Whether the mention's sentence names a place or a time followed by `alone` (`In
    Escuintla alone, 162 people were killed`, `killed 40 in Palín alone`, `On Tuesday alone`,
    `In Guatemala City alone`): its count is that place's or that time's part of the whole, so a
    smaller one than the fact's is no clash; a larger one still is, as no part exceeds the
    whole. A place of the story's gazetteer or a well-known place of the world, a date the
    sentence gives, or capitalised words after a preposition."""
    index = mention.index
    text = reading.sentence_text(index)
    if _ALONE.search(text) is None:
        return False
    if _NAMED_ALONE.search(text):
        return True  # `In Guatemala City alone`, `On Tuesday alone`
    doc = reading.document
    if any(_ALONE.match(text, d.end) for d in doc.dates(index)):
        return True  # `Last week alone, 40 people were killed`
    spans = list(reading.places[index])
    norms = doc.norms[index]
    if world.may_find(norms):
        names = (*reading.places[index], *reading.entities[index])
        spans += world.find(text, doc.tokens[index], norms, names, doc.one_case)
    return any(_ALONE.match(text, span.end) for span in spans)


def _judge(
    fact: Fact,
    mention: Mention,
    reading: Reading,
    number: NumberMention,
    numbers: list[NumberMention],
    rule: str,
) -> SlotResult | None:
    """The verdict on ``number`` read as the count of the mention's phrase (before it, or
    before its subject): not judged when it counts something else (``_counts_other_things``),
    a range or a plan; a part named so far (`were named`) only confirms; coordinated numbers
    clash only together; a bound or an approximate number is judged as such."""
    assert fact.count is not None and mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    before = sentence[: number.start]
    faced = _PENALTY_FACED.search(before)  # `could face up to 10 years`: the modal's words
    unreal = before[: faced.start()] if faced else before
    if _RANGE.search(before) or _UNREAL.search(unreal[-80:]):
        return None  # `10 to 15 minutes`, `was expected to last 15 minutes`: not judged
    if faced and not fits(number.value, fact.count):
        return None  # `faces up to five years` may be one charge's most: it only confirms
    if _MARGIN_BEFORE.search(before[-80:]):
        return None  # `Osei leads by 2,900 first-preference votes`: a margin
    if _CHANGE_BY_BEFORE.search(before[-80:]) and not fits(number.value, fact.count):
        return None  # `The fire grew by 6,000 acres`: a change; one that fits only confirms
    if _counts_other_things(number, mention, reading, fact, numbers):
        return None
    if _a_part_or_superseded(fact, number, mention, reading, numbers):
        return None
    if _rate_before_phrase(number, mention, reading) and not fits(number.value, fact.count):
        return None  # `provides $8 billion a year for water infrastructure`: a yearly share
    expected = fact.expected(SLOT)
    whole = rule == _RULE and _whole_after_partitive(number, mention, reading)
    # `Philip Logan, 52, and 63-year-old Robert Huxley`: each age is its own name's
    ages = (_DESCRIPTION, "count.age-before-name")
    group = [number] if rule in ages else _coordinated(number, numbers, sentence)
    phrase_end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    if whole:  # `one of the seven dead`, `Two of the nine people killed were named`
        rule = _WHOLE
    elif _NAMED_AFTER.match(sentence, phrase_end) and not any(
        fits(n.value, fact.count) for n in group
    ):
        return None  # `Three men and a woman were named`: those named so far, a part
    elif _subject_of_another_verb(mention, reading, number) and not any(
        fits(n.value, fact.count) for n in group
    ):
        return None  # `Three people killed on the flight were holding hands`: a part
    if len(group) > 1:  # one coordinated value that fits is enough; a clash needs them all
        fitting = [n for n in group if fits(n.value, fact.count)]
        marks = [(n.start, n.end) for n in (fitting or group)]
        evidence = reading.document.evidence(mention.index, marks=marks)
        found = sentence[group[0].start : number.end]
        status = CONFIRMED if fitting else CONTRADICTED
        rule = rule if rule in _SHAPES else "count.coordinated"
        return SlotResult(SLOT, status, expected, found, evidence, rule=rule)
    bound_rule = rule if rule in _SHAPES else "count.bound"
    return _value(fact, number, mention, reading, rule, bound_rule)
