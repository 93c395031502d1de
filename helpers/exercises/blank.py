"""The blank ``____`` that students replace, and how the checker finds it.

>>> is_blank([1, ____])
True
"""

from __future__ import annotations

import functools
import re
from types import CodeType, FunctionType, MappingProxyType, MethodType
from typing import Any, ClassVar


class _Blank:
    """The type of ``____``: one instance only, shown as ``____``."""

    _instance: ClassVar[_Blank | None] = None

    def __new__(cls) -> _Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    __str__ = __repr__

    def __copy__(self) -> _Blank:
        return self

    def __deepcopy__(self, memo: dict) -> _Blank:
        return self

    def __reduce__(self) -> str:
        return "____"


____ = _Blank()
"""The blank students replace: ``answer = ____``."""

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
    seen.add(id(value))
    # base-class methods only: a student's container subclass runs none of its own code
    if isinstance(value, dict):
        return any(_blank(k, seen, depth + 1, left) or _blank(v, seen, depth + 1, left)
                   for k, v in dict.items(value))
    if isinstance(value, MappingProxyType):
        return _blank(dict(value), seen, depth + 1, left)
    for base in (list, tuple, set, frozenset):
        if isinstance(value, base):
            return any(_blank(item, seen, depth + 1, left) for item in base.__iter__(value))
    if isinstance(value, functools.partial):
        return (_blank(value.func, seen, depth + 1, left)
                or _blank(value.args, seen, depth + 1, left)
                or _blank(value.keywords, seen, depth + 1, left))
    if isinstance(value, MethodType):
        return _blank(value.__func__, seen, depth + 1, left)
    if isinstance(value, FunctionType):
        return (_code_uses_blank(value.__code__)
                or _blank(value.__defaults__ or (), seen, depth + 1, left)
                or _blank(value.__kwdefaults__ or {}, seen, depth + 1, left))
    return False


def _code_uses_blank(code: CodeType) -> bool:
    """Whether a code object (or one nested in it) names ``____``."""
    if _BLANK_NAME in code.co_names or _BLANK_NAME in code.co_freevars:
        return True
    return any(isinstance(const, CodeType) and _code_uses_blank(const)
               for const in code.co_consts)
