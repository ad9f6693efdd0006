"""Build gold.csv for the twenty-third held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented; outlets are invented (Tidewater, Atlantic Press, Nordic Courier,
Danube Institute, Marlow Press). The mix is the commonest kinds of text an
analyst pastes in: a wire story on a summit, an agency story on an exercise,
a NATO press release, a Russian MFA briefing, a think-tank commentary, a
public-broadcaster-style online story with an analysis box, a narrative
interview and a press report of a parliamentary committee report.

Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and of batches 19-22, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`, and so is a correspondent's analysis block (batch 5);
- in a transcript turn, a sentence that reports another person's or body's
  words keeps the turn speaker and accepts the reported party; a sentence that
  only names another person without his words accepts nobody else; an echo of
  a phrase accepts nobody; nested quotations keep the outer speaker, the inner
  one accepted (batch 6);
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; "the Kremlin", "Moscow",
  "the Foreign Ministry", "the embassy" speaking give `Russia`, the ministry or
  embassy accepted; a country's ministry speaking gives the country;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted; a deputy minister's (and a junior
  minister's) accept only his own name forms and titles (batches 7, 8); a
  military officer's accept his rank and surname forms, not his country
  (batch 19), a military spokesman's also his command and country (batch 20);
  the Secretary General's own remarks give him, NATO accepted; when he
  reports what the allies agreed, NATO is gold and he is accepted;
- beliefs, memories, feelings, wishes and gestures are the narrator (the
  person accepted when evidently told to the reporter or introducing his
  quote); intros without content ("was more sanguine.", "reacted with
  scorn.") are the narrator with the party introduced accepted; a speech act
  without content by a named person gives the person, narrator accepted;
  "declined to say", "declined an invitation to give evidence" are the
  narrator with nothing accepted;
- a factual sentence whose relative or appositive clause carries another
  party's speech is the narrator, with that party accepted (batch 9); a
  relayed quotation gives the person whose words are quoted, the relaying
  source accepted (batches 7, 20); a parenthetical "she says" carrying quoted
  words is the quoted person's (batch 20);
- headlines (speech-reporting ones accept the reported party), standfirsts,
  bylines, datelines, captions, credits, "Read more"/"Related" lines, topic
  headings and translation notes are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups likewise;
- a document with no byline (press release, ministry briefing, the
  broadcaster-style story) has no narrator; its header lines are the
  narrator; the issuer's own announcements are narrator rows with the issuer
  accepted (batches 6, 8);
- honorifics and ranks (Sir, Mr, Dr, Professor, Col., Cmdr.) are not part of
  the canonical name; an all-capitals byline is written in normal case;
  surname-only forms and titles are accepted where they are unique in the
  document; two people who share a surname stay apart and the bare surname
  is accepted for neither; two people who share a first name are never
  accepted for each other by it (batches 13, 19-22).

New decisions in this batch:
- t01 (2008 summit wire): the lead "NATO leaders refused ... but declared in
  their summit communique that the two ... "will become members of NATO.""
  gives NATO (`direct`), the leaders and the narrator accepted (batch 8's
  wire lead, batch 9's summit promise); "We agreed today that these
  countries will become members." inside the Secretary General's quote is
  NATO, him accepted; "Bakker said he expected foreign ministers to look at
  the two bids again" is his own expectation (him, NATO accepted); "Asked
  whether ..., he replied:" closing its paragraph gives him (`indirect`), the
  untagged paragraph after it him (`direct`); "U.S. officials had lobbied for
  MAP until the early hours." reports lobbying without content: narrator, the
  officials accepted (doubtful); "Russia, which regards ... as a threat ...,
  reacted swiftly." is an intro (narrator, Russia accepted); the Foreign
  Ministry spokesman Andrei Kiselyov and the ambassador Andrei Volkov share a
  first name, and Kiselyov and the Kremlin spokesman Dmitry Osipov are both
  "spokesman", so the bare first name and bare "spokesman" are accepted for
  nobody; "Zorin ... has warned repeatedly that Russia could target missiles
  at Ukraine" gives the president (`indirect`), Russia accepted (batch 9's
  president); "Diplomats said the wording was agreed only after the United
  States and Germany ..." is a loose group that names other bodies:
  "Diplomats", "diplomats" only, no `*`; "Not all allies were comfortable
  with the deal." is the narrator, `*` accepted (batch 7).
- t02 (2017 agency story): two Ivanovs: before the colonel appears, the bare
  "Ivanov" of the quote tag is the deputy defence minister Gennady Ivanov
  (his title forms only, batch 21's register); Col. Pavel Ivanov is a
  military district spokesman ("the colonel"; his district and Russia
  accepted, batch 20's Major Lund); bare "Ivanov" is accepted for neither;
  "Pentagon spokesman Navy Cmdr. Eric Hill" accepts the Pentagon and the
  United States, bare "spokesman" nobody (two spokesmen); "Russia has
  invited three NATO experts to attend what it calls "..."" is an act with a
  relative clause carrying Russia's term (narrator, Russia accepted); "Moscow
  has dismissed the estimate as "fantasy."" gives Russia (`direct`);
  "Belarus' Defense Ministry said Minsk had invited ..." gives Belarus; the
  lead's "drills that Moscow says involve ..." relative clause is the
  narrator with Russia accepted; "Lithuanian officials have said ..." names
  Russian and Belarusian personnel: officials and Lithuania only, no `*`; the
  pensioner known only by first name ("Birute", batch 8) is "the pensioner"
  in the next tag.
- t03 (2004 NATO press release, no byline): the release's own announcements
  (the arrival, "The deployment was agreed by the North Atlantic Council",
  "It ensures ...", the next rotations) are narrator rows with NATO accepted;
  "welcomed the arrival of the aircraft." gives the Secretary General
  (`indirect`), narrator accepted (batch 8's "welcomed the decision.");
  "Allies briefed Russia on the arrangements at a meeting of the NATO-Russia
  Council" is a body's speech act naming only its topic: NATO (`indirect`),
  Allies and the narrator accepted (batch 21); "The Secretary General noted
  that the Russian side had asked for, and received, ..." keeps him, Russia
  accepted (a relayed request, batch 19); "Some in Moscow have called this a
  provocation," inside his quote accepts "Some in Moscow"; the Belgian
  minister André Peeters and the detachment commander Lt Col Luc Peeters
  share a surname: bare "Peeters" accepted for neither, "Lieutenant Colonel
  Peeters" for Luc only; the minister accepts Belgium, the commander does
  not; "Notes to editors" bullets are the narrator, except "Allies and Russia
  declared their determination to work together "as equal partners ...""
  which gives "Allies and Russia" as written (`direct`, batch 21's pair),
  NATO, Russia, "NATO and Russia", the council and the narrator accepted.
- t04 (2021 MFA briefing, no byline): as batch 6's p03: the unlabelled
  opening statement gives the spokeswoman, with the ministry, Russia and the
  narrator accepted, her labelled answers ("Svetlana Morozova:") with the
  ministry and Russia (and her surname and title) accepted; "The Russian
  leadership has decided to suspend ..." in her statement is the
  government's decision reported by its spokeswoman: Russia (`direct`), her,
  the ministry, "Russian leadership", the minister who announced it and the
  narrator accepted (batch 10's t08); "Foreign Minister Alexander Belyaev set
  out our response." names him without his words (her, nobody else); "the
  minister has already said how they can be raised: through our ambassador"
  accepts the minister; the self-introduced questioner Kristina Berg gives
  all pieces of her question, including "Question: Good afternoon." (batch
  19), and the later "Question: Kristina Berg again, Nordic Courier." turn;
  the bare "Question:" gives "Question" (journalist, Q accepted), never a
  previous journalist; the echoes ""Regrets."" and "As for "not linked ..." -"
  accept nobody; the bracketed "[Unofficial translation; excerpts]" and the
  topic headings are the narrator.
- t05 (2012 think-tank commentary): the author line without "By" is the
  byline; the closing bio, disclaimer and "Follow him" line are the narrator
  with nothing accepted; "When NATO leaders meet ..., they will declare an
  "interim capability"" is the author's forecast, the term quoted NATO's:
  narrator, NATO accepted (doubtful); "allies agreed to build ... and invited
  Russia to cooperate" gives NATO (`indirect`), allies and narrator accepted;
  "Russian officials want a legally binding guarantee" is a wish (narrator,
  Russian officials and Russia accepted, batch 7's "He wants"); "Washington
  will not give one." is the author's claim introducing the Under Secretary
  (narrator, United States accepted); the Under Secretary of State ranks as a
  deputy minister: her own name forms and titles only; "Her position is
  shared by most allies" is the narrator, nothing accepted; General Gorin and
  the deputy minister Ryabtsev share the first name Nikolai; "A Russian
  diplomat I have known for many years put it to me bluntly: "..."" gives
  "Russian diplomat" (`direct`), no `*` on the piece that names Iran;
  "according to officials involved in the talks" names the council: their
  own variants only; "NATO insists that ..." gives NATO, "On the arithmetic,
  NATO is right." is the author's verdict (narrator, NATO accepted, batch
  20); "The Russian side, for its part, says ..." gives Russia.
- t06 (2014 broadcaster-style online story, no byline): the analysis box's
  heading "Analysis: Alan Rose, diplomatic correspondent" is the narrator
  with him accepted (a byline-like heading, no speech verb), the box's text
  him (`direct`, a written turn, narrator accepted, batch 5), also its
  sentences about what ministers did not do; "Nato foreign ministers have
  agreed to suspend ..." gives NATO (`indirect`), ministers and narrator
  accepted; "Russia's foreign ministry reacted with scorn." is an intro
  (narrator, Russia, the ministry and its spokesman accepted); the spokesman
  Yuri Gromov and the envoy Yuri Tarasenko share a first name; "Poland ... has
  asked Nato to station two heavy brigades" is a request with content
  (Poland, `indirect`); "Germany, however, is wary of ..." is a stance
  (narrator, Germany accepted); "A German diplomat said Berlin wanted ..."
  names Berlin and Moscow: diplomat only, Germany not accepted; the
  quotation whose closing mark is missing before the tag stays with the
  tag's speaker (batch 19); "Read more:", the caption line and "Related
  Topics" lines are the narrator.
- t07 (2025 narrative interview): the former ambassador Helen Stone and her
  husband David Stone share a surname: bare "Stone" is accepted for neither,
  although the article uses it for her throughout (batch 21's Weir); "Helen"
  and "David", "her husband" are accepted for their own person; "The former
  ambassador", "she" and "Stone" are Helen; her quotation of her Russian
  counterpart's words ('Helen, I am not angry ...') keeps her, Kuznetsov
  accepted, while "Then he went home for nine months." in the same quote
  accepts nobody; "Kuznetsov ... called Stone in his memoirs "..."" gives
  Kuznetsov (`direct`, his written words); "Their son, Tom, now works at the
  Foreign Office, although, she says, "..."" gives her (`direct`, narrator
  accepted, batch 20's parenthetical), the son never; "Stone does not accept
  the fashionable answer in Westminster ..., nor the Kremlin's answer that
  NATO broke a promise not to enlarge." is a stance introducing her quote
  (narrator, her and Russia accepted; doubtful); "She points to ..." gives
  her (`indirect`, batch 22); the interviewer's questions ("What went
  wrong?", "Does she think ...?") are the narrator, nothing accepted; the
  anonymous former colleague "thinks she is too kind" (a belief introducing
  his quote: narrator, his variants accepted); his "Helen believed in the
  room" names her, so no `*`; the headline quoting her and the standfirst's
  "she fears" are the narrator with her accepted; the quotation left open at
  the end of its paragraph stays with her; the memoir title is not speech.
- t08 (1997 press report of a Commons committee report): the committee's
  report speaks for the committee: its statements ("the Commons Foreign
  Affairs Committee said", "The committee backs", "it says", "The MPs
  recommend") give "Foreign Affairs Committee", with committee, "Commons
  Foreign Affairs Committee", "MPs" and "report" accepted (as batch 10's
  document rule, but the author is named); the lead naming it only as "an
  all-party committee of MPs" gives it too (batch 20's lead named in the next
  sentence), its description accepted; "According to the report, one senior
  Russian official told the MPs privately that ... "..."" is a relayed
  quotation: the official, the report and committee accepted, no `*`; the
  chairman's remarks accept the committee whose report he presents (a
  spokesperson for his body; doubtful); "Sir Peter" is Peter Field; Simon
  Bell ("in an interview with") is not a speaker; the junior Foreign Office
  minister accepts no government (batch 7's Minister of State), the Defence
  Secretary does (batch 8); "A spokesman said Russia would ..." after the
  embassy sentence gives "spokesman" (the embassy's, written as it appears),
  Russia and the embassy accepted, no `*` (names NATO); Derek Fairley and
  Derek Mason share a first name; Labour's defence spokesman accepts Labour
  (batch 22), the MP Jean Holt not her party (batch 19); "Not every member of
  the committee was persuaded." is the narrator, `*` accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
JB = "Joost Bakker"
JBA = "Bakker|NATO|Secretary-General|NATO Secretary-General|Secretary General|NATO Secretary General"
JBO = "Joost Bakker|Bakker|Secretary-General|NATO Secretary-General|Secretary General|NATO Secretary General"
IH, IHA = "Ingrid Hartmann", "Hartmann|Germany|Chancellor|German Chancellor"
PL, PLA = "Pierre Lambert", "Lambert|France|Prime Minister|French Prime Minister"
SUO = "senior U.S. official"
SUOA = "U.S. official|official|United States|senior U.S. official, speaking on condition of anonymity"
AV, AVA = "Andrei Volkov", "Volkov|Russia|ambassador|Russia's ambassador to the alliance|Russia's ambassador to NATO"
AKI, AKIA = "Andrei Kiselyov", "Kiselyov|Russia|Foreign Ministry|Foreign Ministry spokesman|ministry"
RFM = "Foreign Ministry|Russian Foreign Ministry|Foreign Ministry in Moscow|ministry"
DO, DOA = "Dmitry Osipov", "Osipov|Russia|Kremlin|Kremlin spokesman"
NZ, NZA = "Nikolai Zorin", "Zorin|Russia|President|Russian President"
PS, PSA = "Petro Savchuk", "Savchuk|Ukraine|Foreign Minister|Ukrainian Foreign Minister"
GL, GLA = "Giorgi Lomidze", "Lomidze|Georgia|President|Georgian President"
JN, JNA = "Jacek Nowak", "Nowak|Poland|Foreign Minister|Polish Foreign Minister"
# t02
GI, GIA = "Gennady Ivanov", "Deputy Defense Minister|deputy defense minister|deputy minister"
PI = "Pavel Ivanov"
PIA = ("Col. Ivanov|Colonel Ivanov|colonel|Col. Pavel Ivanov|spokesman for Russia's Western Military District"
       "|Western Military District|Russia")
RDM = "Russian Defense Ministry|Defense Ministry|ministry|Russia's Defense Ministry"
EH, EHA = "Eric Hill", "Hill|Cmdr. Hill|Pentagon spokesman|Pentagon|United States"
DPE, DPEA = "Darius Petrauskas", "Petrauskas|Lithuania|Defense Minister|Lithuanian Defense Minister"
HD, HDA = "Henrik Dahl", "Dahl|NATO|Secretary-General|NATO Secretary-General"
WDM, WDMA = "Western diplomat in Moscow", "Western diplomat|diplomat"
BI, BIA = "Birute", "pensioner"
# t03
MV = "Maarten Visser"
MVA = "Visser|Secretary General|NATO Secretary General|NATO"
LK, LKA = "Linas Kairys", "Kairys|Lithuania|Minister of National Defence|Minister of National Defence of Lithuania"
AP, APA = "André Peeters", "Belgium|Belgian Minister of Defence|Minister of Defence"
LP, LPA = "Luc Peeters", "Lieutenant Colonel Peeters|commander|commander of the Belgian detachment|Lieutenant Colonel Luc Peeters"
# t04
SM = "Svetlana Morozova"
SMT = "Morozova|Foreign Ministry Spokeswoman|spokeswoman|Russia|Foreign Ministry|Russian Foreign Ministry|ministry"
SMS = SMT + "|" + N                            # opening statement: narrator also accepted
AB = "Alexander Belyaev|Belyaev|Foreign Minister|minister"
JAA = "Jens Aalto|Aalto|Mr Aalto|NATO Secretary General|Secretary General"
QJ = "journalist|Q"
KB, KBA = "Kristina Berg", "Berg|Question|journalist|Q"
# t05
NG, NGA = "Nikolai Gorin", "Gorin|General Gorin|chief of the Russian General Staff|chief of the General Staff"
NR, NRA = "Nikolai Ryabtsev", "Ryabtsev|deputy foreign minister|deputy foreign minister responsible for the talks"
ML, MLA = "Margaret Lamb", "Lamb|Under Secretary of State|U.S. Under Secretary of State"
RD, RDA = "Russian diplomat", "diplomat|Russian diplomat I have known for many years"
SNO, SNOA = "senior NATO official", "NATO official|official|NATO"
# t06
NH = "Nils Haugland"
NHA = "Haugland|Mr Haugland|Secretary General|Nato Secretary General|NATO Secretary General|NATO|Nato"
TH, THA = "Thomas Hunt", "Hunt|Mr Hunt|Secretary of State|US Secretary of State|United States"
YG = "Yuri Gromov"
YGA = "Gromov|Mr Gromov|spokesman|Russia|foreign ministry|Russia's foreign ministry"
YA, YAA = "Yuri Tarasenko", "Tarasenko|Mr Tarasenko|envoy|Russia's envoy to Nato|Russia"
PZ, PZA = "Piotr Zawadzki", "Zawadzki|Mr Zawadzki|Polish Foreign Minister|Foreign Minister|Poland"
AR, ARA = "Alan Rose", "Rose|diplomatic correspondent|correspondent|" + N
# t07
HS, HSA = "Helen Stone", "Helen|former ambassador|ambassador"
DS, DSA = "David Stone", "David|her husband|husband"
VK, VKA = "Vladimir Kuznetsov", "Kuznetsov|Vladimir"
FC = "former colleague from the British delegation"
FCA = "former colleague|colleague|former colleague from the British delegation, who asked not to be named"
# t08
FAC = "Foreign Affairs Committee"
FACA = "committee|Commons Foreign Affairs Committee|MPs|report|all-party committee of MPs"
PF, PFA = "Peter Field", "Field|Sir Peter|Sir Peter Field|chairman|committee's chairman|" + FAC + "|committee"
AKO, AKOA = "Anna Kovac", "Kovac|Professor Kovac|Professor Anna Kovac"
MY, MYA = "Martin Young", "Young|Sir Martin|Sir Martin Young|former ambassador|former ambassador to Moscow"
REM = "Russian embassy|Russian embassy in London|embassy"
DF, DFA = "Derek Fairley", "Fairley|Mr Fairley|Foreign Office minister|minister"
MB, MBA = "Malcolm Burns", "Burns|Defence Secretary|United Kingdom|Government"
JH, JHA = "Jean Holt", "Holt|Labour MP|Labour MP for Tynemouth South"
DM, DMA = "Derek Mason", "Mason|Dr Mason|defence spokesman|Labour's defence spokesman|Labour"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_bucharest2008.txt": ("Anne Marsh", {
   0: (None, N, "NATO"),                       # headline reporting the promise
   # 1 byline: narrator
   2: ("NATO", D, "NATO leaders|leaders|" + N),  # lead: refused ..., but declared ... "will become members"
   # 3 the compromise (fact): narrator
   4: (JB, D, JBA),
   5: ("NATO", D, JBO),                        # "We agreed today that ..." (allies' decision)
   6: (JB, D, JBA),
   7: (JB, I, JBA),                            # his own expectation
   8: (JB, I, JBA),                            # "Asked whether ..., he replied:" closing the paragraph
   9: (JB, D, JBA), 10: (JB, D, JBA), 11: (JB, D, JBA),  # untagged quote paragraph
   12: (IH, I, IHA),
   13: (IH, D, IHA), 14: (IH, D, IHA),
   15: (PL, D, PLA),                           # "Paris opposed ..." + fragment
   16: (None, N, "U.S. officials|officials|United States"),  # lobbying without content (doubtful)
   17: (SUO, D, SUOA),                         # names the alliance: no *
   18: (SUO, D, "*|" + SUOA),
   19: (SUO, D, SUOA),                         # names Moscow: no *
   20: (None, N, "Russia"),                    # "reacted swiftly.": intro
   21: (AV, D, AVA),
   22: (AV, D, AVA),                           # paragraph left open
   23: (AV, D, AVA),                           # reopened mark, new paragraph
   # 24 "He declined to say ...": narrator, nothing accepted
   25: ("Russia", D, RFM),
   26: (AKI, D, AKIA),
   # 27 the president's attendance (plan): narrator
   28: (DO, D, DOA),                           # "frankly and openly"
   29: (NZ, I, NZA),                           # "has warned repeatedly that"
   30: (PS, I, PSA),
   31: (PS, D, PSA), 32: (PS, D, PSA),
   33: (GL, D, GLA),
   34: (None, N, "*"),                         # "Not all allies were comfortable with the deal."
   35: (JN, I, JNA),
   36: (JN, D, JNA), 37: (JN, D, JNA),
   38: ("Diplomats", I, "diplomats"),          # names the United States and Germany: no *
   # 39 invitations (plan), 40 credits: narrator
 }),
 "t02_zapad2017.txt": ("Lisa Frost", {
   # 0 headline, 1 byline, 2 outlet: narrator
   3: (None, N, "Russia"),                     # relative clause "drills that Moscow says involve ..."
   # 4 fact: narrator
   5: ("Russia", D, RDM),
   6: ("Russia", I, RDM),                      # "It said"
   7: (GI, D, GIA),                            # "extremist groups"
   8: (GI, D, GIA),
   9: (GI, D, GIA),                            # bare "Ivanov said" (before the colonel appears)
   10: ("NATO officials", I, "officials|NATO"),  # names the Russian figure: no *
   11: (None, N, "Russia"),                    # invitation (act) + "what it calls "...""
   12: ("NATO", I, ""),                        # "The alliance says"
   13: (EH, D, EHA), 14: (EH, D, EHA),
   15: (EH, D, EHA),
   16: (EH, D, EHA), 17: (EH, D, EHA),         # "he said: "...""
   18: (DPE, D, DPEA),
   19: (DPE, D, DPEA), 20: (DPE, D, DPEA), 21: (DPE, D, DPEA),
   22: ("Lithuanian officials", I, "officials|Lithuania"),  # names Russian and Belarusian personnel: no *
   23: ("Russia", D, "Moscow"),                # "dismissed the estimate as "fantasy.""
   24: (PI, D, PIA),
   25: (PI, D, PIA),                           # "The colonel said"
   26: ("Belarus", I, "Belarus' Defense Ministry|Belarusian Defense Ministry|Minsk"),
   27: (HD, D, HDA),
   28: (HD, D, HDA),
   29: (None, N, WDM + "|" + WDMA),            # "was more relaxed.": intro
   30: (WDM, D, "*|" + WDMA),
   31: (WDM, D, "*|" + WDMA),
   # 32 scene: narrator
   33: (BI, I, BIA),
   34: (BI, D, BIA),                           # "the pensioner said"
   35: (BI, D, BIA),
   # 36 contribution line: narrator
 }),
 "t03_airpolicing2004.txt": ("", {
   # 0-2 header lines, 3 title: narrator
   4: (None, N, "NATO"),                       # the release's own announcement
   5: (None, N, "NATO|North Atlantic Council"),  # "was agreed by the North Atlantic Council" (act)
   6: (None, N, "NATO"),
   7: (MV, I, MVA + "|" + N),                  # "welcomed the arrival of the aircraft."
   8: (MV, D, MVA), 9: (MV, D, MVA),
   10: (MV, I, MVA),                           # "The Secretary General stressed that"
   11: (MV, D, MVA), 12: (MV, D, MVA), 13: (MV, D, MVA),
   14: ("NATO", I, "Allies|" + N),             # "Allies briefed Russia on the arrangements" (topic only)
   15: (MV, I, MVA + "|Russia|Russian side"),  # relays the Russian side's request
   16: (MV, D, MVA + "|Some in Moscow"),       # quotes what some in Moscow said
   17: (MV, D, MVA),
   18: (LK, D, LKA),
   19: (LK, D, LKA),
   20: (AP, I, APA),
   21: (AP, D, APA),
   22: (LP, I, LPA),
   23: (LP, D, LPA),
   24: (LP, D, LPA),                           # paragraph left open
   25: (LP, D, LPA),                           # reopened mark
   26: (None, N, "NATO"),                      # the next rotations (the release's announcement)
   # 27 "Notes to editors", 28-31 notes: narrator
   32: ("Allies and Russia", D, "NATO and Russia|NATO|Russia|NATO-Russia Council|" + N),
   # 33 photo line, 34 contact line: narrator
 }),
 "t04_mfabriefing2021.txt": ("", {
   # 0 title, 1 translation note, 2 topic heading: narrator
   3: (SM, D, SMS + "|NATO"),                  # reports NATO's announcement and its words
   4: (SM, D, SMS),
   5: (SM, D, SMS),                            # names the minister without his words
   6: ("Russia", D, SM + "|" + SMS.replace("|Russia|", "|") + "|Russian leadership|" + AB),  # the leadership's decision
   7: (SM, D, SMS),
   8: (SM, D, SMS + "|NATO"),                  # "we heard from Brussels that the Alliance "...""
   9: (SM, D, SMS),
   # 10 topic heading: narrator
   11: (SM, D, SMS + "|" + JAA),
   12: (SM, D, SMS), 13: (SM, D, SMS),
   14: (SM, D, SMS + "|" + JAA),
   15: (SM, D, SMS), 16: (SM, D, SMS),
   # 17 heading: narrator
   18: ("Question", D, QJ),
   19: (SM, D, SMT),
   20: (SM, D, SMT + "|" + AB),                # "the minister has already said how ..."
   21: (SM, D, SMT), 22: (SM, D, SMT),
   23: (KB, D, KBA),                           # "Question: Good afternoon." before the self-introduction
   24: (KB, D, KBA),
   25: (KB, D, KBA + "|NATO's spokesperson|NATO spokesperson|NATO"),
   26: (KB, D, KBA),
   27: (SM, D, SMT),
   28: (SM, D, SMT),                           # echo ""Regrets.""
   29: (SM, D, SMT), 30: (SM, D, SMT),
   31: (SM, D, SMT),                           # echo "As for "not linked ...""
   32: (SM, D, SMT), 33: (SM, D, SMT),
   34: ("Question", D, QJ),                    # bare "Question:": not the previous journalist
   35: (SM, D, SMT), 36: (SM, D, SMT),
   37: (SM, D, SMT + "|Western colleagues|Our Western colleagues"),
   38: (SM, D, SMT),
   39: (KB, D, KBA),                           # "Question: Kristina Berg again, ..."
   40: (KB, D, KBA + "|Finnish and Swedish officials"),
   41: (KB, D, KBA),
   42: (SM, D, SMT), 43: (SM, D, SMT),
 }),
 "t05_commentary2012.txt": ("James Young", {
   # 0 rubric, 1 title, 2 author line, 3 date: narrator
   4: (None, N, "NATO|NATO leaders"),          # forecast of a declaration (doubtful)
   # 5-6 narrator
   7: ("NATO", I, "allies|" + N),              # "allies agreed to build ... and invited Russia"
   # 8 "commissioned a joint study" (act), 9: narrator
   10: (None, N, "Russia|" + NG + "|" + NGA),  # intro
   11: (NG, D, NGA),
   12: (NG, D, NGA),                           # "He added that ... "...", which is hardly reassuring."
   13: (None, N, "Russian officials|Russia"),  # a wish ("want")
   14: (NR, D, NRA),                           # "told me ... "the minimum, not the maximum""
   15: (NR, D, NRA),
   16: (None, N, "United States"),             # "Washington will not give one.": the author's claim
   17: (ML, D, MLA),                           # Under Secretary: no government accepted
   # 18 "Her position is shared by most allies": narrator, nothing accepted; 19 narrator
   20: ("NATO", I, ""),                        # "NATO insists that"
   21: (None, N, "NATO"),                      # the author's verdict
   # 22 narrator
   23: (None, N, "Many in Moscow"),            # belief of a loose group
   24: (RD, D, RDA),                           # names Iran: no *
   25: (RD, D, "*|" + RDA), 26: (RD, D, "*|" + RDA),
   # 27-28 the author's proposal: narrator
   29: ("officials involved in the talks", I, "officials"),  # names the council: no *
   # 30 narrator
   31: (SNO, D, SNOA),                         # names the alliance and Moscow: no *
   32: ("Russia", I, "Russian side"),
   # 33-35 narrator; 36-38 bio and disclaimer, 39 "Follow him": narrator, nothing accepted
 }),
 "t06_bbcstyle2014.txt": ("", {
   # 0 headline, 1 date line: narrator
   2: ("NATO", I, "Nato|Nato foreign ministers|foreign ministers|ministers|" + N),
   # 3 caption: narrator
   4: ("NATO", D, "Nato|alliance"),            # "The alliance said ... "as necessary""
   5: (NH, D, NHA), 6: (NH, D, NHA), 7: (NH, D, NHA),
   8: (NH, I, NHA),                            # "Mr Haugland also said the alliance was looking ..."
   9: (TH, D, THA), 10: (TH, D, THA), 11: (TH, D, THA),
   12: (None, N, "Russia|foreign ministry|Russia's foreign ministry|" + YG),  # "reacted with scorn.": intro
   13: (YG, D, YGA),
   14: (YA, D, YAA), 15: (YA, D, YAA),
   16: (YA, D, YAA),                           # reopened mark
   # 17 "Read more": narrator
   18: ("Poland", I, ""),                      # "has asked Nato to station ..."
   19: (PZ, I, PZA),
   20: (PZ, D, PZA),                           # closing mark missing before the tag
   21: (None, N, "Germany"),                   # "is wary of" (stance)
   22: ("German diplomat", D, "diplomat"),     # names Berlin and Moscow: no *
   23: (None, N, AR),                          # box heading
   **{i: (AR, D, ARA) for i in range(24, 33)},  # the analysis box
   # 33-36 "Related Topics" lines: narrator
 }),
 "t07_ambassador2025.txt": ("Claire Hunt", {
   0: (None, N, HS + "|" + HSA),               # headline quoting her (two pieces)
   1: (None, N, HS + "|" + HSA),
   # 2 standfirst fact: narrator
   3: (None, N, HS + "|" + HSA),               # standfirst "she fears"
   # 4 byline, 5 date, 6 scene: narrator
   7: (HS, D, HSA), 8: (HS, D, HSA), 9: (HS, D, HSA),
   10: (None, N, "Founding Act|Act"),          # appositive "after the Founding Act had promised ..."
   # 11 walk-out (act): narrator
   12: (None, N, HS + "|" + HSA),              # "remembers the morning ...": memory introducing her quote
   13: (HS, D, HSA + "|" + VK + "|" + VKA),    # nested words of Kuznetsov
   14: (HS, D, HSA + "|" + VK + "|" + VKA),    # nested, continued
   15: (HS, D, HSA),                           # "Then he went home ...": nobody else
   16: (HS, D, HSA),                           # reopened mark, new paragraph
   17: (VK, D, VKA),                           # "called Stone in his memoirs "...""
   18: (None, N, HS + "|" + HSA),              # "She laughs at that.": gesture
   19: (HS, D, HSA), 20: (HS, D, HSA),
   21: (None, N, DS + "|" + DSA),              # listening from the doorway: introduces his quote
   22: (DS, D, DSA), 23: (DS, D, DSA),
   24: (HS, D, HSA + "|" + N),                 # "although, she says, "...""
   # 25 "What went wrong?": narrator, nothing accepted
   26: (None, N, HS + "|" + HSA + "|Russia|Kremlin"),  # stance; "the Kremlin's answer that ..." (doubtful)
   27: (HS, D, HSA), 28: (HS, D, HSA), 29: (HS, D, HSA),
   30: (HS, D, HSA), 31: (HS, D, HSA),         # reopened mark
   32: (None, N, FC + "|" + FCA),              # "thinks she is too kind": belief introducing his quote
   33: (FC, D, FCA),                           # names Helen: no *
   34: (FC, D, "*|" + FCA),
   35: (None, N, HS + "|" + HSA),              # "Stone is unmoved by the criticism.": intro
   36: (HS, I, HSA),                           # "She points to ..."
   37: (HS, I, HSA),                           # "Today, she says, ..."
   # 38 the interviewer's question: narrator, nothing accepted
   39: (HS, D, HSA), 40: (HS, D, HSA),
   41: (HS, D, HSA),                           # quotation left unclosed
   42: (None, N, DS + "|" + DSA),              # walks me to the gate: introduces his quote
   43: (DS, D, DSA),                           # "Vladimir's number": Kuznetsov not accepted
   # 44 memoir notice: narrator
 }),
 "t08_committee1997.txt": ("Paul Grant", {
   0: (None, N, FAC + "|" + FACA),             # headline reporting the MPs' warning
   # 1 byline, 2 title line, 3 date: narrator
   4: (FAC, D, FACA),                          # lead: "an all-party committee of MPs warned"
   5: (FAC, D, FACA),
   6: (FAC, I, FACA),                          # "The committee backs ..."
   7: (FAC, D, FACA),                          # "But it says ... "...""
   8: (FAC, I, FACA),                          # "The MPs recommend"
   9: (PF, D, PFA), 10: (PF, D, PFA),
   11: (PF, D, PFA),                           # reopened mark
   12: (PF, D, PFA),                           # "Sir Peter, who led ..., said ... "uniformly hostile""
   13: ("senior Russian official", D, "Russian official|official|" + FAC + "|committee|report"),  # relayed via the report
   14: (AKO, D, AKOA),
   15: (None, N, MY + "|" + MYA),              # "was more sanguine.": intro
   16: (MY, D, MYA), 17: (MY, D, MYA), 18: (MY, D, MYA),
   # 19 "declined an invitation to give evidence": narrator, nothing accepted
   20: ("Russia", D, REM),
   21: ("spokesman", D, "embassy spokesman|Russian embassy spokesman|Russia|" + REM),  # names NATO: no *
   22: (DF, I, DFA),
   23: (DF, I, DFA),                           # "he rejected the suggestion that"
   24: (DF, D, DFA), 25: (DF, D, DFA),
   26: (MB, D, MBA),                           # Simon Bell is not a speaker
   27: (None, N, "*"),                         # "Not every member of the committee was persuaded."
   28: (JH, D, JHA), 29: (JH, D, JHA),
   30: (DM, D, DMA),
   31: ("NATO spokesman", D, "NATO"),          # names Russia: no *; bare "spokesman" is the embassy's (row 21)
   # 32 expected reply (plan), 33 publication line: narrator
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
