"""Stopword lists, all from one data file: ``data/stopwords.tsv``, read once.

The file holds two lists. ``count`` is what :func:`helpers.frequency.count` leaves out
with ``stopwords=True`` (lesson 02): python-stop-words' French list, plus the elided
forms. ``names`` holds the closed-class words that never start a name (lesson 04).

>>> "de" in french_stopwords(), "l'" in french_stopwords(), "péninsule" in french_stopwords()
(True, True, False)
>>> sorted(stopword_set({"L’", "De"}))
['de', "l'"]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from ..data_files import data_rows
from ..translation import gettext as _
from .lexicon import ELISIONS
from .normalization import normalize

__all__ = ["DATA", "closed_class_words", "french_stopwords", "stopword_lists", "stopword_set"]

DATA = Path(__file__).resolve().parents[1] / "data" / "stopwords.tsv"


@functools.cache
def stopword_lists() -> dict[str, tuple[str, ...]]:
    """Each list of ``data/stopwords.tsv`` by name, its words as written there.

    >>> sorted(stopword_lists()), len(stopword_lists()["count"])
    (['count', 'names'], 348)
    """
    lists: dict[str, list[str]] = {}
    for name, words in data_rows(DATA):
        lists.setdefault(name, []).extend(words.split())
    return {name: tuple(words) for name, words in lists.items()}


@functools.cache
def _counted() -> frozenset[str]:
    return frozenset(normalize(w) for w in stopword_lists()["count"]) | ELISIONS


def french_stopwords() -> set[str]:
    """French stopwords: the ``stop-words`` package's list, plus the elided forms.

    The list is ``french.txt`` of python-stop-words (BSD-3-Clause), copied into the
    kit's ``data/stopwords.tsv``, with the elided forms ``l'`` ``d'`` ``s'``
    ``qu'`` … added (see :data:`helpers.text.lexicon.ELISIONS`). Words are
    casefolded, with the ASCII apostrophe ``'``. You get a new set each time:
    add and remove words freely.

    >>> stops = french_stopwords()
    >>> len(stops) > 300, {"de", "la", "le", "l'", "s'"} <= stops, "péninsule" in stops
    (True, True, False)
    """
    return set(_counted())


def stopword_set(stopwords: bool | Iterable[str] | None) -> frozenset[str]:
    """What a ``stopwords=`` argument leaves out: nothing, the French list, or your words.

    ``True`` is :func:`french_stopwords`; ``False`` or ``None`` is nothing; a set of
    words is those words, normalised (:func:`helpers.text.normalization`).

    >>> stopword_set(False), len(stopword_set(True)) == len(french_stopwords())
    (frozenset(), True)
    """
    if stopwords is None or stopwords is False:
        return frozenset()
    if stopwords is True:
        return _counted()
    if isinstance(stopwords, str):
        raise TypeError(_("stopwords= needs a set of words, e.g. {{'de', 'la'}}, or True").format())
    return frozenset(normalize(w) for w in stopwords)


@functools.cache
def closed_class_words() -> frozenset[str]:
    """Closed-class words (articles, pronouns, conjunctions…) that never start a name.

    Written as in the text (``l’`` with ’), French and a few English ones.

    >>> {"le", "l’", "depuis", "the"} <= closed_class_words(), "Pékin" in closed_class_words()
    (True, False)
    """
    return frozenset(stopword_lists()["names"])
