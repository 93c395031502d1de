"""What is special about a text: keyness against general French, tf-idf across paragraphs.

Both compare frequencies: the article's with French at large (wordfreq's
French list, installed with the kit), or each paragraph's with the others.
wordfreq is imported only when :func:`keyness` is called.

>>> from helpers import load_article
>>> [list(scores)[0] for scores in tfidf_by_paragraph(load_article())][-1]
'président'
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..text.normalization import normalize
from ..text.tokens import tokenize
from ..translation import gettext as _
from .counts import Form, count, is_word, most_common

__all__ = ["FLOOR", "Keyword", "keyness", "tfidf_by_paragraph"]

#: Frequency given to words general French has never seen (Zipf 1: once in 100 million words).
FLOOR = 1e-8


@dataclass(frozen=True)
class Keyword:
    """How much more often a word occurs here than in general French."""

    word: str
    count: int
    per_million: float  # here
    french_per_million: float  # in general French (wordfreq)
    log_ratio: float  # log2(here / French): +1 = twice as frequent here

    def __str__(self) -> str:
        return _("{word} ×{count} {here} per million here {french} in French  log2 ratio {ratio}"
                 ).format(word=f"{self.word:<16}", count=f"{self.count:<3}",
                          here=f"{self.per_million:>9,.0f}",
                          french=f"{self.french_per_million:>9,.1f}",
                          ratio=f"{self.log_ratio:+.1f}")


def keyness(
    counts: Mapping[str, int],
    reference: str = "wordfreq-fr",
    *,
    min_count: int = 2,
    n: int | None = 10,
) -> list[Keyword]:
    """Words far more frequent in ``counts`` than in general French, most key first.

    The score is the log ratio of the two relative frequencies. General
    French is wordfreq's French list; a word it does not know gets
    :data:`FLOOR`. Only words counted ``min_count`` times or more are scored,
    so that one-off words do not fill the list.

    >>> from helpers import load_article
    >>> from helpers.frequency import count
    >>> counts = count(tokenize(load_article().text), casefold=True, punctuation=False)
    >>> [k.word for k in keyness(counts, n=3)]
    ['dénucléarisation', 'pyongyang', 'jong-un']
    """
    if reference != "wordfreq-fr":
        raise ValueError(_("reference must be 'wordfreq-fr' (general French), got {reference}")
                         .format(reference=repr(reference)))
    from wordfreq import word_frequency

    total = sum(counts.values())
    scored: dict[str, Keyword] = {}
    for word, c in counts.items():
        if c < min_count or not is_word(word):
            continue
        here = c / total
        french = max(word_frequency(normalize(word), "fr"), FLOOR)
        ratio = round(math.log2(here / french), 9)
        scored[word] = Keyword(word, c, here * 1e6, french * 1e6, ratio)
    ranked = most_common({w: k.log_ratio for w, k in scored.items()}, n)
    return [scored[w] for w, _ in ranked]


def tfidf_by_paragraph(
    doc: Any,
    *,
    form: Form = "lemma",
    stopwords: bool | Iterable[str] = True,
) -> list[dict[str, float]]:
    """tf-idf of each word in each paragraph: high = frequent here, rare elsewhere.

    ``doc`` is a Document or a list of paragraph strings. tf = count / words in
    the paragraph; idf = ln(paragraphs / paragraphs with the word), so a word
    found in every paragraph scores 0. Words are casefolded, punctuation is
    left out. Each dict lists its words best first (ties alphabetically).

    >>> from helpers import load_article
    >>> scores = tfidf_by_paragraph(load_article())
    >>> list(scores[4])[:2], [paragraph["kim"] for paragraph in scores]  # Kim: in all five
    (['président', 'allègement'], [0.0, 0.0, 0.0, 0.0, 0.0])
    """
    paragraphs = getattr(doc, "paragraphs", doc)
    if isinstance(paragraphs, str) or not isinstance(paragraphs, Sequence):
        raise TypeError(_("tfidf_by_paragraph() needs a Document or a list of paragraphs (str)"))
    counts = [count(tokenize(p), stopwords=stopwords, casefold=True, punctuation=False,
                    form=form) for p in paragraphs]
    df = Counter(word for c in counts for word in c)
    out = []
    for c in counts:
        size = sum(c.values())
        scores = {w: round(n / size * math.log(len(counts) / df[w]), 9) for w, n in c.items()}
        out.append(dict(most_common(scores)))
    return out
