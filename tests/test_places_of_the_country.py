"""Case table: a place after `the country's` or `the nation's`, with area words between or none
(`handed over to US forces in the country's southern Zabul province`), is read as the place
after the locative before them, as `in southern Zabul province` is. Another owner (`the
group's`) leaves the place unread there.
"""

from __future__ import annotations

import pytest
from cases import check_on, verdict

HANDOVER = """
story: handover
about: [weeks]
entities:
  weeks: {name: Timothy Weeks, aliases: [Weeks], kind: person}
places:
  afghanistan: {name: Afghanistan}
  zabul: {name: Zabul province, aliases: [Zabul], in: afghanistan}
  kandahar: {name: Kandahar province, aliases: [Kandahar], in: afghanistan}
facts:
  - id: handed-over
    who: weeks
    what: [was handed over to US forces]
    where: zabul
"""
FITS = ("consistent", "")
ELSEWHERE = ("contradicted", "where")
UNREAD = ("consistent", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Weeks was handed over to US forces in the country's southern Kandahar province.",
            ELSEWHERE,
        ),
        ("Weeks was handed over to US forces in the country’s Kandahar province.", ELSEWHERE),
        (
            "Weeks was handed over to US forces in the nation's southern Kandahar province.",
            ELSEWHERE,
        ),
        ("Weeks was handed over to US forces in the country's southern Zabul province.", FITS),
        # as without the owner
        ("Weeks was handed over to US forces in southern Kandahar province.", ELSEWHERE),
        # another owner, or no possessive: not read there
        ("Weeks was handed over to US forces in the group's southern Kandahar province.", UNREAD),
    ],
)
def test_a_place_of_the_country(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, HANDOVER, None) == expected


def test_the_place_is_read_after_the_country() -> None:
    (result,) = check_on(
        "Weeks was handed over to US forces in the country's southern Zabul province.", HANDOVER
    )
    (where,) = [s for s in result.slots if s.slot == "where"]
    assert (where.status, where.rule) == ("confirmed", "where.place-after-the-country")
