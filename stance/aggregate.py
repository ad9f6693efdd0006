"""Per-document and per-speaker aggregates of scored sentences, built as a stream.

The aggregator sees each document's metadata, then its sentences (records as in
``sentences.jsonl``), one at a time. It keeps running counts and integer sums per
row, each speaker's stance values in a compact ``array('d')`` for the bootstrap
(a document's only until the next document starts), and the few most confident
sentences per label in small bounded lists. Finished document rows go to a
temporary file. Memory grows by about 8 bytes per stance-bearing sentence with
a speaker and a few dozen bytes per document, not with the text.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from array import array
from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from .labels import LABELS

try:  # speaker linking across documents belongs to attribution; use names as given without it
    from .attribute import link_speakers
except ImportError:  # pragma: no cover - depends on which stages are built
    link_speakers = None

STANCE_LABELS = tuple(label for label in LABELS if label != "neutral")
FEW_SENTENCES = 5  # fewer stance-bearing sentences than this: the interval means little
RESAMPLES = 1000
_CHUNK_CELLS = 500_000  # bootstrap draws per chunk (8 MB of indices), so no row needs a huge matrix
_SENTIMENT_UNITS = 10_000  # sentiment is rounded to 4 decimals: sum it exactly as integers

_COUNT_COLUMNS = [name for label in LABELS for name in (label, f"{label}_share")]
_INDEX_COLUMNS = ["stance_index", "ci_low", "ci_high", "mean_sentiment"]
DOCUMENT_COLUMNS = (["doc", "title", "date", "author", "url", "sentences", "duplicates", "stance_bearing"]
                    + _COUNT_COLUMNS + _INDEX_COLUMNS + ["few_sentences"])
SPEAKER_COLUMNS = (["speaker", "sentences", "stance_bearing"]
                   + _COUNT_COLUMNS + _INDEX_COLUMNS + ["documents", "few_sentences"])


def stance_value(probs: dict[str, float]) -> float:
    """(P(cooperative) - P(oppositional)) / (1 - P(neutral)) of one sentence, in [-1, 1]."""
    rest = 1.0 - probs["neutral"]
    if rest <= 0.0:  # only reachable through rounding; such a sentence leans nowhere
        return 0.0
    return max(-1.0, min(1.0, (probs["cooperative"] - probs["oppositional"]) / rest))


def row_seed(seed: int, key: str) -> int:
    """Seed for one row's bootstrap: ``seed`` plus a stable hash of the row's key.

    Each row gets its own stream, so a row's interval does not depend on which
    rows were processed before it.
    """
    return seed + int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def bootstrap_interval(values: np.ndarray, seed: int, resamples: int = RESAMPLES) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean of ``values`` (sorted by the caller)."""
    n = len(values)
    rng = np.random.default_rng(seed)
    means = np.empty(resamples)
    chunk = max(1, min(resamples, _CHUNK_CELLS // n))
    for start in range(0, resamples, chunk):
        stop = min(start + chunk, resamples)
        means[start:stop] = values[rng.integers(0, n, size=(stop - start, n))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


class Evidence(NamedTuple):
    """One sentence shown as evidence: where it is and how sure the model was of its label."""

    doc: str
    index: int
    text: str
    label: str
    prob: float
    speaker: str | None


def _evidence_key(item: Evidence) -> tuple:
    return (-item.prob, item.doc, item.index)


@dataclass
class _Tally:
    """Running counts of one row (a document or a speaker), duplicates already left out."""

    evidence_per_label: int
    sentences: int = 0
    counts: list[int] = field(default_factory=lambda: [0] * len(LABELS))
    sentiment_units: int = 0
    values: array = field(default_factory=lambda: array("d"))
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: {label: [] for label in LABELS})
    documents: array = field(default_factory=lambda: array("q"))  # input positions, for speakers

    def add(self, record: dict, speaker: str | None) -> None:
        label = record["label"]
        self.sentences += 1
        self.counts[LABELS.index(label)] += 1
        self.sentiment_units += round(float(record["sentiment"]) * _SENTIMENT_UNITS)
        if label != "neutral":
            self.values.append(stance_value(record["probs"]))
        if self.evidence_per_label:
            prob = float(record["probs"][label])
            kept = self.evidence[label]
            # most sentences are not among the few kept: decide before building anything
            if len(kept) == self.evidence_per_label and \
                    (-prob, record["doc"], record["index"]) >= _evidence_key(kept[-1]):
                return
            self._keep(Evidence(record["doc"], int(record["index"]), record["text"], label, prob, speaker))

    def _keep(self, item: Evidence) -> None:
        if not self.evidence_per_label:
            return
        kept = self.evidence[item.label]
        if len(kept) == self.evidence_per_label and _evidence_key(item) >= _evidence_key(kept[-1]):
            return
        insort(kept, item, key=_evidence_key)
        del kept[self.evidence_per_label:]

    def merge(self, other: _Tally) -> None:
        self.sentences += other.sentences
        self.counts = [a + b for a, b in zip(self.counts, other.counts)]
        self.sentiment_units += other.sentiment_units
        self.values.extend(other.values)
        self.documents.extend(other.documents)
        for items in other.evidence.values():
            for item in items:
                self._keep(item)

    def row(self, key: str, seed: int, resamples: int) -> dict:
        """Counts, shares, stance index with interval and mean sentiment, rounded to 4 decimals."""
        row: dict = {"sentences": self.sentences, "stance_bearing": len(self.values)}
        for label, count in zip(LABELS, self.counts):
            row[label] = count
            row[f"{label}_share"] = round(count / self.sentences, 4) if self.sentences else None
        index = low = high = None
        if self.values:
            # sorted, so the sum and the resamples do not depend on the order sentences came in
            values = np.sort(np.frombuffer(self.values, dtype=np.float64))
            index = round(float(values.mean()), 4)
            if resamples:
                low, high = (round(v, 4) for v in bootstrap_interval(values, row_seed(seed, key), resamples))
        row.update(stance_index=index, ci_low=low, ci_high=high)
        row["mean_sentiment"] = (round(self.sentiment_units / self.sentences / _SENTIMENT_UNITS, 4)
                                 if self.sentences else None)
        row["few_sentences"] = len(self.values) < FEW_SENTENCES
        return row


class RowSpool(Sequence):
    """Rows kept in an anonymous temporary file, one JSON line each, read back on demand.

    Document rows grow with the corpus; spooling them keeps only 8 bytes per
    row (its offset) in memory. Reads like a list of dicts.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # removed by the system when closed, even on a crash
        self._offsets = array("q")
        self._end = 0

    def append(self, row: dict) -> None:
        line = json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n"
        self._file.seek(self._end)
        self._file.write(line)
        self._offsets.append(self._end)
        self._end += len(line)

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        self._file.seek(self._offsets[position])
        return json.loads(self._file.readline())

    def __iter__(self):
        for offset in self._offsets:  # seek each time: two iterations may interleave
            self._file.seek(offset)
            yield json.loads(self._file.readline())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self) -> str:
        return f"<RowSpool of {len(self)} rows>"


@dataclass
class Summary:
    """What the reports show.

    ``documents`` rows are in input order (a :class:`RowSpool`, read like a list
    of dicts), ``speakers`` rows by stance-bearing sentences (most first) then
    name; ``evidence`` and ``document_evidence`` map a speaker or document id to,
    per label, its most confident sentences (the latter only when the aggregator
    was asked to keep them).
    """

    documents: Sequence[dict]
    speakers: list[dict]
    evidence: dict[str, dict[str, list[Evidence]]]
    document_evidence: dict[str, dict[str, list[Evidence]]]


class Aggregator:
    """Streaming aggregation of scored sentences into document and speaker rows.

    Parameters
    ----------
    seed : int
        Base seed of the bootstrap; each row adds a hash of its key to it.
    evidence_per_label : int
        How many of the most confident sentences to keep per row and label.
    resamples : int
        Bootstrap resamples; 0 skips the intervals (for readers that only need evidence).
    document_evidence : bool
        Also keep evidence per document. Off by default: it holds text for every
        document, which a long scoring run should not.

    Feed it ``add_document(meta)`` then that document's ``add_sentence(record)``
    calls, document after document, and call ``finish()`` once at the end.
    """

    def __init__(self, seed: int = 0, evidence_per_label: int = 3, resamples: int = RESAMPLES,
                 document_evidence: bool = False):
        self.seed = seed
        self.evidence_per_label = evidence_per_label
        self.resamples = resamples
        self.document_evidence = document_evidence
        self._documents = RowSpool()
        self._doc_ids: list[str] = []  # by input position, to name a speaker's documents
        self._document_evidence: dict[str, dict[str, list[Evidence]]] = {}
        self._open: tuple[dict, _Tally, dict] | None = None  # meta, tally, the row's extra counts
        self._speakers: dict[str, _Tally] = {}

    def add_document(self, meta: dict) -> None:
        """Start a document; the previous one is complete and is summarised now."""
        self._close_document()
        kept = self.evidence_per_label if self.document_evidence else 0
        self._open = (meta, _Tally(kept), {"duplicates": 0})
        self._doc_ids.append(meta["doc"])

    def add_sentence(self, record: dict) -> None:
        """Count one scored sentence of the current document."""
        if self._open is None or record["doc"] != self._open[0]["doc"]:
            current = "none" if self._open is None else repr(self._open[0]["doc"])
            raise ValueError(f"sentence of document {record['doc']!r} arrived while the current document "
                             f"is {current}; give each document's metadata before its sentences")
        meta, tally, extra = self._open
        if record["duplicate"]:
            extra["duplicates"] += 1
            return
        speaker = record.get("speaker") or None
        if speaker is None and record.get("voice") == "narrator":
            speaker = meta.get("author") or None  # the byline speaks for the narrator
        tally.add(record, speaker)
        if speaker is not None:
            speaker_tally = self._speakers.get(speaker)
            if speaker_tally is None:
                speaker_tally = self._speakers[speaker] = _Tally(self.evidence_per_label)
            speaker_tally.add(record, speaker)
            position = len(self._doc_ids) - 1
            if not speaker_tally.documents or speaker_tally.documents[-1] != position:
                speaker_tally.documents.append(position)

    def _close_document(self) -> None:
        if self._open is None:
            return
        meta, tally, extra = self._open
        row = {"doc": meta["doc"]}
        row.update({name: meta.get(name) or None for name in ("title", "date", "author", "url")})
        counts = tally.row(meta["doc"], self.seed, self.resamples)
        row.update(sentences=counts.pop("sentences"), duplicates=extra["duplicates"])
        row.update(counts)
        self._documents.append(row)
        if self.document_evidence:
            self._document_evidence.setdefault(meta["doc"], tally.evidence)
        self._open = None

    def _names_by_doc(self) -> dict[str, set[str]]:
        names: dict[str, set[str]] = {}
        for name, tally in self._speakers.items():
            for position in tally.documents:
                names.setdefault(self._doc_ids[position], set()).add(name)
        return names

    def finish(self) -> Summary:
        """Summarise the last document, merge linked speaker names, and return every row."""
        self._close_document()
        links = link_speakers(self._names_by_doc()) if link_speakers is not None else {}
        merged: dict[str, _Tally] = {}
        for name in sorted(self._speakers):
            canonical = links.get(name, name)
            if canonical in merged:
                merged[canonical].merge(self._speakers[name])
            else:
                merged[canonical] = self._speakers[name]
        speakers = []
        for name, tally in merged.items():
            row = {"speaker": name, **tally.row(name, self.seed, self.resamples)}
            documents = dict.fromkeys(self._doc_ids[i] for i in sorted(set(tally.documents)))
            row["documents"] = list(documents)
            row["few_sentences"] = row.pop("few_sentences")  # keep the column order of the CSV
            speakers.append(row)
        speakers.sort(key=lambda row: (-row["stance_bearing"], row["speaker"]))
        evidence = {row["speaker"]: merged[row["speaker"]].evidence for row in speakers}
        return Summary(self._documents, speakers, evidence, self._document_evidence)
