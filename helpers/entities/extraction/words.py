"""The entity extractor's word lists: ``data/entity_words.tsv``, read once on import.

Titles (*M.*, *Mme*, *Dr* …) come from ``data/abbreviations.tsv`` and closed-class
words from ``data/stopwords.tsv``, the kit's one copy of each.

>>> HEADS["Fédération"], ("de", "la") in PARTICLES, "mme" in PERSON_CUES
('ORG', True, True)
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ...data_files import data_rows
from ...text.abbreviations import load_abbreviations
from ...text.stopwords import closed_class_words

__all__ = ["ADJECTIVE", "COMPASS", "COMPLEMENT", "DATA", "HEADS", "NAME_PREFIX", "NOT_NAMES",
           "ORG_CUES", "PARTICLES", "PERSON_CUES", "PLACE_CUES", "STOPWORDS", "TITLES",
           "word_lists"]

DATA = Path(__file__).resolve().parents[2] / "data" / "entity_words.tsv"


@cache
def word_lists() -> dict[str, tuple[str, ...]]:
    """Each kind of ``data/entity_words.tsv`` and its entries, in the file's order.

    >>> word_lists()["compass"]
    ('Nord', 'Sud', 'Est', 'Ouest')
    """
    lists: dict[str, list[str]] = {}
    for kind, entries in data_rows(DATA):
        lists.setdefault(kind, []).extend(entries.split(", "))
    return {kind: tuple(entries) for kind, entries in lists.items()}


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


_LISTS = word_lists()

#: Closed-class French words (and a few English ones): written with a capital only at
#: the start of a sentence. There they stand alone (step 1) and are dropped (step 4).
STOPWORDS: frozenset[str] = closed_class_words()
#: Titles as a text writes them before a name: M., MM., Mme, Dr …
TITLES = tuple(a.written for a in load_abbreviations() if a.kind == "title")
#: Capitalised tokens that are never part of a name: titles (they are cues),
#: common-noun acronyms, and capitals of French typography (l’État, le Premier ministre).
NOT_NAMES = frozenset((*TITLES, *_LISTS["not a name"]))
#: Particles that join two capitalised words of one name, as token sequences, longest first.
PARTICLES = tuple(sorted((tuple(p.split()) for p in _LISTS["particle"]), key=len, reverse=True))
#: Arabic-style name particles written with a hyphen: al-Assad, el-Sissi, ben-Ali.
NAME_PREFIX = re.compile(rf"(?:{_alternatives(_LISTS['name prefix'])})-[A-ZÀ-ÖØ-Þ]")
#: The head word of a multiword name says its type: la Fédération européenne des
#: éleveurs, le Tour de France, la place Tahrir. Typed in step 3 (a cue inside the name).
HEADS = {word: label for label in ("ORG", "MISC", "LOC")
         for word in _LISTS[f"{label.lower()} head"]}
#: Lower-case words that continue a head: adjectives (européenne, international, suprême).
ADJECTIVE = re.compile(rf"(?:{_alternatives(_LISTS['adjective ending'])})s?$")
#: The words that start the one de-complement a head may take (de sécurité, des éleveurs).
COMPLEMENT = _LISTS["complement"]
#: The points of the compass that end a place name (Corée du Nord).
COMPASS = _LISTS["compass"]
#: Roles and titles that announce a person (lower case; feminine and plural forms too).
PERSON_CUES = (*_LISTS["person cue"], *(title.lower() for title in TITLES))
#: Words that announce an organisation.
ORG_CUES = _LISTS["org cue"]
#: Words before a one-word name that announce a place.
PLACE_CUES = _LISTS["place cue"]
