import json
import shutil

import pytest

from stance.errors import ModelError
from stance.store import card_path, load_model


def test_round_trip_keeps_predictions_and_card(tiny_model_path):
    model = load_model(tiny_model_path)
    card = json.loads(card_path(tiny_model_path).read_text())
    assert model.card == card
    assert card["label_counts"] == {"cooperative": 6, "cautionary": 6, "oppositional": 6, "neutral": 6}
    assert set(card["cross_validation"]) >= {"macro_f1", "accuracy", "per_class", "confusion", "folds"}
    assert len(card["model_sha256"]) == 64 and len(card["labels_sha256"]) == 64
    assert "scikit-learn" in card["versions"]
    assert model.predict(["NATO suspended all practical cooperation with Russia."]) == ["oppositional"]


@pytest.fixture
def model_copy(tiny_model_path, tmp_path):
    target = tmp_path / "m.joblib"
    shutil.copy(tiny_model_path, target)
    shutil.copy(card_path(tiny_model_path), card_path(target))
    return target


def test_truncated_file_is_refused(model_copy):
    data = model_copy.read_bytes()
    model_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="does not match the SHA-256 .* retrain it with: stance train labels/"):
        load_model(model_copy)


def test_swapped_file_is_refused(model_copy, tmp_path):
    model_copy.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="corrupt, truncated or replaced"):
        load_model(model_copy)


def test_missing_card_or_model(model_copy, tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "absent.joblib")
    card_path(model_copy).unlink()
    with pytest.raises(ModelError, match="card .* is missing"):
        load_model(model_copy)


def test_other_scikit_learn_version_is_refused(model_copy):
    card_file = card_path(model_copy)
    card = json.loads(card_file.read_text())
    card["versions"]["scikit-learn"] = "0.24.2"
    card_file.write_text(json.dumps(card))
    with pytest.raises(ModelError, match="made with scikit-learn 0.24.2"):
        load_model(model_copy)


def test_garbled_card(model_copy):
    card_path(model_copy).write_text("{not json")
    with pytest.raises(ModelError, match="not a valid stance model card"):
        load_model(model_copy)


def test_outputs_get_ordinary_permissions(tmp_path):
    import os
    import stat

    from stance.atomic import write_text

    target = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        write_text(target, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
