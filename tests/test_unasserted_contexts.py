"""Case table of sentences that use the fact's own phrase with another date, place or count
but do not assert the act: conditions opening the sentence (`If`, `Unless`, `Whether`), beliefs
(`Many assumed`, `who some thought`), wishes (`hopes to resign on Monday`), claims (`A fake
account claimed`, `The hoax said`), a pretence (`pretended to have`), a modal past a negator
(`could not have resigned`), a denial the article does not assert (`Aides insisted Sakai had
not resigned on Monday`), a date denied after the phrase (`not on Monday but on Tuesday`) and a
count in another capacity (`served 18 months in office as finance minister`). Thirty such
sentences about one story were written before the checker first ran on them (at 6cdf978): 13
clashed. The wishes were found later (`Nyong'o hopes to win an Oscar in 2017` dated the win).
Each row that must stay judged is beside them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SAKAI = """
story: sakai-resigns
date: 2027-09-14
about: [sakai]
entities:
  sakai: {name: Prime Minister Haruto Sakai, aliases: [Haruto Sakai, Sakai, Mr Sakai], kind: person}
places:
  tokyo: {name: Tokyo, country: JP}
facts:
  - id: resigned
    who: sakai
    what: [announced his resignation, resigned]
    where: tokyo
    when: 2027-09-14
  - id: months
    who: sakai
    what: [months in office]
    count: 14
"""
PUBLISHED = dt.date(2027, 9, 15)  # a Wednesday: Tuesday is September 14

CASES = [
    # a condition opening the sentence
    ("Unless Sakai resigned on Monday, the vote goes ahead.", set()),
    ("If Sakai resigned on Monday, nobody told the party.", set()),
    ("Whether Sakai resigned in Osaka or Tokyo is disputed.", set()),
    ("Even if he stays, Sakai resigned in Osaka as party chief.", {"resigned:where"}),
    # a belief, a claim, a pretence
    ("Many assumed Sakai resigned on Monday.", set()),
    ("Sakai, who some thought had resigned on Monday, spoke on Tuesday.", set()),
    ("A fake account claimed Sakai resigned on Monday.", set()),
    ("Aides claimed Sakai resigned on Monday.", set()),
    ("The hoax said Sakai resigned in Osaka.", set()),
    ("Sakai pretended to have resigned on Monday.", set()),
    ("Sakai thought about it overnight and resigned on Monday.", {"resigned:when"}),
    ("Sakai claimed the party's backing, then resigned on Monday.", {"resigned:when"}),
    # a wish or an aim on the phrase's verb
    ("Sakai hopes to resign on Monday.", set()),
    ("Sakai wanted to resign in Osaka.", set()),
    ("Sakai resigned on Monday, hoping to calm markets.", {"resigned:when"}),
    # a modal past a negator; a denial not asserted; a date denied
    ("Sakai could not have resigned on Monday, aides said, because he was abroad.", set()),
    ("Aides insisted Sakai had not resigned on Monday, as some reports said.", set()),
    ("Aides insisted Sakai had not resigned in Osaka.", set()),
    ("Sakai resigned not on Monday but on Tuesday.", set()),
    ("Sakai did not resign on Monday.", set()),
    ("Sakai did not resign.", {"resigned:what"}),
    ("Sakai resigned on Monday.", {"resigned:when"}),
    ("Sakai resigned in Osaka.", {"resigned:where"}),
    # a count in another capacity
    ("Sakai served 18 months in office as finance minister before becoming prime minister.", set()),
    ("Sakai served 18 months in office as prime minister.", {"months:count"}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_what_the_article_does_not_assert_is_not_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SAKAI, PUBLISHED) == expected
