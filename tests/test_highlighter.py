"""The entity highlighter and its views, tested without a browser."""

import re
from html import unescape

import pytest

from helpers import load_article
from helpers.entities import Mention, compare, extract_entities, load_gold_entities
from helpers.views.entities import diff_html, entities_html, error_table, score_table
from helpers.widgets.highlighter import SOURCES, TYPES, EntityHighlighter

MARK = re.compile(r'<mark class="ent ent-(\w+)" data-label="\1" data-start="(\d+)" '
                  r'data-end="(\d+)"[^>]*>([^<]*)<span class="ent-label">\1</span></mark>')


@pytest.fixture(scope="module")
def highlighter():
    return EntityHighlighter()


def marks(html):
    return [(label, int(start), int(end), text) for label, start, end, text in MARK.findall(html)]


@pytest.mark.parametrize("source", ["rules", "gold", "spaCy"])
@pytest.mark.parametrize("types", [TYPES, ("PER",), ("LOC", "DATE"), ("ORG", "MISC")])
def test_each_visible_mention_exactly_once_and_hidden_types_absent(highlighter, source, types):
    html = highlighter.update(source, types)
    visible = [m for m in highlighter.mentions(source) if m.label in types]
    assert sorted(marks(html)) == sorted((m.label, m.start, m.end, m.text) for m in visible)
    for m in visible:
        assert html.count(f'data-start="{m.start}" data-end="{m.end}"') == 1
    for hidden in set(TYPES) - set(types):
        assert f'data-label="{hidden}"' not in html
        assert f"{hidden} · " not in html  # nor in the legend
    assert f"<b>{len(visible)} mentions</b>" in html


def test_rules_show_dates_and_entities(highlighter):
    labels = {label for label, *_ in marks(highlighter.update("rules"))}
    assert labels == {"PER", "LOC", "MISC", "DATE"}


def test_the_text_is_all_there(highlighter):
    html = highlighter.update("rules", ())
    plain = re.sub(r"<[^>]+>", "", html.split('<div class="ents">', 1)[1])
    assert unescape(plain) == load_article().text


def test_diff_rules_vs_gold_is_all_matches(highlighter):
    html = highlighter.update("diff: rules vs gold")
    kinds = re.findall(r'data-kind="(\w+)"', html)
    assert kinds and set(kinds) == {"match"}
    assert "✓ match: 36" in html


def test_diff_spacy_vs_gold_marks_each_kind(highlighter):
    html = highlighter.update("diff: spaCy vs gold", ["PER", "LOC", "ORG", "MISC"])
    kinds = dict(re.findall(r'data-kind="(\w+)" data-start="(\d+)"', html)[::-1])
    assert {"match", "fp", "mixed"} <= set(re.findall(r'data-kind="(\w+)"', html))
    assert "≠ gold «Kim Jong-un» PER · predicted «Kim Jong» PER" in html
    assert "+ LOC (false positive)" in html  # the elided L’ and qu’ of the article
    assert kinds  # every group is marked with its kind


def test_diff_marks_misses():
    text = "Kim Jong-un à Séoul"
    gold = [Mention("Kim Jong-un", 0, 11, "PER"), Mention("Séoul", 14, 19, "LOC")]
    html = diff_html(text, gold, [Mention("Kim Jong-un", 0, 11, "PER")])
    assert re.findall(r'data-kind="(\w+)"', html) == ["match", "fn"]
    assert "− LOC (missed)" in html and "− missed: 1" in html


def test_html_is_escaped():
    text = "<script>alert(1)</script> & M. O'Brien"
    html = entities_html(text, [Mention("O'Brien", 31, 38, "PER", rule='a "rule"')])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert 'title="PER · a &quot;rule&quot;"' in html


def test_legend_names_every_shown_type_in_words():
    html = entities_html("Kim à Séoul", [Mention("Kim", 0, 3, "PER"),
                                         Mention("Séoul", 6, 11, "LOC")])
    assert "PER · person" in html and "LOC · place" in html and "ORG · " not in html


def test_overlapping_mentions_are_shown_once():
    html = entities_html("la Chine", [Mention("la Chine", 0, 8, "LOC"),
                                      Mention("Chine", 3, 8, "LOC")])
    assert len(marks(html)) == 1


def test_other_text_without_gold():
    hl = EntityHighlighter("La ministre Awa Sow est à Korhogo.")
    assert hl.sources == ("rules", "spaCy")
    assert [t for _, _, _, t in marks(hl.update("rules"))] == ["Awa Sow", "Korhogo"]
    with pytest.raises(ValueError, match="source must be one of"):
        hl.update("gold")


def test_tables_are_plain_text():
    gold = load_gold_entities()
    rows = compare(gold, extract_entities(load_article().text))
    assert error_table(rows) == "no errors"
    from helpers.entities import scores_by_label
    table = score_table(scores_by_label(gold, gold))
    assert table.splitlines()[-1].split() == ["all", "31", "31", "31", "1.000", "1.000", "1.000"]


def test_widget_controls_drive_the_output(highlighter):
    widget = highlighter.widget
    assert widget is highlighter.widget  # built once
    controls = highlighter.controls
    assert list(controls["source"].options) == list(SOURCES)
    controls["type PER"].value = False
    assert 'data-label="PER"' not in controls["output"].value
    controls["source"].value = "gold"
    assert controls["output"].value == highlighter.update("gold", ["LOC", "ORG", "MISC", "DATE"])
    controls["type PER"].value = True
    controls["source"].value = "rules"
