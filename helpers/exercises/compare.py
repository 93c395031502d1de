"""Comparing a student's answer with the expected one, and describing it without revealing it.

A student's answer may be anything: a list of ten million items, an object whose
``==`` is always true, a number too big for a float. So an answer is first copied
into plain built-in data (``plain``) without calling any method of the student's
objects; everything after that compares and shows plain data only.

>>> class AlwaysEqual:
...     def __eq__(self, other):
...         return True
>>> _equal(plain([AlwaysEqual()]), ["kim"])
False
>>> _show(plain(list(range(500))), 30)
'[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …] (500 items)'
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

from .blank import _Blank

_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")

BUDGET = 100_000
"""How many items (all levels together) an answer may hold before it is called too big."""
_DEPTH = 60
_CALLABLES = (FunctionType, MethodType, BuiltinFunctionType, functools.partial)
_NUMERIC_MODULES = frozenset({"numpy", "fractions", "decimal"})
_SAFE_REPR_MODULES = frozenset({"helpers", "datetime", "pathlib", "fractions", "decimal"})


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


def _kind(value: Any) -> str:
    return type(value).__name__


def plain(value: Any, budget: int = BUDGET) -> Any:
    """A copy of ``value`` made of built-in types only (None, bool, int, float, str, list,
    tuple, set, frozenset, dict), taken without running the student's methods.

    Subclasses become their base type (a Counter a dict, a str subclass a str), numpy
    and fractions numbers Python numbers; functions (anything callable), compiled
    patterns and ``____`` are kept (they equal nothing in ``_equal``; a callable object
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
    if value is None or kind in (bool, int, float, str) or isinstance(value, _Blank):
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
        return Opaque(f"<{_kind(value)} object>", _kind(value))


# --------------------------------------------------------------------------- showing


def _show(value: Any, limit: int = 120) -> str:
    """A short, deterministic repr: sets sorted, no memory addresses, never cut mid-way.

    A long list is closed properly and says how long it was; so is a long text.

    >>> _show({"b", "a"}), _show("x" * 300, 20)
    ("{'a', 'b'}", "'xxxxxxxxxxxxxxxxx…' (300 characters)")
    >>> _show(["mot"] * 500, 30)
    "['mot', 'mot', 'mot', 'mot', 'mot', …] (500 items)"
    """
    return _Shower(max(limit, 20)).top(value)


class _Shower:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def top(self, value: Any) -> str:
        if isinstance(value, str) and len(value) > self.limit - 2:
            return f"{_cut_str(value, self.limit)} ({len(value):,} characters)"
        text, cut = self.show(value, self.limit)
        if cut and isinstance(value, list | tuple | set | frozenset | dict):
            size = len(value)
            text += f" ({size:,} item{'s' if size != 1 else ''})"
        return text

    def show(self, value: Any, room: int) -> tuple[str, bool]:
        """(text, whether items were left out) for ``value`` in about ``room`` characters."""
        if isinstance(value, list | tuple | set | frozenset | dict):
            return self._items(value, room)
        room = max(room, 12)
        if isinstance(value, str) and len(value) > room - 2:
            return _cut_str(value, room), False
        text = _scalar(value)
        return (text if len(text) <= room else text[: room - 2] + "…>"), False

    def _items(self, value: Any, room: int) -> tuple[str, bool]:
        if isinstance(value, dict):
            opening, closing = "{", "}"
            if type(value) is not dict:
                opening, closing = f"{type(value).__name__}({{", "})"
            entries = dict.items(value)
        elif isinstance(value, list):
            opening, closing, entries = "[", "]", list.__iter__(value)
        elif isinstance(value, tuple):
            opening, closing, entries = "(", ")", tuple.__iter__(value)
        else:
            opening = "{" if isinstance(value, set) else "frozenset({"
            closing = "}" if isinstance(value, set) else "})"
            if not value:
                return ("set()" if isinstance(value, set) else "frozenset()"), False
            # sorted by their text, so that the order does not depend on the hash seed
            entries = sorted(self.show(v, 40)[0] for v in value)[: room]
        parts: list[str] = []
        used = len(opening) + len(closing)
        cut = False
        for entry in entries:
            if used > room:
                cut = True
                break
            if isinstance(value, dict):
                key, val = entry
                text = f"{self.show(key, 40)[0]}: {self.show(val, max(room - used, 20))[0]}"
            elif isinstance(entry, str) and not isinstance(value, list | tuple):
                text = entry  # a set item, already shown
            else:
                text, _ = self.show(entry, max(room - used, 20))
            parts.append(text)
            used += len(text) + 2
        if cut:
            parts.append("…")
        inner = ", ".join(parts)
        if isinstance(value, tuple) and len(parts) == 1 and not cut:
            inner += ","
        return f"{opening}{inner}{closing}", cut


def _cut_str(text: str, room: int) -> str:
    """The repr of the start of ``text``, closed by its quote: 'Il n’y a pas…'."""
    shown = repr(text[: max(room - 3, 1)])
    return f"{shown[:-1]}…{shown[-1]}"


def _scalar(value: Any) -> str:
    if isinstance(value, _Blank):
        return "____"
    if value is None or type(value) in (bool, float, str):
        return repr(value)
    if type(value) is int:
        if value.bit_length() > 13_000:  # beyond what Python agrees to write in full
            return f"<an int of about {int(value.bit_length() * math.log10(2)):,} digits>"
        text = repr(value)
        return text if len(text) <= 40 else f"{text[:12]}…{text[-4:]} ({len(text):,} digits)"
    if isinstance(value, Opaque):
        return value.text
    if isinstance(value, FunctionType | MethodType | functools.partial):
        name = getattr(value, "__qualname__", None) or getattr(value, "__name__", "function")
        return f"<function {name}>"
    if isinstance(value, BuiltinFunctionType):
        return f"<built-in function {value.__name__}>"
    if isinstance(value, re.Pattern):
        return f"re.compile({value.pattern!r})"
    if type(value).__module__.split(".")[0] in _SAFE_REPR_MODULES:  # the kit's own objects
        try:
            return _ADDRESS.sub("", repr(value))
        except Exception:
            pass
    return f"<{_kind(value)} object>"


# --------------------------------------------------------------------------- types


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1].lower() in "aeiou" else f"a {kind}"


def _type_name(value: Any) -> str:
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
    return _a(_kind(value))


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
    return _a(_kind(value))


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


def _item_problem(got: Any, expected: Any) -> str | None:
    """What is wrong with the items' types of a plain container answer, or None.

    Only for containers whose expected items all have one type (a set of names).

    >>> _item_problem({None, 1}, {"Russie"})
    'Each item should be a str (text in quotes), but your set holds None and an int.'
    """
    if not isinstance(expected, list | set | frozenset) or not expected:
        return None
    if not isinstance(got, list | tuple | set | frozenset):
        return None
    first = next(iter(expected))
    if not all(_same_type(e, first) for e in expected):
        return None
    wrong = sorted({_type_name(g) for g in list(got)[:1000] if not _same_type(g, first)})
    if not wrong:
        return None
    listed = wrong[0] if len(wrong) == 1 else f"{', '.join(wrong[:-1])} and {wrong[-1]}"
    return f"Each item should be {_describe_type(first)}, but your {_kind(got)} holds {listed}."


# --------------------------------------------------------------------------- comparing


def _equal(got: Any, expected: Any, tolerance: float = 0.0) -> bool:
    """Equality of plain data, with an absolute ``tolerance`` for floats, also inside containers.

    Lists and tuples compare alike; dicts compare with any mapping (a Counter).
    Only built-in values are compared: anything else equals nothing.

    >>> _equal([("le", 2)], [["le", 2]]), _equal(0.3333, 1 / 3, 1e-3), _equal(5, 5.0)
    (True, True, True)
    >>> _equal(10**400, 0.5, 1e-3)
    False
    """
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(expected, numbers.Real) and not isinstance(expected, numbers.Integral):
        if type(got) not in (int, float):
            return False
        try:
            return math.isclose(float(got), float(expected), rel_tol=0.0, abs_tol=tolerance)
        except OverflowError:  # an int too big for a float is far from any ratio
            return False
    if isinstance(expected, numbers.Integral):
        return type(got) in (int, float) and got == expected
    if isinstance(expected, str):
        return type(got) is str and got == expected
    if isinstance(expected, list | tuple):
        return (type(got) in (list, tuple) and len(got) == len(expected)
                and all(_equal(g, e, tolerance) for g, e in zip(got, expected, strict=True)))
    if isinstance(expected, Mapping):
        return (type(got) is dict and len(got) == len(expected)
                and all(k in got and _equal(got[k], expected[k], tolerance) for k in expected))
    if isinstance(expected, set | frozenset):
        return type(got) in (set, frozenset) and got == expected
    if expected is None:
        return got is None
    if type(got) is not type(expected) or isinstance(got, Opaque):
        return False
    try:
        return bool(got == expected)
    except Exception:  # e.g. an array whose truth value is ambiguous
        return False


def _same_items(got: Iterable, expected: Iterable, tolerance: float = 0.0) -> bool:
    """Multiset equality of plain data: the same items, in any order."""
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
