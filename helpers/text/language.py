"""Is this text French? A quick check by the most frequent words of eight languages.

The kit's word lists, context cues and lemmas are French: on another language the
lessons still run, but their results mean little. :func:`guess_language` counts, for
each language of ``data/function_words.tsv``, how many of a text's words are among
that language's 50 most frequent (for other languages, less the words that are frequent
in French too); :func:`warn_if_not_french` turns a clear verdict
into a one-line warning.

>>> from helpers import load_article
>>> guess_language(load_article().text)
('fr', 'French')
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from pathlib import Path

from ..data_files import data_rows
from ..translation import gettext as _

__all__ = ["guess_language", "warn_if_not_french"]

DATA = Path(__file__).resolve().parents[1] / "data" / "function_words.tsv"
_WORD = re.compile(r"(?<!\w)[^\W\d_]{2,}(?!\w)")  # words of letters, not "A0B1" nor lone letters
_SAMPLE = 20_000  # characters: enough to judge, fast on a novel
_MIN_WORDS = 10  # fewer words than this: no verdict


@cache
def _profiles() -> dict[str, tuple[str, frozenset[str]]]:
    return {code: (name, frozenset(words.split()))
            for code, name, words in data_rows(DATA)}


def _scores(text: str) -> tuple[int, dict[str, int]]:
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE])]
    return len(words), {code: sum(w in common for w in words)
                        for code, (_, common) in _profiles().items()}


def _best(text: str) -> tuple[str, bool] | None:
    """The best-scoring language and whether it clearly beats French; None if too short.

    Clearly: another language's frequent words (those that are not French words too)
    outnumber the French ones and make up a sixth of the words.
    """
    total, scores = _scores(text)
    if total < _MIN_WORDS:
        return None
    best = max(scores, key=lambda code: (scores[code], code == "fr"))
    clear = best != "fr" and scores[best] >= scores["fr"] and scores[best] >= total / 6
    return best, clear


def guess_language(text: str) -> tuple[str, str] | None:
    """The language ``(code, English name)`` a text is written in, or None if too short.

    >>> guess_language("Die Regierung hat am Donnerstag in Berlin beschlossen, dass die "
    ...                "Sanktionen gegen Russland für ein weiteres Jahr gelten.")
    ('de', 'German')
    >>> guess_language("Bonjour.") is None
    True
    """
    found = _best(text)
    return None if found is None else (found[0], _profiles()[found[0]][0])


def warn_if_not_french(text: str, *, stacklevel: int = 2) -> str | None:
    """Warn, in one line, when a text is clearly not French; return its language code.

    Short texts (under 10 words) are not judged.

    >>> warn_if_not_french("Les dirigeants se sont rencontrés hier à Vladivostok.") is None
    True
    """
    found = _best(text)
    if found is None or not found[1]:
        return None
    name = _language_name(found[0], _profiles()[found[0]][0])
    warnings.warn(_("This text looks {language}, not French: the kit's word lists, cues and "
                    "lemmas are French, so expect odd counts and missed or mistyped entities.")
                  .format(language=name), UserWarning, stacklevel=stacklevel + 1)
    return found[0]


def _language_name(code: str, english: str) -> str:
    """A language's name in the language in effect: the data file's English, else CLDR's
    name through Babel (installed with JupyterLab): "allemand" for "German"."""
    from ..translation import current_language

    lang = current_language()
    if lang == "en":
        return english
    try:
        from babel import Locale

        return Locale.parse(lang).languages.get(code, english)
    except Exception:  # no Babel, or no CLDR name: the English one, as the file has it
        return english
