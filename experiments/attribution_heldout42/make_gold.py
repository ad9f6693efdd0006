"""Build gold.csv for the forty-second held-out attribution batch (annotations decided before any tool run).

The eight documents t01-t08 were written for this batch, and their gold rows
decided, without running the attribution code on them. All persons are
invented. Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker
conventions for common cases") and the conventions of batches 4-40
(experiments/attribution_heldout4/ ... attribution_heldout40/make_gold.py),
in particular:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`; the body of one
  person's speech or statement is `direct`;
- inside a speech or statement, a sentence that reports another person's
  words keeps the speaker and accepts the reported person (batches 13, 31,
  35, 40); a decision of the Allies reported in it ("Allies agreed ...",
  "Allies decided ...") gives NATO (`indirect`, batches 35, 40), the speaker
  accepted; echoes, vocatives and names without content accept nobody;
- speech acts of bodies give the body ("the Swedish Armed Forces said" ->
  the body as itself, batch 17/28; a ministry -> its country, the ministry
  accepted); acts without speech are the narrator; "declined to be
  interviewed" and "said nothing" are the narrator, nothing accepted;
- a spokesperson's, minister's or ambassador's own remarks accept the
  government or body; a military spokesman's his body and government (batch
  11); a deputy minister's, a department director's (batch 38) and a
  delegation officer's only their own forms; a retired officer none; a
  Secretary General's or Deputy Secretary General's NATO (batches 8, 31, 33);
- intro sentences without content ("was more restrained", "reads the same
  facts very differently", "saw it differently", "has heard both arguments")
  are the narrator with the person or body introduced accepted; a speech act
  without content ("rejected the account", "rejected the charge") gives the
  person, narrator accepted; beliefs ("She does not think ...") are the
  narrator, the person accepted; an analyst's "thinks" gives her (`indirect`,
  narrator accepted, batch 5);
- an intro with a speech verb and a colon closing its paragraph ("Then she
  said something that struck me more:") gives the speaker (`indirect`,
  narrator accepted) and the untagged quotation after it the speaker
  (batch 11); a quotation that runs over paragraphs with the mark reopened,
  or left unclosed at a paragraph end, stays with its speaker (batches 6,
  13, 19, 22);
- headlines, standfirsts (narrator; a standfirst or headline reporting speech
  accepts that party), bylines, datelines, captions, photo credits,
  navigation, "More on this story", "Related Topics", "Share this page",
  copyright, comments and reporting-credit lines are the narrator;
- unnamed sources are written as they appear, without the article, `*`
  accepted unless the sentence also names another person or body (then only
  variants of their own description), and never for a description that
  names the alliance ("NATO official", batch 24); a bare title or noun that
  fits two persons of the document ("spokesman", "diplomat", "ambassador",
  "admiral") is accepted for neither (batches 23, 37);
- a document with no byline (published speech, chairman's statement) has no
  narrator; honorifics and ranks are not part of the canonical name; two
  persons sharing a surname make the bare surname acceptable for neither.

New decisions in this batch:
- t01 (1997 wire-style news report): "Kremlin aides later explained that ..."
  gives the unnamed group as written ("Kremlin aides"), with "aides",
  Kremlin and Russia accepted (as batch 10's "NATO officials"), no `*`
  because it names Washington; the Polish deputy foreign minister Andrzej
  Nowicki and his brother Piotr, an opposition MP, share the surname and are
  both "Mr.": the "Mr. Nowicki said" tag (before Piotr is named) is Andrzej,
  bare "Nowicki" and "Mr. Nowicki" accepted for neither, first names for
  their own person; the U.S. president's "the alliance would still invite
  new members" accepts NATO (a leader stating the alliance's plan, batch
  13's delegate); "He did not name them, but ..." is the narrator, nothing
  accepted; the bare "President" fits three presidents and is accepted for
  nobody; the newspaper that "called the act "..."" speaks as itself
  ("Vestnik Stolitsy"); "According to the Kremlin press service, Mr. Baranov
  will travel ..." gives Russia (batch 14), press service accepted, not him
  (a plan, not his speech).
- t02 (think-tank blog, 2011): the blog's "Posted by" author is the narrator
  (batch 39); the Deputy Secretary General Emily Stone and the author's
  colleague Anna Stone ("no relation") share the surname: bare "Stone"
  accepted for neither; the verb "grant" in her quotation and the author's
  surname Grant do not meet; "I asked him whether ..." is the author's own
  question (narrator, the ambassador accepted, batch 32); "According to a
  Russian diplomat who sat in on the conversation, the Kremlin has already
  drawn up a list of "military-technical responses" ..." gives the unnamed
  diplomat (`direct`), his own variants only (names the Kremlin; the
  drafting is an act, not a relayed offer, so the Kremlin is not accepted;
  doubtful); "Both sides still say they want ..., and a senior NATO official
  told me that ... "..."" gives the first clause's group ("Both sides",
  `indirect`, `*`, "sides" and the narrator accepted, batch 16) with the
  official accepted (batch 14's coordinate clauses).
- t03 (broadcaster web page as scraped, 2015, with a byline, so its author is
  the narrator unlike batch 39's t02): "officials in Stockholm and Helsinki
  say, in what one described as ..." in the lead gives the group as written,
  "officials", Sweden and Finland accepted, no `*` (names Russian aircraft);
  "the Swedish Armed Forces said" and the next "it said" give "Swedish Armed
  Forces" (batch 17's "Estonian Defence Forces"), Sweden accepted; "Mr
  Hedberg said Sweden had summoned ..." keeps the minister (his government's
  act relayed, batch 39's t04), Sweden accepted; the Finnish ministry's head
  of department accepts only his own forms (batch 38); "In a statement
  carried by state media, it said ..." gives Russia, "state media" accepted
  (relaying outlet, batch 28); a retired general accepts no country; the
  "More on this story" headline merged with its date line reports an act
  (summons): narrator, nothing accepted.
- t04 (Deputy Secretary General's think-tank speech, 2018, no byline): the
  speech gives Andrew Sharp (`direct`), his titles, NATO and the narrator
  accepted (batch 33); the host Dr Helen Sharp ("not related") shares his
  surname, so bare "Sharp" is accepted for neither, and the vocative
  "Thank you, Helen" and the "not related" sentence accept nobody; "As
  prepared for delivery" is the narrator, nothing accepted (as "Check
  against delivery", batch 28); "in the judgement of all Allies" accepts
  Allies; the Russian general's and the Russian colleague's quoted words,
  the Harmel Report's quoted sentence, the Secretary General's "two words",
  "Some in Moscow call this encirclement", the United States' stated
  position, President Drozdov's "in kind" and his father's sayings accept
  those parties; "I put that question to a Russian colleague" introduces the
  colleague's answer (colleague accepted, batch 6's within-turn
  introduction); "I hope he means ..." accepts nobody (batch 33); the
  rhetorical questions are his; "(Laughter)" and "(Applause)" are the
  narrator.
- t05 (2003 newspaper report): the Ukrainian navy spokesman Captain Ihor
  Bondarenko and the Black Sea Fleet spokesman Captain Andrei Bondarenko
  ("not related") share rank and surname: the "Captain Bondarenko said" tag
  before the Russian appears is Ihor, "the Russian officer" is Andrei, and
  "Captain Bondarenko", bare "Bondarenko" and bare "spokesman" (there is a
  third, American one) are accepted for neither; each accepts his first name,
  his service and his country (batch 11's military spokesman); the Russian
  spokesman's "told the Yug-Press news agency" does not make the agency
  acceptable (batch 26); the unnamed "U.S. Navy spokesman" gives the body as
  itself ("U.S. Navy", batch 33's Luftwaffe), "U.S. Navy spokesman" and the
  United States accepted, bare "navy" for neither service; the unnamed "Turkish foreign ministry official"
  never gets `*` (his description names the ministry, batch 27) and does not
  accept Turkey (batch 23's German diplomat); the retired admiral's quotation
  runs over three paragraphs with the mark reopened, and his last quotation
  is left unclosed before the NATO paragraph (stays his); "admiral" fits him
  and the non-speaking Admiral Kasatkin and is accepted for neither (batch
  37's "Yuri"); "Kiev has said it hopes to join NATO one day, a goal that
  Moscow strongly opposes." gives Ukraine, only "Kiev" accepted (the
  relative clause is a stance, not speech).
- t06 (standalone statement by the Chairman of the NATO-Russia Council, 2002,
  no byline, the author named only in the signature block at the end; new
  layout): the statement is one person's text, so as batch 14's minister's
  press statement his own and event sentences ("met today ... under my
  chairmanship", "Ambassadors also exchanged views on ...", "As Chairman, I
  ...") give the chairman (`direct`), with his surname, titles, NATO, the
  council and the narrator accepted (batch 11's appended chairman's
  statement); the council's decisions and positions ("NRC members reviewed
  ... and welcomed", "reaffirmed", "They underlined", "The Council approved
  the following projects ...:" and each bullet of the list it introduces,
  "agreed to meet") give "NATO-Russia Council" (`indirect` as reported
  decisions in batches 35 and 40; `direct` in the row with the quoted
  "business-like and constructive"), the chairman and the narrator accepted;
  the bullets continue the decision as batch 27's recommendation bullets;
  "The Russian Ambassador, X, informed the Council that the Russian
  Federation was ready to ..." and "recalled his government's position"
  give the ambassador (`indirect`), Russia, the chairman and the narrator
  accepted (batch 33's statement carrying another party's words); "Allies
  welcomed this offer and agreed ..." gives NATO; "Some NRC members
  stressed ..." is a loose group (`*`); the two signature lines are
  split-off tags (the chairman, `direct`, narrator accepted, batch 17/33);
  the title line "Statement by the Chairman" is the narrator with the
  chairman accepted, the issuer, meeting, place/date, release-number,
  paragraph-number and contact lines the narrator with nothing accepted.
- t07 (feature, 2019): the standfirst "Many of its residents say ..." is the
  narrator with `*` accepted (batch 25); the schoolteacher's parenthetical
  "..., she says, but she has noticed the change." without quoted words
  gives her (`indirect`, narrator accepted, batch 36's "he says"); "On
  television they tell us ..." inside her quote accepts "television"
  (batch 37's relayed channels); "Her son, Artyom, moved ..." and "His wife,
  Nadezhda, brought tea and said nothing." name persons who never speak
  (narrator, nothing accepted); the retired captain's quotation over four
  paragraphs stays with him; the governor's spokesman accepts "regional
  government" (his body), and his "The governor has said many times that
  ..." accepts the governor (content by reference), while "The governor
  himself, X, declined to be interviewed" is the narrator, nothing accepted;
  "The regional government is keen to talk about tourism rather than
  troops." is an intro (narrator, the government and its spokesman
  accepted); "According to the regional statistics office" after a
  population figure gives "regional statistics office", narrator accepted
  (batch 33).
- t08 (2024 conference report): an editor's bracketed clarification inside a
  quotation ("They [the NATO countries] want ...") does not change the
  speaker and accepts nobody for the bracketed party (new); "X, who ...,
  said" tags give X; the head of the Russian delegation, an ambassador,
  accepts Russia (batch 25's head of delegation), while the colonel from the
  defence ministry on the delegation accepts only his own forms; the two
  Ivanovs ("not related to the head of delegation"): "Ambassador Ivanov" is
  Konstantin, "Colonel Ivanov" Dmitri, bare "Ivanov" neither; the sentence
  introducing the colonel is the narrator with him accepted (batch 22's
  intro with "not related"); "ambassador" fits Konstantin Ivanov and
  Katarzyna Wolska, "diplomat" the Chinese and the Western diplomat, both
  accepted for nobody; "According to a draft of the final document seen by
  this newspaper, the Russian delegation had proposed ..." gives "draft of
  the final document" (batch 19), its variants, the Russian delegation and
  Russia accepted; the envoy's relayed "experts from both sides had agreed"
  keeps him, the experts accepted (batch 37); "Several delegates said
  privately" is a loose group (`*`); the Western diplomat's last quotation
  is left unclosed before the correction note, which is the narrator with
  nothing accepted (batch 36).
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
# t01
NB, NBA = "Nikolai Baranov", "Baranov|Mr. Baranov|President Baranov|Russian leader|66-year-old|Russia"
TY, TYA = "Thomas Young", "Young|Mr. Young|President Young|U.S. president|American president|United States"
GR, GRA = "Gennady Rudakov", "Rudakov|Mr. Rudakov|foreign minister|Russia's foreign minister|Russian foreign minister|minister|Russia"
SND, SNDA = "senior NATO diplomat", "NATO diplomat|diplomat|senior NATO diplomat who took part in the negotiations|NATO"
JK, JKA = "Jan Kerkhoven", "Kerkhoven|Secretary General|NATO Secretary General|Secretary General of NATO|NATO"
AN, ANA = "Andrzej Nowicki", "Andrzej|deputy foreign minister|Polish deputy foreign minister"
PN, PNA = "Piotr Nowicki", "Piotr|opposition member"
VK, VKA = "Viktor Kolesov", "Kolesov|Mr. Kolesov|Communist deputy|deputy"
# t02
ES, ESA = "Emily Stone", "Deputy Secretary General|NATO Deputy Secretary General|deputy secretary general|Deputy Secretary General Stone|NATO"
IB, IBA = "Igor Belyakov", "Belyakov|ambassador|Russia's ambassador to NATO|Russian ambassador|Russia"
RD, RDA = "Russian diplomat who sat in on the conversation", "Russian diplomat|diplomat"
AS, ASA = "Anna Stone", "Anna|colleague|My colleague"
# t03
LH, LHA = "Lars Hedberg", "Hedberg|Mr Hedberg|defence minister|Sweden's defence minister|Swedish defence minister|Sweden"
SAF, SAFA = "Swedish Armed Forces", "Armed Forces|Sweden"
AF, AFA = "Anders Frost", "Frost|retired general|general|retired Swedish air force general"
MS, MSA = "Mikko Salo", "Salo|Mr Salo"
RDM3 = "Russia's defence ministry|defence ministry|Russian defence ministry"
AO, AOA = "alliance official", "official|NATO official|NATO"
# t04
AS4 = "Andrew Sharp"
AS4T = "Deputy Secretary General|NATO Deputy Secretary General"
AS4A = AS4T + "|NATO|" + N
AS4B = AS4 + "|" + AS4T + "|Allies|" + N          # a decision of the Allies reported by him
# t05
IBO, IBOA = "Ihor Bondarenko", "Ihor|spokesman of the Ukrainian navy|Ukrainian navy|Ukraine"
ABO, ABOA = "Andrei Bondarenko", "Andrei|fleet's spokesman|Black Sea Fleet|Russian Black Sea Fleet|fleet|Russian officer|Russia"
TFO, TFOA = "Turkish foreign ministry official", "official|foreign ministry official|Turkish official"
VM, VMA = "Volodymyr Marchenko", "Marchenko|retired vice admiral|vice admiral|67-year-old"
ML, MLA = "Marie Lund", "Lund|NATO spokeswoman|spokeswoman|NATO"
# t06
MF = "Malcolm Frost"
MFA = "Frost|Chairman|Secretary General|Secretary General of NATO|NATO Secretary General|NATO|NATO-Russia Council|NRC|" + N
NRC = "NATO-Russia Council"
NRCA = MF + "|Frost|Chairman|NRC|Council|NRC members|" + N
NS, NSA = "Nikolai Sharov", "Sharov|Ambassador Sharov|Russian Ambassador|ambassador|Russia|Russian Federation|" + MF + "|Chairman|" + N
# t07
IM, IMA = "Irina Morozova", "Morozova|Irina|schoolteacher|54-year-old"
GL, GLA = "Grigory Lebedev", "Lebedev|captain|retired naval captain|71-year-old"
MX = "Maxim"
DR7, DR7A = "Denis Rybin", "Rybin|governor's spokesman|spokesman|regional government"
RDM7 = "Russia's defence ministry|defence ministry|Russian defence ministry|ministry"
# t08
MH, MHA = "Mark Hope", "Hope|U.S. delegation|United States|Washington"
KI, KIA = "Konstantin Ivanov", "Ambassador Ivanov|Ambassador Konstantin Ivanov|Russian delegation|Russia"
KW, KWA = "Katarzyna Wolska", "Wolska|Poland's ambassador to the OSCE|Poland"
DI, DIA = "Dmitri Ivanov", "Colonel Ivanov|Colonel Dmitri Ivanov|colonel|defence ministry official"
TA, TAA = "Thomas Albers", "Albers|Germany's envoy|envoy|German envoy|Germany"
EG, EGA = "Eva Gruber", "Gruber|Austria's foreign minister|foreign minister|Austrian foreign minister|Austria"

# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "t01_news_foundingact1997.txt": ("Richard Marsh", {
   0: (None, N, "Russia|Moscow"),              # headline: "Moscow still objects"
   # 1 byline, 2 outlet line, 3 lead (signing), 4 description: narrator
   5: (NB, D, NBA), 6: (NB, D, NBA),
   7: (NB, D, NBA),                            # "the 66-year-old Russian leader announced ... "...""
   8: ("Kremlin aides", I, "aides|Kremlin|Russia"),  # names Washington: no *
   9: (TY, D, TYA),                            # "X, who spoke after him, called the act "...""
   10: (TY, D, TYA), 11: (TY, D, TYA),
   12: (TY, I, TYA + "|NATO"),                 # the alliance's plan stated by the president
   # 13 "He did not name them, ...", 14: narrator, nothing accepted
   15: (GR, D, GRA),
   16: (GR, D, GRA), 17: (GR, D, GRA),
   18: (GR, D, GRA),                           # "He added that ... "...""
   19: (None, N, "Alliance officials|alliance officials|officials|NATO officials|NATO|" + SND + "|" + SNDA),  # intro
   20: (SND, D, SNDA),                         # names the Russians: no *
   21: (SND, D, SNDA),                         # own description names the alliance: no *
   22: (JK, D, JKA),
   23: (None, N, AN + "|" + ANA + "|Poland"),  # "In Warsaw, the reaction was relief." intro
   24: (AN, D, ANA),
   25: (AN, D, ANA),                           # "Mr. Nowicki said" before Piotr appears
   26: (AN, D, ANA), 27: (AN, D, ANA),
   28: (PN, I, PNA),                           # "has accused the government of ..."
   29: (None, N, "*"),                         # "Not everyone in Moscow was celebrating."
   30: (VK, D, VKA),
   31: (None, N, "Some Russian commentators|Russian commentators|commentators|*"),  # intro
   32: ("Vestnik Stolitsy", D, "Moscow daily|daily|newspaper"),
   33: (None, N, NB + "|" + NBA),              # "appeared in high spirits": gesture/intro
   34: (NB, D, NBA),
   35: ("Russia", I, "Kremlin press service|press service|Kremlin"),
   # 36 schedule, 37 reporting credit: narrator
 }),
 "t02_blog_missiledefence2011.txt": ("Martin Grant", {
   # 0-2 site furniture, 3 title, 4 "Posted by": narrator
   # 5 "I was one of those who believed ...", 6, 7: the author
   8: (None, N, "NATO|" + ES + "|" + ESA),     # "The NATO line has not changed." intro
   9: (ES, D, ESA),
   10: (None, N, ES + "|" + ESA),              # "She was frank about the reason." intro
   11: (ES, D, ESA), 12: (ES, D, ESA), 13: (ES, D, ESA),
   14: (ES, I, ESA + "|" + N),                 # "Then she said something ...:" closing its paragraph
   15: (ES, D, ESA), 16: (ES, D, ESA),         # untagged quotation paragraph
   17: (None, N, IB + "|" + IBA),              # "reads the same facts very differently." intro
   18: (IB, D, IBA),
   19: (IB, D, IBA),
   20: (None, N, IB + "|" + IBA),              # the author's own question
   21: (IB, D, IBA),                           # "He smiled and said that Russia "...""
   22: (RD, D, RDA),                           # names the Kremlin: no * (doubtful: Kremlin not accepted)
   # 23 the author's view: narrator
   24: (AS, I, ASA + "|" + N),                 # colleague "thinks ..." (batch 5)
   25: (AS, D, ASA), 26: (AS, D, ASA),
   # 27 "She may well be right.": the author's verdict, nothing accepted; 28 narrator
   29: ("Both sides", I, "*|sides|senior NATO official|NATO official|" + N),  # coordinate clauses
   # 30-31 the author; 32-33 bio; 34 comments; 35 "Leave a comment": narrator
 }),
 "t03_webpage_balticjets2015.txt": ("Karin Lindholm", {
   # 0-2 navigation, 3 headline, 4 date line, 5 byline, 6 role, 7 caption with credit: narrator
   8: ("officials in Stockholm and Helsinki", I, "officials|Sweden|Finland"),  # lead; names Russian aircraft: no *
   9: (SAF, I, SAFA),                          # "..., the Swedish Armed Forces said in a statement."
   10: (SAF, I, SAFA),                         # "..., it said, ..."
   11: (LH, D, LHA),
   12: (LH, D, LHA), 13: (LH, D, LHA),
   14: (LH, I, LHA),                           # "said Sweden had summoned ...": his government's act relayed
   15: (AF, D, AFA),                           # retired general: no country
   16: (None, N, MS + "|" + MSA + "|Finland"),  # "In Helsinki, the tone was more restrained." intro
   17: (MS, I, MSA),                           # "confirmed that ..."
   18: (MS, D, MSA), 19: (MS, D, MSA), 20: (MS, D, MSA),
   21: (MS, D, MSA),                           # fragment "through normal diplomatic channels"
   # 22 caption: narrator
   23: ("Russia", I, RDM3),                    # denial with content
   24: ("Russia", D, RDM3 + "|state media"),   # "In a statement carried by state media, it said ..."
   25: ("NATO", I, "alliance|" + N),           # "said it was following the situation closely"
   26: (AO, I, AOA),
   27: (AO, D, AOA), 28: (AO, D, AOA),
   # 29 fact: narrator
   30: (None, N, "Dagens Röst|Stockholm daily|poll"),  # a poll's finding
   # 31 "More on this story" + related headline (an act) + date, 32-33 related, 34-38 furniture: narrator
 }),
 "t04_speech_dsg_hamburg2018.txt": ("", {
   # 0 title line: narrator, nothing accepted
   1: (None, N, AS4 + "|" + AS4T),             # "Speech by ..." line
   # 2 place/date, 3 "As prepared for delivery": narrator, nothing accepted
   4: (AS4, D, AS4A),                          # vocative "Helen": nobody else
   5: (AS4, D, AS4A),                          # "Dr Helen Sharp and I are not related": nobody else
   # 6 (Laughter): narrator
   7: (AS4, D, AS4A), 8: (AS4, D, AS4A),       # rhetorical question
   9: (AS4, D, AS4A),
   10: (AS4, D, AS4A + "|Allies"),             # "in the judgement of all Allies"
   11: (AS4, D, AS4A), 12: (AS4, D, AS4A), 13: (AS4, D, AS4A), 14: (AS4, D, AS4A),
   15: (AS4, D, AS4A + "|Russian general"),    # nested quotation
   16: (AS4, D, AS4A + "|Russian general"),
   17: (AS4, D, AS4A), 18: (AS4, D, AS4A),
   19: ("NATO", I, AS4B),                      # "Allies agreed to raise ..."
   20: (AS4, D, AS4A),                         # "we have briefed Russia ...": his own account
   21: (AS4, D, AS4A + "|Some in Moscow"),     # reports others' words
   22: (AS4, D, AS4A), 23: (AS4, D, AS4A),     # rhetorical questions
   24: (AS4, D, AS4A + "|Russian colleague"),  # introduces the colleague's answer
   25: (AS4, D, AS4A + "|Russian colleague|colleague"),
   26: (AS4, D, AS4A + "|Russian colleague|colleague"),
   27: (AS4, D, AS4A),
   28: (AS4, D, AS4A + "|Harmel Report"),      # the Harmel Report's quoted sentence
   29: (AS4, D, AS4A + "|Erik Dahlgren|Dahlgren|Secretary General"),
   30: (AS4, D, AS4A),
   31: ("NATO", I, AS4B),                      # "In 2014 Allies decided to suspend ..."
   32: (AS4, D, AS4A), 33: (AS4, D, AS4A), 34: (AS4, D, AS4A),
   35: (AS4, D, AS4A + "|United States|Allies"),  # the United States' stated position
   36: (AS4, D, AS4A + "|Anatoly Drozdov|Drozdov|President Drozdov|Russia"),
   37: (AS4, D, AS4A),                         # "I hope he means ...": nobody else
   38: (AS4, D, AS4A),
   39: (AS4, D, AS4A + "|father|My father"),
   40: (AS4, D, AS4A + "|father|My father"),
   41: (AS4, D, AS4A), 42: (AS4, D, AS4A), 43: (AS4, D, AS4A),
   # 44 (Applause): narrator
 }),
 "t05_news_blacksea2003.txt": ("Thomas Long", {
   # 0 headline (event), 1 byline, 2 role/outlet line: narrator
   3: ("Ukrainian officials", I, "officials|Ukraine"),  # lead; names the Russian fleet and NATO: no *
   # 4 narrator
   5: (IBO, I, IBOA),
   6: (IBO, D, IBOA),                          # "Captain Bondarenko said" before the Russian appears
   7: (IBO, D, IBOA), 8: (IBO, D, IBOA),
   9: (ABO, I, ABOA + "|" + N),                # "rejected the account.": speech act without content
   10: (ABO, D, ABOA),
   11: (ABO, D, ABOA),                         # "the Russian officer told the Yug-Press news agency"
   12: (ABO, D, ABOA),
   13: ("Ukraine", I, "Ukraine's defence ministry|defence ministry|Ukrainian defence ministry"),
   14: (TFO, D, TFOA),
   15: (TFO, D, TFOA), 16: (TFO, D, TFOA),
   17: (VM, I, VMA),
   18: (VM, D, VMA), 19: (VM, D, VMA), 20: (VM, D, VMA),
   21: (VM, D, VMA), 22: (VM, D, VMA),         # reopened mark, new paragraph
   23: (VM, D, VMA), 24: (VM, D, VMA),
   25: (VM, I, VMA),                           # "The admiral said he had raised ..."; Kasatkin not a speaker
   26: (VM, D, VMA), 27: (VM, D, VMA),
   28: (VM, D, VMA),                           # quotation left unclosed at the paragraph end
   29: (ML, D, MLA),
   30: ("U.S. Navy", I, "U.S. Navy spokesman|United States"),  # unnamed spokesman of a body
   # 31 background: narrator
   32: ("Ukraine", I, "Kiev"),                 # "Kiev has said it hopes ..., a goal that Moscow strongly opposes."
   # 33 reporting credit: narrator
 }),
 "t06_nrc_chairman2002.txt": ("", {
   # 0 issuer line: narrator, nothing accepted
   1: (None, N, MF + "|Chairman"),             # "Statement by the Chairman" title line
   # 2 meeting line, 3 place/date, 4 release number, 5 "1.": narrator
   6: (MF, D, MFA),                            # "met today ... under my chairmanship": event in his statement
   # 7 "2."
   8: (MF, D, MFA),                            # "As Chairman, I am pleased to report ..."
   9: (NRC, D, NRCA),                          # "NRC members reviewed ... and welcomed the "...""
   # 10 "3."
   11: (NRC, I, NRCA),                         # "NRC members reaffirmed ..."
   12: (NRC, I, NRCA),                         # "They underlined that ..."
   # 13 "4."
   14: (NRC, I, NRCA),                         # "The Council approved the following projects ...:"
   15: (NRC, I, NRCA), 16: (NRC, I, NRCA),     # bullets continuing the decision
   17: (NRC, I, NRCA), 18: (NRC, I, NRCA),
   # 19 "5."
   20: (MF, D, MFA + "|Ambassadors"),          # "Ambassadors also exchanged views on ...": event
   # 21 "6."
   22: (NS, I, NSA),                           # "informed the Council that the Russian Federation was ready to ..."
   23: ("NATO", I, "Allies|" + MF + "|Chairman|" + N),  # "Allies welcomed this offer and agreed ..."
   # 24 "7."
   25: ("Some NRC members", I, "*|NRC members|" + N),  # loose group
   26: (NS, I, NSA),                           # "The Russian Ambassador recalled his government's position ..."
   # 27 "8."
   28: (NRC, I, NRCA),                         # "NRC members agreed to meet ..."
   # 29 "9."
   30: (MF, D, MFA),
   31: (MF, D, MFA + "|some observers|observers"),  # "some observers called this Council an experiment"
   32: (MF, D, MFA),
   33: (MF, D, MFA),                           # signature line: split-off tag
   34: (MF, D, MFA),                           # signature title line
   # 35 contact line: narrator
 }),
 "t07_feature_kaliningrad2019.txt": ("Helen Young", {
   # 0 headline, 1 standfirst: narrator
   2: (None, N, "*"),                          # standfirst "Many of its residents say ..."
   # 3 byline, 4-5 scene: narrator
   6: (None, N, IM + "|" + IMA),               # scene sentence introducing her
   7: (IM, D, IMA), 8: (IM, D, IMA),
   # 9 "Her son, Artyom, moved ...": narrator, nothing accepted
   10: (None, N, IM + "|" + IMA),              # "She does not think ...": belief
   11: (IM, I, IMA + "|" + N),                 # "..., she says, but ..." parenthetical without quote
   12: (IM, D, IMA + "|television"),           # "On television they tell us ..."
   13: (IM, D, IMA), 14: (IM, D, IMA),
   # 15-16 acts: narrator
   17: ("Russia", I, RDM7),                    # "says ... what it calls ..." (no quoted words)
   18: ("NATO", I, "alliance"),
   19: (None, N, GL + "|" + GLA),              # "has heard both arguments many times." intro
   20: (GL, D, GLA),
   21: (GL, D, GLA), 22: (GL, D, GLA), 23: (GL, D, GLA),  # untagged, mark left open
   24: (GL, D, GLA), 25: (GL, D, GLA), 26: (GL, D, GLA),  # reopened
   27: (GL, D, GLA), 28: (GL, D, GLA),
   # 29 "His wife, Nadezhda, brought tea and said nothing.": narrator, nothing accepted
   30: (None, N, "*|" + MX),                   # "Not everyone in the city shares his sense of siege." intro
   31: (MX, I, ""),
   32: (MX, D, ""), 33: (MX, D, ""), 34: (MX, D, ""),
   35: (None, N, "regional government|" + DR7 + "|Rybin|governor's spokesman"),  # intro
   36: (DR7, I, DR7A),
   37: (DR7, D, DR7A),
   38: (DR7, D, DR7A + "|governor|Oleg Belousov|Belousov"),  # "The governor has said many times that ..."
   # 39 "declined to be interviewed": narrator, nothing accepted
   40: ("regional statistics office", I, "statistics office|" + N),  # statistic
   41: (None, N, IM + "|" + IMA),              # scene introducing her last quote
   42: (IM, D, IMA),
 }),
 "t08_news_viennaconference2024.txt": ("Julia Bell", {
   0: (None, N, "Russia|West|Western delegations"),  # headline reporting the blame
   # 1 byline, 2 place, 3 date: narrator
   4: ("diplomats who took part", I, "diplomats"),   # lead; names the delegations and Ukraine: no *
   # 5 narrator
   6: (MH, D, MHA),                            # "X, who led the U.S. delegation, said ... "...""
   7: (MH, D, MHA), 8: (MH, D, MHA), 9: (MH, D, MHA),
   10: (KI, I, KIA + "|" + N),                 # "rejected the charge.": speech act without content
   11: (KI, D, KIA),                           # bracketed editor's clarification: nobody else
   12: (KI, D, KIA),                           # "we are told that ...": no teller named
   13: ("draft of the final document", I, "draft|final document|document|Russian delegation|Russia"),
   14: (KW, D, KWA),
   15: (KW, D, KWA), 16: (KW, D, KWA),
   17: (None, N, DI + "|" + DIA),              # introduces the colonel ("not related ...")
   18: (DI, D, DIA),
   19: (None, N, TA + "|" + TAA),              # "was slightly more hopeful." intro
   20: (TA, I, TAA + "|experts from both sides|both sides|experts"),  # relayed agreement
   21: (TA, D, TAA), 22: (TA, D, TAA),
   23: ("NATO", D, "alliance|statement"),
   24: ("Chinese diplomat who attended as an observer", D, "Chinese diplomat"),  # names Beijing, China: no *
   25: (EG, D, EGA),
   26: ("Several delegates", I, "*|delegates"),
   27: ("Western diplomat", D, "*|One Western diplomat"),
   28: ("Western diplomat", D, "*|One Western diplomat"),  # quotation left unclosed
   # 29-30 correction note: narrator, nothing accepted
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
