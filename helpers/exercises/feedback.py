"""What ``check``, ``hint`` and ``solution`` return: plain text for nbval, HTML for JupyterLab."""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Literal

from ..translation import N_
from ..translation import gettext as _

Status = Literal["blank", "wrong", "correct", "hint", "solution"]

# icon, word, border colour, background (Okabe–Ito hues, readable on white and dark themes)
_LOOK: dict[str, tuple[str, str, str, str]] = {
    "correct": ("✓", N_("Correct"), "#009E73", "#E6F4EF"),
    "wrong": ("✗", N_("Not yet"), "#E69F00", "#FDF3E1"),
    "blank": ("✎", N_("Your turn"), "#7A7A7A", "#F2F2F2"),
    "hint": ("💡", N_("Hint"), "#0072B2", "#E6F0F7"),
    "solution": ("📖", N_("Solution"), "#56B4E9", "#EDF6FC"),
}
_TEXT = "#1B1B1B"
_MONO = "SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace"


@dataclass(frozen=True, repr=False)
class Feedback:
    """What ``check``, ``hint`` and ``solution`` return; true only when correct.

    The notebook shows it when it is the last expression of a cell: as a
    small styled box (HTML) or as one deterministic line of text.

    >>> fb = Feedback("correct", "Correct!", "Question 1")
    >>> bool(fb), fb
    (True, ✓ Question 1 — Correct!)
    >>> bool(Feedback("wrong", "Not quite yet.", "Question 1"))
    False
    """

    status: Status
    message: str
    question: str = ""
    prompt: str = ""
    code: str = ""

    def __bool__(self) -> bool:
        return self.status == "correct"

    def __repr__(self) -> str:
        icon = _LOOK[self.status][0]
        head = f"{icon} {self.question} — " if self.question else f"{icon} "
        text = head + self.message
        if self.code:
            text += "\n" + textwrap.indent(self.code, "    ")
        return text

    __str__ = __repr__

    def _repr_html_(self) -> str:
        icon, word, border, background = _LOOK[self.status]
        header = f'<span aria-hidden="true">{icon}</span> {_(word)}'
        if self.question:
            header += f" · {html.escape(self.question)}"
        if self.prompt:
            header += (f' <span style="font-weight:normal;color:#444">— '
                       f"{_inline_code(self.prompt)}</span>")
        parts = [
            f'<div class="exercise-feedback exercise-{self.status}" role="status" '
            f'style="border-left:6px solid {border};background:{background};color:{_TEXT};'
            'padding:0.45em 0.8em;margin:0.3em 0;border-radius:4px;line-height:1.45">',
            f'<div style="font-weight:bold;margin-bottom:0.2em">{header}</div>',
            f'<div style="white-space:pre-wrap">{_inline_code(self.message)}</div>',
        ]
        if self.code:
            parts.append(
                f'<pre style="background:#FFFFFF;color:{_TEXT};border:1px solid #CCCCCC;'
                f'padding:0.4em 0.6em;margin:0.4em 0 0.1em;font-family:{_MONO};'
                f'white-space:pre-wrap">{html.escape(self.code)}</pre>'
            )
        parts.append("</div>")
        return "".join(parts)


def _inline_code(text: str) -> str:
    """Escape ``text`` for HTML and turn `backquoted` bits into <code>."""
    pieces = html.escape(text).split("`")
    for i in range(1, len(pieces), 2):
        if i < len(pieces) - 1:  # an unpaired ` stays as it is
            pieces[i] = f"<code>{pieces[i]}</code>"
        else:
            pieces[i] = "`" + pieces[i]
    return "".join(pieces)
