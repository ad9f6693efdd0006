"""The stance classifier: a scikit-learn Pipeline of TF-IDF features and logistic regression."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from .errors import LabelFileError, Problem
from .features import NegationMarker
from .labels import LABELS, LabelSet, read_labels
from .metrics import Metrics, compute_metrics

# Chosen by experiments/compare_features.py (see experiments/README.md).
DEFAULT_PARAMS: dict = {
    "word_ngrams": (1, 2),
    "negation": False,
    "char_ngrams": (2, 5),
    "sublinear_tf": True,
    "min_df": 1,
    "C": 16.0,
    "class_weight": "balanced",
}


def build_pipeline(params: dict | None = None, seed: int = 0) -> Pipeline:
    """An unfitted pipeline for ``params`` (missing keys take ``DEFAULT_PARAMS``)."""
    p = {**DEFAULT_PARAMS, **(params or {})}
    features = []
    if p["word_ngrams"]:
        words = TfidfVectorizer(
            analyzer="word", ngram_range=tuple(p["word_ngrams"]), sublinear_tf=p["sublinear_tf"],
            min_df=p["min_df"], lowercase=True, strip_accents="unicode", dtype=np.float64,
        )
        if p["negation"]:
            words = Pipeline([("negation", NegationMarker()), ("tfidf", words)])
        features.append(("word", words))
    if p["char_ngrams"]:
        features.append(("char", TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(p["char_ngrams"]), sublinear_tf=p["sublinear_tf"],
            min_df=p["min_df"], lowercase=True, strip_accents="unicode", dtype=np.float64,
        )))
    if not features:
        raise ValueError("params must enable word_ngrams or char_ngrams (or both)")
    classifier = LogisticRegression(
        C=p["C"], class_weight=p["class_weight"], max_iter=5000, random_state=seed,
    )
    return Pipeline([("features", FeatureUnion(features)), ("classifier", classifier)])


class StanceModel:
    """A fitted pipeline with its model card; probabilities come in ``LABELS`` order."""

    def __init__(self, pipeline: Pipeline, card: dict | None = None):
        self.pipeline = pipeline
        self.card = card or {}
        classes = list(pipeline.named_steps["classifier"].classes_)
        self._columns = [classes.index(label) if label in classes else None for label in LABELS]

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Array of shape (len(texts), 4): P(label) for each label of ``LABELS``."""
        if not texts:
            return np.zeros((0, len(LABELS)))
        raw = self.pipeline.predict_proba(texts)
        out = np.zeros((len(texts), len(LABELS)))
        for j, column in enumerate(self._columns):
            if column is not None:
                out[:, j] = raw[:, column]
        return out

    def predict(self, texts: list[str]) -> list[str]:
        return [LABELS[i] for i in self.predict_proba(texts).argmax(axis=1)]


@dataclass
class CrossValidation:
    metrics: Metrics
    folds: int
    predictions: list[str]
    fold_of: list[int] = field(repr=False)


@dataclass
class TrainResult:
    model: StanceModel
    cross_validation: CrossValidation
    labelset: LabelSet
    params: dict
    seed: int


def grouped_folds(labelset: LabelSet, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test index pairs in which no ``source`` is split between train and test."""
    groups = sorted(set(labelset.sources))
    if folds < 2:
        raise LabelFileError([Problem("--folds", None, f"{folds} folds cannot cross-validate; use 2 or more")])
    if len(groups) < folds:
        raise LabelFileError([Problem(
            "labels", None,
            f"{len(groups)} distinct sources cannot fill {folds} cross-validation folds; "
            f"give rows a 'source' column naming their document or batch, or lower --folds",
        )])
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    group_ids = np.array([groups.index(s) for s in labelset.sources])
    return list(splitter.split(np.zeros(len(labelset)), labelset.labels, group_ids))


def cross_validate(labelset: LabelSet, *, folds: int = 5, seed: int = 0, params: dict | None = None) -> CrossValidation:
    """Grouped cross-validation: out-of-fold predictions for every sentence and their metrics."""
    texts = np.array(labelset.texts, dtype=object)
    labels = np.array(labelset.labels, dtype=object)
    predictions = np.empty(len(labelset), dtype=object)
    fold_of = np.zeros(len(labelset), dtype=int)
    for k, (train_idx, test_idx) in enumerate(grouped_folds(labelset, folds, seed)):
        pipeline = build_pipeline(params, seed).fit(list(texts[train_idx]), list(labels[train_idx]))
        predictions[test_idx] = pipeline.predict(list(texts[test_idx]))
        fold_of[test_idx] = k
    predicted = [str(p) for p in predictions]
    return CrossValidation(compute_metrics(labelset.labels, predicted), folds, predicted, fold_of.tolist())


def train(labels_dir, *, folds: int = 5, seed: int = 0, params: dict | None = None) -> TrainResult:
    """Check the labels, cross-validate by source, then fit the final model on all of them.

    Parameters
    ----------
    labels_dir : path
        Folder of label CSV files (or one file); see labels/README.md.
    folds : int
        Number of grouped cross-validation folds.
    seed : int
        Seed for fold assignment and the classifier; the same seed and data give the same model.
    params : dict, optional
        Overrides of ``DEFAULT_PARAMS``.
    """
    labelset = read_labels(labels_dir)
    merged = {**DEFAULT_PARAMS, **(params or {})}
    cv = cross_validate(labelset, folds=folds, seed=seed, params=merged)
    pipeline = build_pipeline(merged, seed).fit(labelset.texts, labelset.labels)
    return TrainResult(StanceModel(pipeline), cv, labelset, merged, seed)


@dataclass
class Evaluation:
    metrics: Metrics
    errors: list[dict]


def evaluate(labels, model: StanceModel) -> Evaluation:
    """Metrics of ``model`` on a labelled set, and its misclassified rows with probabilities."""
    labelset = read_labels(labels)
    probs = model.predict_proba(labelset.texts)
    predicted = [LABELS[i] for i in probs.argmax(axis=1)]
    errors = []
    for i, (true, guess) in enumerate(zip(labelset.labels, predicted)):
        if true != guess:
            row = {"location": labelset.locations[i], "text": labelset.texts[i], "label": true, "predicted": guess}
            row.update({f"p_{label}": round(float(probs[i, j]), 4) for j, label in enumerate(LABELS)})
            errors.append(row)
    return Evaluation(compute_metrics(labelset.labels, predicted), errors)


@dataclass
class Explanation:
    text: str
    label: str
    probabilities: dict[str, float]
    toward: list[tuple[str, float]]
    away: list[tuple[str, float]]


def explain(text: str, model: StanceModel, *, top: int = 8) -> Explanation:
    """The predicted label and the n-grams that pushed toward and away from it.

    A feature's contribution is its coefficient for the predicted label times
    its TF-IDF value in ``text``.
    """
    probs = model.predict_proba([text])[0]
    label = LABELS[int(probs.argmax())]
    features = model.pipeline.named_steps["features"]
    classifier = model.pipeline.named_steps["classifier"]
    vector = features.transform([text]).tocsr()
    names = features.get_feature_names_out()
    row = list(classifier.classes_).index(label)
    contributions = []
    for column, value in zip(vector.indices, vector.data):
        weight = float(classifier.coef_[row, column] * value)
        kind, _, gram = names[column].partition("__")
        contributions.append((f"{kind}:{gram!r}", weight))
    contributions.sort(key=lambda item: (-item[1], item[0]))
    toward = [c for c in contributions if c[1] > 0][:top]
    away = sorted((c for c in contributions if c[1] < 0), key=lambda item: (item[1], item[0]))[:top]
    return Explanation(
        text=text,
        label=label,
        probabilities={lab: round(float(p), 4) for lab, p in zip(LABELS, probs)},
        toward=[(n, round(w, 4)) for n, w in toward],
        away=[(n, round(w, 4)) for n, w in away],
    )
