"""Speaker attribution: whose position each sentence conveys.

Follows "The speaker" in ANNOTATION.md. Rule-based, over the document's own
sentences and paragraphs (no parser or downloaded model). Each paragraph is
read in document order and the first rule that applies decides:

1. Headlines, captions without a final stop, bylines and author lines are the
   narrator.
2. A transcript or live-blog turn ("Stoltenberg: ...", "Petrov, Kremlin
   spokesman: ...", "Q: ...") is the labelled speaker's direct speech, but a
   sentence in it that reports a named third party ("Q: Critics say ...") is
   theirs. In a document with two or more turn labels a turn lasts until the
   next label (or a headline); a lone label covers its own paragraph. "Q:"
   is the interviewer when the document names one (an "Interview by" byline,
   any byline in a document with "A:" turns, or a questioner naming himself:
   "Q: Marek Zielinski, Polish Radio."); "A:" is the one person named before
   the first turn, or the one named where the text says who was interviewed
   ("spoke to X", "in an interview with X"). Otherwise they stay "Q" and "A".
3. A paragraph after one ending in a colon with a speaker ("Foley added:",
   "She also said:") is that speaker's direct speech.
4. Otherwise each sentence: a reporting frame outside quotation marks
   ("X said (that)", "X told Y", "according to X", "according to a poll by
   X", "X warned / welcomed / called ... / expressed support", "X is worried
   that", "X has spent years warning that", inverted "..., said X", a dash
   "... - X") gives the speaker; a trailing tag (", Foley said.") wins over
   an earlier frame, and a speaker reported after "according to X, ..." over
   X. Voice is ``direct`` when the sentence quotes its speaker's words (most
   of it is quoted, the frame opens or closes a quotation, or a few quoted
   words follow the verb: 'called the plan "a provocation"'), else
   ``indirect``. A frame inside a subordinate or relative clause ("...
   weren't happy when Clinton said, ...", "When Solberg told reporters ...,
   she was ...", "..., a move Moscow called dangerous", "..., under which
   NATO promised ...") gives the sentence to its main clause, so to the
   narrator unless the main clause's subject is the same speaker; a relative
   clause hanging from a speech ("his interview, in which Putin said") is
   the speaker's. A question, a speech event still to come with nothing
   reported ("Voronov will comment further on Friday") and an event ("Moscow
   recalled its envoy") are no frames. Subjects are found next to their
   verb, across adverbs, time words and parenthetical commas; pronouns,
   titles ("the secretary general"), "the government" and "it"/"they" are
   resolved from context; a ministry named without its country ("the Foreign
   Ministry said") speaks for the country the sentence or the text before it
   names; "I" and "we" outside quotations are the document's own voice
   (narrator).
5. A sentence inside a quotation takes the quotation's speaker, found in the
   sentence where the quotation opens or closes, in the quotation it
   continues (a quote reopened on the next paragraph), or in another
   quotation of its paragraph. Quotation marks nested inside a quotation
   open no new frame.
6. An unattributed quotation (news convention): the speaker of the same or
   previous paragraph, or else the one person the sentence before it names
   ("Now 71, Sablin remembers those months."), unless the next paragraph's
   frame says the speaker is continuing ("Foley added:") or the quotation
   runs on into it; when the previous and next paragraphs name different
   speakers, the one already quoted at length in the document. A quotation
   reopened paragraph after paragraph is one quotation, with one speaker
   found for the whole run. No neighbour: the narrator.
7. A document that is one body's or person's own statement or speech (a
   header "Statement by X on ...", "Remarks by X at ...", no byline, "we" or
   "I" outside quotations) gives X as the direct speaker of every body
   sentence that would otherwise be the narrator's or X's.
8. Everything else is the narrator: ``speaker`` is the ``author`` given, else
   the byline found in the text, else ``None``.

Names are canonical (the fullest form of the person's name in the document,
titles removed); titles and pronouns resolve to the person they stand for;
bodies go through the alias table. See stance/names.py.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Mapping, NamedTuple

from .names import (  # noqa: F401 - AliasFileError, link_speakers, load_aliases are re-exported
    BODY, GENERIC_KIND, GROUP_KIND, PERSON, PERSON_PRONOUN, PRONOUN_KIND, TITLE, AliasFileError, AliasTable,
    Chunk, Mention, People, Person, alias_table, classify_chunk, clean_name, find_author, find_mentions, first_subject,
    link_speakers, load_aliases, mention_ending_at, mention_starting_at, named_ending_at,
    named_starting_at, normalize_alias, scan_people,
)
from .resources import (
    ABBREVIATED_TITLES, ACCORDING_TO, AGAIN_VERBS, AGAIN_WORDS, AGE_AFTER_NAME, ALLIANCE_GROUPS,
    ANAPHORIC_LAST_WORDS, ANAPHORIC_SOURCE, ANSWER_LABELS, AS_CLAUSE_VERBS, AS_PUT_IT, ATTITUDE,
    ATTITUDE_ADJECTIVES, AUTHOR_NOTE_VERBS, AUX_BEFORE_VERB, AUX_LAST_WORDS, BARE_Q_LABEL, BELIEF_VERBS,
    BODY_VOICE_TITLES, BY_AFTER, CAST_LINE, CAST_LIST, CAST_SEPARATOR, CITATION_YEAR, CLOSE_DOUBLE,
    CLOSING_FOLLOW, COLON_AFTER, COLON_LEAD, CONGRESS_LABEL, CONTACT_CLAUSE, CONTRACTED_GAP_WORDS, COPULA_COLON,
    COUNTED_SOURCE, COUNTED_SOURCE_OPENERS, CREDIT_LINE, DASH_ATTRIBUTION, DATELINE_AGENCY, DOCUMENT_FROM,
    DOCUMENT_NOUN, DOCUMENT_NOUNS, DOCUMENT_SECRECY, DOCUMENT_SUBJECT, DOT_DASH, DOUBLE_QUOTES,
    DOUBLE_QUOTE_MARK, EDITORS_NOTE, EMPLOYER_GLUE, EMPLOYER_PLACES, EP_LABEL, EXAMINER_LINE, FEELING_WORDS,
    FIRST_PERSON_OWNERS, FIRST_PERSON_WORD, FRAME_HINTS, FRONTED_PREPOSITIONS, FURNITURE_LABELS,
    FUTURE_EVENT_VERBS, FUTURE_MARKERS, GENDERED_PRONOUN, GIVEN_NAME, GOVERNMENT_OF, GOVERNMENT_ORGAN,
    GROUP_MODIFIERS, GROUP_NOUN, GROUP_SINGULAR, GROUP_WORDS, HEADER_APPOSITIVE, HEADING_LABEL, HOST_LABELS,
    INFINITIVE_MARKERS, INTERJECTION, INTERVIEWER_FIRST, INTERVIEW_CUE, INTERVIEW_GESTURE, INVERSION_VERBS,
    ISSUED_BEFORE, LIST_NUMBER, LONE_DOCUMENT, MODALS_BEFORE_VERB, MOTION_WORDS, NATIONALITIES,
    NATIONALITY_COUNTRIES, NEGATIONS_BEFORE_VERB, NEGATIVE_SUBJECT, OBJECT_PRONOUN, OBJECT_PRONOUNS,
    OPENING_CLAUSE_PRONOUN, OPENING_CONTEXT, OPEN_DOUBLE, ORGANISATION_WORDS, PAREN_REMARK, PASSIVE_AUXILIARIES,
    PLAIN_ADDRESS, POSSESSIVE_SOURCE, POSTMODIFIED_GROUP, PREPOSITIONS, PRESS_OFFICE, PROCEDURAL_LINE,
    PROGRAMME_HOSTS, PRONOUN_GLOSS, PULL_QUOTE, QA_DOT_LABEL, QA_PART_AUTHOR, QA_PART_HEADING, QUESTION_LABELS,
    QUESTION_NUMBER, QUOTED_AS_SAYING, REFUSAL_WORDS, RELATIVE_OPENERS, RELATIVE_PRONOUNS, REPORTING_FORMS,
    ROLE_GLUE_WORDS, ROLE_KINDS, SELF_INTRODUCTION, SENIORITY_KIN, SENIORITY_WORDS, SIGNATURE_HANDLE,
    SIGNATURE_LEAD, SIGNATURE_MAX_WORDS, SOURCE_DOCUMENT, SOURCE_LOOKBACK_PARAGRAPHS, SOURCE_PHRASE,
    SPACE_AFTER_HINTS, SPACE_BEFORE_HINTS, SPEECH_NOUNS, STAGE_DIRECTION, STATED_AGE, STATEMENT_HEADER,
    STATEMENT_HEADER_AFTER, STATE_AGENT_NOUNS, STATE_NAMES, SUBJECT_END_WORDS, SUBJECT_GAP_WORDS, SUBORDINATOR,
    SUBORDINATORS, TERMINAL_PUNCTUATION, THAT_NOT_AFTER, TIMESTAMPED, TIME_NOUNS, TITLE_HEADS, TITLE_SYNONYMS,
    TITLE_WORDS, TRIGGER, TRIGGER_AT_START, TURN_LABEL, TURN_QA_LABELS, UNNAMED_MODIFIERS, UNNAMED_SOURCE_HEADS,
    VENUE_HEADER, VERB_BASE, VERB_NEEDS_NEXT, VERB_NOT_BEFORE_PERSON, VERB_NOT_NEXT, WH_WORDS, WITHHELD_VERBS,
    WITNESS_LINE, WORD,
)
from .segment import Sentence

__all__ = ["VOICES", "Attribution", "AliasFileError", "attribute_speakers", "link_speakers",
           "load_aliases"]

VOICES = ("narrator", "direct", "indirect")
NARRATOR, DIRECT, INDIRECT = VOICES
QUOTED_SHARE = 0.5      # a sentence at least this much inside quotation marks is direct speech
LONG_QUOTE_WORDS = 6    # a quotation this long makes its speaker "quoted at length"
STATE_LOOKBACK = 4      # sentences searched for the country of "the Foreign Ministry"
_FIRST_PERSON = "\x00first-person"  # "we hope", "I saw": the document's own voice
_TAG_PRONOUNS = (", he", ", she", ", they")
OFFICE_KIND = "office"  # a title that names no one but speaks for a body: "the representative of Russia"


class Attribution(NamedTuple):
    """Who a sentence's stance belongs to, and how it is given."""

    # A tuple, not a frozen dataclass: one is made per sentence, and a frozen
    # dataclass takes several times as long to build.
    speaker: str | None
    voice: str  # one of VOICES


def attribute_speakers(
    text: str,
    sentences: list[Sentence],
    *,
    author: str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[Attribution]:
    """One attribution per sentence of ``sentences`` (all cut from ``text``).

    Parameters
    ----------
    text : the document text the sentences index into.
    sentences : from :func:`stance.segment.split_sentences`.
    author : the document's author (JSONL ``author``); the narrator's name.
        Without it, the byline found in the text, else ``None``.
    aliases : the whole alias table (alias -> canonical body), as returned by
        :func:`load_aliases`; ``None`` uses ``DEFAULT_ALIASES``.
    """
    if not sentences:
        return []
    return _Document(text, sentences, alias_table(aliases), author).attribute()


# --- Quotations --------------------------------------------------------------------


@dataclass(slots=True)
class _Span:
    """Quoted text ``[start, end)`` within one paragraph."""

    start: int
    end: int
    closed: bool
    continues: bool = False     # carries on a quotation left open in the previous paragraph
    speaker: str | None = None
    kind: str | None = None


def _mark_opens(text: str, i: int, lo: int, hi: int, depth: int) -> bool:
    """Whether the double quote mark at ``i`` opens (else closes) a quotation."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    open_context = (before in OPENING_CONTEXT or before in DOUBLE_QUOTES) and not after.isspace()
    close_context = not before.isspace() and (after in CLOSING_FOLLOW or after in DOUBLE_QUOTES
                                              or after in "'’")
    if open_context != close_context:
        return open_context
    if text[i] in OPEN_DOUBLE:
        return True
    if text[i] in CLOSE_DOUBLE:
        return False
    return depth == 0


def _paragraph_spans(text: str, lo: int, hi: int) -> tuple[list[_Span], list[int]]:
    """The quotations of ``text[lo:hi]`` and the positions of closing marks with no opening."""
    spans: list[_Span] = []
    strays: list[int] = []
    depth, start = 0, lo
    for match in DOUBLE_QUOTE_MARK.finditer(text, lo, hi):
        i = match.start()
        if _mark_opens(text, i, lo, hi, depth):
            if depth == 0:
                start = i
            depth += 1
        elif depth == 0:
            strays.append(i)
        else:
            depth -= 1
            if depth == 0:
                spans.append(_Span(start, i + 1, True))
    if depth:
        spans.append(_Span(start, hi, False))
    return spans, strays


# --- Frames ----------------------------------------------------------------------------


class _Verb(NamedTuple):
    """A reporting form or frame hint found in the text."""

    start: int
    end: int
    word: str


@dataclass(slots=True)
class _Frame:
    """A reporting frame found in a sentence: who, and where the verb is."""

    subject: Mention
    start: int
    end: int
    tag: bool = False           # ", Foley said." - governs the whole sentence
    colon: bool = False         # "Foley said: ..." - what follows is direct speech
    again: bool = False         # "Foley added", "he also said"
    finite: bool = False        # subject found to the left of a finite verb
    source: bool = False        # "according to X": X is the source of what follows
    speaker: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class _Result:
    speaker: str | None
    voice: str
    kind: str | None = None


@dataclass(slots=True)
class _Orphans:
    """Unattributed quotation sentences waiting for the next paragraph."""

    indices: list[int]
    previous: tuple[str, str | None] | None
    runs_on: bool
    quoted_before: set[str] = field(default_factory=set)


PARENT_RANK = 1000   # above any age: a father outranks his son whatever their ages are written as


class _Document:
    """The attribution of one document (see the module docstring for the rules)."""

    def __init__(self, text: str, sentences: list[Sentence], table: AliasTable, author: str | None):
        self.text = text
        self.sentences = sentences
        self.table = table
        self.starts = [sentence.start for sentence in sentences]
        self.paragraphs: list[list[int]] = []
        last = None
        for index, sentence in enumerate(sentences):
            if sentence.paragraph != last:
                self.paragraphs.append([])
                last = sentence.paragraph
            self.paragraphs[-1].append(index)
        self._common: dict[str, bool] = {}
        self._para_of = [0] * len(sentences)      # sentence index -> index into self.paragraphs
        for p, para in enumerate(self.paragraphs):
            for i in para:
                self._para_of[i] = p
        units = [[sentences[i].text for i in para] for para in self.paragraphs]
        byline = find_author(units, table)
        self.byline: set[int] = {self.paragraphs[u][k] for u, k in byline.owned}
        self.author = clean_name(author) if author and author.strip() else byline.name
        for para in self.paragraphs:                    # credit lines are the byline's furniture
            if len(para) <= 2 and CREDIT_LINE.match(sentences[para[-1]].text) and (
                    len(para) == 1 or para[0] in self.byline or CREDIT_LINE.match(sentences[para[0]].text)
                    or (self.author and sentences[para[0]].text.startswith(self.author))):
                self.byline.update(para)                   # also after the author's note: "X is a staff writer."
        if self.author:                                 # "Daniel Frost is a former NATO official who writes ..."
            for para in self.paragraphs[len(self.paragraphs) * 2 // 3:]:
                if sentences[para[0]].text.lstrip("*_ ").startswith(tuple(
                        f"{self.author} {verb} " for verb in AUTHOR_NOTE_VERBS)):
                    self.byline.update(para)
        self.interview_byline = byline.interview
        openings = (QA_DOT_LABEL.match(sentences[para[0]].text) for para in self.paragraphs)
        self.qa_dots = {match.group("label") for match in openings if match} == {"Q", "A"}
        self.bare_q = sum(BARE_Q_LABEL.match(sentences[para[0]].text) is not None for para in self.paragraphs) >= 2
        self.congress = sum(CONGRESS_LABEL.match(sentences[para[0]].text) is not None
                            for para in self.paragraphs) >= 2
        self.headings = self._count_headings() >= 2
        self.parliament = DOT_DASH.search(text) is not None and sum(   # the label's ". - ": rare, so looked for first
            EP_LABEL.match(" ".join(sentences[i].text for i in para[:2])) is not None for para in self.paragraphs) >= 2
        self.labelled_roles: dict[str, str] = {}     # "moderator" -> the person named in "MODERATOR (Name):"
        self.named_turns: set[int] = set()          # "Q: Hanna Petersen, Nordic Wire. ...": paragraphs
        self._label_owners: dict[tuple, tuple[str, str] | None] = {}   # see _label_owner
        self._cast: list[str] | None = None         # see _cast_people
        self._hearings: list[tuple] | None = None   # see _hearing_roles
        self._offices_named: list[tuple[int, str, str]] = []   # "a NATO official": where, head, for whom
        self.turn_labels = [self._turn_label(para) for para in self.paragraphs]
        self._drop_lead_ins()
        self.signatures = self._find_signatures()
        self.headline = [label is None and para[-1] not in self.signatures and self._is_headline(para)
                         for para, label in zip(self.paragraphs, self.turn_labels)]
        if self.headings:                              # "I beg to move," under a heading opens the speech
            for p in range(1, len(self.paragraphs)):
                if self.turn_labels[p - 1] is not None and len(self.paragraphs[p - 1]) == 1:
                    self.headline[p] = False
        self.turns_last = sum(label is not None for label in self.turn_labels) >= 2
        self._first_body = next((p for p, para in enumerate(self.paragraphs)   # the lead: see _named_in_next
                                 if not self.headline[p] and not all(i in self.byline for i in para)), None)
        self.labelled_people = {" ".join(m.name) for m in self.turn_labels  # full names in turn labels
                                if m is not None and m.kind == PERSON and len(m.name) >= 2}
        self._find_spans()
        ranges = [(sentences[para[0]].start, sentences[para[-1]].end, self.headline[p])
                  for p, para in enumerate(self.paragraphs)]
        labels = [m for m in self.turn_labels if m is not None and m.kind == PERSON]
        self.people = People(scan_people(text, ranges, table) + labels)
        self.interviewer, self.interviewee = self._interview_roles()
        self.cast_roles = self._cast_roles()
        self.written_parts = self._written_parts()
        self.question_lines, self.answerer = self._unlabelled_interview()
        self.statement: tuple[str, str | None] | None = None   # read while the header is resolved
        self.statement_header, self.statement = self._statement_speaker()
        self._mentions: dict[int, list[Mention]] = {}
        self.agencies = {match.group("agency") for match in (
            DATELINE_AGENCY.match(sentences[para[0]].text) for para in self.paragraphs[:6]) if match}
        self.triggers = self._find_triggers()
        self.results: list[_Result | None] = [None] * len(sentences)
        self.quoted_at_length: set[str] = set()
        self.about_nato = "NATO" in text or "Alliance" in text

    def mentions(self, i: int, limit: int | None = None) -> list[Mention]:
        """The named mentions of sentence ``i`` before ``limit`` (default: its end).

        Found on first use: most sentences never need them.
        """
        sentence = self.sentences[i]
        limit = sentence.end if limit is None else min(limit, sentence.end)
        cached = self._mentions.get(i)
        if cached is None or cached[0] < limit:
            found = find_mentions(self.text, sentence.start, limit, self.table, self._is_common_word)
            cached = self._mentions[i] = (limit, found)
        return cached[1]

    def _sentence_at(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def _unquoted_triggers(self):
        """The reporting forms and frame hints that start outside every quotation, in order."""
        text = self.text
        found = []
        position = 0
        first = TRIGGER_AT_START.match(text)
        if first is not None:
            found.append(_Verb(0, first.end(), first.group()))
            position = first.end()
        # TRIGGER matches the character before the form too: scan from one before each stretch.
        for spans in self.spans:
            for span in spans:
                if span.start > position:
                    found.extend(_Verb(m.start(1), m.end(1), m.group(1))
                                 for m in TRIGGER.finditer(text, max(0, position - 1), span.start))
                position = max(position, span.end)
        found.extend(_Verb(m.start(1), m.end(1), m.group(1)) for m in TRIGGER.finditer(text, max(0, position - 1)))
        return found

    def _find_triggers(self) -> dict[int, list]:
        """Reporting verbs by sentence, plus sentences that may hold another kind of frame.

        One pass of each pattern over the text outside quotations: cheaper than
        a pass per sentence, and most sentences then need no further look. A
        verb inside a quotation frames nothing (see :meth:`_frames`), so the
        quoted stretches, often a third of a news story, are not scanned.
        """
        text = self.text
        triggers: dict[int, list] = {}
        self.attitude_hints: set[int] = set()
        self.source_hints: set[int] = set()
        ends = [sentence.end for sentence in self.sentences]
        i, last = 0, len(ends) - 1
        for match in self._unquoted_triggers():   # in order: walk the sentences along
            position = match.start
            while i < last and ends[i] <= position:
                i += 1
            word = match.word
            hint = word in FRAME_HINTS and (word not in SPACE_AFTER_HINTS or text.startswith(" ", match.end)) \
                and (word not in SPACE_BEFORE_HINTS or text[position - 1:position] == " ")
            if word in REPORTING_FORMS:
                found = triggers.get(i)
                if found is None:
                    triggers[i] = [match]
                else:
                    found.append(match)
            if hint:                                       # not "hopeful." (no space after)
                triggers.setdefault(i, [])
                (self.attitude_hints if word in ATTITUDE_ADJECTIVES else self.source_hints).add(i)
        for i in self.signatures:
            triggers.setdefault(i, [])
        self.colon_leads: dict[int, Mention] = {}
        for para in self.paragraphs:
            sentence = self.sentences[para[0]]
            lead = COLON_LEAD.match(sentence.text) if ":" in sentence.text else None
            if lead is not None:
                start = sentence.start + lead.start("who")
                who = self._starting(sentence.start, start, sentence.start + lead.end("who"))
                if who is not None and who.end == sentence.start + lead.end("who") and not who.possessive:
                    self.colon_leads[para[0]] = who
                    triggers.setdefault(para[0], [])
        for mark in (': "', ": “"):
            position = text.find(mark)
            while position != -1:
                i = self._sentence_at(position)
                sentence = self.sentences[i]
                lead = COPULA_COLON.match(sentence.text) if i not in self.colon_leads else None
                if lead is not None and sentence.start + lead.end() - 1 == position + len(mark) - 1:
                    start, end = sentence.start + lead.start("who"), sentence.start + lead.end("who")
                    who = self._starting(sentence.start, start, end)
                    if who is not None and who.end == end and not who.possessive \
                            and who.kind in (PERSON, TITLE, BODY, GROUP_KIND, PRONOUN_KIND):
                        self.colon_leads[i] = who
                        triggers.setdefault(i, [])
                position = text.find(mark, position + len(mark))
        for spans in self.spans:
            for span in spans:
                if span.closed and DASH_ATTRIBUTION.match(text, span.end):
                    i = self._sentence_at(span.end - 1)
                    triggers.setdefault(i, [])
        return triggers

    # --- units ----------------------------------------------------------------------

    def _is_headline(self, para: list[int]) -> bool:
        """A lone line without a final stop, or in title case: headline, caption, menu."""
        if len(para) != 1:
            return False
        sentence = self.sentences[para[0]].text.strip()
        if not _ends_sentence(sentence):
            if sentence[0] in DOUBLE_QUOTES and PULL_QUOTE.match(sentence):
                return False                               # "“...” — Ilya Markevich, minister"
            return len(sentence) < 300 and len(sentence.split()) <= 25
        if sentence[-1] in ".:\"”" or len(sentence) > 150:
            return False
        words = sentence.split()
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        return (3 <= len(words) <= 15 and len(long_words) >= 2
                and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words))

    def _ep_label(self, match, sentence: Sentence) -> Mention | None:
        """The speaker of a European Parliament turn: the chair's office, or the member's name."""
        label = match.group("label")
        start = sentence.start + match.start("label")
        if label in ("President", "Vice-President"):
            return Mention(start, start + len(label), GROUP_KIND, label)
        chunk = classify_chunk(clean_name(label), self.table)
        if chunk is None or chunk.kind != PERSON:
            return None
        return Mention(start, start + len(label), PERSON, chunk.text or label, chunk.name, chunk.titles,
                       chunk.body, chunk.gender)

    def _heading_label(self, match, sentence: Sentence) -> Mention | None:
        """The speaker of a heading line: the member named, or the holder of the office in brackets."""
        label = match.group("label")
        chunk = classify_chunk(clean_name(label), self.table)
        if chunk is None or chunk.kind not in (PERSON, TITLE):
            return None
        holder = self._office_holder(match, sentence, chunk)
        if holder is not None:                             # "The Minister for Europe (Mr Oliver Sharp)"
            return holder
        start = sentence.start + match.start("label")
        return Mention(start, start + len(label), chunk.kind, chunk.text or label, chunk.name, chunk.titles,
                       chunk.body, chunk.gender)

    def _office_holder(self, match, sentence: Sentence, office) -> Mention | None:
        """The person named in brackets after an office in a label: the office, then who holds it."""
        paren = match.group("paren")
        if office.kind != TITLE or not paren:
            return None
        holder = classify_chunk(clean_name(paren), self.table)
        if holder is None or holder.kind != PERSON or len(holder.name) < 2:
            return None
        start = sentence.start + match.start("paren")
        return Mention(start, start + len(paren), PERSON, paren, holder.name, holder.titles | office.titles,
                       office.body, holder.gender or office.gender)

    def _short_label(self, label: Mention, last_turn) -> tuple[str, str | None] | None:
        """Who a short turn label stands for once the speakers have been named in full.

        "JH:" after "JUDITH HARROWER:" is the one person with those initials;
        "Minister:" (an office nobody in the text holds by that word) between
        two labelled people is the one who did not speak the turn before.
        """
        text = self.text[label.start:label.end].strip()
        labelled = self.labelled_people
        if text.isupper() and text.isalpha() and 2 <= len(text) <= 3:
            fitting = [name for name in labelled if _initials(name) == text]
            if not fitting:                                # "TB:" for the author, "Author Thomas Becker"
                fitting = [self.author] if self.author and _initials(self.author) == text else [
                    person.canonical for person in self.people.people.values()
                    if len(person.name) >= 2 and _initials(person.canonical) == text]
            return (fitting[0], PERSON) if len(fitting) == 1 else None
        if len(text) == 1 and text.isupper() and text.casefold() not in TURN_QA_LABELS and self.interview_byline \
                and self.author and not any(name[:1] == text for name in labelled):
            return self.author, PERSON                     # "L:" (the outlet's initial) under "Interview by X"
        if label.kind == TITLE and len(labelled) == 2 and last_turn is not None and last_turn[0] in labelled \
                and self.people.by_title(label.titles, label.start) is None:
            return (labelled - {last_turn[0]}).pop(), PERSON
        return None

    def _find_signatures(self) -> dict[int, Mention]:
        """Signature lines under a quotation, by sentence: who said what the line closes.

        "“We are ready to talk.”" then "– Russia’s envoy to the OSCE, Pyotr
        Aldanov, speaking in Vienna.": a paragraph's last sentence that is a
        dash and a name, right after a closing quotation mark. Signatures
        under no quotation are kept in ``letter_signatures`` when there are
        two or more (a letters page, see :meth:`_sign_letters`).
        """
        found: dict[int, Mention] = {}
        letters: dict[int, Mention] = {}
        text = self.text
        for para in self.paragraphs:
            i = para[-1]
            sentence = self.sentences[i]
            # A signature the splitter cut ("— James Bell, Col., U.S. Army (ret." / "), Alexandria"): its first piece.
            opening = sentence
            lead = SIGNATURE_LEAD.match(text, sentence.start, sentence.end)
            if lead is None and 1 < len(para) <= 3:
                opening = self.sentences[para[0]]
                lead = SIGNATURE_LEAD.match(text, opening.start, opening.end)
            if lead is None and len(para) == 1 and i > 0 and i not in self.byline:
                name = self._name_line(i)                  # "NINA PETROVA" (a town on the next line) under a letter
                if name is not None:
                    letters[i] = name
                continue
            if lead is None or i == 0 or len(text[opening.start:sentence.end].split()) > SIGNATURE_MAX_WORDS:
                continue
            piece = i if opening is sentence else para[0]
            closes_quote = piece > 0 and self.sentences[piece - 1].text.rstrip().endswith(tuple(DOUBLE_QUOTES))
            hi = sentence.end
            mentions = [m for m in find_mentions(text, lead.end(), hi, self.table, self._is_common_word)
                        if not m.possessive]
            people = [m for m in mentions if m.kind == PERSON]
            first = mentions[0] if mentions and mentions[0].start == lead.end() else None
            signer = people[0] if people else first
            if signer is None or signer.kind not in (PERSON, TITLE, BODY):
                continue
            rest = text[signer.end:hi].strip()
            if rest and not rest.startswith(",") and rest not in TERMINAL_PUNCTUATION \
                    and not SIGNATURE_HANDLE.match(rest):
                continue
            if closes_quote:
                found[i] = signer
            elif signer.kind == PERSON:
                letters[i] = signer
        # "— Geoffrey Ambrose, Harrogate" under each of several letters: a letters page.
        self.letter_signatures = letters if len(letters) >= 2 else {}
        return found

    def _name_line(self, i: int) -> Mention | None:
        """The person a lone line ``i`` names, after a paragraph that ends a sentence: a letter's signature."""
        line = self.sentences[i].text.strip()
        words = line.split()
        if not 2 <= len(words) <= 4 or line[-1:] in TERMINAL_PUNCTUATION or any(w[0].islower() for w in words):
            return None
        if self.sentences[i - 1].text.rstrip()[-1:] not in ".!?”\"’'…":
            return None
        chunk = classify_chunk(clean_name(line), self.table)
        if chunk is None or chunk.kind != PERSON or len(chunk.name) < 2:
            return None
        start = self.sentences[i].start + self.sentences[i].text.index(line)
        return Mention(start, start + len(line), PERSON, " ".join(chunk.name), chunk.name, chunk.titles, chunk.body,
                       chunk.gender)

    def _timestamped(self, p: int) -> bool:
        """Whether paragraph ``p`` opens with a live-blog time ("16:40 – The ministers ...")."""
        return TIMESTAMPED.match(self.sentences[self.paragraphs[p][0]].text) is not None

    def _count_headings(self) -> int:
        """Speaker headings on a line of their own, each over a speech ("Mr Richard Bell (Shrewsbury North) (Con)").

        A list of names, one per line, is not counted: a heading must have a
        paragraph of speech under it, and one of them must add a constituency,
        a party or the holder of an office in brackets.
        """
        count, bracketed = 0, False
        for p, para in enumerate(self.paragraphs[:-1]):
            match = HEADING_LABEL.match(self.sentences[para[0]].text) if len(para) == 1 else None
            below = self.paragraphs[p + 1]
            if match is not None and (len(below) > 1 or not HEADING_LABEL.match(self.sentences[below[0]].text)):
                count += 1
                bracketed = bracketed or match.group("paren") is not None
        return count if bracketed else 0

    def _turn_label(self, para: list[int]) -> Mention | None:
        """The speaker label opening a paragraph ("MR. FOLEY: ..."), as a mention."""
        sentence = self.sentences[para[0]]
        heading = HEADING_LABEL.match(sentence.text) if self.headings and len(para) == 1 else None
        if heading is not None:
            return self._heading_label(heading, sentence)
        match = QA_DOT_LABEL.match(sentence.text) if self.qa_dots else None
        if match is None and self.bare_q:                 # "Q Mr. President, one follow-up."
            match = BARE_Q_LABEL.match(sentence.text)
        if match is None and self.congress:
            match = CONGRESS_LABEL.match(sentence.text)
        if match is None and self.parliament:            # the label is a sentence of its own: "President."
            match = EP_LABEL.match(" ".join(self.sentences[i].text for i in para[:2]))
            if match is not None and match.end("label") > len(sentence.text):
                match = None
            if match is not None:                          # "on behalf of the PPE Group" is a group, not a title
                return self._ep_label(match, sentence)
        if match is None and ":" not in sentence.text[:120]:
            return None
        match = match or TURN_LABEL.match(sentence.text)
        if not match or (match.group("role") and not _is_role(PAREN_REMARK.sub("", match.group("role")))):
            return None
        label = match.group("label")
        number = QUESTION_NUMBER.match(label)             # "Q14 Chair:" in committee evidence
        offset = number.end() if number else 0
        label = label[offset:]
        bare = label.strip().rstrip(".").casefold()
        if bare in FURNITURE_LABELS or bare.split()[0] in FURNITURE_LABELS:
            return None
        rest = sentence.text[match.end():]
        words = [w for w in rest.split() if len(w) > 3 and w[0].isalpha()]
        if (rest.rstrip()[-1:] not in TERMINAL_PUNCTUATION and len(para) == 1
                and words and sum(w[0].isupper() for w in words) >= 0.6 * len(words)):
            return None                                   # "NATO: U.S. Sees Russian Willingness ..."
        if len(para) == 1 and bare not in TURN_QA_LABELS and not _ends_sentence(rest) \
                and rest.rstrip()[-1:] not in ",;—–-":
            return None                                   # 'Secretary General: "The door is open"' (a headline)
        if match.group("role") is None and bare not in QUESTION_LABELS and _is_listing(rest, self.table):
            return None                                   # "Moderator: Oona Fair, NATO Spokesperson." (a cast list)
        start = sentence.start + match.start("label") + offset
        if bare in QUESTION_LABELS and match.group("paren") and sentence.text[match.start("paren") - 1] == "[":
            asker = match.group("paren").split(",")[0]    # NATO's "Question [Ewa Malinowska, Polish Radio]:"
            chunk = classify_chunk(clean_name(asker), self.table)
            if chunk is not None and chunk.kind == PERSON and len(chunk.name) >= 2:
                start = sentence.start + match.start("paren")
                self.named_turns.add(self._para_of[para[0]])
                return Mention(start, start + len(asker), PERSON, asker, chunk.name, chunk.titles, chunk.body,
                               chunk.gender)
        if bare in TURN_QA_LABELS:
            paren = match.group("paren") if bare in HOST_LABELS and "," not in (match.group("paren") or ",") else None
            holder = paren and classify_chunk(clean_name(paren), self.table)
            if holder and holder.kind == PERSON and len(holder.name) >= 2:
                # "MODERATOR (Irina Sokolova):" - her turn, and the bare "MODERATOR:" turns after it.
                start = sentence.start + match.start("paren")
                self.labelled_roles.setdefault(bare, " ".join(holder.name))
                return Mention(start, start + len(match.group("paren")), PERSON, match.group("paren"), holder.name,
                               holder.titles, holder.body, holder.gender)
            return Mention(start, start + len(label), GROUP_KIND, label.strip())
        cased = clean_name(label)
        if self.congress:                                  # "Senator QUILLFEATHER" -> "Senator Quillfeather"
            cased = " ".join(clean_name(word) if word.isupper() else word for word in cased.split())
        chunk = classify_chunk(cased, self.table)
        initials = label.strip()
        if initials.isupper() and initials.isalpha() and 2 <= len(initials) <= 3 \
                and (chunk is None or chunk.kind == TITLE):
            chunk = Chunk(PERSON, name=(cased,))           # "MR:", "MS:", "DR:" are initials here, not honorifics
        if chunk is None and len(bare) == 1 and label.strip().isupper() and self.interview_byline:
            return Mention(start, start + len(label.strip()), GROUP_KIND, label.strip())   # "L:", the outlet
        if chunk is None or chunk.kind not in (PERSON, TITLE, GROUP_KIND):
            return None                                    # "PRESS OFFICER:" is a group-like title
        holder = self._office_holder(match, sentence, chunk)
        if holder is not None:                             # "Madam Deputy Speaker (Dame Rosalind Marsh-Ogden):"
            return holder
        if chunk.kind != PERSON and any(word.islower() and word not in ("of", "for", "and") for word in label.split()):
            return None                                    # "Deputy minister: Russia ready to talk" is a headline
        titles = chunk.titles
        if chunk.kind == PERSON and match.group("role"):
            # "Karin Olsdotter, NATO Secretary General:" names the office that
            # "the Secretary General" later stands for.
            titled = classify_chunk(f"{match.group('role').strip()} {cased}", self.table)
            if titled is not None and titled.kind == PERSON and titled.name == chunk.name:
                titles = titles | titled.titles
        return Mention(start, start + len(label), chunk.kind, chunk.text or cased, chunk.name, titles,
                       chunk.body, chunk.gender)

    def _drop_lead_ins(self) -> None:
        """A newsletter's capitalised lead-ins ("HOTLINE HOLDUP: Three allies ...", "CYBER CORNER:")
        are headings, not turns: three or more all-capital labels, each used once, made of words the
        document also uses in lower case."""
        labels = [(p, self.text[m.start:m.end]) for p, m in enumerate(self.turn_labels)
                  if m is not None and self.text[m.start:m.end].isupper()]
        if len(labels) < 3:
            return
        counts = Counter(label.casefold() for _, label in labels)
        lead_ins = [p for p, label in labels if counts[label.casefold()] == 1 and any(
            self._is_common_word(word.capitalize()) for word in label.replace(".", " ").split() if len(word) > 2)]
        if len(lead_ins) >= 3:
            for p in lead_ins:
                self.turn_labels[p] = None

    def _interview_roles(self) -> tuple[str | None, str | None]:
        """Who "Q:" and "A:" stand for in an interview, where the document says.

        The interviewer is the author of an "Interview by ..." byline, or of
        any byline when the document has "A:" turns (one person asks). The
        interviewee is the one person named before the first turn (leaving
        out the interviewer), or, when several are, the one person named in
        a sentence that says who was interviewed ("... spoke to X", "In an
        interview with X", "X received us").
        """
        qa = [(p, label.text.strip().rstrip(".").casefold()) for p, label in enumerate(self.turn_labels)
              if label is not None and label.kind == GROUP_KIND]
        if not qa:
            return None, None
        answers = any(bare in ANSWER_LABELS for _, bare in qa)
        interviewer = self.author if self.author and (self.interview_byline or answers) else None
        if not answers:
            return interviewer, None
        first = next(p for p, label in enumerate(self.turn_labels) if label is not None)
        if first == 0:
            return interviewer, None
        end = self.sentences[self.paragraphs[first][0]].start
        named = {}
        for person in self.people.people.values():
            before = [q for q in person.positions if q < end]
            if before and person.canonical not in (interviewer, self.author) \
                    and (len(person.name) >= 2 or person.titles & TITLE_WORDS):
                named[person.canonical] = before
        if len(named) == 1:
            return interviewer, next(iter(named))
        briefer = self._header_person(first)
        if briefer is not None:                            # "Briefing by Spokeswoman X", then "Answer:"
            return interviewer, briefer
        cued: dict[str, int] = {}
        for i in range(self.paragraphs[first][0]):
            sentence = self.sentences[i]
            if INTERVIEW_CUE.search(sentence.text):
                for name, positions in named.items():
                    inside = [q for q in positions if sentence.start <= q < sentence.end]
                    if inside:
                        cued[name] = inside[0]
        if len(cued) > 1:               # a place read as a name: keep those known to be people
            cued = {name: q for name, q in cued.items() if self.people.gender_of(name) or self._has_titles(name)}
        if len(cued) == 2 and interviewer is None:
            # "Our correspondent Hanna Berg spoke to Ambassador X": the first asks.
            (asker, q1), (answerer, q2) = sorted(cued.items(), key=lambda item: item[1])
            if INTERVIEWER_FIRST.search(self.text, q1, q2):
                return asker, answerer
        if len(cued) == 1:
            return interviewer, next(iter(cued))
        if cued:
            return interviewer, None
        # No sentence says who was interviewed: the one person who opens a sentence of the introduction
        # ("Viktor Belyaev spent 38 years in ...", not "his last, with the historian Sigrid Stone, ...").
        # Alone in that sentence: "Deputy Minister X and Ambassador Y led the talks" says neither.
        openers = set()
        for i in range(self.paragraphs[first][0]):
            sentence = self.sentences[i]
            inside = [name for name, positions in named.items()
                      if any(sentence.start <= q < sentence.end for q in positions)]
            if not self.headline[self._para_of[i]] and len(inside) == 1 and sentence.start in named[inside[0]]:
                openers.add(inside[0])
        return interviewer, (openers.pop() if len(openers) == 1 else None)

    def _mark_stage_directions(self) -> None:
        """Stage directions ("[LAUGHTER]", "(Applause.)") and bracketed editor's notes are no one's speech."""
        narrator = _Result(self.author, NARRATOR, PERSON if self.author else None)
        sentences = self.sentences
        for para in self.paragraphs:
            first = sentences[para[0]].text.strip()
            # "[Translator's note: ... . ... authoritative.]", and "The interview was conducted by X. It
            # has been edited for length.": the whole paragraph.
            note = len(para) > 1 and (
                (first.startswith("[") and sentences[para[-1]].text.rstrip().endswith("]")
                 and "]" not in " ".join(sentences[i].text.strip() for i in para)[:-1])
                or (first[:1] in "TEA" and EDITORS_NOTE.match(first) is not None))
            for i in para:
                text = sentences[i].text
                if not text[:1].isspace() and text[:1] not in "[(TEA" and not note:
                    continue                                  # their first letters, tested first
                text = text.strip()
                if note or (text[:1] in "[(" and STAGE_DIRECTION.match(text)) \
                        or (text[:1] in "TEA" and EDITORS_NOTE.match(text)):
                    self.results[i] = narrator

    def _label_owner(self, label: Mention) -> tuple[str, str] | None:
        """Whose surname-only turn label this is when two people share the surname.

        In an interview with Mikhail Gorelov that also quotes his father Pyotr,
        "Gorelov:" is the one named before the first turn, not the one named last.
        """
        if label.kind != PERSON or len(label.name) != 1:
            return None
        posts = label.titles - PLAIN_ADDRESS
        if posts and any(other is not None and other.kind == PERSON and other.name == label.name
                         and other.titles - PLAIN_ADDRESS and not posts & other.titles for other in self.turn_labels):
            # Labels with one surname and different posts are different people: each is the full
            # name introduced with its post, else the surname alone.
            holders = [person for person in self.people.full_forms(label.name)
                       if posts & self._titles_before(person.canonical)]
            return (holders[0].canonical if len(holders) == 1 else label.name[0]), PERSON
        for holder in self.cast_roles.values():            # "HOST: RACHEL YOUNG" above, then "YOUNG:"
            if holder.split()[-1].casefold() == label.name[0].casefold():
                return holder, PERSON
        cast = [name for name in self._cast_people() if label.name[0].casefold() in name.casefold().split()]
        if len(cast) == 1:                                 # "Hosts: Sarah Bell and Tom Novak", then "Tom:"
            return cast[0], PERSON
        owners = self.people.full_forms(label.name)
        if len(owners) < 2:
            return None
        first = next(p for p, turn in enumerate(self.turn_labels) if turn is not None)
        opening = self.sentences[self.paragraphs[first][0]].start
        early = [person for person in owners if person.positions and person.positions[0] < opening]
        if len(early) == 1:
            return early[0].canonical, PERSON
        # Else the one named last before the label's first turn ("With me tonight is Pavel
        # Dorokhin", then "DOROKHIN:"), and the same one for every later turn with that label.
        key = (label.name[0].casefold(), label.titles)
        if key not in self._label_owners:
            latest = self.people.person(label.name, label.start, label.gender, label.titles, recent=True)
            self._label_owners[key] = (latest.canonical, PERSON) if latest is not None and latest.positions else None
        return self._label_owners[key]

    def _titles_before(self, name: str) -> set[str]:
        """The title words written right before the full name ``name`` anywhere in the text
        ("Dr. Laura Marsh"), which a person's merged titles cannot tell apart from a namesake's."""
        found: set[str] = set()
        position = self.text.find(name)
        while position != -1:
            found.update(word.rstrip(".,").casefold() for word in self.text[max(0, position - 40):position].split()[-3:])
            position = self.text.find(name, position + len(name))
        return found

    def _interjection(self, para: list[int]) -> tuple[str, str] | None:
        """Who makes a bracketed interjection in a parliamentary record, if the paragraph is one."""
        first = self.sentences[para[0]].text
        if not first.lstrip().startswith("(") or ":" not in first:
            return None
        return self._interjector(" ".join(self.sentences[i].text for i in para), self.sentences[para[0]].start)

    def _interjector(self, text: str, position: int) -> tuple[str, str] | None:
        """Who makes the interjection that is the whole of ``text`` (found at ``position``), if it is one."""
        match = INTERJECTION.match(text)
        if match is None:
            return None
        if match.group("group"):                           # "(Interjection from the SPD: ...)"
            return " ".join(match.group("group").split()), GROUP_KIND
        chunk = classify_chunk(clean_name(match.group("name") or match.group("by")), self.table)
        if chunk is None or chunk.kind != PERSON:
            return None
        person = self.people.person(chunk.name, position, chunk.gender, chunk.titles)
        return (person.canonical if person else " ".join(chunk.name)), PERSON

    def _written_parts(self) -> dict[int, tuple[str, str]]:
        """The parts of a written parliamentary question and its answer, by paragraph, and whose each is.

        "Question from member Pieter van Dam (CDA) to the Minister ..." and
        "Answer given by Minister Karin Smit ..." above; then paragraphs that
        open with "Question 1" are his, those with "Answer 1" hers.
        """
        heads = [QA_PART_HEADING.match(self.sentences[para[0]].text) for para in self.paragraphs]
        if sum(h is not None and h.group("part") == "Question" for h in heads) < 1 \
                or sum(h is not None and h.group("part") == "Answer" for h in heads) < 1:
            return {}
        authors: dict[str, tuple[str, str]] = {}
        for para in self.paragraphs[:8]:
            sentence = self.sentences[para[0]]
            header = QA_PART_AUTHOR.match(sentence.text)
            if header is None or header.group("part") in authors:
                continue
            chunk = classify_chunk(clean_name(header.group("name")), self.table)
            if chunk is not None and chunk.kind == PERSON:
                person = self.people.person(chunk.name, sentence.start)
                authors[header.group("part")] = (person.canonical if person else " ".join(chunk.name), PERSON)
        if len(authors) < 2:
            return {}
        parts: dict[int, tuple[str, str]] = {}
        author = None
        for p, head in enumerate(heads):                   # a heading, then its part's paragraphs
            if head is not None:
                author = authors[head.group("part")]
            if author is not None:
                parts[p] = author
        return parts

    def _cast_roles(self) -> dict[str, str]:
        """Who a role label stands for, from the cast lines before the first turn.

        "Presenter: Claire Whitfield" above the transcript makes the later
        "INTERVIEWER:" and "PRESENTER:" turns hers; "Moderator: Oona Fair,
        NATO Spokesperson." makes "MODERATOR:" hers.
        """
        first = next((p for p, label in enumerate(self.turn_labels) if label is not None), 0)
        roles: dict[str, str] = {}
        for role, name in self.labelled_roles.items():
            person = self.people.person(tuple(name.split()), 0)
            roles[role] = person.canonical if person is not None else name
        for p in range(first):
            para = self.paragraphs[p]
            match = CAST_LINE.match(self.sentences[para[0]].text) if len(para) <= 2 else None
            if match is None or not _is_listing(match.group("rest"), self.table):
                continue
            name = PAREN_REMARK.sub("", match.group("rest")).strip().rstrip(".;").partition(",")[0]
            chunk = classify_chunk(clean_name(name), self.table)
            person = self.people.person(chunk.name, self.sentences[para[0]].start)
            role = match.group("role").casefold()
            roles.setdefault(role, person.canonical if person is not None else " ".join(chunk.name))
        for role in PROGRAMME_HOSTS:                        # the presenter is the one who interviews
            if role in roles:
                roles.setdefault("interviewer", roles[role])
        return roles

    def _hearing_roles(self, p: int) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
        """Who examines and who answers at paragraph ``p`` of a hearing: the last "Questions by X"
        and "NAME (sworn)" lines above it. Worked out for all paragraphs in one pass, on first use."""
        if self._hearings is None:
            self._hearings = []
            examiner = witness = None
            for para in self.paragraphs:
                self._hearings.append((examiner, witness))
                sentence = self.sentences[para[0]]
                if "(" not in sentence.text and " by " not in sentence.text:
                    continue
                match = WITNESS_LINE.match(sentence.text) or EXAMINER_LINE.match(sentence.text)
                chunk = classify_chunk(clean_name(match.group("name")), self.table) if match else None
                if chunk is None or chunk.kind != PERSON:
                    continue
                person = self.people.person(chunk.name, sentence.start, chunk.gender, chunk.titles)
                found = (person.canonical if person is not None else " ".join(chunk.name)), PERSON
                if match.re is WITNESS_LINE:
                    witness = found
                else:
                    examiner = found
        return self._hearings[p]

    def _cast_people(self) -> list[str]:
        """The people a header names as hosts or guests: "Hosts: Sarah Bell and Tom Novak"."""
        if self._cast is None:
            self._cast = []
            first = next((p for p, label in enumerate(self.turn_labels) if label is not None), 0)
            for p in range(first):
                match = CAST_LIST.match(self.sentences[self.paragraphs[p][0]].text)
                for piece in CAST_SEPARATOR.split(match.group("rest")) if match else ():
                    chunk = classify_chunk(clean_name(PAREN_REMARK.sub("", piece).strip(" .;")), self.table)
                    if chunk is not None and chunk.kind == PERSON and len(chunk.name) >= 2:
                        person = self.people.person(chunk.name, self.sentences[self.paragraphs[p][0]].start)
                        self._cast.append(person.canonical if person is not None else " ".join(chunk.name))
        return self._cast

    def _unlabelled_interview(self) -> tuple[set[int], str | None]:
        """Question paragraphs of an "Interview by ..." piece without turn labels, and who answers.

        "Five questions to X": each one-line question ending in "?" is the
        interviewer's, the paragraphs after it until the next are X's, the one
        person named (leaving out the author) before the first question.
        """
        if not self.interview_byline or any(label is not None for label in self.turn_labels):
            return set(), None
        # A question may follow a sentence that sets it up: "Mr Ambassador, a year ago ... What happened?"
        questions = {p for p, para in enumerate(self.paragraphs)
                     if len(para) <= 3 and self.sentences[para[-1]].text.rstrip().endswith("?")
                     and not self.headline[p]}
        if len(questions) < 2:
            return set(), None
        first = min(questions)
        end = self.sentences[self.paragraphs[first][0]].start
        named = {person.canonical: person for person in self.people.people.values()
                 if len(person.name) >= 2 and person.positions and person.positions[0] < end
                 and person.canonical != self.author}
        if len(named) > 1:                                 # not a masthead ("DER RUNDBLICK | ENGLISH EDITION")
            named = {name: person for name, person in named.items() if any(
                not self.headline[self._para_of[self._sentence_at(at)]] for at in person.positions if at < end)}
        if len(named) > 1:                                 # the one the standfirst names first, before his son
            earliest = min(named.values(), key=lambda person: person.positions[0])
            named = {earliest.canonical: earliest}
        return (questions, next(iter(named))) if len(named) == 1 else (set(), None)

    def _interview_narration(self, para: list[int]) -> bool:
        """Whether a paragraph among the answers is the interviewer's narration.

        "He laughs, and then he looks at the model ship." describes the one
        answering; "Helen Long is the diplomatic correspondent of ..." is the
        author's note.
        """
        first = self.sentences[para[0]].text
        return INTERVIEW_GESTURE.match(first) is not None or bool(self.author and first.startswith(self.author + " "))

    def _header_person(self, before: int) -> str | None:
        """The person a "Statement/Briefing/Speech by X" header before paragraph ``before`` names."""
        header = self._header()
        if header is None or header[0] >= before or header[1].kind != PERSON:
            return None
        p, who = header
        return self._resolve(who, self.paragraphs[p][0], who.start, record=False)[0]

    def _header(self) -> tuple[int, Mention] | None:
        """The first "Statement by X on ..." header in the first four paragraphs: its paragraph and X."""
        for p in range(min(4, len(self.paragraphs))):
            sentence = self.sentences[self.paragraphs[p][0]]
            header = STATEMENT_HEADER.match(sentence.text)   # on the sentence: "^" is its start
            if header is None:
                continue
            who = self._starting(sentence.start, sentence.start + header.end(), sentence.end)
            if who is None or who.kind not in (PERSON, TITLE, BODY):
                return None
            named = HEADER_APPOSITIVE.match(self.text, who.end, sentence.end) if who.kind == TITLE else None
            if named is not None:                          # "Answer by the Official Representative ..., Name, to ..."
                holder = self._starting(sentence.start, named.start("name"), named.end("name"))
                if holder is not None and holder.kind == PERSON and holder.end == named.end("name"):
                    who = replace(holder, titles=holder.titles | who.titles)
            after = self.text[who.end:sentence.end].split(None, 1)
            if after and after[0].strip(",;:–—-") and after[0].casefold() not in STATEMENT_HEADER_AFTER:
                return None                                # "Statement by Kremlin angers Tallinn"
            return p, who
        return None

    def _has_titles(self, canonical: str) -> bool:
        return any(person.titles & TITLE_HEADS for person in self.people.people.values()
                   if person.canonical == canonical)

    def _statement_speaker(self) -> tuple[int, tuple[str, str | None] | None]:
        """Whose statement or speech the whole document is, from a header ("Statement by X on ...").

        Only in a document without a byline or transcript turns whose text
        speaks in the first person ("We regret this step.") outside quotation
        marks. Returns (the header's paragraph, (speaker, kind)), or (-1, None).
        """
        if self.turns_last:
            return -1, None
        header = self._header() if self.author is None else None
        venue = header is None
        if venue:
            header = self._venue_header()
        if header is None:
            return -1, None
        p, who = header
        resolved = self._resolve(who, self.paragraphs[p][0], who.start, record=False)
        if not resolved or not self._speaks_in_first_person(p + 1) \
                or (venue and self.author is not None and resolved[0] != self.author):
            return -1, None
        if venue and self.author is not None:              # the name line was taken for a byline
            self.author = None
            self.byline -= set(self.paragraphs[p])
        return p, resolved

    def _venue_header(self) -> tuple[int, Mention] | None:
        """A header naming the occasion ("Remarks at the ... Meeting") over a line naming the speaker
        ("Secretary Richard Grant"): the speaker's paragraph and mention."""
        for p in range(min(3, len(self.paragraphs) - 1)):
            if not VENUE_HEADER.match(self.sentences[self.paragraphs[p][0]].text):
                continue
            line = self.sentences[self.paragraphs[p + 1][0]]
            end = line.start + len(line.text.rstrip())
            who = self._starting(line.start, line.start, end)
            if who is not None and who.kind == PERSON and len(who.name) >= 2 and who.end == end:
                return p + 1, who
            return None
        return None

    def _speaks_in_first_person(self, first: int) -> bool:
        """Whether the paragraphs from ``first`` on say "we", "I" or "our" outside quotation marks."""
        for p in range(first, len(self.paragraphs)):
            if self.headline[p]:
                continue
            para = self.paragraphs[p]
            for match in FIRST_PERSON_WORD.finditer(self.text, self.sentences[para[0]].start,
                                                    self.sentences[para[-1]].end):
                if not any(span.start <= match.start() < span.end for span in self.spans[p]):
                    return True
        return False

    def _question_speaker(self, label: Mention, p: int) -> tuple[str, str | None] | None:
        """The person a "Q:" or "A:" turn stands for, if the document says (see _interview_roles)."""
        bare = label.text.strip().rstrip(".").casefold()
        if bare in QUESTION_LABELS:
            para = self.paragraphs[p]
            first = self.sentences[para[0]]
            offset = label.end - first.start
            if first.text[offset:offset + 1] in (":", "."):
                offset += 1
            intro = SELF_INTRODUCTION.match(first.text, offset)
            if intro is None and len(para) > 1 and len(first.text[offset:].split()) <= 3:
                intro = SELF_INTRODUCTION.match(self.sentences[para[1]].text)   # "Q (As translated.)" "Name, Outlet."
            if intro:                                      # "Q: Marek Zielinski, Polish Radio. ..."
                chunk = classify_chunk(clean_name(intro.group("name")), self.table)
                if chunk is not None and chunk.kind == PERSON:
                    person = self.people.person(chunk.name, label.start)
                    if len(chunk.name) >= 2 or (intro.group("again") and person is not None):
                        # Everything in a named questioner's turn is the question they put.
                        self.named_turns.add(p)
                        return (person.canonical if person else " ".join(chunk.name)), PERSON
        if bare in self.cast_roles:
            return self.cast_roles[bare], PERSON
        examiner, witness = self._hearing_roles(p)
        if bare in QUESTION_LABELS and examiner is not None:
            return examiner
        if bare in ANSWER_LABELS and witness is not None:
            return witness
        if bare in QUESTION_LABELS and self.interviewer:
            return self.interviewer, PERSON
        if bare in ANSWER_LABELS and self.interviewee:
            return self.interviewee, PERSON
        return None

    def _is_common_word(self, word: str) -> bool:
        """Whether a sentence-initial capitalised word also occurs in lower case in the document."""
        known = self._common.get(word)
        if known is None:
            lower = word.lower()
            known = self._common[word] = lower != word and _has_word(self.text, lower)
        return known

    def _find_spans(self) -> None:
        text = self.text
        self.spans: list[list[_Span]] = []
        strays: list[list[int]] = []
        for para in self.paragraphs:
            lo, hi = self.sentences[para[0]].start, self.sentences[para[-1]].end
            spans, stray = _paragraph_spans(text, lo, hi)
            self.spans.append(spans)
            strays.append(stray)
        for p, para in enumerate(self.paragraphs):
            spans = self.spans[p]
            lo = self.sentences[para[0]].start
            open_before = p > 0 and bool(self.spans[p - 1]) and not self.spans[p - 1][-1].closed
            colon_before = p > 0 and self.sentences[self.paragraphs[p - 1][-1]].text.rstrip().endswith(":")
            if strays[p] and (open_before or colon_before) and (not spans or spans[0].start > strays[p][0]):
                # A quotation whose opening mark was left off: "...and we disagree.”"
                spans.insert(0, _Span(lo, strays[p][0] + 1, True, continues=open_before))
            elif open_before and spans and spans[0].start == lo:
                spans[0].continues = True
        for p, spans in enumerate(self.spans):
            if spans and not spans[-1].closed:
                runs_on = p + 1 < len(self.spans) and bool(self.spans[p + 1]) and self.spans[p + 1][0].continues
                starts_paragraph = spans[-1].start == self.sentences[self.paragraphs[p][0]].start
                # '"...," Haugen said. "I have told them ... . I hope they come.': reopened after a
                # tag and never closed, it runs to the paragraph's end.
                reopened = len(spans) >= 2 and len(text[spans[-2].end:spans[-1].start].split()) <= 6
                if not runs_on and not starts_paragraph and not reopened:
                    spans.pop()                           # a stray opening mark: ignore it
                elif not runs_on and reopened:
                    spans[-1].closed = True               # closed by the paragraph's end: nothing runs on

    # --- the main loop ------------------------------------------------------------------

    def attribute(self) -> list[Attribution]:
        narrator = _Result(self.author, NARRATOR, PERSON if self.author else None)
        intro: tuple[str, str | None] | None = None
        turn: tuple[str, str | None] | None = None
        last_turn: tuple[str, str | None] | None = None    # the speaker of the last labelled turn
        pending: _Orphans | None = None
        for p, para in enumerate(self.paragraphs):
            label = self.turn_labels[p]
            if self.headline[p] or all(i in self.byline for i in para):
                for i in para:
                    self.results[i] = narrator
                pending = self._settle(pending, None)
                intro = turn = None
                continue
            if p in self.written_parts:                    # "Question 2" / "Answer 2" in a written question
                pending = self._settle(pending, None)
                self._turn(p, self.written_parts[p])
                intro = turn = None
                continue
            if self.answerer is not None and p >= min(self.question_lines):
                if p in self.question_lines or self._interview_narration(para):
                    for i in para:                         # "Is the Founding Act dead?": the interviewer's
                        self.results[i] = narrator
                else:
                    self._turn(p, (self.answerer, PERSON))
                continue
            interjection = self._interjection(para) if label is None else None
            if interjection is not None:                   # "(Jürgen Hahn [AfD]: Speak for yourself!)"
                for i in para:
                    self.results[i] = _Result(interjection[0], DIRECT, interjection[1])
                continue                                   # and the interrupted speaker goes on
            if label is None and len(para) == 1 and PROCEDURAL_LINE.match(self.sentences[para[0]].text):
                self.results[para[0]] = narrator           # "Question put and agreed to."
                continue
            if label is not None:
                turn = self._question_speaker(label, p) if label.kind == GROUP_KIND else None
                turn = turn or self._short_label(label, last_turn) or self._label_owner(label) \
                    or self._resolve(label, para[0], label.start)
                if turn is None or turn[0] == _FIRST_PERSON:
                    turn = None
                last_turn = turn
            elif turn is not None and (not self.turns_last or self._timestamped(p)):
                turn = None                                # a new live-blog entry ends the turn
            if turn is not None:
                pending = self._settle(pending, None)
                if p in self.named_turns:
                    self._whole_paragraph(p, turn)
                else:
                    self._turn(p, turn)
                intro = None
                continue
            if intro is not None:
                pending = self._settle(pending, (intro[0], intro[1], True))
                self._whole_paragraph(p, intro)
                for span in self.spans[p]:
                    span.speaker, span.kind = intro
                intro = None
                continue
            first_frame, orphans = self._sentences(p, narrator)
            if pending is not None and pending.runs_on and first_frame is None and orphans is not None \
                    and self.spans[p][0].continues:
                # A quotation reopened paragraph after paragraph with no attribution yet:
                # one speaker for the whole run, decided when it ends.
                orphans.indices = pending.indices + orphans.indices
                orphans.previous, orphans.quoted_before = pending.previous, pending.quoted_before
                pending = orphans
                intro = self._colon_intro(p)
                continue
            pending = self._settle(pending, first_frame)
            if orphans:
                pending = orphans
            intro = self._colon_intro(p)
        self._settle(pending, None)
        self._sign_letters()
        if self.statement is not None:      # the body of a statement is its author's own speech
            speaker, kind = self.statement
            for p in range(self.statement_header + 1, len(self.paragraphs)):
                if not self.headline[p]:
                    for i in self.paragraphs[p]:
                        result = self.results[i]
                        if (result.voice == NARRATOR or result.speaker == speaker) and i not in self.byline \
                                and not LIST_NUMBER.match(self.sentences[i].text):   # "1." set apart
                            self.results[i] = _Result(speaker, DIRECT, kind)
        self._mark_stage_directions()
        make = Attribution._make                            # cheaper than calling the class per sentence
        return [make((r.speaker, r.voice)) for r in self.results]

    def _sign_letters(self) -> None:
        """On a letters page, each letter's own sentences are its signer's, back to the letter before."""
        previous = -1
        for k in sorted(self.letter_signatures):
            signer = self.letter_signatures[k]
            resolved = self._resolve(signer, k, signer.start, record=False)
            first = self.paragraphs[self._para_of[k]][0]
            while first > previous + 1 and self._in_letter(first - 1):
                first = self.paragraphs[self._para_of[first - 1]][0]
            last = k
            if k + 1 < len(self.sentences) and self._para_of[k + 1] != self._para_of[k] \
                    and len(self.paragraphs[self._para_of[k + 1]]) == 1 and self._place_line(k + 1):
                last = k + 1                               # "NINA PETROVA" then "Arlington"
            if resolved is not None and resolved[0] != _FIRST_PERSON:
                for i in range(first, last + 1):
                    result = self.results[i]
                    if i >= k or (i not in self.byline and (result is None or result.voice == NARRATOR)):
                        self.results[i] = _Result(resolved[0], DIRECT, resolved[1])
            previous = last

    def _place_line(self, i: int) -> bool:
        """Whether sentence ``i`` is a lone town line under a signature: "Arlington", "St. Albans, Herts"."""
        words = self.sentences[i].text.split()
        return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) \
            and not self.sentences[i].text.rstrip().endswith(("!", "?", ":"))

    def _in_letter(self, i: int) -> bool:
        """Whether sentence ``i`` can belong to the letter below it: not a headline, not a lone unstopped line."""
        p = self._para_of[i]
        para = self.paragraphs[p]
        last = self.sentences[para[-1]].text.rstrip()
        return not self.headline[p] and (len(para) > 1 or last[-1:] in ".!?”\"’'…")

    def _turn(self, p: int, turn: tuple[str, str | None]) -> None:
        """A transcript turn: the labelled speaker's, but for sentences that report someone else.

        "Q: Some in Washington say Russia is cheating. Is that fair?" - the
        first sentence conveys what "some in Washington" say.
        """
        for i in self.paragraphs[p]:
            sentence = self.sentences[i]
            interjection = self._interjector(sentence.text, sentence.start) if sentence.text.startswith("(") \
                and ":" in sentence.text else None
            if interjection is not None:                   # "(Interruption by Mr Kowalczyk: 'Shame!')" mid-turn
                self._set(i, _Result(interjection[0], DIRECT, interjection[1]))
                continue
            frame = self._chosen(i) if i in self.triggers else None
            # A pronoun ("A: They have said that for years") too often points into
            # another turn, and a bare title ("SPOKESMAN: The Secretary welcomes ...")
            # is the speaker's principal: only a named subject or a group reports
            # someone else. What a body fears or wants ("Moscow does not fear the first phase")
            # is the speaker's own reading of it.
            if frame is None or frame.speaker in (None, _FIRST_PERSON, turn[0]) \
                    or frame.subject.kind in (PRONOUN_KIND, TITLE) or self._subordinate(i, frame) \
                    or (frame.subject.kind == BODY and self._believes(frame)) \
                    or MOTION_WORDS.match(self.sentences[i].text):      # the mover reads out "That this House ..."
                self._set(i, _Result(turn[0], DIRECT, turn[1]))
            else:
                self._set(i, _Result(frame.speaker, self._frame_voice(p, i, frame), frame.kind))

    def _ours(self, mention: Mention) -> bool:
        """Whether a mention is owned by the one speaking: "our experts", "my colleagues"."""
        before = self.text[max(0, mention.start - 5):mention.start].split()
        return bool(before) and before[-1].casefold() in FIRST_PERSON_OWNERS

    def _whole_paragraph(self, p: int, speaker: tuple[str, str | None]) -> None:
        for i in self.paragraphs[p]:
            self._set(i, _Result(speaker[0], DIRECT, speaker[1]))

    def _set(self, i: int, result: _Result) -> None:
        self.results[i] = result
        if result.voice == DIRECT and result.speaker and result.speaker not in self.quoted_at_length \
                and self._quoted_words(i) >= LONG_QUOTE_WORDS:
            self.quoted_at_length.add(result.speaker)

    def _quoted_words(self, i: int) -> int:
        """Words of sentence ``i`` inside quotation marks (all of them in a paragraph without any)."""
        sentence = self.sentences[i]
        spans = self.spans[self._para_of[i]]
        if not spans:
            return len(sentence.text.split())
        return sum(len(self.text[max(span.start, sentence.start):min(span.end, sentence.end)].split())
                   for span in spans if span.start < sentence.end and sentence.start < span.end)

    def _colon_intro(self, p: int) -> tuple[str, str | None] | None:
        """The speaker introducing the next paragraph ("Foley added:"), if any."""
        last = self.paragraphs[p][-1]
        if last in self.byline or not self.sentences[last].text.rstrip().endswith(":"):
            return None
        frame = self._chosen(last)
        if frame is None or frame.speaker is None or frame.speaker == _FIRST_PERSON:
            return None
        return frame.speaker, frame.kind

    # --- sentences of an ordinary paragraph ---------------------------------------------

    def _sentences(self, p: int, narrator: _Result) -> tuple[tuple | None, _Orphans | None]:
        """Attribute paragraph ``p`` sentence by sentence (rules 4-6)."""
        para = self.paragraphs[p]
        spans = self.spans[p]
        raw: dict[int, _Frame] = {}
        waiting: list[int] = []
        first_frame = None
        colon_speaker: tuple[str, str | None] | None = None
        for i in para:
            if i in self.byline:
                self._set(i, narrator)
                continue
            frame = self._chosen(i) if i in self.triggers else None
            if frame is not None and frame.speaker == _FIRST_PERSON:
                frame = None
            inside, coverage = self._quoted(p, i) if spans else (False, 0.0)
            if frame is not None:
                raw[i] = frame
                if first_frame is None:
                    first_frame = (frame.speaker, frame.kind, frame.again)
                if self._subordinate(i, frame):
                    self._set(i, narrator)
                    continue
                voice = DIRECT if i in self.signatures else self._frame_voice(p, i, frame, coverage)
                self._set(i, _Result(frame.speaker, voice, frame.kind))
                if frame.colon and not spans:
                    colon_speaker = (frame.speaker, frame.kind)
            elif inside or coverage >= QUOTED_SHARE:
                waiting.append(i)
                self.results[i] = narrator     # provisional, for pronouns until the spans are known
            elif colon_speaker is not None:
                self._set(i, _Result(colon_speaker[0], DIRECT, colon_speaker[1]))
            else:
                self._set(i, narrator)
        if not waiting:
            return first_frame, None
        self._span_speakers(p, raw)
        orphans = []
        for i in waiting:
            span = self._span_of(p, i)
            if span is not None and span.speaker is not None:
                self._set(i, _Result(span.speaker, DIRECT, span.kind))
            else:
                orphans.append(i)
        if not orphans:
            return first_frame, None
        previous = self._beat_person(para, orphans) or self._previous_speaker(p, orphans[0])
        opening = self.sentences[para[0]].text.lstrip()[:1]
        if previous is None and len(self.quoted_at_length) == 1 and opening in DOUBLE_QUOTES \
                and sum(len(self.sentences[i].text.split()) for i in orphans) >= LONG_QUOTE_WORDS:
            # A profile: untagged quotations between the writer's observations ("He pours
            # the tea before going on.") are the one person quoted at length so far.
            previous = (next(iter(self.quoted_at_length)), PERSON)
        runs_on = bool(spans) and not spans[-1].closed
        waiting_room = _Orphans(orphans, previous, runs_on, set(self.quoted_at_length))
        for i in orphans:    # provisional, so that "He added:" next can refer back
            self.results[i] = _Result(previous[0], DIRECT, previous[1]) if previous else narrator
        return first_frame, waiting_room

    def _frame_voice(self, p: int, i: int, frame: _Frame, coverage: float | None = None) -> str:
        """``direct`` when sentence ``i`` quotes its speaker's words, even a few of them.

        That is: most of it is quoted, the frame opens or closes a quotation,
        it holds a quotation besides the frame's own words ("called the deal
        "a provocation""), or "X said:" runs on with no quotation marks.
        """
        spans = self.spans[p]
        if not spans:
            return DIRECT if frame.colon and self._says_more(i, frame) else INDIRECT
        sentence = self.sentences[i]
        start = min(frame.start, frame.subject.start)
        end = max(frame.end, frame.subject.end)
        for span in spans:
            # A quotation before a frame that is not a tag belongs to someone else's
            # clause ("When X told reporters that "...", she was criticized by hawks").
            if span.start >= sentence.end or span.end <= sentence.start:
                continue
            if (not (span.start < end and start < span.end)) if frame.tag else span.start >= frame.end:
                return DIRECT
        if coverage is None:
            coverage = self._quoted(p, i)[1]
        return DIRECT if coverage >= QUOTED_SHARE or self._quote_beside(p, frame) else INDIRECT

    def _quote_beside(self, p: int, frame: _Frame) -> bool:
        """Whether the frame introduces or closes a quotation ("“...,” said X"; "X said: “...")."""
        text = self.text
        start = min(frame.start, frame.subject.start)
        end = max(frame.end, frame.subject.end)
        sentence = self.sentences[self._sentence_at(frame.start)]
        for span in self.spans[p]:
            if span.end <= sentence.start or span.start >= sentence.end:
                continue
            if 0 <= start - span.end <= 3 and not text[span.end:start].strip(" ,–—-"):
                return True
            if 0 <= span.start - end <= 3 and not text[end:span.start].strip(" ,:"):
                return True
            between = text[end:span.start].strip() if span.start >= end else ""
            if between.endswith((":", ",")) and len(between.split()) <= 5:
                return True                                # "said on Twitter: “...”"
        return False

    def _says_more(self, i: int, frame: _Frame) -> bool:
        """Whether words follow the colon of "Foley said: ..." in the same sentence."""
        rest = self.text[frame.end:self.sentences[i].end]
        return bool(rest.split(":", 1)[-1].strip()) if ":" in rest else False

    def _quoted(self, p: int, i: int) -> tuple[bool, float]:
        """Whether sentence ``i`` starts inside a quotation, and the share of it that is quoted."""
        sentence = self.sentences[i]
        spans = self.spans[p]
        if not spans:
            return False, 0.0
        covered = 0
        inside = False
        for span in spans:
            if span.start < sentence.end and sentence.start < span.end:
                covered += min(span.end, sentence.end) - max(span.start, sentence.start)
                inside = inside or span.start < sentence.start
        return inside, covered / max(1, sentence.end - sentence.start)

    def _span_of(self, p: int, i: int) -> _Span | None:
        sentence = self.sentences[i]
        best, best_overlap = None, 0
        for span in self.spans[p]:
            overlap = min(span.end, sentence.end) - max(span.start, sentence.start)
            if overlap > best_overlap:
                best, best_overlap = span, overlap
        return best

    def _span_speakers(self, p: int, raw: dict[int, _Frame]) -> None:
        """Give each quotation of paragraph ``p`` the speaker of the frame around it."""
        spans = self.spans[p]
        para = self.paragraphs[p]
        starts = [self.sentences[i].start for i in para]
        previous_spans = self.spans[p - 1] if p > 0 else []
        for span in spans:
            if span.speaker is not None:
                continue
            if span.continues and previous_spans and previous_spans[-1].speaker is not None:
                span.speaker, span.kind = previous_spans[-1].speaker, previous_spans[-1].kind
                continue
            for position in (span.start, span.end - 1):
                i = para[max(0, bisect_right(starts, position) - 1)]
                frame = raw.get(i)
                if frame is not None:
                    span.speaker, span.kind = frame.speaker, frame.kind
                    break
            else:
                last = para[-1]                            # '"..."' then '- Tamsin Oduya'
                between = self.text[span.end:self.sentences[last].start]
                if last in self.signatures and last in raw and not between.strip():
                    span.speaker, span.kind = raw[last].speaker, raw[last].kind
        known = None
        for span in spans:                                 # "“A,” Foley said. “B.”"
            if span.speaker is None and known is not None:
                span.speaker, span.kind = known
            elif span.speaker is not None:
                known = (span.speaker, span.kind)
        known = None
        for span in reversed(spans):                       # "“A.” “B,” Foley said."
            if span.speaker is None and known is not None:
                span.speaker, span.kind = known
            elif span.speaker is not None:
                known = (span.speaker, span.kind)

    def _previous_speaker(self, p: int, first: int) -> tuple[str, str | None] | None:
        """The last non-narrator speaker before ``first`` in this or the previous paragraph."""
        candidates = [i for i in self.paragraphs[p] if i < first]
        if candidates and self.results[candidates[-1]] is not None and self.results[candidates[-1]].voice == NARRATOR \
                and len(self.sentences[candidates[-1]].text.split()) <= 8 and candidates[-1] not in self.byline:
            last = self.sentences[candidates[-1]]          # "She laughs at that. “I did not apologise.”"
            pronoun = last.text.split(None, 1)[0]
            gesture = self._pronoun_person("f" if pronoun == "She" else "m", candidates[-1], last.start, record=False) \
                if pronoun in ("He", "She") else self._person_about(candidates[-1])
            if gesture is not None and gesture[1] == PERSON:
                return gesture
        if p > 0 and not self.headline[p - 1]:
            candidates = self.paragraphs[p - 1] + candidates
        for i in reversed(candidates):
            result = self.results[i]
            if result is not None and result.voice != NARRATOR and result.speaker:
                return result.speaker, result.kind
        if candidates and candidates[-1] not in self.byline:
            return self._person_about(candidates[-1])
        return None

    def _beat_person(self, para: list[int], orphans: list[int]) -> tuple[str, str | None] | None:
        """The one person of a short narration between a paragraph's untagged quotations:
        '"He said, 'No, Yuri.'" Kasatkin laughed, not pleasantly. "Four months later ...'."""
        for i in para:
            if orphans[0] < i < orphans[-1] and i not in orphans and self.results[i] is not None \
                    and self.results[i].voice == NARRATOR and len(self.sentences[i].text.split()) <= 8:
                person = self._person_about(i)
                if person is not None and person[1] == PERSON:
                    return person
        return None

    def _person_about(self, i: int) -> tuple[str, str | None] | None:
        """The one person sentence ``i`` names as a subject (or "he"/"she" opening it), if only one.

        "Now 71, Sablin remembers those months." then an unattributed
        quotation: the quotation is his.
        """
        found = set()
        sentence = self.sentences[i]
        if sentence.text.startswith(("He ", "She ")) and i > 0 and i - 1 not in self.byline \
                and not self.headline[self._para_of[i - 1]]:
            return self._person_about(i - 1)               # "He was one of the first ..."
        opened = OPENING_CLAUSE_PRONOUN.match(sentence.text)
        if opened is not None:                             # "Asked whether ..., she pauses."
            word = opened.group("pronoun").casefold()
            return self._pronoun_person("f" if word == "she" else "m", i,
                                        sentence.start + opened.start("pronoun"), record=False)
        for mention in self.mentions(i):
            if mention.kind in (PERSON, TITLE) and not mention.governed and not mention.possessive:
                resolved = self._resolve(mention, i, mention.start, record=False)
                if resolved and resolved[1] == PERSON:
                    found.add(resolved[0])
        return (found.pop(), PERSON) if len(found) == 1 else None

    def _settle(self, pending: _Orphans | None, following: tuple | None) -> None:
        """Decide the speaker of waiting unattributed quotations from the next paragraph.

        ``following`` is (speaker, kind, again) of the next paragraph's first
        frame, or None. Returns None: nothing is left waiting.
        """
        if pending is None:
            return None
        previous = pending.previous
        choice = previous
        if following is not None and following[0] and following[0] != _FIRST_PERSON:
            nxt = (following[0], following[1])
            again = len(following) > 2 and following[2]
            if previous is None or again or pending.runs_on:
                choice = nxt
            elif nxt[0] != previous[0] and nxt[0] in pending.quoted_before \
                    and previous[0] not in pending.quoted_before:
                choice = nxt
        for i in pending.indices:
            if choice is not None:
                self.results[i] = _Result(choice[0], DIRECT, choice[1])
                if len(self.sentences[i].text.split()) >= LONG_QUOTE_WORDS:
                    self.quoted_at_length.add(choice[0])
        return None

    # --- frames -----------------------------------------------------------------------------

    def _chosen(self, i: int) -> _Frame | None:
        """The frame that decides sentence ``i``: a trailing tag, else the first with a speaker.

        A frame inside an opening subordinate clause ("When Solberg told
        reporters ..., she was criticized ...") does not decide: the main
        clause does, and without a frame of its own it is the narrator's.
        """
        if i not in self.triggers:
            return None
        opening = self._opening_clause_end(i)
        frames = [frame for frame in self._frames(i, opening) if frame.speaker]
        if not frames:
            return None
        for frame in frames:
            if frame.tag and not (self._believes(frame) and any(f.source and f.start < frame.start for f in frames)):
                return frame
        if self.sentences[i].text.rstrip().endswith("?"):
            return None                                    # "Will Moscow accept the offer?"
        chosen = None
        for frame in frames:
            if frame.start >= opening:
                if chosen is None:
                    chosen = frame
                    if not frame.source:
                        break
                elif not self._believes(frame):
                    return frame    # "According to the Kremlin, Sedov told the leaders ...": his words
        return chosen               # "In the words of X, Moscow wants ...": X's claim about Moscow

    def _believes(self, frame: _Frame) -> bool:
        """Whether a frame's verb is one of belief or wish ("wants", "believes"), not of speech."""
        words = self.text[frame.start:frame.end].split()
        return bool(words) and VERB_BASE.get(words[0]) in BELIEF_VERBS

    def _opening_clause_end(self, i: int) -> int:
        """Where an opening subordinate clause ("When ..., ", "Although ..., ") ends; else the start."""
        sentence = self.sentences[i]
        if self.text[sentence.start:sentence.start + 1] in _NOT_SUBORDINATOR_INITIALS:
            return sentence.start
        first = WORD.match(self.text, sentence.start, sentence.end)
        if first is None or first.start() != sentence.start:
            return sentence.start
        word = first.group().casefold()
        if word not in SUBORDINATORS or word == "as":
            return sentence.start
        comma = self.text.find(",", first.end(), sentence.end)
        return sentence.start if comma == -1 else comma

    def _frames(self, i: int, opening: int) -> list[_Frame]:
        """The frames of sentence ``i`` that can decide it, with their speakers.

        After the first frame past ``opening`` (see :meth:`_chosen`) only a
        verb that can still be a closing tag is looked at: the cost of a
        sentence then grows with its attributions, not with its verbs.
        """
        verbs = self.triggers.get(i)
        if verbs is None:
            return []
        text = self.text
        sentence = self.sentences[i]
        lo, hi = sentence.start, sentence.end
        paragraph_spans = self.spans[self._paragraph_index(i)]
        spans = [s for s in paragraph_spans if s.start < hi and lo < s.end] if paragraph_spans else []

        def quoted(position: int) -> bool:
            return bool(spans) and any(s.start <= position < s.end for s in spans)

        frames: list[_Frame] = []
        decided = False
        for match in verbs:
            v_start = match.start
            if decided and len(text[match.end:hi].split()) > 8 and not text.startswith(",", match.end) \
                    and not text[max(lo, v_start - 3):v_start].rstrip().endswith((",", "”", '"')):
                continue                                   # cannot be a closing tag
            if lo <= v_start < hi and not quoted(v_start) \
                    and (v_start == 0 or not (text[v_start - 1].isalnum() or text[v_start - 1] in "'’-")):
                frame = self._verb_frame(match, lo, hi)
                if frame is not None:
                    frame.speaker, frame.kind = self._resolve_frame(frame, i, lo)
                    frames.append(frame)
                    decided = decided or (frame.speaker is not None and frame.start >= opening)
        for match in ATTITUDE.finditer(text, lo, hi) if i in self.attitude_hints else ():
            if not quoted(match.start()):
                subject = self._left_subject(lo, match.start())
                if subject is not None:
                    frames.append(_Frame(subject, match.start(), match.end(), finite=True))
        sourced = i in self.source_hints
        for match in ACCORDING_TO.finditer(text, lo, hi) if sourced else ():
            subject = self._starting(lo, match.end(), hi)
            if subject is None:                            # "According to him, ..."
                pronoun = OBJECT_PRONOUN.match(text, match.end(), hi)
                if pronoun is not None:
                    subject = Mention(match.end(), pronoun.end("pronoun"), PRONOUN_KIND,
                                      OBJECT_PRONOUNS[pronoun.group("pronoun").casefold()])
            if subject is not None and subject.possessive and PRESS_OFFICE.match(text, subject.end, hi):
                subject = replace(subject, possessive=False)   # "according to the ministry's press office"
            if subject is not None and subject.possessive:
                # "The US withdrew, citing Russia's deployment": a reason the clause's subject gave.
                cited = match.group().startswith(("citing", "Citing"))
                reason = self._clause_subject(lo, match.start()) if cited and \
                    text[lo:match.start()].rstrip().endswith(",") else None
                if reason is not None and not reason.possessive:
                    frames.append(_Frame(reason, match.start(), match.end(), finite=True))
                subject = None
            if subject is None:                            # "according to people familiar with the talks"
                subject = _group_mention(SOURCE_PHRASE.match(text, match.end(), hi))
            document = SOURCE_DOCUMENT.match(text, match.end(), hi) if subject is None else None
            if document is not None:                       # "according to a survey by the ... Institute"
                subject = self._starting(lo, document.end(), hi)
            if subject is None:                            # "according to a confidential NATO assessment"
                subject = self._lone_document(lo, match.end(), hi)
            if subject is not None and not quoted(match.start()):
                frames.append(_Frame(subject, match.start(), match.end(),
                                     tag=self._is_tag(lo, hi, match.start(), subject.end), source=True))
        for match in QUOTED_AS_SAYING.finditer(text, lo, hi) if text.find("quot", lo, hi) != -1 else ():
            if not quoted(match.start()):                  # "Tass quoted an unnamed official as saying ..."
                subject = self._quoted_person(lo, match.start("who"), match.end("who"))
                if subject is not None:
                    frames.append(_Frame(subject, match.start(), match.end(), finite=True))
        for match in POSSESSIVE_SOURCE.finditer(text, lo, hi) if sourced else ():
            if not quoted(match.start()):                  # "In her view, ...": she is the source
                pronoun = match.group("pronoun").casefold()
                subject = Mention(match.start("pronoun"), match.end("pronoun"), PRONOUN_KIND,
                                  {"his": "he", "her": "she", "their": "they"}[pronoun])
                frames.append(_Frame(subject, match.start(), match.end(), source=True))
        # "As Young (2009) argues, ...": only where such a verb is, since " as " is everywhere.
        as_clause = sourced or ((text.find("As ", lo, hi) != -1 or text.find(" as ", lo, hi) != -1)
                                and any(VERB_BASE.get(m.word.split()[0]) in AS_CLAUSE_VERBS
                                        or m.word.startswith("point") for m in verbs))
        for match in AS_PUT_IT.finditer(text, lo, hi) if as_clause else ():
            subject = self._starting(lo, match.start("subject"), hi)
            if subject is not None and subject.end == match.end("subject") and not quoted(match.start()):
                frames.append(_Frame(subject, match.start(), match.end(), tag=True))
        for span in spans:
            if lo < span.end <= hi and span.closed:
                dash = DASH_ATTRIBUTION.match(text, span.end, hi)
                subject = self._starting(lo, dash.end(), hi) if dash else None
                if subject is not None and len(text[subject.end:hi].split()) <= 8:
                    frames.append(_Frame(subject, span.end, dash.end(), tag=True))
        if i in self.colon_leads:                          # "Rantanen again, asked about ...: “...”"
            who = self.colon_leads[i]
            frames.append(_Frame(who, who.start, who.end, colon=True))
        if i in self.signatures:                           # it looks back: "again" settles what it closes
            signer = self.signatures[i]
            frames.append(_Frame(signer, lo, signer.end, tag=True, again=True))
        for frame in frames:
            if frame.speaker is None and frame.kind is None:
                frame.speaker, frame.kind = self._resolve_frame(frame, i, lo)
        frames.sort(key=lambda f: f.start)
        return frames

    def _unnamed_office(self, head: str, before: int) -> tuple[int, str] | None:
        """Where and for whom an unnamed holder of an office ("a NATO official") was last given as
        a speaker before ``before``, named by the same head noun."""
        for position, noun, speaker in reversed(self._offices_named):
            if position < before and noun == head:
                return position, speaker
        return None

    def _named_in_next(self, mention: Mention, i: int) -> Person | None:
        """Who an unnamed title in a story's lead stands for, when the next paragraph names him:
        "A senior Russian general told senators ..." then "General Viktor Sokolov, ..., said"."""
        article = self.text[max(0, mention.start - 4):mention.start].split()
        if not article or article[-1].casefold() not in ("a", "an"):
            return None
        p = self._para_of[i]
        if p != self._first_body or p + 1 >= len(self.paragraphs):
            return None
        limit = self.sentences[self.paragraphs[p + 1][-1]].end
        return self.people.named_after(mention.titles, mention.end, limit)

    def _quoted_person(self, lo: int, start: int, end: int) -> Mention | None:
        """Who an agency quoted, named in ``text[start:end]``: a name, "him", or an unnamed source."""
        pronoun = OBJECT_PRONOUNS.get(self.text[start:end].casefold())
        if pronoun is not None:
            return Mention(start, end, PRONOUN_KIND, pronoun)
        found = self._starting(lo, start, end)
        if found is not None and found.end == end and not found.possessive:
            return found
        words = self.text[start:end].split()
        while words and words[0].casefold() in ("a", "an", "the", "one", "unnamed"):
            words.pop(0)
        if words and _head_noun(" ".join(words).split(" of ")[0]) in GROUP_WORDS:
            return Mention(start, end, GROUP_KIND, " ".join(words))
        return None

    def _resolve_frame(self, frame: _Frame, i: int, lo: int) -> tuple[str | None, str | None]:
        # In ", he argued," the words before the tag are what he says, not who he is.
        before = lo if frame.tag and frame.subject.kind == PRONOUN_KIND else None
        if self._ours(frame.subject) and (self._believes(frame) or ATTITUDE.match(self.text, frame.start)):
            return _FIRST_PERSON, None                     # "our experts believe": the speaker's own claim
        return self._resolve(frame.subject, i, frame.start, before=before, speaking=True) or (None, "")

    def _starting(self, lo: int, position: int, hi: int) -> Mention | None:
        """The mention starting at ``position``: a named one, else a pronoun, group or title."""
        found = named_starting_at(self.text, position, hi, lo, self.table, self._is_common_word)
        return found if found is not None else mention_starting_at(self.text, position, hi, self.table)

    def _ending(self, lo: int, position: int) -> Mention | None:
        """The mention ending at ``position``: a named one, else a pronoun, group or title."""
        found = named_ending_at(self.text, lo, position, self.table, self._is_common_word)
        return found if found is not None else mention_ending_at(self.text, lo, position, self.table)

    def _paragraph_index(self, i: int) -> int:
        return self._para_of[i]

    def _verb_frame(self, match, lo: int, hi: int) -> _Frame | None:
        text = self.text
        verb = match.word
        first = verb.split(None, 1)[0]
        base = VERB_BASE.get(first, first)
        v_start, v_end = match.start, match.end
        before = text[max(lo, v_start - 30):v_start].rsplit(None, 2)   # only the last two words are read
        if before and before[-1] in AUX_LAST_WORDS and (first.endswith("ing") or before[-1] == "to"):
            aux = AUX_BEFORE_VERB.search(text, max(lo, v_start - 80), v_start)
            if aux is not None:                            # "has spent a decade | warning that"
                v_start = aux.start()
                before = text[max(lo, v_start - 30):v_start].rsplit(None, 2)
        subject_end = v_start
        if before and before[-1][0].islower() and (text.find(" I ", max(lo, v_start - 60), v_start) != -1
                                                   or text.find(" we ", max(lo, v_start - 60), v_start) != -1):
            contact = CONTACT_CLAUSE.search(text, max(lo, v_start - 60), v_start)
            if contact is not None and _unnamed_source(text, lo, v_start) is None:
                # "a senior diplomat I have known for years | put it", but "Diplomats I have spoken to" is whole
                subject_end = contact.start()
                before = text[max(lo, subject_end - 30):subject_end].rsplit(None, 2)
        given = GIVEN_NAME.search(text, max(lo, subject_end - 90), subject_end) \
            if text.find(" gave ", max(lo, subject_end - 90), subject_end) != -1 else None
        unnamed = None                                     # "People familiar with the matter said"
        # "Ryabov smiled and said that ...": the subject of the verb before "and".
        shared_and = None
        if len(before) >= 2 and before[-1] == "and" and before[-2].endswith("ed") and before[-2].isalpha() \
                and before[-2].islower():
            shared_and = self._left_subject(lo, text.rfind(before[-2], lo, v_start))
            if shared_and is not None and (shared_and.kind not in (PERSON, TITLE, BODY) or shared_and.possessive):
                shared_and = None
        if before and given is None:
            word = before[-1]
            elided = (word in ("but", "and") and len(before) >= 2 and before[-2].endswith(",")) or shared_and is not None
            if word[0].islower() and word.isalpha() and not self._may_end_subject(word) and not elided \
                    and " who " not in text[max(lo, v_start - 90):v_start]:
                unnamed = _unnamed_source(text, lo, v_start) or self._anaphoric_source(lo, v_start) \
                    or (self._issuer(lo, v_start) if word in DOCUMENT_NOUNS else None)
                if unnamed is None:
                    return None                            # "the report", "its support": a noun here
        needs, refuses = VERB_NEEDS_NEXT.get(base), VERB_NOT_NEXT.get(base)
        if needs is not None or refuses is not None:
            following = _next_word(text, v_end, hi).casefold()
            if needs is not None and following not in needs:
                rest = text[v_end:min(hi, v_end + 60)].lstrip()
                inverted = first in INVERSION_VERBS and (
                    rest[:1] in ",.;!?“\"—–"                    # "“...,” Foley recalled."
                    or text[max(lo, v_start - 4):v_start].rstrip().endswith((",", "”", '"', "»", "—", "–")))
                quoted_after = base == "recall" and any(mark in text[v_end:hi] for mark in DOUBLE_QUOTES)
                if not rest.startswith(":") and not inverted and not quoted_after \
                        and not ("that" in needs and _opens_content(rest.casefold().split(None, 6)[:6])):
                    return None                            # "agreed to resume ties", "recalled its envoy"
            if refuses is not None and following in refuses:
                return None                                # "called off the talks"
        if before and before[-1] == "for" and base in ("comment", "request", "statement"):
            return None                                    # "could not be reached for comment": a noun
        if base == "ask" and text.startswith(("not to be ", "not to be\n"), v_end + 1):
            return None                                    # "who asked not to be named": no speech
        if first in ("state", "states") and _next_word(text, v_end, hi).casefold() not in ("that", ":"):
            return None                                    # "a Baltic state", "the member states met": the noun
        if base == "feel":
            following = _next_word(text, v_end, hi).casefold()
            if following in FEELING_WORDS or (following.endswith("ed") and len(following) > 4) \
                    or text[v_end:v_end + 10].casefold().split()[:2] == ["the", "same"]:
                return None                                # "Many in Moscow felt humiliated."
        if first == "welcome" and text[v_end:v_end + 1] in (".", "!", ",") \
                and text[max(lo, v_start - 2):v_start].rstrip().endswith(","):
            return None                                    # "Ambassador, welcome.": a greeting
        last = before[-1].casefold() if before else ""
        if base in FUTURE_EVENT_VERBS and last in _FUTURE_OR_INFINITIVE and not self._reports_content(v_end, hi):
            return None                                    # "Voronov will comment further on Friday"
        if last in MODALS_BEFORE_VERB and (last not in FUTURE_MARKERS or not self._reports_content(v_end, hi)):
            return None                                    # "NATO should state ...", "The Kremlin will say no"
        if last in NEGATIONS_BEFORE_VERB and base in FUTURE_EVENT_VERBS and not self._reports_content(v_end, hi):
            return None                                    # "The Kremlin did not comment."
        if base in WITHHELD_VERBS and (last in NEGATIONS_BEFORE_VERB or (
                last == "to" and len(before) >= 2 and before[-2].casefold() in REFUSAL_WORDS)) \
                and _next_word(text, v_end, hi).casefold() in WH_WORDS:
            return None                                    # "He would not say how close they came."
        if NEGATIVE_SUBJECT.match(text, lo, v_start) and not text[lo:v_start].rstrip().endswith(_TAG_PRONOUNS):
            return None                                    # "Nobody in Brussels believes ...", not "No one ..., he said"
        after = text[v_end:v_end + 20]
        obj_start = v_end + len(after) - len(after.lstrip())
        if base in VERB_NOT_BEFORE_PERSON:
            obj = named_starting_at(text, obj_start, hi, lo, self.table, self._is_common_word)
            if obj is not None and obj.kind in (PERSON, TITLE) and not obj.possessive:
                return None                                # greeting or telephoning a person
        colon = ":" in text[v_end:v_end + 40] and bool(COLON_AFTER.match(text, v_end, hi))
        if base != "commit" and _is_passive(before):
            if len(before) >= 2 and before[-2].casefold() in MODALS_BEFORE_VERB:
                return None                                # "will be observed by the IMO": an event to come
            by = BY_AFTER.match(text, v_end, hi)
            subject = self._starting(lo, by.end(), hi) if by else None
            if subject is None:
                return None
            return _Frame(subject, v_start, v_end, colon=colon)
        if given is not None:                              # "a woman who gave her name as Aldona said"
            name = given.group("name")
            # The mention spans the relative clause, which is his description, not a clause of its own.
            subject = Mention(given.start(), given.end("name"), PERSON, name, tuple(name.split()))
        else:
            subject = shared_and or self._left_subject(lo, subject_end)
        if subject is None:
            subject = unnamed or _unnamed_source(text, lo, v_start) or self._anaphoric_source(lo, v_start)
        finite = subject is not None
        tag = False
        if subject is None and first.endswith("ing") and text[lo:v_start].rstrip().endswith(","):
            subject = self._clause_subject(lo, v_start)
        if subject is None and before and before[-1] in ("but", "and") and len(before) >= 2 \
                and before[-2].endswith(",") and (first in ("said", "told") or first.endswith("ed")):
            shared = self._clause_subject(lo, v_start)     # "The envoy declined to say ..., but said"
            if shared is not None and shared.kind in (PERSON, TITLE, BODY):
                subject = shared
        if subject is None and first in INVERSION_VERBS \
                and text[max(lo, v_start - 4):v_start].rstrip().endswith((",", "”", '"', "»", "—", "–", "-")):
            obj = self._starting(lo, obj_start, hi)          # "“...,” said Foley"
            if obj is not None and not obj.possessive and (obj.kind in (PERSON, TITLE, BODY, GROUP_KIND)
                                                          or obj.text == PERSON_PRONOUN):
                subject, tag = obj, True
        if subject is None:
            return None
        if not tag:
            tag = self._is_tag(lo, hi, min(subject.start, v_start), max(subject.end, v_end))
        gap = text[subject.end:v_start].casefold().split() if subject.end <= v_start else []
        again = base in AGAIN_VERBS or any(word.strip(",") in AGAIN_WORDS for word in gap)
        return _Frame(subject, v_start, v_end, tag=tag, colon=colon, again=again, finite=finite)

    def _anaphoric_source(self, lo: int, position: int) -> Mention | None:
        """The unnamed source that "the person", "one of them" or "another" before ``position`` points at."""
        words = self.text[max(lo, position - 20):position].split()
        if not words or words[-1].casefold() not in ANAPHORIC_LAST_WORDS:
            return None                                    # most subjects: no need to try the pattern
        match = ANAPHORIC_SOURCE.search(self.text[lo:position])   # a slice: "^" is the sentence's start
        if match is None:
            return None
        found = self._recent_source(self._sentence_at(lo), None)
        if found is None:
            return None
        return Mention(lo + match.start(), position, GROUP_KIND, found[0])

    def _lone_document(self, lo: int, start: int, hi: int) -> Mention | None:
        """A document named as a source with no author after it: its issuer when named before its
        noun ("a confidential NATO assessment": NATO), else the document ("internal document")."""
        document = LONE_DOCUMENT.match(self.text, start, hi)
        if document is None:
            return None
        head = _before_space(self.text, start, document.start("noun"))
        issuer = self._ending(start, head) if head > document.start("words") else None
        if issuer is not None and issuer.kind in (BODY, PERSON) and not issuer.governed:
            return replace(issuer, start=document.start(), end=document.end(), possessive=False)
        if document.group().startswith(("the ", "The ")):  # "according to the assessment": the one just named
            issuer = self._issuer_before(self._sentence_at(start), document.start(), document.start(), document.end())
            if issuer is not None:
                return issuer
        words = [w for w in document.group("phrase").split() if w.casefold() not in DOCUMENT_SECRECY]
        return Mention(document.start(), document.end(), GROUP_KIND, " ".join(words))

    def _issuer(self, lo: int, position: int) -> Mention | None:
        """Who issued the document that "the statement" before ``position`` names, if the text just said.

        "NATO has now issued a short statement. ..., the statement says.": NATO.
        """
        text = self.text
        subject = DOCUMENT_SUBJECT.search(text, max(lo, position - 40), position)
        if subject is None or not (text[lo:subject.start()].strip() == ""
                                   or text[lo:subject.start()].rstrip().endswith((",", "”", '"'))):
            return None
        return self._issuer_before(self._sentence_at(lo), subject.start(), subject.start("phrase"), position)

    def _issuer_before(self, i: int, before: int, start: int, end: int) -> Mention | None:
        """Who issued the document last named before ``before`` (sentence ``i`` and the five before
        it), as a mention placed at ``start``-``end``: "a NATO statement", "a statement from the Kremlin"."""
        text = self.text
        for j in range(i, max(-1, i - 6), -1):
            sentence = self.sentences[j]
            nouns = list(DOCUMENT_NOUN.finditer(text, sentence.start, before if j == i else sentence.end))
            if not nouns:
                continue
            q, noun_end = nouns[-1].span()
            issued = ISSUED_BEFORE.search(text, max(sentence.start, q - 60), q)
            issuer = self._left_subject(sentence.start, issued.start()) if issued else None
            if issuer is None:                             # "a statement from the Kremlin"
                after = DOCUMENT_FROM.match(text, noun_end, sentence.end)
                issuer = self._starting(sentence.start, after.end(), sentence.end) if after else None
            if issuer is None:                             # "NATO's statement", "a NATO statement"
                found = self._ending(sentence.start, _before_space(text, sentence.start, q))
                issuer = replace(found, possessive=False) if found is not None and found.kind in (BODY, PERSON) \
                    else None
            if issuer is None or issuer.possessive or issuer.kind not in (BODY, PERSON, TITLE, GENERIC_KIND):
                continue                                   # "The 22-page document ...": look further back
            return replace(issuer, start=start, end=end, governed=False)
        return None

    def _recent_source(self, i: int, head: str | None) -> tuple[str, int] | None:
        """The unnamed source last given as a speaker before sentence ``i`` (its head noun ``head``), and where.

        "..., a senior alliance official acknowledged." then "..., the official
        said.": the same official, not a named spokesperson met earlier.
        """
        oldest = self._para_of[i] - SOURCE_LOOKBACK_PARAGRAPHS
        for j in range(i - 1, -1, -1):
            if self._para_of[j] < oldest:
                break
            result = self.results[j]
            if result is not None and result.voice == NARRATOR and head is not None and j >= i - 2:
                # "A senior Foreign Ministry official, speaking on condition of anonymity, was blunter."
                # then '"...," the official said': the one just described, though he said nothing yet.
                sentence = self.sentences[j]
                described = self._starting(sentence.start, sentence.start, sentence.end)
                if described is not None and described.kind == GROUP_KIND and not described.possessive \
                        and described.text.split()[-1].casefold() == head:
                    return described.text, sentence.start
            if result is None or result.voice == NARRATOR or result.kind != GROUP_KIND or not result.speaker:
                continue
            last = result.speaker.split()[-1].casefold()
            if head is None or last in (head, head + "s"):
                return result.speaker, self.sentences[j].start
        return None

    def _reports_content(self, position: int, hi: int) -> bool:
        """Whether a reporting verb ending at ``position`` is followed by what was said."""
        rest = self.text[position:hi]
        if ":" in rest or any(mark in rest for mark in DOUBLE_QUOTES):
            return True
        return _opens_content(rest.casefold().split())

    def _may_end_subject(self, word: str) -> bool:
        """Whether a lower-case word right before a verb can end its subject or the gap before it."""
        return (word in SUBJECT_GAP_WORDS or word in PASSIVE_AUXILIARIES or word in SUBJECT_END_WORDS
                or (word.endswith("ly") and len(word) > 4) or word in self.table.lower_last_words
                or word in EMPLOYER_PLACES)

    def _by_seniority(self, mention: Mention) -> str | None:
        """ "The younger Kuzmin" of two Kuzmins named in full: the son, or the one with fewer years.

        Told by where each is first named: "Jaan's father, Andres Tamm", "Daniel Stone, the
        colonel's son", "Artyom Kuzmin, 34" beside "Igor Kuzmin, 68". Undecided without such a cue.
        """
        word = self.text[max(0, mention.start - 12):mention.start].split()[-1:]
        if not word or word[0].casefold() not in SENIORITY_WORDS:
            return None
        owners = [person for person in self.people.full_forms(mention.name) if person.positions]
        if len(owners) != 2:
            return None
        first, second = (self._seniority_cue(person) for person in owners)
        if first is None and second is not None and abs(second) == PARENT_RANK:
            first = -second                                # the son's father, the father's son
        if second is None and first is not None and abs(first) == PARENT_RANK:
            second = -first
        if first is None or second is None or first == second:
            return None
        elder, younger = (owners[0], owners[1]) if first > second else (owners[1], owners[0])
        return (younger if word[0].casefold() == "younger" else elder).canonical

    def _seniority_cue(self, person: Person) -> int | None:
        """Where a person stands among relatives: PARENT_RANK for a father, minus it for a son, else the age."""
        position = person.positions[0]
        end = position + len(" ".join(person.name))
        around = (self.text[max(0, position - 40):position] + " " + self.text[end:end + 30]).casefold()
        kin = SENIORITY_KIN.search(around)
        if kin is not None:
            return PARENT_RANK if kin.group() in ("father", "mother") else -PARENT_RANK
        age = STATED_AGE.match(self.text, end)
        return int(age.group(1)) if age is not None else None

    def _is_tag(self, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether text[start:end] is an attribution tag closing or interrupting the sentence."""
        before = self.text[lo:start].rstrip()
        words = before.rsplit(None, 3)
        while len(words) > 1 and (words[-1].casefold() in GROUP_MODIFIERS or words[-1].casefold() in SENIORITY_WORDS):
            words.pop()                                    # '"...," a senior U.S. diplomat said'
            before = " ".join(words)
        if not before or not before.endswith((",", "”", '"', "»", "—", "–")):
            return False
        after = self.text[end:hi].strip()
        if after.startswith(","):
            return True
        words = after.rstrip(".!?”\"").split()
        return len(words) <= 6 and "that" not in (w.casefold() for w in words) and ":" not in after

    def _left_subject(self, lo: int, position: int) -> Mention | None:
        """The mention that is the subject of a verb at ``position``, found to its left.

        Between them only adverbs, auxiliaries, time words and up to two
        parenthetical comma phrases may stand ("Putin, in turn, expressed";
        "Foley, who met Putin on Monday, said"; "Russia, which has argued").
        """
        text = self.text
        i = position
        jumps = 0
        relative = False
        while True:
            i, saw_relative = self._skip_gap(lo, i)
            relative = relative or saw_relative
            if i > lo and text[i - 1] == ")":              # "Anatoly Gromov (no relation to the minister) demanded"
                opening = text.rfind("(", max(lo, i - 60), i - 1)
                if opening > lo and ")" not in text[opening:i - 1] and text[opening - 1].isspace():
                    i = _before_space(text, lo, opening)
                    continue
            age = AGE_AFTER_NAME.search(text, max(lo, i - 8), i) if jumps else None
            if age is not None:                            # "Henryk, 71, a retired railway worker, said"
                i = age.start()
            mention = named_ending_at(text, lo, i, self.table, self._is_common_word)
            if mention is not None and mention.governed and not relative:
                placed = self._placed_body(lo, mention)
                if placed is not None:                     # "The Russian embassy in Washington wrote"
                    return placed
                # "a spokesman for the Russian Foreign Ministry", "critics in Congress"
                mention = mention_ending_at(text, lo, i, self.table, employer=mention) or mention
            elif mention is None:
                mention = mention_ending_at(text, lo, i, self.table) or self._at_a_place(lo, i)
            if mention is not None:
                if mention.possessive:
                    return None
                if mention.kind == PRONOUN_KIND or not mention.governed or relative:
                    return mention
                return None
            if i <= lo or text[i - 1] not in ",(–—":
                return self._relative_subject(lo, position) if jumps == 0 else None
            if relative:
                return self._ending(lo, _before_space(text, lo, i - 1))
            if jumps >= 2:
                return None
            opener = max(text.rfind(",", lo, i - 1), text.rfind("(", lo, i - 1),
                         text.rfind("–", lo, i - 1), text.rfind("—", lo, i - 1))
            if opener < 0 or len(text[opener + 1:i - 1].split()) > 20:
                return None
            inner_end = _before_space(text, opener, i - 1)
            named = named_ending_at(text, lo, inner_end, self.table, self._is_common_word)
            if named is not None and named.kind == PERSON and all(
                    _is_title_word(word) for word in text[opener + 1:named.start].split()):
                return named                               # "A spokeswoman, (Maj. Gen.) Claire Dumont, said"
            i = opener
            jumps += 1

    def _placed_body(self, lo: int, place: Mention) -> Mention | None:
        """The body before "in"/"at" and a place: "Russia's embassy in Tallinn", "the ministry in Moscow"."""
        glue = EMPLOYER_GLUE.search(self.text, max(lo, place.start - 6), place.start)
        if glue is None or glue.group("glue") not in ("in", "at"):
            return None
        head = self._ending(lo, glue.start())     # also a title: "A NATO spokesman in Brussels said"
        if head is None or head.kind not in (BODY, GENERIC_KIND, TITLE) or head.governed or head.possessive:
            return None
        return head

    def _at_a_place(self, lo: int, end: int) -> Mention | None:
        """A source placed at a body's building: "a senior official at NATO headquarters"."""
        words = self.text[max(lo, end - 20):end].split()
        if not words or words[-1].casefold() not in EMPLOYER_PLACES:
            return None
        place = _before_space(self.text, lo, end - len(words[-1]))
        employer = named_ending_at(self.text, lo, place, self.table, self._is_common_word)
        if employer is None or not employer.governed or employer.possessive:
            return None
        glue = EMPLOYER_GLUE.search(self.text, max(lo, employer.start - 12), employer.start)
        if glue is None or glue.group("glue") not in ("at", "in", "from"):
            return None
        head = self._ending(lo, glue.start())
        if head is None or head.kind not in (GROUP_KIND, TITLE) or head.possessive:
            return None
        surface = " ".join(self.text[head.start:end].split())
        if head.kind == TITLE:                             # "a spokesman at NATO headquarters" speaks for NATO
            return replace(head, end=end, text=surface, titles=head.titles | employer.titles,
                           body=head.body or employer.body or employer.text)
        return Mention(head.start, end, GROUP_KIND, surface, governed=head.governed)

    def _relative_subject(self, lo: int, position: int) -> Mention | None:
        """The subject before a restrictive "who" clause: "A diplomat who attended the meeting said"."""
        text = self.text
        clause = text[max(lo, position - 90):position]
        who = clause.rfind(" who ")
        if who == -1 or any(ch in clause[who:] for ch in ",;:\"“”("):
            return None
        end = position - len(clause) + who
        subject = self._ending(lo, end)
        if subject is None or subject.possessive or subject.governed or subject.kind == PRONOUN_KIND:
            return None
        return subject

    def _skip_gap(self, lo: int, i: int) -> tuple[int, bool]:
        """Move left from ``i`` over adverbs, auxiliaries and time words; say if "which"/"who" was passed."""
        text = self.text
        relative = False
        window_start = max(lo, i - 80)
        window = text[window_start:i]
        j = len(window.rstrip())
        last = window.rsplit(None, 1)
        if not last or not _is_gap_word(last[-1]):
            return window_start + j, False                 # most verbs: the subject is right there
        words = window.split()
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            # "Mr. Long said": after an abbreviated title a capitalised gap word is a name, not "long".
            named = word[0].isupper() and k > 0 and words[k - 1].rstrip(".").casefold() in ABBREVIATED_TITLES
            if named or not _is_gap_word(word):
                break
            relative = relative or word.casefold() in ("which", "who")
            j = len(window[:j - len(word)].rstrip())
        return window_start + j, relative

    def _clause_subject(self, lo: int, position: int) -> Mention | None:
        """The subject of the clause a participle (", stating that ...") hangs from."""
        text = self.text
        dateline = DATELINE_AGENCY.match(text[lo:position]) if text[lo:lo + 2].isupper() else None
        if dateline is not None:                           # "BRUSSELS, Aug 27 (EuroWire) - NATO has ..."
            lo += dateline.end()
        comma = text.rfind(",", lo, position)
        start = max(text.rfind(";", lo, comma), text.rfind(":", lo, comma), lo)
        named = find_mentions(text, lo, comma, self.table, self._is_common_word)
        return first_subject(text, start, comma, named, self.table)

    def _subordinate(self, i: int, frame: _Frame) -> bool:
        """Whether the frame sits in a subordinate clause whose main clause is someone else's."""
        if frame.tag or not frame.finite:
            return False
        text = self.text
        lo = self.sentences[i].start
        before = frame.subject.start                        # the last clause break before the subject:
        start = max(text.rfind(",", lo, before), text.rfind(";", lo, before), text.rfind(":", lo, before),
                    text.rfind("(", lo, before), text.rfind("—", lo, before), text.rfind("–", lo, before)) + 1
        start = max(start, lo)
        lead = WORD.findall(text, start, frame.subject.start)
        relative = False
        if start > lo and 1 <= len(lead) <= 4:
            folded = [word.casefold() for word in lead]
            # "..., the military commentator Timofei Greshnev argued": the words are his title.
            titled = frame.subject.kind == PERSON and (folded[-1] in TITLE_WORDS or folded[-1] in GROUP_SINGULAR)
            # "..., the official news agency Tass said": the words say what the body is.
            titled = titled or (frame.subject.kind == BODY and folded[-1] in ORGANISATION_WORDS)
            relative = (len(lead) >= 2 and folded[0] in RELATIVE_OPENERS and not titled
                        and not all(word in GROUP_MODIFIERS for word in folded))
            # "..., under which NATO promised ...", "..., in whose name Moscow agreed that ...";
            # but "his interview with the BBC, in which Putin said ..." is Putin's speech.
            relative = relative or ((folded[0] in RELATIVE_PRONOUNS or folded[0] in PREPOSITIONS)
                                    and not RELATIVE_PRONOUNS.isdisjoint(folded)
                                    and not any(word.casefold() in SPEECH_NOUNS for word
                                                in WORD.findall(text, max(lo, start - 80), start)[-8:]))
        if relative:
            # "..., a move Russia's Defence Ministry called "dangerous."": the frame
            # describes an object of the main clause, which decides.
            subject = first_subject(text, lo, start, find_mentions(text, lo, start, self.table,
                                                                   self._is_common_word), self.table)
            resolved = self._resolve(subject, i, subject.start) if subject is not None else None
            return not resolved or resolved[0] != frame.speaker
        if not SUBORDINATOR.search(text, lo, frame.subject.start):
            return False
        words = list(WORD.finditer(text, start, frame.subject.start))
        cut = None
        for n, word in enumerate(words):
            if n >= 2 and word.group().casefold() in SUBORDINATORS:
                cut = word.start()
        if cut is None:
            return False
        subject = first_subject(text, start, cut, find_mentions(text, lo, cut, self.table, self._is_common_word),
                                self.table)
        if subject is None:
            return True
        resolved = self._resolve(subject, i, subject.start)
        return not resolved or resolved[0] != frame.speaker

    # --- who a mention is -----------------------------------------------------------------

    def _resolve(self, mention: Mention, i: int, position: int, record: bool = True,
                 before: int | None = None, speaking: bool = False):
        """(speaker, kind) for a mention in sentence ``i``, or None when it names no one.

        A pronoun looks for its person only before ``before`` when given;
        ``speaking``: the mention is the subject of a reporting frame.
        """
        if mention.appositive_of is not None:
            mention = mention.appositive_of
        kind = mention.kind
        if kind == PERSON:
            ranked = self._by_seniority(mention) if len(mention.name) == 1 else None
            if ranked is not None:
                return ranked, PERSON
            if len(mention.name) == 1 and mention.titles <= PLAIN_ADDRESS and i > 0 and self.results[i - 1] is not None \
                    and (speaking or self.sentences[i - 1].paragraph == self.sentences[i].paragraph):
                # "Gromov said" after the minister Igor Gromov spoke, though Anatoly Gromov was named since;
                # but a new paragraph's narration ("Asked about this, Orlov smiled.") means the Orlov
                # named first, not the namesake quoted just before.
                previous = self.results[i - 1].speaker
                owners = [person.canonical for person in self.people.full_forms(mention.name)]
                if len(owners) > 1 and previous in owners:
                    return previous, PERSON
            person = self.people.person(mention.name, mention.start, mention.gender, mention.titles)
            return (person.canonical if person else " ".join(mention.name)), PERSON
        if kind == TITLE:
            if mention.text.startswith(("Its ", "Their ")):   # "Its spokesman said": the body "it" is
                body = self._pronoun_body(i, mention.start)
                if body is not None and body[1] == BODY:
                    return self._government(body[0], i), BODY
            gender = mention.gender or self._gender_after(i, mention)
            person = self.people.by_title(mention.titles, mention.start, gender) or self._named_in_next(mention, i)
            if person is not None:
                return person.canonical, PERSON
            if mention.body:                               # "the representative of the Russian Federation"
                speaker = self._government(mention.body, i)
                # "a senior NATO official": the article before the title's modifiers says it is unnamed
                words = self.text[max(0, mention.start - 40):mention.start].split()[-3:]
                modifiers = []
                while words and words[-1].casefold() in UNNAMED_MODIFIERS:
                    modifiers.insert(0, words.pop())
                unnamed = bool(words) and words[-1].casefold() in ("a", "an", "one")
                if unnamed and _head_noun(mention.text) not in BODY_VOICE_TITLES:   # a source, not the body's voice
                    speaker = " ".join(modifiers + self.text[mention.start:mention.end].split())
                if unnamed and record:
                    self._offices_named.append((mention.start, _head_noun(mention.text), speaker))
                return speaker, OFFICE_KIND
            office = self._unnamed_office(_head_noun(mention.text), mention.start)
            if office is not None:                         # "A senior Russian general said" then "the general said"
                return office[1], OFFICE_KIND
            return mention.text, TITLE
        if kind == BODY:
            owner = self._apostrophe_owner(mention)
            return owner or self._government(mention.body or mention.text, i), BODY
        if kind == GROUP_KIND:
            if self.about_nato and _bare_group(mention.text) in ALLIANCE_GROUPS:
                return "NATO", BODY                        # "NATO allies said in a joint statement"
            head = mention.text.split()[-1].casefold() if mention.text.split() else ""
            if head in ROLE_KINDS and self.text[max(0, mention.start - 4):mention.start].casefold() == "the ":
                person = self.people.by_title(frozenset({head}), mention.start)
                source = self._recent_source(i, head)
                if source is not None and (person is None or source[1] > max(
                        q for q in person.positions if q < mention.start)):
                    return source[0], GROUP_KIND           # "the official said": the unnamed one just quoted
                office = self._unnamed_office(head, mention.start)
                if office is not None and (person is None or office[0] > max(
                        q for q in person.positions if q < mention.start)):
                    return office[1], OFFICE_KIND          # "A NATO official said ..." then "the official said"
                if person is not None:                     # "the diplomat stressed": the one just named
                    return person.canonical, PERSON
            return _without_article(mention.text), GROUP_KIND
        if kind == GENERIC_KIND:
            state = self._state_named(i, mention.start) if _organ(mention.text)[1] else None
            if state is not None:                          # "..., the foreign ministry said"
                return state, BODY
            return self._pronoun_body(i, position) or (mention.text, GROUP_KIND)
        word = mention.text
        if word in ("i", "we"):
            return _FIRST_PERSON, None
        gloss = PRONOUN_GLOSS.match(self.text, mention.end)
        if gloss:
            chunk = classify_chunk(gloss.group(1), self.table)
            if chunk is not None and chunk.kind == PERSON:
                person = self.people.person(chunk.name, mention.start)
                return (person.canonical if person else " ".join(chunk.name)), PERSON
        if word in ("he", "she", PERSON_PRONOUN):
            gender = "f" if word == "she" else "m" if word == "he" else None
            return self._pronoun_person(gender, i, mention.start if before is None else before, record)
        return self._pronoun_body(i, mention.start)

    def _apostrophe_owner(self, mention: Mention) -> str | None:
        """The state owning a ministry named after a bare apostrophe ("Belarus' Defence Ministry"),
        which the capitalised chunk leaves out."""
        if mention.start < 3 or self.text[mention.start - 1] != " " or self.text[mention.start - 2] not in "'’" \
                or not _organ(mention.body or mention.text)[1]:
            return None
        word = self.text[max(0, mention.start - 30):mention.start - 2].split()
        if not word or not word[-1].endswith("s"):
            return None
        owner = self.table.lookup.get(normalize_alias(word[-1]), word[-1])
        return owner if owner.casefold() in STATE_NAMES else None

    def _gender_after(self, i: int, mention: Mention) -> str | None:
        """The gender of the first "he" or "she" after a title in its paragraph: whom the title means."""
        end = self.sentences[self.paragraphs[self._para_of[i]][-1]].end
        match = GENDERED_PRONOUN.search(self.text, mention.end, end)
        return None if match is None else ("f" if match.group().casefold() in ("she", "her") else "m")

    def _government(self, body: str, i: int) -> str:
        """The state a ministry named without its country speaks for ("the Foreign Ministry" -> Russia).

        The state is the one named in sentence ``i`` (a subject first), else
        in the nearest sentence before it that names one; ``body`` as it is
        when the document names none.
        """
        owner, organ = _organ(body)
        if owner is not None:                              # "Ministry of Foreign Affairs of Norland"
            return self.table.lookup.get(normalize_alias(owner), owner)
        if not organ:
            return body
        return self._state_named(i) or body

    def _state_named(self, i: int, before: int | None = None) -> str | None:
        """The state a ministry in sentence ``i`` belongs to, as :meth:`_government` says.

        With ``before`` (where the ministry is named), a nationality earlier in
        its sentence also says: "Romanian navy divers defused a mine, the
        defence ministry said" (its navy, army, forces at work).
        """
        if self.statement is not None and self.statement[1] == BODY:
            return self.statement[0]                       # the statement's own ministry
        for j in range(i, max(-1, i - STATE_LOOKBACK), -1):
            states = [m for m in self.mentions(j) if m.kind == BODY and m.body
                      and m.body.casefold() in STATE_NAMES]
            free = [m for m in states if not m.governed and not m.possessive]   # not "Riga's policies"
            if free or (states and j < i):
                return (free or states)[0].body
            if j == i and before is not None:
                words = self.text[self.sentences[i].start:before].split()
                for k, word in enumerate(words[:-1]):
                    country = NATIONALITY_COUNTRIES.get(word.casefold()) if word[:1].isupper() else None
                    # its own forces at work, not "The Russian chargé d'affaires has been summoned"
                    if country is not None and country.casefold() in STATE_NAMES \
                            and words[k + 1].casefold() in STATE_AGENT_NOUNS:
                        return country
        return None

    def _pronoun_person(self, gender: str | None, i: int, position: int, record: bool):
        """The person "he" or "she" stands for: the previous sentence's speaker, else the last named."""
        def fits(g: str | None) -> bool:
            return gender is None or g is None or g == gender

        # Within a quotation opened in an earlier sentence ('"Russia has done everything. The
        # responsibility lies with Washington," he said.'), the sentence before it is what went before.
        opened = self._quote_opened(i)
        previous = self.results[opened - 1] if opened > 0 else None
        if previous is not None and previous.kind == PERSON and previous.speaker \
                and previous.voice != NARRATOR and fits(self.people.gender_of(previous.speaker)):
            return self._bind(previous.speaker, gender, record)
        # The unnamed speaker just quoted, unless this sentence names a person before the pronoun:
        # "the representative of X said ... . ..., he said."; "A city official said ... . Most, she said, ..."
        unnamed = previous is not None and previous.voice != NARRATOR and bool(previous.speaker) and (
            previous.kind == OFFICE_KIND
            or (previous.kind == GROUP_KIND and _head_noun(previous.speaker) in GROUP_SINGULAR))
        if unnamed and not any(m.kind == PERSON and m.end <= position for m in self.mentions(i, position)):
            return previous.speaker, previous.kind
        paragraph = self.sentences[i].paragraph
        fronted = self._fronted_phrase_end(i, position)
        # A person after a preposition ("talks with Putin") is passed over, unless no one else
        # fits: "I have been speaking to Colonel Kalnins. ... he told me."
        for governed_too in (False, True):
            for j in range(i, -1, -1):
                if paragraph - self.sentences[j].paragraph > 3:
                    break
                if self.headline[self._paragraph_index(j)]:
                    continue
                for mention in reversed(self.mentions(j, position if j == i else None)):
                    if (j < i or mention.end <= position) and mention.kind in (PERSON, TITLE) \
                            and (not (mention.governed or (j == i and mention.start < fronted))
                                 or (governed_too and len(mention.name) >= 2)) \
                            and not mention.possessive \
                            and mention.text not in self.agencies:
                        resolved = self._resolve(mention, j, mention.start, record=False)
                        if resolved and resolved[1] == PERSON and fits(self.people.gender_of(resolved[0])) \
                                and not self._bare_word(mention, resolved[0]):
                            return self._bind(resolved[0], gender, record)
        return None

    def _fronted_phrase_end(self, i: int, position: int) -> int:
        """Where an opening prepositional phrase of sentence ``i`` ends before ``position``
        ("In a 2009 interview with the historian X, he ..."); else the sentence's start."""
        sentence = self.sentences[i]
        first = WORD.match(self.text, sentence.start, position)
        if first is None or first.group().casefold() not in FRONTED_PREPOSITIONS:
            return sentence.start
        comma = self.text.rfind(",", first.end(), position)
        return sentence.start if comma == -1 else comma

    def _quote_opened(self, i: int) -> int:
        """The sentence in which the quotation running into sentence ``i`` opened; else ``i``."""
        start = self.sentences[i].start
        for span in self.spans[self._para_of[i]]:
            if span.start < start < span.end:
                return max(self.paragraphs[self._para_of[i]][0], self._sentence_at(span.start))
        return i

    def _bare_word(self, mention: Mention, speaker: str) -> bool:
        """A lone capitalised word no one in the document is known by: "Siauliai", "Maine", not "Hope"."""
        return len(mention.name) == 1 and not mention.titles and " " not in speaker \
            and self.people.gender_of(speaker) is None and not self.people.full_forms(mention.name)

    def _bind(self, speaker: str, gender: str | None, record: bool):
        if record and gender is not None:
            person = self.people.by_canonical(speaker)
            if person is not None and person.gender is None:
                person.gender = gender
        return speaker, PERSON

    def _pronoun_body(self, i: int, position: int):
        """The body or group "it" or "they" stands for, if the text just named one."""
        previous = self.results[i - 1] if i > 0 else None
        if previous is not None and previous.voice != NARRATOR and previous.kind in (BODY, GROUP_KIND):
            return previous.speaker, previous.kind
        for j in (i, i - 1):
            if j < 0:
                continue
            for mention in reversed(self.mentions(j, position if j == i else None)):
                if (j < i or mention.end <= position) and mention.kind == BODY and not mention.governed \
                        and not mention.possessive:
                    return mention.body or mention.text, BODY
        if self.text[position:position + 4].casefold() == "they" and i > 0:
            previous = self.sentences[i - 1]         # "... criticized by hawks. They argued ..."
            groups = [mention_ending_at(self.text, previous.start, match.end(), self.table)
                      for match in GROUP_NOUN.finditer(self.text, previous.start, previous.end)]
            groups = [group for group in groups if group is not None and group.kind == GROUP_KIND]
            if groups:
                return groups[-1].text, GROUP_KIND
        return None


_FUTURE_OR_INFINITIVE = FUTURE_MARKERS | INFINITIVE_MARKERS
# First characters no subordinator opens with (ASCII only: casefolding elsewhere is not so simple).
_NOT_SUBORDINATOR_INITIALS = frozenset(chr(c) for c in range(128)) - frozenset(
    "".join(SUBORDINATORS) + "".join(SUBORDINATORS).upper())


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split()).upper()


def _is_gap_word(word: str) -> bool:
    """Whether ``word`` may stand between a subject and its verb: an adverb, auxiliary or time word."""
    bare = word.casefold()
    # An adverb in "-ly", but not a capitalised word: "Vitaly insists", "Healy said".
    return (bare in SUBJECT_GAP_WORDS or bare in CONTRACTED_GAP_WORDS
            or (bare.endswith("ly") and len(bare) > 4 and bare.isalpha() and word[0].islower())
            or (word[0] == "(" and CITATION_YEAR.fullmatch(word) is not None))   # "Young (2009) argues"


def _is_title_word(word: str) -> bool:
    """Whether ``word`` is a title or an abbreviated rank: "Maj.", "Gen.", "Colonel", "retired"."""
    bare = word.rstrip(".").casefold()
    return bare in TITLE_WORDS or bare in TITLE_SYNONYMS or bare == "retired"


_AFTER_HEAD_NOUN = PREPOSITIONS | {"who", "which", "that"}


def _head_noun(group: str) -> str:
    """The head noun of a loose group, lower case: "representative of the Russian Federation" -> "representative"."""
    words = group.casefold().split()
    for k, word in enumerate(words):
        if k and word in _AFTER_HEAD_NOUN:
            return words[k - 1]
    return words[-1] if words else ""


def _before_space(text: str, lo: int, i: int) -> int:
    """``i`` moved left over whitespace, not past ``lo``."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _without_article(group: str) -> str:
    """An unnamed source as a speaker: without its article, so that "A second diplomat" and "a second
    diplomat" are one speaker (ANNOTATION.md: unnamed sources as they appear, without the article)."""
    article, _, rest = group.partition(" ")
    if article.casefold() in ("one", "another"):           # "One Western diplomat", but "One of them"
        return rest if rest and not rest.startswith("of ") else group
    return rest if rest and article.casefold() in ("a", "an", "the") else group


def _bare_group(text: str) -> str:
    bare = " ".join(text.split()).casefold()
    return bare[4:] if bare.startswith("the ") else bare


@lru_cache(maxsize=4096)
def _organ(body: str) -> tuple[str | None, bool]:
    """(the state a ministry's name gives, whether it is a ministry or government without one)."""
    owned = GOVERNMENT_OF.match(body)
    if owned is not None:
        return owned.group("state") or owned.group("owner"), True
    return None, bool(GOVERNMENT_ORGAN.match(body))


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's final punctuation (inside or outside a closing quote).

    'Kremlin warns of "consequences"' ends with a quotation mark but no stop:
    a headline.
    """
    text = text.rstrip()
    if text[-1:] in CLOSE_DOUBLE or text[-1:] == '"':
        inner = text[:-1].rstrip()
        return bool(inner) and not inner[-1].isalnum()
    return text[-1:] in TERMINAL_PUNCTUATION


def _is_listing(rest: str, table: AliasTable) -> bool:
    """Whether the words after a turn label are only a name, with a title: "Oona Fair, NATO Spokesperson.".

    Also a name alone, titles and brackets aside: "Witness: Major (retired) Hugh Stan."
    """
    name, comma, role = PAREN_REMARK.sub("", rest).strip().rstrip(".;").partition(",")
    if not all(word[:1].isupper() or word in ROLE_GLUE_WORDS for word in name.split()):
        return False                                       # "My guests are ...": a sentence, not a name
    chunk = classify_chunk(clean_name(name), table)
    return chunk is not None and chunk.kind == PERSON and len(chunk.name) >= 2 and (not comma or _is_role(role))


def _is_role(role: str) -> bool:
    """Whether the words after a turn label's comma are a title ("Kremlin spokesman"), not a clause."""
    words = role.replace(",", " ").split()
    has_title = False
    for word in words:
        bare = word.strip(".()’'").casefold()
        if bare in TITLE_WORDS or bare in ORGANISATION_WORDS:
            has_title = True
        elif not (word[0].isupper() or word[0].isdigit() or bare in ROLE_GLUE_WORDS or bare in NATIONALITIES):
            return False
    return has_title


def _group_mention(match) -> Mention | None:
    """The loose group a pattern's ``group`` matched, as a mention."""
    if match is None:
        return None
    return Mention(match.start("group"), match.end("group"), GROUP_KIND, " ".join(match.group("group").split()))


def _unnamed_source(text: str, lo: int, end: int) -> Mention | None:
    """An unnamed source ending right before a verb at ``end``: "People familiar with the matter",
    "A second diplomat", also after a short opening phrase ("In Washington, a senior official
    briefing reporters")."""
    found = _unnamed_source_at(text, lo, end)
    if found is None:
        comma = text.find(",", lo, min(end, lo + 40))
        if comma != -1 and len(text[lo:comma].split()) <= 4:
            found = _unnamed_source_at(text, comma + 1, end)
    return found


def _unnamed_source_at(text: str, lo: int, end: int) -> Mention | None:
    # Both patterns name their noun among the first words: most subjects fail this cheap test.
    words = [word.casefold().lstrip("“\"‘'") for word in text[lo:end].split(None, 6)[:6]]
    if not words:
        return None
    postmodified = POSTMODIFIED_GROUP.match(text, lo, end) if not UNNAMED_SOURCE_HEADS.isdisjoint(words) else None
    if postmodified is None and words[0] in COUNTED_SOURCE_OPENERS:
        return _group_mention(COUNTED_SOURCE.match(text, lo, end))
    return _group_mention(postmodified)


def _opens_content(words: list[str]) -> bool:
    """Whether lower-cased ``words`` hold a "that" opening what was said.

    Not "about that night" or "later that year", where "that" points at a time.
    """
    return any(word == "that" and (k == 0 or words[k - 1] not in PREPOSITIONS | THAT_NOT_AFTER)
               and (k + 1 == len(words) or words[k + 1].strip(".,;") not in TIME_NOUNS)
               for k, word in enumerate(words))


def _is_passive(before: list[str]) -> bool:
    """Whether a verb after the words ``before`` follows a form of "be" ("was announced", "is widely seen")."""
    if not before:
        return False
    last = before[-1] if not (before[-1].endswith("ly") and len(before) > 1) else before[-2]
    return last.casefold() in PASSIVE_AUXILIARIES


def _next_word(text: str, position: int, hi: int) -> str:
    i = position
    while i < hi and text[i].isspace():
        i += 1
    j = i
    while j < hi and (text[j].isalnum() or text[j] in "-'’"):
        j += 1
    return text[i:j]


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (case-sensitive)."""
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        pos = text.find(word, pos + 1)
    return False
