"""The ``stance`` command: thin click wrappers over the library functions."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import click

from .atomic import write_text
from .errors import LabelFileError, ModelError, StanceError
from .labels import LABELS
from .metrics import format_metrics
from .store import DEFAULT_MODEL_PATH, card_path, load_model, save_model

EXIT_USAGE = 2


def fail(message: str) -> None:
    """Print ``Error: message`` on stderr and exit with status 2."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def fail_on(error: StanceError) -> None:
    if isinstance(error, LabelFileError):
        count = len(error.problems)
        click.echo(f"Error: {count} problem{'s' if count != 1 else ''} in the label files; nothing was trained:", err=True)
        for problem in error.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(EXIT_USAGE)
    fail(str(error))


def _load(model_path: Path):
    try:
        return load_model(model_path)
    except ModelError as error:
        fail_on(error)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="stance")
def main() -> None:
    """Measure stance toward NATO-Russia cooperation in news, speeches and statements."""


@main.command("train")
@click.argument("labels_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "model_path", type=click.Path(path_type=Path), default=DEFAULT_MODEL_PATH,
              show_default=True, help="Where to write the model; its card goes beside it as .json.")
@click.option("--folds", type=int, default=5, show_default=True, help="Grouped cross-validation folds.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for folds and classifier.")
def train_cli(labels_dir: Path, model_path: Path, folds: int, seed: int) -> None:
    """Train the stance model on the label CSV files under LABELS_DIR.

    Prints grouped cross-validation metrics (folds never split a `source`),
    then fits the model on all sentences and saves it with its model card.
    """
    from .model import train

    try:
        result = train(labels_dir, folds=folds, seed=seed)
    except StanceError as error:
        fail_on(error)
    labelset = result.labelset
    counts = ", ".join(f"{label} {n}" for label, n in labelset.label_counts().items())
    click.echo(f"Read {len(labelset)} sentences from {len(labelset.files)} files "
               f"({len(set(labelset.sources))} sources): {counts}")
    click.echo(f"\nCross-validation, {folds} folds grouped by source:\n")
    click.echo(format_metrics(result.cross_validation.metrics))
    save_model(result, model_path)
    click.echo(f"\nModel written to {model_path} (card: {card_path(model_path)})")


@main.command("evaluate")
@click.argument("labels", type=click.Path(path_type=Path))
@click.option("-m", "--model", "model_path", type=click.Path(path_type=Path), default=DEFAULT_MODEL_PATH,
              show_default=True, help="Model file to evaluate.")
@click.option("--errors", "errors_path", type=click.Path(path_type=Path), default=None,
              help="Write the misclassified rows with their probabilities to this CSV file.")
def evaluate_cli(labels: Path, model_path: Path, errors_path: Path | None) -> None:
    """Print the metrics of a model on a labelled set (a CSV file or a folder of them)."""
    from .model import evaluate

    model = _load(model_path)
    try:
        result = evaluate(labels, model)
    except StanceError as error:
        fail_on(error)
    click.echo(format_metrics(result.metrics))
    if errors_path is not None:
        columns = ["location", "text", "label", "predicted"] + [f"p_{label}" for label in LABELS]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(result.errors)
        write_text(errors_path, buffer.getvalue())
        click.echo(f"\n{len(result.errors)} misclassified rows written to {errors_path}")


@main.command("explain")
@click.argument("text")
@click.option("-m", "--model", "model_path", type=click.Path(path_type=Path), default=DEFAULT_MODEL_PATH,
              show_default=True, help="Model file to use.")
@click.option("--top", type=int, default=8, show_default=True, help="How many n-grams to show each way.")
def explain_cli(text: str, model_path: Path, top: int) -> None:
    """Show the predicted label of TEXT, its probabilities and the n-grams behind it."""
    from .model import explain

    if not text.strip():
        fail("TEXT is empty; give the sentence to explain in quotes")
    model = _load(model_path)
    result = explain(text, model, top=top)
    click.echo(f"label: {result.label}")
    for label, p in result.probabilities.items():
        click.echo(f"  P({label}) = {p:.3f}")
    click.echo(f"\npushed toward {result.label}:")
    for name, weight in result.toward:
        click.echo(f"  {weight:+.3f}  {name}")
    click.echo(f"\npushed away from {result.label}:")
    for name, weight in result.away:
        click.echo(f"  {weight:+.3f}  {name}")
