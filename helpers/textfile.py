"""Reading text files strictly: encodings, binary files and clear messages.

:func:`read_text_file` is what :func:`helpers.load_file` uses for files. It
reads UTF-8 (with or without BOM) and UTF-16/32 with a BOM; other encodings
are detected and reported in a warning; binary files (images, PDF, Word) are
refused with a message that says how to get plain text. No character is ever
dropped or replaced.
"""

from __future__ import annotations

import codecs
import errno
import re
import stat
import warnings
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "check_encoding", "html_text", "read_text_file"]


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
            f"{shown!r} looks like a web address; load_file() reads files on this "
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
            " (load_file() takes a file's name; to analyse a string of text, use "
            "load_text(s).)"
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
        how = "load_file() reads plain-text files only: save your text as plain text (.txt, UTF-8)"
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


MAX_FILE_BYTES = 256 * 1024 * 1024  # a class text is far smaller; this bounds memory


_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html[\s>])", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|br|a|body|head|meta|script|h[1-6]|li|table)\b[^>]*>",
                       re.I)


def _looks_html(text: str, path: Path) -> bool:
    """A web page: by its name, its first tag, or many HTML tags in its first 10,000 chars."""
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or _HTML_START.match(text[:1000]):
        return True
    return len(_HTML_TAG.findall(text[:10_000])) >= 5


class _TextOnly(HTMLParser):
    """Collects the text of a page: no scripts or styles; blocks become paragraphs."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "section", "article", "header", "footer", "blockquote", "title"})
    HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The text of an HTML page, one paragraph per block, without tags, scripts or styles.

    Uses the standard library's HTML parser (character references such as ``&eacute;``
    become characters); spaces inside a paragraph are collapsed to one.

    >>> html_text("<p>Poutine et <b>Kim Jong-un</b> à Vladivostok.</p><script>x=1</script>"
    ...           "<p>Moscou &amp; Pyongyang</p>")
    'Poutine et Kim Jong-un à Vladivostok.\\n\\nMoscou & Pyongyang'
    """
    parser = _TextOnly()
    parser.feed(page)
    parser.close()
    blocks = "".join(parser.parts).split("\n\n")
    paragraphs = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)


def _open_error(path: Path, shown: str, err: OSError | ValueError) -> OSError | ValueError:
    """A clear message for what `Path.stat()` or `open()` refused."""
    name = str(path)
    if isinstance(err, ValueError):  # "embedded null byte"
        return ValueError(
            f"{name!r} is not a usable file name: it contains a NUL character (\\x00), "
            "which no file name may contain. Check how the name was built, or copy the "
            "name again from your file manager."
        )
    if isinstance(err, FileNotFoundError):
        return _missing(path, shown or name)
    if isinstance(err, PermissionError):
        return PermissionError(
            f"Permission denied: you may not read {name!r}. Check the file's "
            f"permissions (e.g. `chmod u+r {path.name}`), or copy it into a folder "
            f"of yours and load the copy."
        )
    if err.errno == errno.ELOOP:
        return OSError(
            err.errno,
            f"{name!r} is a symbolic link that leads back to itself (a loop), so there is "
            "no file to read. Load the real file it should point to.",
        )
    if err.errno == errno.ENAMETOOLONG:
        return OSError(err.errno, f"The file name {name[:40]!r}… is too long for this system.")
    return OSError(err.errno, f"{name!r} cannot be opened: {err.strerror}.")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device (such as /dev/zero)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_bytes(path: Path, shown: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is refused."""
    try:
        info = path.stat()  # follows symlinks; never blocks, even on a named pipe
        if stat.S_ISDIR(info.st_mode):
            inside = sorted(p.name for p in path.glob("*.txt"))[:3]
            hint = (
                f" It contains, e.g., {', '.join(inside)}: load_file('{path / inside[0]}')"
                if inside
                else " Pass the path of a .txt file inside it."
            )
            raise IsADirectoryError(f"{str(path)!r} is a folder, not a file.{hint}")
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(
                f"{str(path)!r} is {_kind(info.st_mode)}, not a file saved on disk, so it was "
                "not read (reading it could wait forever or never end). Save the text as a "
                ".txt file and load that file."
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(_too_big(path, info.st_size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # bounded, even if the file grows
    except (OSError, ValueError) as err:
        if isinstance(err, IsADirectoryError) or (
            isinstance(err, ValueError) and "NUL" not in str(err) and "null" not in str(err)
        ):
            raise err from None
        raise _open_error(path, shown, err) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(_too_big(path, len(raw)))
    return raw


def _too_big(path: Path, size: int) -> str:
    return (
        f"{path.name!r} is {size / 2**20:,.0f} MB or more; the kit reads files of up to "
        f"{MAX_FILE_BYTES // 2**20} MB (a whole novel is about 1 MB). Split it into smaller "
        "files, or load a part of it."
    )


def read_text_file(
    path: Path, *, encoding: str | None, shown: str = "", errors: str = "strict",
    html: bool = False,
) -> str:
    """Read `path` strictly as text; only line endings are normalised.

    ``errors='replace'`` reads a UTF-8 file that has a few bad bytes, shows ``�`` for each
    and says where they were, in a warning; by default such a file is refused.
    A web page (HTML) is refused, since its markup would be counted as words; with
    ``html=True`` its text is kept and its markup left out (:func:`html_text`).
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', got {errors!r}")
    raw = _read_bytes(path, shown)
    if not raw:
        raise ValueError(
            f"{path.name!r} is empty (0 bytes): there is no text to analyse. Check "
            f"that you saved the file, and that you chose the right one."
        )
    text = _decode(raw, path, encoding, errors)
    del raw  # keep at most two copies of a large text in memory
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if html:
        text = html_text(text)
    elif _looks_html(text, path):
        raise ValueError(
            f"{path.name!r} is a web page (HTML): its tags and scripts would be counted as "
            "words. Load it with html=True to keep only its text, e.g. "
            f"load_file({path.name!r}, html=True); or, in your browser, select the "
            "article's text, copy it and paste it into a .txt file."
        )
    if not text.strip():
        raise ValueError(
            f"{path.name!r} is empty: it contains only whitespace, so there is no "
            f"text to analyse. Check that you saved the file, and chose the right one."
        )
    return text


def _decode(raw: bytes, path: Path, encoding: str | None, errors: str = "strict") -> str:
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
    except UnicodeDecodeError as err:
        first = err.start
    replaced = str(raw, "utf-8", "replace")
    if _has_utf8_letters(replaced):  # UTF-8 with a few bad bytes (or mixed with Latin-1)
        return _mostly_utf8(raw, replaced, path, first, errors)

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


def _has_utf8_letters(replaced: str) -> bool:
    """Did real multi-byte UTF-8 characters decode (é, ’, «…), beside the bad bytes?"""
    return any(c != "\ufffd" for c in _NON_ASCII.findall(replaced[:_SAMPLE * 8]))


def _bad_bytes(raw: bytes, first: int, limit: int = 3) -> list[int]:
    """Offsets of the first `limit` bytes that are not UTF-8, from offset `first` on."""
    view, found, at = memoryview(raw), [], first
    while len(found) < limit and at < len(raw):
        try:
            str(view[at:], "utf-8")
            break
        except UnicodeDecodeError as err:
            found.append(at + err.start)
            at += err.end
    return found


def _where(raw: bytes, offset: int) -> str:
    """'line 3, column 12, byte 0xE9 (…P�kin…; in Windows-1252 that byte is 'é')'."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    context = str(raw[max(line_start, offset - 20):offset + 20], "utf-8", "replace")
    context = context.split("\n")[0].strip()
    byte = raw[offset]
    legacy = bytes([byte]).decode("cp1252", "replace")
    return (f"line {line:,}, byte {offset - line_start + 1:,} of the line: 0x{byte:02X} "
            f"(in {context!r}; in Windows-1252 that byte is {legacy!r})")


def _mostly_utf8(raw: bytes, replaced: str, path: Path, first: int, errors: str) -> str:
    """A UTF-8 file with bad bytes: refused, or read with � and a warning saying where."""
    bad = replaced.count("\ufffd") - raw.count("\ufffd".encode())
    places = "; ".join(_where(raw, offset) for offset in _bad_bytes(raw, first))
    more = f" (and {bad - 3:,} more)" if bad > 3 else ""
    what = f"{bad:,} byte{'s' * (bad != 1)} that {'are' if bad != 1 else 'is'} not"
    if errors == "replace":
        warnings.warn(
            f"{path.name!r} is UTF-8 except for {what}: each was read as �. Where: "
            f"{places}{more}. Fix them in a text editor and save the file as UTF-8.",
            UserWarning, stacklevel=5,
        )
        return replaced
    raise ValueError(
        f"{path.name!r} is UTF-8 except for {what}, so it was not read (reading it as "
        f"another encoding would garble every accent). Where: {places}{more}. Fix "
        "those bytes in a text editor and save the file as UTF-8 (the file may mix two "
        "encodings, e.g. text pasted from an old Windows file), or load it with "
        "errors='replace' to read everything else, with � where each bad byte was."
    )


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
        f"load_file(path, encoding='...'). To avoid this warning, convert the file to "
        f"UTF-8: in a text editor, 'Save as' with encoding UTF-8; or in Python: "
        f"p.write_text(p.read_text(encoding={codec!r}), encoding='utf-8').",
        UserWarning,
        stacklevel=5,
    )
