"""The question kinds in one place, and two tools for teachers and tests.

A lesson module declares one small class per question and makes one instance
of each at module level; students pass their answer explicitly:

>>> from helpers.exercises import ____
>>> class Double(ValueQuestion):
...     label = "Question 1"
...     prompt = "What is 2 × 21?"
...     expected = 42
...     hints = ("Multiply.", "Python writes × as *.")
...     solution = "answer = 2 * 21"
>>> q1 = Double()
>>> q1.check(____)
✎ Question 1 — Replace the ____ with your answer, then run the cell again.
>>> q1.check(41)
✗ Question 1 — Not quite yet. Check your answer and try again: q1.hint() can help.
>>> q1.check(42)
✓ Question 1 — Correct!
>>> q1.hint()
💡 Question 1 — Hint 1/2: Multiply.
>>> run_solution(q1)
42

The base ``Question`` is in ``question`` (how an answer is judged) and
``question_view`` (what the student sees); each kind has its own module.
"""

from __future__ import annotations

import importlib
import textwrap
from types import ModuleType
from typing import Any

from .choice_question import ChoiceQuestion
from .function_question import FunctionQuestion
from .pattern_question import PatternQuestion
from .question import Question
from .value_question import ValueQuestion

__all__ = [  # the kinds, importable from here too (scripts/teacher_guide.py does)
    "ChoiceQuestion",
    "FunctionQuestion",
    "PatternQuestion",
    "Question",
    "ValueQuestion",
    "questions_in",
    "run_solution",
]


def run_solution(question: Question) -> Any:
    """Run ``setup`` then the solution in a fresh namespace; return the answer.

    >>> class Q(ValueQuestion):
    ...     setup = "words = ['le', 'chat']"
    ...     solution = "n = len(words)"
    ...     answer_name = "n"
    >>> run_solution(Q())
    2
    """
    namespace: dict[str, Any] = {"__name__": "__exercise__"}
    setup = textwrap.dedent(question.setup).strip("\n")
    source = f"{setup}\n{question.solution_code}" if setup else question.solution_code
    exec(compile(source, f"<{question.title} solution>", "exec"), namespace)
    if question.answer_name not in namespace:
        raise NameError(
            f"the solution of {question.title} leaves no variable {question.answer_name!r}"
        )
    return namespace[question.answer_name]


def questions_in(module: ModuleType | str) -> list[Question]:
    """The questions of a lesson module, in the order they are defined.

    >>> [q.title for q in questions_in("helpers.exercises.lesson00")]
    ['Question 1', 'Question 2']
    """
    if isinstance(module, str):
        module = importlib.import_module(module)
    found: list[Question] = []
    for value in vars(module).values():
        if isinstance(value, Question) and all(value is not q for q in found):
            found.append(value)
    return found
