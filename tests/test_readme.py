"""README promises: every row of the bad-input table names a test that exists."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _bad_input_rows() -> list[str]:
    section = README.split("## What the kit does with bad input", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "::" in line]


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
            and node.name.startswith("test")}


def test_the_bad_input_table_has_at_least_20_rows():
    assert len(_bad_input_rows()) >= 20


def test_every_bad_input_row_names_existing_tests():
    missing = []
    for row in _bad_input_rows():
        for file, name in re.findall(r"`(test_\w+\.py)::(test_\w+)`", row):
            if name not in _tests_in(ROOT / "tests" / file):
                missing.append(f"{file}::{name}")
        assert re.search(r"`test_\w+\.py::test_\w+`", row), f"no test named in: {row}"
    assert missing == [], f"README names tests that do not exist: {missing}"
