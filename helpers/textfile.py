"""Reading text files strictly: encodings, binary files and clear messages.

:func:`read_text_file` is what :func:`helpers.load_text` uses for files. It
reads UTF-8 (with or without BOM) and UTF-16/32 with a BOM; other encodings
are detected and reported in a warning; binary files (images, PDF, Word) are
refused with a message that says how to get plain text. No character is ever
dropped or replaced.
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

__all__ = ["check_encoding", "read_text_file"]


def check_encoding(encoding: str) -> None:
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
        from .corpus import SEEDS  # here, not at the top: corpus imports this module

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


def read_text_file(path: Path, *, encoding: str | None, shown: str = "") -> str:
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
