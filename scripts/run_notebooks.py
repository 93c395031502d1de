"""Re-run lessons top to bottom in a fresh kernel and save them with their outputs.

    python scripts/run_notebooks.py                     # every lesson, in every edition
    python scripts/run_notebooks.py 01_tokenization     # one lesson
    python scripts/run_notebooks.py fr                  # the French edition (notebooks/fr)
    python scripts/run_notebooks.py fr/01_segmentation  # one lesson of it

Prints each lesson's kernel time: the time from the first cell to the last,
kernel start-up excluded.
"""

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


def run(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,  # no timestamps in the saved lessons: a re-run changes nothing
    )
    with client.setup_kernel():
        start = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)
    return elapsed


def lessons(folder: Path) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))


def main(names: list[str]) -> None:
    editions = [p for p in sorted(NOTEBOOKS.iterdir()) if p.is_dir() and lessons(p)]
    paths = []
    for name in names or ["", *(p.name for p in editions)]:
        target = NOTEBOOKS / name
        paths += lessons(target) if target.is_dir() else [target.with_suffix(".ipynb")]
    for path in paths:
        print(f"{path.relative_to(NOTEBOOKS)!s:35} {run(path):6.2f} s kernel time", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
