"""Score a tokenizer or a sentence splitter against gold spans.

Spans are ``(start, end)`` character offsets, so two tokenizers agree on a
token only if they cut it at exactly the same places. Pure Python, no heavy
imports.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldSentence", "Score", "prf", "read_conllu", "spans_of"]


@dataclass(frozen=True)
class Score:
    """Counts and ratios of one comparison with a gold standard.

    Zero denominators: when gold and predicted are both empty, precision,
    recall and F1 are 1.0 (nothing to find, nothing found); otherwise a ratio
    with a zero denominator is 0.0 (e.g. the precision of an empty prediction).
    """

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    def __str__(self) -> str:
        return (
            f"P {100 * self.precision:.2f}  R {100 * self.recall:.2f}  "
            f"F1 {100 * self.f1:.2f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


def _ratio(num: int, den: int, *, empty: float) -> float:
    return num / den if den else empty


def prf(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Score:
    """Precision, recall and F1 of ``predicted`` against ``gold``.

    Both are treated as multisets, so a repeated span counts each time.

    >>> s = prf([(0, 2), (3, 8)], [(0, 2), (2, 8)])
    >>> (s.tp, s.fp, s.fn, s.f1)
    (1, 1, 1, 0.5)
    >>> prf([], []).f1
    1.0
    """
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    nothing = not g and not p
    precision = _ratio(tp, tp + fp, empty=1.0 if nothing else 0.0)
    recall = _ratio(tp, tp + fn, empty=1.0 if nothing else 0.0)
    f1 = _ratio(2 * precision * recall, precision + recall, empty=0.0)
    return Score(tp, fp, fn, precision, recall, f1)


# How some tokenizers rewrite a token: NLTK turns " into `` or '' (and
# sometimes « » too); try the original characters in this order.
_REWRITES = {
    "``": ('"', "«", "“", "``"),
    "''": ('"', "»", "”", "''"),
    "`": ("'", "‘", "`"),
    "-LRB-": ("(",),
    "-RRB-": (")",),
}


# A token is looked for at most this far past the next non-space character, so
# one lost token costs little time and never misaligns all the tokens after it.
_MAX_SKIP = 200
_NON_SPACE = re.compile(r"\S")


def spans_of(
    text: str, tokens: Iterable[str], *, skipped: list[str] | None = None
) -> list[tuple[int, int]]:
    """Align ``tokens`` to ``text`` and return their ``(start, end)`` spans.

    Each token is searched forward from the end of the previous one. A token
    that cannot be found (the tokenizer changed it) is skipped; pass a list as
    ``skipped`` to collect them. Never raises on odd tokens.

    >>> spans_of('Il a dit "oui".', ['Il', 'a', 'dit', '``', 'oui', "''", '.'])
    [(0, 2), (3, 4), (5, 8), (9, 10), (10, 13), (13, 14), (14, 15)]
    >>> lost = []
    >>> spans_of("a b", ["a", "X", "b"], skipped=lost), lost
    ([(0, 1), (2, 3)], ['X'])
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        best, found = -1, ""
        if isinstance(tok, str) and tok:
            m = _NON_SPACE.search(text, pos)
            limit = (m.start() if m else len(text)) + _MAX_SKIP
            for form in _REWRITES.get(tok, (tok,)):
                i = text.find(form, pos, limit + len(form))
                if i >= 0 and (best < 0 or i < best):
                    best, found = i, form
        if best < 0:
            if skipped is not None:
                skipped.append(tok)
            continue
        spans.append((best, best + len(found)))
        pos = best + len(found)
    return spans


GoldSentence = tuple[str, list[tuple[int, int]]]  # a sentence's text, its gold token spans


def read_conllu(path: str | Path, *, skipped: list[str] | None = None) -> list[GoldSentence]:
    """Read a CoNLL-U file: each sentence's ``# text`` and the spans of its surface tokens.

    A multiword line such as ``1-2 du`` is the surface token ``du`` (its parts
    ``de`` ``le`` are not); ``SpaceAfter=No`` says no space follows a token.
    Forms not found in the text are left out (pass a list as ``skipped``).

    >>> import tempfile
    >>> lines = ["# text = Du thé.", "1-2\\tDu\\t_", "1\\tde\\t_", "2\\tle\\t_",
    ...          "3\\tthé\\tSpaceAfter=No", "4\\t.\\t_"]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "mini.conllu"
    ...     _ = path.write_text("\\n".join(lines), encoding="utf-8")
    ...     read_conllu(path)
    [('Du thé.', [(0, 2), (3, 6), (6, 7)])]
    """
    out: list[GoldSentence] = []
    text: str | None = None
    forms: list[tuple[str, bool]] = []
    skip_to = 0
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text, forms, skip_to = line[len("# text = ") :], [], 0
        elif line and not line.startswith("#"):
            ident, form, *_, misc = line.split("\t")
            if "." in ident:  # an empty node, not in the text
                continue
            if "-" in ident:  # a multiword token: this line has the surface form
                skip_to = int(ident.split("-")[1])
            elif int(ident) <= skip_to:
                continue
            forms.append((form, "SpaceAfter=No" in misc))
        elif not line and text is not None:
            out.append((text, _place(text, forms, skipped)))
            text = None
    return out


def _place(
    text: str, forms: list[tuple[str, bool]], skipped: list[str] | None
) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for form, no_space_after in forms:
        if not text.startswith(form, pos):  # an extra space, or a form unlike the text
            found = text.find(form, pos)
            if found < 0:
                if skipped is not None:
                    skipped.append(form)
                continue
            pos = found
        spans.append((pos, pos + len(form)))
        pos += len(form)
        if not no_space_after:
            while pos < len(text) and text[pos].isspace():
                pos += 1
    return spans
