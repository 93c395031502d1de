"""The tokenizers a lesson compares with the kit's, all offline."""

from pathlib import Path

import pytest

from helpers.evaluation import prf, spans_of
from helpers.peers import PEERS, peer_spans

ARTICLE = (Path(__file__).resolve().parents[1] / "seeds" / "article.txt").read_text(
    encoding="utf-8"
)
SENTENCE = "L’objectif était clair."


@pytest.mark.parametrize("name", list(PEERS))
def test_each_peer_runs_offline_and_returns_strings(name):
    tokens = PEERS[name](SENTENCE)
    assert isinstance(tokens, list) and tokens
    assert all(isinstance(t, str) for t in tokens)
    assert len(peer_spans(name, SENTENCE)) == len(tokens)


def test_the_registry_lists_the_lesson_peers():
    assert list(PEERS) == [
        "str.split", r"regex \w+|[^\w\s]", "NLTK word_tokenize", "NLTK Toktok",
        "spaCy blank('fr')", "kit (helpers.tokenize)",
    ]
    with pytest.raises(TypeError):
        PEERS["mine"] = str.split  # type: ignore[index]


def test_spacy_leaves_out_whitespace_tokens():
    assert PEERS["spaCy blank('fr')"]("Deux  espaces\n\nici") == ["Deux", "espaces", "ici"]


# Hand gold for two sentences of the article, as DESIGN tokenizes them.
HAND_GOLD = {
    "L’objectif de cette rencontre était de renforcer les « liens historiques » entre Moscou "
    "et Pyongyang.": [
        "L’", "objectif", "de", "cette", "rencontre", "était", "de", "renforcer", "les", "«",
        "liens", "historiques", "»", "entre", "Moscou", "et", "Pyongyang", "."],
    "La Russie a déjà demandé la levée des sanctions internationales, tandis que les "
    "Etats-Unis l’ont accusée d’aider Pyongyang à les contourner.": [
        "La", "Russie", "a", "déjà", "demandé", "la", "levée", "des", "sanctions",
        "internationales", ",", "tandis", "que", "les", "Etats-Unis", "l’", "ont", "accusée",
        "d’", "aider", "Pyongyang", "à", "les", "contourner", "."],
}


@pytest.mark.parametrize("sentence", list(HAND_GOLD))
def test_kit_beats_str_split_on_the_article(sentence):
    start = ARTICLE.index(sentence)
    gold = [(start + a, start + b) for a, b in spans_of(sentence, HAND_GOLD[sentence])]
    assert len(gold) == len(HAND_GOLD[sentence])
    kit = prf(gold, peer_spans("kit (helpers.tokenize)", ARTICLE)).recall
    split = prf(gold, peer_spans("str.split", ARTICLE)).recall
    assert kit == 1.0
    assert split < 0.8
