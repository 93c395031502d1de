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

from ..translation import N_
from ..translation import gettext as _
from .compare import Opaque

# The built-in types a student meets, with their article (a French "une liste" needs its own).
_KINDS = {"int": N_("an int"), "float": N_("a float"), "str": N_("a str"), "list": N_("a list"),
          "tuple": N_("a tuple"), "dict": N_("a dict"), "set": N_("a set"),
          "frozenset": N_("a frozenset"), "bool": N_("a bool"), "object": N_("an object")}
# per container an answer may be: what is wrong with its items' types
_ITEMS = {"list": N_("Each item should be {expected}, but your list holds {got}."),
          "tuple": N_("Each item should be {expected}, but your tuple holds {got}."),
          "set": N_("Each item should be {expected}, but your set holds {got}."),
          "frozenset": N_("Each item should be {expected}, but your frozenset holds {got}.")}


def _a(kind: str) -> str:
    if kind in _KINDS:
        return _(_KINDS[kind])
    if kind[:1].lower() in "aeiou":
        return _("an {kind}").format(kind=kind)
    return _("a {kind}").format(kind=kind)


def listed(items: list[str], word: str = "and") -> str:
    """Items in a sentence: "a", "a and b", "a, b or c" (``word``: "and" or "or").

    >>> listed(["a", "b", "c"], "or"), listed(["None"])
    ('a, b or c', 'None')
    """
    if len(items) == 1:
        return items[0]
    joined = (_("{items} or {last}") if word == "or" else _("{items} and {last}"))
    return joined.format(items=", ".join(items[:-1]), last=items[-1])


def type_name(value: Any) -> str:
    """What a student's answer is, in words: "an int", "a function", "None".

    >>> type_name(3), type_name(lambda text: text), type_name(None), type_name([])
    ('an int', 'a function', 'None', 'a list')
    """
    if value is None:
        return "None"
    if isinstance(value, FunctionType | MethodType | functools.partial):
        return _("a function")
    if isinstance(value, Opaque):
        return _a(value.kind)
    if isinstance(value, type):
        return _("a class")
    if isinstance(value, bytes | bytearray):
        return _("bytes (b'...', not text)")
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
        return _("True or False (a bool)")
    if isinstance(value, numbers.Integral):
        return _("a whole number (an int)")
    if isinstance(value, numbers.Real):
        return _("a float (a decimal number)")
    if isinstance(value, str):
        return _("a str (text in quotes)")
    if isinstance(value, tuple):
        return _("a tuple (items in round brackets, separated by commas)")
    if isinstance(value, list):
        return _("a list (items in square brackets)")
    if isinstance(value, set | frozenset):
        return _("a set (items in curly brackets)")
    if isinstance(value, Mapping):
        return _("a dict")
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
    kind = next(k for k in (list, tuple, set, frozenset) if isinstance(got, k)).__name__
    return _(_ITEMS[kind]).format(expected=describe_type(first), got=listed(wrong))
