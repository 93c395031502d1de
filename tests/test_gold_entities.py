"""The hand-made gold entities of the article: offsets, counts, convention.

The file is read here without the kit's loader, so a bug in the loader cannot
hide a bad row; then the loader is checked against this reading.
"""

import itertools
from collections import Counter

import pytest

from helpers import load_article
from helpers.corpus import SEEDS
from helpers.entities import Mention, load_gold_entities
from helpers.gazetteer import lookup

GOLD = SEEDS / "gold_entities.tsv"


def _rows():
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0].split("\t") == ["start", "end", "text", "label"]
    rows = []
    for line in lines[1:]:
        start, end, text, label = line.split("\t")
        rows.append((int(start), int(end), text, label))
    return rows


ROWS = _rows()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}" for r in ROWS])
def test_offsets_slice_exactly_the_text(row):
    start, end, text, _ = row
    assert load_article().text[start:end] == text


def test_counts_per_label():
    assert Counter(label for *_, label in ROWS) == {"PER": 11, "LOC": 19, "MISC": 1, "DATE": 5}
    assert not any(label == "ORG" for *_, label in ROWS)


def test_seven_distinct_people():
    people = {lookup(text).name for _, _, text, label in ROWS if label == "PER"}
    assert people == {"Vladimir Poutine", "Kim Jong-un", "Kim Jong-il", "Xi Jinping",
                      "Moon Jae-in", "Donald Trump", "Dmitri Medvedev"}


def test_misc_and_dates():
    assert [text for *_, text, label in ROWS if label == "MISC"] == ["Guerre froide"]
    assert sorted(text for *_, text, label in ROWS if label == "DATE") == sorted(
        ["hier jeudi", "2011", "d’hier", "début 2018", "mars 2018"])


def test_rows_are_sorted_and_do_not_overlap():
    spans = [(start, end) for start, end, *_ in ROWS]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_header_states_the_convention():
    header = "\n".join(line for line in GOLD.read_text(encoding="utf-8").splitlines()
                       if line.startswith("#"))
    assert "péninsule" in header and "proper-noun" in header


def test_lowercase_mentions_are_not_gold():
    """The convention: "péninsule coréenne", "le président américain" are not entities."""
    text = load_article().text
    for phrase in ("péninsule coréenne", "président américain"):
        start = text.index(phrase)
        assert not any(s < start + len(phrase) and start < e for s, e, *_ in ROWS)


def test_loader_reads_the_same_rows():
    entities = load_gold_entities()
    dates = load_gold_entities(layer="dates")
    assert [(m.start, m.end, m.text, m.label) for m in entities + dates] == sorted(
        [r for r in ROWS if r[3] != "DATE"]) + sorted([r for r in ROWS if r[3] == "DATE"])
    assert all(isinstance(m, Mention) and m.entity is None for m in entities)
    assert len(load_gold_entities(layer="all")) == len(ROWS)


def test_loader_refuses_a_wrong_offset(tmp_path):
    bad = tmp_path / "gold.tsv"
    bad.write_text("start\tend\ttext\tlabel\n0\t15\tVladimir Poutine\tPER\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2: text\[0:15\] is 'Vladimir Poutin'"):
        load_gold_entities(bad, text=load_article().text)


def test_loader_refuses_a_bad_header_or_label(tmp_path):
    bad = tmp_path / "gold.tsv"
    bad.write_text("from\tto\ttext\tlabel\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected the header"):
        load_gold_entities(bad)
    bad.write_text("start\tend\ttext\tlabel\n0\t3\tKim\tPERSON\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown label 'PERSON'"):
        load_gold_entities(bad)
    with pytest.raises(ValueError, match="layer must be one of"):
        load_gold_entities(layer="people")
