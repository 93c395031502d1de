"""Figures for frequency analysis: bars, Zipf, coverage, word cloud, dispersion, heatmap.

Each function takes the core's plain data (counts, positions, scores) and
returns a :class:`~helpers.views.figure.Figure`: a small matplotlib figure (laid out
at 80 dpi, drawn sharp at 160) with a title and labelled axes, in colour-blind-safe
colours (Okabe–Ito, cividis). Nothing is shown by itself: end a notebook cell with
the figure to display it once.

>>> fig = bar_chart([("kim", 5), ("péninsule", 5), ("pyongyang", 4)], title="Top 3")
>>> fig
<Figure size 480x160 with 1 Axes>
>>> fig.axes[0].get_title(), fig.axes[0].get_xlabel()
('Top 3', 'count')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, NullFormatter

from .. import display_mode
from ..display_mode import projector
from ..frequency import ZipfFit, coverage, most_common, types_for_share, zipf_fit
from .figure import (  # noqa: F401 - the kit's figure base, imported from here by lessons
    BLUE,
    DPI,
    GREEN,
    GREY,
    ORANGE,
    VERMILLION,
    Figure,
    font,
    leaders,
    new_figure,
    projected,
    projecting,
    quoted,
    stroke,
)

__all__ = ["Figure", "bar_chart", "coverage_plot", "dispersion_plot", "heatmap", "kwic_html",
           "word_cloud", "zipf_plot"]


def _lead(words: Sequence[str], value: float, unit: str = "") -> str:
    """« kim » leads with 5 / « a » and « b » lead with 5 mentions each."""
    unit = f" {unit}" if unit else ""
    if len(words) == 1:
        return f"{quoted(words)} leads with {value:g}{unit}"
    return f"{quoted(words)} lead with {value:g}{unit} each"


def _minus(text: str) -> str:
    """A typographic minus sign (−), as matplotlib writes on its axes."""
    return text.replace("-", "\u2212")


@projected
def bar_chart(
    pairs: Sequence[tuple[str, float]],
    *,
    title: str,
    xlabel: str = "count",
    ylabel: str = "",
    highlight: Iterable[str] = (),
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars, the first pair on top; bars in ``highlight`` in orange and bold.

    With ``ax``, draws into that Axes (cleared first) and returns its figure.
    """
    row, most = 0.22, display_mode.MAX_BARS  # inches per bar; for a projector, room for its text
    if projecting():
        title += f" (first {most} of {len(pairs)})" if len(pairs) > most else ""
        pairs, row = pairs[:most], row * font(1) / display_mode.SIZE_SCALE
    if ax is None:
        _, ax = new_figure(6, max(2.0, 0.5 + row * len(pairs)))
    ax.clear()
    marked = set(highlight)
    words = [w for w, _ in pairs][::-1]
    values = [v for _, v in pairs][::-1]
    size = 10 if len(words) <= 15 else 9 if len(words) <= 25 else 8
    ax.barh(range(len(words)), values, color=[ORANGE if w in marked else BLUE for w in words])
    ax.set_yticks(range(len(words)), [w if len(w) <= 18 else w[:17] + "…" for w in words],
                  fontsize=font(size))
    for word, label in zip(words, ax.get_yticklabels(), strict=True):
        label.set_fontweight("bold" if word in marked else "normal")
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:g}", va="center", fontsize=font(size - 1))
    ax.set_xlim(0, max(values, default=1) * 1.15)
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    if not pairs:
        ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes)
    ax.figure.caption = _bar_caption(pairs, title, xlabel)
    return ax.figure


def _bar_caption(pairs: Sequence[tuple[str, float]], title: str, xlabel: str) -> str:
    if not pairs:
        return f"Bar chart “{title}”: nothing to show."
    words, top = leaders(pairs)
    unit = "" if xlabel in ("", "count") else xlabel
    n = len(pairs)
    return f"Bar chart “{title}” ({n} bar{'s' * (n != 1)}): {_lead(words, top, unit)}."


@projected
def zipf_plot(counts: Mapping[str, int], fit: ZipfFit | None = None, *, title: str = "") -> Figure:
    """Frequency against rank on log–log axes, with the fitted line and Zipf's slope −1."""
    fit = fit or zipf_fit(counts)
    freqs = sorted(counts.values(), reverse=True)  # counts only: no word to sort
    ranks = range(1, len(freqs) + 1)
    fig, ax = new_figure(6, 4)
    ax.loglog(ranks, freqs, "o", color=BLUE, markersize=stroke(4), alpha=0.7, label="words")
    ends = [1, len(freqs)]
    slope = _minus(f"{fit.slope:.2f}")
    ax.loglog(ends, [fit.predict(r) for r in ends], color=VERMILLION, linewidth=stroke(2),
              label=f"fitted line: slope {slope}")
    zipf_ends = [1, min(freqs[0], len(freqs))]  # down to a count of 1
    ax.loglog(zipf_ends, [freqs[0] / r for r in zipf_ends], "--", color=GREY,
              label="Zipf's law: slope −1")
    ax.set(title=title or f"Zipf plot: fitted slope {slope} (R² {fit.r2:.2f})",
           xlabel="rank (1 = most frequent)", ylabel="frequency (count)")
    ax.legend(fontsize=font(9))
    # Plain numbers on the log axes: matplotlib's default writes them as math text
    # (10^1), which the kit's Figure draws literally (user text must never be math).
    plain = FuncFormatter(lambda value, _: f"{value:g}")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(plain)
        axis.set_minor_formatter(NullFormatter())
    fig.caption = (f"Zipf plot of {len(freqs)} word types, frequency against rank on log–log "
                   f"axes: the fitted slope is {slope} (R² {fit.r2:.2f}), against −1 for "
                   "Zipf's law.")
    return fig


@projected
def coverage_plot(counts: Mapping[str, int], share: float = 0.5, *, title: str = "") -> Figure:
    """The share of tokens covered by the most frequent types, with ``share`` marked."""
    shares = [100 * s for s in coverage(counts)]
    needed = types_for_share(counts, share)
    fig, ax = new_figure(6, 3.5)
    ax.plot(range(1, len(shares) + 1), shares, color=BLUE, linewidth=stroke(2))
    ax.axhline(100 * share, color=GREY, linestyle="--", linewidth=stroke(1))
    ax.axvline(needed, color=VERMILLION, linestyle=":", linewidth=stroke(1.5))
    ax.annotate(f"{needed} of {len(shares)} types cover {100 * share:.0f} % of the tokens",
                (needed, 100 * share), xytext=(10, -25), textcoords="offset points",
                fontsize=font(9))
    ax.set(title=title or "Cumulative coverage", xlabel="number of types (most frequent first)",
           ylabel="% of tokens covered", ylim=(0, 101))
    fig.caption = (f"Cumulative coverage curve: the {needed} most frequent of the {len(shares)} "
                   f"types cover {100 * share:.0f} % of the tokens.")
    return fig


@projected
def word_cloud(
    counts: Mapping[str, int], *, title: str = "Word cloud", max_words: int = 80,
    random_state: int = 2019,
) -> Figure:
    """A word cloud (the ``wordcloud`` package) with a fixed layout seed: same picture every run.

    Word size follows the count; position and colour carry no meaning.
    """
    from wordcloud import WordCloud

    # scale 2: the cloud's pixels match the PNG's (drawn at twice the layout's dpi)
    cloud = WordCloud(width=480, height=240, scale=2, background_color="white",
                      colormap="cividis", max_words=max_words, random_state=random_state,
                      prefer_horizontal=1.0)
    positive = {w: n for w, n in most_common(counts, max_words) if n > 0}
    fig, ax = new_figure(6, 3.3)
    if positive:
        ax.imshow(cloud.generate_from_frequencies(positive).to_array(), interpolation="bilinear")
    ax.set(title=title, xlabel="word size ∝ count", ylabel="position: random (seeded)",
           xticks=[], yticks=[])
    if positive:
        words, top = leaders(positive.items())
        n = len(positive)
        verb, each = ("is", "") if len(words) == 1 else ("are", " each")
        fig.caption = (f"Word cloud “{title}” of the {n} most frequent words, sized by count: "
                       f"{quoted(words)} {verb} the largest, with {top}{each}.")
    else:
        fig.caption = f"Word cloud “{title}”: no word to show."
    return fig


@projected
def dispersion_plot(
    positions: Mapping[str, Sequence[int]],
    n_tokens: int,
    *,
    boundaries: Sequence[int] = (),
    title: str = "Where the words occur",
) -> Figure:
    """One row per word, a tick at each occurrence; dotted lines at ``boundaries`` (¶ starts)."""
    words = list(positions)
    fig, ax = new_figure(7, 0.8 + 0.35 * max(len(words), 1))
    for row, word in enumerate(words):
        ax.plot(positions[word], [row] * len(positions[word]), "|", color=BLUE,
                markersize=stroke(14), markeredgewidth=stroke(2))
    for number, start in enumerate(boundaries, start=1):
        ax.axvline(start, color=GREY, linestyle=":", linewidth=stroke(1))
        ax.text(start, 1.0, f" ¶{number}", transform=ax.get_xaxis_transform(),
                va="bottom", fontsize=font(9), color=GREY)
    ax.set_yticks(range(len(words)), words)
    ax.set_ylim(max(len(words), 1) - 0.5, -0.5)
    ax.set_xlim(-0.01 * n_tokens, max(n_tokens, 1))  # a word at position 0 stays visible
    ax.set_title(title, pad=14)
    ax.set(xlabel="position in the text (token number)", ylabel="word")
    fig.caption = _dispersion_caption(positions, n_tokens, len(boundaries))
    return fig


def _dispersion_caption(positions: Mapping[str, Sequence[int]], n_tokens: int,
                        paragraphs: int) -> str:
    where = f"{n_tokens} tokens" + (f" ({paragraphs} paragraphs)" if paragraphs else "")
    if not positions:
        return f"Dispersion plot of the {where}: no word to show."
    words, top = leaders((w, len(p)) for w, p in positions.items())
    times = "time" if top == 1 else "times"
    verb = "occurs" if len(words) == 1 else "occur"
    each = " each" if len(words) > 1 else ""
    n = len(positions)
    return (f"Dispersion plot of where {n} word{'s' * (n != 1)} occur in the {where}: "
            f"{quoted(words)} {verb} most often, {top} {times}{each}.")


@projected
def heatmap(
    rows: Sequence[Mapping[str, float]],
    terms: Sequence[str],
    *,
    title: str,
    value_label: str = "count",
    row_label: str = "paragraph",
    term_label: str = "word",
) -> Figure:
    """A paragraph × term grid: one row per mapping of ``rows``, a cell per term, values shown."""
    values = [[row.get(term, 0) for term in terms] for row in rows]
    fig, ax = new_figure(max(4.0, 1.2 + 0.42 * len(terms)), 0.9 + 0.4 * max(len(rows), 1))
    image = ax.imshow(values or [[0]], cmap="cividis", aspect="auto")
    top = max((v for line in values for v in line), default=0) or 1
    for y, line in enumerate(values):
        for x, v in enumerate(line):
            text = f"{v:g}" if float(v).is_integer() else f"{v:.2f}".lstrip("0")
            ax.text(x, y, text, ha="center", va="center", fontsize=font(8),
                    color="black" if v > top / 2 else "white")
    ax.set_xticks(range(len(terms)), terms, rotation=60, ha="right", fontsize=font(9))
    ax.set_yticks(range(len(rows)), [f"¶{i}" for i in range(1, len(rows) + 1)])
    ax.set(title=title, xlabel=term_label, ylabel=row_label)
    fig.colorbar(image, ax=ax, label=value_label, shrink=0.9)
    fig.caption = _heatmap_caption(values, terms, title, row_label, term_label)
    return fig


def _heatmap_caption(values: Sequence[Sequence[float]], terms: Sequence[str], title: str,
                     row_label: str, term_label: str) -> str:
    size = (f"{len(values)} {row_label}{'s' * (len(values) != 1)} × {len(terms)} "
            f"{term_label}{'s' * (len(terms) != 1)}")
    cells = [(y, x, v) for y, line in enumerate(values) for x, v in enumerate(line)]
    if not cells:
        return f"Heatmap “{title}” ({size}): nothing to show."
    top = max(v for _, _, v in cells)
    best = [(y, x) for y, x, v in cells if v == top]
    y, x = best[0]
    value = f"{top:g}" if float(top).is_integer() else f"{top:.2f}"
    more = f" (tied with {len(best) - 1} other cell{'s' * (len(best) > 2)})" if len(best) > 1 \
        else ""
    return (f"Heatmap “{title}” ({size}): the highest value, {value}, is « {terms[x]} » in "
            f"¶{y + 1}{more}.")


def kwic_html(lines: Sequence, width: int = 45) -> str:
    """KWIC lines (:class:`helpers.frequency.contexts.KwicLine`) as an HTML table, keywords marked.

    >>> from helpers.frequency.contexts import kwic
    >>> html = kwic_html(kwic("une paix dans la péninsule coréenne", "péninsule"))
    >>> html.count("<mark"), "péninsule" in html
    (1, True)
    """
    if not lines:
        return "<p><i>No occurrence.</i></p>"
    cell = "padding:1px 4px;white-space:nowrap;font-family:monospace" + (
        f";font-size:{display_mode.FONT_SCALE:.0%}" if projector() else "")
    rows = []
    for line in lines:
        left, right = line.left[-width:], line.right[:width]
        rows.append(
            f'<tr><td style="{cell};text-align:right">{escape(left)}</td>'
            f'<td style="{cell}"><mark style="background:#FCE3B0;color:#1B1B1B;font-weight:bold">'
            f"{escape(line.keyword)}</mark></td>"
            f'<td style="{cell};text-align:left">{escape(right)}</td></tr>'
        )
    return f'<table class="kwic" style="border-collapse:collapse">{"".join(rows)}</table>'
