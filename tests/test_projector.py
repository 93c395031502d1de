"""Projector mode (helpers.display_mode): one switch, by a call or an environment variable;
figures and HTML views made larger when it is on, and byte-identical to before when it is off;
scripts/slides.py writes a lesson's copy as slides, one per heading.

Sizes are read off the drawn matplotlib figures (points) and their PNG (pixels, dpi).
"""

import doctest
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from PIL import Image
from script_modules import script  # tests/script_modules.py
from test_figure_legibility import assert_legible, drawn

import helpers
from helpers import display_mode, load_article
from helpers.entities.linking import entity_table
from helpers.entities.network import cooccurrence
from helpers.entities.relation_extraction import relations
from helpers.frequency.contexts import kwic
from helpers.reporting import report
from helpers.text.tokens import token_spans
from helpers.views.entities import entities_html
from helpers.views.figure import DPI, PNG_DPI
from helpers.views.frequency import bar_chart, kwic_html, new_figure, zipf_plot
from helpers.views.mapping import network_plot, place_map
from helpers.views.report import report_html
from helpers.views.tokens import tokens_html

ROOT = Path(__file__).resolve().parents[1]
FONT, LINE = display_mode.FONT_SCALE, display_mode.LINE_SCALE
WIDTH = display_mode.SIZE_SCALE * display_mode.ZOOM  # display width, projector / normal
PAIRS = [(f"mot{i}", 30 - i) for i in range(25)]


@pytest.fixture(autouse=True)
def switch_untouched(monkeypatch):
    """Every test starts with no call made and no environment variable set."""
    monkeypatch.setattr(display_mode, "_switch", None)
    monkeypatch.delenv(display_mode.ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def doc():
    return load_article()


def test_the_switch_is_off_by_default_and_set_by_a_call_or_the_environment(monkeypatch):
    assert helpers.projector is display_mode.projector
    assert helpers.projector() is False
    for value, on in [("1", True), ("true", True), ("ON", True), ("0", False), ("", False),
                      ("no", False)]:
        monkeypatch.setenv(display_mode.ENV_VAR, value)
        assert helpers.projector() is on, value
    monkeypatch.setenv(display_mode.ENV_VAR, "1")
    assert helpers.projector(False) is False and helpers.projector() is False  # a call wins
    assert helpers.projector(True) is True and helpers.projector() is True


def test_the_switch_module_draws_nothing_and_its_examples_pass():
    code = "import sys, helpers.display_mode; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"
    assert doctest.testmod(display_mode).failed == 0


def sizes(fig):
    """Font sizes in points of a one-Axes figure drawn as shown: title, ticks, texts, legend."""
    fig._repr_png_()
    ax = fig.axes[0]
    legend = ax.get_legend()
    return {"title": ax.title.get_fontsize(),
            "xtick": ax.get_xticklabels()[0].get_fontsize(),
            "ytick": ax.get_yticklabels()[0].get_fontsize(),
            "xlabel": ax.xaxis.label.get_fontsize(),
            "text": ax.texts[0].get_fontsize() if ax.texts else None,
            "legend": legend.get_texts()[0].get_fontsize() if legend else None}


def test_the_bar_chart_grows_by_the_stated_factors_and_shows_its_first_bars():
    normal = bar_chart(PAIRS[:12], title="Top 12")
    helpers.projector(True)
    big = bar_chart(PAIRS[:12], title="Top 12")
    for key, pt in sizes(normal).items():
        if pt is not None:
            assert sizes(big)[key] == pytest.approx(pt * FONT), key
    assert big.display_size[0] == round(normal.display_size[0] * WIDTH) == 960
    assert big.dpi == DPI * display_mode.ZOOM
    assert big.axes[0].spines["left"].get_linewidth() == pytest.approx(
        normal.axes[0].spines["left"].get_linewidth() * LINE)
    image = Image.open(io.BytesIO(big._repr_png_()))  # still twice the display size, sharp
    assert image.size == (2 * big.display_size[0], 2 * big.display_size[1])
    assert image.info["dpi"] == pytest.approx((big.dpi * PNG_DPI / DPI,) * 2, abs=0.1)
    # crowded: the first bars only, and the title says so
    many = bar_chart(PAIRS, title="Top 25")
    assert len(many.axes[0].patches) == display_mode.MAX_BARS
    assert many.axes[0].get_title() == f"Top 25 (first {display_mode.MAX_BARS} of 25)"


def test_lines_and_legends_grow_too():
    counts = {f"w{i}": 100 // i for i in range(1, 60)}
    normal = zipf_plot(counts)
    helpers.projector(True)
    big = zipf_plot(counts)
    assert sizes(big)["legend"] == pytest.approx(sizes(normal)["legend"] * FONT)
    fitted = [ax.lines[1].get_linewidth() for ax in (normal.axes[0], big.axes[0])]
    assert fitted[1] == pytest.approx(fitted[0] * LINE)


def test_a_view_drawn_in_a_callers_axes_keeps_its_sizes():
    """A widget lays its figure out itself: projector mode leaves it alone."""
    _, ax = new_figure(6, 5, layout=None)
    helpers.projector(True)
    fig = bar_chart(PAIRS[:5], title="Top", ax=ax)
    assert fig.dpi == DPI and sizes(fig)["ytick"] == 10


def names(fig):
    return [t.get_fontsize() for ax in fig.axes for t in ax.texts]


def test_the_map_and_the_network_grow_and_stay_legible(doc):
    rows, found, net = entity_table(doc), relations(doc), cooccurrence(doc)
    normal = [place_map(rows, found), network_plot(net)]
    helpers.projector(True)
    big = [place_map(rows, found), network_plot(net)]
    for small, large in zip(normal, big, strict=True):
        assert large.display_size[0] == round(small.display_size[0] * WIDTH)
        assert names(large) == pytest.approx([pt * FONT for pt in names(small)])
        assert large.axes[0].get_title() == small.axes[0].get_title()
        assert large.caption == small.caption
        renderer = drawn(large)
        for ax in large.axes:
            assert_legible(ax, renderer)  # larger names, still on no marker and no other name
    assert big[0]._suptitle.get_fontsize() == pytest.approx(normal[0]._suptitle.get_fontsize()
                                                            * FONT)


def test_the_environment_variable_alone_gives_projector_figures(monkeypatch):
    monkeypatch.setenv(display_mode.ENV_VAR, "1")
    assert bar_chart(PAIRS[:3], title="t").display_size[0] == 960


HTML_VIEWS = {
    "entities": lambda d: entities_html(d.text[:400], helpers.extract_entities(d.text[:400])),
    "tokens": lambda d: tokens_html(token_spans(d.text[:200]), d.text[:200]),
    "kwic": lambda d: kwic_html(kwic(d.text, "Kim")),
    "report": lambda d: report_html(report(d, top=5), figures=False),
}
LARGER = {"entities": ".ents{font:24px/2.3", "tokens": ".tokens{font:24px/2.1",
          "kwic": "font-size:160%", "report": ".kit-report { font-size: 160%; }"}


@pytest.mark.parametrize("name", HTML_VIEWS)
def test_html_views_get_the_larger_css_only_when_on(doc, name):
    normal = HTML_VIEWS[name](doc)
    assert LARGER[name] not in normal
    helpers.projector(True)
    big = HTML_VIEWS[name](doc)
    assert LARGER[name] in big
    helpers.projector(False)
    assert HTML_VIEWS[name](doc) == normal


_FINGERPRINTS = """
import hashlib, json, sys
import helpers
from helpers import load_article
from helpers.entities.linking import entity_table
from helpers.entities.network import cooccurrence
from helpers.entities.relation_extraction import relations
from helpers.frequency.contexts import kwic
from helpers.text.tokens import token_spans
from helpers.views.entities import entities_html
from helpers.views.frequency import bar_chart, kwic_html
from helpers.views.mapping import network_plot, place_map
from helpers.views.tokens import tokens_html

if sys.argv[1] == "toggled":
    helpers.projector(True)
    bar_chart([("a", 1)], title="on")  # a figure made in projector mode first
    helpers.projector(False)
doc = load_article()
made = {
    "bar": bar_chart([(f"mot{i}", 30 - i) for i in range(25)], title="Top 25")._repr_png_(),
    "map": place_map(entity_table(doc), relations(doc))._repr_png_(),
    "network": network_plot(cooccurrence(doc))._repr_png_(),
    "entities": entities_html(doc.text, helpers.extract_entities(doc.text)).encode(),
    "tokens": tokens_html(token_spans(doc.text[:300]), doc.text[:300]).encode(),
    "kwic": kwic_html(kwic(doc.text, "Kim")).encode(),
}
print(json.dumps({k: hashlib.sha256(v).hexdigest() for k, v in made.items()}))
"""


def fingerprints(*hows):
    """The outputs' fingerprints of fresh processes, one per ``how``, run side by side."""
    runs = [subprocess.Popen([sys.executable, "-c", _FINGERPRINTS, how], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, display_mode.ENV_VAR: ""}) for how in hows]
    found = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        found.append(json.loads(out))
    return found


def test_with_it_off_outputs_are_byte_identical_to_never_touching_the_switch():
    never, toggled = fingerprints("never", "toggled")
    assert never == toggled
    assert len(set(never.values())) == len(never)  # six different outputs, all compared


# --- scripts/slides.py --------------------------------------------------------------------

slides = script("slides")
LESSON = ROOT / "notebooks" / "02_frequency.ipynb"


def headings(path):
    nb = nbformat.read(path, as_version=4)
    return [c.source.lstrip().split("\n")[0] for c in nb.cells if c.cell_type == "markdown"
            and slides.slide_type(c) == "slide"]


def test_slides_have_one_section_per_heading_and_leave_the_lesson_alone(tmp_path):
    before = hashlib.sha256(LESSON.read_bytes()).hexdigest()
    assert slides.main([str(LESSON), "-o", str(tmp_path)]) == 0
    assert hashlib.sha256(LESSON.read_bytes()).hexdigest() == before  # a copy was converted
    page = (tmp_path / "02_frequency.slides.html").read_text(encoding="utf-8")
    deck = page[page.index('<div class="slides">'):]
    titles = headings(LESSON)
    assert len(titles) >= 5
    assert len(re.findall(r"<section>\s*<section>", deck)) == len(titles)
    assert doctest.testmod(slides).failed == 0


def test_slides_need_a_network_for_reveal_js_and_the_html_page_does_not(tmp_path):
    slides.main([str(LESSON), "-o", str(tmp_path)])
    page = (tmp_path / "02_frequency.slides.html").read_text(encoding="utf-8")
    assert f'href="{slides.CDN}/dist/reveal.css"' in page  # offline: no reveal.js, no slides
    local = tmp_path / "local"
    slides.main([str(LESSON), "-o", str(local), "--reveal-prefix", "reveal.js"])
    assert 'href="reveal.js/dist/reveal.css"' in (local / "02_frequency.slides.html").read_text(
        encoding="utf-8")
    slides.main([str(LESSON), "-o", str(tmp_path), "--to", "html"])
    html = (tmp_path / "02_frequency.html").read_text(encoding="utf-8")
    assert "reveal.css" not in html and html.count("data:image/png;base64") >= 3
