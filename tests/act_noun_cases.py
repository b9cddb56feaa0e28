"""Invented cases: a noun of the act standing for the fact's verb, with its owner as the doer
(`Leeds's 24-12 win over Castleford on Saturday` for `beat Castleford`; `Kim's arrival in
Vladivostok`; `The recall covers 1.2 million cars`), and the doer named only as the closing
source of a sentence whose own subject is the act (`Fifty-one jobs will go, the company
said`). Each row: story, sentence, the status expected, the `fact:slot` clashes expected.
Rows with status "omitted" or no clash must raise no contradiction."""

from __future__ import annotations

import datetime as dt

RUGBY = """
story: leeds-castleford
date: 2025-05-10
about: [leeds]
entities:
  leeds:
    name: Leeds Rhinos
    aliases: [Leeds, the Rhinos]
    kind: team
  castleford:
    name: Castleford Tigers
    aliases: [Castleford]
    kind: team
  wigan:
    name: Wigan Warriors
    aliases: [Wigan]
    kind: team
places: {}
facts:
  - id: beat
    who: leeds
    what: [beat Castleford]
    when: 2025-05-10
"""
RUGBY_PUBLISHED = dt.date(2025, 5, 12)  # a Monday: Saturday is the 10th, Friday the 9th

SUMMIT = """
story: kim-vladivostok
date: 2023-09-12
about: [kim]
entities:
  kim:
    name: Kim Jong Un
    aliases: [Kim]
    kind: person
  putin:
    name: Vladimir Putin
    aliases: [Putin]
    kind: person
places:
  russia: {name: Russia}
  vladivostok: {name: Vladivostok, in: russia}
  moscow: {name: Moscow, in: russia}
facts:
  - id: arrived
    who: kim
    what: [arrived in Vladivostok]
    where: vladivostok
    when: 2023-09-12
"""
SUMMIT_PUBLISHED = dt.date(2023, 9, 13)  # a Wednesday: Tuesday is the 12th

RECALL = """
story: valdor-recall
date: 2025-10-07
about: [valdor]
entities:
  valdor:
    name: Valdor Motors
    aliases: [Valdor]
    kind: organisation
    mention_only: [the carmaker]
  norda:
    name: Norda Automotive
    aliases: [Norda]
    kind: organisation
places: {}
facts:
  - id: vehicles
    who: valdor
    what: [recalled cars, recalling cars]
    count: 1200000
"""
RECALL_PUBLISHED = dt.date(2025, 10, 8)
TOLD = "Owners are being told to return their cars after the carmaker announced a recall. "

CUTS = """
story: brightwell-cuts
date: 2025-06-03
about: [brightwell]
entities:
  brightwell:
    name: Brightwell Foods
    aliases: [Brightwell]
    kind: organisation
    mention_only: [the company, the firm]
  unite:
    name: Unite
    aliases: [the union]
    kind: organisation
  reid:
    name: Morag Reid
    aliases: [Ms Reid]
    kind: person
places: {}
facts:
  - id: jobs
    who: brightwell
    what: [cut jobs, jobs will go]
    count: 51
"""
CUTS_PUBLISHED = dt.date(2025, 6, 4)

ARRESTS = """
story: leeds-arrests
date: 2025-02-02
about: [police]
entities:
  police:
    name: West Yorkshire Police
    aliases: [police]
    kind: organisation
places: {}
facts:
  - id: arrests
    who: police
    what: [arrested, arrests]
    count: 3
"""
ARRESTS_PUBLISHED = dt.date(2025, 2, 3)

CLUB = """
story: harbour-city-departures
date: 2025-06-30
about: [club]
entities:
  club:
    name: Harbour City FC
    aliases: [Harbour City]
    kind: team
    mention_only: [the club]
places: {}
facts:
  - id: leaving
    who: club
    what: [players will leave]
    count: 2
"""
CLUB_PUBLISHED = dt.date(2025, 7, 1)

W = {"beat:when"}
A_WHEN = {"arrived:when"}
A_WHERE = {"arrived:where"}
C = {"vehicles:count"}
J = {"jobs:count"}

ACT_NOUNS = [
    # (a) a noun of winning for a fact of beating, its owner the doer
    (RUGBY, "Leeds moved top after Saturday's 24-12 win over Castleford.", "consistent", set()),
    (RUGBY, "Leeds moved top after Friday's 24-12 win over Castleford.", "contradicted", W),
    (RUGBY, "Leeds's win over Castleford on Saturday lifted them top.", "consistent", set()),
    (RUGBY, "Leeds's 24-12 victory over Castleford on Friday lifted them top.", "contradicted", W),
    (RUGBY, "Leeds secured a 24-12 win over Castleford on Friday.", "contradicted", W),
    (RUGBY, "Leeds cruised to a 30-6 victory over Castleford on Saturday.", "consistent", set()),
    (
        RUGBY,
        "The Rhinos' win over Castleford on Friday was their fifth in a row.",
        "contradicted",
        W,
    ),
    (
        RUGBY,
        "Leeds's win over Castleford on Saturday was their first since 2019.",
        "consistent",
        set(),
    ),
    # another owner, a possible or wanted win, a denial, another occasion: not judged
    (RUGBY, "Wigan's win over Castleford on Friday lifted them above Leeds.", "omitted", set()),
    (RUGBY, "Leeds moved top after Wigan's win over Castleford on Friday.", "omitted", set()),
    (RUGBY, "Leeds could go top with a win over Castleford on Friday.", "omitted", set()),
    (RUGBY, "A win over Castleford on Friday would send Leeds top.", "omitted", set()),
    (RUGBY, "Leeds need a win over Castleford on Friday.", "omitted", set()),
    (RUGBY, "Leeds have not had a win over Castleford since 2019.", "omitted", set()),
    (RUGBY, "Leeds's previous win over Castleford came on Friday, 2 May.", "omitted", set()),
    (RUGBY, "Leeds's two wins over Castleford this season came in March.", "omitted", set()),
    (RUGBY, "Leeds won over the Castleford fans on Friday.", "omitted", set()),
    (RUGBY, "Castleford's win over Leeds on Friday stunned the league.", "omitted", set()),
    # (a) a noun of arriving, its owner the doer
    (SUMMIT, "Kim's arrival in Vladivostok on Tuesday was broadcast.", "consistent", set()),
    (SUMMIT, "Kim's arrival in Vladivostok on Monday was broadcast.", "contradicted", A_WHEN),
    (SUMMIT, "Kim's arrival in Moscow on Tuesday was broadcast.", "contradicted", A_WHERE),
    (SUMMIT, "Monday's arrival of Kim in Vladivostok was broadcast.", "contradicted", A_WHEN),
    (SUMMIT, "Tuesday's arrival of Kim in Vladivostok was broadcast.", "consistent", set()),
    (SUMMIT, "The arrival of Kim's envoy in Vladivostok on Monday was filmed.", "omitted", set()),
    (SUMMIT, "Putin awaited Kim's arrival in Vladivostok on Monday.", "consistent", set()),
    (SUMMIT, "Kim's arrival in Vladivostok could come on Monday.", "consistent", set()),
    (SUMMIT, "Kim's last arrival in Vladivostok was in 2019.", "omitted", set()),
    (SUMMIT, "Putin's arrival in Vladivostok on Monday was broadcast.", "omitted", set()),
    # (a) a noun of recalling as the subject of a verb of extent
    (RECALL, TOLD + "The recall covers 2.1 million cars.", "contradicted", C),
    (RECALL, TOLD + "The recall covers 1.2 million cars.", "consistent", set()),
    (RECALL, "Valdor's recall affects 2.1 million cars.", "contradicted", C),
    (RECALL, "Valdor's recall involves 1.2 million cars.", "consistent", set()),
    (RECALL, "Norda's recall covers 2.1 million cars.", "omitted", set()),
    (RECALL, TOLD + "The recall could cover 2.1 million cars.", "omitted", set()),
    (
        RECALL,
        "Rival Norda announced a recall last week. The recall covers 2.1 million cars.",
        "omitted",
        set(),
    ),
    (RECALL, "Valdor's recall covers 2.1 million cars and 300 vans.", "contradicted", C),
]

SOURCES = [
    # (b) the doer named only as the closing source, the sentence's subject its own act
    (CUTS, "Fifty-one jobs will go, the company said.", "consistent", set()),
    (CUTS, "Sixty jobs will go, the company said.", "contradicted", J),
    (CUTS, "Sixty jobs will go, Brightwell said on Tuesday.", "contradicted", J),
    (CUTS, "Sixty jobs will go, according to Brightwell.", "contradicted", J),
    (CLUB, "Two players will leave, the club said.", "consistent", set()),
    (CLUB, "Three players will leave, Harbour City said.", "contradicted", {"leaving:count"}),
    (RECALL, "The recall covers 2.1 million cars, Valdor said.", "contradicted", C),
    # another source, another company named, a person as source, no act as subject: not judged
    (CUTS, "Sixty jobs will go, the union said.", "omitted", set()),
    (CUTS, "Sixty jobs will go at Unite's printing arm, the company said.", "omitted", set()),
    (CUTS, "Sixty jobs will go, Ms Reid said.", "omitted", set()),
    (CUTS, "Sixty jobs will go, the company's chief executive said.", "omitted", set()),
    (
        CUTS,
        "Staff were told on Monday that sixty jobs will go, the company said.",
        "omitted",
        set(),
    ),
    (CUTS, "Sixty jobs could go, the company said.", "omitted", set()),
    (RECALL, "The recall covers 2.1 million cars, Norda said.", "omitted", set()),
    (ARRESTS, "Five men were arrested, police said.", "omitted", set()),
    (ARRESTS, "Five men were arrested on Sunday, police said.", "omitted", set()),
]

PUBLISHED = {
    RUGBY: RUGBY_PUBLISHED,
    SUMMIT: SUMMIT_PUBLISHED,
    RECALL: RECALL_PUBLISHED,
    CUTS: CUTS_PUBLISHED,
    ARRESTS: ARRESTS_PUBLISHED,
    CLUB: CLUB_PUBLISHED,
}

SHARES = "Valdor shares fell 4% on Tuesday. "
CARRIED = [
    # a noun of the act opening a sentence that names no one, the sentence before naming only
    # the fact's `who` (an organisation) without telling the act
    (RECALL, SHARES + "The recall covers 2.1 million cars.", "contradicted", C),
    (
        RECALL,
        SHARES + "The recall, covering 1.2 million cars, follows 14 crashes.",
        "consistent",
        set(),
    ),
    (
        RECALL,
        "Valdor has been fined twice. The recall of 2.1 million cars follows 14 crashes.",
        "contradicted",
        C,
    ),
    # another organisation, two of them, a person, no one, two sentences back: not judged
    (
        RECALL,
        "Norda shares fell 4% on Tuesday. The recall covers 2.1 million cars.",
        "omitted",
        set(),
    ),
    (RECALL, "Valdor and Norda shares fell. The recall covers 2.1 million cars.", "omitted", set()),
    (RECALL, "Shares fell 4%. The recall covers 2.1 million cars.", "omitted", set()),
    (RECALL, SHARES + "Traders sold. The recall covers 2.1 million cars.", "omitted", set()),
    (RECALL, SHARES + "A second recall covers 2.1 million cars.", "omitted", set()),
    (RECALL, SHARES + "The recall could cover 2.1 million cars.", "omitted", set()),
]

PIES = """
story: brightwell-pies
date: 2025-06-03
about: [brightwell]
entities:
  brightwell:
    name: Brightwell Foods
    aliases: [Brightwell]
    kind: organisation
  norda:
    name: Norda Foods
    aliases: [Norda]
    kind: organisation
places: {}
facts:
  - id: jobs
    who: brightwell
    what: [cut jobs, jobs will go]
    count: 51
"""
PUBLISHED[PIES] = CUTS_PUBLISHED
MAKES = "Brightwell makes pies in Leeds. "
REFERRED_SOURCES = [
    # the doer's kind as the closing source (`the company said`), the story naming no such
    # description: the last organisation named in the two sentences before
    (PIES, MAKES + "Sixty jobs will go, the company said.", "contradicted", J),
    (PIES, MAKES + "Fifty-one jobs will go, the firm said on Tuesday.", "consistent", set()),
    (PIES, MAKES + "Staff met. Sixty jobs will go, the company said.", "contradicted", J),
    # another organisation named last, none, no act as subject, another source: not judged
    (PIES, "Norda makes pies in Leeds. Sixty jobs will go, the company said.", "omitted", set()),
    (PIES, MAKES + "Norda is a rival. Sixty jobs will go, the company said.", "omitted", set()),
    (PIES, "Sixty jobs will go, the company said.", "omitted", set()),
    (PIES, MAKES + "Staff heard that sixty jobs will go, the company said.", "omitted", set()),
    (PIES, MAKES + "Sixty jobs will go, a union official said.", "omitted", set()),
    (PIES, MAKES + "Sixty jobs will go, the company's owner said.", "omitted", set()),
]
