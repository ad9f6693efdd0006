"""Build gold.csv for the twenty-seventh held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. The mix: a newspaper feature with headline, standfirst and a
"Name in Tallinn" byline (2017), a profile of a retired Russian general
(2004), a magazine Q&A with surname labels (2026), a Moscow wire story on a
Foreign Ministry statement (1994), a Commons committee's report notice
(2009), a book review (1999), a think-tank commentary with the author line
at the end (2012) and a broadcast transcript excerpt on a Black Sea incident
(2021). Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-26
(experiments/attribution_heldout*/make_gold.py), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or
  interview turn (label) is `direct`;
- in an interview or transcript turn, and inside an interviewee's quote, a
  sentence that reports another person's or body's words keeps the turn
  speaker as gold and accepts the reported party; a sentence that only names
  another person without his words accepts nobody else;
- speech acts of bodies give the body; acts without speech are the narrator;
  "the Kremlin", "Moscow", "the Foreign Ministry", "the general staff"
  speaking give `Russia`, the ministry or organ accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  the body or government accepted (a deputy minister's accept only his own
  name forms and titles); a retired or former official accepts no body;
- beliefs, memories, feelings and gestures are the narrator; a belief that
  carries the person's own quoted words gives the person (`direct`, narrator
  accepted, batch 21); intros without content are the narrator with the
  person introduced accepted; "declined to say", "would not say", "does not
  say" are the narrator with nothing accepted;
- a factual sentence whose subordinate or relative clause carries another
  party's speech is the narrator, with that party accepted (batch 9);
- headlines, standfirsts (speech-reporting ones accept the reported party),
  bylines, datelines, captions, credits, "Related:" lines, notes to editors
  and header lines are the narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence (or the source's own description) names
  another person or body, then only variants of their own description;
- a document with no byline (committee notice, broadcast transcript) has no
  narrator; a wire's "Writing by X" credit makes X the narrator (batch 13); an
  author line at the end of a commentary makes its author the narrator
  (batch 10);
- honorifics and ranks (Colonel, General, Professor, Sir, Rear Admiral) are not
  part of the canonical name; surname-only forms and titles are accepted where
  the surname is unique in the document; two people who share a surname stay
  apart and the bare surname is accepted for neither, also when one of them
  never speaks (batch 24, 26); a first name shared by two people is accepted
  for neither.

New decisions in this batch:
- t01 (feature, 2017): father and son Andres and Jaan Tamm: bare "Tamm"
  (used for the son throughout) is accepted for neither; "Jaan" and "the
  younger Tamm" for the son; "His son laughs at this." is a gesture
  introducing the son's quote (narrator, son accepted); the father's memory is
  the narrator with him accepted; the standfirst "the country that hosts
  NATO's cyber defence centre says ..." accepts Estonia; "The Kremlin said
  ..., and Russia's embassy in Tallinn repeated that position ..." gives
  Russia (both clauses speak for Moscow), Kremlin and embassy accepted;
  "allied leaders declared at their summit in Wales that ..." gives NATO
  (batch 21); "Grant, ..., was careful not to name Russia." is an intro
  (narrator, Grant accepted); "he smiled: "..."" is `direct`; "According to
  the Information System Authority" (a state agency) gives Estonia, the
  authority accepted (batch 21's intelligence agency); the Western
  intelligence official names Russia/Estonia in two rows (no `*`), while his
  unclosed last sentence naming nobody accepts `*`; an army officer at a NATO
  centre accepts neither NATO nor his country (batch 19's pilot).
- t02 (profile, 2004): relatives given only by first name, with the surname
  never written ("his wife, Galina", "His son, Pavel"), do not block the bare
  surname of the subject (new; contrast batch 21's Weir, where "Ann Weir" and
  "Michael Weir" were written), so "Golubev" is accepted; the nickname "Bill"
  is accepted for William Hope; "He has not given up hope for the
  NATO-Russia Council, ..., which he thinks "..."" is a belief carrying his
  own words (him, `direct`, narrator accepted); the common word "hope" is
  never General Hope; "Hope, who by then had retired, wrote him a letter." is
  a communicative act without content (Hope `indirect`, narrator accepted, as
  batch 22's "read out a message"; doubtful); "Golubev says he never answered
  it." gives Golubev; "according to his father, "..."" in the son's sentence
  gives the father (`direct`, narrator accepted), the son never (batch
  22/25); "People in Moscow asked me how ..." inside his quote accepts that
  loose group; "Pavel thinks I am a romantic" reports a belief (nobody else
  accepted); "he is silent for a while" and "takes the cap down" are gestures
  (narrator, him accepted); the final quotation without closing mark stays
  with him; the bare title "general" fits both Golubev and General Hope and
  is accepted for neither (batch 25's shared "commander").
- t03 (magazine Q&A, 2026): the "Interview by" line makes Daniel Frost the
  narrator; his "Frost:" labels give him (`direct`), with "Frost", the
  magazine and the narrator accepted (batch 26's narrator-interviewer); the
  "Holm:" labels give Sigrid Holm; because her predecessor Knut Holm ("no
  relation") is named, bare "Holm" is accepted for neither (batch 13); the
  word "frost" in her answer names nobody; the standfirst "Norway's former
  ambassador to Moscow on ..." is an intro (narrator, her accepted); the
  question quoting her earlier words accepts her, the one quoting Knut Holm
  accepts him, "Was he naive?" accepts nobody; her quotation of an unnamed
  admiral accepts the admiral; "Our foreign ministry has proposed ..."
  accepts Norway and the ministry, "Moscow has not said no" is an absence
  (Russia not accepted); "The alliance has said ... and the Secretary General
  said so again" accepts NATO and the Secretary General; a retired ambassador
  does not accept Norway; the footer and the book announcement are the
  narrator.
- t04 (wire, 1994): "In a statement read to reporters by spokeswoman X, the
  ministry said ..." gives Russia, with the ministry, the statement and the
  spokeswoman accepted; "the statement said" gives Russia; the spokeswoman's
  own remarks accept Russia and the ministry; the spokeswoman Yelena Gromova
  and the deputy Yelena Markova share a first name, accepted for neither; the
  unnamed "senior Foreign Ministry official" never gets `*` (his own
  description names the ministry, batch 24); "The statement followed weeks of
  mixed signals from Moscow, where nationalist deputies ... have accused ..."
  is the narrator with the deputies accepted; the NATO spokesman's "the
  alliance welcomed ..." is his own statement of his body's stance (him, NATO
  accepted, batch 9); the quotation missing its closing mark stays with the
  tag's speaker (batch 19); Warren Cole is named, not a speaker.
- t05 (committee notice, 2009; no byline): the committee's statements ("The
  Committee says / finds / concludes / welcomes / warns / recommends", "It
  finds", "The Committee shares that view") give "Defence Committee", with
  the full name, "Committee", "report" and the narrator accepted (batch 17's
  issuer, batch 23's committee); the three recommendation bullets continue
  "The Committee recommends that the Government:" (committee, `indirect`);
  "today publishes its ... Report" and the headline are the issuer's
  announcement (narrator, committee accepted); the chairman James Bell and
  the witness Professor Anne Bell ("not related") share a surname: bare
  "Bell" accepted for neither; his remarks accept the committee (batch 23,
  doubtful); the witness's evidence and the embassy's memorandum reported in
  the committee's summary give the witness / Russia, with the committee as
  relaying source accepted (new); "Several witnesses told the Committee ..."
  names the committee and the Government (no `*`); the split-off note numbers
  ("1.", "2."), the membership list, the "not related" note and the media
  line are the narrator with nothing accepted.
- t06 (book review, 1999): the bibliographic header, including its "By Judith
  Marsh." piece, is the narrator with nothing accepted; the "Reviewed by"
  line makes Michael Long the narrator; "Marsh argues that ...: ..." gives her
  (`indirect`), "in her phrase, "..."" `direct`, "she writes" `indirect`;
  "One general tells her that ... "..."" is a quotation relayed by the book:
  "One general" (`direct`), "general" and Marsh accepted, no `*` (names
  Marsh); the named deputy minister relayed likewise accepts Marsh; "She
  describes ..." is her book's account (`indirect`, narrator accepted, batch
  21's "He traces"); "Her claim that ... rests on ..." is the reviewer's
  evaluation (narrator, Marsh accepted); "In it she writes:" gives her
  (`indirect`), the block quotation her, the split-off "(p. 287)" her with the
  narrator accepted (batch 21); "what Russian officials have been saying" and
  Thomas Grant's book "which treats ..." are clauses carrying speech
  (narrator, those parties accepted); "dismisses it as "..."" gives Marsh
  (`direct`); "It is long" is the reviewer's verdict, not his name.
- t07 (commentary, 2012): the end author line makes Laura Young the
  narrator; NATO's Assistant Secretary General Paul Young ("no relation of
  mine") shares her surname: bare "Young" accepted for neither; his remarks
  accept NATO (as a deputy secretary general's, batch 8; doubtful); "Paul
  Young is right on the substance." is the author's verdict (narrator,
  nothing accepted, batch 22); "put it to me ... :" closing its paragraph
  gives Rybkin (`indirect`), the quotation paragraph him; "He would not say
  ..." is the narrator, nothing accepted; "The Russian general staff has been
  less discreet, threatening ... to deploy ..." gives Russia (`indirect`), the
  general staff accepted; "I told him ..., and he laughed." is the author's
  own words (narrator, nothing accepted, batch 10); "allies and Russia agreed
  to explore ..." gives "allies and Russia" (batch 11); the author's
  recommendation "allied leaders should say ... what NATO officials already
  say in private: that ..." is the narrator with NATO officials and NATO
  accepted (batch 11); the closing sentence's hypothetical Kremlin message and
  "which is what Russian state television has been telling them" are the
  narrator with the Kremlin, Russia and the television accepted.
- t08 (broadcast transcript, 2021; no byline): the "Presenter: Claire Hope"
  header line is the narrator with her accepted (batch 25); "CLAIRE HOPE:"
  and the later "HOPE:" give her, "Hope|Presenter|Anchor" accepted (batch 7's
  short labels); "JAMES ROSE:"/"ROSE:" give James Rose; the ship's commander
  Daniel Rose ("no relation") shares the surname, so bare "Rose" is accepted
  for neither, and the bare "correspondent" (James Rose and Olga Sergeyeva)
  for neither (batch 23's shared "spokesman"); the Defence Secretary's clip
  label accepts his title and the United Kingdom (batch 8); the Russian
  ministry spokesman's clip accepts Russia and the ministry; "I hope ..." in
  the admiral's turn is not the presenter; the presenter's "Russia says ..."
  and "The Ministry of Defence in London says ..." accept those parties, and
  her introductions of the next speaker accept that speaker (batch 6/20);
  "the Defence Ministry's version has led every news bulletin" names the
  version without its content (nobody else accepted; doubtful).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
JT, JTA = "Jaan Tamm", "Jaan|younger Tamm|the younger Tamm"
AT, ATA = "Andres Tamm", "Andres|his father|Jaan's father"
SI, SIA = "Svetlana Ivanova", "Ivanova|Svetlana"
SG1, SG1A = "Simon Grant", "Grant|Colonel Grant|Colonel Simon Grant|British officer"
WIO, WIOA = "Western intelligence official", "intelligence official|official"
RUK = "Kremlin|Russia's embassy in Tallinn|Russian embassy|embassy"
EIS = "Information System Authority|Estonia's Information System Authority|authority"
# t02
YG, YGA = "Yuri Golubev", "Golubev|General Golubev|Yuri"
WH, WHA = "William Hope", "Hope|General Hope|General William Hope|Bill"
# t03
DF, DFA = "Daniel Frost", "Frost|Northern Review|" + N
SH, SHA = "Sigrid Holm", "Sigrid|former ambassador"
KH = "Knut Holm|Knut|predecessor|Your predecessor"
# t04
RFM = "Foreign Ministry|Russian Foreign Ministry|ministry"
YGR, YGRA = "Yelena Gromova", "Gromova|spokeswoman|Russia|" + RFM
SFO, SFOA = "senior Foreign Ministry official", "Foreign Ministry official|official"
YM, YMA = "Yelena Markova", "Markova|deputy"
HV, HVA = "Hendrik Vos", "Vos|NATO spokesman|spokesman|NATO"
WDM, WDMA = "Western diplomat in Moscow", "Western diplomat|diplomat"
# t05
DC = "Defence Committee"
DCA = "House of Commons Defence Committee|Committee|committee|report|" + N
JB, JBA = "James Bell", "Chairman|Chairman of the Committee|James Bell MP|" + DC + "|Committee"
ABL, ABLA = "Anne Bell", "Professor Bell|Professor Anne Bell"
# t06
JM, JMA = "Judith Marsh", "Marsh|author"
# t07
RYB, RYBA = "Sergei Rybkin", "Rybkin|deputy foreign minister"
PY, PYA = "Paul Young", "Assistant Secretary General|NATO"
# t08
CH, CHA = "Claire Hope", "Hope|Presenter|Anchor"
JR, JRA = "James Rose", "defence correspondent|Our defence correspondent"
AP, APA = "Alan Pryce", "Pryce|Defence Secretary|United Kingdom"
OS, OSA = "Olga Sergeyeva", "Sergeyeva"
AB, ABA = "Artyom Belyaev", "Belyaev|Major General Belyaev|Russian Defence Ministry|Defence Ministry|Russia"
MG, MGA = "Michael Grant", "Grant|Admiral Grant|Sir Michael|Sir Michael Grant|Rear Admiral Sir Michael Grant"
DR = "Daniel Rose|Commander Daniel Rose|Commander Rose|commanding officer"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_feature_tallinn2017.txt": ("Maria Lind", {
   # 0 headline: narrator
   1: (None, N, "Estonia"),                    # standfirst "the country ... says"
   # 2 byline, 3 date, 4 scene: narrator
   5: (JT, D, JTA), 6: (JT, D, JTA),
   # 7-8 "The 44-year-old ...", "He keeps ...": narrator
   9: (JT, D, JTA), 10: (JT, D, JTA),
   11: (JT, D, JTA), 12: (JT, D, JTA),         # reopened paragraph of the same quote
   # 13 background: narrator
   14: ("Russia", I, "Moscow|" + N),           # "Moscow has always denied any role."
   15: ("Russia", D, RUK),                     # Kremlin said ..., and the embassy repeated ...
   16: (None, N, SI + "|" + SIA),              # memory, introduces her
   17: (SI, D, SIA), 18: (SI, D, SIA), 19: (SI, D, SIA),
   20: (SI, I, SIA),
   # 21 daughter Anna (not a speaker), 22 NATO opened the centre (act): narrator
   23: ("NATO", I, "allied leaders|leaders|" + N),
   24: (SG1, I, SG1A),
   25: (SG1, D, SG1A), 26: (SG1, D, SG1A),
   27: (None, N, SG1 + "|" + SG1A),            # "was careful not to name Russia": intro
   28: (SG1, D, SG1A), 29: (SG1, D, SG1A),     # "he smiled: "...""
   30: ("Estonia", I, EIS),                    # "According to the Information System Authority"
   31: (WIO, I, WIOA),                         # names Russia / the GRU: no *
   32: (WIO, D, WIOA),                         # names Estonia: no *
   33: (WIO, D, "*|" + WIOA),                  # unclosed quotation, names nobody
   # 34 father's fact: narrator
   35: (None, N, AT + "|" + ATA),              # "He remembers ...": memory
   36: (None, N, JT + "|" + JTA),              # "His son laughs at this.": gesture
   37: (JT, D, JTA), 38: (JT, D, JTA), 39: (JT, D, JTA),
   40: (None, N, JT + "|" + JTA),              # "The younger Tamm spent the anniversary ..."
   41: (JT, D, JTA), 42: (JT, D, JTA),
   # 43 photo credit, 44 Related line: narrator
 }),
 "t02_profile_general2004.txt": ("Helen Ward", {
   # 0 headline: narrator
   1: (None, N, YG + "|" + YGA),               # standfirst "he is no longer sure"
   # 2 byline, 3 dateline, 4 scene: narrator
   5: (None, N, YG + "|" + YGA),               # "He points to ...": gesture introducing the quote
   6: (YG, D, YGA), 7: (YG, D, YGA),
   # 8 career fact: narrator
   9: (YG, I, YGA),                            # "He says he reported ..."
   10: (YG, D, YGA + "|People in Moscow"),     # reports their question
   11: (YG, D, YGA),                           # names Bill, no words
   # 12 "The man called Bill was General William Hope": narrator
   13: (WH, D, WHA + "|" + N),                 # "remembered ... as "...""
   14: (WH, D, WHA), 15: (WH, D, WHA),
   16: (None, N, YG + "|" + YGA),              # "Golubev laughs": gesture
   17: (YG, D, YGA),
   # 18-20 events, 21 "He does not say ...": narrator
   22: (YG, D, YGA),
   23: (WH, I, WHA + "|" + N),                 # "wrote him a letter" (doubtful)
   24: (YG, I, YGA),                           # "Golubev says he never answered it."
   25: (YG, D, YGA), 26: (YG, D, YGA),
   # 27 "These days the general ...", 28 enlargement and air policing: narrator
   29: (YG, D, YGA),                           # "calls this "...""
   30: (YG, D, YGA), 31: (YG, D, YGA),
   32: (YG, D, YGA), 33: (YG, D, YGA),         # reopened paragraph
   34: (YG, D, YGA + "|" + N),                 # belief with his quoted words; "hope" is a word
   35: (YG, D, YGA + "|" + N),                 # "according to his father, "...""; never the son
   36: (YG, D, YGA), 37: (YG, D, YGA),         # "Pavel thinks ...": belief, nobody else
   38: (None, N, YG + "|" + YGA),              # "he is silent for a while": gesture
   39: (None, N, YG + "|" + YGA),              # takes the cap down: gesture
   40: (YG, D, YGA), 41: (YG, D, YGA),
   42: (YG, D, YGA),                           # closing mark missing
   # 43 credit: narrator
 }),
 "t03_qa_arctic2026.txt": ("Daniel Frost", {
   # 0 rubric: narrator
   1: (None, N, SH + "|" + SHA),               # headline quoting her
   2: (None, N, SH + "|" + SHA),               # standfirst "... on ...": intro
   # 3 "Interview by", 4-5 intro facts: narrator
   6: (None, N, "Russia"),                     # "a week after Russia announced that ..."
   7: (DF, D, DFA + "|" + SH + "|" + SHA),     # question quoting her earlier words
   8: (DF, D, DFA),
   9: (SH, D, SHA), 10: (SH, D, SHA), 11: (SH, D, SHA),
   12: (SH, D, SHA),                           # "I am told"
   13: (DF, D, DFA),
   14: (SH, D, SHA), 15: (SH, D, SHA),
   16: (DF, D, DFA + "|" + KH),                # question reporting Knut Holm's words
   17: (DF, D, DFA),                           # "Was he naive?": no words
   18: (SH, D, SHA),                           # names Knut, no words
   19: (SH, D, SHA),
   20: (SH, D, SHA),                           # "There was a frost": a word, not the interviewer
   21: (SH, D, SHA),
   22: (DF, D, DFA + "|Russia|Russian side"),  # "The Russian side says ..."
   23: (DF, D, DFA),
   24: (SH, D, SHA), 25: (SH, D, SHA), 26: (SH, D, SHA),
   27: (SH, D, SHA + "|admiral|admiral in Severomorsk|An admiral in Severomorsk"),
   28: (SH, D, SHA + "|admiral|admiral in Severomorsk|An admiral in Severomorsk"),
   29: (SH, D, SHA),
   30: (DF, D, DFA),
   31: (SH, D, SHA), 32: (SH, D, SHA),
   33: (SH, D, SHA + "|Norway|foreign ministry|Our foreign ministry"),
   34: (DF, D, DFA),
   35: (SH, D, SHA),
   36: (SH, D, SHA + "|NATO|alliance|Secretary General"),
   37: (SH, D, SHA),
   38: (DF, D, DFA), 39: (DF, D, DFA),
   40: (SH, D, SHA), 41: (SH, D, SHA), 42: (SH, D, SHA),
   # 43 editing note, 44 book announcement: narrator
 }),
 "t04_wire_pfp1994.txt": ("Dmitri Lesnoy", {
   0: (None, N, "Russia"),                     # headline "Russia says ..."
   1: ("Russia", I, RFM),                      # dateline lead "the Foreign Ministry said"
   2: ("Russia", D, RFM + "|statement|" + YGR + "|Gromova|spokeswoman"),
   3: ("Russia", D, RFM + "|statement"),       # "the statement said"
   4: (YGR, D, YGRA),
   # 5 "She declined to say ...": narrator, nothing accepted
   6: (YGR, D, YGRA), 7: (YGR, D, YGRA),
   8: (None, N, SFO + "|" + SFOA),             # "was blunter.": intro
   9: (SFO, D, SFOA), 10: (SFO, D, SFOA),
   11: (SFO, D, SFOA), 12: (SFO, D, SFOA),
   13: (None, N, "nationalist deputies|nationalist deputies in the new State Duma|deputies"),
   14: (YM, D, YMA),
   15: (YM, I, YMA),
   16: (HV, D, HVA),                           # his statement of NATO's stance
   17: (HV, D, HVA), 18: (HV, D, HVA),
   19: (WDM, I, WDMA),                         # names allies: no *
   20: (WDM, D, WDMA),                         # names Germans, Poles, Americans: no *
   # 21 background (act): narrator
   22: (YGR, I, YGRA),                         # names Warren Cole, not a speaker
   23: (YGR, D, YGRA),                         # closing mark missing
   # 24 credit line: narrator
 }),
 "t05_committee2009.txt": ("", {
   # 0 issuer line: narrator, nothing accepted
   1: (None, N, DC + "|Committee|committee"),  # headline: the issuer's announcement
   # 2 date: narrator
   3: (None, N, DC + "|Committee|committee"),  # "today publishes its ... Report"
   # 4 "Report summary" heading: narrator
   5: (DC, I, DCA),                            # "The Committee says that ..."
   6: (DC, D, DCA),                            # "It finds that ... "...""
   7: (DC, I, DCA),                            # "finds no evidence"
   8: (DC, I, DCA),                            # "it concludes"
   9: (DC, D, DCA),                            # "welcomes ..., which it describes as "...""
   10: (DC, I, DCA),                           # "It warns"
   11: (DC, I, DCA),                           # "recommends that the Government:"
   12: (DC, I, DCA), 13: (DC, I, DCA), 14: (DC, I, DCA),  # recommendation bullets
   15: (ABL, D, ABLA + "|" + DC + "|Committee"),  # witness's evidence in the summary
   16: ("Russia", D, "Russian Embassy|embassy|memorandum|" + DC + "|Committee"),
   17: ("Several witnesses", I, "witnesses"),  # names the Committee and the Government: no *
   18: (DC, I, DCA),                           # "The Committee shares that view."
   19: (JB, I, JBA),                           # "..., said:"
   20: (JB, D, JBA), 21: (JB, D, JBA),
   22: (JB, D, JBA), 23: (JB, D, JBA), 24: (JB, D, JBA),  # reopened paragraph
   # 25 response deadline, 26-31 notes and media line: narrator, nothing accepted
 }),
 "t06_bookreview1999.txt": ("Michael Long", {
   # 0 rubric, 1 headline, 2-4 bibliographic header ("By Judith Marsh."), 5 "Reviewed by": narrator
   # 6-9 the reviewer's framing: narrator
   10: (JM, I, JMA),                           # "argues that ...: ..."
   11: (JM, D, JMA),                           # "in her phrase, "...""
   12: (JM, I, JMA),                           # "she writes"
   # 13 sources of the book: narrator
   14: ("One general", D, "general|" + JM + "|" + JMA),  # relayed by the book; names Marsh: no *
   15: ("Oleg Sukhov", D, "Sukhov|deputy foreign minister|" + JM + "|" + JMA),
   16: (None, N, JM + "|" + JMA),              # "Marsh is good on ...": intro
   17: (JM, I, JMA + "|" + N),                 # "She describes ..." (the book's account)
   18: (None, N, JM + "|" + JMA),              # "She is less convincing ...": intro
   19: (None, N, JM + "|" + JMA),              # "Her claim that ... rests on ...": evaluation
   # 20 verdict on the Kosovo chapter: narrator
   21: (JM, I, JMA),                           # "In it she writes:"
   22: (JM, D, JMA), 23: (JM, D, JMA), 24: (JM, D, JMA),  # block quotation
   25: (JM, D, JMA + "|" + N),                 # "(p. 287)" citation tag
   # 26 verdict: narrator
   27: (None, N, "Russian officials"),         # "what Russian officials have been saying"
   28: (None, N, "Thomas Grant|Grant"),        # "which treats ...": his book's argument
   29: (JM, D, JMA),                           # "dismisses it as "...""
   # 30-31 verdict ("It is long"), 32 bio line: narrator
 }),
 "t07_commentary2012.txt": ("Laura Young", {
   # 0 rubric, 1 title, 2 date, 3-4 the author's framing: narrator
   5: ("allies and Russia", I, "NATO|Russia|NATO and Russia|" + N),
   # 6 narrator, 7 the author's conviction: narrator
   8: ("Russia", I, "Moscow"),                 # "Moscow insists on ..."
   9: (RYB, I, RYBA),                          # "put it to me ... :"
   10: (RYB, D, RYBA), 11: (RYB, D, RYBA), 12: (RYB, D, RYBA), 13: (RYB, D, RYBA),
   # 14 "He would not say ...": narrator, nothing accepted
   15: ("Russia", I, "Russian general staff|general staff"),
   16: (None, N, PY + "|Assistant Secretary General"),  # "was just as direct": intro
   17: (PY, D, PYA), 18: (PY, D, PYA), 19: (PY, D, PYA),
   # 20 "Paul Young is right on the substance.": verdict, nothing accepted
   # 21-22 the author's argument: narrator
   23: (RYB, I, RYBA),                         # "he said the problem was ..."
   # 24 "I told him ..., and he laughed.": the author's own words
   # 25-26 recommendations: narrator
   27: (None, N, "NATO officials|NATO"),       # "what NATO officials already say in private: ..."
   # 28-29 narrator
   30: (None, N, "Kremlin|Russia|Russian state television|state television"),
   # 31-32 author line and disclaimer: narrator
 }),
 "t08_broadcast_blacksea2021.txt": ("", {
   # 0 programme, 1 transcript line: narrator
   2: (None, N, CH + "|" + CHA),               # "Presenter:" header line
   # 3 disclaimer: narrator
   4: (CH, D, CHA),
   5: (CH, D, CHA + "|Russia"),                # "Russia says ..."
   6: (CH, D, CHA + "|United Kingdom|Ministry of Defence"),
   7: (CH, D, CHA + "|" + JR + "|" + JRA),     # introduces the correspondent
   8: (CH, D, CHA),
   9: (JR, D, JRA), 10: (JR, D, JRA),
   11: (JR, D, JRA + "|Russia|Moscow"),        # "Moscow says ..."
   12: (AP, D, APA), 13: (AP, D, APA),
   14: (CH, D, CHA),
   15: (CH, D, CHA + "|" + OS + "|" + OSA),    # introduces the Moscow correspondent
   16: (CH, D, CHA),
   17: (OS, D, OSA),                           # the ministry's "version", no content (doubtful)
   18: (OS, D, OSA + "|Russia|Foreign Ministry spokeswoman|Foreign Ministry|Russian Foreign Ministry"),
   19: (OS, D, OSA + "|" + AB + "|" + ABA),    # introduces the clip
   20: (AB, D, ABA), 21: (AB, D, ABA), 22: (AB, D, ABA),
   23: (OS, D, OSA),
   24: (OS, D, OSA + "|source close to the ministry|source"),
   25: (OS, D, OSA),
   26: (CH, D, CHA),
   27: (CH, D, CHA + "|" + MG + "|" + MGA),    # introduces the guest
   28: (CH, D, CHA),
   29: (MG, D, MGA), 30: (MG, D, MGA),
   31: (CH, D, CHA),
   32: (MG, D, MGA), 33: (MG, D, MGA),
   34: (MG, D, MGA),                           # "I hope ...": a word, not the presenter
   35: (CH, D, CHA),
   36: (JR, D, JRA),
   37: (JR, D, JRA),                           # names Commander Daniel Rose, no words
   38: (JR, D, JRA + "|" + DR),                # reports the commander's words
   39: (JR, D, JRA + "|NATO|alliance spokesperson|spokesperson|allies"),
   40: (CH, D, CHA),
   41: (MG, D, MGA),
   42: (CH, D, CHA),                           # names all three, no words
   # 43 "[END OF EXCERPT]": narrator
 }),
}

if __name__ == "__main__":
    for doc in G:
        sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
        print("=====", doc, len(sents))
        for i, s in enumerate(sents):
            print(i, normalize_space(s.text))

    rows = []
    for doc, (narr, ann) in G.items():
        sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
        assert max(ann) < len(sents), doc
        for i, s in enumerate(sents):
            sp, voice, acc = ann.get(i, (None, N, ""))
            if voice == N:
                sp = narr
            acc = "|".join(dict.fromkeys(a for a in acc.split("|") if a and a != sp))
            rows.append({"doc": doc, "index": i, "text": normalize_space(s.text),
                         "speaker": sp, "voice": voice, "accept": acc})
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
        w.writeheader(); w.writerows(rows)
    print(len(rows), "rows")
