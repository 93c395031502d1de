"""Who met whom: meetings between people, found with regular expressions over mentions.

As the NLTK Book's ``extract_rels`` does for English, each sentence becomes a
*pattern string* where every mention and every date is a typed slot:
``⟦PER:0⟧`` (a person), ``⟦LOC:3⟧`` (a place), ``⟦DATE:2⟧`` (a date), numbered
in the sentence. A pattern then reads the words around the slots.

French says "they met" in a few ways. Each way is a :class:`Construction`,
written as a short *shape*: a line of named pieces (:data:`PIECES`, built from
word lists, :data:`WORDS`) and plain words:

>>> for c in CONSTRUCTIONS:
...     print(f"{c.name:15} {c.shape}")
each other      FRONTED SUBJECTS ADVERBIALS MEET_EACH_OTHER ADVERBIALS
verb            FRONTED SUBJECTS ADVERBIALS MEETS ADVERBIALS OBJECTS ADVERBIALS
verb + avec     FRONTED SUBJECTS ADVERBIALS MEETS_WITH ADVERBIALS avec OBJECTS ADVERBIALS
passive         FRONTED SUBJECTS ADVERBIALS WAS_RECEIVED ADVERBIALS par OBJECTS ADVERBIALS
noun + entre    MEETING ADVERBIALS entre SUBJECTS ADVERBIALS HELD ADVERBIALS
noun + de/avec  MEETING de SUBJECTS avec OBJECTS ADVERBIALS HELD ADVERBIALS

A meeting is between people: SUBJECTS and OBJECTS are ``⟦PER:i⟧`` slots (with
an optional TITLE: *le président chinois*, *l’ex-président*), so *entre la
Russie et la Corée du Nord* (two places) is no meeting. *celle* or *celui*
stands for a meeting only after a meeting noun in the same sentence (*Cette
rencontre … depuis celle en 2011 entre…*). A relation's place is a ``⟦LOC⟧``
slot after *à*, *au*, *aux* or *en* inside the match; its date is the first
``⟦DATE⟧`` slot inside the match, resolved as in lesson 04 (*depuis* before it
means "since"). A negation (*n’a jamais rencontré*, *ne se sont pas
rencontrés*) matches no shape: nothing happened.

>>> from helpers import load_article
>>> for r in relations(load_article()):
...     print(r)
Vladimir Poutine — met → Kim Jong-un at Vladivostok, 2019-04-25
Dmitri Medvedev — met → Kim Jong-il, 2011
Kim Jong-un — met → Xi Jinping 4 times, since 2018-03
Kim Jong-un — met → Moon Jae-in 3 times, since 2018-03
Kim Jong-un — met → Donald Trump 2 times, since 2018-03
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from typing import Any

from .dates import find_dates, resolve_date
from .entities import ADJ, PERSON_CUES, Mention, extract_entities
from .gazetteer import depends_on_gazetteer, gazetteer, lookup
from .linking import link_mentions
from .sentences import sentence_spans

__all__ = ["CONSTRUCTIONS", "NUMBERS", "PIECES", "WORDS", "Construction", "Event",
           "Relation", "events", "expand", "number", "pattern_string", "pattern_strings",
           "relations", "short_name", "words"]

NUMBERS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}

#: The word lists the pieces are made of (matched in any case). Titles are lesson
#: 03's person cues (and their plurals); nationalities are the gazetteer's demonyms.
WORDS: dict[str, tuple[str, ...]] = {
    "ARTICLE": ("le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
                "cet", "cette", "l’"),
    "TITLE_WORD": tuple(sorted({*PERSON_CUES, *(w + "s" for w in PERSON_CUES if len(w) > 2
                                                and w[-1] not in "sx." and " " not in w)})),
    "NATIONALITY": (),  # the gazetteer's demonyms: see words("NATIONALITY")
    "NUMBER": tuple(NUMBERS),
    "ADVERB": ("déjà", "notamment", "alors", "encore", "enfin", "finalement", "également",
               "aussi", "ensuite", "longuement", "brièvement", "officiellement",
               "secrètement", "discrètement", "récemment", "personnellement", "ainsi"),
    "DATE_PREP": ("en", "depuis", "dès", "le", "de", "ce", "cette"),
    "PLACE_PREP": ("à", "au", "aux", "en"),
    "AUX": ("a", "ont", "avait", "avaient"),
    # X a rencontré Y · X rencontre Y
    "MET": ("rencontré", "reçu", "accueilli", "retrouvé"),
    "MEETS_NOW": ("rencontre", "reçoit", "accueille", "retrouve"),
    # X et Y se sont rencontrés · X et Y se rencontrent
    "MET_EACH_OTHER": ("rencontrés", "rencontrées", "réunis", "réunies", "entretenus",
                       "entretenues", "vus", "vues", "retrouvés", "retrouvées", "revus"),
    "MEET_EACH_OTHER_NOW": ("se rencontrent", "se réunissent", "s’entretiennent",
                            "se voient", "se retrouvent"),
    # X s’est entretenu avec Y · X s’entretient avec Y
    "MET_WITH": ("entretenu", "entretenue", "réuni", "réunie", "retrouvé", "retrouvée"),
    "MEETS_WITH_NOW": ("s’entretient", "se réunit", "se retrouve"),
    # X a été reçu par Y
    "RECEIVED": ("reçu", "reçue", "reçus", "accueilli", "accueillie"),
    # la rencontre entre X et Y · celle entre X et Y (after a meeting noun)
    "MEETING_NOUN": ("rencontre", "rencontres", "sommet", "sommets", "entretien",
                     "entretiens", "entrevue", "réunion", "tête-à-tête"),
    "REFERS_BACK": ("celle", "celui"),
    # … a eu lieu à Genève
    "HELD_VERB": ("a eu lieu", "s’est tenu", "s’est tenue", "s’est déroulé",
                  "s’est déroulée"),
}

#: The pieces of a shape. ``{NAME}`` is another piece or a word list of WORDS;
#: a space is one space (the sentence's spaces are made single first).
PIECES: dict[str, str] = {
    # a person: an optional title, then a PER slot — le président chinois ⟦PER:3⟧
    "TITLE": r"(?:{ARTICLE} ?)?(?:{TITLE_WORD} )*(?:{NATIONALITY} )?",
    "PERSON": r"{TITLE}⟦PER:\d+⟧",
    # one person, or a list ending in « et » — russe ⟦PER:0⟧ et nord-coréen ⟦PER:1⟧
    "PEOPLE": r"{PERSON}(?:(?:, {PERSON})* et {PERSON})?",
    # how many times — quatre fois · à trois reprises · 3 fois
    "COUNT": r"(?:{NUMBER}|\d+) fois|à (?:{NUMBER}|\d+) reprises",
    # one met person, with a count before or after — quatre fois le président chinois ⟦PER:3⟧
    "ITEM": r"(?:(?:{COUNT}) )?{PERSON}(?: (?:{COUNT}))?",
    # a list of them; « et Z » is not one when a verb follows (Z starts a new clause)
    "ITEMS": r"{ITEM}(?:, {ITEM})*(?: et {ITEM}(?! (?:{AUX}|se|s’)))?",
    # when, where, how — hier jeudi · depuis mars 2018 · à Vladivostok · déjà
    "ADVERBIAL": r"(?:{DATE_PREP} )?⟦DATE:\d+⟧|{PLACE_PREP} ⟦LOC:\d+⟧|{ADVERB}",
    "SEP": r",? ",
    # any number of adverbials, each after a space (or a comma)
    "ADVERBIALS": r"(?:{SEP}(?:{ADVERBIAL}))*",
    # adverbials before the subject — Hier, à Pékin, X …
    "FRONTED": r"(?:(?:{ADVERBIAL}){SEP})*",
    # the verbs
    "MEETS": r"{AUX}(?: {ADVERB})* {MET}|{MEETS_NOW}",
    "MEET_EACH_OTHER": r"se (?:sont|étaient)(?: {ADVERB})* {MET_EACH_OTHER}|{MEET_EACH_OTHER_NOW}",
    "MEETS_WITH": r"s’(?:est|était)(?: {ADVERB})* {MET_WITH}|{MEETS_WITH_NOW}",
    "WAS_RECEIVED": r"(?:a|avait) été(?: {ADVERB})* {RECEIVED}",
    # a meeting noun (with one adjective), or celle/celui standing for one
    "MEETING": r"{MEETING_NOUN}(?: {ADJECTIVE})?|{REFERS_BACK}",
    "ADJECTIVE": ADJ,
    "HELD": r"(?:{SEP}(?:{HELD_VERB}))?",
    # the named groups of a shape: who meets whom
    "SUBJECTS": r"{PEOPLE}",
    "OBJECTS": r"{ITEMS}",
}
# Pieces that bring their own space, and the groups a shape names.
_SPACED = {"ADVERBIALS", "HELD"}
_GROUPS = {"SUBJECTS": "subjects", "OBJECTS": "objects", "MEETING": "meeting"}


@dataclass(frozen=True)
class Construction:
    """One way of saying "they met": a name, an example and a shape of pieces.

    ``swap``: the OBJECTS are the hosts (*X a été reçu par Y*: Y met X).
    """

    name: str
    example: str
    shape: str
    swap: bool = False

    @property
    def regex(self) -> re.Pattern[str]:
        """The shape compiled to one regular expression (long: print the shape instead)."""
        return _compile(self.shape)


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction("each other", "X et Y se sont rencontrés",
                 "FRONTED SUBJECTS ADVERBIALS MEET_EACH_OTHER ADVERBIALS"),
    Construction("verb", "X a rencontré (quatre fois) Y",
                 "FRONTED SUBJECTS ADVERBIALS MEETS ADVERBIALS OBJECTS ADVERBIALS"),
    Construction("verb + avec", "X s’est entretenu avec Y",
                 "FRONTED SUBJECTS ADVERBIALS MEETS_WITH ADVERBIALS avec OBJECTS ADVERBIALS"),
    Construction("passive", "X a été reçu par Y",
                 "FRONTED SUBJECTS ADVERBIALS WAS_RECEIVED ADVERBIALS par OBJECTS ADVERBIALS",
                 swap=True),
    Construction("noun + entre", "la rencontre entre X et Y",
                 "MEETING ADVERBIALS entre SUBJECTS ADVERBIALS HELD ADVERBIALS"),
    Construction("noun + de/avec", "la rencontre de X avec Y",
                 "MEETING de SUBJECTS avec OBJECTS ADVERBIALS HELD ADVERBIALS"),
)


def words(name: str) -> tuple[str, ...]:
    """The words of a list of :data:`WORDS`, sorted (nationalities: from the gazetteer).

    >>> words("NATIONALITY")[:3], len(words("TITLE_WORD")) > 100
    (('afghan', 'afghane', 'afghanes'), True)
    """
    if name == "NATIONALITY":
        return tuple(sorted(gazetteer().demonyms))
    return tuple(sorted(WORDS[name]))


@depends_on_gazetteer
@cache
def _words(name: str) -> str:
    """A word list as a regex: whole words, any case, the longest first."""
    listed = sorted(words(name), key=lambda w: (-len(w), w))
    whole = "|".join(re.escape(w) for w in listed if not w.endswith("’"))
    elided = "|".join(re.escape(w) for w in listed if w.endswith("’"))  # l’ before a word
    parts = [f"(?:{whole})(?![\\w’-])"] if whole else []
    if elided:
        parts.append(elided)
    return r"(?<![\w-])(?i:" + "|".join(parts) + ")"


def expand(name: str) -> str:
    """The full regular expression of a piece or a word list (its pieces put in).

    >>> person = expand("PERSON")
    >>> [bool(re.fullmatch(person, s)) for s in ("le président chinois ⟦PER:3⟧",
    ...                                          "l’ex-président ⟦PER:3⟧", "la ⟦LOC:0⟧")]
    [True, True, False]
    """
    if name in WORDS:
        return _words(name)
    return "(?:" + re.sub(r"\{([A-Z_]+)\}", lambda m: expand(m[1]), PIECES[name]) + ")"


@depends_on_gazetteer
@cache
def _compile(shape: str) -> re.Pattern[str]:
    parts: list[str] = []
    previous = ""
    for token in shape.split():
        if parts and token not in _SPACED and previous != "FRONTED":
            parts.append(PIECES["SEP"])
        piece = expand(token) if token in PIECES else re.escape(token) + r"(?![\w’-])"
        parts.append(f"(?P<{_GROUPS[token]}>{piece})" if token in _GROUPS else piece)
        previous = token
    return re.compile("".join(parts))


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
    """The sentence with each mention (or date) replaced by its slot ``⟦LABEL:i⟧``.

    ``mentions`` are sorted, do not overlap, and lie in the sentence, which
    starts at ``offset`` in the text.

    >>> s = "Kim Jong-un a rencontré quatre fois Xi Jinping depuis mars 2018."
    >>> pattern_string(s, [Mention("Kim Jong-un", 0, 11, "PER"),
    ...                    Mention("Xi Jinping", 36, 46, "PER"),
    ...                    Mention("mars 2018", 54, 63, "DATE")])
    '⟦PER:0⟧ a rencontré quatre fois ⟦PER:1⟧ depuis ⟦DATE:2⟧.'
    """
    out, at = [], offset
    for i, m in enumerate(mentions):
        out.append(sentence[at - offset:m.start - offset])
        out.append(f"⟦{m.label or 'MISC'}:{i}⟧")
        at = m.end
    out.append(sentence[at - offset:])
    return "".join(out)


def _slots(text: str, label: str) -> list[int]:
    return [int(i) for i in re.findall(rf"⟦{label}:(\d+)⟧", text)]


def _objects(text: str) -> list[tuple[int, int | None]]:
    """``(slot, times)`` of each person in an OBJECTS group."""
    count = re.compile(expand("COUNT"))
    found = []
    for item in re.finditer(expand("ITEM"), text):
        counted = count.search(item[0])
        times = number(re.search(rf"\d+|{_words('NUMBER')}", counted[0])[0]) if counted else None
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
    if not meeting or not re.fullmatch(_words("REFERS_BACK"), meeting):
        return False
    return re.search(_words("MEETING_NOUN"), pattern[:match.start()]) is None


def _when_and_where(match: str, slots: list[Mention], published: str | None
                    ) -> tuple[str | None, bool, str | None]:
    """The date (resolved), whether it is "since", and the place of a match."""
    date, since, place = None, False, None
    dates = _slots(match, "DATE")
    if dates:
        found = slots[dates[0]].text
        date = resolve_date(found, published) if published else found
        since = re.search(rf"(?i:depuis) ⟦DATE:{dates[0]}⟧", match) is not None
    at = re.search(rf"{_words('PLACE_PREP')} ⟦LOC:(\d+)⟧", match)
    if at:
        m = slots[int(at[1])]
        place = m.entity or m.text
    return date, since, place


def _sentence_slots(text: str, start: int, end: int, linked: list[Mention],
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
        raise TypeError(f"relations() needs a text (str or Document), got {type(doc).__name__}")
    return text, link_mentions(extract_entities(text) if mentions is None else mentions)


def _sentences(text: str, linked: list[Mention]
               ) -> Iterator[tuple[int, str, list[Mention]]]:
    """``(index, pattern string, slots)`` of each sentence, spaces made single."""
    dates = find_dates(text)
    for index, (start, end) in enumerate(sentence_spans(text)):
        slots = _sentence_slots(text, start, end, linked, dates)
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
    found: list[tuple[int, int, int, Relation]] = []
    for index, pattern, slots in _sentences(text, linked):
        if sum(m.label == "PER" for m in slots) < 2:
            continue
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
    return [r for *_, r in sorted(found, key=lambda f: f[:3])]


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
        dated = [r for r in found if r.sentence == index and r.date == value]
        label = _label(dated) if dated else _context(text[spans[index][0]:m.start], m.text)
        out[value] = Event(value, label, m.text)
    return sorted(out.values(), key=lambda e: e.date)


_SYMMETRIC = {"each other", "noun + entre"}


def _label(found: list[Relation]) -> str:
    """A short label for the meetings of one date."""
    first = found[0]
    if first.times:
        objects = ", ".join(f"{short_name(r.object)} ×{r.times}" for r in found)
        start = "from then on: " if first.since else ""
        return f"{start}{short_name(first.subject)} meets {objects}"
    a, b = short_name(first.subject), short_name(first.object)
    said = f"{a} and {b} meet" if first.construction in _SYMMETRIC else f"{a} meets {b}"
    return said + (f" at {first.place}" if first.place else "")


def _context(before: str, date: str, words: int = 7) -> str:
    """The date after the last words of its clause: what the date is about."""
    clause = re.split(r"[,;:()«»]", before)[-1].split()
    return ("…" if len(clause) > words else "") + " ".join([*clause[-words:], date])
