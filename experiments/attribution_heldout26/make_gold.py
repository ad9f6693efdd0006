"""Build gold.csv for the twenty-sixth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. The mix is the most common kinds of text an analyst feeds the tool,
as copied from the web: a wire story (2022), a Secretary General's published
speech (1996), a wire explainer (2025), a state-media article (2021), a
newspaper story built on anonymous officials (2009), a broadcaster's web
interview with initials labels (2015), a summit live blog (2023) and an
unsigned editorial (1999). Gold follows /work/shared/ANNOTATION.md ("The
speaker", "Speaker conventions for common cases") and the conventions of
batches 4-10 and 19-24 (experiments/attribution_heldout*/make_gold.py), in
particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or
  interview turn (label) is `direct`, and so is the body of a published speech;
- in a speech or interview turn, a sentence that reports another person's or
  body's words keeps the turn speaker as gold and accepts the reported party;
  a sentence that only names another person without his words (or addresses
  him) accepts nobody else;
- speech acts of bodies give the body; acts without speech are the narrator;
  "the Kremlin", "Moscow", "the Foreign Ministry", "the Defense Ministry",
  "the military" speaking give `Russia`, the ministry accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted (a deputy minister's accept only his own
  name forms and titles); the Secretary General's own remarks give him, NATO
  accepted; "Allied foreign ministers agreed"/"we agreed" inside a published
  speech gives NATO (`indirect`), the official and the narrator accepted;
- beliefs, feelings and gestures are the narrator; intros without content are
  the narrator with the person introduced accepted; "declined to comment",
  "did not respond" are the narrator with nothing accepted;
- a factual sentence whose subordinate or relative clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- headlines, standfirsts (speech-reporting ones accept the reported party),
  bylines, datelines, timestamps, captions, credits, "Related:"/"READ MORE:"
  lines (reporting ones accept the reported party) and "(Laughter)"/
  "(Applause)" lines are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups get `*`;
- a document with no byline (published speech, state-media article, unsigned
  editorial) has no narrator; a title line naming one person's speech accepts
  him; the unsigned editorial's own sentences accept the newspaper (batch 9);
- a live blog's narrator is its "Live coverage by" author; rows of an entry
  signed by another correspondent, and the signature line, accept him; the
  communique's quoted text gives NATO; a tweet intro with a colon is
  `indirect`, the tweet text (hashtag included) `direct`, the "— Name
  (@handle) date" line the poster with narrator accepted (batch 19);
- honorifics and ranks (Mr, Ms., Dr., Sen., Sir, General) are not part of the
  canonical name; surname-only forms and titles are accepted where the surname
  is unique in the document; two people who share a surname stay apart and
  the bare surname is accepted for neither, also when one of them never
  speaks (batch 24's Petra and Jan Young).

New decisions in this batch:
- t01 (wire, 2022): Kremlin spokesman Dmitry Ivanov and Deputy Foreign
  Minister Alexander Ivanov ("not related") share a surname: "the spokesman"
  is Dmitry, "He" in the deputy minister's paragraph is Alexander, bare
  "Ivanov" is accepted for neither; the deputy minister accepts only his name
  forms and titles (not Russia, not the RIA agency he spoke to); "Finland's
  president and prime minister said in a joint statement" gives the unnamed
  pair as written ("Finland's president and prime minister"), Finland
  accepted (new: a joint statement of two unnamed leaders); "Moscow says it
  was promised ..., a claim alliance officials deny." keeps Russia, only
  Moscow accepted (the main clause decides); the multi-paragraph quote whose
  first paragraph is left open ("We remember how ..." / "We are not naive.")
  stays with Alexander Ivanov.
- t02 (published speech, 1996, no byline): Foreign Minister Kozlov is named
  only by surname (canonical "Kozlov"), and General Pavel Kozlov shares it:
  bare "Kozlov" is the minister's own canonical form and is accepted for him,
  never for the general (new); "one of them wrote" (a critic) is accepted in
  its row together with the loose group; "Dr. Marsh asked me ... whether"
  accepts her (a reported question); the vocative "Thank you, Dr. Marsh" does
  not.
- t03 (wire explainer, 2025): "The act committed NATO and Russia to "..."" and
  "It ... contained a pledge that ... "..."" give the document ("Founding
  Act", `direct`, batch 10's document rule), the act, NATO and Russia, NATO,
  Russia and the narrator accepted; "Poland and the Baltic states argue that
  ... the "security environment" ..." is `indirect`, since the quoted words
  are the Act's term, not theirs (new, doubtful); the question subheads are
  the narrator; spouses Igor and Anna Sokol: "Sokol's colleague, Anna Sokol,
  who is also his wife, takes a different view." is an intro (narrator, Anna
  accepted), bare "Sokol" for neither; Thomas Bell (speaker) and Lorne Bell
  (contributor) share a surname, so bare "Bell" is accepted for neither,
  although the text itself writes "Bell, who helped negotiate ..., said"
  (doubtful, but consistent with batch 24); "leaders on both sides spoke of
  ..." in the lead gives "leaders on both sides" (`indirect`), NATO and
  Russia and the narrator accepted; "according to diplomats" gives
  "diplomats".
- t04 (state media, 2021, no byline): spokeswoman Yulia Orlova and analyst
  Viktor Orlov have different surname forms, each accepted for its own
  person only; "the diplomat" is Orlova, "the expert" Orlov; "In his opinion,
  the drills were a "rehearsal"" gives the senator (`direct`, batch 7);
  "Western media have also questioned ..." and "Russian experts dismissed
  the claim." are loose groups' speech acts (`*`, narrator accepted, the
  latter also introduces Orlov); "The British newspaper the Daily Courier,
  citing unnamed defense sources, reported that ..." gives the newspaper
  (`direct`), its sources accepted (relaying source the other way round:
  the outlet is the named speaker); "A German magazine, Der Blickpunkt, wrote
  that some officials in Berlin were "uneasy"" gives the magazine, the
  officials accepted; "according to the organizers" gives "organizers", the
  co-hosts (United States, Ukraine) accepted.
- t05 (newspaper, 2009): "one of the officials" and "the second senior
  official" are written as they appear ("one of the officials", "second
  senior official"); `*` only in rows naming no other body; the splitter
  cuts "Sen. Richard Long (R-Ariz." from "), a senior member ...": both
  pieces are the intro (narrator, the senator accepted); Richard Long
  (senator) and Karen Long (contributor) share a surname, bare "Long"
  accepted for neither (doubtful, as t03's Bell); "Long's office later
  released a letter, signed by him and five other Republican senators,
  urging ... "trade away ..." (closing mark missing) gives Richard Long
  (`direct`), his office, the letter and the senators accepted (new); the
  tag "the diplomat said." split off by the question mark gives the diplomat
  (`direct`), narrator accepted; "Polish leaders agreed to host ..." is an
  act (narrator, Poland and the leaders accepted); "A State Department
  spokesman said only that ..." gives "State Department spokesman", the
  department and the United States accepted.
- t06 (broadcaster interview, 2015): the "Author" line makes the interviewer
  Thomas Becker the narrator; his "TB:" initials labels give him (`direct`,
  batch 7), with "TB", "Becker", the outlet and the narrator accepted (new:
  labelled questions of a narrator-interviewer); the "Brandt:" labels give
  Ulrike Brandt; the CDU colleague Thomas Krause shares the interviewer's
  first name: "Thomas and I have known each other" names Krause, nobody
  accepted; the question reporting Krause's words accepts him; "(laughs)" is
  a gesture (narrator, Brandt accepted) and the next unlabelled line stays
  with her; the headline quoting her and the standfirst "says ... / She spoke
  to Rheinwelle" accept her.
- t07 (live blog, 2023): "Some delegations are unhappy ..., according to two
  officials involved in the negotiations" names the delegations and Ukraine
  (no `*`); the next "One of them described ..." gives "One of them" (`*`
  accepted); "A diplomat here tells us" gives "diplomat" (`*`); the
  president's wife Ona Petrauskas is not a speaker, but bare "Petrauskas" is
  accepted for neither (batch 24); "Lithuania's president, ..., has just
  spoken to us" gives him `indirect`, narrator and the signing correspondent
  accepted (batch 19).
- t08 (unsigned editorial, 1999): "for 78 days Moscow protested" sits in a
  narrated sentence (narrator, Russia and the newspaper accepted); "The
  Foreign Secretary" is named only by title (canonical "Foreign Secretary",
  Britain accepted); "is said to have refused, telling his superior: "..."
  gives the general (`direct`); "is reported to have ordered" (agentless, an
  order) is the narrator; "It is not the view of everyone at Westminster." is
  an intro (narrator, the newspaper and Sharp accepted); the verdicts ("We
  hope he is right.", "Mr Sharp is wrong.") are the newspaper's.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RFM = "Russia's Foreign Ministry|Foreign Ministry|Russian Foreign Ministry|ministry"
DI, DIA = "Dmitry Ivanov", "Kremlin spokesman|spokesman|Kremlin|Russia"
AI, AIA = "Alexander Ivanov", "Deputy Foreign Minister|deputy foreign minister|Deputy Foreign Minister Alexander Ivanov"
PH, PHA = "Pekka Hope", "Hope|Foreign Minister|Finnish Foreign Minister|Finland"
IS, ISA = "Ingrid Sandberg", "Sandberg|Foreign Minister|Swedish Foreign Minister|Sweden"
LH, LHA = "Lars Halvorsen", "Halvorsen|Secretary General|NATO Secretary General|NATO"
# t02
WG = "Willem de Groot"
WGT = "de Groot|De Groot|Secretary General|NATO Secretary General"
WGA = WGT + "|NATO|" + N
FK = "Kozlov|Foreign Minister Kozlov|Foreign Minister|Russia"
PK = "Pavel Kozlov|General Pavel Kozlov|General Kozlov"
RM = "Ruth Marsh|Marsh|Dr. Marsh"
# t03
FA = "Founding Act"
FAA = "act|Founding Act|NATO and Russia|NATO|Russia|" + N
MY, MYA = "Margaret Young", "Young|Ms. Young|senior fellow"
RJ, RJA = "Rimantas Jonaitis", "Jonaitis|defense minister|Lithuania's defense minister|Lithuania"
TBE, TBEA = "Thomas Bell", "former U.S. ambassador to NATO|former ambassador"
IGS, IGSA = "Igor Sokol", "researcher"
ANS, ANSA = "Anna Sokol", "wife|his wife"
# t04
YO = "Yulia Orlova"
YOA = ("Orlova|spokeswoman|Foreign Ministry spokeswoman|Russian Foreign Ministry spokeswoman|diplomat"
       "|Russia|Foreign Ministry|Russian Foreign Ministry")
RDM = "Russian Defense Ministry|Defense Ministry|ministry"
AK, AKA = "Andrei Kovalev", "Kovalev|Senator|senator|Senator Kovalev|Senator Andrei Kovalev"
VO, VOA = "Viktor Orlov", "Orlov|Military analyst|military analyst|analyst|expert"
DSO, DSOA = "Dmitry Sorokin", "Sorokin|Kremlin spokesman|spokesman|Kremlin|Russia"
# t05
RL, RLA = "Richard Long", "Sen. Richard Long|Sen. Long|senator"
OOA = "*|official|senior administration official|officials|two senior administration officials"
SSO, SSOA = "second senior official", "senior official|official|senior administration official"
ED, EDA = "European diplomat", "diplomat|European diplomat who has discussed the issue with Polish counterparts"
# t06
TB = "Thomas Becker"
TBA = "TB|Becker|Rheinwelle|" + N
UB, UBA = "Ulrike Brandt", "Brandt|Ms. Brandt"
# t07
JE, JEA = "Jonas Eriksen", "Eriksen|Secretary General|Secretary General Jonas Eriksen|NATO"
DSK, DSKA = "Dmitry Sokolov", "Sokolov|Kremlin spokesman|spokesman|Kremlin|Russia"
MF = "Mark Frost"
GP, GPA = "Gintaras Petrauskas", "president|Lithuania's president|President|Lithuania"
MN, MNA = "Marek Nowak", "Nowak|defence minister|Poland's defence minister|Poland|@MNowakMON"
CM = "Allies|communique|final communique|text"
# t08
NC = "Northern Courier|The Northern Courier|Courier"
YB, YBA = "Yuri Belov", "Belov|Mr Belov|foreign minister|Russia's foreign minister|Russia"
MST, MSTA = "Michael Stone", "Stone|Sir Michael Stone|Sir Michael|general|British general"
AS, ASA = "Andrew Sharp", "Sharp|Mr Sharp|defence spokesman|Conservative defence spokesman"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_finland2022.txt": ("Anna Frost", {
   # 0 rubric: narrator
   1: (None, N, "Russia"),                     # headline "Russia warns ..."
   # 2 byline: narrator
   3: ("Russia", D, RFM),
   4: ("Russia", D, RFM), 5: ("Russia", D, RFM),
   # 6 "The statement did not say ...": narrator, nothing accepted
   7: ("Finland's president and prime minister", D, "Finland|president and prime minister|president|prime minister"),
   8: (DI, D, DIA), 9: (DI, D, DIA),
   10: (DI, D, DIA),                           # "the spokesman said:"
   11: (AI, D, AIA),
   12: (AI, I, AIA),                           # "He said ..."
   13: (AI, D, AIA), 14: (AI, D, AIA),
   15: (AI, D, AIA),                           # next paragraph of the open quote
   # 16-17 background: narrator
   18: (PH, I, PHA),
   19: (PH, D, PHA), 20: (PH, D, PHA),
   21: (IS, D, ISA),
   22: (LH, D, LHA),
   23: ("NATO official", I, "official|NATO"),  # names NATO, Finland, Sweden: no *
   24: ("NATO official", D, "official|NATO"),
   25: ("Russia", I, ""),
   26: ("Russia", I, "Moscow"),                # main clause decides
   27: ("Diplomats in Brussels", I, "diplomats|Diplomats"),  # names Turkey: no *
   # 28 "did not immediately respond": narrator, nothing accepted
   # 29 credit line, 30 standards line: narrator
 }),
 "t02_speech1996.txt": ("", {
   # 0 title: narrator
   1: (None, N, WG + "|" + WGT),               # "Speech by ..." line naming him
   # 2 date: narrator
   3: (WG, D, WGA),                            # vocative Dr. Marsh: nobody else
   4: (WG, D, WGA),                            # names Marsh, no words
   # 5 (Laughter): narrator
   6: (WG, D, WGA), 7: (WG, D, WGA), 8: (WG, D, WGA), 9: (WG, D, WGA),
   10: (WG, D, WGA + "|" + FK),                # the minister's words reported
   11: (WG, D, WGA + "|" + FK),
   12: (WG, D, WGA), 13: (WG, D, WGA), 14: (WG, D, WGA),
   15: ("NATO", I, WG + "|" + WGA + "|Allied foreign ministers|foreign ministers|Allies"),
   16: ("NATO", I, WG + "|" + WGA + "|Allies"),  # "We also agreed that ..."
   17: (WG, D, WGA + "|critics|Some of our critics|our critics"),
   18: (WG, D, WGA + "|one of them|critics|critic"),
   19: (WG, D, WGA),
   20: (WG, D, WGA + "|Frans Bakker|Bakker|predecessor|My predecessor"),
   21: (WG, D, WGA),                           # "He was right.": verdict
   22: (WG, D, WGA), 23: (WG, D, WGA),
   24: (WG, D, WGA + "|" + PK),                # the general's words reported; no bare Kozlov
   25: (WG, D, WGA),
   # 26 (Laughter): narrator
   27: (WG, D, WGA), 28: (WG, D, WGA), 29: (WG, D, WGA), 30: (WG, D, WGA),
   31: (WG, D, WGA + "|" + RM),                # her question reported
   32: (WG, D, WGA), 33: (WG, D, WGA), 34: (WG, D, WGA),
   # 35 (Applause): narrator
 }),
 "t03_explainer2025.txt": ("Daniel Rose", {
   # 0 headline, 1-3 byline, outlet, timestamp: narrator
   4: ("leaders on both sides", I, "leaders|NATO and Russia|" + N),
   # 5-6 narrator; 7 subhead
   8: (FA, D, FAA), 9: (FA, D, FAA),
   10: (MY, D, MYA), 11: (MY, D, MYA),
   12: (MY, I, MYA),
   # 13 subhead
   14: ("Poland and the Baltic states", I, "Poland|Baltic states"),  # quoted term is the Act's (doubtful)
   15: (RJ, D, RJA),
   16: (None, N, "*|Officials in Berlin and Paris|officials"),  # "Others are more cautious.": intro
   17: ("Officials in Berlin and Paris", I, "officials"),  # names the Kremlin: no *
   18: (TBE, D, TBEA), 19: (TBE, D, TBEA),
   20: (TBE, I, TBEA),                         # bare "Bell" accepted for neither (Lorne Bell)
   # 21 subhead
   22: ("Russia", I, "Moscow"),
   23: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry|ministry"),
   24: (IGS, I, IGSA),
   25: (IGS, D, IGSA), 26: (IGS, D, IGSA),
   27: (None, N, ANS + "|" + ANSA),            # "takes a different view": intro
   28: (ANS, I, ANSA),                         # "She argues"
   29: (ANS, D, ANSA),
   # 30 subhead
   31: (None, N, "NATO|alliance"),             # "although the alliance says ..."
   32: ("NATO official", D, "official|NATO"),
   # 33 "did not respond": narrator, nothing accepted; 34 subhead
   35: ("diplomats", I, ""),                   # names allied leaders: no *
   # 36 "No decision has been made.": narrator
   37: (MY, I, MYA),
   38: (MY, D, MYA), 39: (MY, D, MYA),
   # 40 rule, 41 contribution line: narrator
 }),
 "t04_statemedia2021.txt": ("", {
   0: (None, N, "Russia|Moscow"),              # headline "... – Moscow"
   # 1-2 timestamps: narrator
   3: ("Russia", D, "Moscow"),
   4: ("organizers", I, "United States|US|Ukraine"),
   5: (YO, D, YOA), 6: (YO, D, YOA), 7: (YO, D, YOA), 8: (YO, D, YOA),
   9: ("Russia", I, RDM), 10: ("Russia", I, RDM),
   11: ("Russia", D, RDM + "|military"),        # "According to the military"
   12: (None, N, AK + "|" + AKA),              # "went further.": intro
   13: (AK, D, AKA),                           # "In his opinion, ... a "rehearsal""
   14: (AK, D, AKA), 15: (AK, D, AKA), 16: (AK, D, AKA),
   17: ("Western media", I, "*|media|" + N),
   18: ("Daily Courier", D, "British newspaper the Daily Courier|newspaper|defense sources|unnamed defense sources"),
   19: ("Der Blickpunkt", D, "German magazine|magazine|officials in Berlin|some officials in Berlin"),
   20: ("NATO", I, ""),
   21: ("spokesperson for the US Sixth Fleet", D, "spokesperson|US Sixth Fleet|Sixth Fleet|United States"),
   22: ("Russian experts", I, "*|experts|" + N),  # speech act without content; introduces Orlov
   23: (VO, I, VOA), 24: (VO, D, VOA), 25: (VO, D, VOA),
   # 26-27 narrator (27: an act without speech)
   28: (None, N, "Russia|Kremlin"),            # READ MORE line reporting the Kremlin
   29: (DSO, D, DSOA),
   # 30 follow line: narrator
 }),
 "t05_missiledefense2009.txt": ("Michael Grant", {
   # 0 headline, 1 standfirst, 2-4 byline, paper, date: narrator
   5: ("U.S. officials familiar with an internal review", I, "officials|U.S. officials|United States"),
   6: ("two senior administration officials", I, "*|senior administration officials|officials|administration officials"),
   # 7 "They spoke on the condition of anonymity ...": narrator
   8: ("one of the officials", D, OOA), 9: ("one of the officials", D, OOA),
   10: ("defense official", I, "official"),     # names the Pentagon: no *
   11: ("officials", I, "Officials"),           # names Russia: no *
   12: (SSO, D, SSOA), 13: (SSO, D, SSOA),      # name Moscow / the Russians: no *
   14: ("several officials", I, "officials"),
   15: ("Russia", I, ""),
   16: ("Russia", I, "Moscow"),                # "Moscow threatened to deploy ..."
   # 17 "did not respond": narrator, nothing accepted
   18: (None, N, RL + "|" + RLA),              # intro, cut by the splitter
   19: (None, N, RL + "|" + RLA),
   20: (RL, D, RLA),
   21: (RL, I, RLA),
   22: (RL, D, RLA), 23: (RL, D, RLA),
   24: (RL, D, RLA + "|Long's office|letter|Republican senators|senators"),  # closing mark missing
   25: (ED, I, EDA),
   26: (ED, D, EDA),
   27: (ED, D, EDA + "|" + N),                 # split-off tag "the diplomat said."
   28: (ED, D, EDA),
   29: (None, N, "Poland|Polish leaders"),      # "agreed to host": an act
   30: ("State Department spokesman", D, "spokesman|State Department|United States"),
   # 31 "The White House declined to comment.": narrator, nothing accepted
   32: ("Administration officials", I, "officials|administration officials"),  # names NATO: no *
   # 33 contribution line: narrator
 }),
 "t06_interview2015.txt": ("Thomas Becker", {
   # 0 rubric: narrator
   1: (None, N, UB + "|" + UBA),               # headline quoting her
   2: (None, N, UB + "|" + UBA),               # standfirst "says ..."
   3: (None, N, UB + "|" + UBA),               # "She spoke to Rheinwelle ..."
   # 4-5 date, author; 6-7 bio: narrator
   8: (TB, D, TBA), 9: (TB, D, TBA),
   10: (UB, D, UBA), 11: (UB, D, UBA), 12: (UB, D, UBA),
   13: (TB, D, TBA),
   14: (UB, D, UBA), 15: (UB, D, UBA), 16: (UB, D, UBA),
   17: (TB, D, TBA + "|Thomas Krause|Krause"),  # question reporting Krause's words
   18: (TB, D, TBA),
   19: (UB, D, UBA),                           # names Krause ("Thomas"), no words
   20: (UB, D, UBA), 21: (UB, D, UBA), 22: (UB, D, UBA),
   23: (TB, D, TBA + "|Russia|Russian side"),  # "The Russian side says ..."
   24: (TB, D, TBA),
   25: (UB, D, UBA),
   26: (UB, D, UBA + "|deputy foreign minister|a deputy foreign minister"),
   27: (UB, D, UBA),
   28: (None, N, UB + "|" + UBA),              # "(laughs)": gesture
   29: (UB, D, UBA),
   30: (TB, D, TBA),
   31: (UB, D, UBA), 32: (UB, D, UBA),
   33: (TB, D, TBA),
   34: (UB, D, UBA), 35: (UB, D, UBA),
   36: (TB, D, TBA),
   # 37-38 interview note, 39 Related line: narrator
 }),
 "t07_liveblog2023.txt": ("Claire Young", {
   # 0 title, 1 byline/update, 2 "Key events": narrator
   3: (None, N, "NATO|Allies|Russia|Kremlin"),  # merged key-event bullets
   # 4 bullet (Turkey lifts objections: an act), 5 timestamp, 6-8 sign-off, 9 timestamp, 10: narrator
   11: ("NATO", D, CM),                        # communique text
   12: ("NATO", D, CM),                        # "Moscow is described as "...""
   # 13 timestamp
   14: (None, N, JE + "|" + JEA),              # "has been taking questions": intro
   15: (JE, D, JEA), 16: (JE, D, JEA), 17: (JE, D, JEA),
   # 18 signature "— Claire Young": narrator; 19 timestamp
   20: (None, N, "Russia|Kremlin|" + DSK + "|" + DSKA + "|" + MF),  # intro
   21: (DSK, D, DSKA), 22: (DSK, D, DSKA),
   23: (None, N, MF),                          # signature line
   # 24 timestamp
   25: ("Peter", I, "reader|A reader|Peter in Leeds"),
   # 26 the blog's answer: narrator
   27: ("diplomat", D, "*|A diplomat here|diplomat here"),
   # 28 timestamp
   29: (GP, I, GPA + "|" + N + "|" + MF),      # "has just spoken to us"
   30: (GP, D, GPA), 31: (GP, D, GPA), 32: (GP, D, GPA),
   33: (None, N, MF),                          # his wife: not a speaker
   34: (None, N, MF),                          # signature line
   # 35 timestamp
   36: (MN, I, MNA + "|" + N),                 # "tweeted this ...:"
   37: (MN, D, MNA), 38: (MN, D, MNA), 39: (MN, D, MNA),  # tweet text, hashtag
   40: (MN, D, MNA + "|" + N),                 # "— Name (@handle) date"
   # 41 timestamp
   42: ("two officials involved in the negotiations", I, "officials|two officials"),  # names delegations, Ukraine
   43: ("One of them", D, "*|official|officials|two officials involved in the negotiations"),
 }),
 "t08_editorial1999.txt": ("", {
   # 0 headline: narrator
   1: (None, N, NC), 2: (None, N, NC),         # standfirst: the paper's own view
   # 3 date, 4 masthead: narrator
   5: (None, N, NC), 6: (None, N, NC), 7: (None, N, NC),
   8: (None, N, NC + "|those in the West|those in the West who argue"),  # relative clause "who argue"
   9: (None, N, NC),
   10: (None, N, "Russia|Moscow|" + NC),       # "Moscow protested" in a narrated sentence
   11: (YB, D, YBA),
   12: (None, N, NC), 13: (None, N, NC),
   14: (YB, D, YBA),
   15: (None, N, NC), 16: (None, N, NC),
   17: (None, N, NC),                          # "is reported to have ordered": agentless, an order
   18: (MST, D, MSTA),
   19: (None, N, NC),
   20: ("Foreign Secretary", D, "Britain|United Kingdom"),
   21: (None, N, NC),
   22: (None, N, NC + "|" + AS + "|" + ASA),   # intro
   23: (AS, D, ASA), 24: (AS, D, ASA),
   25: (None, N, NC),                          # "Mr Sharp is wrong.": verdict
   26: (None, N, NC), 27: (None, N, NC), 28: (None, N, NC), 29: (None, N, NC),
 }),
}

for doc in G:
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    print("=====", doc, len(sents))
    for i, s in enumerate(sents):
        print(i, normalize_space(s.text))

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        rows.append({"doc": doc, "index": i, "text": normalize_space(s.text),
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
