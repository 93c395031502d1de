"""helpers.text.lexicon: words general French (wordfreq) does not know."""

import re
import subprocess
import sys

import pytest

from helpers.text.corpus import load_article
from helpers.text.lexicon import is_known, unknown_words, zipf

WORDS = re.compile(r"\w+(?:[’'-]\w+)*")  # a simple tokenizer: words, elision kept attached
TOKENS = re.compile(r"\w+[’']|\w+|[^\w\s]")  # another: "l’" apart, punctuation kept


def test_the_typo_in_the_article_is_found():
    text = load_article().text
    assert unknown_words(WORDS.findall(text)) == ["souien"]
    assert unknown_words(TOKENS.findall(text)) == ["souien"]


def test_docstring_example():
    assert unknown_words(["Pékin", ",", "son", "plus", "proche", "souien", ","]) == ["souien"]


def test_the_article_spells_soutien_right_once():
    # the same sentence has "des soutiens" and "son plus proche souien"
    words = WORDS.findall(load_article().text)
    assert words.count("soutiens") == 1 and words.count("souien") == 1
    assert "soutiens" not in unknown_words(words)


@pytest.mark.parametrize(
    "word",
    ["soutien", "Pékin", "sommet", "péninsule", "contrepoids", "L’", "l’Extrême-Orient", "qu’elle",
     "jusqu'ici", "presqu’île", "a-t-il", "tête-à-tête", "Etats-Unis", "Jong-un", "M",
     "l’ex-président", "dénucléarisation", "rééquilibrage", "Vladivostok", "Jae-in"],
)
def test_ordinary_french_is_known(word):
    assert is_known(word)
    assert unknown_words([word]) == []


def test_punctuation_numbers_and_symbols_are_skipped():
    tokens = [".", ",", "«", "»", ":", "’", "2018", "2011", "25", "3,5", "G20", "🚆", "—", "…"]
    assert unknown_words(tokens) == []


def test_order_of_first_appearance_and_no_duplicates():
    tokens = ["Zorgluble", "souien", "le", "Souien", "zorgluble", "SOUIEN", "blablaxyz"]
    assert unknown_words(tokens) == ["Zorgluble", "souien", "blablaxyz"]


def test_compounds_need_every_part():
    assert not is_known("souien-politique")
    assert unknown_words(["souien-politique", "l’souien"]) == ["souien-politique", "l’souien"]


def test_zipf():
    assert zipf("de") > 7
    assert zipf("L’") == zipf("l'") > 6  # the curly apostrophe is unified before look-up
    assert zipf("souien") == 0.0
    assert 0 < zipf("Vladivostok") < zipf("Russie")


def test_other_languages_are_passed_to_wordfreq():
    tokens = ["the", "support", "contrepoids", "strictement"]
    assert unknown_words(tokens, lang="en") == ["contrepoids", "strictement"]
    assert unknown_words(tokens) == []  # "the" and "support" are in French texts too


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("Pékin, son plus proche souien", ["list of tokens", "tokenize"]),
        (None, ["list of tokens", "NoneType"]),
        (42, ["list of tokens", "int"]),
        (["Pékin", None], ["tokens as str", "NoneType"]),
    ],
)
def test_wrong_types(value, words):
    with pytest.raises(TypeError) as info:
        unknown_words(value)
    for word in words:
        assert word in str(info.value)


def test_import_is_instant_and_lazy():
    code = "import sys, helpers.text.lexicon; print('wordfreq' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
