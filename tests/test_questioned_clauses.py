"""Case table of a phrase inside an indirect question or a condition opened before it in its
clause (`NHTSA asked whether 461 motorists died`, `if 461 motorists died`): nothing there is
asserted, so a clash found in it is not judged (``engine._questioned``). The question's clause
ends at a comma, a semicolon, a colon, a bracket or a dash: a phrase past it is judged as before
(`Asked whether he would resign, Smith said 461 motorists died`); so is a phrase more than four
words after `if`/`whether`, which may be a noun's relative clause (`if North Korea supplies arms
for the latter's war against Ukraine, which started in February 2022`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

TOLL = """story: thanksgiving-toll
date: 2013-11-27
about: [nhtsa]
entities:
  nhtsa:
    name: National Highway Traffic Safety Administration
    aliases: [NHTSA]
    kind: organisation
facts:
  - id: motorists-died
    who: nhtsa
    what: [motorists died]
    count: 416
"""
PUBLISHED = dt.date(2013, 11, 27)

CASES = [
    # a question or a condition: not judged
    ("NHTSA asked whether 461 motorists died.", ("omitted", "")),
    ("NHTSA wondered if 461 motorists died on the roads.", ("omitted", "")),
    ("NHTSA is investigating whether 461 motorists died.", ("omitted", "")),
    ("NHTSA would say so if 461 motorists died.", ("omitted", "")),
    # more than four words after `if`: the phrase may be a noun's clause, judged
    (
        "Officials will act if drivers ignore the warning after NHTSA said 461 motorists died.",
        ("contradicted", "count"),
    ),
    # past the question's clause, or with no question: judged as before
    (
        "Asked whether the figure was final, NHTSA said 461 motorists died.",
        ("contradicted", "count"),
    ),
    ("NHTSA said 461 motorists died.", ("contradicted", "count")),
    ("NHTSA said 416 motorists died.", ("consistent", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_questioned_phrase_is_not_judged(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, TOLL, PUBLISHED) == expected
