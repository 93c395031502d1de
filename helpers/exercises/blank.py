"""The blank ``____`` that students replace, and how the checker finds it.

>>> is_blank([1, ____])
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import CodeType, FunctionType, MethodType
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


def is_blank(value: Any) -> bool:
    """True when ``value`` is, or still contains, the blank ``____``.

    Containers are searched (items, dict keys and values), strings for the
    text ``____`` (a regex left blank) and functions for a use of ``____``.

    >>> is_blank(____), is_blank([1, ____]), is_blank({"k": ____}), is_blank(r"\\w+____")
    (True, True, True, True)
    >>> is_blank(lambda text: ____), is_blank(lambda text: text.split())
    (True, False)
    >>> is_blank(0), is_blank(""), is_blank([]), is_blank(None)
    (False, False, False, False)
    """
    return _blank(value, set(), 0)


def _blank(value: Any, seen: set[int], depth: int) -> bool:
    if value is ____:
        return True
    if depth > 20 or id(value) in seen:
        return False
    if isinstance(value, str):
        return _BLANK_NAME in value
    if isinstance(value, re.Pattern):
        return isinstance(value.pattern, str) and _BLANK_NAME in value.pattern
    seen.add(id(value))
    if isinstance(value, Mapping):
        return any(_blank(k, seen, depth + 1) or _blank(v, seen, depth + 1)
                   for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_blank(item, seen, depth + 1) for item in value)
    if isinstance(value, functools.partial):
        return (_blank(value.func, seen, depth + 1)
                or _blank(value.args, seen, depth + 1)
                or _blank(value.keywords, seen, depth + 1))
    if isinstance(value, MethodType):
        return _blank(value.__func__, seen, depth + 1)
    if isinstance(value, FunctionType):
        return (_code_uses_blank(value.__code__)
                or _blank(value.__defaults__ or (), seen, depth + 1)
                or _blank(value.__kwdefaults__ or {}, seen, depth + 1))
    return False


def _code_uses_blank(code: CodeType) -> bool:
    """Whether a code object (or one nested in it) names ``____``."""
    if _BLANK_NAME in code.co_names or _BLANK_NAME in code.co_freevars:
        return True
    return any(isinstance(const, CodeType) and _code_uses_blank(const)
               for const in code.co_consts)
