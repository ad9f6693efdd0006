"""Report files in OUTDIR, and the terminal views of them that ``stance report`` prints.

:func:`write_reports` writes ``documents.csv``, ``speakers.csv`` and ``report.html``
from a :class:`~stance.aggregate.Summary`; :func:`load_reports` reads them back,
with the evidence sentences recomputed from ``sentences.jsonl``.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .aggregate import DOCUMENT_COLUMNS, FEW_SENTENCES, SPEAKER_COLUMNS, Aggregator, Evidence, Summary
from .atomic import atomic_path, write_text
from .errors import StanceError
from .html import render_html
from .labels import LABELS

_INT_COLUMNS = {"sentences", "duplicates", "stance_bearing", *LABELS}
_FLOAT_COLUMNS = {"stance_index", "ci_low", "ci_high", "mean_sentiment", *(f"{label}_share" for label in LABELS)}
_RECORD_KEYS = ("doc", "index", "text", "label", "probs", "sentiment", "speaker", "voice", "duplicate")


class ReportError(StanceError):
    """OUTDIR or one of its files is missing, unreadable or not as ``stance score`` writes it."""


class UnknownRowError(ReportError):
    """No speaker or document by the name asked for; the message lists close matches."""


# Writing ---------------------------------------------------------------------------------------

def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:.4f}"
        return "0.0000" if text == "-0.0000" else text
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def _write_table(handle, rows, columns: list[str]) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])


def table_csv(rows, columns: list[str]) -> str:
    """Rows as CSV text with ``\\n`` line ends and 4-decimal floats, so the bytes are reproducible."""
    buffer = io.StringIO()
    _write_table(buffer, rows, columns)
    return buffer.getvalue()


def write_reports(summary: Summary, outdir: str | Path, model_card: dict | None = None) -> list[Path]:
    """Write documents.csv, speakers.csv and report.html into ``outdir``, each atomically.

    The tables are streamed row by row: the document rows may be many.
    """
    outdir = Path(outdir)
    tables = {"documents.csv": (summary.documents, DOCUMENT_COLUMNS),
              "speakers.csv": (summary.speakers, SPEAKER_COLUMNS)}
    for name, (rows, columns) in tables.items():
        with atomic_path(outdir / name) as temporary:
            with open(temporary, "w", encoding="utf-8", newline="") as handle:
                _write_table(handle, rows, columns)
    write_text(outdir / "report.html", render_html(summary, model_card))
    return [outdir / "documents.csv", outdir / "speakers.csv", outdir / "report.html"]


# Reading ---------------------------------------------------------------------------------------

@dataclass
class ReportData:
    """The rows of documents.csv and speakers.csv, typed again, and evidence per speaker and document."""

    outdir: Path
    documents: list[dict]
    speakers: list[dict]
    evidence: dict[str, dict[str, list[Evidence]]]
    document_evidence: dict[str, dict[str, list[Evidence]]]


def _rescore_hint(outdir: Path) -> str:
    return f"run `stance score PATH... -o {outdir}` to write it again"


def _parse(column: str, text: str) -> object:
    if column == "few_sentences":
        if text not in ("true", "false"):
            raise ValueError(f"expected true or false, found {text!r}")
        return text == "true"
    if column == "documents":
        return text.split("; ") if text else []
    if text == "":
        return None
    if column in _INT_COLUMNS:
        return int(text)
    if column in _FLOAT_COLUMNS:
        return float(text)
    return text


def read_table(path: Path, columns: list[str], outdir: Path) -> list[dict]:
    """Rows of one CSV report, each value converted back to what the aggregator produced."""
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportError(f"{path} does not exist; {_rescore_hint(outdir)}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReportError(f"{path} cannot be read ({error}); {_rescore_hint(outdir)}") from None
    try:
        return _parse_table(csv.reader(io.StringIO(content, newline="")), path, columns, outdir)
    except csv.Error as error:
        raise ReportError(f"{path}: not a CSV file ({error}); {_rescore_hint(outdir)}") from None


def _parse_table(reader, path: Path, columns: list[str], outdir: Path) -> list[dict]:
    header = next(reader, [])
    missing = [column for column in columns if column not in header]
    if missing:
        raise ReportError(f"{path}:1: missing column(s) {', '.join(missing)}; {_rescore_hint(outdir)}")
    rows = []
    for cells in reader:
        line = reader.line_num
        if len(cells) != len(header):
            raise ReportError(f"{path}:{line}: {len(cells)} cells for {len(header)} columns; {_rescore_hint(outdir)}")
        row = {}
        for column, text in zip(header, cells):
            if column not in columns:
                continue
            try:
                row[column] = _parse(column, text)
            except ValueError:
                raise ReportError(f"{path}:{line}: column {column} has {text!r}, which is not a valid value; "
                                  f"{_rescore_hint(outdir)}") from None
        rows.append({column: row[column] for column in columns})
    return rows


def _is_record(record: object) -> bool:
    """Whether a parsed line has every field the aggregator reads, with usable types."""
    number = (int, float)
    return (isinstance(record, dict) and all(key in record for key in _RECORD_KEYS)
            and record["label"] in LABELS and isinstance(record["probs"], dict)
            and all(isinstance(record["probs"].get(label), number) for label in LABELS)
            and isinstance(record["sentiment"], number) and isinstance(record["index"], int)
            and isinstance(record["doc"], str) and isinstance(record["text"], str)
            and (record["speaker"] is None or isinstance(record["speaker"], str)))


def _read_records(path: Path, outdir: Path):
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise ReportError(f"{path} does not exist; {_rescore_hint(outdir)}") from None
    except OSError as error:
        raise ReportError(f"{path} cannot be read ({error}); {_rescore_hint(outdir)}") from None
    with handle:
        try:
            for line_number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    raise ReportError(f"{path}:{line_number}: not a JSON object; {_rescore_hint(outdir)}") from None
                if not _is_record(record):
                    raise ReportError(f"{path}:{line_number}: not a scored sentence (fields "
                                      f"{', '.join(_RECORD_KEYS)}); {_rescore_hint(outdir)}")
                yield record
        except UnicodeDecodeError:
            raise ReportError(f"{path} is not UTF-8; {_rescore_hint(outdir)}") from None


def load_reports(outdir: str | Path, *, evidence: bool = True, evidence_per_label: int = 3) -> ReportData:
    """Read a folder written by ``stance score``.

    With ``evidence`` (the default) ``sentences.jsonl`` is read too, for the most
    confident sentences per speaker and document; the tables alone do not need it.

    Raises
    ------
    ReportError
        The folder or one of its files is missing, unreadable or malformed.
    """
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise ReportError(f"{outdir} is not a folder; give the output folder of `stance score` "
                          "(default stance-report/)")
    documents = read_table(outdir / "documents.csv", DOCUMENT_COLUMNS, outdir)
    speakers = read_table(outdir / "speakers.csv", SPEAKER_COLUMNS, outdir)
    if not evidence:
        return ReportData(outdir, documents, speakers, {}, {})
    metas: dict[str, dict] = {}
    for row in documents:
        metas.setdefault(row["doc"], row)
    # The same aggregation as scoring, without the bootstrap, finds the same evidence sentences.
    aggregator = Aggregator(evidence_per_label=evidence_per_label, resamples=0, document_evidence=True)
    current = None
    sentences_path = outdir / "sentences.jsonl"
    for record in _read_records(sentences_path, outdir):
        if record["doc"] != current:
            current = record["doc"]
            aggregator.add_document(metas.get(current, {"doc": current}))
        aggregator.add_sentence(record)
    found = aggregator.finish()
    return ReportData(outdir, documents, speakers, found.evidence, found.document_evidence)


# Terminal views --------------------------------------------------------------------------------

def _printable(text: str) -> str:
    """Document text made safe for a terminal: control characters (escape sequences) become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def _signed(value: float | None) -> str:
    if value is None:
        return "n/a"
    text = f"{value:+.3f}"
    return "0.000" if float(text) == 0 else text


def _interval(row: dict) -> str:
    if row["ci_low"] is None or row["ci_high"] is None:
        return ""
    return f"[{_signed(row['ci_low'])}, {_signed(row['ci_high'])}]"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _share(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f}%"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _aligned(rows: list[dict], key: str, name_width: int) -> list[str]:
    header = [key, "sent", "stance", "index", "95% interval"] + [label[:4] for label in LABELS] + [""]
    table = [header]
    for row in rows:
        table.append([_clip(_printable(row[key]), name_width), str(row["sentences"]), str(row["stance_bearing"]),
                      _signed(row["stance_index"]), _interval(row)]
                     + [_share(row[f"{label}_share"]) for label in LABELS]
                     + ["*" if row["few_sentences"] else ""])
    widths = [max(len(cells[i]) for cells in table) for i in range(len(header))]
    lines = []
    for cells in table:
        parts = [cells[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(cells[1:-1], widths[1:-1])]
        lines.append(("  ".join(parts) + " " + cells[-1]).rstrip())
    return lines


def format_speaker_table(data: ReportData, *, name_width: int = 32) -> str:
    """The speakers as aligned columns: sentences, index with interval, label shares, a flag for few.

    With no speakers at all (attribution found none), the documents take their place.
    """
    documents = len(data.documents)
    sentences = sum(row["sentences"] for row in data.documents)
    duplicates = sum(row["duplicates"] for row in data.documents)
    lines = [f"{_count(documents, 'document')}, {_count(sentences, 'sentence')} counted"
             + (f" ({_count(duplicates, 'verbatim repeat')} left out)" if duplicates else "")
             + f", {_count(len(data.speakers), 'speaker')} in {data.outdir}", ""]
    if data.speakers:
        rows, key, hint = data.speakers, "speaker", "--speaker NAME"
    else:
        lines += ["No sentence was attributed to a speaker; the documents instead:", ""]
        rows, key, hint = data.documents, "doc", "--doc ID"
    lines += _aligned(rows, key, name_width)
    if any(row["few_sentences"] for row in rows):
        lines += ["", f"* fewer than {FEW_SENTENCES} stance-bearing sentences: the interval says little"]
    lines += ["", "sent: sentences; stance: stance-bearing sentences; index: -1 oppositional to +1 cooperative",
              f"Details: stance report {data.outdir} {hint}"]
    return "\n".join(lines)


def _close_matches(wanted: str, names: list[str]) -> list[str]:
    """Names containing ``wanted``, then names whose whole or any word is similar to it (typos in a surname)."""
    query = wanted.strip().casefold()
    if not query:
        return []
    found = [name for name in names if query in name.casefold()]
    scored = []
    for name in names:
        parts = [name.casefold()] + name.casefold().split()
        score = max(difflib.SequenceMatcher(None, query, part).ratio() for part in parts)
        if score >= 0.75:
            scored.append((-score, name))
    return found + [name for _, name in sorted(scored)]


def _find(rows: list[dict], key: str, wanted: str, kind: str, source: Path) -> dict:
    names = [row[key] for row in rows]
    for candidate in (wanted, wanted.strip()):
        if candidate in names:
            return rows[names.index(candidate)]
    folded = [name for name in names if name.casefold() == wanted.strip().casefold()]
    if len(folded) == 1:
        return rows[names.index(folded[0])]
    close = list(dict.fromkeys(_close_matches(wanted, names)))[:5]
    hint = (f"close matches: {', '.join(repr(_printable(name)) for name in close)}" if close
            else f"run `stance report {source.parent}` to list them")
    raise UnknownRowError(f"no {kind} {_printable(wanted)!r} in {source}; {hint}")


def _evidence_lines(evidence: dict[str, list[Evidence]], *, show_doc: bool, show_speaker: bool) -> list[str]:
    lines = []
    for label in LABELS:
        items = evidence.get(label, [])
        if not items:
            continue
        lines.append(f"  {label}")
        for item in items:
            where = []
            if show_doc:
                where.append(f"{item.doc} #{item.index}")
            else:
                where.append(f"#{item.index}")
            if show_speaker and item.speaker:
                where.append(item.speaker)
            lead = f"    {item.prob:.2f}  "
            body = f"{_printable(item.text)}  ({_printable(', '.join(where))})"
            lines.append(textwrap.fill(body, width=100, initial_indent=lead, subsequent_indent=" " * len(lead)))
    if not lines:
        lines.append("  (no sentences)")
    return lines


def _facts(row: dict) -> list[str]:
    counts = ", ".join(f"{label} {row[label]} ({_share(row[f'{label}_share'])})" for label in LABELS)
    index = _signed(row["stance_index"])
    interval = _interval(row)
    flag = f"  (fewer than {FEW_SENTENCES} stance-bearing sentences: the interval says little)" \
        if row["few_sentences"] else ""
    return [
        f"  sentences       {row['sentences']}, stance-bearing {row['stance_bearing']}",
        f"  labels          {counts}",
        f"  stance index    {index}" + (f"  95% interval {interval}" if interval else "") + flag,
        f"  mean sentiment  {_signed(row['mean_sentiment'])}",
    ]


def format_speaker_card(data: ReportData, name: str) -> str:
    """One speaker: counts, stance index with interval, documents and evidence sentences per label.

    Raises
    ------
    UnknownRowError
        No speaker by that name (exact, or the only one equal ignoring case).
    """
    row = _find(data.speakers, "speaker", name, "speaker", data.outdir / "speakers.csv")
    lines = [_printable(row["speaker"])] + _facts(row)
    lines.append(f"  documents       {_printable('; '.join(row['documents']))}")
    lines.append("")
    lines.append("Most confident sentences per label (probability, document #sentence):")
    lines += _evidence_lines(data.evidence.get(row["speaker"], {}), show_doc=True, show_speaker=False)
    return "\n".join(lines)


def format_document_card(data: ReportData, doc: str) -> str:
    """One document: title, date, author, url, counts, stance index and evidence sentences per label.

    Raises
    ------
    UnknownRowError
        No document with that id.
    """
    row = _find(data.documents, "doc", doc, "document", data.outdir / "documents.csv")
    lines = [_printable(row["doc"])]
    for column in ("title", "date", "author", "url"):
        if row[column]:
            lines.append(f"  {column:<15} {_printable(row[column])}")
    lines += _facts(row)
    if row["duplicates"]:
        lines.append(f"  left out        {_count(row['duplicates'], 'verbatim repeat')}")
    lines.append("")
    lines.append("Most confident sentences per label (probability, #sentence, speaker):")
    lines += _evidence_lines(data.document_evidence.get(row["doc"], {}), show_doc=False, show_speaker=True)
    return "\n".join(lines)
