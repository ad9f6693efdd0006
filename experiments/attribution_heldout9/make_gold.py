"""Build gold.csv for the ninth held-out attribution batch (annotations decided before any tool run).

The eight documents s01-s08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-8
(experiments/attribution_heldout4/ ... attribution_heldout8/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or hearing
  turn (label) is `direct`, and so are the unlabelled answers of a Q&A;
- in a transcript, hearing or Q&A turn, a sentence that reports another
  person's words keeps the turn speaker as gold and accepts the quoted person;
  likewise inside an interviewee's quote (batch 8);
- speech acts of bodies (said, rejected, declared) give the body (narrator
  accepted when without content: "NATO rejected the accusations."); acts without
  speech (ordered, published, signed) are the narrator; "the Foreign Ministry
  said" is `Russia`, the ministry accepted (batch 2's h11);
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted (batches 6, 8); a Secretary General's own
  remarks give him, with NATO accepted;
- beliefs, memories and feelings are the narrator; intro sentences without
  content ("was scathing.", "has not been subtle.") and gestures ("He
  laughed.") are the narrator with the person introduced accepted; a speech
  act with no content by a named person gives the person, narrator accepted;
  "declined to say ..." is the narrator (batch 8's "declined to set a
  timetable");
- headlines, standfirsts (even reporting speech or thought: narrator, person
  accepted), bylines, datelines, mastheads, reporting credits, disclaimers and
  "(Short adjournment)"-style lines are the narrator;
- unnamed sources are written as they appear, without the article, `*`
  accepted unless the sentence also names another person or body, in which
  case only variants of their own description are listed;
- a document with no byline (transcript, hearing record, unsigned editorial)
  has no narrator; its header lines, including a header line shaped like a
  label ("Witness: Major (retired) ..."), are the narrator with nothing else
  accepted (batch 8's "Host: ..." line);
- honorifics and ranks (Sir, Dr, Ms, Major) are not part of the canonical
  name; a Russian name with patronymic is canonical in full, first name +
  surname accepted (batch 7).

New decisions in this batch:
- a factual sentence whose relative or appositive clause carries another
  party's speech ("a step the alliance said was a response to ...", "a job
  his colleagues privately called "the loneliest desk in Europe"") is the
  narrator, with that party accepted;
- a spokesman's own statement of his body's stance ("Van Oordeghem said NATO
  had no plans to retaliate and remained open to "meaningful dialogue"") gives
  the spokesman, NATO accepted (not a decision reported, unlike batch 8's
  "ministers had not decided");
- "According to the state news agency RIA" gives the agency by its name
  ("RIA"), its description accepted;
- transcript labels: "PRESIDENT:" and "PRESS SECRETARY:" give the persons
  named in the header, the label accepted (and `Russia` for the president, as
  for a minister); "QUESTION:" followed by a self-introduction gives the
  journalist so introduced for the whole question; a "QUESTION:" with no name
  gives "Question", "journalist" accepted, never a previous journalist; the
  header's "answered questions" / "moderated" / "Examined by" lines are the
  narrator with that person accepted; "CHAIR:" with no chair named gives
  "Chair";
- a think-tank Q&A with an "Interview by" line has that interviewer as
  narrator; the question lines are the narrator; the interviewer's "We asked
  her" accepts the institute;
- an unsigned editorial has no narrator; its own sentences (the "we" voice)
  below the masthead are the narrator, with the newspaper ("Harbour Gazette")
  accepted; a summit's promise with
  quoted words ("They promised Ukraine and Georgia that they "will become
  members of NATO"") gives NATO, the leaders accepted; the editorial's verdict
  on a quoted official ("He is right.") is the narrator;
- a live blog's narrator is its "Live coverage by" author; the key-event
  bullets are headlines (narrator, the reported party accepted); an entry
  signed by another correspondent ("— Lev Marchenko-Daly in Moscow") is
  narrated by the blog, that correspondent accepted on the entry's own
  narrator rows and on the signature line; the published declaration's
  quoted text ("Allies "reaffirm ...", the text says") gives NATO;
- in testimony, a general given only by rank and surname keeps the surname
  ("Zavyalov-Trusov"), "General Zavyalov-Trusov" accepted;
- an obituary's "His death was announced by his family." gives "his family"
  (a loose group's speech act), narrator accepted; a widow given only by first
  name keeps it ("Margit"), "his wife" and the family surname accepted; a
  daughter's quote of her father's words keeps the daughter, father accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RU_MFA = "Foreign Ministry|Russian Foreign Ministry|ministry"
YKB, YKBA = "Yevgenia Korotayeva-Blum", "Russia|" + RU_MFA
PVO, PVOA = "Pieter van Oordeghem", "NATO"
VIS, VISA = "Venedikt Ilyich Sarapulov", "Venedikt Sarapulov"
AV, AVA = "Arseny Volodarov", "President|President of Russia|Russia"
GA, GAA = "Gleb Arkhipenko-Vail", "Press Secretary"
HWM = "Halina Wróbel-Marsh"
HG = "Harbour Gazette"
DOH = "Dmitri Orlevsky-Haas"
TVO, TVOA = "Timur Vasilchenko-Orr", "Russia|Kremlin"
HSC, HSCA = "Hugh Stanbridge-Colley", "Witness"
APH, APHA = "Adaeze Poll-Harrington", "Counsel|Counsel to the Inquiry"
ZT = "General Zavyalov-Trusov|Zavyalov-Trusov"
LF = "Lennart Fosmark"
EHP = "Edmund Hallowes-Pryce"
GRM = "Gwendolyn Rastrick-Maw"
CHP = "Clementine Hallowes-Pryce"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "s01_wire.txt": ("Ines Halvorsen-Tadic", {
   # 0 headline, 1 byline: narrator
   2: ("Russia", I, RU_MFA),                   # lead: "..., the Foreign Ministry said in a statement"
   3: ("Russia", D, RU_MFA),                   # "The ministry said the two had engaged in "...""
   4: (YKB, D, YKBA),
   5: (YKB, D, YKBA),
   6: (YKB, D, YKBA),                          # "The spokeswoman added that ... "further measures""
   7: ("NATO", I, N),                          # "NATO rejected the accusations." body's speech act, no content
   8: (PVO, D, PVOA),
   9: (PVO, D, PVOA),                          # second sentence after the tag
   10: (PVO, D, PVOA),                         # pieces of the same quote
   11: (PVO, D, PVOA),                         # his own statement of NATO's stance (new decision)
   12: (None, N, "NATO"),                      # fact with "a step the alliance said was ..." clause (new decision)
   13: ("Renate Stolberg-Vance", D, "Germany"),  # minister: government accepted (batch 8)
   14: ("senior Western diplomat in Moscow", I, "*|senior Western diplomat|Western diplomat"),
   15: ("Anatoly Zhuravin-Rusk", D, "Russia|Kremlin|Kremlin spokesman"),
   16: ("RIA", I, "state news agency RIA|news agency RIA"),
   # 17 fact; 18 reporting credits: narrator
 }),
 "s02_longread.txt": ("Tamsin Ryle-Oakshott", {
   # 0 headline, 1 standfirst fact: narrator
   2: (None, N, VIS + "|" + VISA),             # standfirst "he thinks ...": narrator, person accepted
   # 3 byline, 4-5 scene and facts: narrator
   6: (VIS, D, VISA),                          # "he told me, pouring tea"
   7: (VIS, D, VISA),
   8: (VIS, D, VISA),
   # 9 "I asked him whether ...": the narrator's own question
   10: (None, N, VIS + "|" + VISA),            # "He laughed." gesture introducing the quote
   11: (VIS, D, VISA),                         # untagged quote after the gesture
   12: (VIS, D, VISA + "|Belgian general"),    # quote inside his quote
   13: (VIS, D, VISA),
   14: (None, N, "former counterparts|his former counterparts|retired British officer"),  # memory/intro without content
   15: ("retired British officer", D, "British officer|officer|retired British officer who sat across the table from him in Brussels"),
   16: (None, N, VIS + "|" + VISA),            # "waves this away": gesture-like dismissal, person accepted
   17: (VIS, D, VISA),                         # curly single quotes, "he says"
   18: (VIS, D, VISA),
   19: (VIS, I, VISA),                         # "He insists that ..."
   # 20 "I was not sure I agreed, and I told him so.": narrator
   21: (VIS, D, VISA),
   22: (VIS, D, VISA),
   # 23 scene: narrator
   24: (VIS, I, VISA + "|" + N),               # "he told me something ...: that ..." (narrator's aside accepted)
 }),
 "s03_kremlin.txt": ("", {
   # 0 title, 1 place/date: narrator
   2: (None, N, AV + "|" + AVA),               # header "answered questions": narrator, person accepted
   3: (None, N, GA + "|" + GAA),               # "moderated."
   4: (GA, D, GAA),
   5: ("Kirill Samsonov-Rade", D, "Question|journalist"),  # self-introduction inside the QUESTION turn
   6: ("Kirill Samsonov-Rade", D, "Question|journalist"),
   7: ("Kirill Samsonov-Rade", D, "Question|journalist"),
   8: (AV, D, AVA),
   9: (AV, D, AVA),                            # "we were told that NATO would not move "..."" (agentless passive)
   10: (AV, D, AVA),
   11: (AV, D, AVA + "|NATO Secretary General|Secretary General"),  # reports the SG's words in his turn
   12: (AV, D, AVA),                           # "Perhaps he believes it." the president's own surmise
   13: (AV, D, AVA),
   14: ("Marianne Loosdrecht-Vink", D, "Question|journalist"),
   15: ("Marianne Loosdrecht-Vink", D, "Question|journalist"),
   16: (AV, D, AVA),
   17: (AV, D, AVA),
   18: (AV, D, AVA),
   19: (GA, D, GAA),
   20: ("Question", D, "journalist"),          # unnamed questioner: never a previous journalist
   21: (AV, D, AVA),
   22: (AV, D, AVA),
   23: (AV, D, AVA),
   # 24 "(The news conference ended ...)": narrator
 }),
 "s04_fivequestions.txt": ("Jonas Ekberg-Lutz", {
   # 0 title, 1 masthead, 2 "Interview by", 3 intro fact: narrator
   4: (None, N, "Baltic Security Forum"),      # "We asked her ...": the interviewer
   # 5, 9, 13, 16, 20 question lines: narrator (the interviewer)
   6: (HWM, D, ""), 7: (HWM, D, ""), 8: (HWM, D, ""),
   10: (HWM, D, ""),                           # "I think it has to." her answer
   11: (HWM, D, "Founding Act|Act"),           # quotes the Act's words in her answer
   12: (HWM, D, "Polish official|one Polish official"),
   14: (HWM, D, ""),                           # her prediction about the Kremlin: nobody else accepted
   15: (HWM, D, "Russia|Kremlin"),             # "It has said so already": reports the Kremlin's words
   17: (HWM, D, ""), 18: (HWM, D, ""), 19: (HWM, D, ""),
   21: (HWM, D, ""), 22: (HWM, D, ""),
   # 23 disclaimer: narrator
 }),
 "s05_editorial.txt": ("", {
   # 0 headline, 1 masthead: narrator; the editorial's own sentences: narrator, newspaper accepted
   2: (None, N, HG),
   3: ("NATO", D, "NATO leaders|leaders|leaders gathered in Bucharest"),  # summit promise with quoted words
   4: (None, N, HG),
   5: (None, N, HG),                           # "We have supported ...": the newspaper
   6: (None, N, HG),
   7: (None, N, "Russia|" + HG),               # "Moscow ... has not been subtle.": intro without content
   8: (DOH, D, "Russia"),                      # ambassador: government accepted
   9: (DOH, D, "Russia"),                      # "He went further: Moscow, he said, would "...""
   10: ("Matthias Greifenklau", I, "Germany|German chancellor's spokesman"),
   11: (None, N, HG),                          # "we suspect"
   12: ("Hendrik Baarsma-Oort", D, "NATO|NATO Secretary General|Secretary General"),
   13: (None, N, HG),                          # "He is right.": the editorial's verdict
   14: (None, N, HG),
   15: ("some diplomats", I, "*|diplomats"),
   16: (None, N, HG),                          # "We doubt it."
   17: (None, N, HG),
   18: (None, N, HG),
 }),
 "s06_liveblog.txt": ("Ruth Anselm-Okafor", {
   # 0 title, 1 byline/update line, 2 "Key events": narrator
   3: (None, N, "NATO|NATO leaders"),          # key-event bullets are headlines
   4: (None, N, "Russia"),
   5: (None, N, "NATO|Allies"),
   # 6 timestamp; 7 "has been published" (act): narrator
   8: ("NATO", D, "final declaration|declaration|Allies"),
   # 9 timestamp
   10: (None, N, "Lev Marchenko-Daly|Russia|Kremlin|" + TVO),  # intro without content, entry by Lev
   11: (TVO, D, TVOA),
   12: (TVO, D, TVOA),                         # "He also said Russia would take "...""
   13: (None, N, "Lev Marchenko-Daly"),        # entry signature
   # 14 timestamp
   15: ("senior administration official", D, "*|administration official|official"),
   # 16 "declined to say": narrator; 17 signature; 18 timestamp
   19: ("Kadri Lõhmus-Vaher", I, N + "|Aino Paasikivi-Brandt|Estonia"),  # "has just spoken to us": no content
   20: ("Kadri Lõhmus-Vaher", D, "Estonia"),
   21: (None, N, "Aino Paasikivi-Brandt"),     # entry signature
 }),
 "s07_inquiry.txt": ("", {
   # 0 title, 1 session line, 2 "Witness: Major (retired) ..." header line: narrator, nothing accepted
   3: (None, N, APH + "|" + APHA),             # "Examined by ...": header, person accepted
   4: (APH, D, APHA),
   5: (HSC, D, HSCA), 6: (HSC, D, HSCA),
   7: (APH, D, APHA),
   8: (HSC, D, HSCA), 9: (HSC, D, HSCA),
   10: (HSC, D, HSCA + "|" + ZT),              # witness quotes the Russian general
   11: (HSC, D, HSCA),
   12: (APH, D, APHA),
   13: (HSC, D, HSCA),
   14: (HSC, D, HSCA + "|" + LF),              # "He told me to hold my position ..."
   15: (HSC, D, HSCA + "|" + LF),              # "His exact words were, "...""
   16: (APH, D, APHA),
   17: (HSC, D, HSCA),                         # unsplit "no. I thought ...": one piece, the witness
   18: (HSC, D, HSCA),
   19: (APH, D, APHA), 20: (APH, D, APHA),
   21: ("Chair", D, ""),
   # 22 "(Short adjournment)": narrator
 }),
 "s08_obituary.txt": ("Orla Finnegan-Stroud", {
   # 0 headline, 1 standfirst, 2 byline, 3-4 facts: narrator
   5: ("his family", I, "family|" + N),        # "His death was announced by his family."
   # 6 career facts: narrator
   7: (None, N, "his colleagues|colleagues"),  # fact with "a job his colleagues privately called "..."" clause
   8: (GRM, D, ""), 9: (GRM, D, ""), 10: (GRM, D, ""),
   11: ("Pavel Okunev-Strell", D, N),          # "remembered him as a man who "..."" (batch 8)
   # 12 "was never starry-eyed": narrator
   13: (EHP, D, ""),                           # "he once said"
   14: (EHP, D, ""),
   15: (EHP, D, ""),                           # "he told an interviewer that ... "...""
   # 16 survived by: narrator
   17: (CHP, I, ""),
   18: (CHP, D, EHP),                          # daughter quotes her father's words
   19: ("Margit", D, "Margit Hallowes-Pryce|wife|his wife"),
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
