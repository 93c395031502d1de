"""What kind of file is this? Non-text files told apart by their first bytes.

:func:`binary_kind` names an image, a PDF, a Word document… from its magic number;
:func:`not_text_error` says how to get plain text out of it.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["binary_kind", "not_text_error"]

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
                    path.suffix.lower(), "a ZIP archive or an Office document (.docx, .odt…)"
                )
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:8] == b"ftyp":
        return "an MP4/MOV video or audio file"
    return None


def not_text_error(path: Path, kind: str) -> ValueError:
    """The ValueError for a file that is `kind`, not text: it says how to get plain text.

    >>> print(not_text_error(Path("sommet.pdf"), "a PDF document"))  # doctest: +ELLIPSIS
    'sommet.pdf' looks like a PDF document, not text. Convert it to plain text: ...
    """
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
