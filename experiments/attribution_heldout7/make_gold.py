"""Build gold.csv for the seventh held-out attribution batch (annotations decided before any tool run).

Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases") and the conventions of batches 4 and 5
(experiments/attribution_heldout4/make_gold.py, attribution_heldout5/make_gold.py):
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript or Q&A turn
  (label, "Q."/"A.") is `direct`;
- in a transcript or interview turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the quoted person;
- a Secretary General or spokesperson reporting what a body decided gives the
  body, with the person accepted; a spokesperson's own remarks give the person,
  with the body accepted;
- speech acts of bodies (offered, welcomes, insisted, says, accused) give the
  body; acts without speech (published, did not respond, suspended) are the
  narrator; "offered"/"welcomes" in a lead also accept the narrator;
- beliefs, memories and feelings ("believes", "remembers") are the narrator; a
  belief evidently told to the reporter also accepts the person; an analyst's
  view reported with "think" in an explainer gives the analyst, narrator accepted;
- an intro sentence with no content ("was more guarded.", "has just spoken to
  reporters", "The critics have an answer to that, too.") is the narrator,
  with the person it introduces accepted; an intro with a speech verb and a
  colon ("Kettunen-Rask added:", "Tamsin Errol writes:") gives the person;
- headlines, key-event bullets, captions, photo credits, contact lines and
  participant lists are the narrator, even when they report speech or name
  a person;
- unnamed sources ("a NATO official", "two European diplomats") are written as
  they appear, without the article; `*` is accepted for them, except in
  sentences that also name another person or body, where only variants of the
  source's own description are listed, so that the named non-speaker is not
  accepted by accident;
- a document with no byline (agency dispatch, Hansard, a published speech, a
  letters page) has no narrator;
- honorifics (Mr, Ms, Sir, Dr) are not part of the canonical name, as in
  batch 4's "Geoffrey Lanyon"; a Russian name with patronymic is canonical in
  that full form ("Pavel Arkadyevich Somov"), the first-name+surname form is
  also accepted.
New decisions in this batch:
- state-agency register: "the diplomat stressed", "According to him", "In his
  opinion", "The expert pointed out" refer back to the person last introduced;
  "recalled that" is a speech act (a reminder) here, not a memory, so it gives
  the person; "The Russian side believes" with no speaker is a belief: the
  narrator, with Russia accepted; a passive "it was noted at the Foreign
  Ministry that" gives the ministry's government (Russia), ministry accepted;
- initial- or short-form turn labels ("JH:", "Minister:") give the person the
  first full label or introduction named; a recorded clip labelled with a
  surname ("SOLVIK (RECORDED):") gives that person; the transcript's presenter
  line makes the presenter the narrator (as batch 4's interview);
- Hansard: each label gives the speaker until the next label; the motion text
  read by the mover is the mover (narrator accepted); "Mr X rose—", the Chair
  line, times and "Question put and agreed to." are the narrator (procedural);
  "Hon. Members: Hear, hear." is a loose group (`*`);
- think-tank report: the author is the narrator; a bracketed citation that
  backs the author's own claim ("(Halloran 2019)") leaves the narrator, with
  the cited author accepted; "X argues/contends", "In his reading", "On her
  account" give X; "In the words of one former ambassador ... (Lazutkin 2015)"
  gives the cited person, with his description accepted; the summary box,
  footnotes and notes are the narrator;
- a published speech with no byline: the official is the speaker for its body
  (narrator and the official's body accepted); title, "Speech by ..." line,
  date/place line, "Last updated" and "Share this page" are the narrator;
  "All Allies agreed that ..." inside the speech gives NATO, official accepted;
- a readout reported "According to the Kremlin/White House, <leader> told ..."
  gives the named source (Russia / United States), the leader accepted; a joint
  statement's "the two sides agreed" gives "two sides", `*` accepted; two
  people with the same surname (Margaret Ashcombe, Thomas Ashcombe) are two speakers
  and neither is accepted for the other;
- a relayed quotation ("One person present said the Polish ambassador told
  colleagues that "..."") gives the person whose words are quoted, the relaying
  source accepted;
- fact-check: the "Claim:" line is a label (narrator), with the claimant
  accepted; "Verdict:", "Our ruling" and the rating are the narrator; a
  quotation of a treaty text with "the two sides committed" gives "two sides",
  `*` and narrator accepted;
- letters page: each letter's sentences belong to its signer (`direct`, a
  written turn), even though the signature comes at the end; the signature line
  ("— Name, Town") gives the signer with narrator accepted (a split-off
  attribution tag, as in batch 4); a letter sentence quoting someone else keeps
  the signer and accepts the quoted person; the readers' editor's reply after
  "X replies:" gives X.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
SOM = "Pavel Arkadyevich Somov"
SOMA = "Pavel Somov"
TAR = "Grigory Lvovich Tarasyev"
TARA = "Grigory Tarasyev|Russia"
OZY = "Andrei Valentinovich Ozyorsky"
ZOT = "Gennady Zotkin"
LEM = "Arkady Lemeshev"
HOO = "Pieter Hoogendijk"
JH, EV = "Judith Harrower", "Edmund Varleigh"
SOL = "Annika Solvik"
MV = "Kaarel Vahtramäe"
SWO = "senior western official"
TES, ULW, ROE = "Orrin Tessaly", "Desmond Ulwick", "Hanna Roe"
MIN = "Minister of State|Minister"
IB = "Ilse Brandvold"
BR = "narrator|NATO"
MH, TH = "Margaret Ashcombe", "Thomas Ashcombe"
KES = "Darnell Kestrel"
L1, L2, L3, L4 = "Geoffrey Ambrose-Tull", "Liisa Marran-Holt", "Aurelia Penhaligon", "Marjorie Welland-Sykes"
TQ = "Tobias Quarrington"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "q01_statenews.txt": ("", {
   # 0 headline quoting Somov, 1 subhead, 2-3 dateline pieces: narrator
   4: (SOM, I, SOMA + "|Russia"),                # lead: "... Somov told a Tsentr-Inform correspondent"
   5: (SOM, D, SOMA),                            # "the diplomat stressed"
   6: (SOM, D, SOMA),                            # second sentence of the quote, no tag
   7: (SOM, D, SOMA),                            # "According to him" + quoted fragment
   8: (SOM, I, SOMA),                            # "The deputy minister recalled that" (speech act)
   9: (SOM, D, SOMA),
   10: (SOM, D, SOMA),
   11: (SOM, D, SOMA),                           # "In his opinion" + fragment
   12: (None, N, "Russia"),                      # "The Russian side believes" (belief, no speaker)
   13: (SOM, D, SOMA),                           # "did not rule out" + fragment
   14: (SOM, D, SOMA),                           # "he noted that Russia "...""
   15: ("Russia", D, "Russian Foreign Ministry|Foreign Ministry|Russia's Foreign Ministry"),  # passive "it was noted at the ministry"
   16: (None, N, "Russia"),                      # "The Kremlin also commented" (intro, no content)
   17: (TAR, D, TARA),
   18: (TAR, D, TARA),                           # "the Kremlin spokesman added"
   19: ("Tomas Vellinger", D, "NATO"),
   20: (SOM, D, SOMA),                           # interposed "Somov said in response to a question"
   # 21-22 background: narrator
   23: ("Finnish media reports", I, "*"),
   24: ("Western analysts", I, "*"),
   25: (None, N, "*"),                           # "The Russian expert community assesses ... differently." (intro)
   26: (OZY, D, "Andrei Ozyorsky"),
   27: (OZY, I, "Andrei Ozyorsky"),              # "The expert pointed out that"
   28: (SOM, D, SOMA + "|Russia"),               # "The Russian side, the diplomat stressed, ..."
 }),
 "q02_wire1997.txt": ("Martin Okonkwo-Reyes", {
   2: (ZOT, I, ""),                              # "Gennady Zotkin, the defence minister, said"
   3: (ZOT, D, ""),
   4: (ZOT, D, ""),                              # second sentence of the quote
   5: (ZOT, I, ""),                              # "The minister, a former tank commander ..., said"
   6: (None, N, ZOT),                            # "He did not say which step would come first." (no content)
   7: (ZOT, I, ""),                              # "The minister also criticised" (title only)
   8: (ZOT, D, ""),                              # fragments with "he said"
   9: (LEM, D, ""),                              # "His remarks came a day after FM Lemeshev ... said "...""
   10: (None, N, ""),                            # reporter's characterisation of Lemeshev
   11: (LEM, D, ""),                             # "The foreign minister told reporters" + fragment
   12: (LEM, D, ""),
   13: (LEM, D, ""),
   14: ("Western diplomats in Moscow", I, "Western diplomats|diplomats"),  # names the defence minister
   15: (HOO, I, "NATO"),
   16: (HOO, D, "NATO"),
   17: (HOO, D, "NATO"),
   18: ("Glenn Averill", D, "United States|State Department"),
   # 19 "Opposition to expansion unites ..." narrator
   20: ("Oleg Vyrubov", D, ""),                  # "said Oleg Vyrubov" inversion
   21: ("Oleg Vyrubov", D, ""),
   22: ("Henryk Malarczyk", D, "Poland"),
   # 23 "are widely expected" (no speaker), 24, 25 credit line: narrator
 }),
 "q03_radio.txt": (JH, {
   # 0-3 programme header, including "Presenter: Judith Harrower": narrator
   4: (JH, D, ""),                               # full label; names Varleigh in the introduction
   5: (JH, D, ""),
   6: (EV, D, ""),
   7: (JH, D, ""),                               # "JH:" initials label
   8: (JH, D, ""),
   9: (JH, D, ""),
   10: (EV, D, ""),                              # "Minister:" short-form label
   11: (EV, D, ""),
   12: (EV, D, ""),
   13: (EV, D, ""),
   14: (JH, D, "Mervyn Trask"),                  # question quoting the critic
   15: (JH, D, ""),
   16: (EV, D, ""),                              # "Mervyn is ..." names Trask
   17: (EV, D, ""),                              # "(laughs) He usually does."
   18: (JH, D, ""),
   19: (EV, D, ""),
   20: (EV, D, ""),
   21: (JH, D, "Russian ambassador"),            # question quoting the ambassador
   22: (JH, D, ""),
   23: (EV, D, ""),
   24: (EV, D, ""),
   25: (JH, D, ""),                              # names Solvik, introduces the clip
   26: (JH, D, ""),
   27: (SOL, D, "NATO"),                         # "SOLVIK (RECORDED):" clip label
   28: (SOL, D, "NATO"),
   29: (JH, D, ""),
   30: (EV, D, ""),
   31: (EV, D, SOL),                             # minister quotes the Secretary General
   32: (EV, D, ""),
   33: (JH, D, ""),
   34: (EV, D, ""),
 }),
 "q04_report.txt": ("Helena Marchetti-Voss", {
   # 0-3 title, chapter, author line, series line; 4-6 author's account: narrator
   7: (None, N, "Halloran|Ibekwe"),              # author's claim backed by bracketed citations
   8: ("Halloran", I, ""),                       # "Halloran argues that"
   9: ("Halloran", I, ""),                       # "In his reading" + citation
   10: ("Ibekwe", I, ""),                        # "Ibekwe contends"
   11: ("Ibekwe", I, ""),                        # "On her account"
   12: ("Russian scholars", I, "*"),             # loose group, cited in brackets
   13: ("Lazutkin", D, "former Russian ambassador to NATO|one former Russian ambassador to NATO|former Russian ambassador"),  # "In the words of ..." with citation
   14: ("Allied officials interviewed for this report", D, "*"),  # one sentence incl. "One of them put it ...:" after footnote marker
   # 15 "This report takes a middle position." narrator
   16: (None, N, "Halloran"),                    # author's position, "as Halloran suggests"
   # 17-18 "We contend ..." author; 19-22 summary box; 23-26 notes: narrator
 }),
 "q05_analysis.txt": ("Marta Ekholm-Reyes", {
   # 0 kicker, 1 headline, 2 standfirst, 3 byline with place, 4 date line, 5 narrator
   6: (None, N, "Investigators"),                # "Investigators found" (finding, not speech)
   7: (None, N, "Estonia|" + MV),                # intro without content
   8: (MV, D, "Estonia"),                        # "the foreign minister, Kaarel Vahtramäe, said"
   9: (MV, D, "Estonia"),
   10: (None, N, MV),                            # "He wants ..." (wish), evidently told to the reporter
   11: (MV, D, "Estonia"),
   12: (None, N, "*"),                           # "Not every ally agrees." (intro)
   13: ("Officials in Berlin", I, "*"),
   14: ("senior German official", D, "*"),        # "said, speaking on condition of anonymity"
   15: ("three people familiar with the discussions", I, "people familiar with the discussions|people familiar|three people"),  # names NATO ambassadors
   16: ("three people familiar with the discussions", I, "people familiar with the discussions|people familiar|three people|Baltic states and Poland|Baltic states"),  # "..., they said, ..."
   17: ("Polish ambassador", D, "Poland|One person present|person present"),  # relayed quotation
   18: (None, N, "Jonas Eriksberg"),             # "tried to bridge the gap" (intro, no speech)
   19: ("Jonas Eriksberg", D, "NATO|diplomat who was in the room|diplomat"),  # "according to a diplomat who was in the room"
   20: (None, N, "*"),                           # "put the dilemma more simply." (intro, no content)
   21: (SWO, D, "*"),                            # "the official said"
   22: (SWO, D, "*"),
   23: ("Russia", I, ""),                        # "The Kremlin has denied ... and accused"
   # 24 narrator
   25: (None, N, "several European capitals|European capitals"),  # "fear" (feeling); names Washington
   26: ("Officials in Helsinki", I, "*"),
   # 27 "declined to comment" (no speech), 28-29 narrator
   30: (MV, D, "Estonia"),                       # "Vahtramäe conceded"
   31: (MV, D, "Estonia"),
   # 32-33 photo caption and credit: narrator
 }),
 "q06_hansard.txt": ("", {
   # 0 title, 1 volume line, 2 "Westminster Hall", 3 Chair line: narrator
   4: (TES, D, ""),                              # "Mr Orrin Tessaly (Westmere North) (Con): I beg to move,"
   5: (TES, D, "narrator"),                      # motion text read by the mover
   6: (TES, D, ""),
   7: (TES, D, ""),
   8: (TES, D, ""),
   9: (ULW, D, ""),                              # intervention "Will the hon. Gentleman give way?"
   10: (TES, D, ""),                             # "Mr Tessaly:" short label
   11: (ULW, D, ""),
   12: (ULW, D, ""),
   13: (TES, D, ""),
   14: (TES, D, ""),
   15: (TES, D, "Russian ambassador to NATO|Russian ambassador|Russia"),  # member quotes the ambassador
   16: (TES, D, ""),
   17: ("Alwen Morcambe", D, ""),                # "Mrs Alwen Morcambe (Ynys Tawe) (Lab): Hear, hear."
   18: (TES, D, ""),
   19: (ROE, D, MIN),                            # "The Minister of State, ... (Ms Hanna Roe):"; names the member for Westmere North
   20: (ROE, D, MIN),
   21: (ROE, D, MIN),
   22: (ULW, D, ""),
   23: (ROE, D, MIN),                            # "Ms Roe:" short label
   24: (ULW, D, ""),
   25: (ROE, D, MIN),
   26: (ROE, D, MIN),
   27: (ROE, D, MIN + "|Secretary General|NATO"),  # minister quotes the Secretary General
   28: (None, N, TES),                           # "Mr Tessaly rose—" (procedural)
   29: (ROE, D, MIN),
   30: ("Hon. Members", D, "*"),                 # group label
   31: (ROE, D, MIN),
   # 32 "Question put and agreed to.", 33 time, 34 "Sitting suspended.": narrator
 }),
 "q07_speech.txt": ("", {
   # 0 title, 1 "Speech by ...", 2 place/date line: narrator
   **{i: (IB, D, BR) for i in range(3, 33)},     # the speech, first person
   9: ("NATO", I, IB + "|narrator"),             # "All Allies agreed that ..."
   10: ("NATO", I, IB + "|narrator"),            # "We said so together" (allies' statements)
   17: (IB, D, BR + "|journalist"),              # quotes a journalist's question
   21: (IB, D, BR + "|Russian officials"),       # reports what Russian officials tell us
   22: (IB, D, BR + "|predecessor|My predecessor"),  # quotes her predecessor
   30: (IB, D, BR + "|President|your President|Lithuania"),  # quotes the Lithuanian president
   # 33 "Last updated", 34 "Share this page": narrator
 }),
 "q08_readout.txt": ("Priya Venkataraman-Shaw", {
   2: ("two governments", I, "*"),               # "..., the two governments said." (lead); the two presidents named are the governments' own leaders, so * stays
   3: ("Russia", D, "Kremlin readout|readout"),  # "The Kremlin said in a readout"
   4: ("Russia", D, "Nikolai Ruzhentsev"),        # "According to the Kremlin, Ruzhentsev told Cranmore ..."
   5: ("United States", D, "Walter Cranmore|White House"),  # "According to the White House, Cranmore told ..."
   6: (None, N, ""),                             # "The White House readout made no mention" (absence)
   7: ("two sides", I, "*"),                     # joint statement: "the two sides agreed"
   8: ("two sides", D, "*"),                     # "They also agreed to "...""
   9: (MH, D, "United States|State Department"),
   10: (MH, D, "United States|State Department"),
   11: (MH, D, "United States|State Department"),
   12: (TH, I, "narrator|United Kingdom|Britain"),  # "welcomed the agreement" (lead of London section)
   13: (TH, I, "United Kingdom|Britain"),        # "Ashcombe, who is not related to his American counterpart, told"
   14: (TH, D, "United Kingdom|Britain"),        # "the foreign secretary said"
   15: (TH, D, "United Kingdom|Britain"),
   16: ("Yuri Stolbunov", D, "Russia"),
   17: ("Yuri Stolbunov", I, "Russia"),         # "He said"
   18: ("State Department official", I, "official"),  # names Margaret Ashcombe
   19: (None, N, "*"),                           # "Not all allies were reassured." (feeling, intro)
   20: ("senior Baltic diplomat", D, "Baltic diplomat|diplomat"),  # names the alliance
   21: ("Jonas Eriksberg", D, "NATO"),           # "said in a statement", "but stressed"
   # 22 narrator
   23: ("Officials on both sides", I, "*"),      # "cautioned that"
 }),
 "q09_factcheck.txt": ("Rafaela Thorsby-Nkemelu", {
   # 0 headline, 1 byline
   2: (None, N, KES),                            # "Claim:" label line
   # 3-5 verdict; 6 the video (no speech content): narrator
   7: (KES, D, ""),                              # "Kestrel says in the clip"
   8: (KES, D, ""),
   9: (KES, D, ""),                              # quote runs across sentences, no tag
   10: (None, N, "*"),                           # "shared widely by accounts ..." (spread, not speech)
   # 11 "We found no treaty": the fact-checker; 12-13 narrator
   14: ("Priyanka Osei-Latham", D, ""),
   15: ("Priyanka Osei-Latham", D, ""),
   16: ("Priyanka Osei-Latham", I, ""),          # "She added that"
   17: (None, N, "*"),                           # "Some historians go further." (intro)
   18: ("Tobias Wrenfield", I, ""),              # "argues that"
   19: ("Tobias Wrenfield", D, ""),
   20: ("Tobias Wrenfield", D, ""),
   # 21-23 the fact-checker's analysis: narrator
   24: ("two sides", D, "*|narrator"),           # treaty text quoted: "the two sides committed to respect "...""
   25: ("spokesperson for Kestrel", D, "spokesperson|" + KES),
   # 26 "did not provide any document" (no speech); 27-29 ruling and rating: narrator
 }),
 "q10_letters.txt": ("", {
   # 0 page headline, 1 standfirst: narrator
   2: (L1, D, "correspondent|Your correspondent"),  # letter opens by quoting the correspondent
   3: (L1, D, ""),
   4: (L1, D, ""),
   5: (L1, D, ""),
   6: (L1, D, "narrator"),                       # signature line
   7: (L2, D, ""),
   8: (L2, D, ""),
   9: (L2, D, ""),
   10: (L2, D, "narrator"),
   11: (L3, D, "Gideon Fairweather"),            # quotes the columnist
   12: (L3, D, ""),
   13: (L3, D, ""),
   14: (L3, D, ""),
   15: (L3, D, ""),
   16: (L3, D, "narrator"),                      # "— Dr Aurelia Penhaligon, Truro"
   17: (L4, D, ""),
   18: (L4, D, ""),
   19: (L4, D, "late husband|husband"),          # quotes her late husband
   20: (L4, D, ""),
   21: (L4, D, "narrator"),
   22: (TQ, D, "readers' editor"),               # "The readers' editor, Tobias Quarrington, replies:"
   23: (TQ, D, "readers' editor"),
   24: (TQ, D, "readers' editor"),
   # 25 submission notice: narrator
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
