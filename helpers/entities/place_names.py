"""Place names in look-up form: case, accents, hyphens and qualifiers set aside.

>>> key("St-Étienne"), unqualified(key("Italie méridionale"))
('saint etienne', ['italie'])
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from ..data_files import data_rows
from ..translation import gettext as _

__all__ = ["QUALIFIERS_PATH", "key", "keys", "unqualified"]

QUALIFIERS_PATH = Path(__file__).resolve().parents[1] / "data" / "place_qualifiers.tsv"


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 and Latin Extended-A/B: é → e, ł → l
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code))
                       if not unicodedata.combining(c))
        if base != chr(code):
            table[code] = base
    table.update({ord("œ"): "oe", ord("æ"): "ae", ord("ł"): "l", ord("đ"): "d", ord("ø"): "o",
                  ord("ı"): "i"})
    for mark in "-‐‑–—’'‘`´.,":  # Addis-Abeba = Addis Abeba, Xi’an = Xi an, St. = St
        table[ord(mark)] = " "
    return table


_FOLD = _fold_table()
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mont"}


def key(name: str) -> str:
    """The look-up form of a name: lower case, no accents, hyphens and apostrophes as spaces.

    >>> key("Corée du Nord") == key("COREE-DU-NORD")
    True
    >>> key("St-Étienne")
    'saint etienne'
    """
    if not isinstance(name, str):
        raise TypeError(_("key() needs a name as a str, got {type}")
                        .format(type=type(name).__name__))
    folded = name.casefold().translate(_FOLD)
    if not folded.isascii():  # rarer letters (ǎ, ṭ …): the slow, general way
        folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                         if not unicodedata.combining(c))
    words = folded.split()
    if words and words[0] in _ABBREVIATIONS:
        words[0] = _ABBREVIATIONS[words[0]]
    return " ".join(words)


_SPACES = re.compile(r"  +")
_EDGES = re.compile(r"^ | $", re.MULTILINE)
_SHORT = re.compile(r"^(" + "|".join(_ABBREVIATIONS) + ")(?= |$)", re.MULTILINE)


def keys(names: list[str]) -> list[str]:
    """``[key(name) for name in names]``, a few times faster: one pass over all names.

    >>> keys(["Corée du Nord", "Xi’an"])
    ['coree du nord', 'xi an']
    """
    text = "\n".join(names).casefold().translate(_FOLD)
    text = _SHORT.sub(lambda m: _ABBREVIATIONS[m[1]], _EDGES.sub("", _SPACES.sub(" ", text)))
    folded = text.split("\n")
    if len(folded) != len(names):  # a name held a line break: take the slow way
        return [key(name) for name in names]
    return [k if k.isascii() else key(name) for k, name in zip(folded, names, strict=True)]


@cache
def _qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words in front of a name and behind it, in look-up form, longest first."""
    rows = data_rows(QUALIFIERS_PATH)
    before = sorted((key(words) for where, words in rows if where == "before"), key=len)
    after = sorted((key(words) for where, words in rows if where == "after"), key=len)
    return tuple(reversed(before)), tuple(reversed(after))


def unqualified(wanted: str) -> list[str]:
    """A folded name without the qualifiers around it (``helpers/data/place_qualifiers.tsv``).

    >>> unqualified("province de quebec")
    ['quebec']
    """
    before, after = _qualifiers()
    bases = [wanted[len(words) + 1:] for words in before if wanted.startswith(words + " ")]
    bases += [wanted[:-len(words) - 1] for words in after if wanted.endswith(" " + words)]
    return [base for base in bases if base]

