"""Step 2: the names the gazetteer knows get their type, canonical name and country.

A known name inside a longer run splits it (*la Russie de Vladimir Poutine*),
unless the run is one name (*Maurice Papon*, *Banque de France*); nationality
nouns (*le Colombien*) are not names and are removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from ...text.checks import check_text
from ...text.tokens import token_spans
from ..gazetteer import Entry, depends_on_gazetteer, folded, load_gazetteer
from .analysis import Doc, analyse, is_name_token, mention_of, norm, span
from .mention import Mention, mention_order
from .runs import runs_in
from .words import HEADS

__all__ = ["apply_gazetteer", "gazetteer_step", "is_demonym"]

Match = tuple[int, int, Entry]  # a known name: its first token, one past its last, its entry


def apply_gazetteer(text: str, mentions: Sequence[Mention] | None = None) -> list[Mention]:
    """Step 2: look the names up in the gazetteer.

    Known names get their label, canonical name and country. A known name
    inside a longer run splits it at a particle (*la Russie de Vladimir
    Poutine*), unless the run is one name (*Maurice Papon*, *Banque de
    France*). Nationality nouns (*le Colombien*, *les Russes*) are not names
    and are removed. Unknown runs pass through untyped.

    >>> [(m.text, m.label, m.entity) for m in apply_gazetteer("M. Poutine et les Nord-Coréens.")]
    [('Poutine', 'PER', 'Vladimir Poutine')]
    """
    doc = analyse(check_text(text, "apply_gazetteer"))
    runs = runs_in(doc) if mentions is None else list(mentions)
    return gazetteer_step(doc, runs)


def gazetteer_step(doc: Doc, runs: list[Mention], names: bool = True) -> list[Mention]:
    """Step 2 on analysed text; with ``names=False``, only nationality nouns are removed.

    >>> doc = analyse("Depuis Moscou, Poutine parle.")
    >>> [(m.text, m.label) for m in gazetteer_step(doc, runs_in(doc))]
    [('Depuis', None), ('Moscou', 'LOC'), ('Poutine', 'PER')]
    """
    matches = _matches(doc) if names else []
    known: dict[int, tuple[int, Entry]] = {i: (j, e) for i, j, e in matches}
    match_at = {k: (i, j, e) for i, j, e in matches for k in range(i, j)}
    out: list[Mention] = []
    kept_whole: set[int] = set()
    for run in runs:
        if run.label is not None:  # already typed (by a caller): keep as it is
            out.append(run)
            continue
        i, j = span(doc, run)
        inside = list(dict.fromkeys(match_at[k] for k in range(i, j) if k in match_at))
        if not inside and not any(is_demonym(doc, k) for k in range(i, j)):
            out.append(run)  # an unknown name, as found
        elif _is_whole(doc, i, j, inside, known):
            kept_whole.update(range(i, j))  # "Maurice Papon", "Tour de France"
            out.append(run)
        else:
            out.extend(_pieces(doc, i, j, match_at))
    for i, (j, entry) in known.items():
        if not kept_whole.intersection(range(i, j)):
            out.append(mention_of(doc, i, j, entry=entry, rule="gazetteer"))
    return sorted(set(out), key=mention_order)


def _is_whole(doc: Doc, i: int, j: int, inside: list[Match],
              known: dict[int, tuple[int, Entry]]) -> bool:
    """Is run i…j kept whole: one name with one known name strictly inside it?"""
    return len(inside) == 1 and i <= inside[0][0] and inside[0][1] <= j \
        and inside[0][:2] != (i, j) and _one_name(doc, i, j, inside, known)


def _pieces(doc: Doc, i: int, j: int, match_at: dict[int, Match]) -> list[Mention]:
    """Run i…j minus the known names and the nationality nouns: what is left stays a run."""
    out: list[Mention] = []
    piece: list[int] = []
    for k in range(i, j):
        if k in match_at or is_demonym(doc, k):
            out.extend(_trimmed(doc, piece))
            piece = []
        else:
            piece.append(k)
    out.extend(_trimmed(doc, piece))
    return out


def _matches(doc: Doc) -> list[Match]:
    """All known names in the text, longest first, left to right (token indices)."""
    index = _alias_index()
    found = []
    n = len(doc.tokens)
    i = 0
    while i < n:
        caps = doc.caps[i]
        first = folded(doc.norm[i]) if caps else doc.norm[i]
        for alias, gaps, entry_key in index.get((caps, first), ()):
            match = _match_at(doc, i, alias, gaps, entry_key)
            if match is not None:
                found.append(match)
                i = match[1] - 1
                break
        i += 1
    return found


def _match_at(doc: Doc, i: int, alias: tuple[str, ...], gaps: tuple[bool, ...],
              entry_key: str) -> Match | None:
    """The known name ``alias`` at token i, if the tokens and the spaces between them match."""
    caps = doc.caps[i]
    j = i + len(alias)
    if j > len(doc.tokens):
        return None
    words = tuple(folded(w) for w in doc.norm[i:j]) if caps else doc.norm[i:j]
    if words != alias:
        return None
    if any((doc.gap(k) == "") != (not gap) or "\n" in doc.gap(k)
           for k, gap in zip(range(i + 1, j), gaps, strict=True)):
        return None
    gaz = load_gazetteer()
    return (i, j, gaz.by_alias[entry_key] if not caps else gaz.by_folded[entry_key])


@depends_on_gazetteer
@cache
def _alias_index() -> dict[tuple[bool, str], list[tuple[tuple[str, ...], tuple[bool, ...], str]]]:
    """First token → aliases starting with it (tokens, spaces between them, key), longest first.

    Two indexes in one: exact aliases (False, first token) and folded ones for
    ALL-CAPS lines (True, folded first token).
    """
    gaz = load_gazetteer()
    index: dict[tuple[bool, str], list] = {}
    for caps, aliases in ((False, gaz.by_alias), (True, gaz.by_folded)):
        for alias_key in aliases:
            spans = token_spans(alias_key)
            words = tuple(norm(t.text) for t in spans)
            gaps = tuple(bool(alias_key[a.end : b.start]) for a, b in pairwise(spans))
            index.setdefault((caps, words[0]), []).append((words, gaps, alias_key))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[2]))
    return index


def _one_name(doc: Doc, i: int, j: int, inside: list[Match],
              known: dict[int, tuple[int, Entry]]) -> bool:
    """Is run i…j one name that merely contains a known name?

    Yes when the run starts with a head word (Banque de France, Tour de France)
    or with one unknown word before a particle (Lumière du Sahel; but la Russie
    de Poutine is two names), or when the known name touches another capitalised
    word with no particle between (Maurice Papon, Washington Post).
    """
    a, b, _ = inside[0]
    if doc.norm[i] in HEADS and a > i:
        return True
    if a > i + 1 and is_name_token(doc, i) and not is_name_token(doc, i + 1) \
            and i not in known:
        return True
    before = a > i and is_name_token(doc, a - 1)
    after = b < j and is_name_token(doc, b)
    return before or after


def is_demonym(doc: Doc, k: int) -> bool:
    """Is token k a capitalised nationality noun (*Colombien*, *Nord-Coréens*)?

    >>> doc = analyse("Le Colombien et les Russes.")
    >>> is_demonym(doc, 1), is_demonym(doc, 4), is_demonym(doc, 0)
    (True, True, False)
    """
    word = doc.norm[k]
    return word[:1].isupper() and word.lower() in load_gazetteer().demonyms


def _trimmed(doc: Doc, piece: list[int]) -> list[Mention]:
    """A leftover piece of a run, without particles at its edges (or nothing)."""
    while piece and not is_name_token(doc, piece[0]):
        piece = piece[1:]
    while piece and not is_name_token(doc, piece[-1]):
        piece = piece[:-1]
    if not piece:
        return []
    return [mention_of(doc, piece[0], piece[-1] + 1)]
