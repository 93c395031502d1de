"""Step 4: drop capitalised ordinary words; guess that a lone unknown name is a place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...text.checks import check_text
from .analysis import Doc, analyse, is_name_token, norm
from .cues import cues_step
from .known_names import gazetteer_step
from .mention import Mention
from .runs import runs_in
from .words import HEADS, STOPWORDS

__all__ = ["ORDINARY_AT_START", "ORDINARY_INSIDE", "filter_ordinary", "filter_step",
           "inside_capitals"]

#: Zipf frequency (wordfreq, French) from which a capitalised word at the start
#: of a sentence is taken for an ordinary word; inside a sentence, only very
#: frequent words are (capitals of French typography: l’État, le Premier ministre).
ORDINARY_AT_START = 3.5
ORDINARY_INSIDE = 5.5


def filter_ordinary(text: str, mentions: Sequence[Mention] | None = None) -> list[Mention]:
    """Step 4: drop capitalised ordinary words; guess that a lone unknown name is a place.

    An untyped word is dropped when it starts a sentence and is a function word
    (*Les*, *Après*) or a common one (wordfreq: *Arrivé*, *Lundi*), unless the
    text also writes it with a capital inside a sentence; inside a sentence, when
    it is very common (*État*) or a ministry's portfolio (*ministre de
    l’Intérieur*). What is left untyped is a one-word name with no cue: in
    news, most often a place, so it is labelled LOC (rule "guess").

    >>> [(m.text, m.label) for m in filter_ordinary("Arrivé à Korhogo, il a vu Bouaké.")]
    [('Korhogo', 'LOC'), ('Bouaké', 'LOC')]
    """
    doc = analyse(check_text(text, "filter_ordinary"))
    if mentions is None:
        mentions = cues_step(doc, gazetteer_step(doc, runs_in(doc)))
    return filter_step(doc, list(mentions))


def inside_capitals(doc: Doc) -> set[str]:
    """The words the text writes with a capital inside a sentence (so, names).

    >>> sorted(inside_capitals(analyse("Lundi, Kim a vu Moon.")))
    ['Kim', 'Moon']
    """
    return {doc.norm[k] for k in range(len(doc.tokens))
            if not doc.initial[k] and is_name_token(doc, k)}


def filter_step(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Step 4 on analysed text.

    >>> doc = analyse("Arrivé à Korhogo.")
    >>> [(m.text, m.label) for m in filter_step(doc, [Mention("Arrivé", 0, 6, None)])]
    []
    """
    from ...text.lexicon import zipf  # lazily: wordfreq loads its word list on first use

    inside = None
    out = []
    for m in mentions:
        if m.label is not None:
            out.append(m)
            continue
        word = m.text
        if doc.initial[doc.at[m.start]]:
            if inside is None:
                inside = inside_capitals(doc)
            if word.lower() in STOPWORDS or norm(word).lower() in STOPWORDS or (
                    word not in inside and zipf(word) >= ORDINARY_AT_START):
                continue
        elif m.rule == "portfolio" or word in HEADS or zipf(word) >= ORDINARY_INSIDE:
            continue
        out.append(replace(m, label="LOC", rule="guess: a lone name"))
    return out
