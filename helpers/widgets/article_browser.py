"""Read the article one paragraph at a time with a slider.

>>> browser = ArticleBrowser()
>>> browser.update(1).startswith("<p><b>Paragraph 1 of 5</b>")
True
"""

from __future__ import annotations

from html import escape

from ..text.corpus import Document, load_article
from ..translation import gettext as _
from ..translation import ngettext
from .panel import Panel


class ArticleBrowser(Panel):
    """A slider over the paragraphs of a document; ``update(n)`` gives paragraph n's HTML."""

    def __init__(self, doc: Document | None = None) -> None:
        self.doc = doc or load_article()

    def update(self, number: int) -> str:
        paragraphs = self.doc.paragraphs
        paragraph = paragraphs[number - 1]
        words = len(paragraph.split())
        head = _("Paragraph {number} of {total}").format(number=number, total=len(paragraphs))
        size = (ngettext("{n} words", "{n} words", words).format(n=words) + " · "
                + ngettext("{n} characters", "{n} characters", len(paragraph)).format(
                    n=len(paragraph)))
        return (
            f"<p><b>{head}</b> · {size}</p>"
            f'<blockquote style="font-size:16px;line-height:1.6">{escape(paragraph)}</blockquote>'
        )

    def _build(self):
        import ipywidgets as w

        slider = w.IntSlider(value=1, min=1, max=len(self.doc.paragraphs),
                             description=_("Paragraph"))
        out = w.HTML(value=self.update(1))
        slider.observe(lambda change: setattr(out, "value", self.update(change["new"])),
                       names="value")
        self.controls = {"slider": slider, "output": out}
        return w.VBox([slider, out])

    def __repr__(self) -> str:
        return f"ArticleBrowser({len(self.doc.paragraphs)} paragraphs of {self.doc.source})"
