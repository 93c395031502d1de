"""Which words does general French know? A look-up in wordfreq's word lists.

``unknown_words`` finds the tokens that wordfreq has never seen in French:
typos (*souien* for *soutien*), rare names, foreign words. wordfreq is
imported only when you call a function here, so ``import helpers.text.lexicon``
stays instant.

>>> unknown_words(['Pékin', ',', 'son', 'plus', 'proche', 'souien', ','])
['souien']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..translation import gettext as _
from .normalization import normalize

__all__ = ["ELISIONS", "is_known", "lookup_key", "unknown_words", "zipf"]

#: French elided forms, written with ASCII ``'`` (after normalisation): the
#: ``l'`` of *l’objectif*, the ``qu'`` of *qu’elle*, the ``presqu'`` of *presqu’île*.
ELISIONS = frozenset(
    "l' d' j' m' n' s' t' c' ç' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu' entr'".split()
)
_PARTS = re.compile(r"[^'\-]+'?")  # split "l'extrême-orient" into "l'", "extrême", "orient"


def lookup_key(word: str) -> str:
    """The form a word is looked up in: casefolded, apostrophes unified, accents kept.

    >>> lookup_key("L’État"), lookup_key("Pékin")
    ("l'état", 'pékin')
    """
    return normalize(word, casefold=True, apostrophes=True, strip_accents=False)


def zipf(word: str, *, lang: str = "fr") -> float:
    """How common `word` is, on the Zipf scale (0 = unknown, 3 = rare, 7 = "de").

    A wrapper around ``wordfreq.zipf_frequency`` that first casefolds the word
    and unifies apostrophes (wordfreq does not know ``l’`` with a curly
    apostrophe). One step on the scale is a factor of ten.

    >>> zipf("Pékin") > 3, zipf("L’") > 6, zipf("souien")
    (True, True, 0.0)
    """
    if not isinstance(word, str):
        raise TypeError(_("zipf() needs one word as a str, got {type}")
                        .format(type=type(word).__name__))
    from wordfreq import zipf_frequency  # lazily: loads word lists

    return zipf_frequency(lookup_key(word), lang)


def is_known(word: str, *, lang: str = "fr") -> bool:
    """True if wordfreq knows `word` in `lang`, as a whole or part by part.

    A word is known if its look-up form has a Zipf frequency above 0. For
    French, an elided form (``l’``, ``qu’``, ``jusqu’``) is known, and a word
    made of parts joined by ``’`` or ``-`` (``l’ex-président``,
    ``a-t-il``) is known when every part is.

    >>> is_known("l’ex-président"), is_known("Jong-un"), is_known("souien")
    (True, True, False)
    """
    key = lookup_key(word)
    if lang == "fr" and key in ELISIONS:
        return True
    from wordfreq import zipf_frequency  # lazily: loads word lists

    if zipf_frequency(key, lang) > 0:
        return True
    parts = _PARTS.findall(key)
    if len(parts) < 2:
        return False
    return all(
        (lang == "fr" and part in ELISIONS) or zipf_frequency(part.rstrip("'"), lang) > 0
        for part in parts
        if any(c.isalpha() for c in part)
    )


def _is_word(token: str) -> bool:
    """A token with at least one letter and no digit (not punctuation, not 2018)."""
    return any(c.isalpha() for c in token) and not any(c.isdigit() for c in token)


def unknown_words(tokens: Iterable[str], *, lang: str = "fr") -> list[str]:
    """The tokens that general French (wordfreq) does not know.

    Only words are looked up: tokens without a letter (punctuation, emoji)
    and tokens with a digit (``2018``, ``G20``) are skipped. Each word is
    casefolded and its apostrophes unified before the look-up; elided forms
    and compounds follow :func:`is_known`. The result keeps the order of
    first appearance, lists each word once (``Souien`` and ``souien`` count
    as one) and shows the token as it was written.

    Proper names may or may not be known: wordfreq learned from news and
    the web, so *Poutine* is known but rarer names are not.

    >>> unknown_words(['Pékin', ',', 'son', 'plus', 'proche', 'souien', ','])
    ['souien']
    >>> import re
    >>> from helpers.text.corpus import load_article
    >>> words = re.findall(r"\\w+(?:[’'-]\\w+)*", load_article().text)
    >>> unknown_words(words)
    ['souien']
    """
    if isinstance(tokens, str):
        raise TypeError(_(
            "unknown_words() needs a list of tokens, not one string (it would look up "
            "each character). Tokenize first, e.g. unknown_words(tokenize(text)) "
            "with `from helpers import tokenize`"
        ))
    if tokens is None or not isinstance(tokens, Iterable):
        raise TypeError(_("unknown_words() needs a list of tokens (str), got {type}")
                        .format(type=type(tokens).__name__))
    seen: set[str] = set()
    unknown: list[str] = []
    for token in tokens:
        if not isinstance(token, str):
            raise TypeError(_("unknown_words() needs tokens as str, got {type}: {value}")
                            .format(type=type(token).__name__, value=f"{token!r:.40}"))
        if not _is_word(token):
            continue
        key = lookup_key(token)
        if key in seen:
            continue
        seen.add(key)
        if not is_known(token, lang=lang):
            unknown.append(token)
    return unknown
