"""spaCy's small French NER as a peer of the rules: :func:`spacy_entities`.

spaCy is imported, and its model loaded, only when :func:`spacy_model` is first called.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ...text.checks import check_text
from ...translation import gettext as _
from .mention import Mention

__all__ = ["SPACY_MODEL", "SPACY_UNUSED", "spacy_entities", "spacy_model"]

SPACY_MODEL = "fr_core_news_sm"
#: The components of fr_core_news_sm that NER does not use: its NER has its own
#: token-to-vector layer, so loading it alone gives the same entities, faster.
SPACY_UNUSED = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


@cache
def spacy_model() -> Any:
    """spaCy's small French model with its NER only; loaded once, on first use.

    >>> spacy_model().pipe_names
    ['ner']
    """
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is in requirements.txt
        raise ImportError(_("spaCy is not installed: run pip install -r requirements.txt")) \
            from None
    try:
        return spacy.load(SPACY_MODEL, exclude=list(SPACY_UNUSED))
    except OSError:
        raise OSError(_(
            "spaCy's French model {model} is not installed: run "
            "pip install -r requirements.txt (it installs the model as a package)"
        ).format(model=SPACY_MODEL)) from None


def spacy_entities(text: str, *, straight_apostrophes: bool = False) -> list[Mention]:
    """The entities spaCy's ``fr_core_news_sm`` finds, as :class:`Mention` records.

    With ``straight_apostrophes=True`` the text is given to spaCy with ’
    replaced by ' (same length, so the offsets still point into ``text``).

    >>> [(m.text, m.label) for m in spacy_entities("Kim Jong-un a invité M. Poutine à Pyongyang.")]
    [('Kim Jong', 'PER'), ('Poutine', 'PER'), ('Pyongyang', 'LOC')]
    """
    check_text(text, "spacy_entities")
    fed = text.replace("’", "'") if straight_apostrophes else text
    doc = spacy_model()(fed)
    return [Mention(text[e.start_char : e.end_char], e.start_char, e.end_char, e.label_)
            for e in doc.ents]
