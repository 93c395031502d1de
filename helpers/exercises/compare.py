"""Comparing a student's answer with the expected one, without running the student's code.

A student's answer may be anything: a list of ten million items, an object whose
``==`` is always true, a number too big for a float. So an answer is first copied
into plain built-in data (``plain``) without calling any method of the student's
objects; everything after that compares plain data only (``equal``, ``same_items``).
How an answer is shown, and what may not be shown, is in ``display``.

>>> class AlwaysEqual:
...     def __eq__(self, other):
...         return True
>>> equal(plain([AlwaysEqual()]), ["kim"])
False
"""

from __future__ import annotations

import functools
import math
import numbers
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from types import BuiltinFunctionType, FunctionType, MappingProxyType, MethodType
from typing import Any

from .blank import Blank

BUDGET = 100_000
"""How many items (all levels together) an answer may hold before it is called too big."""
_DEPTH = 60
_CALLABLES = (FunctionType, MethodType, BuiltinFunctionType, functools.partial)
_NUMERIC_MODULES = frozenset({"numpy", "fractions", "decimal"})


class TooBig(Exception):
    """An answer with more than ``BUDGET`` items, or nested more than ``_DEPTH`` levels."""


class Opaque:
    """Stands for a value that is not plain data: equal only to itself, shown by its type."""

    __slots__ = ("kind", "text")

    def __init__(self, text: str, kind: str = "object") -> None:
        self.text = text
        self.kind = kind

    def __repr__(self) -> str:
        return self.text


def plain(value: Any, budget: int = BUDGET) -> Any:
    """A copy of ``value`` made of built-in types only (None, bool, int, float, str, list,
    tuple, set, frozenset, dict), taken without running the student's methods.

    Subclasses become their base type (a Counter a dict, a str subclass a str), numpy
    and fractions numbers Python numbers; functions (anything callable), compiled
    patterns and ``____`` are kept (they equal nothing in ``equal``; a callable object
    only as the answer itself, not inside a container); anything else
    becomes an ``Opaque`` that equals nothing but itself.
    Raises ``TooBig`` past ``budget`` items.

    >>> from collections import Counter
    >>> plain(Counter("aab")), plain((1, {2.5}))
    ({'a': 2, 'b': 1}, (1, {2.5}))
    >>> plain([1, object()])
    [1, <object object>]
    """
    left = [budget]
    return _plain(value, left, set(), 0)


def _spend(left: list[int], n: int) -> None:
    left[0] -= n
    if left[0] < 0:
        raise TooBig("too many items")


def _plain(value: Any, left: list[int], path: set[int], depth: int) -> Any:
    kind = type(value)
    if value is None or kind in (bool, int, float, str) or isinstance(value, Blank):
        return value
    if isinstance(value, bool | int):  # an int subclass (IntEnum, …): its value, no override
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (*_CALLABLES, re.Pattern)) or (depth == 0 and callable(value)):
        return value  # a function answer (str.upper too): kept, to be run
    if kind.__module__.split(".")[0] in _NUMERIC_MODULES:
        return _number(value, left, path, depth)
    if not isinstance(value, list | tuple | set | frozenset | dict | MappingProxyType):
        return Opaque(f"<{kind.__name__} object>", kind.__name__)
    if depth > _DEPTH:
        raise TooBig("nested too deep")
    if id(value) in path:  # a list that contains itself
        return Opaque("[...]", kind.__name__)
    path.add(id(value))
    try:
        return _container(value, left, path, depth + 1)
    finally:
        path.discard(id(value))


def _container(value: Any, left: list[int], path: set[int], depth: int) -> Any:
    # Base-class methods: a subclass's own __iter__, __len__ or items() never run.
    if isinstance(value, dict | MappingProxyType):
        pairs = list(dict.items(value) if isinstance(value, dict) else value.items())
        _spend(left, len(pairs))
        return {_plain(k, left, path, depth): _plain(v, left, path, depth) for k, v in pairs}
    for base in (list, tuple, set, frozenset):
        if isinstance(value, base):
            _spend(left, base.__len__(value))
            items = [_plain(item, left, path, depth) for item in base.__iter__(value)]
            return items if base is list else base(items)
    raise AssertionError("not a container")  # pragma: no cover


def _number(value: Any, left: list[int], path: set[int], depth: int) -> Any:
    """numpy scalars and arrays, Fraction, Decimal: their Python value (C code, no user code)."""
    if hasattr(value, "tolist") and hasattr(value, "size"):  # numpy array or scalar
        _spend(left, int(value.size))
        return _plain(value.tolist(), left, path, depth)
    if isinstance(value, numbers.Integral):
        return operator.index(value)
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        kind = type(value).__name__
        return Opaque(f"<{kind} object>", kind)


# --------------------------------------------------------------------------- comparing


def equal(got: Any, expected: Any, tolerance: float = 0.0) -> bool:
    """Equality of plain data, with an absolute ``tolerance`` for floats, also inside containers.

    Lists and tuples compare alike; dicts compare with any mapping (a Counter).
    Only built-in values are compared: anything else equals nothing.

    >>> equal([("le", 2)], [["le", 2]]), equal(0.3333, 1 / 3, 1e-3), equal(5, 5.0)
    (True, True, True)
    >>> equal(10**400, 0.5, 1e-3)
    False
    """
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(expected, numbers.Real):
        return _equal_numbers(got, expected, tolerance)
    if isinstance(expected, str):
        return type(got) is str and got == expected
    if isinstance(expected, list | tuple | Mapping | set | frozenset):
        return _equal_containers(got, expected, tolerance)
    if expected is None:
        return got is None
    if type(got) is not type(expected) or isinstance(got, Opaque):
        return False
    try:
        return bool(got == expected)
    except Exception:  # e.g. an array whose truth value is ambiguous
        return False


def _equal_numbers(got: Any, expected: numbers.Real, tolerance: float) -> bool:
    if isinstance(expected, numbers.Integral):
        return type(got) in (int, float) and got == expected
    if type(got) not in (int, float):
        return False
    try:
        return math.isclose(float(got), float(expected), rel_tol=0.0, abs_tol=tolerance)
    except OverflowError:  # an int too big for a float is far from any ratio
        return False


def _equal_containers(got: Any, expected: Any, tolerance: float) -> bool:
    if isinstance(expected, list | tuple):
        return (type(got) in (list, tuple) and len(got) == len(expected)
                and all(equal(g, e, tolerance) for g, e in zip(got, expected, strict=True)))
    if isinstance(expected, Mapping):
        return (type(got) is dict and len(got) == len(expected)
                and all(k in got and equal(got[k], expected[k], tolerance) for k in expected))
    return type(got) in (set, frozenset) and got == expected


def same_items(got: Iterable, expected: Iterable, tolerance: float = 0.0) -> bool:
    """Multiset equality of plain data: the same items, in any order.

    >>> same_items(["b", "a", "a"], ["a", "b", "a"]), same_items([[1], [2]], [[2], [2]])
    (True, False)
    """
    got, expected = list(got), list(expected)
    if len(got) != len(expected):
        return False
    try:
        return Counter(got) == Counter(expected)
    except TypeError:  # unhashable items: match them one by one
        rest = list(expected)
        for item in got:
            for i, candidate in enumerate(rest):
                if equal(item, candidate, tolerance):
                    del rest[i]
                    break
            else:
                return False
        return True
