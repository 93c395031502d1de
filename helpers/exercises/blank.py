"""The blank ``____`` that students replace, how the checker finds it, and ``MISSING``.

>>> is_blank([1, ____])
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import CodeType, FunctionType, MappingProxyType, MethodType
from typing import Any, ClassVar


class Blank:
    """The type of ``____``: one instance only, shown as ``____``.

    >>> Blank() is ____
    True
    """

    _instance: ClassVar[Blank | None] = None

    def __new__(cls) -> Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    __str__ = __repr__

    def __copy__(self) -> Blank:
        return self

    def __deepcopy__(self, memo: dict) -> Blank:
        return self

    def __reduce__(self) -> str:
        return "____"


____ = Blank()
"""The blank students replace: ``answer = ____``."""

MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "<missing>"})()
"""What a question sees when ``check()`` gets no answer at all (or declares no ``expected``)."""

_BLANK_NAME = "____"


def is_blank(value: Any, budget: int = 100_000) -> bool:
    """True when ``value`` is, or still contains, the blank ``____``.

    Containers are searched (items, dict keys and values), strings for the
    text ``____`` (a regex left blank) and functions for a use of ``____``.
    At most ``budget`` items are looked at: a huge answer is no blank.

    >>> is_blank(____), is_blank([1, ____]), is_blank({"k": ____}), is_blank(r"\\w+____")
    (True, True, True, True)
    >>> is_blank(lambda text: ____), is_blank(lambda text: text.split())
    (True, False)
    >>> is_blank(0), is_blank(""), is_blank([]), is_blank(None)
    (False, False, False, False)
    >>> is_blank([0] * 10**6 + [____], budget=1000)
    False
    """
    try:
        return _blank(value, set(), 0, [budget])
    except _Spent:
        return False


class _Spent(Exception):
    """More items than the budget: stop looking."""


def _blank(value: Any, seen: set[int], depth: int, left: list[int]) -> bool:
    left[0] -= 1
    if left[0] < 0:
        raise _Spent
    if value is ____:
        return True
    if depth > 20 or id(value) in seen:
        return False
    if isinstance(value, str):
        return _BLANK_NAME in value
    if isinstance(value, re.Pattern):
        return isinstance(value.pattern, str) and _BLANK_NAME in value.pattern
    if isinstance(value, FunctionType) and _code_uses_blank(value.__code__):
        return True
    seen.add(id(value))
    return any(_blank(part, seen, depth + 1, left) for part in _parts(value))


def _parts(value: Any) -> Iterable[Any]:
    """What to search inside ``value``: its items, or the values a function holds.

    Base-class methods only: a student's container subclass runs none of its own code.
    """
    if isinstance(value, dict):
        return (part for pair in dict.items(value) for part in pair)
    if isinstance(value, MappingProxyType):
        return (dict(value),)
    for base in (list, tuple, set, frozenset):
        if isinstance(value, base):
            return base.__iter__(value)
    if isinstance(value, functools.partial):
        return (value.func, value.args, value.keywords)
    if isinstance(value, MethodType):
        return (value.__func__,)
    if isinstance(value, FunctionType):
        return (value.__defaults__ or (), value.__kwdefaults__ or {})
    return ()


def _code_uses_blank(code: CodeType) -> bool:
    """Whether a code object (or one nested in it) names ``____``."""
    if _BLANK_NAME in code.co_names or _BLANK_NAME in code.co_freevars:
        return True
    return any(isinstance(const, CodeType) and _code_uses_blank(const)
               for const in code.co_consts)
