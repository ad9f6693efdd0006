"""Build gold.csv for the eighth held-out attribution batch (annotations decided before any tool run).

The eight documents r01-r08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-7
(experiments/attribution_heldout4/ ... attribution_heldout7/make_gold.py):
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript turn (label)
  is `direct`;
- in a transcript or hearing turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the quoted person; a turn
  that only echoes a phrase ("Could live with it.") accepts nobody else;
- a Secretary General reporting what a body decided gives the body, with the
  person accepted; his own remarks give the person, with the body accepted;
- speech acts of bodies (said, condemned, denied, declared) give the body; acts
  without speech (signed, suspended, published, met) are the narrator;
- beliefs, memories and feelings are the narrator; an intro sentence with no
  content ("was scathing.", "She goes further.", "is less generous about ...")
  is the narrator with the person it introduces accepted; an intro with a speech
  verb and a colon ("wrote on Twitter:") gives the person (`indirect`);
- a speech act with no content by a named person ("His neighbour disagrees.",
  "the general apologises for it",
  "welcomed the decision.") gives the person, narrator accepted (batch 5/6);
  gestures that introduce a quote ("shrugs", "laughed", "pours the tea ...
  before going on") are the narrator, the person accepted; "declined to set a
  timetable" is the narrator, like batch 6's "declined to comment";
- headlines, standfirsts without speech, bylines, datelines, captions, photo
  credits, headings, "Related" lists and reporting credits are the narrator;
- unnamed sources are written as they appear, without the article, `*`
  accepted, except in sentences that also name another person or body, where
  only variants of their own description are listed;
- a document with no byline (press release, ministry statement, transcript
  with a host line, hearing record) has no narrator (batch 6's p02, p06, p10);
- a ministry statement in the first person plural gives the government
  (`Russia`, `direct`) for its body, with the narrator and the ministry
  accepted (batch 4's m06); a sentence of it that reports a named NATO
  official's words gives the official, with Russia, the ministry, the narrator
  and (for a spokesman or deputy SG) NATO accepted (as m06's communique row);
  the statement's own sarcastic sentences that merely relay NATO's position
  ("We are assured that ...", "Now we are told that ...") stay Russia, NATO
  accepted; the closing place/date line is the narrator;
- honorifics (Mr., Ambassador, Senator) are not part of the canonical name; a
  Russian name with patronymic is canonical in full ("Lev Aronovich
  Starobinets"), first name + surname accepted (batch 7); a middle initial is
  kept likewise ("Everett P. Harlan"), "Everett Harlan" accepted.

New decisions in this batch:
- a government minister's own remarks (Foreign Minister Lomovitsky, Polish
  defence minister, US Secretary of State) accept his government, like an
  ambassador's (batch 6); a deputy minister's still do not;
- a wire lead "NATO foreign ministers agreed on Tuesday that ... and put ... on
  hold" gives NATO (a body's decision with content), with the ministers and the
  narrator accepted; "He said ministers had not decided ..." after the SG's
  quote is the SG reporting the body's decision: NATO, SG accepted;
- a standfirst that reports speech ("he says he is not surprised") is the
  narrator like a headline, the person accepted;
- "remembers him as "<quoted words>"" said by a person reached by the reporter
  gives that person (`direct`, narrator accepted), as batch 6's "recalled the
  mood as ..."; "He does not say ..." and "he says nothing at all" are the
  narrator (absence of speech);
- inside an interviewee's quote, "He remembers me better than I was" (he = the
  other man) stays with the interviewee;
- "Allies strongly condemned ... and agreed to ..." in the lead of a NATO news
  item gives NATO, narrator accepted; "NATO Allies met ... to discuss" is the
  narrator, NATO accepted (the issuer's own announcement, as batch 6's p10);
  the Background section's facts are the narrator; "Allies declared that ..."
  with a quotation in it gives NATO, narrator accepted;
- podcast labels with first names only ("Anna:") give the full name from the
  header and the host's introduction, nothing else accepted; "HOST:" gives the
  host named in the header, "Host" accepted; an interrupted turn split at the
  dash keeps its speaker for each piece; "[laughter]" is the narrator;
- in a hearing record, a turn label that the splitter cuts off as its own
  sentence ("The CHAIRMAN.", "Senator QUILLFEATHER.") gives the person, with
  the narrator accepted (a split-off tag, batch 4); "The CHAIRMAN." gives the
  chairman named in the "presiding" line, "Chairman" accepted; senators named
  only by surname keep the surname ("Quillfeather"), "Senator Quillfeather"
  accepted; the bracketed "[The prepared statement of X follows:]" is the
  narrator with X accepted, and the prepared statement that follows gives X;
  the chairman recognising the next senator ("Senator Quillfeather.") is the
  chairman;
- a newsletter author's summary of another party's texts ("The short version:
  no further NATO enlargement ...") is the narrator, with that party accepted;
  a tweet's "— Name (@handle) date" line gives the poster, narrator accepted (a
  split-off tag); "in his view" after a named analyst gives him, narrator
  accepted (batch 7's "In his opinion");
- residents given only by first name keep it as canonical name ("Marta"); a
  quote that mentions a different, unnamed person of the same kind ("a sergeant
  from Ohio" in Marta's quote) stays with the quoted speaker; "Russian state
  television has ... described the base as "..."" gives the broadcaster as
  written, `*` accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RU_MFA = "Russian Foreign Ministry|Foreign Ministry|Ministry of Foreign Affairs of the Russian Federation"
SG = "NATO Secretary General|Secretary General"
JAB = "Joost Amerongen-Blaak"
GS = "Grigory Selvanov"
MCH = "Margaret Colebrook-Hayes"
LAS = "Lev Aronovich Starobinets"
LS = "Lev Starobinets"
DP = "Douglas Pennyfeather"
MOB, ALM, DO, TR = "Marguerite Okonjo-Bell", "Anna Lindqvist-Maret", "Dmitri Obrezkov-Lind", "Tobias Renhagen"
HVL = "Helmut Varga-Lindholm"
TWH = "Tomasz Wierzbicki-Hall"
RB = "narrator|" + RU_MFA                      # accept list for the statement's own body rows
CDL, APS = "Corentin Dufresne-Lamarck", "Alessandro Pirelli-Strand"
OV, KOR, HAN = "Oleksandr Vyrlan", "Kasimir Oyelaran-Roth", "Hanne Vestergaard-Luz"
EPH, EPHA = "Everett P. Harlan", "Chairman|Everett Harlan"
LFN = "Lydia Fairbrother-Nunn"
QF, QFA = "Quillfeather", "Senator Quillfeather"
MR, MRA = "Mendonca-Raines", "Senator Mendonca-Raines"
ZKF = "Zbigniew Kołodziej-Frant"
USS = "US sergeant"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "r01_wire.txt": ("Callum Ostrander-Wey", {
   # 0 headline (reports Moscow's warning), 1 byline: narrator
   2: ("NATO", I, "NATO foreign ministers|foreign ministers|narrator"),  # lead: "agreed ... that" + "put on hold"
   3: (JAB, D, "NATO|" + SG),
   4: (JAB, D, "NATO|" + SG),
   5: (JAB, D, "NATO|" + SG),
   6: ("NATO", I, JAB + "|" + SG),             # "He said ministers had not decided": SG reports the body's decision
   # 7 "sought by Poland and the Baltic states" (no speech): narrator
   8: ("senior diplomat from one of those countries", D, "*"),
   9: (None, N, GS),                            # "was scathing." intro without content
   10: (GS, D, "Russia"),                       # ambassador: government accepted
   11: (GS, D, "Russia"),                       # paragraph left open
   12: (GS, D, "Russia"),                       # reopened mark, new paragraph, no tag
   13: (GS, D, "Russia"),
   14: ("Russia", I, "Kremlin"),                # "The Kremlin said later that Moscow ..."
   15: ("Arkady Lomovitsky", D, "Russia"),      # "accused ... of "a Cold War reflex," adding that"
   16: (MCH, D, "United States"),               # "called the measures "...""
   17: (MCH, D, "United States"),               # "she said" mid-sentence
   18: (MCH, D, "United States"),               # "she added" after her intervening sentence
   19: (MCH, D, "United States"),               # second sentence after the tag
   20: ("NATO official", I, "*|official"),
   # 21 "declined to set a timetable": narrator
   22: (JAB, D, "NATO|" + SG),                  # "The secretary general noted only that ... "stands.""
   # 23 event; 24 reporting credits: narrator
 }),
 "r02_interview.txt": ("Helena Vasquez-Ormond", {
   # 0 headline, 1 standfirst fact: narrator
   2: (None, N, LAS + "|" + LS),               # standfirst reporting speech, like a headline
   # 3 byline: narrator
   4: (LAS, I, N + "|" + LS),                  # "the general apologises for it" (speech act, no content)
   5: (LAS, D, LS),
   6: (LAS, D, LS),
   # 7 the writer's description of the maps: narrator
   8: (LAS, D, LS),                            # untagged quote, new paragraph
   9: (LAS, D, LS),
   10: (LAS, D, LS),                           # reopened mark
   11: (LAS, D, LS),
   12: (None, N, LAS + "|" + LS),              # gesture "before going on" introduces the quote
   13: (LAS, D, LS),                           # untagged
   14: (LAS, D, LS),
   15: (LAS, D, LS),                           # reopened mark
   # 16 "He does not say ...": narrator (absence of speech)
   17: ("Officers who served with him", I, "Officers|officers who served with him"),  # names NATO (not speaking)
   18: (DP, D, N),                             # "remembers him as "...""
   19: (DP, I, ""),                            # names Starobinets and Moscow
   20: (None, N, LAS + "|" + LS),              # "shrugs" (gesture introducing the quote)
   21: (LAS, D, LS),                           # untagged; "Douglas" named inside
   22: (LAS, D, LS),                           # "He remembers me" (he = Douglas) inside the quote
   23: (None, N, LAS + "|" + LS),              # intro without content
   24: (LAS, D, LS),                           # "He calls ... "a mistake made politely," ... he says"
   # 25 "he says nothing at all": narrator
   26: (LAS, D, LS),                           # untagged quote after a narrator paragraph
   27: (LAS, D, LS),
   28: (LAS, D, LS),
 }),
 "r03_podcast.txt": ("", {
   # 0-1 episode title (split inside its quotation), 2 date, 3 host line, 4 guests line: narrator
   5: (MOB, D, "Host"),
   6: (MOB, D, "Host"),
   7: (MOB, D, "Host"),                        # names the three guests
   8: (MOB, D, "Host"),
   9: (ALM, D, ""),                            # first-name label
   10: (ALM, D, ""),
   11: (DO, D, ""),                            # interrupted turn
   12: (ALM, D, ""),                           # interruption; names Dmitri
   13: (DO, D, ""),                            # resumes after the dash
   14: (DO, D, ""),
   15: (MOB, D, "Host"),                       # names Tobias
   16: (TR, D, ""),
   17: (TR, D, "Finnish official|One Finnish official"),  # guest quotes an official
   18: (TR, D, SG),                            # "The Secretary General said something similar"
   19: (TR, D, SG),                            # "He said ... "makes Finland safer ...""
   20: (MOB, D, "Host"),
   21: (TR, D, ""),
   22: (TR, D, "Kremlin spokesman|spokesman|Russia"),    # reports the Kremlin spokesman
   23: (DO, D, ""),
   # 24 "[laughter]": narrator
   25: (ALM, D, ""),
   26: (ALM, D, ""),                           # fragment cut off by the dash
   27: (DO, D, ""),
   28: (MOB, D, "Host"),
 }),
 "r04_natonews.txt": ("", {
   # 0 headline, 1 date: narrator
   2: (None, N, "NATO"),                       # "Allies met ... to discuss" (the issuer's announcement)
   3: ("NATO", I, N),                          # "Allies strongly condemned ... and agreed to ..."
   4: (HVL, D, "NATO|" + SG),
   5: (HVL, D, "NATO|" + SG),
   6: (HVL, D, "NATO|" + SG),
   7: ("NATO", I, HVL + "|" + SG),             # SG reports what Allies agreed
   8: (TWH, I, N + "|Poland"),                 # "welcomed the decision." (speech act, no content)
   9: (TWH, D, "Poland"),                      # "the minister said"
   10: (TWH, D, "Poland"),
   11: ("Russia", I, ""),                      # "Russia has denied that ..."
   # 12 heading; 13-16 background facts (signed, established, suspended, remained open): narrator
   17: ("NATO", D, N),                         # "Allies declared that ... "...""
   # 18-21 "Related" heading and list: narrator
 }),
 "r05_mfastatement.txt": ("", {
   # 0 title: narrator
   1: ("Russia", D, RB + "|NATO"),             # "in the words of NATO headquarters, ... "police""
   2: ("Russia", D, RB + "|NATO"),             # "We are assured that ..." relays NATO's position
   3: (CDL, D, "NATO|Russia|" + RB),           # the statement reports the spokesman's words
   4: ("Russia", D, RB),                       # sarcasm
   5: ("Russia", D, RB),
   6: ("Russia", D, RB),                       # "The Russian side"
   7: ("Russia", D, RB),
   8: ("Russia", D, RB),
   9: (APS, D, "NATO|Russia|" + RB),           # "According to the Deputy Secretary General ..."
   10: ("Russia", D, RB),                      # "We thank him" (him = Pirelli-Strand, not speaking)
   11: ("Russia", D, RB + "|NATO"),            # "We recall that ... NATO undertook"
   12: ("Russia", D, RB + "|NATO"),            # "Now we are told that ..."
   13: ("Russia", D, RB),
   14: ("Russia", D, RB),
   15: ("Russia", D, RB),
   16: ("Russia", D, RB),
   # 17 place/date line: narrator
 }),
 "r06_newsletter.txt": ("Petra Kallweit-Osei", {
   # 0 title, 1 subtitle, 2 author line, 3 date: narrator
   # 4 "published ... two draft agreements" (act), 5 author, 6 heading: narrator
   7: (None, N, "Russia|" + RU_MFA),           # author's summary of the Russian drafts
   8: (None, N, "Russia|" + RU_MFA),           # "the alliance is asked to return" (author's reading)
   9: (None, N, "deputy foreign minister|deputy foreign minister who presented the drafts"),  # intro without content
   10: ("deputy foreign minister", D, "deputy foreign minister who presented the drafts"),  # "he told reporters"; names the ministry
   # 11 heading, 12 "the posts started": narrator
   13: (OV, I, ""),                            # "wrote on Twitter:" intro with colon
   14: (OV, D, ""),                            # the post
   15: (OV, D, ""),
   16: (OV, D, N),                             # "— Name (@handle) date" line
   # 17 the author's own view ("I think"): narrator
   18: (KOR, D, ""),                           # "put it differently when we spoke this morning: ... "...""
   19: (KOR, I, N),                            # "in his view"; names Moscow (not speaking)
   20: (None, N, HAN),                         # "Not everyone agrees." intro
   21: (HAN, I, ""),                           # "argues in a thread that"
   22: (None, N, HAN),                         # "She goes further."
   23: (HAN, D, ""),                           # "she writes" mid-sentence; names the Kremlin
   24: ("NATO spokesperson", D, "NATO|spokesperson"),
   # 25 heading, 26-27 author's list, 28-29 sign-off: narrator
 }),
 "r07_hearing.txt": ("", {
   # 0 title, 1 hearing line, 2 "The committee met ... presiding.", 3 "Present:": narrator
   4: (EPH, D, N + "|" + EPHA),                # split-off label "The CHAIRMAN."
   5: (EPH, D, EPHA),                          # introduces the witness
   6: (LFN, D, N),                             # split-off label
   7: (LFN, D, ""),
   8: (None, N, LFN),                          # "[The prepared statement of ... follows:]"
   9: (LFN, D, "Russian officials"),           # prepared statement; their position
   10: (LFN, D, "senior official|senior official of the Russian Foreign Ministry"),  # names the ministry
   11: (EPH, D, N + "|" + EPHA),
   12: (EPH, D, EPHA),                         # recognises the next senator
   13: (QF, D, N + "|" + QFA),
   14: (QF, D, QFA + "|" + LFN),               # "you write that ... "of every political persuasion""
   15: (QF, D, QFA),
   16: (LFN, D, N),
   17: (LFN, D, ""),
   18: (LFN, D, "*|few liberal deputies|liberal deputies"),  # reports the deputies
   19: (QF, D, N + "|" + QFA),
   20: (QF, D, QFA),                           # echo only
   21: (QF, D, QFA),
   22: (MR, D, N + "|" + MRA),
   23: (MR, D, MRA + "|Russian Foreign Minister|Foreign Minister"),  # reports the minister; names Moscow
   24: (MR, D, MRA),
   25: (LFN, D, N),
   26: (LFN, D, ""),
   27: (EPH, D, N + "|" + EPHA),
   28: (EPH, D, EPHA),
   # 29 "[Whereupon ...]": narrator
 }),
 "r08_regional.txt": ("Wiktoria Salamon-Reeve", {
   # 0 headline, 1 standfirst, 2 byline, 3 dateline scene: narrator
   4: ("Marta", D, ""),
   5: ("Marta", D, ""),
   6: ("Marta", D, ""),                        # "a sergeant from Ohio" inside her quote
   # 7-8 facts about the battlegroup: narrator
   9: (None, N, "Henryk"),                     # feeling of the townspeople; introduces Henryk
   10: ("Henryk", D, ""),                      # "said he remembered ... and did not want "...""
   11: ("Dorota", I, N),                       # "His neighbour disagrees." (named in the next sentence)
   12: ("Dorota", D, ""),
   13: ("Dorota", D, ""),
   14: ("Dorota", D, ""),
   15: (ZKF, I, ""),                           # "Mayor ... said"
   16: (ZKF, D, ""),                           # "the mayor said"
   17: (ZKF, D, ""),                           # "they" = the ministry, inside his quote
   18: (ZKF, I, ""),                           # "He said he had been told"
   19: (USS, I, "*|sergeant"),                 # unnamed soldier
   20: (USS, D, "*|sergeant"),
   21: (USS, D, "*|sergeant"),
   22: ("Russian state television", D, "*|state television"),
   23: (None, N, "Marta"),                     # "Marta laughed." introduces her quote
   24: ("Marta", D, ""),                       # untagged quote after the gesture
   25: ("Marta", D, ""),
   # 26 photo caption, 27 photo credit: narrator
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
