"""Naming the type of an answer, and telling whether it has the type the question asks for.

The messages name types, never the expected value:

>>> item_problem([1, "Paris"], ["Lyon"])
'Each item should be a str (text in quotes), but your list holds an int.'
"""

from __future__ import annotations

import functools
import numbers
from collections.abc import Mapping
from types import FunctionType, MethodType
from typing import Any

from .compare import Opaque


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1].lower() in "aeiou" else f"a {kind}"


def type_name(value: Any) -> str:
    """What a student's answer is, in words: "an int", "a function", "None".

    >>> type_name(3), type_name(lambda text: text), type_name(None), type_name([])
    ('an int', 'a function', 'None', 'a list')
    """
    if value is None:
        return "None"
    if isinstance(value, FunctionType | MethodType | functools.partial):
        return "a function"
    if isinstance(value, Opaque):
        return _a(value.kind)
    if isinstance(value, type):
        return "a class"
    if isinstance(value, bytes | bytearray):
        return "bytes (b'...', not text)"
    for kind in (list, tuple, dict, set, str, int, float):  # the kit's read-only lists …
        if isinstance(value, kind) and type(value).__name__.startswith("_"):
            return _a(kind.__name__)  # … are lists to a student
    return _a(type(value).__name__)


def describe_type(value: Any) -> str:
    """How to describe the *type* of an expected value (never the value).

    >>> describe_type(0.25)
    'a float (a decimal number)'
    """
    if isinstance(value, bool):
        return "True or False (a bool)"
    if isinstance(value, numbers.Integral):
        return "a whole number (an int)"
    if isinstance(value, numbers.Real):
        return "a float (a decimal number)"
    if isinstance(value, str):
        return "a str (text in quotes)"
    if isinstance(value, tuple):
        return "a tuple (items in round brackets, separated by commas)"
    if isinstance(value, list):
        return "a list (items in square brackets)"
    if isinstance(value, set | frozenset):
        return "a set (items in curly brackets)"
    if isinstance(value, Mapping):
        return "a dict"
    if value is None:
        return "None"
    return _a(type(value).__name__)


def same_type(answer: Any, expected: Any) -> bool:
    """Whether ``answer`` has the type ``expected`` asks for (a tuple will do for a list).

    >>> same_type(3, 7), same_type(3.0, 7), same_type((1,), ["a"]), same_type(True, 1)
    (True, False, True, False)
    """
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


def item_problem(got: Any, expected: Any) -> str | None:
    """What is wrong with the items' types of a plain container answer, or None.

    Only for containers whose expected items all have one type (a set of names).

    >>> item_problem({None, 1}, {"Russie"})
    'Each item should be a str (text in quotes), but your set holds None and an int.'
    """
    if not isinstance(expected, list | set | frozenset) or not expected:
        return None
    if not isinstance(got, list | tuple | set | frozenset):
        return None
    first = next(iter(expected))
    if not all(same_type(e, first) for e in expected):
        return None
    wrong = sorted({type_name(g) for g in list(got)[:1000] if not same_type(g, first)})
    if not wrong:
        return None
    listed = wrong[0] if len(wrong) == 1 else f"{', '.join(wrong[:-1])} and {wrong[-1]}"
    return (f"Each item should be {describe_type(first)}, but your {type(got).__name__} "
            f"holds {listed}.")
