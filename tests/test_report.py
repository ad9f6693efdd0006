import json
import re

import pytest

from stance.aggregate import Aggregator
from stance.html import render_html, safe_url
from stance.report import (
    ReportError, UnknownRowError, format_document_card, format_speaker_card, format_speaker_table,
    load_reports, table_csv, write_reports,
)
from tests.test_aggregate import COOPERATIVE, NEUTRAL, OPPOSITIONAL, meta, record

EVIL_DOC = '"><img src=x onerror=alert(1)>'
SCRIPT = "<script>alert(1)</script>"
MODEL_CARD = {"sentences": 1200, "sources": 48, "created": "2026-01-01T00:00:00+00:00",
              "cross_validation": {"folds": 5, "macro_f1": 0.8123, "accuracy": 0.8456,
                                   "per_class": {label: {"f1": f1} for label, f1 in
                                                 zip(("cooperative", "cautionary", "oppositional", "neutral"),
                                                     (0.81, 0.7, 0.86, 0.9))}}}


def corpus():
    """Three documents, one with an id and a sentence made to break HTML, as ``[(meta, records)]``."""
    lavrov = [record("b.txt", i, OPPOSITIONAL, speaker="Sergei Lavrov", text=f"NATO is a threat, part {i}.")
              for i in range(6)]
    return [
        (meta("a.txt", title="Talks resume", date="2024-03-01", url="https://example.org/a?x=1&y=2",
              author="Steven Erlanger"),
         [record("a.txt", 0, COOPERATIVE, voice="narrator", text="The council met again."),
          record("a.txt", 1, COOPERATIVE, speaker="Jens Stoltenberg", text="We welcome the talks."),
          record("a.txt", 2, NEUTRAL, speaker="Jens Stoltenberg", text="The meeting was in Brussels."),
          record("a.txt", 3, COOPERATIVE, speaker="Jens Stoltenberg", duplicate=True, text="We welcome the talks.")]),
        (meta("b.txt", url="javascript:alert(1)"), lavrov),
        (meta(EVIL_DOC, title=SCRIPT, url="https://e.org/\"onmouseover=alert(1)"),
         [record(EVIL_DOC, 0, OPPOSITIONAL, speaker=SCRIPT, text=f"He wrote {SCRIPT} on the wall."),
          record(EVIL_DOC, 1, COOPERATIVE, speaker="Jens Stoltenberg", text="Cooperation & trust <matter>.")]),
    ]


def summarise(documents=None, **options):
    agg = Aggregator(**options)
    for document, records in documents or corpus():
        agg.add_document(document)
        for rec in records:
            agg.add_sentence(rec)
    return agg.finish()


def write_outdir(path, documents=None, model_card=None):
    """An OUTDIR as `stance score` leaves it: the three reports and sentences.jsonl."""
    documents = documents or corpus()
    write_reports(summarise(documents), path, model_card=model_card)
    lines = [json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) for _, records in documents for rec in records]
    (path / "sentences.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("value, cell", [
    (None, ""), (True, "true"), (False, "false"), (3, "3"), (0.5, "0.5000"), (-0.00001, "0.0000"),
    (-0.25, "-0.2500"), (["a.txt", "b.txt"], "a.txt; b.txt"), ("x,y", '"x,y"'),
])
def test_table_csv_cells(value, cell):
    assert table_csv([{"v": value, "w": 1}], ["v", "w"]) == f"v,w\n{cell},1\n"


@pytest.mark.parametrize("url, linked", [
    ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
    ("HTTP://example.org/", "HTTP://example.org/"),
    ("javascript:alert(1)", None), ("data:text/html,x", None), (" https://x.org", None), (None, None),
    ('https://e.org/"><script>', "https://e.org/&quot;&gt;&lt;script&gt;"),
])
def test_safe_url(url, linked):
    assert safe_url(url) == linked


def test_write_reports_is_byte_identical(tmp_path):
    first = write_outdir(tmp_path / "one", model_card=MODEL_CARD)
    second = write_outdir(tmp_path / "two", model_card=MODEL_CARD)
    for name in ("documents.csv", "speakers.csv", "report.html"):
        data = (first / name).read_bytes()
        assert data == (second / name).read_bytes()
        assert b"\r" not in data and data.endswith(b"\n")
    assert sorted(p.name for p in first.iterdir()) == ["documents.csv", "report.html", "sentences.jsonl", "speakers.csv"]


def test_csv_files_hold_the_rows(tmp_path):
    write_outdir(tmp_path)
    documents = (tmp_path / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert documents[0].startswith("doc,title,date,author,url,sentences,duplicates,stance_bearing,cooperative,")
    assert documents[1].startswith("a.txt,Talks resume,2024-03-01,Steven Erlanger,https://example.org/a?x=1&y=2,3,1,2,2,")
    speakers = (tmp_path / "speakers.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in speakers[1:]] == [
        "Sergei Lavrov", "Jens Stoltenberg", SCRIPT, "Steven Erlanger"]
    assert speakers[1].endswith(",-0.5556,-0.5556,-0.5556,0.0000,b.txt,false")


def test_load_reports_reads_back_the_summary(tmp_path):
    summary = summarise()
    data = load_reports(write_outdir(tmp_path))
    assert data.documents == summary.documents
    assert data.speakers == summary.speakers
    assert data.evidence == summary.evidence
    assert [e.text for e in data.document_evidence["a.txt"]["cooperative"]] == [
        "The council met again.", "We welcome the talks."]


def test_html_escapes_every_document_text():
    page = render_html(summarise(), MODEL_CARD)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "onerror=alert(1)&gt;" in page and "&quot;&gt;&lt;img src=x" in page
    assert "He wrote &lt;script&gt;alert(1)&lt;/script&gt; on the wall." in page
    assert "Cooperation &amp; trust &lt;matter&gt;." in page
    assert 'href="javascript' not in page and "javascript:alert(1)" not in page
    assert 'href="https://example.org/a?x=1&amp;y=2"' in page
    assert 'href="https://e.org/&quot;onmouseover=alert(1)"' in page
    # anchors come from row numbers, never from document text
    assert set(re.findall(r'id="([^"]*)"', page)) <= {"speakers", "documents", "evidence", "d0", "d1", "d2",
                                                      "s0", "s1", "s2", "s3"}
    assert 'href="#d2"' in page  # the evidence of the malicious document still links to it


def test_html_is_self_contained_and_shows_the_model():
    page = render_html(summarise(), MODEL_CARD)
    assert "default-src 'none'" in page
    for needle in ("<link", "@import", "url(", "<iframe", "src="):
        assert needle not in page.replace("img src=x", "")
    targets = re.findall(r'href="([^"]*)"', page)
    assert all(t.startswith("#") or t.startswith("https://") for t in targets)
    assert "macro F1</th><td>0.812" in page and "accuracy</th><td>0.846" in page
    assert "1200 labelled sentences, 48 sources, 5-fold cross-validation grouped by source" in page
    assert "2026-01-01" not in page
    assert "macro F1" not in render_html(summarise(), None)


def test_html_shows_flagged_rows_faded_and_charts():
    page = render_html(summarise())
    assert page.count('<tr class="few">') + page.count('class="few">') >= 4
    assert "no stance-bearing sentences" not in page  # every row has a stance-bearing sentence
    assert page.count("<svg") > 10 and "<circle" in page
    empty = render_html(summarise([(meta("n.txt"), [record("n.txt", 0, NEUTRAL, speaker="Ann")])]))
    assert "no stance-bearing sentences" in empty


def test_speaker_table_is_aligned_and_flags_few(tmp_path):
    text = format_speaker_table(load_reports(write_outdir(tmp_path)))
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("speaker"))
    rows = lines[lines.index(header) + 1: lines.index(header) + 5]
    assert rows[0].startswith("Sergei Lavrov") and "-0.556  [-0.556, -0.556]" in rows[0]
    assert {row.index("[") for row in rows if "[" in row} == {header.index("95% interval") + len("95% interval") - 16}
    assert [row.endswith("*") for row in rows] == [False, True, True, True]  # Lavrov has 6 stance-bearing
    assert "* fewer than 5 stance-bearing sentences" in text
    assert "3 documents, 11 sentences counted (1 verbatim repeat left out), 4 speakers" in text


def test_cards_show_counts_and_evidence(tmp_path):
    data = load_reports(write_outdir(tmp_path))
    card = format_speaker_card(data, "jens stoltenberg")
    assert card.splitlines()[0] == "Jens Stoltenberg"
    assert "documents       a.txt; " + EVIL_DOC in card
    assert "1.00  We welcome the talks.  (a.txt #1)" not in card and "0.70  We welcome the talks.  (a.txt #1)" in card
    document = format_document_card(data, "a.txt")
    assert "title           Talks resume" in document and "left out        1 verbatim repeat" in document
    assert "0.70  We welcome the talks.  (#1, Jens Stoltenberg)" in document


def test_terminal_text_has_no_control_characters(tmp_path):
    documents = [(meta("e.txt"), [record("e.txt", 0, OPPOSITIONAL, speaker="Evil\x1b[2J", text="Bad\x1b]0;x\x07 text")])]
    data = load_reports(write_outdir(tmp_path, documents))
    for text in (format_speaker_table(data), format_speaker_card(data, "Evil\x1b[2J")):
        assert "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("asked, message", [
    ("Lavrv", "no speaker 'Lavrv' in {out}/speakers.csv; close matches: 'Sergei Lavrov'"),
    ("Lavrov", "close matches: 'Sergei Lavrov'"),
    ("Zzyzx", "no speaker 'Zzyzx' in {out}/speakers.csv; run `stance report {out}` to list them"),
])
def test_unknown_speaker_lists_close_matches(tmp_path, asked, message):
    data = load_reports(write_outdir(tmp_path))
    with pytest.raises(UnknownRowError) as error:
        format_speaker_card(data, asked)
    assert message.format(out=tmp_path) in str(error.value)


@pytest.mark.parametrize("damage, message", [
    (lambda out: (out / "speakers.csv").unlink(), "speakers.csv does not exist; run `stance score PATH... -o"),
    (lambda out: (out / "sentences.jsonl").unlink(), "sentences.jsonl does not exist"),
    (lambda out: (out / "sentences.jsonl").write_text('{"doc": "a.txt"}\nnot json\n'), "sentences.jsonl:1: not a scored sentence"),
    (lambda out: (out / "sentences.jsonl").write_text("\nnot json\n"), "sentences.jsonl:2: not a JSON object"),
    (lambda out: (out / "sentences.jsonl").write_text(
        (out / "sentences.jsonl").read_text().replace('"sentiment": 0.0', '"sentiment": null', 1)),
     "sentences.jsonl:1: not a scored sentence"),
    (lambda out: (out / "documents.csv").write_text("doc,title\na.txt,x\n"), "documents.csv:1: missing column(s) date,"),
    (lambda out: (out / "speakers.csv").write_bytes(b"\xff\xfe"), "speakers.csv cannot be read"),
])
def test_damaged_outdir_is_a_clear_error(tmp_path, damage, message):
    damage(write_outdir(tmp_path))
    with pytest.raises(ReportError, match=re.escape(message)):
        load_reports(tmp_path)


def test_bad_value_in_csv_names_line_and_column(tmp_path):
    out = write_outdir(tmp_path)
    path = out / "documents.csv"
    path.write_text(path.read_text().replace(",true\n", ",maybe\n", 1))
    with pytest.raises(ReportError, match=r"documents.csv:2: column few_sentences has 'maybe'"):
        load_reports(out)


def test_missing_outdir_is_a_clear_error(tmp_path):
    with pytest.raises(ReportError, match="is not a folder; give the output folder of `stance score`"):
        load_reports(tmp_path / "nowhere")


def test_html_caps_long_tables_but_keeps_cited_documents(monkeypatch):
    import stance.html

    monkeypatch.setattr(stance.html, "MAX_SPEAKERS", 1)
    monkeypatch.setattr(stance.html, "MAX_DOCUMENTS", 1)
    page = render_html(summarise())
    # the one speaker shown is Lavrov, whose evidence is all in b.txt (row 1): a.txt (row 0) and b.txt only
    assert 'id="d0"' in page and 'id="d1"' in page and 'id="d2"' not in page
    assert "1 more document in documents.csv." in page
    assert "3 more speakers in speakers.csv." in page
    assert 'id="s1"' not in page
