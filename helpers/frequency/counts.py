"""Counting words: frequencies, stopwords, stems and lemmas, coverage and Zipf.

Plain data in, plain data out: lists of tokens in, ``Counter``\\s, lists and
small dataclasses out. Equal counts are always listed in French alphabetical
order (:func:`helpers.text.collation.french_key`), so the same text gives the same
output on every run. Word forms (casefolded, stem,
lemma) are computed once per distinct word (type), never once per token.
NLTK and simplemma are imported only when a function needs them. Keyness and
tf-idf are in :mod:`helpers.frequency.keywords`; KWIC and collocations in
:mod:`helpers.frequency.contexts`;
the stopword list in :mod:`helpers.text.stopwords`.

>>> from helpers import load_article, tokenize
>>> tokens = tokenize(load_article().text)
>>> most_common(count(tokens, casefold=True, punctuation=False, stopwords=True), 3)
[('coréenne', 5), ('kim', 5), ('péninsule', 5)]
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..text.collation import french_key
from ..text.normalization import normalize
from ..text.stopwords import french_stopwords, stopword_set
from ..translation import gettext as _

__all__ = [
    "FORMS",
    "ZipfFit",
    "check_tokens",
    "count",
    "coverage",
    "french_stopwords",
    "is_word",
    "most_common",
    "type_token_ratio",
    "types_for_share",
    "word_form",
    "zipf_fit",
]

Form = Literal["raw", "stem", "lemma"]
FORMS: tuple[str, ...] = ("raw", "stem", "lemma")


# --------------------------------------------------------------------------- checks


def check_tokens(tokens: object, who: str) -> list[str]:
    """``tokens`` as a list of str, or a TypeError that says what to pass instead.

    >>> check_tokens(("la", "paix"), "count")
    ['la', 'paix']
    >>> check_tokens("la paix", "count")
    Traceback (most recent call last):
      ...
    TypeError: count() needs a list of tokens, not one string (it would count characters). ...
    """
    if isinstance(tokens, str):
        raise TypeError(_(
            "{who}() needs a list of tokens, not one string (it would count characters). "
            "Tokenize first: {who}(tokenize(text)), with `from helpers import tokenize`"
        ).format(who=who))
    if isinstance(getattr(tokens, "text", None), str):
        raise TypeError(_("{who}() needs a list of tokens: try {who}(tokenize(doc.text))")
                        .format(who=who))
    if tokens is None or not isinstance(tokens, Iterable) or isinstance(tokens, Mapping):
        raise TypeError(_("{who}() needs a list of tokens (str), got {kind}").format(
            who=who, kind=type(tokens).__name__))
    tokens = list(tokens)
    for index, token in enumerate(tokens):
        if not isinstance(token, str):
            raise TypeError(_(
                "{who}() needs tokens as str, but token {index} is {kind}: {token}. Convert it "
                "with str(), or tokenize the text again with tokenize(text)"
            ).format(who=who, index=index, kind=type(token).__name__, token=f"{token!r:.40}"))
    return tokens


def is_word(token: str) -> bool:
    """True if ``token`` has a letter or a digit (a word or a number, not punctuation).

    >>> from helpers import tokenize
    >>> [t for t in tokenize("la péninsule coréenne depuis début 2018. Or,") if is_word(t)]
    ['la', 'péninsule', 'coréenne', 'depuis', 'début', '2018', 'Or']
    """
    return any(c.isalnum() for c in token)


# --------------------------------------------------------------------------- word forms


@functools.cache
def _stemmer() -> Any:
    from nltk.stem.snowball import FrenchStemmer

    return FrenchStemmer()


@functools.lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str:
    return _stemmer().stem(word)


@functools.lru_cache(maxsize=1 << 17)
def _lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="fr")


def word_form(word: str, form: Form = "raw") -> str:
    """``word`` itself (``'raw'``), its Snowball stem, or its simplemma lemma.

    Stems and lemmas are cached per word, so each distinct word is looked up once.

    >>> [word_form(w, "stem") for w in ("rencontrés", "rencontré", "rencontre")]
    ['rencontr', 'rencontr', 'rencontr']
    >>> [word_form(w, "lemma") for w in ("rencontrés", "rencontré", "rencontre")]
    ['rencontrer', 'rencontrer', 'rencontre']
    """
    if form == "raw":
        return word
    if form == "stem":
        return _stem(word)
    if form == "lemma":
        return _lemma(word)
    raise ValueError(_("form must be one of {forms}, got {form}").format(forms=FORMS,
                                                                        form=repr(form)))


# --------------------------------------------------------------------------- counting


def count(
    tokens: Iterable[str],
    *,
    stopwords: bool | Iterable[str] = False,
    casefold: bool = False,
    punctuation: bool = True,
    form: Form = "raw",
) -> Counter[str]:
    """Count ``tokens``, optionally filtered and grouped.

    - ``stopwords``: ``True`` leaves out :func:`french_stopwords`; a set leaves
      out those words. Matching ignores case and the kind of apostrophe.
    - ``casefold``: count ``Les`` and ``les`` (``L’`` and ``l'``) as one word,
      with :func:`helpers.text.normalization`.
    - ``punctuation``: ``False`` leaves out tokens without a letter or digit.
    - ``form``: ``'raw'``, ``'stem'`` (Snowball) or ``'lemma'`` (simplemma).

    >>> from helpers import load_article, tokenize
    >>> tokens = tokenize(load_article().text)
    >>> count(tokens)["de"], count(tokens, stopwords=True)["de"]
    (17, 0)
    >>> count(tokens, casefold=True, form="lemma")["rencontrer"]  # rencontrés, rencontré
    2
    >>> count([])
    Counter()
    """
    if form not in FORMS:
        raise ValueError(_("form must be one of {forms}, got {form}").format(forms=FORMS,
                                                                            form=repr(form)))
    stops = stopword_set(stopwords)
    counts: Counter[str] = Counter()
    for token, n in Counter(check_tokens(tokens, "count")).items():  # one pass per type
        if not punctuation and not is_word(token):
            continue
        folded = normalize(token) if casefold or stops else token
        if folded in stops:
            continue
        counts[word_form(folded if casefold else token, form)] += n
    return counts


def most_common(counts: Mapping[str, float], n: int | None = None) -> list[tuple[str, float]]:
    """The ``n`` most frequent items (all if ``n`` is None); equal counts alphabetically.

    ``Counter.most_common`` lists equal counts in the order they were first
    seen; this one sorts them in French alphabetical order (accents and case
    count only to break ties: Pékin before Pyongyang, États-Unis before Xi
    Jinping), so the output never depends on the order of the text. Works on
    any mapping of numbers (counts, scores).

    >>> most_common(Counter(["sanctions", "Pyongyang", "Moscou", "Pyongyang"]), 2)
    [('Pyongyang', 2), ('Moscou', 1)]
    >>> most_common(Counter(["Pyongyang", "Xi Jinping", "États-Unis", "Pékin"]))
    [('États-Unis', 1), ('Pékin', 1), ('Pyongyang', 1), ('Xi Jinping', 1)]
    """
    if n is not None and n <= 0:
        return []
    items = list(counts.items())
    if n is not None and n < len(items):  # sort only the items that can make the top n
        threshold = sorted((v for _, v in items), reverse=True)[n - 1]
        items = [(k, v) for k, v in items if v >= threshold]
    items.sort(key=lambda kv: (-kv[1], french_key(kv[0])))
    return items[:n] if n is not None else items


def type_token_ratio(tokens: Iterable[str] | Mapping[str, int]) -> float:
    """Distinct words (types) divided by words (tokens); 0.0 for nothing.

    >>> type_token_ratio(["la", "paix", "dans", "la", "péninsule"])
    0.8
    """
    counts = tokens if isinstance(tokens, Mapping) else Counter(check_tokens(tokens, "ttr"))
    total = sum(counts.values())
    return len(counts) / total if total else 0.0


def coverage(counts: Mapping[str, int]) -> list[float]:
    """Share of all tokens covered by the 1, 2, 3 … most frequent types.

    >>> coverage(Counter({"de": 2, "la": 1, "paix": 1}))
    [0.5, 0.75, 1.0]
    """
    total = sum(counts.values())
    shares, running = [], 0
    for n in sorted(counts.values(), reverse=True):  # counts only: no word to sort
        running += n
        shares.append(running / total)
    return shares


def types_for_share(counts: Mapping[str, int], share: float = 0.5) -> int:
    """How many of the most frequent types it takes to cover ``share`` of the tokens.

    >>> types_for_share(Counter({"de": 2, "la": 1, "paix": 1}), 0.5)
    1
    """
    if not 0 < share <= 1:
        raise ValueError(_("share must be between 0 and 1 (e.g. 0.5 for 50 %), got {share}")
                         .format(share=share))
    return next((i for i, s in enumerate(coverage(counts), 1) if s >= share - 1e-12), 0)


# --------------------------------------------------------------------------- Zipf


@dataclass(frozen=True)
class ZipfFit:
    """A straight line through log10(frequency) against log10(rank).

    Zipf's law predicts a slope near -1: the 2nd word is half as frequent as the 1st.
    """

    slope: float
    intercept: float
    r2: float
    n_types: int

    def predict(self, rank: float) -> float:
        """The frequency the line gives at ``rank``."""
        return 10 ** (self.intercept + self.slope * math.log10(rank))

    def __str__(self) -> str:
        return _("slope {slope} (Zipf: -1), R² {r2}, {n} types").format(
            slope=f"{self.slope:.2f}", r2=f"{self.r2:.2f}", n=self.n_types)


def zipf_fit(counts: Mapping[str, int]) -> ZipfFit:
    """Least-squares fit of log frequency on log rank (ranks 1, 2, 3 … by count).

    >>> from helpers import load_article, tokenize
    >>> print(zipf_fit(count(tokenize(load_article().text), casefold=True)))
    slope -0.66 (Zipf: -1), R² 0.90, 195 types
    """
    freqs = [n for n in sorted(counts.values(), reverse=True) if n > 0]
    if len(freqs) < 2:
        raise ValueError(_("zipf_fit() needs at least 2 different words, got {n}").format(
            n=len(freqs)))
    xs = [math.log10(rank) for rank in range(1, len(freqs) + 1)]
    ys = [math.log10(n) for n in freqs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    syy = sum((y - my) ** 2 for y in ys)
    slope = sxy / sxx
    r2 = sxy * sxy / (sxx * syy) if syy else 1.0
    return ZipfFit(slope, my - slope * mx, r2, len(freqs))
