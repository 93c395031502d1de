"""The entities part of the kit: finding names, and mapping them to the world.

- :mod:`helpers.entities.extraction`: the four steps of lesson 04, one module each (runs,
  known_names, cues, filtering), their pipeline, scoring, gold and the spaCy peer;
- :mod:`helpers.entities.ner` (+ ner_evidence): the extractor the report uses;
- :mod:`helpers.entities.gazetteer`, :mod:`helpers.entities.places` (+ place_table,
  place_names, place_files): the names the kit knows, and the world's places;
- :mod:`helpers.entities.dates`; :mod:`helpers.entities.linking` (+ entity_links, countries,
  place_resolution, entity_rows, linking_gold, paragraphs);
- :mod:`helpers.entities.relation_extraction` (+ meeting_patterns, meetings, dated_events)
  and :mod:`helpers.entities.network`.

The extraction API is here too, as the lessons use it:

>>> from helpers.entities import extract_entities
>>> [(m.text, m.label) for m in extract_entities("Poutine est à Vladivostok.")]
[('Poutine', 'PER'), ('Vladivostok', 'LOC')]
"""

from . import extraction
from .extraction import *  # noqa: F403 - the extraction API, listed once in extraction.__all__

__all__ = extraction.__all__
