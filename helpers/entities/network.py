"""Co-occurrence network: entities linked when they appear in the same window.

A window is a sentence or a paragraph. Two entities co-occur once per window
that mentions both (however many times); an edge's weight is that number of
windows. Centrality says who is at the centre of the story: the *degree* (how
many others an entity co-occurs with, as a share of all the others) and the
*weighted degree* (the sum of its edges' weights). Plain Python, no networkx.

>>> from helpers import load_article
>>> net = cooccurrence(load_article(), window="sentence")
>>> net.edges[("Kim Jong-un", "Xi Jinping")], net.edges[("Moscou", "Pyongyang")]
(1, 2)
>>> ("Moscou", "Russie") in net.edges, ("Moscou", "Russie") in cooccurrence(
...     load_article(), window="paragraph").edges
(False, True)
>>> centrality(net)[:2]
[('Kim Jong-un', 0.688, 11), ('Pyongyang', 0.5, 9)]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ..text.collation import french_key, sorted_fr
from ..text.sentence_split import sentence_spans
from ..translation import gettext as _
from .entity_links import link_mentions
from .extraction import Mention, extract_entities
from .paragraphs import paragraph_spans

__all__ = ["WINDOWS", "Network", "centrality", "cooccurrence", "most_mentioned", "network_of",
           "subnetwork", "windows"]

WINDOWS = ("sentence", "paragraph")


@dataclass(frozen=True)
class Network:
    """Nodes (entity → mentions), their types, and edges (pair → windows shared).

    Each pair, and the edges, are in French alphabetical order (Pékin before Pyongyang).
    """

    nodes: dict[str, int]
    types: dict[str, str]
    edges: dict[tuple[str, str], int]
    window: str

    def neighbours(self, entity: str) -> list[str]:
        """The entities that share a window with ``entity``, in French alphabetical order."""
        return sorted_fr({b if a == entity else a for a, b in self.edges if entity in (a, b)})


def windows(text: str, window: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the sentences or the paragraphs of ``text``.

    >>> windows("Il pleut. Il vente.\\n\\nFin.", "sentence")
    [(0, 9), (10, 19), (21, 25)]
    >>> windows("Il pleut. Il vente.\\n\\nFin.", "paragraph")
    [(0, 19), (21, 25)]
    """
    if window not in WINDOWS:
        raise ValueError(_("window must be one of {windows}, got {window!r}")
                         .format(windows=WINDOWS, window=window))
    return sentence_spans(text) if window == "sentence" else paragraph_spans(text)


def cooccurrence(doc: Any, mentions: Iterable[Mention] | None = None, *,
                 window: str = "sentence") -> Network:
    """The co-occurrence network of the linked entities of a text.

    >>> net = cooccurrence("Poutine a vu Kim Jong-un. Puis Poutine est parti à Pékin.")
    >>> net.nodes
    {'Vladimir Poutine': 2, 'Kim Jong-un': 1, 'Pékin': 1}
    >>> net.edges
    {('Kim Jong-un', 'Vladimir Poutine'): 1, ('Pékin', 'Vladimir Poutine'): 1}
    """
    text = getattr(doc, "text", doc)
    if not isinstance(text, str):
        raise TypeError(_("cooccurrence() needs a text (str or Document), got {type}")
                        .format(type=type(doc).__name__))
    linked = link_mentions(extract_entities(text) if mentions is None else mentions)
    return network_of(linked, windows(text, window), window)


def network_of(linked: Sequence[Mention], spans: Sequence[tuple[int, int]],
               window: str) -> Network:
    """The network of ``linked`` mentions over the window ``spans`` (in one sweep), for a
    caller that has them already (:func:`helpers.reporting.report`).

    >>> from helpers.entities.linking import link_mentions
    >>> text = "Poutine a vu Kim Jong-un. Puis Poutine est parti à Pékin."
    >>> net = network_of(link_mentions(extract_entities(text)), windows(text, "sentence"),
    ...                  "sentence")
    >>> net == cooccurrence(text)
    True
    """
    nodes: Counter[str] = Counter()
    types: dict[str, str] = {}
    for m in linked:
        name = m.entity or m.text
        nodes[name] += 1
        types.setdefault(name, m.label or "MISC")
    # mentions sorted by start: each window takes its mentions by bisection, so the
    # work grows with mentions + windows, not with their product
    ordered = sorted(linked, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    edges: Counter[tuple[str, str]] = Counter()
    for start, end in spans:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if hi - lo < 2:
            continue
        inside = sorted_fr({m.entity or m.text for m in ordered[lo:hi]})
        edges.update(combinations(inside, 2))
    pairs = sorted(edges, key=lambda pair: (french_key(pair[0]), french_key(pair[1])))
    return Network(dict(nodes), types, {pair: edges[pair] for pair in pairs}, window)


def centrality(net: Network) -> list[tuple[str, float, int]]:
    """``(entity, degree centrality, weighted degree)``, most central first (ties by name,
    in French order).

    >>> centrality(cooccurrence("Poutine a vu Kim Jong-un. Poutine est parti à Pékin."))
    [('Vladimir Poutine', 1.0, 2), ('Kim Jong-un', 0.5, 1), ('Pékin', 0.5, 1)]
    """
    n = len(net.nodes)
    degree: Counter[str] = Counter()
    weighted: Counter[str] = Counter()
    for (a, b), w in net.edges.items():
        degree[a] += 1
        degree[b] += 1
        weighted[a] += w
        weighted[b] += w
    rows = [(e, round(degree[e] / (n - 1), 3) if n > 1 else 0.0, weighted[e]) for e in net.nodes]
    return sorted(rows, key=lambda r: (-r[1], -r[2], french_key(r[0])))


def most_mentioned(net: Network, n: int) -> list[str]:
    """The ``n`` most mentioned entities of a network (ties by name, in French order).

    >>> most_mentioned(cooccurrence("Poutine a vu Kim Jong-un. Puis Poutine est parti."), 1)
    ['Vladimir Poutine']
    """
    return sorted(net.nodes, key=lambda e: (-net.nodes[e], french_key(e)))[:n]


def subnetwork(net: Network, entities: Iterable[str]) -> Network:
    """The network restricted to some entities: their nodes and the edges between them.

    >>> net = cooccurrence("Poutine a vu Kim Jong-un. Puis Poutine est parti à Pékin.")
    >>> subnetwork(net, ["Vladimir Poutine", "Pékin"]).edges
    {('Pékin', 'Vladimir Poutine'): 1}
    """
    keep = set(entities)
    return Network({e: c for e, c in net.nodes.items() if e in keep},
                   {e: t for e, t in net.types.items() if e in keep},
                   {p: w for p, w in net.edges.items() if p[0] in keep and p[1] in keep},
                   net.window)
