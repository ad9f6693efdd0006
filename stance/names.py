"""Who a sentence can name: people, titles, bodies, groups and pronouns.

Speaker attribution (stance/attribute.py) asks this module three things:

* the mentions in a stretch of text (:func:`find_mentions`), or the one that
  ends or starts at a given place (:func:`named_ending_at`,
  :func:`mention_ending_at`, ...), each classified as a ``person`` ("NATO
  Secretary General Jaap de Hoop Scheffer"), a ``title`` standing for a
  person ("the State Department spokesman"), a ``body`` ("the Kremlin" ->
  Russia), a loose ``group`` ("Putin's political rivals"), a ``generic``
  body ("the government") or a ``pronoun``;
* :class:`People` - the people of one document with the fullest form of each
  name (titles removed), their titles and, where known, their gender;
* the author of a document, from its byline (:func:`find_author`).

It also holds what works across documents: the alias table
(:func:`load_aliases`) and :func:`link_speakers`.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from .errors import Problem, StanceError
from .resources import (
    ABBREVIATED_TITLES, ABOUT_AUTHOR, AGE_NOUN, APPOSITIVE_ROLE, APPOSITIVE_TITLE, ARTICLES, AUTHOR_HEADING,
    AUTHOR_JOB_WORDS, AUTHOR_LINE_WORDS, BIO_LINE, BIO_START, BIO_VERB, BIO_WRITES, BYLINE, BYLINE_LEADS,
    BYLINE_PLACE, BYLINE_SEPARATOR, CAPITAL_ALIASES, CHUNK, CITATION_AFTER_NAME, COUNTRIES, DEFAULT_ALIASES,
    DOCUMENT_TITLE_NOUNS, EMPLOYER_GLUE, FEMALE_FIRST_NAMES, FEMALE_TITLES, FIRST_PERSON_OUTSIDE,
    GENERIC_BODY_END, GENERIC_LAST_WORDS, GROUP_NOUN, GROUP_PREFIX, GROUP_SINGULAR, GROUP_WORDS,
    HEADLINE_HONORIFICS, LOWER_CHUNK_WORDS, LOWER_INSTITUTIONS, LOWER_TITLE_CHUNK, MALE_FIRST_NAMES,
    MALE_TITLES, MODIFIED_NOUNS, MULTI_CAP, NAME_COMMA_LINE, NAME_LINE, NAME_PARTICLES, NAME_PIPE_LINE,
    NAME_PLACE_LINE, NAME_ROLE_LINE, NATIONALITIES, NATIONALITY_COUNTRIES, NOT_NAME_WORDS, OFFICE_AIDE,
    ORDINAL_WORDS, ORGANISATION_WORDS, OUTLET_WORDS, PAREN_OFFICE, PARTY_MEMBER, PARTY_NAMES, PICTURE_CREDIT,
    PLACE_SURNAMES, POST_NOMINALS, PREPOSITIONS, PRONOUNS, QUANTIFIER_BEFORE, QUANTIFIER_SUBJECTS,
    QUOTED_PASSAGE, RANK_PREFIX, REPORTS_FROM, ROLE_KINDS, TITLE_BEFORE_COMMA, TITLE_BEFORE_COMMA_CAPITALISED,
    TITLE_GLUE_WORDS, TITLE_HEADS, TITLE_SYNONYMS, TITLE_TIME_WORDS, TITLE_WORDS, UNNAMED_BEFORE_CHUNK,
    VAGUE_GROUP_NOUNS, WITNESS_LINE, WORD, WRITING_CREDIT,
)

# --- Aliases ---------------------------------------------------------------------


class AliasFileError(StanceError):
    """An alias file cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def normalize_alias(name: str) -> str:
    """The lookup key of an alias: case folded, spaces collapsed, no leading "the"."""
    key = " ".join(name.split()).casefold()
    return key[4:] if key.startswith("the ") else key


def load_aliases(path: str | Path, *, replace: bool = False) -> dict[str, str]:
    """Read an alias file and return the alias table to give to attribution.

    The file is UTF-8 CSV with two columns, ``alias,canonical``, one alias a
    line, for example ``the Elysee,France``. A first line ``alias,canonical``
    is a header; blank lines and lines starting with ``#`` are skipped.
    Aliases match whole capitalised names without regard to case or a
    leading "the"; an alias written all in lower case (``the alliance``)
    also matches in running lower-case text.

    Parameters
    ----------
    path : file to read.
    replace : if true the file is the whole table; by default it extends
        (and may override) ``DEFAULT_ALIASES``.

    Raises
    ------
    AliasFileError
        The file is missing or unreadable, or a line is not two non-empty
        fields; every bad line is listed as ``file:line: reason``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise AliasFileError([Problem(str(path), None,
                                      f"cannot read the alias file ({reason}); give a UTF-8 CSV "
                                      "file of alias,canonical lines")]) from None
    table: dict[str, str] = {} if replace else dict(DEFAULT_ALIASES)
    problems: list[Problem] = []
    seen_content = False
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in row]
        if not seen_content and [f.casefold() for f in fields] == ["alias", "canonical"]:
            seen_content = True
            continue
        seen_content = True
        if len(fields) != 2:
            problems.append(Problem(str(path), number,
                                    f"expected 2 fields (alias,canonical), found {len(fields)}; "
                                    "quote an alias that contains a comma"))
        elif not fields[0] or not fields[1]:
            problems.append(Problem(str(path), number,
                                    "empty alias or canonical name; write alias,canonical"))
        else:
            table[fields[0]] = fields[1]
    if problems:
        raise AliasFileError(problems)
    return table


@dataclass(frozen=True, eq=False)   # identity hash: tables are made once per alias mapping
class AliasTable:
    """An alias table ready for lookups: normalised keys, and the lower-case phrases."""

    keys: tuple[tuple[str, str], ...]
    lower_phrases: tuple[tuple[str, str], ...]
    lower_last_words: frozenset[str] = frozenset()
    capitalized_phrases: tuple[str, ...] = ()   # each lower phrase opening a sentence: "The alliance"

    @property
    def lookup(self) -> dict[str, str]:
        return _lookup(self)


@lru_cache(maxsize=64)
def _lookup(table: AliasTable) -> dict[str, str]:
    return dict(table.keys)


def alias_table(aliases: Mapping[str, str] | None) -> AliasTable:
    """The :class:`AliasTable` for ``aliases`` (``None``: the default table)."""
    if aliases is None:                                    # the common case, once per document
        return _default_alias_table()
    return _alias_table(tuple(sorted(aliases.items())))


@lru_cache(maxsize=1)
def _default_alias_table() -> AliasTable:
    return _alias_table(tuple(sorted(DEFAULT_ALIASES.items())))


@lru_cache(maxsize=64)
def _alias_table(items: tuple[tuple[str, str], ...]) -> AliasTable:
    keys = tuple((normalize_alias(alias), canonical) for alias, canonical in items)
    lower = tuple((" ".join(alias.split()), canonical) for alias, canonical in items
                  if alias.strip() and alias == alias.lower() and any(c.isalpha() for c in alias))
    return AliasTable(keys, lower, frozenset(phrase.split()[-1] for phrase, _ in lower),
                      tuple(phrase[:1].upper() + phrase[1:] for phrase, _ in lower))


# --- Mentions ----------------------------------------------------------------------

PERSON, TITLE, BODY, GROUP_KIND, PRONOUN_KIND = "person", "title", "body", "group", "pronoun"
PERSON_PRONOUN = "person"  # a pronoun-like noun of either gender: "the 68-year-old"
GENERIC_KIND = "generic"   # "the government": a body named by its kind, resolved from context


@dataclass(frozen=True, slots=True)
class Chunk:
    """What a capitalised chunk is, independent of where it stands."""

    kind: str
    name: tuple[str, ...] = ()        # a person's name tokens, titles removed
    titles: frozenset[str] = frozenset()
    body: str | None = None           # canonical body (a body, or a title's employer)
    text: str = ""                    # surface form without article, for titles and bodies
    gender: str | None = None


@dataclass(slots=True)
class Mention:
    """A mention in a document: where it is and what it is."""

    start: int
    end: int
    kind: str
    text: str
    name: tuple[str, ...] = ()
    titles: frozenset[str] = frozenset()
    body: str | None = None
    gender: str | None = None
    possessive: bool = False
    governed: bool = False            # object of a preposition, or a modifier of a noun
    appositive_of: "Mention | None" = None


def _bare(token: str) -> str:
    return token.rstrip(".").casefold()


def _is_name_token(token: str, lookup: Mapping[str, str]) -> bool:
    if not token[0].isupper() or "/" in token or any(ch.isdigit() for ch in token):
        return False
    bare = _bare(token)
    letters = token.replace(".", "").replace("-", "")
    if len(letters) >= 2 and letters.isupper():
        return False                                      # an acronym: NATO, BBC, FP
    if len(letters) == 1:
        return True                                       # an initial: Frank T. Csongos
    if bare.endswith("s") and bare[:-1] in NATIONALITIES:
        return False                                      # "Russians", "Europeans"
    if token.endswith(".") and bare in ABBREVIATED_TITLES:
        return False                                      # "Cmdr.", "Sgt.": a rank, not a name
    if bare.endswith(("ly", "wards")) and len(bare) > 4 and not _is_first_name(token):
        return False                                      # "Afterwards Markevich", "Separately, ..."
    if "-" in bare and all(part in TITLE_WORDS for part in bare.split("-")):
        return False                                      # "Lieutenant-General", "Vice-Admiral": a rank
    return not (bare in TITLE_WORDS or bare in NATIONALITIES or bare in ORGANISATION_WORDS
                or bare in COUNTRIES or bare in NOT_NAME_WORDS or bare in lookup)


def _is_ly_surname(token: str, before: str, lookup: Mapping[str, str]) -> bool:
    """A last word in "-ly" after a name or a title is a surname: "Oliver Healy", "Mr Tessaly".

    Alone, such a word is taken for an adverb ("Separately, ..."); after a
    name or title an adverb would have been written in lower case.
    """
    bare = _bare(token)
    if not (token[0].isupper() and token[1:].islower() and bare.endswith("ly")):
        return False
    return _is_name_token(before, lookup) or _bare(before) in TITLE_WORDS


def _is_first_name(token: str) -> bool:
    bare = _bare(token)
    return bare in FEMALE_FIRST_NAMES or bare in MALE_FIRST_NAMES


def _name_suffix(tokens: list[str], lookup: Mapping[str, str]) -> int:
    """Index where the personal name at the end of ``tokens`` starts (len: no name).

    A listed first name counts as a name before a surname even when it is
    also a place or a title word ("Sofia Lindqvist", "Georgia Reyes").
    """
    i = len(tokens)
    while i > 0:
        token = tokens[i - 1]
        if _is_name_token(token, lookup) or (i < len(tokens) and token[0].isupper() and _is_first_name(token)) \
                or (i == len(tokens) >= 2 and _is_ly_surname(token, tokens[i - 2], lookup)) \
                or (i == len(tokens) >= 2 and _bare(token) in PLACE_SURNAMES and _is_first_name(tokens[i - 2])):
            i -= 1
        elif token in NAME_PARTICLES and i < len(tokens) and i >= 2 and _is_name_token(tokens[i - 2], lookup):
            i -= 1
        else:
            break
    while i < len(tokens) and (tokens[i] in NAME_PARTICLES or len(tokens[i].rstrip(".")) == 1):
        i += 1                                            # a name starts with a word, not "de" or "T."
    return i


def _find_body(tokens: list[str], lookup: Mapping[str, str]) -> str | None:
    """The canonical body named by the longest run of ``tokens`` in the alias table."""
    n = len(tokens)
    for size in range(n, 0, -1):
        for i in range(0, n - size + 1):
            key = normalize_alias(" ".join(tokens[i:i + size]))
            if key in lookup and (size == n or key not in CAPITAL_ALIASES):
                return lookup[key]
    return None


def _gender(name: tuple[str, ...], titles: Iterable[str]) -> str | None:
    titles = set(titles)
    if titles & FEMALE_TITLES:
        return "f"
    if titles & MALE_TITLES:
        return "m"
    if len(name) >= 2:
        first = name[0].casefold()
        if first in FEMALE_FIRST_NAMES:
            return "f"
        if first in MALE_FIRST_NAMES:
            return "m"
    return None


def _title_set(words: Iterable[str]) -> frozenset[str]:
    out = set()
    for word in words:
        bare = _bare(word)
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if bare in ("the", "a", "an", "of", "for") or bare in TITLE_TIME_WORDS:
            continue
        out.add(bare)
    return frozenset(out)


def _same_office(titles: Iterable[str]) -> set[str]:
    """Title words with synonyms merged, for matching ("spokeswoman" is "spokesman")."""
    return {TITLE_SYNONYMS.get(title, title) for title in titles}


_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")


# Bounded small on purpose: the caches fill on any corpus of a few MB, so
# memory stays the same from 10 MB to 100 MB (experiments/README.md).
@lru_cache(maxsize=4096)
def classify_chunk(chunk: str, table: AliasTable) -> Chunk | None:
    """What a capitalised chunk (article and possessive removed) stands for, or None."""
    lookup = table.lookup
    tokens = chunk.split()
    if not tokens:
        return None
    if len(tokens) == 1 and _LOWER_AFTER_HYPHEN.search(chunk) and chunk not in lookup and _bare(chunk) not in TITLE_WORDS:
        return None                                        # "Soviet-bloc", "Kremlin-backed": an adjective
    if len(tokens) > 2 and tokens[-1] in POST_NOMINALS:   # "Mr Anthony Rowe QC", "Sir Ian Bell MP"
        return classify_chunk(" ".join(tokens[:-1]), table)
    key = normalize_alias(chunk)
    if key in lookup:
        return Chunk(BODY, body=lookup[key], text=chunk)
    if key in PARTY_NAMES:                                 # "The Conservatives said", "the Tories"
        return Chunk(BODY, body=PARTY_NAMES[key], text=chunk)
    if tokens[0] in ("Republican", "Democrat", "Independent") and PARTY_MEMBER.fullmatch(chunk):
        return None                                        # "Democrat of Rhode Island": an appositive
    owner, possessive = _split_possessive(tokens[0])
    if possessive and len(tokens) > 1 and normalize_alias(owner) in lookup \
            and all(_bare(t) in ORGANISATION_WORDS or _bare(t) in TITLE_WORDS for t in tokens[1:]) \
            and not any(_bare(t) in TITLE_HEADS for t in tokens[1:]):
        return Chunk(BODY, body=lookup[normalize_alias(owner)], text=chunk)   # "Russia's Defence Ministry"
    owners = [k for k, token in enumerate(tokens[:-1]) if token.endswith(("'s", "’s"))]
    if owners and len(tokens) - owners[-1] > 2:
        # "Russia's Sergei Lavrin", "the Northern Review's Daniel Frost": the person after the owner.
        owned = classify_chunk(" ".join(tokens[owners[-1] + 1:]), table)
        if owned is not None and owned.kind == PERSON:
            return owned
    if len(tokens) > 1 and tokens[-1] in LOWER_INSTITUTIONS:
        # "the Russian embassy said": the government, as it was before the lower-case institution
        # joined chunks to let "a U.S. embassy spokesman" be one title. "Romania's defence
        # ministry" is left to the owner's reading (see mention_ending_at).
        if any(_split_possessive(token)[1] for token in tokens):
            return None
        return classify_chunk(" ".join(tokens[:-1]), table)
    if len(tokens) <= 4 and _bare(tokens[-1]) in DOCUMENT_TITLE_NOUNS:
        return None                                        # "Joint Statement", "Press Release": a document
    cut = _name_suffix(tokens, lookup)
    if cut == len(tokens):
        # "David Frost of the BBC": the person is before the affiliation.
        for glue in ("of", "for"):
            if glue in tokens:
                head = tokens[:tokens.index(glue)]
                head_cut = _name_suffix(head, lookup)
                if head_cut < len(head):
                    name = tuple(head[head_cut:])
                    titles = _title_set(head[:head_cut] + tokens[tokens.index(glue) + 1:])
                    return Chunk(PERSON, name=name, titles=titles, gender=_gender(name, titles))
                break
    if 0 < cut < len(tokens) and "of" in tokens[1:cut]:
        # "Professor Anna Kovac of the University of Kent": a full name, then where the person works.
        head = tokens[:tokens.index("of")]
        head_cut = _name_suffix(head, lookup)
        if len(head) - head_cut >= 2 and _is_first_name(head[head_cut]) \
                and any(_bare(t) in ORGANISATION_WORDS for t in tokens[tokens.index("of") + 1:]):
            name = tuple(head[head_cut:])
            titles = _title_set(head[:head_cut])
            return Chunk(PERSON, name=name, titles=titles, gender=_gender(name, titles))
    if 0 < cut < len(tokens) and "of" in tokens[:cut] and len(tokens) - tokens.index("of") <= 3:
        # "Sen. Ellen Grant of Maine": a full name, then where the person is from.
        head = tokens[:tokens.index("of")]
        head_cut = _name_suffix(head, lookup)
        if len(head) - head_cut >= 2 and _is_first_name(head[head_cut]):
            name = tuple(head[head_cut:])
            titles = _title_set(head[:head_cut])
            return Chunk(PERSON, name=name, titles=titles, gender=_gender(name, titles))
    if 0 < cut < len(tokens) and (tokens[cut - 1] in ("for", "of") or (cut == len(tokens) - 1 and "for" in tokens)) \
            and any(_bare(t) in ORGANISATION_WORDS for t in tokens[:cut - 1]):
        return Chunk(BODY, body=chunk, text=chunk)         # "Center for Strategic Assessments", "Centre for ... Control"
    if cut < len(tokens):
        name = tuple(tokens[cut:])
        titles = _title_set(t for t in tokens[:cut] if _bare(t) not in NOT_NAME_WORDS or _bare(t) in TITLE_WORDS)
        if len(name) == 1 and titles and titles <= NATIONALITIES:
            return None                                    # "American Bradley fighting vehicles", "Russian Iskanders"
        return Chunk(PERSON, name=name, titles=titles, gender=_gender(name, titles))
    bare = [_bare(t) for t in tokens]
    body = _find_body(tokens, lookup)
    heads = [b for b in bare if b in TITLE_HEADS]
    if body is None and heads:                             # "the Russian ambassador" speaks for Russia
        countries = [NATIONALITY_COUNTRIES[b] for b in bare if b in NATIONALITY_COUNTRIES]
        if countries and normalize_alias(countries[0]) in lookup:
            body = lookup[normalize_alias(countries[0])]
    if heads:
        if heads[-1] in GROUP_SINGULAR and len(heads) == 1 and body is None:
            return Chunk(GROUP_KIND, text=chunk)
        titles = _title_set(tokens)
        return Chunk(TITLE, titles=titles, body=body, text=chunk, gender=_gender((), titles))
    if body is not None:
        return Chunk(BODY, body=body, text=chunk)
    if any(b in COUNTRIES for b in bare) and not all(b in NATIONALITIES or b in NOT_NAME_WORDS for b in bare):
        text = chunk
        while text.split()[0].casefold() in NOT_NAME_WORDS and len(text.split()) > 1:
            text = text.split(None, 1)[1]
        return Chunk(BODY, body=text, text=text)
    if any(b in ORGANISATION_WORDS for b in bare) and tokens[0][0].isupper() \
            and _bare(tokens[0]) not in NOT_NAME_WORDS:
        return Chunk(BODY, body=chunk, text=chunk)
    return None


def _word_before(text: str, lo: int, pos: int) -> str:
    """The word just before ``pos`` (not before ``lo``), skipping an article, lower-cased."""
    words = text[max(lo, pos - 30):pos].rsplit(None, 2)    # only the last two words matter
    if len(words) >= 2 and words[-1].casefold() in ("the", "a", "an"):
        words.pop()
    if not words or words[-1][-1] in ".,;:)\"”’'":
        return ""                                          # "... coming in,” Markevich replied"
    return words[-1].strip("(\"“‘'").casefold()


def _word_after(text: str, pos: int, hi: int) -> str:
    words = text[pos:min(hi, pos + 30)].split(None, 1)
    return words[0].strip(".,;:()\"“”‘’'") if words else ""


def _split_possessive(surface: str) -> tuple[str, bool]:
    if surface.endswith(("'s", "’s")):
        return surface[:-2], True
    if surface.endswith(("s'", "s’")):
        return surface[:-1], True
    return surface, False


def _chunk_mention(text: str, lo: int, hi: int, start: int, end: int, table: AliasTable,
                   is_common_word) -> Mention | None:
    """The mention of a capitalised chunk matched at ``text[start:end]`` in a sentence from ``lo``."""
    if start > lo and (text[start - 1].isalnum() or text[start - 1] in "'’."):
        return None
    if start > lo + 1 and text[start - 1] == "-" and not text[start - 2].islower():
        return None                                        # "NATO-Russia", but "then-Secretary of State"
    surface, possessive = _split_possessive(text[start:end])
    for article in ARTICLES if surface[:1] in "TtAa" else ():   # most chunks have none
        if surface.startswith(article):
            surface, start = surface[len(article):], start + len(article)
            break
    first, _, rest = surface.partition(" ")
    # "In May", "On Monday"; but "Under Secretary of State X" is an office.
    governed = _bare(first) in PREPOSITIONS and not (first == "Under" and rest.startswith("Secretary"))
    if governed:
        if not rest.strip():
            return None
        start += len(surface) - len(rest.lstrip())
        surface = rest.strip()
    return _mention(text, lo, hi, surface, start, end, possessive, governed, table, is_common_word)


def find_mentions(text: str, lo: int, hi: int, table: AliasTable,
                  is_common_word=lambda word: False) -> list[Mention]:
    """The named mentions in ``text[lo:hi]`` (from a sentence start ``lo``), in order.

    Named means capitalised chunks (people, titles, bodies) and lower-case
    aliases. Pronouns, loose groups and lower-case titles are looked for
    only where a subject can stand: see :func:`mention_ending_at`,
    :func:`mention_starting_at` and :func:`first_subject`.
    ``is_common_word(word)`` tells whether a capitalised word that opens the
    sentence is an ordinary word of the document ("Enlargement") rather than
    a name.
    """
    mentions: list[Mention] = []
    for match in CHUNK.finditer(text, lo, hi):
        mention = _chunk_mention(text, lo, hi, match.start(), match.end(), table, is_common_word)
        if mention is not None:
            mentions.append(mention)
    for phrase, canonical in table.lower_phrases:
        pos = text.find(phrase, lo, hi)
        while pos != -1:
            mention = _lower_alias(text, lo, hi, pos, phrase, canonical)
            if mention is not None:
                mentions.append(mention)
            pos = text.find(phrase, pos + len(phrase), hi)
    if len(mentions) > 1:
        mentions.sort(key=lambda m: m.start)
        _link_appositives(text, mentions)
    return mentions


def _lower_alias(text: str, lo: int, hi: int, pos: int, phrase: str, canonical: str) -> Mention | None:
    stop = pos + len(phrase)
    if (pos > lo and text[pos - 1].isalnum()) or (stop < hi and text[stop].isalnum()):
        return None
    possessive = text.startswith(("'s", "’s"), stop)
    return Mention(pos, stop + (2 if possessive else 0), BODY, phrase, body=canonical, possessive=possessive,
                   governed=_word_before(text, lo, pos) in PREPOSITIONS)


def _chunk_end(text: str, start: int, hi: int) -> int | None:
    """Where the capitalised chunk starting at ``start`` ends, through an abbreviated title: "Mr. Lund"."""
    match = CHUNK.match(text, start, hi)
    if match is None:
        return None
    end, piece = match.end(), start
    # "Mr. Lund", "Vice Adm. Klaus Richter", "Lt. Gen. Hale": on over each abbreviated title.
    while text.startswith(". ", end) and text[piece:end].rsplit(None, 1)[-1].casefold() in ABBREVIATED_TITLES:
        rest = CHUNK.match(text, end + 2, hi)
        if rest is None:
            break
        piece, end = rest.start(), rest.end()
    return end


def _chunk_starts(window: str, window_start: int, words: list[str]) -> tuple[list[int], bool]:
    """Where a capitalised chunk ending with the window's last word may start, and whether a word
    that cannot be in one was reached (else ``words`` ran out first)."""
    starts = []
    position = len(window)
    for n, word in enumerate(reversed(words)):
        position = window.rfind(word, 0, position)
        if n and word[-1] in ",;:)”\"’":
            return starts, True
        if word[0].isupper() or word in NAME_PARTICLES or word in ("of", "for", "the", "to") or word in LOWER_CHUNK_WORDS:
            starts.append(window_start + position)
        else:
            hyphen = word.rfind("-")
            if 0 < hyphen < len(word) - 1 and word[hyphen + 1].isupper():
                starts.append(window_start + position + hyphen + 1)   # "then-Secretary of State ..."
            return starts, True
    return starts, False


def named_ending_at(text: str, lo: int, end: int, table: AliasTable,
                    is_common_word=lambda word: False) -> Mention | None:
    """The named mention that ends exactly at ``end`` in the sentence starting at ``lo``, if any."""
    for (phrase, canonical), capitalized in zip(table.lower_phrases, table.capitalized_phrases):
        if text.endswith(phrase, lo, end) or text.endswith(capitalized, lo, end):
            return _lower_alias(text, lo, end, end - len(phrase), phrase, canonical)
    if end <= lo or not (text[end - 1].isalnum() or text[end - 1] == "."):
        return None
    window_start = max(lo, end - 120)
    window = text[window_start:end]
    if window[-1:].isspace():
        return None
    # Most chunks are a few words: split off the last five, and the whole window only if they all fit.
    words = window.rsplit(None, 5)
    starts, stopped = _chunk_starts(window, window_start, words[1:] if len(words) == 6 else words)
    if not stopped and len(words) == 6:
        starts, _ = _chunk_starts(window, window_start, window.split())
    for start in reversed(starts):
        if not text[start].isupper():
            continue
        if _chunk_end(text, start, end) == end:
            return _chunk_mention(text, lo, end, start, end, table, is_common_word)
    return None


def named_starting_at(text: str, start: int, hi: int, lo: int, table: AliasTable,
                      is_common_word=lambda word: False) -> Mention | None:
    """The named mention that starts exactly at ``start`` ("said Foley"), if any."""
    if start >= hi:
        return None
    if text.startswith(("the ", "The "), start) and start + 4 < hi and text[start + 4].isupper():
        start += 4                                         # "according to the Russian Foreign Ministry"
    elif text[start] in "ao":
        unnamed = UNNAMED_BEFORE_CHUNK.match(text, start, hi)
        if unnamed is not None:                            # "said a senior Russian diplomat"
            found = named_starting_at(text, unnamed.end(), hi, lo, table, is_common_word)
            return found if found is not None and found.kind in (TITLE, GROUP_KIND) else None
    if text[start].isupper():
        chunk_end = _chunk_end(text, start, hi)
        if chunk_end is None:
            return None
        if text.startswith(" and ", chunk_end) and chunk_end + 5 < hi and text[chunk_end + 5].isupper():
            joined = _chunk_end(text, chunk_end + 5, hi)   # "the Police and Border Guard Board"
            if joined is not None and _one_body(text[start:chunk_end], text[chunk_end + 5:joined], table):
                chunk_end = joined
        return _chunk_mention(text, lo, hi, start, chunk_end, table, is_common_word)
    for phrase, canonical in table.lower_phrases:
        if text.startswith(phrase, start, hi):
            return _lower_alias(text, lo, hi, start, phrase, canonical)
    return None


def _one_body(first: str, second: str, table: AliasTable) -> bool:
    """Whether "FIRST and SECOND" is one body's name ("Police and Border Guard Board"), not two
    bodies ("Russia and NATO"): neither part is a body of the alias table, and the second ends
    in a word for an organisation."""
    if normalize_alias(first) in table.lookup or normalize_alias(second) in table.lookup:
        return False
    parts = [classify_chunk(part, table) for part in (first, second)]
    return all(part is not None and part.kind == BODY and part.body not in table.lookup.values()
               and _bare(part.body.split()[-1]) not in COUNTRIES for part in parts) \
        and _bare(second.split()[-1]) in ORGANISATION_WORDS


def mention_ending_at(text: str, lo: int, end: int, table: AliasTable,
                      employer: Mention | None = None) -> Mention | None:
    """A pronoun, loose group or lower-case title ending at ``end``, if one does.

    With ``employer`` (a body mention ending at ``end``), the title that it
    completes: "a spokesman for the Russian Foreign Ministry".
    """
    if employer is not None:
        tail = EMPLOYER_GLUE.search(text, max(lo, employer.start - 12), employer.start)
        if tail is None:
            return None
        quantifier = (QUANTIFIER_BEFORE.search(text, max(lo, tail.start() - 12), tail.start())
                      if tail.group("glue") in ("in", "at", "from") else None)
        if quantifier is not None and not employer.possessive:    # "Some in Washington", "many at NATO HQ"
            return Mention(quantifier.start(), employer.end, GROUP_KIND,
                           " ".join(text[quantifier.start():employer.end].split()),
                           governed=_word_before(text, lo, quantifier.start()) in PREPOSITIONS)
        head = named_ending_at(text, lo, tail.start(), table)
        if head is not None and head.kind == PERSON and not head.possessive \
                and tail.group("glue").casefold() in ("of", "from", "at"):
            return head                                    # "Yelena Fomina of the Center for ..."
        if head is not None and head.kind == TITLE and employer.kind == PERSON and len(employer.name) >= 2 \
                and tail.group("glue") == "to" and not employer.possessive:
            # "Ambassador of the Russian Federation to Canada Yevgeny Lukin": a post, then the name
            return Mention(head.start, employer.end, PERSON, " ".join(text[head.start:employer.end].split()),
                           employer.name, head.titles | employer.titles, gender=employer.gender,
                           governed=head.governed)
        head = mention_ending_at(text, lo, tail.start(), table)
        if head is None or head.kind not in (TITLE, GROUP_KIND) or employer.possessive:
            return None
        surface = " ".join(text[head.start:employer.end].split())
        if head.kind == GROUP_KIND:                        # "critics in Congress"
            return Mention(head.start, employer.end, GROUP_KIND, surface, governed=head.governed)
        if tail.group("glue").casefold() not in ("for", "of", "to") or employer.kind != BODY:
            return None
        return Mention(head.start, employer.end, TITLE, surface,   # "a spokesman for the Russian Foreign Ministry"
                       titles=head.titles | employer.titles, body=employer.body or employer.text,
                       governed=head.governed)
    k = end
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "-"):
        k -= 1
    word = text[k:end]
    if not word:
        return None
    pronoun = PRONOUNS.get(word)
    if pronoun is not None:
        return Mention(k, end, PRONOUN_KIND, pronoun)
    if word.endswith("-year-old"):
        age = AGE_NOUN.match(text, max(lo, k - 4), end)
        if age is not None and age.end() == end:
            return Mention(age.start(), end, PRONOUN_KIND, PERSON_PRONOUN)
    if word in QUANTIFIER_SUBJECTS and not text[lo:k].strip(" \t\n\"“‘'(["):
        return Mention(k, end, GROUP_KIND, word)           # "Some will find this naive."
    bare = word.casefold()
    if bare in TITLE_HEADS and word.islower() and ("'s " in text[max(lo, k - 40):k] or "’s " in text[max(lo, k - 40):k]):
        aide = OFFICE_AIDE.search(text, max(lo, k - 80), end)
        if aide is not None:                               # "the prime minister's official spokesperson said"
            start = aide.start() + 4
            return Mention(start, end, GROUP_KIND, " ".join(text[start:end].split()).replace("’", "'"),
                           governed=_word_before(text, lo, aide.start()) in PREPOSITIONS)
    if bare in TITLE_HEADS and word.islower():
        for match in LOWER_TITLE_CHUNK.finditer(text, max(lo, k - 60), end):
            if match.end() == end:
                article, _, surface = match.group().partition(" ")
                chunk = classify_chunk(" ".join(surface.split()), table)
                if chunk is None:
                    return None
                start = match.start() + len(article) + 1
                return Mention(start, end, chunk.kind, chunk.text, titles=chunk.titles, body=chunk.body,
                               gender=chunk.gender, governed=_word_before(text, lo, match.start()) in PREPOSITIONS)
    generic = GENERIC_BODY_END.search(text, max(lo, k - 40), end) if bare in GENERIC_LAST_WORDS else None
    if generic is not None and generic.end() == end:       # "the government", "Russia's foreign ministry"
        governed = _word_before(text, lo, generic.start()) in PREPOSITIONS
        owner = generic.group("owner")
        nation = (generic.group("nation") or "").casefold()
        if nation and nation not in NATIONALITIES and nation not in NATIONALITY_COUNTRIES:
            return None                                    # "the Kremlin Embassy": not a nationality
        if owner:
            body = table.lookup.get(normalize_alias(owner), owner)
            return Mention(generic.start(), end, BODY, text[generic.start():end], body=body, governed=governed)
        if nation in NATIONALITY_COUNTRIES:                # "the Russian embassy"
            country = NATIONALITY_COUNTRIES[nation]
            body = table.lookup.get(normalize_alias(country), country)
            return Mention(generic.start(), end, BODY, text[generic.start():end], body=body, governed=governed)
        start = generic.start("body")
        return Mention(start, end, GENERIC_KIND, text[start:end].casefold(), governed=governed)
    if bare in GROUP_WORDS:
        prefix = GROUP_PREFIX.search(text, max(lo, k - 60), k)
        start = prefix.start() if prefix else k
        if bare in GROUP_SINGULAR:
            words = [w.casefold() for w in text[start:k].split()]
            ordinal = len(words) >= 2 and words[0] == "the" and words[1] in ORDINAL_WORDS
            if not words or (words[0] not in ("a", "an", "one", "another") and not ordinal):
                return None                                # but "the second panellist": a source told apart
        elif prefix is None and word[0].islower() and bare in VAGUE_GROUP_NOUNS:
            return None                                    # "its partners", "members": too vague alone
        return Mention(start, end, GROUP_KIND, " ".join(text[start:end].split()),
                       governed=_word_before(text, lo, start) in PREPOSITIONS)
    return None




def mention_starting_at(text: str, start: int, hi: int, table: AliasTable) -> Mention | None:
    """A pronoun, loose group or lower-case title starting at ``start`` ("said the minister")."""
    words = text[start:min(hi, start + 80)]
    match = LOWER_TITLE_CHUNK.match(text, start, hi)
    if match is not None:
        found = mention_ending_at(text, start, match.end(), table)
        if found is not None:
            return found                                   # else "a senior" is only the start of a group
    age = AGE_NOUN.match(text, start, hi)
    if age is not None:                                    # "says the 68-year-old": the person just named
        return Mention(start, age.end(), PRONOUN_KIND, PERSON_PRONOUN)
    head = WORD.match(text, start, hi)
    if head is None:
        return None
    if head.group() in PRONOUNS:
        return Mention(start, head.end(), PRONOUN_KIND, PRONOUNS[head.group()])
    for noun in GROUP_NOUN.finditer(text, start, min(hi, start + len(words))):
        if len(text[start:noun.start()].split()) > 3:
            break
        found = mention_ending_at(text, start, noun.end(), table)
        if found is not None and found.start == start:
            return found
    for k, word in enumerate(WORD.finditer(text, start, min(hi, start + 40))):
        if k > 3:
            break
        bare, possessive = _split_possessive(word.group())
        if bare.casefold() in GENERIC_LAST_WORDS:          # "according to the ministry": a body by its kind
            found = mention_ending_at(text, start, word.start() + len(bare), table)
            if found is not None and found.kind in (GENERIC_KIND, BODY) \
                    and text[start:found.start].strip().casefold() in ("", "the"):
                return replace(found, end=word.end(), possessive=True) if possessive else found
    return None


def first_subject(text: str, lo: int, hi: int, named: list[Mention], table: AliasTable) -> Mention | None:
    """The first mention in ``text[lo:hi]`` that can be a subject (not governed, not possessive)."""
    candidates = [m for m in named if lo <= m.start < hi]
    for word in WORD.finditer(text, lo, hi):
        for mention in candidates:
            if mention.start <= word.start() < mention.end:
                if not mention.governed and not mention.possessive:
                    return mention
                break
        else:
            found = mention_ending_at(text, lo, word.end(), table)
            if found is not None and not found.governed:
                return found
    return None


def _mention(text, lo, hi, surface, start, end, possessive, governed, table, is_common_word) -> Mention | None:
    chunk = classify_chunk(surface, table)
    if chunk is None:
        return None
    if (chunk.kind == PERSON and len(chunk.name) == 1 and " " not in surface and not governed
            and not text[lo:start].strip(" \t\n\"“‘'([")
            and (surface.endswith(("ed", "ing")) or is_common_word(surface))):
        return None                                        # "Declassified documents ...", "Enlargement ..."
    governed = governed or _word_before(text, lo, start) in PREPOSITIONS
    if not possessive and _word_after(text, end, hi).casefold() in MODIFIED_NOUNS:
        governed = True                                    # "the Clinton administration"
    return Mention(start, end, chunk.kind, chunk.text or surface, chunk.name, chunk.titles,
                   chunk.body, chunk.gender, possessive, governed)


@lru_cache(maxsize=4096)
def _person_chunk(raw: str, table: AliasTable) -> tuple[str, Chunk | None]:
    """``raw`` without possessive and article, and its chunk if it names a person."""
    surface, _ = _split_possessive(raw)
    for article in ARTICLES:
        if surface.startswith(article):
            surface = surface[len(article):]
    if surface.endswith(".") and len(surface.rsplit(None, 1)[-1]) > 3:
        surface = surface[:-1]                             # "... Minister Arkady Voronin."
    chunk = classify_chunk(" ".join(surface.split()), table)
    return surface, (chunk if chunk is not None and chunk.kind == PERSON else None)


def scan_people(text: str, spans: Iterable[tuple[int, int, bool]], table: AliasTable) -> list[Mention]:
    """The full-name mentions of people in ``text[lo:hi]`` for each span, with their titles.

    ``spans`` are (lo, hi, is_headline). Only names of two or more words,
    or with a title, are collected: they are what shorter forms and titles
    are resolved to. In a headline only a titled name or one starting with
    a known first name counts, as title case makes every phrase look like a
    name.
    """
    found = []
    for lo, hi, headline in spans:
        for match in MULTI_CAP.finditer(text, lo, hi):
            surface, chunk = _person_chunk(match.group(), table)
            if chunk is None:
                continue
            titles = chunk.titles
            before = []
            window = text[max(lo, match.start() - 60):match.start()]
            for word in reversed(window[window.rfind("\n") + 1:].split()):
                if word[-1] in ",;:.!?)”\"" or not (word[0].isupper() or word in LOWER_CHUNK_WORDS
                                                     or word in TITLE_GLUE_WORDS):
                    break
                before.append(word)                        # "Deputy Minister of Foreign Affairs of the ..."
            while before and before[-1] in TITLE_GLUE_WORDS:
                before.pop()
            if before:                                     # "State Department spokesman James Foley"
                titles = titles | _title_set(before)
            after = APPOSITIVE_TITLE.match(text, match.end(), hi) if text.startswith(",", match.end()) else None
            if after:                                      # "Foley, a State Department spokesman,"
                titles = titles | _title_set(after.group("title").split())
            role = APPOSITIVE_ROLE.match(text, match.end(), hi) if text.startswith(",", match.end()) else None
            if role:                                       # "Albers, the diplomat who serves as envoy"
                titles = titles | _title_set(role.group("title").split())
            office = PAREN_OFFICE.match(text, match.end(), hi) if "(" in text[match.end():match.end() + 3] else None
            if office and office.group("title").casefold() in TITLE_WORDS:
                titles = titles | _title_set([office.group("title")])  # "Mr Robert Grant (Chair)"
            if not before and text[max(lo, match.start() - 3):match.start()].rstrip().endswith(","):
                ahead = TITLE_BEFORE_COMMA.search(text, max(lo, match.start() - 80), match.start())
                if ahead is None and text[match.end():match.end() + 1] in (",", ".", ";", ")", ""):
                    ahead = TITLE_BEFORE_COMMA_CAPITALISED.search(text, max(lo, match.start() - 80), match.start())
                if ahead:                                  # "Germany's deputy foreign minister, Katrin Albers"
                    words = [w for w in ahead.group("title").split() if _bare(w) in TITLE_WORDS or "s" == w[-1:]]
                    titles = titles | _title_set(words)
            if len(chunk.name) < 2 and not titles:
                continue
            if headline and not (titles & (TITLE_HEADS | HEADLINE_HONORIFICS) or _is_first_name(chunk.name[0])):
                continue                                   # "Russian Willingness To Improve Ties"
            found.append(Mention(match.start(), match.end(), PERSON, surface, chunk.name, titles,
                                 gender=chunk.gender or _gender(chunk.name, titles)))
    return found


def _link_appositives(text: str, mentions: list[Mention]) -> None:
    """Mark "Foley, a State Department spokesman," so the title points at Foley."""
    for previous, current in zip(mentions, mentions[1:]):
        if previous.kind == PERSON and current.kind == TITLE and not previous.possessive:
            between = text[previous.end:current.start]
            if between.strip() in (",", ", the", ", a", ", an") or between.strip().startswith(","):
                if len(between) <= 6:
                    current.appositive_of = previous


# --- The people of one document ----------------------------------------------------


@dataclass
class Person:
    """One person of a document: the fullest name and what is known of them."""

    name: tuple[str, ...]
    titles: set[str] = field(default_factory=set)
    gender: str | None = None
    positions: list[int] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        return " ".join(self.name)


def _compatible(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` can be a shorter form of ``long`` (same surname, words in order)."""
    if short == long:
        return True
    if len(short) >= len(long) or short[-1].casefold() != long[-1].casefold():
        return False
    j = 0
    for word in short:
        while j < len(long) and not _same_word(word, long[j]):
            j += 1
        if j == len(long):
            return False
        j += 1
    return True


def _first_name_owner(name: tuple[str, ...], fulls) -> tuple[str, ...] | None:
    """The one full name among ``fulls`` whose first name ``name`` (a single word) is, if only one.

    Used where the word is no one's surname, so it can only be a first name.
    """
    if len(name) != 1 or len(name[0]) <= 1:
        return None
    owners = [full for full in fulls if len(full) >= 2 and _same_word(name[0], full[0])]
    return owners[0] if len(owners) == 1 else None


def _same_word(a: str, b: str) -> bool:
    a_bare, b_bare = a.rstrip(".").casefold(), b.rstrip(".").casefold()
    if len(a_bare) == 1 or len(b_bare) == 1:
        return a_bare[:1] == b_bare[:1]
    return a_bare == b_bare


class People:
    """The people named in one document, with each name's fullest form.

    A shorter form ("Putin", "Mr. Putin") is the fullest form that contains
    it ("Vladimir Putin") when there is one such form; when there are
    several ("Bill Clinton", "Hillary Clinton"), it is the one named most
    recently before it, and stays as written if none was.
    """

    def __init__(self, mentions: Iterable[Mention]):
        by_name: dict[tuple[str, ...], list[Mention]] = {}
        for mention in mentions:
            if mention.kind == PERSON:
                by_name.setdefault(mention.name, []).append(mention)
        names = sorted(by_name, key=lambda n: (-len(n), n))
        # _compatible needs the same surname, and _same_word lets an initial match any word
        # with its letter: looked up by surname and by letter, not against every other name.
        by_surname: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            by_surname.setdefault(name[-1].casefold(), []).append(name)
        surnames = {name[-1].rstrip(".").casefold() for name in names if len(name) >= 2}
        surname_letters = {surname[:1] for surname in surnames}
        initial_surnames = {surname for surname in surnames if len(surname) == 1}
        self._fullest: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        self._full_forms: dict[tuple[str, ...], list[Person]] = {}
        self.people: dict[tuple[str, ...], Person] = {}
        for name in names:
            longer = [other for other in by_surname[name[-1].casefold()]
                      if len(other) > len(name) and _compatible(name, other)]
            maximal = [other for other in longer
                       if not any(len(o) > len(other) and _compatible(other, o) for o in longer)]
            surname = name[-1].rstrip(".").casefold()
            if len(surname) == 1:
                shared = surname in surname_letters
            else:
                shared = surname in surnames or surname[:1] in initial_surnames
            if not maximal and not shared:
                owner = _first_name_owner(name, self.people)   # "Anna:" after "Anna Lindqvist-Maret"
                maximal = [owner] if owner is not None else []
            self._fullest[name] = maximal
            if not maximal:
                self.people[name] = Person(name)
        for name in names:
            for mention in by_name[name]:
                person = self.person(name, mention.start, mention.gender, mention.titles)
                if person is None:
                    continue
                person.titles |= mention.titles
                person.positions.append(mention.start)
                person.gender = person.gender or mention.gender
        for person in self.people.values():
            person.positions.sort()
            person.gender = person.gender or _gender(person.name, person.titles)
        # Titles are complete now; by_title and gender_of run for every title and pronoun.
        self._offices = {name: _same_office(person.titles) for name, person in self.people.items()}
        self._by_canonical: dict[str, Person] = {}
        for person in self.people.values():
            self._by_canonical.setdefault(person.canonical, person)

    def person(self, name: tuple[str, ...], position: int, gender: str | None = None,
               titles: frozenset[str] = frozenset(), recent: bool = False) -> Person | None:
        """The person a name mentioned at ``position`` stands for ("Ms Albers": one of ``gender``).

        Among several with that surname, a title the mention carries picks
        the one who holds it ("Professor Young", not "Mr Richard Young");
        else the one named first, as a writer who names a second Bell (a
        wife, a namesake) calls her by her first name from then on. With
        ``recent``, the one named last: a transcript's "DOROKHIN:" after
        the host has just introduced Pavel Dorokhin.
        """
        if name in self.people:
            return self.people[name]
        candidates = self._fullest.get(name)
        if candidates is None:
            candidates = self._fullest[name] = [full for full in self.people if _compatible(name, full)]
        if not candidates:
            owner = _first_name_owner(name, self.people)   # "Aleksei" after "Aleksei and Marju Vainikko"
            return self.people[owner] if owner is not None else None
        if len(candidates) == 1:
            return self.people.get(candidates[0])
        best, best_position = None, -1
        if gender is not None:
            fitting = [c for c in candidates
                       if (self.people[c].gender if c in self.people else _gender(c, ())) in (None, gender)]
            candidates = fitting or candidates
        if titles:
            candidates = [c for c in candidates if c in self.people and titles & self.people[c].titles] or candidates
        for candidate in candidates:
            person = self.people.get(candidate)
            earlier = [p for p in (person.positions if person else []) if p < position]
            if not earlier:
                continue
            if best is None or (earlier[-1] > best_position if recent else earlier[0] < best_position):
                best, best_position = person, earlier[-1] if recent else earlier[0]
        return best if best is not None else Person(name)  # no full form named yet: as written

    def full_forms(self, name: tuple[str, ...]) -> list[Person]:
        """The people a shorter form ("Gorelov") can stand for: every fuller name it is part of.

        Asked for each surname-only mention, so kept per name.
        """
        forms = self._full_forms.get(name)
        if forms is None:
            forms = self._full_forms[name] = [person for full, person in self.people.items()
                                              if full != name and _compatible(name, full)]
        return forms

    def by_title(self, titles: frozenset[str], position: int, gender: str | None = None) -> Person | None:
        """The person a title mention ("the secretary general") stands for, if any.

        A person fits when their titles in this document include every word
        of the mention and they are named before it (never after); among
        several, the one named most recently, of ``gender`` when it is known.
        """
        wanted = _same_office(titles)
        if not wanted or not (wanted & TITLE_HEADS):
            return None
        # "the diplomat" after "Deputy Foreign Minister Arkady Selin": a word for a kind of office.
        kinds = ROLE_KINDS.get(next(iter(wanted))) if len(wanted) == 1 else None
        before = []
        for name, person in self.people.items():
            offices = self._offices[name]
            if person.positions and person.positions[0] < position \
                    and (wanted <= offices or (kinds is not None and offices & kinds)):
                last = person.positions[bisect_left(person.positions, position) - 1]
                before.append((last, person.canonical, person))
        if gender is not None:
            before = [item for item in before if item[2].gender in (None, gender)] or before
        return max(before, key=lambda item: (item[0], item[1]))[2] if before else None

    def named_after(self, titles: frozenset[str], position: int, limit: int) -> Person | None:
        """The first person named between ``position`` and ``limit`` who holds the office that
        ``titles`` name ("A senior Russian general told ..." then "General Viktor Sokolov")."""
        heads = _same_office(titles) & TITLE_HEADS
        if not heads:
            return None
        later = [(person.positions[0], person.canonical, person) for name, person in self.people.items()
                 if person.positions and position < person.positions[0] < limit and heads <= self._offices[name]]
        return min(later, key=lambda item: (item[0], item[1]))[2] if later else None

    def gender_of(self, canonical: str) -> str | None:
        person = self._by_canonical.get(canonical)
        return person.gender if person is not None else None

    def by_canonical(self, canonical: str) -> Person | None:
        return self._by_canonical.get(canonical)


# --- The author ------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """A name as a speaker: spaces collapsed, and title case if it was all capitals."""
    name = " ".join(name.split()).strip(" ,;:")
    if name.isupper():
        name = " ".join(_capitalize_name_part(part) for part in name.split())
    return name


def _capitalize_name_part(part: str) -> str:
    """ "BROOK-ADEYEMI" -> "Brook-Adeyemi", "O'NEILL" -> "O'Neill"; initials ("J.") stay."""
    if len(part.rstrip(".")) <= 1:
        return part
    for mark in "-'’":
        if mark in part:
            return mark.join(_capitalize_name_part(piece) for piece in part.split(mark))
    return part.capitalize()


@dataclass(frozen=True)
class Byline:
    """The document's author as its byline gives it, and where the byline is."""

    name: str | None = None
    owned: frozenset[tuple[int, int]] = frozenset()   # (unit, sentence) positions of the byline
    interview: bool = False                            # "Interview by ...": the author asks the questions


def find_author(units: list[list[str]], table: AliasTable) -> Byline:
    """The document's author from its byline, and where the byline is.

    ``units`` are the document's paragraphs and lone lines, each a list of
    its sentences. Looked for, in this order: a "By ..." line (also "By X and
    Y", "Interview by", "Words by", "Reporting by", "Author: ..."), a
    "... reports from ...:" sentence, an author line at the top of the
    document ("Jonas Lindqvist | Reuters", "Dr. Svetlana Markova, Senior
    Fellow, ..." or a name alone), an "Author" heading followed by a name
    line, and an author biography in the last two thirds of the document
    ("Preeti Aroon was copy chief at ..."). An author line or biography
    counts only when its surname is named nowhere else in the document: a
    caption or a paragraph about someone in the story names them again.
    """
    texts = [" ".join(unit) for unit in units]

    def whole(*indices: int) -> frozenset[tuple[int, int]]:
        return frozenset((u, k) for u in indices for k in range(len(units[u])))

    leads = [_first_word(text) if len(text) < 160 else "" for text in texts]
    for index, text in enumerate(texts[:6]):               # "About the author: Helen Rose spent twelve years ..."
        about = ABOUT_AUTHOR.match(text) if text.lstrip()[:5].casefold() == "about" else None
        if about is not None and _is_person(about.group("name"), table):
            return Byline(_author_name(about.group("name"), table), frozenset({(index, 0)}))
    for index, text in enumerate(texts):
        writer = WRITING_CREDIT.search(text) if leads[index] in ("reporting", "additional", "writing") else None
        if writer is not None and _is_person(writer.group("name"), table):
            # "Reporting by A in Moscow; Writing by B; Editing by C": B wrote the story,
            # unless a "By A" line at its top says whose story it is.
            for top, line in enumerate(texts[:6]):
                match = BYLINE.match(line) if leads[top] == "by" and len(line.split()) <= 12 else None
                if match and _is_person(match.group("name"), table):
                    return Byline(_author_name(match.group("name"), table), whole(top, index))
            return Byline(_author_name(writer.group("name"), table), whole(index))
    # A review's "Reviewed by X" names the writer; the "By Y" above it, the book's author.
    for index in sorted(range(len(texts)), key=lambda k: leads[k] != "reviewed"):
        text = texts[index]
        if leads[index] in BYLINE_LEADS and len(text.split()) <= 20 and not text.rstrip().endswith("?") \
                and not (text.lstrip().casefold().startswith("interviewer") and leads.count(leads[index]) > 1) \
                and not (leads[index] == "questions" and (leads.count("questions") > 1 or (
                    index and WITNESS_LINE.match(texts[index - 1])))):   # an inquiry's "Questions by MR ROWE"
            # "INTERVIEWER: Dr Markova, how will Moscow read it?" is a turn, and so is every label that recurs.
            match = BYLINE.match(text)
            if match and (_is_person(match.group("name"), table)
                          or (len(text.split()) <= 6 and text.rstrip()[-1:] not in ".!?")):
                names = [_author_name(match.group("name"), table)] + _more_authors(match.group("rest"), table)
                name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                return Byline(name, whole(index), match.group("lead").casefold().startswith("interview"))
    for index, unit in enumerate(units[:6]):              # a standfirst run into its byline: "... time. Interview by X"
        last = unit[-1] if len(unit) >= 2 else ""
        match = BYLINE.match(last) if len(last.split()) <= 8 and last.rstrip()[-1:] not in ".!?:" else None
        if match and _is_person(match.group("name"), table) and not match.group("rest").strip():
            return Byline(_author_name(match.group("name"), table), frozenset({(index, len(unit) - 1)}),
                          match.group("lead").casefold().startswith("interview"))
    for index, unit in enumerate(units[:8]):              # a web page's lines: "Date 12.05.2015" / "Author X"
        for k, sentence in enumerate(unit if 2 <= len(unit) <= 4 else ()):
            match = BYLINE.match(sentence) if sentence[:6].casefold() in ("author", "byline") else None
            if match and _is_person(match.group("name"), table) and not match.group("rest").strip():
                return Byline(_author_name(match.group("name"), table), frozenset({(index, k)}))
    for index, unit in enumerate(units):
        for k, sentence in enumerate(unit):
            name = reports_from(sentence, table) if "report" in sentence else None
            if name:
                return Byline(name, frozenset({(index, k)}))
    for index in _header_block(units):
        name = _author_line(texts, index, table)
        if name:
            return Byline(name, whole(index))
    for index, text in enumerate(texts[:-1]):
        if len(text) < 30 and AUTHOR_HEADING.match(text):
            match = NAME_LINE.match(texts[index + 1])
            if match:
                name = clean_name(match.group("name"))
                owned = whole(index, index + 1)
                if index + 2 < len(texts) and texts[index + 2].startswith(name):
                    owned |= whole(index + 2)
                return Byline(name, owned)
    for index in range(len(texts) // 3, len(texts)):
        opening = texts[index][:160]
        if not _BIO_HINT.search(opening) or not BIO_START.match(opening) \
                or not BIO_VERB.search(opening):
            continue
        bio = RANK_PREFIX.sub("", texts[index], count=1)   # "Lt. Gen. (ret.) Mikhail Sharov served ..."
        match = BIO_LINE.match(bio)
        if match and _is_bio(bio):
            chunk = classify_chunk(match.group("name"), table)
            if chunk is None or chunk.kind != PERSON or len(chunk.name) < 2:
                continue
            # The writer of a first-person piece may share the surname of someone in it (a father)
            # or name himself ("General Sharov, they will say"): the bio at its end is still his.
            if _named_only_at(texts, index, chunk.name[-1]) or (index >= len(texts) - 4 and _first_person(texts)):
                return Byline(" ".join(chunk.name), whole(index))
    if len(texts) > 2:                                      # a bottom byline: "Tomas Reiher | Baltic Wire"
        name = _bottom_line(texts, table)
        if name:
            return Byline(name, whole(len(texts) - 1))
    # A signature: "— Clara Moreau", also above an affiliation and a copyright line ("Eva
    # Lindqvist" / "Uppsala University" / "© 2012 Journal of Alliance Studies").
    last = len(texts) - 1
    while last > 2 and len(texts) - last <= 2 and _is_trailer(texts[last], table):
        last -= 1
    if len(texts) > 2:
        match = NAME_LINE.match(texts[last])
        chunk = classify_chunk(match.group("name"), table) if match else None
        if chunk is not None and chunk.kind == PERSON and len(chunk.name) >= 2 \
                and _named_only_at(texts, last, chunk.name[-1]):
            return Byline(" ".join(chunk.name), whole(*range(last, len(texts))))
    return Byline()


def _first_person(texts: list[str]) -> bool:
    """Whether three or more units speak in the first person outside quotation marks."""
    return sum(FIRST_PERSON_OUTSIDE.search(QUOTED_PASSAGE.sub("", t)) is not None for t in texts) >= 3


def _is_trailer(text: str, table: AliasTable) -> bool:
    """Whether a last line is furniture under a signature: a copyright, or an affiliation (a short
    unstopped line that names no person)."""
    text = text.strip()
    if text.startswith(("©", "Copyright", "(c)")):
        return True
    words = text.split()
    if not 1 <= len(words) <= 6 or text[-1:] in ".!?:\"”" or not all(w[0].isupper() or w in ("of", "for", "and", "the")
                                                                for w in words):
        return False
    chunk = classify_chunk(clean_name(text), table)
    return chunk is None or chunk.kind != PERSON


_BIO_HINT = re.compile("|".join(re.escape(verb) for verb in (
    " is ", " was ", " has ", " writ", " cover", " taugh", " teach", " head", " direct", " lead", " serve", " work")))


def _first_word(text: str) -> str:
    """The first word of ``text``, lower case, without brackets or a colon: "by", "author"."""
    start = len(text) - len(text.lstrip(" \t\n(["))
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end].casefold()



def _more_authors(rest: str, table: AliasTable) -> list[str]:
    """The other names of a byline after its first: ", Tom Hale and Pieter Vos in Brussels"."""
    names = []
    parts = BYLINE_SEPARATOR.split(BYLINE_PLACE.sub("", rest) if rest.lstrip()[:1] in "|;(–—-" else rest)
    for part in parts[1:]:
        part = BYLINE_PLACE.sub("", part).strip()
        if not part:
            continue
        if part.split(None, 1)[0].casefold() == "with":
            break                                          # "..., with Anna Kowalska in Warsaw": who helped
        chunk = classify_chunk(clean_name(part), table)
        if chunk is None or chunk.kind != PERSON or len(chunk.name) < 2 \
                or _bare(chunk.name[-1]) in OUTLET_WORDS:
            break                                          # "..., Senior Fellow", "..., Mazury Courier"
        names.append(" ".join(chunk.name))
    return names


def _is_person(raw: str, table: AliasTable) -> bool:
    chunk = classify_chunk(clean_name(raw), table)
    return chunk is not None and chunk.kind == PERSON


def _author_name(raw: str, table: AliasTable) -> str:
    """A byline's name as a speaker: title case if shouted, titles ("Dr.") removed."""
    name = clean_name(raw)
    chunk = classify_chunk(name, table)
    if chunk is not None and chunk.kind == PERSON and len(chunk.name) >= 2:
        return " ".join(chunk.name)
    return name


def _header_block(units: list[list[str]]) -> range:
    """The units before the body of the document starts (headline, kicker, author, date), but the first.

    The body starts at the first unit of two sentences or more, or one long
    sentence with a final stop (a very long one with a question mark).
    """
    end = 0
    for index, unit in enumerate(units[:8]):
        text = " ".join(unit).strip()
        # A question can be a headline ("After the INF Treaty: is there still room for ...?"), and a
        # standfirst ends without a stop, often on a quoted word ('... claims are "fantasies"').
        stopped = text[-1:] in ".!" or (text[-1:] in "\"”" and text[-2:-1] in ".!?")
        if len(unit) >= 2 or (stopped and len(text.split()) > 12) \
                or (text[-1:] == "?" and len(text.split()) > 25):
            if index == 1 and len(unit) == 1 and len(units) > 2 and _is_short_line(units[2]):
                end = index + 1                            # a standfirst under the headline, over the author
                continue
            break
        end = index + 1
    return range(1, end)


def _is_short_line(unit: list[str]) -> bool:
    """A line of a few capitalised words and no stop: an author line, a date, a kicker."""
    text = " ".join(unit).strip()
    return len(unit) == 1 and 1 <= len(text.split()) <= 6 and text[:1].isupper() and text[-1:] not in ".!?:"


def _author_line(texts: list[str], index: int, table: AliasTable) -> str | None:
    """The author named by a top line: "X | Reuters", "X, Senior Fellow, ...", or a name alone."""
    text = texts[index].strip()
    if len(text) > 160 or text[-1:] in ".!?:":
        return None
    match = NAME_PIPE_LINE.match(text) or NAME_LINE.match(text) or NAME_PLACE_LINE.match(text) \
        or NAME_ROLE_LINE.match(text)
    if match is None:
        match = NAME_COMMA_LINE.match(text)
        words = {w.strip(",;()").casefold() for w in match.group("rest").split()} if match else set()
        if not words & AUTHOR_LINE_WORDS:
            return None
    chunk = classify_chunk(clean_name(match.group("name")), table)
    if chunk is None or chunk.kind != PERSON or len(chunk.name) < 2:
        return None
    if not _named_only_at(texts, index, chunk.name[-1]):
        return None
    return " ".join(chunk.name)


def _bottom_line(texts: list[str], table: AliasTable) -> str | None:
    """The author of a last line "Name | Outlet" or "Name, Outlet" (outlet: a short capitalised name)."""
    text = texts[-1].strip()
    if len(text) > 100 or text[-1:] in ".!?:":
        return None
    name = _author_line(texts, len(texts) - 1, table)
    if name:
        return name
    match = NAME_COMMA_LINE.match(text)
    if match is None:
        return None
    outlet = match.group("rest").split()
    if not 1 <= len(outlet) <= 5 or not all(w[0].isupper() or w in ("of", "the", "and") for w in outlet):
        return None
    chunk = classify_chunk(clean_name(match.group("name")), table)
    if chunk is None or chunk.kind != PERSON or len(chunk.name) < 2 \
            or not _named_only_at(texts, len(texts) - 1, chunk.name[-1]):
        return None
    return " ".join(chunk.name)


def _named_only_at(texts: list[str], index: int, surname: str) -> bool:
    """Whether ``surname`` occurs in no unit but ``index`` (and other byline or bio units).

    An author citing their own work ("(Marsh 2017)") names no one else.
    """
    for other, text in enumerate(texts):
        if other != index and _contains_word(text, surname, citations=False) \
                and not BYLINE.match(text) and not BIO_LINE.match(text) and not PICTURE_CREDIT.match(text):
            return False
    return True


def _contains_word(text: str, word: str, citations: bool = True) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word ("Berg", not in "Bergen"); without
    ``citations``, not counting it in a citation ("(Berg 2017)", "Berg (2017)")."""
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                and (citations or not CITATION_AFTER_NAME.match(text, end)):
            return True
        pos = text.find(word, pos + 1)
    return False


def _is_bio(unit: str) -> bool:
    words = {w.strip(".,;:()").casefold() for w in unit.split()[:40]}
    return bool(words & AUTHOR_JOB_WORDS) or bool(BIO_WRITES.search(unit, 0, 200))


def reports_from(sentence: str, table: AliasTable) -> str | None:
    """The correspondent of a "... Frank T. Csongos reports from Washington:" line."""
    match = REPORTS_FROM.match(sentence.strip())
    if not match:
        return None
    who = match.group("who")
    for chunk_match in CHUNK.finditer(who):
        surface = chunk_match.group()
        for article in ARTICLES:
            if surface.startswith(article):
                surface = surface[len(article):]
        chunk = classify_chunk(surface.rstrip("'’s") if surface.endswith(("'s", "’s")) else surface, table)
        if chunk is not None and chunk.kind == PERSON and chunk_match.end() >= len(who.rstrip()) - 1:
            return " ".join(chunk.name)
    return None


# --- Across documents ------------------------------------------------------------------


def link_speakers(names_by_doc: Mapping[str, set[str]], *,
                  titles: Mapping[str, Iterable[str]] | None = None) -> dict[str, str]:
    """Which speaker names from different documents are the same speaker.

    Within a document, attribution already writes each person by the
    fullest form of their name. Across documents:

    * the same full name is one speaker (it maps to itself);
    * a one-word name ("Clinton") is linked to a full name ending in it
      ("Bill Clinton") only when exactly one such full name occurs in all
      the documents, or, when there are several, exactly one shares a title
      word with it in ``titles`` (name -> title words, optional);
    * a one-word name in a document that itself names two full names with
      that surname, and any name that is also a body or place, stays apart;
    * two different full names are never merged.

    Parameters
    ----------
    names_by_doc : document id -> the speaker names used in it.
    titles : optional speaker name -> title words seen with it.

    Returns
    -------
    dict
        Every name given -> the name to report it under.
    """
    all_names = sorted({name for names in names_by_doc.values() for name in names if name})
    default_bodies = {normalize_alias(alias) for alias in DEFAULT_ALIASES} | {
        normalize_alias(canonical) for canonical in DEFAULT_ALIASES.values()}
    full_by_surname: dict[str, set[str]] = {}
    for name in all_names:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper():
            full_by_surname.setdefault(words[-1].casefold(), set()).add(name)
    ambiguous_in_doc: set[tuple[str, str]] = set()     # (document, surname of two of its people)
    for doc, names in names_by_doc.items():
        seen: set[str] = set()
        for name in names:
            words = name.split() if name else []
            if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper():
                surname = words[-1].casefold()
                if surname in seen:
                    ambiguous_in_doc.add((doc, surname))
                seen.add(surname)
    titles = {name: {_bare(t) for t in words} for name, words in (titles or {}).items()}
    links: dict[str, str] = {}
    for name in all_names:
        links[name] = name
        words = name.split()
        if len(words) != 1 or not name[:1].isupper():
            continue
        key = name.casefold()
        if key in default_bodies or key in COUNTRIES or key in NATIONALITIES:
            continue
        if any((doc, key) in ambiguous_in_doc for doc, names in names_by_doc.items() if name in names):
            continue
        candidates = sorted(full_by_surname.get(key, ()))
        if len(candidates) == 1:
            links[name] = candidates[0]
        elif len(candidates) > 1 and titles.get(name):
            sharing = [c for c in candidates if titles.get(c, set()) & titles[name] & TITLE_HEADS]
            if len(sharing) == 1:
                links[name] = sharing[0]
    return links
