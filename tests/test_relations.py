"""Relation extraction with regular expressions over entity mentions, and the timeline."""

import pytest

from helpers import load_article
from helpers.entities import Mention
from helpers.relations import Relation, events, number, pattern_string, relations


@pytest.fixture(scope="module")
def found():
    return relations(load_article())


def test_counted_meetings_since_march_2018(found):
    counted = [(r.subject, r.object, r.times, r.date, r.since) for r in found if r.times]
    assert counted == [
        ("Kim Jong-un", "Xi Jinping", 4, "2018-03", True),
        ("Kim Jong-un", "Moon Jae-in", 3, "2018-03", True),
        ("Kim Jong-un", "Donald Trump", 2, "2018-03", True),
    ]


def test_the_vladivostok_summit_and_the_2011_meeting(found):
    met = [r for r in found if r.relation == "met" and not r.times]
    assert met == [
        Relation("Vladimir Poutine", "met", "Kim Jong-un", None, "Vladivostok", "2019-04-25",
                 False, 0),
        Relation("Dmitri Medvedev", "met", "Kim Jong-il", None, "Sibérie", "2011", False, 7),
    ]
    assert str(met[0]) == "Vladimir Poutine — met → Kim Jong-un at Vladivostok, 2019-04-25"


def test_the_invitation(found):
    assert [str(r) for r in found if r.relation == "invited"] == [
        "Kim Jong-un — invited → Vladimir Poutine at Pyongyang"]


@pytest.mark.parametrize(("word", "value"), [("une", 1), ("deux", 2), ("trois", 3),
                                             ("quatre", 4), ("Dix", 10), ("7", 7)])
def test_number_words(word, value):
    assert number(word) == value


def test_unknown_number_word():
    with pytest.raises(ValueError, match="not a number word"):
        number("beaucoup")


def test_pattern_string_puts_slots():
    s = "Moscou prône un dialogue avec Pyongyang."
    assert pattern_string(s, [Mention("Moscou", 0, 6, "LOC"),
                              Mention("Pyongyang", 30, 39, "LOC")]) == \
        "⟦0⟧ prône un dialogue avec ⟦1⟧."


def test_other_texts():
    text = "Emmanuel Macron a rencontré trois fois Olaf Scholz et une fois Joe Biden."
    assert [(r.subject, r.object, r.times) for r in relations(text)] == [
        ("Emmanuel Macron", "Olaf Scholz", 3), ("Emmanuel Macron", "Joe Biden", 1)]
    assert relations("Il pleut sur Paris.") == []
    assert relations("") == []


def test_timeline_events():
    assert [(e.date, e.text) for e in events(load_article())] == [
        ("2011", "2011"), ("2018-01..2018-04", "début 2018"), ("2018-03", "mars 2018"),
        ("2019-04-25", "hier jeudi")]


def test_events_need_a_publication_date():
    with pytest.raises(ValueError, match="publication date"):
        events("Hier, Poutine a reçu Kim Jong-un.")
