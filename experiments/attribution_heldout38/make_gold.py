"""Build gold.csv for the thirty-eighth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-36
(experiments/attribution_heldout4/ ... attribution_heldout36/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`;
- in a transcript or hearing turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the reported person or
  body; a decision of a body reported in a turn ("The Allies have agreed
  that ...") gives the body, the turn speaker accepted (batch 12's t02);
- speech acts of bodies give the body; acts without speech are the narrator;
  a ministry speaking for the government gives the country, the ministry
  accepted; a spokesperson's or minister's own remarks give the person, with
  the government or body accepted (a deputy minister's, a junior minister's
  and a department official's: own forms only); a Secretary General's own
  remarks give him, NATO accepted;
- beliefs, memories and feelings are the narrator; intro sentences without
  content are the narrator with the person introduced accepted; an intro
  with a speech verb and a colon gives the person (`indirect`);
- a factual sentence whose subordinate or relative clause carries another
  party's speech is the narrator, with that party accepted (batches 9, 36);
- headlines, bylines, datelines, credits, key-event bullets and
  "(Laughter)"-style lines are the narrator; unnamed sources are written as
  they appear without the article, `*` accepted unless the sentence also
  names another person or body (then only variants of their own
  description); a description that itself names the alliance ("NATO
  official") never gets `*` (batch 24);
- a document with no byline (transcript, hearing record, agency dispatch,
  open letter) has no narrator; honorifics and ranks are not part of the
  canonical name; two people who share a surname make the bare surname
  acceptable for neither, unless it is one person's own canonical form
  (batch 26).

New decisions in this batch:
- t01 (wire, 2021): the lead "..., the alliance said, while Moscow said ..."
  gives NATO (`indirect`), the while-clause's Russia accepted (batch 13); the
  unnamed "spokesman for the Russian Defence Ministry" gives the body
  (`Russia`, batches 30, 33, 35), with the as-written description accepted
  (batches 26, 32 wrote it as it appears); bare "spokesman" fits him and the
  Kremlin spokesman Dmitry Lukin and is accepted for neither (batch 23);
  "The incident came a day after Russia said ..., an account that London
  rejected." is the narrator with Russia and the United Kingdom accepted
  (batch 36's "after the government in Helsinki said"); "Romania's Defence
  Ministry said" gives Romania; the presenter named in "in an interview with
  the presenter X" is not a speaker; the "(Reporting by ...; Editing by ...)"
  line leaves the byline author as narrator (batch 33).
- t02 (NRC joint press conference, 2002, no byline): "SECRETARY GENERAL:"
  gives the Secretary General named in the title line (batch 6), NATO and
  his titles accepted; "MINISTER VETROV (through interpreter):" gives the
  minister, Russia accepted; "MODERATOR (Name, NATO Spokesman):" and the
  later bare "MODERATOR:" give the spokesman, his own forms and "Moderator"
  accepted, not NATO (batch 21's moderating spokesperson); "Ministers agreed
  today on a work programme ..." and "They also approved ..." in the
  Secretary General's turn report decisions of the council's ministers of
  both sides: "NATO-Russia Council" (batch 34), him, NATO and "Ministers"
  accepted; "The Allies have agreed that ..." gives NATO (batch 12); "The
  Russian side has proposed that ..." in the minister's turn is his
  government's proposal: Russia, him accepted (as batch 10's government
  decision; new for a proposal); the journalist Tom Bos shares the Secretary
  General's surname ("no relation"): bare "Bos" accepted for neither, and the
  Secretary General's joke about "the family question" accepts nobody;
  "QUESTION (Severny Kurier):" gives the outlet (batch 6); the bare
  "QUESTION:" follow-up gives "Question", never a previous journalist;
  the moderator's "The Secretary General and Minister Vetrov will each make
  a short statement" announces the next speakers and accepts them (batch
  33), while bare call-ons ("Tom.", "We will start with the lady in the
  second row.") accept nobody (batches 21, 25);
  "I agree with my colleague that ..." accepts the colleague (batch 15);
  "the minister has promised me that ..." accepts the minister (a relayed
  promise); "he supports the document" about the President accepts him.
- t03 (op-ed, 2008, author note at the end in asterisks): the author named in
  the note is the narrator (batch 10/24); the note's closing asterisk, split
  off as its own piece, is the narrator; "I sat ... while a Russian deputy
  minister explained to me ... why ..." is the narrator's own act with a
  subordinate clause carrying speech: narrator, the deputy minister accepted
  (doubtful); the unnamed deputy minister is "Russian deputy minister", his
  final prediction quoted after "ended our conversation with a prediction:"
  his (`direct`, `*` accepted since it names nobody else); the late husband
  given only by first name keeps it ("Peter"), "husband", "my late husband"
  and "Peter Day" accepted (batch 28's "Anne"); "He was talking about
  telephones, but he would have said the same about the council." glosses
  his saying and guesses at more: narrator, him accepted (batch 21's gloss);
  "Some in the alliance argue ..." is a loose group (`*`); "Others will say
  ..." is the author's prediction (narrator, "Others" accepted, batch 24);
  "the alliance's foreign ministers ... announced that there could be no
  "business as usual"" gives NATO (batch 12).
- t04 (state news agency, 2019, no byline): the director of a Foreign
  Ministry department (not a member of the government) accepts only his own
  name forms and titles, like a deputy minister (new); "the diplomat", "the
  head of the department", "According to him", "In his opinion" are the
  director (batch 7's register); the headline "... - Russian Foreign
  Ministry" credits the ministry with his words: narrator, with Russia, the
  ministry and the director accepted (new, as batch 21's "..., Russian
  diplomat warns"); "The diplomat recalled that Moscow had proposed ..."
  keeps him, Russia accepted (a relayed proposal, batch 12); the director
  Vladimir Ryzhov and the senator Vladimir Kosov share a first name; "The
  senator", "the parliamentarian" are Kosov; "Russian experts also believe"
  is a belief (narrator, experts and `*` accepted, batch 18/24); "Western
  media, citing sources in NATO, reported" is batch 21's loose group; the
  background "the United States announced that it was suspending ..., and
  Russia responded in kind" gives the United States (`indirect`), the
  narrator and Russia accepted (batch 14's coordinate clauses).
- t05 (live blog, 2023): the "Live coverage by" author Sarah Long and
  Canada's prime minister Robert Long share the surname, which the blog never
  comments on: bare "Long" accepted for neither; the entry signed "— Tom
  Fisher in Vilnius" is narrated by the blog, its "I have just spoken to a
  Lithuanian pensioner, Aldona, ..." the narrator with Fisher and Aldona
  accepted (batch 11), the signature the narrator with Fisher accepted
  (batch 9); "Another woman next to her" gives "woman" (as batch 14's
  "participant" for "Another participant"), no `*` (she names Moscow); "The
  Kremlin has responded." is a body's speech act without content (Russia,
  narrator accepted, batch 31); "was asked by reporters whether ..." is an
  intro (narrator, him accepted, batch 36); "wrote on social media on his way
  to Vilnius:" closing its paragraph is an intro with a colon (`indirect`,
  narrator accepted, batch 19/26) and the post below it his (`direct`);
  "Allies have agreed to remove ..." inside the Secretary General's quote
  gives NATO (batch 23); "Diplomats here say ... after objections from the
  United States and Germany" names other bodies: no `*`; the Lithuanian
  president's "thanked allies for "..."" gives him (`direct`, narrator
  accepted, batch 25's "thanked").
- t06 (open letter, 2015, no byline; new genre): the letter is the
  signatories' statement: "scholars of Russia and European security" (the
  group as it describes itself, batch 17's "Foreign Ministers of ...") for
  every sentence from the salutation (batch 22) to "Yours sincerely,"
  (`direct`), with "undersigned scholars of Russia and European security",
  "scholars", "signatories", "undersigned", each signatory and the narrator
  accepted; its sentences that report other parties give them, the group
  accepted (batch 17): "NATO and Russia declared in the Founding Act that
  they "..."" gives "NATO and Russia" (batch 12), "Russia's foreign minister
  said ... "..."" the unnamed minister as written (batch 31), the late
  colleague's warning the colleague, "Some of our colleagues argue ..." that
  loose group (no `*`: it names Moscow); "Last April, ministers suspended
  ..." (an act reported in the letter) keeps the group, NATO and ministers
  accepted (batch 32's member reporting a body's act); the title line and
  the "Signatories (in alphabetical order):" heading are the narrator with
  the group accepted (batch 17's title line); each signatory line is a
  split-off tag: the signatory (`direct`), narrator and the group accepted
  (batch 17); Helen and Thomas Marsh share a surname: bare "Marsh" accepted
  for neither; the affiliation note and the "remains open" line are the
  narrator, nothing accepted.
- t07 (Senate hearing transcript, 2011, no byline): colon labels: "THE
  CHAIRMAN:" gives the chairman named in the presiding line ("Howard L.
  Pike", "Howard Pike", "Pike", "Senator Pike" and "Chairman" accepted, batch
  8); "SENATOR MARSH:", "SENATOR LOWELL:", "SENATOR DUARTE:" give the
  senators by the surname the record gives (batch 8), "Senator X" accepted;
  the witness Dr. Laura Marsh shares the senator's surname: bare "Marsh" is
  the senator's own canonical form, accepted for him only (batch 26's
  Kozlov), "Dr. Marsh" for her; the chairman's "Our witnesses are ..."
  introduces the witnesses and accepts them (batch 33), his call-ons
  ("Secretary Fisher, please proceed.", "Dr. Marsh.", "Senator Duarte.")
  accept nobody (batch 8); the Assistant Secretary of State accepts only
  her own name forms and titles (batch 23's Under Secretary); the chairman
  reading the Lithuanian ambassador's statement into the record keeps the
  chairman, the ambassador and Lithuania accepted (batch 20's counsel
  reading a letter); "the allies and Russia agreed to explore cooperation
  ..." in the chairman's turn gives "allies and Russia" (batch 11), the
  chairman, NATO, Russia and "NATO and Russia" accepted; "allied leaders
  agreed ... and they invited Russia ..." in the witness's turn gives NATO,
  her and the leaders accepted (batch 12); "We have offered two joint
  centers" keeps her, the United States accepted (her government's offer;
  doubtful); "[The letter referred to follows:]" is the narrator with the
  ministry accepted (batch 8); the letter in the first person plural gives
  Poland (`direct`, ministry and letter accepted, batch 8's ministry
  statement), its salutation included; its signature line naming the
  ministry is a split-off tag (Poland, narrator and ministry accepted, batch
  33); "(Laughter.)" and "[Whereupon ...]" are the narrator.
- t08 (news analysis, 2026): "according to more than a dozen officials and
  diplomats interviewed for this article" gives "officials and diplomats
  interviewed for this article" (as batch 20's "allied officials we spoke
  to"), its variants accepted, no `*` (names NATO headquarters); "One of them
  described ..." after "Two officials familiar with the talks said" gives
  the singular "official familiar with the talks" (batches 31-33), with the
  group forms, "One of them" and `*` accepted; the quotation whose closing
  mark is missing before "a Lithuanian official said." stays with the tag's
  speaker, and so does its untagged second sentence (batch 19); "Another
  diplomat, from a southern member state" gives "diplomat from a southern
  member state", "Another diplomat" accepted; bare "diplomat" fits him and
  the senior European diplomat and is accepted for neither (batch 23's
  shared "spokesman"); the minister Annette Keller and the analyst Nadia
  Keller ("not related to the minister") share the surname: bare "Keller"
  accepted for neither, "minister" for Annette only; "diplomats are asking a
  different question: ..." is the author's framing (narrator, diplomats
  accepted; doubtful); "Officials in Warsaw and the Baltic capitals fear"
  and "Many of them believe" are feelings and beliefs (narrator, the group
  accepted; no `*`, the second names the Kremlin); "the secretary general's
  office has kept its distance from the sanctions debate, which officials
  there regard as ..." is the narrator (a belief in a relative clause), NATO
  and the officials accepted; "as the senior European diplomat put it,
  "..."" is a parenthetical with his quoted words: the diplomat (`direct`),
  narrator accepted (batch 20); "declined to comment on "internal
  documents."" is the narrator, the spokesperson and the EEAS accepted
  (batch 10); the deputy minister accepts neither Russia nor the agency he
  spoke to (batch 26).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RDM = "Russian Defence Ministry|Defence Ministry|ministry|statement"
CL, CLA = "Claire Lamb", "Lamb|spokeswoman|NATO spokeswoman|NATO"
DO, DOA = "Dmitry Lukin", "Lukin|Kremlin spokesman|Kremlin|Russia"
MDS = "spokesman for the Russian Defence Ministry|Russian Defence Ministry spokesman|Defence Ministry spokesman|Russian Defence Ministry|Defence Ministry|ministry"
WDM, WDMA = "Western diplomat in Moscow", "Western diplomat"
DS, DSA = "Dmitry Sokol", "Sokol|military analyst|analyst"
# t02
WB, WBA = "Willem Bos", "Secretary General|NATO Secretary General|NATO"
NK, NKA = "Nikolai Vetrov", "Vetrov|Minister Vetrov|Russia"
JA, JAA = "James Appleton", "Moderator|Appleton|NATO Spokesman|Spokesman|spokesman"
QJ = "Q|Question|journalist"
AY, AYA = "Anne Young", QJ + "|Young"
TBO, TBOA = "Tom Bos", QJ
SKU, SKUA = "Severny Kurier", QJ + "|Question (Severny Kurier)|QUESTION (Severny Kurier)"
NRC = "NATO-Russia Council"
# t03
RDMIN, RDMINA = "Russian deputy minister", "deputy minister"
PD, PDA = "Peter", "Peter Day|husband|My late husband|late husband"
DR, DRA = "Dmitri Rogov", "Rogov|ambassador|Russia's ambassador to NATO|Russia"
YRD, YRDA = "younger Russian diplomat", "Russian diplomat|diplomat|*"
# t04
VR = "Vladimir Ryzhov"
VRA = ("Ryzhov|diplomat|director|head of the department|director of the Russian Foreign "
       "Ministry's Department for Non-Proliferation and Arms Control")
YM, YMA = "Yuri Malinin", "Malinin|Kremlin Spokesman|Kremlin spokesman|spokesman|Kremlin|Russia"
ES, ESA = "Erik Sund", "Sund|NATO Secretary General|Secretary General|NATO"
VK, VKA = "Vladimir Kosov", ("Kosov|senator|parliamentarian|first deputy chairman of the "
                             "Federation Council Committee on Defence and Security")
# t05
RL, RLA = "Robert Long", "Canada's prime minister|prime minister|Canada"
OM, OMA = "Oleksandr Bilyk", "Bilyk|President Bilyk|Ukraine's president|Ukraine"
PS, PSA = "Pavel Lebedev", "Lebedev|spokesman|Kremlin spokesman|Kremlin|Russia"
LH, LHA = "Lars Holt", "Holt|Secretary General|NATO Secretary General|NATO"
VKS, VKSA = "Vytautas Kairys", "Kairys|President Kairys|Lithuania's president|Lithuania"
TF = "Tom Fisher|Fisher"
# t06
GRP = "scholars of Russia and European security"
SIG = "Ingrid Aaland|Pavel Kostin|Helen Marsh|Thomas Marsh|Anna Nowicka|Jonathan Reeve"
GRPA = ("undersigned scholars of Russia and European security|scholars|signatories|undersigned|"
        + N + "|" + SIG)
GRPALL = GRP + "|" + GRPA                      # the group as relaying source
SIGT = N + "|" + GRP                          # signature lines
# t07
HP, HPA = "Howard L. Pike", "Chairman|Howard Pike|Pike|Senator Pike"
KF, KFA = "Karen Fisher", ("Fisher|Ms. Fisher|Secretary Fisher|Secretary|Madam Secretary|"
                           "Assistant Secretary|Assistant Secretary of State")
LM, LMA = "Laura Marsh", "Dr. Marsh|Dr Marsh"
SM, SMA = "Marsh", "Senator Marsh"
SL, SLA = "Lowell", "Senator Lowell"
SD, SDA = "Duarte", "Senator Duarte"
RK = "Rasa Kairiene|Kairiene|Ambassador of Lithuania|ambassador|Lithuania"
PL = ("Ministry of National Defence of the Republic of Poland|Polish Ministry of National "
      "Defence|Ministry of National Defence|ministry")
# t08
ODI = "officials and diplomats interviewed for this article"
ODIA = ("more than a dozen officials and diplomats interviewed for this article|more than a dozen "
        "officials and diplomats|officials and diplomats|officials|diplomats")
SED, SEDA = "senior European diplomat", "European diplomat"
TOF = "two officials familiar with the talks"
TOFA = "officials familiar with the talks|officials|two officials"
OFT, OFTA = "official familiar with the talks", "One of them|" + TOF + "|" + TOFA + "|official|*"
AK, AKA = "Annette Keller", "German foreign minister|foreign minister|minister|Germany"
OWB = "Officials in Warsaw and the Baltic capitals|officials"
LO, LOA = "Lithuanian official", "official"
ADS, ADSA = "diplomat from a southern member state", "Another diplomat"
AV, AVA = "Andrei Vasin", "Vasin|Deputy Foreign Minister|deputy foreign minister"
TL, TLA = "Tomas Lind", "Lind|Secretary General|secretary general|NATO Secretary General|NATO"
NKE, NKEA = "Nadia Keller", "Nadia|sanctions specialist|specialist"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire_blacksea2021.txt": ("Daniel Fox", {
   # 0 headline, 1 byline: narrator
   2: ("NATO", I, "alliance|Russia|Moscow"),   # lead: "the alliance said, while Moscow said ..."
   3: ("Russia", D, RDM),
   4: ("Russia", D, RDM),                      # "It said ..."
   5: (CL, D, CLA),
   6: (CL, D, CLA), 7: (CL, D, CLA), 8: (CL, D, CLA), 9: (CL, D, CLA),
   10: (CL, D, CLA),                           # her own statement of NATO's plan (batch 9)
   # 11-12 facts: narrator
   13: (None, N, "Russia|United Kingdom|London|Britain"),  # "after Russia said ..., an account that London rejected"
   14: (DO, D, DOA),
   15: (DO, D, DOA),
   16: (DO, D, DOA),                           # "Asked whether ..., Lukin said there was "...""
   17: ("Russia", D, MDS),                     # unnamed ministry spokesman gives the body
   18: ("NATO", I, "statement"),               # "NATO said in a separate statement that ..."
   19: ("NATO", I, "NATO figures|" + N),       # "According to NATO figures" (batch 32)
   20: (WDM, D, WDMA + "|diplomat"),           # names Russia: no *
   21: (WDM, D, WDMA + "|diplomat"),           # names Brussels and Moscow: no *
   22: (WDM, D, WDMA + "|diplomat|*"),         # names nobody
   23: ("Romania", D, "Romania's Defence Ministry|Romanian Defence Ministry|Defence Ministry|ministry"),
   24: (None, N, DS + "|" + DSA),              # "was less alarmed." intro
   25: (DS, D, DSA + "|58-year-old"),          # interview with the presenter (not a speaker)
   26: (DS, D, DSA),
   27: (DS, I, DSA),
   # 28 background, 29 reporting credit: narrator
 }),
 "t02_pressconf_nrc2002.txt": ("", {
   # 0 issuer line: narrator
   1: (None, N, WB + "|" + NK),                # title line naming both principals
   # 2 place/date: narrator
   3: (JA, D, JAA),
   4: (JA, D, JAA + "|" + WB + "|" + WBA + "|" + NK + "|Vetrov|Minister Vetrov"),  # announces the next speakers (batch 33)
   5: (WB, D, WBA), 6: (WB, D, WBA),
   7: (NRC, D, WB + "|" + WBA + "|Ministers"),  # "Ministers agreed today on ..." (batch 34)
   8: (NRC, D, WB + "|" + WBA + "|Ministers"),  # "They also approved ..."
   9: (WB, D, WBA + "|Some of our critics|critics|our critics"),  # reports the critics' words
   10: (WB, D, WBA),
   11: (NK, D, NKA),
   12: (NK, D, NKA + "|" + WB + "|colleague|my colleague"),  # "I agree with my colleague that ..."
   13: (NK, D, NKA),
   14: ("Russia", D, NK + "|Vetrov|Minister Vetrov|Russian side"),  # the government's proposal reported by its minister
   15: (NK, D, NKA), 16: (NK, D, NKA),
   17: (JA, D, JAA), 18: (JA, D, JAA),
   19: (AY, D, AYA + "|Duma's defence committee|Duma defence committee|defence committee"),
   20: (AY, D, AYA),
   21: (NK, D, NKA),                           # names the deputies' statement without its content
   22: (NK, D, NKA), 23: (NK, D, NKA),
   24: (SKU, D, SKUA), 25: (SKU, D, SKUA),
   26: (WB, D, WBA),
   27: (WB, D, WBA + "|Ministers|ministers|" + NRC),  # "That is exactly what the ministers asked for."
   28: (WB, D, WBA + "|" + NK + "|Vetrov|Minister Vetrov"),  # relayed promise of the minister
   29: (JA, D, JAA), 30: (JA, D, JAA),         # call-on "Tom.": nobody else (batch 21/25)
   31: (TBO, D, TBOA),                         # "no relation": bare "Bos" for neither
   32: (TBO, D, TBOA + "|" + WB + "|Secretary General|NATO Secretary General"),  # "You said in Prague that ..."
   33: (TBO, D, TBOA),
   34: (WB, D, WBA),                           # "the family question": nobody else
   # 35 (Laughter): narrator
   36: (WB, D, WBA),
   37: ("NATO", D, WB + "|Secretary General|NATO Secretary General|Allies|allies"),  # "The Allies have agreed that ..."
   38: (WB, D, WBA + "|" + NK + "|Vetrov|Minister Vetrov"),  # "As Minister Vetrov said ..."
   39: ("Question", D, "journalist|Q"),        # bare follow-up: never a previous journalist
   40: ("Question", D, "journalist|Q"),
   41: (NK, D, NKA + "|President|President Gromov|Gromov"),  # "he supports the document"
   42: (JA, D, JAA),
 }),
 "t03_oped_georgia2008.txt": ("Margaret Day", {
   # 0 rubric, 1-2 headline, 3-4 standfirst, 5 date: narrator
   6: (None, N, RDMIN + "|" + RDMINA),         # "while a Russian deputy minister explained ... why" (doubtful)
   # 7-10 narrator
   11: ("NATO", D, "foreign ministers|NATO foreign ministers|ministers|alliance"),  # "announced ... "business as usual""
   # 12 act (recognised, cancelled), 13-18 the author: narrator
   19: (PD, I, PDA),                           # "used to say that ..."
   20: (None, N, PD + "|" + PDA),              # gloss of his saying and a guess
   21: ("Some in the alliance", I, "*"),       # loose group
   # 22 remark, 23 verdict: narrator
   24: (DR, D, DRA),
   # 25-27 the author's reading: narrator
   28: (YRD, D, YRDA),                         # "put it to me ...: "..."" (names nobody else)
   29: (YRD, D, YRDA),
   30: (None, N, "Others"),                    # prediction "Others will say ..."
   # 31-36 the author's argument: narrator
   37: (RDMIN, D, RDMINA + "|*"),              # "ended our conversation with a prediction: "...""
   # 38 narrator; 39-41 author note (41 the closing asterisk): narrator
 }),
 "t04_statenews_inf2019.txt": ("", {
   0: (None, N, "Russia|Russian Foreign Ministry|Foreign Ministry|" + VR + "|" + VRA),  # headline crediting the ministry
   # 1 dateline, 2 agency tag: narrator
   3: (VR, I, VRA),
   4: (VR, D, VRA), 5: (VR, D, VRA),           # "the diplomat stressed"
   6: (VR, D, VRA),                            # "According to him, ... "for years""
   7: (VR, D, VRA),                            # "Ryzhov noted that ... "...""
   8: (VR, I, VRA + "|Russia|Moscow"),         # "recalled that Moscow had proposed ..."
   9: (VR, D, VRA),                            # "In his opinion"
   10: (VR, D, VRA), 11: (VR, D, VRA),
   12: (None, N, VR + "|" + VRA),              # "the head of the department was restrained." intro
   13: (VR, D, VRA), 14: (VR, D, VRA),
   15: (YM, D, YMA + "|President Gromov|Gromov|President"),  # refers to the president's warnings
   16: (YM, D, YMA), 17: (YM, D, YMA),
   18: (YM, I, YMA),                           # "According to Malinin, the Kremlin ..."
   19: ("United States", I, "US State Department|State Department|Washington"),
   20: (ES, D, ESA),
   21: (VK, D, VKA),
   22: (VK, D, VKA),                           # "The senator added that ... "...""
   23: (VK, D, VKA),                           # "the parliamentarian told NovoInform"
   24: (None, N, "Russian experts|experts|*"),  # belief
   25: ("Western media", I, "*|media|sources|sources in NATO"),
   # 26-27 background facts: narrator
   28: ("United States", I, N + "|Russia"),    # "announced that it was suspending ..., and Russia responded"
 }),
 "t05_liveblog_vilnius2023.txt": ("Sarah Long", {
   # 0 title, 1 byline line, 2 "Key events": narrator
   3: (None, N, "NATO|Allies|" + OM + "|" + OMA),  # merged key-event bullets
   4: (None, N, "Russia|Kremlin|" + PS + "|Lebedev|Kremlin spokesman"),  # key-event bullet
   # 5 timestamp, 6-7 sign-off entry, 8 timestamp: narrator
   9: (None, N, RL + "|" + RLA),               # "has just come out of the leaders' session." intro
   10: (RL, D, RLA),                           # names Bilyk without his words
   11: (RL, D, RLA), 12: (RL, D, RLA),
   # 13 timestamp
   14: (None, N, TF + "|Aldona|pensioner|Lithuanian pensioner"),  # "I have just spoken to ..." in the signed entry
   15: ("Aldona", D, "pensioner|Lithuanian pensioner"),
   16: ("woman", D, "Another woman|Another woman next to her|woman next to her"),  # names Moscow: no *
   17: (None, N, TF),                          # entry signature
   # 18 timestamp, 19 "has been published": narrator
   20: ("NATO", D, "communique|text|Allies"),  # "Allies "will be ...," the text says"
   21: ("NATO", D, "communique|text"),
   # 22 timestamp
   23: ("Russia", I, N + "|Kremlin"),          # "The Kremlin has responded."
   24: (PS, D, PSA),
   25: (PS, D, PSA),
   # 26 timestamp
   27: (None, N, LH + "|" + LHA),              # "was asked by reporters whether ..." intro
   28: (LH, D, LHA), 29: (LH, D, LHA),
   30: ("NATO", D, LH + "|Holt|Secretary General|NATO Secretary General|Allies"),  # "Allies have agreed to remove ..." in his quote
   # 31 timestamp
   32: (None, N, OM + "|" + OMA),              # "A reaction from Kyiv" intro
   33: (OM, I, OMA + "|" + N),                 # "wrote on social media ...:" intro with colon
   34: (OM, D, OMA), 35: (OM, D, OMA),
   36: ("Diplomats here", I, "Diplomats|diplomats"),  # names the United States and Germany: no *
   # 37 timestamp
   38: (VKS, D, VKSA + "|" + N),               # "thanked allies for "...""
   # 39 fact, 40 timestamp, 41-42 welcome entry: narrator
 }),
 "t06_openletter_scholars2015.txt": ("", {
   0: (None, N, GRP),                          # title line
   # 1 date line: narrator
   **{i: (GRP, D, GRPA) for i in (2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 18,
                                   20, 21, 22, 23, 24, 25, 27, 28, 29)},
   10: (GRP, D, GRPA + "|NATO|ministers"),     # an act reported in the letter
   12: ("NATO and Russia", D, "NATO|Russia|Founding Act|Act|" + GRPALL),
   15: ("Some of our colleagues", I, "colleagues|our colleagues|" + GRPALL),  # names Moscow: no *
   19: ("Russia's foreign minister", D, "foreign minister|Russia|" + GRPALL),
   26: ("Walter Hale", D, "Hale|Professor Walter Hale|Professor Hale|" + GRPALL),
   30: (None, N, GRP),                         # "Signatories (in alphabetical order):" heading
   31: ("Ingrid Aaland", D, SIGT + "|Aaland"),
   32: ("Pavel Kostin", D, SIGT + "|Kostin"),
   33: ("Helen Marsh", D, SIGT),               # shared surname: bare "Marsh" for neither
   34: ("Thomas Marsh", D, SIGT),
   35: ("Anna Nowicka", D, SIGT + "|Nowicka"),
   36: ("Jonathan Reeve", D, SIGT + "|Reeve"),
   # 37 affiliation note, 38 "remains open" line: narrator, nothing accepted
 }),
 "t07_senatehearing_md2011.txt": ("", {
   # 0 title, 1 hearing line, 2 date, 3 "The committee met ... presiding.", 4 "Present:": narrator
   5: (HP, D, HPA),
   6: ("allies and Russia", D, HP + "|" + HPA + "|NATO|Russia|NATO and Russia"),  # "the allies and Russia agreed to explore ..."
   7: (HP, D, HPA + "|" + KF + "|" + KFA + "|" + LM + "|" + LMA),  # introduces the witnesses (batch 27/33)
   8: (HP, D, HPA + "|" + RK),                # introduces the statement he reads
   9: (HP, D, HPA + "|" + RK),                # reads the ambassador's statement
   10: (HP, D, HPA + "|" + RK),
   11: (HP, D, HPA),                          # call-on: nobody else (batch 8)
   12: (KF, D, KFA), 13: (KF, D, KFA), 14: (KF, D, KFA),
   15: ("NATO", D, KF + "|" + KFA + "|allied leaders|leaders|Allies|allies"),  # "allied leaders agreed ..."
   16: (KF, D, KFA + "|Russia|Russian side"),  # "The Russian side has told us that ..."
   17: (KF, D, KFA),
   18: (HP, D, HPA), 19: (HP, D, HPA),         # call-on "Dr. Marsh."
   20: (LM, D, LMA), 21: (LM, D, LMA),
   22: (LM, D, LMA),                           # her own characterisation of Moscow
   23: (SM, D, SMA),                           # "we are not related": nobody else
   # 24 (Laughter.): narrator
   25: (SM, D, SMA + "|Russian defense minister|defense minister"),  # reports the minister's words
   26: (SM, D, SMA),
   27: (LM, D, LMA),
   28: (LM, D, LMA + "|Russian officials"),    # their threat, by reference
   29: (SL, D, SLA),
   30: (KF, D, KFA + "|United States"),        # "We have offered ..." (doubtful)
   31: (KF, D, KFA + "|Russia|Russian side"),  # "the Russian side is considering that offer"
   32: (SL, D, SLA),
   33: (KF, D, KFA),
   34: (HP, D, HPA),                           # recognises the next senator
   35: (SD, D, SDA + "|Poland|" + PL),         # asks that the letter be entered (no content)
   36: (HP, D, HPA),
   37: (None, N, "Poland|" + PL),              # "[The letter referred to follows:]"
   38: ("Poland", D, PL + "|letter"),          # salutation of the letter
   39: ("Poland", D, PL + "|letter"),
   40: ("Poland", D, PL + "|letter"),
   41: ("Poland", D, N + "|" + PL),            # signature line naming the issuer
   42: (HP, D, HPA),
   # 43 "[Whereupon ...]": narrator
 }),
 "t08_analysis_sanctions2026.txt": ("Ruth Grant", {
   # 0 rubric, 1 headline, 2 standfirst, 3 byline, 4 dateline lead: narrator
   5: (None, N, "diplomats"),                  # the author's framing (doubtful)
   # 6 "No government has said so": narrator
   7: (ODI, I, ODIA),                          # "according to ..."; names NATO: no *
   8: (SED, D, SEDA + "|*"),
   9: (SED, D, SEDA + "|*"), 10: (SED, D, SEDA + "|*"),
   11: (TOF, I, TOFA + "|paper"),              # names NATO and Russian commanders: no *
   12: (OFT, D, OFTA),                         # "One of them described ..."
   13: (None, N, AK + "|" + AKA),              # "has been careful." intro
   14: (AK, D, AKA),
   15: (None, N, OWB + "|" + LO),              # feeling introducing the Lithuanian official
   16: (None, N, OWB + "|Many of them"),       # belief; names the Kremlin
   17: (LO, D, LOA + "|*"),                    # opening mark never closed before the tag
   18: (LO, D, LOA),                           # names Moscow
   19: (None, N, ADS + "|" + ADSA),            # "was more relaxed." intro
   20: (ADS, D, ADSA + "|*"),
   21: (None, N, AV + "|" + AVA + "|Russia"),  # "In Moscow, the tone has been cautious." intro
   22: (AV, D, AVA),                           # not Russia, not the agency
   23: (AV, D, AVA),                           # "which he called "...""
   24: (None, N, "NATO|officials there|officials"),  # belief in a relative clause
   25: ("NATO official", D, "official|NATO|allies"),  # relays the allies' discussion
   26: (TL, D, TLA),
   27: (None, N, "Some analysts|analysts|*|" + NKE + "|" + NKEA),  # belief introducing her
   28: (NKE, I, NKEA),
   29: (NKE, D, NKEA), 30: (NKE, D, NKEA), 31: (NKE, D, NKEA),
   # 32 narrator
   33: ("Several diplomats", I, "*|diplomats"),
   34: (None, N, "spokesperson for the European External Action Service|European External Action Service spokesperson|spokesperson|European External Action Service"),
   # 35 narrator
   36: (SED, D, SEDA + "|*|" + N),             # "as the senior European diplomat put it, "...""
   # 37 credit: narrator
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    print("=====", doc, len(sents), "sentences")
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        text = normalize_space(s.text)
        print(f"{i:3d} [{sp or '-'} | {voice} | {acc}] {text}")
        rows.append({"doc": doc, "index": i, "text": text,
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
