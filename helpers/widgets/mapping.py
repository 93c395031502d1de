"""Mapping panel: the map of the text's places and the co-occurrence network, filtered together.

Controls: which entity types to show, a minimum number of mentions, and the
co-occurrence window (sentence or paragraph). The map shows the region that holds
most of the text's place mentions (East Asia for the article: see
:func:`helpers.views.mapping.map_region`); its title says which. ``update(...)`` filters, redraws
the one figure (the map's coastlines are drawn once; only points, labels and
the network are redrawn) and returns what is shown as plain data, so a test
can drive the panel without a browser.

>>> panel = MappingPanel()
>>> shown = panel.update(types=["PER", "LOC"], min_mentions=3, window="sentence")
>>> shown.entities
['Kim Jong-un', 'Moscou', 'Pyongyang', 'Russie']
>>> shown.edges  # doctest: +NORMALIZE_WHITESPACE
[('Kim Jong-un', 'Moscou', 1), ('Kim Jong-un', 'Pyongyang', 1), ('Kim Jong-un', 'Russie', 1),
 ('Moscou', 'Pyongyang', 2), ('Pyongyang', 'Russie', 1)]
>>> shown.note
'4 entities (1 person, 3 places), 5 links (same sentence)'
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from ..entities.linking import EntityRow, entity_table, link_mentions
from ..entities.network import WINDOWS, Network, cooccurrence, subnetwork
from ..entities.relation_extraction import meeting_places, relations
from ..text.collation import did_you_mean, fold, sorted_fr
from ..translation import N_, ngettext
from ..translation import gettext as _
from ..views.frequency import Figure
from ..views.mapping import (
    TYPE_NAMES,
    draw_background,
    draw_legend,
    draw_places,
    map_region,
    meeting_segments,
    network_layout,
    network_plot,
)
from .panel import Panel, choices

__all__ = ["TYPES", "MappingPanel", "Shown"]

TYPES = ("PER", "LOC", "ORG", "MISC")
_PLURAL = {"PER": "people", "LOC": "places", "ORG": "organisations", "MISC": "other names"}
# "(same sentence)": the window of the links counted, as the note says it
_SAME = {"sentence": N_("same sentence"), "paragraph": N_("same paragraph")}
N_("sentence"), N_("paragraph")  # the labels of the window menu (its values are WINDOWS)
# What a student may type for a type, in any case or accents: "per", "Person", "places" …
_TYPE_WORDS = {fold(word): label for label in TYPES
               for word in (label, TYPE_NAMES[label], _PLURAL[label])}


def _checked_types(types: Any) -> tuple[str, ...]:
    """The entity types asked for, as labels in the order of :data:`TYPES`."""
    if isinstance(types, str):
        types = [types]
    types = [_TYPE_WORDS.get(fold(t), t) if isinstance(t, str) else t for t in types]
    unknown = [t for t in dict.fromkeys(types) if t not in TYPES]
    if unknown:
        close = [_TYPE_WORDS[fold(w)] for t in unknown if isinstance(t, str)
                 for w in did_you_mean(t, _TYPE_WORDS, n=1)]
        message = (_("types must be among {types} (or person, place, organisation, other name), "
                     "got {unknown}; did you mean {close}?") if close else
                   _("types must be among {types} (or person, place, organisation, other name), "
                     "got {unknown}"))
        raise ValueError(message.format(types=TYPES, unknown=unknown,
                                        close=list(dict.fromkeys(close))))
    return tuple(t for t in TYPES if t in types)


def _checked_window(window: Any) -> str:
    """The window asked for, in any case ("Sentence"), one of :data:`WINDOWS`."""
    folded = fold(window) if isinstance(window, str) else window
    if folded not in WINDOWS:
        close = did_you_mean(window, WINDOWS, n=1) if isinstance(window, str) else []
        message = (_("window must be one of {windows}, got {window}; did you mean {close}?")
                   if close else _("window must be one of {windows}, got {window}"))
        raise ValueError(message.format(windows=WINDOWS, window=repr(window),
                                        close=repr(close[0]) if close else ""))
    return folded


@dataclass(frozen=True)
class Shown:
    """What the panel shows: entities and places (French alphabetical order), edges, a summary."""

    entities: list[str]
    places: list[str]
    edges: list[tuple[str, str, int]]
    note: str


class MappingPanel(Panel):
    """Filter the map and the network of a text (the article by default)."""

    def __init__(self, text: Any = None, *, types: Any = TYPES, min_mentions: int = 1,
                 window: str = "sentence") -> None:
        if text is None:
            from ..text.corpus import load_article

            text = load_article()
        self.doc = text
        plain = getattr(text, "text", text)
        if not isinstance(plain, str):
            raise TypeError(_("MappingPanel needs a text (str or Document), got {kind}").format(
                kind=type(plain).__name__))
        from ..entities.extraction import extract_entities

        mentions = link_mentions(extract_entities(plain))
        self.rows: list[EntityRow] = entity_table(plain, mentions)
        self.networks: dict[str, Network] = {w: cooccurrence(plain, mentions, window=w)
                                             for w in WINDOWS}
        self.relations = relations(text, mentions)
        self.pos = network_layout(self.networks["paragraph"])  # one layout: nodes stay put
        self._meeting = meeting_places(self.relations)
        self._segments = meeting_segments(self.relations, [r for r in self.rows if r.placed])
        self.figure = Figure(figsize=(10, 4.4), dpi=80)
        self.figure.subplots_adjust(left=0.01, right=0.99, top=0.92, bottom=0.02, wspace=0.04)
        self._map_ax, self._net_ax = self.figure.subplots(1, 2, width_ratios=[1, 1.3])
        self.region = map_region([r for r in self.rows if r.type == "LOC" and r.placed])
        draw_background(self._map_ax, self.region)
        draw_legend(self._map_ax, True)
        self._artists: list[Any] = []
        self.settings: dict[str, Any] = {}
        self.controls: dict[str, Any] = {}
        self._widget = None
        self._syncing = False
        self.shown = self.update(types=types, min_mentions=min_mentions, window=window)

    # ---- the update function, driven by the controls or by a test

    def update(self, *, types: Any = None, min_mentions: int | None = None,
               window: str | None = None) -> Shown:
        """Change any settings (the others stay), redraw, and return what is shown."""
        new = {"types": types, "min_mentions": min_mentions, "window": window}
        s = self._checked({**self.settings, **{k: v for k, v in new.items() if v is not None}})
        self.settings = s
        keep = [r for r in self.rows if r.type in s["types"] and r.mentions >= s["min_mentions"]]
        names = {r.entity for r in keep}
        sub = subnetwork(self.networks[s["window"]], names)
        shown_places = self._draw_map(keep, s["min_mentions"])
        network_plot(sub, ax=self._net_ax, pos=self.pos)
        self.shown = Shown(sorted_fr(names), sorted_fr(shown_places),
                           [(a, b, w) for (a, b), w in sub.edges.items()],
                           self._note(keep, sub))
        n = len(shown_places)
        self.figure.caption = ngettext(
            "Map of {n} place in {region} and network of the entities shown: {note}.",
            "Map of {n} places in {region} and network of the entities shown: {note}.", n
        ).format(n=n, region=self.region.caption, note=self.shown.note)
        self._refresh()
        return self.shown

    def _draw_map(self, keep: list[EntityRow], min_mentions: int) -> set[str]:
        """Redraw the places of ``keep`` and their meeting lines; return the places shown."""
        places = [r for r in keep if r.type == "LOC" and r.placed]
        for artist in self._artists:
            artist.remove()
        shown_places = {r.entity for r in places}
        segments = [seg for seg in self._segments
                    if any(self._near(seg[1], r) for r in places)] if places else []
        self._artists = draw_places(self._map_ax, self.region, places,
                                    meeting_places=self._meeting & shown_places,
                                    segments=segments, labels="all")
        self._map_ax.set_title(ngettext("Places in {region} (≥ {n} mention)",
                                        "Places in {region} (≥ {n} mentions)", min_mentions
                                        ).format(region=self.region.caption, n=min_mentions),
                               fontsize=10)
        return shown_places

    @staticmethod
    def _near(point: tuple[float, float], row: EntityRow) -> bool:
        return abs(point[0] - row.lat) < 1e-6 and abs(point[1] - row.lon) < 1e-6

    @staticmethod
    def _checked(settings: dict[str, Any]) -> dict[str, Any]:
        s = dict(settings)
        s["types"] = _checked_types(s["types"])
        if not isinstance(s["min_mentions"], int) or isinstance(s["min_mentions"], bool):
            raise TypeError(_("min_mentions must be a whole number, got {value}").format(
                value=repr(s["min_mentions"])))
        s["min_mentions"] = max(1, s["min_mentions"])
        s["window"] = _checked_window(s["window"])
        return s

    def _note(self, keep: list[EntityRow], net: Network) -> str:
        counts = [(t, sum(r.type == t for r in keep)) for t in TYPES]
        parts = [_counted(t, c) for t, c in counts if c]
        detail = f" ({', '.join(parts)})" if parts else ""
        entities = ngettext("{n} entity", "{n} entities", len(keep)).format(n=len(keep))
        links = ngettext("{n} link", "{n} links", len(net.edges)).format(n=len(net.edges))
        return f"{entities}{detail}, {links} ({_(_SAME[net.window])})"

    # ---- the ipywidgets panel

    def _build(self):
        import ipywidgets as w

        s = self.settings
        most = max((r.mentions for r in self.rows), default=1)
        self.controls = {
            "types": w.SelectMultiple(options=list(TYPES), value=list(s["types"]),
                                      description=_("Types"), rows=4),
            "min_mentions": w.IntSlider(value=s["min_mentions"], min=1, max=max(most, 2),
                                        description=_("Min. mentions"), continuous_update=False,
                                        style={"description_width": "initial"}),
            "window": w.Dropdown(options=choices(WINDOWS), value=s["window"],
                                 description=_("Window")),
        }
        self._image = w.Image(format="png", layout=w.Layout(width="800px"))
        self._html = w.HTML()
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        c = self.controls
        return w.VBox([w.HBox([c["types"], w.VBox([c["min_mentions"], c["window"]])]),
                       self._html, self._image])

    def _on_built(self) -> None:
        self._refresh()

    def _on_change(self, _change: Any = None) -> None:
        if not self._syncing:
            values = {name: control.value for name, control in self.controls.items()}
            values["types"] = list(values["types"])
            self.update(**values)

    def _refresh(self) -> None:
        if self._widget is None:
            return
        self._syncing = True
        try:
            for name, control in self.controls.items():
                value = self.settings[name]
                if name == "types":
                    value = tuple(value)
                if control.value != value:
                    control.value = value
        finally:
            self._syncing = False
        self._html.value = f"<p><b>{escape(self.shown.note)}</b></p>"
        self._image.value = self.figure._repr_png_()

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.settings.items())
        return f"MappingPanel({args})"


def _counted(label: str, n: int) -> str:
    """``n`` entities of type ``label``, in words ("3 places").

    >>> _counted("PER", 1), _counted("MISC", 2)
    ('1 person', '2 other names')
    """
    forms = {"PER": ngettext("{n} person", "{n} people", n),
             "LOC": ngettext("{n} place", "{n} places", n),
             "ORG": ngettext("{n} organisation", "{n} organisations", n),
             "MISC": ngettext("{n} other name", "{n} other names", n)}
    return forms[label].format(n=n)
