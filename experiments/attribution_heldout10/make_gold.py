"""Build gold.csv for the tenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-9
(experiments/attribution_heldout4/ ... attribution_heldout9/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or debate
  turn (label) is `direct`;
- in a transcript, debate or press-conference turn, a sentence that reports
  another person's words keeps the turn speaker as gold and accepts the
  reported person or body;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted; a Secretary General's own remarks give him,
  with NATO accepted; when he reports what the body did ("Allies have called
  on Russia ...") the body is gold and he is accepted;
- beliefs, memories and feelings are the narrator; intro sentences without
  content and gestures ("laughed") are the narrator with the person accepted;
  a speech act with no content by a named person gives the person, narrator
  accepted; "declined to comment" is the narrator;
- a factual sentence whose relative or appositive clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- headlines, bylines, datelines, credits and "(Applause)"-style lines are the
  narrator; unnamed sources are written as they appear without the article,
  `*` accepted unless the sentence also names another person or body (then
  only variants of their own description);
- a document with no byline (transcript, verbatim report) has no narrator;
  its header lines are the narrator; honorifics and ranks are not part of the
  canonical name; a "Q:"/"QUESTION" with a name gives that journalist,
  "Question|journalist" accepted.

New decisions in this batch:
- TV transcript: "ANCHOR (Name):" gives the named anchor, and the later bare
  "ANCHOR:" the same person ("Anchor" accepted); the reporter's own narration
  inside his labelled turn gives the reporter (a turn), the reported person
  accepted; sound-bite labels give the person; an unnamed label
  ("BALTIC DIPLOMAT (sound bite ...)") is written as it appears, `*` accepted;
- a bare "Q:" with no name gives "Q", "Question|journalist" accepted;
- a NATO statement's title line "Doorstep statement by NATO Secretary General
  X" is the narrator with him accepted;
- European Parliament verbatim report: the label ("President." / "Name, on
  behalf of the PPE Group.") split off as its own piece gives the turn
  speaker, narrator accepted; the sitting President unnamed is "President";
  an MEP speaking on behalf of a group has the group accepted;
- leaked document: "according to an internal document" gives "internal
  document", with "document|memo|14-page memo|leaked memo" accepted, for every
  sentence carrying its content ("It says", "the memo says", "The memo
  recommends"); the headline reporting it is the narrator, document accepted;
- a quote tag split off as its own piece ("he asked.") gives the person,
  `direct`, narrator accepted;
- first-person essay with its byline at the end: the author is the narrator,
  and his own reported words ("I said I had no idea") are the narrator;
- a minister reporting his government's decision ("The President and the
  government have decided that Finland will apply") gives the country, the
  minister accepted; a minister referring to the other by title ("As my
  Finnish colleague said, ...") keeps the turn speaker, the other accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
GTL, GTLA = "Gennady Tverskoy-Lunin", "Russia|Foreign Minister"
JHR, JHRA = "Jeremy Halcott-Reyes", "NATO|spokesman|alliance's spokesman"
SED, SEDA = "senior European diplomat", "European diplomat|diplomat|senior European diplomat who attended the meeting"
ISW = "Irina Sobchenko-Wahl"
# t02
HAR, HARA = "Helen Ashdown-Roke", "Anchor"
CVS, CVSA = "Callum Vireo-Stanek", "correspondent|diplomatic correspondent"
LPH, LPHA = "Lorne Pettigrew-Hale", "United States|secretary of state"
ANV, ANVA = "Arkady Nesterenko-Vail", "Russia|Russian foreign minister"
# t03
SG, SGA = "Ansgar Dunmore-Elvik", "Secretary General|NATO Secretary General|NATO"
QJ = "Q|Question|journalist"
# t04
RGS, RGSA = "Rostislav Guryanov-Selt", "host|presenter"
BCO, BCOA = "Boris Chaplygin-Ostrov", "General Chaplygin-Ostrov|Chaplygin-Ostrov"
PZR, PZRA = "Pavel Zelinsky-Ross", "Zelinsky-Ross|political scientist"
OVM, OVMA = "Oksana Vlaskina-Murr", "Duma deputy"
AST = "Alina Strebkova-Hunt"
# t05
P, PA = "President", "President of the European Parliament"
WOB, WOBA = "Wendel Ostrakis-Brune", "PPE Group"
CRA, CRAA = "Carmela Ruiz-Aldana", "S&D Group"
JHS = "Jiri Haltmar-Sova"
# t06
DOC, DOCA = "internal document", "document|memo|14-page memo|leaked memo"
NO, NOA = "NATO official", "official|NATO"
EHM = "Elisabet Haug-Marren"
RDM = "Russian defence ministry|defence ministry|ministry"
OKZ = "Oleg Krasnitsky-Zorn"
DVE = "Darius Vaitkunas-Ebb"
# t07
FAP, FAPA = "Fergus Aldwych-Penn", "Colonel Aldwych-Penn"
SMD, SMDA = "Sergei Mokrousov-Dahl", "Mokrousov-Dahl|Captain Mokrousov-Dahl|Sergei"
# t08
RSO, RSOA = "Riikka Sallinen-Oaks", "Moderator"
PKS, PKSA = "Pekka Kivelä-Strand", "Minister Kivelä-Strand|Kivelä-Strand|Finland"
IHL, IHLA = "Ingrid Hagberg-Lund", "Minister Hagberg-Lund|Hagberg-Lund|Sweden"
TE, TEA = "Tove Enqvist", "Question|journalist"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_kosovo.txt": ("Marek Oldenhove-Pratt", {
   # 0 headline, 1 byline, 2 "Staff Correspondent", 3 dateline + acts (recalled, suspended): narrator
   4: (GTL, D, GTLA),
   5: (GTL, D, GTLA),                          # untagged second sentence of the quote
   6: (GTL, I, GTLA),                          # "He added that Moscow would ..."
   7: ("NATO officials", I, "officials|NATO"),  # unnamed source; names the Yugoslav government, so no *
   8: (JHR, D, JHRA),                          # fragment quote
   9: (JHR, D, JHRA),
   10: (JHR, I, JHRA),                         # "Asked whether ..., he replied that ..."
   # 11 meeting: narrator
   12: (SED, D, SEDA),                         # names "the Russian reaction": no *
   13: (SED, D, SEDA),                         # curly double quotes
   14: (SED, D, SEDA),
   15: ("United States", I, "State Department"),
   # 16 departure, 17 "Russian television showed him ...": narrator (acts)
   18: (None, N, "Analysts in Moscow|analysts"),  # intro without content
   19: (ISW, D, ""),
   20: (ISW, I, ""),                           # "..., she noted."
   # 21 reporting credit: narrator
 }),
 "t02_tvnews.txt": ("", {
   # 0 programme title, 1 broadcast line: narrator
   2: (HAR, D, HARA),
   3: (HAR, D, HARA),                          # anchor reports an agreement (no speech verb): the turn
   4: (HAR, D, HARA),
   5: (CVS, D, CVSA),
   6: (CVS, D, CVSA),
   7: (CVS, D, CVSA + "|" + LPH + "|" + LPHA),  # reporter reports the secretary's words in his turn
   8: (LPH, D, LPHA),
   9: (LPH, D, LPHA),
   10: (CVS, D, CVSA + "|" + ANV + "|" + ANVA),  # "The Russian foreign minister was more guarded."
   11: (CVS, D, CVSA + "|" + ANV + "|" + ANVA),  # "... told me that Moscow would ..."
   12: (ANV, D, ANVA),
   13: (ANV, D, ANVA),
   14: (CVS, D, CVSA),
   15: (CVS, D, CVSA + "|Central European officials|Some Central European officials"),
   16: (CVS, D, CVSA + "|Baltic diplomat|One Baltic diplomat"),
   17: ("Baltic diplomat", D, "*|diplomat|One Baltic diplomat"),  # unnamed sound-bite label
   18: (CVS, D, CVSA),
   19: (CVS, D, CVSA),                         # "Helen." hand-back, still his turn
   20: (HAR, D, HARA),                         # bare "ANCHOR:" = the anchor named at the top
   21: (HAR, D, HARA),
 }),
 "t03_pressp.txt": ("", {
   0: (None, N, SG + "|" + SGA),               # title line naming him: narrator, person accepted
   # 1 occasion line: narrator
   2: (SG, D, SGA), 3: (SG, D, SGA), 4: (SG, D, SGA),
   5: ("NATO", D, "Allies|" + SG + "|Secretary General|NATO Secretary General"),  # body's act reported by SG
   6: (SG, D, SGA), 7: (SG, D, SGA), 8: (SG, D, SGA),
   9: ("Sanna Brevik-Moll", D, QJ + "|Russian defence minister|Russia"),  # question reports the minister
   10: ("Sanna Brevik-Moll", D, QJ),
   11: (SG, D, SGA), 12: (SG, D, SGA), 13: (SG, D, SGA), 14: (SG, D, SGA),
   15: ("Piet Gorrissen", D, QJ),
   16: (SG, D, SGA), 17: (SG, D, SGA), 18: (SG, D, SGA),
   19: (SG, D, SGA + "|Lavrentiy Sokolin-Bart|Russia"),  # reports the Russian minister in his turn
   20: (SG, D, SGA),
   21: ("Q", D, "Question|journalist"),        # unnamed questioner: never a previous journalist
   22: (SG, D, SGA), 23: (SG, D, SGA), 24: (SG, D, SGA),
 }),
 "t04_talkshow.txt": ("Yulia Karst-Dorman", {
   # 0 headline (unattributed quote), 1 byline, 2 "Moscow media correspondent", 3 lead, 4 scene: narrator
   5: (RGS, D, RGSA),
   6: (RGS, D, RGSA),                          # quote split mid-way by the splitter: each piece his
   7: (RGS, D, RGSA),
   8: (RGS, I, RGSA),                          # "He then asked his first guest whether ..."
   9: (BCO, D, BCOA),                          # fragment quote "tomorrow morning"
   10: (BCO, I, BCOA),                         # "The West, he said, ..."
   11: (None, N, "guests"),                    # intro without content
   12: (PZR, I, PZRA),
   13: (PZR, D, PZRA),
   14: (None, N, RGS + "|" + RGSA),            # "The presenter cut him off." act without content
   15: (RGS, D, RGSA),                         # "Then why did they join?" split from its tag
   16: (RGS, D, RGSA + "|" + N),               # "he asked." tag piece alone (new decision)
   17: (PZR, D, PZRA),                         # "retorted"
   18: (PZR, D, PZRA),
   19: (None, N, "studio audience"),           # booed: no speech
   20: (None, N, RGS + "|" + RGSA),            # gesture
   21: (OVM, I, OVMA),                         # names the United States: no *
   22: (OVM, D, OVMA),                         # fragment "hostages"
   23: ("Media analysts", I, "*|analysts"),
   24: (AST, D, ""),
 }),
 "t05_europarl.txt": ("", {
   # 0-2 header lines: narrator
   3: (P, D, PA + "|" + N),                    # label piece alone (new decision)
   4: (P, D, PA), 5: (P, D, PA),
   6: (WOB, D, WOBA + "|" + N),                # label piece
   7: (WOB, D, WOBA),
   8: (WOB, D, WOBA + "|NATO|Russia"),         # reports NATO's request and Moscow's answer in his turn
   9: (WOB, D, WOBA),
   # 10 (Applause): narrator
   11: (P, D, PA + "|" + N),
   12: (P, D, PA),
   13: (CRA, D, CRAA + "|" + N),
   14: (CRA, D, CRAA),                         # "I agree with much of what Mr X said": no content of his
   15: (CRA, D, CRAA),
   16: (P, D, PA + "|" + N),
   17: (P, D, PA),
   18: (JHS, D, N),                            # label piece
   19: (JHS, D, ""),
   20: (JHS, D, ""),
   21: (JHS, D, "Russian foreign minister"),   # "(Interruption) As a Russian foreign minister once warned ..."
   22: (P, D, PA + "|" + N),
   23: (P, D, PA),
 }),
 "t06_leak.txt": ("Hanne Lidvall-Croft", {
   0: (None, N, DOC + "|" + DOCA),             # headline reporting the memo
   # 1 byline
   2: (DOC, I, DOCA + "|NATO military planners|planners"),  # "..., according to an internal document"
   # 3 description of the memo (fact): narrator
   4: (DOC, D, DOCA),                          # "It says ... "substantially modernised""
   5: (DOC, D, DOCA),                          # "the memo says, "...""
   6: (DOC, I, DOCA),                          # "According to the document, ..."
   7: (NO, I, NOA),                            # confirmed; names the document, so no *
   8: (NO, D, NOA),
   9: (NO, D, NOA),
   10: (None, N, EHM + "|NATO"),               # "declined to comment on what she called "..."": narrator
   11: (EHM, D, "NATO|spokeswoman"),
   12: ("Russia", I, RDM + "|" + N),           # body's "dismissed the report", no content
   13: (OKZ, D, "Russia|" + RDM),              # denied ... and said ... "another Western fantasy"
   14: (OKZ, I, "Russia|" + RDM),              # "He accused NATO of ..."
   15: (DVE, I, "Lithuania"),
   16: (DVE, D, "Lithuania"),
   17: (DOC, I, DOCA),                         # "The memo recommends that ..."
   # 18 schedule, 19 editing credit: narrator
 }),
 "t07_essay.txt": ("Gareth Lemmon-Vose", {
   # 0-1 headline pieces, 2-3 memoir facts: narrator (the essayist)
   4: (None, N, FAP + "|" + FAPA),             # "briefed us": intro without content
   5: (FAP, D, FAPA), 6: (FAP, D, FAPA), 7: (FAP, D, FAPA),
   # 8 "We laughed, but he meant it.": narrator; 9 fact
   10: (None, N, SMD + "|" + SMDA),            # fact with "he told me" parenthetical
   # 11 "He wanted to know ...": narrator (a wish)
   12: (SMD, I, SMDA),                         # "he asked me whether ..."
   # 13 "I said I had no idea": the essayist's own words, narrator
   14: (SMD, D, SMDA),                         # curly single quotes, "he replied"
   # 15-16 memory and reflection: narrator
   17: ("senior allied general", D, "*|allied general|general"),  # "I heard ... dismiss those feelings as "...""
   # 18-19 the essayist's verdict: narrator
   20: (None, N, FAP + "|" + FAPA),            # "made a short speech": intro without content
   21: (FAP, I, FAPA),
   22: ("Tolbukhin", I, "Russian commander|Major Tolbukhin"),
   # 23 narrator; 24 end byline: narrator
 }),
 "t08_jointpc.txt": ("", {
   # 0 title, 1 place/date: narrator
   2: (RSO, D, RSOA), 3: (RSO, D, RSOA), 4: (RSO, D, RSOA),
   5: (PKS, D, PKSA), 6: (PKS, D, PKSA),
   7: ("Finland", D, PKS + "|Minister Kivelä-Strand|Kivelä-Strand|government"),  # government's decision reported by the minister
   8: (PKS, D, PKSA),
   9: (IHL, D, IHLA), 10: (IHL, D, IHLA),
   11: (IHL, D, IHLA + "|" + PKS + "|" + PKSA),  # "As my Finnish colleague said, ..."
   12: (RSO, D, RSOA), 13: (RSO, D, RSOA), 14: (RSO, D, RSOA),
   15: (TE, D, TEA),
   16: (TE, D, TEA + "|Russia"),               # "Moscow has warned of "..."" inside her question
   17: (TE, D, TEA),
   18: (PKS, D, PKSA), 19: (PKS, D, PKSA),
   20: (IHL, D, IHLA),                         # "I fully agree with the minister."
   21: (IHL, D, IHLA + "|Russia"),             # "The Russian side has said many things"
   22: (IHL, D, IHLA),
   23: (RSO, D, RSOA), 24: (RSO, D, RSOA),
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
