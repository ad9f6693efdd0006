"""Classification metrics: computed from labels, formatted for the terminal."""
from __future__ import annotations

from dataclasses import dataclass

from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

from .labels import LABELS


@dataclass(frozen=True)
class Metrics:
    """Per-class precision, recall, F1 and support; macro F1; accuracy; confusion matrix.

    ``confusion[i][j]`` counts sentences of true label ``LABELS[i]`` predicted as ``LABELS[j]``.
    """

    per_class: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    confusion: list[list[int]]

    def to_dict(self) -> dict:
        return {
            "per_class": self.per_class,
            "macro_f1": self.macro_f1,
            "accuracy": self.accuracy,
            "labels": list(LABELS),
            "confusion": self.confusion,
        }


def compute_metrics(true: list[str], predicted: list[str]) -> Metrics:
    precision, recall, f1, support = precision_recall_fscore_support(
        true, predicted, labels=list(LABELS), zero_division=0
    )
    per_class = {
        label: {
            "precision": round(float(precision[i]), 4),
            "recall": round(float(recall[i]), 4),
            "f1": round(float(f1[i]), 4),
            "support": int(support[i]),
        }
        for i, label in enumerate(LABELS)
    }
    present = [i for i, label in enumerate(LABELS) if support[i] > 0]
    macro = sum(float(f1[i]) for i in present) / len(present) if present else 0.0
    matrix = confusion_matrix(true, predicted, labels=list(LABELS))
    return Metrics(
        per_class=per_class,
        macro_f1=round(macro, 4),
        accuracy=round(float(accuracy_score(true, predicted)), 4),
        confusion=[[int(v) for v in row] for row in matrix],
    )


def format_metrics(metrics: Metrics) -> str:
    """The metrics as a plain-text table, as ``stance train`` and ``evaluate`` print them."""
    width = max(len(label) for label in LABELS)
    lines = [f"{'':{width}}  precision  recall     f1  support"]
    for label in LABELS:
        row = metrics.per_class[label]
        lines.append(
            f"{label:{width}}  {row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:5.3f}  {row['support']:7d}"
        )
    lines.append("")
    lines.append(f"macro F1  {metrics.macro_f1:.3f}")
    lines.append(f"accuracy  {metrics.accuracy:.3f}")
    lines.append("")
    lines.append("confusion matrix (rows: true label, columns: predicted)")
    short = [label[:5] for label in LABELS]
    lines.append(f"{'':{width}}  " + "  ".join(f"{s:>5}" for s in short))
    for label, row in zip(LABELS, metrics.confusion):
        lines.append(f"{label:{width}}  " + "  ".join(f"{v:5d}" for v in row))
    return "\n".join(lines)
