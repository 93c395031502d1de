"""The captions of the kit's bar charts, word cloud, dispersion plot, heatmap and map: one
sentence each, with the figure's key number.

A caption is what a reader who cannot see the figure reads (and what nbval compares), so it
is written as whole sentences in the kit's language (:mod:`helpers.translation`).

>>> bar_caption([("kim", 5), ("péninsule", 5), ("pyongyang", 4)], "Top 3", "count")
'Bar chart “Top 3” (3 bars): « kim » and « péninsule » lead with 5 each.'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..text.collation import french_key, sorted_fr
from ..translation import N_, ngettext
from ..translation import gettext as _
from .figure import leaders, quoted

__all__ = ["COUNT", "bar_caption", "count_of", "countries_caption", "dispersion_caption",
           "heatmap_caption", "lead", "map_caption", "word_cloud_caption"]

COUNT = N_("count")  # the default value axis of a bar chart or a heatmap: no unit to say
LEMMA = N_("lemma")  # an axis label the lessons give (translated where it is drawn)


def lead(words: Sequence[str], value: float, unit: str = "") -> str:
    """« kim » leads with 5 / « a » and « b » lead with 5 mentions each.

    >>> lead(["kim"], 5, "mentions")
    '« kim » leads with 5 mentions'
    """
    unit = f" {unit}" if unit else ""
    if len(words) == 1:
        return _("{words} leads with {value}{unit}").format(words=quoted(words),
                                                            value=f"{value:g}", unit=unit)
    return _("{words} lead with {value}{unit} each").format(words=quoted(words),
                                                           value=f"{value:g}", unit=unit)


def bar_caption(pairs: Sequence[tuple[str, float]], title: str, xlabel: str) -> str:
    """The caption of a bar chart whose title and x label are ``title`` and ``xlabel``."""
    if not pairs:
        return _("Bar chart “{title}”: nothing to show.").format(title=title)
    words, top = leaders(pairs)
    unit = "" if xlabel in ("", COUNT, _(COUNT)) else xlabel
    n = len(pairs)
    return ngettext("Bar chart “{title}” ({n} bar): {lead}.",
                    "Bar chart “{title}” ({n} bars): {lead}.", n).format(
        title=title, n=n, lead=lead(words, top, unit))


def word_cloud_caption(positive: Mapping[str, float], title: str) -> str:
    """The caption of a word cloud of the words of ``positive`` (count > 0)."""
    if not positive:
        return _("Word cloud “{title}”: no word to show.").format(title=title)
    words, top = leaders(positive.items())
    return ngettext(
        "Word cloud “{title}” of the {n} most frequent words, sized by count: {words} is the "
        "largest, with {top}.",
        "Word cloud “{title}” of the {n} most frequent words, sized by count: {words} are the "
        "largest, with {top} each.", len(words)).format(
        title=title, n=len(positive), words=quoted(words), top=top)


def dispersion_caption(positions: Mapping[str, Sequence[int]], n_tokens: int,
                       paragraphs: int) -> str:
    """The caption of a dispersion plot of ``n_tokens`` tokens in ``paragraphs`` paragraphs."""
    if paragraphs:
        where = _("{tokens} tokens ({paragraphs} paragraphs)").format(tokens=n_tokens,
                                                                     paragraphs=paragraphs)
    else:
        where = _("{tokens} tokens").format(tokens=n_tokens)
    if not positions:
        return _("Dispersion plot of the {where}: no word to show.").format(where=where)
    words, top = leaders((w, len(p)) for w, p in positions.items())
    n = len(positions)
    plot = ngettext("Dispersion plot of where {n} word occur in the {where}",
                    "Dispersion plot of where {n} words occur in the {where}", n).format(
        n=n, where=where)
    if len(words) == 1:
        detail = ngettext("{words} occurs most often, {top} time",
                          "{words} occurs most often, {top} times", top)
    else:
        detail = ngettext("{words} occur most often, {top} time each",
                          "{words} occur most often, {top} times each", top)
    detail = detail.format(words=quoted(words), top=top)
    return _("{plot}: {detail}.").format(plot=plot, detail=detail)


def count_of(n: int, label: str) -> str:
    """``n`` things named ``label``, in words: "3 paragraphs" (an unknown label takes an s).

    >>> count_of(1, "paragraph"), count_of(2, "row")
    ('1 paragraph', '2 rows')
    """
    if label == "paragraph":
        return ngettext("{n} paragraph", "{n} paragraphs", n).format(n=n)
    if label == "word":
        return ngettext("{n} word", "{n} words", n).format(n=n)
    if label == LEMMA:
        return ngettext("{n} lemma", "{n} lemmas", n).format(n=n)
    return f"{n} {label}{'s' * (n != 1)}"


def heatmap_caption(values: Sequence[Sequence[float]], terms: Sequence[str], title: str,
                    row_label: str, term_label: str) -> str:
    """The caption of a heatmap: its size, and its highest value (where it is)."""
    size = _("{rows} × {terms}").format(rows=count_of(len(values), row_label),
                                        terms=count_of(len(terms), term_label))
    cells = [(y, x, v) for y, line in enumerate(values) for x, v in enumerate(line)]
    if not cells:
        return _("Heatmap “{title}” ({size}): nothing to show.").format(title=title, size=size)
    top = max(v for _y, _x, v in cells)
    best = [(y, x) for y, x, v in cells if v == top]
    y, x = best[0]
    value = f"{top:g}" if float(top).is_integer() else f"{top:.2f}"
    others = len(best) - 1
    more = ngettext(" (tied with {n} other cell)", " (tied with {n} other cells)",
                    others).format(n=others) if others else ""
    return _("Heatmap “{title}” ({size}): the highest value, {value}, is « {term} » in "
             "¶{row}{more}.").format(title=title, size=size, value=value, term=terms[x],
                                     row=y + 1, more=more)


def countries_caption(pairs: Sequence[tuple[str, int]]) -> str:
    """The caption of the countries chart: (country, mentions) pairs, most mentioned first."""
    names, top = leaders(pairs)
    n = len(pairs)
    plot = ngettext("Bar chart of the mentions tied to each of {n} country",
                    "Bar chart of the mentions tied to each of {n} countries", n).format(n=n)
    if len(names) == 1:
        detail = ngettext("{names} leads with {top} mention", "{names} leads with {top} mentions",
                          top)
    else:
        detail = ngettext("{names} lead with {top} mention each",
                          "{names} lead with {top} mentions each", top)
    detail = detail.format(names=quoted(names), top=top)
    return _("{plot}: {detail}.").format(plot=plot, detail=detail)


def _most_mentioned(names: Sequence[str], top: int) -> str:
    if len(names) == 1:
        text = _("{names} is the most mentioned, once") if top == 1 else \
            _("{names} is the most mentioned, {top} times")
    else:
        text = _("{names} are the most mentioned, once each") if top == 1 else \
            _("{names} are the most mentioned, {top} times each")
    return text.format(names=quoted(names), top=top)


def map_caption(region: Any, placed: Sequence[Any], outside: Sequence[Any],
                meeting_places: Iterable[str], not_placed: Sequence[str]) -> str:
    """The caption of a map (:class:`~helpers.views.regions.MapRegion`) of the ``placed``
    rows (:class:`~helpers.entities.linking.EntityRow`), ``outside`` its region."""
    n = len(placed)
    where = _("the world") if region.world else _(region.caption)
    parts = [ngettext("Map of {where} with the {n} place of the text, sized by mentions",
                      "Map of {where} with the {n} places of the text, sized by mentions",
                      n).format(where=where, n=n)]
    if outside and not region.world:
        parts.append(_("{places} outside it, on the world map beside it").format(
            places=quoted(sorted_fr(r.entity for r in outside))))
    names, top = leaders(sorted(((r.entity, r.mentions) for r in placed),
                                key=lambda kv: (-kv[1], french_key(kv[0]))))
    parts.append(_most_mentioned(names, top))
    meet = sorted_fr(set(meeting_places))
    if meet:
        parts.append(ngettext("meeting place: {places}", "meeting places: {places}",
                              len(meet)).format(places=quoted(meet)))
    if not_placed:
        parts.append(_("not placed: {places}").format(places=quoted(sorted_fr(not_placed), 5)))
    # Translators: between the parts of a caption ("; " in English)
    return _("; ").join(parts) + "."
