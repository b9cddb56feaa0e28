"""The `who` slot: the subject of a mention, and for quotes the speaker the article names."""

from __future__ import annotations

from factcheck.facts import Fact
from factcheck.match import Span
from factcheck.reading import PRONOUNS, Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "who"
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
        "repli",
        "remark",
    ]
)
"""Stems of the verbs that attribute words to a speaker."""
WINDOW = 8
"""How many words from a speech verb its speaker may stand."""


def applies(fact: Fact) -> bool:
    return True


def _outside_quotes(reading: Reading, index: int) -> list[tuple[int, int]]:
    """Character ranges of sentence ``index`` that lie inside quotation marks."""
    doc = reading.document
    inside = []
    for first, last, quoted in doc.quotes:
        if first <= index <= last:
            base = doc.sentences[index].start
            if base < 0:
                if first == index:
                    inside.append((quoted.start, quoted.end))
                continue
            inside.append((quoted.start - base, quoted.end - base))
    return inside


def speaker_in(reading: Reading, index: int, depth: int = 0) -> Span | None:
    """The speaker of sentence ``index``: the name nearest a speech verb outside the quotes.

    A pronoun (`he said`) or a sentence with no attribution takes the speaker of the
    sentence before, up to two sentences back.
    """
    tokens = reading.document.tokens[index]
    quoted = _outside_quotes(reading, index)

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in quoted)

    names = [s for s in reading.entities[index] if outside(s.start)]
    best: tuple[int, int, Span | None] | None = None
    for i, token in enumerate(tokens):
        if token.norm not in SPEECH_VERBS or not outside(token.start):
            continue
        for span in names:
            distance = i - span.last + 1 if span.last <= i else span.first - i
            if 0 < distance <= WINDOW:
                rank = (distance, 0 if span.last <= i else 1)
                if best is None or rank < best[:2]:
                    best = (*rank, span)
        for j in range(max(0, i - 2), min(len(tokens), i + 3)):
            if tokens[j].norm in PRONOUNS and outside(tokens[j].start):
                distance = abs(i - j)
                rank = (distance, 0 if j < i else 1)
                if best is None or rank < best[:2]:
                    best = (*rank, None)
        if best is not None:
            break
    if best is not None and best[2] is not None:
        return best[2]
    if depth < 2 and index > 0:
        return speaker_in(reading, index - 1, depth + 1)
    return None


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    doc = reading.document
    expected = fact.expected(SLOT)
    if mention.quote is None:
        if mention.who is None:
            return SlotResult(
                SLOT,
                CONFIRMED,
                expected,
                "(carried from the sentence before)",
                doc.evidence(mention.index),
            )
        span = mention.who
        found = doc.sentences[mention.index].text[span.start : span.end]
        return SlotResult(
            SLOT,
            CONFIRMED,
            expected,
            found,
            doc.evidence(mention.index, marks=[(span.start, span.end)]),
        )
    first, last, _ = mention.quote
    speaker = None
    for index in range(first, last + 1):
        speaker = speaker_in(reading, index, depth=0 if index == first else 2)
        if speaker is not None:
            break
    if speaker is None:
        return None
    sentence_index = next(
        (i for i in range(max(0, first - 2), last + 1) if speaker in reading.entities[i]), first
    )
    text = doc.sentences[sentence_index].text[speaker.start : speaker.end]
    evidence = doc.evidence(sentence_index, marks=[(speaker.start, speaker.end)])
    status = CONFIRMED if speaker.ref in fact.who else CONTRADICTED
    found = text if status == CONFIRMED else f"{text} ({speaker.ref})"
    return SlotResult(SLOT, status, expected, found, evidence)
