"""Where a map looks: the region of a text's places, its Basemap, and great circles on it.

A map follows its text (:func:`map_region`): it zooms on the region that holds
most of the text's place mentions and says which in its title (East Asia for
the article, Bretagne for a text on Brest and Quimper); the places outside go on
a map of the world beside it. The Basemap projections are made once and reused
(they are slow to make). :func:`great_circle_pieces` cuts a great circle where it
leaves the map at its edge (the antimeridian of a world map), so it is never drawn
as a line across the whole map; :func:`meeting_segments` says which lines a map draws.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..data_files import data_rows
from ..entities.linking import EntityRow, capital_of
from ..entities.relation_extraction import Relation, short_name
from ..translation import N_, current_language
from ..translation import gettext as _

__all__ = ["WORLD", "MapRegion", "as_region", "basemap", "great_circle_pieces", "map_region",
           "meeting_segments"]

REGIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "map_regions.tsv"
Box = tuple[float, float, float, float]  # (lon_min, lat_min, lon_max, lat_max), degrees


@dataclass(frozen=True)
class MapRegion:
    """What a map shows: a caption ("East Asia", "Bretagne, France") and a box, or the world."""

    caption: str
    box: Box | None = None  # None: the whole world

    @property
    def world(self) -> bool:
        return self.box is None

    @property
    def title(self) -> str:
        return self.caption[:1].upper() + self.caption[1:]

    def contains(self, lat: float, lon: float) -> bool:
        if self.box is None:
            return True
        lon0, lat0, lon1, lat1 = self.box
        return lon0 <= lon <= lon1 and lat0 <= lat <= lat1


WORLD = MapRegion(N_("the world"))  # shown translated: _(WORLD.caption)


@dataclass(frozen=True)
class _Named:
    name: str
    country: str | None
    box: Box
    name_fr: str = ""

    @property
    def shown(self) -> str:
        """The name in the language in effect (the data file holds English and French)."""
        return self.name_fr if self.name_fr and current_language() == "fr" else self.name

    def contains(self, lat: float, lon: float) -> bool:
        lon0, lat0, lon1, lat1 = self.box
        return lon0 <= lon <= lon1 and lat0 <= lat <= lat1

    @property
    def area(self) -> float:
        lon0, lat0, lon1, lat1 = self.box
        return (lon1 - lon0) * (lat1 - lat0) * math.cos(math.radians((lat0 + lat1) / 2))


@cache
def _named_regions() -> tuple[_Named, ...]:
    """The regions of ``helpers/data/map_regions.tsv``, the smallest first."""
    named = [_Named(name, country or None, (float(a), float(b), float(c), float(d)), name_fr)
             for name, country, a, b, c, d, name_fr in data_rows(REGIONS_PATH)]
    return tuple(sorted(named, key=lambda n: (n.area, n.name)))


def map_region(rows: Sequence[EntityRow]) -> MapRegion:
    """The region a map of these places shows, from the places themselves.

    The smallest named region (``helpers/data/map_regions.tsv``: world regions,
    countries, French régions) that holds more than half of the mentions of the
    placed rows gives the caption; the map's box is the one around the places
    inside it, with a margin. A région is named only when none of its places lies
    in another région's box too (the boxes are rough); else its country is. With no
    such region, the world.

    >>> from helpers import load_article
    >>> from helpers.entities.linking import entity_table
    >>> map_region(entity_table(load_article())).caption
    'East Asia'
    >>> map_region(entity_table("Alerte à Brest, Lorient et Quimper.")).caption
    'Bretagne, France'
    >>> map_region(entity_table("Crue à Bordeaux, Libourne et Saint-Émilion.")).caption
    'France'
    >>> map_region(entity_table("Washington, Pékin, Moscou et Brasilia ont réagi.")).world
    True
    """
    placed = [r for r in rows if r.placed]
    total = sum(r.mentions for r in placed)
    parts = [n for n in _named_regions() if n.country and n.name]
    for named in _named_regions():
        inside = [r for r in placed if named.contains(r.lat, r.lon)]
        if 2 * sum(r.mentions for r in inside) <= total:
            continue
        if named in parts and any(other.contains(r.lat, r.lon) for other in parts
                                  if other is not named for r in inside):
            continue  # Libourne is in the boxes of two régions: say "France"
        return MapRegion(_caption(named, inside), _box_around(inside))
    return WORLD


def _caption(named: _Named, inside: Sequence[EntityRow]) -> str:
    from ..entities.linking import country_name

    countries = {r.country for r in inside if r.country}
    if named.country and named.name:  # a part of a country: "Bretagne, France"
        return f"{named.shown}, {country_name(named.country) or named.country}"
    if len(countries) == 1:  # one country, even in a wider region: "Allemagne"
        code = countries.pop()
        return country_name(code) or code
    return named.shown or country_name(named.country) or _(WORLD.caption)


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _latitude(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def _box_around(rows: Sequence[EntityRow], *, margin: float = 0.2, least: float = 1.5) -> Box:
    """A box around the rows' points: a margin of 20 % (and at least ``least`` degrees),
    widened or heightened to a landscape shape on the Mercator map, rounded out to 0.5°."""
    lats, lons = [r.lat for r in rows], [r.lon for r in rows]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max(margin * (lat1 - lat0), least)
    pad_lon = max(margin * (lon1 - lon0), least)
    lat0, lat1 = max(lat0 - pad_lat, -75.0), min(lat1 + pad_lat, 80.0)
    lon0, lon1 = max(lon0 - pad_lon, -180.0), min(lon1 + pad_lon, 180.0)
    y0, y1 = _mercator_y(lat0), _mercator_y(lat1)
    width, height = math.radians(lon1 - lon0), y1 - y0
    if width < 1.2 * height:  # too tall: widen
        extra = math.degrees(1.2 * height - width) / 2
        lon0, lon1 = max(lon0 - extra, -180.0), min(lon1 + extra, 180.0)
    elif width > 2.0 * height:  # too flat: heighten
        extra = (width / 2.0 - height) / 2
        lat0, lat1 = max(_latitude(y0 - extra), -75.0), min(_latitude(y1 + extra), 80.0)
    return (math.floor(lon0 * 2) / 2, math.floor(lat0 * 2) / 2,
            math.ceil(lon1 * 2) / 2, math.ceil(lat1 * 2) / 2)


def as_region(region: MapRegion | str) -> MapRegion:
    """A :class:`MapRegion` itself, or ``"world"`` as :data:`WORLD`; a ValueError else.

    >>> as_region("world") is WORLD
    True
    """
    if isinstance(region, MapRegion):
        return region
    if region == "world":
        return WORLD
    raise ValueError(_("region must be a MapRegion (see map_region) or 'world', got {region}")
                     .format(region=repr(region)))


@cache
def _basemap(box: Box | None) -> Any:
    with warnings.catch_warnings():  # basemap's compiled part, built on an older numpy
        warnings.filterwarnings("ignore", "numpy.ndarray size changed", RuntimeWarning)
        from mpl_toolkits.basemap import Basemap

    if box is None:
        return Basemap(projection="robin", lon_0=0, resolution="c")
    lon0, lat0, lon1, lat1 = box
    return Basemap(projection="merc", llcrnrlon=lon0, llcrnrlat=lat0, urcrnrlon=lon1,
                   urcrnrlat=lat1, resolution="l" if lon1 - lon0 > 12 else "i")


def basemap(region: MapRegion | str = "world") -> Any:
    """The Basemap of a region, made once per box: Mercator for a region, Robinson for the world."""
    return _basemap(as_region(region).box)


def _unit(lat: float, lon: float) -> np.ndarray:
    la, lo = math.radians(lat), math.radians(lon)
    return np.array([math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)])


def great_circle_pieces(lat0: float, lon0: float, lat1: float, lon1: float, *,
                        lon_0: float = 0.0, points: int = 150
                        ) -> list[tuple[np.ndarray, np.ndarray]]:
    """The shorter great circle between two points as ``(lons, lats)`` pieces for a map
    centred on ``lon_0``: cut where it crosses the map's edge (``lon_0 ± 180°``), each
    piece drawn up to the edge. Longitudes stay within 180° of ``lon_0``.

    >>> pieces = great_circle_pieces(39.04, 125.76, 38.91, -77.04)  # Pyongyang, Washington
    >>> len(pieces), [round(float(lons[-1])) for lons, _ in pieces]
    (2, [180, -77])
    >>> len(great_circle_pieces(39.04, 125.76, 38.91, -77.04, lon_0=150))
    1
    """
    a, b = _unit(lat0, lon0), _unit(lat1, lon1)
    omega = math.acos(max(-1.0, min(1.0, float(a @ b))))
    t = np.linspace(0.0, 1.0, points)[:, None]
    if omega < 1e-9:
        xyz = np.repeat(a[None, :], points, axis=0)
    else:
        xyz = (np.sin((1 - t) * omega) * a + np.sin(t * omega) * b) / math.sin(omega)
    lats = np.degrees(np.arcsin(np.clip(xyz[:, 2], -1, 1)))
    rel = (np.degrees(np.arctan2(xyz[:, 1], xyz[:, 0])) - lon_0 + 180) % 360 - 180
    edge = 180 - 1e-7  # on the edge, not wrapped to its other side by the projection
    pieces, lons_, lats_ = [], [rel[0]], [lats[0]]
    for i in range(1, points):
        step = rel[i] - rel[i - 1]
        if abs(step) > 180:  # wrapped: it leaves at one edge and comes back at the other
            side = edge if step < 0 else -edge
            ahead = rel[i] + (360 if step < 0 else -360)
            f = (side - rel[i - 1]) / (ahead - rel[i - 1])
            lat = lats[i - 1] + f * (lats[i] - lats[i - 1])
            pieces.append((np.array([*lons_, side]), np.array([*lats_, lat])))
            lons_, lats_ = [-side], [lat]
        lons_.append(rel[i])
        lats_.append(lats[i])
    pieces.append((np.array(lons_), np.array(lats_)))
    return [(lons + lon_0, lats) for lons, lats in pieces]


def meeting_segments(found: Iterable[Relation], rows: Iterable[EntityRow]
                     ) -> list[tuple[tuple[float, float], tuple[float, float], str, int]]:
    """Lines for meetings: ``((lat, lon), (lat, lon), label, weight)``.

    A meeting with a place joins each side's capital to that place; one without
    joins the two sides' capitals (``weight`` is the number of meetings).
    """
    from ..entities.gazetteer import lookup

    where = {r.entity: r for r in rows}
    segments = []
    for r in found:
        if r.relation != "met":
            continue
        sides = [lookup(r.subject), lookup(r.object)]
        capitals = [capital_of(e.country) if e else None for e in sides]
        if any(c is None or c.coordinates is None for c in capitals):
            continue
        label = f"{short_name(r.subject)}–{short_name(r.object)}"
        place = where.get(r.place) if r.place else None
        if place is not None and place.placed:
            for c in capitals:
                if c.coordinates != (place.lat, place.lon):
                    segments.append((c.coordinates, (place.lat, place.lon), label, 1))
        else:
            segments.append((capitals[0].coordinates, capitals[1].coordinates, label,
                             r.times or 1))
    return segments
