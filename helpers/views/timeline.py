"""The dated events of a text on a timeline, labelled in English.

An event found by a meeting is named in English ("Poutine and Kim Jong-un meet");
one named by the words of the text around its date keeps them, in French, between
guillemets. The years shown come from the events.

>>> from helpers.entities.relation_extraction import Event
>>> fig = timeline_plot([Event("2011", "Medvedev and Kim Jong-il meet", "2011"),
...                      Event("2018-03", "…la détente depuis mars 2018", "mars 2018")])
>>> [t.get_text() for t in fig.axes[0].texts]
['2011  Medvedev and Kim Jong-il meet', '2018-03  « …la détente depuis mars 2018 »']
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from matplotlib.lines import Line2D

from ..entities.relation_extraction import Event
from ..translation import N_, ngettext
from ..translation import gettext as _
from .figure import GREEN, VERMILLION, Figure, font, new_figure, projected
from .labels import Spot, place_labels, renderer_of, settle_legend

__all__ = ["label_of", "timeline_plot"]

GREEN_PERIOD = GREEN
_POINT = 7  # points: a date's marker
_TITLE = N_("Timeline of the dated events")


def _year(value: str) -> float:
    """An ISO date, month or year as a fractional year (the start of the period)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return float(parts[0])
    if len(parts) == 2:
        return parts[0] + (parts[1] - 1) / 12
    day = dt.date(*parts)
    return parts[0] + (day.timetuple().tm_yday - 1) / 365


def label_of(event: Event) -> str:
    """What the timeline writes: the date, then the event; words of the text in « ».

    >>> label_of(Event("2011", "Medvedev and Kim Jong-il meet", "2011"))
    '2011  Medvedev and Kim Jong-il meet'
    """
    words = event.label
    if event.text and words.endswith(event.text):  # the text's own words around its date
        words = _("« {word} »").format(word=words)
    return f"{event.date}  {words}"


@projected
def timeline_plot(found: Sequence[Event], *, title: str = _TITLE) -> Figure:
    """One row per event: a point for a day, month or year, a bar for a period; each
    row's label beside its point, inside the frame."""
    fig, ax = new_figure(8, 0.9 + 0.55 * max(len(found), 1))
    spots, bars = [], []
    for i, event in enumerate(found):
        y = len(found) - i
        x = _year(event.date.split("/")[0])
        if "/" in event.date:
            end = _year(event.date.split("/")[1]) + 1 / 12
            bars.extend(ax.plot([x, end], [y, y], color=GREEN_PERIOD, linewidth=6,
                                solid_capstyle="butt"))
            radius = 3.5  # half the bar's height
        else:
            ax.scatter([x], [y], s=_POINT**2, color=VERMILLION, zorder=3)
            radius = _POINT / 2
        spots.append(Spot(label_of(event), x, y, radius=radius, fontsize=font(9)))
    starts = [s.x for s in spots] or [2010.0, 2020.0]
    lo, hi = math.floor(min(starts)) - 0.5, math.ceil(max(starts) + 1 / 12) + 0.5
    ax.set_xlim(lo, max(hi, lo + 3))
    ax.set_ylim(0.3, len(found) + 0.9)
    ax.set_yticks([])
    ax.set(title=_(title) if title else title, xlabel=_("year"))
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [Line2D([], [], marker="o", linestyle="", color=VERMILLION,
                      label=_("a date")),
               Line2D([], [], color=GREEN_PERIOD, linewidth=6, label=_("a period"))]
    legend = ax.legend(handles=handles, loc="lower left", fontsize=font(9))
    if not found:
        ax.text(0.5, 0.5, _("no dated event"), ha="center", va="center", transform=ax.transAxes)
    else:
        settle_legend(ax, lines=bars, outside=False)
        renderer = renderer_of(fig)
        place_labels(ax, spots, lines=bars, avoid=[legend.get_window_extent(renderer)],
                     directions=("NE", "NW", "N", "SE", "SW", "S", "E", "W"))
    fig.caption = _timeline_caption(found)
    return fig


def _timeline_caption(found: Sequence[Event]) -> str:
    if not found:
        return _("Timeline: no dated event.")
    n = len(found)
    first, last = found[0].date.split("/")[0], found[-1].date.split("/")[-1]
    return ngettext("Timeline of {n} dated event from {first} to {last}: the latest, « {label} », "
                    "is dated {date}.",
                    "Timeline of {n} dated events from {first} to {last}: the latest, « {label} "
                    "», is dated {date}.", n).format(n=n, first=first, last=last,
                                                      label=found[-1].label, date=found[-1].date)
