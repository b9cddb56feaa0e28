"""Case table of the `count` check: only a number that counts the fact's own thing is judged."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on, verdict

from factcheck.checks.count import fits


def status(text: str, story: str, published: dt.date = dt.date(2016, 5, 21)) -> tuple[str, str]:
    """The status of the story's one fact on ``text``, and the slots it clashes on."""
    return verdict(text, story, published)


def story(what: str, count: int, ordinal: bool = False) -> str:
    return f"""
story: s
about: [rovers, blast]
entities:
  rovers: {{name: Rovers, aliases: [Bristol Rovers]}}
  blast: {{name: blast, aliases: [explosion]}}
  city: {{name: City}}
places: {{}}
facts:
  - id: f
    who: [rovers, blast]
    what: [{what}]
    count: {count}
    ordinal: {str(ordinal).lower()}
"""


MINERS = story("miners", 12)
SHAFT = story("metre shaft", 500)
GAME = story("game", 7, ordinal=True)
FINAL = story("final", 3, ordinal=True)
YEARS = story("years without a title", 52)
GAMES = story("games", 20)

CONSISTENT = ("consistent", "")
CLASH = ("contradicted", "count")
NOT_JUDGED = ("omitted", "")  # a count fact whose number is not judged is not stated


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("The blast trapped 12 miners.", MINERS, CONSISTENT),
        ("The blast trapped nine miners.", MINERS, CLASH),
        # coordination: one value that fits is enough, a clash needs every value to clash
        ("The blast trapped twelve or thirteen miners.", MINERS, CONSISTENT),
        ("The blast trapped nine or ten miners.", MINERS, CLASH),
        ("The blast hit the 500-metre and 300-metre shafts.", SHAFT, CONSISTENT),
        ("The blast hit the 200-metre, 300-metre and 400-metre shafts.", SHAFT, CLASH),
        ("The blast hit the 400-metre shaft.", SHAFT, CLASH),
        # a partitive counts a part, not the whole
        ("After the blast, three of the miners were freed.", MINERS, NOT_JUDGED),
        # someone's words in quotation marks
        ("'The blast trapped 30 miners,' a rescuer said.", MINERS, NOT_JUDGED),
        # a gallery counter glued before another number
        ("3 9 miners were trapped by the blast.", MINERS, NOT_JUDGED),
        ("4 300-metre shafts were hit by the blast.", SHAFT, NOT_JUDGED),
        ("The blast hit 4 300-metre shafts.", SHAFT, NOT_JUDGED),
    ],
)
def test_a_number_that_counts_something_else_is_not_judged(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert status(text, fact) == expected


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("Rovers won the seventh game.", GAME, CONSISTENT),
        ("Rovers won the fourth game.", GAME, CLASH),
        # the ordinal belongs to the noun right after it
        ("Rovers scored in the ninth inning of Game 7.", GAME, NOT_JUDGED),
        ("Rovers reached their third final.", FINAL, CONSISTENT),
        ("Rovers reached their fourth final.", FINAL, CLASH),
        ("Rovers reached their fourth final in their history.", FINAL, CLASH),
        # a rank among other things, or a streak
        ("Rovers played in the fourth final to go to extra time.", FINAL, NOT_JUDGED),
        ("Rovers played in the fourth final ever decided on penalties.", FINAL, NOT_JUDGED),
        ("Rovers reached their fourth straight final.", FINAL, NOT_JUDGED),
        ("Rovers reached their fourth final in a row.", FINAL, NOT_JUDGED),
    ],
)
def test_an_ordinal_that_ranks_other_things_is_not_judged(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert status(text, fact) == expected


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("Rovers went 52 years without a title.", YEARS, CONSISTENT),
        ("Rovers went 60 years without a title.", YEARS, CLASH),
        # totals and rates of other things
        ("Rovers and their rivals went a combined 97 years without a title.", YEARS, NOT_JUDGED),
        ("Rovers went 97 years without a title between them.", YEARS, NOT_JUDGED),
        ("Rovers won 20 games.", GAMES, CONSISTENT),
        ("Rovers won 25 games.", GAMES, CLASH),
        ("Rovers lost 94 out of 162 games in those years.", GAMES, NOT_JUDGED),
        ("Rovers won 30 games a season under him.", GAMES, NOT_JUDGED),
        ("Rovers won 30 games per year.", GAMES, NOT_JUDGED),
    ],
)
def test_a_total_or_rate_of_other_things_is_not_judged(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert status(text, fact) == expected


def test_coordinated_numbers_have_their_own_rule() -> None:
    (result,) = check_on("The blast hit the 200-metre and 400-metre shafts.", SHAFT)
    (clash,) = result.contradictions
    assert (clash.rule, clash.found) == ("named/count.coordinated", "200-metre and 400")


HURT = """
story: s
about: [shooting]
entities:
  shooting: {name: shooting}
  victims: {name: victims, aliases: [people, patients]}
places: {}
facts:
  - id: f
    who: victims
    what: [hurt, gunshot wounds]
    count: 5
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # the number counts the subject itself: the preposition after it is the phrase's
        ("After the shooting, crews treated five patients with gunshot wounds.", CONSISTENT),
        ("After the shooting, crews treated nine patients with gunshot wounds.", CLASH),
        # right before the subject, only auxiliaries between it and the phrase: the count
        # (`count.number-before-subject-aux`, tests/test_count_objects.py)
        ("After the shooting, five people have been hurt.", CONSISTENT),
        ("After the shooting, nine people have been hurt.", CLASH),
        # another word between the subject and the phrase: it confirms, never clashes
        ("After the shooting, one person was critically hurt.", NOT_JUDGED),
        ("After the shooting, five people who saw it have been hurt.", NOT_JUDGED),
    ],
)
def test_a_number_before_the_subject_counts_it(text: str, expected: tuple[str, str]) -> None:
    assert status(text, HURT) == expected


TOLL = """
story: s
about: [crash]
entities:
  crash: {name: crash}
  victims: {name: victims, aliases: [people]}
places: {}
facts:
  - id: f
    who: [crash, victims]
    what: [killed, died]
    count: 7
"""
WELL = """
story: s
about: [well]
entities:
  well: {name: well}
places: {}
facts:
  - id: deep
    who: well
    what: [metres deep, metre-deep]
    count: 40
  - id: unused
    who: well
    what: [years]
    count: 5
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the whole: another group before it, or `other`, `final`, `remaining`
        ("The crash left six men and one woman killed.", NOT_JUDGED),
        ("The other three people killed in the crash were named.", NOT_JUDGED),
        ("Police named the final three people killed in the crash.", NOT_JUDGED),
        ("The crash left nine people killed.", CLASH),
        ("The crash left seven people killed.", CONSISTENT),
    ],
)
def test_a_part_of_the_count_is_not_judged(text: str, expected: tuple[str, str]) -> None:
    assert status(text, TOLL) == expected


def well(text: str) -> dict[str, str]:
    found = check_on(text, WELL, dt.date(2016, 11, 20))
    return {r.fact: r.status for r in found}


def test_a_number_in_another_unit_is_not_judged() -> None:
    assert well("The well is a 40-metre-deep shaft.")["deep"] == "consistent"
    assert well("The well is a 130-foot-deep shaft.")["deep"] == "omitted"
    assert well("The well is a 60-metre-deep shaft.")["deep"] == "contradicted"


def test_an_age_is_not_a_count_of_years() -> None:
    assert well("The six-year-old fell into the well.")["unused"] == "omitted"
    assert well("The well has been unused for five years.")["unused"] == "consistent"


CRASH_TOLL = """
story: crash
about: [crash]
entities:
  crash: {name: Ufton crash, kind: event}
  victims: {name: victims, aliases: [people, passengers]}
facts:
  - id: seven-killed
    who: victims
    what: [killed, died, dead]
    count: 7
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # the part is the subject: the whole is not the phrase's count
        ("Two of the nine people were killed in the Ufton crash.", "omitted"),
        ("Two of the nine people died in the Ufton crash.", "omitted"),
        ("After the Ufton crash, two of the nine passengers died.", "omitted"),
        # the whole with the phrase as its modifier, and a verb of its own after: judged
        ("One of the nine people killed in the Ufton crash was named.", "contradicted"),
        ("Police said two of the nine people killed were children.", "contradicted"),
        ("Police named one of the nine people killed.", "contradicted"),
        # an increment is not the toll
        ("Three more people died in the Ufton crash.", "omitted"),
        ("Nine additional passengers died in the Ufton crash.", "omitted"),
        # a number before the phrase counts another noun when the subject follows the phrase
        ("Two crashes killed eight people.", "omitted"),
        ("Nine killed as Ufton crash victims named.", "contradicted"),
        # the plain shapes still clash
        ("Nine people were killed in the Ufton crash.", "contradicted"),
        ("Nine people died in the Ufton crash.", "contradicted"),
    ],
)
def test_a_part_an_increment_or_another_noun_is_not_the_toll(text: str, expected: str) -> None:
    (result,) = check_on(text, CRASH_TOLL, dt.date(2016, 11, 10))
    assert result.status == expected


SEASON = """
story: rovers
about: [rovers]
entities:
  rovers: {name: Rovers, kind: team}
facts:
  - id: goals-in-final
    who: rovers
    what: goals in the final
    count: 3
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total over a stretch of time is not one event's count
        ("Rovers have scored 7 goals in the final in their last 3 games.", "omitted"),
        ("Rovers scored 7 goals in the final over the past five seasons.", "omitted"),
        ("Rovers scored 7 goals in the final during the previous two years.", "omitted"),
        ("Rovers have 7 goals in the final in the club’s last 10 games.", "omitted"),
        ("Rovers have 7 goals in the final in the Rovers’ last 10 games.", "omitted"),
        ("Rovers have 7 goals in the final over Smith's past three seasons.", "omitted"),
        # the event's own count is judged
        ("Rovers scored 7 goals in the final on Wednesday.", "contradicted"),
        ("Rovers scored 7 goals in the final, their last game of the season.", "contradicted"),
        ("Rovers scored 7 goals in the final in the club’s stadium.", "contradicted"),
    ],
)
def test_a_total_over_a_stretch_of_time_is_not_the_count(text: str, expected: str) -> None:
    (result,) = check_on(text, SEASON, dt.date(2016, 11, 3))
    assert result.status == expected


VOTE_SHARE = """
story: vote
about: [renewal]
entities:
  renewal: {name: Renewal Party, aliases: [Renewal], kind: organisation}
facts:
  - id: vote-share
    who: renewal
    what: [of the vote, share of the vote]
    count: 38.4
    unit: "%"
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rounded figure states the count; another one at the article's precision does not
        ("Renewal won 38% of the vote.", "consistent"),
        ("Renewal won 38.4% of the vote.", "consistent"),
        ("Renewal won 38.1% of the vote.", "contradicted"),
        ("Renewal won 39% of the vote.", "contradicted"),
        # a poll, a part of the voters, or a count of another clause is not the result
        ("Polls had given Renewal 34% of the vote.", "omitted"),
        ("A survey gave Renewal 34% of the vote.", "omitted"),
        ("Renewal won 40% of the vote among under-30s.", "omitted"),
        ("With 95% of votes counted, Renewal had 38.1%.", "omitted"),
        ("Renewal won 34% of the vote, results showed.", "contradicted"),
    ],
)
def test_a_rounded_figure_fits_and_a_poll_or_a_part_is_not_the_result(
    text: str, expected: str
) -> None:
    (result,) = check_on(text, VOTE_SHARE, dt.date(2019, 9, 9))
    assert result.status == expected


@pytest.mark.parametrize(
    "value, count, same",
    [
        (38, 38.4, True),
        (38.4, 38, True),
        (38.45, 38.4, True),
        (38.1, 38.4, False),
        (0.00001, 0.00002, False),
        (0.00001, 0.00001, True),
        (2.5e16, 2.5e16, True),
        (39, 38.4, False),
        (7, 7, True),
        (7, 8, False),
        (38.6, 38, False),
    ],
)
def test_a_number_fits_at_the_coarser_precision(value: float, count: float, same: bool) -> None:
    assert fits(value, count) is same
