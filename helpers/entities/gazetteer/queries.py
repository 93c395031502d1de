"""Looking names up: :func:`lookup`, :func:`suggest`, :func:`demonym_of`, :func:`country_codes`."""

from __future__ import annotations

from functools import cache

from ...text.collation import did_you_mean
from ...translation import gettext as _
from .added import load_gazetteer
from .names import Entry, folded, key
from .table import kit_gazetteer

__all__ = ["country_codes", "demonym_of", "lookup", "suggest"]


def lookup(name: str) -> Entry | None:
    """The entry a name (or alias) refers to, or None (then :func:`suggest` may help).

    Accents, case and the kind of apostrophe do not matter, as in a search box;
    a name written exactly as in the gazetteer wins.

    >>> lookup("Côte d'Ivoire").country
    'CI'
    >>> lookup("Pekin").name, lookup("PYONGYANG").name, lookup("etats-unis").name
    ('Pékin', 'Pyongyang', 'États-Unis')
    >>> lookup("Pyongyan") is None
    True
    """
    if not isinstance(name, str):
        raise TypeError(_("lookup() needs a name as a str, got {type}")
                        .format(type=type(name).__name__))
    found = load_gazetteer()
    entry = found.by_alias.get(key(name))
    return entry if entry is not None else found.by_folded.get(folded(name))


def suggest(name: str, n: int = 3) -> list[str]:
    """Names the gazetteer knows that are close to ``name``: "did you mean …?".

    >>> suggest("Pyongyan"), suggest("Vladivostock")
    (['Pyongyang'], ['Vladivostok'])
    >>> suggest("Atlantide")
    []
    """
    if not isinstance(name, str):
        raise TypeError(_("suggest() needs a name as a str, got {type}")
                        .format(type=type(name).__name__))
    found = load_gazetteer()
    return did_you_mean(name, [*(e.name for e in found.entries), *found.by_alias], n=n)


def demonym_of(word: str) -> Entry | None:
    """The country whose inhabitants ``word`` names (any case), or None.

    >>> demonym_of("Nord-Coréen").name, demonym_of("russes").name
    ('Corée du Nord', 'Russie')
    >>> demonym_of("Suisse") is None  # the country's name wins
    True
    """
    return load_gazetteer().demonyms.get(word.lower())


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the kit knows a country for (its gazetteer's
    countries and those of the world places, ``helpers/data/places.tsv``).

    >>> {"FR", "KP", "GL"} <= country_codes(), "ZZ" in country_codes()
    (True, False)
    """
    from ..places import load_places

    codes = {e.country for e in kit_gazetteer().entries if e.kind == "country" and e.country}
    codes.update(p.country for p in load_places().places if p.kind == "country" and p.country)
    return frozenset(codes)
