"""The public Python API: what `from stance import ...` gives."""
import pytest

import stance


def test_public_names_resolve():
    for name in stance.__all__:
        assert getattr(stance, name) is not None, name


def test_scoring_functions_come_from_the_scoring_module():
    from stance import scoring

    assert stance.score is scoring.score
    assert stance.run_score is scoring.run_score


def test_unknown_attribute():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        stance.nothing


def test_score_from_python(tiny_model_path, tmp_path):
    from stance import load_model, score

    model = load_model(tiny_model_path)
    doc = tmp_path / "a.txt"
    doc.write_text("NATO Warms to Russia\n\nNATO suspended all practical cooperation with Russia.\n", encoding="utf-8")
    scored = list(score([doc], model))
    records = [r for item in scored for r in item.records]
    assert [r["text"] for r in records] == ["NATO Warms to Russia",
                                            "NATO suspended all practical cooperation with Russia."]
    assert records[1]["label"] == "oppositional"
