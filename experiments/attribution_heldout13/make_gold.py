"""Build gold.csv for the thirteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py;
batches 11 and 12 were read as well and agree with them), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript, interview
  or press-conference turn (label) is `direct`;
- in a transcript or interview turn, a sentence that reports another person's
  or body's words keeps the turn speaker as gold and accepts the reported
  party (nested quotations likewise); a turn that only names another person
  without his words, or only surmises what he would say, accepts nobody else;
  an agentless "We are told that ..." in a turn accepts nobody else (batch 9);
- speech acts of bodies give the body; acts without speech are the narrator; a
  ministry or state agency speaking for the government gives the country, the
  ministry or agency accepted;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the government or body accepted; a Secretary General's own remarks give
  him, with NATO accepted; when he, a minister or a representative reports what
  the body or government decided or said ("Allies have also agreed that ...",
  "His Government had therefore suspended ..."), the body is gold and the
  person is accepted (batches 6, 7, 10, 11);
- beliefs, feelings and wishes are the narrator (the holder accepted when it
  was evidently told to the reporter); intro sentences without content are the
  narrator with the person introduced accepted; "declined to say" and "He did
  not give details" are the narrator; a finding ("found that") is the narrator
  with the finder accepted (batches 7, 12);
- a factual sentence whose clause carries another party's speech is the
  narrator, with that party accepted (batch 9);
- headlines, standfirsts (speech-reporting standfirsts accept the person),
  bylines, datelines, headings, "Read more:" lines, credits, translator notes,
  notes and "(Applause)" lines are the narrator; pull quotes and their
  "— Name, title" tag lines give the person, narrator accepted (batches 4, 12);
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description);
- a document with no byline (press conference, UN meetings coverage, ministry
  comment, speech) has no narrator; its header lines are the narrator, header
  lines shaped like labels ("Chairman: Klaus Richter") with nothing accepted;
  a title line naming one person's press conference or speech accepts that
  person (batch 10); a ministry statement's title line accepts nothing
  (batches 4, 8);
- a first-person ministry statement gives the government (`Russia`, `direct`)
  for its body, the narrator and the ministry accepted; its report of a named
  NATO official's words gives the official, with NATO, Russia, the ministry and
  the narrator accepted; its quotation of a NATO statement gives NATO, with
  Russia, the ministry and the narrator accepted (batches 4, 8);
- a published speech with no byline: the speaker for its body, narrator and his
  government accepted (batch 7); "MODERATOR:" gives the chairman named in the
  header, "Moderator|Chairman" accepted (batch 6); a "QUESTION:"-type turn with
  a self-introduction gives that person, with no name the label as written,
  never a previous questioner (batch 9);
- think-tank/academic register (batch 7): "X argues", "X traces", "goes
  further, claiming" give X; a bracketed citation backing the author's own
  claim leaves the narrator, the cited authors accepted; notes are the narrator;
- people who share a surname are never accepted for each other (father and son
  Gorelov; Dmitri and Aleksandr Ivanov; the scholar Grant and Thomas Grant; the
  poet Ivan Lebedev and Pavel Lebedev).

New decisions in this batch:
- news-magazine interview with an outlet label (t01, "LEDGER:"): the label
  gives the outlet as written ("LEDGER"), as batch 6's "Question (Lodestar):";
  "Ledger|Question" and the byline interviewer (the only interviewer, Katrin
  Vogt) are accepted; the interviewee label with surname only ("Gorelov:")
  gives the full name from the intro (Mikhail Gorelov), and because his father
  Pyotr Gorelov appears in the same document the bare surname is not accepted;
  the intro paragraph after the byline is body text (his quoted phrase there
  is his, `direct`; "He is convinced ..." is a belief, narrator, him accepted);
  the translator note naming the translator is the narrator;
- UN meetings coverage (t03): an unnamed delegate ("the representative of the
  Russian Federation", "China's representative") is written as it appears
  without the article, with the state accepted; he is not a loose group or an
  anonymous source, so `*` is not accepted and the bare word "representative"
  is not listed (several delegates speak); UN-style untagged continuation
  sentences of reported speech ("The strikes violated the Charter ...") stay
  with the delegate (`indirect`); the Council's vote rejecting a draft is an act
  (narrator, the Council accepted); the briefer's "The Secretary-General, she
  recalled, had said ..." keeps the briefer (a relayed indirect report), the
  Secretary-General accepted; a delegate's statement of what the Alliance would
  do ("The Alliance had no quarrel ..., she added, and hoped to resume
  cooperation") keeps the delegate, her government and NATO accepted; the
  Council President speaking in his national capacity gives his name, his
  country and "President" accepted;
- wire lead with two speakers joined by "while" (t04: "The Kremlin ... dismissed
  as "groundless" ..., while alliance officials said ..."): the main clause's
  speaker is gold (Russia), the Kremlin and the "while"-clause's speakers
  accepted; a wire story with no byline whose credit line says "Writing by X"
  has X as narrator; a quote with an unclosed or missing quote mark stays with
  the tag's speaker;
- ministry comment (t06): "We also note the assurance of the Norwegian Ministry
  of Defence that the exercise "..."" gives the party whose words are quoted
  (Norway), with the Norwegian ministry, Russia, the Russian ministry and the
  narrator accepted (as batch 4's "The communique calls our country ..."); a
  sentence of the comment whose "as NATO's own spokespersons admit" clause
  carries NATO's words stays Russia, NATO accepted (batch 8's "in the words of
  NATO headquarters"); "Norwegian officials further claim ..." gives the loose
  group as written, Norway, Russia, the ministry and the narrator accepted;
- explainer (t07): question headings are the narrator; the standfirst's "Both
  sides say they want to avoid accidents." is the narrator with "Both sides"
  accepted; "according to Britain's Ministry of Defence" gives the country as
  "United Kingdom", Britain and the ministry accepted;
- academic article (t05): the block quotation gives the minister quoted (named
  only after it), the minister and his government accepted; the split-off
  citation "(Sorokin 1996, 47)" after it is a tag (the person, narrator
  accepted); the intro line "The shift is plainly visible in the foreign
  minister's address ...:" has no speech verb: narrator, him accepted;
  "Kowalski and Grant (2015) found that ..." is a finding (narrator, "Kowalski
  and Grant" and "Kowalski" accepted, never Thomas Grant); cited authors given
  only by surname keep it ("Young", "Petrov", "Marsh"); "Marsh describes the Act
  as "...", and on this point we agree with her" gives Marsh (`direct`),
  narrator accepted; a state intelligence service's report that "warned"
  gives Russia, the service and the report accepted;
- speech with Q&A (t08): "The Alliance as a whole has said that ..., and I
  agree." inside the speech gives NATO (`indirect`), the minister, narrator
  and his government accepted (batch 7's "We said so together"); the minister's
  Q&A turns ("MINISTER KALINOWSKI:") accept his government and the label form,
  not the narrator; an unnamed "QUESTION FROM THE FLOOR:" gives "Question from
  the floor", "Question|journalist|Q" accepted.
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
MG = "Mikhail Gorelov"
LED, LEDA = "LEDGER", "Ledger|Question|Katrin Vogt"
# t02
HA, HAA = "Hendrik Aalberg", "Secretary General|NATO Secretary General|NATO"
EW, EWA = "Ellen Wood", "Moderator"
DI, AI = "Dmitri Ivanov", "Aleksandr Ivanov"
# t03
HY, HYA = "Helen Young", "Under-Secretary-General|Under-Secretary-General for Political Affairs"
RRF, RRFA = "representative of the Russian Federation", "Russia|Russian Federation"
LM, LMA = "Linda Marsh", "United States"
AL, ALA = "Arnaud Lefebvre", "France|President|President of the Council"
# t04
AB, ABA = "Anton Belyakov", "Russia|Kremlin|Kremlin spokesman"
CD, CDA = "Claire Dunn", "NATO|spokeswoman|NATO spokeswoman"
SWD, SWDA = "senior Western diplomat", "*|Western diplomat|diplomat"
IO = "Inese Ozola"
# t05
YS, YSA = "Yevgeny Sorokin", "Russia|foreign minister"
FIS = "Foreign Intelligence Service|Foreign Intelligence Service of the Russian Federation|report|service"
DD, DDA = "one former Duma deputy", "*|former Duma deputy|Duma deputy"
# t06
RB = "narrator|Russian Foreign Ministry|Foreign Ministry|Information and Press Department|Ministry of Foreign Affairs of the Russian Federation"
NS = "Russia|statement|NATO headquarters|" + RB
# t07
OT, OTA = "Oleg Tarasov", "Russia|Kremlin|Kremlin spokesman"
IH, IHA = "Ingrid Hale", "NATO|spokeswoman|NATO spokeswoman"
AF = "Andrew Frost"
# t08
AK = "Andrzej Kalinowski"
AKB = "narrator|Poland"                         # speech body
AKQ = "Poland|Minister Kalinowski"              # Q&A turns
KR, KRA = "Klaus Richter", "Moderator|Chairman"
PL, PLA = "Pavel Lebedev", "Question|Question from the floor"
QF, QFA = "Question from the floor", "Question|journalist|Q"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_ledger_interview.txt": ("Katrin Vogt", {
   # 0 masthead, 1 headline (his words, unattributed): narrator
   2: (None, N, MG),                           # standfirst reporting his speech
   # 3 byline, 4-5 intro facts ("the 61-year-old"): narrator
   6: (MG, D, ""),                             # "he has called the NATO-Russia Council "a corpse ...""
   7: (None, N, MG),                           # "He is convinced ..." (belief told to the reporter)
   8: (None, N, "NATO|NATO foreign ministers"),  # clause "after NATO foreign ministers declared ..."
   9: (LED, D, LEDA + "|" + MG),               # question reports his 2002 words
   10: (LED, D, LEDA),
   11: (MG, D, ""), 12: (MG, D, ""), 13: (MG, D, ""),
   14: (MG, D, ""),                            # answer continues over paragraphs, no label
   15: (MG, D, ""),
   16: (MG, D, "Frank Wendt"),                 # nested quote of the German minister
   17: (MG, D, ""),                            # "He was right": no words of Wendt
   18: (MG, D, ""),                            # names his father (not speaking)
   19: (MG, D, "Pyotr Gorelov"),               # nested quote of his father; never merged
   20: (MG, D, ""), 21: (MG, D, ""),
   22: (LED, D, LEDA + "|NATO"),               # "The alliance says ..."
   23: (MG, D, ""),                            # "The alliance says many things." no content
   24: (MG, D, ""), 25: (MG, D, ""),
   26: (LED, D, LEDA), 27: (LED, D, LEDA),
   28: (MG, D, ""),
   29: (MG, D, "NATO|summit declaration|declaration"),  # reports the declaration's words
   30: (MG, D, ""),
   31: (MG, D, ""),                            # "(laughs) You see, ..."
   32: (LED, D, LEDA),
   33: (MG, D, ""),
   34: (MG, D, ""),                            # agentless "We are told that ..."
   35: (MG, D, "President|Russia"),            # "as our President proposed"
   36: (LED, D, LEDA),
   37: (MG, D, ""), 38: (MG, D, ""), 39: (MG, D, ""), 40: (MG, D, ""),
   41: (LED, D, LEDA),
   # 42-43 translator note: narrator
 }),
 "t02_nato_preministerial.txt": ("", {
   0: (None, N, HA),                           # title line naming him
   # 1 place/date, 2 "(As delivered)": narrator
   3: (EW, D, EWA), 4: (EW, D, EWA), 5: (EW, D, EWA),
   6: (HA, D, HAA), 7: (HA, D, HAA),
   8: (HA, D, HAA),                            # "I expect ministers to agree ..." (his expectation)
   9: (HA, D, HAA),
   10: ("NATO", D, "Allies|" + HA + "|Secretary General|NATO Secretary General"),  # "Allies have also agreed that ..."
   11: (HA, D, HAA),                           # names the minister (not speaking yet)
   12: (HA, D, HAA + "|Darius Kaminskas|Lithuania"),  # quotes the ally's minister
   13: (HA, D, HAA),
   14: (HA, D, HAA), 15: (HA, D, HAA), 16: (HA, D, HAA),
   17: (EW, D, EWA),                           # bare "MODERATOR:" = Ellen Wood
   18: ("Baltic Broadcasting", D, QJ + "|Q (Baltic Broadcasting)|Russia|Russian defence ministry|defence ministry"),
   19: ("Baltic Broadcasting", D, QJ + "|Q (Baltic Broadcasting)"),
   20: (HA, D, HAA), 21: (HA, D, HAA), 22: (HA, D, HAA), 23: (HA, D, HAA), 24: (HA, D, HAA),
   25: (EW, D, EWA),
   26: (DI, D, QJ),
   27: (DI, D, QJ + "|" + AI + "|Russia"),     # reports the ambassador (namesake): never merged
   28: (DI, D, QJ),
   29: (HA, D, HAA),                           # names Ivanov without his words
   30: (HA, D, HAA + "|" + AI),                # "He has made the same point to me."
   31: (HA, D, HAA + "|Founding Act|Act"),     # "the Founding Act refers to ..."
   32: (HA, D, HAA),
   33: ("Anna Kowalczyk", D, QJ),
   34: (HA, D, HAA),
   35: (EW, D, EWA),
   36: ("Nordic Wire", D, QJ + "|Q (Nordic Wire)"),
   37: ("Nordic Wire", D, QJ + "|Q (Nordic Wire)"),
   38: (HA, D, HAA),
   39: (HA, D, HAA + "|Finnish president|Finland|President"),  # reports the Finnish proposal
   40: (HA, D, HAA),
   41: (EW, D, EWA), 42: (EW, D, EWA),
 }),
 "t03_unsc_kosovo1999.txt": ("", {
   # 0-6 header lines, headline, subheadline: narrator
   7: (None, N, "Security Council"),           # the vote (act)
   8: (None, N, HY + "|" + HYA),               # "heard a briefing by": intro without content
   9: (HY, I, HYA),
   10: (HY, D, HYA + "|humanitarian agencies"),  # her quote relays the agencies
   11: (HY, I, HYA + "|Secretary-General"),    # "The Secretary-General, she recalled, had said ..."
   12: (RRF, D, RRFA),
   13: (RRF, I, RRFA),
   14: (RRF, I, RRFA),                         # untagged continuation (UN style)
   15: ("Russia", I, RRF + "|Russian Federation"),  # "His Government had therefore suspended ..."
   16: (LM, I, LMA),
   17: (LM, I, LMA),                           # untagged continuation
   18: (LM, D, LMA),
   19: (LM, D, LMA + "|NATO"),                 # "The Alliance had no quarrel ..., she added, and hoped ..."
   20: ("representative of the United Kingdom", I, "United Kingdom|British representative"),
   21: ("China's representative", D, "China|representative of China"),
   22: (AL, I, ALA),
   23: (AL, I, ALA),
   24: ("representative of Slovenia", I, "Slovenia"),
   25: (RRF, I, RRFA),
   26: (RRF, D, RRFA),
   27: (LM, I, LMA),                           # "Ms. Marsh replied"
   28: (LM, I, LMA),
   29: ("representative of the Federal Republic of Yugoslavia", D, "Federal Republic of Yugoslavia|Yugoslavia"),
   # 30 times: narrator
 }),
 "t04_wire_cyber2019.txt": ("James Long", {
   # 0 headline: narrator
   1: ("Russia", D, "Kremlin|alliance officials"),  # lead with a "while" clause (new decision)
   2: (AB, D, ABA), 3: (AB, D, ABA), 4: (AB, D, ABA),
   5: ("NATO", D, "allies"),                   # "NATO said ... that allies had "high confidence""
   6: (CD, D, CDA), 7: (CD, D, CDA), 8: (CD, D, CDA), 9: (CD, D, CDA),
   10: (CD, I, CDA),                           # "Dunn said ... but declined to say"
   11: (CD, D, CDA),                           # "she said:"
   12: ("two people familiar with the investigation", I, "people familiar with the investigation|two people|people familiar"),  # names NATO: no *
   13: ("Latvia", I, ""),
   14: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry"),
   15: (AB, D, ABA),                           # "Belyakov later added that ... "thousands""
   16: (None, N, AB),                          # "He did not give details."
   # 17 narrator
   18: (SWD, I, SWDA),
   19: (SWD, D, SWDA), 20: (SWD, D, SWDA),
   21: (None, N, "Some officials in Riga|officials in Riga"),  # "fear" (feeling)
   22: (IO, D, ""),                            # unclosed quote mark
   23: (IO, D, ""),
   24: ("Russia", I, ""),                      # "Russia has repeatedly denied ..., and says ..."
   # 25 credit: narrator
 }),
 "t05_academic_enlargement.txt": ("Laura Bennett", {
   # 0 title, 1 author, 2 journal line, 3-4 section heading: narrator
   5: (None, N, "Marsh|Petrov"),               # conventional account with bracketed citations
   # 6 "We argue": narrator
   7: ("Young", I, ""),                        # "As Young (2009) argues"
   8: ("Young", I, ""),                        # "Young traces ..."
   9: ("Russia", D, FIS),                      # the service's report "warned that ... "...""
   10: (None, N, YS + "|foreign minister"),    # intro line ending in a colon, no speech verb
   11: (YS, D, YSA), 12: (YS, D, YSA), 13: (YS, D, YSA),  # block quotation
   14: (YS, D, YSA + "|" + N),                 # split-off citation "(Sorokin 1996, 47)"
   # 15 "Yevgeny Sorokin was no hardliner.": the author's characterisation
   16: (YS, D, YSA + "|" + N),                 # "in his own words, "...""
   17: (None, N, "Kowalski and Grant|Kowalski"),  # finding
   # 18 the author's verdict: narrator
   19: ("Petrov", I, ""),                      # "goes further, claiming that"
   # 20 narrator
   21: ("Marsh", D, N),                        # "Marsh ... describes the Act as "..."; we agree"
   # 22 narrator
   23: ("Thomas Grant", D, "United States|US ambassador to NATO"),  # never the scholar Grant
   24: (DD, D, "former Duma deputy|Duma deputy"),  # "According to one former Duma deputy ..., "...""; names the Act: no *
   25: (DD, D, DDA),
   # 26-27 the author's question and answer; 28-33 notes (Anna Rose is not a speaker): narrator
 }),
 "t06_mfa_comment_arctic2018.txt": ("", {
   # 0 title line, 1 reference number: narrator
   2: ("Russia", D, RB),
   3: ("NATO", D, NS),                         # "The statement claims that ... "...""
   4: ("NATO", D, NS),
   5: ("Russia", D, RB), 6: ("Russia", D, RB),
   7: ("Russia", D, RB + "|NATO|NATO's own spokespersons|spokespersons"),  # "as NATO's own spokespersons admit"
   8: ("Russia", D, RB), 9: ("Russia", D, RB), 10: ("Russia", D, RB), 11: ("Russia", D, RB),
   12: ("Oda Lund", D, "NATO|NATO Deputy Spokesperson|Russia|" + RB),
   13: ("Russia", D, RB),                      # names Ms Lund without her words
   14: ("Norway", D, "Norwegian Ministry of Defence|Russia|" + RB),  # "We also note the assurance of ... that "..."" (new decision)
   15: ("Russia", D, RB),
   16: ("Norwegian officials", I, "Norway|Russia|" + RB),
   17: ("Russia", D, RB),
   18: ("Russia", D, RB + "|Russian Ministry of Defence|Ministry of Defence"),  # "As the Russian Ministry of Defence has already stated"
   19: ("Russia", D, RB), 20: ("Russia", D, RB), 21: ("Russia", D, RB),
   22: ("Russia", D, RB), 23: ("Russia", D, RB), 24: ("Russia", D, RB),
 }),
 "t07_explainer_hotline2023.txt": ("Rebecca Stone", {
   # 0 headline, 1 standfirst fact: narrator
   2: (None, N, "Both sides"),                 # standfirst reporting speech
   # 3 standfirst question, 4 byline, 5 timestamp, 6 heading: narrator
   7: ("United Kingdom", I, "Britain|Britain's Ministry of Defence|Ministry of Defence|British Ministry of Defence"),
   8: ("British crew", D, "*|crew"),
   9: ("Russia", D, "Russia's defence ministry|defence ministry|Russian defence ministry"),
   # 10 heading
   11: (OT, D, OTA), 12: (OT, D, OTA), 13: (OT, D, OTA), 14: (OT, D, OTA),
   # 15 heading
   16: (IH, D, IHA),
   # 17 "She declined to say ...": narrator
   18: ("Two allied officials", I, "two allied officials|allied officials|officials"),  # names NATO and the General Staff: no *
   # 19 heading, 20-21 facts: narrator
   22: (AF, D, ""), 23: (AF, D, ""), 24: (AF, D, ""),
   25: (None, N, AF),                          # "Frost believes" (belief told to the reporter)
   26: (None, N, "Yelena Rudneva"),            # intro without content; Pavel Orlov is not a speaker
   27: ("Yelena Rudneva", D, ""),              # her characterisation of the Russian military
   # 28 heading
   29: (None, N, "Poland and the Baltic states"),  # "want" (wish)
   30: ("Piotr Zielinski", D, "Poland"),       # missing opening quote mark
   31: ("Piotr Zielinski", D, "Poland"),
   # 32 "Read more:", 33 "Key quotes": narrator
   34: (OT, D, N + "|" + OTA), 35: (OT, D, N + "|" + OTA),
   36: (IH, D, N + "|" + IHA), 37: (IH, D, N + "|" + IHA),
   38: (AF, D, N), 39: (AF, D, N),
 }),
 "t08_speech_fm2007.txt": ("", {
   # 0 conference line: narrator
   1: (None, N, AK),                           # "Speech by ... Andrzej Kalinowski"
   # 2 date, 3 "Chairman: Klaus Richter" (label-shaped header), 4 "Check against delivery": narrator
   5: (AK, D, AKB), 6: (AK, D, AKB), 7: (AK, D, AKB), 8: (AK, D, AKB),
   9: (AK, D, AKB + "|Walter Crane"),          # quotes the former US president
   10: (AK, D, AKB), 11: (AK, D, AKB),
   # 12 (Applause): narrator
   13: (AK, D, AKB + "|Yuri Sokolov|Russia"),  # reports the Russian minister's words
   14: (AK, D, AKB),                           # names Sokolov without his words
   15: (AK, D, AKB), 16: (AK, D, AKB), 17: (AK, D, AKB), 18: (AK, D, AKB), 19: (AK, D, AKB),
   20: ("NATO", I, AK + "|" + AKB),            # "The Alliance as a whole has said that ..., and I agree."
   21: (AK, D, AKB),                           # introduces the poet
   22: (AK, D, AKB + "|Ivan Lebedev"),         # quotes the poet
   23: (AK, D, AKB), 24: (AK, D, AKB), 25: (AK, D, AKB), 26: (AK, D, AKB), 27: (AK, D, AKB),
   28: (AK, D, AKB),
   # 29 (Applause): narrator
   30: (KR, D, KRA),
   31: (PL, D, PLA), 32: (PL, D, PLA), 33: (PL, D, PLA),  # self-introduction; never the poet
   34: (AK, D, AKQ), 35: (AK, D, AKQ),
   36: (AK, D, AKQ + "|Yuri Sokolov|Russia"),  # "he told me he understood ..."
   37: (KR, D, KRA),
   38: (QF, D, QFA),                           # "You quoted President Crane." (names, no words)
   39: (QF, D, QFA + "|Walter Crane"),         # reports Crane's words; never Pavel Lebedev
   40: (QF, D, QFA),
   41: (AK, D, AKQ),                           # "I think he would say ...": his surmise
   42: (AK, D, AKQ),
   43: (KR, D, KRA),
   # 44 (Applause): narrator
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
