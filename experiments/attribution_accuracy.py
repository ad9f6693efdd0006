"""Speaker attribution on the seed documents, against the gold speakers in labels/seeds.csv.

Segments and attributes each seed document, matches its sentences to the
gold rows by whitespace-normalised text, and reports accuracy on all matched
sentences and on the stance-bearing ones (label != neutral), with every
error. With --bench, also times attribute_speakers alone on the seeds
repeated to about 5 MB.

A prediction is accepted when it equals the gold speaker, or under the
equivalences of ANNOTATION.md:
* a body and its spokesperson or official are interchangeable (the person's
  titles in the document name the body: "State Department spokesman" ->
  United States, "NATO Secretary General" -> NATO);
* a loose group (gold ends in a group noun: "Many experts", "Others"):
  any non-narrator speaker;
* a whole-document first-person statement (gold note says "first-person"):
  the narrator or any body.

Usage: python experiments/attribution_accuracy.py [--gold labels/seeds.csv]
       [--seeds seeds/] [--bench]
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from stance.attribute import attribute_speakers
from stance.names import People, alias_table, find_mentions, normalize_alias
from stance.resources import DEFAULT_ALIASES, GROUP_NOUNS
from stance.segment import normalize_space, split_sentences

ROOT = Path(__file__).resolve().parent.parent
BODIES = set(DEFAULT_ALIASES.values())


def person_bodies(text: str, sentences) -> dict[str, set[str]]:
    """Canonical person name -> bodies their titles in this document name."""
    table = alias_table(None)
    mentions = [m for s in sentences for m in find_mentions(text, s.start, s.end, table)]
    people = People(mentions)
    out: dict[str, set[str]] = {}
    for person in people.people.values():
        for alias, body in DEFAULT_ALIASES.items():
            words = set(normalize_alias(alias).split())
            if words and words <= person.titles:
                out.setdefault(person.canonical, set()).add(body)
    return out


def accepted(predicted: str | None, gold: str | None, note: str, bodies: dict[str, set[str]],
             narrators: set[str | None]) -> bool:
    """Whether ``predicted`` is the gold speaker or an equivalent the guide accepts."""
    if predicted == gold:
        return True
    if gold and gold.split()[-1].casefold() in GROUP_NOUNS:
        return predicted not in narrators
    if "first-person" in note and (predicted in narrators or predicted in BODIES):
        return True
    if gold in BODIES and predicted in bodies and gold in bodies[predicted]:
        return True
    if predicted in BODIES and gold in bodies and predicted in bodies[gold]:
        return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default=str(ROOT / "labels" / "seeds.csv"))
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--bench", action="store_true", help="also time attribution on ~5 MB")
    args = parser.parse_args()

    with open(args.gold, newline="", encoding="utf-8") as handle:
        gold_rows = list(csv.DictReader(handle))
    gold = {(row["source"], normalize_space(row["text"])): row for row in gold_rows}
    documents = {path.name: path.read_text(encoding="utf-8") for path in sorted(Path(args.seeds).glob("*.txt"))}

    total = correct = stance_total = stance_correct = unmatched = exact = 0
    equivalent = []
    errors = []
    seen_rows = set()
    for name, text in documents.items():
        sentences = split_sentences(text)
        attributions = attribute_speakers(text, sentences)
        bodies = person_bodies(text, sentences)
        narrators = {a.speaker for a in attributions if a.voice == "narrator"} | {None}
        for sentence, attribution in zip(sentences, attributions):
            row = gold.get((name, normalize_space(sentence.text)))
            if row is None:
                unmatched += 1
                continue
            seen_rows.add((name, normalize_space(sentence.text)))
            expected = row["speaker"] or None
            ok = accepted(attribution.speaker, expected, row["note"], bodies, narrators)
            total += 1
            correct += ok
            exact += attribution.speaker == expected
            if ok and attribution.speaker != expected:
                equivalent.append((name, expected, attribution.speaker, normalize_space(sentence.text)))
            if row["label"] != "neutral":
                stance_total += 1
                stance_correct += ok
            if not ok:
                errors.append((name, row["label"], expected, attribution.speaker, attribution.voice,
                               normalize_space(sentence.text)))
    missing = [key for key in gold if key not in seen_rows]

    print("## Speaker attribution on the seed documents\n")
    print(f"Gold: {args.gold} ({len(gold_rows)} rows); {len(documents)} documents; "
          f"{total} sentences matched, {unmatched} sentences without a gold row, "
          f"{len(missing)} gold rows not found.\n")
    print("| sentences | n | correct | accuracy |\n|---|---|---|---|")
    print(f"| all | {total} | {correct} | {correct / max(1, total):.3f} |")
    print(f"| stance-bearing | {stance_total} | {stance_correct} | {stance_correct / max(1, stance_total):.3f} |")
    print(f"\n{exact} of the {total} are the gold speaker exactly; {len(equivalent)} are accepted "
          "equivalents:\n")
    for name, expected, predicted, text in equivalent:
        print(f"- {name[:3]}: gold {expected}, predicted {predicted}: {text[:90]}")
    print(f"\n### Errors ({len(errors)})\n")
    if errors:
        print("| document | label | gold | predicted | voice | sentence |\n|---|---|---|---|---|---|")
        for name, label, expected, predicted, voice, text in errors:
            print(f"| {name[:3]} | {label} | {expected} | {predicted} | {voice} | {text[:100]} |")
    for key in missing:
        print(f"gold row not found in the segmented text: {key}")

    if args.bench:
        bench(documents)


def bench(documents: dict[str, str], target: int = 5_000_000) -> None:
    """Time attribute_speakers alone (segmentation done beforehand) on ~``target`` bytes.

    Reports wall-clock and CPU time (process time), best of 3: on a shared
    machine the CPU time is the steadier figure.
    """
    prepared = [(text, split_sentences(text)) for text in documents.values()]
    size = sum(len(text.encode("utf-8")) for text, _ in prepared)
    repeats = max(1, round(target / size))
    wall = cpu = float("inf")
    for _ in range(3):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(repeats):
            for text, sentences in prepared:
                attribute_speakers(text, sentences)
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
    megabytes = repeats * size / 1e6
    print(f"\n### Speed\n\nattribute_speakers alone on the seeds repeated {repeats} times "
          f"({megabytes:.2f} MB, {repeats * len(prepared)} documents), best of 3: "
          f"{wall:.2f} s wall ({megabytes / wall:.2f} MB/s), {cpu:.2f} s CPU ({megabytes / cpu:.2f} MB/s).")


if __name__ == "__main__":
    main()
