"""Which place in the world a text's place names mean, read in the light of the text.

The kit's gazetteer knows the places of world news; the world places of
:mod:`helpers.entities.places` (GeoNames) know the others (*Lorient*, *Dordogne*). A name
shared by several places goes to the one the text points to: see :func:`world_places`.

>>> from helpers.entities import extract_entities
>>> sorted(world_places(extract_entities("Alerte à Brest et Lorient.")))
['Brest', 'Lorient']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .extraction import Mention
from .gazetteer import Entry, lookup

__all__ = ["DEFAULT_COUNTRY", "REGION_KINDS", "world_places"]

#: The country a French text is about when nothing in it says otherwise.
DEFAULT_COUNTRY = "FR"
#: Kinds of place that tell what region a text is about (Texas, Bretagne, Dordogne).
REGION_KINDS = frozenset({"region", "state", "area", "department"})


def _known(linked: Sequence[Mention]) -> dict[str, Entry]:
    """The place mentions the gazetteer links, by mention text."""
    return {m.text: entry for m in linked if m.label == "LOC"
            and (entry := lookup(m.text)) is not None and entry.name == m.entity}


def _regions(places: Iterable[Any]) -> set[str]:
    """The countries of the regions among places (gazetteer entries or world places)."""
    return {p.country for p in places if p.kind in REGION_KINDS and p.country}


def _unknown_places(names: list[str], seen: set[str]) -> dict[str, Any]:
    """The world place of each name, in a country the text names (its people, its known
    places, its other unknown places), else in :data:`DEFAULT_COUNTRY`."""

    first = {name: _named_or_home(name, seen) for name in names}
    found = {}
    for name in names:
        others = {p.country for other, p in first.items()
                  if other != name and p is not None and p.country}
        place = _named_or_home(name, seen | others)
        if place is not None:
            found[name] = place
    return found


def _named_or_home(name: str, countries: set[str]) -> Any:
    """The place of that name in one of the countries, else a place of the same kind in
    France, else the most likely.

    A text that names Portugal says nothing about which Brest it means: the French town,
    not the larger one in Belarus; but Vienne stays Vienna, a capital, not the French river.
    """
    from .places import find_place

    place = find_place(name, countries or {DEFAULT_COUNTRY}, broad=True)
    if place is not None and countries and place.country not in countries:
        home = find_place(name, {DEFAULT_COUNTRY}, broad=True)
        if home is not None and home.country == DEFAULT_COUNTRY and home.kind == place.kind:
            return home
    return place


def _moved_towns(known: dict[str, Entry], regions: set[str],
                 linked: Sequence[Mention]) -> dict[str, Any]:
    """Known towns that move to a region's country the text names (Paris, Texas)."""
    from .places import find_place

    moved = {}
    for name, entry in sorted(known.items()):
        if entry.kind not in ("capital", "city") or not regions or entry.country in (
                {m.country for m in linked if m.entity != entry.name} | {None}):
            continue
        place = find_place(name, regions, kinds={"capital", "city"})
        if place is not None and place.country in regions:
            moved[name] = place
    return moved


def world_places(linked: Sequence[Mention]) -> dict[str, Any]:
    """The world place (:class:`helpers.entities.places.Place`, from GeoNames) of the place names
    of a text that the kit's gazetteer does not settle, by mention text.

    - A place name the gazetteer does not know (*Lorient*, *Dordogne*) is looked up
      in :mod:`helpers.entities.places`. A name shared by several places (*Brest*, *Valence*)
      goes to the one in a country the text already names: the countries of the
      mentions the gazetteer links (people too), and those of the text's other
      unknown places; when the text gives no clue, to the one in **France**, the
      default for a French text (:data:`DEFAULT_COUNTRY`); else to the most likely
      (:func:`helpers.entities.places.candidates`).
    - A town the gazetteer knows (*Paris*) moves only when the text names a region
      of another country (*le Texas*) and never the town's own country: then the
      town of that name in that country is taken (Paris, Texas), if there is one.
    - A name neither knows is left out: its mention stays unplaced, never dropped.

    The world places are read on first use only (a text whose places the gazetteer
    all knows, like the article, never reads them).

    >>> from helpers.entities import extract_entities
    >>> from helpers.entities.linking import link_mentions
    >>> found = world_places(extract_entities("Alerte à Brest, Lorient et Quimper."))
    >>> {name: (p.country, p.kind) for name, p in sorted(found.items())}
    {'Brest': ('FR', 'city'), 'Lorient': ('FR', 'city'), 'Quimper': ('FR', 'city')}
    >>> world_places(link_mentions(extract_entities("Poutine a quitté Minsk pour Brest.")))[
    ...     "Brest"].country  # Minsk: Belarus
    'BY'
    >>> world_places(link_mentions(extract_entities("De Lisbonne, elle rentre à Brest.")))[
    ...     "Brest"].country  # Portugal has no Brest: the French one
    'FR'
    >>> paris = world_places(link_mentions(extract_entities("Au Texas, Paris a voté.")))["Paris"]
    >>> paris.country, round(paris.lat)
    ('US', 34)
    """
    known = _known(linked)
    names = sorted({m.text for m in linked if m.label == "LOC" and m.text not in known})
    regions = _regions(known.values())
    if not names and not regions:
        return {}
    seen = {m.country for m in linked if m.country and (m.label != "LOC" or m.text in known)}
    found = _unknown_places(names, seen)
    found.update(_moved_towns(known, regions | _regions(found.values()), linked))
    return found
