"""Figures students can read: names beside their markers, never on one another nor cut by
the frame; great circles cut cleanly at a world map's edge; sharp PNGs on a white face.

The geometry is measured here on the drawn figure (not with the placement code's own
helpers): each name's text box and each scatter marker's circle, in display pixels.
"""

import io
import itertools
import math

import numpy as np
import pytest
from matplotlib.text import Text
from PIL import Image

from helpers import load_article, load_file
from helpers.entities.linking import countries_mentioned, entity_table
from helpers.entities.network import cooccurrence
from helpers.entities.relation_extraction import events, relations
from helpers.text.corpus import SEEDS
from helpers.views.figure import DPI, PNG_DPI
from helpers.views.mapping import (
    basemap,
    countries_chart,
    great_circle_pieces,
    network_plot,
    place_map,
    timeline_plot,
)
from helpers.views.regions import WORLD

PYONGYANG, WASHINGTON = (39.04, 125.76), (38.91, -77.04)


def drawn(fig):
    """Draw the figure as it is shown; return its renderer."""
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def boxes(ax, renderer):
    """Each name's own text box (a leader line left out)."""
    return {t.get_text(): Text.get_window_extent(t, renderer) for t in ax.texts}


def circles(ax):
    """Every scatter marker as (x, y, radius) in pixels: radius = √area / 2 points."""
    px = ax.figure.dpi / 72
    out = []
    for c in ax.collections:
        if not hasattr(c, "get_sizes") or not len(c.get_sizes()) or c.get_offsets().size == 0:
            continue
        points = c.get_offset_transform().transform(c.get_offsets())
        sizes = np.resize(c.get_sizes(), len(points))
        out += [(x, y, math.sqrt(s) / 2 * px) for (x, y), s in zip(points, sizes, strict=True)]
    return out


def assert_legible(ax, renderer):
    names = boxes(ax, renderer)
    assert names, "no name drawn"
    frame = ax.bbox
    for name, box in names.items():
        assert (frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0
                and box.y1 <= frame.y1), f"{name!r} is cut by the frame"
        for x, y, r in circles(ax):
            dx = max(box.x0 - x, 0, x - box.x1)
            dy = max(box.y0 - y, 0, y - box.y1)
            assert math.hypot(dx, dy) >= r, f"{name!r} is on a marker at ({x:.0f}, {y:.0f})"
    for (a, box_a), (b, box_b) in itertools.combinations(names.items(), 2):
        assert not box_a.overlaps(box_b), f"{a!r} and {b!r} overlap"


@pytest.fixture(scope="module")
def doc():
    return load_article()


@pytest.fixture(scope="module")
def article_map(doc):
    return place_map(entity_table(doc), relations(doc))


def test_the_article_map_names_never_overlap_nor_leave_the_panels(article_map):
    renderer = drawn(article_map)
    east, world = article_map.axes
    assert {t.get_text() for t in east.texts} >= {"Pyongyang", "Corée du Nord"}
    for ax in (east, world):
        assert_legible(ax, renderer)


def test_the_novel_excerpt_map_names_never_overlap_nor_leave_the_map():
    fig = place_map(entity_table(load_file(SEEDS / "novel_excerpt.txt")), title="Places")
    renderer = drawn(fig)
    for ax in fig.axes:
        assert_legible(ax, renderer)


def test_a_crowded_map_still_places_every_name():
    """Bordeaux, Libourne and Saint-Émilion are a few kilometres apart (lesson 05's text)."""
    fig = place_map(entity_table(load_file(SEEDS / "other_text.txt")), title="Places")
    renderer = drawn(fig)
    ax = fig.axes[0]
    assert {"Bordeaux", "Libourne", "Saint-Émilion"} <= {t.get_text() for t in ax.texts}
    assert_legible(ax, renderer)


def test_the_map_legend_is_on_no_line_and_no_marker(article_map):
    renderer = drawn(article_map)
    legend = article_map.legends[0].get_window_extent(renderer)
    for ax in article_map.axes:
        assert not legend.overlaps(ax.bbox)  # under the panels: out of every map


def test_a_great_circle_over_the_antimeridian_is_cut_at_the_edge():
    pieces = great_circle_pieces(*PYONGYANG, *WASHINGTON)
    assert len(pieces) == 2
    for lons, _ in pieces:
        assert lons.max() - lons.min() <= 180
        assert np.all(np.abs(np.diff(lons)) < 10)  # no jump inside a piece
    (first, first_lats), (second, second_lats) = pieces
    assert first[0] == pytest.approx(PYONGYANG[1]) and second[-1] == pytest.approx(WASHINGTON[1])
    assert abs(first[-1]) == pytest.approx(180) and abs(second[0]) == pytest.approx(180)
    assert np.sign(first[-1]) == -np.sign(second[0])  # leaves at one edge, back at the other
    assert first_lats[-1] == pytest.approx(second_lats[0])  # at the same latitude
    # a route that crosses no edge stays whole
    assert len(great_circle_pieces(55.76, 37.62, *PYONGYANG)) == 1


def test_the_world_panel_draws_the_pyongyang_washington_line_in_pieces(article_map):
    world = article_map.axes[1]
    m = basemap(WORLD)
    meeting = [line for line in world.lines if line.get_gid() == "meeting"]
    assert meeting
    ends_on_edge = 0
    for line in meeting:
        lons, _ = m(*line.get_data(), inverse=True)
        assert lons.max() - lons.min() <= 180, "a line across the whole map"
        ends_on_edge += sum(abs(abs(lon) - 180) < 1e-3 for lon in (lons[0], lons[-1]))
    assert ends_on_edge == 2  # Pyongyang → the right edge, the left edge → Washington


def test_the_regional_map_keeps_its_extent_from_the_data(article_map):
    east = article_map.axes[0]
    m = basemap(_article_region())
    assert east.get_xlim() == pytest.approx((m.llcrnrx, m.urcrnrx))  # lines did not widen it
    assert east.get_ylim() == pytest.approx((m.llcrnry, m.urcrnry))


def _article_region():
    from helpers.views.mapping import map_region

    rows = entity_table(load_article())
    return map_region([r for r in rows if r.type == "LOC" and r.placed])


@pytest.mark.parametrize("window", ["sentence", "paragraph"])
def test_network_names_sit_beside_their_nodes_and_never_collide(doc, window):
    net = cooccurrence(doc, window=window)
    fig = network_plot(net)
    renderer = drawn(fig)
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == sorted(net.nodes) and len(net.nodes) > 10
    assert_legible(ax, renderer)
    legend = ax.get_legend().get_window_extent(renderer)
    for name, box in boxes(ax, renderer).items():
        assert not box.overlaps(legend), f"{name!r} is under the legend"


def test_timeline_labels_are_english_or_quoted_and_inside_the_frame(doc):
    found = events(doc)
    fig = timeline_plot(found)
    renderer = drawn(fig)
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    # the article's words around a date (« …détente … depuis début 2018 ») stay French, quoted
    quoted = [e for e in found if e.label.endswith(e.text)]
    assert quoted and len(texts) == len(found)
    for event, text in zip(found, texts, strict=True):
        words = f"« {event.label} »" if event in quoted else event.label
        assert text == f"{event.date}  {words}"
    assert any("meet" in t for t in texts)  # a meeting is named in English
    assert_legible(ax, renderer)
    lo, hi = ax.get_xlim()
    assert 2010 <= lo < 2011 and 2019.3 < hi <= 2021  # the years of the events


def lesson_figures(doc):
    rows = entity_table(doc)
    return {"countries": countries_chart(countries_mentioned(doc)),
            "map": place_map(rows, relations(doc)),
            "no map": place_map(entity_table("Le président Diakité a parlé longuement.")),
            "network": network_plot(cooccurrence(doc)),
            "timeline": timeline_plot(events(doc))}


def test_pngs_are_sharp_white_and_shown_at_their_layout_size(doc):
    assert (DPI, PNG_DPI) == (80, 160)
    for name, fig in lesson_figures(doc).items():
        png = fig._repr_png_()
        image = Image.open(io.BytesIO(png))
        width, height = fig.display_size
        assert (width, height) == tuple(round(v) for v in fig.get_size_inches() * 80), name
        assert image.size == (2 * width, 2 * height), name
        assert image.info["dpi"] == pytest.approx((160, 160), abs=0.1), name
        assert len(png) < 150_000, name  # a palette PNG: small notebooks
        rgb = image.convert("RGBA")
        assert rgb.getpixel((0, 0)) == (255, 255, 255, 255), name  # opaque white face
        assert rgb.getchannel("A").getextrema() == (255, 255), name
        assert fig.caption != "A figure.", name  # its own sentence, not the titles
        if name != "no map":  # "the text names no place": nothing to count
            assert any(c.isdigit() for c in fig.caption), name


def test_the_same_figure_gives_the_same_png(doc):
    rows, found = entity_table(doc), relations(doc)
    assert place_map(rows, found)._repr_png_() == place_map(rows, found)._repr_png_()
