"""Build gold.csv for the nineteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-18
(experiments/attribution_heldout4/ ... attribution_heldout18/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or debate
  turn (label) is `direct`, and so are the unlabelled answers of a Q&A;
- in a transcript, debate or interview turn, a sentence that reports another
  person's or body's words keeps the turn speaker as gold and accepts the
  reported party; a sentence that only names another person without his words
  accepts nobody else;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; "withdrew ..., citing/saying"
  gives the body, narrator accepted (batch 4); a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted (a deputy minister's accept nothing but his
  own name forms); the Secretary General's own remarks give him, NATO
  accepted; when he or a minister reports what the body decided or agreed
  ("Allies agreed ...", "The North Atlantic Council agreed ...") the body is
  gold and he is accepted (batches 6, 10, 11); a minister announcing his
  government's decision in a wire lead gives the country, the minister, the
  ministry and the narrator accepted (batch 14);
- beliefs, memories, feelings and gestures are the narrator (the person
  accepted when evidently told to the reporter or when introducing his
  quote); intros without content ("was more ambivalent", "sees it
  differently") are the narrator with the person accepted; a speech act
  without content by a named person gives the person, narrator accepted;
  "declined to comment" and "would not say" are the narrator;
- headlines, standfirsts (speech-reporting ones accept the person), bylines,
  datelines, timestamps, key-event bullets (reported parties accepted),
  captions, credits and signature lines of live-blog entries are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups get `*`;
- a document with no byline (ministry comment, press point transcript,
  parliamentary record) has no narrator; its header lines are the narrator;
  a title line naming one person's press point accepts him (batch 10);
- surname-only forms and titles are accepted where the surname is unique in
  the document (batch 18); two people who share a surname stay apart and the
  bare surname is accepted for neither (Viktor/Ilya Baranov, Jonas/Tomas
  Kazlauskas, Colin/Janet Frost, Anatoly/Oleg Kravtsov); two men who share a
  first name (Igor Belov, Igor Markov) are never accepted for each other.

New decisions in this batch:
- t01 wire: "NATO withdrew the accreditation ..., saying they were "..."" gives
  NATO `direct` (quoted words in the participial clause), narrator accepted;
  a quote whose closing mark before the tag is missing ("Russia closes the
  door ..., she said.) stays with the tag's speaker (batch 11/13); "in an
  interview with Baltic Ledger editor Thomas Young" names a non-speaker,
  nobody accepted for him.
- t02 analysis: father and son Viktor and Ilya Baranov: "the 79-year-old",
  "the elder Baranov", "His father" give Viktor; "the younger Baranov", "He"
  in the son's paragraph give Ilya; "elder Baranov"/"younger Baranov" are
  accepted for their own person only; "But like his father, he blames
  Washington." is a stance introducing his quote (narrator, Ilya accepted);
  "My son thinks I am sentimental" inside the father's quote reports a
  belief, not words (nobody else accepted); "He said Moscow had offered ..."
  keeps Ilya, Russia accepted (a relayed offer, batch 12); "Washington says
  Russia violated it ..., a missile that NATO estimates has ..." gives the
  United States, NATO accepted (speech inside a relative clause of a speech
  sentence, as batch 13's "while" clause); "The director is not optimistic"
  is an intro (narrator, Marsh accepted), "In her view" gives Marsh
  (batch 8), "puts it more bluntly:" closing a paragraph gives Frost
  (`indirect`, batch 11), the untagged quote paragraph after it Frost; the
  final quotation without a closing mark stays with Viktor Baranov.
- t03 ministry comment in the third person, no byline: sentences framed as
  the ministry's or Moscow's speech acts ("The Ministry notes that ...",
  "Moscow regrets that ...", "The Ministry also draws attention to reports
  ...", "the Russian side has proposed ...") give Russia `indirect`, narrator
  and the ministry accepted (batch 5's "Finland welcomes ..."); "Moscow
  expects the Alliance to ..." in the issuer's own text is a demand, not a
  belief: Russia `indirect`, narrator and ministry accepted (unlike batch 7's
  "The Russian side believes" in a news story); the comment's unframed
  sentences (facts, evaluations, warnings: "Such plans cannot but cause
  serious concern.", "Russia has no intention of closing the channels ...")
  are the narrator with Russia and the ministry accepted (batch 6's p10
  "Estonia rejects this claim."); "The authors of the document declare that
  NATO "..."" gives NATO `direct`, the authors, Russia, ministry and narrator
  accepted (batch 4's m06 communique row); "Statements by the NATO Secretary
  General to the effect that ... "..." cause bewilderment" gives the unnamed
  "NATO Secretary General" (batch 17), NATO, Russia, ministry and narrator
  accepted; the deputy minister (intro "said:", quote over two paragraphs,
  "The Deputy Minister stressed", "in his words") accepts his own name forms
  only; the scare-quoted "business" is an echo (narrator row).
- t04 press point: "Question [Name, Outlet]:" gives the journalist named,
  surname, "Question", "journalist" and "Q" accepted (not the outlet); a
  repeated label with the same name is the same journalist; the bare
  "Question:" whose turn continues "Thank you. Martin Rose, Baltic Ledger."
  gives that journalist for all its pieces, including the "Thank you." piece
  before the self-introduction (batch 12); "NATO Spokesperson [Name]:" gives
  her, and the later bare "NATO Spokesperson:" the same person, "NATO
  Spokesperson|Spokesperson|Moderator" and her surname accepted (batch 6:
  moderating lines do not accept NATO); the role-only "NATO Secretary
  General:" label gives the Secretary General named in the title line (batch
  6); "As he told me, "..."" (the Polish prime minister) keeps the Secretary
  General, the prime minister and Poland accepted; the journalist's report of
  the Russian Defence Ministry and of the Kremlin spokesman accepts them;
  "the North Atlantic Council held consultations" (an event in his statement)
  stays with him.
- t05 regional feature: a father and son sharing a surname are kept apart by
  their first names, which are accepted for their own person ("Jonas",
  "Tomas"); "the old man's son", "the pensioner", "His father" follow the
  pronoun chain; "sees it differently" is an intro (narrator, son accepted);
  "His father shook his head." (gesture) and "He still remembers ... and does
  not believe ..." (memory, belief) are the narrator, father accepted; the
  market trader known by first name only ("Galina", batch 8) reporting what
  Russian television said keeps her (`indirect`: the quoted words are the
  broadcaster's), the broadcaster accepted; her "My sister called me and
  asked ..." accepts the sister; "Russia's Defence Ministry has said ..., and
  several members of the State Duma have called it ..." gives Russia, the
  ministry and the Duma members accepted (batch 14's coordinate clauses); the
  unnamed "Russian Foreign Ministry spokesman" is written as it appears,
  Russia and the ministry accepted (batch 16); a pilot's remarks accept his
  rank and surname forms but not his country; the father's "My son says it is
  insurance" accepts the son (his words reported), the only row that does.
- t06 Commons statement: the unnamed chair "Madam Speaker:" gives "Madam
  Speaker", "Speaker" accepted (batch 10's unnamed "President"); the
  ministerial label "The Secretary of State for ... (Mr. Stephen Carver):"
  and the short "Mr. Carver:" give Stephen Carver, with surname, "Mr.
  Carver", "Foreign Secretary", the office and his government accepted
  (batch 8); members who share a surname (Mr. Colin Frost, Mrs. Janet Frost)
  accept "Mr. Frost"/"Mrs. Frost" for their own person only, never the bare
  surname (batch 15's "Ambassador Berg"/"Dr Berg"); constituency and party
  are not accepted; "The decision to act was taken by the North Atlantic
  Council ..." and "The North Atlantic Council agreed last night that ..."
  in the minister's turn give NATO, him and the Council accepted; "Hon.
  Members: Hear, hear." gives "Hon. Members" (`*`), "Several hon. Members
  rose—" is the narrator (`*` accepted, batch 7's "Mr X rose—").
- t07 magazine Q&A with "Interview by": the unlabelled question lines are the
  narrator (the interviewer, batch 9), with the reported party accepted where
  a question reports one ("NATO officials say ...", "Your president has
  warned ..."); the unlabelled answers give the interviewee (`direct`); his
  namesake successor Oleg Kravtsov is accepted only in the rows reporting his
  words; "Bob" refers to Robert Keane (accepted only in the row reporting his
  saying); a split-off "(Laughs.)" is a gesture (narrator, interviewee
  accepted); the intro's "both sides spoke of a "fresh start"" gives "both
  sides", `*`, "sides" and the narrator accepted (batch 16); "Moscow demands
  ...; the alliance says ..." gives Russia, NATO accepted.
- t08 live blog (reverse chronological): "Here is the moment the secretary
  general confirmed the deployment, speaking to reporters ...:" closing its
  paragraph is an intro with a speech verb and a colon: the Secretary
  General (named only in the next paragraph) `indirect`, narrator accepted
  (doubtful: the verb sits in a relative clause); "Poland's president, Jan
  Wrona, has just spoken to us" gives him `indirect`, narrator and the
  signing correspondent accepted (batch 9's "has just spoken to us");
  "Wrona brushed aside the Kremlin's warnings." is a speech act without
  content (him, narrator accepted); a reader's emailed question ("A reader,
  Margaret in Leeds, emails to ask whether ...") gives "Margaret" `indirect`,
  reader variants accepted; "according to a draft of the summit communique
  seen by this blog" gives "draft of the summit communique" (batch 10's
  document rule), its variants, NATO and allies accepted; key-event bullets
  that the splitter merges into one piece are the narrator with every
  reported party accepted; "tweeted this a few minutes ago:" is an intro with
  a colon (`indirect`), the tweet text `direct`, the "— Name (@handle) date"
  line the poster with narrator accepted (batch 8).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
MZ, MZA = "Nikolai Shirokov", "Shirokov|Russia|Foreign Minister|minister|Russian Foreign Minister"
KH, KHA = "Kirsten Holm", "Holm|NATO|spokeswoman|NATO spokeswoman"
DP, DPA = "Dmitry Lapshin", "Lapshin|Russia|Kremlin|Kremlin spokesman|spokesman"
AK, AKA = "Annette Kruger", "Kruger|Germany|foreign minister|Germany's foreign minister|German foreign minister"
SWD = "senior Western diplomat in Brussels"
SWDA = "senior Western diplomat|Western diplomat|diplomat"
RK, RKA = "Rasa Kaminskiene", "Kaminskiene|Lithuania|Lithuanian Foreign Minister|foreign minister"
RFM = "Russian Foreign Ministry|Foreign Ministry"
# t02
VB, VBA = "Viktor Baranov", "elder Baranov"
IB, IBA = "Ilya Baranov", "younger Baranov"
HM, HMA = "Helen Marsh", "Marsh|director"
JF, JFA = "James Frost", "Frost|former official"
SNO, SNOA = "senior NATO official", "NATO official|official|NATO"
# t03
RUM = "Russian Foreign Ministry|Foreign Ministry|Ministry|Ministry of Foreign Affairs of the Russian Federation"
RB = "Russia|" + RUM                          # the comment's own (unframed) rows: narrator, issuer accepted
RI = N + "|" + RUM                            # rows framed as the ministry's / Moscow's speech
BM, BMA = "Boris Melnikov", "Melnikov|Deputy Minister|Deputy Minister of Foreign Affairs"
# t04
SG, SGA = "Jeroen Aalders", "Aalders|Secretary General|NATO Secretary General|NATO"
SGO = "Jeroen Aalders|Aalders|Secretary General|NATO Secretary General"
AH, AHA = "Claire Donnelly", "Donnelly|NATO Spokesperson|Spokesperson|Moderator"
EM, EMA = "Ewa Malinowska", "Malinowska|Question|journalist|Q"
MR, MRA = "Martin Rose", "Rose|Question|journalist|Q"
JL, JLA = "Jonas Lindgren", "Lindgren|Question|journalist|Q"
# t05
JK, JKA = "Jonas Kazlauskas", "Jonas"
TK, TKA = "Tomas Kazlauskas", "Tomas"
VR, VRA = "Vytautas Rimkus", "Rimkus|Mayor Rimkus|mayor"
GA, GAA = "Galina", "market trader"
PC, PCA = "Pieter Claes", "Claes|Captain Claes|captain|pilot"
# t06
SC = "Stephen Carver"
SCA = ("Carver|Mr. Carver|Mr Carver|Foreign Secretary|Secretary of State for Foreign and Commonwealth Affairs"
       "|United Kingdom|Government")
SCO = "Stephen Carver|Carver|Mr. Carver|Foreign Secretary|North Atlantic Council"
CF, CFA = "Colin Frost", "Mr. Frost|Mr Frost"
JAF, JAFA = "Janet Frost", "Mrs. Frost|Mrs Frost"
DR, DRA = "Douglas Reid", "Reid|Mr. Reid|Mr Reid"
GO, GOA = "Gareth Owen", "Owen|Mr. Owen|Mr Owen"
MS, MSA = "Madam Speaker", "Speaker"
# t07
AKR = "Anatoly Kravtsov"
# t08
LE, LEA = "Lars Eriksen", "Eriksen|secretary general|Secretary General|NATO Secretary General|NATO"
LEO = "Lars Eriksen|Eriksen|secretary general|Secretary General|NATO Secretary General"
IGB, IGBA = "Igor Belov", "Belov|Russia|Kremlin|Kremlin spokesman|spokesman"
JW, JWA = "Jan Wrona", "Wrona|Poland|president|Poland's president"
IM, IMA = "Igor Markov", "Markov|Russia|ambassador|Russia's ambassador to NATO"
KHM, KHMA = "Klaus Hartmann", "Hartmann|Germany|foreign minister|Germany's foreign minister"
BD, BDA = "diplomat from a Baltic state", "diplomat|Baltic diplomat|One diplomat from a Baltic state"
DC = "draft of the summit communique"
DCA = "draft|communique|summit communique|draft communique|NATO|allies"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_mission.txt": ("Andrew Grant", {
   # 0 headline, 1 byline: narrator
   2: ("Russia", I, MZ + "|Shirokov|Foreign Minister|" + RFM + "|" + N),  # lead: minister announces the government's decision (batch 14)
   3: (MZ, D, MZA),
   4: (MZ, D, MZA),                            # second sentence after the tag
   5: (MZ, I, MZA),                            # "The minister said"
   6: (MZ, I, MZA),                            # "he added"
   7: ("NATO", D, N),                          # "withdrew ..., saying they were "...""
   8: (KH, I, KHA),
   9: (KH, D, KHA), 10: (KH, D, KHA), 11: (KH, D, KHA),
   # 12 fact: narrator
   13: ("NATO official", I, "official|NATO"),  # names Moscow: no *
   14: ("Russia", I, "Kremlin"),
   15: (DP, D, DPA),
   16: (DP, D, DPA),                           # paragraph left open
   17: (DP, D, DPA),                           # reopened mark, new paragraph, no tag
   18: (DP, D, DPA),
   19: (DP, D, DPA),                           # fragment "too early"
   20: (AK, D, AKA),                           # "regrettable", "deep freeze"
   21: (AK, D, AKA), 22: (AK, D, AKA), 23: (AK, D, AKA),
   24: (SWD, I, SWDA),                         # names "the Russian move": no *
   25: (SWD, D, SWDA + "|*"), 26: (SWD, D, SWDA + "|*"), 27: (SWD, D, SWDA + "|*"),
   28: ("Russia", I, RFM),                     # "According to the Russian Foreign Ministry"
   # 29 "declined to comment", 30 background, 31 act (suspended): narrator
   32: (RK, I, RKA),                           # Thomas Young named, not a speaker
   33: (RK, D, RKA),                           # closing mark missing before the tag
   34: (RK, D, RKA),
   35: (MZ, I, MZA),                           # "Shirokov, for his part, said"
   36: (MZ, D, MZA),
   # 37 reporting credits: narrator
 }),
 "t02_inf.txt": ("Laura Bennett", {
   # 0 kicker, 1 headline, 2 byline: narrator
   3: (VB, I, VBA),                            # "..., he says, ..."
   4: (VB, D, VBA),                            # "the 79-year-old"
   5: (VB, D, VBA), 6: (VB, D, VBA),
   # 7 fact (announced its withdrawal = act): narrator
   8: ("United States", I, "Washington|NATO"),  # relative clause "that NATO estimates"
   9: ("Russia", I, "Moscow"),
   10: ("Russia", I, "Moscow"),                # "It accuses"
   11: (None, N, "NATO"),                      # "has stood firmly behind": intro without content
   12: ("NATO", D, ""),
   # 13 narrator
   14: (None, N, HM + "|" + HMA),              # "believes" (told to the reporter)
   15: (HM, I, HMA),                           # "Allies, she said, ..."
   16: (HM, D, HMA), 17: (HM, D, HMA), 18: (HM, D, HMA),
   19: (None, N, HM + "|" + HMA),              # "The director is not optimistic": intro
   20: (HM, I, HMA + "|" + N),                 # "In her view"
   21: (JF, I, JFA),                           # "puts it more bluntly:" closing the paragraph
   22: (JF, D, JFA), 23: (JF, D, JFA), 24: (JF, D, JFA),  # untagged quotation paragraph
   25: (JF, I, JFA),                           # "Frost argues that"
   26: (JF, I, JFA),                           # "The former official also said"
   27: ("Some experts", I, "*|experts"),
   # 28 narrator; 29 the son introduced (fact): narrator
   30: (None, N, IB + "|" + IBA),              # "he blames Washington": stance introducing his quote
   31: (IB, D, IBA),                           # "the younger Baranov"
   32: (IB, D, IBA),
   33: (IB, I, IBA + "|Russia"),               # "He said Moscow had offered ..." (relayed offer)
   34: ("NATO officials", I, "*|officials|NATO"),
   35: (None, N, VB + "|" + VBA),              # "His father is more ambivalent.": intro
   36: (VB, D, VBA),                           # "The elder Baranov said ... "cost us the treaty,""
   37: (VB, D, VBA),                           # "My son thinks ...": a belief, son not accepted
   38: (VB, D, VBA), 39: (VB, D, VBA),
   40: (SNO, D, SNOA),                         # names Moscow and Russia: no *
   # 41 narrator
   42: (VB, D, VBA),
   43: (VB, D, VBA),
   44: (VB, D, VBA),                           # quotation never closed
 }),
 "t03_mfa.txt": ("", {
   # 0-3 ministry, department, title, number lines: narrator
   4: (None, N, RB),                           # the meeting (fact)
   5: ("Russia", I, RI),                       # "The Ministry notes that"
   6: (None, N, RB),                           # unframed continuation
   7: ("NATO", D, "authors of the document|NATO foreign ministers|Russia|" + RI),  # quotes NATO's statement
   8: (None, N, RB),                           # scare-quoted "business" (echo)
   9: ("Russia", I, RI),                       # "the Russian side has proposed"
   10: (None, N, RB),
   11: (None, N, RB),                          # NATO's decision to put the Council on hold (act)
   12: ("NATO Secretary General", D, "Secretary General|NATO|" + RB + "|" + N),  # quotes the (unnamed) SG
   13: ("Russia", I, RI + "|Moscow"),          # "Moscow regrets that"
   14: (BM, I, BMA),                           # intro "said:"
   15: (BM, D, BMA), 16: (BM, D, BMA),         # paragraph left open
   17: (BM, D, BMA), 18: (BM, D, BMA),         # reopened mark
   19: (BM, I, BMA),                           # "The Deputy Minister stressed that"
   20: (BM, D, BMA),                           # "in his words"
   21: ("Russia", I, RI + "|Moscow"),          # "Moscow expects the Alliance to ..." (a demand)
   22: ("Russia", I, RI),                      # "The Ministry also draws attention to reports"
   23: (None, N, RB),
   24: (None, N, RB),                          # the comment's own warning
   25: (None, N, RB),
   # 26 date line: narrator
 }),
 "t04_presspoint.txt": ("", {
   0: (None, N, SG + "|" + SGA),               # title line naming him
   # 1 date line: narrator
   2: (SG, D, SGA), 3: (SG, D, SGA), 4: (SG, D, SGA), 5: (SG, D, SGA), 6: (SG, D, SGA),
   7: (SG, D, SGA),                            # "the North Atlantic Council held consultations" (event)
   8: ("NATO", D, SGO),                        # "Allies expressed ... and condemned"
   9: ("NATO", D, SGO),                        # "They also agreed"
   10: (SG, D, SGA),
   11: (SG, D, SGA + "|Tomasz Wielgus|Wielgus|Poland|Polish Prime Minister|Prime Minister"),  # "As he told me, "...""
   12: (SG, D, SGA),
   13: (SG, D, SGA), 14: (SG, D, SGA), 15: (SG, D, SGA),
   16: (AH, D, AHA), 17: (AH, D, AHA), 18: (AH, D, AHA),
   19: (EM, D, EMA),
   20: (EM, D, EMA + "|Poland|Warsaw|Russia|Russian Defence Ministry|Defence Ministry"),
   21: (EM, D, EMA),
   22: (SG, D, SGA),                           # role-only label; names the statement without its words
   23: (SG, D, SGA), 24: (SG, D, SGA),
   25: (EM, D, EMA),                           # same labelled journalist again
   26: (SG, D, SGA), 27: (SG, D, SGA),
   28: (AH, D, AHA),                           # bare "NATO Spokesperson:"
   29: (MR, D, MRA),                           # "Question: Thank you." before the self-introduction
   30: (MR, D, MRA),                           # "Martin Rose, Baltic Ledger."
   31: (MR, D, MRA),
   32: (SG, D, SGA), 33: (SG, D, SGA), 34: (SG, D, SGA), 35: (SG, D, SGA),
   36: (AH, D, AHA), 37: (AH, D, AHA),
   38: (JL, D, JLA + "|Kremlin spokesman|Russia|Kremlin"),  # reports the Kremlin spokesman
   39: (JL, D, JLA),
   40: (SG, D, SGA), 41: (SG, D, SGA), 42: (SG, D, SGA),
   43: (AH, D, AHA), 44: (AH, D, AHA),
 }),
 "t05_siauliai.txt": ("Ruta Vaitkute", {
   # 0 headline, 1-2 standfirst, 3 byline, 4-5 scene: narrator
   6: (JK, D, JKA),                            # "he said" = Jonas
   7: (JK, D, JKA),
   # 8-10 facts: narrator
   11: (None, N, TK + "|" + TKA),              # "sees it differently": intro
   # 12 facts about the son: narrator
   13: (TK, D, TKA), 14: (TK, D, TKA), 15: (TK, D, TKA),
   16: (None, N, JK + "|" + JKA),              # "His father shook his head." gesture
   17: (None, N, JK + "|" + JKA),              # remembers / does not believe
   18: (JK, D, JKA),                           # "the pensioner"
   19: (JK, D, JKA),
   20: (VR, I, VRA),
   21: (VR, I, VRA),                           # "..., he said, ..."
   22: (VR, D, VRA), 23: (VR, D, VRA), 24: (VR, D, VRA),
   25: (None, N, GA),                          # "Not everyone ... shares the mayor's enthusiasm.": intro
   26: (GA, I, GAA + "|Russian television|Russian television reports"),  # quoted words are the TV reports'
   27: (GA, D, GAA + "|sister|My sister"),
   28: (GA, D, GAA), 29: (GA, D, GAA),
   30: ("Russia", I, "Russia's Defence Ministry|Defence Ministry|Russian Defence Ministry"
        "|members of the State Duma|several members of the State Duma|State Duma"),
   31: ("Russian Foreign Ministry spokesman", D, "spokesman|Foreign Ministry spokesman|Russia|" + RFM),
   # 32 narrator
   33: (PC, I, PCA),
   34: (PC, D, PCA), 35: (PC, D, PCA), 36: (PC, D, PCA),
   # 37 "He would not say ...": narrator
   38: (None, N, PC + "|" + PCA),              # "he shrugged": gesture introducing the quote
   39: (PC, D, PCA),
   # 40 scene: narrator
   41: (JK, D, JKA + "|" + TK + "|" + TKA),    # "My son says it is insurance"
   42: (JK, D, JKA),
   # 43 photo caption and credit: narrator
 }),
 "t06_commons.txt": ("", {
   # 0-4 header, title, time: narrator
   5: (SC, D, SCA),
   6: (SC, D, SCA),
   7: ("NATO", D, SCO),                        # "The decision to act was taken by the North Atlantic Council ..."
   8: (SC, D, SCA), 9: (SC, D, SCA),
   10: (SC, D, SCA + "|Russia|Russian Government"),  # reports the Russian Government's announcement
   11: (SC, D, SCA), 12: (SC, D, SCA),
   13: (CF, D, CFA), 14: (CF, D, CFA), 15: (CF, D, CFA),
   16: (CF, D, CFA + "|Russian Foreign Minister|Russia"),
   17: (CF, D, CFA),
   18: (SC, D, SCA), 19: (SC, D, SCA),
   20: (SC, D, SCA + "|Russia|Russian Government"),
   21: (DR, D, DRA + "|Russia|China|Russia and China"),
   22: (DR, D, DRA),
   23: (SC, D, SCA), 24: (SC, D, SCA), 25: (SC, D, SCA),
   26: ("Hon. Members", D, "*"),
   27: (JAF, D, JAFA + "|chairman of the Duma's international affairs committee|chairman"),
   28: (JAF, D, JAFA),
   29: (SC, D, SCA),                           # names the chairman without his words
   30: (SC, D, SCA), 31: (SC, D, SCA),
   32: (None, N, "*"),                         # "Several hon. Members rose—"
   33: (MS, D, MSA), 34: (MS, D, MSA), 35: (MS, D, MSA),
   36: (GO, D, GOA),
   37: (SC, D, SCA),
   38: ("NATO", D, SCO),                       # "The North Atlantic Council agreed last night that ..."
   39: (CF, D, CFA),                           # short label "Mr. Colin Frost:"
   40: (CF, D, CFA),
   41: (MS, D, MSA),
 }),
 "t07_interview.txt": ("Sarah Collins", {
   0: (None, N, AKR),                          # headline repeating his answer
   # 1 standfirst fact: narrator
   2: (None, N, AKR),                          # standfirst reporting speech
   # 3 "Interview by", 4 masthead: narrator
   5: ("both sides", D, "*|sides|" + N),       # "both sides spoke of a "fresh start""
   # 6 narrator
   7: ("Russia", I, "Moscow|NATO|alliance"),   # "Moscow demands ...; the alliance says ..."
   # 8 fact: narrator
   9: (None, N, AKR),                          # "He spoke to Eastward Review": intro
   # 10 translation note, 11 question: narrator
   12: (AKR, D, ""), 13: (AKR, D, ""),
   # 14 question
   15: (AKR, D, ""),
   16: (AKR, D, "senior American officer|American officer|officer"),
   17: (AKR, D, ""),
   18: (None, N, "NATO officials|officials|NATO"),  # question reporting NATO officials
   # 19 question
   20: (AKR, D, ""),
   21: (AKR, D, ""),                           # "We said: ..."
   22: (AKR, D, "NATO"),                       # "They said: ..." (the alliance side)
   23: (AKR, D, ""),
   # 24 question
   25: (AKR, D, ""), 26: (AKR, D, ""),
   27: (AKR, D, "Robert Keane|Keane|Bob"),     # reports Keane's saying
   28: (AKR, D, ""),
   # 29 question
   30: (AKR, D, ""), 31: (AKR, D, ""), 32: (AKR, D, ""),
   # 33 question
   34: (AKR, D, ""),
   35: (AKR, D, "Oleg Kravtsov"),              # namesake successor's report
   36: (AKR, D, "Oleg Kravtsov"),              # "He says ..."
   37: (None, N, "president|Your president|Russia"),  # question reporting the president
   # 38 question
   39: (AKR, D, ""),
   40: (None, N, AKR),                         # "(Laughs.)" gesture
   41: (AKR, D, ""),
   # 42 question
   43: (AKR, D, ""), 44: (AKR, D, ""),
 }),
 "t08_liveblog.txt": ("Emma Price", {
   # 0 headline, 1 "Live coverage by", 2 update time, 3 "Key events": narrator
   4: (None, N, "NATO|Allies|Russia|Kremlin"),  # two key-event bullets merged into one piece
   5: (None, N, "NATO|NATO-Russia Council"),
   # 6 timestamp
   7: (LE, I, LEA + "|" + N),                  # "Here is the moment the secretary general confirmed ...:" (doubtful)
   8: ("NATO", D, LEO),                        # "Allies have agreed to deploy ..."
   9: (LE, D, LEA),
   10: (LE, I, LEA),                           # "Lars Eriksen also confirmed that"
   11: (LE, D, LEA), 12: (LE, D, LEA),
   # 13 timestamp
   14: (None, N, "Pavel Sidorov|" + IGB + "|Russia|Kremlin"),  # entry intro by the Moscow correspondent
   15: (IGB, D, IGBA),
   16: (IGB, D, IGBA), 17: (IGB, D, IGBA),
   18: (None, N, "Pavel Sidorov"),             # entry signature
   # 19 timestamp
   20: ("Margaret", I, "reader|A reader|Margaret in Leeds"),
   # 21 the blog's answer: narrator
   22: ("NATO", D, "Founding Act"),            # "NATO describes them as "rotational", ..."
   # 23 timestamp
   24: (JW, I, JWA + "|" + N + "|Anna Kowalska"),  # "has just spoken to us"
   25: (JW, D, JWA), 26: (JW, D, JWA),
   27: (JW, I, JWA + "|" + N),                 # "brushed aside the Kremlin's warnings."
   28: (JW, D, JWA), 29: (JW, D, JWA),
   30: (None, N, "Anna Kowalska"),             # entry signature
   # 31 timestamp
   32: (IM, I, IMA + "|" + N),                 # "tweeted this a few minutes ago:"
   33: (IM, D, IMA), 34: (IM, D, IMA), 35: (IM, D, IMA),  # tweet text, hashtag
   36: (IM, D, IMA + "|" + N),                 # "— Name (@handle) date" line
   # 37 timestamp
   38: (None, N, "*"),                         # "Not every ally is comfortable with the tone.": intro
   39: (KHM, D, KHMA),
   40: (KHM, D, KHMA),
   41: (BD, D, BDA),                           # intro and quote in one piece; names Moscow: no *
   42: (BD, D, BDA + "|*"),
   # 43 timestamp
   44: (DC, D, DCA),                           # "According to a draft of the summit communique ..."
 }),
}

if __name__ == "__main__":
    rows = []
    for doc, (narr, ann) in G.items():
        sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
        assert max(ann) < len(sents), doc
        print("=====", doc, len(sents))
        for i, s in enumerate(sents):
            sp, voice, acc = ann.get(i, (None, N, ""))
            if voice == N:
                sp = narr
            text = normalize_space(s.text)
            print(f"{i:2d} [{sp} | {voice} | {acc}] {text}")
            rows.append({"doc": doc, "index": i, "text": text,
                         "speaker": sp, "voice": voice, "accept": acc})
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
        w.writeheader(); w.writerows(rows)
    print(len(rows), "rows")
