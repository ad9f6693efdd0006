"""Word lists and compiled patterns shared by the pipeline stages.

Kept in one place so that a reader can see, and a user can audit, every
hand-made list the rules depend on.
"""
from __future__ import annotations

import re

# --- Segmentation ----------------------------------------------------------

# Lower-cased, without the final period, as nltk's PunktParameters expects.
# Punkt learns abbreviations from training data; we give it none, so every
# abbreviation that must not end a sentence in news text is listed here.
ABBREVIATIONS = frozenset(
    """
    u.s u.k u.n u.s.a e.u u.s.s.r e.g i.e etc vs cf al approx dept est
    mr mrs ms dr prof sr jr st mt ft rev hon messrs mme mlle
    gen lt col maj capt cmdr adm sgt cpl pvt pfc pte spc brig lt.-gen maj.-gen lt.-col
    sen rep gov pres amb sec atty supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp op ed eds fig inc corp co ltd bros
    d.c n.y l.a a.m p.m
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz") | frozenset(  # initials: "Frank T. Csongos"
    # A US state after a member of Congress's party, "(D-Mich.)", "R-S.C.": Punkt looks up the
    # token as written, so the state alone ("Chevy Chase, Md. He was 87.") still ends a sentence.
    f"{bracket}{party}-{state}"
    for state in """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la mass md me mich minn miss mo mont
                    neb nev n.c n.d n.h n.j n.m n.y okla ore pa r.i s.c s.d tenn tex va vt wash wis w.va wyo""".split()
    for party in "dri" for bracket in ("", "(")
)

# A line ending in one of these characters closes its unit; a hard-wrapped
# line never does.
UNIT_END_CHARS = ".!?:;\"”’)]…"

BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
WHITESPACE_RUN = re.compile(r"\s+")

# --- Model features ----------------------------------------------------------

# Words that open a negation scope: "NATO is no threat", "would not threaten".
NEGATION_CUES = frozenset("""
    not no never nothing none nor neither without cannot nobody nowhere hardly
""".split())
# A negation scope ends at clause punctuation or at a contrasting conjunction.
NEGATION_SCOPE_END = frozenset({"but", "however", "although", "though", "yet", "while", "whereas"})
NEGATION_TOKEN = re.compile(r"[\w-]+|[.,;:!?()\"“”]")
CONTRACTED_NOT = re.compile(r"n['’]t\b")  # "doesn't" -> "does not" for the cue list

# --- Documents (HTML to text) ------------------------------------------------

# Elements whose content is never visible text. <title> is read apart, as the
# document's title.
HTML_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})

# Elements that start a new unit: their text becomes its own paragraph (a
# blank line before and after), so headlines and list items stay apart.
HTML_BLOCK_TAGS = frozenset("""
    p div h1 h2 h3 h4 h5 h6 li br tr section article header footer blockquote
    figcaption title ul ol dl dt dd table thead tbody tfoot caption nav aside
    main figure hr pre address form fieldset details summary
""".split())

# Table cells are separated by a space, not joined into one word.
HTML_CELL_TAGS = frozenset({"td", "th"})


# --- Speaker attribution -----------------------------------------------------
# Everything the speaker rules in stance/attribute.py and stance/names.py look
# up: reporting verbs (every inflection), titles, bodies and their default
# aliases, name lists, quote characters and the compiled patterns built from
# them. Lists are lower-case unless said otherwise.


def _verb_forms(base: str) -> tuple[str, ...]:
    """Base, -s, -ed and -ing forms of a regular English verb."""
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in _DOUBLING:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (base, third, past, ing)


_DOUBLING = frozenset({"commit", "admit", "regret", "dub", "slam", "rebut", "permit", "submit"})
_IRREGULAR_VERBS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "signal": ("signal", "signals", "signaled", "signalled", "signaling", "signalling"),
    "label": ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    "counsel": ("counsel", "counsels", "counseled", "counselled", "counseling", "counselling"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
}

# Verbs whose subject holds the view the sentence conveys: speech acts and
# stated positions ("Moscow welcomed", "NATO opposes", "Putin hopes").
# "see", "show", "refer" and "agree to" are left out on purpose: "Russia will
# see that ...", "records show ...", "agreed to resume ties" report events or
# inferences, which are the narrator's.
REPORTING_VERB_BASES = """
    say tell add note state declare announce stress emphasize emphasise underline underscore
    insist argue claim contend maintain assert warn caution urge call welcome assure reassure
    promise pledge vow commit deny reject dismiss condemn denounce criticize criticise accuse
    blame praise hail applaud acknowledge admit concede agree suggest propose recommend indicate
    signal explain describe reiterate repeat reaffirm affirm confirm complain protest demand
    question ask answer reply respond retort counter comment remark observe express voice
    highlight lament regret deplore decry threaten hint believe think feel fear hope want expect
    doubt dispute charge allege recall write tweet predict conclude inform advise appeal mention
    report reveal brand term dub label characterize characterise tout boast guarantee proclaim
    slam blast castigate rebuke chide lambaste lambast thank oppose support favor favour endorse defend
    consider regard view clarify caution counsel estimate foresee envisage envision acknowledge
    elaborate specify disclose scoff sneer mock ridicule quip post remind
""".split()

REPORTING_VERBS = frozenset(
    form for base in REPORTING_VERB_BASES
    for form in _IRREGULAR_VERBS.get(base, _verb_forms(base))
)

# Multi-word reporting phrases (the first word is inflected).
REPORTING_PHRASES = (
    "point out", "points out", "pointed out", "pointing out",
    "play down", "plays down", "played down", "playing down", "downplay", "downplays",
    "downplayed", "downplaying",
    "rule out", "rules out", "ruled out", "ruling out",
    "brush aside", "brushes aside", "brushed aside", "brushing aside",
    "speak out", "speaks out", "spoke out", "speaking out",
    "make clear", "makes clear", "made clear", "making clear", "make it clear", "makes it clear",
    "made it clear", "making it clear",
    "raise concerns", "raised concerns", "raises concerns", "raising concerns",
    "raise concern", "raised concern", "raised doubts", "raises doubts", "raised objections",
    "go on to say", "went on to say", "goes on to say",
    "was quoted as saying", "were quoted as saying", "is quoted as saying",
    "put it", "puts it", "putting it",
    # A press release's lead-in to the statement below it.
    "made the following statement", "makes the following statement", "issued the following statement",
    "issues the following statement",
)

# What may follow the name in a signature line under a post: "— Mikko Laine (@mikkolaine_fi) March 8, 2024".
SIGNATURE_HANDLE = re.compile(r"^\(@[\w.]+\)(?:\s+\w+\.?\s+\d{1,2},\s+\d{4})?$")
# Only with these words right after them do these verbs report speech:
# "agreed that" is a statement, "agreed to resume ties" an event;
# "committed to" a pledge, "committed crimes" an event.
VERB_NEEDS_NEXT = {
    "agree": frozenset({"that", ":"}),
    "commit": frozenset({"to", "itself", "himself", "herself", "themselves"}),
    # "recalled that ...", but "Moscow recalled its envoy" is an event.
    "recall": frozenset({"that", "how", "when", "what", "being", "having", ":"}),
    # "posted on X that ...", but "troops posted on the border" and "posted a photograph".
    "post": frozenset({"that", ":"}),
    # "reminded NATO members that ...", but "the ships reminded everyone of 1962".
    "remind": frozenset({"that", ":"}),
    # "observed that the talks had stalled", but "Russian experts observe a flight test".
    "observe": frozenset({"that", ":"}),
}
# ... and with these right after them they do not: "called off the talks".
VERB_NOT_NEXT = {
    "call": frozenset({"off", "up", "back", "in", "out"}),
    "report": frozenset({"from"}),
    # "NATO allies responded by suspending the treaty": an action, not a reply.
    "respond": frozenset({"by", "with"}),
    "react": frozenset({"by", "with"}),
    # "writes software for a company in Riga", "writes for the Ledger": a job, not a statement.
    "write": frozenset({"software", "code", "for", "books", "novels", "poetry", "music", "songs"}),
}
# "welcomes Crown Prince Mohammed", "called Robertson": a greeting or a
# telephone call when the object is a person, not a stance.
VERB_NOT_BEFORE_PERSON = frozenset({"welcome", "call", "greet"})
# "Many in Moscow felt humiliated": a feeling, not a view put into words (also any
# "felt <participle>": betrayed, cheated, watched).
FEELING_WORDS = frozenset("""
    safe unsafe secure insecure uneasy nervous anxious afraid angry bitter sad happy proud ashamed
    alone lonely helpless powerless small foolish guilty responsible welcome unwelcome relieved
    like good bad better worse
""".split())
# Speech events that say nothing yet: "Voronov will comment further on
# Friday" reports no position unless "that", a quotation or a colon follows.
FUTURE_EVENT_VERBS = frozenset("""
    comment elaborate remark answer reply respond explain clarify specify disclose announce
    report describe mention address speak brief
""".split())
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "’ll"})
# ... and so does an infinitive: "Lazutin agreed to speak about that night".
INFINITIVE_MARKERS = frozenset({"to"})
# "that" is a demonstrative, not the start of what was said, after these words or before
# a time noun: "later that year", "on that night".
THAT_NOT_AFTER = frozenset("later earlier since until till".split())
TIME_NOUNS = frozenset("""
    day days night nights week weeks month months year years time times morning evening afternoon
    moment point period summer winter spring autumn era decade
""".split())
# A modal before a reporting verb makes it a prediction or a recommendation, not a report:
# "The Kremlin will say no at first", "NATO should state publicly that ...",
# "Q: Many in Moscow would call that naive."
MODALS_BEFORE_VERB = frozenset("will shall 'll ’ll would should must could might may ought".split())
# A negation before a speech event (FUTURE_EVENT_VERBS) with nothing reported after it:
# "The Kremlin did not comment." ("Wendland does not accept that reading" still reports.)
NEGATIONS_BEFORE_VERB = frozenset("not never n't no".split())
# What a source would not say is no speech: "He would not say how close the aircraft came",
# "She declined to say whether talks were planned".
WITHHELD_VERBS = frozenset("say disclose reveal confirm specify".split())
WH_WORDS = frozenset("how whether what when where who which why if".split())
REFUSAL_WORDS = frozenset("declined refused declines refuses declining refusing".split())
# A negative subject holds no position of its own: "Nobody in Brussels or Moscow believes ...".
NEGATIVE_SUBJECT = re.compile(r"\s*(?:[Nn]obody|[Nn]o one|[Nn]o-one|[Nn]one)\b")
# Phrases between a subject and its reporting verb that carry no speech of
# their own: "has spent a decade warning", "kept insisting", "sought to
# reassure", "used the speech to warn", "was quick to deny", "took to
# Telegram to denounce", "went on state television to warn".
# The last word of those phrases, to try the pattern only where it can match.
AUX_LAST_WORDS = frozenset("""
    year years month months week weeks day days decade decades hour hours time career kept keeps
    keep on to
""".split())
AUX_BEFORE_VERB = re.compile(
    r"(?<![\w'’-])(?:(?:spent|spend|spends|spending)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:years?|months?|weeks?|days?|decades?|hours?|time|career)"
    r"|(?:kept|keeps|keep)(?:\s+on)?"
    r"|(?:(?:sought|seeks|seek|tried|tries|try|moved|moves|hastened|hastens|rushed|rushes|wanted|wants"
    r"|used\s+(?:the|his|her|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?:took|takes|take)\s+(?:pains|care|the\s+opportunity)"
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quick|careful|swift|at\s+pains|anxious)"
    r"|went\s+out\s+of\s+(?:his|her|its|their)\s+way|(?:did|does|do)\s+not\s+hesitate"
    r"|(?:went|goes|go|took|takes|take)\s+(?:on|to)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+to))\s+$"
)

# Subject + be + one of these + (that|about|...) conveys the subject's stance:
# "Russia is worried that NATO is creeping eastward".
ATTITUDE_ADJECTIVES = frozenset("""
    worried concerned alarmed convinced confident optimistic pessimistic skeptical sceptical
    wary opposed committed determined ready willing prepared eager keen adamant hopeful
""".split())

# Words allowed between a subject and its reporting verb ("Putin, in turn,
# expressed", "Foley on Monday said", "Russia has consistently argued").
SUBJECT_GAP_WORDS = frozenset("""
    has have had is are was were will would could can may might must shall should did does do
    also again further then later earlier repeatedly consistently previously publicly privately
    firmly strongly only already recently once often never not now still too yesterday today
    tonight subsequently meanwhile however in turn on monday tuesday wednesday thursday friday
    saturday sunday last this next week month year night morning evening afternoon weekend
    separately similarly likewise himself herself itself themselves quickly immediately promptly
    even long since has been went go goes going continued continues to which who
    reportedly apparently allegedly personally bluntly flatly openly here there
""".split())

# A reporting clause opened by one of these is subordinate ("... weren't
# happy when Clinton said"): the sentence then conveys its main clause.
SUBORDINATORS = frozenset("when after as because since while until once before although though whereas".split())
# A clause with no "who" between a subject and its verb: "a senior Russian diplomat I have known
# for years put it to me this way".
CONTACT_CLAUSE = re.compile(
    r"(?<=\S)[^\S\n]+(?:I|we)[^\S\n]+(?:have[^\S\n]+|had[^\S\n]+|'ve[^\S\n]+)?"
    r"(?:known|met|interviewed|trusted|admired|worked[^\S\n]+with|spoken[^\S\n]+to|talked[^\S\n]+to)"
    r"(?:[^\S\n]+(?:for|since|over)[^\S\n]+\w+(?:[^\S\n]+\w+)?)?[^\S\n]*$")
# The verbs of an author's closing note about himself: "Daniel Frost is a former NATO official ...".
AUTHOR_NOTE_VERBS = ("is", "was", "has", "writes", "teaches")
# Possessives by which the one speaking owns a group: "our experts believe".
FIRST_PERSON_OWNERS = frozenset({"our", "my"})
# "a fisherman who gave his name only as Arne said": the name he gave is the speaker.
GIVEN_NAME = re.compile(r"who[^\S\n]+gave[^\S\n]+(?:his|her|their)[^\S\n]+(?:first[^\S\n]+)?name"
                        r"(?:[^\S\n]+only)?[^\S\n]+as[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)"
                        r",?[^\S\n]*$")
# A paragraph number the splitter leaves as a sentence of its own: "1.", "(b)", "iv.".
LIST_NUMBER = re.compile(r"\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s*$")
# An opening phrase with one of these ("In a 2009 interview with the historian X, he said") names
# its people as objects: the pronoun of the main clause after it means someone named before.
FRONTED_PREPOSITIONS = frozenset("in during at on with despite throughout like unlike speaking talking".split())
# A reporting clause that opens with one of these after a comma describes an
# object of the main clause (", a move Moscow called dangerous").
RELATIVE_OPENERS = frozenset("a an the which that whom".split())
# ... and so does one with these after a preposition: ", under which NATO promised".
RELATIVE_PRONOUNS = frozenset("which whom whose whereby".split())
# ... unless it hangs from one of these: "his interview with the BBC, in which Putin said".
SPEECH_NOUNS = frozenset("""
    interview interviews speech speeches statement statements remarks address letter article essay
    op-ed column post tweet message conversation call briefing conference testimony comments
    appearance broadcast podcast lecture talk
""".split())
SUBORDINATOR = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b", re.IGNORECASE)

# "Foley added:" after an unattributed quote tells whose quote it was.
AGAIN_VERBS = frozenset("""
    add adds added adding continue continues continued continuing reiterate reiterates
    reiterated repeat repeats repeated
""".split())
AGAIN_WORDS = frozenset({"also", "further", "again", "later", "then"})

# Person titles and parts of titles, matched lower-case without a final
# period. Nouns in TITLE_HEADS can stand for the person alone ("the minister").
TITLE_HEADS = frozenset("""
    secretary minister spokesman spokeswoman spokesperson correspondent leader head chairman
    chairwoman chair ambassador envoy representative director commander president premier
    chancellor senator congressman congresswoman governor mayor king queen prince princess
    emperor pope patriarch adviser advisor aide negotiator diplomat official counterpart
    secretary-general president-elect general admiral colonel lieutenant captain sergeant marshal
    commissioner speaker editor reporter journalist columnist analyst strongman boss
    undersecretary under-secretary ombudsman prosecutor judge attorney-general
    officer soldier lawmaker legislator politician professor researcher economist historian
    scholar activist corporal brigadier airman seaman
    lieutenant-general major-general brigadier-general lieutenant-colonel vice-admiral rear-admiral
""".split())
TITLE_WORDS = TITLE_HEADS | frozenset("""
    mr mrs ms dr prof gen lt col maj major capt adm sgt amb sen rep gov pres sir dame lord lady hon
    deputy foreign defense defence prime vice acting former senior chief permanent special
    assistant under supreme allied first top then current outgoing incoming late new interim
    state affairs interior finance economy economic trade justice security national federal
    press copy staff executive high foreign-policy military party communist opposition general
    excellency honorable honourable presidential parliamentary rapporteur co-rapporteur
    private lance class petty warrant master ensign cadet cpl pte pvt spc pfc brig
""".split())
FEMALE_TITLES = frozenset("spokeswoman chairwoman congresswoman queen princess mrs ms madam dame lady".split())
MALE_TITLES = frozenset("spokesman chairman congressman king prince mr sir lord".split())
# "the first panellist", "the other official": unnamed sources told apart by order.
ORDINAL_WORDS = frozenset("first second third fourth fifth last final other".split())
# Before a name in a title-case line, these make it a person's: "Members present: Mr Simon Hale".
HEADLINE_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "professor", "sir", "dame"})
# Forms of address that say nothing of a post: "MR. PUTIN:" and "PRESIDENT PUTIN:" may be one man,
# but "SENATOR MARSH:" and "DR. MARSH:" in one hearing are two people.
PLAIN_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "madam", "sir", "dame"})
# An unnamed holder of one of these offices speaks for the body ("a spokesman for the ministry":
# the ministry); any other unnamed official is a source as written ("a senior Russian general").
BODY_VOICE_TITLES = frozenset("spokesman spokeswoman spokesperson representative secretary".split())
# spokesman, spokeswoman and spokesperson are one title when matched.
TITLE_SYNONYMS = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "advisor": "adviser",
                  "defence": "defense", "chairwoman": "chairman", "chair": "chairman",
                  "secretary-general": "secretary", "under-secretary": "undersecretary",
                  # abbreviated ranks and offices: "Gen. Robert Hope" is "the general"
                  "gen": "general", "maj": "major", "col": "colonel", "lt": "lieutenant", "adm": "admiral",
                  "capt": "captain", "cmdr": "commander", "sgt": "sergeant", "sen": "senator",
                  "rep": "representative", "gov": "governor", "amb": "ambassador", "prof": "professor"}
# A word for a kind of office stands for a person holding one of these: "the diplomat"
# after "Deputy Foreign Minister Arkady Selin", "the officer" after "Colonel Rybin".
ROLE_KINDS = {
    "diplomat": frozenset("ambassador envoy minister consul negotiator representative undersecretary".split()),
    "envoy": frozenset("ambassador representative negotiator consul".split()),
    "official": frozenset("""minister spokesman secretary director adviser aide representative ambassador
                             envoy undersecretary commissioner negotiator""".split()),
    "officer": frozenset("colonel general lieutenant captain major commander admiral sergeant marshal".split()),
    "politician": frozenset("senator congressman congresswoman lawmaker legislator leader minister mp".split()),
    "lawmaker": frozenset("senator congressman congresswoman legislator mp deputy".split()),
}
# Title words that say when or how, not which office: ignored when matching.
TITLE_TIME_WORDS = frozenset("former acting then current outgoing incoming late new interim top senior".split())

# Lower-case particles inside personal names ("Jaap de Hoop Scheffer").
NAME_PARTICLES = frozenset("de van von der den du da di del della dos das bin ibn al el le la ter ten".split())

# Words that end a name when it is read right to left: a capitalised word
# that is one of these is a body, place, organisation or function word.
ORGANISATION_WORDS = frozenset("""
    department ministry office council organization organisation agency commission parliament
    duma congress senate government administration party union committee institute foundation
    archive center centre university bank fund service services forces army navy command
    headquarters alliance treaty group assembly court embassy mission times news post journal
    press network blogs blog policy review magazine radio television tv channel corporation
    company inc ltd forum summit conference seminar meeting session program programme
    initiative partnership act accord accords agreement pact charter convention protocol doctrine strategy report images
    getty afp reuters ap tass interfax ria novosti bbc cnn rfe/rl federation republic kingdom
    states nations community zone area region sea ocean river bay strait square street avenue
    boulevard road lane embankment prospekt plaza bridge park gate port island islands valley
    palace house building complex airport base station hall library museum academy school
    college club society association movement front bloc coalition faction cabinet presidium
    kremlin pentagon nato osce eu un oecd pfp wto imf csto sco brics otan g7 g8 g20 council
    affairs security defense defence staff guard guards fleet division brigade corps district police
    regiment battalion squadron directorate board
    cooperation relations relationship multilateralism diplomacy war peace crisis conflict
    prize award day week year studies research analysis assessments sciences
""".split())

COUNTRIES = frozenset("""
    russia ukraine belarus moldova georgia armenia azerbaijan kazakhstan uzbekistan turkmenistan
    kyrgyzstan tajikistan estonia latvia lithuania poland finland sweden norway denmark iceland
    germany france britain england scotland wales ireland netherlands belgium luxembourg
    switzerland austria italy spain portugal greece turkey cyprus malta czechia slovakia hungary
    romania bulgaria serbia croatia slovenia bosnia herzegovina montenegro macedonia albania
    kosovo america canada mexico cuba brazil argentina chile venezuela colombia china japan
    korea india pakistan afghanistan iran iraq syria israel palestine lebanon jordan egypt
    libya saudi arabia yemen qatar kuwait emirates oman bahrain australia vietnam indonesia
    mongolia algeria morocco tunisia sudan ethiopia nigeria africa europe asia eurasia
    balkans baltics caucasus crimea donbas donbass chechnya abkhazia ossetia transnistria
    siberia yugoslavia ussr soviet west east north south central eastern western northern southern
    moscow washington brussels kyiv kiev london paris berlin warsaw beijing tokyo ankara
    tbilisi minsk vilnius riga tallinn helsinki stockholm oslo copenhagen prague budapest
    bucharest sofia belgrade zagreb tirana skopje podgorica sarajevo pristina chisinau yerevan
    baku astana tehran damascus baghdad kabul islamabad delhi rome madrid lisbon athens vienna
    bern geneva munich strasbourg hague ottawa canberra seoul pyongyang jerusalem cairo riyadh
    doha istanbul kaliningrad sevastopol petersburg vladivostok bratislava ljubljana reykjavik
    dublin amsterdam valletta nicosia
""".split())

NATIONALITIES = frozenset("""
    russian american u.s us british english french german italian spanish portuguese dutch
    belgian danish norwegian swedish finnish icelandic estonian latvian lithuanian polish
    czech slovak hungarian romanian bulgarian greek turkish ukrainian belarusian moldovan
    georgian armenian azerbaijani kazakh uzbek serbian croatian slovenian bosnian montenegrin
    macedonian albanian kosovar austrian swiss irish scottish welsh canadian mexican chinese
    japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian egyptian
    saudi libyan australian western eastern soviet european atlantic transatlantic
    euro-atlantic allied baltic nordic chechen crimean nato eu un communist democratic
    republican socialist liberal conservative
""".split())

# Countries whose government a ministry named without its country ("the
# Foreign Ministry said") can belong to; cities and regions are left out.
STATE_NAMES = frozenset("""
    russia ukraine belarus moldova georgia armenia azerbaijan kazakhstan uzbekistan turkmenistan
    kyrgyzstan tajikistan estonia latvia lithuania poland finland sweden norway denmark iceland
    germany france britain england ireland netherlands belgium luxembourg switzerland austria
    italy spain portugal greece turkey cyprus malta czechia slovakia hungary romania bulgaria
    serbia croatia slovenia bosnia montenegro macedonia albania kosovo america canada mexico
    cuba brazil argentina chile venezuela colombia china japan korea india pakistan afghanistan
    iran iraq syria israel lebanon jordan egypt libya yemen qatar kuwait oman bahrain australia
    vietnam indonesia mongolia algeria morocco tunisia sudan ethiopia nigeria
""".split()) | {"united states", "united kingdom", "saudi arabia", "czech republic", "north macedonia"}
# A government body named without its country: "the Foreign Ministry",
# "the Ministry of Defence", "the government" (not "the embassy": an
# embassy stands in another country than its own).
GOVERNMENT_ORGAN = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|justice|finance|economy|emergencies|trade|energy|home)"
    r"\s+(?:ministry|office|department)|ministry(?:\s+of\s+(?:the\s+)?(?:foreign\s+affairs|defen[cs]e|interior|"
    r"internal\s+affairs|justice|finance|emergency\s+situations))?|government|presidency|cabinet)$")
# ... and one that names it: "Ministry of Foreign Affairs of Norland", "Norland's Foreign Ministry".
GOVERNMENT_OF = re.compile(
    r"^(?:(?i:(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|justice|finance)\s+(?:ministry|office)|ministry\s+of\s+"
    r"(?:the\s+)?(?:foreign\s+affairs|defen[cs]e|interior|internal\s+affairs|justice|finance)|government|embassy)"
    r"\s+of\s+(?:the\s+)?)(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
    r"|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+)?"
    r"(?:[Mm]inistry|[Oo]ffice|[Gg]overnment|[Ee]mbassy))$")
# An unnamed official of one of these ("the Russian ambassador") speaks for the
# country, looked up in the alias table (so a user's table decides its name).
# A nationality before these nouns is the state's own agents at work ("Romanian navy divers
# defused a mine, the defence ministry said"): whose ministry it is.
STATE_AGENT_NOUNS = frozenset("""
    navy army troops forces soldiers sailors divers pilots jets fighters ships warships frigate frigates
    minesweepers military coastguard coast border police authorities air engineers units
""".split())
# A member's party, and the state he sits for: "Senator Ann Cole, Democrat of Maine, said" (no one's name).
PARTY_MEMBER = re.compile(r"(?:Republican|Democrat|Independent)(?:\s+of\s+\S.*)?")
# Parties named by their members' plural, as bodies that speak: "The Conservatives said".
PARTY_NAMES = {
    "conservatives": "Conservatives", "tories": "Conservatives", "labour": "Labour", "democrats": "Democrats",
    "republicans": "Republicans", "liberal democrats": "Liberal Democrats", "lib dems": "Liberal Democrats",
    "greens": "Greens", "social democrats": "Social Democrats", "christian democrats": "Christian Democrats",
    "communists": "Communists", "socialists": "Socialists", "afd": "AfD",
}
NATIONALITY_COUNTRIES = {
    "russian": "Russia", "american": "United States", "u.s": "United States", "us": "United States",
    "nato": "NATO", "ukrainian": "Ukraine", "belarusian": "Belarus", "georgian": "Georgia",
    "polish": "Poland", "german": "Germany", "french": "France", "british": "United Kingdom",
    "italian": "Italy", "spanish": "Spain", "dutch": "Netherlands", "belgian": "Belgium", "danish": "Denmark",
    "norwegian": "Norway", "swedish": "Sweden", "finnish": "Finland", "estonian": "Estonia",
    "latvian": "Latvia", "lithuanian": "Lithuania", "czech": "Czech Republic", "slovak": "Slovakia",
    "hungarian": "Hungary", "romanian": "Romania", "bulgarian": "Bulgaria", "greek": "Greece",
    "turkish": "Turkey", "serbian": "Serbia", "croatian": "Croatia", "canadian": "Canada", "chinese": "China",
    "japanese": "Japan", "moldovan": "Moldova", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan", "austrian": "Austria", "portuguese": "Portugal", "icelandic": "Iceland",
    "albanian": "Albania", "slovenian": "Slovenia",
}

# Capitalised words that are never part of a personal name.
# Words for places, buildings and times that are also common surnames: after a first name they end a
# person's name ("Helen Park", "Stuart Hall", "Margaret Day"), not a place's or a holiday's.
PLACE_SURNAMES = frozenset("park hall house street bridge gate gates bank banks church lane court palace day".split())
# Letters after a name that are not part of it: "Mr Anthony Rowe QC", "Sir Ian Bell MP".
POST_NOMINALS = frozenset("QC KC MP MEP MSP OBE CBE KBE MBE PhD".split())
NOT_NAME_WORDS = frozenset("""
    the a an and or but nor so yet however thus meanwhile indeed also still then now when see
    while after before during since as in on at for from to with without by of over under
    into onto upon about against between among through across behind below above beyond
    last next this that these those its it he she they we i you his her their our my your
    some many most several few other others all both each every no not neither if although
    though because once until unless whether why how what who whom whose which where there
    here today yesterday tomorrow recently earlier later photo photos click more read share
    breaking news update updated posted published advertisement contact author editor
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec q a question answer mr mrs ms dr let please thank thanks yes well
    below above like unlike despite amid following according instead moreover furthermore
    nevertheless nonetheless besides first second third overall elsewhere otherwise hence
    therefore accordingly consequently perhaps maybe even only already speaking asked
    addressing writing responding did does do would can could should is are was were has have had
    must might shall i'd i'm i've i'll i’d i’m i’ve i’ll we'd we're we've we'll we’d we’re we’ve
    we’ll such any another either
""".split())

# Nouns for a loose group of people ("some experts", "Putin's critics").
GROUP_NOUNS = frozenset("""
    experts analysts officials diplomats observers critics rivals opponents supporters aides advisers
    politicians lawmakers legislators deputies leaders commentators sources officers generals
    activists scholars historians researchers delegates negotiators spokesmen hawks hardliners
    nationalists communists liberals ministers members commanders strategists economists
    academics pundits skeptics sceptics veterans protesters demonstrators residents voters
    citizens authorities others allies partners governments soldiers witnesses villagers
    panellists panelists participants discussants
    locals insiders participants defenders proponents advocates champions backers doves
    police prosecutors investigators organisers organizers rescuers doctors medics outlets
""".split())
# Group nouns too vague to name a speaker without a modifier ("members",
# "its partners"); the others do alone ("officials said", "hawks argued").
VAGUE_GROUP_NOUNS = frozenset("members partners allies leaders ministers governments citizens residents voters".split())
# A body named by its kind ("the government said"): resolved to the body the
# text just named, like "it".
GENERIC_BODIES = ("government", "ministry", "foreign ministry", "defence ministry", "defense ministry",
                  "administration", "cabinet", "embassy", "presidency", "parliament", "foreign office")
GENERIC_BODY_END = re.compile(r"(?<![\w'’-])(?:[Tt]he|(?P<owner>[A-Z][\w.-]*)['’]s(?:[^\S\n]+own)?)[^\S\n]+"
                              r"(?:(?P<nation>[A-Z][\w.-]*)[^\S\n]+)?(?P<body>(?:" + "|".join(
    sorted((g.replace(" ", r"[^\S\n]+") for g in GENERIC_BODIES), key=len, reverse=True)) + r"))$")
# Singular unnamed sources: "an official said", "a Latvian soldier told reporters".
GROUP_SINGULAR = frozenset("""
    official diplomat source analyst expert observer insider officer soldier lawmaker legislator
    politician activist resident witness eyewitness veteran protester villager participant
    delegate commentator academic strategist panellist panelist discussant woman man pensioner
    shopkeeper farmer fisherman
""".split())
GROUP_WORDS = GROUP_NOUNS | GROUP_SINGULAR
GENERIC_LAST_WORDS = frozenset(g.split()[-1] for g in GENERIC_BODIES)
# Lower-case words that can end a subject right before its verb: pronouns,
# title nouns ("the minister said") and group nouns ("officials said").
SUBJECT_END_WORDS = (frozenset("he she it they we i who which".split()) | TITLE_HEADS | GROUP_NOUNS
                     | GROUP_SINGULAR | frozenset(g.split()[-1] for g in GENERIC_BODIES))
# "the younger Kuzmin", "the elder Savin": which of a father and son.
SENIORITY_WORDS = frozenset({"younger", "elder", "older"})
SENIORITY_KIN = re.compile(r"\b(?:father|mother|son|daughter)\b")
STATED_AGE = re.compile(r",\s*(\d{1,3})\b")                # "Artyom Kuzmin, 34, writes software"
GROUP_MODIFIERS = frozenset("""
    many some most several few other numerous two three four five both all these those
    the a an one senior top political military independent foreign local government
    administration defense defence security intelligence state party kremlin opposition
    unnamed anonymous former leading key allied diplomatic western eastern european
    american russian ukrainian german french british polish baltic nato alliance
    u.s. us hardline hard-line liberal nationalist conservative prominent influential
    city regional municipal federal ministry embassy border police army navy pentagon
    first second third fourth last final another same retired serving current junior mid-level high-ranking
    media news
""".split()) | NATIONALITIES

# Labels before a colon that are page furniture, not a speaker's turn.
FURNITURE_LABELS = frozenset("""
    photo photos image images picture pictures credit credits source sources twitter facebook
    instagram linkedin telegram youtube email e-mail tel phone fax web website tags tag topics
    related read see also updated update published posted date note notes correction
    corrections disclaimer copyright location address contact subject keywords category
    video watch listen audio transcript caption warning breaking exclusive analysis opinion witnesses
    spotted birthdays thanks subscribe
    members present
    comment editorial summary background context timeline factbox explainer live byline
    author authors by via translation translated original dateline sponsored advertisement
    reporting editing writing additional follow share more previous next home menu search
    file files attachment download print section chapter part figure table map graphic
    infographic illustration cover headline title abstract keyword filed
    participants present attendees attending panel panelists panellists delegates delegations speakers
    agenda venue cc distribution photograph photographs claim claims verdict rating ruling
    fact factcheck fact-check
""".split())
TURN_QA_LABELS = frozenset({"q", "a", "question", "answer", "moderator", "interviewer", "host",
                            "audience", "participant", "journalist", "reporter", "question from the floor"})
# Of those, the labels one person holds for the whole document: "MODERATOR (Irina Sokolova):".
HOST_LABELS = frozenset({"moderator", "interviewer", "host"})
# Of those, the labels of the interviewer's and the interviewee's turns.
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "question from the floor"})
# The question number before a label in committee evidence: "Q14 Chair:", "Q15 Mrs Frost:".
QUESTION_NUMBER = re.compile(r"Q\d+\s+(?=[A-Z])")
# A written parliamentary question and its answer: who wrote each part, and the part headings.
QA_PART_AUTHOR = re.compile(
    r"^\s*(?:Written\s+)?(?P<part>Question|Answer)s?\s+(?:given\s+)?(?:from|by)\s+"
    r"(?:(?:the\s+)?(?:member|members|MP|Senator|Deputy|Minister|State Secretary|Secretary of State|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:van|de|der|von|den|ter|[A-Z][\w'’-]+)){1,3})")
QA_PART_HEADING = re.compile(r"^\s*(?P<part>Question|Answer)\s+\d+[a-z]?\s*[.:]?\s*$")
# Cast lines above a transcript ("Presenter: Claire Whitfield") and the roles whose holder interviews.
PROGRAMME_HOSTS = ("presenter", "host", "anchor")
CAST_LINE = re.compile(r"^\s*(?P<role>Presenter|Host|Anchor|Interviewer|Moderator|Chair)\s*:\s*(?P<rest>\S.*)$",
                       re.IGNORECASE)
ANSWER_LABELS = frozenset({"a", "answer"})
# An inquiry's transcript: "CAPTAIN ROBERT HALE (sworn)" then "Questions by MR ROWE", after which
# "Q." is the examiner's and "A." the witness's.
WITNESS_LINE = re.compile(r"^\s*(?P<name>[A-Z][\w .'’-]{2,60}?)\s*\((?:sworn|affirmed)\)\s*$")
EXAMINER_LINE = re.compile(
    r"^\s*(?:Further\s+)?(?:Questions|Examination|Cross-examination|Re-examination)\s+by\s+(?P<name>[A-Z][\w .'’-]{2,60}?)\s*$")
# A header naming a programme's people: "Hosts: Sarah Bell and Tom Novak", "Guest: Olga Sedova, ...".
CAST_LIST = re.compile(r"^\s*(?:Hosts?|Guests?|Presenters?|Panel(?:lists)?|Participants|Speakers)\s*:\s*(?P<rest>\S.*)$",
                       re.IGNORECASE)
CAST_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# A sentence that says who was interviewed: "... spoke to Ambassador X",
# "In an interview with X", "X received us", "we talked to X".
# ... and where the interviewer is named first: "Hanna Berg spoke to X", "Hanna Berg interviewed X".
INTERVIEWER_FIRST = re.compile(
    r"\s(?:spoke|talked|sat\s+down|met)\s+(?:to|with)\s|\sinterviewed\s")
INTERVIEW_CUE = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|sat\s+down|sits\s+down|met|meets)\s+(?:to|with)"
    r"|[Ii]nterview(?:ed)?|(?:received|told|met|welcomed|joined)\s+us|[Aa]sked)\b")   # not "rarely gives interviews"
# The header of a document that is one body's or person's own statement or
# speech: "Statement by the Ministry of Foreign Affairs of ... on ...",
# "Remarks by President X at ...". What follows the name must be a
# preposition, a comma or nothing ("Remarks by Putin show ..." is a headline).
STATEMENT_HEADER = re.compile(
    r"^\s*(?:(?:Joint|Official|Press|Opening|Closing|Introductory|Keynote|Video|Written)\s+)?"
    r"(?:[Ss]tatement|[Rr]emarks|[Ss]peech|[Aa]ddress|[Dd]eclaration|[Mm]essage|[Ll]etter|[Bb]riefing|"
    r"[Tt]estimony|[Pp]ress\s+[Rr]elease|[Cc]ommuniqu[eé]|[Aa]nswers?|[Cc]omment|[Rr]eply|[Rr]esponse)\s+(?:by|of|from)\s+")
# A header that names the occasion, not the speaker: "Remarks at the North Atlantic Council
# Ministerial Meeting", with the speaker's name line below it ("Secretary Richard Grant").
VENUE_HEADER = re.compile(
    r"^\s*(?:(?:Opening|Closing|Introductory|Keynote|Prepared|Video)\s+)?"
    r"(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Ss]tatement)\s+(?:at|to|on|before)\s+(?:the\s+)?[A-Z]")
# The name after the office in such a header: ", Tatiana Belova, to a media question".
HEADER_APPOSITIVE = re.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*,")
STATEMENT_HEADER_AFTER = frozenset("on at to in before following regarding concerning about for".split())
# "we", "I", "our" outside quotation marks: the document speaks for itself.
FIRST_PERSON_WORD = re.compile(r"(?<![\w'’-])(?:[Ww]e|I|[Oo]ur|[Uu]s|[Mm]y)(?![\w'’-])")
# A questioner naming themself: "Q: Marek Zielinski, Polish Radio. ...", "Q: I'm Marek Zielinski from ...",
# "Q: Marek Zielinski again."
SELF_INTRODUCTION = re.compile(
    # "President Volkov, James Bell, Continental Press.": whom the question is for, then who asks.
    r"\s*(?:(?:Mr\.?\s+|Madam\s+)?(?:President|Minister|Secretary|Chancellor|Ambassador|General|Prime Minister)"
    r"(?:\s+[A-Z][\w'’-]*)?,\s+)?"
    r"(?:(?:I am|I'm|I’m|This is|My name is)\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"\s*(?:(?:,|from|of|with|for)\s+[^.?!]{2,60}|\s+(?P<again>again))?\.\s*$")

# Words in a sentence that make it an author's biography line.
AUTHOR_JOB_WORDS = frozenset("""
    writer editor chief correspondent reporter journalist columnist contributor fellow
    professor analyst researcher director author producer blogger commentator scholar
    lecturer freelance staff bureau former ambassador diplomat officer adviser advisor
    army navy marines
""".split())
# A biography may also say what its subject writes about or covers ("... writes about
# security for the Nordic Review"); "X wrote that ..." is a reporting frame.
BIO_WRITES = re.compile(
    r"\b(?:writes|wrote|has written)\s+(?:about|for|on|regularly)\b|\b(?:covers|covered|teaches|taught)\b")

# First names that tell "he" from "she". Short lists: a name not listed is
# compatible with both pronouns.
FEMALE_FIRST_NAMES = frozenset("""
    hillary madeleine condoleezza angela theresa margaret nancy victoria samantha susan
    kamala ursula federica kaja maria mariya anna anne olga irina yelena elena natalia
    natalya tatiana tatyana svetlana valentina ekaterina yekaterina lyudmila marina
    julia yulia ksenia preeti sarah emily emma jane mary elizabeth catherine katherine
    kathryn kate karen linda patricia barbara jennifer jessica laura lisa michelle
    rachel rebecca ruth helen hanna hannah ingrid birgit annalena sanna mette magdalena
    ewa agnieszka beata kristina kersti ilze dalia jeanne christine sylvie marie sophie
    claire isabelle nathalie giorgia francesca ana carmen lucia tamara nino salome
    zurabishvili olena iryna oksana liz wendy madeleine ellen jody sheila hina sofia sophia
    georgia virginia florence carolina kelly emily beverly nino katrin katarina katharina
    katja karin kirsten anke petra ulrike heike sabine monika gabriele astrid sigrid helga
    liv ingeborg solveig annika lena marta agata joanna katarzyna aleksandra jana eva lucie
    laima inga aino maja niamh siobhan aoife ines elisa chiara giulia paola
    tetiana tetyana nataliya halyna larysa aldona rasa ruta egle ieva jurgita liga kristiina
    kadri tiina liisa marju piret kaisa minna paivi riikka tuula daria darya alina polina
    zhanna galina vera nadezhda lyubov larisa inna alla yana milena zofia malgorzata dorota
""".split())
MALE_FIRST_NAMES = frozenset("""
    bill george james john robert william joe joseph barack donald ronald richard jimmy
    gerald michael david thomas charles mark paul peter andrew steven stephen jens anders
    javier jaap george wesley frank vladimir dmitri dmitry sergei sergey alexander
    aleksandr mikhail boris nikolai igor yuri yury viktor victor alexei aleksei andrei
    andrey ivan pavel oleg gennady grigory konstantin maxim evgeny yevgeny leonid anatoly
    valery vyacheslav ramzan volodymyr petro leonid emmanuel nicolas francois jacques
    olaf gerhard helmut frank-walter tony gordon boris keir rishi recep tayyip mohammed
    xi wang jean-claude donald mark justin antony colin dick henry zbigniew lech andrzej
    radoslaw mateusz karl hans klaus wolfgang sebastian mauro giuseppe matteo silvio
    pedro manuel jose luis carlos mikheil giorgi irakli eduard edgars gitanas juri
    alar sauli alexander jordan austin chad rutger eirik erik jonas tomas tomasz piotr
    jan lars nils olav sven per henrik bjorn knut mikkel jakob johan pieter willem dirk
    stefan jurgen dieter uwe rolf markus tobias oskar lukas marek pavol janis kristjan
    toomas marco luca giovanni antonio francesco miguel sean liam patrick niall arkady
    vitaly vitali vasily vasili
    oleksandr oleksiy mykola mykhailo taras bohdan andriy yuriy vasyl serhiy dmytro ihor
    vitaliy maksym artem denys rostyslav yaroslav levan davit arturas vytautas darius
    mindaugas gintautas algirdas juris andris raimonds kristaps jaan priit urmas andrus
    indrek jari mikko antti juha timo matti pekka heikki harri olli ville raimo lauri tapio
    fyodor timur ruslan roman artur denis kirill nikita stanislav vadim yevgeni arseniy
""".split())

# Default aliases: a body named several ways is one speaker. Keys are matched
# without a leading "the" and without regard to case (see names.normalize_alias).
DEFAULT_ALIASES = {
    "Moscow": "Russia",
    "Kremlin": "Russia",
    "Russia": "Russia",
    "Russian Federation": "Russia",
    "Russian government": "Russia",
    "Russian Foreign Ministry": "Russia",
    "Russian Ministry of Foreign Affairs": "Russia",
    "Russian Defense Ministry": "Russia",
    "Russian Defence Ministry": "Russia",
    "Russian Ministry of Defense": "Russia",
    "NATO": "NATO",
    "Alliance": "NATO",
    "the alliance": "NATO",
    "North Atlantic Alliance": "NATO",
    "North Atlantic Treaty Organization": "NATO",
    "North Atlantic Treaty Organisation": "NATO",
    "North Atlantic Council": "NATO",
    "Allies": "NATO",
    "NATO Allies": "NATO",
    "Washington": "United States",
    "United States": "United States",
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "United States of America": "United States",
    "State Department": "United States",
    "U.S. State Department": "United States",
    "US State Department": "United States",
    "White House": "United States",
    "Pentagon": "United States",
    "U.S. administration": "United States",
    "U.S. government": "United States",
    "US government": "United States",
    # Capitals speaking for their governments ("Berlin has pushed hardest for the meeting").
    "Berlin": "Germany", "Paris": "France", "London": "United Kingdom", "Warsaw": "Poland",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Rome": "Italy", "Madrid": "Spain", "Ankara": "Turkey",
    "Ottawa": "Canada", "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia",
    "Helsinki": "Finland", "Stockholm": "Sweden", "Oslo": "Norway", "Copenhagen": "Denmark",
    "Prague": "Czech Republic", "Budapest": "Hungary", "Bucharest": "Romania", "Sofia": "Bulgaria",
    "Athens": "Greece", "Lisbon": "Portugal", "The Hague": "Netherlands", "Bratislava": "Slovakia",
    "Ljubljana": "Slovenia", "Zagreb": "Croatia", "Tbilisi": "Georgia", "Minsk": "Belarus",
    "Beijing": "China", "Tokyo": "Japan", "Downing Street": "United Kingdom", "Elysee": "France",
    "Élysée": "France",
}
# A capital stands for its government only as a whole name: not "Tallinn Centre for Defence Research".
_ALIAS_KEYS = list(DEFAULT_ALIASES)
CAPITAL_ALIASES = frozenset(key.casefold().removeprefix("the ") for key in _ALIAS_KEYS[_ALIAS_KEYS.index("Berlin"):])
# Groups that speak for NATO in a document about the Alliance ("NATO allies said in a joint
# statement", "Foreign ministers today condemned ..."): compared lower case, without "the".
ALLIANCE_GROUPS = frozenset({
    "nato allies", "allies", "the allies", "allied leaders", "allied governments", "nato members",
    "nato member states", "member states", "foreign ministers", "defence ministers", "defense ministers",
    "nato foreign ministers", "nato defence ministers", "nato defense ministers", "nato leaders",
    "allied foreign ministers", "allied defence ministers", "allied defense ministers",
})

# Quote marks. Only double marks (straight, curly, low-9 and guillemets)
# delimit quotations; single marks are apostrophes or quotes nested inside.
DOUBLE_QUOTES = "\"“”„«»‟"
OPEN_DOUBLE = "“„«‟"
CLOSE_DOUBLE = "”»"
DOUBLE_QUOTE_MARK = re.compile('["“”„«»‟]')
OPENING_CONTEXT = " \t\n\r\f\v([{—–-/:\u00a0"   # characters that may precede an opening mark
CLOSING_FOLLOW = " \t\n\r\f\v.,;:!?)]}—–-…\u00a0"  # characters that may follow a closing mark

# Tokens of a capitalised chunk: dotted acronyms and initials, capitalised
# words, and title words in lower case after them ("State Department
# spokesman James Foley"). Patterns that must scan long texts start with a
# character class, so that the regex engine can skip ahead quickly.
# Lower-case institutions inside a title: "a U.S. embassy spokesman", "a defence ministry official".
LOWER_INSTITUTIONS = frozenset({"embassy", "ministry"})
LOWER_CHUNK_WORDS = TITLE_HEADS | frozenset(
    "deputy foreign defense defence prime vice acting former senior chief permanent special "
    "assistant supreme top staff".split()) | LOWER_INSTITUTIONS
# Small words inside a long title before a name: "Minister of Foreign Affairs of the Russian Federation".
TITLE_GLUE_WORDS = frozenset({"of", "the", "for"})
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_CAP_WORD = rf"(?:(?:[{_UPPER}]\.){{1,3}}(?![\w])|[{_UPPER}][\w'’/&.-]*[\w]|[{_UPPER}])"
_LOWER_TITLE = r"(?:" + "|".join(sorted((re.escape(w) for w in LOWER_CHUNK_WORDS if w.replace("-", "").isalpha()),
                                         key=len, reverse=True)) + r")(?![\w-])"
# "Ambassador to Norway Nikolai Petrov", "Permanent Representative to NATO": "to" after an envoy's title.
_TO_GLUE = (r"(?:(?<=Ambassador)|(?<=Envoy)|(?<=Representative))"
            r"[^\S\n]+to(?:[^\S\n]+the)?[^\S\n]+(?=[" + _UPPER + r"])")
_GLUE = (r"(?:" + _TO_GLUE + r"|(?:[^\S\n]+(?:(?:of|for)(?:[^\S\n]+the)?|" + "|".join(sorted(NAME_PARTICLES))
         + r")(?=[^\S\n]+[" + _UPPER + r"]))?[^\S\n]+)")
CHUNK = re.compile(rf"{_CAP_WORD}(?:{_GLUE}(?:{_CAP_WORD}|{_LOWER_TITLE}))*(?:['’]s?(?!\w))?")
# "the minister", "a spokesman", "the secretary general" (no capital at all).
LOWER_TITLE_CHUNK = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[^\S\n]+{_LOWER_TITLE}(?:[^\S\n]+{_LOWER_TITLE})*(?:['’]s(?!\w))?")
# An office's aide named by the office: "the prime minister's official spokesperson".
OFFICE_AIDE = re.compile(
    rf"(?<![\w'’-])[Tt]he[^\S\n]+{_LOWER_TITLE}(?:[^\S\n]+{_LOWER_TITLE})*['’]s[^\S\n]+"
    rf"(?:(?:official|chief|press|deputy|own)[^\S\n]+)*{_LOWER_TITLE}$")
# Two or more capitalised words: the full names and titles the People of a
# document are built from ("Secretary of State Hillary Clinton").
# A name token: an initial or dotted acronym, an abbreviated title ("Mr.",
# "St."), or a word; a word's final stop is not taken, so a match never runs
# on into the next sentence ("... Arkady Voronin. Speaking ...").
# The word's letters are taken whole ("*+"): a shorter prefix of them is never followed by a
# space, so giving letters back could only fail again, at the cost of a retry per letter.
_NAME_TOKEN = rf"[{_UPPER}](?:\.(?:[{_UPPER}]\.)*|[a-z]{{1,2}}\.|[\w'’-]*+)"
MULTI_CAP = re.compile(
    rf"{_NAME_TOKEN}(?:[^\S\n]+(?:(?:of|{'|'.join(sorted(NAME_PARTICLES))})[^\S\n]+)?{_NAME_TOKEN})+")
# Titles written short, with a stop, before a name: "Mr. Lund", "Sen. Cole", "Gen. Hale".
ABBREVIATED_TITLES = frozenset("mr mrs ms dr sen rep gov gen lt col maj capt adm prof amb sgt cmdr pres hon "
                               "cpl pte pvt spc pfc brig".split())
# "the 68-year-old": a person named by age, the one just named.
AGE_NOUN = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?![\w-])")
# "Mr Robert Grant (Chair)", "Howard L. Pike (chairman of the committee)": an office in brackets.
PAREN_OFFICE = re.compile(r"[^\S\n]*\((?P<title>[A-Za-z]+)(?:[^\S\n]+of[^\S\n]+the[^\S\n]+[A-Za-z]+(?:[^\S\n]+[A-Za-z]+){0,3})?\)")
# ", a State Department spokesman," right after a name.
APPOSITIVE_TITLE = re.compile(
    # ", then a captain in the Parachute Regiment,": a post held at the time told of
    rf",[^\S\n]+(?:(?:then|now|later|formerly)[^\S\n]+)?(?:a|an|the)[^\S\n]+"
    rf"(?P<title>(?:[\w'’./-]+[^\S\n]+){{0,5}}?{_LOWER_TITLE})"
    # ... ending the appositive, or going on: ", a historian at Carrow University whose book"
    r"(?=[^\S\n]*(?:[,.;]|(?:at|of|for|in|from|with|who|whose|based|living)(?![\w'’-])))")
# ", the Dutch diplomat who serves as NATO's special envoy to Moscow": the office after "as".
APPOSITIVE_ROLE = re.compile(
    rf",[^\S\n]+(?:a|an|the)[^\S\n]+[^,.;\n]{{0,60}}?\bwho[^\S\n]+(?:serves|served|is|was|acts|acted)"
    rf"[^\S\n]+as[^\S\n]+(?P<title>(?:[\w'’./-]+[^\S\n]+){{0,4}}{_LOWER_TITLE})")


# "Germany's deputy foreign minister, Katrin Albers": a title before the comma that precedes a name.
def _title_before_comma(title: str) -> re.Pattern:
    return re.compile(
        rf"(?:^|[^\w'’])(?P<title>(?:[A-Z][\w-]*['’]s[^\S\n]+)?(?:[\w-]+[^\S\n]+){{0,3}}?{title}),[^\S\n]*$")


TITLE_BEFORE_COMMA = _title_before_comma(_LOWER_TITLE)
# The same with the office capitalised ("chaired by the Secretary General, Anders Brekke."): read
# only when the name closes the appositive, as "After meeting the President, Brekke said" does not.
TITLE_BEFORE_COMMA_CAPITALISED = _title_before_comma(rf"(?i:{_LOWER_TITLE})")
# "she", "his": the pronoun after a title tells which of two title holders it means.
GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# Words that mark a sentence worth a closer look for those frames: an
# attitude adjective between spaces ("is concerned that"), the opening of a
# source phrase ("according to", "citing"; see ACCORDING_TO and AS_PUT_IT).
SOURCE_HINT_PHRASES = ("according to", "According to", "in the words of", "In the words of", "in the view of",
                       "in the opinion of", "In the opinion of",
                       "In the view of", "in his view", "In his view", "in her view", "In her view",
                       "in their view", "In their view", "in his words", "In his words", "in her words",
                       "In her words", "in their words", "In their words", "in his opinion", "In his opinion",
                       "in her opinion", "In her opinion", "in their opinion", "In their opinion",
                       "as quoted by", "As quoted by", "citing", "Citing", "put it", "puts it")
SPACE_AFTER_HINTS = frozenset({"citing", "Citing"} | ATTITUDE_ADJECTIVES)  # the pattern needs a space
SPACE_BEFORE_HINTS = frozenset({"put it", "puts it"} | ATTITUDE_ADJECTIVES)

_GROUP_FORMS = sorted(GROUP_NOUNS | GROUP_SINGULAR | {w.capitalize() for w in GROUP_NOUNS | GROUP_SINGULAR})
_GROUP_MODS = "|".join(sorted((re.escape(w) for w in GROUP_MODIFIERS | {m.capitalize() for m in GROUP_MODIFIERS}
                               | {m.upper() for m in GROUP_MODIFIERS if len(m.rstrip(".")) <= 4}),
                              key=len, reverse=True))
# The words before a group noun that belong to it: "Putin's political", "many".
GROUP_PREFIX = re.compile(rf"(?:(?<![\w'’-])(?:{_GROUP_MODS}|[{_UPPER}][\w-]*['’]s)[^\S\n]+){{1,4}}$")
# Subject pronouns as written -> as looked up ("I" alone is never lower case).
PRONOUNS = {"he": "he", "He": "he", "she": "she", "She": "she", "it": "it", "It": "it",
            "they": "they", "They": "they", "we": "we", "We": "we", "I": "i"}
# An unnamed source with a phrase after its noun, at the start of a sentence: "People familiar
# with the matter said", "Critics of engagement, in Washington and in Warsaw, argue".
UNNAMED_SOURCE_HEADS = frozenset(GROUP_NOUNS | {"people", "media", "persons"})
POSTMODIFIED_GROUP = re.compile(
    r"[\s“\"‘']*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?"  # used with .match(text, lo, end)
    r"(?P<group>(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ther|[Mm]ost)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(UNNAMED_SOURCE_HEADS)) + r")"
    r"\s+(?:familiar|close|of|in|at|from|inside|within|with|around|on|briefed|involved|speaking|briefing|talking"
    r"|requesting|asking|granted|authori[sz]ed|not|we|I)\b"
    r"[^.;:“”\"]{0,80}?)\s*,?\s*$",
    re.IGNORECASE)
# An unnamed source counted off: "A second diplomat said", "One person familiar with the talks said".
# A company is named as written when counted off: "A Finnish energy company said".
_SOURCE_NOUNS = "|".join(sorted(GROUP_SINGULAR | GROUP_NOUNS | {"person", "people", "persons", "company", "firm"}))
COUNTED_SOURCE_OPENERS = frozenset({"a", "an", "one", "another"})
# Between the article and the noun: ordinal and rank words, and names of bodies in capitals
# ("A senior NATO official", "a senior administration official").
COUNTED_SOURCE = re.compile(
    r"[\s“\"‘']*(?P<group>(?:A|An|One|Another)\s+(?:(?:second|third|fourth|fifth|other|senior|former|western"
    r"|european|allied|russian|american|eastern|administration|government|defen[cs]e|military|intelligence"
    r"|security|foreign|staff|naval|navy|army|police|border|energy|shipping|oil|gas|technology|defence|industry"
    r"|(?-i:[A-Z][\w.&-]*))\s+){0,3}(?:" + _SOURCE_NOUNS + r")"
    r"(?:\s+(?:familiar|close|of|in|at|from|inside|within|with|briefed|involved|speaking|briefing|talking"
    r"|requesting|asking|granted|authori[sz]ed|not)\b[^.;:“”\"]{0,80}?)?)"
    r"\s*,?\s*$", re.IGNORECASE)
# The source after "according to": "according to people familiar with the talks".
SOURCE_PHRASE = re.compile(
    r"(?P<group>(?:(?:two|three|four|several|some|many|other)\s+)?(?:(?:[\w-]+)\s+){0,2}?"
    r"(?:" + _SOURCE_NOUNS + r")(?:\s+(?:familiar|close|briefed|involved)\b[^,.;:“”\"]{0,60})?)(?=\s*[,.;])",
    re.IGNORECASE)
# "According to him, ...": the pronoun as a source, read as its subject form.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
OBJECT_PRONOUN = re.compile(r"(?P<pronoun>him|her|them)(?=\s*,)", re.IGNORECASE)
ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")
# A news agency's report of someone's words: "Interfax quoted Ivan Petrov as saying that ...".
QUOTED_AS_SAYING = re.compile(
    r"(?<![\w'’-])quot(?:ed|es|ing)\s+(?P<who>[^,;:“”\"]{1,120}?)\s+as\s+(?:saying|telling|stating|warning|adding)\b")
# "said a senior | Russian diplomat", "one | NATO official said": the words
# before the capitalised title of an unnamed source.
UNNAMED_MODIFIERS = ("senior", "top", "high-ranking", "former", "retired", "local", "young", "serving")
UNNAMED_BEFORE_CHUNK = re.compile(
    rf"(?:an?|one)[^\S\n]+(?:(?:{'|'.join(UNNAMED_MODIFIERS)})[^\S\n]+){{0,2}}(?=[A-Z])")
# "a spokesman | for the | Russian Foreign Ministry", "critics | in | Congress".
EMPLOYER_GLUE = re.compile(r"[^\S\n]+(?P<glue>for|of|to|in|at|from)[^\S\n]+(?:the[^\S\n]+)?$")
# Quantifiers that stand for a loose group: "Some in Washington say", "Many
# will find this naive" (capitalised: only at the start of a sentence).
QUANTIFIER_SUBJECTS = frozenset("Some Many Most Several".split())
QUANTIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]hose|[Oo]thers)$")
# "He (Putin) also made it clear": the name in brackets says who "he" is.
PRONOUN_GLOSS = re.compile(r"\s*\(([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\)")


def _trie_pattern(words) -> str:
    """One regex alternation for ``words`` factored as a prefix trie (fast to match)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return walk(trie)


# A reporting verb or phrase in lower case, never right after a hyphen
# ("so-called", "Russian-backed"), or a frame hint (above): one pattern, so
# that a document is scanned once for both, and one trie, so that each
# position tries each first letter once. A phrase and a verb that both fit
# at one place are one a prefix of the other: the trie, greedy, takes the
# longer, as trying the phrases first did.
REPORTING_FORMS = REPORTING_VERBS | frozenset(REPORTING_PHRASES)
FRAME_HINTS = frozenset(SOURCE_HINT_PHRASES) | ATTITUDE_ADJECTIVES
# The character before the form is matched, not looked behind at: a pattern
# that opens with a character class lets the engine skip to the candidates
# (the spaces and stops before words), where a lookbehind runs the whole
# pattern at every position. TRIGGER_AT_START is for a form at the text's start.
_TRIGGER_FORMS = _trie_pattern(REPORTING_FORMS | FRAME_HINTS)
# ASCII classes: a third faster on the whole text, and the forms are ASCII words, so a letter like
# "é" beside one changes nothing in practice (the same attributions on every batch and the seeds).
TRIGGER = re.compile(r"[^\w'’-](?P<form>" + _TRIGGER_FORMS + r")(?![\w'’-])", re.ASCII)
TRIGGER_AT_START = re.compile(r"(?P<form>" + _TRIGGER_FORMS + r")(?![\w'’-])")
GROUP_NOUN = re.compile(r"\b(?:" + _trie_pattern(_GROUP_FORMS) + r")(?![\w'’-])")
VERB_BASE = {form: base for base in REPORTING_VERB_BASES
             for form in _IRREGULAR_VERBS.get(base, _verb_forms(base))}
ATTITUDE = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|remains|remained|seems|seemed|has been|have been|had been)"
    r"(?:\s+(?:\w+ly|still|not|now|also|very|so|too|deeply|increasingly))*\s+(?:"
    + "|".join(sorted(ATTITUDE_ADJECTIVES)) + r")(?=\s+(?:that|about|over|by|to|with|of|at)\b)"
)
# "according to a poll by the Levada Center": the source is who made the document.
SOURCE_DOCUMENT = re.compile(
    r"(?:a|an|the|its|their|his|her|one)\s+(?:[\w'’-]+\s+){0,3}?(?:survey|poll|report|study|statement|"
    r"analysis|estimate|estimates|assessment|document|paper|letter|memo|memorandum|transcript|readout|"
    r"communiqu[eé]|declaration|review|census|data|figures|briefing|note|notes|paper)\s+"
    r"(?:(?:published|released|issued|conducted|commissioned|prepared|compiled|circulated|sent)\s+)?"
    r"(?:by|from|of)\s+(?=\S)")
ACCORDING_TO = re.compile(
    r"(?<![\w'’-])(?:[Aa]ccording to|[Ii]n the (?:words|view|opinion) of|[Cc]iting|[Aa]s quoted by)\s+")
# "In her view, ...", "In his words, ...": the pronoun is the source.
POSSESSIVE_SOURCE = re.compile(r"(?<![\w'’-])[Ii]n\s+(?P<pronoun>his|her|their)\s+(?:view|words|opinion)\s*,")
# Verbs of belief and wish: after "according to X" they are X's claim about someone, not that one's words.
BELIEF_VERBS = frozenset({"believe", "think", "feel", "fear", "hope", "want", "expect", "doubt", "consider",
                          "regard", "view"})
AS_PUT_IT = re.compile(
    r"(?<![\w'’-])[Aa]s\s+(?P<subject>.{1,60}?)(?:\s*\(\d{4}[a-z]?\))?\s+"   # "As Young (2009) argues,"
    r"(?:put it|puts it|(?:has\s+)?(?:argued|noted|observed|written|shown|suggested|pointed out|concluded)"
    r"|argues|notes|observes|writes|wrote|shows|suggests|points out|concludes)(?=\s*[,.;])")
AS_CLAUSE_VERBS = frozenset({"argue", "note", "observe", "write", "suggest", "conclude"})  # and "point out"
# A citation year after an author's name: "Young (2009) argues".
CITATION_YEAR = re.compile(r"\(\d{4}[a-z]?\)")
DASH_ATTRIBUTION = re.compile(r"\s*[-–—]{1,2}\s*(?=\S)")  # used with .match(text, pos)
# "..., the statement says": a document as the subject, spoken for by whoever issued it.
# The last word of a document's title, never of a person's name ("Joint Statement", "Press Release").
DOCUMENT_TITLE_NOUNS = frozenset("statement communiqué communique declaration readout release memorandum "
                                 "transcript".split())
DOCUMENT_NOUNS = frozenset("statement communiqué communique declaration readout release text letter note "
                           "assessment document memo memorandum cable report paper study".split())
DOCUMENT_SUBJECT = re.compile(
    r"(?P<phrase>(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\w-]+\s+)?(?P<noun>"
    + "|".join(sorted(DOCUMENT_NOUNS)) + r"))\s*$")
DOCUMENT_NOUN = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
# "according to a confidential NATO assessment (seen by ...)": a document as the source, no author after it.
LONE_DOCUMENT = re.compile(
    r"(?:a|an|the)\s+(?P<phrase>(?P<words>(?:[\w'’-]+\s+){0,3}?)(?P<noun>assessment|document|memo|memorandum|"
    r"cable|report|white paper|paper|study|analysis))(?=\s*[,.;]|\s+(?:seen|obtained|reviewed|dated|sent|"
    r"circulated|prepared|drawn up|written)\b)")
# Words left out of a document's name as a speaker: "confidential NATO assessment" is "NATO assessment".
DOCUMENT_SECRECY = frozenset("confidential leaked secret classified internal-use top-secret".split())
# "X has issued a short statement", "a statement from the Kremlin".
ISSUED_BEFORE = re.compile(r"\b(?:issued|issues|released|releases|published|publishes|put out|puts out|sent|"
                           r"circulated)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}$")
# After a body's possessive, who speaks for it: "according to the ministry's press office".
PRESS_OFFICE = re.compile(r"\s*(?:press\s+(?:office|service|department|secretary)|spokes(?:man|woman|person)|"
                          r"website|statement)\b")
DOCUMENT_FROM = re.compile(r"\s+(?:from|by)\s+")
# A subject that points back at an unnamed source just quoted: "the person said",
# "One of them said", "Another added".
ANAPHORIC_SOURCE = re.compile(
    r"(?:^\s*|[,”\"—–]\s+)(?:the\s+(?:person|source|people|sources)|one\s+of\s+them"
    r"|one\s+of\s+the\s+(?:two|three|four|five)"
    r"|another(?:\s+one)?|the\s+other(?:\s+one)?|both(?:\s+of\s+them)?|neither(?:\s+of\s+them)?)\s+$",
    re.IGNORECASE,
)
SOURCE_LOOKBACK_PARAGRAPHS = 2
# An age between a name and its title: "Henryk, 71, a retired railway worker, said".
AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}$")
# A dateline's agency: "BRUSSELS, July 6 (Lodestar) - ..." names the wire, never a person.
DATELINE_AGENCY = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,40},?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\s+\d{1,2}\s+[A-Z][a-z]{2,8})?\s*"
    r"\((?P<agency>[A-Z][\w&.'’ -]{1,30})\)\s*[-–—]")
ANAPHORIC_LAST_WORDS = frozenset(
    "person source people sources them another one other both neither two three four five".split())
# "Asked whether enlargement doomed the bargain, she pauses.": an opening clause, then "he"/"she".
OPENING_CLAUSE_PRONOUN = re.compile(
    r"(?:Asked|Pressed|Questioned|When|After|Before|As|Now|Today|Later)\b[^,“”\"]{2,120},\s+(?P<pronoun>[Hh]e|[Ss]he)\s")
# A signature line under a quotation: a dash, then who said it ("– Name, speaking in Vienna").
SIGNATURE_LEAD = re.compile(r"\s*[-–—]{1,2}\s*(?=[A-Z])")
SIGNATURE_MAX_WORDS = 16
PASSIVE_AUXILIARIES = frozenset("is are was were be been being get gets got gotten".split())
BY_AFTER = re.compile(r"\s+by\s+")
COLON_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?:")

# Bylines and author lines.
_PERSON_NAME = (r"(?:(?!AND\b)[A-Z][\w'’.-]*\.?)"
                r"(?:\s+(?:(?!AND\b)[A-Z][\w'’.-]*\.?|de|van|von|bin|al|da|di|del)){1,4}")
# "By X", "By X and Y", "Interview by X", "Words by X", "(Reporting by X; ...)", "Author: X".
# The names after the first (", Y and Z") are read from ``rest``.
BYLINE = re.compile(
    r"^\s*\(?\s*(?P<lead>(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eporting|[Ss]tory|[Ww]ords|[Tt]ext|[Rr]eport|[Aa]nalysis"
    r"|(?:[Ll]ive\s+)?[Cc]overage"
    r"|[Cc]ommentary|[Oo]pinion|[Cc]olumn|[Cc]ompiled|[Pp]osted|[Ff]iled|[Ii]nterview|[Ii]nterviewed|[Ii]nterviews"
    r"|[Qq]uestions|[Pp]repared|[Ee]dited|[Rr]eviewed)\s+(?:by|BY)"
    r"|(?:[Aa]uthors?|AUTHORS?|[Bb]yline|BYLINE|[Ii]nterviewer|INTERVIEWER|[Rr]apporteurs?)\s*:"
    r"|(?:Authors?|AUTHORS?)(?=\s+[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s*$)))\s+"   # "Author Thomas Becker" alone
    rf"(?P<name>{_PERSON_NAME})"
    r"(?P<rest>(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
    r"(?:\s*(?:$|[,|;()–—-]|\s+(?:and|AND|&)\s+|\s+in\s+[A-Z]|\s+for\s+[A-Z]).*)?)$"
)
# A credit line of a wire story or a feature, the narrator's: "(Reporting by A in Moscow; Editing
# by B)", "Additional reporting by C.", "Writing by D; Editing by E". No stop inside, so that a
# sentence about reporting ("Reporting by the BBC showed that ...") is not one.
CREDIT_LINE = re.compile(
    r"^\s*\(?\s*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Ee]dited"
    r"|[Ww]ritten|[Pp]hotos?|[Gg]raphics|[Tt]ranslation)(?:\s+and\s+[a-z]+)?\s+by\s+[A-Z][^.!?:]*[.)]?\s*$")
# A citation year right after an author's name: "Marsh 2017", "Marsh (2017)", "Marsh et al. 2017".
CITATION_AFTER_NAME = re.compile(r"(?:\s+et al\.)?,?\s+\(?\d{4}[a-z]?\b")
# An author note at the top of a newsletter or blog: "About the author: Helen Rose spent ...".
ABOUT_AUTHOR = re.compile(r"^\s*About the author\s*:\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=[\s,])")
# The writer in a wire credit line: "Reporting by A in Moscow; Writing by B; Editing by C".
# "Compiled by C" in a factbox's credit: C wrote it.
WRITING_CREDIT = re.compile(
    rf"(?:^\s*\(?\s*|;\s*)(?:[Ww]riting|[Cc]ompiled) by\s+(?P<name>{_PERSON_NAME})\s*(?:;|\)|$|\s+in\s)")
# A picture's credit: "Photograph: Maria Lind", "Photo: AFP/Maria Lind" (the author may take them).
PICTURE_CREDIT = re.compile(r"^\s*(?:Photograph|Photographs|Photo|Photos|Picture|Pictures|Illustration|Video)\s*:")
# The words a byline can start with, lower case (to try BYLINE only there).
BYLINE_LEADS = frozenset("""
    by written reporting story words text report analysis commentary opinion column compiled live coverage
    posted filed interview interviewed interviews questions author authors byline interviewer rapporteur
    rapporteurs prepared edited reviewed
""".split())
# What separates the names of a byline, and what ends one ("in Moscow", "for Reuters").
BYLINE_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b|\bAND\b)\s*")
BYLINE_PLACE = re.compile(r"\s+(?:in|for|from|at)\s+.*$|\s*[|;(–—-].*$")
# "Jonas Lindqvist | Reuters", "Jonas Lindqvist / Baltic Wire".
NAME_PIPE_LINE = re.compile(rf"^\s*(?P<name>{_PERSON_NAME})\s*[|/•·]\s*\S")
# "Dr. Svetlana Markova, Senior Fellow, Eastern Europe Programme": an
# author line at the top; what follows the comma must name a job or a medium.
NAME_COMMA_LINE = re.compile(rf"^\s*(?P<name>{_PERSON_NAME})\s*,\s+(?P<rest>[^.!?]{{3,140}})$")
# The last word of a newspaper's or broadcaster's name: "Mazury Courier", "Baltic Times".
OUTLET_WORDS = frozenset("""
    courier times post news herald gazette tribune daily journal wire radio tv press agency service
    review monitor observer express telegraph chronicle standard mail star record bulletin digest
    dispatch weekly magazine online today network broadcasting television
""".split())
AUTHOR_LINE_WORDS = frozenset("""
    writer editor correspondent reporter journalist columnist contributor fellow professor
    analyst researcher author producer blogger commentator scholar lecturer freelance staff
    bureau reuters afp ap tass interfax bloomberg press news wire agency newsroom desk
""".split())
# "Frank T. Csongos reports from Washington:", "Anton Weller reports from Tromso."
REPORTS_FROM = re.compile(
    r"^(?P<who>.{3,120}?)\s+(?:reports?(?:\s+from\s+[A-Z][^:.]{0,60}[:.]?|:)"
    r"|reporting\s+from\s+[A-Z][^:.]{0,60}[:.]?)"
    r"\s*$")
# "Marta Ekholm in Tallinn": a byline with the place the author writes from.
NAME_PLACE_LINE = re.compile(
    rf"^\s*(?P<name>{_PERSON_NAME})\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,2}}\s*$")
# A web byline with the writer's desk and no comma: "Hannah Rose Defence correspondent".
_DESK_WORDS = (r"(?:Defen[cs]e|Diplomatic|Political|Politics|Foreign|Security|Europe|European|Moscow|Washington"
               r"|Brussels|Berlin|Kyiv|Baltic|Nordic|Chief|Senior|Deputy|International|World|Russia|Eastern"
               r"|Central|Home|Affairs|Economics|Policy|Global|Investigations|Military|Diplomacy|Associate)")
NAME_ROLE_LINE = re.compile(
    rf"^\s*(?P<name>(?!{_DESK_WORDS}\b)[A-Z][\w'’.-]*(?:\s+(?!{_DESK_WORDS}\b)[A-Z][\w'’.-]*){{1,3}})"
    rf"\s+(?P<rest>(?:{_DESK_WORDS}\s+|(?:and|of)\s+){{0,4}}(?:correspondent|editor|reporter|writer|columnist"
    r"|journalist|analyst|producer))\s*$")
AUTHOR_HEADING = re.compile(r"^\s*(?:About the [Aa]uthors?|Authors?|AUTHORS?|ABOUT THE AUTHORS?)\s*:?\s*$")
NAME_LINE = re.compile(
    r"^\s*(?:[-–—*_]+\s*)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al)){1,3})\s*$")
# "Peter Sundqvist is a former ... ", "*Tom Reyes, a senior fellow at ..., writes about ..."
_BIO_VERBS = (r"(?:is|was|has been|(?:writes|wrote|has written)(?=\s+(?:about|for|on|regularly)\s)"
              r"|covers|covered|teaches|taught|heads|directs|leads|served|works|worked)")
BIO_LINE = re.compile(
    r"^\s*(?:[-–—*_]+\s*)?(?:About the [Aa]uthors?\s*[:.—–-]\s*)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al)){1,3})"
    rf"(?:,\s+(?:a|an|the)\s+[^,]{{3,100}},)?\s+{_BIO_VERBS}\s+"
    r"(?:(?:a|an|the|also|currently|formerly|now)\s+)?"
)
# A rank before a name in a bio: "Lt. Gen. (ret.) Mikhail Sharov served ...".
RANK_PREFIX = re.compile(r"^\s*(?:[A-Z][a-z]{0,4}\.\s+){1,3}(?:\(ret\.?\)\s+)?(?=[A-Z][a-z])")
# The writer speaking for himself, outside quotation marks: an op-ed, a column, a memoir.
QUOTED_PASSAGE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
FIRST_PERSON_OUTSIDE = re.compile(r"(?<![\w'’-])(?:I|my|me)(?![\w'’-])")
BIO_VERB = re.compile(rf" {_BIO_VERBS} ")
BIO_START = re.compile(
    r"\s*(?:[-–—*_]+\s*)?(?:About the [Aa]uthors?\s*[:.—–-]\s*)?[A-Z][\w'’.-]*\s+[A-Z]")

# Transcript and live-blog turns: "Stoltenberg: ...", "MR. FOLEY: ...", "Q: ...".
# A title may stand after the name ("Jens Moller, NATO spokesman: ...",
# "Lena Kraus (Germany): ...") or before it ("Kremlin spokesman Kirill Petrov: ...").
# A building after a body, where its unnamed sources work: "a diplomat at NATO headquarters".
EMPLOYER_PLACES = frozenset("headquarters hq embassy mission delegation".split())
# A live-blog entry's time: "16:15 – ", "09.40 GMT: ", "4:05 p.m. - ".
TIMESTAMP = (r"(?:\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|EET|EEST|MSK|UTC|EST|EDT"
             r"|local\s+time|Moscow\s+time))?\s*[-–—:|]\s*)")
TIMESTAMPED = re.compile(rf"^\s*{TIMESTAMP}(?=\S)")
# The clerk's lines of a parliamentary record: nobody's speech, and they end a turn.
# An interjection in a parliamentary record: "(Jürgen Hahn [AfD]: Speak for yourself!)",
# "(Interjection from the SPD: Because it was a show!)".
INTERJECTION = re.compile(
    r"^\s*\((?:(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\[[^\]\n]{1,40}\]"
    # "(Interruption by Mr Kowalczyk: 'Shame on you!')"
    r"|(?:Interruption|Interjection) by (?P<by>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"|(?:Interjection|Interjections|Shouts?|Heckling) from (?:the\s+)?(?P<group>[^:\n]{1,40})):\s*\S[^)]*\)\s*$")
# A sentence that is only a stage direction in a transcript: "[LAUGHTER]", "(Applause.)", "[CROSSTALK]".
STAGE_DIRECTION = re.compile(
    r"^[\[(]\s*(?:laughter|applause|crosstalk|cross-talk|inaudible|unintelligible|silence|pause|cheers|boos"
    r"|commercial break|begin video clip|end video clip|video clip|end of transcript|interruption|technical difficulties"
    r"|laughter and applause|applause and laughter|as delivered|as prepared(?: for delivery)?|check against delivery)"
    r"(?:\s+from\s+[^()\[\]\n]{1,40})?\s*\.?\s*[\])]\.?$", re.IGNORECASE)   # "(Applause from the right)"
# An editor's note closing an interview or a translation: "This interview has been edited for
# length.", "Translated from the German by X.", "The interview was conducted in Russian."
EDITORS_NOTE = re.compile(
    r"^(?:(?:This|The) (?:interview|conversation|transcript|text) (?:was|has been|is) (?:conducted|edited|"
    r"condensed|translated|lightly edited|abridged)|Translated (?:from [A-Z]\w+ )?(?:from the [A-Z]\w+ )?by\s"
    r"|(?:Translator|Editor|Author)['’]s [Nn]ote\s*:"              # "Translator's note: The Contact Group ..."
    r"|The (?:views|opinions) expressed (?:in|here|are))")        # the publisher's disclaimer
PROCEDURAL_LINE = re.compile(
    r"^\s*(?:Question put(?: and agreed to| accordingly)?|(?:Amendment|Motion|Resolution|Clause \d+)"
    r"(?:,? as amended,)? (?:agreed to|negatived|withdrawn|by leave,? withdrawn)|Resolved[.,]|Ordered[.,]"
    r"|Sitting suspended\b[^.]*|The House divided\b[^.]*|Division\b[^.]*|Adjourned\b[^.]*"
    r"|\[[^\]]{1,80}\]|\([^)]{1,80}\)"                # "[Interruption.]", "(The news conference ended.)"
    r"|\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m|p\.m))\.?\s*$"  # Hansard's clock line: "1.51 pm"
)
# The interviewer describing the one who answers, between the answers: "He laughs, and then ...".
INTERVIEW_GESTURE = re.compile(
    r"^\s*(?:He|She)\s+(?:laughs|laughed|smiles|smiled|shrugs|shrugged|pauses|paused|sighs|sighed|nods|nodded"
    r"|grins|grinned|leans|leaned|looks|looked|falls silent|fell silent|stands|stood|gets up|got up)\b")
# The words of a motion as its mover reads it out: "That this House condemns ...".
MOTION_WORDS = re.compile(r"^\s*That this (?:House|Parliament|Assembly|Chamber|Council)\b")
# A parliamentary record's speaker heading on a line of its own, as Hansard prints it online:
# "Mr Richard Bell (Shrewsbury North) (Con)", "Mr Bell", "The Minister for Europe (Mr Oliver Sharp)".
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Madam)\.?"
_HEADING_WORD = r"[A-Z][\w'’-]*"
HEADING_LABEL = re.compile(
    rf"^\s*(?P<label>{_HONORIFIC}\s+{_HEADING_WORD}(?:\s+{_HEADING_WORD}){{0,3}}"
    rf"|(?:The\s+)?{_HEADING_WORD}(?:\s+(?:{_HEADING_WORD}|of|for|and|the)){{0,8}}(?=\s*\())"
    r"(?P<role>(?!))?(?:\s*\((?P<paren>[A-Z][^()\n]{0,59})\)(?:\s*\([^()\n]{1,30}\))?)?\s*$")
# A speaker named before a colon and a quotation, with no verb of their own:
# "12:45 – Rantanen again, asked about the border: “We have lived ...”".
COLON_LEAD = re.compile(
    rf"^\s*{TIMESTAMP}?(?P<who>[A-Z][^:\n,]{{0,60}}?)(?:\s+(?:again|also|later))?\s*,\s*"
    r"(?:asked|speaking|writing|responding|replying|answering|interviewed|pressed|questioned)\b[^:\n]{0,120}:\s*(?:[\"“]|$)"
)
# A speaker whose manner is described before a colon and the quotation it introduces:
# "A second diplomat was more relaxed: “Nobody is talking about a reset.”", "Asked who, he smiled: "..."",
# "In a conversation last month, a senior official put it bluntly: "..."".
COPULA_COLON = re.compile(
    r"^\s*(?:(?:But|And|Yet)\s+)?(?:(?:Asked|In|At|On|During|After|Later|Earlier)\b[^,:\n\"“”]{0,80},\s*)?"
    r"(?P<who>[^:,;\n\"“”]{1,60}?)\s+"
    r"(?:(?:was|were|is|are|sounded|seemed|remained)(?:\s+[\w'’-]+){1,4}"
    r"|puts?\s+(?:it|things|the\s+\w+)(?:\s+[\w'’-]+){0,3}"        # "put the problem bluntly: "...""
    r"|smiled|smiles|laughed|laughs|shrugged|shrugs|nodded|nods|sighed|sighs|grinned|grins|paused|pauses)"
    r"\s*:\s*[\"“]")
TURN_LABEL = re.compile(
    rf"^\s*{TIMESTAMP}?(?P<label>(?:(?:Mr|Mrs|Ms|Dr|Gen|Adm|Amb|Sen|Prof|MR|MRS|MS|DR|GEN|ADM|AMB|SEN|PROF)\.?\s+)?"
    rf"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{_LOWER_TITLE}|de|van|von|der|bin|al|(?:for|of|and)(?=\s+[A-Z]))){{0,8}})"
    # Hansard: "The Minister for Europe (Fenella Ashby-Croft):", "Sir Ian Bell (Fife West) (SNP):".
    # NATO's transcripts: "NATO Spokesperson [Claire Donnelly]:", "Question [Ewa Malinowska, Polish Radio]:".
    r"(?:\s*,\s*(?P<role>[^:\n]{2,70}?)|\s*[(\[](?P<paren>[^)\]\n]{1,60})[)\]](?:\s*\([^)\n]{1,30}\))?)?\s*:\s+(?=\S)"
)
# "Q. How close did they come?" / "A. Closer than people think.": interview turns marked with a
# full stop; read as turns only in a document that has both (a lone "A." may be an initial).
# A congressional record's speaker: "The CHAIRMAN.", "Senator QUILLFEATHER.", "Ambassador
# FAIRBROTHER-NUNN." opening a paragraph, the name in capitals and closed by a full stop.
CONGRESS_LABEL = re.compile(
    r"^\s*(?P<label>The\s+(?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|CLERK|WITNESS|SPEAKER|PRESIDING\s+OFFICER)"
    r"|(?:(?:Mr|Mrs|Ms|Dr)\.|Senator|Ambassador|Secretary|General|Admiral|Representative|Congressman"
    r"|Congresswoman|Governor|Minister|Chairman|Chairwoman)\s+[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?)"
    r"\.(?P<role>(?!))?(?P<paren>(?!))?(?:\s+|$)")
# A European Parliament verbatim turn: "President. - ...", "Wendel Ostr, on behalf of the PPE
# Group. - ...", "Carmela Ruiz (S&D). - ...".
EP_LABEL = re.compile(
    r"^\s*(?P<label>President|Vice-President|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:,\s*(?P<role>[^.\n]{2,80})|\s*\((?P<paren>[^)\n]{1,40})\))?\.\s+[-–—]\s+(?=\S)")
DOT_DASH = re.compile(r"\.\s+[-–—]")                     # in every EP_LABEL
QA_DOT_LABEL = re.compile(r"^\s*(?P<label>Q|A)\.(?P<role>(?!))?(?P<paren>(?!))?\s+(?=\S)")
# A White House transcript's question: "Q Mr. President, one follow-up." (no colon, no stop).
BARE_Q_LABEL = re.compile(r"^\s*(?P<label>Q)(?P<role>(?!))?(?P<paren>(?!))?\s+(?=[A-Z(])")
# A remark in brackets after a role: "(through interpreter)", "(voice-over)".
PAREN_REMARK = re.compile(r"\s*\([^)]*\)")
# Lower-case words a role after a turn label may have: "Russian deputy foreign minister".
ROLE_GLUE_WORDS = frozenset("of for at the to and in on".split())
TERMINAL_PUNCTUATION = ".!?:;\"”’)…»"
# A pull quote: a quotation, a dash and the speaker's name ("“...” — Ilya Markevich").
PULL_QUOTE = re.compile(r'["“„«].{3,}["”»]\s*[-–—]{1,2}\s*[A-Z]')
WORD = re.compile(r"[^\W\d_][\w'’-]*")

# A capitalised name followed by one of these is a modifier, not a person or
# body acting: "the Clinton administration", "the Putin era".
MODIFIED_NOUNS = frozenset("""
    administration government era years camp team doctrine plan campaign presidency cabinet
    regime foundation library family visit trip interview speech remarks proposal initiative
    policy policies style approach line model case affair years-long
""".split())
PREPOSITIONS = frozenset("""
    of with by to for from about on at in into onto against between among toward towards
    under over after before during since without like including via through behind near
    than across within upon beside besides despite amid following
""".split())

# Verbs that may come before their subject after a quotation or a comma:
# "“...,” said Foley", "..., says the minister".
INVERSION_VERBS = frozenset("""
    said says added adds asked asks wrote writes continued continues noted notes explained
    explains replied replies insisted insists declared declares warned warns stressed stresses
    recalled recalls argued argues concluded concludes cautioned cautions suggested suggests
    remarked remarks commented comments countered counters retorted retorts answered answers
    responded responds told tells
""".split())
CONTRACTED_GAP_WORDS = frozenset("""
    didn't doesn't don't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't isn't
    aren't didn’t doesn’t don’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t
    isn’t aren’t
""".split())
