"""Comparing a student's answer with the expected one, and describing it without revealing it."""

from __future__ import annotations

import functools
import math
import numbers
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from types import FunctionType, MethodType
from typing import Any

_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")


def _show(value: Any, limit: int = 120) -> str:
    """A short, deterministic repr (sets sorted, no memory addresses)."""
    if isinstance(value, set | frozenset) and value:
        text = "{" + ", ".join(sorted(_show(v, limit) for v in value)) + "}"
        if isinstance(value, frozenset):
            text = f"frozenset({text})"
    else:
        try:
            text = repr(value)
        except Exception:  # a student's object with a broken __repr__
            text = f"<{type(value).__name__} object>"
    text = _ADDRESS.sub("", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1].lower() in "aeiou" else f"a {kind}"


def _type_name(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, FunctionType | MethodType | functools.partial):
        return "a function"
    return _a(type(value).__name__)


def _describe_type(value: Any) -> str:
    """How to describe the *type* of an expected value (never the value)."""
    if isinstance(value, bool):
        return "True or False (a bool)"
    if isinstance(value, numbers.Integral):
        return "a whole number (an int)"
    if isinstance(value, numbers.Real):
        return "a float (a decimal number)"
    if isinstance(value, str):
        return "a str (text in quotes)"
    if isinstance(value, list | tuple):
        return "a list (items in square brackets)"
    if isinstance(value, set | frozenset):
        return "a set"
    if isinstance(value, Mapping):
        return "a dict"
    if value is None:
        return "None"
    return _a(type(value).__name__)


def _same_type(answer: Any, expected: Any) -> bool:
    if isinstance(expected, bool):
        return isinstance(answer, bool)
    if isinstance(answer, bool):
        return False
    if isinstance(expected, numbers.Integral):
        return isinstance(answer, numbers.Integral)
    if isinstance(expected, numbers.Real):
        return isinstance(answer, numbers.Real)
    if isinstance(expected, str):
        return isinstance(answer, str)
    if isinstance(expected, list | tuple):
        return isinstance(answer, list | tuple)
    if isinstance(expected, set | frozenset):
        return isinstance(answer, set | frozenset)
    if isinstance(expected, Mapping):
        return isinstance(answer, Mapping)
    if expected is None:
        return answer is None
    return isinstance(answer, type(expected))


def _equal(got: Any, expected: Any, tolerance: float = 0.0) -> bool:
    """Equality, with an absolute ``tolerance`` for floats, also inside containers.

    Lists and tuples compare alike; dicts compare with any mapping (a Counter).

    >>> _equal([("le", 2)], [["le", 2]]), _equal(0.3333, 1 / 3, 1e-3), _equal(5, 5.0)
    (True, True, True)
    """
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(expected, numbers.Real) and not isinstance(expected, numbers.Integral):
        if not isinstance(got, numbers.Real):
            return False
        return math.isclose(float(got), float(expected), rel_tol=0.0, abs_tol=tolerance)
    if isinstance(expected, list | tuple):
        return (isinstance(got, list | tuple) and len(got) == len(expected)
                and all(_equal(g, e, tolerance) for g, e in zip(got, expected, strict=True)))
    if isinstance(expected, Mapping):
        return (isinstance(got, Mapping) and set(got) == set(expected)
                and all(_equal(got[k], expected[k], tolerance) for k in expected))
    try:
        return bool(got == expected)
    except Exception:  # e.g. an array whose truth value is ambiguous
        return False


def _same_items(got: Iterable, expected: Iterable, tolerance: float = 0.0) -> bool:
    """Multiset equality: the same items, in any order."""
    got, expected = list(got), list(expected)
    if len(got) != len(expected):
        return False
    try:
        return Counter(got) == Counter(expected)
    except TypeError:  # unhashable items: match them one by one
        rest = list(expected)
        for item in got:
            for i, candidate in enumerate(rest):
                if _equal(item, candidate, tolerance):
                    del rest[i]
                    break
            else:
                return False
        return True


def reveals(message: str, value: Any) -> bool:
    """Whether ``message`` shows ``value`` (used to test that nudges never leak it).

    Numbers are looked for as whole numbers (``5`` is not found in ``0.5``
    or ``Hint 1/25``); strings by their repr, and as plain text from 3 characters.

    >>> reveals("You found 12 words.", 12), reveals("Hint 1/25", 5), reveals("Is it 'b'?", "b")
    (True, False, True)
    """
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, numbers.Real):
        forms = {str(value), repr(value)}
        if isinstance(value, float) and value.is_integer():
            forms.add(str(int(value)))
        return any(re.search(rf"(?<![\w.]){re.escape(f)}(?![\w]|\.\d)", message) for f in forms)
    if isinstance(value, str):
        return repr(value) in message or (len(value) >= 3 and value in message)
    text = _show(value, limit=10_000)
    return len(text) >= 3 and text in message
