"""Meetings between people, found by the constructions of :mod:`helpers.entities.meeting_patterns`.

Each sentence becomes a pattern string; each construction's regex reads it; each
match gives pairs of people (:class:`Relation`), with a count, a place and a
date when the match holds them. :mod:`helpers.entities.relation_extraction` tells the whole story.

>>> [str(r) for r in relations("Xi Jinping a reçu Emmanuel Macron à Pékin.")]
['Xi Jinping — met → Emmanuel Macron at Pékin']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ..text.sentence_split import sentence_spans
from ..translation import gettext as _
from .dates import find_dates, resolve_date
from .entity_links import link_mentions
from .extraction import Mention, extract_entities
from .meeting_patterns import CONSTRUCTIONS, Construction, expand, number, pattern_string, word_list

__all__ = ["Relation", "meeting_places", "pattern_strings", "relations"]


@dataclass(frozen=True)
class Relation:
    """``subject`` — ``relation`` → ``object``, with a count, a place and a date if known."""

    subject: str
    relation: str
    object: str
    times: int | None = None
    place: str | None = None
    date: str | None = None
    since: bool = False
    sentence: int = 0  # index of the sentence (0-based)
    construction: str = ""  # the name of the Construction that found it

    def __str__(self) -> str:
        parts = [f"{self.subject} — {self.relation} → {self.object}"]
        if self.times:
            parts[0] += f" {self.times} time{'s' * (self.times != 1)}"
        if self.place:
            parts[0] += f" at {self.place}"
        if self.date:
            parts.append(f"since {self.date}" if self.since else self.date)
        return ", ".join(parts)


def _slots(text: str, label: str) -> list[int]:
    return [int(i) for i in re.findall(rf"⟦{label}:(\d+)⟧", text)]


def _objects(text: str) -> list[tuple[int, int | None]]:
    """``(slot, times)`` of each person in an OBJECTS group."""
    count = re.compile(expand("COUNT"))
    found = []
    for item in re.finditer(expand("ITEM"), text):
        counted = count.search(item[0])
        times = number(re.search(rf"\d+|{word_list('NUMBER')}", counted[0])[0]) if counted else None
        found.extend((slot, times) for slot in _slots(item[0], "PER"))
    return found


def _pairs(construction: Construction, match: re.Match[str]
           ) -> list[tuple[int, int, int | None]]:
    """``(subject slot, object slot, times)`` of a match, in the order of the text."""
    subjects = _slots(match["subjects"], "PER")
    if "objects" not in match.groupdict():
        return [(a, b, None) for a, b in combinations(subjects, 2)]
    pairs = [(a, b, times) for a in subjects for b, times in _objects(match["objects"])]
    return [(b, a, times) for a, b, times in pairs] if construction.swap else pairs


def _refers_back(match: re.Match[str], pattern: str) -> bool:
    """Is the match's MEETING a pronoun (celle) with no meeting noun before it?"""
    meeting = match.groupdict().get("meeting")
    if not meeting or not re.fullmatch(word_list("REFERS_BACK"), meeting):
        return False
    return re.search(word_list("MEETING_NOUN"), pattern[:match.start()]) is None


def _when_and_where(match: str, slots: list[Mention], published: str | None
                    ) -> tuple[str | None, bool, str | None]:
    """The date (resolved), whether it is "since", and the place of a match."""
    date, since, place = None, False, None
    dates = _slots(match, "DATE")
    if dates:
        found = slots[dates[0]].text
        date = resolve_date(found, published) if published else found
        since = re.search(rf"(?i:depuis) ⟦DATE:{dates[0]}⟧", match) is not None
    at = re.search(rf"{word_list('PLACE_PREP')} ⟦LOC:(\d+)⟧", match)
    if at:
        m = slots[int(at[1])]
        place = m.entity or m.text
    return date, since, place


def _sentence_slots(start: int, end: int, linked: list[Mention],
                    dates: list[Mention]) -> list[Mention]:
    """The mentions and dates of a sentence, in order; a date inside a mention is dropped."""
    inside = [m for m in linked if start <= m.start and m.end <= end]
    for d in dates:
        if start <= d.start and d.end <= end and not any(
                m.start < d.end and d.start < m.end for m in inside):
            inside.append(d)
    return sorted(inside, key=lambda m: m.start)


def _linked(doc: Any, mentions: Iterable[Mention] | None) -> tuple[str, list[Mention]]:
    text = getattr(doc, "text", doc)
    if not isinstance(text, str):
        raise TypeError(_("relations() needs a text (str or Document), got {type}")
                        .format(type=type(doc).__name__))
    return text, link_mentions(extract_entities(text) if mentions is None else mentions)


def _sentences(text: str, linked: list[Mention]
               ) -> Iterator[tuple[int, str, list[Mention]]]:
    """``(index, pattern string, slots)`` of each sentence, spaces made single."""
    dates = find_dates(text)
    for index, (start, end) in enumerate(sentence_spans(text)):
        slots = _sentence_slots(start, end, linked, dates)
        pattern = pattern_string(text[start:end], slots, start)
        yield index, " ".join(pattern.replace("'", "’").split()), slots


def pattern_strings(doc: Any, mentions: Iterable[Mention] | None = None) -> list[str]:
    """The pattern string of each sentence of a text (a str or a Document).

    >>> from helpers import load_article
    >>> print(pattern_strings(load_article())[0][:89])
    Les dirigeants russe ⟦PER:0⟧ et nord-coréen ⟦PER:1⟧ se sont rencontrés ⟦DATE:2⟧ à ⟦LOC:3⟧
    """
    text, linked = _linked(doc, mentions)
    return [pattern for _, pattern, _ in _sentences(text, linked)]


Found = tuple[int, int, int, Relation]  # (sentence, match start, pair order, relation)


def _sentence_relations(index: int, pattern: str, slots: list[Mention],
                        published: str | None) -> list[Found]:
    """The relations of one sentence; a pair met twice in it is one relation."""
    found: list[Found] = []
    seen: set[frozenset[str]] = set()
    for construction in CONSTRUCTIONS:
        for match in construction.regex.finditer(pattern):
            if _refers_back(match, pattern):
                continue
            date, since, place = _when_and_where(match[0], slots, published)
            for order, (a, b, times) in enumerate(_pairs(construction, match)):
                names = [slots[a].entity or slots[a].text, slots[b].entity or slots[b].text]
                if names[0] == names[1] or frozenset(names) in seen:
                    continue
                seen.add(frozenset(names))
                found.append((index, match.start(), order, Relation(
                    names[0], "met", names[1], times, place, date, since, index,
                    construction.name)))
    return found


def relations(doc: Any, mentions: Iterable[Mention] | None = None, *,
              published: str | None = None) -> list[Relation]:
    """The meetings the constructions find in a text (a str or a Document), in text order.

    ``published`` (ISO date) resolves relative dates; it defaults to the
    Document's ``meta["publication_date"]``. Without it, a date stays as written.
    A pair met twice in one sentence is one relation.

    >>> for r in relations("Emmanuel Macron et Olaf Scholz se sont rencontrés lundi à Berlin.",
    ...                    published="2023-01-25"):
    ...     print(r)
    Emmanuel Macron — met → Olaf Scholz at Berlin, 2023-01-23
    >>> relations("Emmanuel Macron n’a jamais rencontré Kim Jong-un.")
    []
    """
    text, linked = _linked(doc, mentions)
    if published is None:
        published = getattr(doc, "meta", {}).get("publication_date")
    found: list[Found] = []
    for index, pattern, slots in _sentences(text, linked):
        if sum(m.label == "PER" for m in slots) >= 2:
            found += _sentence_relations(index, pattern, slots, published)
    return [r for *_, r in sorted(found, key=lambda f: f[:3])]


def meeting_places(found: Iterable[Relation]) -> set[str]:
    """The places where the meetings of ``found`` were held.

    >>> meeting_places(relations("Xi Jinping a reçu Emmanuel Macron à Pékin."))
    {'Pékin'}
    """
    return {r.place for r in found if r.relation == "met" and r.place}
