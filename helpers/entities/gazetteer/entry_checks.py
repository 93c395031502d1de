"""Checking a new entry before it is added: a message that says what to write instead."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from .names import LABELS, Entry, key
from .queries import country_codes, lookup

__all__ = ["DEFAULT_KINDS", "new_entry"]

#: The kind a new entry gets from its label when ``kind`` is not given.
DEFAULT_KINDS = {"PER": "person", "LOC": "city", "ORG": "organisation", "MISC": "event"}


@cache
def _not_names() -> frozenset[str]:
    from ...text.normalization import normalize
    from ...text.stopwords import closed_class_words, french_stopwords

    return frozenset(french_stopwords() | {normalize(w) for w in closed_class_words()})


def _check_name(name: object, what: str) -> str:
    """``name`` in its look-up form, if it can name something; else a ValueError that says why."""
    if not isinstance(name, str) or not name.strip():
        raise TypeError(f"add_entry() needs the {what} as a non-empty str, got {name!r}")
    from ...text.normalization import normalize

    name = key(name)
    letters = [c for c in name if c.isalpha()]
    if not letters:
        raise ValueError(f"add_entry(): the {what} {name!r} has no letter; give a name such as "
                         "'Libourne'")
    if len(letters) == 1:
        raise ValueError(f"add_entry(): the {what} {name!r} is a single letter, which would match "
                         "any initial; give the whole name, e.g. 'Hélène Marchand'")
    if normalize(name) in _not_names():
        raise ValueError(f"add_entry(): the {what} {name!r} is a French grammatical word (a "
                         "stopword): every one in a text would become a name. Give a name "
                         "such as 'Libourne'")
    if not any(c.isupper() for c in letters):
        raise ValueError(f"add_entry(): the {what} {name!r} has no capital letter; write it as a "
                         f"text does, e.g. {name[:1].upper() + name[1:]!r} or an acronym "
                         "such as 'ONU'")
    return name


def _check_country(country: object) -> str | None:
    if country is None or country == "":
        return None
    if isinstance(country, str) and country.upper() in country_codes():
        return country.upper()
    hint = ""
    if isinstance(country, str) and (named := lookup(country)) is not None and named.country:
        hint = f": {country!r} is {named.country!r}"  # "France" → 'FR'
    elif isinstance(country, str) and len(country) == 2 and country.isalpha():
        hint = f": {country!r} is no country's code"
    raise ValueError(f"add_entry(): country must be an ISO 3166-1 alpha-2 code such as 'FR' "
                     f"or 'KP', got {country!r}{hint}")


def _degrees(value: object, name: str, limit: int) -> float | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise TypeError
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        example = "44.92" if name == "lat" else "-0.24"
        raise ValueError(f"add_entry(): {name} must be a number of degrees such as {example}, "
                         f"got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"add_entry(): {name} must be a finite number of degrees, got {value!r}")
    if not -limit <= number <= limit:
        ends = "south) and 90 (north" if name == "lat" else "west) and 180 (east"
        swapped = "; are lat and lon swapped? lat comes first" if abs(number) <= 180 else ""
        raise ValueError(f"add_entry(): {name} must be between -{limit} ({ends}) degrees, "
                         f"got {value!r}{swapped}")
    return number


def _names(value: object, what: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split("|")  # "Tombouctou-Ville|Tombouctou": the data file's way
    if not isinstance(value, Iterable):
        raise TypeError(f"add_entry(): {what} should be a list of str, got {value!r}")
    return tuple(value)


def new_entry(name: object, label: object, country: object = None, *, aliases: object = (),
              lat: object = None, lon: object = None, kind: object = None,
              demonyms: object = ()) -> Entry:
    """A new, checked entry (not yet added), from the arguments of
    :func:`helpers.entities.gazetteer.add_entry`.

    >>> new_entry("Libourne", "LOC", "fr").country
    'FR'
    """
    name = _check_name(name, "name")
    if label not in LABELS:
        hint = f": write it {label.upper()!r}" if str(label).upper() in LABELS else ""
        raise ValueError(f"add_entry(): label must be one of {LABELS}, got {label!r}{hint}")
    code = _check_country(country)
    y, x = _degrees(lat, "lat", 90), _degrees(lon, "lon", 180)
    if (y is None) != (x is None):
        raise ValueError("add_entry(): give both lat and lon, or neither")
    kind, words = _check_kind(kind), _check_demonyms(demonyms)
    return Entry(name, label, kind or DEFAULT_KINDS[label], code, y, x,
                 tuple(dict.fromkeys(_check_name(a, "alias") for a in
                                     _names(aliases, "aliases"))), words)


def _check_kind(kind: object) -> str | None:
    if kind == "":
        kind = None
    if kind is not None and not (isinstance(kind, str) and kind.strip()):
        raise ValueError(f"add_entry(): kind should be a word such as 'city', got {kind!r}")
    return kind


def _check_demonyms(demonyms: object) -> tuple[str, ...]:
    words = _names(demonyms, "demonyms")
    if any(not isinstance(w, str) or not any(c.isalpha() for c in w) for w in words):
        raise ValueError(f"add_entry(): demonyms should be words such as 'russe', got {words!r}")
    return tuple(w.lower() for w in words)
