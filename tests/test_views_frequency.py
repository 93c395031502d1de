"""helpers.views.frequency: every figure is titled, labelled, small, and shows itself once."""

from collections import Counter

import matplotlib.text
import pytest

from helpers import load_article, tokenize
from helpers.concordance import dispersion, kwic, paragraph_starts
from helpers.frequency import count, most_common
from helpers.keyness import tfidf_by_paragraph
from helpers.views.frequency import (
    ORANGE,
    Figure,
    bar_chart,
    coverage_plot,
    dispersion_plot,
    heatmap,
    kwic_html,
    word_cloud,
    zipf_plot,
)

DOC = load_article()
TOKENS = tokenize(DOC.text)
WORDS = count(TOKENS, casefold=True, punctuation=False)
CONTENT = count(TOKENS, casefold=True, punctuation=False, stopwords=True)
PNG = b"\x89PNG\r\n\x1a\n"


def figures():
    rows = [count(tokenize(p), casefold=True, punctuation=False) for p in DOC.paragraphs]
    return {
        "bar_chart": bar_chart(most_common(CONTENT, 10), title="Top 10"),
        "zipf_plot": zipf_plot(WORDS),
        "coverage_plot": coverage_plot(WORDS),
        "word_cloud": word_cloud(CONTENT),
        "dispersion_plot": dispersion_plot(dispersion(TOKENS, ["Kim", "Poutine"]), len(TOKENS),
                                           boundaries=paragraph_starts(DOC)),
        "heatmap": heatmap(rows, ["kim", "péninsule"], title="Counts"),
        "tfidf heatmap": heatmap(tfidf_by_paragraph(DOC), ["kim", "péninsule"], title="tf-idf",
                                 value_label="tf-idf"),
    }


FIGURES = figures()


@pytest.mark.parametrize("name", FIGURES)
def test_every_figure_has_a_title_and_axis_labels(name):
    fig = FIGURES[name]
    assert isinstance(fig, Figure)
    main = fig.axes[0]
    assert main.get_title(), f"{name}: no title"
    assert main.get_xlabel(), f"{name}: no x label"
    if name != "word_cloud":  # a cloud has no y axis: its x label says how to read it
        assert main.get_ylabel() or main.get_yticklabels(), f"{name}: no y label"
    for colorbar in fig.axes[1:]:
        assert colorbar.get_ylabel(), f"{name}: colour bar without a label"


@pytest.mark.parametrize("name", FIGURES)
def test_figures_are_small_and_render_as_png(name):
    fig = FIGURES[name]
    assert fig.dpi == 80
    width, height = fig.get_size_inches() * fig.dpi
    assert width <= 900 and height <= 500
    png = fig._repr_png_()
    assert png.startswith(PNG) and len(png) < 200_000


def test_text_repr_is_deterministic():
    assert repr(bar_chart([("kim", 4)], title="t")) == "<Figure size 480x160 with 1 Axes>"
    assert repr(FIGURES["heatmap"]).endswith("with 2 Axes>")


def test_views_never_touch_pyplot():
    import sys

    if "matplotlib.pyplot" in sys.modules:  # imported by another test: no figure of ours in it
        import matplotlib.pyplot as plt

        figures()
        assert plt.get_fignums() == []


def test_bar_chart_puts_the_first_on_top_and_highlights():
    fig = bar_chart([("kim", 5), ("moscou", 3), ("russie", 2)], title="t", highlight=["moscou"])
    ax = fig.axes[0]
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert labels == ["russie", "moscou", "kim"]  # drawn bottom-up: kim on top
    colours = [bar.get_facecolor() for bar in ax.patches]
    from matplotlib.colors import to_rgba

    assert colours[1] == to_rgba(ORANGE) and colours[0] != to_rgba(ORANGE)
    assert [label.get_fontweight() for label in ax.get_yticklabels()][1] == "bold"


def test_bar_chart_draws_again_into_the_same_axes():
    fig = bar_chart([("kim", 4)], title="first")
    again = bar_chart([("a", 1), ("b", 2)], title="second", ax=fig.axes[0])
    assert again is fig and len(fig.axes) == 1
    assert fig.axes[0].get_title() == "second" and len(fig.axes[0].patches) == 2


def test_zipf_title_prints_the_fitted_slope():
    assert "−0.62" in FIGURES["zipf_plot"].axes[0].get_title()


def test_empty_input_gives_an_empty_figure_not_a_crash():
    for fig in (bar_chart([], title="Nothing"), word_cloud(Counter()),
                dispersion_plot({}, 0), heatmap([], [], title="Nothing"),
                coverage_plot(Counter()), dispersion_plot({"Kim": []}, 10)):
        assert fig._repr_png_().startswith(PNG)
    with pytest.raises(ValueError, match="at least 2 different words"):
        zipf_plot(Counter({"kim": 1}))


def test_word_cloud_is_the_same_on_every_run():
    assert word_cloud(CONTENT)._repr_png_() == word_cloud(CONTENT)._repr_png_()


def test_kwic_html_marks_the_keyword_and_escapes_text():
    html = kwic_html(kwic(DOC, "Pyongyang"))
    assert html.count("<mark") == 4 and html.startswith("<table")
    odd = kwic("a <b>x</b> & « y »", "x")
    assert "<b>" not in kwic_html(odd) and "&lt;b&gt;" in kwic_html(odd)
    assert "No occurrence" in kwic_html([])


def test_user_text_is_drawn_literally_never_as_math():
    """A label such as "$\\bad{x}$" crashed matplotlib's math parser; the kit draws it as is."""
    fig = bar_chart([("$\\bad{x}$", 5), ("prix 5$", 3), ("ok", 1)], title="mots $\\alpha$")
    assert fig._repr_png_().startswith(b"\x89PNG")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "$\\bad{x}$" in labels
    assert all(not t.get_parse_math() for t in fig.findobj(matplotlib.text.Text))
