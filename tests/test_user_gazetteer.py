"""The user-level gazetteer extension point: add_entry() without editing the data file."""

import time

import pytest

from helpers import extract_entities
from helpers.entities.gazetteer import (
    GAZETTEER_PATH,
    add_entries,
    add_entry,
    clear_user_entries,
    load_gazetteer,
    lookup,
    user_entries,
)
from helpers.entities.linking import WORLD_NOTE, entity_table
from helpers.text.corpus import SEEDS

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
    before = len(load_gazetteer())
    assert _meteo(extract_entities(OTHER)) == []
    add_entry("Météo-France", "ORG", "FR")
    assert _meteo(extract_entities(OTHER)) == [("Météo-France", "ORG", "FR")]
    assert len(load_gazetteer()) == before + 1
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
    with pytest.raises(ValueError, match=r"ISO 3166-1 alpha-2 code .* 'France' is 'FR'"):
        add_entry("Libourne", "LOC", "France")
    with pytest.raises(ValueError, match="both lat and lon"):
        add_entry("Libourne", "LOC", "FR", lat=44.9)
    assert user_entries() == (lookup("Hélène Marchand"),)  # nothing else went in


# ------------------------------------------------------------------ every bad value refused


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"lat": 200, "lon": 0}, r"lat must be between -90 \(south\) and 90 \(north\) degrees, "
                             "got 200$"),
    ({"lat": 44.92, "lon": -180.5}, "lon must be between"),
    ({"lat": 120, "lon": 20}, "got 120; are lat and lon swapped"),
    ({"lat": -90.5, "lon": 0}, "lat must be between -90"),
    ({"lat": 0, "lon": 500}, r"lon must be between -180 \(west\) and 180 \(east\) degrees, "
                             "got 500$"),
    ({"lat": float("nan"), "lon": 0}, "lat must be a finite number of degrees, got nan"),
    ({"lat": 0, "lon": float("inf")}, "lon must be a finite number"),
    ({"lat": "nord", "lon": 0}, "lat must be a number of degrees such as 44.92, got 'nord'"),
    ({"lat": True, "lon": 0}, "lat must be a number of degrees"),
    ({"country": "ZZ"}, "ISO 3166-1 alpha-2 code such as 'FR' or 'KP', got 'ZZ': 'ZZ' is no "
                        "country's code"),
    ({"country": "FRA"}, "ISO 3166-1 alpha-2"),
    ({"country": 33}, "ISO 3166-1 alpha-2"),
    ({"label": "loc"}, "label must be one of .* got 'loc': write it 'LOC'"),
    ({"kind": 3}, "kind should be a word"),
    ({"demonyms": ["1"]}, "demonyms should be words"),
])
def test_bad_values_are_refused_with_what_to_do(kwargs, message):
    args = {"name": "Libourne", "label": "LOC", "country": "FR", **kwargs}
    with pytest.raises(ValueError, match=message):
        add_entry(**args)
    assert user_entries() == ()


@pytest.mark.parametrize(("name", "message"), [
    (".", "the name '.' has no letter"),
    ("1789", "the name '1789' has no letter"),
    ("X", "the name 'X' is a single letter"),
    ("A.", "the name 'A.' is a single letter"),
    ("le", "the name 'le' is a French grammatical word"),
    ("Le", "the name 'Le' is a French grammatical word"),
    ("Du", "the name 'Du' is a French grammatical word"),
    ("L’", "the name 'L’' is a single letter"),
    ("Parce", "grammatical word"),
    ("libourne", "the name 'libourne' has no capital letter; write it as a text does, e.g. "
                 "'Libourne'"),
])
def test_names_that_cannot_be_names(name, message):
    with pytest.raises(ValueError, match=message):
        add_entry(name, "ORG")
    with pytest.raises(ValueError, match=message.replace("name", "alias", 1)):
        add_entry("Libourne", "LOC", aliases=[name])
    assert user_entries() == ()


@pytest.mark.parametrize("bad", [None, "", "   ", 3])
def test_a_name_must_be_text(bad):
    with pytest.raises(TypeError, match="non-empty str"):
        add_entry(bad, "LOC")


@pytest.mark.parametrize(("name", "known"), [
    ("PÉKIN", "'PÉKIN' written 'Pékin' \\(as 'Pékin', LOC\\)"),
    ("Pekin", "'Pekin' \\(as 'Pékin', LOC\\)"),
    ("Vladimir POUTINE", "'Vladimir POUTINE' written 'Vladimir Poutine'"),
])
def test_a_known_name_in_other_accents_or_case_is_refused(name, known):
    with pytest.raises(ValueError, match="already knows " + known):
        add_entry(name, "LOC")


def test_good_names_and_values_go_in():
    entries = [
        add_entry("CNRS", "ORG"),  # an acronym
        add_entry("de La Fontaine", "PER", "FR"),  # a particle first: a capital further on
        add_entry("Ushuaïa", "LOC", "ar", lat=-54.8, lon=-68.3),  # lower-case code: made 'AR'
        add_entry("Nuuk", "LOC", "GL", lat=64.18, lon=-51.72),  # a country outside the gazetteer
        add_entry("Pôle Nord", "LOC", lat=90, lon=180),  # the limits are allowed
    ]
    assert [e.country for e in entries] == [None, "FR", "AR", "GL", None]
    assert lookup("ushuaia").coordinates == (-54.8, -68.3)
    assert lookup("cnrs").name == "CNRS"


def test_the_same_cell_run_twice_adds_once():
    first = add_entry("Libourne", "LOC", "FR", lat=44.92, lon=-0.24)
    assert add_entry("Libourne", "LOC", "FR", lat=44.92, lon=-0.24) == first
    assert user_entries() == (first,)
    with pytest.raises(ValueError, match="already knows 'Libourne'"):
        add_entry("Libourne", "LOC", "FR", lat=45.0, lon=-0.24)  # another row, same name


# ------------------------------------------------------------------ many at once, and fast


def test_add_entries_takes_tuples_dicts_and_csv_rows():
    import csv
    import io

    table = "name,label,country,lat,lon,aliases\nLibourne,LOC,FR,44.92,-0.24,Libourne-sur-Isle\n" \
            "Hélène Marchand,PER,FR,,,Mme Marchand|H. Marchand\n"
    rows = list(csv.DictReader(io.StringIO(table)))
    added = add_entries([("Saint-Émilion", "LOC", "FR", 44.89, -0.16), ("Météo-France", "ORG"),
                         *rows])
    assert [e.name for e in added] == ["Saint-Émilion", "Météo-France", "Libourne",
                                       "Hélène Marchand"]
    assert lookup("Libourne-sur-Isle").coordinates == (44.92, -0.24)
    assert lookup("H. Marchand").name == "Hélène Marchand"
    assert lookup("Hélène Marchand").coordinates is None
    assert add_entries(rows) == []  # the same rows again: already there, nothing added
    assert len(user_entries()) == 4


def test_add_entries_checks_every_row_first():
    rows = [("Libourne", "LOC", "FR"), ("Saint-Émilion", "LOC", "FR", 200, 0)]
    with pytest.raises(ValueError, match="add_entries\\(\\), row 2: lat must be between"):
        add_entries(rows)
    assert user_entries() == ()  # one bad row: nothing added
    with pytest.raises(ValueError, match="row 2: the gazetteer already knows 'LIBOURNE' "
                                         "written 'Libourne'"):
        add_entries([("Libourne", "LOC", "FR"), ("LIBOURNE", "LOC", "FR")])
    with pytest.raises(TypeError, match="row 1: a row is"):
        add_entries(["Libourne"])
    with pytest.raises(TypeError, match="a list of rows"):
        add_entries({"name": "Libourne", "label": "LOC"})
    assert user_entries() == ()


def _names(n):
    letters = "bcdfghjklmnpqrstvz"
    return [f"Zor{letters[i // 18 % 18]}{'aeiou'[i % 5]}{letters[i % 18]}ville" for i in range(n)]


@pytest.mark.perf
def test_four_hundred_names_in_under_a_second():
    names = _names(400)
    assert len(set(names)) == 400
    start = time.perf_counter()
    for name in names:
        add_entry(name, "LOC", "FR", lat=45.0, lon=1.0)
    one_by_one = time.perf_counter() - start
    assert lookup(names[-1]).country == "FR"  # the gazetteer is rebuilt once, here
    assert one_by_one < 1.0, f"400 add_entry calls took {one_by_one:.2f} s"
    clear_user_entries()
    start = time.perf_counter()
    add_entries([(name, "LOC", "FR", 45.0, 1.0) for name in names])
    at_once = time.perf_counter() - start
    assert len(user_entries()) == 400 and lookup(names[0]) is not None
    assert at_once < 1.0, f"add_entries of 400 rows took {at_once:.2f} s"


def test_the_gazetteer_is_rebuilt_on_use_not_on_each_add():
    add_entry("Libourne", "LOC", "FR")
    built = load_gazetteer()
    assert load_gazetteer() is built  # cached until the next change
    add_entry("Saint-Émilion", "LOC", "FR")
    assert load_gazetteer() is not built and len(load_gazetteer()) == len(built) + 1
    assert load_gazetteer().by_alias["Libourne"] is built.by_alias["Libourne"]
