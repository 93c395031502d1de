"""Entity linking: from mentions to entities, countries and places on a map.

Lesson 04's extractor already names each known mention's entity; this module
goes on from there:

- :func:`link` gives a mention its canonical entity and country from the
  gazetteer (``Poutine`` → Vladimir Poutine, RU); gold mentions, which carry no
  entity, are linked the same way. *Kim Jong-un* and *Kim Jong-il* are two rows.
- :func:`link_mentions` links all the mentions of a text, and gives a place the
  kit's gazetteer does not know (*Lorient*, *Dordogne*) its name, country and
  position from the world places of :mod:`helpers.places` (GeoNames), read
  in the light of the text: see :func:`world_places`.
- :func:`stands_for` gives the country a mention is tied to, and :func:`tie` says how:
  the country itself (*Russie*); its capital standing for its government, a
  **metonymy** (*Moscou prône…* → Russie); a place **located** in it (*Vladivostok*,
  which is in Russia and stands for nothing); a **person** who leads or represents it
  (*Xi Jinping* → Chine); an organisation of it.
- :func:`entity_table` gives one row per entity: type, country, mentions,
  paragraphs, and where it goes on a map (or why it does not).
- :func:`countries_mentioned` counts the mentions tied to each country.

Nothing is dropped: a place neither the gazetteer nor the world places know is
listed with ``placed=False`` and a note; a person with no known country gets a
note too.

>>> from helpers import load_article
>>> doc = load_article()
>>> rows = entity_table(doc)
>>> for r in rows[:3]:
...     print(r.entity, r.country, r.mentions, r.paragraphs)
Kim Jong-un KP 4 (1, 3, 4, 5)
Pyongyang KP 4 (2, 3, 5)
Moscou RU 3 (2, 3)
>>> countries_mentioned(doc).most_common(3)
[('Corée du Nord', 10), ('Russie', 10), ('États-Unis', 5)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .collation import french_key
from .entities import Mention, extract_entities
from .gazetteer import Entry, depends_on_gazetteer, gazetteer, lookup

__all__ = [
    "AMBIGUOUS",
    "EntityRow",
    "capital_of",
    "countries_mentioned",
    "country_name",
    "entity_table",
    "link",
    "link_mentions",
    "linking_accuracy",
    "load_gold_links",
    "paragraph_of",
    "paragraph_spans",
    "stands_for",
    "world_places",
]

#: The country a French text is about when nothing in it says otherwise.
DEFAULT_COUNTRY = "FR"
#: The note of an entity placed from the world places rather than the kit's gazetteer.
WORLD_NOTE = "placed by name from GeoNames (helpers.places)"

# Names that could be two entities; the gazetteer keeps one, and says why.
AMBIGUOUS = {
    "Washington": (
        "Washington is linked to the city, the capital of the United States (38.91° N, "
        "77.04° W), not to Washington State on the Pacific coast: in world news the name "
        "stands for the US government (\"Washington lui demande…\"). Write « l’État de "
        "Washington » for the state."
    ),
}


@dataclass(frozen=True)
class EntityRow:
    """One entity of a text: its mentions counted, its paragraphs (1-based), its place."""

    entity: str
    type: str
    kind: str
    country: str | None
    mentions: int
    paragraphs: tuple[int, ...]
    lat: float | None = None
    lon: float | None = None
    note: str = ""

    @property
    def placed(self) -> bool:
        """Whether the entity has coordinates (a place, or a building such as the Kremlin)."""
        return self.lat is not None and self.lon is not None


def _text_of(doc: Any) -> str:
    text = getattr(doc, "text", doc)
    if not isinstance(text, str):
        raise TypeError(f"expected a text (str or Document), got {type(doc).__name__}: "
                        "load a text first, e.g. doc = load_article()")
    return text


def link(mention: Mention) -> Mention:
    """The mention with its canonical ``entity`` and ``country`` from the gazetteer.

    A mention the gazetteer does not know keeps ``entity=None``.

    >>> m = link(Mention("Poutine", 0, 7, "PER"))  # an alias: the surname alone
    >>> m.entity, m.country
    ('Vladimir Poutine', 'RU')
    >>> link(Mention("Kim Jong-il", 467, 478, "PER")).entity
    'Kim Jong-il'
    """
    entry = lookup(mention.text)
    if entry is None:
        return mention
    return replace(mention, entity=entry.name, country=entry.country)


def link_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """:func:`link` each mention (dates and untyped candidates are left out), then give
    the places the gazetteer does not know their place in the world (:func:`world_places`).

    >>> [(m.text, m.entity, m.country) for m in link_mentions(extract_entities(
    ...     "Les pompiers de Lorient et de Brest sont partis vers Moscou."))]
    [('Lorient', 'Lorient', 'FR'), ('Brest', 'Brest', 'FR'), ('Moscou', 'Moscou', 'RU')]
    """
    linked = [link(m) for m in mentions if m.label in ("PER", "LOC", "ORG", "MISC")]
    found = world_places(linked)
    if not found:
        return linked
    return [replace(m, entity=found[m.text].name, country=found[m.text].country)
            if m.text in found else m for m in linked]


#: Kinds of place that tell what region a text is about (Texas, Bretagne, Dordogne).
REGION_KINDS = frozenset({"region", "state", "area", "department"})


def world_places(linked: Sequence[Mention]) -> dict[str, Any]:
    """The world place (:class:`helpers.places.Place`, from GeoNames) of the place names
    of a text that the kit's gazetteer does not settle, by mention text.

    - A place name the gazetteer does not know (*Lorient*, *Dordogne*) is looked up
      in :mod:`helpers.places`. A name shared by several places (*Brest*, *Valence*)
      goes to the one in a country the text already names: the countries of the
      mentions the gazetteer links (people too), and those of the text's other
      unknown places; when the text gives no clue, to the one in **France**, the
      default for a French text (:data:`DEFAULT_COUNTRY`); else to the most likely
      (:func:`helpers.places.candidates`).
    - A town the gazetteer knows (*Paris*) moves only when the text names a region
      of another country (*le Texas*) and never the town's own country: then the
      town of that name in that country is taken (Paris, Texas), if there is one.
    - A name neither knows is left out: its mention stays unplaced, never dropped.

    The world places are read on first use only (a text whose places the gazetteer
    all knows, like the article, never reads them).

    >>> found = world_places(extract_entities("Alerte à Brest, Lorient et Quimper."))
    >>> {name: (p.country, p.kind) for name, p in sorted(found.items())}
    {'Brest': ('FR', 'city'), 'Lorient': ('FR', 'city'), 'Quimper': ('FR', 'city')}
    >>> world_places(link_mentions(extract_entities("Poutine a quitté Minsk pour Brest.")))[
    ...     "Brest"].country  # Minsk: Belarus
    'BY'
    >>> paris = world_places(link_mentions(extract_entities("Au Texas, Paris a voté.")))["Paris"]
    >>> paris.country, round(paris.lat)
    ('US', 34)
    """
    known = {m.text: entry for m in linked if m.label == "LOC"
             and (entry := lookup(m.text)) is not None and entry.name == m.entity}
    names = sorted({m.text for m in linked if m.label == "LOC" and m.text not in known})
    regions = {e.country for e in known.values() if e.kind in REGION_KINDS and e.country}
    if not names and not regions:
        return {}
    from .places import find_place

    seen = {m.country for m in linked if m.country and (m.label != "LOC" or m.text in known)}
    first = {name: find_place(name, seen or {DEFAULT_COUNTRY}, broad=True) for name in names}
    found = {}
    for name in names:
        others = {p.country for other, p in first.items()
                  if other != name and p is not None and p.country}
        place = find_place(name, (seen | others) or {DEFAULT_COUNTRY}, broad=True)
        if place is not None:
            found[name] = place
    regions |= {p.country for p in found.values() if p.kind in REGION_KINDS and p.country}
    for name, entry in sorted(known.items()):
        if entry.kind not in ("capital", "city") or not regions or entry.country in (
                {m.country for m in linked if m.entity != entry.name} | {None}):
            continue
        place = find_place(name, regions, kinds={"capital", "city"})
        if place is not None and place.country in regions:
            found[name] = place
    return found


@depends_on_gazetteer
@cache
def _countries() -> dict[str, Entry]:
    return {e.country: e for e in gazetteer().entries if e.kind == "country" and e.country}


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


@cache
def _world_country_names() -> dict[str, str]:
    from .places import load_places

    return {p.country: p.name for p in load_places().places if p.kind == "country" and p.country}


TIES = ("country", "capital (metonymy)", "place in it", "person", "organisation", "other")


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


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (split on blank lines) in ``text``.

    >>> paragraph_spans("Un.\\n\\nDeux.")
    [(0, 3), (5, 10)]
    """
    from .corpus import split_paragraphs

    spans, at = [], 0
    for paragraph in split_paragraphs(text):
        start = text.index(paragraph, at)
        spans.append((start, start + len(paragraph)))
        at = start + len(paragraph)
    return spans


def paragraph_of(offset: int, spans: Sequence[tuple[int, int]]) -> int:
    """The paragraph number (1-based) that contains ``offset``; 0 if none does."""
    for number, (start, end) in enumerate(spans, 1):
        if start <= offset < end:
            return number
    return 0


def _mentions(doc: Any, mentions: Iterable[Mention] | None) -> tuple[str, list[Mention]]:
    text = _text_of(doc)
    found = extract_entities(text) if mentions is None else list(mentions)
    return text, link_mentions(found)


def entity_table(doc: Any, mentions: Iterable[Mention] | None = None) -> list[EntityRow]:
    """One row per entity, most mentioned first (ties by name, in French order).

    ``mentions`` defaults to ``extract_entities(doc)``; unknown names are rows
    too, under their own text, with a note saying what is missing.

    >>> rows = entity_table("Selon M. Diakité, Kim Jong-un est arrivé à Tombouctouville.")
    >>> [(r.entity, r.type, r.country, r.placed, r.note) for r in rows]
    [('Diakité', 'PER', None, False, 'no known country: not in the gazetteer'),
     ('Kim Jong-un', 'PER', 'KP', False, ''),
     ('Tombouctouville', 'LOC', None, False, 'not placed: not in the gazetteer')]
    """
    text, linked = _mentions(doc, mentions)
    world = world_places(linked)
    spans = paragraph_spans(text)
    starts = [start for start, _ in spans]

    def number(offset: int) -> int:  # paragraph_of() by bisection: spans are sorted
        k = bisect_right(starts, offset) - 1
        return k + 1 if k >= 0 and offset < spans[k][1] else 0

    groups: dict[str, list[Mention]] = {}
    for m in linked:
        groups.setdefault(m.entity or m.text, []).append(m)
    rows = []
    for name, ms in groups.items():
        entry = lookup(name) if ms[0].entity else None
        label = Counter(m.label for m in ms).most_common(1)[0][0]
        paragraphs = tuple(sorted({number(m.start) for m in ms}))
        place = next((world[m.text] for m in ms if m.text in world), None)
        if place is not None and (entry is None or entry.country != place.country):
            rows.append(EntityRow(name, label, place.kind, place.country, len(ms), paragraphs,
                                  place.lat, place.lon, WORLD_NOTE))
            continue
        if entry is None:
            unknown = "not placed" if label == "LOC" else "no known country"
            note = f"{unknown}: not in the gazetteer" if label in ("LOC", "PER") else ""
            rows.append(EntityRow(name, label, "unknown", None, len(ms), paragraphs, note=note))
            continue
        note = AMBIGUOUS.get(entry.name, "")
        if entry.label == "PER" and entry.country is None:
            note = "no known country"
        rows.append(EntityRow(entry.name, entry.label, entry.kind, entry.country, len(ms),
                              paragraphs, entry.lat, entry.lon, note))
    return sorted(rows, key=lambda r: (-r.mentions, french_key(r.entity)))


def countries_mentioned(doc: Any, mentions: Iterable[Mention] | None = None) -> Counter[str]:
    """Mentions counted by the country they are tied to: the country itself, its capital
    (metonymy), places located in it, its people and organisations (see :func:`tie`).

    Mentions with no country (the article's *Guerre froide*) are not counted.

    >>> countries_mentioned("Moscou et Pékin : Poutine a vu Xi Jinping à Pékin.")
    Counter({'Chine': 3, 'Russie': 2})
    """
    _, linked = _mentions(doc, mentions)
    counts = Counter(name for m in linked if (name := stands_for(m)))
    return Counter(dict(sorted(counts.items(), key=lambda kv: (-kv[1], french_key(kv[0])))))


def ties_by_country(doc: Any, mentions: Iterable[Mention] | None = None
                    ) -> dict[str, Counter[str]]:
    """For each country, its mentions counted by how they are tied to it (see :func:`tie`),
    countries in the order of :func:`countries_mentioned`.

    >>> ties_by_country("Moscou et Vladivostok : la Russie de Poutine.")["Russie"]
    Counter({'capital (metonymy)': 1, 'place in it': 1, 'country': 1, 'person': 1})
    """
    _, linked = _mentions(doc, mentions)
    ties: dict[str, Counter[str]] = {}
    for m in linked:
        if (country := stands_for(m)) is not None:
            ties.setdefault(country, Counter())[tie(m) or "other"] += 1
    order = countries_mentioned(doc, linked)
    return {country: ties[country] for country in order}


def capital_of(code: str | None) -> Entry | None:
    """The gazetteer's capital of a country (ISO code), or None.

    >>> capital_of("KP").name, capital_of("KP").coordinates
    ('Pyongyang', (39.04, 125.76))
    """
    if not code:
        return None
    return _capitals().get(code)


@depends_on_gazetteer
@cache
def _capitals() -> dict[str, Entry]:
    return {e.country: e for e in gazetteer().entries if e.kind == "capital" and e.country}


def load_gold_links() -> dict[tuple[int, int], tuple[str, str | None]]:
    """The hand-checked links of the article's gold mentions: ``(start, end) → (entity, country)``.

    >>> load_gold_links()[(21, 37)]
    ('Vladimir Poutine', 'RU')
    """
    from .corpus import SEEDS

    links: dict[tuple[int, int], tuple[str, str | None]] = {}
    lines = (SEEDS / "gold_links.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith(("#", "start\t")):
            continue
        start, end, _text, entity, country = line.split("\t")
        links[(int(start), int(end))] = (entity, country or None)
    return links


def linking_accuracy(mentions: Iterable[Mention] | None = None) -> float:
    """Share of the article's gold mentions linked to the right entity and country.

    >>> linking_accuracy()
    1.0
    """
    from .entities import load_gold_entities

    gold = load_gold_links()
    found = mentions if mentions is not None else load_gold_entities()
    linked = {(m.start, m.end): (m.entity, m.country) for m in link_mentions(found)}
    return sum(linked.get(span) == want for span, want in gold.items()) / len(gold)
