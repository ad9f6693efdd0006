"""Compare feature and regularisation choices for the stance classifier.

Two scores per configuration:
- grouped CV macro F1 on the whole label corpus (folds never split a source);
- the real-text score: trained on everything except the seed documents'
  sentences, tested on those sentences (macro F1).

Usage: python experiments/compare_features.py [--labels labels/] [--folds 5] [--seed 0]
Prints a Markdown table; experiments/README.md holds the table and why the
defaults are what they are.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from stance.labels import LabelSet, read_labels
from stance.metrics import compute_metrics
from stance.model import DEFAULT_PARAMS, build_pipeline, cross_validate

SEED_PREFIXES = ("000_", "001_", "002_", "003_", "004_")

# The reference every row varies from; fixed here so the table stays reproducible
# whatever DEFAULT_PARAMS becomes (the defaults were chosen from this table).
BASE = {**DEFAULT_PARAMS, "word_ngrams": (1, 2), "char_ngrams": (2, 5), "negation": False,
        "sublinear_tf": True, "min_df": 1, "C": 4.0, "class_weight": "balanced"}
CONFIGURATIONS: list[tuple[str, dict]] = [
    ("word 1-gram", {"word_ngrams": (1, 1), "char_ngrams": None}),
    ("word 1-2", {"word_ngrams": (1, 2), "char_ngrams": None}),
    ("word 1-3", {"word_ngrams": (1, 3), "char_ngrams": None}),
    ("char 2-5 only", {"word_ngrams": None, "char_ngrams": (2, 5)}),
    ("char 1-4 only", {"word_ngrams": None, "char_ngrams": (1, 4)}),
    ("word 1-2 + char 2-5", {"word_ngrams": (1, 2), "char_ngrams": (2, 5)}),
    ("word 1-3 + char 2-5", {"word_ngrams": (1, 3), "char_ngrams": (2, 5)}),
    ("word 1-2 + char 2-5, raw tf", {"word_ngrams": (1, 2), "char_ngrams": (2, 5), "sublinear_tf": False}),
    ("word 1-2 + char 2-5, no class weights", {"word_ngrams": (1, 2), "char_ngrams": (2, 5), "class_weight": None}),
    ("word 1-2 + char 2-5, min_df 2", {"word_ngrams": (1, 2), "char_ngrams": (2, 5), "min_df": 2}),
    ("word 1-2 + negation marking", {"word_ngrams": (1, 2), "char_ngrams": None, "negation": True}),
    ("word 1-2 + negation marking + char 2-5", {"word_ngrams": (1, 2), "char_ngrams": (2, 5), "negation": True}),
    ("word 1-3 + negation marking + char 2-5", {"word_ngrams": (1, 3), "char_ngrams": (2, 5), "negation": True}),
] + [
    (f"word 1-2 + char 2-5, C={c}", {"word_ngrams": (1, 2), "char_ngrams": (2, 5), "C": c})
    for c in (0.5, 1.0, 2.0, 8.0, 16.0, 32.0)
] + [
    (f"word 1-2, C={c}", {"word_ngrams": (1, 2), "char_ngrams": None, "C": c})
    for c in (1.0, 8.0, 16.0)
]


def split_seeds(labelset: LabelSet) -> tuple[list[int], list[int]]:
    seed_rows = [i for i, s in enumerate(labelset.sources) if s.startswith(SEED_PREFIXES)]
    other_rows = [i for i, s in enumerate(labelset.sources) if not s.startswith(SEED_PREFIXES)]
    return other_rows, seed_rows


def seed_score(labelset: LabelSet, params: dict, seed: int):
    train_rows, test_rows = split_seeds(labelset)
    texts = np.array(labelset.texts, dtype=object)
    labels = np.array(labelset.labels, dtype=object)
    pipeline = build_pipeline(params, seed).fit(list(texts[train_rows]), list(labels[train_rows]))
    return compute_metrics(list(labels[test_rows]), list(pipeline.predict(list(texts[test_rows]))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", default=str(Path(__file__).resolve().parent.parent / "labels"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", help="run only configurations whose name contains this text")
    args = parser.parse_args()

    labelset = read_labels(args.labels)
    _, seed_rows = split_seeds(labelset)
    print(f"{len(labelset)} sentences, {len(set(labelset.sources))} sources, "
          f"{len(seed_rows)} seed sentences; {args.folds}-fold CV grouped by source, seed {args.seed}\n")
    print("| configuration | CV macro F1 | CV accuracy | seed macro F1 | seed accuracy | seconds |")
    print("|---|---|---|---|---|---|")
    for name, overrides in CONFIGURATIONS:
        if args.only and args.only not in name:
            continue
        params = {**BASE, **overrides}
        started = time.perf_counter()
        cv = cross_validate(labelset, folds=args.folds, seed=args.seed, params=params)
        seeds = seed_score(labelset, params, args.seed)
        elapsed = time.perf_counter() - started
        print(f"| {name} | {cv.metrics.macro_f1:.3f} | {cv.metrics.accuracy:.3f} | "
              f"{seeds.macro_f1:.3f} | {seeds.accuracy:.3f} | {elapsed:.0f} |", flush=True)


if __name__ == "__main__":
    main()
