"""Build gold.csv for the sixth held-out attribution batch (annotations decided before any tool run).

Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases") and the conventions of batches 4 and 5
(experiments/attribution_heldout4/make_gold.py, experiments/attribution_heldout5/make_gold.py):
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
  announcements are narrator rows that also accept the ministry/government;
- bare attribution tags split off as their own sentence (a live-blog
  "– Name, speaking in ...") give the person, narrator accepted (batch 4).

New decisions in this batch:
- a quotation that runs over several paragraphs, with the mark reopened on
  each paragraph and no tag, stays with its speaker to the closing mark; a
  later "he added" after an intervening speaker of the other sex and a
  narrator paragraph refers back to the last male speaker (p01);
- a turn label that gives only a role ("ANCHOR:", "NATO SECRETARY GENERAL:")
  gives the person the document names for that role in its header
  ("Presenter: ...", "Speakers: ..."); the role is accepted. A label with a
  surname ("VELMOR (on camera):", "DEPUTY MINISTER YEMELIN:") gives the full
  name from the document, nothing else accepted;
- a question turn labelled only by an outlet ("Question (Lodestar):") gives the
  outlet as speaker, with "Question" and the whole label accepted; a bare
  "QUESTION:" turn right after the moderator announces "a question from Name"
  gives Name; a questioner who introduces himself ("QUESTION: Jonah Whitcombe,
  Harborline Radio.") gives that name; "Question" is accepted for both;
- an "Answer:" label in a briefing continues the spokeswoman answering;
- the unlabelled opening statement of a spokeswoman's briefing gives her,
  with the ministry/government and the narrator accepted (one person's
  statement); her labelled answers accept the ministry/government only;
  sarcastic quotations of NATO officials inside her text keep her as gold
  and accept the quoted person (reporting another's words);
- in a transcript turn, a question that only echoes a phrase ("Rhys,
  'military-technical measures' - what does that actually mean?") keeps the
  turn speaker and accepts nobody else: it is not a report of the phrase;
- a within-turn introduction of the next clip ("This was the deputy foreign
  minister, speaking ...") keeps the turn speaker, the introduced person
  accepted;
- nested quotations (a person quoting another inside their own quote) keep the
  outer speaker, with the inner speaker accepted;
- scare quotes around single words ("partnership", "them" and "us") and quoted
  book titles are not speech: narrator, unless the sentence has a speaker
  otherwise; "she writes that ... “reset,”" where the quoted word is only
  mentioned is `indirect`;
- "X recalled <content>" told to the reporter gives X (`indirect`, narrator
  accepted), while "remembers" and "felt" are narrator; "recalled the mood as
  "fragment"" is `direct`;
- a speech act with no content by a named person ("His father rejects that.")
  gives the person (as batch 5's "Aleksei disagrees."), narrator accepted; a
  statement of a relationship ("He and his father disagree about almost
  everything") and a gesture ("She paused.", "He laughs at the idea ...") are
  the narrator ("He laughs ..." accepts him, as it introduces his quote);
- in an op-ed, the author's own sentences, the generic framing "someone
  proposes" and the closing "— X is a senior fellow at ..." line are the
  narrator (the author); the author's concession that others are right
  ("The former ambassadors are right about one thing: ...") is the narrator,
  those others accepted;
- in a press digest, outlets that report, say or write speak as themselves
  ("Kommersant", "Harbour Times"); "Citing sources, the paper said" gives the
  paper, the sources accepted; "carried an interview with X, who said" gives X;
  "declined to comment" and "The post was later pinned" are the narrator;
  social-media posts ("wrote:", "posted ... with the caption") are `direct`;
  an embassy speaking for its government is `Russia`, embassy variants accepted;
- an ambassador's own remarks accept his government (as batch 5's Avdonin);
  a deputy minister's do not (as batch 5's Velmozhin);
- a live-blog entry that opens "Name again, asked about ...:" gives Name
  (`indirect`, narrator accepted), as an intro with a colon; "Our correspondent
  ... has this analysis:" gives the correspondent like "writes:".
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RUF = "Russia|Foreign Ministry|Russian Foreign Ministry"
EST = ("Estonia|Ministry of Foreign Affairs|Ministry of Foreign Affairs of the Republic of Estonia"
       "|Estonian Ministry of Foreign Affairs|ministry")
ANC = "Anchor|Presenter"
SG = "NATO Secretary General|Secretary General"
OF = "NATO Spokesperson|Moderator"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "p01_wire.txt": ("Ottilie Branscombe-Reyes", {
   2: ("Yevgeny Korzhavin", D, "Russia's ambassador to NATO|ambassador|Russia"),  # lead: named only in the next sentence; quoted fragment
   3: ("Yevgeny Korzhavin", I, "Russia"),
   4: ("Yevgeny Korzhavin", D, "Russia"),
   5: ("Yevgeny Korzhavin", D, "Russia"),        # second sentence after "Korzhavin said."; paragraph left open
   6: ("Yevgeny Korzhavin", D, "Russia"),        # reopened mark, new paragraph, no tag
   7: ("Yevgeny Korzhavin", D, "Russia"),
   8: ("Yevgeny Korzhavin", D, "Russia"),
   9: ("Yevgeny Korzhavin", D, "Russia"),        # third paragraph of the same quote
   10: ("Liesl Marchetti-Dunne", I, "NATO"),     # "rejected the charge" (speech act, spokeswoman)
   11: ("Liesl Marchetti-Dunne", D, "NATO"),
   12: ("Liesl Marchetti-Dunne", D, "NATO"),
   13: ("Liesl Marchetti-Dunne", I, "NATO"),     # her report of a briefing, not a decision of the body
   14: (None, N, ""),                            # "The alliance decided" (event, no speech)
   15: ("Yevgeny Korzhavin", D, "Russia"),       # "he added": back to Korzhavin past her and a narrator paragraph
   16: ("Yevgeny Korzhavin", D, "Russia"),
   17: ("Yevgeny Korzhavin", D, "Russia"),       # "The envoy"
   18: ("senior Polish official", I, "Polish official|official|senior official"),  # "scoffed"; In Warsaw
   19: ("senior Polish official", D, "Polish official|official|senior official"),  # names Korzhavin (not the speaker)
   20: ("Two alliance diplomats", I, "*"),
   21: (None, N, ""),                            # "did not respond"
 }),
 "p02_tvtranscript.txt": ("", {
   3: ("Delphine Ashcombe", D, ANC),             # ANCHOR = the presenter named in the header
   4: ("Delphine Ashcombe", D, ANC),
   5: ("Delphine Ashcombe", D, ANC),             # names Velmor, who is not speaking yet
   6: ("Rhys Velmor", D, ""),
   7: ("Rhys Velmor", D, "Russia|Russian foreign ministry|foreign ministry"),  # reporter reads the letter's words
   8: ("Rhys Velmor", D, "Russia|Russian foreign ministry|foreign ministry"),
   9: ("Rhys Velmor", D, "Aurelio Brandvik"),   # reports Brandvik's words
   10: ("Aurelio Brandvik", D, "NATO"),
   11: ("Aurelio Brandvik", D, "NATO"),
   12: ("Aurelio Brandvik", D, "NATO"),
   13: ("Rhys Velmor", D, ""),
   14: ("Rhys Velmor", D, "Daniil Vorotyntsev"), # introduces the next clip
   15: ("Daniil Vorotyntsev", D, ""),
   16: ("Daniil Vorotyntsev", D, ""),
   17: ("Daniil Vorotyntsev", D, ""),
   18: ("Delphine Ashcombe", D, ANC),            # echoes the phrase to ask about it (not a report)
   19: ("Rhys Velmor", D, ""),
   20: ("Rhys Velmor", D, "Western diplomat|One Western diplomat|diplomat"),
   21: ("Rhys Velmor", D, "Another|Another Western diplomat|Western diplomat|diplomat"),
   22: ("Rhys Velmor", D, ""),
   23: ("Rhys Velmor", D, "Russia|Russian foreign ministry|foreign ministry"),  # "It says" = the letter
   24: ("Delphine Ashcombe", D, ANC),
   25: ("Rhys Velmor", D, ""),
   26: ("Rhys Velmor", D, "Ona Kalvaityte"),     # "told me she expects"
   27: ("Ona Kalvaityte", D, ""),
   28: ("Ona Kalvaityte", D, ""),
   29: ("Ona Kalvaityte", D, ""),
   30: ("Delphine Ashcombe", D, ANC),            # names Velmor
   31: ("Delphine Ashcombe", D, ANC),
 }),
 "p03_mfabriefing.txt": ("", {
   # 0 title, 1/7/14 topic headings: narrator
   2: ("Alevtina Zhdanovich", D, "narrator|" + RUF),  # opening statement; scare-quoted "routine" is NATO's word mocked
   3: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   4: ("Alevtina Zhdanovich", D, "narrator|" + RUF + "|Dermot Callery-Fisk"),  # quotes the NATO spokesman
   5: ("Alevtina Zhdanovich", D, "narrator|" + RUF),  # sarcastic rhetorical question
   6: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   8: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   9: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   10: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   11: ("Alevtina Zhdanovich", D, "narrator|" + RUF + "|Torvald Ringnes"),  # quotes the SG
   12: ("Alevtina Zhdanovich", D, "narrator|" + RUF),  # "How touching."
   13: ("Alevtina Zhdanovich", D, "narrator|" + RUF),
   15: ("Lodestar", D, "Question|Question (Lodestar)"),  # outlet-only question label
   16: ("Lodestar", D, "Question|Question (Lodestar)"),
   17: ("Alevtina Zhdanovich", D, RUF),
   18: ("Alevtina Zhdanovich", D, RUF),
   19: ("Alevtina Zhdanovich", D, RUF + "|Filipp Kovrigin"),  # reports the ambassador's words
   20: ("Alevtina Zhdanovich", D, RUF),
   21: ("Severny Vestnik", D, "Question|Question (Severny Vestnik)|Norwegian military spokesman"),
   22: ("Severny Vestnik", D, "Question|Question (Severny Vestnik)"),
   23: ("Alevtina Zhdanovich", D, RUF),
   24: ("Alevtina Zhdanovich", D, RUF),
   25: ("Alevtina Zhdanovich", D, RUF),
   26: ("Alevtina Zhdanovich", D, RUF),
   27: ("Lodestar", D, "Question|Question (Lodestar)|NATO officials"),  # reports NATO officials
   28: ("Lodestar", D, "Question|Question (Lodestar)"),
   29: ("Alevtina Zhdanovich", D, RUF),          # "Answer:" label; echoes the question's word
   30: ("Alevtina Zhdanovich", D, RUF),
   31: ("Alevtina Zhdanovich", D, RUF),
   32: ("Alevtina Zhdanovich", D, RUF + "|one of their admirals|admiral"),  # sarcastic quote of an unnamed admiral
   33: ("Alevtina Zhdanovich", D, RUF),
 }),
 "p04_feature.txt": ("Philippa Drummond-Achebe", {
   4: ("Larisa Venediktova-Stahl", D, ""),
   5: ("Larisa Venediktova-Stahl", D, ""),
   6: (None, N, "Larisa Venediktova-Stahl|Gavriil Orekhov"),  # "set the rules early." introduces the quote
   7: ("Larisa Venediktova-Stahl", D, "Gavriil Orekhov"),      # nested quote of Orekhov
   8: ("Larisa Venediktova-Stahl", D, ""),
   9: (None, N, ""),                              # scare quote "partnership" (not speech)
   10: (None, N, ""),
   11: (None, N, "Larisa Venediktova-Stahl"),     # "She remembers" (memory told to the reporter)
   12: ("Larisa Venediktova-Stahl", D, ""),
   13: ("Larisa Venediktova-Stahl", D, "Gavriil Orekhov"),     # nested whisper; split after the inner close
   14: ("Larisa Venediktova-Stahl", D, ""),       # rest of her quote, after the split
   15: (None, N, ""),                             # book title in quotes
   16: ("Larisa Venediktova-Stahl", I, ""),       # "writes that"; “reset” only mentioned
   17: (None, N, "Cornelius Vanterpool"),         # intro without content
   18: ("Cornelius Vanterpool", D, ""),
   19: ("Cornelius Vanterpool", D, ""),
   20: ("Cornelius Vanterpool", D, "ambassador|Our ambassador"),  # nested quote of an unnamed ambassador
   21: ("Cornelius Vanterpool", D, ""),
   22: (None, N, "Cornelius Vanterpool"),         # "He laughs at the idea" (gesture, introduces his quote)
   23: ("Cornelius Vanterpool", D, ""),           # untagged quote in his paragraph
   24: ("Cornelius Vanterpool", D, ""),           # 'professionals' is a scare quote inside his speech
   26: ("Larisa Venediktova-Stahl", I, ""),
   27: ("Larisa Venediktova-Stahl", D, ""),
   28: ("Larisa Venediktova-Stahl", D, ""),
 }),
 "p05_oped.txt": ("Wilhelmina Strand-Okafor", {
   # 1 "someone proposes" is the author's generic framing: narrator
   2: ("group of former ambassadors", D, "*"),    # open letter, quoted fragment
   7: ("Innokenty Barsov", D, ""),                # "As X once put it to me, ..."
   # 8-9 the author's reading of Barsov's remark: narrator
   10: ("defenders of the council", I, "*"),
   13: ("Others", I, "*"),
   16: ("Joost Verhaeghe-Lindt", D, ""),
   21: (None, N, "former ambassadors|group of former ambassadors"),  # author concedes their point
   22: ("Halvor Emmerich-Saar", D, ""),
   # 27 closing "— X is a senior fellow at ..." line: narrator (the byline)
 }),
 "p06_pressconf.txt": ("", {
   # 0-3 title, place/date, speakers and moderator lines: narrator
   4: ("Oona Fairweather", D, OF),
   5: ("Oona Fairweather", D, OF),
   6: ("Ingeborg Haldorsen", D, SG),              # role-only label = the SG named in "Speakers:"
   7: ("Ingeborg Haldorsen", D, SG + "|NATO"),
   8: ("NATO", D, "Ingeborg Haldorsen|" + SG),   # SG reports the allies' common position
   9: ("Ingeborg Haldorsen", D, SG + "|NATO"),   # "we" = the allies
   10: ("Rostislav Yemelin", D, ""),
   11: ("Rostislav Yemelin", D, ""),
   12: ("Rostislav Yemelin", D, ""),
   13: ("Rostislav Yemelin", D, ""),
   14: ("Rostislav Yemelin", D, "Ingeborg Haldorsen"),  # reports the SG's words
   15: ("Rostislav Yemelin", D, ""),
   16: ("Oona Fairweather", D, OF),              # "Secretary General, a question from ..." names others
   17: ("Thibault Marchais", D, "Question|Rostislav Yemelin"),  # bare QUESTION: after the announcement
   18: ("Thibault Marchais", D, "Question"),
   19: ("Ingeborg Haldorsen", D, SG + "|NATO"),
   20: ("NATO", D, "Ingeborg Haldorsen|" + SG),  # "Allies agreed"
   21: ("Ingeborg Haldorsen", D, SG + "|NATO"),
   22: ("Oona Fairweather", D, OF),              # names the next questioner
   23: ("Nadezhda Pilyugina", D, "Question"),
   24: ("Rostislav Yemelin", D, ""),
   25: ("Rostislav Yemelin", D, ""),
   26: ("Rostislav Yemelin", D, "Ingeborg Haldorsen"),  # sarcastic quote of the SG
   27: ("Rostislav Yemelin", D, ""),
   28: ("Rostislav Yemelin", D, ""),
   29: ("Oona Fairweather", D, OF),
   30: ("Jonah Whitcombe", D, "Question"),       # self-introduction in the turn
   31: ("Jonah Whitcombe", D, "Question"),
   32: ("Ingeborg Haldorsen", D, SG + "|NATO"),
   33: ("Oona Fairweather", D, OF),
 }),
 "p07_liveblog.txt": ("", {
   # 0-4 headline, standfirst, key events; 5/11/17/21/30 timestamps; 12/22/31 post headlines: narrator
   6: ("Rowena Achterhof-Bay", I, "narrator"),    # "has this analysis:" (like "writes:")
   7: ("Rowena Achterhof-Bay", D, "narrator"),
   8: ("Rowena Achterhof-Bay", D, "narrator|Several diplomats|diplomats"),
   9: ("Rowena Achterhof-Bay", D, "narrator"),
   10: ("Rowena Achterhof-Bay", D, "narrator"),  # names the Kremlin (not speaking)
   13: ("Miron Yeletsky", D, "Russia"),          # bare quote; tag follows in its own paragraph
   14: ("Miron Yeletsky", D, "Russia"),
   15: ("Miron Yeletsky", D, "narrator|Russia"), # split-off tag
   16: ("Miron Yeletsky", D, "Russia"),
   18: ("Miron Yeletsky", I, "narrator|Russia"), # "Yeletsky again, asked about ...:"
   19: ("Miron Yeletsky", D, "Russia"),
   20: ("Miron Yeletsky", D, "Russia"),
   23: ("Ansgar Tollefsen", D, "NATO"),
   24: ("Ansgar Tollefsen", D, "NATO"),
   25: ("Ansgar Tollefsen", D, "narrator|NATO"), # split-off tag
   26: ("Ansgar Tollefsen", I, "narrator|NATO"),
   27: ("Ansgar Tollefsen", D, "NATO"),
   28: ("Ansgar Tollefsen", D, "NATO"),
   29: ("Ansgar Tollefsen", D, "NATO"),          # "He said" after the untagged quote
   32: ("group of Lithuanian lawmakers", I, "Lithuanian lawmakers|lawmakers|Lithuanian MPs|Dovile Sakalauskaite"),  # names Germany
   33: ("Dovile Sakalauskaite", D, "group of Lithuanian lawmakers|Lithuanian lawmakers"),  # tag in the next piece
   34: ("Dovile Sakalauskaite", D, "group of Lithuanian lawmakers|Lithuanian lawmakers"),  # "one of them, Name"
 }),
 "p08_digest.txt": ("Ines Moravec-Dahl", {
   # 0-3 headline, byline, disclaimer, section heading: narrator
   4: ("Kommersant", D, ""),                      # names the Kremlin, whose reaction the paper reports
   5: ("Kommersant", D, "two sources close to the presidential administration|sources close to the presidential administration"),
   6: ("Timofei Greshnev", D, ""),                # "Writing in Izvestia, X argued"
   7: ("Timofei Greshnev", I, ""),                # "he wrote" mid-sentence
   8: ("Rostislav Yemelin", D, ""),               # paper "carried an interview"; he said
   9: (None, N, "Zinaida Fomenko-Reyes"),         # intro without content
   10: ("Zinaida Fomenko-Reyes", D, ""),
   12: ("Harbour Times", D, ""),
   13: ("Der Rundblick", I, ""),
   14: (None, N, ""),                              # "The Pentagon declined to comment."
   15: ("Carys Whitlow-Amadi", D, "United States|State Department"),
   17: ("Vsevolod Pankratov", D, "Russia"),        # "In a post on X, ... wrote:"
   18: ("Vsevolod Pankratov", D, "Russia"),
   19: (None, N, ""),                              # post pinned (act, no speech)
   20: ("Vsevolod Pankratov", D, "Russia"),        # "The ambassador also posted ... caption"
   21: ("Edwin Kallasvuo-Brandt", D, ""),          # names the ambassador (not speaking)
   22: ("Russia", D, "Russian embassy|Russian embassy in Washington|embassy"),
 }),
 "p09_retrospective.txt": ("Lorenzo Quist-Harrington", {
   # 3 scare quotes "them" and "us": narrator
   5: ("Vitaly Chernikh", D, ""),
   6: ("Vitaly Chernikh", D, ""),
   7: ("Vitaly Chernikh", D, ""),
   8: (None, N, "Many in Moscow|many"),           # feeling of a loose group
   10: ("Vitaly Chernikh", I, "narrator"),        # first name only; "recalled" + content; "at 20" are format names
   11: ("Vitaly Chernikh", D, ""),
   12: ("Vitaly Chernikh", D, ""),
   13: ("Margaret Ellery-Voss", D, ""),           # "recalled the mood as "giddy, almost""
   14: ("Margaret Ellery-Voss", D, ""),
   15: ("Margaret Ellery-Voss", D, ""),
   16: ("Margaret Ellery-Voss", D, "One of them|colleague|One of my colleagues"),  # nested quote
   17: ("Margaret Ellery-Voss", D, ""),
   18: (None, N, ""),                             # "She paused."
   19: ("Margaret Ellery-Voss", D, ""),           # untagged quote in her paragraph
   # 20-21 the son introduced; relationship of the two men: narrator
   22: ("Arseny Chernikh", D, ""),                # same surname as his father: kept apart
   23: ("Arseny Chernikh", D, ""),
   24: (None, N, "Arseny Chernikh"),              # "Arseny believes" (belief told to the reporter)
   25: ("Vitaly Chernikh", I, "narrator"),        # "His father rejects that." = Vitaly, not Arseny
   26: ("Vitaly Chernikh", D, ""),
   28: ("Arseny Chernikh", D, ""),
   29: ("Arseny Chernikh", D, ""),
   31: (None, N, "Many in Brussels|Many in Moscow"),  # feelings of loose groups
   32: ("Margaret Ellery-Voss", I, ""),
   33: ("Margaret Ellery-Voss", D, ""),
   34: ("Margaret Ellery-Voss", D, ""),
 }),
 "p10_statement.txt": ("", {
   # 0-3 ministry name, "Press release", date, headline: narrator
   4: (None, N, EST),                              # the ministry's own announcement (summoned ... to protest)
   5: (None, N, EST),
   6: (None, N, EST),
   7: (None, N, EST),
   8: ("Kaarel Tammsaar-Leino", D, ""),
   9: ("Kaarel Tammsaar-Leino", D, ""),
   10: ("Kaarel Tammsaar-Leino", D, ""),           # reopened mark, new paragraph
   11: ("Kaarel Tammsaar-Leino", I, ""),           # "The minister stressed"
   12: ("Kaarel Tammsaar-Leino", I, ""),           # "He added"
   13: ("Russia", I, "Russia's embassy in Tallinn|Russian embassy in Tallinn|Russian embassy|embassy"),
   14: (None, N, EST),                             # "Estonia rejects this claim." (the release's own position)
   # 15-22 note to editors (bullets) and contact lines: narrator
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
