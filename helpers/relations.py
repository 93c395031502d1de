"""Relations between entities, found with regular expressions over mentions.

As the NLTK Book's ``extract_rels`` does for English, each sentence is turned
into a *pattern string* where every linked mention becomes a slot
``⟦i⟧`` (its index in the sentence's mentions); a relation pattern then reads
the words between the slots. In French:

- ``⟦X⟧ a rencontré quatre fois ⟦Y⟧, trois fois ⟦Z⟧ et deux fois ⟦W⟧`` — counted meetings
  (number words become integers, :data:`NUMBERS`);
- ``⟦X⟧ a reçu [hier jeudi] ⟦Y⟧ à ⟦Place⟧`` — a meeting, with its place and date;
- ``⟦X⟧ avait alors rencontré ⟦Y⟧ … en ⟦Place⟧`` — a meeting, dated by the sentence.

Dates are lesson 03's, resolved against the publication date.

>>> from helpers import load_article
>>> for r in relations(load_article()):
...     print(r)
Vladimir Poutine — met → Kim Jong-un at Vladivostok, 2019-04-25
Kim Jong-un — met → Xi Jinping 4 times, since 2018-03
Kim Jong-un — met → Moon Jae-in 3 times, since 2018-03
Kim Jong-un — met → Donald Trump 2 times, since 2018-03
Dmitri Medvedev — met → Kim Jong-il at Sibérie, 2011
Kim Jong-un — invited → Vladimir Poutine at Pyongyang
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .dates import find_dates, resolve_date
from .entities import Mention, extract_entities
from .linking import link_mentions
from .sentences import sentence_spans

__all__ = ["NUMBERS", "PATTERNS", "Event", "Relation", "events", "number", "pattern_string",
           "relations"]

NUMBERS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
_NUM = r"(?:\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_SLOT = r"⟦(\d+)⟧"

# One counted object: "quatre fois ⟦3⟧"
COUNTED = re.compile(rf"(?P<n>{_NUM})\s+fois\s+{_SLOT}")
# name → (regex over the pattern string, relation). Groups: a (subject), b (object),
# optional objects (a list of COUNTED), filler (words that may hold a date), place.
PATTERNS: dict[str, tuple[re.Pattern[str], str]] = {
    "counted": (re.compile(
        rf"{_SLOT.replace('(', '(?P<a>', 1)}\s+(?:a|avait|ont)\s+rencontré\s+"
        rf"(?P<objects>{_NUM}\s+fois\s+⟦\d+⟧(?:\s*(?:,|et)\s*{_NUM}\s+fois\s+⟦\d+⟧)*)"),
        "met"),
    "received": (re.compile(
        r"⟦(?P<a>\d+)⟧\s+(?:a|avait)\s+reçu\s+(?P<filler>[^⟦.]*?)\s*⟦(?P<b>\d+)⟧"
        r"(?:\s+à\s+⟦(?P<place>\d+)⟧)?"), "met"),
    "met": (re.compile(
        r"⟦(?P<a>\d+)⟧\s+(?:a|avait|ont)\s+(?:\w+\s+)?rencontré\s+⟦(?P<b>\d+)⟧"
        r"(?:[^⟦]*\ben\s+⟦(?P<place>\d+)⟧)?"), "met"),
    "invited": (re.compile(
        r"⟦(?P<a>\d+)⟧\s+a\s+invité\s+(?:M\.\s+|Mme\s+)?⟦(?P<b>\d+)⟧"
        r"(?:\s+à\s+⟦(?P<place>\d+)⟧)?"), "invited"),
}


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

    def __str__(self) -> str:
        parts = [f"{self.subject} — {self.relation} → {self.object}"]
        if self.times:
            parts[0] += f" {self.times} time{'s' * (self.times != 1)}"
        if self.place:
            parts[0] += f" at {self.place}"
        if self.date:
            parts.append(f"since {self.date}" if self.since else self.date)
        return ", ".join(parts)


def number(word: str) -> int:
    """A French number word (or digits) as an integer.

    >>> number("quatre"), number("Deux"), number("12")
    (4, 2, 12)
    """
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word not in NUMBERS:
        raise ValueError(f"{word!r} is not a number word the kit knows: {sorted(NUMBERS)}")
    return NUMBERS[word]


def pattern_string(sentence: str, mentions: Iterable[Mention], offset: int = 0) -> str:
    """The sentence with each mention replaced by its slot ``⟦i⟧``.

    >>> s = "Kim Jong-un a rencontré quatre fois Xi Jinping."
    >>> pattern_string(s, [Mention("Kim Jong-un", 0, 11, "PER"),
    ...                    Mention("Xi Jinping", 36, 46, "PER")])
    '⟦0⟧ a rencontré quatre fois ⟦1⟧.'
    """
    out, at = [], offset
    for i, m in enumerate(mentions):
        out.append(sentence[at - offset:m.start - offset])
        out.append(f"⟦{i}⟧")
        at = m.end
    out.append(sentence[at - offset:])
    return "".join(out)


def _date(sentence: str, published: str | None) -> tuple[str | None, bool]:
    """The first date of a sentence, resolved, and whether "depuis" comes before it."""
    found = find_dates(sentence)
    if not found:
        return None, False
    first = found[0]
    since = bool(re.search(r"depuis\s*$", sentence[:first.start]))
    if published is None:
        return first.text, since
    return resolve_date(first.text, published), since


def relations(doc: Any, mentions: Iterable[Mention] | None = None, *,
              published: str | None = None) -> list[Relation]:
    """The relations the patterns find in a text (a str or a Document), in text order.

    ``published`` (ISO date) resolves relative dates; it defaults to the
    Document's ``meta["publication_date"]``.

    >>> [str(r) for r in relations("Xi Jinping a rencontré deux fois Kim Jong-un.")]
    ['Xi Jinping — met → Kim Jong-un 2 times']
    """
    text = getattr(doc, "text", doc)
    if not isinstance(text, str):
        raise TypeError(f"relations() needs a text (str or Document), got {type(doc).__name__}")
    if published is None:
        published = getattr(doc, "meta", {}).get("publication_date")
    linked = [m for m in link_mentions(extract_entities(text) if mentions is None else mentions)]
    found: list[Relation] = []
    for index, (start, end) in enumerate(sentence_spans(text)):
        inside = [m for m in linked if start <= m.start and m.end <= end]
        if len(inside) < 2:
            continue
        sentence = text[start:end]
        pattern = pattern_string(sentence, inside, start)
        date, since = _date(sentence, published)
        names = [m.entity or m.text for m in inside]
        used: set[tuple[int, int]] = set()
        for regex, relation in PATTERNS.values():
            for match in regex.finditer(pattern):
                a = int(match["a"])
                groups = match.groupdict()
                place = names[int(groups["place"])] if groups.get("place") else None
                if groups.get("objects"):
                    pairs = [(int(m[2]), number(m["n"]))
                             for m in COUNTED.finditer(match["objects"])]
                else:
                    pairs = [(int(match["b"]), None)]
                for b, times in pairs:
                    if (a, b) in used:
                        continue
                    used.add((a, b))
                    found.append(Relation(names[a], relation, names[b], times, place,
                                          date if relation == "met" else None,
                                          since and relation == "met", index))
    return sorted(found, key=lambda r: (r.sentence, r.relation == "invited"))


@dataclass(frozen=True)
class Event:
    """A dated event for the timeline: ``date`` is ISO (a day, a month, a year or ``a..b``)."""

    date: str
    label: str
    text: str


def events(doc: Any, mentions: Iterable[Mention] | None = None, *,
           published: str | None = None) -> list[Event]:
    """The dated events of a text: each resolved date with what its sentence says.

    A sentence with a relation is labelled by it; another by its first words.
    A date already on the timeline is not repeated. Sorted by date.

    >>> from helpers import load_article
    >>> [(e.date, e.label) for e in events(load_article())]  # doctest: +NORMALIZE_WHITESPACE
    [('2011', 'Medvedev meets Kim Jong-il (Sibérie)'),
     ('2018-01..2018-04', 'Depuis début 2018, la péninsule coréenne…'),
     ('2018-03', 'from here: Kim Jong-un meets Xi Jinping ×4, Moon Jae-in ×3, Donald Trump ×2'),
     ('2019-04-25', 'summit: Poutine receives Kim Jong-un (Vladivostok)')]
    """
    text = getattr(doc, "text", doc)
    if published is None:
        published = getattr(doc, "meta", {}).get("publication_date")
    if published is None:
        raise ValueError("events() needs the publication date to resolve « hier »: pass "
                         "published='YYYY-MM-DD' or a Document with meta['publication_date']")
    found = relations(doc, mentions, published=published)
    spans = sentence_spans(text)
    out: dict[str, Event] = {}
    for m in find_dates(text):
        value = resolve_date(m.text, published)
        if value in out:
            continue
        index = next(i for i, (s, e) in enumerate(spans) if s <= m.start < e)
        here = [r for r in found if r.sentence == index and r.relation == "met"]
        out[value] = Event(value, _label(here, text[slice(*spans[index])]), m.text)
    return sorted(out.values(), key=lambda e: e.date)


def _short(name: str) -> str:
    return name.split()[-1] if name in ("Vladimir Poutine", "Dmitri Medvedev") else name


def _label(found: list[Relation], sentence: str) -> str:
    if not found:
        words = sentence.split()
        return " ".join(words[:6]).rstrip(",;:") + ("…" if len(words) > 6 else "")
    first = found[0]
    if first.times:
        objects = ", ".join(f"{r.object} ×{r.times}" for r in found)
        return f"from here: {first.subject} meets {objects}"
    place = f" ({first.place})" if first.place else ""
    if "reçu" in sentence:
        return f"summit: {_short(first.subject)} receives {first.object}{place}"
    return f"{_short(first.subject)} meets {first.object}{place}"
