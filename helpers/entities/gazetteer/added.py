"""The entries added in this session (:func:`helpers.entities.gazetteer.add_entry`), and
:func:`gazetteer`: the kit's table plus them, rebuilt once after a change."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from .names import Entry, folded
from .table import Gazetteer, kit_gazetteer

__all__ = [
    "clear_user_entries",
    "depends_on_gazetteer",
    "is_added",
    "known",
    "load_gazetteer",
    "record",
    "user_entries",
]

# Added entries, in order, and their aliases (key → entry, folded → entry): a new
# name is checked against these and the kit's file, so adding one rebuilds nothing.
_USER_ENTRIES: list[Entry] = []
_USER_ALIASES: dict[str, Entry] = {}
_USER_FOLDED: dict[str, Entry] = {}
_F = TypeVar("_F")


@cache
def load_gazetteer() -> Gazetteer:
    """The kit's gazetteer, read once, plus the entries added with :func:`add_entry`.

    >>> len(load_gazetteer()) > 500
    True
    """
    if not _USER_ENTRIES:
        return kit_gazetteer()
    return Gazetteer(_USER_ENTRIES, base=kit_gazetteer())  # rebuilt once after a change


_DEPENDENT_CACHES: list[Callable[[], None]] = [load_gazetteer.cache_clear]


def depends_on_gazetteer(function: _F) -> _F:
    """Mark a cached function (``@cache``) as built from the gazetteer: cleared on change.

    >>> @depends_on_gazetteer
    ... @cache
    ... def how_many() -> int:
    ...     return len(load_gazetteer())
    >>> how_many() == len(kit_gazetteer())
    True
    """
    _DEPENDENT_CACHES.append(function.cache_clear)  # type: ignore[attr-defined]
    return function


def _changed() -> None:
    for clear in _DEPENDENT_CACHES:
        clear()


def known(alias: str, batch: Mapping[str, Entry] = MappingProxyType({})) -> Entry | None:
    """The entry that already has this name (in any accents or case), if any: the kit's,
    an added one, or one of ``batch`` (folded name → entry, the rows being added).

    >>> known("PEKIN").name
    'Pékin'
    """
    kit = kit_gazetteer()
    for index in (kit.by_alias, _USER_ALIASES):
        if (entry := index.get(alias)) is not None:
            return entry
    wanted = folded(alias)
    for index in (kit.by_folded, _USER_FOLDED, batch):
        if (entry := index.get(wanted)) is not None:
            return entry
    return None


def is_added(entry: Entry) -> bool:
    """Whether this very entry was added already (a cell run twice).

    >>> is_added(known("Pékin"))
    False
    """
    return _USER_ALIASES.get(entry.name) == entry


def record(entries: Sequence[Entry]) -> None:
    """Add checked entries for this session (see :func:`helpers.entities.gazetteer.add_entry`).

    >>> from helpers.entities.gazetteer.entry_checks import new_entry
    >>> record([new_entry("Libourne", "LOC", "FR")])
    >>> load_gazetteer().by_alias["Libourne"].country
    'FR'
    >>> clear_user_entries()
    """
    for entry in entries:
        _USER_ENTRIES.append(entry)
        for alias in (entry.name, *entry.aliases):
            _USER_ALIASES[alias] = entry
            _USER_FOLDED.setdefault(folded(alias), entry)
    if entries:
        _changed()  # caches are cleared, not rebuilt: the gazetteer is rebuilt once, on use


def user_entries() -> tuple[Entry, ...]:
    """The entries added with :func:`add_entry` in this session.

    >>> user_entries()
    ()
    """
    return tuple(_USER_ENTRIES)


def clear_user_entries() -> None:
    """Forget the entries added with :func:`add_entry`: back to the kit's gazetteer.

    >>> clear_user_entries()
    >>> load_gazetteer() is kit_gazetteer()
    True
    """
    _USER_ENTRIES.clear()
    _USER_ALIASES.clear()
    _USER_FOLDED.clear()
    _changed()
