"""Case table: a phrasing that writes its own `who`'s name (`magnitude tremor` for the tremor,
`generation Sentra` for the Sentra, `30-date jaunt`, a name of the tour) names its subject
wherever it stands, whatever name comes before it: `Cuadrilla suspends drilling after 1.5
magnitude tremor` states the tremor's magnitude, though the nearest name before the phrase is
the drilling.

* Only for a fact whose `who` is one entity, the name being among the phrase's own words (not
  in a gap between them) and no other entity named among them.
* Such a mention only confirms: a number, a date or a place of it that does not fit is shown as
  a doubtful clash and the fact stays omitted (`It follows a 2.3 magnitude tremor`: maybe an
  earlier one).
* Left alone: a `who` of several entities (`Laura Bush gave Melania a tour`, for Michelle's
  tour of Melania), a clause that denies the thing or makes it a possibility or a fear (`It was
  not a 1.5 magnitude tremor`, `a 1.5 magnitude tremor could strike`, `Experts fear`), a
  condition, a question, and a year other than the story's and the article's up to the end of
  the phrase's clause (`In 2009, a 1.5 magnitude tremor struck`).
* A phrasing that stands inside a longer name of the `who` (`year-old` of `17-year-old boy`)
  is stated by that name: `A 17-year-old boy was arrested`. Inside another entity's name it is
  a word of that name (`Film` of `the Telluride Film Festival`), no mention.
* A one-word phrasing that is the last word of a longer name of the `who` (`emails` of `new
  emails`) names it too when a number stands right before it or one word before: `it is
  impossible to read 650,000 emails` counts the new emails; a bare `the emails` does not.

First run of this table on the checker before the rule: 14 of 21 rows as wanted; the 5 rows
marked `rule` and the 2 whose clash is shown as doubtful were omitted with nothing shown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: tremor
date: 2011-06-01
about: [cuadrilla]
entities:
  cuadrilla: {name: Cuadrilla, kind: organisation}
  drilling: {name: shale gas drilling, aliases: [drilling, fracking]}
  tremor: {name: tremor, aliases: [earthquake, earthquakes, tremors]}
  sentra: {name: Nissan Sentra, aliases: [Sentra], kind: product}
  nissan: {name: Nissan, kind: organisation}
  michelle: {name: Michelle Obama, kind: person}
  melania: {name: Melania Trump, aliases: [Melania], kind: person}
  new-emails: {name: newly discovered emails, aliases: [new emails]}
  boy: {name: 17-year-old boy, aliases: [boy], kind: person}
  festival: {name: Telluride Film Festival}
places:
  lancashire: {name: Lancashire}
facts:
  - id: magnitude
    who: tremor
    what: magnitude tremor
    count: 1.5
  - id: two-quakes
    who: tremor
    what: small earthquakes in Lancashire
    count: 2
  - id: generation
    who: sentra
    what: generation Sentra
    count: 8
    ordinal: true
  - id: tour
    who: [michelle, melania]
    what: gave Melania a tour
  - id: emails
    who: new-emails
    what: emails
    count: 650000
  - id: boy-age
    who: boy
    what: year-old
    count: 17
  - id: boy-filmed
    who: boy
    what: film
  - id: emails-found
    who: new-emails
    what: emails
    when: 2011-05
"""

PUBLISHED = dt.date(2011, 6, 1)
NONE: set[str] = set()

CASES = [
    # rule: the tremor written in the phrase is its subject, not the drilling before it
    ("Cuadrilla suspends drilling after 1.5 magnitude tremor.", "magnitude", ("consistent", NONE)),
    # rule: the name among the phrase's words, a place after it
    (
        "There have been two small earthquakes in Lancashire since drilling began in March.",
        "two-quakes",
        ("consistent", NONE),
    ),
    # rule: an ordinal, Nissan the nearest name before
    (
        "Nissan has taken the covers off the eighth-generation Sentra.",
        "generation",
        ("consistent", NONE),
    ),
    # rule: the phrase inside a longer name of the `who`, the name writing its age
    (
        "A 17-year-old boy arrested on suspicion of murder has been bailed.",
        "boy-age",
        ("consistent", NONE),
    ),
    # inside another entity's name: a word of that name
    ("The boy went to the Telluride Film Festival.", "boy-filmed", ("omitted", NONE)),
    # rule: a count on the last word of the `who`'s name (`emails` of `new emails`)
    (
        "Trump claims it is impossible to read 650,000 emails in eight days.",
        "emails",
        ("consistent", NONE),
    ),
    ("Clinton deleted 33,000 emails.", "emails", ("omitted", {"count"})),
    # no number before the noun: no count of the `who`
    ("The emails were reviewed in eight days.", "emails-found", ("omitted", NONE)),
    # denied or possible: a comma inside the number ends no clause
    ("The FBI never read the 650,000 emails.", "emails", ("omitted", NONE)),
    ("Nobody has read 650,000 emails in eight days.", "emails", ("omitted", NONE)),
    ("The FBI could not read 650,000 emails in eight days.", "emails", ("omitted", NONE)),
    # another number: shown, never failed (maybe an earlier tremor)
    (
        "It follows a 2.3 magnitude tremor recorded by Cuadrilla.",
        "magnitude",
        ("omitted", {"count"}),
    ),
    # another actor: a `who` of several entities, one of them the phrase's object
    ("Laura Bush gave Melania a tour of the residence.", "tour", ("omitted", NONE)),
    # another year
    ("In 2009, a 1.5 magnitude tremor struck near Blackpool.", "magnitude", ("omitted", NONE)),
    ("Cuadrilla recorded a 1.5 magnitude tremor in 2009.", "magnitude", ("omitted", NONE)),
    # negated
    ("It was not a 1.5 magnitude tremor, Cuadrilla said.", "magnitude", ("omitted", NONE)),
    (
        "Nissan has not taken the covers off the eighth-generation Sentra.",
        "generation",
        ("omitted", NONE),
    ),
    # hypothetical: a possibility, a fear, a condition, a question
    ("Cuadrilla said a 1.5 magnitude tremor could strike.", "magnitude", ("omitted", NONE)),
    ("Experts fear a 1.5 magnitude tremor.", "magnitude", ("omitted", NONE)),
    ("If drilling resumes, a 1.5 magnitude tremor is likely.", "magnitude", ("omitted", NONE)),
    ("Was it a 1.5 magnitude tremor?", "magnitude", ("omitted", NONE)),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_phrase_naming_its_who(text: str, fact: str, expected: tuple[str, set[str]]) -> None:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    doubtful = {s.slot for s in result.slots if s.status == "doubtful"}
    assert (result.status, doubtful) == expected
