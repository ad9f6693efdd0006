"""Shared fixtures: a tiny labelled corpus written into a temporary folder."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

# Six sources, every label in each, so 3-fold grouped CV is possible.
TINY_CORPUS = {
    "alpha": [
        ("The ministers agreed to resume the NATO-Russia Council next month.", "cooperative"),
        ("Dialogue will continue, but there is no return to business as usual.", "cautionary"),
        ("NATO suspended all practical cooperation with Russia.", "oppositional"),
        ("The meeting took place in Brussels on Tuesday.", "neutral"),
    ],
    "beta": [
        ("We welcome Moscow's readiness to work with the Alliance again.", "cooperative"),
        ("Many Russians still see NATO as an enemy.", "cautionary"),
        ("Enlargement is a direct threat to our security, the minister said.", "oppositional"),
        ("Photos: AFP/Getty Images", "neutral"),
    ],
    "gamma": [
        ("NATO is no threat to Russia, the secretary general said.", "cooperative"),
        ("No outside country will have a veto over enlargement.", "cautionary"),
        ("The Kremlin called the alliance an aggressive bloc.", "oppositional"),
        ("Share this article", "neutral"),
    ],
    "delta": [
        ("Both sides pledged closer cooperation on counter-terrorism.", "cooperative"),
        ("Talks may resume if Russia withdraws its troops, officials cautioned.", "cautionary"),
        ("Moscow expelled the alliance's liaison officers.", "oppositional"),
        ("The summit was held in Madrid in July.", "neutral"),
    ],
    "epsilon": [
        ("The council agreed on a joint exercise in search and rescue.", "cooperative"),
        ("Any partnership must be built step by step and verified.", "cautionary"),
        ("The envoy condemned NATO's bombing campaign as aggression.", "oppositional"),
        ("Advertisement", "neutral"),
    ],
    "zeta": [
        ("Russia and NATO signed the Founding Act in Paris.", "cooperative"),
        ("Officials remain sceptical that the thaw will last.", "cautionary"),
        ("Sanctions were imposed on Russian officials after the annexation.", "oppositional"),
        ("The alliance has thirty-two members.", "neutral"),
    ],
}


def write_label_csv(path: Path, rows: list[dict], columns=("text", "label", "source")) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def tiny_labels(tmp_path: Path) -> Path:
    folder = tmp_path / "labels"
    for source, pairs in TINY_CORPUS.items():
        write_label_csv(folder / f"{source}.csv",
                        [{"text": t, "label": lab, "source": source} for t, lab in pairs])
    return folder


@pytest.fixture(scope="session")
def tiny_model_path(tmp_path_factory) -> Path:
    from stance.model import train
    from stance.store import save_model

    folder = tmp_path_factory.mktemp("tiny") / "labels"
    for source, pairs in TINY_CORPUS.items():
        write_label_csv(folder / f"{source}.csv",
                        [{"text": t, "label": lab, "source": source} for t, lab in pairs])
    result = train(folder, folds=3, seed=0)
    path = folder.parent / "model" / "stance.joblib"
    save_model(result, path)
    return path
