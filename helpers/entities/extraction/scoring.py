"""Scoring mentions against gold ones: :func:`score`, :func:`scores_by_label`, :func:`compare`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...evaluation import Score, prf
from .mention import LABELS, Mention, mention_order

__all__ = ["Difference", "compare", "score", "scores_by_label"]


def _as_key(m: Mention, typed: bool) -> tuple:
    return (m.start, m.end, m.label) if typed else (m.start, m.end)


def score(gold: Iterable[Mention], predicted: Iterable[Mention], *, typed: bool = True,
          labels: Iterable[str] | None = None) -> Score:
    """Precision, recall and F1 of ``predicted`` mentions against ``gold``.

    A mention is right when its span is exactly a gold span and (``typed``,
    the default) its label is the gold label. ``labels`` keeps only those labels
    on both sides. Untyped candidates count as wrong when ``typed``.

    >>> from helpers import load_article
    >>> from helpers.entities import find_runs, load_gold_entities
    >>> gold = load_gold_entities()
    >>> score(gold, find_runs(load_article().text), typed=False).recall
    1.0
    """
    keep = None if labels is None else set(labels)
    g = [_as_key(m, typed) for m in gold if keep is None or m.label in keep]
    p = [_as_key(m, typed) for m in predicted if keep is None or m.label in keep]
    return prf(g, p)


def scores_by_label(gold: Sequence[Mention], predicted: Sequence[Mention],
                    labels: Iterable[str] = LABELS) -> dict[str, Score]:
    """One :class:`Score` per label, then ``"all"`` (span + type) over every label.

    >>> from helpers import load_article
    >>> from helpers.entities import extract_entities, load_gold_entities
    >>> scores = scores_by_label(load_gold_entities(), extract_entities(load_article().text))
    >>> [(label, s.tp, s.fp, s.fn) for label, s in scores.items()]
    [('PER', 11, 0, 0), ('LOC', 19, 0, 0), ('ORG', 0, 0, 0), ('MISC', 1, 0, 0), ('all', 31, 0, 0)]
    """
    out = {label: score(gold, predicted, labels=[label]) for label in labels}
    out["all"] = score(gold, predicted)
    return out


@dataclass(frozen=True, slots=True)
class Difference:
    """One row of an error table: ``kind`` and the gold and predicted mentions involved.

    Kinds: "false negative" (a gold mention nothing overlaps), "false positive"
    (a prediction that overlaps no gold mention), "wrong type" (same span,
    other label), "wrong span" (overlapping spans).
    """

    kind: str
    gold: Mention | None
    predicted: Mention | None

    @property
    def start(self) -> int:
        """Where the row's first mention starts (rows are sorted by it)."""
        return min(m.start for m in (self.gold, self.predicted) if m is not None)


def compare(gold: Sequence[Mention], predicted: Sequence[Mention], *,
            typed: bool = True) -> list[Difference]:
    """The errors of ``predicted`` against ``gold``, in text order (exact matches left out).

    With ``typed=False`` labels are ignored: only spans are compared (for the
    untyped runs of step 1).

    >>> from helpers import load_article
    >>> from helpers.entities import find_runs, load_gold_entities
    >>> runs = find_runs(load_article().text)
    >>> [(d.kind, d.predicted.text) for d in compare(load_gold_entities(), runs, typed=False)][:2]
    [('false positive', 'Les'), ('false positive', 'Cette')]
    """
    exact = Counter(_as_key(m, typed) for m in gold) & Counter(
        _as_key(m, typed) for m in predicted)
    left_pred = _unmatched(predicted, exact, typed)
    rows = [_row(g, left_pred) for g in _unmatched(gold, exact, typed)]
    rows.extend(Difference("false positive", None, p) for p in left_pred)
    return sorted(rows, key=lambda d: (d.start, d.kind))


def _row(g: Mention, left_pred: list[Mention]) -> Difference:
    """The error row of an unmatched gold mention; the prediction it pairs with leaves
    ``left_pred``."""
    same = next((p for p in left_pred if (p.start, p.end) == (g.start, g.end)), None)
    kind = "wrong type"
    if same is None:
        same = next((p for p in left_pred if p.start < g.end and g.start < p.end), None)
        kind = "wrong span"
    if same is None:
        return Difference("false negative", g, None)
    left_pred.remove(same)
    return Difference(kind, g, same)


def _unmatched(mentions: Sequence[Mention], exact: Counter, typed: bool) -> list[Mention]:
    budget = Counter(exact)
    left = []
    for m in sorted(mentions, key=mention_order):
        if budget[_as_key(m, typed)]:
            budget[_as_key(m, typed)] -= 1
        else:
            left.append(m)
    return left
