"""Paragraphs as spans of a text: where each one starts and ends, and which holds an offset.

>>> spans = paragraph_spans("Un.\\n\\nDeux.")
>>> spans, paragraph_of(6, spans)
([(0, 3), (5, 10)], 2)
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["paragraph_of", "paragraph_spans"]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (split on blank lines) in ``text``.

    >>> paragraph_spans("Un.\\n\\nDeux.")
    [(0, 3), (5, 10)]
    """
    from ..text.corpus import split_paragraphs

    spans, at = [], 0
    for paragraph in split_paragraphs(text):
        start = text.index(paragraph, at)
        spans.append((start, start + len(paragraph)))
        at = start + len(paragraph)
    return spans


def paragraph_of(offset: int, spans: Sequence[tuple[int, int]]) -> int:
    """The paragraph number (1-based) that contains ``offset``; 0 if none does.

    >>> paragraph_of(0, [(0, 3), (5, 10)]), paragraph_of(4, [(0, 3), (5, 10)])
    (1, 0)
    """
    for number, (start, end) in enumerate(spans, 1):
        if start <= offset < end:
            return number
    return 0
