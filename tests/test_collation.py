"""French alphabetical order everywhere a student sees a sorted list, and lookups that forgive
missing accents and capitals (helpers.text.collation and its call sites)."""

import time
from collections import Counter

import pytest

from helpers import load_article, tokenize
from helpers.entities.gazetteer import lookup, suggest
from helpers.entities.linking import countries_mentioned, entity_table
from helpers.entities.network import centrality, cooccurrence
from helpers.frequency import count, most_common
from helpers.frequency.contexts import collocations, dispersion, kwic, similar_words
from helpers.text.collation import did_you_mean, fold, french_key, sorted_fr
from helpers.widgets.explorer import FrequencyExplorer

# The seventeen entities of the article, in the order of a French index (checked by hand:
# letters first, then accents and case, so É goes with E and Pékin before Pyongyang).
ARTICLE_ENTITIES = [
    "Corée du Nord", "Corée du Sud", "Dmitri Medvedev", "Donald Trump", "États-Unis",
    "Guerre froide", "Kim Jong-il", "Kim Jong-un", "Moon Jae-in", "Moscou", "Pékin",
    "Pyongyang", "Russie", "Vladimir Poutine", "Vladivostok", "Washington", "Xi Jinping",
]


@pytest.fixture(scope="module")
def doc():
    return load_article()


def is_french_order(words: list[str]) -> bool:
    return words == sorted_fr(words)


# ----------------------------------------------------------------------------- the order


def test_the_articles_names_in_french_order(doc):
    names = [row.entity for row in entity_table(doc)]
    assert sorted(names) != ARTICLE_ENTITIES  # code points: Pyongyang < Pékin, É after X
    assert sorted(names)[-1] == "États-Unis"
    assert sorted_fr(names) == ARTICLE_ENTITIES


@pytest.mark.parametrize(("first", "then"), [
    ("Pékin", "Pyongyang"),          # the accent counts after the letters: e < y
    ("États-Unis", "Xi Jinping"),    # É is an E, not a letter after Z
    ("Etats-Unis", "États-Unis"),    # same letters: the unaccented one first
    ("cote", "coté"), ("coté", "côte"), ("côte", "côté"),  # accents: left to right
    ("élan", "Élysée"), ("zèbre", "Zèbre"),  # lower case before upper case, only to break ties
    ("Kim", "Kim Jong-il"), ("Kim Jong-il", "Kim Jong-un"), ("Kim Jong-un", "Kimberley"),
    ("Saint-Denis", "Saint-Étienne"), ("Saint-Étienne", "Sainte-Anne"),  # hyphen before letters
    ("d’", "de"), ("de", "deux"),    # the apostrophe of an elision before any letter
    ("Odessa", "Œdipe"), ("Œdipe", "Ohio"),  # Œ is the two letters OE
    ("oeuvre", "œuvre"),
    ("Ca", "Ça"), ("Ça", "cadeau"), ("Caen", "Çatalhöyük"), ("Çatalhöyük", "Cuba"),  # Ç is a C
    ("2018", "Corée"),               # digits before letters
])
def test_pairs_in_french_order(first, then):
    assert french_key(first) < french_key(then)
    assert sorted_fr([then, first]) == [first, then]


def test_equal_letters_still_give_one_order():
    words = ["Pekin", "pékin", "Pékin", "PÉKIN", "pekin"]
    assert sorted_fr(words) == sorted_fr(reversed(words)) == ["pekin", "Pekin", "pékin",
                                                               "Pékin", "PÉKIN"]


def test_sorted_fr_with_a_key_and_reverse():
    pairs = [("Pyongyang", 4), ("États-Unis", 2), ("Pékin", 2)]
    assert sorted_fr(pairs, key=lambda p: p[0]) == [("États-Unis", 2), ("Pékin", 2),
                                                    ("Pyongyang", 4)]
    assert sorted_fr(["Pékin", "Pyongyang"], reverse=True) == ["Pyongyang", "Pékin"]


def test_french_key_refuses_what_is_not_text():
    with pytest.raises(TypeError, match="sorts text"):
        french_key(3)  # type: ignore[arg-type]


@pytest.mark.perf
def test_french_key_is_cached_and_cheap(doc):
    words = list(dict.fromkeys(tokenize(doc.text)))
    sorted_fr(words)
    start = time.perf_counter()
    for _ in range(100):
        sorted_fr(words)
    assert (time.perf_counter() - start) / 100 < 0.005  # ~250 types: well under 5 ms


# ----------------------------------------------------------------------------- call sites


def test_most_common_ties_in_french_order(doc):
    counts = count(tokenize(doc.text), punctuation=False)
    ranked = most_common(counts)
    for n in set(counts.values()):
        tied = [w for w, c in ranked if c == n]
        assert is_french_order(tied), n
    twice = [w for w, c in ranked if c == 2]
    # "était", "étant" go with the e's, not after every other word; Pékin before Poutine
    assert twice[5:10] == ["est", "était", "étant", "Etats-Unis", "hier"]
    assert twice.index("Pékin") < twice.index("Poutine") < twice.index("président")
    assert most_common(Counter(["Xi Jinping", "États-Unis", "Pyongyang", "Pékin"])) == [
        ("États-Unis", 1), ("Pékin", 1), ("Pyongyang", 1), ("Xi Jinping", 1)]


def test_entity_table_ties_in_french_order(doc):
    twice = [r.entity for r in entity_table(doc) if r.mentions == 2]
    assert twice == ["États-Unis", "Pékin", "Vladimir Poutine", "Washington"]


def test_countries_ties_in_french_order():
    counts = countries_mentioned("Les États-Unis, la Chine et la Russie.")
    assert list(counts) == ["Chine", "États-Unis", "Russie"]


def test_network_pairs_neighbours_and_centrality_in_french_order(doc):
    net = cooccurrence(doc)
    assert all(french_key(a) < french_key(b) for a, b in net.edges)
    assert list(net.edges) == sorted(net.edges, key=lambda p: (french_key(p[0]),
                                                                french_key(p[1])))
    assert ("Pékin", "Pyongyang") in net.edges  # not ("Pyongyang", "Pékin")
    assert net.neighbours("Vladimir Poutine") == ["Corée du Sud", "États-Unis", "Kim Jong-un",
                                                  "Vladivostok"]
    tied = [e for e, degree, weight in centrality(net) if (degree, weight) == (0.25, 4)]
    assert tied[:2] == ["Donald Trump", "États-Unis"]


def test_collocation_ties_in_french_order(doc):
    found = collocations(tokenize(doc.text), "pmi", min_freq=1, n=200)
    for score in {c.score for c in found}:
        tied = [c.words for c in found if c.score == score]
        assert tied == sorted(tied, key=lambda ws: [french_key(w) for w in ws])


# ----------------------------------------------------------------------------- lookups


def test_fold_and_did_you_mean():
    assert fold("  Côte  d'IVOIRE ") == fold("côte d’Ivoire") == "cote d’ivoire"
    assert fold("Œdipe") == "oedipe"
    assert did_you_mean("pekin", ["Pyongyang", "Pékin"]) == ["Pékin"]
    assert did_you_mean("Pyongyan", ["Pyongyang", "Pékin"]) == ["Pyongyang"]
    assert did_you_mean("Macron", ["Pyongyang", "Pékin"]) == []


@pytest.mark.parametrize("typed", ["Pékin", "Pekin", "pékin", "pekin", "PEKIN", "PÉKIN"])
def test_gazetteer_lookup_forgives_accents_and_case(typed):
    assert lookup(typed).name == "Pékin"


def test_gazetteer_lookup_exact_first_and_suggestions():
    assert lookup("etats-unis").name == lookup("Etats-Unis").name == "États-Unis"
    assert lookup("kim jong-un").name == "Kim Jong-un"
    assert lookup("Pyongyan") is None
    assert suggest("Pyongyan") == ["Pyongyang"]
    assert suggest("pekinn") == ["Pékin"]  # the canonical spelling, not the alias "Pekin"
    assert suggest("Atlantide") == []


def test_kwic_forgives_accents_only_when_needed(doc):
    assert [line.keyword for line in kwic(doc, "pekin")] == ["Pékin", "Pékin"]
    assert [line.keyword for line in kwic(doc, "peninsule coreenne")] == [
        "péninsule coréenne"] * 5
    assert [line.keyword for line in kwic(doc, "denucleari*")] == ["dénucléarisation"] * 2
    # the text has "a" as written: "à" is not taken for it
    assert {line.keyword for line in kwic(doc, "a")} == {"a"}
    assert kwic(doc, "Pyongyan") == []
    assert similar_words(doc, "Pyongyan") == ["Pyongyang"]
    assert similar_words(doc, "péninsule coréene") == ["péninsule coréenne"]
    assert similar_words(doc, "sanction*") == []


def test_dispersion_forgives_accents(doc):
    found = dispersion(tokenize(doc.text), ["pekin", "Pékin", "Macron"])
    assert found["pekin"] == found["Pékin"] and len(found["Pékin"]) == 2
    assert found["Macron"] == []


def test_explorer_search_box():
    explorer = FrequencyExplorer()
    assert explorer.update(query="pekin").note == "2 occurrences of «pekin»"
    assert explorer.update(query="Pyongyan").note == (
        "«Pyongyan» does not occur in the text. Did you mean «Pyongyang»?")
    assert explorer.update(query="Macron").note == "«Macron» does not occur in the text."
    shown = explorer.update(query="péninsule coréenne")
    assert shown.highlighted == sorted_fr(shown.highlighted)
