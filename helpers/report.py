"""One call, the whole pipeline: a report on a text, as plain data.

``report(doc)`` runs lessons 01–05 on a :class:`~helpers.corpus.Document` and
returns a frozen :class:`Report`: size, top content lemmas, keyness against
general French, collocations, entities by type, countries, the co-occurrence
network (sentence window) and the words general French does not know. Lists
are sorted, ties alphabetically, so the same text gives the same report.
:mod:`helpers.views.report` renders it as one self-contained HTML page.

On a long text (over :data:`LONG_TEXT` characters) a progress bar
(``tqdm.auto``) shows the steps; ``progress=False`` turns it off.

>>> from helpers import load_article
>>> r = report(load_article(), top=3)
>>> r.size.sentences, r.size.paragraphs, r.top_lemmas
(12, 5, (('coréen', 5), ('kim', 5), ('péninsule', 5)))
>>> list(r.countries.items())[:3]
[('Corée du Nord', 10), ('Russie', 10), ('États-Unis', 5)]
"""

from __future__ import annotations

import sys
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - imported when report() runs: `import helpers` stays light
    from .corpus import Document

__all__ = ["LONG_TEXT", "STEPS", "Report", "Size", "report"]

#: From this many characters, ``progress=None`` shows a progress bar (about 1 s of work).
LONG_TEXT = 200_000
#: The steps of :func:`report`, in order (the progress bar counts them).
STEPS = ("tokens", "sentences", "lemmas", "keyness", "collocations", "entities",
         "countries", "network", "unknown words")


@dataclass(frozen=True)
class Size:
    """How big the text is: characters, tokens, words (tokens with a letter or digit),
    types (distinct words, casefolded), sentences and paragraphs."""

    characters: int
    tokens: int
    words: int
    types: int
    sentences: int
    paragraphs: int


@dataclass(frozen=True)
class Report:
    """The whole pipeline's results on one text, as plain data (see :func:`report`).

    ``top_lemmas``: (lemma, count), stopwords left out; ``keywords``: keyness
    against general French; ``collocations``: PMI bigrams; ``entity_counts``:
    label → mentions; ``entities``: one row per entity (:class:`EntityRow`);
    ``countries``: country → the mentions tied to it (linking.tie); ``network``: co-occurrence
    in a sentence; ``unknown``: (word, count) of words wordfreq does not know.
    """

    title: str
    source: str
    top: int
    size: Size
    top_lemmas: tuple[tuple[str, int], ...]
    keywords: tuple[Any, ...]  # helpers.keyness.Keyword
    collocations: tuple[Any, ...]  # helpers.concordance.Collocation
    entity_counts: dict[str, int]
    entities: tuple[Any, ...]  # helpers.linking.EntityRow
    countries: dict[str, int]
    network: Any  # helpers.network.Network
    unknown: tuple[tuple[str, int], ...]

    @property
    def edges(self) -> list[tuple[str, str, int]]:
        """The network's edges as (entity, entity, sentences shared), most shared first."""
        from .collation import french_key

        rows = [(a, b, w) for (a, b), w in self.network.edges.items()]
        return sorted(rows, key=lambda r: (-r[2], french_key(r[0]), french_key(r[1])))


class _NoBar:
    def set_postfix_str(self, text: str) -> None:
        pass

    def update(self, n: int = 1) -> None:
        pass


@contextmanager
def _steps(show: bool, total: int) -> Iterator[Any]:
    if not show:
        yield _NoBar()
        return
    from tqdm.auto import tqdm

    bar = tqdm(total=total, desc="report", unit="step", file=sys.stderr, leave=True)
    try:
        yield bar
    finally:
        bar.close()


def report(doc: Document, *, top: int = 15, progress: bool | None = None) -> Report:
    """Run the whole pipeline on ``doc`` and return a :class:`Report`.

    ``top``: how many lemmas, keywords, collocations to keep. ``progress``: show
    a ``tqdm`` bar on stderr (``None``: only for texts longer than :data:`LONG_TEXT`).

    Top lemmas are ``count(tokens, casefold=True, punctuation=False,
    stopwords=True, form="lemma")`` without the lemmas that are stopwords
    themselves; keyness is over casefolded words seen twice or more;
    collocations are PMI bigrams seen three times or more (twice on a short text).

    >>> from helpers import load_article
    >>> r = report(load_article(), top=3)
    >>> r.size
    Size(characters=2130, tokens=387, words=359, types=191, sentences=12, paragraphs=5)
    >>> [k.word for k in r.keywords], r.entity_counts
    (['dénucléarisation', 'pyongyang', 'jong-un'], {'LOC': 19, 'MISC': 1, 'PER': 11})
    """
    from .corpus import Document, load_text

    if not isinstance(doc, Document):
        if isinstance(doc, str):
            doc = load_text(doc)
        else:
            raise TypeError(f"report() needs a Document (load_text(path)), got "
                            f"{type(doc).__name__}")
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be a whole number of at least 1, got {top!r}")
    from .collation import french_key
    from .concordance import collocations
    from .frequency import count, french_stopwords, most_common
    from .keyness import keyness
    from .lexicon import _key, unknown_words
    from .linking import countries_mentioned, entity_table, link_mentions
    from .ner import recognize
    from .network import _network
    from .sentences import sentence_spans
    from .tokens import tokenize

    text = doc.text
    show = len(text) > LONG_TEXT if progress is None else bool(progress)
    with _steps(show, len(STEPS)) as bar:
        def step(name: str) -> None:
            bar.set_postfix_str(name)

        step("tokens")
        tokens = tokenize(text)
        types = Counter(tokens)  # one pass; every later count works per type
        words = count(tokens, casefold=True, punctuation=False)
        bar.update()

        step("sentences")
        spans = sentence_spans(text)
        size = Size(len(text), len(tokens), sum(words.values()), len(words), len(spans),
                    len(doc.paragraphs))
        bar.update()

        step("lemmas")
        stops = french_stopwords()
        lemmas = count(tokens, casefold=True, punctuation=False, stopwords=stops, form="lemma")
        lemmas = Counter({w: n for w, n in lemmas.items() if w not in stops})
        top_lemmas = tuple(most_common(lemmas, top))
        bar.update()

        step("keyness")
        keywords = tuple(keyness(words, n=top))
        bar.update()

        step("collocations")
        min_freq = 3 if size.words > 5_000 else 2
        colls = tuple(collocations(tokens, "pmi", min_freq=min_freq, n=top))
        bar.update()

        step("entities")
        with warnings.catch_warnings():  # the language was judged once, on loading
            warnings.filterwarnings("ignore", message="This text looks .*, not French")
            mentions = recognize(text)
        linked = link_mentions(mentions)
        rows = tuple(entity_table(doc, linked))
        by_type = Counter(m.label for m in linked)
        bar.update()

        step("countries")
        countries = dict(countries_mentioned(doc, linked))
        bar.update()

        step("network")
        net = _network(text, linked, spans, "sentence")
        bar.update()

        step("unknown words")
        unknown_counts: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for token, n in types.items():  # first appearance order: unknown_words keeps it
            k = _key(token)
            unknown_counts[k] += n
            shown.setdefault(k, token)
        unknown = [(w, unknown_counts[_key(w)]) for w in unknown_words(list(shown.values()))]
        unknown.sort(key=lambda wn: (-wn[1], french_key(wn[0])))
        bar.update()
        step("done")

    return Report(
        title=str(doc.meta.get("title") or doc.source),
        source=doc.source,
        top=top,
        size=size,
        top_lemmas=top_lemmas,
        keywords=keywords,
        collocations=colls,
        entity_counts=dict(sorted(by_type.items())),
        entities=rows,
        countries=countries,
        network=net,
        unknown=tuple(unknown),
    )

