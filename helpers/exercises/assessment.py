"""Assessment mode: ``solution()`` and the explanations after an answer turned off.

A teacher turns it on for a whole class with the environment variable
``TEXTE_TOKENS_ASSESSMENT=1`` where the kernels start (on JupyterHub: in the
spawner's environment), or for one notebook's kernel with
``assessment_mode(True)``. While it is on, ``q.solution()`` says that solutions
are turned off, and ``q.check()`` says right or wrong with its hint-level advice
but without the explanation shown on success (half of them state the answer).
``q.hint()`` works as always; the verdict (``status``, ``bool``) never changes.

The variable wins: ``assessment_mode(False)`` does not turn off what the class's
environment turned on. Neither is a lock: the answers are in the kit's source.

>>> assessment_mode(True)
True
>>> from helpers.exercises.lesson00 import q2
>>> q2.solution()
📖 Question 2 — Solutions are turned off for this assessment. q2.hint() still gives hints,
and q2.check(...) still says whether your answer is right.
>>> assessment_mode(False)
False
"""

from __future__ import annotations

import os
import warnings

from ..translation import N_
from ..translation import gettext as _

ENV_VAR = "TEXTE_TOKENS_ASSESSMENT"
"""The environment variable that turns assessment mode on for every kernel started with it."""
OFF_VALUES = frozenset({"", "0", "false", "no", "off"})
"""The values of ``ENV_VAR`` that leave assessment mode off (any other value turns it on)."""
SOLUTIONS_OFF = N_("Solutions are turned off for this assessment. {name}.hint() still gives "
                   "hints, and {name}.check(...) still says whether your answer is right.")
"""What ``solution()`` says while assessment mode is on (in English: ``_(SOLUTIONS_OFF)``)."""

_session = {"on": False}  # set by assessment_mode(): this kernel only


def switched_on(value: str | None) -> bool:
    """Whether a value of ``ENV_VAR`` turns assessment mode on (None: the variable is unset).

    Unknown values turn it on: a typo in a class's setting should not show the solutions.

    >>> switched_on("1"), switched_on(" Yes "), switched_on("0"), switched_on("off"), \
switched_on(None)
    (True, True, False, False, False)
    """
    return value is not None and value.strip().lower() not in OFF_VALUES


def assessment_on() -> bool:
    """Whether assessment mode is on now: set by ``ENV_VAR`` or by ``assessment_mode(True)``.

    The variable is read at each call, so a kernel started with it has the switch on.

    >>> assessment_mode(True), assessment_on()
    (True, True)
    >>> assessment_mode(False)
    False
    """
    return _session["on"] or switched_on(os.environ.get(ENV_VAR))


def assessment_mode(on: bool = True) -> bool:
    """Turn assessment mode on (or off) for this kernel; returns whether it is on now.

    It stays on while ``ENV_VAR`` turns it on, whatever ``on`` says (with a warning).

    >>> assessment_mode(True)
    True
    >>> assessment_mode(False)
    False
    """
    if on not in (True, False):
        raise TypeError(_("assessment_mode() takes True or False, not {value}").format(
            value=repr(on)))
    _session["on"] = bool(on)
    now = assessment_on()
    if now and not on:
        warnings.warn(_("assessment mode stays on: the environment variable {variable} turns "
                        "it on for the whole class").format(variable=ENV_VAR), stacklevel=2)
    return now
