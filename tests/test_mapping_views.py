"""Figures of lesson 04: titles, labels, legends, the map's coastlines, the no-place message."""

import pytest
from matplotlib.collections import LineCollection

from helpers import load_article
from helpers.linking import countries_mentioned, entity_table
from helpers.network import cooccurrence
from helpers.relations import events, relations
from helpers.views.frequency import Figure
from helpers.views.mapping import (
    countries_chart,
    meeting_segments,
    network_layout,
    network_plot,
    place_map,
    timeline_plot,
)


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
    assert [t.get_text() for t in east.get_legend().get_texts()] == [
        "place (size: mentions)", "meeting place", "meeting (width: times)"]
    labels = {t.get_text() for t in east.texts}
    assert labels == {"Vladivostok", "Pékin", "Pyongyang", "Corée du Nord", "Corée du Sud",
                      "Russie"}  # Moscou and Washington are outside East Asia
    bold = [t.get_text() for t in east.texts if t.get_fontweight() == "bold"]
    assert bold == ["Vladivostok"]  # the only meeting with a place in the article
    assert {t.get_text() for t in world.texts} == {"Russie", "États-Unis", "Corée du Nord",
                                                  "Corée du Sud"}  # countries only


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
    assert any(t.get_text() == "Not placed: Tombouctouville" for t in fig.texts)


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
