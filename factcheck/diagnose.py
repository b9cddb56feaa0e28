"""Why a fact was not found in a sentence: the rule of the reading that dropped it.

For `factcheck explain` only. ``Reading.mentions`` keeps no reasons (it must stay fast);
these functions walk the same rules again, for one fact, without touching the reading's
caches, and name the rule that dropped each sentence. Each verdict is checked against
``Reading._subject``: where the two disagree, the reason says so instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.checks import count
from factcheck.facts import Fact
from factcheck.match import (
    Pattern,
    PhraseMatch,
    Span,
    find_phrase,
    normalize_word,
    quote_words,
    spelling_key,
)
from factcheck.reading import (
    _ASIDE,
    _CLAUSE_OPENER,
    _DENYING,
    _REPORTED_THAT,
    _ROLE_APPOSITION,
    _SAID_THAT_COUNT,
    DETERMINERS,
    MAX_WORDS_PER_SENTENCE,
    POSSESSIVES,
    PREPOSITIONS,
    Reading,
    _compared_since,
    _possessive,
    participial_opener,
)

MENTION = "a mention"
"""The reason given when the rules keep the sentence as a mention."""

_COLON = re.compile(":")
"""Between a pronoun and the phrase: a colon opens a clause of its own."""


@dataclass(frozen=True)
class Dropped:
    """A sentence that has the fact's phrase or its `who`, and why it is not a mention."""

    index: int
    line: int
    text: str
    reason: str


def _name(reading: Reading, index: int, span: Span) -> str:
    text = reading.document.sentences[index].text[span.start : span.end]
    return f"{text!r} ({span.ref})"


def _preposition_before(reading: Reading, index: int, span: Span) -> str:
    tokens = reading.document.tokens[index]
    k = span.first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return tokens[k].norm if k >= 0 else ""


def _owned_subject_reason(reading: Reading, index: int, owner: Span) -> str:
    return (
        f"{_name(reading, index, owner)} owns the noun before the phrase, which is its subject "
        "(`The storm's remnants hit`): the owned thing's act"
    )


def _subject_reason(reading: Reading, index: int, match: PhraseMatch, who: frozenset[str]) -> str:
    """MENTION, or the rule that drops ``match``: the steps of ``Reading._subject``."""
    if reading.attempted(index, match):
        return "an attempt (`tried to`, `in a bid to`): the act is not said to be done"
    if reading.retracted(index, match):
        return "what a correction says the text said before: retracted, not stated"
    if reading.counterfactual(index, match):
        return "a condition opening with `Had`, `Should` or `Were`: not said to be done"
    if reading._owned_by_unknown(index, match):
        return (
            "the phrase's noun is owned by a capitalised name the story does not know "
            "(`Hull's win`): that one's act"
        )
    owner = reading._owner_inside(index, match)
    if owner is not None:
        if owner.ref in who:
            return MENTION
        return (
            f"{_name(reading, index, owner)}, after `in`/`of`/`at` inside the phrase, owns it: "
            "another entity"
        )
    aged = reading._named_after_age(index, match)
    if aged is False:
        return "a name after the age is none of the story's: the age is someone else's"
    if aged is not None:
        if aged.ref in who:
            return MENTION
        return (
            f"the name right after the age is {_name(reading, index, aged)}, another entity: "
            "the age is theirs"
        )
    agent = reading.passive_agent(index, match)
    if agent is not None and agent.ref in who:
        if reading.agent_does(index, match, agent, who):
            return MENTION
    else:
        agent = None  # the agent of the fact's who, when the rule below drops it
    same = reading._it_in_sentence(index, match)
    if same is not None:
        if same in who:
            return MENTION
        return (
            f"`it` refers to {same}, the one entity of a non-person kind named before it in "
            "the sentence: another's"
        )
    antecedent = reading._relative_antecedent(index, match)
    if antecedent is None:
        antecedent = reading._which_clause_antecedent(index, match)
    if antecedent is not None:
        if antecedent.ref not in who:
            return (
                f"`which`/`that` follows {_name(reading, index, antecedent)}, another entity: "
                "the clause is theirs"
            )
        if reading._other_object(index, match, who):
            return _other_object_reason(reading, index, match, who)
        return MENTION
    if reading._relative_of_unknown(index, match):
        return (
            "the phrase stands in a `who` clause of a name the story does not know (`Shaw, who "
            "faces 3 counts`): that one's act"
        )
    owner = reading._whose_owner(index, match)
    if owner is not None and owner.ref in who:
        if reading._other_object(index, match, who):
            return _other_object_reason(reading, index, match, who)
        return MENTION
    absolute = reading._with_absolute_subject(index, match)
    if absolute is not None:
        if absolute.ref not in who:
            return (
                f"the `-ing` phrase after `with` is done by {_name(reading, index, absolute)}, "
                "another entity: their act"
            )
        if reading._other_object(index, match, who):
            return _other_object_reason(reading, index, match, who)
        return MENTION
    doc = reading.document
    tokens = doc.tokens[index]
    text = doc.sentences[index].text
    asides = doc.asides(index)
    appositions = reading._appositions(index)
    phrase_start = tokens[match.first].start
    before = [s for s in reading.entities[index] if s.last <= match.first]
    spans = []
    set_aside: list[str] = []
    for s in before:
        prep = _preposition_before(reading, index, s)
        if prep in PREPOSITIONS:
            set_aside.append(f"{_name(reading, index, s)} follows `{prep}`: an object")
        elif _compared_since(tokens, s):
            set_aside.append(f"{_name(reading, index, s)} follows `since` and comes before `to`")
        elif any(a <= s.start < b and not a <= phrase_start < b for a, b in asides):
            set_aside.append(f"{_name(reading, index, s)} stands in an aside")
        elif any(a <= s.start < b and not a <= phrase_start < b for a, b in appositions):
            set_aside.append(f"{_name(reading, index, s)} stands in an apposition")
        else:
            spans.append(s)
    if spans and not reading._past_object_kinds(index, match, spans):
        set_aside += [f"{_name(reading, index, s)} tells a counted object's kind" for s in spans]
        spans = []  # `its order of 30 Boeing jets`: no subject named before the phrase
    owner = reading.owner_before(index, match)
    if owner is not None and owner.ref in who and _possessive(doc, index, owner):
        if reading._owns_the_subject(index, owner, match):
            return _owned_subject_reason(reading, index, owner)
        return MENTION
    owned_by = reading._pronoun_owner(index, match)
    if owned_by is not None:
        if owned_by.ref in who:
            return MENTION
        return (
            f"`his`/`her` before the phrase stands for {_name(reading, index, owned_by)}, the "
            "one person named before it: another's"
        )
    maker = reading.apposed_maker(index, match)
    if maker is not None and maker.ref in who:
        return MENTION
    participle = _participle_reason(reading, index, match, who)
    if participle is not None:
        return participle
    if spans:
        nearest = spans[-1]
        between = _ROLE_APPOSITION.sub(" ", f" {text[nearest.end : tokens[match.first].start]} ")
        if nearest.ref in who and _REPORTED_THAT.fullmatch(between):
            return MENTION  # `NASA announced that nine US companies`: what the name reports
        if nearest.ref in who and _SAID_THAT_COUNT.fullmatch(between):
            return MENTION  # `NHTSA said that 416 motorists died`: the figure the name states
        if nearest.ref in who and reading._group_reports(index, nearest, match):
            return MENTION  # `Paganini and his team reported that they detected`
        if nearest.ref in who and reading.said_of_self(nearest, between):
            return MENTION  # `Castro tells the paper that he fought`
        opener = _CLAUSE_OPENER.search(_ASIDE.sub(" ", between))
        if opener and reading.clause_pronoun(index, match, who) is not None:
            return MENTION  # `Andrew doesn't remember any raping, but he remembers`
        if opener and nearest.ref in who and reading._figure_after_owner(index, match, spans):
            return MENTION  # `The retailer earned $2.8 billion, as revenue rose`
        if opener:
            return (
                f"another clause: `{opener.group().strip()}` stands between "
                f"{_name(reading, index, nearest)} and the phrase, so the phrase has a subject "
                "of its own"
            )
        if reading.reported_person(index, match, nearest, between, who):
            return MENTION  # `Big Machine, says she will be allowed`: she, named before
        if reading._other_subject_between(nearest, between):
            return (
                f"another clause: a subject of its own stands between "
                f"{_name(reading, index, nearest)} and the phrase (a time clause's, or `she`/`he` "
                "reported by a name that is no person's)"
            )
        coordinated = reading._coordinated_subject(index, match, nearest)
        if coordinated is not None:  # `Ashbourne United beat Castleford Town 2-1 to win`
            if coordinated.ref in who and not reading._other_object(index, match, who):
                return MENTION
            return (
                f"the phrase's subject is {_name(reading, index, coordinated)}, the subject of "
                "the verb whose object is named before it: another entity's act"
            )
        if nearest.ref not in who and reading.clause_pronoun(index, match, who) is not None:
            return MENTION  # `Swedish prosecutors decided ... after he was hauled out`
        if nearest.ref not in who:
            if agent is not None:
                return (
                    f"done by {_name(reading, index, agent)} (a passive `by ...`), but on "
                    f"{_name(reading, index, nearest)}, another entity: another event"
                )
            return (
                f"the nearest name before the phrase is {_name(reading, index, nearest)}, "
                "another entity: the phrase is taken as theirs"
            )
        if reading._in_relative_clause_of_another(index, nearest, who):
            earlier = [s for s in reading.entities[index] if s.last <= nearest.first]
            return (
                f"{_name(reading, index, nearest)} stands in a relative clause (`that`/`which`) "
                f"about {_name(reading, index, earlier[-1])}: that entity's event"
            )
        if reading.in_subject_s_relative(index, nearest, match):
            return (
                f"{_name(reading, index, nearest)} stands in a relative clause about the noun "
                "that opens the sentence, and the phrase follows its main verb: that noun's"
            )
        if _possessive(doc, index, nearest) and reading._owns_the_subject(index, nearest, match):
            return _owned_subject_reason(reading, index, nearest)
        if reading.in_since_clause(index, nearest):
            return (
                f"{_name(reading, index, nearest)} stands in a clause after `since ...,`: the "
                "earlier event the sentence compares with"
            )
        if reading.in_place_clause_elsewhere(index, nearest, match, who):
            return (
                f"{_name(reading, index, nearest)} stands in a relative clause (`, where ...,`) "
                "about a place of another country, and a counted noun past it is the phrase's "
                "subject: that country's own"
            )
        if reading._other_object(index, match, who):
            return _other_object_reason(reading, index, match, who)
        return MENTION
    if reading.named_after(index, match, who) is not None:
        return MENTION
    pronoun = reading.carrying_pronoun(index, match)
    other_clause = None
    if pronoun is not None:
        between = text[tokens[pronoun].end : phrase_start]
        other_clause = _CLAUSE_OPENER.search(_ASIDE.sub(" ", f" {between} ")) or _COLON.search(
            between
        )
    refers = (pronoun is not None and other_clause is None) or match.first == 0
    carried = reading.carried_from_before(index, pronoun if other_clause is None else None, who)
    if refers and carried:
        return MENTION
    if (
        pronoun is not None
        and other_clause is None
        and reading.carried_past_one(index, pronoun, who)
    ):
        return MENTION  # `he` past a sentence that names no one
    if (
        pronoun is not None
        and other_clause is None
        and reading._opening_referent(index, pronoun) in who
    ):
        return MENTION  # `She also starred in ...`, opening a text that declares the story
    described = reading._described(index, match)
    if described is not None:
        if described in who:
            return MENTION
        return (
            f"`the ...-year-old` refers back to {described}, the one person named before it: "
            "another's"
        )
    group = reading._group_subject(index, match, who)
    if group is not None:
        if group in who:
            return MENTION
        return (
            f"`the researchers` or `they` stands for the group that {group} leads or is, "
            "named before it: another's"
        )
    if (
        reading.entities[index]
        and reading._named_only_as_source(index, match)
        and reading._implied_event(index, match, who)
    ):
        return MENTION  # `..., killing 47 people, the civil defence institute said`
    lede = reading.lede_person(index, match)
    if lede is not None:
        if lede in who:
            return MENTION
        return (
            f"the opening sentence's description is {lede}, the person the next sentence "
            "names: another's"
        )
    if reading.entities[index] and not (
        reading._named_only_as_source(index, match)
        and reading._source_doer(index, match, who) is not None
    ):
        referred = reading.referred_past_phrase_names(index, match, who)
        if referred is not None:  # `the beauty brand took a stake in Jenner's company`
            if referred in who:
                return MENTION
            return (
                f"`the ...` refers to {referred}, the last entity of its kind named before; "
                "the names of the sentence are the phrase's own words: another's act"
            )
    if set_aside:
        return "no subject: " + "; ".join(set_aside)
    aside = match.aside
    if aside is not None and any(
        s.ref in who and aside[0] <= s.first < aside[1] for s in reading.entities[index]
    ):
        return (
            "the `who` is named only in the aside the phrase runs across (`, including ...,`, "
            "between dashes or brackets): an aside holds no subject"
        )
    if not reading.entities[index]:
        act = reading._act_before(index, match, who)
        if act is not None:
            if act:
                return MENTION
            return (
                "`The ...` opens the sentence with a noun of the act, which someone else does "
                "in the sentence before"
            )
        referred = reading._referred(index, match)
        if referred is not None:
            if referred in who:
                return MENTION
            return f"`the ...`/`it` refers to {referred}, the last entity of its kind: another's"
        if reading._implied_event(index, match, who):
            return MENTION
    if other_clause is not None:
        return (
            f"the pronoun stands in another clause (`{other_clause.group().strip()}` between it "
            "and the phrase)"
        )
    description = reading._description(index, match)
    if description is not None:
        persons = reading.persons_before(index, description[0])
        named = ", ".join(persons) if persons else "none"
        return (
            "`the ...-year-old` refers back only when exactly one person is named before it "
            f"(here: {named}), with any noun after it a word of that person's names"
        )
    later = [s for s in reading.entities[index] if s.ref in who and s.first >= match.last]
    if later:
        return (
            f"{_name(reading, index, later[0])} is named after the phrase in another clause "
            "(past `when`, `which`, `;`, `than`, `, and 14` ...): not its subject"
        )
    if pronoun is None and any(t.norm in POSSESSIVES for t in tokens[: match.first]):
        return (
            "the possessive before the phrase owns its subject (`Her mother died`): the noun, "
            "not its owner, does the act"
        )
    if pronoun is not None:
        return (
            "no name before the phrase, and the sentence before does not name the `who` "
            "a pronoun here could refer to"
        )
    return (
        "no name of the `who` in the sentence, no `he`/`she` referring to the sentence before, "
        "and no event of the story implied (an entity of `kind: event`, in a sentence naming "
        "no one and no other event, with no other thing as its indefinite subject or its "
        "agent: `A 4.9 aftershock struck`, `killed by an aftershock`)"
    )


def _other_object_reason(
    reading: Reading, index: int, match: PhraseMatch, who: frozenset[str]
) -> str:
    """Why ``Reading._other_object`` drops the phrase: the entity it acts on, or its agent."""
    agent = reading.passive_agent(index, match)
    acted_on = reading.object_after(index, match)
    if acted_on is not None and (agent is None or agent.ref in who):
        name = _name(reading, index, acted_on)
        return f"the phrase acts on {name}, another entity: another event"
    by = f" {_name(reading, index, agent)}" if agent is not None else ""
    return f"done by{by} (a passive `by ...`), another entity: another event"


def _participle_reason(
    reading: Reading, index: int, match: PhraseMatch, who: frozenset[str]
) -> str | None:
    """MENTION, or the rule that drops a phrase opening a participial clause (`while
    harvesting`, `, crossing`), whose subject is the main clause's: the steps of
    ``Reading._participle_subject``. None when the phrase opens no such clause, or its main
    clause names no subject (the other steps then decide)."""
    doc = reading.document
    text = doc.sentences[index].text
    opened = participial_opener(text, doc.tokens[index], match.first)
    if opened is None:
        return None
    end, norm = opened
    if norm == _DENYING:
        return "`without` right before the phrase denies it: not said to be done"
    subject = reading.main_subject(index, end, norm)
    if subject is None:
        return None
    opener = "a comma" if norm == "," else f"`{text[end : doc.tokens[index][match.first - 1].end]}`"
    clause = (
        f"the phrase opens a participial clause (after {opener}), whose subject is the main "
        "clause's"
    )
    if subject.ref not in who:
        return f"{clause}: {_name(reading, index, subject)}, another entity"
    if _possessive(doc, index, subject):
        return f"{clause}: the one {_name(reading, index, subject)} owns, another"
    if reading._in_relative_clause_of_another(index, subject, who):
        earlier = [s for s in reading.entities[index] if s.last <= subject.first]
        return (
            f"{clause}, {_name(reading, index, subject)}, which stands in a relative clause "
            f"(`that`/`which`) about {_name(reading, index, earlier[-1])}: that entity's event"
        )
    if reading._other_object(index, match, who):
        return _other_object_reason(reading, index, match, who)
    return MENTION


def _checked_reason(reading: Reading, index: int, match: PhraseMatch, who: frozenset[str]) -> str:
    """The reason, checked against the reading's own verdict."""
    reason = _subject_reason(reading, index, match, who)
    kept = reading._subject(index, match, who) is not False
    if not kept and reading._headed(index, match, who) is not False:
        return MENTION  # the phrasing writes its `who`'s name (`magnitude tremor`)
    if kept != (reason == MENTION):
        return (
            "a mention by the reading's rules"
            if kept
            else "dropped by a rule of the reading that explain cannot name"
        )
    return reason


def dropped_sentences(reading: Reading, fact: Fact) -> Iterator[Dropped]:
    """The sentences that have the fact's phrase or name its `who`, each with why it is not a
    mention (or, when it is one, why it does not state the fact's number)."""
    if fact.quote:
        yield from _unquoted(reading, fact)
        return
    doc = reading.document
    who = frozenset(fact.who)
    patterns = reading.compiled.phrases[fact.id]
    anchored = fact.where is not None and reading.compiled.anchors.get(fact.where) is not None
    places = reading.slot_places if anchored else reading.places.__getitem__
    found: list[tuple[int, Dropped]] = []
    for index, sentence in enumerate(doc.sentences):
        names_who = any(s.ref in who for s in reading.entities[index])
        held = doc.word_sets[index]
        partial = [p for p in patterns if p.required & held]
        if not names_who and not any(p.required <= held for p in patterns):
            continue
        reasons: list[str] = []
        by_reason: dict[str, list[str]] = {}
        matched = False
        for pattern in patterns:
            if not pattern.required <= held:
                continue
            asides = doc.aside_tokens(index)
            for match in find_phrase(pattern, doc.tokens[index], places(index), asides=asides):
                matched = True
                reason = _checked_reason(reading, index, match, who)
                if reason == MENTION:
                    reason = _mention_reason(reading, fact, index, match)
                by_reason.setdefault(reason, []).append(pattern.text)
        for reason, texts in by_reason.items():
            said = ", ".join(map(repr, dict.fromkeys(texts)))
            reasons.append(f"phrase{'s' if len(set(texts)) > 1 else ''} {said}: {reason}")
        if not matched:
            reasons.append(_missing_phrase(partial or list(patterns), held))
        if len(doc.tokens[index]) >= MAX_WORDS_PER_SENTENCE:
            reasons.append(f"words past {MAX_WORDS_PER_SENTENCE} in this sentence are not read")
        rank = 0 if matched else 1 if partial else 2  # the phrase first, then some of its words
        found.append((rank, Dropped(index, sentence.line, sentence.text, "; ".join(reasons))))
    yield from (dropped for _, dropped in sorted(found, key=lambda f: (f[0], f[1].index)))


def _mention_reason(reading: Reading, fact: Fact, index: int, match: PhraseMatch) -> str:
    if fact.count is not None:
        read = next(
            (
                number
                for m in reading.mentions(fact)
                if m.index == index
                and m.phrase is not None
                and (m.phrase.first, m.phrase.last) == (match.first, match.last)
                and (number := count.number_before_phrase(fact, m, reading)) is not None
            ),
            None,
        )
        if read is not None:
            return (
                f"a mention, but the count check judges no number for it: it reads `{read.text}` "
                "right before the phrase and leaves it unjudged (a sentence dated at another "
                "time than the fact's, an approximate figure far from the count, or a number "
                "of something else)"
            )
        after = f", or a measure in {fact.unit} right after it" if fact.unit else ""
        return (
            "a mention, but the count check finds no number for it (it reads the number "
            f"right before the phrase: `{fact.expected('count')} {fact.what[0]}`{after})"
        )
    return "a mention"


def _missing_phrase(patterns: list[Pattern], held: frozenset[str]) -> str:
    best = max(patterns, key=lambda p: len(p.required & held))
    absent = best.required - held
    written = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", best.text)
    missing = [w for w in dict.fromkeys(written) if normalize_word(w) in absent]
    if absent:
        shown = ", ".join(map(repr, missing or sorted(absent)))
        others = (
            f" (none of its {len(patterns)} phrasings; the closest)" if len(patterns) > 1 else ""
        )
        return f"no `what` phrase{others}: {best.text!r} lacks {shown} here"
    return (
        f"no `what` phrase: the words of {best.text!r} are here but not in order, "
        "or more than two words apart"
    )


def _unquoted(reading: Reading, fact: Fact) -> Iterator[Dropped]:
    """Quoted spans sharing words with the fact's quote, and why they do not render it."""
    assert fact.quote is not None
    expected = frozenset(map(spelling_key, quote_words(fact.quote)))
    doc = reading.document
    for (first, _last, _quoted), keys in zip(doc.quotes, doc.quote_keys, strict=True):
        shared = len(keys & expected)
        if shared * 2 < min(len(expected), len(keys)) or not shared:
            continue
        sentence = doc.sentences[first]
        yield Dropped(
            first,
            sentence.line,
            sentence.text,
            f"a quote sharing {shared} of the fact's {len(expected)} words that does not align "
            "with it (words changed, reordered, or too few in a row)",
        )
