"""The steps of :func:`helpers.reporting.report`, one small function each.

Each step reads what the steps before it left in a :class:`Work` and adds its
own results; :data:`RUN` names them in the order of :data:`helpers.reporting.STEPS`.
This module imports the whole pipeline, so :mod:`helpers.reporting` imports it only
when a report is made (``import helpers`` stays light).

>>> from helpers import load_text
>>> work = Work(load_text("Poutine a vu Kim Jong-un. Il pleut."), top=3)
>>> for name in ("tokens", "sentences"):
...     RUN[name](work)
>>> work.size.sentences, work.size.words
(2, 7)
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .entities.linking import countries_mentioned, entity_table, link_mentions
from .entities.ner import recognize
from .entities.network import Network, network_of
from .frequency import count, french_stopwords, most_common
from .frequency.contexts import collocations
from .frequency.keywords import keyness
from .reporting import Size
from .text.collation import french_key
from .text.corpus import Document, load_text
from .text.lexicon import lookup_key, unknown_words
from .text.sentence_split import sentence_spans
from .text.tokens import tokenize
from .translation import gettext as _

__all__ = ["RUN", "Work", "as_document"]


@dataclass
class Work:
    """The text, how many items to keep, and what each step has found so far."""

    doc: Document
    top: int
    tokens: list[str] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)
    spans: list[tuple[int, int]] = field(default_factory=list)
    size: Size | None = None
    top_lemmas: tuple[tuple[str, int], ...] = ()
    keywords: tuple[Any, ...] = ()
    collocations: tuple[Any, ...] = ()
    linked: list[Any] = field(default_factory=list)
    entities: tuple[Any, ...] = ()
    entity_counts: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    network: Network | None = None
    unknown: tuple[tuple[str, int], ...] = ()


def count_tokens(w: Work) -> None:
    """Tokens, and words counted casefolded (punctuation left out)."""
    w.tokens = tokenize(w.doc.text)
    w.words = count(w.tokens, casefold=True, punctuation=False)


def split_sentences(w: Work) -> None:
    """Sentence spans, and the size of the text."""
    text = w.doc.text
    w.spans = sentence_spans(text)
    w.size = Size(len(text), len(w.tokens), sum(w.words.values()), len(w.words), len(w.spans),
                  len(w.doc.paragraphs))


def count_lemmas(w: Work) -> None:
    """The top content lemmas: stopwords, and lemmas that are stopwords, left out."""
    stops = french_stopwords()
    lemmas = count(w.tokens, casefold=True, punctuation=False, stopwords=stops, form="lemma")
    w.top_lemmas = tuple(most_common(Counter({k: n for k, n in lemmas.items()
                                              if k not in stops}), w.top))


def find_keywords(w: Work) -> None:
    """Keyness against general French."""
    w.keywords = tuple(keyness(w.words, n=w.top))


def find_collocations(w: Work) -> None:
    """PMI bigrams seen three times or more (twice on a short text)."""
    min_freq = 3 if w.size is not None and w.size.words > 5_000 else 2
    w.collocations = tuple(collocations(w.tokens, "pmi", min_freq=min_freq, n=w.top))


def find_entities(w: Work) -> None:
    """Mentions recognised and linked; the entity table and the count by label."""
    with warnings.catch_warnings():  # the language was judged once, on loading
        warnings.filterwarnings("ignore", message="This text looks .*, not French")
        mentions = recognize(w.doc.text)
    w.linked = link_mentions(mentions)
    w.entities = tuple(entity_table(w.doc, w.linked))
    w.entity_counts = dict(sorted(Counter(m.label for m in w.linked).items()))


def count_countries(w: Work) -> None:
    """The mentions tied to each country."""
    w.countries = dict(countries_mentioned(w.doc, w.linked))


def make_network(w: Work) -> None:
    """Co-occurrence in a sentence."""
    w.network = network_of(w.linked, w.spans, "sentence")


def find_unknown(w: Work) -> None:
    """Words wordfreq does not know, with their counts (most frequent first)."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for token, n in Counter(w.tokens).items():  # first appearance order: unknown_words keeps it
        k = lookup_key(token)
        counts[k] += n
        shown.setdefault(k, token)
    unknown = [(word, counts[lookup_key(word)]) for word in unknown_words(list(shown.values()))]
    w.unknown = tuple(sorted(unknown, key=lambda wn: (-wn[1], french_key(wn[0]))))


#: Each step of the report by its name in :data:`helpers.reporting.STEPS`.
RUN: dict[str, Callable[[Work], None]] = {
    "tokens": count_tokens, "sentences": split_sentences, "lemmas": count_lemmas,
    "keyness": find_keywords, "collocations": find_collocations, "entities": find_entities,
    "countries": count_countries, "network": make_network, "unknown words": find_unknown,
}


def as_document(doc: Any) -> Document:
    """``doc`` itself, or a str loaded as a text; a TypeError for anything else.

    >>> as_document("Il pleut.").text
    'Il pleut.'
    """
    if isinstance(doc, Document):
        return doc
    if isinstance(doc, str):
        return load_text(doc)
    raise TypeError(_("report() needs a Document (load_text(path)), got {kind}").format(
        kind=type(doc).__name__))
