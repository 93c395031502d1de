"""Frequency explorer: a top-N chart and a concordance that update together.

One panel: a top-N slider, toggles for stopwords and casefolding, a choice of
raw words / stems / lemmas, and a search box. ``update(...)`` computes what
is shown (plain data), redraws the one chart and, once the widget exists,
refreshes it; the controls call it, and so can a test, without a browser.

>>> explorer = FrequencyExplorer()
>>> shown = explorer.update(top_n=3, form="lemma", query="sanctions")
>>> shown.top
[('coréen', 5), ('kim', 5), ('péninsule', 5)]
>>> [line.keyword for line in shown.lines]
['sanctions', 'sanctions']
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from html import escape
from typing import Any

from ..frequency import FORMS, count, most_common, word_form
from ..frequency.contexts import KwicLine, kwic, similar_words
from ..text.collation import sorted_fr
from ..text.normalization import normalize
from ..text.tokens import tokenize
from ..translation import N_, ngettext
from ..translation import gettext as _
from ..views.frequency import bar_chart, kwic_html, new_figure
from .panel import Panel, choices

__all__ = ["FrequencyExplorer", "Shown"]

MAX_TOP = 30
# per form: the chart's title and its axis label
_TITLES = {"raw": N_("Top {n} words ({settings})"), "stem": N_("Top {n} stems ({settings})"),
           "lemma": N_("Top {n} lemmas ({settings})")}
_AXIS = {"raw": N_("word"), "stem": N_("stem"), "lemma": N_("lemma")}
N_("raw")  # the labels of the form buttons (their values are FORMS)


@dataclass(frozen=True)
class Shown:
    """What the explorer shows: the top-N list, the concordance lines and a short note."""

    top: list[tuple[str, int]]
    lines: list[KwicLine]
    title: str
    note: str
    highlighted: list[str] = field(default_factory=list)


class FrequencyExplorer(Panel):
    """Explore the counts of a text (the article by default) and see words in context.

    Punctuation is always left out; the settings are ``top_n`` (1–30),
    ``stopwords`` (remove them), ``casefold``, ``form`` (``'raw'``, ``'stem'``,
    ``'lemma'``) and ``query`` (a word, a phrase, or a prefix ending in ``*``;
    accents and case may be left out, and a word not in the text gets a "did you
    mean …?" in the note).
    """

    def __init__(self, text: Any = None, *, top_n: int = 15, stopwords: bool = True,
                 casefold: bool = True, form: str = "lemma", query: str = "sanctions") -> None:
        if text is None:
            from ..text.corpus import load_article

            text = load_article()
        self.text: str = getattr(text, "text", text)
        if not isinstance(self.text, str):
            raise TypeError(_("FrequencyExplorer needs a text (str or Document), got {kind}"
                              ).format(kind=type(self.text).__name__))
        self.tokens = tokenize(self.text)
        self.settings: dict[str, Any] = {}
        self.figure, self._ax = new_figure(6, 5, layout=None)  # fixed margins: faster redraws
        self.figure.subplots_adjust(left=0.25, right=0.95, top=0.93, bottom=0.1)
        self.controls: dict[str, Any] = {}
        self._syncing = False
        self.shown = self.update(top_n=top_n, stopwords=stopwords, casefold=casefold,
                                 form=form, query=query)

    # ---- the update function, driven by the controls or by a test

    def update(self, *, top_n: int | None = None, stopwords: bool | None = None,
               casefold: bool | None = None, form: str | None = None,
               query: str | None = None) -> Shown:
        """Change any settings (the others stay), redraw, and return what is shown."""
        new = {"top_n": top_n, "stopwords": stopwords, "casefold": casefold, "form": form,
               "query": query}
        s = self._checked({**self.settings, **{k: v for k, v in new.items() if v is not None}})
        self.settings = s  # only once valid: a bad value changes nothing
        counts = count(self.tokens, stopwords=s["stopwords"], casefold=s["casefold"],
                       punctuation=False, form=s["form"])
        top = most_common(counts, s["top_n"])
        lines = kwic(self.text, s["query"], width=7)
        marked = sorted_fr({self._key(t, s) for line in lines for t in tokenize(line.keyword)})
        title = self._title(s)
        bar_chart(top, title=title, ax=self._ax, highlight=marked,
                  ylabel=_(_AXIS[s["form"]]))
        self.shown = Shown(top, lines, title, self._note(s["query"], lines), marked)
        self._refresh()
        return self.shown

    @staticmethod
    def _checked(settings: dict[str, Any]) -> dict[str, Any]:
        s = dict(settings)
        if not isinstance(s["top_n"], int) or isinstance(s["top_n"], bool):
            raise TypeError(_("top_n must be a whole number, got {value}").format(
                value=repr(s["top_n"])))
        s["top_n"] = min(max(s["top_n"], 1), MAX_TOP)
        if s["form"] not in FORMS:
            raise ValueError(_("form must be one of {forms}, got {value}").format(
                forms=FORMS, value=repr(s["form"])))
        if not isinstance(s["query"], str):
            raise TypeError(_("query must be a str, got {kind}").format(
                kind=type(s["query"]).__name__))
        s["stopwords"], s["casefold"] = bool(s["stopwords"]), bool(s["casefold"])
        return s

    @staticmethod
    def _key(token: str, s: dict[str, Any]) -> str:
        """The word ``token`` is counted under, with the current settings."""
        return word_form(normalize(token) if s["casefold"] else token, s["form"])

    @staticmethod
    def _title(s: dict[str, Any]) -> str:
        steps = [_("stopwords removed") if s["stopwords"] else _("stopwords kept"),
                 _("casefolded") if s["casefold"] else _("case kept")]
        return _(_TITLES[s["form"]]).format(n=s["top_n"], settings=", ".join(steps))

    def _note(self, query: str, lines: list[KwicLine]) -> str:
        if not query.strip():
            return _("Type a word in the search box to see it in context.")
        if not lines:
            note = _("«{query}» does not occur in the text.").format(query=query.strip())
            close = [_("«{word}»").format(word=w) for w in similar_words(self.tokens, query)]
            if close:
                words = functools.reduce(
                    lambda a, b: _("{first} or {second}").format(first=a, second=b), close)
                note += " " + _("Did you mean {words}?").format(words=words)
            return note
        n = len(lines)
        return ngettext("{n} occurrence of «{query}»", "{n} occurrences of «{query}»", n).format(
            n=n, query=query.strip())

    # ---- the ipywidgets panel

    def _on_built(self) -> None:
        self._refresh()

    def _build(self):
        import ipywidgets as w

        s = self.settings
        wide = {"description_width": "initial"}
        self.controls = {
            "top_n": w.IntSlider(value=s["top_n"], min=1, max=MAX_TOP, description=_("Top N"),
                                 continuous_update=False),
            "stopwords": w.Checkbox(value=s["stopwords"], description=_("remove stopwords"),
                                    indent=False),
            "casefold": w.Checkbox(value=s["casefold"], description=_("casefold"),
                                   indent=False),
            "form": w.ToggleButtons(options=choices(FORMS), value=s["form"],
                                     description=_("Count"),
                                    style={"button_width": "70px"}),
            "query": w.Text(value=s["query"], description=_("Find in context"),
                            placeholder=_("a word, a phrase, or a prefix*"), style=wide),
        }
        self._image = w.Image(format="png", layout=w.Layout(width="480px"))
        self._html = w.HTML()
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        c = self.controls
        return w.VBox([w.HBox([c["top_n"], c["stopwords"], c["casefold"]]),
                       w.HBox([c["form"], c["query"]]), self._image, self._html])

    def _on_change(self, _change: Any = None) -> None:
        if not self._syncing:
            self.update(**{name: control.value for name, control in self.controls.items()})

    def _refresh(self) -> None:
        if self._widget is None:
            return
        self._syncing = True
        try:  # a test may call update() directly: keep the controls in step
            for name, control in self.controls.items():
                if control.value != self.settings[name]:
                    control.value = self.settings[name]
        finally:
            self._syncing = False
        self._image.value = self.figure._repr_png_()
        self._html.value = f"<p><b>{escape(self.shown.note)}</b></p>{kwic_html(self.shown.lines)}"

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.settings.items())
        return f"FrequencyExplorer({args})"
