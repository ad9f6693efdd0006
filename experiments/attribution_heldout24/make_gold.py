"""Build gold.csv for the twenty-fourth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and of batches 19-22, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`, and so is the body of a published speech;
- in a transcript turn or a speech, a sentence that reports another person's
  or body's words keeps the turn speaker as gold and accepts the reported
  party; a sentence that only names another person without his words accepts
  nobody else; a vocative accepts nobody;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; "the Kremlin", "Moscow",
  "the Foreign Ministry", "the Defence Ministry" speaking give `Russia`, the
  ministry accepted; "Berlin", "the Federal Government" give `Germany`;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted (a deputy minister's accept only his own
  name forms and titles); the Secretary General's own remarks give him, NATO
  accepted; when a speaker reports what the allies agreed, NATO is gold and
  he is accepted; "all Allies agreed"/"we agreed" inside a published speech
  gives NATO (`indirect`), the official and the narrator accepted;
- beliefs, memories, feelings and gestures are the narrator; intros without
  content are the narrator with the person introduced accepted; a speech act
  without content by a named person gives the person, narrator accepted;
  "declined to comment", "would not say", "has not commented" are the
  narrator with nothing accepted;
- a factual sentence whose relative or subordinate clause carries another
  party's speech is the narrator, with that party accepted (batch 9); a
  relayed quotation gives the person whose words are quoted, the relaying
  source accepted (batches 7, 20);
- headlines, standfirsts (speech-reporting ones accept the reported party),
  bylines, datelines, timestamps, captions, credits, "Related:"/"Read more:"
  lines, tag lines and "(Applause.)"/"(Laughter.)" lines are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups get `*`;
- a document with no byline (Kremlin transcript, published speech, ministry
  press release, agency dispatch) has no narrator; its header lines are the
  narrator; a title line naming one person's remarks or statement accepts
  him; the header's "answered questions" line accepts the president (batch 9);
- honorifics and ranks (Mr., Ms., Mr, Colonel, General, Lt. Gen.) are not
  part of the canonical name; surname-only forms and titles are accepted
  where the surname is unique in the document; two people who share a
  surname stay apart and the bare surname is accepted for neither; the
  honorific forms ("Mr. Stone", "Ms. Stone") are accepted for their own
  person only (batches 19, 20).

New decisions in this batch:
- t01 (news analysis, 2008): the lead "they had promised two former Soviet
  republics that they would one day join" gives NATO (a body's promise with
  content, batch 8's wire lead), the leaders and the narrator accepted; "The
  compromise ... declared that Ukraine and Georgia "will become members of
  NATO,"" gives NATO (`direct`, the declaration's words, batch 9), the
  compromise/declaration, the leaders and the narrator accepted; "But in
  Berlin's view, ..." gives Germany (`indirect`, like "in his view", batch 8),
  Berlin, the narrator and the adviser it introduces accepted; "American
  officials presented the outcome as a victory." gives the unnamed group
  (`*` and narrator accepted); "Some allied officials worry that ..." is a
  feeling introducing the diplomat's quote (narrator, the officials and the
  diplomat accepted); David Stone (ambassador) and Emily Stone (analyst, "not
  related") share a surname: "Mr. Stone"/"the 61-year-old career diplomat" is
  David, "Ms. Stone" is Emily, bare "Stone" for neither; "Officials in Tbilisi
  were publicly upbeat." and "In Kyiv, ..., the reaction was more muted."
  introduce the next speaker (narrator, that speaker and his country
  accepted); "For Poland and the Baltic states, the result was a
  disappointment wrapped in a success." is the author's analysis (narrator,
  nothing accepted); "President X called the declaration "a historic step,"
  though members of his delegation privately described themselves as
  disappointed" gives X, his delegation accepted (subordinate clause
  carrying speech); "By then, officials said, ..." names the alliance, so no
  `*`; the contribution line is the narrator with nothing accepted.
- t02 (Kremlin transcript, 2019): as batch 9's s03 and batch 21's t02; the
  president's name label gives him (surname, "President", "Mr President",
  Russia accepted); the press secretary's label gives him, with only his
  surname accepted (the transcript never states his office); "Question: Name,
  Outlet." gives that journalist for the whole question, also for its
  unlabelled second paragraph ("Question|journalist|Q" and a unique surname
  accepted); the journalist Alexei Frolov and the Defence Minister Sergei
  Frolov share a surname, so bare "Frolov" is accepted for neither; the
  journalist Pavel Markov and the deputy minister Pavel Rudnev share a first
  name, never accepted for each other; "Question (Nordic Radio, Finland):"
  gives the outlet "Nordic Radio" (batch 6), "Question", "journalist", "Q" and
  the whole label accepted; the "Remark:" label (an interjection from the
  floor, no name) gives "Remark", with "Question|journalist|Q" accepted and
  never a previous journalist (as batch 9's bare QUESTION; doubtful, since it
  is probably the previous questioner's follow-up); the president's "Pavel
  Vladimirovich ... said exactly what needed to be said" reports the deputy
  minister's words by reference (batch 22): the president, the deputy
  minister accepted; "(Laughter.)" and the "Persons:"/"Publication date:"
  tag lines are the narrator, nothing accepted.
- t03 (published speech, 2002): the body of the speech gives the Secretary of
  State (surname, "Secretary Grant", "Secretary of State", the United States
  and the narrator accepted); "This morning we agreed to establish a new
  NATO-Russia Council" gives NATO (`indirect`), the secretary and the narrator
  and "Allies" accepted (batch 22's "all Allies agreed"); the Secretary
  General quoted in the speech ("As Alan put it ..., "..."") accepts his name
  forms but not NATO (batch 22's row 38); "When I met Foreign Minister X ...,
  he said something to me ..." has no content (nobody else accepted, batch
  22's "One of your students put it to me"); the Harmel Report quoted is
  accepted with NATO; the unnamed "President" quoted accepts "President" and
  the United States; the "(As Delivered)" and "Released on" lines are the
  narrator.
- t04 (financial daily, 2014): "Nato" spelling is NATO; "one EU diplomat" gives
  "EU diplomat", and the next "Another described ..." gives "Another" (a
  second unnamed diplomat), `*` accepted for both; "The sanctions came a week
  after Nato leaders ... agreed to create a "very high readiness" force" is a
  factual sentence whose subordinate clause carries NATO's decision
  (narrator, NATO and the leaders accepted); "Few in Moscow believe it." and
  "Some in the alliance see ..." are beliefs (narrator, `*`); "Analysts were
  sceptical." and "European companies ... are less sanguine." introduce the
  next speaker (narrator, `*`); a chief executive's remarks about his
  company's actions accept the company when it is named ("Nordvik"), like a
  spokesperson's (new); "defended the decision to leave gas out" is a speech
  act without content (the minister, narrator accepted); the quotation whose
  closing mark is missing before the tag ("Nobody in Europe should freeze ...,
  he told the Bundestag) stays with the tag's speaker (batch 19);
  "According to people briefed on the discussions, Poland and the Baltic
  states had pushed for ..." gives the unnamed source (names other bodies:
  no `*`); a former NATO official's remarks do not accept NATO; the
  standfirst "Moscow vows "asymmetric" response" accepts Russia; "Read more:"
  reporting NATO's decision accepts NATO; the copyright lines are the
  narrator.
- t05 (German ministry press release in translation, 1997; no byline): the
  minister's statement in „ “ marks after "issued the following statement
  ...:" gives him (`direct`), with his surname, titles ("Federal Minister",
  "Federal Foreign Minister", "Minister"), Germany, the Federal Government and
  the Federal Foreign Office accepted; the intro line with the colon gives
  him (`indirect`), narrator also accepted; inside his statement "NATO and
  Russia have set down in a binding document that ..." reports the Act's
  content (him, "NATO and Russia" and the Act accepted); "The Federal
  Government welcomes ..." is the issuer's own position (Germany `indirect`,
  narrator, Federal Government and Foreign Office accepted, batch 5's
  "Finland welcomes"); a Minister of State (a junior minister) accepts only
  her own name forms, like a deputy minister (doubtful); the spokesman's "The
  Polish Foreign Minister had "warmly welcomed" the signing, Keller said." is
  the spokesman's own wording of the Polish minister's reaction: Keller
  (`direct`), the Polish Foreign Minister and Poland accepted (doubtful:
  could be read as a relayed quotation of the Polish minister); "The Federal
  Minister will report to the Bundestag" is a plan (narrator, nothing
  accepted, batch 5); the Background facts, the translation note and the
  press office lines are the narrator.
- t06 (state news agency chain, three items, 2024; no byline): each item is
  read in its own context; Alexander Petrov (deputy foreign minister, item 1)
  and Nikolai Petrov (ambassador to Norway, item 3) share a surname: "the
  diplomat", "the deputy minister", "According to him", bare "Petrov" in item
  1 give Alexander, "the ambassador", "In the diplomat's words", "he pointed
  out", bare "Petrov" in item 3 give Nikolai; bare "Petrov" is accepted for
  neither, "diplomat" for both (each in his own rows); the deputy minister
  accepts only his name forms and titles, the ambassador Russia too; the
  headline "... — diplomat" accepts him (batch 21); the Defence Ministry's
  National Centre speaking gives Russia, the centre and the ministry
  accepted; "Allied Air Command ... has not yet commented" is the narrator,
  nothing accepted; the quotation left unclosed at the end of the
  ambassador's paragraph stays with him; "..., Berg said, according to the
  Norwegian newspaper X" gives Berg, the newspaper accepted (relaying source).
- t07 (newsletter, 2025): the author (byline) is the narrator; "..., Breakfast
  hears." is the newsletter's own unnamed sourcing: narrator, with the party
  whose lobbying it reports ("Three allies") accepted (new); "The idea,
  floated at an ambassadors' lunch ... that ran "well past dessert,"
  according to one diplomat who was there, is ..." gives the diplomat
  (`direct`, the fragment is his), narrator accepted (doubtful: "according
  to" may cover only the lunch's length); bold lead-ins ("HOTLINE HOLDUP:",
  "WHAT THE KREMLIN SAID:") are part of their sentence and do not change its
  speaker; "Salminen's take on the hotline idea?" is an intro (narrator,
  him accepted) and the quote after it his; "per two officials familiar with
  the planning" gives them like "according to"; "The first official would
  not discuss ..., which Warsaw has blamed on ..." is the narrator with
  Poland accepted (relative clause carrying speech); "..., a NATO official
  said." names the alliance, so no `*`; Petra Young (MEP, chair)
  and her husband Jan Young share the surname, bare "Young" accepted for
  neither; the SPOTTED, BIRTHDAYS, THANKS and SUBSCRIBE items are the narrator
  with nothing accepted.
- t08 (op-ed by a retired Russian general, 2010, bio at the end): the author
  named in the bio is the narrator (batch 10's end byline); his own reported
  words ("I said this to my American counterparts", "I would remind them
  ...") are the narrator; his father Colonel Ivan Sharov shares the surname,
  so bare "Sharov" is accepted for neither (his quotes accept "father", "My
  father", "Colonel Sharov"); the author's prediction of what others "will
  say" ("Some of my former colleagues in Moscow will say that I am naive.",
  "General Sharov, they will say, ...", "There will also be voices in the
  West ... who argue ...") is the narrator, the anticipated group accepted
  by its own description only, no `*` (new: a prediction is not yet speech;
  the sentences name Moscow, the author or the alliance); "For the first time, the alliance and Russia have agreed to
  "..."" gives "NATO and Russia" (`direct`, batch 20), the alliance and
  Russia, NATO, Russia, the council, the declaration and the narrator
  accepted; "The answer, I believe, is the one our President proposed in
  Lisbon: ..." is the author's view with a relative clause carrying the
  president's proposal (narrator, "President", Russia accepted); "what my
  father warned against" likewise accepts the father; the bio pieces the
  splitter cuts ("Lt. Gen.", "(ret.)", ...), the translation line and the
  "Related:" line are the narrator ("Related:" accepts the parties it
  reports).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
KV, KVA = "Katrin Vogt", "Vogt|Ms. Vogt|adviser|senior foreign policy adviser"
AVO = "Arkady Volkov|Volkov|Mr. Volkov|President Volkov|Russia"
RFM = "Russia's Foreign Ministry|Foreign Ministry|Russian Foreign Ministry|ministry"
NS, NSA = "Nikolai Sokolov", "Sokolov|Mr. Sokolov|ambassador|Russia's ambassador to NATO|Russia"
SED, SEDA = "senior European diplomat", "European diplomat|diplomat"
DS = "David Stone"
DSA = "Mr. Stone|ambassador|United States ambassador to NATO|career diplomat|61-year-old|United States"
ES, ESA = "Emily Stone", "Ms. Stone|Russia specialist"
LB, LBA = "Levan Beridze", "Beridze|President Beridze|Georgia"
TB, TBA = "Taras Bondarenko", "Bondarenko|Mr. Bondarenko|Foreign Minister|Ukraine"
TW, TWA = "Tomasz Wielgus", "Wielgus|Mr. Wielgus|deputy foreign minister|Poland's deputy foreign minister"
# t02
VZ, VZA = "Viktor Zubarev", "Zubarev|President|Mr President|President of Russia|Russia"
DSO, DSOA = "Denis Sorokin", "Sorokin"
QJ = "Question|journalist|Q"
AF, AFA = "Alexei Frolov", QJ
HL, HLA = "Hannah Long", "Long|" + QJ
NR, NRA = "Nordic Radio", QJ + "|Question (Nordic Radio, Finland)"
PM, PMA = "Pavel Markov", "Markov|" + QJ
PR = "Pavel Rudnev|Rudnev|Pavel Vladimirovich|Deputy Foreign Minister"
# t03
RG, RGA = "Richard Grant", "Grant|Secretary Grant|Secretary|Secretary of State|United States|" + N
RGO = RG + "|Grant|Secretary Grant|Secretary|Secretary of State|Allies|" + N
AY = "Alan Young|Young|Alan|Secretary General|NATO Secretary General"
YM = "Yevgeny Markov|Markov|Foreign Minister Markov|Foreign Minister|Russia"
# t04
EUD = "EU diplomat"
NOV, NOVA = "Alexander Novikov", "Novikov|Mr Novikov|energy minister|Russia's energy minister|Russia"
TS, TSA = "Tom Sharp", "Sharp|Mr Sharp|head of emerging markets research"
AD, ADA = "Alexander Dvorkin", "Dvorkin|Mr Dvorkin|chief executive"
AH, AHA = "Anders Holm", "Holm|Mr Holm|chief executive|Nordvik"
MH, MHA = "Matthias Hahn", "Hahn|Mr Hahn|economy minister|Germany"
IM, IMA = "Ilya Markin", "Markin|Mr Markin|spokesman|company's spokesman|Gazprom"
SF, SFA = "Sarah Frost", "Frost|Ms Frost|former Nato official|former NATO official"
# t05
DH = "Dieter Hartmann"
DHT = "Hartmann|Federal Minister|Federal Foreign Minister|Minister|Federal Minister Hartmann"
DHA = DHT + "|Germany|Federal Government|Federal Foreign Office"
GB, GBA = "Grigory Belousov", "Belousov|Foreign Minister Belousov|Russian Foreign Minister|Russia"
IW, IWA = "Ingrid Wolff", "Wolff|Minister of State|Minister of State Ingrid Wolff"
MK, MKA = "Martin Keller", "Keller|spokesman|Federal Foreign Office|Germany"
GER = "Federal Government|Federal Foreign Office|German government|" + N
# t06
AP, APA = "Alexander Petrov", "diplomat|deputy minister|Deputy Foreign Minister|Russian Deputy Foreign Minister"
LE, LEA = "Lars Engstrom", "Engstrom|NATO|Secretary General|NATO Secretary General"
NCC = ("Russian Defence Ministry|Defence Ministry|ministry|National Centre for State Defence Control"
       "|centre|Russian Defence Ministry's National Centre for State Defence Control")
NP = "Nikolai Petrov"
NPA = "ambassador|Russian Ambassador to Norway|Russian ambassador to Norway|diplomat|Russia"
OB, OBA = "Ole Berg", "Berg|Defence Minister|Norwegian Defence Minister|Norway"
# t07
BD = "diplomat who was there"
BA, BAA = "Baltic ambassador", "ambassador|one Baltic ambassador"
SD, SDA = "second diplomat", "*|diplomat|A second diplomat"
ACO = "spokesperson for Allied Command Operations"
ACOA = "spokesperson|Allied Command Operations|SHAPE|NATO"
DO, DOA = "Dmitri Lapin", "Lapin|Kremlin spokesman|spokesman|Kremlin|Russia"
MS, MSA = "Mikko Salminen", "Salminen|defence minister|Finland's defence minister|Finland"
PY, PYA = "Petra Young", "Petra|Chair|Chair Petra Young"
# t08
IS, ISA = "Ivan Sharov", "Colonel Ivan Sharov|Colonel Sharov|father|My father|Ivan"
RH, RHA = "Robert Hope", "Hope|General Hope|General Robert Hope"
FC = "former colleagues|colleagues|Some of my former colleagues in Moscow|former colleagues in Moscow"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_analysis2008.txt": ("Anne Marsh", {
   # 0 rubric, 1 headline, 2 byline: narrator
   3: ("NATO", I, "NATO's leaders|NATO leaders|leaders|" + N),   # lead: "they had promised ..."
   4: ("NATO", D, "compromise|declaration|summit declaration|NATO leaders|leaders|" + N),
   5: ("alliance officials", I, "officials|NATO officials|NATO"),  # names Germany and France: no *
   6: ("American officials", I, "*|officials|United States|" + N),
   7: ("senior administration official", D, "*|administration official|official"),
   8: ("senior administration official", D, "*|administration official|official"),
   9: ("senior administration official", D, "*|administration official|official"),
   10: ("Germany", I, "Berlin|" + KV + "|" + KVA + "|" + N),     # "in Berlin's view"
   11: (KV, I, KVA),
   12: (KV, D, KVA), 13: (KV, D, KVA),
   14: (None, N, AVO),                         # relative clause carries the president's warning
   15: (None, N, "Russia|Moscow"),             # "Moscow's reaction ... was swift.": intro
   16: ("Russia", D, RFM),
   17: (NS, D, NSA),
   # 18 "He did not say ...": narrator, nothing accepted
   # 19 the president's schedule: narrator
   20: ("Kremlin aide", D, "aide|Kremlin|Russia"),  # names the president and news agencies: no *
   21: (None, N, "allied officials|officials|" + SED + "|" + SEDA),  # feeling introducing the quote
   22: (SED, D, "*|" + SEDA), 23: (SED, D, "*|" + SEDA),
   24: (DS, I, DSA + "|" + N),                 # "rejected that reading": no content
   25: (DS, I, DSA),                           # "the 61-year-old career diplomat argued that"
   26: (DS, D, DSA), 27: (DS, D, DSA), 28: (DS, D, DSA),
   29: (None, N, ES + "|" + ESA),              # "Not everyone in Washington is so sure.": intro
   30: (ES, D, ESA),
   31: (ES, I, ESA),                           # "put it more bluntly ...:"
   32: (ES, D, ESA), 33: (ES, D, ESA),
   34: (None, N, "Officials in Tbilisi|officials|Georgia|" + LB + "|" + LBA),  # intro
   35: (LB, D, LBA + "|members of his delegation|delegation"),
   36: (None, N, "Ukraine|" + TB + "|" + TBA),  # "the reaction was more muted": intro
   37: (TB, D, TBA),
   # 38 the author's analysis: narrator, nothing accepted
   39: (TW, D, TWA), 40: (TW, D, TWA),
   41: (None, N, "*"),                         # "Many diplomats here believe"
   42: ("officials", I, "alliance officials|NATO officials"),  # names the alliance: no *
   # 43 contribution line: narrator
 }),
 "t02_kremlin2019.txt": ("", {
   # 0 site, 1 title: narrator
   2: (None, N, VZ + "|" + VZA),               # "answered questions": header, person accepted
   # 3 date/place: narrator
   4: (DSO, D, DSOA),
   5: (AF, D, AFA),                            # "Question: Name, Outlet."
   6: (AF, D, AFA),                            # unlabelled second paragraph of the question
   7: (AF, D, AFA + "|United States|Washington"),  # reports Washington's claim
   8: (VZ, D, VZA),
   9: (VZ, D, VZA + "|United States|American side"),  # "the American side announced"
   10: (VZ, D, VZA), 11: (VZ, D, VZA),
   12: (VZ, D, VZA + "|Sergei Frolov|Defence Minister"),  # reports the minister; no bare Frolov
   13: (VZ, D, VZA),
   14: (HL, D, HLA),
   15: (HL, D, HLA + "|NATO"),                 # "NATO says ..."
   16: (HL, D, HLA),
   17: (VZ, D, VZA),
   18: (VZ, D, VZA + "|Secretary General|NATO Secretary General"),
   19: (VZ, D, VZA),                           # agentless "we were also told"
   20: (VZ, D, VZA),
   21: (VZ, D, VZA + "|permanent representative|Our permanent representative"),
   22: (VZ, D, VZA),
   23: ("Remark", D, QJ),                      # unnamed interjection (doubtful)
   24: (VZ, D, VZA), 25: (VZ, D, VZA),
   # 26 (Laughter.): narrator
   27: (DSO, D, DSOA),
   28: (NR, D, NRA), 29: (NR, D, NRA), 30: (NR, D, NRA),
   31: (VZ, D, VZA), 32: (VZ, D, VZA), 33: (VZ, D, VZA), 34: (VZ, D, VZA),
   35: (PM, D, PMA),
   36: (PM, D, PMA + "|" + PR),                # reports the deputy minister
   37: (PM, D, PMA),
   38: (VZ, D, VZA + "|" + PR),                # "he said exactly what needed to be said"
   # 39 (Laughter.): narrator
   40: (VZ, D, VZA),
   41: (DSO, D, DSOA),
   # 42-43 tag lines: narrator
 }),
 "t03_speech2002.txt": ("", {
   # 0 title: narrator
   1: (None, N, RG + "|Grant|Secretary Grant|Secretary|Secretary of State"),  # title line naming him
   # 2 place, 3 date, 4 "(As Delivered)": narrator
   5: (RG, D, RGA), 6: (RG, D, RGA),
   # 7 (Applause.): narrator
   8: (RG, D, RGA),
   9: ("NATO", I, RGO),                        # "This morning we agreed to establish ..."
   10: (RG, D, RGA), 11: (RG, D, RGA), 12: (RG, D, RGA),
   13: (RG, D, RGA + "|" + AY),                # quotes the Secretary General
   14: (RG, D, RGA),
   15: (RG, D, RGA),                           # "he said something to me": no content
   16: (RG, D, RGA + "|" + YM), 17: (RG, D, RGA + "|" + YM),
   18: (RG, D, RGA),                           # vocative "Yevgeny"
   19: (RG, D, RGA + "|friends in Central Europe|Some of our friends in Central Europe"),
   20: (RG, D, RGA),
   21: (RG, D, RGA + "|Polish colleague|A Polish colleague"),
   22: (RG, D, RGA),
   23: (RG, D, RGA),
   24: (RG, D, RGA + "|Harmel Report|NATO"),
   25: (RG, D, RGA),
   26: (RG, D, RGA + "|President"),            # "The President said ... "whole and free""
   # 27 (Applause.): narrator
   28: (RG, D, RGA), 29: (RG, D, RGA), 30: (RG, D, RGA),
   31: (RG, D, RGA), 32: (RG, D, RGA), 33: (RG, D, RGA), 34: (RG, D, RGA),
   # 35 (Applause.), 36 "Released on": narrator
 }),
 "t04_ftsanctions2014.txt": ("Harriet Bell", {
   # 0 rubric, 1 headline: narrator
   2: (None, N, "Russia|Moscow"),              # standfirst "Moscow vows ... response"
   # 3 byline, 4 timestamp: narrator
   5: (None, N, "western officials|officials"),  # relative clause "that western officials say"
   # 6 publication: narrator
   7: (None, N, "Germany|Italy|central European states"),  # "after Germany, Italy ... objected"
   8: (EUD, D, "*|diplomat|EU diplomat involved in the negotiations|one EU diplomat"),
   9: ("Another", D, "*|another EU diplomat|EU diplomat|diplomat"),
   10: (None, N, "NATO|Nato|Nato leaders|leaders"),  # subordinate clause carries NATO's decision
   11: ("Officials in Brussels", I, "*|officials"),
   12: (None, N, "*"),                         # "Few in Moscow believe it."
   13: (NOV, D, NOVA), 14: (NOV, D, NOVA),
   15: (None, N, "*"),                         # "Analysts were sceptical.": intro
   16: (TS, D, TSA), 17: (TS, D, TSA),
   18: (None, N, AD + "|" + ADA),              # "the mood was defiant": intro
   19: (AD, D, ADA),
   # 20 "A spokesman declined to comment further.": narrator, nothing accepted
   21: (None, N, "*"),                         # intro of Holm
   22: (AH, I, AHA),
   23: (AH, D, AHA), 24: (AH, D, AHA), 25: (AH, D, AHA),
   # 26 "He would not say ...": narrator, nothing accepted
   27: (MH, I, MHA + "|" + N),                 # "defended the decision": no content
   28: (MH, D, MHA),                           # closing mark missing before the tag
   29: ("people briefed on the discussions", I, "people briefed"),  # names other bodies: no *
   30: ("Polish official", D, "official|Poland|Warsaw"),
   31: ("Gazprom", D, "company"),
   32: (IM, D, IMA),
   # 33-34 markets: narrator
   35: (None, N, "*"),                         # "Some in the alliance see ...": belief
   36: (SF, D, SFA), 37: (SF, D, SFA),
   38: (None, N, "NATO|Nato"),                 # "Read more:" line reporting the decision
   # 39 credit, 40-41 copyright: narrator
 }),
 "t05_bonn1997.txt": ("", {
   # 0-3 issuer, number, place/date: narrator
   4: (None, N, DH + "|" + DHT),               # title line naming the minister's statement
   5: (DH, I, DHA + "|" + N),                  # "issued the following statement ...:"
   6: (DH, D, DHA),
   7: (DH, D, DHA + "|NATO and Russia|Founding Act"),  # the Act's content reported
   8: (DH, D, DHA), 9: (DH, D, DHA), 10: (DH, D, DHA), 11: (DH, D, DHA), 12: (DH, D, DHA),
   13: (DH, D, DHA),                           # "added that he had thanked ... "...""
   14: ("Germany", I, GER),                    # "The Federal Government welcomes ..."
   15: (GB, D, GBA),
   16: (IW, I, IWA),
   17: (IW, D, IWA), 18: (IW, D, IWA),
   19: (MK, I, MKA),
   20: (MK, D, MKA + "|Polish Foreign Minister|Poland"),  # (doubtful)
   # 21 plan: narrator, nothing accepted; 22-25 Background; 26-27 translation note; 28-29 press office
 }),
 "t06_statenews2024.txt": ("", {
   0: (None, N, AP + "|" + APA),               # headline "... — diplomat"
   # 1 dateline, 2 agency tag: narrator
   3: (AP, I, APA),
   4: (AP, D, APA), 5: (AP, D, APA),
   6: (AP, D, APA),                            # "According to him, ... "...""
   7: (AP, D, APA),                            # bare "Petrov stressed" (item 1)
   8: (AP, I, APA),                            # "The deputy minister recalled that"
   9: (AP, D, APA), 10: (AP, D, APA),
   11: (LE, D, LEA),
   # 12 headline (event), 13-14 dateline/tag: narrator
   15: ("Russia", I, NCC),                     # "..., the ... National Centre ... said."
   16: ("Russia", D, NCC), 17: ("Russia", D, NCC),
   18: ("Russia", I, NCC),                     # "The ministry noted that"
   # 19 "has not yet commented": narrator, nothing accepted; 20 background: narrator
   21: (None, N, NP + "|" + NPA),              # headline "... — Russian ambassador to Norway"
   # 22-23 dateline/tag: narrator
   24: (NP, D, NPA),
   25: (NP, D, NPA), 26: (NP, D, NPA),
   27: (NP, D, NPA),                           # quotation left unclosed
   28: (NP, D, NPA),                           # "In the diplomat's words"
   29: (NP, D, NPA),
   30: (NP, I, NPA),                           # bare "Petrov noted" (item 3)
   31: (NP, D, NPA),
   32: (OB, I, OBA),
   33: (OB, D, OBA + "|Nordkapp Tidende|newspaper|Norwegian newspaper Nordkapp Tidende"),
 }),
 "t07_newsletter2025.txt": ("James Long", {
   # 0 masthead, 1 headline, 2 byline, 3 timestamp, 4 sponsor line: narrator
   # 5-7 the author's opening: narrator
   8: (None, N, "Three allies|allies"),        # "..., Breakfast hears."
   9: (BD, D, "diplomat|one diplomat who was there|" + N),  # (doubtful)
   10: (None, N, "*"),                         # "Not everyone is keen.": intro
   11: (BA, D, BAA),                           # names Moscow: no *
   12: (SD, D, SDA), 13: (SD, D, SDA),
   14: (ACO, D, ACOA),                         # names Russia: no *
   15: (DO, D, DOA), 16: (DO, D, DOA),
   17: (MS, D, MSA), 18: (MS, D, MSA), 19: (MS, D, MSA),
   20: (None, N, MS + "|" + MSA),              # "Salminen's take on the hotline idea?": intro
   21: (MS, D, MSA), 22: (MS, D, MSA),
   23: ("NATO official", I, "official|NATO"),  # names the alliance: no *
   24: ("two officials familiar with the planning", I, "*|officials|two officials"),
   25: (None, N, "Poland|Warsaw"),             # "would not discuss ..., which Warsaw has blamed on ..."
   # 26 schedule: narrator
   27: (PY, D, PYA),
   # 28 her husband (not a speaker), 29 SPOTTED, 30 BIRTHDAYS, 31 THANKS, 32 SUBSCRIBE: narrator
 }),
 "t08_oped2010.txt": ("Mikhail Sharov", {
   # 0 rubric, 1 headline, 2-3 standfirst, 4 date, 5-6 the author: narrator
   7: ("NATO and Russia", D, "alliance and Russia|NATO|Russia|NATO-Russia Council|declaration|" + N),
   # 8-10 narrator
   11: (IS, I, ISA),                           # "He used to tell me that"
   12: (IS, D, ISA),
   # 13 the author's verdict on his father: narrator, nothing accepted
   # 14-17 the author's argument (15 agentless "we are told"): narrator
   # 18 "I said this to my American counterparts": the author's own words, narrator
   19: (RH, D, RHA),
   # 20-21 narrator
   22: (None, N, "President|our President|Russia"),  # relative clause carries the president's proposal
   23: ("Alliance officials", I, "*|officials|NATO officials|NATO"),
   # 24-25 narrator
   26: (None, N, FC),                          # prediction: "will say that I am naive"
   27: (None, N, FC),                          # "General Sharov, they will say, ..."
   # 28 narrator; 29 "I would remind them": narrator
   30: (None, N, "voices|voices in the West"),  # prediction; names Moscow and the alliance
   # 31-33 narrator
   34: (None, N, IS + "|" + ISA),              # "what my father warned against"
   # 35-38 bio pieces, 39 translation line: narrator
   40: (None, N, "NATO and Russia|NATO|Russia"),  # "Related:" line reporting the agreement
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
