"""helpers.export: the kit's tables as DataFrames and CSV files a spreadsheet reads right."""

import csv
import subprocess
import sys
from collections import Counter

import pytest

from helpers import load_article, tokenize
from helpers.export import to_csv, to_dataframe
from helpers.frequency import count
from helpers.frequency.keywords import keyness
from helpers.reporting import report

BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def counts() -> Counter:
    return count(tokenize(load_article().text), casefold=True, punctuation=False)


@pytest.fixture(scope="module")
def article_report():
    return report(load_article())


def read_rows(path, encoding="utf-8", sep=","):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=sep))


def test_importing_the_module_does_not_load_pandas():
    code = "import sys, helpers.export; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_a_word_count_round_trips_through_csv_most_frequent_first(counts, tmp_path):
    path = to_csv(counts, tmp_path / "counts.csv")
    header, *rows = read_rows(path)
    assert header == ["word", "count"]
    assert {word: int(n) for word, n in rows} == dict(counts)
    numbers = [int(n) for _, n in rows]
    assert numbers == sorted(numbers, reverse=True)
    assert not path.read_bytes().startswith(BOM)


def test_ties_are_in_french_alphabetical_order():
    frame = to_dataframe(Counter({"Pyongyang": 2, "États-Unis": 2, "Pékin": 2, "kim": 5}))
    assert frame["word"].tolist() == ["kim", "États-Unis", "Pékin", "Pyongyang"]


def test_keyness_rows_keep_their_fields_and_order(counts, tmp_path):
    keywords = keyness(counts, n=5)
    frame = to_dataframe(keywords)
    assert list(frame.columns) == ["word", "count", "per_million", "french_per_million",
                                   "log_ratio"]
    assert frame["word"].tolist() == [k.word for k in keywords]
    _header, *rows = read_rows(to_csv(keywords, tmp_path / "keywords.csv"))
    assert [row[0] for row in rows] == [k.word for k in keywords]
    assert float(rows[0][4]) == pytest.approx(keywords[0].log_ratio, rel=1e-5)


def test_entity_rows_write_paragraphs_and_empty_cells_readably(article_report, tmp_path):
    entities = article_report.entities
    header, *rows = read_rows(to_csv(entities, tmp_path / "entities.csv"))
    assert header == ["entity", "type", "kind", "country", "mentions", "paragraphs", "lat",
                      "lon", "note"]
    assert len(rows) == len(entities)
    first = dict(zip(header, rows[0], strict=True))
    assert first["entity"] == entities[0].entity
    assert first["paragraphs"] == " ".join(str(p) for p in entities[0].paragraphs)
    unplaced = next(i for i, row in enumerate(entities) if row.lat is None)
    assert rows[unplaced][header.index("lat")] == ""
    assert "None" not in {cell for row in rows for cell in row}


def test_pairs_such_as_the_reports_top_lemmas(article_report):
    frame = to_dataframe(article_report.top_lemmas)
    assert list(frame.itertuples(index=False, name=None)) == list(article_report.top_lemmas)
    renamed = to_dataframe(article_report.top_lemmas, columns=["lemma", "n"])
    assert list(renamed.columns) == ["lemma", "n"]


def test_excel_gets_a_byte_order_mark_and_the_accents_survive(tmp_path):
    path = to_csv({"dénucléarisation": 2, "Corée": 1}, tmp_path / "excel.csv", excel=True)
    data = path.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    assert data[len(BOM):].decode("utf-8").splitlines() == [
        "word,count", "dénucléarisation,2", "Corée,1"]


def test_a_semicolon_for_a_french_excel(tmp_path):
    path = to_csv([("kim", 5), ("péninsule", 5)], tmp_path / "fr.csv", sep=";")
    assert read_rows(path, sep=";") == [["word", "count"], ["kim", "5"], ["péninsule", "5"]]


def test_a_missing_folder_is_named_and_nothing_is_written(tmp_path):
    target = tmp_path / "mon_projet" / "table.csv"
    with pytest.raises(FileNotFoundError) as caught:
        to_csv({"kim": 5}, target)
    message = str(caught.value)
    assert "There is no folder" in message and "mon_projet" in message and ".mkdir()" in message
    assert not (tmp_path / "mon_projet").exists()


def test_a_folder_for_a_path_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError, match="give a file name"):
        to_csv({"kim": 5}, tmp_path)


@pytest.mark.parametrize("table", ["un texte", 42, None, b"bytes"])
def test_what_is_not_a_table_gets_a_plain_message(table):
    with pytest.raises(TypeError, match="takes one of the kit's tables"):
        to_dataframe(table)


def test_rows_of_mixed_kinds_are_refused(counts):
    with pytest.raises(TypeError, match="rows of one kind"):
        to_dataframe([("kim", 5), *keyness(counts, n=1)])


def test_columns_of_the_wrong_length_are_refused():
    with pytest.raises(ValueError, match="gives 3 names for a table of 2 columns"):
        to_dataframe({"kim": 5}, columns=["a", "b", "c"])


def test_an_empty_table_writes_an_empty_file_without_error(tmp_path):
    assert to_dataframe([]).empty
    path = to_csv([], tmp_path / "empty.csv")
    assert path.read_text(encoding="utf-8").strip() == ""
