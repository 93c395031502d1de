"""Step 3: type the unknown names from their context, then from their shape.

A cue just before a name (*le président*, *M.* → PER; *à*, *en*, *depuis* before a
one-word name → LOC; *l’agence*, *l’ONG* → ORG), the same name typed elsewhere,
then the name itself (two capitalised words → PER, an acronym → ORG, a head word).
The cue words are in ``data/entity_words.tsv`` (see :mod:`helpers.entities.extraction.words`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...text.checks import check_text
from ..gazetteer import key
from .analysis import Doc, analyse, is_acronym, is_name_token, name_tokens, norm, span
from .known_names import gazetteer_step, is_demonym
from .mention import Mention
from .runs import runs_in
from .words import COMPASS, HEADS, ORG_CUES, PERSON_CUES, PLACE_CUES, STOPWORDS, TITLES

__all__ = ["ADJ", "CONTEXT", "Cues", "apply_cues", "context_label", "cues_step",
           "is_portfolio", "same_names"]

#: Extra cues for step 3: ``(label, regex)`` pairs (see :func:`helpers.entities.run_steps`).
Cues = Sequence[tuple[str, "str | re.Pattern[str]"]]

_STOP_RE = "|".join(sorted((re.escape(w) for w in STOPWORDS | {"a", "est", "ont", "sont", "été"}
                            if "’" not in w), key=len, reverse=True))
#: A regex for one lower-case word that is not a closed-class word: an adjective, in a cue.
ADJ = rf"(?!(?:{_STOP_RE})\b)[a-zà-ÿœæç][\w’-]*"
_BEFORE = r"(?:^|(?<=[\s’(«,-]))"
CONTEXT = 90  # characters looked at before a name, for a ministry's portfolio
_BOUNDARIES = frozenset(".!?…:;«»\"“”()")
_APPOSITION_END = frozenset(",.;:)»!?")


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of cue phrases, longest first, any spacing between words."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_COMPLEMENT_RE = (  # ministre des Affaires étrangères, ministre de l’Économie
    rf"(?:\s+(?:de\s+la|de\s+l’|des|du|de|d’)\s*[^\W\d_][\w-]*(?![\w’])(?:\s+{ADJ}){{0,2}})?"
)
_PER_CUE = re.compile(
    rf"{_BEFORE}(?:{_alternatives(PERSON_CUES)})(?:\s+{ADJ}){{0,2}}{_COMPLEMENT_RE}\s*,?\s*$"
)
_ORG_CUE = re.compile(rf"{_BEFORE}(?:{_alternatives(ORG_CUES)})(?:\s+{ADJ}){{0,2}}\s*,?\s*$")
_LOC_CUE = re.compile(
    rf"{_BEFORE}(?:{_alternatives(PLACE_CUES)})(?:\s+(?:la|le|les|l’))?\s*$"
)
_TITLE_CUE = re.compile(rf"(?:^|(?<=[\s(«]))(?:{_alternatives(t.lower() for t in TITLES)})\s*$")
_PORTFOLIO = re.compile(
    r"(?:ministre|ministres|ministère|secrétaire\s+d’état|portefeuille)(?:\s+" + ADJ
    + r")?\s+(?:de\s+la|de\s+l’|des|du|de|d’|à\s+la|aux)\s*$"
)


def is_portfolio(doc: Doc, m: Mention) -> bool:
    """Is ``m`` a ministry's portfolio (*ministre de l’Intérieur*, *des Affaires étrangères*)?

    >>> doc = analyse("Le ministre de l’Intérieur parle.")
    >>> is_portfolio(doc, Mention("Intérieur", 17, 26, None))
    True
    """
    window = norm(doc.text[max(0, m.start - CONTEXT) : m.start]).lower()
    return bool(_PORTFOLIO.search(window))


def _window(doc: Doc, i: int) -> str:
    """The lower-cased words before token i, back to a sentence, quotation or line start."""
    first = i  # cues do not cross a sentence, a quotation or a line
    while first > 0 and first > i - 12 and doc.tokens[first - 1].text not in _BOUNDARIES \
            and "\n" not in doc.gap(first):
        first -= 1
    start = doc.tokens[first].start if first < i else doc.tokens[i].start
    return norm(unicodedata.normalize("NFC", doc.text[start : doc.tokens[i].start])).lower()


def context_label(doc: Doc, m: Mention, single: bool,
                  extra: Cues = ()) -> tuple[str | None, str]:
    """The label the words just before ``m`` announce, and the cue that did (or None, "").

    ``single``: ``m`` is a one-word name (only those take a place cue).

    >>> doc = analyse("Selon la ministre Aminata Koné, à Korhogo.")
    >>> context_label(doc, Mention("Aminata Koné", 18, 30, None), False)
    ('PER', 'ministre')
    """
    i = doc.at[m.start]
    if i >= 1 and is_demonym(doc, i - 1):  # le Colombien X: the nearest cue of all
        return "PER", doc.norm[i - 1]
    window = _window(doc, i)
    best: tuple[int, str | None, str] = (-1, None, "")
    patterns = [("PER", _PER_CUE), ("ORG", _ORG_CUE), ("PER", _TITLE_CUE)]
    if single:
        patterns.append(("LOC", _LOC_CUE))
    patterns.extend((label, re.compile(p) if isinstance(p, str) else p) for label, p in extra)
    for label, pattern in patterns:
        found = pattern.search(window)
        if not found or found.end() != len(window) or found.start() <= best[0]:
            continue
        cue = found.group().strip(" ,\u00a0")
        if found.group().rstrip().endswith(","):  # an apposition: "le ministre, X, a dit"
            after = doc.text[m.end :].lstrip()
            if after and after[0] not in _APPOSITION_END:
                continue
        best = (found.start(), label, " ".join(cue.split()))
    return best[1], best[2]


def apply_cues(text: str, mentions: Sequence[Mention] | None = None, *,
               extra_cues: Cues = ()) -> list[Mention]:
    """Step 3: type the unknown names from their context, then from their shape.

    In this order: a cue just before the name (a role → PER, *à*/*en*/*depuis*
    before a one-word name → LOC, *l’agence*/*l’ONG* → ORG); the same name
    typed elsewhere in the text (a surname of a person seen before); the name
    itself (two capitalised words → PER, an acronym → ORG, a head word such
    as *Fédération* or *Tour* → its type).

    >>> text = "La ministre Aminata Koné est arrivée à Korhogo. Koné a rencontré l’ONG Lumière."
    >>> [(m.text, m.label) for m in apply_cues(text) if m.label]
    [('Aminata Koné', 'PER'), ('Korhogo', 'LOC'), ('Koné', 'PER'), ('Lumière', 'ORG')]
    """
    doc = analyse(check_text(text, "apply_cues"))
    if mentions is None:
        mentions = gazetteer_step(doc, runs_in(doc))
    return cues_step(doc, list(mentions), extra_cues)


def cues_step(doc: Doc, mentions: list[Mention], extra: Cues = ()) -> list[Mention]:
    """Step 3 on analysed text: context cues, the same names, then the names' shape.

    >>> doc = analyse("Il vit à Korhogo.")
    >>> [(m.text, m.label) for m in cues_step(doc, runs_in(doc))]
    [('Il', None), ('Korhogo', 'LOC')]
    """
    out = same_names(doc, [_by_context(doc, m, extra) for m in mentions])
    return same_names(doc, [_by_shape(doc, m) for m in out])


def _by_context(doc: Doc, m: Mention, extra: Cues) -> Mention:
    """``m`` typed by the cue before it, if it is untyped and one announces its type."""
    if m.label is not None:
        return m
    single = name_tokens(doc, m) == 1
    if single and is_portfolio(doc, m):
        return replace(m, rule="portfolio")  # ministre de l’Intérieur: not a name
    label, cue = context_label(doc, m, single, extra)
    if label == "LOC" and is_acronym(m.text):
        label, cue = "ORG", "acronym"
    return replace(m, label=label, rule=f"cue: {cue}") if label else m


def _by_shape(doc: Doc, m: Mention) -> Mention:
    """``m`` typed by its own shape (a head word, … du Nord, two words, an acronym)."""
    if m.label is not None:
        return m
    head = doc.norm[doc.at[m.start]]
    words = name_tokens(doc, m)
    last = doc.norm[span(doc, m)[1] - 1]
    alone = words == 1 and m.end - m.start == len(head)
    if head in HEADS and (not alone or (HEADS[head] == "ORG"
                                        and not doc.initial[doc.at[m.start]])):
        return replace(m, label=HEADS[head], rule=f"head: {head}")
    if words >= 2 and last in COMPASS and m.text.endswith((f"du {last}", f"de l’{last}")):
        return replace(m, label="LOC", rule=f"shape: … du {last}")
    if words >= 2:
        return replace(m, label="PER", rule="shape: two capitalised words")
    if is_acronym(m.text):
        return replace(m, label="ORG", rule="shape: acronym")
    return m


def same_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Give an untyped name the type of the same name (or a person's surname) typed elsewhere.

    >>> doc = analyse("Aminata Koné parle. Koné rit.")
    >>> [(m.text, m.label) for m in same_names(doc, [
    ...     Mention("Aminata Koné", 0, 12, "PER"), Mention("Koné", 20, 24, None)])]
    [('Aminata Koné', 'PER'), ('Koné', 'PER')]
    """
    typed: dict[str, Mention] = {}
    for m in mentions:
        if m.label is None:
            continue
        typed.setdefault(key(m.text), m)
        if m.label == "PER":
            i, j = span(doc, m)
            names = [k for k in range(i, j) if is_name_token(doc, k)]
            if len(names) >= 2:
                typed.setdefault(key(doc.text[doc.tokens[names[-1]].start : m.end]), m)
                typed.setdefault(key(doc.text[doc.tokens[names[1]].start : m.end]), m)
    out = []
    for m in mentions:
        other = typed.get(key(m.text)) if m.label is None else None
        if other is not None:
            m = replace(m, label=other.label, entity=other.entity if other.text == m.text
                        else None, country=other.country, rule=f"same name as {other.text!r}")
        out.append(m)
    return out
