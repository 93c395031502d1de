"""Figures for entity mapping: countries, a map, a network and a timeline.

Each takes the core's plain data (:mod:`helpers.entities.linking`, :mod:`helpers.entities.network`,
:mod:`helpers.entities.relation_extraction`) and returns a small
:class:`~helpers.views.figure.Figure`
with a title, labels and a legend, in the Okabe–Ito colours that lesson 03
gives each type (people orange, places blue, organisations green, other names
purple). The map is drawn offline with basemap's own coastlines and borders, on
the region of the text's places (:mod:`helpers.views.regions`); names sit beside
their markers, never on one another (:mod:`helpers.views.labels`); a meeting line
that leaves a world map at its edge comes back at the other edge. The network
(:mod:`helpers.views.graph`) and the timeline (:mod:`helpers.views.timeline`) are
imported from here too.

>>> from helpers import load_article
>>> from helpers.entities.linking import countries_mentioned
>>> fig = countries_chart(countries_mentioned(load_article()))
>>> fig.axes[0].get_title()
'Mentions tied to each country'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..entities.linking import EntityRow
from ..entities.relation_extraction import Relation
from ..entities.relation_extraction import meeting_places as meetings_at
from ..frequency.counts import most_common
from ..text.collation import french_key, sorted_fr
from ..translation import N_
from ..translation import gettext as _
from .captions import countries_caption, map_caption
from .entities import TYPE_COLOURS, TYPE_NAMES
from .figure import (
    GREY,
    VERMILLION,
    Figure,
    blank_figure,
    font,
    new_figure,
    projected,
    quoted,
    stroke,
)
from .frequency import bar_chart
from .graph import network_layout, network_plot
from .labels import Spot, place_labels, renderer_of, settle_legend
from .regions import (
    WORLD,
    MapRegion,
    as_region,
    basemap,
    great_circle_pieces,
    map_region,
    meeting_segments,
)
from .timeline import timeline_plot

__all__ = ["TYPE_COLOURS", "TYPE_NAMES", "WORLD", "MapRegion", "basemap", "countries_chart",
           "draw_background", "draw_legend", "draw_places", "great_circle_pieces", "map_region",
           "meeting_segments", "network_layout", "network_plot", "place_map", "table_text",
           "timeline_plot"]

LABEL_SIZE = {"region": 9.0, "world": 8.5}  # points: a place's name on its map
_PLACES = N_("Places of the article")


@projected
def countries_chart(counts: Mapping[str, int], *, title: str = "") -> Figure:
    """Horizontal bars: mentions per country, the most mentioned on top."""
    pairs = most_common(counts)
    fig = bar_chart(pairs, title=_(title) or _("Mentions tied to each country"),
                    xlabel=_("mentions"), ylabel=_("country"))
    if pairs:
        fig.caption = countries_caption(pairs)
    return fig


def draw_background(ax: Axes, region: MapRegion | str) -> Any:
    """Draw a region's map on a panel (edge, land, coastlines, borders); return its Basemap.

    :func:`draw_places` then draws on it, and a panel that is redrawn keeps it.
    """
    m = basemap(region)
    # The shared Basemap remembers the last map edge it drew, in another figure: forget it.
    m._mapboundarydrawn = False
    m.drawmapboundary(linewidth=stroke(0.6), ax=ax)
    # above the map's edge patch (zorder 0), which would hide it on a Mercator map
    m.fillcontinents(color="#F2F2F2", lake_color="white", ax=ax, zorder=0.5)
    m.drawcoastlines(linewidth=stroke(0.5), color="#555555", ax=ax)
    m.drawcountries(linewidth=stroke(0.4), color="#999999", ax=ax)
    ax._kit_map_edge = m._mapboundarydrawn  # for draw_places, later, on this Axes
    return m


def _marker_size(row: EntityRow, meeting: bool, world: bool) -> float:
    """A place's marker area in points² (as matplotlib's scatter takes it)."""
    if meeting:
        return 60 + 50 * row.mentions
    return (12 if world else 25) * row.mentions + 10


def _draw_marks(ax: Axes, region: MapRegion, rows: Sequence[EntityRow], meet: set[str],
                segments: Sequence[tuple[Any, Any, str, int]], labels: str
                ) -> tuple[list[Any], list[Line2D], list[Spot]]:
    """Meeting lines and place markers; the names to place once the figure is laid out."""
    m = basemap(region)
    # this Axes' edge (see draw_background)
    m._mapboundarydrawn = getattr(ax, "_kit_map_edge", False)
    lon_0 = float(m.projparams.get("lon_0", 0.0))
    lines: list[Line2D] = []
    for (lat0, lon0), (lat1, lon1), _label, weight in segments:
        for lons, lats in great_circle_pieces(lat0, lon0, lat1, lon1, lon_0=lon_0):
            x, y = m(lons, np.clip(lats, -85, 85))  # Mercator has no pole
            lines.extend(ax.plot(x, y, color=VERMILLION, linewidth=stroke(0.8 + 0.6 * weight),
                                 alpha=0.7, zorder=3, gid="meeting", scalex=False,
                                 scaley=False))
    artists: list[Any] = list(lines)
    world = region.world
    size = font(LABEL_SIZE["world" if world else "region"])
    spots = []
    for r in rows:
        if not r.placed or not region.contains(r.lat, r.lon):
            continue
        x, y = m(r.lon, r.lat)
        area = _marker_size(r, r.entity in meet, world)
        if r.entity in meet:
            artists.append(ax.scatter([x], [y], s=area, marker="*", color=VERMILLION,
                                      edgecolor="black", linewidth=0.6, zorder=5))
        else:
            artists.append(ax.scatter([x], [y], s=area, color=TYPE_COLOURS.get(r.type, GREY),
                                      edgecolor="white", linewidth=0.5, alpha=0.9, zorder=4))
        if labels == "all" or r.kind == "country":
            spots.append((r.entity not in meet, -r.mentions, french_key(r.entity),
                          Spot(r.entity, x, y, radius=math.sqrt(area) / 2 + 0.3, fontsize=size,
                               bold=r.entity in meet)))
    return artists, lines, [spot for *_, spot in sorted(spots, key=lambda s: s[:3])]


def _draw_names(ax: Axes, spots: Sequence[Spot], lines: Sequence[Line2D]) -> list[Any]:
    """The names beside their markers (the legend settled first, if it is in the axes)."""
    legend = ax.get_legend()
    avoid = []
    if legend is not None:
        settle_legend(ax, lines=lines, outside=False)
        avoid.append(legend.get_window_extent(renderer_of(ax.figure)))
    return list(place_labels(ax, spots, lines=lines, avoid=avoid))


def draw_places(ax: Axes, region: MapRegion | str, rows: Sequence[EntityRow], *,
                meeting_places: Iterable[str] = (),
                segments: Sequence[tuple[Any, Any, str, int]] = (),
                labels: str = "") -> list[Any]:
    """Draw points, names and meeting lines on a panel; return the artists (to remove later).

    ``labels``: "all" or "countries" (the default on the world map, where towns crowd).
    Names sit beside their markers, on no marker and no other name, inside the
    panel; a legend of the panel moves to a corner where no marker or line is.
    """
    region = as_region(region)
    labels = labels or ("countries" if region.world else "all")
    artists, lines, spots = _draw_marks(ax, region, rows, set(meeting_places), segments, labels)
    return artists + _draw_names(ax, spots, lines)


def draw_legend(ax: Axes, meeting: bool, *, loc: str = "best") -> None:
    """Draw the map's legend: places; with ``meeting``, meeting places and lines too.

    ``loc="below"`` puts it under the figure's panels, out of the map, in one row;
    any other ``loc`` is a start on the panel, moved by :func:`draw_places` to a
    corner with nothing under it.
    """
    handles = [Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS["LOC"],
                      label=_("place (size: mentions)"))]
    if meeting:
        handles.append(Line2D([], [], marker="*", linestyle="", color=VERMILLION,
                              markeredgecolor="black", markersize=stroke(11),
                              label=_("meeting place")))
        handles.append(Line2D([], [], color=VERMILLION, linewidth=stroke(1.6),
                              label=_("meeting (width: times)")))
    if loc == "below":
        ax.figure.legend(handles=handles, loc="outside lower center", ncols=len(handles),
                         fontsize=font(9), frameon=False)
    else:
        ax.legend(handles=handles, loc=loc, fontsize=font(8.5), framealpha=0.9)


def _no_places(not_placed: Sequence[str]) -> Figure:
    fig, ax = new_figure(6, 2.2)
    ax.set_axis_off()
    message = _("No place to put on the map: the text names no place the gazetteer knows.")
    if not_placed:
        message += "\n" + _("Not placed (unknown to the gazetteer): {places}").format(
            places=", ".join(sorted_fr(not_placed)))
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=font(10))
    ax.set_title(_("Map of the places mentioned"))
    if not_placed:
        fig.caption = _("No map: the text names no place the gazetteer knows (not placed: "
                        "{places}).").format(places=quoted(sorted_fr(not_placed), 5))
    else:
        fig.caption = _("No map: the text names no place the gazetteer knows.")
    return fig


@projected
def place_map(rows: Sequence[EntityRow], found: Iterable[Relation] = (), *,
              title: str = _PLACES) -> Figure:
    """The places of a text on the map of their region (:func:`map_region`), sized by
    mentions, meetings as lines; the places outside that region on a map of the world
    beside it. Each panel's title says what it shows; the legend is under the map.

    With no place that can be placed, a figure that says so (and lists the
    places it could not place) instead of an empty map.
    """
    found = list(found)
    placed = [r for r in rows if r.placed and r.type == "LOC"]
    not_placed = [r.entity for r in rows if r.type == "LOC" and not r.placed]
    if not placed:
        return _no_places(not_placed)
    meeting_places = meetings_at(found)
    segments = meeting_segments(found, placed)
    region = map_region(placed)
    outside = [r for r in placed if not region.contains(r.lat, r.lon)]
    if region.world:
        fig = blank_figure(8.5, 4.9)
        panels = [(fig.subplots(), region, "all", _("The world"))]
    elif not outside:
        fig = blank_figure(6.4, 5.4)
        panels = [(fig.subplots(), region, "all", _(region.title))]
    else:
        fig = blank_figure(9.5, 4.4)
        main, world = fig.subplots(1, 2, width_ratios=[1, 1.45])
        panels = [(main, region, "all", _(region.title)),
                  (world, WORLD, "countries", _("The world (countries labelled)"))]
    drawn = []
    for ax, where, labels, panel_title in panels:
        draw_background(ax, where)
        ax.set_title(panel_title, fontsize=font(10))
        drawn.append(_draw_marks(ax, where, placed, meeting_places, segments, labels))
    draw_legend(panels[0][0], bool(meeting_places or segments), loc="below")
    fig.suptitle(_(title))
    if not_placed:
        # under the map, in the layout: never on the legend
        panels[0][0].set_xlabel(_("Not placed: {places}").format(
            places=", ".join(sorted_fr(not_placed))), fontsize=font(9))
    for (ax, *_rest), (_marks, lines, spots) in zip(panels, drawn, strict=True):
        _draw_names(ax, spots, lines)  # once all is laid out: the names must not move
    fig.caption = map_caption(region, placed, outside, meeting_places, not_placed)
    return fig


def table_text(rows: Sequence[EntityRow]) -> str:
    """The entity table as aligned plain text (no wrapping, for a notebook's output)."""
    # Translators: the header of a table whose columns are 18, 4, 7, 8, 10 characters wide
    # (2 spaces after mentions and paragraphs): keep each word within its column
    lines = [_("entity             type country mentions  paragraphs  map")]
    for r in rows:
        where = f"{r.lat:.2f}, {r.lon:.2f}" if r.placed else (r.note.split(":")[0].strip() or "—")
        paragraphs = ", ".join(map(str, r.paragraphs))
        lines.append(f"{r.entity:18} {r.type:4} {r.country or '—':7} {r.mentions:8}  "
                     f"{paragraphs:10}  {where}")
    return "\n".join(lines)
