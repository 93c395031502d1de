"""Figures for entity mapping: countries, a map, a network and a timeline.

Each takes the core's plain data (:mod:`helpers.linking`, :mod:`helpers.network`,
:mod:`helpers.relations`) and returns a small :class:`~helpers.views.frequency.Figure`
(80 dpi) with a title, labels and a legend, in the Okabe–Ito colours that lesson 03
gives each type (people orange, places blue, organisations green, other names
purple). The map is drawn offline with basemap's own coastlines and borders;
the Basemap projections are made once and reused (they are slow to make).

A map follows its text (:func:`map_region`): it zooms on the region that holds
most of the text's place mentions and says which in its title (East Asia for
the article, Bretagne for a text on Brest and Quimper); the places outside go on
a map of the world beside it.

>>> from helpers import load_article
>>> from helpers.linking import countries_mentioned
>>> fig = countries_chart(countries_mentioned(load_article()))
>>> fig.axes[0].get_title()
'Mentions tied to each country'
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..collation import french_key, sorted_fr
from ..linking import EntityRow, capital_of
from ..network import Network
from ..relations import Event, Relation, short_name
from .entities import COLOURS
from .frequency import GREY, VERMILLION, Figure, bar_chart, leaders, new_figure, quoted

__all__ = ["TYPE_COLOURS", "WORLD", "MapRegion", "basemap", "countries_chart", "draw_places",
           "map_region", "meeting_segments", "network_layout", "network_plot", "place_map",
           "table_text", "timeline_plot"]

TYPE_COLOURS = {label: border for label, (_, border) in COLOURS.items()}
TYPE_NAMES = {"PER": "person", "LOC": "place", "ORG": "organisation", "MISC": "other name"}
REGIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "map_regions.tsv"
Box = tuple[float, float, float, float]  # (lon_min, lat_min, lon_max, lat_max), degrees


def countries_chart(counts: Mapping[str, int], *, title: str = "") -> Figure:
    """Horizontal bars: mentions per country, the most mentioned on top."""
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], french_key(kv[0])))
    fig = bar_chart(pairs, title=title or "Mentions tied to each country",
                    xlabel="mentions", ylabel="country")
    if pairs:
        names, top = leaders(pairs)
        n = len(pairs)
        verb, each = ("leads", "") if len(names) == 1 else ("lead", " each")
        fig.caption = (f"Bar chart of the mentions tied to each of {n} "
                       f"countr{'ies' if n != 1 else 'y'}: {quoted(names)} {verb} with {top} "
                       f"mention{'s' * (top != 1)}{each}.")
    return fig


@dataclass(frozen=True)
class MapRegion:
    """What a map shows: a caption ("East Asia", "Bretagne, France") and a box, or the world."""

    caption: str
    box: Box | None = None  # None: the whole world

    @property
    def world(self) -> bool:
        return self.box is None

    @property
    def title(self) -> str:
        return self.caption[:1].upper() + self.caption[1:]

    def contains(self, lat: float, lon: float) -> bool:
        if self.box is None:
            return True
        lon0, lat0, lon1, lat1 = self.box
        return lon0 <= lon <= lon1 and lat0 <= lat <= lat1


WORLD = MapRegion("the world")


@dataclass(frozen=True)
class _Named:
    name: str
    country: str | None
    box: Box

    def contains(self, lat: float, lon: float) -> bool:
        lon0, lat0, lon1, lat1 = self.box
        return lon0 <= lon <= lon1 and lat0 <= lat <= lat1

    @property
    def area(self) -> float:
        lon0, lat0, lon1, lat1 = self.box
        return (lon1 - lon0) * (lat1 - lat0) * math.cos(math.radians((lat0 + lat1) / 2))


@cache
def _named_regions() -> tuple[_Named, ...]:
    """The regions of ``helpers/data/map_regions.tsv``, the smallest first."""
    lines = REGIONS_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    named = [_Named(name, country or None, (float(a), float(b), float(c), float(d)))
             for name, country, a, b, c, d in rows]
    return tuple(sorted(named, key=lambda n: (n.area, n.name)))


def map_region(rows: Sequence[EntityRow]) -> MapRegion:
    """The region a map of these places shows, from the places themselves.

    The smallest named region (``helpers/data/map_regions.tsv``: world regions,
    countries, French régions) that holds more than half of the mentions of the
    placed rows gives the caption; the map's box is the one around the places
    inside it, with a margin. A région is named only when none of its places lies
    in another région's box too (the boxes are rough); else its country is. With no
    such region, the world.

    >>> from helpers import load_article
    >>> from helpers.linking import entity_table
    >>> map_region(entity_table(load_article())).caption
    'East Asia'
    >>> map_region(entity_table("Alerte à Brest, Lorient et Quimper.")).caption
    'Bretagne, France'
    >>> map_region(entity_table("Crue à Bordeaux, Libourne et Saint-Émilion.")).caption
    'France'
    >>> map_region(entity_table("Washington, Pékin, Moscou et Brasilia ont réagi.")).world
    True
    """
    placed = [r for r in rows if r.placed]
    total = sum(r.mentions for r in placed)
    parts = [n for n in _named_regions() if n.country and n.name]
    for named in _named_regions():
        inside = [r for r in placed if named.contains(r.lat, r.lon)]
        if 2 * sum(r.mentions for r in inside) <= total:
            continue
        if named in parts and any(other.contains(r.lat, r.lon) for other in parts
                                  if other is not named for r in inside):
            continue  # Libourne is in the boxes of two régions: say "France"
        return MapRegion(_caption(named, inside), _box_around(inside))
    return WORLD


def _caption(named: _Named, inside: Sequence[EntityRow]) -> str:
    from ..linking import country_name

    countries = {r.country for r in inside if r.country}
    if named.country and named.name:  # a part of a country: "Bretagne, France"
        return f"{named.name}, {country_name(named.country) or named.country}"
    if len(countries) == 1:  # one country, even in a wider region: "Allemagne"
        code = countries.pop()
        return country_name(code) or code
    return named.name or country_name(named.country) or "the world"


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _latitude(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def _box_around(rows: Sequence[EntityRow], *, margin: float = 0.2, least: float = 1.5) -> Box:
    """A box around the rows' points: a margin of 20 % (and at least ``least`` degrees),
    widened or heightened to a landscape shape on the Mercator map, rounded out to 0.5°."""
    lats, lons = [r.lat for r in rows], [r.lon for r in rows]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max(margin * (lat1 - lat0), least)
    pad_lon = max(margin * (lon1 - lon0), least)
    lat0, lat1 = max(lat0 - pad_lat, -75.0), min(lat1 + pad_lat, 80.0)
    lon0, lon1 = max(lon0 - pad_lon, -180.0), min(lon1 + pad_lon, 180.0)
    y0, y1 = _mercator_y(lat0), _mercator_y(lat1)
    width, height = math.radians(lon1 - lon0), y1 - y0
    if width < 1.2 * height:  # too tall: widen
        extra = math.degrees(1.2 * height - width) / 2
        lon0, lon1 = max(lon0 - extra, -180.0), min(lon1 + extra, 180.0)
    elif width > 2.0 * height:  # too flat: heighten
        extra = (width / 2.0 - height) / 2
        lat0, lat1 = max(_latitude(y0 - extra), -75.0), min(_latitude(y1 + extra), 80.0)
    return (math.floor(lon0 * 2) / 2, math.floor(lat0 * 2) / 2,
            math.ceil(lon1 * 2) / 2, math.ceil(lat1 * 2) / 2)


def _region(region: MapRegion | str) -> MapRegion:
    if isinstance(region, MapRegion):
        return region
    if region == "world":
        return WORLD
    raise ValueError(f"region must be a MapRegion (see map_region) or 'world', got {region!r}")


@cache
def _basemap(box: Box | None) -> Any:
    with warnings.catch_warnings():  # basemap's compiled part, built on an older numpy
        warnings.filterwarnings("ignore", "numpy.ndarray size changed", RuntimeWarning)
        from mpl_toolkits.basemap import Basemap

    if box is None:
        return Basemap(projection="robin", lon_0=0, resolution="c")
    lon0, lat0, lon1, lat1 = box
    return Basemap(projection="merc", llcrnrlon=lon0, llcrnrlat=lat0, urcrnrlon=lon1,
                   urcrnrlat=lat1, resolution="l" if lon1 - lon0 > 12 else "i")


def basemap(region: MapRegion | str = "world") -> Any:
    """The Basemap of a region, made once per box: Mercator for a region, Robinson for the world."""
    return _basemap(_region(region).box)


def _background(ax: Axes, region: MapRegion | str) -> Any:
    m = basemap(region)
    # The shared Basemap remembers the last map edge it drew, in another figure: forget it.
    m._mapboundarydrawn = False
    m.drawmapboundary(linewidth=0.6, ax=ax)
    # above the map's edge patch (zorder 0), which would hide it on a Mercator map
    m.fillcontinents(color="#F2F2F2", lake_color="white", ax=ax, zorder=0.5)
    m.drawcoastlines(linewidth=0.5, color="#555555", ax=ax)
    m.drawcountries(linewidth=0.4, color="#999999", ax=ax)
    ax._kit_map_edge = m._mapboundarydrawn  # for draw_places, later, on this Axes
    return m


def meeting_segments(found: Iterable[Relation], rows: Iterable[EntityRow]
                     ) -> list[tuple[tuple[float, float], tuple[float, float], str, int]]:
    """Lines for meetings: ``((lat, lon), (lat, lon), label, weight)``.

    A meeting with a place joins each side's capital to that place; one without
    joins the two sides' capitals (``weight`` is the number of meetings).
    """
    from ..gazetteer import lookup

    where = {r.entity: r for r in rows}
    segments = []
    for r in found:
        if r.relation != "met":
            continue
        sides = [lookup(r.subject), lookup(r.object)]
        capitals = [capital_of(e.country) if e else None for e in sides]
        if any(c is None or c.coordinates is None for c in capitals):
            continue
        label = f"{short_name(r.subject)}–{short_name(r.object)}"
        place = where.get(r.place) if r.place else None
        if place is not None and place.placed:
            for c in capitals:
                if c.coordinates != (place.lat, place.lon):
                    segments.append((c.coordinates, (place.lat, place.lon), label, 1))
        else:
            segments.append((capitals[0].coordinates, capitals[1].coordinates, label,
                             r.times or 1))
    return segments


def draw_places(ax: Axes, region: MapRegion | str, rows: Sequence[EntityRow], *,
                meeting_places: Iterable[str] = (),
                segments: Sequence[tuple[Any, Any, str, int]] = (),
                labels: str = "") -> list[Any]:
    """Draw points, labels and meeting lines on a panel; return the artists (to remove later).

    ``labels``: "all" or "countries" (the default on the world map, where towns crowd).
    """
    region = _region(region)
    m = basemap(region)
    m._mapboundarydrawn = getattr(ax, "_kit_map_edge", False)  # this Axes' edge (see _background)
    meet = set(meeting_places)
    artists: list[Any] = []
    for (lat0, lon0), (lat1, lon1), _, weight in segments:
        line = m.drawgreatcircle(lon0, lat0, lon1, lat1, ax=ax, color=VERMILLION,
                                 linewidth=0.8 + 0.6 * weight, alpha=0.7, zorder=3)
        artists.extend(line)
    small = region.world
    labels = labels or ("countries" if small else "all")
    for r in rows:
        if not r.placed or not region.contains(r.lat, r.lon):
            continue
        x, y = m(r.lon, r.lat)
        colour = TYPE_COLOURS.get(r.type, GREY)
        if r.entity in meet:
            artists.append(ax.scatter([x], [y], s=60 + 50 * r.mentions, marker="*",
                                      color=VERMILLION, edgecolor="black", linewidth=0.6,
                                      zorder=5))
        else:
            size = (12 if small else 25) * r.mentions + 10
            artists.append(ax.scatter([x], [y], s=size, color=colour, edgecolor="white",
                                      linewidth=0.5, alpha=0.9, zorder=4))
        if labels == "all" or r.kind == "country":
            artists.append(ax.annotate(r.entity, (x, y), xytext=(4, 3),
                                       textcoords="offset points", fontsize=7 if small else 8,
                                       fontweight="bold" if r.entity in meet else "normal",
                                       zorder=6))
    return artists


def _legend(ax: Axes, meeting: bool, *, loc: str = "best") -> None:
    handles = [Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS["LOC"],
                      label="place (size: mentions)")]
    if meeting:
        handles.append(Line2D([], [], marker="*", linestyle="", color=VERMILLION,
                              markeredgecolor="black", markersize=11, label="meeting place"))
        handles.append(Line2D([], [], color=VERMILLION, linewidth=1.6,
                              label="meeting (width: times)"))
    ax.legend(handles=handles, loc=loc, fontsize=7, framealpha=0.9)


def _no_places(not_placed: Sequence[str]) -> Figure:
    fig, ax = new_figure(6, 2.2)
    ax.set_axis_off()
    message = "No place to put on the map: the text names no place the gazetteer knows."
    if not_placed:
        message += "\nNot placed (unknown to the gazetteer): " + ", ".join(sorted_fr(not_placed))
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=10)
    ax.set_title("Map of the places mentioned")
    fig.caption = "No map: the text names no place the gazetteer knows" + (
        f" (not placed: {quoted(sorted_fr(not_placed), 5)})." if not_placed else ".")
    return fig


def place_map(rows: Sequence[EntityRow], found: Iterable[Relation] = (), *,
              title: str = "Places of the article") -> Figure:
    """The places of a text on the map of their region (:func:`map_region`), sized by
    mentions, meetings as lines; the places outside that region on a map of the world
    beside it. Each panel's title says what it shows.

    With no place that can be placed, a figure that says so (and lists the
    places it could not place) instead of an empty map.
    """
    found = list(found)
    placed = [r for r in rows if r.placed and r.type == "LOC"]
    not_placed = [r.entity for r in rows if r.type == "LOC" and not r.placed]
    if not placed:
        return _no_places(not_placed)
    meeting_places = {r.place for r in found if r.relation == "met" and r.place}
    segments = meeting_segments(found, placed)
    region = map_region(placed)
    outside = [r for r in placed if not region.contains(r.lat, r.lon)]
    if region.world:
        fig = Figure(figsize=(8.5, 4.8), dpi=80, layout="constrained")
        panels = [(fig.subplots(), region, "all", "The world")]
    elif not outside:
        fig = Figure(figsize=(6.4, 5.0), dpi=80, layout="constrained")
        panels = [(fig.subplots(), region, "all", region.title)]
    else:
        fig = Figure(figsize=(9.5, 4.6), dpi=80, layout="constrained")
        main, world = fig.subplots(1, 2, width_ratios=[1, 1.45])
        panels = [(main, region, "all", region.title),
                  (world, WORLD, "countries", "The world (countries labelled)")]
    for ax, where, labels, panel_title in panels:
        _background(ax, where)
        draw_places(ax, where, placed, meeting_places=meeting_places, segments=segments,
                    labels=labels)
        ax.set_title(panel_title, fontsize=10)
    _legend(panels[0][0], bool(meeting_places or segments))
    fig.suptitle(title)
    if not_placed:
        fig.text(0.01, 0.01, "Not placed: " + ", ".join(sorted_fr(not_placed)), fontsize=8)
    fig.caption = _map_caption(region, placed, outside, meeting_places, not_placed)
    return fig


def _map_caption(region: MapRegion, placed: Sequence[EntityRow], outside: Sequence[EntityRow],
                 meeting_places: Iterable[str], not_placed: Sequence[str]) -> str:
    n = len(placed)
    where = "the world" if region.world else region.caption
    parts = [f"Map of {where} with the {n} place{'s' * (n != 1)} of the text, sized by "
             "mentions"]
    if outside and not region.world:
        parts.append(f"{quoted(sorted_fr(r.entity for r in outside))} outside it, on the "
                     "world map beside it")
    names, top = leaders(sorted(((r.entity, r.mentions) for r in placed),
                                key=lambda kv: (-kv[1], french_key(kv[0]))))
    verb = "is the most mentioned" if len(names) == 1 else "are the most mentioned"
    times = "once" if top == 1 else f"{top} times"
    parts.append(f"{quoted(names)} {verb}, {times}" + (" each" if len(names) > 1 else ""))
    meet = sorted_fr(set(meeting_places))
    if meet:
        parts.append(f"meeting place{'s' * (len(meet) > 1)}: {quoted(meet)}")
    if not_placed:
        parts.append(f"not placed: {quoted(sorted_fr(not_placed), 5)}")
    return "; ".join(parts) + "."


def network_layout(net: Network, seed: int = 4) -> dict[str, tuple[float, float]]:
    """Node positions (a seeded spring layout), so the same net is drawn the same way."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(net.nodes))
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in net.edges.items())
    pos = nx.spring_layout(graph, seed=seed, k=1.1)
    return {node: (round(float(x), 4), round(float(y), 4)) for node, (x, y) in pos.items()}


def network_plot(net: Network, *, ax: Axes | None = None,
                 pos: Mapping[str, tuple[float, float]] | None = None,
                 title: str = "") -> Figure:
    """Nodes coloured by type and sized by mentions; edges as wide as their count."""
    import networkx as nx

    if ax is None:
        _, ax = new_figure(7, 5.2)
    ax.clear()
    pos = dict(pos or network_layout(net))
    graph = nx.Graph()
    nodes = sorted(net.nodes)
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in net.edges.items())
    edges = list(net.edges)
    nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, edge_color=GREY, alpha=0.6,
                           width=[1.2 * net.edges[e] for e in edges])
    nx.draw_networkx_nodes(graph, pos, nodelist=nodes, ax=ax,
                           node_color=[TYPE_COLOURS.get(net.types[n], GREY) for n in nodes],
                           node_size=[70 + 70 * net.nodes[n] for n in nodes], edgecolors="white")
    nx.draw_networkx_labels(graph, pos, labels={n: n for n in nodes}, ax=ax, font_size=8)
    types = sorted({net.types[n] for n in nodes}, key=list(TYPE_COLOURS).index)
    handles = [Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[t],
                      label=TYPE_NAMES[t]) for t in types]
    handles.append(Line2D([], [], color=GREY, linewidth=1.2, label="shared 1 " + net.window))
    most = max(net.edges.values(), default=1)  # the widest edge drawn, if wider than 1
    if most > 1:
        handles.append(Line2D([], [], color=GREY, linewidth=1.2 * most,
                              label=f"shared {most} {net.window}s"))
    ax.legend(handles=handles, loc="lower left", fontsize=7, framealpha=0.9,
              title="node size: mentions", title_fontsize=7)
    ax.set_title(title or f"Who appears with whom (same {net.window})")
    ax.set_axis_off()
    if not nodes:
        ax.text(0.5, 0.5, "no entity to show", ha="center", va="center", transform=ax.transAxes)
    ax.figure.caption = _network_caption(net)
    return ax.figure


def _network_caption(net: Network) -> str:
    n, links = len(net.nodes), len(net.edges)
    head = (f"Network of {n} entit{'ies' if n != 1 else 'y'} with {links} link"
            f"{'s' * (links != 1)} (two entities are linked when they share a {net.window})")
    if not links:
        return head + "."
    pairs = sorted(net.edges.items(), key=lambda kv: (-kv[1], french_key(kv[0][0]),
                                                      french_key(kv[0][1])))
    best, top = leaders((f"{a} – {b}", w) for (a, b), w in pairs)
    shared = f"{top} {net.window}{'s' * (top != 1)}"
    if len(best) == 1:
        return f"{head}: the strongest link, {quoted(best)}, is shared by {shared}."
    return f"{head}: the strongest links, {quoted(best)}, are shared by {shared} each."


def _year(value: str) -> float:
    """An ISO date, month or year as a fractional year (the start of the period)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return float(parts[0])
    if len(parts) == 2:
        return parts[0] + (parts[1] - 1) / 12
    day = dt.date(*parts)
    return parts[0] + (day.timetuple().tm_yday - 1) / 365


def timeline_plot(found: Sequence[Event], *, title: str = "Timeline of the dated events"
                  ) -> Figure:
    """One row per event: a point for a day, month or year, a bar for a period."""
    fig, ax = new_figure(8, 0.9 + 0.55 * max(len(found), 1))
    for i, event in enumerate(found):
        y = len(found) - i
        if "/" in event.date:
            start, end = (_year(v) for v in event.date.split("/"))
            ax.plot([start, end + 1 / 12], [y, y], color=GREEN_PERIOD, linewidth=6,
                    solid_capstyle="butt")
        else:
            ax.plot([_year(event.date)], [y], "o", color=VERMILLION, markersize=7)
        x = _year(event.date.split("/")[0])
        late = x > 2015
        ax.annotate(f"{event.date}  {event.label}", (x, y), xytext=(6 if late else -2, 7),
                    textcoords="offset points", fontsize=8, ha="right" if late else "left")
    ax.set_ylim(0.3, len(found) + 0.9)
    ax.set_yticks([])
    ax.set_xlim(2010.3, 2020.3)
    ax.set(title=title, xlabel="year")
    handles = [Line2D([], [], marker="o", linestyle="", color=VERMILLION, label="a date"),
               Line2D([], [], color=GREEN_PERIOD, linewidth=6, label="a period")]
    ax.legend(handles=handles, loc="lower left", fontsize=8)
    if not found:
        ax.text(0.5, 0.5, "no dated event", ha="center", va="center", transform=ax.transAxes)
    fig.caption = _timeline_caption(found)
    return fig


def _timeline_caption(found: Sequence[Event]) -> str:
    if not found:
        return "Timeline: no dated event."
    n = len(found)
    first, last = found[0].date.split("/")[0], found[-1].date.split("/")[-1]
    return (f"Timeline of {n} dated event{'s' * (n != 1)} from {first} to {last}: the latest, "
            f"« {found[-1].label} », is dated {found[-1].date}.")


GREEN_PERIOD = "#009E73"


def table_text(rows: Sequence[EntityRow]) -> str:
    """The entity table as aligned plain text (no wrapping, for a notebook's output)."""
    lines = [f"{'entity':18} {'type':4} {'country':7} {'mentions':>8}  {'paragraphs':10}  map"]
    for r in rows:
        where = f"{r.lat:.2f}, {r.lon:.2f}" if r.placed else (r.note.split(":")[0] or "—")
        paragraphs = ", ".join(map(str, r.paragraphs))
        lines.append(f"{r.entity:18} {r.type:4} {r.country or '—':7} {r.mentions:8}  "
                     f"{paragraphs:10}  {where}")
    return "\n".join(lines)
