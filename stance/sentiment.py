"""Sentence sentiment: VADER's compound score, the same numbers, computed faster.

vaderSentiment's ``polarity_scores`` lowers the whole sentence again for every
lexicon word it meets (several times), so its cost grows with the square of
the sentence length. :class:`CompoundScorer` follows the same rules in the
same order, with the same lexicon and the same arithmetic, but lowers each
sentence once. Sentences with emoji, which VADER rewrites into words first,
are handed to VADER itself. tests/test_sentiment.py checks that both give
equal scores on every labelled sentence and on generated hard cases.
"""
from __future__ import annotations

import string
from functools import lru_cache

from vaderSentiment import vaderSentiment as vader

_NEGATE = frozenset(vader.NEGATE)
_BOOSTERS = vader.BOOSTER_DICT
_SPECIAL_CASES = vader.SPECIAL_CASES
_PUNCTUATION = string.punctuation
_but_check = vader.SentimentIntensityAnalyzer._but_check
_amplify_ep = vader.SentimentIntensityAnalyzer._amplify_ep
_amplify_qm = vader.SentimentIntensityAnalyzer._amplify_qm


def _negated(word: str) -> bool:
    word = word.lower()
    return word in _NEGATE or "n't" in word


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * vader.N_SCALAR
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * vader.N_SCALAR
    if start_i == 2:
        # The precedence (a and b) or c is VADER's own.
        if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or \
                (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * vader.N_SCALAR
    return valence


def _special_idioms_check(valence: float, lower: list[str], i: int) -> float:
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[sequence]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


class CompoundScorer:
    """VADER's ``compound`` score of a sentence, equal to ``polarity_scores(text)["compound"]``."""

    def __init__(self) -> None:
        self.analyzer = vader.SentimentIntensityAnalyzer()
        self.lexicon = self.analyzer.lexicon
        # VADER looks emoji up one character at a time, so only one-character keys ever match.
        self.emoji_chars = frozenset(key for key in self.analyzer.emojis if len(key) == 1)

    def compound(self, text: str) -> float:
        """The compound score of ``text``, rounded to 4 decimals as VADER rounds it."""
        if not text.isascii() and not self.emoji_chars.isdisjoint(text):
            return self.analyzer.polarity_scores(text)["compound"]
        text = text.strip()
        # SentiText._strip_punc_if_word, inlined: this line runs for every token.
        words = [stripped if len(stripped := token.strip(_PUNCTUATION)) > 2 else token for token in text.split()]
        lower = [word.lower() for word in words]
        lexicon = self.lexicon
        # vader.allcap_differential: some, but not all, words in capitals.
        is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
        last = len(words) - 1
        sentiments: list[float] = []
        for i, word in enumerate(lower):
            if word in _BOOSTERS or (i < last and word == "kind" and lower[i + 1] == "of") \
                    or word not in lexicon:
                sentiments.append(0)
            else:
                sentiments.append(self._valence(words, lower, i, is_cap_diff))
        if "but" in lower:
            sentiments = _but_check(words, sentiments)
        if not sentiments:
            return 0.0
        total = float(sum(sentiments))
        emphasis = _amplify_ep(text) + _amplify_qm(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return round(vader.normalize(total), 4)

    def _valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        lexicon = self.lexicon
        word = lower[i]
        valence = lexicon[word]
        if word == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = lexicon[word] * vader.N_SCALAR
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += vader.C_INCR
            else:
                valence -= vader.C_INCR
        for start_i in range(3):
            before = i - (start_i + 1)
            if i > start_i and lower[before] not in lexicon:
                shift = vader.scalar_inc_dec(words[before], valence, is_cap_diff)
                if start_i == 1 and shift != 0:
                    shift = shift * 0.95
                if start_i == 2 and shift != 0:
                    shift = shift * 0.9
                valence = valence + shift
                valence = _negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lower, i)
        # VADER's "least" rule: "least good" negates, "at least" and "very least" do not.
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * vader.N_SCALAR
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * vader.N_SCALAR
        return valence


@lru_cache(maxsize=1)
def scorer() -> CompoundScorer:
    """The process's scorer; built once, since reading the lexicon takes a moment."""
    return CompoundScorer()


def sentiment_scores(texts: list[str]) -> list[float]:
    """VADER compound score of each text, rounded to 4 decimals."""
    compound = scorer().compound
    return [compound(text) for text in texts]
