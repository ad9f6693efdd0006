"""Build gold.csv for the thirty-sixth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-34
(experiments/attribution_heldout4/ ... attribution_heldout34/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`;
- in a transcript turn, a sentence that reports another person's words keeps
  the turn speaker as gold and accepts the reported person or body; a name
  without that person's words accepts nobody;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's, minister's or ambassador's own remarks give the person,
  with the government or body accepted; a deputy minister's only his own
  name forms; a Secretary General's own remarks give him, NATO accepted;
  a minister reporting his government's decision gives the country;
- beliefs, memories, feelings and plans are the narrator; intro sentences
  without content and gestures are the narrator with the person accepted; a
  speech act with no content by a named person gives the person, narrator
  accepted; absence of speech ("has not said") is the narrator;
- a factual sentence whose relative or subordinate clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- headlines, bylines, datelines, credits, timestamps, captions and
  "(Laughter)" lines are the narrator; a standfirst reporting speech accepts
  the person (batch 8); unnamed sources are written as they appear without
  the article, `*` accepted unless the sentence (or the source's own
  description, "NATO official") names another person or body;
- a document with no byline (transcript, committee summary, unsigned
  editorial) has no narrator; an unsigned editorial's own sentences are the
  narrator with the newspaper accepted, its masthead and headline with
  nothing accepted (batches 15, 26);
- two people who share a surname: the bare surname is accepted for neither
  (batches 21, 23, 24); a quotation left unclosed or with its closing mark
  missing before the tag stays with its speaker (batches 11, 19).

New decisions in this batch:
- t01 (feature, 2023): "According to the Finnish Border Guard" and "the
  Border Guard says" give the body as itself ("Finnish Border Guard", as
  batch 17's "Estonian Defence Forces"), "Border Guard" and Finland accepted;
  the commander of a border guard station accepts only his rank and surname
  forms (batch 25's battlegroup commander); spouses Olga and Pekka Virtanen:
  bare "Virtanen" (used once for Olga) accepted for neither, first names for
  their own person; "Her husband sees it differently." is an intro (narrator,
  Pekka accepted); Olga's "My mother asks me ... whether ..." accepts the
  mother (batch 28's son); "He blames Moscow, not Helsinki" is a stance
  introducing his quote (batch 19); "Finland closed ..., after the government
  in Helsinki said ..." is an act with a subordinate clause carrying speech
  (narrator, Finland accepted); the standfirst "Some of its shopkeepers are
  less sure." is a loose group's belief (narrator, `*`); "Laakso ... is
  already planning ..." is a plan (narrator, her accepted, batch 30).
- t02 (wire, 2007): a First Deputy Prime Minister is a senior member of the
  government, not a deputy minister: his remarks accept Russia (new); the
  Defence Ministry's military spokesman accepts his ministry and Russia
  (batch 11); "spokesman" alone fits both the ministry's and the State
  Department's spokesman and is accepted for neither (batch 23); the lead
  "Russia test-fired ... and said it could overcome ..." gives Russia
  (`indirect`), narrator accepted (batch 4's "withdrew ..., citing"); "Moscow
  says the shield, which Washington says ..., is aimed at ..." gives Russia,
  the United States accepted (batch 19); "The alliance has offered ... and
  has invited Russia ..., an offer Moscow has so far turned down." gives NATO
  (`indirect`), narrator and Russia accepted (batch 23); "Western analysts
  believe" is a belief (narrator, `*`); the quotation whose closing mark is
  missing before "he said" stays with Korshunov.
- t03 (joint press conference, 1996, no byline): "SPOKESMAN (Name):" and the
  later bare "SPOKESMAN:" give the spokesman, with "Spokesman" and his surname
  accepted and not the ministry (moderating lines, batch 19); "MINISTER X:"
  labels give the full name from the title line, surname, "Minister X" and
  the minister's country accepted, the bare title "foreign minister" for
  neither (batch 15); "QUESTION (Name, Outlet):" gives the journalist (batch
  19), the bare "QUESTION:" follow-up gives "Question" (batch 9/31); the
  title line naming both ministers is the narrator with both accepted (batch
  12); "The Polish government has decided to propose ..." gives Poland
  (batch 10); "The President of Russia asked me to tell our Polish friends
  that ..." keeps the minister, the President accepted (a relayed message);
  the journalist reporting the Duma chairman's and the Secretary General's
  words accepts them; "As Minister Dorofeyev said, ..." accepts him; "The
  minister raised it" (a topic only) accepts nobody.
- t04 (unsigned editorial, 2014): "according to Swedish military officials"
  names a Russian aircraft, so no `*` (officials and Sweden accepted); "A
  report published ... by the European Security Forum ... warned that ...
  "..."" gives the body ("European Security Forum", `direct`), the report
  accepted (batch 17); "NATO says its fighters have scrambled ..." is a
  statistic: NATO (`indirect`), narrator accepted (batch 32); "Moscow's
  response was predictable." is an intro (narrator, the newspaper, Russia and
  the ministry accepted, batch 26); "Not everyone will agree." is the
  editorial's prediction (narrator, newspaper and "Some in the alliance"
  accepted, batch 24); "Some in the alliance, particularly in Warsaw and the
  Baltic capitals, argue that ... the Kremlin ..." is a loose group naming
  another body (no `*`); a former minister accepts no country; the
  ambassador who "told this newspaper" gives the ambassador (Russia
  accepted); the correction line is the narrator, nothing accepted.
- t05 (profile, 2016): spouses Maarten and Els Visser: bare "Visser" (the
  article's name for him throughout) accepted for neither; "ambassador"
  alone fits four people and is accepted for nobody; an ambassador's remarks
  accept his country, a former ambassador's do not (Richard Hill; Savelyev,
  now retired, accepts Russia only in the 2014 remark relayed by Visser,
  batch 28); "Colleagues describe him as ..." is a loose group (`indirect`,
  `*`, batch 25); "He believes ... and he says so often enough that ..." is
  a belief coupled with a speech verb: him (`indirect`), narrator accepted
  (new, doubtful); "Visser recalls one such conversation, ..., in which
  Savelyev told him that Moscow would "..."" is a relayed quotation: Savelyev
  (`direct`), Visser accepted (batch 20); "He did not reply, he says." is his
  own report (him, `indirect`, narrator accepted; doubtful); "His wife, ...,
  remembers that summer differently." is a memory introducing her (narrator,
  her accepted); "Not everyone is persuaded." is an intro (narrator, `*` and
  the ambassador introduced accepted); "Maarten thinks that ..." inside her
  quote reports a belief (nobody else); the historian of "in a 2009
  interview with the historian X" is not a speaker; the caption's naming line
  is the narrator with nothing accepted, its repeated quotation a pull quote
  (him, narrator accepted, batch 14).
- t06 (committee report summary, 2019, no byline): the committee's findings,
  conclusions, agreement and recommendations give "Standing Committee on
  National Defence" (as batch 27's "Defence Committee"), with Committee,
  report, its full name and the narrator accepted; its "held eleven meetings
  ... and heard from 36 witnesses" is its own announcement (narrator,
  committee accepted); witnesses' evidence and the embassy's brief reported
  in the summary give the witness / Russia, with the committee accepted as
  relaying source (batch 27); a split-in "(Evidence, date)" citation does
  not change the speaker; "Other witnesses were less reassuring." is an intro
  (narrator, `*`, the group and the next witness accepted); "Several
  witnesses told the Committee" names the committee, Canada and NATO: no `*`;
  "One of them, ..., John Mercer, cautioned" gives the named witness; the
  president of an association accepts the association (a head speaking for
  her body, as batch 24's chief executive); the minister's "the Government
  would not support ..." is his statement of a stance (him, Canada accepted,
  batch 14); "The Committee agrees with the Minister." gives the committee,
  the minister accepted (content by reference); the dissenting "Conservative
  members of the Committee" are written as they appear, no `*` (their
  sentence names the Government and NATO), the Committee not accepted; the
  "Chair: Name, MP" header line is the narrator with him accepted (batch 30's
  "Moderator:" line); "the Chair said:" gives that person, the committee
  accepted (batch 27, doubtful), and his "they agreed that ..." accepts the
  witnesses.
- t07 (live blog, 2015): "Our Moscow correspondent, X, writes:" and the
  block give X (narrator and surname accepted, batch 34), its closing
  "— X on Red Square" too (batch 31); the unnamed "One Russian official I
  spoke to" inside the block gives "Russian official", `*` accepted; the
  Kremlin spokesman Yuri Ivanov and the veteran Nikolai Ivanov ("no
  relation"): the bare "Ivanov said" right after the spokesman is Yuri, bare
  "Ivanov" accepted for neither; "Grekov is speaking now." and "has been
  asked on state television about ..." are intros (narrator, the person
  accepted); "In Brussels, NATO has issued a short statement." is a body's
  speech act without content (NATO, `indirect`, narrator and statement
  accepted, batch 18's "The Kremlin has also commented"), "It says the
  alliance "..."" NATO (`direct`); "my colleague spoke to X" is an intro
  (narrator, X accepted); "The German chancellor's office has confirmed that
  ..." gives the office as written ("German chancellor's office"), with
  "office", "chancellor's office", the unnamed "German chancellor" and
  Germany accepted (new); "has tweeted this a few minutes ago:" gives the
  ambassador (`indirect`, batch 19), his country accepted; the merged
  key-event bullets accept the parties they report.
- t08 (obituary, 2017): "in the words of one American participant, "..."",
  the participant being named in the next sentence ("That participant was
  Walter Birch, ..."), gives the named person (`direct`), with his
  description and the narrator accepted (batch 14/20's speaker named in the
  next sentence; batch 21's parenthetical with quoted words); the naming
  sentence is the narrator with him accepted; "Mr. Birch recalled a dinner
  ... at which Tikhomirov ... told the Americans: "..."" is a relayed
  quotation: Tikhomirov (`direct`), Birch accepted (batch 20); "X said
  Tikhomirov had been among the first ... to argue that ..." keeps X, the
  subject accepted (relaying source); "In later years he was a sharp critic
  of NATO's expansion, which he said had broken "..."" carries the subject's
  own quoted words in its relative clause: him (`direct`), narrator accepted
  (new, doubtful; batch 9's rule is for another party's speech); "He was no
  less critical of his own government." is an intro (narrator, him
  accepted); the daughter's surname form "Tikhomirova" differs from his, and
  his wife is given only by first name, so bare "Tikhomirov" is accepted for
  him (batches 26/27); a deputy head of delegation accepts no country (as a
  deputy); her quotation of his saying and her gloss "He meant both sides."
  accept him; "American accusations that Russia was violating ..." in her
  sentence accepts the United States.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
ML, MLA = "Mervi Laakso", "Laakso|mayor|Imatra's mayor"
RH, RHA = "Raimo Heikkinen", "Heikkinen"
JK, JKA = "Jari Rautio", "Rautio|Captain Rautio|captain"
FBG, FBGA = "Finnish Border Guard", "Border Guard|Finland"
OV, OVA = "Olga Virtanen", "Olga"
PV, PVA = "Pekka Virtanen", "Pekka|husband|Her husband"
RFM1 = "Russia's Foreign Ministry|Foreign Ministry|ministry"
# t02
RDM = "Defence Ministry|Russian Defence Ministry|ministry|statement"
IS, ISA = "Igor Shirokov", "Shirokov|Colonel Shirokov|ministry's spokesman|Russia|Defence Ministry|ministry"
SB, SBA = "Sergei Baranov", "Baranov|First Deputy Prime Minister|first deputy prime minister|Russia"
MLB, MLBA = "Mark Lamb", "Lamb|State Department spokesman|State Department|United States"
NO, NOA = "NATO official", "official|NATO"
AG, AGA = "Anatoly Grekov", "Grekov|President Grekov|president|Russia"
PL, PLA = "Pavel Korshunov", "Korshunov|military analyst|analyst"
PW, PWA = "Pawel Wrona", "Wrona|Deputy Foreign Minister|deputy foreign minister"
# t03
TJ, TJA = "Tomasz Jarosz", "Spokesman|Jarosz"
AN, ANA = "Andrzej Nowicki", "Nowicki|Minister Nowicki|Poland"
YD, YDA = "Yuri Dorofeyev", "Dorofeyev|Minister Dorofeyev|Russia"
QJ = "Q|Question|journalist"
EK, EKA = "Ewa Kaminska", QJ + "|Kaminska"
SH, SHA = "Simon Hope", QJ + "|Hope"
TB, TBA = "Tomasz Baran", QJ + "|Baran"
# t04
NC = "Westland Herald|The Westland Herald|Herald"
LB, LBA = "Lars Bech", "Bech|Denmark|defence minister|Denmark's defence minister"
TBE, TBEA = "Tomas Berger", "Berger|Secretary General|NATO Secretary General|NATO"
KS, KSA = "Kristjan Saar", "Saar|former Estonian defence minister"
DK, DKA = "Dmitri Kuzin", "Kuzin|ambassador|Russia's ambassador in London|Russia"
RDM4 = "Russian Defence Ministry|Defence Ministry|ministry"
SIA = "Some in the alliance"
# t05
MV, MVA = "Maarten Visser", "Maarten|Dutchman|Netherlands|Netherlands' ambassador to NATO"
EV, EVA = "Els Visser", "Els|wife|His wife"
RHI, RHIA = "Richard Hill", "Hill"
GS, GSA = "Grigory Savelyev", "Savelyev"
SNO, SNOA = "senior NATO official", "NATO official|official|NATO"
JW, JWA = "Joanna Wrobel", "Wrobel|Poland|Poland's ambassador to NATO"
# t06
SC = "Standing Committee on National Defence"
SCA = "Committee|committee|report|House of Commons Standing Committee on National Defence|" + N
REL = SC + "|Committee"                        # the committee as relaying source
DB, DBA = "David Beaulieu", "Beaulieu|Chair|David Beaulieu, MP|" + REL
DL, DLA = "David Little", "Little|Lieutenant-General Little|Commander of Canadian Joint Operations Command|Canadian Joint Operations Command|" + REL
NK, NKA = "Nadia Kovac", "Kovac|Dr. Kovac|Dr Kovac|" + REL
JWH, JWHA = "John Mercer", "Mercer|former Canadian ambassador to Russia|" + REL
RUE = "Embassy of the Russian Federation|Embassy|embassy|written brief|brief|" + REL
JA, JAA = "Joanne Arnaquq", "Arnaquq|President of the Qikiqtani Inuit Association|Qikiqtani Inuit Association|" + REL
RK, RKA = "Robert Ashby", "Ashby|Minister|Minister of National Defence|Canada|Government|" + REL
# t07
AM, AMA = "Alec Marsh", N + "|Marsh"
YI, YIA = "Yuri Ivanov", "Kremlin spokesman|spokesman|Kremlin|Russia"
CJ, CJA = "Clara Jensen", "Jensen|spokeswoman|NATO spokeswoman|NATO"
NI, NIA = "Nikolai Ivanov", "Nikolai|veteran"
RM, RMA = "Richard Moss", "Moss|US ambassador|ambassador|United States"
CO, COA = "German chancellor's office", "chancellor's office|office|German chancellor|Germany"
# t08
OT, OTA = "Oleg Borisovich Tikhomirov", "Oleg Tikhomirov|Tikhomirov|Oleg"
WB, WBA = "Walter Birch", "Birch|Mr. Birch"
GV, GVA = "Gennady Vorontsov", "Vorontsov|Mr. Vorontsov"
IT, ITA = "Irina Tikhomirova", "Irina|daughter|His daughter|Tikhomirova"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_feature_imatra2023.txt": ("Helen Wood", {
   # 0 headline: narrator
   1: (None, N, ML + "|" + MLA),               # standfirst reporting the mayor
   2: (None, N, "*|Some of its shopkeepers|shopkeepers"),  # standfirst: a loose group's belief
   # 3 byline, 4-5 dateline scene: narrator
   6: (None, N, "Finland|government in Helsinki|government"),  # act; "after the government ... said" clause
   7: ("Russia", D, "Kremlin"),                # denied ... and called the closure "..."
   8: (None, N, ML + "|" + MLA),               # activity without content
   9: (ML, D, MLA), 10: (ML, D, MLA), 11: (ML, D, MLA),
   12: (ML, I, MLA),                           # "The 54-year-old ... says she still does"
   13: (ML, I, MLA),
   14: (None, N, "*|" + RH + "|" + RHA),       # "Not everyone ... is as philosophical." intro
   15: (None, N, RH + "|" + RHA),              # fact introducing him
   16: (RH, I, RHA),                           # ", he said,"
   17: (RH, D, RHA),
   18: (None, N, RH + "|" + RHA),              # stance introducing his quote (batch 19)
   19: (RH, D, RHA),
   20: (JK, I, JKA),
   21: (JK, D, JKA),                           # "the captain said"
   22: (JK, D, JKA),
   23: (FBG, I, FBGA),                         # "According to the Finnish Border Guard"
   24: (FBG, I, FBGA),                         # "the Border Guard says"
   25: (JK, I, JKA),                           # "Rautio paused, then said:"
   26: (JK, D, JKA),                           # untagged quotation paragraph, left open
   27: (JK, D, JKA), 28: (JK, D, JKA), 29: (JK, D, JKA),  # reopened paragraph
   30: (None, N, OV + "|" + OVA),              # fact introducing her (names Pekka)
   31: (None, N, OV + "|" + OVA),              # bare "Virtanen" = Olga; accepted for neither
   32: (OV, D, OVA),
   33: (OV, D, OVA + "|mother|Her mother|My mother"),  # reports her mother's question
   34: (OV, D, OVA),
   35: (None, N, PV + "|" + PVA),              # "Her husband sees it differently." intro
   36: (PV, D, PVA), 37: (PV, D, PVA),
   38: ("Russia", D, RFM1),                    # summoned ... and said ... "inevitably"
   39: ("Russia", D, "Moscow"),
   40: (None, N, ML + "|" + MLA),              # a plan
   41: (ML, D, MLA),
   42: (ML, D, MLA),                           # quotation left unclosed
   # 43 reporting credit: narrator
 }),
 "t02_wire_missiletest2007.txt": ("Andrew Page", {
   0: (None, N, "Russia"),                     # headline reporting Russia's warning
   # 1 byline
   2: ("Russia", I, N),                        # lead: test-fired ... and said ...
   3: ("Russia", I, RDM),                      # "the Defence Ministry said in a statement"
   4: (IS, D, ISA), 5: (IS, D, ISA),
   6: (SB, I, SBA),                            # first deputy PM: Russia accepted (new)
   7: (SB, D, SBA), 8: (SB, D, SBA),
   9: ("Russia", I, "Moscow|United States|Washington"),  # "which Washington says" clause
   10: (MLB, I, MLBA),
   11: (MLB, D, MLBA), 12: (MLB, D, MLBA), 13: (MLB, D, MLBA), 14: (MLB, D, MLBA),
   15: (NO, I, NOA),
   16: (NO, D, NOA), 17: (NO, D, NOA),
   18: ("NATO", I, N + "|Russia"),             # offer; "an offer Moscow has ... turned down"
   19: (AG, D, AGA),
   20: (AG, I, AGA),                           # "he threatened to suspend"
   21: (None, N, "Western analysts|analysts|*"),  # belief
   22: (PL, I, PLA),
   23: (PL, D, PLA),                           # closing mark missing before the tag
   24: (PL, D, PLA),
   25: (PW, D, PWA),                           # deputy minister: own forms only
   # 26 reporting credit: narrator
 }),
 "t03_pressconf_warsaw1996.txt": ("", {
   # 0-1 issuer lines: narrator
   2: (None, N, AN + "|" + YD),                # title line naming both ministers
   # 3 place/date, 4 transcript note: narrator
   5: (TJ, D, TJA), 6: (TJ, D, TJA),
   7: (AN, D, ANA), 8: (AN, D, ANA), 9: (AN, D, ANA), 10: (AN, D, ANA),
   11: ("Poland", D, AN + "|" + ANA + "|Polish government|government"),  # government's decision
   12: (YD, D, YDA), 13: (YD, D, YDA), 14: (YD, D, YDA), 15: (YD, D, YDA), 16: (YD, D, YDA),
   17: (YD, D, YDA + "|President of Russia|President"),  # relayed message of the President
   18: (TJ, D, TJA),
   19: (EK, D, EKA + "|Nikolai Orlov|Orlov|Mr Orlov"),  # reports the Duma chairman's words
   20: (EK, D, EKA),
   21: (YD, D, YDA),                           # names Orlov without his words
   22: (YD, D, YDA),
   # 23 (Laughter): narrator
   24: (AN, D, ANA), 25: (AN, D, ANA), 26: (AN, D, ANA),
   27: (SH, D, SHA),
   28: (SH, D, SHA + "|NATO Secretary General|Secretary General|NATO"),  # reports the SG's words
   29: (SH, D, SHA), 30: (SH, D, SHA),
   31: (YD, D, YDA), 32: (YD, D, YDA), 33: (YD, D, YDA),
   34: (AN, D, ANA),
   35: (AN, D, ANA + "|" + YD + "|Dorofeyev|Minister Dorofeyev"),  # "As Minister Dorofeyev said"
   36: (TB, D, TBA),
   37: (AN, D, ANA), 38: (AN, D, ANA),
   39: ("Question", D, "journalist|Q"),        # bare follow-up: never a previous journalist
   40: ("Question", D, "journalist|Q"),
   41: (AN, D, ANA), 42: (AN, D, ANA),
   43: (TJ, D, TJA),
 }),
 "t04_editorial_nearmiss2014.txt": ("", {
   # 0 masthead, 1 "Leading article", 2 headline, 3 date: narrator, nothing accepted
   4: ("Swedish military officials", I, "military officials|officials|Sweden"),  # names a Russian aircraft: no *
   5: (None, N, NC),                           # "we fear"
   6: ("European Security Forum", D, "report|Forum"),
   7: (LB, D, LBA),
   8: (None, N, NC),                           # verdict
   9: (None, N, NC + "|Russia|" + RDM4),        # "Moscow's response was predictable." intro
   10: ("Russia", D, RDM4),
   11: (None, N, NC), 12: (None, N, NC), 13: (None, N, NC),
   14: ("NATO", I, N),                         # "NATO says its fighters have scrambled ..." (statistic)
   15: (None, N, NC), 16: (None, N, NC),
   17: (TBE, D, TBEA),
   18: (None, N, NC),                          # "He is right, as far as he goes."
   19: (None, N, NC), 20: (None, N, NC),
   21: (None, N, NC), 22: (None, N, NC), 23: (None, N, NC), 24: (None, N, NC),
   25: (None, N, NC + "|" + SIA),              # "Not everyone will agree." prediction/intro
   26: (SIA, I, ""),                           # names the Kremlin: no *
   27: (KS, D, KSA),
   28: (None, N, NC), 29: (None, N, NC), 30: (None, N, NC),
   31: (DK, D, DKA),
   32: (None, N, NC),
   # 33 correction line: narrator, nothing accepted
 }),
 "t05_profile_ambassador2016.txt": ("Claire Rowan", {
   # 0 headline: narrator
   1: (None, N, MV + "|" + MVA),               # standfirst: his arguing
   # 2 standfirst, 3 byline, 4 masthead/date: narrator
   5: (None, N, MV + "|" + MVA),               # scene introducing him
   6: (MV, D, MVA), 7: (MV, D, MVA), 8: (MV, D, MVA),
   # 9 career fact: narrator
   10: ("Colleagues", I, "*"),                 # "Colleagues describe him as ..."
   11: (RHI, D, RHIA), 12: (RHI, D, RHIA),
   # 13 biography: narrator
   14: (MV, I, MVA + "|" + N),                 # belief + "he says so" (new, doubtful)
   # 15-16 MH17 facts: narrator
   17: (MV, D, MVA), 18: (MV, D, MVA), 19: (MV, D, MVA),
   20: (None, N, EV + "|" + EVA),              # "remembers that summer differently." intro
   21: (EV, D, EVA), 22: (EV, D, EVA), 23: (EV, D, EVA),
   24: (None, N, GS + "|" + GSA),              # fact introducing him
   25: (GS, D, GSA + "|" + N),                 # "remembers the Dutchman as "..."" (batch 8)
   26: (GS, D, GSA), 27: (GS, D, GSA),         # retired now: Russia not accepted
   28: (GS, D, GSA + "|Russia|" + MV + "|" + MVA),  # relayed quotation, 2014 as ambassador
   29: (MV, I, MVA + "|" + N),                 # "He did not reply, he says." (doubtful)
   30: (SNO, I, SNOA),
   31: (SNO, D, SNOA),
   32: (SNO, D, SNOA + "|" + MV + "|" + MVA),  # "when he says we should talk to Moscow"
   33: (None, N, "*|" + JW + "|" + JWA),       # "Not everyone is persuaded." intro
   34: (JW, I, JWA),
   35: (JW, D, JWA),                           # "Maarten thinks ...": a belief, nobody else
   36: (JW, D, JWA),
   37: (None, N, MV + "|" + MVA),              # gesture
   38: (MV, D, MVA), 39: (MV, D, MVA),
   # 40 "has not said what he will do next": narrator
   41: (MV, D, MVA),                           # interview with the historian (not a speaker)
   # 42 caption naming line: narrator
   43: (MV, D, MVA + "|" + N),                 # pull quote
 }),
 "t06_committee_arctic2019.txt": ("", {
   # 0-3 header lines: narrator, nothing accepted
   4: (None, N, DB + "|Beaulieu|Chair"),       # "Chair: Name, MP" header line
   5: (None, N, SC + "|Committee|committee"),  # the committee's own announcement
   6: (SC, I, SCA), 7: (SC, I, SCA),
   8: (DL, D, DLA),
   9: (DL, D, DLA),                            # "He added that ... "presence and awareness""
   10: (None, N, "*|Other witnesses|witnesses|" + NK),  # intro
   11: (NK, D, NKA),
   12: ("Several witnesses", I, "witnesses"),  # names the Committee, Canada, NATO: no *
   13: (JWH, D, JWHA),
   14: (JWH, D, JWHA),                         # "In his view, ..."
   15: ("Russia", D, RUE),                     # "notes the view of the Embassy ..."
   16: ("Russia", I, RUE),
   17: (JA, I, JAA),
   18: (JA, D, JAA), 19: (JA, D, JAA),
   20: (RK, I, RKA),                           # the Government's stance stated by the minister
   21: (RK, I, RKA),
   22: (SC, I, SCA + "|" + RK + "|Ashby|Minister"),  # "The Committee agrees with the Minister."
   23: (SC, I, SCA),                           # "It recommends that the Government of Canada:"
   24: (SC, I, SCA), 25: (SC, I, SCA), 26: (SC, I, SCA),  # recommendation bullets
   27: ("Conservative members of the Committee", I, "Conservative members"),  # names others: no *
   28: (DB, D, DBA + "|witnesses|Our witnesses"),  # "the Chair said:"; "they agreed that"
   29: (DB, D, DBA),
 }),
 "t07_liveblog_parade2015.txt": ("Sophie Lane", {
   # 0 headline, 1 byline, 2 date: narrator
   3: (None, N, "Russia|Kremlin"),             # merged key-event bullets
   4: (None, N, "NATO"),                       # key-event bullet
   # 5 timestamp, 6-7 narrator, 8 timestamp
   9: (AM, I, AMA),                            # "Our Moscow correspondent, X, writes:"
   10: (AM, D, AMA), 11: (AM, D, AMA),
   12: ("Russian official", D, "*|official"),  # source inside the block
   13: (AM, D, AMA),                           # signature line
   # 14 timestamp, 15 parade act, 16 timestamp
   17: (None, N, AG + "|" + AGA),              # "Grekov is speaking now." intro
   18: (AG, D, AGA), 19: (AG, D, AGA), 20: (AG, D, AGA),
   # 21 timestamp
   22: (None, N, YI + "|" + YIA),              # "has been asked ... about" intro
   23: (YI, D, YIA),
   24: (YI, D, YIA),                           # bare "Ivanov" = the spokesman
   25: (YI, D, YIA),
   # 26 timestamp
   27: ("NATO", I, N + "|statement"),          # "NATO has issued a short statement."
   28: ("NATO", D, "statement"),
   29: (CJ, I, CJA), 30: (CJ, D, CJA),
   # 31 timestamp
   32: (None, N, NI + "|" + NIA),              # "my colleague spoke to X" intro
   33: (NI, D, NIA), 34: (NI, D, NIA),
   # 35 timestamp
   36: ("Ian", I, "Ian in Glasgow|reader|A reader"),
   # 37 timestamp
   38: (RM, I, RMA),                           # "has tweeted this ...:"
   39: (RM, D, RMA), 40: (RM, D, RMA),
   # 41 timestamp
   42: (CO, I, COA),                           # "The German chancellor's office has confirmed that"
   43: (CO, I, COA),                           # ", the office said."
 }),
 "t08_obituary_negotiator2017.txt": ("Margaret Fenwick", {
   # 0 headline, 1 byline, 2-3 death notice: narrator
   4: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry|ministry|" + N),
   # 5 biography: narrator
   6: (WB, D, "American participant|participant|" + N + "|" + WBA),  # named in the next sentence
   7: (None, N, WB + "|" + WBA),               # "That participant was Walter Birch"
   8: (WB, D, WBA), 9: (WB, D, WBA),
   10: (OT, D, OTA + "|" + WB + "|" + WBA),    # relayed quotation
   # 11 career: narrator
   12: (GV, I, GVA + "|" + OT + "|" + OTA),    # relays Tikhomirov's argument
   13: (GV, D, GVA),                           # "our generals thought": a belief
   14: (GV, D, GVA + "|" + OT + "|" + OTA),    # "He told them ..."
   # 15 retirement: narrator
   16: (OT, D, OTA + "|" + N),                 # relative clause with his own quoted words (new, doubtful)
   17: (None, N, OT + "|" + OTA),              # intro
   18: (OT, D, OTA),                           # interview with the journalist (not a speaker)
   19: (OT, D, OTA),                           # memoir: "he wrote that ... "...""
   # 20-21 survivors: narrator
   22: (IT, D, ITA + "|United States"),        # "American accusations that ..."
   23: (IT, D, ITA + "|" + OT + "|" + OTA),    # his saying quoted by her
   24: (IT, D, ITA + "|" + OT + "|" + OTA),    # her gloss of his words
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
