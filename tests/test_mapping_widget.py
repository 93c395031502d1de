"""The mapping panel, driven through its update function (no browser)."""

import statistics
import time

import pytest

from helpers.widgets.mapping import MappingPanel


@pytest.fixture(scope="module")
def panel():
    return MappingPanel()


def test_everything_by_default(panel):
    shown = panel.update(types=["PER", "LOC", "ORG", "MISC"], min_mentions=1, window="sentence")
    assert len(shown.entities) == 17
    assert shown.note == "17 entities (7 people, 9 places, 1 other name), 38 links (same sentence)"
    assert "Vladivostok" in shown.places and "Moscou" in shown.places


def test_filter_by_type_and_minimum(panel):
    shown = panel.update(types=["PER"], min_mentions=1, window="sentence")
    assert shown.places == [] and len(shown.entities) == 7
    shown = panel.update(types=["PER", "LOC"], min_mentions=3)
    assert shown.entities == ["Kim Jong-un", "Moscou", "Pyongyang", "Russie"]
    assert shown.places == ["Moscou", "Pyongyang", "Russie"]
    assert shown.note == "4 entities (1 person, 3 places), 5 links (same sentence)"


def test_window_makes_moscou_and_russie_neighbours(panel):
    sentence = panel.update(types=["LOC"], min_mentions=2, window="sentence")
    paragraph = panel.update(window="paragraph")
    assert not any(edge[:2] == ("Moscou", "Russie") for edge in sentence.edges)
    assert ("Moscou", "Russie", 2) in paragraph.edges
    assert paragraph.note.endswith("(same paragraph)")


def test_settings_stay_until_changed(panel):
    panel.update(types=["PER"], min_mentions=2, window="paragraph")
    panel.update(min_mentions=1)
    assert panel.settings == {"types": ("PER",), "min_mentions": 1, "window": "paragraph"}


def test_bad_settings_change_nothing(panel):
    before = dict(panel.settings)
    with pytest.raises(ValueError, match="types must be among"):
        panel.update(types=["CITY"])
    with pytest.raises(ValueError, match=r"did you mean \['PER'\]"):
        panel.update(types=["PERSONE"])
    with pytest.raises(ValueError, match="window must be one of"):
        panel.update(window="page")
    with pytest.raises(ValueError, match="did you mean 'sentence'"):
        panel.update(window="sentense")
    with pytest.raises(TypeError, match="whole number"):
        panel.update(min_mentions="3")
    assert panel.settings == before


def test_types_and_window_as_a_student_types_them(panel):
    shown = panel.update(types=["per", "Places"], window="Sentence")
    assert panel.settings["types"] == ("PER", "LOC") and panel.settings["window"] == "sentence"
    assert shown == panel.update(types=["PER", "LOC"], window="sentence")


def test_entities_in_french_order(panel):
    shown = panel.update(types=["PER", "LOC"], min_mentions=1, window="sentence")
    # not code-point order, where É comes after every ASCII letter and é after y
    assert shown.entities.index("États-Unis") < shown.entities.index("Kim Jong-un")
    assert shown.entities.index("Pékin") < shown.entities.index("Pyongyang")
    assert shown.places == [p for p in shown.entities if p in shown.places]


def test_one_figure_redrawn_not_rebuilt(panel):
    figure, axes = panel.figure, list(panel.figure.axes)
    coasts = len(axes[0].collections)
    panel.update(types=["LOC"], min_mentions=1)
    panel.update(types=["PER", "LOC"], min_mentions=2)
    assert panel.figure is figure and panel.figure.axes == axes
    assert len(axes[0].collections) <= coasts + 25  # old points removed, not piled up


def test_widget_controls_drive_update(panel):
    panel.widget  # noqa: B018
    panel.controls["window"].value = "sentence"
    panel.controls["types"].value = ("PER", "LOC")
    panel.controls["min_mentions"].value = 3
    assert panel.shown.note == "4 entities (1 person, 3 places), 5 links (same sentence)"
    assert "4 entities" in panel._html.value and panel._image.value[:4] == b"\x89PNG"
    assert repr(panel) == ("MappingPanel(types=('PER', 'LOC'), min_mentions=3, "
                           "window='sentence')")


def test_the_map_follows_the_text(panel):
    panel.update(types=["PER", "LOC"], min_mentions=1)
    assert panel.region.caption == "East Asia"
    assert panel.figure.axes[0].get_title() == "Places in East Asia (≥ 1 mention)"
    # a text of our own, not from the article: the map shows Brittany, not East Asia
    brittany = MappingPanel("La tempête a frappé Brest, puis Lorient et Quimper.")
    assert brittany.shown.places == ["Brest", "Lorient", "Quimper"]
    assert brittany.figure.axes[0].get_title() == "Places in Bretagne, France (≥ 1 mention)"
    lon0, lat0, lon1, lat1 = brittany.region.box
    assert -9 <= lon0 and lon1 <= 1 and 45 <= lat0 and lat1 <= 51


def test_a_text_with_no_places():
    shown = MappingPanel("Le président Diakité a parlé à M. Poutine.").update()
    assert shown.places == [] and shown.entities == ["Diakité", "Vladimir Poutine"]


@pytest.mark.perf
def test_update_is_fast(panel):
    panel.widget  # noqa: B018 - render the PNG on each update too
    times = []
    for i in range(9):
        start = time.perf_counter()
        panel.update(types=[("PER", "LOC"), ("LOC",), ("PER",)][i % 3], min_mentions=1 + i % 2,
                     window=("sentence", "paragraph")[i % 2])
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.3  # budget 150 ms (bench/mapping.py); slack for CI
