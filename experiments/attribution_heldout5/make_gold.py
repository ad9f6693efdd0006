"""Build gold.csv for the fifth held-out attribution batch (annotations decided before any tool run).

Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases") and the conventions of batch 4 (experiments/attribution_heldout4/make_gold.py):
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
- a correspondent's analysis block after "X writes:" on a live page gives X
  (`direct`, a written turn), narrator accepted;
- headlines, key-event bullets, captions, photo credits, contact lines and
  participant lists are the narrator, even when they report speech or name
  a person;
- unnamed sources ("a NATO official", "two European diplomats") are written as
  they appear, without the article; `*` is accepted for them, except in
  sentences that also name another person or body (Holloway, Moscow, the
  Kremlin, Washington, "the Russian side"), where only variants of the
  source's own description are listed, so that the named non-speaker is not
  accepted by accident;
- a press release with no byline has no narrator; the issuing ministry's own
  announcements are narrator rows that also accept the ministry/government.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
FIN = "Finland|Ministry for Foreign Affairs of Finland|ministry"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "n01_wire.txt": ("Halvard Quennell", {
   2: ("Russia", I, "narrator"),                  # "Russia offered ... to reopen talks" (dateline lead)
   3: ("Arkady Velmozhin", D, ""),
   4: ("Arkady Velmozhin", D, ""),
   5: ("Arkady Velmozhin", D, ""),                 # second sentence after "he said."
   6: ("NATO official", D, "official|NATO"),       # names Moscow (not the speaker)
   7: (None, N, "Maren Holtvik"),                  # "was more guarded." introduces her
   8: ("Maren Holtvik", D, "NATO"),                # "said Holtvik" inversion
   9: ("Maren Holtvik", D, "NATO"),
   10: ("Maren Holtvik", D, "NATO"),              # "She added that ... "fragment""
   11: ("Russia", I, ""),                         # "The Kremlin said"
   13: ("Ksawery Dobrzycki", D, ""),
   14: ("Ksawery Dobrzycki", D, ""),
   15: ("Ksawery Dobrzycki", D, ""),
   16: (None, N, ""),                             # Roland Ashgrove named, not a speaker
   17: (None, N, "*"),                            # "Many diplomats ... believe" (belief)
   18: ("two people briefed on the preparations", I, "*"),
   19: (None, N, ""),                             # "Washington has not yet responded"
   20: ("Curtis Obenauer", D, "United States"),
 }),
 "n02_liveblog.txt": ("", {
   2: (None, N, ""),                              # key-events bullet reporting speech
   3: (None, N, ""),
   5: (None, N, ""),                              # post headline with a quote
   6: (None, N, "Gleb Avdonin"),                  # "has just spoken to reporters" (no content)
   7: ("Gleb Avdonin", D, "Russia"),
   8: ("Gleb Avdonin", D, "Russia"),
   9: ("Gleb Avdonin", I, "Russia"),              # "denied that"
   12: ("Pieter Vandermolen", D, "NATO"),
   13: ("Pieter Vandermolen", D, "NATO"),
   14: ("NATO", I, "Pieter Vandermolen"),         # SG reports what allies agreed
   17: ("Tamsin Errol", I, "narrator"),           # "... writes:"
   18: ("Tamsin Errol", D, "narrator"),           # correspondent's analysis block
   19: ("Tamsin Errol", D, "narrator|Russia"),
   22: ("Kadri Loorand", D, ""),
   23: ("Kadri Loorand", D, ""),
   24: ("Latvia", I, "Latvia's foreign ministry|Latvian foreign ministry|foreign ministry"),
 }),
 "n03_interview.txt": ("Oriel Castellane-Hart", {
   3: ("Ingrid Solheim-Varga", D, ""),
   4: ("Ingrid Solheim-Varga", D, ""),            # quote left open at paragraph end
   5: ("Ingrid Solheim-Varga", D, ""),            # reopened mark, new paragraph
   6: ("Ingrid Solheim-Varga", D, ""),
   7: ("Ingrid Solheim-Varga", D, ""),
   9: (None, N, "Ingrid Solheim-Varga"),          # "She still believes"
   10: (None, N, ""),                             # Lastochkin named, not speaking
   12: ("Ingrid Solheim-Varga", D, "Yevgeny Lastochkin"),
   13: ("Ingrid Solheim-Varga", D, "Yevgeny Lastochkin"),
   15: ("Ingrid Solheim-Varga", D, ""),           # quote with no tag after "she pauses"
   16: ("Ingrid Solheim-Varga", D, ""),
   17: ("Ingrid Solheim-Varga", D, ""),
   19: ("Malcolm Peverill", I, ""),
   20: ("Malcolm Peverill", D, ""),
   21: ("Malcolm Peverill", D, ""),
   23: ("Ingrid Solheim-Varga", D, ""),           # "Malcolm was ..." names Peverill
   24: ("Ingrid Solheim-Varga", D, ""),
 }),
 "n04_qa.txt": ("Lucinda Farrow-Mbeki", {
   5: ("Lucinda Farrow-Mbeki", D, "Q"),
   6: ("Konstantin Yarovoy", D, ""),
   7: ("Konstantin Yarovoy", D, "leaders"),
   8: ("Konstantin Yarovoy", D, ""),
   9: ("Lucinda Farrow-Mbeki", D, "Q"),
   10: ("Konstantin Yarovoy", D, ""),
   11: ("Konstantin Yarovoy", D, ""),
   12: ("Konstantin Yarovoy", D, "colleague|colleague of mine in Washington"),
   13: ("Konstantin Yarovoy", D, ""),
   14: ("Lucinda Farrow-Mbeki", D, "Q|Some in the Alliance"),
   15: ("Konstantin Yarovoy", D, ""),
   16: ("Konstantin Yarovoy", D, ""),
   17: ("Lucinda Farrow-Mbeki", D, "Q"),
   18: ("Konstantin Yarovoy", D, ""),
   19: ("Konstantin Yarovoy", D, ""),
 }),
 "n05_pressrelease.txt": ("", {
   3: (None, N, ""),                              # headline "Minister ... welcomes"
   4: ("Finland", I, "narrator|Ministry for Foreign Affairs of Finland|ministry"),
   5: ("Aino Kettunen-Rask", D, ""),
   6: ("Aino Kettunen-Rask", D, ""),
   7: (None, N, FIN),                             # the release's own announcement
   8: ("Aino Kettunen-Rask", I, ""),
   9: (None, N, ""),                              # "She will discuss ..." (plan, no speech)
   10: ("Aino Kettunen-Rask", I, ""),             # "Kettunen-Rask added:"
   11: ("Aino Kettunen-Rask", D, ""),
   12: ("Aino Kettunen-Rask", D, ""),
   13: ("Joonas Ahvenlampi", I, FIN),
   14: ("Joonas Ahvenlampi", D, FIN),
   15: ("Joonas Ahvenlampi", D, FIN),
   16: ("Joonas Ahvenlampi", I, FIN),             # "According to the spokesperson"
   21: (None, N, ""),                             # contact line names Ahvenlampi
 }),
 "n06_explainer.txt": ("Benedikt Aurelio-Stamm", {
   3: (None, N, "Russia|Russia's Foreign Ministry|Russian Foreign Ministry|Foreign Ministry"),  # "published"
   6: (None, N, "Russia"),                        # content of the drafts
   7: ("Dagny Ellefsen-Roe", D, ""),
   8: ("Russia", I, ""),                          # "The Kremlin has insisted"
   10: ("NATO", I, ""),
   11: ("Arjun Castellanos", I, ""),              # "according to X, who directs ..."
   12: ("Arjun Castellanos", D, ""),
   13: ("Arjun Castellanos", D, ""),
   14: ("Arjun Castellanos", I, ""),
   16: (None, N, "*"),                            # "Analysts disagree."
   17: ("Dagny Ellefsen-Roe", I, ""),
   18: ("Dagny Ellefsen-Roe", D, ""),
   19: ("Viktor Hrabal", I, "narrator|Others"),
 }),
 "n07_opinion.txt": ("Rosalind Achterberg", {
   5: ("Garrick Holloway", D, ""),
   8: ("Garrick Holloway", I, "Holloway and those who agree with him|those who agree with him"),
   9: ("Garrick Holloway", I, "Holloway and those who agree with him|those who agree with him"),
   13: (None, N, "critics"),
   14: ("senior adviser to Holloway", D, "adviser|senior adviser|adviser to Holloway|critics"),
   15: ("senior adviser to Holloway", D, "adviser|senior adviser|adviser to Holloway|critics"),
   18: ("Holloway's allies", I, "Garrick Holloway|allies|critics"),
   20: ("Frederik Dahlgaard", D, ""),
   21: ("Frederik Dahlgaard", D, ""),
 }),
 "n08_pressconf.txt": ("", {
   3: ("Birgit Sauerwald", D, "Moderator"),
   4: ("Matthias Halbach-Lenz", D, ""),
   5: ("Matthias Halbach-Lenz", D, ""),
   6: ("Arseny Zhuravlyov", D, ""),
   7: ("Arseny Zhuravlyov", D, ""),
   8: ("Arseny Zhuravlyov", D, ""),
   9: ("Birgit Sauerwald", D, "Moderator"),
   10: ("Birgit Sauerwald", D, "Moderator"),
   11: ("Sabine Kroll-Ebner", D, "Question|defence minister"),
   12: ("Sabine Kroll-Ebner", D, "Question"),
   13: ("Arseny Zhuravlyov", D, ""),
   14: ("Arseny Zhuravlyov", D, ""),
   15: ("Arseny Zhuravlyov", D, ""),
   16: ("Dmitri Selivanov", D, "Question"),
   17: ("Matthias Halbach-Lenz", D, ""),
   18: ("Matthias Halbach-Lenz", D, ""),
   19: ("Matthias Halbach-Lenz", D, ""),
   20: ("Question", D, "Dmitri Selivanov"),       # unnamed follow-up
   21: ("Question", D, "Dmitri Selivanov"),
   22: ("Matthias Halbach-Lenz", D, ""),
   23: ("Birgit Sauerwald", D, "Moderator"),
   24: ("Birgit Sauerwald", D, "Moderator"),
 }),
 "n09_feature.txt": ("Teodora Lindqvist-Amaru", {
   6: ("Marju Vainikko", D, ""),
   7: ("Marju Vainikko", D, ""),
   8: (None, N, ""),                              # "shrugs at this" (no speech)
   9: ("Aleksei Vainikko", D, ""),
   10: ("Aleksei Vainikko", D, ""),
   11: ("Aleksei Vainikko", D, "politicians"),
   12: (None, N, "Marju Vainikko"),               # "His wife ... remembers"
   13: ("Marju Vainikko", I, ""),
   14: ("Aleksei Vainikko", I, "narrator"),       # "Aleksei disagrees."
   15: ("Aleksei Vainikko", I, ""),
   16: (None, N, ""),
   17: (None, N, ""),                             # "He did not want to be interviewed."
   18: ("Marju Vainikko", D, "Sander"),
   19: ("Marju Vainikko", D, "Sander"),
   21: ("Aleksei Vainikko", D, ""),
   22: ("Aleksei Vainikko", D, ""),
   23: ("Galina Rebane", I, ""),
   24: ("Marju Vainikko", I, ""),
 }),
 "n10_brief.txt": ("", {
   1: ("people familiar with the talks", I, "people familiar"),
   2: ("two European diplomats", I, "European diplomats|diplomats|two diplomats"),
   3: ("one diplomat", D, "*"),
   4: ("one diplomat", D, "*"),
   5: ("second diplomat", I, "diplomat|one diplomat|European diplomats|two European diplomats"),
   6: ("One person familiar with the talks", I, "person familiar with the talks|people familiar with the talks|person"),
   7: ("Another person familiar with the talks", D, "*"),
   8: ("Officials", I, "*"),
   9: (None, N, ""),                              # "did not respond to a request for comment"
   10: ("Russia", I, ""),                         # "Moscow has repeatedly accused"
   11: ("Lieke Bosschaart", D, "NATO"),
   13: ("senior alliance official", I, "alliance official|official"),
   14: ("senior alliance official", I, "alliance official|official"),
   15: ("Western official", I, "Western official briefed on the discussions|official"),
   16: ("Western official", D, "Western official briefed on the discussions|official|person"),
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
