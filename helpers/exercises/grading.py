"""The check of a question as an assertion, for autograded (nbgrader) test cells.

``scripts/assignments.py`` turns each exercise of a lesson into an nbgrader
solution cell followed by a test cell that reads::

    from helpers.exercises.grading import passes
    from helpers.exercises.lesson00 import q1
    assert passes(q1, n_paragraphs)

The verdict is the one ``q1.check()`` gives the student, so the grade and the
feedback never disagree; a blank or a wrong answer fails with the check's own
message (never the expected value), which nbgrader shows in the graded notebook.

>>> from helpers.exercises import ____
>>> from helpers.exercises.lesson00 import q2
>>> passes(q2, "b")
True
>>> passes(q2, ____)
Traceback (most recent call last):
...
AssertionError: ✎ Question 2 — Replace the ____ with your answer, then run the cell again.
"""

from __future__ import annotations

from typing import Any

from ..translation import gettext as _
from .question import Question


def passes(question: Question, answer: Any) -> bool:
    """True when ``question.check(answer)`` says correct; else AssertionError with its message.

    >>> from helpers.exercises.lesson00 import q2
    >>> passes(q2, "a")
    Traceback (most recent call last):
    ...
    AssertionError: ✗ Question 2 — Not quite yet. U+0027 is the straight apostrophe of the
    keyboard. Look closely: this text was typeset, with curly apostrophes.
    """
    if not isinstance(question, Question):
        raise TypeError(_("passes() takes a question (q1, q2, …), not {kind}").format(
            kind=type(question).__name__))
    feedback = question.check(answer)
    if not feedback:
        raise AssertionError(str(feedback))
    return True
