"""Build gold.csv for the seventeenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-16
(experiments/attribution_heldout4/ ... attribution_heldout16/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`;
- in a transcript turn, a sentence that reports another person's words keeps
  the turn speaker as gold and accepts the reported person or body; likewise
  inside a quotation or a spokeswoman's answer;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted; an embassy speaking
  for its government gives the country (batch 6);
- a spokesperson's or minister's own remarks give the person, with the body
  or government accepted; a deputy minister's (and an assistant secretary's)
  do not accept the government; a deputy Secretary General's accept NATO;
- beliefs, memories and feelings are the narrator; intro sentences without
  content and gestures are the narrator with the person accepted; a speech act
  with no content by a named person gives the person, narrator accepted;
  "declined to comment" and "did not say" are the narrator;
- a factual sentence whose relative clause carries another party's speech is
  the narrator, with that party accepted (batch 9);
- headlines, standfirsts, bylines, datelines, timestamps, credits, captions
  and "Related:" lines are the narrator; unnamed sources are written as they
  appear without the article, `*` accepted unless the sentence also names
  another person or body; loose groups get `*`;
- a document with no byline (transcript, press release, ministry answer) has
  no narrator; its header lines are the narrator; a header line shaped like a
  label ("Presenter: Name") is the narrator with nothing accepted (batch 9);
  title lines naming the speaker accept that speaker (batch 10);
- people who share a surname (Maire and Toomas Tamm; Anne and Mark Young;
  Robert and Margaret Sharp; Yuri and Dmitri Belov) stay apart, and the bare
  surname is not accepted for either (batch 13).

New decisions in this batch:
- t04 joint statement: the statement of four foreign ministers ("We, the
  Foreign Ministers of ...") published in full inside a bylined story is the
  ministers' quoted text (`direct` throughout, batch 11's appended chairman's
  statement); its speaker is the group as written ("Foreign Ministers of
  Estonia, Latvia, Lithuania and Poland"), with "foreign ministers",
  "ministers", each signatory by name and the narrator accepted (the
  narrator as for one person's statement); the four countries are not
  accepted (no single government speaks). Its "Allies agreed that ..." gives
  NATO and "We note the assurance given by the Secretary General ... that
  ... "..."" gives the (unnamed) "Secretary General" (batch 13's "We also
  note the assurance of ..."), the group accepted. Each line of the signature
  block is a split-off tag: that minister (`direct`), narrator and the group
  accepted (batch 7's letter signature). The statement's title line is the
  narrator, the group accepted. In the reactions paragraph "His Polish
  colleague" refers to the Polish foreign minister named in the signature
  block (Piotr Zielinski), Poland accepted.
- t03: a soldier given only by rank and first name ("Sergeant Jonas, who did
  not give his surname") keeps the first name ("Jonas"), "Sergeant Jonas" and
  "sergeant" accepted; "according to the Estonian Defence Forces" and "the
  army said" give "Estonian Defence Forces", "army", "Defence Forces" and
  Estonia accepted; the mayor relaying the ministry's assurance keeps the
  mayor, the ministry accepted (batch 12's relaying source).
- t05 TV transcript: bare "ANCHOR:" gives the presenter named in the header
  line, "REPORTER (voice-over):"/"(on camera):" gives the correspondent the
  anchor introduces ("Our correspondent Daniel Rose reports"), role words
  accepted (batch 6); the reporter's sign-off "Name, Programme, Place." is
  his turn, narrator accepted; the unnamed "PROTESTER (through translator):"
  gives "protester", `*` accepted except in the piece naming NATO.
- t06 NGO press release (no byline): the issuer's report ("according to a
  report published today by the Centre ...", "The report documents / finds /
  recommends") gives the issuing body by its full name, "CERR", "report" and
  the narrator accepted; the Notes to editors and the briefing announcement
  are the narrator with the issuer accepted; "Dr Anne Young and Mark Young are
  not related." and the media contact line are the narrator, nothing accepted.
- t07 ministry answer: the title line names the spokeswoman (narrator, her
  accepted); the "Question:" turn gives "Question" ("journalist|Q" accepted);
  the "Answer:" turn and the rest of the answer give the spokeswoman, Russia
  and the ministry accepted; her "Mr Long's favourite expression" echo is a
  sarcastic relay of the NATO spokesman, who is accepted (batch 6).
- t08 feature: "Belov says something in Russian" is a speech act without
  content (him, narrator accepted); a memoir's "described ... as "..."" and
  "he wrote:" are `direct`.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RDM = "Defence Ministry|Russia's Defence Ministry|ministry|Russian Defence Ministry"
LG, LGA = "Laura Grant", "Grant|NATO|spokeswoman|NATO spokeswoman"
# t02
DF, DFA = "David Frost", "Frost|Assistant Secretary of State"
VI, VIA = "Viktor Ivanov", "Ivanov|Deputy Foreign Minister|deputy minister"
KN, KNA = "Karel Novak", "Novak|Czech Republic|Czech Foreign Minister|foreign minister"
MS_, MSA = "Martin Stone", "Stone|NATO|spokesman"
# t03
MT, TT = "Maire Tamm", "Toomas Tamm"
RK, RKA = "Riho Kask", "Kask|mayor|Mayor Kask"
SV, SVA = "Sergei Volkov", "Volkov"
JO, JOA = "Jonas", "Sergeant Jonas|sergeant"
EDF, EDFA = "Estonian Defence Forces", "Defence Forces|army|Estonia"
RSR = "Russian-speaking residents"
# t04
FM = "Foreign Ministers of Estonia, Latvia, Lithuania and Poland"
SIG = "Urmas Kallas|Andris Ozols|Vygaudas Petrauskas|Piotr Zielinski"
FMA = "foreign ministers|ministers|" + N + "|" + SIG
AN, ANA = "Andrei Nesterov", "Nesterov|Russia|Foreign Ministry|spokesman|Russian Foreign Ministry"
VP, VPA = "Vygaudas Petrauskas", "Petrauskas|Lithuania|Lithuanian Foreign Minister"
PZ, PZA = "Piotr Zielinski", "Zielinski|Poland|Polish colleague"
# t05
CH, CHA = "Claire Hope", "Anchor|Presenter"
DR, DRA = "Daniel Rose", "Reporter|correspondent"
NM, NMA = "Nikola Markovic", "Markovic|Montenegro|foreign minister|Montenegrin Foreign Minister"
DO, DOA = "Dmitri Orlov", "Orlov|Russia|Kremlin|Kremlin spokesman"
HM, HMA = "Helen Marsh", "Marsh|NATO|deputy secretary general|NATO deputy secretary general"
# t06
ORG = "Centre for European Risk Reduction"
ORGA = "CERR|report|" + N
AY, AYA = "Anne Young", "Dr Young|Dr Anne Young|CERR|" + ORG + "|Director|Director of CERR"
MY, MYA = "Mark Young", "lead author|report"
# t07
TB = "Tatiana Belova"
TBA = "Belova|Russia|Foreign Ministry|Ministry of Foreign Affairs|Ministry|official representative"
QA = "journalist|Q"
OL = "Oliver Long|Long|NATO|NATO spokesman"
# t08
RS, YB, DB, MSH = "Robert Sharp", "Yuri Belov", "Dmitri Belov", "Margaret Sharp"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_airpolicing.txt": ("James Bell", {
   # 0 headline, 1 byline, 2 outlet, 3 timestamp: narrator
   4: ("Russia", D, RDM),                      # lead: ministry "accused ... of "dangerous manoeuvres""
   5: ("NATO", I, "alliance"),                 # "..., the alliance said."
   6: ("Russia", D, RDM),                      # "the ministry said in a statement"
   7: ("Russia", D, RDM),                      # untagged second sentence of the statement quote
   8: ("Russia", I, RDM + "|statement"),       # "The statement said ..."
   9: (LG, I, LGA + "|" + N),                  # "rejected that account.": speech act without content
   10: (LG, D, LGA),
   11: (LG, D, LGA),
   12: (LG, I, LGA),                           # her statement of the body's stance
   13: ("NATO", I, N + "|alliance"),           # "NATO has proposed such talks before."
   14: ("Russia", I, N + "|Moscow"),           # "Moscow has long complained about ...": no content
   # 15 declined to comment, 16 fact: narrator
   17: ("NATO", I, "alliance"),                # "The alliance says ..."
   # 18 credit, 19 Related: narrator
 }),
 "t02_missiledefence.txt": ("Anne Marsh", {
   # 0 headline, 1 byline, 2 outlet: narrator
   3: ("United States", I, N + "|Russia|Moscow"),  # offer in the lead, "but Moscow said" clause
   4: ("United States", I, "State Department|" + N),  # "..., the State Department said."
   5: (DF, D, DFA), 6: (DF, D, DFA),
   7: (DF, I, DFA),
   8: (None, N, VI + "|" + VIA),               # "was unimpressed.": intro without content
   9: (VI, D, VIA), 10: (VI, D, VIA),
   11: (VI, D, VIA), 12: (VI, D, VIA), 13: (VI, D, VIA),  # quote reopened, paragraph 2
   14: (VI, D, VIA + "|NATO"),                 # "We were told in 1990 that the alliance ..."
   15: (VI, D, VIA + "|NATO"),                 # "Now we are told that ..."
   16: (VI, D, VIA),
   17: (VI, D, VIA),                           # paragraph 3, closes the quote
   # 18 "did not say": narrator
   19: ("Russian generals", I, "*|generals"),  # loose group
   20: (KN, I, KNA),
   21: (KN, D, KNA),
   22: (KN, D, KNA),                           # unclosed quote mark
   23: (MS_, I, MSA),
   24: (MS_, D, MSA),
   25: (MS_, I, MSA),                          # spokesman's statement of the body's stance
   26: (None, N, "protesters"),                # banners: a display
   27: (None, N, DF + "|Frost"),               # gesture introducing the quote
   28: (DF, D, DFA), 29: (DF, D, DFA),
   # 30 fact, 31 credit: narrator
 }),
 "t03_tapa.txt": ("Kadri Lepik", {
   # 0 headline, 1 standfirst, 2 byline, 3 outlet, 4-5 scene: narrator
   6: (EDF, I, EDFA),                          # "according to the Estonian Defence Forces"
   7: (None, N, MT),                           # intro without content
   8: (MT, D, ""), 9: (MT, D, ""), 10: (MT, D, ""),
   11: (None, N, TT),                          # "is less relaxed.": intro
   12: (None, N, TT),                          # worry + relative clause "which he says ..."
   13: (TT, D, ""),
   14: (RK, I, RKA + "|defence ministry|Estonia"),  # relays the ministry's assurance
   15: (RK, D, RKA), 16: (RK, D, RKA), 17: (RK, D, RKA),
   18: (RK, I, RKA),                           # "The mayor said ..."
   19: (None, N, RSR + "|Some Russian-speaking residents"),  # intro without content
   20: (RSR, I, "*|Some Russian-speaking residents|residents"),
   21: (SV, D, SVA), 22: (SV, D, SVA),
   23: (SV, I, SVA),
   # 24-25 scene: narrator
   26: (JO, I, JOA),
   27: (JO, D, JOA), 28: (JO, D, JOA), 29: (JO, D, JOA),
   30: ("Russia", D, "Russia's embassy in Tallinn|embassy|Russian embassy"),
   # 31 fact: narrator
   32: (EDF, I, EDFA),                         # "the army said"
   # 33 caption, 34 photo credit: narrator
 }),
 "t04_jointstatement.txt": ("Tomasz Wielgus", {
   0: (None, N, FM),                           # headline reporting the statement
   # 1 byline, 2 outlet, 3 timestamp: narrator
   4: (None, N, FM + "|NATO"),                 # "issued a joint statement" (act), NATO's decision in a clause
   # 5 "The full text follows.": narrator
   6: (None, N, FM + "|foreign ministers"),    # statement title line
   7: (FM, D, FMA), 8: (FM, D, FMA), 9: (FM, D, FMA), 10: (FM, D, FMA),
   11: (FM, D, FMA), 12: (FM, D, FMA), 13: (FM, D, FMA),
   14: ("Secretary General", D, "NATO Secretary General|NATO|" + FM + "|" + FMA),  # "We note the assurance ... that ... "...""
   15: (FM, D, FMA),
   16: ("NATO", D, "Allies|" + FM + "|" + FMA),  # "Allies agreed that ..."
   17: (FM, D, FMA), 18: (FM, D, FMA), 19: (FM, D, FMA),
   20: ("Urmas Kallas", D, N + "|" + FM),      # signature lines: split-off tags
   21: ("Andris Ozols", D, N + "|" + FM),
   22: (VP, D, N + "|" + FM),
   23: (PZ, D, N + "|" + FM),
   # 24 "Reactions came quickly.": narrator
   25: (AN, D, ANA),
   26: ("NATO diplomat", D, "diplomat|NATO diplomat in Brussels"),  # names Moscow: no *
   27: (VP, I, VPA),
   28: (VP, D, VPA),
   29: (PZ, D, PZA),                           # "His Polish colleague ... telling Polish radio"
   # 30 Related: narrator
 }),
 "t05_tvnews.txt": ("", {
   # 0 programme, 1 broadcast line, 2 "Presenter:" header line: narrator
   3: (CH, D, CHA), 4: (CH, D, CHA),
   5: (CH, D, CHA + "|Russia"),                # "Moscow has warned of consequences"
   6: (CH, D, CHA + "|" + DR),                 # introduces the correspondent
   7: (DR, D, DRA), 8: (DR, D, DRA),
   9: ("protester", D, "Protester"),           # names NATO: no *
   10: ("protester", D, "*|Protester"), 11: ("protester", D, "*|Protester"),
   12: (DR, D, DRA),
   13: (DR, D, DRA + "|" + NM + "|foreign minister|Montenegro"),  # reports the minister's words
   14: (NM, D, NMA), 15: (NM, D, NMA), 16: (NM, D, NMA),
   17: (DR, D, DRA + "|Russia"),
   18: (DR, D, DRA + "|Russia|Kremlin|Russian Foreign Ministry"),
   19: (DO, D, DOA), 20: (DO, D, DOA),
   21: (DR, D, DRA + "|officials|Officials here"),
   22: (DR, D, DRA),
   23: (DR, D, DRA + "|" + N),                 # sign-off
   24: (CH, D, CHA + "|" + HM),                 # introduces the clip
   25: (HM, D, HMA), 26: (HM, D, HMA),
   27: (CH, D, CHA), 28: (CH, D, CHA),
 }),
 "t06_ngorelease.txt": ("", {
   # 0 PRESS RELEASE, 1 issuer, 2 release line: narrator
   3: (None, N, ORG + "|CERR|report"),         # headline "new report warns"
   4: (ORG, I, ORGA),                          # "according to a report published today by the Centre"
   5: (ORG, I, ORGA),                          # "The report ... documents ..."
   6: (AY, D, AYA), 7: (AY, D, AYA),
   8: (AY, I, AYA),                            # "called on ..."
   9: (AY, D, AYA), 10: (AY, D, AYA),
   11: (ORG, I, ORGA),                         # "The report finds that ..."
   12: (ORG, I, ORGA),                         # "It recommends ..."
   13: (MY, D, MYA),
   14: ("retired Russian admiral", I, "admiral|Russian admiral"),  # names the Black Sea Fleet: no *
   # 15 narrator
   16: (None, N, ORG + "|CERR"),               # issuer's announcement
   # 17 ENDS, 18 heading, 19/22/24 numbers: narrator
   20: (None, N, ORG + "|CERR"), 21: (None, N, ORG + "|CERR"),
   # 23 "... are not related.": narrator, nothing accepted
   25: (None, N, ORG + "|CERR"),
   # 26 media contact: narrator
 }),
 "t07_mfaanswer.txt": ("", {
   0: (None, N, TB + "|Belova"),               # title line naming her
   # 1 date, 2 time: narrator
   3: ("Question", D, QA),
   4: ("Question", D, QA + "|NATO"),           # "The Alliance says ..."
   5: ("Question", D, QA),
   6: (TB, D, TBA), 7: (TB, D, TBA), 8: (TB, D, TBA),
   9: (TB, D, TBA + "|NATO"),                  # "the reassurances from Brussels"
   10: (TB, D, TBA + "|" + OL),                # quotes the NATO spokesman
   11: (TB, D, TBA), 12: (TB, D, TBA), 13: (TB, D, TBA), 14: (TB, D, TBA),
   15: ("Russia", D, "Tatiana Belova|Belova|Foreign Ministry|Ministry of Foreign Affairs|Ministry|official representative"),  # decision reported
   16: (TB, D, TBA + "|Oliver Long|Long"),     # sarcastic echo of the spokesman
   17: (TB, D, TBA), 18: (TB, D, TBA),
   19: (TB, D, TBA + "|Nordic politicians|certain Nordic politicians"),
   20: (TB, D, TBA),
 }),
 "t08_veterans.txt": ("Katrin Vogt", {
   # 0 title, 1 standfirst, 2-3 scene: narrator
   4: (None, N, RS),                           # "still remembers": memory
   5: (RS, D, ""), 6: (RS, D, ""), 7: (RS, D, ""),
   # 8 arrival, 9 embrace: narrator
   10: (YB, I, N),                             # "says something in Russian": no content
   11: (DB, D, YB),                            # son relays the father's words
   12: (RS, D, ""),                            # memoir "described ... as "...""
   13: (RS, D, ""), 14: (RS, D, ""),           # "Of Belov he wrote: "..."
   # 15 "has read the book": narrator
   16: (YB, D, ""),                            # "He calls it "...""
   # 17-18 treaty history: narrator
   19: (None, N, YB),                          # intro without content
   20: (YB, D, ""), 21: (YB, D, ""), 22: (YB, D, ""), 23: (YB, D, ""),
   24: (None, N, RS),                          # intro without content
   25: (RS, I, N),                             # "In his view, ..."
   26: (RS, D, ""), 27: (RS, D, ""),
   28: (None, N, YB),                          # gesture
   # 29 narrator
   30: (None, N, DB),                          # "remembers ... differently": intro
   # 31 fact: narrator
   32: (DB, D, ""), 33: (DB, D, ""),
   34: (None, N, MSH), 35: (None, N, MSH),     # intro of Margaret Sharp
   36: (MSH, D, ""), 37: (MSH, D, ""),
   38: (RS, I, ""),                            # "Sharp asks whether ..."
   39: (YB, D, ""), 40: (YB, D, ""), 41: (YB, D, ""),
   # 42 end byline: narrator
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
