"""Checking what a text function was given, with messages that say what to pass instead.

>>> check_text("Pékin", "tokenize")
'Pékin'
>>> check_text(None, "tokenize")
Traceback (most recent call last):
  ...
TypeError: tokenize() needs a str, got None: load a text first with load_text(path)
"""

from __future__ import annotations

from ..translation import gettext as _

__all__ = ["check_text"]


def check_text(text: object, who: str) -> str:
    """``text`` itself if it is a str, else a TypeError that names ``who`` and the fix.

    >>> check_text(b"Pyongyang", "sentences")
    Traceback (most recent call last):
      ...
    TypeError: sentences() needs a str, got bytes: decode it first with data.decode('utf-8'), ...
    """
    if isinstance(text, str):
        return text
    if text is None:
        raise TypeError(_("{who}() needs a str, got None: load a text first with load_text(path)")
                        .format(who=who))
    if isinstance(text, bytes | bytearray):
        raise TypeError(_(
            "{who}() needs a str, got {type}: decode it first "
            "with data.decode('utf-8'), or read the file with load_text(path)"
        ).format(who=who, type=type(text).__name__))
    if isinstance(getattr(text, "text", None), str):  # a Document from load_text()
        raise TypeError(_(
            "{who}() needs a str, got {type}: pass its text, e.g. {who}(doc.text)"
        ).format(who=who, type=type(text).__name__))
    raise TypeError(_("{who}() needs a str, got {type}").format(who=who, type=type(text).__name__))
