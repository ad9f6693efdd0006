import numpy as np
import pytest

from stance.errors import LabelFileError
from stance.labels import LABELS, read_labels
from stance.model import build_pipeline, cross_validate, explain, grouped_folds, train


def test_pipeline_steps_are_tfidf_and_logistic_regression():
    pipeline = build_pipeline({"word_ngrams": (1, 3), "char_ngrams": None})
    assert list(pipeline.named_steps) == ["features", "classifier"]
    (name, vectorizer), = pipeline.named_steps["features"].transformer_list
    assert name == "word" and vectorizer.ngram_range == (1, 3)
    with pytest.raises(ValueError):
        build_pipeline({"word_ngrams": None, "char_ngrams": None})


def test_folds_never_split_a_source(tiny_labels):
    labelset = read_labels(tiny_labels)
    sources = np.array(labelset.sources)
    folds = grouped_folds(labelset, 3, seed=0)
    assert len(folds) == 3
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(len(labelset)))
    for train_idx, test_idx in folds:
        assert not set(sources[train_idx]) & set(sources[test_idx])


def test_too_few_sources_for_folds(tiny_labels):
    labelset = read_labels(tiny_labels)
    with pytest.raises(LabelFileError, match="6 distinct sources cannot fill 7 cross-validation folds"):
        grouped_folds(labelset, 7, seed=0)


def test_same_data_and_seed_give_same_model_and_metrics(tiny_labels):
    first = train(tiny_labels, folds=3, seed=7)
    second = train(tiny_labels, folds=3, seed=7)
    assert first.cross_validation.metrics == second.cross_validation.metrics
    texts = ["NATO and Russia resumed talks.", "Moscow condemned the alliance."]
    assert np.array_equal(first.model.predict_proba(texts), second.model.predict_proba(texts))


def test_cross_validation_predicts_every_sentence_once(tiny_labels):
    labelset = read_labels(tiny_labels)
    cv = cross_validate(labelset, folds=3, seed=0)
    assert len(cv.predictions) == len(labelset)
    assert set(cv.predictions) <= set(LABELS)
    assert sum(sum(row) for row in cv.metrics.confusion) == len(labelset)


def test_probabilities_in_label_order(tiny_labels):
    result = train(tiny_labels, folds=3)
    probs = result.model.predict_proba(["NATO suspended all practical cooperation with Russia."])
    assert probs.shape == (1, 4)
    assert probs.sum() == pytest.approx(1.0)
    assert LABELS[int(probs.argmax())] == "oppositional"
    assert result.model.predict_proba([]).shape == (0, 4)


def test_explain_contributions_are_coefficient_times_value(tiny_labels):
    result = train(tiny_labels, folds=3)
    explanation = explain("NATO suspended all practical cooperation with Russia.", result.model, top=3)
    assert explanation.label == "oppositional"
    assert len(explanation.toward) == 3
    assert all(w > 0 for _, w in explanation.toward)
    assert all(w < 0 for _, w in explanation.away)
    # the strongest pushes are sorted strongest first
    assert [w for _, w in explanation.toward] == sorted((w for _, w in explanation.toward), reverse=True)
    wider = explain("NATO suspended all practical cooperation with Russia.", result.model, top=1000)
    assert any(name == "word:'suspended'" for name, _ in wider.toward)
    model = result.model.pipeline
    vector = model.named_steps["features"].transform([explanation.text])
    row = list(model.named_steps["classifier"].classes_).index("oppositional")
    total = float(vector.multiply(model.named_steps["classifier"].coef_[row]).sum())
    assert sum(w for _, w in wider.toward + wider.away) == pytest.approx(total, abs=0.01)
