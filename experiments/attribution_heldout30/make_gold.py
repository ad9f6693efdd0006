"""Build gold.csv for the thirtieth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label, "Q:"/"A:") is `direct`;
- in a transcript or interview turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the reported person or
  body; likewise inside an interviewee's quote;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry or consulate
  speaking for the government gives the country, its own forms accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted; a Secretary General's own remarks give him,
  with NATO accepted; a minister reporting his government's decision gives
  the country, the minister accepted (batch 10);
- beliefs, memories and feelings are the narrator (a memory evidently told
  to the reporter accepts the person); intro sentences without content are the
  narrator with the person introduced accepted; a speech act with no content
  by a named person gives the person, narrator accepted; "declined to
  comment/describe", "gave no details", "has not commented", "could not be
  reached" are the narrator, nothing else;
- headlines, standfirsts (narrator, the reported party accepted), bylines,
  datelines, timestamps, key-event bullets, editing credits, translator's
  notes and disclaimers are the narrator; a headline that is an unattributed
  quote of the interviewee accepts him (batch 19);
- unnamed sources are written as they appear without the article (and
  without a number: "Two alliance officials" -> "alliance officials"), `*`
  accepted unless the sentence also names another person or body; "One of
  them described ..." gives the group (batch 29); loose groups ("Analysts",
  "Some Russian commentators") are written as they appear, `*` accepted;
- a document with no byline (transcript, unsigned editorial) has no
  narrator; an unsigned editorial's own sentences below the masthead are the
  narrator with the newspaper accepted (batch 9); a quoted promise of the
  Alliance inside it gives NATO;
- a leaked document as source gives the document as first described without
  the article ("confidential NATO study"), its other forms accepted, for every
  sentence carrying its content (batch 10); the headline reporting it is the
  narrator, the document accepted;
- a label with a surname ("IVANOV:") gives the full name from the document,
  nothing else accepted (batch 6); a self-introducing "QUESTION: Name,
  Outlet." gives that journalist for the question; a bare "QUESTION:" gives
  "Question", "journalist" accepted, never a previous journalist;
- two people sharing a surname: the bare surname is accepted for neither
  (batch 29); a "X writes:" live-blog block gives X (narrator accepted), and
  its split-off signature "— X in City" gives X (`direct`, narrator accepted).

New decisions in this batch:
- t01: father and son Mark and Daniel Stone: bare "Stone says" before the son
  appears is Mark; "The younger Stone" is Daniel; "His father does not dispute
  the numbers." is absence of a speech act (narrator, Mark accepted), while
  "He disputes the conclusion." is a speech act without content (Mark,
  `indirect`, narrator accepted); the quote left open at a paragraph end and
  reopened on the next paragraph stays with Sokolov; "They said I had been
  recruited" inside his quote keeps him, "People in Moscow" accepted; the
  standfirst "One of their sons thinks ..." is the narrator, Daniel accepted.
- t02: an unnamed spokesman of a body ("Its spokesman said" after "The
  Kremlin") gives the body (Russia), with "Kremlin|Kremlin spokesman|spokesman"
  accepted; "Others are less convinced that ..." is a belief introducing the
  next analyst: narrator, "Others" and that analyst accepted.
- t03: the moderator "IVANOV:" (Nikolai) and the ambassador Pavel Ivanov
  share a surname: every "IVANOV:" label is Nikolai; the minister's
  "Ambassador Ivanov informed me that ..." keeps the minister, Pavel accepted;
  the header "Moderator: Name, ..." line is the narrator with him accepted
  (as batch 9's "moderated" line).
- t04: a blockquote without quote marks after "he said:" is the leader's
  (`direct`); heads of state accept their country, like ministers.
- t05: "Critics in the Senate, led by Senator Richard Hope, warn that ..."
  gives the group as written, Richard Hope accepted, no `*` (names Moscow);
  "Senator Hope deserves an answer" is the editorial's own sentence.
- t06: in a bylined magazine interview the "Q:" lines are the interviewer
  (`direct`, a turn, as batch 2/3's interviews), narrator and "Q|Question"
  accepted; "(Laughs.)" is the narrator, the interviewee accepted; a name
  mentioned in the intro ("his last, with the historian Sigrid Stone") is not
  a speaker.
- t07: spouses Ragnhild and Tor Nilsen: bare "Nilsen" accepted for neither;
  "the 66-year-old" is Ragnhild (her age given earlier); the mayor's quote
  left unclosed at the paragraph end stays his (stray mark); "will keep the
  cows inside" is her plan, narrator with her accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
MS = "Mark Stone"
DS = "Daniel Stone"
AS, ASA = "Andrei Sokolov", "Sokolov|Lieutenant Colonel Sokolov"
# t02
WD = "Western diplomat"
WDA = "diplomat|one Western diplomat|Western diplomat involved in the talks"
SRO, SROA = "senior Russian official", "Russian official|official|senior Russian official in Brussels"
IB, IBA = "Ingrid Bakke", "NATO|spokeswoman|NATO's spokeswoman|Bakke"
HM, HMA = "Helen Marsh", "Marsh"
DK, DKA = "Dmitri Kovalenko", "Kovalenko"
AO, AOA = "alliance officials", "officials|Two alliance officials|NATO officials|NATO"
# t03
MK, MKA = "Yevgeny Markov", "Russia|Minister Markov|Markov|Foreign Minister|minister"
MKG = MK + "|Minister Markov|Markov|Foreign Minister|minister"
NI = "Nikolai Ivanov"
AY = "Anna Young"
DSH = "Daniel Sharp"
QJ = "Question|journalist"
# t04
TB, TBA = "Taras Boiko", "Boiko|Ukraine"
AB, ABA = "Arkady Belov", "Russia|Kremlin|Kremlin spokesman|spokesman|Belov"
MR = "Maria Rose"
HA, HAA = "Henrik Aalberg", "NATO|Secretary General|Aalberg"
MZ, MZA = "Marek Zielinski", "Poland|Zielinski|Polish president"
# t05
LH = "Lakeland Herald|The Lakeland Herald"
ML, MLA = "Margaret Long", "United States|Secretary of State|Long"
WG, WGA = "Willem de Groot", "NATO|Secretary General|de Groot"
BK, BKA = "Boris Kalinin", "Russia|foreign minister|Kalinin"
# t06
KV, KVA = "Katrin Vogt", "narrator|Q|Question"
VB, VBA = "Viktor Alexandrovich Belyaev", "Viktor Belyaev|Belyaev"
# t07
RN, TN = "Ragnhild Nilsen", "Tor Nilsen"
LS, LSA = "Lise Strand", "Norwegian Armed Forces|Joint Headquarters|spokeswoman|Strand|Major Strand|Norway"
RC = "Russian Consulate General|Consulate General|consulate|Russian consulate"
KH, KHA = "Kjell Haugen", "Haugen|Mayor Haugen"
# t08
REP, REPA = "confidential NATO study", "NATO study|report|study|22-page report|document|leaked report"
HK, HKA = "Hans Kessler", "NATO|spokesman|Kessler"
RDM = "Defence Ministry|ministry|Russian Defence Ministry"
ID, IDA = "Igor Danilov", "Russia|Defence Ministry|spokesman|Danilov|Colonel Danilov"
MKS, MKSA = "Mart Kask", "Estonia|Kask|foreign minister"
SAO, SAOA = "senior American official", "American official|official"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_hotline2019.txt": ("Clare Hope", {
   # 0 headline, 1 standfirst, 3 byline, 4 dateline scene, 5-6 facts: narrator
   2: (None, N, DS),                            # standfirst reports the son's view
   7: (MS, D, ""), 8: (MS, D, ""), 9: (MS, D, ""),  # bare "Stone says" before the son appears
   # 10 "The 71-year-old ... keeps a photograph": narrator (fact)
   11: (None, N, MS),                           # memory told to the reporter
   12: (None, N, AS + "|" + ASA),               # "puts it more bluntly": intro without content
   13: (AS, D, ASA), 14: (AS, D, ASA),
   # 15 "He declined to describe the incident.": narrator
   16: (AS, I, ASA),
   17: (AS, D, ASA),
   18: (AS, D, ASA + "|People in Moscow"),      # reports others inside his quote
   19: (AS, D, ASA),
   20: (AS, D, ASA),                            # paragraph reopened after an unclosed quote
   21: (None, N, DS),                           # intro without content
   22: (DS, I, ""),
   23: (DS, D, ""), 24: (DS, D, ""), 25: (DS, D, ""),
   26: (DS, D, ""),                             # "The younger Stone says ... "answered late ...""
   27: (None, N, MS),                           # "does not dispute": absence of speech
   28: (MS, I, N),                              # "He disputes the conclusion.": speech act, no content
   29: (MS, D, ""), 30: (MS, D, ""),
   31: ("NATO official", I, "official|NATO official familiar with the arrangement|NATO|*"),
   32: (AS, I, ASA),
   33: (AS, D, ASA),
   # 34 author line: narrator
 }),
 "t02_analysis2014.txt": ("Peter Grant", {
   # 0 headline, 1 byline, 2 lead (suspended: act without speech): narrator
   3: ("diplomats on both sides", I, "*|diplomats"),
   4: (WD, D, "*|" + WDA),
   5: (WD, D, WDA),                             # names Russian troops: no *
   6: (None, N, SRO + "|" + SROA),              # "was equally gloomy": intro without content
   7: (SRO, D, SROA),                           # names Moscow: no *
   # 8 suspension fact: narrator
   9: (IB, D, IBA),                             # spokeswoman's own statement of stance
   10: ("Analysts", I, "*|analysts"),
   11: (HM, D, HMA), 12: (HM, D, HMA),
   13: (HM, I, HMA),
   14: (None, N, "Others|" + DK),               # belief introducing the next analyst (new)
   15: (DK, D, DKA),
   16: (DK, D, DKA), 17: (DK, D, DKA),
   18: (DK, D, DKA),                            # "The Kremlin has drawn its conclusions." inside his quote
   19: (DK, I, DKA),
   20: ("Russia", D, "Foreign Ministry|ministry|Russian Foreign Ministry"),  # fragment "regrets"
   21: (AO, I, AOA),                            # names Germany and Italy: no *
   22: (AO, D, AOA + "|alliance official|One of them|*"),
   # 23 "The Kremlin has not commented directly.": narrator
   24: ("Russia", D, "Kremlin|Kremlin spokesman|spokesman"),  # unnamed spokesman of the Kremlin (new)
   25: ("NATO employee", I, "*|employee"),
   # 26 editing credit: narrator
 }),
 "t03_presser1999.txt": ("", {
   # 0 title, 1 place/date, 3 translation note: narrator
   2: (None, N, NI),                            # header "Moderator:" line
   4: (NI, D, ""), 5: (NI, D, ""),
   6: (MK, D, MKA), 7: (MK, D, MKA), 8: (MK, D, MKA),
   9: ("Russia", D, MKG),                       # government's decisions reported by the minister
   10: ("Russia", D, MKG),
   11: ("Russia", D, MKG),
   12: (MK, D, MKA),
   13: (MK, D, MKA + "|Secretary of State|United States"),  # reports the Secretary's words
   14: (MK, D, MKA),
   15: (AY, D, QJ), 16: (AY, D, QJ),
   17: (AY, D, QJ + "|NATO"),                   # "The Alliance says ..." inside her question
   18: (MK, D, MKA + "|NATO"),                  # "The Alliance says many things."
   19: (MK, D, MKA), 20: (MK, D, MKA),
   21: ("Question", D, "journalist"),           # bare QUESTION: never a previous journalist
   22: (MK, D, MKA),                            # "No. We will not ..." one piece
   23: (DSH, D, QJ), 24: (DSH, D, QJ), 25: (DSH, D, QJ),
   26: (MK, D, MKA + "|Pavel Ivanov|Ambassador Ivanov"),  # reports the ambassador
   27: (MK, D, MKA), 28: (MK, D, MKA),
   29: (NI, D, ""),                             # "IVANOV:" is still the moderator
   30: ("Question", D, "journalist"),
   31: (MK, D, MKA), 32: (MK, D, MKA), 33: (MK, D, MKA),
   34: (NI, D, ""),
 }),
 "t04_liveblog2023.txt": ("Erik Lund", {
   0: (None, N, "Russia"),                      # headline reports the Kremlin
   # 1 live coverage line, 2 "Key events", 5 timestamp, 6 entry title: narrator
   3: (None, N, "NATO"),                        # key-event bullet
   4: (None, N, "Russia"),                      # key-event bullet
   7: ("NATO", D, "communique|Allies"),         # "..., the communique says."
   # 8 timestamp
   9: (None, N, TB + "|" + TBA),                # entry title quoting him
   10: (None, N, TB + "|" + TBA),               # "has not hidden his frustration": intro
   11: (TB, I, TBA),                            # intro with speech verb and colon
   12: (TB, D, TBA),                            # blockquote without quote marks
   13: (TB, I, TBA),
   # 14 timestamp
   15: (None, N, "Russia"),                     # entry title "Kremlin responds"
   16: (None, N, "Russia|" + AB),               # "Moscow has been watching closely."
   17: (AB, D, ABA),
   # 18 "He gave no details.", 19 timestamp, 20 entry title: narrator
   21: (MR, I, N),                              # "Maria Rose ... writes:"
   22: (MR, D, N),
   23: (MR, D, N + "|diplomat|One diplomat"),   # reports a diplomat in her block
   24: (MR, D, N),                              # split-off signature
   # 25 timestamp
   26: (None, N, HA + "|" + HAA),               # entry title
   27: (None, N, HA + "|" + HAA),               # "has spoken to reporters": intro without content
   28: (HA, D, HAA), 29: (HA, D, HAA), 30: (HA, D, HAA),
   # 31 timestamp
   32: (None, N, MZ + "|" + MZA),               # entry title
   33: (MZ, D, MZA), 34: (MZ, D, MZA),
 }),
 "t05_editorial1997.txt": ("", {
   # 0 masthead, 1 rubric/date, 2 headline: narrator, nothing accepted
   3: (None, N, LH), 4: (None, N, LH), 5: (None, N, LH), 6: (None, N, LH),
   7: (None, N, LH),
   8: (ML, D, MLA),
   9: (WG, I, WGA),                             # "has said the same thing"
   10: (None, N, LH + "|" + BK),                # "sees it differently": intro/belief
   11: (BK, D, BKA),
   12: (None, N, LH),                           # verdict on the minister
   13: (None, N, LH),
   14: ("NATO", D, "Alliance"),                 # the Alliance's quoted promise
   15: (None, N, LH), 16: (None, N, LH),
   17: ("Critics in the Senate", D, "critics|Richard Hope|Senator Hope|Hope"),
   18: (None, N, LH),                           # "Senator Hope deserves an answer"
   19: ("Some Russian commentators", I, "*|Russian commentators"),
   20: (None, N, LH), 21: (None, N, LH), 22: (None, N, LH), 23: (None, N, LH),
 }),
 "t06_interview2025.txt": ("Katrin Vogt", {
   0: (None, N, VB + "|" + VBA),                # headline: unattributed quote of the interviewee
   1: (None, N, VB + "|" + VBA),
   2: (None, N, VB + "|" + VBA),                # standfirst
   # 3 byline, 4-6 intro: narrator (Sigrid Stone is not a speaker)
   7: (KV, D, KVA), 8: (KV, D, KVA),
   9: (VB, D, VBA), 10: (VB, D, VBA),
   11: (VB, D, VBA + "|Jim Young"),             # reports his colleague's saying
   12: (VB, D, VBA),
   13: (KV, D, KVA),
   14: (VB, D, VBA), 15: (VB, D, VBA), 16: (VB, D, VBA),
   17: (KV, D, KVA), 18: (KV, D, KVA),
   19: (VB, D, VBA), 20: (VB, D, VBA), 21: (VB, D, VBA),
   22: (VB, D, VBA + "|Russia"),                # "Moscow says ..."
   23: (VB, D, VBA),
   24: (KV, D, KVA),
   25: (VB, D, VBA),
   26: (VB, D, VBA + "|retired Norwegian admiral|Norwegian admiral|admiral"),
   27: (VB, D, VBA),
   28: (KV, D, KVA),
   29: (VB, D, VBA), 30: (VB, D, VBA),
   31: (None, N, VB + "|" + VBA),               # "(Laughs.)"
   # 32 translation note, 33 disclaimer: narrator
 }),
 "t07_pasvik2018.txt": ("Ole Magnus Berg", {
   # 0 headline, 3 byline, 4 dateline scene: narrator
   1: (None, N, "Residents in Pasvik|residents"),   # standfirst
   2: (None, N, "Russia|" + RC),                    # standfirst
   5: (RN, D, ""), 6: (RN, D, ""),
   # 7-8 narrator
   9: (None, N, TN),                            # "is more relaxed": intro
   10: (TN, D, ""),
   11: (TN, D, ""), 12: (TN, D, ""),
   # 13 exercise fact
   14: ("Several airline pilots", I, "*|airline pilots|pilots"),
   15: ("Norwegian Armed Forces", I, "Armed Forces|Norway"),  # names the Russian side: no *
   16: (LS, D, LSA), 17: (LS, D, LSA),
   18: ("Russia", I, RC + "|" + N),             # "rejected the accusation": no content
   19: ("Russia", D, RC),
   20: (None, N, KH + "|" + KHA),               # "is caught in the middle": intro
   21: (KH, I, KHA),
   22: (KH, D, KHA), 23: (KH, D, KHA),
   24: (KH, D, KHA),                            # quote left unclosed (stray mark)
   25: (None, N, "Arne"),                       # intro without content
   26: ("Arne", I, "fisherman"),
   27: ("Arne", D, "fisherman"),
   28: (None, N, RN),                           # her plan
   29: (RN, D, ""),                             # "the 66-year-old" = Ragnhild
 }),
 "t08_leak1992.txt": ("Andrew Frost", {
   0: (None, N, REP + "|" + REPA),              # headline reporting the study
   # 1 byline, 3-4 facts about the study: narrator
   2: (REP, I, REPA),                           # "A confidential NATO study concludes ..."
   5: (REP, D, REPA),                           # "According to the report, ... "no housing ...""
   6: (REP, D, REPA), 7: (REP, D, REPA),
   8: (REP, I, REPA),                           # "It recommends ..."
   9: (REP, I, REPA + "|Russian officials"),    # "The study also notes that Russian officials ..."
   # 10 "declined to comment on the document": narrator
   11: (HK, D, HKA), 12: (HK, D, HKA),
   13: ("Russia", D, RDM),
   14: (ID, D, IDA), 15: (ID, D, IDA),
   16: (MKS, I, MKSA),
   17: (MKS, D, MKSA), 18: (MKS, D, MKSA),
   19: (MKS, D, MKSA), 20: (MKS, D, MKSA),     # paragraph reopened after an unclosed quote
   21: (SAO, D, SAOA),                          # names Washington and Moscow: no *
   22: (SAO, I, SAOA),                          # names NACC ministers: no *
   # 23 "could not be reached for comment": narrator
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
