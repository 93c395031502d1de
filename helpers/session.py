"""In a notebook, a NameError says what to run instead of showing a traceback.

After a kernel restart every variable is gone, and running an exercise cell
alone gives ``NameError: name 'tokens' is not defined``. ``import helpers``
installs, inside IPython only, a handler that answers with a short message:
which name is missing, and to run the cells above (or, for the blank ``____``,
to replace it with an answer). Outside IPython ``install()`` does nothing and
imports nothing.

The handler only speaks for NameErrors raised in the notebook's own cells. A
NameError raised inside the kit (a bug in ``helpers``) keeps its full traceback,
with a note that it is not the student's doing; one raised in another library
keeps its traceback unchanged.

>>> print(message("tokens", ["token", "text"]))
NameError: name 'tokens' is not defined
`tokens` comes from a cell above that has not run since the kernel started (or restarted).
Run the cells above: Run ▸ Run All Above Selected Cell, then this cell again.
If you typed `tokens` yourself, check its spelling: did you mean `token`?
>>> print(message("____", []))
NameError: name '____' is not defined
The cells above have not run since the kernel started (or restarted).
Run them: Run ▸ Run All Above Selected Cell.
Then replace ____ with your answer, and run this cell again.
>>> print(message("b", []))
NameError: name 'b' is not defined
To choose option b, write the letter in quotes: answer = "b"
(If `b` is a variable of a cell above: Run ▸ Run All Above Selected Cell.)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .translation import N_
from .translation import gettext as _

# JupyterLab's menu, as it is written there (in French with its French language pack)
RUN_ABOVE = N_("Run ▸ Run All Above Selected Cell")
_KIT = Path(__file__).resolve().parent
_RED, _RESET = "\x1b[1;31m", "\x1b[0m"


def install() -> bool:
    """Install the NameError handler in the running IPython shell; False outside IPython.

    Safe to call twice; leaves alone a shell that already has other custom handlers.

    >>> install()  # in a plain Python session: nothing to do
    False
    """
    ipython = sys.modules.get("IPython")  # never import IPython: outside it, do nothing
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    if getattr(shell, "custom_exceptions", ()) not in ((), (NameError,)):
        return False  # someone else's handlers: theirs to keep
    shell.set_custom_exc((NameError,), _on_name_error)
    return True


def message(name: str, known: list[str]) -> str:
    """The short message for a name a cell uses but the kernel does not know.

    >>> message("tokens", []).splitlines()[-1]
    'If you typed `tokens` yourself, check its spelling.'
    """
    head = _("NameError: name {name!r} is not defined").format(name=name)
    if name == "____":
        return "\n".join([
            head,
            _("The cells above have not run since the kernel started (or restarted)."),
            _("Run them: {menu}.").format(menu=_(RUN_ABOVE)),
            _("Then replace ____ with your answer, and run this cell again."),
        ])
    if len(name) == 1 and name in "abcdefABCDEF":  # answer = a: an option's letter
        return "\n".join([
            head,
            _("To choose option {letter}, write the letter in quotes: answer = \"{letter}\"")
            .format(letter=name),
            _("(If `{name}` is a variable of a cell above: {menu}.)").format(name=name,
                                                                              menu=_(RUN_ABOVE)),
        ])
    lines = [
        head,
        _("`{name}` comes from a cell above that has not run since the kernel started "
          "(or restarted).").format(name=name),
        _("Run the cells above: {menu}, then this cell again.").format(menu=_(RUN_ABOVE)),
    ]
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
    lines.append(_("If you typed `{name}` yourself, check its spelling: did you mean `{close}`?")
                 .format(name=name, close=close[0]) if close else
                 _("If you typed `{name}` yourself, check its spelling.").format(name=name))
    return "\n".join(lines)


def _on_name_error(shell: Any, etype: type, value: BaseException, tb: Any,
                   tb_offset: int | None = None) -> list[str]:
    """IPython's custom handler: show the short message, or the usual traceback."""
    try:
        stb = _friendly(shell, value, tb)
    except Exception:  # never let the handler fail: IPython would drop it
        stb = None
    if stb is None:
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        note = _kit_note(value, tb)
        if note:
            stb = [*stb, note]
    # This IPython calls the handler and ignores what it returns: show it here.
    shell._showtraceback(etype, value, stb)
    return stb


def _innermost(tb: Any) -> Any:
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def _is_cell(shell: Any, filename: str) -> bool:
    cells = getattr(getattr(shell, "compile", None), "_filename_map", {})
    return filename in cells or filename.startswith("<ipython-input-")


def _friendly(shell: Any, value: BaseException, tb: Any) -> list[str] | None:
    if isinstance(value, UnboundLocalError):  # a mistake inside a function: the usual traceback
        return None
    last = _innermost(tb)
    name = getattr(value, "name", None)
    if last is None or not name or not _is_cell(shell, last.tb_frame.f_code.co_filename):
        return None
    import builtins

    known = sorted(n for n in {*shell.user_ns, *vars(builtins)} if not n.startswith("_"))
    head, *rest = message(name, known).splitlines()
    return [f"{_RED}{head}{_RESET}", *rest]


def _kit_note(value: BaseException, tb: Any) -> str | None:
    last = _innermost(tb)
    if last is None:
        return None
    filename = Path(last.tb_frame.f_code.co_filename).resolve()
    if _KIT not in filename.parents:
        return None
    name = getattr(value, "name", None) or _("a name")
    return _("The name {name!r} is missing inside the kit itself ({file}, line {line}), not in "
             "your code: running the cells again will not help. Please tell your teacher.").format(
        name=name, file=filename.relative_to(_KIT.parent), line=last.tb_lineno)
