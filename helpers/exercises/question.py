"""The base of every question: what it declares, and how it judges an answer.

The kinds lesson authors use are ``ValueQuestion``, ``ChoiceQuestion``,
``PatternQuestion`` and ``FunctionQuestion`` (one module each). What a student
sees (the feedback of ``check``, ``hint`` and ``solution``) is made in
``question_view``, apart from the judging here, as in learntools' problem /
problem_view.

>>> class Even(Question):
...     label = "Question 1"
...     def is_correct(self, answer):
...         return answer % 2 == 0
>>> Even().verdict(4), Even().verdict(3)
((True, None), (False, None))
>>> Even().check(3)
✗ Question 1 — Not quite yet. Check your answer and try again: q1.hint() can help.
"""

from __future__ import annotations

import functools
import inspect
import textwrap
from typing import Any, ClassVar

from ..translation import gettext as _
from . import question_view
from .blank import MISSING
from .feedback import Feedback


class Question:
    """One question: subclass it (or a kind below) and declare class attributes.

    ``solution`` is declared as a code string; on the class it is moved to
    ``solution_code`` so that ``q.solution()`` stays a method. ``expected``
    may be a value or a method ``def expected(self)``: the method runs once,
    on first use, and its result is cached.

    ``check()`` never raises and always comes back: the student's answer is
    first copied into plain built-in data (see ``compare.plain``), so the
    checker never calls a method of the student's objects; the student's code
    (a function, a pattern) runs with a time limit; an error inside the
    checker becomes a polite not-yet message (kept in ``last_error`` for tests).
    """

    label: ClassVar[str] = ""
    """Shown in feedback, e.g. "Question 1" (default: from the variable, q1 → Question 1)."""
    prompt: ClassVar[str] = ""
    """The one-line statement, shown in the header of the HTML feedback."""
    expected: Any = MISSING
    hints: ClassVar[tuple[str, ...]] = ()
    solution_code: ClassVar[str] = ""
    setup: ClassVar[str] = ""
    """Code giving the context the solution needs (imports, variables)."""
    answer_name: ClassVar[str] = "answer"
    """The variable the solution leaves its answer in."""
    wrong_examples: ClassVar[tuple[Any, ...]] = ()
    """Sample wrong answers: the tests check each is told 'wrong' without a leak."""
    explanation: ClassVar[str] = ""
    """A teaching point shown on success; ``{expected}`` is replaced by the value."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        solution = cls.__dict__.get("solution")
        if isinstance(solution, str):
            cls.solution_code = textwrap.dedent(solution).strip("\n")
            delattr(cls, "solution")
        expected = cls.__dict__.get("expected")
        if inspect.isfunction(expected):
            lazy = functools.cached_property(expected)
            lazy.__set_name__(cls, "expected")
            cls.expected = lazy
        if isinstance(cls.__dict__.get("hints"), str):
            cls.hints = (cls.__dict__["hints"],)

    def __init__(self) -> None:
        self.hints_seen = 0
        """How many hints the student has seen: ``hint()`` gives the next one."""
        self.last_error: BaseException | None = None
        """The last error raised inside the checker itself (None when all went well)."""

    # ---- what lesson authors override

    def precheck(self, answer: Any) -> str | None:
        """A not-yet message when the answer has the wrong form (its type...), else None.

        It sees the student's answer as given, and looks at its outer type only.
        """
        return None

    def is_correct(self, answer: Any) -> bool:
        """Whether ``answer`` (plain data, not blank, well formed) is right."""
        raise NotImplementedError(f"{type(self).__name__} must define is_correct()")

    def nudge(self, answer: Any) -> str | None:
        """A specific not-yet message for a wrong answer (plain data), or None."""
        return None

    # ---- what students call (the feedback is made in question_view)

    def check(self, answer: Any = MISSING, *more: Any) -> Feedback:
        """Check ``answer``: blank, wrong (with a nudge) or correct. Returns, never prints.

        In assessment mode, a right answer gets "Correct!" without the explanation.
        """
        return question_view.check_feedback(self, answer, more)

    def hint(self, n: Any = None, *more: Any) -> Feedback:
        """The next hint (1, 2, … then a pointer to the solution), or hint ``n``.

        In assessment mode (see ``assessment``) the hints are the same; the last
        message points to no solution.
        """
        return question_view.hint_feedback(self, n, more)

    def solution(self, *ignored: Any) -> Feedback:
        """One way to do it, as code; in assessment mode, a notice that solutions are off."""
        return question_view.solution_feedback(self)

    # ---- judging

    def verdict(self, value: Any) -> tuple[bool, str | None]:
        """(right?, advice when not) for a plain, well-formed answer.

        The advice is the lesson's nudge, else a near miss, else a word on the items' types.
        """
        if self.is_correct(value):
            return True, None
        for advise in (self.nudge, self._near_miss, self._item_problem):
            try:
                advice = advise(value)
            except Exception as error:  # a nudge that trips over an odd answer: skip it
                self.last_error = error
                continue
            if advice:
                return False, advice
        return False, None

    def _near_miss(self, answer: Any) -> str | None:
        """Advice for an answer close to the right one (overridden by ``ValueQuestion``)."""
        return None

    def _item_problem(self, answer: Any) -> str | None:
        """Advice on the items' types of a container answer (overridden by ``ValueQuestion``)."""
        return None

    @property
    def title(self) -> str:
        """The label (translated), or one made from the variable name (q3 → "Question 3")."""
        return question_view.title_of(self)

    def secrets(self) -> list[Any]:
        """The values a not-yet message must never show (used by the tests)."""
        return [] if self.expected is MISSING else [self.expected]

    def __repr__(self) -> str:
        if not self.prompt:
            return f"<{self.title}>"
        return "<" + _("{title}: {prompt}").format(
            title=self.title, prompt=_(self.prompt)) + ">"


class CasesQuestion(Question):
    """A question checked on ``cases``: right when no case fails; the advice names the failure.

    The base of ``FunctionQuestion`` and ``PatternQuestion``: each runs the
    student's code once per check, in ``failure``.
    """

    def failure(self, answer: Any) -> str | None:
        """What the first failing case shows, or None when every case passes."""
        raise NotImplementedError

    def is_correct(self, answer: Any) -> bool:
        return self.failure(answer) is None

    def nudge(self, answer: Any) -> str | None:
        return self.failure(answer)

    def verdict(self, value: Any) -> tuple[bool, str | None]:
        failure = self.failure(value)  # once: the student's code may be slow
        return failure is None, failure
