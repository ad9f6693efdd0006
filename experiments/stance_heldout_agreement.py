"""Agreement of two annotators on a sample of the held-out documents, and the model against both.

The second annotation (240 sentences drawn at random, seed 20261201) was made without seeing the
first (experiments/stance_heldout/gold_*.csv) or any model output. The model judges each
sentence alone, as `stance evaluate` does.

Usage: python experiments/stance_heldout_agreement.py SECOND_ANNOTATION_CSV MODEL
"""
from __future__ import annotations

import argparse
import csv

from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

from stance.store import load_model
from stance_heldout_eval import held_out_documents


def agreement(truth: list[str], other: list[str]) -> str:
    return (f"accuracy {accuracy_score(truth, other):.3f}, kappa {cohen_kappa_score(truth, other):.3f}, "
            f"macro F1 {f1_score(truth, other, average='macro'):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("second")
    parser.add_argument("model")
    args = parser.parse_args()
    gold, _ = held_out_documents()
    with open(args.second, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = [gold[(r["set"], r["doc"], int(r["index"]))] for r in rows]
    second = [r["label"] for r in rows]
    model = list(load_model(args.model).predict([r["text"] for r in rows]))
    print(f"{len(rows)} sentences")
    print(f"second annotator against the first: {agreement(first, second)}")
    print(f"model against the first annotator: {agreement(first, model)}")
    print(f"model against the second annotator: {agreement(second, model)}")
    both = [i for i, (a, b) in enumerate(zip(first, second)) if a == b]
    print(f"model on the {len(both)} sentences both annotators label alike: "
          f"{agreement([first[i] for i in both], [model[i] for i in both])}")


if __name__ == "__main__":
    main()
