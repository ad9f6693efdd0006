"""Checks on the label corpus that ships in labels/ (issue 4)."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from stance.labels import LABELS, near_duplicate_pairs, read_labels, skeleton, walk_label_files
from stance.segment import normalize_space, split_sentences

ROOT = Path(__file__).resolve().parent.parent
LABELS_DIR = ROOT / "labels"
SEEDS_DIR = ROOT / "seeds"
COLUMNS = ["text", "label", "speaker", "source", "note"]
MIN_AUTHORED = 2400
MIN_PER_LABEL = 450
# Share of authored sentences that may have a near-duplicate partner
# (word 4-gram Jaccard >= 0.5); above it, batches are repeating themselves.
MAX_NEAR_DUPLICATE_SHARE = 0.01


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    found = []
    for path in walk_label_files(LABELS_DIR):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == COLUMNS, path
            for row in reader:
                found.append({**row, "file": path.relative_to(LABELS_DIR).as_posix()})
    return found


@pytest.fixture(scope="module")
def authored(rows) -> list[dict]:
    return [r for r in rows if r["file"].startswith("authored/")]


def test_corpus_reads_without_problems():
    labelset = read_labels(LABELS_DIR)  # raises on any schema/label/conflict problem
    assert len(labelset) > 0


def test_no_duplicate_texts(rows):
    counts = Counter(normalize_space(r["text"]) for r in rows)
    assert [t for t, n in counts.items() if n > 1] == []


def test_authored_batches_name_their_source(authored):
    for row in authored:
        assert row["source"] == Path(row["file"]).stem, row


def test_minimum_sizes(authored):
    assert len(authored) >= MIN_AUTHORED
    per_label = Counter(r["label"] for r in authored)
    assert {label: per_label[label] >= MIN_PER_LABEL for label in LABELS} == {label: True for label in LABELS}, per_label


def test_every_seed_sentence_present_exactly_once(rows):
    seed_rows = [r for r in rows if r["file"] == "seeds.csv"]
    expected = {}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            expected.setdefault(normalize_space(sentence.text), path.name)
    labelled = Counter((normalize_space(r["text"]), r["source"]) for r in seed_rows)
    assert set(labelled) == set(expected.items())
    assert max(labelled.values()) == 1


def test_no_real_seed_sentence_copied_into_authored_batches(rows, authored):
    seed_texts = {normalize_space(r["text"]).lower() for r in rows if r["file"] == "seeds.csv"}
    assert [r["text"] for r in authored if normalize_space(r["text"]).lower() in seed_texts] == []


def test_authored_sentences_do_not_repeat_a_skeleton(authored):
    # Title-case headlines blank out to "X X X ..."; only sentences with enough
    # ordinary words have a skeleton worth comparing.
    worded = [r["text"] for r in authored if sum(w[:1].islower() for w in r["text"].split()) >= 4]
    skeletons = Counter(skeleton(text) for text in worded)
    assert [s for s, n in skeletons.items() if n > 1] == []


def test_authored_sentences_are_not_near_duplicates(authored):
    texts = [r["text"] for r in authored]
    pairs = near_duplicate_pairs(texts, n=4, threshold=0.5)
    involved = {i for a, b, _ in pairs for i in (a, b)}
    share = len(involved) / len(texts)
    examples = [(texts[a], texts[b], j) for a, b, j in pairs[:5]]
    assert share <= MAX_NEAR_DUPLICATE_SHARE, examples


def test_near_duplicate_check_catches_a_swapped_name():
    texts = [
        "The deputy foreign minister said on Tuesday that Moscow was ready to resume talks with the alliance in Brussels.",
        "The deputy foreign minister said on Tuesday that Moscow was ready to resume talks with the alliance in Vienna.",
        "Photos: AFP",
    ]
    assert near_duplicate_pairs(texts) == [(0, 1, 0.882)]
    assert skeleton(texts[0]) == skeleton(texts[1])


def test_no_held_out_document_sentence_is_in_the_corpus(rows):
    # experiments/stance_heldout/ is the test set for whole documents: a sentence of it in
    # labels/ would make that figure a training-set figure.
    held_out = set()
    for path in sorted((ROOT / "experiments" / "stance_heldout").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            held_out |= {normalize_space(r["text"]).lower() for r in csv.DictReader(handle)}
    assert len(held_out) > 800
    assert [r["text"] for r in rows if normalize_space(r["text"]).lower() in held_out] == []
