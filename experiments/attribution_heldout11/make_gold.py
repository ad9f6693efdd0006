"""Build gold.csv for the eleventh held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript, hearing or
  briefing turn (label) is `direct`;
- in a transcript or hearing turn, a sentence that reports another person's or
  body's words keeps the turn speaker as gold and accepts the reported party;
  likewise inside an interviewee's quote; a turn that only echoes a phrase
  ("you said "mistaken"") accepts nobody else;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's or minister's (or ambassador's) own remarks give the
  person, with the government or body accepted; a Secretary General's own
  remarks give him, with NATO accepted; when a spokesperson, minister or
  Secretary General reports what the body or government decided, the body is
  gold and the person is accepted;
- beliefs, memories, feelings and perceptions are the narrator (the believer
  accepted when the belief was evidently told to the reporter, and for
  "The Russian side believes"); intro sentences without content and gestures
  ("He laughs.", "nods") are the narrator with the person accepted; absence of
  speech ("He does not answer", "the Kremlin did not disown it") is the
  narrator;
- a factual sentence whose relative clause carries another party's speech is
  the narrator, with that party accepted (batch 9);
- headlines, standfirsts (speech-reporting standfirsts accept the person),
  bylines, datelines, timestamps, key-event bullets (the reported party
  accepted), captions and credits are the narrator; unnamed sources are written
  as they appear without the article, `*` accepted unless the sentence also
  names another person or body (then only variants of their own description);
- a document with no byline (state-agency wire, committee transcript,
  briefing, radio transcript with a presenter line) has no narrator; its
  header lines are the narrator, with nothing accepted for header lines shaped
  like labels ("Members present: ...", "Witnesses: ...", "Presenter: ...");
  a title line naming one person's statement or briefing accepts that person
  (batch 10);
- honorifics and ranks (Mr, Mrs, Dr, Professor, Sir, General, Colonel)
  are not part of the canonical name; two people who share a surname are two
  speakers and neither is accepted for the other;
- a "Question:" with a self-introduction gives that journalist for the whole
  turn, "Question|journalist" accepted; a bare "Question:" gives "Question",
  "journalist" accepted, never a previous journalist; "Answer:" continues the
  spokeswoman, the ministry and government accepted (batch 6);
- state-agency register (batch 7): "the Russian top diplomat", "the minister
  stressed", "the diplomat noted", "According to him", "In his words", "the
  expert said" refer back to the person last introduced in that role;
  "recalled that" is a speech act; "The Russian side believes" is the
  narrator, Russia accepted;
- a live blog's narrator is its "Live coverage by" author; entries signed by
  another correspondent ("— Name in Riga") are narrated by the blog, that
  correspondent accepted on the entry's narrator rows and on the signature
  line (batch 9); "wrote on X:" is an intro with a colon (`indirect`), the post
  is `direct`, the "— Name (@handle) date" line gives the poster, narrator
  accepted (batch 8);
- a first-person essay or commentary with its byline at the end has the
  author as narrator (batch 10; batch 6's op-ed with its closing "X is a
  senior fellow at ..." line); a quoted summit declaration gives NATO, the
  declaration accepted (batch 9's "the text says").

New decisions in this batch:
- select-committee oral evidence: "Q14 Chair:" gives the member named as
  "(Chair)" in the "Members present" line, "Chair" accepted; the question
  number is not part of the label and does not change the speaker; members'
  and witnesses' short labels ("Mrs Frost:", "Dr Marsh:", "Professor Young:")
  give the full name from the header and the first long label, nothing else
  accepted; a member and a witness who share a surname (Mr Richard Young,
  Professor Helen Young) stay apart, including in the member's own "we are not
  related" question; a closing unnumbered "Chair:" is the same chair;
- a spokeswoman's answer reporting her government's decision ("Russia has
  decided to suspend ...") gives Russia, with her and the ministry accepted
  (as batch 10's minister reporting Finland's decision); her quotation of a
  named NATO spokesman keeps her, the spokesman accepted; "the answer from
  Brussels was that ..." inside her answer accepts NATO;
- "allies and Russia agreed to explore cooperation" (two bodies agreeing) is
  written as it appears ("allies and Russia", as batch 4's "NATO and Russia"),
  NATO, Russia, "NATO and Russia" and the narrator accepted; the wire lead
  "NATO and Russia agreed on Monday to ..." likewise gives "NATO and Russia",
  NATO, Russia, the NATO-Russia Council and the narrator accepted;
- "X put it memorably in a paper this spring:" closing its paragraph, followed
  by an untagged quotation paragraph, gives X for the intro (`indirect`, an
  intro with a speech verb and a colon) and for the quotation (`direct`);
- "they declared that ... had reached an "interim capability"" (NATO leaders
  at a summit) gives NATO, the leaders accepted (batch 9's summit promise);
  the author's recommendation "the United States should put in writing what it
  already says in private: ..." is the narrator, the United States accepted
  (a clause carrying another party's speech);
- a military spokesman's own remarks (Colonel Kalnins, "a spokesman for the
  Latvian armed forces") accept his body and his government; the first-person
  "I have been speaking to ..." of a signed live-blog entry is the blog's
  narrator with the signing correspondent and the person introduced accepted;
  "according to the ministry's press office" gives the country (Latvia), the
  office and ministry accepted; a Kremlin spokesman accepts Russia/Kremlin;
- feature: "the 68-year-old", "the father" refer back to the father; in a
  paragraph about two women, "She says she was surprised by how much the
  older woman knew" gives the paragraph's subject (the instructor), not the
  other woman; a son's quote that reports his father's words ("He tells me,
  '...'", "Now he says everybody lied.") keeps the son, the father accepted;
  a stray opening quote mark that is never closed ("No. Not that. I want ...,
  he says finally.") gives the speaker of the tag inside it; a quote paragraph
  left open and reopened in the next paragraph stays with its speaker;
  "refuses to take sides" and "is less certain than he sounds" are intros
  without content (narrator, person accepted); an unnamed "city official"
  whose sentence names the Defence League accepts only "official"; "According
  to the city government" gives "city government";
- NATO-Russia Council 2002: a news story with the chairman's statement
  appended after "Following is the text of the chairman's statement:" has one
  narrator, the story's byline author. The appended text is the chairman's
  quoted statement (`direct` throughout): its decisions of the council or its
  members ("NRC members expressed ... and reaffirmed", "The Council approved",
  "NRC members agreed") give "NATO-Russia Council", the chairman accepted; its
  event sentences ("met today", "Ambassadors also discussed") and his own
  sentences ("As Chairman, I welcome ...") give the chairman, the council
  accepted (and the narrator for the event sentences); the "Following is the
  text ...:" line and the statement's title line are the narrator with the
  chairman accepted, its meeting and place/date lines the narrator; the
  Secretary General as chairman accepts NATO and the NATO-Russia Council; two
  unrelated men called Ivanov (an ambassador and a Duma deputy) stay apart;
- radio transcript: "INTERVIEWER:" gives the presenter named in the header
  and the first full-name label ("CLAIRE WHITFIELD:"), "Interviewer|Presenter"
  accepted; guest labels in capitals with a rank or title ("GENERAL SHARP:",
  "DR MARKOVA:") give the full name from the presenter's introduction, the
  label's own form accepted ("General Sharp", "Dr Markova", as batch 10's
  "General Chaplygin-Ostrov"); the phone-in label "CALLER (MARGARET,
  CARLISLE):" gives the first name the document gives ("Margaret", batch 8),
  "Caller" accepted; a guest's "The Kremlin sees ..." is her own
  characterisation (nobody else accepted).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RUF = "Russia|Foreign Ministry|Russian Foreign Ministry"
# t01
GB, GBA = "Gennady Bulatov", "Russia|Foreign Minister|Russian foreign minister"
CL, CLA = "Claire Long", "NATO|NATO spokesperson|spokesperson"
YS = "Yegor Shilov"
# t02
RG, RGA = "Robert Grant", "Chair"
AM, HY, JN = "Anne Marsh", "Helen Young", "Jan Nowicki"
LF, RY, PS, CA = "Linda Frost", "Richard Young", "Peter Sharp", "Colin Ashby"
# t03
YK = "Yelena Kostina"
AG, AGA = "Anna Grant", "Question|journalist"
Q = "Question"
# t04
VI, IB = "Viktor Ilyin", "Ingrid Bauer"
DECL = "Chicago summit declaration|summit declaration|declaration"
# t05
OG, ML, KB = "Oliver Grant", "Maria Lebedeva", "Kristaps Berzins"
IS, ISA = "Igor Savelyev", "Russia|Kremlin|Presidential spokesman|Kremlin spokesman"
KO = "Kristaps Ozols"
AK, AKA = "Andris Kalnins", "Latvian armed forces|Latvia"
RDM = "Russian Defence Ministry|Defence Ministry|ministry"
# t06
NS, AS = "Nikolai Sharov", "Artur Sharov"
GS, KT = "Galina Sharova", "Kadri Tamm"
# t07
AB = "Alistair Brodie"
ABA = "NATO|Secretary General|NATO Secretary General|Chairman|NATO-Russia Council"
NRC, NRCA = "NATO-Russia Council", AB + "|Chairman|NRC|NRC members"
KI, BI = "Konstantin Ivanov", "Boris Ivanov"
# t08
CW, CWA = "Claire Whitfield", "Interviewer|Presenter"
ASH, ASHA = "Andrew Sharp", "General Sharp"
IM, IMA = "Irina Markova", "Dr Markova"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_baltic.txt": ("", {
   # 0 headline "Bulatov: ..." : narrator
   1: (None, N, GB),                           # subhead reporting speech: narrator, person accepted
   # 2-3 dateline pieces: narrator
   4: (GB, I, GBA),                            # lead "..., Minister ... Bulatov told reporters"
   5: (GB, D, GBA),                            # "the Russian top diplomat said"
   6: (GB, D, GBA),                            # second sentence, no tag
   7: (GB, D, GBA),                            # "According to the minister" + fragment
   8: (GB, D, GBA),                            # "the minister stressed"
   9: (GB, D, GBA),
   10: (GB, D, GBA),                           # "The diplomat noted that ... "...""
   11: (GB, I, GBA),
   12: (GB, D, GBA),                           # "In his words" + fragment
   # 13 Laine named, not a speaker; 14 "The two ministers also discussed": narrator
   15: (None, N, "Russia"),                    # "The Russian side believes"
   16: ("Russia", D, "Russian Defence Ministry|Defence Ministry"),
   17: (CL, D, CLA),
   18: (CL, D, CLA),
   19: (CL, D, CLA),
   20: (CL, I, CLA),                           # "She recalled that" (speech act)
   21: ("source in the Alliance's headquarters", D, "source|NATO"),  # names the Alliance and the agency: no *
   22: (None, N, "Russian experts|*"),         # "Russian experts consider" (belief of a loose group)
   23: (YS, D, ""),
   24: (YS, D, ""),                            # "the expert said"
   25: (YS, I, ""),                            # "According to him"
   # 26-27 summit background: narrator
   28: (GB, D, GBA),                           # "the Russian top diplomat stressed" after other speakers
   29: (GB, D, GBA),
 }),
 "t02_committee.txt": ("", {
   # 0-3 title lines, 4 "Members present", 5 heading, 6 "Witnesses:" line: narrator, nothing accepted
   7: (RG, D, RGA), 8: (RG, D, RGA),           # "Q14 Chair:" = the member named "(Chair)"
   9: (AM, D, ""), 10: (AM, D, ""),
   11: (AM, D, "senior official at the Foreign Ministry|senior official|official"),  # reports the official
   12: (HY, D, ""), 13: (HY, D, ""), 14: (HY, D, ""),
   15: (JN, D, ""), 16: (JN, D, ""), 17: (JN, D, ""),
   18: (LF, D, ""),                            # echoes "mistaken": nobody else
   19: (LF, D, "Government|United Kingdom"),   # reports the Government's written evidence
   20: (LF, D, ""),
   21: (AM, D, ""), 22: (AM, D, ""), 23: (AM, D, ""),   # "Dr Marsh:" short label
   24: (RY, D, ""),                            # member Young addresses witness Young: two people
   25: (RY, D, ""),
   26: (HY, D, ""), 27: (HY, D, ""), 28: (HY, D, ""),
   29: (PS, D, ""),
   30: (JN, D, ""), 31: (JN, D, ""), 32: (JN, D, ""),
   33: (JN, D, "minister|my minister"),        # quotes his former minister
   34: (RG, D, RGA + "|Secretary General|NATO Secretary General"),  # chair quotes the SG
   35: (RG, D, RGA),
   36: (AM, D, ""),
   37: (HY, D, ""),
   38: (JN, D, ""),
   39: (CA, D, ""),
   40: (AM, D, ""), 41: (AM, D, ""),
   42: (RG, D, RGA), 43: (RG, D, RGA),         # closing "Chair:" without a number
 }),
 "t03_briefing.txt": ("", {
   0: (None, N, YK),                           # title line naming her (batch 10)
   # 1 date line, 2 excerpt line, 3 topic heading: narrator
   4: (Q, D, "journalist|Russia"),             # question reports Russia's announcement
   5: (Q, D, "journalist"),
   6: (YK, D, RUF), 7: (YK, D, RUF), 8: (YK, D, RUF), 9: (YK, D, RUF),
   10: (YK, D, RUF + "|Arkady Volkov|Minister"),  # "As Minister Arkady Volkov said on Monday, ..."
   11: ("Russia", D, YK + "|Foreign Ministry|Russian Foreign Ministry"),  # government's decision reported by her
   12: (YK, D, RUF),
   13: (AG, D, AGA),                           # self-introduction
   14: (AG, D, AGA + "|NATO"),                 # "NATO says ..." inside her question
   15: (AG, D, AGA),
   16: (YK, D, RUF), 17: (YK, D, RUF), 18: (YK, D, RUF),
   19: (Q, D, "journalist"),                   # bare Question: never the previous journalist
   20: (Q, D, "journalist|NATO spokesman|spokesman"),
   21: (YK, D, RUF),
   22: (YK, D, RUF + "|Mark Rose"),            # she quotes the NATO deputy spokesman
   23: (YK, D, RUF), 24: (YK, D, RUF), 25: (YK, D, RUF),
   26: (Q, D, "journalist"), 27: (Q, D, "journalist"),
   28: (YK, D, RUF), 29: (YK, D, RUF),
   30: (YK, D, RUF + "|NATO"),                 # "the answer from Brussels was that ..."
   31: (Q, D, "journalist"),
   32: (YK, D, RUF), 33: (YK, D, RUF), 34: (YK, D, RUF),
   # 35 "(The briefing continued ...)": narrator
 }),
 "t04_commentary.txt": ("Rachel Hope", {
   # 0 "Commentary", 1 title, 2 date: narrator
   3: ("NATO", D, "NATO leaders|leaders"),     # leaders "declared that ... "interim capability""
   4: (None, N, "Russia"),                     # reaction (feeling), no speech
   # 5 the author in Moscow, 6: narrator
   7: ("allies and Russia", I, "NATO|Russia|NATO and Russia|" + N),  # two bodies agreed (new decision)
   8: ("NATO", D, DECL),                       # the declaration's quoted text
   9: ("NATO", D, DECL + "|same text|text"),
   # 10 the author's view of the drafters: narrator
   11: (None, N, "Russia"),                    # "Moscow does not believe them" (belief)
   12: ("Nikolai Volkov", D, "chief of the Russian General Staff"),  # "warned that ... "if the situation worsens""
   # 13 "the Kremlin did not disown it" (absence of speech): narrator
   14: (None, N, VI),                          # "put the Russian view to me ...": intro without content
   15: (VI, D, ""), 16: (VI, D, ""),
   17: (None, N, VI),                          # "He wants ..., and he knows ..." (wish/belief told to the author)
   # 18-20 the author's portrait of Ilyin: narrator
   21: ("Some of my colleagues in Washington", I, "*|colleagues in Washington"),
   # 22 "I think that is too easy.": narrator
   23: (IB, I, ""),                            # "has argued that"
   24: (IB, I, N),                             # "In her view" (batch 8)
   25: (IB, I, ""),                            # "put it memorably in a paper this spring:" (intro with colon)
   26: (IB, D, ""), 27: (IB, D, ""),           # untagged quote paragraph after the colon
   # 28-30 the author's proposals: narrator
   31: (None, N, "United States"),             # "what it already says in private: that ..."
   # 32-35 the author's verdict; 36 closing bio line: narrator
 }),
 "t05_liveblog.txt": ("Lucy Mercer", {
   # 0 title, 1 byline/update line, 2 "Key events": narrator
   3: (None, N, "Latvia"),                     # bullet "..., Latvia says."
   # 4 bullet (act): narrator
   5: (None, N, "Russia"),                     # bullet "Moscow denies ..."
   # 6 timestamp
   7: (None, N, "NATO|" + OG),                 # "NATO has now issued a short statement." intro, entry by Oliver Grant
   8: ("NATO", D, "statement|NATO statement"),  # "the statement says"
   9: ("NATO", D, "statement|NATO statement"),  # "It adds that ... "...""
   10: (None, N, OG),                          # entry signature
   # 11 timestamp
   12: (None, N, "Russia|Kremlin|" + IS + "|" + ML),  # "A Kremlin reaction, at last." intro
   13: (IS, D, ISA),
   14: (IS, D, ISA),                           # "Asked whether ..., he said ... "...""
   15: (None, N, ML),                          # signature
   # 16 timestamp
   17: (None, N, KO),                          # "has just posted about the incident." intro without content
   18: (KO, I, ""),                            # "He wrote on X:"
   19: (KO, D, "Latvia"), 20: (KO, D, "Latvia"), 21: (KO, D, "Latvia"),  # the post; minister
   22: (KO, D, N + "|Latvia"),                 # "— Name (@handle) date" line
   23: ("Latvia", I, "ministry's press office|press office|ministry|Latvian foreign ministry|foreign ministry"),
   # 24 timestamp
   25: (None, N, "Russia|" + RDM + "|" + ML),  # "has released its own version of events." (no content)
   26: ("Russia", D, RDM),                     # "According to the ministry, ... "...""
   27: ("Russia", D, RDM),                     # "It accuses NATO of ..."
   28: (None, N, ML),                          # signature
   # 29 timestamp
   30: (None, N, KB + "|" + AK),               # "I have been speaking to Colonel ...": entry signed by Berzins
   31: (None, N, AK + "|" + KB),               # "He was precise." intro without content
   32: (AK, D, AKA), 33: (AK, D, AKA),
   34: (AK, I, AKA),                           # "He said the pilots had not responded ..."
   35: (None, N, AK + "|" + KB),               # "he smiled." gesture introducing the quote
   36: (AK, D, AKA),
   37: (None, N, KB),                          # signature "— Kristaps Berzins in Riga" (not Kristaps Ozols)
   # 38 timestamp, 39 welcome: narrator
   40: ("Latvia", I, ""),                      # "Latvia says ..."
   # 41 narrator
 }),
 "t06_feature.txt": ("Hannah Grant", {
   # 0 headline, 1-2 standfirst facts, 3 byline, 4 scene: narrator
   5: (NS, D, ""),                             # "says the 68-year-old"
   6: (NS, D, ""),
   # 7 fact, 8 photograph of Colonel Rudenko (named, not speaking), 9-10 the son's facts: narrator
   11: (AS, D, ""),
   12: (AS, D, NS),                            # the son quotes his father's words (nested quote)
   13: (None, N, AS),                          # "He laughs." gesture inside the son's paragraph
   14: (AS, D, NS),                            # "Then he asks me ..." reports the father's question
   15: (None, N, ""),                          # "The two men disagree ..." (relationship)
   16: (None, N, NS),                          # "Nikolai believes" (belief told to the reporter)
   17: (None, N, AS),                          # "Artur thinks"
   18: (NS, D, "Anatoly Rudenko|colonel|Our colonel"),  # "the father says"; nested quote of the colonel
   19: (NS, D, ""), 20: (NS, D, ""),
   # 21 "He does not answer his own question." (absence of speech), 22 fact: narrator
   23: (AS, I, ""),                            # "He says his father tells it ..." he = Artur
   24: (AS, D, ""),
   25: (AS, D, ""),                            # paragraph left open
   26: (AS, D, NS),                            # reopened mark, new paragraph; "Now he says everybody lied."
   27: ("city government", I, "Narva city government"),
   28: (None, N, GS),                          # "refuses to take sides": intro without content
   29: (GS, D, ""), 30: (GS, D, ""),
   31: (None, N, KT),                          # introduces the instructor; names Galina
   32: (KT, I, ""),                            # "She says she was surprised by how much the older woman knew"
   33: (KT, D, ""),                            # "Tamm says"
   34: ("city official", I, "official"),       # names the Defence League: no *
   35: ("city official", I, "official"),       # "Most of them, she said, ..."
   36: (None, N, NS),                          # "is less certain than he sounds": intro
   37: (None, N, NS),                          # silence introducing the quote
   38: (NS, D, ""),                            # stray opening quote mark, never closed
   39: (NS, D, ""),                            # "..., he says finally." inside the unclosed quote
   40: (None, N, AS),                          # "nods": gesture
   41: (AS, D, ""), 42: (AS, D, ""),
   # 43 caption, 44 photo credit: narrator
 }),
 "t07_nrc2002.txt": ("Martin Hope", {
   # 0 headline, 1 byline, 2 outlet line: narrator
   3: ("NATO and Russia", I, "NATO|Russia|" + NRC + "|" + N),  # lead: "NATO and Russia agreed ... to"
   # 4 "met at the level of ambassadors", 5 background ("Moscow had frozen"): narrator
   6: (AB, D, ABA),                            # "said it had "moved from words to deeds.""
   7: (AB, D, ABA), 8: (AB, D, ABA),
   9: (None, N, KI),                           # "was more measured." intro
   10: (KI, D, "Russia"),                      # ambassador: government accepted
   11: (KI, D, "Russia"), 12: (KI, D, "Russia"),
   13: ("Russia", D, "Foreign Ministry|Russian Foreign Ministry"),
   14: (None, N, BI),                          # "was less generous." intro; the second Ivanov
   15: (BI, D, ""),
   16: ("Thomas Reid", D, "United States"),
   17: ("Polish diplomat", D, "*|diplomat"),
   18: (None, N, AB),                          # "Following is the text of the chairman's statement:"
   19: (None, N, AB + "|Chairman"),            # statement title line
   # 20 meeting line, 21 place/date line: narrator
   22: (AB, D, NRC + "|Chairman|" + N),        # "The NATO-Russia Council met today ..." (event in his statement)
   23: (NRC, D, NRCA),                         # "NRC members expressed ... and reaffirmed ..."
   24: (NRC, D, NRCA),                         # "The Council approved ..."
   25: (NRC, D, NRCA),                         # "NRC members agreed ..."
   26: (AB, D, NRC + "|Chairman|" + N),        # "Ambassadors also discussed ..." (event)
   27: (AB, D, ABA),                           # "As Chairman, I welcome ..."
   28: (AB, D, ABA),
 }),
 "t08_radio.txt": ("", {
   # 0 programme line, 1 transcript title, 2 broadcast line, 3 "Presenter:" line: narrator
   4: (CW, D, CWA),
   5: (CW, D, CWA),                            # presenter reports the summit's decision: the turn
   6: (CW, D, CWA + "|Russia"),                # "Moscow says it will respond."
   7: (CW, D, CWA),                            # introduces the guests
   8: (CW, D, CWA),
   9: (ASH, D, ASHA), 10: (ASH, D, ASHA), 11: (ASH, D, ASHA),
   12: (CW, D, CWA),                           # "INTERVIEWER:" = the presenter
   13: (IM, D, IMA),
   14: (IM, D, IMA + "|Russia|Russian Foreign Ministry|Foreign Ministry"),  # reports the ministry
   15: (IM, D, IMA),
   16: (CW, D, CWA),
   17: (CW, D, CWA + "|Founding Act|Act"),     # "The Act rules out ..."
   18: (ASH, D, ASHA),
   19: (ASH, D, ASHA + "|Russian counterpart|my Russian counterpart"),  # quotes his counterpart
   20: (ASH, D, ASHA),
   21: (CW, D, CWA), 22: (CW, D, CWA), 23: (CW, D, CWA),
   24: ("Margaret", D, "Caller"), 25: ("Margaret", D, "Caller"),
   26: ("Margaret", D, "Caller"), 27: ("Margaret", D, "Caller"),
   28: (ASH, D, ASHA), 29: (ASH, D, ASHA), 30: (ASH, D, ASHA),
   31: (CW, D, CWA),
   32: (IM, D, IMA),                           # "The Kremlin sees ...": her characterisation
   33: (IM, D, IMA + "|Secretary General|NATO Secretary General"),  # reports the SG
   34: (IM, D, IMA),                           # "a sharp reminder": not General Sharp
   35: (CW, D, CWA),
   36: (IM, D, IMA), 37: (IM, D, IMA),
   38: (ASH, D, ASHA), 39: (ASH, D, ASHA),
   40: (CW, D, CWA),
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
