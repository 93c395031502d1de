"""The entity table: one row per entity of a text, with its mentions and its place on a map.

>>> rows = entity_table("Poutine a vu Kim Jong-un. Poutine est parti.")
>>> [(r.entity, r.mentions) for r in rows]
[('Vladimir Poutine', 2), ('Kim Jong-un', 1)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..data_files import data_rows
from ..text.collation import french_key
from ..translation import N_, current_language
from ..translation import gettext as _
from .entity_links import linked_mentions
from .extraction import Mention
from .gazetteer import lookup
from .paragraphs import paragraph_spans
from .place_resolution import world_places

__all__ = ["AMBIGUOUS", "WORLD_NOTE", "EntityRow", "entity_table"]

#: The note of an entity placed from the world places rather than the kit's gazetteer.
WORLD_NOTE = N_("placed by name from GeoNames (helpers.entities.places)")
AMBIGUOUS_PATH = Path(__file__).resolve().parents[1] / "data" / "ambiguous_names.tsv"


@cache
def _ambiguous(column: int = 1) -> dict[str, str]:
    """The notes of ambiguous_names.tsv: column 1 in English, 2 in French."""
    return {row[0]: row[column] for row in data_rows(AMBIGUOUS_PATH)}


def _ambiguous_note(name: str) -> str:
    return _ambiguous(2 if current_language() == "fr" else 1).get(name, "")


#: Names that could be two entities; the gazetteer keeps one, and says why
#: (``helpers/data/ambiguous_names.tsv``).
AMBIGUOUS: dict[str, str] = dict(_ambiguous())


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


def _paragraph_numbers(text: str) -> Callable[[int], int]:
    """``paragraph_of`` for one text, by bisection: its spans are sorted."""
    spans = paragraph_spans(text)
    starts = [start for start, _ in spans]

    def number(offset: int) -> int:
        k = bisect_right(starts, offset) - 1
        return k + 1 if k >= 0 and offset < spans[k][1] else 0

    return number


def _row(name: str, ms: list[Mention], paragraphs: tuple[int, ...],
         world: dict[str, Any]) -> EntityRow:
    """The row of one entity from its mentions: placed from the world places, from the
    gazetteer, or unknown (with a note saying what is missing)."""
    entry = lookup(name) if ms[0].entity else None
    label = Counter(m.label for m in ms).most_common(1)[0][0]
    place = next((world[m.text] for m in ms if m.text in world), None)
    if place is not None and (entry is None or entry.country != place.country):
        return EntityRow(name, label, place.kind, place.country, len(ms), paragraphs,
                         place.lat, place.lon, _(WORLD_NOTE))
    if entry is None:
        note = {"LOC": _("not placed: not in the gazetteer"),
                "PER": _("no known country: not in the gazetteer")}.get(label, "")
        return EntityRow(name, label, "unknown", None, len(ms), paragraphs, note=note)
    note = _ambiguous_note(entry.name)
    if entry.label == "PER" and entry.country is None:
        note = _("no known country")
    return EntityRow(entry.name, entry.label, entry.kind, entry.country, len(ms),
                     paragraphs, entry.lat, entry.lon, note)


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
    text, linked = linked_mentions(doc, mentions)
    world = world_places(linked)
    number = _paragraph_numbers(text)
    groups: dict[str, list[Mention]] = {}
    for m in linked:
        groups.setdefault(m.entity or m.text, []).append(m)
    rows = [_row(name, ms, tuple(sorted({number(m.start) for m in ms})), world)
            for name, ms in groups.items()]
    return sorted(rows, key=lambda r: (-r.mentions, french_key(r.entity)))
