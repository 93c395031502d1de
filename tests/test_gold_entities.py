"""The hand-made gold entities of the article: offsets, counts, convention.

The file is read here without the kit's loader, so a bug in the loader cannot
hide a bad row; then the loader is checked against this reading.
"""

import itertools
import re
from collections import Counter

import pytest

from helpers import load_article
from helpers.entities import Mention, load_gold_entities
from helpers.entities.gazetteer import lookup
from helpers.text.corpus import SEEDS

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


def test_seven_distinct_people_and_nine_places():
    people = {lookup(text).name for _, _, text, label in ROWS if label == "PER"}
    assert people == {"Vladimir Poutine", "Kim Jong-un", "Kim Jong-il", "Xi Jinping",
                      "Moon Jae-in", "Donald Trump", "Dmitri Medvedev"}
    places = {lookup(text).name for _, _, text, label in ROWS if label == "LOC"}
    assert places == {"Vladivostok", "Moscou", "Pyongyang", "Russie", "Corée du Nord",
                      "Pékin", "États-Unis", "Washington", "Corée du Sud"}


def test_misc_and_dates():
    assert [text for *_, text, label in ROWS if label == "MISC"] == ["Guerre froide"]
    assert [text for *_, text, label in ROWS if label == "DATE"] == [
        "hier jeudi", "2011", "d’hier", "début 2018", "mars 2018"]


def test_date_spans_follow_the_header():
    """d’ stays in « d’hier »; « en 2011 », « depuis mars 2018 » leave the preposition out."""
    text = load_article().text
    before = {span: text[start - 7:start] for start, end, span, label in ROWS
              if label == "DATE"}
    assert before["2011"].endswith(" en ") and before["mars 2018"].endswith("depuis ")
    assert before["début 2018"].endswith("depuis ")


def test_rows_are_sorted_and_do_not_overlap():
    spans = [(start, end) for start, end, *_ in ROWS]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_header_states_the_convention():
    header = "\n".join(line for line in GOLD.read_text(encoding="utf-8").splitlines()
                       if line.startswith("#"))
    assert "proper-noun" in header
    for decided in ("russe", "nord-coréen", "péninsule coréenne", "Guerre froide", "d’hier"):
        assert decided in header, decided
    assert "11 PER (7 people), 19 LOC (9 places), 0 ORG, 1 MISC, 5 DATE" in header


def _occurrences(text, phrase):
    start = text.find(phrase)
    while start >= 0:
        yield start, start + len(phrase)
        start = text.find(phrase, start + 1)


@pytest.mark.parametrize("phrase, times", [
    ("péninsule coréenne", 5),  # a place, but a lower-case common noun phrase
    ("russe", 1), ("nord-coréen", 1), ("chinois", 1), ("sud-coréen", 1),  # adjectives
    ("le président chinois", 1), ("le président sud-coréen", 1), ("l’ex-président", 1),
])
def test_lowercase_mentions_are_not_gold(phrase, times):
    """The convention: nationality adjectives, "péninsule coréenne" and titles are not entities."""
    text = load_article().text
    found = list(_occurrences(text, phrase))
    assert len(found) == times
    for start, end in found:
        assert not any(s < end and start < e for s, e, *_ in ROWS), (phrase, start)


def test_every_name_of_the_article_is_gold():
    """Proper nouns only, but all of them: a capitalised word outside the gold starts a sentence
    and is an ordinary word (or the elided article of « L’objectif »)."""
    text = load_article().text
    covered = {k for start, end, *_ in ROWS for k in range(start, end)}
    left = [m.group() for m in re.finditer(r"\b[A-ZÀ-Ý][\w’-]*", text) if m.start() not in covered]
    assert left == ["Les", "L’objectif", "Cette", "Il", "La", "Pour", "La", "En", "Or", "Après",
                    "Mais"]


def test_loader_reads_the_same_rows():
    entities = load_gold_entities()
    dates = load_gold_entities(layer="dates")
    assert [(m.start, m.end, m.text, m.label) for m in entities + dates] == sorted(
        [r for r in ROWS if r[3] != "DATE"]) + sorted([r for r in ROWS if r[3] == "DATE"])
    assert all(isinstance(m, Mention) and m.entity is None for m in entities)
    assert len(load_gold_entities(layer="all")) == len(ROWS)


def test_loader_refuses_a_wrong_offset(tmp_path):
    bad = tmp_path / "gold.tsv"
    bad.write_text("start\tend\ttext\tlabel\n21\t36\tVladimir Poutine\tPER\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2: text\[21:36\] is 'Vladimir Poutin'"):
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
