"""Loading texts: the seed article and your own files.

A :class:`Document` holds a text exactly as it was written. Loading does one
normalisation only: Windows and old-Mac line endings (``\\r\\n``, ``\\r``)
become ``\\n``. Nothing else changes — not the apostrophes (’), not the
non-breaking spaces inside « », not the Unicode form. Normalising words is a
separate, explicit step (:mod:`helpers.normalize`).

>>> article = load_article()
>>> article
Document('Les dirigeants russe…', 5 paragraphs, 2,130 characters, source='article.txt')
>>> article.meta["event_date"]
'2019-04-25'
>>> load_text("Bonjour.\\n\\nAu revoir.").paragraphs
['Bonjour.', 'Au revoir.']
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from .textfile import check_encoding, read_text_file

__all__ = ["Document", "load_article", "load_text"]

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# ---------------------------------------------------------------------------
# Read-only containers: a loaded Document never changes (load_article() is
# cached and shared), but it still behaves like plain lists and dicts: it
# compares equal to them, prints like them and converts to JSON.


def _read_only(self: object, *args: object, **kwargs: object) -> NoReturn:
    name = getattr(self, "_what", "this value")
    raise TypeError(
        f"{name} is read-only: a loaded Document never changes. "
        f"Make your own copy first, e.g. mine = {getattr(self, '_copy_hint', 'list(...)')}"
    )


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
            raise TypeError(f"Document text must be a str, got {type(self.text).__name__}")
        paragraphs = split_paragraphs(self.text) if self.paragraphs is None else self.paragraphs
        if isinstance(paragraphs, str) or not all(isinstance(p, str) for p in paragraphs):
            raise TypeError("Document paragraphs must be a list of str")
        meta = {} if self.meta is None else self.meta
        if not isinstance(meta, Mapping):
            raise TypeError(f"Document meta must be a dict, got {type(meta).__name__}")
        object.__setattr__(self, "paragraphs", _ReadOnlyList(paragraphs))
        object.__setattr__(self, "meta", _ReadOnlyDict(meta))
        object.__setattr__(self, "source", str(self.source))

    def __repr__(self) -> str:
        n = len(self.paragraphs)
        return (
            f"Document({_preview(self.text)!r}, {n:,} paragraph{'s' * (n != 1)}, "
            f"{len(self.text):,} characters, source={self.source!r})"
        )

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


# ---------------------------------------------------------------------------
# The seed article


@functools.cache
def load_article() -> Document:
    """Return the kit's seed article (5 paragraphs) with its facts in ``meta``.

    Read from ``seeds/article.txt`` and ``seeds/article.json``. The result is
    cached: every call returns the same read-only Document.

    >>> article = load_article()
    >>> len(article.paragraphs), article.meta["paragraphs"], article.meta["language"]
    (5, 5, 'fr')
    >>> article.paragraphs[2][:36]
    'La Russie a déjà demandé la levée de'
    """
    txt, info = SEEDS / "article.txt", SEEDS / "article.json"
    if not (txt.is_file() and info.is_file()):
        raise FileNotFoundError(
            f"The kit's seed article was not found: looked for article.txt and "
            f"article.json in {SEEDS}, next to the helpers package. The kit must be "
            "installed from its repository folder with `pip install -e .` (editable), so "
            "that helpers can find seeds/. Run that command in the folder that contains "
            "pyproject.toml."
        )
    meta = json.loads(info.read_text(encoding="utf-8"))
    text = read_text_file(txt, encoding=None)
    return Document(text, meta=meta, source=txt.name)


# ---------------------------------------------------------------------------
# Your own texts

# Strings ending like this are taken as file names, not as text.
_FILE_SUFFIX = re.compile(
    r"\.(txt|text|md|markdown|rst|csv|tsv|json|jsonl|xml|html?|srt|vtt|log|"
    r"docx?|odt|rtf|pdf|epub|pages|xlsx?|ods|pptx?|png|jpe?g|gif|bmp|tiff?|webp|zip|gz)$",
    re.IGNORECASE,
)
_LOOKS_LIKE_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def load_text(
    path_or_str: str | os.PathLike[str],
    *,
    meta: Mapping[str, Any] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
) -> Document:
    """Load a text file, or wrap a string of text, as a :class:`Document`.

    `path_or_str` may be a :class:`pathlib.Path`, a ``str`` naming a file,
    or a ``str`` of text. A ``str`` is read as a **path** when it names an
    existing file, or when it has no line break and looks like a path: it
    ends with a file extension (``notes.txt``, ``rapport.docx``) or contains
    ``/`` or ``\\`` and no spaces. Any other ``str`` is the text itself.

    Files may be UTF-8 (with or without BOM) or UTF-16/UTF-32 with a BOM.
    Other encodings (Windows-1252, Latin-1, Mac Roman…) are detected, decoded
    and reported with a ``UserWarning`` telling how to convert the file to
    UTF-8; if you know the encoding, pass ``encoding='cp1252'`` (for example).
    Decoding is strict: no character is ever dropped or replaced — if the
    bytes do not decode, you get a ``ValueError`` explaining what to do. A UTF-8
    file with a few bad bytes is refused with their line and byte; pass
    ``errors='replace'`` to read the rest, with ``�`` where each bad byte was.

    The one normalisation on load: line endings ``\\r\\n`` and ``\\r`` become
    ``\\n``. The Unicode form is kept as is (no NFC; see
    :func:`helpers.normalize.nfc`). An empty or whitespace-only text raises
    ``ValueError``: a lesson on an empty text is always a mistake.

    >>> doc = load_text("Pékin reste son plus proche souien.")
    >>> doc.text, doc.source
    ('Pékin reste son plus proche souien.', '<text>')
    >>> load_text(SEEDS / "article.txt").paragraphs == load_article().paragraphs
    True
    """
    if meta is not None and not isinstance(meta, Mapping):
        raise TypeError(
            f"meta must be a dict, e.g. meta={{'title': 'Mon texte'}}, "
            f"got {type(meta).__name__}"
        )
    if encoding is not None:
        check_encoding(encoding)
    source = _as_path(path_or_str)
    if source is None:  # a string of text
        if encoding is not None:
            raise ValueError(
                "encoding= only applies to files; this string is already text, so "
                "leave encoding out"
            )
        text = path_or_str  # type: ignore[assignment]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            what = "an empty string" if not text else "only whitespace"
            raise ValueError(
                f"load_text() was given {what}: there is no text to analyse. Pass the "
                "text itself, or the path of a .txt file, e.g. load_text('mon_texte.txt')"
            )
        return Document(text, meta=meta, source="<text>")
    shown = path_or_str if isinstance(path_or_str, str) else ""
    text = read_text_file(source, encoding=encoding, shown=shown, errors=errors)
    return Document(text, meta=meta, source=source.name)


def _as_path(value: object) -> Path | None:
    """The path `value` names, or None when it is a string of text."""
    if value is None:
        raise TypeError(
            "load_text() needs a file path or a string of text, got None. "
            "Check the variable you passed: was it set (a function without "
            "`return` gives None)?"
        )
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(
            "load_text() got bytes, not text. Pass the file's path instead, e.g. "
            "load_text('mon_texte.txt'), or decode the bytes first: "
            "load_text(data.decode('utf-8'))"
        )
    if isinstance(value, os.PathLike):
        return Path(os.fspath(value)).expanduser()
    if not isinstance(value, str):
        raise TypeError(
            f"load_text() needs a file path or a string of text, got "
            f"{type(value).__name__}. For a list of lines, join them first: "
            f"load_text('\\n'.join(lines))"
        )
    if "\n" in value or "\r" in value or not value.strip() or len(value) > 4096:
        return None
    candidate = value.strip()
    try:
        if Path(candidate).expanduser().exists():
            return Path(candidate).expanduser()
    except (OSError, ValueError):  # e.g. a NUL character, a name too long
        return None
    has_separator = ("/" in candidate or "\\" in candidate) and not any(
        c.isspace() for c in candidate
    )
    if _FILE_SUFFIX.search(candidate) or has_separator or _LOOKS_LIKE_DRIVE.match(candidate):
        return Path(candidate).expanduser()
    return None
