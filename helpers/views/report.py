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

import os
import warnings
from html import escape
from pathlib import Path

from .. import display_mode
from ..reporting import Report
from ..translation import N_
from ..translation import gettext as _
from .report_sections import (  # noqa: F401 - sizes of the sections, read here by callers
    MAP_PLACES,
    NETWORK_NODES,
    SECTION_HTML,
    TABLE_ROWS,
    figure_uri,
)

__all__ = ["SECTIONS", "figure_uri", "report_html", "save_report"]

#: Section ids, in page order. Each is also its link's text in the page's menu (translated).
SECTIONS = (N_("size"), N_("lemmas"), N_("keyness"), N_("collocations"), N_("entities"),
            N_("countries"), N_("map"), N_("network"), N_("unknown"))

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


def report_html(report: Report, *, figures: bool = True) -> str:
    """One HTML document (a ``str``) for ``report``; ``figures=False`` leaves the images out.

    Each section has a heading (its id in :data:`SECTIONS`), a sentence saying
    what it shows, then tables and figures; an empty section says so.
    """
    if not isinstance(report, Report):
        raise TypeError(_("report_html() needs a Report (helpers.reporting.report(doc)), got "
                          "{kind}").format(kind=type(report).__name__))
    r = report
    parts = [SECTION_HTML[key](r, figures) for key in SECTIONS]
    nav = "".join(f'<a href="#{k}">{escape(_(k))}</a>' for k in SECTIONS)
    heading = _("Report: {title}").format(title=escape(r.title))
    source = _("Source: {source}. Made with the kit's helpers (top {top}).").format(
        source=escape(r.source), top=r.top)
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{heading}</title>\n<style>{_STYLE}{_projector_css()}</style>\n"
        "</head>\n<body>\n"
        '<div class="kit-report">\n'
        f"<h1>{heading}</h1>\n<p>{source}</p>\n<nav>{nav}</nav>\n"
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
        raise IsADirectoryError(_("{path} is a folder: give a file name, e.g. {example}").format(
            path=repr(str(path)), example=repr(str(path / "rapport.html"))))
    if path.suffix.lower() not in (".html", ".htm"):
        path = path.with_name(path.name + ".html")
    if path.exists() and not overwrite:
        wanted = path
        number = 2
        while path.exists():
            path = wanted.with_name(f"{wanted.stem}-{number}{wanted.suffix}")
            number += 1
        warnings.warn(_("{wanted} already exists, so the report was saved as {saved}. To "
                        "replace the old file instead, pass overwrite=True.").format(
                            wanted=wanted.name, saved=path.name), UserWarning, stacklevel=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(report, figures=figures), encoding="utf-8")
    return path
