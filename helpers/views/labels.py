"""Labels beside their markers, and legends where nothing is drawn.

:func:`place_labels` puts each name next to its marker, greedily and in a fixed
order, so a figure is the same on every run: the most important names first, each
at the first spot of a fixed list around its marker (east, north-east, south-east,
west … then the same a little farther out, with a thin leader line) that stays
inside the axes and covers no marker, no name placed before and no legend; among
those spots, the one that crosses fewest lines. :func:`settle_legend` moves a legend
to the first corner of the axes that covers no marker and no line, or below them.

Positions are measured in pixels at the figure's dpi and kept in points, so
they hold at any dpi the PNG is drawn at.

>>> from helpers.views.figure import new_figure
>>> fig, ax = new_figure(3, 2)
>>> _ = ax.scatter([0, 1], [0, 0], s=100)
>>> _ = ax.set(xlim=(-1, 2), ylim=(-1, 1))
>>> a, b = place_labels(ax, [Spot("Pyongyang", 0, 0, radius=5), Spot("Séoul", 1, 0, radius=5)])
>>> overlaps(text_box(a), text_box(b)), a.xy
(False, (0, 0))
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

__all__ = ["Spot", "marker_circles", "overlaps", "place_labels", "prepare", "renderer_of",
           "settle_legend", "text_box"]

_STEP = {"E": (1, 0), "NE": (1, 1), "SE": (1, -1), "W": (-1, 0), "NW": (-1, 1),
         "SW": (-1, -1), "N": (0, 1), "S": (0, -1)}
ORDER = ("E", "NE", "SE", "W", "NW", "SW", "N", "S")
RINGS = (0.0, 6.0, 14.0, 24.0, 36.0)  # how much farther than the marker's edge, in points
LEADER_FROM = 2  # from this ring on, a thin line joins the name to its marker
PAD = 1.5  # points kept clear around a name (its white halo is 1.25 points wide)
CORNERS = ("upper right", "upper left", "lower left", "lower right", "center right",
           "center left", "upper center", "lower center")


@dataclass(frozen=True)
class Spot:
    """A name to place beside a point (data coordinates) drawn as a marker of ``radius`` points."""

    text: str
    x: float
    y: float
    radius: float = 0.0
    fontsize: float = 9.0
    bold: bool = False


def renderer_of(fig: Any) -> Any:
    """The figure's Agg renderer, to measure texts (an Agg canvas is given if it has none:
    the figure draws its PNG with Agg anyway)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    return fig.canvas.get_renderer()


def prepare(fig: Any) -> Any:
    """Lay the figure out as it will be drawn (layout engine, map aspect); return a renderer."""
    renderer = renderer_of(fig)
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    for ax in fig.axes:
        ax.apply_aspect()
    return renderer


def marker_circles(ax: Axes) -> np.ndarray:
    """Every scatter marker of ``ax`` as a circle ``(x, y, radius)`` in display pixels."""
    px = ax.figure.dpi / 72
    circles = []
    for collection in ax.collections:
        if not isinstance(collection, PathCollection) or not collection.get_visible():
            continue
        offsets = collection.get_offset_transform().transform(collection.get_offsets())
        # matplotlib cycles sizes and line widths over the points
        sizes = np.resize(np.asarray(collection.get_sizes(), dtype=float) if len(
            collection.get_sizes()) else np.zeros(1), len(offsets))
        widths = np.resize(np.asarray(collection.get_linewidths(), dtype=float) if len(
            collection.get_linewidths()) else np.zeros(1), len(offsets))
        for (x, y), s, lw in zip(offsets, sizes, widths, strict=True):
            circles.append((x, y, (math.sqrt(s) / 2 + lw / 2) * px))
    return np.array(circles, dtype=float).reshape(-1, 3)


def line_points(artists: Iterable[Any], step: float = 3.0) -> np.ndarray:
    """Points every ``step`` pixels along lines (Line2D or LineCollection), in display pixels."""
    points = []
    for artist in artists:
        if isinstance(artist, Line2D):
            paths = [artist.get_transform().transform(artist.get_xydata())]
        elif isinstance(artist, LineCollection):
            paths = [artist.get_transform().transform(p.vertices) for p in artist.get_paths()]
        else:
            continue
        for path in paths:
            for a, b in itertools.pairwise(path):
                n = max(int(np.hypot(*(b - a)) / step), 1)
                t = np.linspace(0, 1, n + 1)[:, None]
                points.append(a + t * (b - a))
    if not points:
        return np.zeros((0, 2))
    found = np.concatenate(points)
    return found[np.isfinite(found).all(axis=1)]


def text_box(text: Text, renderer: Any = None) -> Bbox:
    """A text's own box in display pixels (an annotation's leader line left out)."""
    return Text.get_window_extent(text, renderer)


def overlaps(a: Bbox, b: Bbox, pad: float = 0.0) -> bool:
    """Whether two boxes overlap (``pad`` pixels around ``a`` count)."""
    return bool(a.x0 - pad < b.x1 and b.x0 < a.x1 + pad and a.y0 - pad < b.y1
                and b.y0 < a.y1 + pad)


def _gaps(box: tuple[float, float, float, float], circles: np.ndarray) -> np.ndarray:
    """The distance from a box to the edge of each circle (negative: they overlap)."""
    x0, y0, x1, y1 = box
    dx = np.maximum(np.maximum(x0 - circles[:, 0], circles[:, 0] - x1), 0)
    dy = np.maximum(np.maximum(y0 - circles[:, 1], circles[:, 1] - y1), 0)
    return np.hypot(dx, dy) - circles[:, 2]


def _hits_circle(box: tuple[float, float, float, float], circles: np.ndarray, pad: float
                 ) -> bool:
    return bool(len(circles) and (_gaps(box, circles) < pad).any())


def _nearer_another(box: tuple[float, float, float, float], circles: np.ndarray,
                    own: tuple[float, float]) -> bool:
    """Whether another marker is nearer the name than its own: the reader would pair them."""
    if not len(circles):
        return False
    gaps = _gaps(box, circles)
    mine = np.hypot(circles[:, 0] - own[0], circles[:, 1] - own[1]) < 0.5
    return bool(mine.any() and (~mine).any() and gaps[~mine].min() < gaps[mine].min())


def _count_inside(box: tuple[float, float, float, float], points: np.ndarray) -> int:
    if not len(points):
        return 0
    x0, y0, x1, y1 = box
    return int(((points[:, 0] > x0) & (points[:, 0] < x1) & (points[:, 1] > y0)
                & (points[:, 1] < y1)).sum())


def _box_at(x: float, y: float, w: float, h: float, step: tuple[int, int], d: float
            ) -> tuple[float, float, float, float]:
    dx, dy = step
    diagonal = 0.75 if dx and dy else 1.0
    left = x + d * diagonal if dx > 0 else x - d * diagonal - w if dx < 0 else x - w / 2
    bottom = y + d * diagonal if dy > 0 else y - d * diagonal - h if dy < 0 else y - h / 2
    return left, bottom, left + w, bottom + h


Box = tuple[float, float, float, float]


def _best_box(at: tuple[float, float], size: tuple[float, float], radius: float, px: float,
              directions: Sequence[str], around: tuple[Bbox, np.ndarray, list[Box], float, Any]
              ) -> tuple[Box, int]:
    """The box (and its ring) that breaks fewest rules for a name of ``size`` beside the
    marker at ``at``: ``around`` is (frame, marker circles, boxes taken, pad, line points)."""
    (x, y), (w, h) = at, size
    frame, circles, taken, pad, points = around
    best: tuple[float, Box, int] | None = None
    for ring, extra in enumerate(RINGS):
        d = radius + (PAD + extra) * px
        for rank, name in enumerate(directions):
            box = _box_at(x, y, w, h, _STEP[name], d)
            clash = _clash(box, frame, circles, taken, pad)
            score = (1000 * clash + 3 * ring + 0.1 * rank
                     + 8 * _nearer_another(box, circles, (x, y))
                     + min(_count_inside(box, points), 12) / 2)
            if best is None or score < best[0]:
                best = (score, box, ring)
        if best is not None and best[0] < 1000 and ring >= 1:
            break  # a free spot in this ring or the one before: farther is worse
    assert best is not None
    return best[1], best[2]


def place_labels(ax: Axes, spots: Sequence[Spot], *, lines: Iterable[Any] = (),
                 avoid: Iterable[Bbox] = (), directions: Sequence[str] = ORDER,
                 zorder: float = 6, **text_kw: Any) -> list[Annotation]:
    """Annotate each spot with its text beside its marker; return the annotations, in order.

    Every scatter marker of ``ax`` is avoided, and every box of ``avoid`` (a legend);
    ``lines`` (artists) are crossed as little as can be. A name that fits nowhere
    goes where it covers least (the axes are too small for it).
    """
    fig = ax.figure
    renderer = prepare(fig)
    px = fig.dpi / 72
    pad = PAD * px
    frame = ax.bbox
    circles = marker_circles(ax)
    points = line_points(lines)
    taken = [tuple(b.extents) for b in avoid]
    out = []
    for spot in spots:
        weight = "bold" if spot.bold else "normal"
        probe = Text(0, 0, spot.text, fontsize=spot.fontsize, fontweight=weight, ha="left",
                     va="bottom", parse_math=False)
        probe.set_figure(fig)
        size = probe.get_window_extent(renderer)
        w, h = size.width, size.height
        x, y = ax.transData.transform((spot.x, spot.y))
        box, ring = _best_box((x, y), (w, h), spot.radius * px, px, directions,
                              (frame, circles, taken, pad, points))
        taken.append(box)
        arrow = None
        if ring >= LEADER_FROM:
            arrow = {"arrowstyle": "-", "color": "#555555", "linewidth": 0.6, "shrinkA": 0,
                     "shrinkB": spot.radius + 0.5}
        ann = ax.annotate(spot.text, (spot.x, spot.y),
                          xytext=((box[0] - x) / px, (box[1] - y) / px),
                          textcoords="offset points", ha="left", va="bottom",
                          fontsize=spot.fontsize, fontweight=weight, zorder=zorder,
                          annotation_clip=False, arrowprops=arrow,
                          path_effects=[withStroke(linewidth=2.5, foreground="white")],
                          **text_kw)
        ann.set_parse_math(False)
        ann.set_in_layout(False)  # placed in the laid-out axes: the layout must not move
        out.append(ann)
    return out


def _clash(box: tuple[float, float, float, float], frame: Bbox, circles: np.ndarray,
           taken: Sequence[tuple[float, float, float, float]], pad: float) -> int:
    """How many rules a box breaks: outside the frame, on a marker, on a name or legend."""
    x0, y0, x1, y1 = box
    outside = int(x0 < frame.x0 + 1 or y0 < frame.y0 + 1 or x1 > frame.x1 - 1
                  or y1 > frame.y1 - 1)
    on_marker = int(_hits_circle(box, circles, pad))
    on_name = sum(x0 - pad < b[2] and b[0] < x1 + pad and y0 - pad < b[3] and b[1] < y1 + pad
                  for b in taken)
    return 3 * outside + on_marker + on_name


def settle_legend(ax: Axes, *, lines: Iterable[Any] = (), outside: bool = True) -> None:
    """Move the legend of ``ax`` to the first corner that covers no marker and no line.

    If no corner is free: below the axes when the figure has a layout engine to
    make room (``outside``), else the corner that covers least.
    """
    legend = ax.get_legend()
    if legend is None:
        return
    renderer = prepare(ax.figure)
    circles = marker_circles(ax)
    points = line_points(lines)
    pad = 2 * ax.figure.dpi / 72
    scores = []
    for loc in CORNERS:
        legend.set_loc(loc)
        box = tuple(legend.get_window_extent(renderer).extents)
        score = 10 * int(_hits_circle(box, circles, pad)) + _count_inside(box, points)
        if not score:
            return
        scores.append((score, loc))
    if outside and ax.figure.get_layout_engine() is not None:
        legend.set_loc("upper center")
        legend.set_bbox_to_anchor((0.5, -0.02), transform=ax.transAxes)
        legend.set_in_layout(True)
        prepare(ax.figure)
        return
    legend.set_loc(min(scores)[1])
