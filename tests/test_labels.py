import pytest

from stance.errors import LabelFileError
from stance.labels import LABELS, read_labels, walk_label_files

from .conftest import write_label_csv


def problems_of(folder) -> list[str]:
    with pytest.raises(LabelFileError) as caught:
        read_labels(folder)
    return [str(p) for p in caught.value.problems]


def test_reads_every_file_in_sorted_order(tiny_labels):
    labelset = read_labels(tiny_labels)
    assert len(labelset) == 24
    assert [p.name for p in labelset.files] == sorted(p.name for p in labelset.files)
    assert set(labelset.labels) == set(LABELS)
    assert labelset.sources[0] == "alpha"


def test_walk_skips_dot_files_and_non_csv(tmp_path):
    write_label_csv(tmp_path / "b.csv", [])
    write_label_csv(tmp_path / "a" / "x.csv", [])
    write_label_csv(tmp_path / ".hidden.csv", [])
    write_label_csv(tmp_path / ".git" / "y.csv", [])
    (tmp_path / "README.md").write_text("notes")
    assert [p.relative_to(tmp_path).as_posix() for p in walk_label_files(tmp_path)] == ["a/x.csv", "b.csv"]


def test_source_defaults_to_file_and_whitespace_is_normalised(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("text,label\n\"  NATO  met\n Russia. \",neutral\nWe welcome talks.,cooperative\n", encoding="utf-8")
    labelset = read_labels(tmp_path)
    assert labelset.texts[0] == "NATO met Russia."
    assert labelset.sources == [str(path), str(path)]


@pytest.mark.parametrize("content, expected", [
    ("txt,label\nx,neutral\n", "l.csv:1: missing column(s) text; the header must name at least 'text' and 'label'"),
    ("text,label\nNATO met.,cooperativ\n", "l.csv:2: unknown label 'cooperativ'; did you mean 'cooperative'?"),
    ("text,label\nNATO met.,\n", "l.csv:2: unknown label '(empty)'"),
    ("text,label\nNATO met.,positive\n", "l.csv:2: unknown label 'positive'; use one of: cooperative, cautionary, oppositional, neutral"),
    ("text,label\n  ,neutral\n", "l.csv:2: empty text; write the sentence or delete the row"),
])
def test_each_problem_names_file_line_and_fix(tmp_path, content, expected):
    (tmp_path / "l.csv").write_text(content, encoding="utf-8")
    found = problems_of(tmp_path)
    assert any(expected in p for p in found), found


def test_undecodable_bytes_report_the_line(tmp_path):
    (tmp_path / "l.csv").write_bytes(b"text,label\nok,neutral\nbad \xff byte,neutral\n")
    assert problems_of(tmp_path) == [f"{tmp_path / 'l.csv'}:3: bytes that are not UTF-8 (invalid start byte); save the file as UTF-8"]


def test_conflicting_labels_across_files(tmp_path):
    write_label_csv(tmp_path / "a.csv", [{"text": "Talks resumed.", "label": "cooperative"}])
    write_label_csv(tmp_path / "b.csv", [{"text": "Talks  resumed.", "label": "neutral"}])
    found = problems_of(tmp_path)
    assert found == [f"{tmp_path / 'b.csv'}:2: same text labelled 'neutral' here and 'cooperative' at "
                     f"{tmp_path / 'a.csv'}:2; keep one label"]


def test_all_problems_are_listed_together(tmp_path):
    (tmp_path / "a.csv").write_text("text,label\n,neutral\nx,bogus\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("words\nx\n", encoding="utf-8")
    assert len(problems_of(tmp_path)) == 3


@pytest.mark.parametrize("other_file", [None, "notes.txt"])
def test_folder_without_label_files(tmp_path, other_file):
    if other_file:
        (tmp_path / other_file).write_text("x")
    assert problems_of(tmp_path) == [f"{tmp_path}: no label files found; add CSV files with a header 'text,label' (see labels/README.md)"]


def test_missing_folder(tmp_path):
    assert "no such file or folder" in problems_of(tmp_path / "nope")[0]
