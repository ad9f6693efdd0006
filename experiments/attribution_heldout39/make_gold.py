"""Build gold.csv for the thirty-ninth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. The batch is of the most common kinds of input: news reports and
web pages as scraped. Gold follows /work/shared/ANNOTATION.md ("The
speaker", "Speaker conventions for common cases") and the conventions of
batches 4-38 (experiments/attribution_heldout4/ ... attribution_heldout38/
make_gold.py), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`;
- speech acts of bodies give the body; acts without speech are the narrator;
  a ministry speaking for the government gives the country, the ministry
  accepted; an unnamed spokesman of a body gives the body, the as-written
  description accepted (batches 30, 33, 35, 38); a spokesperson's,
  minister's, ambassador's or head of state's own remarks give the person,
  with the government or body accepted (a deputy minister's: own forms
  only; a former official's: no body); a Secretary General's own remarks
  give him, NATO accepted, and when he reports what allies agreed the body is
  gold and he is accepted; a military officer who is not a spokesman (a
  detachment commander, a pilot) accepts only his own forms (batches 19, 25);
- beliefs, memories, feelings, wishes and forecasts are the narrator; intro
  sentences without content are the narrator with the person introduced
  accepted; a speech act with no content by a named person gives the person,
  narrator accepted; "declined to comment", "did not respond" and "did not
  mention" are the narrator with nothing accepted;
- a factual sentence whose subordinate or relative clause carries another
  party's speech is the narrator, with that party accepted (batches 9, 36);
- headlines, standfirsts, bylines, datelines, credits, captions and
  navigation text are the narrator; a headline that reports a party's speech
  accepts that party; unnamed sources are written as they appear without
  the article, `*` accepted unless the sentence also names another person or
  body; "NATO official(s)" and "alliance officials" never get `*` (batches
  24, 37); "One of them" after a plural unnamed source gives the singular
  (batches 31-33, 38);
- two people who share a surname make the bare surname acceptable for
  neither (batches 21, 26); a bare title that fits two speakers
  ("spokesman", "historian") is accepted for neither (batch 23);
- a quotation left unclosed at the end of its paragraph stays with its
  speaker, the next paragraph being read on its own (batch 22); a quotation
  paragraph reopened after a paragraph left open stays with its speaker
  (batches 6, 19).

New decisions in this batch:
- t01 (newspaper, 2009): the headline "NATO ministers agree to restore ..."
  accepts NATO, the standfirst "eastern members warn against ..." accepts
  "eastern members"; the lead "NATO foreign ministers agreed ..." gives NATO
  (batch 23's t06), ministers and the narrator accepted; "Alliance officials
  said the ministers had also agreed to ... "at the first sign of trouble""
  keeps the unnamed source (batch 12's relaying source, `direct` for the
  fragment), NATO and "ministers" accepted, no `*`; "He added that allies
  had agreed to keep ... "firmly on the table"" gives NATO (`direct`, batch
  25's "Lund said allies had again urged ..."); "X, attending her first NATO
  meeting, was among the strongest voices for re-engagement." describes a
  position without a speech verb: an intro (narrator, her accepted); the
  secretary of state Margaret Hale and the analyst Anna Hale ("not related")
  share the surname: bare "Hale" accepted for neither, "Ms. Hale" for Anna
  only; the two spokesmen (Russian Foreign Ministry, NATO) make bare
  "spokesman" acceptable for neither; "Not every ally was persuaded." is the
  narrator with `*` (batch 23); "One of them described the dinner as "...""
  after "Several diplomats said" gives "diplomat" (`*` accepted: names
  nobody); the ambassador's "He said the first item ... would be President
  X's proposal ..." keeps him, the president accepted (content by
  reference); an analyst does not accept her centre (batch 25); "She
  believes ..." is a belief (narrator, her accepted).
- t02 (broadcaster web page as scraped, 2000, no byline, so no narrator):
  the furniture lines (the splitter merges "Skip to main content" with the
  site name, and each "See also" headline with the next date line), "You are
  in:", the timestamp, the image caption, the subheadings, "Internet links:"
  and the link lines naming bodies ("The Kremlin", "US Department of State")
  are the narrator with nothing accepted, except that a related-story
  headline reporting a party's speech ("Belov offers Europe missile shield")
  accepts that party (batch 24's "Related:" line) and the subheading "Offer
  to Europe" introducing the president's offer accepts him (batch 25's
  subheading); "The U.S. says ... what it calls "states of concern"" gives
  United States (`direct`); "The two leaders signed an agreement ... and
  pledged to dispose of ..." is a summit act (narrator, "two leaders"
  accepted; doubtful: "pledged" is a commitment); "The plans have also
  caused unease among America's European allies." is a feeling (narrator,
  the allies accepted, no `*`); "A German foreign ministry spokesman said"
  gives Germany (an unnamed spokesman of a body, batch 38), the description
  and the ministry accepted; the bare title "President" fits both presidents
  and is accepted for neither; "Mr Grant ... is expected to announce ..." is
  a forecast (narrator, him accepted, batch 23).
- t03 (blog post, 2014): the blog's name, tagline, title, "by" line, date,
  bio, "Follow him", "Comments (12)" and "Tags:" lines are the narrator; the
  author Daniel Frost is the narrator; NATO's deputy spokesperson Anne Frost
  ("no relation") shares his surname, so bare "Frost" is accepted for
  neither; the "(link)" markers written into sentences do not change the
  speaker; "He also insisted that the alliance was not breaking the ...
  Founding Act, in which NATO said it would not ... "substantial combat
  forces" ..." keeps the Secretary General (`indirect`: the quoted words are
  the Act's, carried by a relative clause, batch 26/35), the Act accepted;
  "The Poles, for their part, have stopped pretending.", "Moscow's message
  has been just as clear." and "The White House has been more careful." are
  intros (narrator, the body and the person introduced accepted); the Polish
  minister's interview with the Baltic Ledger does not make the outlet a
  speaker; "The Kremlin went further, announcing that ... "..."" gives
  Russia (`direct`); "put it to me this way:" closing its paragraph gives the
  unnamed "senior Russian diplomat" (`indirect`, narrator accepted, batch
  11/33), the quotation paragraph after it him (`direct`), `*` only on the
  pieces naming nobody; "He did not mention the Founding Act once." is the
  narrator, nothing accepted; "Berlin ... wants ..." is a wish (narrator,
  Germany accepted); "I suspect Ryabov hopes I am right" is the author's
  speculation (narrator, Ryabov accepted, batch 20), and the author's "I
  hope" is not President Hope.
- t04 (wire, 2017): "drills that NATO says involve ..." in the lead is the
  narrator with NATO accepted (batch 23); the Defence Ministry's named
  military spokesman accepts the ministry and Russia (batch 36); "NATO
  officials have said privately ..." gives "NATO officials" (no `*`); "The
  alliance has sent two observers ..., but said it had not been given ..."
  gives NATO (`indirect`), narrator accepted (batch 4's act + speech); "The
  51-year-old said his government had asked Washington to ..." keeps the
  minister (his government's request relayed), Lithuania accepted; the
  diplomat's last quotation, left unclosed at the end of its paragraph, stays
  with him (`*`: names nobody), and the next paragraph (Belarus) is read on
  its own; the deputy minister's "He said NATO had been briefed on the
  exercise at ... the NATO-Russia Council" keeps him and accepts Russia (the
  briefing he relays was his government's act; doubtful).
- t05 (news story on declassified notes, 2018): "According to the notes, the
  two presidents spent nearly two hours ... on enlargement" is a fact
  recorded by a document: gives "notes" (`indirect`, batch 10's document
  rule for "according to an internal document"), with "memorandums of
  conversation", "records" and the narrator accepted (new); the leaders'
  words recorded in the notes ("according to notes of their talks", "the
  notes record", "according to the transcript") give the leader (a relayed
  quotation, batch 28), the notes accepted; the former president speaking
  in 1997 as president accepts his country, the former Russian president
  writing later in his memoirs does not (batch 28's Bessonov); "Mr. Stone
  refused." is a speech act without content (him, narrator accepted); "The
  notes also show that his secretary of state ... urged ..." gives her
  (`indirect`), notes accepted, and "Her own handwritten notes ... describe
  Mr. Sorokin as "tired but shrewd."" gives her (`direct`, her written
  words); the note-taker Robert Marsh is named but never speaks, and shares
  the historian Elena Marsh's surname, so bare "Marsh" is accepted for
  neither (batch 24/26); "historian" fits Elena Marsh and Peter Long and is
  accepted for neither; "Another historian, X, was more critical." is an
  intro (narrator, him accepted); "Historians who have seen the papers" is a
  loose group (`*`); the journalist named in "In a 2016 interview with the
  journalist X" is not a speaker, and the former foreign minister speaking in
  2016 accepts no country; "Mr. Markov died last year." is the narrator.
- t06 (regional newspaper, 2015): the pilot James Sharp and his mother Linda
  Sharp share the surname: bare "Sharp" accepted for neither, "Flight
  Lieutenant Sharp", "the 29-year-old" and "James" for him, "Linda", "His
  mother" for her; the scene sentences introducing the pilot ("For Flight
  Lieutenant James Sharp ..., it is the fourth such launch", "Back at the
  squadron building, ... is already studying the photographs") are the
  narrator with him accepted (batch 33); "She admits she watches the news
  more than she used to." is a speech act ("admits") with content: Linda
  (`indirect`), narrator accepted (doubtful: could be read as the
  reporter's observation); the pull-quote line ""..." - Wing Commander
  Richard Young" is a pull quote with its tag in one piece: him (`direct`),
  narrator accepted (batches 12, 14); "NATO says its jets scrambled more than
  400 times" is a statistic (NATO, narrator accepted, batch 36); "Moscow
  says ..., and Russia's Defence Ministry has accused the alliance of
  "whipping up hysteria"" gives Russia for both clauses (batch 27),
  `direct`; "My husband says it is ..." inside the resident's quote accepts
  the husband (batch 19); "A younger neighbour, who gave his name only as
  Andres" keeps the first name ("Andres"), "neighbour" accepted; the
  caption naming the pilot and its picture credit are the narrator, nothing
  accepted.
- t07 (news report, 2019): the lead "... ended a meeting ... without progress
  ..., with both sides blaming the other for the impasse" gives "both sides"
  (`indirect`, batch 16's lead; batch 25's participial clause carrying
  content), `*`, "sides" and the narrator accepted; the Secretary General's
  habit "he told reporters" does not change anything; his quotation running
  over two paragraphs with the mark reopened stays with him; "Halvorsen said
  allies had agreed on a "balanced and defensive" response ..." gives NATO
  (`direct`), him accepted; the ambassador Nikolai Ivanov and the deputy
  foreign minister Pavel Ivanov ("not related") share the surname: the bare
  "Ivanov said" before the deputy minister appears is Nikolai, "Ambassador
  Ivanov" is Nikolai, "The deputy minister" is Pavel, bare "Ivanov" accepted
  for neither; the two spokeswomen (NATO, Russian Foreign Ministry) make bare
  "spokeswoman" acceptable for neither; "Several allies spoke, the diplomat
  said, ..." keeps the unnamed diplomat (names allies: no `*`); "The United
  States announced ... that it would withdraw ..., citing ..." gives United
  States (`indirect`), narrator accepted; the final "Halvorsen told
  reporters: "Yes." piece and the "Especially now."" piece are both his.
- t08 (daily digest web page, 2022): as batches 20 and 32: the "Compiled by"
  name is the narrator for every item; each item's headline is the narrator,
  accepting the party whose speech it reports ("NATO sees no sign ...":
  NATO and the Secretary General; "Helsinki: membership "not on the agenda"
  ...": Finland and the president; "Kyiv blames Moscow ...": Ukraine); the
  president Matti Koskinen and the former prime minister Aino Koskinen ("not
  related") share the surname: bare "Koskinen" accepted for neither; a
  former prime minister accepts no country; "A poll published ... by the
  newspaper X found that ..." is a finding (narrator, the newspaper and the
  poll accepted, batch 13); "Russia's Defence Ministry released video ... and
  said exercises there had ended" gives Russia (`indirect`), ministry and
  narrator accepted; "Moscow denied any involvement." gives Russia
  (`indirect`, narrator accepted, batch 25); the share, sign-up, corrections
  and copyright lines are the narrator.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
HV, HVA = "Hendrik Vos", "Vos|Mr. Vos|secretary general|NATO's secretary general|Secretary General|NATO Secretary General|NATO"
AO, AOA = "Alliance officials", "alliance officials|officials|NATO officials|NATO|ministers"
MH, MHA = "Margaret Hale", "secretary of state|American secretary of state|Secretary of State|United States"
PV, PVA = "Petras Vaitkus", "Vaitkus|Mr. Vaitkus|foreign minister|Lithuania's foreign minister|Lithuania"
AN, ANA = "Andrei Nesterov", "Nesterov|Mr. Nesterov|Russian Foreign Ministry's spokesman|Foreign Ministry spokesman|Russian Foreign Ministry|Foreign Ministry|Russia"
DR, DRA = "Dmitry Rogov", "Rogov|Mr. Rogov|ambassador|Russia's ambassador to NATO|Russia"
SK = "Sergei Koltsov|Koltsov|President Koltsov"
JA, JAA = "James Appleby", "Appleby|NATO spokesman|NATO"
AH, AHA = "Anna Hale", "Ms. Hale|senior fellow"
# t02
HG, HGA = "Harold Grant", "Grant|Mr Grant|President Grant|U.S. President|US President|United States"
YB, YBA = "Yuri Belov", "Belov|Mr Belov|President Belov|Russian president|Russia"
SR, SRA = "Susan Rose", "Rose|Ms Rose|Secretary of State|U.S. Secretary of State|US Secretary of State|United States"
GER = "German foreign ministry spokesman|foreign ministry spokesman|spokesman|German foreign ministry|foreign ministry"
PL, PLA = "Pavel Lukin", "Lukin|Mr Lukin|defence analyst|analyst"
# t03
LH, LHA = "Lars Holm", "Holm|Secretary General|Secretary General Holm|NATO Secretary General|NATO"
AF, AFA = "Anne Frost", "deputy spokesperson|NATO's deputy spokesperson|spokesperson|NATO"
MN, MNA = "Marek Nowicki", "Nowicki|Foreign Minister Nowicki|Polish Foreign Minister|Poland"
AR, ARA = "Alexei Ryabov", "Ryabov|Deputy Foreign Minister|Deputy Foreign Minister Ryabov|deputy foreign minister"
SRD, SRDA = "senior Russian diplomat", "Russian diplomat|diplomat|senior Russian diplomat I have known for years"
MHO, MHOA = "Michael Hope", "Hope|President Hope|President|United States|White House"
# t04
RDM = "Russia's Defence Ministry|Defence Ministry|Russian Defence Ministry|ministry"
VL, VLA = "Viktor Lomov", "Lomov|Major General Lomov|ministry spokesman|spokesman|Russia's Defence Ministry|Defence Ministry|Russia"
CY, CYA = "Claire Young", "Young|NATO spokeswoman|spokeswoman|NATO"
DJ, DJA = "Darius Jankauskas", "Jankauskas|Defence Minister|Defence Minister Jankauskas|51-year-old|Lithuania"
WDV, WDVA = "Western diplomat in Vilnius", "Western diplomat|diplomat"
AG, AGA = "Alexander Gusev", "Gusev|Deputy Defence Minister|Russian Deputy Defence Minister|deputy defence minister|deputy minister"
# t05
NOTES = "notes|notes of their talks|memorandums of conversation|memorandums|records|transcript"
WS, WSA = "William Stone", "Stone|Mr. Stone|Former President|former president|President Stone|United States"
GS, GSA = "Gennady Sorokin", "Sorokin|Mr. Sorokin|Russian leader|Russia's president|Russia"
GSO = "Sorokin|Mr. Sorokin"                    # writing later, as a former president
HGR, HGRA = "Helen Grant", "Grant|secretary of state|United States"
EM = "Elena Marsh"
PLO, PLOA = "Peter Long", "Long|Mr. Long"
YM, YMA = "Yevgeny Markov", "Markov|Mr. Markov|former foreign minister|Mr. Sorokin's former foreign minister"
RFM = "Russia's Foreign Ministry|Foreign Ministry|Russian Foreign Ministry|ministry"
IV, IVA = "Irina Volkova", "Volkova|ministry spokeswoman|Foreign Ministry|Russia"
# t06
JS, JSA = "James Sharp", "Flight Lieutenant Sharp|Flight Lieutenant James Sharp|29-year-old|James"
LS, LSA = "Linda Sharp", "Linda|His mother|his mother|mother"
RY, RYA = "Richard Young", "Young|Wing Commander Young|Wing Commander Richard Young|commander|detachment's commander"
MT, MTA = "Maie Tamm", "Tamm"
AND, ANDA = "Andres", "neighbour|younger neighbour|A younger neighbour"
# t07
MHV, MHVA = "Mats Halvorsen", "Halvorsen|Secretary General|NATO Secretary General|NATO"
NI, NIA = "Nikolai Ivanov", "Ambassador Ivanov|ambassador|Russia's ambassador to NATO|Russia"
KV, KVA = "Katrin Vogt", "Vogt|NATO spokeswoman|NATO"
YO, YOA = "Yelena Orlova", "Orlova|Foreign Ministry spokeswoman|Foreign Ministry|Russian Foreign Ministry|Russia"
PI, PIA = "Pavel Ivanov", "Deputy Foreign Minister|Deputy Foreign Minister Pavel Ivanov|deputy minister"
DAM, DAMA = "diplomat who attended the meeting", "diplomat"
# t08
JL, JLA = "Johan Lindberg", "Lindberg|Secretary General|NATO Secretary General|NATO"
RDM8 = "Russia's Defence Ministry|Defence Ministry|Russian Defence Ministry|ministry"
DO, DOA = "Dmitry Orlov", "Orlov|Kremlin spokesman|spokesman|Kremlin|Russia"
MK, MKA = "Matti Koskinen", "President Koskinen|Finnish President|President|Finland"
AK, AKA = "Aino Koskinen", "Aino|Former prime minister|former prime minister"
WO, WOA = "Western official", "official"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_news_nrc2009.txt": ("Helen Marsh", {
   0: (None, N, "NATO|NATO ministers|ministers"),  # headline reporting the agreement
   1: (None, N, "eastern members"),            # standfirst reporting their warning
   # 2 byline: narrator
   3: ("NATO", I, "NATO foreign ministers|foreign ministers|ministers|" + N),  # lead "agreed ... to resume"
   # 4 background (fear = feeling): narrator
   5: (HV, D, HVA), 6: (HV, D, HVA), 7: (HV, D, HVA),
   8: ("NATO", D, HVA + "|" + HV + "|allies|Allies"),  # "He added that allies had agreed ... "firmly on the table""
   9: (AO, D, AOA),                            # unnamed source relaying the ministers' decision
   10: (None, N, MH + "|" + MHA),              # "was among the strongest voices": intro
   11: (MH, D, MHA), 12: (MH, D, MHA),
   13: (None, N, "*"),                         # "Not every ally was persuaded."
   14: (PV, D, PVA), 15: (PV, D, PVA), 16: (PV, D, PVA),
   17: ("Several diplomats", I, "diplomats|Baltic states and Poland"),  # relays their pressing; names Poland, Germany: no *
   18: ("diplomat", D, "Several diplomats|diplomats|One of them|*"),  # "One of them described ..."
   19: (None, N, "Russia|" + AN + "|" + ANA),  # "In Moscow, the reaction was cautiously positive." intro
   20: (AN, D, ANA),
   21: (AN, I, ANA),
   22: (None, N, DR + "|" + DRA),              # "was less diplomatic." intro
   23: (DR, D, DRA),
   24: (DR, I, DRA + "|" + SK),                # relays the president's proposal
   25: (JA, D, JAA),
   26: (AH, I, AHA),
   27: (AH, D, AHA), 28: (AH, D, AHA),
   29: (None, N, AH + "|" + AHA),              # "She believes ...": belief
   30: (None, N, "NATO"),                      # relative clause carrying the alliance's request
   # 31 reporting credit: narrator
 }),
 "t02_webpage_md2000.txt": ("", {
   # 0-4 furniture, 5 headline (event), 6 caption, 7 lead (event): narrator
   8: (None, N, "two leaders"),                # signed ... and pledged (doubtful)
   9: ("United States", D, "U.S.|US|Washington"),  # "The U.S. says ... what it calls "states of concern""
   10: ("Russia", I, "Moscow"),
   11: (HG, D, HGA), 12: (HG, D, HGA),
   13: (None, N, YB + "|" + YBA),              # subheading introducing his offer
   14: (YB, I, YBA),
   15: (YB, D, YBA),                           # "non-strategic"
   16: (YB, I, YBA),                           # "..., the Russian president said, ..."
   17: (SR, D, SRA),
   18: (SR, I, SRA),
   19: (SR, D, SRA),
   # 20 subheading: narrator
   21: (None, N, "European allies|America's European allies|allies"),  # feeling
   22: ("Germany", D, GER),                    # unnamed spokesman of a body
   23: ("France", I, ""),
   24: (PL, I, PLA),
   25: (PL, D, PLA), 26: (PL, D, PLA),
   27: (None, N, HG + "|" + HGA),              # "is expected to announce": forecast
   # 28 "See also:", 29 date line: narrator
   30: (None, N, YB + "|" + YBA),              # related headline reporting his offer (merged with a date line)
   # 31-32 related headlines, 33-37 link lines and disclaimers: narrator
 }),
 "t03_blog_wales2014.txt": ("Daniel Frost", {
   # 0 blog name, 1 tagline, 2 title, 3 by-line, 4 date: narrator
   5: (None, N, "NATO|Russian officials|NATO and Russian officials"),  # clause naming their statements
   # 6 narrator
   7: (None, N, "NATO|alliance's leaders|leaders"),  # forecast
   8: (LH, D, LHA),
   9: (LH, I, LHA + "|Founding Act|Act|NATO-Russia Founding Act"),  # the quoted words are the Act's
   # 10 the author's verdict: narrator
   11: (AF, D, AFA),                           # "(no relation)": bare Frost for neither
   12: (None, N, "Poland|Poles|" + MN + "|" + MNA),  # intro
   13: (MN, D, MNA), 14: (MN, D, MNA),
   15: (None, N, "Russia|Moscow"),             # intro
   16: (AR, D, ARA),
   17: ("Russia", D, "Kremlin"),               # "The Kremlin went further, announcing ... "...""
   18: ("Some of my friends in Brussels", I, "*|friends in Brussels|my friends in Brussels|friends"),
   # 19 "Maybe.": narrator
   20: (SRD, I, SRDA + "|*|" + N),             # "put it to me this way:" closing its paragraph
   21: (SRD, D, SRDA),                         # names NATO: no *
   22: (SRD, D, SRDA + "|*"), 23: (SRD, D, SRDA + "|*"),
   # 24 narrator
   25: (None, N, "United States|White House|" + MHO + "|" + MHOA),  # intro
   26: (MHO, D, MHOA),
   # 27 "He did not mention ...", 28 narrator: nothing accepted
   29: (None, N, "Germany|Berlin"),            # wish
   30: ("German official", D, "official|*"),
   # 31-32 narrator
   33: (None, N, AR + "|" + ARA),              # the author's speculation about Ryabov
   # 34-35 bio, 36 comments, 37 tags: narrator
 }),
 "t04_wire_zapad2017.txt": ("Anna Long", {
   # 0 headline, 1 byline: narrator
   2: (None, N, "NATO"),                       # "drills that NATO says involve ..."
   3: ("Russia", D, RDM),
   4: ("Russia", D, RDM),                      # "It said ..."
   5: (VL, D, VLA), 6: (VL, D, VLA),
   7: ("NATO officials", I, "officials|NATO"),
   8: ("NATO", I, "alliance|" + N),            # act + "but said it had not been given ..."
   9: (CY, D, CYA), 10: (CY, D, CYA),
   11: (CY, I, CYA),                           # "She cited ..."
   12: (DJ, D, DJA), 13: (DJ, D, DJA), 14: (DJ, D, DJA),
   15: (DJ, I, DJA),                           # "The 51-year-old said his government had asked ..."
   16: (WDV, D, WDVA + "|*"),
   17: (WDV, D, WDVA),                         # names the Russians: no *
   18: (WDV, D, WDVA + "|*"),                  # closing mark missing at the paragraph end
   19: ("Belarus", I, "Belarus' Defence Ministry|Defence Ministry|ministry"),
   20: (AG, D, AGA),
   21: (AG, I, AGA + "|Russia"),               # relays his government's briefing (doubtful)
   22: (None, N, "Russia|Moscow"),             # "a move Moscow has described as ..."
   # 23 schedule, 24 reporting credit: narrator
 }),
 "t05_news_helsinkinotes2018.txt": ("Laura Bell", {
   0: (None, N, WS + "|" + WSA + "|notes"),    # headline reporting his promise
   # 1 standfirst, 2 byline, 3 date: narrator
   4: (WS, D, WSA + "|" + NOTES),              # "according to notes of their talks"
   # 5-6 facts, 7 note-taker (not a speaker): narrator
   8: ("notes", I, "memorandums of conversation|memorandums|records|" + N),  # "According to the notes, ..." (new)
   9: (WS, D, WSA + "|" + NOTES),
   10: (GS, D, GSA + "|" + NOTES),
   11: (GS, I, GSA + "|" + NOTES),             # "the notes record, the Russian leader asked"
   12: (WS, I, WSA + "|" + N),                 # "Mr. Stone refused."
   13: (WS, D, WSA + "|" + NOTES),             # "according to the transcript"
   14: (HGR, I, HGRA + "|" + NOTES),           # "The notes also show that ... urged"
   15: (HGR, D, HGRA + "|handwritten notes|notes"),  # her own notes describe ... "tired but shrewd."
   # 16 declined to comment: narrator, nothing
   17: (GS, D, GSO),                           # memoirs, written after leaving office
   # 18 narrator
   19: ("Historians who have seen the papers", I, "*|Historians|historians"),
   20: (EM, D, ""), 21: (EM, D, ""),           # bare Marsh and bare historian for nobody
   22: (None, N, PLO + "|" + PLOA),            # "was more critical." intro
   23: (PLO, D, PLOA), 24: (PLO, D, PLOA),
   25: (YM, D, YMA),                           # the interviewer is not a speaker
   # 26 narrator
   27: ("Russia", D, RFM),
   28: (IV, D, IVA),
   # 29 "did not respond": narrator
 }),
 "t06_regional_airpolicing2015.txt": ("Sarah Hope", {
   # 0 headline, 1 standfirst, 2 byline, 3 dateline, 4-5 scene: narrator
   6: (None, N, JS + "|" + JSA),               # scene sentence introducing the pilot
   7: (JS, D, JSA), 8: (JS, D, JSA), 9: (JS, D, JSA),
   10: (JS, I, JSA),
   11: (None, N, LS + "|" + LSA),              # introduces his mother
   12: (LS, I, LSA + "|" + N),                 # "She admits ..." (doubtful)
   13: (LS, D, LSA),
   14: (RY, I, RYA),
   15: (RY, D, RYA), 16: (RY, D, RYA),
   17: (RY, I, RYA),                           # "He stressed that ..."
   18: (RY, D, RYA), 19: (RY, D, RYA),
   20: (RY, D, RYA + "|" + N),                 # pull quote with its tag
   21: ("NATO", I, N),                         # statistic
   22: ("Russia", D, "Moscow|Russia's Defence Ministry|Defence Ministry|ministry"),
   23: (None, N, MT + "|" + MTA),              # "In Ämari village, ...": intro
   24: (MT, I, MTA),
   25: (MT, D, MTA),
   26: (MT, D, MTA + "|husband|My husband|her husband"),  # "My husband says ..."
   27: (None, N, "*"),                         # "Not everyone in the village is so enthusiastic."
   28: (AND, I, ANDA),
   29: (AND, D, ANDA), 30: (AND, D, ANDA),
   31: (None, N, AND + "|" + ANDA),            # "He shrugged."
   32: (None, N, JS + "|" + JSA),              # scene
   33: (None, N, JS + "|" + JSA),              # gesture
   34: (JS, D, JSA), 35: (JS, D, JSA),
   # 36 narrator; 37 caption, 38 picture credit: narrator, nothing accepted
 }),
 "t07_news_nrcinf2019.txt": ("Mark Bell", {
   # 0 headline, 1 byline, 2 date: narrator
   3: ("both sides", I, "*|sides|" + N),       # "with both sides blaming the other"
   # 4 narrator
   5: (MHV, D, MHVA), 6: (MHV, D, MHVA), 7: (MHV, D, MHVA),
   8: ("NATO", D, MHV + "|" + MHVA + "|allies|Allies"),  # "said allies had agreed on a "...""
   9: (MHV, D, MHVA), 10: (MHV, D, MHVA), 11: (MHV, D, MHVA),
   12: (MHV, D, MHVA),                         # reopened mark, new paragraph
   13: (NI, D, NIA), 14: (NI, D, NIA),
   15: (NI, D, NIA),                           # bare "Ivanov said" before the deputy minister appears
   16: (NI, D, NIA), 17: (NI, D, NIA),
   18: (KV, D, KVA),
   19: (YO, D, YOA), 20: (YO, D, YOA),
   21: (PI, D, PIA),                           # not NovoPress, not Russia
   22: (PI, D, PIA),
   23: (DAM, D, DAMA + "|*"),
   24: (DAM, I, DAMA),                         # names allies: no *
   25: (NI, I, NIA),                           # "Ambassador Ivanov also told reporters ..."
   26: ("United States", I, N),                # "announced ... that it would withdraw ..., citing ..."
   # 27 act: narrator
   28: ("Russia", I, "Moscow"),
   29: (MHV, D, MHVA), 30: (MHV, D, MHVA),
   # 31 reporting credit: narrator
 }),
 "t08_digest_feb2022.txt": ("Tom Grant", {
   # 0 title, 1 tagline, 2 date, 3 compiled-by line: narrator
   4: (None, N, "NATO|" + JL + "|" + JLA),     # item headline reporting NATO's statement
   5: (JL, D, JLA), 6: (JL, D, JLA),
   7: ("Russia", I, RDM8 + "|" + N),           # released video ... and said ...
   8: (DO, D, DOA),
   9: (None, N, "Finland|Helsinki|" + MK + "|" + MKA),  # item headline quoting the president
   10: (MK, D, MKA),
   11: (None, N, "Helsinki Courier|newspaper|poll"),  # a poll's finding
   12: (AK, I, AKA),
   13: (AK, D, AKA),
   14: (None, N, "Ukraine|Kyiv"),              # item headline reporting a blame
   15: ("Ukraine", D, "Ukraine's government|government|Kyiv"),
   16: ("Russia", I, "Moscow|" + N),           # "Moscow denied any involvement."
   17: (WO, D, WOA),                           # names Russian operations: no *
   18: (WO, D, WOA + "|*"),
   # 19-22 share, sign-up, corrections and copyright lines: narrator
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
