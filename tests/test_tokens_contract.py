"""The tokenizer contract (helpers.text.tokenizer_api.Tokenizer): the kit and every peer keep it."""

import pytest

from helpers.peers import PEERS
from helpers.text import tokens
from helpers.text.tokenizer_api import Tokenizer

TEXT = "L’objectif de cette rencontre était de renforcer les « liens historiques »."


def test_the_kit_tokenizer_keeps_the_contract():
    assert isinstance(tokens, Tokenizer)
    spans = list(tokens.span_tokenize(TEXT))
    assert [TEXT[start:end] for start, end in spans] == tokens.tokenize(TEXT)
    assert spans == [(t.start, t.end) for t in tokens.token_spans(TEXT)]


@pytest.mark.parametrize("name", list(PEERS))
def test_each_peer_keeps_the_contract(name):
    peer = PEERS[name]
    assert isinstance(peer, Tokenizer)
    words = peer.tokenize(TEXT)
    assert words == peer(TEXT)  # still called like a function, as the lesson does
    spans = list(peer.span_tokenize(TEXT))
    assert len(spans) == len(words)
    assert all(0 <= start < end <= len(TEXT) for start, end in spans)
    assert spans == sorted(spans)


def test_a_bare_function_does_not_keep_it():
    assert not isinstance(tokens.tokenize, Tokenizer)
    assert not isinstance(str.split, Tokenizer)


def test_nltk_tokenizers_keep_it_too():
    from nltk.tokenize.toktok import ToktokTokenizer

    assert isinstance(ToktokTokenizer(), Tokenizer)


def test_span_tokenize_refuses_what_is_not_text():
    with pytest.raises(TypeError, match=r"span_tokenize\(\) needs a str, got None"):
        tokens.span_tokenize(None)
