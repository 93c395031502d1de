"""Exercises for the lessons: blanks to fill, questions to check, hints, solutions.

In a notebook::

    from helpers.exercises.lesson00 import q1, q2
    n_paragraphs = ____      # the student replaces the blank
    q1.check(n_paragraphs)   # last line of the cell: the feedback is shown

>>> from helpers.exercises import ____, ValueQuestion
>>> ____
____

The modules, from the student's answer to the feedback:

- ``blank``: the blank ``____`` and how to find it in an answer;
- ``compare``: the answer copied into plain data (``plain``), then compared (``equal``);
- ``answer_types``, ``display``: an answer's type and value in words, never the expected one;
- ``timelimit``: running the student's code with a time limit;
- ``question`` (judging), ``question_view`` (feedback): the base ``Question``;
- ``value_question``, ``choice_question``, ``pattern_question``, ``function_question``:
  the four kinds; ``questions``: all of them, with ``questions_in`` and ``run_solution``;
- ``feedback``: what ``check``, ``hint`` and ``solution`` return (text or HTML);
- ``assessment``: assessment mode, ``solution()`` and explanations turned off for an
  assessment (``TEXTE_TOKENS_ASSESSMENT=1`` for a class, ``assessment_mode(True)`` for a session);
- ``lessonNN``: the questions of each lesson.
"""

from .assessment import assessment_mode, assessment_on
from .blank import ____, is_blank
from .choice_question import ChoiceQuestion
from .display import reveals
from .feedback import Feedback
from .function_question import FunctionQuestion
from .pattern_question import PatternQuestion
from .question import Question
from .questions import questions_in, run_solution
from .value_question import ValueQuestion

__all__ = [
    "ChoiceQuestion",
    "Feedback",
    "FunctionQuestion",
    "PatternQuestion",
    "Question",
    "ValueQuestion",
    "____",
    "assessment_mode",
    "assessment_on",
    "is_blank",
    "questions_in",
    "reveals",
    "run_solution",
]
