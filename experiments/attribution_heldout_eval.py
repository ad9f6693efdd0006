"""Speaker attribution on the held-out documents of experiments/attribution_heldout/.

The twelve documents there were written, and their gold rows decided by
ANNOTATION.md, before ``attribute_speakers`` was run on them. The rules were
then revised on the errors this script listed (speaker accuracy 0.764 before,
see experiments/README.md), so these documents are no longer held out: their
figures are training-set figures now, and a fresh batch is needed to measure
generalisation. Each document
is segmented and attributed; its sentences must match the gold rows one for
one, in order, by whitespace-normalised text.

A predicted speaker is right when it is the gold ``speaker`` or one of the
``accept`` alternatives (``|``-separated), where ``*`` means any speaker
other than the document's narrator (a loose group) and ``narrator`` means the
document's narrator (a whole-document first-person statement). Names are
compared case-insensitively, without a leading "a", "an" or "the". The
narrator of a document is the gold speaker of its ``narrator`` rows: the
byline author, or no speaker.

Usage: python experiments/attribution_heldout_eval.py [--gold PATH] [--docs DIR]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from stance.attribute import attribute_speakers
from stance.segment import normalize_space, split_sentences

HERE = Path(__file__).resolve().parent / "attribution_heldout"
LEADING_ARTICLES = ("a ", "an ", "the ")


def name_key(name: str | None) -> str:
    """Comparison form of a speaker name; ``None`` (no speaker) becomes ``""``."""
    key = normalize_space(name or "").casefold()
    for article in LEADING_ARTICLES:
        if key.startswith(article):
            return key[len(article):]
    return key


def speaker_ok(predicted: str | None, row: dict[str, str], narrator: str) -> bool:
    """Whether ``predicted`` is the gold speaker of ``row`` or an accepted alternative."""
    got = name_key(predicted)
    if got == name_key(row["speaker"]):
        return True
    for alternative in filter(None, row["accept"].split("|")):
        if alternative == "*" and got and got != narrator:
            return True
        if alternative == "narrator" and got == narrator:
            return True
        if got == name_key(alternative):
            return True
    return False


def shown(name: str | None) -> str:
    """A speaker as printed in an error line."""
    return name if name else "<none>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default=str(HERE / "gold.csv"))
    parser.add_argument("--docs", default=str(HERE))
    args = parser.parse_args()

    with open(args.gold, newline="", encoding="utf-8") as handle:
        gold_rows = list(csv.DictReader(handle))
    by_doc: dict[str, list[dict[str, str]]] = {}
    for row in gold_rows:
        by_doc.setdefault(row["doc"], []).append(row)

    n = speaker_right = quoted = quoted_right = voice_right = exact = 0
    speaker_errors, voice_errors, mismatches = [], [], []
    per_document: dict[str, list[int]] = {}    # doc -> [sentences, speaker right]
    for doc in sorted(by_doc):
        rows = sorted(by_doc[doc], key=lambda row: int(row["index"]))
        text = (Path(args.docs) / doc).read_text(encoding="utf-8")
        sentences = split_sentences(text)
        attributions = attribute_speakers(text, sentences)
        narrators = {name_key(row["speaker"]) for row in rows if row["voice"] == "narrator"}
        # A document has one narrator; without narrator rows nobody is the narrator.
        narrator = narrators.pop() if len(narrators) == 1 else ""
        if len(sentences) != len(rows):
            mismatches.append(f"{doc}: {len(sentences)} sentences, {len(rows)} gold rows")
        for row, sentence, attribution in zip(rows, sentences, attributions):
            sentence_text = normalize_space(sentence.text)
            if sentence_text != row["text"]:
                mismatches.append(f"{doc}:{row['index']}: gold text {row['text']!r}, got {sentence_text!r}")
                continue
            ok = speaker_ok(attribution.speaker, row, narrator)
            counts = per_document.setdefault(doc, [0, 0])
            counts[0] += 1
            counts[1] += ok
            n += 1
            speaker_right += ok
            exact += name_key(attribution.speaker) == name_key(row["speaker"])
            voice_right += attribution.voice == row["voice"]
            if row["voice"] != "narrator":
                quoted += 1
                quoted_right += ok
            line = (f"{doc}:{row['index']}: expected {shown(row['speaker'])} ({row['voice']}) "
                    f"got {shown(attribution.speaker)} ({attribution.voice}): {sentence_text}")
            if not ok:
                speaker_errors.append(line)
            elif attribution.voice != row["voice"]:
                voice_errors.append(line)

    print(f"Held-out attribution: {len(by_doc)} documents, {n} sentences compared\n")
    print("| measure | n | correct | accuracy |\n|---|---|---|---|")
    print(f"| speaker, all sentences | {n} | {speaker_right} | {speaker_right / max(1, n):.3f} |")
    print(f"| speaker, gold voice not narrator | {quoted} | {quoted_right} | "
          f"{quoted_right / max(1, quoted):.3f} |")
    print(f"| voice, all sentences | {n} | {voice_right} | {voice_right / max(1, n):.3f} |")
    print(f"\n{exact} speakers are the gold speaker exactly, {speaker_right - exact} an accepted alternative.")
    for mismatch in mismatches:
        print(f"segmentation mismatch: {mismatch}")
    # One missed layout (a byline, a kind of turn label) costs a whole document: show where.
    print("\n| document | sentences | speaker right | accuracy |\n|---|---|---|---|")
    for doc, (total, right) in sorted(per_document.items()):
        print(f"| {doc} | {total} | {right} | {right / total:.2f} |")
    print(f"\n## Speaker errors ({len(speaker_errors)})\n")
    print("\n".join(speaker_errors))
    print(f"\n## Voice errors with the speaker right ({len(voice_errors)})\n")
    print("\n".join(voice_errors))


if __name__ == "__main__":
    main()
