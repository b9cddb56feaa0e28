"""Case table of false alarms looked for in an invented story told as a chess world championship
report (a player who won the title in a city on a date, his age, the games he won in the match,
his prize money, his words): the match score and other players' games won, the games' numbers and
the decisive game's moves, earlier champions with their own ages, years and cities, the loser's
own title and defence, the prize fund shared between the two, a rating and a world ranking, the
share of games won, a bookmakers' and a poll's forecast, `did not become world chess champion
overnight`, the champion's other words of another day, an embedded post, a caption. The facts were
written first (`factcheck validate` advised naming this championship in the phrase rather than
`won the world championship`, and saying what was counted rather than `points`; the facts were
written that way), then the sentences that state nothing contrary to them (``FIRST_RUN``) and
those that state a wrong value for the fact's own event (``CONTRADICTIONS``), all before the
checker first ran on them.

First run (at 7000bcb): 1 false contradiction in 100 cells (20 sentences, each checked against
the story's five facts), and all 5 contradictions caught on their slot. The false one: a denial
whose scope is an adverb of time after the phrase (`Ferreyra did not become world chess champion
overnight: he lost the 2025 Candidates Tournament ...`), read as denying that he became champion.
It is now left unjudged by its own rule (tables below): a word of pace or ease after the denied
phrase, in its clause (`overnight`, `immediately`, `quickly`, `easily`, `lightly`, `straight away`,
`at once`), is what the denial is of, as `since` and `at the first attempt` already were
(``DENIED_PACE``; the word past a comma or a clause word, another complement, or none is judged,
``DENIALS_JUDGED``). A second, harder round (``SECOND_ROUND``) was written and committed after
this rule, before the checker ran on it.

Second round (at b2b8934): 1 false contradiction in 100 cells. The false one: a count told in
parts (`Ferreyra won one game in the first week and three more in the last two`), its first
part read as the games he won. It is now left unjudged by its own rule (tables below): a count
inside the phrase is a part when `and` and a number with `more` follow it, with no subject or
verb of their own, at most the phrase's own noun and a phrase of time, place or manner before
the clause ends (``PARTS``); the parts already read so for a count before the phrase (a day or
a time after the later number: `and three more on Tuesday`) are now read so for one inside it
too. A subject or a verb after `and`, another noun after `more`, or no later number is judged
(``PARTS_JUDGED``). Two parts whose sum is not the fact's count are not judged (``MISSED``).
A third round (``THIRD_ROUND``) was written and committed after this rule, before the checker
ran on it: no false contradiction in 100 cells (at 8fee91c). A fourth round (``FOURTH_ROUND``)
was written and committed after it, before the checker ran on it.

Fourth round (at 732c504): 2 false contradictions in 100 cells. The false ones: the games won at
another event with the fact's own told after `and` with no verb (`Ferreyra, who won eight games in
the Candidates and four in Lisbon`), and a sum told of another subject with the `who` named only
in the next clause (`Each player was guaranteed €1.15m in prize money, and Ferreyra won €200,000
more`). Each is now left unjudged: the later number right after `and` may go without `more` when
a phrase of place or time follows it to its clause's end (``PARTS``; neither `more` nor such a
phrase, or another noun, is judged, ``PARTS_JUDGED``); and a `who` named only after the phrase,
opening the next clause after a semicolon or a conjunction, is that clause's subject, so a number
before the phrase, after its own clause's subject and verb, is not its count
(``SUBJECTS_OF_THE_NEXT_CLAUSE``; a `who` after the phrase in its own clause, `went to
Ferreyra`, `was won by Ferreyra`, or before it, or a number opening its clause, is judged,
``SUBJECTS_JUDGED``). A fifth round (``FIFTH_ROUND``) was written and committed after these
rules, before the checker ran on it.

Fifth round (at 56e8066): 1 false contradiction in 100 cells. The false one: a share of a pool
(`Ferreyra won 4 of the 14 games and €1.35m of the €2.5m in prize money`), the pool read as the
whole after a partitive and so as his prize money. It is now left unjudged by its own rule
(tables below): an amount of money after a smaller one in the same currency and `of (the)` is
the pool the share was taken from (``POOLS``; a part that is no amount, `all of`, or no part is
judged, ``POOLS_JUDGED``). A share that is not the fact's amount is then missed (``MISSED``).
A sixth round (``SIXTH_ROUND``) was written and committed after this rule, before the checker
ran on it.

Sixth round (at d00199e): 1 false contradiction in 100 cells. The false one: another player's
title in a time clause after the fact's (`Ferreyra won the world chess championship in Lisbon on
11 December 2027, the same day Ju Wenjun won the women's world chess championship in
Shanghai`), read as Ferreyra's with Shanghai for its place. It is now left unjudged by its own
rule (tables below): a time clause (`, the same day`, `until`, `by the time`, ...) whose own
subject is a capitalised name the story does not know, right before the phrase, makes the
phrase that name's act, as one opened by a determiner (`the same day a worker fell`) already
did (``SUBJECTS_OF_A_TIME_CLAUSE``; the fact's `who` as that subject, or the phrase before the
clause, is judged, ``TIME_CLAUSES_JUDGED``). A seventh round (``SEVENTH_ROUND``) was written
and committed after this rule, before the checker ran on it.

Seventh round (at f7f0a01): 1 false contradiction in 100 cells. The false one: an age of a
place whose relative clause names the champion (`The cafe in Rosario where Ferreyra learned the
game is 112 years old`), read as his age. It is now left unjudged by its own rule (tables
below): a name in a relative clause (`where`, `that`, `which`, `whom`, `when`) about the noun
that opens the sentence after a determiner, with a verb of being past the clause's own words
before the phrase, is not the phrase's subject (``SUBJECT_S_RELATIVES``; a verb of being right
after the name, an age beside it, or the phrase inside the relative clause is judged,
``RELATIVES_JUDGED``). An aside in commas after the relative clause (`The club where Ferreyra
played, he said, is 90 years old`) is still read as the name's. An eighth round
(``EIGHTH_ROUND``) was written and committed after this rule, before the checker ran on it.

Eighth round (at 9b7b6e8): 2 false contradictions in 100 cells. The false ones: a correction's
account of an earlier version with a decimal amount in it (`An earlier version of this article
said Ferreyra won €1.5m in prize money`), whose retracted span ended at the decimal point; and
a career total (`Ferreyra has now won €2.1m in prize money in his career`). Each is now left
unjudged: a decimal point no longer ends a correction's account (``RETRACTED_AMOUNTS``); and a
count told over the subject's career, after the phrase in its clause or opening the sentence,
with or without a comma (`In his career,`), is a total over every occasion, the fact's among them
(``CAREER_TOTALS``; the career past a comma or a clause word, or none, is judged, and a
correction's account still ends at a semicolon, ``CAREERS_JUDGED``). A ninth round
(``NINTH_ROUND``) was written and committed after these rules, before the checker ran on it.

Ninth round (at c241444): 1 false contradiction in 100 cells. The false one: the prize of a
player's helper (`Ferreyra's second, the Serbian Dusan Ilic, won €50,000 in prize money`), read
as the champion's. It is now left unjudged: `second` before a comma, and `trainer` and
`mentor`, are ties of a person to the owner, as `coach` already was (``HELPERS``; `second`
before a noun is an ordinal, judged, ``HELPERS_JUDGED``). An ordinal right before a verb stands
for a noun, the owner's (`Ferreyra's second won €50,000`, `Quinlan's first went to number one`),
whose act it is (``HELPERS``). An aside of saying after the relative clause about the opening noun
(`The club where Ferreyra played, he said, is 90 years old`) leaves it the noun's predicate
(``SUBJECT_S_RELATIVES``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MATCH = """story: ferreyra-world-chess-championship
date: 2027-12-11
about: [ferreyra]
entities:
  ferreyra: {name: Mateo Ferreyra, aliases: [Ferreyra], kind: person}
  halonen: {name: Viktor Halonen, aliases: [Halonen], kind: person}
places:
  portugal: {name: Portugal, country: PT}
  lisbon: {name: Lisbon, in: portugal}
facts:
  - id: title
    who: ferreyra
    what: [won the world chess championship, became world chess champion,
      became the world chess champion]
    where: lisbon
    when: 2027-12-11
  - id: age
    who: ferreyra
    what: [year-old, years old]
    count: 21
  - id: games-won
    who: ferreyra
    what: [games won, won games]
    count: 4
  - id: prize
    who: ferreyra
    what: [prize money, in prize money]
    count: 1350000
    unit: €
  - id: ferreyra-quote
    who: ferreyra
    quote: I have waited for this since I was a boy playing in the cafes of Rosario
"""
PUBLISHED = dt.date(2027, 12, 12)  # a Sunday: the title was won on Saturday, December 11

FIRST_RUN = [
    "Mateo Ferreyra won the world chess championship in Lisbon on Saturday, beating Finland's"
    " Viktor Halonen by 7.5 points to 6.5 after winning the 14th and final game.",
    "Ferreyra, 21, is the second-youngest world champion after Gukesh Dommaraju, who was 18 when"
    " he became world chess champion in Singapore in 2024.",
    "Ferreyra won games 2, 7, 9 and 14, Halonen won games 5, 6 and 11, and the other seven games"
    " were drawn.",
    "Halonen won three games, and had not lost a game with the white pieces since the Candidates"
    " Tournament of 2022.",
    "The Argentine takes €1.35m of the €2.5m prize fund, with the remaining €1.15m going to"
    " Halonen.",
    'Halonen, 34, said: "I had my chances in game 12 and I did not take them."',
    "Halonen became world chess champion in Chennai in 2023 and defended the title in Dubai in"
    " 2025, when he won five games.",
    "Mateo Ferreyra celebrates with his coach in Lisbon on Saturday night after winning game 14"
    " (Photo: FIDE/Ana Sousa)",
    "Congratulations to Mateo Ferreyra, the 19th world chess champion! pic.twitter.com/xk29Lq —"
    " FIDE (@FIDE_chess) December 11, 2027",
    "Ferreyra first played in Lisbon in 2019, when as a 13-year-old he won the world under-14"
    " championship there.",
    "He is ranked second in the world with a rating of 2,811, and gained nine rating points from"
    " the match.",
    "Bookmakers had made Halonen the 4-6 favourite, and a poll of 40 grandmasters predicted he"
    " would win five games to Ferreyra's two.",
    "Ferreyra won the Candidates Tournament in Toronto in April, winning eight games there.",
    "The match began on November 20 with a 31-move draw, and Ferreyra's first win came in game 2"
    " on November 21.",
    "FIDE's president, Ilse Marangoni, said: \"Lisbon has given us the best match in twenty"
    ' years."',
    "Ferreyra did not become world chess champion overnight: he lost the 2025 Candidates"
    " Tournament in Madrid before winning it in Toronto in April.",
    "Ferreyra won 29% of his games in the match, against Halonen's 21%.",
    "He is the first Latin American world champion since José Raúl Capablanca, who lost the title"
    " to Alexander Alekhine in Buenos Aires in 1927.",
    'Ferreyra told reporters after game 13 on Thursday: "I am not thinking about the title, only'
    ' about Saturday."',
    "Ferreyra, who was 17 when he earned the grandmaster title in 2023, won game 14 in 57 moves"
    " after Halonen blundered on move 41.",
]


SECOND_ROUND = [
    "Ferreyra, who was born in Rosario, Argentina, won the world chess championship in the"
    " Portuguese capital on Saturday.",
    "Halonen won games 5 and 6 back to back to take the lead, and won game 11 to level the match.",
    "Ferreyra, then 19, won the world junior championship in Mamaia in 2025 with eight games won"
    " and three drawn.",
    "The 21-year-old's €1.35m in prize money is less than the €1.5m Halonen won in Dubai in 2025.",
    "Halonen, 34, earned €1.15m in prize money, €350,000 less than when he defended the title.",
    "Ferreyra's grandfather, Hugo, 78, taught him the moves in Rosario when he was five years old.",
    'Ferreyra said on Saturday: "I have waited for this since I was a boy playing in the cafes of'
    ' Rosario."',
    'Asked in October whether he could beat Halonen, Ferreyra said: "Ask me in December."',
    "Ferreyra became world chess champion in Lisbon on Saturday, 42 years after Garry Kasparov"
    " became world chess champion in Moscow aged 22.",
    "The title was decided on Saturday, December 11; game 13 on Thursday had been drawn in 38"
    " moves.",
    "Only four players have become world chess champion before turning 23: Gukesh, Kasparov,"
    " Magnus Carlsen and now Ferreyra.",
    "Halonen, who became world chess champion in 2023 at 30, had not lost a match since.",
    "Ferreyra will defend the title in 2029, when he will be 23 years old.",
    "Ferreyra did not win a single game with the black pieces, winning all four games with white.",
    "Ferreyra won one game in the first week and three more in the last two.",
    "Halonen won three games to Ferreyra's four.",
    "Ferreyra, 21, and Halonen, 34, shake hands before game 14 in Lisbon on Saturday (Reuters)",
    "The prize fund was split 54% to 46%, so Ferreyra receives €1.35m and Halonen €1.15m in prize"
    " money.",
    "In 2021, Ferreyra, then 15 years old, won €5,000 in prize money at the Rosario Open.",
    "Ferreyra became world chess champion 12 years after he learned the game, and four years"
    " after he became a grandmaster.",
]


THIRD_ROUND = [
    "Ferreyra, who became world chess champion on Saturday, will play at Wijk aan Zee in the"
    " Netherlands in January.",
    "A day after he became world chess champion in Lisbon, Ferreyra flew home to Buenos Aires on"
    " Sunday.",
    "Ferreyra's coach, the 52-year-old Serbian grandmaster Dusan Ilic, won the world senior"
    " championship in 2024.",
    "At 21 years and 11 months old, Ferreyra is three years older than Gukesh was when he won the"
    " title.",
    "Halonen, a 34-year-old from Espoo, became world chess champion in Chennai in 2023, aged 30.",
    "Ferreyra won €1.35m (£1.16m) in prize money, while the loser's €1.15m (£990,000) was the most"
    " Halonen had earned from a match he lost.",
    "The 2025 match in Dubai paid €1.5m in prize money to the winner, Halonen, and €1m to"
    " Ferreyra's compatriot Lucas Mendez.",
    "Ferreyra won his games in 41, 57, 63 and 88 moves.",
    "Of the four games Ferreyra won, three came with the white pieces.",
    "Ferreyra has won 11 of his 23 classical games against Halonen since 2022.",
    "Ferreyra won four games, the most by a challenger since Kasparov won five games against"
    " Karpov in 1985.",
    'On Saturday, Ferreyra told the Argentine daily Clarín: "I have waited for this since I was a'
    ' boy playing in the cafes of Rosario."',
    '"I have waited for this," Ferreyra said, "since I was a boy playing in the cafes of Rosario."',
    "Argentina's president posted on X on Saturday: 'Mateo Ferreyra, 21 years old and world"
    " champion. Rosario and all of Argentina celebrate!'",
    "Ferreyra, who turns 22 on January 3, became world chess champion on Saturday.",
    "Lisbon last hosted a world championship match in 1998, when Halonen was five years old.",
    "Had Ferreyra drawn game 14, the match would have gone to rapid tiebreaks on Monday.",
    "Ferreyra scored 53.6% in the match, and Halonen 46.4%.",
    "Halonen was 30 and Ferreyra 17 when they first met, at the Olympiad in Budapest in 2023.",
    "Ferreyra won the world chess championship; Halonen won the world rapid championship in"
    " Samarkand two weeks earlier, winning nine games.",
]


FOURTH_ROUND = [
    "Ferreyra became world chess champion in Lisbon on Saturday, and Halonen became world chess"
    " champion in Chennai on April 30, 2023.",
    "Ferreyra won game 14 on Saturday; game 13, on Thursday, had been Halonen's last chance to win"
    " a fourth game.",
    "Ferreyra, 21, won four games; Halonen, 34, won three; seven were drawn.",
    "In Rosario, where Ferreyra was born 21 years ago, crowds gathered in the Plaza 25 de Mayo.",
    "The match's prize fund of €2.5m was the same as in 2025, when Halonen took €1.5m in prize"
    " money.",
    "Ferreyra won the deciding game, his fourth win, after 57 moves and five hours and 12 minutes.",
    "Ferreyra, the world No 2, was 12 when he first beat a grandmaster, and 21 when he beat the"
    " world champion.",
    "Halonen, who had won 3 of the first 11 games, did not win any of the last three.",
    "Ferreyra did not lose a game with white, and won all four of his games with it.",
    '"I did not become world chess champion alone," Ferreyra said, thanking his grandfather.',
    "Ferreyra won €1.35m in prize money — about 40 times what he won in the whole of 2024.",
    "Each player was guaranteed €1.15m in prize money, and Ferreyra won €200,000 more for winning.",
    "Ferreyra was born in Rosario on January 3, 2006, and became world chess champion in Lisbon"
    " on December 11, 2027.",
    "Ferreyra (left), 21, and his grandfather Hugo, 78, in Rosario in 2019 (Family handout)",
    "The last man to become world chess champion in Europe before Saturday was Halonen's"
    " predecessor, who won in London in 2021.",
    "Ferreyra, who won eight games in the Candidates and four in Lisbon, is unbeaten with white"
    " in 2027.",
    "Asked whether he had become world chess champion too young, Ferreyra, 21, laughed.",
    "Ferreyra won more games than Halonen, two of them in the second half of the match.",
    "Ferreyra's four games won are one fewer than Halonen won in Dubai two years ago.",
    "Ferreyra won the world chess championship in Lisbon on Saturday, not on Thursday as some"
    " reports said.",
]


FIFTH_ROUND = [
    "Ferreyra is 21 years old; Halonen was 30 years old when he won the title, and Gukesh 18.",
    "The 21-year-old Argentine, whose father is 52 years old, learned chess at five.",
    "Ferreyra, 21, became the world chess champion 21 days after the match began.",
    "Before the match in Lisbon, Halonen, not Ferreyra, had been expected to become world chess"
    " champion.",
    "Ferreyra became world chess champion four days after his coach's 52nd birthday, on December"
    " 7.",
    "Ferreyra won the world chess championship in Lisbon, 500km from Madrid, where he lost the"
    " Candidates in 2025.",
    "Ferreyra won the world chess championship in Portugal on Saturday.",
    "Ferreyra won the world chess championship at the Centro Cultural de Belém on Saturday.",
    "Halonen will not become world chess champion again unless he wins the 2029 Candidates.",
    "The world chess championship was won on Saturday by Ferreyra, in Lisbon, in the 14th game.",
    "The next world chess championship will be held in Chennai in November 2029, when Ferreyra"
    " will be 23.",
    'Ferreyra said: "Since I was a boy, I have dreamed of it."',
    'Ferreyra dedicated the title to his grandfather: "He taught me in the cafes of Rosario."',
    "Ferreyra's first world title came at 15, when he won the world under-16 rapid championship"
    " in Minsk in 2021.",
    "Ferreyra was born in 2006, the year Halonen, then 13, played his first rated game.",
    "Ferreyra, who won the world chess championship on Saturday, had won the world junior"
    " championship in Mamaia in 2025.",
    "Ferreyra did not win the world chess championship in 2025: Halonen beat Mendez in Dubai that"
    " year.",
    "Ferreyra won €1.35m; the champion in 1972, Bobby Fischer, won $156,250 in prize money.",
    "Ferreyra earned €1.35m in prize money, or €96,428 a game.",
    "Ferreyra won 4 of the 14 games and €1.35m of the €2.5m in prize money.",
]


SIXTH_ROUND = [
    "Ferreyra becomes world chess champion at 21",
    "LISBON (Reuters) - Argentina's Mateo Ferreyra became world chess champion on Saturday, aged"
    " 21, after beating Finland's Viktor Halonen.",
    "18:42 GMT: Halonen resigns game 14 - Ferreyra is the new world chess champion!",
    "Ferreyra pockets 1.35 million euros in prize money, Halonen 1.15 million.",
    'Ferreyra: "I have waited for this since I was a boy ... in the cafes of Rosario."',
    "Ferreyra, 21, and Gukesh, who was 18 when he became world chess champion, are the only"
    " players under 22 to hold the title.",
    "Ferreyra won the world chess championship in Lisbon on 11 December 2027, the same day Ju"
    " Wenjun won the women's world chess championship in Shanghai.",
    "The youngest player in the match, Ferreyra, won more games than the oldest, Halonen, 34.",
    "Four games won, three lost, seven drawn: Ferreyra's 7.5 points were enough.",
    "Halonen's three games won were all with black.",
    "Ferreyra won the 2026 Chess Olympiad gold with Argentina in Tashkent, winning seven games.",
    "At the closing ceremony on Sunday, Ferreyra received the trophy from Portugal's president.",
    "Ferreyra, now world chess champion, returns to Rosario on December 20.",
    "Halonen, who became world chess champion at 30, lost the title at 34 to a player 13 years"
    " younger.",
    "Ferreyra would have become world chess champion on Thursday had he won game 13.",
    "Ferreyra won €1.35m in prize money in Lisbon, after €180,000 in prize money from the"
    " Candidates in Toronto.",
    "Ferreyra's prize money, €1.35m, is taxed in Argentina at 35%.",
    "Ferreyra won the world chess championship at his first attempt.",
    "Ferreyra won the world chess championship in Lisbon but lost the world blitz championship in"
    " New York on December 30, 2026.",
    "The match, which Ferreyra won by four games to three, was the first world chess championship"
    " held in Portugal.",
]


SEVENTH_ROUND = [
    "Ferreyra, who turned 21 in January, is not yet 22.",
    "The cafe in Rosario where Ferreyra learned the game is 112 years old.",
    "Ferreyra's grandfather bought him his first chess set, now 40 years old, in 2011.",
    "At the age of 21, Ferreyra became world chess champion in Lisbon on Saturday.",
    "Ferreyra won $1.5m (€1.35m) in prize money.",
    "Ferreyra's four wins included a 29-move victory in game 9.",
    "Ferreyra won four of the 14 games and drew seven.",
    "In the 2025 Candidates, Ferreyra won three games and lost four.",
    'Halonen said of Ferreyra: "He has waited for this since he was a boy."',
    '"I have waited for this," he said. "Since I was a boy playing in the cafes of Rosario."',
    "Ferreyra, 21, was born the year Halonen, then 13, learned to play, and is 13 years younger.",
    "Ferreyra is 21 years and 342 days old.",
    "The 21-year-old's prize money, €1.35m, is more than his father earned in 30 years.",
    "Ferreyra won the world chess championship in Lisbon, Portugal's capital, on Saturday night.",
    "Ferreyra won the world chess championship in Lisbon, not in Madrid as first planned.",
    "Ferreyra, world chess champion since Saturday, played a simul against 21 children in Lisbon"
    " on Sunday.",
    "Ferreyra won the world chess championship with a 7.5-6.5 score and took home 54% of the"
    " prize fund.",
    "The Finn won three games and €1.15m in prize money; the Argentine won four and €1.35m.",
    "Neither Ferreyra, 21, nor Halonen, 34, had played a world championship match in Lisbon"
    " before.",
    "Ferreyra became world chess champion in Lisbon on Saturday — three days after he turned down"
    " an offer to play in Riyadh on Wednesday.",
]


EIGHTH_ROUND = [
    "Key facts: Ferreyra, 21; Halonen, 34; games won 4-3; prize money €1.35m to €1.15m.",
    "April 2027: Ferreyra wins the Candidates in Toronto, winning eight games.",
    "Q: How old is Ferreyra? A: He is 21.",
    "Who is Mateo Ferreyra? The 21-year-old from Rosario became world chess champion on Saturday.",
    "Correction: An earlier version of this article said Ferreyra won €1.5m in prize money; he"
    " won €1.35m.",
    "Ferreyra was reported to have won €1.5m in prize money, but FIDE said the figure was €1.35m.",
    "If Ferreyra defends the title in 2029, he will win at least €1.5m in prize money.",
    "Ferreyra has now won €2.1m in prize money in his career, €1.35m of it in Lisbon.",
    "Halonen had won €4.6m in prize money over his career before Lisbon.",
    "Ferreyra, 21, joins Gukesh, Kasparov and Carlsen as world champions who won the title before"
    " turning 23.",
    "Ferreyra has been world chess champion for less than a day.",
    "Ferreyra was the 21-year-old underdog, Halonen the 34-year-old champion.",
    "Ferreyra beat Halonen, the 2023 world chess champion, in Lisbon.",
    "It was Ferreyra's fourth game won in Lisbon that made him world chess champion.",
    "Ferreyra won more games in Lisbon (four) than in any previous classical match.",
    "Games won: Ferreyra 4, Halonen 3.",
    "Ferreyra took a 3-2 lead in games won after game 9.",
    "Halonen drew level at three games won each with his win in game 11.",
    "Ferreyra, at 21 the youngest player in the top 10, is also the youngest world champion since"
    " Gukesh.",
    "Halonen did not lose the title on time: he resigned game 14 after 57 moves.",
]


NINTH_ROUND = [
    "Ferreyra beat Halonen 7.5-6.5 to become world chess champion at 21.",
    "Aged just 21, Ferreyra is champion; at 21, Kasparov had yet to win the title.",
    "Ferreyra's 21st birthday was on January 3, when he was in Wijk aan Zee.",
    "Ferreyra became world chess champion in his 14th game against Halonen in Lisbon.",
    "The prize money — €1.35m for Ferreyra and €1.15m for Halonen — was paid by a Lisbon bank.",
    "Halonen, who won the world chess championship in Chennai in 2023, won €1.2m in prize money"
    " there.",
    "Ferreyra won the world chess championship, and €1.35m in prize money, on Saturday.",
    "Ferreyra won four games in a world championship match, one fewer than Kasparov in 1985.",
    "Ferreyra's second, the Serbian Dusan Ilic, won €50,000 in prize money from a side event.",
    "Ferreyra's mother, 47, and father, 52, watched game 14 in Lisbon.",
    "Ferreyra was born on January 3, 2006 - 21 years, 11 months and 8 days before he became world"
    " chess champion.",
    "Ferreyra won't play classical chess until February, his coach said.",
    "Ferreyra never lost a game with white in Lisbon, where he won four games.",
    "Ferreyra will not become world chess champion again until 2029 at the earliest.",
    "The title Ferreyra won on Saturday was first won by Wilhelm Steinitz in 1886.",
    "Halonen was world chess champion for 4 years, Ferreyra for 1 day.",
    "Ferreyra won 7.5 points and €1.35m in prize money.",
    "Of his €1.35m in prize money, Ferreyra will give €100,000 to the chess club in Rosario.",
    "Ferreyra's prize money was €200,000 more than Halonen's €1.15m.",
    "Tickets for game 14 in Lisbon cost €45, and 2,300 fans watched Ferreyra become world chess"
    " champion.",
]


@pytest.mark.parametrize(
    "text",
    FIRST_RUN
    + SECOND_ROUND
    + THIRD_ROUND
    + FOURTH_ROUND
    + FIFTH_ROUND
    + SIXTH_ROUND
    + SEVENTH_ROUND
    + EIGHTH_ROUND
    + NINTH_ROUND,
)
def test_a_chess_championship_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Mateo Ferreyra won the world chess championship in Lisbon on Friday.", {"title:when"}),
    ("Mateo Ferreyra won the world chess championship in Madrid.", {"title:where"}),
    ("The 23-year-old Ferreyra won the world chess championship in Lisbon.", {"age:count"}),
    ("Ferreyra won five games in the match.", {"games-won:count"}),
    ("Ferreyra won €1.15m in prize money.", {"prize:count"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_title_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected


DENIED_PACE = [
    # a word of pace or ease after the denied phrase, in its clause: how soon or how readily
    "Ferreyra did not become world chess champion overnight: he lost the 2025 Candidates"
    " Tournament in Madrid.",
    "Ferreyra did not win the world chess championship easily, needing all 14 games.",
    "Ferreyra did not become the world chess champion quickly, his coach said.",
    "Ferreyra did not become world chess champion straight away, losing the first game.",
    "Mateo Ferreyra did not win the world chess championship in Lisbon at once.",
]


@pytest.mark.parametrize("text", DENIED_PACE)
def test_a_denied_pace_leaves_the_title_told(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


DENIALS_JUDGED = [
    # the word past a comma or a clause word, another word after the phrase, or none: denied
    "Ferreyra did not become world chess champion.",
    "Ferreyra did not become world chess champion, and Halonen quickly left the hall.",
    "Ferreyra did not win the world chess championship, though he easily won game 14.",
    "Ferreyra did not become world chess champion in Lisbon on Saturday.",
    "Ferreyra did not win the world chess championship because he lost game 14.",
]


@pytest.mark.parametrize("text", DENIALS_JUDGED)
def test_the_champion_s_denied_title_is_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"title:what"}


PARTS = [
    # a count inside the phrase, then `and` and a number with `more`, no verb of its own: a part
    "Ferreyra won one game in the first week and three more in the last two.",
    "Ferreyra won one game in the first week and three more games in the last two.",
    "Ferreyra won one game with white and three more with black, Halonen said.",
    "Ferreyra won three games in the match and one more.",
    # with no `more`, a phrase of place or time after the later number: another occasion's
    "Ferreyra won eight games in the Candidates and four in Lisbon.",
    "Ferreyra, who won eight games in the Candidates and four in Lisbon, is unbeaten with white.",
    # the parts already read so before the phrase, now inside it too: a day after the later one
    "Ferreyra won one game on Monday and three more on Tuesday.",
]


@pytest.mark.parametrize("text", PARTS)
def test_a_count_with_another_of_the_act_after_it_is_a_part(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


PARTS_JUDGED = [
    # a subject or a verb between `and` and the later number, another noun after it, neither
    # `more` nor a phrase of place or time after it, or no later number: the whole, judged
    "Ferreyra won one game in the first week, and Halonen three more.",
    "Ferreyra won one game in the first week and Halonen won three more.",
    "Ferreyra won five games in the first week and drew three more.",
    "Ferreyra won one game and three more draws.",
    "Ferreyra won five games in Lisbon and four.",
    "Ferreyra won five games in Lisbon and four draws.",
    "Ferreyra won five games in the match.",
]


@pytest.mark.parametrize("text", PARTS_JUDGED)
def test_a_count_with_no_part_after_it_is_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"games-won:count"}


MISSED = [
    # two parts whose sum is not the fact's count (2 + 3 for 4): the sum is not worked out
    "Ferreyra won two games in the first week and three more in the last two.",
    # a share of a pool (``POOLS``) that is not the fact's amount: the share stands too far
    # from the phrase to be read as its count, and the pool is not judged
    "Ferreyra took €1.15m of the €2.5m in prize money.",
]


@pytest.mark.parametrize("text", MISSED)
def test_contradictions_still_missed(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


SUBJECTS_OF_THE_NEXT_CLAUSE = [
    # the `who` named only after the phrase, opening the next clause after a conjunction or a
    # semicolon: the subject of that clause, and the number before the phrase another's
    "Each player was guaranteed €1.15m in prize money, and Ferreyra won €200,000 more for winning.",
    "Each player was guaranteed €1.15m in prize money; Ferreyra won €200,000 more for winning.",
    "The runner-up receives €1.15m in prize money, and Ferreyra €1.35m.",
    "The runner-up took €1.15m in prize money and Ferreyra the rest.",
]


@pytest.mark.parametrize("text", SUBJECTS_OF_THE_NEXT_CLAUSE)
def test_a_name_opening_the_next_clause_is_not_the_count_s_subject(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


SUBJECTS_JUDGED = [
    # the `who` after the phrase in its own clause (`went to`, `was won by`), or before it; or
    # the number opening its clause, with no subject of its own before it
    "€1.15m in prize money went to Ferreyra.",
    "€1.15m in prize money was won by Ferreyra.",
    "Ferreyra won €1.15m in prize money, and Halonen won €1.35m.",
    "€1.15m in prize money was paid, and Ferreyra said he would give it to his club.",
    "In all, €1.15m in prize money was paid, and Ferreyra took it.",
]


@pytest.mark.parametrize("text", SUBJECTS_JUDGED)
def test_a_name_in_the_count_s_clause_is_its_subject(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"prize:count"}


POOLS = [
    # an amount after a smaller one in the same currency and `of (the)`: the pool shared out
    "Ferreyra won 4 of the 14 games and €1.35m of the €2.5m in prize money.",
    "Ferreyra won €1.35m of the €2.5m in prize money.",
    "Ferreyra took €1.35m of the €2.5m in prize money, and Halonen the rest.",
]


@pytest.mark.parametrize("text", POOLS)
def test_the_pool_a_share_is_taken_from_is_not_the_count(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


POOLS_JUDGED = [
    # a part that is no amount (`all of`), or no part: the amount is the count, judged
    "Ferreyra won all of the €2.5m in prize money.",
    "Ferreyra won €2.5m in prize money.",
    "Ferreyra won €2.5m in prize money, and Halonen nothing.",
]


@pytest.mark.parametrize("text", POOLS_JUDGED)
def test_an_amount_with_no_share_before_it_is_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"prize:count"}


SUBJECTS_OF_A_TIME_CLAUSE = [
    # `, the same day` (`week`, ...) and a name the story does not know: that clause's subject
    "Ferreyra won the world chess championship in Lisbon on 11 December 2027, the same day Ju"
    " Wenjun won the women's world chess championship in Shanghai.",
    "Ferreyra won the world chess championship in Lisbon on Saturday, the same day Magnus Carlsen"
    " won the world chess championship in Shanghai.",
    "Ferreyra became world chess champion in Lisbon on Saturday, the same week Anna Kovacs became"
    " world chess champion in the women's event in Budapest.",
]


@pytest.mark.parametrize("text", SUBJECTS_OF_A_TIME_CLAUSE)
def test_an_unknown_name_opening_a_time_clause_is_its_subject(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


TIME_CLAUSES_JUDGED = [
    # the fact's `who` as the time clause's subject, or the phrase before the clause
    "Halonen kept the title until Ferreyra won the world chess championship in Madrid.",
    "Ferreyra won a rapid game on Saturday, the same day Ferreyra won the world chess championship"
    " in Madrid.",
    "Ferreyra won the world chess championship in Madrid on Saturday, the same day his sister won"
    " a prize.",
]


@pytest.mark.parametrize("text", TIME_CLAUSES_JUDGED)
def test_the_who_s_own_time_clause_is_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"title:where"}


SUBJECT_S_RELATIVES = [
    # the name in a relative clause about the noun opening the sentence, then its main verb
    "The cafe in Rosario where Ferreyra learned the game is 112 years old.",
    "The school where Ferreyra studied is 90 years old.",
    "The board on which Ferreyra played game 14 is 60 years old.",
    "The coach with whom Ferreyra works is 52 years old.",
    "The club where Ferreyra played, he said, is 90 years old.",
]


@pytest.mark.parametrize("text", SUBJECT_S_RELATIVES)
def test_a_name_in_the_opening_noun_s_relative_is_not_the_subject(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


RELATIVES_JUDGED = [
    # a verb of being right after the name, an age beside the name, no relative clause, or the
    # phrase inside the relative clause: the name's own
    ("The fact that Ferreyra is 23 years old surprised many.", {"age:count"}),
    ("The cafe in Rosario where Ferreyra, 23, learned the game is old.", {"age:count"}),
    ("Ferreyra is 23 years old.", {"age:count"}),
    (
        "The day that Ferreyra won the world chess championship in Madrid was a Saturday.",
        {"title:where"},
    ),
]


@pytest.mark.parametrize("text, expected", RELATIVES_JUDGED)
def test_the_name_s_own_clause_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected


RETRACTED_AMOUNTS = [
    # what a correction says an earlier version had, a decimal amount in it: not judged
    "Correction: An earlier version of this article said Ferreyra won €1.5m in prize money; he"
    " won €1.35m.",
    "An earlier version of this article said Ferreyra won €1.5m in prize money.",
    "An earlier version of this article wrongly said Ferreyra won 2.5 million euros in prize"
    " money.",
]


@pytest.mark.parametrize("text", RETRACTED_AMOUNTS)
def test_a_retracted_decimal_amount_is_not_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


CAREER_TOTALS = [
    # the count told over the subject's career, after the phrase or opening the sentence
    "Ferreyra has now won €2.1m in prize money in his career, €1.35m of it in Lisbon.",
    "Ferreyra has won €2.1m in prize money over his whole career.",
    "Ferreyra has won eight games in his career against Halonen.",
    "In his career, Ferreyra has won €2.1m in prize money.",
    "In his career Ferreyra has won €2.1m in prize money.",
]


@pytest.mark.parametrize("text", CAREER_TOTALS)
def test_a_career_total_is_not_the_count(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


CAREERS_JUDGED = [
    # the career past a comma or a clause word, or no career: the event's own count
    ("Ferreyra won €2.1m in prize money, the most of his career.", {"prize:count"}),
    ("Ferreyra won €2.1m in prize money, and his career is young.", {"prize:count"}),
    ("Ferreyra won eight games in Lisbon, the best run of his career.", {"games-won:count"}),
    ("Ferreyra won €2.1m in prize money in Lisbon.", {"prize:count"}),
    ("In his career-best game Ferreyra won €2.1m in prize money.", {"prize:count"}),
    # a correction's account ends at a semicolon: what follows is stated
    (
        "An earlier version said Ferreyra was 23; Ferreyra won €1.5m in prize money.",
        {"prize:count"},
    ),
]


@pytest.mark.parametrize("text, expected", CAREERS_JUDGED)
def test_the_event_s_own_count_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected


HELPERS = [
    # a helper owned by the `who` (`second` before a comma, `trainer`, `mentor`): the helper's
    "Ferreyra's second, the Serbian Dusan Ilic, won €50,000 in prize money from a side event.",
    "Ferreyra's second, Dusan Ilic, won €50,000 in prize money.",
    "Ferreyra's trainer won €50,000 in prize money.",
    "Ferreyra's mentor, a grandmaster from Rosario, won €50,000 in prize money.",
    # an ordinal right before a verb stands for a noun, the owner's `second`: its act
    "Ferreyra's second won €50,000 in prize money.",
    "Ferreyra's second earned €50,000 in prize money.",
]


@pytest.mark.parametrize("text", HELPERS)
def test_a_helper_s_prize_is_not_the_champion_s(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


HELPERS_JUDGED = [
    # `second` before a noun (an ordinal), or no owner: the champion's own
    "Ferreyra's second title won him €50,000 in prize money.",
    "Ferreyra's second win came in game 7, and he won €50,000 in prize money.",
    "Ferreyra won a second title and €50,000 in prize money.",
]


@pytest.mark.parametrize("text", HELPERS_JUDGED)
def test_an_ordinal_second_leaves_the_champion_s_prize_judged(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == {"prize:count"}
