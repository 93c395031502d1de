"""The NER development and test sets (bench/data/ner/) and their scorer (bench/ner_eval.py).

The data are our annotations of lines of the shared corpus ../shared/data/corpus/fr_bulk.txt
(the text itself is never in the project). Without the corpus: rows are well formed, dev
and test share no line and no document, every line lies in the range its document comes
from, sizes reach their targets, the README agrees with the files. With the corpus: every
line is the annotated text (SHA-1) and every span slices it as the guideline says. The
scorer: micro P/R/F1 over (surface, label) multisets, on tiny cases made by hand and on a
tiny corpus of our own sentences; ``--split dev`` never reads a test file.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "ner"
FILES = {f"{genre}_{split}": DATA / f"{genre}_{split}.jsonl"
         for genre in ("news", "novels") for split in ("dev", "test")}
LABELS = {"PER", "LOC", "ORG", "MISC"}

# Where each document comes from in fr_bulk.txt (first and last line), as the README says.
RANGES = {
    "gsd": (1, 1892),                    # UD French-GSD dev + test
    "sequoia-annodis.er": (1893, 2274),  # its block in Sequoia train
    "sequoia-europar.550": (2993, 3381),
    "sequoia-frwiki_50": (3382, 4123),
    "pud": (4992, 5991),                 # UD French-PUD test, doc "pud-<document id>"
    "eltec-fra_Adam": (5992, 6712),
    "eltec-fra_Carraud": (6713, 8272),
    "eltec-fra_Rattazzi": (14992, 16139),
    "eltec-fra_Rolland": (16140, 24415),
}
DEV_DOCS = {"gsd", "sequoia-annodis.er", "eltec-fra_Adam", "eltec-fra_Carraud"}
NEVER = {"Flaubert": (8273, 10236), "Malot": (11117, 14991)}  # lines no set may use
# The only words a mention may start with in lower case: heads the guideline keeps, particles.
LOWER_HEADS = {"rue", "parc", "square", "salle", "colonne", "cathédrale", "faubourg", "pic",
               "pointe", "arête", "université", "bataille", "traité", "convention", "cassette",
               "communauté", "ville", "de", "d’", "d'"}


def _load_scorer():
    # bench/ is not a package: load the script by its path.
    spec = importlib.util.spec_from_file_location("ner_eval", ROOT / "bench" / "ner_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = module
    spec.loader.exec_module(module)
    return module


ner_eval = _load_scorer()
needs_corpus = pytest.mark.skipif(
    not ner_eval.BULK.is_file(),
    reason=f"{ner_eval.BULK} is absent: the annotations refer to its lines "
           "(shared data, never copied into the project)")


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in FILES[name].read_text(encoding="utf-8").splitlines()]


def family(doc: str) -> str:
    """The key of RANGES a document belongs to ("pud-n01002" -> "pud")."""
    return "pud" if doc.startswith("pud-") else doc


# --------------------------------------------------------------------------- data, no corpus


@pytest.mark.parametrize("name", sorted(FILES))
def test_rows_hold_a_line_reference_and_well_formed_spans_only(name):
    found = rows(name)
    assert [row["line"] for row in found] == sorted({row["line"] for row in found}), name
    for row in found:
        assert set(row) == {"line", "sha1", "doc", "entities"}, row  # never any text
        assert isinstance(row["line"], int) and re.fullmatch(r"[0-9a-f]{40}", row["sha1"])
        end = 0
        for start, stop, label in row["entities"]:
            assert label in LABELS, (row["line"], label)
            assert isinstance(start, int) and isinstance(stop, int)
            assert end <= start < stop, (row["line"], start, stop)  # sorted, flat, not empty
            end = stop


def test_every_line_lies_in_the_range_of_its_document():
    for name in FILES:
        for row in rows(name):
            first, last = RANGES[family(row["doc"])]
            assert first <= row["line"] <= last, (name, row["line"], row["doc"])
            assert not any(a <= row["line"] <= b for a, b in NEVER.values()), row["line"]
            if row["doc"].startswith("pud-"):
                assert re.fullmatch(r"pud-[nw]\d{5}", row["doc"]), row["doc"]


def test_dev_and_test_share_no_line_and_no_document():
    dev = [row for name in FILES if name.endswith("dev") for row in rows(name)]
    test = [row for name in FILES if name.endswith("test") for row in rows(name)]
    assert not {r["line"] for r in dev} & {r["line"] for r in test}
    assert not {r["sha1"] for r in dev} & {r["sha1"] for r in test}  # not even the same text
    assert not {r["doc"] for r in dev} & {r["doc"] for r in test}
    assert {family(r["doc"]) for r in dev} == DEV_DOCS  # split by treebank part and novel
    assert {family(r["doc"]) for r in test} == set(RANGES) - DEV_DOCS


def test_novels_dev_and_test_come_from_two_different_novels_each():
    def novels(name):
        return {row["doc"] for row in rows(name)}

    assert novels("novels_dev") == {"eltec-fra_Adam", "eltec-fra_Carraud"}
    assert novels("novels_test") == {"eltec-fra_Rattazzi", "eltec-fra_Rolland"}
    for name in ("news_dev", "news_test"):
        assert all(row["line"] <= 5991 for row in rows(name))  # the UD part of the corpus


def test_sizes_reach_their_targets():
    count = {name: len(rows(name)) for name in FILES}
    news = count["news_dev"] + count["news_test"]
    novels = count["novels_dev"] + count["novels_test"]
    assert news >= 300 and novels >= 150
    assert 0.4 <= count["news_dev"] / news <= 0.6
    assert 0.4 <= count["novels_dev"] / novels <= 0.6
    for name in FILES:  # the real distribution: lines without any entity too
        empty = sum(1 for row in rows(name) if not row["entities"])
        assert 0.2 * count[name] <= empty <= 0.8 * count[name], name
        assert {lab for row in rows(name) for *_, lab in row["entities"]} >= {"PER", "LOC"}
    assert sum(path.stat().st_size for path in DATA.iterdir()) < 200_000  # small files


def test_the_readme_states_sources_licences_ranges_and_guideline():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for fact in ("fr_bulk.txt", "../shared/data/corpus/fr_bulk.txt", "MIT",
                 "CC BY-SA 4.0", "LGPL-LR", "CC BY-SA 3.0", "public domain",
                 "830e278", "f5b0496", "c245786", "83f0a43", "no inter-annotator",
                 "Titles and forms of address are outside the PER span", "MISC",
                 "HIPE-2022", "7 romans", "Malot", "Flaubert"):
        assert fact in readme, fact
    for first, last in [*RANGES.values(), *NEVER.values()]:
        if (first, last) not in {(1, 1892), (4992, 5991)}:  # said in two parts, or in words
            assert f"{first}–{last}" in readme, (first, last)
    for name in FILES:  # the table of counts agrees with the files
        found = rows(name)
        labels = Counter(lab for row in found for *_, lab in row["entities"])
        cells = [len(found), sum(1 for row in found if row["entities"]),
                 *(labels[lab] for lab in ("PER", "LOC", "ORG", "MISC")), labels.total()]
        assert f"| `{name}.jsonl` | " + " | ".join(map(str, cells)) + " |" in readme, name


# --------------------------------------------------------------------------- data, with corpus


@needs_corpus
@pytest.mark.parametrize("name", sorted(FILES))
def test_every_line_is_the_annotated_text_and_every_span_fits_the_guideline(name):
    genre, split = name.split("_")
    sentences = ner_eval.load(split, genre)  # checks each SHA-1 and each span
    assert [s.line for s in sentences] == [row["line"] for row in rows(name)]
    for s in sentences:
        for start, stop, _ in s.entities:
            mention = s.text[start:stop]
            assert mention == mention.strip() and mention, (s.line, mention)
            if mention[0].islower():  # a generic head kept, or a particle (see the guideline)
                assert mention.split()[0].rstrip(",") in LOWER_HEADS, (s.line, mention)
            assert not mention.startswith(("M. ", "Mme ", "Madame ", "l'", "l’", "la ", "le ")), (
                s.line, mention)


@needs_corpus
def test_the_loader_refuses_a_line_whose_text_changed(tmp_path):
    first = rows("news_dev")[0]
    bad = dict(first, line=first["line"] + 1)  # the next line: another text, so another SHA-1
    (tmp_path / "news_dev.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="SHA-1 differs"):
        ner_eval.load("dev", "news", tmp_path)


# --------------------------------------------------------------------------- a tiny corpus

# Example sentences of our own (not from any corpus), one a line, and their annotation.
TINY = {
    "news_dev": [("M. Dupont vit à Metz.", [(3, 9, "PER"), (16, 20, "LOC")]),
                 ("Rien à signaler ce matin.", [])],
    "novels_dev": [("— Jeanne, dit la mère Nannette, va chez Colis.",
                    [(2, 8, "PER"), (22, 30, "PER"), (40, 45, "PER")]),
                   ("Il pleuvait.", [])],
    "news_test": [("La Sorbonne ouvre un campus à Nancy.", [(3, 11, "ORG"), (30, 35, "LOC")])],
    "novels_test": [("Christophe joua du piano pour Olivier.", [(0, 10, "PER"), (30, 37, "PER")])],
}


def tiny_corpus(folder: Path, names=tuple(TINY)) -> Path:
    """Write the tiny corpus and the annotation files ``names`` into ``folder``."""
    lines, number = [], 0
    for name in TINY:
        annotated = []
        for text, spans in TINY[name]:
            lines.append(text)
            number += 1
            annotated.append({"line": number, "sha1": ner_eval.sha1(text), "doc": name,
                              "entities": [list(span) for span in spans]})
        if name in names:
            (folder / f"{name}.jsonl").write_text(
                "".join(json.dumps(row) + "\n" for row in annotated), encoding="utf-8")
    bulk = folder / "bulk.txt"
    bulk.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bulk


def test_the_loader_reads_each_line_from_the_corpus(tmp_path):
    bulk = tiny_corpus(tmp_path)
    sentences = ner_eval.load("dev", "news", tmp_path, bulk)
    assert [(s.line, s.mentions) for s in sentences] == [
        (1, [("Dupont", "PER"), ("Metz", "LOC")]), (2, [])]
    assert ner_eval.load("dev", "novels", tmp_path, bulk)[0].mentions == [
        ("Jeanne", "PER"), ("Nannette", "PER"), ("Colis", "PER")]


def test_the_loader_rejects_a_span_or_a_row_that_does_not_fit(tmp_path):
    bulk = tiny_corpus(tmp_path)
    good = json.loads((tmp_path / "news_dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    for change, message in (({"entities": [[3, 30, "PER"]]}, "outside"),
                            ({"entities": [[3, 9, "PERSON"]]}, "label"),
                            ({"entities": [[2, 9, "PER"]]}, "space"),
                            ({"entities": [[16, 20, "LOC"], [3, 9, "PER"]]}, "order"),
                            ({"sha1": ner_eval.sha1("M. Dupont vit à Nancy.")}, "SHA-1 differs"),
                            ({"line": 99}, "no line 99"),
                            ({"text": "M. Dupont vit à Metz."}, "fields")):
        (tmp_path / "news_dev.jsonl").write_text(json.dumps(good | change) + "\n",
                                                 encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            ner_eval.load("dev", "news", tmp_path, bulk)


def test_a_missing_corpus_is_said_clearly_and_the_benchmark_stops(tmp_path, monkeypatch, capsys):
    tiny_corpus(tmp_path)
    absent = tmp_path / "nowhere" / "fr_bulk.txt"
    with pytest.raises(ner_eval.BulkMissing, match=r"fr_bulk\.txt is absent"):
        ner_eval.load("dev", "news", tmp_path, absent)
    monkeypatch.setattr(ner_eval, "BULK", absent)
    ner_eval.main(["--split", "dev"])
    out = capsys.readouterr().out
    assert out.startswith("skipped: ") and str(absent) in out and "F1" not in out


def test_the_dev_split_never_reads_a_test_file(tmp_path):
    bulk = tiny_corpus(tmp_path, names=("news_dev", "novels_dev"))
    sets = ner_eval.load_sets("dev", tmp_path, bulk)  # the test files are not there at all
    assert sorted(sets) == ["news dev", "novels dev"]
    with pytest.raises(FileNotFoundError):
        ner_eval.load_sets("test", tmp_path, bulk)
    for name in ("news_test", "novels_test"):  # nor read when they are there: unreadable ones
        (tmp_path / f"{name}.jsonl").write_text("not JSON\n", encoding="utf-8")
    assert sorted(ner_eval.load_sets("dev", tmp_path, bulk)) == ["news dev", "novels dev"]
    with pytest.raises(json.JSONDecodeError):
        ner_eval.load_sets("test", tmp_path, bulk)


def test_the_report_scores_every_column_on_a_toy_system(tmp_path):
    bulk = tiny_corpus(tmp_path)
    sets = ner_eval.load_sets("test", tmp_path, bulk)

    def oracle(texts):  # gives back the gold of every line it is shown
        gold = {s.text: list(s.entities) for rows_ in sets.values() for s in rows_}
        return [gold.get(t, []) for t in texts]

    runs = {"oracle": ner_eval.run_system(oracle, sets, repeats=1),
            "silent": ner_eval.run_system(lambda texts: [[] for _ in texts], sets, repeats=1)}
    table = ner_eval.report(sets, runs, tokens=1000).splitlines()
    assert [c for c, _ in ner_eval.columns(sets)] == [
        "news dev", "novels dev", "news test", "novels test", "overall dev", "overall test"]
    oracle_row = next(line for line in table if line.startswith("oracle")).split()
    assert oracle_row[1:7] == ["100.0"] * 6
    silent_row = next(line for line in table if line.startswith("silent")).split()
    assert silent_row[1:7] == ["0.0"] * 6
    gold_row = next(line for line in table if line.startswith("gold")).split()
    assert gold_row[1:7] == ["2", "3", "2", "2", "5", "4"]
    groups = ner_eval.errors({"novels dev": sets["novels dev"]},
                             {"novels dev": [[] for _ in sets["novels dev"]]})
    assert sum(len(v) for v in groups.values()) == 3
    assert all(kind.startswith("missed PER") for kind in groups)


# --------------------------------------------------------------------------- scorer


def test_a_perfect_prediction_scores_one():
    gold = [[("Jean Baudesson", "PER"), ("Saint-Dizier", "LOC")], []]
    s = ner_eval.score(gold, gold)
    assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1) == (2, 0, 0, 1.0, 1.0, 1.0)


def test_empty_predictions_and_empty_gold():
    gold = [[("Metz", "LOC")], []]
    nothing = ner_eval.score(gold, [[], []])
    assert (nothing.tp, nothing.fn, nothing.precision, nothing.recall, nothing.f1) == (
        0, 1, 0.0, 0.0, 0.0)
    assert ner_eval.score([[], []], [[], []]).f1 == 1.0  # nothing to find, nothing found
    spurious = ner_eval.score([[]], [[("Las", "LOC")]])
    assert (spurious.fp, spurious.precision, spurious.f1) == (1, 0.0, 0.0)


def test_a_wrong_label_is_one_false_positive_and_one_false_negative():
    s = ner_eval.score([[("Cora", "ORG")]], [[("Cora", "LOC")]])
    assert (s.tp, s.fp, s.fn, s.f1) == (0, 1, 1, 0.0)
    per_label = ner_eval.by_label([[("Cora", "ORG")]], [[("Cora", "LOC")]])
    assert (per_label["ORG"].fn, per_label["LOC"].fp, per_label["PER"].f1) == (1, 1, 1.0)


def test_mentions_are_a_multiset_within_each_sentence():
    gold = [[("Marne", "LOC"), ("Marne", "LOC")]]
    once = ner_eval.score(gold, [[("Marne", "LOC")]])
    assert (once.tp, once.fp, once.fn) == (1, 0, 1)
    thrice = ner_eval.score(gold, [[("Marne", "LOC")] * 3])
    assert (thrice.tp, thrice.fp, thrice.fn) == (2, 1, 0)
    # a mention never matches one of another sentence
    crossed = ner_eval.score([[("Alix", "PER")], []], [[], [("Alix", "PER")]])
    assert (crossed.tp, crossed.fp, crossed.fn) == (0, 1, 1)


def test_labels_other_than_the_four_are_ignored():
    assert ner_eval.surfaces("Metz, le 3 mai", [(0, 4, "LOC"), (9, 14, "DATE")]) == [
        ("Metz", "LOC")]
    s = ner_eval.score([[("Metz", "LOC")]], [[("Metz", "LOC"), ("3 mai", "DATE")]])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_error_kinds_name_the_usual_span_mistakes():
    kind = ner_eval._kind_of_span
    assert kind("Soyer", "M. Soyer") == "span too long: title or article kept"
    assert kind("de Sairmeuse", "Sairmeuse").startswith("span too short: particle")
    assert kind("rue de Danjoutin", "Danjoutin").startswith("span too short: lower-case head")
    assert kind("Le Petit Prince", "Petit Prince").startswith("span too short: article")


def test_the_scorer_examples_run():
    import doctest

    result = doctest.testmod(ner_eval)
    assert result.failed == 0 and result.attempted >= 8
