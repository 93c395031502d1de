"""The co-occurrence network as a figure: nodes by type and mentions, names beside them.

Names are placed beside their nodes, never on a node nor on another name
(:func:`helpers.views.labels.place_labels`); the legend goes to a corner with no node
and no edge, or below the network.

>>> from helpers import load_article
>>> from helpers.entities.network import cooccurrence
>>> fig = network_plot(cooccurrence(load_article()))
>>> fig.axes[0].get_title()
'Who appears with whom (same sentence)'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..entities.network import Network
from ..text.collation import french_key
from ..translation import gettext as _
from ..translation import ngettext
from .entities import TYPE_COLOURS, TYPE_NAMES
from .figure import GREY, Figure, font, leaders, new_figure, projected, quoted, stroke
from .labels import Spot, place_labels, renderer_of, settle_legend

__all__ = ["network_layout", "network_plot"]

LABEL_SIZE = 9  # points: a name beside its node


def _windows(n: int, window: str) -> str:
    """``n`` windows in words: "1 sentence", "3 paragraphs"."""
    if window == "sentence":
        return ngettext("{n} sentence", "{n} sentences", n).format(n=n)
    if window == "paragraph":
        return ngettext("{n} paragraph", "{n} paragraphs", n).format(n=n)
    return f"{n} {window}{'s' * (n != 1)}"


def network_layout(net: Network, seed: int = 4) -> dict[str, tuple[float, float]]:
    """Node positions (a seeded spring layout), so the same net is drawn the same way."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(net.nodes))
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in net.edges.items())
    pos = nx.spring_layout(graph, seed=seed, k=1.1)
    return {node: (round(float(x), 4), round(float(y), 4)) for node, (x, y) in pos.items()}


def _node_size(mentions: int) -> float:
    return 70 + 70 * mentions  # points², as matplotlib's scatter takes it


def _network_legend(ax: Axes, net: Network, nodes: list[str]) -> Any:
    """The legend of a network: the types shown, and edge widths (1 and the widest)."""
    types = sorted({net.types[n] for n in nodes}, key=list(TYPE_COLOURS).index)
    handles = [Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[t],
                      label=_(TYPE_NAMES[t])) for t in types]
    handles.append(Line2D([], [], color=GREY, linewidth=stroke(1.2),
                          label=_("shared {windows}").format(windows=_windows(1, net.window))))
    most = max(net.edges.values(), default=1)  # the widest edge drawn, if wider than 1
    if most > 1:
        handles.append(Line2D([], [], color=GREY, linewidth=stroke(1.2 * most),
                              label=_("shared {windows}").format(
                                  windows=_windows(most, net.window))))
    return ax.legend(handles=handles, loc="lower left", fontsize=font(8.5), framealpha=0.9,
                     title=_("node size: mentions"), title_fontsize=font(8.5))


@projected
def network_plot(net: Network, *, ax: Axes | None = None,
                 pos: Mapping[str, tuple[float, float]] | None = None,
                 title: str = "") -> Figure:
    """Nodes coloured by type and sized by mentions; edges as wide as their count;
    each name beside its node."""
    import networkx as nx

    if ax is None:
        _fig, ax = new_figure(7, 5.2)
    ax.clear()
    pos = dict(pos or network_layout(net))
    graph = nx.Graph()
    nodes = sorted(net.nodes)
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in net.edges.items())
    edges = list(net.edges)
    drawn = nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, edge_color=GREY,
                                   alpha=0.6, width=[stroke(1.2 * net.edges[e]) for e in edges])
    nx.draw_networkx_nodes(graph, pos, nodelist=nodes, ax=ax,
                           node_color=[TYPE_COLOURS.get(net.types[n], GREY) for n in nodes],
                           node_size=[_node_size(net.nodes[n]) for n in nodes],
                           edgecolors="white")
    if nodes:  # room around the outer nodes for their names
        xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
        dx, dy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        ax.set_xlim(min(xs) - 0.08 * dx, max(xs) + 0.08 * dx)
        ax.set_ylim(min(ys) - 0.08 * dy, max(ys) + 0.08 * dy)
    legend = _network_legend(ax, net, nodes)
    ax.set_title(_(title) if title else _title(net.window))
    ax.set_axis_off()
    if not nodes:
        ax.text(0.5, 0.5, _("no entity to show"), ha="center", va="center", transform=ax.transAxes)
    else:
        lines = [drawn] if drawn is not None and not isinstance(drawn, list) else []
        settle_legend(ax, lines=lines)
        order = sorted(nodes, key=lambda n: (-net.nodes[n], french_key(n)))
        spots = [Spot(n, *pos[n], radius=math.sqrt(_node_size(net.nodes[n])) / 2 + 0.5,
                      fontsize=font(LABEL_SIZE)) for n in order]
        renderer = renderer_of(ax.figure)
        place_labels(ax, spots, lines=lines, avoid=[legend.get_window_extent(renderer)])
    ax.figure.caption = _network_caption(net)
    return ax.figure


def _title(window: str) -> str:
    if window == "sentence":
        return _("Who appears with whom (same sentence)")
    if window == "paragraph":
        return _("Who appears with whom (same paragraph)")
    return f"Who appears with whom (same {window})"


def _network_caption(net: Network) -> str:
    n, links = len(net.nodes), len(net.edges)
    entities = ngettext("{n} entity", "{n} entities", n).format(n=n)
    linked = ngettext("{n} link", "{n} links", links).format(n=links)
    if net.window == "sentence":
        head = _("Network of {entities} with {links} (two entities are linked when they share a "
                 "sentence)")
    elif net.window == "paragraph":
        head = _("Network of {entities} with {links} (two entities are linked when they share a "
                 "paragraph)")
    else:
        head = f"Network of {{entities}} with {{links}} (two entities are linked when they " \
            f"share a {net.window})"
    head = head.format(entities=entities, links=linked)
    if not links:
        return head + "."
    pairs = sorted(net.edges.items(), key=lambda kv: (-kv[1], french_key(kv[0][0]),
                                                      french_key(kv[0][1])))
    best, top = leaders((f"{a} – {b}", w) for (a, b), w in pairs)
    if len(best) == 1:
        text = _("{head}: the strongest link, {pairs}, is shared by {shared}.")
    else:
        text = _("{head}: the strongest links, {pairs}, are shared by {shared} each.")
    return text.format(head=head, pairs=quoted(best), shared=_windows(top, net.window))
