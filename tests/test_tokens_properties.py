"""Properties of token_spans that hold for any text, checked on random French-like text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.text.tokens import iter_token_spans, token_spans, tokenize

FRENCH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "éèêëàâçîïôûùüœæÉÈÊÀÇÔŒ"
PIECES = [
    *FRENCH, "’", "'", "‘", "«", "»", "…", ",", ".", "-", "/", "@", ":", "(", ")", "°", "·",
    *"0123456789", "😀", "👍🏽", "🇫🇷", "\u200d", "\u0301", "\u00ad", "김", "정", "은",
    " ", " ", " ", "\u00a0", "\u202f", "\n", "\r", "\t", "\r\n",
    # pieces that trigger the special cases
    "l’", "qu'", "jusqu’", "aujourd’hui", "-t-il", "-vous", "M.", "J.-C.", "etc.", "1 000",
    "http://", "www.", "x@y.fr", "(e)", "18h30", "...", "--", "celle-là", "rendez-vous",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=40)


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_spans_rebuild_the_text(text):
    spans = token_spans(text)
    pos, rebuilt = 0, []
    for tok in spans:
        assert text[tok.start : tok.end] == tok.text
        assert tok.text, "an empty token"
        assert tok.start >= pos, "spans overlap or go back"
        gap = text[pos : tok.start]
        assert gap == "" or gap.isspace(), f"non-space text {gap!r} was dropped"
        rebuilt += [gap, tok.text]
        pos = tok.end
    assert text[pos:] == "" or text[pos:].isspace()
    assert "".join(rebuilt) + text[pos:] == text


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_the_three_functions_agree(text):
    spans = token_spans(text)
    assert tokenize(text) == [t.text for t in spans]
    assert list(iter_token_spans(text)) == spans


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_tokens_hold_no_line_break_or_tab(text):
    for tok in tokenize(text):
        assert not any(c in tok for c in "\r\n\t")
