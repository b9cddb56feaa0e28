"""The `what` slot: the fact's phrase is there, and not negated (`has not arrived`, `denied`)."""

from __future__ import annotations

from factcheck.facts import Fact
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

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
    }
)
"""Words that negate the phrase they stand before (with any word ending in n't)."""
SCOPE = 4
"""How many words before the phrase a negator may stand to negate it."""
_CLAUSE_BREAKS = frozenset(",;:()—–")
CLAUSE_WORDS = frozenset(
    "before after when while because since until that which who if and but or as though".split()
)
"""Words that open another clause: a negation behind them negates that clause, not the phrase."""


def applies(fact: Fact) -> bool:
    return bool(fact.what) and not fact.quote


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
    for k in range(phrase.first - 1, start - 1, -1):
        token = tokens[k]
        between = sentence[token.end : tokens[phrase.first].start]
        raw = sentence[token.start : token.end].lower().replace("’", "'")
        if any(c in _CLAUSE_BREAKS for c in between) or raw in CLAUSE_WORDS:
            break
        yet_to = raw == "yet" and tokens[k + 1].norm == "to"  # `has yet to arrive`
        if raw in NEGATORS or raw.endswith("n't") or yet_to:
            negator = token
            break
    if negator is None:
        return SlotResult(
            SLOT,
            CONFIRMED,
            fact.expected(SLOT),
            sentence[span[0] : span[1]],
            doc.evidence(mention.index, marks=[span]),
            rule="what.phrase",
        )
    found = sentence[negator.start : span[1]]
    marks = [(negator.start, negator.end), span]
    return SlotResult(
        SLOT,
        CONTRADICTED,
        fact.expected(SLOT),
        found,
        doc.evidence(mention.index, marks=marks),
        "negated",
        "what.negator-before-phrase",
    )
