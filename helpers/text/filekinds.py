"""What kind of file is this? Non-text files told apart by their first bytes.

:func:`binary_kind` names an image, a PDF, a Word document… from its magic number;
:func:`not_text_error` says how to get plain text out of it.
"""

from __future__ import annotations

from pathlib import Path

from ..translation import N_
from ..translation import gettext as _

__all__ = ["binary_kind", "not_text_error"]

# Magic numbers: the first bytes of common non-text files.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
    (b"%PDF-", N_("a PDF document")),
    (b"{\\rtf", N_("an RTF (rich text) document")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an old Microsoft Office document (.doc/.xls/.ppt)")),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"PK\x07\x08", "zip"),
    (b"\x1f\x8b", N_("a gzip-compressed file")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7-Zip archive")),
    (b"Rar!\x1a\x07", N_("a RAR archive")),
    (b"%!PS", N_("a PostScript document")),
    (b"OggS", N_("an Ogg audio/video file")),
    (b"fLaC", N_("a FLAC audio file")),
    (b"\x7fELF", N_("a program (ELF executable)")),
    (b"SQLite format 3\x00", N_("an SQLite database")),
]
_ZIP_KINDS = {
    ".docx": N_("a Word document (.docx)"),
    ".odt": N_("an OpenDocument text (.odt)"),
    ".xlsx": N_("an Excel spreadsheet (.xlsx)"),
    ".ods": N_("an OpenDocument spreadsheet (.ods)"),
    ".pptx": N_("a PowerPoint presentation (.pptx)"),
    ".odp": N_("an OpenDocument presentation (.odp)"),
    ".epub": N_("an e-book (.epub)"),
    ".pages": N_("an Apple Pages document"),
}


def binary_kind(head: bytes, path: Path) -> str | None:
    """What kind of non-text file `head` (its first bytes) starts, or None.

    >>> binary_kind(b"%PDF-1.7", Path("sommet.pdf")), binary_kind(b"Bonjour", Path("a.txt"))
    ('a PDF document', None)
    >>> binary_kind(b"PK\\x03\\x04", Path("sommet.docx"))
    'a Word document (.docx)'
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                return _ZIP_KINDS.get(
                    path.suffix.lower(), N_("a ZIP archive or an Office document (.docx, .odt…)")
                )
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return N_("a WebP image")
    if head[4:8] == b"ftyp":
        return N_("an MP4/MOV video or audio file")
    return None


def not_text_error(path: Path, kind: str) -> ValueError:
    """The ValueError for a file that is `kind` (as :func:`binary_kind` names it, in English),
    not text: it says how to get plain text.

    >>> print(not_text_error(Path("sommet.pdf"), "a PDF document"))  # doctest: +ELLIPSIS
    'sommet.pdf' looks like a PDF document, not text. Convert it to plain text: ...
    """
    if "PDF" in kind:
        message = _(
            "{name!r} looks like {kind}, not text. Convert it to plain text: copy its text "
            "into a text editor and save it as plain text (.txt, UTF-8), or use a PDF-to-text "
            "tool such as pdftotext, then load that file."
        )
    elif any(w in kind for w in ("document", "e-book", "presentation", "spreadsheet")):
        message = _(
            "{name!r} looks like {kind}, not text. Convert it to plain text: open it and use "
            "File › Save as (or Export) › Plain text (.txt), encoding UTF-8, then load that file."
        )
    else:
        message = _(
            "{name!r} looks like {kind}, not text. load_file() reads plain-text files only: "
            "save your text as plain text (.txt, UTF-8), then load that file."
        )
    return ValueError(message.format(name=path.name, kind=_(kind)))
