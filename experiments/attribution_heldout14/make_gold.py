"""Build gold.csv for the fourteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py;
batches 11-13 were read as well and agree with them), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or debate
  turn (label) is `direct`;
- in a transcript, debate or statement, a sentence that reports another
  person's or body's words keeps the turn speaker as gold and accepts the
  reported party (nested quotations likewise); a sentence that only names
  another person without his words accepts nobody else;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech (suspended, expelled, launched, released)
  are the narrator; a ministry speaking for the government gives the country,
  the ministry accepted; "the Pentagon said" gives `United States`;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the government or body accepted (a deputy minister's, a general's, an
  MP's or a senator's do not); a Secretary General's or Deputy Secretary
  General's own remarks give him or her, with NATO accepted; when a minister
  reports what his government or the Alliance decided, the government or body
  is gold and the minister is accepted (batches 10, 11, 13);
- beliefs, memories, wishes and feelings are the narrator (the holder
  accepted when evidently told to the reporter); intro sentences without
  content and gestures ("shrugs", "looks out at the lake") are the narrator
  with the person accepted; "declined to comment", "did not respond" and
  "has not confirmed" are the narrator;
- a factual sentence whose relative clause or parenthetical carries another
  party's speech is the narrator, with that party accepted (batches 9, 10);
- a relayed quotation ("X is quoted as saying", "the cable says X warned that
  Moscow would "..."") gives the person whose words are quoted, the relaying
  source accepted (batch 7);
- headlines, standfirsts (speech-reporting ones accept the party), bylines,
  datelines, captions, "Related:" lines, bios, credits and translator notes
  are the narrator; pull quotes give the person, narrator accepted;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description); loose groups take `*` (ANNOTATION.md);
- a document with no byline (press statement, TV transcript) has no narrator;
  its header lines are the narrator, header lines shaped like labels ("HOST:
  RACHEL YOUNG") with nothing accepted; a title line naming one person's
  statement accepts that person (batch 10);
- labels with a surname only give the full name from the document, nothing
  else accepted (batch 6); honorifics and ranks (Gen., Maj. Gen., Sen., Mr.,
  Ambassador) are not part of the canonical name; people who share a surname
  (Nikolai and Pavel Dorokhin; Igor and Anatoly Gromov; Leonid Kuznetsov and
  Natalya Kuznetsova) or a first name (Leonid Kuznetsov, Leonid Pashkov) are
  never accepted for each other.

New decisions in this batch:
- newspaper story (t01): "Last year the senator called ... "...", and the
  general told a House panel that ... "..."" (two speakers in coordinate
  clauses) gives the first clause's speaker, the second accepted (as batch
  13's "while" clause); "Kovalenko did not back down." is an intro without
  content (narrator, him accepted); "The general, who flew F-15s out of
  Lakenheath ..., said" in a paragraph alternating the American and the
  Russian general is the American (Hope); the senator's "That is hope." is
  her own word, not General Hope; "Grant and Hope have not always agreed." is
  a relationship (narrator, nothing accepted); the closing "Follow him on
  Twitter" bio is the narrator;
- wire factbox (t02): the dated bullet lines are the factbox's body text, not
  headlines: a bullet that reports a statement or a decision with content
  gives the speaker (NATO, Russia, the named official; "NATO and Russia agree
  ... to explore" gives "NATO and Russia" as batch 11), with the narrator
  accepted; event bullets (fight, suspends, expels, launches, joins) are the
  narrator; a bullet whose clause carries a party's words ("whom it describes
  as", "a Strategic Concept that names Russia "..."", "draft treaties that
  would bar NATO ...") is the narrator with that party accepted; the wire's
  "(Compiled by X; Editing by Y)" line makes X the narrator (as batch 13's
  "Writing by X"); the "Sources:" line is the narrator;
- minister's press statement in translation (t03): the minister is the
  speaker for its body (`direct`), narrator and his government accepted (as
  batch 7's published speech); his quotation of the Russian minister
  ("Baranov assured me: "..."") keeps him, with the Russian minister and
  Russia accepted (batch 13's speech); "Some in Moscow now call ..." and "As
  the Chancellor said ..." keep him, the reported party accepted; "Our partners
  in the Alliance see it the same way." keeps him, NATO accepted; the
  "Federal Foreign Office" and "Press release" lines, the closing date line,
  translator's note and press office line are the narrator with nothing
  accepted;
- magazine profile (t04): "funded, he is careful to point out, by Swiss
  foundations" is a fact with a parenthetical (narrator, him accepted); the
  photograph naming the Secretary General is the narrator (nobody accepted);
  "Not everyone at the ministry ... shared his enthusiasm." introduces the
  next speaker (narrator, Pashkov accepted); "He believed the alliance could
  change" inside Pashkov's quote reports no words (nobody else accepted); the
  unnamed colleague is "former colleague" (`*` only in his untagged sentence
  that names nobody); "Kuznetsova says" is his wife, never him; the photo
  caption's repeated quotation "Somebody has to be in the room." is a pull
  quote (him, `direct`, narrator accepted), the caption's naming line the
  narrator with nothing accepted;
- TV debate (t05): "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "[CROSSTALK]",
  a split-off "[LAUGHTER]" and "(COMMERCIAL BREAK)" are the narrator; the clip
  label "NIKOLAI DOROKHIN, RUSSIAN DEPUTY DEFENCE MINISTER (through
  translator):" gives him (deputy minister: nothing accepted); every
  "DOROKHIN:" label is the studio panellist Pavel Dorokhin, never the deputy
  minister; the host's "That was Russia's deputy defence minister, ...,
  speaking yesterday." and "let's hear from the Russian Defence Ministry."
  keep the host, the clip speaker accepted (batch 6); a panellist quoting a
  newspaper ("The Baltic Ledger put it very well ..., and I quote: "..."")
  keeps the panellist, the newspaper accepted; "when the deputy minister tells
  us there was no contact" accepts the deputy minister; "Washington calls it
  reckless; Moscow says ..." accepts both governments; an interrupted turn
  ending in "--" and its continuation starting "--" keep their own labels;
- leaked cable (t06): the cable's own text ("It ends with a recommendation
  that ... "..."") gives "diplomatic cable" (as batch 10's "internal
  document"), its variants and the signing ambassador accepted; the ambassador's
  and the deputy minister's words recorded in the cable give them, the cable
  accepted; the lead "The American ambassador in Moscow warned ... "...",
  according to a confidential diplomatic cable" gives the ambassador (named
  in the next sentence), the cable accepted; "The cable also describes a
  dinner at which a "senior official in the presidential administration" told
  ... that the Kremlin "..."" gives that official (names the Kremlin: no `*`);
  "did not dispute the cable's authenticity" introduces the ministry's
  statement (narrator, ministry and Russia accepted); Frolov speaking now as
  ambassador accepts Russia, Frolov quoted in 2008 as deputy minister does
  not; "Historians of the period" is a loose group (`*`);
- newsletter (t07): the "About the author" line at the top names the
  narrator; "As X, ..., put it on X: "..."" gives X (`direct`); an embedded
  post whose author is named only in the "— Name (@handle) date" line below
  gives that person for its text (as batch 13's block quotation), its intro
  "Then there was this, from a former colleague of mine ...:" is the narrator
  with him accepted; "I think Mikko is right" is the author's verdict
  (nothing accepted); a reader's email introduced "One email, from a retired
  fisherman in Vardø who signs himself Arne, put the case better than I
  could:" gives "Arne" (`indirect`, intro with speech verb and colon; reader
  variants accepted), its untagged text Arne (`direct`); "a new paper from the
  Centre for Polar Security claims" gives the Centre, the paper and narrator
  accepted (reading list); the sign-off "— Helen" is the narrator;
- translated 1999 Moscow report (t08): the lead "Russia has suspended ... and
  recalled ..., the head of the Russian Foreign Ministry X announced" gives
  Russia (a minister announcing his government's decision), the minister, the
  ministry and the narrator accepted; "the head of Russian diplomacy", "the
  minister" refer to the Foreign Minister, "the deputy" to the Duma committee
  chairman who shares his surname, and the final bare "Gromov said" after
  "the head of Russian diplomacy" to the minister; "the Russian leader" and
  "the head of state" are the President (his country accepted); "As the
  Kremlin press service reported, the head of state instructed ..." gives
  Russia, the press service and the President accepted (batch 7's "According
  to the Kremlin"); "the NATO chief ... stated ... "...", Sever-Press agency
  reports" gives the Secretary General, the agency accepted (relayed
  quotation); "In the opinion of observers" gives "observers" (`*`); "Not all
  deputies share this position." introduces the next deputy (narrator, him
  accepted); "Sources in the Defence Ministry reported" names the Black Sea
  Fleet, so only variants are accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RH, RHA = "Robert Hope", "General Hope"
IK, IKA = "Igor Kovalenko", "Russia|Defense Ministry|Russian Defense Ministry|spokesman|General Kovalenko"
EG, EGA = "Ellen Grant", "Senator Grant|senator"
# t02
T2N = "NATO foreign ministers|foreign ministers|narrator"
# t03
KA = "Andreas Keller"
KAB = "narrator|Germany"
VB = "Viktor Baranov|Russia"
# t04
LK, LP, AF, NK = "Leonid Kuznetsov", "Leonid Pashkov", "Anne Frost", "Natalya Kuznetsova"
NKA = "Natalya|his wife|wife"
FC, FCA = "former colleague", "former colleague who asked not to be identified|colleague"
# t05
RY = "Rachel Young"
PD, ND = "Pavel Dorokhin", "Nikolai Dorokhin"
AM, TW = "Anne Marsh", "Tomasz Wielgus"
# t06
CAB = "diplomatic cable"
CABA = "cable|confidential diplomatic cable|four-page cable|leaked cable|document"
RB, RBA = "Richard Bell", "United States|ambassador|" + CABA + "|" + CAB
OF, OFA = "Oleg Frolov", "deputy minister|Deputy Foreign Minister"
MG, MGA = "Michael Grant", "United States|State Department|spokesman|State Department spokesman"
# t07
NKO, NKOA = "Nikolai Korsakov", "Russia|Ambassador Korsakov"
IS, ML = "Ingrid Solheim", "Mikko Laine"
AR, ARA = "Arne", "retired fisherman|fisherman|retired fisherman in Vardø|reader"
NOR = "Norwegian foreign ministry|foreign ministry|Norway"
# t08
IG, IGA = "Igor Gromov", "Russia|minister|Foreign Minister|head of the Russian Foreign Ministry"
AG = "Anatoly Gromov"
VR, VRA = "Vasily Rodionov", "Russia|President|Russian leader"
HV, HVA = "Hans Vermeulen", "NATO|Secretary General|NATO Secretary General|NATO chief"
SB = "Sergei Belkin"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_baltic_intercept2016.txt": ("Daniel Frost", {
   # 0 headline: narrator
   1: (None, N, EG + "|Russia|" + IK),        # standfirst reporting speech
   # 2 byline, 3 "Staff Writer": narrator
   4: ("United States", I, "Pentagon|NATO officials"),  # lead "..., the Pentagon said, ... that NATO officials say ..."
   5: (None, N, "U.S. European Command|European Command|United States"),  # "what ... European Command described as "...""
   6: (RH, D, RHA),
   7: (RH, D, RHA), 8: (RH, D, RHA),
   9: (RH, I, RHA),                            # "The general said ..."
   10: ("Russia", I, "Defense Ministry|Russian Defense Ministry|" + N),  # "rejected the American account" (no content)
   11: (IK, I, IKA),
   12: (IK, D, IKA), 13: (IK, D, IKA), 14: (IK, D, IKA),
   15: (RH, I, RHA),                           # names Kovalenko, no words of his
   16: (None, N, IK),                          # "Kovalenko did not back down." intro
   17: (IK, D, IKA),                           # "He said ..." = Kovalenko; fragment
   18: (RH, I, RHA),                           # "The general, who flew F-15s ..." = Hope
   19: (RH, I, RHA),                           # "He added ..." = Hope
   20: ("Russia", I, "Kremlin"),
   21: (EG, D, EGA),
   22: (None, N, EG),                          # "wants" (wish told to the reporter)
   23: (EG, D, EGA), 24: (EG, D, EGA),
   25: (EG, D, EGA),                           # "That is hope." her word, not General Hope
   26: (EG, I, EGA),
   # 27 her bill with Sen. Thomas Bell (not a speaker), 28 "Grant and Hope have not always agreed.": narrator
   29: (EG, D, EGA + "|" + RH + "|" + RHA),    # two speakers in coordinate clauses (new decision)
   30: (RH, D, RHA),
   31: ("NATO officials", I, "officials|NATO"),  # names the Baltic states: no *
   32: ("NATO spokeswoman", D, "spokeswoman|NATO"),  # names the Pentagon: no *
   # 33 Related, 34-35 bio: narrator
 }),
 "t02_factbox_timeline.txt": ("Sofia Lind", {
   # 0 headline, 1 lead fact: narrator
   2: ("Russia", D, ""),                       # "Moscow has said it will take "counter-measures"."
   # 3 background, 4 "Here are some key moments:", 5 war (event): narrator
   6: ("NATO", D, T2N),                        # ministers say no "business as usual"
   # 7 "are put on hold" (act): narrator
   8: ("NATO", I, T2N),                        # ministers agree to resume
   9: ("NATO and Russia", I, "NATO|Russia|NATO-Russia Council|" + N),
   10: ("Henrik Dahl", D, "NATO|secretary general|Secretary General|" + N),
   # 11 talks stall: narrator
   12: ("Russia", I, N),                       # "Moscow says it needs ..."
   # 13 NATO suspends (act): narrator
   14: ("NATO", I, N),                         # "The alliance says ..."
   # 15 council meets: narrator
   16: ("NATO", I, N),                         # "NATO agrees to deploy ..."
   17: ("Russia", D, "Kremlin|" + N),
   18: (None, N, "NATO"),                      # expels (act) + "whom it describes as"
   # 19 Russia suspends its mission (act): narrator
   20: (None, N, "Russia"),                    # publishes drafts "that would bar NATO ..."
   # 21 council meets: narrator
   22: ("Clara Hope", D, "NATO|Deputy Secretary General|" + N),
   23: ("Andrei Sokol", D, "deputy foreign minister|" + N),  # deputy minister: no government
   # 24 invasion (event): narrator
   25: ("Erik Halvorsen", D, "NATO|Secretary General|NATO Secretary General|" + N),
   26: (None, N, "NATO|Strategic Concept|allies"),  # adopt a Concept "that names Russia "...""
   # 27-28 Finland joins, Sweden blocked; 29 sources line; 30 credit line: narrator
 }),
 "t03_fm_statement_cfe2007.txt": ("", {
   # 0 "Federal Foreign Office", 1 "Press release": narrator
   2: (None, N, KA),                           # title line naming him
   # 3 place/date, 4 "[Unofficial translation]": narrator
   5: (KA, D, KAB + "|Russia"),                # "the step it announced in July"
   6: (KA, D, KAB), 7: (KA, D, KAB), 8: (KA, D, KAB), 9: (KA, D, KAB),
   10: (KA, D, KAB),
   11: (KA, D, KAB + "|" + VB),                # quotes the Russian minister
   12: (KA, D, KAB), 13: (KA, D, KAB),
   14: ("Germany", D, KA + "|Federal Government|" + N),  # the government's decision reported by the minister
   15: (KA, D, KAB),
   16: (KA, D, KAB + "|NATO"),                 # "Our partners in the Alliance see it the same way."
   17: ("NATO", D, KA + "|" + KAB + "|NATO foreign ministers|foreign ministers|Allies"),  # "the NATO foreign ministers agreed that ..."
   18: (KA, D, KAB + "|Some in Moscow"),       # "Some in Moscow now call ..."
   19: (KA, D, KAB), 20: (KA, D, KAB), 21: (KA, D, KAB),
   22: (KA, D, KAB), 23: (KA, D, KAB), 24: (KA, D, KAB),
   25: (KA, D, KAB + "|Chancellor"),           # "As the Chancellor said ..."
   # 26 closing date line, 27-28 translator's note, 29 press office line: narrator
 }),
 "t04_profile_diplomat.txt": ("Sarah Long", {
   # 0 headline, 1 standfirst (no speech), 2 byline, 3 photo credit, 4 scene: narrator
   5: (LK, D, ""),                             # "says the 63-year-old"
   6: (LK, D, ""),
   # 7 career facts: narrator
   8: (None, N, LK),                           # "funded, he is careful to point out, by ..." (parenthetical)
   # 9 photograph with Secretary General Willem Voss (not a speaker): narrator
   10: (None, N, AF),                          # "remembers negotiating with him ..." (memory, introduces her)
   11: (AF, D, ""),
   12: (AF, D, LK),                            # nested 'Let us read the sentence again.'
   13: (AF, D, ""),
   14: (None, N, LP),                          # "Not everyone ... shared his enthusiasm." intro
   15: (LP, I, ""),
   16: (LP, D, ""),
   17: (LP, D, ""),                            # "He believed ..." (Kuznetsov's belief, no words)
   18: (LP, D, ""),                            # "says Pashkov, now retired ..., was "...""
   19: (LP, D, ""),                            # "He adds that his friend "...""
   20: (None, N, FC + "|" + FCA),              # "offers a harsher reading." intro
   21: (FC, I, FCA),                           # names Kuznetsov: no *
   22: (FC, D, FCA),                           # names NATO: no *
   23: (FC, D, "*|" + FCA),                    # untagged, names nobody
   24: (None, N, LK),                          # silent, shrugs (gesture)
   25: (LK, D, ""),                            # quote before its tag
   26: (LK, D, ""), 27: (LK, D, ""),
   28: (None, N, LK),                          # "He is convinced ..." (belief told to the reporter)
   29: (LK, D, ""),                            # "in which he called ... "...""
   30: (None, N, NK),                          # introduces his wife
   31: (NK, D, NKA),                           # "Kuznetsova says": never him
   32: (AF, I, ""),                            # "Frost ... says he is the only ..."
   33: (AF, D, ""),
   34: (AF, D, ""),                            # paragraph left open
   35: (AF, D, ""),                            # reopened quote in the next paragraph
   36: (None, N, LK),                          # "does not think" (belief)
   37: (LK, I, ""),
   38: (LK, D, ""),
   39: (None, N, LK),                          # gesture
   40: (LK, D, ""), 41: (LK, D, ""),
   # 42 caption naming him: narrator, nothing accepted
   43: (LK, D, N),                             # caption's repeated quotation (pull quote)
   # 44 bio line: narrator
 }),
 "t05_tv_debate_blacksea2023.txt": ("", {
   # 0 title, 1 aired line, 2 "HOST: RACHEL YOUNG", 3 guests line, 4 rush-transcript line: narrator
   5: (RY, D, ""),
   6: (RY, D, "United States|Russia"),         # "Washington calls it reckless; Moscow says ..."
   7: (RY, D, ND + "|Russia|Russian Defence Ministry"),  # introduces the clip
   # 8 (BEGIN VIDEO CLIP): narrator
   9: (ND, D, ""), 10: (ND, D, ""), 11: (ND, D, ""),
   # 12 (END VIDEO CLIP): narrator
   13: (RY, D, ND),                            # "That was ..., speaking yesterday."
   14: (RY, D, ""),                            # names the guests
   15: (RY, D, ""),
   16: (PD, D, ""),                            # "DOROKHIN:" = the panellist, never the deputy minister
   17: (PD, D, ""), 18: (PD, D, ""),
   19: (AM, D, ""),
   20: (PD, D, ""),                            # interrupted turn
   21: (AM, D, ""),                            # continuation "-- next to a war ..."
   # 22 [CROSSTALK]: narrator
   23: (RY, D, ""),
   24: (AM, D, ""),                            # "The Pentagon released the video" (act)
   25: (AM, D, ND),                            # "when the deputy minister tells us there was no contact"
   26: (RY, D, ""),
   27: (TW, D, ""),
   28: (TW, D, "Baltic Ledger"),               # quotes the newspaper
   29: (TW, D, ""),
   30: (PD, D, ""),                            # "I agree with Mr. Wielgus." (no words of his)
   31: (PD, D, "Russia"),                      # "Moscow has proposed many times ..."
   32: (PD, D, "NATO"),                        # "It was NATO that said no."
   33: (AM, D, ""), 34: (AM, D, ""), 35: (AM, D, ""),
   36: (RY, D, "United States|State Department"),  # "The State Department said today that ..."
   37: (RY, D, ""),
   38: (TW, D, ""),
   39: (TW, D, "Poland|Polish government"),    # "My own government has said Poland wants "...""
   40: (PD, D, ""),
   # 41 [LAUGHTER]: narrator
   42: (TW, D, ""),
   43: (RY, D, ""),
   # 44 (COMMERCIAL BREAK): narrator
 }),
 "t06_leaked_cable2010.txt": ("Karen Holt", {
   0: (None, N, CAB + "|" + CABA + "|" + RB),  # headline reporting the cable
   1: (None, N, "Russia|" + OF + "|" + CAB + "|" + CABA),  # standfirst reporting speech
   # 2 byline, 3 date: narrator
   4: (RB, D, RBA),                            # lead: the ambassador's words, "according to a ... cable"
   # 5 description of the cable (fact): narrator
   6: (RB, D, RBA),                            # "According to the cable, the ambassador told Frolov that ... "...""
   7: (None, N, OF + "|" + CAB + "|" + CABA),  # "as recorded by the embassy, was unusually sharp." intro
   8: (OF, D, OFA + "|" + CAB + "|" + CABA),   # "is quoted as saying"
   9: (OF, D, OFA + "|" + CAB + "|" + CABA),
   10: (OF, D, OFA + "|" + CAB + "|" + CABA + "|" + RB),  # "The cable says Frolov ... warned that Moscow would "...""
   11: (None, N, RB + "|" + CAB + "|" + CABA),  # "Bell gives his own assessment." intro
   12: (RB, D, RBA), 13: (RB, D, RBA), 14: (RB, D, RBA),
   15: ("senior official in the presidential administration", D,
        "senior official|official|" + CAB + "|" + CABA),  # relayed via the cable; names the Kremlin: no *
   16: (CAB, D, CABA + "|" + RB),              # "It ends with a recommendation that ... "...""
   17: ("NATO", D, "NATO leaders|leaders"),    # "declared that ... "will become members of NATO.""
   # 18 war (event): narrator
   19: (None, N, "Russia|Russian Foreign Ministry|Foreign Ministry"),  # "did not dispute" introduces the statement
   20: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry"),
   21: (None, N, OF),                          # "was more combative when reached by telephone" intro
   22: (OF, D, "Russia|ambassador"),           # now an ambassador: government accepted
   23: (OF, D, "Russia|ambassador"),
   24: (MG, D, MGA),
   25: (MG, D, MGA),
   # 26 "declined to comment", 27 "did not respond": narrator
   28: ("Historians of the period", I, "*|historians"),  # loose group
   29: ("Tomasz Nowicki", D, ""),
   30: ("Tomasz Nowicki", D, ""),
   31: ("Georgia", D, "Georgian Foreign Ministry|Foreign Ministry"),
   # 32 Related, 33 additional reporting: narrator
 }),
 "t07_newsletter_arctic2024.txt": ("Helen Rose", {
   # 0 masthead, 1-2 "About the author", 3 issue line, 4-5 title, 6-10 the author: narrator
   11: (None, N, "Russia|" + NKO),             # "Moscow noticed." intro
   12: (NKO, D, NKOA), 13: (NKO, D, NKOA),     # "As ..., put it on X: "...""
   # 14 the author's verdict: narrator
   15: (None, N, IS),                          # "the reply from the other side of the border" intro
   16: (IS, D, ""), 17: (IS, D, ""),
   18: (None, N, ML),                          # "Then there was this, from a former colleague of mine ...:"
   19: (ML, D, ""), 20: (ML, D, ""),           # the embedded post, named in the tag line below
   21: (ML, D, N),                             # "— Mikko Laine (@handle) date"
   # 22 "I think Mikko is right": the author's verdict; 23-24 facts: narrator
   25: (None, N, "Not everyone in Oslo|" + NOR),  # belief, introduces the ministry
   26: ("Norway", D, "Norwegian foreign ministry|foreign ministry"),
   # 27 "I agree with that, and I said so here": the author; 28-29 narrator
   30: (AR, I, ARA),                           # "One email, from ... Arne, put the case ...:"
   31: (AR, D, ARA), 32: (AR, D, ARA), 33: (AR, D, ARA),
   # 34 "Arne, thank you.", 35: narrator
   36: ("Sara Long", I, N + "|Barents Observer Weekly"),  # reading list "argues that"
   37: ("Centre for Polar Security", D, "paper|new paper|new paper from the Centre for Polar Security|" + N),
   # 38-39 closing lines, 40 "— Helen": narrator
 }),
 "t08_moscow_kosovo1999.txt": ("Dmitry Lebedkin", {
   # 0 headline, 1 subheadline (act), 2 byline, 3-4 source/translation line: narrator
   5: ("Russia", I, IG + "|Russian Foreign Ministry|Foreign Ministry|" + N),  # minister announces the government's decision
   6: (IG, D, IGA), 7: (IG, D, IGA),
   8: (IG, D, IGA),                            # "According to Gromov, Moscow had warned ... "dozens of times""
   9: (IG, I, IGA),                            # "The minister stressed that ..."
   10: ("Russia", I, "Foreign Ministry|Russian Foreign Ministry"),  # "It was noted at the Foreign Ministry that ..."
   11: (None, N, VR),                          # "addressed the citizens ..." intro without content
   12: (VR, D, VRA),                           # "The Russian leader called ..."
   13: ("Russia", I, "Kremlin press service|Kremlin|" + VR),  # "As the Kremlin press service reported, the head of state instructed ..."
   14: (VR, I, VRA),                           # "the Russian leader insisted that ..."
   15: (HV, D, HVA + "|Sever-Press|Sever-Press agency|agency"),  # relayed by the agency
   16: (HV, D, HVA),                           # "In his words, ..."
   17: ("Sources in the Defence Ministry", I, "sources|sources in the Defence Ministry"),  # names the Black Sea Fleet: no *
   # 18 "has not confirmed": narrator
   19: (AG, I, ""),                            # "(no relation to the minister) demanded that ..."
   20: (AG, I, ""),                            # "The deputy proposed ..."
   21: (AG, D, ""), 22: (AG, D, ""),
   23: (None, N, SB),                          # "Not all deputies share this position." intro
   24: (SB, D, ""),
   25: (None, N, "Russia"),                    # "The Russian side believes"
   26: ("observers", I, "*"),                  # "In the opinion of observers"
   27: (IG, D, IGA),                           # "the head of Russian diplomacy again stressed"
   28: (IG, D, IGA),                           # "Gromov said" = the minister, never Anatoly Gromov
   # 29 translation credit: narrator
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
