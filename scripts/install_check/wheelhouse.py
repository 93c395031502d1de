"""``python scripts/wheelhouse.py --out wheels``: one folder of wheels for a class without
internet: every student platform's wheels, the kit's own wheel, and the requirements file
that installs them. Needs the package index (the kit's wheel itself is built offline).

    python -m pip install --no-index --find-links wheels -r wheels/requirements-offline.txt
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .matrix import is_known, known_gaps
from .platforms import SUPPORTED_PYTHONS, Platform, add_platform_options, chosen_platforms
from .requirements import index_requirements
from .resolve import PIP, Cell, resolve_cell, student_environment, wheel_flags

ROOT = Path(__file__).resolve().parents[2]
OFFLINE_REQUIREMENTS = "requirements-offline.txt"
MANIFEST = "wheelhouse.json"
KIT_SOURCES = ("pyproject.toml", "README.md", "helpers", "seeds")


def offline_requirements(lines: list[str], kit_wheel: str) -> str:
    """The requirements file of the wheelhouse: the pins, and the kit's wheel for ``-e .``.

    ``--no-index`` and ``--find-links .`` are in the file (pip reads a find-links folder
    relative to the file): "helpers" on PyPI is somebody else's project, and this file
    must never reach it.

    >>> print(offline_requirements(["numpy==2.3.5"], "helpers-0.1.0-py3-none-any.whl"))
    ... # doctest: +ELLIPSIS
    # Offline install...
    --no-index
    --find-links .
    numpy==2.3.5
    helpers==0.1.0
    <BLANKLINE>
    """
    name, version = kit_wheel.split("-")[:2]
    return "\n".join([
        "# Offline install of the kit, from the folder that holds this one (named wheels):",
        "#   python -m pip install --no-index --find-links wheels -r "
        f"wheels/{OFFLINE_REQUIREMENTS}",
        f"# Made by scripts/wheelhouse.py from requirements.txt; {name} is {kit_wheel}.",
        "--no-index",
        "--find-links .",
        *lines,
        f"{name}=={version}",
        "",
    ])


def offline_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """An environment in which pip cannot reach any index: the honest offline proof.

    >>> import os
    >>> env = offline_environment({"PIP_FIND_LINKS": "/opt/wheels"})
    >>> env["PIP_INDEX_URL"], env["PIP_FIND_LINKS"], env["PIP_CONFIG_FILE"] == os.devnull
    ('http://127.0.0.1:9/', '', True)
    """
    env = student_environment(environ)
    nowhere = "http://127.0.0.1:9/"  # the discard port: every request fails at once
    env.update(PIP_INDEX_URL=nowhere, PIP_FIND_LINKS="", HTTP_PROXY=nowhere,
               HTTPS_PROXY=nowhere, http_proxy=nowhere, https_proxy=nowhere)
    return env


def offline_install_command(python: str | Path, wheelhouse: Path) -> list[str]:
    """The students' offline install, as docs/install.md gives it.

    >>> offline_install_command("python", Path("wheels"))
    ['python', '-m', 'pip', 'install', '--no-index', '--find-links', 'wheels', '-r', \
'wheels/requirements-offline.txt']
    """
    return [str(python), "-m", "pip", "install", "--no-index", "--find-links", str(wheelhouse),
            "-r", str(wheelhouse / OFFLINE_REQUIREMENTS)]


def download_command(python: str, platform: Platform, pins: dict[str, str], dest: Path,
                     pip: tuple[str, ...] = PIP) -> list[str]:
    """``pip download`` of a cell's exact pins (its resolve already found every dependency).

    >>> from install_check.platforms import BY_KEY
    >>> command = download_command("3.11", BY_KEY["windows"], {"tqdm": "4.70.1"}, Path("d"),
    ...                            ("pip",))
    >>> command[-5:]
    ['--dest', 'd', '--quiet', '--no-color', 'tqdm==4.70.1']
    """
    pinned = [f"{name}=={version}" for name, version in sorted(pins.items())]
    return [*pip, "download", "--no-deps", *wheel_flags(python, platform),
            "--dest", str(dest), "--quiet", "--no-color", *pinned]


def build_kit_wheel(out: Path, pip: tuple[str, ...] = PIP) -> Path:
    """The kit's wheel, built offline from a copy of the checkout (no build/ left here)."""
    with tempfile.TemporaryDirectory(prefix="kit-wheel-") as tmp:
        source = Path(tmp) / "source"
        skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
        for name in KIT_SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, source / name, ignore=skip)
            else:
                source.mkdir(exist_ok=True)
                shutil.copy2(ROOT / name, source / name)
        subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                        "--quiet", "--wheel-dir", str(out), str(source)],
                       check=True, env=student_environment())
    [wheel] = out.glob("helpers-*.whl")
    if not wheel.name.endswith("-py3-none-any.whl"):
        raise RuntimeError(f"the kit's wheel is not pure Python: {wheel.name}")
    return wheel


def _fetch(python: str, platform: Platform, lines: list[str], work: Path, out: Path,
           pip: tuple[str, ...]) -> Cell:
    cell = resolve_cell(python, platform, lines, work / "resolve", pip)
    if cell.ok:
        dest = work / "wheels"
        subprocess.run(download_command(python, platform, cell.pins, dest, pip), check=True,
                       env=student_environment())
        for wheel in dest.iterdir():
            if not (out / wheel.name).exists():  # a file name is one content on PyPI
                shutil.move(wheel, out / wheel.name)
    return cell


def build(out: Path, pythons: list[str], platforms: list[Platform], requirements: Path,
          jobs: int = 4, pip: tuple[str, ...] = PIP) -> dict:
    """Fill `out` for every (python, platform); returns the manifest it writes there."""
    out.mkdir(parents=True, exist_ok=True)
    lines = index_requirements(requirements)
    kit = build_kit_wheel(out, pip)
    with tempfile.TemporaryDirectory(prefix="wheelhouse-") as tmp, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_fetch, python, platform, lines,
                               Path(tmp) / f"{python}-{platform.key}", out, pip)
                   for python in pythons for platform in platforms]
        cells = [future.result() for future in futures]
    (out / OFFLINE_REQUIREMENTS).write_text(offline_requirements(lines, kit.name),
                                            encoding="utf-8")
    manifest = {
        "pythons": pythons, "platforms": {p.key: p.label for p in platforms}, "kit": kit.name,
        "failed": {f"{c.python} {c.platform}": c.culprit for c in cells if not c.ok},
        "unexplained": [f"{c.python} {c.platform}" for c in cells
                        if not c.ok and not is_known(c, known_gaps())],
        "cells": {f"{c.python} {c.platform}": c.pins for c in cells if c.ok},
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Build the wheelhouse, print its size; 1 if a cell could not be filled."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--python", nargs="+", default=list(SUPPORTED_PYTHONS))
    add_platform_options(parser)
    parser.add_argument("-r", "--requirements", type=Path, default=ROOT / "requirements.txt")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--pip", type=shlex.split, default=list(PIP), metavar="COMMAND",
                        help="the pip to run, e.g. '/opt/py/bin/python -m pip' (this Python's)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    platforms = chosen_platforms(args)
    manifest = build(args.out, args.python, platforms, args.requirements, args.jobs,
                     tuple(args.pip))
    wheels = list(args.out.glob("*.whl"))
    size = sum(wheel.stat().st_size for wheel in wheels) / 1e6
    print(f"{args.out}: {len(wheels)} wheels, {size:.0f} MB, for Python {' '.join(args.python)}"
          f" on {', '.join(p.label for p in platforms)}, in {time.perf_counter() - started:.0f} s")
    print(f"offline: {' '.join(offline_install_command('python', args.out))}")
    for where, why in manifest["failed"].items():
        known = "" if where in manifest["unexplained"] else " (known gap: docs/install.md)"
        print(f"  {where}: left out, no wheel for {why}{known}")
    return 1 if manifest["unexplained"] else 0
