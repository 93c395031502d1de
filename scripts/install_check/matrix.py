"""``python scripts/install_matrix.py``: can every supported Python on every student platform
install requirements.txt from wheels alone? Prints a Python × platform table; exits 1 when a
supported cell (3.11 to 3.13) fails, unless ``known_gaps.tsv`` names that very failure;
3.14 is shown, not required. Needs the package index.
"""

from __future__ import annotations

import argparse
import json
import shlex
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from .platforms import (
    REPORTED_PYTHONS,
    SUPPORTED_PYTHONS,
    Platform,
    add_platform_options,
    chosen_platforms,
)
from .requirements import index_requirements
from .resolve import PIP, Cell, resolve_cell

ROOT = Path(__file__).resolve().parents[2]
KNOWN_GAPS = Path(__file__).with_name("known_gaps.tsv")


def known_gaps(path: Path = KNOWN_GAPS) -> dict[tuple[str, str], str]:
    """``{(python or "*", platform key): requirement}`` of the documented gaps.

    >>> known_gaps()[("*", "linux-aarch64")]
    'basemap==2.0.0'
    """
    gaps = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            python, key, requirement, _why = line.split("\t")
            gaps[(python, key)] = requirement
    return gaps


def is_known(cell: Cell, gaps: dict[tuple[str, str], str]) -> bool:
    """Whether `cell` failed exactly as a known gap says (another culprit is news).

    >>> gaps = {("*", "linux-aarch64"): "basemap==2.0.0"}
    >>> is_known(Cell("3.12", "linux-aarch64", culprit="basemap==2.0.0"), gaps)
    True
    >>> is_known(Cell("3.12", "linux-aarch64", culprit="spacy==3.8.18"), gaps)
    False
    """
    return not cell.ok and cell.culprit in (gaps.get((cell.python, cell.platform)),
                                            gaps.get(("*", cell.platform)))


def cells(pythons: list[str], platforms: list[str]) -> list[tuple[str, str]]:
    """Every (python, platform key) pair, Python first.

    >>> cells(["3.11", "3.12"], ["windows", "macos-arm"])
    [('3.11', 'windows'), ('3.11', 'macos-arm'), ('3.12', 'windows'), ('3.12', 'macos-arm')]
    """
    return [(python, key) for python in pythons for key in platforms]


def table(results: list[Cell], pythons: list[str], platforms: list[Platform],
          gaps: dict[tuple[str, str], str] | None = None) -> str:
    """A Markdown table: OK, or the requirement that has no wheel.

    >>> from install_check.platforms import PLATFORMS
    >>> windows = list(PLATFORMS[:1])
    >>> print(table([Cell("3.11", "windows", ok=True), Cell("3.14", "windows", culprit="x==1")],
    ...             ["3.11", "3.14"], windows))
    | Python | Windows x86-64 |
    |---|---|
    | 3.11 | OK |
    | 3.14 (not required) | no wheel: x==1 |
    """
    found = {(cell.python, cell.platform): cell for cell in results}
    rows = ["| Python | " + " | ".join(platform.label for platform in platforms) + " |",
            "|" + "---|" * (len(platforms) + 1)]
    for python in pythons:
        name = python if python in SUPPORTED_PYTHONS else f"{python} (not required)"
        marks = []
        for platform in platforms:
            cell = found.get((python, platform.key))
            mark = "—" if cell is None else "OK" if cell.ok else f"no wheel: {cell.culprit}"
            known = (cell is not None and python in SUPPORTED_PYTHONS
                     and is_known(cell, gaps or {}))
            marks.append(f"{mark} (known gap)" if known else mark)
        rows.append(f"| {name} | " + " | ".join(marks) + " |")
    return "\n".join(rows)


def failed_required(results: list[Cell], gaps: dict[tuple[str, str], str]) -> list[Cell]:
    """The failed cells of a supported Python (3.11 to 3.13) that no known gap explains.

    >>> failed_required([Cell("3.14", "windows"), Cell("3.9", "windows"),
    ...                  Cell("3.11", "windows")], {})
    [Cell(python='3.11', platform='windows', ok=False, pins={}, added=[], unneeded=[], \
culprit='', error='', seconds=0.0, rounds=0)]
    """
    return [cell for cell in results
            if not cell.ok and cell.python in SUPPORTED_PYTHONS and not is_known(cell, gaps)]


def run(requirements: Path, pythons: list[str], platforms: list[Platform], jobs: int,
        pip: tuple[str, ...] = PIP) -> list[Cell]:
    """Resolve every cell, at most `jobs` pip processes at a time."""
    lines = index_requirements(requirements)
    by_key = {platform.key: platform for platform in platforms}
    with tempfile.TemporaryDirectory(prefix="install-matrix-") as tmp, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(resolve_cell, python, by_key[key], lines,
                               Path(tmp) / f"{python}-{key}", pip)
                   for python, key in cells(pythons, list(by_key))]
        return [future.result() for future in futures]


def details(results: list[Cell]) -> list[str]:
    """One line per noteworthy cell: what the target adds to pip's answer, or pip's error.

    >>> print(*details([Cell("3.11", "windows", ok=True, added=["colorama"])]))
    3.11 windows: added for the target's markers: colorama
    """
    out = []
    for cell in results:
        where = f"{cell.python} {cell.platform}"
        if cell.added:
            out.append(f"{where}: added for the target's markers: {', '.join(cell.added)}")
        if not cell.ok:
            out.append(f"{where}: {cell.error.splitlines()[-1] if cell.error else cell.culprit}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the table and the run time; 1 if a supported cell fails unexplained."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("-r", "--requirements", type=Path, default=ROOT / "requirements.txt")
    parser.add_argument("--python", nargs="+", default=[*SUPPORTED_PYTHONS, *REPORTED_PYTHONS])
    add_platform_options(parser)
    parser.add_argument("--jobs", type=int, default=6, help="pip processes at once (6)")
    parser.add_argument("--json", type=Path, help="also write every cell here")
    parser.add_argument("--pip", type=shlex.split, default=list(PIP), metavar="COMMAND",
                        help="the pip to run, e.g. '/opt/py/bin/python -m pip' (this Python's)")
    args = parser.parse_args(argv)
    platforms = chosen_platforms(args)
    started = time.perf_counter()
    results = run(args.requirements, args.python, platforms, args.jobs, tuple(args.pip))
    gaps = known_gaps()
    print(table(results, args.python, platforms, gaps))
    for line in details(results):
        print(" ", line)
    print(f"{len(results)} cells in {time.perf_counter() - started:.0f} s "
          f"(slowest {max(cell.seconds for cell in results):.0f} s), {args.requirements.name}")
    if args.json:
        args.json.write_text(json.dumps([asdict(c) for c in results], indent=1), encoding="utf-8")
    failed = failed_required(results, gaps)
    if failed:
        print(f"FAILED: {len(failed)} supported cell(s) cannot install from wheels "
              "and no known gap (scripts/install_check/known_gaps.tsv) says so")
    return 1 if failed else 0
