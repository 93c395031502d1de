"""Other tokenizers, to compare with the kit's in a lesson.

``PEERS`` maps a display name to a callable ``text -> list[str]``. NLTK and
spaCy are imported only when their tokenizer is first called, and all of
them work offline (no data download).

>>> PEERS["str.split"]("L’objectif était clair.")
['L’objectif', 'était', 'clair.']
>>> peer_spans("kit (helpers.tokenize)", "L’objectif était clair.")
[(0, 2), (2, 10), (11, 16), (17, 22), (22, 23)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from types import MappingProxyType
from typing import Any

from .evaluation import spans_of
from .tokens import tokenize

__all__ = ["PEERS", "peer_spans", "spacy_blank_fr"]

_FLOOR = re.compile(r"\w+|[^\w\s]")


def _floor(text: str) -> list[str]:
    return _FLOOR.findall(text)


def _split(text: str) -> list[str]:
    return text.split()


def _nltk_word_tokenize(text: str) -> list[str]:
    # word_tokenize splits sentences first (sent_tokenize), then words. Its sentence
    # splitter needs the punkt_tab download, so the kit's offline Punkt (helpers.sentences)
    # splits the sentences and word_tokenize gets one sentence at a time, as its docs intend:
    # each sentence's final full stop is then detached.
    from nltk.tokenize import word_tokenize

    from .sentences import sentences

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
    """The ``spacy.blank('fr')`` pipeline (rules only, no model), built once."""
    import spacy

    return spacy.blank("fr")


def _spacy_blank(text: str) -> list[str]:
    # spaCy keeps runs of extra whitespace as tokens; they are not words.
    return [t.text for t in spacy_blank_fr().tokenizer(text) if not t.is_space]


PEERS: MappingProxyType[str, Callable[[str], list[str]]] = MappingProxyType(
    {
        "str.split": _split,
        r"regex \w+|[^\w\s]": _floor,
        "NLTK word_tokenize": _nltk_word_tokenize,
        "NLTK Toktok": _nltk_toktok,
        "spaCy blank('fr')": _spacy_blank,
        "kit (helpers.tokenize)": tokenize,
    }
)


def peer_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens that peer ``name`` finds in ``text``."""
    return spans_of(text, PEERS[name](text))
