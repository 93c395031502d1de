"""French titles and abbreviations that a period does not end: ``data/abbreviations.tsv``.

The kit's one list, read once, for the tokenizer (which periods stay on their word),
the sentence splitter (Punkt's abbreviations; no sentence ends on a title) and the
entity extractor (a title is not a name, and announces a person).

>>> [a.written for a in load_abbreviations() if a.kind == "title"][:4]
['M.', 'MM.', 'Mme', 'Mmes']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..data_files import data_rows

__all__ = ["DATA", "Abbreviation", "load_abbreviations"]

DATA = Path(__file__).resolve().parents[1] / "data" / "abbreviations.tsv"
_COLUMNS = ["abbreviation", "written", "kind", "tokenizer", "punkt"]


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One row of ``data/abbreviations.tsv`` (see the file's header for the columns)."""

    form: str  # as written, without its period: "M", "Mme", "etc"
    written: str  # as a text writes it: "M.", "Mme", "etc."
    kind: str  # title, saint or word
    tokenizer: str  # keep, number or -
    punkt: bool


@cache
def load_abbreviations() -> tuple[Abbreviation, ...]:
    """Every row of ``data/abbreviations.tsv``, in the file's order; read once.

    >>> [a.form for a in load_abbreviations() if a.tokenizer == "number"][:3]
    ['p', 'pp', 'n']
    """
    return tuple(Abbreviation(form, written, kind, tokenizer, punkt == "yes")
                 for form, written, kind, tokenizer, punkt in data_rows(DATA, _COLUMNS))
