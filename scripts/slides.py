"""Write a lesson as slides (reveal.js, via nbconvert) or as one HTML page, for a room.

Works on a copy: the notebook under notebooks/ is read, never written. Each
``#`` or ``##`` heading of a Markdown cell starts a slide, each ``###`` a
sub-slide (below it); every other cell stays on the slide before it.

    python scripts/slides.py notebooks/02_frequency.ipynb             # -> artifacts/slides/
    python scripts/slides.py notebooks/02_frequency.ipynb --execute   # projector figures
    python scripts/slides.py notebooks/02_frequency.ipynb --to html   # one page, offline

nbconvert's slides load reveal.js (and require.js) from a CDN: without a network they
open as one long unstyled page. Pass ``--reveal-prefix`` a folder holding reveal.js 4
(``dist/`` and ``plugin/``) to present offline, or use ``--to html`` (figures, tables
and text need nothing from the network) or JupyterLab's Presentation Mode
(docs/presenting.md).
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "artifacts" / "slides"
CDN = "https://unpkg.com/reveal.js@4.0.2"  # nbconvert's own default
_HEADING = re.compile(r"^(#{1,3})\s+\S")


def slide_type(cell: nbformat.NotebookNode) -> str:
    """``"slide"`` for a ``#``/``##`` heading, ``"subslide"`` for ``###``, else ``"-"``.

    >>> slide_type(nbformat.v4.new_markdown_cell("## Counting words\\nText"))
    'slide'
    >>> slide_type(nbformat.v4.new_code_cell("# a comment"))
    '-'
    """
    if cell.cell_type != "markdown":
        return "-"
    found = _HEADING.match(cell.source.lstrip())
    if not found:
        return "-"
    return "subslide" if len(found.group(1)) == 3 else "slide"


def as_slides(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``nb`` with slide metadata from its headings (``nb`` is left as it is)."""
    deck = copy.deepcopy(nb)
    for index, cell in enumerate(deck.cells):
        kind = slide_type(cell)
        if index == 0 and kind == "-":
            kind = "slide"  # reveal.js needs a first slide
        cell.metadata["slideshow"] = {"slide_type": kind}
    return deck


def execute(nb: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    """Run ``nb`` (a copy) in ``folder`` with projector mode on; errors stay in the outputs
    (a lesson's blanks raise until they are filled in)."""
    from nbclient import NotebookClient

    os.environ["TEXTE_TOKENS_PROJECTOR"] = "1"  # inherited by the kernel this starts
    NotebookClient(nb, timeout=600, allow_errors=True,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb


def write(notebook: Path, out: Path = OUT, *, to: str = "slides", reveal_prefix: str = CDN,
          run: bool = False) -> Path:
    """Write ``notebook`` as slides (or ``to="html"``: one page) into ``out``; return the file."""
    from nbconvert import HTMLExporter, SlidesExporter

    nb = nbformat.read(notebook, as_version=4)
    deck = as_slides(nb)
    if run:
        deck = execute(deck, notebook.resolve().parent)
    if to == "slides":
        exporter = SlidesExporter(reveal_url_prefix=reveal_prefix)
    else:
        exporter = HTMLExporter()
    body, _ = exporter.from_notebook_node(deck)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{notebook.stem}.{'slides.' if to == 'slides' else ''}html"
    target.write_text(body, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    parser.add_argument("--to", choices=("slides", "html"), default="slides")
    parser.add_argument("--reveal-prefix", default=CDN,
                        help="where reveal.js 4 is: a URL (the default needs a network) or a "
                             "folder relative to the slides")
    parser.add_argument("--execute", action="store_true",
                        help="run a copy with TEXTE_TOKENS_PROJECTOR=1: projector-size figures")
    args = parser.parse_args(argv)
    target = write(args.notebook, args.out, to=args.to, reveal_prefix=args.reveal_prefix,
                   run=args.execute)
    print(target)
    if args.to == "slides" and args.reveal_prefix.startswith(("http://", "https://")):
        print(f"note: these slides load reveal.js from {args.reveal_prefix}: they need a "
              "network (offline: --reveal-prefix with a local copy, or --to html)",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
