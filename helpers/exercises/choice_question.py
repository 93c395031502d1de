"""``ChoiceQuestion``: multiple choice, the answer is the letter of an option."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from ..translation import gettext as _
from .answer_types import listed, type_name
from .question import Question


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
        letters = listed(list(self.options) or ["?"], "or")
        if isinstance(answer, str):
            return _("Answer with the letter of one option, as text in quotes: {letters}."
                     ).format(letters=letters)
        return _("Answer with the letter of one option, as text in quotes: {letters} (you gave "
                 "{got}).").format(letters=letters, got=type_name(answer))

    def is_correct(self, answer: Any) -> bool:
        return self._letter(answer) == str(self.expected).lower()

    def nudge(self, answer: Any) -> str | None:
        advice = self.why_not.get(self._letter(answer) or "")
        return _(advice) if advice else advice

    def __repr__(self) -> str:
        """The question and its options, so that ``q2`` alone shows what to choose from."""
        options = (f"  ({letter}) {_(text)}" for letter, text in self.options.items())
        head = _("{title}: {prompt}").format(title=self.title, prompt=_(self.prompt))
        return "\n".join([head, *options])
