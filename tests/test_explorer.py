"""The frequency explorer, driven headlessly: its update function and its controls."""

import pytest

from helpers.views.frequency import ORANGE
from helpers.widgets.explorer import MAX_TOP, FrequencyExplorer, Shown

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def explorer():
    return FrequencyExplorer()


def words(shown: Shown) -> list[str]:
    return [word for word, _ in shown.top]


def test_starts_with_content_lemmas_and_the_sanctions(explorer):
    shown = explorer.shown
    assert isinstance(shown, Shown)
    assert shown.top[:3] == [("coréen", 5), ("kim", 5), ("péninsule", 5)]
    assert len(shown.top) == 15
    assert [line.keyword for line in shown.lines] == ["sanctions", "sanctions"]
    assert shown.note == "2 occurrences of «sanctions»"
    assert shown.title == "Top 15 lemmas (stopwords removed, casefolded)"


@pytest.mark.parametrize(("top_n", "size"), [(1, 1), (5, 5), (30, 30), (0, 1), (99, MAX_TOP)])
def test_slider_sets_the_number_of_bars(explorer, top_n, size):
    shown = explorer.update(top_n=top_n)
    assert len(shown.top) == size
    assert len(explorer.figure.axes[0].patches) == size


def test_stopword_toggle(explorer):
    kept = explorer.update(stopwords=False, top_n=5).top
    assert kept == [("le", 37), ("de", 21), ("un", 15), ("à", 11), ("avoir", 10)]  # le la les l'
    removed = words(explorer.update(stopwords=True))
    assert not {"le", "de", "un", "à", "avoir"} & set(removed)


def test_casefold_toggle(explorer):
    explorer.update(stopwords=False, form="raw", top_n=30)
    folded = dict(explorer.shown.top)
    assert folded["la"] == 18 and "La" not in folded  # la ×16, La ×2
    kept = dict(explorer.update(casefold=False).top)
    assert kept["la"] == 16 and "Kim" in kept and "kim" not in kept
    assert explorer.shown.title == "Top 30 words (stopwords kept, case kept)"


def test_form_choice(explorer):
    assert words(explorer.update(form="raw", top_n=8))[:2] == ["coréenne", "kim"]
    stems = explorer.update(form="stem")
    assert stems.top[0] == ("rencontr", 6) and ("russ", 4) in stems.top  # russe + Russie
    lemmas = explorer.update(form="lemma")
    assert ("rencontre", 4) in lemmas.top and ("russie", 3) in lemmas.top  # the noun alone
    assert explorer.figure.axes[0].get_ylabel() == "lemma"


def test_search_box_updates_the_concordance_and_highlights_bars(explorer):
    shown = explorer.update(query="rencontr*", form="stem", top_n=5)
    assert len(shown.lines) == 6 and shown.highlighted == ["rencontr"]
    ax = explorer.figure.axes[0]
    top_bar = ax.patches[-1]  # drawn bottom-up: the last bar is the first word
    from matplotlib.colors import to_rgba

    assert top_bar.get_facecolor() == to_rgba(ORANGE)
    shown = explorer.update(form="lemma")
    assert shown.highlighted == ["rencontre", "rencontrer"]
    phrase = explorer.update(query="péninsule coréenne", top_n=30)
    assert [line.keyword for line in phrase.lines] == ["péninsule coréenne"] * 5
    assert phrase.highlighted == ["coréen", "péninsule"]


@pytest.mark.parametrize(
    ("query", "note"),
    [("Macron", "«Macron» does not occur in the text."),
     ("(.*", "«(.*» does not occur in the text."),
     ("[", "«[» does not occur in the text."),
     ("", "Type a word in the search box to see it in context."),
     ("   ", "Type a word in the search box to see it in context."),
     ("PYONGYANG", "4 occurrences of «PYONGYANG»"),
     ("Vladivostok", "1 occurrence of «Vladivostok»")],
)
def test_search_box_odd_queries(explorer, query, note):
    shown = explorer.update(query=query)
    assert shown.note == note
    assert len(shown.top) == 15  # the chart still shows


def test_settings_persist_between_updates(explorer):
    explorer.update(top_n=7)
    explorer.update(form="stem")
    assert len(explorer.shown.top) == 7
    assert repr(explorer) == ("FrequencyExplorer(top_n=7, stopwords=True, casefold=True, "
                              "form='stem', query='sanctions')")


def test_one_figure_is_redrawn(explorer):
    fig = explorer.figure
    for n in (3, 20, 9):
        explorer.update(top_n=n)
        assert explorer.figure is fig and len(fig.axes) == 1
        assert fig.axes[0].get_title() == explorer.shown.title
        assert fig.axes[0].get_xlabel() == "count"


def test_bad_settings_get_a_clear_message(explorer):
    with pytest.raises(TypeError, match="top_n must be a whole number"):
        explorer.update(top_n="ten")
    with pytest.raises(ValueError, match="form must be one of"):
        explorer.update(form="lemmas")
    with pytest.raises(TypeError, match="query must be a str"):
        explorer.update(query=42)
    with pytest.raises(TypeError, match="needs a text"):
        FrequencyExplorer(123)


def test_own_text():
    explorer = FrequencyExplorer("Le chat dort. Le chat mange. Un chien aboie.", query="chat")
    assert explorer.shown.top[0] == ("chat", 2)
    assert len(explorer.shown.lines) == 2


# --------------------------------------------------------------------------- the widget


def test_controls_drive_the_update(explorer):
    explorer.widget  # noqa: B018 - builds the panel
    controls = explorer.controls
    assert set(controls) == {"top_n", "stopwords", "casefold", "form", "query"}
    controls["top_n"].value = 4
    assert len(explorer.shown.top) == 4
    controls["stopwords"].value = False
    assert words(explorer.shown)[:2] == ["le", "de"]
    controls["form"].value = "stem"
    assert explorer.settings["form"] == "stem"
    controls["query"].value = "Pyongyang"
    assert len(explorer.shown.lines) == 4
    assert explorer._html.value.count("<mark") == 4
    assert bytes(explorer._image.value).startswith(PNG)


def test_update_keeps_the_controls_in_step(explorer):
    explorer.widget  # noqa: B018
    image = explorer._image.value
    explorer.update(top_n=6, casefold=False, query="Kim")
    assert explorer.controls["top_n"].value == 6
    assert explorer.controls["casefold"].value is False
    assert explorer.controls["query"].value == "Kim"
    assert explorer._image.value != image
    assert "5 occurrences of «Kim»" in explorer._html.value


def test_html_escapes_the_query(explorer):
    explorer.widget  # noqa: B018
    explorer.update(query="<b>x</b>")
    assert "<b>x" not in explorer._html.value and "&lt;b&gt;x" in explorer._html.value


def test_notebook_text_is_short_and_deterministic(explorer):
    bundle = explorer._repr_mimebundle_()
    assert bundle["text/plain"] == repr(explorer)
    assert "application/vnd.jupyter.widget-view+json" in bundle
