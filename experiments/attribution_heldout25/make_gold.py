"""Build gold.csv for the twenty-fifth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10 and 19-24
(experiments/attribution_heldout*/make_gold.py), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn is
  `direct`; in a turn, a sentence reporting another party's words keeps the
  turn speaker and accepts the reported party; a vocative accepts nobody;
- speech acts of bodies give the body; "the Kremlin", "Moscow", an embassy
  speaking give `Russia`; "Washington" gives `United States`; "the Foreign
  Office" speaking for the British government gives `United Kingdom`;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted; a deputy or junior minister accepts only
  his own name forms and titles; the Secretary General's remarks give him,
  NATO accepted; when he reports what the allies did, NATO is gold and he is
  accepted;
- beliefs, feelings, gestures are the narrator; intros without content are
  the narrator with the person introduced accepted; a speech act without
  content gives the person, narrator accepted; "declined to say", "did not
  give details", "has not said" are the narrator with nothing accepted;
- a factual sentence whose relative or subordinate clause carries another
  party's speech is the narrator with that party accepted; a relayed
  quotation gives the person quoted, the relaying source accepted;
- headlines, standfirsts (speech-reporting ones accept the reported party),
  bylines, datelines, captions, credits, "Related:"/"Read also:" lines and
  "(Laughter.)" are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence names another person or body; loose groups
  get `*`;
- a document without byline has no narrator; a wire credit "Writing by X"
  makes X the narrator (batch 13); an author line without "By" is the byline;
- two people sharing a surname (or first name) never accept the shared bare
  form; the bare surname used before the second namesake appears is the first
  person (batch 23).

New decisions in this batch:
- t01 (AFP-style wire, 2019; no byline, sign-off initials "dla/fz/jh" are not
  a byline, so no narrator): the lead "NATO and Russia failed ..., with the
  alliance warning Moscow it had less than a month ..., a missile system the
  West says breaches the pact" gives NATO (`indirect`: the warning in the
  participial clause carries content, batch 19's "saying ..."), narrator and
  "West" accepted; "Lund said allies had again urged Moscow to return to
  "..." and that the alliance was preparing a "..." response" gives NATO
  (`direct`), Lund's forms accepted; "He did not give details." is the
  narrator, nothing accepted; "According to the mission, Kovalenko also
  warned ... "forced to respond"" is Kovalenko (relayed), the mission
  accepted; "Western diplomats dismissed the offer ..." is a loose group with
  content (`indirect`, `*`); the AFP-style subheading "- 'Not the end of the
  story' -" quotes the next speaker: narrator, him accepted (batch 22's
  headline quoting); "Some European capitals fear ..., while eastern allies
  such as Poland have signalled they would be open ..." is a feeling with a
  subordinate clause carrying speech: narrator, both groups and Poland
  accepted; the Polish deputy defence minister accepts only his own forms.
- t02 (UK broadsheet, 2024): the Foreign Office's quoted statement gives
  `United Kingdom`, Foreign Office, UK, Britain and government accepted (new,
  as "the State Department" gives United States); the Foreign Office minister
  for Europe is a junior minister: own name forms and titles only (batch 23);
  "Sarah Hope, who the department said had set out the UK's "grave concern""
  is a factual sentence whose relative clause carries speech (narrator, the
  department and Hope accepted); "A Foreign Office source said ..." names
  other countries: its own variants only; "Finnish officials said ... Tartu,
  in Estonia" names Estonia: no `*`; "The Russian embassy ... responded within
  an hour on its Telegram channel." is an intro (narrator, Russia and the
  embassy accepted); "He left ... without speaking to reporters." is the
  narrator, nothing accepted; the unnamed "Lithuania's foreign minister" is
  written as it appears, Lithuania accepted; "A Nato spokesperson" is "NATO
  spokesperson" (Nato spelling accepted), NATO accepted, no `*` (names
  Russia); "Moscow has previously denied any involvement ... and the Kremlin
  did not respond ..." gives Russia (`indirect`, a denial with content),
  narrator accepted; the multi-paragraph quotation (paragraph ending without
  a closing mark, reopened) stays with Long; the topic list is the narrator.
- t03 (Pentagon briefing transcript, 2016; no byline): "SECRETARY HOLLAND:"
  gives Mark Holland, his surname, "Secretary Holland", his titles, the
  Department of Defense, the Pentagon and the United States accepted; "MR.
  SHARP:" (the press secretary, moderating only) gives Ryan Sharp with his
  own name forms and title only (batch 19: moderating lines do not accept the
  body); the call-ons "Bob." and "Tom, last one." make the next bare "Q:"
  that journalist by first name (batch 21), "Q|Question|journalist"
  accepted; the self-introduced "Q: Mr. Secretary, Jennifer Rose, Baltic
  Ledger." gives her for the whole turn (surname unique, accepted); every
  other bare "Q:" gives "Q" (batch 10), including the follow-up after an
  answer, which is probably the previous questioner (doubtful, as batch 24's
  "Remark"); "The allies are discussing that." accepts NATO and allies; "he
  told me the council is likely to meet ..." accepts the Secretary General;
  "General Stone is a great commander and he says what he thinks" names him
  without his words (nobody else accepted), while "He's right that geography
  favors Russia there." restates his claim by reference (Stone accepted,
  batch 24's "said exactly what needed to be said"); "They gave the response
  you'd expect." has no content (nobody else accepted); the header's
  title line and presenters line are the narrator with the persons named
  accepted.
- t04 (wire summary of the Kremlin spokesman's call, 2021, "Writing by"
  credit): the spokesman Dmitri Sokolov and the deputy foreign minister Igor
  Sokolov share a surname: bare "Sokolov" accepted for neither; the
  spokesman accepts "Kremlin spokesman", "spokesman", the Kremlin and Russia,
  the deputy minister only his own forms; the lead "The Kremlin said ... that
  ..." gives Russia (`direct`), the Kremlin and the spokesman named in the
  next sentence accepted; the headline quoting it is the narrator with Russia,
  the Kremlin and the spokesman accepted; "Russia this month published two
  draft treaties ... that would bar Ukraine ..." is an act whose relative
  clause carries content (narrator, Russia accepted); "Asked about remarks by
  NATO's deputy secretary general that ..." accepts the deputy secretary
  general and NATO; the spokesman's references to the president's statements
  ("had set out the logic ... "very clearly"", "The president has spoken
  about this.") accept the president (content by reference); "The United
  States and its allies have warned of "..."" gives the pair as written
  (batch 21), the United States, allies and NATO accepted; "Sokolov was also
  asked about a report in a Moscow newspaper that ..." is the narrator with
  the report accepted; "The deputy minister told the Rossiya news agency ..."
  accepts the agency (relaying source).
- t05 (Polish regional site in translation, 2017): the mayor Zbigniew Nowak
  and the resident Krystyna Nowak ("no relation") share a surname, and the
  mayor and Zbigniew Lis share a first name: neither bare "Nowak" nor
  "Zbigniew" is accepted; "commander" is shared by the battlegroup commander
  and the divisional general and accepted for neither; the US lieutenant
  colonel accepts his rank and surname forms, not his country or NATO (batch
  19's pilot); "thanked residents for their welcome" is a speech act without
  political content (him, narrator accepted); "The hotel has twelve rooms."
  after the mayor's reported admission is the narrator with the mayor
  accepted (doubtful: may continue his admission); "Gen. X ... spoke in a
  similar tone." is an intro (narrator, him accepted); the general's "The
  Russian side likes to say that ..." accepts Russia; the embassy's
  description gives Russia (`indirect`), "Moscow has repeatedly warned ...
  "militarisation"" Russia (`direct`); "Residents we spoke to were mostly
  pleased." is a feeling (narrator, `*`); the resident's quotation left
  without a closing mark stays with him; "He shrugged." is a gesture
  (narrator, him accepted); the teenager known by first name ("Karolina") is
  canonical by it; "According to the town office" gives "town office".
- t06 (think-tank brief, 1996): the author's forecast "they are expected to
  confirm that invitations ..." is the narrator with NATO accepted (batch
  23); "Western officials who treat this as posturing are making a mistake."
  is the author's verdict on a view (narrator, the officials accepted);
  "a senior German diplomat told me" gives "senior German diplomat", with
  `*` only on his sentences that name no other body (the first names NATO),
  Germany not accepted (batch 23); the unnamed "The Secretary of State" is
  written as it appears ("Secretary of State"), the United States accepted;
  "Others doubt that ..." is a belief introducing Bell (narrator, `*` and Bell
  accepted); "Bell proposes that NATO declare ... "no intention, no plan and
  no reason"" gives Bell (`direct`: the wording is his proposal); "In Moscow,
  the view is more sombre." introduces Volkov (narrator, him accepted); an
  academic does not accept his institute; "Western participants ... dispute
  that account." is a loose group (`indirect`, `*`); the recommendations
  bullets, the section numerals and the bio are the narrator.
- t07 (exercise story, 2025): the defence minister Ingrid Hagen and the
  fisherman Tor Hagen share a surname: bare "Hagen" (used for the minister
  before Tor appears) accepted for neither, first names for their own person;
  "The Kremlin's spokesman" unnamed is "Kremlin's spokesman", with "Kremlin
  spokesman", "spokesman", the Kremlin and Russia accepted (batch 19's
  unnamed ministry spokesman); "NATO official" never gets `*` (its own
  description names the alliance, batch 24); "Moscow reacted sharply." is an
  intro (narrator, Russia and the embassy accepted); "Norway ... has
  traditionally sought to keep tensions ... low" is a policy without speech
  (narrator, nothing accepted); "In the town of Kirkenes, ..., the mood was
  subdued." introduces Tor Hagen (narrator, him accepted); his final
  quotation without closing mark or full stop stays with him; "Additional
  reporting by" and copyright lines are the narrator.
- t08 (profile, 2010): the negotiator Viktor Orlov, the unrelated retired
  diplomat Andrei Orlov and the wife Tatiana Orlova: bare "Orlov" accepted
  for neither man (batch 21's Weir), "Viktor"/"Andrei" for their own person,
  "Orlova" for the wife only; the negotiator (head of delegation, like an
  ambassador) accepts Russia; the standfirst "Those who know him say he never
  doubted he would." is the narrator with `*` accepted; the wife's and
  Grant's quotations of Viktor's sayings ('I think the Americans will move on
  telemetry.', 'Thomas, in Moscow that is not a joke ...', 'We will come back
  to this') keep the quoting person and accept Viktor (batch 23's nested
  quote); "Colleagues from that period describe him as an early believer ..."
  is a loose group (`indirect`, `*`); "Asked about this, Orlov smiled." and
  "Tatiana Orlova laughs at the suggestion ..." are gestures (narrator, the
  person accepted); "Some in Moscow thought he conceded too much." is a
  belief (narrator, `*`); the Russian defense official's sentence names the
  military: no `*`; "The couple's son, Dmitri, ... and, his mother says, "..."
  gives the wife (`direct`, narrator accepted, batch 20's parenthetical), the
  son never; "He has not said what he will do next." is the narrator, nothing
  accepted; the closing credit line is the narrator.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
QJ = "Q|Question|journalist"
# t01
HL, HLA = "Henrik Lund", "Lund|Secretary General|NATO Secretary General|NATO"
AK, AKA = "Andrei Kovalenko", "Kovalenko|ambassador|envoy|Moscow's envoy to NATO|Russian mission|mission|Russia"
KB, KBA = "Klaus Becker", "Becker|Foreign Minister|German Foreign Minister|Germany"
MW, MWA = "Marek Wojcik", "Wojcik|Deputy Defence Minister|Polish Deputy Defence Minister|deputy minister"
DIP = "*|one diplomat|Western diplomat"
# t02
UK = "United Kingdom"
UKA = "Foreign Office|UK|Britain|British government|government"
RUE = "Russian embassy|embassy|Russian embassy in London"
MG, MGA = "Matthew Grant", "Grant|minister|Foreign Office minister|Foreign Office minister for Europe|minister for Europe"
HM, HMA = "Helen Marsh", "Marsh|shadow foreign secretary"
JL, JLA = "James Long", "Long|former RAF navigator|navigator"
# t03
MH = "Mark Holland"
MHA = ("Holland|Secretary Holland|Secretary|secretary|Mr. Secretary|Secretary of Defense"
       "|Department of Defense|Pentagon|United States")
RS, RSA = "Ryan Sharp", "Sharp|Mr. Sharp|Press Secretary|Pentagon Press Secretary|Ryan"
JR, JRA = "Jennifer Rose", "Rose|Jennifer|" + QJ
GS = "General Stone|Stone"
# t04
DS, DSA = "Dmitri Sokolov", "Kremlin spokesman|spokesman|Kremlin|Russia"
IS, ISA = "Igor Sokolov", "Deputy Foreign Minister|deputy minister|Deputy Foreign Minister Igor Sokolov"
AG = "Alexei Gromov|Gromov|President Gromov|President Alexei Gromov|president"
# t05
ZN, ZNA = "Zbigniew Nowak", "mayor|town's mayor"
KM, KMA = "Kevin Marsh", "Marsh|Lt. Col. Kevin Marsh|Lieutenant Colonel Marsh|battlegroup's American commander|American commander"
JM, JMA = "Jarosław Mazur", "Mazur|General Mazur|Gen. Jarosław Mazur|general"
KN, KNA = "Krystyna Nowak", "Krystyna|retired teacher"
ZL, ZLA = "Zbigniew Lis", "Lis"
KA, KAA = "Karolina", "Eighteen-year-old Karolina"
# t06
GD, GDA = "senior German diplomat", "German diplomat|diplomat"
AB, ABA = "Andrew Bell", "Bell|Professor Bell|Professor Andrew Bell"
SV, SVA = "Sergei Volkov", "Volkov|Dr Volkov|Dr Sergei Volkov"
PO, POA = "Polish official", "official|Polish official involved in the accession talks"
# t07
ML, MLA = "Marta Lindqvist", "Lindqvist|spokesperson|NATO spokesperson|NATO"
RUO = "Russian embassy|embassy|Russian embassy in Oslo|Moscow"
NO, NOA = "NATO official", "official|NATO"
IH, IHA = "Ingrid Hagen", "Ingrid|Defence Minister|Norway's Defence Minister|minister|Norway"
TH, THA = "Tor Hagen", "Tor"
# t08
VO, VOA = "Viktor Orlov", "Viktor|negotiator|chief negotiator|Russia's chief arms-control negotiator|63-year-old|Russia"
TO, TOA = "Tatiana Orlova", "Orlova|wife|his wife|Tatiana"
TG, TGA = "Thomas Grant", "Grant|State Department official"
AO, AOA = "Andrei Orlov", "Andrei|retired diplomat"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_nrc_wire2019.txt": ("", {
   # 0 headline, 1 dateline: narrator
   2: ("NATO", I, "alliance|West|" + N),      # lead: "with the alliance warning Moscow ..."
   # 3 meeting: narrator
   4: (HL, D, HLA), 5: (HL, D, HLA), 6: (HL, D, HLA),
   7: ("United States", I, "Washington|NATO"),   # "which NATO says" inside
   8: ("NATO", D, HL + "|" + HLA + "|allies"),   # "Lund said allies had again urged ..."
   # 9 "He did not give details.": narrator, nothing accepted
   10: ("Russia", I, "Moscow"),
   11: (AK, D, AKA),
   12: (AK, D, AKA),
   13: (AK, D, AKA),
   14: (AK, D, AKA),                            # "According to the mission, Kovalenko also warned"
   15: ("Western diplomats", I, "*|diplomats"),
   16: ("diplomat", D, DIP), 17: ("diplomat", D, DIP),
   # 18 council background: narrator
   19: (NO, I, NOA),                            # names the alliance and Ukraine: no *
   20: (None, N, KB + "|" + KBA),               # subheading quoting Becker
   21: (KB, I, KBA),
   22: (KB, D, KBA),
   23: (None, N, "Some European capitals|European capitals|eastern allies|Poland"),
   24: (MW, D, MWA),
   25: ("Russia", D, "Kremlin"),
   26: (HL, I, HLA + "|" + N),                  # "Lund, asked ..., said:"
   27: (HL, D, HLA), 28: (HL, D, HLA),
   # 29 schedule, 30 sign-off, 31 copyright: narrator
 }),
 "t02_summoned2024.txt": ("Daniel Frost", {
   # 0 rubric, 1 headline (event): narrator
   2: (None, N, "Foreign Office|United Kingdom|UK|Russian embassy|embassy|Russia"),  # standfirst
   # 3 byline, 4 timestamp: narrator
   5: (None, N, "British officials|officials|United Kingdom"),  # "after British officials said"
   6: (None, N, "Foreign Office|department|United Kingdom|Sarah Hope|Hope"),  # relative clause
   7: (UK, D, UKA), 8: (UK, D, UKA),
   9: ("Foreign Office source", I, "source|Foreign Office"),  # names other countries: no *
   10: ("Finnish officials", I, "officials|Finland"),          # names Estonia: no *
   11: (None, N, "Russia|" + RUE),              # intro
   12: ("Russia", D, RUE), 13: ("Russia", D, RUE),
   # 14 bio, 15 "without speaking to reporters", 16 count: narrator, nothing accepted
   17: (MG, D, MGA), 18: (MG, D, MGA), 19: (MG, D, MGA),
   20: (MG, D, MGA),
   21: (HM, D, HMA),
   22: ("Aviation experts", I, "*|experts"),
   23: (JL, D, JLA), 24: (JL, D, JLA), 25: (JL, D, JLA), 26: (JL, D, JLA),
   27: ("Lithuania's foreign minister", I, "foreign minister|Lithuanian foreign minister|Lithuania"),
   28: ("NATO spokesperson", D, "Nato spokesperson|spokesperson|NATO|Nato"),  # names Russia: no *
   29: ("Russia", I, "Moscow|Kremlin|" + N),
   30: (None, N, "Baltic states"),             # "Related:" reporting an accusation
   # 31-33 topic list: narrator
 }),
 "t03_dodbriefing2016.txt": ("", {
   0: (None, N, MH + "|" + MHA),               # title line naming the secretary's briefing
   # 1 "Press Operations": narrator
   2: (None, N, MH + "|" + MHA + "|" + RS + "|" + RSA),  # presenters line
   # 3 date: narrator
   4: (RS, D, RSA), 5: (RS, D, RSA), 6: (RS, D, RSA),
   7: (MH, D, MHA),                            # vocative "Ryan"
   8: (MH, D, MHA), 9: (MH, D, MHA), 10: (MH, D, MHA), 11: (MH, D, MHA),
   12: (MH, D, MHA), 13: (MH, D, MHA), 14: (MH, D, MHA),
   15: (RS, D, RSA),                           # call-on "Bob."
   16: ("Bob", D, QJ + "|Russians|Russia"),    # reports the Russians' claim
   17: ("Bob", D, QJ),
   18: (MH, D, MHA), 19: (MH, D, MHA), 20: (MH, D, MHA),
   21: ("Q", D, "Question|journalist"),        # bare Q
   22: (MH, D, MHA + "|allies|NATO"),
   23: (MH, D, MHA + "|Secretary General|NATO Secretary General"),  # "he told me the council is likely to meet"
   24: (MH, D, MHA),
   25: (JR, D, JRA), 26: (JR, D, JRA + "|Baltic governments"), 27: (JR, D, JRA),
   28: (MH, D, MHA),                           # vocative "Jennifer"
   29: (MH, D, MHA),
   30: ("Q", D, "Question|journalist"),
   31: (MH, D, MHA),
   32: (RS, D, RSA),                           # call-on "Tom, last one."
   33: ("Tom", D, QJ),
   34: ("Tom", D, QJ + "|" + GS),              # reports General Stone's words
   35: ("Tom", D, QJ),
   36: (MH, D, MHA),                           # names Stone without his words
   37: (MH, D, MHA + "|" + GS),                # "He's right that ...": claim by reference
   38: (MH, D, MHA), 39: (MH, D, MHA),
   40: ("Q", D, "Question|journalist"),        # follow-up, probably Tom (doubtful)
   41: (MH, D, MHA), 42: (MH, D, MHA),
   # 43 (Laughter.): narrator, nothing accepted
   44: (RS, D, RSA),
 }),
 "t04_kremlincall2021.txt": ("Laura Bell", {
   0: (None, N, "Russia|Kremlin|" + DS + "|Kremlin spokesman"),  # headline quoting the Kremlin
   1: ("Russia", D, "Kremlin|" + DS + "|Kremlin spokesman|spokesman"),  # lead
   2: (DS, I, DSA),
   3: (DS, D, DSA), 4: (DS, D, DSA),
   5: (None, N, "Russia"),                     # act with content in relative clause
   6: ("Western officials", I, "*|officials"),
   7: (DS, I, DSA + "|deputy secretary general|NATO's deputy secretary general|NATO"),
   8: (DS, D, DSA), 9: (DS, D, DSA),
   10: (DS, D, DSA + "|" + AG),                # the president's statement by reference
   # 11 "declined to say": narrator, nothing accepted
   12: (DS, I, DSA),
   13: (DS, D, DSA), 14: (DS, D, DSA),
   15: (DS, I, DSA),                           # "According to Sokolov, ..."
   16: (DS, D, DSA), 17: (DS, D, DSA),
   18: ("United States and its allies", D, "United States|allies|NATO"),
   19: ("senior US administration official", D,
        "US administration official|administration official|official|United States|Washington"),
   20: (None, N, "report|Moscow newspaper|newspaper"),  # "asked about a report ... that ..."
   21: (DS, D, DSA),
   22: (DS, D, DSA + "|" + AG), 23: (DS, D, DSA + "|" + AG),
   24: (IS, D, ISA),
   25: (IS, D, ISA + "|Rossiya|Rossiya news agency"),
   26: ("NATO", I, ""),
   # 27 credit line: narrator
 }),
 "t05_orzysz2017.txt": ("Anna Kowalczyk", {
   # 0 navigation: narrator
   1: (None, N, "residents"),                  # headline quoting residents
   # 2 timestamp, 3 author line, 4 translation note, 5 dateline, 6-7 narrator
   8: (ZN, D, ZNA), 9: (ZN, D, ZNA), 10: (ZN, D, ZNA),
   11: (ZN, I, ZNA),                           # "The mayor admitted that ..."
   12: (None, N, ZN + "|" + ZNA),              # "The hotel has twelve rooms." (doubtful)
   13: (ZN, D, ZNA), 14: (ZN, D, ZNA),
   15: (KM, I, KMA + "|" + N),                 # "thanked residents for their welcome"
   16: (KM, D, KMA), 17: (KM, D, KMA), 18: (KM, D, KMA),
   # 19 geography: narrator
   20: (None, N, JM + "|" + JMA),              # "spoke in a similar tone.": intro
   21: (JM, D, JMA),                           # "In his words, ..."
   22: (JM, D, JMA + "|Russian side|Russia"),
   23: (JM, D, JMA), 24: (JM, D, JMA),
   25: ("Russia", I, "Russian embassy|embassy|Russian embassy in Warsaw"),
   26: ("Russia", D, "Moscow"),
   27: (None, N, "*"),                         # "Residents we spoke to were mostly pleased."
   28: (KN, D, KNA), 29: (KN, D, KNA),
   30: (None, N, ZL + "|" + ZLA),              # "is more cautious.": intro
   31: (ZL, D, ZLA),
   32: (ZL, D, ZLA + "|Russian television"),
   33: (ZL, D, ZLA),                           # quotation left unclosed
   34: (None, N, ZL + "|" + ZLA),              # "He shrugged."
   35: (None, N, KA + "|" + KAA),              # intro
   36: (KA, D, KAA), 37: (KA, D, KAA),
   38: ("town office", I, "office"),
   # 39-40 narrator; 41-43 caption and credit; 44 "Read also:"
 }),
 "t06_thinktank1996.txt": ("Helen Rose", {
   # 0-3 header and byline, 4-6 summary, 7 "I.": narrator
   8: (None, N, "NATO|NATO foreign ministers"),  # forecast
   # 9 narrator
   10: (None, N, "Russia|Moscow"),             # "Moscow's objections are well known.": intro
   11: ("Yevgeny Arbatov", D, "Arbatov|Foreign Minister|Foreign Minister Yevgeny Arbatov|Russia|Russian Duma|Duma"),
   12: (None, N, "Western officials|officials"),  # author's verdict on their view
   13: (GD, D, GDA),                           # names NATO: no *
   14: (GD, D, "*|" + GDA), 15: (GD, D, "*|" + GDA), 16: (GD, D, "*|" + GDA),
   # 17 "II.", 18 the author's idea: narrator
   19: ("American officials", I, "*|officials|United States"),
   20: ("Secretary of State", D, "Secretary|United States"),
   21: (None, N, "*|Others|" + AB + "|" + ABA),  # belief introducing Bell
   22: (AB, I, ABA),
   23: (AB, D, ABA), 24: (AB, D, ABA),
   25: (AB, D, ABA),                           # "Bell proposes that NATO declare ... "...""
   26: (None, N, SV + "|" + SVA),              # intro
   27: (SV, D, SVA), 28: (SV, D, SVA), 29: (SV, D, SVA),
   30: ("Western participants in the negotiations of 1990", I, "*|Western participants|participants"),
   # 31 "III.", 32 narrator
   33: (PO, D, POA),                           # names Russia: no *
   34: (PO, D, POA), 35: (PO, D, POA),         # name NATO / Moscow: no *
   # 36-43 the author's argument and recommendations, 44 bio: narrator
 }),
 "t07_exercise2025.txt": ("Erik Sharp", {
   0: (None, N, "Russia|Russian embassy|embassy"),  # headline "Russia warns of ..."
   # 1 byline, 2-3 narrator
   4: (ML, D, MLA), 5: (ML, D, MLA),
   6: (ML, I, MLA),
   # 7 narrator
   8: (None, N, "Russia|Moscow|Russian embassy|embassy"),  # "Moscow reacted sharply.": intro
   9: ("Russia", D, RUO), 10: ("Russia", D, RUO), 11: ("Russia", D, RUO),
   12: ("Kremlin's spokesman", D, "Kremlin spokesman|spokesman|Kremlin|Russia"),
   13: (NO, I, NOA),
   14: (NO, D, NOA), 15: (NO, D, NOA), 16: (NO, D, NOA),
   17: (NO, I, NOA),
   # 18 Norway's policy, 19 narrator
   20: (IH, D, IHA),
   21: (IH, D, IHA), 22: (IH, D, IHA),         # bare "Hagen said" (before Tor appears)
   23: (None, N, TH + "|" + THA),              # "the mood was subdued.": intro
   # 24 narrator
   25: (TH, I, THA),
   26: (TH, D, THA), 27: (TH, D, THA), 28: (TH, D, THA),  # closing mark missing
   # 29 schedule, 30 additional reporting, 31-32 copyright: narrator
 }),
 "t08_profile2010.txt": ("Caroline Young", {
   # 0 rubric, 1 headline, 2 standfirst: narrator
   3: (None, N, "*"),                          # "Those who know him say ..."
   # 4 byline, 5 date, 6 scene: narrator
   7: (TO, D, TOA),
   8: (TO, D, TOA + "|" + VO + "|Viktor"),     # quotes her husband's saying
   9: (TO, D, TOA),
   # 10-11 narrator
   12: (TG, D, TGA),
   13: (TG, D, TGA + "|" + VO + "|Viktor"),    # quotes Viktor's words
   14: (TG, D, TGA),
   15: (TG, I, TGA),
   16: (TG, D, TGA + "|" + VO + "|Viktor"),
   # 17-18 career: narrator
   19: ("Colleagues from that period", I, "*|Colleagues|colleagues"),
   20: (AO, D, AOA), 21: (AO, D, AOA), 22: (AO, D, AOA),
   23: (None, N, VO + "|" + VOA),              # "Asked about this, Orlov smiled."
   24: (VO, D, VOA), 25: (VO, D, VOA), 26: (VO, D, VOA),
   27: (VO, D, VOA),
   28: (VO, I, VOA + "|Russian side"),
   29: (VO, D, VOA), 30: (VO, D, VOA), 31: (VO, D, VOA), 32: (VO, D, VOA),
   33: (None, N, "*|Some in Moscow"),          # belief
   34: ("Russian defense official", I, "defense official|official"),  # names the military: no *
   35: (None, N, TO + "|" + TOA),              # "laughs at the suggestion": gesture
   36: (TO, D, TOA), 37: (TO, D, TOA), 38: (TO, D, TOA),
   39: (TO, D, TOA + "|his mother|mother|" + N),  # "his mother says, "...""
   # 40 narrator; 41 "He has not said ...": narrator, nothing accepted; 42 credit
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
