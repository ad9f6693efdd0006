"""Build gold.csv for the eighteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-17
(experiments/attribution_heldout4/ ... attribution_heldout17/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or Q&A
  turn (label) is `direct`;
- speech acts of bodies give the body (narrator accepted when without
  content); a ministry or embassy speaking for the government gives the
  country, the ministry/embassy accepted; a spokesperson's or minister's own
  remarks give the person, the body or government accepted (a deputy
  minister's accept nothing); the Secretary General's own remarks give him,
  NATO accepted; "Allies agreed/expressed" gives NATO;
- beliefs, memories and feelings are the narrator; intros without content
  ("NATO was not convinced.", "Colonel Orlov is sceptical.") are the narrator
  with the person accepted; "declined to comment/give details" is the
  narrator; a speech act without content by a named person ("disagreed")
  gives the person, narrator accepted;
- headlines, bylines, datelines, credits, "Related:" lines are the narrator;
  unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body;
- two people who share a surname stay apart and the bare surname is not
  accepted for either (Igor/Dmitry Sokolov, Richard/Peter Long, Sergei/Andrei
  Volkov, Karen/Michael Stone, Mikko/Anna Laine, Claire/Ola Sharp);
- leaked document (batch 10, 14): "according to a confidential NATO
  assessment" gives "NATO assessment", its variants accepted, for every
  sentence carrying its content; the description of the document is the
  narrator; NATO is accepted as its author (as batch 14's signing ambassador).

New decisions in this batch:
- magazine Q&A with an "Interview by" line and outlet-initial question labels
  ("L:"): the question lines are the narrator (the interviewer), as batch 9's
  unlabelled questions, with the outlet, "L" and "Question" accepted (batch
  6's outlet-labelled questions); a question that reports a loose group or
  another person ("Some in the Baltic states say ...", "Your successor has
  said ...") also accepts them; answer labels with the surname ("Rask:") give
  the full name, nothing else accepted (batch 6); the general's quotation of
  his (unnamed) father keeps the general, "father" accepted; the headline
  repeating his answer is the narrator, him accepted;
- a published government white paper ("Its new white paper ... says",
  "The white paper also stresses", "According to the document") gives the
  issuing government (Norway), with "white paper", "document" and the
  government's description accepted (batch 17's issuing body of a report);
  "The Norwegian government sees things rather differently." is a belief
  introducing it (narrator, Norway accepted);
- blog post: the paragraph-final "a senior Russian legislator had offered his
  own interpretation ...:" introducing an embedded tweet gives the tweet's
  poster (named in the signature line) `indirect`, narrator accepted (batch
  11/14 intro with speech verb and colon); "Ola Sharp ... put it well ...:
  <unquoted content>" gives Ola Sharp, `indirect`; the author's verdicts are
  the narrator, nothing accepted;
- Russian state TV register: "Experts interviewed by our channel believe" is a
  belief (narrator), experts accepted (batch 7's "The Russian side
  believes"); "The Kremlin has also commented on the situation." is a body's
  speech act without content (Russia, narrator accepted);
- a multi-paragraph quotation of an unnamed former officer with the mark
  reopened on each paragraph stays with him; the sentence naming the alliance
  accepts only his variants, the untagged later pieces `*` too;
- an unclosed quotation ("...at Vilnius." without closing mark) followed by a
  new quoted paragraph with "he said" stays with the speaker;
- "Laine, whose wife Anna Laine is ..., has called for ..." gives the minister
  (the main clause's subject), `indirect`, nothing for the wife.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RMD = "Defence Ministry|ministry|Russian Defence Ministry|Defence Ministry in Moscow"
DS, DSA = "Dmitry Sokolov", "Russia|Kremlin|Kremlin spokesman|spokesman"
AM, AMA = "Anne Marsh", "Marsh|NATO|spokeswoman|NATO spokeswoman"
TZ, TZA = "Tomas Zukauskas", "Zukauskas|Lithuania|minister|Lithuanian Defence Minister|defence minister"
JB, JBA = "James Bell", "Bell"
# t02
WS, WSA = "Walter Sharp", "Sharp|Mr. Sharp|Sen. Walter Sharp|senator"
RL, RLA = "Richard Long", "Mr. Long|Sen. Richard Long|senator"
NB, NBA = "Nicholas Burke", "Burke|Mr. Burke|United States|State Department|spokesman"
YA, YAA = "Yuri Antonov", "Antonov|Mr. Antonov|Russia|minister-counselor|diplomat"
# t03
SG, SGA = "Jens Halvorsen", "Halvorsen|Mr Halvorsen|Secretary General|NATO Secretary General|NATO"
SGO = "Jens Halvorsen|Halvorsen|Mr Halvorsen|Secretary General|NATO Secretary General"
# t04
SV, SVA = "Sergei Volkov", "Russia|Foreign Minister|minister|Russian Foreign Minister"
AV = "Andrei Volkov"
NO, NOA = "Nikolai Orlov", "Orlov|Russia|Kremlin|press secretary|Presidential press secretary"
MK, MKA = "Marina Kuzmina", "Kuzmina|political scientist|expert"
# t05
ER = "Erik Rask"
QL = "Northern Ledger|The Northern Ledger|L|Question"
# t06
KB, KBA = "Konstantin Belyaev", "Belyaev"
NW, NWA = "Norway", "white paper|document|Norwegian government|government"
# t07
FO, FOA = "former British officer", "former officer|officer|British officer"
GO, GOA = "Gennady Orlov", "Orlov|Colonel Orlov|retired Russian colonel"
KS, KSA = "Karen Stone", "NATO|NATO official|official"
# t08
DOC, DOCA = "NATO assessment", "assessment|document|confidential NATO assessment|leaked assessment|leaked NATO assessment|22-page document|NATO"
NOF, NOFA = "NATO official", "official|NATO"
IP, IPA = "Ivan Petrov", "Petrov|Russia|embassy|Russia's embassy in Brussels|spokesman|embassy's spokesman"
ML, MLA = "Mikko Laine", "Finland|minister|Finnish Defence Minister|defence minister"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_snapdrill.txt": ("Daniel Frost", {
   # 0 headline, 1 byline, 2 dateline lead (launched): narrator
   3: ("Russia", I, RMD),                      # "The Defence Ministry in Moscow said ..."
   4: ("Russian state media", I, "state media|media"),  # "according to"; names the general: no *
   5: (DS, D, DSA),                            # fragment quote
   6: (DS, D, DSA),                            # "the spokesman, who is not related to the general"
   7: (DS, D, DSA),
   8: (DS, I, DSA),
   9: (None, N, "NATO"),                       # intro without content
   10: (AM, D, AMA), 11: (AM, D, AMA),
   12: (AM, I, AMA),
   # 13 fact: narrator
   14: (TZ, I, TZA),
   15: (TZ, D, TZA), 16: (TZ, D, TZA),
   17: (TZ, I, TZA),
   18: (TZ, I, TZA),                           # "The 58-year-old said"
   19: ("Residents of the border town of Kybartai", I, "*|residents|Residents"),
   20: (JB, I, JBA),
   21: (JB, D, JBA),
   22: (JB, D, JBA),                           # unclosed quote
   23: (JB, D, JBA),                           # reopened paragraph, "he said"
   24: (JB, I, JBA),                           # "According to Bell"
   25: ("Russia", I, RMD),
   # 26 credits, 27 Related: narrator
 }),
 "t02_senate.txt": ("Margaret Hope", {
   # 0 headline, 1 byline, 2 bureau, 3 lead, 4 background: narrator
   5: (WS, D, WSA),                            # "opened by calling enlargement "...""
   6: (WS, D, WSA), 7: (WS, D, WSA),
   8: (WS, I, WSA),                            # "The senator ... said he had told ..."
   9: (None, N, RL),                           # "was having none of it": intro without content
   10: (RL, D, RLA), 11: (RL, D, RLA),
   12: (RL, D, RLA),                           # fragment "billions, not millions"
   # 13 his son (not a speaker): narrator
   14: ("aides", I, "*"),
   15: (NB, I, NBA),
   16: (NB, D, NBA), 17: (NB, D, NBA),
   18: (NB, I, NBA),
   19: (None, N, "Russian officials|Russia"),  # belief introducing the diplomat
   20: (YA, D, YAA),                           # fragment "a historic mistake"
   21: (YA, D, YAA), 22: (YA, D, YAA),         # "the diplomat said"
   23: (YA, D, YAA),                           # fragment "a consolation prize"
   24: ("Several senators", I, "*|senators"),
   25: (WS, I, WSA),
   26: (WS, D, WSA),
 }),
 "t03_natopr.txt": ("", {
   # 0 title, 1 number, 2 date: narrator
   3: (None, N, "NATO"),                       # "NATO Allies met ... to review" (issuer's announcement)
   4: ("NATO", I, N),                          # "Allies expressed deep concern that ..."
   5: ("NATO", D, N), 6: ("NATO", D, N),       # the release's own "we"
   7: (SG, D, SGA), 8: (SG, D, SGA),
   9: ("NATO", I, SGO),                        # SG reports what Allies agreed
   10: (SG, D, SGA), 11: (SG, D, SGA), 12: (SG, D, SGA),
   13: (SG, I, SGA),
   14: ("NATO", I, N),                         # "All Allies fully support ..."
   15: ("NATO", D, N),                         # "We call on Russia ..."
   # 16 fact: narrator
   17: (SG, D, SGA), 18: (SG, D, SGA),
   # 19 ENDS, 20 contact, 21 Twitter: narrator
 }),
 "t04_tvsummary.txt": ("", {
   # 0 channel, 1 programme line: narrator
   2: (SV, D, SVA),                            # fragment quote
   3: (SV, D, SVA),                            # fragment "a zone of confrontation"
   4: (SV, I, SVA),                            # "He stressed"
   5: (SV, I, SVA),                            # "According to the minister"
   6: (SV, D, SVA), 7: (SV, D, SVA),
   8: (SV, I, SVA),                            # "recalled that" (speech act, batch 7)
   9: (SV, I, SVA),                            # "In his opinion"
   10: (AV, I, ""),                            # deputy minister: nothing accepted; never Sergei
   11: (AV, D, ""),                            # "The deputy minister noted ... "...""
   12: ("Russia", I, "Kremlin|" + N),          # body's speech act without content
   13: (NO, I, NOA),
   14: (NO, D, NOA),                           # "According to him" + fragment
   15: ("NATO officials", I, "officials|NATO"),
   16: (None, N, "Experts interviewed by our channel|experts|*"),  # belief
   17: (MK, I, MKA),
   18: (MK, I, MKA),                           # "The expert stressed"
   19: (MK, D, MKA), 20: (MK, D, MKA),
   21: (None, N, "Russia"),                    # "The Russian side believes"
   # 22-23 other news, weather: narrator
 }),
 "t05_qa_general.txt": ("Hannah Young", {
   0: (None, N, ER),                           # headline repeating his answer
   # 1 masthead, 2 "Interview by", 3-4 intro facts: narrator
   5: (None, N, QL), 6: (None, N, QL),         # "L:" question lines: the interviewer
   7: (ER, D, ""), 8: (ER, D, ""), 9: (ER, D, ""),
   10: (None, N, QL),
   11: (ER, D, ""), 12: (ER, D, ""), 13: (ER, D, ""),
   14: (None, N, QL),
   15: (ER, D, ""),
   16: (ER, D, "father|My father"),            # quotes his father inside his answer
   17: (ER, D, ""), 18: (ER, D, ""),
   19: (None, N, QL + "|Some in the Baltic states|*"),
   20: (ER, D, ""),
   21: (ER, D, "Estonian defence minister"),   # reports the minister's words in his answer
   22: (None, N, QL),
   23: (ER, D, ""), 24: (ER, D, ""),
   25: (None, N, QL + "|successor|Your successor"),
   26: (None, N, QL),
   27: (ER, D, ""), 28: (ER, D, ""),
   29: (None, N, QL), 30: (None, N, QL),
   31: (ER, D, ""), 32: (ER, D, ""),
   # 33 editing note: narrator
 }),
 "t06_blog.txt": ("Claire Sharp", {
   # 0 title, 1 byline line: narrator
   2: (None, N, "Norway|NATO"),                # clause carrying the capitals' line ("low tension")
   # 3 verdict, 4 exercise fact: narrator
   5: (KB, I, KBA + "|senior Russian legislator|" + N),  # intro with colon to the tweet
   6: (KB, D, KBA), 7: (KB, D, KBA),           # tweet text
   8: (KB, D, KBA + "|" + N),                  # "— Name (@handle) date" line
   # 9 "is not known for understatement", 10 author's verdict: narrator
   11: (None, N, "Norway|Norwegian government"),  # belief introducing the white paper
   12: (NW, D, NWA),                           # "Its new white paper ... says that ... "...""
   13: (NW, D, NWA),                           # "The white paper also stresses"
   14: (NW, D, NWA),                           # "According to the document"
   # 15-17 the author's own view: narrator
   18: (None, N, "Some allies|*"),             # wishes and fears of a loose group
   19: ("Ola Sharp", I, ""),                   # "put it well ...: <unquoted content>"; not the author
   # 20 verdict, 21-22 bio: narrator
 }),
 "t07_hotline.txt": ("Thomas Reed", {
   # 0 headline, 1-2 standfirst, 3 byline, 4-5 scene: narrator
   6: (FO, D, FOA),                            # names the alliance: no *
   7: (FO, D, FOA + "|*"), 8: (FO, D, FOA + "|*"),   # quote left open at paragraph end
   9: (FO, D, FOA + "|*"), 10: (FO, D, FOA + "|*"), 11: (FO, D, FOA + "|*"),  # reopened paragraph
   12: (FO, D, FOA + "|*"),
   # 13 "He declined to give details": narrator; 14 history: narrator
   15: (None, N, GO + "|" + GOA),              # "remembers ... fondly": memory, intro
   16: (GO, D, GOA), 17: (GO, D, GOA), 18: (GO, D, GOA),
   19: (GO, D, GOA),                           # reopened paragraph
   20: (GO, D, GOA),                           # fragment "a museum piece"
   # 21 "The 74-year-old now writes ...": fact, narrator
   22: (KS, I, KSA + "|" + N),                 # "disagreed.": speech act without content
   23: (KS, D, KSA),
   24: (KS, D, KSA),                           # "she insisted that both sides "...""
   25: (KS, I, KSA),                           # "According to Stone"
   26: (KS, I, KSA),
   27: (None, N, "Michael Stone"),             # predecessor's past proposal (fact); never Karen
   28: (None, N, GO + "|" + GOA),              # "is sceptical": intro without content
   29: (GO, D, GOA), 30: (GO, D, GOA),
 }),
 "t08_leak.txt": ("Sophie Grant", {
   0: (None, N, DOC + "|" + DOCA),             # headline reporting the assessment
   # 1 byline
   2: (DOC, I, DOCA),                          # "..., according to a confidential NATO assessment"
   # 3 description of the document: narrator
   4: (DOC, D, DOCA),                          # "It says ... "...""
   5: (DOC, D, DOCA),                          # "the document says"
   6: (DOC, D, DOCA),                          # "According to the assessment" + fragment
   7: (DOC, I, DOCA),                          # "The assessment recommends"
   8: (NOF, D, NOFA),                          # "declined to comment ... but said that ... "...""
   9: (NOF, D, NOFA),
   10: (NOF, I, NOFA),
   11: ("Russia", I, "Russian embassy|embassy|Russia's embassy in Brussels|" + N),  # rejected, no content
   12: (IP, D, IPA), 13: (IP, D, IPA),
   14: (IP, D, IPA),                           # "The spokesman said ... "...""
   15: (ML, D, MLA),                           # fragment "would not surprise anyone"
   16: (ML, I, MLA),                           # "Laine, whose wife Anna Laine ..., has called for"
   17: (DOC, I, DOCA),                         # "The document also notes"
   # 18 schedule, 19 credit, 20 Related: narrator
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
