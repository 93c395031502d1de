"""The user-level gazetteer extension point: add_entry() without editing the data file."""

import pytest

from helpers import extract_entities
from helpers.corpus import SEEDS
from helpers.gazetteer import (
    GAZETTEER_PATH,
    add_entry,
    clear_user_entries,
    gazetteer,
    lookup,
    user_entries,
)
from helpers.linking import WORLD_NOTE, entity_table

OTHER = (SEEDS / "other_text.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _clean():
    clear_user_entries()
    yield
    clear_user_entries()


def _meteo(mentions):
    return [(m.text, m.label, m.country) for m in mentions if m.text.startswith("Météo")]


def test_the_rules_miss_meteo_france_until_it_is_added():
    data = GAZETTEER_PATH.read_bytes()
    before = len(gazetteer())
    assert _meteo(extract_entities(OTHER)) == []
    add_entry("Météo-France", "ORG", "FR")
    assert _meteo(extract_entities(OTHER)) == [("Météo-France", "ORG", "FR")]
    assert len(gazetteer()) == before + 1
    assert GAZETTEER_PATH.read_bytes() == data  # the package's file is untouched
    clear_user_entries()
    assert _meteo(extract_entities(OTHER)) == []
    assert user_entries() == ()


def test_an_added_place_goes_on_the_map_where_the_user_says():
    row = next(r for r in entity_table(OTHER) if r.entity == "Libourne")
    assert row.placed and row.note == WORLD_NOTE  # a guess by name, from the world places
    add_entry("Libourne", "LOC", "FR", lat=44.92, lon=-0.24)
    row = next(r for r in entity_table(OTHER) if r.entity == "Libourne")
    assert (row.lat, row.lon, row.note) == (44.92, -0.24, "")  # the user's row wins
    assert lookup("Libourne").kind == "city"
    # a place neither knows: not placed until added
    assert not next(iter(entity_table("Il vit à Tombouctouville."))).placed


def test_aliases_and_errors():
    add_entry("Hélène Marchand", "PER", "FR", aliases=["Mme Marchand"])
    assert lookup("Mme Marchand").name == "Hélène Marchand"
    with pytest.raises(ValueError, match="already knows 'Bordeaux'"):
        add_entry("Bordeaux", "LOC", "FR")
    with pytest.raises(ValueError, match="label must be one of"):
        add_entry("Libourne", "PLACE")
    with pytest.raises(ValueError, match="ISO alpha-2"):
        add_entry("Libourne", "LOC", "France")
    with pytest.raises(ValueError, match="both lat and lon"):
        add_entry("Libourne", "LOC", "FR", lat=44.9)
