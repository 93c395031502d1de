"""Scoring spans: prf and spans_of."""

import pytest

from helpers.evaluation import Score, prf, read_conllu, spans_of


def test_perfect():
    s = prf([(0, 2), (3, 5)], {(3, 5), (0, 2)})
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert s.precision == s.recall == s.f1 == 1.0


def test_half_right():
    s = prf([(0, 2), (3, 8)], [(0, 2), (2, 8)])
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == s.recall == s.f1 == 0.5


def test_empty_prediction_scores_zero_without_dividing_by_zero():
    s = prf([(0, 2)], [])
    assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1) == (0, 0, 1, 0.0, 0.0, 0.0)


def test_empty_gold_with_predictions_scores_zero():
    s = prf([], [(0, 1)])
    assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1) == (0, 1, 0, 0.0, 0.0, 0.0)


def test_nothing_to_find_and_nothing_found_is_perfect():
    assert prf([], []).f1 == 1.0  # 0/0 is defined as 1.0, see Score's docstring


def test_multisets_count_repeats():
    s = prf(["le", "le", "chat"], ["le", "chat", "chat"])
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_score_prints_nicely():
    text = str(prf([(0, 2), (3, 8)], [(0, 2), (2, 8)]))
    assert text == "P 50.00  R 50.00  F1 50.00  (tp 1, fp 1, fn 1)"
    assert isinstance(prf([], []), Score)


def test_spans_of_plain_tokens():
    assert spans_of("L’objectif était clair.", ["L’", "objectif", "était", "clair", "."]) == [
        (0, 2), (2, 10), (11, 16), (17, 22), (22, 23)
    ]


def test_spans_of_maps_nltk_quotes_back():
    text = 'Il a dit "oui" et « non ».'
    tokens = ["Il", "a", "dit", "``", "oui", "''", "et", "``", "non", "''", "."]
    assert spans_of(text, tokens) == [
        (0, 2), (3, 4), (5, 8), (9, 10), (10, 13), (13, 14), (15, 17), (18, 19), (20, 23),
        (24, 25), (25, 26),
    ]


def test_spans_of_skips_and_counts_what_it_cannot_align():
    lost: list = []
    got = spans_of("un deux trois", ["un", "DEUX", "trois", "", None], skipped=lost)
    assert got == [(0, 2), (8, 13)]
    assert lost == ["DEUX", "", None]


def test_spans_of_does_not_jump_far_ahead():
    text = "a " + "x " * 500 + "b"
    assert spans_of(text, ["a", "b"]) == [(0, 1)]  # b is 1000 characters of text away


@pytest.mark.parametrize("tokens", [[], ["zzz"], ["a"] * 5])
def test_spans_of_never_crashes(tokens):
    assert isinstance(spans_of("a b", tokens), list)


CONLLU = """\
# sent_id = 1
# text = Il parle du sommet.
1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
5\tsommet\tsommet\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = 2
# text = L'accord.
1\tL'\tle\tDET\t_\t_\t2\tdet\t_\tSpaceAfter=No
2\taccord\taccord\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def test_read_conllu_gives_surface_token_spans(tmp_path):
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (text1, spans1), (text2, spans2) = read_conllu(path)
    assert [text1[a:b] for a, b in spans1] == ["Il", "parle", "du", "sommet", "."]
    assert [text2[a:b] for a, b in spans2] == ["L'", "accord", "."]
