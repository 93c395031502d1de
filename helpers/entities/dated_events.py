"""Dated events for a timeline: each date of a text with what it dates.

>>> from helpers import load_article
>>> [e.date for e in events(load_article())]
['2011', '2018-01/2018-04', '2018-03', '2019-04-25']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..text.sentence_split import sentence_spans
from ..translation import gettext as _
from .dates import find_dates, resolve_date
from .extraction import Mention
from .gazetteer import lookup
from .meetings import Relation, relations

__all__ = ["Event", "events", "short_name"]

#: Constructions where both sides meet each other (no host, no guest).
SYMMETRIC = frozenset({"each other", "noun + entre"})


def short_name(name: str) -> str:
    """A person's short name: the gazetteer's shortest alias that is part of the name.

    The alias is the surname the news use on second mention (*Poutine*, *Xi*);
    a name with no such alias stays whole (*Kim Jong-un*: *Kim* alone would
    not tell him from his father).

    >>> short_name("Vladimir Poutine"), short_name("Xi Jinping"), short_name("Kim Jong-un")
    ('Poutine', 'Xi', 'Kim Jong-un')
    """
    entry = lookup(name)
    if entry is None or entry.label != "PER":
        return name
    words = name.split()
    parts = [a for a in entry.aliases if a != name and
             any(words[i:i + len(a.split())] == a.split() for i in range(len(words)))]
    return min(parts, key=len) if parts else name


@dataclass(frozen=True)
class Event:
    """A dated event for the timeline: ``date`` is ISO 8601 (a day, a month, a year or an
    interval ``a/b``)."""

    date: str
    label: str
    text: str


def events(doc: Any, mentions: Iterable[Mention] | None = None, *,
           published: str | None = None) -> list[Event]:
    """The dated events of a text: each resolved date with what it dates.

    A date that dates a meeting is labelled by the meeting; another by the
    words before it in its clause. A date already on the timeline is not
    repeated. Sorted by date.

    >>> from helpers import load_article
    >>> for e in events(load_article()):
    ...     print(f"{e.date:17} {e.label}")
    2011              Medvedev and Kim Jong-il meet
    2018-01/2018-04  …détente observée sur la péninsule coréenne depuis début 2018
    2018-03           from then on: Kim Jong-un meets Xi ×4, Moon Jae-in ×3, Trump ×2
    2019-04-25        Poutine and Kim Jong-un meet at Vladivostok
    """
    text = getattr(doc, "text", doc)
    if published is None:
        published = getattr(doc, "meta", {}).get("publication_date")
    if published is None:
        raise ValueError(_("events() needs the publication date to resolve « hier »: pass "
                           "published='YYYY-MM-DD' or a Document with "
                           "meta['publication_date']"))
    found = relations(doc, mentions, published=published)
    spans = sentence_spans(text)
    out: dict[str, Event] = {}
    for m in find_dates(text):
        value = resolve_date(m.text, published)
        if value in out:
            continue
        index = next(i for i, (s, e) in enumerate(spans) if s <= m.start < e)
        dated = [r for r in found if r.sentence == index and r.date == value]
        label = _label(dated) if dated else _context(text[spans[index][0]:m.start], m.text)
        out[value] = Event(value, label, m.text)
    return sorted(out.values(), key=lambda e: e.date)


def _label(found: list[Relation]) -> str:
    """A short label for the meetings of one date."""
    first = found[0]
    if first.times:
        objects = ", ".join(f"{short_name(r.object)} ×{r.times}" for r in found)
        said = _("from then on: {a} meets {b}") if first.since else _("{a} meets {b}")
        return said.format(a=short_name(first.subject), b=objects)
    symmetric = first.construction in SYMMETRIC
    if first.place:
        said = _("{a} and {b} meet at {place}") if symmetric else _("{a} meets {b} at {place}")
    else:
        said = _("{a} and {b} meet") if symmetric else _("{a} meets {b}")
    return said.format(a=short_name(first.subject), b=short_name(first.object), place=first.place)


def _context(before: str, date: str, words: int = 7) -> str:
    """The date after the last words of its clause: what the date is about."""
    clause = re.split(r"[,;:()«»]", before)[-1].split()
    return ("…" if len(clause) > words else "") + " ".join([*clause[-words:], date])
