"""The `quote` slot: quoted words compared with the fact's, with a word diff for a misquote."""

from __future__ import annotations

import re

from factcheck.checks import who
from factcheck.facts import Fact
from factcheck.match import QuoteAlignment, Quoted
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
    if spoken_by_another(reading, first, last, quoted):
        return None  # `"Nobody takes full responsibility ...," Tanaka said`: not this quote
    if another_reports(fact, reading, mention):
        return None  # `Brooke said: "Whitcombe says a young man paid ..."`: a report of them
    if translated(reading, first, last):
        rule = TRANSLATED  # shown, never failed (``checks.UNRELIABLE``)
    return SlotResult(SLOT, CONTRADICTED, expected, found, evidence, word_diff(alignment), rule)


def another_reports(fact: Fact, reading: Reading, mention: Mention) -> bool:
    """Whether a speaker named as another than the fact's `who` gives the fact's words in a
    sentence of the quote that reports them as someone else's (`Brooke said: "Whitcombe says a
    young man paid ..."`, ``who.reported_inside``): that speaker's rendering of them, no
    quotation. The fact's own speaker reporting (`Reyes said: "Audiences told us ..."`) or no
    speaker named is judged."""
    assert mention.quote is not None
    first, last, quoted = mention.quote
    said = who._speaker_of(reading, first, last, quoted)
    if said is None or said[0].ref in fact.who:
        return False
    return who.reported_inside(quoted.text, mention.wording or fact.quote or "")


TRANSLATED = "quote.translated"
"""The rule of a changed quote that the article says is a translation."""
_TRANSLATION = re.compile(
    r"\btranslat(?:ed|ion|ions|or|ors|ing)\b|\b(?:through|via)\s+an?\s+interpreter\b", re.I
)
_TRANSLATED_ARTICLE = re.compile(r"\btranslated\s+from\s+(?:the\s+)?[A-Z]", re.I)


def translated(reading: Reading, first: int, last: int) -> bool:
    """Whether the article says a quote in sentences ``first``..``last`` is a translation: a
    word of translating in them (`according to a translation by Kyodo`, `said through an
    interpreter`, `(translated)`), or a note that the article is translated (`Translated from
    the Japanese by our Tokyo bureau`). Its words are a translator's: another translation of
    the same statement differs from the fact's without misquoting the speaker."""
    doc = reading.document
    for k in range(first, last + 1):
        text = doc.sentences[k].text
        if ("ranslat" in text or "nterpret" in text) and _TRANSLATION.search(text):
            return True
    key = ("translated-article",)  # read once per article, for every quote that asks
    known = reading.memo.get(key)
    if known is None:
        text = doc.article.text
        known = reading.memo[key] = "ranslated" in text and bool(_TRANSLATED_ARTICLE.search(text))
    return known is True


def spoken_by_another(reading: Reading, first: int, last: int, quoted: Quoted) -> bool:
    """Whether a quote that differs from the fact's is plainly someone else's words: a speaker
    named by a name the story does not know (`Tanaka said`, `his predecessor, who once said`),
    or the words of a sign or a banner (`A banner read`). A changed quote with no attribution,
    one left unclear, or one said by a description that may stand for the fact's speaker (`the
    U.S. official added`) is still judged; so is one given to another entity of the story (then
    its `who` clashes too)."""
    if who._speaker_of(reading, first, last, quoted) is not None:
        return False  # a speaker the story knows: the `who` check judges who it is
    if who._written(reading, first, quoted):
        return True
    doc = reading.document
    for index in range(first, last + 1):
        base = max(0, doc.sentences[index].start)
        near = (quoted.start - base, quoted.end - base)
        if who.attribution(reading, index, near).rule == who.OTHER_RULE:
            return True
    return _introduced_by_unknown(reading, first, quoted) or _said_by_someone_new(
        reading, first, quoted
    )


_SOMEONE_NEW = re.compile(
    r"(?:A|An|One)\s+(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|tells|added|adds|replied|wrote"
    r"|tweeted|responded|countered)\b"
)
"""Opening a sentence: an indefinite description and a verb of saying (`A US official said`,
`One delegate added`): someone the article brings in, not anyone it has named."""


def _said_by_someone_new(reading: Reading, first: int, quoted: Quoted) -> bool:
    """Whether the quote's sentence opens with an indefinite description as the subject of a
    verb of saying before the quote, none of the story's entities named in it (`A US official
    said of al-Rashid's remarks: "..."`): a new speaker's words."""
    doc = reading.document
    sentence = doc.sentences[first]
    if sentence.start < 0:
        return False
    said = _SOMEONE_NEW.match(sentence.text)
    if said is None or said.end() > quoted.start - sentence.start:
        return False
    if _OWN_SPOKESPERSON.search(sentence.text, 0, said.end()):
        return False  # `A company spokesperson said`: the voice of the story's company
    return not any(span.start < said.end() for span in reading.entities[first])


_OWN_SPOKESPERSON = re.compile(
    r"\b(?:company|firm|club|team)\s+(?:spokesperson|spokesman|spokeswoman|representative)\b",
    re.I,
)
"""In an indefinite description before a verb of saying: the spokesperson of the company,
club or team the story is about (`A company spokesperson said`), not someone new; the speaker
is still no one named, so only the words are judged."""


def _introduced_by_unknown(reading: Reading, first: int, quoted: Quoted) -> bool:
    """Whether the quote follows a colon closing a clause whose subject, opening its sentence,
    is a name the story does not know (one to three capitalised words, then a lower-case one),
    and which names none of the story's entities (`Tanaka mocked the statement: "..."`): that
    person's words, whatever the verb, as after `said`."""
    doc = reading.document
    sentence = doc.sentences[first]
    if sentence.start < 0:
        return False
    at = quoted.start - sentence.start - 1  # the opening mark
    before = sentence.text[: max(0, at)].rstrip()
    named = reading.entities[first]
    if not before.endswith(":") or any(span.start < len(before) for span in named):
        return False
    tokens, text = doc.tokens[first], sentence.text
    lower = next((k for k, t in enumerate(tokens) if not text[t.start : t.start + 1].isupper()), 0)
    return 1 <= lower <= 3 and who.unknown_name_at(tokens, text, 0, named)
