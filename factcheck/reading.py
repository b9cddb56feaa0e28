"""One pass over an article for a story: sentences, words, names, places, quotes and mentions."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, cast

from factcheck import lifespans, world
from factcheck.articles import Article, Sentence, _hard_wrapped, article_sentences
from factcheck.facts import Entity, Fact, Story
from factcheck.match import (
    MIN_FRAGMENT_WORDS,
    MIN_QUOTE_WORDS,
    PAST_FORMS,
    PLACE,
    VERB_ONLY_BASES,
    WIN_NOUNS,
    WORD,
    Chars,
    Gazetteer,
    Pattern,
    PhraseMatch,
    QuoteAlignment,
    Quoted,
    Span,
    Token,
    align_quote,
    aside_ranges,
    compile_phrase,
    find_phrase,
    find_quotes,
    is_proper_name,
    name_cues,
    name_pattern,
    name_words,
    normalize_word,
    normalize_words,
    quote_words,
    raw_words,
    spelling_key,
    stem,
    tokens_of,
    words,
)
from factcheck.results import Evidence
from factcheck.text.dates import DATE_NAMES, DateMention, find_dates
from factcheck.text.numbers import MONEY, NumberMention, find_numbers
from factcheck.text.segments import Voices, foreign_segments, may_embed

MAX_WORDS_PER_SENTENCE = 400
"""Words past this many in one sentence are not read: a bound on the work per sentence."""
PREPOSITIONS = frozenset(
    [
        "in",
        "to",
        "from",
        "at",
        "into",
        "of",
        "with",
        "for",
        "by",
        "about",
        "on",
        "against",
        "across",
        "toward",
        "towards",
        "near",
        "over",
    ]
)
"""A name after these is an object (`to Russia`), never the subject of what follows."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_ASIDE = re.compile(
    r"\s[-–—]{1,2}\s[^-–—]{1,200}?\s[-–—]{1,2}\s|,\s(?:who|whose|which)\b[^,]{0,200},"
)
"""Asides between dashes, and relative clauses between commas: no subject stands in them."""
_APPOSITION_OPENS = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}", re.I)
"""Between a name and a phrase: an apposition opens (`Moonrise, the second film`)."""
_MAKER_AFTER = re.compile(r"\s+(?:from|by)\s+", re.I)
_APPOSITION_ENDS = re.compile(r"\s*(?:,|\.|$)")
ROLE_NOUNS = frozenset(
    """minister secretary president premier chancellor senator governor mayor ambassador envoy
    diplomat leader chief head chairman chairwoman chair chairperson director executive ceo
    boss captain coach manager player student pupil schoolboy schoolgirl child boy girl teenager
    teen youngster junior rookie amateur candidate deputy member mp lawmaker congressman
    congresswoman councillor councilor commissioner commander general officer soldier pilot
    astronaut editor correspondent reporter journalist prosecutor judge lawyer attorney founder
    owner host presenter anchor king queen prince princess monarch pope bishop archbishop
    cardinal teacher professor lecturer researcher doctor nurse trainee apprentice intern
    graduate undergraduate adult spokesman spokeswoman spokesperson treasurer speaker sheriff
    champion""".split()
)
"""Nouns of a stage of someone's life or career (`As foreign minister`, `as a student`)."""
ROLE = (
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’.-]+[\s-]+){0,3}?(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r")s?\b"
)
CARRIERS = frozenset(
    map(
        normalize_word,
        """train plane jet aircraft airliner helicopter car limousine motorcade convoy
        ship boat yacht vessel ferry bus""".split(),
    )
)
"""Vehicles that carry their owner: what they do, their owner does (`Kim's train crossed`)."""
_SPLIT_POSSESSIVE = re.compile(r"\s+['’]s\b")
"""A possessive ending written apart from its name, in a tokenised text (`Rice 's sister`)."""
_PASSIVE_AUXILIARIES = frozenset(map(normalize_word, "is was are were be been being".split()))
"""Between an owner and a phrase: a passive, whose act the owner does (`Lind's study was
published`)."""
_OWNED_BREAK = re.compile(r"[,;:()—–\"“”]")
RELATIONS = frozenset(
    """brother sister son daughter mother father wife husband spouse partner parent child
    cousin uncle aunt nephew niece grandson granddaughter grandfather grandmother grandchild
    stepson stepdaughter stepfather stepmother fiance fiancee girlfriend boyfriend widow
    widower co-defendant codefendant accomplice associate friend colleague rival opponent
    teammate team-mate successor predecessor deputy aide lawyer coach manager agent spokesman
    spokeswoman spokesperson adviser advisor bodyguard trainer mentor""".split()
)
"""Nouns of a person by their tie to another (`Pryce's brother`, `Dunmore's co-defendant`,
`Rana's rival`)."""
_SECOND = r"second(?=\s*,)"
"""A chess player's or a boxer's helper (`Ferreyra's second, the Serbian Dusan Ilic,`), a tie
only before a comma: `Ferreyra's second title`, `Quinlan's second number one album` are no
person."""
_ORDINAL_NOUNS = frozenset(
    map(normalize_word, "first second third fourth fifth sixth seventh eighth ninth tenth".split())
)
"""Right after an owner's possessive and before a verb: an ordinal standing for a noun (`Ferreyra's
second won`, `Quinlan's first went to number one`), the subject of that verb."""
_OWNED_RELATION = re.compile(
    r"['’]?s?\s+(?:[\w-]+\s+){0,2}?(?i:"
    + "|".join(sorted(RELATIONS))
    + "|"
    + _SECOND
    + r")(?i:s|ren)?(?:-in-law)?"
    r"(?:\s*,?\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,?|\s*,)?"
    r"(?:\s+(?i:is|was|are|were|has|have|had|been|being|be))*\s*"
)
"""Between an owner and a phrase: a person owned by the tie to the owner, with the name in
apposition (`Dunmore's co-defendant, Andrew Pike, was`) or without (`Pryce's brother was`), or
in an apposition itself (`Holt, Rana's rival, was`)."""
"""Between an owner and a phrase: an aside or a reduced relative (`Lind's study, published`)."""
_OWNED_TITLE_SAID = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*\s*,\s+"
    r"(?:said|says|spoke|speaks|told|tells|added|adds|announced|announces)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:at|in|during|before)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
)
"""After an owner's possessive, up to the phrase: the rest of an apposition naming a person by
a post the owner gives (`Mayer, Disney's chairman of direct-to-consumer and international,`),
in lower-case words closed by a comma, then the person's verb of saying or speaking, a weekday,
and where it was said (`said Tuesday at the Vox Media's`): the phrase is where the person spoke,
the person's act. No other subject, no `that`, nothing else between."""
_APPOSED_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
)
"""From a sentence's start to a name: a name, a comma and the start of an apposition (`Russia,
a`)."""
_APPOSED_AFTER = re.compile(r"(?:-[\w-]+)?(?:\s+[a-z][\w-]*){1,2},")
"""After a name: the rest of the apposition's noun and its closing comma (` ally,`)."""
_OWNED_NAMED = re.compile(
    r"['’]?s?\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s+"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,\s*"
    r"(?:(?i:is|was|are|were|has|have|had)\s+)*"
)
"""Between an owner and a phrase: a lower-case noun the owner owns and, in apposition, the
capitalised name of the thing owned (`Quinlan's debut, Paper Boats, went`). Not a vehicle that
carries its owner (``CARRIERS``: `Kim's train, Taeyangho, crossed`)."""
_ROLE_APPOSITION = re.compile(r",\s*as\s+" + ROLE + r"[^,;:()—–]{0,60},", re.I)
"""A role in apposition after a name (`Sorensen, as foreign minister, visited`): no clause of
its own."""
_CLAUSE_OPENER = re.compile(
    r";|[,—–-]\s*(?:as(?!\s+well\s+as\b)|while|when|whereas|but|although|though|because|after"
    r"|before|since|until)\b"
    r"|,\s*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before)\b"
    r"|\b(?:that|which|whose)\b"
)
"""Between a subject and a phrase: a clause of its own opens (`, as`, `, three years after`,
`that`). Not `, as well as`, which joins a second object or verb to the clause it is in
(`reported a handful of protester deaths, as well as the deaths of four members`)."""

_COUNT_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)"
)
_REPORTED_THAT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:reported|reports|estimated|estimates|announced|announces|confirmed|confirms)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+that\s+(?:(?:the|a|an)\s+)?(?:number\s+of\s+)?(?:" + _COUNT_WORD + r"\s+)?\s*",
    re.I,
)
"""Between a name and the phrase: the name's report of it, the phrase opening the reported
clause (`the department reported that the number of young people who have reported using
meth was 3.8 percent`, `NASA announced that nine US companies were eligible`): the phrase is
what the name reports, its own fact when the name is the fact's `who`. Not `said that` (a
statement about anything), nor any word of another subject between `that` and the phrase."""
_SAID_THAT_COUNT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+that\s+" + _COUNT_WORD + r"\s+",
    re.I,
)
"""Between a name and the phrase: the name's statement of a figure, the number right after
`that` and the phrase right after the number (`The National Highway Traffic Safety
Administration said that 416 motorists died`, `Health bosses said that 28 people in close
contact`): the counted things are the reported clause's subject, so the name can only be its
source, and the figure is the name's fact when the name is the fact's `who`. Any other word
after `that` (`said that the police counted 416`, `said that nearly 416`, `said that motorists
died`) leaves the phrase to that clause, as ``_REPORTED_THAT`` does not cover `said`."""
_REPORTED_THEY = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:reported|reports|estimated|estimates|announced|announces|confirmed|confirms|found|finds)"
    r"\s+that\s+they\s+(?:(?:have|had)\s+)?(?:(?:[a-z]+ed|found|saw|got)\s+)?"
    r"(?:(?:about|nearly|roughly|some)\s+)?(?:" + _COUNT_WORD + r"\s+)?\s*",
    re.I,
)
"""After a group a name of the fact's `who` leads, before the phrase: the group's report that
`they` did the act (`Paganini and his team reported that they detected 5,200 pounds of water
vapor`), their own fact as what ``_REPORTED_THAT`` reads is."""


_SAID_THAT_OWN = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+that\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:researchers|scientists|engineers|experts|investigators|auditors|analysts|staff)\s+",
    re.I,
)
"""Between a name and the phrase: the name's statement that its own people did it (`The
agency said Monday that its researchers examined`): an organisation's act through its staff,
its own fact when the name is the fact's `who`. Any other subject after `said that` (`said
that the researchers`, `said that Smith`) leaves the phrase to that clause."""

_SAID_THAT_SELF = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:(?:said|says|claimed|claims|insisted|insists|stated|states|admitted|admits|added|adds"
    r"|recalled|recalls|testified|testifies)"
    r"|(?:told|tells)\s+(?:(?:the|a|an)\s+)?[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+that\s+(?P<pronoun>he|she)\s+(?:(?:has|had|was)\s+)?",
)
"""Between a person's name and the phrase: the person's report, after `that`, of what `he` or
`she` did (`Employee Steve Castro tells the paper that he fought with the shirtless man`): the
pronoun is the speaker when the article gives the speaker no other gender and no name stands
between (`told the court`, not `told Smith`), as it is with no `that` (`Castro said he fought`)."""

_CLAUSE_PRONOUNS = frozenset({"he", "she"})
SUBORDINATE = "subordinate"
"""How a mention is found when `he`/`she` opens a subordinate clause holding the phrase (`when
he arrived in Porto`): it only confirms (``engine.CONFIRMING_ONLY``)."""
_SUBORDINATORS = frozenset("after before when because until while although though as once".split())
_PRONOUN_CLAUSE_START = re.compile(
    r"(?:[,;]|\b(?:and|but|so|yet|that|after|before|when|because|until|while|although|though"
    r"|as|once))\s*$",
    re.I,
)
"""Right before `he`/`she`: where a clause with a subject of its own begins (`, but he`, `after
he`, `that when he`). Not `if`/`unless`/`whether` (a condition) nor `since` (an earlier time)."""

_HEADED_BREAK = re.compile(
    r"[,:](?!\d)|[;()\[\]—–]|\s-\s|\b(?:when|while|whereas|because|although|though|which|who|whom"
    r"|whose|that)\b",
    re.I,
)
"""What bounds the clause of a phrase that names its own `who`: its modals and negators."""
_HEADED_UNASSERTED = re.compile(
    r"\b(?:not|never|no|nobody|none|nothing|neither|nor|cannot|without|would|could|might|may|can|should|must|ought|expect\w*"
    r"|likely|forecast\w*|predict\w*|fear\w*|plan\w*|propos\w*|possible|potential"
    r"|threat\w*|rumou?r\w*)\b|n[’']t\b",
    re.I,
)
"""In that clause: words that deny the thing or make it a possibility, a plan or a fear."""


def _without_phrase_words(
    text: str, tokens: Sequence[Token], match: PhraseMatch, start: int, stop: int
) -> str:
    """``text[start:stop]`` with the phrase's own words blanked: a word of the fact's phrasing
    (`expected` of `Americans expected by AAA to travel`) is what the fact asserts, not a
    modal or a negator of the clause."""
    chars = list(text[start:stop])
    for token in tokens[match.first : match.last]:
        if token.norm in match.pattern.elements and start <= token.start and token.end <= stop:
            chars[token.start - start : token.end - start] = " " * (token.end - token.start)
    return "".join(chars)


_NEW_PERSON_OPENERS = frozenset({"a", "an", "another", "one"})
_AGED_DEMONYM = re.compile(r"The\s+[\w-]+-year-old\s+([A-Z][a-z]+)\b")
"""Opening a sentence: an age and a nationality (`The 48-year-old Australian was evicted`), a
description of the person named before, whose capital names no one new."""
"""First words of a sentence that may bring in a person not named (`A neighbour called
police.`): a `he` or `she` after it may stand for that one."""
_CONDITION_WORDS = re.compile(r"\b(?:if|unless|whether)\b", re.I)

_TIME_CLAUSE_SUBJECT = re.compile(
    r"\b(?:by\s+the\s+time|until|till|once|as\s+soon\s+as|whenever"
    r"|,\s+(?:on\s+)?the\s+(?:same|very)\s+(?:day|week|month|morning|afternoon|evening|night)"
    r"(?:\s+that)?)\s+"
    r"(?:(?:the|a|an|its|their|this|that|these|those)\s+(?:[a-z][\w'-]*\s+){1,3}"
    r"|(?!(?:I|It|He|She|We|They|You|The|This|That|There|Then|Now)\s)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:(?:has|have|had|also)\s+)?)$"
)
"""Between a name and the phrase: a time clause whose own subject, a determiner and lower-case
words, or a capitalised name the story does not know (a name it knows would be the nearest),
stands right before the phrase (`if Google gets to over 100 games by the time the free tier
launches next year`, `died in Cardiff on February 14, the same day a worker fell from
scaffolding in Swansea`, `won the world chess championship in Lisbon on Saturday, the same day
Ju Wenjun won the women's world chess championship in Shanghai`): the phrase is that subject's
act, not the name's."""

_JOINED_CLAUSE_SUBJECT = re.compile(
    r",\s+(?:and|yet|so)\s+"
    r"(?P<subject>(?:the|a|an|its|their|his|her|this|that|another|other)\s+(?:[\w'’-]+\s+){1,3}"
    r"|(?!(?:I|It|He|She|We|They|You|The|This|That|There|Then|Now)\s)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+)"
    r"(?:(?:will|would|could|can|may|might|must|should|shall|has|have|had|is|was|are|were"
    r"|also|then|now)\s+){0,2}$"
)
"""Between a name and the phrase: a clause joined by a comma and `and` whose own subject, a
determiner and one to three words or a capitalised name the story does not know, stands right
before the phrase, with at most two auxiliaries (`Northgate cut mortgage rates on Friday, and its
Scottish arm will cut mortgage rates on Monday`): the phrase is that subject's act."""
_NOT_A_SUBJECT = frozenset(
    """later earlier ago after before again then since year years month months week weeks day
    days time why how what whether where when who he she they it we""".split()
)
"""Words that make the words after `and` a time (`, and a year later cut rates again`) or a
clause of their own (`, and its unclear why he was arrested`), not a subject."""

_COLON_CLAUSE_SUBJECT = re.compile(
    r"^[^:]*?\b[a-z][a-z'’-]+\b[^:]*:\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?!(?i:I|he|she|we|they|you|it|the|an?|this|that|these|those|all|some|many|most|no|each"
    r"|every|both|several|" + _COUNT_WORD + r")\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"\s+[^:;]*$"
)
"""Between a name and the phrase: words of the name's clause, a colon, then a name the story
does not know opening the clause the phrase stands in (`Ferrante's winning margin was 54cm: Lukic
jumped 7.02m`, `...: Lukic jumped 7.02m and Amy Cole leapt 6.98m`): the clause after the colon
has a subject of its own, and the phrase is its act. Not when no lower-case word stands before
the colon (`Elizabeth A. Burton: Possession of methamphetamine`, `Wales (Group E): Second
appearance`: a label, its entry the name's)."""

_REPORTED_PERSON = re.compile(
    r"\s*,?\s*(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:says|said|claims|claimed|insists|insisted|announced|stated|confirmed)"
    r"(?:\s+that)?\s+(?:she|he)\s+",
    re.I,
)
"""Between a name that is no person's and the phrase: the name's report of what `she` or `he`
does (`Big Machine, says she will be allowed to play her old tracks`): an organisation is never
`she`, so the phrase is another person's act that the name reports."""

_REPORTED_NAME = re.compile(
    r"\s*(?::|,?\s*(?:says|said|told\s+(?:reporters|us|me)|added|recalled|insists|insisted)"
    r"(?:\s+that)?)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?!(?i:I|he|she|we|they|you|it|the|an?|this|that|these|those|all|some|many|most|no|each"
    r"|every|both|several|" + _COUNT_WORD + r")\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"\s+(?:(?:has|have|had|was|is)\s+)?(?:also\s+)?"
)
"""Between a name and the phrase: a speaker's label or report (`LINDQVIST: Mr Holm resigned in
2019`, `Lindqvist said Karl Holm had resigned`) whose own subject, a name the story does not
know, stands right before the phrase: the phrase is that one's act, which the name tells of.
Not a pronoun (`LINDQVIST: I resigned on Tuesday`: the speaker's own act), a determiner or a
number after a headline's kicker (`Croydon tram crash: Five dead`)."""

_SOURCE_AT_END = re.compile(
    r",\s(?:according\sto\s[^,;:\"“”]{2,80}"
    r"|(?:[\w'’.-]+\s){1,8}?(?:said|says|reported|announced|confirmed|added|stated)"
    r"(?:\s(?:on|late|early|this|last)?\s?(?:\w+day|morning|evening|night|week))?"
    r"|(?:said|says|reported|announced|confirmed|added|stated)\s(?:the\s)?[A-Z][^,;:\"“”]{1,80}?)"
    r"[.!]?\s*$"
)
"""A closing attribution: a comma, then `according to ...`, or a source of at most eight words
and its reporting verb (`the National Civil Defence Institute said on Tuesday`), or the verb
and a capitalised source (`said Civil Defence`), to the sentence's end."""


_SOURCE_DOERS = frozenset({"organisation", "team"})
"""Kinds of a closing source that may report its own act (``Reading._source_doer``)."""
FIGURE_NOUNS = frozenset(
    map(normalize_word, "revenue revenues sales profit profits earnings income stock".split())
)
"""Nouns of a company's own figures: opening a clause after a main clause whose one name is an
organisation's, they are that organisation's (`The retailer earned $2.8 billion, as revenue
rose 3.5 percent`)."""
_FIGURE_OPENERS = frozenset(map(normalize_word, ("as", "while")))
"""The words after a comma that open such a clause."""
_SOURCE_WORDS = frozenset(
    """according to the said says reported announced confirmed added stated on late early this
    last morning afternoon evening night week today yesterday monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
"""The words of a closing attribution besides its source's name."""
_BEFORE_SUBJECT = frozenset(
    map(
        normalize_word,
        """the its their about around some up to nearly almost approximately roughly at least
        more than over under fewer less""".split(),
    )
)
"""Before a subject that the phrase opens: its determiner and the words of its number."""
_MORE, _THAN = normalize_word("more"), normalize_word("than")
_OWNED_BY_NAME = re.compile(
    r"(?<![\w'’])(?P<owner>[A-Z][\w.-]*)(?:['’]s|(?<=s)['’])\s+"
    r"(?P<modifiers>(?:[a-z]+(?:-[a-z]+)*\s+){0,2})(?:\d+\s*[-–]\s*\d+\s+)?$"
)
"""Before a noun: a capitalised owner's last word, its possessive (`'s`, or `'` after an `s`),
two plain modifiers and a score (`Hull's 24-12`, `Smith's`, `Leeds' first`)."""
_NOT_MODIFIERS = (
    PREPOSITIONS
    | DETERMINERS
    | frozenset("his her their its our my your and or but after before when while as".split())
)
"""Words that are no modifier of an owned noun: after one, the `'` before is a closing quotation
mark, not a possessive (`playing 'What You Want' after his victory speech`)."""
_NO_OWNERS = DATE_NAMES | frozenset(
    "it he she that there what who here let where how this today yesterday tonight".split()
)
"""Capitalised words before `'s` that own no noun of someone's act: a date's words, and
pronouns whose `'s` is `is` or `has` (`It's not related`)."""
_PLACE_PREPOSITIONS = frozenset("in at near outside across into".split())
"""Before a capitalised word: words after which it names a place (`in Leeds`), not someone
(`owned by Hartwell Group`)."""
_SUBJECT_BREAK = re.compile(r"[,;:()\"“”]")
_AUXILIARY_VERBS = frozenset(map(normalize_word, "will shall is are was were has have had".split()))
"""In a phrase after its first word: the verb of a subject that the phrase holds (`jobs will
go`)."""
_FINITE = frozenset("is was will has had".split())
_DENIALS = frozenset(map(normalize_word, "not never no".split()))
_APPOSITION = re.compile(r",[\"”’']?\s+(?:a|an|the)\s+[^,;:\"“”()]{1,120}?,(?=\s)")
"""A comma, a closing quotation mark maybe, then a noun phrase opened by an article up to the
next comma: an apposition when it follows a name (``Reading._appositions``)."""
_OWNER_GAP = re.compile(r"(?:['’]s?|’s)\s+[\"“‘']?")
"""Between an owner's name and the name it owns (`Meridian Pictures' "Harbour Lights"`)."""
_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an|the|his|her|its|their)\s+(?P<words>[^,;:()\[\]\"“”\d]{1,80}?),\s"
)
_NOT_APPOSED = re.compile(
    r"\b(?:who|whom|whose|which|that|when|while|where|after|before|since|as|until|and|but"
    r"|because|is|are|was|were|has|have|had|will|would)\b",
    re.I,
)


def apposition_between(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The character span of an apposition that stands between ``start`` and ``end`` (`the
    premiere of the film, her first leading role, in Paris`): a comma, `a`/`the`/`her`... and
    words with no digit, no clause word and no finite auxiliary, to a comma. Where and when the
    phrase before it happened may be told past it."""
    found = _APPOSITION_AFTER.search(text, start, end)
    if found is None or found.end() > end or _NOT_APPOSED.search(found.group("words")):
        return None
    return found.span()


LEDE_WORDS = 4
"""How many words may describe the person an article's opening sentence tells of (`A
financial adviser`), before a `who` clause or the auxiliaries."""
_LEDE_RELATIVES = frozenset(map(normalize_word, ("who", "whose")))
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s")
_OWNER_PRONOUNS = frozenset(map(normalize_word, ("his", "her")))
PRONOUN_OWNER_REACH = 2
"""How many words (`third`, `debut`) may stand between `his`/`her` and the phrase it owns."""
_OWNER_PREPOSITIONS = frozenset({"in", "of", "at"})
_OWNER_ARTICLES = frozenset({"the"})


_SAID_IN_YEAR = re.compile(
    r"(?=[stwarde])\b(?:said|says|told|wrote|tweeted|added|remarked|replied|declared|insisted|warned"
    r"|argued|stressed|explained)\b[^\"“”.;:!?]{0,40}?\b(?:in|during)\s+((?:19|20)\d\d)\b"
    r"(?!\s*[A-Z])",
)
_MONTH_NAMES = """January February March April May June July August September October November
December""".split()
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_SAID_IN_MONTH = re.compile(
    r"(?=[stwarde])\b(?:said|says|told|wrote|tweeted|added|remarked|replied|declared|insisted|warned"
    r"|argued|stressed|explained)\b(?:(?!\b(?:who|which|that|when|after|before)\b)"
    r"[^\"“”.;:!?,]){0,40}?\b(?:in|during)\s+("
    + "|".join(_MONTH_NUMBERS)
    + r")\b(?!\s*(?:\d|[A-Z]))"
)
"""A speech verb dated in a month with no year or day after it (`told the Art Newspaper in
March`; not `in March 2019`, `in May Day talks`): the words were said in that month. Past a
comma or a relative or time word the month is another clause's (`said Comey, who in July
called`, `said that in July`), not read."""
_SAID_ON_DAY = re.compile(
    r"(?=[stwarde])\b(?:said|says|told|wrote|tweeted|added|remarked|replied|declared|insisted|warned"
    r"|argued|stressed|explained)\b(?:(?!\b(?:who|which|that|when|after|before)\b)"
    r"[^\"“”.;:!?,]){0,40}?\bon\s+(?:("
    + "|".join(_MONTH_NUMBERS)
    + r")\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+("
    + "|".join(_MONTH_NUMBERS)
    + r"))\b(?!\s*[A-Z])"
)
"""A speech verb dated on a calendar day, its month named (`said in a statement on October 1`,
`told RTE on 1 October`; not a weekday, `said on Monday`): the words were said that day. Past a
comma or a relative or time word the day is another clause's, not read."""
_OPENING_YEAR_SAID = re.compile(
    r"(?:In|Back\s+in)\s+((?:19|20)\d\d),\s+(?=[^\"“”]{1,60}?\b(?:said|says|told|wrote|tweeted)\b)"
)
"""A sentence opening with a year before its speaker's verb (`In 2019, Sakai said:`): the words
were said then."""
"""A speech verb dated in a year (`said in 2019`, `told the BBC in 2019`; not the year of a
name, `in 2019 Budget talks`): the words were said then."""


def _may_render(found: frozenset[str], expected: frozenset[str]) -> bool:
    """A cheap first test: do enough quoted words belong to the fact to try aligning them?"""
    shared = len(found & expected)
    return shared >= min(MIN_QUOTE_WORDS, len(found)) and shared >= MIN_FRAGMENT_WORDS


_APOSTROPHE_ALONE = re.compile(r"['’] +(?=[\w“\"‘])")
"""Right after a name ending in `s`: its possessive written as an apostrophe alone, then the
word it owns (`Vantis’ rival`, `Harris' bid`)."""


def _possessive(document: Document, index: int, span: Span) -> bool:
    """Whether the name ``span`` is a possessive: its `'s` inside it (`Vantis's`), or, after a
    name ending in `s`, an apostrophe alone right after it and a space before the word it owns
    (`Vantis’ rival`, `by Vantis’ surprise bid`)."""
    sentence = document.sentences[index].text
    text = sentence[span.start : span.end]
    if text.endswith(("'s", "’s")):
        return True
    return text[-1:] in ("s", "S") and _APOSTROPHE_ALONE.match(sentence, span.end) is not None


def _after_preposition(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name starting at ``first`` follows a preposition (`of the tram`)."""
    k = first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].norm in PREPOSITIONS


_SINCE = normalize_word("since")


def _compared_since(tokens: Sequence[Token], span: Span) -> bool:
    """Whether the name ``span`` follows `since` and `to` follows it (`the first prime minister
    since Jawaharlal Nehru to be re-elected`): `since` is a preposition there, and the name the
    one compared with, not the subject of the infinitive after it."""
    k = span.first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return (
        k >= 0
        and tokens[k].norm == _SINCE
        and span.last < len(tokens)
        and tokens[span.last].norm == "to"
    )


def _before_of(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the `of` the name starting at ``first`` follows (`the son of the driver`),
    if it does."""
    k = first - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return k if k >= 0 and tokens[k].norm == "of" else None


def _with_back_references(
    tokens: Sequence[Token], norms: list[str], spans: list[Span]
) -> list[Span]:
    """``spans`` with `the latter` and `the former` resolved to the last two entities before."""
    resolved = list(spans)
    for k, norm in enumerate(norms):
        if norm not in ("latter", "former") or k == 0 or norms[k - 1] != "the":
            continue
        refs = list(dict.fromkeys(s.ref for s in reversed(spans) if s.last <= k - 1))
        pick = 0 if norm == "latter" else 1
        if len(refs) > pick:
            resolved.append(Span(refs[pick], k - 1, k + 1, tokens[k - 1].start, tokens[k].end))
    return sorted(resolved, key=lambda s: s.first)


_RELATIVE = re.compile(r"\b(?:that|which)\b")
_SUBORDINATE = re.compile(
    r"\b(?:until|when|while|as|after|before|because|since|if|and|but|or|though|although)\b"
)
_SUBJECT_S_RELATIVE_BEFORE = re.compile(
    r"\W*(?:The|A|An|This|Its|His|Her|Their)\s+(?:[A-Za-z][\w'’-]*\s+){1,5}?"
    r"(?:where|that|which|whom|when)\s+"
)
"""From the sentence's start to a name: a noun opened by a determiner and a relative word, no
verb or comma of the sentence's own before it (`The cafe in Rosario where `)."""
_MAIN_VERB_PAST_RELATIVE = re.compile(
    r"\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?"
    r"(?:\s*,\s+(?:he|she|they|we|[A-Z][\w'’-]+)\s+(?:said|says|added|adds|recalled)\s*,)?"
    r"\s+(?:is|was|are|were)\b",
    re.I,
)
"""Between a name in ``_SUBJECT_S_RELATIVE_BEFORE`` and the phrase: the relative clause's own
words, maybe an aside of saying (`, he said,`), then a verb of being, the sentence's main verb
(` learned the game is`, ` played, he said, is`)."""
_SINCE_CLAUSE = re.compile(
    r"\bsince\b[^,;.!?]{1,60},\s*(?:when|where|in which|during which|as)\b[^;,]*$", re.I
)
"""`since 2004, when ...`: a clause about the earlier event the sentence compares with."""
_WHERE_CLAUSE_OPEN = re.compile(r",\s+where\s+[^,;:.!?\"“”]{0,80}$", re.I)
"""Before a name: a relative clause about a place opens after a comma (`In El Salvador, where
`), and the name stands in it."""
_WHERE_CLAUSE_CLOSE = re.compile(
    r"[^,;:.!?\"“”]{0,80},\s+(?:(?:at\s+least|more\s+than|about|nearly|some)\s+)?"
    + _COUNT_WORD
    + r"\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?",
    re.I,
)
"""Between a name in ``_WHERE_CLAUSE_OPEN`` and the phrase: the rest of the relative clause, a
comma that closes it, and the main clause's own subject, a counted noun (` was also felt, two
people were `)."""
REPORTING_VERBS = frozenset(
    map(
        normalize_word,
        """said says say told tells tell reported reports announced announces confirmed confirms
        added adds claimed claims stated states warned warns believed believes thought thinks
        knew knows noted notes insisted insists denied denies explained explains""".split(),
    )
)
"""Verbs whose `that` opens what was said or thought, not a relative clause."""
_SAID_BEFORE_THAT = REPORTING_VERBS | frozenset(
    map(normalize_word, "joked jokes quipped quips".split())
)
"""Verbs whose `that` opens what was said, not a relative clause about their subject (`Cook
joked that he's not Alicia Keys, the singer who surprised the audience`: Keys's act)."""
_DAY_BEFORE_THAT = re.compile(
    r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$",
    re.I,
)
"""Between a verb and `that`: the day it was done (`said on Friday that`, `said Tuesday
morning that`), passed over to find the verb."""
PARTICIPIAL_OPENERS = frozenset(
    map(normalize_word, "while after before when since by on despite without".split())
)
"""Words that open a participial clause (`while harvesting vegetables`): its understood subject
is the main clause's."""
_DENYING = normalize_word("without")
"""The opener that denies its clause's act (`without crossing the border`)."""
_NOT_PARTICIPLES = frozenset(
    "during nothing something anything everything morning evening spring string bring "
    "thing king ring sing wing ceiling ping".split()
)
"""Words ending in -ing that are no -ing form of a verb."""
_MAIN_CLAUSE_START = re.compile(_CLAUSE_OPENER.pattern + r"|,\s*(?:and|or)\b")
"""Where a clause after the sentence's first begins: the main clause of a participial clause
begins at the last of these before it."""
_REPORTED = REPORTING_VERBS - frozenset(map(normalize_word, "told tells tell warned warns".split()))
"""Reporting verbs whose clause follows them with no `that` (`said Zhao fell`), the name after
them being no object of theirs."""
_COORDINATORS = frozenset({"and", "or", "but"})
_COORDINATED_ADVERBS = frozenset(map(normalize_word, "then later also".split()))
_PAST_VERBS = frozenset(
    """became won met made took gave led held left went came began saw got ran sold wrote found
    beat fought set sent brought kept paid told""".split()
)
"""Verbs in the past without `-ed` that may open a predicate joined by `and`."""
_KIND_OPENERS = frozenset("the its their his her some several dozens".split())
_COUNT_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousands""".split()
)
"""Before a name that tells the kind of a plural noun (`freed three Taliban prisoners`): the
object's determiner or number."""
_KIND_NOUN = re.compile(r" ([a-z]{3,}s)\b(?![-'’])")
"""A lower-case plural noun right after a name: the head the name describes."""
_NOT_KIND_NOUNS = frozenset("was has is does says goes".split())
"""Lower-case words in -s after a name that are verbs, not a plural noun."""
_KNOWN_OWNER_BEFORE = re.compile(r"\s?['’]s\s+(?:[\w-]*\d[\w-]*\s+)?$")
"""Between an owner's name and a capitalised word it owns (`Boeing's Dreamliner`, `Boeing 's
787-9 Dreamliner`)."""
_ACT_REACH = 5
"""How many sentences before a sentence opening with `The` and a noun of the act may tell
that act (``Reading._act_further_back``)."""
_OBJECT_KIND_NOUN = re.compile(r"(?:\s+[A-Z0-9][\w-]*\d[\w-]*)?\s+([a-z]{3,}s)\b(?![-'’])")
"""A plural noun after a name, a model's designation between or not (`Airbus A350-900 jets`)."""
_BEATING_VERBS = frozenset(
    """beat beats defeated defeats edged edges overcame overcomes thrashed thrashes routed
    downed stunned upset outscored outlasted outplayed pipped crushed swept""".split()
)
"""Verbs of beating an opponent: an infinitive after their object (`beat Castleford Town to
win the cup`) is done by their subject."""
_SCORE_GAP = re.compile(
    r"\s+(?:\d+\s*[-–]\s*\d+\s+)?"
    r"(?:(?:in|during)\s+(?:the|a|an|this|last|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:and|but|or|that|which|who|whom|whose|when|while|where|after|before|because|as|to"
    r"|by|with|for|of)\b)[\w'’-]+\s+){0,4}?"
    r"(?:election|contest|race|vote|ballot|primary|runoff|run-off|final|semi-final|semifinal"
    r"|match|game|round|tournament|championship|play-off|playoff)s?\s+)?"
)
"""Between a beaten object and `to`: a score, then the contest it was beaten in at most
(`2-1`, `in the Conservative Party leadership election`, `in Sunday's final`): a noun of a
contest ends it, and no comma, clause word or other preposition stands in it (`beat Heath,
who went on to`, `beat Roth in straight sets to`: the manner, not the contest)."""
_COORDINATED_BREAK = re.compile(r"[,;:()—–]|\b(?:that|which|who|whom|whose|when|while|where)\b")
"""Between `and` and the phrase: another clause."""
_FRONTED = frozenset(
    map(
        normalize_word,
        "until when while as after before because since if though although once".split(),
    )
)
"""Words that open a fronted subordinate clause: `After Kim arrived, crossing the border ...`
has no participial clause of Kim's."""


def participial_opener(text: str, tokens: Sequence[Token], first: int) -> tuple[int, str] | None:
    """When the word at ``first`` is an -ing form right after a participial opener (`while
    harvesting`) or a comma (`, crossing`): where the main clause ends (a character offset) and
    the opener (its normalised word, or `,`). A noun or adjective in -ing (`the shooting`, `a
    stunning win`) has no opener right before it."""
    if first == 0:
        return None
    word = text[tokens[first].start : tokens[first].end].lower()
    if len(word) < 5 or not word.endswith("ing") or word in _NOT_PARTICIPLES:
        return None
    before = tokens[first - 1]
    gap = text[before.end : tokens[first].start]
    if not gap.strip() and before.norm in PARTICIPIAL_OPENERS:
        return before.start, before.norm
    if gap.strip() == ",":
        return before.end + gap.index(","), ","
    return None


def _prepositional(text: str, tokens: Sequence[Token], first: int) -> bool:
    """Whether the name starting at ``first`` follows a preposition, past determiners and
    hyphenated modifiers (`into the 80m-deep well`), or is joined by `and` to a name that does
    (`according to the boy's parents and grandfather`)."""

    def hyphened(k: int) -> bool:
        return text[tokens[k].end : tokens[k + 1].start] == "-"

    k = first - 1
    while k >= 0 and (tokens[k].norm in DETERMINERS or hyphened(k) or (k > 0 and hyphened(k - 1))):
        k -= 1
    if k >= 0 and tokens[k].norm in PREPOSITIONS:
        return True
    if k < 0 or tokens[k].norm not in ("and", "or"):
        return False
    return any(tokens[j].norm in PREPOSITIONS for j in range(max(0, k - 4), k))


_DATE_WORDS = 5
"""The most words a date standing between an owner and its noun takes (`July 25`, `February
2022`, `the 25th of July 2019`)."""
OWNER_REACH = 1
"""How many words (`ongoing`) may stand between a possessive owner and the phrase it owns."""
OBJECT_REACH = 2
_OBJECT_BREAK = re.compile(r"[,;:()—–]")
"""How many words (`with`, `the`) may stand between a phrase and the name it acts on."""
AGENT_REACH = 6
"""How many words after a phrase its passive agent's `by` may stand."""
PASSIVE_AUXILIARIES = frozenset(map(normalize_word, "is are was were be been being".split()))
"""Forms of `be` that make a participle after them passive (`was directed by`)."""
PARTICIPLES = frozenset(
    """given taken written seen made held won lost sold bought brought sent spent shot struck hit
    met left led built paid found known done chosen shown drawn beaten caught thrown told kept
    set put begun flown fallen risen""".split()
)
"""Irregular past participles; a regular one ends in -ed."""
_PASSIVE_ADVERBS = frozenset(map(normalize_word, "also later first then once just".split()))
"""Words that may stand between `be` (or a noun) and its participle (`was later founded`)."""
_AFTER_NOUN_NOT = frozenset(
    map(
        normalize_word,
        """he she they it we i you who which that this these those and or but not never has have
        had having do does did will would could can may might must should shall to""".split(),
    )
)
"""Words before a participle that make it no reduced relative (`they directed`, `has founded`)."""
_BY_NOT_AGENT = frozenset(
    map(normalize_word, "time end start close middle turn way far then now".split())
)
"""Words after `by` that make no agent of a name after them (`by the time Obama arrived`)."""
_AGENT_DETERMINERS = DETERMINERS | frozenset(
    map(normalize_word, "his her its their our my your".split())
)
"""Words that may stand between `by` and its agent's name (`by the`, `by his partner`)."""
_AGENT_ADVERBIALS = frozenset(map(normalize_word, "in on at during".split()))
"""Words that, with a date or a place, may stand between a reduced relative's participle and
its `by` (`a label founded in 1971 by`)."""
_LINKS = frozenset({"with", "to", "by", "the", "a", "an", "on", "against"})
PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "it", "its", "him", "them"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
"""Pronouns that may own a noun (`her mother`): the noun, not the owner, is then a subject."""
_OWNER_FIRST = re.compile(r"[\"'“‘]?[A-Z][\w-]*['’]s?\s+[a-z]")
"""A sentence that opens with a capitalised owner of a noun (`Galway's festival`)."""
_WHO = normalize_word("who")
_RELATIVE_GAP = re.compile(r"(?:\s+(?:[a-z]+|\d[\d,.]*)){0,3}\s+")
"""Between `who` and a phrase of its clause: lower-case words and numbers (`who faces 3`)."""
_UNKNOWN_ANTECEDENT = re.compile(r"([A-Z][\w'’-]*)(?:,\s*\d{1,3})?\s*,\s*$")
"""Before `who`: a capitalised name, an age in apposition aside (`Lee Shaw, 41,`)."""
_PARTY_TAG = re.compile(r"(?<=[\w.])\s*,\s*[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z][A-Za-z]*\.?)*\s*,\s*$")
"""Before `who`: a party and state in apposition after a name, between commas (`Sen. Ted Cruz,
R-Texas,`, `Rep. Nita Lowey, D-N.Y.,`): the name's label, not a name of its own."""
_NAME_BEFORE_TAG = re.compile(r"([A-Z][\w'’-]*)$")
"""Right before a party and state: the last word of the name it labels."""
_WHICH = normalize_word("which")
_WHICH_GAP_STOPS = frozenset(
    map(
        normalize_word,
        """not no never nor n't without which that who whose and or but if whether said says
        say told tells reported reports would could might may""".split(),
    )
)
"""Words that, between `which` and a phrase of its clause, make the clause not state the
phrase of the name before `which`: a negation, a report, a possibility, another clause."""
_WHOSE = normalize_word("whose")
_WITH = normalize_word("with")
_WITH_ASIDE = re.compile(r"\s*(?:\([^()]*\)\s*)?")
"""Between the name after `with` and the `-ing` word of its clause: a bracketed aside at most
(`Larsen and Toubro (LART.NS) adding`)."""
_THAN = normalize_word("than")
_AS = normalize_word("as")
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but)|;)\s+" + _COUNT_WORD + r"\s", re.I)
"""Between a phrase and a name after it: a clause joined after a comma with a figure of its own
(`, and 14 in the Tarsa crash`), the name its own."""
CLAUSE_OPENERS = frozenset(
    map(
        normalize_word,
        """when while whereas after before because since until unless if although though
        once that which who whom whose""".split(),
    )
)
"""Words that open a clause of its own: a name right after one is that clause's subject (not
`as`, most often a preposition there: `named as the dead`)."""
_PRONOUN_KINDS = {
    **dict.fromkeys(map(normalize_word, "he his him she her".split()), frozenset({"person"})),
    **dict.fromkeys(
        map(normalize_word, "it its".split()),
        frozenset({"organisation", "team", "product", "event"}),
    ),
}
"""The kinds of entity a pronoun may stand for when it opens a text (`they` may be many)."""
_GENDERED = {
    **dict.fromkeys(map(normalize_word, "he his him himself mr".split()), "he"),
    **dict.fromkeys(map(normalize_word, "she her hers herself mrs ms miss".split()), "she"),
}
"""Pronouns and titles that tell a person's gender, by their normalised words."""
GENDER_REACH = 12
"""How many words after a name a pronoun may refer back to it (`Merner said he ...`)."""


def pronoun_gender(pronoun: str) -> str | None:
    """`he` or `she` for a gendered pronoun or title (normalised), else None."""
    return _GENDERED.get(pronoun)


_KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "company firm group organisation organization party agency department ministry "
        "government airline maker manufacturer chain retailer operator network".split(),
        "organisation",
    ),
    **dict.fromkeys("team club side".split(), "team"),
    **dict.fromkeys("bar product brand device model".split(), "product"),
}
KIND_NOUNS = {normalize_word(word): kind for word, kind in _KIND_WORDS.items()}
"""Nouns that refer back (`the company said`) to the last entity named of their kind."""
_KIND_NOUN_KINDS = {normalize_word("brand"): frozenset({"product", "organisation"})}
"""Kind nouns that may stand for an entity of more than one kind: a brand is a product or the
company that sells under its name (`the beauty brand` for Coty)."""
_REFERRED_APART = frozenset(
    normalize_word(w)
    for w in """other another rival next last previous former first second third fourth fifth
    new fellow parent sister subsidiary target joint host home away opposing same latter
    former original main only whole entire own local foreign state national private public
    big small news wire press media ratings rating credit central""".split()
)
"""Words between `the` and a kind noun that may make it another entity than the one named
before (`the rival firm`, `the parent company`, `the home side`, `the state company`), or one
that reports on it (`the news agency`, `the ratings agency`)."""
NON_PERSON_KINDS = frozenset({"organisation", "team", "product", "event"})
"""Kinds that `it` may refer back to."""
_IT_AUXILIARIES = frozenset(map(normalize_word, "is was has had been be".split()))
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
_RELATIVE_AUXILIARIES = frozenset(
    map(normalize_word, "is are was were has have had been also".split())
)
"""Between `which`/`that` and the phrase (`the crash, which has killed`)."""
"""Words that may stand between `it` and the phrase it is the subject of (`it was formed`)."""
BACK_REACH = 2
"""How many sentences back `the company` or `it` may look for the entity it refers to."""
_WHO_UNREAL = frozenset(map(normalize_word, "would could might may".split()))
"""Modals between `who` and the phrase: the clause tells a possibility."""
_BEFORE_RELATIVE_PHRASE = _RELATIVE_AUXILIARIES | _WHO_UNREAL
_ABBREVIATION_BRACKET = re.compile(r"\.?\s*\((?:[A-Z]{2,8}:\s*)?[A-Z][A-Z0-9.&-]{0,9}\)\s*,?\s*")
"""Between a name and the `which`/`that`/`who` of its clause: the name's abbreviation or stock
ticker in brackets, capitals only (`The Home Depot Inc. (NYSE: HD) which traded up`,
`Larsen and Toubro (LART.NS), which`), no word of the clause."""


def _relative_pronoun(norms: list[str], first: int) -> int | None:
    """Where the `which`/`that`/`who` stands that opens the clause of a phrase starting at word
    ``first``, past auxiliaries, `also` and modals (`the crash, which has killed`), after at
    least one word (its antecedent's); None when none does."""
    k = first - 1
    while k >= 0 and norms[k] in _BEFORE_RELATIVE_PHRASE:
        k -= 1
    return k if k >= 1 and norms[k] in _RELATIVE_PRONOUNS else None


THING_NOUNS = frozenset(
    map(
        normalize_word,
        """well shaft chute pit mine tram train car truck lorry bus van vehicle plane aircraft
        ship boat building tower bridge road street house home site crash attack shooting
        accident fire explosion storm flood""".split(),
    )
)
"""Nouns that, ending a name of an entity without a `kind`, tell a thing, not a person: such an
entity is never referred back to by `the six-year-old`."""
DESCRIBED_BETWEEN = frozenset(
    map(
        normalize_word,
        """is was are were has had have been be being will would could can may might must should
        did does do also then later reportedly allegedly apparently accidentally just already
        still""".split(),
    )
)
"""Auxiliaries and adverbs that may stand between `the six-year-old` and the phrase it is the
subject of (`the six-year-old had reportedly fallen`)."""
DESCRIBED_REACH = 4
"""How many of those words may stand between them."""
COORDINATED_REACH = 10
"""How many words a described subject's first predicate may run to before `and` and the
phrase's (`The 48-year-old was evicted in April and sentenced to 50 weeks`)."""
GROUP_BETWEEN = DESCRIBED_BETWEEN | frozenset(map(normalize_word, "only finally now".split()))
"""Words that may stand between `the researchers` (or `they`) and the phrase it is the subject of
(`the scientists only spotted`)."""
_GROUP_TIE = re.compile(
    r"(?:\s+and\s+(?:his|her|their|its)|['’]s?)\s+(?:research\s+)?"
    r"(?:colleagues|team|co-?authors|collaborators|fellow\s+researchers)\b",
    re.I,
)
"""After a name: the group it leads (`Lind and her colleagues`, `Lind's team`)."""
_GROUP_WORDS = frozenset(
    """team teams group groups colleagues researchers scientists astronomers experts authors
    co-authors coauthors investigators collaborators""".split()
)
"""Words that name a group of people: one between a group and `the researchers` or `they` may
be the group they stand for."""
_HYPHENED_MODIFIER = re.compile(r"-[a-z]")
"""After a capitalised word: a hyphen and a lower-case word, a modifier (`Olympic-size`)."""
_GROUP_LEADS = frozenset("and but then so now".split())
"""A sentence's first word that may stand before the subject it opens with (`Then the
scientists got`)."""
_GROUP_KINDS = frozenset({"person", "organisation", "team", None})
"""Kinds of entity that may be a group of people, or lead one."""
_WHO = normalize_word("who")
NOT_THE_EVENT = frozenset(
    normalize_word(word)
    for word in (
        "when since after before while until if unless whether previous previously last "
        "earlier another other similar separate compared worst deadliest record first "
        "anniversary ago "
        "would could might may should feared fear risk"
    ).split()
)
"""Words (as normalised) that, in a sentence naming no one, may tell another event, a
comparison or a hypothesis: the story's event is not implied there."""

_ANOTHER_OF_THE_KIND = re.compile(r"\b[Aa]n?\s+(?:second|third|fourth|fifth)\s+[a-z]")
"""`a second crash`: another member of the kind than the story's (not `the second day of`)."""
_AFTER = normalize_word("after")
_AFTER_SPAN = re.compile(
    r"\bafter\s+(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few"
    r"|several)[\s-]+(?:minutes?|hours?|days?|nights?|weeks?)\b(?!\s+(?:after|before|since)\b)",
    re.I,
)
"""`after` and a span of time it ends (`rescued after 96 hours`, `after four days underground`):
how long the event took, not another event."""


_COMPARED_YEAR = re.compile(r"\b(?:up|down)\s+from\s+[^,;:()]{1,30}?\s+in\s+$", re.I)


def _compared(text: str, start: int) -> bool:
    """Whether the year starting at ``start`` dates the earlier figure a change is measured
    from (`Turnout was 41%, up from 37% in 2022`): no other event."""
    return _COMPARED_YEAR.search(text, max(0, start - 60), start) is not None


def _spans_after(text: str) -> frozenset[int]:
    """Where each `after` that opens a span of time (``_AFTER_SPAN``) starts in ``text``."""
    return frozenset(m.start() for m in _AFTER_SPAN.finditer(text))


VOTING_MEMBERS = frozenset(
    map(
        normalize_word,
        """policymakers members MPs officials governors directors shareholders councillors
        judges dissenters""".split(),
    )
)
"""Members of a body who may vote for an act the body did not do (`two of its nine policymakers
had voted to cut interest rates to 3.25%`)."""
_VOTE, _TO = normalize_word("voted"), normalize_word("to")
_VOTE_AUXILIARIES = frozenset(map(normalize_word, "had have has also both instead".split()))
"""Words that may stand between the members and `voted`."""

ATTEMPTS = frozenset(
    map(
        normalize_word,
        """try tries tried trying attempt attempts attempted attempting bid bids seek seeks
        sought seeking strive strives strove striving effort efforts""".split(),
    )
)
"""Words of trying: a phrase after one and `to` (`had tried to climb`) is not said to be done."""
INTENTIONS = frozenset(
    map(
        normalize_word,
        """consider considers considered considering plan plans planned planning propose
        proposes proposed proposing mull mulls mulled mulling weigh weighs weighed weighing
        explore explores explored exploring contemplate contemplates contemplated
        contemplating discuss discusses discussed discussing""".split(),
    )
)
"""Verbs of intending: a phrase in their object (`had considered a London listing`) is not
said to be done."""
RETRACTED = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|original|older)\s+version"
    r"(?:\s+of\s+(?:this|the)\s+(?:article|story|report|piece|page|caption|headline))?"
    r"(?:\s*,[^,.;:!?]{1,40},)?"
    r"(?:\s+(?:incorrectly|wrongly|mistakenly|erroneously))?"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously))"
    r"\s+(?:said|stated|reported|gave|described|misstated|claimed|suggested|referred\s+to"
    r"|quoted)\b"
    r"(?:(?!\bbut\b)(?:[^.;:!?()]|(?<=\d)\.(?=\d)))*",
    re.I,
)
"""A correction's account of what the text said before it was put right (`an earlier version
said Katla last erupted in 1981`, `A previous version of this article, machine-translated,
said`, `wrongly stated that 900 people`, `An earlier version quoted Ms Ferrer as saying "..."`),
to the end of its clause or a `but` (`said 800 people, but 900 were`): what it reports is
retracted, not stated, quotes included. A decimal point does not end it (`said Ferreyra won
€1.5m in prize money`)."""
_RETRACTION_CUES = frozenset(
    map(normalize_word, "version incorrectly wrongly mistakenly erroneously".split())
)
"""A sentence without one of these words holds no ``RETRACTED`` span."""
INVERTED_CONDITION = re.compile(
    r"^[\"“'‘]?(?:(?:Had|Should|Were)\s+(?!not\b|n't\b)|(?:(?:Even|Only)\s+)?(?:If|Unless|Whether)\b)"
    r"[^,;:.!?()—–]*"
)
"""A condition opening its sentence, told by inversion (`Had the hearing gone ahead in June,
...`, `Should the union vote to strike, ...`) or by `If`, `Unless` or `Whether` (`If Sakai
resigned on Monday, nobody told the party`, `Whether he resigned in Osaka or Tokyo is
disputed`), to the next punctuation mark: its act is not told as done. Not after a comma: `Two
soldiers, who were on patrol, had been killed` goes on a sentence, it sets no condition."""
_INVERTING = frozenset(map(normalize_word, ("had", "should", "were", "if", "unless", "whether")))
_INTENDED_DETERMINERS = frozenset(map(normalize_word, "a an the its their his her".split()))
INTENDED_REACH = 2
"""How many words (`London`) may stand between the object's determiner and the phrase."""
_INDEFINITE = frozenset(map(normalize_word, ("a", "an")))
_SUBJECT_VERB_AUXILIARIES = frozenset(
    map(normalize_word, "is are was were be been being has have had".split())
)
_OPENING_MAKER_NOUN = re.compile(r"[a-z0-9][a-z0-9-]*[a-z][a-z-]*|[a-z]")
"""A lower-case word of the noun phrase opening a sentence before `by` (`study`, `new`,
`11-year`)."""
_PAST_PARTICIPLES = frozenset(
    """led run made paid held won told given written seen done bought sold brought taken shown
    known set put hit cut built sent spent lost kept chosen drawn driven backed""".split()
)
"""Words before `by` that make it a passive's agent (`The study led by Hart`), not a maker."""
_IRREGULAR_PAST = frozenset(
    """found made gave took won paid showed saw put set got had led drew brought bought sold
    told said became began came went kept left lost held hit cut ran spent sent built struck
    wrote chose beat met""".split()
)
"""Verbs in the past that end in no `-ed` (`The study by Solheim found ...`)."""
_MAKER_VERB_AUXILIARIES = frozenset({"has", "have", "had"})
_SIGNING_VERBS = frozenset("signed bought acquired secured landed".split())
"""Verbs in the past whose subject pays for their object (`Kingsbridge signed Varga for a fee
of £54m`)."""
_SIGNING_HEDGES = frozenset(
    map(
        normalize_word,
        """if unless whether had would could might may should not never no nor hoped wanted
        tried failed nearly almost reportedly rumoured""".split(),
    )
)
"""Words before the signing's subject that make the signing a condition, hope or rumour."""
_ANOTHER_OF_KIND = frozenset(
    """earlier previous prior past former older old last other later latest next first second
    third separate similar rival original smaller larger bigger pilot follow-up new-found
    another""".split()
)
"""Words before `by` that make the thing another one of its kind (`The earlier study by
Solheim`)."""


def _event_words(entities: Iterable[Entity]) -> set[str]:
    """Every word of the names of the events among ``entities``."""
    return {
        normalize_word(w)
        for e in entities
        if e.kind == "event"
        for n in (e.name, *e.aliases, *e.mention_only)
        for w in words(n)
    }


def _names_another_of_kind(text: str, entities: Iterable[Entity]) -> bool:
    """Whether ``text`` names another event of the kind of an event entity whose name ends
    with a capitalised head word (`The Galway Arts Festival` for the `Harbourlight Festival`):
    a capitalised word other than an article before that head, and none of the entity's own
    names there."""
    for entity in entities:
        words = entity.name.split()
        if entity.kind != "event" or len(words) < 2 or not words[-1][:1].isupper():
            continue
        if words[-1] not in text:
            continue
        for found in re.finditer(r"((?:[A-Z][\w'’-]*\s+)+)" + re.escape(words[-1]) + r"\b", text):
            named = found[0]
            if any(n in named for n in entity.names):
                continue
            if any(w not in _ARTICLE_WORDS for w in found[1].split()):
                return True
    return False


_ARTICLE_WORDS = frozenset({"The", "A", "An"})


def _new_subject(norms: list[str], phrase_first: int, event_words: set[str]) -> bool:
    """Whether a sentence naming no one opens with an indefinite subject that acts before the
    phrase and, up to its first preposition, shares no word with the event's names (`A 4.9
    aftershock struck near Ermenek at a depth of 7 km` for the `Ermenek earthquake`): a new
    thing, not the story's event, is what the sentence tells. A word of the event's names (`A
    magnitude 6.4 earthquake struck`) or a passive (`A woman was killed`) leaves the event
    implied."""
    if phrase_first < 2 or norms[0] not in _INDEFINITE:
        return False
    before = norms[1:phrase_first]
    if not _SUBJECT_VERB_AUXILIARIES.isdisjoint(before):
        return False
    cut = next((k for k, n in enumerate(before) if n in PREPOSITIONS), len(before))
    return event_words.isdisjoint(before[:cut])  # the subject and its verb, not `near Ermenek`


_AGENT_AFTER = re.compile(r"\s+by\s+an?\s+([^,;:!?()\"“”]{1,80})", re.I)
"""Right after a phrase: a passive agent opened by `a`/`an` (`killed by an aftershock`), up to
the clause's end."""


def _another_agent(text: str, phrase_end: int, event_words: set[str]) -> bool:
    """Whether the phrase, ending at ``phrase_end``, is followed by a passive agent opened by
    `a`/`an` that shares no word with the event's names (`12 rescue workers killed by an
    aftershock on Thursday`): a thing of its own did the act, not the story's event. An agent
    sharing a word with them (`killed by a magnitude 7.1 earthquake`) or a definite one (`killed
    by the quake`) leaves the event implied."""
    agent = _AGENT_AFTER.match(text, phrase_end)
    if agent is None:
        return False
    named = [normalize_word(w) for w in words(agent[1])]
    cut = next((k for k, n in enumerate(named) if n in PREPOSITIONS), len(named))
    return event_words.isdisjoint(named[:cut])


def slot_place_names(story: Story, where: str) -> tuple[str, ...]:
    """The names of the places that hold ``where`` or that it holds (itself included): in a
    phrasing, these tell where the act was and become a slot any place can fill."""
    related = {p for p in story.places if p == where or where in story.ancestors(p)} | set(
        story.ancestors(where)
    )
    return tuple(n for p in story.places.values() if p.id in related for n in p.names)


@dataclass
class CompiledStory:
    """A story's names, places and phrases compiled once per session."""

    story: Story
    entities: Gazetteer
    places: Gazetteer
    phrases: dict[str, tuple[Pattern, ...]]
    quotes: dict[str, tuple[tuple[str, ...], ...]]
    quote_keys: dict[str, frozenset[str]]
    about: re.Pattern[str]
    about_cues: frozenset[str] | None
    about_words: tuple[tuple[str, ...], ...] | None = None
    """The words of each `about` name (``name_words``): all of one name's are in a text that
    names it."""
    proper: re.Pattern[str] | None = None
    """The story's proper names (``is_proper_name``), as written (case-sensitive): entities'
    names and places'. None when it has none."""
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, repr=False, compare=False)
    """What a check works out once per story from its facts alone (its key names it)."""

    @cached_property
    def anchors(self) -> dict[str, world.Anchor | None]:
        """Where each `where` fact's place lies in the world, when that is clear: only such a
        fact is judged against a place the gazetteer does not hold (worked out when first
        asked, so a story without one never reads the world gazetteer)."""
        wheres = {f.where for f in self.story.facts if f.where is not None}
        return {w: world.anchor(self.story, w) for w in sorted(wheres)}

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the story's phrasings and of its entities' and places' names
        (normalised): what its facts are about."""
        found = {e for patterns in self.phrases.values() for p in patterns for e in p.elements}
        names = [n for e in self.story.entities.values() for n in e.names]
        names += [n for p in self.story.places.values() for n in p.names]
        found.update(w for name in names for w in words(name))
        return frozenset(found)

    @cached_property
    def reads_world(self) -> bool:
        """Whether any fact's place is anchored in the world gazetteer."""
        return any(a is not None for a in self.anchors.values())

    def own_place_names(self, where: str) -> tuple[str, ...]:
        """``slot_place_names`` of ``where``, lower-cased: the names that tell the fact's own
        place, worked out once per story and place."""
        key = ("own-place-names", where)
        if key not in self.memo:
            self.memo[key] = tuple(n.lower() for n in slot_place_names(self.story, where))
        return cast("tuple[str, ...]", self.memo[key])

    def place_country(self, place_id: str) -> str | None:
        """The country a place of the story lies in (``world.anchor``), when that is clear."""
        key = ("place-country", place_id)
        if key not in self.memo:
            found = world.anchor(self.story, place_id)
            self.memo[key] = None if found is None else found.country
        country = self.memo[key]
        return country if isinstance(country, str) else None

    @cached_property
    def title_votes(self) -> dict[str, dict[str, int]]:
        """By entity: the genders its names' titles give (`Mr Trump`), three votes each."""
        votes: dict[str, dict[str, int]] = {}
        for entity in self.story.entities.values():
            for name in entity.names:
                title = name.split(maxsplit=1)[0].rstrip(".").lower() if name.strip() else ""
                if title in ("mr", "mrs", "ms", "miss"):
                    tally = votes.setdefault(entity.id, {})
                    tally[_GENDERED[title]] = tally.get(_GENDERED[title], 0) + 3
        return votes

    @cached_property
    def name_anchors(self) -> dict[str, frozenset[str]]:
        """By entity: the words its names are found from (``Gazetteer.build``): a sentence
        with none of them names it only as `the latter` or `the former`."""
        anchors: dict[str, set[str]] = {}
        for word, exact in self.entities.by_first.items():
            for _, ref in exact:
                anchors.setdefault(ref, set()).add(word)
        for word, fuzzy in self.entities.by_any.items():
            for _, _, ref, _ in fuzzy:
                anchors.setdefault(ref, set()).add(word)
        return {ref: frozenset(found) for ref, found in anchors.items()}

    @cached_property
    def group_nouns(self) -> dict[str, frozenset[str]]:
        """By plural noun (`researchers`): the entities, of a kind that may be people, one of
        whose names ends in that noun in the singular, written lower case (`lead researcher`,
        `NASA team`): the descriptions of a group of them the fact file offers."""
        found: dict[str, set[str]] = {}
        for ref, entity in self.story.entities.items():
            if entity.kind not in _GROUP_KINDS:
                continue
            for name in entity.names:
                last = name.split()[-1] if name.split() else ""
                if not last.isalpha() or not last.islower():
                    continue
                if last.endswith(("s", "x", "ch", "sh")):
                    plural = last + "es"
                elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
                    plural = last[:-1] + "ies"
                else:
                    plural = last + "s"
                found.setdefault(plural, set()).add(ref)
        return {noun: frozenset(refs) for noun, refs in found.items()}

    @cached_property
    def things(self) -> frozenset[str]:
        """The entities that are things, never `who`: of `kind: product` or `event`, or of no
        kind with a name ending in a noun of a thing (`tram`, `well`, ``THING_NOUNS``)."""

        def thing(entity: Entity) -> bool:
            if entity.kind is not None:
                return entity.kind in ("product", "event")
            return any((words(n) or ("",))[-1] in THING_NOUNS for n in entity.names)

        return frozenset(e.id for e in self.story.entities.values() if thing(e))

    @cached_property
    def persons(self) -> frozenset[str]:
        """The entities that are persons: of `kind: person`, or of no kind with no name ending
        in a noun of a kind (`company`) or of a thing (`well`, ``THING_NOUNS``)."""

        def person(entity: Entity) -> bool:
            if entity.kind is not None:
                return entity.kind == "person"
            heads = {(words(n) or ("",))[-1] for n in entity.names}
            return not heads & (THING_NOUNS | KIND_NOUNS.keys())

        return frozenset(e.id for e in self.story.entities.values() if person(e))

    def titled_gender(self, ref: str) -> str | None:
        """`he` or `she` when a title in the entity's names says it (`Mr Trump`, `Ms
        Brandauer`), and no title says the other; else None."""
        key = ("titled-gender", ref)
        if key not in self.memo:
            found = set()
            for name in self.story.entities[ref].names:
                title = name.split(maxsplit=1)[0].rstrip(".").lower() if name.strip() else ""
                if title in ("mr", "mrs", "ms", "miss"):
                    found.add(_GENDERED[title])
            self.memo[key] = found.pop() if len(found) == 1 else None
        gender = self.memo[key]
        return gender if isinstance(gender, str) else None

    def event_countries(self, who: frozenset[str]) -> frozenset[str]:
        """The countries where the event of ``who`` happens: those of the `where` of its facts,
        or, when none has one, of every place of the story (``place_country``)."""
        key = ("event-countries", who)
        known = self.memo.get(key)
        if not isinstance(known, frozenset):
            story = self.story
            wheres = {f.where for f in story.facts if f.where is not None and who & set(f.who)}
            countries = (self.place_country(p) for p in sorted(wheres or story.places))
            known = self.memo[key] = frozenset(c for c in countries if c is not None)
        return known

    def is_about(
        self, article: Article, folded: str | None = None, words: AbstractSet[str] | None = None
    ) -> bool:
        """Whether the article names one of the story's `about` entities (in any spelling).

        ``folded`` is ``fold_case`` of the title and text: without a cue word in it, or
        without all the words of one of the names, the article cannot name them, and the
        slower search is skipped. ``words``, when given, are the words of ``folded`` (its
        runs of letters and digits): a name found puts each of its ASCII words there whole, so
        a word is looked up there instead of searched for in the text (`un` inside `until` is
        no `Un`).
        """
        cues, names = self.about_cues, self.about_words
        if folded is not None and (cues is not None or names is not None):
            text = folded
            seen: dict[str, bool] = {}  # each word looked for in the text once, if at all

            def has(word: str) -> bool:
                found = seen.get(word)
                if found is None:
                    found = seen[word] = word in text
                return found

            test: Callable[[str], bool] = has if words is None else words.__contains__
            if cues is not None and not any(map(test, cues)):
                return False
            if names is not None and not any(all(map(test, name)) for name in names):
                return False
        return (
            self.about.search(article.title) is not None
            or self.about.search(article.text) is not None
        )

    @cached_property
    def _reads(self) -> dict[str, tuple[frozenset[str], bool, bool]]:
        return {}

    @cached_property
    def head_words(self) -> dict[str, frozenset[str]]:
        """For each entity, the last words of its names of several words (`emails` of `new
        emails`): the noun a count of it may stand on alone."""
        return {
            e.id: frozenset(w[-1] for n in e.names if len(w := words(n)) > 1)
            for e in self.story.entities.values()
        }

    @cached_property
    def done_to_who(self) -> frozenset[str]:
        """The facts one of whose phrasings is a passive (`was founded`): their `who` is what
        the act is done to, whoever does it."""
        return frozenset(
            f.id
            for f in self.story.facts
            if any(len(w := words(phrase)) > 1 and w[0] in PASSIVE_AUXILIARIES for phrase in f.what)
        )

    def reads(self, fact: Fact) -> tuple[frozenset[str], bool, bool]:
        """How a fact's phrase mentions are read, worked out once per fact: its `who`, whether
        its place is anchored in the world (a world place may then fill it), and whether it
        is a person's age (a count whose `what` is an age phrase)."""
        known = self._reads.get(fact.id)
        if known is None:
            anchored = fact.where is not None and self.anchors.get(fact.where) is not None
            ages = fact.count is not None and not fact.ordinal
            ages = ages and any(is_age_phrase(p) for p in self.phrases[fact.id])
            known = self._reads[fact.id] = (frozenset(fact.who), anchored, ages)
        return known

    @cached_property
    def _life_events(self) -> dict[str, str | None]:
        return {}

    def life_event(self, fact: Fact) -> str | None:
        """Whether ``fact`` is a birth or a death with a `when` (``lifespans.BIRTH``,
        ``lifespans.DEATH``; None otherwise), worked out once per fact: a life span in
        brackets after its `who` then states its date."""
        if fact.id not in self._life_events:
            event = lifespans.life_event(self.phrases[fact.id]) if fact.when else None
            self._life_events[fact.id] = event
        return self._life_events[fact.id]

    @classmethod
    def build(cls, story: Story) -> CompiledStory:
        entities = Gazetteer.build((e.id, n) for e in story.entities.values() for n in e.names)
        places = Gazetteer.build((p.id, n) for p in story.places.values() for n in p.names)
        phrases = {}
        interned: dict[tuple[str, str, bool], Pattern] = {}  # facts that share a phrasing share it
        for fact in story.facts:
            # with a `where`, the name of a place that holds it or that it holds becomes a slot
            # any place can fill (`arrived in Russia`); another place is the phrase's own word
            # (`chose Lisbon`, for a choice made in Lausanne: its object, not where it was made)
            place_names = slot_place_names(story, fact.where) if fact.where else ()
            where = fact.where or ""
            phrases[fact.id] = tuple(
                interned.setdefault((w, where, False), compile_phrase(w, place_names))
                for w in (
                    *fact.what,
                    *_toll_phrasings(fact),
                    *named_phrasings(fact.what, story),
                    *present_phrasings(fact.what),
                )
            ) + tuple(
                interned.setdefault(
                    (w, where, True),
                    compile_phrase(w, place_names, noun_of_act=True),
                )
                for w in won_phrasings(fact.what)
            )
        quotes = {f.id: tuple(quote_words(q) for q in f.quotes) for f in story.facts if f.quote}
        quote_keys = {
            fid: frozenset(map(spelling_key, (w for q in qs for w in q)))
            for fid, qs in quotes.items()
        }
        about_names = [n for eid in story.about for n in story.entities[eid].routing_names]
        about = name_pattern(about_names)
        cues = name_cues(about_names)
        names = name_words(about_names)
        all_names = [n for e in story.entities.values() for n in e.names]
        all_names += [n for p in story.places.values() for n in p.names]
        proper_names = [n for n in all_names if is_proper_name(n)]
        proper = name_pattern(proper_names, ignore_case=False) if proper_names else None
        return cls(story, entities, places, phrases, quotes, quote_keys, about, cues, names, proper)

    @cached_property
    def descriptions(self) -> dict[str, frozenset[tuple[str, ...]]]:
        """The words of each entity's names that are descriptions, no proper names (`the
        bank`, `thieves`): a kind's, which may stand for another member of the kind."""
        return {
            e.id: frozenset(words(n) for n in e.names if not is_proper_name(n))
            for e in self.story.entities.values()
        }

    @cached_property
    def proper_folded(self) -> re.Pattern[str] | None:
        """``proper`` whatever the case: for a text written all in one case."""
        return None if self.proper is None else re.compile(self.proper.pattern, re.I)

    def names_story(self, article: Article) -> bool:
        """Whether the article is plainly about this story, not only routed to it by a
        description (`boy`, `the tram`) that any article may use: it declares the story, or
        it names one of the story's proper names (an entity's or a place's)."""
        if self.story.id in article.stories:
            return True
        return any(map(self._names_in, (article.title, article.text)))

    def _names_in(self, text: str) -> bool:
        """Whether ``text`` holds a proper name of the story: as written, or in any case when
        the text is all in one case (a lower-cased summary, a title in capitals)."""
        proper = self.proper
        if proper is None:
            return False
        if text.lower() == text or text.upper() == text:
            proper = self.proper_folded
        return proper is not None and proper.search(text) is not None


DYING = frozenset(map(stem, map(normalize_word, "kill killed dead die died death".split())))
"""Words of dying: a fact of deaths with a count (`what: [killed, dead]`) is stated by its
death toll too."""
TOLL_PHRASING = "death toll"
_TOLL_WORDS = tuple(normalize_word(w) for w in words(TOLL_PHRASING))


def _toll_phrasings(fact: Fact) -> tuple[str, ...]:
    """``TOLL_PHRASING`` for a fact that counts deaths (a count, a `what` phrasing of one word
    of dying: `killed`, `dead`, `died`), and not already among its phrasings: `The death toll
    rose to 47` states it. Its count is read only after `rose to`, `stands at` and the like
    (``checks.count``), never before the phrase; the toll's sentence dates and places the
    count, not the deaths, so its date and place are not judged (``checks.when``,
    ``checks.where``)."""
    if fact.count is None or fact.unit or fact.ordinal:
        return ()
    if TOLL_PHRASING in fact.what:
        return ()
    single = (words(w) for w in fact.what)
    if any(len(ws) == 1 and stem(normalize_word(ws[0])) in DYING for ws in single):
        return (TOLL_PHRASING,)
    return ()


_PARTICLES = frozenset("off back out down up by to for in on at with against".split())
"""After a verb of beating, words that make it another verb (`beat off rivals`, `beat back`)
or leave it no object (`defeated by`, `beat them to it`)."""


def won_phrasings(what: Sequence[str]) -> tuple[str, ...]:
    """For each phrasing of ``what`` that is a verb of beating and its object (`beat
    Castleford`, `defeated the Tigers`), the nouns of winning over that object: `win over
    Castleford`, `victory over Castleford` (`Leeds's 24-12 win over Castleford on Saturday`
    states it); for the verb alone (`beat`), over anyone: `win over`, `victory over`. Such a
    phrasing is read only where the sentence states the win was had
    (``Reading.noun_of_act_stated``), never for another entity's act (``actors``);
    phrasings the fact lists itself are not made again."""
    made: list[str] = []
    for phrasing in what:
        found = phrasing.split()
        if not found or found[0].lower() not in _BEATING_VERBS:
            continue
        if len(found) > 1 and found[1].lower() in _PARTICLES:
            continue
        rest = " ".join(found[1:])
        made += (f"{noun} over {rest}".rstrip() for noun in sorted(WIN_NOUNS))
    return tuple(p for p in dict.fromkeys(made) if p not in what)


def present_phrasings(what: Sequence[str]) -> tuple[str, ...]:
    """For each phrasing with a past form of ``VERB_ONLY_BASES`` before more of its words
    (`broke the ceasefire`), the same phrasing with the present form (`break the ceasefire`):
    the form a denial or a plan writes (`did not break the ceasefire`), which the stemming of
    other verbs finds (`left`, `leave`) but which these verbs' nouns (`a break`) keep apart. A
    past form ending the phrasing is left alone (`the lead`, `a draw`)."""
    made = []
    for phrasing in what:
        words = phrasing.split()
        for k, word in enumerate(words[:-1]):
            base = VERB_ONLY_BASES.get(word.lower())
            if base is not None:
                made.append(" ".join([*words[:k], base, *words[k + 1 :]]))
    return tuple(p for p in dict.fromkeys(made) if p not in what)


def named_phrasings(what: Sequence[str], story: Story) -> tuple[str, ...]:
    """For each phrasing of ``what`` that ends in a proper name of one of the story's entities
    (`met with Ryan`), the same phrasing with each longer proper name of that entity in its
    place (`met with Paul Ryan`, `met with House Speaker Paul Ryan`): an article names the
    person in full, with a title, and a title and a first name between the phrase's words
    would stand further apart than a phrase's gap allows (`meet with House speaker Paul
    Ryan`). Phrasings the fact lists itself are not made again."""
    made: list[str] = []
    for phrasing in what:
        for entity in story.entities.values():
            names = [n for n in entity.names if is_proper_name(n)]
            for name in names:
                if not phrasing.endswith(" " + name):
                    continue
                stem_ = phrasing[: -len(name)]
                longer = (n for n in names if len(n) > len(name) and n.endswith(name))
                made += (stem_ + n for n in longer)
    return tuple(p for p in dict.fromkeys(made) if p not in what)


_NOUN_OPENING = re.compile(
    r"(?:(?P<owner>[^\W_]['’]s?)|(?<![\w'’])(?P<det>[Tt]he|[Tt]heir|[Ii]ts|[Aa]n?))\s+"
    r"(?P<mods>(?:(?!(?:a|an|the|their|its)\s)[a-z]+(?:-[a-z]+)*\s+){0,2})"
    r"(?:\d+\s*[-–]\s*\d+\s+)?$"
)
"""Before a noun of winning: its owner (`Leeds's`, `Saturday's`, `the Rhinos'`) or its
determiner, at most two plain modifiers and a score (`a hard-fought 24-12 win`)."""
_GOT = (
    r"(?:secured|claimed|earned|recorded|sealed|clinched|completed|grabbed|registered|posted"
    r"|snatched|notched|collected|achieved"
    r"|(?:cruised|eased|romped|stormed|battled|powered|raced|surged|coasted|swept|marched)\s+to"
    r"|(?:held|hung)\s+on\s+(?:for|to)|(?:picked|chalked|racked)\s+up|(?:ground|eked)\s+out)"
)
_GOT_A = re.compile(r"(?<![\w'’])" + _GOT + r"\s+$")
"""Before `a` and a noun of winning: a verb in the past by which the subject had the win
(`secured a 24-12 win`, `cruised to a 30-6 victory`, `held on for a win`)."""
_GOT_WORDS = frozenset(w for w in re.findall(r"[a-z]+", _GOT) if len(w) > 3)
_SET_APART_WINS = frozenset(
    """first last previous next another second third fourth fifth sixth seventh eighth ninth
    tenth only latest maiden opening straight consecutive successive record final earlier prior
    recent further""".split()
)
"""Before a noun of winning: words that make it another win than the fact's."""
_NO_WIN_YET = frozenset(
    """not never no without could would might can should must cannot need needs needed
    want wants wanted hope hopes hoped hoping chase chasing seek seeking if unless whether fail
    fails failed bid""".split()
)
"""Before a noun of winning: words that make it a win denied, possible, wanted or supposed
(`could go top with a win`, `need a win`, `without a win`); `may` as written in lower case."""
_NOT_VERBS = frozenset("was has is this his hers its thus plus across towards versus as".split())


def _no_places(index: int) -> tuple[()]:
    """The places a phrase with no place in it needs: none (the sentence's are not looked for)."""
    return ()


class SentenceTokens(dict[int, list[Token]]):
    """The Tokens of each sentence by its index, made when first asked for: a sentence where
    no name or phrase is found is only ever read by its normalised words. Made ones are read
    as from any dict; ``len`` and iteration are those of the list of all sentences' Tokens."""

    __slots__ = ("_count", "_norms", "_offsets", "_raw", "_texts")

    def __init__(self, texts: list[str], raw: list[list[str]], norms: list[list[str]]) -> None:
        super().__init__()
        self._texts = texts
        self._raw = raw
        self._norms = norms
        self._count = len(texts)
        self._offsets: dict[int, tuple[list[int], list[int]]] = {}

    def __missing__(self, index: int) -> list[Token]:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        if index < 0:
            return self[index + self._count]
        known = self._offsets.get(index)
        if known is None:
            made = tokens_of(self._texts[index], self._raw[index], self._norms[index])
        else:
            made = list(map(Token, self._norms[index], *known))
        self[index] = made
        return made

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[list[Token]]:  # type: ignore[override]
        return (self[index] for index in range(self._count))

    def offsets(self, index: int) -> tuple[list[int], list[int]]:
        """Where each word of sentence ``index`` starts and ends, without making its Tokens."""
        known = self._offsets.get(index)
        if known is None:
            made = self.get(index)
            if made is not None:
                known = [t.start for t in made], [t.end for t in made]
            else:
                starts: list[int] = []
                ends: list[int] = []
                start, end = starts.append, ends.append
                at = 0
                find = self._texts[index].find
                for word in self._raw[index]:  # as tokens_of does
                    at = find(word, at)
                    start(at)
                    at += len(word)
                    end(at)
                known = starts, ends
            self._offsets[index] = known
        return known

    def chars(self, index: int) -> Chars:
        """The character range of a run of words of sentence ``index`` (``Gazetteer.find``),
        worked out without making its Tokens."""

        known: tuple[list[int], list[int]] | None = None

        def chars(first: int, last: int) -> tuple[int, int]:
            nonlocal known
            if known is None:
                known = self.offsets(index)
            return known[0][first], known[1][last - 1]

        return chars


_UNKNOWN_NAME_AFTER_AGE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][a-z]+\s+[A-Z][a-z]+")
"""After an age: a person's name of two capitalised words, past their role's lower-case words."""


_SCENE_BEFORE = re.compile(r"\s+(?:from|at|in|inside|outside|near)\s+(?:the\s+)?", re.I)
"""Between a phrase and a name: a preposition of place, which makes it the scene of the act."""


class SentenceNames(dict[int, list[Span]]):
    """The names of a gazetteer (a story's entities, or its places) in each sentence of a
    document by its index, found when first asked for: most sentences are never asked about.
    Read as a list of every sentence's names: ``len`` and iteration are those of that list
    (iteration finds them all)."""

    __slots__ = ("_count", "_document", "_gazetteer", "_references")

    def __init__(self, document: Document, gazetteer: Gazetteer, references: bool) -> None:
        super().__init__()
        self._count = len(document.sentences)
        self._document = document
        self._gazetteer = gazetteer
        self._references = references
        """Whether `the latter` and `the former` are resolved (for entities)."""

    def __missing__(self, index: int) -> list[Span]:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        if index < 0:
            return self[index + self._count]
        doc = self._document
        norms = doc.norms[index]
        gazetteer = self._gazetteer
        found = (  # a sentence's tokens are made only where a name is found
            []
            if gazetteer.starts.isdisjoint(norms)
            else gazetteer.find((), norms, doc.tokens.chars(index), doc.sentences[index].text)
        )
        if self._references and ("latter" in norms or "former" in norms):
            found = _with_back_references(doc.tokens[index], norms, found)
        self[index] = found
        return found

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[list[Span]]:  # type: ignore[override]
        return iter(self.every())

    def every(self) -> list[list[Span]]:
        """The names of every sentence, in order."""
        return [self[index] for index in range(self._count)]


class WordIndex(dict[str, list[int]]):
    """The sentences each word stands in, in order, by word: found for a word when first
    asked for (an article is asked about a few dozen of its hundreds of words). A word of no
    sentence has an empty list."""

    __slots__ = ("_sets",)

    def __init__(self, sets: list[frozenset[str]]) -> None:
        super().__init__()
        self._sets = sets

    def __missing__(self, word: str) -> list[int]:
        found = self[word] = [i for i, held in enumerate(self._sets) if word in held]
        return found


@dataclass
class Document:
    """An article read once: its sentences and words, shared by every story checked on it."""

    article: Article
    anchor: dt.date | None
    names: tuple[str, ...] = ()
    """Names of the stories' entities with a full stop inside (``dotted_names``): no sentence
    ends within them."""
    sentences: list[Sentence] = field(init=False)
    tokens: SentenceTokens = field(init=False)
    norms: list[list[str]] = field(init=False, repr=False)
    _dates: dict[int, list[DateMention]] = field(init=False, default_factory=dict, repr=False)
    _numbers: dict[int, list[NumberMention]] = field(init=False, default_factory=dict, repr=False)
    _asides: dict[int, list[tuple[int, int]]] = field(init=False, default_factory=dict, repr=False)
    _aside_tokens: dict[int, list[tuple[int, int]]] = field(
        init=False, default_factory=dict, repr=False
    )
    _quoted: dict[int, list[tuple[int, int]]] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        self.sentences = article_sentences(self.article, self.names)
        texts = [s.text for s in self.sentences]
        raw = [raw_words(text, MAX_WORDS_PER_SENTENCE) for text in texts]
        self.norms = [normalize_words(words) for words in raw]
        self.tokens = SentenceTokens(texts, raw, self.norms)

    @cached_property
    def one_case(self) -> bool:
        """Whether the article's text is written all in one case (a lower-cased summary, a
        text in capitals): no capital tells a name there."""
        text = self.article.text
        return text.lower() == text or text.upper() == text

    def asides(self, index: int) -> list[tuple[int, int]]:
        """Character spans of the asides of sentence ``index`` (between dashes or commas)."""
        if index not in self._asides:
            text = self.sentences[index].text
            self._asides[index] = [m.span() for m in _ASIDE.finditer(text)]
        return self._asides[index]

    def aside_tokens(self, index: int) -> list[tuple[int, int]]:
        """Token ranges of the asides of sentence ``index`` that a phrase may run across
        (`, including ..., `, between dashes, in brackets)."""
        if index not in self._aside_tokens:
            text = self.sentences[index].text
            offsets = self.tokens.offsets
            self._aside_tokens[index] = aside_ranges(text, lambda: offsets(index)[0])
        return self._aside_tokens[index]

    def quoted(self, index: int) -> list[tuple[int, int]]:
        """Character spans of sentence ``index`` that stand inside quotation marks."""
        if self._quoted is None:
            spans: dict[int, list[tuple[int, int]]] = {}
            for first, last, q in self.quotes:
                for i in range(first, last + 1):
                    base = self.sentences[i].start
                    if base < 0 and i != first:
                        continue
                    offset = 0 if base < 0 else base
                    length = len(self.sentences[i].text)
                    start, end = max(0, q.start - offset), min(length, q.end - offset)
                    if start < end:
                        spans.setdefault(i, []).append((start, end))
            self._quoted = spans
        return self._quoted.get(index, [])

    def in_quotes(self, index: int, start: int, end: int) -> bool:
        """Whether sentence ``index``'s text[start:end] stands inside quotation marks."""
        return any(a <= start and end <= b for a, b in self.quoted(index))

    def numbers(self, index: int) -> list[NumberMention]:
        """The numbers of sentence ``index``, found once however many facts ask."""
        if index not in self._numbers:
            self._numbers[index] = find_numbers(self.sentences[index].text)
        return self._numbers[index]

    def dates(self, index: int) -> list[DateMention]:
        """The date expressions of sentence ``index``, found once however many facts ask."""
        if index not in self._dates:
            self._dates[index] = find_dates(self.sentences[index].text, self.anchor)
        return self._dates[index]

    @cached_property
    def voices(self) -> Voices:
        """Embedded posts, captions, galleries and boilerplate: looked for only on a clash."""
        text = self.article.text
        return Voices(foreign_segments(text, unasserted=False), text)

    @cached_property
    def may_embed(self) -> bool:
        """Whether the text may hold an embedded post (``segments.may_embed``): a quick test
        before ``voices`` for a caller that asks only about posts."""
        return may_embed(self.article.text)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the article: a phrase missing one of its words is not looked for."""
        return frozenset().union(*self.norms)

    @cached_property
    def word_sets(self) -> list[frozenset[str]]:
        """The words of each sentence: phrases are only looked for where all theirs are."""
        return [frozenset(norms) for norms in self.norms]

    @cached_property
    def word_index(self) -> WordIndex:
        """The sentences each word stands in, in order (``WordIndex``)."""
        return WordIndex(self.word_sets)

    @cached_property
    def quote_keys(self) -> list[frozenset[str]]:
        """The words of each quoted span, spelled alike, for a quick test before alignment."""
        return [frozenset(map(spelling_key, quote_words(q[2].text))) for q in self.quotes]

    @cached_property
    def quoted_vocabulary(self) -> frozenset[str]:
        """The words of every quoted span, spelled alike (see ``quote_keys``)."""
        return frozenset().union(*self.quote_keys)

    @cached_property
    def quotes(self) -> list[tuple[int, int, Quoted]]:
        """Quoted spans as (first sentence, last sentence, span in article text)."""
        body = [i for i, s in enumerate(self.sentences) if s.start >= 0]
        starts = [self.sentences[i].start for i in body]
        found: list[tuple[int, int, Quoted]] = []
        for i, s in enumerate(self.sentences):
            if s.start < 0:  # the title
                found += [(i, i, q) for q in find_quotes(s.text)]
        for q in find_quotes(self.article.text, wrapped=_hard_wrapped(self.article.text)):
            first = body[max(0, bisect.bisect_right(starts, q.start) - 1)]
            last = body[max(0, bisect.bisect_right(starts, q.end - 1) - 1)]
            found.append((first, last, q))
        return found

    def evidence(
        self, first: int, last: int | None = None, marks: Sequence[tuple[int, int]] = ()
    ) -> Evidence:
        """Evidence for sentences first..last; ``marks`` are offsets into sentence ``first``."""
        last = first if last is None else last
        sentence = self.sentences[first]
        if last == first or sentence.start < 0:
            return Evidence(sentence.text, sentence.line, tuple(marks))
        end_sentence = self.sentences[last]
        text = self.article.text[sentence.start : end_sentence.start + len(end_sentence.text)]
        return Evidence(text, sentence.line, tuple(marks))

    def quote_marks(self, first: int, quoted: Quoted) -> list[tuple[int, int]]:
        """The spans of ``quoted`` (one per piece) as offsets into sentence ``first``."""
        base = max(0, self.sentences[first].start)
        return [(a - base, b - base) for a, b in quoted.spans()]


AGE_PHRASES = (("year", "old"), ("aged",), ("age", "of"))
"""How an age phrase ends (`year-old`, `years old`, `died aged`, `at the age of`), normalised;
a phrase that is only `age` is one too."""
MAX_AGE = 120
"""A number in apposition to a name above this is no age."""
_AGE_CUE = re.compile(r",[ \t]*[1-9]")
"""What every age in apposition holds (``_APPOSED_AGE``): a sentence without it is skipped."""
_APPOSED_AGE = re.compile(
    r"\.?,[ \t]*([1-9]\d{0,2})"
    r"(?=[ \t]*[,;)](?![ \t]*\d)|[ \t]*[–—]|\s+-\s|\s+(?:of|from)\s+[A-Z]|[ \t]*\.?[ \t]*$)"
)
"""A number in apposition right after a name (`Donald Collett, 62, of Croydon`, `Seary, 57 -
were`, `The driver, 42 from Beckenham`): between commas (not the first of a list of numbers:
`Smith, 62, 58`), before a dash, `of`/`from` and a capitalised place, or the sentence's end;
after the period of a name's abbreviation too (`Patrick Carlineo Jr., 55,`). `Collett, 62
years` and `in 2016, 62 people` are not it."""


def is_age_phrase(pattern: Pattern) -> bool:
    """Whether a `what` phrase says a person's age (`year-old`, `aged`, `age`, `years old`)."""
    elements = pattern.elements
    return elements == ("age",) or any(elements[-len(p) :] == p for p in AGE_PHRASES)


@dataclass(frozen=True)
class ApposedAge:
    """An age in apposition to a name (`Donald Collett, 62,`): the fact's count when its `what`
    is an age phrase."""

    number: NumberMention
    judged: bool
    """False when it may be another's age, so that it only confirms: the name is the
    complement of another noun (`the son of Robert Huxley, 30,`) or that noun's head (`The
    driver of a tram, 42`), or the age stands inside quotation marks."""


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """Where a fact is mentioned: sentence, subject (None if carried over), phrase or quote.

    A value, never changed once made (not ``frozen``: a frozen one costs far more to build)."""

    index: int
    who: Span | None
    phrase: PhraseMatch | None = None
    quote: tuple[int, int, Quoted] | None = None
    alignment: QuoteAlignment | None = None
    wording: str | None = None
    """For a quote: the wording of the fact's quote that the quoted span renders."""
    via: str = ""
    """How a subject not named in the sentence was found: `carried` (`he`, from the sentence
    before), `referred` (`the company`, `it`, to the last entity of its kind), `implied` (the
    story's event, in a sentence naming no one), `described` (`the six-year-old`, to the one
    person named before), `opening` (`she`, opening a text that declares the story, to its
    `about` entity); for a named subject, `participle` when it is the main clause's subject
    of a participial clause the phrase opens (`while harvesting`), `relative` when it is the
    name before `which`/`that`, `agent` when it is the passive's agent after `by` (`was directed
    by Barry Jenkins`), `coordinated` when the phrase stands in a predicate joined by `and` to
    the subject's clause (`Thatcher defeated Heath and became the first woman to lead`),
    `source` when it is the organisation that reports its own act in a closing attribution
    (`Fifty-one jobs will go, the company said.`), `headed` when the phrasing itself writes it
    (`after the 1.5 magnitude tremor` for `magnitude tremor`); for a subject not named,
    `carried-past` when `he`/`she` stands for the `who` named two sentences back, past one
    that names no one; `figure` when the phrase opens with a noun of a company's own figures
    and the one organisation named before it owns them (`..., as revenue rose`)."""
    age: ApposedAge | None = None
    """For an age fact: the age in apposition to ``who`` (`Donald Collett, 62,`); the mention
    then has no phrase."""
    life: DateMention | None = None
    """For a birth or death fact with a `when`: the date a life span in brackets after ``who``
    gives it (`Bessie Smith (April 15, 1894 – September 26, 1937)`, ``factcheck.lifespans``);
    the mention then has no phrase."""
    actor: Span | None = None
    """For an `exclusive` fact: another entity of the story named as the subject of the phrase
    (`Ennis-Hill has been banned` for Chernova's ban, `factcheck.actors`). Only the `who` slot
    is judged on such a mention, and it contradicts it."""


@dataclass
class Reading:
    """An article read for one story: names and places per sentence, and the facts' mentions."""

    document: Document
    compiled: CompiledStory
    entities: SentenceNames = field(init=False)
    places: SentenceNames = field(init=False)

    _matches: dict[int, list[tuple[int, list[PhraseMatch]]]] = field(
        init=False, default_factory=dict, repr=False
    )
    _subjects: dict[tuple[int, int, int, frozenset[str]], Span | tuple[Span, str] | str | bool] = (
        field(init=False, default_factory=dict, repr=False)
    )
    memo: dict[tuple[object, ...], object] = field(init=False, default_factory=dict, repr=False)
    """What a check works out once per sentence for every fact that asks (its key names it)."""

    def __post_init__(self) -> None:
        self.entities = SentenceNames(self.document, self.compiled.entities, True)
        self.places = SentenceNames(self.document, self.compiled.places, False)

    @property
    def story(self) -> Story:
        return self.compiled.story

    @cached_property
    def names_story(self) -> bool:
        """``CompiledStory.names_story`` for this article, worked out when a clash first asks."""
        return self.compiled.names_story(self.document.article)

    def sentence_text(self, index: int) -> str:
        return self.document.sentences[index].text

    def world_places(self, index: int) -> list[Span]:
        """Well-known places of the world named in sentence ``index`` that the story's
        gazetteer does not hold (`factcheck.world.find`); none when no fact's place is
        anchored in the world."""
        if not self.compiled.reads_world:
            return []
        key = ("world", index)
        found = self.memo.get(key)
        if found is None:
            doc = self.document
            if not world.may_find(doc.norms[index]):
                self.memo[key] = found = []
                return found
            names = (*self.places[index], *self.entities[index])
            text = self.sentence_text(index)
            found = world.find(
                text, doc.tokens[index], doc.norms[index], names, doc.one_case, self.entities[index]
            )
            self.memo[key] = found
        assert isinstance(found, list)
        return found

    def slot_places(self, index: int) -> list[Span]:
        """The places that may fill a phrase's place: the story's, then the world's."""
        places = self.places[index]
        extra = self.world_places(index)
        return sorted((*places, *extra), key=lambda s: s.first) if extra else places

    def mentions(self, fact: Fact) -> list[Mention]:
        """Every mention of ``fact``: its quote, or its `who` and `what` together."""
        if fact.quote:
            return [
                Mention(q[0], None, quote=q, alignment=a, wording=w)
                for q, a, w in self.quotes_of(fact)
            ]
        found: list[Mention] = []
        who, anchored, ages = self.compiled.reads(fact)
        candidates: dict[int, list[list[PhraseMatch]]] = {}
        for pattern in self.compiled.phrases[fact.id]:
            for index, matches in self._phrase_matches(pattern):
                candidates.setdefault(index, []).append(matches)
        for index in sorted(candidates):
            taken: set[int] = set()  # phrasings that stem alike find the same words once
            for matches in candidates[index]:
                for match in matches:
                    if match.first in taken:
                        continue
                    if not anchored and any(world.is_world(p.ref) for p in match.places):
                        continue  # a world place judges only a fact whose place it can judge
                    inside = self._inside_name(index, match)
                    if inside is not None:
                        if len(who) == 1 and inside.ref in who:  # `A 17-year-old boy`, the boy
                            taken.add(match.first)
                            found.append(Mention(index, inside, phrase=match, via="headed"))
                        continue  # `the Telluride Film Festival`: a word of a name, not `filmed`
                    if match.pattern.noun_of_act and not self.noun_of_act_stated(index, match):
                        continue  # `could go top with a win over Castleford`: no win had
                    subject = self.subject(index, match, who)
                    if subject is False and fact.id in self.compiled.done_to_who:
                        subject = self.done_to(index, match, who, fact)
                    if subject is False and fact.unit in MONEY:
                        subject = self.signing_fee(index, match, who)
                    if subject is not False:
                        taken.add(match.first)
                    if isinstance(subject, Span):
                        found.append(Mention(index, subject, phrase=match))
                    elif isinstance(subject, tuple):  # a named subject found another way
                        found.append(Mention(index, subject[0], phrase=match, via=subject[1]))
                    elif isinstance(subject, str):
                        found.append(Mention(index, None, phrase=match, via=subject))
        if ages:
            found += [
                Mention(i, span, age=age) for i, span, age in self.apposed_ages if span.ref in who
            ]
            found.sort(key=lambda m: m.index)
        event = self.compiled.life_event(fact)
        if event is not None:
            found += [
                Mention(i, span.name, life=span.date(event))
                for i, span in self.life_spans
                if span.name.ref in who
            ]
            found.sort(key=lambda m: m.index)
        return found

    def subject(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> Span | tuple[Span, str] | str | bool:
        """``_subject``, worked out once per phrase match and `who` however many facts ask."""
        key = (index, match.first, match.last, who)
        known = self._subjects.get(key)
        if known is None:
            known = self._subject(index, match, who)
            if known is False:  # `Cuadrilla suspends drilling after 1.5 magnitude tremor`
                known = self._headed(index, match, who)
            self._subjects[key] = known
        return known

    def _modifier_in_apposition(self, index: int, span: Span, who: frozenset[str]) -> bool:
        """Whether ``span`` modifies the noun of an apposition to the name opening its
        sentence, a name that is none of ``who``'s (`Russia, a PEG ally, agreed to cut output`,
        `Kestrel, the Mullane-trained horse, won`): that name is the subject."""
        text = self.document.sentences[index].text
        opening = _APPOSED_BEFORE.fullmatch(text, 0, span.start)
        if opening is None or _APPOSED_AFTER.match(text, span.end) is None:
            return False
        end = opening.end("name")
        return not any(s.start < end and s.ref in who for s in self.entities[index])

    def _headed(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> tuple[Span, str] | bool:
        """For a phrase no other rule gives the fact's `who` as subject: the name of the `who`
        that the phrasing itself writes (``_who_in_phrase``), unless the phrase is an attempt,
        retracted, or owned by a name the story does not know."""
        named = self._who_in_phrase(index, match, who)
        if named is None or self.attempted(index, match) or self.retracted(index, match):
            return False
        if self._owned_by_unknown(index, match):
            return False
        return named, "headed"

    def _inside_name(self, index: int, match: PhraseMatch) -> Span | None:
        """The longer name of one of the story's entities that the phrase's words all stand
        inside (`Film` of `the Telluride Film Festival` for `filmed`): part of the name. When it
        is a name of the fact's one `who` (`year-old` of `17-year-old boy`), the name states the
        phrase (`A 17-year-old boy was arrested`), a mention that only confirms."""
        return next(
            (
                s
                for s in self.entities[index]
                if s.first <= match.first
                and match.last <= s.last
                and s.last - s.first > match.last - match.first
            ),
            None,
        )

    def is_toll(self, mention: Mention) -> bool:
        """Whether ``mention``'s phrase is the death toll (``TOLL_PHRASING``) a fact of deaths
        is stated by: its count is read only as the toll's value (``checks.count``)."""
        phrase = mention.phrase
        if phrase is None:
            return False
        norms = self.document.norms[mention.index][phrase.first : phrase.last]
        return tuple(norms) == _TOLL_WORDS

    def event_words(self, fact: Fact) -> set[str]:
        """Every word of the names of the events among ``fact``'s `who`."""
        return _event_words(self.story.entities[e] for e in fact.who)

    def phrase_matches(self, fact: Fact) -> list[tuple[int, PhraseMatch]]:
        """(sentence, match) of every phrasing of ``fact``, in sentence order; words that
        several phrasings find are given once."""
        found: dict[tuple[int, int], PhraseMatch] = {}
        for pattern in self.compiled.phrases[fact.id]:
            for index, matches in self._phrase_matches(pattern):
                for match in matches:
                    if pattern.noun_of_act and not self.noun_of_act_stated(index, match):
                        continue
                    found.setdefault((index, match.first), match)
        return [(index, found[index, first]) for index, first in sorted(found)]

    @cached_property
    def apposed_ages(self) -> list[tuple[int, Span, ApposedAge]]:
        """(sentence, name, age) of every age in apposition to a name of the story's entities
        (`Donald Collett, 62, of Croydon`), each to its own name (`Smith, 62, and Jones, 58,`).
        Read only for facts whose `what` is an age phrase."""
        doc = self.document
        found: list[tuple[int, Span, ApposedAge]] = []
        for index, sentence in enumerate(doc.sentences):
            text = sentence.text
            if _AGE_CUE.search(text) is None:  # no `, 62`: no age, and no names looked for
                continue
            spans = self.entities[index]
            tokens = doc.tokens[index]
            for span in spans:
                m = _APPOSED_AGE.match(text, span.end)
                if m is None or int(m.group(1)) > MAX_AGE or _possessive(doc, index, span):
                    continue
                number = next((n for n in doc.numbers(index) if n.start == m.start(1)), None)
                if number is None or number.unit or number.ordinal or number.approximate:
                    continue
                quoted = doc.in_quotes(index, number.start, number.end)
                of = _before_of(tokens, span.first)
                found.append((index, span, ApposedAge(number, not quoted and of is None)))
                head = next((s for s in spans if of is not None and s.last == of), None)
                if head is not None:  # `The driver of a tram, 42`: the driver's age, or the tram's
                    found.append((index, head, ApposedAge(number, False)))
        return found

    @cached_property
    def life_spans(self) -> list[tuple[int, lifespans.LifeSpan]]:
        """(sentence, span) of every life span in brackets after a name of the story's entities
        (`Bessie Smith (April 15, 1894 – September 26, 1937)`). Read only for birth and death
        facts with a `when`, and only in sentences with a bracket."""
        doc = self.document
        found: list[tuple[int, lifespans.LifeSpan]] = []
        for index, sentence in enumerate(doc.sentences):
            text = sentence.text
            if ("(" in text or "-LRB-" in text) and (spans := self.entities[index]):
                dates = doc.dates(index)
                found += [(index, span) for span in lifespans.find(text, spans, dates)]
        return found

    def gender_of(self, ref: str) -> str | None:
        """The gender the article gives entity ``ref`` (`he` or `she`), where it is clear: by
        titles (`Mr Trump`, an alias `Ms Evans`) and by the pronoun nearest after one of its
        names with no other name between (`Merner said he ...`; `He` opening the next
        sentence). Read once per entity, from the sentences that may name it only (those with a
        word a name of it is found from, or `the latter`/`the former`)."""
        key = ("gender", ref)
        if key in self.memo:
            return self.memo[key]  # type: ignore[return-value]
        tally = dict(self.compiled.title_votes.get(ref, {}))
        doc = self.document
        index_of = doc.word_index
        candidates: set[int] = set()
        for word in (*self.compiled.name_anchors.get(ref, ()), "latter", "former"):
            candidates.update(index_of[word])
        for index in sorted(candidates):
            spans = self.entities[index]
            norms = doc.norms[index]
            for k, span in enumerate(spans):
                if span.ref != ref:
                    continue
                if span.first > 0 and norms[span.first - 1] in ("mr", "mrs", "ms", "miss"):
                    title = _GENDERED[norms[span.first - 1]]
                    tally[title] = tally.get(title, 0) + 3
                stop = spans[k + 1].first if k + 1 < len(spans) else len(norms)
                stop = min(stop, span.last + GENDER_REACH)
                gender = next(
                    (_GENDERED[n] for n in norms[span.last : stop] if n in _GENDERED), None
                )
                if gender is None and k + 1 == len(spans) and index + 1 < len(doc.norms):
                    opening = doc.norms[index + 1][:1]  # `He` opens the next sentence
                    if opening and opening[0] in ("he", "she"):
                        gender = opening[0]
                if gender is not None:
                    tally[gender] = tally.get(gender, 0) + 1
        he, she = tally.get("he", 0), tally.get("she", 0)
        found = "he" if he >= 3 * she and he else "she" if she >= 3 * he and she else None
        self.memo[key] = found
        return found

    def _phrase_matches(self, pattern: Pattern) -> list[tuple[int, list[PhraseMatch]]]:
        """(sentence, matches) of ``pattern``, found once however many facts share it."""
        key = id(pattern)  # patterns are interned per story, and live as long as it
        if key not in self._matches:
            doc = self.document
            required = pattern.required
            if not required <= doc.vocabulary:
                self._matches[key] = []
                return self._matches[key]
            if required:  # only the sentences of its rarest word can hold it
                held = doc.word_sets
                rarest = min(map(doc.word_index.__getitem__, required), key=len)
                indexes = [i for i in rarest if required <= held[i]]
            else:
                indexes = list(range(len(doc.norms)))
            places = self.slot_places if PLACE in pattern.elements else _no_places
            self._matches[key] = [
                (i, found)
                for i in indexes
                if (
                    found := find_phrase(  # reads the words (norms), not the tokens
                        pattern,
                        (),
                        functools.partial(places, i),  # places and asides only if needed
                        doc.norms[i],
                        functools.partial(self._asides_with_owners, i),
                    )
                )
            ]
        return self._matches[key]

    def lede_person(self, index: int, match: PhraseMatch) -> str | None:
        """The person an article's opening sentence describes and its second sentence names
        (`A financial adviser who conned 212 investors has been jailed for nine years.` then
        `Daniel Pryce, 34, of Bromley, was sentenced ...`): the opening names no one but the
        phrase's object right after it (`threatening to kill Rep. Ilhan Omar`, ``_lede_object``)
        and opens with `A`/`An`, at most LEDE_WORDS lower-case words or a place's name (`A New
        York man`; and a `who` clause), then auxiliaries (at least one after a `who` clause)
        and the phrase; the second sentence opens with the name of an entity of `kind:
        person`. None otherwise."""
        if index != 0 or len(self.document.sentences) < 2:
            return None
        if any(not self._lede_object(index, match, s) for s in self.entities[index]):
            return None  # a name before the phrase, in it, or past a comma (a speaker's)
        norms = self.document.norms[index]
        tokens = self.document.tokens[index]
        if norms[0] not in _INDEFINITE or match.first < 3:
            return None
        k = match.first - 1
        while k > 0 and norms[k] in _SUBJECT_VERB_AUXILIARIES:
            k -= 1
        head = next((j for j in range(1, k + 1) if norms[j] in _LEDE_RELATIVES), k + 1)
        if k == match.first - 1 and head <= k:
            return None  # no auxiliary: `A man who jailed ...`, an active verb's object
        if not 1 < head <= 1 + LEDE_WORDS:
            return None
        if not self._lede_words(index, 1, head):
            return None  # a capitalised word: a name the story does not hold
        if self.document.in_quotes(index, tokens[0].start, tokens[match.first].end):
            return None
        following = self.entities[index + 1]
        first = following[0] if following else None
        if (
            first is None
            or first.first > 1
            or (first.first == 1 and not _TITLE.match(self.document.sentences[index + 1].text))
        ):
            return None
        entity = self.story.entities.get(first.ref)
        if entity is None or entity.kind != "person":
            return None
        return first.ref

    def _lede_object(self, index: int, match: PhraseMatch, span: Span) -> bool:
        """Whether a name in an opening sentence stands right after the phrase as its object,
        at most three words after it with no mark between (`pleaded guilty Monday to
        threatening to kill U.S. Rep. Ilhan Omar`), not a speaker past a comma (`was jailed
        for seven years, Amanda Lyle said`)."""
        if span.first < match.last or span.first - match.last > 3:
            return False
        tokens = self.document.tokens[index]
        between = self.document.sentences[index].text[tokens[match.last - 1].end : span.start]
        return not any(c in between for c in ',;:()"“”')

    def _lede_words(self, index: int, first: int, last: int) -> bool:
        """Whether the words ``first``..``last`` describing an opening sentence's person are
        lower-case, or a place's name (``names_place``: `A New York man pleaded guilty`): any
        other capitalised word is a name the story does not hold."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        k = first
        while k < last:
            if text[tokens[k].start].islower():
                k += 1
                continue
            end = k
            while end < last and not text[tokens[end].start].islower():
                end += 1
            if not self.names_place(index, k, end):
                return False
            k = end
        return True

    def names_place(self, index: int, first: int, last: int) -> bool:
        """Whether the words ``first``..``last`` of sentence ``index`` are exactly a place's
        name: one of the story's places, or a world place that is not ambiguous (`United
        States` of `Two United States service members`, `New York` of `A New York man`)."""
        if any(p.first == first and p.last == last for p in self.places[index]):
            return True
        text = self.document.sentences[index].text
        return world.names_place(text, self.document.tokens[index], first, last)

    def _pronoun_owner(self, index: int, match: PhraseMatch) -> Span | None:
        """The person `his`/`her` before the phrase stands for (`Ines Moravec won the prize for
        The Salt Orchard, her third novel`): at most PRONOUN_OWNER_REACH words between, no
        punctuation, and exactly one person named before it in the sentence, whose gender, when
        the article tells it, fits. Not inside quotation marks."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        k = next(
            (
                k
                for k in range(match.first - 1, max(-1, match.first - 2 - PRONOUN_OWNER_REACH), -1)
                if tokens[k].norm in _OWNER_PRONOUNS
            ),
            None,
        )
        if k is None:
            return None
        if not re.fullmatch(r"[\w\s-]*", text[tokens[k].end : tokens[match.first].start]):
            return None
        if any(s.first > k and s.last <= match.first for s in self.entities[index]):
            return None
        before = [s for s in self.entities[index] if s.last <= k]
        persons = {s.ref for s in before} & set(self.persons_before(index, k))
        if len(persons) != 1:
            return None
        if self.document.in_quotes(index, tokens[k].start, tokens[k].end):
            return None
        (ref,) = persons
        gender = self.gender_of(ref)
        if gender is not None and gender != _GENDERED[tokens[k].norm]:
            return None
        return next(s for s in reversed(before) if s.ref == ref)

    def apposed_maker(self, index: int, match: PhraseMatch) -> Span | None:
        """The name after `from`/`by` that closes an apposition the phrase opens, right after
        another name (`The coming-of-age drama, the second feature from Norwegian director
        Teodor Vale, beat`): the maker whose thing the phrase's noun is. At most three words
        between `from`/`by` and the name, none a preposition, and the apposition ends
        with the name."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        first = tokens[match.first]
        before = next((s for s in reversed(self.entities[index]) if s.last <= match.first), None)
        if before is None or not _APPOSITION_OPENS.fullmatch(text, before.end, first.start):
            return None
        end = tokens[match.last - 1].end
        by = _MAKER_AFTER.match(text, end)
        if by is None:
            return None
        for span in self.entities[index]:
            if span.start < by.end():
                continue
            words = [t for t in tokens if by.end() <= t.start < span.start]
            if len(words) > 3 or any(t.norm in PREPOSITIONS for t in words):
                return None  # `from the studio of Ada Lind`: another's thing
            if not _APPOSITION_ENDS.match(text, span.end):
                return None
            return span
        return None

    def _asides_with_owners(self, index: int) -> list[tuple[int, int]]:
        """The sentence's asides, and each `in`/`of`/`at` (`the`) before a known name, with the
        name (`Shares in Corvid Air jumped`, `Profit at the carrier rose`): a phrase may run
        across it, and the name is then its owner and subject (``_owner_inside``)."""
        asides = self.document.aside_tokens(index)
        names = self.entities[index]
        if not names:
            return asides
        norms = self.document.norms[index]
        owners = []
        for span in names:
            k = span.first - 1
            if k >= 0 and norms[k] in _OWNER_ARTICLES:
                k -= 1
            if k >= 1 and norms[k] in _OWNER_PREPOSITIONS:
                owners.append((k, span.last))
        return [*asides, *owners] if owners else asides

    def _owner_inside(self, index: int, match: PhraseMatch) -> Span | None:
        """The known name between a phrase's words after `in`/`of`/`at` (`the`) (`Shares in
        Corvid Air jumped`: Corvid Air's shares), when the phrase's next word follows the name
        and the name owns no other noun (`Shares in Corvid Air's rival rose`)."""
        norms = self.document.norms[index]
        elements = match.pattern.elements
        for span in self.entities[index]:
            if not match.first < span.first or span.last >= match.last:
                continue
            k = span.first - 1
            if norms[k] in _OWNER_ARTICLES:
                k -= 1
            if k <= match.first or norms[k] not in _OWNER_PREPOSITIONS:
                continue
            if norms[k - 1] not in elements or norms[span.last] not in elements:
                continue
            if not _possessive(self.document, index, span):
                return span
        return None

    def _subject(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> Span | tuple[Span, str] | str | bool:
        """The who-span doing ``match`` (with how it was found when that is not as the nearest
        name before: `agent`, `relative`, `participle`, `coordinated`); how it was found when
        it is not named (`carried`, `referred`, `described`, `implied`, `opening`, `lede`);
        False if the fact's who does not do it here."""
        if self.attempted(index, match):
            return False  # `had tried to climb the peak in 2019`: an attempt, not the act
        if self.retracted(index, match):
            return False  # `an earlier version said Katla last erupted in 1981`
        if self.members_voted(index, match):
            return False  # `two of its nine policymakers had voted to cut interest rates`
        if self.counterfactual(index, match):
            return False  # `Had only 40 per cent voted in favour, the strike would be off`
        if self._owned_by_unknown(index, match):
            return False  # `Leeds moved top after Hull's win over Castleford`: Hull's win
        owner = self._owner_inside(index, match)
        if owner is not None:  # `Shares in Corvid Air jumped`: the name inside is the owner
            return owner if owner.ref in who else False
        aged = self._named_after_age(index, match)
        if aged is False:  # `the 52-year-old producer Lena Krug`: a person the story does not know
            return False
        if aged is not None:  # `63-year-old Robert Huxley`: the name after the age is its subject
            return aged if aged.ref in who else False
        agent = self.passive_agent(index, match)
        if agent is not None and agent.ref in who and self.agent_does(index, match, agent, who):
            return agent, "agent"  # `Moonlight was directed by Barry Jenkins`
        same = self._it_in_sentence(index, match)
        if same is not None:  # `the mascot of the Mercian Regiment when it formed`
            return "referred" if same in who else False
        antecedent = self._relative_antecedent(index, match)
        if antecedent is not None:  # `the victims of the crash which killed seven people`
            if antecedent.ref not in who or self._other_object(index, match, who):
                return False
            return antecedent, "relative"
        if antecedent is None:
            antecedent = self._which_clause_antecedent(index, match)
            if antecedent is not None:  # `the club, which has a capacity of 600`
                if antecedent.ref not in who or self._other_object(index, match, who):
                    return False
                return antecedent, "relative"
        if self._relative_of_unknown(index, match):
            return False  # `Shaw, who faces 3 counts of fraud, will stand trial with Reyes`
        owner = self._whose_owner(index, match)
        if owner is not None and owner.ref in who:  # `Guercio, whose family owns a funeral home`
            return owner if not self._other_object(index, match, who) else False
        absolute = self._with_absolute_subject(index, match)
        if absolute is not None:  # `stocks gained with Larsen and Toubro adding 0.5 percent`
            if absolute.ref not in who or self._other_object(index, match, who):
                return False
            return absolute, "with"

        tokens = self.document.tokens[index]
        phrase_start = tokens[match.first].start
        spans = self._past_object_kinds(index, match, self.names_before(index, match))
        owner = self.owner_before(index, match)
        if owner is not None and owner.ref in who and _possessive(self.document, index, owner):
            if self._owns_the_subject(index, owner, match):
                return False  # `The storm's remnants hit Georgia`: the remnants hit it
            return owner  # `Russia's full-scale invasion`: the owner does it
        owned_by = self._pronoun_owner(index, match)
        if owned_by is not None:  # `Ines Moravec won ... for The Salt Orchard, her third novel`
            return (owned_by, "owner") if owned_by.ref in who else False
        maker = self.apposed_maker(index, match)
        if maker is not None and maker.ref in who:  # `The drama, the second feature from Vale,`
            return maker, "owner"
        if not spans:
            made_by = self.opening_maker(index, match)
            if made_by is not None and made_by.ref in who:  # `The study by Solheim recorded`
                return made_by, "owner"
        participle = self._participle_subject(index, match, who)
        if participle is not None:  # `Zhao fell into the well while harvesting vegetables`
            return False if participle is False else (participle, "participle")
        head = self._head_of_ing(index, match)
        if head is not None:  # `rescuers searching for an AirAsia plane carrying 162 people`
            return (head, "participle") if head.ref in who else False
        if spans:
            nearest = spans[-1]
            between = self.document.sentences[index].text[nearest.end : tokens[match.first].start]
            between = _ROLE_APPOSITION.sub(" ", f" {between} ")  # `, as foreign minister,`
            if nearest.ref in who and _REPORTED_THAT.fullmatch(between):
                return nearest, "reported"  # `NIDA has estimated that 964,000 people reported`
            if nearest.ref in who and _SAID_THAT_COUNT.fullmatch(between):
                return nearest, "reported"  # `NHTSA said that 416 motorists died`
            if nearest.ref in who and self._group_reports(index, nearest, match):
                return nearest, "reported"  # `Paganini and his team reported that they detected`
            if nearest.ref in who and _SAID_THAT_OWN.fullmatch(between):
                return nearest, "reported"  # `The agency said Monday that its researchers`
            if nearest.ref in who and self.said_of_self(nearest, between):
                return nearest, "reported"  # `Castro tells the paper that he fought`
            if _CLAUSE_OPENER.search(_ASIDE.sub(" ", between)):
                told = self.clause_pronoun(index, match, who)
                if told is not None:  # `Andrew doesn't remember any raping, but he remembers`
                    return told
                if self._figure_after_owner(index, match, spans) and nearest.ref in who:
                    return "figure"  # `The retailer earned $2.8 billion, as revenue rose`
                return False  # the phrase belongs to another clause, with a subject of its own
            if self.reported_person(index, match, nearest, between, who):
                return "carried"  # `Big Machine, says she will be allowed`: she, named before
            if self._other_subject_between(nearest, between):
                return False  # `by the time the free tier launches`, `Big Machine, says she`
            coordinated = self._coordinated_subject(index, match, nearest)
            if coordinated is not None:  # `Thatcher defeated Heath ... and became the first`
                if coordinated.ref not in who or self._other_object(index, match, who):
                    return False  # `Heath defeated Thatcher and became`: Heath's act
                return coordinated, "coordinated"
            if nearest.ref in who:
                if self._in_relative_clause_of_another(index, nearest, who):
                    return False
                if self.in_subject_s_relative(index, nearest, match):
                    return False  # `The cafe where Ferreyra learned the game is 112 years old`
                if self._modifier_in_apposition(index, nearest, who):
                    return False  # `Russia, a PEG ally, agreed to cut output`: Russia's act
                if _possessive(self.document, index, nearest) and self._owns_the_subject(
                    index, nearest, match
                ):
                    return False  # `The storm's remnants hit Georgia`: the remnants hit it
                if self.in_since_clause(index, nearest):
                    return False  # `the worst since 2004, when seven people were killed`
                if self.in_place_clause_elsewhere(index, nearest, match, who):
                    return False  # `In El Salvador, where the quake was felt, two people died`
                return nearest if not self._other_object(index, match, who) else False
            head = self._head_of_owned_apposition(index, spans, match)
            if head is not None and head.ref in who:  # `Rana, Holt's rival, was banned`
                return head if not self._other_object(index, match, who) else False
            head = self._head_of_titled_apposition(index, spans, match)
            if head is not None and head.ref in who:  # `Mayer, Disney's chairman, said at`
                return head if not self._other_object(index, match, who) else False
            told = self.clause_pronoun(index, match, who)
            if told is not None:  # `Swedish prosecutors decided ... after he was hauled out`
                return told
            # another entity is the subject
            return False
        after = self.named_after(index, match, who)
        if after is not None:
            return after
        pronoun = self.carrying_pronoun(index, match)
        if pronoun is not None:  # `It is the worst since 2004, when nine were killed`
            between = self.document.sentences[index].text[tokens[pronoun].end : phrase_start]
            if _CLAUSE_OPENER.search(_ASIDE.sub(" ", f" {between} ")) or ":" in between:
                pronoun = None
        carried = pronoun is not None or match.first == 0
        if carried and self.carried_from_before(index, pronoun, who):
            return "carried"
        if pronoun is not None and self.carried_past_one(index, pronoun, who):
            return "carried-past"  # `... Sentencing is set for Feb. 14. He was arrested in April`
        if pronoun is not None and self._opening_referent(index, pronoun) in who:
            return "opening"  # `She also starred in ...`, opening a text that declares the story
        described = self._described(index, match)
        if described is not None:  # `The six-year-old fell`: the one person named before
            return "described" if described in who else False
        group = self._group_subject(index, match, who)
        if group is not None:  # `Lind and her colleagues ... The researchers observed Veda`
            return "group" if group in who else False
        lede = self.lede_person(index, match)
        if lede is not None:  # `A financial adviser ... has been jailed. Daniel Pryce, 34, ...`
            return "lede" if lede in who else False
        if self.entities[index]:
            source = self._named_only_as_source(index, match)
            named_aside = source or self._named_only_as_scene(index, match)
            if named_aside and self._implied_event(index, match, who):
                return "implied"  # `..., killing 47 people, the civil defence institute said`
            if source:
                doer = self._source_doer(index, match, who)
                if doer is not None:  # `Fifty-one jobs will go, the company said.`
                    return doer, "source"
            referred = self.referred_past_phrase_names(index, match, who)
            if referred is not None:  # `the beauty brand took a stake in Jenner's company`
                return "referred" if referred in who else False
            return False  # someone else is named: not the fact's who
        act = self._act_before(index, match, who)
        if act is not None:  # `... the carmaker announced a recall. The recall, covering ...`
            return "carried" if act else False
        referred = self._referred(index, match)
        if referred is not None:
            return "referred" if referred in who else False
        if self._kind_as_source(index, match) in who and self._act_is_subject(index, match):
            return "referred"  # `... Brightwell ... Sixty jobs will go, the company said.`
        if self._implied_event(index, match, who):
            return "implied"
        further = self._act_further_back(index, match, who)
        if further:  # `Emirates inks order ... The order is valued at $8.8 billion`
            return "told-before"
        return False

    def done_to(
        self, index: int, match: PhraseMatch, who: frozenset[str], fact: Fact
    ) -> tuple[Span, str] | bool:
        """For a fact one of whose phrasings is a passive (`was founded`: its `who` is what the
        act is done to), a passive whose agent is another entity (`Asylum Records is a label
        founded in 1971 by David Geffen`): the `who`'s, when it is the one entity of the fact's
        `who` and the thing acted on (the name before the `which`/`that`/`who` opening the
        phrase's clause, else the nearest name before the phrase with no clause opener
        between), the phrase is no attempt nor retracted, and the sentence gives no year but
        the fact's (`In 1991 Asylum Records was founded by David Geffen`, for 1971: maybe
        another act, and a date before the phrase is not judged). Such a mention only confirms
        (``CONFIRMING_ONLY``): the agent's act may be another one told in the same words (`was
        re-founded in 2004 by Warner`)."""
        if len(who) != 1:
            return False
        agent = self.passive_agent(index, match)
        if agent is None or agent.ref in who or _possessive(self.document, index, agent):
            return False
        acted_on = self._relative_antecedent(index, match)
        if acted_on is None:
            before = self.names_before(index, match)
            if not before:
                return False
            text = self.document.sentences[index].text
            between = text[before[-1].end : self.document.tokens[index][match.first].start]
            if _CLAUSE_OPENER.search(_ASIDE.sub(" ", f" {between} ")):
                return False
            acted_on = before[-1]
        if acted_on.ref not in who or _possessive(self.document, index, acted_on):
            return False
        if self.attempted(index, match) or self.retracted(index, match):
            return False
        known = fact.when or self.story.date or self.document.anchor
        if any(
            d.year is not None and (known is None or d.year != known.year)
            for d in self.document.dates(index)
        ):
            return False
        return acted_on, "done-to"

    def _who_in_phrase(self, index: int, match: PhraseMatch, who: frozenset[str]) -> Span | None:
        """The name of a one-entity `who` that the phrasing itself writes, found among the
        phrase's own words (`magnitude tremor` for the tremor: `after the 1.5 magnitude
        tremor`; `generation Sentra`: `the eighth-generation Sentra`; `30-date jaunt`, a name
        of the tour): the phrase names its subject, whatever name stands before it. None when
        the `who` is several entities (`gave Melania a tour`: a name in the phrase may be the
        object), when another entity is named among the phrase's words, when the name stands
        only in a gap between them, when the phrase's clause denies the thing or makes it a
        possibility, a plan or a fear (`It was not a 1.5 magnitude tremor`, `a 1.5 magnitude
        tremor could strike`), in a condition or a question, and when a year other than the
        story's and the article's stands before the clause's end (`In 2009, a 1.5 magnitude
        tremor struck`). A one-word phrasing that is the last word of a longer name of the
        `who` (`emails` of `new emails`), a number right before it or one word before (`as
        many as 650,000 emails`, `650,000 such emails`), names it too: the counted noun is the
        `who`'s own. Such a mention only confirms (``CONFIRMING_ONLY``)."""
        if len(who) != 1:
            return None
        found = None
        for span in self.entities[index]:
            if span.first < match.first or span.first >= match.last:
                continue
            if span.ref not in who:
                return None  # another entity named among the phrase's words
            found = span
        doc = self.document
        if found is None:
            found = self._counted_head(index, match, who)
            if found is None:
                return None
        last = min(found.last, match.last) - 1
        if doc.norms[index][last] not in match.pattern.elements:
            return None  # named in a gap between the phrase's words
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        opened = max((m.end() for m in _HEADED_BREAK.finditer(text, 0, start)), default=0)
        closed = _HEADED_BREAK.search(text, end)
        stop = closed.start() if closed else len(text)
        clause = _without_phrase_words(text, tokens, match, opened, stop)
        if _HEADED_UNASSERTED.search(clause) or _CONDITION_WORDS.search(text):
            return None  # `It was not a 1.5 magnitude tremor`, `a 1.5 magnitude tremor could`
        if text.rstrip(" \"'”’").endswith("?"):
            return None  # a question asserts nothing
        years = {d.year for d in (self.story.date, doc.anchor) if d is not None}
        if any(
            d.year is not None and d.year not in years and d.start < stop for d in doc.dates(index)
        ):
            return None  # `In 2009, a 1.5 magnitude tremor struck`: maybe an earlier one
        return found

    def _counted_head(self, index: int, match: PhraseMatch, who: frozenset[str]) -> Span | None:
        """The phrase as a name of the `who` (a span over it) when it is one word, the last
        word of one of the `who`'s names of several words (`emails` of `new emails`), and a
        number stands right before it or one word before (`650,000 such emails`): the count
        of the `who` itself. None otherwise."""
        if match.last - match.first != 1:
            return None
        (ref,) = who
        norms = self.document.norms[index]
        if norms[match.first] not in self.compiled.head_words.get(ref, ()):
            return None
        tokens = self.document.tokens[index]
        reach = tokens[max(0, match.first - 2)].start
        start = tokens[match.first].start
        text = self.document.sentences[index].text
        if not any(
            reach <= n.start and n.end <= start and len(text[n.end : start].split()) <= 1
            for n in self.document.numbers(index)
        ):
            return None
        first = tokens[match.first]
        return Span(ref, match.first, match.last, first.start, first.end)

    def _head_of_ing(self, index: int, match: PhraseMatch) -> Span | None:
        """The name right before a phrase that opens with an -ing form, nothing but a space
        between, not an owner: the noun the -ing clause describes, its subject, even as the
        object of a preposition (`searching for an AirAsia plane carrying 162 people`, `found
        the boy lying in the well`). None when the phrase opens with no -ing form."""
        tokens = self.document.tokens[index]
        text = self.sentence_text(index)
        first = tokens[match.first]
        word = text[first.start : first.end]
        if len(word) < 5 or not word.endswith("ing") or not word.islower():
            return None
        if word in _NOT_PARTICIPLES:
            return None
        span = next((s for s in self.entities[index] if s.last == match.first), None)
        if span is None or text[span.end : first.start] != " ":
            return None
        if _possessive(self.document, index, span):
            return None
        return span

    def named_after(self, index: int, match: PhraseMatch, who: frozenset[str]) -> Span | None:
        """The fact's `who` named after the phrase (`Also arriving was Kim`, `"...," said
        Comey`): the subject of a sentence that names none before the phrase. Not a name
        right after a word that opens a clause of its own (`died in 1952 when Brandauer was
        15`: the subject of `was`), nor the object of an -ing form that opens a participial
        clause (`were treated after leaving the aircraft`: what they left), nor the one a
        comparison measures against (`more than Harbourlight`, `twice as many as
        Harbourlight`), nor a name in a clause joined after a comma that opens with a figure of
        its own (`Six people died in the Faro crash, and 14 in the Tarsa crash`), nor a
        possessive, which owns the subject (`Born in Texas, Rice's sister moved to Ohio`: the
        sister), nor, for a phrase outside quotation marks, the source of a closing attribution
        (`Twelve passengers were hurt, the Island Princess said.`: the passengers were)."""
        norms = self.document.norms[index]
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        if self._opens_relative(index, match):
            return None  # `Reporters who arrived in Lisbon ... waited for Diallo`: reporters
        source = self._closing_source(index, match)
        for span in self.entities[index]:
            if span.ref not in who or span.first < match.last or span.start >= source:
                continue
            k = span.first - 1
            while k >= match.last and norms[k] in DETERMINERS:
                k -= 1
            if k >= match.last and norms[k] in CLAUSE_OPENERS:
                continue  # `when Brandauer was 15`: another clause's subject
            if k >= match.last and (
                norms[k] == _THAN or (norms[k] == _AS and _AS in norms[max(0, k - 3) : k - 1])
            ):
                continue  # `120,000 visitors, more than Harbourlight`, `as many as`: compared
            if _NEXT_CLAUSE.search(text, tokens[match.last - 1].end, span.start):
                continue  # `Six died in the Faro crash, and 14 in the Tarsa crash`: its own
            if k >= match.last and self._opens_participle(index, k):
                continue  # `after leaving the aircraft`: the object of another verb
            if _possessive(self.document, index, span) or _SPLIT_POSSESSIVE.match(
                self.document.sentences[index].text, span.end
            ):
                continue  # `Born in Texas, Rice's sister moved`: the sister is the subject
            return span
        return None

    def _opens_relative(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase opens a relative clause after a word (`Reporters who arrived`,
        `the plane that landed`, auxiliaries and `also` aside): its subject is that word's,
        never a name after the phrase."""
        return _relative_pronoun(self.document.norms[index], match.first) is not None

    def _opens_participle(self, index: int, k: int) -> bool:
        """Whether the word at ``k`` is an -ing form opening a participial clause (`after
        leaving`, `, causing`)."""
        text = self.sentence_text(index)
        return participial_opener(text, self.document.tokens[index], k) is not None

    def carried_from_before(self, index: int, pronoun: int | None, who: frozenset[str]) -> bool:
        """Whether the sentence before names the fact's `who` that a subject carried over
        (the ``pronoun`` at that word, or none) may stand for: `he` or `she` (`his`, `her`)
        must not be the other gender than a title in the entity's names gives (`Ms
        Brandauer`: `He died in 2004` is someone else's death)."""
        if index == 0:
            return False
        named = {s.ref for s in self.entities[index - 1] if s.ref in who}
        if not named or pronoun is None:
            return bool(named)
        gender = pronoun_gender(self.document.tokens[index][pronoun].norm)
        if gender is None:
            return True
        return self._titled_fits(named, gender)

    def carried_past_one(self, index: int, pronoun: int, who: frozenset[str]) -> bool:
        """Whether `he` or `she` (`his`, `her`: the ``pronoun`` at that word) stands for the
        fact's `who` named two sentences back, past a sentence that names no one (`Carlineo
        faces ten years in prison. Sentencing is scheduled for Feb. 14. He was arrested in
        April`). The sentence between names no entity and no capitalised word the story does
        not know (past its first word; a date's words aside, and the nationality of `The
        48-year-old Australian` opening it), opens with no `A`, `An`,
        `Another` or `One` (a new person: `A neighbour called police.`), quotes nothing and
        holds no pronoun of the other gender; the sentence two back names the `who` and no
        other person, and no title gives the `who` the other gender. Such a mention only
        confirms (``CONFIRMING_ONLY``)."""
        doc = self.document
        gender = pronoun_gender(doc.tokens[index][pronoun].norm)
        if gender is None or index < 2:
            return False
        between = index - 1
        if self.entities[between] or doc.quoted(between):
            return False
        text = doc.sentences[between].text
        found = WORD.findall(text)
        if not found or found[0].lower() in _NEW_PERSON_OPENERS:
            return False
        aged = _AGED_DEMONYM.match(text)
        described = aged.group(1) if aged and world.is_demonym(aged.group(1)) else None
        if any(
            w[:1].isupper() and w.lower() not in DATE_NAMES and w not in ("I", described)
            for w in found[1:]
        ):
            return False  # `Judge Ward set sentencing for May.`: maybe the one meant
        if any(pronoun_gender(n) not in (None, gender) for n in doc.norms[between]):
            return False
        before = self.entities[index - 2]
        named = {s.ref for s in before if s.ref in who}
        persons = self.compiled.persons
        if not named or any(s.ref not in who and s.ref in persons for s in before):
            return False  # two persons named two sentences back: `he` may be either
        return self._titled_fits(named, gender)

    def _titled_fits(self, named: set[str], gender: str) -> bool:
        """Whether one of ``named`` may be `he` or `she` (``gender``): no title in its names
        gives the other gender."""
        titled = self.compiled.titled_gender
        return any(titled(ref) in (None, gender) for ref in named)

    def carrying_pronoun(self, index: int, match: PhraseMatch) -> int | None:
        """The word of the nearest pronoun before the phrase that may stand for its subject
        (`she died`, `his arrival`), or None. A possessive that owns a noun standing between it
        and a verb phrase is passed over: that noun is the subject (`Her mother died`, `Her
        longtime collaborator, the bassist Karl Stein, died`), not the owner."""
        tokens = self.document.tokens[index]
        verbal: bool | None = None  # whether the phrase opens with a verb, when first asked
        for k in range(match.first - 1, -1, -1):
            norm = tokens[k].norm
            if norm not in PRONOUNS:
                continue
            if norm in POSSESSIVES:
                between = tokens[k + 1 : match.first]
                if any(t.norm not in DESCRIBED_BETWEEN for t in between):
                    if verbal is None:
                        verbal = self._verb_like(index, match.first)
                    if verbal:
                        continue  # `Her mother died`: the mother died
            return k
        return None

    def owner_before(self, index: int, match: PhraseMatch) -> Span | None:
        """The name that may own the phrase: the first name ending at most ``OWNER_REACH``
        words before it, or a possessive one ending further back when only the words of a
        date stand between it and those (`President Trump's July 25 call with Zelensky`,
        `Russia's February 2022 invasion`): a date between an owner and its noun dates the
        noun, and does not part them."""
        spans = self.entities[index]
        near = next((s for s in spans if match.first - OWNER_REACH <= s.last <= match.first), None)
        if near is not None:
            return near
        doc = self.document
        text = doc.sentences[index].text
        if "'" not in text and "’" not in text:
            return None  # no possessive in the sentence
        tokens = doc.tokens[index]
        end = tokens[match.first].start
        for span in spans:
            if span.last >= match.first or not _possessive(doc, index, span):
                continue
            if match.first - span.last > OWNER_REACH + _DATE_WORDS:
                continue  # too far for a date and the owner's reach together
            if not any(c.isdigit() or c.isupper() for c in text[span.end : end]):
                continue  # no date can stand between: its words have a digit or a capital
            dated = [d for d in doc.dates(index) if span.end <= d.start and d.end <= end]
            if not dated:
                continue
            others = [
                t
                for t in tokens[span.last : match.first]
                if not any(d.start <= t.start < d.end for d in dated)
            ]
            if len(others) <= OWNER_REACH:
                return span
        return None

    def _head_of_owned_apposition(
        self, index: int, spans: list[Span], match: PhraseMatch
    ) -> Span | None:
        """The name before an apposition that names it by its tie to another (`Rana, Holt's
        rival, was banned`: Rana), when the apposition runs up to the phrase; else None."""
        if len(spans) < 2 or not _possessive(self.document, index, spans[-1]):
            return None
        text = self.document.sentences[index].text
        head, owner = spans[-2], spans[-1]
        if text[head.end : owner.start].strip() != ",":
            return None
        gap_end = self.document.tokens[index][match.first].start
        gap = text[owner.end : gap_end]
        if not gap.rstrip().endswith(",") or not _OWNED_RELATION.fullmatch(
            text, owner.end, gap_end
        ):
            return None
        return head

    def _head_of_titled_apposition(
        self, index: int, spans: list[Span], match: PhraseMatch
    ) -> Span | None:
        """The person named before an apposition that opens with another entity's possessive
        and names the person by a post (`Mayer, Disney's chairman of direct-to-consumer and
        international, said Tuesday at the Code Media conference`: Mayer), when the person's
        verb of saying and where it was said run up to the phrase (``_OWNED_TITLE_SAID``);
        else None."""
        if len(spans) < 2 or not _possessive(self.document, index, spans[-1]):
            return None
        head, owner = spans[-2], spans[-1]
        if head.ref not in self.compiled.persons:
            return None
        text = self.document.sentences[index].text
        if text[head.end : owner.start].strip() != ",":
            return None
        gap_end = self.document.tokens[index][match.first].start
        if not _OWNED_TITLE_SAID.fullmatch(text, owner.end, gap_end):
            return None
        return head

    def _owns_the_subject(self, index: int, owner: Span, match: PhraseMatch) -> bool:
        """Whether a possessive ``owner`` owns a noun that is the subject of the phrase: words
        other than auxiliaries stand between them, and the phrase opens with a verb (`The
        storm's remnants hit Georgia`, `Rice's sister moved`): the owned thing does the act,
        not the owner. Not a phrase that is the owned noun itself (`Russia's full-scale
        invasion`), nor a passive (`Lind's study was published`, `Lind's study, published in`):
        the owner's work, done by the owner, nor a vehicle that carries its owner, a person
        (`Kim's private armored train had crossed the border`; not `The Santa Lucia's sister
        ship sank`). An owned noun with a name in apposition that names none of the story's
        entities (`Quinlan's debut, Paper Boats, went straight to number one`) is that thing,
        which does the act; one the story names (`Quinlan's album, Glass Harbour, went`) is
        read as above."""
        norms = self.document.norms[index]
        between = norms[owner.last : match.first]
        if not between or all(n in DESCRIBED_BETWEEN for n in between):
            return False
        if (
            len(between) >= 2
            and between[0] in _ORDINAL_NOUNS
            and self._verb_like(index, owner.last + 1)
        ):
            return True  # `Ferreyra's second won €50,000`: the owner's second did it, a noun
        text = self.document.sentences[index].text
        phrase_start = self.document.tokens[index][match.first].start
        related = _OWNED_RELATION.fullmatch(text, owner.end, phrase_start)
        if related:
            return True  # `Pryce's brother was jailed`: the brother's act, not Pryce's
        named = _OWNED_RELATION.match(text, owner.end, phrase_start)
        if named is not None and not _CLAUSE_OPENER.search(text, named.end(), phrase_start):
            return True  # `Sakai's predecessor, Kenji Mori, resigned ... after eleven months`
        apposed = _OWNED_NAMED.fullmatch(text, owner.end, phrase_start)
        if (
            apposed is not None
            and CARRIERS.isdisjoint(map(normalize_word, apposed["noun"].split()))
            and not any(
                s.start < apposed.end("name") and apposed.start("name") < s.end
                for s in self.entities[index]
            )
        ):
            return True  # `Quinlan's debut, Paper Boats, went straight to number one in 2021`
        if not CARRIERS.isdisjoint(between) and self.story.entities[owner.ref].kind in (
            None,
            "person",
        ):
            return False  # `Kim's armored train crossed the border`: it carries its owner
        if not _PASSIVE_AUXILIARIES.isdisjoint(between):
            return False  # `Lind's study was published`: the owner's work, done by the owner
        gap = self.document.sentences[index].text[
            owner.end : self.document.tokens[index][match.first].start
        ]
        if _OWNED_BREAK.search(gap):
            return False  # `Lind's study, published in`: a reduced relative
        token = self.document.tokens[index][match.first]
        if self.document.sentences[index].text[token.start : token.end].endswith("en"):
            return False  # `Comey's brief written notice`: a participle before its noun
        return self._verb_like(index, match.first)

    def attempted(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase is what an attempt aimed at: `to` right before it, and before
        that a word of trying (`had tried to climb`, `attempted unsuccessfully to`, `in a bid
        to`, `his attempt to`), or the phrase is in the object of a verb of intending
        (``_intended``: `had considered a London listing`). The act is not said to be done;
        the date and place are the attempt's."""
        norms = self.document.norms[index]
        k = match.first - 1
        if k >= 1 and norms[k] != "to":
            return self._intended(index, match)
        if k < 1:
            return False
        k -= 1
        if len(norms[k]) > 4 and norms[k].endswith("ly"):  # `tried unsuccessfully to`
            k -= 1
        return k >= 0 and norms[k] in ATTEMPTS

    def members_voted(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase is what members of a body voted for (``VOTING_MEMBERS`` right
        before `voted to`, past `had` or `also`: `two of its nine policymakers had voted to cut
        interest rates to 3.25%`): some members' vote, not the body's act. The body's own vote
        (`The Bank voted to cut interest rates`) is still its act."""
        norms = self.document.norms[index]
        k = match.first - 1
        if k < 2 or norms[k] != _TO or norms[k - 1] != _VOTE:
            return False
        k -= 2
        while k >= 0 and norms[k] in _VOTE_AUXILIARIES:
            k -= 1
        return k >= 0 and norms[k] in VOTING_MEMBERS

    def retracted(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase stands in what a correction says was wrong (``RETRACTED``: `This
        article was amended on 15 January 2026: an earlier version said Katla last erupted in
        1981`): the article no longer states it, so nothing there is judged. The sentence's
        retracted spans are found once, for every fact that asks."""
        spans = self._retracted_spans(index)
        if not spans:  # most sentences: no correction, and no Tokens made to tell
            return False
        start = self.document.tokens[index][match.first].start
        return any(a <= start < b for a, b in spans)

    def _retracted_spans(self, index: int) -> list[tuple[int, int]]:
        """The ``RETRACTED`` spans of sentence ``index``, found once for every fact that asks."""
        key = ("retracted", index)
        spans = self.memo.get(key)
        if spans is None:
            spans = []
            if not _RETRACTION_CUES.isdisjoint(self.document.word_sets[index]):
                text = self.document.sentences[index].text
                spans = [(m.start(), m.end()) for m in RETRACTED.finditer(text)]
            self.memo[key] = spans
        return cast(list[tuple[int, int]], spans)

    def _retracted_quote(self, quote: tuple[int, int, Quoted]) -> bool:
        """Whether the quote opens inside what a correction says an earlier version had (`An
        earlier version of this article quoted Ms Ferrer as saying "We have never seen the
        water rise so high"`): words no longer given as the speaker's, not judged."""
        first, _, quoted = quote
        sentence = self.document.sentences[first]
        start = quoted.start - sentence.start if sentence.start >= 0 else quoted.start
        return any(a <= start < b for a, b in self._retracted_spans(first))

    def counterfactual(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase stands in a condition opening the sentence (``INVERTED_CONDITION``:
        `Had the judge ruled last year, ...`, `Had only 40 per cent voted in favour, ...`,
        `Should the union vote to strike, ...`, `If Sakai resigned on Monday, ...`): what did
        not happen, or is not told as done, so nothing there is judged."""
        if _INVERTING.isdisjoint(self.document.word_sets[index]):
            return False
        text = self.document.sentences[index].text
        start = self.document.tokens[index][match.first].start
        found = INVERTED_CONDITION.match(text)
        return found is not None and start < found.end()

    def _intended(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase is in the object of a verb of intending or trying, after its
        determiner and at most ``INTENDED_REACH`` words (`had considered a London listing`,
        `planned a merger`, `sought a listing`): not said to be done."""
        norms = self.document.norms[index]
        for k in range(match.first - 1, max(0, match.first - 2 - INTENDED_REACH), -1):
            if norms[k] in _INTENDED_DETERMINERS:
                return k >= 1 and (norms[k - 1] in INTENTIONS or norms[k - 1] in ATTEMPTS)
            if not norms[k].isalpha():
                return False
        return False

    def _opening_referent(self, index: int, at: int) -> str | None:
        """The entity the pronoun at word ``at`` stands for in the first sentence of a text
        that declares the story and names no one before it (`She also starred in the films
        ...`, a summary or a brief for the story): the story's one `about` entity of the
        pronoun's kind (`he`, `she`: a person; `it`: an organisation, team, product or event).
        None when the text does not declare the story, a sentence before it (a title aside)
        names anyone, or a capitalised word past the sentence's first before the pronoun may
        name someone the story does not know (`The Reserve Bank of Australia cut its cash
        rate`), or the sentence opens with a name that owns a noun (`Galway's festival, which
        ended its 2027 edition`), or when no `about` entity, or several, are of that kind."""
        doc = self.document
        story = self.story
        if story.id not in doc.article.stories:
            return None
        token = doc.tokens[index][at]
        words = WORD.findall(doc.sentences[index].text[: token.start])
        if any(w[:1].isupper() and w.lower() not in DATE_NAMES and w != "I" for w in words[1:]):
            return None  # an unknown name before the pronoun: it may stand for that one
        if words and words[0][:1].isupper() and _OWNER_FIRST.match(doc.sentences[index].text):
            return None  # `Galway's festival, which ended its ...`: the owned one is its
        kinds = _PRONOUN_KINDS.get(token.norm)
        if kinds is None or any(
            doc.sentences[k].start >= 0 or self.entities[k] for k in range(index)
        ):
            return None
        fitting = [e for e in story.about if story.entities[e].kind in kinds]
        return fitting[0] if len(fitting) == 1 else None

    def _other_subject_between(self, nearest: Span, between: str) -> bool:
        """Whether a subject of its own stands between ``nearest`` and the phrase: a time
        clause's (`by the time the free tier launches`), a name the story does not know after a
        speaker's label or report (`LINDQVIST: Mr Holm resigned`) or after a colon that ends the
        name's clause (`Ferrante's margin was 54cm: Lukic jumped`), `she`/`he` reported by a
        name that is no person's (`Big Machine, says she will be allowed`), or the subject of a
        clause joined by `, and` (`, and its Scottish arm will cut mortgage rates`)."""
        if _TIME_CLAUSE_SUBJECT.search(between):
            return True
        if _REPORTED_NAME.fullmatch(between):
            return True  # `LINDQVIST: Mr Holm resigned in 2019`: Holm's act, told by the speaker
        if _COLON_CLAUSE_SUBJECT.search(between):
            return True  # `Ferrante's margin was 54cm: Lukic jumped 7.02m`: Lukic's act
        joined = _JOINED_CLAUSE_SUBJECT.search(between)
        if joined is not None and _NOT_A_SUBJECT.isdisjoint(joined["subject"].lower().split()):
            return True  # `, and its Scottish arm will cut mortgage rates`: the arm's act
        kind = self.story.entities[nearest.ref].kind
        return kind in NON_PERSON_KINDS and _REPORTED_PERSON.fullmatch(between) is not None

    def reported_person(
        self, index: int, match: PhraseMatch, nearest: Span, between: str, who: frozenset[str]
    ) -> bool:
        """Whether `she` or `he`, reported by a name that is no person's (`Big Machine, says
        she will be allowed to play`), stands for the fact's `who`: the sentence names no
        person before the phrase, and the sentence before names the `who` and no other person
        (``carried_from_before``, the pronoun's gender not the other one a title gives)."""
        if self.story.entities[nearest.ref].kind not in NON_PERSON_KINDS:
            return False
        if _REPORTED_PERSON.fullmatch(between) is None or index == 0:
            return False
        persons = self.compiled.persons
        if any(s.ref in persons and s.last <= match.first for s in self.entities[index]):
            return False
        if {s.ref for s in self.entities[index - 1] if s.ref in persons} - who:
            return False  # another person named before: `she` may be theirs
        tokens = self.document.tokens[index]
        pronoun = next(
            (k for k in range(match.first - 1, -1, -1) if tokens[k].norm in ("she", "he")), None
        )
        return pronoun is not None and self.carried_from_before(index, pronoun, who)

    def _coordinated_subject(self, index: int, match: PhraseMatch, nearest: Span) -> Span | None:
        """The subject of a predicate joined by `and` with no subject of its own, the phrase
        standing in it (`Thatcher defeated Heath in the leadership election and became the
        first woman to lead`): the subject of the clause before `and`, when the nearest name
        before the phrase is the object of that subject's verb (one to three lower-case words
        between them, the last a verb in the past: `defeated`, `had beaten`), or only tells the
        kind of that object, a plural noun after it, with a number or determiner before
        (`freed three Taliban prisoners and sent them to Qatar`). A verb in the past must follow
        `and` too (past `then`, `later`, `also`), and no name, clause break or relative pronoun
        stand between `and` and the phrase."""
        doc = self.document
        tokens = doc.tokens[index]
        beaten = self._beaten_object(index, match, nearest)
        if beaten is not None:
            return beaten
        k = next(
            (j for j in range(match.first - 1, nearest.last - 1, -1) if tokens[j].norm == "and"),
            None,
        )
        if k is None:
            return None
        text = doc.sentences[index].text
        v = k + 1
        while v < match.first and tokens[v].norm in _COORDINATED_ADVERBS:
            v += 1
        verb = text[tokens[v].start : tokens[v].end] if v < len(tokens) else ""
        if not (verb.endswith("ed") or verb in _PAST_VERBS) or not verb.islower():
            return None
        between = text[tokens[k].end : tokens[match.first].start]
        if _COORDINATED_BREAK.search(between) or any(
            k < s.first < match.first for s in self.entities[index]
        ):
            return None
        subject = self.main_subject(index, tokens[k].start, "and")
        if subject is None or subject.first >= nearest.first:
            return None
        words = text[subject.end : nearest.start].split()
        if not 1 <= len(words) <= 3 or not all(w.islower() or w.isdigit() for w in words):
            return None  # the nearest name is no object right after the subject's verb
        if words[-1].endswith("ed") or words[-1] in _PAST_VERBS:
            return subject
        counted = words[-1] in _KIND_OPENERS or words[-1].isdigit() or words[-1] in _COUNT_WORDS
        if (
            counted
            and len(words) >= 2
            and (words[-2].endswith("ed") or words[-2] in _PAST_VERBS)
            and self._names_a_kind(index, nearest)
        ):
            return subject  # `freed three Taliban prisoners and sent them to Qatar`
        return None

    def _past_object_kinds(self, index: int, match: PhraseMatch, spans: list[Span]) -> list[Span]:
        """No names when every name of ``spans`` only tells the kind of a counted object
        (``_kind_of_object``: `its order of 30 Boeing jets`): no subject is named before the
        phrase, and a pronoun may carry it. All of ``spans`` when another name stands among
        them (`The government freed three Taliban prisoners and he sent them`: the clause
        after the kind name may have a subject of its own), or when a capitalised word that
        no entity, place or date holds stands before the phrase past the sentence's first word
        (`After Qatar Airways bought 30 Boeing jets, it announced`: `it` may be that name)."""
        if not spans or not all(self._kind_of_object(index, s) for s in spans):
            return spans
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        known = (*self.entities[index], *self.places[index])
        for token in tokens[1 : match.first]:
            raw = text[token.start : token.end]
            if (
                raw[:1].isupper()
                and raw.isalpha()
                and raw.lower() not in DATE_NAMES
                and not any(s.start <= token.start < s.end for s in known)
            ):
                return spans  # a name the story does not know may be the subject
        return []

    def _kind_of_object(self, index: int, span: Span) -> bool:
        """Whether the name at ``span`` only tells the kind of a counted object: a number
        before it, after `of` or a lower-case verb in the past (`an order of 50 Airbus
        A350-900 jets`, `bought 30 Boeing jets`), and a plural noun after it. Not a number
        that opens the sentence or its clause (`Thirty Boeing engineers announced`: the
        subject's own kind)."""
        if span.first < 2:
            return False
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        number = text[tokens[span.first - 1].start : tokens[span.first - 1].end]
        if not (number.replace(",", "").isdigit() or number in _COUNT_WORDS):
            return False
        if text[tokens[span.first - 2].end : tokens[span.first - 1].start].strip():
            return False  # `, 30 Boeing jets`: a break before the number
        before = text[tokens[span.first - 2].start : tokens[span.first - 2].end]
        if not (
            before == "of"
            or (
                before.islower()
                and before.isalpha()
                and (before.endswith("ed") or before in PAST_FORMS)
            )
        ):
            return False
        m = _OBJECT_KIND_NOUN.match(text, span.end)
        return m is not None and m.group(1) not in _NOT_KIND_NOUNS

    def _names_a_kind(self, index: int, span: Span) -> bool:
        """Whether the name at ``span`` only tells the kind of the plural noun right after it
        (`Taliban prisoners`, `Manchester United fans`): the noun, not the name, is the head."""
        text = self.document.sentences[index].text
        m = _KIND_NOUN.match(text, span.end)
        return m is not None and m.group(1) not in _NOT_KIND_NOUNS

    def _beaten_object(self, index: int, match: PhraseMatch, nearest: Span) -> Span | None:
        """The subject of an infinitive of result after a beaten object (`Ashbourne United
        beat Castleford Town 2-1 to win the National Cup`): the name right before the verb of
        beating (``_BEATING_VERBS``, one to three lower-case words, the last the verb), when
        `to` opens the phrase right after the object, its score and the contest it was beaten
        in (``_SCORE_GAP``: `Thatcher defeated Heath in the Conservative Party leadership
        election to become Leader of the Opposition`). Not a verb that makes
        the object the infinitive's doer (`asked Castleford to`, `helped`)."""
        tokens = self.document.tokens[index]
        if match.first == 0 or tokens[match.first - 1].norm != "to":
            return None
        text = self.document.sentences[index].text
        if not _SCORE_GAP.fullmatch(text, nearest.end, tokens[match.first - 1].start):
            return None
        before = [s for s in self.entities[index] if s.last <= nearest.first]
        if not before:
            return None
        subject = before[-1]
        words = text[subject.end : nearest.start].split()
        if not 1 <= len(words) <= 3 or not all(w.islower() and w.isalpha() for w in words):
            return None
        return subject if words[-1] in _BEATING_VERBS else None

    def names_before(self, index: int, match: PhraseMatch) -> list[Span]:
        """The names before the phrase that may be its subject: after no preposition (`to
        Russia`), in no aside the phrase is not in."""
        tokens = self.document.tokens[index]
        asides = self.document.asides(index) + self._appositions(index)
        phrase_start = tokens[match.first].start
        return [
            s
            for s in self.entities[index]
            if s.last <= match.first
            and not _after_preposition(tokens, s.first)
            and not _compared_since(tokens, s)
            and not any(a <= s.start < b and not a <= phrase_start < b for a, b in asides)
        ]

    def signing_fee(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> tuple[Span, str] | bool:
        """For a fact with a money `unit:`, its phrase told with the signing it pays for:
        `<who> signed <object> for a fee of £54m` (`bought`, `acquired`, `secured`, `landed`;
        `has`/`have` before the verb, `from` and the selling club after the object: `Kingsbridge
        have signed Varga from Alvor for a fee of £54m`): the fee is the subject's, named right
        before the verb, the object right after it and then `for a`/`for the`, the phrase, and
        `of` right after the phrase. The object is one of the story's `about` entities that is
        not the fact's `who` (`Kingsbridge signed Doyle for a fee of £5m` is another signing);
        only spaces stand between these words; before the subject no word makes the signing a
        condition, hope or rumour (`if`, `would`, `hoped`), and the phrase is no attempt nor
        retracted. False otherwise."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        first = match.first
        if first < 5 or match.last >= len(tokens) or tokens[match.last].norm != "of":
            return False
        if tokens[first - 1].norm not in ("a", "the") or tokens[first - 2].norm != "for":
            return False
        spans = self.entities[index]
        object_ = next((s for s in spans if s.last == first - 2), None)
        if object_ is not None and object_.first > 0 and tokens[object_.first - 1].norm == "from":
            if object_.ref in who:
                return False
            object_ = next((s for s in spans if s.last == object_.first - 1), None)
        if object_ is None or object_.ref in who or object_.ref not in self.story.about:
            return False
        v = object_.first - 1
        if v < 1 or text[tokens[v].start : tokens[v].end] not in _SIGNING_VERBS:
            return False
        if text[tokens[v - 1].start : tokens[v - 1].end] in ("has", "have"):
            v -= 1
        subject = next((s for s in spans if s.last == v), None)
        if subject is None or subject.ref not in who:
            return False
        if not re.fullmatch(r"(?:\s\w+)+\s", text[subject.end : tokens[first - 2].start]):
            return False
        if any(t.norm in _SIGNING_HEDGES for t in tokens[: subject.first]):
            return False
        if self.attempted(index, match) or self.retracted(index, match):
            return False
        return subject, "signing"

    def opening_maker(self, index: int, match: PhraseMatch) -> Span | None:
        """The name after `by` in the noun phrase that opens the sentence as the subject of a
        verb in the past, the phrase in that verb's clause (`The study by Solheim recorded
        13,400 cases of dementia`): the study's maker did what the study did. The sentence
        opens with `The`, one to three lower-case words that are no past participle (`The study
        led by Hart`: a passive's agent) nor make it another of its kind (`The earlier study`),
        `by`, `the` or nothing, and a name of one of the
        story's entities that is no possessive (`The study by Solheim's rivals`); right after
        the name, a space and a verb in the past (`recorded`, `found`, `has recorded`), never a
        noun the name modifies (`The study by Bergen researchers`), a passive (`The offer by
        Kingsbridge was rejected`: the offer was), a preposition or `and`. No comma, clause
        break (`recorded, in its pilot phase, 13,400 cases`) or `to` (`The study by Solheim
        failed to record`) stands between the name and the phrase. Asked only when no name
        before the phrase is free of a preposition (those the nearest-name rules judge). None
        otherwise."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        if match.first < 4 or tokens[0].norm != "the" or not text[tokens[0].start].isupper():
            return None
        by = next((k for k in range(2, 5) if tokens[k].norm == "by"), None)
        if by is None or by >= match.first:
            return None
        nouns = [text[t.start : t.end] for t in tokens[1:by]]
        if text[tokens[0].end : tokens[by].start] != f" {' '.join(nouns)} ":
            return None
        if any(
            not _OPENING_MAKER_NOUN.fullmatch(w)
            or w.endswith(("ed", "en"))
            or w in _PAST_PARTICIPLES
            or w in _ANOTHER_OF_KIND
            or w in PREPOSITIONS
            for w in nouns
        ):
            return None
        first = by + 2 if tokens[by + 1].norm == "the" else by + 1
        name = next((s for s in self.entities[index] if s.first == first), None)
        if name is None or name.ref not in self.story.entities or name.last >= match.first:
            return None
        if _possessive(self.document, index, name) or text[name.end : name.end + 1] != " ":
            return None
        verb = name.last
        if tokens[verb].norm in _MAKER_VERB_AUXILIARIES and verb + 1 < match.first:
            verb += 1
        word = text[tokens[verb].start : tokens[verb].end]
        if not (word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST)):
            return None
        if any(t.norm == "to" for t in tokens[verb + 1 : match.first]):
            return None  # `The study by Solheim failed to record`: another verb's act
        between = text[name.end : tokens[match.first].start]
        if (
            re.search(r",(?!\d)", between)
            or _CLAUSE_OPENER.search(between)
            or self._other_subject_between(name, between)
        ):
            return None
        return name

    def _appositions(self, index: int) -> list[tuple[int, int]]:
        """Character spans of the appositions after a known name: a comma (and a closing
        quotation mark), `a`/`an`/`the` and words to the next comma (`"Harbour Lights," a drama
        starring Maya Okonjo, debuted`): a name in one describes the name before, it is no
        subject of the phrase after."""
        key = ("appositions", index)
        if key not in self.memo:
            text = self.document.sentences[index].text
            ends = {s.end for s in self.entities[index]}
            self.memo[key] = [
                m.span()
                for m in _APPOSITION.finditer(text)
                if m.start() in ends or (m.start() - 1 in ends and text[m.start() - 1] in "\"”’'")
            ]
        return cast("list[tuple[int, int]]", self.memo[key])

    def agent_does(self, index: int, match: PhraseMatch, agent: Span, who: frozenset[str]) -> bool:
        """Whether the passive agent of the fact's who (``passive_agent``) does the fact's act:
        it is no owner (`by Jenkins's team`), and the thing acted on is no other known entity
        (`Paul Ryan was met by Trump` is another meeting than Trump's with Obama, as `Trump met
        Paul Ryan` is): the
        name right before the `which`/`that` opening the phrase's clause, else the nearest name
        before the phrase unless a clause opener stands between (`Smith praised the film, which
        was directed by`: the film, no known entity)."""
        if _possessive(self.document, index, agent):
            return False
        acted_on = self._relative_antecedent(index, match)
        if acted_on is None:
            before = self.names_before(index, match)
            if not before:
                return True
            text = self.document.sentences[index].text
            between = text[before[-1].end : self.document.tokens[index][match.first].start]
            if _CLAUSE_OPENER.search(_ASIDE.sub(" ", f" {between} ")):
                return True
            acted_on = before[-1]
        return acted_on.ref in who

    def _participle_subject(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> Span | Literal[False] | None:
        """For a phrase that opens a participial clause (`while harvesting`, `, crossing`): the
        main clause's subject when it is the fact's who; False when it is another entity (or its
        owner's possessive), when the clause stands in a relative clause about another entity,
        when the phrase acts on another entity, or when `without` denies the act; None when the
        phrase opens no participial clause or the main clause names no subject."""
        doc = self.document
        opened = participial_opener(doc.sentences[index].text, doc.tokens[index], match.first)
        if opened is None:
            return None
        if opened[1] == _DENYING:
            return False
        subject = self.main_subject(index, *opened)
        if subject is None:
            return None
        if subject.ref not in who or _possessive(doc, index, subject):
            return False
        if self._in_relative_clause_of_another(index, subject, who):
            return False
        return subject if not self._other_object(index, match, who) else False

    def main_subject(self, index: int, end: int, opener: str) -> Span | None:
        """The subject of the main clause that ends at character ``end`` before a participial
        clause: the first name of that clause (from the last clause opener, `;`, `, but`,
        `that`, `which`, or reporting verb before) that follows no preposition and stands in no
        aside; after `who`, the name it stands for (`a boy who fell ...`). None when the clause
        names no subject, when another name after it is joined by `and` (another clause's
        subject, or a list), or, before a comma, when the clause is a fronted subordinate one
        (`After Kim arrived, crossing ...`)."""
        doc = self.document
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        asides = [(a, b) for a, b in doc.asides(index) if not a <= end < b]

        def aside(at: int) -> bool:
            return any(a <= at < b for a, b in asides)

        start = max(
            (m.end() for m in _MAIN_CLAUSE_START.finditer(text, 0, end) if not aside(m.start())),
            default=0,
        )
        relative = None
        for k, token in enumerate(tokens):
            if token.end > end:
                break
            if aside(token.start) or token.start < start:
                continue
            if token.norm in _REPORTED or token.norm == "who":
                start, relative = token.end, (k if token.norm == "who" else None)
        if relative is not None:  # `a boy who fell ...`: `who` stands for its antecedent
            return next((s for s in self.entities[index] if s.last == relative), None)
        region = [t for t in tokens if start <= t.start and t.end <= end]
        if opener == "," and region and region[0].norm in _FRONTED:
            return None
        names = [
            s
            for s in self.entities[index]
            if start <= s.start and s.end <= end and not aside(s.start)
        ]
        subjects = [s for s in names if not _prepositional(text, tokens, s.first)]
        if not subjects:
            return None
        subject = subjects[0]
        owned = next((s for s in names if s.start > subject.end), None)
        if owned is not None and (
            _OWNER_GAP.fullmatch(text, subject.end, owned.start)
            or (_possessive(doc, index, subject) and not text[subject.end : owned.start].strip())
        ):
            subject = owned  # `Meridian Pictures' "Harbour Lights" sailed ...`: the owned name
        for other in names:
            k = other.first - 1
            while k >= 0 and tokens[k].norm in DETERMINERS:
                k -= 1
            if (
                other.first > subject.first
                and k >= 0
                and tokens[k].norm in _COORDINATORS
                and k != subject.last
            ):
                return None
        return subject

    def _named_after_age(self, index: int, match: PhraseMatch) -> Span | Literal[False] | None:
        """The name standing right after an age that a number opens (`63-year-old Robert
        Huxley`, `the 42-year-old driver`): whose age it is, whatever names stand before. False
        for a name of two capitalised words that is none of the story's, after at most three
        lower-case words (`the 52-year-old producer Lena Krug`): someone else's age."""
        if match.pattern.elements[-2:] != AGE_PHRASES[0]:
            return None
        name = next((s for s in self.entities[index] if s.first == match.last), None)
        text = self.document.sentences[index].text
        if name is None:
            end = self.document.tokens[index][match.last - 1].end
            other = _UNKNOWN_NAME_AFTER_AGE.match(text, end)
            if other is None or any(end <= s.start < other.end() for s in self.entities[index]):
                return None
        start = self.document.tokens[index][match.first].start
        if any(text[n.end : start] in ("-", " ") for n in self.document.numbers(index)):
            return name or False
        return None

    def _act_before(self, index: int, match: PhraseMatch, who: frozenset[str]) -> bool | None:
        """For a sentence that opens with `The` and the phrase's first word as a noun of the
        act (`The recall, covering 1.2 million cars, ...`): whether the fact's `who` does that
        act in the sentence right before (`... after the carmaker announced a recall.`), read
        as that sentence's phrase would be. None when the sentence does not open so or the
        sentence before has no word of the same stem; False when someone else does it there."""
        norms = self.document.norms[index]
        if index == 0 or match.first != 1 or norms[0] != "the":
            return None
        before = self.document.norms[index - 1]
        act = stem(norms[1])
        found: bool | None = None
        for k, norm in enumerate(before):
            if stem(norm) != act:
                continue
            subject = self.subject(index - 1, PhraseMatch(match.pattern, k, k + 1), who)
            if isinstance(subject, tuple):
                subject = subject[0]
            if not isinstance(subject, Span) or subject.ref not in who:
                return False
            found = True
        if found is None:
            found = self._only_organisation_before(index, who)
        return found

    def _act_further_back(self, index: int, match: PhraseMatch, who: frozenset[str]) -> bool | None:
        """For a sentence that opens with `The` and a noun of the act, naming no one, that no
        other reading decides (the sentence right before telling no such act: ``_act_before``):
        whether the fact's `who` does it in the nearest of the ``_ACT_REACH`` sentences before
        that has a word of the noun's stem (`Emirates inks order for 30 Boeing 787 jets. The
        mid-size 787-9 jet is a variant of Boeing's Dreamliner. The order is valued at $8.8
        billion`), read as that sentence's phrase would be. None when no such sentence is near,
        or a name the story does not know stands between the two (`Qatar Airways is expected to
        follow.`: the act may be that one's; names after a preposition, and a name's own
        things, `Boeing's Dreamliner`, aside); False when someone else does it there."""
        if match.first != 1 or self.document.norms[index][0] != "the":
            return None
        noun = self.document.sentences[index].text[
            self.document.tokens[index][1].start : self.document.tokens[index][1].end
        ]
        if noun in PAST_FORMS or noun.endswith(("ed", "ing")) or not noun.islower():
            return None
        act = stem(noun)
        for j in range(index - 2, max(-1, index - 1 - _ACT_REACH), -1):
            told = [k for k, norm in enumerate(self.document.norms[j]) if stem(norm) == act]
            if not told:
                continue
            at = self.document.tokens[j][told[-1]].end
            start = self.document.tokens[index][1].start
            if self._unknown_name_since(j, at, index, start, objects=True, owned_things=True):
                return None
            for k in told:
                subject = self.subject(j, PhraseMatch(match.pattern, k, k + 1), who)
                if isinstance(subject, tuple):
                    subject = subject[0]
                if not isinstance(subject, Span) or subject.ref not in who:
                    return False
            return True
        return None

    def _figure_after_owner(self, index: int, match: PhraseMatch, spans: list[Span]) -> bool:
        """Whether the phrase opens a clause after `, as`, `, while` or `and` with a noun of a
        company's own figures (``FIGURE_NOUNS``: `The retailer earned $2.8 billion, as revenue
        rose 3.5 percent`), and the one name before it in its sentence is an organisation's
        that opens the sentence: that organisation's figure. Not when another name stands
        before the phrase, or a capitalised word the story does not know."""
        norms = self.document.norms[index]
        k = match.first
        if k < 2 or norms[k] not in FIGURE_NOUNS or norms[k - 1] not in _FIGURE_OPENERS:
            return False
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        if not text[tokens[k - 2].end : tokens[k - 1].start].strip().startswith(","):
            return False
        if len({s.ref for s in spans}) != 1 or spans[0].first > 1:
            return False
        if self.story.entities[spans[0].ref].kind not in _SOURCE_DOERS:
            return False
        return not self._unknown_name_since(index, spans[-1].end, index, tokens[k].start)

    def _only_organisation_before(self, index: int, who: frozenset[str]) -> Literal[True] | None:
        """For a sentence that opens with `The` and a noun of the act after one that does not
        tell the act (``_act_before``): True when the sentence before names one entity only,
        an organisation or a team, and it is the fact's `who` (`Valdor shares fell 4% on
        Tuesday. The recall covers 2.1 million cars.`): whose act the noun tells. None
        otherwise (no one, a person, an event, more than one entity, another organisation, a
        name the story does not know after it: the other readings of a sentence that names no
        one decide)."""
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        noun = text[tokens[1].start : tokens[1].end]
        if noun in PAST_FORMS or noun.endswith(("ed", "ing")) or not noun.islower():
            return None
        spans = self.entities[index - 1]
        named = {span.ref for span in spans}
        if len(named) != 1:
            return None
        (ref,) = named
        if self.story.entities[ref].kind not in _SOURCE_DOERS:
            return None
        if self._unknown_name_since(index - 1, spans[-1].end, index, tokens[1].start):
            return None  # `... as Hartwell Motors warned of faults. The recall ...`: maybe its
        return True if ref in who else None

    def _referred(self, index: int, match: PhraseMatch, sole: bool = False) -> str | None:
        """The entity that `the company`, `the team` or `it` before the phrase refers back to:
        the last one named of that kind in the sentences before (entities with a `kind`). A
        description read by the narrower readings (`the beauty brand`, a brand as a company, or
        ``sole``) refers only when the last sentence naming one of its kind names just one."""
        entities = self.story.entities
        tokens = self.document.tokens[index]
        kinds: frozenset[str] | None = None
        for k in range(max(0, match.first - 4), match.first):
            norm = tokens[k].norm
            if norm == "it":
                kinds = NON_PERSON_KINDS
            elif norm in KIND_NOUNS and self._kind_description(index, k):
                kinds = _KIND_NOUN_KINDS.get(norm, frozenset({KIND_NOUNS[norm]}))
                if norm in _KIND_NOUN_KINDS or tokens[k - 1].norm not in ("the", "this"):
                    sole = True  # `the beauty brand`: only where one of its kind is named
        if kinds is None:
            return None
        for back in range(index - 1, max(-1, index - 1 - BACK_REACH), -1):
            named = [s for s in self.entities[back] if entities[s.ref].kind in kinds]
            if not named:
                continue
            if sole and len({s.ref for s in named}) > 1:
                return None  # `Rivalco and Acme sell lipstick. The beauty brand ...`: either
            return named[-1].ref
        return None

    def referred_past_phrase_names(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> str | None:
        """What `the company`/`the beauty brand` before the phrase refers back to (``_referred``)
        in a sentence whose only names are words of the phrase itself, none the fact's `who`
        (`after the beauty brand took a majority stake in Kylie Jenner's cosmetics company`):
        those names are what the act is done to, not its subject. Only a kind noun refers here,
        never `it`. None when another name stands outside the phrase or no kind noun is there."""
        spans = self.entities[index]
        if not spans or any(
            s.ref in who or s.first < match.first or s.last > match.last for s in spans
        ):
            return None
        tokens = self.document.tokens[index]
        if not any(
            tokens[k].norm in KIND_NOUNS for k in range(max(0, match.first - 4), match.first)
        ):
            return None
        return self._referred(index, match, sole=True)

    def _kind_description(self, index: int, k: int) -> bool:
        """Whether the kind noun at word ``k`` (`company`, `brand`) ends a definite description:
        `the`/`this` right before it, or `the` and one lower-case word that describes the thing
        without setting it apart from the one named before (`the beauty brand`, `the sportswear
        company`; not `the rival firm`, `the parent company`, `the visiting team`, `the largest
        company`, a number or a name), all outside quotation marks."""
        doc = self.document
        tokens = doc.tokens[index]
        text = doc.sentences[index].text
        if k > 0 and tokens[k - 1].norm in ("the", "this"):
            return True
        if k < 2 or tokens[k - 2].norm != "the":
            return False
        word = text[tokens[k - 1].start : tokens[k - 1].end]
        if not (word.isalpha() and word.islower()) or tokens[k - 1].norm in _REFERRED_APART:
            return False
        if word.endswith(("ed", "ing", "est", "er")) or word in PAST_FORMS:
            return False  # `the acquired company`, `the visiting team`, `the largest`
        gap = text[tokens[k - 2].end : tokens[k].start]
        if any(c in gap for c in ",;:()\"'“”‘’-–—"):
            return False
        return not doc.in_quotes(index, tokens[k - 2].start, tokens[k].end)

    def _described(self, index: int, match: PhraseMatch) -> str | None:
        """The person that `the six-year-old` standing as the phrase's subject refers back to
        (``_description``): the one person entity named before it in its sentence or in the
        sentences before (``persons_before``). None when there is no such description, when no
        person or more than one is named there, or when the noun after it (`the 30-year-old
        singer`) is no word of that person's names nor a nationality (`The 48-year-old
        Australian`, ``world.is_demonym``)."""
        found = self._description(index, match)
        if found is None:
            return None
        the, noun = found
        persons = self.persons_before(index, the)
        if len(persons) != 1:
            return None
        if noun is not None:
            entity = self.story.entities[persons[0]]
            if self.document.norms[index][noun] not in {w for n in entity.names for w in words(n)}:
                token = self.document.tokens[index][noun]
                if not world.is_demonym(self.sentence_text(index)[token.start : token.end]):
                    return None  # `the 30-year-old singer`, no word of the person's names
        return persons[0]

    def _group_subject(self, index: int, match: PhraseMatch, who: frozenset[str]) -> str | None:
        """The entity whose group the subject right before the phrase stands for, only
        auxiliaries and a few adverbs between (``GROUP_BETWEEN``): `the researchers`
        (``_group_described``), or `they` opening the sentence or its main clause right after
        a sentence whose subject is such a group (``_they_group``). None when neither stands
        there, or neither refers back to a group."""
        doc = self.document
        tokens = doc.tokens[index]
        norms = doc.norms[index]
        text = doc.sentences[index].text
        k = match.first - 1
        while k >= 0 and match.first - k <= DESCRIBED_REACH and norms[k] in GROUP_BETWEEN:
            if text[tokens[k].end : tokens[k + 1].start].strip():
                return None
            k -= 1
        if k < 0 or text[tokens[k].end : tokens[k + 1].start].strip():
            return None
        if text[tokens[k].start : tokens[k].end].lower() == "they":
            return self._they_group(index, k, who)
        if k > 0 and norms[k - 1] == "the":
            return self._group_described(index, k - 1, who)
        return None

    def _opens_clause(self, index: int, k: int) -> bool:
        """Whether word ``k`` opens its sentence (past `And`, `Then`...) or a clause after a
        comma or a dash (`On one night, they`, `Out of 17 nights ..., the scientists`)."""
        if k == 0:
            return True
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        gap = text[tokens[k - 1].end : tokens[k].start]
        if any(c in gap for c in ",—–") or " - " in gap:
            return True
        return k == 1 and text[tokens[0].start : tokens[0].end].lower() in _GROUP_LEADS

    def _group_described(self, index: int, the: int, who: frozenset[str]) -> str | None:
        """The entity whose group `the researchers` (its `the` at word ``the``) stands for: `the`
        and a plural of the last word of a lower-case description of an entity of the fact's
        `who` (``CompiledStory.group_nouns``: `the scientists` for `planetary scientist`,
        opening its sentence or clause, outside quotation marks, refers back to the group the
        nearest name before it leads (``_group_before``)."""
        doc = self.document
        tokens = doc.tokens[index]
        if the + 1 >= len(tokens):
            return None
        noun = tokens[the + 1]
        word = doc.sentences[index].text[noun.start : noun.end]
        refs = self.compiled.group_nouns.get(word)
        if refs is None or refs.isdisjoint(who) or not self._opens_clause(index, the):
            return None
        if doc.in_quotes(index, tokens[the].start, noun.end):
            return None
        return self._group_before(index, tokens[the].start)

    def _group_before(self, index: int, start: int) -> str | None:
        """The entity whose group the nearest name of a kind that may be people before
        character ``start`` of sentence ``index``, in it or the ``BACK_REACH`` sentences
        before, names (``_group_end``: `Lind and her colleagues`, `the Norda team`), when no
        word of a group and no name the story does not know stand between (``_other_group``).
        None when that name names no group, or there is none."""
        kinds = self.story.entities
        for back in range(index, max(-1, index - 1 - BACK_REACH), -1):
            spans = [s for s in self.entities[back] if back < index or s.end <= start]
            for span in reversed(spans):
                if kinds[span.ref].kind not in _GROUP_KINDS:
                    continue  # `to study Veda`: a thing, no group of people
                end = self._group_end(back, span)
                if end is None or self._other_group(back, end, index, start):
                    return None
                return span.ref
        return None

    def _group_end(self, index: int, span: Span) -> int | None:
        """Where the group that ``span`` names ends: after the group its name leads (`Lind and
        her colleagues`, `Lind's team`), or the name's own end when its last word names a group
        (`the Norda team`). None when the name names no group, follows a preposition or stands
        in quotation marks."""
        doc = self.document
        text = doc.sentences[index].text
        if _after_preposition(doc.tokens[index], span.first):
            return None
        if doc.in_quotes(index, span.start, span.end):
            return None
        tie = _GROUP_TIE.match(text, span.end)
        if tie is None and _possessive(doc, index, span):  # the name holds its `'s`
            tie = _GROUP_TIE.match(text, span.end - 2)
        if tie is not None:
            return tie.end()
        last = text[span.start : span.end].split()[-1]
        return span.end if last in _GROUP_WORDS else None

    def _other_group(self, first: int, after: int, last: int, before: int) -> bool:
        """Whether from character ``after`` of sentence ``first`` to character ``before`` of
        sentence ``last`` stands another entity that may be people, a word of a group
        (`astronomers`, `team`, a description of the story's in the plural) or a capitalised
        name the story does not know, none after a preposition (`detected from Earth`): another
        group that a description after it may stand for."""
        doc = self.document
        kinds = self.story.entities
        nouns = self.compiled.group_nouns
        for index in range(first, last + 1):
            lo = after if index == first else 0
            hi = before if index == last else len(doc.sentences[index].text)
            if any(
                lo <= s.start < hi and kinds[s.ref].kind in _GROUP_KINDS
                for s in self.entities[index]
            ):
                return True
            for m in WORD.finditer(doc.sentences[index].text, lo, hi):
                word = m.group()
                if word.lower() in _GROUP_WORDS or word in nouns:
                    return True
        return self._unknown_name_since(first, after, last, before, objects=True)

    def clause_pronoun(
        self, index: int, match: PhraseMatch, who: frozenset[str]
    ) -> Span | tuple[Span, str] | str | None:
        """The subject that `he` or `she` opening the phrase's clause stands for, when a name
        before it in the sentence seemed to take the phrase: the pronoun right before the phrase
        (past auxiliaries and adverbs), right after a clause's start (``_PRONOUN_CLAUSE_START``:
        `, but`, `and`, `that`, `after`, `when`...). The one person the sentence names before it
        when that one is of the fact's `who` and the pronoun fits the gender the article gives
        them (`Andrew doesn't remember any raping, but he definitely remembers going to get
        pizza`); `carried` when the sentence names no person before it and the sentence before
        names the `who` (`Swedish prosecutors decided to reopen the investigation after he was
        hauled out`). None otherwise: two persons, another person, a capitalised word the story
        does not know between the person and the pronoun (`told Alvarez that he`), a condition
        (`if he`). In a subordinate clause (`when he`, `after he`) the act is background to the
        main clause, maybe of another occasion (`Diallo last visited Portugal in 2019, when he
        arrived in Porto`): found so (``SUBORDINATE``), it only confirms."""
        doc = self.document
        tokens = doc.tokens[index]
        norms = doc.norms[index]
        text = doc.sentences[index].text
        k = match.first - 1
        while k > 0 and match.first - k <= DESCRIBED_REACH and norms[k] in DESCRIBED_BETWEEN:
            k -= 1
        if k <= 0 or norms[k] not in _CLAUSE_PRONOUNS:
            return None
        if any(text[tokens[j].end : tokens[j + 1].start].strip() for j in range(k, match.first)):
            return None  # a mark between the pronoun and the phrase
        opener = _PRONOUN_CLAUSE_START.search(text, 0, tokens[k].start)
        if opener is None:
            return None
        subordinate = opener.group().strip().lower() in _SUBORDINATORS
        persons = [
            s for s in self.entities[index] if s.last <= k and s.ref in self.compiled.persons
        ]
        if not persons:
            if not self.carried_from_before(index, k, who):
                return None
            return SUBORDINATE if subordinate else "carried"
        if len({s.ref for s in persons}) != 1 or persons[-1].ref not in who:
            return None
        known = [(d.start, d.end) for d in doc.dates(index)]
        known += [(p.start, p.end) for p in (*self.places[index], *self.entities[index])]
        if any(
            text[t.start : t.start + 1].isupper()
            and not any(start <= t.start < end for start, end in known)
            for t in tokens[persons[-1].last : k]
        ):
            return None  # `Castro told Alvarez that he`: a name the story does not know
        gender = self.gender_of(persons[-1].ref)
        if gender is not None and gender != pronoun_gender(norms[k]):
            return None
        return (persons[-1], SUBORDINATE) if subordinate else persons[-1]

    def said_of_self(self, name: Span, between: str) -> bool:
        """Whether ``between``, the words from a person's name to the phrase, is the person's
        report of their own act after `that` (``_SAID_THAT_SELF``: `said that he`, `tells the
        paper that he`), the pronoun fitting the person's gender where the article gives one."""
        said = _SAID_THAT_SELF.fullmatch(between)
        if said is None or self.story.entities[name.ref].kind != "person":
            return False
        gender = self.gender_of(name.ref)
        return gender is None or gender == said.group("pronoun")

    def _group_reports(self, index: int, name: Span, match: PhraseMatch) -> bool:
        """Whether the group that ``name`` leads or is (``_group_end``) reports that `they` did
        the phrase's act, only its verb and a number between (``_REPORTED_THEY``)."""
        end = self._group_end(index, name)
        if end is None:
            return False
        start = self.document.tokens[index][match.first].start
        return _REPORTED_THEY.fullmatch(self.document.sentences[index].text, end, start) is not None

    def _they_group(self, index: int, k: int, who: frozenset[str]) -> str | None:
        """The entity whose group `they` (word ``k``) stands for: `they` opens its sentence or
        its main clause, with no name, no word of a group and no unknown name before it, outside
        quotation marks, right after a sentence that opens with a group as its subject (`The
        researchers observed Veda for 17 nights.`: ``_group_described``; `Lind and her
        colleagues used ...`: ``_group_end``), with no other group after it (``_other_group``).
        None otherwise."""
        doc = self.document
        tokens = doc.tokens[index]
        start = tokens[k].start
        if index == 0 or not self._opens_clause(index, k):
            return None
        if doc.in_quotes(index, start, tokens[k].end):
            return None
        if any(s.start < start for s in self.entities[index]):
            return None
        back = index - 1
        before = doc.tokens[back]
        text = doc.sentences[back].text
        j = 1 if before and text[before[0].start : before[0].end].lower() in _GROUP_LEADS else 0
        ref: str | None = None
        end = 0
        if j + 2 < len(before) and before[j].norm == "the" and self._verb_like(back, j + 2):
            ref = self._group_described(back, j, who)  # `The researchers observed ...`
            end = before[j + 1].end
        if ref is None:
            opening = j + 1 if j < len(before) and before[j].norm == "the" else j
            span = next((s for s in self.entities[back] if s.first == opening), None)
            if span is None or self.story.entities[span.ref].kind not in _GROUP_KINDS:
                return None
            group_end = self._group_end(back, span)  # `Lind and her colleagues used ...`
            if group_end is None:
                return None
            ref, end = span.ref, group_end
        if self._other_group(back, end, index, start):
            return None
        return ref

    def _description(self, index: int, match: PhraseMatch) -> tuple[int, int | None] | None:
        """Where `the six-year-old` stands as the subject of the phrase: its `the` and the noun
        after it, if any (`the 30-year-old singer`). It stands right before the phrase, only
        auxiliaries and adverbs between (``DESCRIBED_BETWEEN``); or, for an age phrase, it is
        the phrase, with a verb, an auxiliary or a comma after it (`The six-year-old fell`, `The
        six-year-old, whose ...`). Never after `a`/`an` (a new person), nor in quotation
        marks."""
        doc = self.document
        if "old" not in doc.word_sets[index]:
            return None
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        norms = doc.norms[index]

        def gap(k: int) -> str:  # what stands between tokens k - 1 and k
            return text[tokens[k - 1].end : tokens[k].start].strip()

        noun = None
        if match.pattern.elements[-2:] == AGE_PHRASES[0]:  # the age fact's own phrase
            year, after = match.first, match.last
            if after < len(tokens) and not gap(after) and not self._verb_like(index, after):
                noun, after = after, after + 1
            if after >= len(tokens) or (gap(after) != "," and not self._verb_like(index, after)):
                return None
        else:
            k = match.first - 1
            counted = k > 0 and any(n.start <= tokens[k].start < n.end for n in doc.numbers(index))
            if counted and not gap(k + 1):
                k -= 1  # `had spent 14 months in the post`: the phrase's own count
                if k > 0 and not gap(k + 1) and self._past_verb(index, k):
                    k -= 1  # `spent`: the verb whose object the counted phrase is
            while match.first - k <= DESCRIBED_REACH and k > 0 and norms[k] in DESCRIBED_BETWEEN:
                if gap(k + 1):
                    return None
                k -= 1
            relative = k > 1 and norms[k] == _WHO and gap(k) == "," and not gap(k + 1)
            coordinated = norms[k] == "and" and not gap(k + 1)
            if coordinated:  # `The 48-year-old was evicted in April and sentenced to`
                described = self._description_before_and(index, k)
                if described is None:
                    return None
                k = described
            if relative:
                k -= 1  # `The 48-year-old, who had spent`: the relative clause's subject
            elif k > 0 and norms[k] != "old" and not gap(k + 1):
                noun, k = k, k - 1
            if k < 2 or norms[k] != "old" or norms[k - 1] != "year":
                return None
            if gap(k + 1) and not relative:
                return None
            year = k - 1
        start = tokens[year].start
        number = next((n for n in doc.numbers(index) if text[n.end : start] in ("-", " ")), None)
        if number is None or number.unit or number.ordinal:
            return None
        the = next((k for k, t in enumerate(tokens) if t.start == number.start), 0) - 1
        if the < 0 or norms[the] != "the" or gap(the + 1):
            return None
        if doc.in_quotes(index, tokens[the].start, tokens[year].end):
            return None
        return the, noun

    def _description_before_and(self, index: int, conjunction: int) -> int | None:
        """The last word of `the six-year-old` (its `old`, or the noun after it) opening the
        sentence as the subject of the predicate that `and` at word ``conjunction`` is joined
        to (`The 48-year-old Australian was evicted in April and sentenced to 50 weeks`): a
        verb right after it, and no comma, clause opener or subordinator (`after police came
        and`), name (nor capitalised word outside a date or a place: `in April`, `in London`)
        or other `and` before ``conjunction``, at most ``COORDINATED_REACH`` words on. None
        otherwise."""
        doc = self.document
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        norms = doc.norms[index]
        old = next((j for j in range(2, min(5, conjunction)) if norms[j] == "old"), None)
        if old is None or norms[old - 1] != "year":
            return None
        last = old
        if not self._verb_like(index, old + 1):
            last = old + 1  # `The 48-year-old Australian`
        if last + 1 >= conjunction or not self._verb_like(index, last + 1):
            return None
        between = text[tokens[last].end : tokens[conjunction].start]
        if any(c in between for c in ',;:()—–"“”') or _CLAUSE_OPENER.search(f" {between} "):
            return None
        if _SUBORDINATE.search(between):
            return None  # `was arrested after police came and`: `and` may join that clause
        if "and" in norms[last + 1 : conjunction] or conjunction - last > COORDINATED_REACH:
            return None
        if any(last < s.first < conjunction for s in self.entities[index]):
            return None
        known = [(d.start, d.end) for d in doc.dates(index)]
        known += [(p.start, p.end) for p in self.places[index]]
        if any(
            text[t.start : t.start + 1].isupper()
            and not any(start <= t.start < end for start, end in known)
            for t in tokens[last + 1 : conjunction]
        ):
            return None  # `The 48-year-old met Smith and ...`: a name may be the `and`'s subject
        return last

    def _past_verb(self, index: int, k: int) -> bool:
        """Whether word ``k`` is a verb in the past that is no auxiliary (`spent`, `served`)."""
        token = self.document.tokens[index][k]
        word = self.document.sentences[index].text[token.start : token.end].lower()
        if token.norm in DESCRIBED_BETWEEN:
            return False
        return word in PAST_FORMS or (word.endswith("ed") and len(word) > 3)

    def _verb_like(self, index: int, k: int) -> bool:
        """Whether word ``k`` may be a verb after a subject: an auxiliary, a reporting verb, a
        past form (`fell`, `fainted`)."""
        token = self.document.tokens[index][k]
        word = self.document.sentences[index].text[token.start : token.end].lower()
        norm = token.norm
        return (
            norm in DESCRIBED_BETWEEN
            or norm in REPORTING_VERBS
            or word in PAST_FORMS
            or (word.endswith("ed") and len(word) > 3)
        )

    def persons_before(self, index: int, first: int) -> list[str]:
        """The person entities named in sentence ``index`` before word ``first`` and in the
        ``BACK_REACH`` sentences before: of `kind: person`, or of no kind with no name ending
        in a noun of a kind (`company`) or of a thing (`well`, ``THING_NOUNS``)."""
        named = {s.ref for s in self.entities[index] if s.last <= first}
        for back in range(index - 1, max(-1, index - 1 - BACK_REACH), -1):
            named.update(s.ref for s in self.entities[back])
        persons = self.compiled.persons
        return sorted(ref for ref in named if ref in persons)

    def _it_in_sentence(self, index: int, match: PhraseMatch) -> str | None:
        """The entity that `it` right before the phrase (auxiliaries aside: `it was formed`)
        refers to within its sentence: the one entity of a non-person kind named before it,
        after a preposition too (`the mascot of the Mercian Regiment when it formed`), with no
        other name or place between. None when the sentence names none, or more than one."""
        norms = self.document.norms[index]
        k = match.first - 1
        while k >= 0 and norms[k] in _IT_AUXILIARIES:
            k -= 1
        if k < 0 or norms[k] != "it":
            return None
        before = [s for s in self.entities[index] if s.last <= k]
        if not before or any(k > p.first >= before[-1].last for p in self.places[index]):
            return None
        entities = self.story.entities
        kinds = {s.ref for s in before if entities[s.ref].kind in NON_PERSON_KINDS}
        if len(kinds) != 1 or before[-1].ref not in kinds:
            return None
        return before[-1].ref

    def _name_before_pronoun(self, index: int, k: int) -> Span | None:
        """The name that ends right before word ``k`` (a relative pronoun), or right before the
        name's abbreviation or ticker in brackets that ends there (``_ABBREVIATION_BRACKET``:
        `The Home Depot Inc. (NYSE: HD) which`); None when neither does."""
        spans = self.entities[index]
        span = next((span for span in spans if span.last == k), None)
        if span is not None:
            return span
        text = self.document.sentences[index].text
        start = self.document.tokens[index][k].start
        bracketed = (s for s in spans if s.last < k)
        return next(
            (s for s in bracketed if _ABBREVIATION_BRACKET.fullmatch(text, s.end, start)), None
        )

    def _relative_antecedent(self, index: int, match: PhraseMatch) -> Span | None:
        """The name right before the `which`/`that`/`who` that opens the phrase's clause
        (auxiliaries and `also` aside: `the crash, which has killed`, `rescuers who also
        pumped in oxygen`), after a preposition too (`the victims of the crash which killed
        seven people`, `to work with Nyong'o, who won an Oscar`): the clause's subject. `who`
        never stands for a thing (``CompiledStory.things``): after one (`the driver of the
        vehicle, who was arrested`) it is left to the other rules, and so is a `who` clause
        with a modal of possibility before the phrase (`who could win`). None when no name
        stands right before the pronoun (a comma aside)."""
        tokens = self.document.tokens[index]
        k = _relative_pronoun(self.document.norms[index], match.first)
        if k is None:
            return None
        span = self._name_before_pronoun(index, k)
        if span is None or tokens[k].norm != "who":
            return span
        if span.ref in self.compiled.things:
            return None  # `the driver of the vehicle, who was arrested`: the driver
        if any(t.norm in _WHO_UNREAL for t in tokens[k + 1 : match.first]):
            return None  # `Nyong'o, who could win an Oscar`: a possibility
        return span

    def _which_clause_antecedent(self, index: int, match: PhraseMatch) -> Span | None:
        """The name right before a `which` whose clause holds the phrase past a verb and at
        most two more lower-case words or numbers (`the club, which has a capacity of 600`,
        `at US Airways Express, which tallied 56 cancellations`): the clause's subject, after a
        preposition too. None when a word of the gap negates, reports, marks a possibility or
        opens another clause (`which said the`, `which has no`), when the name is a possessive
        (`Apple's fine, which`: the fine's clause) or when none stands right before `which`."""
        norms = self.document.norms[index]
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        k = next(
            (j for j in range(match.first - 2, max(0, match.first - 5), -1) if norms[j] == _WHICH),
            None,
        )
        if k is None or not _RELATIVE_GAP.fullmatch(text, tokens[k].end, tokens[match.first].start):
            return None
        if any(n in _WHICH_GAP_STOPS for n in norms[k + 1 : match.first]):
            return None
        span = self._name_before_pronoun(index, k)
        if span is None or _possessive(self.document, index, span):
            return None
        return span

    def _whose_owner(self, index: int, match: PhraseMatch) -> Span | None:
        """The name right before a `whose` that stands right before the phrase, a comma between
        (`Guercio, whose family owns a funeral home`): the clause's owned noun opens the phrase,
        so it reads as `Guercio's family owns a funeral home`, the owner's. None otherwise."""
        k = match.first - 1
        if k < 1 or self.document.norms[index][k] != _WHOSE:
            return None
        span = next((span for span in self.entities[index] if span.last == k), None)
        if span is None or _possessive(self.document, index, span):
            return None
        text = self.document.sentences[index].text
        if text[span.end : self.document.tokens[index][k].start].strip() not in ("", ","):
            return None
        return span

    def _with_absolute_subject(self, index: int, match: PhraseMatch) -> Span | None:
        """The name right after `with` when the phrase opens with an `-ing` word right after it,
        a bracketed aside between (`stocks gained with Larsen and Toubro (LART.NS) adding 0.5
        percent`): the subject of the absolute clause `with X doing`. None otherwise, and when
        `with` is not the word right before the name."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        first = tokens[match.first]
        if not text[first.start : first.end].lower().endswith("ing"):
            return None
        phrase_start = tokens[match.first].start
        span = next(
            (
                s
                for s in self.entities[index]
                if s.last <= match.first and _WITH_ASIDE.fullmatch(text, s.end, phrase_start)
            ),
            None,
        )
        if span is None or span.first < 1 or tokens[span.first - 1].norm != _WITH:
            return None
        return span

    def _relative_of_unknown(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase stands in a `who` clause, at most three lower-case words or
        numbers after the pronoun, whose antecedent is a name the story does not know, an age
        in apposition aside (`Lee Shaw, 41, who faces 3 counts of fraud`): that one's act. A
        party and state after the name (`Sen. John Barrasso, R-Wyo., who`) is its label, not
        a name: the antecedent is the name before it (`Sen. Ted Cruz, R-Texas, who`: Cruz's)."""
        tokens = self.document.tokens[index]
        text = self.document.sentences[index].text
        at = next(
            (
                k
                for k in range(match.first - 1, max(-1, match.first - 5), -1)
                if tokens[k].norm == _WHO
            ),
            None,
        )
        if at is None or not _RELATIVE_GAP.fullmatch(
            text, tokens[at].end, tokens[match.first].start
        ):
            return False
        tag = _PARTY_TAG.search(text, 0, tokens[at].start)
        if tag is not None:  # `Sen. Ted Cruz, R-Texas, who`: the clause is the name's
            named = _NAME_BEFORE_TAG.search(text, 0, tag.start())
        else:
            named = _UNKNOWN_ANTECEDENT.search(text, 0, tokens[at].start)
        if named is None:
            return False
        start, end = named.span(1)
        return not any(s.start < end and start < s.end for s in self.entities[index])

    def _closing_source(self, index: int, match: PhraseMatch) -> int:
        """Where a closing attribution after a phrase outside quotation marks starts
        (``_SOURCE_AT_END``: `, the Island Princess said.`), or past the sentence's end."""
        doc = self.document
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        if "," not in text:
            return len(text) + 1
        found = _SOURCE_AT_END.search(text, tokens[match.last - 1].end)
        first = tokens[match.first]
        if found is None or doc.in_quotes(index, first.start, first.end):
            return len(text) + 1
        if doc.in_quotes(index, found.start(), found.start() + 1):
            return len(text) + 1
        return found.start()

    def _named_only_as_source(self, index: int, match: PhraseMatch) -> bool:
        """Whether every name of the sentence stands in a closing attribution after the phrase
        (`..., the National Civil Defence Institute said.`, `..., according to Civil
        Defence.`): the source that reports the sentence, not a subject of its acts."""
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        found = _SOURCE_AT_END.search(text, tokens[match.last - 1].end)
        if found is None or self.document.in_quotes(index, found.start(), found.start() + 1):
            return False
        return all(span.start >= found.start() for span in self.entities[index])

    def _named_only_as_scene(self, index: int, match: PhraseMatch) -> bool:
        """Whether the sentence's one name stands right after the phrase as the object of a
        preposition of place (`from`, `at`, `in`, `inside`, `outside`, `near`; `the` may come
        between): the scene of the act (`Three paintings were stolen from the Varen Museum`),
        not a subject of its own. Not after `by` (an agent), nor past another word (`from a
        gallery near the Varen Museum`: another scene)."""
        text = self.document.sentences[index].text
        end = self.document.tokens[index][match.last - 1].end
        return all(
            span.start >= end and _SCENE_BEFORE.fullmatch(text, end, span.start)
            for span in self.entities[index]
        )

    def _source_doer(self, index: int, match: PhraseMatch, who: frozenset[str]) -> Span | None:
        """The fact's `who`, an organisation or a team, named only as the source of a closing
        attribution (``_named_only_as_source``) of a sentence whose subject is the act itself:
        the phrase opens the sentence past a number and determiners and holds its own verb
        (`Fifty-one jobs will go, the company said.` for `jobs will go`), or opens it after
        `The`/`Its` as a noun of the act with a verb of its own (`The recall covers 2.1 million
        cars, Valdor said.`). Then the source reports its own act. None when the source is
        another entity, a person (who may report another's act), a possessive (`the company's
        chief executive said`), more than the name and its reporting words, or the sentence's
        subject is anything else (`Five men were arrested, police said`: whoever arrested
        them)."""
        spans = self.entities[index]
        if len(spans) != 1 or spans[0].ref not in who:
            return None
        source = spans[0]
        if self.story.entities[source.ref].kind not in _SOURCE_DOERS:
            return None
        doc = self.document
        if _possessive(doc, index, source):
            return None
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        found = _SOURCE_AT_END.search(text, tokens[match.last - 1].end)
        if found is None:
            return None
        rest = WORD.findall(text[found.start() : source.start] + " " + text[source.end :])
        if any(w.lower() not in _SOURCE_WORDS for w in rest):
            return None  # `the company's chief executive said`: someone of it reports
        if not self._act_is_subject(index, match):
            return None
        if self._unknown_name_since(index, 0, index, found.start()):
            return None  # `Sixty jobs will go at Hartwell, Brightwell said`: maybe Hartwell's
        return source

    def _owned_by_unknown(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase opens with a noun (a lower-case word that is no verb form) owned
        by a capitalised name that no entity of the story holds, nor a date's word, at most two
        plain modifiers and a score between (`Hull's 24-12 win over Castleford`, `Smith's
        resignation`): the act of someone the story does not know, whoever is named before. A
        place of the story owning it is read as before (`Wembley's crowd`), except for a noun
        of winning (`Hull's win`: a team named by its town)."""
        doc = self.document
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        first = tokens[match.first]
        before = text[max(0, first.start - 48) : first.start]
        if "'" not in before and "’" not in before:
            return False
        raw = text[first.start : first.end]
        if not raw.islower() or raw in PAST_FORMS or raw.endswith(("ed", "ing")):
            return False  # `Smith's aide resigned`: a verb, read as the owner's rules say
        owned = _OWNED_BY_NAME.search(text, 0, first.start)
        if owned is None or owned["owner"].lower() in _NO_OWNERS:
            return False  # `It's not related`, `Saturday's win`: no one's
        if not _NOT_MODIFIERS.isdisjoint(owned["modifiers"].split()):
            return False  # `'What You Want' after his victory`: a quotation closes, no owner
        at = owned.start("owner")
        if any(s.start <= at < s.end for s in self.entities[index]):
            return False
        # a place's (`Wembley's crowd of 84,312`) is read as before, but for a noun of winning
        placed = any(s.start <= at < s.end for s in self.places[index])
        return match.pattern.noun_of_act or not placed

    def _kind_as_source(self, index: int, match: PhraseMatch) -> str | None:
        """The entity that a closing attribution's source, `the` and a noun of its kind (`,
        the company said.`), refers back to: the last entity of that kind named in the
        ``BACK_REACH`` sentences before, an organisation or a team (``_SOURCE_DOERS``). None
        when the attribution holds other words than the reporting ones (`the company's owner
        said`, `a union official said`) or no such entity is named."""
        doc = self.document
        text = doc.sentences[index].text
        if "," not in text:
            return None
        start = self._closing_source(index, match)
        if start > len(text):
            return None
        said = [w.lower() for w in WORD.findall(text[start:])]
        nouns = [k for k in range(1, len(said)) if said[k - 1] == "the" and said[k] in _KIND_WORDS]
        if len(nouns) != 1:
            return None
        k = nouns[0]
        if any(w not in _SOURCE_WORDS for w in said[: k - 1] + said[k + 1 :]):
            return None
        kind = _KIND_WORDS[said[k]]
        if kind not in _SOURCE_DOERS:
            return None
        entities = self.story.entities
        for back in range(index - 1, max(-1, index - 1 - BACK_REACH), -1):
            named = [s for s in self.entities[back] if entities[s.ref].kind == kind]
            if named:
                if self._unknown_name_since(back, named[-1].end, index, start):
                    return None  # `Rival Hartwell said it would close a site.`: maybe its own
                return named[-1].ref
        return None

    def _unknown_name_since(
        self,
        first: int,
        after: int,
        last: int,
        before: int,
        objects: bool = False,
        owned_things: bool = False,
    ) -> bool:
        """Whether a capitalised word that no name of the story holds stands from character
        ``after`` of sentence ``first`` to character ``before`` of sentence ``last``, a
        sentence's first word, a date's word, `I` and, before sentence ``last``, the words of a
        name after a preposition of place (`in Leeds`) aside: a name the story does not know,
        which a description after it may stand for (`Rival bakery Hartwell said ... the
        company said`, `Sixty jobs will go at Hartwell, the company said`). With ``objects``,
        the words of a name after any preposition (`detected from Earth`) and a capitalised word
        a hyphen joins to a lower-case one (`an Olympic-size pool`: a modifier) are set aside
        too. With ``owned_things``, a capitalised word right after a known name's `'s` (a
        model's designation may stand between: `Boeing's 787-9 Dreamliner`) is set aside: a
        thing that name owns."""
        doc = self.document
        for index in range(first, last + 1):
            text = doc.sentences[index].text
            lo = after if index == first else 0
            hi = before if index == last else len(text)
            known = [(s.start, s.end) for s in (*self.entities[index], *self.places[index])]
            placed = False  # in a run of capitalised words after a preposition: a place
            for m in WORD.finditer(text, lo, hi):
                word = m.group()
                if not word[:1].isupper():
                    if word != "the":  # `in the US`; but the sentence's own place may be a firm's
                        placed = index < last and word in _PLACE_PREPOSITIONS
                        placed = placed or (objects and word in PREPOSITIONS)
                    continue
                if placed or word == "I" or word.lower() in DATE_NAMES:
                    continue
                if objects and _HYPHENED_MODIFIER.match(text, m.end()):
                    continue  # `an Olympic-size pool`: a modifier, no one's name
                owned = owned_things and _KNOWN_OWNER_BEFORE.search(
                    text, max(0, m.start() - 24), m.start()
                )
                if owned and any(a < owned.start() <= b for a, b in known):
                    continue  # `Boeing's Dreamliner`: a thing a known name owns, no doer
                if m.start() == len(text) - len(text.lstrip(" \"'“‘(")):
                    continue  # the sentence's first word
                if not any(a <= m.start() < b for a, b in known):
                    return True
        return False

    def _act_is_subject(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase is the sentence's own subject and verb (``_source_doer``)."""
        doc = self.document
        text = doc.sentences[index].text
        tokens = doc.tokens[index]
        norms = doc.norms[index]
        if _SUBJECT_BREAK.search(text, 0, tokens[match.first].start):
            return False
        numbers = doc.numbers(index)
        for k in range(match.first):
            if any(n.start <= tokens[k].start < n.end for n in numbers):
                continue
            if norms[k] not in _BEFORE_SUBJECT or (norms[k] == _MORE and norms[k + 1] != _THAN):
                return False  # `Staff were told that sixty jobs`, `20 more jobs`: not the act
        inside = norms[match.first : match.last]
        if any(n in _DENIALS or n.endswith("n't") for n in inside):
            return False  # `Sixty jobs will not go`: a denial between the phrase's words
        if any(e in _AUXILIARY_VERBS for e in match.pattern.elements[1:]):
            return True  # `Fifty-one jobs will go`
        if match.first != 1 or norms[0] not in ("the", "its", "their"):
            return False
        noun = text[tokens[1].start : tokens[1].end]
        if noun in PAST_FORMS or noun.endswith(("ed", "ing")) or len(tokens) < 3:
            return False
        verb = text[tokens[2].start : tokens[2].end]
        gap = text[tokens[1].end : tokens[2].start]
        return gap == " " and verb.islower() and (verb.endswith(("s", "ed")) or verb in _FINITE)

    def _implied_event(self, index: int, match: PhraseMatch, who: frozenset[str]) -> bool:
        """Whether the story's event is the implied subject: the fact's who is an entity of
        kind `event`, the sentence names no one, is no question, has the phrase outside
        quotation marks, and has no word that may tell another event, a comparison or a
        hypothesis (`since`, `when`, `worst`, `could`, a year; not `after` opening a span of
        time: `were pulled out alive after 96 hours`), nor names another event of the kind
        (`The Galway Arts Festival` for the `Harbourlight Festival`)."""
        entities = self.story.entities
        if not any(entities[e].kind == "event" for e in who):
            return False
        doc = self.document
        sentence = doc.sentences[index]
        if sentence.start < 0 or "?" in sentence.text:
            return False
        norms = doc.norms[index]
        tokens = doc.tokens[index]
        spans = _spans_after(sentence.text) if _AFTER in norms else ()
        if any(
            (n in NOT_THE_EVENT and tokens[k].start not in spans)
            or (len(n) == 4 and n.isdigit() and not _compared(sentence.text, tokens[k].start))
            for k, n in enumerate(norms)
        ):
            return False
        if _ANOTHER_OF_THE_KIND.search(sentence.text):
            return False  # `A second crash on the M25 involved four vehicles`: another one
        if _names_another_of_kind(sentence.text, (entities[e] for e in who)):
            return False  # `The Galway Arts Festival ... drew 120,000 visitors`: that one's
        event_words = _event_words(entities[e] for e in who) - self._place_words()
        if norms[0] in _INDEFINITE and _new_subject(norms, match.first, event_words):
            return False  # `A 4.9 aftershock struck ... at a depth of 7 km`: another thing's
        if _another_agent(sentence.text, tokens[match.last - 1].end, event_words):
            return False  # `12 rescue workers killed by an aftershock`: another thing's act
        start = sentence.start + doc.tokens[index][match.first].start
        if any(q.covers(start) for _, _, q in doc.quotes):
            return False
        return not self._elsewhere(index, who)  # `In Ecuador, 47 people died`: another event

    def _place_words(self) -> frozenset[str]:
        """Every word of the names of the story's places: in an event's name (`Escuintla
        earthquake`) they tell where it was, not which thing it is, so a sentence's subject or
        agent that shares only them (`A magnitude 5.3 aftershock struck Escuintla`) is no word
        of the event's."""
        key = ("place-words",)
        found = self.memo.get(key)
        if found is None:
            self.memo[key] = found = frozenset(
                normalize_word(w)
                for place in self.story.places.values()
                for n in place.names
                for w in words(n)
            )
        assert isinstance(found, frozenset)
        return found

    def _elsewhere(self, index: int, who: frozenset[str]) -> bool:
        """Whether sentence ``index`` names places only in other countries than the event's
        (`In Ecuador, 47 people died` for an earthquake in Peru): places of the story's
        gazetteer and well-known places of the world (``world.find``), none in a country of
        the event's places (``CompiledStory.event_countries``). A place of the story whose
        country is not known, or an event whose countries are not, tells nothing (False)."""
        doc = self.document
        norms = doc.norms[index]
        places = self.places[index]
        if not places and not world.may_find(norms):
            return False
        countries = self.compiled.event_countries(who)
        if not countries:
            return False
        named: set[str] = set()
        for span in places:
            country = self.compiled.place_country(span.ref)
            if country is None or country in countries:
                return False
            named.add(country)
        if world.may_find(norms):
            text = doc.sentences[index].text
            names = (*places, *self.entities[index])
            for span in world.find(text, doc.tokens[index], norms, names, doc.one_case):
                codes = {r.country for r in world.readings(span.ref)}
                if codes & countries:
                    return False
                named |= codes
        return bool(named)

    def in_since_clause(self, index: int, span: Span) -> bool:
        """Whether ``span`` stands in a clause after `since <time>,` (`the worst since 2004,
        when seven people were killed`): the earlier event the sentence compares with."""
        text = self.document.sentences[index].text
        return _SINCE_CLAUSE.search(text, 0, span.start) is not None

    def in_place_clause_elsewhere(
        self, index: int, span: Span, match: PhraseMatch, who: frozenset[str]
    ) -> bool:
        """Whether ``span`` stands in a relative clause about a place, opened by `, where` and
        closed by a comma, and a counted noun past that comma is the subject of the phrase
        (`In neighbouring El Salvador, where the quake was also felt, two people were killed`),
        in a sentence whose places are all in other countries than the event's: the phrase
        tells of that other country's dead or damage, not the `who`'s own act. A place of the
        event's country (`In Escuintla, where the quake struck, 241 people were killed`), the
        name before the clause (`The quake, which was felt in El Salvador, killed two people`)
        or no subject of its own past the clause leaves it judged."""
        text = self.document.sentences[index].text
        if _WHERE_CLAUSE_OPEN.search(text, 0, span.start) is None:
            return False
        phrase_start = self.document.tokens[index][match.first].start
        if _WHERE_CLAUSE_CLOSE.fullmatch(text, span.end, phrase_start) is None:
            return False
        return self._elsewhere(index, who)

    def in_subject_s_relative(self, index: int, span: Span, match: PhraseMatch) -> bool:
        """Whether ``span`` stands in a relative clause (`where`, `that`, `which`, `whom`,
        `when`) about the noun that opens the sentence after a determiner, and a verb of being
        past the relative clause's own words ends it before the phrase (`The cafe in Rosario
        where Ferreyra learned the game is 112 years old`): the phrase is the opening noun's
        predicate, not the name's. A verb of being right after the name is the name's own
        (`The club where Ferreyra was 12 years old`)."""
        text = self.document.sentences[index].text
        if _SUBJECT_S_RELATIVE_BEFORE.fullmatch(text, 0, span.start) is None:
            return False
        phrase_start = self.document.tokens[index][match.first].start
        return _MAIN_VERB_PAST_RELATIVE.match(text, span.end, phrase_start) is not None

    def _in_relative_clause_of_another(
        self, index: int, subject: Span, who: frozenset[str]
    ) -> bool:
        """Whether ``subject`` stands in a relative clause about another known entity (`US air
        strikes in Kunduz that left 32 civilians dead`): the clause tells that entity's event."""
        earlier = [s for s in self.entities[index] if s.last <= subject.first]
        if not earlier or earlier[-1].ref in who:
            return False
        other = earlier[-1]
        text = self.document.sentences[index].text
        gap = text[other.end : subject.start]
        opener = next(reversed(list(_RELATIVE.finditer(gap))), None)  # the subject's clause
        if opener is None or ";" in gap or _SUBORDINATE.search(gap, opener.end()):
            return False  # `that will unfold ... until Trump is sworn in`: another clause
        said = gap[: opener.start()]
        day = _DAY_BEFORE_THAT.search(said)
        if day is not None:
            said = said[: day.start()]  # `said on Friday that`: what was said that day
        before = words(said)[-1:]
        return not (before and before[0] in _SAID_BEFORE_THAT)  # `said that`: what was said

    def _other_object(self, index: int, match: PhraseMatch, who: frozenset[str]) -> bool:
        """Whether the phrase acts on another known entity (`met Paul Ryan`), or another known
        entity does it in the passive (`given a tour of Capitol Hill by Paul Ryan`): another
        event. A name after `with` is no object when the phrase ends in its own object, a name
        (`co-founded Rage with Tom Morello`): it is a companion in the act. An entity the phrase
        itself names is the fact's own object, named again (`hit Rudolph in the head with
        Rudolph's helmet`)."""
        object_ = self.object_after(index, match)
        if object_ is not None:
            return object_.ref not in who and not self._named_in_phrase(index, match, object_.ref)
        agent = self.passive_agent(index, match)
        return agent is not None and agent.ref not in who

    def _named_in_phrase(self, index: int, match: PhraseMatch, ref: str) -> bool:
        """Whether one of the phrase's own words names the entity ``ref`` (`hit Rudolph in the
        head`): the fact writes that entity as the act's object."""
        return any(
            s.ref == ref and match.first <= s.first and s.last <= match.last
            for s in self.entities[index]
        )

    def object_after(self, index: int, match: PhraseMatch) -> Span | None:
        """The known entity the phrase acts on: the first named after it, at most
        ``OBJECT_REACH`` linking words between (`met with Paul Ryan`) and no clause break
        (`minutes after liftoff, the company's 11th landing`: an apposition); not a place, nor a
        companion after `with` when the phrase ends in a name (`co-founded Rage with Tom
        Morello`)."""
        tokens = self.document.tokens[index]
        places = {(p.first, p.last) for p in self.places[index]}
        for span in self.entities[index]:
            if span.first < match.last or (span.first, span.last) in places:
                continue
            between = tokens[match.last : span.first]
            gap = self.document.sentences[index].text[tokens[match.last - 1].end : span.start]
            if _OBJECT_BREAK.search(gap):
                return None  # `eight minutes after liftoff, the company's 11th landing`
            if len(between) <= OBJECT_REACH and all(t.norm in _LINKS for t in between):
                if between and between[0].norm == "with" and self._ends_in_name(index, match):
                    return None  # `co-founded Rage with Tom Morello`: a companion
                if (
                    between
                    and between[0].norm == "with"
                    and self._own_companion(index, match, span)
                ):
                    return None  # `picking cabbages with his father`: a companion
                return span
            return None
        return None

    def _own_companion(self, index: int, match: PhraseMatch, span: Span) -> bool:
        """Whether ``span``, named right after `with`, is one of the subject's own people
        (`his father`, `her sister`: its first word a possessive pronoun) and the phrase ends in
        its own object, a noun (`picking cabbages with his father`): a companion in the act,
        not what the act is done to. Not after a phrase of one word or one ending in a
        preposition or a particle (`met with his father`, `clashed with her rival`: the one met
        is the act's object)."""
        elements = match.pattern.elements
        if len(elements) < 2 or elements[-1] in PREPOSITIONS or elements[-1] in _PARTICLES:
            return False
        return self.document.tokens[index][span.first].norm in POSSESSIVES

    def _ends_in_name(self, index: int, match: PhraseMatch) -> bool:
        """Whether the phrase's last words, past its first, are a name of the story's entities
        (`co-founded Rage`): the phrase holds its own object."""
        return any(s.last == match.last and s.first > match.first for s in self.entities[index])

    def passive_agent(self, index: int, match: PhraseMatch) -> Span | None:
        """The known entity named after `by` when the phrase is a passive participle (an -ed
        form or one of ``PARTICIPLES``, past a leading `be` or `co-`): after `be` (`was
        directed by Barry Jenkins`, `was given a tour of Capitol Hill by Paul Ryan`, `be` in
        the phrase: `was founded`), after a comma or opening the sentence (`, directed by`),
        or as a reduced relative after a noun (`a film directed by`, `a label founded in 1971
        by`: only a date, a place or an adverb may then stand before `by`). `by` stands within
        ``AGENT_REACH`` words after the phrase, with no clause break and no other participle
        between (`killed in a crash caused by`, `arrested on suspicion of murder and questioned
        by`) but one joined to it when the phrase ends on its participle (`directed and
        produced by`); the name stands at most three words after it,
        past determiners, capitalised titles or one role noun right before it (`by House
        Speaker Paul Ryan`, `by his partner Elliot Roberts`), never a place, never after `the
        time` (`by the time Obama arrived`). None for a phrase that is no participle (`a comedy
        by Noël Coward`), after a subject (`Jenkins directed a film by`), or a `by` of no known
        entity (`by 2015`, `by car`, `by far`, `by the river`, `by 20 votes`, `by a bomb`)."""
        doc = self.document
        norms = doc.norms[index]
        if "by" not in doc.word_sets[index]:
            return None
        tokens = doc.tokens[index]
        text = doc.sentences[index].text

        def raw(k: int) -> str:
            return text[tokens[k].start : tokens[k].end]

        def participle(k: int) -> bool:
            word = raw(k).lower()
            return (len(word) > 4 and word.endswith("ed")) or word in PARTICIPLES

        p = match.first
        inside = norms[p] in PASSIVE_AUXILIARIES and p + 1 < match.last
        if inside:
            p += 1
        if norms[p] == "co" and p + 1 < match.last and text[tokens[p].end] == "-":
            p += 1
        if not participle(p):
            return None
        k = match.first - 1
        while k >= 0 and (norms[k] in _PASSIVE_ADVERBS or raw(k).endswith("ly")):
            k -= 1
        opening = k < 0 or text[tokens[k].end : tokens[k + 1].start].strip() == ","
        aux = inside or (k >= 0 and norms[k] in PASSIVE_AUXILIARIES)
        reduced = not (aux or opening) and self._noun_before(index, k)
        if not (aux or opening or reduced):
            return None
        window = range(match.last, min(len(tokens), match.last + AGENT_REACH))
        by = next((j for j in window if norms[j] == "by"), None)
        if by is None:
            return None
        if any(c in text[tokens[match.last - 1].end : tokens[by].start] for c in ",;:()—–"):
            return None
        coordinated = p == match.last - 1 and by == p + 3 and norms[p + 1] in ("and", "or")
        if not coordinated and any(participle(j) for j in range(match.last, by)):
            return None  # `killed in a crash caused by`: another participle's agent
        places = self.places[index]
        if reduced:
            dates = doc.dates(index)
            for j in range(match.last, by):
                start = tokens[j].start
                if not (
                    norms[j] in _AGENT_ADVERBIALS
                    or raw(j).endswith("ly")
                    or any(d.start <= start < d.end for d in dates)
                    or any(s.first <= j < s.last for s in places)
                ):
                    return None
        named = {(s.first, s.last) for s in places}
        for span in self.entities[index]:
            if span.first <= by or (span.first, span.last) in named:
                continue
            if span.first > by + 3:
                return None
            for j in range(by + 1, span.first):
                word = raw(j)
                if norms[j] in _BY_NOT_AGENT or not word.isalpha():
                    return None  # `by the time Obama arrived`, `by 20 votes`
                if not (norms[j] in _AGENT_DETERMINERS or word[0].isupper() or j == span.first - 1):
                    return None
            return span
        return None

    def noun_of_act_stated(self, index: int, match: PhraseMatch) -> bool:
        """Whether a phrasing made from the fact's verb (``won_phrasings``) is found as a noun
        of the act that the sentence states was had: one win (`win`, `victory`; not `wins`, not
        the verb `won over`), owned (`Leeds's`, `Saturday's`, `the Rhinos'`), after `the`,
        `their` or `its`, or after `a` that a verb of getting has (`secured a`, `cruised to a`,
        `held on for a`); a score and two plain modifiers may stand between (`Saturday's 24-12
        win`). Not a win set apart from the fact's (`previous`, `first`, `biggest`), one after a
        negation, a modal, a wish or a condition anywhere before it (`could go top with a win`,
        `need a win`, `if`), nor one owned as the object of another verb (`Fans hailed Leeds's
        win on Friday`: the date may be the hailing's). Worked out once per sentence and word."""
        key = ("noun-of-act", index, match.first)
        known = self.memo.get(key)
        if known is None:
            known = self.memo[key] = self._noun_of_act_stated(index, match)
        return known is True

    def _noun_of_act_stated(self, index: int, match: PhraseMatch) -> bool:
        text = self.document.sentences[index].text
        tokens = self.document.tokens[index]
        noun = tokens[match.first]
        if text[noun.start : noun.end].lower() not in WIN_NOUNS:
            return False  # `Leeds won over the Castleford fans`: a verb, or `wins`: several
        for token in tokens[: match.first]:
            raw = text[token.start : token.end]
            if raw.lower() in _NO_WIN_YET or raw.endswith(("n't", "n’t")) or raw == "may":
                return False
        opening = _NOUN_OPENING.search(text, 0, noun.start)
        if opening is None:
            return False
        for word in opening["mods"].split():
            if word in _SET_APART_WINS or word.endswith("est") or word[:1].isdigit():
                return False  # `Leeds's previous win`, `their biggest win`: another win
        if opening["det"] is not None and opening["det"].lower() in ("a", "an"):
            return _GOT_A.search(text, 0, opening.start("det")) is not None
        k = bisect.bisect_left([t.start for t in tokens], opening.start()) - 1
        if opening["owner"] is not None:  # `k` is the owner's last word: past its name
            while k >= 0 and text[tokens[k].start : tokens[k].start + 1].isupper():
                k -= 1
            if k >= 0 and tokens[k].norm == "the":
                k -= 1
        if k < 0:
            return True
        raw = text[tokens[k].start : tokens[k].end]
        if raw in _GOT_WORDS or not raw.isalpha() or not raw.islower() or raw in _NOT_VERBS:
            return True
        verb = raw in PAST_FORMS or raw.endswith("ed") or (raw.endswith("s") and len(raw) > 3)
        return not verb  # `Fans hailed Leeds's win`: the object of another act

    def _noun_before(self, index: int, k: int) -> bool:
        """Whether word ``k`` may end a noun that a reduced relative's participle follows (`a
        film directed by`): a lower-case word that is no pronoun, auxiliary, determiner,
        preposition or conjunction, and in no name (`Jenkins directed` has a subject)."""
        if k < 0:
            return False
        token = self.document.tokens[index][k]
        word = self.document.sentences[index].text[token.start : token.end]
        return (
            word.isalpha()
            and word.islower()
            and token.norm not in _AFTER_NOUN_NOT
            and token.norm not in PREPOSITIONS
            and token.norm not in DETERMINERS
            and token.norm not in PASSIVE_AUXILIARIES
            and not any(s.first <= k < s.last for s in self.entities[index])
        )

    def quotes_of(self, fact: Fact) -> list[tuple[tuple[int, int, Quoted], QuoteAlignment, str]]:
        """The quoted spans that render (or misrender) the fact's quote, with their alignment
        and the wording they render: with several wordings, a faithful one is preferred, then
        the one with the fewest changes."""
        keys = self.compiled.quote_keys[fact.id]
        found: list[tuple[tuple[int, int, Quoted], QuoteAlignment, str]] = []
        doc = self.document
        keys = keys & doc.quoted_vocabulary  # the same test on each quote, with fewer words
        if len(keys) < MIN_FRAGMENT_WORDS:  # no quote shares enough words with the fact's
            return found
        for quote, found_keys in zip(doc.quotes, doc.quote_keys, strict=True):
            shared = len(found_keys & keys)  # _may_render, inline: it runs for every pair
            if shared < MIN_FRAGMENT_WORDS or shared < min(MIN_QUOTE_WORDS, len(found_keys)):
                continue
            aligned = [  # by the wording's text: a string's hash is kept, a tuple's is not
                (alignment, text)
                for text in fact.quotes
                if (alignment := align_quote(text, quote[2].text))
            ]
            if (
                aligned
                and not self._said_in_another_year(quote, fact)
                and not self._retracted_quote(quote)
            ):
                alignment, text = min(aligned, key=lambda pair: len(pair[0].changes))
                found.append((quote, alignment, text))
        return found

    def _said_in_another_year(self, quote: tuple[int, int, Quoted], fact: Fact) -> bool:
        """Whether the quote's sentences date its saying in a year that is not the fact's (or
        the story's): `"I can no longer serve," Quill said in 2019` is another statement; or in
        a month, told with no year, that is not the month of the fact's date (or the story's):
        `Vale told the Art Newspaper in March: "..."` in a story of November; or on a calendar
        day, its month named, that is not the fact's (or the story's) day: `Harlow said in a
        statement on October 1: "..."` in a story of October 5."""
        when = fact.when or self.story.date
        if when is None:
            return False
        key = ("said-in-year", quote[0], quote[1])  # the years and months, read once per quote
        told = self.memo.get(key)
        if told is None:
            texts = (self.document.sentences[k].text for k in range(quote[0], quote[1] + 1))
            years: set[int] = set()
            months: set[int] = set()
            days: set[tuple[int, int]] = set()
            for text in texts:
                years |= {int(m[1]) for m in _SAID_IN_YEAR.finditer(text)}
                months |= {_MONTH_NUMBERS[m[1]] for m in _SAID_IN_MONTH.finditer(text)}
                days |= {
                    (_MONTH_NUMBERS[m[1] or m[4]], int(m[2] or m[3]))
                    for m in _SAID_ON_DAY.finditer(text)
                }
                opening = _OPENING_YEAR_SAID.match(text)
                if opening is not None:
                    years.add(int(opening[1]))
            self.memo[key] = told = (years, months, days)
        assert isinstance(told, tuple)
        years, months, days = told
        if any(y != when.year for y in years):
            return True
        if when.day is not None and any(d != (when.month, when.day) for d in days):
            return True  # `Harlow said in a statement on October 1: "..."`, a story of October 5
        return when.month is not None and any(m != when.month for m in months)
