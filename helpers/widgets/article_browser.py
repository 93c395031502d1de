"""Read the article one paragraph at a time with a slider.

>>> browser = ArticleBrowser()
>>> browser.update(1).startswith("<p><b>Paragraph 1 of 5</b>")
True
"""

from __future__ import annotations

from html import escape

from ..corpus import Document, load_article


class ArticleBrowser:
    """A slider over the paragraphs of a document; ``update(n)`` gives paragraph n's HTML."""

    def __init__(self, doc: Document | None = None) -> None:
        self.doc = doc or load_article()
        self._widget = None

    def update(self, number: int) -> str:
        paragraphs = self.doc.paragraphs
        paragraph = paragraphs[number - 1]
        words = len(paragraph.split())
        return (
            f"<p><b>Paragraph {number} of {len(paragraphs)}</b> · {words} words · "
            f"{len(paragraph)} characters</p>"
            f'<blockquote style="font-size:16px;line-height:1.6">{escape(paragraph)}</blockquote>'
        )

    @property
    def widget(self):
        """The ipywidgets panel (built on first use)."""
        if self._widget is None:
            import ipywidgets as w

            slider = w.IntSlider(value=1, min=1, max=len(self.doc.paragraphs),
                                 description="Paragraph")
            out = w.HTML(value=self.update(1))
            slider.observe(lambda change: setattr(out, "value", self.update(change["new"])),
                           names="value")
            self.controls = {"slider": slider, "output": out}
            self._widget = w.VBox([slider, out])
        return self._widget

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
