"""Words in context: where a word occurs (KWIC, dispersion) and with whom (collocations).

The three tools of a concordancer such as AntConc. Plain data in and out;
NLTK is imported only by :func:`collocations`.

>>> from helpers import load_article
>>> print(concordance(kwic(load_article(), "péninsule", width=4)))
la dénucléarisation de la [péninsule] coréenne. L’objectif
la dénucléarisation de la [péninsule] coréenne a occupé une
           la crise de la [péninsule] coréenne. En effet
  détente observée sur la [péninsule] coréenne depuis début 2018
         une paix dans la [péninsule] coréenne, se trouve
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..text.collation import did_you_mean, french_key
from ..text.normalization import fold_accents, normalize
from ..text.stopwords import stopword_set
from ..text.tokens import token_spans, tokenize
from ..translation import gettext as _
from .counts import check_tokens, is_word

__all__ = ["MEASURES", "Collocation", "KwicLine", "collocations", "concordance", "dispersion",
           "kwic", "paragraph_starts", "similar_words"]

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class KwicLine:
    """One line of a concordance: ``left[keyword]right``, at token ``position``.

    ``left + keyword + right`` is the text around the occurrence, spaces
    included (each run of whitespace shown as one space).
    """

    left: str
    keyword: str
    right: str
    position: int

    def format(self, width: int | None = None) -> str:
        """The line, with at most ``width`` characters of context on each side, aligned."""
        left, right = self.left, self.right
        if width is not None:
            left = left if len(left) <= width else "…" + left[len(left) - width + 1:]
            right = right if len(right) <= width else right[:width - 1] + "…"
        return f"{left.rjust(width or 0)}[{self.keyword}]{right}".rstrip()

    def __str__(self) -> str:
        return self.format()


def _query(word: str) -> tuple[list[str], bool]:
    """The tokens to look for, and whether the last one is a prefix (``sanction*``)."""
    if not isinstance(word, str):
        raise TypeError(_("kwic() needs the word to find as a str, got {kind}").format(
            kind=type(word).__name__))
    word = word.strip()
    prefix = word.endswith("*")
    wanted = [normalize(t) for t in tokenize(word.rstrip("*"))]
    return wanted, prefix and bool(wanted)


def _matches(keys: list[str], wanted: list[str], prefix: bool) -> list[int]:
    size = len(wanted)
    found = []
    for i in range(len(keys) - size + 1):
        if keys[i:i + size - 1] != wanted[:-1]:
            continue
        last = keys[i + size - 1]
        if last == wanted[-1] or (prefix and last.startswith(wanted[-1])):
            found.append(i)
    return found


def kwic(tokens_or_text: Any, word: str, width: int = 6) -> list[KwicLine]:
    """Every occurrence of ``word`` with ``width`` tokens of context on each side.

    ``tokens_or_text`` is a text (str or Document: the context keeps its
    spacing) or a list of tokens (joined with spaces). ``word`` may be a
    phrase (``"péninsule coréenne"``); a final ``*`` matches any ending
    (``"sanction*"``). Case and the kind of apostrophe are ignored; so are accents,
    when the word so written is not in the text (``"pekin"`` finds Pékin, but
    ``"a"`` finds the verb only, not ``à``). Every other character is taken
    literally, so ``"(.*"`` is just looked for, not a pattern. No match gives an
    empty list (:func:`similar_words` then says what the text has instead).

    >>> from helpers import load_article
    >>> [line.keyword for line in kwic(load_article(), "sanction*")]
    ['sanctions', 'sanctions']
    >>> [line.keyword for line in kwic(load_article(), "pekin")]
    ['Pékin', 'Pékin']
    >>> kwic(load_article(), "Washington (.*")
    []
    """
    text = getattr(tokens_or_text, "text", tokens_or_text)
    if isinstance(text, str):
        spans = token_spans(text)
        surface = [t.text for t in spans]
    else:
        surface, spans = check_tokens(text, "kwic"), None
    wanted, prefix = _query(word)
    if not wanted or width < 0:
        return []
    keys = [normalize(t) for t in surface]
    found = _matches(keys, wanted, prefix)
    if not found:  # "pekin": accents count only when the text has the word as written
        found = _matches([fold_accents(k) for k in keys], [fold_accents(w) for w in wanted],
                         prefix)
    size = len(wanted)
    lines = []
    for i in found:
        j, k = max(i - width, 0), min(i + size + width, len(surface))
        if spans is None:
            left, hit, right = (" ".join(surface[a:b]) for a, b in ((j, i), (i, i + size),
                                                                     (i + size, k)))
            left, right = left + " " * bool(left), " " * bool(right) + right
        else:
            cut = [spans[j].start, spans[i].start, spans[i + size - 1].end, spans[k - 1].end]
            left, hit, right = (_SPACES.sub(" ", text[a:b]) for a, b in itertools.pairwise(cut))
        lines.append(KwicLine(left, hit, right, i))
    return lines


def concordance(lines: Iterable[KwicLine], width: int | None = None) -> str:
    """The lines as text, keywords in brackets and aligned, one line per occurrence.

    ``width`` cuts the context to that many characters on each side (marked
    with …); by default the whole context is shown.

    >>> lines = kwic("Moscou prône un dialogue avec Pyongyang sur la base", "dialogue")
    >>> print(concordance(lines, width=12))
    …u prône un [dialogue] avec Pyong…
    """
    lines = list(lines)
    if width is not None:
        return "\n".join(line.format(width) for line in lines)
    align = max((len(line.left) for line in lines), default=0)
    return "\n".join(f"{line.left.rjust(align)}[{line.keyword}]{line.right}".rstrip()
                     for line in lines)


def dispersion(tokens: Iterable[str], words: Iterable[str]) -> dict[str, list[int]]:
    """The token positions of each of ``words`` (case and apostrophes ignored; accents
    too, for a word the tokens do not have as written, as in :func:`kwic`).

    >>> dispersion(["Kim", "a", "vu", "Pékin", "et", "kim"], ["Kim", "pekin", "Trump"])
    {'Kim': [0, 5], 'pekin': [3], 'Trump': []}
    """
    if isinstance(words, str):
        words = [words]
    keys = [normalize(t) for t in check_tokens(tokens, "dispersion")]
    positions: dict[str, list[int]] = {}
    for w in words:
        k = normalize(w)
        positions[w] = [i for i, key in enumerate(keys) if key == k]
        if not positions[w]:
            bare = fold_accents(k)
            positions[w] = [i for i, key in enumerate(keys) if fold_accents(key) == bare]
    return positions


def similar_words(tokens_or_text: Any, word: str, n: int = 3) -> list[str]:
    """Words (or phrases, for a phrase) of the text close to ``word``: "did you mean …?".

    For a search that :func:`kwic` finds nothing for; accents and case are
    ignored. A prefix (``"sanktion*"``) gets no suggestion.

    >>> from helpers import load_article
    >>> similar_words(load_article(), "Pyongyan"), similar_words(load_article(), "Vladivostock")
    (['Pyongyang'], ['Vladivostok'])
    >>> similar_words(load_article(), "péninsule coréene")
    ['péninsule coréenne']
    >>> similar_words(load_article(), "Atlantide")
    []
    """
    if not isinstance(word, str):
        raise TypeError(_("similar_words() needs a word as a str, got {kind}").format(
            kind=type(word).__name__))
    text = getattr(tokens_or_text, "text", tokens_or_text)
    tokens = tokenize(text) if isinstance(text, str) else check_tokens(text, "similar_words")
    size = len(tokenize(word))
    if word.strip().endswith("*") or size == 0:
        return []
    phrases = (tokens[i:i + size] for i in range(len(tokens) - size + 1))
    return did_you_mean(word, (" ".join(p) for p in phrases if all(map(is_word, p))), n=n)


def paragraph_starts(paragraphs: Iterable[str]) -> list[int]:
    """The token position where each paragraph starts (for a dispersion plot).

    >>> paragraph_starts(["Kim est arrivé.", "Poutine aussi."])
    [0, 4]
    """
    starts, position = [], 0
    for paragraph in getattr(paragraphs, "paragraphs", paragraphs):
        starts.append(position)
        position += len(tokenize(paragraph))
    return starts


# --------------------------------------------------------------------------- collocations

#: Association measures: name -> NLTK BigramAssocMeasures method.
MEASURES = {"pmi": "pmi", "likelihood": "likelihood_ratio", "chi2": "chi_sq",
            "frequency": "raw_freq"}


@dataclass(frozen=True)
class Collocation:
    """A pair of adjacent words, how often it occurs and its association score."""

    words: tuple[str, str]
    count: int
    score: float

    def __str__(self) -> str:
        return f"{' '.join(self.words):<28} ×{self.count:<3} {self.score:8.2f}"


def collocations(
    tokens: Iterable[str],
    measure: str = "pmi",
    min_freq: int = 2,
    n: int = 10,
    *,
    stopwords: bool | Iterable[str] = False,
) -> list[Collocation]:
    """The ``n`` best-scored bigrams seen at least ``min_freq`` times (ties alphabetically).

    Uses NLTK's ``BigramCollocationFinder`` on casefolded tokens. Pairs with
    punctuation (or, if asked, a stopword) are left out after counting, so no
    pair is ever made across a comma. ``measure`` is one of :data:`MEASURES`.

    >>> from helpers import load_article
    >>> tokens = tokenize(load_article().text)
    >>> [" ".join(c.words) for c in collocations(tokens, "pmi", min_freq=2, n=3)]
    ['corée du', 'sanctions internationales', 'vladimir poutine']
    >>> collocations(tokens, min_freq=99)
    []
    """
    if measure not in MEASURES:
        raise ValueError(_("measure must be one of {measures}, got {measure}").format(
            measures=sorted(MEASURES), measure=repr(measure)))
    tokens = check_tokens(tokens, "collocations")
    forms = {t: normalize(t) for t in dict.fromkeys(tokens)}  # once per type, not per token
    words = [forms[t] for t in tokens]
    if n <= 0 or len(words) < 2:
        return []
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    stops = stopword_set(stopwords)
    finder = BigramCollocationFinder.from_words(words)
    finder.apply_freq_filter(max(min_freq, 1))
    finder.apply_word_filter(lambda w: not is_word(w) or w in stops)
    score = getattr(BigramAssocMeasures, MEASURES[measure])
    scored = [(pair, round(s, 9)) for pair, s in finder.score_ngrams(score) if math.isfinite(s)]
    scored.sort(key=lambda ps: (-ps[1], [french_key(w) for w in ps[0]]))
    return [Collocation(pair, finder.ngram_fd[pair], s) for pair, s in scored[:n]]
