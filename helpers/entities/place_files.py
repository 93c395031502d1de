"""Reading the kit's place files: ``helpers/data/places.tsv`` and ``towns.tsv.gz``.

Both are built by ``scripts/build_places.py``; :func:`load_places` reads them once.

>>> len(read_places(towns=None)) > 1000
True
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from .place_table import ALIAS_COLUMNS, COLUMNS, KINDS, OTHER_COLUMNS, TOWN_COLUMNS, Places

__all__ = ["PLACES_PATH", "TOWNS_PATH", "load_places", "read_places"]

PLACES_PATH = Path(__file__).resolve().parents[1] / "data" / "places.tsv"
TOWNS_PATH = Path(__file__).resolve().parents[1] / "data" / "towns.tsv.gz"


def read_places(path: str | Path = PLACES_PATH,
                towns: str | Path | None = TOWNS_PATH) -> Places:
    """Read a places file and a towns file (the kit's by default; :func:`load_places`
    caches them). ``towns=None`` reads no towns.

    >>> places = read_places(towns=None)
    >>> [p.kind for p in places.candidates("Loire")]
    ['river', 'department']
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    if not rows or rows[0] != COLUMNS:
        raise ValueError(f"{path}: expected the header {COLUMNS} after the comments")
    for number, cells in enumerate(rows[1:], 2):
        if len(cells) != len(COLUMNS) or cells[2] not in KINDS:
            raise ValueError(f"{path}: row {number} should have {len(COLUMNS)} columns "
                             f"and a kind among {KINDS}: {cells}")
    return Places(rows[1:], _read_towns(Path(towns)) if towns is not None else None)


def _read_towns(path: Path) -> dict[str, list[str]]:
    """The columns of a towns file (see scripts/build_places.py): name → values."""
    data = path.read_bytes()
    lines = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8").split("\n")
    at = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    shape = lines[at].split("\t") if at < len(lines) else []
    if len(shape) != 4 or shape[0] != "rows" or not "".join(shape[1:]).isdigit():
        raise ValueError(f"{path}: expected a line 'rows<TAB>towns<TAB>aliases<TAB>others' "
                         "after the comments")
    columns = {}
    for names, size in zip((TOWN_COLUMNS, ALIAS_COLUMNS, OTHER_COLUMNS), map(int, shape[1:]),
                           strict=True):
        for name in names:
            if at + 1 >= len(lines) or lines[at + 1] != f"## {name}":
                raise ValueError(f"{path}: expected the column '## {name}' on line {at + 2}")
            columns[name] = lines[at + 2:at + 2 + size]
            at += 1 + size
    return columns


@cache
def load_places() -> Places:
    """The kit's places, read once from ``helpers/data/places.tsv`` and
    ``helpers/data/towns.tsv.gz``.

    >>> len(load_places()) > 30000
    True
    """
    return read_places()

