"""Custom transformers for the stance pipeline (scikit-learn estimator rules)."""
from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .resources import CONTRACTED_NOT, NEGATION_CUES, NEGATION_SCOPE_END, NEGATION_TOKEN

CLAUSE_PUNCTUATION = frozenset(".,;:!?()\"“”")


def mark_negation(text: str, max_scope: int = 6) -> str:
    """Lower-case ``text`` and suffix words in a negation scope with ``_neg``.

    "NATO is no threat to Russia" becomes "nato is no threat_neg to_neg russia_neg", so that
    a reassurance ("no threat") and a threat claim ("a threat") get different features.
    The scope runs from a cue to clause punctuation, a contrasting conjunction, or
    ``max_scope`` words, whichever comes first.
    """
    out = []
    remaining = 0
    for token in NEGATION_TOKEN.findall(CONTRACTED_NOT.sub(" not", text.lower())):
        if token in CLAUSE_PUNCTUATION or token in NEGATION_SCOPE_END:
            remaining = 0
            out.append(token)
        elif token in NEGATION_CUES:
            remaining = max_scope
            out.append(token)
        elif remaining:
            out.append(token + "_neg")
            remaining -= 1
        else:
            out.append(token)
    return " ".join(out)


class NegationMarker(BaseEstimator, TransformerMixin):
    """Mark words in negation scopes (see :func:`mark_negation`); stateless.

    Parameters
    ----------
    max_scope : int
        Most words a negation cue can reach.
    """

    def __init__(self, max_scope: int = 6):
        self.max_scope = max_scope

    def fit(self, texts, y=None):
        self.n_features_in_ = 1
        return self

    def transform(self, texts):
        return [mark_negation(text, self.max_scope) for text in texts]

    def get_feature_names_out(self, input_features=None):
        # One text column in, one text column out; the vectorizer after it names the n-grams.
        return np.asarray(["text"], dtype=object)
