"""House rules of the kit, checked on the files as they stand."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
LESSONS = [
    "00_start_here", "01_tokenization", "02_frequency", "03_context", "04_entities",
    "05_entity_mapping",
    "06_your_own_text",
]
MACHINE_PATH = re.compile(r"(/root/|/work/|/tmp/|/home/[a-z]|/usr/local/lib/python|\.venv/)")


def test_every_lesson_exists():
    names = [nb.stem for nb in NOTEBOOKS]
    missing = [lesson for lesson in LESSONS if lesson not in names]
    assert not missing, f"lessons missing from notebooks/: {missing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_saved_from_one_clean_run(path):
    """nbval runs cells without stored outputs but compares nothing: refuse them."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    counts = [c.get("execution_count") for c in code]
    assert counts == list(range(1, len(code) + 1)), (
        f"{path.name}: execution counts {counts} — run `make notebooks` "
        "(restart the kernel and run all cells) before committing"
    )
    with_output = sum(bool(c["outputs"]) for c in code)
    assert with_output >= len(code) // 2, f"{path.name}: most code cells have no output"
    assert path.stat().st_size < 1_500_000, f"{path.name} is too big: shrink its figures"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_has_no_machine_paths_or_errors(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        assert "nltk.download" not in src
        assert not re.search(r"sys\.path\.(append|insert)", src)
        tags = cell.get("metadata", {}).get("tags", [])
        for out in cell["outputs"]:
            blob = json.dumps(out)
            assert not MACHINE_PATH.search(blob), f"{path.name}: a machine path in an output"
            if out["output_type"] == "error":
                assert "raises-exception" in tags, f"{path.name}: untagged error output"


def test_lessons_start_with_a_title_cell_and_end_with_a_recap():
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        first = "".join(cells[0]["source"])
        assert cells[0]["cell_type"] == "markdown" and first.startswith("# "), path.name
        for word in ("objectives", "Time", "Prerequisites"):
            assert word.lower() in first.lower(), f"{path.name}: title cell lacks {word!r}"
        text = " ".join("".join(c["source"]) for c in cells[-3:]).lower()
        assert "recap" in text, f"{path.name}: no recap near the end"


def test_nothing_downloads_at_run_time():
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("helpers", "notebooks")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and p.suffix in {".py", ".ipynb"}
        and "nltk.download" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def _fresh_python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout


@pytest.mark.perf
def test_import_helpers_is_fast():
    code = (
        "import time; t = time.perf_counter(); import helpers; "
        "helpers.tokenize; print(time.perf_counter() - t)"
    )
    best = min(float(_fresh_python(code)) for _ in range(3))
    assert best <= 0.3, f"import helpers took {best:.2f} s (budget 0.3 s)"


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_names_stay_functions_after_submodule_imports():
    code = (
        "import helpers.text.lexicon, helpers.check, helpers.text.sentence_split, "
        "helpers.text.normalization; "
        "import helpers; print(callable(helpers.normalize), callable(helpers.sentences))"
    )
    assert _fresh_python(code).split() == ["True", "True"]


def test_the_article_is_the_supplied_one_and_nothing_calls_it_a_stand_in():
    shared = ROOT.parent / "shared" / "seed" / "article.txt"
    seed = ROOT / "seeds" / "article.txt"
    if shared.is_file():
        assert seed.read_bytes() == shared.read_bytes(), "seeds/article.txt must be a byte copy"
    word = "stand" + "-in"  # spelled in two pieces so this file does not say it
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT)
    files = tracked.stdout.split() if tracked.returncode == 0 else []
    sayers = [name for name in files if (ROOT / name).is_file()
              and word in (ROOT / name).read_bytes().decode("utf-8", "replace").lower()]
    assert sayers == [], f"these files still call the article a {word}: {sayers}"
