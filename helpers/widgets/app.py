"""Lesson 06 as an app: paste a text, press Analyse, read the report and the mapping panel.

:class:`TextApp` composes the kit's pieces, as the Voilà app ``apps/your_own_text.ipynb``
shows them with the code hidden: lesson 06's :class:`~helpers.widgets.upload.TextLoader`
checks the pasted text and words its messages, :func:`helpers.reporting.report` and
:func:`helpers.views.report.report_html` make the report, and lesson 05's
:class:`~helpers.widgets.mapping.MappingPanel` draws the map and the network. It starts
on the article of lessons 01–05, analysed. ``update(text)`` is what the Analyse button
runs; it returns the status line, so a test can drive the app without a browser. Bad
input gets a message and leaves the last report in place.

>>> app = TextApp()
>>> app.report.title
'Poutine et Kim Jong-un se rencontrent à Vladivostok'
>>> print(app.update("Hélène Marchand, maire de Libourne, a reçu hier les sinistrés.\\n\\n"
...                  "La Croix-Rouge a ouvert un centre d’accueil à Bordeaux."))
Loaded the pasted text: 119 characters, 2 paragraphs.
>>> app.report.entity_counts
{'LOC': 2, 'ORG': 1, 'PER': 1}
>>> app.panel.shown.entities  # doctest: +NORMALIZE_WHITESPACE
['Bordeaux', 'Comité international de la Croix-Rouge', 'Hélène Marchand',
 'Libourne']
>>> print(app.update("   "))
✗ The box is empty: paste a French text into it, then press Analyse.
The report below is still the one on your pasted text.
"""

from __future__ import annotations

import warnings
from html import escape
from typing import Any

from ..reporting import LONG_TEXT, Report, report
from ..text.documents import Document
from ..translation import N_, format_number
from ..translation import gettext as _
from .mapping import MappingPanel
from .panel import Panel
from .upload import TextLoader

__all__ = ["MAX_CHARACTERS", "TOP", "TextApp"]

#: The longest text the app takes: a longer one is refused (lesson 06 shows a progress bar).
MAX_CHARACTERS = LONG_TEXT
#: How many lemmas, keywords and collocations the report keeps (as lesson 06 does).
TOP = 10
_PASTED_TITLE = N_("your pasted text")
_STILL = N_("The report below is still the one on {title}.")
_STATUS_COLOURS = {"✗": "#b00020", "⚠": "#8a5a00"}  # errors red, warnings amber


class TextApp(Panel):
    """A box to paste a text into, an Analyse button, a status line, the report, the panel.

    ``report`` and ``panel`` are those of the last text analysed (the article at first);
    ``status`` is the status line shown above the report.

    >>> app = TextApp()
    >>> box = app.widget  # the ipywidgets app, as Voilà shows it
    >>> app.controls["analyse"].click()  # with nothing pasted
    >>> print(app.controls["status"].value)  # doctest: +ELLIPSIS
    <p style="color: #b00020">✗ The box is empty: ...</p><p>The report below is still ...</p>
    >>> app.controls["analyse"].disabled
    False
    """

    def __init__(self) -> None:
        from ..text.corpus import load_article

        article = load_article()
        self.loader = TextLoader()
        self.report: Report = report(article, top=TOP, progress=False)
        self.panel = MappingPanel(article)
        self.status = _("Below: the report on the article of lessons 01–05. Paste your own "
                        "French text into the box and press Analyse.")
        self.controls: dict[str, Any] = {}
        self._shown: tuple[Report, MappingPanel] | None = None

    def update(self, text: str) -> str:
        """Analyse ``text`` (what the Analyse button runs) and return the status line.

        >>> app = TextApp()
        >>> print(app.update("x" * (MAX_CHARACTERS + 1)))  # doctest: +ELLIPSIS
        ✗ The text has 200,001 characters; this app takes up to 200,000 (about 100 pages)...
        >>> app.report.title  # the article's report stays
        'Poutine et Kim Jong-un se rencontrent à Vladivostok'
        """
        problem = self._refusal(text)
        if problem is None:
            self.loader.update(pasted=text)
            if self.loader.status.startswith("✗"):
                problem = self.loader.status
        if problem is not None:
            self.status = problem + "\n" + _(_STILL).format(title=self.report.title)
            return self.status
        loaded = self.loader.document
        doc = Document(loaded.text, list(loaded.paragraphs), {"title": _(_PASTED_TITLE)},
                       source=_("pasted into the app"))
        with warnings.catch_warnings():  # the loader has already shown them
            warnings.simplefilter("ignore", UserWarning)
            self.report = report(doc, top=TOP, progress=False)
            self.panel = MappingPanel(doc)
        self.status = self.loader.status
        return self.status

    @staticmethod
    def _refusal(text: Any) -> str | None:
        """Why the app refuses ``text`` before loading it (None: it does not)."""
        if not isinstance(text, str):
            return "✗ " + _("The app analyses text (a str), got {kind}.").format(
                kind=type(text).__name__)
        if not text.strip():
            return "✗ " + _("The box is empty: paste a French text into it, then press Analyse.")
        if len(text) > MAX_CHARACTERS:
            return "✗ " + _(
                "The text has {n} characters; this app takes up to {most} (about {pages} pages). "
                "Paste a part of it, or analyse the whole text in lesson 06 (load_file, then "
                "report).").format(n=format_number(len(text)), most=format_number(MAX_CHARACTERS),
                                   pages=MAX_CHARACTERS // 2000)
        return None

    # ---- the ipywidgets app

    def _build(self) -> Any:
        import ipywidgets as w

        paste = w.Textarea(placeholder=_("Paste a French text here: a news story, a page of a "
                                         "novel, a letter…"), continuous_update=False,
                           layout=w.Layout(width="100%", height="10em"))
        button = w.Button(description=_("Analyse"), button_style="primary",
                          tooltip=_("Make the report and the map of the text in the box"))
        self.controls = {"paste": paste, "analyse": button, "status": w.HTML(),
                         "report": w.HTML(layout=w.Layout(width="100%")),
                         "mapping": w.VBox()}
        for name, control in self.controls.items():
            control.add_class(f"kit-app-{name}")
        button.on_click(self._on_click)
        c = self.controls
        heading = w.HTML("<h2>" + _("Mapping panel") + "</h2><p>" + _(
            "The map of the text's places and the network of who appears with whom. Choose the "
            "types to show (hold Ctrl or ⌘ to pick several), a minimum number of mentions and "
            "the window.") + "</p>")
        return w.VBox([paste, button, c["status"], c["report"], heading, c["mapping"]],
                      layout=w.Layout(width="100%"))

    def _on_built(self) -> None:
        self._refresh()

    def _on_click(self, _button: Any = None) -> None:
        c = self.controls
        c["analyse"].disabled = True
        c["status"].value = _status_html(_("Analysing… (a few seconds)"))
        try:
            self.update(c["paste"].value)
        except Exception as error:  # an app shows a message, never a traceback
            self.status = "✗ " + _("The analysis failed ({kind}: {error}).").format(
                kind=type(error).__name__, error=error) + " " + _(_STILL).format(
                title=self.report.title)
        finally:
            self._refresh()
            c["analyse"].disabled = False

    def _refresh(self) -> None:
        """Show the status, and the report and panel of the last text if they changed."""
        if self._widget is None:
            return
        from ..views.report import report_html

        c = self.controls
        if self._shown is None or self._shown[0] is not self.report:
            old = self._shown[1] if self._shown else None
            c["report"].value = report_html(self.report)
            c["mapping"].children = (self.panel.widget,)
            if old is not None and old is not self.panel:
                _close(old.widget)  # its comms would stay open in the kernel
            self._shown = (self.report, self.panel)
        c["status"].value = _status_html(self.status)  # last: the page's sign that all is shown

    def __repr__(self) -> str:
        return f"TextApp(report on {self.report.title!r})"


def _status_html(status: str) -> str:
    lines = []
    for line in status.split("\n"):
        colour = _STATUS_COLOURS.get(line[:1])
        style = f' style="color: {colour}"' if colour else ""
        lines.append(f"<p{style}>{escape(line)}</p>")
    return "".join(lines)


def _close(widget: Any) -> None:
    """Close ``widget`` and every widget inside it."""
    for child in getattr(widget, "children", ()):
        _close(child)
    widget.close()
