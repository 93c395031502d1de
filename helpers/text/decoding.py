"""Decoding a file's bytes strictly: UTF-8, BOMs, legacy encodings, and clear messages.

:func:`decode_bytes` is what :func:`helpers.text.textfile.read_text_file` uses. It reads
UTF-8 (with or without BOM) and UTF-16/32 with a BOM; other encodings are detected
and reported in a warning; binary files are refused (:mod:`helpers.text.filekinds`).
No character is ever dropped or replaced unless ``errors='replace'`` is asked for.
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from ..translation import N_, format_number, ngettext
from ..translation import gettext as _
from .filekinds import binary_kind, not_text_error

__all__ = ["check_encoding", "decode_bytes"]


def check_encoding(encoding: str) -> None:
    """Nothing if Python knows `encoding`; else a ValueError that names some it knows.

    >>> check_encoding("cp1252")
    """
    try:
        codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise ValueError(_(
            "Unknown encoding {encoding!r}. Use a name Python knows, e.g. 'utf-8', "
            "'cp1252' (Windows), 'latin-1', 'mac_roman', 'utf-16'"
        ).format(encoding=encoding)) from None


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
    path: Path, encoding: str, err: UnicodeDecodeError, passed: bool, offset: int = 0
) -> ValueError:
    """``passed``: the caller gave ``encoding``; else the file's byte-order mark said it."""
    bad = bytes(err.object[err.start : err.start + 1])
    message = _(
        "{name!r} cannot be read as {encoding}: byte {byte!r} at position {position} is not "
        "valid there (you passed encoding={encoding}). No character was replaced. Open the "
        "file in a text editor and save it again as plain text, encoding UTF-8."
    ) if passed else _(
        "{name!r} cannot be read as {encoding}: byte {byte!r} at position {position} is not "
        "valid there (the file starts with a {encoding} mark). No character was replaced. "
        "Open the file in a text editor and save it again as plain text, encoding UTF-8, or "
        "pass encoding='...' if you know it."
    )
    return ValueError(message.format(name=path.name, encoding=encoding, byte=bad,
                                     position=format_number(err.start + offset)))


def decode_bytes(raw: bytes, path: Path, encoding: str | None, errors: str = "strict") -> str:
    """The text of `raw`, the bytes of the file `path`, decoded strictly (see above).

    >>> decode_bytes("Pékin".encode("utf-8"), Path("a.txt"), None)
    'Pékin'
    >>> decode_bytes("Pékin".encode("utf-16"), Path("a.txt"), None)  # with its BOM
    'Pékin'
    """
    kind = binary_kind(raw[:32], path)
    if kind:
        raise not_text_error(path, kind)

    if encoding is not None:  # the caller knows best; still strict
        return _decode_as(raw, path, encoding)
    text = _decode_marked(raw, path)
    if text is not None:
        return text

    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        if text is None:
            raise ValueError(_(
                "{name!r} contains NUL bytes, so it is not plain text (it may be an "
                "image, a word-processor document or a program). Save your text as plain "
                "text (.txt, UTF-8) and load that file."
            ).format(name=path.name))
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
        raise ValueError(_(
            "{name!r} is not UTF-8, and its encoding could not be worked out, so it "
            "was not read (nothing is ever replaced silently). If it is a text file, open "
            "it in a text editor and save it as plain text, encoding UTF-8; or pass "
            "encoding='...' if you know it. If it is not a text file, convert it to .txt."
        ).format(name=path.name))
    _warn_encoding(path, guessed)
    return text


def _decode_as(raw: bytes, path: Path, encoding: str) -> str:
    """`raw` in the `encoding` the caller passed, strictly; a BOM is left out."""
    try:
        text = str(raw, encoding)
    except UnicodeDecodeError as err:
        raise _decode_error(path, encoding, err, passed=True) from None
    return text[1:] if text.startswith("\ufeff") else text


def _decode_marked(raw: bytes, path: Path) -> str | None:
    """`raw` in the encoding its byte-order mark (BOM) says, or None without one."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return str(memoryview(raw)[len(bom) :], codec)
            except UnicodeDecodeError as err:
                raise _decode_error(path, codec.upper(), err, passed=False,
                                    offset=len(bom)) from None
    return None


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
    return _("line {line}, byte {column} of the line: {byte} (in {context!r}; in Windows-1252 "
             "that byte is {legacy!r})").format(
        line=format_number(line), column=format_number(offset - line_start + 1),
        byte=f"0x{byte:02X}", context=context, legacy=legacy)


def _mostly_utf8(raw: bytes, replaced: str, path: Path, first: int, errors: str) -> str:
    """A UTF-8 file with bad bytes: refused, or read with � and a warning saying where."""
    bad = replaced.count("\ufffd") - raw.count("\ufffd".encode())
    places = "; ".join(_where(raw, offset) for offset in _bad_bytes(raw, first))
    if bad > 3:  # the end of the list of places
        places += _(" (and {n} more)").format(n=format_number(bad - 3))
    if errors == "replace":
        warnings.warn(ngettext(
            "{name!r} is UTF-8 except for {n} byte that is not: each was read as �. Where: "
            "{places}. Fix them in a text editor and save the file as UTF-8.",
            "{name!r} is UTF-8 except for {n} bytes that are not: each was read as �. Where: "
            "{places}. Fix them in a text editor and save the file as UTF-8.", bad,
        ).format(name=path.name, n=format_number(bad), places=places), UserWarning, stacklevel=5)
        return replaced
    raise ValueError(ngettext(
        "{name!r} is UTF-8 except for {n} byte that is not, so it was not read (reading it as "
        "another encoding would garble every accent). Where: {places}. Fix "
        "those bytes in a text editor and save the file as UTF-8 (the file may mix two "
        "encodings, e.g. text pasted from an old Windows file), or load it with "
        "errors='replace' to read everything else, with � where each bad byte was.",
        "{name!r} is UTF-8 except for {n} bytes that are not, so it was not read (reading it "
        "as another encoding would garble every accent). Where: {places}. Fix "
        "those bytes in a text editor and save the file as UTF-8 (the file may mix two "
        "encodings, e.g. text pasted from an old Windows file), or load it with "
        "errors='replace' to read everything else, with � where each bad byte was.", bad,
    ).format(name=path.name, n=format_number(bad), places=places))


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
    warnings.warn(_(
        "The file is UTF-16 ({codec}) without a byte-order mark; it was read, but "
        "UTF-8 is safer. Convert it: open it in a text editor and save it as UTF-8."
    ).format(codec=codec), UserWarning, stacklevel=5)
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
    "cp1252": N_("Windows-1252 (cp1252, the Windows version of Latin-1/ISO-8859-1)"),
    "mac_roman": N_("Mac Roman (mac_roman, old Macintosh)"),
}


def _warn_encoding(path: Path, codec: str) -> None:
    name = _(_ENCODING_NAMES.get(codec, codec))
    warnings.warn(_(
        "{name!r} is not UTF-8: it was read as {encoding}. Check that the text looks "
        "right (accents, quotes); if not, and you know the encoding, pass it: "
        "load_file(path, encoding='...'). To avoid this warning, convert the file to "
        "UTF-8: in a text editor, 'Save as' with encoding UTF-8; or in Python: "
        "p.write_text(p.read_text(encoding={codec!r}), encoding='utf-8')."
    ).format(name=path.name, encoding=name, codec=codec), UserWarning, stacklevel=5)
