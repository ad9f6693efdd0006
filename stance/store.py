"""Saving and loading models with their model cards.

Model files are pickles (joblib): loading one runs code chosen by whoever
made it. Load only models you trust; the SHA-256 check below catches
corruption and swapped files, not a malicious card written beside its model.
"""
from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from pathlib import Path

import joblib
import nltk
import numpy
import sklearn

from . import __version__
from .atomic import atomic_path, write_text
from .errors import ModelError
from .labels import LABELS
from .model import StanceModel, TrainResult

DEFAULT_MODEL_PATH = Path("models/stance.joblib")
FORMAT_VERSION = 1


def card_path(model_path: str | Path) -> Path:
    return Path(model_path).with_suffix(".json")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    return {
        "stance": __version__,
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "joblib": joblib.__version__,
        "nltk": nltk.__version__,
    }


def build_card(result: TrainResult) -> dict:
    """The model card's content, before the model file's digest is known."""
    labelset = result.labelset
    return {
        "format": FORMAT_VERSION,
        "labels": list(LABELS),
        "label_counts": labelset.label_counts(),
        "sentences": len(labelset),
        "sources": len(set(labelset.sources)),
        "label_files": len(labelset.files),
        "labels_sha256": labelset.data_sha256(),
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in result.params.items()},
        "seed": result.seed,
        "cross_validation": {"folds": result.cross_validation.folds, "grouping": "source",
                             **result.cross_validation.metrics.to_dict()},
        "versions": _versions(),
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    }


def save_model(result: TrainResult, path: str | Path = DEFAULT_MODEL_PATH) -> dict:
    """Write the model and its card (``.json`` beside it), each atomically; return the card."""
    path = Path(path)
    card = build_card(result)
    payload = {"format": FORMAT_VERSION, "labels": list(LABELS), "pipeline": result.model.pipeline}
    with atomic_path(path) as temporary:
        joblib.dump(payload, temporary)
        card["model_sha256"] = _sha256(temporary)
        write_text(card_path(path), json.dumps(card, indent=2, sort_keys=True) + "\n")
    result.model.card = card
    return card


def _retrain(path: Path) -> str:
    return f"retrain it with: stance train labels/ -o {path}"


def load_model(path: str | Path = DEFAULT_MODEL_PATH) -> StanceModel:
    """Load a model saved by :func:`save_model`, refusing one that does not match its card.

    Raises
    ------
    ModelError
        The file or its card is missing, the digest differs (corrupt, truncated or
        swapped file), or it was made by an incompatible scikit-learn.
    """
    path = Path(path)
    card_file = card_path(path)
    if not path.is_file():
        raise ModelError(f"model file {path} does not exist; {_retrain(path)}")
    if not card_file.is_file():
        raise ModelError(f"model card {card_file} is missing, so {path} cannot be checked; {_retrain(path)}")
    try:
        card = json.loads(card_file.read_text(encoding="utf-8"))
        expected = card["model_sha256"]
        made_with = card["versions"]["scikit-learn"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ModelError(f"model card {card_file} is not a valid stance model card; {_retrain(path)}") from None
    if _sha256(path) != expected:
        raise ModelError(
            f"model file {path} does not match the SHA-256 in its card {card_file} "
            f"(corrupt, truncated or replaced); {_retrain(path)}"
        )
    if made_with.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"model file {path} was made with scikit-learn {made_with}, but {sklearn.__version__} "
            f"is installed; {_retrain(path)}"
        )
    try:
        payload = joblib.load(path)
        pipeline = payload["pipeline"]
    except Exception as err:  # a pickle can fail in many ways; all mean the same to the user
        raise ModelError(f"model file {path} cannot be loaded ({type(err).__name__}); {_retrain(path)}") from None
    if payload.get("format") != FORMAT_VERSION or list(payload.get("labels", [])) != list(LABELS):
        raise ModelError(f"model file {path} has an unknown format; {_retrain(path)}")
    return StanceModel(pipeline, card)
