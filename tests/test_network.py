"""The co-occurrence network: windows, counts, centrality."""

import pytest

from helpers import load_article
from helpers.network import centrality, cooccurrence, windows


@pytest.fixture(scope="module")
def doc():
    return load_article()


def test_sentence_window_counts(doc):
    net = cooccurrence(doc, window="sentence")
    assert net.nodes["Kim Jong-un"] == 3 and net.nodes["Pyongyang"] == 3
    assert net.edges[("Kim Jong-un", "Vladimir Poutine")] == 2
    assert net.edges[("Kim Jong-un", "Xi Jinping")] == 1
    assert ("Moscou", "Pékin") not in net.edges
    assert net.types["Pékin"] == "LOC" and net.types["Xi Jinping"] == "PER"


def test_pekin_and_moscou_share_paragraph_3_not_a_sentence(doc):
    assert "Moscou" not in cooccurrence(doc, window="sentence").neighbours("Pékin")
    para = cooccurrence(doc, window="paragraph")
    assert "Moscou" in para.neighbours("Pékin")
    assert para.edges[("Moscou", "Pékin")] == 1  # paragraph 3 only: ¶4 has no Pékin


def test_paragraph_window_has_every_sentence_edge(doc):
    sentence = cooccurrence(doc, window="sentence")
    paragraph = cooccurrence(doc, window="paragraph")
    assert set(sentence.edges) <= set(paragraph.edges)


def test_centrality_ranks_kim_and_poutine_first(doc):
    top = centrality(cooccurrence(doc))[:2]
    assert top == [("Kim Jong-un", 0.35, 8), ("Vladimir Poutine", 0.35, 8)]


def test_bad_window(doc):
    with pytest.raises(ValueError, match="window must be one of"):
        windows(doc.text, "page")


def test_empty_text():
    net = cooccurrence("")
    assert net.nodes == {} and net.edges == {} and centrality(net) == []
