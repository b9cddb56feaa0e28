"""Acts given to another entity: the mentions that contradict an `exclusive` fact's `who`.

A fact marked `exclusive: true` says that only its `who` did its `what`. A sentence where
another entity of the story is plainly the named subject of one of the fact's phrasings
(`Jessica Ennis-Hill has been banned` for Chernova's ban) then contradicts its `who`. Most acts
are not exclusive (`Putin arrived in Vladivostok` does not deny that Kim arrived there), so
without the key such a sentence is no mention at all.

A false alarm is worse than a miss: the sentence is judged only when all of these hold.

* The other entity is named (not `he`, `the latter`, `a man`), is the nearest name before the
  phrase, not after a preposition, not a possessive (`Ennis-Hill's coach`), not in an aside or
  a relative clause, not coordinated with other names (`Smith and Jones were banned`, `Smith,
  Jones`), and only auxiliaries, a few adverbs and one short apposition (`Ennis-Hill, 29,`, `,
  the world champion,`) stand between it and the phrase; it is not a name of the fact's `who`,
  and it is of the same `kind` (a person for a person; an entity without one for a `who`
  without one).
* The fact's `who` is named nowhere in the sentence (`The IAAF banned Chernova`, `Ennis-Hill
  and Chernova were banned`, `Ennis-Hill, like Chernova, was banned`).
* The phrase may not be active with the fact's `who` as its object (`The IAAF banned her`): it
  follows a passive auxiliary (`was banned`), or a preposition, a conjunction or the end of
  its clause follows it, never an object pronoun.
* The article asserts it: no negation, modal or condition in the sentence before the phrase
  (`was not banned`, `could be banned`, `if Ennis-Hill is banned`), no question, nothing of it
  inside quotation marks, no word that makes it one of several acts or another time (`also`,
  `again`, `previously`, `like`), nor one that doubts it (`falsely`, `rumours`), and for a fact
  with a `when`, no date in the sentence but its own day, told to the day (another date may
  tell another occasion: `Salas won the French Open on Sunday` is judged for a final on that
  Sunday, `in 2025` and `in June` are not); for one without, no date of another year than the
  story's (`Holt was banned in 2021`).
* The phrase bars no other act: no `from` and an -ing verb after it (`banned from driving`).

Only the `who` slot is judged on such a mention: its date, place and number are the other
entity's act. It never makes a fact consistent; in an embedded post or a caption its clash is
`doubtful` like any other (`engine`).
"""

from __future__ import annotations

import re

from factcheck.facts import Fact
from factcheck.match import PhraseMatch, Span, Token, normalize_word, tokenize, words
from factcheck.reading import DETERMINERS, PREPOSITIONS, Mention, Reading
from factcheck.text.dates import DateMention

RULE = "who.actor"
PASSIVE = frozenset(map(normalize_word, "is was were are am be been being get gets got".split()))
"""Auxiliaries after which the phrase is passive: its subject undergoes the act."""
AUXILIARIES = PASSIVE | frozenset(map(normalize_word, "has have had".split()))
ADVERBS = frozenset(
    map(
        normalize_word,
        "now just already recently finally officially formally since subsequently today".split(),
    )
)
"""Adverbs that may stand between the other entity and the phrase (`has now been banned`)."""
NOT_BEFORE = frozenset(
    map(
        normalize_word,
        """and or nor plus both either neither with without like unlike than as including
        that which who whom whose whether if unless when while because although though""".split(),
    )
)
"""Words that, right before the name, make it one of several, a comparison or another clause."""
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "each", "every", "no"})
"""A description after these (`a man`) is someone new, not the entity it names elsewhere."""
HEDGES = frozenset(
    map(
        normalize_word,
        """not never no nor neither denied denies deny failed fails refused refuses would could
        might may can should must will shall cannot ought if unless whether""".split(),
    )
)
"""Before the phrase: the act is denied, possible, predicted or a condition, not asserted."""
OTHER_ACTS = frozenset(
    map(
        normalize_word,
        """also too again another other previously earlier formerly once similar similarly
        likewise like unlike both either ago falsely wrongly mistakenly untrue false rumour
        rumours rumoured allegedly alleged reportedly hoax speculation""".split(),
    )
)
"""Anywhere in the sentence: the act is one of several, of another time, or in doubt."""
FOLLOWERS = PREPOSITIONS | frozenset(
    map(
        normalize_word,
        """after before since until during and but or because while as when amid over following
        last this yesterday""".split(),
    )
)
"""Words after the phrase that end its object: the phrase takes none (`banned for two years`)."""
OBJECT_PRONOUNS = frozenset(
    map(normalize_word, "her him them it me us you herself himself themselves".split())
)
OBJECT_REACH = 2
"""How many words after the phrase an object pronoun may stand (`gave a ban to her`)."""
_APPOSITION = re.compile(
    r"\A\s*(?:,([^,;:()\"“”]{1,80}),|\s[-–—]{1,2}\s([^-–—]{1,80})\s[-–—]{1,2})"
)
"""One apposition right after the name (`Ennis-Hill, 29,`, `Ennis-Hill, the world champion,`)."""
_APPOSITION_STOPS = (
    HEDGES
    | NOT_BEFORE
    | OTHER_ACTS
    | frozenset(map(normalize_word, "said says told he she they his their its".split()))
)
_POSSESSIVE = re.compile(r"\A\\?['’]s?\b")
_SPACED_DASH = re.compile(r"\s(?:--?|[–—])\s")
OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "whose"})


def _owned(text: str, tokens: list[Token], name: Span) -> bool:
    """Whether the word before ``name`` owns it (`Smith's coach`, `her coach`)."""
    before = tokens[name.first - 1]
    word = text[before.start : before.end].lower()
    after = text[before.end : before.end + 3]
    return word in OWNERS or word.endswith(("'s", "’s")) or _POSSESSIVE.match(after) is not None


def mentions(reading: Reading, fact: Fact) -> list[Mention]:
    """The sentences where another entity of the story does the `exclusive` fact's `what`."""
    if not fact.exclusive or fact.quote or not fact.what:
        return []
    story = reading.story
    who = frozenset(fact.who)
    kinds = {story.entities[w].kind for w in who}
    own = [words(n) for w in who for n in story.entities[w].names if words(n)]
    found: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for index, match in reading.phrase_matches(fact):
        if match.pattern.noun_of_act:
            continue  # `Castleford's win over Leeds in the semi-final`: maybe another round's
        actor = _actor(reading, fact, index, match, who, own)
        if actor is None or (index, actor.first) in seen:
            continue
        if story.entities[actor.ref].kind not in kinds:
            continue
        seen.add((index, actor.first))
        found.append(Mention(index, None, phrase=match, actor=actor))
    return found


def _names(norms: list[str], name: tuple[str, ...]) -> bool:
    """Whether the words ``name`` stand together in ``norms``."""
    size = len(name)
    return any(tuple(norms[k : k + size]) == name for k in range(len(norms) - size + 1))


def _actor(
    reading: Reading,
    fact: Fact,
    index: int,
    match: PhraseMatch,
    who: frozenset[str],
    own: list[tuple[str, ...]],
) -> Span | None:
    """The other entity plainly named as the subject of ``match``, or None (see the module)."""
    doc = reading.document
    spans = reading.entities[index]
    norms = doc.norms[index]
    if any(s.ref in who for s in spans) or any(_names(norms, name) for name in own):
        return None  # the fact's own who is named: it may be its object, or one of several
    before = [s for s in spans if s.last <= match.first]
    if not before or match.aside is not None:
        return None
    name = before[-1]
    if name.ref in who or not name.exact or not _plain_name(reading, index, name, before):
        return None
    text = doc.sentences[index].text
    tokens = doc.tokens[index]
    if "?" in text or any(n in OTHER_ACTS for n in norms):
        return None
    if any(n in HEDGES or n.endswith("n't") for n in norms[: match.first]):
        return None
    if fact.when is not None and not _on_the_fact_s_day(fact, doc.dates(index)):
        return None  # a date may tell another occasion
    if fact.when is None and _another_year(reading, index):
        return None  # `Holt was banned in 2021`: another ban, the story's being of 2026
    if _from_another_act(text, tokens, match):
        return None  # `Holt was banned from driving`: another ban than the fact's
    end = tokens[match.last - 1].end
    if any(a < end and name.start < b for a, b in doc.quoted(index)):
        return None
    passive = _between(reading, index, name, match)
    if passive is None:
        return None
    return name if _no_object(reading, index, match, passive) else None


def _on_the_fact_s_day(fact: Fact, dates: list[DateMention]) -> bool:
    """Whether the sentence has no date, or only dates of the fact's own day, told to the day
    (`Salas won the French Open on Sunday`, the final being Sunday's): another entity doing
    the act that day does it at the fact's event. A month, a year, a guessed year, `last
    night` or any other day may tell another occasion."""
    when = fact.when
    assert when is not None
    return all(
        when.precision == "day"
        and d.precision == "day"
        and not (d.slack or d.vague or d.guessed_year)
        and (d.year, d.month, d.day) == (when.year, when.month, when.day)
        for d in dates
    )


def _another_year(reading: Reading, index: int) -> bool:
    """Whether sentence ``index`` holds a date of another year than the story's date (`in
    2021`, `last year`): it may tell another occasion of the act."""
    date = reading.story.date
    return date is not None and any(
        d.year is not None and d.year != date.year for d in reading.document.dates(index)
    )


def _from_another_act(text: str, tokens: list[Token], match: PhraseMatch) -> bool:
    """Whether `from` and an -ing verb follow the phrase (`banned from driving`, `banned from
    commenting on the case`): what it bars is another act than the fact's."""
    k = match.last
    if k + 1 >= len(tokens) or tokens[k].norm != "from":
        return False
    word = text[tokens[k + 1].start : tokens[k + 1].end].lower()
    return len(word) > 4 and word.endswith("ing")


def _plain_name(reading: Reading, index: int, name: Span, before: list[Span]) -> bool:
    """Whether ``name`` stands as a subject of its own: not a back reference, an indefinite
    description, after a preposition or a coordinator, a possessive, in an aside."""
    doc = reading.document
    text = doc.sentences[index].text
    tokens = doc.tokens[index]
    norms = doc.norms[index]
    if any(n in ("latter", "former") for n in norms[name.first : name.last]):
        return False
    if name.first > 0 and norms[name.first - 1] in INDEFINITE:
        return False  # `a man has been arrested`: someone, not the man of the story
    if name.first > 0 and (norms[name.first - 1] in NOT_BEFORE or _owned(text, tokens, name)):
        return False  # `that Ennis-Hill`, `Smith's coach`, `her coach`: another clause, an owner
    k = name.first - 1
    while k >= 0 and norms[k] in DETERMINERS:
        k -= 1
    if k >= 0 and (norms[k] in PREPOSITIONS or norms[k] in NOT_BEFORE):
        return False
    before_name = text[: name.start]
    if len(_SPACED_DASH.findall(before_name)) % 2 or before_name.count("(") > before_name.count(
        ")"
    ):
        return False  # inside an aside between dashes or brackets
    if text[: name.start].rstrip().endswith((",", "&", "/")) and len(before) > 1:
        return False  # `Smith, Ennis-Hill were banned`: one of a list
    if _POSSESSIVE.match(text[name.end :]) or text[name.start : name.end].endswith(("'s", "’s")):
        return False
    if any(a <= name.start < b for a, b in doc.asides(index)):
        return False
    if any(a <= name.first < b for a, b in doc.aside_tokens(index)):
        return False
    return not reading._in_relative_clause_of_another(index, name, frozenset({name.ref}))


def _between(reading: Reading, index: int, name: Span, match: PhraseMatch) -> bool | None:
    """Whether only auxiliaries, a few adverbs and one apposition stand between ``name`` and
    the phrase: None if anything else does; else whether the last auxiliary makes the phrase
    passive (`has been banned`)."""
    doc = reading.document
    text = doc.sentences[index].text
    start = doc.tokens[index][match.first].start
    gap = text[name.end : start]
    apposition = _APPOSITION.match(gap)
    if apposition is not None:
        inside = [t.norm for t in tokenize(apposition.group(1) or apposition.group(2))]
        if not inside or any(n in _APPOSITION_STOPS for n in inside):
            return None
        gap = gap[apposition.end() :]
    if any(not (c.isalnum() or c.isspace() or c in "'’") for c in gap):
        return None
    between = [t.norm for t in tokenize(gap)]
    if any(n not in AUXILIARIES and n not in ADVERBS for n in between):
        return None
    auxiliaries = [n for n in between if n in AUXILIARIES]
    return bool(auxiliaries) and auxiliaries[-1] in PASSIVE


def _no_object(reading: Reading, index: int, match: PhraseMatch, passive: bool) -> bool:
    """Whether the phrase takes no object after it that may be the fact's `who` (`The IAAF
    banned her`, `gave a ban to her`): no object pronoun within two words after it, and a
    phrase of one word that is not passive has a preposition or a conjunction after it."""
    doc = reading.document
    tokens = doc.tokens[index]
    text = doc.sentences[index].text
    clause = len(tokens)
    for k in range(match.last, min(len(tokens), match.last + OBJECT_REACH)):
        if any(c in ',;:()—–"“”' for c in text[tokens[k - 1].end : tokens[k].start]):
            clause = k
            break
        if tokens[k].norm in OBJECT_PRONOUNS:
            return False
    if passive or match.last - match.first > 1:
        return True  # `was banned`; `played Black Panther`: its object is in the phrase
    return match.last < clause and tokens[match.last].norm in FOLLOWERS
