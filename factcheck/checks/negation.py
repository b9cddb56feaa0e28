"""The `what` slot: the fact's phrase is there, and not negated (`has not arrived`, `denied`).

A negation counts only where the article asserts, in its own words, that the fact's event did not
happen: the negator stands on the phrase's own verb (`has not arrived`, `failed to leave`), in a
clause that states what happened. It is not judged when the negation is

* on another predicate (`is not the first club to win`, `never known to have met`);
* a prediction or a possibility (`would never win`, `could not arrive`, `will not leave`);
* about other times than the event (`had not won the cup since 1908`, `not ... again`,
  `no longer`, `did not arrive until Tuesday`, `failed to arrive on time`, `for 30 years`, `at
  the first attempt`, `on his debut`);
* of a way or a part of the act (`did not attend the summit in person`, `did not personally
  attend`, `did not attend the whole summit`): it may have happened another way, or in part;
* of the act on the subject's own things or on other things (`has not recalled its crunchy
  range`, `has not recalled any other products`): it may have been done to the fact's;
* the `who`'s own denial of its act, which the article reports whatever it holds true (`Smith,
  who denied murdering his wife, was found guilty`, `The RSF said it had not violated the
  ceasefire`);
* in a condition or a question (`if he had not arrived`, `why has he not arrived?`);
* inside quotation marks (someone's words, not the article's assertion), also when the quote
  has no clear end: a mark opened earlier in the sentence and not closed before the negator
  (`He said: "We had never met.`, a quote that goes on over paragraphs, or a mark left open).

Two denials told through another predicate are the article's own in past narration, and judged
under their own rules: a past inability or failed attempt (`was not able to attend`, `had not
been able to`, `did not manage to`, `never managed to`: ``what.denied-ability``), and `could
not`/`couldn't` right on the phrase's verb in a sentence that sets it in the past, by a reason
or an `after` clause in the past tense (`because his train was delayed`) or a date before the
publication day (`yesterday`, `on September 13, 2023`): ``what.could-not-in-past``. Neither is
judged in reported speech (`Officials said Kim could not attend`), nor in the present (`is not
able to`, `does not manage to`), nor with `could not have` (a guess about the past).
"""

from __future__ import annotations

import datetime
import re

from factcheck.facts import Fact
from factcheck.match import PAST_FORMS, PLACE, WIN_NOUNS, Token, act_noun, normalize_word
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult
from factcheck.text.dates import DATE_NAMES

SLOT = "what"
NEGATORS = frozenset(
    {
        "not",
        "never",
        "no",
        "neither",
        "nor",
        "denied",
        "denies",
        "deny",
        "failed",
        "fails",
        "refused",
        "refuses",
        "unable",
        "avoided",
        "avoids",
    }
)
"""Words that negate the phrase they stand before (with any word ending in n't): `was unable to
host`, `avoided acting in` deny the act as `failed to` does."""
SCOPE = 4
"""How many words before the phrase a negator may stand to negate it."""
_CLAUSE_BREAKS = frozenset(",;:()—–")
CLAUSE_WORDS = frozenset(
    "before after when while because since until that which who if and but or as though".split()
)
"""Words that open another clause: a negation behind them negates that clause, not the phrase."""
TRANSPARENT = frozenset(
    """be been being is was were are am have has had having do did does to yet ever even
    actually officially formally already really publicly immediately
    still scheduled slated due set planning planned going a an""".split()
)
"""Words that may stand between a negator and the phrase's verb (`has not yet officially
arrived`, `is not scheduled to attend`: a plan is what a fact about a coming event states):
anything else means the negator is on another predicate (`not the first to`)."""
MODALS = frozenset(
    "would could might may can will shall should must wo ca cannot 'll ought".split()
)
"""Words (and n't stems: `won't`, `can't`) that make the clause a prediction or a possibility."""
_OTHER_TIME_AFTER = re.compile(
    r"\b(?:again|since|until|till|before|anymore|any\s+more|any\s+longer|(?:on|in)\s+time)\b"
    r"|\b(?:for|in)\s+(?:\w+\s+){0,3}?(?:years|decades|months|weeks|centur(?:y|ies)|generations?)\b"
    r"|\b(?:for|in|within)\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:\d+|\w+)"
    r"\s+(?:days|hours)\b"
    r"|\b(?:at|on|in)\s+(?:the|his|her|its|their)\s+(?:first|second|third|previous|earlier)"
    r"\s+(?:attempt|try|time\s+of\s+asking|bid)\b|\bon\s+(?:his|her|its|their)\s+debut\b",
    re.I,
)
"""After a negated phrase: the negation is about other times than the event (`not ... since`,
`failed to arrive on time`: it came late; `did not win the Grand National at the first
attempt`: an earlier attempt). A number of days or hours after `for`, `in` or `within` tells a
delay (`did not disclose the breach for 23 days`, `in 72 hours`): the act came later."""
_PARTLY_AFTER = re.compile(
    r"\b(?:in\s+person|personally|physically|in\s+full|fully|entirely|in\s+its\s+entirety|alone)\b",
    re.I,
)
_WHOLE = frozenset(("whole", "entire", "full", "all"))
"""After a negated phrase, or between its words (`did not attend the summit in person`, `did
not attend the whole summit`, `did not blame the MTA alone`): the negation is of a way or a part
of the act, which may have happened another way or in part."""
_PACE_AFTER = re.compile(
    r"\b(?:overnight|immediately|instantly|quickly|easily|lightly|(?:straight|right)\s+away"
    r"|at\s+once)\b",
    re.I,
)
"""After a negated phrase, in its clause: a word of pace or ease (`did not become world chess
champion overnight: he lost the Candidates Tournament`, `did not win the title easily`, `did not
take the decision lightly`): the negation is of how soon or how readily it happened, which it may
well have. Past a comma, a colon or a clause word the word is another clause's (`did not win the
title, and Halonen quickly left`): the act is denied."""
_OTHER_THINGS_AFTER = re.compile(r"\s+(?:its|their|(?:any\s+|the\s+)?others?|another)\b", re.I)
"""Right after a negated phrase, its object: one of the subject's own things (`has not recalled
its crunchy range`, `did not close their other plants`) or other things (`has not recalled any
other products`): an organisation or a group has many, and the denial is of the act on that
one, maybe not the one the fact tells of."""
_ANY_THERE_AFTER = re.compile(
    r"\s+any\s+(?:[a-z-]+\s+){1,3}?(?:over|at|near|on|in|above|around|off|inside)"
    r"\s+(?:the|a|an|its|their|this|that)\b",
    re.I,
)
"""Right after a negated phrase, an object with `any` and a place of its own (`did not detect
any plumes over the moon's north pole`, `did not find any weapons in the car`): the denial is of
the act at that spot, which may not be where the fact's act was."""
_AFTER_BREAK = re.compile(r"[,;:()—–]|\b(?:and|but|which|who|whom|that|when|while|because)\b")
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_OPENS = (
    re.compile(r"(?:^|(?<=[\s(\[:—–-]))[\"“](?=[\w…])"),
    re.compile(r"(?:^|(?<=[\s(\[:—–-]))['‘](?!(?:s|re|ve|ll|d|m|t)\b)(?=[\w…])", re.I),
)
"""A double, and a single, quotation mark that opens: after a space or `:`, before a word (not
the clitic of tokenised text: `the club 's fans`, `they 're`)."""
_CLOSES = (
    re.compile(r"(?<=[\w.,!?…])[\"”](?=[\s.,;:!?)\]—–-]|$)"),
    re.compile(r"(?<=[\w.,!?…])['’](?=[\s.,;:!?)\]—–-]|$)"),
)
"""A double, and a single, quotation mark that closes (an apostrophe inside a word does neither)."""


def applies(fact: Fact) -> bool:
    return bool(fact.what) and not fact.quote


def _raw(sentence: str, start: int, end: int) -> str:
    return sentence[start:end].lower().replace("’", "'")


def _left_open(text: str) -> bool:
    """Whether ``text`` opens a quotation mark it does not close: what follows it is quoted,
    though the quote's end is not clear enough for the document's quoted spans."""
    return any(
        len(opens.findall(text)) > len(closes.findall(text))
        for opens, closes in zip(_OPENS, _CLOSES, strict=True)
    )


def _asserted(mention: Mention, reading: Reading, k: int, own_modal: bool = False) -> str | None:
    """The rule by which the negator at token ``k`` negates the phrase's own event, as the
    article's own assertion (see the module's notes); None: the negation is not judged. With
    ``own_modal``, the word right before the negator is the modal the fact's phrase opens with
    (`will not be turned` for `will be turned`): the fact itself tells a plan or a modal
    statement, and the modal makes no prediction of the article's own."""
    assert mention.phrase is not None
    doc = reading.document
    sentence = doc.sentences[mention.index].text
    tokens = doc.tokens[mention.index]
    phrase = mention.phrase
    negator = tokens[k]
    raw = _raw(sentence, negator.start, negator.end)
    between = [_raw(sentence, t.start, t.end) for t in tokens[k + 1 : phrase.first]]
    rule = NEGATOR_RULE
    if any(w not in TRANSPARENT for w in between):
        rule = ABILITY_RULE
        if not _denied_ability(raw, _raw_before(sentence, tokens, k), between):
            return None  # `is not the first club to win`: the negator is on another predicate
    if raw == "no" and k + 1 < len(tokens) and tokens[k + 1].norm in ("longer", "more"):
        return None  # `no longer`: it did, it does not any more
    clause_start = 0
    for m in re.finditer(r"[,;:()—–]", sentence[: negator.start]):
        clause_start = m.end()
    before = sentence[clause_start : negator.start]
    words_before = [w.replace("’", "'") for w in re.findall(r"[\w'’]+", before)]
    past_could = rule == NEGATOR_RULE and _could_not(raw, words_before, between)
    if past_could:
        if not _set_in_past(reading, mention.index, tokens[phrase.last - 1].end):
            return None  # `Rovers could not win the cup without their captain`: a guess
        rule = COULD_RULE
        words_before = words_before[:-1] if raw == "not" else words_before
    elif (raw.endswith("n't") and raw[:-3] in MODALS) or raw == "cannot":
        return None  # `couldn't`, `won't`: a possibility or a prediction
    if any(w in MODALS for w in words_before[-3 : -1 if own_modal else None]):
        return None  # `would never win`, `could not arrive`
    if any(w.lower() in WISHES for w in words_before[-2:]):
        return None  # `promised not to break the ceasefire`, `vowed never to leave`: a promise
    if _CONDITION.search(before):
        return None  # `if he had not arrived`
    if rule != NEGATOR_RULE and _REPORTED.search(sentence, 0, negator.start):
        return None  # `Officials said Kim could not attend`: what they said, maybe a plan
    if _disputed_before(sentence, negator.start):
        return None  # `Critics claimed Vale had not arrived`: an account kept at a distance
    if raw in _DENIALS or _reported_of_self(mention, sentence, k, tokens):
        return None  # `Smith denied killing his wife`, `The RSF said it had not violated`
    end = tokens[phrase.last - 1].end
    after = sentence[end:]
    cut = _AFTER_BREAK.search(after)
    if _OTHER_TIME_AFTER.search(after[: cut.start()] if cut else after):
        return None  # `had not won the cup since 1908`: a drought, not a denial
    if _PACE_AFTER.search(after[: cut.start()] if cut else after):
        return None  # `did not become world chess champion overnight`: it took longer
    if _OTHER_THINGS_AFTER.match(after):
        return None  # `has not recalled its crunchy range`: the act on another of its things
    if _ANY_THERE_AFTER.match(after):
        return None  # `did not detect any plumes over the north pole`: none there
    if _PARTLY_AFTER.search(after[: cut.start()] if cut else after) or any(
        _raw(sentence, t.start, t.end) in _WHOLE for t in tokens[phrase.first : phrase.last]
    ):
        return None  # `did not attend the summit in person`: it may have, another way
    if sentence.rstrip(" \"'”’").endswith("?"):
        return None  # a question asserts nothing
    if _left_open(sentence[: negator.start]):
        return None  # `He said: "We had never met.`: a quote with no clear end is quoted too
    return None if doc.in_quotes(mention.index, negator.start, negator.end) else rule


NEGATOR_RULE = "what.negator-before-phrase"
ABILITY_RULE = "what.denied-ability"
"""`was not able to attend`, `did not manage to arrive`: a past inability or failed attempt."""
COULD_RULE = "what.could-not-in-past"
"""`could not attend the summit because his train was delayed`: `could not` set in the past."""
_PAST_BE = frozenset(("was", "were"))
_PERFECT = frozenset(("has", "have", "had"))
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|claimed|claims|insisted|insists|stated|states|reported"
    r"|reports|announced|announces|added|adds|according|suggested|suggests|believed|believes"
    r"|thought|thinks|feared|fears|warned|warns)\b",
    re.I,
)
"""Reporting verbs before a denial told through another predicate: someone's account, in which
`could not attend` may be a plan (`said he could not attend`)."""


_DISPUTED = re.compile(
    r"\b(?:claimed|claims|claim|alleged|alleges|allege|allegedly|insisted|insists|insist"
    r"|suggested|suggests|speculated|rumou?red|maintained|maintains|contended|contends"
    r"|accused|accuses)\b",
    re.I,
)
"""Before a denial: verbs by which the article keeps an account at a distance (`Critics claimed
Vale had not arrived`): a disputed claim, not the article's own denial."""


_ATTRIBUTIVE_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an|his|her|their|its)\s+$", re.I)
"""Right before `alleged`: a determiner, so that `alleged` describes the noun after it (`The
alleged slasher`), a name for the subject, and keeps no account at a distance."""


def _disputed_before(sentence: str, end: int) -> bool:
    """Whether a verb of a disputed account stands before ``end``; `alleged` after a determiner
    (`The alleged slasher, Rodolfo Lopez, has not surrendered`) names the subject and is not one."""
    for match in _DISPUTED.finditer(sentence, 0, end):
        if match.group().lower() == "alleged" and _ATTRIBUTIVE_BEFORE.search(
            sentence, 0, match.start()
        ):
            continue
        return True
    return False


_DENIALS = frozenset(("denied", "denies", "deny", "denying"))
"""A denial standing between the `who` and the phrase, or one the `who` says of itself (`said
it had not`, ``_reported_of_self``): the `who`'s own account of its act, which an
article reports whatever it holds true (`Smith, who denied murdering his wife, was found
guilty`), not the article's denial."""


_SAID_OF_SELF = re.compile(
    r"\s+(?:said|says|(?:told|tells)\s+(?:the\s+)?\w+|stated|states|added|adds)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:it|he|she|they)\s+(?:\w+\s+){0,2}$",
    re.I,
)
"""From the `who` to a negator: a verb of saying and a pronoun (`The RSF said it had not`)."""


def _reported_of_self(mention: Mention, sentence: str, k: int, tokens: list[Token]) -> bool:
    """Whether the `who`, named right before, says the negated act of itself (`The RSF said it
    had not violated the ceasefire`): its own account."""
    who = mention.who
    return (
        who is not None
        and who.end <= tokens[k].start
        and _SAID_OF_SELF.fullmatch(sentence, who.end, tokens[k].start) is not None
    )


def _raw_before(sentence: str, tokens: list[Token], k: int) -> str:
    return _raw(sentence, tokens[k - 1].start, tokens[k - 1].end) if k > 0 else ""


def _denied_ability(raw: str, aux: str, between: list[str]) -> bool:
    """Whether the words between the negator ``raw`` (after ``aux``) and the phrase deny a past
    ability or attempt: `was not able to`, `had not been able to`, `did not manage to`, `never
    managed to`; not the present (`is not able to`, `does not manage to`)."""
    other = [w for w in between if w not in TRANSPARENT]
    if len(other) != 1 or between[-1:] != ["to"] or between.index(other[0]) != len(between) - 2:
        return False  # the other predicate right before `to` and the phrase
    word = other[0]
    if raw.endswith("n't"):
        aux, raw = raw[:-3], "not"
    if word == "able":
        return raw in ("not", "never") and (
            aux in _PAST_BE or (aux in _PERFECT and "been" in between)
        )
    if word == "manage":
        return raw == "not" and aux == "did"
    if word == "managed":
        return (raw == "never" and aux not in _PERFECT | {"would", "could"}) or (
            raw == "not" and aux in _PERFECT
        )
    return False


def _could_not(raw: str, words_before: list[str], between: list[str]) -> bool:
    """Whether the negator is `could not`/`couldn't` right on the phrase's verb (only
    transparent words between, not `have`: `could not have arrived` is a guess)."""
    if not (raw == "couldn't" or (raw == "not" and words_before[-1:] == ["could"])):
        return False
    return not any(w in ("have", "been", "having") for w in between)


_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|without|even|otherwise|only|ever|than|would|will|may|might|"
    r"next|tomorrow|future|hope|hopes|hoped|so)\b|['’]ll\b|\?",
    re.I,
)
"""Anywhere in a sentence with `could not`: it may be a condition, a guess or a plan."""
_REASON = re.compile(r"\b(?:because|after)\b(?!\s+of\b)(?P<clause>[^,;:()—–]*)", re.I)
_PRESENT_OR_MODAL = frozenset(
    "is are am 's be can could may might must should shall will would does do".split()
)
_PAST_FINITE = frozenset(
    """was were had did fell became went came left took broke ran got lost caught made gave
    found felt kept saw""".split()
)
_ED = re.compile(r"[a-z]{3,}ed")


def _set_in_past(reading: Reading, index: int, end: int) -> bool:
    """Whether sentence ``index`` sets a `could not` on the phrase ending at ``end`` in the
    past: nothing of a condition, a guess or a plan in it, and after the phrase a reason or an
    `after` clause in the past tense (`because his train was delayed`, `after he fell ill`),
    or a date before the publication day (`yesterday`, `on September 13, 2023`)."""
    sentence = reading.document.sentences[index].text
    if _HYPOTHETICAL.search(sentence):
        return False
    for m in _REASON.finditer(sentence, end):
        words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", m["clause"])]
        if any(w in _PRESENT_OR_MODAL for w in words):
            continue
        if any(w in _PAST_FINITE or _ED.fullmatch(w) for w in words):
            return True
    anchor = reading.document.anchor
    if anchor is None:
        return False
    for date in reading.document.dates(index):
        if date.year is None or not re.search(r"\d|yesterday|last", date.text, re.I):
            continue
        day = datetime.date(date.year, date.month or 12, date.day or 28)
        if date.precision == "day" and day < anchor and not date.slack:
            return True
        if date.precision == "year" and date.year < anchor.year:
            return True
    return False


POSSIBLE = frozenset("would could might may can should must ought".split())
"""Modals that make the phrase a possibility, not what happened (`could win the title again
next year`); `will`, `shall` and a plan (`is due to arrive`) still state the event's date."""
FORECAST = frozenset("expected likely forecast predicted".split())
"""Words of a forecast on the phrase's verb (`is expected to make landfall in Vietnam`)."""
WISHES = frozenset(
    """hope hopes hoped hoping want wants wanted wanting wish wishes wished wishing aim aims
    aimed aiming dream dreams dreamed dreamt threaten threatens threatened threatening vow vows
    vowed vowing pledge pledges pledged pledging promise promises promised promising""".split()
)
"""Words of a wish, an aim, a threat or a promise on the phrase's verb (`hopes to win an Oscar
in 2017`, `wanted to resign on Monday`, `threatened to leave El Fasher on Thursday`): what is
wanted or promised, not done."""


def possible(mention: Mention, reading: Reading) -> bool:
    """Whether a possibility modal stands on the phrase's own verb (`could win`, `might have
    arrived`, `would then make landfall`), or a denied prediction (`will not close its plant in
    Sunderland`): its date and place are a guess, or what will not happen, not the event's."""
    phrase = mention.phrase
    assert phrase is not None
    key = ("possible", mention.index, phrase.first)  # the `when` and `where` checks both ask
    known = reading.memo.get(key)
    if known is None:
        reading.memo[key] = known = (
            _possible(reading, mention.index, phrase.first)
            or _possible_after_noun(reading, mention.index, phrase.first, phrase.last)
            or _denial_within(reading, mention.index, phrase.first, phrase.last)
        )
    return known is True


UNDONE = frozenset(
    """planned proposed threatened possible potential rumoured rumored mooted intended
    impending looming pending promised feared imminent touted""".split()
)
"""Right before a noun of the act: words of an act not done, or not yet (`Halvorsen's planned
resignation on Monday`, `the threatened closure of its bakery`): its date and place are a
plan's or a fear's."""


def _noun_opens(sentence: str, token: Token) -> bool:
    """Whether the phrase's first word is no verb form (`resignation`, `closure`, not
    `resigned`, `closing`)."""
    raw = sentence[token.start : token.end].lower()
    return raw not in PAST_FORMS and not raw.endswith(("ed", "ing"))


_QUIET = frozenset(("then", "also", "now", "still", "soon"))
_DETERMINERS = frozenset("the a an its his her their".split())
"""Before a noun of the act (`the resignation`, `her resignation`)."""


def _modal(raw: str) -> bool | None:
    """True for a word of possibility, forecast or wish, or of an act that nearly happened (`had
    almost died`), None for one that may stand before it."""
    if raw in POSSIBLE or raw in FORECAST or raw in _NEARLY or raw in WISHES or raw == "cannot":
        return True
    if raw.endswith("n't") and raw[:-3] in POSSIBLE:
        return True
    if raw in TRANSPARENT or raw in _QUIET:
        return None
    return False


_NEARLY = frozenset(("almost", "nearly"))
_FORECAST_ON = (
    r"\b(?:expected|expect|expects|forecast|forecasts|predicted|predict|predicts|urged|urge"
    r"|urges|asked|ask|asks|wanted|want|wants|pressed|called\s+on|calling\s+on)\s+"
    r"(?:[\w'’-]+\s+){1,6}to\s+"
)
_FORECAST_ON_OBJECT = re.compile(_FORECAST_ON + "$", re.I)
"""Before the phrase: a forecast or a wish on another's act (`Analysts had expected the bank to
raise rates`, `Hale urged the bank to cut rates`): what was expected or wanted, not done."""
_FORECAST_ON_OBJECT_NOUN = re.compile(
    _FORECAST_ON + r"[a-z]+\s+(?:its|their|his|her|the)\s+$", re.I
)
"""Before a phrase that is a noun: the object of the expected or wanted act (`Analysts had
expected Norvik to report its fiscal 2027 results on May 11`): what was expected, not done."""


_PAST_PLAN = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|still)\s+)?"
    r"(?:due|scheduled|slated|set|supposed|meant)"
    r"|had\s+(?:(?:originally|initially|first)\s+)?(?:planned|intended))\s+to\s+$",
    re.I,
)
"""Right before the phrase: a plan told in the past (`Diallo was due to arrive in Porto on
Wednesday`, `were scheduled to land`, `had been due to land`): what was to happen then, not what
happened; its date and place are the plan's (a plan told in the present, `is due to arrive`, or
one still standing, `has been scheduled to arrive`, states a coming event). So is an intent in the
pluperfect (`had planned to disclose the breach on March 26`, `had intended to`); `planned to`,
which may have been carried out, is judged as before."""


def _possible(reading: Reading, index: int, first: int) -> bool:
    sentence = reading.document.sentences[index].text
    tokens = reading.document.tokens[index]
    start = tokens[first].start
    if _FORECAST_ON_OBJECT.search(sentence, max(0, start - 80), start):
        return True
    if _FORECAST_ON_OBJECT_NOUN.search(sentence, max(0, start - 100), start):
        return True  # `had expected Norvik to report its fiscal 2027 results`
    if _PAST_PLAN.search(sentence, max(0, start - 60), start):
        return True
    for k in range(first - 1, max(0, first - SCOPE) - 1, -1):
        raw = _raw(sentence, tokens[k].start, tokens[k].end)
        if k == first - 1 and raw in _DETERMINERS:
            continue  # `forecast the evacuation`: the forecast is on the noun of the act
        if k == first - 1 and raw in UNDONE and _noun_opens(sentence, tokens[first]):
            return True  # `Halvorsen's planned resignation on Monday`: not done (yet)
        if k == first - 1 and _denied_prediction(raw, sentence, tokens, k):
            return True  # `will not close its plant in Sunderland`: a plan denied there
        found = _modal(raw)
        if found is not None:
            return found
    return False


def _denial_within(reading: Reading, index: int, first: int, last: int) -> bool:
    """Whether a denied prediction stands inside the phrase (`will not close` matching the
    phrase `will close`)."""
    sentence = reading.document.sentences[index].text
    tokens = reading.document.tokens[index]
    return any(
        _denied_prediction(_raw(sentence, tokens[k].start, tokens[k].end), sentence, tokens, k)
        for k in range(first + 1, last)
    )


_PREDICTING = frozenset(("will", "shall", "wo", "sha"))
"""Before `not`/`never` (`wo` and `sha` as `won't` and `shan't` are split)."""


def _denied_prediction(raw: str, sentence: str, tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` denies a prediction (`will not close`, `won't close`, `shall
    never`): what will not happen there or then states no place or date of the act the fact
    tells."""
    if raw in ("won't", "shan't"):
        return True
    if raw not in ("not", "never", "n't") or k == 0:
        return False
    return _raw(sentence, tokens[k - 1].start, tokens[k - 1].end) in _PREDICTING


_BRINGING_ABOUT = frozenset(
    map(
        normalize_word,
        "forced prompted triggered caused sparked ordered announced launched".split(),
    )
)
"""Verbs whose object, a noun of the act, happens when they do (`The fire forced the
evacuation of 8,000 residents on Friday`): the date and place after it are the act's."""
_VERB_END = re.compile(r"[a-z]{3,}(?:ed|es|s)|for")


_NOUN_OPENERS = frozenset("the its his her their".split())


def _object_of_another_act(sentence: str, tokens: list[Token], first: int) -> bool:
    """Whether the noun of the act at ``first`` (after `the` or an owner) is the object of a
    verb that does not bring it about (`Brandvik welcomed Halvorsen's resignation on Monday`,
    `Officials lifted the evacuation`, `called for the resignation`): a date or place after
    it may be the other verb's."""
    noun = _raw(sentence, tokens[first].start, tokens[first].end)
    if noun.endswith(("ing", "ed")) or noun in PAST_FORMS:
        return False  # `held the meeting in New York`: a noun of an event, or a verb form
    k = first - 1
    opener = _raw(sentence, tokens[k].start, tokens[k].end)
    if opener in _NOUN_OPENERS:
        k -= 1
    elif not opener.endswith(("'s", "'")):
        return False  # `a crowd of 14,200`: only `the`, a possessive pronoun or an owner
    else:
        k -= 1  # the owner (`Halvorsen's`, `the minister's`), then the rest of its name
        while k >= 0 and sentence[tokens[k].start : tokens[k].start + 1].isupper():
            k -= 1
        if k >= 0 and _raw(sentence, tokens[k].start, tokens[k].end) in _NOUN_OPENERS:
            k -= 1
    if k < 0:
        return False
    raw = _raw(sentence, tokens[k].start, tokens[k].end)
    if raw in _DETERMINERS or normalize_word(raw) in _BRINGING_ABOUT:
        return False
    return raw in PAST_FORMS or _VERB_END.fullmatch(raw) is not None


_FREE_AFTER = frozenset(
    """on in at of near from after before during with by for to into and or but as was is were
    are has had have will would could may might must should can late early last this that
    which who whose when while then yesterday today tonight overnight itself""".split()
)
"""Words that may follow a noun of the act without being a noun it modifies."""


def compound_head_after(sentence: str, tokens: list[Token], last: int) -> bool:
    """Whether a lower-case noun stands right after the phrase's noun of the act, as the head
    it modifies (`Halvorsen's resignation letter on Monday`): the date is the letter's. Not a
    function word, a verb form or a capitalised word (`the evacuation Friday`)."""
    if last >= len(tokens) or not sentence[tokens[last - 1].end : tokens[last].start].isspace():
        return False
    raw = _raw(sentence, tokens[last].start, tokens[last].end)
    if not raw.isalpha() or not raw.islower() or raw in _FREE_AFTER or raw in PAST_FORMS:
        return False
    return not raw.endswith(("ed", "s", "ly"))


def _possible_after_noun(reading: Reading, index: int, first: int, last: int) -> bool:
    """Whether the phrase opens with a noun of the act (after a determiner or an owner: `the
    resignation`, `Halvorsen's resignation`) that is the subject of a modal right after the
    phrase (`Halvorsen's resignation could come on Monday`, `... is expected on Monday`)."""
    sentence = reading.document.sentences[index].text
    tokens = reading.document.tokens[index]
    if first == 0:
        return False
    before = _raw(sentence, tokens[first - 1].start, tokens[first - 1].end)
    if before not in _DETERMINERS and not before.endswith(("'s", "'")):
        return False
    if _object_of_another_act(sentence, tokens, first):
        return True
    noun = _raw(sentence, tokens[first].start, tokens[first].end)
    if (
        last == first + 1
        and before not in ("a", "an")  # `a drama film`: a description, not an act
        and not noun.endswith(("ing", "ed"))
        and compound_head_after(sentence, tokens, last)
    ):
        return True  # `Halvorsen's resignation letter on Monday`: the letter's date
    for k in range(last, min(len(tokens), last + SCOPE)):
        found = _modal(_raw(sentence, tokens[k].start, tokens[k].end))
        if found is not None:
            return found
    return False


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    phrase = mention.phrase
    if phrase is None:
        return None
    doc = reading.document
    sentence = doc.sentences[mention.index].text
    tokens = doc.tokens[mention.index]
    start = max(0, phrase.first - SCOPE)
    if mention.who is not None and mention.who.last <= phrase.first:
        start = max(start, mention.who.last)
    span = (tokens[phrase.first].start, tokens[phrase.last - 1].end)
    negator = None
    rule = NEGATOR_RULE
    phrase_start = tokens[phrase.first].start
    for k in range(phrase.first - 1, start - 1, -1):
        token = tokens[k]
        raw = sentence[token.start : token.end].lower().replace("’", "'")
        if not _CLAUSE_BREAKS.isdisjoint(sentence[token.end : phrase_start]) or raw in CLAUSE_WORDS:
            break
        yet_to = raw == "yet" and tokens[k + 1].norm == "to"  # `has yet to arrive`
        if raw in NEGATORS or raw.endswith("n't") or raw == "cannot" or yet_to:
            asserted = _asserted(mention, reading, k)
            if asserted is None:
                return None
            negator, rule = token, asserted
            break
    if negator is None:
        inside, negator = _negator_inside(mention, reading)
        if inside and negator is None:
            return None  # `If seven miners were not pulled out`: not asserted
    if negator is None:
        return SlotResult(
            SLOT,
            CONFIRMED,
            fact.expected(SLOT),
            sentence[span[0] : span[1]],
            doc.evidence(mention.index, marks=[span]),
            rule="what.phrase",
        )
    if (
        _NOT_THERE_BUT.match(sentence, span[1])
        or _COMPLEMENT_DENIED.match(sentence, span[1])
        or (_INTO.match(sentence, span[1]) and sentence[: span[1]].endswith(("ed", "en", "born")))
        or other_matter(fact, mention, reading)
        or _denied_elsewhere(fact, mention, reading, span[1])
        or _REASON_DENIED.match(sentence, span[1])
        or _FOR_A_GROUP.match(sentence, span[1])
        or _IN_A_MANNER.match(sentence, span[1])
    ):
        return None  # `She was not born into a musical family`: the complement is denied
    within = negator.start > span[0]
    found = sentence[min(negator.start, span[0]) : span[1]]
    marks = [span] if within else [(negator.start, negator.end), span]
    return SlotResult(
        SLOT,
        CONTRADICTED,
        fact.expected(SLOT),
        found,
        doc.evidence(mention.index, marks=marks),
        "negated",
        "what.negator-inside-phrase" if within else rule,
    )


_PLACE_COMPLEMENT = re.compile(
    r"\s+(?:at|in|near)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _denied_elsewhere(fact: Fact, mention: Mention, reading: Reading, end: int) -> bool:
    """Whether the denied phrase goes on with a name after `at`, `in` or `near` that is not
    the fact's `where`, nor a place holding it or lying in it (`The Quiet Shore did not premiere
    at Cannes`, for a premiere in Venice, Cannes being no place the checker knows): the place
    is denied, not the act. A place it knows is left to the reading of a denial at another
    place (no mention); the fact's own place is judged (`did not premiere in Venice`), and so
    is any denial of a fact with no `where`."""
    if fact.where is None:
        return False  # `Rovers didn't win the cup at Wembley`: no place to set it against
    sentence = reading.sentence_text(mention.index)
    found = _PLACE_COMPLEMENT.match(sentence, end)
    if found is None or found.group(1).split()[0].lower() in DATE_NAMES:
        return False
    at = found.start(1)
    if any(p.start <= at < p.end for p in reading.slot_places(mention.index)):
        return False  # a place the checker knows: the denial at another place is read as such
    named = found.group(1).lower()
    own = reading.compiled.own_place_names(fact.where)
    return not any(named == n or named.startswith(n + " ") for n in own)


_REASON_DENIED = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?because\b[^;:]*?\bbut\s+(?:rather\s+)?(?:because|due\s+to)\b",
    re.I,
)
"""After a denied phrase: `because` and one reason, then `but because` and another (`did not
fall from scaffolding because he slipped, the inquest heard, but because a board gave way`):
the first reason is denied, the act happened. `did not fall because the board held`, with no
second reason, may deny the act and is judged."""
_FOR_A_GROUP = re.compile(
    r"\s+for\s+(?:use\s+(?:in|by)\s+)?(?:people|patients|children|adults|teenagers|women|men"
    r"|those|anyone|babies)\s+(?:who|with|under|over|aged|younger|older)\b",
    re.I,
)
"""Right after a denied phrase: `for` and a group of people set apart by a trait (`has not yet
approved Velmitab for people who have had a stroke`, `for children under 12`): the act is
denied for that group, which the fact does not tell of; `for patients in the UK` (a place, no
trait) is judged."""
_IN_A_MANNER = re.compile(
    r"\s+in\s+(?!(?:it|them|him|her|his|its|their|my|our|your|this|that|these|those|which"
    r"|what|any|all|each|both|either|neither|some|every|there|the|one|two|three)\b)"
    r"[a-z][a-z-]*(?![\w'’-])(?!\s+(?:of|to)\b)"
)
"""Right after a denied phrase: `in` and a bare lower-case noun, with no determiner, owner or
number (`did not stab Liam Brooke in self-defence`, `in anger`, `was not jailed in absentia`):
a manner, state or setting the denial may be about, not the act itself. A place's or a month's
name (`in Bradford`, `in August`), a year, `the`, an owner or a pronoun (`in it`, `in the
street`), and a noun going on with `of` or `to` (`in front of`, `in addition to`) are judged."""
_COMPLEMENT_DENIED = re.compile(
    r"\s+(?:(?:without|like|over)\b|in\s+an?\s+[a-z]|from\s+an?\s+[a-z])",
    re.I,
)
"""Right after a denied phrase: a complement of manner, kind, matter or source that the denial
may be about (`did not die in a car crash`, `did not vote to strike over pensions`, `did not break
out from a lightning strike`), not the act itself. Not a purpose or a cause (`has yet to arrive
in Russia for talks`, `did not arrive because of fog`): the act is denied."""


def denied_there_but(mention: Mention, reading: Reading) -> bool:
    """Whether a negator stands right before the phrase (past auxiliaries) and a complement
    then `but` and another follow it (``_NOT_THERE_BUT``: `did not sink near Naxos but off
    Paros`): the first complement's place or date is denied, the act's is the second."""
    phrase = mention.phrase
    assert phrase is not None
    doc = reading.document
    tokens = doc.tokens[mention.index]
    sentence = doc.sentences[mention.index].text
    if not _NOT_THERE_BUT.match(sentence, tokens[phrase.last - 1].end):
        return False
    k = phrase.first - 1
    while k >= 0 and tokens[k].norm in _AUXILIARIES:
        k -= 1
    raw = sentence[tokens[k].start : tokens[k].end].lower() if k >= 0 else ""
    inside = any(t.norm in ("not", "never") for t in tokens[phrase.first : phrase.last])
    return inside or raw in NEGATORS or raw.endswith("n't")


_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|An|A)\s+(?:[a-z][\w-]*\s+){0,2}$")
_INDEFINITE_OBJECT = re.compile(r"\s+(?:a|an|another)\s+([a-z][\w-]*)", re.I)
_SET_APART = frozenset(
    map(normalize_word, "rival other another separate different second new".split())
)


def _dated_another_year(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the mention's sentence holds a date of another year than the fact's `when` (or,
    for a fact with none, than the article's)."""
    anchor = reading.document.anchor
    year = fact.when.year if fact.when is not None else anchor.year if anchor else None
    return any(d.year is not None and d.year != year for d in reading.document.dates(mention.index))


_CAPITALISED_OBJECT = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’-]*)")


def _unknown_object(index: int, end: int, reading: Reading) -> bool:
    """Whether a capitalised word that no name of the story or gazetteer holds, and no date's
    word, stands right after character ``end`` of sentence ``index`` (``other_matter``)."""
    found = _CAPITALISED_OBJECT.match(reading.sentence_text(index), end)
    if found is None or found.group(1).lower().rstrip("'’s") in DATE_NAMES:
        return False
    at = found.start(1)
    spans = (*reading.entities[index], *reading.slot_places(index))
    return not any(s.start <= at < s.end for s in spans)


_OWNS_AFTER = re.compile(r"['’]s\s+[a-z]")
"""The phrase's last word with its possessive (a token keeps its `'s`) and a noun it owns."""
_OWN_POSSESSIVE = re.compile(r"['’]s$")
"""A phrasing whose last word the fact itself writes with a possessive: a house or shop named
so (`sold at Calloway's`), whose `'s` in the article is the name's, not an owner's."""
_OWNED_OF = re.compile(r"\s+of\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+([a-z][a-z-]+)")
_CHARGE = re.compile(r"\s+of\s+([a-z][a-z-]+)")
_NOT_A_CHARGE = frozenset("the a an his her their its this that these those".split())


_AS_CAPACITY = re.compile(
    r"\s+as\s+(?:(?:a|an|the|his|her|their|its)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)
_NOT_A_CAPACITY = frozenset("well soon usual such if though part much many long far good".split())


def _another_capacity(fact: Fact, sentence: str, end: int, reading: Reading) -> bool:
    """Whether `as` and a role in lower case follow the phrase, whose words the names of the
    fact's `who` do not hold (`did not resign as a member of parliament`, `resigned as party
    leader in 2019`, for a prime minister's resignation): the act in another capacity, with
    its own date. The role the names hold is judged (`did not resign as prime minister`, for
    `Prime Minister Haruto Sakai`); `as expected`, `as well` are no role."""
    found = _AS_CAPACITY.match(sentence, end)
    if found is None:
        return False
    role = found.group(1).split()
    head = role[0]
    if head in _NOT_A_CAPACITY or head.endswith(("ed", "ly")):
        return False
    named = {
        normalize_word(w)
        for ref in fact.who
        for name in reading.story.entities[ref].names
        for w in name.split()
    }
    return not {normalize_word(w) for w in role if w != "of"} <= named


def denied(mention: Mention, reading: Reading) -> bool:
    """Whether a negator stands on the phrase, only words that may stand between a negator and
    a verb between them (``TRANSPARENT``: `had not resigned`, `has never been`), whether or not
    the article asserts the denial (`Aides insisted Sakai had not resigned on Monday`): the
    date and place of a denied act are denied, not told, so they never clash."""
    phrase = mention.phrase
    if phrase is None or phrase.first == 0:
        return False
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    for k in range(phrase.first - 1, max(-1, phrase.first - 1 - SCOPE), -1):
        raw = _raw(sentence, tokens[k].start, tokens[k].end)
        if raw in NEGATORS or raw.endswith(("n't", "n’t")) or raw == "cannot":
            return True
        if raw not in TRANSPARENT or any(
            c in _CLAUSE_BREAKS for c in sentence[tokens[k].end : tokens[k + 1].start]
        ):
            return False
    return False


def another_capacity(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """``_another_capacity`` after the mention's phrase, whatever its length (`served 18 months
    in office as finance minister`, for a prime minister's months in office)."""
    assert mention.phrase is not None
    end = reading.document.tokens[mention.index][mention.phrase.last - 1].end
    return _another_capacity(fact, reading.sentence_text(mention.index), end, reading)


def other_matter(fact: Fact, mention: Mention, reading: Reading) -> bool:
    """Whether the phrase is followed by a thing it is done to or about that is not the
    fact's: the verb's act on another thing, whose date and place are its own, and whose
    denial denies nothing of the fact.

    * After a one-word phrasing (`won`, `approved`): `a`, `an` or `another` and a noun that a
      longer phrasing of the fact with the same verb does not name (`Holt won a raffle in 1998`
      beside `won the jackpot`), or a word that sets the thing apart (`did not approve a rival
      drug`). `won a jackpot` is judged.
    * `of` and a lower-case word no phrasing or name of the story holds (`was convicted of theft
      in 2009`, `was not convicted of money laundering`, in a story whose charge is fraud); not
      `of` and a determiner (`pulled out of the mine`).
    * After a one-word phrasing: a capitalised name the story does not know, as entity or
      place, nor the world gazetteer, nor a date (`The EMA approved Nexor on Wednesday`, `Holt
      won EuroMillions in 2015`): the verb done to another thing, as a known entity after it
      already is. `won Saturday's draw` is judged.
    * The phrase's last word owning a lower-case noun (`opened the new stadium's museum`), unless
      the fact's phrasing writes that possessive itself (`sold at Calloway's in Paris`: the
      house's name), or
      `of`, a name's possessive and a noun no phrasing or name of the story holds (`appointed
      chief executive of Halden's truck unit in 2022`): the act on that other thing.
    * After a one-word phrasing: `as` and a role the fact's `who` is not named by (`did not
      resign as a member of parliament`): the act in another capacity (``_another_capacity``).
    * A noun of the act after `a` or `an` and at most two lower-case words, in a sentence
      dated in another year than the fact's (`In 1902, an eruption of Selva killed 2,000
      people`): an act the reader is told of for the first time, not the story's. A lede that
      tells the story's act so (`An explosion at the Rheinwerk plant killed five workers on
      Wednesday`) is judged; a win had (`secured a win`) is read by its own rule.
    """
    phrase = mention.phrase
    if phrase is None:
        return False
    sentence = reading.sentence_text(mention.index)
    first = reading.document.tokens[mention.index][phrase.first]
    noun = sentence[first.start : first.end]
    act = noun.islower() and noun not in WIN_NOUNS and act_noun(noun)
    if act and _INDEFINITE_BEFORE.search(sentence, 0, first.start):
        return _dated_another_year(fact, mention, reading)
    end = reading.document.tokens[mention.index][phrase.last - 1].end
    if (
        phrase.pattern.elements[-1] != PLACE
        and not _OWN_POSSESSIVE.search(phrase.pattern.text)
        and _OWNS_AFTER.match(sentence, end - 2)
    ):
        return True  # `opened the new stadium's museum`: the act on what it owns
    owned = _OWNED_OF.match(sentence, end)
    if owned is not None and normalize_word(owned.group(1)) not in reading.compiled.vocabulary:
        return True  # `appointed chief executive of Halden's truck unit`
    charge = _CHARGE.match(sentence, end)
    if charge is not None and charge.group(1).lower() not in _NOT_A_CHARGE:
        return normalize_word(charge.group(1)) not in reading.compiled.vocabulary
    if len(phrase.pattern.elements) != 1:
        return False
    if _unknown_object(mention.index, end, reading):
        return True
    if _another_capacity(fact, sentence, end, reading):
        return True  # `did not resign as a member of parliament`: as another role
    found = _INDEFINITE_OBJECT.match(sentence, end)
    if found is None:
        return False
    noun = normalize_word(found.group(1))
    if noun in _SET_APART:
        return True
    verb = phrase.pattern.elements[0]
    longer = [
        p.elements
        for p in reading.compiled.phrases[fact.id]
        if len(p.elements) > 1 and p.elements[0] == verb
    ]
    return bool(longer) and all(noun not in elements for elements in longer)


_PREPOSITION = r"(?:in|at|on|off|near|by|from|to|into|with|for|over|under|outside|inside)"
_NOT_THERE_BUT = re.compile(
    r"\s+"
    + _PREPOSITION
    + r"\b[^,;:.!?]{0,60}?\s+but\s+(?:"
    + _PREPOSITION
    + r"|a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
"""Right after a denied phrase: a complement, then `but` and the one that holds (`did not sink
in the harbour but three miles off the coast`, `did not arrive in Moscow but in
Vladivostok`): the denial is of the complement, the act is told."""
_INTO = re.compile(r"\s+into\b", re.I)
"""Right after a denied phrase: a complement of manner, kind, means or cause, which the denial
is about (`did not die in a car crash`, `did not leave without`), not the act itself; and
`into` after a participle (`was not born into a musical family`; not `has not dropped its
investigation into`, the noun's)."""
_PLAN_ENDS = re.compile(r"\s*(?:[,.;:!?)—–]|$)")
"""Right after a phrase denied after the modal it opens with (`will not be turned into a police
station.`): the end of its clause. Anything else (`on Sundays`, `in Eastbrook`, `for lorries`)
may restrict the denial to a part of the plan."""
_OWN_MODALS = frozenset(
    map(normalize_word, "will would shall should must can could may might".split())
)
"""A phrase's first word that makes the fact a plan or a modal statement (`will be turned into
a police station`, `should continue to take precautions`), after which a negator may stand
between its words as after an auxiliary: the article's denial has the fact's own modality."""
_AUXILIARIES = frozenset(
    map(normalize_word, "is are was were be been has have had do does did".split())
)
"""A phrase's first word after which a negator may stand between its words (`were not pulled
out` for `were pulled out`)."""


def _negator_inside(mention: Mention, reading: Reading) -> tuple[bool, Token | None]:
    """Whether a negator stands right after the phrase's first word, an auxiliary, and right
    before its second (`Seven miners were not pulled out` for `were pulled out`, `was never
    elected mayor`), or after a phrase's noun and an auxiliary, right before its verb (`The
    coach did not overturn` for `coach overturned`), and the negator when it is asserted (None:
    a quotation, a condition, another time, not judged)."""
    phrase = mention.phrase
    assert phrase is not None
    elements = phrase.pattern.elements
    first = phrase.first
    if len(elements) < 2 or first + 2 >= phrase.last:
        return False, None
    tokens = reading.document.tokens[mention.index]
    if tokens[first].norm != elements[0]:
        return False, None
    at = first + 1
    # `will not be turned into` for `will be turned into`, `should not continue to`: a phrase
    # of three words or more, so that a place after its object is read (`will close` alone
    # leaves `the plant in Sunderland` unread, and that plant may be another)
    own_modal = elements[0] in _OWN_MODALS and len(elements) >= 3
    if elements[0] not in _AUXILIARIES and not own_modal:  # `coach did not overturn`
        if first + 3 >= phrase.last or tokens[first + 1].norm not in _AUXILIARIES:
            return False, None
        at = first + 2
    if tokens[at + 1].norm != elements[1]:
        return False, None
    sentence = reading.document.sentences[mention.index].text
    raw = _raw(sentence, tokens[at].start, tokens[at].end)
    if raw not in ("not", "never"):
        return False, None
    if own_modal and not _PLAN_ENDS.match(sentence, tokens[phrase.last - 1].end):
        return True, None  # `will not introduce the charge on Sundays`: a part of the plan denied
    return True, (tokens[at] if _asserted(mention, reading, at, own_modal) else None)
