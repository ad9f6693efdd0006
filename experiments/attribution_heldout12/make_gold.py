"""Build gold.csv for the twelfth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or debate
  turn (label) is `direct`;
- in a transcript, debate or press-conference turn, a sentence that reports
  another person's words keeps the turn speaker as gold and accepts the
  reported person or body; a turn that only names another person without his
  words ("I have not read what the senator said") accepts nobody else;
- speech acts of bodies give the body; acts without speech (put on hold,
  summoned, created) are the narrator; a ministry or embassy speaking for the
  government gives the country, the ministry or embassy accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the government or body accepted (a deputy minister's or a general's do
  not); a Secretary General's own remarks give him, with NATO accepted; when a
  leader reports what the body agreed ("The allies have agreed that ...") the
  body is gold and he is accepted (batches 6, 10);
- beliefs, memories and feelings are the narrator; intro sentences without
  content ("was more measured.", "has made no secret of its view.") are the
  narrator with the person or body introduced accepted; a speech act with no
  content by a named person ("dismissed the protest.") gives the person,
  narrator accepted; "did not respond" is the narrator; a finding ("a survey
  ... found") is the narrator with the finder accepted (batch 7);
- a factual sentence whose relative clause carries another party's speech
  ("a role that colleagues said suited his temperament") is the narrator, with
  that party accepted (batch 9);
- headlines, standfirsts (even reporting speech: narrator, person accepted),
  bylines, datelines, captions, photo credits, headings and reporting credits
  are the narrator; "(Laughter.)" and "(Applause ...)" lines are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description, plus a body whose speech act they relay);
- a document with no byline (transcript, stenographic record) has no
  narrator; its header lines are the narrator; honorifics and titles (Mr.,
  Mrs., Ms., Ambassador, Senator, General) are not part of the canonical name;
  a middle name makes the fullest form ("Howard Allen Stone"), the
  first-name + surname form accepted (batch 8's middle initial); people who
  share a surname (Viktor/Sergei Ivanov, Markus/Thomas Roth, Klaus/Sabine
  Werner, Margus/Liis Tamm, Howard/Margaret Stone) are never accepted for each
  other;
- a label piece split off on its own ("PRESIDENT VOLKOV: (As translated.)")
  gives the turn speaker, narrator accepted (batch 10); a bare "Q" with no
  name gives "Q", "Question|journalist" accepted, never a previous journalist;
  a "Q" followed by a self-introduction gives that journalist for the whole
  question (batch 9); pull quotes and their "— Name" tag lines give the
  person, narrator accepted (batch 4).

New decisions in this batch:
- joint press conference (t02): "PRESIDENT HALE:" / "PRESIDENT VOLKOV:" labels
  give the full names from the moderator's introduction, each president's
  country accepted (as batch 9's president, and a minister's government); the
  "MODERATOR (Name):" label gives that person, and the later bare "MODERATOR:"
  the same person, "Moderator" accepted; the title line naming both presidents
  is the narrator with both accepted (as batch 10's title line); the translator
  marker "(As translated.)" piece after "Q" gives the journalist who
  introduces himself or herself in the next piece; an interrupted turn ending
  in a dash keeps its speaker;
- translated Bundestag record (t05): "President:" labels give the President
  named in the "President ... in the Chair." line, "President" accepted; that
  chair line itself is the narrator with nothing accepted (batch 7's Chair
  line); a bracketed named interjection "(Name [party]: ...)" gives that
  member, `direct`; after an interjection or an applause line the interrupted
  speaker's text resumes without a label and keeps the turn speaker; an
  unnamed "(Interjection from the SPD: ...)" gives "SPD", `*` accepted (as
  batch 7's "Hon. Members"); the party in a label ("Jürgen Hahn (AfD):") is
  not accepted for the member (as batch 7's Hansard "(Con)"); "my namesake on
  the Government bench" without content accepts nobody;
- placards "reading "..."" held by a group are a display, not speech: the
  narrator, the group accepted (t01); "has spent the week defending the act
  against the charge that ..." is the narrator, the minister accepted (an
  activity without content of his own);
- op-ed by an ambassador with the byline "By Ambassador Name" (t03): the
  author is the narrator (title removed), his own argument and his closing
  bio line are the narrator with nothing else accepted (as batch 6's op-ed);
  "NATO and Russia declared in the Founding Act that they "..."" gives "NATO
  and Russia" (batch 4), NATO, Russia and the Act accepted; "NATO foreign
  ministers ... announced that there could be no "business as usual"" gives
  NATO, the ministers accepted (batch 8); "They did not say when" is the
  narrator (absence of speech);
- unnamed sources (t04): an unnamed source who relays another body's offer or
  rejection ("said NATO had offered Moscow ...", "Moscow turned that down,
  they said, ...") keeps the source as gold and accepts that body; "one of
  them said" and "The other official said" after "Two officials who spoke on
  condition of anonymity" give the group as written (batch 4's "two Western
  diplomats"); a source's quote with a nested 'they say, "..."' accepts the
  nested party (batch 6); "a senior administration official briefing
  reporters ... sounded resigned." is an intro without content;
- morning newsletter (t06): the "Quote of the day:" line is a pull quote (the
  person, `direct`, narrator accepted) and its "— Name, title" line a split-off
  tag (the person, narrator accepted); "What we're reading: In the Baltic
  Ledger, X argues that ..." gives X (`indirect`), narrator and the outlet
  accepted; a reading line naming a writer without a speech verb is the
  narrator; a bullet's heading word ("Berlin:") does not change the speaker;
- obituary (t07): the widow's maiden name given once ("He met Margaret Ellis")
  is accepted for "Margaret Stone"; "Mrs. Stone said" is the widow, never the
  late husband; her quotation of his saying accepts him (batch 9's daughter);
  the memoir's "wrote that" is `indirect`, "he wrote" after a quote `direct`; a
  nested voice in his memoir quote ('a voice said in Russian, '...'') accepts
  "voice"; the photo caption naming him is the narrator with nothing accepted;
- social-media roundup (t08): a passive announcement of a body's decision
  ("NATO's decision to send ... was announced") is the narrator, NATO
  accepted; a deleted post's quoted words give the poster (`direct`); "The
  post was deleted ..." and the screenshot caption are the narrator; an
  embassy account's caption and posts give the country (batch 6).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
PD, PDA = "Pavel Dorokhin", "Russia|Foreign Minister"
VI, SI = "Viktor Ivanov", "Sergei Ivanov"
EG, EGA = "Eleanor Grant", "United States|State Department|State Department spokeswoman"
SAD = "senior alliance diplomat"
SADA = "alliance diplomat|diplomat|senior diplomat"
AB, ABA = "Andrei Belov", "Russia|Kremlin|Kremlin spokesman"
# t02
DV, DVA = "Dmitri Volkov", "Russia"
TH, THA = "Thomas Hale", "United States"
IS, ISA = "Irina Sokolova", "Moderator"
QJ = "Q|Question|journalist"
JB, OR = "James Bell", "Olga Rybakova"
# t03
NS = "Nikolai Sharov"
# t04
WD = "Western diplomat"
WDA = "diplomat|Western diplomat who has taken part in the talks"
PF, PFA = "people familiar with the matter", "people familiar"
TO = "two officials who spoke on condition of anonymity"
TOA = "two officials|officials|one of them|other official"
SAO, SAOA = "senior administration official", "administration official|official"
# t05
US, USA = "Ulrike Stein", "President"
MR, MRA = "Markus Roth", "Germany|Federal Minister for Foreign Affairs|Foreign Minister"
JH, HW, TR = "Jürgen Hahn", "Heike Winter", "Thomas Roth"
# t06
MV, MVA = "Maarten Visser", "NATO|NATO Secretary General|Secretary General"
DH, DHA = "Daniel Hope", "United States|State Department|State Department spokesman"
YS, YSA = "Yuri Sedov", "Russia|Kremlin|Kremlin spokesman"
IH, IHA = "Ingrid Hole", "Norway|Arctic ambassador"
OM = "Olena Marchuk"
# t07
HS, HSA = "Howard Allen Stone", "Howard Stone"
MS, MSA = "Margaret Stone", "Margaret Ellis|his wife|wife"
YM = "Yuri Marchenko"
# t08
AL, ALA = "Anders Lund", "NATO|Secretary General|NATO Secretary General"
AG, AGA = "Alla Gromova", "Russia|Foreign Ministry|Russian Foreign Ministry|spokeswoman"
MT, LT = "Margus Tamm", "Liis Tamm"
AK = "Antti Koskinen"
EMB = "Russian embassy|Russian embassy in Helsinki|embassy"
JBZ = "Janis Berzins"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_foundingact1997.txt": ("Richard Hope", {
   # 0 headline, 1 byline, 2 "Special to", 3 dateline second-day lead (politicians could not agree): narrator
   4: (PD, D, PDA),                            # "insisted that ... "a voice, ...""
   5: (PD, D, PDA),
   6: (PD, D, PDA),                            # untagged second sentence
   7: (PD, I, PDA),                            # "Asked whether ..., he said that it could not"
   8: (None, N, "Communist and nationalist factions|factions"),  # relative clause "have called the agreement a capitulation"
   9: (VI, D, ""),
   10: (VI, D, ""),                            # untagged continuation
   11: (None, N, SI),                          # "Mr. Ivanov's namesake ... was more measured." intro
   12: (SI, D, ""),
   13: (SI, D, ""),                            # "He said" = Sergei Ivanov, never Viktor
   14: (None, N, PD + "|" + PDA),              # "has spent the week defending the act ..." (new decision)
   15: (PD, D, PDA),                           # "the minister said"; Oleg Lapin is not a speaker
   16: (EG, D, EGA),
   17: (EG, D, EGA),                           # "Mrs. Grant said"
   18: (EG, D, EGA),
   19: (EG, I, EGA),                           # "Mrs. Grant added that ..."
   20: (None, N, "*"),                         # "officials were pleased but wary." (feeling, intro)
   21: (SAD, D, SADA),                         # names "The Russians": no *
   22: (SAD, D, "*|" + SADA),
   23: (SAD, D, "*|" + SADA),                  # quote left unclosed at paragraph end
   24: (SAD, I, "*|" + SADA),                  # "The diplomat said"
   25: (None, N, "Communist youth group|members of a Communist youth group|protesters"),  # placards (new decision)
   26: (AB, I, N + "|" + ABA),                 # "dismissed the protest." speech act without content
   27: (AB, D, ABA),
   # 28 narrator
   29: (None, N, "Vector polling center|Vector|survey"),  # survey "found" (finding)
   # 30 narrator
 }),
 "t02_summitpc.txt": ("", {
   # 0 office line, 1 date: narrator
   2: (None, N, TH + "|" + DV),                # title line naming both presidents
   # 3 place line: narrator
   4: (IS, D, ISA + "|" + N),                  # label piece "MODERATOR (Irina Sokolova): (As translated.)"
   5: (IS, D, ISA),                            # introduces both presidents (not speaking yet)
   6: (DV, D, DVA + "|" + N),                  # label piece
   7: (DV, D, DVA), 8: (DV, D, DVA), 9: (DV, D, DVA),
   10: (TH, D, THA), 11: (TH, D, THA),
   12: ("NATO", D, TH + "|" + THA + "|allies|Allies"),  # "The allies have agreed that ..." reported by the president
   13: (TH, D, THA),
   14: (IS, D, ISA),                           # bare "MODERATOR:" = Irina Sokolova
   15: (JB, D, QJ),                            # self-introduction in the Q turn
   16: (JB, D, QJ + "|Ann Frost"),             # question reports the senator's words
   17: (JB, D, QJ),
   18: (DV, D, DVA + "|" + N),                 # label piece
   19: (DV, D, DVA),                           # names the senator without her words: nobody else
   20: (DV, D, DVA), 21: (DV, D, DVA),
   # 22 "(Laughter.)": narrator
   23: (TH, D, THA),
   24: (IS, D, ISA),
   25: (OR, D, QJ + "|" + N),                  # "Q (As translated.)" piece; she introduces herself next
   26: (OR, D, QJ), 27: (OR, D, QJ),
   28: (TH, D, THA),                           # interrupted turn
   29: (DV, D, DVA + "|" + N),                 # label piece
   30: (DV, D, DVA),
   31: (TH, D, THA),
   # 32 "(Laughter.)": narrator
   33: (TH, D, THA),                           # "I said to the President ...": his own words
   34: (TH, D, THA),
   35: (DV, D, DVA + "|" + N),                 # label piece
   36: (DV, D, DVA + "|" + TH),                # "President Hale told me today that ..."
   37: (DV, D, DVA), 38: (DV, D, DVA),
   39: ("Q", D, "Question|journalist"),        # unnamed follow-up: never a previous journalist
   40: ("Q", D, "Question|journalist"),
   41: (TH, D, THA), 42: (TH, D, THA),
   43: (IS, D, ISA),
 }),
 "t03_ambassador_oped.txt": (NS, {
   # 0 "OPINION", 1-2 headline, 3 byline, 4 date: narrator
   5: ("NATO", D, "NATO foreign ministers|foreign ministers"),  # "announced that there could be no "business as usual""
   # 6 "put ... on hold" (act), 7-8 the author: narrator
   9: ("NATO and Russia", D, "NATO|Russia|Founding Act"),  # quoted Founding Act text
   # 10 "we ... created a council" (act), 11: narrator
   12: ("NATO", D, "NATO leaders|Alliance's leaders|leaders"),  # Bucharest declaration quoted
   # 13 "They did not say when" (absence of speech), 14: narrator
   15: ("Katrin Vogt", D, "Germany|German foreign minister"),
   # 16 "Ms. Vogt has the sequence backwards." the author's verdict, 17: narrator
   18: ("Daniel Rose", I, ""),                 # "has gone further and proposed that ..."
   # 19-21 narrator
   22: ("senior American official", D, "American official|official"),  # names "our leadership" and the Alliance
   # 23 memory: narrator
   24: ("Some in NATO", I, "*"),
   # 25 the author's rhetorical question: narrator
   26: ("Several allied ambassadors", I, "*|allied ambassadors|ambassadors"),
   # 27 narrator
   28: ("Russia", D, "Foreign Ministry|Russian Foreign Ministry|our Foreign Ministry"),
   # 29 narrator, 30 bio line: narrator
 }),
 "t04_analysis_unnamed.txt": ("Anne Marsh", {
   # 0 kicker, 1 headline, 2 byline: narrator
   3: (None, N, "both sides|NATO and Russia"),  # relative clause "a project that both sides once described as ..."
   # 4 narrator
   5: (WD, D, "*|" + WDA),
   6: (WD, D, WDA),                            # names "The Russians": no *
   7: (WD, D, WDA),                            # names "No American administration": no *
   8: (WD, D, WDA + "|Russians|Russia"),       # nested 'they say, '...''
   9: (WD, I, WDA + "|NATO"),                  # relays NATO's offer; names Moscow
   10: (WD, I, WDA + "|Russia|Russian side"),  # relays the Russian rejection
   11: (PF, I, PFA + "|United States|Washington"),  # "..., according to people familiar with the matter"
   12: (PF, I, PFA + "|Russia"),               # "Moscow turned that down in March, they said, ..."
   13: (TO, I, "*|" + TOA),                    # "described a more basic problem: ..."
   14: (TO, D, "*|" + TOA),                    # "one of them said"
   15: (TO, D, "*|" + TOA),
   16: (TO, D, "*|" + TOA),
   17: (TO, I, TOA),                           # "The other official said the Pentagon ..." (names the Pentagon)
   18: (None, N, "Russia"),                    # "The Kremlin has made no secret of its view." intro
   19: ("Russia", I, ""),                      # "Russia said in a statement ..."
   20: ("Nikolai Orlov", D, "chief of the general staff"),  # a general: government not accepted
   21: ("Carla Young", D, "NATO|spokeswoman|NATO's spokeswoman"),  # "the general's remarks" = Orlov, not speaking
   22: (None, N, SAO + "|" + SAOA),            # "... sounded resigned." intro without content
   23: (SAO, D, SAOA),                         # names Russia: no *
   24: (SAO, D, "*|" + SAOA),
   25: (SAO, D, "*|" + SAOA),
   26: (SAO, I, SAOA),                         # "He added that the President ... because Moscow ..."
   27: (SAO, D, "*|" + SAOA),
   28: (None, N, "Many diplomats here|diplomats"),  # belief; names the Kremlin
   29: ("Mark Long", I, ""),
   30: ("Mark Long", D, ""),
   31: ("Mark Long", D, ""),
   32: (None, N, TO + "|two officials|officials|one of the two officials"),  # "for what one of the two officials called "...""; Zhukov not a speaker
   # 33 reporting credit: narrator
 }),
 "t05_bundestag.txt": ("", {
   # 0 title, 1 date line, 2 translation note, 3 "President Ulrike Stein in the Chair.", 4 agenda item: narrator
   5: (US, D, USA),                            # names the minister (not speaking yet)
   6: (MR, D, MRA),                            # label + "Madam President!"
   7: (MR, D, MRA),
   8: (MR, D, MRA + "|United States"),         # reports the US announcement
   9: (MR, D, MRA),
   10: (MR, D, MRA + "|NATO"),                 # "All NATO Allies have said so clearly"
   11: (JH, D, ""),                            # bracketed interjection
   12: (MR, D, MRA),                           # minister resumes after the interjection
   13: (MR, D, MRA + "|Russia"),               # reports Moscow's answers
   14: (MR, D, MRA),
   # 15 applause: narrator
   16: (US, D, USA),
   17: (JH, D, MR),                            # "the minister has just told us that ..."
   18: (JH, D, ""),
   19: (HW, D, ""),                            # interjection
   20: (JH, D, ""),                            # resumes
   21: (TR, D, ""),                            # interjection by Thomas Roth, never Markus Roth
   22: (JH, D, "Russia"),                      # "Russia offered to show its missile"
   23: (JH, D, ""),
   24: ("SPD", D, "*|Interjection from the SPD|SPD members"),  # unnamed interjection (new decision)
   25: (US, D, USA),
   26: (JH, D, ""),
   # 27 applause: narrator
   28: (US, D, USA),
   29: (HW, D, "NATO Secretary General|Secretary General|NATO"),  # reports the SG's words
   30: (HW, D, ""),
   # 31 applause: narrator
   32: (HW, D, ""),                            # resumes after the applause line
   33: (US, D, USA),
   34: (TR, D, JH),                            # "colleague Hahn says that ..."
   35: (TR, D, ""),
   36: (JH, D, ""),                            # interjection
   37: (TR, D, ""),                            # "my namesake": no content of Markus Roth
   # 38 laughter and applause: narrator
   39: (TR, D, ""),
   40: (US, D, USA),
 }),
 "t06_morning_digest.txt": ("Hanna Frost", {
   # 0 title, 1 date, 2 byline, 3-5 greeting and overview, 6 heading: narrator
   7: ("Russia", I, "Kremlin"),
   8: (MV, D, MVA),                            # "called the decision "cynical" and said Allies would ..."
   9: ("Russia", I, "Defence Ministry|Russia's Defence Ministry|Russian Defence Ministry|ministry"),
   # 10 "could not be independently verified", 11 "summoned" (act): narrator
   12: ("European Commission spokesperson", D, "spokesperson|Commission spokesperson|European Commission|EU"),  # names the EU: no *
   13: (DH, D, DHA),
   14: (DH, I, DHA),                           # "He added that ..."
   # 15 heading: narrator
   16: ("Klaus Werner", D, "Germany|Defence Minister"),
   17: ("Sabine Werner", D, ""),               # same surname, no relation: never Klaus
   18: (YS, D, YSA),
   19: (YS, I, YSA),                           # "According to Sedov, ..."
   20: ("Norwegian Joint Headquarters", D, "Joint Headquarters|Norway"),
   21: (IH, I, IHA),
   22: (IH, I, IHA),                           # "Russia, she said, had not been asked."
   23: (OM, D, N),                             # "Quote of the day:" pull quote
   24: (OM, D, N),                             # its "— Name, title" tag line
   25: ("Piotr Zawadzki", I, N + "|Baltic Ledger"),  # "What we're reading: ... argues that ..."
   # 26 reading line naming a writer (no speech), 27-29 sign-off: narrator
 }),
 "t07_obituary.txt": ("Claire Young", {
   # 0 headline: narrator
   1: (None, N, HS + "|" + HSA),               # standfirst reporting his words
   # 2 byline, 3 caption, 4 photo credit, 5-6 death and age: narrator
   7: (MS, I, MSA),                            # "His wife, Margaret Stone, said the cause was ..."
   # 8 career: narrator
   9: (None, N, "colleagues"),                 # "a role that colleagues said suited his temperament"
   10: ("Elizabeth Hart", D, ""),
   11: ("Elizabeth Hart", D, ""),              # quote left unclosed
   12: (YM, D, N),                             # "remembered him as "...""
   13: (YM, I, ""),
   14: (YM, D, ""),
   15: (YM, D, ""),
   16: (HS, I, HSA),                           # memoir: "wrote that"
   17: (HS, D, HSA),
   18: (HS, D, HSA + "|voice"),                # nested voice inside the memoir quote
   # 19 narrator
   20: (HS, D, HSA),                           # op-ed and interview fragments
   21: ("former NATO deputy secretary general", D, "deputy secretary general|former deputy secretary general"),  # names Mr. Stone: no *
   # 22-24 biography, marriage: narrator
   25: (MS, D, MSA + "|" + HS + "|" + HSA),    # "Mrs. Stone said"; quotes his saying
   26: (MS, D, MSA),
   # 27 survivors: narrator
 }),
 "t08_social_roundup.txt": ("Nadia Sharp", {
   # 0 headline, 1 standfirst, 2 byline, 3 timestamp: narrator
   4: (None, N, "NATO"),                       # "NATO's decision ... was announced" (passive announcement)
   # 5 narrator
   6: (AL, D, ALA),                            # "posted on X that ... "...""
   7: (AL, D, ALA),                            # "he wrote"
   8: (AG, D, AGA),                            # "wrote on Telegram that ..."
   9: (AG, D, AGA),
   10: (AG, D, AGA),
   11: (MT, I, "Estonia"),                     # "replied in a post on X:" intro with colon
   12: (MT, D, "Estonia"),
   13: (MT, D, "Estonia"),
   14: (MT, D, "Estonia"),
   15: (MT, D, N + "|Estonia"),                # "— Name (@handle) date" line
   16: (LT, I, ""),                            # same surname, not related: never Margus
   17: (LT, D, ""),
   18: (AK, D, "Finland"),                     # "said in a video address that ..."
   19: (AK, D, "Finland"),
   20: ("Russia", D, EMB),                     # embassy account's caption
   21: ("Russia", D, EMB),                     # "The embassy later added that ..."
   # 22 narrator
   23: (JBZ, D, ""),                           # the later-deleted post
   # 24 "The post was deleted ...", 25 screenshot caption, 26 credit: narrator
   27: (JBZ, D, ""),                           # second post, fragment "in anger"
   28: ("Latvia", D, "Latvia's foreign ministry|Latvian foreign ministry|foreign ministry"),
   # 29 "did not respond", 30 narrator
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
