import numpy as np
import pytest

import stance.aggregate as aggregate
from stance.aggregate import Aggregator, bootstrap_interval, row_seed, stance_value
from stance.labels import LABELS

COOPERATIVE = (0.7, 0.1, 0.1, 0.1)
CAUTIONARY = (0.2, 0.5, 0.1, 0.2)
OPPOSITIONAL = (0.1, 0.2, 0.6, 0.1)
NEUTRAL = (0.1, 0.1, 0.1, 0.7)


def record(doc, index, probs, *, speaker=None, voice="direct", duplicate=False, sentiment=0.0, text=None):
    """A scored sentence as in the record contract; the label is the most probable one."""
    probs = dict(zip(LABELS, probs))
    text = text if text is not None else f"Sentence {index} of {doc}."
    return {"doc": doc, "index": index, "start": 0, "end": len(text), "paragraph": 0, "text": text,
            "label": max(probs, key=probs.get), "probs": probs, "sentiment": sentiment,
            "speaker": speaker, "voice": voice, "duplicate": duplicate}


def meta(doc, **fields):
    return {"doc": doc, "title": None, "date": None, "author": None, "url": None, "path": doc, **fields}


def run(documents, **options):
    """Aggregate ``[(meta, [records])]`` and return the summary."""
    agg = Aggregator(**options)
    for document, records in documents:
        agg.add_document(document)
        for rec in records:
            agg.add_sentence(rec)
    return agg.finish()


@pytest.mark.parametrize("probs, expected", [
    ((0.7, 0.1, 0.1, 0.1), 0.6 / 0.9),
    ((0.1, 0.2, 0.6, 0.1), -0.5 / 0.9),
    ((0.2, 0.5, 0.1, 0.2), 0.1 / 0.8),
    ((0.5, 0.0, 0.0, 0.5), 1.0),
    ((0.0, 0.0, 0.5, 0.5), -1.0),
    ((0.0, 0.0, 0.0, 1.0), 0.0),  # nothing left beside neutral: leans nowhere
])
def test_stance_value(probs, expected):
    assert stance_value(dict(zip(LABELS, probs))) == pytest.approx(expected)


def test_hand_computed_document_row():
    sentences = [
        record("a.txt", 0, COOPERATIVE, sentiment=0.5),
        record("a.txt", 1, OPPOSITIONAL, sentiment=-0.25),
        record("a.txt", 2, CAUTIONARY, sentiment=0.1),
        record("a.txt", 3, NEUTRAL, sentiment=0.0),
        record("a.txt", 4, OPPOSITIONAL, duplicate=True, sentiment=-0.9),
    ]
    row = run([(meta("a.txt", title="T"), sentences)]).documents[0]
    # (0.7-0.1)/0.9 = 0.6667, (0.1-0.6)/0.9 = -0.5556, (0.2-0.1)/0.8 = 0.125; neutral and the repeat left out
    expected_index = (0.6 / 0.9 - 0.5 / 0.9 + 0.1 / 0.8) / 3
    assert row["stance_index"] == round(expected_index, 4) == 0.0787
    counts = (row["doc"], row["title"], row["sentences"], row["duplicates"], row["stance_bearing"])
    assert counts == ("a.txt", "T", 4, 1, 3)
    assert [row[label] for label in LABELS] == [1, 1, 1, 1]
    assert [row[f"{label}_share"] for label in LABELS] == [0.25] * 4
    assert row["mean_sentiment"] == round((0.5 - 0.25 + 0.1 + 0.0) / 4, 4)
    assert row["few_sentences"] is True
    assert row["ci_low"] <= row["stance_index"] <= row["ci_high"]
    assert -0.5556 <= row["ci_low"] and row["ci_high"] <= 0.6667


def test_duplicates_are_left_out_of_every_aggregate():
    base = [record("a.txt", 0, COOPERATIVE, speaker="Ann"), record("a.txt", 1, CAUTIONARY, speaker="Ann")]
    repeats = [record("a.txt", 2 + i, OPPOSITIONAL, speaker="Ann", duplicate=True, sentiment=-1.0) for i in range(5)]
    with_repeats = run([(meta("a.txt"), base + repeats)])
    without = run([(meta("a.txt"), base)])
    assert with_repeats.documents[0]["duplicates"] == 5
    assert {**with_repeats.documents[0], "duplicates": 0} == without.documents[0]
    assert with_repeats.speakers == without.speakers
    assert with_repeats.evidence["Ann"]["oppositional"] == []


def test_neutral_sentences_do_not_move_the_index():
    base = [record("a.txt", i, probs) for i, probs in enumerate([COOPERATIVE, OPPOSITIONAL, CAUTIONARY])]
    neutrals = [record("a.txt", 3 + i, (0.3, 0.0, 0.0, 0.7)) for i in range(4)]
    plain = run([(meta("a.txt"), base)]).documents[0]
    padded = run([(meta("a.txt"), base + neutrals)]).documents[0]
    assert padded["stance_index"] == plain["stance_index"]
    assert (padded["stance_bearing"], padded["sentences"], padded["neutral"]) == (3, 7, 4)


def test_no_stance_bearing_sentence_leaves_the_index_empty():
    row = run([(meta("a.txt"), [record("a.txt", 0, NEUTRAL)])]).documents[0]
    assert (row["stance_index"], row["ci_low"], row["ci_high"], row["few_sentences"]) == (None, None, None, True)


@pytest.mark.parametrize("stance_bearing, flagged", [(0, True), (1, True), (4, True), (5, False), (9, False)])
def test_few_sentences_flag(stance_bearing, flagged):
    sentences = [record("a.txt", i, COOPERATIVE, speaker="Ann") for i in range(stance_bearing)]
    sentences += [record("a.txt", 100 + i, NEUTRAL, speaker="Ann") for i in range(6)]
    summary = run([(meta("a.txt"), sentences)])
    assert summary.documents[0]["few_sentences"] is flagged
    assert summary.speakers[0]["few_sentences"] is flagged


def test_speakers_rows_narrator_author_and_order():
    documents = [
        (meta("a.txt", author="Steven Erlanger"), [
            record("a.txt", 0, COOPERATIVE, speaker=None, voice="narrator"),  # the byline speaks
            record("a.txt", 1, OPPOSITIONAL, speaker="Sergei Lavrov"),
            record("a.txt", 2, OPPOSITIONAL, speaker="Sergei Lavrov"),
        ]),
        (meta("b.txt"), [
            record("b.txt", 0, CAUTIONARY, speaker=None, voice="narrator"),  # no byline: documents.csv only
            record("b.txt", 1, COOPERATIVE, speaker="Bill Clinton"),
            record("b.txt", 2, OPPOSITIONAL, speaker="Sergei Lavrov"),
        ]),
    ]
    summary = run(documents)
    assert [row["speaker"] for row in summary.speakers] == ["Sergei Lavrov", "Bill Clinton", "Steven Erlanger"]
    lavrov = summary.speakers[0]
    assert (lavrov["sentences"], lavrov["oppositional"], lavrov["documents"]) == (3, 3, ["a.txt", "b.txt"])
    assert lavrov["stance_index"] == round(-0.5 / 0.9, 4)
    assert summary.speakers[2]["documents"] == ["a.txt"]
    assert sum(row["sentences"] for row in summary.speakers) == 5
    assert summary.documents[1]["sentences"] == 3


def test_bootstrap_is_deterministic_and_independent_of_order():
    rng = np.random.default_rng(7)
    documents = []
    for d in range(6):
        doc = f"{d}.txt"
        records = []
        for i in range(12):
            probs = rng.dirichlet([1, 1, 1, 1]).round(4)
            records.append(record(doc, i, tuple(probs), speaker=["Ann", "Bob"][i % 2]))
        documents.append((meta(doc), records))
    first = run(documents)
    again = run(documents)
    backwards = run([(m, list(reversed(r))) for m, r in reversed(documents)])
    assert first.speakers == again.speakers and first.documents == again.documents
    strip = lambda rows: [{k: v for k, v in row.items() if k != "documents"} for row in rows]  # noqa: E731
    assert strip(backwards.speakers) == strip(first.speakers)
    assert list(reversed(backwards.documents)) == first.documents
    assert first.evidence == backwards.evidence
    other_seed = run(documents, seed=1)
    assert [r["ci_low"] for r in other_seed.speakers] != [r["ci_low"] for r in first.speakers]
    assert [r["stance_index"] for r in other_seed.speakers] == [r["stance_index"] for r in first.speakers]


def test_bootstrap_interval_does_not_depend_on_chunk_size(monkeypatch):
    values = np.sort(np.random.default_rng(3).uniform(-1, 1, 101))
    whole = bootstrap_interval(values, row_seed(0, "Ann"))
    monkeypatch.setattr(aggregate, "_CHUNK_CELLS", 500)  # a few resamples per chunk
    assert bootstrap_interval(values, row_seed(0, "Ann")) == whole
    assert whole[0] < values.mean() < whole[1]
    assert bootstrap_interval(np.array([0.25]), 5) == (0.25, 0.25)


def test_evidence_is_bounded_and_most_confident_first():
    probabilities = [0.41, 0.93, 0.55, 0.93, 0.77, 0.62, 0.93, 0.48]
    documents = []
    for d in ("b.txt", "a.txt"):
        records = [record(d, i, (p, 0.0, 0.0, round(1 - p, 4)), speaker="Ann") for i, p in enumerate(probabilities)]
        documents.append((meta(d), records))
    summary = run(documents, evidence_per_label=3)
    kept = summary.evidence["Ann"]["cooperative"]
    # six sentences at 0.93: ties go to the first document id, then the first sentence
    assert [(e.doc, e.index, e.prob) for e in kept] == [("a.txt", 1, 0.93), ("a.txt", 3, 0.93), ("a.txt", 6, 0.93)]
    assert all(len(items) <= 3 for items in summary.evidence["Ann"].values())
    assert summary.document_evidence == {}
    with_documents = run(documents, evidence_per_label=2, document_evidence=True)
    kept_in_b = with_documents.document_evidence["b.txt"]["cooperative"]
    assert [(e.index, e.prob) for e in kept_in_b] == [(1, 0.93), (3, 0.93)]


def test_linked_speaker_names_are_merged(monkeypatch):
    seen = {}

    def link(names_by_doc):
        seen.update(names_by_doc)
        return {"Clinton": "Hillary Clinton"}

    monkeypatch.setattr(aggregate, "link_speakers", link)
    documents = [
        (meta("a.txt"), [record("a.txt", 0, COOPERATIVE, speaker="Hillary Clinton")]),
        (meta("b.txt"), [record("b.txt", 0, OPPOSITIONAL, speaker="Clinton"),
                         record("b.txt", 1, CAUTIONARY, speaker="Bill Clinton")]),
    ]
    summary = run(documents)
    assert seen == {"a.txt": {"Hillary Clinton"}, "b.txt": {"Clinton", "Bill Clinton"}}
    rows = {row["speaker"]: row for row in summary.speakers}
    assert set(rows) == {"Hillary Clinton", "Bill Clinton"}
    hillary = rows["Hillary Clinton"]
    assert (hillary["sentences"], hillary["cooperative"], hillary["oppositional"]) == (2, 1, 1)
    assert hillary["documents"] == ["a.txt", "b.txt"]
    assert hillary["stance_index"] == round((0.6 / 0.9 - 0.5 / 0.9) / 2, 4)
    assert [e.speaker for e in summary.evidence["Hillary Clinton"]["oppositional"]] == ["Clinton"]


def test_sentence_before_its_document_is_refused():
    agg = Aggregator()
    with pytest.raises(ValueError, match="before its sentences"):
        agg.add_sentence(record("a.txt", 0, COOPERATIVE))
    agg.add_document(meta("a.txt"))
    agg.add_document(meta("b.txt"))
    with pytest.raises(ValueError, match="current document is 'b.txt'"):
        agg.add_sentence(record("a.txt", 1, COOPERATIVE))


def test_document_rows_are_spooled_and_read_like_a_list():
    documents = [(meta(f"{d}.txt", title=f"Über {d}"), [record(f"{d}.txt", 0, COOPERATIVE)]) for d in range(4)]
    rows = run(documents).documents
    assert isinstance(rows, aggregate.RowSpool) and len(rows) == 4
    assert [row["doc"] for row in rows] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert rows[2]["title"] == "Über 2" and rows[-1]["doc"] == "3.txt"
    assert [row["doc"] for row in rows[1:3]] == ["1.txt", "2.txt"]
    assert rows == list(rows) and rows != list(rows)[:3]
    assert [(a["doc"], b["doc"]) for a, b in zip(rows, rows[1:])][:2] == [("0.txt", "1.txt"), ("1.txt", "2.txt")]
    pairs = [(a["doc"], b["doc"]) for a in rows for b in rows]  # nested iterations do not disturb each other
    assert len(pairs) == 16 and pairs[5] == ("1.txt", "1.txt")
