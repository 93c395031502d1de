"""The patterns that find meetings: word lists, named pieces and constructions.

A *pattern string* is a sentence where every mention and every date is a typed
slot (``⟦PER:0⟧``, ``⟦LOC:3⟧``, ``⟦DATE:2⟧``, see :func:`pattern_string`). A
:class:`Construction` reads the words around the slots; its *shape* is a line of
named pieces (:data:`PIECES`) and plain words, and the pieces are made of word
lists (:data:`WORDS`, from ``helpers/data/meeting_words.tsv``).
:mod:`helpers.entities.relation_extraction` runs them.

>>> [c.name for c in CONSTRUCTIONS][:3]
['each other', 'verb', 'verb + avec']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..data_files import data_rows
from ..translation import gettext as _
from .extraction import ADJ, PERSON_CUES, Mention
from .gazetteer import depends_on_gazetteer, load_gazetteer

__all__ = ["CONSTRUCTIONS", "GROUPS", "NUMBERS", "PIECES", "WORDS", "Construction", "expand",
           "number", "pattern_string", "word_list", "words"]


@cache
def _number_words() -> dict[str, int]:
    return {word: int(value) for word, value in data_rows("number_words.tsv")}


@cache
def _word_lists() -> dict[str, tuple[str, ...]]:
    return {name: tuple(listed.split("|")) for name, listed in data_rows("meeting_words.tsv")}


#: French number words and their values (``helpers/data/number_words.tsv``).
NUMBERS: dict[str, int] = dict(_number_words())


def _titles() -> tuple[str, ...]:
    """Lesson 03's person cues and their plurals (*présidents*), sorted."""
    plurals = {w + "s" for w in PERSON_CUES if len(w) > 2 and w[-1] not in "sx." and " " not in w}
    return tuple(sorted({*PERSON_CUES, *plurals}))


def _all_words() -> dict[str, tuple[str, ...]]:
    lists = dict(_word_lists())
    return {"ARTICLE": lists.pop("ARTICLE"), "TITLE_WORD": _titles(),
            "NATIONALITY": (),  # the gazetteer's demonyms: see words("NATIONALITY")
            "NUMBER": tuple(NUMBERS), **lists}


#: The word lists the pieces are made of (matched in any case). Titles are lesson
#: 03's person cues (and their plurals); nationalities are the gazetteer's demonyms.
WORDS: dict[str, tuple[str, ...]] = _all_words()

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
#: The pieces of a shape that are named groups of its match, and their group names.
GROUPS = {"SUBJECTS": "subjects", "OBJECTS": "objects", "MEETING": "meeting"}
_SPACED = {"ADVERBIALS", "HELD"}  # pieces that bring their own space


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
        return tuple(sorted(load_gazetteer().demonyms))
    return tuple(sorted(WORDS[name]))


@depends_on_gazetteer
@cache
def word_list(name: str) -> str:
    """A word list of :data:`WORDS` as a regex: whole words, any case, the longest first.

    >>> prep = word_list("PLACE_PREP")
    >>> bool(re.fullmatch(prep, "AUX")), bool(re.search(word_list("AUX"), "chat"))
    (True, False)
    """
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
        return word_list(name)
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
        parts.append(f"(?P<{GROUPS[token]}>{piece})" if token in GROUPS else piece)
        previous = token
    return re.compile("".join(parts))


def number(word: str) -> int:
    """A French number word (or digits) as an integer.

    >>> number("quatre"), number("Deux"), number("12")
    (4, 2, 12)
    """
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word not in NUMBERS:
        raise ValueError(_("{word!r} is not a number word the kit knows: {known}")
                         .format(word=word, known=sorted(NUMBERS)))
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
