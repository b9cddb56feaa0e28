"""Case table: a sentence whose only names stand in a closing attribution (`..., killing three
workers, the fire service said.`, `..., according to the fire service.`, `..., said Dana Holt.`)
still implies the story's event as the subject of its phrase. The source reports the sentence;
it does not do its acts. Near-misses keep the rule to that shape: a source that says more than
the attribution, one before the phrase, a clause after it, a quotation, and the words that tell
another event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FIRE = """
story: harewood-fire
date: 2025-06-13
about: [fire]
entities:
  fire: {name: Harewood warehouse fire, kind: event, mention_only: [the fire, the blaze]}
  service: {name: West Yorkshire Fire Service, aliases: [the fire service], kind: organisation}
  holt: {name: Dana Holt, aliases: [Holt], kind: person}
places:
  uk: {name: UK}
  leeds: {name: Leeds, in: uk}
facts:
  - id: broke-out
    who: fire
    what: [broke out]
    where: leeds
    when: 2025-06-13
  - id: toll
    who: fire
    what: [killed, died]
    count: 3
"""
PUBLISHED = dt.date(2025, 6, 14)


def verdicts(text: str) -> dict[str, tuple[str, str]]:
    """Each fact's status and the rule paths of its contradicted slots."""
    return {
        r.fact: (r.status, ",".join(s.rule for s in r.slots if s.status == "contradicted"))
        for r in check_on(text, FIRE, PUBLISHED)
    }


CLASH = ("contradicted", "implied/when.date-after-phrase")
FITS = ("consistent", "")
OMITTED = ("omitted", "")

CASES = [
    # the only name is the source, in a closing attribution: the event is implied
    ("A fire broke out at a warehouse in Leeds on Thursday, the fire service said.", CLASH),
    ("A fire broke out at a warehouse in Leeds on Friday, the fire service said.", FITS),
    ("A fire broke out at a warehouse on Thursday, West Yorkshire Fire Service said.", CLASH),
    ("A fire broke out at a warehouse on Thursday, according to the fire service.", CLASH),
    ("A fire broke out at a warehouse on Thursday, said Dana Holt.", CLASH),
    ("A fire broke out at a warehouse on Thursday, Dana Holt said on Saturday.", CLASH),
    ("A fire broke out at a warehouse on Thursday, the fire service's Dana Holt said.", CLASH),
    # the source says more than the attribution, or stands before the phrase
    ("A fire broke out at a warehouse on Thursday, Dana Holt said she had been told.", OMITTED),
    ("The fire service said a fire broke out at a warehouse on Thursday.", OMITTED),
    ("Dana Holt, who saw a fire break out on Thursday, said it spread fast.", OMITTED),
    # a clause after the attribution, or a name outside it
    (
        "A fire broke out at a warehouse on Thursday, the fire service said, and Dana Holt "
        "arrived later.",
        OMITTED,
    ),
    ("Dana Holt saw a fire break out on Thursday, the fire service said.", OMITTED),
    # in quotation marks: someone's words
    ('"A fire broke out at a warehouse on Thursday, the fire service said."', OMITTED),
    # words that tell another event, a comparison or a hypothesis
    ("A fire broke out at the same warehouse in 2019, the fire service said.", OMITTED),
    ("A similar fire broke out at a warehouse on Thursday, the fire service said.", OMITTED),
    ("A fire could have broken out on Thursday, the fire service said.", OMITTED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_closing_attribution_leaves_the_event_implied(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdicts(text)["broke-out"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A fire at a warehouse killed four workers, the fire service said.",
            ("contradicted", "implied/count.number-after-verb"),
        ),
        ("A fire at a warehouse killed three workers, said Dana Holt.", FITS),
        ("A fire at a warehouse killed four workers, Dana Holt said she had heard.", OMITTED),
    ],
)
def test_the_toll_of_an_event_reported_by_a_source(text: str, expected: tuple[str, str]) -> None:
    assert verdicts(text)["toll"] == expected
