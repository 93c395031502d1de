"""The report as one self-contained HTML page: tables, explanations, figures inside.

:func:`report_html` renders a :class:`helpers.reporting.Report`; figures are PNGs
embedded as ``data:`` URIs and the style is inline, so the page needs nothing
else (no network, no web font) and opens anywhere. :func:`save_report` writes it.

>>> from helpers import load_article
>>> from helpers.reporting import report
>>> page = report_html(report(load_article(), top=5), figures=False)
>>> page.startswith("<!DOCTYPE html>"), "<h2 id=\\"entities\\">" in page
(True, True)
"""

from __future__ import annotations

import base64
import io
import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from html import escape
from pathlib import Path

from .. import display_mode
from ..entities.network import most_mentioned, subnetwork
from ..reporting import Report
from .frequency import Figure, bar_chart
from .mapping import countries_chart, network_plot, place_map

__all__ = ["SECTIONS", "figure_uri", "report_html", "save_report"]

#: Section ids, in page order.
SECTIONS = ("size", "lemmas", "keyness", "collocations", "entities", "countries", "map",
            "network", "unknown")
NETWORK_NODES = 25  # the network figure shows the most mentioned entities only
MAP_PLACES = 40
TABLE_ROWS = 30

# Every rule is scoped to .kit-report: shown inside a notebook (IPython.display.HTML), the
# page's CSS must not restyle JupyterLab, and the report stays a white page in a dark theme.
_STYLE = """
.kit-report { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 2em auto; max-width: 60em; padding: .5em 1em; color: #222; background: #fff;
       line-height: 1.45; }
.kit-report h1 { font-size: 1.6em; }
.kit-report h2 { border-bottom: 1px solid #ccc; margin-top: 1.8em; }
.kit-report p.why { color: #555; font-size: .95em; }
.kit-report table { border-collapse: collapse; margin: .5em 0; font-size: .92em; }
.kit-report th, .kit-report td { border: 1px solid #ccc; padding: .2em .6em; text-align: left;
       color: #222; }
.kit-report th { background: #f0f0f0; }
.kit-report td.n { text-align: right; font-variant-numeric: tabular-nums; }
.kit-report img { max-width: 100%; height: auto; display: block; margin: .5em 0; }
.kit-report nav a { margin-right: .8em; } .kit-report .none { font-style: italic; color: #666; }
"""


def _projector_css() -> str:
    """The page's text larger by projector mode's factor (:mod:`helpers.display_mode`)."""
    if not display_mode.projector():
        return ""
    return f".kit-report {{ font-size: {display_mode.FONT_SCALE:.0%}; }}\n"


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
            f'<td class="n">{v:,}</td>' if isinstance(v, int) else
            f'<td class="n">{v:,.2f}</td>' if isinstance(v, float) else
            f"<td>{escape(str(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _none(text: str) -> str:
    return f'<p class="none">{escape(text)}</p>'


def _more(total: int, shown: int) -> str:
    return f"<p>… and {total - shown:,} more.</p>" if total > shown else ""


def _section(key: str, title: str, why: str, body: str) -> str:
    return f'<section>\n<h2 id="{key}">{escape(title)}</h2>\n<p class="why">{why}</p>\n{body}\n' \
        "</section>"


def _size(r: Report, figures: bool) -> str:
    s = r.size
    return _section(
        "size", "Size", "How long the text is. Words are tokens with a letter or a digit; "
        "types are distinct words (ignoring case).",
        _table(["characters", "tokens", "words", "types", "sentences", "paragraphs"],
               [[s.characters, s.tokens, s.words, s.types, s.sentences, s.paragraphs]]))


def _lemmas(r: Report, figures: bool) -> str:
    body = _table(["lemma", "count"], r.top_lemmas) if r.top_lemmas else \
        _none("No content word in this text.")
    if figures and r.top_lemmas:
        body += _img(bar_chart(list(r.top_lemmas), title=f"Top {len(r.top_lemmas)} lemmas"))
    return _section(
        "lemmas", "Top content lemmas", "The most frequent words once grouped by lemma "
        "(<i>rencontré</i>, <i>rencontrés</i> → <i>rencontrer</i>), stopwords left out.", body)


def _keyness(r: Report, figures: bool) -> str:
    body = _table(["word", "count", "per million here", "per million in French",
                   "log2 ratio"],
                  [[k.word, k.count, k.per_million, k.french_per_million, k.log_ratio]
                   for k in r.keywords]) if r.keywords else \
        _none("No word occurs twice or more: nothing to compare.")
    return _section(
        "keyness", "Keyness against general French", "Words far more frequent here than in "
        "French at large (wordfreq): +1 in the last column means twice as frequent.", body)


def _collocations(r: Report, figures: bool) -> str:
    body = _table(["pair", "count", "PMI"], [[" ".join(c.words), c.count, c.score]
                                              for c in r.collocations]) \
        if r.collocations else _none("No pair of words comes back often enough.")
    return _section(
        "collocations", "Collocations", "Pairs of words that occur together more often than "
        "chance predicts (pointwise mutual information).", body)


def _entities(r: Report, figures: bool) -> str:
    if r.entities:
        body = _table(["label", "mentions"], r.entity_counts.items())
        shown = r.entities[:TABLE_ROWS]
        body += _table(["entity", "type", "country", "mentions", "paragraphs", "note"],
                       [[e.entity, e.type, e.country or "", e.mentions,
                         ", ".join(map(str, e.paragraphs[:10]))
                         + (" …" if len(e.paragraphs) > 10 else ""), e.note] for e in shown])
        body += _more(len(r.entities), len(shown))
    else:
        body = _none("No named entity (person, place, organisation) was found in this text.")
    return _section(
        "entities", "Entities by type", "People (PER), places (LOC), organisations (ORG) and "
        "other names (MISC), found by the kit's extractor: the rules and gazetteer of lesson 04, "
        "and evidence from the whole text.", body)


def _countries(r: Report, figures: bool) -> str:
    if r.countries:
        body = _table(["country", "mentions"], list(r.countries.items())[:TABLE_ROWS])
        body += _more(len(r.countries), TABLE_ROWS)
        if figures:
            body += _img(countries_chart(dict(list(r.countries.items())[:TABLE_ROWS])))
    else:
        body = _none("No country is mentioned, directly or through its places and people.")
    return _section(
        "countries", "Countries mentioned", "Mentions tied to each country: the country itself, "
        "its capital standing for its government (a metonymy: <i>Moscou</i> → Russie), places "
        "located in it, its people.", body)


def _map(r: Report, figures: bool) -> str:
    placed = [e for e in r.entities if e.type == "LOC" and e.placed]
    if placed:
        body = f"<p>{len(placed):,} place{'s' * (len(placed) > 1)} with coordinates.</p>"
        if figures:
            body += _img(place_map(placed[:MAP_PLACES], title="Places of the text"))
    else:
        body = _none("No place of this text could be put on a map.")
    return _section(
        "map", "Map", "The places the gazetteer can locate, sized by how often they are "
        "mentioned.", body)


def _network(r: Report, figures: bool) -> str:
    edges = r.edges
    if edges:
        body = _table(["entity", "entity", "sentences shared"], edges[:TABLE_ROWS])
        body += _more(len(edges), TABLE_ROWS)
        if figures:
            top = most_mentioned(r.network, NETWORK_NODES)
            body += _img(network_plot(subnetwork(r.network, top)))
    else:
        body = _none("No two entities appear in the same sentence.")
    return _section(
        "network", "Network", "Two entities are linked when they appear in the same "
        f"sentence; the figure shows the {NETWORK_NODES} most mentioned.", body)


def _unknown(r: Report, figures: bool) -> str:
    if r.unknown:
        shown = r.unknown[:TABLE_ROWS * 2]
        body = _table(["word", "count"], shown) + _more(len(r.unknown), len(shown))
    else:
        body = _none("General French knows every word of this text.")
    return _section(
        "unknown", "Unknown words", "Words wordfreq has never seen in French: typos, rare "
        "names, foreign words.", body)


#: How each section of :data:`SECTIONS` is made from a report.
_SECTION_HTML: dict[str, Callable[[Report, bool], str]] = {
    "size": _size, "lemmas": _lemmas, "keyness": _keyness, "collocations": _collocations,
    "entities": _entities, "countries": _countries, "map": _map, "network": _network,
    "unknown": _unknown,
}


def report_html(report: Report, *, figures: bool = True) -> str:
    """One HTML document (a ``str``) for ``report``; ``figures=False`` leaves the images out.

    Each section has a heading (its id in :data:`SECTIONS`), a sentence saying
    what it shows, then tables and figures; an empty section says so.
    """
    if not isinstance(report, Report):
        raise TypeError(f"report_html() needs a Report (helpers.reporting.report(doc)), got "
                        f"{type(report).__name__}")
    r = report
    parts = [_SECTION_HTML[key](r, figures) for key in SECTIONS]
    nav = "".join(f'<a href="#{k}">{k}</a>' for k in SECTIONS)
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>Report: {escape(r.title)}</title>\n<style>{_STYLE}{_projector_css()}</style>\n"
        "</head>\n<body>\n"
        '<div class="kit-report">\n'
        f"<h1>Report: {escape(r.title)}</h1>\n<p>Source: {escape(r.source)}. "
        f"Made with the kit's helpers (top {r.top}).</p>\n<nav>{nav}</nav>\n"
        + "\n".join(parts) + "\n</div>\n</body>\n</html>\n"
    )


def save_report(report: Report, path: str | os.PathLike[str], *, figures: bool = True,
                overwrite: bool = False) -> Path:
    """Write :func:`report_html` to ``path`` (UTF-8; ``.html`` added if missing); return it.

    An existing file is never replaced silently: the report goes to the first free
    numbered name (``rapport-2.html``, ``rapport-3.html``…) with a warning that says so,
    unless ``overwrite=True``.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(f"{str(path)!r} is a folder: give a file name, e.g. "
                                f"{str(path / 'rapport.html')!r}")
    if path.suffix.lower() not in (".html", ".htm"):
        path = path.with_name(path.name + ".html")
    if path.exists() and not overwrite:
        wanted = path
        number = 2
        while path.exists():
            path = wanted.with_name(f"{wanted.stem}-{number}{wanted.suffix}")
            number += 1
        warnings.warn(f"{wanted.name} already exists, so the report was saved as {path.name}. "
                      "To replace the old file instead, pass overwrite=True.",
                      UserWarning, stacklevel=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(report, figures=figures), encoding="utf-8")
    return path
