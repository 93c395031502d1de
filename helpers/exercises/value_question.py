"""``ValueQuestion``: the answer is a value, compared with ``expected``."""

from __future__ import annotations

import math
import numbers
from typing import Any, ClassVar

from ..translation import gettext as _
from .answer_types import describe_type, item_problem, same_type, type_name
from .blank import MISSING
from .compare import equal, same_items
from .question import Question


class ValueQuestion(Question):
    """The answer is a value, compared with ``expected``.

    Floats match within ``tolerance`` (absolute); lists in order unless
    ``ordered = False``; override ``normalize`` to compare e.g. casefolded text.
    Near misses get their own message: the right items in the wrong order, case
    or spaces, a number rounded too much, a percentage for a ratio.

    >>> class Ratio(ValueQuestion):
    ...     label = "Question 3"
    ...     expected = 2 / 3
    ...     tolerance = 1e-3
    >>> Ratio().check(0.667)
    ✓ Question 3 — Correct!
    >>> Ratio().check([0.667])
    ✗ Question 3 — Not quite yet. Expected a float (a decimal number), got a list.
    >>> Ratio().check(0.67)
    ✗ Question 3 — Not quite yet. Close, but rounded too much: keep at least 3 decimals, or do
    not round at all.
    >>> Ratio().check(66.67)
    ✗ Question 3 — Not quite yet. That looks like a percentage: give the ratio itself, a number
    between 0 and 1.
    """

    tolerance: ClassVar[float] = 1e-9
    ordered: ClassVar[bool] = True

    def normalize(self, value: Any) -> Any:
        """Applied to the answer and to ``expected`` before comparing."""
        return value

    def _expected(self) -> Any:
        if self.expected is MISSING:
            raise NotImplementedError(f"{type(self).__name__} declares no expected value")
        return self.expected

    def precheck(self, answer: Any) -> str | None:
        expected = self._expected()
        if same_type(answer, expected):
            return None
        message = _("Expected {expected}, got {got}.").format(expected=describe_type(expected),
                                                             got=type_name(answer))
        if isinstance(expected, numbers.Number) and isinstance(answer, str):
            message += " " + _("Remove the quotes: a number is written without them.")
        elif answer is None:
            message += " " + _("Did you forget to assign a value (or to return one)?")
        elif callable(answer) and not isinstance(answer, type):
            message += " " + _("Pass the value, not the function that computes it.")
        return message

    def is_correct(self, answer: Any) -> bool:
        got, expected = self.normalize(answer), self.normalize(self._expected())
        if not self.ordered and isinstance(expected, list | tuple):
            return isinstance(got, list | tuple) and same_items(got, expected, self.tolerance)
        return equal(got, expected, self.tolerance)

    def _near_miss(self, answer: Any) -> str | None:
        expected = self._expected()
        if isinstance(expected, list | tuple) and isinstance(answer, list | tuple):
            if same_items(answer, expected, self.tolerance):
                return _("You have the right items, but not in the right order.")
            if isinstance(expected, tuple) and len(answer) != len(expected):
                return _("Give a tuple of {n} items, as the question asks (yours has {got})."
                         ).format(n=len(expected), got=len(answer))
        if _folded(answer) is not None and _folded(answer) == _folded(expected):
            return _("Almost: look at upper and lower case.")
        if isinstance(expected, str) and isinstance(answer, str):
            if answer.strip() == expected.strip():
                return _("Almost: look at the spaces at the start or the end.")
        if isinstance(expected, float) and type(answer) in (int, float):
            return _number_near_miss(answer, expected, self.tolerance)
        return None

    def _item_problem(self, answer: Any) -> str | None:
        return item_problem(answer, self._expected())


def _folded(value: Any) -> Any:
    """``value`` with its text casefolded (a str, or a container of str), else None."""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return [v.casefold() for v in value]
    if isinstance(value, set | frozenset) and all(isinstance(v, str) for v in value):
        return {v.casefold() for v in value}
    return None


def _number_near_miss(answer: float, expected: float, tolerance: float) -> str | None:
    """A ratio given as a percentage, or a number rounded more than the tolerance allows."""
    try:
        answer = float(answer)
    except OverflowError:
        return None
    if not math.isfinite(answer):
        return None
    if (0 < abs(expected) <= 1 < abs(answer)
            and math.isclose(answer / 100, expected, abs_tol=max(tolerance, 0.005))):
        return _("That looks like a percentage: give the ratio itself, a number between 0 and 1.")
    text = repr(answer)
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    needed = max(1, math.ceil(-math.log10(tolerance))) if 0 < tolerance < 1 else 0
    if 0 < decimals < needed and math.isclose(answer, round(expected, decimals), abs_tol=1e-12):
        return _("Close, but rounded too much: keep at least {needed} decimals, or do not round "
                 "at all.").format(needed=needed)
    return None
