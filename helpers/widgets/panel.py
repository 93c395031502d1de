"""What every widget of the kit shares: a panel built on first use, a short text form.

A widget class derives from :class:`Panel`, builds its ipywidgets in
``_build()`` and keeps its logic in an ``update(...)`` method that a test can
call without a browser. In a notebook the panel shows as live widgets; its
plain-text form (what nbval compares) is the class's short ``repr``, not the
long description of every control.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..translation import gettext as _


class Panel:
    """Base class: lazy ``widget`` property and notebook display."""

    _widget: Any = None
    controls: dict[str, Any]

    def _build(self) -> Any:
        raise NotImplementedError

    def _on_built(self) -> None:
        """Called once the panel exists (e.g. to draw its first state)."""

    @property
    def widget(self) -> Any:
        """The ipywidgets panel (built on first use)."""
        if self._widget is None:
            self._widget = self._build()
            self._on_built()
        return self._widget

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle


def choices(values: Iterable[str]) -> list[Any]:
    """The options of a menu: each value with its label in the language in effect.

    When every label is its value (English), a plain list; else ``(label, value)`` pairs
    (ipywidgets takes pairs only if all are): the menu's ``value`` stays the value.

    >>> choices(["sentence", "paragraph"])
    ['sentence', 'paragraph']
    """
    pairs = [(_(value), value) for value in values]
    return [value for _label, value in pairs] if all(a == b for a, b in pairs) else pairs
