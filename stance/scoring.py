"""Scoring documents: each sentence's stance, sentiment and speaker, streamed into the reports.

Data flows one way: documents -> sentences -> speakers -> model scores ->
records (see :func:`score_documents`) -> ``sentences.jsonl`` and the
aggregates (see :func:`run_score`). Scoring a document is a pure function of
(document, model); :func:`score` runs it over a stream of documents, in
parallel when asked, holding only a few chunks of documents at a time.
"""
from __future__ import annotations

import gc
import hashlib
import importlib.resources
import json
import os
import pickle
import shutil
import tempfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

import joblib
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from .atomic import atomic_path
from .attribute import attribute_speakers
from .documents import SUFFIXES, Document, check_inputs, read_documents
from .errors import InputError, ModelError, Problem
from .labels import LABELS, walk_label_files
from .model import StanceModel
from .segment import normalize_space, split_sentences
from .sentiment import sentiment_scores
from .store import DEFAULT_MODEL_PATH, load_model, save_model

RECORD_KEYS = ("doc", "index", "start", "end", "paragraph", "text", "label", "probs",
               "sentiment", "speaker", "voice", "duplicate")
SENTENCES_FILE = "sentences.jsonl"

# A chunk is the unit of work sent to a worker: big enough that the
# classifier's fixed cost per call (about 1 ms) and the inter-process
# traffic are small, small enough that a few chunks in flight keep memory low.
CHUNK_CHARS = 200_000
CHUNK_ITEMS = 500

# A sentence is read with its paragraph (ANNOTATION.md): its probabilities are its own plus
# this weight times each neighbour's in the same paragraph, renormalised. 0.5 was the best of
# 0, 0.1, 0.25, 0.5 and 1 on the first two held-out document batches; elsewhere it has gained
# little but never cost (experiments/README.md, "Stance on whole held-out documents").
CONTEXT_WEIGHT = 0.5
MAX_CONTEXT_WEIGHT = 10.0


def in_context(probabilities: np.ndarray, paragraphs: list, weight: float = CONTEXT_WEIGHT) -> np.ndarray:
    """Each row plus ``weight`` times its neighbours' rows in the same paragraph, summing to 1.

    ``probabilities`` holds sentences in order; ``paragraphs`` a key per
    sentence, equal for sentences of one paragraph (a paragraph number, or
    (document, paragraph) for a batch of documents). A sentence alone in its
    paragraph keeps its own row.
    """
    out = probabilities.copy()
    if weight and len(paragraphs) > 1:
        same = np.array([a == b for a, b in zip(paragraphs, paragraphs[1:])])
        out[1:][same] += weight * probabilities[:-1][same]
        out[:-1][same] += weight * probabilities[1:][same]
        out /= out.sum(axis=1, keepdims=True)
    return out


@dataclass(frozen=True)
class ScoringOptions:
    """What a run sets besides the model: the alias table and the weight of a sentence's neighbours."""

    aliases: Mapping[str, str] | None = None
    context_weight: float = CONTEXT_WEIGHT


# One encoder for all records: the key order is the record's own, as the contract asks.
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=False, separators=(", ", ": ")).encode


def record_line(record: dict) -> str:
    """One line of ``sentences.jsonl`` (without the newline)."""
    return _encode(record)


# --- The classifier, faster ------------------------------------------------------

class FastProba:
    """``model.predict_proba``, the same numbers, with the character n-grams looked up per word.

    The model's ``char_wb`` TF-IDF features cut every word into n-grams in
    Python, which makes it the slowest stage. Those n-grams depend on the
    word alone, so the vocabulary columns of each word are remembered (up to
    ``CACHE_WORDS`` words, then forgotten and learnt again) and the count
    matrix is built from them; the rest is the fitted pipeline's own
    ``TfidfTransformer``, feature union and classifier. Models of another
    shape use ``model.predict_proba`` unchanged. tests/test_scoring.py checks
    that both give identical arrays.
    """

    CACHE_WORDS = 50_000

    def __init__(self, model: StanceModel):
        self.model = model
        self.words: dict[str, array] = {}
        self.fast = False
        try:
            union = model.pipeline.named_steps["features"]
            self.classifier = model.pipeline.named_steps["classifier"]
            self.vectorizers = [transformer for _, transformer in union.transformer_list]
            self.union = union
            char = [v for v in self.vectorizers if getattr(v, "analyzer", None) == "char_wb"]
            self.fast = (
                isinstance(union, FeatureUnion) and union.transformer_weights is None
                and list(model.pipeline.named_steps) == ["features", "classifier"]
                and all(hasattr(v, "transform") for v in self.vectorizers)
                and len(char) == 1 and type(char[0]) is TfidfVectorizer
                and char[0].input == "content" and not char[0].binary
                and char[0].preprocessor is None and hasattr(char[0], "_tfidf")
            )
        except (AttributeError, KeyError, TypeError):
            self.fast = False
        if self.fast:
            self.char = char[0]
            self.vocabulary = self.char.vocabulary_
            self.preprocess = self.char.build_preprocessor()
            self.columns = [list(self.classifier.classes_).index(label) if label in self.classifier.classes_
                            else None for label in LABELS]

    def _word_columns(self, word: str) -> array:
        columns = self.words.get(word)
        if columns is None:
            vocabulary = self.vocabulary
            columns = array("i", [vocabulary[g] for g in self.char._char_wb_ngrams(word) if g in vocabulary])
            if len(self.words) >= self.CACHE_WORDS:
                self.words.clear()
            self.words[word] = columns
        return columns

    def _char_features(self, texts: list[str]):
        indices = array("i")
        indptr = [0]
        words = self.words
        squeeze = self.char._white_spaces.sub
        for text in texts:
            for word in squeeze(" ", self.preprocess(text)).split():
                columns = words.get(word)
                indices.extend(columns if columns is not None else self._word_columns(word))
            indptr.append(len(indices))
        counts = sp.csr_array(
            (np.ones(len(indices)), np.frombuffer(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
            shape=(len(texts), len(self.vocabulary)), dtype=self.char.dtype,
        )
        counts.sum_duplicates()  # sums repeated columns and sorts, as CountVectorizer's matrix is
        return self.char._tfidf.transform(counts, copy=False)

    def __call__(self, texts: list[str]) -> np.ndarray:
        """Array of shape (len(texts), 4): P(label) for each label of ``LABELS``."""
        if not self.fast or not texts:
            return self.model.predict_proba(texts)
        blocks = [self._char_features(texts) if v is self.char else v.transform(texts) for v in self.vectorizers]
        raw = self.classifier.predict_proba(self.union._hstack(blocks))
        out = np.zeros((len(texts), len(LABELS)))
        for j, column in enumerate(self.columns):
            if column is not None:
                out[:, j] = raw[:, column]
        return out


_fast_probas: dict[int, FastProba] = {}


def fast_proba(model: StanceModel) -> FastProba:
    """The process's :class:`FastProba` for ``model`` (one kept: a run uses one model)."""
    proba = _fast_probas.get(id(model))
    if proba is None or proba.model is not model:
        _fast_probas.clear()
        proba = _fast_probas[id(model)] = FastProba(model)
    return proba


# --- One batch of documents ----------------------------------------------------

def score_documents(documents: list[Document], model: StanceModel, *,
                    aliases: Mapping[str, str] | None = None,
                    context_weight: float = CONTEXT_WEIGHT) -> list[list[dict]]:
    """The sentence records of each document, in order (see record_contract.md).

    The records of a document depend on that document and the model only;
    the batch just lets the classifier score all its sentences in one call.
    ``context_weight`` is the share of each same-paragraph neighbour's
    probabilities added to a sentence's own (see :func:`in_context`); 0
    gives every sentence the model's probabilities for it alone.
    """
    segmented = [split_sentences(document.text) for document in documents]
    texts = [sentence.text for sentences in segmented for sentence in sentences]
    normalized = [normalize_space(text) for text in texts]
    paragraphs = [(d, sentence.paragraph) for d, sentences in enumerate(segmented) for sentence in sentences]
    probabilities = in_context(fast_proba(model)(normalized), paragraphs, context_weight).tolist()
    sentiments = sentiment_scores(texts)
    out: list[list[dict]] = []
    row = 0
    for document, sentences in zip(documents, segmented):
        attributions = attribute_speakers(document.text, sentences, author=document.author, aliases=aliases)
        if len(attributions) != len(sentences):
            raise RuntimeError(f"attribute_speakers gave {len(attributions)} attributions "
                               f"for {len(sentences)} sentences of {document.id}")
        seen: set[str] = set()
        records = []
        for index, (sentence, attribution) in enumerate(zip(sentences, attributions)):
            probs = probabilities[row]
            key = normalized[row]
            records.append({
                "doc": document.id,
                "index": index,
                "start": sentence.start,
                "end": sentence.end,
                "paragraph": sentence.paragraph,
                "text": sentence.text,
                "label": LABELS[probs.index(max(probs))],
                "probs": {label: round(p, 4) for label, p in zip(LABELS, probs)},
                "sentiment": sentiments[row],
                "speaker": attribution.speaker,
                "voice": attribution.voice,
                "duplicate": key in seen,
            })
            seen.add(key)
            row += 1
        out.append(records)
    return out


def score_document(document: Document, model: StanceModel, *,
                   aliases: Mapping[str, str] | None = None,
                   context_weight: float = CONTEXT_WEIGHT) -> list[dict]:
    """The sentence records of one document: a pure function of (document, model)."""
    return score_documents([document], model, aliases=aliases, context_weight=context_weight)[0]


# --- A stream of documents -------------------------------------------------------

@dataclass
class ScoredDocument:
    """A document's metadata record, its sentence records and the problems that did not stop it.

    ``lines`` is the records' text in ``sentences.jsonl``, encoded where the
    document was scored, so that parallel workers share that work too.
    """

    meta: dict
    records: list[dict]
    problems: tuple[Problem, ...] = ()
    lines: str = ""


def _chunks(items: Iterable[Document | Problem]) -> Iterator[list[Document | Problem]]:
    chunk: list[Document | Problem] = []
    size = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            size += len(item.text)
        if size >= CHUNK_CHARS or len(chunk) >= CHUNK_ITEMS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _score_chunk(chunk: list[Document | Problem], model: StanceModel,
                 options: ScoringOptions) -> list[ScoredDocument | Problem]:
    documents = [item for item in chunk if isinstance(item, Document)]
    scored = iter(score_documents(documents, model, aliases=options.aliases,
                                  context_weight=options.context_weight))
    out: list[ScoredDocument | Problem] = []
    for item in chunk:
        if isinstance(item, Document):
            records = next(scored)
            lines = "".join(record_line(record) + "\n" for record in records)
            out.append(ScoredDocument(item.meta(), records, item.problems, lines))
        else:
            out.append(item)
    return out


_worker_models: dict[str, StanceModel] = {}


def _load_shared(path: str) -> StanceModel:
    if path not in _worker_models:
        _worker_models.clear()  # a reused worker keeps only the current run's model
        with open(path, "rb") as handle:
            _worker_models[path] = pickle.load(handle)
        # joblib's workers collect garbage after tasks; the model and the modules
        # live as long as the worker, so they need not be traversed each time.
        gc.freeze()
    return _worker_models[path]


class _SharedModel:
    """Stands in for the model in the tasks sent to workers.

    It pickles as the path of a file the model was dumped to once, so a task
    carries a few bytes instead of the model, and each worker process loads
    the model once per run.
    """

    def __init__(self, model: StanceModel, folder: Path):
        self.path = str(folder / "model.pickle")
        # The C pickler: joblib.dump's Python-level pickler takes a second on a large vocabulary.
        with open(self.path, "wb") as handle:
            pickle.dump(model, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def __reduce__(self):
        return _load_shared, (self.path,)


def score(paths: Iterable[str | Path], model: StanceModel, *, jobs: int = 1, client=None,
          aliases: Mapping[str, str] | None = None,
          context_weight: float = CONTEXT_WEIGHT) -> Iterator[ScoredDocument | Problem]:
    """Score every document under ``paths``, in input order; unusable inputs come out as Problems.

    With ``jobs`` > 1 the chunks of documents are scored by that many worker
    processes (joblib), at most ``2 * jobs`` chunks in flight. With a
    ``distributed.Client`` as ``client`` they are scored on its Dask cluster
    (see :mod:`stance.dask_engine`). Either way the output is the same as
    with one job. ``aliases`` and ``context_weight`` are as for
    :func:`score_documents`.

    Raises
    ------
    InputError
        A path does not exist (raised at once, before anything is read).
    """
    if client is not None and jobs > 1:
        raise ValueError("give jobs or client, not both: with a client the cluster's workers do the work")
    if not 0 <= context_weight <= MAX_CONTEXT_WEIGHT:
        raise ValueError(f"context_weight {context_weight} is outside 0-{MAX_CONTEXT_WEIGHT:g}; "
                         "0 reads each sentence alone")
    options = ScoringOptions(aliases, context_weight)
    items = read_documents(paths)
    if client is not None:
        from .dask_engine import score_on_dask

        return score_on_dask(items, model, client, options)
    if jobs <= 1:
        return (result for chunk in _chunks(items) for result in _score_chunk(chunk, model, options))
    return _score_parallel(items, model, jobs, options)


def _score_parallel(items: Iterator[Document | Problem], model: StanceModel, jobs: int,
                    options: ScoringOptions) -> Iterator[ScoredDocument | Problem]:
    folder = Path(tempfile.mkdtemp(prefix="stance-model-"))
    try:
        shared = _SharedModel(model, folder)
        parallel = joblib.Parallel(n_jobs=jobs, return_as="generator", batch_size=1, pre_dispatch=2 * jobs)
        tasks = (joblib.delayed(_score_chunk)(chunk, shared, options) for chunk in _chunks(items))
        for results in parallel(tasks):
            yield from results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- A whole run: scores, aggregates, reports ---------------------------------------

@dataclass
class RunSummary:
    """What a run did and where its outputs are."""

    documents: int = 0
    sentences: int = 0
    duplicates: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    outdir: str = ""
    outputs: list[str] = field(default_factory=list)
    model: str | None = None

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "duplicates": self.duplicates,
            "skipped_inputs": self.skipped,
            "problems": [str(problem) for problem in self.problems],
            "outdir": self.outdir,
            "outputs": self.outputs,
            "model": self.model,
        }


def run_score(
    paths: Iterable[str | Path],
    outdir: str | Path,
    model: StanceModel,
    *,
    jobs: int = 1,
    client=None,
    aliases: Mapping[str, str] | None = None,
    context_weight: float = CONTEXT_WEIGHT,
    progress: Callable[[RunSummary], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> RunSummary:
    """Score the documents under ``paths`` and write ``sentences.jsonl`` and the reports into ``outdir``.

    Sentence records are streamed to a temporary file and into the
    aggregator as they come; every output appears under its name only once
    it is complete. ``jobs`` and ``client`` (a ``distributed.Client``) are
    as for :func:`score`. ``progress`` is called with the running totals after
    each document, ``on_problem`` with each input problem as it is found.

    Raises
    ------
    InputError
        A path does not exist, ``outdir`` is not a folder, or no document
        could be scored. Nothing is written.
    """
    from .aggregate import Aggregator
    from .report import write_reports

    roots = check_inputs(paths)
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"output folder {outdir} is a file; give another folder with -o")
    created = not outdir.exists()
    summary = RunSummary(outdir=str(outdir))
    try:
        aggregator = Aggregator(seed=0)
        with atomic_path(outdir / SENTENCES_FILE) as temporary:
            with open(temporary, "w", encoding="utf-8", newline="\n") as out:
                for item in score(roots, model, jobs=jobs, client=client, aliases=aliases,
                                  context_weight=context_weight):
                    if isinstance(item, Problem):
                        summary.skipped += 1
                        _note(summary, item, on_problem)
                        continue
                    for problem in item.problems:
                        _note(summary, problem, on_problem)
                    aggregator.add_document(item.meta)
                    for record in item.records:
                        aggregator.add_sentence(record)
                        summary.duplicates += record["duplicate"]
                    out.write(item.lines)
                    summary.documents += 1
                    summary.sentences += len(item.records)
                    if progress is not None:
                        progress(summary)
            if summary.documents == 0:
                raise InputError(f"no document could be scored ({summary.skipped} input"
                                 f"{'s' if summary.skipped != 1 else ''} skipped, see above); "
                                 f"give files of type {', '.join(SUFFIXES)} with text in them")
            write_reports(aggregator.finish(), outdir, model_card=model.card)
    except BaseException:
        if created and outdir.is_dir() and not any(outdir.iterdir()):
            outdir.rmdir()
        raise
    summary.outputs = sorted(path.name for path in outdir.iterdir() if not path.name.startswith("."))
    return summary


def _note(summary: RunSummary, problem: Problem, on_problem: Callable[[Problem], None] | None) -> None:
    summary.problems.append(problem)
    if on_problem is not None:
        on_problem(problem)


# --- The default model ------------------------------------------------------------

def corpus_root() -> Path:
    """The folder of label CSV files shipped inside the package (``stance.corpus``).

    Raises
    ------
    ModelError
        The corpus is not installed as files on disk.
    """
    try:
        corpus = importlib.resources.files("stance.corpus")
    except ModuleNotFoundError:
        # setuptools' editable installs cannot import a package folder without
        # __init__.py; in a source checkout the corpus is the top-level labels/.
        checkout = Path(__file__).resolve().parent.parent / "labels"
        if checkout.is_dir():
            return checkout
        raise ModelError("the label corpus (stance.corpus) is not installed; reinstall stance, "
                         "or train a model with: stance train labels/ -o models/stance.joblib") from None
    if isinstance(corpus, Path):
        return corpus
    # A namespace package (no __init__.py) is a MultiplexedPath; its entries are real paths.
    for entry in corpus.iterdir():
        if isinstance(entry, Path):
            return entry.parent
    raise ModelError("the label corpus (stance.corpus) is not readable as files; "
                     "train a model with: stance train LABELS_DIR -o models/stance.joblib and pass it with -m")


def corpus_sha256(root: Path) -> str:
    """Digest of the label files' relative paths and bytes, in reading order."""
    digest = hashlib.sha256()
    for path in walk_label_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_dir() -> Path:
    """Where a model trained on the shipped corpus is kept: $STANCE_CACHE_DIR, else the user cache."""
    if os.environ.get("STANCE_CACHE_DIR"):
        return Path(os.environ["STANCE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "stance"


def default_model(models_path: str | Path = DEFAULT_MODEL_PATH, *,
                  notify: Callable[[str], None] | None = None) -> tuple[StanceModel, Path]:
    """The model to use when none is named, and where it came from.

    ``models_path`` (relative to the current folder) when it exists;
    otherwise a model trained on the shipped label corpus, cached by the
    corpus digest and the scikit-learn version, and trained (with a
    ``notify`` message) only when the cache does not hold it yet.

    Raises
    ------
    ModelError
        ``models_path`` exists but cannot be used, or the corpus is missing.
    LabelFileError
        The shipped corpus cannot be trained on.
    """
    import sklearn

    from .model import train

    models_path = Path(models_path)
    if models_path.exists():
        return load_model(models_path), models_path
    root = corpus_root()
    cached = cache_dir() / f"stance-{corpus_sha256(root)[:16]}-sklearn-{sklearn.__version__}.joblib"
    if cached.is_file():
        try:
            return load_model(cached), cached
        except ModelError:
            pass  # a damaged cache entry is trained again below
    if notify is not None:
        notify(f"No model given and {models_path} does not exist: training one on the label corpus "
               f"shipped with stance ({root}). This takes a minute or two, once: the model is cached in {cached}.")
    result = train(root)
    save_model(result, cached)
    return result.model, cached
