"""Typed exceptions raised by the library; only the CLI turns them into messages."""
from __future__ import annotations

from dataclasses import dataclass


class StanceError(Exception):
    """Base class for every error the library raises on bad input or state."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file: where it is and what to do about it."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class LabelFileError(StanceError):
    """The label files cannot be trained on; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ModelError(StanceError):
    """A model file is missing, corrupt, swapped or made by an incompatible library."""


class InputError(StanceError):
    """An input path given to scoring does not exist or cannot be used at all."""
