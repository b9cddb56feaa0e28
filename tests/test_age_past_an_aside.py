"""Case table: an age right after `aged`/`at the age of` is judged when its subject's name
stands right before the phrase (`tests/test_count_shapes.py`), and also past one aside
between commas right after the name (`Rod Temperton, who wrote Thriller, has died at the age
of 66`, `Smith, a founding member of the band, died aged 70`): the aside closed, the name is
still the subject of `died`. Near-misses: the phrase inside the aside (another person's
death), an owner before the aside (`Smith's mother, a nurse,`), an aside opened by `whose`,
`and` or a reporting verb, two asides, words of another clause after the aside."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

STORY = """
story: s
about: [smith]
entities:
  smith: {name: Jane Smith, aliases: [Smith], kind: person}
  jones: {name: Tom Jones, aliases: [Jones], kind: person}
places: {}
facts:
  - id: f
    who: smith
    what: [died aged, died at the age of]
    count: 66
"""
RULE = "count.age-after-phrase"


def status(text: str) -> tuple[str, str]:
    article = Article("a.md", "a.md", text, published=dt.date(2016, 10, 5))
    (result,) = check_article(article, [parse_story(STORY, "story.yaml")])
    (count,) = [s for s in result.slots if s.slot == "count"]
    return count.status, count.rule


CLASH = ("contradicted", f"named/{RULE}")
FITS = ("confirmed", RULE)
UNSTATED = ("unstated", "")

CASES = [
    ("Smith, who won three titles, died aged 70.", CLASH),
    ("Jane Smith, a founding member of the band, has died at the age of 74.", CLASH),
    ("Smith, who wrote songs for Tom Jones, has died at the age of 89, her family said.", CLASH),
    ("Smith, the former champion, has sadly died aged 70.", CLASH),
    ("Smith, who won three titles, died aged 66.", FITS),
    # another person's death, or the name no subject of `died`
    ("Smith, whose mother died aged 70, won.", UNSTATED),
    ("Smith, whose husband, a pilot, died aged 70.", UNSTATED),
    ("Smith's mother, a nurse, died aged 70.", UNSTATED),
    ("Smith, and her husband, died aged 70.", UNSTATED),
    ("Smith, said Jones, died aged 70.", UNSTATED),
    ("Smith, who nursed him, saw that Jones died aged 70.", UNSTATED),
    ("Smith, who was 12, saw her father who died aged 70.", UNSTATED),
    ("Smith, a nurse, and Jones died aged 70.", UNSTATED),
    ("Jones, Smith's husband, died aged 70.", UNSTATED),
    ("Jones, like Smith, died aged 70.", UNSTATED),
    ("The husband of Smith, a nurse, died aged 70.", UNSTATED),
    ("Smith, the daughter of Jones, who died aged 70, won.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_age_past_an_aside_after_the_name(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected
