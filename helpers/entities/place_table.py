"""The table of places: one :class:`Place` per row, found by any of its names.

:class:`Places` holds the places of ``places.tsv`` with an index from each folded
name (:func:`helpers.entities.place_names.key`) to its rows, and the towns as columns
sorted by folded name, which a look-up bisects. :mod:`helpers.entities.place_files` reads
the files; :mod:`helpers.entities.places` looks names up.

>>> table = Places([Place("Brest", "city", "FR", 48.39, -4.49, 139_000, None)])
>>> [p.country for p in table.candidates("BREST")]
['FR']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..translation import gettext as _
from .place_names import key, keys, unqualified

__all__ = ["ALIAS_COLUMNS", "BIG_TOWN", "COLUMNS", "KINDS", "OTHER_COLUMNS", "TOWN_COLUMNS",
           "Place", "Places", "place_from_cells", "rank"]

COLUMNS = ["name", "aliases", "kind", "country", "lat", "lon", "population", "geonameid"]
TOWN_COLUMNS = COLUMNS  # towns.tsv.gz: the same columns, given column after column …
ALIAS_COLUMNS = ["alias", "alias_of"]  # … the towns' French names and variants (row numbers)
OTHER_COLUMNS = ["other", "other_of"]  # … and their names in other languages (broad look-up)

#: Every kind of place, in the order a name shared by several kinds is resolved:
#: a country first ("Luxembourg"), unless the name is only one of its foreign
#: aliases ("Mexico" is the city, Mexique the country); then capitals and towns of
#: a million ("Washington" is the city before the state), then regions, states and
#: islands ("Ontario" the province before the Californian town), then the other
#: cities, then seas, rivers ("Loire" the river before the département), then the
#: second-level divisions of other countries (district: a county, a province), and
#: last the small towns (town: under 15,000 inhabitants, 2,000 in France). A small
#: town is found by a broad look-up only, after every other place, in any country
#: ("Cologne" is Köln, not the French village, even for a text about France).
KINDS = ("country", "capital", "city", "continent", "area", "region", "state", "island",
         "sea", "lake", "river", "mountain", "site", "department", "district", "town")
BIG_TOWN = 1_000_000
_KIND_RANK: dict[str, float] = {kind: n for n, kind in enumerate(KINDS)}
_KIND_RANK["capital"] = _KIND_RANK["city"]  # a capital is a town: size decides between towns
_SMALL_TOWN_RANK = _KIND_RANK["mountain"] + 0.5  # a town under BIG_TOWN that is no capital
_ARTICLES = ("la ", "le ", "les ", "l ")  # "à la Haye": the article is part of the name


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


def rank(place: Place) -> float:
    """Where a place's kind comes when a name is shared (see :data:`KINDS`): lower first.

    >>> rank(Place("Lyon", "city", "FR", 45.76, 4.83, 522_000, None)) > rank(
    ...     Place("Rhône", "river", "FR", 45.0, 4.8, 0, None))
    True
    """
    if place.kind == "city" and place.population < BIG_TOWN:
        return _SMALL_TOWN_RANK
    return _KIND_RANK[place.kind]


def place_from_cells(cells: list[str]) -> Place:
    """A place from the text cells of a row (see :data:`COLUMNS`).

    >>> place_from_cells(["Brest", "", "city", "FR", "48.39", "-4.49", "139000", ""]).lat
    48.39
    """
    name, aliases, kind, country, lat, lon, population, geonameid = cells
    return Place(name, kind, country or None, float(lat), float(lon), int(population or 0),
                 int(geonameid) if geonameid else None,
                 tuple(aliases.split("|")) if aliases else ())


def _check_name(name: object, function: str) -> str:
    if not isinstance(name, str):
        raise TypeError(_("{function}() needs a place name as a str, such as 'Pékin', got {type}")
                        .format(function=function, type=type(name).__name__))
    return key(name)


def _check_countries(countries: Iterable[str] | str | None) -> frozenset[str]:
    if countries is None:
        return frozenset()
    if isinstance(countries, str):  # find_place("Paris", "US") means {"US"}
        countries = (countries,)
    codes = []
    for code in countries:
        if not (isinstance(code, str) and len(code) == 2 and code.isalpha()):
            raise ValueError(_("countries should be ISO alpha-2 codes such as {{'FR', 'US'}}, "
                               "got {code!r}").format(code=code))
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
        raise ValueError(_("unknown kind(s) {unknown}; choose among {kinds}")
                         .format(unknown=unknown, kinds=list(KINDS)))
    return kinds


class Places:
    """All places: those of places.tsv with a dictionary from each folded name or alias
    to its places, and the towns as columns sorted by folded name, which a look-up
    bisects.

    Built from rows of text cells (a :class:`Place` is made when first asked for),
    so that reading the files stays fast.
    """

    def __init__(self, rows: Iterable[Place | list[str]],
                 towns: dict[str, Sequence[str]] | None = None) -> None:
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
        for alias, number in zip(keys(names), numbers, strict=True):
            found = index.get(alias)
            if found is None:
                index[alias] = [number]
            elif found[-1] != number:  # two names of one place may fold alike
                found.append(number)
        self.index = MappingProxyType(index)
        self._columns = towns or {name: () for name in (*TOWN_COLUMNS, *ALIAS_COLUMNS,
                                                        *OTHER_COLUMNS)}
        self._folded: tuple[dict[int, str], ...] = ({}, {}, {})  # keys met while bisecting
        self._made: dict[int, Place] = {}

    def place(self, number: int) -> Place:
        """The place on row ``number`` of places.tsv (0 is the first place)."""
        cells = self._rows[number]
        if not isinstance(cells, Place):
            cells = self._rows[number] = place_from_cells(cells)
        return cells

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place of places.tsv, in the file's order: all but the towns (see
        :attr:`towns`), which are many more and looked up by name."""
        return tuple(self.place(number) for number in range(len(self._rows)))

    @property
    def towns(self) -> tuple[Place, ...]:
        """Every town (kind city or town), in the order of their folded names."""
        return tuple(self.town(number) for number in range(len(self._columns["name"])))

    def town(self, number: int) -> Place:
        """The town on row ``number`` of towns.tsv.gz (0 is the first town)."""
        made = self._made.get(number)
        if made is None:
            cells = [self._columns[c][number] for c in TOWN_COLUMNS]
            made = self._made[number] = place_from_cells(cells)
        return made

    def __len__(self) -> int:
        return len(self._rows) + len(self._columns["name"])

    def __repr__(self) -> str:
        return _("<Places: {places} places, {towns} of them towns>").format(
            places=len(self), towns=len(self._columns["name"]))

    def _find(self, wanted: str, broad: bool) -> tuple[list[Place], list[Place]]:
        """The places whose name folds to ``wanted``: those a French text means (the
        places of places.tsv, the cities), and, if ``broad``, the others (the small
        towns, and the cities under a name in another language)."""
        found = [self.place(number) for number in self.index.get(wanted, ())]
        columns, folded = self._columns, self._folded
        numbers = self._matches(columns["name"], wanted, folded[0]) + [
            int(columns["alias_of"][n])
            for n in self._matches(columns["alias"], wanted, folded[1])]
        kinds = columns["kind"]
        found += [self.town(n) for n in numbers if kinds[n] != "town"]
        if not broad:
            return found, []
        others = [n for n in numbers if kinds[n] == "town"] + [
            int(columns["other_of"][n])
            for n in self._matches(columns["other"], wanted, folded[2])]
        return found, [p for p in map(self.town, dict.fromkeys(others)) if p not in found]

    @staticmethod
    def _matches(names: Sequence[str], wanted: str, folded: dict[int, str]) -> list[int]:
        """The row numbers of ``names`` (sorted by key) whose key is ``wanted``."""
        def key_at(number: int) -> str:
            found = folded.get(number)
            if found is None:
                found = folded[number] = key(names[number])
            return found

        low, high = 0, len(names)
        while low < high:  # bisect_left on the keys, folding only the names it meets
            middle = (low + high) // 2
            if key_at(middle) < wanted:
                low = middle + 1
            else:
                high = middle
        end = low
        while end < len(names) and key_at(end) == wanted:
            end += 1
        return list(range(low, end))

    def candidates(self, name: str, countries: Iterable[str] = (),
                   kinds: Iterable[str] | None = None, *, broad: bool = False) -> list[Place]:
        """Every place called ``name``, the most likely first (see
        :func:`helpers.entities.places.candidates`)."""
        wanted = _check_name(name, "candidates")
        seen = _check_countries(countries)
        allowed = _check_kinds(kinds)
        broad = broad or (allowed is not None and "town" in allowed)
        found, more = self._find_any(wanted, broad) if wanted else ([], [])

        def order(places: list[Place]) -> list[Place]:
            if allowed is not None:
                places = [place for place in places if place.kind in allowed]
            return sorted(places, key=lambda place: (
                place.country not in seen,   # a country already seen in the text first
                place.kind == "country" and key(place.name) != wanted,  # "Mexico" is not Mexique
                rank(place),                 # then a country before a town, a town before a state
                -place.population,           # then the biggest
                place.name, place.geonameid or 0,
            ))

        return order(found) + order(more)

    def _find_any(self, wanted: str, broad: bool) -> tuple[list[Place], list[Place]]:
        """:meth:`_find`, then with an article ("Haye" for La Haye), then without the
        words that qualify the name ("Italie méridionale": Italie)."""
        found, more = self._find(wanted, broad)
        for article in _ARTICLES if not found else ():
            with_article = self._find(article + wanted, broad)
            if with_article[0] or (with_article[1] and not more):
                found, more = with_article
                break
        for base in unqualified(wanted) if not (found or more) else ():
            found, more = self._find(base, broad)
            if found or more:
                break
        return found, more
