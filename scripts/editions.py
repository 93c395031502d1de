"""The French edition of the lessons, built from the English lessons and one text file per lesson.

    python scripts/editions.py                  # build notebooks/fr/*.ipynb from editions/fr/*.md
    python scripts/editions.py --check          # exit 1, saying what is stale or missing
    python scripts/editions.py --skeleton 03_context 03_contexte
                                                # start editions/fr/03_contexte.md from the English

One source of truth for code: a French notebook is the English one, cell for cell (same ids,
same order), with three differences only:

- each markdown cell holds the French text given for its id in ``editions/fr/NN_name.md``;
- a "code phrase" of that file (an English comment or label in a string, ``english => français``)
  is replaced inside the comments and strings of code cells, never in the code itself;
- the language choice: one cell after the navigation (``set_language("fr")``), and the same
  line in every checkpoint cell, since a checkpoint is where a restarted kernel starts again.

The navigation cell is written afterwards by ``scripts/navigation.py``. Outputs are kept where a
code cell did not change; ``scripts/run_notebooks.py fr`` re-runs the edition.
"""

from __future__ import annotations

import io
import re
import sys
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from navigation import EDITIONS as NAVIGATION  # scripts/navigation.py, beside this file
from navigation import with_anchors

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EDITIONS = ROOT / "editions"
LANGUAGE_CELL_ID = "kit-lang"
IMPORT_LINE = "from helpers.translation import set_language"
CHOICE_LINE = 'set_language("{lang}")'
NAV_ID = "kit-nav"

_SOURCE = re.compile(r"<!-- source: (\S+\.ipynb) -->")
_CELL = re.compile(r"^<!-- cell (\S+) -->\s*$", re.MULTILINE)
_PHRASES = re.compile(r"^<!-- code phrases -->\s*$", re.MULTILINE)
_PHRASE = re.compile(r"^(.+?) => (.+)$")
_QUOTES = re.compile(r"^#\s*|^[rbfuRBFU]{0,2}(\"\"\"|\'\'\'|\"|\')|(\"\"\"|\'\'\'|\"|\')$")


@dataclass
class Source:
    """One lesson's text file: the English notebook it follows, its cells, its code phrases."""

    path: Path
    english: str
    cells: dict[str, str] = field(default_factory=dict)
    phrases: list[tuple[str, str]] = field(default_factory=list)


def read_source(path: Path) -> Source:
    """Parse ``editions/<lang>/NN_name.md``."""
    text = path.read_text(encoding="utf-8")
    found = _SOURCE.search(text)
    if not found:
        raise ValueError(f"{path.name}: no '<!-- source: NN_name.ipynb -->' line")
    source = Source(path, found[1])
    block = _PHRASES.search(text)
    body, phrase_block = (text[:block.start()], text[block.end():]) if block else (text, "")
    parts = _CELL.split(body)
    for cell_id, cell_text in zip(parts[1::2], parts[2::2], strict=True):
        if cell_id in source.cells:
            raise ValueError(f"{path.name}: cell {cell_id} given twice")
        source.cells[cell_id] = cell_text.strip("\n")
    for number, line in enumerate(phrase_block.splitlines(), start=1):
        if line.strip() and not line.startswith("<!--"):
            match = _PHRASE.match(line)
            if not match:
                raise ValueError(
                    f"{path.name}: code phrase line {number} is not 'english => français'")
            source.phrases.append((match[1], match[2]))
    return source


def prose_spans(code: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the comments and string literals of a code cell: where prose lives.

    >>> code = 'print("in the article:", n)  # a count'
    >>> [code[s:e] for s, e in prose_spans(code)]
    ['"in the article:"', '# a count']
    """
    starts = [0]
    for line in code.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    kinds = {tokenize.STRING, tokenize.COMMENT}
    kinds |= {getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type in kinds:
                spans.append((starts[token.start[0] - 1] + token.start[1],
                              starts[token.end[0] - 1] + token.end[1]))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # a cell with a magic or a syntax error on purpose: what was read so far
    return spans


def translate_code(code: str, phrases: list[tuple[str, str]], used: set[str]) -> str:
    """Replace each code phrase inside the comments and strings of ``code``."""
    ordered = sorted(phrases, key=lambda pair: -len(pair[0]))
    pieces, last = [], 0
    for start, end in prose_spans(code):
        piece = code[start:end]
        for english, french in ordered:
            if english in piece:
                piece = piece.replace(english, french)
                used.add(english)
        pieces += [code[last:start], piece]
        last = end
    return "".join(pieces) + code[last:]


def with_language(code: str, lang: str) -> str:
    """A checkpoint cell that also sets the language (a restarted kernel forgot it)."""
    lines = code.splitlines()
    imports = [i for i, line in enumerate(lines) if line.startswith(("from ", "import "))]
    at = imports[-1] + 1 if imports else 0
    lines.insert(at, IMPORT_LINE)
    body = [i for i, line in enumerate(lines) if i > at and line.strip()]
    lines.insert(body[0] if body else len(lines), CHOICE_LINE.format(lang=lang))
    return "\n".join(lines)


def language_cell(lang: str):
    cell = nbformat.v4.new_code_cell(f"{IMPORT_LINE}\n\n{CHOICE_LINE.format(lang=lang)}")
    cell.id = LANGUAGE_CELL_ID
    return cell


def is_checkpoint(cell) -> bool:
    return cell.cell_type == "code" and "from helpers.checkpoints import" in cell.source


def build(source: Source, lang: str, old=None):
    """The edition's notebook: the English one with the source's prose and phrases."""
    english = nbformat.read(NOTEBOOKS / source.english, as_version=4)
    missing = [c.id for c in english.cells if c.cell_type == "markdown" and c.id != NAV_ID
               and c.id not in source.cells]
    known = {c.id for c in english.cells}
    stale = [cell_id for cell_id in source.cells if cell_id not in known or cell_id == NAV_ID]
    problems = [f"no text for markdown cell {c}" for c in missing]
    problems += [f"text for cell {c}, which the English lesson does not have (or is generated)"
                 for c in stale]
    used: set[str] = set()
    previous = {c.id: c for c in old.cells} if old is not None else {}
    nb = nbformat.v4.new_notebook(metadata=english.metadata)
    for cell in english.cells:
        new = nbformat.from_dict(dict(cell))
        if cell.cell_type == "markdown" and cell.id != NAV_ID:
            new.source = source.cells.get(cell.id, cell.source)
            if NAVIGATION[lang].own_anchors:
                new.source = with_anchors(new.source)
        elif cell.cell_type == "code":
            new.source = translate_code(cell.source, source.phrases, used)
            if is_checkpoint(cell):
                new.source = with_language(new.source, lang)
        nb.cells.append(_keep_outputs(new, previous))
        if cell.id == NAV_ID:
            nb.cells.append(_keep_outputs(language_cell(lang), previous))
    problems += [f"code phrase never found in a comment or string: {e!r}"
                 for e, _ in source.phrases if e not in used]
    if problems:
        raise ValueError(f"{source.path.name}:\n  " + "\n  ".join(problems))
    return nb


def _keep_outputs(cell, previous: dict):
    old = previous.get(cell.id)
    if cell.cell_type == "code":
        if old is not None and old.cell_type == "code" and old.source == cell.source:
            cell.outputs, cell.execution_count = old.outputs, old.execution_count
        else:
            cell.outputs, cell.execution_count = [], None
    if cell.cell_type == "markdown" and old is not None and cell.id == NAV_ID:
        cell.source = old.source  # scripts/navigation.py owns it
    return cell


def editions() -> list[str]:
    return sorted(p.name for p in EDITIONS.iterdir() if p.is_dir()) if EDITIONS.exists() else []


def sources(lang: str) -> list[Path]:
    return sorted((EDITIONS / lang).glob("[0-9][0-9]_*.md"))


def run(write: bool = True) -> tuple[list[str], list[str]]:
    """Build every edition's notebooks; return (stale notebooks, problems)."""
    stale, problems = [], []
    for lang in editions():
        for path in sources(lang):
            target = NOTEBOOKS / lang / f"{path.stem}.ipynb"
            old = nbformat.read(target, as_version=4) if target.exists() else None
            try:
                nb = build(read_source(path), lang, old)
            except ValueError as error:
                problems.append(str(error))
                continue
            if old is None or _cells(old) != _cells(nb):
                stale.append(f"{lang}/{target.name}")
                if write:
                    target.parent.mkdir(exist_ok=True)
                    nbformat.write(nb, target)
    return stale, problems


def _cells(nb) -> list[tuple[str, str, str]]:
    return [(c.id, c.cell_type, c.source) for c in nb.cells if c.id != NAV_ID]


def skeleton(english_name: str) -> str:
    """A text file to start an edition from: each markdown cell's English, and candidate phrases."""
    nb = nbformat.read(NOTEBOOKS / f"{english_name}.ipynb", as_version=4)
    lines = [f"<!-- source: {english_name}.ipynb -->", ""]
    phrases: list[str] = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.id != NAV_ID:
            lines += [f"<!-- cell {cell.id} -->", cell.source, ""]
        elif cell.cell_type == "code":
            for start, end in prose_spans(cell.source):
                text = _QUOTES.sub("", cell.source[start:end]).strip()
                if (re.search(r"[A-Za-z]{3,} [a-z]{2,}", text) and "\n" not in text
                        and text not in phrases):
                    phrases.append(text)
    lines += ["<!-- code phrases -->",
              "<!-- english => français, one per line; delete the lines to leave as they are -->"]
    lines += [f"{p} => {p}" for p in phrases]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--skeleton"]:
        print(skeleton(argv[1]), end="")
        return 0
    check = "--check" in argv
    stale, problems = run(write=not check)
    for problem in problems:
        print(problem)
    for name in stale:
        print(f"{name}: {'stale, run: python scripts/editions.py' if check else 'written'}")
    if not stale and not problems:
        print("every edition up to date")
    return 1 if problems or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
