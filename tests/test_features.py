import pytest
from sklearn.base import clone

from stance.features import NegationMarker, mark_negation


@pytest.mark.parametrize("text, expected", [
    ("NATO is no threat to Russia.", "nato is no threat_neg to_neg russia_neg ."),
    ("NATO is a threat to Russia.", "nato is a threat to russia ."),
    ("It doesn’t threaten anyone, he said.", "it does not threaten_neg anyone_neg , he said ."),
    ("We cannot accept this but we will talk.", "we cannot accept_neg this_neg but we will talk ."),
    ("Neither side wants a new Cold War", "neither side_neg wants_neg a_neg new_neg cold_neg war_neg"),
    ("There is no return to business as usual with Moscow until it withdraws",
     "there is no return_neg to_neg business_neg as_neg usual_neg with_neg moscow until it withdraws"),
])
def test_mark_negation(text, expected):
    assert mark_negation(text) == expected


def test_transformer_follows_estimator_rules():
    marker = NegationMarker(max_scope=2)
    assert marker.fit(["x"]) is marker
    assert marker.get_params() == {"max_scope": 2}
    assert clone(marker).max_scope == 2
    assert marker.transform(["not a threat to us"]) == ["not a_neg threat_neg to us"]
