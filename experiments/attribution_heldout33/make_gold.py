"""Build gold.csv for the thirty-third held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running or reading the attribution code. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and of the later batches, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn is `direct`;
- in a transcript or speech, a sentence that reports another person's words
  keeps the turn speaker as gold and accepts the reported person or body;
  nested quotations keep the outer speaker, the inner accepted;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry, embassy or
  intelligence service speaking for the government gives the country;
- a spokesperson's or minister's own remarks give the person, the government
  or body accepted; a deputy minister's do not accept the government; a
  minister reporting his government's decision gives the country, him accepted;
  "Allies agreed ..." reported by a NATO official gives NATO, official accepted;
- beliefs, feelings and gestures are the narrator (the person accepted when
  they introduce a quote or were evidently told to the reporter); intros
  without content are the narrator with the person accepted; "declined to
  say" and "would not say" are the narrator, nothing accepted;
- a factual sentence whose relative clause carries another party's speech is
  the narrator with that party accepted (batch 9);
- headlines, standfirsts, bylines, datelines, credits, captions, "Related:"
  and "Tags:" lines and "(Applause)"/"(Laughter)" lines are the narrator;
  unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence names another person or body; loose groups
  accept `*`;
- a document with no byline (ministry statement, transcript, published
  speech, agency dispatch) has no narrator; a published speech gives the
  official for its body, narrator and NATO accepted;
- two people who share a surname are two speakers; the shared surname alone
  is then NOT accepted for either (batch 7's Ashcombes); first names used in
  the document are accepted for their own person.

New decisions in this batch:
- t01 (wire, 2007): "according to a decree published on the Kremlin website"
  gives Russia (`indirect`; the issuing government of a document, batch 18's
  white paper), with "decree", "Kremlin" and the narrator accepted (batch
  32's "According to NATO figures"); "NATO said it regretted the decision."
  is NATO with the narrator accepted (a reaction without further content,
  batch 8's "welcomed the decision."); "Kasatkin was speaking after talks
  with his Slovak counterpart, X" is context (narrator, Kasatkin accepted),
  the counterpart is not a speaker; "Russia last threatened to leave the
  treaty in April, when the president used his address to call for ..."
  gives Russia (`indirect`, "threatened" is a speech act), narrator and
  "president" accepted; the "(Reporting by A ...; additional reporting by
  B ...; Editing by C)" line leaves the byline author as narrator; the quote
  with its closing mark missing before "he told Polish state radio." stays
  with the tag's speaker (batch 19); "He put it bluntly:" closing its
  paragraph gives Lemeshev (`indirect`, batch 11's "put it memorably ...:"),
  the untagged quotation paragraph after it Lemeshev (`direct`).
- t02 (feature, 2015): father and son Igor and Artyom Kuzmin: bare "Kuzmin"
  accepted for neither; "the 68-year-old", "the elder Kuzmin" are Igor,
  "the younger Kuzmin" Artyom, these and the first names accepted for their
  own person only; "Now I am told NATO is only defending itself." inside
  Igor's quotation accepts NATO (batch 8's "Now we are told that ..."); "My
  son thinks I am a Soviet dinosaur" reports a belief (nobody else); the
  reopened quotation paragraph stays with Igor; "according to the city
  council" after a population figure gives "city council" (batch 11's "city
  government"), narrator accepted (a statistic, batch 32); "according to a
  recording posted on the city's website" after the mayor's quote keeps the
  mayor, "recording" accepted (relaying source); the scene sentence that
  introduces the captain ("A sharp wind was blowing ... when Captain Daniel
  Sharp ... walked along ...") is the narrator with him accepted; "But she
  worries about her grandson ..." is a feeling (narrator, her accepted); the
  flower seller known by first name keeps it ("Svetlana").
- t03 (ministry statement, 2008, no byline): the statement mixes third-person
  framing ("The Ministry ... welcomes / notes / reaffirms that ...": Georgia
  `indirect`, batch 19) and the first person plural ("We regard ...":
  Georgia `direct`, batch 8), both with the narrator and the ministry
  accepted; a sentence of it that carries another party's words gives that
  party (batch 13's "We also note the assurance of ..."): "the Allies state
  plainly: "..."" NATO, the named Russian general, the Russian Foreign
  Ministry (Russia), "the Secretary General of NATO stated ... "..."" (unnamed,
  batch 17), and "As a senior diplomat of one Allied state put it to our
  delegation, "..."" the diplomat, each with Georgia, the ministry and the
  narrator accepted; "Moscow claims that ..." gives Russia; "in which Russia
  itself recognised ..." (a relative clause) accepts Russia and the Act; the
  minister "discussed the situation by telephone with the Secretary General"
  is an event (narrator, Georgia, the ministry and the minister accepted);
  "The Minister informed him that Georgia would not respond ..." gives the
  minister (`indirect`), Georgia accepted; "The Secretary General assured the
  Minister that the Allies stand by the decisions ..." gives the Secretary
  General (a stance, batch 9), NATO accepted; the signature line "Ministry of
  Foreign Affairs of Georgia" at the foot is a split-off tag naming the
  issuer (batch 7/17 signature lines): Georgia `direct`, narrator and ministry
  accepted; the place/date line under it and "[Unofficial translation]" are
  the narrator, nothing accepted; the title line accepts Georgia and the
  ministry.
- t04 (briefing transcript, 2017, no byline): the moderator Colonel Anatoly
  Ivanov and Lieutenant General Yuri Ivanov share a surname: "MODERATOR:"
  gives Anatoly (named "Moderator:" in the header), "YURI IVANOV:" gives
  Yuri, "General Ivanov" (the only general) is Yuri, the patronymic
  vocatives are accepted for their own person, bare "Ivanov" for neither;
  the "Participants:" and "Moderator:" header lines are the narrator with the
  persons named accepted; the deputy minister's own remarks accept only his
  name forms, but "The Ministry of Defence has decided to invite ..." gives
  Russia, him and the ministry accepted (batch 10/11); "I have read the
  statements in some Western capitals about "..."" accepts "some Western
  capitals"; "Our ambassador gave that briefing ... and he told the allies
  then exactly what I am telling you today" accepts the ambassador (content
  by reference, batch 24); "As far as I know, the Belarusian side has already
  invited ..." accepts Belarus (relayed information, batch 28); the label
  "Q (military attache of Lithuania, through interpreter):" gives "military
  attache of Lithuania" as written, Lithuania accepted (batch 13's delegate);
  the bare "Q:" follow-up gives "Q" (batch 28; doubtful, probably the
  previous questioner); a questioner's report of NATO's Secretary General or
  of "Russian representatives" accepts them; the moderator's announcement of
  the next speakers accepts them (batch 27).
- t05 (published speech, 2012, no byline): the Deputy Secretary General and
  her late father John Rose share a surname: bare "Rose" accepted for
  neither, "my father" for him on the rows that carry his words; "Allies and
  Russia agreed to discuss ..." gives "Allies and Russia" (batch 11), NATO,
  Russia, the Council, her and the narrator accepted; "Allies decided ..." and
  "Allies have agreed that ... we will declare ..." give NATO (batch 7);
  "the offer that our Secretary General has made" accepts the Secretary
  General; "He spoke of deploying ... "pre-emptive" ..." accepts the general;
  "I hope that was said for the cameras" and "I listened carefully to
  General X" accept nobody else.
- t06 (news analysis, 1997): the think-tank expert Dr. Eleanor Young and the
  unrelated Senator Harold Young: "Dr. Young" and "she" are Eleanor, "Mr.
  Young" and "the senator" Harold, bare "Young" accepted for neither; "That
  is precisely what worries Senator X" and "Mr. Young ... fears that ..." are
  feelings introducing him (narrator, him accepted); "Several said they
  expected ..." after "European diplomats are more relaxed." gives "European
  diplomats" (`indirect`: the scare-quoted "safe" is not speech, batch 6),
  without `*` because it names the council; the opening "When Western
  diplomats talk about the agreement ..., they tend to lower their voices"
  is an intro without content (narrator, the diplomats accepted, no `*`:
  it names NATO and Russia); "One of them, a German, put it more bluntly: "..."" gives
  "European diplomat" (batch 31's singular), "German diplomat" and the group
  forms accepted, no `*` (names the Russians and Poland); "For now, the
  diplomats say, ..." gives "diplomats", `*` accepted; "Russia's foreign
  minister told ... "...", according to the Interinform news agency" gives the
  unnamed minister as written (batch 31), Russia and the agency accepted;
  "Russian officials have been presenting the act at home in rather different
  terms." is an activity without content (narrator, the group accepted,
  batch 12); "The Kremlin has insisted ..., and the administration has
  refused ..." gives Russia, the United States accepted (batch 14's
  coordinate clauses); the historian named in "whose 1995 study with the
  historian Thomas Bell" is not a speaker.
- t07 (state agency dispatch, 2021, no byline): "the diplomat", "According to
  her", "In her opinion" are the spokeswoman (batch 7's register); Deputy
  Foreign Minister Sergei Volkov and Senator Viktor Volkov share a surname:
  the bare "Volkov said" before the senator appears is Sergei, "The
  senator", "the parliamentarian" and "He added" after him are Viktor, bare
  "Volkov" accepted for neither; "The spokeswoman also drew attention to
  statements by the NATO Secretary General that the alliance "will not be
  intimidated"" is a relayed quotation (batch 7): the unnamed "NATO Secretary
  General" (`direct`), NATO, the spokeswoman and her government accepted
  (doubtful); "As Western media reported, X said ..." gives X, "Western media"
  accepted (batch 28); "according to the organisers" gives "organisers", `*`
  accepted; "The Russian side believes ..." is the narrator, Russia accepted
  (batch 7).
- t08 (radio news bulletin, 2023): the "Newsreader:" header line makes the
  newsreader the narrator (as batch 7's presenter line); her unlabelled items
  are narration, their reported speakers as in a news story; labelled
  inserts ("HOPE (Brussels):", "KOLOSOV (translated):", "ANNA (vox pop):")
  give the person named; the correspondent's sign-off "Anna Hope, Baltic
  Wave Radio, Brussels." is her turn, narrator accepted (batch 17); the
  correspondent Anna Hope and the Helsinki resident "Anna" share a first
  name: "Anna" is the resident's canonical name (batch 8) and is not
  accepted for the correspondent; the newsreader's cue "Our correspondent X
  is at NATO headquarters." and "In Helsinki, the mood was calmer." are
  intros (narrator, the person accepted); "the Luftwaffe said" gives
  "Luftwaffe" as itself (batch 28's Allied Air Command), Germany accepted,
  and its unnamed "A spokesman" gives the body (batch 30), "spokesman"
  accepted; "Norway's police security service says" gives Norway (batch 13/21
  intelligence service), the service accepted; "according to a Pentagon
  spokeswoman" gives "Pentagon spokeswoman", Pentagon and United States
  accepted (batch 16); the verb "hoped" in the minister's sentence is not the
  correspondent Hope.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
YK, YKA = "Yuri Kasatkin", "Kasatkin|Deputy Foreign Minister|deputy foreign minister|diplomat"
JY, JYA = "James Young", "Young|NATO|spokesman|alliance spokesman"
WD = "Western diplomat"
JS, JSA = "Jerzy Sobczak", "Sobczak|Poland|Defence Minister|defence minister"
VL, VLA = "Viktor Lemeshev", "Lemeshev|retired colonel"
# t02
IK, IKA = "Igor Kuzmin", "Igor|elder Kuzmin|retired major"
AK, AKA = "Artyom Kuzmin", "Artyom|younger Kuzmin"
AO, AOA = "Andris Ozols", "Ozols|mayor"
DS, DSA = "Daniel Sharp", "Sharp|Captain Sharp|Captain Daniel Sharp|captain"
SV2, SV2A = "Svetlana", "woman selling dried flowers|woman"
# t03
GEO = "Georgia"
GEA = "narrator|Ministry of Foreign Affairs of Georgia|Georgian Foreign Ministry|Foreign Ministry of Georgia"
GEOA = GEO + "|" + GEA
NZ, NZA = "Nikolai Zarubin", "General Zarubin|Zarubin|General Nikolai Zarubin|Chief of the General Staff"
RUMFA = "Russian Foreign Ministry|Ministry of Foreign Affairs of the Russian Federation|Russian Ministry of Foreign Affairs"
SGN, SGNA = "Secretary General of NATO", "NATO Secretary General|Secretary General|NATO"
NG, NGA = "Nino Gelashvili", "Gelashvili|Minister|Minister of Foreign Affairs of Georgia|Georgia|" + GEA
# t04
NP, NPA = "Nikolai Pankin", "Pankin|Deputy Minister Pankin|Deputy Minister|deputy minister"
SI, SIA = "Yuri Ivanov", "General Ivanov|Lieutenant General Yuri Ivanov|Yuri Pavlovich"
AI, AIA = "Anatoly Ivanov", "Moderator|Colonel Ivanov|Colonel Anatoly Ivanov|Anatoly Nikolayevich"
QJ = "Q|Question|journalist"
RMOD = "Ministry of Defence|Russian Ministry of Defence|Defence Ministry"
# t05
MR, MRA = "Helen Rose", "Deputy Secretary General|NATO Deputy Secretary General|NATO|narrator"
MRB = MR + "|Deputy Secretary General|NATO Deputy Secretary General"
JR = "John Rose|father|my father"
# t06
SNA, SNAA = "senior NATO ambassador", "NATO ambassador|ambassador"
EY, EYA = "Eleanor Young", "Dr. Young|Dr Young|Dr. Eleanor Young"
HY, HYA = "Harold Young", "Senator Young|Mr. Young|senator|Senator Harold Young"
PG, PGA = "Pavel Gurin", "Gurin|Communist deputy|deputy"
# t07
YG, YGA = "Yelena Gusarova", "Gusarova|spokeswoman|diplomat|Russia|Russian Foreign Ministry|Foreign Ministry"
SV, SVA = "Sergei Volkov", "deputy minister|Deputy Foreign Minister|deputy foreign minister"
VV, VVA = "Viktor Volkov", "senator|parliamentarian|first deputy chairman"
# t08
AH, AHA = "Anna Hope", "Hope|correspondent"
DK, DKA = "Dmitri Kolosov", "Kolosov|Kremlin spokesman|spokesman|Kremlin|Russia"
KH, KHA = "Kari Holm", "Holm|Norway|foreign minister|Norway's foreign minister"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire_cfe2007.txt": ("Anne Marsh", {
   0: (None, N, "NATO"),                       # headline reporting NATO's reaction
   # 1 byline, 2 timestamp: narrator
   3: ("Russia", I, "Kremlin|" + N),           # dateline lead: event + "the Kremlin said"
   4: ("Russia", I, "decree|Kremlin|" + N),    # "according to a decree published on the Kremlin website"
   5: ("Russia", D, "Kremlin|statement"),
   6: (YK, I, YKA),
   7: (YK, D, YKA),                            # "the 58-year-old diplomat said"
   8: (YK, D, YKA), 9: (YK, D, YKA),           # untagged continuation
   10: (YK, D, YKA),                           # "He added that ... "at any moment""
   11: (None, N, YK + "|" + YKA),              # context; the Slovak counterpart is not a speaker
   # 12 act (signed): narrator
   13: ("NATO", I, "alliance|" + N),           # "NATO said it regretted the decision."
   14: (JY, D, JYA),
   15: (JY, D, JYA),                           # "Allies remain committed ...": his statement of stance
   16: (JY, I, JYA),
   # 17 "He declined to say ...": narrator
   18: ("Western diplomats", I, "*|diplomats"),
   19: (WD, D, "Western diplomats|diplomat|one|*"),     # "one said"
   20: (WD, D, "Western diplomats|diplomat|one"),       # names Moscow: no *
   21: ("Russia", I, "Moscow|" + N),           # "Moscow has linked its complaints ..."
   22: ("United States", I, "Washington"),
   23: ("United States", D, "State Department"),
   24: (JS, I, JSA),
   25: (JS, D, JSA),                           # closing quote mark missing before the tag
   26: (JS, D, JSA),
   # 27 background: narrator
   28: (None, N, "NATO|alliance"),             # "a commitment the alliance says Moscow made"
   29: (VL, I, VLA),
   30: (VL, D, VLA),
   31: (None, N, VL + "|" + VLA),              # "Lemeshev believes ..."
   32: (VL, I, VLA),                           # "He put it bluntly:" closing its paragraph
   33: (VL, D, VLA), 34: (VL, D, VLA),         # untagged quotation paragraph after the colon
   35: ("NATO official", I, "official|NATO"),  # names the alliance: no *
   36: ("Russia", I, N + "|president"),        # "Russia last threatened ..., when the president ... call for"
   # 37 reporting credit, 38 Related: narrator
 }),
 "t02_feature_daugavpils2015.txt": ("Sarah Long", {
   # 0 headline, 1 standfirst, 2 byline, 3 outlet/date, 4 dateline scene: narrator
   5: (IK, D, IKA),                            # "the 68-year-old said"
   6: (IK, D, IKA),
   # 7 photograph of his late wife: narrator (Raisa not a speaker)
   8: (None, N, IK + "|" + IKA),               # "He does not think ...": belief told to the reporter
   9: (IK, D, IKA), 10: (IK, D, IKA),
   11: (None, N, AK + "|" + AKA),              # "His son sees it differently.": intro
   # 12 Artyom's bio: narrator
   13: (AK, D, AKA), 14: (AK, D, AKA),
   15: (AK, I, AKA),
   16: (AK, D, AKA),
   17: ("city council", I, "council|" + N),    # "according to the city council" (a statistic)
   18: (None, N, AO + "|" + AOA),              # "has spent much of the winter reassuring ...": activity
   19: (AO, D, AOA + "|recording"),            # "..., according to a recording posted ..."
   20: (AO, D, AOA),
   21: (None, N, AO + "|" + AOA),              # "The mayor is less certain than he sounds.": intro
   22: (AO, D, AOA),                           # "the 51-year-old admitted ... "a lot of angry phone calls""
   23: (AO, D, AOA),
   24: ("Latvia", I, "Latvia's defence ministry|defence ministry|ministry"),
   25: ("Russia", D, "Russian embassy|embassy|Russian embassy in Riga"),
   26: (None, N, DS + "|" + DSA),              # scene introducing the captain ("A sharp wind ...")
   27: (DS, D, DSA),
   28: (DS, I, DSA),                           # "The captain, who is from Ohio, said ..."
   29: (DS, I, DSA),                           # "he added with a grin"
   30: (SV2, I, SV2A),
   31: (SV2, D, SV2A),
   32: (None, N, SV2 + "|" + SV2A),            # "But she worries ...": feeling
   33: (None, N, IK + "|" + IKA),              # "the elder Kuzmin turned off the television.": gesture
   34: (IK, D, IKA),                           # "My son thinks ...": a belief, nobody else
   35: (IK, D, IKA), 36: (IK, D, IKA),         # quote left open at paragraph end
   37: (IK, D, IKA + "|NATO"),                 # reopened: "Now I am told NATO is only defending itself."
   38: (IK, D, IKA),
   39: (None, N, AK + "|" + AKA),              # "His son ... shrugged ...": gesture
   40: (AK, D, AKA), 41: (AK, D, AKA),
   # 42-43 photo caption, 44 Related: narrator
 }),
 "t03_statement_georgia2008.txt": ("", {
   0: (None, N, "Georgia|Ministry of Foreign Affairs of Georgia"),  # title line
   # 1 date, 2 "[Unofficial translation]": narrator
   3: (GEO, I, GEA + "|NATO"),                 # "The Ministry ... welcomes the decision ... that Georgia will become"
   4: (GEO, D, GEA),
   5: ("NATO", D, "Allies|Summit Declaration|Declaration|" + GEOA),  # "the Allies state plainly: "...""
   6: (GEO, D, GEA),
   7: (GEO, D, GEA + "|NATO"),                 # "We note that Foreign Ministers ... have been tasked"
   8: (GEO, D, GEA),
   9: (GEO, D, GEA + "|NATO"),                 # "praised by the Alliance itself"
   10: (GEO, D, GEA),
   11: ("senior diplomat of one Allied state", D, "senior diplomat|diplomat|" + GEOA),
   12: (GEO, I, GEA),                          # "The Ministry notes with deep concern the statements ..."
   13: (NZ, D, NZA + "|" + GEOA),              # "declared that Russia would take "military and other steps""
   14: ("Russia", D, RUMFA + "|" + GEOA),
   15: (GEO, D, GEA + "|Russia|NATO-Russia Founding Act|Founding Act"),  # "in which Russia itself recognised"
   16: (GEO, D, GEA),
   17: (SGN, D, SGNA + "|" + GEOA),
   18: (GEO, D, GEA), 19: (GEO, D, GEA), 20: (GEO, D, GEA),
   21: ("Russia", I, "Moscow|" + GEOA),        # "Moscow claims that ..."
   22: (GEO, D, GEA),
   23: (None, N, GEO + "|" + GEA.replace("narrator|", "") + "|" + NG),  # "discussed the situation by telephone": event
   24: (NG, I, NGA),                           # "The Minister informed him that Georgia would not ..."
   25: (SGN, I, SGNA + "|Allies|" + GEOA),     # "The Secretary General assured the Minister that the Allies stand by ..."
   26: (GEO, D, GEA),
   27: (GEO, I, GEA),                          # "The Ministry ... reaffirms that ..."
   28: (GEO, D, GEA),                          # signature line: split-off tag naming the issuer
   # 29 place/date line: narrator
 }),
 "t04_briefing_zapad2017.txt": ("", {
   # 0 title, 1 place/date: narrator
   2: (None, N, NP + "|" + SI),                # "Participants:" header line
   3: (None, N, AI + "|" + AIA),               # "Moderator:" header line
   # 4 transcript note: narrator
   5: (AI, D, AIA),
   6: (AI, D, AIA + "|" + NP + "|" + NPA + "|" + SI + "|" + SIA),  # announces the next speakers
   7: (NP, D, NPA),                            # vocative names the moderator
   8: (NP, D, NPA), 9: (NP, D, NPA),
   10: ("Russia", D, NP + "|" + NPA + "|" + RMOD),  # "The Ministry of Defence has decided to invite ..."
   11: (NP, D, NPA),
   12: (NP, D, NPA + "|some Western capitals|Western capitals"),
   13: (NP, D, NPA), 14: (NP, D, NPA),
   15: (SI, D, SIA), 16: (SI, D, SIA), 17: (SI, D, SIA),
   18: (AI, D, AIA), 19: (AI, D, AIA),
   20: ("Thomas Grant", D, QJ + "|Grant"),
   21: ("Thomas Grant", D, QJ + "|Grant|NATO's Secretary General|NATO Secretary General|Secretary General|NATO"),
   22: ("Thomas Grant", D, QJ + "|Grant"),
   23: (NP, D, NPA),                           # names remarks without content
   24: (NP, D, NPA),
   # 25 (Laughter): narrator
   26: ("Q", D, "Question|journalist"),        # bare follow-up (doubtful: probably Grant)
   27: ("Q", D, "Question|journalist"),
   28: (SI, D, SIA),
   29: ("military attache of Lithuania", D, "Q|Question|Lithuania|military attache|attache"),
   30: ("military attache of Lithuania", D, "Q|Question|Lithuania|military attache|attache"),
   31: (NP, D, NPA),
   32: (NP, D, NPA + "|Belarusian side|Belarus"),
   33: ("Anna Lindholm", D, QJ + "|Lindholm"),
   34: ("Anna Lindholm", D, QJ + "|Lindholm|Russian representatives|Russia"),
   35: ("Anna Lindholm", D, QJ + "|Lindholm"),
   36: (NP, D, NPA + "|ambassador|Our ambassador"),  # content by reference
   37: (NP, D, NPA), 38: (NP, D, NPA),
   39: (AI, D, AIA),
   40: ("Q", D, "Question|journalist"),
   41: (SI, D, SIA), 42: (SI, D, SIA),
   43: (AI, D, AIA),
 }),
 "t05_speech_dsg2012.txt": ("", {
   # 0 title: narrator
   1: (None, N, MRB),                          # "Speech by ..." line
   # 2 place/date: narrator
   3: (MR, D, MRA),                            # salutation
   4: (MR, D, MRA), 5: (MR, D, MRA),
   # 6 (Laughter)
   7: (MR, D, MRA),
   8: (MR, D, MRA),                            # names her father, no words
   9: (MR, D, MRA + "|" + JR),                 # his quoted words inside her speech
   # 10 (Laughter)
   11: (MR, D, MRA),
   12: ("NATO", D, "Allies|" + MRB + "|narrator"),          # "Allies decided ..."
   13: ("Allies and Russia", D, "NATO|Russia|NATO and Russia|NATO-Russia Council|" + MRB + "|narrator"),
   14: (MR, D, MRA), 15: (MR, D, MRA), 16: (MR, D, MRA),
   17: (MR, D, MRA + "|Russia|Russian Federation"),         # "The Russian Federation has told us ..."
   18: (MR, D, MRA), 19: (MR, D, MRA),
   20: (MR, D, MRA + "|senior Russian officer|Russian officer|officer"),  # nested quotation
   21: (MR, D, MRA + "|senior Russian officer|Russian officer|officer"),
   22: (MR, D, MRA),
   23: (MR, D, MRA + "|Secretary General|NATO Secretary General"),  # the offer the SG has made
   # 24 (Applause)
   25: (MR, D, MRA),                           # names the general, no content
   26: (MR, D, MRA + "|Pavel Kolesnikov|General Kolesnikov|Kolesnikov"),
   27: (MR, D, MRA),
   28: (MR, D, MRA), 29: (MR, D, MRA),
   30: ("NATO", D, "Allies|" + MRB + "|narrator"),          # "Allies have agreed that ... we will declare"
   31: (MR, D, MRA), 32: (MR, D, MRA),
   33: (MR, D, MRA + "|" + JR),                # "My father used to say that ..."
   34: (MR, D, MRA), 35: (MR, D, MRA),
   # 36 (Applause), 37 Last updated: narrator
 }),
 "t06_analysis_1997.txt": ("Robert Hale", {
   # 0 rubric, 1 headline, 2 byline, 3 outlet line: narrator
   4: (None, N, "Western diplomats|diplomats"),  # "they tend to lower their voices": no content; names NATO and Russia: no *
   # 5-6 background: narrator
   7: (SNA, D, SNAA),                          # names "the Russians": no *
   8: (SNA, D, SNAA + "|*"), 9: (SNA, D, SNAA + "|*"),
   10: (None, N, "Russian officials|officials"),  # activity without content; names the act: no *
   11: ("Russia's foreign minister", D, "Russia|foreign minister|Russian foreign minister|Interinform|Interinform news agency"),
   12: ("senior American official", D, "American official|official"),  # names the minister: no *
   13: (EY, I, EYA + "|" + N),                 # analyst "thinks"
   14: (EY, D, EYA), 15: (EY, D, EYA), 16: (EY, D, EYA),
   17: (EY, I, EYA + "|" + N),                 # "in Dr. Young's view"
   18: (EY, I, EYA),                           # "Sooner or later, she said, ..."
   19: (None, N, HY + "|" + HYA),              # "what worries Senator Harold Young": feeling, intro
   20: (None, N, HY + "|" + HYA),              # "Mr. Young ... fears that ..."
   21: (HY, D, HYA), 22: (HY, D, HYA),
   23: ("Russia", I, "Kremlin|United States|administration|" + N),
   24: (None, N, "European diplomats|*"),      # "European diplomats are more relaxed.": intro
   25: ("European diplomats", I, "diplomats|Several"),  # names the council: no *
   26: ("European diplomat", D, "German diplomat|German|diplomat|European diplomats|One of them"),
   27: (None, N, "NATO"),                      # forecast
   28: (None, N, "Many in the alliance"),      # belief
   29: (None, N, PG + "|" + PGA),              # "In the Duma, the mood is darker.": intro
   30: (PG, D, PGA),
   31: (PG, I, PGA),
   32: (None, N, EY + "|" + EYA),              # "is not alarmed by such talk": feeling; Thomas Bell not a speaker
   33: (EY, D, EYA),
   34: ("diplomats", I, "*|European diplomats|Western diplomats"),
   35: (SNA, D, SNAA + "|*"),
 }),
 "t07_statemedia_blacksea2021.txt": ("", {
   0: (None, N, "Russia|Russian Foreign Ministry|Foreign Ministry|Russian MFA|" + YG),  # headline
   # 1-2 dateline pieces: narrator
   3: (YG, I, YGA),
   4: (YG, D, YGA),                            # "the diplomat stressed"
   5: (YG, I, YGA),                            # "According to her, ..."
   6: (YG, D, YGA),                            # "In her opinion, ... "clearly showed""
   7: (YG, D, YGA),
   8: ("NATO Secretary General", D, "Secretary General|NATO|" + YG + "|" + YGA),  # relayed quotation (doubtful)
   9: (YG, D, YGA), 10: (YG, D, YGA),
   11: (SV, D, SVA),
   12: (SV, I, SVA),                           # "The deputy minister recalled that ..."
   13: (SV, D, SVA), 14: (SV, D, SVA),         # "Volkov said" before the senator appears
   15: (VV, D, VVA),
   16: (VV, I, VVA),                           # "The senator noted ..."
   17: (VV, D, VVA),                           # "According to the parliamentarian, ... "speaks for itself""
   18: (VV, I, VVA),                           # "He added ..."
   19: ("Oliver Hale", D, "Hale|NATO|deputy spokesman|NATO deputy spokesman|Western media"),
   20: ("Russia", I, "Russian Defence Ministry|Defence Ministry"),
   # 21 background: narrator
   22: ("organisers", I, "*"),
   23: (None, N, "Russia|Russian side"),       # "The Russian side believes ..."
   # 24 Tags: narrator
 }),
 "t08_bulletin_2023.txt": ("Ruth Marsh", {
   # 0 station, 1 bulletin line, 2 "Newsreader:" line, 3 sting, 4 greeting, 5-6 item: narrator
   7: ("Russia", D, "Moscow"),                 # "what it calls "counter-measures""
   8: (None, N, AH + "|" + AHA),               # cue introducing the correspondent
   9: (AH, D, AHA),
   10: (AH, D, AHA + "|Diplomats I have spoken to|diplomats"),
   11: (AH, D, AHA + "|Jonas Vik|Vik|Secretary General|NATO"),
   12: (AH, D, AHA),
   13: (AH, D, AHA + "|" + N),                 # sign-off
   14: (DK, I, DKA),
   15: (DK, D, DKA), 16: (DK, D, DKA),
   17: (None, N, "Anna"),                      # "In Helsinki, the mood was calmer.": intro
   18: ("Anna", I, "resident|One resident"),
   19: ("Anna", D, "resident"), 20: ("Anna", D, "resident"),
   21: ("Norway", I, "police security service|Norway's police security service"),
   22: ("Russia", I, "Moscow"),
   23: ("Luftwaffe", I, "Germany|German air force"),
   24: ("Luftwaffe", D, "spokesman|Germany|German air force"),
   # 25 "have still not agreed": narrator
   26: (KH, D, KHA),
   27: ("Pentagon spokeswoman", I, "spokeswoman|Pentagon|United States"),
   # 28 "She would not say ...", 29-31 closing: narrator
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
