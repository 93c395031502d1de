"""Your own names, for this session: :func:`add_entry` and :func:`add_entries`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ...translation import gettext as _
from .added import is_added, known, record
from .entry_checks import new_entry
from .names import Entry, folded

__all__ = ["add_entries", "add_entry"]

# A message's "add_entry(): ", in English or with French spacing (no-break space before ":").
_PREFIX = re.compile(r"^add_entry\(\)\s?:\s")


def _check_new(entry: Entry, batch: Mapping[str, Entry]) -> None:
    """Refuse a name or alias that the gazetteer, or the rows before it, already have."""
    for alias in (entry.name, *entry.aliases):
        other = known(alias, batch)
        if other is None:
            continue
        names = (other.name, *other.aliases)
        written = alias if alias in names else next(
            (a for a in names if folded(a) == folded(alias)), other.name)
        message = _(
            "add_entry(): the gazetteer already knows {alias!r} (as {name!r}, {label}); "
            "add_entry adds new names only. To undo the names you added in this session and "
            "start again, run clear_user_entries() (from helpers.entities.gazetteer)."
        ) if written == alias else _(
            "add_entry(): the gazetteer already knows {alias!r} written {written!r} (as "
            "{name!r}, {label}); add_entry adds new names only. To undo the names you added in "
            "this session and start again, run clear_user_entries() (from "
            "helpers.entities.gazetteer)."
        )
        raise ValueError(message.format(alias=alias, written=written, name=other.name,
                                        label=other.label))


def _row(row: Any) -> Entry:
    """The entry of one row of :func:`add_entries` (a mapping or a sequence)."""
    if isinstance(row, Mapping):
        return new_entry(**row)
    if isinstance(row, Sequence) and not isinstance(row, str) and 2 <= len(row) <= 5:
        return new_entry(*row[:3], **dict(zip(("lat", "lon"), row[3:], strict=False)))
    raise TypeError(_("a row is (name, label, country, lat, lon) or a dict of add_entry's "
                      "arguments, got {row!r}").format(row=row))


def add_entries(rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> list[Entry]:
    """Add many names at once: each row is what :func:`add_entry` takes.

    A row is a mapping of ``add_entry``'s arguments (``name``, ``label``,
    ``country``, ``lat``, ``lon``, ``aliases``, ``kind``, ``demonyms``: a row of
    ``csv.DictReader`` will do, an empty cell meaning none) or a sequence
    ``(name, label, country, lat, lon)`` whose last items may be left out.
    Every row is checked first: one bad row adds nothing, and the message says
    which row. Rows added already are skipped. Returns the entries added.

    >>> from helpers.entities.gazetteer import clear_user_entries, lookup
    >>> [e.name for e in add_entries([("Libourne", "LOC", "FR", 44.92, -0.24),
    ...                               {"name": "Hélène Marchand", "label": "PER"}])]
    ['Libourne', 'Hélène Marchand']
    >>> lookup("libourne").coordinates
    (44.92, -0.24)
    >>> clear_user_entries()
    """
    if isinstance(rows, (str, Mapping)) or not isinstance(rows, Iterable):
        raise TypeError(_("add_entries() takes a list of rows, e.g. [('Libourne', 'LOC', "
                          "'FR')]; for one name use add_entry()"))
    batch: dict[str, Entry] = {}  # folded name → entry, for a name given twice in the rows
    entries: list[Entry] = []
    seen: set[Entry] = set()
    for number, row in enumerate(rows, 1):
        try:
            entry = _row(row)
            if is_added(entry) or entry in seen:
                continue
            _check_new(entry, batch)
        except (TypeError, ValueError) as error:
            raise type(error)(_("add_entries(), row {number}: {problem}").format(
                number=number, problem=_PREFIX.sub("", str(error), count=1))) from None
        batch.update((folded(a), entry) for a in (entry.name, *entry.aliases))
        entries.append(entry)
        seen.add(entry)
    record(entries)
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

    >>> from helpers.entities.gazetteer import clear_user_entries, lookup
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
    entry = new_entry(name, label, country, aliases=aliases, lat=lat, lon=lon, kind=kind,
                   demonyms=demonyms)
    if not is_added(entry):
        _check_new(entry, {})
        record([entry])
    return entry
