"""helpers.text.normalization: the explicit normalisation step."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.text.normalization import APOSTROPHES, fold_accents, nfc, normalize


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("L’", "l'"),
        ("l’ex-président", "l'ex-président"),
        ("Etats-Unis", "etats-unis"),
        ("jusqu’", "jusqu'"),  # the article writes ’ only
        ("jusqu'ici", "jusqu'ici"),  # the keyboard ' (not in the article) stays as it is
        ("Pyongyang", "pyongyang"),
        ("Straße", "strasse"),  # casefold, stronger than lower()
        ("«", "«"),
    ],
)
def test_defaults_casefold_and_unify_apostrophes(token, expected):
    assert normalize(token) == expected


@pytest.mark.parametrize("apostrophe", list(APOSTROPHES))
def test_every_apostrophe_becomes_ascii(apostrophe):
    assert normalize(f"qu{apostrophe}elle") == "qu'elle"
    assert normalize(f"qu{apostrophe}elle", apostrophes=False) == f"qu{apostrophe}elle"


def test_accents_are_kept_unless_asked():
    assert normalize("Séoul") == "séoul"
    assert normalize("Séoul", strip_accents=True) == "seoul"
    assert normalize("Hanoï", strip_accents=True) == "hanoi"
    assert normalize("Pékin", casefold=False, strip_accents=True) == "Pekin"
    assert normalize("à", strip_accents=True) == normalize("a")  # a/à: why it is off by default


def test_ligatures_and_other_scripts_survive_accent_folding():
    assert normalize("Cœur", strip_accents=True) == "cœur"  # œ is a letter, not o + accent
    assert fold_accents("Æ ß ø") == "Æ ß ø"
    assert fold_accents("김정은") == "김정은"  # Hangul: NFD splits it, NFC rebuilds it
    assert fold_accents("が") == "が"  # the Japanese voicing mark is kept
    assert fold_accents("हिंदी") == "हिंदी"  # Devanagari vowel signs are kept


def test_composed_and_decomposed_forms_compare_equal():
    decomposed = "Se\u0301oul"
    assert decomposed != "Séoul"
    assert normalize(decomposed) == normalize("Séoul") == "séoul"
    assert nfc(decomposed) == "Séoul"


def test_the_token_itself_is_not_changed():
    token = "L’Extrême"
    normalize(token, strip_accents=True)
    assert token == "L’Extrême"


@pytest.mark.parametrize("func", [normalize, nfc, fold_accents])
@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, ["needs a str", "NoneType"]),
        (b"L'", ["bytes", "decode"]),
        (["L’"], ["list", "for t in tokens"]),
    ],
)
def test_wrong_types(func, value, words):
    with pytest.raises(TypeError) as info:
        func(value)
    for word in words:
        assert word in str(info.value)


@given(st.text())
def test_normalize_is_idempotent_and_nfc(text):
    once = normalize(text, strip_accents=True)
    assert normalize(once, strip_accents=True) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(a in normalize(text) for a in APOSTROPHES)
