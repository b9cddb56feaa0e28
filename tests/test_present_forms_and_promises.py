"""Case table: the present form of an irregular verb whose past form is also a noun's (`broke`,
`paid`, `led`), written before more of the phrase's words, is read as the phrase (`did not break
the ceasefire` for `broke the ceasefire`), so a denial of the act is judged; and a threat, a
vow or a promise on the phrase's verb (`threatened to break the ceasefire on Thursday`,
`promised not to break it`) is what is promised, not done: neither its date nor its denial is
judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

CEASEFIRE = """
story: rsf-ceasefire
date: 2027-05-07
about: [rsf]
entities:
  rsf: {name: Rapid Support Forces, aliases: [RSF], kind: organisation}
  army: {name: Sudanese Armed Forces, aliases: [the army], kind: organisation}
places:
  sudan: {name: Sudan, country: SD}
  fasher: {name: El Fasher, in: sudan}
facts:
  - id: breach
    who: rsf
    what: [broke the ceasefire]
    where: fasher
    when: 2027-05-07
  - id: fine
    who: army
    what: [paid]
    count: 3
"""
PUBLISHED = dt.date(2027, 5, 8)  # a Saturday: the RSF broke the ceasefire on Friday

PRESENT_FORMS = [
    # the present form before the phrase's object: the phrase, its denial judged
    ("The RSF did not break the ceasefire in El Fasher on Friday.", {"breach:what"}),
    ("The RSF didn't break the ceasefire.", {"breach:what"}),
    ("The RSF broke the ceasefire in El Fasher on Friday.", set()),
    # another's act, or a past form ending its phrasing (a noun's form too: `the pay`): no
    # mention
    ("The army did not break the ceasefire.", set()),
    ("The army did not pay 5 of them.", set()),
]


@pytest.mark.parametrize("text, expected", PRESENT_FORMS)
def test_the_present_form_of_an_irregular_verb_is_read(text: str, expected: set[str]) -> None:
    assert clashes_on(text, CEASEFIRE, PUBLISHED) == expected


PROMISES = [
    # a threat, a vow or a promise on the phrase's verb: not done, so neither dated nor denied
    ("The RSF threatened to break the ceasefire on Thursday.", set()),
    ("The RSF vowed to break the ceasefire in Khartoum on Friday.", set()),
    ("The RSF promised not to break the ceasefire.", set()),
    ("The RSF pledged never to break the ceasefire.", set()),
    # the act itself, dated or denied: judged
    ("The RSF broke the ceasefire in El Fasher on Thursday.", {"breach:when"}),
    ("The RSF never broke the ceasefire.", {"breach:what"}),
]


@pytest.mark.parametrize("text, expected", PROMISES)
def test_a_promised_act_is_neither_dated_nor_denied(text: str, expected: set[str]) -> None:
    assert clashes_on(text, CEASEFIRE, PUBLISHED) == expected
