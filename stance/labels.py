"""Reading and checking the labelled sentences that the model learns from."""
from __future__ import annotations

import csv
import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LabelFileError, Problem
from .segment import normalize_space

LABELS = ("cooperative", "cautionary", "oppositional", "neutral")
REQUIRED_COLUMNS = ("text", "label")
OPTIONAL_COLUMNS = ("speaker", "source", "note")
WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass
class LabelSet:
    """Labelled sentences, one entry per row, in file order."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)  # "path:line"
    files: list[Path] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def label_counts(self) -> dict[str, int]:
        return {label: self.labels.count(label) for label in LABELS}

    def data_sha256(self) -> str:
        """Digest of the label files' names and bytes, in reading order."""
        digest = hashlib.sha256()
        for path in self.files:
            digest.update(path.name.encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
        return digest.hexdigest()


def walk_label_files(root: Path) -> list[Path]:
    """Every ``.csv`` file under ``root``, sorted, skipping dot-files and dot-folders."""
    if root.is_file():
        return [root]
    found = []
    for path in sorted(root.rglob("*.csv")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        found.append(path)
    return found


def _suggest(label: str) -> str:
    close = difflib.get_close_matches(label.strip().lower(), LABELS, n=1, cutoff=0.75)
    if close:
        return f"did you mean '{close[0]}'?"
    return "use one of: " + ", ".join(LABELS)


def _read_file(path: Path, display: str, into: LabelSet, problems: list[Problem]) -> None:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"bytes that are not UTF-8 ({err.reason}); save the file as UTF-8"))
        return
    reader = csv.DictReader(content.splitlines(keepends=True))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        problems.append(Problem(
            display, 1,
            f"missing column(s) {', '.join(missing)}; the header must name at least "
            f"'text' and 'label' (optional: {', '.join(OPTIONAL_COLUMNS)})",
        ))
        return
    reader.fieldnames = header
    for row in reader:
        line = reader.line_num
        text = normalize_space(row.get("text") or "")
        label = (row.get("label") or "").strip()
        if not text:
            problems.append(Problem(display, line, "empty text; write the sentence or delete the row"))
        if label not in LABELS:
            shown = label if label else "(empty)"
            problems.append(Problem(display, line, f"unknown label '{shown}'; {_suggest(label)}"))
        if not text or label not in LABELS:
            continue
        into.texts.append(text)
        into.labels.append(label)
        into.sources.append((row.get("source") or "").strip() or display)
        into.speakers.append((row.get("speaker") or "").strip())
        into.locations.append(f"{display}:{line}")


def read_labels(root: str | Path) -> LabelSet:
    """Read and check every label file under ``root`` (a folder or one CSV file).

    Raises
    ------
    LabelFileError
        Listing every problem found, so a user can fix them all in one pass.
    """
    root = Path(root)
    if not root.exists():
        raise LabelFileError([Problem(str(root), None, "no such file or folder; give the folder of label CSV files")])
    files = walk_label_files(root)
    if not files:
        raise LabelFileError([Problem(
            str(root), None,
            "no label files found; add CSV files with a header 'text,label' (see labels/README.md)",
        )])
    labelset = LabelSet(files=files)
    problems: list[Problem] = []
    base = root if root.is_dir() else root.parent
    for path in files:
        display = str(root / path.relative_to(base)) if root.is_dir() else str(root)
        _read_file(path, display, labelset, problems)

    first_seen: dict[str, int] = {}
    for index, text in enumerate(labelset.texts):
        earlier = first_seen.setdefault(text, index)
        if earlier != index and labelset.labels[earlier] != labelset.labels[index]:
            path, line = labelset.locations[index].rsplit(":", 1)
            problems.append(Problem(
                path, int(line),
                f"same text labelled '{labelset.labels[index]}' here and "
                f"'{labelset.labels[earlier]}' at {labelset.locations[earlier]}; keep one label",
            ))
    if problems:
        raise LabelFileError(problems)
    if len(set(labelset.labels)) < 2:
        raise LabelFileError([Problem(str(root), None, "all sentences have one label; a model needs at least two labels to learn")])
    return labelset


def _word_shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def near_duplicate_pairs(texts: list[str], *, n: int = 4, threshold: float = 0.5) -> list[tuple[int, int, float]]:
    """Pairs of texts whose word ``n``-gram sets overlap with Jaccard >= ``threshold``.

    Candidate pairs come from an inverted index of n-grams, so the cost grows
    with the number of shared n-grams rather than with all pairs.
    """
    shingles = [_word_shingles(t, n) for t in texts]
    index: dict[tuple[str, ...], list[int]] = {}
    for i, grams in enumerate(shingles):
        for gram in grams:
            index.setdefault(gram, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in index.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1:]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    pairs = []
    for (a, b), common in sorted(shared.items()):
        jaccard = common / (len(shingles[a]) + len(shingles[b]) - common)
        if jaccard >= threshold:
            pairs.append((a, b, round(jaccard, 3)))
    return pairs


def skeleton(text: str) -> str:
    """The text with numbers and capitalised words (names, places) blanked out."""
    words = WORD.findall(text)
    return " ".join("#" if w[0].isdigit() else "X" if w[0].isupper() and i else w.lower()
                    for i, w in enumerate(words))
