"""Reading the kit's tab-separated word lists and tables (``helpers/data/*.tsv``, the seeds' gold).

Every such file has ``#`` comment lines saying what it is and where it comes from, then a
header line naming the columns, then one row per line.

>>> data_rows("map_regions.tsv")[0][:2]
['Europe', '']
"""

from __future__ import annotations

from pathlib import Path

from .translation import gettext as _

DATA = Path(__file__).resolve().parent / "data"


def data_rows(name: str | Path, columns: list[str] | None = None) -> list[list[str]]:
    """The rows of a data file as lists of cells: comments, blank lines and the header left out.

    ``name`` is a file of ``helpers/data/`` or a path; with ``columns``, the header must
    be exactly those (a ``ValueError`` names the file otherwise).

    >>> data_rows("ambiguous_names.tsv")[0][0]
    'Washington'
    """
    path = DATA / name
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    if columns is not None and (not lines or lines[0].split("\t") != columns):
        raise ValueError(_("{file}: expected the header {columns}")
                         .format(file=path.name, columns=columns))
    return [line.split("\t") for line in lines[1:]]
