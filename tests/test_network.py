"""The co-occurrence network: windows, counts, centrality."""

import pytest

from helpers import load_article
from helpers.entities.network import centrality, cooccurrence, most_mentioned, subnetwork, windows


@pytest.fixture(scope="module")
def doc():
    return load_article()


def test_sentence_window_counts(doc):
    net = cooccurrence(doc, window="sentence")
    assert net.nodes["Kim Jong-un"] == 4 and net.nodes["Pyongyang"] == 4
    assert net.nodes["Vladimir Poutine"] == 2
    # « Moscou et Pyongyang » (¶2), « Moscou prône un dialogue avec Pyongyang » (¶2)
    assert net.edges[("Moscou", "Pyongyang")] == 2
    assert net.edges[("Kim Jong-un", "Vladimir Poutine")] == 1  # the first sentence only
    assert net.edges[("Kim Jong-un", "Xi Jinping")] == 1
    assert ("Moscou", "Russie") not in net.edges
    assert net.types["Pékin"] == "LOC" and net.types["Xi Jinping"] == "PER"
    assert net.types["Guerre froide"] == "MISC"


def test_moscou_and_russie_share_two_paragraphs_not_a_sentence(doc):
    # Moscou is in sentences 2, 5 and 7, Russie in 3, 6 and 9 (1-based): never together;
    # both are in paragraph 2 and in paragraph 3.
    assert "Russie" not in cooccurrence(doc, window="sentence").neighbours("Moscou")
    para = cooccurrence(doc, window="paragraph")
    assert "Russie" in para.neighbours("Moscou")
    assert para.edges[("Moscou", "Russie")] == 2


def test_paragraph_window_has_every_sentence_edge(doc):
    sentence = cooccurrence(doc, window="sentence")
    paragraph = cooccurrence(doc, window="paragraph")
    assert set(sentence.edges) <= set(paragraph.edges)


def test_centrality_ranks_kim_jong_un_first(doc):
    net = cooccurrence(doc)
    assert len(net.nodes) == 17
    top = centrality(net)[:2]
    # Kim Jong-un shares a sentence with 11 of the 16 other entities; Pyongyang with 8,
    # and with Moscou twice (weighted degree 9).
    assert top == [("Kim Jong-un", 0.688, 11), ("Pyongyang", 0.5, 9)]
    assert len(net.neighbours("Kim Jong-un")) == 11


def test_bad_window(doc):
    with pytest.raises(ValueError, match="window must be one of"):
        windows(doc.text, "page")


def test_empty_text():
    net = cooccurrence("")
    assert net.nodes == {} and net.edges == {} and centrality(net) == []


def test_subnetwork_keeps_the_kept_entities_and_the_edges_between_them(doc):
    net = cooccurrence(doc)
    top = most_mentioned(net, 3)
    assert top == ["Kim Jong-un", "Pyongyang", "Moscou"]  # 4, 4 and 3 mentions
    sub = subnetwork(net, top)
    assert list(sub.nodes) == [n for n in net.nodes if n in top]
    assert sub.edges == {("Kim Jong-un", "Moscou"): 1, ("Kim Jong-un", "Pyongyang"): 1,
                         ("Moscou", "Pyongyang"): 2}
    assert sub.window == net.window and set(sub.types) == set(top)
    assert subnetwork(net, []).edges == {} and subnetwork(net, net.nodes) == net
