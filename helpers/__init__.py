"""Helpers for the French text-analysis kit.

The public names, imported from the modules that define them. ``import helpers`` stays fast:
heavy libraries (NLTK, spaCy, matplotlib) load only when a lesson needs them.

>>> from helpers import load_article, tokenize
>>> tokenize("L’objectif était clair.")
['L’', 'objectif', 'était', 'clair', '.']
>>> load_article().meta["language"]
'fr'
"""

from .check import setup_check
from .display_mode import projector
from .entities.extraction import Mention, extract_entities
from .reporting import report
from .session import install as _install_session
from .text.corpus import Document, load_article, load_file, load_text
from .text.lexicon import unknown_words
from .text.normalization import normalize
from .text.sentence_split import sentences
from .text.tokens import Token, token_spans, tokenize

# Every module above is light: NLTK, spaCy, matplotlib and wordfreq load inside the
# functions that need them, so `import helpers` stays fast (tests/test_kit.py).
__all__ = [
    "Document",
    "Mention",
    "Token",
    "extract_entities",
    "load_article",
    "load_file",
    "load_text",
    "normalize",
    "projector",
    "report",
    "sentences",
    "setup_check",
    "token_spans",
    "tokenize",
    "unknown_words",
]

# In a notebook, a NameError after a kernel restart says which cells to run (IPython only).
_install_session()
del _install_session
