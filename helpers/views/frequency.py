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
from ..translation import N_, ngettext
from ..translation import gettext as _
from .captions import (
    COUNT,
    bar_caption,
    dispersion_caption,
    heatmap_caption,
    word_cloud_caption,
)
from .figure import (  # noqa: F401 - the kit's figure base, imported from here by lessons
    BLUE,
    DPI,
    GREEN,
    GREY,
    ORANGE,
    VERMILLION,
    Figure,
    font,
    new_figure,
    projected,
    projecting,
    stroke,
)

__all__ = ["Figure", "bar_chart", "coverage_plot", "dispersion_plot", "heatmap", "kwic_html",
           "word_cloud", "zipf_plot"]


_WORD_CLOUD = N_("Word cloud")
_WHERE = N_("Where the words occur")
_PARAGRAPH, _WORD = N_("paragraph"), N_("word")


def _minus(text: str) -> str:
    """A typographic minus sign (−), as matplotlib writes on its axes."""
    return text.replace("-", "\u2212")


@projected
def bar_chart(
    pairs: Sequence[tuple[str, float]],
    *,
    title: str,
    xlabel: str = COUNT,
    ylabel: str = "",
    highlight: Iterable[str] = (),
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars, the first pair on top; bars in ``highlight`` in orange and bold.

    With ``ax``, draws into that Axes (cleared first) and returns its figure.
    """
    row, most = 0.22, display_mode.MAX_BARS  # inches per bar; for a projector, room for its text
    title, xlabel, ylabel = _(title), _(xlabel), _(ylabel)
    if projecting():
        if len(pairs) > most:
            title = _("{title} (first {most} of {total})").format(title=title, most=most,
                                                                   total=len(pairs))
        pairs, row = pairs[:most], row * font(1) / display_mode.SIZE_SCALE
    if ax is None:
        _fig, ax = new_figure(6, max(2.0, 0.5 + row * len(pairs)))
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
        ax.text(0.5, 0.5, _("nothing to show"), ha="center", va="center", transform=ax.transAxes)
    ax.figure.caption = bar_caption(pairs, title, xlabel)
    return ax.figure


@projected
def zipf_plot(counts: Mapping[str, int], fit: ZipfFit | None = None, *, title: str = "") -> Figure:
    """Frequency against rank on log–log axes, with the fitted line and Zipf's slope −1."""
    fit = fit or zipf_fit(counts)
    freqs = sorted(counts.values(), reverse=True)  # counts only: no word to sort
    ranks = range(1, len(freqs) + 1)
    fig, ax = new_figure(6, 4)
    ax.loglog(ranks, freqs, "o", color=BLUE, markersize=stroke(4), alpha=0.7,
              label=_("words"))
    ends = [1, len(freqs)]
    slope = _minus(f"{fit.slope:.2f}")
    ax.loglog(ends, [fit.predict(r) for r in ends], color=VERMILLION, linewidth=stroke(2),
              label=_("fitted line: slope {slope}").format(slope=slope))
    zipf_ends = [1, min(freqs[0], len(freqs))]  # down to a count of 1
    ax.loglog(zipf_ends, [freqs[0] / r for r in zipf_ends], "--", color=GREY,
              label=_("Zipf's law: slope −1"))
    r2 = f"{fit.r2:.2f}"
    ax.set(title=_(title) or _("Zipf plot: fitted slope {slope} (R² {r2})").format(
        slope=slope, r2=r2), xlabel=_("rank (1 = most frequent)"), ylabel=_("frequency (count)"))
    ax.legend(fontsize=font(9))
    # Plain numbers on the log axes: matplotlib's default writes them as math text
    # (10^1), which the kit's Figure draws literally (user text must never be math).
    plain = FuncFormatter(lambda value, _: f"{value:g}")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(plain)
        axis.set_minor_formatter(NullFormatter())
    fig.caption = _("Zipf plot of {n} word types, frequency against rank on log–log axes: the "
                    "fitted slope is {slope} (R² {r2}), against −1 for Zipf's law.").format(
        n=len(freqs), slope=slope, r2=r2)
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
    # Translators: {percent} is a number and its sign, "50 %" (a msgid with "% o" would be
    # taken for a printf format)
    percent = _("{value} %").format(value=f"{100 * share:.0f}")
    ax.annotate(ngettext("{needed} of {total} types cover {percent} of the tokens",
                         "{needed} of {total} types cover {percent} of the tokens",
                         needed).format(needed=needed, total=len(shares), percent=percent),
                (needed, 100 * share), xytext=(10, -25), textcoords="offset points",
                fontsize=font(9))
    ax.set(title=_(title) or _("Cumulative coverage"),
           xlabel=_("number of types (most frequent first)"),
           ylabel=_("{sign} of tokens covered").format(sign="%"), ylim=(0, 101))
    fig.caption = _("Cumulative coverage curve: the {needed} most frequent of the {total} types "
                    "cover {percent} of the tokens.").format(needed=needed, total=len(shares),
                                                               percent=percent)
    return fig


@projected
def word_cloud(
    counts: Mapping[str, int], *, title: str = _WORD_CLOUD, max_words: int = 80,
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
    title = _(title)
    ax.set(title=title, xlabel=_("word size ∝ count"), ylabel=_("position: random (seeded)"),
           xticks=[], yticks=[])
    fig.caption = word_cloud_caption(positive, title)
    return fig


@projected
def dispersion_plot(
    positions: Mapping[str, Sequence[int]],
    n_tokens: int,
    *,
    boundaries: Sequence[int] = (),
    title: str = _WHERE,
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
    ax.set_title(_(title), pad=14)
    ax.set(xlabel=_("position in the text (token number)"), ylabel=_(_WORD))
    fig.caption = dispersion_caption(positions, n_tokens, len(boundaries))
    return fig


@projected
def heatmap(
    rows: Sequence[Mapping[str, float]],
    terms: Sequence[str],
    *,
    title: str,
    value_label: str = COUNT,
    row_label: str = _PARAGRAPH,
    term_label: str = _WORD,
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
    title = _(title)
    ax.set(title=title, xlabel=_(term_label), ylabel=_(row_label))
    fig.colorbar(image, ax=ax, label=_(value_label), shrink=0.9)
    fig.caption = heatmap_caption(values, terms, title, row_label, term_label)
    return fig


def kwic_html(lines: Sequence, width: int = 45) -> str:
    """KWIC lines (:class:`helpers.frequency.contexts.KwicLine`) as an HTML table, keywords marked.

    >>> from helpers.frequency.contexts import kwic
    >>> html = kwic_html(kwic("une paix dans la péninsule coréenne", "péninsule"))
    >>> html.count("<mark"), "péninsule" in html
    (1, True)
    """
    if not lines:
        return "<p><i>{}</i></p>".format(escape(_("No occurrence.")))
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
