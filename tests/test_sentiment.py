"""Sentiment: the fast scorer gives vaderSentiment's compound scores exactly."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from stance.segment import split_sentences
from stance.sentiment import CompoundScorer, sentiment_scores

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def fast() -> CompoundScorer:
    return CompoundScorer()


def _mismatches(texts, vader, fast) -> list[tuple[str, float, float]]:
    out = []
    for text in texts:
        expected = vader.polarity_scores(text)["compound"]
        got = fast.compound(text)
        if got != expected:
            out.append((text, expected, got))
    return out


@pytest.mark.parametrize("text, expected", [
    ("VADER is smart, handsome, and funny.", 0.8316),
    ("VADER is not smart, handsome, nor funny.", -0.7424),  # negation
    ("At least it isn't a horrible book.", 0.431),  # "at least" is not "least"
    ("Today SUX!", -0.5461),  # capitals and "!"
    ("Not bad at all", 0.431),
    ("Make sure you :) or :D today!", 0.8633),  # emoticons
    ("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.875),  # emoji, via VADER itself
    ("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042),
    ("Roger Dodger is one of the least compelling variations on this theme.", -0.1695),
    ("NATO is no threat to Russia.", 0.4168),  # "no" before a lexicon word
    ("Enlargement is a direct threat to our security.", -0.25),
    ("", 0.0),
    ("   ", 0.0),
])
def test_known_scores(fast, text, expected):
    assert fast.compound(text) == expected


def test_equals_vader_on_every_labelled_sentence(vader, fast):
    texts = []
    for path in sorted((ROOT / "labels").rglob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    assert len(texts) > 100
    assert _mismatches(texts, vader, fast) == []


# Words that trigger each of VADER's rules, mixed at random so that rules meet
# each other at every distance (boosters, negations up to three words back,
# "no", "but", "least", "kind of", idioms, capitals, punctuation, emoji).
RULE_WORDS = """
good bad great horrible love hate threat peace war friendly hostile welcome condemn agree
not never no nor or isn't wasn't without doubt but BUT But least at very kind of sort
so this extremely barely hardly more most slightly kinda really the shit bomb bad ass
cut mustard yeah right kiss death to die for beating heart upper hand bus stop
VERY GOOD BAD NATO Russia cooperation talks ! !! ? ?? ... :) :( :D ;) 💘 😁 nato's don't
GOOD. bad, (great) "love" 'hate' -- - ’ “welcome” n't
""".split()


def test_equals_vader_on_generated_rule_combinations(vader, fast):
    rng = random.Random(5)
    texts = []
    for _ in range(4000):
        words = [rng.choice(RULE_WORDS) for _ in range(rng.randint(1, 14))]
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.5 else text.capitalize()
        texts.append(text + rng.choice(["", ".", "!", "?!", "!!!!!", "???"]))
    assert _mismatches(texts, vader, fast) == []


def test_sentiment_scores_keeps_order():
    assert sentiment_scores(["The book was good.", "Today SUX!", ""]) == [0.4404, -0.5461, 0.0]
