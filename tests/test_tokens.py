"""The kit's tokenizer: its conventions (DESIGN), bad input, odd text, and scale."""

import gc
import time
import tracemalloc
from pathlib import Path

import pytest

from helpers.text.tokens import Token, iter_token_spans, token_spans, tokenize

ARTICLE = (Path(__file__).resolve().parents[1] / "seeds" / "article.txt").read_text(
    encoding="utf-8"
)
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # elision, with ’ (U+2019) and ' (ASCII), any case
        ("L’objectif était clair.", ["L’", "objectif", "était", "clair", "."]),
        ("L'objectif", ["L'", "objectif"]),
        ("d’une université", ["d’", "une", "université"]),
        ("qu’elle compte", ["qu’", "elle", "compte"]),
        ("n’attend d’accord", ["n’", "attend", "d’", "accord"]),
        ("s’envoler, c’est, j’ai, m’a, t’as", ["s’", "envoler", ",", "c’", "est", ",", "j’",
                                                "ai", ",", "m’", "a", ",", "t’", "as"]),
        ("jusqu'ici", ["jusqu'", "ici"]),
        ("Jusqu’à lorsqu’il puisqu’on quoiqu’il", ["Jusqu’", "à", "lorsqu’", "il", "puisqu’",
                                                  "on", "quoiqu’", "il"]),
        ("QU’IL", ["QU’", "IL"]),
        ("l’« oasis »", ["l’", "«", "oasis", "»"]),
        # lexicalised apostrophes stay whole
        ("aujourd’hui quelqu’un quelqu’une", ["aujourd’hui", "quelqu’un", "quelqu’une"]),
        ("presqu’île prud’hommes entr’ouvert", ["presqu’île", "prud’hommes", "entr’ouvert"]),
        ("d’aujourd’hui", ["d’", "aujourd’hui"]),
        ("c’est-à-dire", ["c’est-à-dire"]),
        ("main-d’œuvre O'Hara", ["main-d’œuvre", "O'Hara"]),
        # hyphenated words and names stay whole
        ("Kim Jong-un a rencontré quatre fois Xi Jinping.",
         ["Kim", "Jong-un", "a", "rencontré", "quatre", "fois", "Xi", "Jinping", "."]),
        ("Kim Jong-il", ["Kim", "Jong-il"]),
        ("Etats-Unis peut-être tête-à-tête nord-coréen Extrême-Orient",
         ["Etats-Unis", "peut-être", "tête-à-tête", "nord-coréen", "Extrême-Orient"]),
        ("Bar-le-Duc rendez-vous celle-là jusque-là", ["Bar-le-Duc", "rendez-vous",
                                                       "celle-là", "jusque-là"]),
        # inverted pronouns and euphonic -t- are split off, as in UD
        ("a-t-il déclaré", ["a", "-t-il", "déclaré"]),
        ("dit-elle, pensez-vous, Faut-il, Est-ce", ["dit", "-elle", ",", "pensez", "-vous", ",",
                                                    "Faut", "-il", ",", "Est", "-ce"]),
        ("Allez-y ! Dites-le-moi.", ["Allez", "-y", "!", "Dites", "-le", "-moi", "."]),
        ("ce jour-là", ["ce", "jour", "-là"]),
        # numbers
        ("12,5 % et 3.14", ["12,5", "%", "et", "3.14"]),
        (f"1 000 et 25{NBSP}000 habitants", ["1 000", "et", f"25{NBSP}000", "habitants"]),
        ("en 2018 200 personnes", ["en", "2018", "200", "personnes"]),
        ("2007-2008 et 1/10", ["2007-2008", "et", "1/10"]),
        ("à 18h40", ["à", "18", "h", "40"]),
        ("40°C ou 2 °C", ["40", "°", "C", "ou", "2", "°C"]),
        # punctuation: one mark, one token; an ellipsis is one token
        ("« liens historiques »", ["«", "liens", "historiques", "»"]),
        ("(oui) : non ; si ! quoi ?", ["(", "oui", ")", ":", "non", ";", "si", "!", "quoi", "?"]),
        ("Eh bien... non… -- enfin", ["Eh", "bien", "...", "non", "…", "--", "enfin"]),
        ("et/ou", ["et", "/", "ou"]),
        # URLs, e-mail addresses, initialisms, abbreviations
        ("Voir https://fr.wikipedia.org/wiki/Vladivostok.",
         ["Voir", "https://fr.wikipedia.org/wiki/Vladivostok", "."]),
        ("(www.elysee.fr)", ["(", "www.elysee.fr", ")"]),
        ("Écrire à jean.dupont@exemple.fr.", ["Écrire", "à", "jean.dupont@exemple.fr", "."]),
        ("les U.S.A. et l’O.N.U.", ["les", "U.S.A.", "et", "l’", "O.N.U."]),
        ("en 52 av. J.-C. à", ["en", "52", "av.", "J.-C.", "à"]),
        ("M. Poutine et Mme Park", ["M.", "Poutine", "et", "Mme", "Park"]),
        ("des sanctions, etc. Puis", ["des", "sanctions", ",", "etc.", "Puis"]),
        ("Bernard B. Fall, p. 12, n° 5", ["Bernard", "B.", "Fall", ",", "p.", "12", ",", "n°",
                                          "5"]),
        ("l’art. Il", ["l’", "art", ".", "Il"]),
        ("traité(e)s", ["traité(e)s"]),
    ],
)
def test_conventions(text, tokens):
    assert tokenize(text) == tokens


def test_nbsp_is_a_space_not_part_of_a_token():
    # the article's guillemets, typeset with non-breaking spaces (the article has none)
    assert tokenize(f"les «{NBSP}liens historiques{NBSP}» entre Moscou{NBSP}: renforcer") == [
        "les", "«", "liens", "historiques", "»", "entre", "Moscou", ":", "renforcer"
    ]


def test_article_first_sentence():
    first = ARTICLE.splitlines()[0]  # the first paragraph is one sentence
    assert tokenize(first) == [
        "Les", "dirigeants", "russe", "Vladimir", "Poutine", "et", "nord-coréen", "Kim",
        "Jong-un", "se", "sont", "rencontrés", "hier", "jeudi", "à", "Vladivostok", "pour",
        "une", "rencontre", "inédite", "qui", "leur", "a", "notamment", "permis", "de",
        "discuter", "de", "la", "dénucléarisation", "de", "la", "péninsule", "coréenne", ".",
    ]


def test_article_as_a_whole():
    tokens = tokenize(ARTICLE)
    assert len(tokens) == 387
    # the kit's tokens are the hand-made gold, written to the same conventions
    gold = (Path(__file__).resolve().parents[1] / "seeds" / "gold_tokens.txt").read_text(
        encoding="utf-8"
    )
    assert tokens == gold.splitlines()
    for word in ("Etats-Unis", "Jong-il", "Jae-in", "nord-coréen", "ex-président", "«", "»",
                 "2018", "jusqu’", "qu’"):
        assert word in tokens
    for piece in ("Jong", "Unis", "coréen", "ex", "’"):  # no compound or elision cut up
        assert piece not in tokens
    # every apostrophe of the article is ’ and ends an elided word: l’ ×6, d’ ×4, n’ ×3,
    # qu’ ×2, L’, jusqu’ (no aujourd’hui, no presqu’île)
    assert sum(t.endswith(("’", "'")) for t in tokens) == ARTICLE.count("’") == 17
    assert "'" not in ARTICLE
    # l’on and jusqu’à: the elided word stands alone before a short word
    assert tokens[tokens.index("on") - 1] == "l’"
    assert tokens[tokens.index("jusqu’") + 1] == "à"


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (None, ["got None", "load_text"]),
        (b"L\xe2\x80\x99objectif", ["got bytes", "decode('utf-8')", "load_text"]),
        (bytearray(b"abc"), ["got bytearray", "decode"]),
        (42, ["got int"]),
        (["L’objectif"], ["got list"]),
    ],
)
@pytest.mark.parametrize("func", [tokenize, token_spans, iter_token_spans])
def test_bad_input_says_what_to_do(func, bad, words):
    with pytest.raises(TypeError) as err:
        func(bad)
    for word in words:
        assert word in str(err.value)
    assert func.__name__ in str(err.value)


def test_a_document_is_not_a_str_but_the_error_says_how():
    class Document:  # stands for helpers.text.corpus.Document
        text = "Bonjour."

    with pytest.raises(TypeError, match=r"doc\.text"):
        tokenize(Document())


@pytest.mark.parametrize("empty", ["", "   \n", "\t\r\n", NBSP, "\u2003\u3000"])
def test_empty_or_blank_text_has_no_tokens(empty):
    assert tokenize(empty) == []
    assert token_spans(empty) == []
    assert list(iter_token_spans(empty)) == []


def test_emoji_and_hangul():
    assert tokenize("Kim Jong-un (김정은) 🚂 arrive 👍🏽 !") == [
        "Kim", "Jong-un", "(", "김정은", ")", "🚂", "arrive", "👍🏽", "!"
    ]
    assert tokenize("🇫🇷🇷🇺 ❤️ 👨‍👩‍👧") == ["🇫🇷", "🇷🇺", "❤️", "👨‍👩‍👧"]


def test_symbols_and_control_characters_are_kept():
    assert tokenize("a\x00b 5€ x§y ©") == ["a", "\x00", "b", "5", "€", "x", "§", "y", "©"]


def test_decomposed_accents_stay_in_their_word():
    text = "e\u0301te\u0301 de\u0301cide\u0301"  # été décidé, NFD
    assert tokenize(text) == ["e\u0301te\u0301", "de\u0301cide\u0301"]


def test_windows_line_endings_are_whitespace():
    text = "Pékin reste son allié.\r\nMoscou aussi.\r\n"
    tokens = token_spans(text)
    assert [t.text for t in tokens] == ["Pékin", "reste", "son", "allié", ".", "Moscou",
                                        "aussi", "."]
    assert not any("\r" in t.text or "\n" in t.text for t in tokens)


def test_spans_point_into_the_text():
    text = "Le sommet s’est tenu sur une presqu’île."
    spans = token_spans(text)
    assert spans[2] == Token("s’", 10, 12)
    assert all(text[t.start : t.end] == t.text for t in spans)
    assert list(iter_token_spans(text)) == spans


def test_token_is_small_and_frozen():
    tok = Token("a", 0, 1)
    assert not hasattr(tok, "__dict__")
    with pytest.raises(AttributeError):
        tok.text = "b"  # type: ignore[misc]


def test_iter_token_spans_is_lazy():
    it = iter_token_spans("un deux trois")
    assert next(it) == Token("un", 0, 2)
    assert iter(it) is it


@pytest.mark.perf
@pytest.mark.parametrize("unit", ["a-le-x-", "ab.c", "x@", "1 000 ", "A.B", "'", "-t-", ".", "+a"])
def test_no_input_makes_it_slower_than_linear(unit):
    """Repeated awkward patterns: 4x the text must cost about 4x the time, not 16x."""
    def seconds(n: int) -> float:
        text = unit * n
        start = time.perf_counter()
        tokenize(text)
        return time.perf_counter() - start

    small, big = min(seconds(20_000) for _ in range(3)), min(seconds(80_000) for _ in range(3))
    assert big < 10 * small + 0.01


@pytest.mark.perf
def test_linear_time_and_bounded_memory_on_big_texts():
    copies = 5_000_000 // len(ARTICLE.encode("utf-8")) + 1
    big = (ARTICLE + "\n") * copies  # ~5 MB of UTF-8
    half_mb = big[: 500_000]
    five_mb = big[: 5_000_000]

    def seconds(text: str) -> float:
        start = time.perf_counter()
        for _ in iter_token_spans(text):
            pass
        return time.perf_counter() - start

    ratio = seconds(five_mb) / min(seconds(half_mb) for _ in range(2))
    assert ratio < 20, f"5 MB took {ratio:.1f}x the time of 0.5 MB"

    # memory: walking the text with the generator holds one token at a time
    one_mb = big[: 1_000_000]  # (1 MB: tracemalloc slows the walk down tenfold)
    gc.collect()
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_token_spans(one_mb))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count > 150_000
    assert peak < 1_000_000, f"peak {peak:,} bytes while streaming 1 MB"

    # and the whole 5 MB goes through, counting tokens only
    n = sum(1 for _ in iter_token_spans(big))
    assert n == len(tokenize(ARTICLE + "\n")) * copies


def test_the_ud_sample_shipped_for_lesson_01_is_gold_nobody_here_wrote():
    """seeds/ud_fr_gsd_sample.conllu: its source and licence stated, and the kit scored on it."""
    from helpers.evaluation import prf, read_conllu, spans_of
    from helpers.text.corpus import SEEDS

    path = SEEDS / "ud_fr_gsd_sample.conllu"
    header = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "CC BY-SA 4.0" in header and "French-GSD" in header
    skipped: list[str] = []
    ud = read_conllu(path, skipped=skipped)
    assert len(ud) == 208 and skipped == []
    gold = [(n, s, e) for n, (_, spans) in enumerate(ud) for s, e in spans]
    kit = [(n, s, e) for n, (text, _) in enumerate(ud)
           for s, e in spans_of(text, tokenize(text))]
    assert prf(gold, kit).f1 >= 0.995
