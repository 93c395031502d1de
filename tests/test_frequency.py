"""helpers.frequency (counts, contexts, keywords): counts, bad input, lesson facts."""

import subprocess
import sys
from collections import Counter

import pytest

from helpers import load_article, tokenize
from helpers.frequency.contexts import (
    collocations,
    concordance,
    dispersion,
    kwic,
    paragraph_starts,
)
from helpers.frequency.counts import (
    _lemma,
    count,
    coverage,
    french_stopwords,
    is_word,
    most_common,
    type_token_ratio,
    types_for_share,
    word_form,
    zipf_fit,
)
from helpers.frequency.keywords import keyness, tfidf_by_paragraph

DOC = load_article()
TOKENS = tokenize(DOC.text)


def words(**options):
    return count(TOKENS, casefold=True, punctuation=False, **options)


# --------------------------------------------------------------------------- count


def test_count_is_a_counter_of_the_tokens():
    assert count(TOKENS) == Counter(TOKENS)
    assert count(TOKENS).total() == len(TOKENS) == 387


def test_each_option_does_one_thing():
    assert count(TOKENS)["La"] == 2 and count(TOKENS)["la"] == 16
    assert count(TOKENS, casefold=True)["la"] == 18
    assert "La" not in count(TOKENS, casefold=True)
    assert count(TOKENS)["L’"] == 1 and count(TOKENS)["l’"] == 6
    assert count(TOKENS, casefold=True)["l'"] == 7  # L’ and l’, written with the ASCII '
    assert "l’" not in count(TOKENS, casefold=True)
    assert "," in count(TOKENS) and "," not in count(TOKENS, punctuation=False)
    assert count(TOKENS, punctuation=False).total() == 359
    assert "2018" in count(TOKENS, punctuation=False)  # digits are words


def test_stopwords_ignore_case_and_apostrophes_without_casefolding():
    elided = {"de", "la", "La", "Les", "L’", "l’", "d’", "n’", "qu’", "jusqu’"}
    assert elided <= set(count(TOKENS))  # all in the article …
    kept = count(TOKENS, stopwords=True)
    assert not elided & set(kept)  # … and all left out, though the list has l' d' n' qu'
    assert not {"l’", "jusqu’"} & set(count(TOKENS, stopwords={"L'", "jusqu'"}))
    assert kept["Kim"] == 5 and kept["Poutine"] == 2


def test_own_stopwords_replace_the_list():
    mine = count(TOKENS, stopwords={"de", "LA"})
    assert mine["de"] == 0 and mine["la"] == 0 and mine["La"] == 0 and mine["les"] == 6
    assert count(TOKENS, stopwords=set()) == count(TOKENS)
    assert count(TOKENS, stopwords=False) == count(TOKENS, stopwords=None)


def test_forms_group_words():
    stems = words(form="stem")
    lemmas = words(form="lemma")
    assert stems["rencontr"] == 6  # rencontre ×4, rencontrés ×1, rencontré ×1
    assert lemmas["rencontrer"] == 2 and lemmas["rencontre"] == 4  # the verb, the noun
    assert lemmas["être"] == 7  # est ×2, sont ×1, était ×2, étant ×2 …
    assert [stems[w] for w in ("est", "sont", "était", "étant")] == [2, 1, 2, 2]  # … 4 stems
    assert stems.total() == lemmas.total() == words().total()  # grouping never loses a token


def test_lemmas_are_cached_per_type_not_per_token():
    _lemma.cache_clear()
    count(TOKENS * 50, casefold=True, form="lemma")
    info = _lemma.cache_info()
    # one look-up per distinct token, whatever the number of tokens (×50 here) …
    assert info.hits + info.misses == len(Counter(TOKENS)) == 203
    # … and one lemmatisation per distinct casefolded word (Les and les: once)
    assert info.misses == len(count(TOKENS, casefold=True)) == 195


@pytest.mark.parametrize("tokens", [[], (), iter([])])
def test_count_of_nothing_is_empty(tokens):
    assert count(tokens) == Counter()
    assert count(tokens, stopwords=True, casefold=True, punctuation=False, form="lemma") == {}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("Kim a vu Poutine.", "not one string"),
        (DOC, "tokenize(doc.text)"),
        (None, "got NoneType"),
        (42, "got int"),
        ({"kim": 4}, "got dict"),
        (["Kim", "a", 3, "vu"], "token 2 is int"),
        (["Kim", None], "token 1 is NoneType"),
        (["Kim", ["a", "vu"]], "token 1 is list"),
        ([b"Kim"], "token 0 is bytes"),
    ],
)
def test_bad_tokens_get_a_clear_message(bad, message):
    with pytest.raises(TypeError, match="count") as error:
        count(bad)
    assert message in str(error.value)


def test_bad_options_get_a_clear_message():
    with pytest.raises(ValueError, match="form must be one of"):
        count(TOKENS, form="lemmas")
    with pytest.raises(TypeError, match="set of words"):
        count(TOKENS, stopwords="de")
    with pytest.raises(ValueError, match="form must be one of"):
        word_form("sommet", "root")


def test_is_word():
    assert [t for t in ["Kim", ",", "2018", "«", "-t-il", "l’", "…"] if is_word(t)] == [
        "Kim", "2018", "-t-il", "l’"]


def test_french_stopwords_is_a_fresh_set_each_time():
    stops = french_stopwords()
    stops.add("sommet")
    assert "sommet" not in french_stopwords()
    assert all(w == w.casefold() and "’" not in w for w in french_stopwords())


# --------------------------------------------------------------------------- statistics


def test_most_common_breaks_ties_alphabetically():
    counts = Counter(["un", "sommet", "Kim", "d’", "deux"] * 2 + ["de"] * 3)
    # French order: an apostrophe sorts before the letters, so « d’ » comes before « deux »
    assert most_common(counts) == [("de", 3), ("d’", 2), ("deux", 2), ("Kim", 2),
                                   ("sommet", 2), ("un", 2)]
    assert most_common(counts, 2) == [("de", 3), ("d’", 2)]
    assert most_common(counts, 0) == most_common(counts, -1) == []
    assert most_common(counts, 99) == most_common(counts)
    assert most_common(Counter()) == []
    # accents and case only break ties: école sorts with the e's, not after z
    assert [w for w, _ in most_common(Counter(["zèbre", "école", "Été", "abri"]))] == [
        "abri", "école", "Été", "zèbre"]


def test_most_common_does_not_depend_on_the_order_of_the_text():
    assert most_common(Counter(TOKENS), 30) == most_common(Counter(reversed(TOKENS)), 30)


def test_type_token_ratio():
    assert type_token_ratio(TOKENS) == pytest.approx(203 / 387)
    assert type_token_ratio(words()) == pytest.approx(191 / 359)
    assert type_token_ratio([]) == type_token_ratio(Counter()) == 0.0


def test_coverage_and_types_for_share():
    counts = words()
    shares = coverage(counts)
    assert len(shares) == len(counts) and shares[-1] == pytest.approx(1.0)
    assert shares == sorted(shares)
    assert types_for_share(counts, 0.5) == 34
    assert types_for_share(counts, 1.0) == len(counts)
    assert coverage(Counter()) == [] and types_for_share(Counter()) == 0
    with pytest.raises(ValueError, match="between 0 and 1"):
        types_for_share(counts, 50)


def test_zipf_fit_finds_a_perfect_zipf_slope():
    perfect = Counter({f"w{rank}": round(10_000 / rank) for rank in range(1, 200)})
    fit = zipf_fit(perfect)
    assert fit.slope == pytest.approx(-1, abs=0.01) and fit.r2 > 0.999
    assert fit.predict(1) == pytest.approx(10_000, rel=0.02)


def test_zipf_fit_needs_two_words():
    for counts in (Counter(), Counter({"kim": 4})):
        with pytest.raises(ValueError, match="at least 2 different words"):
            zipf_fit(counts)


# --------------------------------------------------------------------------- KWIC, dispersion


def test_kwic_finds_words_phrases_and_prefixes_ignoring_case():
    assert [line.keyword for line in kwic(DOC, "PÉNINSULE")] == ["péninsule"] * 5
    assert [line.keyword for line in kwic(DOC, "péninsule coréenne")] == [
        "péninsule coréenne"] * 5
    assert [line.keyword for line in kwic(DOC, "rencontr*")] == [
        "rencontrés", "rencontre", "rencontre", "rencontre", "rencontre", "rencontré"]
    assert [line.keyword for line in kwic(DOC, "la rencontre")] == ["La rencontre"]
    assert [line.keyword for line in kwic(DOC, "l'")] == [line.keyword for line in kwic(DOC, "l’")]


def test_kwic_context_comes_from_the_text_or_the_tokens():
    from_text = kwic(DOC.text, "Pyongyang", width=3)
    from_tokens = kwic(TOKENS, "Pyongyang", width=3)
    assert [line.position for line in from_text] == [line.position for line in from_tokens]
    assert from_text[3].left == "et balistique de " and from_text[3].right == ", Kim Jong-un"
    assert str(from_text[3]) == "et balistique de [Pyongyang], Kim Jong-un"  # the text's spacing
    assert from_tokens[3].left == "et balistique de " and from_tokens[3].right == " , Kim Jong-un"
    assert from_text[2].left == "accusée d’aider " and from_tokens[2].left == "accusée d’ aider "
    assert all(TOKENS[line.position] == "Pyongyang" for line in from_text)


def test_kwic_lines_print_aligned():
    lines = kwic(DOC, "sanctions", width=4)
    text = concordance(lines)
    first, second = text.splitlines()
    assert first.index("[sanctions]") == second.index("[sanctions]")
    assert concordance([]) == ""
    assert all(len(line.format(10).split("[")[0]) == 10 for line in lines)
    text = DOC.text.replace("\u00a0", " ")
    assert all(line.left + line.keyword + line.right in " ".join(text.split()) for line in lines)


@pytest.mark.parametrize(
    ("query", "found"),
    [("Washington (.*", 0), ("(", 0), ("[", 0), ("\\", 0), ("a|b", 0), ("?", 0), ("(?P<x>", 0),
     ("Trump2", 0), ("", 0), ("   ", 0), ("*", 0), (".*", 12), ("sanction**", 2)],
)
def test_kwic_queries_are_literal_and_never_crash(query, found):
    """Only a final * is special (a prefix): ".*" finds the 12 tokens that start with "."."""
    assert len(kwic(DOC, query)) == found


def test_kwic_of_absent_word_is_empty_and_literal_punctuation_is_found():
    assert kwic(DOC, "Macron") == []
    assert kwic([], "Kim") == []
    assert [line.keyword for line in kwic(DOC, "«")] == ["«"]
    assert [line.keyword for line in kwic(DOC, "liens historiques »")] == ["liens historiques »"]
    assert kwic(DOC, "Kim", width=0)[0].left == ""


def test_kwic_bad_input():
    with pytest.raises(TypeError, match="word to find as a str"):
        kwic(DOC, 42)
    with pytest.raises(TypeError, match="token 1 is int"):
        kwic(["Kim", 3], "Kim")


def test_dispersion_and_paragraph_starts():
    positions = dispersion(TOKENS, ["Poutine", "kim", "Macron"])
    assert positions["Poutine"] == [4, 265] and len(positions["kim"]) == 5
    assert [TOKENS[i] for i in positions["Poutine"]] == ["Poutine"] * 2
    assert positions["Macron"] == []
    assert dispersion(TOKENS, "Kim") == {"Kim": positions["kim"]}
    starts = paragraph_starts(DOC)
    assert starts == [0, 35, 138, 211, 303]  # five paragraphs, one per line
    assert TOKENS[starts[1]] == "L’" and TOKENS[starts[4]] == "Après"
    assert sum(len(tokenize(p)) for p in DOC.paragraphs) == len(TOKENS)
    assert dispersion([], ["Kim"]) == {"Kim": []}


# --------------------------------------------------------------------------- collocations


def test_collocations_rank_with_ties_alphabetically():
    best = collocations(TOKENS, "pmi", min_freq=2, n=3)
    assert [" ".join(c.words) for c in best] == [
        "corée du", "sanctions internationales", "vladimir poutine"]
    assert best[0].score == best[1].score == best[2].score
    assert [c.count for c in best] == [2, 2, 2]
    # PMI ties a pair seen 4 times with one seen 5 times: each is as frequent as its words
    tied = collocations(TOKENS, "pmi", min_freq=3, n=2)
    assert [(c.words, c.count) for c in tied] == [(("kim", "jong-un"), 4),
                                                  (("péninsule", "coréenne"), 5)]
    assert tied[0].score == tied[1].score
    assert collocations(TOKENS, "likelihood", min_freq=2, n=1)[0].words == (
        "péninsule", "coréenne")


def test_collocations_never_pair_across_punctuation_or_with_stopwords():
    pairs = [c.words for c in collocations(TOKENS, "frequency", min_freq=1, n=500)]
    assert all(is_word(a) and is_word(b) for a, b in pairs)
    stops = french_stopwords()
    clean = collocations(TOKENS, "likelihood", min_freq=2, n=50, stopwords=True)
    assert clean and all(a not in stops and b not in stops for a, b in (c.words for c in clean))


@pytest.mark.parametrize("options", [{"min_freq": 99}, {"n": 0}, {"n": -3}])
def test_collocations_can_be_empty(options):
    assert collocations(TOKENS, **options) == []


def test_collocations_bad_input():
    assert collocations([]) == [] and collocations(["Kim"]) == []
    with pytest.raises(ValueError, match="measure must be one of"):
        collocations(TOKENS, "mutual-information")
    with pytest.raises(TypeError, match="token 1 is float"):
        collocations(["Kim", 1.5, "Jong-un"])


# --------------------------------------------------------------------------- keyness, tf-idf


def test_keyness():
    top = keyness(words(), n=3)
    assert [k.word for k in top] == ["dénucléarisation", "pyongyang", "jong-un"]
    assert top[0].log_ratio > 10 and top[0].count == 2
    assert all(k.count >= 2 for k in keyness(words(), n=None))
    assert keyness(Counter()) == [] and keyness(words(), min_count=99) == []
    assert keyness(words(), min_count=1, n=1)[0].word == "souien"  # unknown to French: the floor
    with pytest.raises(ValueError, match="wordfreq-fr"):
        keyness(words(), reference="le-monde")


def test_tfidf_by_paragraph():
    scores = tfidf_by_paragraph(DOC)
    assert len(scores) == 5
    # moscou: twice in ¶2, once in ¶3; président: twice in ¶5 only (¶2 has ex-président)
    (first, score), (_, second) = list(scores[1].items())[:2]
    assert first == "moscou" and score > second
    (first, score), (_, second) = list(scores[4].items())[:2]
    assert first == "président" and score == pytest.approx(2 * second)
    assert [paragraph["kim"] for paragraph in scores] == [0.0] * 5  # Kim: in every paragraph
    assert all(s >= 0 for paragraph in scores for s in paragraph.values())
    assert tfidf_by_paragraph(list(DOC.paragraphs)) == scores
    assert tfidf_by_paragraph([]) == []
    assert tfidf_by_paragraph(["Kim.", "« … »"]) == [{"kim": pytest.approx(0.693147181)}, {}]
    with pytest.raises(TypeError, match="Document or a list of paragraphs"):
        tfidf_by_paragraph("Kim a vu Poutine.")


# --------------------------------------------------------------------------- the lesson's prose


def test_facts_the_lesson_states():
    """If a dependency changes one of these, the sentence of lesson 02 that says it is wrong."""
    assert len(french_stopwords()) == 361
    # quatre fois, trois fois, deux fois: the list drops deux and fois, keeps trois and quatre
    assert [w for w in ["quatre", "trois", "deux", "fois", "début"]
            if w in french_stopwords()] == ["deux", "fois", "début"]
    examples = ["rencontrés", "rencontré", "rencontre", "russe", "russie", "base", "hier",
                "est", "sont", "était", "permis", "prône", "demande", "etats-unis"]
    assert all(w in words() for w in examples)  # every example is a word of the article
    assert [word_form(w, "stem") for w in examples] == [
        "rencontr", "rencontr", "rencontr", "russ", "russ", "bas", "hi",
        "est", "sont", "était", "perm", "prôn", "demand", "etats-un"]
    assert [word_form(w, "lemma") for w in examples] == [
        "rencontrer", "rencontrer", "rencontre", "russe", "russie", "base", "hier",
        "être", "être", "être", "permis", "prône", "demande", "etats-unir"]
    assert most_common(words(stopwords=True), 6) == [
        ("coréenne", 5), ("kim", 5), ("péninsule", 5), ("jong-un", 4), ("pyongyang", 4),
        ("rencontre", 4)]
    assert f"{zipf_fit(words()).slope:.2f}" == "-0.62"
    ranked = {k.word: k for k in keyness(words(), n=None)}
    assert f"{ranked['rencontre'].log_ratio:+.1f}" == "+6.3"
    assert next(iter(ranked)) == "dénucléarisation"
    assert [" ".join(c.words) for c in collocations(TOKENS, "likelihood", n=3)] == [
        "péninsule coréenne", "kim jong-un", "la péninsule"]


def test_core_imports_nothing_heavy():
    code = ("import sys, helpers.frequency, helpers.frequency.contexts, "
            "helpers.frequency.keywords; "
            "print(sorted(m for m in ('nltk', 'simplemma', 'wordfreq', 'stop_words', "
            "'matplotlib', 'ipywidgets') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------- the stopword file


def test_the_stopword_file_is_python_stop_words_french_list():
    """data/stopwords.tsv's `count` list is french.txt of stop-words, word for word, in order."""
    from helpers.text.stopwords import stopword_lists

    stop_words = pytest.importorskip("stop_words")
    assert list(stopword_lists()["count"]) == stop_words.get_stop_words("fr")


def test_the_stopword_file_is_read_once():
    from helpers.text.stopwords import stopword_lists

    assert stopword_lists() is stopword_lists()
    assert french_stopwords() is not french_stopwords()  # yet each caller gets its own set


def test_lesson_04_reads_its_closed_class_words_from_the_same_file():
    """One file for every stopword list: entities' STOPWORDS is the file's, not a copy."""
    from helpers.entities import STOPWORDS
    from helpers.text.stopwords import closed_class_words

    assert STOPWORDS is closed_class_words()
    assert {"le", "l’", "depuis", "aujourd’hui", "the"} <= STOPWORDS
