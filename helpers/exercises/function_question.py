"""``FunctionQuestion``: the answer is a function, run on cases with a time limit."""

from __future__ import annotations

import contextlib
import copy
import io
import time
from collections.abc import Callable
from types import WrapperDescriptorType
from typing import Any, ClassVar

from ..translation import format_number
from ..translation import gettext as _
from . import timelimit
from .answer_types import type_name
from .compare import BUDGET, Opaque, TooBig, equal, plain
from .display import MEMORY_ADDRESS, show
from .question import CasesQuestion
from .timelimit import TimeUp, call_with_limit


class FunctionQuestion(CasesQuestion):
    """The answer is a function, called on each of ``cases``.

    ``cases`` holds ``(args, expected_output)`` pairs; ``args`` is a tuple of
    positional arguments (one non-tuple argument may be given bare). Feedback
    on a failing case names the input and what the function returned or
    raised, never the expected output. All the cases together get
    ``timelimit.TIME_LIMIT`` seconds.

    >>> class Shout(FunctionQuestion):
    ...     label = "Question 4"
    ...     cases = (("oui", "OUI"), ("non", "NON"))
    >>> Shout().check(str.upper)
    ✓ Question 4 — Correct!
    >>> Shout().check(lambda word: word.title())
    ✗ Question 4 — Not quite yet. For the input 'oui', your function returned 'Oui'.
    >>> Shout().check(lambda word: word.shout())
    ✗ Question 4 — Not quite yet. For the input 'oui', your function raised
    AttributeError: 'str' object has no attribute 'shout'.
    """

    cases: ClassVar[tuple[tuple[Any, Any], ...]] = ()
    tolerance: ClassVar[float] = 1e-9

    def compare(self, got: Any, expected: Any) -> bool:
        """Whether one output (plain data) is right (default: equality, floats within tolerance)."""
        return equal(got, expected, self.tolerance)

    def precheck(self, answer: Any) -> str | None:
        if not callable(answer) or isinstance(answer, type):
            return _("Expected a function, got {got}. Pass the function itself, without calling "
                     "it (no parentheses).").format(got=type_name(answer))
        return None

    def failure(self, fn: Callable) -> str | None:
        deadline = time.monotonic() + timelimit.TIME_LIMIT
        for args, expected in self.cases:
            shown = args if isinstance(args, tuple) else (args,)
            where = ", ".join(show(a, 60) for a in shown)
            where = (_("the input {value}") if len(shown) == 1 else _("the inputs ({values})")
                     ).format(value=where, values=where)
            with contextlib.redirect_stdout(io.StringIO()):  # check() never prints
                got, error = call_with_limit(fn, copy.deepcopy(shown), deadline - time.monotonic())
            if isinstance(error, TimeUp):
                return _("Your function took too long on {where} (more than {seconds:g} s for all "
                         "the inputs), so it was stopped: is there a loop that never ends?"
                         ).format(where=where, seconds=timelimit.TIME_LIMIT)
            if isinstance(error, KeyboardInterrupt):
                return _("Your function was interrupted on {where}, before it returned.").format(
                    where=where)
            if error is not None:
                return _("For {where}, your function raised {error}: {message}.").format(
                    where=where, error=type(error).__name__, message=_show_error(error))
            try:
                got = plain(got)
            except TooBig:
                return _("For {where}, your function returned something far too big (more than "
                         "{budget} items).").format(where=where, budget=format_number(BUDGET))
            if not self.compare(got, expected):
                return _("For {where}, your function returned {got}.").format(
                    where=where, got=show(got))
        return None

    def secrets(self) -> list[Any]:
        return [expected for _, expected in self.cases]


def _show_error(error: BaseException) -> str:
    """The message of an exception raised by the student's code, without running more of it."""
    args = error.args if type(error.args) is tuple else ()
    if isinstance(error, KeyError) and args:
        text = show(_plain_or_opaque(args[0]))
    elif (isinstance(type(error).__str__, WrapperDescriptorType)  # a built-in __str__
          and all(type(a) in (str, bytes, int, float, bool, type(None)) for a in args)):
        text = MEMORY_ADDRESS.sub("", str(error)).strip()
    else:
        text = ", ".join(show(_plain_or_opaque(a), 80) for a in args)
    return (text[:159] + "…" if len(text) > 160 else text).rstrip(".") or _("(no message)")


def _plain_or_opaque(value: Any) -> Any:
    try:
        return plain(value, 1_000)
    except TooBig:
        return Opaque(f"<a big {type(value).__name__}>")
