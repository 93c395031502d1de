"""Other tokenizers, to compare with the kit's in a lesson.

``PEERS`` maps a display name to a :class:`Peer`: call it like a function
``text -> list[str]``; it also has ``tokenize`` and ``span_tokenize``, the
contract of :class:`helpers.text.tokenizer_api.Tokenizer`. NLTK and spaCy are
imported only when their tokenizer is first called, and all of them work
offline (no data download).

>>> PEERS["str.split"]("L’objectif était clair.")
['L’objectif', 'était', 'clair.']
>>> peer_spans("kit (helpers.tokenize)", "L’objectif était clair.")
[(0, 2), (2, 10), (11, 16), (17, 22), (22, 23)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from .evaluation import spans_of
from .text.tokens import tokenize

__all__ = ["PEERS", "Peer", "peer_spans", "spacy_blank_fr"]

_FLOOR = re.compile(r"\w+|[^\w\s]")


def _floor(text: str) -> list[str]:
    return _FLOOR.findall(text)


def _split(text: str) -> list[str]:
    return text.split()


def _nltk_word_tokenize(text: str) -> list[str]:
    # word_tokenize splits sentences first (sent_tokenize), then words. Its sentence
    # splitter needs the punkt_tab download, so the kit's offline Punkt
    # (helpers.text.sentence_split)
    # splits the sentences and word_tokenize gets one sentence at a time, as its docs intend:
    # each sentence's final full stop is then detached.
    from nltk.tokenize import word_tokenize

    from .text.sentence_split import sentences

    return [token for sentence in sentences(text)
            for token in word_tokenize(sentence, language="french", preserve_line=True)]


@cache
def _toktok() -> Any:
    from nltk.tokenize.toktok import ToktokTokenizer

    return ToktokTokenizer()


def _nltk_toktok(text: str) -> list[str]:
    return _toktok().tokenize(text)


@cache
def spacy_blank_fr() -> Any:
    """The ``spacy.blank('fr')`` pipeline (rules only, no model), built once.

    >>> [t.text for t in spacy_blank_fr()("l’été")]
    ['l’', 'été']
    """
    import spacy

    return spacy.blank("fr")


def _spacy_blank(text: str) -> list[str]:
    # spaCy keeps runs of extra whitespace as tokens; they are not words.
    return [t.text for t in spacy_blank_fr().tokenizer(text) if not t.is_space]


@dataclass(frozen=True)
class Peer:
    """A function ``text -> list[str]`` as a tokenizer: call it, or use its methods.

    ``span_tokenize`` aligns the tokens to the text (:func:`helpers.evaluation.spans_of`),
    since not every peer keeps the text's characters (NLTK writes a ``"`` as two backquotes).

    >>> peer = Peer(str.split)
    >>> peer("Moscou et Pyongyang"), list(peer.span_tokenize("Moscou et Pyongyang"))
    (['Moscou', 'et', 'Pyongyang'], [(0, 6), (7, 9), (10, 19)])
    """

    split: Callable[[str], list[str]]

    def __call__(self, text: str) -> list[str]:
        return self.split(text)

    def tokenize(self, text: str) -> list[str]:
        """The tokens of ``text``, as the peer writes them."""
        return self.split(text)

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` offsets in ``text`` of the tokens found in it."""
        return iter(spans_of(text, self.split(text)))


PEERS: MappingProxyType[str, Peer] = MappingProxyType(
    {
        "str.split": Peer(_split),
        r"regex \w+|[^\w\s]": Peer(_floor),
        "NLTK word_tokenize": Peer(_nltk_word_tokenize),
        "NLTK Toktok": Peer(_nltk_toktok),
        "spaCy blank('fr')": Peer(_spacy_blank),
        "kit (helpers.tokenize)": Peer(tokenize),
    }
)


def peer_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens that peer ``name`` finds in ``text``.

    >>> peer_spans("str.split", "L’objectif était clair.")
    [(0, 10), (11, 16), (17, 23)]
    """
    return list(PEERS[name].span_tokenize(text))
