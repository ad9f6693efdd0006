"""stance: stance toward NATO-Russia cooperation, per sentence, document and speaker."""
__version__ = "0.1.0"

from .errors import InputError, LabelFileError, ModelError, StanceError  # noqa: E402
from .labels import LABELS, read_labels  # noqa: E402
from .model import StanceModel, evaluate, explain, train  # noqa: E402
from .store import load_model, save_model  # noqa: E402

# Scoring pulls in segmentation, attribution and sentiment; load it on first use
# so that `import stance` stays quick for training and evaluation.
_SCORING = ("score", "score_document", "run_score", "default_model")


def __getattr__(name: str):
    if name in _SCORING:
        from . import scoring

        return getattr(scoring, name)
    raise AttributeError(f"module 'stance' has no attribute {name!r}")


__all__ = [
    "LABELS", "InputError", "LabelFileError", "ModelError", "StanceError", "StanceModel",
    "default_model", "evaluate", "explain", "load_model", "read_labels", "run_score",
    "save_model", "score", "score_document", "train",
]
