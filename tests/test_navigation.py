"""The navigation cells of the lessons (scripts/navigation.py): up to date, idempotent, unique."""

import shutil
from pathlib import Path

import nbformat
import pytest
from script_modules import script  # tests/script_modules.py

ROOT = Path(__file__).resolve().parents[1]
navigation = script("navigation")


@pytest.fixture
def copy(tmp_path):
    for path in navigation.lessons_in():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def nav_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if navigation.is_nav_cell(c)]


def test_committed_lessons_are_up_to_date():
    stale = navigation.run(write=False)
    assert stale == [], f"run `python scripts/navigation.py`: stale {[p.name for p in stale]}"


def test_each_lesson_has_one_nav_cell_right_after_its_title():
    for path in navigation.lessons_in():
        cells = nbformat.read(path, as_version=4).cells
        assert cells[0].source.startswith("# Lesson"), path.name
        assert navigation.is_nav_cell(cells[1]), path.name
        assert cells[1].id == navigation.CELL_ID and cells[1].source.startswith(navigation.MARKER)
        assert len(nav_cells(path)) == 1, path.name


def test_running_twice_changes_nothing_the_second_time(copy):
    navigation.run(copy)
    before = {p.name: p.read_bytes() for p in copy.glob("*.ipynb")}
    assert navigation.run(copy) == []
    assert {p.name: p.read_bytes() for p in copy.glob("*.ipynb")} == before
    assert all(len(nav_cells(p)) == 1 for p in copy.glob("*.ipynb"))


def test_a_stale_nav_cell_is_fixed_in_place(copy):
    path = copy / "02_frequency.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[1].source = nb.cells[1].source.replace("Lesson 03", "Lesson 99")
    nbformat.write(nb, path)
    assert navigation.run(copy, write=False) == [path]
    assert navigation.run(copy) == [path]
    cells = nbformat.read(path, as_version=4).cells
    assert "Lesson 03" in cells[1].source and len(nav_cells(path)) == 1


def test_a_moved_or_duplicated_nav_cell_is_made_one_again(copy):
    path = copy / "01_tokenization.ipynb"
    nb = nbformat.read(path, as_version=4)
    twin = nbformat.v4.new_markdown_cell(navigation.MARKER + "\n\nZZ-stale-twin")
    nb.cells.append(twin)
    nbformat.write(nb, path)
    with pytest.warns(UserWarning, match="2 navigation cells"):
        assert navigation.run(copy) == [path]
    cells = nbformat.read(path, as_version=4).cells
    assert len(nav_cells(path)) == 1 and navigation.is_nav_cell(cells[1])
    assert "ZZ-stale-twin" not in "".join(c.source for c in cells)


def test_a_missing_nav_cell_is_added_without_touching_code_cells(copy):
    path = copy / "04_entities.ipynb"
    original = nbformat.read(path, as_version=4)
    nb = nbformat.read(path, as_version=4)
    del nb.cells[1]
    nbformat.write(nb, path)
    navigation.run(copy)
    again = nbformat.read(path, as_version=4)
    assert again == original
    code = [c.execution_count for c in again.cells if c.cell_type == "code"]
    assert code == list(range(1, len(code) + 1))


def test_links_point_to_notebooks_that_exist():
    assert navigation.check_links() == []


def test_every_section_heading_can_be_linked_to():
    assert navigation.unlinkable() == [], "use ASCII in ## headings (no —, no accents)"
    assert navigation.unlinkable(navigation.NOTEBOOKS / "fr") == []


def test_french_links_go_to_the_ascii_anchor_in_their_heading_line():
    for path in navigation.lessons_in(navigation.NOTEBOOKS / "fr"):
        nb = nbformat.read(path, as_version=4)
        nav = nav_cells(path)[0].source
        for section in navigation.read_lesson(path, nb).sections:
            target = navigation.slug(section)
            assert target.isascii() and f"({'#' + target})" in nav
            assert any(f"## {section} <a id=\"{target}\"></a>" in c.source for c in nb.cells)


def test_a_french_heading_without_its_anchor_is_named(tmp_path):
    folder = tmp_path / "fr"
    folder.mkdir()
    for path in navigation.lessons_in(navigation.NOTEBOOKS / "fr"):
        shutil.copy(path, folder / path.name)
    path = folder / "02_frequences.ipynb"
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "## 8." in c.source or "## 2." in c.source)
    heading = next(line for line in cell.source.splitlines() if line.startswith("## "))
    cell.source = cell.source.replace(heading, heading.split(" <a id=")[0])
    nbformat.write(nb, path)
    problems = navigation.unlinkable(folder)
    assert len(problems) == 1 and problems[0].startswith("02_frequences.ipynb: ## ")
    assert "(no <a id=" in problems[0]


def test_check_mode_passes_on_the_committed_lessons(capsys):
    assert navigation.main(["--check"]) == 0


def test_nav_matches_order_and_the_recaps_next_links():
    paths = navigation.lessons_in()
    lessons = [navigation.read_lesson(p) for p in paths]
    for index, lesson in enumerate(lessons):
        source = nbformat.read(lesson.path, as_version=4).cells[1].source
        if index > 0:
            assert f"({paths[index - 1].name})" in source
        else:
            assert "←" not in source
        if index + 1 < len(lessons):
            assert f"({paths[index + 1].name})" in source
            assert lesson.next_in_recap and lesson.next_in_recap[1] == paths[index + 1].name, (
                f"{lesson.path.name}: the recap's Next link does not go to the next lesson"
            )
        else:
            assert "last lesson" in source
            if lesson.next_in_recap and not (lesson.path.parent / lesson.next_in_recap[1]).exists():
                assert "(coming)" in source
        for section in lesson.sections:
            assert f"(#{navigation.anchor(section)})" in source
