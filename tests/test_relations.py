"""Meetings found with regular expressions over typed slots, and the timeline."""

import re
from pathlib import Path

import pytest

from helpers import load_article
from helpers.entities import Mention
from helpers.entities.gazetteer import add_entry, clear_user_entries
from helpers.entities.relation_extraction import (
    CONSTRUCTIONS,
    PIECES,
    WORDS,
    Relation,
    events,
    expand,
    number,
    pattern_string,
    relations,
    short_name,
    words,
)

# A Wednesday: « lundi » is 2023-01-23, « hier » 2023-01-24.
PUBLISHED = "2023-01-25"


@pytest.fixture(scope="module")
def found():
    return relations(load_article())


# ---- the article


def test_the_article_has_five_meetings(found):
    assert [str(r) for r in found] == [
        "Vladimir Poutine — met → Kim Jong-un at Vladivostok, 2019-04-25",
        "Dmitri Medvedev — met → Kim Jong-il, 2011",
        "Kim Jong-un — met → Xi Jinping 4 times, since 2018-03",
        "Kim Jong-un — met → Moon Jae-in 3 times, since 2018-03",
        "Kim Jong-un — met → Donald Trump 2 times, since 2018-03",
    ]


def test_the_vladivostok_summit(found):
    # « Les dirigeants russe Vladimir Poutine et nord-coréen Kim Jong-un se sont
    #   rencontrés hier jeudi à Vladivostok »: titles and nationalities before each
    #   name, a date and a place after the verb.
    assert found[0] == Relation("Vladimir Poutine", "met", "Kim Jong-un", None, "Vladivostok",
                                "2019-04-25", False, 0, "each other")


def test_the_2011_meeting_is_a_noun_phrase_that_refers_back(found):
    # « … entre la Russie et la Corée du Nord depuis celle en 2011 entre l’ex-président
    #   Dmitri Medvedev et Kim Jong-il »: « celle » stands for « rencontre »; the two
    #   countries are not people, so they make no meeting.
    assert found[1] == Relation("Dmitri Medvedev", "met", "Kim Jong-il", None, None, "2011",
                                False, 2, "noun + entre")
    assert not any("Russie" in (r.subject, r.object) for r in found)


def test_counted_meetings_since_march_2018(found):
    counted = [(r.subject, r.object, r.times, r.date, r.since, r.construction)
               for r in found if r.times]
    assert counted == [
        ("Kim Jong-un", "Xi Jinping", 4, "2018-03", True, "verb"),
        ("Kim Jong-un", "Moon Jae-in", 3, "2018-03", True, "verb"),
        ("Kim Jong-un", "Donald Trump", 2, "2018-03", True, "verb"),
    ]


def test_the_article_pattern_strings():
    doc = load_article()
    first = doc.text[:doc.text.index(" pour une")]
    slots = [Mention("Vladimir Poutine", 21, 37, "PER"), Mention("Kim Jong-un", 53, 64, "PER"),
             Mention("hier jeudi", 84, 94, "DATE"), Mention("Vladivostok", 97, 108, "LOC")]
    assert pattern_string(first, slots) == (
        "Les dirigeants russe ⟦PER:0⟧ et nord-coréen ⟦PER:1⟧ se sont rencontrés ⟦DATE:2⟧ "
        "à ⟦LOC:3⟧")
    assert CONSTRUCTIONS[0].regex.fullmatch(pattern_string(first, slots))


# ---- other sentences: one meeting construction each (none of them is the article's)

MEETINGS = [
    ("Emmanuel Macron et Olaf Scholz se sont rencontrés lundi à Berlin.",
     ["Emmanuel Macron — met → Olaf Scholz at Berlin, 2023-01-23"]),
    ("Emmanuel Macron et Olaf Scholz se rencontrent à Paris.",
     ["Emmanuel Macron — met → Olaf Scholz at Paris"]),
    ("Boris Johnson et Emmanuel Macron se sont vus à Londres le 18 juin 2020.",
     ["Boris Johnson — met → Emmanuel Macron at Londres, 2020-06-18"]),
    ("Les présidents américain Joe Biden et chinois Xi Jinping se sont entretenus à Bali.",
     ["Joe Biden — met → Xi Jinping at Bali"]),
    ("Shinzo Abe, Moon Jae-in et Xi Jinping se sont réunis à Tokyo.",
     ["Shinzo Abe — met → Moon Jae-in at Tokyo", "Shinzo Abe — met → Xi Jinping at Tokyo",
      "Moon Jae-in — met → Xi Jinping at Tokyo"]),
    ("Le président français Emmanuel Macron a reçu hier à Paris le Premier ministre "
     "japonais Fumio Kishida.",
     ["Emmanuel Macron — met → Fumio Kishida at Paris, 2023-01-24"]),
    ("Joe Biden a rencontré deux fois Xi Jinping depuis janvier 2021.",
     ["Joe Biden — met → Xi Jinping 2 times, since 2021-01"]),
    ("Emmanuel Macron a rencontré Angela Merkel à trois reprises en 2019.",
     ["Emmanuel Macron — met → Angela Merkel 3 times, 2019"]),
    ("Joe Biden a rencontré Xi Jinping 3 fois.", ["Joe Biden — met → Xi Jinping 3 times"]),
    ("Angela Merkel avait déjà rencontré Barack Obama en 2009.",
     ["Angela Merkel — met → Barack Obama, 2009"]),
    ("Hier, à Pékin, Xi Jinping a rencontré son homologue russe Vladimir Poutine.",
     ["Xi Jinping — met → Vladimir Poutine at Pékin, 2023-01-24"]),
    ("Giorgia Meloni a rencontré Ursula von der Leyen, Olaf Scholz et Emmanuel Macron.",
     ["Giorgia Meloni — met → Ursula von der Leyen", "Giorgia Meloni — met → Olaf Scholz",
      "Giorgia Meloni — met → Emmanuel Macron"]),
    ("M. Macron a rencontré Mme Merkel à Aix-la-Chapelle.",
     ["Emmanuel Macron — met → Angela Merkel at Aix-la-Chapelle"]),
    ("Vladimir Poutine a rencontré Kim Jong-un et Xi Jinping a rencontré Joe Biden.",
     ["Vladimir Poutine — met → Kim Jong-un", "Xi Jinping — met → Joe Biden"]),
    ("Angela Merkel s’est entretenue avec Vladimir Poutine à Moscou.",
     ["Angela Merkel — met → Vladimir Poutine at Moscou"]),
    ("Xi Jinping s’est réuni avec Vladimir Poutine et Narendra Modi à Samarcande.",
     ["Xi Jinping — met → Vladimir Poutine at Samarcande",
      "Xi Jinping — met → Narendra Modi at Samarcande"]),
    ("Emmanuel Macron a été reçu par Joe Biden à Washington.",
     ["Joe Biden — met → Emmanuel Macron at Washington"]),
    ("Le sommet entre Donald Trump et Kim Jong-un s’est tenu à Singapour en juin 2018.",
     ["Donald Trump — met → Kim Jong-un at Singapour, 2018-06"]),
    ("L'entretien entre Joe Biden et Xi Jinping a duré trois heures.",
     ["Joe Biden — met → Xi Jinping"]),
    ("Cette rencontre est la première depuis celle de 2018 entre Donald Trump et Kim Jong-un.",
     ["Donald Trump — met → Kim Jong-un, 2018"]),
    ("La rencontre de Vladimir Poutine avec Joe Biden a eu lieu à Genève.",
     ["Vladimir Poutine — met → Joe Biden at Genève"]),
]


@pytest.mark.parametrize(("sentence", "expected"), MEETINGS, ids=[s for s, _ in MEETINGS])
def test_a_meeting(sentence, expected):
    assert [str(r) for r in relations(sentence, published=PUBLISHED)] == expected


NOT_MEETINGS = [
    "Kim Jong-un a rencontré des difficultés.",  # met no person
    "Donald Trump a rencontré la presse à Washington.",
    "Olaf Scholz a rencontré des représentants de la Chine.",
    "Vladimir Poutine a reçu des critiques de Joe Biden.",
    "La rencontre entre la France et l’Allemagne a eu lieu à Paris.",  # places, not people
    "Emmanuel Macron n’a jamais rencontré Kim Jong-un.",  # a negation: nothing happened
    "Xi Jinping et Vladimir Poutine ne se sont pas rencontrés en 2020.",
    "Donald Trump et Kim Jong-un ne se sont jamais revus depuis 2019.",
    "Emmanuel Macron s’est entretenu par téléphone avec Joe Biden.",  # a call, not a meeting
    "Angela Merkel et Emmanuel Macron se rencontreront à Berlin.",  # not yet
    "Selon Joe Biden, la Chine et la Russie se sont rencontrées.",
    "Il a parlé de celle entre Joe Biden et Xi Jinping.",  # « celle » with no meeting noun
]


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_not_a_meeting(sentence):
    assert relations(sentence, published=PUBLISHED) == []


def test_a_restrictive_negation_is_not_read():
    # « n’a … que » means "only": a meeting the kit does not find (a known limit).
    assert relations("Kim Jong-un n’a rencontré Donald Trump qu’une fois.") == []


def test_a_speaker_is_not_a_subject():
    found = relations("Selon Joe Biden, Emmanuel Macron a rencontré Xi Jinping.")
    assert [(r.subject, r.object) for r in found] == [("Emmanuel Macron", "Xi Jinping")]


def test_without_a_publication_date_a_date_stays_as_written():
    found = relations("Emmanuel Macron et Olaf Scholz se sont rencontrés lundi à Berlin.")
    assert found[0].date == "lundi"


def test_a_pair_met_twice_in_a_sentence_is_one_relation():
    text = ("Joe Biden et Xi Jinping se sont rencontrés à Bali, "
            "et la rencontre entre Joe Biden et Xi Jinping a duré trois heures.")
    assert len(relations(text)) == 1


def test_a_name_added_to_the_gazetteer_counts_as_a_nationality():
    try:
        add_entry("Ruritanie", "LOC", kind="country", demonyms=["ruritanien"])
        assert "ruritanien" in words("NATIONALITY")
        found = relations("Le président ruritanien Boris Johnson a reçu Olaf Scholz.")
        assert [(r.subject, r.object) for r in found] == [("Boris Johnson", "Olaf Scholz")]
    finally:
        clear_user_entries()
    assert "ruritanien" not in words("NATIONALITY")


# ---- the pieces


@pytest.mark.parametrize(("piece", "text"), [
    ("TITLE", "le président chinois "), ("TITLE", "l’ex-président "),
    ("TITLE", "Les dirigeants russe "), ("TITLE", "nord-coréen "),
    ("TITLE", "son homologue russe "), ("TITLE", "le Premier ministre japonais "),
    ("PERSON", "le président sud-coréen ⟦PER:4⟧"),
    ("PEOPLE", "russe ⟦PER:0⟧ et nord-coréen ⟦PER:1⟧"),
    ("PEOPLE", "⟦PER:0⟧, ⟦PER:1⟧ et ⟦PER:2⟧"),
    ("ITEM", "quatre fois le président chinois ⟦PER:3⟧"), ("ITEM", "⟦PER:3⟧ à deux reprises"),
    ("ADVERBIAL", "depuis ⟦DATE:2⟧"), ("ADVERBIAL", "⟦DATE:2⟧"), ("ADVERBIAL", "à ⟦LOC:3⟧"),
    ("ADVERBIAL", "en ⟦LOC:3⟧"), ("ADVERBIAL", "déjà"),
    ("MEETS", "a rencontré"), ("MEETS", "avait alors reçu"),
    ("MEET_EACH_OTHER", "se sont rencontrés"), ("MEET_EACH_OTHER", "s’entretiennent"),
    ("MEETS_WITH", "s’est entretenue"), ("MEETING", "rencontre inédite"),
    ("MEETING", "celle"),
])
def test_a_piece_matches(piece, text):
    assert re.fullmatch(expand(piece), text)


@pytest.mark.parametrize(("piece", "text"), [
    ("PERSON", "la ⟦LOC:0⟧"), ("PEOPLE", "⟦PER:0⟧, ⟦PER:1⟧"), ("ADVERBIAL", "de ⟦LOC:0⟧"),
    ("ADVERBIAL", "⟦LOC:0⟧"), ("MEETS", "n’a rencontré"), ("MEETS", "rencontrera"),
    ("COUNT", "deux fois plus"),
])
def test_a_piece_does_not_match(piece, text):
    assert not re.fullmatch(expand(piece), text)


def test_every_name_in_a_shape_or_a_piece_is_defined():
    for c in CONSTRUCTIONS:
        for token in c.shape.split():
            assert token in PIECES or token.islower(), (c.name, token)
    for template in PIECES.values():
        for name in re.findall(r"\{([A-Z_]+)\}", template):
            assert name in PIECES or name in WORDS, name


def test_the_word_lists_are_read_from_the_data_file():
    path = Path(__file__).resolve().parents[1] / "helpers" / "data" / "meeting_words.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert len(rows) >= 10
    for name, listed in rows:
        assert WORDS[name] == tuple(listed.split("|")), name
    assert "rencontré" in WORDS["MET"] and WORDS["NUMBER"][:2] == ("une", "un")
    assert set(WORDS) == {name for name, _ in rows} | {"TITLE_WORD", "NATIONALITY", "NUMBER"}


def test_short_names_come_from_the_gazetteer():
    assert [short_name(n) for n in ("Vladimir Poutine", "Dmitri Medvedev", "Xi Jinping",
                                    "Donald Trump", "Kim Jong-un", "Kim Jong-il",
                                    "Moon Jae-in", "Pyongyang", "Inconnu")] == [
        "Poutine", "Medvedev", "Xi", "Trump", "Kim Jong-un", "Kim Jong-il", "Moon Jae-in",
        "Pyongyang", "Inconnu"]


@pytest.mark.parametrize(("word", "value"), [("une", 1), ("deux", 2), ("trois", 3),
                                             ("quatre", 4), ("Dix", 10), ("7", 7)])
def test_number_words(word, value):
    assert number(word) == value


def test_unknown_number_word():
    with pytest.raises(ValueError, match="not a number word"):
        number("beaucoup")


def test_pattern_string_puts_typed_slots():
    s = "Moscou prône un dialogue avec Pyongyang."
    assert pattern_string(s, [Mention("Moscou", 0, 6, "LOC"),
                              Mention("Pyongyang", 30, 39, "LOC")]) == \
        "⟦LOC:0⟧ prône un dialogue avec ⟦LOC:1⟧."


def test_other_texts():
    assert relations("Il pleut sur Paris.") == []
    assert relations("") == []
    with pytest.raises(TypeError, match="needs a text"):
        relations(None)


# ---- the timeline


def test_timeline_events():
    assert [(e.date, e.text, e.label) for e in events(load_article())] == [
        ("2011", "2011", "Medvedev and Kim Jong-il meet"),
        ("2018-01/2018-04", "début 2018",
         "…détente observée sur la péninsule coréenne depuis début 2018"),
        ("2018-03", "mars 2018",
         "from then on: Kim Jong-un meets Xi ×4, Moon Jae-in ×3, Trump ×2"),
        ("2019-04-25", "hier jeudi", "Poutine and Kim Jong-un meet at Vladivostok"),
    ]


def test_a_directed_meeting_on_the_timeline():
    text = "Hier, Vladimir Poutine a reçu Xi Jinping à Moscou."
    assert [(e.date, e.label) for e in events(text, published=PUBLISHED)] == [
        ("2023-01-24", "Poutine meets Xi at Moscou")]


def test_events_need_a_publication_date():
    with pytest.raises(ValueError, match="publication date"):
        events("Hier, Poutine a reçu Kim Jong-un.")
