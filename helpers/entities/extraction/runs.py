"""Step 1: capitalised runs, the candidate names (untyped).

Particles (*du*, *de la*, *von der*, *al-* …) join capitalised words; an elided
article stays out (*l’Élysée* → *Élysée*); a head word takes the lower-case words
that continue it (*Fédération européenne des éleveurs*).
"""

from __future__ import annotations

from ...text.checks import check_text
from .analysis import Doc, analyse, is_name_token, mention_of
from .mention import Mention
from .words import ADJECTIVE, COMPLEMENT, HEADS, PARTICLES, STOPWORDS

__all__ = ["find_runs", "runs_in"]


def find_runs(text: str) -> list[Mention]:
    """Step 1: capitalised runs, the candidate names (untyped: ``label`` is None).

    Particles join capitalised words; an elided article stays out; a
    sentence-initial ordinary word (*La*, *Depuis*) is a run of its own, so
    that it cannot swallow the name after it.

    >>> [m.text for m in find_runs("La Russie et la Corée du Nord, alliées de l’Élysée.")]
    ['La', 'Russie', 'Corée du Nord', 'Élysée']
    >>> [m.text for m in find_runs("Ursula von der Leyen a vu M. Poutine et Kim Jong-un.")]
    ['Ursula von der Leyen', 'Poutine', 'Kim Jong-un']
    """
    return runs_in(analyse(check_text(text, "find_runs")))


def runs_in(doc: Doc) -> list[Mention]:
    """Step 1 on an analysed text.

    >>> [m.text for m in runs_in(analyse("Depuis Moscou, Poutine parle."))]
    ['Depuis', 'Moscou', 'Poutine']
    """
    runs: list[Mention] = []
    n = len(doc.tokens)
    i = 0
    while i < n:
        if not is_name_token(doc, i):
            i += 1
            continue
        if doc.initial[i] and doc.norm[i].lower() in STOPWORDS:
            runs.append(mention_of(doc, i, i + 1))
            i += 1
            continue
        j = _run_end(doc, i)
        if j == i + 1 and doc.norm[i] in HEADS:
            j = _head_extension(doc, j)
        runs.append(mention_of(doc, i, j))
        i = j
    return runs


def _run_end(doc: Doc, i: int) -> int:
    """Where the run of name tokens and particles that starts at token i ends (an index)."""
    j = i + 1
    while j < len(doc.tokens):
        if is_name_token(doc, j) and doc.joined(j) and not doc.initial[j]:
            j += 1
            continue
        after = _particle_after(doc, j) if doc.joined(j) else -1
        if after > 0:
            j = after + 1
            continue
        break
    return j


def _particle_after(doc: Doc, j: int) -> int:
    """If tokens j… are a particle followed by a name token, the index of that name token."""
    for particle in PARTICLES:
        end = j + len(particle)
        if end < len(doc.tokens) and doc.norm[j:end] == particle \
                and all(doc.joined(k) for k in range(j, end + 1)) \
                and is_name_token(doc, end):
            return end
    return -1


def _adjective(doc: Doc, k: int) -> bool:
    word = doc.norm[k]
    return doc.joined(k) and word.islower() and bool(ADJECTIVE.search(word))


def _head_extension(doc: Doc, j: int) -> int:
    """After a head word (Fédération …) at j-1, where its lower-case words end (an index)."""
    n = len(doc.tokens)
    k = j
    while k < n and k < j + 2 and _adjective(doc, k):
        k += 1
    # one de-complement: de sécurité, des éleveurs, de la santé, de l’énergie atomique
    if k < n and doc.joined(k) and doc.norm[k] in COMPLEMENT:
        m = k + 1
        if m < n and doc.norm[m] in ("la", "l’", "les") and doc.joined(m):
            m += 1
        if m < n and doc.joined(m) and doc.norm[m].isalpha() and doc.norm[m].islower() \
                and doc.norm[m] not in STOPWORDS:
            k = m + 1
            while k < n and k < m + 3 and _adjective(doc, k):
                k += 1
    return k
