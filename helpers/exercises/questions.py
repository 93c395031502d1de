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
import numbers
import re
import sys
import textwrap
from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType
from typing import Any, ClassVar

from .blank import is_blank
from .compare import (
    _ADDRESS,
    _describe_type,
    _equal,
    _same_items,
    _same_type,
    _show,
    _type_name,
)
from .feedback import Feedback, Status

_MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "<missing>"})()


class Question:
    """One question: subclass it (or a kind below) and declare class attributes.

    ``solution`` is declared as a code string; on the class it is moved to
    ``solution_code`` so that ``q.solution()`` stays a method. ``expected``
    may be a value or a method ``def expected(self)``: the method runs once,
    on first use, and its result is cached.
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

    # ---- what lesson authors override

    def precheck(self, answer: Any) -> str | None:
        """A not-yet message when the answer has the wrong form (type...), else None."""
        return None

    def is_correct(self, answer: Any) -> bool:
        """Whether ``answer`` (not blank, well formed) is right."""
        raise NotImplementedError(f"{type(self).__name__} must define is_correct()")

    def nudge(self, answer: Any) -> str | None:
        """A specific not-yet message for a wrong answer, or None for the generic one."""
        return None

    # ---- what students call

    def check(self, answer: Any = _MISSING) -> Feedback:
        """Check ``answer``: blank, wrong (with a nudge) or correct. Returns, never prints."""
        if answer is _MISSING:
            return self._feedback(
                "blank", f"Pass your answer to check, e.g. {self._name}.check({self.answer_name})."
            )
        if is_blank(answer):
            return self._feedback(
                "blank", "Replace the ____ with your answer, then run the cell again."
            )
        problem = self.precheck(answer)
        if problem is None and self.is_correct(answer):
            return self._feedback("correct", self._success())
        nudge = problem or self.nudge(answer)
        if not nudge:
            nudge = f"Check your answer and try again: {self._name}.hint() can help."
        return self._feedback("wrong", f"Not quite yet. {nudge}")

    def hint(self, n: int | None = None) -> Feedback:
        """The next hint (1, 2, … then a pointer to the solution), or hint ``n``."""
        total = len(self.hints)
        if total == 0:
            return self._feedback("hint", f"No hints for this one: try {self._name}.solution().")
        if n is None:
            if self._hints_seen >= total:
                return self._feedback(
                    "hint", f"No more hints: try {self._name}.solution()."
                )
            n = self._hints_seen + 1
        if not 1 <= n <= total:
            return self._feedback(
                "hint", f"There are {total} hints: ask for {self._name}.hint(1) to "
                        f"{self._name}.hint({total})."
            )
        self._hints_seen = max(self._hints_seen, n)
        return self._feedback("hint", f"Hint {n}/{total}: {self.hints[n - 1]}")

    def solution(self) -> Feedback:
        """One way to do it, as code."""
        return self._feedback("solution", "Here is one way to do it:", code=self.solution_code)

    # ---- internals

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

    >>> class Ratio(ValueQuestion):
    ...     label = "Question 3"
    ...     expected = 2 / 3
    ...     tolerance = 1e-3
    >>> Ratio().check(0.667)
    ✓ Question 3 — Correct!
    >>> Ratio().check([0.667])
    ✗ Question 3 — Not quite yet. Expected a float (a decimal number), got a list.
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
        return message

    def is_correct(self, answer: Any) -> bool:
        got, expected = self.normalize(answer), self.normalize(self._expected())
        if not self.ordered and isinstance(expected, list | tuple):
            return isinstance(got, list | tuple) and _same_items(got, expected, self.tolerance)
        return _equal(got, expected, self.tolerance)

    def nudge(self, answer: Any) -> str | None:
        expected = self._expected()
        if (isinstance(expected, list | tuple) and isinstance(answer, list | tuple)
                and _same_items(answer, expected, self.tolerance)):
            return "You have the right items, but not in the right order."
        if isinstance(expected, str) and isinstance(answer, str):
            if answer.strip() == expected.strip():
                return "Almost: look at the spaces at the start or the end."
            if answer.casefold() == expected.casefold():
                return "Almost: look at upper and lower case."
        return None


class _CasesQuestion(Question):
    """A question checked on ``cases``: right when no case fails; the nudge names the failure."""

    def _failure(self, answer: Any) -> str | None:
        raise NotImplementedError

    def is_correct(self, answer: Any) -> bool:
        return self._failure(answer) is None

    def nudge(self, answer: Any) -> str | None:
        return self._failure(answer)


class FunctionQuestion(_CasesQuestion):
    """The answer is a function, called on each of ``cases``.

    ``cases`` holds ``(args, expected_output)`` pairs; ``args`` is a tuple of
    positional arguments (one non-tuple argument may be given bare). Feedback
    on a failing case names the input and what the function returned or
    raised, never the expected output.

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
        """Whether one output is right (default: equality, floats within tolerance)."""
        return _equal(got, expected, self.tolerance)

    def precheck(self, answer: Any) -> str | None:
        if not callable(answer):
            return f"Expected a function, got {_type_name(answer)}. Pass the function itself, " \
                   "without calling it (no parentheses)."
        return None

    def _run(self, fn: Callable, args: Any) -> tuple[Any, BaseException | None]:
        args = args if isinstance(args, tuple) else (args,)
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # check() never prints
                return fn(*copy.deepcopy(args)), None
        except Exception as error:
            return None, error

    def _failure(self, fn: Callable) -> str | None:
        for args, expected in self.cases:
            got, error = self._run(fn, args)
            if error is not None or not self.compare(got, expected):
                shown = args if isinstance(args, tuple) else (args,)
                where = ", ".join(_show(a, 60) for a in shown)
                where = f"the input {where}" if len(shown) == 1 else f"the inputs ({where})"
                if error is not None:
                    return (f"For {where}, your function raised "
                            f"{type(error).__name__}: {_show_error(error)}.")
                return f"For {where}, your function returned {_show(got)}."
        return None

    def secrets(self) -> list[Any]:
        return [expected for _, expected in self.cases]


def _show_error(error: BaseException) -> str:
    text = _ADDRESS.sub("", str(error)).strip()
    if isinstance(error, KeyError) and error.args:
        text = _show(error.args[0])
    return (text[:159] + "…" if len(text) > 160 else text).rstrip(".") or "(no message)"


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
        letter = answer.strip().strip("()").strip().lower()
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


class PatternQuestion(_CasesQuestion):
    """The answer is a regular expression (a string), tried on ``cases``.

    ``cases`` holds ``(text, expected)`` pairs: ``expected`` is the list
    ``re.findall`` should give, or True / False for "should match" /
    "should not match" (``re.search``). ``flags`` are passed to ``re.compile``.

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
        if isinstance(answer, re.Pattern):
            return None
        if not isinstance(answer, str):
            return f"Expected a pattern as a str (text in quotes, best as r\"...\"), " \
                   f"got {_type_name(answer)}."
        try:
            re.compile(answer, self.flags)
        except re.error as error:
            return f"Your pattern is not a valid regular expression: {error}."
        return None

    def check(self, answer: Any = _MISSING) -> Feedback:
        feedback = super().check(answer)
        if feedback.status == "wrong" and isinstance(answer, str):
            try:
                re.compile(answer, self.flags)
            except re.error as error:  # show where: the pattern and a caret
                pos = error.pos if error.pos is not None else len(answer)
                line = answer.replace("\n", " ")
                return Feedback(feedback.status, feedback.message, feedback.question,
                                feedback.prompt, f"{line}\n{' ' * pos}^")
        return feedback

    def _compiled(self, answer: str | re.Pattern) -> re.Pattern:
        return answer if isinstance(answer, re.Pattern) else re.compile(answer, self.flags)

    def _failure(self, answer: str | re.Pattern) -> str | None:
        pattern = self._compiled(answer)
        for text, expected in self.cases:
            if isinstance(expected, bool):
                found = pattern.search(text) is not None
                if found != expected:
                    verb = "matches" if found else "does not match"
                    return f"Your pattern {verb} the text {_show(text)}."
            else:
                found = pattern.findall(text)
                if found != list(expected):
                    return (f"On the text {_show(text)}, re.findall with your pattern "
                            f"gives {_show(found)}.")
        return None

    def secrets(self) -> list[Any]:
        return [expected for _, expected in self.cases if not isinstance(expected, bool)]


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
