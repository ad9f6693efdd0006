"""Build gold.csv for the twenty-second held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and of batches 19 and 20, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`, and so is the body of a published speech;
- in a transcript turn or a speech, a sentence that reports another person's
  or body's words keeps the turn speaker as gold and accepts the reported
  party; a sentence that only names another person without his words accepts
  nobody else; an echo of a phrase accepts nobody;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; "the Kremlin/Moscow/the
  embassy said" give `Russia`, the embassy or ministry accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted (a deputy minister's accept only his own
  name forms); the Secretary General's own remarks give him, NATO accepted;
  when he reports what the allies agreed, NATO is gold and he is accepted;
  "all Allies agreed that ..." inside a published speech gives NATO
  (`indirect`), the official and the narrator accepted (batch 7's q07);
- beliefs, memories, feelings and gestures are the narrator; intros without
  content are the narrator with the person introduced accepted; a speech act
  without content by a named person gives the person, narrator accepted;
  "declined to say/discuss", "did not respond" and "did not speak to
  reporters" are the narrator with nothing accepted;
- a factual sentence whose relative or appositive clause carries another
  party's speech is the narrator, with that party accepted (batch 9); a
  relayed quotation gives the person whose words are quoted, the relaying
  source accepted (batches 7, 20);
- headlines, standfirsts (speech-reporting ones accept the reported
  parties), bylines, datelines, timestamps, captions, credits, "Related:"
  lines, corrections and "(Applause)"-style lines are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups get `*`;
- a document with no byline (published speech, podcast transcript) has no
  narrator; its header lines are the narrator; a "Speech by ..." title line
  accepts the speaker (batches 10, 19);
- honorifics and ranks are not part of the canonical name; a Russian name
  with patronymic is canonical in full, first name + surname accepted
  (batch 7); surname-only forms and titles are accepted where the surname is
  unique in the document; two people who share a surname stay apart and the
  bare surname is accepted for neither (batches 13, 19, 20).

New decisions in this batch:
- t01 (1991 wire): the lead that couples a narrated event with the speech of
  an envoy named only in the next sentence ("... held the first meeting ...,
  and the Soviet representative told the gathering that ... "..."") gives
  the envoy (`direct`), his description, his governments and the narrator
  accepted; "The envoy, ..., read out a message from the Russian leadership."
  is a speech act without content (envoy `indirect`, narrator, the
  leadership and the message accepted); the next sentence "It said Moscow
  wanted "..."" gives the message's author, `Russia` (`direct`), with the
  message, the leadership and the envoy who read it accepted (relaying
  source); the envoy's remarks accept both the Soviet Union and Russia (he
  speaks "only for Russia" by the end of the day); the statement issued at
  the end of the council's meeting gives "North Atlantic Cooperation
  Council" (`direct`), statement, council, participants and the narrator
  accepted (batch 20's joint statement); "Poland, Hungary and Czechoslovakia
  have pressed for ..." gives the three as written, each country and the
  narrator accepted; "Tass quoted an unnamed official of the Soviet Foreign
  Ministry as saying that ... "..."" gives the official (relayed quotation),
  Tass, the ministry and the Soviet Union accepted; "the agency carried a
  statement by a Russian Foreign Ministry spokesman, X, who is not related to
  the ambassador" is an intro without content (narrator, X and Tass
  accepted), and the following "He" is X, not the ambassador; the two
  Vasilenkos accept "Ambassador Vasilenko" / the spokesman forms for their
  own person only, never bare "Vasilenko"; a quotation without its opening
  mark ("For fifty years Moscow decided for us," Kask said.) stays with the
  tag's speaker, and a quotation left open before a narrator paragraph ("I
  call that progress.) stays with its speaker, the next paragraph being the
  narrator; "Delegates said" is a loose group (`*`).
- t02 (published speech, no byline): "(Laughter)" and "(Applause)" are the
  narrator with nothing accepted; quoted authors ("The historian Margaret
  Stone ... once wrote that "..."", "The Polish essayist ... wrote ... that
  "..."") and quoted people (the student, a Belgian pilot, the Russian
  Ambassador, the Secretary General, Ambassador Nowak) are accepted on the
  rows that carry their words; "He was joking." (the pilot) and "I think she
  was right." stay with the speaker and accept nobody; the Rector Professor
  Nowak and Ambassador Jan Nowak share a surname: "Ambassador Nowak" is
  accepted for Jan Nowak, bare "Nowak" for nobody; the salutation line is
  part of the speech (batch 7's q07).
- t03 (UK news story): the Guardian spelling "Nato" is NATO; the unnamed
  "prime minister's official spokesperson" is written as it appears, with
  Downing Street, the United Kingdom and the government accepted (batch 19's
  unnamed ministry spokesman); "The Conservatives said" gives the party as a
  body ("Conservatives"); the shadow defence secretary's party is not
  accepted (batch 19: party not accepted for members), but the Liberal
  Democrats' named "defence spokesperson" accepts her party (a spokesperson
  speaks for her body); the embassy's Telegram post gives Russia, "The post
  was accompanied by a cartoon" is the narrator (batch 6's pinned post);
  "Hope declined to say ..." in "an interview with the presenter Tom Baxter"
  is the narrator with nothing accepted, and the following "he said" is Hope;
  the standfirst reporting both the defence secretary and the embassy
  accepts both.
- t04 (podcast, no byline): first-name labels ("Sarah:", "Tom:", "Olga:")
  give the full names from the "Hosts:"/"Guest:" header lines, the surname
  accepted (unique in the document), the first name never (the host Tom
  Novak shares it with Tom Weller); the header lines and the bracketed
  transcript note and production credit are the narrator with nothing
  accepted; crosstalk completions ("- it's an ultimatum.") keep their own
  labelled speaker and accept nobody; the host's guess "And NATO said, what,
  essentially no?" accepts NATO; "he said almost the opposite" (content by
  reference) and "He said the Russians had ..." keep the host and accept Tom
  Weller; "[laughter]" and "[BREAK]" are the narrator.
- t05 (German story in translation, „ “ quotation marks): Jens Albrecht (CDU)
  and Sabine Albrecht (SPD), unrelated, accept "CDU defence politician",
  "CDU man" / "SPD politician", "foreign policy spokeswoman" for their own
  person only, bare "Albrecht" for neither; the bare "Albrecht" before the
  SPD politician is introduced is Jens; the unnamed "Chancellor" is written
  as it appears (batch 10's unnamed "President"), Germany and the federal
  government accepted; "The Chancellor himself has so far avoided taking
  sides." introduces his quote (narrator, Chancellor accepted); „...“, it
  was said in coalition circles gives "coalition circles" (`*`); "Claudia
  Sommer ... considers the debate largely symbolic" gives her (`indirect`,
  narrator accepted, batch 5's analyst "think"); the untagged sentence after
  "According to Sommer, ..." ("It would allow the Kremlin to claim ...")
  continues her reported argument (Sommer `indirect`, narrator accepted;
  doubtful); "In it, NATO undertook in 1997 not to station „...“ ..., a
  restriction that in Albrecht's view now serves only Moscow." gives NATO
  (`direct`, the Act's words), the Act, Jens Albrecht and the narrator
  accepted (doubtful); "Albrecht, 52, sits on ... and has been calling for
  months for ..." gives Jens Albrecht (`indirect`), narrator accepted; "The
  AfD ... calls the whole debate „warmongering“" gives the party ("AfD");
  the split-off "he asks." is Jens Albrecht (`direct`, narrator accepted,
  batch 10); the translator's note and the translation line are the
  narrator; the headline quoting Jens Albrecht's image accepts him, the
  standfirst reporting the dispute accepts its parties ("Members of the
  Bundestag", "Chancellor"); "the German debate is being followed with some
  unease" at NATO headquarters is a feeling introducing the diplomat
  (narrator, NATO and the diplomat accepted, batch 7's "fear").
- t06 (Kyiv story): the deputy foreign minister accepts only his name forms;
  "His remarks followed reports that several allies had proposed ..." is the
  narrator with the allies and the reports accepted (batch 9); the quotation
  left open at the end of his paragraph stays with him; Oleksandr Bondar and
  Oleksandr Lytvyn share a first name, and the MP Lytvyn shares his surname
  with the credited Andriy Lytvyn, so bare "Lytvyn" is not accepted; "Allies
  declared at their 2024 summit that ... "irreversible,"" gives NATO
  (`direct`), allies and narrator accepted.
- t07 (reader Q&A explainer): a reader's question printed in quotation
  marks with its signature ("- Margaret, Dundee") gives the reader by first
  name (`direct`, a written question, like batch 7's letters), "reader" and
  the signature form accepted; the signature piece split off also accepts the
  narrator; the bare heading-like answers ("Not quite.") are the narrator;
  "NATO's answer is that ..." gives NATO (`indirect`, narrator accepted);
  "A NATO official ... pointed to another passage, in which both sides
  committed themselves to refrain "..."" gives the official (`indirect`: the
  quoted words are the Act's), the Act and "both sides" accepted (batch 20's
  t04 appositive); "NATO has never formally withdrawn from it, although
  several eastern members ... have urged the alliance to do so." is the
  narrator, the eastern members accepted (a subordinate clause carrying
  speech, batch 9); "Dr Park thinks ..." gives her (`indirect`, narrator
  accepted, batch 5).
- t08 (obituary): the general's full patronymic name is canonical ("Anatoly
  Sergeyevich Grishin"), "Anatoly Grishin", "General Grishin" accepted; his
  son Col. Dmitri Grishin (no speaker) makes bare "Grishin" unacceptable;
  "His death was announced by the Russian Ministry of Defense, which said
  ..." gives Russia (`indirect`), the ministry and the narrator accepted;
  "Before leaving, according to Admiral Richter, he told NATO officers ...,
  "..."" gives the general (relayed), Richter accepted; "Told of his death,
  General Young said he had last heard from his old counterpart in 2021, in
  an email that ended, "..."" gives the general (`direct`: the quoted words
  are his email), Young accepted (doubtful); "But he was never an uncritical
  admirer of the alliance." (after another man's quotation) is the narrator
  with nothing accepted (batch 9's "was never starry-eyed"); the memoir title
  in quotation marks is not speech; the daughter reporting her father's
  saying keeps the daughter, the father accepted (batch 9).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
NV = "Nikolai Vasilenko"
NVA = "Ambassador Vasilenko|ambassador|envoy|Soviet representative|Soviet Union|Russia"
GV = "Gennady Vasilenko"
GVA = "Russia|Russian Foreign Ministry|Foreign Ministry|spokesman|Russian Foreign Ministry spokesman"
WH, WHA = "Willem Hoekstra", "Hoekstra|NATO|Secretary General|NATO Secretary General"
WHO = "Willem Hoekstra|Hoekstra|Secretary General|NATO Secretary General|allies"
NACC = "North Atlantic Cooperation Council"
JP, JPA = "James Porter", "Porter|United States|Secretary of State|U.S. Secretary of State"
HD = "Hungarian diplomat"
JK, JKA = "Jaan Kask", "Kask|Estonia|foreign minister|Estonia's foreign minister"
TASS = "official news agency Tass|news agency Tass|news agency|agency"
SFM = "official of the Soviet Foreign Ministry"
SFMA = ("unnamed official of the Soviet Foreign Ministry|official|Soviet Foreign Ministry official"
        "|Soviet Foreign Ministry|Foreign Ministry|Soviet Union|Tass|agency")
PS, PSA = "Pieter Smit", "Smit|NATO|spokesman|NATO spokesman"
DSM = "diplomat who has served in Moscow"
DSMA = "*|diplomat|one diplomat|Western diplomat|Western diplomats|one diplomat who has served in Moscow"
# t02
CL = "Catherine Long"
CLT = "Long|Deputy Secretary General|NATO Deputy Secretary General"
CLA = CLT + "|NATO|" + N
CLO = CL + "|" + CLT + "|Allies|" + N          # "all Allies agreed": NATO gold
# t03
RH, RHA = "Richard Hope", "Hope|defence secretary|secretary of state|United Kingdom|Britain|government"
PMS = "prime minister's official spokesperson"
PMSA = ("spokesperson|official spokesperson|prime minister's spokesperson|Downing Street"
        "|United Kingdom|government")
MS, MSA = "Mark Sharp", "Sharp|shadow defence secretary"
EG, EGA = "Emma Grant", "Grant|defence spokesperson|Liberal Democrats' defence spokesperson|Liberal Democrats"
REL = "Russian embassy|Russian embassy in London|embassy"
SM, SMA = "Sophie Marsh", "Marsh|Dr Marsh|senior research fellow"
# t04
SB, SBA = "Sarah Bell", "Bell"
TN, TNA = "Tom Novak", "Novak"
OS, OSA = "Olga Sedova", "Sedova"
TW = "Tom Weller|Weller"
# t05
JA, JAA = "Jens Albrecht", "CDU defence politician|CDU politician|CDU man"
SA, SAA = "Sabine Albrecht", "SPD politician|foreign policy spokeswoman|SPD parliamentary group"
MW, MWA = "Markus Weber", "Weber|government spokesman|spokesman|Germany|federal government|government"
CH, CHA = "Chancellor", "Germany|federal government|German Chancellor"
LH, LHA = "Lena Hoffmann", "Hoffmann|Greens' security expert|security expert"
DK, DKA = "Dieter Krause", "Krause"
REB = "Russian embassy|Russian embassy in Berlin|embassy"
CS, CSA = "Claudia Sommer", "Sommer|political scientist"
NDI, NDIA = "diplomat from a Nordic member state", "diplomat|Nordic diplomat"
# t06
OB, OBA = "Oleksandr Bondar", "Bondar|deputy foreign minister"
YM, YMA = "Yelena Markova", "Markova|Russia|Foreign Ministry|Russian Foreign Ministry|spokeswoman|Foreign Ministry spokeswoman"
MH, MHA = "Mykola Hrytsenko", "Hrytsenko|director"
OL, OLA = "Oleksandr Lytvyn", "opposition member of parliament|member of parliament"
# t07
HP, HPA = "Helen Park", "Park|Dr Park|lecturer"
FBD = "former British diplomat who took part in the negotiations"
FBDA = "former British diplomat|British diplomat|diplomat"
NOF, NOFA = "NATO official", "official|NATO|NATO official I spoke to this week"
VG, VGA = "Viktor Gromov", "Gromov|Russia|ambassador|Russia's ambassador to NATO"
def reader(name, town):
    return (name, D, "reader|" + name + ", " + town)
def sig(name, town):
    return (name, D, "reader|" + name + ", " + town + "|" + N)
# t08
AG, AGA = "Anatoly Sergeyevich Grishin", "Anatoly Grishin|General Grishin|Col. Gen. Grishin|Colonel General Grishin"
RY, RYA = "Robert Young", "Young|General Young|Gen. Young"
KR, KRA = "Klaus Richter", "Richter|Admiral Richter|Vice Adm. Richter"
SBE, SBEA = "Sergei Belov", "Belov|Mr. Belov"
NG, NGA = "Natalya Grishina", "Grishina|daughter|His daughter"
RMD = "Russian Ministry of Defense|Ministry of Defense|Defense Ministry"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_nacc1991.txt": ("Michael Hope", {
   # 0 headline, 1 byline: narrator
   2: (NV, D, NVA + "|" + N),                  # lead: event + envoy's speech, named in the next sentence
   3: (NV, I, NVA + "|" + N + "|Russian leadership|message"),  # "read out a message" (no content)
   4: ("Russia", D, "Russian leadership|message|Moscow|" + NV + "|Ambassador Vasilenko|envoy|Soviet representative"),
   5: (NV, D, NVA), 6: (NV, D, NVA),
   # 7 the council's composition (fact): narrator
   8: (NV, I, NVA),                            # "Soviet" only mentioned
   9: (NV, I, NVA),                            # ", he said,"
   10: ("Delegates", I, "*"),
   11: (WH, D, WHA),
   12: (WH, D, WHA), 13: (WH, D, WHA), 14: (WH, D, WHA),
   15: ("NATO", I, WHO),                       # "He said the allies had agreed ..."
   16: (NACC, D, "statement|council|participants|NACC|" + N),
   17: (JP, D, JPA),
   18: (JP, D, JPA), 19: (JP, D, JPA),
   20: (JP, D, JPA),                           # quotation left open before a narrator paragraph
   21: (None, N, "*"),                         # "Not all the newcomers were satisfied."
   22: ("Poland, Hungary and Czechoslovakia", I, "Poland|Hungary|Czechoslovakia|" + N),
   23: (HD, D, "diplomat|Hungarian diplomat, who asked not to be named"),  # names the council: no *
   24: (HD, D, "*|diplomat|Hungarian diplomat, who asked not to be named"),
   25: (JK, D, JKA),
   26: (JK, D, JKA),                           # opening mark missing
   27: (JK, D, JKA),
   28: ("Tass", D, TASS),
   29: (SFM, D, SFMA),                         # relayed quotation
   30: (None, N, GV + "|" + GVA + "|Tass|agency"),  # "carried a statement by ..." intro
   31: (GV, D, GVA),                           # "He" = the spokesman, not the ambassador
   32: (PS, D, PSA),
   33: ("Western diplomats", I, "diplomats"),  # names the Russian government: no *
   34: (DSM, D, DSMA), 35: (DSM, D, DSMA),
   # 36 "did not speak to reporters", 37 credits: narrator
 }),
 "t02_speech2016.txt": ("", {
   # 0 title: narrator
   1: (None, N, CL + "|" + CLT),               # "Speech by ..." line
   # 2 place/date: narrator
   3: (CL, D, CLA),                            # salutation
   4: (CL, D, CLA),
   5: (CL, D, CLA),                            # names Jan Nowak, no words of his
   6: (CL, D, CLA),
   # 7 (Laughter): narrator
   8: (CL, D, CLA), 9: (CL, D, CLA), 10: (CL, D, CLA),
   11: ("NATO", I, CLO),                       # "all Allies agreed that ..."
   12: ("NATO", I, CLO),                       # "We said it together, all twenty-eight of us"
   13: (CL, D, CLA),
   14: (CL, D, CLA),                           # "One of your students put it to me": no content
   15: (CL, D, CLA + "|student|One of your students|one of your students"),
   16: (CL, D, CLA), 17: (CL, D, CLA),
   18: (CL, D, CLA + "|Belgian pilot|young Belgian pilot|pilot"),
   # 19 (Laughter): narrator
   20: (CL, D, CLA), 21: (CL, D, CLA),         # "He was joking." = the pilot, not accepted
   22: (CL, D, CLA), 23: (CL, D, CLA),
   24: (CL, D, CLA + "|Russian Ambassador|Russian ambassador|ambassador|Russia"),
   25: (CL, D, CLA), 26: (CL, D, CLA),
   27: (CL, D, CLA + "|Margaret Stone|Stone|historian"),
   28: (CL, D, CLA), 29: (CL, D, CLA), 30: (CL, D, CLA),
   31: (CL, D, CLA + "|Jan Nowak|Ambassador Nowak|Poland"),
   32: (CL, D, CLA),
   33: (CL, D, CLA + "|Tadeusz Wrona|Wrona|Polish essayist|essayist"),
   34: (CL, D, CLA), 35: (CL, D, CLA),
   # 36 (Applause): narrator
   37: (CL, D, CLA),
   38: (CL, D, CLA + "|Secretary General|NATO Secretary General"),
   39: (CL, D, CLA), 40: (CL, D, CLA),
   # 41 (Applause), 42 "Last updated", 43 "Share this page": narrator
 }),
 "t03_spyship2025.txt": ("Hannah Rose", {
   # 0 headline: narrator
   1: (None, N, RH + "|" + RHA + "|Russia|" + REL),  # standfirst reporting both parties
   # 2 byline, 3 timestamp: narrator
   4: (RH, D, RHA),                            # lead, named in the next sentence
   5: (RH, D, RHA),
   6: (RH, D, RHA), 7: (RH, D, RHA), 8: (RH, D, RHA), 9: (RH, D, RHA),
   10: (RH, D, RHA),
   # 11 the ship's movements: narrator
   12: (PMS, D, PMSA),
   13: (PMS, D, PMSA), 14: (PMS, D, PMSA),
   # 15 "Nato launched a mission" (act): narrator
   16: ("Nato official", D, "NATO official|official|NATO|Nato"),  # names UK authorities: no *
   17: ("Conservatives", I, "Conservative Party|Conservative party|Tories"),
   18: (MS, D, MSA), 19: (MS, D, MSA),
   20: (MS, D, MSA),                           # "He called for ..., which he said had "...""
   21: (EG, D, EGA),
   22: ("Russia", D, REL),
   23: ("Russia", D, REL), 24: ("Russia", D, REL),
   # 25 "The post was accompanied by a cartoon": narrator
   26: ("Russia", I, "Moscow"),
   27: ("Analysts", I, "*"),
   28: (SM, D, SMA), 29: (SM, D, SMA),
   30: (SM, D, SMA),                           # "She added that ... "...""
   31: (SM, D, SMA), 32: (SM, D, SMA),
   # 33 "Hope declined to say ..." (Tom Baxter not a speaker): narrator, nothing accepted
   34: (RH, D, RHA),                           # "he said" = Hope
   35: (RH, D, RHA),
   # 36 narrator; 37-38 Related; 39 caption; 40 photo credit: narrator
 }),
 "t04_podcast2022.txt": ("", {
   # 0 title, 1 date, 2 "Hosts:", 3 "Guest:", 4 transcript note: narrator
   5: (SB, D, SBA), 6: (TN, D, TNA), 7: (SB, D, SBA), 8: (TN, D, TNA),
   9: (SB, D, SBA),                            # "[laughs] That's about right."
   10: (SB, D, SBA),                           # names Olga Sedova, no words of hers
   11: (OS, D, OSA), 12: (SB, D, SBA),
   13: (OS, D, OSA),                           # "the two draft treaties Moscow published" (act)
   14: (OS, D, OSA + "|deputy minister|Russian deputy minister"),
   15: (TN, D, TNA),                           # echo
   16: (OS, D, OSA),                           # "he likes that phrase"
   17: (TN, D, TNA + "|NATO"),                 # "And NATO said, what, essentially no?"
   18: (OS, D, OSA + "|NATO"), 19: (OS, D, OSA + "|NATO"), 20: (OS, D, OSA + "|NATO"),
   21: (OS, D, OSA + "|Secretary General|NATO Secretary General|NATO"),
   22: (TN, D, TNA),                           # interrupted: "the way Moscow has framed this -"
   23: (SB, D, SBA),                           # crosstalk completion
   24: (TN, D, TNA),
   25: (TN, D, TNA + "|Russia|Moscow"),        # Moscow's threat, quoted phrase
   26: (OS, D, OSA), 27: (OS, D, OSA), 28: (OS, D, OSA),
   # 29 [laughter]: narrator
   30: (SB, D, SBA),
   31: (OS, D, OSA),
   32: (OS, D, OSA + "|former colleague|former colleague of mine|A former colleague of mine"),
   33: (TN, D, TNA + "|" + TW),                # "he said almost the opposite"
   34: (TN, D, TNA + "|" + TW),
   35: (SB, D, SBA),
   # 36 [BREAK]: narrator
   37: (SB, D, SBA + "|Russia|Russian side|NATO"),
   38: (SB, D, SBA),
   39: (OS, D, OSA), 40: (OS, D, OSA), 41: (OS, D, OSA),
   42: (TN, D, TNA), 43: (SB, D, SBA),
   # 44 production credit in brackets: narrator
 }),
 "t05_berlin2025.txt": ("Katrin Vogt", {
   0: (None, N, JA + "|" + JAA),               # headline quoting his image
   1: (None, N, "Members of the Bundestag|Chancellor"),  # standfirst reporting the dispute
   # 2 byline, 3 translation line, 4 "Berlin.": narrator
   5: (None, N, JA + "|" + JAA),               # "he reaches for a drastic image": intro
   6: (JA, D, JAA), 7: (JA, D, JAA), 8: (JA, D, JAA),
   9: (JA, I, JAA + "|" + N),                  # "sits on ... and has been calling for ..."
   10: ("NATO", D, "Founding Act|Act|" + JA + "|" + JAA + "|" + N),  # the Act's words + Albrecht's view
   # 11 translator's note: narrator
   12: (None, N, "*"),                         # "His coalition partners see things very differently."
   13: (SA, D, SAA),
   14: (SA, D, SAA), 15: (SA, D, SAA),
   16: (SA, I, SAA),                           # "points to ...; nobody ..., she says, ..."
   # 17 narrator
   18: (MW, D, MWA), 19: (MW, D, MWA),
   20: (None, N, CH + "|" + CHA),              # "has so far avoided taking sides": intro
   21: (CH, D, CHA),
   # 22 narrator
   23: ("coalition circles", D, "*"),
   24: ("coalition circles", D, "*"),
   25: (LH, D, LHA),
   26: (LH, D, LHA),
   27: ("AfD", D, "Alternative for Germany"),
   28: (DK, D, DKA),
   29: ("Russia", D, REB), 30: ("Russia", D, REB),
   31: (CS, I, CSA + "|" + N),                 # "considers the debate largely symbolic"
   32: (CS, D, CSA), 33: (CS, D, CSA), 34: (CS, D, CSA),
   35: (CS, I, CSA),                           # "According to Sommer"
   36: (CS, I, CSA + "|" + N),                 # untagged continuation (doubtful)
   37: (None, N, "NATO|" + NDI + "|" + NDIA),  # unease at headquarters (feeling): intro
   38: (NDI, D, NDIA),                         # names "this newspaper" and "the Germans": no *
   39: (None, N, JA + "|" + JAA),              # "Jens Albrecht is unimpressed.": intro
   40: (JA, D, JAA),
   41: (JA, D, JAA + "|" + N),                 # split-off "he asks."
   42: (JA, D, JAA), 43: (JA, D, JAA),
 }),
 "t06_kyiv2025.txt": ("Iryna Shevchuk", {
   # 0 headline: narrator
   1: (None, N, "Ukrainian officials"),        # standfirst: fear (feeling)
   # 2 byline: narrator
   3: (OB, D, OBA),
   4: (None, N, "several allies|allies|reports"),  # "followed reports that several allies had proposed"
   5: (OB, D, OBA), 6: (OB, D, OBA), 7: (OB, D, OBA), 8: (OB, D, OBA),
   9: (OB, D, OBA),
   10: ("NATO official", D, "*|official|NATO"),
   11: ("NATO official", D, "official|NATO"),  # names Ukraine and Russia: no *
   12: (YM, D, YMA),
   13: (YM, D, YMA), 14: (YM, D, YMA),
   15: (YM, D, YMA),                           # "She also accused Kyiv of "...""
   16: (YM, D, YMA),                           # the Turkish agency's reporter is not accepted
   17: (YM, D, YMA),
   18: ("Russia", D, "Russian Defence Ministry|Defence Ministry"),
   # 19 "did not respond": narrator
   20: (None, N, "*"),                         # "Analysts in Kyiv were divided."
   21: (MH, I, MHA),
   22: (MH, D, MHA), 23: (MH, D, MHA),
   24: (None, N, "*"),                         # "Others were less charitable."
   25: (OL, D, OLA), 26: (OL, D, OLA),
   27: (OB, I, OBA),
   28: (OB, D, OBA), 29: (OB, D, OBA),
   30: (OB, D, OBA),                           # quotation left open at the end of the paragraph
   # 31 background: narrator
   32: ("NATO", D, "Allies|allies|" + N),
   # 33 credits: narrator
 }),
 "t07_explainer2025.txt": ("Daniel Frost", {
   # 0 headline, 1 standfirst, 2 byline, 3 date, 4 intro: narrator
   5: reader("Margaret", "Dundee"), 6: sig("Margaret", "Dundee"),
   # 7-8 answer, 9 "That distinction matters.": narrator
   10: (HP, D, HPA),
   11: reader("John", "Cardiff"), 12: sig("John", "Cardiff"),
   # 13 "Not quite.": narrator
   14: ("NATO", D, "Founding Act|Act"),         # "In the Act, NATO stated that "...""
   15: (FBD, I, "*|" + FBDA),                  # "according to a former British diplomat ..."
   16: (FBD, D, "*|" + FBDA),
   17: (FBD, D, FBDA),                         # names Moscow: no *
   18: (None, N, "*"),                         # "Russian officials have always read it differently."
   19: ("Russia", I, "Moscow"),
   20: reader("Peter", "Leeds"), 21: sig("Peter", "Leeds"),
   22: ("NATO", I, N),                         # "NATO's answer is that ..."
   23: (NOF, I, NOFA + "|Founding Act|Act|both sides|two sides"),  # the quoted words are the Act's
   24: (NOF, D, NOFA),                         # names Russia: no *
   25: (NOF, D, "*|" + NOFA),
   # 26 "did not respond": narrator
   27: (VG, D, VGA),
   28: reader("Ellen", "Norwich"), 29: sig("Ellen", "Norwich"),
   30: (None, N, "several eastern members|eastern members|Poland|Baltic states"),
   31: ("NATO", D, "allies|Allies|Founding Act|Act|two sides|" + N),
   32: (HP, I, HPA + "|" + N),                 # "Dr Park thinks ..."
   33: (HP, D, HPA), 34: (HP, D, HPA),
   35: reader("Sam", "Brighton"), 36: sig("Sam", "Brighton"),
   # 37 answer: narrator
   38: (None, N, FBD + "|" + FBDA),            # "was doubtful.": intro
   39: (FBD, D, FBDA),                         # names Russia and NATO: no *
   40: (FBD, D, "*|" + FBDA),
   41: ("senior Polish official", D, "Polish official|official"),  # names the Act and the alliance: no *
   # 42 contact line, 43 correction: narrator
 }),
 "t08_obituary2025.txt": ("Susan Long", {
   # 0 headline, 1 standfirst, 2 byline, 3-4 death notice: narrator
   5: ("Russia", I, RMD + "|" + N),
   # 6-7 narrator
   8: (RY, D, RYA), 9: (RY, D, RYA), 10: (RY, D, RYA),
   11: (RY, D, RYA),
   12: (None, N, AG + "|" + AGA),              # pride (feeling) + relative clause with his words
   # 13-15 career facts: narrator
   16: (None, N, "Colleagues|*"),              # "Colleagues there remember ..."
   17: (KR, D, KRA), 18: (KR, D, KRA),
   # 19 "was recalled": narrator
   20: (AG, D, AGA + "|" + KR + "|" + KRA),    # relayed via Richter
   # 21 narrator
   22: (SBE, D, SBEA), 23: (SBE, D, SBEA), 24: (SBE, D, SBEA),
   # 25 "But he was never an uncritical admirer ...": narrator, nothing accepted
   26: (AG, D, AGA),
   27: (AG, D, AGA), 28: (AG, D, AGA), 29: (AG, D, AGA),
   30: (AG, D, AGA),                           # "he told Ian Stone ..." (Stone not a speaker)
   # 31 memoir title: narrator
   32: (AG, D, AGA),                           # "In it he wrote that "...""
   # 33 "rarely spoke in public", 34 "declined to discuss": narrator
   35: (NG, I, NGA),
   36: (NG, D, NGA + "|" + AG + "|" + AGA),    # her father's saying
   37: (AG, D, AGA + "|" + RY + "|" + RYA),    # the email's words, reported by Young (doubtful)
   # 38 survived by: narrator
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
            print(f"{i:3d} {voice[:3]:3s} {(sp or '-')[:30]:30s} | {text[:100]}")
            rows.append({"doc": doc, "index": i, "text": text,
                         "speaker": sp, "voice": voice, "accept": acc})
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
        w.writeheader(); w.writerows(rows)
    print(len(rows), "rows")
