"""Build gold.csv for the thirty-first held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running or reading the attribution code. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn is `direct`;
- in a transcript or speech, a sentence that reports another person's words
  keeps the turn speaker as gold and accepts the reported person or body;
  nested quotations keep the outer speaker, the inner accepted;
- speech acts of bodies give the body; acts without speech are the narrator;
  a ministry or embassy speaking for the government gives the country;
- a spokesperson's or minister's own remarks give the person, the government
  or body accepted; a deputy minister's do not accept the government;
  "Allies agreed ..." reported by a NATO official gives NATO, official accepted;
- beliefs and gestures are the narrator; intros without content are the
  narrator with the person accepted; a speech act without content by a named
  person gives the person, narrator accepted;
- a factual sentence whose relative clause carries another party's speech is
  the narrator with that party accepted (batch 9);
- headlines, bylines, datelines, credits, timestamps, key-event bullets and
  "(Applause)" lines are the narrator; unnamed sources are written as they
  appear without the article, `*` accepted unless the sentence names another
  person or body; loose groups accept `*`;
- a transcript with no byline has no narrator, except that a "Host:" header
  line makes the host the narrator (batches 4, 7); a published speech with no
  byline gives the official for its body, narrator and NATO accepted;
- two people who share a surname are two speakers; the shared surname alone
  is then NOT accepted for either (batch 7's Ashcombes); first names used in
  the document are accepted.

New decisions in this batch:
- wire story: the lead "Russia's top general warned ... that Moscow would ..."
  gives the general named in the next sentence (a title standing for a name,
  pointing forward), `indirect`; "The 64-year-old added that ... "fragment""
  gives him, `direct`;
- "One of them said ..." after "Polish officials ... said" gives the singular
  description "Polish official", with the group variants accepted (no `*`:
  the sentence names Warsaw);
- "X struck a softer tone." (no speech verb) is an intro: narrator, body
  accepted; "The Kremlin has responded to the summit." (speech verb, no
  content) gives the body, narrator accepted, as batch 10's "dismissed";
- "Moscow does not see it that way." (a stance with no speech verb) is the
  narrator, Russia accepted;
- an unnamed official's title with no name ("Finland's president", "Russia's
  ambassador in Washington") is written as it appears, with the country and
  short variants accepted;
- "By most accounts the meeting was frosty." in an op-ed is the author's own
  hedge: narrator, "most accounts" accepted;
- translated news item: the translator's note and "Translated from Russian by
  X" are furniture (narrator = the byline author); the translator is not the
  narrator and is not accepted;
- a live-blog analysis block after "Our diplomatic editor, X, has this
  analysis:" gives X (`direct`, narrator accepted) including the intro line;
  its closing signature "— X in Brussels" likewise gives X, narrator
  accepted (a split-off tag); a source quoted inside the block ("One senior
  European official told me ...") gives that source;
- an unclosed quotation mark at the end of a live-blog entry does not carry
  over to the blog's sign-off line, which is the narrator;
- a bare "QUESTION:" follow-up right after a self-introduced journalist's
  question still gives "Question" (batch 9: never a previous journalist),
  "journalist" accepted;
- the "Guest:" header line of an interview is the narrator with the guest
  accepted; the "Robert Stone, Deputy Spokesman" header line of a briefing
  is the narrator with him accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
NB, NBA = "Nikolai Baranov", "General Nikolai Baranov|General Baranov|chief of the General Staff"
YB, YBA = "Yevgeny Baranov", "defence expert"
USS, USSA = "U.S. embassy spokesman", "embassy spokesman|spokesman|United States"
SO, SOA = "Sergei Orlov", "Orlov|presidential aide|Russia"
JB, JBA = "James Bell", "Bell|NATO spokesman|spokesman|NATO"
PO, POA = "Polish officials", "officials|Polish official"
# t02
GV, GVA = "Gennady Volkov", "Gennady"
AV, AVA = "Artur Volkov", "Artur"
LV, LVA = "Lidia Volkova", "Lidia|his wife"
MT, MTA = "Margus Tamm", "Tamm|deputy secretary general"
TS, TSA = "Tom Sharp", "Sharp|Major Sharp|Major Tom Sharp|British commander"
NOF, NOFA = "NATO officer", "officer|NATO officer who was not authorised to speak publicly"
# t03
RS, RSA = "Robert Stone", "Stone|Mr. Stone|Deputy Spokesman|United States|State Department"
Q, QA = "Question", "journalist"
AG, AGA = "Anne Grant", "Question|journalist"
# t04
RH, RHA = "Richard Hope", "Hope|Deputy Secretary General|NATO Deputy Secretary General|NATO|narrator"
# t05
YS, YSA = "Yelena Sorokina", "Sorokina|spokeswoman|Foreign Ministry spokeswoman|diplomat|Russia|Russian Foreign Ministry|Foreign Ministry"
KF, KFA = "Konstantin Frolov", "Frolov|deputy|parliamentarian|committee head"
AF, AFA = "Anna Frolova", "Frolova|deputy"
OM, OMA = "Oliver Marsh", "Marsh|NATO spokesman|spokesman|NATO"
GM, GMA = "Grigory Melnikov", "Melnikov|presidential press secretary|press secretary|Russia|Kremlin"
MO, MOA = "Maxim Orlov", "Orlov|political scientist|narrator"
RFM = "Russian Foreign Ministry|Foreign Ministry"
# t06
JL, JLA = "James Long", "Long|former ambassador|Former U.S. ambassador to NATO"
# t07
PR, YM = "Peter Rose", "Yuri Markov"
# t08
HD, HDA = "Henrik Dahl", "Dahl|Secretary General|NATO Secretary General|NATO"
OP, OPA = "Oleg Petrov", "Petrov|spokesman|Kremlin spokesman|Russia|Kremlin"
TY, TYA = "Tom Young", "narrator|diplomatic editor"
MZ, MZA = "Marek Zielinski", "Zielinski|Polish President|Poland"
LY, LYA = "Laura Young", "national security adviser|US national security adviser|United States"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire.txt": ("Dmitry Sokolov", {
   0: (None, N, NB + "|General Baranov"),     # headline reporting the general's quote
   # 1 byline
   2: (NB, I, NBA + "|Russia's top general"),  # dateline lead; title pointing forward (new decision)
   3: (NB, D, NBA), 4: (NB, D, NBA), 5: (NB, D, NBA),
   6: (NB, D, NBA + "|64-year-old"),           # "The 64-year-old added that ... "fragment""
   7: ("United States", I, "Washington"),
   8: (USS, I, USSA),                          # names the United States: no *
   9: (USS, D, USSA),
   10: (None, N, "Russia|Kremlin"),            # "struck a softer tone": intro, no speech verb
   11: (SO, D, SOA),
   12: (SO, D, SOA),
   13: (None, N, "NATO officials|officials|NATO"),  # "in what they described as": relative clause
   14: (JB, D, JBA), 15: (JB, D, JBA),
   16: (JB, I, JBA),
   17: (PO, I, POA),                           # names Washington: no *
   18: ("Polish official", D, "Polish officials|official|officials"),  # "One of them said" (new decision)
   19: ("Pavel Novak", I, "Novak|Czech Prime Minister|Czech Republic"),
   20: (None, N, "Analysts in Moscow|analysts"),  # intro without content
   21: (YB, I, YBA),                           # "no relation to the general": not Nikolai
   22: (YB, D, YBA), 23: (YB, D, YBA),
   # 24 background, 25 expectation (no speech), 26 credits: narrator
 }),
 "t02_feature.txt": ("Claire Young", {
   # 0 headline, 1 standfirst, 2 byline, 3 photo credit, 4 description: narrator
   5: (GV, D, GVA), 6: (GV, D, GVA), 7: (GV, D, GVA),
   8: (None, N, AV + "|" + AVA),               # "His son sees it differently.": intro (a view)
   # 9 description of Artur: narrator
   10: (AV, D, AVA), 11: (AV, D, AVA),
   12: (GV, I, GVA + "|" + N),                 # "Gennady rejects that.": speech act without content
   13: (GV, D, GVA),                           # "as he puts it, "...""
   14: (None, N, LV),                          # stopped taking part: no speech
   15: (LV, I, LVA),
   16: ("Estonian officials", I, "*|officials|Estonia"),
   17: (MT, D, MTA), 18: (MT, D, MTA),
   19: (MT, I, MTA),                           # names NATO and Moscow
   20: (None, N, "Russia|Moscow"),             # stance without speech verb (new decision)
   21: ("Russia", D, "Russian embassy|embassy|Russian embassy in Tallinn"),
   22: (None, N, TS + "|" + TSA),              # intro: title pointing forward
   23: (TS, D, TSA), 24: (TS, D, TSA),
   25: (None, N, NOF + "|" + NOFA),            # "was blunter.": intro
   26: (NOF, I, NOFA),                         # names the Kremlin: no *
   27: (AV, D, AVA), 28: (AV, D, AVA),
   29: (None, N, AV + "|" + AVA),              # gesture
   30: (None, N, GV + "|" + GVA),              # belief evidently told to the reporter
   31: (GV, D, GVA), 32: (GV, D, GVA), 33: (GV, D, GVA),
   # 34 issue line: narrator
 }),
 "t03_briefing.txt": ("", {
   1: (None, N, RS),                           # header line naming him
   # 0, 2-4 header and time: narrator
   5: (RS, D, RSA), 6: (RS, D, RSA),
   7: (Q, D, QA),
   8: (RS, D, RSA),
   9: (RS, D, RSA + "|Secretary|Secretary of State"),  # reports the Secretary's words in his turn
   10: (RS, D, RSA + "|Secretary|Secretary of State"),
   11: (Q, D, QA),
   12: (RS, D, RSA),
   13: (RS, D, RSA + "|Russia|Russian Foreign Ministry"),
   14: (AG, D, AGA), 15: (AG, D, AGA),
   16: (RS, D, RSA), 17: (RS, D, RSA), 18: (RS, D, RSA),
   19: (Q, D, QA),                             # bare follow-up: never the previous journalist
   20: (RS, D, RSA), 21: (RS, D, RSA),
   22: (Q, D, QA + "|Russian ambassador to NATO|Russia"),  # question reports the ambassador
   23: (Q, D, QA),
   24: (RS, D, RSA), 25: (RS, D, RSA), 26: (RS, D, RSA),
   27: (Q, D, QA), 28: (Q, D, QA),
   29: (RS, D, RSA), 30: (RS, D, RSA),
   31: (Q, D, QA),
   32: (RS, D, RSA), 33: (RS, D, RSA),
   # 34 closing line: narrator
 }),
 "t04_speech.txt": ("", {
   # 0 title, 2 date/place: narrator
   1: (None, N, RH + "|Hope|Deputy Secretary General|NATO Deputy Secretary General"),  # "Speech by ..." line
   3: (RH, D, RHA), 4: (RH, D, RHA), 5: (RH, D, RHA), 6: (RH, D, RHA),
   7: (RH, D, RHA + "|Some people"),           # reports others' words in his speech
   8: (RH, D, RHA),
   # 9 (Applause)
   10: (RH, D, RHA), 11: (RH, D, RHA), 12: (RH, D, RHA),
   13: ("NATO", D, "Allies|" + RH + "|Hope|Deputy Secretary General|NATO Deputy Secretary General|narrator"),
   14: (RH, D, RHA), 15: (RH, D, RHA),
   16: (RH, D, RHA + "|older Russian colleague|Russian colleague|colleague"),  # nested quotation
   17: (RH, D, RHA), 18: (RH, D, RHA), 19: (RH, D, RHA), 20: (RH, D, RHA),
   21: (RH, D, RHA + "|Russian Foreign Minister|Foreign Minister|Russia"),  # reports the minister
   22: (RH, D, RHA), 23: (RH, D, RHA), 24: (RH, D, RHA),
   # 25 (Applause)
   26: (RH, D, RHA), 27: (RH, D, RHA), 28: (RH, D, RHA), 29: (RH, D, RHA),
   # 30 (Applause)
 }),
 "t05_ruoutlet.txt": ("Nikolai Gromov", {
   0: (None, N, "Russia|" + RFM + "|" + YS),   # headline with the ministry's quote
   # 1 outlet/date, 2 byline
   3: ("Russia", I, RFM),                      # "..., the Russian Foreign Ministry said"
   4: (None, N, "NATO"),                       # "whom it accused of ...": relative clause
   5: (YS, D, YSA), 6: (YS, D, YSA), 7: (YS, D, YSA), 8: (YS, D, YSA),
   9: (YS, D, YSA),                            # "According to her, ... "finds the courage""
   10: (YS, I, YSA),                           # "recalled that": a reminder (batch 7)
   # 11 background: narrator
   12: (KF, D, KFA), 13: (KF, D, KFA), 14: (KF, D, KFA), 15: (KF, D, KFA),
   16: (None, N, AF + "|Frolova"),             # "was less categorical.": intro
   17: (AF, D, AFA),                           # "In her opinion, ... "fragment""
   18: (AF, I, AFA),
   19: (OM, I, OMA),                           # spokesman's statement of NATO's stance (batch 9)
   20: (OM, D, OMA),
   21: ("Russia", D, "Kremlin"),
   22: (GM, D, GMA),
   23: (None, N, "Experts interviewed by Neva Herald|experts"),  # belief
   24: (MO, D, MOA),                           # "thinks ... "fragment""
   # 25 translator's note, 26 translation credit: narrator (new decision)
 }),
 "t06_oped.txt": ("Katrin Vogt", {
   # 0-3 section, headline, byline, date; 4-6 the author's text: narrator
   7: (None, N, "most accounts"),              # the author's hedge (new decision)
   8: ("Western diplomat", D, "*|diplomat|One Western diplomat|Western diplomat who attended"),
   # 9-10 the author
   11: ("Critics", I, "*"),                    # loose group
   12: (None, N, "Critics"),                   # the author's concession (batch 6)
   # 13-16 the author
   17: (JL, D, JLA), 18: (JL, D, JLA),
   19: ("Russia", D, "Moscow"),
   20: ("Russia", I, RFM),
   # 21-23 the author
   24: ("Finland's president", I, "Finland|Finnish president|president|Russia"),
   # 25-30 the author; 29 scare quotes; 31-32 bio footer: narrator
 }),
 "t07_tvinterview.txt": (PR, {
   # 0-2 programme header: narrator (the host, batch 7)
   3: (None, N, YM),                           # "Guest:" line
   4: (PR, D, ""), 5: (PR, D, ""),
   6: (PR, D, YM),                             # introduces the guest (batch 6)
   7: (PR, D, ""),
   8: (YM, D, ""),
   9: (PR, D, ""),
   10: (PR, D, "Russia"),                      # "Your government has said ..."
   11: (PR, D, ""), 12: (PR, D, ""),
   13: (YM, D, ""), 14: (YM, D, ""), 15: (YM, D, ""),
   16: (PR, D, "Secretary of State|United States"),
   17: (PR, D, ""),
   18: (YM, D, ""), 19: (YM, D, ""), 20: (YM, D, ""),
   21: (PR, D, "Frost|Senator Frost|Some in Congress"),
   22: (YM, D, ""),                            # "(laughs) I have heard that."
   23: (YM, D, ""),
   24: (PR, D, ""), 25: (PR, D, ""),
   26: (YM, D, ""),
   27: (YM, D, "minister|My minister|Russian Foreign Minister|Russia"),  # reports his minister
   28: (PR, D, ""),                            # interrupted turn
   29: (YM, D, ""),
   30: (PR, D, ""),
   31: (YM, D, ""), 32: (YM, D, ""),
   33: (PR, D, ""),
   34: (YM, D, ""),
 }),
 "t08_liveblog.txt": ("Sarah Grant", {
   0: (None, N, "Russia|Kremlin"),             # headline
   # 1 byline, 2 date
   3: (None, N, "NATO"),                       # key-event bullets: headlines
   4: (None, N, "Russia|Kremlin"),
   # 5 bullet, 6 timestamp
   7: (None, N, HD + "|" + HDA),               # intro without content
   8: ("NATO", I, "Allies|" + HD + "|Dahl|Secretary General|NATO Secretary General"),  # body's decision reported by SG
   9: (HD, D, HDA), 10: (HD, D, HDA),
   # 11 timestamp
   12: ("Russia", I, "Kremlin|" + N),          # "has responded": speech act without content (new decision)
   13: (OP, D, OPA), 14: (OP, D, OPA),
   # 15 timestamp
   16: (TY, D, TYA),                           # "has this analysis:" (new decision)
   17: (TY, D, TYA), 18: (TY, D, TYA),
   19: ("senior European official", D, "*|European official|official|One senior European official"),
   20: (TY, D, TYA),                           # signature line
   # 21 timestamp
   22: (None, N, MZ + "|" + MZA),              # arrival: intro
   23: (MZ, D, MZA), 24: (MZ, D, MZA), 25: (MZ, D, MZA),
   # 26 timestamp
   27: (None, N, "UN|United Nations"),         # fact; second clause "the UN says"
   # 28 timestamp
   29: (LY, I, LYA),                           # not Tom Young; "Young" alone not accepted
   30: (LY, D, LYA),
   31: (LY, I, LYA),                           # "Young added": the last-named Young
   # 32 timestamp
   33: ("Russia's ambassador in Washington", D, "ambassador|Russian ambassador|Russia|embassy|Russian embassy"),  # unclosed quote
   # 34 sign-off: narrator (new decision)
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
