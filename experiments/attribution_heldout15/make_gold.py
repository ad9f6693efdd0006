"""Build gold.csv for the fifteenth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-10
(experiments/attribution_heldout4/ ... attribution_heldout10/make_gold.py;
batches 11-14 were read as well and agree with them), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript, interview
  or written-question turn (label) is `direct`;
- in a turn, a sentence that reports another person's or body's words keeps
  the turn speaker as gold and accepts the reported party (nested quotations
  likewise); a sentence that only names another person without his words, or
  states a belief of his, accepts nobody else;
- speech acts of bodies give the body (narrator accepted when without
  content); acts without speech are the narrator; a ministry speaking for the
  government gives the country, the ministry accepted;
- a spokesperson's, ambassador's, envoy's, president's or minister's own
  remarks give the person, with the government or body accepted (a deputy
  minister's, a general's, an analyst's do not); a Secretary General's own
  remarks give him, with NATO accepted; when he or a minister reports what
  the Alliance or the government decided, the body or government is gold and
  the person is accepted (batches 8, 10, 11, 13); a spokesperson's or
  minister's statement of the body's stance stays with the person (batch 9);
- beliefs, memories and feelings are the narrator; intro sentences without
  content ("went further.", "was conciliatory.") and gestures ("laughed") are
  the narrator with the person introduced accepted; a speech act with no
  content by a named person gives the person, narrator accepted; "did not
  respond", "declined to comment" and "He said nothing about" are the
  narrator;
- a factual sentence whose relative clause carries another party's speech is
  the narrator, with that party accepted (batch 9);
- a wire lead with a second speaker in a "while" clause gives the main
  clause's speaker, the second accepted (batch 13);
- headlines (even reporting speech), standfirsts without speech, bylines,
  datelines, mastheads, timestamps, headings, "Related:" lines, credits and
  footers are the narrator;
- unnamed sources and loose groups are written as they appear without the
  article, `*` accepted unless the sentence also names another person or body
  (then only variants of their own description);
- a document with no byline (readout, unsigned editorial, parliamentary
  paper) has no narrator; its header lines are the narrator; an unsigned
  editorial's own sentences are the narrator with the newspaper accepted
  (batch 9); an issuer's own announcements in a press text are the narrator
  with the issuer accepted (batches 5, 6, 8);
- honorifics and ranks (Mr, Dr, Ambassador, Sir, General) are not part of the
  canonical name; people who share a surname (Ingrid and Jonas Berg; Pavel and
  Sergei Dorokhin; Karin and Dirk Smit; Thomas and Anna Bell) or a first name
  (Igor Sukhanov, Igor Mironov) are never accepted for each other; Sergei
  Lapin and Irina Lapina are two people.

New decisions in this batch:
- wire story (t01): the lead "Russia accused NATO of "playing with fire" ...,
  while the alliance said ..." gives Russia (`direct`), NATO accepted (batch 13);
  the deputy minister whose words the lead echoes later is not accepted for
  it (the lead names the government); "She is not related to the deputy
  minister." is the narrator with nothing accepted; a quote left unclosed at
  the end of its paragraph ("Today you have press releases.) stays with its
  tag's speaker; the untagged quote after "Ionescu, for his part, said ..."
  in the same paragraph is Ionescu's; "the minister" is Ionescu (the only
  minister; Lapin is "the deputy minister");
- newspaper summit report (t02): the lead "NATO leaders agreed that Ukraine and
  Georgia "will become members" ..., but refused ... after Germany and France
  warned that ..." gives NATO (batch 9's summit promise), the leaders and
  "Germany and France" (speech in a subordinate clause, as batch 13's "while"
  clause) accepted; in the paragraph alternating two male foreign ministers,
  "He" refers to the minister named in the sentence before ("took the
  opposite view." -> Zielak; "Mr. Becker rejected that argument. He
  insisted ..." -> Becker), and the quote paragraph after "Mr. Zielak, for
  his part, said" with "he said" is Zielak; the bare title "foreign
  minister" is not accepted there (it fits both); "took the opposite view."
  is an intro without content (narrator, him accepted); "Mr. Becker rejected
  that argument." is a speech act without content (him, narrator accepted);
  "According to a White House spokeswoman, the two leaders agreed ... "..."" gives
  the spokeswoman (the named source, batch 7), with the two leaders, the
  White House and the United States accepted; "The two leaders have
  clashed" and "spoke by telephone" are the narrator; "One of them described
  ..." after "Diplomats said" gives the group as written (batch 12);
- Kremlin readout followed by a NATO readout (t03): neither has a byline, so
  there is no narrator; each readout's own narration ("had a telephone
  conversation", "discussed ...", "Views were also exchanged", "spoke by
  telephone") is the narrator with its issuer accepted (Russia/Kremlin;
  NATO), as a press release's own announcements (batches 5, 6); "discussed"
  with only a topic is an event (batch 11); "Name stressed/noted/expressed
  concern/reminded his interlocutor that ..." gives the president
  (`indirect`, Russia and his title accepted), "The President of Russia" and
  "He" refer to him; the Secretary General reported in the Kremlin text gives
  him (NATO accepted), not Russia; "The sides agreed ..." gives "sides" (as
  batch 7's "two sides"), `*` and "two sides" accepted; the two title lines
  (a conversation, not one person's statement) and the issuer lines
  ("President of Russia", "NATO") are the narrator with nothing accepted; the
  Secretary General's "He recalled that at the Lisbon summit Allies had agreed
  to invite Russia ..." gives NATO (a decision reported), him accepted; "The
  Secretary General and President Belov agreed to remain in contact" gives
  the pair as written with canonical names ("Henrik Lund and Vadim Belov",
  as batch 11's "allies and Russia"), each of them, NATO, Russia and the
  narrator accepted;
- unsigned editorial (t04): the masthead line is the narrator (nothing
  accepted); "General Sir X ... made the case for enlargement better than any
  minister has done in a lecture" gives X (`indirect`), narrator and newspaper
  accepted; "His argument deserves to be quoted at length:" closing the
  paragraph has no speech verb: narrator, the general and the newspaper
  accepted (batch 13's intro line), and the untagged quotation paragraph
  after it is the general's; "The general also warned, rightly, against
  "..."" is the general's (`direct`) despite the editorial's "rightly";
  "Mr Gusarov's own words ... were more revealing than he perhaps intended."
  is an intro without content; "We take Mr Gusarov seriously.", "We agree" and
  the rhetorical question are the editorial (newspaper accepted, nobody
  else); the reader-directed closing ("If you agree, tell your Member of
  Parliament") is the editorial; the letters address line is the narrator
  with nothing accepted;
- print interview (t05): the "Interview by Anne Marsh" line makes her the
  narrator (batch 9); her labelled questions ("Anne Marsh:", then "AM:") give
  her (`direct`, nothing accepted, as batch 4's m04), and "Pavel Dorokhin:" /
  "PD:" give him (batch 7's initial labels); his brother Sergei Dorokhin,
  named in her question and in his answer, is accepted only for the answer
  row that quotes him ('He used to tell me, "..."'); "Sergei always believed
  ..." inside the answer reports no words (nothing accepted); her "You have
  said the two of you rarely agreed" reports the interviewee's words (him
  accepted); in the intro, "the United States formally withdrew ..., accusing
  Russia of ..." gives the United States (narrator accepted, as batch 4's
  "withdrew ..., citing"), "Moscow denies the charge." gives Russia (narrator
  accepted); "He spoke to the Review by video link" is an intro (narrator,
  him accepted); the footer is the narrator;
- rapporteur's report (t06): the "Rapporteur: Name" line is the report's
  byline, so the rapporteur is the narrator; Chatham House speakers are
  written as they appear without the determiner ("first panellist", "second
  panellist", "participant" for "Another participant" and "One participant",
  "participant from Russia", also for the later "The participant from
  Russia"), the bare "panellist"/"participant" and the phrase with its
  determiner accepted, `*` only where the sentence names no other person or
  body; "In the panellist's view" gives the panellist (batch 8's "in his
  view"); "He added that Russian officials had proposed ..." keeps the
  participant, "Russian officials" accepted (batch 12's relaying source);
  "Several participants supported the idea." is a loose group's speech act
  without content (`*`, narrator accepted); "Participants broadly agreed that
  ..." gives "Participants" (`*`); "There was no agreement" and the list of
  recommendations "emerged from the discussion" are the narrator; "Ambassador
  Berg" and "Dr Berg" are accepted for their own person, bare "Berg" for
  neither; the keynote speaker (a special envoy) accepts her government;
- TV talk-show story (t07): a quote split from its tag ("Sukhanov asked.")
  gives the host, narrator accepted (batch 10); vocatives inside the host's
  quotes ("Igor Viktorovich, ...", "Igor, you are too gloomy") name the guest
  and do not change the speaker; the quotation paragraph with no attribution at
  all, following a narrator paragraph about Volkova ("Volkova has appeared
  on the programme almost every week ..."), is Volkova's (labels/README
  decision 15, batch 4's m08 row 23), and that narrator paragraph is an intro
  (narrator, her accepted); "Sukhanov played a clip from ... briefing by the
  Foreign Ministry spokeswoman, X" is an intro (narrator, X and the host
  accepted); "In it, X said ..." gives the spokeswoman, Russia and the
  ministry accepted; "Over the next two hours he and his guests returned again
  and again to the border" introduces the speakers (narrator, host accepted);
  "Mironov did not look convinced." is a gesture (narrator, him accepted);
  "The studio audience applauded." is the narrator with the audience accepted
  (batch 10's "booed"); "The Finnish government has said repeatedly that ..."
  gives Finland;
- parliamentary written question and answer (t08): no byline, so no
  narrator; the header lines are the narrator, the two title lines naming the
  questioner and the answering minister accept that person (batch 13's title
  line); every "Question N" / "Answer N" heading is a label piece (batch 10's
  Europarl labels): the MP or the minister, `direct`, narrator accepted; each
  part is its author's (`direct`); the newspaper headline quoted in the
  question is a title (nothing accepted, batch 6), "According to the report,
  ..." in the question accepts the newspaper; the MP's report of the Secretary
  General and of the Russian ambassador accepts them; the minister, answering
  "on behalf of the Government", accepts the Netherlands, "Government" and
  "Minister Smit", never the general Dirk Smit (accepted only in the row that
  reports his information); "The Government has decided to offer NATO ..." is a
  decision reported by the minister: the Netherlands, the minister accepted
  (batch 10); "The Government does not dispute ...", "The Government does,
  however, consider ..." and "The Netherlands supports ..." are stances and
  stay with the minister (batch 9); "The Ministry of Foreign Affairs raised
  the flights with the Russian embassy" (an act in her answer) stays with her,
  the ministry accepted; "The Russian side stated that ..." accepts Russia;
  "I agree with the member that ..." accepts the member; the MP's "such as
  those agreed between NATO and Russia in the past" accepts "NATO and Russia"
  (batch 11).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
RI, RIA = "Radu Ionescu", "Romania|Romanian Defence Minister|defence minister|minister"
SR, SRA = "Sergei Lapin", "deputy foreign minister"
TB, TBA = "Thomas Bell", "NATO|spokesman|NATO spokesman"
SED, SEDA = "senior European diplomat", "European diplomat|diplomat"
IR = "Irina Lapina"
# t02
PM, PMA = "Pieter Maas", "NATO|secretary general|Secretary General"
WK, WKA = "Daniel Whitmore", "United States|President"
NS, NSA = "Nikolai Sharov", "Russia|Russian president"
FB, MN = "Frank Becker", "Marek Zielak"
DR = "Dmitri Rogov"
# t03
VB, VBA = "Vadim Belov", "Russia|President|President of Russia"
HL, HLA = "Henrik Lund", "NATO|Secretary General|NATO Secretary General"
KR = "Russia|Kremlin"
# t04
NC = "Northern Courier"
AZ = "Anatoly Gusarov"
MY, MYA = "Hugh Young", "General Young"
# t05
AM, PD = "Anne Marsh", "Pavel Dorokhin"
# t06
IB, IBA = "Ingrid Berg", "Norway|Ambassador Berg"
JB, JBA = "Jonas Berg", "Dr Berg"
P1, P2 = "first panellist", "second panellist"
PR = "participant from Russia"
# t07
IL, ILA = "Igor Sukhanov", "host"
IM, IMA = "Igor Mironov", "General Mironov"
MV = "Marina Volkova"
YD, YDA = "Yelena Dobrova", "Russia|spokeswoman|Foreign Ministry"
# t08
PVD = "Pieter van Dam"
KS, KSA = "Karin Smit", "Netherlands|Government|Minister Smit|Minister of Defence"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_wire_blacksea2024.txt": ("Martin Grant", {
   # 0 headline (reports speech), 1 byline: narrator
   2: ("Russia", D, "NATO"),                   # lead, "while the alliance said ..." (batch 13)
   3: (RI, I, RIA),                            # "said in a statement that ..."
   4: (RI, D, RIA), 5: (RI, D, RIA), 6: (RI, D, RIA),
   7: (RI, I, RIA),                            # "The minister said ..."
   8: (SR, D, SRA),                            # deputy minister: no government
   9: (SR, D, SRA), 10: (SR, D, SRA),
   11: (SR, D, SRA),                           # "He did not rule out what he called "...""
   12: (TB, D, TBA),
   13: (TB, D, TBA), 14: (TB, D, TBA),
   15: (TB, D, TBA),                           # "Asked whether ..., he said allies were "...""
   16: (SED, D, SEDA),                         # names NATO ambassadors: no *
   17: (SED, D, "*|" + SEDA),
   18: (SED, D, "*|" + SEDA),                  # "the diplomat said, speaking on condition of anonymity"
   19: (IR, I, ""),                            # analyst "told Nordwire that ..."
   # 20 "She is not related to the deputy minister.": narrator, nothing accepted
   21: (IR, D, ""), 22: (IR, D, ""), 23: (IR, D, ""),
   24: (IR, I, ""),                            # "According to Lapina, ..."
   25: (IR, D, ""),
   26: (IR, D, ""),                            # unclosed quote mark
   27: (RI, I, RIA),                           # "Ionescu, for his part, said ..."
   28: (RI, D, RIA), 29: (RI, D, RIA),         # untagged quote in the same paragraph
   # 30 "did not respond", 31-33 background, 34 reporting credit: narrator
 }),
 "t02_summit_bucharest2008.txt": ("Peter Frost", {
   # 0 headline, 1 byline: narrator
   2: ("NATO", D, "NATO leaders|leaders|Germany and France"),  # summit promise; "after Germany and France warned"
   # 3 "satisfied almost no one": narrator
   4: (PM, D, PMA),
   5: (PM, I, PMA),                            # "He added that ..."
   6: (PM, D, PMA),                            # "also called on Russia to accept that "...""
   7: (WK, I, WKA),
   8: (WK, D, WKA),
   9: (WK, I, WKA),                            # "also called for ..."; names Sharov (not speaking)
   # 10 "The two leaders have clashed": narrator, nothing accepted
   11: (NS, I, NSA),                           # "has called the plans a threat"
   12: ("Russia", I, "Kremlin"),
   # 13 "Behind closed doors ...": narrator
   14: (FB, D, "Germany"),
   15: (None, N, MN),                          # "took the opposite view." intro
   16: (MN, I, "Poland"),                      # "He" = Zielak
   17: (FB, I, "Germany|" + N),                # "rejected that argument." (no content)
   18: (FB, I, "Germany"),                     # "He insisted ..." = Becker
   19: (MN, I, "Poland"),                      # "for his part"
   20: (MN, D, "Poland"),                      # quote paragraph, "he said" = Zielak
   21: (None, N, "Russia"),                    # "Russia's reaction was swift." intro
   22: ("Russia", D, "Foreign Ministry|Russian Foreign Ministry|ministry"),
   23: (None, N, DR),                          # "went further." intro
   24: (DR, D, "Russia"),                      # ambassador: government accepted
   25: (None, N, DR),                          # "was conciliatory." intro
   26: (DR, I, "Russia"),
   27: (DR, D, "Russia"), 28: (DR, D, "Russia"),
   # 29 "spoke by telephone": narrator
   30: ("White House spokeswoman", D, "spokeswoman|White House|United States|two leaders"),
   # 31 invitations and Greek block (acts): narrator
   32: ("Diplomats", I, "diplomats"),          # names Ukraine and Georgia: no *
   33: ("Diplomats", D, "*|diplomats|One of them"),  # "One of them described ... as "...""
 }),
 "t03_readouts_call2011.txt": ("", {
   # 0 "President of Russia", 1 title, 2 date/time: narrator, nothing accepted
   3: (None, N, KR),                           # the Kremlin's own announcement of the call
   4: (None, N, KR),                           # "discussed ..." (topic only): event
   5: (VB, I, VBA),                            # "stressed that ..."
   6: (VB, I, VBA),                            # "The Russian side, he noted, ..."
   7: (VB, I, VBA),                            # "The President of Russia expressed concern that ..."
   8: (VB, I, VBA),                            # "He reminded his interlocutor that ..."
   9: (VB, I, VBA),                            # "noted the positive experience ..."
   10: (HL, I, HLA),                           # the SG in the Kremlin text: not Russia
   11: (None, N, KR),                          # "Views were also exchanged ..."
   12: ("sides", I, "*|two sides"),            # "The sides agreed ..."
   # 13 "NATO", 14 title, 15 date: narrator, nothing accepted
   16: (None, N, "NATO"),                      # NATO's own announcement of the call
   17: (HL, I, HLA),
   18: (HL, D, HLA), 19: (HL, D, HLA),
   20: ("NATO", I, "Allies|" + HL + "|Secretary General|NATO Secretary General"),  # "Allies had agreed to invite Russia"
   21: (HL, I, HLA),                           # "also welcomed Russia's continued support"
   22: ("Henrik Lund and Vadim Belov", I, HL + "|" + VB + "|NATO|Russia|" + N),
   # 23 Related line: narrator
 }),
 "t04_editorial_charter1997.txt": ("", {
   # 0 masthead line, 1 headline: narrator, nothing accepted
   2: (None, N, NC + "|both sides"),           # "a document that both sides say they want"
   3: (AZ, D, "Russia"),                       # minister: government accepted
   4: (AZ, D, "Russia"),                       # "he went further, warning that Moscow would "...""
   5: (None, N, NC),                           # "We take Mr Gusarov seriously."
   6: (None, N, NC), 7: (None, N, NC),
   8: (None, N, NC),                           # rhetorical question
   9: (None, N, NC + "|" + AZ),                # "Mr Gusarov's own words ... were more revealing": intro
   10: (AZ, D, "Russia"),                      # "Russia, he said, "...""
   11: (None, N, NC),                          # "We agree, ..."
   12: ("NATO", D, ""),                        # "The alliance has said it has "...""
   13: (None, N, NC),
   14: (MY, I, MYA + "|" + N + "|" + NC),      # "made the case for enlargement ... in a lecture"
   15: (None, N, NC + "|" + MY),               # "His argument deserves to be quoted at length:"
   16: (MY, D, MYA), 17: (MY, D, MYA), 18: (MY, D, MYA), 19: (MY, D, MYA),
   20: (MY, D, MYA),                           # "The general also warned, rightly, against "...""
   21: (None, N, NC), 22: (None, N, NC), 23: (None, N, NC),
   24: (None, N, NC), 25: (None, N, NC),
   26: (None, N, NC),                          # reader-directed closing
   # 27 letters address line: narrator, nothing accepted
 }),
 "t05_interview_inf2019.txt": ("Anne Marsh", {
   # 0 masthead, 1 headline (his words, unattributed), 2 standfirst, 3 "Interview by" line, 4 career: narrator
   5: ("United States", I, N),                 # "withdrew ..., accusing Russia of ..."
   6: ("Russia", I, N),                        # "Moscow denies the charge."
   7: (PD, D, ""),                             # "calls the treaty's end "...""
   8: (None, N, PD),                           # "He spoke to the Review ..." intro
   9: (AM, D, ""), 10: (AM, D, ""),
   11: (PD, D, ""), 12: (PD, D, ""),
   13: (AM, D, "United States"),               # "Washington says ..."
   14: (AM, D, "NATO|NATO allies"),            # "NATO allies endorsed that finding"
   15: (AM, D, ""),
   16: (PD, D, ""), 17: (PD, D, ""), 18: (PD, D, ""),
   19: (AM, D, ""),                            # names his brother only
   20: (AM, D, PD),                            # "You have said ..." reports the interviewee
   21: (PD, D, ""),                            # "(laughs) We still don't."
   22: (PD, D, ""),                            # his brother's belief: nobody else accepted
   23: (PD, D, "Sergei Dorokhin"),             # nested quote of his brother
   24: (PD, D, ""),
   25: (AM, D, ""),
   26: (PD, D, ""), 27: (PD, D, ""), 28: (PD, D, ""), 29: (PD, D, ""),
   30: (AM, D, "Erik Lindqvist|NATO|NATO Secretary General|Secretary General"),  # reports the SG
   31: (AM, D, ""),
   32: (PD, D, ""),                            # "I believe he means it": no words of the SG
   33: (PD, D, ""), 34: (PD, D, ""),
   35: (PD, D, "Russia"),                      # "Moscow has proposed one already."
   36: (PD, D, ""),
   37: (AM, D, ""),
   38: (PD, D, ""), 39: (PD, D, ""), 40: (PD, D, ""),
   41: (AM, D, ""),
   42: (PD, D, ""),
   # 43 footer: narrator
 }),
 "t06_rapporteur_arctic2021.txt": ("Hannah Rose", {
   # 0-4 header lines, 5 "Rapporteur:" line, 6-8 scope and rule, 9 heading: narrator
   10: (IB, D, IBA),                           # keynote on the record
   11: (IB, I, IBA),                           # "She warned that ..."
   12: (IB, I, IBA),                           # "Ambassador Berg called for ..."
   # 13 heading
   14: (P1, I, "panellist"),                   # names Russia: no *
   15: (P1, I, "panellist"),                   # "In the panellist's view, NATO ..."
   16: (P2, I, "panellist"),                   # "disagreed, noting that Russia ..."
   17: (P2, D, "*|panellist"),
   18: ("participant", D, "*|another participant"),
   19: (PR, D, "participant"),                 # names Moscow and the Arctic Council: no *
   20: (PR, I, "participant|Russian officials"),  # relays the officials' proposal
   # 21 heading
   22: (JB, I, JBA),
   23: (JB, I, JBA),                           # "who is not related to the ambassador, proposed"
   24: ("Several participants", I, "*|participants|" + N),  # speech act without content
   25: ("participant", I, "*|one participant"),  # "questioned whether ..."
   26: ("participant", D, "*|one participant"),
   # 27 "The discussion then turned to cyber.": narrator
   28: ("participant from the defence ministry of a NATO member state", D, "participant"),  # names allies
   29: (PR, I, "participant"),                 # "The participant from Russia rejected ..."
   # 30 heading
   31: ("Participants", I, "*|participants"),
   # 32 "There was no agreement", 33-35 recommendations, 36 thanks: narrator
 }),
 "t07_talkshow_finland2024.txt": ("Tom Sharp", {
   # 0 headline, 1-2 standfirst (no speech), 3 byline, 4 timestamps, 5-6 lead: narrator
   7: (IL, D, ILA), 8: (IL, D, ILA),
   # 9 "rarely hides his own views": narrator
   10: (None, N, IL + "|" + ILA),              # "he and his guests returned again and again to ..."
   11: (IM, D, IMA),
   # 12 "He said nothing about ...": narrator (absence of speech)
   13: (IL, D, ILA),                           # vocative "Igor Viktorovich" = the guest
   14: (IL, D, ILA + "|" + N),                 # "Sukhanov asked." tag piece alone
   15: (IM, D, IMA), 16: (IM, D, IMA), 17: (IM, D, IMA),
   18: (None, N, MV),                          # "went further." intro
   19: (MV, D, ""), 20: (MV, D, ""),
   21: (None, N, YD + "|" + IL + "|" + ILA),   # "played a clip from ... briefing by ..."
   22: (YD, D, YDA), 23: (YD, D, YDA),
   # 24 "Such language has become routine ...": narrator
   25: ("Finland", I, "Finnish government"),
   26: (None, N, MV),                          # narrator paragraph about her, introduces the quote
   27: (MV, D, ""), 28: (MV, D, ""),           # quote with no attribution at all (context: Volkova)
   29: (None, N, "studio audience"),           # "applauded"
   30: (None, N, IL + "|" + ILA),              # gesture
   31: (IL, D, ILA),                           # vocative "Igor" = the guest
   32: (IL, D, ILA), 33: (IL, D, ILA),
   34: (None, N, IM + "|" + IMA),              # "did not look convinced." (gesture)
   35: ("Antti Koskinen", D, ""),
   36: ("Antti Koskinen", I, ""),              # "..., he said, ..." without quote marks
   # 37 "did not respond", 38 "declined to comment": narrator
 }),
 "t08_written_question2015.txt": ("", {
   # 0-2 header lines: narrator
   3: (None, N, PVD),                          # title line naming the questioner
   4: (None, N, KS),                           # title line naming the answering minister
   5: (PVD, D, N),                             # "Question 1" label piece
   6: (PVD, D, ""),                            # quotes a headline (a title): nothing accepted
   7: (PVD, D, "Haagsche Avondpost|report"),   # "According to the report, ..."
   8: (KS, D, KSA + "|" + N),                  # "Answer 1" label piece
   9: (KS, D, KSA), 10: (KS, D, KSA), 11: (KS, D, KSA),
   12: (PVD, D, N),
   13: (PVD, D, ""),
   14: (PVD, D, "Lars Eklund|NATO|Secretary General|NATO Secretary General"),
   15: (KS, D, KSA + "|" + N),
   16: (KS, D, KSA), 17: (KS, D, KSA),
   18: (KS, D, KSA + "|Dirk Smit|General Smit"),  # reports the general's information
   19: (PVD, D, N),
   20: (PVD, D, "Russian ambassador in The Hague|Russian ambassador|ambassador|Russia"),
   21: (PVD, D, ""), 22: (PVD, D, ""),
   23: (KS, D, KSA + "|" + N),
   24: (KS, D, KSA + "|Ministry of Foreign Affairs"),  # the ministry's act, in her answer
   25: (KS, D, KSA + "|Russia|Russian side"),  # "The Russian side stated that ..."
   26: (KS, D, KSA),                           # "The Government does not dispute ..." (stance)
   27: (KS, D, KSA),                           # "The Government does, however, consider ..."
   28: (PVD, D, N),
   29: (PVD, D, ""), 30: (PVD, D, ""),
   31: (KS, D, KSA + "|" + N),
   32: (KS, D, KSA),
   33: ("Netherlands", D, "Government|" + KS + "|Minister Smit|Minister of Defence"),  # decision reported
   34: (KS, D, KSA + "|" + PVD),               # "I agree with the member that ..."
   35: (KS, D, KSA),
   36: (PVD, D, N),
   37: (PVD, D, "NATO and Russia|NATO|Russia"),  # "such as those agreed between NATO and Russia"
   38: (KS, D, KSA + "|" + N),
   39: (KS, D, KSA), 40: (KS, D, KSA),
   41: (KS, D, KSA),                           # "The Netherlands supports ..." (stance)
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
