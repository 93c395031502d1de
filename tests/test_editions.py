"""The French edition (notebooks/fr, built from editions/fr by scripts/editions.py) is in step
with the English one: same code, same exercises, same headings; French prose with no English
left, French typography and spelling; and each check fails when it should."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from script_modules import script  # tests/script_modules.py

ROOT = Path(__file__).resolve().parents[1]


editions = script("editions")
checks = script("edition_checks")
PAIRS = checks.pairs("fr")
ENGLISH = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
needs_hunspell = pytest.mark.skipif(
    not checks.hunspell_available(),
    reason="hunspell with a fr_FR dictionary is not installed (Debian: apt-get install hunspell "
           "hunspell-fr; .ci/run installs them)")


def test_this_file_runs_on_its_own():
    """`pytest tests/test_editions.py` alone: scripts/editions.py imports scripts/navigation.py,
    which no other test file has loaded first (its collection failed on that once)."""
    code = ("import sys; from script_modules import script; "
            "print(script('editions').__name__, 'navigation' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent,
                         capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["editions", "True"], run.stderr[-2000:]


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _ids(pairs):
    return [french.stem for _, french in pairs]


def test_every_english_lesson_has_a_french_edition():
    assert sorted(english for english, _ in PAIRS) == ENGLISH
    missing = [french.name for _, french in PAIRS if not french.exists()]
    assert not missing, f"run: python scripts/editions.py ({missing})"


def test_the_french_notebooks_are_what_their_sources_build():
    stale, problems = editions.run(write=False)
    assert problems == []
    assert stale == [], "run: python scripts/editions.py, then scripts/run_notebooks.py fr"


@pytest.mark.parametrize(("english", "french"), PAIRS, ids=_ids(PAIRS))
def test_both_editions_have_the_same_code_exercises_and_headings(english, french):
    assert checks.parity(_read(english), _read(french)) == []


@pytest.mark.parametrize(("english", "french"), PAIRS, ids=_ids(PAIRS))
def test_the_french_prose_is_french_with_french_typography(english, french):
    cells = checks.markdown_cells(french)
    left = [p for cell in cells for p in checks.english_left(cell)]
    assert left == [], "English left in the French edition"
    spacing = [s for cell in cells for s in checks.typography(cell)]
    assert spacing == [], "a no-break space (U+00A0) goes before : ; ! ? » and after «"


@pytest.mark.parametrize(("english", "french"), PAIRS, ids=_ids(PAIRS))
def test_the_french_edition_reads_as_a_french_lesson(english, french):
    cells = checks.markdown_cells(french)
    title = cells[0]
    assert re.match(r"# Leçon \d\d — ", title), title[:40]
    for label in ("**Objectifs.**", "**Durée\u00a0:**", "**Prérequis\u00a0:**"):
        assert label in title, label
    assert any(cell.startswith("## Bilan") for cell in cells)
    folder = french.parent
    for cell in cells:
        for target in re.findall(r"\]\(([^)\s#]+)(?:#(?:[^()\s]|\([^()]*\))*)?\)", cell):
            if "://" in target:
                continue
            assert (folder / target).exists(), f"{french.name}: broken link {target}"
            assert not (target.endswith(".ipynb") and (ROOT / "notebooks" / target).exists()), \
                f"{french.name}: {target} is the English lesson"


@needs_hunspell
@pytest.mark.parametrize(("english", "french"), PAIRS, ids=_ids(PAIRS))
def test_the_french_prose_is_spelled_right(english, french):
    assert dict(checks.misspelled(checks.markdown_cells(french))) == {}, \
        "a name or term of the kit? add it to editions/fr/mots.txt"


def test_the_french_catalog_is_french_spelled_and_spaced():
    from babel.messages.pofile import read_po

    with (ROOT / "helpers/locale/fr/LC_MESSAGES/helpers.po").open("rb") as file:
        catalog = read_po(file)
    messages = []
    for message in catalog:
        if message.id:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            messages += [(ids[-1], string) for string in strings]
    assert checks.catalog_problems(messages, spelling=checks.hunspell_available()) == []


# The checks can fail: each is shown one drift it must catch.

def _pair():
    english, french = PAIRS[0]
    return _read(english), _read(french)


def test_parity_catches_a_code_cell_added_to_one_edition():
    english, french = _pair()
    french.cells.append(nbformat.v4.new_code_cell("print(len(doc.text))"))
    assert any("only in French" in p for p in checks.parity(english, french))


def test_parity_catches_changed_code_a_lost_exercise_and_a_heading():
    english, french = _pair()
    code = next(c for c in french.cells if c.cell_type == "code" and "q1.check" in c.source)
    code.source = code.source.replace("q1.check(", "q2.check(")
    question = next(c for c in french.cells if "**Question 1.**" in c.source)
    question.source = question.source.replace("**Question 1.**", "**Exercice.**")
    heading = next(c for c in french.cells if c.source.startswith("## 1."))
    heading.source = "#" + heading.source
    problems = checks.parity(english, french)
    assert any("the code differs" in p for p in problems)
    assert any("exercise questions" in p for p in problems)
    assert any("headings" in p for p in problems)


def test_parity_catches_a_missing_language_choice_but_not_prose():
    english, french = _pair()
    twin = copy.deepcopy(french)
    for cell in twin.cells:
        if cell.cell_type == "code":
            cell.source = re.sub(r"#.*", "# un commentaire", cell.source)
    assert checks.parity(english, twin) == []
    french.cells = [c for c in french.cells if c.id != checks.LANGUAGE_CELL_ID]
    assert checks.parity(english, french) == [
        "no language cell (set_language) in the French edition"]


def test_english_left_in_french_prose_is_found():
    english = "Stuck? Ask for a hint, then call it again for the next one."
    cell = f"Remplacez les ____ par votre réponse, puis exécutez la cellule.\n\n{english}"
    assert checks.english_left(cell) == [english]


def test_typography_finds_a_missing_no_break_space():
    assert checks.typography("Combien de paragraphes ?") == ["paragraphes ?"]
    assert checks.typography("Combien de paragraphes\u00a0? Voir `x[1:]`.") == []


@needs_hunspell
def test_spelling_finds_a_mistake_and_knows_the_kit_words():
    found = checks.misspelled(["Remplacez les ____ par votre réponce : Poutine à Vladivostok."])
    assert dict(found) == {"réponce": 1}


def test_a_missing_text_or_stale_phrase_stops_the_build(tmp_path):
    _, french = PAIRS[0]
    text = (ROOT / "editions" / "fr" / f"{french.stem}.md").read_text("utf-8")
    broken = tmp_path / french.name.replace(".ipynb", ".md")
    first = re.search(r"<!-- cell (\S+) -->", text)
    broken.write_text(text.replace(first[0], "<!-- cell no-such-cell -->", 1)
                      + "\nno such phrase => aucune\n", "utf-8")
    with pytest.raises(ValueError) as error:
        editions.build(editions.read_source(broken), "fr")
    message = str(error.value)
    assert f"no text for markdown cell {first[1]}" in message
    assert "no-such-cell" in message and "'no such phrase'" in message


def test_lisezmoi_gives_the_two_commands_and_every_french_lesson():
    text = (ROOT / "LISEZMOI.md").read_text("utf-8")
    assert "make lab LANG=fr" in text and "make test" in text
    linked = re.findall(r"\]\((notebooks/fr/[^)]+\.ipynb)\)", text)
    assert sorted(set(linked)) == sorted(f"notebooks/fr/{f.name}" for _, f in PAIRS)
    for _, french in PAIRS:  # the table's time is the lesson's own
        minutes = re.search(r"\*\*Durée\u00a0:\*\* (\d+) minutes", checks.markdown_cells(french)[0])
        row = next(line for line in text.splitlines() if f"](notebooks/fr/{french.name})" in line)
        assert row.endswith(f"| {minutes[1]} min |"), row
    assert [p for p in checks.paragraphs(text) if p in checks.english_left(p)] == []
    assert checks.typography(text) == []
    if checks.hunspell_available():
        assert dict(checks.misspelled([text])) == {}
