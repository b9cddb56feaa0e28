"""Case table of false alarms looked for in an invented story told as a criminal court's
sentencing (a man jailed at a city's crown court on a Friday for a manslaughter committed months
earlier in another city, his term in years, his earlier convictions, the judge's remarks):
a co-defendant's term and day, the offence's date and place beside the sentencing's, the
maximum a term could have been, days already served on remand, earlier convictions with their
own years and terms, when he will be eligible for parole, an appeal's hearing, the victim's
parents quoted, the judge quoting a witness, an acquittal of another charge, a caption. The
facts were written first (`factcheck validate` raised nothing), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at fa7d06b): 1 false contradiction in 115 cells (23 sentences, each checked against
the story's five facts), and 4 of the 5 contradictions caught on their slot. The false one: the
victim's father quoting the judge inside his own quote (`Paul Brooke, said: "The judge said he
paid for that choice with his life. We pay for it every day."`), whose words share the judge's
and were read as the judge's quote given to Brooke. Now a sentence of a quote that opens by
reporting someone else's words (`The judge said`, `She told us that`, `Whitcombe says`) gives
the fact's words after it as another one's, and the quote's speaker is not judged
(tests/test_words_reported_inside_quotes.py; `I said`, `We said`, no verb of saying, or the
report in another sentence of the quote is judged). The missed one, a term after the phrase
`jailed for` whose years stand in a note (`Connor Hale was jailed for 13 years`), is the gap
table 16 already names; it is in ``MISSED``. A second, harder round (``SECOND_ROUND``: the
co-defendant jailed at the same court on another day, both sentenced in one sentence, `could
face up to` another term, the age at an earlier jailing, a relative's words with the term in
them, the judge quoting the victim's mother, a denial of another year's jailing and of a manner,
an appeal's hearing to come, the remand on another day) and three harder contradictions
(``SECOND_ROUND_CONTRADICTIONS``) were written and committed after that rule, before the checker
ran on them (at eef4976): 1 false contradiction in 100 cells, and 2 of the 3 contradictions
caught. The false one, `Hale did not stab Liam Brooke in self-defence, the judge ruled`, read as
denying the stabbing. Now `in` and a bare lower-case noun right after a denied phrase (`in
self-defence`, `in anger`, `in absentia`) is a manner the denial may be about
(tests/test_denials_of_a_manner.py; a name, a year, `the`, an owner, a pronoun, `in front of`
or nothing after the phrase still deny the act). The missed one, a court named by the city of the
killing (`at Bradford Crown Court`), is in ``MISSED``: a place that is another fact's `where` of
the same `who` tells that fact's event and is not judged. A third round (``THIRD_ROUND``: a
count of earlier convictions at an earlier age, the co-defendant's own convictions, a span of
days from the stabbing that lands on the sentencing, a sentencing due on another day and
adjourned, `not sentenced until Friday`, a partitive of the convictions, the judge jailing
another man) and three contradictions (``THIRD_ROUND_CONTRADICTIONS``) were written and
committed after it, before the checker ran on them (at 72add1a): 1 false contradiction in 100
cells, and all 3 contradictions caught. The false one, `Hale, who had nine previous convictions
by the age of 18, now has 17`, counted the convictions of his youth as his count now. Now `by`
and an age, `then` or `the time` right after a count's phrase, or opening the sentence before a
comma, tells the count as it stood then (tests/test_counts_by_a_time.py; `by the prosecution's
count`, `by now`, no `by` are judged). A fourth round (``FOURTH_ROUND``: headlines, the term
and the co-defendant's in one sentence with the verb elided, earlier jailings in a list of years,
the custody since a day after the stabbing, the victim's father's dates, the day the victim would
have turned 20, a sentencing at `Leeds` and a stabbing in `Bradford` in one sentence) and three
contradictions (``FOURTH_ROUND_CONTRADICTIONS``) were written and committed after that rule,
before the checker ran on them (at 0e260f7): no false contradiction in 100 cells, and 2 of the 3
contradictions caught. The missed one is in ``MISSED``: a day after the term and the court
(`was jailed for 11 years at Leeds Crown Court on Wednesday`), a place and a date past a term of
years not being read as the phrase's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SENTENCING = """story: hale-manslaughter-sentencing
date: 2027-03-12
about: [hale]
entities:
  hale: {name: Connor Hale, aliases: [Hale, Mr Hale], kind: person}
  brooke: {name: Liam Brooke, aliases: [Brooke, Liam], kind: person}
  whitcombe: {name: Judge Helen Whitcombe, aliases: [Judge Whitcombe, Whitcombe], kind: person}
  doyle: {name: Jordan Doyle, aliases: [Doyle], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  england: {name: England, in: uk}
  yorkshire: {name: West Yorkshire, in: england}
  leeds: {name: Leeds, in: yorkshire}
  leeds-crown-court: {name: Leeds Crown Court, in: leeds}
  bradford: {name: Bradford, in: yorkshire}
facts:
  - id: sentenced
    who: hale
    what: [was sentenced, was jailed]
    where: leeds-crown-court
    when: 2027-03-12
  - id: term
    who: hale
    what: [jailed for, sentenced to]
    count: 11
    note: years
  - id: killing
    who: hale
    what: [killed Liam Brooke, stabbed Liam Brooke]
    where: bradford
    when: 2026-08-23
  - id: convictions
    who: hale
    what: [previous convictions]
    count: 17
  - id: judge-quote
    who: whitcombe
    quote: You took a knife into a crowded street and a young man paid for that choice with his life
"""
PUBLISHED = dt.date(2027, 3, 13)  # a Saturday: Hale was sentenced on Friday, March 12

FIRST_RUN = [
    "Connor Hale, 24, was jailed for 11 years at Leeds Crown Court on Friday for the manslaughter"
    " of Liam Brooke, who was stabbed in Bradford city centre last August.",
    "His co-defendant, Jordan Doyle, 22, was sentenced to four years in February after admitting"
    " affray.",
    "Hale stabbed Liam Brooke outside a bar on Ivegate in Bradford in the early hours of Sunday,"
    " August 23.",
    "Manslaughter carries a maximum sentence of life imprisonment, and Hale could have been jailed"
    " for up to 18 years under the guidelines, the judge said.",
    "Hale has 17 previous convictions, including for wounding in 2019 and possession of a knife in"
    " 2021, for which he was jailed for 10 months.",
    "He has already spent 201 days in custody on remand, which will count towards his sentence.",
    "Hale will be eligible for parole in 2034, after serving two-thirds of his term.",
    "His barrister, Nadia Qureshi, said Hale would appeal against the sentence, and a hearing at"
    " the Court of Appeal in London has been set for June 8.",
    "Liam's mother, Karen Brooke, said outside court: \"Eleven years is nothing. We have been given"
    ' a life sentence."',
    'Judge Helen Whitcombe quoted a witness who told police Hale had said "I\'ll do him" before'
    " the attack.",
    'Judge Whitcombe told Hale: "You took a knife into a crowded street and a young man paid for'
    ' that choice with his life."',
    "Hale was not convicted of murder; a jury at Leeds Crown Court cleared him of that charge in"
    " January and convicted him of manslaughter.",
    "Connor Hale is led from Leeds Crown Court after being sentenced on Friday (West Yorkshire"
    " Police)",
    "Doyle, who was jailed for four years at Bradford Crown Court in February, was not in court.",
    "In 2022 Hale was jailed for 16 months for burglary in Halifax.",
    "Brooke, 19, was a trainee electrician who had moved to Bradford from Leeds in 2025.",
    "Hale, who was arrested in Leeds two days after the stabbing, had denied murder.",
    "West Yorkshire Police said 23 people had been jailed for knife offences in Bradford in 2026.",
    "Hale will serve up to two-thirds of his sentence in prison, or about seven years and four"
    " months, before he is released on licence.",
    "Hale's sentence is the longest for manslaughter at Leeds Crown Court since 2019, when a man"
    " was jailed for 12 years for killing a delivery driver in Wakefield.",
    "Outside court, Liam's father, Paul Brooke, said: \"The judge said he paid for that choice with"
    ' his life. We pay for it every day."',
    "Prosecutors had asked for Hale to be sentenced to at least 14 years.",
    "Doyle, who will be sentenced for a separate robbery at Bradford Crown Court on April 9, could"
    " face up to 10 years.",
]


SECOND_ROUND = [
    "Hale, who was 23 when he stabbed Liam Brooke, was jailed on Friday, seven months after the"
    " attack on August 23.",
    "Jordan Doyle was jailed for four years on February 5 at Leeds Crown Court for his part in the"
    " attack on Liam Brooke.",
    "Hale and Doyle were sentenced at Leeds Crown Court on different days: Doyle in February and"
    " Hale on Friday.",
    "The maximum sentence for manslaughter is life, but Hale was sentenced to 11 years.",
    "Hale could face up to three more years if he breaches his licence after release.",
    "With 201 days already served on remand, Hale will be eligible for release on licence in 2034.",
    "Hale's earlier convictions include a 2019 wounding in Keighley, for which he was sentenced to"
    " 18 months.",
    "Hale was first jailed at the age of 17, in 2020, for robbery.",
    "Liam's sister, Chloe Brooke, said: \"He was stabbed on a Sunday night, and on Friday the man"
    ' who killed him got 11 years."',
    "Judge Whitcombe said she had read a statement from Liam's mother, who wrote: \"Our son was"
    ' killed for nothing."',
    "Hale did not stab Liam Brooke in self-defence, the judge ruled, rejecting his account.",
    "The court heard Hale was not jailed in 2023 when he breached a restraining order, receiving a"
    " community order instead.",
    "A date for Hale's appeal has not been set, but his lawyers expect it to be heard at the Court"
    " of Appeal in London in the autumn.",
    "Brooke's killing on August 23 was the third fatal stabbing in Bradford in 2026.",
    "Hale was remanded in custody at Leeds Magistrates' Court on August 26, three days after the"
    " stabbing.",
    "Connor Hale, pictured in a police photograph released after he was jailed on Friday",
    "In sentencing Hale, Judge Whitcombe quoted the victim's mother: \"We will never see him grow"
    ' old."',
    "Hale, who has 17 previous convictions, was jailed for 11 years; Doyle, who has two, was jailed"
    " for four.",
    "The jury took nine hours to acquit Hale of murder and convict him of manslaughter at Leeds"
    " Crown Court in January.",
    "Hale will serve at least seven years and four months before he is eligible for parole, and the"
    " rest on licence.",
]


THIRD_ROUND = [
    "Hale, jailed for 11 years on Friday, had been on bail for six weeks in 2025 over an unrelated"
    " assault.",
    "The sentence of 11 years means Hale, who has served 201 days, could be released in 2034.",
    "Hale was sentenced to 11 years, three less than the 14 years the prosecution sought.",
    "Hale's 17 previous convictions span 30 offences committed between 2017 and 2025.",
    "Hale, who had nine previous convictions by the age of 18, now has 17.",
    "Doyle, who has three previous convictions, was jailed for four years.",
    "On August 23 last year, Hale stabbed Liam Brooke once in the chest outside the Sun Inn in"
    " Bradford.",
    "Exactly 201 days after he stabbed Liam Brooke, Hale was jailed at Leeds Crown Court.",
    "The judge said that a man who stabbed a teenager in Halifax in 2024 was jailed for 12 years.",
    "Hale was jailed for 11 years, and will serve two-thirds of it, the Crown Prosecution Service"
    " said on Friday.",
    'Karen Brooke read a statement in court on Thursday: "The day Liam was stabbed, August 23, is'
    ' the day our lives ended."',
    "Hale was due to be sentenced on March 5, but the hearing was adjourned for a week for a"
    " psychiatric report.",
    "Hale was jailed for 11 years; had he been convicted of murder, he would have faced a life"
    " sentence with a minimum term of at least 25 years.",
    "Hale was not sentenced until Friday because a psychiatric report was delayed.",
    "The case was heard at Leeds Crown Court because Bradford Crown Court was closed for repairs.",
    "Brooke was the 14th person to be killed with a knife in West Yorkshire in 2026.",
    "Hale appeared by video link from HMP Leeds, where he has been held since August 25.",
    "Three of Hale's 17 previous convictions were for carrying a knife, the court heard.",
    "Judge Whitcombe, who jailed a man for 10 years for a stabbing in Leeds in 2023, said the law"
    " allowed her no more.",
    "Liam Brooke's parents, Karen and Paul, sat in the public gallery as Hale was jailed.",
]


FOURTH_ROUND = [
    "Man jailed for 11 years over Bradford stabbing",
    "Connor Hale: jailed for manslaughter of Liam Brooke, 19",
    "Hale, of Holme Wood, Bradford, was jailed at Leeds Crown Court on Friday.",
    "Hale was given 11 years, not the life sentence Liam's family had called for.",
    "Hale was jailed for 11 years and Doyle for four.",
    "Hale was sentenced on Friday to 11 years, of which he will serve up to seven years and four"
    " months in custody.",
    "Hale had been jailed twice before, in 2020 and 2022.",
    "Hale's 17 previous convictions include 11 for theft.",
    "The judge added nine months to Hale's sentence for a separate assault on a prison officer in"
    " December.",
    "Hale has been in custody since August 25, two days after he stabbed Liam Brooke.",
    "At Leeds Crown Court on Friday, Hale stood with his head bowed as he was jailed.",
    'Judge Whitcombe described Doyle, who was jailed in February, as "a follower, not a leader".',
    'Paul Brooke told the BBC: "My son was stabbed on August 23 and we buried him on September'
    ' 11."',
    "Hale was jailed for 11 years on Friday - the day Liam Brooke would have turned 20.",
    "Liam Brooke was stabbed in Bradford seven months before Hale was jailed in Leeds.",
    "Hale will appeal, his solicitor said, and the Court of Appeal is expected to hear the case on"
    " June 8 in London.",
    "Two other men arrested after the stabbing in Bradford were released without charge in"
    " September.",
    "Hale was jailed in 2027 for a crime he committed in 2026.",
    "The court heard that Hale had been jailed in Leeds in 2022 for 16 months.",
    "Hale, sentenced to 11 years at Leeds on Friday, is expected to be moved to HMP Wakefield next"
    " week.",
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND)
def test_a_sentencing_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, SENTENCING, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Connor Hale was jailed at Leeds Crown Court on Thursday.", {"sentenced:when"}),
    ("Hale stabbed Liam Brooke in Leeds.", {"killing:where"}),
    ("Hale has 12 previous convictions.", {"convictions:count"}),
    (
        'Judge Whitcombe told Hale: "You took a gun into a crowded street and a young man paid for'
        ' that choice with his life."',
        {"judge-quote:quote"},
    ),
]


SECOND_ROUND_CONTRADICTIONS = [
    ("Hale, who has 15 previous convictions, was jailed on Friday.", {"convictions:count"}),
    ("Hale stabbed Liam Brooke in Bradford on Saturday, August 22.", {"killing:when"}),
]


THIRD_ROUND_CONTRADICTIONS = [
    ("Hale, who was jailed on Friday, has 19 previous convictions.", {"convictions:count"}),
    ("Hale stabbed Liam Brooke in Bradford on August 24.", {"killing:when"}),
    ("Connor Hale was sentenced at Leeds Crown Court on March 11.", {"sentenced:when"}),
]


FOURTH_ROUND_CONTRADICTIONS = [
    (
        "Hale, who stabbed Liam Brooke in Bradford on August 16, was jailed on Friday.",
        {"killing:when"},
    ),
    (
        'Judge Whitcombe said: "You took a knife into a crowded street and a young man paid for'
        ' that choice with his freedom."',
        {"judge-quote:quote"},
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    CONTRADICTIONS
    + SECOND_ROUND_CONTRADICTIONS
    + THIRD_ROUND_CONTRADICTIONS
    + FOURTH_ROUND_CONTRADICTIONS,
)
def test_a_wrong_value_of_the_sentencing_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SENTENCING, PUBLISHED) == expected


MISSED = [
    # a term after a phrase that ends in its preposition, the years standing in the fact's note:
    # the count check reads the number before the phrase (write `jailed for years`)
    "Connor Hale was jailed for 13 years.",
    # a court named by the city of the killing, another fact's place of the same person: that
    # fact's event may be told, so the place is not judged
    "Connor Hale was jailed at Bradford Crown Court on Friday.",
    # a day past the term and the court: a place and a date after a term of years are not read
    "Hale was jailed for 11 years at Leeds Crown Court on Wednesday.",
]


@pytest.mark.parametrize("text", MISSED)
def test_contradictions_still_missed(text: str) -> None:
    assert clashes_on(text, SENTENCING, PUBLISHED) == set()
