"""helpers.views.frequency: every figure is titled, labelled, small, and shows itself once."""

import functools
from collections import Counter

import matplotlib.text
import pytest

from helpers import load_article, tokenize
from helpers.frequency import count, most_common
from helpers.frequency.contexts import dispersion, kwic, paragraph_starts
from helpers.frequency.keywords import tfidf_by_paragraph
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


@functools.cache
def figures() -> dict:
    """Every view of the module on the article, drawn once, when a test first needs them
    (not at import: both test workers collect this file, one runs it)."""
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


NAMES = ["bar_chart", "zipf_plot", "coverage_plot", "word_cloud", "dispersion_plot", "heatmap",
         "tfidf heatmap"]


def test_names_are_the_figures():
    assert list(figures()) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_has_a_title_and_axis_labels(name):
    fig = figures()[name]
    assert isinstance(fig, Figure)
    main = fig.axes[0]
    assert main.get_title(), f"{name}: no title"
    assert main.get_xlabel(), f"{name}: no x label"
    if name != "word_cloud":  # a cloud has no y axis: its x label says how to read it
        assert main.get_ylabel() or main.get_yticklabels(), f"{name}: no y label"
    for colorbar in fig.axes[1:]:
        assert colorbar.get_ylabel(), f"{name}: colour bar without a label"


@pytest.mark.parametrize("name", NAMES)
def test_figures_are_small_and_render_as_png(name):
    fig = figures()[name]
    assert fig.dpi == 80
    width, height = fig.get_size_inches() * fig.dpi
    assert width <= 900 and height <= 500
    png = fig._repr_png_()
    assert png.startswith(PNG) and len(png) < 200_000


def test_text_repr_is_deterministic():
    assert repr(bar_chart([("kim", 4)], title="t")) == "<Figure size 480x160 with 1 Axes>"
    assert repr(figures()["heatmap"]).endswith("with 2 Axes>")


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
    assert "−0.62" in figures()["zipf_plot"].axes[0].get_title()


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


CAPTIONS = {
    "bar_chart": "Bar chart “Top 10” (10 bars): « coréenne », « kim » and « péninsule » lead "
                 "with 5 each.",
    "zipf_plot": "Zipf plot of 191 word types, frequency against rank on log–log axes: the "
                 "fitted slope is −0.62 (R² 0.90), against −1 for Zipf's law.",
    "coverage_plot": "Cumulative coverage curve: the 34 most frequent of the 191 types cover "
                     "50 % of the tokens.",
    "word_cloud": "Word cloud “Word cloud” of the 80 most frequent words, sized by count: "
                  "« coréenne », « kim » and « péninsule » are the largest, with 5 each.",
    "dispersion_plot": "Dispersion plot of where 2 words occur in the 387 tokens "
                       "(5 paragraphs): « Kim » occurs most often, 5 times.",
    "heatmap": "Heatmap “Counts” (5 paragraphs × 2 words): the highest value, 3, is "
               "« péninsule » in ¶4.",
    "tfidf heatmap": "Heatmap “tf-idf” (5 paragraphs × 2 words): the highest value, 0.04, is "
                     "« péninsule » in ¶4.",
}


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_has_a_one_sentence_caption_with_its_key_number(name):
    assert figures()[name].caption == CAPTIONS[name]


def test_captions_of_empty_figures_say_so():
    assert bar_chart([], title="Nothing").caption == "Bar chart “Nothing”: nothing to show."
    assert word_cloud(Counter()).caption == "Word cloud “Word cloud”: no word to show."
    assert dispersion_plot({}, 0).caption == "Dispersion plot of the 0 tokens: no word to show."
    assert heatmap([], [], title="N").caption == \
        "Heatmap “N” (0 paragraphs × 0 words): nothing to show."
    assert bar_chart([("kim", 4)], title="t", xlabel="mentions").caption == \
        "Bar chart “t” (1 bar): « kim » leads with 4 mentions."


def test_a_figure_without_caption_falls_back_to_its_titles():
    fig = Figure()
    assert fig.caption == "A figure."
    fig.add_subplot().set_title("Left")
    fig.add_subplot().set_title("Right")
    fig.suptitle("Both")
    assert fig.caption == "Both; Left; Right."
    fig.caption = "  Two   panels.\n"
    assert fig.caption == "Two panels."


def _published(fig, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display",
                        lambda obj, raw=False, metadata=None: shown.append((obj, raw, metadata)))
    fig._ipython_display_()
    return shown


def test_a_notebook_shows_the_png_and_its_caption_under_it(monkeypatch):
    fig = figures()["bar_chart"]
    (image, raw_image, size), (line, raw_line, _) = _published(fig, monkeypatch)
    assert raw_image and raw_line
    assert set(image) == {"image/png", "text/plain"}  # no text/html: nbval compares its bytes
    assert image["image/png"].startswith(PNG) and image["text/plain"] == fig.caption
    assert line == {"text/plain": fig.caption, "text/markdown": f"*{fig.caption}*"}
    # the PNG is drawn at 160 dpi; the notebook shows it at the 80-dpi size (6 × 2.7 inches)
    assert size == {"image/png": {"width": 480, "height": 216}}


def test_the_visible_caption_escapes_markdown(monkeypatch):
    fig = bar_chart([("*gras*", 2), ("_x_", 1)], title="t")
    (_, _, _), (line, _, _) = _published(fig, monkeypatch)
    assert "\\*gras\\*" in line["text/markdown"] and line["text/plain"] == fig.caption


@pytest.mark.parametrize("name", NAMES)
def test_figures_have_an_opaque_white_face_for_dark_themes(name):
    import io

    from matplotlib.image import imread

    fig = figures()[name]
    assert fig.get_facecolor() == (1.0, 1.0, 1.0, 1.0)
    pixels = imread(io.BytesIO(fig._repr_png_()))
    assert pixels.shape[2] in (3, 4)
    corner = pixels[0, 0]
    assert list(corner[:3]) == [1.0, 1.0, 1.0]
    if pixels.shape[2] == 4:  # nowhere see-through
        assert pixels[..., 3].min() == 1.0


def test_log_axes_print_plain_numbers_not_raw_math_text():
    """The Figure draws text literally, so log ticks must not be math text ($10^{1}$)."""
    fig = zipf_plot(count(tokenize(load_article().text), casefold=True, punctuation=False))
    fig._repr_png_()
    labels = [t.get_text() for ax in fig.axes
              for t in ax.get_xticklabels() + ax.get_yticklabels()]
    assert labels and not any("$" in label or "mathdefault" in label for label in labels)
    assert "10" in labels
