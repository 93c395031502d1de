"""The kit's gazetteer file, ``helpers/data/gazetteer.tsv``, read into a :class:`Gazetteer`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import MappingProxyType

from ...translation import gettext as _
from .names import LABELS, Entry, folded, key

__all__ = ["GAZETTEER_PATH", "Gazetteer", "kit_gazetteer", "read_gazetteer"]

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "data" / "gazetteer.tsv"
_COLUMNS = ["name", "label", "kind", "country", "lat", "lon", "aliases", "demonyms"]


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
                    raise ValueError(_(
                        "gazetteer: the alias {alias!r} names both {name!r} and "
                        "{other!r}; keep it on one row only"
                    ).format(alias=alias, name=other.name, other=entry.name))
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
        return _("<Gazetteer: {entries} entries, {aliases} aliases>").format(
            entries=len(self.entries), aliases=len(self.by_alias))


def _number(text: str, column: str, line: int) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(_("gazetteer line {line}: {column} should be a number, got {text!r}")
                         .format(line=line, column=column, text=text)) from None


def read_gazetteer(path: str | Path = GAZETTEER_PATH) -> Gazetteer:
    """Read a gazetteer file (the kit's by default; ``load_gazetteer()`` caches it).

    >>> read_gazetteer().by_alias["Poutine"].name
    'Vladimir Poutine'
    """
    entries: list[Entry] = []
    header_seen = False
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != _COLUMNS:
                raise ValueError(_("gazetteer line {line}: expected the header {columns}")
                                 .format(line=number, columns=_COLUMNS))
            header_seen = True
            continue
        entries.append(_entry(cells, number))
    return Gazetteer(entries)


def _entry(cells: list[str], number: int) -> Entry:
    """The entry of one row (line ``number``), checked."""
    if len(cells) != len(_COLUMNS):
        raise ValueError(_("gazetteer line {line}: {found} columns instead of {expected}")
                         .format(line=number, found=len(cells), expected=len(_COLUMNS)))
    name, label, kind, country, lat, lon, aliases, demonyms = cells
    if label not in LABELS:
        raise ValueError(_("gazetteer line {line}: label {label!r} not in {labels}")
                         .format(line=number, label=label, labels=LABELS))
    if country and not (len(country) == 2 and country.isupper()):
        raise ValueError(_("gazetteer line {line}: {country!r} is not an ISO alpha-2 code")
                         .format(line=number, country=country))
    return Entry(
        name, label, kind, country or None,
        _number(lat, "lat", number), _number(lon, "lon", number),
        tuple(a for a in aliases.split("|") if a),
        tuple(d for d in demonyms.split("|") if d),
    )


@cache
def kit_gazetteer() -> Gazetteer:
    """The kit's own gazetteer (without the entries added in this session), read once.

    >>> len(kit_gazetteer()) > 500
    True
    """
    return read_gazetteer()
