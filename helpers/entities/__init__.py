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

from .extraction import (
    ADJ,
    LABELS,
    ORDINARY_AT_START,
    ORG_CUES,
    PERSON_CUES,
    PLACE_CUES,
    STEPS,
    STOPWORDS,
    Difference,
    Mention,
    apply_cues,
    apply_gazetteer,
    compare,
    extract_entities,
    filter_ordinary,
    find_runs,
    load_gold_entities,
    run_steps,
    score,
    scores_by_label,
    spacy_entities,
    spacy_model,
)

__all__ = [
    "ADJ",
    "LABELS",
    "ORDINARY_AT_START",
    "ORG_CUES",
    "PERSON_CUES",
    "PLACE_CUES",
    "STEPS",
    "STOPWORDS",
    "Difference",
    "Mention",
    "apply_cues",
    "apply_gazetteer",
    "compare",
    "extract_entities",
    "filter_ordinary",
    "find_runs",
    "load_gold_entities",
    "run_steps",
    "score",
    "scores_by_label",
    "spacy_entities",
    "spacy_model",
]
