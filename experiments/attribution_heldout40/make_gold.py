"""Build gold.csv for the fortieth held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 (official texts and speeches, as an analyst
collects them) were written for this batch, and their gold rows decided,
without running the attribution code on them. All persons are invented.
Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases") and the conventions of batches 4-38
(experiments/attribution_heldout4/ ... attribution_heldout38/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; a transcript, briefing
  or debate turn (label) is `direct`, and so is the body of a published
  speech;
- none of the eight documents has a byline, so there is no narrator name:
  header lines, titles, date lines, "Check against delivery", translation
  notes, "(Applause)"/"(Laughter)" lines and contact lines are narrator rows
  with an empty speaker (batches 7, 8); a title line naming the speaker(s)
  accepts them (batches 10, 12, 17);
- in a speech, briefing, debate or press-conference turn, a sentence that
  reports another person's words keeps the turn speaker as gold and accepts
  the reported person or body (also by reference, batch 24); a decision of
  the speaker's own body or government reported in the turn gives the body
  (batches 10, 11, 23, 37), the speaker accepted; call-ons, vocatives and
  names without content accept nobody (batches 8, 21, 26);
- a third-person issuer text (ministry comment, embassy release, press
  release) gives its issuer for sentences framed as the issuer's speech acts
  (`indirect`, narrator and issuer variants accepted, batches 19, 37), and
  leaves its unframed sentences to the narrator with the issuer accepted
  (batches 6, 23, 37); sentences of it that carry another party's words give
  that party, with the issuer and the narrator accepted (batches 13, 33, 37);
- a spokesperson's, minister's or president's own remarks give the person,
  with the government or body accepted; a Secretary General's own remarks
  give him, NATO accepted (batches 8, 9); a Secretary General quoted in
  another's speech accepts his name forms, not NATO (batches 24, 37); the
  unlabelled opening statement of a spokeswoman's briefing also accepts the
  narrator, her labelled answers do not (batches 6, 23);
- "Question (Outlet):" gives the outlet (batch 6), a self-introduced
  questioner gives that journalist for the whole turn, including "Question:
  Good afternoon." (batches 19, 23), a moderator's call-on by name makes the
  next bare "QUESTION:" that journalist (batch 6), and any other bare
  "Question:" is "Question", never a previous journalist (batch 9);
- European Parliament labels split off as their own piece ("President.",
  "Name, on behalf of the X Group.") give the turn speaker, narrator
  accepted; the unnamed sitting President is "President"; a group named in
  "on behalf of" is accepted, a party group in brackets is not (batches 10,
  12, 16); a bracketed named interjection gives that member (batch 12);
- unnamed sources are written as they appear, without the article, `*`
  accepted unless the sentence also names another person or body; two
  people who share a surname or a first name make the shared bare form
  acceptable for neither (batches 13, 23, 24); a military officer accepts
  only his rank and name forms (batches 19, 23).

New decisions in this batch:
- t01 (government strategy document, 1995, department heading, no author):
  the document is the United States government speaking of itself in the
  third person; as batch 37's embassy release, its unframed policy
  statements ("The United States will maintain ...", "Enlargement is not
  directed against any country.") are the narrator with "United States" and
  the issuing department accepted; "The United States has made clear to the
  Russian government that ..." is framed as the issuer's speech act: United
  States (`indirect`), narrator and department accepted; "The Department
  believes that ..." is the issuer's own belief/recommendation: narrator,
  United States and the department accepted (new; batch 7's "believes"); the
  quoted President ("As President Thomas Grant told ...", "The President put
  the choice plainly ...: "..."", "The President has made clear that ...")
  gives him, with "Grant", his titles, the United States, the department and
  the narrator accepted (batch 37's quoted minister); "Allied leaders
  declared that they "expect and would welcome" ..." gives NATO (`direct`),
  "Allied foreign ministers agreed to begin a study" NATO (`indirect`), both
  with the group, the issuer and the narrator accepted (batch 33); "the
  Allies and Russia agreed to pursue a "broad, enhanced dialogue ..."" gives
  "Allies and Russia" (batch 23); "Russian leaders have ... expressed concern
  that ... "new dividing lines"" gives the group as written (`direct`),
  Russia and `*` accepted (it names no other party); "Moscow has also argued"
  and "Russia has asked its treaty partners to revise ..." give Russia
  (`indirect`, a request with content, batch 26); "The Alliance will not
  grant Russia ... a veto" is the issuer's own statement of the Alliance's
  policy: narrator, United States, department and NATO accepted (doubtful);
  the verb "grant" is never President Grant; the Foreign Minister who
  "signed the Framework Document" is not a speaker; the section numerals
  split off ("II.", "III.") and the section titles are the narrator, nothing
  accepted.
- t02 (Secretary General's university speech, 2010): the speech from
  "Thank you, Rector, ..." on gives the Secretary General (`direct`), "Dahl",
  his titles, NATO and the narrator accepted (batch 35); the "Speech by ..."
  line accepts him, the title line nothing; his rhetorical questions are his;
  "the Allies suspended formal meetings of the NATO-Russia Council" is an act
  in his speech and stays with him (batch 35's "we created the NRC"); "In
  December, NATO and Russia agreed to resume ..." gives "NATO and Russia"
  (`indirect`, no quoted words, batch 35's voice for a reported agreement),
  him, NATO, Russia and the council accepted; "Allies have agreed that the
  new Strategic Concept ... will set out ..." gives NATO (`indirect`, batch
  35); President Volkov's proposal and quoted words accept him (batch 35's
  relayed proposal); the predecessor's quoted words accept him ("Frost" is
  unique: the common noun in "After the frost of 2008" names nobody);
  President Sergei Volkov and Ambassador Sergei Ryabov share a first name:
  "Sergei and I disagree ..." names the ambassador without content (nobody
  accepted, batch 26's "Thomas and I"); "Many people ... concluded that ..."
  is a conclusion, not speech (nobody else accepted); "A student asked me
  ... whether" accepts the student (batch 35); the merged "(Laughter) That is
  exactly ..." piece stays with him (batch 28); the closing "(Applause)" is
  the narrator.
- t03 (MFA briefing, 2016): as batches 6, 23, 35: the opening statement gives
  the spokeswoman with her forms, the ministry, Russia and the narrator
  accepted; "The Alliance has decided to deploy ... "on a rotational basis,"
  as they put it in Brussels" reports the other side's decision inside her
  statement: her, NATO accepted (batch 23's row 3); "We were told in Warsaw
  that NATO "does not seek confrontation"" and "These words were spoken by
  the Secretary General." accept NATO and the unnamed Secretary General
  (content by reference); "General X ... said the same thing the next day,
  and the ministers of several member states repeated them." accepts the
  general and the ministers; "The Russian side presented specific proposals
  on ..., including the use of transponders." is her government's proposal
  with content: Russia (`direct`), her, the ministry, "Russian side" and the
  narrator accepted (batch 38's t02 proposal); "Minister X spoke about these
  proposals in detail ..., and I will not repeat him." names him and a topic
  only (nobody else, batch 23); the "Answer:" and "Bogdanova:" labels give
  her (surname unique), not the narrator; "Question (Baltic Ledger):" gives
  the outlet; the journalist Martin Vogt and the German Foreign Minister
  Stefan Vogt ("No relation to the minister") share a surname: bare "Vogt"
  accepted for neither, the minister accepted on the question row that
  reports his words; the self-introduced journalists give their turns from
  "Question: Good afternoon." on; the bare "Question: And the transponder
  proposal?" gives "Question" (doubtful: probably Vogt again); "We have heard
  "will be studied" before." is an echo (nobody else); "Russia has decided to
  send its experts ..." in an answer gives Russia, her forms and the ministry
  accepted (batch 11), not the narrator.
- t04 (joint statement of two foreign ministers, 2003, in "The Ministers"
  voice, no byline): "The Ministers noted / agreed / welcomed ..." and
  "They agreed that ..." give "Ministers" as written (`indirect`, batch 32's
  joint ministerial statement), `*` and the narrator accepted; in the row
  that names two other persons (the heads of the expert groups) `*` is
  replaced by the two ministers' own names (new); the statement's unframed
  sentences ("The Ministers held talks ...", "They reviewed ... and exchanged
  views on ...", the visit, the facts about the two neighbours) are the
  narrator with "Ministers" accepted (batches 32, 35: "met", "exchanged views
  on" with a topic only); "The Lithuanian Minister informed his Russian
  colleague about ..." (a speech act naming its topic) and "He stressed that
  ..." give Darius Stankus, "The Russian Minister reaffirmed the well-known
  position ..." and "He expressed the expectation that ... "without undue
  delay."" give Igor Morozov, each with his title forms, his country,
  "Ministers" and the narrator accepted (the title stands for the name given
  in the opening sentence and the signature block); Igor Morozov and the
  expert-group head Sergei Morozov share a surname, so bare "Morozov" is
  accepted for neither; "expressed his gratitude ... and invited the
  Lithuanian Minister to pay a visit" is a speech act without political
  content (Morozov `indirect`, narrator accepted, batch 21's "thanked");
  "The invitation was accepted with gratitude." is an agentless speech act
  whose agent is plainly the Lithuanian Minister: Stankus (`indirect`),
  narrator and "Ministers" accepted (new, doubtful); the ministry line at the
  top, the date line and "Done at Vilnius ..." are the narrator, nothing
  accepted; each signature-block line ("For the Republic of Lithuania",
  "Darius Stankus", ...) is a split-off tag: that minister (`direct`),
  narrator and "Ministers" accepted (batch 17), the "For ..." line also his
  country.
- t05 (European Parliament debate, 2008): the President-in-Office of the
  Council speaks for the Council: his remarks accept "President-in-Office",
  "Minister" (as the President addresses him) and the Council (as a
  committee chairman accepts his committee, batches 23, 27; doubtful);
  "the European Council decided ... to postpone ..." in his turn gives
  "European Council" (a body's decision reported by its representative,
  batch 19's North Atlantic Council), him accepted; "he assured me that ..."
  (the Russian Foreign Minister) accepts the minister and Russia; the
  President-in-Office Bernard Rose and the MEP Helen Rose ("not related")
  share a surname: bare "Rose" accepted for neither; "Mrs Rose" is accepted
  for Helen only; the Commissioner's remarks accept the Commission, and "The
  Commission has also proposed an aid package ..." gives "European
  Commission", her accepted (as a minister reporting his government's
  proposal, batch 38); "NATO's leaders promised Georgia in Bucharest that
  ..." in a member's turn keeps the member, NATO and the leaders accepted
  (batch 10's MEP reporting NATO's request, batch 32's member reporting a
  body's act); "We were told that we were obsessed with history." names no
  teller (nobody else); "(Interruption by Mr Kowalczyk: 'Shame on you!')"
  gives Kowalczyk (`direct`, batch 12), and the unlabelled "Mr Kowalczyk can
  shout ..." resumes the interrupted speaker; the unlabelled "The vote will
  take place ..." after "The debate is closed." stays with the President;
  "(Applause from the right)" is the narrator.
- t06 (defence ministry press release, 2020, GOV.UK layout): the Ministry of
  Defence speaks for the United Kingdom (batch 25's Foreign Office): "The
  Ministry of Defence confirmed that ..." gives United Kingdom (`indirect`),
  ministry forms and the narrator accepted; the release's own account of the
  interceptions, its summary line under the headline and its closing
  background sentence are the narrator with United Kingdom and the ministry
  accepted (batch 23's NATO release), the headline, the "Press release" and
  "From: ..." credit lines and "Published" line nothing (batch 14's press
  release header lines); "Defence Secretary Richard Stone said:" closing its
  paragraph gives him (`indirect`, narrator accepted, batch 24) and the
  two-paragraph quotation (mark reopened) him, with his titles, the United
  Kingdom and the ministry accepted (a cabinet minister, batch 8); the
  detachment commander Wing Commander David Stone ("not related to the
  Defence Secretary") shares the surname: bare "Stone" accepted for neither;
  "the 41-year-old" is the commander; his quotation whose closing mark is
  missing before the tag stays with the tag's speaker (batch 19); the
  sentence about his unit with the "not related" clause is the release's own
  text (narrator, issuer accepted); "NATO's Allied Air Command said" gives
  "Allied Air Command" (batch 28); "Russia's Ministry of Defence has said"
  gives Russia, only the Russian ministry forms accepted (the bare "Ministry
  of Defence" is the issuer); the "Notes to editors" bullets are the
  narrator, nothing accepted (batch 23), except the passive "was agreed by
  NATO Allies in 2014", which accepts NATO (batch 12's passive decision).
- t07 (Russian president's conference speech, 2007 style): the speech gives
  the President (`direct`), his titles, Russia and the narrator accepted;
  the first person plural for the country stays with him; "The Russian
  leadership has therefore decided to examine all the options, including a
  moratorium ..." gives Russia (batch 37), "Russian leadership", him and the
  narrator accepted; "Our chairman has warned me that ..." accepts the
  chairman (reported words; the vocative "dear Mr Keller" accepts nobody);
  the former Secretary General's quoted words accept his name forms and
  titles, not NATO (batch 37); "My colleague the German Chancellor told me
  ..." accepts the unnamed Chancellor and Germany; "For fifteen years we have
  been told that ..." and "We are told that the missile defence system is
  directed against Iran." name no teller (nobody else); "our experts are
  convinced" is a belief (nobody else); the Defence Minister Viktor Rybakov
  ("no relation of mine") shares the President's surname and is named
  without content: bare "Rybakov" accepted for neither; "Check against
  delivery", the translation line, "(Laughter)" and "(Applause)" are the
  narrator.
- t08 (joint press availability, 2013, State Department layout): the title
  line and the "Robert Hope" / "Secretary of State" header pieces are the
  narrator with the persons named accepted (batch 21); the unnamed
  "MODERATOR:" gives "Moderator" (batch 9's unnamed "CHAIR:"), nothing else
  accepted, except that his "The Minister and the Secretary will make brief
  opening remarks" announces the next speakers and accepts them (batch 33);
  "FOREIGN MINISTER BELKIN: (Via interpreter)" and "SECRETARY HOPE:" give
  the full names from the title and header, with surname, titles and the
  government accepted (batch 36); "But we agreed to continue our dialogue
  ... and to prepare a meeting of the NATO-Russia Council" in the Russian
  minister's turn reports a decision of both delegations: "sides" (batch
  21's agentless two-party agreement; batch 34's "we" of both sides), "two
  sides", "United States and Russia" and both principals accepted (new,
  doubtful); the Secretary Robert Hope and the journalist Robert Stone share
  a first name: bare "Robert" accepted for neither; "Robert said that ..."
  in the minister's turn accepts the Secretary; the vocatives "Yuri",
  "Robert" accept nobody; "President Daniel Marsh asked me to convey his
  personal greetings ..." is a relayed message (batch 36), the President
  accepted; "I think the foreign minister described our talks accurately."
  accepts the minister (content by reference, batch 24); the moderator's
  "The first question, Yelena Markova, ..." and "Robert Stone, Baltic
  Ledger." make the next bare "QUESTION:" that journalist (batch 6), surname
  and "Question|journalist|Q" accepted, and the call-ons themselves accept
  nobody; the follow-up "QUESTION: And to the minister?" gives "Question"
  (doubtful: probably Stone again); "We have heard these assurances before."
  names assurances without content (nobody else, batch 35); the journalist's
  "NATO allies in the Baltic states are asking for ..." and "The Russian side
  has repeatedly asked for ..." accept those parties; "(Laughter.)" is the
  narrator.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
USA = "United States|Department of Defense|Department|Office of International Security Affairs"  # unframed rows
USI = N + "|Department of Defense|Department|Office of International Security Affairs"            # framed as the issuer's speech
TG = "Thomas Grant"
TGA = "Grant|President Grant|President|" + USA + "|" + N
# t02
SG = "Henrik Dahl"
SGT = "Dahl|Secretary General|NATO Secretary General"
SGA = SGT + "|NATO|" + N
SGB = SG + "|" + SGT + "|Allies|" + N          # a decision of the Allies reported by him
VOL = "Sergei Volkov|Volkov|President Volkov|President|Russian President|Russia"
AFR = "Arthur Frost|Frost|predecessor|My predecessor"
# t03
IB = "Irina Bogdanova"
IBT = "Bogdanova|Foreign Ministry Spokeswoman|spokeswoman|Russia|Foreign Ministry|Russian Foreign Ministry|ministry"
IBS = IBT + "|" + N                            # opening statement: narrator also accepted
IBR = IB + "|Bogdanova|Foreign Ministry Spokeswoman|spokeswoman|Foreign Ministry|Russian Foreign Ministry|ministry|Russian side"
SGN = "Secretary General|NATO Secretary General"
PMA = "Philip Marsh|Marsh|General Marsh|General Philip Marsh|Supreme Allied Commander"
SVA = "Stefan Vogt|Foreign Minister Vogt|German Foreign Minister|Foreign Minister Stefan Vogt|Germany"
BL, BLA = "Baltic Ledger", "Question|Question (Baltic Ledger)|journalist|Q"
MVO, MVOA = "Martin Vogt", "Question|journalist|Q"  # shared surname: no bare "Vogt"
OS, OSA = "Olga Sedova", "Sedova|Question|journalist|Q"
JLA = "Juha Lindroos|Lindroos|President Lindroos|Finnish President|Finland"
# t04
MIN = "Ministers"
MINA = "*|" + N
MINN = N + "|ministers|Darius Stankus|Igor Morozov|Stankus|Darius Stankus and Igor Morozov"
DS = "Darius Stankus"
DST = "Stankus|Lithuanian Minister|Minister of Foreign Affairs of the Republic of Lithuania"
DSA = DST + "|Lithuania|Ministers|" + N
IM = "Igor Morozov"                            # shared surname with Sergei Morozov: no bare "Morozov"
IMT = "Russian Minister|Minister of Foreign Affairs of the Russian Federation"
IMA = IMT + "|Russia|Russian Federation|Ministers|" + N
# t05
P, PA = "President", "President of the European Parliament"
BR = "Bernard Rose"
BRA = "President-in-Office of the Council|President-in-Office|Minister|Council|Council of the European Union"
HR, HRA = "Helen Rose", "PSE Group|Mrs Rose|Mrs Helen Rose"
JK, JKA = "Jan Kowalczyk", "Kowalczyk|Mr Kowalczyk|UEN Group"
TS, TSA = "Tomas Sharp", "Sharp|Mr Sharp"
EL, ELA = "Eva Lindqvist", "Lindqvist|Commissioner|Member of the Commission|Commission|European Commission"
# t06
UKR = "United Kingdom|Ministry of Defence|MOD|UK|Britain"   # the release's own rows
UKI = N + "|Ministry of Defence|MOD|UK|Britain"             # framed as the ministry's speech
RS = "Richard Stone"
RSA = "Defence Secretary|Defence Secretary Richard Stone|Secretary of State for Defence|United Kingdom|UK|Britain|Ministry of Defence"
DVS = "David Stone"
DVSA = "Wing Commander Stone|Wing Commander David Stone|detachment commander|commander|41-year-old"
# t07
AR = "Anatoly Rybakov"                         # shared surname with Viktor Rybakov: no bare "Rybakov"
ART = "President|President of the Russian Federation|President Rybakov"
ARA = ART + "|Russia|" + N
# t08
RH = "Robert Hope"
RHT = "Hope|Secretary Hope|Secretary|Secretary of State|Mr. Secretary"
RHA = RHT + "|United States|State Department"
YB = "Yuri Belkin"
YBT = "Belkin|Minister Belkin|Foreign Minister Belkin|Foreign Minister|Minister|Russian Foreign Minister"
YBA = YBT + "|Russia"
MOD = "Moderator"
DMA = "Daniel Marsh|Marsh|President Marsh"
YM, YMA = "Yelena Markova", "Markova|Question|journalist|Q"
RST, RSTA = "Robert Stone", "Stone|Question|journalist|Q"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_strategy_europe1995.txt": ("", {
   # 0-6 department heading, office, title, date, excerpt note, "II.", section title: narrator, nothing accepted
   7: (None, N, USA), 8: (None, N, USA), 9: (None, N, USA),
   10: ("NATO", D, "Allied leaders|leaders|Allies|Alliance|" + USA + "|" + N),  # "declared that they "expect ...""
   11: ("NATO", I, "Allied foreign ministers|foreign ministers|ministers|Allies|Alliance|" + USA + "|" + N),  # "agreed to begin a study"
   12: (TG, D, TGA), 13: (TG, D, TGA),        # "As President Thomas Grant told ..., "...""
   14: (TG, I, TGA),                          # "The President has made clear that ..."
   15: (None, N, USA), 16: (None, N, USA), 17: (None, N, USA),
   18: (None, N, USA), 19: (None, N, USA),
   # 20 "III.", 21 section title: narrator, nothing accepted
   22: (None, N, USA), 23: (None, N, USA),
   24: (None, N, USA),                        # acts; the Foreign Minister who signed is not a speaker
   25: ("Russian leaders", D, "leaders|Russia|*|" + USA + "|" + N),  # "expressed concern that ... "new dividing lines""
   26: ("Russia", I, "Moscow|" + USI),        # "Moscow has also argued that ..."
   27: ("United States", I, USI),             # "The United States has made clear to the Russian government that ..."
   28: (None, N, USA + "|NATO|Alliance"),     # the Alliance's policy stated by the issuer (doubtful); "grant" is not Grant
   29: (None, N, USA),
   30: ("Allies and Russia", D, "NATO and Russia|NATO|Russia|Allies|" + USA + "|" + N),
   31: (None, N, USA),                        # "The Department believes that ..."
   32: (TG, D, TGA), 33: (TG, D, TGA),        # "The President put the choice plainly ...: "...""
   34: (None, N, USA),
   35: ("Russia", I, USI),                    # "Russia has asked its treaty partners to revise ..., citing ..."
   36: (None, N, USA), 37: (None, N, USA),
 }),
 "t02_sgspeech_warsaw2010.txt": ("", {
   # 0 title line: narrator, nothing accepted
   1: (None, N, SG + "|" + SGT),              # "Speech by NATO Secretary General ..." line
   # 2 date: narrator
   3: (SG, D, SGA),                           # "Thank you, Rector, ...": vocative, nobody else
   4: (SG, D, SGA), 5: (SG, D, SGA), 6: (SG, D, SGA), 7: (SG, D, SGA),
   8: (SG, D, SGA),                           # "the Allies suspended formal meetings ...": act in his speech
   9: (SG, D, SGA),                           # "Many people ... concluded that ...": not speech
   10: (SG, D, SGA), 11: (SG, D, SGA), 12: (SG, D, SGA),
   13: (SG, D, SGA), 14: (SG, D, SGA), 15: (SG, D, SGA),
   16: (SG, D, SGA), 17: (SG, D, SGA),
   18: ("NATO and Russia", I, "NATO|Russia|NATO-Russia Council|Council|" + SG + "|" + SGT + "|" + N),
   19: (SG, D, SGA), 20: (SG, D, SGA), 21: (SG, D, SGA),
   22: (SG, D, SGA + "|" + VOL),              # "President Sergei Volkov proposed a new treaty"
   23: (SG, D, SGA + "|" + VOL),              # "He said in Berlin that Europe needs "...""
   24: (SG, D, SGA),
   25: (SG, D, SGA),                          # "I welcome the President's willingness": nobody else
   26: (SG, D, SGA + "|" + AFR),              # the predecessor's quoted words
   27: (SG, D, SGA),
   28: (SG, D, SGA),                          # "After the frost of 2008": not Frost
   29: (SG, D, SGA), 30: (SG, D, SGA), 31: (SG, D, SGA),
   32: (SG, D, SGA), 33: (SG, D, SGA), 34: (SG, D, SGA),
   35: (SG, D, SGA),                          # names the ambassador, no content
   36: (SG, D, SGA),                          # "Sergei and I disagree ...": nobody else
   37: (SG, D, SGA),                          # "(Laughter) That is exactly ...": merged piece
   38: ("NATO", I, SGB),                      # "Allies have agreed that ..."
   39: (SG, D, SGA + "|student|A student"),   # reported question
   40: (SG, D, SGA), 41: (SG, D, SGA),
   # 42 (Applause): narrator
 }),
 "t03_mfabriefing_warsaw2016.txt": ("", {
   0: (None, N, IB + "|Bogdanova|Foreign Ministry Spokeswoman|spokeswoman"),  # title line naming her
   # 1 translation note, 2 topic heading: narrator
   3: (IB, D, IBS), 4: (IB, D, IBS),
   5: (IB, D, IBS + "|NATO|Alliance"),        # NATO's decision and its words inside her statement
   6: (IB, D, IBS),
   7: (IB, D, IBS + "|NATO|" + SGN),          # "We were told in Warsaw that NATO "...""
   8: (IB, D, IBS + "|" + SGN),               # "These words were spoken by the Secretary General."
   9: (IB, D, IBS + "|" + PMA + "|ministers|ministers of several member states"),  # content by reference
   10: (IB, D, IBS), 11: (IB, D, IBS),
   # 12 topic heading: narrator
   13: (IB, D, IBS),                          # "the NATO-Russia Council met": event in her statement
   14: ("Russia", D, IBR + "|" + N),          # "The Russian side presented specific proposals ..."
   15: (IB, D, IBS),                          # names the minister and a topic only
   # 16 "Answers to media questions:": narrator
   17: (BL, D, BLA + "|" + SVA),              # outlet-labelled question reporting the German minister
   18: (BL, D, BLA),
   19: (IB, D, IBT), 20: (IB, D, IBT),        # "Answer:" label
   21: (MVO, D, MVOA),                        # "Question: Good afternoon." before the self-introduction
   22: (MVO, D, MVOA), 23: (MVO, D, MVOA),    # "No relation to the minister": nobody else
   24: (MVO, D, MVOA),
   25: (IB, D, IBT),                          # "Bogdanova:" label
   26: (IB, D, IBT),                          # "(Laughter in the hall) Russia has always ..." merged
   27: (IB, D, IBT), 28: (IB, D, IBT),
   29: ("Question", D, "journalist|Q"),       # bare follow-up (doubtful)
   30: (IB, D, IBT + "|NATO spokesperson|NATO"),  # the NATO spokesperson's quoted words
   31: (IB, D, IBT),
   32: (IB, D, IBT),                          # echo "will be studied": nobody else
   33: (OS, D, OSA),
   34: (OS, D, OSA + "|" + JLA),              # reports the Finnish president's suggestion
   35: (OS, D, OSA),
   36: (IB, D, IBT),
   37: ("Russia", D, IBR),                    # "Russia has decided to send its experts ..."
 }),
 "t04_jointstatement_vilnius2003.txt": ("", {
   # 0 ministry line: narrator, nothing accepted
   1: (None, N, MIN + "|" + DS + "|" + IM + "|Stankus"),  # title line naming both ministers
   # 2 place/date: narrator
   3: (None, N, MIN),                         # the visit
   4: (None, N, MIN),                         # "The Ministers held talks ...": event
   5: (None, N, MIN),                         # "reviewed ... and exchanged views on ...": topic only
   6: (MIN, I, MINA),                         # "The Ministers noted with satisfaction that ..."
   7: (MIN, I, MINN),                         # "They agreed that ..."; names the expert-group heads: no *
   8: (DS, I, DSA),                           # "The Lithuanian Minister informed ... about ..."
   9: (DS, I, DSA),                           # "He stressed that ..."
   10: (IM, I, IMA),                          # "The Russian Minister reaffirmed the well-known position ..."
   11: (IM, D, IMA),                          # "He expressed the expectation that ... "without undue delay.""
   12: (MIN, I, MINA), 13: (MIN, I, MINA),
   14: (None, N, MIN), 15: (None, N, MIN),    # unframed facts
   16: (MIN, I, MINA),                        # "The Ministers agreed to intensify consultations ..."
   17: (IM, I, IMA),                          # gratitude and invitation: no political content
   18: (DS, I, DSA),                          # "The invitation was accepted with gratitude." (doubtful)
   # 19 "Done at Vilnius ...": narrator, nothing accepted
   20: (DS, D, N + "|Ministers|Stankus|Lithuania|Republic of Lithuania"),  # signature block
   21: (DS, D, N + "|Ministers|Stankus"),
   22: (IM, D, N + "|Ministers|Russia|Russian Federation"),
   23: (IM, D, N + "|Ministers"),
 }),
 "t05_epdebate_georgia2008.txt": ("", {
   # 0-2 header lines: narrator
   3: (P, D, PA + "|" + N), 4: (P, D, PA),
   5: (BR, D, BRA + "|" + N),                 # label piece
   6: ("European Council", D, BR + "|" + BRA + "|European Union|EU"),  # the European Council's decision
   7: (BR, D, BRA),
   8: (BR, D, BRA + "|Russian Foreign Minister|Foreign Minister|Russia"),  # "he assured me that ..."
   9: (BR, D, BRA),
   10: (P, D, PA + "|" + N), 11: (P, D, PA),
   12: (P, D, PA),                            # gives the floor to Mrs Rose: nobody else
   13: (HR, D, HRA + "|" + N),
   14: (HR, D, HRA),                          # "the Minister and I are not related": nobody else
   15: (HR, D, HRA),                          # "(Laughter) Colleagues, ..." merged
   16: (HR, D, HRA), 17: (HR, D, HRA),
   18: (JK, D, JKA + "|" + N),
   19: (JK, D, JKA),
   20: (JK, D, JKA),                          # "We were told that ...": no teller named
   21: (JK, D, JKA + "|some colleagues|colleagues"),
   22: (JK, D, JKA + "|NATO|NATO's leaders|leaders"),  # NATO's promise reported in his turn
   # 23 (Applause from the right): narrator
   24: (TS, D, TSA + "|" + N),                # "Tomas Sharp (GUE/NGL)." label: party group not accepted
   25: (TS, D, TSA), 26: (TS, D, TSA),
   27: (JK, D, JKA),                          # bracketed named interjection
   28: (TS, D, TSA),                          # resumes: "Mr Kowalczyk can shout ..."
   29: (TS, D, TSA),
   30: (P, D, PA + "|" + N), 31: (P, D, PA),
   32: (EL, D, ELA + "|" + N),
   33: (EL, D, ELA),
   34: ("European Commission", D, EL + "|" + ELA),  # "The Commission has also proposed ..."
   35: (EL, D, ELA),
   36: (EL, D, ELA + "|European Union|EU"),   # "As I told the Russian ambassador ..., the European Union wants ..."
   37: (P, D, PA + "|" + N), 38: (P, D, PA),
   39: (P, D, PA),                            # "The vote will take place ...": still the President
 }),
 "t06_modrelease_blacksea2020.txt": ("", {
   # 0 "Press release", 1 headline: narrator, nothing accepted
   2: (None, N, UKR),                         # summary line: the release's announcement
   # 3 "From:" credit line, 4 "Published" line: narrator, nothing accepted
   5: (None, N, UKR), 6: (None, N, UKR), 7: (None, N, UKR),
   8: ("United Kingdom", I, UKI),             # "The Ministry of Defence confirmed that ..."
   9: (RS, I, RSA + "|" + N),                 # "Defence Secretary Richard Stone said:"
   10: (RS, D, RSA), 11: (RS, D, RSA),
   12: (RS, D, RSA), 13: (RS, D, RSA),        # reopened mark, second paragraph
   14: (DVS, I, DVSA),                        # "The detachment commander, Wing Commander David Stone, said ..."
   15: (DVS, D, DVSA),                        # closing mark missing before "the 41-year-old said."
   16: (DVS, D, DVSA),
   17: (None, N, UKR),                        # the release's own text about his unit ("not related")
   18: ("Allied Air Command", D, "Air Command|NATO's Allied Air Command|NATO"),
   19: ("Russia", I, "Russia's Ministry of Defence|Russian Ministry of Defence"),
   20: (None, N, UKR),
   # 21 "Notes to editors": narrator
   22: (None, N, "NATO|NATO Allies|Allies"),  # passive "was agreed by NATO Allies"
   # 23-24 notes, 25 contact line, 26 "Follow ...": narrator, nothing accepted
 }),
 "t07_presidentspeech_munich2007.txt": ("", {
   0: (None, N, AR + "|" + ART),              # "Speech by President ..." line
   # 1 place/date, 2 "Check against delivery", 3 translation line: narrator
   4: (AR, D, ARA),                           # salutation; "dear Mr Keller" accepts nobody
   5: (AR, D, ARA),
   6: (AR, D, ARA + "|Keller|Mr Keller|chairman|Our chairman"),  # "Our chairman has warned me that ..."
   7: (AR, D, ARA),
   # 8 (Laughter): narrator
   9: (AR, D, ARA),                           # "we have been told that ...": no teller named
   10: (AR, D, ARA), 11: (AR, D, ARA), 12: (AR, D, ARA), 13: (AR, D, ARA),
   # 14 (Applause): narrator
   15: (AR, D, ARA), 16: (AR, D, ARA), 17: (AR, D, ARA), 18: (AR, D, ARA),
   19: (AR, D, ARA + "|Hans Brenner|Brenner|Secretary General|Secretary General of NATO|NATO Secretary General"),
   20: (AR, D, ARA), 21: (AR, D, ARA),
   22: (AR, D, ARA),                          # "We are told that ...": no teller named
   23: (AR, D, ARA),
   24: (AR, D, ARA),                          # "our experts are convinced": belief
   25: (AR, D, ARA),
   26: (AR, D, ARA + "|German Chancellor|Chancellor|My colleague the German Chancellor|Germany"),
   27: (AR, D, ARA), 28: (AR, D, ARA), 29: (AR, D, ARA), 30: (AR, D, ARA),
   31: ("Russia", D, "Russian leadership|" + AR + "|" + ART + "|" + N),  # the leadership's decision
   32: (AR, D, ARA), 33: (AR, D, ARA), 34: (AR, D, ARA), 35: (AR, D, ARA),
   36: (AR, D, ARA),                          # names the Defence Minister, no content
   37: (AR, D, ARA),                          # "no relation of mine": nobody else
   # 38 (Laughter): narrator
   39: (AR, D, ARA),
   # 40 (Applause): narrator
 }),
 "t08_newsconference_moscow2013.txt": ("", {
   0: (None, N, YB + "|" + YBT + "|" + RH + "|" + RHT),  # title line
   1: (None, N, RH + "|" + RHT),              # header "Robert Hope"
   2: (None, N, RH + "|" + RHT),              # header "Secretary of State"
   # 3 place, 4 date: narrator
   5: (MOD, D, ""),
   6: (MOD, D, YB + "|" + YBT + "|" + RH + "|" + RHT),  # announces the next speakers
   7: (MOD, D, ""),                           # call-on "Minister Belkin, please."
   8: (YB, D, YBA), 9: (YB, D, YBA), 10: (YB, D, YBA), 11: (YB, D, YBA),
   12: ("sides", D, "two sides|United States and Russia|" + YB + "|" + YBA + "|" + RH + "|" + RHA),  # "we agreed to ..." (doubtful)
   13: (RH, D, RHA),                          # vocative "Yuri": nobody else
   14: (RH, D, RHA + "|" + DMA),              # relayed greetings of the President
   15: (RH, D, RHA + "|" + YB + "|" + YBT),   # "the foreign minister described our talks accurately"
   16: (RH, D, RHA), 17: (RH, D, RHA),
   18: (MOD, D, ""),
   19: (MOD, D, ""),                          # call-on naming the journalist
   20: (YM, D, YMA),
   21: (YM, D, YMA + "|Russia|Russian side"), # "The Russian side has repeatedly asked ..."
   22: (YM, D, YMA),
   23: (RH, D, RHA + "|" + DMA),              # "what President Marsh has said many times: ..."
   24: (RH, D, RHA),                          # "We have offered ...": his government's offer
   25: (RH, D, RHA),
   26: (YB, D, YBA),
   27: (YB, D, YBA + "|" + RH + "|" + RHT),   # "Robert said that ...": not bare "Robert"
   28: (YB, D, YBA), 29: (YB, D, YBA),
   30: (MOD, D, ""),                          # call-on "Robert Stone, Baltic Ledger."
   31: (RST, D, RSTA),
   32: (RST, D, RSTA + "|NATO allies in the Baltic states|NATO allies|allies"),
   33: (RST, D, RSTA),
   34: (RH, D, RHA),                          # vocative "Robert": nobody else
   # 35 (Laughter.): narrator
   36: (RH, D, RHA), 37: (RH, D, RHA),
   38: ("Question", D, "journalist|Q"),       # bare follow-up (doubtful)
   39: (YB, D, YBA),                          # "We have heard these assurances before.": nobody else
   40: (YB, D, YBA), 41: (YB, D, YBA),
   42: (MOD, D, ""), 43: (MOD, D, ""),
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    print("=====", doc, len(sents), "sentences")
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        text = normalize_space(s.text)
        print(f"{i:3d} [{sp or '-'} | {voice} | {acc}] {text}")
        rows.append({"doc": doc, "index": i, "text": text,
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
