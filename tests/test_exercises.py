"""Every question of every lesson module ``helpers.exercises.lessonNN`` (found, not listed).

A new lesson module is picked up automatically: its blank is 'blank', each of
its wrong examples is 'wrong' without revealing the expected value, its
solution is 'correct', and it has hints, a solution and wrong examples.
"""

import importlib
import pkgutil
import re

import pytest

import helpers.exercises
from helpers.exercises import (
    ChoiceQuestion,
    FunctionQuestion,
    PatternQuestion,
    ____,
    is_blank,
    questions_in,
    reveals,
    run_solution,
)

LESSONS = sorted(
    info.name for info in pkgutil.iter_modules(helpers.exercises.__path__)
    if re.fullmatch(r"lesson\d+\w*", info.name)
)


def _collect():
    found = []
    for name in LESSONS:
        module = importlib.import_module(f"helpers.exercises.{name}")
        variables = {id(value): var for var, value in vars(module).items()}
        for question in questions_in(module):
            found.append(pytest.param(question, id=f"{name}.{variables[id(question)]}"))
    return found


QUESTIONS = _collect()


def fresh(question):
    """A new instance, so hint counters of the module's instance stay untouched."""
    return type(question)()


def test_lesson_modules_are_found():
    assert "lesson00" in LESSONS
    assert len(QUESTIONS) >= 2


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_module_has_questions_with_distinct_labels(name):
    questions = questions_in(f"helpers.exercises.{name}")
    assert questions, f"{name} defines no question"
    titles = [q.title for q in questions]
    assert len(set(titles)) == len(titles), f"{name}: labels repeat: {titles}"


@pytest.mark.parametrize("question", QUESTIONS)
def test_declaration_is_complete(question):
    assert question.label, "give the question a label, e.g. 'Question 1'"
    assert question.prompt.strip() and "\n" not in question.prompt.strip()
    assert len(question.hints) >= 2, "at least 2 hints"
    assert all(h.strip() for h in question.hints)
    assert question.solution_code.strip(), "a solution (code string)"
    compile(question.solution_code, "<solution>", "exec")
    assert question.answer_name.isidentifier()
    assert len(question.wrong_examples) >= 1, "at least 1 wrong example"
    assert not any(is_blank(w) for w in question.wrong_examples), "test blanks separately"
    if isinstance(question, FunctionQuestion | PatternQuestion):
        assert question.cases, "cases to check the answer on"
    if isinstance(question, ChoiceQuestion):
        assert str(question.expected).lower() in question.options
        assert set(question.why_not) <= set(question.options) - {question.expected}


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_blank(question):
    feedback = fresh(question).check(____)
    assert feedback.status == "blank"
    assert not feedback


@pytest.mark.parametrize("question", QUESTIONS)
def test_wrong_examples_are_wrong_without_revealing_the_answer(question):
    q = fresh(question)
    for wrong in q.wrong_examples:
        feedback = q.check(wrong)
        assert feedback.status == "wrong", f"{wrong!r} was not judged wrong"
        assert feedback.message.startswith("Not quite yet.")
        for secret in q.secrets():
            for shown in (feedback.message, feedback.code):
                assert not reveals(shown, secret), (
                    f"the feedback for {wrong!r} reveals the expected value: {shown}"
                )


@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_is_correct(question):
    q = fresh(question)
    feedback = q.check(run_solution(q))
    assert feedback.status == "correct", repr(feedback)
    assert feedback
    assert repr(feedback).startswith(f"✓ {q.title} — Correct!")


@pytest.mark.parametrize("question", QUESTIONS)
def test_hints_run_out_into_the_solution(question):
    q = fresh(question)
    total = len(q.hints)
    messages = [q.hint().message for _ in range(total + 1)]
    assert messages[0].startswith(f"Hint 1/{total}: ")
    assert messages[-1].startswith("No more hints: try ")
    assert q.solution().code == q.solution_code


@pytest.mark.parametrize("question", QUESTIONS)
def test_feedback_renders(question):
    q = fresh(question)
    for feedback in (q.check(____), q.check(q.wrong_examples[0]), q.hint(), q.solution()):
        assert feedback._repr_html_().startswith('<div class="exercise-feedback')
        assert "0x" not in repr(feedback)
