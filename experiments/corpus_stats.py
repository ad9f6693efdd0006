"""Figures on the label corpus for labels/README.md.

Counts by label and by source, vocabulary size, sentence lengths of the
authored batches next to the seed documents, grouped cross-validation with
the project's training defaults, and the real-text score: trained without the
seed documents' sentences, tested on them.

Usage: python experiments/corpus_stats.py [--labels labels/] [--errors FILE]
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

import numpy as np

from stance.labels import LABELS, WORD, read_labels
from stance.metrics import format_metrics
from stance.model import DEFAULT_PARAMS, build_pipeline, cross_validate

SEED_PREFIXES = ("000_", "001_", "002_", "003_", "004_")


def length_row(name: str, lengths: list[int]) -> str:
    q = np.percentile(lengths, [10, 25, 50, 75, 90]).round().astype(int)
    return f"| {name} | {len(lengths)} | {np.mean(lengths):.1f} | " + " | ".join(str(v) for v in q) + f" | {max(lengths)} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", default=str(Path(__file__).resolve().parent.parent / "labels"))
    parser.add_argument("--errors", help="write the misclassified seed sentences to this CSV")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    labelset = read_labels(args.labels)
    is_seed = [s.startswith(SEED_PREFIXES) for s in labelset.sources]

    print("## Counts by label\n")
    print("| label | authored | seeds | all |\n|---|---|---|---|")
    for label in LABELS:
        a = sum(1 for lab, s in zip(labelset.labels, is_seed) if lab == label and not s)
        b = sum(1 for lab, s in zip(labelset.labels, is_seed) if lab == label and s)
        print(f"| {label} | {a} | {b} | {a + b} |")
    print(f"| total | {is_seed.count(False)} | {is_seed.count(True)} | {len(labelset)} |")

    print("\n## Counts by source\n")
    print("| source | " + " | ".join(LABELS) + " | total |\n|---|" + "---|" * (len(LABELS) + 1))
    by_source = Counter(zip(labelset.sources, labelset.labels))
    for source in sorted(set(labelset.sources)):
        counts = [by_source[(source, label)] for label in LABELS]
        print(f"| {source} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")

    words = [WORD.findall(t.lower()) for t in labelset.texts]
    vocabulary = {w for ws in words for w in ws}
    print(f"\n## Vocabulary\n\n{len(vocabulary)} distinct lower-cased word types "
          f"({sum(map(len, words))} word tokens).")

    print("\n## Sentence length in words\n")
    print("| set | sentences | mean | p10 | p25 | median | p75 | p90 | max |\n|---|---|---|---|---|---|---|---|---|")
    print(length_row("authored", [len(w) for w, s in zip(words, is_seed) if not s]))
    print(length_row("seeds", [len(w) for w, s in zip(words, is_seed) if s]))

    cv = cross_validate(labelset, folds=5, seed=args.seed, params=DEFAULT_PARAMS)
    print("\n## Grouped cross-validation (5 folds by source, training defaults)\n")
    print("```\n" + format_metrics(cv.metrics) + "\n```")
    from stance.metrics import compute_metrics
    kinds = {"stand-alone batches": lambda source: not source.startswith(("docs_",) + SEED_PREFIXES),
             "whole-document batches (docs_)": lambda source: source.startswith("docs_"),
             "seed documents": lambda source: source.startswith(SEED_PREFIXES)}
    print("\nThe same out-of-fold predictions by kind of source:\n")
    print("| sources | sentences | macro F1 | accuracy |\n|---|---|---|---|")
    for name, belongs in kinds.items():
        rows = [i for i, source in enumerate(labelset.sources) if belongs(source)]
        if rows:
            part = compute_metrics([labelset.labels[i] for i in rows], [cv.predictions[i] for i in rows])
            print(f"| {name} | {len(rows)} | {part.macro_f1:.3f} | {part.accuracy:.3f} |")

    train_rows = [i for i, s in enumerate(is_seed) if not s]
    test_rows = [i for i, s in enumerate(is_seed) if s]
    texts = np.array(labelset.texts, dtype=object)
    labels = np.array(labelset.labels, dtype=object)
    pipeline = build_pipeline(DEFAULT_PARAMS, args.seed).fit(list(texts[train_rows]), list(labels[train_rows]))
    predicted = list(pipeline.predict(list(texts[test_rows])))
    seed_metrics = compute_metrics(list(labels[test_rows]), predicted)
    print("\n## Real-text score: trained without the seed documents, tested on their sentences\n")
    print("```\n" + format_metrics(seed_metrics) + "\n```")
    if args.errors:
        with open(args.errors, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["source", "label", "predicted", "text"])
            for i, guess in zip(test_rows, predicted):
                if guess != labels[i]:
                    writer.writerow([labelset.sources[i], labels[i], guess, texts[i]])


if __name__ == "__main__":
    main()
