"""Linking mentions to entities: each known mention gets its canonical name and country.

>>> from helpers.entities import Mention
>>> link(Mention("Poutine", 0, 7, "PER")).entity
'Vladimir Poutine'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..translation import gettext as _
from .extraction import Mention, extract_entities
from .gazetteer import lookup
from .place_resolution import world_places

__all__ = ["link", "link_mentions", "linked_mentions", "text_of"]


def text_of(doc: Any) -> str:
    """The text of a Document, or the str itself; a TypeError for anything else.

    >>> text_of("Brest.")
    'Brest.'
    """
    text = getattr(doc, "text", doc)
    if not isinstance(text, str):
        raise TypeError(_("expected a text (str or Document), got {type}: load a text first, "
                          "e.g. doc = load_article()").format(type=type(doc).__name__))
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
    the places the gazetteer does not know their place in the world
    (:func:`helpers.entities.place_resolution.world_places`).

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


def linked_mentions(doc: Any, mentions: Iterable[Mention] | None = None
                    ) -> tuple[str, list[Mention]]:
    """The text of ``doc`` and its linked mentions (``mentions``, else those
    :func:`~helpers.entities.extract_entities` finds).

    >>> text, linked = linked_mentions("Poutine est à Moscou.")
    >>> [m.entity for m in linked]
    ['Vladimir Poutine', 'Moscou']
    """
    text = text_of(doc)
    found = extract_entities(text) if mentions is None else list(mentions)
    return text, link_mentions(found)
