"""Stance on whole held-out documents, scored as `stance score` scores them.

Each document of the four held-out attribution batches is split and its
sentences classified; `experiments/stance_heldout/gold_*.csv` gives the gold
label of every sentence (by set, document and index). Reports macro F1 with
each sentence read alone and with its paragraph (``stance.scoring.in_context``)
for several context weights, on batches 1-2 (where the weight was chosen) and
3-4 (where it was not), and the seeds' real-text score the same way when an
authored-only model is given.

Usage: python experiments/stance_heldout_eval.py MODEL [--seeds-model AUTHORED_MODEL]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from sklearn.metrics import f1_score

from stance.labels import LABELS
from stance.scoring import in_context
from stance.segment import normalize_space, split_sentences
from stance.store import load_model

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "experiments"
WEIGHTS = (0.0, 0.1, 0.25, 0.5, 1.0)
SPLITS = {"batches 1-2 (choice)": ("attribution_heldout", "attribution_heldout2"),
          "batches 3-4 (check)": ("attribution_heldout3", "attribution_heldout4")}


def held_out_documents() -> tuple[dict, list[tuple[str, str]]]:
    gold = {}
    for path in sorted((HERE / "stance_heldout").glob("gold_*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                gold[(row["set"], row["doc"], int(row["index"]))] = row["label"]
    return gold, sorted({(s, d) for s, d, _ in gold})


def predictions(model, text: str, weight: float) -> list[str]:
    sentences = split_sentences(text)
    own = model.predict_proba([normalize_space(s.text) for s in sentences])
    probs = in_context(own, [s.paragraph for s in sentences], weight)
    return [LABELS[int(row.argmax())] for row in probs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("--seeds-model", help="a model trained on labels/authored only")
    args = parser.parse_args()
    model = load_model(args.model)
    gold, documents = held_out_documents()
    texts = {(s, d): (HERE / s / d).read_text(encoding="utf-8") for s, d in documents}
    print("| sentences | n | " + " | ".join(f"weight {w:g}" for w in WEIGHTS) + " |")
    print("|---|---|" + "---|" * len(WEIGHTS))
    for name, sets in SPLITS.items():
        scores, n = [], 0
        for weight in WEIGHTS:
            truth, guess = [], []
            for s, d in documents:
                if s in sets:
                    labels = predictions(model, texts[(s, d)], weight)
                    truth += [gold[(s, d, i)] for i in range(len(labels))]
                    guess += labels
            scores.append(f1_score(truth, guess, average="macro"))
            n = len(truth)
        print(f"| {name} | {n} | " + " | ".join(f"{x:.3f}" for x in scores) + " |")
    if args.seeds_model:
        seeds_model = load_model(args.seeds_model)
        with open(ROOT / "labels" / "seeds.csv", encoding="utf-8", newline="") as handle:
            seed_gold = {normalize_space(r["text"]): r["label"] for r in csv.DictReader(handle)}
        scores = []
        for weight in WEIGHTS:
            truth, guess, seen = [], [], set()
            for path in sorted((ROOT / "seeds").glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                for sentence, label in zip(split_sentences(text), predictions(seeds_model, text, weight)):
                    key = normalize_space(sentence.text)
                    if key not in seen:                 # repeated captions are labelled once
                        seen.add(key)
                        truth.append(seed_gold[key])
                        guess.append(label)
            scores.append(f1_score(truth, guess, average="macro"))
        print(f"| seeds, authored-only model | {len(truth)} | " + " | ".join(f"{x:.3f}" for x in scores) + " |")


if __name__ == "__main__":
    main()
