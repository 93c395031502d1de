"""The gazetteer: known names, read from the one data file ``helpers/data/gazetteer.tsv``.

Each row is one entity: its canonical name, label (PER, LOC, ORG, MISC), kind
(country, capital, person …), country code, coordinates, aliases and, for a
country, its demonyms (*russe*, *colombienne* …). The file is read once, on
first use; looking a name up is a dictionary access.

>>> entry = lookup("Poutine")
>>> entry.name, entry.label, entry.country
('Vladimir Poutine', 'PER', 'RU')
>>> lookup("Etats-Unis").name, lookup("Pékin").kind
('États-Unis', 'capital')
>>> lookup("Vladivostok").coordinates
(43.12, 131.89)
>>> lookup("Atlantide") is None
True

A name typed without its accents or capitals is found all the same, and a
misspelt one gets a "did you mean …?" from :func:`suggest`:

>>> lookup("pekin").name, suggest("Pyongyan")
('Pékin', ['Pyongyang'])

Your own names, without editing the data file: :func:`add_entry` adds a row for
this session (the kit's file is left untouched), :func:`add_entries` adds many,
:func:`clear_user_entries` removes them.

>>> _ = add_entry("Atlantide", "LOC", kind="city", lat=36.4, lon=25.4)
>>> lookup("Atlantide").coordinates
(36.4, 25.4)
>>> clear_user_entries()
>>> lookup("Atlantide") is None
True
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from .collation import did_you_mean

__all__ = ["GAZETTEER_PATH", "Entry", "Gazetteer", "add_entries", "add_entry",
           "clear_user_entries", "country_codes", "demonym_of", "gazetteer", "key", "lookup",
           "suggest", "user_entries"]

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.tsv"
LABELS = ("PER", "LOC", "ORG", "MISC")
_COLUMNS = ["name", "label", "kind", "country", "lat", "lon", "aliases", "demonyms"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the gazetteer."""

    name: str
    label: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """``(latitude, longitude)`` in degrees, or None."""
        if self.lat is None or self.lon is None:
            return None
        return (self.lat, self.lon)


def key(name: str) -> str:
    """The look-up form of a name: NFC, one apostrophe (’), single spaces.

    Case and accents are kept: in a text, "Guerre froide" is a name, "guerre
    froide" is not (the extractor matches this form; :func:`lookup`, for a name
    someone types, also forgives case and accents).

    >>> key("Côte d'Ivoire") == key("Côte d’Ivoire")
    True
    """
    name = unicodedata.normalize("NFC", name).replace("'", "’").replace("\u2018", "’")
    return " ".join(name.split())


def folded(name: str) -> str:
    """Case- and accent-folded look-up form, for names in ALL-CAPS lines.

    >>> folded("ÉTATS-UNIS") == folded("Etats-Unis")
    True
    """
    decomposed = unicodedata.normalize("NFD", key(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Gazetteer:
    """All entries, with dictionaries from each alias (exact and folded) to its entry.

    ``Gazetteer(entries, base)`` adds ``entries`` to an existing gazetteer: the
    base's dictionaries are copied, not rebuilt, so adding names stays fast.
    """

    def __init__(self, entries: Iterable[Entry], base: Gazetteer | None = None) -> None:
        new = tuple(entries)
        self.entries = (base.entries if base else ()) + new
        by_alias: dict[str, Entry] = dict(base.by_alias) if base else {}
        added: dict[str, Entry] = {}
        for entry in new:
            for alias in (entry.name, *entry.aliases):
                other = by_alias.get(key(alias))
                if other is not None and other is not entry:
                    raise ValueError(
                        f"gazetteer: the alias {alias!r} names both {other.name!r} and "
                        f"{entry.name!r}; keep it on one row only"
                    )
                by_alias[key(alias)] = added[key(alias)] = entry
        self.by_alias = MappingProxyType(by_alias)
        by_folded: dict[str, Entry] = dict(base.by_folded) if base else {}
        for alias, entry in sorted(added.items()):
            by_folded.setdefault(folded(alias), entry)
        self.by_folded = MappingProxyType(by_folded)
        names = set(by_folded)
        demonyms: dict[str, Entry] = {}
        for word, entry in (base.demonyms.items() if base else ()):
            if folded(word) not in names:
                demonyms[word] = entry
        for entry in new:
            for word in entry.demonyms:
                if folded(word) not in names:  # "Suisse", "Philippines" stay names
                    demonyms.setdefault(word, entry)
        self.demonyms = MappingProxyType(demonyms)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self.entries)} entries, {len(self.by_alias)} aliases>"


def _number(text: str, column: str, line: int) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(
            f"gazetteer line {line}: {column} should be a number, got {text!r}"
        ) from None


def read_gazetteer(path: str | Path = GAZETTEER_PATH) -> Gazetteer:
    """Read a gazetteer file (the kit's by default; ``gazetteer()`` caches it)."""
    entries: list[Entry] = []
    header_seen = False
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != _COLUMNS:
                raise ValueError(f"gazetteer line {number}: expected the header {_COLUMNS}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise ValueError(
                f"gazetteer line {number}: {len(cells)} columns instead of {len(_COLUMNS)}"
            )
        name, label, kind, country, lat, lon, aliases, demonyms = cells
        if label not in LABELS:
            raise ValueError(f"gazetteer line {number}: label {label!r} not in {LABELS}")
        if country and not (len(country) == 2 and country.isupper()):
            raise ValueError(f"gazetteer line {number}: {country!r} is not an ISO alpha-2 code")
        entries.append(Entry(
            name, label, kind, country or None,
            _number(lat, "lat", number), _number(lon, "lon", number),
            tuple(a for a in aliases.split("|") if a),
            tuple(d for d in demonyms.split("|") if d),
        ))
    return Gazetteer(entries)


@cache
def _kit_gazetteer() -> Gazetteer:
    return read_gazetteer()


@cache
def gazetteer() -> Gazetteer:
    """The kit's gazetteer, read once, plus the entries added with :func:`add_entry`.

    >>> len(gazetteer()) > 500
    True
    """
    if not _USER_ENTRIES:
        return _kit_gazetteer()
    return Gazetteer(_USER_ENTRIES, base=_kit_gazetteer())  # rebuilt once after a change


# ------------------------------------------------------------------ user-level entries

# Added entries, in order, and their aliases (key → entry, folded → entry): a new
# name is checked against these and the kit's file, so adding one rebuilds nothing.
_USER_ENTRIES: list[Entry] = []
_USER_ALIASES: dict[str, Entry] = {}
_USER_FOLDED: dict[str, Entry] = {}
_DEPENDENT_CACHES: list[Callable[[], None]] = [gazetteer.cache_clear]
_F = TypeVar("_F")

#: The kind a new entry gets from its label when ``kind`` is not given.
DEFAULT_KINDS = {"PER": "person", "LOC": "city", "ORG": "organisation", "MISC": "event"}


def depends_on_gazetteer(function: _F) -> _F:
    """Mark a cached function (``@cache``) as built from the gazetteer: cleared on change."""
    _DEPENDENT_CACHES.append(function.cache_clear)  # type: ignore[attr-defined]
    return function


def _changed() -> None:
    for clear in _DEPENDENT_CACHES:
        clear()


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the kit knows a country for (its gazetteer's
    countries and those of the world places, ``helpers/data/places.tsv``).

    >>> {"FR", "KP", "GL"} <= country_codes(), "ZZ" in country_codes()
    (True, False)
    """
    from .places import load_places

    codes = {e.country for e in _kit_gazetteer().entries if e.kind == "country" and e.country}
    codes.update(p.country for p in load_places().places if p.kind == "country" and p.country)
    return frozenset(codes)


@cache
def _not_names() -> frozenset[str]:
    from .entities import STOPWORDS
    from .frequency import french_stopwords
    from .normalize import normalize

    return frozenset(french_stopwords() | {normalize(w) for w in STOPWORDS})


def _check_name(name: object, what: str) -> str:
    """``name`` in its look-up form, if it can name something; else a ValueError that says why."""
    if not isinstance(name, str) or not name.strip():
        raise TypeError(f"add_entry() needs the {what} as a non-empty str, got {name!r}")
    from .normalize import normalize

    name = key(name)
    letters = [c for c in name if c.isalpha()]
    if not letters:
        raise ValueError(f"add_entry(): the {what} {name!r} has no letter; give a name such as "
                         "'Libourne'")
    if len(letters) == 1:
        raise ValueError(f"add_entry(): the {what} {name!r} is a single letter, which would match "
                         "any initial; give the whole name, e.g. 'Hélène Marchand'")
    if normalize(name) in _not_names():
        raise ValueError(f"add_entry(): the {what} {name!r} is a French grammatical word (a "
                         "stopword): every one in a text would become a name. Give a name "
                         "such as 'Libourne'")
    if not any(c.isupper() for c in letters):
        raise ValueError(f"add_entry(): the {what} {name!r} has no capital letter; write it as a "
                         f"text does, e.g. {name[:1].upper() + name[1:]!r} or an acronym "
                         "such as 'ONU'")
    return name


def _check_country(country: object) -> str | None:
    if country is None or country == "":
        return None
    if isinstance(country, str) and country.upper() in country_codes():
        return country.upper()
    hint = ""
    if isinstance(country, str) and (named := lookup(country)) is not None and named.country:
        hint = f": {country!r} is {named.country!r}"  # "France" → 'FR'
    elif isinstance(country, str) and len(country) == 2 and country.isalpha():
        hint = f": {country!r} is no country's code"
    raise ValueError(f"add_entry(): country must be an ISO 3166-1 alpha-2 code such as 'FR' "
                     f"or 'KP', got {country!r}{hint}")


def _degrees(value: object, name: str, limit: int) -> float | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise TypeError
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        example = "44.92" if name == "lat" else "-0.24"
        raise ValueError(f"add_entry(): {name} must be a number of degrees such as {example}, "
                         f"got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"add_entry(): {name} must be a finite number of degrees, got {value!r}")
    if not -limit <= number <= limit:
        ends = "south) and 90 (north" if name == "lat" else "west) and 180 (east"
        swapped = "; are lat and lon swapped? lat comes first" if abs(number) <= 180 else ""
        raise ValueError(f"add_entry(): {name} must be between -{limit} ({ends}) degrees, "
                         f"got {value!r}{swapped}")
    return number


def _names(value: object, what: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split("|")  # "Tombouctou-Ville|Tombouctou": the data file's way
    if not isinstance(value, Iterable):
        raise TypeError(f"add_entry(): {what} should be a list of str, got {value!r}")
    return tuple(value)


def _entry(name: object, label: object, country: object = None, *, aliases: object = (),
           lat: object = None, lon: object = None, kind: object = None,
           demonyms: object = ()) -> Entry:
    """A new, checked entry (not yet added)."""
    name = _check_name(name, "name")
    if label not in LABELS:
        hint = f": write it {label.upper()!r}" if str(label).upper() in LABELS else ""
        raise ValueError(f"add_entry(): label must be one of {LABELS}, got {label!r}{hint}")
    code = _check_country(country)
    y, x = _degrees(lat, "lat", 90), _degrees(lon, "lon", 180)
    if (y is None) != (x is None):
        raise ValueError("add_entry(): give both lat and lon, or neither")
    if kind == "":
        kind = None
    if kind is not None and not (isinstance(kind, str) and kind.strip()):
        raise ValueError(f"add_entry(): kind should be a word such as 'city', got {kind!r}")
    words = _names(demonyms, "demonyms")
    if any(not isinstance(w, str) or not any(c.isalpha() for c in w) for w in words):
        raise ValueError(f"add_entry(): demonyms should be words such as 'russe', got {words!r}")
    return Entry(name, label, kind or DEFAULT_KINDS[label], code, y, x,
                 tuple(dict.fromkeys(_check_name(a, "alias") for a in
                                     _names(aliases, "aliases"))),
                 tuple(w.lower() for w in words))


def _known(alias: str, batch: Mapping[str, Entry] = MappingProxyType({})) -> Entry | None:
    """The entry that already has this name (in any accents or case), if any: the kit's,
    an added one, or one of ``batch`` (folded name → entry, the rows being added)."""
    kit = _kit_gazetteer()
    for index in (kit.by_alias, _USER_ALIASES):
        if (entry := index.get(alias)) is not None:
            return entry
    wanted = folded(alias)
    for index in (kit.by_folded, _USER_FOLDED, batch):
        if (entry := index.get(wanted)) is not None:
            return entry
    return None


def _is_added(entry: Entry) -> bool:
    """Whether this very entry was added already (a cell run twice)."""
    return _USER_ALIASES.get(entry.name) == entry


def _check_new(entry: Entry, batch: Mapping[str, Entry]) -> None:
    """Refuse a name or alias that the gazetteer, or the rows before it, already have."""
    for alias in (entry.name, *entry.aliases):
        known = _known(alias, batch)
        if known is None:
            continue
        names = (known.name, *known.aliases)
        written = alias if alias in names else next(
            (a for a in names if folded(a) == folded(alias)), known.name)
        spelt = "" if written == alias else f" written {written!r}"
        raise ValueError(f"add_entry(): the gazetteer already knows {alias!r}{spelt} "
                         f"(as {known.name!r}, {known.label}); add_entry adds new names only. "
                         "To undo the names you added in this session and start again, run "
                         "clear_user_entries() (from helpers.gazetteer).")


def _add(entries: Sequence[Entry]) -> None:
    for entry in entries:
        _USER_ENTRIES.append(entry)
        for alias in (entry.name, *entry.aliases):
            _USER_ALIASES[alias] = entry
            _USER_FOLDED.setdefault(folded(alias), entry)
    if entries:
        _changed()  # caches are cleared, not rebuilt: the gazetteer is rebuilt once, on use


def _row(row: Any) -> Entry:
    """The entry of one row of :func:`add_entries` (a mapping or a sequence)."""
    if isinstance(row, Mapping):
        return _entry(**row)
    if isinstance(row, Sequence) and not isinstance(row, str) and 2 <= len(row) <= 5:
        return _entry(*row[:3], **dict(zip(("lat", "lon"), row[3:], strict=False)))
    raise TypeError(f"a row is (name, label, country, lat, lon) or a dict of add_entry's "
                    f"arguments, got {row!r}")


def add_entries(rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> list[Entry]:
    """Add many names at once: each row is what :func:`add_entry` takes.

    A row is a mapping of ``add_entry``'s arguments (``name``, ``label``,
    ``country``, ``lat``, ``lon``, ``aliases``, ``kind``, ``demonyms``: a row of
    ``csv.DictReader`` will do, an empty cell meaning none) or a sequence
    ``(name, label, country, lat, lon)`` whose last items may be left out.
    Every row is checked first: one bad row adds nothing, and the message says
    which row. Rows added already are skipped. Returns the entries added.

    >>> [e.name for e in add_entries([("Libourne", "LOC", "FR", 44.92, -0.24),
    ...                               {"name": "Hélène Marchand", "label": "PER"}])]
    ['Libourne', 'Hélène Marchand']
    >>> lookup("libourne").coordinates
    (44.92, -0.24)
    >>> clear_user_entries()
    """
    if isinstance(rows, (str, Mapping)) or not isinstance(rows, Iterable):
        raise TypeError("add_entries() takes a list of rows, e.g. [('Libourne', 'LOC', 'FR')]; "
                        "for one name use add_entry()")
    batch: dict[str, Entry] = {}  # folded name → entry, for a name given twice in the rows
    entries: list[Entry] = []
    seen: set[Entry] = set()
    for number, row in enumerate(rows, 1):
        try:
            entry = _row(row)
            if _is_added(entry) or entry in seen:
                continue
            _check_new(entry, batch)
        except (TypeError, ValueError) as error:
            raise type(error)(f"add_entries(), row {number}: "
                              f"{str(error).removeprefix('add_entry(): ')}") from None
        batch.update((folded(a), entry) for a in (entry.name, *entry.aliases))
        entries.append(entry)
        seen.add(entry)
    _add(entries)
    return entries


def add_entry(name: str, label: str, country: str | None = None, *,
              aliases: Iterable[str] | str = (), lat: float | None = None,
              lon: float | None = None, kind: str | None = None,
              demonyms: Iterable[str] | str = ()) -> Entry:
    """Add a name to the gazetteer for this session, without editing the kit's data file.

    ``label`` is PER, LOC, ORG or MISC; ``country`` an ISO 3166-1 alpha-2 code
    ("FR"); ``lat`` and ``lon`` in degrees (-90 to 90, -180 to 180); ``kind``
    defaults from the label (person, city, organisation, event). A name (and
    each alias) is written as a text writes it: with a capital letter or as an
    acronym, more than one letter, and not a grammatical word such as "le"
    (every "le" of a text would become a name). From now on :func:`lookup`,
    ``extract_entities`` and the linking know the name. A name or alias the
    gazetteer already has (in any accents or case) is refused; adding the very
    same entry again does nothing, so a cell can be re-run. Many names at once:
    :func:`add_entries`. :func:`clear_user_entries` forgets every added entry.

    >>> entry = add_entry("Tombouctouville", "LOC", "ML", aliases=["Tombouctou-Ville"])
    >>> lookup("Tombouctou-Ville").name, lookup("Tombouctou-Ville").kind
    ('Tombouctouville', 'city')
    >>> add_entry("pékin", "LOC", "CN")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: add_entry(): the name 'pékin' has no capital letter; write it as a text does...
    >>> add_entry("PÉKIN", "LOC", "CN")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: add_entry(): the gazetteer already knows 'PÉKIN' written 'Pékin' (as 'Pékin', ...
    >>> clear_user_entries()
    """
    entry = _entry(name, label, country, aliases=aliases, lat=lat, lon=lon, kind=kind,
                   demonyms=demonyms)
    if not _is_added(entry):
        _check_new(entry, {})
        _add([entry])
    return entry


def user_entries() -> tuple[Entry, ...]:
    """The entries added with :func:`add_entry` in this session."""
    return tuple(_USER_ENTRIES)


def clear_user_entries() -> None:
    """Forget the entries added with :func:`add_entry`: back to the kit's gazetteer."""
    _USER_ENTRIES.clear()
    _USER_ALIASES.clear()
    _USER_FOLDED.clear()
    _changed()


def lookup(name: str) -> Entry | None:
    """The entry a name (or alias) refers to, or None (then :func:`suggest` may help).

    Accents, case and the kind of apostrophe do not matter, as in a search box;
    a name written exactly as in the gazetteer wins.

    >>> lookup("Côte d'Ivoire").country
    'CI'
    >>> lookup("Pekin").name, lookup("PYONGYANG").name, lookup("etats-unis").name
    ('Pékin', 'Pyongyang', 'États-Unis')
    >>> lookup("Pyongyan") is None
    True
    """
    if not isinstance(name, str):
        raise TypeError(f"lookup() needs a name as a str, got {type(name).__name__}")
    found = gazetteer()
    entry = found.by_alias.get(key(name))
    return entry if entry is not None else found.by_folded.get(folded(name))


def suggest(name: str, n: int = 3) -> list[str]:
    """Names the gazetteer knows that are close to ``name``: "did you mean …?".

    >>> suggest("Pyongyan"), suggest("Vladivostock")
    (['Pyongyang'], ['Vladivostok'])
    >>> suggest("Atlantide")
    []
    """
    if not isinstance(name, str):
        raise TypeError(f"suggest() needs a name as a str, got {type(name).__name__}")
    found = gazetteer()
    return did_you_mean(name, [*(e.name for e in found.entries), *found.by_alias], n=n)


def demonym_of(word: str) -> Entry | None:
    """The country whose inhabitants ``word`` names (any case), or None.

    >>> demonym_of("Nord-Coréen").name, demonym_of("russes").name
    ('Corée du Nord', 'Russie')
    >>> demonym_of("Suisse") is None  # the country's name wins
    True
    """
    return gazetteer().demonyms.get(word.lower())
