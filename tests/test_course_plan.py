"""docs/course_plan.md against the notebooks: times, exercises, Going further, sessions, rubric.

Fast and offline: it reads the notebooks' JSON, runs nothing.
"""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN_PATH = ROOT / "docs" / "course_plan.md"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SESSION_MINUTES = 120

TITLE_TIME = re.compile(r"\*\*Time:\*\* (\d+) minutes(?: \(and (\d+) optional\))?")
PLAN_TIME = re.compile(r"^(\d+) min(?: \+ (\d+) optional)?$")
LESSON_MINUTES = re.compile(r"Lesson (\d\d) \((\d+) min\)")
GOING_FURTHER = re.compile(r"(\d\d) “([^”]+)”")
MINUTES = re.compile(r"\((\d+) min\)")


def plan() -> str:
    return PLAN_PATH.read_text(encoding="utf-8")


def named_sections(text: str) -> list[tuple[str, str]]:
    """(lesson, heading) of each 'NN “heading”' in ``text``, line wraps made spaces."""
    return [(n, " ".join(title.split())) for n, title in GOING_FURTHER.findall(text)]


def cells(path: Path) -> list[tuple[str, str]]:
    """(cell type, source) of each cell of a notebook."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [(c["cell_type"], "".join(c["source"])) for c in nb["cells"]]


def lesson_number(path: Path) -> str:
    return path.name[:2]


def title_times(path: Path) -> tuple[int, int]:
    """(core, optional) minutes from the lesson's title cell."""
    match = TITLE_TIME.search(cells(path)[0][1])
    assert match, f"{path.name}: no **Time:** in the title cell"
    return int(match[1]), int(match[2] or 0)


def going_further_sections(path: Path) -> list[str]:
    """The ### headings between a lesson's '## Going further' and its next ## heading."""
    found, inside = [], False
    for kind, source in cells(path):
        if kind != "markdown":
            continue
        for line in source.splitlines():
            if line.startswith("## "):
                inside = line.startswith("## Going further")
            elif inside and line.startswith("### "):
                found.append(line[4:].strip())
    return found


def exercises(path: Path) -> tuple[int, set[int]]:
    """(number of questions imported, numbers of the questions answered with a pattern)."""
    questions, regex = set(), set()
    for kind, source in cells(path):
        if kind != "code":
            continue
        imported = re.search(r"from helpers\.exercises\.lesson\d\d import (.+)", source)
        if imported:  # a lesson may load its questions in more than one cell
            questions.update(re.findall(r"\bq\d+\b", imported[1]))
        if "pattern = ____" in source:
            regex.update(int(n) for n in re.findall(r"\bq(\d+)\.check\(pattern\)", source))
    return len(questions), regex


def section(text: str, heading: str) -> str:
    """The body of a markdown section, up to the next heading of the same or higher level."""
    level = heading.split(" ")[0]
    start = text.index(heading + "\n") if heading + "\n" in text else text.index(heading)
    rest = text[start + len(heading):]
    stop = re.search(rf"^#{{1,{len(level)}}} ", rest, re.MULTILINE)
    return rest[: stop.start()] if stop else rest


def table_rows(body: str) -> list[list[str]]:
    """The data rows of the first markdown table in ``body``, cells stripped."""
    rows = [line for line in body.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def items(body: str) -> dict[str, str]:
    """Bullet items '- **Label (…):** text' of a section, joined across wrapped lines."""
    found = re.findall(r"^- \*\*(.+?):\*\*(.*?)(?=^- |\Z)", body, re.MULTILINE | re.DOTALL)
    return {label: " ".join(text.split()) for label, text in found}


def lesson_table() -> dict[str, list[str]]:
    rows = table_rows(section(plan(), "## The lessons at a glance"))
    return {re.search(r"\[(\d\d) ", row[0])[1]: row for row in rows}


def test_the_notebooks_are_found():
    assert [lesson_number(p) for p in NOTEBOOKS] == ["00", "01", "02", "03", "04", "05", "06"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_lesson_is_named_and_linked(path):
    assert f"../notebooks/{path.name}" in plan()
    assert lesson_number(path) in lesson_table()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_times_match_the_title_cells(path):
    row = lesson_table()[lesson_number(path)]
    match = PLAN_TIME.match(row[1])
    assert match, f"unreadable time {row[1]!r}"
    assert (int(match[1]), int(match[2] or 0)) == title_times(path)


def test_every_lesson_time_in_the_text_matches_the_title_cell():
    core = {lesson_number(p): title_times(p)[0] for p in NOTEBOOKS}
    mentions = LESSON_MINUTES.findall(plan())
    assert mentions, "the plan gives no 'Lesson NN (N min)'"
    wrong = [(n, m) for n, m in mentions if core[n] != int(m)]
    assert not wrong, f"lesson minutes that differ from the title cells: {wrong}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exercise_counts_and_regex_exercises(path):
    row = lesson_table()[lesson_number(path)]
    questions, regex = exercises(path)
    assert int(re.match(r"\d+", row[2])[0]) == questions
    assert {int(n) for n in re.findall(r"Q(\d+)", row[3])} == regex


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_going_further_count_in_the_table(path):
    row = lesson_table()[lesson_number(path)]
    sections = going_further_sections(path)
    expected = f"{len(sections)} sections" if sections else "—"
    assert row[4] == expected


def test_every_going_further_section_named_exists():
    named = named_sections(plan())
    assert len(named) == plan().count("“"), "a “…” name without its lesson number"
    by_lesson = {lesson_number(p): going_further_sections(p) for p in NOTEBOOKS}
    missing = [(n, title) for n, title in named if title not in by_lesson[n]]
    assert not missing, f"not a Going further section of that lesson: {missing}"


def test_the_early_finishers_table_lists_every_going_further_section():
    body = section(plan(), "## Students who finish early, students who fall behind")
    named = set(named_sections(body))
    every = {(lesson_number(p), t) for p in NOTEBOOKS for t in going_further_sections(p)}
    assert every, "no Going further section found in the notebooks"
    assert every - named == set()


def test_six_weeks_each_with_class_and_home_that_fit_the_session():
    weeks = re.findall(r"^### Week (\d+) ", plan(), re.MULTILINE)
    assert weeks == [str(n) for n in range(1, 7)]
    for week in weeks:
        heading = re.search(rf"^### Week {week} .*$", plan(), re.MULTILINE)[0]
        found = items(section(plan(), heading))
        labels = {label.split(" (")[0]: label for label in found}
        assert {"In class", "At home"} <= set(labels), f"week {week}: {sorted(found)}"
        for kind in ("In class", "At home"):
            label = labels[kind]
            declared = int(re.search(r"\((\d+) min\)", label)[1])
            parts = sum(int(n) for n in MINUTES.findall(found[label]))
            assert declared == SESSION_MINUTES, f"week {week} {kind}: {declared} min"
            assert parts == declared, f"week {week} {kind}: parts add up to {parts}, not {declared}"


def test_the_workshop_has_three_sessions_that_fit():
    body = section(plan(), "## Three-session workshop")
    sessions = re.findall(r"^### (Session \d+ .*)$", body, re.MULTILINE)
    assert len(sessions) == 3
    for heading in sessions:
        found = items(section(body, "### " + heading))
        (label,) = [label for label in found if label.startswith("In class")]
        declared = int(re.search(r"\((\d+) min\)", label)[1])
        assert sum(int(n) for n in MINUTES.findall(found[label])) == declared, heading


def test_the_rubric_adds_up_to_its_total():
    body = section(plan(), "### Rubric")
    rows = table_rows(body)
    assert len(rows) >= 4
    assert all(len(row) == 6 and all(row) for row in rows), "a criterion without its four levels"
    total = int(re.search(r"\*\*Total: (\d+) points\.\*\*", body)[1])
    assert total in (20, 100)
    assert sum(float(row[1]) for row in rows) == total


def test_discussion_questions_for_every_lesson():
    body = section(plan(), "## Discussion questions")
    for path in NOTEBOOKS:
        heading = re.search(rf"^### Lesson {lesson_number(path)} .*$", body, re.MULTILINE)
        assert heading, f"no discussion questions for {path.name}"
        questions = re.findall(r"^\d+\. ", section(body, heading[0]), re.MULTILINE)
        assert 2 <= len(questions) <= 4, f"{path.name}: {len(questions)} questions"
