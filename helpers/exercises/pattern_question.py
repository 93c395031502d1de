"""``PatternQuestion``: the answer is a regular expression, tried on texts with a time limit."""

from __future__ import annotations

import functools
import re
import time
import warnings
from collections.abc import Callable
from typing import Any, ClassVar

import regex

from ..translation import format_number
from ..translation import gettext as _
from . import timelimit
from .answer_types import type_name
from .blank import MISSING
from .display import show
from .feedback import Feedback
from .question import CasesQuestion
from .timelimit import TimeUp, call_with_limit

_REGEX_FLAGS = {re.IGNORECASE: regex.IGNORECASE, re.MULTILINE: regex.MULTILINE,
                re.DOTALL: regex.DOTALL, re.VERBOSE: regex.VERBOSE, re.ASCII: regex.ASCII}
_LONGEST_PATTERN = 5_000


class PatternQuestion(CasesQuestion):
    """The answer is a regular expression (a string), tried on ``cases``.

    ``cases`` holds ``(text, expected)`` pairs: ``expected`` is the list
    ``re.findall`` should give, or True / False for "should match" /
    "should not match" (``re.search``). ``flags`` are passed to ``re.compile``.

    A pattern is checked with ``re`` (its error messages are the ones students
    meet) and run with the ``regex`` package (``re``'s rules, VERSION0), whose
    ``timeout=`` stops a pattern that would take minutes, such as
    ``(?:(?:\\w+\\s?)+)+!``.

    >>> class Years(PatternQuestion):
    ...     label = "Question 6"
    ...     cases = (("en 2018 et 2011", ["2018", "2011"]), ("mars", False))
    >>> Years().check(r"\\d{4}")
    ✓ Question 6 — Correct!
    >>> Years().check(r"\\d")
    ✗ Question 6 — Not quite yet. On the text 'en 2018 et 2011', re.findall with your
    pattern gives ['2', '0', '1', '8', '2', '0', '1', '1'].
    >>> Years().check(r"(\\d{4}")
    ✗ Question 6 — Not quite yet. Your pattern is not a valid regular expression:
    missing ), unterminated subpattern at position 0.
        (\\d{4}
        ^
    """

    cases: ClassVar[tuple[tuple[str, Any], ...]] = ()
    flags: ClassVar[int] = 0

    def precheck(self, answer: Any) -> str | None:
        if isinstance(answer, re.Pattern) and isinstance(answer.pattern, str):
            return None
        if not isinstance(answer, str):
            return _("Expected a pattern as a str (text in quotes, best as r\"...\"), got {got}."
                     ).format(got=type_name(answer))
        if len(answer) > _LONGEST_PATTERN:
            return _("Your pattern is {n} characters long: the patterns of this question fit on "
                     "one line.").format(n=format_number(len(answer)))
        try:
            with warnings.catch_warnings():  # re's FutureWarnings ([[:upper:]]): the result says
                warnings.simplefilter("ignore")
                re.compile(answer, self.flags)
        except re.error as error:
            return _("Your pattern is not a valid regular expression: {error}.").format(
                error=error)
        except Exception as error:  # e.g. RecursionError: groups nested a thousand deep
            return _("Your pattern could not be compiled ({error}).").format(
                error=type(error).__name__)
        return None

    def check(self, answer: Any = MISSING, *more: Any) -> Feedback:
        feedback = super().check(answer, *more)
        if feedback.status == "wrong" and isinstance(answer, str) and not more:
            try:
                re.compile(answer, self.flags)
            except re.error as error:  # show where: the pattern and a caret
                pos = error.pos if error.pos is not None else len(answer)
                line = str.__str__(answer).replace("\n", " ")
                return Feedback(feedback.status, feedback.message, feedback.question,
                                feedback.prompt, f"{line}\n{' ' * pos}^")
            except Exception:
                pass
        return feedback

    def _source(self, answer: str | re.Pattern) -> tuple[str, int]:
        """The pattern's text and ``re`` flags: a compiled pattern's own, else the question's."""
        if isinstance(answer, re.Pattern):
            return answer.pattern, answer.flags
        return answer, self.flags

    def _compiled(self, answer: str | re.Pattern) -> Any:
        source, flags = self._source(answer)
        wanted = regex.VERSION0
        for re_flag, regex_flag in _REGEX_FLAGS.items():
            if flags & re_flag:
                wanted |= regex_flag
        try:
            return regex.compile(source, wanted)
        except Exception:  # a pattern regex reads differently: re, under the timer alone
            return re.compile(source, flags)

    def failure(self, answer: str | re.Pattern) -> str | None:
        found = self._failure(self._compiled(answer))
        if found is not None:
            return found
        # regex (run for its timer) also reads what re does not ([[:upper:]], \p{Lu}): the
        # students' re must give the same, or the lesson's own re.findall would disagree
        source, flags = self._source(answer)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # re's FutureWarning on [[: is about the same point
            try:
                plain = re.compile(source, flags)
            except re.error as error:
                return _("Your pattern is not a valid regular expression: {error}.").format(
                    error=error)
        return self._failure(plain)

    def _failure(self, pattern: Any) -> str | None:
        deadline = time.monotonic() + timelimit.TIME_LIMIT
        for text, expected in self.cases:
            method = pattern.search if isinstance(expected, bool) else pattern.findall
            found, error = _run_pattern(method, text, deadline - time.monotonic())
            if isinstance(error, TimeUp | TimeoutError):
                return _("Your pattern took too long on the text {text} (more than {seconds:g} s "
                         "for all the texts), so it was stopped. Repeats inside repeats, such as "
                         "(\\w+\\s?)+, make the matcher try every way of cutting the text: "
                         "simplify the pattern.").format(text=show(text, 200),
                                                         seconds=timelimit.TIME_LIMIT)
            if error is not None:
                raise error
            if isinstance(expected, bool):
                if (found is not None) != expected:
                    message = (_("Your pattern matches the text {text}.") if found is not None
                               else _("Your pattern does not match the text {text}."))
                    return message.format(text=show(text, 200))
            elif found != list(expected):
                return _("On the text {text}, re.findall with your pattern gives {found}."
                         ).format(text=show(text, 200), found=show(found))
        return None

    def secrets(self) -> list[Any]:
        return [expected for _, expected in self.cases if not isinstance(expected, bool)]


def _run_pattern(method: Callable, text: str, seconds: float) -> tuple[Any, BaseException | None]:
    """``method(text)`` stopped after ``seconds`` of the clock on the wall.

    regex's own ``timeout=`` counts the CPU time of the process, which on a busy
    machine is a fraction of the time the student waits; so the match also runs
    under the timer of ``call_with_limit`` (regex, like re, lets a signal stop it).
    regex's timeout still works where that timer cannot (outside the main thread).
    """
    if seconds <= 0:
        return None, TimeUp()
    if isinstance(getattr(method, "__self__", None), regex.Pattern):
        method = functools.partial(method, timeout=seconds)
    return call_with_limit(method, (text,), seconds)
