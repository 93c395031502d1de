"""Temporal expressions: found with patterns, resolved against the publication date."""

import datetime as dt

import pytest

from helpers import load_article
from helpers.entities import load_gold_entities
from helpers.entities.dates import find_dates, resolve_date

DOC = load_article()
PUBLISHED = DOC.meta["publication_date"]


def test_publication_date_is_the_day_after_the_summit():
    assert PUBLISHED == "2019-04-26"
    assert DOC.meta["event_date"] == resolve_date("hier jeudi", PUBLISHED)


def test_find_dates_finds_exactly_the_gold_dates():
    found = [(m.start, m.end, m.text) for m in find_dates(DOC.text)]
    gold = [(m.start, m.end, m.text) for m in load_gold_entities(layer="dates")]
    assert found == gold
    assert all(m.label == "DATE" for m in find_dates(DOC.text))


@pytest.mark.parametrize("expression, value", [
    ("hier jeudi", "2019-04-25"),
    ("mars 2018", "2018-03"),
    ("début 2018", "2018-01/2018-04"),
    ("2011", "2011"),
    ("d’hier", "2019-04-25"),
    ("d'hier", "2019-04-25"),
])
def test_the_five_expressions_of_the_article(expression, value):
    assert resolve_date(expression, PUBLISHED) == value


@pytest.mark.parametrize("expression, value", [
    ("avant-hier", "2019-04-24"),
    ("aujourd’hui", "2019-04-26"),
    ("demain", "2019-04-27"),
    ("jeudi", "2019-04-25"),
    ("vendredi", "2019-04-26"),
    ("lundi prochain", "2019-04-29"),
    ("25 avril 2019", "2019-04-25"),
    ("jeudi 25 avril", "2019-04-25"),
    ("1er mai 2018", "2018-05-01"),
    ("mi-mars 2018", "2018-03-11/2018-03-20"),
    ("fin février 2020", "2020-02-21/2020-02-29"),
    ("fin 2018", "2018-09/2018-12"),
    ("mars", "2019-03"),
    ("décembre", "2018-12"),
    ("la semaine dernière", "2019-W16"),
    ("le mois prochain", "2019-05"),
    ("l’an dernier", "2018"),
    ("Début 2018", "2018-01/2018-04"),
])
def test_other_expressions(expression, value):
    assert resolve_date(expression, PUBLISHED) == value


def test_reference_as_a_date_or_a_datetime():
    assert resolve_date("hier", dt.date(2019, 4, 26)) == "2019-04-25"
    assert resolve_date("hier", dt.datetime(2019, 4, 26, 23, 59)) == "2019-04-25"


def test_a_wrong_weekday_warns():
    with pytest.warns(UserWarning, match="is a vendredi, not a jeudi"):
        assert resolve_date("hier jeudi", "2019-04-27") == "2019-04-26"


@pytest.mark.parametrize("text, found", [
    ("Depuis début 2018, et jusqu’au 3 mai 2019.", ["début 2018", "3 mai 2019"]),
    ("Le sommet de jeudi 25 avril 2019 a duré deux ans.", ["jeudi 25 avril 2019"]),
    ("Il a 2000 personnes, 2019 euros et 1998.", ["1998"]),
    ("La semaine dernière, hier soir.", ["La semaine dernière", "hier soir"]),
    ("Aucune date ici, ni 12 ni 345.", []),
    ("", []),
])
def test_find_dates(text, found):
    assert [m.text for m in find_dates(text)] == found


def test_both_apostrophes():
    assert [m.text for m in find_dates("la rencontre d'hier")] == ["d'hier"]


@pytest.mark.parametrize("reference, error", [
    ("26/04/2019", ValueError),
    ("hier", ValueError),
    (20190426, TypeError),
    (None, TypeError),
])
def test_bad_reference_dates(reference, error):
    with pytest.raises(error, match="YYYY-MM-DD"):
        resolve_date("hier", reference)


def test_unknown_expressions_say_what_is_known():
    with pytest.raises(ValueError, match=r"cannot resolve 'la veille'.*find_dates"):
        resolve_date("la veille", PUBLISHED)
    with pytest.raises(ValueError, match="not a valid date"):
        resolve_date("31 février 2019", PUBLISHED)
    with pytest.raises(TypeError, match="needs an expression as a str"):
        resolve_date(2011, PUBLISHED)
    with pytest.raises(TypeError, match="got None"):
        find_dates(None)
