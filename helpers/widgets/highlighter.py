"""Entity highlighter: pick a source (rules, spaCy, gold, or a diff) and the types to show.

>>> hl = EntityHighlighter()
>>> html = hl.update("rules", ["PER"])
>>> html.count('data-label="PER"'), 'data-label="LOC"' in html
(11, False)
>>> 'data-kind="match"' in hl.update("diff: rules vs gold", ["PER", "LOC"])
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from ..entities.dates import find_dates
from ..entities.extraction import Mention, extract_entities, load_gold_entities, spacy_entities
from ..translation import N_, ngettext
from ..translation import gettext as _
from ..views.entities import COLOURS, diff_html, entities_html
from .panel import Panel, choices

# values a student passes to update(); the menu shows them in the language in effect
SOURCES = (N_("rules"), "spaCy", N_("gold"), N_("diff: rules vs gold"), N_("diff: spaCy vs gold"))
TYPES = tuple(COLOURS)  # PER LOC ORG MISC DATE


class EntityHighlighter(Panel):
    """Checkboxes for the entity types, a menu of sources, and the text highlighted.

    ``update(source, types)`` returns the HTML shown; the widget calls it on every
    change, and a test can call it directly. By default the text is the article
    and the gold is ``seeds/gold_entities.tsv``; pass ``text`` (and ``gold``, a
    list of mentions) to look at another text. spaCy is loaded only when a spaCy
    source is chosen. Dates come from ``find_dates`` for "rules"; spaCy's
    French model has no DATE type.
    """

    def __init__(self, text: str | None = None, gold: Sequence[Mention] | None = None) -> None:
        if text is None:
            from ..text.corpus import load_article

            text = load_article().text
            if gold is None:
                gold = load_gold_entities(layer="all")
        self.text = text
        self.gold = list(gold) if gold is not None else None
        self._cache: dict[str, list[Mention]] = {}

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources this text offers (no gold, no gold or diff choices)."""
        return SOURCES if self.gold is not None else ("rules", "spaCy")

    def mentions(self, source: str) -> list[Mention]:
        """The mentions of one source: "rules", "spaCy" or "gold" (cached)."""
        if source not in self._cache:
            if source == "rules":
                found = extract_entities(self.text) + find_dates(self.text)
            elif source == "spaCy":
                found = spacy_entities(self.text)
            elif source == "gold" and self.gold is not None:
                found = list(self.gold)
            else:
                raise ValueError(_("source must be one of {sources}, got {source}").format(
                    sources=self.sources, source=repr(source)))
            self._cache[source] = sorted(found, key=lambda m: (m.start, m.end))
        return self._cache[source]

    def update(self, source: str = "rules", types: Iterable[str] = TYPES) -> str:
        """The HTML for one source and the checked types."""
        types = [t for t in TYPES if t in set(types)]
        if source.startswith("diff: "):
            predicted = self.mentions(source.removeprefix("diff: ").split(" vs ")[0])
            gold = self.mentions("gold")
            head = f"<p><b>{escape(_(source))}</b> · {_types(types)}</p>"
            return head + diff_html(self.text, gold, predicted, labels=types)
        shown = [m for m in self.mentions(source) if m.label in types]
        n = len(shown)
        found = ngettext("<b>{n} mentions</b> from {source}",  # English: "1 mentions" too
                         "<b>{n} mentions</b> from {source}", n)
        found = found.format(n=n, source=escape(_(source)))
        return f"<p>{found} · {_types(types)}</p>" + entities_html(self.text, shown, labels=types)

    def _build(self):
        import ipywidgets as w

        boxes = {t: w.Checkbox(value=True, description=t, indent=False,
                               layout=w.Layout(width="auto")) for t in TYPES}
        menu = w.Dropdown(options=choices(self.sources), value="rules",
                          description=_("Source"))
        out = w.HTML(value=self.update("rules", TYPES))

        def refresh(_change=None) -> None:
            out.value = self.update(menu.value, [t for t, box in boxes.items() if box.value])

        for box in boxes.values():
            box.observe(refresh, names="value")
        menu.observe(refresh, names="value")
        self.controls = {"source": menu, **{f"type {t}": b for t, b in boxes.items()},
                         "output": out}
        return w.VBox([w.HBox([menu, *boxes.values()]), out])

    def __repr__(self) -> str:
        return f"EntityHighlighter(sources={list(self.sources)})"


def _types(types: list[str]) -> str:
    """The "types: PER, LOC" (HTML) of the header above the highlighted text."""
    return _("types: {types}").format(types=escape(", ".join(types) or _("none")))
