import csv
import json

import pytest
from click.testing import CliRunner

from stance.cli import main
from stance.store import card_path


@pytest.fixture
def runner():
    return CliRunner()


def test_train_prints_metrics_and_writes_model_and_card(runner, tiny_labels, tmp_path):
    model = tmp_path / "out" / "m.joblib"
    result = runner.invoke(main, ["train", str(tiny_labels), "-o", str(model), "--folds", "3"])
    assert result.exit_code == 0, result.output
    assert "Read 24 sentences from 6 files (6 sources): cooperative 6, cautionary 6, oppositional 6, neutral 6" in result.output
    assert "Cross-validation, 3 folds grouped by source:" in result.output
    for needle in ("precision  recall     f1  support", "macro F1", "accuracy", "confusion matrix"):
        assert needle in result.output
    assert model.is_file() and card_path(model).is_file()
    card = json.loads(card_path(model).read_text())
    assert card["cross_validation"]["folds"] == 3
    assert [p.name for p in model.parent.iterdir() if p.name.startswith(".")] == []


def test_train_twice_gives_same_metrics(runner, tiny_labels, tmp_path):
    outputs = []
    for name in ("a", "b"):
        result = runner.invoke(main, ["train", str(tiny_labels), "-o", str(tmp_path / name / "m.joblib"),
                                      "--folds", "3", "--seed", "3"])
        outputs.append(result.output.replace(f"{tmp_path / name}", "X"))
    assert outputs[0] == outputs[1]


def test_bad_labels_exit_2_with_every_problem_and_no_model(runner, tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "a.csv").write_text("text,label\nTalks resumed.,cooperativ\n,neutral\n", encoding="utf-8")
    model = tmp_path / "m.joblib"
    result = runner.invoke(main, ["train", str(folder), "-o", str(model)])
    assert result.exit_code == 2
    assert "Error: 2 problems in the label files; nothing was trained:" in result.output
    assert f"{folder / 'a.csv'}:2: unknown label 'cooperativ'; did you mean 'cooperative'?" in result.output
    assert f"{folder / 'a.csv'}:3: empty text" in result.output
    assert "Traceback" not in result.output
    assert not model.exists()


def test_empty_folder_is_an_error(runner, tmp_path):
    result = runner.invoke(main, ["train", str(tmp_path)])
    assert result.exit_code == 2
    assert "no label files found" in result.output


def test_failed_training_keeps_previous_model(runner, tiny_labels, tmp_path):
    model = tmp_path / "m.joblib"
    assert runner.invoke(main, ["train", str(tiny_labels), "-o", str(model), "--folds", "3"]).exit_code == 0
    before = model.read_bytes()
    result = runner.invoke(main, ["train", str(tiny_labels), "-o", str(model), "--folds", "9"])
    assert result.exit_code == 2
    assert "6 distinct sources cannot fill 9 cross-validation folds" in result.output
    assert model.read_bytes() == before


def test_evaluate_prints_table_and_writes_errors(runner, tiny_model_path, tmp_path):
    labels = tmp_path / "eval.csv"
    labels.write_text(
        "text,label\n"
        "NATO suspended all practical cooperation with Russia.,oppositional\n"
        "NATO suspended all practical cooperation with Russia again.,cooperative\n",
        encoding="utf-8",
    )
    errors = tmp_path / "errors.csv"
    result = runner.invoke(main, ["evaluate", str(labels), "-m", str(tiny_model_path), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "macro F1" in result.output
    assert "1 misclassified rows written to" in result.output
    rows = list(csv.DictReader(errors.open(encoding="utf-8")))
    assert len(rows) == 1
    assert rows[0]["label"] == "cooperative" and rows[0]["predicted"] == "oppositional"
    assert rows[0]["location"].endswith("eval.csv:3")
    assert sum(float(rows[0][f"p_{k}"]) for k in ("cooperative", "cautionary", "oppositional", "neutral")) == pytest.approx(1, abs=1e-3)


def test_evaluate_with_corrupt_model(runner, tiny_labels, tiny_model_path, tmp_path):
    import shutil
    model = tmp_path / "m.joblib"
    shutil.copy(tiny_model_path, model)
    shutil.copy(card_path(tiny_model_path), card_path(model))
    model.write_bytes(model.read_bytes()[:100])
    result = runner.invoke(main, ["evaluate", str(tiny_labels), "-m", str(model)])
    assert result.exit_code == 2
    assert "does not match the SHA-256" in result.output and "retrain it with" in result.output


def test_explain_output(runner, tiny_model_path):
    result = runner.invoke(main, ["explain", "NATO suspended all practical cooperation with Russia.",
                                  "-m", str(tiny_model_path), "--top", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "label: oppositional"
    assert [line.split("=")[0].strip() for line in lines[1:5]] == [
        "P(cooperative)", "P(cautionary)", "P(oppositional)", "P(neutral)"]
    assert "pushed toward oppositional:" in result.output
    assert "pushed away from oppositional:" in result.output


def test_explain_empty_text(runner, tiny_model_path):
    result = runner.invoke(main, ["explain", "  ", "-m", str(tiny_model_path)])
    assert result.exit_code == 2
    assert "Error: TEXT is empty" in result.output


def test_missing_model_file(runner, tmp_path):
    result = runner.invoke(main, ["explain", "hello", "-m", str(tmp_path / "none.joblib")])
    assert result.exit_code == 2
    assert "does not exist; retrain it with: stance train labels/" in result.output


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        first_words = " ".join(command.help.split()[:6])
        assert first_words in " ".join(result.output.split()), name
        assert "Usage: main " + name in result.output
