"""Checking a new entry before it is added: a message that says what to write instead."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from ...translation import gettext as _
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
    """``name`` in its look-up form, if it can name something; else a ValueError that says why.
    ``what`` is "name" or "alias"."""
    # Translators: {what} is one of the next two messages, "the name" or "the alias".
    the = _("the name") if what == "name" else _("the alias")
    if not isinstance(name, str) or not name.strip():
        raise TypeError(_("add_entry() needs {what} as a non-empty str, got {name!r}")
                        .format(what=the, name=name))
    from ...text.normalization import normalize

    name = key(name)
    letters = [c for c in name if c.isalpha()]
    if not letters:
        message = _("add_entry(): {what} {name!r} has no letter; give a name such as 'Libourne'")
    elif len(letters) == 1:
        message = _("add_entry(): {what} {name!r} is a single letter, which would match any "
                    "initial; give the whole name, e.g. 'Hélène Marchand'")
    elif normalize(name) in _not_names():
        message = _("add_entry(): {what} {name!r} is a French grammatical word (a stopword): "
                    "every one in a text would become a name. Give a name such as 'Libourne'")
    elif not any(c.isupper() for c in letters):
        message = _("add_entry(): {what} {name!r} has no capital letter; write it as a text "
                    "does, e.g. {capitalised!r} or an acronym such as 'ONU'")
    else:
        return name
    raise ValueError(message.format(what=the, name=name,
                                    capitalised=name[:1].upper() + name[1:]))


def _check_country(country: object) -> str | None:
    if country is None or country == "":
        return None
    if isinstance(country, str) and country.upper() in country_codes():
        return country.upper()
    code = None
    if isinstance(country, str) and (named := lookup(country)) is not None and named.country:
        code = named.country  # "France" → 'FR'
        message = _("add_entry(): country must be an ISO 3166-1 alpha-2 code such as 'FR' "
                    "or 'KP', got {country!r}: {country!r} is {code!r}")
    elif isinstance(country, str) and len(country) == 2 and country.isalpha():
        message = _("add_entry(): country must be an ISO 3166-1 alpha-2 code such as 'FR' "
                    "or 'KP', got {country!r}: {country!r} is no country's code")
    else:
        message = _("add_entry(): country must be an ISO 3166-1 alpha-2 code such as 'FR' "
                    "or 'KP', got {country!r}")
    raise ValueError(message.format(country=country, code=code))


def _degrees(value: object, name: str, limit: int) -> float | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise TypeError
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        example = "44.92" if name == "lat" else "-0.24"
        raise ValueError(_("add_entry(): {name} must be a number of degrees such as {example}, "
                           "got {value!r}").format(name=name, example=example, value=value)) \
            from None
    if not math.isfinite(number):
        raise ValueError(_("add_entry(): {name} must be a finite number of degrees, got {value!r}")
                         .format(name=name, value=value))
    if not -limit <= number <= limit:
        if name != "lat":  # beyond ±180: never a latitude given by mistake
            message = _("add_entry(): lon must be between -180 (west) and 180 (east) degrees, "
                        "got {value!r}")
        elif abs(number) <= 180:
            message = _("add_entry(): lat must be between -90 (south) and 90 (north) degrees, "
                        "got {value!r}; are lat and lon swapped? lat comes first")
        else:
            message = _("add_entry(): lat must be between -90 (south) and 90 (north) degrees, "
                        "got {value!r}")
        raise ValueError(message.format(value=value))
    return number


def _names(value: object, what: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split("|")  # "Tombouctou-Ville|Tombouctou": the data file's way
    if not isinstance(value, Iterable):
        raise TypeError(_("add_entry(): {what} should be a list of str, got {value!r}")
                        .format(what=what, value=value))
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
        message = _("add_entry(): label must be one of {labels}, got {label!r}: write it "
                    "{upper!r}") if str(label).upper() in LABELS else _(
            "add_entry(): label must be one of {labels}, got {label!r}")
        raise ValueError(message.format(labels=LABELS, label=label, upper=str(label).upper()))
    code = _check_country(country)
    y, x = _degrees(lat, "lat", 90), _degrees(lon, "lon", 180)
    if (y is None) != (x is None):
        raise ValueError(_("add_entry(): give both lat and lon, or neither"))
    kind, words = _check_kind(kind), _check_demonyms(demonyms)
    return Entry(name, label, kind or DEFAULT_KINDS[label], code, y, x,
                 tuple(dict.fromkeys(_check_name(a, "alias") for a in
                                     _names(aliases, "aliases"))), words)


def _check_kind(kind: object) -> str | None:
    if kind == "":
        kind = None
    if kind is not None and not (isinstance(kind, str) and kind.strip()):
        raise ValueError(_("add_entry(): kind should be a word such as 'city', got {kind!r}")
                         .format(kind=kind))
    return kind


def _check_demonyms(demonyms: object) -> tuple[str, ...]:
    words = _names(demonyms, "demonyms")
    if any(not isinstance(w, str) or not any(c.isalpha() for c in w) for w in words):
        raise ValueError(_("add_entry(): demonyms should be words such as 'russe', got {words!r}")
                         .format(words=words))
    return tuple(w.lower() for w in words)
