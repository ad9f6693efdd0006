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
from .scoring import CONTEXT_WEIGHT, MAX_CONTEXT_WEIGHT
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


@main.command("score")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-m", "--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="Model file to use. Default: models/stance.joblib if it exists, else a model "
                   "trained once on the label corpus shipped with stance and cached.")
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("stance-report"),
              show_default=True, help="Folder for sentences.jsonl, documents.csv, speakers.csv and report.html.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes scoring documents in parallel; the outputs do not depend on it.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Score on a Dask cluster: the scheduler's address (tcp://host:8786), or local[:N] to start "
                   "N worker processes here (default one per core). Same outputs; needs the dask extra.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Print the closing summary as a paragraph, or as JSON on stdout.")
@click.option("--aliases", "aliases_path", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help="CSV of alias,canonical rows (e.g. 'the Elysee,France') that extends the "
                   "default table of bodies used by speaker attribution.")
@click.option("--replace-aliases", is_flag=True, default=False,
              help="Use the --aliases file as the whole alias table instead of extending the default one.")
@click.option("--context-weight", type=click.FloatRange(min=0, max=MAX_CONTEXT_WEIGHT), default=CONTEXT_WEIGHT, show_default=True,
              help="Share of each same-paragraph neighbour's probabilities added to a sentence's own "
                   "(the sentence read with its paragraph); 0 scores every sentence alone.")
def score_cli(paths: tuple[Path, ...], model_path: Path | None, outdir: Path, jobs: int, dask_address: str | None,
              output_format: str, aliases_path: Path | None, replace_aliases: bool, context_weight: float) -> None:
    """Score every sentence of the documents under PATHS and write the reports.

    PATHS are files or folders (walked recursively, sorted, dot-files skipped)
    of .txt, .md, .html/.htm and .jsonl (one document per line: id, text,
    optional title, date, author, url). Each sentence gets its stance
    probabilities, VADER sentiment, speaker and voice in OUTDIR/sentences.jsonl;
    documents.csv, speakers.csv and report.html hold the aggregates. Inputs
    that cannot be read are reported on stderr and skipped. --jobs and --dask
    spread the work over processes or a Dask cluster; the outputs stay the same.
    """
    import json
    from contextlib import ExitStack

    from .documents import check_inputs
    from .scoring import default_model, run_score

    if dask_address is not None and jobs != 1:
        fail("give --jobs or --dask, not both; with --dask the cluster's workers do the work")
    try:
        check_inputs(paths)
        connect = _dask_connect() if dask_address is not None else None
        if replace_aliases and aliases_path is None:
            fail("--replace-aliases needs --aliases FILE, the table to use instead of the default one")
        aliases = None
        if aliases_path is not None:
            from .attribute import load_aliases

            aliases = load_aliases(aliases_path, replace=replace_aliases)
        with ExitStack() as stack:
            # Before the model, so that a wrong address fails within seconds.
            client = stack.enter_context(connect(dask_address)) if connect is not None else None
            if model_path is not None:
                model, model_path = load_model(model_path), model_path
            else:
                model, model_path = default_model(notify=lambda message: click.echo(message, err=True))
            counter = _ProgressCounter() if sys.stderr.isatty() else None
            summary = run_score(paths, outdir, model, jobs=jobs, client=client, aliases=aliases,
                                context_weight=context_weight, progress=counter,
                                on_problem=(counter.problem if counter else _echo_problem))
    except StanceError as error:
        fail_on(error)
    if counter is not None:
        counter.close()
    summary.model = str(model_path)
    if output_format == "json":
        click.echo(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(_summary_paragraph(summary))


def _dask_connect():
    """:func:`stance.dask_engine.connect`, or exit with the install command when Dask is missing."""
    try:
        from .dask_engine import connect
    except ImportError as error:
        if (error.name or "").partition(".")[0] not in ("distributed", "dask"):
            raise
        fail('--dask needs the dask extra: pip install "stance[dask]"')
    return connect


def _echo_problem(problem) -> None:
    click.echo(str(problem), err=True)


class _ProgressCounter:
    """A one-line counter on stderr, rewritten in place; problems print above it."""

    def __init__(self) -> None:
        self.width = 0
        self.shown_at = 0.0

    def _show(self, text: str) -> None:
        click.echo("\r" + text.ljust(self.width), err=True, nl=False)
        self.width = len(text)

    def __call__(self, summary) -> None:
        import time

        now = time.monotonic()
        if now - self.shown_at >= 0.1:  # a terminal need not redraw for every short document
            self.shown_at = now
            self._show(f"scored {summary.documents} documents, {summary.sentences} sentences")

    def problem(self, problem) -> None:
        click.echo("\r" + " " * self.width + "\r" + str(problem), err=True)
        self.width = 0

    def close(self) -> None:
        if self.width:
            click.echo("", err=True)


def _summary_paragraph(summary) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    text = (f"Scored {plural(summary.documents, 'document')} ({plural(summary.sentences, 'sentence')}, "
            f"{summary.duplicates} repeated verbatim and left out of the aggregates) with the model "
            f"{summary.model}. ")
    if summary.problems:
        text += (f"{plural(len(summary.problems), 'input problem')} reported above; "
                 f"{plural(summary.skipped, 'input')} skipped. ")
    else:
        text += "No input problems. "
    text += (f"Outputs in {summary.outdir}/: {', '.join(summary.outputs)}; "
             f"read them with: stance report {summary.outdir}")
    import textwrap

    # Paths stay whole, so that they can be copied from the terminal.
    return textwrap.fill(text, width=100, break_long_words=False, break_on_hyphens=False)


@main.command("report")
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("--speaker", "speaker", default=None, metavar="NAME",
              help="Show one speaker's card: counts, stance index, documents and evidence sentences.")
@click.option("--doc", "doc", default=None, metavar="ID",
              help="Show one document's card (ID as in documents.csv).")
def report_cli(outdir: Path, speaker: str | None, doc: str | None) -> None:
    """Print the results in OUTDIR (written by `stance score`) in the terminal.

    Without options: the speaker table (sentences, stance index with its 95%
    interval, label shares; * marks rows with few stance-bearing sentences),
    or the document table when no sentence has a speaker.
    """
    from .report import format_document_card, format_speaker_card, format_speaker_table, load_reports

    if speaker is not None and doc is not None:
        fail("give --speaker or --doc, not both")
    try:
        data = load_reports(outdir, evidence=speaker is not None or doc is not None)
        if speaker is not None:
            text = format_speaker_card(data, speaker)
        elif doc is not None:
            text = format_document_card(data, doc)
        else:
            text = format_speaker_table(data)
    except StanceError as error:
        fail_on(error)
    click.echo(text)
