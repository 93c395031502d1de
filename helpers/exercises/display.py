"""Showing a student's answer (or a value) briefly, and checking a message does not reveal one.

Values are plain data (see ``compare.plain``): ``show`` never runs a student's code.

>>> show(list(range(500)), 30)
'[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …] (500 items)'
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from collections.abc import Iterable
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

from ..translation import format_number, ngettext
from ..translation import gettext as _
from .blank import Blank
from .compare import Opaque

MEMORY_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")
"""The " at 0x7f…" of a default repr: removed, so that what is shown is the same every run."""
_SAFE_REPR_MODULES = frozenset({"helpers", "datetime", "pathlib", "fractions", "decimal"})


def show(value: Any, limit: int = 120) -> str:
    """A short, deterministic repr: sets sorted, no memory addresses, never cut mid-way.

    A long list is closed properly and says how long it was; so is a long text.

    >>> show({"b", "a"}), show("x" * 300, 20)
    ("{'a', 'b'}", "'xxxxxxxxxxxxxxxxx…' (300 characters)")
    >>> show(["mot"] * 500, 30)
    "['mot', 'mot', 'mot', 'mot', 'mot', …] (500 items)"
    """
    return _Shower(max(limit, 20)).top(value)


class _Shower:
    """Shows values in a given room, item by item (``show`` makes one)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def top(self, value: Any) -> str:
        if isinstance(value, str) and len(value) > self.limit - 2:
            size = len(value)
            return f"{_cut_str(value, self.limit)} (" + ngettext(
                "{n} character", "{n} characters", size).format(n=format_number(size)) + ")"
        text, cut = self.show(value, self.limit)
        if cut and isinstance(value, list | tuple | set | frozenset | dict):
            size = len(value)
            text += " (" + ngettext("{n} item", "{n} items", size).format(
                n=format_number(size)) + ")"
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
        if isinstance(value, set | frozenset) and not value:
            return ("set()" if isinstance(value, set) else "frozenset()"), False
        opening, closing, entries = self._frame(value, room)
        parts: list[str] = []
        used = len(opening) + len(closing)
        cut = False
        for entry in entries:
            if used > room:
                cut = True
                break
            text = self._entry(value, entry, max(room - used, 20))
            parts.append(text)
            used += len(text) + 2
        if cut:
            parts.append("…")
        inner = ", ".join(parts)
        if isinstance(value, tuple) and len(parts) == 1 and not cut:
            inner += ","
        return f"{opening}{inner}{closing}", cut

    def _frame(self, value: Any, room: int) -> tuple[str, str, Iterable[Any]]:
        """The opening and closing brackets of a container, and its entries in order."""
        if isinstance(value, dict):
            if type(value) is not dict:
                return f"{type(value).__name__}({{", "})", dict.items(value)
            return "{", "}", dict.items(value)
        if isinstance(value, list):
            return "[", "]", list.__iter__(value)
        if isinstance(value, tuple):
            return "(", ")", tuple.__iter__(value)
        # sorted by their text, so that the order does not depend on the hash seed
        entries = sorted(self.show(v, 40)[0] for v in value)[: room]
        if isinstance(value, set):
            return "{", "}", entries
        return "frozenset({", "})", entries

    def _entry(self, value: Any, entry: Any, room: int) -> str:
        if isinstance(value, dict):
            key, val = entry
            return f"{self.show(key, 40)[0]}: {self.show(val, room)[0]}"
        if isinstance(entry, str) and not isinstance(value, list | tuple):
            return entry  # a set item, already shown
        return self.show(entry, room)[0]


def _cut_str(text: str, room: int) -> str:
    """The repr of the start of ``text``, closed by its quote: 'Il n’y a pas…'."""
    shown = repr(text[: max(room - 3, 1)])
    return f"{shown[:-1]}…{shown[-1]}"


def _scalar(value: Any) -> str:
    if isinstance(value, Blank):
        return "____"
    if value is None or type(value) in (bool, float, str):
        return repr(value)
    if type(value) is int:
        if value.bit_length() > 13_000:  # beyond what Python agrees to write in full
            digits = format_number(int(value.bit_length() * math.log10(2)))
            return "<" + _("an int of about {n} digits").format(n=digits) + ">"
        text = repr(value)
        if len(text) <= 40:
            return text
        return f"{text[:12]}…{text[-4:]} (" + _("{n} digits").format(
            n=format_number(len(text))) + ")"
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
            return MEMORY_ADDRESS.sub("", repr(value))
        except Exception:
            pass
    return f"<{type(value).__name__} object>"


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
    text = show(value, limit=10_000)
    return len(text) >= 3 and text in message
