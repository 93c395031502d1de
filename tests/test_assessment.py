"""Assessment mode: with the switch on, no question of any lesson shows its answer.

The switch is turned on both ways a teacher does it: the environment variable
(a class on JupyterHub) and ``assessment_mode(True)`` (one session). With it off,
everything is as before (tests/test_exercises.py and test_exercise_framework.py).
"""

import html
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import helpers.exercises
from helpers.exercises import (
    ChoiceQuestion,
    ValueQuestion,
    ____,
    assessment_mode,
    assessment_on,
    questions_in,
    reveals,
    run_solution,
)
from helpers.exercises.assessment import ENV_VAR, switched_on

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted(info.name for info in pkgutil.iter_modules(helpers.exercises.__path__)
                 if re.fullmatch(r"lesson\d+\w*", info.name))


def _collect():
    found = []
    for name in LESSONS:
        module = importlib.import_module(f"helpers.exercises.{name}")
        variables = {id(value): var for var, value in vars(module).items()}
        found += [pytest.param(q, id=f"{name}.{variables[id(q)]}") for q in questions_in(module)]
    return found


QUESTIONS = _collect()


@pytest.fixture(autouse=True)
def switch_off(monkeypatch):
    """Every test starts with the switch off, and leaves it off."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    assessment_mode(False)
    yield
    monkeypatch.delenv(ENV_VAR, raising=False)
    assessment_mode(False)


@pytest.fixture(params=["environment", "call"])
def turn_on(request, monkeypatch):
    """A function that turns the switch on, as a class (the variable) or a session (the call)."""
    if request.param == "environment":
        return lambda: monkeypatch.setenv(ENV_VAR, "1")
    return lambda: assessment_mode(True)


def answer_texts(q):
    """The official answer's texts: the solution's lines, the explanation, the right option."""
    pieces = [q.solution_code]
    for line in q.solution_code.splitlines():
        code, _, comment = line.partition("#")
        pieces += [line.strip(), code.strip(), comment.strip()]
    if isinstance(q, ChoiceQuestion):
        pieces.append(q.options[str(q.expected).lower()])
    texts = {p for p in pieces if len(p) >= 8}  # shorter bits (`)`, `return`) say nothing
    # the explanation around its {expected} (the value is a secret): "With min_freq=" is no leak
    return texts | {p for p in str(q.explanation).split("{expected}") if len(p.strip()) >= 20}


def leaks(feedback, q):
    """What of the answer a feedback shows, as text and as HTML (empty when nothing).

    The prompt, in the HTML header, is left out: it is the question, shown anyway.
    """
    page = html.unescape(re.sub(r"<[^>]+>", "", replace(feedback, prompt="")._repr_html_()))
    shown = [repr(feedback), page]
    found = [t for t in answer_texts(q) if any(t in s for s in shown)]
    found += [repr(s) for s in q.secrets() if any(reveals(t, s) for t in shown)]
    return found


def fresh(question):
    return type(question)()


# --------------------------------------------------------------------------- the switch


@pytest.mark.parametrize("value", ["1", "true", "Yes", " on ", "assessment"])
def test_the_variable_turns_it_on(monkeypatch, value):
    monkeypatch.setenv(ENV_VAR, value)
    assert assessment_on()


@pytest.mark.parametrize("value", ["", "0", "false", "No", "OFF"])
def test_the_variable_can_say_off(monkeypatch, value):
    monkeypatch.setenv(ENV_VAR, value)
    assert not assessment_on()
    assert not switched_on(value)


def test_the_call_turns_it_on_and_off():
    assert not assessment_on()
    assert assessment_mode(True) is True and assessment_on()
    assert assessment_mode(False) is False and not assessment_on()
    assert assessment_mode() is True  # on by default: the call is there to turn it on


def test_the_class_setting_wins_over_a_session(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "1")
    with pytest.warns(UserWarning, match=ENV_VAR):
        assert assessment_mode(False) is True
    assert assessment_on()


@pytest.mark.parametrize("odd", ["off", "0", None, 2])
def test_only_true_or_false_turns_it(odd):
    with pytest.raises(TypeError):
        assessment_mode(odd)
    assert not assessment_on()


def test_a_kernel_started_with_the_variable_has_the_switch_on():
    code = ("from helpers.exercises.lesson00 import q2\n"
            "print(repr(q2.solution())); print(repr(q2.check('b')))")
    env = {**os.environ, ENV_VAR: "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=True)
    assert "turned off for this assessment" in done.stdout
    assert "✓ Question 2 — Correct!\n" in done.stdout
    assert 'answer = "b"' not in done.stdout and "U+2019" not in done.stdout


# --------------------------------------------------------------------------- every question


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_detector_finds_the_answer_when_the_switch_is_off(question):
    """The leak test below can fail: with the switch off, solution() shows the answer."""
    q = fresh(question)
    assert leaks(q.solution(), q)
    assert q.solution().code == q.solution_code


@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_reveals_nothing(question, turn_on):
    q = fresh(question)
    turn_on()
    for feedback in (q.solution(), q.solution("please")):
        assert feedback.status == "solution" and not feedback
        assert feedback.code == ""
        assert "turned off for this assessment" in feedback.message
        assert ".hint() still gives hints" in feedback.message
        assert not leaks(feedback, q), leaks(feedback, q)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_right_answer_is_right_without_the_explanation(question, turn_on):
    q = fresh(question)
    answer = run_solution(q)
    before = q.check(answer)
    turn_on()
    feedback = q.check(answer)
    assert feedback.status == before.status == "correct" and feedback
    assert feedback.message == "Correct!" and feedback.code == ""
    assert not leaks(feedback, q), leaks(feedback, q)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_wrong_answer_is_wrong_with_the_same_advice_and_no_answer(question, turn_on):
    q = fresh(question)
    before = [q.check(wrong) for wrong in q.wrong_examples]
    turn_on()
    for wrong, old in zip(q.wrong_examples, before, strict=True):
        feedback = q.check(wrong)
        assert feedback == old, f"the hint-level advice for {wrong!r} changed"
        assert feedback.status == "wrong" and not feedback
        assert not leaks(feedback, q), (wrong, leaks(feedback, q))
    assert q.check(____) == fresh(question).check(____)


@pytest.mark.parametrize("question", QUESTIONS)
def test_hints_still_work(question, turn_on):
    q, before = fresh(question), fresh(question)
    turn_on()
    total = len(q.hints)
    for n in range(1, total + 1):
        assert q.hint().message == f"Hint {n}/{total}: {q.hints[n - 1]}"
        assert q.hint(n) == before.hint(n)
    assert q.hint().message == "No more hints."  # no pointer to a solution that is off


def test_a_question_without_hints_points_to_no_solution(turn_on):
    class Bare(ValueQuestion):
        label = "Question 7"
        expected = 3
        solution = "answer = 1 + 2"

    turn_on()
    assert Bare().hint().message == "No hints for this one."
    assert "1 + 2" not in repr(Bare().solution())


def test_switching_off_again_restores_everything():
    from helpers.exercises.lesson00 import q1

    untouched = (q1.check(run_solution(q1)), fresh(q1).hint(9), q1.solution())
    assessment_mode(True)
    assert q1.check(run_solution(q1)) != untouched[0]
    assessment_mode(False)
    assert (q1.check(run_solution(q1)), fresh(q1).hint(9), q1.solution()) == untouched
    assert "paragraphs, one per line" in untouched[0].message  # the explanation is back
