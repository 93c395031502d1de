"""Helpers for the French text-analysis kit.

The public names are imported lazily, so ``import helpers`` stays fast and
heavy libraries (NLTK, spaCy, matplotlib) load only when a lesson needs them.

>>> from helpers import load_article, tokenize
>>> tokenize("L’objectif était clair.")
['L’', 'objectif', 'était', 'clair', '.']
>>> load_article().meta["language"]
'fr'
"""

from importlib import import_module
from typing import TYPE_CHECKING

__all__ = [
    "Document",
    "Token",
    "load_article",
    "load_text",
    "normalize",
    "sentences",
    "setup_check",
    "token_spans",
    "tokenize",
    "unknown_words",
]

# public name -> module that defines it
_WHERE = {
    "Document": "corpus",
    "load_article": "corpus",
    "load_text": "corpus",
    "Token": "tokens",
    "tokenize": "tokens",
    "token_spans": "tokens",
    "sentences": "sentences",
    "normalize": "normalize",
    "unknown_words": "lexicon",
    "setup_check": "check",
}

if TYPE_CHECKING:  # pragma: no cover - for editors and type checkers only
    from .corpus import Document, load_article, load_text
    from .lexicon import unknown_words
    from .normalize import normalize
    from .sentences import sentences
    from .tokens import Token, token_spans, tokenize


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
