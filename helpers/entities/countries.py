"""Countries of a text's mentions: which country a mention is tied to, and how.

A mention is tied to its country as the country itself (*Russie*); its capital
standing for its government, a **metonymy** (*Moscou prône…* → Russie); a place
**located** in it (*Vladivostok*); a **person** who leads or represents it; an
organisation of it (see :func:`tie`).

>>> countries_mentioned("Moscou et Pékin : Poutine a vu Xi Jinping à Pékin.")
Counter({'Chine': 3, 'Russie': 2})
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..frequency.counts import most_common
from .entity_links import link, linked_mentions
from .extraction import Mention
from .gazetteer import Entry, depends_on_gazetteer, load_gazetteer

__all__ = ["TIES", "capital_of", "countries_mentioned", "country_name", "stands_for", "tie",
           "ties_by_country"]

#: The ways a mention is tied to its country (see :func:`tie`).
TIES = ("country", "capital (metonymy)", "place in it", "person", "organisation", "other")


@depends_on_gazetteer
@cache
def _countries() -> dict[str, Entry]:
    return {e.country: e for e in load_gazetteer().entries if e.kind == "country" and e.country}


@depends_on_gazetteer
@cache
def _capitals() -> dict[str, Entry]:
    return {e.country: e for e in load_gazetteer().entries if e.kind == "capital" and e.country}


@cache
def _world_country_names() -> dict[str, str]:
    from .places import load_places

    return {p.country: p.name for p in load_places().places if p.kind == "country" and p.country}


def country_name(code: str | None) -> str | None:
    """The French name of a country from its ISO code (the gazetteer's, else the world
    places'), or None.

    >>> country_name("KP"), country_name("ZZ")
    ('Corée du Nord', None)
    """
    entry = _countries().get(code) if code else None
    if entry is None and code:
        return _world_country_names().get(code)
    return entry.name if entry else None


def capital_of(code: str | None) -> Entry | None:
    """The gazetteer's capital of a country (ISO code), or None.

    >>> capital_of("KP").name, capital_of("KP").coordinates
    ('Pyongyang', (39.04, 125.76))
    """
    if not code:
        return None
    return _capitals().get(code)


def tie(mention: Mention) -> str | None:
    """How a mention is tied to its country (one of TIES), or None if it has no country.

    Only a capital is a metonymy: *Moscou prône un dialogue* means the Russian
    government. *Vladivostok* is merely located in Russia.

    >>> [tie(Mention(n, 0, len(n), "LOC")) for n in ("Russie", "Moscou", "Vladivostok")]
    ['country', 'capital (metonymy)', 'place in it']
    >>> tie(Mention("Xi Jinping", 0, 10, "PER")), tie(Mention("Guerre froide", 0, 13, "MISC"))
    ('person', None)
    """
    if mention.entity is None and mention.country is None:
        mention = link(mention)
    if not mention.country:
        return None
    if mention.label == "PER":
        return "person"
    if mention.label == "ORG":
        return "organisation"
    if mention.label != "LOC":
        return "other"
    if mention.entity == country_name(mention.country):
        return "country"
    capital = capital_of(mention.country)
    if capital is not None and capital.name == mention.entity:
        return "capital (metonymy)"
    return "place in it"


def stands_for(mention: Mention) -> str | None:
    """The country (French name) a mention is tied to (see :func:`tie` for how); None if none.

    >>> stands_for(Mention("Moscou", 650, 656, "LOC", "Moscou", "RU"))
    'Russie'
    >>> stands_for(Mention("Xi Jinping", 1823, 1833, "PER", "Xi Jinping", "CN"))
    'Chine'
    """
    if mention.entity is None and mention.country is None:
        mention = link(mention)
    return country_name(mention.country)


def countries_mentioned(doc: Any, mentions: Iterable[Mention] | None = None) -> Counter[str]:
    """Mentions counted by the country they are tied to: the country itself, its capital
    (metonymy), places located in it, its people and organisations (see :func:`tie`).

    Mentions with no country (the article's *Guerre froide*) are not counted.

    >>> countries_mentioned("Moscou et Pékin : Poutine a vu Xi Jinping à Pékin.")
    Counter({'Chine': 3, 'Russie': 2})
    """
    _, linked = linked_mentions(doc, mentions)
    counts = Counter(name for m in linked if (name := stands_for(m)))
    return Counter(dict(most_common(counts)))


def ties_by_country(doc: Any, mentions: Iterable[Mention] | None = None
                    ) -> dict[str, Counter[str]]:
    """For each country, its mentions counted by how they are tied to it (see :func:`tie`),
    countries in the order of :func:`countries_mentioned`.

    >>> ties_by_country("Moscou et Vladivostok : la Russie de Poutine.")["Russie"]
    Counter({'capital (metonymy)': 1, 'place in it': 1, 'country': 1, 'person': 1})
    """
    _, linked = linked_mentions(doc, mentions)
    ties: dict[str, Counter[str]] = {}
    for m in linked:
        if (country := stands_for(m)) is not None:
            ties.setdefault(country, Counter())[tie(m) or "other"] += 1
    order = countries_mentioned(doc, linked)
    return {country: ties[country] for country in order}
