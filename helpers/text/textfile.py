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

from ..translation import format_number
from ..translation import gettext as _
from .decoding import check_encoding, decode_bytes
from .webpages import html_text, looks_html

__all__ = ["MAX_FILE_BYTES", "check_encoding", "html_text", "read_text_file"]

MAX_FILE_BYTES = 256 * 1024 * 1024  # a class text is far smaller; this bounds memory


def _missing(path: Path, shown: str) -> FileNotFoundError:
    cwd = Path.cwd()
    if re.match(r"^[a-z][a-z0-9+.-]*://", shown, re.IGNORECASE):
        msg = _(
            "{path!r} looks like a web address; load_file() reads files on this "
            "computer only. Download the page, save its text as a .txt file (UTF-8), "
            "and pass that file's path."
        ).format(path=shown)
    else:
        msg = _(
            "No file found at {path!r} (relative paths start from the current "
            "working directory, {cwd}). Check the spelling and the folder, or give "
            "the full path; list the folder with sorted(Path('.').iterdir()). "
            "To analyse a string of text instead, pass the text itself."
        ).format(path=shown, cwd=cwd)
        from .corpus import SEEDS  # here, not at the top: corpus imports this module

        if not path.is_absolute() and (SEEDS / path.name).is_file():
            msg += " " + _("Did you mean the kit's file seeds/{name}?").format(name=path.name)
            if path.name == "article.txt":
                msg += " " + _("For the seed article, simply call load_article().")
    if " " in shown:
        msg += " " + _(
            "(load_file() takes a file's name; to analyse a string of text, use load_text(s).)"
        )
    return FileNotFoundError(msg)


def _open_error(path: Path, shown: str, err: OSError | ValueError) -> OSError | ValueError:
    """A clear message for what `Path.stat()` or `open()` refused."""
    name = str(path)
    if isinstance(err, ValueError):  # "embedded null byte"
        return ValueError(_(
            "{name!r} is not a usable file name: it contains a NUL character (\\x00), "
            "which no file name may contain. Check how the name was built, or copy the "
            "name again from your file manager."
        ).format(name=name))
    if isinstance(err, FileNotFoundError):
        return _missing(path, shown or name)
    if isinstance(err, PermissionError):
        return PermissionError(_(
            "Permission denied: you may not read {name!r}. Check the file's "
            "permissions (e.g. `chmod u+r {file}`), or copy it into a folder "
            "of yours and load the copy."
        ).format(name=name, file=path.name))
    if err.errno == errno.ELOOP:
        return OSError(err.errno, _(
            "{name!r} is a symbolic link that leads back to itself (a loop), so there is "
            "no file to read. Load the real file it should point to."
        ).format(name=name))
    if err.errno == errno.ENAMETOOLONG:
        return OSError(err.errno, _("The file name {start!r}… is too long for this system.")
                       .format(start=name[:40]))
    return OSError(err.errno, _("{name!r} cannot be opened: {reason}.")
                   .format(name=name, reason=err.strerror))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return _("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device (such as /dev/zero)")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def _read_bytes(path: Path, shown: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is refused."""
    try:
        info = path.stat()  # follows symlinks; never blocks, even on a named pipe
        if stat.S_ISDIR(info.st_mode):
            inside = sorted(p.name for p in path.glob("*.txt"))[:3]
            message = _(
                "{path!r} is a folder, not a file. It contains, e.g., {names}: "
                "load_file('{example}')"
            ) if inside else _(
                "{path!r} is a folder, not a file. Pass the path of a .txt file inside it."
            )
            raise IsADirectoryError(message.format(path=str(path), names=", ".join(inside),
                                                   example=path / inside[0] if inside else ""))
        if not stat.S_ISREG(info.st_mode):
            # Translators: this message must not contain "NUL" or "null" (see below).
            raise ValueError(_(
                "{path!r} is {kind}, not a file saved on disk, so it was "
                "not read (reading it could wait forever or never end). Save the text as a "
                ".txt file and load that file."
            ).format(path=str(path), kind=_kind(info.st_mode)))
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
    return _(
        "{name!r} is {size} MB or more; the kit reads files of up to "
        "{limit} MB (a whole novel is about 1 MB). Split it into smaller "
        "files, or load a part of it."
    ).format(name=path.name, size=format_number(round(size / 2**20)),
             limit=MAX_FILE_BYTES // 2**20)


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
        raise ValueError(_("errors must be 'strict' or 'replace', got {errors!r}")
                         .format(errors=errors))
    raw = _read_bytes(path, shown)
    if not raw:
        raise ValueError(_(
            "{name!r} is empty (0 bytes): there is no text to analyse. Check "
            "that you saved the file, and that you chose the right one."
        ).format(name=path.name))
    text = decode_bytes(raw, path, encoding, errors)
    del raw  # keep at most two copies of a large text in memory
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if html:
        text = html_text(text)
    elif looks_html(text, path):
        raise ValueError(_(
            "{name!r} is a web page (HTML): its tags and scripts would be counted as "
            "words. Load it with html=True to keep only its text, e.g. "
            "load_file({name!r}, html=True); or, in your browser, select the "
            "article's text, copy it and paste it into a .txt file."
        ).format(name=path.name))
    if not text.strip():
        raise ValueError(_(
            "{name!r} is empty: it contains only whitespace, so there is no "
            "text to analyse. Check that you saved the file, and chose the right one."
        ).format(name=path.name))
    return text
