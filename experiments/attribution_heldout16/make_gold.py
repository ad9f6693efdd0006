"""Build gold.csv for the sixteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-15
(experiments/attribution_heldout4/ ... attribution_heldout15/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn (label)
  is `direct`;
- in a transcript turn or a speech, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the reported person or body;
  nested quotations keep the outer speaker, the inner speaker accepted;
- speech acts of bodies give the body; acts without speech (recalled,
  suspended, adopted, met) are the narrator; "Beijing", "Ankara", "the
  Kremlin", "Washington" speaking for a government give the country;
- a spokesperson's, ambassador's or minister's own remarks give the person,
  with the body or government accepted; a deputy minister's do not accept his
  government; a Secretary General reporting what Allies said or agreed gives
  NATO, him accepted;
- beliefs and intro sentences without content ("struck a similar tone", "was
  dismissive", "was less upbeat", "He was also asked about ...", "He heard me
  out") are the narrator with the person accepted; "had no immediate comment"
  and "did not respond to a request for comment" are the narrator;
- headlines, standfirsts, bylines, datelines, credit lines ("Reporting by",
  "Compiled by X" making X the narrator), "Related:" lines and "(Applause)"
  lines are the narrator; a document with no byline (published speech,
  podcast transcript, press release) has no narrator;
- unnamed sources are written as they appear without the article, `*`
  accepted unless the sentence also names another person or body;
- two people sharing a surname (Kari and General Rune Haugen, Karl and Ute
  Brandt) are two speakers; the bare surname is then accepted for neither;
- an op-ed's author is the narrator, his own argument and his own reported
  words ("I explained ... that") are the narrator; the bio line is the narrator;
- podcast first-name labels ("MARTA:") give the full name from the cast line,
  nothing else accepted (batch 8); the ad-break line is the narrator.

New decisions in this batch:
- a wire lead whose main clause is an event and whose "but"-clause carries
  speech ("envoys met ..., but both sides said afterwards that ...") gives the
  speaking group as written ("both sides"), `*`, "sides" and the narrator
  accepted (the speech is the content of the sentence; doubtful);
- "She noted that NATO briefed Moscow in advance ..." (a spokeswoman stating
  her body's practice) stays with the spokeswoman, NATO accepted (batch 9);
- a podcast host reading out a listener's written question ("This comes from
  Daniel in Constanta, who writes: "..."") keeps the host (turn speaker), with
  the listener ("Daniel", first name only, batch 8) accepted, for every
  sentence of the question;
- "Ankara told everyone in 2022: ..." and "Moscow says many things" inside a
  guest's turn keep the guest, the country accepted;
- PACE press release: "rapporteur Name (Group, Country) said" gives the
  member, "rapporteur"/surname accepted; "Speaking on behalf of the X Group"
  accepts the group as written; the country and party group in brackets are
  not accepted otherwise; "the rapporteur stressed" is the rapporteur, never
  the co-rapporteur; "The resolution calls on ..." (the adopted text) gives the
  Assembly by its fullest name ("Parliamentary Assembly of the Council of
  Europe"), with PACE, Assembly, resolution and the narrator accepted; the
  vote and the rejected amendment are acts (narrator, the Assembly accepted);
  "Several members from the Baltic states called for ..." is a loose group
  ("members from the Baltic states", `*`);
- op-ed: "It says allies are ready to explore "..."" (the Bucharest
  declaration's text) gives NATO, the declaration accepted (batch 9's "the
  text says"); "Russian officials have repeated that argument ever since"
  gives the loose group (`*`, narrator accepted); "Moscow and Washington
  agreed to build such a centre" gives the pair as written ("Moscow and
  Washington", as batch 11's "allies and Russia"), Russia, United States and
  the narrator accepted; "Some in Washington will say ..." (a hypothetical
  objection) is the narrator, the group accepted;
- newspaper background "Moscow has objected to every round ..., and allies
  have insisted ..." gives the first clause's speaker (Russia), NATO, allies
  and the narrator accepted (batch 14's coordinate clauses);
- the U.N. Secretary-General's remarks accept the United Nations (as a
  Secretary General's accept NATO); an unnamed "Chinese Foreign Ministry
  spokesman" is written as it appears, China and the ministry accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
CY, CYA = "Claire Young", "Young|NATO|spokeswoman|NATO spokeswoman"
AB, ABA = "Andrei Belyaev", "Belyaev|Russia"
YM, YMA = "Yuri Markov", "Markov"
DG, DGA = "Douglas Grant", "Grant|United States"
BD = "diplomat from a Baltic state"
# t02
EO = "European official"
TP, TPA = "two people briefed on the talks", "people briefed on the talks|Two people briefed on the talks"
SRD = "senior Russian diplomat"
KV, KVA = "Katrin Vogt", "Vogt"
# t03
AV, AVA = "Arkady Vetrov", "Vetrov|Kremlin spokesman|Russia|Kremlin"
KH = "Kari Haugen"
RH, RHA = "Rune Haugen", "General Haugen|General Rune Haugen"
# t04
MV, MVA = "Maarten Vos", "Vos|Secretary General|NATO Secretary General|NATO|narrator"
# t05
MK, OP = "Marta Kowalczyk", "Oleg Petrenko"
# t06
AN, ANA = "Anna Nowak", "Nowak|rapporteur"
JV, JVA = "Jan Visser", "Visser|co-rapporteur"
AR, ARA = "Anna Rose", "Rose|Socialist Group"
MO, MOA = "Mikhail Orlov", "Orlov"
PACE = "Parliamentary Assembly of the Council of Europe"
PACEA = "PACE|Assembly"
# t07
AK, AKA = "Anatoly Kuzmin", "Kuzmin"
# t08
TW, TWA = "Tomasz Wielgus", "Wielgus|Poland"
LD, LDA = "Lamine Diallo", "Diallo|U.N. Secretary-General|Secretary-General|United Nations"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_nrc.txt": ("Anne Frost", {
   # 0 headline, 1 byline: narrator
   2: ("both sides", I, "*|sides|" + N),        # "met ..., but both sides said afterwards that ..." (new decision)
   3: (CY, D, CYA),
   4: (CY, D, CYA),                            # untagged second sentence of her quote
   # 5 meeting: narrator
   6: (CY, I, CYA),                            # her statement of the alliance's concern
   7: (CY, I, CYA),                            # "She noted that NATO briefed Moscow ..."
   8: (AB, D, ABA),                            # fragment quote
   9: (AB, D, ABA),                            # "the ambassador said" (only ambassador so far)
   10: (AB, I, ABA),                           # "He added that Moscow would ..."
   11: (AB, D, ABA),
   12: (None, N, YM + "|" + YMA),              # "struck a similar tone": intro without content
   13: (YM, D, YMA),
   14: (YM, D, YMA), 15: (YM, D, YMA), 16: (YM, D, YMA),
   17: (DG, I, DGA),
   18: (DG, D, DGA), 19: (DG, D, DGA),
   # 20 Grant's career: narrator
   21: (None, N, BD + "|diplomat"),            # "was less upbeat": intro without content
   22: (BD, D, "*|diplomat|Baltic diplomat"),
   # 23 council history (NATO suspended): narrator
   24: (CY, D, CYA), 25: (CY, D, CYA),
   26: (CY, I, CYA),                           # "No date was set ..., she added."
   # 27 reporting credit: narrator
 }),
 "t02_analysis.txt": ("Helen Marsh", {
   # 0 kicker, 1 headline: narrator
   2: (None, N, "Russia"),                     # standfirst (a wish)
   3: (None, N, "NATO"),                       # standfirst reporting speech
   # 4 standfirst question, 5 byline, 6 title, 7 date, 8-9 scene: narrator
   10: (None, N, "Russia"),                    # drafts "which would bar NATO ...": clause carrying Russia's texts
   # 11 narrator
   12: (EO, D, "*|official"),
   13: (EO, D, "*|official"), 14: (EO, D, "*|official"),
   15: (EO, I, "official|NATO"),               # relays allies' offer: names a body, no *
   16: (TP, I, TPA),                           # names the Russian delegation: no *
   17: (TP, D, "*|" + TPA),                    # "One of them described the mood as "...""
   18: (None, N, SRD + "|Russian diplomat|diplomat"),  # "was dismissive": intro
   19: (SRD, D, "*|Russian diplomat|diplomat"),
   20: (SRD, D, "*|Russian diplomat|diplomat"),
   21: (SRD, D, "Russian diplomat|diplomat"),  # names NATO
   22: (SRD, I, "Russian diplomat|diplomat"),  # names Russia
   # 23 narrator
   24: ("Russia", I, "NATO|allies|" + N),      # coordinate clauses: first clause's speaker (doubtful)
   25: (None, N, KV + "|" + KVA),              # "believes": belief, evidently told to the reporter
   26: (KV, D, KVA), 27: (KV, D, KVA),
   28: (KV, D, KVA + "|" + N),                 # "In her view, ... "fragment""
   # 29 her book with Sergei Rose (not a speaker): narrator
   30: ("Russia", D, "Kremlin"),
   31: ("United States", D, "Washington"),
   # 32-33 schedule, 34 Related: narrator
 }),
 "t03_kremlin.txt": ("Olga Rybakova", {
   0: (None, N, "Russia|Kremlin"),             # headline reporting speech
   # 1 byline, 2 outlet, 3 timestamp: narrator
   4: ("Russia", I, "Kremlin"),                # "The Kremlin ... criticised ..., but said Russia remained open"
   5: (AV, D, AVA), 6: (AV, D, AVA),
   # 7 exercise facts: narrator
   8: (AV, D, AVA),                            # fragment "all necessary measures"
   9: (AV, I, AVA),                            # "Asked whether ..., he said ..."
   10: (AV, D, AVA + "|president"),            # reports the president's saying, "the Kremlin spokesman said"
   11: (None, N, AV + "|" + AVA),              # "He was also asked about ...": intro
   12: (AV, D, AVA),
   # 13 "did not respond to a request for comment": narrator
   14: (AV, D, AVA),                           # "dismissed as "absurd""
   15: (AV, D, AVA),
   16: (AV, D, AVA),                           # "He noted that ... "fragment""
   17: (AV, D, AVA),                           # "Asked whether ..., Vetrov said that was "..."
   18: (AV, D, AVA), 19: (AV, D, AVA),
   20: (KH, I, "Norway"),                      # shares surname with the general: bare "Haugen" not accepted
   21: (KH, D, "Norway"),                      # "she told ..."
   22: (RH, D, RHA),                           # fragment "professional distance"
   # 23 Vetrov's career, 24 Related: narrator
 }),
 "t04_speech.txt": ("", {
   # 0 title: narrator
   1: (None, N, MV + "|Vos"),                  # "Speech by NATO Secretary General X" line
   2: (MV, D, MVA), 3: (MV, D, MVA),
   # 4 (Laughter): narrator
   5: (MV, D, MVA), 6: (MV, D, MVA),
   7: (MV, D, MVA + "|Joseph Long|Long"),      # nested quote of his predecessor
   8: (MV, D, MVA + "|Joseph Long|Long"),
   9: (MV, D, MVA),
   # 10 (Applause): narrator
   11: (MV, D, MVA), 12: (MV, D, MVA),
   13: ("NATO", D, "Allies|" + MV + "|Vos|Secretary General|NATO Secretary General"),  # "Allies have said clearly that ..."
   14: ("NATO", D, "Allies|" + MV + "|Vos|Secretary General|NATO Secretary General"),  # "Allies agreed in December to resume ..."
   15: (MV, D, MVA), 16: (MV, D, MVA), 17: (MV, D, MVA),
   18: (MV, D, MVA + "|Yevgeny Platonov|Platonov"),  # nested quote of the Russian minister
   19: (MV, D, MVA + "|Yevgeny Platonov|Platonov"),
   20: (MV, D, MVA + "|Russian officials"),    # "I have heard many Russian officials repeat that line"
   21: (MV, D, MVA), 22: (MV, D, MVA), 23: (MV, D, MVA), 24: (MV, D, MVA), 25: (MV, D, MVA),
   # 26 (Applause): narrator
   27: (MV, D, MVA), 28: (MV, D, MVA), 29: (MV, D, MVA), 30: (MV, D, MVA), 31: (MV, D, MVA),
   # 32 (Applause): narrator
 }),
 "t05_podcast.txt": ("", {
   # 0 episode title, 1 release line, 2 cast line: narrator
   3: (MK, D, ""), 4: (MK, D, ""), 5: (MK, D, ""), 6: (MK, D, ""), 7: (MK, D, ""),
   8: (OP, D, ""), 9: (OP, D, ""), 10: (OP, D, ""),
   11: (OP, D, ""), 12: (OP, D, ""), 13: (OP, D, ""),
   14: (MK, D, ""),
   15: (MK, D, ""),                            # reports an agreement (no speech verb): the turn
   16: (OP, D, ""), 17: (OP, D, ""),
   18: (OP, D, "Turkey|Ankara"),               # "Ankara told everyone in 2022: ..."
   19: (MK, D, "Russia|Moscow"),               # "Moscow says ..."
   20: (OP, D, "Russia|Moscow"),               # "Moscow says many things."
   21: (OP, D, "Russian admiral|admiral"),     # quotes an unnamed admiral
   22: (OP, D, ""), 23: (OP, D, ""),
   24: (MK, D, ""),
   # 25-26 ad break: narrator
   27: (MK, D, ""), 28: (MK, D, ""),
   29: (MK, D, "Daniel|listener"),             # reads the listener's question (new decision)
   30: (MK, D, "Daniel|listener"),
   31: (MK, D, ""),
   32: (OP, D, ""), 33: (OP, D, ""), 34: (OP, D, ""),
   35: (MK, D, ""), 36: (MK, D, ""),
   37: (OP, D, ""), 38: (OP, D, ""), 39: (OP, D, ""),
   40: (MK, D, ""),
   41: (OP, D, ""),
   42: (MK, D, ""), 43: (MK, D, ""), 44: (MK, D, ""),
 }),
 "t06_pace.txt": ("", {
   # 0 issuer, 1 press release line, 2 title, 3 debate held: narrator
   4: (AN, I, ANA),
   5: (AN, I, ANA),                            # "She called on Russia ..."
   6: (AN, D, ANA),                            # "the rapporteur stressed"
   7: (AN, D, ANA),
   8: (JV, I, JVA),
   9: (AR, I, ARA),                            # on behalf of the Socialist Group
   10: (AR, D, ARA),
   11: (MO, I, MOA),                           # "rejected the report as one-sided"
   12: (MO, D, MOA),                           # fragment "arming Georgia for years"
   13: (MO, I, MOA),                           # "Mr Orlov added that NATO's promise ..."
   14: ("Giorgi Beridze", D, "Beridze"),       # fragment "unbalanced"
   15: ("Lars Holm", I, "Holm|Group of the European People's Party"),
   16: ("members from the Baltic states", I, "*|Several members from the Baltic states"),
   17: (None, N, PACE + "|" + PACEA),          # vote: act
   18: (PACE, I, PACEA + "|resolution|" + N),  # "The resolution calls on ..." (new decision)
   19: (None, N, PACE + "|" + PACEA),          # amendment rejected: act
   # 20-21 contact line: narrator
 }),
 "t07_oped.txt": ("Richard Hope", {
   # 0 section, 1 headline, 2 byline, 3 date, 4 leaders signed: narrator
   5: ("NATO", D, "leaders of NATO|leaders"),  # "They declared that ... "..."" (summit declaration)
   # 6-9 the author's own account (9 "I explained ... that": his own words): narrator
   10: (None, N, AK + "|" + AKA),              # "He heard me out.": gesture introducing his quote
   11: (AK, D, AKA), 12: (AK, D, AKA),
   # 13 author's verdict: narrator
   14: (AK, I, AKA),                           # "went on to argue that ..."
   15: (AK, D, AKA), 16: (AK, D, AKA),
   17: ("Russian officials", I, "*|" + N),     # loose group's speech act, no new content
   # 18 author's verdict: narrator
   19: ("NATO", D, "Bucharest declaration|declaration|allies"),  # "It says allies are ready to explore "...""
   # 20-22 author's argument: narrator
   23: ("Moscow and Washington", I, "Russia|United States|Russia and the United States|" + N),
   24: (None, N, "Some in Washington"),        # hypothetical objection
   # 25-27 author, 28-29 bio: narrator
 }),
 "t08_reactions.txt": ("James Bell", {
   # 0 headline, 1 lead (reacted: no content), 2 "Following are ...": narrator
   3: (TW, I, TWA),
   4: (TW, D, TWA),
   5: (TW, D, TWA),                            # quote left unclosed at paragraph end
   6: ("China", I, "Beijing"),
   7: ("Chinese Foreign Ministry spokesman", D, "China|Chinese Foreign Ministry|Foreign Ministry spokesman|spokesman"),
   # 8 recalled, suspended: acts, narrator
   9: ("Igor Petrov", D, "Petrov|Russia"),
   10: ("Russia", I, "Kremlin"),
   11: ("Ahmet Yildiz", D, "Yildiz|Turkey"),
   12: ("Ahmet Yildiz", I, "Yildiz|Turkey"),
   13: ("Greece", I, "government|Greek government"),
   14: ("Nikos Stavrou", D, "Stavrou|Greece"),
   15: ("Karl Brandt", D, "Germany"),          # shares surname with Ute Brandt: bare surname not accepted
   # 16 Ute Brandt's travel: narrator
   17: ("Hungary", I, "Hungarian government|government"),
   18: (LD, D, LDA),
   19: (LD, I, LDA),                           # "He reminded NATO members that ..."
   20: ("officials", D, "*|United States"),    # "In Washington, officials said"
   # 21 "had no immediate comment", 22 compiled-by line: narrator
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    print("=====", doc, len(sents))
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        rows.append({"doc": doc, "index": i, "text": normalize_space(s.text),
                     "speaker": sp, "voice": voice, "accept": acc})
        print(i, "|", sp, "|", voice, "|", acc, "||", normalize_space(s.text)[:70])
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
