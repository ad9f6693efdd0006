"""stance: stance toward NATO-Russia cooperation, per sentence, document and speaker."""
__version__ = "0.1.0"

from .errors import InputError, LabelFileError, ModelError, StanceError  # noqa: E402
from .labels import LABELS, read_labels  # noqa: E402
from .model import StanceModel, evaluate, explain, train  # noqa: E402
from .store import load_model, save_model  # noqa: E402

__all__ = [
    "LABELS", "InputError", "LabelFileError", "ModelError", "StanceError", "StanceModel",
    "evaluate", "explain", "load_model", "read_labels", "save_model", "train",
]
