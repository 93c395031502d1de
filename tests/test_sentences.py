"""The kit's French sentence splitter (Punkt, built offline, plus light rules)."""

from itertools import pairwise
from pathlib import Path

import pytest

from helpers.text.sentence_split import french_punkt, sentence_spans, sentences, train_punkt

ARTICLE = (Path(__file__).resolve().parents[1] / "seeds" / "article.txt").read_text(
    encoding="utf-8"
)


def test_article_has_12_sentences():
    # counted by hand: 1 + 4 + 2 + 3 + 2 in the five paragraphs (one per line); the
    # article has no abbreviation, so each of its 12 full stops ends a sentence
    found = sentences(ARTICLE)
    assert len(found) == 12 == ARTICLE.count(".")
    assert [len(sentences(p)) for p in ARTICLE.split("\n")] == [1, 4, 2, 3, 2]
    assert not any("\n" in sentence for sentence in found)  # none runs over a paragraph end
    assert found[0] == ARTICLE.split("\n")[0]
    # the guillemets stay inside their sentence
    assert found[1] == (
        "L’objectif de cette rencontre était de renforcer les « liens historiques » entre "
        "Moscou et Pyongyang."
    )
    # a hyphenated name before the full stop ends a sentence; the next starts with "Il"
    assert found[2].endswith("Dmitri Medvedev et Kim Jong-il.")
    assert found[3].startswith("Il n’y a pas eu de communiqué commun")
    # a year before the full stop, then "Or," starts the next sentence
    assert found[8].endswith("depuis début 2018.")
    assert found[9].startswith("Or, Vladimir Poutine a maintenant une carte à jouer")
    assert found[11].endswith("les concessions que Washington lui demande.")


def test_spans_point_into_the_text():
    spans = sentence_spans(ARTICLE)
    assert [ARTICLE[a:b] for a, b in spans] == sentences(ARTICLE)
    assert all(not ARTICLE[a].isspace() and not ARTICLE[b - 1].isspace() for a, b in spans)
    assert all(b1 < a2 for (_, b1), (a2, _) in pairwise(spans))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a invité M. Poutine à Pyongyang. Poutine devait partir.",
         ["Il a invité M. Poutine à Pyongyang.", "Poutine devait partir."]),
        ("MM. Kim et Moon. Mme Park et Mlle Lee. Dr. Martin est là.",
         ["MM. Kim et Moon.", "Mme Park et Mlle Lee.", "Dr. Martin est là."]),
        ("St. Louis est loin. Mgr. Dupont aussi.", ["St. Louis est loin.", "Mgr. Dupont aussi."]),
        ("Voir p. 12, art. 3 et n° 4. Fin.", ["Voir p. 12, art. 3 et n° 4.", "Fin."]),
        ("Cf. le chapitre 2. Voilà.", ["Cf. le chapitre 2.", "Voilà."]),
        ("Des sanctions, etc. Puis il partit.", ["Des sanctions, etc.", "Puis il partit."]),
        ("Des sanctions, etc. et des menaces.", ["Des sanctions, etc. et des menaces."]),
        ("Fondée en 700 av. J.-C. par les Grecs.", ["Fondée en 700 av. J.-C. par les Grecs."]),
        ("Détruite vers 700 avant J.-C. La ville disparaît.",
         ["Détruite vers 700 avant J.-C.", "La ville disparaît."]),
        ("Selon E.E. Smith, oui. Non.", ["Selon E.E. Smith, oui.", "Non."]),
        ("« Qui ? » demanda-t-il. Personne.", ["« Qui ? » demanda-t-il.", "Personne."]),
        ("Il a dit : « Viens. » Puis il partit.", ["Il a dit : « Viens. »", "Puis il partit."]),
        ("Quelle horreur ! dit-elle.", ["Quelle horreur ! dit-elle."]),
        ("Il hésita... Puis il partit.", ["Il hésita...", "Puis il partit."]),
        ("Il hésita… puis partit.", ["Il hésita… puis partit."]),
        ("Il gagne 3.5 millions. Bravo !", ["Il gagne 3.5 millions.", "Bravo !"]),
        ("Titre\r\n\r\nLe texte commence ici.", ["Titre", "Le texte commence ici."]),
        ("Une phrase sans point", ["Une phrase sans point"]),
    ],
)
def test_french_cases(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("empty", ["", "  \n\t", "\u00a0"])
def test_blank_text_has_no_sentence(empty):
    assert sentences(empty) == []
    assert sentence_spans(empty) == []


@pytest.mark.parametrize(
    ("bad", "words"),
    [(None, ["got None", "load_text"]), (b"abc", ["got bytes", "decode('utf-8')"]),
     (3.5, ["got float"])],
)
@pytest.mark.parametrize("func", [sentences, sentence_spans, train_punkt])
def test_bad_input_says_what_to_do(func, bad, words):
    with pytest.raises(TypeError) as err:
        func(bad)
    assert all(word in str(err.value) for word in words)


def test_french_punkt_is_cached_and_offline():
    assert french_punkt() is french_punkt()
    assert "mme" in french_punkt()._params.abbrev_types


def test_train_punkt_learns_offline_from_a_text():
    text = ARTICLE + " Le Dr. Kim a vu le Dr. Lee. " * 20
    punkt = train_punkt(text)
    assert punkt.__class__.__name__ == "PunktSentenceTokenizer"
    assert "dr" in punkt._params.abbrev_types  # learned: "Dr." is followed by a period often
    assert len(punkt.tokenize("Le Dr. Kim est venu. Il est reparti.")) == 2
