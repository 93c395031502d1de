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
    "Mention",
    "Token",
    "extract_entities",
    "load_article",
    "load_file",
    "load_text",
    "normalize",
    "report",
    "sentences",
    "setup_check",
    "token_spans",
    "tokenize",
    "unknown_words",
]

# These share their name with their module: import them now, so that the
# name stays the function even after another module imports the submodule.
from .normalize import normalize
from .report import report
from .sentences import sentences

# In a notebook, a NameError after a kernel restart says which cells to run (IPython only).
from .session import install as _install_session

_install_session()
del _install_session

# public name -> module that defines it (imported on first use)
_WHERE = {
    "Document": "corpus",
    "load_article": "corpus",
    "load_file": "corpus",
    "load_text": "corpus",
    "Token": "tokens",
    "tokenize": "tokens",
    "token_spans": "tokens",
    "unknown_words": "lexicon",
    "setup_check": "check",
    "Mention": "entities",
    "extract_entities": "entities",
}

if TYPE_CHECKING:  # pragma: no cover - for editors and type checkers only
    from .corpus import Document, load_article, load_file, load_text
    from .entities import Mention, extract_entities
    from .lexicon import unknown_words
    from .normalize import normalize
    from .report import report
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
