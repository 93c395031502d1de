"""Projector mode: the kit's figures and HTML views made to be read from the back of a room.

Off by default. ``helpers.projector(True)`` switches it on for the running kernel;
the environment variable ``TEXTE_TOKENS_PROJECTOR=1`` switches it on for every
kernel of a session or a server (a call wins over the variable). With it off,
every figure and HTML view is exactly what it was without this module.

What it changes is in :data:`FONT_SCALE` and its neighbours; the views
(:mod:`helpers.views`) apply them. This module draws nothing (no matplotlib).

>>> was = projector()
>>> projector(True), projector(), scale_css("font:15px/2 sans-serif")
(True, True, 'font:24px/2 sans-serif')
>>> projector(False), scale_css("font:15px/2 sans-serif")
(False, 'font:15px/2 sans-serif')
>>> _ = projector(was)
"""

from __future__ import annotations

import os
import re

__all__ = ["ENV_VAR", "FONT_SCALE", "LINE_SCALE", "MAX_BARS", "SIZE_SCALE", "ZOOM", "projector",
           "scale_css"]

ENV_VAR = "TEXTE_TOKENS_PROJECTOR"
FONT_SCALE = 1.6  # every font, in points (figures) and in CSS pixels (HTML views)
LINE_SCALE = 1.5  # line widths, tick marks, markers
SIZE_SCALE = 1.25  # a figure's inches: room for the larger text
ZOOM = 1.6  # display pixels per inch: a 6-inch figure shown 960 px wide, not 480
MAX_BARS = 15  # a bar chart shows its first bars only: each row needs room for its label

_switch: bool | None = None  # set by projector(); None: the environment variable decides


def projector(on: bool | None = None) -> bool:
    """Switch projector mode on (``True``) or off (``False``); return whether it is on.

    With no argument, only say whether it is on: a call made before decides; else
    the environment variable :data:`ENV_VAR` (``1``, ``true``, ``yes`` or ``on``).

    >>> was = projector()
    >>> projector(True)
    True
    >>> projector(False)
    False
    >>> _ = projector(was)
    """
    global _switch
    if on is not None:
        _switch = bool(on)
    if _switch is not None:
        return _switch
    return os.environ.get(ENV_VAR, "").strip().lower() in ("1", "true", "yes", "on")


_FONT_PX = re.compile(r"((?:^|[;{\s])font(?:-size)?\s*:\s*)(\d+(?:\.\d+)?)px")


def scale_css(css: str) -> str:
    """``css`` with every font size in pixels times :data:`FONT_SCALE` when projector mode is
    on (rounded to a pixel); ``css`` itself, unchanged, when it is off.

    >>> was, _ = projector(), projector(True)
    >>> scale_css(".a{font-size:10px;padding:1px 3px}")
    '.a{font-size:16px;padding:1px 3px}'
    >>> _ = projector(was)
    """
    if not projector():
        return css
    return _FONT_PX.sub(lambda m: f"{m.group(1)}{round(float(m.group(2)) * FONT_SCALE)}px", css)
