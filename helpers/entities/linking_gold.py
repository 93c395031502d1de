"""The article's hand-checked links, and how many of them the kit's linking gets right.

>>> len(load_gold_links()) > 20, linking_accuracy()
(True, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable

from .entity_links import link_mentions
from .extraction import Mention

__all__ = ["linking_accuracy", "load_gold_links"]


def load_gold_links() -> dict[tuple[int, int], tuple[str, str | None]]:
    """The hand-checked links of the article's gold mentions: ``(start, end) → (entity, country)``.

    >>> load_gold_links()[(21, 37)]
    ('Vladimir Poutine', 'RU')
    """
    from ..text.corpus import SEEDS

    links: dict[tuple[int, int], tuple[str, str | None]] = {}
    lines = (SEEDS / "gold_links.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith(("#", "start\t")):
            continue
        start, end, _text, entity, country = line.split("\t")
        links[(int(start), int(end))] = (entity, country or None)
    return links


def linking_accuracy(mentions: Iterable[Mention] | None = None) -> float:
    """Share of the article's gold mentions linked to the right entity and country.

    >>> linking_accuracy()
    1.0
    """
    from .extraction import load_gold_entities

    gold = load_gold_links()
    found = mentions if mentions is not None else load_gold_entities()
    linked = {(m.start, m.end): (m.entity, m.country) for m in link_mentions(found)}
    return sum(linked.get(span) == want for span, want in gold.items()) / len(gold)
