"""A text, its paragraphs and facts about it: :class:`Document`, read-only once made.

Loading (:mod:`helpers.text.corpus`) makes Documents; this module holds what they are.

>>> doc = Document("Pékin reste son plus proche soutien.\\n\\nMoscou aussi.")
>>> doc.paragraphs
['Pékin reste son plus proche soutien.', 'Moscou aussi.']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from ..translation import format_number, ngettext
from ..translation import gettext as _

__all__ = ["Document", "split_paragraphs"]

# Read-only containers: a loaded Document never changes (load_article() is
# cached and shared), but it still behaves like plain lists and dicts: it
# compares equal to them, prints like them and converts to JSON.


def _read_only(self: object, *args: object, **kwargs: object) -> NoReturn:
    name = getattr(self, "_what", "this value")
    raise TypeError(_(
        "{name} is read-only: a loaded Document never changes. "
        "Make your own copy first, e.g. mine = {copy}"
    ).format(name=name, copy=getattr(self, "_copy_hint", "list(...)")))


class _ReadOnlyList(list):
    """A list that refuses changes (Document.paragraphs)."""

    __slots__ = ()
    _what = "Document.paragraphs"
    _copy_hint = "list(doc.paragraphs)"
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _read_only
    append = extend = insert = pop = remove = clear = sort = reverse = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (_ReadOnlyList, (list(self),))


class _ReadOnlyDict(dict):
    """A dict that refuses changes (Document.meta)."""

    __slots__ = ()
    _what = "Document.meta"
    _copy_hint = "dict(doc.meta)"
    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (_ReadOnlyDict, (dict(self),))


# ---------------------------------------------------------------------------
# Document

# One or more blank lines (empty, or only spaces/tabs/NBSP) between paragraphs.
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_SPACES = re.compile(r"\s+")


def split_paragraphs(text: str) -> list[str]:
    """Split `text` into paragraphs; strip each paragraph's outer whitespace.

    A paragraph is a block between blank lines (a blank line is empty or only
    whitespace). A text with no blank line at all — the article, most news
    copied from a web page, many exports — has one paragraph per line.
    Text inside a paragraph (line breaks of a blank-line text included) is
    kept exactly.

    >>> split_paragraphs("  Un.\\nDeux.\\n \\n\\nTrois.\\n")
    ['Un.\\nDeux.', 'Trois.']
    >>> split_paragraphs("Un.\\nDeux.\\nTrois.")
    ['Un.', 'Deux.', 'Trois.']
    """
    blocks = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    paragraphs = (p.strip() for p in blocks)
    return [p for p in paragraphs if p]


@dataclass(frozen=True, eq=True, repr=False)
class Document:
    """A text, its paragraphs and facts about it (``meta``).

    Fields: ``text`` (the whole text, as loaded), ``paragraphs`` (see
    :func:`split_paragraphs`), ``meta`` (a dict, e.g. the article's title and dates) and
    ``source`` (where it came from: a file name, or ``'<text>'``).
    ``paragraphs`` and ``meta`` are read-only; copy them to change them.
    ``print(doc)`` prints the text.

    >>> doc = Document("Pékin reste son plus proche soutien.")
    >>> doc
    Document('Pékin reste son plus…', 1 paragraph, 36 characters, source='<text>')
    >>> doc.paragraphs
    ['Pékin reste son plus proche soutien.']
    """

    text: str
    paragraphs: list[str] = None  # type: ignore[assignment]  # None: split `text`
    meta: dict[str, Any] = None  # type: ignore[assignment]  # None: {}
    source: str = "<text>"

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(_("Document text must be a str, got {type}")
                            .format(type=type(self.text).__name__))
        paragraphs = split_paragraphs(self.text) if self.paragraphs is None else self.paragraphs
        if isinstance(paragraphs, str) or not all(isinstance(p, str) for p in paragraphs):
            raise TypeError(_("Document paragraphs must be a list of str"))
        meta = {} if self.meta is None else self.meta
        if not isinstance(meta, Mapping):
            raise TypeError(_("Document meta must be a dict, got {type}")
                            .format(type=type(meta).__name__))
        object.__setattr__(self, "paragraphs", _ReadOnlyList(paragraphs))
        object.__setattr__(self, "meta", _ReadOnlyDict(meta))
        object.__setattr__(self, "source", str(self.source))

    def __repr__(self) -> str:
        n, size = len(self.paragraphs), len(self.text)
        parts = ngettext("{n} paragraph", "{n} paragraphs", n).format(n=format_number(n))
        chars = ngettext("{n} character", "{n} characters", size).format(n=format_number(size))
        return f"Document({_preview(self.text)!r}, {parts}, {chars}, source={self.source!r})"

    def __str__(self) -> str:
        return self.text

    def __hash__(self) -> int:
        return hash((self.text, tuple(self.paragraphs), self.source))


def _preview(text: str, width: int = 24) -> str:
    """The first words of `text` (about `width` characters), then '…'."""
    head = _SPACES.sub(" ", text[: width * 4]).strip()
    if len(head) <= width and len(text.strip()) <= width:
        return head
    cut = head[: width + 1].rsplit(" ", 1)[0] if " " in head[:width + 1] else head[:width]
    return cut.rstrip(" ,;:") + "…"
