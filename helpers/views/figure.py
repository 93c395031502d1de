"""The kit's figure: a matplotlib Figure shown as a sharp, small PNG with its caption.

Figures are laid out at 80 dpi (:data:`DPI`: a 6-inch figure is 480 px wide in a
notebook) and drawn at twice that (:data:`PNG_DPI`), so text is sharp on a laptop's
screen; the notebook gets the display size as image metadata. The PNG is stored
with a palette of 256 colours, which keeps it smaller than the old 80-dpi one.

>>> fig, ax = new_figure(6, 2)
>>> fig.display_size
(480, 160)
>>> from PIL import Image
>>> import io
>>> Image.open(io.BytesIO(fig._repr_png_())).size
(960, 320)
"""

from __future__ import annotations

import contextvars
import functools
import io
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import matplotlib
import matplotlib.figure
import matplotlib.text
from matplotlib.axes import Axes

from .. import display_mode
from ..display_mode import projector
from ..translation import gettext as _
from ..translation import ngettext

__all__ = ["BLUE", "DPI", "GREEN", "GREY", "ORANGE", "PNG_DPI", "VERMILLION", "Figure",
           "blank_figure", "font", "leaders", "new_figure", "projected", "projecting",
           "quoted", "stroke"]

# Okabe–Ito: distinct for every common colour-vision deficiency.
BLUE, ORANGE, VERMILLION, GREEN, GREY = "#0072B2", "#E69F00", "#D55E00", "#009E73", "#7A7A7A"
DPI = 80  # layout and display: pixels per inch in the notebook
PNG_DPI = 2 * DPI  # the PNG's pixels: sharp on a high-density (2×) screen
_COLOURS = 256  # a palette PNG: the kit's flat colours and their anti-aliasing fit in it


class Figure(matplotlib.figure.Figure):
    """A matplotlib Figure that a notebook shows as a PNG and its caption, with no pyplot.

    Made without pyplot, it is never displayed twice (once by pyplot, once as
    the cell's value) and never kept in memory by a figure manager. Its face is
    opaque white, so its dark text stays readable in a dark theme.

    Every view sets :attr:`caption`, one sentence with the figure's key number, for
    readers who cannot see the picture (and for nbval, which compares it); a
    figure without one falls back to its titles.

    >>> fig = Figure()
    >>> fig.caption
    'A figure.'
    >>> _ = fig.suptitle("Top 2")
    >>> fig.caption
    'Top 2.'
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("facecolor", "white")
        super().__init__(*args, **kwargs)
        self._kit_caption = ""
        self._kit_rc: dict[str, Any] = {}  # projector mode's sizes, for ticks made at drawing

    @property
    def caption(self) -> str:
        """One sentence saying what the figure shows; else its titles; else "A figure."."""
        if self._kit_caption:
            return self._kit_caption
        titles = [self._suptitle.get_text()] if self._suptitle is not None else []
        titles += [ax.get_title() for ax in self.axes]
        titles = [t.strip() for t in titles if t.strip()]
        return "; ".join(dict.fromkeys(titles)) + "." if titles else _("A figure.")

    @caption.setter
    def caption(self, text: str) -> None:
        self._kit_caption = " ".join(str(text).split())

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height in a notebook, in CSS pixels (the size at :attr:`dpi`)."""
        width, height = self.get_size_inches() * self.dpi
        return round(width), round(height)

    def _repr_png_(self) -> bytes:
        """The PNG at twice the figure's dpi, on opaque white, as a 256-colour palette image.

        Median cut keeps pure white and the few flat colours exact; only the
        anti-aliased edges lose a little (it is deterministic: same bytes every run).
        """
        from PIL import Image

        dpi = self.dpi * PNG_DPI / DPI
        raw = io.BytesIO()  # the pixels themselves: no PNG to encode, then decode
        self.savefig(raw, format="rgba", dpi=dpi, facecolor="white", edgecolor="white",
                     transparent=False)
        width = int(self.get_size_inches()[0] * dpi)  # as Agg sizes its canvas
        height = len(raw.getbuffer()) // (4 * width)
        image = Image.frombuffer("RGBA", (width, height), raw.getbuffer(), "raw", "RGBA", 0, 1)
        image = image.convert("RGB").quantize(_COLOURS, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
        out = io.BytesIO()
        image.save(out, format="png", dpi=(round(dpi), round(dpi)))
        return out.getvalue()

    def _ipython_display_(self) -> None:
        """The PNG (its text version: the caption) at its display size, then the caption.

        No ``text/html`` holding the image: nbval would compare its bytes.
        """
        from IPython.display import display

        caption = self.caption
        width, height = self.display_size
        display({"image/png": self._repr_png_(), "text/plain": caption},
                metadata={"image/png": {"width": width, "height": height}}, raw=True)
        display({"text/markdown": f"*{_markdown_escape(caption)}*", "text/plain": caption},
                raw=True)

    def draw(self, renderer: Any) -> None:
        """Draw every text literally: a student's word such as ``$x$`` is not math.

        Texts made before drawing are switched off math one by one; tick labels that
        matplotlib makes while drawing take the setting from the context.
        """
        with matplotlib.rc_context(self._kit_rc):  # ticks made now: projector mode's sizes
            for text in self.findobj(matplotlib.text.Text):
                text.set_parse_math(False)
            with matplotlib.rc_context({"text.parse_math": False}):
                super().draw(renderer)


def _markdown_escape(text: str) -> str:
    """``text`` with Markdown's special characters escaped: a student's ``*word*`` stays."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)


def quoted(words: Sequence[str], limit: int = 3) -> str:
    """Words in guillemets, joined in English: « a », « b » and « c » (and 2 more).

    >>> quoted(["kim", "péninsule"]), quoted("abcde")
    ('« kim » and « péninsule »', '« a », « b », « c » and 2 more')
    """
    shown = [_("« {word} »").format(word=w) for w in words[:limit]]
    if len(words) > limit:
        more = len(words) - limit
        shown.append(ngettext("{n} more", "{n} more", more).format(n=more))
    if len(shown) == 1:
        return shown[0]
    return _("{items} and {last}").format(items=", ".join(shown[:-1]), last=shown[-1])


def leaders(pairs: Iterable[tuple[str, float]]) -> tuple[list[str], float]:
    """The items tied for the highest value, in their given order, and that value.

    >>> leaders([("kim", 5), ("péninsule", 5), ("pyongyang", 4)])
    (['kim', 'péninsule'], 5)
    """
    pairs = list(pairs)
    top = max((v for _, v in pairs), default=0)
    return [w for w, v in pairs if v == top], top


def new_figure(
    width: float = 6, height: float = 4, *, layout: str | None = "constrained"
) -> tuple[Figure, Axes]:
    """A figure (``width`` × ``height`` inches at 80 dpi) and its one Axes.

    ``layout=None`` skips matplotlib's constrained layout, which costs half the
    drawing time: for a figure redrawn often, set its margins once instead.

    >>> new_figure(6, 2)[0]
    <Figure size 480x160 with 1 Axes>
    """
    fig = blank_figure(width, height, layout=layout)
    return fig, fig.add_subplot()


def blank_figure(width: float, height: float, *, layout: str | None = "constrained") -> Figure:
    """A figure with no Axes yet: ``width`` × ``height`` inches at 80 dpi, or, drawn by a
    view in projector mode, :data:`~helpers.display_mode.SIZE_SCALE` times the inches at
    :data:`~helpers.display_mode.ZOOM` times the dpi.

    >>> blank_figure(6, 2)
    <Figure size 480x160 with 0 Axes>
    """
    if not projecting():
        return Figure(figsize=(width, height), dpi=DPI, layout=layout)
    k, dpi = display_mode.SIZE_SCALE, DPI * display_mode.ZOOM
    size = [round(v * k * dpi) / dpi for v in (width, height)]  # whole pixels: PNG = 2 × shown
    fig = Figure(figsize=size, dpi=dpi, layout=layout)
    fig._kit_rc = {key: matplotlib.rcParams[key] for key in _RC_KEYS}  # as scaled now
    return fig


# --- projector mode (helpers.display_mode): decided once per view call -------------------

_PROJECTING: contextvars.ContextVar[bool] = contextvars.ContextVar("projecting", default=False)
View = TypeVar("View", bound=Callable[..., Any])
_LINES = ("lines.linewidth", "lines.markersize", "axes.linewidth", "patch.linewidth",
          "xtick.major.width", "ytick.major.width", "xtick.major.size", "ytick.major.size",
          "xtick.minor.width", "ytick.minor.width")
_RC_KEYS = ("font.size", *_LINES)


def projecting() -> bool:
    """Whether the view being drawn is drawn for a projector (see :func:`projected`)."""
    return _PROJECTING.get()


def projector_rc() -> dict[str, Any]:
    """matplotlib's default sizes times projector mode's factors: fonts (titles, axis labels,
    ticks and legends follow ``font.size``), line widths, tick marks, markers."""
    rc, f, w = matplotlib.rcParams, display_mode.FONT_SCALE, display_mode.LINE_SCALE
    return {"font.size": rc["font.size"] * f, **{key: rc[key] * w for key in _LINES}}


def projected(view: View) -> View:
    """Draw ``view`` for a projector when projector mode is on: the default sizes of
    :func:`projector_rc`, and :func:`font`, :func:`stroke` and :func:`blank_figure` scaled.

    A view drawn into an Axes its caller made (``ax=``: a widget's) keeps the caller's sizes,
    unless that caller is itself a view drawn for a projector. With projector mode off, the
    view runs exactly as it is.
    """
    @functools.wraps(view)
    def drawn(*args: Any, **kwargs: Any) -> Any:
        outer = _PROJECTING.get()
        on = outer or (projector() and kwargs.get("ax") is None)
        token = _PROJECTING.set(on)
        try:
            if outer or not on:  # already scaled by the view that called this one
                return view(*args, **kwargs)
            with matplotlib.rc_context(projector_rc()):
                return view(*args, **kwargs)
        finally:
            _PROJECTING.reset(token)

    return drawn  # type: ignore[return-value]


def font(size: float) -> float:
    """A font size in points: ``size``, or times :data:`~helpers.display_mode.FONT_SCALE`
    in a view drawn for a projector.

    >>> font(9)
    9
    """
    return size * display_mode.FONT_SCALE if projecting() else size


def stroke(width: float) -> float:
    """A line width in points: ``width``, or times :data:`~helpers.display_mode.LINE_SCALE`
    in a view drawn for a projector.

    >>> stroke(1.5)
    1.5
    """
    return width * display_mode.LINE_SCALE if projecting() else width
