"""Build gold.csv for the thirty-fifth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running or reading the attribution code. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-34
(experiments/attribution_heldout4/ ... attribution_heldout34/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a briefing turn
  ("Question:", "Answer:") and the unlabelled answers of an interview are
  `direct`;
- in a turn, a speech or an interviewee's answer, a sentence that reports
  another person's or body's words keeps the turn speaker as gold and accepts
  the reported party; nested quotations keep the outer speaker, the inner
  speaker accepted (batch 6); a verdict on another's words ("He is right.",
  "She was right, of course.", "He was exaggerating") accepts nobody (batch 22);
- speech acts of bodies give the body; acts without speech (signed, withdrew,
  suspended, created) are the narrator; a ministry, the Kremlin or an embassy
  speaking for the government gives the country, the body accepted; "the
  State Department said" gives United States;
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted (a deputy minister's do not accept the
  government); a minister announcing his government's decision in a wire lead
  gives the country, the minister and the narrator accepted (batches 14, 28);
  a Secretary General's own remarks give him, with NATO accepted; when he
  reports what the body decided or said ("Allies agreed ...", "Allies have
  said that ...") the body is gold and he is accepted;
- beliefs, memories, feelings are the narrator (the person accepted where
  evidently told to the reporter); intro sentences without content and
  gestures ("(Laughs.)") are the narrator with the person accepted; a speech
  act without content by a named person gives the person, narrator accepted;
  "declined to say", "has not said when" and "did not mention" are the
  narrator with nothing accepted;
- an analyst's view with "thinks"/"argues"/"In her view"/"She points out"
  gives the analyst (`indirect`; narrator accepted for "thinks" and "In her
  view", batches 5, 8, 22);
- headlines, standfirsts (narrator, the reported party accepted), bylines,
  datelines, timestamps, headings, "Related:"/"Watch:" lines, captions,
  copyright and reporting credits, translator lines and bios are the
  narrator; "(Laughter)"/"(Applause)" are the narrator with nothing accepted;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); "One said" after "Two European
  diplomats" gives the singular description (batch 32); loose groups
  likewise;
- a document with no byline (briefing, published speech, joint statement)
  has no narrator; its header lines are the narrator; the unlabelled opening
  statement of a spokeswoman's briefing gives her with the ministry, Russia
  and the narrator accepted, her "Answer:" turns with the ministry and Russia
  accepted (batches 6, 17, 23); a published speech gives the speaker for its
  body from the salutation on, with the narrator and his body accepted, its
  "Speech by ..." line the narrator with him accepted (batches 7, 10, 22, 33);
- a magazine interview with an "Interview by" line has that interviewer as
  narrator; its unlabelled question lines are the narrator, with the party a
  question reports accepted (batches 9, 19, 32);
- a NATO-Russia Council joint statement: "Ministers welcomed / agreed /
  tasked" give "Ministers" (`*` and narrator accepted), "met today" is the
  narrator with the council accepted (batch 32); "NRC member states
  condemned / reaffirmed" give "NATO-Russia Council" (batch 11); "Allies and
  Russia agreed" gives the pair as written (batch 11); the split-off
  paragraph numbers ("1.") are the narrator, nothing accepted (batch 27);
- two people sharing a surname are two speakers; the shared surname alone is
  accepted for neither, the honorific or rank form ("Mr. Marczak" / "Major
  Marczak", "Dr. Frost" / "Mr. Frost") for its own person only (batch 20); a
  relative named only by first name, without the surname written, does not
  block the bare surname (batch 27), one named in full does (batch 21).

New decisions in this batch:
- t01 (wire, 1995): the American supreme allied commander's remarks accept
  NATO (batch 29's NATO commander); "Allies, he said, would not grant Moscow
  any say ..." is his statement of the alliance's stance (him, NATO
  accepted, batch 9), and the verb "grant" is not him; the defense secretary
  Richard Bell and the NATO spokeswoman Anna Bell ("not related") share the
  surname: the bare "Bell" of the tags before and after she appears is the
  secretary, accepted for neither; "the spokeswoman" is Anna Bell; the
  spokeswoman's "Allies have always said that ..." inside her quote stays
  with her (a stance, not a decision), NATO accepted; "according to the
  Russian news agency Rosinform" about the general's travel gives the agency
  by its name (batch 9), its descriptions accepted; the Kremlin's statement
  that "the president had approved the agreement "in principle"" gives
  Russia (`direct`), Kremlin and statement accepted, the unnamed president
  not (an approval, not speech); the Duma deputy's untagged quotation after
  "but he warned:" is left unclosed and stays with him, the next paragraph
  ("Loginov dismissed such fears.") being a new speaker's speech act without
  content; the editor named in "in an interview with the editor of ..." is
  not a speaker; Viktor Loginov and Viktor Sedov share a first name, which
  is accepted for neither.
- t02 (newspaper, 2016): "Sergeant Young said his wife had asked him ...
  whether he was "going to a war or to a training area."" is a relayed
  quotation (batches 7, 20): the quoted words are the unnamed wife's, so gold
  is "wife" (`direct`), with "his wife" and the sergeant accepted (doubtful);
  "She said that's what they always say." inside his quote keeps him, the
  wife accepted; the corporal's "He says the Russians never built ..."
  (his grandfather) keeps the corporal, "grandfather" accepted; the defence
  minister Andrzej Marczak ("Mr. Marczak", "the minister") and the army
  spokeswoman Major Ewa Marczak ("not related") each accept their own
  honorific form and title, and both accept Poland (a minister, and a
  military spokeswoman for her body and government, batch 11); the unnamed
  embassy spokesman gives Russia (batches 30, 33), spokesman and embassy
  forms accepted; "Russian state television has described the exercise as a
  "rehearsal for war,"" gives the broadcaster as written (batch 8), `*`
  accepted; "Many believe ..." (residents) is a belief, narrator, the
  residents accepted; the radio host named in "whose host, X, asked him" is
  not a speaker (the question is only the occasion of the minister's
  answer); the shopkeeper's final quotation missing its closing mark stays
  with her, and the "Related:" line after it is the narrator.
- t03 (MFA briefing, 2018): "Answer:" turns give the spokeswoman (batch 6);
  the opening statement's "According to the organisers, ..." keeps her, the
  organisers and NATO accepted; "Russia has decided to propose ..." gives
  Russia (batch 23's government decision reported by its spokeswoman), her
  forms, the ministry and the narrator accepted; "As Foreign Minister X said
  on Tuesday, "..."" keeps her, the minister accepted; "The Russian Defence
  Ministry has already said ..." keeps her (a relay inside her statement),
  the Defence Ministry accepted; the questioner Kari Holm and the Norwegian
  Defence Minister Lars Holm share a surname: bare "Holm" accepted for
  neither; her question reporting the minister accepts him and Norway; the
  spokeswoman's joke that "the minister and the journalist ... share a
  surname" and "we have seen these statements" name them without content
  (nobody else accepted); "Question (Baltic Wire):" gives the outlet (batch
  6), "Question|journalist|Q" and the label accepted; every bare
  "Question:" gives "Question", never a previous journalist.
- t04 (published speech, 2007): the Secretary General's wife is named only as
  "my wife, Karin", so bare "Lindqvist" is accepted for him (batch 27); her
  quoted warning inside the speech keeps him, "Karin" and "my wife" accepted;
  "In it, we declared that we "do not consider each other as adversaries""
  (the Founding Act, "we" = NATO and Russia) gives "NATO and Russia"
  (`direct`, the Act's words), with him, NATO, Russia, the Act and the
  narrator accepted (batch 34's "we agreed" of the NRC, batch 12's "NATO and
  Russia declared in the Founding Act"); "we created the NATO-Russia
  Council" is an act and stays with him; "Last year, Russia asked for
  consultations ..." keeps him, Russia accepted (a relayed request, batch
  23), while the next sentence "Allies agreed to brief the NATO-Russia
  Council ..." gives NATO (`indirect`, batch 24), him, Allies and the
  narrator accepted; "Allies have said that they will ratify ..." gives NATO
  likewise (batch 13's "The Alliance as a whole has said"); "one of your
  students asked me whether ..." accepts the student (batch 26's reported
  question); the unnamed "your President" quoted accepts "President" and
  Russia (batch 24).
- t05 (news analysis, 2025): the analysts Dr. Laura Frost and Mr. Jonas Frost
  ("no relation"): "Dr. Frost", "she", "In her view" are Laura, "Mr. Frost"
  is Jonas, bare "Frost" accepted for neither; after "Two European diplomats
  said ..." and "One said ...", "the other said" gives "other" (as batch 24's
  "Another", a second unnamed diplomat written as it appears), with "other
  European diplomat", the singular and the group forms accepted, `*` only in
  its sentence that names no other body; "He remembers sitting in Geneva ...
  opposite an American colonel who, he said, had spent three days arguing
  ..." is a memory with a parenthetical tag: narrator, Rybakov accepted (batch
  14's parenthetical without quoted words); "Neither Washington nor Moscow
  wants to be blamed ..." in the standfirst is a wish (narrator, both
  governments accepted, batch 23's "want"); "Beijing has said repeatedly"
  gives China; "The White House has not said when ..." is the narrator.
- t06 (NRC joint statement, 2005): "The Council reviewed the implementation
  of ..." and "Ministers discussed the situation in ..." / "held a frank
  exchange of views on ..." state an activity and its topic only: narrator,
  the council or "Ministers" accepted (batch 15's "discussed"); "The Russian
  Federation informed the Council of its readiness ..." and "reiterated its
  call" give Russia (`indirect`), "Russian Federation" and narrator accepted;
  "Allies welcomed this offer and agreed ..." and "NATO member states
  recalled their position that ..." give NATO; the unnamed "Russian Foreign
  Minister briefed his colleagues on the growing threat ..." gives him as
  written (batch 31's unnamed title), Russia accepted; "They recalled the
  Rome Declaration, in which NATO member states and Russia undertook to
  "..."" keeps "Ministers" (`indirect`: the quoted words are the
  Declaration's, carried by a relative clause, batch 33's "in which Russia
  itself recognised"), the signatories and the Declaration accepted; "The
  Secretary General, as Chairman of the NRC, informed Ministers that ..."
  gives the unnamed "Secretary General" (batch 17), with NATO, Chairman and
  the council accepted; the "NATO-Russia Council" issuer line and meeting
  line are the narrator with nothing accepted, the "Joint Statement" title
  line accepts the council.
- t07 (network website item, 2023): the author Jennifer Long and the Pentagon
  spokesman Brig. Gen. Thomas Long ("not related to this reporter") share the
  surname: bare "Long" is accepted for neither, although the text writes
  "Long, who is not related ..., said" (as batch 26's Bell); "the general" is
  accepted for him (the only general); "the Pentagon said" in the lead gives
  United States (as "the State Department"), Pentagon, the spokesman and the
  narrator accepted (batch 24's Kremlin lead); the two spokesmen (Pentagon,
  Kremlin) make bare "spokesman" acceptable for neither (batch 23); "according
  to a U.S. official familiar with the incident" gives the source as written,
  "U.S. official" accepted, `*` too (the sentence names no other party); the
  untagged next sentence ("The drone was not damaged ...") is the narrator
  with that official accepted (batch 20's t08; doubtful); "A second U.S.
  official" gives "second U.S. official" (batch 34), "The official said" after
  it the same official; "It did not mention the flares." (the ministry) is
  the narrator, nothing accepted; "The Kremlin rejected the account." is a
  body's speech act without content (Russia, narrator accepted).
- t08 (weekly's interview, 2008): the interviewee's son is named in full
  ("Thomas Faber"), so bare "Faber" is accepted for neither (batch 21), while
  "Mr. Faber", the form the interviewer uses, is accepted for the
  interviewee; the standfirst "the 71-year-old is worried that ..." and "He
  is convinced that ..." in the intro are the narrator with him accepted; a
  question that reports a decision or a claim ("NATO foreign ministers
  decided ...", "Moscow says ...", "The Foreign Minister has said ...") is
  the narrator with that party accepted; "the Russians told us again and
  again where their red lines were" accepts "Russians" and Russia (content by
  reference); "He thinks I am sentimental" and "His mother thinks ..."
  report beliefs (nobody else accepted); the closing "Mr. Faber, thank you
  for the conversation." is a question line (narrator), the translator line
  and the editor's bio the narrator with nothing accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
VL, VLA = "Viktor Loginov", "Loginov|Defence Minister|Russian Defence Minister|defence minister|minister|Russia"
RB, RBA = "Richard Bell", "Defense Secretary|U.S. Defense Secretary|defense secretary|United States"
AB, ABA = "Anna Bell", "spokeswoman|NATO spokeswoman|NATO"
TG, TGA = "Thomas Grant", "Grant|Gen. Grant|General Grant|NATO"
VS, VSA = "Viktor Sedov", "Sedov|Communist deputy|deputy"
SAO = "senior alliance official"
RIN = "news agency|Russian news agency|agency|Russian news agency Rosinform"
# t02
DY, DYA = "Daniel Young", "Young|Sergeant Young|Sgt. Young|Sgt. First Class Daniel Young|sergeant"
MN, MNA = "Marcin Nowicki", "Nowicki|Corporal Nowicki|corporal"
AM, AMA = "Andrzej Marczak", "Mr. Marczak|Poland|defence minister|minister|Poland's defence minister"
EM, EMA = "Ewa Marczak", "Major Marczak|spokeswoman|Polish army|army|operational command|Poland"
RE = "Russian Embassy|embassy|Russian Embassy in Warsaw"
HK, HKA = "Halina Kos", "Kos"
# t03
YK = "Yelena Kovalyova"
SMT = "Kovalyova|Foreign Ministry Spokeswoman|spokeswoman|Russia|Foreign Ministry|Russian Foreign Ministry|ministry"
SMS = SMT + "|" + N                            # opening statement: narrator also accepted
HB = "Willem Dekker|Dekker|NATO Secretary General|Secretary General|NATO"
ABE = "Andrei Belov|Belov|Foreign Minister|minister"
LH = "Lars Holm|Norwegian Defence Minister|Defence Minister|defence minister|Norway"
KH, KHA = "Kari Holm", "Question|journalist|Q"
QJ = "journalist|Q"
BW, BWA = "Baltic Wire", "Question|journalist|Q|Question (Baltic Wire)"
# t04
SG = "Erik Lindqvist"
SGA = "Lindqvist|Secretary General|NATO Secretary General|NATO|" + N
SGB = SG + "|Lindqvist|Secretary General|NATO Secretary General|Allies|" + N   # body's act reported by him
KL = "Karin|my wife|wife|Karin Lindqvist"
MSO = "Mikhail Sorokin|Sorokin|Foreign Minister|Russian Foreign Minister|Russia"
KO = "Konstantin Orlov|Orlov|Ambassador Orlov|Ambassador to NATO|ambassador|Russia"
# t05
SAO5, SAO5A = "senior administration official", "administration official|official"
LF, LFA = "Laura Frost", "Dr. Frost|Laura"
JF, JFA = "Jonas Frost", "Mr. Frost|Jonas"
TED = "Two European diplomats"
ED, EDA = "European diplomat", TED + "|European diplomats|diplomats|diplomat|One"
OED, OEDA = "other", "other European diplomat|European diplomat|" + TED + "|European diplomats|diplomats|diplomat"
AS, ASA = "Alexei Sharov", "Sharov|Deputy Foreign Minister|deputy foreign minister"
NOV = "NovoInform|NovoInform news agency|agency"
DR, DRA = "Dmitri Rybakov", "Rybakov"
# t06
MIN, MINA = "Ministers", "*|" + N
NRC, NRCA = "NATO-Russia Council", "NRC|Council|NRC member states|member states|" + N
NRCN = "NATO-Russia Council|NRC|Council"
RUF = "Russian Federation|" + N
# t07
TL = "Thomas Long"
TLA = "Gen. Long|General Long|Brig. Gen. Long|Pentagon spokesman|Pentagon|United States|Defense Department|general"
MO, MOA = "Maxim Orekhov", "Orekhov|Kremlin spokesman|Kremlin|Russia"
USO, USOA = "U.S. official familiar with the incident", "U.S. official|official"
SUO, SUOA = "second U.S. official", "U.S. official|official"
RDM = "Russia's Defense Ministry|Defense Ministry|Russian Ministry of Defense|ministry|statement"
# t08
KW, KWA = "Konrad Faber", "Mr. Faber"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire_bosnia1995.txt": ("James Hope", {
   0: (None, N, "Russia"),                     # headline reporting Russia's decision
   # 1 byline: narrator
   2: ("Russia", I, VL + "|" + VLA + "|" + N),  # dateline lead: the government's decision, "the minister said"
   # 3 narrator
   4: (VL, D, VLA), 5: (VL, D, VLA), 6: (VL, D, VLA),
   7: (VL, I, VLA),                            # "The minister said ..."
   8: (VL, D, VLA),                            # "He added that ... "a grave mistake""
   9: (VL, D, VLA),                            # the editor Oleg Frolov is not a speaker
   10: (RB, D, RBA),
   11: (RB, D, RBA), 12: (RB, D, RBA), 13: (RB, D, RBA),
   14: (RB, I, RBA),                           # "Asked whether ..., Bell replied that it did not."
   15: (RB, I, RBA),
   # 16-17 facts about the Russian general: narrator
   18: ("Rosinform", I, RIN),                  # "according to the Russian news agency Rosinform"
   19: (TG, D, TGA),
   20: (TG, I, TGA + "|Allies"),               # "Allies, he said, would not grant Moscow ..."
   21: (AB, D, ABA),
   22: (AB, D, ABA + "|Allies"),               # "Allies have always said ...": her stance of the body
   23: (AB, D, ABA),
   24: (None, N, "*"),                         # "Not everyone at headquarters was as pleased.": intro
   25: (SAO, D, "alliance official|official|European allies|some European allies"),  # names Moscow, NATO: no *
   26: (SAO, D, "alliance official|official"),  # names "The Russians": no *
   27: ("Russia", D, "Kremlin|statement"),     # the Kremlin's statement, fragment "in principle"
   # 28-29 background: narrator
   30: (None, N, "Western diplomats|diplomats"),  # belief of a group
   31: (None, N, VS + "|" + VSA),              # "In Moscow, the reaction was mixed.": intro
   32: (VS, I, VSA),                           # "said ..., but he warned:" closing its paragraph
   33: (VS, D, VSA), 34: (VS, D, VSA),         # untagged quotation, left unclosed
   35: (VL, I, VLA + "|" + N),                 # "Loginov dismissed such fears."
   36: (VL, D, VLA),
   # 37 reporting credit: narrator
 }),
 "t02_exercise_poland2016.txt": ("Katrin Vogt", {
   # 0 headline, 1 standfirst fact: narrator
   2: (None, N, "Russia|Moscow"),              # standfirst "Moscow calls it a provocation."
   # 3 byline, 4 outlet/date, 5 dateline scene, 6 scene: narrator
   7: (DY, D, DYA), 8: (DY, D, DYA), 9: (DY, D, DYA),
   10: ("Poland", I, "Polish Defence Ministry|Defence Ministry|ministry|" + N),  # according to the ministry (figures)
   11: ("wife", D, "his wife|Young's wife|" + DY + "|" + DYA),  # relayed quotation of his wife (doubtful)
   12: (DY, D, DYA),
   13: (DY, D, DYA + "|wife|his wife"),        # "She said that's what they always say."
   14: (MN, I, MNA),
   15: (MN, D, MNA),
   16: (MN, D, MNA + "|grandfather|My grandfather|his grandfather"),
   17: (AM, I, AMA),
   18: (AM, D, AMA), 19: (AM, D, AMA), 20: (AM, D, AMA),
   21: (AM, I, AMA),                           # "The minister said Warsaw expected ..."
   22: (AM, D, AMA),
   23: (EM, I, EMA),
   24: (EM, D, EMA), 25: (EM, D, EMA), 26: (EM, D, EMA), 27: (EM, D, EMA),
   28: (None, N, "Russia|" + RE),              # "The Russian Embassy ... took a different view.": intro
   29: ("Russia", D, RE + "|statement"),
   30: ("Russia", D, "spokesman|embassy spokesman|spokesman for the embassy|" + RE),  # unnamed embassy spokesman
   31: ("Russian state television", D, "state television|television|*"),
   32: ("NATO official", D, "official|NATO|NATO official in Brussels"),  # names the alliance: no *
   33: (AM, I, AMA + "|" + N),                 # "brushed the embassy's statement aside."
   34: (AM, D, AMA),                           # the host Piotr Sowa is not a speaker
   # 35 narrator
   36: (None, N, "Residents|residents|Residents of Drawsko Pomorskie|Many"),  # belief
   37: (HK, D, HKA),
   38: (HK, D, HKA),                           # closing mark missing
   # 39 Related, 40 caption, 41 photo credit: narrator
 }),
 "t03_mfa_briefing2018.txt": ("", {
   0: (None, N, YK + "|" + SMT.split("|Russia")[0]),  # title line naming her
   # 1 translation note, 2 topic heading: narrator
   3: (YK, D, SMS),
   4: (YK, D, SMS + "|organisers|NATO"),       # "According to the organisers, ..."
   5: (YK, D, SMS),
   6: (YK, D, SMS + "|NATO"),                  # "We have been told many times that ... "purely defensive""
   7: (YK, D, SMS + "|" + HB),
   8: (YK, D, SMS), 9: (YK, D, SMS),
   10: (YK, D, SMS + "|Russian Defence Ministry|Defence Ministry"),
   11: (YK, D, SMS + "|Norway|Norwegian neighbours|our Norwegian neighbours"),  # relayed assurances
   12: (YK, D, SMS), 13: (YK, D, SMS),
   # 14 topic heading: narrator
   15: (YK, D, SMS + "|United States|US administration"),
   16: (YK, D, SMS + "|" + ABE),               # quotes the Foreign Minister
   17: ("Russia", D, YK + "|Kovalyova|Foreign Ministry Spokeswoman|spokeswoman|Foreign Ministry|Russian Foreign Ministry|ministry|" + N),
   18: (YK, D, SMS),
   # 19 heading: narrator
   20: ("Question", D, QJ),
   21: (YK, D, SMT), 22: (YK, D, SMT), 23: (YK, D, SMT),
   24: (KH, D, KHA),                           # self-introduction
   25: (KH, D, KHA + "|" + LH),                # reports the Norwegian minister
   26: (KH, D, KHA),
   27: (YK, D, SMT),                           # names minister and journalist, no content
   28: (YK, D, SMT),
   # 29 (Laughter.): narrator
   30: (YK, D, SMT),                           # "we have seen these statements": no content
   31: (YK, D, SMT),
   32: (KH, D, KHA),                           # "Question: Kari Holm again."
   33: (KH, D, KHA),
   34: (YK, D, SMT), 35: (YK, D, SMT),
   36: (YK, D, SMT + "|Norwegian embassy|embassy|Norway"),
   37: (BW, D, BWA), 38: (BW, D, BWA),
   39: (YK, D, SMT), 40: (YK, D, SMT),
   41: ("Question", D, QJ),                    # bare "Question:": not a previous journalist
   42: (YK, D, SMT),
   43: (YK, D, SMT + "|NATO|Alliance|Brussels"),  # relays the Alliance's words
   44: (YK, D, SMT),
 }),
 "t04_speech_sg2007.txt": ("", {
   # 0 title: narrator
   1: (None, N, SG + "|Lindqvist|Secretary General|NATO Secretary General"),  # "Speech by ..." line
   # 2 place/date: narrator
   3: (SG, D, SGA),                            # salutation
   4: (SG, D, SGA),
   5: (SG, D, SGA + "|" + KL),                 # his wife's quoted warning
   6: (SG, D, SGA + "|" + KL),
   # 7 (Laughter): narrator
   8: (SG, D, SGA),                            # "She was right, of course."
   9: (SG, D, SGA + "|student|one of your students"),  # reported question
   10: (SG, D, SGA),
   11: (SG, D, SGA),                           # "signed the Founding Act": act
   12: ("NATO and Russia", D, SG + "|" + SGA + "|Russia|Founding Act|Act"),  # "we declared that we "...""
   13: (SG, D, SGA),                           # "we created the NATO-Russia Council": act
   14: (SG, D, SGA),
   15: (SG, D, SGA + "|President|your President|Russia"),
   16: (SG, D, SGA),
   17: (SG, D, SGA), 18: (SG, D, SGA), 19: (SG, D, SGA),
   20: (SG, D, SGA),
   21: (SG, D, SGA + "|Russia"),               # relayed request
   22: ("NATO", I, SGB),                        # "Allies agreed to brief ..."
   23: (SG, D, SGA), 24: (SG, D, SGA),
   # 25 (Applause): narrator
   26: (SG, D, SGA), 27: (SG, D, SGA),
   28: (SG, D, SGA + "|United States"),        # relayed proposal
   29: (SG, D, SGA),
   30: (SG, D, SGA + "|United States|Americans"),  # "the Americans have offered ..."
   31: (SG, D, SGA), 32: (SG, D, SGA),
   33: ("NATO", I, SGB),                        # "Allies have said that they will ratify ..."
   34: (SG, D, SGA + "|" + MSO),               # the Russian minister's "lost patience"
   35: (SG, D, SGA), 36: (SG, D, SGA), 37: (SG, D, SGA),
   38: (SG, D, SGA + "|" + KO),                # the ambassador's saying
   39: (SG, D, SGA),                           # "He is right.": verdict, nobody else
   40: (SG, D, SGA),
   # 41 (Laughter): narrator
   42: (SG, D, SGA), 43: (SG, D, SGA), 44: (SG, D, SGA),
 }),
 "t05_analysis_newstart2025.txt": ("Helen Grant", {
   # 0 rubric, 1 headline: narrator
   2: (None, N, "United States|Russia|Washington|Moscow"),  # standfirst: a wish of both
   # 3 byline, 4 date, 5-8 background: narrator
   9: ("Russia", I, "Moscow|" + N),            # "Moscow offered to keep observing ..."
   10: ("Russia", D, "Kremlin"),
   # 11 "So far, it has received neither.": narrator
   12: (SAO5, D, SAO5A),                       # names the United States: no *
   13: (SAO5, D, SAO5A),                       # names Russia: no *
   14: (SAO5, D, "*|" + SAO5A),
   15: (LF, I, LFA + "|" + N),                 # "thinks that is the wrong way ..."
   16: (LF, I, LFA + "|" + N),                 # "In her view, ..."
   17: (LF, I, LFA),                           # "She points out that ..."
   18: (LF, D, LFA), 19: (LF, D, LFA), 20: (LF, D, LFA),
   21: (None, N, "*"),                         # "Not everyone in her field agrees.": intro
   22: (JF, I, JFA),                           # "argues that ..."
   23: (JF, D, JFA), 24: (JF, D, JFA), 25: (JF, D, JFA),
   26: (TED, I, "European diplomats|diplomats|several allies|allies"),  # names Washington, NATO: no *
   27: (ED, I, EDA + "|Germany and Norway"),   # "One said Germany and Norway had made the case"
   28: (OED, D, OEDA),                         # "the other said"; names Moscow: no *
   29: (OED, D, OEDA + "|*"),
   30: ("NATO officials", D, "officials|NATO"),  # names the alliance: no *
   31: (None, N, AS + "|" + ASA + "|Russia"),   # "In Moscow, the tone has hardened.": intro
   32: (AS, D, ASA),                           # deputy minister: no government accepted
   33: (AS, D, ASA + "|" + NOV),               # "according to the agency"
   34: (AS, D, ASA), 35: (AS, D, ASA),
   36: (DR, I, DRA),
   37: (None, N, DR + "|" + DRA),              # memory with parenthetical "he said"
   38: (DR, D, DRA), 39: (DR, D, DRA),
   40: (None, N, "Many in Washington|Pentagon|Pentagon estimates|United States"),  # belief; relative clause
   41: ("China", I, "Beijing"),
   # 42 "The White House has not said when ...": narrator, nothing accepted
   43: ("Officials", I, "*"),
   # 44 Related: narrator
 }),
 "t06_nrc_statement2005.txt": ("", {
   # 0 issuer line: narrator
   1: (None, N, NRCN),                         # "Joint Statement" title line
   # 2 meeting line, 3 place/date, 4 release number, 5 "1.": narrator
   6: (None, N, NRCN),                         # "The NRC met today ...": the issuer's announcement
   7: (MIN, I, MINA),                          # "Ministers reviewed ... and reaffirmed ..."
   # 8 "2."
   9: (MIN, I, MINA), 10: (MIN, I, MINA),
   # 11 heading, 12 "3."
   13: (NRC, I, NRCA),                         # "NRC member states condemned ..."
   14: (NRC, I, NRCA),                         # "They reaffirmed that ..."
   # 15 "4."
   16: (None, N, NRCN),                        # "The Council reviewed the implementation of ...": activity
   17: (MIN, I, MINA),                         # "Ministers tasked ..."
   # 18 "5."
   19: ("Russia", I, RUF),                     # "The Russian Federation informed the Council of its readiness ..."
   20: ("NATO", I, "Allies|" + N),             # "Allies welcomed this offer and agreed ..."
   # 21 heading, 22 "6."
   23: (None, N, "Ministers"),                 # "Ministers discussed the situation ...": activity
   24: ("Russian Foreign Minister", I, "Russia|Foreign Minister|Russian Federation|" + N),
   25: ("Allies and Russia", I, "NATO|Russia|NATO and Russia|NATO-Russia Council|NRC|" + N),
   # 26 heading, 27 "7."
   28: (None, N, "Ministers"),                 # "held a frank exchange of views on ...": activity
   29: ("Russia", I, RUF),                     # "reiterated its call for ..."
   30: ("NATO", I, "NATO member states|Allies|" + N),  # "NATO member states recalled their position that ..."
   # 31 "8."
   32: (MIN, I, MINA),
   33: (MIN, I, MINA + "|NATO member states and Russia|NATO and Russia|Rome Declaration"),  # Declaration's words in a relative clause
   # 34 heading, 35 "9."
   36: (MIN, I, MINA),
   # 37 "10."
   38: ("Secretary General", I, "NATO Secretary General|Chairman|NATO|NATO-Russia Council|NRC|" + N),
   # 39 "11."
   40: (MIN, I, MINA),
   # 41 contact line: narrator
 }),
 "t07_network_blacksea2023.txt": ("Jennifer Long", {
   0: (None, N, "United States|Pentagon"),     # headline "..., Pentagon says"
   # 1 byline, 2 timestamp: narrator
   3: ("United States", I, "Pentagon|" + TL + "|" + TLA + "|" + N),  # lead: event + "the Pentagon said"
   4: (USO, I, USOA + "|*"),                   # "according to a U.S. official familiar with the incident"
   5: (None, N, USO + "|" + USOA),             # untagged sequel of the official's account (doubtful)
   6: (TL, D, TLA), 7: (TL, D, TLA),
   8: (TL, D, TLA),                            # "Long, who is not related to this reporter, said"
   # 9 "He declined to say ...": narrator, nothing accepted
   10: (TL, I, TLA),                           # "Asked whether ..., the general said:"
   11: (TL, D, TLA), 12: (TL, D, TLA), 13: (TL, D, TLA),
   14: ("Russia", I, "Kremlin|" + N),          # "The Kremlin rejected the account."
   15: (MO, D, MOA), 16: (MO, D, MOA), 17: (MO, D, MOA),
   18: (MO, D, MOA),
   19: ("Russia", D, RDM),
   # 20 "It did not mention the flares.": narrator, nothing accepted
   21: (SUO, D, SUOA + "|NATO"),               # names NATO: no *
   22: (SUO, I, SUOA + "|*"),                  # "The official said ..."
   # 23 background: narrator
   24: ("United States", I, "State Department"),
   # 25 contribution line, 26 Related, 27 Watch, 28-29 copyright: narrator
 }),
 "t08_interview_weekly2008.txt": ("Sabine Hartmann", {
   # 0 masthead: narrator
   1: (None, N, KW + "|" + KWA),               # headline quoting him
   # 2 standfirst fact: narrator
   3: (None, N, KW + "|" + KWA),               # "the 71-year-old is worried that ..."
   # 4 "Interview by", 5 date, 6-7 intro facts: narrator
   8: (None, N, KW + "|" + KWA),               # "He is convinced that ...": belief
   # 9 the son (fact): narrator, nothing accepted
   10: (None, N, "NATO|NATO foreign ministers|foreign ministers"),  # question reporting NATO's decision
   # 11 question: narrator
   12: (KW, D, KWA), 13: (KW, D, KWA),
   14: (KW, D, KWA),                           # echo ""No business as usual"": nobody else
   15: (None, N, "Russia|Moscow"),             # question "Moscow says ..."
   # 16 question: narrator
   17: (KW, D, KWA),
   18: (KW, D, KWA + "|senior official in the Kremlin|official|Kremlin official"),  # nested quotation
   19: (KW, D, KWA + "|senior official in the Kremlin|official|Kremlin official"),
   20: (KW, D, KWA),
   # 21 question: narrator
   22: (KW, D, KWA),
   23: (KW, D, KWA + "|Russians|Russia"),      # "the Russians told us again and again ..."
   24: (KW, D, KWA + "|Yuri Gromov|Gromov"),   # his counterpart's saying
   25: (KW, D, KWA),                           # "He was exaggerating": nobody else
   26: (None, N, KW + "|" + KWA),              # "(Laughs.)"
   27: (KW, D, KWA),
   28: (None, N, "Foreign Minister|Germany"),  # question reporting the Foreign Minister
   # 29 question: narrator
   30: (KW, D, KWA), 31: (KW, D, KWA), 32: (KW, D, KWA),
   # 33-34 question: narrator
   35: (KW, D, KWA),
   36: (KW, D, KWA),                           # "He thinks I am sentimental": a belief
   37: (KW, D, KWA),
   # 38 question: narrator
   39: (KW, D, KWA), 40: (KW, D, KWA), 41: (KW, D, KWA),
   # 42 closing question line, 43 translator line, 44 bio: narrator
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
