"""The sections of the HTML report (:mod:`helpers.views.report`): one function each.

Each makes a section from a :class:`helpers.reporting.Report`: a heading, a sentence
saying what it shows, then tables and figures, or a line saying it is empty. The
words are the kit's language's (:mod:`helpers.translation`); the numbers are the
report's.

>>> from helpers import load_article
>>> from helpers.reporting import report
>>> print(SECTION_HTML["size"](report(load_article(), top=3), False)[:70])
<section>
<h2 id="size">Size</h2>
<p class="why">How long the text is.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Iterable, Sequence
from html import escape

from ..entities.network import most_mentioned, subnetwork
from ..reporting import Report
from ..translation import format_number, ngettext
from ..translation import gettext as _
from .frequency import Figure, bar_chart
from .mapping import countries_chart, network_plot, place_map

__all__ = ["MAP_PLACES", "NETWORK_NODES", "SECTION_HTML", "TABLE_ROWS", "figure_uri"]

NETWORK_NODES = 25  # the network figure shows the most mentioned entities only
MAP_PLACES = 40
TABLE_ROWS = 30


def figure_uri(fig: Figure) -> str:
    """A figure as a ``data:image/png;base64,…`` URI."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi, facecolor="white", edgecolor="white",
                transparent=False)  # opaque white: readable on a dark page too
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _img(fig: Figure) -> str:
    """The figure as an ``<img>`` whose ``alt`` is its caption (for readers who cannot see it)."""
    return f'<img src="{figure_uri(fig)}" alt="{escape(fig.caption)}">'


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="n">{format_number(v)}</td>' if isinstance(v, int) else
            f'<td class="n">{v:,.2f}</td>' if isinstance(v, float) else
            f"<td>{escape(str(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _none(text: str) -> str:
    return f'<p class="none">{escape(text)}</p>'


def _more(total: int, shown: int) -> str:
    if total <= shown:
        return ""
    more = total - shown
    return "<p>{}</p>".format(ngettext("… and {n} more.", "… and {n} more.", more).format(
        n=format_number(more)))


def _section(key: str, title: str, why: str, body: str) -> str:
    return f'<section>\n<h2 id="{key}">{escape(title)}</h2>\n<p class="why">{why}</p>\n{body}\n' \
        "</section>"


def _size(r: Report, figures: bool) -> str:
    s = r.size
    return _section(
        "size", _("Size"), _("How long the text is. Words are tokens with a letter or a digit; "
                             "types are distinct words (ignoring case)."),
        _table([_("characters"), _("tokens"), _("words"), _("types"), _("sentences"),
                _("paragraphs")],
               [[s.characters, s.tokens, s.words, s.types, s.sentences, s.paragraphs]]))


def _lemmas(r: Report, figures: bool) -> str:
    body = _table([_("lemma"), _("count")], r.top_lemmas) if r.top_lemmas else \
        _none(_("No content word in this text."))
    if figures and r.top_lemmas:
        body += _img(bar_chart(list(r.top_lemmas),
                               title=_("Top {n} lemmas").format(n=len(r.top_lemmas))))
    return _section(
        "lemmas", _("Top content lemmas"), _(
            "The most frequent words once grouped by lemma (<i>rencontré</i>, <i>rencontrés</i> "
            "→ <i>rencontrer</i>), stopwords left out."), body)


def _keyness(r: Report, figures: bool) -> str:
    body = _table([_("word"), _("count"), _("per million here"), _("per million in French"),
                   _("log2 ratio")],
                  [[k.word, k.count, k.per_million, k.french_per_million, k.log_ratio]
                   for k in r.keywords]) if r.keywords else \
        _none(_("No word occurs twice or more: nothing to compare."))
    return _section(
        "keyness", _("Keyness against general French"), _(
            "Words far more frequent here than in French at large (wordfreq): +1 in the last "
            "column means twice as frequent."), body)


def _collocations(r: Report, figures: bool) -> str:
    body = _table([_("pair"), _("count"), "PMI"], [[" ".join(c.words), c.count, c.score]
                                                   for c in r.collocations]) \
        if r.collocations else _none(_("No pair of words comes back often enough."))
    return _section(
        "collocations", _("Collocations"), _(
            "Pairs of words that occur together more often than chance predicts (pointwise "
            "mutual information)."), body)


def _entities(r: Report, figures: bool) -> str:
    if r.entities:
        body = _table([_("label"), _("mentions")], r.entity_counts.items())
        shown = r.entities[:TABLE_ROWS]
        body += _table([_("entity"), _("type"), _("country"), _("mentions"), _("paragraphs"),
                        _("note")],
                       [[e.entity, e.type, e.country or "", e.mentions,
                         ", ".join(map(str, e.paragraphs[:10]))
                         + (" …" if len(e.paragraphs) > 10 else ""), e.note] for e in shown])
        body += _more(len(r.entities), len(shown))
    else:
        body = _none(_("No named entity (person, place, organisation) was found in this text."))
    return _section(
        "entities", _("Entities by type"), _(
            "People (PER), places (LOC), organisations (ORG) and other names (MISC), found by the "
            "kit's extractor: the rules and gazetteer of lesson 04, and evidence from the whole "
            "text."), body)


def _countries(r: Report, figures: bool) -> str:
    if r.countries:
        body = _table([_("country"), _("mentions")], list(r.countries.items())[:TABLE_ROWS])
        body += _more(len(r.countries), TABLE_ROWS)
        if figures:
            body += _img(countries_chart(dict(list(r.countries.items())[:TABLE_ROWS])))
    else:
        body = _none(_("No country is mentioned, directly or through its places and people."))
    return _section(
        "countries", _("Countries mentioned"), _(
            "Mentions tied to each country: the country itself, its capital standing for its "
            "government (a metonymy: <i>Moscou</i> → Russie), places located in it, its "
            "people."), body)


def _map(r: Report, figures: bool) -> str:
    placed = [e for e in r.entities if e.type == "LOC" and e.placed]
    if placed:
        body = "<p>{}</p>".format(ngettext("{n} place with coordinates.",
                                           "{n} places with coordinates.", len(placed)).format(
            n=format_number(len(placed))))
        if figures:
            body += _img(place_map(placed[:MAP_PLACES], title=_("Places of the text")))
    else:
        body = _none(_("No place of this text could be put on a map."))
    return _section(
        "map", _("Map"), _("The places the kit can locate (its gazetteer, or GeoNames), sized by "
                           "how often they are mentioned."), body)


def _network(r: Report, figures: bool) -> str:
    edges = r.edges
    if edges:
        body = _table([_("entity"), _("entity"), _("sentences shared")], edges[:TABLE_ROWS])
        body += _more(len(edges), TABLE_ROWS)
        if figures:
            top = most_mentioned(r.network, NETWORK_NODES)
            body += _img(network_plot(subnetwork(r.network, top)))
    else:
        body = _none(_("No two entities appear in the same sentence."))
    return _section(
        "network", _("Network"), _(
            "Two entities are linked when they appear in the same sentence; the figure shows "
            "the {n} most mentioned.").format(n=NETWORK_NODES), body)


def _unknown(r: Report, figures: bool) -> str:
    if r.unknown:
        shown = r.unknown[:TABLE_ROWS * 2]
        body = _table([_("word"), _("count")], shown) + _more(len(r.unknown), len(shown))
    else:
        body = _none(_("General French knows every word of this text."))
    return _section(
        "unknown", _("Unknown words"), _("Words wordfreq has never seen in French: typos, rare "
                                         "names, foreign words."), body)


#: How each section of :data:`helpers.views.report.SECTIONS` is made from a report.
SECTION_HTML: dict[str, Callable[[Report, bool], str]] = {
    "size": _size, "lemmas": _lemmas, "keyness": _keyness, "collocations": _collocations,
    "entities": _entities, "countries": _countries, "map": _map, "network": _network,
    "unknown": _unknown,
}
