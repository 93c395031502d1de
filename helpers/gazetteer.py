"""The gazetteer: known names, read from the one data file ``helpers/data/gazetteer.tsv``.

Each row is one entity: its canonical name, label (PER, LOC, ORG, MISC), kind
(country, capital, person …), country code, coordinates, aliases and, for a
country, its demonyms (*russe*, *colombienne* …). The file is read once, on
first use; looking a name up is a dictionary access.

>>> entry = lookup("Poutine")
>>> entry.name, entry.label, entry.country
('Vladimir Poutine', 'PER', 'RU')
>>> lookup("Etats-Unis").name, lookup("Pékin").kind
('États-Unis', 'capital')
>>> lookup("Vladivostok").coordinates
(43.12, 131.89)
>>> lookup("Atlantide") is None
True

Your own names, without editing the data file: :func:`add_entry` adds a row for
this session (the kit's file is left untouched), :func:`clear_user_entries`
removes them.

>>> _ = add_entry("Atlantide", "LOC", kind="city", lat=36.4, lon=25.4)
>>> lookup("Atlantide").coordinates
(36.4, 25.4)
>>> clear_user_entries()
>>> lookup("Atlantide") is None
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

__all__ = ["GAZETTEER_PATH", "Entry", "Gazetteer", "add_entry", "clear_user_entries",
           "demonym_of", "gazetteer", "key", "lookup", "user_entries"]

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.tsv"
LABELS = ("PER", "LOC", "ORG", "MISC")
_COLUMNS = ["name", "label", "kind", "country", "lat", "lon", "aliases", "demonyms"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the gazetteer."""

    name: str
    label: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """``(latitude, longitude)`` in degrees, or None."""
        if self.lat is None or self.lon is None:
            return None
        return (self.lat, self.lon)


def key(name: str) -> str:
    """The look-up form of a name: NFC, one apostrophe (’), single spaces.

    Case and accents are kept: "Guerre froide" is a name, "guerre froide" is not.

    >>> key("Côte d'Ivoire") == key("Côte d’Ivoire")
    True
    """
    name = unicodedata.normalize("NFC", name).replace("'", "’").replace("\u2018", "’")
    return " ".join(name.split())


def folded(name: str) -> str:
    """Case- and accent-folded look-up form, for names in ALL-CAPS lines.

    >>> folded("ÉTATS-UNIS") == folded("Etats-Unis")
    True
    """
    decomposed = unicodedata.normalize("NFD", key(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Gazetteer:
    """All entries, with dictionaries from each alias (exact and folded) to its entry."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = tuple(entries)
        by_alias: dict[str, Entry] = {}
        for entry in self.entries:
            for alias in (entry.name, *entry.aliases):
                other = by_alias.get(key(alias))
                if other is not None and other is not entry:
                    raise ValueError(
                        f"gazetteer: the alias {alias!r} names both {other.name!r} and "
                        f"{entry.name!r}; keep it on one row only"
                    )
                by_alias[key(alias)] = entry
        self.by_alias = MappingProxyType(by_alias)
        by_folded: dict[str, Entry] = {}
        for alias, entry in sorted(by_alias.items()):
            by_folded.setdefault(folded(alias), entry)
        self.by_folded = MappingProxyType(by_folded)
        names = {folded(alias) for alias in by_alias}
        demonyms: dict[str, Entry] = {}
        for entry in self.entries:
            for word in entry.demonyms:
                if folded(word) not in names:  # "Suisse", "Philippines" stay names
                    demonyms.setdefault(word, entry)
        self.demonyms = MappingProxyType(demonyms)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self.entries)} entries, {len(self.by_alias)} aliases>"


def _number(text: str, column: str, line: int) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(
            f"gazetteer line {line}: {column} should be a number, got {text!r}"
        ) from None


def read_gazetteer(path: str | Path = GAZETTEER_PATH) -> Gazetteer:
    """Read a gazetteer file (the kit's by default; ``gazetteer()`` caches it)."""
    entries: list[Entry] = []
    header_seen = False
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != _COLUMNS:
                raise ValueError(f"gazetteer line {number}: expected the header {_COLUMNS}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise ValueError(
                f"gazetteer line {number}: {len(cells)} columns instead of {len(_COLUMNS)}"
            )
        name, label, kind, country, lat, lon, aliases, demonyms = cells
        if label not in LABELS:
            raise ValueError(f"gazetteer line {number}: label {label!r} not in {LABELS}")
        if country and not (len(country) == 2 and country.isupper()):
            raise ValueError(f"gazetteer line {number}: {country!r} is not an ISO alpha-2 code")
        entries.append(Entry(
            name, label, kind, country or None,
            _number(lat, "lat", number), _number(lon, "lon", number),
            tuple(a for a in aliases.split("|") if a),
            tuple(d for d in demonyms.split("|") if d),
        ))
    return Gazetteer(entries)


@cache
def _kit_gazetteer() -> Gazetteer:
    return read_gazetteer()


@cache
def gazetteer() -> Gazetteer:
    """The kit's gazetteer, read once, plus the entries added with :func:`add_entry`.

    >>> len(gazetteer()) > 500
    True
    """
    if not _USER_ENTRIES:
        return _kit_gazetteer()
    return Gazetteer([*_kit_gazetteer().entries, *_USER_ENTRIES])


# ------------------------------------------------------------------ user-level entries

_USER_ENTRIES: list[Entry] = []
_DEPENDENT_CACHES: list[Callable[[], None]] = [gazetteer.cache_clear]
_F = TypeVar("_F")

#: The kind a new entry gets from its label when ``kind`` is not given.
DEFAULT_KINDS = {"PER": "person", "LOC": "city", "ORG": "organisation", "MISC": "event"}


def depends_on_gazetteer(function: _F) -> _F:
    """Mark a cached function (``@cache``) as built from the gazetteer: cleared on change."""
    _DEPENDENT_CACHES.append(function.cache_clear)  # type: ignore[attr-defined]
    return function


def _changed() -> None:
    for clear in _DEPENDENT_CACHES:
        clear()


def add_entry(name: str, label: str, country: str | None = None, *,
              aliases: tuple[str, ...] | list[str] = (), lat: float | None = None,
              lon: float | None = None, kind: str | None = None,
              demonyms: tuple[str, ...] | list[str] = ()) -> Entry:
    """Add a name to the gazetteer for this session, without editing the kit's data file.

    ``label`` is PER, LOC, ORG or MISC; ``country`` an ISO alpha-2 code ("FR");
    ``kind`` defaults from the label (person, city, organisation, event). From
    now on :func:`lookup`, ``extract_entities`` and the linking know the name.
    A name or alias the gazetteer already has is refused (add only); adding
    the very same entry again does nothing, so a cell can be re-run.
    :func:`clear_user_entries` forgets every added entry.

    >>> entry = add_entry("Tombouctouville", "LOC", "ML", aliases=["Tombouctou-Ville"])
    >>> lookup("Tombouctou-Ville").name, lookup("Tombouctou-Ville").kind
    ('Tombouctouville', 'city')
    >>> clear_user_entries()
    """
    if not isinstance(name, str) or not name.strip():
        raise TypeError(f"add_entry() needs a name as a non-empty str, got {name!r}")
    if label not in LABELS:
        raise ValueError(f"add_entry(): label must be one of {LABELS}, got {label!r}")
    if country is not None and not (len(country) == 2 and country.isupper()):
        raise ValueError(f"add_entry(): country must be an ISO alpha-2 code such as 'FR', "
                         f"got {country!r}")
    if isinstance(aliases, str):
        aliases = (aliases,)
    if (lat is None) != (lon is None):
        raise ValueError("add_entry(): give both lat and lon, or neither")
    entry = Entry(key(name), label, kind or DEFAULT_KINDS[label], country,
                  None if lat is None else float(lat), None if lon is None else float(lon),
                  tuple(key(a) for a in aliases), tuple(demonyms))
    if entry in _USER_ENTRIES:  # the same cell run twice: nothing to add
        return entry
    for alias in (entry.name, *entry.aliases):
        known = gazetteer().by_alias.get(key(alias))
        if known is not None:
            raise ValueError(f"add_entry(): the gazetteer already knows {alias!r} "
                             f"(as {known.name!r}, {known.label})")
    _USER_ENTRIES.append(entry)
    _changed()
    return entry


def user_entries() -> tuple[Entry, ...]:
    """The entries added with :func:`add_entry` in this session."""
    return tuple(_USER_ENTRIES)


def clear_user_entries() -> None:
    """Forget the entries added with :func:`add_entry`: back to the kit's gazetteer."""
    _USER_ENTRIES.clear()
    _changed()


def lookup(name: str) -> Entry | None:
    """The entry a name (or alias) refers to, or None. Case matters; ’ and ' are the same.

    >>> lookup("Côte d'Ivoire").country
    'CI'
    """
    if not isinstance(name, str):
        raise TypeError(f"lookup() needs a name as a str, got {type(name).__name__}")
    return gazetteer().by_alias.get(key(name))


def demonym_of(word: str) -> Entry | None:
    """The country whose inhabitants ``word`` names (any case), or None.

    >>> demonym_of("Nord-Coréen").name, demonym_of("russes").name
    ('Corée du Nord', 'Russie')
    >>> demonym_of("Suisse") is None  # the country's name wins
    True
    """
    return gazetteer().demonyms.get(word.lower())
