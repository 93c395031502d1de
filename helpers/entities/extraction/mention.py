"""A mention of a named entity in a text: :class:`Mention`, and the labels it may take."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LABELS", "Mention", "mention_order"]

#: The entity types the extractor gives: people, places, organisations, other names.
LABELS = ("PER", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an entity: ``text[start:end] == mention.text``.

    ``label`` is PER, LOC, ORG or MISC (``None`` for a candidate the first
    steps have not typed yet; gold dates use ``"DATE"``); ``entity`` is the
    canonical name when the gazetteer knows it; ``country`` an ISO 3166-1
    alpha-2 code or None. ``rule`` says which step or cue decided the label; it
    is not shown and not compared, so two mentions are equal when their span
    and their data are.
    """

    text: str
    start: int
    end: int
    label: str | None
    entity: str | None = None
    country: str | None = None
    rule: str = field(default="", compare=False, repr=False)


def mention_order(m: Mention) -> tuple[int, int, str]:
    """The sort key of mentions: text order, then the shorter span, then the label.

    >>> mention_order(Mention("Kim", 10, 13, None))
    (10, 13, '')
    """
    return (m.start, m.end, m.label or "")
