"""Build gold.csv for the thirty-fourth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running or reading the attribution code. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or Q&A turn
  (label, full name or initials) is `direct`;
- in a Q&A turn, a sentence that reports another person's or body's words
  keeps the turn speaker as gold and accepts the reported party; likewise
  inside an interviewee's quote;
- speech acts of bodies give the body; acts without speech (met, suspended,
  decided, did not respond) are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted; a Secretary General's own remarks give him,
  with NATO accepted; when he reports what the body did ("Allies agreed ...",
  "Allies reaffirmed ... and called on Russia ...") the body is gold and he
  is accepted; a spokesperson's own statement of the body's stance gives the
  spokesperson, the body accepted (batch 9);
- beliefs, memories, feelings and stances without a speech verb are the
  narrator (the person accepted where evidently told to the reporter);
  intro sentences without content ("was more confident.", "was blunter.",
  "stopped briefly to talk to us") and gestures ("The general laughs, ...")
  are the narrator with the person accepted; a speech act without content by
  a named person ("His father disagrees.", "Sushkov rejected that.") gives
  the person, narrator accepted; "declined to say", "will not say to whom",
  "did not respond" are the narrator;
- "remembers X as "<quoted words>"" said by a person reached by the reporter
  gives that person, `direct`, narrator accepted (batch 8);
- headlines, standfirsts (narrator, the reported party accepted), bylines,
  datelines, timestamps, key-event bullets, headings, "Related:" lines,
  contact lines, author bios and reporting credits are the narrator; a
  headline that is an unattributed quote of the interviewee accepts him;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups likewise ("Many in
  Washington" believe: narrator, the group accepted);
- a document with no byline (NATO press release) has no narrator; the
  issuer's own announcements are narrator rows with NATO accepted; a
  Secretary General's statement in the first person gives him for its body,
  the narrator also accepted (one person's statement);
- honorifics and ranks ("Sen.", "Colonel General", "Lieutenant General") are
  not part of the canonical name; a Russian name with patronymic is
  canonical in full, first name + surname accepted (batch 7);
- two people sharing a surname are two speakers; the shared surname alone is
  accepted for neither (batches 30-32); first names used in the document are
  accepted; a "X writes:" live-blog block gives X (`indirect` for the intro
  line, `direct` for the block, narrator accepted), a source reported inside
  the block gives that source, and the split-off signature "— X in City"
  gives X (`direct`, narrator accepted) (batches 5, 30, 31).

New decisions in this batch:
- t01 (profile, father and son Anatoly Fedorovich and Maxim Savin): bare
  "Savin" after the son has been introduced still refers to the general, the
  subject of the profile ("the younger Savin" marks the son); "the
  74-year-old", "the general" and "His father" are Anatoly; "General Savin"
  (rank + surname, unambiguous) is accepted for him, bare "Savin" for
  neither; "He stands by the description." is a stance without speech verb:
  narrator, Anatoly accepted; "In a 2011 interview with the journalist Oleg
  Baranov, he called it "..."" gives Savin, Baranov is not a speaker and is
  not accepted; the quotation left unclosed at the end of a paragraph (row
  35) stays Savin's, and the next paragraph's quote belongs to his wife
  Galina Savina, a third speaker (her feminine surname form is not accepted
  alone, "Galina|wife|his wife" are); "He remembers the first meeting ..."
  is a memory introducing his quote: narrator, Anatoly accepted; the son's
  fact-introduction "His son, Maxim Savin, 41, runs ..." and "His son, told
  about the card ..., was silent" are the narrator with Maxim accepted.
- t02 (1997 newspaper): the lead "Key senators from both parties warned
  ..." gives the group as written (narrator accepted, as batch 8's wire
  lead; no `*`: it names the administration); "The Kansas Republican added
  that ..." is Hale; "Tom is writing a check" inside Hale's quote keeps Hale;
  "In Moscow, the reaction was harsher." is an intro: narrator, the deputy
  introduced next accepted; a White House spokesman accepts the United
  States; a Duma deputy does not accept the Duma or Russia.
- t03 (NATO press release): "the Secretary General made the following
  statement:" gives him (`indirect`, an intro with a speech verb and colon);
  "But we agreed that the NATO-Russia Council should be an all-weather
  forum" inside his statement, "we" being the ministers of both sides, gives
  "NATO-Russia Council" (as batch 4's m03), with him, NATO, "Ministers" and
  the narrator accepted; "Allies suspended ..." and "NATO Foreign Ministers
  decided to resume ..." in the Background section are acts: narrator, NATO
  accepted (the issuer's own text).
- t04 (column signed at the end): the signer is the narrator; "He was not
  speaking only for himself." introduces the ministry's warning: narrator,
  Russia and the ministry accepted; "She is right about the arithmetic." is
  the columnist's verdict: narrator, nothing accepted (batch 9's "He is
  right."); "For Moscow, the radar is a symbol." and "every promise the
  Russians believe the West broke" are the columnist's reading of others'
  views: narrator, Russia (and "Russians") accepted; "They may be right about
  that too." is the columnist's concession: narrator, the critics accepted
  (batch 6).
- t05 (think-tank Q&A, "Interview by" line, labels by full name then
  initials): the interviewer is the narrator; her labelled turns ("Laura
  Stone:", "LS:") give her, `direct`, narrator accepted (batch 30's t06); the
  interviewee's turns ("Mikko Rantala:", "MR:") give him; "(laughs)" inside
  his turn is part of his turn; the intro "We spoke to him ..." is the
  narrator with him accepted.
- t06 (live blog; Kremlin spokesman Andrei Ivanov and ambassador Kirill
  Ivanov, "no relation"): bare "Ivanov" right after "The Kremlin spokesman"
  is Andrei; "The ambassador" is Kirill; "Ivanov" alone is accepted for
  neither; the ambassador accepts Russia (batch 6), the Kremlin spokesman
  Russia/Kremlin; inside the correspondent's block, its own sentences give
  the correspondent (`direct`, narrator accepted), including an intro without
  content ("went further in an interview", the person introduced accepted)
  and "Officials I have spoken to here expect ..." (their expectation, told
  to him: the correspondent, officials accepted); "Leaders had agreed "in
  principle" ..., he said" gives NATO (`direct`: his fragment), the SG
  accepted; "A reader, Tom in Cardiff, emails:" gives "Tom" (`indirect`, an
  intro with a colon), the quoted e-mail gives Tom (`direct`), "Tom in
  Cardiff|reader|A reader" accepted; the blog's reply "It's a fair question."
  is the narrator; "police say ..." gives "police", `*` accepted; "has
  tweeted a photo ... with the words: "..."" gives the minister (`direct`).
- t07 (wire): the lead "..., according to Britain's Ministry of Defence"
  gives United Kingdom (ministry forms accepted, not the narrator: an
  explicit source); "A second Turkish official, who asked not to be named
  ..., was blunter." is an intro: narrator, that official accepted; his
  quote gives "second Turkish official" (as batch 5's "second diplomat");
  "According to NATO figures" gives NATO (batch 32).
- t08 (explainer): the Act's quoted text introduced by "In the Act, NATO
  stated that ..." / "NATO also reiterated that ..." gives NATO (`direct`),
  "Act|Founding Act" and the narrator accepted; "In it, the two sides said
  ..." gives "two sides" (batch 7), `*` and narrator accepted; "NATO officials
  have long argued that the pledge was tied to "the current and foreseeable
  security environment"" quotes the Act's words, only mentioned, so the
  officials are gold `indirect` (batch 6's mentioned word); "Moscow reads it
  differently." is a stance without speech verb: narrator, Russia accepted
  (batch 31); an unnamed senior NATO official's briefing on what the summit
  will do and how Allies feel gives the official (a briefing, not a reported
  decision, as batch 6's p01 row 13), NATO accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
AS, ASA = "Anatoly Fedorovich Savin", "Anatoly Savin|Anatoly|General Savin|Lieutenant General Savin|general"
MS, MSA = "Maxim Savin", "Maxim|younger Savin"
KH, KHA = "Karin Holt", "Holt"
GS, GSA = "Galina Savina", "Galina|wife|his wife"
# t02
RH, RHA = "Walter Hale", "Hale|Senator Hale|Sen. Hale"
MB, MBA = "Margaret Bell", "Bell|Senator Bell|Sen. Bell"
MY, MYA = "Daniel Young", "Young|United States|White House|spokesman|White House spokesman"
VT, VTA = "Vladimir Sushkov", "Sushkov"
TG, TGA = "Thomas Grant", "Grant|Senator Grant|Sen. Grant|Tom"
RUF = "Russian Foreign Ministry|Foreign Ministry|ministry"
SAO = "senior administration official"
# t03
HL = "Anders Brekke"
HLF = HL + "|Brekke|Secretary General|NATO Secretary General"
HLA = "Brekke|Secretary General|NATO Secretary General|NATO|" + N
NB = "Allies|" + HLF + "|" + N                  # body's act reported by the SG
# t04
NV, NVA = "Nikolai Vetrov", "Vetrov|General Vetrov|Colonel General Vetrov"
LB, LBA = "Laura Bishop", "Bishop|United States|State Department"
JH, JHA = "Jiří Horák", "Horák|mayor"
CW = "Critics of the project in Washington"
# t05
LS, LSA = "Laura Stone", "narrator|Stone"
MR, MRA = "Mikko Rantala", "Rantala"
# t06
WK, WKA = "Willem Kuiper", "Kuiper|Secretary General|NATO Secretary General|NATO"
PL, PLA = "Peter Long", "narrator|Long"
AI, AIA = "Andrei Ivanov", "Russia|Kremlin|Kremlin spokesman|spokesman"
KI, KIA = "Kirill Ivanov", "Russia|ambassador|Russian ambassador|Russia's ambassador to NATO"
DK, DKA = "Darius Kaminskas", "Kaminskas|Lithuania|foreign minister"
JT, JTA = "Jaak Tamm", "Tamm|Estonia|defence minister"
TC, TCA = "Tom", "Tom in Cardiff|reader|A reader"
# t07
UK = "United Kingdom"
UKA = "Britain|Ministry of Defence|Britain's Ministry of Defence|British Ministry of Defence|British ministry|ministry"
RDM = "Defence Ministry|Russian Defence Ministry|Russia's Defence Ministry|ministry"
EY, EYA = "Emre Yilmaz", "Yilmaz|Turkey|Turkish Foreign Ministry|spokesman"
STO, STOA = "second Turkish official", "Turkish official|official"
WD, WDA = "Western diplomat", "diplomat|Western diplomat in Ankara"
CD, CDA = "Carla Dunn", "Dunn|NATO|spokeswoman"
# t08
SL, SLA = "Sarah Long", "Long"
ACT = "narrator|Act|Founding Act"
NO, NOA = "NATO officials", "officials|NATO"
SNO, SNOA = "senior NATO official", "NATO official|official|NATO"
RFM = "Russia's Foreign Ministry|Russian Foreign Ministry|Foreign Ministry|ministry"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_general_profile.txt": ("Ruth Sharp", {
   # 0 headline, 1 standfirst fact: narrator
   2: (None, N, MS + "|" + MSA),               # standfirst: the son's view
   # 3 byline, 4 masthead/date, 5 dateline scene (full name introduced): narrator
   6: (AS, D, ASA),
   # 7 career facts: narrator
   8: (None, N, AS + "|" + ASA),               # "He remembers ..." memory introducing the quote
   9: (AS, D, ASA),                            # "he says, pouring tea"
   10: (AS, D, ASA),
   11: (AS, D, ASA),                           # untagged quote, new paragraph; left open
   12: (AS, D, ASA),
   13: (AS, D, ASA),                           # reopened mark, next paragraph
   14: (AS, I, ASA),                           # "The 74-year-old insists that"
   15: (AS, D, ASA),                           # Baranov named, not a speaker
   16: (None, N, AS + "|" + ASA),              # stance, no speech verb
   # 17 the card in the drawer: narrator
   18: (AS, I, ASA),                           # "He would still ring it, he says, ..."
   19: (KH, D, KHA + "|" + N),                 # "remembers Savin as "...""
   20: (KH, I, KHA),
   21: (KH, D, KHA),
   22: (KH, D, KHA),
   # 23 narrator
   24: (None, N, MS + "|" + MSA),              # son introduced (fact, no content)
   25: (MS, D, MSA),                           # "the younger Savin says"
   26: (MS, D, MSA),
   27: (None, N, MS + "|" + MSA),              # "Maxim thinks": belief told to the reporter
   28: (AS, I, ASA + "|" + N),                 # "His father disagrees." speech act without content
   29: (AS, D, ASA),                           # "the general says"
   30: (AS, D, ASA),                           # "He" = the son, inside the general's quote
   31: (AS, I, ASA),                           # bare "Savin" = the general
   # 32 "He will not say to whom.": narrator
   33: (AS, I, ASA),
   34: (AS, D, ASA),
   35: (AS, D, ASA),                           # quote left unclosed at paragraph end
   36: (None, N, GS + "|" + GSA),              # wife introduced (no content)
   37: (GS, D, GSA),
   38: (GS, D, GSA),
   39: (None, N, AS + "|" + ASA),              # gesture introducing his quote
   40: (AS, D, ASA),
   41: (AS, D, ASA),
   42: (None, N, MS + "|" + MSA),              # gesture/intro of the son
   43: (MS, D, MSA),
   # 44 author bio and translation note: narrator
 }),
 "t02_enlargement1997.txt": ("Mark Dawson", {
   0: (None, N, "Russia"),                     # headline reporting Moscow's warning
   # 1 byline, 2 bureau line: narrator
   3: ("Key senators from both parties", I, "senators from both parties|senators|" + N),  # lead; names the administration
   4: (RH, D, RHA),                            # "said Sen. Walter Hale, R-Kan."
   5: (RH, D, RHA),
   6: (RH, I, RHA),
   7: (RH, D, RHA),                            # "called ... "a number pulled out of a hat""
   8: (RH, I, RHA),                            # "The Kansas Republican added that"
   9: (None, N, MB + "|" + MBA),               # "was more confident." intro
   10: (MB, D, MBA),
   11: (MB, D, MBA),
   # 12-13 vote arithmetic: narrator
   14: (MY, D, MYA),
   15: (MY, D, MYA),
   # 16 "He declined to say ...": narrator
   17: (SAO, I, "administration official|official"),  # "According to a senior administration official"
   18: (SAO, D, "administration official|official|*"),
   19: (None, N, VT + "|" + VTA),              # "In Moscow, the reaction was harsher." intro
   20: (VT, D, VTA),
   21: (VT, D, VTA),
   22: (VT, D, VTA),
   23: (VT, D, VTA),
   # 24 START II background: narrator
   25: ("Russia", D, RUF),
   26: ("Russia", D, RUF),                     # "It added that"
   27: (None, N, "Many in Washington"),        # belief of a loose group
   28: (VT, I, VTA + "|" + N),                 # "Sushkov rejected that."
   29: (VT, D, VTA),
   30: (None, N, "*"),                         # "Not every senator is worried ..." intro
   31: (TG, D, TGA),
   32: (TG, D, TGA),
   33: (RH, I, RHA),                           # "Hale, asked about Grant's comments, said"
   34: (RH, D, RHA),                           # "Tom" = Grant, inside Hale's quote
   35: (RH, D, RHA),
   36: ("Foreign Relations Committee aide", I, "*|aide|committee aide|Senate aide"),
   # 37 contribution credit: narrator
 }),
 "t03_nato_pressrelease.txt": ("", {
   # 0-2 issuer, release number, date: narrator
   3: (None, N, HLF),                          # title "Statement by the Secretary General ..."
   4: (None, N, "NATO|NATO-Russia Council"),   # "The NATO-Russia Council met today" (issuer's announcement)
   # 5 "The meeting was chaired by ...": narrator
   6: (HL, I, HLA),                            # "made the following statement:"
   7: (HL, D, HLA),
   8: (HL, D, HLA),
   9: ("NATO-Russia Council", D, HLA + "|Anders Brekke|Ministers"),  # "we agreed that the NRC should be ..."
   10: (HL, D, HLA),
   11: (HL, D, HLA + "|Russia|Russian colleagues"),  # "our Russian colleagues said so clearly too"
   12: ("NATO", D, NB),                        # "Allies reaffirmed ... and called on Russia ..."
   13: (HL, D, HLA),
   14: (HL, D, HLA),
   15: ("NATO", D, NB),                        # "Allies agreed to resume ..."
   16: (HL, D, HLA),
   17: (HL, D, HLA + "|Russian Foreign Minister|Russia"),  # reports the Russian minister's proposal
   18: (HL, D, HLA),
   19: (HL, D, HLA),
   20: (HL, D, HLA),
   21: (HL, D, HLA),
   22: (HL, D, HLA),
   23: (None, N, "NATO"),                      # the issuer's announcement of the briefing
   # 24 heading, 25 fact: narrator
   26: (None, N, "NATO"),                      # "Allies suspended ..." (act)
   27: (None, N, "NATO"),                      # "NATO Foreign Ministers decided ..." (act)
   # 28 contact line: narrator
 }),
 "t04_column.txt": ("Tom Archer", {
   # 0 section/date, 1 headline, 2-3 standfirst (the columnist's own): narrator
   4: (None, N, "Russia|" + NV),               # "the reaction from Moscow ... was not subtle." intro
   5: (NV, D, NVA),
   6: (None, N, "Russia|" + RUF),              # "He was not speaking only for himself." intro to the ministry
   7: ("Russia", D, RUF),
   # 8-9 the columnist: narrator
   10: ("United States", I, "Washington"),     # "Washington insists that"
   11: (LB, D, LBA),
   # 12-13 verdict on her: narrator, nothing accepted
   14: (None, N, "Russia"),                    # columnist's reading of Moscow's view
   15: (None, N, "Russians|Russia"),           # belief of the Russians
   # 16 narrator
   17: ("Anna Pike", I, "Pike"),               # "My colleague Anna Pike argued on this page"
   # 18 "I disagree ...": narrator
   19: (None, N, JH + "|people who live near the proposed site"),  # intro without content
   20: (JH, I, JHA),                           # "told me he had collected"
   21: (JH, D, JHA),
   22: (JH, D, JHA),
   # 23 polls (fact), 24-26 the columnist's argument: narrator
   27: (CW, I, "*|critics"),
   28: (None, N, CW + "|critics"),             # concession "They may be right about that too."
   # 29-30 narrator
   31: (NV, D, NVA),                           # "Vetrov himself said in February"
   # 32 narrator
   33: ("United States", D, "State Department"),  # "The State Department says its offer of "..." still stands"
   # 34 "It has never said ...": narrator (absence); 35-36 narrator; 37-38 sign-off bio: narrator
 }),
 "t05_qa_cables.txt": ("Laura Stone", {
   # 0 masthead, 1 issue line: narrator
   2: (None, N, MR + "|" + MRA),               # headline: unattributed quote of the interviewee
   # 3 "Interview by", 4-5 bio facts: narrator
   6: (None, N, MR + "|" + MRA),               # "We spoke to him ..." intro
   7: (LS, D, LSA), 8: (LS, D, LSA), 9: (LS, D, LSA),
   10: (MR, D, MRA), 11: (MR, D, MRA), 12: (MR, D, MRA),
   13: (LS, D, LSA + "|Russia|Russian embassy|Russian embassy in Helsinki|embassy"),  # reports the embassy's words
   14: (MR, D, MRA),
   15: (MR, D, MRA),                           # "(laughs) To be fair, ..."
   16: (MR, D, MRA),
   17: (LS, D, LSA), 18: (LS, D, LSA),
   19: (MR, D, MRA), 20: (MR, D, MRA), 21: (MR, D, MRA), 22: (MR, D, MRA),
   23: (LS, D, LSA), 24: (LS, D, LSA),
   25: (MR, D, MRA),
   26: (MR, D, MRA + "|Russian captain|captain"),  # quotes the Russian captain
   27: (MR, D, MRA), 28: (MR, D, MRA), 29: (MR, D, MRA),
   30: (LS, D, LSA),
   31: (MR, D, MRA), 32: (MR, D, MRA), 33: (MR, D, MRA), 34: (MR, D, MRA), 35: (MR, D, MRA),
   36: (LS, D, LSA),
   37: (MR, D, MRA),
   38: (MR, D, MRA + "|Finnish president|president|Our president|Finland"),  # quotes the president
   39: (MR, D, MRA), 40: (MR, D, MRA),
   41: (LS, D, LSA),
   42: (MR, D, MRA),                           # "Thank you, Laura." names the interviewer
   # 43 disclaimer: narrator
 }),
 "t06_liveblog_wales.txt": ("Rachel Young", {
   0: (None, N, "NATO|Russia|Kremlin"),        # headline
   # 1 byline, 2 date: narrator
   3: (None, N, "NATO|Allies|Russia|Kremlin"), # key-event bullets (two merged by the splitter)
   # 4 bullet, 5 timestamp: narrator
   6: (None, N, WK + "|" + WKA),               # intro without content
   7: ("NATO", D, "leaders|" + WK + "|Kuiper|Secretary General|NATO Secretary General"),  # SG reports leaders' decision, his fragment
   8: (WK, D, WKA), 9: (WK, D, WKA), 10: (WK, D, WKA),
   11: (WK, I, WKA),                           # his own statement of NATO's plans
   # 12 timestamp
   13: (PL, I, PLA),                           # "writes:"
   14: (PL, D, PLA + "|Russia|Kremlin"),       # his assessment of the Kremlin's response
   15: (AI, I, AIA),                           # source reported inside the block
   16: (PL, D, PLA + "|" + KI + "|" + KIA),    # "went further in an interview" intro without content
   17: (KI, D, KIA),
   18: (PL, D, PLA + "|Officials I have spoken to here|officials"),
   19: (PL, D, PLA),                           # signature "— Peter Long in Moscow"
   # 20 timestamp
   21: (None, N, DK + "|" + DKA),              # "stopped briefly to talk to us" intro
   22: (DK, D, DKA), 23: (DK, D, DKA), 24: (DK, D, DKA),
   # 25 timestamp
   26: ("police", I, "*"),                     # "police say"
   # 27 timestamp, 28 arrival: narrator
   29: ("Ukrainian official", I, "official|Ukrainian official travelling with him"),  # names the president
   # 30 timestamp
   31: (TC, I, TCA),                           # "A reader, Tom in Cardiff, emails:"
   32: (TC, D, TCA),
   33: (TC, D, TCA),
   # 34 the blog's reply: narrator
   35: (NO, I, "officials|NATO|NATO officials here"),  # names Moscow: no *
   # 36 timestamp, 37 "Back to the Ivanovs.": narrator
   38: (KI, D, KIA),                           # "The ambassador" = Kirill
   39: (None, N, AI + "|" + AIA),              # stance without speech verb, introduces him
   40: (AI, D, AIA),                           # bare "Ivanov" after "The Kremlin spokesman" = Andrei
   # 41 timestamp
   42: (JT, D, JTA),                           # tweet "with the words:"
   43: (JT, D, JTA),
   # 44 sign-off: narrator
 }),
 "t07_blacksea.txt": ("Jonathan Reed", {
   0: (None, N, "Turkey"),                     # headline "Ankara urges calm"
   # 1 byline
   2: (UK, I, UKA),                            # lead "according to Britain's Ministry of Defence"
   3: ("Russia", D, RDM),
   4: ("Russia", D, RDM),
   5: ("Russia", D, RDM),                      # "It accused NATO countries of "...""
   6: (UK, I, UKA),
   7: (UK, D, UKA),
   # 8-9 background: narrator
   10: ("NATO", I, "NATO figures|" + N),       # "According to NATO figures"
   11: (EY, D, EYA),
   12: (EY, D, EYA),
   13: (EY, D, EYA),
   14: (None, N, STO + "|" + STOA),            # "was blunter." intro
   15: (STO, D, STOA),                         # names Turkey: no *
   16: (STO, D, STOA + "|*"),
   17: (STO, D, STOA + "|*"),
   # 18-19 background: narrator
   20: (WD, I, WDA),                           # names Turkey and allied governments: no *
   21: (WD, D, WDA + "|*"),
   22: (WD, D, WDA),                           # names the Russians and the Turks
   23: (CD, I, CDA),
   24: (CD, D, CDA),
   # 25 "did not respond", 26 credits: narrator
 }),
 "t08_explainer_foundingact.txt": ("Hannah Grant", {
   # 0 headline, 1 standfirst fact, 3 byline, 4 masthead, 5 heading, 6-9 facts: narrator
   2: (None, N, "some allies|allies"),         # standfirst: a loose group's wish
   10: ("two sides", I, "*|" + N + "|Act|Founding Act"),  # "In it, the two sides said ..."
   # 11 heading, 12 narrator
   13: ("NATO", D, ACT),                       # "In the Act, NATO stated that ... "...""
   14: ("NATO", D, ACT),                       # "NATO also reiterated that ... "...""
   15: (NO, I, NOA + "|*"),                    # quoted words are the Act's, only mentioned
   16: (NO, I, NOA),                           # "they say"; names Russia and Ukraine
   17: (None, N, "Russia"),                    # "Moscow reads it differently." stance
   18: ("Russia", I, "Kremlin"),
   # 19 heading
   20: (SL, D, SLA), 21: (SL, D, SLA), 22: (SL, D, SLA),
   23: (None, N, "*"),                         # "Not everyone agrees." intro
   24: ("Some diplomats", I, "diplomats"),     # names Moscow: no *
   # 25 heading, 26 fact: narrator
   27: (SNO, D, SNOA),                         # briefing on the summit and Allies' stance
   28: ("Russia", D, RFM),
   # 29 Related line, 30 author line: narrator
 }),
}

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
