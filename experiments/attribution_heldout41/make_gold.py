"""Build gold.csv for the forty-first held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 (the common kinds an analyst feeds the tool:
newspaper and wire reports, a scraped news page, a policy commentary, a
magazine interview and a government press release, 1994-2025) were written
for this batch, and their gold rows decided, without running the attribution
code on them. All persons are invented. Gold follows /work/shared/ANNOTATION.md
("The speaker", "Speaker conventions for common cases") and the conventions
of batches 4-40 (experiments/attribution_heldout4/ ... attribution_heldout40/
make_gold.py), in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; an interview turn
  (label) is `direct`;
- speech acts of bodies give the body; "the Kremlin", "Moscow", "the Russian
  Foreign Ministry" speaking give `Russia`, "the State Department" and
  "Washington" `United States`; a ministry speaking for its government gives
  the country, the ministry accepted; acts without speech are the narrator;
- a spokesperson's, minister's, ambassador's or head of government's own
  remarks give the person, with the government or body accepted; a deputy or
  junior minister's (and a Duma deputy's) only his own name forms and titles
  (batches 7, 8, 23, 25, 34); a Secretary General's own remarks give him, NATO
  accepted; when a speaker reports what the allies agreed the body is gold and
  he is accepted; a military officer who is not a spokesman accepts only his
  rank and name forms (batches 19, 25), a general heading an agency also the
  agency (batch 28);
- beliefs, memories, feelings, wishes and forecasts are the narrator (the
  person accepted); intros without content are the narrator with the party
  introduced accepted; a speech act without content by a named party gives
  it, narrator accepted; "declined to say" and "declined an invitation" are
  the narrator with nothing accepted; a factual sentence whose relative or
  subordinate clause carries another party's speech is the narrator with that
  party accepted (batch 9);
- headlines, standfirsts, bylines, datelines, captions, credits and
  navigation text are the narrator; a headline or standfirst that reports a
  party's speech accepts that party; unnamed sources are written as they
  appear without the article, `*` accepted unless the sentence also names
  another person or body; "NATO official(s)" and "alliance officials" never
  get `*` (batches 24, 37); "One of them" after a plural source gives the
  singular (batches 31-33, 38, 39);
- two people who share a surname or a first name make the shared bare form
  acceptable for neither; a bare title that fits two people is accepted for
  neither (batches 15, 23, 38); a common word that is also a surname in the
  document ("lie", "price") names nobody (batches 27, 35, 39);
- a quotation whose closing mark is missing before its tag stays with the
  tag's speaker (batch 19); a quotation paragraph left open and reopened stays
  with its speaker (batches 6, 19);
- a third-person issuer text gives its issuer for sentences framed as the
  issuer's speech acts (`indirect`, narrator and issuer variants accepted),
  leaves its unframed sentences to the narrator with the issuer accepted, and
  gives another party for sentences carrying that party's words, the issuer
  and the narrator accepted (batches 19, 37, 40).

New decisions in this batch:
- t01 (newspaper, 1994): the defence minister General Anatoly Sedykh and the
  foreign minister Andrei Kuzin are both "minister": the bare title is
  accepted for neither (batch 15), "foreign minister" only for Kuzin, who
  signs (an act) but never speaks; Kuzin's "is expected to return ... to
  present the Russian programme" is a forecast (narrator, him accepted, batch
  23); the standfirst "..., defence minister says" accepts Sedykh, Russia and
  Moscow, the headline "Russia ... presses for "special" status" Russia;
  "Asked whether ..., he replied:" closing its paragraph gives him
  (`indirect`, narrator accepted, batch 23) and the untagged paragraph after
  it him; "Mr. Sedykh has been less diplomatic at home." is an intro; the
  editor named in "In an interview last month with Oleg Burov, the editor of
  ..." is not a speaker (batch 19); "NATO officials were at pains to play down
  the talk of special status." is a speech act without content (batch 29's
  "played down"): "NATO officials" (`indirect`), officials, NATO, the narrator
  and the spokesman it introduces accepted, no `*`; the unnamed "Western
  diplomat" ("One of them") and the "Polish diplomat in Brussels" make bare
  "diplomat" acceptable for neither; "In Moscow, where nationalist deputies
  ... have denounced the partnership ..., the Kremlin issued a brief
  statement welcoming the signing as "..."" gives Russia (`direct`, main
  clause), the Kremlin, the statement, the deputies (subordinate clause,
  batch 13) and the narrator (act + speech, batch 28) accepted; "Poland,
  Hungary and the Czech Republic ... are watching closely." introduces the
  Polish diplomat (narrator, the three countries, Poland and the diplomat
  accepted); the diplomat's sentence names Warsaw and Moscow (no `*`, Poland
  not accepted, batch 23); the photo caption naming Sedykh accepts nobody.
- t02 (news site as scraped, 2004): the navigation, "Print this article |
  Email this article", "Last updated", "Related stories:", "Back to top" and
  copyright lines are the narrator with nothing accepted; the splitter merges
  two related-story headlines into one piece, which accepts the parties both
  report (Russia, "Baltic leaders", batch 39); "In Moscow, the reaction was
  cool." introduces the ministry's statement (narrator, Russia and the
  ministry accepted, batch 39); "the statement said" gives Russia; "a mission
  the alliance describes as routine" is the narrator with NATO accepted; the
  Duma deputies Alexei Zorin and Alexei Ryabov share a first name (accepted
  for neither) and accept only their own forms (batch 34; "deputy chairman"
  is Zorin's title only, "His colleague" Ryabov's); the stray opening mark
  without its closing mark (""Four planes are not an army, he said.") leaves
  the piece with the tag's speaker; the Secretary General's "told the
  ceremony that the alliance's door remained open" is his statement of stance
  (him, NATO accepted); the prime minister accepts Lithuania.
- t03 (policy-institute commentary, 2012, author line without "By", batch
  23): the opening "When the Russian government approved ..., officials on
  both sides hailed it as proof that ..." gives the group as written
  ("officials on both sides", `indirect`), "officials" and "both sides"
  accepted, no `*` (the sentence names the Russian government and NATO) and
  no narrator (the main clause is speech, unlike batch 16's wire lead with an
  event main clause); "Deputy Foreign Minister X was candid about the logic
  when he spoke to the Duma's foreign affairs committee" has no content of
  its own: an intro (narrator, him accepted); "That sentence was aimed at
  missile defence, ..." glosses his words (narrator, him accepted, batch 21);
  the deputy minister Igor Lebedev and the ambassador Konstantin Lebedev
  ("no relation") share the surname: bare "Lebedev" accepted for neither,
  first names and titles for their own person, the ambassador also Russia;
  "Many in Warsaw and the Baltic capitals believe ..." is a loose group's
  belief (narrator, the group and `*` accepted), and the next sentence ("For
  them, a supply route that Moscow can close ...") continues it (narrator, the
  group only: it names Moscow); "They have a point." is the author's verdict
  (nothing accepted); "put it to me this way:" closing its paragraph gives
  the unnamed diplomat (`indirect`, narrator and `*` accepted, batch 39), the
  quotation paragraph him (`*`: it names nobody); the broadcaster named in
  "In an interview with the broadcaster X" is not a speaker; "Washington has
  been careful." introduces the U.S. official (narrator, United States and
  the official accepted); "A senior U.S. official said the administration
  welcomed ..." relays the administration's welcome (the official, United
  States and "administration" accepted, no `*`, batch 12); "after Moscow
  declined an invitation to attend" is the narrator, nothing accepted (batch
  23); the author's recommendation "it should say plainly, as some allied
  officials already do in private, that ..." is the narrator with those
  officials and NATO accepted (batch 27).
- t04 (wire, 2008, no byline): the credit "(Reporting by A and B; Writing by
  Daniel Hart; Editing by C)" makes the writer the narrator (batch 13); the
  lead "NATO has cancelled ..., saying there could be no normal dialogue ..."
  gives NATO (`indirect`, narrator accepted, batch 19); the statement's
  "Allies have agreed that ..." stays NATO; the unnamed "NATO diplomat" never
  gets `*` (his description names the alliance, as "NATO official", batches
  24, 37); his "the decision had been taken after a long session of the North
  Atlantic Council ..., at which several allies argued ..." relays a decision
  and a relative clause carrying speech: the diplomat, NATO, the council and
  "several allies" accepted (batches 12, 13); a presidential foreign-policy
  aide ("a senior Kremlin aide, Dmitry Vasilenko, who advises the president
  on foreign policy") is neither a spokesman nor a member of the government:
  he accepts only his own name forms and "Kremlin aide", not Russia or the
  Kremlin (new, as batch 38's department director; doubtful); he and the
  envoy Dmitry Zotov share a first name; "we were told it would be a forum
  for all weather" names no teller (nobody else, batch 40); his quotation
  left open at the end of its paragraph and reopened stays with him; "The
  alliance has demanded that Russia withdraw ..." is a demand with content in
  the background (NATO, `indirect`, narrator accepted); "Moscow says ..."
  gives Russia; "welcomed the decision." gives the Georgian ambassador
  (`indirect`, narrator accepted, batch 8), who accepts Georgia; "Some allies,
  including Germany and Italy, had been wary of ..., European officials said."
  gives the officials (names countries: no `*`), "One of them" the singular
  "European official" (names the council: no `*`).
- t05 (magazine interview, 2016, "Interview by" line, labels by surname):
  the interviewer Thomas Hart is the narrator; his "Hart:" turns give him
  (`direct`), "Hart", the magazine and the narrator accepted (batch 27); the
  "Saar:" turns give the minister Kristjan Saar; his father Ants Saar is named
  in full in the intro, so bare "Saar" is accepted for neither (batches 13,
  27), while "Kristjan" and "Minister Saar" are his; the minister accepts
  Estonia (batch 8); the split-off "(Laughs.)" is a gesture (narrator, him
  accepted, batches 19, 30); "He says that in 1968 his officers told him ..."
  and "My father says ..." report the father's words (the father accepted),
  "He thinks I have enough of the first ..." a belief (nobody else); "our
  ambassador was summoned to the Russian Foreign Ministry in July and told
  that Estonia would "bear responsibility"" is a passive whose teller is
  given by the place of summons: Russia and the ministry accepted (new); "The
  government decided in August that Estonia will spend ..." gives Estonia,
  him accepted (batch 10); "Allies agreed in Warsaw to keep the NATO-Russia
  Council open ..., and Estonia supported that." gives NATO (`direct`), him,
  Allies and Estonia accepted (batches 12, 23); "A British general told me in
  Warsaw, '...'" accepts the general; "He is right" accepts nobody; the
  interviewer's questions that report Moscow, the Russian Foreign Ministry,
  "Some of your allies" or the government's decision accept those parties,
  his vocative "Minister Saar" nobody; the intro's "two months after allied
  leaders agreed at their Warsaw summit to station ..." is a subordinate
  clause carrying NATO's decision (narrator, NATO and the leaders accepted,
  batch 24); the headline quoting him and the standfirst "Estonia's defence
  minister on ..." accept him; the closing note is the narrator.
- t06 (news report, 2021): the lead "... in a joint exercise that both
  governments are holding up as evidence that ..." is the narrator with "both
  governments" accepted (batch 9); the verb "lie" ("Not all of the
  differences lie at sea level.") is not Commander Henrik Lie; "According to
  the Norwegian Ministry of Defence, Russian aircraft approached ... 42 times"
  gives Norway (`indirect`, a statistic, batches 32, 34), ministry forms and
  the narrator accepted; a consul general heads his government's consular
  post and speaks for it like an ambassador: his remarks accept Russia (new,
  doubtful); "The Russian side disputes the figure." gives Russia (`indirect`,
  without content: narrator accepted) and introduces the consul general (him
  accepted); the deputy foreign minister Nikolai Sorokin and the consul
  general Nikolai Petrenko share a first name; "struck a similar note" is an
  intro (batch 31); his "He said Moscow valued the "..."" relays Moscow's
  stance and accepts Russia (batch 39's t04 row 21; a deputy minister's other
  rows accept only his own forms); "She said"/"She added" follow the
  foreign minister,
  "He said" the last man named (Sorokin, then Lie); the coast guard
  commander accepts only his rank and name forms and "the 47-year-old"
  (batches 19, 25); "Analysts in Oslo are less sanguine about the future."
  is an intro (narrator, `*`), "Some believe ..." their belief (narrator, the
  group accepted; names Russia: no `*`); the caption and its credit are the
  narrator.
- t07 (government press release, 2023, no byline, so no narrator): the
  Ministry of the Interior speaks for Finland; "The border authorities of
  Finland and Russia have agreed to ..., the Ministry of the Interior
  announces." gives the issuer's announcement (Finland, `indirect`), ministry
  forms, the narrator and the agreeing pair accepted (as batch 39's relaying
  source "Alliance officials said the ministers had also agreed ...");
  "The Ministry notes / stresses that ..." give Finland (`indirect`); the
  unframed sentences (the meeting, the hotline, "Finland's support for
  Ukraine remains firm.", "Finland will consider the proposal.") are the
  narrator with Finland and the ministry accepted; "Minister of the Interior
  Liisa Mäki said:" closing its paragraph gives her (`indirect`, narrator
  accepted), and her two-paragraph quotation (mark reopened) her, with her
  titles, Finland and the ministry accepted (batches 24, 40); the Chief of the
  Finnish Border Guard, Lieutenant General Juha Mäki, shares her surname:
  bare "Mäki" accepted for neither, first names and titles for their own
  person; his statistic "According to the Chief ..., the line has been used
  ..." gives him (`indirect`), with the Border Guard he heads (batch 28) and
  the issuer and narrator accepted (another party's words in an issuer text);
  "The Russian side confirmed its readiness ... and proposed that ..." gives
  Russia (`indirect`), issuer and narrator accepted; "Finland has informed its
  NATO Allies of the agreement." is the issuer's speech act naming a topic
  (Finland, `indirect`, batch 23); "the approach agreed by Allies at the
  Vilnius Summit" is a passive decision in the issuer's text (narrator, issuer
  and NATO accepted, batch 40); the headline reporting the pair's agreement
  accepts the pair; the Background facts are the narrator with nothing
  accepted, except "Russia has said that it will take "military-technical"
  countermeasures", which gives Russia (`direct`), issuer and narrator
  accepted; the "Further information:" lines, split after "tel.", are the
  narrator with nothing accepted.
- t08 (news report, 2025): the U.S. deputy Treasury secretary Michael Price
  and the British sanctions minister Laura Price ("not related") share the
  surname: "Mr. Price" is Michael, "Ms. Price" Laura, bare "Price" accepted
  for neither (batches 20, 39); as a deputy minister and a junior minister
  they accept only their own forms and titles (batches 23, 25), not their
  governments, except on the rows where they relay their government's
  position or plan ("Mr. Price said Washington wanted ...", "She said London
  would add ..."), which accept it (batch 39's t04 deputy minister relaying
  his government's briefing; doubtful); the common noun "price" (cap, "The price of doing nothing")
  names nobody; the Kremlin spokesman Yuri Dolgov and the deputy finance
  minister Pavel Dolgov ("no relation") likewise: bare "Dolgov" for neither,
  the spokesman with Russia and the Kremlin, the deputy minister with his own
  forms only (not the agency he spoke to, batch 26); the lead "Western
  officials failed ... to agree ..., after two days of talks in which the
  United States and Britain pressed for ... and several European governments
  urged caution." has an event as its main clause: narrator, with the
  officials and the parties of the subordinate clause accepted (batch 24);
  the headline "Allies split ..." accepts "Allies", the standfirst the
  parties it reports (batch 35's standfirst); "backed the proposal." is a
  speech act without content (Laura Price, narrator accepted); "Not every
  government in the room was persuaded." is the narrator with `*` (batch
  39); "An official familiar with the talks said Hungary and Slovakia had
  objected ... and that Greece and Malta ... had asked for more time" keeps
  the source and accepts the countries whose objections and request it
  relays (batch 12), no `*`; the EU's foreign policy chief accepts the
  European Union (new, as batch 16's U.N. Secretary-General accepting the
  United Nations); "NATO's secretary general has stayed out of the sanctions
  debate in public, but alliance officials say ..." gives "alliance
  officials" (the speech clause; the first clause is an absence of speech),
  with officials, NATO officials and NATO accepted, no `*` (batch 37); "In
  Moscow, the Kremlin dismissed the talks." gives Russia (`indirect`,
  narrator accepted, batch 35) and introduces the spokesman (accepted);
  "Officials said the next round of talks would take place in London ..."
  gives "Officials" with `*` (London is a venue, not a party).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
AS, ASA = "Anatoly Sedykh", "Sedykh|General Sedykh|Mr. Sedykh|General Anatoly Sedykh|defence minister|Russia's defence minister|general|58-year-old|58-year-old minister|Russia"
AK = "Andrei Kuzin|Kuzin|Mr. Kuzin|Foreign Minister|Foreign Minister Andrei Kuzin|foreign minister"
PF, PFA = "Paul Fox", "Fox|Mr. Fox|spokesman|chief spokesman|alliance's chief spokesman|NATO"
WDG, WDGA = "Western diplomat", "Several Western diplomats|Western diplomats|diplomats|One of them"
EG, EGA = "Elena Gray", "Gray|Ms. Gray|specialist"
PD1, PD1A = "Polish diplomat in Brussels", "Polish diplomat"
# t02
RFM2 = "Russian Foreign Ministry|Foreign Ministry|ministry|statement"
AZ, AZA = "Alexei Zorin", "Zorin|Mr. Zorin|deputy chairman|retired colonel"
ARY, ARYA = "Alexei Ryabov", "Ryabov|Mr. Ryabov|colleague|His colleague"
WD, WDA = "Willem Dekker", "Dekker|Secretary General|NATO Secretary General|NATO"
VK, VKA = "Vytautas Kairys", "Kairys|prime minister|Lithuania's prime minister|Lithuania"
# t03
OBS = "officials on both sides"
IL, ILA = "Igor Lebedev", "Igor|Deputy Foreign Minister|Deputy Foreign Minister Igor Lebedev|deputy minister|deputy foreign minister"
SM, SMA = "Sofia Marin", "Marin|spokeswoman|alliance's spokeswoman|NATO"
MWB = "Many in Warsaw and the Baltic capitals"
SRD, SRDA = "senior Russian diplomat", "Russian diplomat|diplomat|senior Russian diplomat I have known for many years"
KL, KLA = "Konstantin Lebedev", "Konstantin|ambassador|Russia's ambassador to NATO|Russia"
USO, USOA = "senior U.S. official", "U.S. official|official"
# t04
NDP, NDPA = "NATO diplomat", "diplomat"
DZ, DZA = "Dmitry Zotov", "Zotov|envoy|Russia's envoy to NATO|Russia"
RFM4 = "Russian Foreign Ministry|Foreign Ministry|ministry|statement|Moscow"
DV, DVA = "Dmitry Vasilenko", "Vasilenko|Kremlin aide|senior Kremlin aide|aide"
JR, JRA = "James Rich", "Rich|spokesman|NATO spokesman|NATO"
NG, NGA = "Nino Gelashvili", "Gelashvili|ambassador|Georgia's ambassador to NATO|Georgia"
# t05
TH, THA = "Thomas Hart", "Hart|Meridian Review|The Meridian Review|" + N
KS, KSA = "Kristjan Saar", "Kristjan|Minister Saar|defence minister|Estonia's defence minister|minister|Estonia"
ANS = "Ants Saar|father|His father|My father|Your father"
# t06
MA, MAA = "Marit Aasen", "Aasen|Ms. Aasen|foreign minister|Norway's foreign minister|Norway"
NS, NSA = "Nikolai Sorokin", "Sorokin|Mr. Sorokin|deputy foreign minister|Russia's deputy foreign minister"
NP, NPA = "Nikolai Petrenko", "Petrenko|Mr. Petrenko|consul general|Russia's consul general in Kirkenes|Russia"
HL, HLA = "Henrik Lie", "Lie|Commander Lie|Commander Henrik Lie|commander|47-year-old"
AO = "Analysts in Oslo|Analysts|analysts"
# t07
FIN = "Finland|Ministry of the Interior|Ministry|ministry"
PAIR = "Finland and Russia|border authorities of Finland and Russia|border authorities"
LM, LMA = "Liisa Mäki", "Liisa|Minister of the Interior|Minister of the Interior Liisa Mäki|Minister|Finland|Ministry of the Interior|Ministry|ministry"
JM, JMA = "Juha Mäki", "Juha|Lieutenant General Mäki|Lieutenant General Juha Mäki|Chief of the Finnish Border Guard|Chief of the Border Guard|Finnish Border Guard|Border Guard"
# t08
MP, MPA = "Michael Price", "Mr. Price|Michael|deputy Treasury secretary|U.S. deputy Treasury secretary"
LP, LPA = "Laura Price", "Ms. Price|Laura|sanctions minister|Britain's sanctions minister"
OFT, OFTA = "official familiar with the talks", "official|An official familiar with the talks"
KLI, KLIA = "Katja Lindholm", "Lindholm|foreign policy chief|European Union's foreign policy chief|European Union|EU"
YD, YDA = "Yuri Dolgov", "Yuri|Kremlin spokesman|spokesman|Kremlin|Russia"
PDO, PDOA = "Pavel Dolgov", "Pavel|deputy finance minister|Russia's deputy finance minister"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_news_pfp1994.txt": ("Richard Ward", {
   # 0 masthead, 1 date: narrator
   2: (None, N, "Russia"),                     # headline "Russia ... presses for "special" status"
   3: (None, N, AS + "|" + ASA + "|Moscow"),   # standfirst "..., defence minister says"
   # 4-5 byline, 6 lead (an act), 7 signing (Kuzin not a speaker), 8: narrator
   9: (AS, D, ASA),
   10: (AS, D, ASA), 11: (AS, D, ASA),
   12: (AS, I, ASA),                           # "The 58-year-old minister ... said Moscow would present ..."
   # 13 "He declined to say ...": narrator, nothing
   14: (AS, I, ASA + "|" + N),                 # "Asked whether ..., he replied:"
   15: (AS, D, ASA), 16: (AS, D, ASA), 17: (AS, D, ASA),
   18: (None, N, AS + "|" + ASA),              # "has been less diplomatic at home": intro
   19: (AS, D, ASA),                           # the editor Burov is not a speaker
   20: ("NATO officials", I, "officials|NATO|" + N + "|" + PF + "|" + PFA),  # "were at pains to play down ..."
   21: (PF, D, PFA), 22: (PF, D, PFA),
   23: (PF, D, PFA),                           # spokesman's statement of the allies' stance
   24: (PF, I, PFA),
   25: ("Several Western diplomats", I, "Western diplomats|diplomats"),  # names the general: no *
   26: (WDG, D, WDGA + "|*"),                  # "One of them called ..."
   27: ("Russia", D, "Kremlin|statement|nationalist deputies|nationalist deputies in the State Duma|deputies|" + N),
   28: (None, N, "*|" + EG + "|" + EGA),       # "Not everyone here was reassured."
   29: (EG, I, EGA),
   30: (EG, D, EGA), 31: (EG, D, EGA),
   32: (None, N, EG + "|" + EGA),              # "She believes ...": belief
   33: (None, N, "Poland, Hungary and the Czech Republic|Poland|" + PD1 + "|" + PD1A),  # intro
   34: (PD1, D, PD1A),                         # names Warsaw and Moscow: no *
   35: (None, N, AK),                          # forecast
   # 36 caption: narrator, nothing
 }),
 "t02_webnews_accession2004.txt": ("Thomas Bright", {
   # 0 navigation, 1 print/email line, 2 timestamp: narrator
   3: (None, N, "Russia|Moscow"),              # headline "... as Moscow warns of ..."
   # 4-5 byline, 6-7 events: narrator
   8: (None, N, "Russia|Moscow|Russian Foreign Ministry|Foreign Ministry"),  # "the reaction was cool": intro
   9: ("Russia", D, RFM2),
   10: ("Russia", D, RFM2 + "|Moscow"),
   11: ("Russia", D, RFM2),                    # "We have been told ...": no teller named
   12: ("Russia", D, RFM2),
   13: (None, N, "NATO|alliance"),             # "a mission the alliance describes as routine"
   14: (None, N, AZ + "|" + AZA),              # "was less restrained.": intro
   15: (AZ, D, AZA), 16: (AZ, D, AZA),
   17: (AZ, I, AZA), 18: (AZ, I, AZA),
   19: (ARY, I, ARYA),
   20: (ARY, D, ARYA),                         # opening mark never closed before "he said."
   21: (ARY, D, ARYA),
   22: ("United States", D, "State Department|Washington"),
   23: (WD, I, WDA),
   24: (WD, D, WDA), 25: (WD, D, WDA),
   26: (VK, I, VKA),
   27: (VK, D, VKA), 28: (VK, D, VKA),
   # 29 "Related stories:": narrator
   30: (None, N, "Russia|Baltic leaders"),     # two related headlines merged by the splitter
   # 31 related headline, 32-35 furniture: narrator
 }),
 "t03_commentary_ulyanovsk2012.txt": ("Claire Dean", {
   # 0 rubric, 1 title, 2 author line, 3 date: narrator
   4: (OBS, I, "officials|both sides"),        # names the Russian government and NATO: no *
   # 5-7 narrator
   8: (None, N, "Russia|Moscow"),              # "a point Moscow has made repeatedly"
   9: (None, N, "Russian officials|Russia"),   # "are convinced": belief
   # 10 narrator
   11: (None, N, IL + "|" + ILA),              # "was candid about the logic when he spoke ...": intro
   12: (IL, D, ILA), 13: (IL, D, ILA),
   14: (None, N, IL + "|" + ILA),              # the author's gloss of his words
   15: ("NATO", I, "alliance"),                # "NATO insists that ..."
   16: (SM, D, SMA),
   17: (None, N, MWB + "|*"),                  # belief of a loose group
   18: (None, N, MWB),                         # continues their belief; names Moscow
   # 19 "They have a point.": narrator, nothing
   20: (SRD, I, SRDA + "|*|" + N),             # "put it to me this way:"
   21: (SRD, D, SRDA + "|*"), 22: (SRD, D, SRDA + "|*"),
   23: (SRD, D, SRDA + "|*"), 24: (SRD, D, SRDA + "|*"),
   25: (None, N, KL + "|" + KLA),              # "has been more conciliatory in public": intro
   26: (KL, D, KLA),                           # the broadcaster is not a speaker
   27: (KL, I, KLA),
   # 28 narrator; 29 "after Moscow declined an invitation": narrator, nothing
   30: (None, N, "United States|Washington|" + USO + "|" + USOA),  # "Washington has been careful.": intro
   31: (USO, D, USOA + "|United States|administration"),  # relays the administration's welcome
   # 32-33 the author's recommendations: narrator
   34: (None, N, "some allied officials|allied officials|NATO"),  # "as some allied officials already do in private"
   # 35-36 narrator; 37-39 bio, disclaimer, follow line: narrator
 }),
 "t04_wire_nrccancelled2008.txt": ("Daniel Hart", {
   # 0 headline (an act): narrator
   1: ("NATO", I, "alliance|" + N),            # "NATO has cancelled ..., saying ..."
   2: ("NATO", D, "alliance|statement|Allies"),
   3: ("NATO", D, "alliance|statement"),
   # 4-5 narrator
   6: (NDP, I, NDPA + "|NATO|North Atlantic Council|several allies"),  # relays the decision; names allies
   7: (NDP, D, NDPA), 8: (NDP, D, NDPA),
   9: (DZ, D, DZA),
   10: (DZ, I, DZA),
   11: ("Russia", D, RFM4),
   12: (DV, I, DVA),
   13: (DV, D, DVA),                           # "we were told ...": no teller named
   14: (DV, D, DVA),                           # paragraph left open
   15: (DV, D, DVA), 16: (DV, D, DVA),         # reopened mark
   17: (JR, I, JRA),
   18: (JR, D, JRA),
   19: ("NATO", I, "alliance|" + N),           # "The alliance has demanded that ..."
   20: ("Russia", I, "Moscow"),
   21: (NG, I, NGA + "|" + N),                 # "welcomed the decision."
   22: (NG, D, NGA),
   23: ("European officials", I, "officials"),  # names Germany and Italy: no *
   24: ("European official", I, "European officials|officials|One of them"),  # names the council: no *
   # 25 credit line: narrator
 }),
 "t05_interview_tapa2016.txt": (TH, {
   # 0 rubric: narrator
   1: (None, N, KS + "|" + KSA),               # headline quoting him
   2: (None, N, KS + "|" + KSA),               # standfirst "... on ...": intro
   # 3 "Interview by", 4-5 intro facts: narrator
   6: (None, N, "NATO|allied leaders|leaders"),  # "after allied leaders agreed ... to station ..."
   7: (TH, D, THA),                            # vocative "Minister Saar": nobody else
   8: (TH, D, THA), 9: (TH, D, THA),
   10: (KS, D, KSA),
   11: (KS, D, KSA + "|" + ANS),               # "He says that in 1968 ...": the father's words
   12: (None, N, KS + "|" + KSA),              # "(Laughs.)"
   13: (TH, D, THA + "|Russia|Moscow"),
   14: (TH, D, THA + "|Russia|Russian Foreign Ministry|Foreign Ministry"),
   15: (KS, D, KSA), 16: (KS, D, KSA),
   17: (KS, D, KSA + "|NATO|Founding Act|Act"),  # "In the Founding Act NATO said ..."
   18: (TH, D, THA + "|Some of your allies|allies"),
   19: (KS, D, KSA), 20: (KS, D, KSA), 21: (KS, D, KSA),
   22: (KS, D, KSA), 23: (KS, D, KSA),
   24: (TH, D, THA),
   25: (KS, D, KSA),
   26: (None, N, KS + "|" + KSA),              # "(Laughs.)"
   27: (KS, D, KSA),
   28: (KS, D, KSA + "|Russia|Russian Foreign Ministry|Foreign Ministry"),  # "summoned to ... and told that ..."
   29: (KS, D, KSA),
   30: (TH, D, THA + "|Estonia|government|Your government"),  # question reporting the decision
   31: ("Estonia", D, KS + "|" + KSA + "|government|The government"),  # the government's decision
   32: (KS, D, KSA + "|British general|A British general"),
   33: (KS, D, KSA),                           # "He is right": nobody else
   34: (TH, D, THA),
   35: (KS, D, KSA), 36: (KS, D, KSA),
   37: ("NATO", D, KS + "|" + KSA + "|Allies"),  # "Allies agreed in Warsaw ..., and Estonia supported that."
   38: (TH, D, THA),
   39: (KS, D, KSA + "|" + ANS),               # "My father says ..."
   40: (KS, D, KSA),                           # "He thinks ...": belief, nobody else
   41: (KS, D, KSA),
   # 42-43 closing note: narrator
 }),
 "t06_news_barents2021.txt": ("Sarah Moss", {
   # 0 masthead, 1 headline (event), 2 byline: narrator
   3: (None, N, "both governments|governments"),  # relative clause carrying their claim
   # 4 narrator
   5: (MA, D, MAA), 6: (MA, D, MAA),
   7: (MA, D, MAA), 8: (MA, D, MAA),
   9: (None, N, NS + "|" + NSA),               # "struck a similar note": intro
   10: (NS, D, NSA + "|Russia|Moscow"),     # "said Moscow valued ...": relays Moscow's stance
   11: (NS, D, NSA),
   # 12 "Not all of the differences lie at sea level.": narrator, nothing
   13: ("Norway", I, "Norwegian Ministry of Defence|Ministry of Defence|ministry|" + N),
   14: ("Russia", I, "Russian side|" + N + "|" + NP + "|" + NPA),
   15: (NP, D, NPA),
   16: (NP, D, NPA),                           # "we are told ...": no teller named
   17: (NP, D, NPA),
   # 18 narrator
   19: (HL, D, HLA),
   20: (HL, D, HLA), 21: (HL, D, HLA),
   22: (HL, I, HLA),
   23: (HL, I, HLA), 24: (HL, D, HLA),
   25: (None, N, "*|" + AO),                   # "are less sanguine": intro
   26: (None, N, AO + "|Some"),                # "Some believe ...": belief; names Russia
   27: (MA, D, MAA),
   # 28 plan; 29 caption, 30 credit: narrator
 }),
 "t07_pressrelease_borderhotline2023.txt": ("", {
   # 0 issuer line, 1 "Press release": narrator
   2: (None, N, PAIR),                         # headline reporting the agreement
   # 3 place/date line: narrator
   4: ("Finland", I, FIN + "|" + N + "|" + PAIR),  # "..., the Ministry of the Interior announces."
   5: (None, N, FIN), 6: (None, N, FIN), 7: (None, N, FIN),
   8: ("Finland", I, FIN + "|" + N),           # "The Ministry notes that ..."
   9: (None, N, FIN),
   10: ("Finland", I, FIN + "|" + N),          # "The Ministry stresses that ..."
   11: (LM, I, LMA + "|" + N),                 # "Minister of the Interior Liisa Mäki said:"
   12: (LM, D, LMA), 13: (LM, D, LMA),
   14: (LM, D, LMA), 15: (LM, D, LMA),         # reopened mark, second paragraph
   16: (JM, I, JMA + "|" + FIN + "|" + N),     # "According to the Chief ..."
   17: ("Russia", I, "Russian side|" + FIN + "|" + N),
   18: (None, N, FIN),                         # "Finland will consider the proposal."
   19: ("Finland", I, FIN + "|" + N),          # "Finland has informed its NATO Allies ..."
   20: (None, N, FIN + "|NATO|Allies"),        # "the approach agreed by Allies"
   # 21 "Background", 22-24 background facts: narrator, nothing
   25: ("Russia", D, FIN + "|" + N),           # "Russia has said that ... "military-technical" ..."
   # 26-30 further-information lines: narrator, nothing
 }),
 "t08_news_pricecap2025.txt": ("Hannah Lamb", {
   # 0 masthead: narrator
   1: (None, N, "Allies"),                     # headline "Allies split ..."
   2: (None, N, "Washington and London|United States|United Kingdom|Britain|some EU capitals|EU capitals"),
   # 3-4 byline, 5 timestamp: narrator
   6: (None, N, "Western officials|United States and Britain|United States|Britain|United Kingdom|several European governments|European governments"),
   # 7 narrator
   8: (MP, D, MPA), 9: (MP, D, MPA), 10: (MP, D, MPA),
   11: (MP, I, MPA + "|United States|Washington"),  # relays Washington's position (batch 39's t04 row 21)
   12: (LP, I, LPA + "|" + N),                 # "backed the proposal."
   13: (LP, D, LPA + "|United Kingdom|Britain|London"),  # relays London's plan
   14: (LP, D, LPA),
   15: (None, N, "*"),                         # "Not every government in the room was persuaded."
   16: (OFT, I, OFTA + "|Hungary and Slovakia|Hungary|Slovakia|Greece and Malta|Greece|Malta"),  # names countries: no *
   17: (OFT, D, OFTA + "|*"), 18: (OFT, D, OFTA + "|*"),
   19: (KLI, I, KLIA),
   20: (KLI, D, KLIA), 21: (KLI, D, KLIA),     # "The price of doing nothing ...": not Price
   22: ("alliance officials", I, "officials|NATO officials|NATO"),  # "..., but alliance officials say ..."
   23: ("Russia", I, "Kremlin|Moscow|" + N + "|" + YD + "|" + YDA),  # "the Kremlin dismissed the talks."
   24: (YD, D, YDA), 25: (YD, D, YDA),
   26: (PDO, D, PDOA),                         # not the agency he spoke to
   27: ("Officials", I, "officials|*"),
   # 28 reporting credit, 29 copyright: narrator
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
        # drop repeated alternatives and the gold speaker itself from accept
        parts = []
        for a in acc.split("|") if acc else []:
            if a and a != sp and a not in parts:
                parts.append(a)
        acc = "|".join(parts)
        text = normalize_space(s.text)
        print(f"{i:3d} [{sp or '-'} | {voice} | {acc}] {text}")
        rows.append({"doc": doc, "index": i, "text": text,
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
