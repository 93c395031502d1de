"""The language the kit speaks: English by default, or one with a catalog in ``helpers/locale``.

A student chooses it once: ``set_language("fr")`` in the first cell of a notebook
(this kernel only), or the environment variable ``TEXTE_TOKENS_LANG=fr`` where the
kernels start (a call wins over the variable). Messages are translated when they
are shown, not when a module is imported, so switching in a session works.

In the kit's modules, ``from helpers.translation import gettext as _`` and then
``_("Question {number}").format(number=n)``: named placeholders, so that a
translation can move them. ``N_`` marks a constant for the catalog; it is
translated where it is used, with ``_(CONSTANT)``.

The catalogs (``helpers/locale/<lang>/LC_MESSAGES/helpers.mo``) are built by
``scripts/catalogs.py`` with Babel; reading them needs only Python's ``gettext``.

>>> set_language("fr")
'fr'
>>> gettext("Correct!")
'Bonne réponse\\xa0!'
>>> set_language(None)
'en'
>>> gettext("Correct!")
'Correct!'
"""

from __future__ import annotations

import contextlib
import functools
import gettext as _gettext
import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

__all__ = ["DEFAULT", "DOMAIN", "ENV_VAR", "LOCALE_DIR", "N_", "available_languages",
           "current_language", "format_number", "gettext", "ngettext", "set_language", "speaking"]

ENV_VAR = "TEXTE_TOKENS_LANG"
"""The environment variable that sets the language of every kernel started with it."""
DEFAULT = "en"
"""The language of the source code's messages: it needs no catalog."""
DOMAIN = "helpers"
"""The name of the catalogs: ``helpers.pot``, ``<lang>/LC_MESSAGES/helpers.po`` and ``.mo``."""
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_switch: dict[str, str | None] = {"lang": None}  # set by set_language(); None: the variable
_warned: set[str] = set()  # unknown values of ENV_VAR already reported (once each)


def available_languages() -> list[str]:
    """The languages the kit can speak: English and every language with a compiled catalog.

    >>> available_languages()
    ['en', 'fr']
    """
    return list(_languages())


@functools.lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    """Read once: the catalogs shipped with the kit do not change while it runs, and every
    message asks (when the language comes from the environment variable)."""
    found = {path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return tuple(sorted(found | {DEFAULT}))


def _normalize(lang: str) -> str:
    """'fr_FR.UTF-8', 'FR' and ' fr-CA ' all mean 'fr': the kit has one catalog per language."""
    return re.split(r"[-_.@]", lang.strip().lower(), maxsplit=1)[0]


def _unknown(lang: str) -> str:
    return (f"the kit has no {lang!r} language; available: "
            f"{', '.join(available_languages())} (e.g. set_language('fr'))")


def set_language(lang: str | None) -> str:
    """Choose the language of the kit's messages for this kernel; return the language in effect.

    ``None`` forgets the choice: the environment variable :data:`ENV_VAR` decides
    again, else English. An unknown language raises ``ValueError`` listing the
    available ones.

    >>> set_language("fr"), set_language("EN"), set_language(None)
    ('fr', 'en', 'en')
    >>> set_language("tlh")
    Traceback (most recent call last):
    ...
    ValueError: the kit has no 'tlh' language; available: en, fr (e.g. set_language('fr'))
    """
    if lang is None:
        _switch["lang"] = None
        return current_language()
    if not isinstance(lang, str):
        raise TypeError(f"set_language() takes a language code such as 'fr', not {lang!r}")
    code = _normalize(lang)
    if code not in available_languages():
        raise ValueError(_unknown(lang))
    _switch["lang"] = code
    return code


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[str]:
    """The kit's messages in ``lang`` inside a ``with`` block; the choice before it afterwards.

    >>> with speaking("fr"):
    ...     gettext("Correct!")
    'Bonne réponse\\xa0!'
    >>> current_language()
    'en'
    """
    before = _switch["lang"]
    try:
        yield set_language(lang)
    finally:
        _switch["lang"] = before


def current_language() -> str:
    """The language in effect now: a ``set_language`` call, else :data:`ENV_VAR`, else English.

    The variable is read at each call. An unknown value of it gives English, with a
    warning (once) that lists the available languages.

    >>> set_language(None)
    'en'
    >>> current_language()
    'en'
    """
    if _switch["lang"] is not None:
        return _switch["lang"]
    value = os.environ.get(ENV_VAR, "")
    if not value.strip():
        return DEFAULT
    code = _normalize(value)
    if code in available_languages():
        return code
    if value not in _warned:
        _warned.add(value)
        warnings.warn(f"{ENV_VAR}={value!r}: {_unknown(value)}; English is used", stacklevel=2)
    return DEFAULT


@functools.lru_cache(maxsize=8)
def _catalog(lang: str) -> _gettext.NullTranslations:
    if lang == DEFAULT:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def gettext(message: str) -> str:
    """``message`` in the language in effect (itself in English, or when it has no translation).

    >>> gettext("No more hints."), gettext("")
    ('No more hints.', '')
    """
    if not message:  # "" is the key of the catalog's header, not a message
        return message
    return _catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a message for ``n``, as the language in effect counts.

    >>> ngettext("{n} hint", "{n} hints", 1).format(n=1)
    '1 hint'
    >>> ngettext("{n} hint", "{n} hints", 2).format(n=2)
    '2 hints'
    """
    return _catalog(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # the name Babel and xgettext look for
    """Mark a constant for the catalog without translating it: ``_(CONSTANT)`` translates it.

    >>> N_("Correct!")
    'Correct!'
    """
    return message


def format_number(n: int) -> str:
    """A whole number with its thousands grouped as the language in effect writes them.

    >>> format_number(100_000)
    '100,000'
    >>> _ = set_language("fr"); format_number(100_000); _ = set_language(None)
    '100\\xa0000'
    """
    text = f"{n:,}"
    return text.replace(",", "\u00a0") if current_language() == "fr" else text
