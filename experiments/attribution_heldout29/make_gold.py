"""Build gold.csv for the twenty-ninth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted; a deputy minister's accept only his own forms;
  a Secretary General's own remarks give him, with NATO accepted; when he
  reports what the body did ("He added that allies had also agreed ...") the
  body is gold and he is accepted; a wire lead "NATO defence ministers agreed
  ... to" gives NATO, the ministers and the narrator accepted (batch 8);
- beliefs and feelings are the narrator; intro sentences without content
  ("went further.", "was blunter.", "Moscow has taken a less relaxed view.")
  are the narrator with the person introduced accepted; a speech act with no
  content by a named person ("Kazlauskas dismissed the concern.") gives the
  person, narrator accepted; "declined to say" is the narrator, nothing else;
- headlines, standfirsts, bylines, datelines, captions, image credits,
  "Related" lines, reporting credits and translator's notes are the narrator;
  unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body;
- a document with no byline (NATO press release, ministry statement) has no
  narrator; a first-person-plural ministry statement gives Russia (`direct`),
  narrator and ministry accepted; its sentences reporting a named official's
  words give that official, Russia/ministry/narrator accepted (batch 4's m06,
  batch 8's r05); its sarcastic relays of NATO's position stay Russia, NATO
  accepted;
- honorifics and ranks are not part of the canonical name; a Russian name
  with patronymic is canonical in full, first name + surname accepted; when
  two people share a surname, the bare surname is accepted for neither and
  the honorific or given name decides ("Senator Bell"/"Mr. Bell",
  "Nikolai Ivanov"); residents given only by first name keep it.

New decisions in this batch:
- t01: "played down the warning" by the unnamed diplomat is a speech act
  without content (like "dismissed the concern"): the diplomat, `indirect`,
  narrator and `*` accepted; the reopened quotation after the envoy's
  paragraph left open stays with the envoy; "NATO officials deny that ..."
  names no other body, so `*` is accepted.
- t02: two Ivanovs (Kremlin spokesman Kirill, deputy minister Nikolai): bare
  "Ivanov" is accepted for neither; "..., Nikolai Ivanov said, according to
  NovoPress" gives him, the agency accepted (batch 7's relayed quotation);
  "London has said" gives United Kingdom, London/Britain accepted; the
  ministry's "said in a statement that it had summoned" is Russia
  (`indirect`, speech with content), ministry forms accepted, not narrator.
- t03: the splitter cuts "St. Petersburg" inside the general's quote: both
  pieces are the general's (`direct`); the son's quote left unclosed at the end
  of his paragraph stays with him (stray mark); "In Siauliai itself, the
  reaction was more mixed." is the narrator with the mayor accepted (batch 28);
  "the 61-year-old" is the mayor.
- t04: chairman Senator James Bell and witness Walter Bell share a surname:
  "Senator Bell" and "Mr. Bell" decide, bare "Bell" accepted for neither;
  "Administration officials are confident that ..." is a belief (narrator),
  the officials and United States accepted; "Pentagon estimates ... have
  ranged" is a fact (narrator), Pentagon accepted; "In an interview with the
  Tribune's editorial board, Mrs. Whitfield predicted "..."" gives her, the
  board is not a speaker; "Senator Bell pressed him on whether Poland should be
  left "in a gray zone"" is his question with his quoted words (`direct`).
- t05: "She stressed that NATO "does not seek confrontation" and that channels
  remained open" is the Secretary General's own statement of stance (her,
  NATO accepted, as batch 9's spokesman), while "She added that Allies had
  agreed ..." is NATO, her accepted; "Ministers agreed to launch ..." in the
  release's lead is NATO (`indirect`), narrator and ministers accepted.
- t06: a NATO commander's declared words quoted in the ministry statement give
  the commander, with NATO accepted (as for a NATO spokesman in batch 8's r05),
  and Russia/ministry/narrator accepted; "[Unofficial translation]" and the
  translator's note are the narrator.
- t07: a special envoy's own remarks accept his government (like an
  ambassador's, batch 6); the journalist who interviewed him is not a speaker;
  "Many in Moscow believe" is a belief (narrator, the group accepted); "One of
  them called it "..."" after "Several European diplomats I spoke to" gives
  the group (batch 4's "One of them said"), without `*` because it names
  Washington and Moscow; the passive "It was made in 2008" has no speaker
  (narrator).
- t08: the text spells "Nato": canonical "NATO", "Nato" accepted; the retired
  colonel Alexei Frolov and the fisherman "Alexei" share a first name and are
  two speakers, neither accepted for the other; the quote missing its opening
  mark ("We have nothing to hide," she told ...) is hers (`direct`); "Russia
  has announced missile tests" is a speech act (Russia, `indirect`, narrator
  accepted); "state television has described ... as a "dress rehearsal""
  gives "state television" without `*` (names Russia).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RU_MFA = "Russian Foreign Ministry|Foreign Ministry|Ministry of Foreign Affairs of the Russian Federation"
SG = "NATO Secretary General|Secretary General"
# t01
AL, ALA = "Anders Lindqvist", "NATO|Lindqvist|" + SG
AG, AGA = "Aleksandr Gromov", "Russia|Gromov|ambassador|envoy"
SWD = "senior Western diplomat"
SWDV = "Western diplomat|diplomat|senior Western diplomat who attended the talks"
DG, DGA = "Daniel Grant", "United States|Grant|Defense Secretary|U.S. Defense Secretary"
# t02
KI, KIA = "Kirill Ivanov", "Russia|Kremlin|Kremlin spokesman|spokesman"
MB, MBA = "Marina Belova", "Russia|Foreign Ministry|Belova|spokeswoman|Foreign Ministry spokeswoman"
NI, NIA = "Nikolai Ivanov", "Deputy Foreign Minister|deputy minister"
NS, NSA = "NATO spokesman", "spokesman|NATO"
# t03
LK, LKA = "Linas Kazlauskas", "Lithuania|Kazlauskas|Defence Minister|minister"
PJ, PJA = "Pieter Janssens", "Janssens|Captain Janssens"
SRG, SRGA = "senior Russian general", "Russian general|general|Intermedia"
VR, VRA = "Vytautas Rimkus", "Mayor Rimkus|mayor"
TR, TRA = "Tomas Rimkus", "Tomas|son"
# t04
CW, CWA = "Carol Whitfield", "United States|Whitfield|Mrs. Whitfield|Secretary of State"
JB, JBA = "James Bell", "Senator Bell|chairman"
MH, MHA = "Margaret Hope", "Hope|Ms. Hope|Senator Hope"
WB, WBA = "Walter Bell", "Mr. Bell"
YK, YKA = "Yuri Koltsov", "Russia|Koltsov|ambassador"
RA, RAA = "Republican aide on the committee", "*|Republican aide|aide"
# t05
KH, KHA = "Karen Holm", "NATO|" + SG
IB, IBA = "Ingrid Berg", "Norway|Berg|Minister Berg|Minister of Defence"
# t06
RB = "narrator|" + RU_MFA
RGR = "Robert Grant"
IV, IVA = "Igor Sergeyevich Volkov", "Igor Volkov|Volkov|First Deputy Minister of Foreign Affairs"
PM, PMA = "Peter Marsh", "Marsh|NATO spokesman"
# t07
DO, DOA = "Dmitry Orlov", "Russia|Orlov|Mr Orlov|special envoy"
MS, MSA = "Mark Sharp", "Sharp|Under Secretary of State|Under Secretary"
SED = "Several European diplomats"
# t08
IS, ISA = "Igor Stepanov", "Russia|Stepanov|defence ministry spokesman|spokesman"
CY, CYA = "Claire Young", "NATO|Nato|Young|Nato spokeswoman|spokeswoman"
KL, KLA = "Kari Lund", "Norway|Lund|Foreign Minister"
AF, AFA = "Alexei Frolov", "Frolov|colonel"
AS, ASA = "Andrei Sokol", "Russia|Kremlin|Sokol|Kremlin spokesman|spokesman"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_ministers2015.txt": ("Paul Frost", {
   # 0 headline (reports Russia's warning), 1 byline: narrator
   2: ("NATO", I, "NATO defence ministers|defence ministers|" + N),  # wire lead "agreed ... to"
   3: (AL, D, ALA),
   4: (AL, D, ALA),
   5: (AL, I, ALA),
   6: ("NATO", I, AL + "|Lindqvist|" + SG),      # SG reports what allies agreed
   # 7 fact: narrator
   8: (AG, D, AGA),                              # ambassador: government accepted
   9: (AG, D, AGA),
   10: (AG, D, AGA),                             # "the envoy said"
   11: (AG, D, AGA),                             # paragraph left open
   12: (AG, D, AGA),                             # reopened mark, no tag
   # 13 fact about him: narrator
   14: (SWD, I, N + "|*|" + SWDV),               # "played down the warning" (no content)
   15: (SWD, D, "*|" + SWDV),
   16: (SWD, D, SWDV),                           # names "The Russians": no *
   17: (DG, I, DGA),
   18: (DG, I, DGA),
   19: ("Russia", I, "Kremlin"),
   20: ("NATO officials", I, "*|officials|NATO"),
   # 21 schedule, 22 credits: narrator
 }),
 "t02_kremlincall2021.txt": ("Thomas Hope", {
   # 0 headline, 1 byline: narrator
   2: ("Russia", D, "Kremlin"),
   3: (KI, D, KIA),
   4: (KI, D, KIA),
   # 5 "declined to say": narrator
   6: (KI, I, KIA),
   7: (KI, D, KIA),                              # "the spokesman said there were "...""
   8: (KI, D, KIA),
   # 9 fact: narrator
   10: ("Russia", I, "Russia's Defence Ministry|Defence Ministry|ministry"),
   11: ("United Kingdom", I, "London|Britain"),
   12: ("Russia", I, RU_MFA),
   13: ("Russia", D, RU_MFA + "|statement"),
   14: ("Russia", D, RU_MFA + "|statement"),     # untagged second sentence of the statement
   15: (None, N, MB + "|" + MBA),                # "went further." intro without content
   16: (MB, D, MBA),
   17: (NI, I, NIA),                             # deputy minister: own forms only
   18: (NI, D, NIA + "|NovoPress"),              # "according to NovoPress"
   # 19 fact, 20 act: narrator
   21: (NS, D, NSA),                             # names Britain: no *
   22: (NS, D, NSA),                             # names Russia: no *
   # 23 credits: narrator
 }),
 "t03_airpolicing2004.txt": ("Ruth Sharp", {
   # 0 headline, 1 standfirst (no speech), 2 byline, 3 dateline + fact: narrator
   4: (LK, D, LKA),
   5: (LK, D, LKA),
   6: (LK, I, LKA),                              # "The minister said ..."
   # 7 fact: narrator
   8: (PJ, D, PJA),
   9: (PJ, D, PJA),
   10: (PJ, D, PJA),                             # untagged quote
   11: (PJ, D, PJA),
   12: (None, N, "Russia|Moscow"),               # intro without content
   13: ("Russia", D, RU_MFA + "|Russia's Foreign Ministry"),
   14: (SRG, D, SRGA),                           # names the agency: no *
   15: (SRG, D, SRGA),                           # "Petersburg."" piece cut by the splitter
   16: (LK, I, LKA + "|" + N),                   # "dismissed the concern." (no content)
   17: (LK, D, LKA),
   18: (None, N, VR + "|" + VRA),                # "the reaction was more mixed." introduces the mayor
   19: (VR, I, VRA),
   20: (VR, D, VRA),                             # "the 61-year-old said"
   21: (VR, D, VRA),
   22: (None, N, TR + "|" + TRA),                # "was blunter." intro without content
   23: (TR, D, TRA),
   24: (TR, D, TRA),
   25: (TR, D, TRA),                             # quote left unclosed (stray)
   # 26 fact: narrator
   27: ("NATO officials", I, "*|officials|NATO"),
   # 28-29 caption and credit, 30 Related: narrator
 }),
 "t04_hearing1997.txt": ("Richard Long", {
   # 0 headline, 1 byline, 2 "Tribune Staff Writer": narrator
   3: (CW, D, CWA),
   4: (CW, D, CWA),
   5: (CW, D, CWA),
   6: (JB, D, JBA),
   7: (None, N, "Pentagon"),                     # estimates (a fact)
   8: (MH, D, MHA),                              # "asked whether ... "poison""
   9: (MH, D, MHA),
   10: (MH, D, MHA),
   11: (CW, D, CWA),
   12: (None, N, WB + "|" + WBA),                # intro without content
   13: (WB, D, WBA),
   14: (WB, D, WBA),
   15: (WB, I, WBA),
   16: (JB, D, JBA),                             # "Senator Bell pressed him on whether ..."
   17: (WB, D, WBA),                             # "Mr. Bell answered"
   # 18 laughter: narrator
   19: (YK, D, YKA),
   20: (None, N, "Administration officials|officials|United States"),  # "are confident" (belief)
   21: (RA, I, RAA),
   22: (RA, D, RAA),
   23: (MH, I, MHA),
   24: (MH, D, MHA),
   25: (CW, D, CWA),                             # "In an interview with the Tribune's editorial board"
   # 26 schedule (Frost not a speaker): narrator
 }),
 "t05_natopr2026.txt": ("", {
   # 0 title, 1 release number, 2 date: narrator
   3: (None, N, "NATO"),                         # "met ... to review" (issuer's announcement)
   4: ("NATO", I, N + "|Ministers|NATO Defence Ministers"),
   5: (KH, D, KHA),
   6: (KH, D, KHA),
   7: (KH, D, KHA),
   8: (KH, D, KHA),                              # her own statement of NATO's stance
   9: ("NATO", I, KH + "|" + SG + "|Allies"),    # "She added that Allies had agreed ..."
   10: (IB, I, N + "|" + IBA),                   # "welcomed the decision." (no content)
   11: (IB, D, IBA),
   12: (IB, D, IBA),
   13: ("Russia", D, ""),
   # 14 heading, 15-17 background facts: narrator
   18: ("NATO", D, N + "|Allies"),               # "Allies said they would keep "...""
   # 19 contact line, 20-23 Related: narrator
 }),
 "t06_mfastatement1995.txt": ("", {
   # 0 title, 1 "[Unofficial translation]": narrator
   2: ("Russia", D, RB),
   3: ("Russia", D, RB),
   4: ("Russia", D, RB + "|NATO"),              # "We are told by the Alliance that ..."
   5: (RGR, D, "Admiral Grant|Grant|NATO|Russia|" + RB),  # the commander's declared words
   6: ("Russia", D, RB),                         # sarcasm
   7: ("Russia", D, RB),
   8: ("Russia", D, RB),
   9: ("Russia", D, RB),
   10: ("Russia", D, RB),
   11: (IV, D, IVA + "|Russia|" + RB),
   12: (PM, D, PMA + "|NATO|Russia|" + RB),
   13: ("Russia", D, RB),
   14: ("Russia", D, RB),                        # "The Russian side"
   15: ("Russia", D, RB),                        # scare quotes
   16: ("Russia", D, RB),
   17: ("Russia", D, RB),
   18: ("Russia", D, RB),
   19: ("Russia", D, RB),
   # 20 translator's note, 21 place/date line: narrator
 }),
 "t07_thinktank2011.txt": ("Helen Rose", {
   # 0 title, 1 author line, 2 date line, 3 the author's framing: narrator
   4: ("Russia", I, "Moscow"),
   5: ("United States", I, "Washington"),
   # 6 the author's verdict: narrator
   7: ("senior NATO official", D, "*|NATO official|official"),
   8: (None, N, DO + "|" + DOA),                 # "has been even more direct." intro
   9: (DO, D, DOA),
   # 10 author; 11 passive "It was made in 2008": narrator
   12: (DO, D, DOA),                             # the interviewing journalist is not a speaker
   13: (MS, D, MSA),
   14: (MS, D, MSA),
   # 15 author: narrator
   16: (None, N, "Many in Moscow"),              # belief of a loose group
   17: (SED, I, "*|European diplomats|diplomats|Several European diplomats I spoke to"),
   18: (SED, D, "European diplomats|diplomats|Several European diplomats I spoke to|One of them"),
   # 19-24 the author's recommendations, 25-26 author note: narrator
 }),
 "t08_tvweb2018.txt": ("Sarah Long", {
   # 0 headline, 1 byline, 2 date: narrator
   3: ("Russia", D, ""),
   # 4 fact: narrator
   5: (IS, D, ISA),
   6: (IS, D, ISA),
   7: ("NATO", I, "Nato"),
   8: (CY, I, CYA),
   9: (CY, D, CYA),                              # opening quote mark missing
   10: ("Russia", I, N),                         # "has announced missile tests"
   11: (KL, D, KLA),
   # 12 image credit, 13 caption: narrator
   14: ("state television", D, "Russian state television|television"),  # names Russia: no *
   15: (AF, D, AFA),                             # "told me"
   16: (AF, D, AFA),
   17: (None, N, "Alexei|fisherman"),            # intro without content
   18: ("Alexei", D, "fisherman"),               # first name only; not Alexei Frolov
   19: ("Alexei", D, "fisherman"),
   20: ("Alexei", D, "fisherman"),
   21: (AS, D, ASA),                             # "said only that ... "being studied""
   # 22-23 background facts, 24-27 Related Topics: narrator
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    print("==", doc, len(sents))
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        text = normalize_space(s.text)
        print(f"{i:3d} [{sp} | {voice} | {acc}] {text}")
        rows.append({"doc": doc, "index": i, "text": text,
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
