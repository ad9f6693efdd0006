"""Speaker attribution: whose position each sentence conveys.

Interface used by scoring; the rules live here (word lists in resources.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .segment import Sentence

VOICES = ("narrator", "direct", "indirect")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    voice: str  # one of VOICES


def attribute_speakers(
    text: str,
    sentences: list[Sentence],
    *,
    author: str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[Attribution]:
    """One attribution per sentence of ``sentences`` (all cut from ``text``)."""
    return [Attribution(author, "narrator") for _ in sentences]
