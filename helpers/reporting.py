"""One call, the whole pipeline: a report on a text, as plain data.

``report(doc)`` runs lessons 01–05 on a :class:`~helpers.text.corpus.Document` and
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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .text.collation import french_key
from .translation import N_
from .translation import gettext as _

if TYPE_CHECKING:  # pragma: no cover - imported when report() runs: `import helpers` stays light
    from .text.corpus import Document

__all__ = ["LONG_TEXT", "STEPS", "Report", "Size", "report"]

#: From this many characters, ``progress=None`` shows a progress bar (about 1 s of work).
LONG_TEXT = 200_000
#: The steps of :func:`report`, in order (the progress bar counts them, and shows each
#: translated).
STEPS = (N_("tokens"), N_("sentences"), N_("lemmas"), N_("keyness"), N_("collocations"),
         N_("entities"), N_("countries"), N_("network"), N_("unknown words"))


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
    keywords: tuple[Any, ...]  # helpers.frequency.keywords.Keyword
    collocations: tuple[Any, ...]  # helpers.frequency.contexts.Collocation
    entity_counts: dict[str, int]
    entities: tuple[Any, ...]  # helpers.entities.linking.EntityRow
    countries: dict[str, int]
    network: Any  # helpers.entities.network.Network
    unknown: tuple[tuple[str, int], ...]

    @property
    def edges(self) -> list[tuple[str, str, int]]:
        """The network's edges as (entity, entity, sentences shared), most shared first."""
        rows = [(a, b, w) for (a, b), w in self.network.edges.items()]
        return sorted(rows, key=lambda r: (-r[2], french_key(r[0]), french_key(r[1])))


class _NoBar:
    """A progress bar that shows nothing."""

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

    bar = tqdm(total=total, desc=_("report"), unit=_("step"), file=sys.stderr, leave=True)
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
    from . import report_steps as steps  # the whole pipeline: `import helpers` stays light

    doc = steps.as_document(doc)
    if not isinstance(top, int) or top < 1:
        raise ValueError(_("top must be a whole number of at least 1, got {top}").format(
            top=repr(top)))
    work = steps.Work(doc, top)
    show = len(doc.text) > LONG_TEXT if progress is None else bool(progress)
    with _steps(show, len(STEPS)) as bar:
        for name in STEPS:
            bar.set_postfix_str(_(name))
            steps.RUN[name](work)
            bar.update()
        bar.set_postfix_str(_("done"))
    return Report(
        title=str(doc.meta.get("title") or doc.source),
        source=doc.source,
        top=top,
        size=work.size,
        top_lemmas=work.top_lemmas,
        keywords=work.keywords,
        collocations=work.collocations,
        entity_counts=work.entity_counts,
        entities=work.entities,
        countries=work.countries,
        network=work.network,
        unknown=work.unknown,
    )
