"""Normalisation: the separate, explicit step that makes word forms comparable.

Loading a text never changes it (see :mod:`helpers.text.corpus`); tokens keep their
surface form. When you want ``L’`` and ``l'`` (or ``Pékin`` and ``pekin``) to
count as the same word, call :func:`normalize` on each token, on purpose.

>>> [normalize(t) for t in ["L’", "Jong-un", "Etats-Unis"]]
["l'", 'jong-un', 'etats-unis']
"""

from __future__ import annotations

import unicodedata

from ..translation import gettext as _

__all__ = ["APOSTROPHES", "fold_accents", "nfc", "normalize"]

#: Characters used as apostrophes in real texts, all mapped to ASCII ``'``:
#: ’ (U+2019, French typography), ‘ (U+2018), ʼ (U+02BC), ´ (U+00B4),
#: ` (U+0060) and ′ (U+2032, prime).
APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060\u2032"
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))

# Accent folding removes only the marks of the "Combining Diacritical Marks"
# block (U+0300–U+036F): the accents, cedilla, tilde, diaeresis… of Latin
# letters. Marks of other scripts (Devanagari vowel signs, the Japanese
# voicing mark…) are kept, because removing them changes the letter.
_LATIN_MARKS = range(0x0300, 0x0370)


def _check(value: object, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        raise TypeError(_(
            "{name}() needs a str, got bytes. Decode them first, e.g. data.decode('utf-8')"
        ).format(name=name))
    raise TypeError(_(
        "{name}() needs a str (one token or a text), got {type}: "
        "{value}. For a list of tokens, use [{name}(t) for t in tokens]"
    ).format(name=name, type=type(value).__name__, value=f"{value!r:.40}"))


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC form (composed characters).

    ``"e" + U+0301`` (two code points) and ``"é"`` (one) look the same but
    compare different; NFC makes them equal. Nothing else changes.

    >>> decomposed = "Pe\u0301kin"
    >>> len(decomposed), len(nfc(decomposed)), nfc(decomposed) == "Pékin"
    (6, 5, True)
    """
    return unicodedata.normalize("NFC", _check(text, "nfc"))


def fold_accents(text: str) -> str:
    """Remove accents from Latin letters: ``é → e``, ``ç → c``, ``Ï → I``.

    Decomposes (NFD), drops the combining accents (U+0300–U+036F) and
    recomposes (NFC). Letters that are not "letter + accent" stay as they
    are: ``œ``, ``æ``, ``ß``, ``ø`` are letters of their own, not accented
    letters. Other scripts are untouched (김정은 stays 김정은).

    >>> fold_accents("Pékin, rééquilibrage, Corée, cœur, 김정은")
    'Pekin, reequilibrage, Coree, cœur, 김정은'
    """
    decomposed = unicodedata.normalize("NFD", _check(text, "fold_accents"))
    kept = "".join(ch for ch in decomposed if ord(ch) not in _LATIN_MARKS)
    return unicodedata.normalize("NFC", kept)


def normalize(
    token: str, *, casefold: bool = True, apostrophes: bool = True,
    strip_accents: bool = False,
) -> str:
    """Return a normalised form of `token` for counting and comparing words.

    - ``casefold`` (default on): ``str.casefold()``, a stronger ``lower()``
      (``"Straße" → "strasse"``).
    - ``apostrophes`` (default on): ’ ‘ ʼ ´ ` ′ all become ASCII ``'``.
    - ``strip_accents`` (default off): remove accents, ``é → e`` (see
      :func:`fold_accents`; ``œ`` stays ``œ``). Off by default because in
      French accents change the word: *a*/*à*, *ou*/*où*, *côte*/*cote*.

    The text is also put in NFC form, so composed and decomposed accents
    compare equal. The original token is never modified.

    >>> normalize("L’")
    "l'"
    >>> normalize("Pékin", strip_accents=True)
    'pekin'
    >>> normalize("Etats-Unis")
    'etats-unis'
    >>> normalize("Corée", casefold=False)
    'Corée'
    """
    out = unicodedata.normalize("NFC", _check(token, "normalize"))
    if apostrophes:
        out = out.translate(_APOSTROPHE_TABLE)
    if casefold:
        out = out.casefold()
    if strip_accents:
        out = fold_accents(out)
    return out
