"""French alphabetical order, and finding the word a student meant.

Python's ``sorted`` compares code points: every capital comes before every
small letter, and an accented letter after all of them, so "Pyongyang" comes
before "Pékin" (y < é) and "États-Unis" after "Xi Jinping". French order
compares the letters first, then the accents, then the case, as a dictionary
does. The kit sorts every list a student sees with :func:`french_key`, which
follows the Unicode Collation Algorithm (the ``pyuca`` package, pure Python,
with Unicode's own table; its default order is CLDR's order for French):

>>> names = ["Pyongyang", "Xi Jinping", "États-Unis", "Pékin"]
>>> sorted(names)
['Pyongyang', 'Pékin', 'Xi Jinping', 'États-Unis']
>>> sorted_fr(names)
['États-Unis', 'Pékin', 'Pyongyang', 'Xi Jinping']

A name typed without its accents or capitals is found by its folded form
(:func:`fold`); a name typed with a typo gets suggestions (:func:`did_you_mean`).

>>> fold("PÉKIN") == fold("pekin")
True
>>> did_you_mean("Pyongyan", ["Pékin", "Pyongyang", "Moscou"])
['Pyongyang']
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any, TypeVar

from ..translation import gettext as _

__all__ = ["did_you_mean", "fold", "french_key", "sorted_fr"]

_T = TypeVar("_T")
# Letters that are two letters in French order and in what a student types.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_APOSTROPHES = str.maketrans({"'": "’", "\u2018": "’"})


@cache
def _collator() -> Any:
    from pyuca.collator import Collator_10_0_0  # pinned table: the same order everywhere

    return Collator_10_0_0()


@lru_cache(maxsize=1 << 16)
def french_key(text: str) -> tuple[tuple[int, ...], str]:
    """The sort key of ``text`` in French order: letters, then accents, then case.

    Use it as ``key=`` wherever a list is shown sorted. The text itself ends the
    key, so two strings that collate alike still come out in a fixed order.
    Keys are cached: sorting the same words again costs a dictionary look-up.

    >>> sorted(["Pyongyang", "Pékin"], key=french_key)
    ['Pékin', 'Pyongyang']
    >>> sorted(["Xi Jinping", "États-Unis", "Etats-Unis"], key=french_key)
    ['Etats-Unis', 'États-Unis', 'Xi Jinping']
    """
    if not isinstance(text, str):
        raise TypeError(_("french_key() sorts text (str), got {type}: give key= a function "
                          "that returns the name to sort by").format(type=type(text).__name__))
    return _collator().sort_key(text), text


def sorted_fr(items: Iterable[_T], *, key: Callable[[_T], str] | None = None,
              reverse: bool = False) -> list[_T]:
    """``items`` in French alphabetical order (``key`` gives the text to sort by).

    >>> sorted_fr(["Xi Jinping", "Kim Jong-un", "États-Unis", "Pyongyang", "Pékin"])
    ['États-Unis', 'Kim Jong-un', 'Pékin', 'Pyongyang', 'Xi Jinping']
    >>> sorted_fr([("Pyongyang", 4), ("Pékin", 2)], key=lambda pair: pair[0])
    [('Pékin', 2), ('Pyongyang', 4)]
    """
    if key is None:
        return sorted(items, key=french_key, reverse=reverse)  # type: ignore[arg-type]
    return sorted(items, key=lambda item: french_key(key(item)), reverse=reverse)


def fold(text: str) -> str:
    """``text`` as a student may type it: no accents, no capitals, œ as oe, one apostrophe.

    >>> fold("États-Unis"), fold("Œil"), fold("Côte d'Ivoire") == fold("côte d’ivoire")
    ('etats-unis', 'oeil', True)
    """
    text = unicodedata.normalize("NFD", text.translate(_LIGATURES).translate(_APOSTROPHES))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def did_you_mean(word: str, choices: Iterable[str], n: int = 3,
                 cutoff: float = 0.8) -> list[str]:
    """Up to ``n`` of ``choices`` close to ``word`` (accents and case ignored), best first.

    A choice equal to ``word`` once folded comes first ("Pekin" is Pékin), then
    those :func:`difflib.get_close_matches` finds close on the folded forms. Of
    several choices that fold alike, the first one given is the one shown.

    >>> did_you_mean("Pekin", ["Pékin", "Pyongyang", "Moscou"])
    ['Pékin']
    >>> did_you_mean("Vladivostock", ["Vladivostok", "Moscou"])
    ['Vladivostok']
    >>> did_you_mean("Atlantide", ["Pékin", "Moscou"])
    []
    """
    if not isinstance(word, str):
        raise TypeError(_("did_you_mean() needs a word as a str, got {type}")
                        .format(type=type(word).__name__))
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    close = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=cutoff)
    return [by_fold[k] for k in close]
