"""Split a document's text into sentences with exact character offsets.

Paragraphs (blocks between blank lines) are split into units: a line stays
its own unit (a headline, a caption, a byline) unless it is hard-wrapped,
that is, it stops mid-sentence and the next line carries on. Each unit is
then split by nltk's Punkt with parameters set here, so no data is
downloaded.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .resources import ABBREVIATIONS, BLANK_LINE, UNIT_END_CHARS, WHITESPACE_RUN


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: ``document_text[start:end] == text``.

    ``paragraph`` numbers the units (paragraphs, or lines kept apart such as
    headlines) from 0 in document order.
    """

    start: int
    end: int
    paragraph: int
    text: str


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def normalize_space(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return WHITESPACE_RUN.sub(" ", text).strip()


def _continues(line: str, next_line: str) -> bool:
    """Whether ``line`` is hard-wrapped into ``next_line``."""
    line = line.rstrip()
    nxt = next_line.lstrip()
    if not line or not nxt or line[-1] in UNIT_END_CHARS:
        return False
    if nxt[0].islower() or line[-1] in ",-–—(":
        return True
    # "... the direction in which the" / "NATO-Russian relationship should evolve."
    last_word = line.rsplit(None, 1)[-1]
    return last_word[0].islower()


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def split_units(text: str) -> list[tuple[int, int]]:
    """Character spans of the units of ``text``: paragraphs and lone lines."""
    units: list[tuple[int, int]] = []
    block_start = 0
    blocks = []
    for match in BLANK_LINE.finditer(text):
        blocks.append((block_start, match.start()))
        block_start = match.end()
    blocks.append((block_start, len(text)))
    for b_start, b_end in blocks:
        lines = [(s, e) for s, e in _line_spans(text, b_start, b_end) if text[s:e].strip()]
        current: tuple[int, int] | None = None
        for s, e in lines:
            if current is not None and _continues(text[current[0]:current[1]], text[s:e]):
                current = (current[0], e)
                continue
            if current is not None:
                units.append(current)
            current = (s, e)
        if current is not None:
            units.append(current)
    return units


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index into ``text`` itself."""
    tokenizer = _tokenizer()
    sentences: list[Sentence] = []
    for paragraph, (u_start, u_end) in enumerate(split_units(text)):
        # Newlines inside a unit become spaces of the same length, so the
        # offsets Punkt returns stay offsets into the original text.
        unit = text[u_start:u_end].replace("\n", " ").replace("\r", " ")
        for s, e in tokenizer.span_tokenize(unit):
            chunk = unit[s:e]
            # Punkt keeps leading/trailing blanks out, but be exact anyway.
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            start, end = u_start + s + lead, u_start + e - trail
            if end > start:
                sentences.append(Sentence(start, end, paragraph, text[start:end]))
    return sentences
