"""Scoring: the sentence record contract, the fast classifier, streaming, runs and the default model."""
from __future__ import annotations

import csv
import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from stance import scoring
from stance.documents import Document
from stance.errors import InputError, ModelError, Problem
from stance.labels import LABELS
from stance.model import build_pipeline
from stance.scoring import (RECORD_KEYS, FastProba, RunSummary, ScoredDocument, _SharedModel, default_model,
                            in_context, record_line, run_score, score, score_document, score_documents)
from stance.segment import normalize_space, split_sentences
from stance.store import load_model

from .conftest import TINY_CORPUS, write_label_csv

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ARTICLE = (
    "NATO and Russia agree to resume talks\n"
    "\n"
    "Photos: AFP/Getty Images\n"
    "Photos: AFP/Getty Images\n"
    "\n"
    "The ministers agreed on Tuesday to resume the NATO-Russia Council. Moscow welcomed the move,\n"
    "but Gen. Smith warned that there is no return to business as usual.\n"
    "\n"
    "\"We are not a threat to Russia,\" the secretary general said.\n"
)


@pytest.fixture(scope="session")
def tiny_model(tiny_model_path):
    return load_model(tiny_model_path)


def test_records_follow_the_contract(tiny_model):
    document = Document("news/a.txt", ARTICLE, author="Jane Roe")
    records = score_document(document, tiny_model)
    sentences = split_sentences(ARTICLE)
    assert len(records) == len(sentences) >= 6
    vader = SentimentIntensityAnalyzer()
    for index, (record, sentence) in enumerate(zip(records, sentences)):
        assert tuple(record) == RECORD_KEYS
        assert record["doc"] == "news/a.txt"
        assert record["index"] == index
        assert ARTICLE[record["start"]:record["end"]] == record["text"] == sentence.text
        assert record["paragraph"] == sentence.paragraph
        assert tuple(record["probs"]) == LABELS
        assert all(round(p, 4) == p for p in record["probs"].values())
        assert abs(sum(record["probs"].values()) - 1) < 1e-3
        assert record["label"] == max(record["probs"], key=record["probs"].get)
        assert record["sentiment"] == vader.polarity_scores(sentence.text)["compound"]
        assert record["voice"] in ("narrator", "direct", "indirect")
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_probabilities_are_the_model_s_own_read_with_the_paragraph(tiny_model):
    records = score_document(Document("a", ARTICLE), tiny_model)
    own = tiny_model.predict_proba([normalize_space(r["text"]) for r in records])
    expected = in_context(own, [r["paragraph"] for r in records])
    for record, row in zip(records, expected):
        assert list(record["probs"].values()) == [round(float(p), 4) for p in row]
        assert record["label"] == LABELS[int(row.argmax())]
    alone = [i for i, r in enumerate(records)
             if all(o["paragraph"] != r["paragraph"] for o in records if o is not r)]
    assert alone                                  # the headline is a paragraph of its own
    for i in alone:
        assert list(records[i]["probs"].values()) == [round(float(p), 4) for p in own[i]]


def test_a_batch_never_reads_one_document_with_its_neighbour_s_paragraph(tiny_model):
    # Two one-paragraph documents scored together: the last sentence of the first and the
    # first of the second are both paragraph 0, but of different documents.
    first = Document("a", "NATO and Russia agreed to resume the council. Ministers welcomed the step.")
    second = Document("b", "Moscow expelled the envoys. The alliance condemned the move.")
    assert score_documents([first, second], tiny_model) == [score_document(first, tiny_model),
                                                             score_document(second, tiny_model)]


def test_context_weight_outside_its_range_is_refused_by_the_library(tiny_model):
    with pytest.raises(ValueError, match="context_weight -1 is outside 0-10"):
        score([str(SEEDS)], tiny_model, context_weight=-1)


def test_in_context_adds_half_of_each_neighbour_in_the_same_paragraph():
    own = np.array([[0.8, 0.2], [0.2, 0.8], [0.5, 0.5], [1.0, 0.0]])
    # sentences 0-1 share paragraph 0; 2 is alone; 3 is alone in paragraph 2
    got = in_context(own, [0, 0, 1, 2], weight=0.5)
    assert np.allclose(got, [[0.9 / 1.5, 0.6 / 1.5], [0.6 / 1.5, 0.9 / 1.5], [0.5, 0.5], [1.0, 0.0]])
    assert np.array_equal(in_context(own, [0, 0, 1, 2], weight=0), own)
    assert in_context(own[:0], []).shape == (0, 2)


def test_verbatim_repeats_are_marked_duplicate_from_the_second_on(tiny_model):
    text = "NATO met Russia.\n\nPhotos: AFP\nPhotos: AFP\n\nNATO  met\nRussia.\n\nPhotos: AFP"
    records = score_document(Document("d", text), tiny_model)
    assert [(r["text"], r["duplicate"]) for r in records] == [
        ("NATO met Russia.", False), ("Photos: AFP", False), ("Photos: AFP", True),
        ("NATO  met\nRussia.", True),  # the same once white space is normalised
        ("Photos: AFP", True),
    ]


def test_a_document_s_records_do_not_depend_on_its_batch(tiny_model):
    documents = [Document(path.name, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    together = score_documents(documents, tiny_model)
    assert together == [score_document(document, tiny_model) for document in documents]
    assert score_documents([], tiny_model) == []


def test_record_line_keeps_key_order_and_unicode():
    record = {"doc": "é.txt", "index": 0, "probs": {"cooperative": 0.5}, "speaker": None, "duplicate": False}
    assert record_line(record) == ('{"doc": "é.txt", "index": 0, "probs": {"cooperative": 0.5}, '
                                   '"speaker": null, "duplicate": false}')
    assert record_line(record) == json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


# --- The fast classifier ---------------------------------------------------------------

def _texts_for_features() -> list[str]:
    texts = []
    for path in sorted((ROOT / "labels").rglob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            texts += [normalize_space(row["text"]) for row in csv.DictReader(handle)]
    for path in sorted(SEEDS.glob("*.txt")):
        texts += [normalize_space(s.text) for s in split_sentences(path.read_text(encoding="utf-8"))]
    # Accents, ligatures, non-breaking and odd spaces, final sigma, an empty text.
    texts += ["Café naïve ﬁnance\xa0talks ½", "ΣΑΣ Ⅻ ǅ straße", "a\tb\u2003c  d", "", "x"]
    return texts


def test_fast_classifier_gives_identical_probabilities(tiny_model):
    fast = FastProba(tiny_model)
    assert fast.fast
    texts = _texts_for_features()
    expected = tiny_model.predict_proba(texts)
    assert np.array_equal(fast(texts), expected)
    assert np.array_equal(fast(texts[::-1]), expected[::-1])  # again, now from the word cache


def test_fast_classifier_survives_a_full_word_cache(tiny_model, monkeypatch):
    monkeypatch.setattr(FastProba, "CACHE_WORDS", 7)
    fast = FastProba(tiny_model)
    texts = _texts_for_features()[:300]
    assert np.array_equal(fast(texts), tiny_model.predict_proba(texts))
    assert len(fast.words) <= 7


def test_fast_classifier_falls_back_for_other_models():
    from stance.model import StanceModel

    texts = [t for pairs in TINY_CORPUS.values() for t, _ in pairs]
    labels = [lab for pairs in TINY_CORPUS.values() for _, lab in pairs]
    model = StanceModel(build_pipeline({"char_ngrams": None}).fit(texts, labels))
    fast = FastProba(model)
    assert not fast.fast
    assert np.array_equal(fast(texts), model.predict_proba(texts))


# --- Streams -------------------------------------------------------------------------

def test_score_streams_documents_and_problems_in_input_order(tmp_path, tiny_model):
    (tmp_path / "a.txt").write_text("NATO met Russia.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Talks resumed.", encoding="utf-8")
    items = list(score([tmp_path], tiny_model))
    assert [type(i) for i in items] == [ScoredDocument, Problem, ScoredDocument]
    assert items[0].meta == {"doc": "a.txt", "title": None, "date": None, "author": None, "url": None,
                             "path": str(tmp_path / "a.txt")}
    assert [r["text"] for r in items[2].records] == ["Talks resumed."]


def test_score_checks_paths_before_reading(tmp_path, tiny_model):
    with pytest.raises(InputError):
        score([tmp_path / "missing"], tiny_model)


def test_parallel_scoring_equals_serial_across_chunks(tmp_path, tiny_model, monkeypatch):
    for path in sorted(SEEDS.glob("*.txt")):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 3000)  # several chunks, so workers share the run
    serial = list(score([tmp_path], tiny_model, jobs=1))
    parallel = list(score([tmp_path], tiny_model, jobs=2))
    assert serial == parallel
    assert sum(isinstance(item, Problem) for item in serial) == 1


def test_workers_receive_the_model_by_reference_not_by_value(tmp_path, tiny_model):
    shared = _SharedModel(tiny_model, tmp_path)
    payload = pickle.dumps(shared)
    assert len(payload) < 300 < len(pickle.dumps(tiny_model))
    scoring._worker_models.clear()
    first, second = pickle.loads(payload), pickle.loads(payload)
    assert first is second  # loaded once per process
    texts = ["NATO met Russia.", "Photos: AFP"]
    assert np.array_equal(first.predict_proba(texts), tiny_model.predict_proba(texts))


# --- Runs ----------------------------------------------------------------------------

def test_run_writes_sentences_and_reports(tmp_path, tiny_model):
    outdir = tmp_path / "out"
    seen = []
    summary = run_score([SEEDS], outdir, tiny_model, progress=lambda s: seen.append(s.documents))
    assert isinstance(summary, RunSummary)
    assert (summary.documents, summary.skipped, summary.problems) == (5, 0, [])
    assert seen == [1, 2, 3, 4, 5]
    assert summary.outputs == ["documents.csv", "report.html", "sentences.jsonl", "speakers.csv"]
    lines = (outdir / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.sentences
    records = [json.loads(line) for line in lines]
    assert [r["doc"] for r in records] == sorted(r["doc"] for r in records)
    assert summary.duplicates == sum(r["duplicate"] for r in records) > 0
    for record in records[:20]:
        text = (SEEDS / record["doc"]).read_text(encoding="utf-8")
        assert text[record["start"]:record["end"]] == record["text"]
    assert lines[0] == record_line(records[0])
    assert not [p.name for p in outdir.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_run_counts_problems_and_scores_the_rest(tmp_path, tiny_model):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("NATO met Russia.", encoding="utf-8")
    (inputs / "bad.txt").write_bytes(b"\x00\x01")
    (inputs / "latin.txt").write_bytes("Caf\xe9 talks.".encode("latin-1"))
    reported = []
    summary = run_score([inputs], tmp_path / "out", tiny_model, on_problem=reported.append)
    assert (summary.documents, summary.skipped, len(summary.problems)) == (2, 1, 2)
    assert reported == summary.problems
    assert summary.to_dict()["problems"][0].startswith(str(inputs / "bad.txt") + ": binary file")


def test_run_with_nothing_to_score_writes_nothing(tmp_path, tiny_model):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="no document could be scored"):
        run_score([inputs], tmp_path / "out", tiny_model)
    assert not (tmp_path / "out").exists()


def test_run_that_fails_midway_leaves_no_half_written_file(tmp_path, tiny_model, monkeypatch):
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "sentences.jsonl").write_text("old run\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("stance.report.write_reports", broken)
    with pytest.raises(OSError, match="disk full"):
        run_score([SEEDS], outdir, tiny_model)
    assert [p.name for p in outdir.iterdir()] == ["sentences.jsonl"]
    assert (outdir / "sentences.jsonl").read_text(encoding="utf-8") == "old run\n"


def test_run_refuses_an_output_folder_that_is_a_file(tmp_path, tiny_model):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        run_score([SEEDS], tmp_path / "out", tiny_model)


# --- The default model -------------------------------------------------------------------

@pytest.fixture
def tiny_corpus(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "corpus"
    for source, pairs in TINY_CORPUS.items():
        write_label_csv(folder / f"{source}.csv", [{"text": t, "label": lab, "source": source} for t, lab in pairs])
    monkeypatch.setattr(scoring, "corpus_root", lambda: folder)
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return folder


def test_default_model_is_trained_once_then_cached(tiny_corpus, tmp_path):
    messages = []
    model, path = default_model(notify=messages.append)
    assert path.parent == tmp_path / "cache" and path.is_file()
    assert len(messages) == 1 and "training" in messages[0] and str(path) in messages[0]
    again, again_path = default_model(notify=messages.append)
    assert again_path == path and len(messages) == 1
    texts = ["NATO met Russia."]
    assert np.array_equal(again.predict_proba(texts), model.predict_proba(texts))


def test_default_model_cache_follows_the_corpus(tiny_corpus):
    _, first = default_model()
    with open(tiny_corpus / "alpha.csv", "a", encoding="utf-8") as handle:
        handle.write("The council met again.,neutral,alpha\n")
    _, second = default_model()
    assert first != second


def test_damaged_cache_is_trained_again(tiny_corpus):
    _, path = default_model()
    path.write_bytes(b"garbage")
    messages = []
    _, again = default_model(notify=messages.append)
    assert again == path and len(messages) == 1
    load_model(path)  # sound again


def test_models_folder_in_the_current_directory_wins(tiny_corpus, tmp_path, tiny_model_path):
    (tmp_path / "models").mkdir()
    for suffix in (".joblib", ".json"):
        (tmp_path / "models" / f"stance{suffix}").write_bytes(tiny_model_path.with_suffix(suffix).read_bytes())
    messages = []
    _, path = default_model(notify=messages.append)
    assert path == Path("models/stance.joblib") and messages == []


def test_broken_models_file_is_an_error_not_a_silent_retrain(tiny_corpus, tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "stance.joblib").write_bytes(b"garbage")
    with pytest.raises(ModelError):
        default_model()


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("STANCE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert scoring.cache_dir() == tmp_path / "xdg" / "stance"
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "mine"))
    assert scoring.cache_dir() == tmp_path / "mine"


def test_shipped_corpus_is_found():
    root = scoring.corpus_root()
    assert any(root.rglob("*.csv"))
