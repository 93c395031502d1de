"""Tokenizer playground: type French text, pick a tokenizer, see its tokens.

>>> from helpers.text.corpus import load_article
>>> SAMPLE in load_article().text
True
>>> play = TokenizerPlayground()
>>> "objectif" in play.update("L’objectif était clair.", "kit (helpers.tokenize)")
True
"""

from __future__ import annotations

from html import escape

from ..peers import PEERS, peer_spans
from ..text.tokens import Token
from ..translation import gettext as _
from ..translation import ngettext
from ..views.tokens import tokens_html
from .panel import Panel

# Two sentences of the article, verbatim: elisions, guillemets, hyphenated names, a year.
SAMPLE = (
    "L’objectif de cette rencontre était de renforcer les « liens historiques » entre "
    "Moscou et Pyongyang. Cette rencontre est le premier à ce niveau entre la Russie et "
    "la Corée du Nord depuis celle en 2011 entre l’ex-président Dmitri Medvedev et Kim Jong-il."
)


class TokenizerPlayground(Panel):
    """A text box, a tokenizer menu and the tokens shown in place.

    ``update(text, tokenizer)`` returns the HTML shown; the widget calls it on
    every change, and a test can call it directly.
    """

    def __init__(self, text: str = SAMPLE, tokenizer: str = "kit (helpers.tokenize)") -> None:
        self.text, self.tokenizer = text, tokenizer

    def update(self, text: str, tokenizer: str) -> str:
        spans = [Token(text[start:end], start, end) for start, end in peer_spans(tokenizer, text)]
        n = len(spans)
        summary = "<p>" + ngettext("<b>{n} tokens</b> with {tokenizer}",  # English: "1 tokens" too
                                   "<b>{n} tokens</b> with {tokenizer}", n).format(
            n=n, tokenizer=escape(tokenizer)) + "</p>"
        return summary + tokens_html(spans, text)

    def _build(self):
        import ipywidgets as w

        box = w.Textarea(value=self.text, description=_("Text"), rows=3,
                         layout=w.Layout(width="95%"))
        menu = w.Dropdown(options=list(PEERS), value=self.tokenizer, description=_("Tokenizer"),
                          style={"description_width": "initial"})
        out = w.HTML(value=self.update(box.value, menu.value))

        def refresh(_change=None) -> None:
            out.value = self.update(box.value, menu.value)

        box.observe(refresh, names="value")
        menu.observe(refresh, names="value")
        self.controls = {"text": box, "tokenizer": menu, "output": out}
        return w.VBox([box, menu, out])

    def __repr__(self) -> str:
        return f"TokenizerPlayground(tokenizer={self.tokenizer!r})"
