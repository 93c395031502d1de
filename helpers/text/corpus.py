"""Loading texts: the seed article and your own files.

A :class:`Document` holds a text exactly as it was written. Loading does one
normalisation only: Windows and old-Mac line endings (``\\r\\n``, ``\\r``)
become ``\\n``. Nothing else changes — not the apostrophes (’), not the
non-breaking spaces inside « », not the Unicode form. Normalising words is a
separate, explicit step (:mod:`helpers.text.normalization`).

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
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..translation import gettext as _
from .documents import Document, split_paragraphs
from .language import warn_if_not_french
from .textfile import check_encoding, read_text_file

__all__ = ["Document", "load_article", "load_file", "load_text", "split_paragraphs"]


def _seeds_folder() -> Path:
    """The folder of the kit's seed texts: the installed copy, else the repository's.

    A wheel (a non-editable ``pip install .``) carries a copy of ``seeds/`` as
    ``helpers/_seeds``; a checkout or an editable install has none, and uses ``seeds/``
    beside the ``helpers`` folder.

    >>> (_seeds_folder() / "article.txt").is_file()
    True
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "_seeds"
    return installed if installed.is_dir() else package.parent / "seeds"


SEEDS = _seeds_folder()


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
        raise FileNotFoundError(_(
            "The kit's seed article was not found: looked for article.txt and "
            "article.json in {folder}. Install the kit from its repository folder (the "
            "one that contains pyproject.toml and seeds/) with `pip install -e .`, or "
            "`pip install .`, which copies seeds/ into the package."
        ).format(folder=SEEDS))
    meta = json.loads(info.read_text(encoding="utf-8"))
    text = read_text_file(txt, encoding=None)
    return Document(text, meta=meta, source=txt.name)


# ---------------------------------------------------------------------------
# Your own texts

# A one-line string like this is probably a file name given to load_text() by mistake.
_FILE_NAME = re.compile(
    r"^\S+\.(txt|text|md|markdown|rst|csv|tsv|json|jsonl|xml|html?|srt|vtt|log|"
    r"docx?|odt|rtf|pdf|epub|pages|xlsx?|ods|pptx?|png|jpe?g|gif|bmp|tiff?|webp|zip|gz)$",
    re.IGNORECASE,
)


def load_text(
    text_or_path: str | os.PathLike[str],
    *,
    meta: Mapping[str, Any] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    html: bool = False,
) -> Document:
    """Wrap a string of text, or load a file given as a ``Path``, as a :class:`Document`.

    A ``str`` is always the text itself, never a file name: a pasted ``/etc/passwd``
    or ``notes.txt`` is analysed as those characters (with a warning, for a string that
    looks like a file name). To read a file, pass a :class:`pathlib.Path` or use
    :func:`load_file`, which takes the name as a ``str`` too.

    A text in another language than French is loaded, with a one-line warning (the
    kit's word lists, cues and lemmas are French). The one normalisation: line endings
    ``\\r\\n`` and ``\\r`` become ``\\n``. The Unicode form is kept as is (no NFC; see
    :func:`helpers.text.normalization.nfc`). An empty or whitespace-only text raises
    ``ValueError``: a lesson on an empty text is always a mistake. For files, see
    :func:`load_file` (encodings, ``errors``, ``html``).

    >>> doc = load_text("Pékin reste son plus proche souien.")
    >>> doc.text, doc.source
    ('Pékin reste son plus proche souien.', '<text>')
    >>> load_text(SEEDS / "article.txt").paragraphs == load_article().paragraphs
    True
    """
    _check_meta(meta)
    _check_type(text_or_path, "load_text")
    if isinstance(text_or_path, os.PathLike):
        return load_file(text_or_path, meta=meta, encoding=encoding, errors=errors, html=html)
    if encoding is not None or html or errors != "strict":
        raise ValueError(_(
            "encoding=, errors= and html= only apply to files; this string is already "
            "text, so leave them out (to read a file, use load_file('name.txt'))"
        ))
    text = _unify_line_ends(text_or_path)
    if _FILE_NAME.match(text.strip()):
        warnings.warn(_(
            "load_text() analyses the string {name!r} itself, as text. If it is "
            "the name of a file, read the file with load_file({name!r})."
        ).format(name=text.strip()), UserWarning, stacklevel=2)
    warn_if_not_french(text)
    return Document(text, meta=meta, source="<text>")


def load_file(
    path: str | os.PathLike[str],
    *,
    meta: Mapping[str, Any] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    html: bool = False,
) -> Document:
    """Load a text file (its path as a ``str`` or a ``Path``) as a :class:`Document`.

    Files may be UTF-8 (with or without BOM) or UTF-16/UTF-32 with a BOM. Other
    encodings (Windows-1252, Latin-1, Mac Roman…) are detected, decoded and reported
    with a ``UserWarning`` telling how to convert the file to UTF-8; if you know the
    encoding, pass ``encoding='cp1252'`` (for example). Decoding is strict: no
    character is ever dropped or replaced — if the bytes do not decode, you get a
    ``ValueError`` explaining what to do. A UTF-8 file with a few bad bytes is
    refused with their line and byte; ``errors='replace'`` reads the rest, with
    ``�`` where each bad byte was, and says where. A web page is refused unless
    ``html=True``, which keeps its text only. Only regular files of at most 256 MB
    are read (never a pipe or a device); line endings become ``\\n``.

    >>> load_file(SEEDS / "article.txt").source
    'article.txt'
    >>> len(load_file(str(SEEDS / "article.txt")).paragraphs)
    5
    """
    _check_meta(meta)
    _check_type(path, "load_file")
    if encoding is not None:
        check_encoding(encoding)
    if isinstance(path, str) and ("\n" in path or not path.strip()):
        raise ValueError(_(
            "load_file() needs the name of a file, and this string has a line break: it "
            "looks like the text itself. Use load_text(text) for a string of text."
        ) if path.strip() else _("load_file() needs the name of a file, and this string is empty."))
    source = Path(os.fspath(path)).expanduser()
    shown = path if isinstance(path, str) else ""
    text = read_text_file(source, encoding=encoding, shown=shown, errors=errors, html=html)
    warn_if_not_french(text)
    return Document(text, meta=meta, source=source.name)


def _unify_line_ends(text: str) -> str:
    """`text` with ``\\n`` for every line end; an empty text is a ValueError."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError(_(
            "load_text() was given an empty string: there is no text to analyse. Pass the text "
            "itself, or read a file with load_file('mon_texte.txt')"
        ) if not text else _(
            "load_text() was given only whitespace: there is no text to analyse. Pass the text "
            "itself, or read a file with load_file('mon_texte.txt')"
        ))
    return text


def _check_meta(meta: object) -> None:
    if meta is not None and not isinstance(meta, Mapping):
        raise TypeError(_("meta must be a dict, e.g. meta={{'title': 'Mon texte'}}, got {type}")
                        .format(type=type(meta).__name__))


def _check_type(value: object, who: str) -> None:
    """A clear TypeError for what is neither text nor a path."""
    if value is None:
        raise TypeError(_(
            "{who}() needs a string of text or a file path, got None. "
            "Check the variable you passed: was it set (a function without "
            "`return` gives None)?"
        ).format(who=who))
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(_(
            "{who}() got bytes, not text. Read the file with load_file('mon_texte.txt'), "
            "or decode the bytes first: load_text(data.decode('utf-8'))"
        ).format(who=who))
    if not isinstance(value, str | os.PathLike):
        raise TypeError(_(
            "{who}() needs a string of text or a file path, got "
            "{type}. For a list of lines, join them first: "
            "load_text('\\n'.join(lines))"
        ).format(who=who, type=type(value).__name__))
