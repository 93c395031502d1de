"""Split French text into sentences with NLTK's Punkt, entirely offline.

Punkt usually loads parameters trained on a corpus (the ``punkt_tab`` data).
The kit builds them in code instead: French abbreviations that a period does
not end (``M.``, ``Mme``, ``av. J.-C.`` …), frequent sentence starters, and a
few light rules applied after Punkt (see sentence_spans). NLTK is imported
only when a function is called.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .abbreviations import load_abbreviations
from .checks import check_text

if TYPE_CHECKING:  # pragma: no cover
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "FRENCH_ABBREVIATIONS",
    "french_punkt",
    "sentence_spans",
    "sentences",
    "train_punkt",
]

# Lower case and without the final period, as Punkt stores them (data/abbreviations.tsv).
# "etc" is left out on purpose: it often ends a sentence, and a sentence that goes on
# after it goes on in lower case (see _OPEN_END).
FRENCH_ABBREVIATIONS = frozenset(a.form.lower() for a in load_abbreviations() if a.punkt)
# Words that often start a sentence: after an abbreviation or an ellipsis,
# one of them with a capital letter starts a new sentence (Punkt's heuristic).
SENTENCE_STARTERS = frozenset(
    """
    le la les un une des du de il elle ils elles on je nous vous ce cette ces cela
    mais et en dans pour par sur avec au aux après avant depuis selon lors si
    quand comme cependant pourtant ainsi enfin puis alors toutefois donc or
    son sa ses leur leurs mon ma mes notre nos votre vos tout tous toute toutes
    à
    """.split()
)
# A sentence never ends on a title (M. Poutine) or on initials (E.E. Smith),
# but it may end on J.-C.
_TITLES = "|".join(re.escape(a.form) for a in load_abbreviations()
                   if a.kind in ("title", "saint"))
_NO_END = re.compile(rf"(?<![\w.-])(?:{_TITLES}|(?!J\.-?C\.)(?:[A-ZÀ-Þ]\.-?){{2,}})\.?\Z")
# After ? ! … or a closing quote, a sentence may go on in lower case:
# « Qui ? » demanda-t-il.
_OPEN_END = re.compile(r"(?:[?!…»”\"]|\.\.|\betc\.)\s*\Z")
_LOWER_START = re.compile(r"[a-zà-ÿœæ]")
_NON_SPACE = re.compile(r"\S")
# Nor does a sentence start with , ; : ) »
_NOT_A_START = re.compile(r"[,;:)\]}»”]")
_STARTER = "|".join(sorted((w.capitalize() for w in SENTENCE_STARTERS), key=len, reverse=True))
# Breaks that Punkt does not see, for text written without care:
_MORE_ENDS = re.compile(
    r"\S(?=[^\S\n]*\n\s*\n)"  # a blank line (a title, a paragraph without a period)
    r'|(?:(?<!\.)\.{3,}|…)(?=\s+[«“"]?\s*[A-ZÀ-Þ])'  # an ellipsis before a capital letter
    rf"|;(?=\s+(?:{_STARTER})\b)"  # ; before a capitalized sentence starter
    # a capitalized subject right after a word, with no period between; for
    # il/elle/on the word must be in lower case ("Kim Jong Il a composé")
    r"|\b[a-zà-ÿœæ]\w*(?=\s+(?:Il|Ils|Elle|Elles|Nous|Vous|On)\b)"
    r"|\w(?=\s+(?:Je|J[’']|C[’']est|Ça)\b)"
)


_MID_LC = 1 << 5  # nltk.tokenize.punkt._ORTHO_MID_LC


def _french_vars() -> object:
    from nltk.tokenize.punkt import PunktLanguageVars

    class FrenchLanguageVars(PunktLanguageVars):
        # NLTK moves an opening « “ ‘ after a period onto the sentence before;
        # in French it opens the next one.
        re_boundary_realignment = re.compile(
            r"[\"\')\]}\u2019\u201d\xbb]+?(?:\s+|(?=--)|$)", re.MULTILINE
        )

    return FrenchLanguageVars()


@cache
def french_punkt() -> PunktSentenceTokenizer:
    """A Punkt sentence splitter for French, built in code and cached.

    An example, not from the article (which has no abbreviation):

    >>> french_punkt().tokenize("Il a invité M. Poutine à Pyongyang. Poutine devait partir.")
    ['Il a invité M. Poutine à Pyongyang.', 'Poutine devait partir.']
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(FRENCH_ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    for word in SENTENCE_STARTERS:  # "seen in lower case inside a sentence":
        params.ortho_context[word] = _MID_LC  # so "C. De nombreux" is a break
    return PunktSentenceTokenizer(params, lang_vars=_french_vars())


def train_punkt(text: str) -> PunktSentenceTokenizer:
    """Train a fresh Punkt on ``text`` alone (no French list, no extra rule).

    Punkt learns abbreviations without supervision, from how often a word is
    followed by a period; the lesson compares it with :func:`french_punkt`.

    >>> punkt = train_punkt("M. Poutine a reçu M. Kim. M. Kim est reparti. " * 5)
    >>> len(punkt.tokenize("M. Poutine a reçu M. Kim. Il est reparti."))
    2
    """
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer(check_text(text, "train_punkt"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the sentences of ``text``.

    Punkt proposes the breaks; then a break is undone after a title (M., Mme)
    or initials, and before a , ; : ) » or a lower-case letter that follows
    ? ! … or a closing quote; and a break is added at a blank line, after an
    ellipsis before a capital, and where a capitalized subject (Il, C’est …)
    follows a word with no period.

    >>> from helpers.text.corpus import load_article
    >>> third = load_article().paragraphs[2]  # two sentences
    >>> sentence_spans(third), len(third)
    ([(0, 140), (141, 385)], 385)
    """
    check_text(text, "sentence_spans")
    spans: list[tuple[int, int]] = []
    for start, end in french_punkt().span_tokenize(text):
        if spans and (
            _NO_END.search(text, *spans[-1])
            or _NOT_A_START.match(text, start)
            or (_LOWER_START.match(text, start) and _OPEN_END.search(text, *spans[-1]))
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [piece for span in spans for piece in _cut(text, *span)]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence where one of _MORE_ENDS says it ends."""
    pieces = []
    for m in _MORE_ENDS.finditer(text, start, end):
        after = _NON_SPACE.search(text, m.end(), end)
        if after is None:
            break
        pieces.append((start, m.end()))
        start = after.start()
    pieces.append((start, end))
    return pieces


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, without the spaces between them.

    >>> from helpers.text.corpus import load_article
    >>> found = sentences(load_article().text)
    >>> len(found)
    12
    >>> found[7]
    'La rencontre d’hier pourrait bien marquer un tournant dans la crise de la péninsule coréenne.'
    """
    return [text[start:end] for start, end in sentence_spans(check_text(text, "sentences"))]
