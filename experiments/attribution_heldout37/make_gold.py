"""Build gold.csv for the thirty-seventh held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-36
(experiments/attribution_heldout4/ ... attribution_heldout36/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript, briefing
  or debate turn (label) is `direct`, and so is the body of a published speech;
- in a transcript, briefing, debate or speech, a sentence that reports
  another person's or body's words keeps the turn speaker as gold and accepts
  the reported party; a turn that only echoes a word accepts nobody else;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry or embassy
  speaking for the government gives the country, its own forms accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted (a deputy minister's and a former official's do
  not); a Secretary General's own remarks give him, with NATO accepted; when
  a spokesperson reports what a body decided, the body is gold and the
  spokesperson accepted; a minister reporting his government's decision gives
  the country, the minister accepted (batch 10, 36);
- beliefs, memories and feelings are the narrator (a belief evidently told to
  the author also accepts the holder); intro sentences without content,
  gestures and scenes introducing a person are the narrator with the person
  accepted; "He would not say ..." and "It made no mention of ..." are the
  narrator, nothing accepted;
- a factual sentence whose relative or subordinate clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- headlines, bylines, datelines, captions, credits, headers, contact lines and
  "(Applause)"/"(Laughter.)"/"[CROSSTALK]" lines are the narrator; unnamed
  sources are written as they appear without the article, `*` accepted unless
  the sentence also names another person or body (then only variants of their
  own description);
- a document with no byline (speech, briefing, press release, debate
  transcript) has no narrator; its header line naming a person is the
  narrator with that person accepted;
- two people who share a surname or a first name: the shared bare form is
  accepted for neither (batches 21, 27).

New decisions in this batch:
- t01 (wire, 2022): the lead's "..., alliance officials said" gives
  "alliance officials" as written, with "officials", "NATO officials" and NATO
  accepted, no `*` (names NATO and Russia; as batch 10's "NATO officials");
  the SHAPE spokesman Colonel Mark Young accepts SHAPE (his body) and NATO,
  whose military headquarters SHAPE is (batch 11's military spokesman, batch
  29's NATO commander); the word "spokesman" fits him and the Kremlin
  spokesman and is accepted for neither (batch 23); "The Kremlin said ..."
  with the spokesman named in the next paragraph accepts him (batch 25);
  "Russia's Defence Ministry gave a different account." is an intro
  (narrator, Russia and the ministry accepted), the next "In a brief
  statement, it said ..." Russia (`direct`); "Analysts welcomed the step but
  cautioned against reading too much into it." is a loose group's speech act
  with content ("Analysts", `indirect`, `*` and the narrator accepted, as it
  also introduces the next speaker); "The senior official said both sides had
  agreed ..." keeps the unnamed source, "both sides" accepted (batch 12's
  relaying source); the final quotation with its closing mark missing before
  "the official said" stays with the official (batch 19).
- t02 (published speech in translation, 2001, no byline): the minister is the
  speaker for the body (his surname, full titles, Russia and the narrator
  accepted); because the text also names "Foreign Minister Jürgen Falk", the
  bare titles "Foreign Minister"/"Minister" are accepted for neither (batch
  15/36), and because his deputy Andrei Reshetov shares the first name,
  "Andrei" is not accepted; "our President telephoned the American President
  to tell him that ..." keeps the minister, "our President" accepted (batch
  28); "The North Atlantic Alliance ... declared ... that ..." gives NATO
  (`indirect`, no quoted words; batch 13/35), the minister and the narrator
  accepted; "The Russian leadership has therefore decided to propose ..."
  gives Russia (batch 23/36), "Russian leadership" and the minister accepted;
  "he told me that the Alliance was ready to consider "..."" (the Secretary
  General) keeps the minister, the Secretary General's name forms accepted,
  not NATO (batch 24); "My deputy ... informed me that ..." accepts the
  deputy (relayed information, batch 28); "I welcome those words." and "I
  could not agree more." accept nobody else; the grandfather's saying
  accepts "grandfather"; "(Applause)", "Unofficial translation", "Check
  against delivery" and the "Source:" line are the narrator, nothing accepted,
  while "I note that applause" is the minister.
- t03 (State Department briefing, 2014, no byline): "MS. HOPE:" gives Laura
  Hope (surname, "Ms. Hope", her title, the State Department and the United
  States accepted, batch 21), and "I hope not." in her turn is simply her
  turn; the vocative "Laura" in the questions accepts nobody; the unnamed
  "the Secretary" is written as it appears ("Secretary"), with "Secretary of
  State" accepted on her rows that report his words ("He made clear that
  ...", "As the Secretary said ...", "he told the foreign minister that
  ..."), not on "The Secretary spoke this morning with ..." (a call without
  content) or "did the Secretary raise ..." (a question); the call-on "let's
  go to you, Lucas." makes the next "QUESTION:" turn "Lucas" (batch 21), every
  other bare "QUESTION:" "Question", including "Can I follow up on the
  troops?", which is probably Lucas again (doubtful, batch 25/28); "NATO
  foreign ministers decided ..." in her turn gives NATO, her name forms
  accepted (batch 21's "NATO allies have agreed"); "The Ukrainian government
  has offered an amnesty ..." keeps her, Ukraine accepted (a relayed offer,
  batch 19); the interrupted turns ("He --", "And what did he --") keep their
  labels.
- t04 (think-tank report, 2019): the author line without "By" is the byline
  (batch 23); "the United States formally withdrew ..., six months after
  announcing that it would do so ..." is an act with a clause carrying speech
  (narrator, United States accepted); "All NATO allies had stated ... that
  ..." gives NATO (`indirect`), allies accepted, the bracketed note number not
  changing that; "The alliance's public line has been notably restrained." is
  an intro (narrator, NATO accepted); "several allied officials interviewed
  for this report were less certain that ..." is a belief told to the author
  (narrator, the officials accepted, names Russia: no `*`); "Most officials in
  allied capitals appear to believe ..." a loose group's belief (narrator,
  `*`); "A senior German official told the author ..." and "A French diplomat
  was blunter: "..."" give the unnamed sources, no `*` (their quotations name
  the Americans, the Russians, Moscow or Washington); "The view in Moscow is
  different." is an intro and "Russian officials are convinced that ..." a
  belief (narrator, Russia and "Russian officials" accepted, batch 7);
  "Lindgren and Sato (2018) found that ..." is a finding (narrator, batch 13),
  "Harper argues that "..."" Harper (`direct`); "The proposal was rejected by
  allies, who pointed out that ..." gives NATO (`indirect`, a rejection with
  content), allies and the narrator accepted; the author's "We nevertheless
  recommend ...", the key-judgements box and the notes are the narrator,
  nothing accepted; a head of state's proposal accepts his country.
- t05 (feature, 2024): mother and son Nina and Dmitri Kask: bare "Kask"
  (written once for the son, "Kask laughed when asked ...") is accepted for
  neither, "Nina"/"Dmitri" and "Nina's son" for their own person; "The
  retired textile worker ... says ..." is Nina; "She is still not sure ..." is
  a belief (narrator, her accepted); the quotation left open at the end of
  its paragraph and reopened is hers (batch 6); "According to the Police and
  Border Guard Board" gives the body as itself ("Police and Border Guard
  Board", batch 36's Border Guard), "Board" and Estonia accepted; its named
  spokesperson accepts the Board and Estonia (batch 11); "Estonia's government
  called the removal "..." and summoned ..." gives Estonia (`direct`);
  "Nina's son sees things differently from his mother." is an intro
  (narrator, him accepted); "according to the city government" after a
  population figure gives "city government", narrator accepted (batch 33);
  the teacher's "some of the boys repeated what they heard on Russian
  channels, that ..." keeps him, the boys and the channels accepted (batch
  19's relayed broadcaster); "Nina Kask was asked whether ..." and "She was
  quiet for a long moment." introduce her answer (narrator, her accepted); the
  photo caption naming her is the narrator with nothing accepted (batch 14).
- t06 (Russian embassy press release, 2010, no byline): as batch 19's
  ministry comment: sentences framed as the embassy's speech acts ("The
  Embassy notes / regrets / draws attention to / also recalls that ...", "has
  taken note of statements ...", a speech act naming only its topic, batch
  21) give Russia (`indirect`), the narrator and the embassy accepted; the
  unframed sentences (facts, evaluations, "Russia shares this approach.",
  "Russia remains open to dialogue ...") are the narrator, Russia and the
  embassy accepted; "Canadian officials claimed that ..." gives the group as
  written (batch 13's "Norwegian officials further claim"), Canada, Russia,
  embassy and the narrator accepted, no `*`; the Canadian minister's quoted
  words give him, his country, Russia, embassy and the narrator accepted
  (batch 8); "Some Canadian media outlets went further, describing the flight
  as a "test" ..." gives the group as written (`direct`), Russia, embassy and
  narrator accepted, Canada not (outlets do not speak for the government);
  the ambassador's statement (intro merged with the quotation, a paragraph
  left open and reopened) gives him, Russia and the embassy accepted; "the
  Embassy also recalls that NATO Secretary General Willem de Groot stated
  ... "..."" gives him (`direct`), with "de Groot", NATO, Russia, embassy and
  narrator accepted (batch 19); the header lines, "* * *" and the contact
  lines are the narrator, nothing accepted.
- t07 (TV debate, 2016, no byline): the "MODERATOR: Name" and "GUESTS: ..."
  header lines are the narrator with the persons named accepted (batch 30/33);
  the surname labels give the full names from the header (surname accepted,
  each unique; "Moderator" for the moderator, batch 27); "I grant you that"
  in a guest's turn is not the moderator Grant; the moderator's "NATO leaders
  ... agreed today to station ..." stays with his turn (batch 10's anchor
  reporting an agreement), NATO and the leaders accepted (batch 14's reported
  party); "The Kremlin has already said it will respond." accepts Russia; the
  guest's "NATO has decided that Russia is an enemy" is her own
  characterisation (nobody else accepted, batch 11); "the Founding Act of 1997
  contains a commitment by NATO ..." accepts the Act and NATO (batch 24);
  "Moscow regards these battalions as ..." accepts Russia; the moderator's
  echo "is a battalion "substantial"?" and the guest's "When a Latvian
  politician says tripwire, ..." accept nobody (echoes, batch 6); "When our
  prime minister asked the allies for help, he was not asking for an army."
  and "He was asking for a tripwire" accept the (unnamed) prime minister and
  Latvia (a relayed request, batch 35); "The alliance has put proposals on the
  table ..." accepts NATO (relayed offer); the interrupted turn ending "--"
  and the continuation starting "--" keep their labels (batch 14).
- t08 (magazine long-read, 2009, on 1999): the standfirst "The men who were
  there still do not agree on how close it came." is the narrator with the
  loose group and `*` accepted (batch 25's standfirst); "Yuri" is shared by
  the speaker Yuri Gorchakov and the sergeant Yuri Belyakov, who is named but
  never speaks: "Yuri" is accepted for nobody and Belyakov is never accepted;
  "the 44-year-old" and "He" follow Gorchakov; "He still believes the dash
  was justified." is a belief (narrator, him accepted), "Without it, he says,
  NATO would have ..." his claim (`indirect`, batch 10's "The West, he said,
  ..."); "It had been a long night" is not Edward Long, and bare "Long" is
  accepted for him (the only Long); "His brigade commander, he said, told
  headquarters that he would not do it." keeps Long (`indirect`), the
  commander accepted (relaying source); "People say now that ..." inside his
  quote accepts "People"; "In Moscow, the reaction was confused." is an intro
  (narrator, Russia and the ministry accepted), the next sentence's two
  clauses both speak for Moscow (Russia, `direct`, batch 27); a former NATO
  spokesman speaking in 2009 does not accept NATO (batch 24's former
  official); "Long keeps a photograph of himself with a Russian sergeant
  ..." and "He never found out what became of him." are the narrator, nothing
  accepted; "Gorchakov, told about the photograph, was silent for a while."
  is a gesture introducing his quote (narrator, him accepted); the caption
  and its credit are the narrator.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
AO, AOA = "alliance officials", "officials|NATO officials|NATO"
TO, TOA = "two officials familiar with its operation", "two officials|officials"
MY, MYA = "Mark Young", "Young|Colonel Young|SHAPE|Supreme Headquarters Allied Powers Europe|NATO"
VL, VLA = "Vadim Lebedev", "Lebedev|Kremlin spokesman|Kremlin|Russia"
SO, SOA = "senior NATO military official", "NATO military official|military official|NATO official|senior official|official|NATO"
RDM = "Russia's Defence Ministry|Defence Ministry|Russian Defence Ministry|ministry"
IH, IHA = "Ingrid Halvorsen", "Halvorsen|spokeswoman|NATO spokeswoman|NATO"
TW, TWA = "Tomasz Wierzbicki", "Wierzbicki"
# t02
AK = "Andrei Kalinin"
AKT = "Kalinin|Minister of Foreign Affairs|Minister of Foreign Affairs of the Russian Federation|Russian Foreign Minister"
AKA = AKT + "|Russia|" + N
AKF = AK + "|" + AKA
PD = "Pieter Dekker|Dekker|Secretary General|Secretary General Dekker|NATO Secretary General"
# t03
LH = "Laura Hope"
LHO = "Laura Hope|Hope|Ms. Hope|MS. HOPE|Spokesperson|spokesperson"
LHA = "Hope|Ms. Hope|MS. HOPE|Spokesperson|spokesperson|State Department|United States"
SEC = LHA + "|Secretary|Secretary of State"
QJ = "Question|journalist|Q"
QN = "journalist|Q"
# t04
ASC = "several allied officials interviewed for this report|allied officials interviewed for this report|allied officials|officials"
# t05
NK, NKA = "Nina Kask", "Nina"
DK, DKA = "Dmitri Kask", "Dmitri|Nina's son"
AL, ALA = "Artur Lepikson", "Lepikson"
PB, PBA = "Police and Border Guard Board", "Board|Estonia"
KL, KLA = "Kristjan Lill", "Lill|spokesperson|Police and Border Guard Board|Board|Estonia"
# t06
EMB = "Embassy|embassy|Embassy of the Russian Federation in Canada|Russian Embassy"
RB = "Russia|" + EMB                           # the release's own (unframed) rows: narrator, issuer accepted
RI = N + "|" + EMB                             # rows framed as the embassy's speech: Russia
DR = "Reid|Mr. Reid|Minister of National Defence|Minister of National Defence of Canada|Canada|" + RB + "|" + N
YL, YLA = "Yevgeny Lukin", "Lukin|Ambassador Lukin|Ambassador|Ambassador of the Russian Federation to Canada|Russia|" + EMB
WG = "de Groot|De Groot|Secretary General|NATO Secretary General|NATO|" + RB + "|" + N
# t07
DG, DGA = "Daniel Grant", "Grant|Moderator"
YM, YMA = "Yelena Morozova", "Morozova"
KO, KOA = "Kristaps Ozols", "Ozols"
LPM = "prime minister|our prime minister|Latvia"
# t08
YG, YGA = "Yuri Gorchakov", "Gorchakov"
EL, ELA = "Edward Long", "Long"
PH, PHA = "Peter Hollis", "Hollis"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire_hotline2022.txt": ("Eleanor Grant", {
   # 0 headline (an act), 1 byline: narrator
   2: (AO, I, AOA),                            # lead ", alliance officials said"; names NATO, Russia: no *
   # 3 the line (fact): narrator
   4: (TO, I, TOA),                            # "according to two officials familiar with its operation"; names Russia, Ukraine
   5: (MY, D, MYA), 6: (MY, D, MYA), 7: (MY, D, MYA),
   8: (MY, I, MYA),
   # 9 "He would not say what was discussed.": narrator, nothing accepted
   10: ("Russia", D, "Kremlin|" + VL + "|Lebedev|Kremlin spokesman"),  # "The Kremlin said ... "for purely technical reasons""
   11: (VL, D, VLA), 12: (VL, D, VLA), 13: (VL, D, VLA),
   14: (SO, I, SOA + "|Russian side|Russia"),  # relays the Russian side's request; names Russia: no *
   15: (SO, D, SOA), 16: (SO, D, SOA),
   17: (None, N, "Russia|" + RDM),             # "gave a different account." intro
   18: ("Russia", D, RDM + "|statement"),
   # 19 "It made no mention of ...": narrator, nothing; 20-21 acts: narrator
   22: (None, N, "diplomats"),                 # "a route that diplomats say is ..." (clause carrying speech)
   23: (IH, D, IHA), 24: (IH, D, IHA), 25: (IH, D, IHA),
   26: ("Analysts", I, "*|" + N),              # loose group's speech act with content; intro too
   27: (TW, D, TWA), 28: (TW, D, TWA),
   29: (TW, I, TWA),                           # "The 58-year-old said"
   30: (TW, D, TWA),                           # "He added that ... "...""
   31: (SO, I, SOA + "|both sides|sides"),     # relays an agreement of both sides
   32: (SO, D, SOA),                           # closing quote mark missing before the tag
   # 33 reporting credit: narrator
 }),
 "t02_speech_fm2001.txt": ("", {
   0: (None, N, AK + "|" + AKT),               # title line naming him
   # 1 place/date, 2 "Unofficial translation", 3 "Check against delivery": narrator
   4: (AK, D, AKA),                            # salutation: part of the speech
   5: (AK, D, AKA), 6: (AK, D, AKA),
   7: (AK, D, AKA + "|our President|President"),  # "our President telephoned ... to tell him that ..."
   8: (AK, D, AKA), 9: (AK, D, AKA),
   10: ("NATO", I, "North Atlantic Alliance|Alliance|" + AKF),  # "The North Atlantic Alliance ... declared ... that ..."
   11: (AK, D, AKA), 12: (AK, D, AKA), 13: (AK, D, AKA),
   14: (AK, D, AKA + "|Some in my own country"),
   15: (AK, D, AKA + "|Some in my own country"),  # "They say that ..."
   16: (AK, D, AKA), 17: (AK, D, AKA),
   18: (AK, D, AKA), 19: (AK, D, AKA), 20: (AK, D, AKA),
   21: ("Russia", D, "Russian leadership|" + AKF),  # "The Russian leadership has ... decided to propose ..."
   22: (AK, D, AKA), 23: (AK, D, AKA),
   24: (AK, D, AKA + "|" + PD),                # the SG "told me that ... "...""
   25: (AK, D, AKA),                           # "I welcome those words.": nobody else
   26: (AK, D, AKA + "|Andrei Reshetov|Reshetov|My deputy|deputy"),  # relayed information
   27: (AK, D, AKA + "|Jürgen Falk|Falk|Foreign Minister Falk|My German colleague|German colleague|Germany"),
   28: (AK, D, AKA),                           # "I could not agree more."
   29: (AK, D, AKA), 30: (AK, D, AKA), 31: (AK, D, AKA),
   # 32 (Applause): narrator
   33: (AK, D, AKA),                           # "I note that applause"
   34: (AK, D, AKA + "|grandfather|my grandfather"),  # nested saying of his grandfather
   35: (AK, D, AKA), 36: (AK, D, AKA),
   # 37 source line: narrator
 }),
 "t03_briefing_state2014.txt": ("", {
   # 0 title: narrator
   1: (None, N, LHO),                          # header line naming the spokesperson
   # 2 place/date: narrator
   3: (LH, D, LHA),
   4: (LH, D, LHA),                            # "The Secretary spoke ... with ... Zimin": no content
   5: (LH, D, SEC),                            # "He made clear that ..." (the Secretary's words)
   6: (LH, D, SEC),                            # "As the Secretary said in Geneva, ... "...""
   7: (LH, D, LHA),                            # call-on "let's go to you, Lucas."
   8: ("Lucas", D, QJ),                        # vocative "Laura": nobody else
   9: ("Lucas", D, QJ + "|Arkady Zimin|Zimin|Foreign Minister Zimin|Russian Foreign Minister|Russia"),
   10: ("Lucas", D, QJ),
   11: (LH, D, LHA),
   12: (LH, D, LHA + "|Ukrainian government|Ukraine"),  # relayed offer
   13: (LH, D, LHA), 14: (LH, D, LHA),
   15: ("Question", D, QN),                    # bare follow-up: never a previous journalist (doubtful)
   16: ("Question", D, QN + "|Pentagon|United States"),
   17: ("Question", D, QN + "|Russian Foreign Ministry|Foreign Ministry|Russia"),
   18: ("Question", D, QN),
   19: (LH, D, LHA), 20: (LH, D, LHA), 21: (LH, D, LHA),
   22: ("Question", D, QN + "|Russia|Moscow"),  # "what Moscow says is provoking it"
   23: (LH, D, LHA),                           # "I hope not."
   # 24 (Laughter.): narrator
   25: (LH, D, LHA), 26: (LH, D, LHA),
   27: ("Question", D, QN), 28: ("Question", D, QN),
   29: (LH, D, LHA),
   30: ("NATO", D, "NATO foreign ministers|foreign ministers|ministers|" + LHO),  # ministers' decision reported
   31: (LH, D, LHA),
   32: (LH, D, SEC),                           # "The Secretary has said many times that ..."
   33: ("Question", D, QN),
   34: (LH, D, LHA),
   35: ("Question", D, QN),                    # "did the Secretary raise ...": a question, nobody else
   36: (LH, D, LHA), 37: (LH, D, LHA),         # interrupted turn
   38: ("Question", D, QN),                    # interrupted question
   39: (LH, D, SEC),                           # "he told the foreign minister that ..."
   40: (LH, D, LHA),
   41: ("Question", D, QN),
   # 42 end line, 43 DPB number: narrator
 }),
 "t04_report_armscontrol2019.txt": ("Margaret Kerr", {
   # 0 title, 1 series line, 2 author line, 3-4 heading pieces: narrator
   5: (None, N, "United States"),              # act with "after announcing that it would"
   6: ("NATO", I, "NATO allies|allies|All NATO allies"),  # "All NATO allies had stated ... that ..."
   7: ("Russia", I, "Moscow"),                 # "Moscow has consistently denied that ..."
   8: ("Russian officials", I, "officials|Russia"),  # names the United States, Romania, Poland: no *
   9: ("Oleg Markin", D, "Markin|deputy foreign minister|Russia's deputy foreign minister"),
   10: (None, N, "NATO"),                      # "The alliance's public line ..." intro
   11: ("Lars Eriksen", D, "Eriksen|Secretary General|NATO Secretary General|NATO"),
   12: (None, N, ASC),                         # belief told to the author; names Russia: no *
   13: (None, N, "officials in allied capitals|Most officials in allied capitals|*"),  # belief
   14: ("senior German official", D, "German official|official"),  # names Americans, Russians: no *
   15: ("French diplomat", D, "diplomat"),     # names Moscow, Washington: no *
   16: (None, N, "Russia|Russian officials"),  # "The view in Moscow is different." intro
   17: (None, N, "Russian officials|Russia"),  # "are convinced that": belief
   18: ("Russian diplomat", D, "diplomat|Russian diplomat interviewed for this report|one Russian diplomat interviewed for this report"),
   # 19-20 heading pieces, 21 narrator
   22: (None, N, "Lindgren and Sato|Lindgren"),  # finding
   23: ("Harper", D, ""),
   # 24 "This report takes ...": narrator
   25: ("Konstantin Sorin", I, "Sorin|President Sorin|President|Russia"),
   26: ("NATO", I, "allies|" + N),             # "rejected by allies, who pointed out that ..."
   # 27 recommendation, 28 the author's argument, 29-33 box, 34-42 notes: narrator
 }),
 "t05_feature_narva2024.txt": ("Thomas Reed", {
   # 0 headline, 1 byline: narrator
   2: (None, N, NK + "|" + NKA),               # scene introducing her
   # 3 background: narrator
   4: (NK, D, NKA), 5: (NK, D, NKA),
   6: (NK, D, NKA),                            # "She tells me what their television says": no content
   7: (NK, I, NKA),                            # "The retired textile worker ... says"
   8: (None, N, NK + "|" + NKA),               # "She is still not sure ...": belief
   9: (NK, D, NKA),
   10: (NK, D, NKA),                           # paragraph left open
   11: (NK, D, NKA), 12: (NK, D, NKA), 13: (NK, D, NKA),  # reopened
   # 14 the buoys (act): narrator
   15: (PB, I, PBA),                           # "According to the Police and Border Guard Board"
   16: ("Russia", D, "Russia's Foreign Ministry|Foreign Ministry|Russian Foreign Ministry|ministry|Moscow"),
   17: ("Estonia", D, "Estonia's government|government|Estonian government"),
   18: (None, N, DK + "|" + DKA),              # "Nina's son sees things differently" intro
   19: (None, N, DK + "|" + DKA),              # fact introducing him
   # 20 his background: narrator
   21: (DK, D, DKA), 22: (DK, D, DKA), 23: (DK, D, DKA),
   24: (None, N, DK + "|" + DKA),              # "Kask laughed when asked ...": gesture; bare Kask for neither
   25: (DK, D, DKA),
   # 26 "The city's mood is hard to read.": narrator
   27: ("city government", I, N),              # statistic "according to the city government"
   28: (AL, I, ALA),
   29: (AL, D, ALA + "|some of the boys|boys|Russian channels"),  # relays what the boys repeated
   30: (AL, D, ALA), 31: (AL, D, ALA), 32: (AL, D, ALA),
   33: (KL, I, KLA),
   34: (KL, D, KLA), 35: (KL, D, KLA),
   36: (None, N, NK + "|" + NKA),              # "was asked whether ...": intro
   37: (None, N, NK + "|" + NKA),              # gesture
   38: (NK, D, NKA), 39: (NK, D, NKA), 40: (NK, D, NKA),
   # 41 photo caption naming her: narrator, nothing accepted
 }),
 "t06_embassy_release2010.txt": ("", {
   # 0 issuer, 1 release number, 2 title, 3 place/date: narrator, nothing accepted
   4: ("Russia", I, RI),                       # "has taken note of statements ...": topic only
   5: ("Canadian officials", I, "officials|Canada|" + RB + "|" + N),  # "claimed that"; names Canada: no *
   6: ("Douglas Reid", D, DR),
   7: ("Canadian media outlets", D, "media outlets|Some Canadian media outlets|" + RB + "|" + N),
   8: ("Russia", I, RI),                       # "The Embassy notes that"
   9: (None, N, RB),                           # unframed continuation
   10: (None, N, RB), 11: (None, N, RB), 12: (None, N, RB),
   13: ("Russia", I, RI),                      # "The Embassy regrets that"
   14: (None, N, RB),
   15: (YL, D, YLA),                           # intro "said:" merged with the quotation
   16: (YL, D, YLA),                           # paragraph left open
   17: (YL, D, YLA),                           # reopened mark
   18: ("Russia", I, RI + "|Russian side"),    # "The Embassy draws attention to the fact that the Russian side has ... proposed"
   19: (None, N, RB),
   20: ("Willem de Groot", D, WG),             # "The Embassy also recalls that NATO SG ... stated ... "...""
   21: (None, N, RB),                          # "Russia shares this approach."
   22: (None, N, RB), 23: (None, N, RB),
   # 24 "* * *", 25-26 contact lines: narrator, nothing accepted
 }),
 "t07_tvdebate_warsaw2016.txt": ("", {
   # 0 programme, 1 title, 2 broadcast line: narrator
   3: (None, N, DG + "|" + DGA),               # "MODERATOR: Daniel Grant" header line
   4: (None, N, YM + "|" + YMA + "|" + KO + "|" + KOA),  # "GUESTS:" header line
   5: (DG, D, DGA),
   6: (DG, D, DGA + "|NATO|NATO leaders"),     # reports the leaders' agreement in his turn
   7: (DG, D, DGA + "|Russia|Kremlin"),        # "The Kremlin has already said it will respond."
   8: (DG, D, DGA),                            # names the guests
   9: (DG, D, DGA),
   10: (YM, D, YMA),
   11: (YM, D, YMA),                           # "I grant you that": not the moderator
   12: (YM, D, YMA),                           # her own characterisation of NATO
   13: (KO, D, KOA), 14: (KO, D, KOA),
   15: (YM, D, YMA),                           # interrupted turn
   16: (KO, D, KOA),                           # continuation "-- it is not ..."
   # 17 [CROSSTALK]: narrator
   18: (DG, D, DGA),                           # vocatives: nobody else
   19: (YM, D, YMA),
   20: (YM, D, YMA + "|Founding Act|NATO"),    # the Act's commitment by NATO
   21: (YM, D, YMA + "|Russia|Moscow"),        # "Moscow regards ..."
   22: (DG, D, DGA + "|Secretary General|NATO Secretary General|NATO"),  # reports the (unnamed) SG
   23: (DG, D, DGA),                           # echo "substantial": nobody else
   24: (KO, D, KOA), 25: (KO, D, KOA),
   26: (KO, D, KOA + "|" + LPM),               # relayed request of the prime minister
   27: (KO, D, KOA + "|" + LPM),
   28: (YM, D, YMA),
   29: (YM, D, YMA),                           # echo of "tripwire": nobody else
   30: (KO, D, KOA),
   31: (DG, D, DGA), 32: (DG, D, DGA),
   33: (YM, D, YMA),
   34: (YM, D, YMA + "|foreign minister|Our foreign minister|Russia"),
   35: (YM, D, YMA),                           # absence of an answer: nobody else
   36: (KO, D, KOA),
   37: (KO, D, KOA + "|NATO|alliance"),        # relayed proposals
   38: (KO, D, KOA + "|Russian diplomats"),    # "Russian diplomats told us ... that ..."
   39: (KO, D, KOA),
   40: (DG, D, DGA), 41: (DG, D, DGA),
   # 42 (END), 43 copyright: narrator
 }),
 "t08_longread_kosovo2009.txt": ("Matthew Crane", {
   # 0 headline, 1 standfirst (events): narrator
   2: (None, N, "men who were there|The men who were there|*"),  # standfirst: disagreement of a loose group
   # 3 byline
   4: (None, N, YG + "|" + YGA),               # scene introducing him
   # 5 the map: narrator
   6: (YG, D, YGA), 7: (YG, D, YGA),           # "I remember," he said, "that ..."
   # 8 the events of 1999: narrator
   9: (None, N, YG + "|" + YGA),               # fact introducing his quote
   10: (YG, D, YGA), 11: (YG, D, YGA), 12: (YG, D, YGA),
   13: (None, N, YG + "|" + YGA),              # "He still believes ...": belief
   14: (YG, I, YGA),                           # "Without it, he says, ..."
   15: (None, N, EL + "|" + ELA),              # fact introducing him
   # 16 "It had been a long night ...": narrator, nothing
   17: (EL, D, ELA), 18: (EL, D, ELA),
   19: (EL, I, ELA),                           # "According to Long, ..."
   20: (EL, I, ELA + "|brigade commander|His brigade commander"),  # relays the commander's words
   21: (EL, D, ELA + "|People"),              # "People say now that ..."
   22: (EL, D, ELA), 23: (EL, D, ELA),
   24: (None, N, "Russia|Foreign Ministry"),   # "In Moscow, the reaction was confused." intro
   25: ("Russia", D, "Foreign Ministry|Russian Foreign Ministry|ministry|General Staff"),
   26: (PH, I, PHA),                           # former spokesman: NATO not accepted
   27: (PH, D, PHA), 28: (PH, D, PHA),
   # 29-30 the compromise: narrator; 31-32 the photograph (Belyakov not a speaker): narrator
   33: (None, N, YG + "|" + YGA),              # gesture introducing his quote
   34: (YG, D, YGA),
   35: (YG, D, YGA),                           # paragraph left open
   36: (YG, D, YGA), 37: (YG, D, YGA),         # reopened
   # 38-39 caption and credit: narrator
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    print("=====", doc, len(sents), "sentences")
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        text = normalize_space(s.text)
        print(f"{i:3d} [{sp or '-'} | {voice} | {acc}] {text}")
        rows.append({"doc": doc, "index": i, "text": text,
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
