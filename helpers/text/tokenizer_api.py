"""The tokenizer contract: what the kit's tokenizer and every peer offer.

A tokenizer gives the tokens of a text (``tokenize``) and where they are
(``span_tokenize``: ``(start, end)`` offsets). These are the two methods of NLTK's
``nltk.tokenize.api.TokenizerI``, so NLTK's tokenizers fit the contract too. The kit's
tokenizer is the module :mod:`helpers.text.tokens` itself (its functions ``tokenize`` and
``span_tokenize``); each peer of :data:`helpers.peers.PEERS` is a
:class:`helpers.peers.Peer`.

>>> from helpers import peers
>>> from helpers.text import tokens
>>> isinstance(tokens, Tokenizer), all(isinstance(p, Tokenizer) for p in peers.PEERS.values())
(True, True)
>>> isinstance(str.split, Tokenizer)  # a bare function: no span_tokenize
False
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

__all__ = ["Tokenizer"]


@runtime_checkable
class Tokenizer(Protocol):
    """Anything with ``tokenize(text) -> list[str]`` and ``span_tokenize(text)``."""

    def tokenize(self, text: str) -> list[str]:
        """The tokens of ``text``, in order."""
        ...

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` offsets of the tokens of ``text``, in order."""
        ...
