"""How a question talks to the student: the feedback of ``check``, ``hint`` and ``solution``.

The question (``question.Question``) judges a plain answer; here the answer is
first looked at as given (missing, blank, of the wrong form), then the verdict
becomes a ``Feedback``, and an error inside the checker a polite not-yet message.
In assessment mode (``assessment``) the solution and the explanation after a
right answer are left out; the verdict, the advice and the hints stay.
The lessons mark their texts (label, prompt, hints, explanation, options, ``why_not``)
with ``N_()``; they are translated here, when shown (``translated``), and the
messages of ``precheck`` and ``nudge`` come already translated with ``_()``.

>>> from helpers.exercises import ValueQuestion
>>> class Double(ValueQuestion):
...     label = "Question 1"
...     expected = 42
>>> check_feedback(Double(), 42, ())
✓ Question 1 — Correct!
>>> hint_feedback(Double(), None, ())
💡 Question 1 — No hints for this one: try q1.solution().
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

from ..translation import N_, format_number
from ..translation import gettext as _
from . import timelimit
from .assessment import SOLUTIONS_OFF, assessment_on
from .blank import MISSING, ____, is_blank
from .compare import BUDGET, TooBig, plain
from .display import show
from .feedback import Feedback, Status
from .timelimit import TimeUp

if TYPE_CHECKING:
    from .question import Question

BLANK_MESSAGE = N_("Replace the ____ with your answer, then run the cell again.")
"""What ``check`` says while the answer is, or still holds, the blank ``____`` (in English:
``_(BLANK_MESSAGE)`` translates it)."""
_TOO_BIG = N_("Your answer holds more than {budget} items (or is nested very deep): far more "
              "than this question needs. Check what you pass to {name}.check().")
_TOO_LONG = N_("Checking this answer took too long (more than {seconds:g} s), so it was "
               "stopped. Check what you pass to {name}.check().")


def variable_name(question: Question) -> str:
    """The variable ``question`` is bound to in its module (``q1``).

    Elsewhere (a test, a doctest) it is guessed from the label: "Question 2" → ``q2``.

    >>> from helpers.exercises.lesson00 import q2
    >>> variable_name(q2)
    'q2'
    """
    module = sys.modules.get(type(question).__module__)
    for name, value in vars(module).items() if module else ():
        if value is question:
            return name
    match = re.fullmatch(r"Question (\w+)", question.label)
    return f"q{match[1]}" if match else "q"


def title_of(question: Question) -> str:
    """The title shown: the label ("Question 1" in the language in effect), else one made
    from the variable name.

    >>> from helpers.exercises.lesson00 import q1
    >>> title_of(q1)
    'Question 1'
    """
    if not question.label:
        return title_from_variable(question)
    match = re.fullmatch(r"Question (\w+)", question.label)
    return _("Question {number}").format(number=match[1]) if match else _(question.label)


def title_from_variable(question: Question) -> str:
    """A title made from the variable name (q3 → "Question 3"), else the class name.

    >>> from helpers.exercises.lesson00 import q2
    >>> title_from_variable(q2)
    'Question 2'
    """
    match = re.fullmatch(r"q(\d+\w*)", variable_name(question))
    return _("Question {number}").format(number=match[1]) if match else type(question).__name__


def feedback_for(question: Question, status: Status, message: str, code: str = "") -> Feedback:
    """A ``Feedback`` headed by the question's title and prompt.

    >>> from helpers.exercises.lesson00 import q2
    >>> feedback_for(q2, "hint", "Look closely.")
    💡 Question 2 — Look closely.
    """
    return Feedback(status, message, question.title, _(question.prompt), code)


def not_yet(question: Question, advice: str, code: str = "") -> Feedback:
    """The feedback for a wrong answer: "Not quite yet." and the advice.

    >>> from helpers.exercises.lesson00 import q2
    >>> not_yet(q2, "Look closely.")
    ✗ Question 2 — Not quite yet. Look closely.
    """
    return feedback_for(question, "wrong", _("Not quite yet. {advice}").format(advice=advice),
                        code)


def check_feedback(question: Question, answer: Any, more: tuple) -> Feedback:
    """What ``question.check(answer, *more)`` returns; never raises at a student.

    >>> from helpers.exercises.lesson00 import q2
    >>> check_feedback(q2, "(b)", ()).status, check_feedback(q2, "b", ("c",)).status
    ('correct', 'wrong')
    """
    question.last_error = None
    name = variable_name(question)
    try:
        return _check(question, answer, more, name)
    except TimeUp:  # a late timer: the student's code was stopped in time
        return not_yet(question, _(_TOO_LONG).format(seconds=timelimit.TIME_LIMIT, name=name))
    except TooBig:
        return not_yet(question, _(_TOO_BIG).format(budget=format_number(BUDGET), name=name))
    except NotImplementedError:  # the lesson's author forgot a part: theirs to see
        raise
    except Exception as error:  # the checker must never raise at a student
        question.last_error = error
        return not_yet(question, _(
            "The checker could not read this answer. Check that it is what the question asks "
            "for, then try again: {name}.hint() can help.").format(name=name))


def _check(question: Question, answer: Any, more: tuple, name: str) -> Feedback:
    if answer is MISSING:
        return feedback_for(question, "blank", _(
            "Pass your answer to check, e.g. {name}.check({answer})."
        ).format(name=name, answer=question.answer_name))
    if more:
        return not_yet(question, _(
            "Pass one answer to {name}.check(): to give several values, put them in one tuple or "
            "list, e.g. {name}.check((a, b))."
        ).format(name=name))
    if answer is ____:
        return feedback_for(question, "blank", _(BLANK_MESSAGE))
    problem = question.precheck(answer)  # the outer type first: no walk through the answer yet
    if problem is not None:
        if is_blank(answer, budget=1_000):
            return feedback_for(question, "blank", _(BLANK_MESSAGE))
        return not_yet(question, problem)
    value = plain(answer)
    if is_blank(value):
        return feedback_for(question, "blank", _(BLANK_MESSAGE))
    correct, advice = question.verdict(value)
    if correct:
        return feedback_for(question, "correct", _success(question))
    return not_yet(question, advice or _(
        "Check your answer and try again: {name}.hint() can help.").format(name=name))


def _success(question: Question) -> str:
    if assessment_on():  # explanations are written for after the answer: many state it
        return _("Correct!")
    text = _(question.explanation)
    if "{expected}" in text:
        text = text.replace("{expected}", show(question.expected))
    return _("Correct! {explanation}").format(explanation=text).rstrip()


def hint_feedback(question: Question, n: Any, more: tuple) -> Feedback:
    """What ``question.hint(n, *more)`` returns: hint ``n``, or the next one when ``n`` is None.

    >>> from helpers.exercises.lesson00 import ApostropheCodePoint
    >>> question = ApostropheCodePoint()  # a fresh one: hints seen are counted
    >>> hint_feedback(question, None, ())
    💡 Question 2 — Hint 1/2: `unicodedata.name(ch)` gives the official name of a character `ch`.
    >>> hint_feedback(question, 5, ())
    💡 Question 2 — There are 2 hints: ask for q2.hint(1) to q2.hint(2), or q2.hint() for the
    next one.
    """
    total = len(question.hints)
    name = variable_name(question)
    solutions = not assessment_on()
    if total == 0:
        return feedback_for(question, "hint", (
            _("No hints for this one: try {name}.solution().") if solutions
            else _("No hints for this one.")).format(name=name))
    if isinstance(n, str) and n.strip().isdecimal() and len(n) < 10:
        n = int(n)  # hint('2') means hint(2)
    if n is None and not more:
        if question.hints_seen >= total:
            return feedback_for(question, "hint", (
                _("No more hints: try {name}.solution().") if solutions
                else _("No more hints.")).format(name=name))
        n = question.hints_seen + 1
    if more or type(n) is not int or not 1 <= n <= total:
        return feedback_for(question, "hint", _(
            "There are {total} hints: ask for {name}.hint(1) to {name}.hint({total}), or "
            "{name}.hint() for the next one."
        ).format(total=total, name=name))
    question.hints_seen = max(question.hints_seen, n)
    return feedback_for(question, "hint", _("Hint {n}/{total}: {hint}").format(
        n=n, total=total, hint=_(question.hints[n - 1])))


def solution_feedback(question: Question) -> Feedback:
    """What ``question.solution()`` returns: one way to do it, as code (in assessment mode, a
    notice that solutions are turned off).

    >>> from helpers.exercises.lesson00 import q2
    >>> solution_feedback(q2).code.splitlines()[-1]
    'answer = "b"'
    """
    if assessment_on():
        return feedback_for(question, "solution",
                            _(SOLUTIONS_OFF).format(name=variable_name(question)))
    return feedback_for(question, "solution", _("Here is one way to do it:"),
                        code=_(question.solution_code))
