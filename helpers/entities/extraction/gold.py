"""Gold mentions read from a TSV file: :func:`load_gold_entities`."""

from __future__ import annotations

from pathlib import Path

from ...translation import gettext as _
from .mention import LABELS, Mention, mention_order

__all__ = ["load_gold_entities"]

_HEADER = ["start", "end", "text", "label"]


def load_gold_entities(path: str | Path | None = None, *, layer: str = "entities",
                       text: str | None = None) -> list[Mention]:
    """Read gold mentions from a TSV file (the article's, ``seeds/gold_entities.tsv``, by default).

    ``layer`` is "entities" (PER, LOC, ORG, MISC), "dates" (DATE) or "all". When
    ``text`` is given (and for the default file, the article), each row's offsets
    are checked: ``text[start:end]`` must be the row's text.

    >>> gold = load_gold_entities()
    >>> len(gold), gold[0]
    (31, Mention(text='Vladimir Poutine', start=21, end=37, label='PER', entity=None, country=None))
    >>> [m.text for m in load_gold_entities(layer="dates")]
    ['hier jeudi', '2011', 'd’hier', 'début 2018', 'mars 2018']
    """
    from ...text.corpus import SEEDS, load_article

    layers = {"entities": set(LABELS), "dates": {"DATE"}, "all": {*LABELS, "DATE"}}
    if layer not in layers:
        raise ValueError(_("layer must be one of {layers}, got {layer!r}")
                         .format(layers=sorted(layers), layer=layer))
    if path is None:
        path = SEEDS / "gold_entities.tsv"
        if text is None:
            text = load_article().text
    path = Path(path)
    rows = [_mention(path.name, number, cells, text)
            for number, cells in _rows(path)]
    return sorted((m for m in rows if m.label in layers[layer]), key=mention_order)


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    """The numbered rows of a gold file, after its header (comments and blank lines left out)."""
    rows = []
    header = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if cells != _HEADER:
                raise ValueError(_("{file}, line {line}: expected the header start, end, text, "
                                   "label (tab-separated)").format(file=path.name, line=number))
            continue
        rows.append((number, cells))
    return rows


def _mention(name: str, number: int, cells: list[str], text: str | None) -> Mention:
    """The gold mention of one row, checked."""
    if len(cells) != 4:
        raise ValueError(_("{file}, line {line}: 4 tab-separated columns expected, got {found}")
                         .format(file=name, line=number, found=len(cells)))
    start, end, surface, label = int(cells[0]), int(cells[1]), cells[2], cells[3]
    if label not in (*LABELS, "DATE"):
        raise ValueError(_("{file}, line {line}: unknown label {label!r}")
                         .format(file=name, line=number, label=label))
    if text is not None and text[start:end] != surface:
        raise ValueError(_("{file}, line {line}: text[{start}:{end}] is {found!r}, not {gold!r}")
                         .format(file=name, line=number, start=start, end=end,
                                 found=text[start:end], gold=surface))
    return Mention(surface, start, end, label, rule="gold")
