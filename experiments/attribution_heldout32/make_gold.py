"""Build gold.csv for the thirty-second held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or debate
  turn (label) is `direct`, and so are the unlabelled answers of a Q&A;
- in a transcript, debate or Q&A turn, a sentence that reports another
  person's or body's words keeps the turn speaker as gold and accepts the
  reported party; nested quotations keep the outer speaker, inner accepted;
- speech acts of bodies give the body; acts without speech (recalled,
  met, did not respond) are the narrator; a ministry or embassy speaking for
  the government gives the country, the ministry/embassy accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted (a deputy minister's do not); a Secretary
  General's own remarks give him, with NATO accepted; "Allies agreed that ..."
  in a minister's speech gives NATO, the speaker accepted;
- beliefs, memories, feelings and fears are the narrator (a belief evidently
  told to the reporter also accepts the person); intro sentences without
  content and gestures are the narrator with the person accepted; "declined
  to comment/say" is the narrator;
- a factual sentence whose relative clause carries another party's speech is
  the narrator, with that party accepted (batch 9);
- headlines, standfirsts, bylines, datelines, captions, photo credits,
  "Related:" lines, contact lines, signature blocks and newsletter footers are
  the narrator (a standfirst reporting speech accepts the person);
- unnamed sources are written as they appear, without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups likewise;
- a document with no byline (joint press release, Hansard) has no narrator;
  Hansard labels split off as their own sentence give the speaker (narrator
  accepted) until the next label; "Hon. Members: Hear, hear." is a loose
  group (`*`); the motion read by the mover is the mover (narrator accepted);
  "Question put and agreed to." and times are the narrator;
- a relayed quotation gives the person whose words are quoted, the relaying
  source accepted (batch 7);
- two people sharing a surname (Daniel Frost / Ruth Frost / Thomas Frost,
  Lisa / Mark Young, Dmitri / Andrei Volkov, Igor / Sergei Ivanov, Richard /
  Catherine Bell, James / Michael Stone) are different speakers; the bare
  surname is accepted only where no other speaker of the document shares it
  (Daniel Frost "Frost": Ruth Frost is only a photo credit; James Stone
  "Stone": his son declines to comment; Thomas Frost in t08); "Mr Ivanov" is
  not accepted for Igor Ivanov, nor "Bell"/"Mr Bell" for Richard Bell.

New decisions in this batch:
- a NATO-Russia Council joint statement (no byline): "Ministers welcomed /
  agreed / identified / tasked / agreed to establish" give "Ministers" (the
  joint ministerial meeting, a body of both sides like batch 7's "two
  sides"), with `*` and the narrator accepted; "Ministers met today" is the
  narrator, Ministers accepted (batch 8's "NATO Allies met");
- "According to NATO figures" gives NATO (`indirect`), with "NATO figures" and
  the narrator accepted (a statistic, not an utterance);
- "Mr Ivanov said" after the Foreign Minister Igor Ivanov and before his deputy
  Sergei Ivanov is introduced refers to Igor Ivanov; "Mr Bell"/"Ms Bell"
  labels in Hansard give Richard / Catherine Bell by the honorific's sex;
- a minister's "The Government fully support the motion" gives the government
  (`United Kingdom`), the minister accepted (batch 10's "the government have
  decided"); his other remarks give him, with the United Kingdom accepted;
- a Hansard member reporting a body's act in his own turn ("Allied ministers
  ... took that decision") keeps the member, NATO accepted;
- newspaper Q&A with "Interview by" line: the interviewer is the narrator; the
  question lines are the narrator, with any party they report accepted
  (NATO, United States, the president); the answers give the interviewee;
- a Kremlin spokesman not named ("Its spokesman ... calling ... "...""): gold
  "Kremlin spokesman", with Russia, "Kremlin" and "spokesman" accepted;
- "Several readers wrote in ..., and one of them called my argument "naive""
  gives "Several readers" (`direct`, written as it appears, like batch 10's
  "Some analysts"), `*` accepted; the author's own question
  ("I asked X whether ...") is the narrator, X accepted (intro);
- "said one" after "Some Western diplomats fear ..." gives "Western diplomat",
  with the group forms, "one" and `*` accepted; "One said Moscow ..." after
  "two European diplomats" gives "European diplomat", group forms accepted
  (names Moscow, no `*`);
- an unclosed quote mark (t08: as "baseless.) does not change the gold: the
  fragment is still the body's quoted word (`direct`);
- a news-brief collection with "Compiled by" gives that compiler as narrator
  for every item; each item's headline is the narrator.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
DF, DFA = "Daniel Frost", "Frost|Wing Commander Frost|Wing Commander Daniel Frost"
MT, MTA = "Margus Tamm", "Tamm|Estonia|defence minister|Estonia's defence minister"
RDM = "Russian Defence Ministry|Defence Ministry|ministry"
LY, MY = "Lisa Young", "Mark Young"
# t02
DV, DVA = "Dmitri Volkov", "researcher|Mr. Volkov"
WO, WOA = "senior Western official", "*|Western official|official"
IS = "Irina Sokolova"
JG, JGA = "Jonathan Grant", "Grant|Mr. Grant|NATO|spokesman|NATO spokesman"
WD, WDA = "Western diplomat", "*|one|Western diplomats|Some Western diplomats|diplomat"
# t03
MIN, MINA = "Ministers", "*|" + N
AR, ARA = "Alastair Reid", "Reid|NATO|Secretary General|NATO Secretary General"
II, IIA = "Igor Ivanov", "Russia|Foreign Minister|Russian Foreign Minister"
SI = "Sergei Ivanov"
HS, HSA = "Halldor Stone", "Stone|Iceland|Foreign Minister|Iceland's Foreign Minister"
# t04
RB, RBN = "Richard Bell", N
MR, MRA = "Michael Rose", "Rose"
CB = "Catherine Bell"
OS, OSA = "Oliver Sharp", "Sharp|Minister for Europe|Minister|United Kingdom"
# t05
AK, AKA = "Anatoly Kirsanov", "Kirsanov|Russia|ambassador|Russia's ambassador to NATO"
# t06
LSO, LSOA = "Lithuanian staff officer", "staff officer|officer|Lithuanian officer"
RG, RGA = "Rasa Grant", "Grant"
JS, JSA = "James Stone", "Stone|general|retired American general"
# t07
SL, SLA = "Sofie Lindqvist", "Lindqvist|moderator"
EH, EHA = "Erik Haugland", "Haugland|General Haugland|general"
NO, NOA = "Nikolai Orlov", "Orlov|former ambassador|ambassador"
MS, MSA = "Mary Sharp", "Sharp|Dr Sharp"
OO, OOA = "Olga Orlova", "Orlova|journalist"
# t08
TF, TFA = "Thomas Frost", "Frost|German air force|spokesman"
ED, EDA = "European diplomats", "diplomats|two European diplomats"
G = {
 "t01_airpolicing.txt": ("Anne Marsh", {
   # 0 headline, 1 byline, 2 dateline scene, 3 background: narrator
   4: (DF, D, DFA), 5: (DF, D, DFA),
   6: (DF, I, DFA),                            # "The 44-year-old said"
   7: (DF, I, DFA),                            # "Both times, he said, ..."
   8: (DF, D, DFA), 9: (DF, D, DFA),
   # 10-11 caption and credit (Ruth Frost is the photographer, not a speaker), 12 narrator
   13: (MT, D, MTA),                           # fragment quote
   14: (MT, I, MTA),
   15: ("NATO", I, "NATO figures|" + N),       # "According to NATO figures" (new decision)
   16: ("Russia", I, RDM),
   17: ("Russia", D, "Moscow"),                # accused ... "a frontline."
   # 18, 19 narrator
   20: (LY, D, ""), 21: (LY, D, ""),
   # 22 "Her husband ... is serving": narrator (fact)
   23: (MY, I, ""), 24: (MY, D, ""), 25: (MY, D, ""),
   26: (None, N, DF + "|" + DFA),              # "The detachment's commander believes": belief told to the reporter
   27: (DF, I, DFA),
   28: (DF, D, DFA), 29: (DF, D, DFA), 30: (DF, D, DFA),  # quote over two paragraphs
   # 31-32 caption, 33 Related, 34 contact line: narrator
 }),
 "t02_kosovo_analysis.txt": ("Peter Hope", {
   # 0 label, 1 headline, 2 byline, 3 title, 4 dateline lead: narrator
   5: ("Russia", D, "Kremlin"),
   # 6 "It also recalled ...": act, narrator
   7: ("Analysts", I, "*|analysts|Analysts here"),
   8: (DV, D, DVA), 9: (DV, D, DVA), 10: (DV, D, DVA),
   11: (None, N, DV + "|" + DVA),              # "Mr. Volkov believes": belief told to the reporter
   12: ("Deputies", I, "*"),                   # loose group
   13: ("Russia", D, WO + "|Western official|official"),  # relayed quotation (batch 7); names Russia, no *
   14: (WO, D, WOA), 15: (WO, D, WOA),
   16: (None, N, "analysts"),                  # intro without content
   17: (IS, I, ""),
   18: (IS, D, ""), 19: (IS, D, ""), 20: (IS, D, ""),
   21: (IS, I, ""),
   22: (IS, I, ""),                            # names Andrei Volkov, not a speaker
   23: ("United States", D, "State Department"),
   24: (JG, I, JGA), 25: (JG, D, JGA),
   # 26 verdict, 27 event: narrator
   28: (None, N, "Western diplomats|Some Western diplomats"),  # "fear": feeling
   29: (WD, D, WDA), 30: (WD, D, WDA),
 }),
 "t03_nrc_release.txt": ("", {
   # 0-4 header lines: narrator
   5: (None, N, "Ministers|Foreign Ministers"),  # "met today": act
   6: (MIN, I, MINA), 7: (MIN, I, MINA), 8: (MIN, I, MINA),
   9: (AR, D, ARA), 10: (AR, D, ARA),
   11: (AR, I, ARA),                           # "He stressed that ..."
   12: (AR, D, ARA),
   13: (II, D, IIA),                           # fragment "serious test"
   14: (II, D, IIA), 15: (II, D, IIA), 16: (II, D, IIA),  # "Mr Ivanov" = Igor (new decision)
   17: (SI, I, ""),                            # deputy: no government accepted
   18: (HS, D, HSA),
   19: (MIN, I, MINA),                         # "Ministers tasked ..."
   # 20 fact: narrator
   21: (MIN, I, MINA),
   # 22 contact line: narrator
 }),
 "t04_hansard.txt": ("", {
   # 0-3 header lines and time: narrator
   4: (RB, D, RBN),                            # label piece
   5: (RB, D, ""),
   6: (RB, D, N),                              # motion read by the mover
   7: (RB, D, "NATO"),                         # reports the allies' decision in his turn
   8: (RB, D, ""),
   9: (MR, D, MRA + "|" + N), 10: (MR, D, MRA),
   11: (RB, D, RBN), 12: (RB, D, ""),
   13: (MR, D, MRA + "|" + N), 14: (MR, D, MRA),
   15: (RB, D, RBN),
   16: (RB, D, "Secretary General|NATO"),      # "and so does the Secretary General"
   17: (RB, D, ""),
   18: ("Hon. Members", D, "*"),
   19: (CB, D, N),
   20: (CB, D, ""),
   21: (CB, D, "Foreign Secretary"),           # reports the Foreign Secretary in her turn
   22: (CB, D, "Russian ambassador|Russia"),   # reports the ambassador's letter
   23: (CB, D, ""),
   24: (RB, D, RBN), 25: (RB, D, ""),
   26: (CB, D, N), 27: (CB, D, ""),
   # 28 time: narrator
   29: (OS, D, OSA + "|" + N),                 # label piece
   30: ("United Kingdom", D, OS + "|Sharp|Minister for Europe|Minister|Government"),  # new decision
   31: ("NATO", D, "Allies|" + OS + "|Sharp|Minister for Europe"),
   32: (OS, D, OSA), 33: (OS, D, OSA),
   # 34 "Question put and agreed to.": narrator
 }),
 "t05_qa_ambassador.txt": ("Helen Long", {
   # 0 rubric, 1 headline (unattributed quote): narrator
   2: (None, N, AK + "|" + AKA),               # standfirst reporting speech
   # 3 interview line, 4 date, 5-6 intro: narrator; 7-8 question: narrator
   9: (AK, D, AKA), 10: (AK, D, AKA),
   11: (AK, D, AKA + "|leaders"),              # reports the leaders' agreement in his answer
   12: (AK, D, AKA),
   13: (None, N, "NATO"),                      # question line reporting NATO
   14: (AK, D, AKA),
   15: (AK, D, AKA + "|colleagues at NATO|colleagues|NATO"),  # nested quote
   16: (AK, D, AKA), 17: (AK, D, AKA),
   18: (None, N, "United States|Washington"),  # question line
   19: (AK, D, AKA), 20: (AK, D, AKA),
   21: (None, N, "president|Russia"),          # question line
   # 22 question: narrator
   23: (AK, D, AKA), 24: (AK, D, AKA),
   25: (AK, D, AKA + "|president"),
   # 26 question: narrator
   27: (AK, D, AKA), 28: (AK, D, AKA),
   29: (AK, D, AKA + "|wife|My wife"),         # reports his wife in his answer
   30: (None, N, AK + "|" + AKA),              # gesture
   31: (AK, D, AKA),
   32: (AK, D, AKA + "|father|My father"),     # nested: father's saying
   33: (AK, D, AKA),
   # 34 author line: narrator
 }),
 "t06_newsletter.txt": ("Tomasz Wielgus", {
   # 0-3 masthead, issue line, headline, byline; 4-7 the author's narration
   8: (LSO, D, LSOA),                          # names Moscow: no *
   9: (LSO, D, "*|" + LSOA),
   10: (None, N, RG + "|" + RGA),              # the author's own question: intro
   11: (RG, D, RGA), 12: (RG, D, RGA), 13: (RG, D, RGA), 14: (RG, D, RGA),
   # 15-16 author's view: narrator
   17: (None, N, JS + "|" + JSA),              # "put it differently": intro without content
   18: (JS, D, JSA),                           # fragment quote
   19: (JS, D, JSA),                           # "Stone told me": James (the son is introduced later, not a speaker)
   20: (JS, D, JSA),
   # 21 "declined to comment": narrator
   22: ("Russia", I, "Kremlin"),
   23: ("Kremlin spokesman", D, "Russia|Kremlin|spokesman"),  # new decision
   # 24-27 author's view: narrator
   28: ("Several readers", D, "*|readers|one"),  # new decision
   # 29-34 narrator (signature block, footer)
 }),
 "t07_arctic_panel.txt": ("Katrin Vogt", {
   3: (None, N, "organisers"),                 # "a panel that the organisers had billed ... as "..."" (batch 9)
   4: (SL, I, SLA),
   5: (SL, D, SLA),
   6: (None, N, SL + "|" + SLA),               # "turned to": act
   7: (None, N, EH + "|" + EHA),               # "The general was blunt.": intro
   8: (EH, D, EHA), 9: (EH, D, EHA), 10: (EH, D, EHA),
   11: (None, N, NO + "|" + NOA),              # gesture
   12: (NO, I, NOA),                           # "the former ambassador argued"
   13: (NO, D, NOA),
   14: (NO, D, NOA), 15: (NO, D, NOA), 16: (NO, D, NOA),
   17: (NO, I, NOA),
   18: (None, N, MS + "|" + MSA),              # intro without content
   19: (MS, I, MSA + "|" + N),                 # "In her view"
   20: (MS, D, MSA), 21: (MS, D, MSA),
   22: (MS, I, MSA),                           # "Sharp proposed reviving ..."
   23: (None, N, OO + "|" + OOA),              # intro without content
   24: (OO, I, OOA),
   25: (OO, D, OOA), 26: (OO, D, OOA), 27: (OO, D, OOA),
   28: (OO, I, OOA),                           # "she pointed out"; the ambassador is not a speaker
   29: (SL, I, SLA),                           # "Lindqvist asked the general whether ..."
   30: (EH, I, EHA),                           # "He could, he said, ..."
   31: (NO, I, NOA),                           # former ambassador: Russia not accepted
   # 32 reaction, 33 close: narrator
 }),
 "t08_briefs.txt": ("Sarah Long", {
   # 0 title, 1 compiler line, 2 item headline: narrator
   3: ("Estonian officials", I, "officials|Estonia"),  # names Russian military intelligence: no *
   4: ("Jaan Kask", D, "Kask"),
   5: ("Russia", D, "Russian embassy|embassy"),
   # 6 headline, 7 fact: narrator
   8: (TF, D, TFA),
   9: ("Russia", I, "Russia's defence ministry|defence ministry|ministry"),
   10: (None, N, ED + "|" + EDA),              # headline reporting speech
   11: (ED, I, EDA),                           # names NATO and Russia: no *
   12: ("European diplomat", I, "European diplomats|diplomat|diplomats|One|two European diplomats"),
   # 13 "did not respond": narrator; 14 headline
   15: ("Finnish energy company", I, "*|company|energy company"),
   # 16 "declined to say": narrator
   17: ("Nordic Threat Watch", I, "researchers|Independent researchers|Independent researchers at Nordic Threat Watch"),
   # 18 headline
   19: ("Romania", I, "Romania's defence ministry|defence ministry|ministry"),
   # 20 "No damage was reported.", 21 credit: narrator
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
