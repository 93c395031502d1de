"""The kit's tables as a pandas DataFrame or a CSV file, for a project or a spreadsheet.

A table is what the lessons print as rows: word counts (``helpers.frequency.count``, or
``(word, count)`` pairs such as ``report.top_lemmas``), keyness rows (``keyness``,
``report.keywords``) and entity rows (``report.entities``). pandas is loaded only when a
function here runs, so ``import helpers`` stays light.

>>> from helpers import load_article, tokenize
>>> from helpers.frequency import count
>>> counts = count(tokenize(load_article().text), casefold=True, punctuation=False)
>>> to_dataframe(counts).head(3)
  word  count
0   la     18
1   de     17
2    à     11

Saving to a file (here in a temporary folder; in a lesson, next to the notebook):

>>> import tempfile
>>> from pathlib import Path
>>> from helpers.frequency.keywords import keyness
>>> saved = to_csv(keyness(counts, n=2), Path(tempfile.mkdtemp()) / "keywords.csv")
>>> print(saved.read_text(encoding="utf-8"), end="")
word,count,per_million,french_per_million,log_ratio
dénucléarisation,2,5571.03,0.126,15.4322
pyongyang,4,11142.1,1.35,13.0108
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frequency.counts import most_common
from .translation import gettext as _

if TYPE_CHECKING:  # pragma: no cover - pandas is imported when a function runs
    import pandas

__all__ = ["to_csv", "to_dataframe"]

#: Column names of a word count (a Counter, or (word, count) pairs).
COUNT_COLUMNS = ("word", "count")
#: How floats are written to CSV: 6 significant digits, enough to read, short to look at.
FLOAT_FORMAT = "%.6g"


def _row_fields(row: Any) -> dict[str, Any] | None:
    """The named fields of a dataclass or named-tuple row, else None."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
    if isinstance(row, tuple) and hasattr(row, "_fields"):
        return dict(zip(row._fields, row, strict=True))
    return None


def _records(table: Any) -> tuple[list[Any], list[str] | None]:
    """(rows, column names or None) of one of the kit's tables."""
    if isinstance(table, Mapping):
        return [list(pair) for pair in most_common(table)], list(COUNT_COLUMNS)
    if isinstance(table, str | bytes) or not isinstance(table, Sequence | tuple):
        raise TypeError(_(
            "to_dataframe() takes one of the kit's tables: a word count (count(...)), "
            "(word, count) pairs (report.top_lemmas), keyness rows (keyness(...)) or "
            "entity rows (report.entities); got {kind}.").format(kind=type(table).__name__))
    rows = list(table)
    if not rows:
        return [], None
    named = [_row_fields(row) for row in rows]
    if all(fields is not None for fields in named):
        return named, None
    if all(isinstance(row, tuple | list) for row in rows):
        width = {len(row) for row in rows}
        if width == {2}:
            return [list(row) for row in rows], list(COUNT_COLUMNS)
        if len(width) == 1:
            return [list(row) for row in rows], [f"column {n}" for n in range(1, width.pop() + 1)]
    raise TypeError(_("to_dataframe() needs rows of one kind: all keyness rows, all entity "
                      "rows, or all (word, count) pairs."))


def to_dataframe(table: Any, columns: Sequence[str] | None = None) -> pandas.DataFrame:
    """One of the kit's tables as a pandas DataFrame, a row per item, in the kit's order.

    A word count (a ``Counter``) is sorted most frequent first, ties in French alphabetical
    order; a list keeps its order. ``columns`` renames the columns; a DataFrame is given back
    as it is.

    >>> from helpers import load_article
    >>> from helpers.reporting import report
    >>> rows = to_dataframe(report(load_article()).entities)
    >>> rows[["entity", "type", "country", "mentions", "paragraphs"]].head(2)
            entity type country  mentions    paragraphs
    0  Kim Jong-un  PER      KP         4  (1, 3, 4, 5)
    1    Pyongyang  LOC      KP         4     (2, 3, 5)
    >>> to_dataframe({"Russie": 10, "Corée du Nord": 10}, columns=["country", "mentions"])
             country  mentions
    0  Corée du Nord        10
    1         Russie        10
    """
    import pandas

    if isinstance(table, pandas.DataFrame):
        frame = table
    else:
        rows, names = _records(table)
        frame = pandas.DataFrame(rows, columns=names)
    if columns is not None:
        if len(columns) != len(frame.columns):
            raise ValueError(_("columns= gives {given} names for a table of {n} columns: "
                               "{columns}").format(given=len(columns), n=len(frame.columns),
                                                   columns=list(frame.columns)))
        frame = frame.set_axis(list(columns), axis="columns")
    return frame


def _as_text(value: Any) -> Any:
    """A cell for a CSV file: a tuple of paragraphs (1, 3, 4) becomes "1 3 4"."""
    if isinstance(value, tuple | list | set | frozenset):
        return " ".join(str(item) for item in value)
    return value


def to_csv(table: Any, path: str | os.PathLike[str], *, excel: bool = False,
           columns: Sequence[str] | None = None, sep: str = ",") -> Path:
    """Write one of the kit's tables to ``path`` as CSV (UTF-8), a header line first.

    ``excel=True`` starts the file with a byte-order mark, so that Excel reads the
    accents right (without it, *dénucléarisation* shows as *dÃ©nuclÃ©arisation*). A
    French-language Excel also expects ``sep=";"``. Lists in a cell (an entity's
    paragraphs) are written with spaces, ``1 3 4``; an existing file is replaced.
    Returns the path written.

    >>> import tempfile
    >>> from pathlib import Path
    >>> saved = to_csv([("kim", 5), ("péninsule", 5)], Path(tempfile.mkdtemp()) / "top.csv",
    ...                excel=True)
    >>> saved.read_bytes()[:3] == b"\\xef\\xbb\\xbf", saved.read_text(encoding="utf-8-sig")
    (True, 'word,count\\nkim,5\\npéninsule,5\\n')
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(_("{path} is a folder: give a file name, e.g. {example}").format(
            path=repr(str(path)), example=repr(str(path / "table.csv"))))
    if not path.parent.is_dir():
        raise FileNotFoundError(_(
            "There is no folder {folder}, so {name} cannot be written there. Create the folder "
            "first (Path({folder}).mkdir()), or give a path in a folder that exists, e.g. just "
            "the file name, to save it next to the notebook.").format(
                folder=repr(str(path.parent)), name=repr(path.name)))
    frame = to_dataframe(table, columns)
    frame = frame.apply(lambda column: column.map(_as_text)) if len(frame) else frame
    frame.to_csv(path, index=False, sep=sep, encoding="utf-8-sig" if excel else "utf-8",
                 float_format=FLOAT_FORMAT, lineterminator="\n")
    return path
