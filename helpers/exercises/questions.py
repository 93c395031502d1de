"""Questions: one small declarative class per question, with check, hint and solution.

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
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
import io
import math
import numbers
import re
import sys
import textwrap
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType, WrapperDescriptorType
from typing import Any, ClassVar

import regex

from .blank import ____, is_blank
from .compare import (
    _ADDRESS,
    BUDGET,
    Opaque,
    TooBig,
    _describe_type,
    _equal,
    _item_problem,
    _same_items,
    _same_type,
    _show,
    _type_name,
    plain,
)
from .feedback import Feedback, Status
from .timelimit import TIME_LIMIT, TimeUp, call_with_limit

_MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "<missing>"})()

BLANK_MESSAGE = "Replace the ____ with your answer, then run the cell again."
_TOO_BIG = (f"Your answer holds more than {BUDGET:,} items (or is nested very deep): far more "
            "than this question needs. Check what you pass to {name}.check().")
_TOO_LONG = ("Checking this answer took too long (more than {seconds:g} s), so it was stopped. "
             "Check what you pass to {name}.check().")


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
    expected: Any = _MISSING
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
        self._hints_seen = 0
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

    # ---- what students call

    def check(self, answer: Any = _MISSING, *more: Any) -> Feedback:
        """Check ``answer``: blank, wrong (with a nudge) or correct. Returns, never prints."""
        self.last_error = None
        try:
            return self._check(answer, more)
        except TimeUp:  # a late timer: the student's code was stopped in time
            return self._wrong(_TOO_LONG.format(seconds=TIME_LIMIT, name=self._name))
        except TooBig:
            return self._wrong(_TOO_BIG.format(name=self._name))
        except NotImplementedError:  # the lesson's author forgot a part: theirs to see
            raise
        except Exception as error:  # the checker must never raise at a student
            self.last_error = error
            return self._wrong(
                "The checker could not read this answer. Check that it is what the question "
                f"asks for, then try again: {self._name}.hint() can help."
            )

    def hint(self, n: Any = None, *more: Any) -> Feedback:
        """The next hint (1, 2, … then a pointer to the solution), or hint ``n``."""
        total = len(self.hints)
        if total == 0:
            return self._feedback("hint", f"No hints for this one: try {self._name}.solution().")
        if isinstance(n, str) and n.strip().isdecimal() and len(n) < 10:
            n = int(n)  # hint('2') means hint(2)
        if n is None and not more:
            if self._hints_seen >= total:
                return self._feedback(
                    "hint", f"No more hints: try {self._name}.solution()."
                )
            n = self._hints_seen + 1
        if more or type(n) is not int or not 1 <= n <= total:
            return self._feedback(
                "hint", f"There are {total} hints: ask for {self._name}.hint(1) to "
                        f"{self._name}.hint({total}), or {self._name}.hint() for the next one."
            )
        self._hints_seen = max(self._hints_seen, n)
        return self._feedback("hint", f"Hint {n}/{total}: {self.hints[n - 1]}")

    def solution(self, *ignored: Any) -> Feedback:
        """One way to do it, as code."""
        return self._feedback("solution", "Here is one way to do it:", code=self.solution_code)

    # ---- internals

    def _check(self, answer: Any, more: tuple) -> Feedback:
        if answer is _MISSING:
            return self._feedback(
                "blank", f"Pass your answer to check, e.g. {self._name}.check({self.answer_name})."
            )
        if more:
            return self._wrong(
                f"Pass one answer to {self._name}.check(): to give several values, put them in "
                f"one tuple or list, e.g. {self._name}.check((a, b))."
            )
        if answer is ____:
            return self._feedback("blank", BLANK_MESSAGE)
        problem = self.precheck(answer)  # the outer type first: no walk through the answer yet
        if problem is not None:
            if is_blank(answer, budget=1_000):
                return self._feedback("blank", BLANK_MESSAGE)
            return self._wrong(problem)
        value = plain(answer)
        if is_blank(value):
            return self._feedback("blank", BLANK_MESSAGE)
        correct, advice = self._verdict(value)
        if correct:
            return self._feedback("correct", self._success())
        if not advice:
            advice = f"Check your answer and try again: {self._name}.hint() can help."
        return self._wrong(advice)

    def _verdict(self, value: Any) -> tuple[bool, str | None]:
        """(right?, advice when not): the lesson's nudge, then near misses, then item types."""
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
        return None

    def _item_problem(self, answer: Any) -> str | None:
        return None

    @property
    def _name(self) -> str:
        """The variable this question is bound to in its module (``q1``).

        Elsewhere (a test, a doctest) it is guessed from the label: "Question 2" → ``q2``.
        """
        module = sys.modules.get(type(self).__module__)
        for name, value in vars(module).items() if module else ():
            if value is self:
                return name
        match = re.fullmatch(r"Question (\w+)", self.label)
        return f"q{match[1]}" if match else "q"

    @property
    def title(self) -> str:
        """The label, or one made from the variable name (q3 → "Question 3")."""
        if self.label:
            return self.label
        match = re.fullmatch(r"q(\d+\w*)", self._name)
        return f"Question {match[1]}" if match else type(self).__name__

    def _feedback(self, status: Status, message: str, code: str = "") -> Feedback:
        return Feedback(status, message, self.title, self.prompt, code)

    def _wrong(self, advice: str, code: str = "") -> Feedback:
        return self._feedback("wrong", f"Not quite yet. {advice}", code)

    def _success(self) -> str:
        text = self.explanation
        if "{expected}" in text:
            text = text.replace("{expected}", _show(self.expected))
        return f"Correct! {text}".rstrip()

    def secrets(self) -> list[Any]:
        """The values a not-yet message must never show (used by the tests)."""
        return [] if self.expected is _MISSING else [self.expected]

    def __repr__(self) -> str:
        return f"<{self.title}: {self.prompt}>" if self.prompt else f"<{self.title}>"


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
        if self.expected is _MISSING:
            raise NotImplementedError(f"{type(self).__name__} declares no expected value")
        return self.expected

    def precheck(self, answer: Any) -> str | None:
        expected = self._expected()
        if _same_type(answer, expected):
            return None
        message = f"Expected {_describe_type(expected)}, got {_type_name(answer)}."
        if isinstance(expected, numbers.Number) and isinstance(answer, str):
            message += " Remove the quotes: a number is written without them."
        elif answer is None:
            message += " Did you forget to assign a value (or to return one)?"
        elif callable(answer) and not isinstance(answer, type):
            message += " Pass the value, not the function that computes it."
        return message

    def is_correct(self, answer: Any) -> bool:
        got, expected = self.normalize(answer), self.normalize(self._expected())
        if not self.ordered and isinstance(expected, list | tuple):
            return isinstance(got, list | tuple) and _same_items(got, expected, self.tolerance)
        return _equal(got, expected, self.tolerance)

    def _near_miss(self, answer: Any) -> str | None:
        expected = self._expected()
        if isinstance(expected, list | tuple) and isinstance(answer, list | tuple):
            if _same_items(answer, expected, self.tolerance):
                return "You have the right items, but not in the right order."
            if isinstance(expected, tuple) and len(answer) != len(expected):
                return (f"Give a tuple of {len(expected)} items, as the question asks "
                        f"(yours has {len(answer)}).")
        if _folded(answer) is not None and _folded(answer) == _folded(expected):
            return "Almost: look at upper and lower case."
        if isinstance(expected, str) and isinstance(answer, str):
            if answer.strip() == expected.strip():
                return "Almost: look at the spaces at the start or the end."
        if isinstance(expected, float) and type(answer) in (int, float):
            return _number_near_miss(answer, expected, self.tolerance)
        return None

    def _item_problem(self, answer: Any) -> str | None:
        return _item_problem(answer, self._expected())


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
        return "That looks like a percentage: give the ratio itself, a number between 0 and 1."
    text = repr(answer)
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    needed = max(1, math.ceil(-math.log10(tolerance))) if 0 < tolerance < 1 else 0
    if 0 < decimals < needed and math.isclose(answer, round(expected, decimals), abs_tol=1e-12):
        return (f"Close, but rounded too much: keep at least {needed} decimals, or do not "
                "round at all.")
    return None


class _CasesQuestion(Question):
    """A question checked on ``cases``: right when no case fails; the advice names the failure."""

    def _failure(self, answer: Any) -> str | None:
        raise NotImplementedError

    def is_correct(self, answer: Any) -> bool:
        return self._failure(answer) is None

    def nudge(self, answer: Any) -> str | None:
        return self._failure(answer)

    def _verdict(self, value: Any) -> tuple[bool, str | None]:
        failure = self._failure(value)  # once: the student's code may be slow
        return failure is None, failure


class FunctionQuestion(_CasesQuestion):
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
        return _equal(got, expected, self.tolerance)

    def precheck(self, answer: Any) -> str | None:
        if not callable(answer) or isinstance(answer, type):
            return f"Expected a function, got {_type_name(answer)}. Pass the function itself, " \
                   "without calling it (no parentheses)."
        return None

    def _failure(self, fn: Callable) -> str | None:
        deadline = time.monotonic() + TIME_LIMIT
        for args, expected in self.cases:
            shown = args if isinstance(args, tuple) else (args,)
            where = ", ".join(_show(a, 60) for a in shown)
            where = f"the input {where}" if len(shown) == 1 else f"the inputs ({where})"
            with contextlib.redirect_stdout(io.StringIO()):  # check() never prints
                got, error = call_with_limit(fn, copy.deepcopy(shown), deadline - time.monotonic())
            if isinstance(error, TimeUp):
                return (f"Your function took too long on {where} (more than {TIME_LIMIT:g} s "
                        "for all the inputs), so it was stopped: is there a loop that never ends?")
            if isinstance(error, KeyboardInterrupt):
                return f"Your function was interrupted on {where}, before it returned."
            if error is not None:
                return (f"For {where}, your function raised "
                        f"{type(error).__name__}: {_show_error(error)}.")
            try:
                got = plain(got)
            except TooBig:
                return (f"For {where}, your function returned something far too big "
                        f"(more than {BUDGET:,} items).")
            if not self.compare(got, expected):
                return f"For {where}, your function returned {_show(got)}."
        return None

    def secrets(self) -> list[Any]:
        return [expected for _, expected in self.cases]


def _show_error(error: BaseException) -> str:
    """The message of an exception raised by the student's code, without running more of it."""
    args = error.args if type(error.args) is tuple else ()
    if isinstance(error, KeyError) and args:
        text = _show(_plain_or_opaque(args[0]))
    elif (isinstance(type(error).__str__, WrapperDescriptorType)  # a built-in __str__
          and all(type(a) in (str, bytes, int, float, bool, type(None)) for a in args)):
        text = _ADDRESS.sub("", str(error)).strip()
    else:
        text = ", ".join(_show(_plain_or_opaque(a), 80) for a in args)
    return (text[:159] + "…" if len(text) > 160 else text).rstrip(".") or "(no message)"


def _plain_or_opaque(value: Any) -> Any:
    try:
        return plain(value, 1_000)
    except TooBig:
        return Opaque(f"<a big {type(value).__name__}>")


class ChoiceQuestion(Question):
    """Multiple choice: the answer is one letter of ``options``.

    ``options`` maps letters to option texts; ``why_not`` may explain, per
    wrong letter, why that option is not the one (without naming the right one).
    Both may be dicts or tuples of ``(letter, text)`` pairs (tuples keep ruff's
    RUF012 quiet); ``options`` may also be a tuple of letters.

    >>> class Capital(ChoiceQuestion):
    ...     label = "Question 5"
    ...     options = (("a", "Lyon"), ("b", "Paris"))
    ...     expected = "b"
    ...     why_not = (("a", "Lyon is the third city of France by population."),)
    >>> Capital().check("a")
    ✗ Question 5 — Not quite yet. Lyon is the third city of France by population.
    >>> Capital().check("(B)")
    ✓ Question 5 — Correct!
    """

    options: ClassVar[Mapping[str, str] | tuple[Any, ...]] = MappingProxyType({})
    why_not: ClassVar[Mapping[str, str] | tuple[tuple[str, str], ...]] = MappingProxyType({})

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        options = cls.__dict__.get("options")
        if isinstance(options, tuple):
            pairs = [o if isinstance(o, tuple) else (o, "") for o in options]
            cls.options = MappingProxyType({str(k).lower(): v for k, v in pairs})
        why_not = cls.__dict__.get("why_not")
        if isinstance(why_not, tuple):
            cls.why_not = MappingProxyType({str(k).lower(): v for k, v in why_not})

    def _letter(self, answer: Any) -> str | None:
        if not isinstance(answer, str):
            return None
        letter = str.__str__(answer).strip().strip("()").strip().lower()
        return letter if letter in self.options else None

    def precheck(self, answer: Any) -> str | None:
        if self._letter(answer) is not None:
            return None
        letters = list(self.options) or ["?"]
        listed = letters[0] if len(letters) == 1 else f"{', '.join(letters[:-1])} or {letters[-1]}"
        got = f" (you gave {_type_name(answer)})" if not isinstance(answer, str) else ""
        return f"Answer with the letter of one option, as text in quotes: {listed}{got}."

    def is_correct(self, answer: Any) -> bool:
        return self._letter(answer) == str(self.expected).lower()

    def nudge(self, answer: Any) -> str | None:
        return self.why_not.get(self._letter(answer) or "")

    def __repr__(self) -> str:
        """The question and its options, so that ``q2`` alone shows what to choose from."""
        options = (f"  ({letter}) {text}" for letter, text in self.options.items())
        return "\n".join([f"{self.title}: {self.prompt}", *options])


_REGEX_FLAGS = {re.IGNORECASE: regex.IGNORECASE, re.MULTILINE: regex.MULTILINE,
                re.DOTALL: regex.DOTALL, re.VERBOSE: regex.VERBOSE, re.ASCII: regex.ASCII}
_LONGEST_PATTERN = 5_000


class PatternQuestion(_CasesQuestion):
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
            return f"Expected a pattern as a str (text in quotes, best as r\"...\"), " \
                   f"got {_type_name(answer)}."
        if len(answer) > _LONGEST_PATTERN:
            return (f"Your pattern is {len(answer):,} characters long: the patterns of this "
                    "question fit on one line.")
        try:
            re.compile(answer, self.flags)
        except re.error as error:
            return f"Your pattern is not a valid regular expression: {error}."
        except Exception as error:  # e.g. RecursionError: groups nested a thousand deep
            return f"Your pattern could not be compiled ({type(error).__name__})."
        return None

    def check(self, answer: Any = _MISSING, *more: Any) -> Feedback:
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

    def _compiled(self, answer: str | re.Pattern) -> Any:
        source, flags = (answer.pattern, answer.flags) if isinstance(answer, re.Pattern) \
            else (answer, self.flags)
        wanted = regex.VERSION0
        for re_flag, regex_flag in _REGEX_FLAGS.items():
            if flags & re_flag:
                wanted |= regex_flag
        try:
            return regex.compile(source, wanted)
        except Exception:  # a pattern regex reads differently: re, under the timer alone
            return re.compile(source, flags)

    def _failure(self, answer: str | re.Pattern) -> str | None:
        pattern = self._compiled(answer)
        deadline = time.monotonic() + TIME_LIMIT
        for text, expected in self.cases:
            method = pattern.search if isinstance(expected, bool) else pattern.findall
            found, error = _run_pattern(method, text, deadline - time.monotonic())
            if isinstance(error, TimeUp | TimeoutError):
                return (f"Your pattern took too long on the text {_show(text, 200)} (more than "
                        f"{TIME_LIMIT:g} s for all the texts), so it was stopped. Repeats inside "
                        "repeats, such as (\\w+\\s?)+, make the matcher try every way of cutting "
                        "the text: simplify the pattern.")
            if error is not None:
                raise error
            if isinstance(expected, bool):
                if (found is not None) != expected:
                    verb = "matches" if found is not None else "does not match"
                    return f"Your pattern {verb} the text {_show(text, 200)}."
            elif found != list(expected):
                return (f"On the text {_show(text, 200)}, re.findall with your pattern "
                        f"gives {_show(found)}.")
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


# --------------------------------------------------------------------------- for teachers and tests


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
        import importlib

        module = importlib.import_module(module)
    found: list[Question] = []
    for value in vars(module).values():
        if isinstance(value, Question) and all(value is not q for q in found):
            found.append(value)
    return found
