"""Checkpoints: the variables a lesson's exercises need, rebuilt in one call.

After a kernel restart, or for a student who skipped cells, the cell at the start of a
lesson's exercises gives back what the lesson's cells computed, under the same names:

>>> text, tokens = checkpoint_01()
>>> tokens[:4]
['Les', 'dirigeants', 'russe', 'Vladimir']

Each function returns a named tuple, unpacked in the notebook; nothing is set behind the
student's back. In a notebook it also says what it did: whether the lesson's variables were
already there and the same (a run from the top), or rebuilt (after a restart, or when a
student's own values differ). A lesson's saved output thus records that its checkpoint gives
back the lesson's own values, and strict nbval checks it at every run, in both editions.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from .entities.extraction import Mention
from .text.corpus import SEEDS, Document, load_article, load_file
from .text.tokens import tokenize
from .translation import ngettext

_T = TypeVar("_T")


def _same(a: Any, b: Any) -> bool:
    try:
        return type(a) is type(b) and bool(a == b)
    except Exception:  # a value whose == raises is not the same
        return False


def _report(names: tuple[str, ...], values: tuple[Any, ...]) -> None:
    """In IPython, print whether the notebook's variables already held the checkpoint's values."""
    ipython = sys.modules.get("IPython")  # never import IPython: outside it, say nothing
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    space = shell.user_ns
    listed = ", ".join(names)
    differ = [n for n, v in zip(names, values, strict=True)
              if n in space and not _same(space[n], v)]
    if all(n in space for n in names) and not differ:
        print(ngettext("Checkpoint: {names} already holds the lesson's value; nothing changes.",
                       "Checkpoint: {names} already hold the lesson's values; nothing changes.",
                       len(names)).format(names=listed))
        return
    print(ngettext("Checkpoint: {names} rebuilt with the lesson's value.",
                   "Checkpoint: {names} rebuilt with the lesson's values.",
                   len(names)).format(names=listed))
    if differ:
        print(ngettext("Your own {names} differed: replaced by the lesson's.",
                       "Your own {names} differed: replaced by the lesson's.",
                       len(differ)).format(names=", ".join(differ)))


def _reporting(*names: str) -> Callable[[Callable[[], _T]], Callable[[], _T]]:
    """Make a checkpoint say what it did, in a notebook (its value is unchanged)."""
    def wrap(function: Callable[[], _T]) -> Callable[[], _T]:
        @functools.wraps(function)
        def checkpoint() -> _T:
            value = function()
            fields = getattr(value, "_fields", None)
            _report(tuple(fields or names), tuple(value) if fields else (value,))
            return value
        return checkpoint
    return wrap


class Lesson01(NamedTuple):
    text: str
    tokens: list[str]


class Lesson02(NamedTuple):
    doc: Document
    tokens: list[str]


class Lesson03(NamedTuple):
    doc: Document
    tokens: list[str]


class Lesson04(NamedTuple):
    text: str
    gold: list[Mention]
    spacy_mentions: list[Mention]
    published: str


class Lesson05(NamedTuple):
    doc: Document
    patterns: list[str]


class Lesson06(NamedTuple):
    doc: Document
    novel: Document


@_reporting("doc")
def checkpoint_00() -> Document:
    """Lesson 00: ``doc``, the article.

    >>> len(checkpoint_00().paragraphs) > 1
    True
    """
    return load_article()


@_reporting()
def checkpoint_01() -> Lesson01:
    """Lesson 01: ``text`` (the article) and ``tokens`` (the kit's tokens of it).

    >>> text, tokens = checkpoint_01()
    >>> text.startswith(tokens[0])
    True
    """
    text = load_article().text
    return Lesson01(text, tokenize(text))


@_reporting()
def checkpoint_02() -> Lesson02:
    """Lesson 02: ``doc`` (the article) and ``tokens``.

    >>> doc, tokens = checkpoint_02()
    >>> tokens == tokenize(doc.text)
    True
    """
    doc = load_article()
    return Lesson02(doc, tokenize(doc.text))


@_reporting()
def checkpoint_03() -> Lesson03:
    """Lesson 03: ``doc`` (the article, for its paragraphs) and ``tokens``.

    >>> doc, tokens = checkpoint_03()
    >>> "péninsule" in tokens
    True
    """
    doc = load_article()
    return Lesson03(doc, tokenize(doc.text))


@_reporting()
def checkpoint_04() -> Lesson04:
    """Lesson 04: ``text``, the ``gold`` mentions, ``spacy_mentions`` (spaCy on ``text``)
    and the date the article was ``published``. Loads spaCy's model: a few seconds.

    >>> state = checkpoint_04()
    >>> state.published, state.gold[0].text
    ('2019-04-26', 'Vladimir Poutine')
    """
    from .entities import load_gold_entities, spacy_entities

    doc = load_article()
    return Lesson04(doc.text, load_gold_entities(), spacy_entities(doc.text),
                    doc.meta["publication_date"])


@_reporting()
def checkpoint_05() -> Lesson05:
    """Lesson 05: ``doc`` (the article) and ``patterns``, its sentences as pattern strings.

    >>> doc, patterns = checkpoint_05()
    >>> "⟦PER:" in patterns[10]
    True
    """
    from .entities.relation_extraction import pattern_strings

    doc = load_article()
    return Lesson05(doc, pattern_strings(doc))


@_reporting()
def checkpoint_06() -> Lesson06:
    """Lesson 06: ``doc``, the flood story (``seeds/other_text.txt``, not a text you chose),
    and ``novel``, the novel excerpt.

    >>> doc, novel = checkpoint_06()
    >>> doc.source, novel.source
    ('other_text.txt', 'novel_excerpt.txt')
    """
    return Lesson06(load_file(SEEDS / "other_text.txt"), load_file(SEEDS / "novel_excerpt.txt"))
