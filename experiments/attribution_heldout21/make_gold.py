"""Build gold.csv for the twenty-first held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py)
and the later batches' recorded decisions, in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn
  (label) is `direct`, and so is a letter's text (a written turn, batch 7);
- in a transcript turn or a letter, a sentence that reports another person's
  or body's words keeps the turn speaker (the signer) as gold and accepts the
  reported party; a sentence that only names another person accepts nobody
  else; nested quotations keep the outer speaker, the inner one accepted;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; "the Kremlin", "Moscow",
  "the Foreign Ministry" speaking give `Russia`; a state's intelligence
  service speaking gives the state (batch 13), the service accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the government or body accepted (a deputy minister's accept only his
  own name forms and titles); the Secretary General's give him, NATO
  accepted; when a spokesperson reports what a body decided or declared
  ("allies have agreed ...", "Allies have been very clear: ...") the body is
  gold and he is accepted (batches 6, 10);
- beliefs, memories, feelings and gestures are the narrator (the person
  accepted when evidently told to the reporter or introducing his quote);
  intros without content are the narrator with the person accepted; a speech
  act without content by a named person gives the person, narrator accepted;
  "did not confirm" / "declined to comment" are the narrator;
- a factual sentence whose relative or appositive clause carries another
  party's speech is the narrator, with that party accepted (batch 9); a
  relayed quotation gives the person whose words are quoted, the relaying
  person accepted (batches 7, 20);
- headlines, standfirsts, bylines, datelines, captions, credits, tag lines
  and procedural lines ("(Laughter.)", "(The briefing was concluded ...)")
  are the narrator; unnamed sources are written as they appear without the
  article, `*` accepted unless the sentence also names another person or
  body; loose groups get `*`;
- a document with no byline (Kremlin readout, briefing transcript, agency
  dispatch, letters page) has no narrator; the issuer's own narration in a
  readout is the narrator with the issuer accepted (batch 15);
- surname-only forms and titles are accepted where the surname is unique in
  the document (batch 18); two people who share a surname stay apart and the
  bare surname is accepted for neither (Thomas/Ann/Michael Weir, Betty/Earl
  Haynes, Mikhail/Konstantin Ivanov, Daniel/Margaret Frost, Martin/Caroline
  Sharp); honorifics and ranks are not part of the canonical name.

New decisions in this batch:
- t01 Kremlin readout (2008): as batch 15's t03: the call, "was initiated by
  the German side", "discussed the agenda", "The leaders exchanged views on",
  "were also touched upon" are the readout's own narration (narrator, Russia
  and Kremlin accepted); "set out in detail Russia's principled position on
  ..." (a speech act naming only its topic) gives the president, narrator
  accepted; "The Russian side noted that ..." gives Russia (`indirect`), the
  president's name forms and "Russian side" accepted (the president is the
  Russian side of the call); "The head of the Russian state", "The Russian
  President" and "He" refer to the president; "In his words, ... "..."" is
  `direct`; the chancellor's "informed the Russian President of the approach
  of the German government, which has repeatedly spoken in favour of ..."
  gives her, Germany and the German government accepted; "thanked ... for the
  warm welcome" is a speech act without political content (her, narrator
  accepted); the agentless "It was agreed to continue contacts" closing a
  readout of a two-party call gives "sides" (as "The sides agreed"), `*`,
  "two sides" and the narrator accepted; the Kremlin tag lines ("Topics:",
  "Geography:", "Persons: Kessler Sabine", "Publication date:", "Text
  version") are navigation text (narrator, nothing accepted).
- t02 State Department briefing (2016): "MR. YOUNG:" gives the deputy
  spokesperson named in the header, surname, "Mr. Young", his title, the
  State Department and the United States accepted; the header line "Daniel
  Young, Deputy Spokesperson" is the narrator with him accepted (batch 10's
  title line); a spokesperson's call-on by first name ("With that, Lesley.",
  "Go ahead, Nadia.") makes the next bare "QUESTION:" that journalist
  (batch 6), with the first name as canonical name (batch 8) and
  "Question|journalist|Q" accepted; the spokesperson's "I'm sorry, I didn't
  catch the first part." hands the floor back to the same questioner, so the
  bare "QUESTION:" that repeats the question is still Nadia (doubtful: batch
  9 says a bare QUESTION is never a previous journalist, but there the
  questioner was not called back); every other bare "QUESTION:" is
  "Question" ("journalist|Q" accepted), also the one that addresses the
  spokesperson by name ("Daniel, one more on this."), which accepts nobody
  for the vocative; "(Laughter.)" is the narrator, nothing accepted.
- t03 magazine feature (2024): "Weir" is the main character Thomas Weir
  throughout, but because his wife Ann and son Michael share the surname the
  bare surname is accepted for none of them; first names ("Thomas", "Tom",
  "Ann", "Michael") are accepted for their own person (batch 19); "It was
  meant, as one of its founding documents put it, to "improve transparency"
  ..." gives the document ("founding document", as batch 14's "participant"
  for "One participant"), its variants and the narrator accepted (a
  parenthetical that carries quoted words, batch 20); "He believes the
  decision ... was "a promise nobody intended to keep,"" is a belief carrying
  his own quoted words: him (`direct`), narrator accepted (as batch 8's
  "remembers him as "..."" and batch 6's "recalled the mood as "...""), while
  "But he does not think ..." without quoted words stays the narrator, him
  accepted; "He meant, first of all, the spring of 2008." glosses his words:
  narrator, him accepted (doubtful); "Weir heard the news from his son,
  Michael, ..., who sent him a one-line text: "..."" is a factual sentence
  whose relative clause carries the son's words (batch 9): narrator, son
  accepted (doubtful); the untagged quote paragraph "He said, 'No, Yuri, ...'"
  is Kasatkin's (the paragraph's "Kasatkin laughed"), with the Italian
  colonel accepted (nested); Ann reading out the last line of Kasatkin's
  letter gives Kasatkin (`direct`, relayed quotation), Ann accepted; "Weir
  did not look up from his coffee." is the narrator, nothing accepted; the
  inscription on the nameplate is not speech (narrator, nothing accepted).
- t04 factbox (2018): the factbox's narrator is the "compiled by" name
  (batch 14), not the reporters; bullet sentences that report a statement
  give its speaker with the narrator accepted (batch 14), the lead's do not
  (except the body's bare denial "Russia denies any involvement", batch 14's
  t05, and the government announcing its own act, "The Netherlands said ...
  it had expelled ...", batch 14's minister in a wire lead); "Germany's domestic intelligence agency said", "U.S. intelligence
  agencies concluded", "Dutch military intelligence says" give the state
  (batch 13), the agency as written accepted; "Britain and the United States
  blamed the Russian military" gives the pair as written (batch 16's "Moscow
  and Washington"), each country ("United Kingdom", "Britain", "United
  States") and the narrator accepted; "Estonian officials blamed Russia." and
  "According to Georgian officials" are unnamed sources that name another
  body (Russia, Russian troops): their own variants and their country only,
  no `*`; "NATO leaders agreed in 2014 that ..." gives NATO, the leaders and
  the narrator accepted; the headline "Cyber attacks the West has blamed on
  Russia" reports a blame (narrator, "West" and "Western governments"
  accepted, batch 20's t08 headings); the surname particle of "Anouk de Wit"
  is kept ("de Wit" / "De Wit" accepted).
- t05 regional newspaper (1995): "the 71-year-old" refers to the resident
  just named; a sign that "reads "Welcome Russian Soldiers"" is a display,
  not speech (batch 12's placards: narrator, its owner accepted); "Russian
  officials have warned that ..., and the Pentagon has pointed to ..." gives
  the unnamed officials as written ("Russian officials", as batch 10's "NATO
  officials"), "officials", Russia, the Pentagon and the United States
  accepted (batch 14's coordinate clauses), no `*` because the sentence names
  other bodies; a post spokeswoman's
  remarks accept her post ("Fort Riley", "post"), as batch 11's military
  spokesman; "spoke to reporters through an interpreter" is an intro without
  content (narrator, the colonel accepted); the quoted brother is not a
  speaker; "Off post, the reaction has been mostly curiosity." introduces no
  named party (narrator, nothing accepted).
- t06 state news agency (2025): until the second Ivanov appears, "Ivanov",
  "the diplomat", "the deputy minister", "he" and "According to him" / "In
  his opinion" are Mikhail Ivanov (batch 7's register); after "the head of
  the State Duma Committee on Defence, Konstantin Ivanov", "the
  parliamentarian" and "He added" are Konstantin; the bare surname is
  accepted for neither; the deputy minister accepts only his name forms and
  titles ("diplomat", "deputy minister", ...), never Russia; the headline
  "..., Russian diplomat warns" is the narrator with him accepted (batch 18);
  "the diplomat was laconic." is an intro (narrator, him accepted); "Western
  media, citing sources, reported ..." gives the loose group as written
  ("Western media", `*`); "The alliance's press service did not confirm this
  information." is the narrator (as "declined to comment"), nothing
  accepted; the Kremlin spokesman's "The Kremlin, he said, is "closely
  monitoring" ..." gives him (his body's stance, batch 9), Russia and Kremlin
  accepted; the president he names is not a speaker; "Moscow has repeatedly
  stated that ..." in the agency's background gives Russia.
- t07 letters page (1999): as batch 7: each letter's text gives its signer
  (`direct`), the signature block (also a two-line "Name" / "Town" block,
  and the two pieces into which the splitter cuts "— James Bell, Col., U.S.
  Army (ret.), Alexandria") gives the signer with the narrator accepted
  (batch 17's signature lines); each letter's own headline, written by the
  editors but stating the letter's argument, is the narrator with that
  letter's signer accepted (as batch 18's headline repeating an answer);
  letter sentences reporting the editorial, the columnist, the Secretary of
  State, a husband, a mother or "the Russian nationalists, who have been
  saying ..." accept the reported party; "Mr. Frost" is the columnist Daniel
  Frost and "Mrs. Frost" the letter writer Margaret Frost, each accepted for
  their own person only; the editors' bracketed "(Mrs. Frost is not related
  to our columnist.)" is the narrator, nothing accepted.
- t08 academic book review (2012): the reviewer, whose name stands at the
  end (batch 10's end byline), is the narrator; the bibliographic header line
  naming the memoir's author is the narrator, nothing accepted (a book title
  is not speech, batch 6); "Sharp's central claim is stated in the preface:
  ... "..." (p. xi)" and "Sharp insists that the alliance "..."" give Martin
  Sharp (`direct`); "He traces the mismanagement through ..." is his book's
  argument (`indirect`, narrator accepted; doubtful); "Rogov, he recalls, told
  him ... that Russia would accept enlargement "..." (p. 64)" and "Sharp
  records her saying, ..., "..."" are relayed quotations: the ambassador
  (Russia accepted, ambassador rule) and Caroline Sharp (`direct`), Martin
  Sharp accepted; "He argues that ... :" closing its paragraph gives him
  (`indirect`), the block quotation him (`direct`), and the split-off
  "(p. 211)" is a citation tag (him, narrator accepted, batch 13); the
  acknowledgement phrase "first and fiercest reader" inside a relative clause
  of a factual sentence leaves the narrator, him accepted (batch 9); other
  reviewers' quoted verdicts give those reviewers (`direct`); "Frost's own
  study ... (Frost 2009) reached much the same conclusion" and "Scholars such
  as Pavel Arkhipov (2010) have shown ..." are findings (narrator, the cited
  authors accepted, batch 13); the reviewer's own verdicts are the narrator,
  nothing accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
ID = "Igor Demidov"
IDA = ("Demidov|Russia|President|President of Russia|Russian President|Russian leader"
       "|head of the Russian state")
SK = "Sabine Kessler"
SKA = "Kessler|Germany|Federal Chancellor|Chancellor|Federal Chancellor of Germany"
KR = "Russia|Kremlin"
# t02
DY = "Daniel Young"
DYA = "Young|Mr. Young|Mr Young|Deputy Spokesperson|spokesperson|State Department|United States"
DYO = "Daniel Young|Young|Mr. Young|Mr Young|Deputy Spokesperson|spokesperson"
QJ = "Question|journalist|Q"
OB, OBA = "Oksana Belova", "Belova|" + QJ
PL = "Peter Long|Long|Pentagon spokesman|Pentagon|United States"
AO = "Arkady Orlov|Orlov|Russia|Foreign Minister|Russian Foreign Minister"
# t03
TW, TWA = "Thomas Weir", "Thomas|Tom"
AW, AWA = "Ann Weir", "Ann|his wife|wife"
MW, MWA = "Michael Weir", "Michael|his son|son"
YK, YKA = "Yuri Kasatkin", "Kasatkin|Yuri"
PF = "Paolo Ferri|Ferri|Italian colonel"
FD = "founding document"
FDA = "founding documents|one of its founding documents|document|" + N
# t04
YM, YMA = "Yelena Markova", "Markova|Russia|Foreign Ministry|Russian Foreign Ministry|spokeswoman|Foreign Ministry spokeswoman"
MH, MHA = "Martin Hughes", "Hughes|United Kingdom|Britain|Defence Secretary|British Defence Secretary|" + N
AD, ADA = "Anouk de Wit", "de Wit|De Wit|Netherlands|Defence Minister|Dutch Defence Minister|" + N
NA, NAA = "Nils Aaberg", "Aaberg|NATO|Secretary General|NATO Secretary General|" + N
WSO, WSOA = "Western security official", "security official|official|Western official|" + N
# t05
DS, DSA = "Douglas Sharp", "Sharp|Lt. Col. Sharp|Colonel Sharp"
VR, VRA = "Viktor Ryabov", "Ryabov|Col. Ryabov|Colonel Ryabov|Russian commander"
LR, LRA = "Linda Rose", "Rose|Maj. Rose|Major Rose|spokeswoman|Fort Riley|post"
BH, BHA = "Betty Haynes", "Betty|owner"
EH, EHA = "Earl Haynes", "Earl|her husband|husband"
BG, BGA = "Bill Grant", "Grant"
# t06
MI = "Mikhail Ivanov"
MIA = "diplomat|deputy minister|Deputy Foreign Minister|Russian Deputy Foreign Minister|Russian diplomat"
KI = "Konstantin Ivanov"
KIA = "parliamentarian|head of the State Duma Committee on Defence"
AB, ABA = "Andrei Belkin", "Belkin|Russia|Kremlin|Kremlin Spokesman|Kremlin spokesman|spokesman"
HL, HLA = "Hendrik Lassen", "Lassen|NATO|Secretary General|NATO Secretary General"
# t07
NP, NPA = "Nina Petrova", "Petrova"
JB, JBA = "James Bell", "Bell"
MF, MFA = "Margaret Frost", "Mrs. Frost|Mrs Frost|Margaret"
DF = "Daniel Frost|Mr. Frost|Mr Frost|columnist|column"
# t08
MS, MSA = "Martin Sharp", "author"
CS, CSA = "Caroline Sharp", "Caroline|his wife|wife"
DR, DRA = "Dmitri Rogov", "Rogov|Ambassador Rogov|Russia"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_kremlin_call2008.txt": ("", {
   # 0 issuer, 1 section, 2 title, 3 date/time, 4 place: narrator, nothing accepted
   5: (None, N, KR),                           # the call (the readout's own narration)
   6: (None, N, KR),                           # "was initiated by the German side"
   7: (None, N, KR),                           # "discussed the agenda ..." (topic only)
   8: (ID, I, IDA + "|" + N),                  # "set out ... position on ..." (topic only)
   9: (ID, I, IDA),                            # "He stressed that"
   10: ("Russia", I, "Russian side|Kremlin|" + ID + "|" + IDA),  # "The Russian side noted that"
   11: (SK, I, SKA + "|German government"),    # relative clause carries the government's line
   12: (SK, I, SKA),
   13: (ID, I, IDA),                           # "The head of the Russian state also drew attention to"
   14: (ID, D, IDA),                           # "In his words, ... "...""
   15: (ID, I, IDA),                           # "confirmed his intention"
   16: (None, N, KR),                          # "The leaders exchanged views on"
   17: (ID, I, IDA),                           # "The President of Russia reiterated that"
   18: (None, N, KR),                          # "were also touched upon"
   19: (ID, I, IDA),                           # "expressed the hope that"
   20: ("sides", I, "*|two sides"),            # "The sides expressed satisfaction ..."
   21: (SK, I, SKA + "|" + N),                 # "thanked ... for the warm welcome"
   22: ("sides", I, "*|two sides|" + N),       # "It was agreed to continue contacts"
   # 23-27 tag lines: narrator, nothing accepted
 }),
 "t02_briefing2016.txt": ("", {
   # 0 title: narrator
   1: (None, N, DY + "|" + DYA),               # header line naming the briefer
   # 2 place/date: narrator
   3: (DY, D, DYA), 4: (DY, D, DYA), 5: (DY, D, DYA), 6: (DY, D, DYA),
   7: (DY, D, DYA),                            # names the Foreign Minister without his words
   8: ("NATO", D, "NATO allies|allies|Allies|" + DYO),  # "I'd note that NATO allies have agreed ..."
   9: (DY, D, DYA),
   10: (DY, D, DYA),                           # call-on "With that, Lesley."
   11: ("Lesley", D, QJ),                      # bare QUESTION after the call-on
   12: ("Lesley", D, QJ + "|Russia|Russian Defense Ministry|Defense Ministry"),
   13: ("Lesley", D, QJ),
   14: (DY, D, DYA), 15: (DY, D, DYA),
   # 16 "(Laughter.)": narrator
   17: ("Question", D, "journalist|Q"),        # unnamed follow-up
   18: (DY, D, DYA),
   19: (OB, D, OBA),                           # self-introduction
   20: (OB, D, OBA + "|" + PL),                # reports the Pentagon spokesman
   21: (OB, D, OBA + "|Russia|Moscow|Foreign Ministry|Russian Foreign Ministry"),
   22: (OB, D, OBA),
   23: (DY, D, DYA), 24: (DY, D, DYA),
   25: (DY, D, DYA + "|Secretary General|NATO Secretary General|NATO"),  # reports the SG's words
   26: ("Question", D, "journalist|Q"),
   27: (DY, D, DYA),
   28: ("NATO", D, "Allies|allies|" + DYO),   # "Allies have been very clear: ..."
   29: (DY, D, DYA),
   30: ("Question", D, "journalist|Q"),        # vocative "Daniel": nobody else accepted
   31: ("Question", D, "journalist|Q|" + AO),  # reports the Foreign Minister
   32: ("Question", D, "journalist|Q"),
   33: (DY, D, DYA), 34: (DY, D, DYA),
   35: (DY, D, DYA),                           # call-on "Go ahead, Nadia."
   36: ("Nadia", D, QJ), 37: ("Nadia", D, QJ),
   38: (DY, D, DYA),                           # asks her to repeat
   39: ("Nadia", D, QJ + "|OSCE monitors|OSCE"),  # repeated question (doubtful)
   40: ("Nadia", D, QJ),
   41: (DY, D, DYA), 42: (DY, D, DYA),
   # 43 end line, 44 DPB number: narrator
 }),
 "t03_feature2024.txt": ("Rachel Stone", {
   # 0 rubric, 1 title, 2 dek, 3 byline, 4 date, 5 scene: narrator
   # 6 the nameplate's inscription: narrator, nothing accepted
   7: (None, N, TW + "|" + TWA),               # "has never quite decided whether he stole it"
   8: (TW, D, TWA), 9: (TW, D, TWA),
   # 10 description: narrator
   11: (None, N, AW + "|" + AWA),              # pours coffee: gesture introducing her quote
   12: (AW, D, AWA),
   # 13 fact: narrator
   14: (FD, D, FDA),                           # "as one of its founding documents put it"
   15: (TW, D, TWA),                           # "In practice, Weir says, ...: "...""
   # 16 fact: narrator
   17: (None, N, YK + "|" + YKA),              # agreed to speak: intro without content
   18: (None, N, YK + "|" + YKA),              # "He broke the condition": intro
   19: (YK, D, YKA), 20: (YK, D, YKA),
   21: (None, N, YK + "|" + YKA),              # "He meant ..." (doubtful)
   22: ("NATO", D, "NATO leaders|leaders"),    # summit declaration with quoted words
   23: (None, N, YK + "|" + YKA),              # memory
   24: (YK, D, YKA + "|" + PF),                # untagged quote with the colonel's nested words
   25: (None, N, YK + "|" + YKA),              # gesture
   26: (YK, D, YKA),                           # quote left unclosed
   27: (None, N, TW + "|" + TWA),              # "sees the sequence differently": intro
   28: (TW, D, TWA + "|" + N),                 # belief carrying his quoted words
   29: (None, N, TW + "|" + TWA),              # belief without quoted words
   30: (TW, D, TWA),
   # 31 act: narrator
   32: (None, N, "NATO"),                      # "whom it described as ..."
   33: (None, N, MW + "|" + MWA),              # relative clause carries the son's text (doubtful)
   34: (None, N, MW + "|" + MWA),              # "is less sentimental": intro
   35: (MW, D, MWA),
   36: (None, N, TW + "|" + TWA),              # "His father does not entirely disagree."
   37: (YK, I, YKA),
   38: (YK, D, YKA), 39: (YK, D, YKA),
   40: (YK, D, YKA),                           # "he said that ..., "for his sake, not mine.""
   41: (None, N, AW + "|" + AWA),              # keeps the letters: introduces the reading
   42: (YK, D, YKA + "|" + AW + "|" + AWA),    # Ann reads Kasatkin's letter (relayed)
   # 43 "did not look up": narrator, nothing accepted; 44 bio: narrator
 }),
 "t04_factbox_cyber2018.txt": ("Lucy Grant", {
   0: (None, N, "West|Western governments"),   # headline reporting a blame
   1: ("Netherlands", I, "Dutch government|Western governments|" + N),  # government announcing its act in the lead
   2: ("Russia", I, "Moscow|" + N),            # "Russia denies any involvement"
   3: (YM, D, YMA),
   # 4 intro line, 5 heading, 6 event: narrator
   7: ("Estonian officials", I, "officials|Estonia|" + N),  # names Russia: no *
   8: ("Russia", I, "Kremlin|" + N),           # "The Kremlin denied any role."
   # 9 act, 10 heading, 11 event: narrator
   12: ("Georgian officials", I, "officials|Georgia|" + N),  # names Russian troops: no *
   # 13 heading, 14 event: narrator
   15: ("Germany", I, "Germany's domestic intelligence agency|domestic intelligence agency"
        "|intelligence agency|agency|" + N),
   # 16 heading
   17: ("United States", I, "U.S. intelligence agencies|intelligence agencies|" + N),
   18: ("Russia", D, "Moscow|" + N),
   # 19 heading, 20 event: narrator
   21: ("Britain and the United States", I, "United Kingdom|Britain|United States|" + N),
   22: (MH, D, MHA), 23: (MH, D, MHA),
   # 24 heading
   25: ("Netherlands", I, "Dutch military intelligence|military intelligence|" + N),
   26: (AD, I, ADA),
   27: (AD, D, ADA),
   # 28 heading
   29: ("NATO", I, "NATO leaders|leaders|" + N),
   30: (NA, D, NAA),
   31: (WSO, I, WSOA),                         # names the alliance: no *
   # 32 credit line: narrator
 }),
 "t05_fortriley1995.txt": ("Karen Long", {
   # 0 masthead, 1 date, 2 headline, 3 standfirst, 4 byline, 5 staff line, 6-7 narrator
   8: (DS, D, DSA), 9: (DS, D, DSA),
   10: (DS, I, DSA), 11: (DS, I, DSA),
   12: (DS, D, DSA), 13: (DS, D, DSA),
   14: (None, N, VR + "|" + VRA),              # "spoke to reporters through an interpreter": intro
   15: (VR, D, VRA),
   16: (VR, I, VRA),
   17: (VR, D, VRA), 18: (VR, D, VRA), 19: (VR, D, VRA),
   # 20 narrator
   21: ("Russian officials", I, "officials|Russia|Pentagon|United States"),  # coordinate clauses; names others: no *
   22: (LR, I, LRA), 23: (LR, I, LRA),
   24: (LR, D, LRA), 25: (LR, D, LRA),
   # 26 "Off post, ...": narrator, nothing accepted
   27: (None, N, BH + "|" + BHA),              # the sign (display, not speech)
   # 28 the customer wrote it out: narrator
   29: (BH, D, BHA), 30: (BH, D, BHA),
   31: (None, N, EH + "|" + EHA),              # "was less sure": intro
   32: (EH, I, EHA),
   33: (EH, D, EHA),
   34: (None, N, BG + "|" + BGA),              # intro
   35: (BG, I, BGA),
   36: (BG, D, BGA),                           # "the 71-year-old said"
   37: (BG, D, BGA),
   38: (BG, D, BGA),                           # quote left unclosed
   # 39 fact
   40: (DS, I, DSA),
   41: (DS, D, DSA),
   # 42 caption, 43 photo credit, 44 contribution line: narrator
 }),
 "t06_statenews_arctic2025.txt": ("", {
   0: (None, N, MI + "|" + MIA),               # headline "..., Russian diplomat warns"
   # 1 dateline, 2 agency tag: narrator
   3: (MI, I, MIA),
   4: (MI, D, MIA), 5: (MI, D, MIA),
   6: (MI, D, MIA),                            # "According to him, ... "...""
   7: (MI, I, MIA),                            # bare "Ivanov stressed" (before the second Ivanov)
   8: (MI, I, MIA),
   9: (MI, D, MIA),
   10: (MI, I, MIA),                           # "The diplomat recalled that"
   11: (MI, D, MIA),
   12: (MI, D, MIA),                           # "In his opinion"
   13: (MI, I, MIA),
   14: (None, N, MI + "|" + MIA),              # "the diplomat was laconic.": intro
   15: (MI, D, MIA), 16: (MI, D, MIA), 17: (MI, D, MIA),
   18: (KI, I, KIA),
   19: (KI, D, KIA),                           # "the parliamentarian told journalists"
   20: (KI, I, KIA),                           # "He added that"
   21: (AB, I, ABA),                           # names the president, not a speaker
   22: (AB, D, ABA),                           # "The Kremlin, he said, is "...""
   23: ("Western media", I, "*|media|sources"),
   # 24 "did not confirm": narrator, nothing accepted
   25: (HL, D, HLA),
   26: ("Russia", I, "Moscow"),
   # 27-28 background: narrator
 }),
 "t07_letters1999.txt": ("", {
   # 0 section, 1 page headline, 2 date: narrator
   3: (None, N, NP + "|" + NPA),               # the letter's own headline
   4: (NP, D, NPA + "|editorial|Your editorial"),
   5: (NP, D, NPA),
   6: (NP, D, NPA),                            # names her mother without words
   7: (NP, D, NPA),
   8: (NP, D, NPA + "|mother|My mother"),
   9: (NP, D, NPA),
   10: (NP, D, NPA + "|NATO"),                 # NATO's promise reported
   11: (NP, D, NPA),
   12: (NP, D, NPA),
   13: (NP, D, NPA + "|Russian nationalists"),
   14: (NP, D, NPA + "|" + N),                 # signature
   15: (NP, D, NPA + "|" + N),                 # town line of the signature
   16: (None, N, JB + "|" + JBA),              # the letter's own headline
   17: (JB, D, JBA),
   18: (JB, D, JBA), 19: (JB, D, JBA), 20: (JB, D, JBA), 21: (JB, D, JBA),
   22: (JB, D, JBA + "|Secretary of State|United States"),
   23: (JB, D, JBA), 24: (JB, D, JBA),
   25: (JB, D, JBA + "|" + N),                 # signature, first piece
   26: (JB, D, JBA + "|" + N),                 # signature, second piece
   27: (None, N, MF + "|" + MFA),              # the letter's own headline
   28: (MF, D, MFA + "|" + DF),                # reports the column's argument
   29: (MF, D, MFA),
   30: (MF, D, MFA + "|" + DF),                # quotes the columnist
   31: (MF, D, MFA + "|husband|My husband"),
   32: (MF, D, MFA + "|husband|My husband"),
   33: (MF, D, MFA),
   34: (MF, D, MFA + "|" + N),                 # signature
   35: (MF, D, MFA + "|" + N),                 # town line
   # 36 editors' note, 37-38 submission notice: narrator, nothing accepted
 }),
 "t08_review2012.txt": ("Eva Lindqvist", {
   # 0 rubric, 1-3 bibliographic header: narrator, nothing accepted
   # 4-6 the reviewer's own view: narrator
   7: (MS, D, MSA),                            # "central claim is stated in the preface: ... "...""
   8: (MS, I, MSA + "|" + N),                  # "He traces ..." (doubtful)
   # 9 verdict: narrator
   10: (None, N, MS + "|" + MSA),              # the reviewer's evaluation of his account
   11: (None, N, MS + "|" + MSA),              # "His portrait of ... Rogov": intro
   12: (DR, D, DRA + "|" + MS + "|" + MSA),    # relayed quotation of the ambassador
   # 13 verdict: narrator
   14: (MS, D, MSA),                           # "Sharp insists that ... "...""
   # 15 verdict: narrator
   16: (None, N, MS + "|" + MSA),              # "Sharp is at his most interesting": intro
   17: (MS, I, MSA),                           # "He argues that ... :"
   18: (MS, D, MSA), 19: (MS, D, MSA),         # block quotation
   20: (MS, D, MSA + "|" + N),                 # split-off "(p. 211)"
   # 21 verdict: narrator
   22: (None, N, MS + "|" + MSA),              # relative clause with his acknowledgement words
   23: (None, N, CS + "|" + CSA),              # "It is Caroline ... who supplies ...": intro
   24: (CS, D, CSA + "|" + MS + "|" + MSA),    # "Sharp records her saying, "...""
   25: (None, N, "reviewers|Other reviewers"),  # intro
   26: ("Thomas Kerr", D, "Kerr|Baltic Ledger"),
   27: ("Anna Frost", D, "Frost"),
   28: (None, N, "Anna Frost|Frost"),          # a finding
   # 29-30 the reviewer's own points: narrator
   31: (None, N, "Pavel Arkhipov|Arkhipov|Scholars|scholars"),  # a finding
   # 32-34 verdict, 35 reviewer name, 36 affiliation, 37 copyright: narrator
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
            acc = "|".join(dict.fromkeys(a for a in acc.split("|") if a and a != sp))
            text = normalize_space(s.text)
            print(f"{i:2d} [{sp or '-'} | {voice} | {acc}] {text}")
            rows.append({"doc": doc, "index": i, "text": text,
                         "speaker": sp, "voice": voice, "accept": acc})
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
        w.writeheader(); w.writerows(rows)
    print(len(rows), "rows")
