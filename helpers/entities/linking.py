"""Entity linking: from mentions to entities, countries and places on a map.

Lesson 04's extractor already names each known mention's entity; this module
goes on from there:

- :func:`link` gives a mention its canonical entity and country from the
  gazetteer (``Poutine`` → Vladimir Poutine, RU); gold mentions, which carry no
  entity, are linked the same way. *Kim Jong-un* and *Kim Jong-il* are two rows.
- :func:`link_mentions` links all the mentions of a text, and gives a place the
  kit's gazetteer does not know (*Lorient*, *Dordogne*) its name, country and
  position from the world places of :mod:`helpers.entities.places` (GeoNames), read
  in the light of the text: see :func:`world_places`.
- :func:`stands_for` gives the country a mention is tied to, and :func:`tie` says how:
  the country itself (*Russie*); its capital standing for its government, a
  **metonymy** (*Moscou prône…* → Russie); a place **located** in it (*Vladivostok*,
  which is in Russia and stands for nothing); a **person** who leads or represents it
  (*Xi Jinping* → Chine); an organisation of it.
- :func:`entity_table` gives one row per entity: type, country, mentions,
  paragraphs, and where it goes on a map (or why it does not).
- :func:`countries_mentioned` counts the mentions tied to each country.

Each part lives in a small module, gathered here: :mod:`helpers.entities.entity_links`
(linking), :mod:`helpers.entities.place_resolution` (world places),
:mod:`helpers.entities.countries`
(ties), :mod:`helpers.entities.entity_rows` (the table), :mod:`helpers.entities.paragraphs` and
:mod:`helpers.entities.linking_gold` (the article's gold links).

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

from .countries import (
    TIES,
    capital_of,
    countries_mentioned,
    country_name,
    stands_for,
    tie,
    ties_by_country,
)
from .entity_links import link, link_mentions
from .entity_rows import AMBIGUOUS, WORLD_NOTE, EntityRow, entity_table
from .extraction import extract_entities
from .linking_gold import linking_accuracy, load_gold_links
from .paragraphs import paragraph_of, paragraph_spans
from .place_resolution import DEFAULT_COUNTRY, REGION_KINDS, world_places

__all__ = [
    "AMBIGUOUS",
    "DEFAULT_COUNTRY",
    "REGION_KINDS",
    "TIES",
    "WORLD_NOTE",
    "EntityRow",
    "capital_of",
    "countries_mentioned",
    "country_name",
    "entity_table",
    "extract_entities",
    "link",
    "link_mentions",
    "linking_accuracy",
    "load_gold_links",
    "paragraph_of",
    "paragraph_spans",
    "stands_for",
    "tie",
    "ties_by_country",
    "world_places",
]
