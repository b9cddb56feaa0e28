"""The `who` slot: the subject of a mention, and for quotes the speaker the article names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.facts import Fact
from factcheck.match import (
    Quoted,
    Span,
    Token,
    align_quote,
    normalize_word,
    possessive,
    quote_words,
)
from factcheck.reading import (
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    Mention,
    Reading,
    pronoun_gender,
)
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult
from factcheck.text.segments import EMBED

SLOT = "who"
_UNNAMED = {
    "carried": "(carried from the sentence before)",
    "carried-past": "(carried from two sentences before, past one that names no one)",
    "referred": "(referred to by its kind: `the company`, `it`)",
    "described": "(described by an age: `the six-year-old`)",
    "group": "(a group the sentences before name: `the researchers`, `they`)",
    "implied": "(the story's event, implied)",
    "subordinate": "(`he`/`she` opening a clause after `when`, `after`..., carried from before)",
    "lede": "(described in the opening sentence, named in the next)",
    "opening": "(a pronoun opening a text that declares the story: its `about` entity)",
    "told-before": "(its act told of it a few sentences before: `The order` after `inks order`)",
    "figure": "(its own figure: `Revenue rose` after the one organisation named before)",
}
SPEECH_VERBS = frozenset(
    [
        "said",
        "say",
        "told",
        "tell",
        "add",
        "accord",
        "argu",
        "quot",
        "warn",
        "wrot",
        "writ",
        "explain",
        "insist",
        "declar",
        "announc",
        "claim",
        "tweet",
        "stress",
        "respond",
        "reply",
        "remark",
        "put",
        "acknowledg",
        "jok",
        "quip",
        "shout",
    ]
)
"""Stems of the verbs that attribute words to a speaker."""
NOUN_ALIKE = frozenset(
    {"tweet", "claim", "quot", "stress", "reply", "remark", "warn", "add"}
    | {"jok", "quip", "shout"}
)
"""Stems whose words are nouns as often as verbs (`in a tweet`, `his remarks`): only their
verb forms attribute (`tweeted`, `tweets` after its subject)."""
_NOT_BEFORE_A_VERB = frozenset(
    "a an the his her their its my our your this that these those in of on by with from".split()
)
WINDOW = 8
"""How many words before a speech verb its speaker may stand."""
APPOSITION_REACH = 250
"""How many characters an apposition between a speaker and the speech verb may span."""
PERSON_PRONOUNS = frozenset({"he", "she", "they"})
WRITTEN_THINGS = frozenset(
    "sign signs poster posters placard placards banner banners billboard shirt slogan "
    "slogans headline headlines caption hashtag graffiti".split()
)
"""Things whose words are quoted (`a sign reading 'Love beats hate'`): no one speaks them."""
_BYLINE = re.compile(
    r"(?:--|—|–)\s*([^()\n]{1,80}?)\s*\(@\w{1,30}\)|(?:posted|shared) by ([^()\n]{1,80}?)\s*\(@"
)
"""The author of an embedded post: `— Name (@handle) November 9, 2016`."""


def applies(fact: Fact) -> bool:
    return True


def _outside_quotes(reading: Reading, index: int) -> list[tuple[int, int]]:
    """Character ranges of sentence ``index`` that lie inside quotation marks."""
    doc = reading.document
    inside: list[tuple[int, int]] = []
    for first, last, quoted in doc.quotes:
        if first <= index <= last:
            base = doc.sentences[index].start
            if base < 0:
                if first == index:
                    inside += quoted.spans()
                continue
            # a quote in two parts: its attribution between them is not quoted
            inside += [(a - base, b - base) for a, b in quoted.spans()]
    return inside


@dataclass(frozen=True)
class Attribution:
    """Who a sentence says spoke: a ``name``, a ``pronoun`` (to resolve), ``unknown`` (a
    speech verb with no known name: `a US official said`) or ``none`` (no speech verb)."""

    kind: str
    span: Span | None = None
    pronoun: str = ""
    rule: str = "who.speaker"


NONE = Attribution("none")
UNKNOWN = Attribution("unknown")
OTHER_RULE = "who.other-speaker"
OTHER = Attribution("unknown", rule=OTHER_RULE)
"""A speech verb whose speaker is plainly someone the story does not know (`Tanaka said`, `his
predecessor, who once said`), not a reading left unclear nor a description that may stand for
a known speaker (`the U.S. official added`)."""


def _is_speech_verb(tokens: list[Token], text: str, i: int) -> bool:
    """Whether word ``i`` is a speech verb: `said`, `tweeted`; not `in a tweet`, `adding`."""
    token = tokens[i]
    if token.norm not in SPEECH_VERBS:
        return False
    raw = text[token.start : token.end].lower()
    if token.norm == "accord":
        return raw == "according" and i + 1 < len(tokens) and tokens[i + 1].norm == "to"
    if token.norm == "put":  # `as Reyes put it`
        return raw == "put" and i + 1 < len(tokens) and tokens[i + 1].norm == "it"
    if raw.endswith("ing"):  # `, adding`: a participle's speaker is the clause's subject
        return False
    if token.norm not in NOUN_ALIKE or raw.endswith(("ed", "ied")):
        return True
    if not raw.endswith("s") or i == 0:  # `tweet`, `claim`: taken for nouns
        return False
    before = text[tokens[i - 1].start : tokens[i - 1].end].lower()
    return before not in _NOT_BEFORE_A_VERB and not before.endswith(("'s", "’s"))


def _not_a_speaker(tokens: list[Token], text: str, span: Span) -> bool:
    """A name that cannot be the one speaking: after a preposition (`chief of the Seattle
    Police Department`), a possessive (`Trump's spokesman said`), or part of a longer proper
    name (`Trump Tower`, `Obama Foundation`)."""
    k = span.first - 1
    while k >= 0 and tokens[k].norm in ("the", "a", "an"):
        k -= 1
    if (  # `of the Seattle Police Department`, not `as results were coming in, the singer`
        k >= 0
        and tokens[k].norm in PREPOSITIONS
        and not any(c in text[tokens[k].end : span.start] for c in ",;:.!?()")
    ):
        return True
    if _described_object(tokens, text, k, span):
        return True
    if text[span.start : span.end].endswith(("'s", "’s", "s'", "s’")):
        return True
    if span.last < len(tokens):
        after = tokens[span.last]
        word = text[after.start : after.end]
        joined = text[span.end : after.start] == " "
        if joined and word[:1].isupper() and not _is_speech_verb(tokens, text, span.last):
            return True
    return False


_CLAUSE_OPENERS = frozenset(
    """and or but so then yet that after before when because until while although though as
    once if since where whereas""".split()
)
"""Words after which a preposition may open a phrase fronted before a clause's subject."""


def _described_object(tokens: list[Token], text: str, k: int, span: Span) -> bool:
    """Whether the name after word ``k`` is a preposition's object that a noun describes
    before it (`The authors of the research published in the journal JAMA Psychiatry argued`,
    `chief of the local Seattle Police Department`): a preposition, `the`/`a`/`an`, then word
    ``k``, one lower-case word, right before the name. Not when the preposition opens the
    sentence or a clause, after punctuation, a conjunction or a subordinator, where it may open
    a phrase before the subject (`After the vote Reyes said`, `Asked about it, at the hearing
    Reyes said`, `The bill passed and after the vote Reyes said`)."""
    if k < 3 or tokens[k - 1].norm not in ("the", "a", "an"):
        return False
    word = text[tokens[k].start : tokens[k].end]
    if not (word.isalpha() and word.islower()) or tokens[k - 2].norm not in PREPOSITIONS:
        return False
    opener = text[tokens[k - 3].start : tokens[k - 3].end].lower()
    if opener in _CLAUSE_OPENERS:
        return False
    return not re.search(r"[,;:.!?()\[\]\"“”‘’–—]", text[tokens[k - 3].end : span.start])


def _apposition_head(names: list[Span], text: str, verb_start: int, floor: int) -> Span | None:
    """The name an apposition describes, when one stands between it and the speech verb:
    `Robert Merner, assistant chief of the Seattle Police Department, told reporters`."""
    before = text[:verb_start].rstrip()
    if not before.endswith(","):
        return None
    close = len(before) - 1
    lowest = max(floor, close - APPOSITION_REACH)
    comma = close
    for _ in range(3):  # `Merner, 52, assistant chief, said`: a few commas back
        comma = text.rfind(",", lowest, comma)
        if comma < 0:
            return None
        head = next((s for s in names if _heads(text, s, comma)), None)
        if head is not None:
            return head
    return None


def _heads(text: str, span: Span, comma: int) -> bool:
    """Whether ``span`` is the head of an apposition at ``comma``: it ends right before the
    comma (`Robert Merner, assistant chief`), or it is the apposition, opening right after it
    (`A spokesperson, Sean Robertson, told`); not a name standing further inside the apposition
    (`Inherent Resolve, the U.S. military operation against ISIS, told`: a modifier of
    `operation`)."""
    if span.end <= comma:
        return text[span.end : comma].strip() == ""
    return text[comma + 1 : span.start].strip() == ""


def attribution(reading: Reading, index: int, near: tuple[int, int] | None = None) -> Attribution:
    """Who sentence ``index`` says spoke (worked out once per sentence and quote span)."""
    key = ("attribution", index, near)
    found = reading.memo.get(key)
    if found is None:
        found = reading.memo[key] = _attribution(reading, index, near)
    assert isinstance(found, Attribution)
    return found


def _attribution(reading: Reading, index: int, near: tuple[int, int] | None) -> Attribution:
    """Who sentence ``index`` says spoke, by the speech verbs outside its quotes.

    `X said` and `X, the spokesman, told` take a name up to WINDOW words before the verb (and
    the head of an apposition further); `said X` and `according to X` only a name right after
    it. Speech verbs are tried nearest first to ``near`` (the quote's span in the sentence).
    """
    tokens = reading.document.tokens[index]
    text = reading.document.sentences[index].text
    quoted = _outside_quotes(reading, index)

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in quoted)

    named = [s for s in reading.entities[index] if outside(s.start)]
    verbs = [
        i
        for i, t in enumerate(tokens)
        if t.norm in SPEECH_VERBS
        and outside(t.start)
        and (_is_speech_verb(tokens, text, i) or _bare_quote_as_saying(tokens, text, named, i))
    ]
    if not verbs:
        return NONE
    if near is not None:
        lo, hi = near
        verbs.sort(key=lambda i: max(lo - tokens[i].end, tokens[i].start - hi, 0))
    names = [s for s in named if not _not_a_speaker(tokens, text, s)]
    for i in verbs:
        if tokens[i].norm == "quot" and not (i and tokens[i - 1].norm in PASSIVE_AUXILIARIES):
            quoted_one = _quoted_as(tokens, named, i)
            if quoted_one is not None:  # `Lopes quoted Reyes as saying`: Reyes speaks
                return Attribution("name", quoted_one, rule="who.quoted-as")
            continue  # `Lopes quoted a line from the report`: not Lopes's words
        relative = _relative_who(tokens, i)
        if relative is not None:  # `his predecessor, who once said "..."`: the antecedent's
            antecedent = next((s for s in names if s.last == relative), None)
            return Attribution("name", antecedent) if antecedent else OTHER
        # after the quote, `'...,' X said`: the name stands between the quote and the verb
        quote_end = near[1] if near is not None and tokens[i].start >= near[1] else -1
        head = _apposition_head(
            [s for s in names if s.last <= i and s.start >= quote_end],
            text,
            tokens[i].start,
            max(0, quote_end),
        )
        if head is not None:
            return Attribution("name", head, rule="who.apposition")
        before = [s for s in names if s.last <= i and i - s.last < WINDOW and s.start >= quote_end]
        quoted_here = near is not None and near[0] < near[1]  # a quote of this sentence
        if quoted_here and before and _reports_another(reading, tokens, text, named, i):
            return UNKNOWN  # `Lopes said Reyes had told her`: Reyes's words, through Lopes
        after_at = i + 2 if tokens[i].norm == "accord" else i + 1  # `according to X`
        after = [
            s
            for s in named
            if tokens[i].norm not in LISTENER_VERBS  # `Residents told Lopes`: Lopes listens
            and (
                (s.first == after_at and not _modifier(tokens, text, s))
                or _titled(tokens, text, after_at, s)
            )
        ]
        pronoun = next(
            (
                tokens[j].norm
                for j in (i - 1, i + 1, i - 2)
                if 0 <= j < len(tokens)
                and tokens[j].norm in PERSON_PRONOUNS
                and outside(tokens[j].start)
            ),
            "",
        )
        speaker = (
            before[-1]
            if before and (not pronoun or before[-1].last >= i)  # `X they said`: the pronoun
            else after[0]
            if after
            else None
        )
        if speaker is not None:
            if (
                near is not None
                and quoted_here
                and _unclear(tokens, text, named, names, verbs, i, speaker, near)
            ):
                return UNKNOWN
            return Attribution("name", speaker)
        if pronoun:
            return Attribution("pronoun", pronoun=pronoun)
    if any(
        unknown_name_at(tokens, text, k, named) and outside(tokens[k].start)
        for i in verbs
        for k in (i - 1, i + 1)
        if 0 <= k < len(tokens)
    ):
        return OTHER  # `"...," Tanaka said`: a person the story does not know
    return UNKNOWN


def unknown_name_at(tokens: list[Token], text: str, k: int, named: list[Span]) -> bool:
    """Whether word ``k`` is a capitalised name the story does not know (`Tanaka` in `Tanaka
    said`), not a pronoun, a determiner or a word of a known name."""
    if not 0 <= k < len(tokens):
        return False
    raw = text[tokens[k].start : tokens[k].end]
    if not raw[:1].isupper() or not raw.isalpha() or raw.lower() in _NOT_NAMES:
        return False
    return not any(s.first <= k < s.last for s in named)


_NOT_NAMES = frozenset(
    """i he she it they we you the a an this that these those his her their its our my mr mrs ms
    dr in on at by for from with after before when while as if but and or so yet there here then
    now asked speaking""".split()
)
"""Capitalised words that are no name: pronouns, determiners, titles, and the words that open
a sentence before its subject (`In`, `After`, `Asked`)."""
_BEFORE_RELATIVE_VERB = frozenset(
    map(normalize_word, ("once", "also", "later", "had", "has", "have", "previously"))
)
_WHO = normalize_word("who")


def _relative_who(tokens: list[Token], i: int) -> int | None:
    """The index of `who` when speech verb ``i`` opens a relative clause after it, past at
    most two words such as `once` or `had` (`his predecessor, who once said`): the speaker is
    the clause's antecedent, the name right before `who`, or someone the story does not know."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].norm in _BEFORE_RELATIVE_VERB:
        k -= 1
    return k if k >= 0 and tokens[k].norm == _WHO else None


def _unclear(
    tokens: list[Token],
    text: str,
    named: list[Span],
    names: list[Span],
    verbs: list[int],
    i: int,
    speaker: Span,
    near: tuple[int, int],
) -> bool:
    """Whether the sentence leaves unclear that ``speaker`` of verb ``i`` speaks the quote at
    ``near``: between a verb before the quote and the quote stands another entity whose words
    they may be, after `with`, `as` or `like` (`Lopes said she agreed with Reyes that "..."`),
    or owning a noun of speech (`Lopes responded to Reyes's warning that "..."`); not the
    listener right before the quote (`Lopes told Reyes: "..."`), nor an entity the reported
    clause speaks of (`Comey said the FBI has worked "around the clock"`); or a name after
    the verb is the subject of a clause whose participle of speech introduces the quote
    (`Russia says ... Peskov downplayed the warnings, saying "..."`); ``named`` are every name
    outside quotes, ``names`` those that may speak),
    or another speech verb before the quote has another subject, when ``speaker`` is named
    after the quote (`Reyes said the water "...", Lopes told reporters`) or that verb opens a
    `that` clause (`Reyes said that, as Lopes had warned, "..."`)."""
    start = near[0]
    if tokens[i].end <= start:
        between = [
            s
            for s in named
            if s.first > i
            and s.end <= start
            and s.ref != speaker.ref
            and (
                _owns_speech(tokens, s)
                if possessive(text, s)
                else s.first > 0 and tokens[s.first - 1].norm in _SHARED_WORDS
            )
        ]
        listener = i + 2 if i + 1 < len(tokens) and tokens[i + 1].norm == "to" else i + 1
        if any(
            not (s.first == listener and not text[s.end : start].strip(" \t,:\"'“‘"))
            for s in between
        ):
            return True
    participle = _PARTICIPLE_BEFORE.search(text, 0, start)
    if participle is not None and tokens[i].end <= participle.start():
        # `Russia says ... Peskov downplayed US warnings, saying "..."`: the participle's
        # clause has a subject of its own
        subject = [s for s in names if s.first > i and s.end <= participle.start()]
        if subject and subject[-1].ref != speaker.ref:
            return True
    after = tokens[i].start >= near[1]
    for j in verbs:
        if j >= i or tokens[j].end > start:
            continue
        if not after and not (j + 1 < len(tokens) and tokens[j + 1].norm == "that"):
            continue  # `Trump said the talks went well, Obama told reporters: "..."`
        subject = [s for s in names if s.last <= j and j - s.last < WINDOW]
        if subject and subject[-1].ref != speaker.ref:
            return True
    return False


_PARTICIPLE_BEFORE = re.compile(
    r",\s*(?:saying|adding|insisting|noting|stressing|warning)(?:\s+that)?\s*[:,]?\s*"
    r"[\"'“‘«]?$",
    re.I,
)
"""Right before a quote: a participle of speech, whose speaker is its clause's subject."""
_SHARED_WORDS = frozenset(map(normalize_word, ("with", "as", "like")))
"""Before a name between a speech verb and its quote: words that may share the quote's words
with that name (`agreed with Reyes that`, `as Lopes had warned`)."""
SPEECH_NOUNS = frozenset(
    map(
        normalize_word,
        """warning warnings claim claims remark remarks words statement statements comment
        comments promise pledge message description assertion argument view quip tweet post
        letter""".split(),
    )
)
"""Nouns of what someone said: a possessive before one (`Reyes's warning that "..."`) names
whose words may follow."""


def _owns_speech(tokens: list[Token], span: Span) -> bool:
    """Whether the possessive ``span`` owns a noun of speech (`Reyes's warning`)."""
    return span.last < len(tokens) and tokens[span.last].norm in SPEECH_NOUNS


LISTENER_VERBS = frozenset({"told", "tell"})
"""Speech verbs whose object is the one spoken to (`Residents told Lopes`), not the speaker."""


def _bare_quote_as_saying(tokens: list[Token], text: str, named: list[Span], i: int) -> bool:
    """Whether bare `quote` (word ``i``), taken for a noun elsewhere, is the verb giving the words
    to the name right after it: `local newspapers quote Salinas as saying` (`who.quoted-as`).
    Only with `as saying` after the name; not after a determiner or an owner (`her quote
    Salinas as saying`), nor at the sentence's start."""
    if i == 0 or text[tokens[i].start : tokens[i].end].lower() != "quote":
        return False
    before = text[tokens[i - 1].start : tokens[i - 1].end].lower()
    if before in _NOT_BEFORE_A_VERB or before.endswith(("'s", "’s")):
        return False
    span = _quoted_as(tokens, named, i)
    if span is None or span.last + 1 >= len(tokens):
        return False
    after = tokens[span.last + 1]
    return text[after.start : after.end].lower() == "saying"


def _quoted_as(tokens: list[Token], named: list[Span], i: int) -> Span | None:
    """The name that active `quoted` (word ``i``) gives the words to: `quoted Reyes as
    saying`; None when no name and `as` follow it."""
    span = next((s for s in named if s.first == i + 1), None)
    if span is None or span.last >= len(tokens) or tokens[span.last].norm != "as":
        return None
    return span


def _reports_another(
    reading: Reading, tokens: list[Token], text: str, named: list[Span], i: int
) -> bool:
    """Whether speech verb ``i`` opens a reported clause whose subject is another person
    (`Lopes said Reyes had told her`, `said that Reyes had promised`): a quote there may be
    the clause subject's words, not the speaker's."""
    if tokens[i].norm in LISTENER_VERBS:
        return False
    at = i + 2 if i + 1 < len(tokens) and tokens[i + 1].norm == "that" else i + 1
    span = next((s for s in named if s.first == at), None)
    if span is None or span.ref not in reading.compiled.persons or span.last >= len(tokens):
        return False
    if possessive(text, span):
        return False  # `Peskov said that Varga's visit will be`: the visit is the subject
    following = tokens[span.last]
    word = text[following.start : following.end]
    return text[span.end : following.start].strip() == "" and word.isalpha() and word.islower()


TITLE_REACH = 4
"""How many title words may stand between `said` and the name after it."""
_ROLE_WORDS = frozenset(
    """chief executive spokesman spokeswoman spokesperson minister president director head
    secretary analyst prosecutor judge officer commissioner leader chair chairman chairwoman
    founder governor mayor senator coach manager""".split()
)
_NOT_TITLE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|mar\w*|apr\w*|may|june?"
    r"|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|today|yesterday|tonight|the|a|an|that",
    re.I,
)


def _modifier(tokens: list[Token], text: str, span: Span) -> bool:
    """Whether the name right after `said` modifies a title of the speaker named after it
    (`said Rovers manager Kai Lund`, `said Acme Chief Executive Jane Doe`): a role word or a
    capitalised word follows it, with no punctuation between."""
    if span.last >= len(tokens):
        return False
    gap = text[span.end : tokens[span.last].start]
    word = text[tokens[span.last].start : tokens[span.last].end]
    if gap.strip() or _possessive_end(text, span):
        return False
    return word.lower() in _ROLE_WORDS and word[:1].islower()


def _possessive_end(text: str, span: Span) -> bool:
    return text[span.start : span.end].endswith(("'s", "’s"))


def _titled(tokens: list[Token], text: str, first: int, span: Span) -> bool:
    """Whether only a title stands between `said` and ``span`` (`said President Dina
    Boluarte`, `said Civil Defence chief Rosa Salas`): at most TITLE_REACH words, each
    capitalised or a role word (`chief`, `spokesman`), none a day, a month or `that`, and no
    punctuation."""
    if not first < span.first <= first + TITLE_REACH:
        return False
    if not re.fullmatch(r"[\w\s.'’-]*", text[tokens[first].start : span.start]):
        return False
    for k in range(first, span.first):
        word = text[tokens[k].start : tokens[k].end]
        if _of_inside_title(tokens, text, k, first, span.first):
            continue  # `said Secretary of State Mike Pompeo`, `Secretary of the Treasury`
        if _NOT_TITLE.fullmatch(word):
            return False
        if not (word[:1].isupper() or word.lower() in _ROLE_WORDS):
            return False
    return True


def _of_inside_title(tokens: list[Token], text: str, k: int, first: int, end: int) -> bool:
    """Whether word ``k`` is `of` (or `the` right after it) between two capitalised words of a
    title that ends before the name at ``end`` (`Secretary of State`, `Secretary of the
    Treasury`): not the title's first or last word, so `said Office of Dina Boluarte` (the name
    right after `of`) is none."""
    if tokens[k].norm == "the" and k - 1 > first and tokens[k - 1].norm == "of":
        k -= 1
    if tokens[k].norm != "of" or not first < k:
        return False
    after = k + 2 if k + 1 < end and tokens[k + 1].norm == "the" else k + 1
    before = text[tokens[k - 1].start : tokens[k - 1].end]
    return after < end and before[:1].isupper() and text[tokens[after].start][:1].isupper()


def _resolve(reading: Reading, index: int, pronoun: str, depth: int) -> Span | None:
    """The speaker `he`, `she` or `they` refers to: the speaker of sentence ``index`` (the
    sentence before), if what is known of them agrees with the pronoun (`she said` is not
    given to a man, nor `he said` to an organisation)."""
    if index < 0:
        return None
    end = len(reading.document.sentences[index].text)
    span = speaker_in(reading, index, depth, (end, end))
    gender = pronoun_gender(pronoun)
    if span is None:
        return _only_person(reading, index, gender) if gender else None
    if gender is None:
        return span
    entity = reading.story.entities[span.ref]
    if entity.kind is not None and entity.kind != "person":
        return None
    known = reading.gender_of(span.ref)
    return span if known is None or known == gender else None


def _only_person(reading: Reading, index: int, gender: str) -> Span | None:
    """The one entity sentence ``index`` names outside quotes and as no object, when it says
    nothing of anyone speaking and the article gives that entity the pronoun's gender."""
    if attribution(reading, index).kind != "none":
        return None
    tokens = reading.document.tokens[index]
    text = reading.document.sentences[index].text
    quoted = _outside_quotes(reading, index)
    names = [
        s
        for s in reading.entities[index]
        if not any(a <= s.start < b for a, b in quoted) and not _not_a_speaker(tokens, text, s)
    ]
    if len({s.ref for s in names}) != 1 or reading.gender_of(names[0].ref) != gender:
        return None
    if any(t.norm in PERSON_PRONOUNS for t in tokens[: names[0].first]):
        return None  # `He thinks British people ...`: the sentence is about someone else
    return names[0]


def speaker_in(
    reading: Reading, index: int, depth: int = 0, near: tuple[int, int] | None = None
) -> Span | None:
    """The speaker of sentence ``index``: the name next to a speech verb outside the quotes.

    `he said` takes the speaker of the sentence before, when the pronoun fits them; so does a
    sentence with no speech verb at all (a quote that goes on), at ``depth`` 0. A speech verb
    with no name (`a US official said`) has no known speaker. For the sentence before, speech
    verbs are tried nearest to its end.
    """
    found = attribution(reading, index, near)
    if found.kind == "name":
        return found.span
    if found.kind == "pronoun" and depth < 2:
        return _resolve(reading, index - 1, found.pronoun, depth + 1)
    if found.kind == "none" and depth == 0 and index > 0:
        end = len(reading.document.sentences[index - 1].text)
        return speaker_in(reading, index - 1, depth + 1, (end, end))
    return None


def _written(reading: Reading, first: int, quoted: Quoted) -> bool:
    """Whether the quote gives the words of a thing (`a sign reading 'Love beats hate'`)."""
    doc = reading.document
    base = max(0, doc.sentences[first].start)
    text = doc.sentences[first].text
    start = quoted.start - base
    return not WRITTEN_THINGS.isdisjoint(quote_words(text[max(0, start - 40) : start])[-3:])


def _in_post(reading: Reading, quoted: Quoted) -> bool:
    """Whether the quote stands in an embedded social post."""
    doc = reading.document
    return doc.may_embed and doc.voices.at(quoted.start, quoted.end) == EMBED


def _post_author(reading: Reading, quoted: Quoted) -> tuple[Span, int] | None:
    """The author of the embedded post a quote stands in, as a known entity, and the sentence
    naming them; None when the byline names no known entity."""
    doc = reading.document
    voices = doc.voices
    text = doc.article.text
    post = next(
        (s for s in voices.segments if s.kind == EMBED and s.start <= quoted.start < s.end), None
    )
    if post is None:
        return None
    byline = _BYLINE.search(text, quoted.end, post.end)
    if byline is None:
        return None
    group = 1 if byline.group(1) is not None else 2
    start, end = byline.span(group)
    for index, sentence in enumerate(doc.sentences):
        base = sentence.start
        if base < 0 or not base <= start < base + len(sentence.text):
            continue
        return next(
            (
                (span, index)
                for span in reading.entities[index]
                if (base + span.start, base + span.end) == (start, end)  # all of it: not `Vask
                # Fan Club`
            ),
            None,
        )
    return None


def quote_speaker(
    reading: Reading, first: int, last: int, quoted: Quoted
) -> tuple[Span, int, str] | None:
    """The speaker of a quote spanning sentences ``first``..``last``, the sentence naming them
    and the rule that found them; None when the article does not say, or not clearly.

    The attribution after the quote wins (`'... Two sentences,' Merner said`), then the one
    before it. `he said` takes the speaker of the sentence before the quote, when the pronoun
    fits them. A quote with no attribution goes on from the sentence before, unless it is in
    an embedded post (whose author speaks) or gives the words of a sign or a banner; when it
    opens a paragraph after another quote closed, under its own rule (PARAGRAPH_BEFORE).
    """
    doc = reading.document
    if _written(reading, first, quoted):
        return None
    for index in dict.fromkeys([last, first, *range(first + 1, last)]):
        base = max(0, doc.sentences[index].start)
        found = attribution(reading, index, (quoted.start - base, quoted.end - base))
        if found.kind == "name" and found.span is not None:
            return found.span, index, found.rule
        if found.kind == "pronoun":
            # `Quell said: "... "...," she added`: the quote's opening names the speaker
            opening = attribution(reading, first) if index != first else NONE
            back = first if opening.kind == "name" else first - 1
            span = _resolve(reading, back, found.pronoun, 1)
            if span is None:
                return None
            return span, _naming(reading, span, back + 1), "who.pronoun"
        if found.kind == "unknown":
            return None
    if first == 0:
        return None
    end = len(doc.sentences[first - 1].text)
    span = speaker_in(reading, first - 1, 1, (end, end))
    if span is None:
        return None
    subjects = _opening_names(reading, first, quoted)
    if subjects and span.ref not in subjects:
        return None  # `Twitter pledged to take “decisive corrective action”`: not Raab's words
    if doc.sentences[first].start >= 0 and _in_post(reading, quoted):
        post = _post_author(reading, quoted)  # its author's words, or no one's known
        return (post[0], post[1], "who.post-author") if post else None
    if _after_closed_quote(reading, first):
        return span, _naming(reading, span, first), PARAGRAPH_BEFORE
    return span, _naming(reading, span, first), "who.speaker-sentence-before"


_OPENING_DETERMINER = re.compile(r"(?:the\s+)?", re.I)


def _opening_names(reading: Reading, first: int, quoted: Quoted) -> set[str]:
    """The entities named where the quote's sentence opens (past `the`), before the quote
    (`Twitter pledged to take “decisive corrective action” ...`): the sentence's own subject.
    A speaker of the sentence before goes on in it only if the sentence names them there
    (`Peskov downplayed US “warnings”, saying “...”` after `Peskov said ...`)."""
    sentence = reading.document.sentences[first]
    if sentence.start < 0:
        return set()
    opening = quoted.start - sentence.start
    return {
        span.ref
        for span in reading.entities[first]
        if span.end < opening and _OPENING_DETERMINER.fullmatch(sentence.text[: span.start])
    }


PARAGRAPH_BEFORE = "who.speaker-paragraph-before"
"""A quote that opens a paragraph after another quote closed, with no attribution of its own:
most often the same speaker going on, but scraped text may have lost the line that names a new
one. Its clash is listed in ``UNRELIABLE`` (doubtful, never failed)."""


def _after_closed_quote(reading: Reading, first: int) -> bool:
    """Whether sentence ``first`` opens a paragraph right after a sentence where a quote ends."""
    doc = reading.document
    before, sentence = doc.sentences[first - 1], doc.sentences[first]
    if before.start < 0 or sentence.start < 0:
        return False
    gap = doc.article.text[before.start + len(before.text) : sentence.start]
    return "\n" in gap and any(last == first - 1 for _, last, _ in doc.quotes)


def _speaker_of(
    reading: Reading, first: int, last: int, quoted: Quoted
) -> tuple[Span, int, str] | None:
    """``quote_speaker``, worked out once per quote however many facts it renders."""
    key = ("quote_speaker", first, last, quoted.start, quoted.end)
    if key not in reading.memo:
        reading.memo[key] = quote_speaker(reading, first, last, quoted)
    return reading.memo[key]  # type: ignore[return-value]


_NESTED_QUOTE = re.compile(r"(?:^|(?<=[\s(:]))['‘]([^'‘’]{8,}?)['’](?![^\W_])")
"""A quotation inside a quote, in single marks: `"Sakai says 'I take ...'. Too late."`."""


def _nested(quoted: str, wording: str) -> bool:
    """Whether the fact's words stand inside a quotation nested in the quote: the quote's
    speaker gives someone else's words there (`Tanaka tweeted: "Sakai says 'I take full
    responsibility ...'. Too late."`), whoever they are, so the quote's attribution does not
    name their speaker."""
    if "'" not in quoted and "‘" not in quoted:
        return False
    return any(align_quote(wording, m[1]) is not None for m in _NESTED_QUOTE.finditer(quoted))


_REPORTED_OPENING = re.compile(
    r"(?!(?:We|You|It|This|That|There|What|When|If)\b)"
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir)\s+[a-z]+|[Hh]e|[Ss]he|[Tt]hey"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+(?:(?:had|has)\s+)?(?:said|says|told\s+(?:us|me|him|her|them|the\s+[a-z]+))"
    r"(?:\s+that)?[\s,:]+"
)
"""A sentence of a quote that opens by reporting what someone else said: `The judge said`,
`She told us that`, `Whitcombe says`; never `I said`, `We said`."""

_QUOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def reported_inside(quoted: str, wording: str) -> bool:
    """Whether the fact's words stand in a sentence of the quote that reports them as another
    one's (`Paul Brooke said: "The judge said he paid for that choice with his life."`): the
    quote's speaker gives someone else's words there, without marks of their own, so the
    quote's attribution does not name their speaker. A speaker reporting their own words (`I
    said`, `We said`), or a report in another sentence of the quote, is no such sentence."""
    for part in _QUOTE_SENTENCE.split(quoted.strip()):
        opening = _REPORTED_OPENING.match(part)
        if opening and align_quote(wording, part[opening.end() :]) is not None:
            return True
    return False


def _naming(reading: Reading, span: Span, first: int) -> int:
    """The sentence before ``first`` that names ``span``."""
    return next(
        (i for i in range(first - 1, max(-1, first - 4), -1) if span in reading.entities[i]),
        max(0, first - 1),
    )


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    doc = reading.document
    expected = fact.expected(SLOT)
    if mention.actor is not None:  # an `exclusive` fact's act, done by another entity
        span = mention.actor
        return SlotResult(
            SLOT,
            CONTRADICTED,
            expected,
            doc.sentences[mention.index].text[span.start : span.end],
            doc.evidence(mention.index, marks=[(span.start, span.end)]),
            f"{span.ref} does it; only {' or '.join(fact.who)} did (the fact is exclusive)",
            rule="who.actor",
        )
    if mention.quote is None:
        if mention.who is None:
            return SlotResult(
                SLOT,
                CONFIRMED,
                expected,
                _UNNAMED.get(mention.via, "(carried from the sentence before)"),
                doc.evidence(mention.index),
                rule=f"who.{mention.via or 'carried'}",
            )
        span = mention.who
        found = doc.sentences[mention.index].text[span.start : span.end]
        return SlotResult(
            SLOT,
            CONFIRMED,
            expected,
            found,
            doc.evidence(mention.index, marks=[(span.start, span.end)]),
            rule="who.subject",
        )
    first, last, quoted = mention.quote
    said = _speaker_of(reading, first, last, quoted)
    if said is None:
        return None
    if fact.quote is not None and _nested(quoted.text, mention.wording or fact.quote):
        return None  # `Tanaka tweeted: "Sakai says 'I take ...'"`: Tanaka quotes someone
    speaker, sentence_index, rule = said
    text = doc.sentences[sentence_index].text[speaker.start : speaker.end]
    evidence = doc.evidence(sentence_index, marks=[(speaker.start, speaker.end)])
    status = CONFIRMED if speaker.ref in fact.who else CONTRADICTED
    if (
        status == CONTRADICTED
        and fact.quote is not None
        and reported_inside(quoted.text, mention.wording or fact.quote)
    ):
        return None  # `Brooke said: "The judge said he paid ..."`: Brooke reports someone
    found = text if status == CONFIRMED else f"{text} ({speaker.ref})"
    return SlotResult(SLOT, status, expected, found, evidence, rule=rule)
