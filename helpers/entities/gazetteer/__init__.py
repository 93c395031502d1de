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

One module per part: :mod:`~helpers.entities.gazetteer.names` (an entry, look-up forms),
:mod:`~helpers.entities.gazetteer.table` (the kit's file), :mod:`~helpers.entities.gazetteer.added`
(this session's entries), :mod:`~helpers.entities.gazetteer.queries` (looking names up),
:mod:`~helpers.entities.gazetteer.entry_checks` and :mod:`~helpers.entities.gazetteer.adding`
(adding names).
"""

from .added import clear_user_entries, depends_on_gazetteer, load_gazetteer, user_entries
from .adding import add_entries, add_entry
from .entry_checks import DEFAULT_KINDS
from .names import LABELS, Entry, folded, key
from .queries import country_codes, demonym_of, lookup, suggest
from .table import GAZETTEER_PATH, Gazetteer, read_gazetteer

__all__ = [
           "DEFAULT_KINDS",
           "GAZETTEER_PATH",
           "LABELS",
           "Entry",
           "Gazetteer",
           "add_entries",
           "add_entry",
           "clear_user_entries",
           "country_codes",
           "demonym_of",
           "depends_on_gazetteer",
           "folded",
           "key",
           "load_gazetteer",
           "lookup",
           "read_gazetteer",
           "suggest",
           "user_entries",
]
