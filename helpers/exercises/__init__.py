"""Exercises for the lessons: blanks to fill, questions to check, hints, solutions.

In a notebook::

    from helpers.exercises.lesson00 import q1, q2
    n_paragraphs = ____      # the student replaces the blank
    q1.check(n_paragraphs)   # last line of the cell: the feedback is shown

>>> from helpers.exercises import ____, ValueQuestion
>>> ____
____
"""

from .blank import ____, is_blank
from .compare import reveals
from .feedback import Feedback
from .questions import (
    ChoiceQuestion,
    FunctionQuestion,
    PatternQuestion,
    Question,
    ValueQuestion,
    questions_in,
    run_solution,
)

__all__ = [
    "ChoiceQuestion",
    "Feedback",
    "FunctionQuestion",
    "PatternQuestion",
    "Question",
    "ValueQuestion",
    "____",
    "is_blank",
    "questions_in",
    "reveals",
    "run_solution",
]
