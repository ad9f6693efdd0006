import pytest
from click.testing import CliRunner

from stance.cli import main
from tests.test_report import EVIL_DOC, write_outdir


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def outdir(tmp_path):
    return write_outdir(tmp_path / "stance-report")


def test_report_prints_the_speaker_table(runner, outdir):
    result = runner.invoke(main, ["report", str(outdir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"3 documents, 11 sentences counted (1 verbatim repeat left out), 4 speakers in {outdir}"
    assert lines[2].split() == ["speaker", "sent", "stance", "index", "95%", "interval",
                                "coop", "caut", "oppo", "neut"]
    assert lines[3].split() == ["Sergei", "Lavrov", "6", "6", "-0.556", "[-0.556,", "-0.556]", "0%", "0%", "100%", "0%"]
    assert lines[6].startswith("Steven Erlanger") and lines[6].endswith("*")
    assert "* fewer than 5 stance-bearing sentences" in result.output


def test_report_speaker_card(runner, outdir):
    result = runner.invoke(main, ["report", str(outdir), "--speaker", "Jens Stoltenberg"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "Jens Stoltenberg",
        "  sentences       3, stance-bearing 2",
        "  labels          cooperative 2 (67%), cautionary 0 (0%), oppositional 0 (0%), neutral 1 (33%)",
    ]
    assert "  stance index    +0.667  95% interval [+0.667, +0.667]  (fewer than 5" in result.output
    assert f"  documents       a.txt; {EVIL_DOC}" in result.output
    # equal probabilities: ordered by document id ('"' sorts before 'a'), then sentence number
    assert (f"  cooperative\n    0.70  Cooperation & trust <matter>.  ({EVIL_DOC} #1)\n"
            "    0.70  We welcome the talks.  (a.txt #1)\n") in result.output
    assert "  neutral\n    0.70  The meeting was in Brussels.  (a.txt #2)\n" in result.output


def test_report_document_card(runner, outdir):
    result = runner.invoke(main, ["report", str(outdir), "--doc", "b.txt"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("b.txt\n  url             javascript:alert(1)\n  sentences       6, stance-bearing 6\n")
    assert "    0.60  NATO is a threat, part 0.  (#0, Sergei Lavrov)" in result.output


@pytest.mark.parametrize("option, name, message", [
    ("--speaker", "Lavrv", "Error: no speaker 'Lavrv' in {out}/speakers.csv; close matches: 'Sergei Lavrov'"),
    ("--speaker", "Stoltenberg", "Error: no speaker 'Stoltenberg' in {out}/speakers.csv; close matches: 'Jens Stoltenberg'"),
    ("--doc", "a", "Error: no document 'a' in {out}/documents.csv; close matches: 'a.txt'"),
    ("--doc", "q.md", "Error: no document 'q.md' in {out}/documents.csv; run `stance report {out}` to list them"),
])
def test_report_unknown_name_exits_2_with_close_matches(runner, outdir, option, name, message):
    result = runner.invoke(main, ["report", str(outdir), option, name])
    assert result.exit_code == 2
    assert message.format(out=outdir) in result.output
    assert "Traceback" not in result.output


def test_report_missing_outdir_exits_2(runner, tmp_path):
    result = runner.invoke(main, ["report", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert f"Error: {tmp_path / 'nowhere'} is not a folder; give the output folder of `stance score`" in result.output


def test_report_damaged_outdir_exits_2(runner, outdir):
    (outdir / "sentences.jsonl").write_text("{broken\n", encoding="utf-8")
    assert runner.invoke(main, ["report", str(outdir)]).exit_code == 0  # the table needs only the CSV files
    result = runner.invoke(main, ["report", str(outdir), "--speaker", "Sergei Lavrov"])
    assert result.exit_code == 2
    assert f"Error: {outdir / 'sentences.jsonl'}:1: not a JSON object; run `stance score PATH... -o {outdir}`" in result.output
    (outdir / "speakers.csv").unlink()
    result = runner.invoke(main, ["report", str(outdir)])
    assert result.exit_code == 2
    assert f"Error: {outdir / 'speakers.csv'} does not exist; run `stance score PATH... -o {outdir}`" in result.output


def test_report_refuses_both_options(runner, outdir):
    result = runner.invoke(main, ["report", str(outdir), "--speaker", "x", "--doc", "y"])
    assert result.exit_code == 2
    assert "Error: give --speaker or --doc, not both" in result.output


def test_report_help(runner):
    result = runner.invoke(main, ["report", "--help"])
    assert result.exit_code == 0
    for needle in ("OUTDIR", "--speaker NAME", "--doc ID", "speaker table"):
        assert needle in result.output
