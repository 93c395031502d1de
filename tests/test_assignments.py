"""scripts/assignments.py: the nbgrader course made from the lessons' exercises, round trip.

The round trip hands in, for each graded lesson, the official solutions (the source
notebook) and the untouched release, and runs nbgrader's own ``autograde``: full marks
for the first, zero for the second. Autograde runs whole lessons (about 10 s a lesson for
the two hand-ins, more on a busy machine), so by default it grades lesson 00: nbgrader's
whole pipeline, on an answer cell that also loads the questions. ``KIT_GRADE_ALL_LESSONS=1``
grades every lesson (the four kinds of question, lines before a blank, a solution whose
variable is not the lesson's), as ``python scripts/assignments.py --check`` does; CI
(``.ci/run``) runs it after the test command. Every question's test cell is also run here
in-process, on the official, blank and wrong answers, in every lesson.
"""

import doctest
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.exercises import ____, questions_in

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "assignments", ROOT / "scripts" / "assignments" / "__init__.py",
    submodule_search_locations=[str(ROOT / "scripts" / "assignments")],
)
assignments = importlib.util.module_from_spec(_spec)
sys.modules["assignments"] = assignments
_spec.loader.exec_module(assignments)
cells = sys.modules["assignments.cells"]

LESSONS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
GRADED = LESSONS if os.environ.get("KIT_GRADE_ALL_LESSONS") else ["00_start_here"]


def _lesson(name: str) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)


def _graded(nb: nbformat.NotebookNode) -> list[tuple[nbformat.NotebookNode, ...]]:
    """(solution cell, test cell) pairs of an nbgrader notebook."""
    pairs = []
    for cell, after in zip(nb.cells, nb.cells[1:], strict=False):
        if cell.metadata.get("nbgrader", {}).get("solution"):
            pairs.append((cell, after))
    return pairs


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    out = tmp_path_factory.mktemp("nbgrader") / "course"
    return out, assignments.build(out)


# ---------------------------------------------------------------- the source notebooks


@pytest.mark.parametrize("lesson", LESSONS)
def test_each_question_gets_one_solution_cell_then_one_test_cell(lesson):
    module, found = assignments.exercises(_lesson(lesson), lesson)
    questions = questions_in(f"helpers.exercises.{module}")
    assert sorted(e.qname for e in found) == sorted(f"q{i}" for i in range(1, len(questions) + 1))
    nb = assignments.assignment(_lesson(lesson), lesson)
    pairs = _graded(nb)
    assert len(pairs) == len(questions)
    for solution, test in pairs:
        q = solution.metadata.nbgrader["grade_id"].removesuffix("_answer")
        assert solution.metadata.nbgrader == {
            "grade": False, "grade_id": f"{q}_answer", "locked": False, "schema_version": 3,
            "solution": True, "task": False}
        assert test.metadata.nbgrader == {
            "grade": True, "grade_id": f"{q}_test", "locked": True, "points": 1,
            "schema_version": 3, "solution": False, "task": False}
        assert re.search(rf"^\w+ = ____\n### BEGIN SOLUTION\n(?:.*\n)+?### END SOLUTION\n"
                         rf"{q}\.check\(\w+\)$", solution.source, re.M), solution.source
        assert f"assert passes({q}, " in test.source
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    assert len([i for i in ids if i]) == len({i for i in ids if i})  # nbgrader needs unique ids
    assert all(c.metadata.nbgrader["locked"] for c in nb.cells if c.cell_type == "markdown")


@pytest.fixture
def _no_user_gazetteer():
    """Lesson 06's official answer adds Météo-France to the gazetteer: leave none behind."""
    from helpers.entities.gazetteer import clear_user_entries

    clear_user_entries()
    yield
    clear_user_entries()


def _run(source: str, namespace: dict) -> None:
    exec(compile(source, "<cell>", "exec"), namespace)


@pytest.mark.usefixtures("_no_user_gazetteer")
@pytest.mark.parametrize("lesson", LESSONS)
def test_every_test_cell_passes_the_official_answer_and_fails_blank_and_wrong(lesson):
    """In-process, with the question's setup as the lesson's context: every question."""
    module, found = assignments.exercises(_lesson(lesson), lesson)
    for exercise in found:
        question, name = exercise.question, exercise.name
        test = assignments.test_source(exercise, module)
        namespace = {"__name__": "__cell__"}
        _run(question.setup, namespace)
        _run(assignments.official_answer(question, name, set(namespace)), namespace)
        _run(test, namespace)  # the official answer passes

        for answer, said in [(____, "Replace the ____"),
                             *[(wrong, "✗") for wrong in question.wrong_examples[:2]]]:
            namespace[name] = answer
            with pytest.raises(AssertionError, match=re.escape(said)):
                _run(test, namespace)
        assert question.wrong_examples, f"{lesson} {exercise.qname}: no wrong answer to try"


def test_the_four_kinds_of_question_are_covered_by_the_full_round_trip():
    """CI's round trip (KIT_GRADE_ALL_LESSONS=1, in .ci/run) grades every kind of question."""
    kinds = set()
    for lesson in LESSONS:
        _, found = assignments.exercises(_lesson(lesson), lesson)
        kinds |= {type(e.question).__mro__[1].__name__ for e in found}
    assert kinds >= {"ValueQuestion", "ChoiceQuestion", "PatternQuestion", "FunctionQuestion"}


def test_only_missing_setup_goes_into_the_solution():
    from helpers.exercises.lesson02 import q3

    in_lesson = assignments.official_answer(q3, "count_words_fixed", {"Counter", "FULL_FORMS"})
    assert in_lesson.splitlines()[0] == "def count_words(tokens):"
    assert in_lesson.splitlines()[-1] == "count_words_fixed = count_words"
    alone = assignments.official_answer(q3, "count_words", set())
    assert alone.startswith("from collections import Counter\nfrom helpers.exercises.lesson02")


def test_cells_doctests():
    assert doctest.testmod(cells, optionflags=doctest.ELLIPSIS).failed == 0


def test_a_question_without_answer_cell_or_a_malformed_cell_is_a_clear_error():
    new = nbformat.v4
    nb = new.new_notebook(cells=[
        new.new_code_cell("from helpers.exercises import ____\n"
                          "from helpers.exercises.lesson00 import q1, q2"),
        new.new_code_cell("n_paragraphs = ____\nq1.check(n_paragraphs)"),
    ])
    with pytest.raises(assignments.BuildError, match=r"Question 2 of .*lesson00 needs one"):
        assignments.exercises(nb, "lesson")
    nb.cells.append(new.new_code_cell("answer = ____\nq2.check(other)"))
    with pytest.raises(assignments.BuildError, match=r"lesson, cell 2: an answer cell needs"):
        assignments.exercises(nb, "lesson")
    assert assignments.assignment(new.new_notebook(cells=[new.new_code_cell("1")]), "x") is None


def test_a_foreign_directory_is_never_overwritten(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert assignments.main(["--out", str(tmp_path)]) == 1
    assert "was not made by scripts/assignments.py" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


# ---------------------------------------------------------------- the course, via nbgrader


def test_the_release_gives_students_the_lessons_blank_back(course):
    out, lessons = course
    assert lessons == LESSONS
    assert (out / "nbgrader_config.py").read_text(encoding="utf-8").startswith("# Written by")
    for lesson in lessons:
        release = nbformat.read(out / "release" / lesson / f"{lesson}.ipynb", as_version=4)
        original = {c.id: c.source for c in _lesson(lesson).cells}
        for solution, test in _graded(release):
            assert "BEGIN SOLUTION" not in solution.source
            assert solution.source.replace("\n\n", "\n") == original[solution.id].replace(
                "\n\n", "\n")  # the lesson's cell, blank and all (plus the empty stub's line)
            assert test.metadata.nbgrader["checksum"]  # nbgrader recorded the locked test
        text = json.dumps(release)
        assert "### BEGIN SOLUTION" not in text
        questions = questions_in(f"helpers.exercises.{assignments.exercises(release, lesson)[0]}")
        assert text.count("assert passes(") == len(questions)


def test_round_trip_official_full_marks_release_zero(course, tmp_path):
    import shutil

    out = tmp_path / "course"
    shutil.copytree(course[0], out)
    scores = assignments.round_trip(out, GRADED)
    for lesson in GRADED:
        (official, top), (blank, top_too) = scores[lesson]["official"], scores[lesson]["blank"]
        questions = len(assignments.exercises(_lesson(lesson), lesson)[1])
        assert (official, blank) == (top, 0), f"{lesson}: {scores[lesson]}"
        assert top == top_too == questions > 0
        graded = nbformat.read(out / "autograded" / "blank" / lesson / f"{lesson}.ipynb", 4)
        for _, test in _graded(graded):  # failed on the blank, not on an error of the kit
            errors = [o for o in test.outputs if o.output_type == "error"]
            assert [e.ename for e in errors] == ["AssertionError"], test.source
            assert "Replace the ____" in errors[0].evalue
