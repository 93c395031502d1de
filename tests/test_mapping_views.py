"""Figures of lesson 05: titles, labels, legends, the map's coastlines, the no-place message."""

import pytest
from matplotlib.collections import LineCollection, PathCollection

from helpers import load_article, load_file
from helpers.entities.linking import countries_mentioned, entity_table
from helpers.entities.network import cooccurrence
from helpers.entities.relation_extraction import events, relations
from helpers.text.corpus import SEEDS
from helpers.views.frequency import Figure
from helpers.views.mapping import (
    countries_chart,
    map_region,
    meeting_segments,
    network_layout,
    network_plot,
    place_map,
    timeline_plot,
)

# Short texts of our own (not from the article): Brittany, and the world.
BRITTANY = ("Dans la nuit, la tempête a frappé Brest, puis Lorient et Quimper. Les ports sont "
            "fermés, les écoles aussi. « Nous n’avions pas vu la mer aussi haute depuis 1987 », "
            "dit un pêcheur de Lorient.")
WORLD = "Washington, Pékin, Moscou et Brasilia ont réagi hier à l’annonce du sommet."


def places_drawn(ax) -> int:
    return sum(isinstance(c, PathCollection) for c in ax.collections)


@pytest.fixture(scope="module")
def doc():
    return load_article()


@pytest.fixture(scope="module")
def rows(doc):
    return entity_table(doc)


def test_countries_chart(doc):
    fig = countries_chart(countries_mentioned(doc))
    ax = fig.axes[0]
    assert isinstance(fig, Figure) and fig.dpi == 80
    assert ax.get_xlabel() == "mentions" and ax.get_ylabel() == "country"
    # Corée du Nord and Russie tie at 10 mentions: ties are broken by name, top bar first
    assert [t.get_text() for t in ax.get_yticklabels()][-2:] == ["Russie", "Corée du Nord"]
    assert [p.get_width() for p in ax.patches][-2:] == [10, 10]


def test_map_has_two_panels_coastlines_borders_and_a_legend(doc, rows):
    fig = place_map(rows, relations(doc))
    east, world = fig.axes
    assert fig._suptitle.get_text() == "Places of the article"
    assert east.get_title() == "East Asia" and world.get_title().startswith("The world")
    for ax in (east, world):
        assert sum(isinstance(c, LineCollection) for c in ax.collections) >= 2  # coasts, borders
    # the legend is under the panels, out of the map: never on a line or a marker
    assert east.get_legend() is None and len(fig.legends) == 1
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "place (size: mentions)", "meeting place", "meeting (width: times)"]
    labels = {t.get_text() for t in east.texts}
    assert labels == {"Vladivostok", "Pékin", "Pyongyang", "Corée du Nord", "Corée du Sud",
                      "Russie"}  # Moscou and Washington are outside East Asia
    bold = [t.get_text() for t in east.texts if t.get_fontweight() == "bold"]
    assert bold == ["Vladivostok"]  # the only meeting with a place in the article
    assert {t.get_text() for t in world.texts} == {"Russie", "États-Unis", "Corée du Nord",
                                                  "Corée du Sud"}  # countries only


def test_the_article_map_shows_east_asia_because_its_places_are_there(rows):
    region = map_region([r for r in rows if r.type == "LOC" and r.placed])
    assert region.caption == "East Asia"
    lon0, lat0, lon1, lat1 = region.box
    # Pékin, Pyongyang, Vladivostok, the two Koreas and Russia's centre are inside;
    # Moscou, Washington and the United States are not: they are on the world panel
    for name in ("Pékin", "Pyongyang", "Vladivostok", "Corée du Nord", "Corée du Sud", "Russie"):
        r = next(r for r in rows if r.entity == name)
        assert region.contains(r.lat, r.lon), name
    for name in ("Moscou", "Washington", "États-Unis"):
        r = next(r for r in rows if r.entity == name)
        assert not region.contains(r.lat, r.lon), name
    assert 80 <= lon0 and lon1 <= 160 and 25 <= lat0 and lat1 <= 70


def test_a_text_about_brittany_shows_brittany():
    rows = entity_table(BRITTANY)
    placed = [r for r in rows if r.placed]
    assert sorted(r.entity for r in placed) == ["Brest", "Lorient", "Quimper"]
    assert {r.country for r in placed} == {"FR"}
    region = map_region(placed)
    assert region.caption == "Bretagne, France"
    lon0, lat0, lon1, lat1 = region.box  # around Brittany (about 5° W–1° W, 47° N–49° N)
    assert -9 <= lon0 < -4.5 and -3.4 < lon1 <= 1 and 45 <= lat0 < 47.7 and 48.4 < lat1 <= 51
    fig = place_map(rows, title="Places of the text")
    assert len(fig.axes) == 1  # every place is on the map: no world panel
    assert fig.axes[0].get_title() == "Bretagne, France"
    assert {t.get_text() for t in fig.axes[0].texts} == {"Brest", "Lorient", "Quimper"}


def test_a_world_story_shows_the_world():
    rows = entity_table(WORLD)
    assert sorted(r.entity for r in rows if r.placed) == ["Brasilia", "Moscou", "Pékin",
                                                          "Washington"]
    assert map_region(rows).world
    fig = place_map(rows, title="Places of the text")
    assert len(fig.axes) == 1 and fig.axes[0].get_title() == "The world"
    assert {t.get_text() for t in fig.axes[0].texts} == {"Brasilia", "Moscou", "Pékin",
                                                        "Washington"}  # all labelled


def test_lesson_05_flood_story_shows_france():
    rows = entity_table(load_file(SEEDS / "other_text.txt"))
    region = map_region([r for r in rows if r.type == "LOC" and r.placed])
    assert region.caption == "France"
    lon0, lat0, lon1, lat1 = region.box
    assert -6 <= lon0 and lon1 <= 9 and 41 <= lat0 and lat1 <= 51.5  # inside France's frame
    for name in ("Libourne", "Bordeaux", "Saint-Émilion", "Dordogne"):
        r = next(r for r in rows if r.entity == name)
        assert r.country == "FR" and region.contains(r.lat, r.lon), name


def test_a_second_panel_is_never_empty(doc, rows):
    east, world = place_map(rows, relations(doc)).axes
    assert places_drawn(east) >= 6 and places_drawn(world) >= 3
    # a place far from the others: on the world panel beside the region's map
    text = "À Brest, puis à Lorient, à Quimper et à Vannes ; un navire est attendu à Dakar."
    rows = entity_table(text)
    fig = place_map(rows)
    assert [ax.get_title() for ax in fig.axes] == ["Bretagne, France",
                                                   "The world (countries labelled)"]
    assert places_drawn(fig.axes[1]) >= 1


def test_meeting_lines(doc, rows):
    segments = meeting_segments(relations(doc), rows)
    labels = sorted({label for *_, label, _ in segments})
    assert labels == ["Kim Jong-un–Moon Jae-in", "Kim Jong-un–Trump", "Kim Jong-un–Xi",
                      "Medvedev–Kim Jong-il", "Poutine–Kim Jong-un"]
    weights = {label: w for *_, label, w in segments}
    assert weights["Kim Jong-un–Xi"] == 4 and weights["Kim Jong-un–Trump"] == 2
    # the summit has a place: Moscou → Vladivostok and Pyongyang → Vladivostok
    vladivostok = (43.12, 131.89)
    summit = [(a, b) for a, b, label, _ in segments if label == "Poutine–Kim Jong-un"]
    assert summit == [((55.76, 37.62), vladivostok), ((39.04, 125.76), vladivostok)]
    # the 2011 meeting has none in the text: the two capitals, Moscou and Pyongyang
    assert [(a, b) for a, b, label, _ in segments if label == "Medvedev–Kim Jong-il"] == [
        ((55.76, 37.62), (39.04, 125.76))]


def test_a_text_with_no_places_says_so():
    fig = place_map(entity_table("Le président Diakité a parlé longuement."))
    assert len(fig.axes) == 1 and not fig.axes[0].axison
    assert "No place to put on the map" in fig.axes[0].texts[0].get_text()


def test_an_unknown_place_is_named_not_dropped():
    fig = place_map(entity_table("Il est allé à Tombouctouville."))
    message = fig.axes[0].texts[0].get_text()
    assert "Not placed (unknown to the gazetteer): Tombouctouville" in message
    fig = place_map(entity_table("Il est allé à Tombouctouville, puis à Pékin."))
    # under the map, in its layout (it used to be loose text that could sit on the legend)
    assert fig.axes[0].get_xlabel() == "Not placed: Tombouctouville"


def test_network_plot(doc):
    net = cooccurrence(doc)
    fig = network_plot(net)
    ax = fig.axes[0]
    assert ax.get_title() == "Who appears with whom (same sentence)"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # the widest edge: Moscou and Pyongyang share 2 sentences
    assert legend == ["person", "place", "other name", "shared 1 sentence", "shared 2 sentences"]
    paragraph = network_plot(cooccurrence(doc, window="paragraph")).axes[0]
    assert [t.get_text() for t in paragraph.get_legend().get_texts()][-1] == (
        "shared 2 paragraphs")
    single = network_plot(cooccurrence("Poutine a vu Kim Jong-un.")).axes[0]
    assert [t.get_text() for t in single.get_legend().get_texts()][-1] == "shared 1 sentence"
    assert network_layout(net) == network_layout(net)  # seeded


def test_timeline(doc):
    fig = timeline_plot(events(doc))
    ax = fig.axes[0]
    assert ax.get_title() == "Timeline of the dated events" and ax.get_xlabel() == "year"
    texts = [t.get_text() for t in ax.texts]
    assert texts[0] == "2011  Medvedev and Kim Jong-il meet"
    assert texts[-1] == "2019-04-25  Poutine and Kim Jong-un meet at Vladivostok"
    assert timeline_plot([]).axes[0].texts[0].get_text() == "no dated event"


def test_every_mapping_figure_has_a_caption_with_its_key_number(doc, rows):
    assert countries_chart(countries_mentioned(doc)).caption == (
        "Bar chart of the mentions tied to each of 5 countries: « Corée du Nord » and "
        "« Russie » lead with 10 mentions each.")
    assert place_map(rows).caption == (
        "Map of East Asia with the 9 places of the text, sized by mentions; « États-Unis », "
        "« Moscou » and « Washington » outside it, on the world map beside it; "
        "« Pyongyang » is the most mentioned, 4 times.")
    assert network_plot(cooccurrence(doc, window="sentence")).caption == (
        "Network of 17 entities with 38 links (two entities are linked when they share a "
        "sentence): the strongest links, « Moscou – Pékin » and « Moscou – Pyongyang », are "
        "shared by 2 sentences each.")
    found = events(doc)
    assert timeline_plot(found).caption == (
        f"Timeline of {len(found)} dated events from 2011 to 2019-04-25: the latest, "
        f"« {found[-1].label} », is dated 2019-04-25.")


def test_the_map_caption_names_meeting_places_and_what_is_missing(doc, rows):
    found = relations(doc)
    places = sorted({r.place for r in found if r.relation == "met" and r.place})
    caption = place_map(rows, found).caption
    assert caption.startswith("Map of East Asia with the 9 places of the text")
    assert ("meeting place" in caption) == bool(places)
    assert all(f"« {p} »" in caption for p in places)
    unknown = place_map(entity_table("Kim Jong-un est allé à Tombouctouville, puis à Pékin."))
    assert unknown.caption.endswith("not placed: « Tombouctouville ».")
    assert place_map(entity_table("Le président Diakité a parlé longuement.")).caption == \
        "No map: the text names no place the gazetteer knows."
    assert timeline_plot([]).caption == "Timeline: no dated event."
