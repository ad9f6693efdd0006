"""Reading documents: walk order, ids, formats, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.documents import Document, html_to_text, read_documents
from stance.errors import InputError, Problem


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _split(items) -> tuple[list[Document], list[Problem]]:
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]


def test_folders_are_walked_sorted_skipping_dot_entries(tmp_path):
    root = tmp_path / "in"
    for name in ["b.txt", "a/z.md", "a/b/c.txt", "a-b.txt", ".hidden.txt", ".git/x.txt", "a/.cache/y.txt"]:
        _write(root / name, f"Text of {name}.")
    documents, problems = _split(read_documents([root]))
    assert [d.id for d in documents] == ["a/b/c.txt", "a/z.md", "a-b.txt", "b.txt"]
    assert problems == []
    assert documents[0].path == str(root / "a" / "b" / "c.txt")
    assert documents[0].text == "Text of a/b/c.txt."


def test_a_file_given_directly_is_named_by_its_file_name(tmp_path):
    path = _write(tmp_path / "deep" / "note.txt", "NATO and Russia met.")
    (document,) = read_documents([path])
    assert (document.id, document.path) == ("note.txt", str(path))


def test_inputs_keep_the_order_given(tmp_path):
    first = _write(tmp_path / "z.txt", "Last by name.")
    second = _write(tmp_path / "a.txt", "First by name.")
    assert [d.id for d in read_documents([first, second])] == ["z.txt", "a.txt"]


def test_missing_path_fails_before_anything_is_read(tmp_path):
    _write(tmp_path / "ok.txt", "Fine.")
    with pytest.raises(InputError, match=r"no such file or folder: .*nope"):
        read_documents([tmp_path / "ok.txt", tmp_path / "nope"])  # not iterated: raised at the call


def test_reading_is_a_stream(tmp_path):
    _write(tmp_path / "a.txt", "One.")
    stream = read_documents([tmp_path])
    assert iter(stream) is stream
    _write(tmp_path / "b.txt", "Two, written after the call but before reading.")
    assert [d.id for d in stream] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n \t\n", "empty file"),
    ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary file (contains NUL bytes)"),
    ("only_script.html", b"<html><script>var x = 1;</script></html>", "no visible text"),
    ("picture.png", b"\x89PNG", "not a supported file type"),
    ("empty.jsonl", b"\n\n", "empty file (no JSON lines)"),
    ("binary.jsonl", b'{"id": "a", "text": "x"}\x00\n', "binary file"),
])
def test_unusable_file_is_reported_and_skipped(tmp_path, name, content, message):
    _write(tmp_path / name, content)
    _write(tmp_path / "zz_good.txt", "NATO welcomed the talks.")
    documents, problems = _split(read_documents([tmp_path]))
    assert [d.id for d in documents] == ["zz_good.txt"]
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / name)
    assert message in problems[0].message


def test_broken_link_is_reported_as_unreadable(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    _write(tmp_path / "ok.txt", "Readable.")
    documents, problems = _split(read_documents([tmp_path]))
    assert [d.id for d in documents] == ["ok.txt"]
    assert len(problems) == 1 and "cannot be read" in problems[0].message


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = _write(tmp_path / "locked.txt", "Secret.")
    original = Path.read_bytes

    def refuse(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (problem,) = read_documents([path])
    assert str(problem) == f"{path}: cannot be read (Permission denied), skipped; check that it exists and is readable"


def test_invalid_utf8_is_replaced_reported_and_still_scored(tmp_path):
    _write(tmp_path / "latin1.txt", "First line.\nCaf\xe9 talks resumed.\n".encode("latin-1"))
    (document,) = read_documents([tmp_path])
    assert document.text == "First line.\nCaf\ufffd talks resumed.\n"
    (problem,) = document.problems
    assert (problem.path, problem.line) == (str(tmp_path / "latin1.txt"), 2)
    assert "not UTF-8" in problem.message


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    _write(tmp_path / "bom.txt", "\ufeffNATO met.".encode("utf-8"))
    (document,) = read_documents([tmp_path])
    assert document.text == "NATO met." and document.problems == ()


def _jsonl(path: Path, lines: list) -> Path:
    return _write(path, "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))


def test_jsonl_documents_and_their_fields(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [
        {"id": "n1", "text": "NATO met Russia.", "title": "Talks", "date": "2010-02-22",
         "author": "Jane Roe", "url": "https://example.org/n1"},
        {"id": 2, "text": "Second story."},
    ])
    first, second = read_documents([path])
    assert first == Document("n1", "NATO met Russia.", title="Talks", date="2010-02-22", author="Jane Roe",
                             url="https://example.org/n1", path=str(path))
    assert first.meta() == {"doc": "n1", "title": "Talks", "date": "2010-02-22", "author": "Jane Roe",
                            "url": "https://example.org/n1", "path": str(path)}
    assert (second.id, second.title, second.author) == ("2", None, None)


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "text": "unclosed', "not valid JSON"),
    ('["id", "text"]', "a JSON list, not an object"),
    ('{"text": "no id here"}', "missing 'id'"),
    ('{"id": "b"}', "missing 'text'"),
    ('{"id": "c", "text": ""}', "missing 'text'"),
    ('{"id": {"x": 1}, "text": "t"}', "'id' must be a string"),
    ('{"id": "d", "text": "t", "author": ["A", "B"]}', "field 'author' must be a string"),
    ('{"id": "good", "text": "duplicate id"}', "duplicate document id 'good' (first at"),
])
def test_bad_jsonl_line_is_reported_with_its_line_and_skipped(tmp_path, line, message):
    path = _jsonl(tmp_path / "docs.jsonl", [{"id": "good", "text": "NATO met."}, "", line,
                                             {"id": "after", "text": "Still read."}])
    documents, problems = _split(read_documents([path]))
    assert [d.id for d in documents] == ["good", "after"]
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(path), 3)
    assert message in problems[0].message
    assert str(problems[0]).startswith(f"{path}:3: ")


def test_duplicate_relative_paths_across_inputs_are_reported(tmp_path):
    _write(tmp_path / "one" / "x.txt", "First.")
    _write(tmp_path / "two" / "x.txt", "Second.")
    documents, problems = _split(read_documents([tmp_path / "one", tmp_path / "two"]))
    assert [d.text for d in documents] == ["First."]
    assert "duplicate document id 'x.txt'" in problems[0].message


def test_empty_folder_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (problem,) = read_documents([tmp_path / "empty"])
    assert "no files to score" in problem.message


@pytest.mark.parametrize("html, text", [
    ("<p>One &amp; two.</p><p>Three&nbsp;four.</p>", "One & two.\n\nThree\xa0four."),
    ("<h1>Headline</h1>Body text <b>bold</b> here.", "Headline\n\nBody text bold here."),
    ("<script>alert('x')</script><style>p {}</style><p>Visible</p><noscript>no</noscript>", "Visible"),
    ("<template><p>hidden</p></template><div>shown</div>", "shown"),
    ("<p>Hard\n   wrapped\n  source</p>", "Hard wrapped source"),
    ("<ul><li>a</li><li>b</li></ul>line<br>break", "a\n\nb\n\nline\n\nbreak"),
    ("<table><tr><td>x</td><td>y</td></tr></table>", "x y"),
    ("<figure><img src=x><figcaption>Photo: AFP</figcaption></figure>", "Photo: AFP"),
    ("<!-- a comment --><p>kept</p>", "kept"),
    # </head> may be left out: the body still counts.
    ("<html><head><title>T</title><meta charset=utf-8><body><p>Body</p>", "Body"),
])
def test_html_visible_text(html, text):
    assert html_to_text(html)[0] == text


def test_html_metadata():
    html = ("<html><head><title> NATO   warms </title><meta name='author' content='Jane Roe'>"
            "<meta property='article:published_time' content='2010-02-22'>"
            "<link rel='canonical' href='https://example.org/a'></head><body><p>x</p></body></html>")
    assert html_to_text(html)[1] == {"title": "NATO warms", "author": "Jane Roe", "date": "2010-02-22",
                                      "url": "https://example.org/a"}


def test_html_file_becomes_a_document_without_markup(tmp_path):
    _write(tmp_path / "page.html", "<html><head><title>Page</title></head><body>"
                                   "<h1>NATO and Russia</h1><script>document.write('<p>evil</p>')</script>"
                                   "<p>Ministers met.</p></body></html>")
    (document,) = read_documents([tmp_path])
    assert (document.id, document.title) == ("page.html", "Page")
    assert document.text == "NATO and Russia\n\nMinisters met."


def test_linked_folders_are_followed_once(tmp_path):
    _write(tmp_path / "real" / "a.txt", "Alpha.")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    (tmp_path / "also").symlink_to(tmp_path / "real")
    documents, problems = _split(read_documents([tmp_path]))
    # "also" sorts first and reaches the folder; "also/loop" and "real" would read it again.
    assert [d.id for d in documents] == ["also/a.txt"]
    assert problems == []
