"""A text analysed once for every step: its tokens and what the steps need to know of each.

:func:`analyse` tokenizes a text and notes, for each token, its form with one
apostrophe (’), whether it starts a sentence and whether it stands in a line
written in capitals (a headline). The steps and :mod:`helpers.entities.ner` share it.

>>> doc = analyse("M. Poutine arrive. Kim l’attend.")
>>> [doc.norm[i] for i in range(len(doc.tokens)) if is_name_token(doc, i)]
['Poutine', 'Kim']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...text.tokens import Token, token_spans
from ..gazetteer import Entry
from .mention import Mention
from .words import NAME_PREFIX, NOT_NAMES

__all__ = ["Doc", "analyse", "is_acronym", "is_name_token", "mention_of", "name_tokens",
           "norm", "span"]

_ONE_APOSTROPHE = str.maketrans(dict.fromkeys("'‘ʼ", "’"))
_PUNCT_START = frozenset(".!?…«“\"—–:;()[]")
_CAPS_LINE_WORDS = 3
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def norm(token: str) -> str:
    """One apostrophe (’), as the gazetteer and the particle lists write it.

    >>> norm("l'Élysée")
    'l’Élysée'
    """
    return token.translate(_ONE_APOSTROPHE)


def is_acronym(text: str) -> bool:
    """Two capital letters or more, and no small one (*ONU*, *O.N.U.*, *MSF*).

    >>> is_acronym("ONU"), is_acronym("Onu"), is_acronym("A")
    (True, False, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


@dataclass(frozen=True)
class Doc:
    """A text with its tokens and what the steps need to know about each."""

    text: str
    tokens: tuple[Token, ...]
    norm: tuple[str, ...]  # tokens with one apostrophe
    initial: tuple[bool, ...]  # starts a sentence (or a quotation, a line)
    caps: tuple[bool, ...]  # in a line written in capitals (a headline)
    at: dict[int, int]  # start offset -> token index

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        return self.text[self.tokens[i - 1].end : self.tokens[i].start] if i else ""

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 on the same line, separated by spaces only."""
        gap = self.gap(i)
        return i > 0 and (gap == "" or gap.isspace()) and "\n" not in gap


@lru_cache(maxsize=16)
def analyse(text: str) -> Doc:
    """The analysed text (cached: the steps of one text share it).

    >>> analyse("Hier, Kim.").initial
    (True, False, False, False)
    """
    tokens = tuple(token_spans(text))
    capital_lines = _capital_lines(text)
    caps = _in_lines(tokens, capital_lines) if capital_lines else [False] * len(tokens)
    return Doc(text, tokens, tuple(norm(t.text) for t in tokens), _initial(text, tokens),
               tuple(caps), {t.start: i for i, t in enumerate(tokens)})


def _initial(text: str, tokens: Sequence[Token]) -> tuple[bool, ...]:
    """For each token, whether it starts a sentence, a quotation or a line."""
    initial = []
    for i, tok in enumerate(tokens):
        if i == 0:
            initial.append(True)
            continue
        prev = tokens[i - 1].text
        gap = text[tokens[i - 1].end : tok.start]
        initial.append(prev in _PUNCT_START or prev == "..." or "\n" in gap)
    return tuple(initial)


def _capital_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines written in capitals (headlines)."""
    lines = []
    line_start = 0
    for line in text.split("\n"):
        if len(_WORDS.findall(line)) >= _CAPS_LINE_WORDS and not any(c.islower() for c in line):
            lines.append((line_start, line_start + len(line)))
        line_start += len(line) + 1
    return lines


def _in_lines(tokens: Sequence[Token], lines: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of ``lines`` (sorted, disjoint)."""
    starts = [a for a, _ in lines]
    out = []
    for tok in tokens:
        k = bisect_right(starts, tok.start) - 1
        out.append(k >= 0 and tok.start < lines[k][1])
    return out


def is_name_token(doc: Doc, i: int) -> bool:
    """Can token i be part of a name: capitalised (or *al-…*), not a title, not in a headline?

    >>> doc = analyse("Le Premier ministre voit Mme Koné.")
    >>> [is_name_token(doc, i) for i in (1, 4, 5)]
    [False, False, True]
    """
    word = doc.norm[i]
    if doc.caps[i] or word.endswith("’"):
        return False
    if word in ("Premier", "Première") and i + 1 < len(doc.tokens) \
            and doc.norm[i + 1].startswith("ministre"):
        return False
    if word in NOT_NAMES:
        return False
    return word[:1].isupper() or bool(NAME_PREFIX.match(word))


def mention_of(doc: Doc, i: int, j: int, label: str | None = None, entry: Entry | None = None,
               rule: str = "run") -> Mention:
    """The mention covering tokens i … j-1 (typed from ``entry`` when one is given).

    >>> mention_of(analyse("Vive Kim Jong-un !"), 1, 3)
    Mention(text='Kim Jong-un', start=5, end=16, label=None, entity=None, country=None)
    """
    start, end = doc.tokens[i].start, doc.tokens[j - 1].end
    if entry is not None:
        return Mention(doc.text[start:end], start, end, entry.label, entry.name, entry.country,
                       rule)
    return Mention(doc.text[start:end], start, end, label, None, None, rule)


def span(doc: Doc, m: Mention) -> tuple[int, int]:
    """Token indices ``(i, j)`` of a mention (its first token, one past its last).

    >>> doc = analyse("Vive Kim Jong-un !")
    >>> span(doc, mention_of(doc, 1, 3))
    (1, 3)
    """
    i = doc.at[m.start]
    j = i
    while j < len(doc.tokens) and doc.tokens[j].end <= m.end:
        j += 1
    return i, j


def name_tokens(doc: Doc, m: Mention) -> int:
    """How many of a mention's tokens are name tokens (*Corée du Nord*: 2).

    >>> doc = analyse("La Corée du Nord.")
    >>> name_tokens(doc, mention_of(doc, 1, 4))
    2
    """
    i, j = span(doc, m)
    return sum(is_name_token(doc, k) for k in range(i, j))
