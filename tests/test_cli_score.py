"""`stance score`: outputs, summary, problems on stderr, errors, determinism, the default model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from stance import scoring
from stance.cli import main

from .conftest import TINY_CORPUS, write_label_csv

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ["documents.csv", "report.html", "sentences.jsonl", "speakers.csv"]


@pytest.fixture
def runner():
    return CliRunner()


def _score(runner, *args):
    return runner.invoke(main, ["score", *map(str, args)])


def test_help_names_every_option(runner):
    result = runner.invoke(main, ["score", "--help"])
    assert result.exit_code == 0
    for option in ("-m, --model", "-o, --output", "--jobs", "--format [table|json]", "--aliases",
                   "--context-weight", ".jsonl"):
        assert option in result.output


def test_scores_the_seeds_and_prints_a_summary(runner, tmp_path, tiny_model_path):
    outdir = tmp_path / "report"
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", outdir)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in outdir.iterdir()) == OUTPUTS
    lines = (outdir / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    summary = " ".join(result.stdout.split())
    assert summary.startswith(f"Scored 5 documents ({len(lines)} sentences, ")
    assert f"with the model {tiny_model_path}. No input problems." in summary
    assert f"Outputs in {outdir}/: {', '.join(OUTPUTS)}; read them with: stance report {outdir}" in summary
    assert result.stderr == ""


def test_json_summary(runner, tmp_path, tiny_model_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("NATO met Russia. Talks resumed.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    result = _score(runner, tmp_path / "in", "-m", tiny_model_path, "-o", tmp_path / "out", "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary == {
        "documents": 1, "sentences": 2, "duplicates": 0, "skipped_inputs": 1,
        "problems": [f"{tmp_path / 'in' / 'b.txt'}: empty file (no text to score), skipped"],
        "outdir": str(tmp_path / "out"), "outputs": OUTPUTS, "model": str(tiny_model_path),
    }


def test_bad_inputs_go_to_stderr_are_counted_and_the_rest_is_scored(runner, tmp_path, tiny_model_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("NATO and Russia agreed to resume talks.", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02")
    (inputs / "latin1.txt").write_bytes("Caf\xe9 diplomacy.".encode("latin-1"))
    (inputs / "docs.jsonl").write_text('{"id": "j1", "text": "Moscow welcomed it."}\nnot json\n'
                                       '{"text": "no id"}\n', encoding="utf-8")
    result = _score(runner, inputs, "-m", tiny_model_path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"{inputs / 'binary.txt'}: binary file (contains NUL bytes), skipped; if it is UTF-16 text, save it as UTF-8",
        f"{inputs / 'docs.jsonl'}:2: not valid JSON (Expecting value: line 1 column 1 (char 0)), skipped; "
        f"each line must be one JSON object",
        f"{inputs / 'docs.jsonl'}:3: missing 'id', skipped; each line needs 'id' and 'text'",
        f"{inputs / 'latin1.txt'}:1: bytes that are not UTF-8 (invalid continuation byte); replaced with U+FFFD "
        f"and scored anyway; save the file as UTF-8 to score it exactly",
    ]
    summary = " ".join(result.stdout.split())
    assert "Scored 3 documents" in summary and "4 input problems reported above; 3 inputs skipped." in summary
    docs = [json.loads(line)["doc"] for line in (tmp_path / "out" / "sentences.jsonl").read_text().splitlines()]
    assert list(dict.fromkeys(docs)) == ["j1", "good.txt", "latin1.txt"]


def test_missing_path_exits_2_and_writes_nothing(runner, tmp_path, tiny_model_path):
    result = _score(runner, SEEDS, tmp_path / "nope", "-m", tiny_model_path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: no such file or folder: {tmp_path / 'nope'}; give existing files")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_unusable_model_exits_2_and_writes_nothing(runner, tmp_path, tiny_model_path, damage):
    model = tmp_path / "m.joblib"
    if damage == "garbage":
        model.write_bytes(b"not a model")
        model.with_suffix(".json").write_text(tiny_model_path.with_suffix(".json").read_text())
    result = _score(runner, SEEDS, "-m", model, "-o", tmp_path / "out")
    assert result.exit_code == 2
    expected = "does not exist" if damage == "missing" else "does not match the SHA-256 in its card"
    assert result.stderr.startswith(f"Error: model file {model} ") and expected in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_nothing_scorable_exits_2_and_writes_nothing(runner, tmp_path, tiny_model_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = _score(runner, tmp_path / "in", "-m", tiny_model_path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "empty file" in result.stderr and "Error: no document could be scored" in result.stderr
    assert not (tmp_path / "out").exists()


def test_jobs_do_not_change_a_single_byte(runner, tmp_path, tiny_model_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "extra.jsonl").write_text(
        "".join(json.dumps({"id": f"j{i}", "text": f"Story {i}. NATO and Russia met in round {i}.",
                            "author": "Jane Roe"}) + "\n" for i in range(40)), encoding="utf-8")
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 2000)  # many chunks, shared between the workers
    for jobs in ("1", "2"):
        result = _score(runner, inputs, "-m", tiny_model_path, "-o", tmp_path / jobs, "--jobs", jobs)
        assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_context_weight_zero_gives_each_sentence_the_model_s_own_probabilities(runner, tmp_path, tiny_model_path):
    from stance.segment import normalize_space
    from stance.store import load_model

    model = load_model(tiny_model_path)
    records = {}
    for weight in ("0", "0.5"):
        for jobs in ("1", "2"):
            outdir = tmp_path / f"w{weight}-j{jobs}"
            result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", outdir, "--context-weight", weight,
                            "--jobs", jobs)
            assert result.exit_code == 0, result.output
            records[weight, jobs] = (outdir / "sentences.jsonl").read_bytes()
        assert records[weight, "1"] == records[weight, "2"]
    alone = [json.loads(line) for line in records["0", "1"].decode("utf-8").splitlines()]
    own = model.predict_proba([normalize_space(r["text"]) for r in alone])
    assert [list(r["probs"].values()) for r in alone] == [[round(float(p), 4) for p in row] for row in own]
    assert records["0", "1"] != records["0.5", "1"]      # the default reads sentences with their paragraph


@pytest.mark.parametrize("weight", ["-1", "11", "much"])
def test_bad_context_weight_is_refused(runner, tmp_path, tiny_model_path, weight):
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", "--context-weight", weight)
    assert result.exit_code == 2
    assert "--context-weight" in result.output
    assert not (tmp_path / "out").exists()


def test_html_scripts_never_reach_the_sentences(runner, tmp_path, tiny_model_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(
        "<html><head><title>T</title><script>var evil = 'NATO threat';</script></head><body>"
        "<h1>NATO and Russia</h1><script>alert('injected sentence.')</script>"
        "<p>Ministers met &amp; talked.</p></body></html>", encoding="utf-8")
    result = _score(runner, tmp_path / "in", "-m", tiny_model_path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "out" / "sentences.jsonl").read_text().splitlines()]
    assert [r["text"] for r in records] == ["NATO and Russia", "Ministers met & talked."]


def _speakers(outdir: Path) -> list:
    return [json.loads(line)["speaker"] for line in (outdir / "sentences.jsonl").read_text().splitlines()]


def test_aliases_file_extends_or_replaces_the_default_table(runner, tmp_path, tiny_model_path):
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    doc.write_text("The Elysee said that talks with the alliance should resume.\n\n"
                   "Moscow said that it was ready to talk.\n", encoding="utf-8")
    aliases_file = tmp_path / "aliases.csv"
    aliases_file.write_text("alias,canonical\nthe Elysee,France\n", encoding="utf-8")
    extended = _score(runner, doc, "-m", tiny_model_path, "-o", tmp_path / "ext", "--aliases", aliases_file)
    assert extended.exit_code == 0, extended.output
    assert _speakers(tmp_path / "ext") == ["France", "Russia"]
    replaced = _score(runner, doc, "-m", tiny_model_path, "-o", tmp_path / "rep", "--aliases", aliases_file,
                      "--replace-aliases")
    assert replaced.exit_code == 0, replaced.output
    assert _speakers(tmp_path / "rep")[0] == "France"
    assert _speakers(tmp_path / "rep")[1] != "Russia"


def test_replace_aliases_needs_a_file(runner, tmp_path, tiny_model_path):
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", "--replace-aliases")
    assert result.exit_code == 2
    assert "--replace-aliases needs --aliases FILE" in result.output
    assert not (tmp_path / "out").exists()


def test_bad_aliases_file_is_an_error_with_its_line(runner, tmp_path, tiny_model_path):
    aliases_file = tmp_path / "aliases.csv"
    aliases_file.write_text("alias,canonical\nonly-one-field\n", encoding="utf-8")
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", "--aliases", aliases_file)
    assert result.exit_code == 2
    assert f"{aliases_file}:2:" in result.output
    assert not (tmp_path / "out").exists()


def test_without_a_model_it_trains_on_the_shipped_corpus_once(runner, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    for source, pairs in TINY_CORPUS.items():
        write_label_csv(corpus / f"{source}.csv", [{"text": t, "label": lab, "source": source} for t, lab in pairs])
    monkeypatch.setattr(scoring, "corpus_root", lambda: corpus)
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    first = _score(runner, SEEDS)
    assert first.exit_code == 0, first.output
    assert first.stderr.startswith("No model given and models/stance.joblib does not exist: training one")
    assert sorted(p.name for p in (tmp_path / "stance-report").iterdir()) == OUTPUTS
    cached = list((tmp_path / "cache").glob("*.joblib"))
    assert len(cached) == 1 and f"with the model {cached[0]}." in " ".join(first.stdout.split())
    second = _score(runner, SEEDS, "-o", "again")
    assert second.exit_code == 0, second.output
    assert second.stderr == ""
    assert (tmp_path / "again" / "sentences.jsonl").read_bytes() == \
        (tmp_path / "stance-report" / "sentences.jsonl").read_bytes()
