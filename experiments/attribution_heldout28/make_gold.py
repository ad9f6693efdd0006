"""Build gold.csv for the twenty-eighth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
with the later batches' refinements where they apply, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`;
- in a transcript or speech, a sentence that reports another person's words
  keeps the turn speaker as gold and accepts the reported person or body;
- speech acts of bodies give the body; acts without speech are the narrator;
  a ministry speaking for the government gives the country, the ministry
  accepted; "The Kremlin/Foreign Ministry has also commented." (no content)
  gives Russia, narrator accepted (batch 18);
- a spokesperson's or minister's own remarks give the person, with the
  government or body accepted; a deputy minister's accept only his own forms;
  a Secretary General's own remarks give him, with NATO accepted; when a
  spokesperson or the Secretary General reports what the body decided
  ("Allies agreed that ...", "Mr Vos said allies had agreed ...") the body is
  gold and he is accepted; a spokesman's purely procedural lines do not
  accept the body (batch 19);
- beliefs, memories and feelings are the narrator; intro sentences without
  content ("was dismissive.", "has been more cautious.", "Moscow reacted
  within hours.") are the narrator with the person introduced accepted;
  "declined to say/comment" is the narrator, nothing accepted;
- a factual sentence whose relative clause carries another party's speech
  ("what aides described as", "a body he had proposed") is the narrator,
  with that party accepted (batch 9);
- headlines, standfirsts (narrator, the reported parties accepted), bylines,
  datelines, "Related:" lines, timestamps, credits and "(Applause)"-style
  lines are the narrator; unnamed sources are written as they appear without
  the article, `*` accepted unless the sentence also names another person or
  body;
- a document with no byline (transcript, agency dispatch, published speech)
  has no narrator; honorifics and ranks are not part of the canonical name; a
  Russian name with patronymic is canonical in full, first name + surname
  accepted (batch 7); when two people share a surname, the bare surname is
  accepted for neither, and an honorific or rank ("Mr Tamm"/"Ms Tamm",
  "Colonel Kotov", "General Frost") decides (batches 20-26).

New decisions in this batch:
- t01 (British news story, 2016): the lead "Britain will send 800 troops
  ..., the prime minister announced" gives United Kingdom (a head of
  government announcing her government's decision, batch 14's t08 lead),
  `indirect`, the prime minister (named only in the next sentence), her name
  forms and the narrator accepted; a prime minister's own remarks accept her
  country (as a president's, batch 9); "Nato leaders agreed on Friday to
  station four ... battalions" gives NATO (`indirect`, batch 8's wire lead),
  the leaders and the narrator accepted (narrator too, because batch 26 read
  "agreed to host" as an act); "Not every ally shares his sense of urgency."
  introduces the unnamed diplomat (narrator, `*`); the diplomat's relayed
  "some governments feared ... "a propaganda gift"" keeps the diplomat, the
  governments accepted, no `*` (names the Kremlin); "Downing Street believes
  ..." is a belief (narrator, Downing Street and United Kingdom accepted, as
  batch 7's "The Russian side believes"); the quotation left unclosed at the
  end of Mr Tamm's paragraph stays with him; Liis Tamm's "my son asks me
  every night whether ..." accepts the son (batch 19's sister); "In Tapa, the
  reaction was more mixed." introduces her (batch 25); the "Related:" line
  reports nothing, so it accepts nobody.
- t02 (obituary, 2019): "he believed, according to friends, that ..." gives
  the named source of the belief, "friends" (`indirect`), with the narrator
  (a belief) and the dead man accepted, no `*` (the sentence names the West
  and Russia) (new, doubtful); the dead diplomat accepts Russia only in the
  rows where he spoke as ambassador (1997, 1999), not as a retired man or in
  1993 (batch 14's Frolov); "spent five years arguing with the alliance" in
  the opening sentence is an activity without content (narrator, him
  accepted, batch 12); "The Russian Foreign Ministry announced his death,
  calling him "..."" gives Russia (`direct`), ministry and narrator accepted
  (batch 22's t08); the weekly he spoke to is not accepted (batch 26); the
  historian "who interviewed him" is not a speaker; his widow's report of his
  saying accepts him (batch 9); the son shares the surname, so bare
  "Bessonov" is accepted for nobody, "Bessonova" for the widow only.
- t03 (NATO press briefing, 2008): "MARTIN YOUNG (NATO Spokesman):" and the
  later "MARTIN YOUNG:" give him; "Allies agreed that ...", "They also decided
  ...", "Ministers have not taken a decision to freeze the Council" (batch
  8's "ministers had not decided") and "Allies said in Bucharest that ..."
  give NATO, him accepted; "We were informed this morning by the Russian side
  that ..." keeps him, Russia accepted (relayed information); "I have seen
  the ambassador's remarks." names remarks without content (nobody else); the
  merged "(Laughter) I know that is not the answer you wanted." piece keeps
  the turn speaker (batch 7's "(laughs) He usually does."); the bare "Q: A
  follow-up, if I may." gives "Q" although it is probably the previous
  questioner (doubtful, as batch 25); "Q: Anna Kowalczyk again." gives her.
- t04 (op-ed, 2026, byline at the top): the author is the narrator, his own
  reported words ("I told my Russian counterparts ...") are the narrator
  (batch 10/24); "Daniel Frost made it well in these pages last month:"
  closing its paragraph gives Frost (`indirect`, batch 11's "put it
  memorably ...:"), the untagged quotation paragraph after it Frost
  (`direct`); the unnamed retired Russian official is "deputy minister"
  (`*` accepted, except in the piece whose vocative "Peter" names the
  author); "Most of them did not believe me." is a belief (narrator, the counterparts accepted); "Some will
  say ..." is the author's prediction (narrator, "Some" accepted, batch 24);
  the wife given by first name keeps it ("Anne"), "my wife" and "Anne Stone"
  accepted (batch 9's Margit); her final quotation left unclosed stays with
  her; "He was right" and "She is right to be cautious." are the author's
  verdicts (nothing accepted).
- t05 (live blog, 2024): the "Live coverage by" author is the narrator; the
  merged key-event bullets accept the reported parties; "A reader, Tom in
  Bristol, emails to ask whether ..." gives "Tom" (batch 19); "The Russian
  embassy ... has posted a short statement on Telegram." is an intro and "It
  says ..." gives Russia (`direct`), embassy variants accepted; "Our security
  correspondent, Helen Grant, writes:" and her analysis block give her,
  narrator accepted (batch 5); "has just spoken to us" gives the prime
  minister (`indirect`), narrator and the signing correspondent accepted
  (batch 19); the prime minister Tiit Sepp and the ministry spokesperson
  Kristiina Sepp ("not related") share the surname: the bare "Sepp said"
  before she appears is Tiit, bare "Sepp" accepted for neither; "According to
  the NordPress agency, the Russian Defence Ministry says ..." gives Russia,
  ministry and agency accepted (relaying source, batch 24); "NATO has
  confirmed that ..." gives NATO (`indirect`); "the alliance's Allied Air
  Command said" gives the command as itself ("Allied Air Command"), NATO
  accepted (new, as batch 17's "Estonian Defence Forces"); "several diplomats
  here say" gives "several diplomats", `*` accepted.
- t06 (US news analysis, 2007): the leaked memo is "internal State Department
  memo" as written (batch 10's document rule) for every sentence carrying its
  content ("suggests", "It warns", "According to the memo", "The memo
  recommends", "It also says"), with memo variants and its author Karen Frost
  accepted (batch 14's signing ambassador); the memo's description is the
  narrator; "Foreign Minister X told her that Moscow would "...", according to
  an American official who was in the room" gives the minister (relayed
  quotation, batch 7), the official and Russia accepted; Karen Frost and Lt.
  Gen. Thomas Frost share the surname ("not related"): "General Frost" is
  Thomas, bare "Frost" accepted for neither; the splitter cuts "Sen. Carl
  Rose (D-Mich." from its speech and "Sen. Dana Hope (R-S.C.)" from "called
  that ...": the name pieces belong to the senator's sentence (`direct`,
  narrator accepted); "The Pentagon has been blunter." introduces the general
  (narrator, Pentagon, United States and him accepted); the general heading
  an agency accepts the agency and the Pentagon, not the United States
  (batch 19's pilot); "Some in the administration believe ..." is a belief
  (narrator, the group accepted, no `*`); "Polish officials have made clear
  ..." names Washington and NATO (officials and Poland only).
- t07 (translated state agency dispatch, 2004, no byline, so no narrator):
  the translation line, the original-dispatch line and the "[Translator's
  note: ...]" piece are the narrator, nothing accepted; the Kremlin spokesman
  Leonid Vasilyevich Kotov and the retired Colonel Igor Kotov ("a namesake")
  share the surname: the bare "Kotov noted" before the colonel appears is the
  spokesman, "Colonel Kotov", "the expert" and "In his opinion" after his
  introduction are Igor; bare "Kotov" accepted for neither; "official
  representative" is used for both the Foreign Ministry's Gusev and NATO's
  Hale and is accepted for neither bare; "At NATO headquarters in Brussels,
  the deployment is described as ..." gives NATO (`indirect`, as batch 7's
  passive "it was noted at the Foreign Ministry"); "According to Western news
  agencies, X called ... "..."" gives X, the agencies accepted; the lead
  "Moscow regards ..., Kotov told a Rus-Inform correspondent" gives him (batch
  7's lead), Russia accepted; the Duma committee deputy chairman accepts only
  his own forms (a parliamentarian, not the government).
- t08 (published conference speech, 1994, no byline): the minister is the
  speaker for its body (narrator and his government accepted), from the
  salutation line on (batch 22); "the Alliance offered us the Partnership for
  Peace" keeps him, NATO accepted (a relayed offer, batch 19); "The
  Government of the Republic of Poland has decided to sign ..." gives Poland
  (batch 10's minister reporting his government's decision), him accepted;
  "In Brussels the sixteen Allies declared that the Alliance "..."" gives
  NATO (`direct`, batch 8/13), him and the narrator accepted; his quotations
  of the American Secretary of Defense, an unnamed Russian general, the
  Russian President, his late father Jan Sowa (shared surname: bare "Sowa"
  accepted for neither) and "our President" keep him and accept the quoted
  person; "Check against delivery", "(Laughter)", "(Applause)" and the
  "Source:" line are the narrator, nothing accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
HF, HFA = "Helen Frost", "Frost|Ms Frost|prime minister|Prime Minister|United Kingdom|Britain|UK"
AK, AKA = "Andrei Kuzmin", "Kuzmin|Mr Kuzmin|ambassador|Russia's ambassador to London|Russian ambassador|Russian envoy|envoy|Russia"
MH, MHA = "Michael Hope", "Hope|Mr Hope|defence secretary|Defence Secretary|United Kingdom|Britain|UK"
MT, MTA = "Margus Tamm", "Mr Tamm|defence minister|Estonia's defence minister|Estonia"
SD, SDA = "senior diplomat from a western European country", "senior diplomat|diplomat"
OB, OBA = "Owen Bell", "Bell|Mr Bell|shadow defence secretary|Labour's shadow defence secretary"
PV, PVA = "Pieter Vos", "Vos|Mr Vos|secretary general|Secretary General|Nato's secretary general|NATO|Nato"
LT, LTA = "Liis Tamm", "Ms Tamm|Liis"
# t02
AB = "Arkady Ilyich Bessonov"
ABN = "Arkady Bessonov"
ABE = ABN + "|ambassador|Russia's ambassador to NATO|Russia's first ambassador to NATO|Russia"  # as envoy
RG, RGA = "Richard Grant", "Grant|Mr Grant|American ambassador to NATO"
NB, NBA = "Nina Bessonova", "Bessonova|Ms Bessonova|Nina|widow|His widow|wife"
MB, MBA = "Mikhail Bessonov", "Mikhail|son|their son"
# t03
MY = "Martin Young"
MYM = "Young|Mr Young|NATO Spokesman|Spokesman|spokesman"   # procedural lines
MYA = MYM + "|NATO"
MYF = MY + "|" + MYM
AKZ, AKZA = "Anna Kowalczyk", "Kowalczyk|Question|journalist|Q"
ALB, ALBA = "Anna Lindberg", "Lindberg|Question|journalist|Q"
PB, PBA = "Pieter de Boer", "de Boer|De Boer|Question|journalist|Q"
QQ = "Question|journalist"
RUFM = "Russia|Russian Foreign Ministry|Foreign Ministry"
# t04
YO, YOA = "Yuri Orekhov", "Orekhov|General Orekhov|General Yuri Orekhov|general"
SGO, SGOA = "Sergei Golubev", "Golubev|deputy foreign minister|Russia's deputy foreign minister"
LH, LHA = "Liv Halvorsen", "Halvorsen|secretary general|Secretary General|NATO's secretary general|NATO"
DF, DFA = "Daniel Frost", "Frost"
DM, DMA = "deputy minister", "*|One of them|deputy minister who has since retired"
AN, ANA = "Anne", "wife|My wife|my wife|Anne Stone"
# t05
TS, TSA = "Tiit Sepp", "prime minister|Estonia's prime minister|Prime Minister|Estonia"
KS, KSA = "Kristiina Sepp", "spokesperson|ministry's spokesperson|Estonia|foreign ministry|Estonia's foreign ministry|ministry"
HG, HGA = "Helen Grant", "Grant|security correspondent|" + N
LR = "Liina Rebane"
DO, DOA = "Dmitry Orlov", "Orlov|spokesman|Kremlin spokesman|Kremlin|Russia"
EMB = "Russian embassy|Russian embassy in Tallinn|embassy"
# t06
EM, EMA = "Ellen Marsh", "Marsh|Ms. Marsh|Secretary Marsh|Secretary of State|secretary|State Department|United States"
VL, VLA = "Viktor Lebedev", "Lebedev|Foreign Minister|foreign minister|Russia"
MEMO = "internal State Department memo"
MEMOA = "memo|internal memo|State Department memo|document|Karen Frost|Ms. Frost"
SAO, SAOA = "senior administration official", "official|administration official"
TF, TFA = "Thomas Frost", "General Frost|Gen. Thomas Frost|Lt. Gen. Thomas Frost|director of the Missile Defense Agency|Missile Defense Agency|Pentagon"
NS, NSA = "Nikolai Sorokin", "Sorokin|General Sorokin|Gen. Nikolai Sorokin|chief of the general staff|Russia's chief of the general staff"
CR, CRA = "Carl Rose", "Rose|Mr. Rose|Sen. Carl Rose|Sen. Rose|Senator Rose"
DH, DHA = "Dana Hope", "Hope|Ms. Hope|Sen. Dana Hope|Sen. Hope|Senator Hope"
TK, TKA = "Tomasz Krol", "Krol|deputy defense minister|Poland's deputy defense minister"
# t07
LK, LKA = "Leonid Vasilyevich Kotov", "Leonid Kotov|Kremlin spokesman|Presidential Press Secretary|press secretary|spokesman|Kremlin|Russia"
AG, AGA = "Alexander Gusev", "Gusev|official representative of the Foreign Ministry|diplomat|Russia|Russian Foreign Ministry|Foreign Ministry|ministry"
RH, RHA = "Robert Hale", "Hale|alliance's official representative|NATO"
LV, LVA = "Linas Vaitkus", "Vaitkus|Lithuanian Defence Minister|Defence Minister|Lithuania|Western news agencies|news agencies"
PS, PSA = "Pavel Shirokov", "Shirokov|Deputy Chairman of the State Duma Defence Committee|deputy chairman"
IK, IKA = "Igor Kotov", "Colonel Kotov|retired Colonel Igor Kotov|Colonel Igor Kotov|expert|military expert"
# t08
AS = "Andrzej Sowa"
AST = "Minister|minister|Minister Sowa|Minister of National Defence|Minister of National Defence of the Republic of Poland|defence minister|Polish defence minister"
ASA = AST + "|Poland|" + N
ASF = AS + "|" + ASA

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_battlegroup2016.txt": ("Katherine Long", {
   0: (None, N, "Russia"),                     # headline: Moscow warns
   1: (None, N, HF + "|" + HFA + "|" + AK + "|" + AKA),  # standfirst reporting both
   # 2 byline, 3 date, 4 "Related:" line: narrator, nothing accepted
   5: ("United Kingdom", I, "Britain|UK|" + N + "|" + HF + "|" + HFA),  # "..., the prime minister announced"
   6: (HF, D, HFA), 7: (HF, D, HFA),
   8: (HF, D, HFA),                            # paragraph left open
   9: (HF, D, HFA), 10: (HF, D, HFA),          # reopened mark, new paragraph
   11: (HF, I, HFA),                           # "The prime minister ... also confirmed that"
   12: ("NATO", I, "Nato|Nato leaders|leaders|" + N),  # "Nato leaders agreed ... to station"
   13: (None, N, "Russia|Moscow|" + AK + "|" + AKA),   # "Moscow reacted within hours.": intro
   14: (AK, D, AKA), 15: (AK, D, AKA), 16: (AK, D, AKA),
   17: (AK, I, AKA),                           # "The ambassador said"
   18: ("Russia", D, "Kremlin"),               # "the Kremlin said in a statement that Russia would take "...""
   19: (None, N, MH + "|" + MHA),              # "was dismissive.": intro
   20: (MH, D, MHA), 21: (MH, D, MHA), 22: (MH, D, MHA),
   23: (MT, I, MTA),
   24: (MT, D, MTA),                           # "the 61-year-old said"
   25: (MT, D, MTA), 26: (MT, D, MTA),         # quotation never closed
   27: (MT, I, MTA),
   28: (None, N, "*"),                         # "Not every ally shares ...": intro
   29: (SD, D, SDA + "|governments|some governments"),  # names the Kremlin: no *
   30: (SD, D, "*|" + SDA),
   31: (OB, D, OBA),
   32: (OB, I, OBA),
   33: (None, N, PV + "|" + PVA),              # "struck a similar note": intro
   34: (PV, D, PVA), 35: (PV, D, PVA),
   36: ("NATO", D, "Nato|allies|Allies|" + PV + "|" + PVA),  # SG reports the allies' decision
   37: (None, N, "Downing Street|United Kingdom|Britain"),  # belief
   # 38 "declined to say" in an interview with a presenter: narrator, nothing accepted
   39: (None, N, LT + "|" + LTA),              # intro
   40: (LT, I, LTA),
   41: (LT, D, LTA + "|son|my son"),           # reports her son's question
   42: (LT, D, LTA),
   # 43 reporting credit: narrator
 }),
 "t02_obituary2019.txt": ("Helen Marsh", {
   # 0 headline (no speech): narrator
   1: (None, N, AB + "|" + ABN),               # standfirst reporting his words
   # 2 byline: narrator
   3: (None, N, AB + "|" + ABN),               # "spent five years arguing with the alliance": activity without content (batch 12)
   # 4 narrator
   5: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry|ministry|" + N),
   # 6-7 career: narrator
   8: (AB, D, ABN), 9: (AB, D, ABN), 10: (AB, D, ABN),   # 1993, not yet envoy
   # 11 narrator
   12: (AB, D, ABE),                           # 1997, as ambassador
   13: (RG, D, RGA + "|" + N),                 # "remembered him as "..."" (batch 8)
   14: (RG, D, RGA), 15: (RG, D, RGA),
   # 16 relationship, 17 "was recalled" (act): narrator
   18: (AB, D, ABE),                           # 1999, as ambassador
   19: ("friends", I, N + "|" + AB + "|" + ABN),  # "he believed, according to friends, that ..." (new, doubtful)
   # 20 narrator
   21: (None, N, AB + "|" + ABN),              # "a body he had proposed": relative clause
   # 22 memoir title: narrator
   23: (AB, D, ABN),                           # memoir: "admitted that he had "...""
   24: (AB, I, ABN),                           # told the historian (not a speaker)
   25: (None, N, AB + "|" + ABN),              # "his tone hardened.": intro
   26: (AB, D, ABN),                           # retired: Russia not accepted
   # 27 survived by: narrator
   28: (NB, D, NBA), 29: (NB, D, NBA), 30: (NB, D, NBA),
   31: (NB, D, NBA + "|" + AB + "|" + ABN),    # her report of his saying
   32: (MB, D, MBA), 33: (MB, D, MBA),
   # 34 narrator
 }),
 "t03_briefing2008.txt": ("", {
   0: (None, N, MYF),                          # title line naming him
   # 1 place/date: narrator
   2: (MY, D, MYM), 3: (MY, D, MYM),           # procedural
   4: (MY, D, MYA),                            # event in his statement
   5: ("NATO", D, "Allies|" + MYF),            # "Allies agreed that ..."
   6: ("NATO", D, "Allies|" + MYF),            # "They also decided ..."
   7: (MY, D, MYA + "|Secretary General|NATO Secretary General"),  # quotes the SG
   8: (MY, D, MYA),
   9: (AKZ, D, AKZA),                          # "Q: Thank you." before her self-introduction
   10: (AKZ, D, AKZA), 11: (AKZ, D, AKZA),
   12: (MY, D, MYA),
   13: (MY, D, MYA),                           # echo of "suspended": nobody else
   14: ("NATO", D, "Ministers|ministers|" + MYF),  # "Ministers have not taken a decision ..."
   15: (ALB, D, ALBA),
   16: (ALB, D, ALBA + "|Zimin|Mr Zimin|Russian ambassador|ambassador|Russia"),  # reports the ambassador
   17: (ALB, D, ALBA),
   18: (MY, D, MYA), 19: (MY, D, MYA), 20: (MY, D, MYA),
   21: ("Q", D, QQ), 22: ("Q", D, QQ),         # bare follow-up (doubtful: probably Lindberg)
   23: (MY, D, MYA + "|Russia|Russian side"),  # relays what the Russian side said
   24: (MY, D, MYA),
   25: (MY, D, MYM),                           # "(Laughter) I know ..." merged piece
   26: (PB, D, PBA),
   27: (PB, D, PBA + "|" + RUFM),              # reports the ministry's statement
   28: (PB, D, PBA),
   29: (MY, D, MYA), 30: (MY, D, MYA),
   31: (AKZ, D, AKZA), 32: (AKZ, D, AKZA),     # "Q: Anna Kowalczyk again."
   33: (MY, D, MYA),
   34: (MY, D, MYA + "|Secretary General|NATO Secretary General"),  # "he told me ... that he wants"
   35: ("Q", D, QQ),
   36: (MY, D, MYA),
   37: ("NATO", D, "Allies|" + MYF),           # "Allies said in Bucharest that ..."
   38: (MY, D, MYM),
 }),
 "t04_oped2026.txt": ("Peter Stone", {
   # 0 rubric, 1 headline, 2-3 standfirst, 4 byline, 5 date: narrator
   6: (None, N, YO + "|" + YOA),               # introduces the general
   7: (YO, D, YOA),
   # 8-10 narrator
   11: ("Russia", I, "Moscow"),
   12: (SGO, D, SGOA),                         # deputy minister: own forms only
   # 13 author's view: narrator
   14: (None, N, LH + "|" + LHA),              # "has been more cautious.": intro
   15: (LH, D, LHA),
   # 16-17 author's verdict: narrator
   18: (DF, I, DFA),                           # "made it well in these pages last month:"
   19: (DF, D, DFA), 20: (DF, D, DFA),         # untagged quotation paragraph
   # 21-22 narrator; 23 the author's own reported words: narrator
   24: (None, N, "Russian counterparts|counterparts|Most of them"),  # belief
   25: (DM, I, DMA),
   26: (DM, D, "One of them|deputy minister who has since retired"),  # vocative names the author: no *
   27: (DM, D, DMA),
   # 28 "He was right": narrator; 29-32 proposals: narrator
   33: (None, N, "Some"),                      # prediction of an objection (batch 24)
   # 34-35 narrator
   36: (None, N, AN + "|" + ANA),              # "remembers ... differently": intro
   37: (AN, D, ANA),
   38: (AN, D, ANA),                           # quotation never closed
   # 39 narrator
   40: (YO, I, YOA),                           # "he told me he was glad ..."
   # 41-42 narrator; 43 bio line: narrator
 }),
 "t05_liveblog2024.txt": ("Mark Sharp", {
   # 0 title, 1 byline, 2 update line, 3 "Key events": narrator
   4: (None, N, "NATO|Allied Air Command|Estonia"),  # merged key-event bullets
   # 5 timestamp
   6: ("Tom", I, "reader|A reader|Tom in Bristol"),
   # 7 the blog's answer: narrator; 8 timestamp
   9: (None, N, "Russia|" + EMB),              # "has posted a short statement": intro
   10: ("Russia", D, EMB + "|statement"),      # "It says ..."
   # 11 timestamp
   12: (HG, I, HGA),                           # "writes:"
   13: (HG, D, HGA), 14: (HG, D, HGA),
   15: (HG, D, HGA),                           # her own characterisation of Moscow
   # 16 timestamp
   17: (TS, I, TSA + "|" + N + "|" + LR),      # "has just spoken to us"
   18: (TS, D, TSA), 19: (TS, D, TSA), 20: (TS, D, TSA),
   21: (TS, D, TSA),                           # bare "Sepp" before Kristiina appears
   22: (None, N, LR),                          # entry signature
   # 23 timestamp
   24: ("Estonia", I, "Estonia's foreign ministry|Estonian foreign ministry|foreign ministry|ministry"),
   25: (KS, D, KSA + "|note|protest note"),
   # 26 "She is not related ...": narrator, nothing accepted; 27 timestamp
   28: ("Russia", D, "Russian Defence Ministry|Defence Ministry|ministry|NordPress|NordPress agency"),
   29: ("Russia", I, N + "|Kremlin|" + DO + "|" + DOA),  # "The Kremlin has also commented."
   30: (DO, D, DOA), 31: (DO, D, DOA),
   # 32 timestamp
   33: ("NATO", I, ""),                        # "NATO has confirmed that ..."
   34: ("Allied Air Command", D, "NATO|alliance's Allied Air Command|statement"),
   35: ("NATO official", D, "official|NATO"),
   36: ("several diplomats", I, "*|diplomats|several diplomats here|diplomats here"),
   # 37 timestamp, 38 greeting: narrator
   39: ("Estonian Defence Forces", I, "Defence Forces|Estonia"),
   # 40 narrator
 }),
 "t06_analysis2007.txt": ("David Grant", {
   # 0 rubric, 1 headline, 2 byline: narrator
   3: (None, N, "aides|" + EM + "|Marsh|Ms. Marsh|Secretary Marsh|Secretary of State"),  # "what aides described as"
   4: (None, N, "Russians|Russia|" + VL + "|Lebedev"),   # "The Russians were unmoved.": intro
   5: (VL, D, VLA + "|American official|American official who was in the room|official"),  # relayed quotation
   6: (MEMO, I, MEMOA),                        # "an internal State Department memo suggests"
   # 7 description of the memo: narrator
   8: (MEMO, D, MEMOA),                        # "It warns that ... "...""
   9: (MEMO, I, MEMOA + "|officials in Berlin and Paris"),  # "According to the memo"
   10: (EM, I, EMA), 11: (EM, D, EMA),
   12: (SAO, D, SAOA),                         # names the secretary: no *
   13: (SAO, D, SAOA),                         # names Moscow: no *
   14: (None, N, "Pentagon|United States|" + TF + "|" + TFA),  # intro
   15: (TF, D, TFA), 16: (TF, D, TFA),
   17: (NS, I, NSA),
   18: ("NATO", I, "allied defense ministers|defense ministers|ministers|" + N),
   19: (None, N, CR + "|" + CRA + "|" + DH + "|" + DHA),  # intro
   20: (CR, D, CRA + "|" + N),                 # name piece cut off by the splitter
   21: (CR, D, CRA),
   22: (CR, I, CRA),                           # "has proposed cutting"
   23: (DH, D, DHA + "|" + N),                 # name piece cut off by the splitter
   24: (DH, D, DHA),
   25: (DH, I, DHA),
   26: (None, N, "Some in the administration"),  # belief; names Moscow
   27: (MEMO, I, MEMOA),                       # "The memo recommends"
   28: (MEMO, D, MEMOA),                       # "It also says ... "...""
   29: (TK, D, TKA),
   30: ("Polish officials", I, "officials|Poland"),  # names Washington, NATO: no *
   # 31 "declined to comment": narrator, nothing accepted
 }),
 "t07_statewire2004.txt": ("", {
   0: (None, N, "Russia|Kremlin|" + LK + "|" + LKA),  # headline "... – Kremlin"
   # 1 translation line, 2 original-dispatch line, 3 dateline: narrator
   4: (LK, I, LKA),                            # lead: "Moscow regards ..., X told"
   # 5 translator's note: narrator, nothing accepted
   6: (LK, D, LKA), 7: (LK, D, LKA),
   8: (LK, D, LKA),                            # "According to him"
   9: (LK, D, LKA),                            # bare "Kotov" before the colonel appears
   10: ("Russia", I, N + "|Russian Foreign Ministry|Foreign Ministry|ministry|" + AG + "|Gusev"),
   11: (AG, D, AGA),
   12: (AG, I, AGA),                           # "The diplomat recalled that" (speech act)
   13: (AG, D, AGA),
   14: ("NATO", I, "NATO headquarters"),       # passive "is described" at NATO HQ
   15: (RH, D, RHA),
   16: (LV, D, LVA),                           # relayed by Western agencies
   17: (None, N, PS + "|" + PSA),              # "was more outspoken.": intro
   18: (PS, D, PSA),
   # 19-20 background: narrator
   21: (IK, I, IKA),
   22: (IK, D, IKA),                           # "In his opinion"
   23: (IK, D, IKA),                           # "the expert said"
   24: (IK, D, IKA),                           # "Colonel Kotov added"
   25: (LK, D, LKA),                           # "as the Kremlin spokesman emphasised"
 }),
 "t08_speech1994.txt": ("", {
   0: (None, N, AS + "|" + AST),               # "Remarks by ..." title line
   # 1 place/date, 2 "Check against delivery": narrator
   3: (AS, D, ASA),                            # salutation: part of the speech
   4: (AS, D, ASA), 5: (AS, D, ASA), 6: (AS, D, ASA),
   7: (AS, D, ASA + "|NATO|Alliance"),         # "the Alliance offered us ..."
   8: ("Poland", D, "Government|Government of the Republic of Poland|" + ASF),  # government's decision
   9: (AS, D, ASA), 10: (AS, D, ASA), 11: (AS, D, ASA),
   12: ("NATO", D, "Allies|sixteen Allies|Alliance|" + ASF),  # "the sixteen Allies declared that ..."
   13: (AS, D, ASA), 14: (AS, D, ASA),
   15: (AS, D, ASA + "|William Hart|Hart|Secretary of Defense|American Secretary of Defense|United States"),
   16: (AS, D, ASA),
   # 17 (Laughter): narrator
   18: (AS, D, ASA + "|Some in Moscow"),
   19: (AS, D, ASA + "|Russian general|general"),
   20: (AS, D, ASA), 21: (AS, D, ASA), 22: (AS, D, ASA),
   23: (AS, D, ASA + "|Russian President|Russia"),
   24: (AS, D, ASA), 25: (AS, D, ASA), 26: (AS, D, ASA),
   27: (AS, D, ASA + "|Jan Sowa|father|My father"),  # nested quote of his father
   28: (AS, D, ASA),
   29: (AS, D, ASA + "|President|our President"),
   30: (AS, D, ASA + "|President|our President"),
   # 31 (Applause): narrator
   32: (AS, D, ASA), 33: (AS, D, ASA), 34: (AS, D, ASA),
   # 35 source line: narrator
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
if "--show" in sys.argv:
    for r in rows:
        print(f'{r["doc"][:3]} {r["index"]:2d} [{r["speaker"] or "-"} / {r["voice"]}] {{{r["accept"]}}} {r["text"]}')
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
