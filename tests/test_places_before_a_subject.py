"""Case table: a well-known place followed by a comma and the name of one of the story's
entities ends its clause there (`Born in Japan, Rice spent ...`): it is read as the phrase's
place. Followed by any other capitalised word, the comma may join a qualifier (`in Paris,
Texas`) or an unknown name: not read."""

from __future__ import annotations

import pytest
from cases import verdict

RICE = """
story: rice
about: [rice]
entities:
  rice: {name: Anne Rice, aliases: [Rice], kind: person}
  georgia: {name: Georgia, kind: person}
places:
  us: {name: United States, aliases: [USA]}
  louisiana: {name: Louisiana, in: us}
  new-orleans: {name: New Orleans, in: louisiana}
facts:
  - id: born
    who: rice
    what: [born]
    where: new-orleans
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted clause, then the entity's name: the place is the birth's
        ("Born in Japan, Rice spent her early life there.", ("contradicted", "where")),
        ("Born in Japan , Rice spent much of her early life there .", ("contradicted", "where")),
        ("Born in Chicago, Anne Rice moved to Texas.", ("contradicted", "where")),
        ("Born in Louisiana, Rice moved to Texas.", ("consistent", "")),
        ("Born in the USA, Rice moved to Texas.", ("consistent", "")),
        # the place as before: after the phrase with nothing after it, or qualified
        ("Rice was born in Japan.", ("contradicted", "where")),
        ("Rice was born in Chicago, Illinois, and moved to Texas.", ("contradicted", "where")),
        # a capitalised word that is no entity of the story: the comma may join anything
        ("Born in Chicago, Alice Rice moved to Texas.", ("consistent", "")),
        # the entity owns the main clause's subject: the birth is the sister's, not Rice's
        ("Born in Chicago, Rice's sister Alice moved to Texas.", ("omitted", "")),
        ("Born in Chicago , Rice 's sister Alice moved to Texas .", ("omitted", "")),
        ("Born in Chicago, Rice's sister moved to Texas.", ("omitted", "")),
        ("Rice was born in Paris, Kentucky.", ("consistent", "")),
        # an entity whose name is a world place too: it may qualify the place
        ("Rice was born in Atlanta, Georgia said.", ("consistent", "")),
    ],
)
def test_a_place_before_a_comma_and_an_entity(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, RICE, None) == expected
