"""The `quote` slot: quoted words compared with the fact's, with a word diff for a misquote."""

from __future__ import annotations

from factcheck.facts import Fact
from factcheck.match import QuoteAlignment
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "quote"


def applies(fact: Fact) -> bool:
    return fact.quote is not None


def word_diff(alignment: QuoteAlignment) -> str:
    """The changed words, one `[-expected-] {+found+}` group per change."""
    parts = []
    for expected, found in alignment.changes:
        deleted = f"[-{' '.join(expected)}-]" if expected else ""
        inserted = f"{{+{' '.join(found)}+}}" if found else ""
        parts.append(" ".join(p for p in (deleted, inserted) if p))
    return "; ".join(parts)


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.quote is None or fact.quote is None:
        return None
    first, last, quoted = mention.quote
    alignment = mention.alignment
    if alignment is None:
        return None
    doc = reading.document
    evidence = doc.evidence(first, last, marks=doc.quote_marks(first, quoted))
    found = quoted.text.strip(" ,;:")
    expected = mention.wording or fact.quote
    if not alignment.changes:
        return SlotResult(SLOT, CONFIRMED, expected, found, evidence, rule="quote.words")
    # a change between words quoted alike, or only a different beginning or ending
    rule = "quote.words" if alignment.edges < len(alignment.changes) else "quote.ending"
    return SlotResult(SLOT, CONTRADICTED, expected, found, evidence, word_diff(alignment), rule)
