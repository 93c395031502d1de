"""Reading text files strictly: encodings, binary files and clear messages.

:func:`read_text_file` is what :func:`helpers.load_file` uses for files. It
reads UTF-8 (with or without BOM) and UTF-16/32 with a BOM; other encodings
are detected and reported in a warning; binary files (images, PDF, Word) are
refused with a message that says how to get plain text. No character is ever
dropped or replaced.

This module checks the path: a regular file that may be read, of at most
``MAX_FILE_BYTES``. Decoding is in :mod:`helpers.text.decoding`, telling binary files
apart in :mod:`helpers.text.filekinds`, and web pages in :mod:`helpers.text.webpages`.
"""

from __future__ import annotations

import errno
import re
import stat
from pathlib import Path

from .decoding import check_encoding, decode_bytes
from .webpages import html_text, looks_html

__all__ = ["MAX_FILE_BYTES", "check_encoding", "html_text", "read_text_file"]

MAX_FILE_BYTES = 256 * 1024 * 1024  # a class text is far smaller; this bounds memory


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

    >>> from helpers.text.corpus import SEEDS
    >>> read_text_file(SEEDS / "article.txt", encoding=None)[:29]
    'Les dirigeants russe Vladimir'
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', got {errors!r}")
    raw = _read_bytes(path, shown)
    if not raw:
        raise ValueError(
            f"{path.name!r} is empty (0 bytes): there is no text to analyse. Check "
            f"that you saved the file, and that you chose the right one."
        )
    text = decode_bytes(raw, path, encoding, errors)
    del raw  # keep at most two copies of a large text in memory
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if html:
        text = html_text(text)
    elif looks_html(text, path):
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
