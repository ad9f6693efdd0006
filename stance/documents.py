"""Reading the documents to score: text, Markdown, HTML and JSON Lines files.

:func:`read_documents` checks that every input path exists, then streams
:class:`Document` objects, one at a time, in a fixed order (inputs as given,
folders walked sorted, dot-files and dot-folders skipped). An input that
cannot be scored is not an error: it comes out of the stream as a
:class:`~stance.errors.Problem` in its place, and the run goes on.
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError, Problem
from .resources import HTML_BLOCK_TAGS, HTML_CELL_TAGS, HTML_HIDDEN_TAGS

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
JSONL_FIELDS = ("title", "date", "author", "url")
BINARY_SNIFF_BYTES = 8192

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Document:
    """One document to score.

    ``id`` is the path relative to the input root it was found under (POSIX
    separators; a file given directly is its own name), or the ``id`` of a
    JSON Lines record. ``path`` is the file as the user would name it.
    ``problems`` lists what was wrong but did not stop it being scored
    (such as bytes that are not UTF-8).
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    path: str = ""
    problems: tuple[Problem, ...] = ()

    def meta(self) -> dict:
        """The per-document metadata record that goes to aggregation."""
        return {"doc": self.id, "title": self.title, "date": self.date,
                "author": self.author, "url": self.url, "path": self.path}


# --- HTML --------------------------------------------------------------------

class _VisibleText(HTMLParser):
    """Collects the text a browser would show, a paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.meta: dict[str, str] = {}
        self._parts: list[str] = []
        self._hidden = 0
        self._in_head = False
        self._pre = 0
        self._title: list[str] | None = None

    def _flush(self) -> None:
        text = "".join(self._parts)
        self._parts = []
        if self._pre:
            text = "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")
            if not text.strip():
                return
        else:
            text = _HTML_SPACE.sub(" ", text).strip()
        if text:
            self.paragraphs.append(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False  # </head> may be left out
        if tag == "meta":
            self._read_meta(dict(attrs))
        elif tag == "link":
            attributes = dict(attrs)
            if (attributes.get("rel") or "").lower() == "canonical" and attributes.get("href"):
                self.meta.setdefault("url", attributes["href"])
        if tag == "title":
            self._title = []
            return
        if tag in HTML_HIDDEN_TAGS and tag != "head":
            self._hidden += 1
        if tag in HTML_BLOCK_TAGS:
            self._flush()
            if tag == "pre":
                self._pre += 1
        elif tag in HTML_CELL_TAGS:
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        if tag == "title":
            if self._title is not None:
                self.meta.setdefault("title", _HTML_SPACE.sub(" ", "".join(self._title)).strip())
            self._title = None
            return
        if tag in HTML_HIDDEN_TAGS and tag != "head" and self._hidden:
            self._hidden -= 1
        if tag in HTML_BLOCK_TAGS:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1
        elif tag in HTML_CELL_TAGS:
            self._parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        elif not self._hidden and not self._in_head:
            self._parts.append(data)

    def _read_meta(self, attributes: dict) -> None:
        key = (attributes.get("name") or attributes.get("property") or "").lower()
        content = (attributes.get("content") or "").strip()
        field = {"author": "author", "article:author": "author", "date": "date",
                 "article:published_time": "date", "og:url": "url", "og:title": "title"}.get(key)
        if field and content:
            self.meta.setdefault(field, content)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The visible text of ``html`` (paragraphs between blank lines) and its metadata.

    Metadata comes from ``<title>``, ``<meta name="author">``,
    ``<meta property="article:published_time">`` and ``<link rel="canonical">``.
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.paragraphs), {k: v for k, v in parser.meta.items() if v}


# --- Files -------------------------------------------------------------------

def _decode(raw: bytes, display: str) -> tuple[str, tuple[Problem, ...]]:
    """UTF-8 text of ``raw``; undecodable bytes become U+FFFD and are reported."""
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problem = Problem(display, line, f"bytes that are not UTF-8 ({err.reason}); replaced with U+FFFD "
                                         f"and scored anyway; save the file as UTF-8 to score it exactly")
        return raw.decode("utf-8-sig", errors="replace"), (problem,)


def _clean(value: str) -> str:
    """Replace lone surrogates (from file names or JSON escapes), which cannot be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", value)


def _read_text_file(path: Path, doc_id: str, display: str) -> Iterator[Document | Problem]:
    raw = path.read_bytes()
    if b"\0" in raw:
        yield Problem(display, None, "binary file (contains NUL bytes), skipped; "
                                     "if it is UTF-16 text, save it as UTF-8")
        return
    text, problems = _decode(raw, display)
    if not text.strip():
        yield Problem(display, None, "empty file (no text to score), skipped")
        return
    meta: dict[str, str] = {}
    if path.suffix.lower() in (".html", ".htm"):
        text, meta = html_to_text(text)
        if not text.strip():
            yield Problem(display, None, "no visible text (only markup, scripts or styles), skipped")
            return
    yield Document(doc_id, text, title=meta.get("title"), date=meta.get("date"), author=meta.get("author"),
                   url=meta.get("url"), path=display, problems=problems)


def _jsonl_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return _clean(value) if value else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"field '{name}' must be a string, not {type(value).__name__}")


def _read_jsonl_file(path: Path, display: str, seen: dict[str, str]) -> Iterator[Document | Problem]:
    with open(path, "rb") as handle:
        if b"\0" in handle.read(BINARY_SNIFF_BYTES):
            yield Problem(display, None, "binary file (contains NUL bytes), skipped; JSON Lines must be UTF-8 text")
            return
        handle.seek(0)
        found_any = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            found_any = True
            line, decode_problems = _decode(raw, display)
            decode_problems = tuple(Problem(p.path, number, p.message) for p in decode_problems)
            try:
                record = json.loads(line)
            except ValueError as err:
                yield Problem(display, number, f"not valid JSON ({err}), skipped; "
                                               f"each line must be one JSON object")
                continue
            if not isinstance(record, dict):
                yield Problem(display, number, f"a JSON {type(record).__name__}, not an object, skipped; "
                                               f"each line must be an object with 'id' and 'text'")
                continue
            doc_id, text = record.get("id"), record.get("text")
            missing = [name for name, value in (("id", doc_id), ("text", text)) if value in (None, "")]
            if missing:
                yield Problem(display, number, f"missing {' and '.join(repr(m) for m in missing)}, skipped; "
                                               f"each line needs 'id' and 'text'")
                continue
            if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not isinstance(text, str):
                yield Problem(display, number, "'id' must be a string (or integer) and 'text' a string, skipped")
                continue
            try:
                fields = {name: _jsonl_field(record, name) for name in JSONL_FIELDS}
            except ValueError as err:
                yield Problem(display, number, f"{err}, skipped")
                continue
            doc_id = _clean(str(doc_id))
            where = f"{display}:{number}"
            if doc_id in seen:
                yield Problem(display, number, f"duplicate document id '{doc_id}' (first at {seen[doc_id]}), "
                                               f"skipped; give each document its own id")
                continue
            seen[doc_id] = where
            if not text.strip():
                yield Problem(display, number, "empty 'text', skipped")
                continue
            yield Document(doc_id, _clean(text), path=display, problems=decode_problems, **fields)
        if not found_any:
            yield Problem(display, None, "empty file (no JSON lines), skipped")


def _read_file(path: Path, doc_id: str, display: str, seen: dict[str, str]) -> Iterator[Document | Problem]:
    if path.suffix.lower() not in SUFFIXES:
        yield Problem(display, None, f"not a supported file type, skipped; stance reads {', '.join(SUFFIXES)}")
        return
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            yield Problem(display, None, "not a regular file, skipped")
            return
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl_file(path, display, seen)
            return
        if doc_id in seen:
            yield Problem(display, None, f"duplicate document id '{doc_id}' (first at {seen[doc_id]}), skipped; "
                                         f"inputs given together must not share relative paths")
            return
        seen[doc_id] = display
        yield from _read_text_file(path, doc_id, display)
    except OSError as err:
        yield Problem(display, None, f"cannot be read ({err.strerror or type(err).__name__}), skipped; "
                                     f"check that it exists and is readable")


def _walk(folder: Path, visited: set[tuple[int, int]] | None = None) -> Iterator[Path]:
    """Files under ``folder``, sorted by name at each level, skipping dot-entries.

    Linked folders are followed once each, so a link loop ends.
    """
    visited = set() if visited is None else visited
    info = os.stat(folder)
    if (info.st_dev, info.st_ino) in visited:
        return
    visited.add((info.st_dev, info.st_ino))
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path), visited)
        else:
            yield Path(entry.path)


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The input paths, after checking that each one exists.

    Raises
    ------
    InputError
        Naming every path that does not exist.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input given; name the files or folders of documents to score")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        names = ", ".join(missing)
        raise InputError(f"no such file or folder: {names}; give existing files or folders of documents "
                         f"({', '.join(SUFFIXES)})")
    return paths


def _read_documents(roots: list[Path]) -> Iterator[Document | Problem]:
    seen: dict[str, str] = {}
    for root in roots:
        if root.is_dir():
            found_any = False
            for path in _walk(root):
                found_any = True
                relative = path.relative_to(root)
                display = str(root / relative)
                doc_id = _clean(relative.as_posix())
                yield from _read_file(path, doc_id, _clean(display), seen)
            if not found_any:
                yield Problem(str(root), None, f"folder has no files to score; stance reads {', '.join(SUFFIXES)}")
        else:
            yield from _read_file(root, _clean(root.name), _clean(str(root)), seen)


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | Problem]:
    """Stream the documents under ``paths``; each unusable input yields a Problem in its place.

    The paths are checked at once (so a missing one fails before anything is
    read); the files are read one at a time as the stream is consumed.

    Raises
    ------
    InputError
        A path does not exist.
    """
    return _read_documents(check_inputs(paths))
