"""Loading texts: the seed article and your own files.

A :class:`Document` holds a text exactly as it was written. Loading does one
normalisation only: Windows and old-Mac line endings (``\\r\\n``, ``\\r``)
become ``\\n``. Nothing else changes — not the apostrophes (’), not the
non-breaking spaces inside « », not the Unicode form. Normalising words is a
separate, explicit step (:mod:`helpers.normalize`).

>>> article = load_article()
>>> article
Document('Vladimir Poutine a reçu…', 5 paragraphs, 2,136 characters, source='article.txt')
>>> article.meta["event_date"]
'2019-04-25'
>>> load_text("Bonjour.\\n\\nAu revoir.").paragraphs
['Bonjour.', 'Au revoir.']
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

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
    """Split `text` on blank lines; strip each paragraph's outer whitespace.

    A blank line is an empty line or one with only whitespace. Text inside a
    paragraph (single line breaks included) is kept exactly.

    >>> split_paragraphs("  Un.\\nDeux.\\n \\n\\nTrois.\\n")
    ['Un.\\nDeux.', 'Trois.']
    """
    paragraphs = (p.strip() for p in _BLANK_LINES.split(text))
    return [p for p in paragraphs if p]


@dataclass(frozen=True, eq=True, repr=False)
class Document:
    """A text, its paragraphs and facts about it (``meta``).

    Fields: ``text`` (the whole text, as loaded), ``paragraphs`` (split on
    blank lines), ``meta`` (a dict, e.g. the article's title and dates) and
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
    'Après l’échec de son sommet de Hanoï'
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
    text = _read_file(txt, encoding=None)
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
    bytes do not decode, you get a ``ValueError`` explaining what to do.

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
        _check_encoding(encoding)
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
    text = _read_file(source, encoding=encoding, shown=shown)
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


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise ValueError(
            f"Unknown encoding {encoding!r}. Use a name Python knows, e.g. 'utf-8', "
            "'cp1252' (Windows), 'latin-1', 'mac_roman', 'utf-16'"
        ) from None


def _missing(path: Path, shown: str) -> FileNotFoundError:
    cwd = Path.cwd()
    if re.match(r"^[a-z][a-z0-9+.-]*://", shown, re.IGNORECASE):
        msg = (
            f"{shown!r} looks like a web address; load_text() reads files on this "
            "computer only. Download the page, save its text as a .txt file (UTF-8), "
            "and pass that file's path."
        )
    else:
        msg = (
            f"No file found at {shown!r} (relative paths start from the current "
            f"working directory, {cwd}). Check the spelling and the folder, or give "
            f"the full path; list the folder with sorted(Path('.').iterdir()). "
            f"To analyse a string of text instead, pass the text itself."
        )
        if not path.is_absolute() and (SEEDS / path.name).is_file():
            msg += f" Did you mean the kit's file seeds/{path.name}?"
            if path.name == "article.txt":
                msg += " For the seed article, simply call load_article()."
    if " " in shown:
        msg += (
            " (A one-line string ending in a file extension is taken as a file name: "
            "to analyse it as text, add a line break: load_text(s + '\\n').)"
        )
    return FileNotFoundError(msg)


# Magic numbers: the first bytes of common non-text files.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF (rich text) document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls/.ppt)"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"PK\x07\x08", "zip"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"%!PS", "a PostScript document"),
    (b"OggS", "an Ogg audio/video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
]
_ZIP_KINDS = {
    ".docx": "a Word document (.docx)",
    ".odt": "an OpenDocument text (.odt)",
    ".xlsx": "an Excel spreadsheet (.xlsx)",
    ".ods": "an OpenDocument spreadsheet (.ods)",
    ".pptx": "a PowerPoint presentation (.pptx)",
    ".odp": "an OpenDocument presentation (.odp)",
    ".epub": "an e-book (.epub)",
    ".pages": "an Apple Pages document",
}


def _sniff_binary(head: bytes, path: Path) -> str | None:
    """What kind of non-text file `head` (its first bytes) starts, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                return _ZIP_KINDS.get(
                    path.suffix.lower(), "a ZIP archive or an Office document (.docx, .odt…)"
                )
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:8] == b"ftyp":
        return "an MP4/MOV video or audio file"
    return None


def _not_text(path: Path, kind: str) -> ValueError:
    if "PDF" in kind:
        how = (
            "Convert it to plain text: copy its text into a text editor and save it as "
            "plain text (.txt, UTF-8), or use a PDF-to-text tool such as pdftotext"
        )
    elif any(w in kind for w in ("document", "e-book", "presentation", "spreadsheet")):
        how = (
            "Convert it to plain text: open it and use File › Save as (or Export) › "
            "Plain text (.txt), encoding UTF-8"
        )
    else:
        how = "load_text() reads plain-text files only: save your text as plain text (.txt, UTF-8)"
    return ValueError(f"{path.name!r} looks like {kind}, not text. {how}, then load that file.")


_BOMS: list[tuple[bytes, str]] = [  # longest first: the UTF-32 LE BOM starts like UTF-16 LE
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Characters expected in Western European text beyond ASCII. A decoding whose
# non-ASCII characters are (nearly) all from this set is trusted.
_WESTERN = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßøÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆØ"
    "«»“”‘’„…–—•°€£§©®™²¿¡\xa0"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTER_RUNS = re.compile(r"[^\W\d_]{2,}")
_SAMPLE = 1 << 20  # judge a guessed encoding on the first megabyte


def _decode_error(
    path: Path, encoding: str, err: UnicodeDecodeError, why: str, offset: int = 0
) -> ValueError:
    bad = bytes(err.object[err.start : err.start + 1])
    return ValueError(
        f"{path.name!r} cannot be read as {encoding}: byte {bad!r} at position "
        f"{err.start + offset:,} is not valid there ({why}). No character was replaced. Open the "
        f"file in a text editor and save it again as plain text, encoding UTF-8"
        + ("" if "encoding=" in why else ", or pass encoding='...' if you know it")
        + "."
    )


def _read_file(path: Path, *, encoding: str | None, shown: str = "") -> str:
    """Read `path` strictly as text; only line endings are normalised."""
    try:
        if path.is_dir():
            inside = sorted(p.name for p in path.glob("*.txt"))[:3]
            hint = (
                f" It contains, e.g., {', '.join(inside)}: load_text('{path / inside[0]}')"
                if inside
                else " Pass the path of a .txt file inside it."
            )
            raise IsADirectoryError(f"{str(path)!r} is a folder, not a file.{hint}")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _missing(path, shown or str(path)) from None
    except PermissionError:
        raise PermissionError(
            f"Permission denied: you may not read {str(path)!r}. Check the file's "
            f"permissions (e.g. `chmod u+r {path.name}`), or copy it into a folder "
            f"of yours and load the copy."
        ) from None
    except IsADirectoryError as err:
        raise IsADirectoryError(str(err)) from None

    if not raw:
        raise ValueError(
            f"{path.name!r} is empty (0 bytes): there is no text to analyse. Check "
            f"that you saved the file, and that you chose the right one."
        )
    text = _decode(raw, path, encoding)
    del raw  # keep at most two copies of a large text in memory
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError(
            f"{path.name!r} is empty: it contains only whitespace, so there is no "
            f"text to analyse. Check that you saved the file, and chose the right one."
        )
    return text


def _decode(raw: bytes, path: Path, encoding: str | None) -> str:
    kind = _sniff_binary(raw[:32], path)
    if kind:
        raise _not_text(path, kind)

    view = memoryview(raw)
    if encoding is not None:  # the caller knows best; still strict
        try:
            text = str(raw, encoding)
        except UnicodeDecodeError as err:
            raise _decode_error(path, encoding, err, "you passed encoding=" + encoding) from None
        return text[1:] if text.startswith("\ufeff") else text

    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return str(view[len(bom) :], codec)
            except UnicodeDecodeError as err:
                raise _decode_error(
                    path, codec.upper(), err, f"the file starts with a {codec.upper()} mark",
                    offset=len(bom),
                ) from None

    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        if text is None:
            raise ValueError(
                f"{path.name!r} contains NUL bytes, so it is not plain text (it may be an "
                f"image, a word-processor document or a program). Save your text as plain "
                f"text (.txt, UTF-8) and load that file."
            )
        return text

    try:
        return str(raw, "utf-8")
    except UnicodeDecodeError:
        pass

    text, guessed = _guess(raw)
    if text is None:
        raise ValueError(
            f"{path.name!r} is not UTF-8, and its encoding could not be worked out, so it "
            f"was not read (nothing is ever replaced silently). If it is a text file, open "
            f"it in a text editor and save it as plain text, encoding UTF-8; or pass "
            f"encoding='...' if you know it. If it is not a text file, convert it to .txt."
        )
    _warn_encoding(path, guessed)
    return text


def _utf16_without_bom(raw: bytes) -> str | None:
    """Decode UTF-16 text saved without a BOM (NUL in every other byte), else None."""
    sample = raw[:4096]
    half = max(len(sample) // 2, 1)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        codec = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = str(raw, codec)
    except UnicodeDecodeError:
        return None
    warnings.warn(
        f"The file is UTF-16 ({codec}) without a byte-order mark; it was read, but "
        f"UTF-8 is safer. Convert it: open it in a text editor and save it as UTF-8.",
        UserWarning,
        stacklevel=5,
    )
    return text


def _looks_western(text: str) -> bool:
    """Does `text` read like a Western European language (accents among ASCII letters)?

    Nearly all its non-ASCII characters must be Western letters and signs, and
    few words may be made of non-ASCII letters only: Russian in cp1251 read as
    cp1252 gives 'Ïóòèí' (all "accented"), French gives 'Pékin'.
    """
    sample = text[:_SAMPLE]
    odd = _NON_ASCII.findall(sample)
    if not odd:
        return True
    if sum(c in _WESTERN for c in odd) < 0.9 * len(odd):
        return False
    accented = [w for w in _LETTER_RUNS.findall(sample) if not w.isascii()]
    foreign = sum(not any(c.isascii() for c in w) for w in accented)
    return foreign <= 0.2 * len(accented)


def _guess(raw: bytes) -> tuple[str | None, str]:
    """Decode non-UTF-8 bytes: Western encodings first, then charset-normalizer.

    charset-normalizer alone misreads short French texts (it reads
    "Séoul, Pékin, déjà" in Latin-1 as cp1250: "dějŕ"), so the usual French
    encodings are tried first and kept only if the result looks Western.
    """
    for codec in ("cp1252", "mac_roman"):
        try:
            text = str(raw, codec)
        except UnicodeDecodeError:
            continue
        if _looks_western(text):
            return text, codec
    from charset_normalizer import from_bytes  # lazily: only for odd files

    best = from_bytes(raw).best()
    if best is None:
        return None, ""
    try:
        return str(raw, best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None, ""


_ENCODING_NAMES = {
    "cp1252": "Windows-1252 (cp1252, the Windows version of Latin-1/ISO-8859-1)",
    "mac_roman": "Mac Roman (mac_roman, old Macintosh)",
}


def _warn_encoding(path: Path, codec: str) -> None:
    name = _ENCODING_NAMES.get(codec, codec)
    warnings.warn(
        f"{path.name!r} is not UTF-8: it was read as {name}. Check that the text looks "
        f"right (accents, quotes); if not, and you know the encoding, pass it: "
        f"load_text(path, encoding='...'). To avoid this warning, convert the file to "
        f"UTF-8: in a text editor, 'Save as' with encoding UTF-8; or in Python: "
        f"p.write_text(p.read_text(encoding={codec!r}), encoding='utf-8').",
        UserWarning,
        stacklevel=5,
    )
