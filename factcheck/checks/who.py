"""The `who` slot: the subject of a mention, and for quotes the speaker the article names."""

from __future__ import annotations

from factcheck.facts import Fact
from factcheck.match import Span
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "who"
_UNNAMED = {
    "carried": "(carried from the sentence before)",
    "referred": "(referred to by its kind: `the company`, `it`)",
    "implied": "(the story's event, implied)",
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
        "repli",
        "remark",
    ]
)
"""Stems of the verbs that attribute words to a speaker."""
WINDOW = 8
"""How many words before a speech verb its speaker may stand."""
PERSON_PRONOUNS = frozenset({"he", "she", "they"})


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


def speaker_in(
    reading: Reading, index: int, depth: int = 0, near: tuple[int, int] | None = None
) -> Span | None:
    """The speaker of sentence ``index``: the name next to a speech verb outside the quotes.

    `X said` and `X, the spokesman, told` take a name up to WINDOW words before the verb;
    `said X` and `according to X` only a name right after it. `he said` takes the speaker of
    the sentence before; so does a sentence with no speech verb at all (a quote that goes
    on). A speech verb with no name (`a US official said`) has no known speaker. Speech verbs
    are tried nearest first to ``near`` (the quote's span in the sentence), and for the
    sentence before, nearest to its end.
    """
    tokens = reading.document.tokens[index]
    quoted = _outside_quotes(reading, index)

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in quoted)

    def before_this(i: int) -> Span | None:
        end = len(reading.document.sentences[i].text)
        return speaker_in(reading, i, depth + 1, (end, end))

    text = reading.document.sentences[index].text
    verbs = [
        i
        for i, t in enumerate(tokens)
        if t.norm in SPEECH_VERBS
        and outside(t.start)
        # `, adding`: a participle's speaker is the clause's subject (but `according to X`)
        and (t.norm == "accord" or not text.endswith("ing", 0, t.end))
    ]
    if near is not None:
        lo, hi = near
        verbs.sort(key=lambda i: max(lo - tokens[i].end, tokens[i].start - hi, 0))
    if not verbs:
        return before_this(index - 1) if depth == 0 and index > 0 else None
    names = [s for s in reading.entities[index] if outside(s.start)]
    for i in verbs:
        # after the quote, `'...,' X said`: the name stands between the quote and the verb
        quote_end = near[1] if near is not None and tokens[i].start >= near[1] else -1
        before = [s for s in names if s.last <= i and i - s.last < WINDOW and s.start >= quote_end]
        after_at = i + 2 if i + 1 < len(tokens) and tokens[i + 1].norm == "to" else i + 1
        after = [s for s in names if s.first == after_at]
        pronoun = any(
            tokens[j].norm in PERSON_PRONOUNS and outside(tokens[j].start)
            for j in (i - 2, i - 1, i + 1)
            if 0 <= j < len(tokens)
        )
        if before and (not pronoun or before[-1].last >= i - 1):
            return before[-1]
        if after:
            return after[0]
        if pronoun:
            return before_this(index - 1) if depth < 2 and index > 0 else None
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
    speaker = None
    for index in range(first, last + 1):
        base = max(0, doc.sentences[index].start)
        near = (quoted.start - base, quoted.end - base)
        speaker = speaker_in(reading, index, depth=0 if index == first else 2, near=near)
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
    rule = "who.speaker" if first <= sentence_index <= last else "who.speaker-sentence-before"
    return SlotResult(SLOT, status, expected, found, evidence, rule=rule)
