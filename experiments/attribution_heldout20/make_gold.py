"""Build gold.csv for the twentieth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and the later batches' recorded decisions, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or hearing
  turn (label, "Q."/"A.") is `direct`;
- in a transcript or hearing turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the reported person or
  body; nested quotations keep the outer speaker, the inner one accepted;
- speech acts of bodies give the body; acts without speech are the narrator;
  "the Kremlin said", "the Foreign Ministry said" give `Russia`, the ministry
  or Kremlin accepted; a country's ministry speaking gives the country;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the government or body accepted (a deputy minister's do not); a
  Secretary General's own remarks give him, with NATO accepted; when he
  reports what a body decided, the body is gold and he is accepted;
- beliefs, memories and feelings are the narrator; intro sentences without
  content and gestures are the narrator with the person accepted; a speech
  act with no content by a named person gives the person, narrator accepted;
- a factual sentence whose relative or appositive clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- a relayed quotation ("According to a Western diplomat ..., General X told
  the senators that ... "..."") gives the person whose words are quoted, the
  relaying source accepted (batch 7);
- headlines, standfirsts, bylines, datelines, credits, captions, "Related:"
  lines and procedural lines are the narrator; unnamed sources are written as
  they appear without the article, `*` accepted unless the sentence also names
  another person or body (then only variants of their own description);
- a document with no byline (transcript, hearing record) has no narrator; its
  header lines are the narrator; honorifics and ranks (Mr., Mrs., Dr., Sir,
  Dame, Captain, Col. Gen.) are not part of the canonical name; a middle
  initial is kept ("Ellen M. Long"), "Ellen Long" accepted (batch 8);
- when two people in a document share a surname, the bare surname is
  accepted for neither (batch 13).

New decisions in this batch:
- t01 (1997 broadsheet): the honorific decides between the two Sokolovs:
  "General Sokolov"/"the general" is Viktor Sokolov, "Mr. Sokolov" is the Duma
  deputy Andrei Sokolov; the senator's late husband Richard Long is never
  accepted, and because he is named, bare "Long" is not accepted for her; "the
  senator" is accepted for her (the only senator so called); the lead whose
  speaker is named only in the next sentence ("A senior Russian general told
  ...") gives him (batch 14's cable lead), his description accepted; "The
  warning, from X, came ..." is the narrator, him accepted; "left the ministry
  without speaking further" is the narrator (absence of speech);
- t02 (column): the author's speculation "He has used it, I suspect, more
  than once." is the narrator, the minister accepted; "Moscow, of course, has
  not made the argument any easier." introduces the ambassador (narrator,
  Russia and him accepted); "Russia's own foreign ministry said ... that the
  council was "a useful instrument," and Moscow has never walked out ..." is
  Russia (`direct`), the author's coordinate clause not changing that;
- t03 (TV transcript): an "(on camera)" cue that opens a paragraph without a
  label continues the last labelled speaker; "ANCHOR (Karen Lowe) (on
  camera):" gives her and later bare "ANCHOR:" too (batch 10); the guest
  "PETER YOUNG" and the correspondent "MARK YOUNG" are two speakers, neither
  accepted for the other; "SECRETARY GENERAL HENRIK AALTO (sound bite):"
  gives him, NATO accepted; the unnamed "MAN IN WARSAW" is "man in Warsaw",
  `*` accepted;
- t04 (think-tank paper): executive-summary bullets are the narrator like a
  key-findings box (batch 7), with the party whose speech a bullet reports
  accepted; a piece that the splitter leaves merged across a footnote marker
  ("... violated the treaty.¹ Moscow denied the charge ...") gives the first
  sentence's speaker (the United States: "withdrew ..., it cited ..."), the
  second sentence's speaker and the narrator accepted (batch 14's coordinate
  clauses); "Earlier work by the author found ... (Marsh 2017)" is the
  narrator (the cited author is the author herself); "Most allied officials
  we spoke to said" is a loose group ("allied officials we spoke to", `*`);
  the anonymous interviewee's sentence with an appositive "an offer
  Washington dismissed as "a staged show"" keeps the interviewee (`indirect`:
  the quoted words are not his), Washington accepted (doubtful);
- t05 (joint statement + reactions): the joint statement issued in the
  council's name ("Joint Statement of the NATO-Russia Council", "We, the Heads
  of State and Government of the member states of the NATO-Russia Council
  ...") gives "NATO-Russia Council" for every sentence (`direct`, quoted
  text), with NRC, Council, "NATO and Russia", the heads of state and
  government and the narrator accepted (batches 11 and 17); its title line and
  "Below is the full text ..." are the narrator with the council accepted; the
  reactions lead "Leaders left ... hailing a fresh start, but officials on both
  sides cautioned that ..." gives the "but"-clause group ("officials on both
  sides", `*` and narrator accepted; doubtful); the Secretary General's quoted
  "NATO and Russia have agreed to look at missile defence together" reports a
  decision of the two: "NATO and Russia" (`direct`), him, NATO, Russia and the
  council accepted (batch 10's "Allies have called ..."); "X, who has spent
  ... arguing that the council was frozen "...", was in a better mood." is an
  intro without content (narrator, X accepted), although its relative clause
  carries X's own earlier words (doubtful);
- t06 (UK public inquiry transcript): "Q." lines give the counsel named in the
  preceding "Questions by MR ROWE" line, "A." lines the witness named in the
  preceding "(sworn)"/"(affirmed)" line, also when the "A." answers a
  question from the Chair; "Q"/"A", "Counsel"/"Witness" and the honorific form
  ("Mr Rowe", "Captain Hale", "Mrs Warren") accepted; "THE CHAIR:" gives the
  person named "(Chair)" in the header, "Chair" accepted; the "(sworn)" line
  is the narrator with nothing accepted (batch 9's "Witness:" header line), the
  "Questions by" line the narrator with the counsel accepted (batch 9's
  "Examined by"); counsel reading out a letter or an embassy's statement keeps
  counsel, the author body accepted; the witness Karen Warren and her husband
  Neil Warren (not a speaker) share the surname: her reports of his words
  accept him, nothing else does;
- t07 (profile): "Tarasov told him early on that Moscow would sign nothing
  that gave NATO "...", Bell recalls." is a relayed quotation: Tarasov
  (`direct`), Bell accepted (doubtful); "By his own account, ..." is like
  "According to him" (Bell, `indirect`, narrator accepted); "according to his
  mother" gives Joan Bell (`direct`, "his mother" accepted); "These days Bell
  reads the news ... and, Joan says, "rather too much whisky."" gives Joan
  (`direct`, narrator accepted): a parenthetical that carries quoted words is
  the quoted person's, unlike batch 14's unquoted "he is careful to point out"
  (doubtful); the quote left unclosed at the end of its paragraph ("It bought
  us about two.) stays with Bell (batch 13/15); the two-paragraph quotation
  with the mark reopened stays with Bell; Martin Hale and the credited Sam Hale
  share a surname, so bare "Hale" is not accepted;
- t08 (news digest): each item's heading line is a headline (narrator; a
  heading that reports a blame accepts its party); "the defence ministry said"
  in the Romanian item gives Romania, the ministry accepted; the untagged
  background sentence after it ("It was the fourth such find since January.")
  is the narrator with Romania accepted (doubtful); "according to a spokesman,
  Major Erik Lund, who described ..." gives him, his headquarters and Norway
  accepted (batch 11's military spokesman).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
VS, VSA = "Viktor Sokolov", "General Sokolov"
EML, EMLA = "Ellen M. Long", "Ellen Long|Mrs. Long|Senator Long|senator"
MF, MFA = "Martin Fisher", "Dr. Fisher|Fisher"
AS, ASA = "Andrei Sokolov", "Mr. Sokolov"
YK, YKA = "Yuri Kalinin", "Kalinin|Russia|Foreign Ministry|spokesman|Foreign Ministry spokesman"
WD, WDA = "Western diplomat", "diplomat|Western diplomat who was briefed on the meeting"
# t02
JT, JTA = "Jaak Tamm", "Tamm|Estonia|defence minister|Estonia's defence minister|Estonian defence minister"
SNO, SNOA = "senior NATO official", "NATO official|official|senior NATO official I have known for years"
TK, TKA = "Thomas Kerr", "Kerr|Ambassador Kerr"
GA, GAA = "Gleb Arkhipov", "Arkhipov|Russia|ambassador|Russia's ambassador to NATO"
NK, NKA = "Nino Kapanadze", "Kapanadze"
TA, TAA = "Tom Ashby", "Ashby"
RMFA = "foreign ministry|Russia's foreign ministry|Russian foreign ministry|Russia's own foreign ministry"
# t03
KL, KLA = "Karen Lowe", "Anchor"
MY, MYA = "Mark Young", "correspondent|Brussels correspondent|reporter"
HA, HAA = "Henrik Aalto", "Aalto|NATO|Secretary General|NATO Secretary General"
TN, TNA = "Tomasz Nowicki", "Nowicki|Poland|Polish foreign minister|foreign minister"
MW = "man in Warsaw"
AM, AMA = "Alexei Morozov", "Morozov|Russia|Russian ambassador to NATO|ambassador"
PY, PYA = "Peter Young", "Sir Peter Young|Sir Peter"
# t04
OHQ, OHQA = "official at NATO headquarters", "official|NATO official|one official at NATO headquarters"
BDM, BDMA = "senior official in a Baltic defence ministry", "official|senior official|Baltic official"
FRD, FRDA = "former Russian diplomat", "diplomat|Russian diplomat|former Russian diplomat who took part in the INF verification regime in the 1990s"
WED, WEDA = "Western European diplomat", "diplomat|European diplomat|One Western European diplomat"
AOW, AOWA = "allied officials we spoke to", "*|Most allied officials we spoke to|allied officials|officials"
# t05
NRC = "NATO-Russia Council"
NRCA = ("NRC|Council|NATO and Russia|Heads of State and Government|"
        "Heads of State and Government of the member states of the NATO-Russia Council|" + N)
JV, JVA = "Pieter Verhoef", "Verhoef|NATO|Secretary General|NATO Secretary General"
AK, AKA = "Alexander Kuzmin", "Kuzmin|President Kuzmin|Russia|President|Russian president"
OB, OBA = "Oleg Brovkin", "Brovkin|Russia|envoy|Russia's envoy to NATO"
AML, AMLA = "Andrzej Malinowski", "Malinowski|Poland|foreign minister|Poland's foreign minister"
SBD, SBDA = "senior Baltic diplomat", "Baltic diplomat|diplomat|senior Baltic diplomat, who asked not to be named"
GMFA = "Georgia's foreign ministry|foreign ministry|Georgian foreign ministry|ministry"
SAO, SAOA = "senior administration official", "administration official|official|senior administration official briefing reporters on condition of anonymity"
KZ, KZA = "Konstantin Zhukov", "Zhukov"
# t06
MH, MHA = "Margaret Harwood", "Chair|Dame Margaret Harwood|Dame Margaret"
AR, ARA = "Anthony Rowe", "Q|Counsel|Counsel to the Inquiry|Mr Rowe"
RH, RHA = "Robert Hale", "A|Witness|Captain Hale"
KW, KWA = "Karen Warren", "A|Witness|Mrs Warren"
GO, GOA = "Grace Okafor", "Ms Okafor"
NW = "Neil Warren|Neil"
NOS = "NATO Office of Security|Office of Security"
# t07
RB = "Richard Bell"
JB, JBA = "Joan Bell", "Joan|his wife|wife"
YT, YTA = "Yevgeny Tarasov", "Tarasov|Yevgeny"
MHL = "Martin Hale"
# t08
NJH, NJHA = "Norwegian Joint Headquarters", "Joint Headquarters|Norway"
EL, ELA = "Erik Lund", "Lund|Major Lund|spokesman|Norwegian Joint Headquarters|Joint Headquarters|Norway"
EMFA = "Estonia's foreign ministry|foreign ministry|Estonian foreign ministry|ministry"
ROM = "defence ministry|Romanian defence ministry|ministry"
RDM = "Defence Ministry|Russia's Defence Ministry|Russian Defence Ministry|ministry"
NO_, NOA = "NATO official", "official|NATO"
SK, SKA = "Sanna Lehtonen", "Lehtonen|Finland|Interior Minister|interior minister"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_enlargement1997.txt": ("Steven Lane", {
   # 0 headline, 1 byline, 2 "Special to": narrator
   3: (VS, D, VSA + "|senior Russian general|Russian general"),  # lead, named in the next sentence
   4: (None, N, VS + "|" + VSA),               # "The warning, from X, came ...": fact
   5: (None, N, VS + "|" + VSA),               # received ..., repeated ... (no content): intro
   6: (VS, D, VSA), 7: (VS, D, VSA),
   8: (VS, D, VSA),                            # "He said ... "options" ..., and he declined to rule out"
   9: (None, N, EML + "|" + EMLA),             # "The delegation was led by ...": intro
   10: (EML, I, EMLA),
   11: (EML, D, EMLA), 12: (EML, D, EMLA), 13: (EML, D, EMLA),
   14: (EML, D, EMLA),                         # "The senator, ... her husband, Richard Long, ..."
   15: (EML, D, EMLA),                         # "The general, she said, was "...""
   16: (None, N, MF + "|" + MFA),              # "Not everyone ... was as sanguine.": intro
   17: (MF, D, MFA), 18: (MF, D, MFA), 19: (MF, D, MFA),
   20: (None, N, "American officials|Some American officials"),  # belief
   21: ("Russia", I, "Kremlin"),
   22: (None, N, AS + "|" + ASA),              # "the reaction was harsher.": intro
   23: (AS, D, ASA),                           # "no relation of the general"
   24: (AS, D, ASA),                           # "Mr. Sokolov told ..."
   25: (None, N, YK + "|" + YKA),              # "was more measured.": intro
   26: (YK, D, YKA),
   27: (VS, D, VSA + "|" + WD + "|" + WDA),    # relayed quotation via the diplomat
   28: (WD, I, WDA + "|" + VS + "|" + VSA),    # relays the general; names him: no *
   29: (EML, I, EMLA),
   30: (EML, D, EMLA),
   # 31 "left ... without speaking further": narrator, nothing accepted; 32 travel: narrator
   33: (MF, I, MFA),
   34: (MF, D, MFA), 35: (MF, D, MFA), 36: (MF, D, MFA),
 }),
 "t02_column2008.txt": ("Nora Bell", {
   # 0 rubric, 1 headline, 2 byline, 3 date, 4 outlet, 5-8 the author's own argument: narrator
   9: (JT, D, JTA),
   # 10 "It is a good line.": narrator
   11: (None, N, JT + "|" + JTA),              # "He has used it, I suspect, ...": the author's speculation
   12: (None, N, SNO + "|" + SNOA),            # "put it more soberly.": intro without content
   13: (SNO, D, "*|" + SNOA),                  # names nobody else
   14: (SNO, D, SNOA),                         # names the council and Moscow: no *
   15: ("NATO", I, "NATO foreign ministers|foreign ministers|ministers|" + N),  # ministers agreed that ...
   16: (None, N, "NATO|NATO foreign ministers"),  # "They are right about that.": author's verdict
   # 17-19 narrator
   20: (TK, D, TKA),
   21: (TK, I, TKA),                           # "You do not, he said, ..."
   22: (None, N, TK + "|" + TKA),              # "I rang Kerr again": intro
   # 23 description: narrator
   24: (TK, D, TKA), 25: (TK, D, TKA), 26: (TK, D, TKA), 27: (TK, D, TKA),
   28: (None, N, "Russia|" + GA),              # intro to the ambassador
   29: (GA, D, GAA), 30: (GA, D, GAA),
   # 31-32 the author's judgement: narrator
   33: ("Russia", D, RMFA),                    # the ministry said ... "a useful instrument"
   34: (None, N, NK + "|" + NKA),              # "sees it differently.": intro
   35: (NK, D, NKA),                           # deputy minister: no government
   # 36-39 the author's answer and proposals: narrator
   40: (TA, D, TAA),
   # 41 relationship, 42 the author's question, 43-44 bio: narrator, nothing accepted
 }),
 "t03_tvnews2014.txt": ("", {
   # 0 programme, 1 transcript line, 2 disclaimer: narrator
   3: (KL, D, KLA), 4: (KL, D, KLA), 5: (KL, D, KLA),
   6: (KL, D, KLA + "|" + MY),                 # introduces the correspondent
   7: (MY, D, MYA), 8: (MY, D, MYA),
   9: (MY, D, MYA),                            # "(on camera)" cue, no label: still his turn
   10: (MY, D, MYA + "|NATO|ministers|Ministers"),  # "Ministers say they will review ..."
   11: (MY, D, MYA + "|officials|officials here"),
   12: (HA, D, HAA), 13: (HA, D, HAA),
   14: (MY, D, MYA + "|NATO|ministers"),       # ministers asked commanders to ...
   15: (MY, D, MYA + "|Poland"),
   16: (MY, D, MYA + "|" + TN + "|" + TNA),    # introduces the clip
   17: (TN, D, TNA), 18: (TN, D, TNA), 19: (TN, D, TNA),
   20: (MY, D, MYA),
   21: (MW, D, "*|man"), 22: (MW, D, "*|man"),
   23: (MY, D, MYA),
   24: (MY, D, MYA + "|Russian Foreign Ministry|Foreign Ministry|" + AM + "|" + AMA),  # AMA includes Russia
   25: (AM, D, AMA), 26: (AM, D, AMA), 27: (AM, D, AMA),
   28: (MY, D, MYA + "|diplomat|one diplomat"),
   29: (MY, D, MYA + "|" + N),                 # sign-off
   30: (KL, D, KLA), 31: (KL, D, KLA),
   32: (KL, D, KLA + "|" + PY + "|" + PYA),    # introduces the guest, "no relation of Mark's"
   33: (KL, D, KLA),
   34: (PY, D, PYA), 35: (PY, D, PYA),
   36: (PY, D, PYA + "|Russians|Russia"),      # "The Russians told us then ..."
   37: (PY, D, PYA + "|Both sides|sides"),
   38: (PY, D, PYA),
   39: (KL, D, KLA + "|" + AM + "|" + AMA),    # "The Russian ambassador says ..."
   40: (KL, D, KLA),
   41: (PY, D, PYA), 42: (PY, D, PYA),
   43: (KL, D, KLA), 44: (KL, D, KLA),
 }),
 "t04_thinktank2019.txt": ("Elizabeth Marsh", {
   # 0 title, 1 series line, 2 author line, 3 heading, 4 summary bullet: narrator
   5: (None, N, "NATO"),                       # summary bullet reporting NATO's statement
   6: (None, N, "Russia|NATO|allies"),         # summary bullet: proposal and rejection
   # 7 "This paper argues": narrator; 8-9 heading pieces
   10: ("United States", I, N + "|Russia|Rybakova"),  # merged across the footnote marker
   # 11 narrator
   12: ("Harper", D, ""),
   13: ("Sokol", I, ""),
   14: (None, N, "Harper|Sokol"),              # "Both are partly right."
   # 15 the author's own earlier finding: narrator
   16: (None, N, "Lindgren"),                  # author's claim backed by a citation
   # 17-18 heading pieces, 19-20 method: narrator
   21: (AOW, I, AOWA),
   22: (OHQ, D, "*|" + OHQA), 23: (OHQ, D, "*|" + OHQA),
   24: (BDM, D, BDMA),                         # names Russia: no *
   25: (None, N, "Russian interviewees"),      # intro
   26: (FRD, D, "*|" + FRDA),
   27: (FRD, I, FRDA + "|Russia|Russian side|United States|Washington"),  # appositive with Washington's words
   28: (None, N, WED + "|" + WEDA),            # intro
   29: (WED, I, "*|" + WEDA),                  # "argued that ... :" intro with content
   30: (WED, D, WEDA),                         # names "the Russians": no *
   31: (WED, D, "*|" + WEDA), 32: (WED, D, "*|" + WEDA),
   # 33-36 headings and the author's options: narrator
   37: (None, N, "Young and Park|Young"),      # builds on the proposals of Young and Park (2018)
   38: ("Stone", I, ""),
   39: ("Stone", D, ""),
   # 40 author, 41 "Notes", 42-44 notes: narrator
 }),
 "t05_lisbon2010.txt": ("Ingrid Holm", {
   0: (None, N, NRC + "|NATO and Russia"),     # headline quoting the statement
   # 1 byline, 2 outlet, 3 timestamps, 4 meeting (event): narrator
   5: (None, N, NRC),                          # "Below is the full text of the joint statement ..."
   6: (None, N, NRC + "|NRC"),                 # statement title line
   # 7 place/date line: narrator
   8: (NRC, D, NRCA), 9: (NRC, D, NRCA), 10: (NRC, D, NRCA), 11: (NRC, D, NRCA),
   12: (NRC, D, NRCA), 13: (NRC, D, NRCA), 14: (NRC, D, NRCA), 15: (NRC, D, NRCA),
   16: (NRC, D, NRCA), 17: (NRC, D, NRCA),
   # 18 section heading: narrator
   19: ("officials on both sides", I, "*|" + N),  # "Leaders ... hailing ..., but officials ... cautioned"
   20: (JV, D, JVA),
   21: ("NATO and Russia", D, JV + "|" + JVA + "|Russia|" + NRC),  # SG reports what the two agreed
   22: (JV, D, JVA),
   23: (None, N, AK + "|" + AKA),              # "was more cautious.": intro
   24: (AK, D, AKA), 25: (AK, D, AKA),
   26: (None, N, OB + "|" + OBA),              # intro; relative clause carries his earlier words
   27: (OB, D, OBA), 28: (OB, D, OBA), 29: (OB, D, OBA),
   30: (None, N, AML + "|" + SBD),             # "the welcome was cooler.": intro
   31: (AML, D, AMLA),
   32: (SBD, D, SBDA),                         # names Moscow: no *
   33: ("Georgia", I, GMFA),
   34: (SAO, D, SAOA),                         # names the United States and Russia: no *
   35: (SAO, D, "*|" + SAOA), 36: (SAO, D, "*|" + SAOA),
   37: (KZ, I, KZA),
   38: (KZ, D, KZA), 39: (KZ, D, KZA),
   # 40 Related: narrator
 }),
 "t06_inquiry2014.txt": ("", {
   # 0-2 title lines, 3 "Before: ... (Chair)", 4 counsel line, 5 representation line,
   # 6 time, 7 "CAPTAIN ROBERT HALE (sworn)": narrator, nothing accepted
   8: (None, N, AR + "|" + ARA),               # "Questions by MR ROWE"
   9: (AR, D, ARA),
   10: (RH, D, RHA),
   11: (AR, D, ARA),
   12: (RH, D, RHA),                           # "A. Not before, no. Afterwards, ...": one piece
   13: (RH, D, RHA + "|line manager|His line manager"),
   14: (RH, D, RHA),
   15: (AR, D, ARA + "|" + NOS),               # describes the letter
   16: (AR, D, ARA + "|" + NOS + "|NATO|letter|Office"),  # reads out the letter
   17: (AR, D, ARA),
   18: (RH, D, RHA),
   19: (AR, D, ARA + "|Russia|Russian Embassy|Russian Embassy in London|embassy"),
   20: (AR, D, ARA),
   21: (RH, D, RHA), 22: (RH, D, RHA),
   23: (MH, D, MHA),
   24: (RH, D, RHA + "|NATO|Headquarters"),    # answers the Chair; "Headquarters asked for ..."
   25: (RH, D, RHA + "|Deputy Commander"),
   26: (AR, D, "Mr Rowe|Counsel|Counsel to the Inquiry"),
   # 27 "(A short break)", 28 "MRS KAREN WARREN (affirmed)": narrator, nothing accepted
   29: (None, N, AR + "|" + ARA),
   30: (AR, D, ARA),
   31: (KW, D, KWA),
   32: (KW, D, KWA + "|" + NW),                # reports her husband's words
   33: (KW, D, KWA + "|" + NW),                # "Neil said, "...""
   34: (KW, D, KWA),
   35: (GO, D, GOA),
   36: (GO, D, GOA + "|" + KW + "|Mrs Warren"),  # reports her client's request
   37: (MH, D, MHA),
   38: (AR, D, ARA),
   39: (KW, D, KWA),
   40: (KW, D, KWA + "|officers|One of them|officer"),
   41: (KW, D, KWA),
   42: (MH, D, MHA),
   # 43 adjournment line: narrator
 }),
 "t07_profile2025.txt": ("Claire Whitlock", {
   # 0 headline, 1 standfirst (no speech), 2 byline, 3 scene: narrator
   4: (RB, D, ""),
   5: (RB, D, "NATO and Russia"),              # reads out the Act's sentence (nested)
   6: (RB, D, ""),
   # 7 career, 8 Tarasov's career: narrator
   9: (YT, D, YTA + "|" + RB),                 # relayed quotation: "..., Bell recalls."
   10: (RB, D, ""),
   11: (RB, D, YT + "|" + YTA),                # nested quote of Tarasov
   12: (RB, D, ""),
   13: (None, N, "NATO|allies|Founding Act"),  # appositive carries the pledge's words; "strikes him": feeling
   14: (None, N, JB + "|" + JBA),              # "remembers ... differently.": intro
   15: (JB, D, JBA + "|" + RB),                # she quotes him ('We have it')
   16: (JB, D, JBA),
   17: (JB, D, JBA + "|" + RB),                # "He said, 'Peace in Europe.'"
   # 18 "She laughs; Bell does not.": narrator, nothing accepted
   19: (RB, I, N),                             # "By his own account, ..."
   20: (RB, D, ""),
   21: (RB, D, ""),                            # quote left unclosed
   # 22 events of 1999: narrator
   23: (None, N, RB),                          # "He remembers a telephone call": memory, introduces the quote
   24: (RB, D, YT + "|" + YTA), 25: (RB, D, YT + "|" + YTA),
   26: (RB, D, ""),                            # "And he put the phone down." inside his open quote
   27: (RB, D, ""),                            # reopened quote paragraph
   28: (RB, D, ""),                            # oral-history interview with Ruth Kaplan (not a speaker)
   29: ("United States", D, "State Department"),
   30: (None, N, MHL),                         # "Not all ... share his nostalgia.": intro
   31: (MHL, D, ""),
   32: (MHL, I, ""),
   33: (MHL, D, ""),
   34: (None, N, RB),                          # gesture introducing the quote
   35: (RB, D, ""), 36: (RB, D, ""),
   37: (JB, D, JBA + "|his mother"),           # "according to his mother"
   38: (JB, D, JBA + "|" + N),                 # parenthetical "Joan says, "...""
   39: (None, N, RB),                          # gesture introducing the quote
   40: (RB, D, ""), 41: (RB, D, ""),
   # 42 caption, 43-44 bio and credit: narrator, nothing accepted
 }),
 "t08_digest2025.txt": ("Laura Kemp", {
   # 0 title, 1 compiled-by line, 2 heading: narrator
   3: (NJH, I, NJHA),
   4: (EL, D, ELA),
   5: (None, N, "Estonia"),                    # heading reporting a blame
   6: ("Estonia", I, EMFA),
   7: ("Estonia", I, EMFA),                    # "The ministry said it had summoned ..."
   8: ("Russia", D, "Russian embassy|Russian embassy in Tallinn|embassy"),
   # 9 heading: narrator
   10: ("Romania", I, ROM),                    # "..., the defence ministry said."
   11: (None, N, "Romania|" + ROM),            # untagged background sentence
   12: ("Romania", I, ROM),                    # "According to the ministry, ..."
   # 13 heading: narrator
   14: ("Russia", I, RDM),
   15: ("Russia", D, RDM),
   # 16 heading: narrator
   17: (NO_, I, NOA),                          # names NATO and Russia: no *
   18: (NO_, D, "*|" + NOA), 19: (NO_, D, "*|" + NOA), 20: (NO_, D, "*|" + NOA),
   # 21 heading: narrator
   22: (SK, I, SKA),
   23: (SK, D, SKA),
   # 24 corrections line: narrator
 }),
}

for doc in G:
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    print("=====", doc, len(sents))
    narr, ann = G[doc]
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        print(f"{i:3d} {voice[:3]:3s} {(sp or narr or '-')[:28]:28s} | {normalize_space(s.text)[:90]}")

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
