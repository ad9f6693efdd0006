"""The README documents every command, and the figures it quotes exist."""
from pathlib import Path

from stance.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_shown_in_the_readme():
    missing = [name for name in main.commands if f"stance {name}" not in README]
    assert missing == []


def test_readme_gives_the_set_up_and_test_commands_that_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "$ python -m pip install . && stance score seeds/" in README
    test_line = next(line for line in README.splitlines() if "python -m pytest" in line)
    install, _, run = test_line.removeprefix("$ ").partition(" && ")
    assert install.replace('"', "") in ci.replace('"', "")
    assert run in ci


def test_screenshot_shown_in_the_readme_exists():
    assert "docs/report.png" in README
    assert (ROOT / "docs" / "report.png").stat().st_size > 10_000
