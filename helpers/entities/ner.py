"""The production entity extractor: lesson 04's rules, and what holds up on other texts.

Lesson 04 builds :func:`helpers.entities.extract_entities` step by step, on news:
capitalised runs, a gazetteer, context cues, and a guess that a lone unknown name is
a place. On a novel that guess is wrong most of the time (*Lucien*, *Gaspard* are
people). :func:`recognize` keeps the runs, the gazetteer and the cues, and adds parts
that generalise, each a piece of evidence for a label:

- **narrative cues**: a title just before a name (*le comte*, *l’abbé*, *la mère*,
  *Monsieur*), a verb of speech just before it (*dit Gaspard*, *répondit Mme Leroux*),
  from ``data/ner_cues.tsv``;
- **lower-case heads** of places and organisations: *rue de Verdun*, *université Laval*;
- **first names**, from the name list of the ``gender-guesser`` package (Jörg Michael's
  ``nam_dict.txt``, GNU FDL 1.2): a first name alone, or a name that starts with one;
- **places**, from the kit's offline world gazetteer (:mod:`helpers.entities.places`);
- **a statistical model** (spaCy's small French NER), asked only about the names
  nothing else settled, and only on their sentences;
- **the whole document**: a name keeps its type wherever it appears (*Baldini* after
  *le signor Baldini*), and a person's surname alone is that person.

Sentence-initial interjections (*Ah*, *Hélas*, *Parbleu*) and ordinary words are left
out, and a name with no evidence at all is left out too: a wrong label is worse than
a missing one. Mentions come back as :class:`helpers.entities.Mention`, sorted.

>>> [(m.text, m.label) for m in recognize(
...     "— Partons, dit Gaspard. Le signor Baldini sourit. Baldini aimait Lyon.")]
[('Gaspard', 'PER'), ('Baldini', 'PER'), ('Baldini', 'PER'), ('Lyon', 'LOC')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from ..text.checks import check_text
from ..text.language import warn_if_not_french
from .extraction.analysis import Doc, analyse
from .extraction.filtering import inside_capitals
from .extraction.mention import LABELS, Mention
from .gazetteer import key
from .ner_evidence import candidates, evidence, first_names, is_ordinary

__all__ = ["WEIGHTS", "recognize"]

#: How much each piece of evidence weighs for its label. A name takes the label
#: with the most weight summed over all its mentions, if that weight reaches
#: THRESHOLD; gazetteer names and lesson 04's role cues decide on their own.
WEIGHTS = {
    "gazetteer": 10.0,
    "role": 4.0,  # lesson 04's roles and titles: le président, M., la ministre
    "title": 3.0,  # narrative titles: le comte, l’abbé, la mère
    "epithet": 1.5,  # le petit Pierre, la vieille Nanon
    "speech": 3.0,  # dit Gaspard
    "person verb": 2.5,  # Toinon courut, Marthe répondit
    "org cue": 3.0,  # l’agence, la société
    "head": 3.0,  # Banque de…, Tour de…
    "acronym": 2.0,
    "first name": 2.5,  # frequent in France, Belgium, Switzerland or Luxembourg
    "foreign first name": 2.5,  # frequent elsewhere only (Rien is a Dutch first name)
    "place": 2.0,
    "loc cue": 1.0,  # à, en, depuis + one word: a dative (à Lucien) too
    "motion": 2.5,  # revint de Montbrun
    "two words": 1.0,
    "model": 2.0,
    "surname": 2.0,  # the last word of a person's name, alone
}
THRESHOLD = 1.5
MODEL_MAX_WORDS = 60_000  # tokens, in fact: about 50,000 words
#: Evidence too weak to make a name of a common word written with a capital (*la Nation*,
#: *le Parc*, *le bon Dieu*, *Rien*): a model's guess, a place or a foreign first name of
#: that spelling, a preposition, an epithet.
WEAK = frozenset({"model", "place", "loc cue", "two words", "foreign first name", "epithet"})
_COMMON = 3.5  # wordfreq Zipf from which a dictionary word is common
_ROMAN = re.compile(r"^[IVXLCDM]+(?:e|er|ère|es)?$")


@dataclass
class _Ballot:
    """The candidates of a text and the evidence summed for each name."""

    settled: list[Mention] = field(default_factory=list)  # typed by the gazetteer or a head
    open: list[Mention] = field(default_factory=list)  # untyped: the votes decide
    votes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str, label: str, kind: str) -> None:
        self.votes[name][label] += WEIGHTS[kind]
        self.kinds[name].add(kind)


def recognize(text: str, *, model: bool | None = None) -> list[Mention]:
    """People, places, organisations and other names in any French text (news or novel).

    ``model``: ask spaCy's small French NER about the names nothing else settled (True),
    or not (False: faster, and spaCy is not loaded). By default (None) it is asked on
    texts of up to MODEL_MAX_WORDS words, a long article or a short novel, and not on a
    corpus, where it would cost minutes. A text in another language gets a one-line
    warning.

    >>> [(m.text, m.label) for m in recognize(
    ...     "Ah ! répondit Lucien, M. de Valcourt arrive à Besançon.", model=False)]
    [('Lucien', 'PER'), ('de Valcourt', 'PER'), ('Besançon', 'LOC')]
    """
    check_text(text, "recognize")
    if not text.strip():
        return []
    warn_if_not_french(text)
    doc = analyse(text)
    if model is None:
        model = len(doc.tokens) <= MODEL_MAX_WORDS
    ballot = _ballot(doc)
    _surnames(ballot.settled + ballot.open, ballot)
    _places(ballot.open, ballot)
    if model:
        _model(doc, ballot)
    out = list(ballot.settled)
    for m in ballot.open:
        tally = ballot.votes.get(_vote_key(m))
        if not tally or (ballot.kinds[_vote_key(m)] <= WEAK and _is_common(m.text)):
            continue
        label, weight = max(sorted(tally.items()), key=lambda kv: kv[1])
        if weight >= THRESHOLD and label in LABELS:
            out.append(replace(m, label=label, rule=f"evidence: {dict(tally)}"))
    return sorted(set(out), key=lambda m: (m.start, m.end))


def _ballot(doc: Doc) -> _Ballot:
    """The text's candidates, each with the evidence of its own context counted."""
    first = first_names()
    inside = inside_capitals(doc)
    ballot = _Ballot()
    for m in candidates(doc):
        if m.label is not None:
            ballot.settled.append(m)
            ballot.votes[key(m.text)][m.label] += WEIGHTS["gazetteer"]
            continue
        if is_ordinary(doc, m, inside) or _ROMAN.match(m.text):
            continue
        found = evidence(doc, m, first)
        if found and found[0][1] == "portfolio":
            continue
        for label, kind in found:
            ballot.add(_vote_key(m), label, kind)
        ballot.open.append(m)
    return ballot


def _vote_key(m: Mention) -> str:
    """Whose evidence a mention adds to: its name's, over the whole text; but a common word
    (*Dieu*, *Nation*) only its own, since its other uses may not be names at all."""
    return f"{key(m.text)}@{m.start}" if _is_common(m.text) else key(m.text)


@cache
def _is_common(name: str) -> bool:
    """A common French word (*Nation*, *Parc*, *Dieu*): simplemma's dictionary knows its lower
    case, and wordfreq counts it often (*Brest*, *Lyon* are in neither as common words)."""
    import simplemma

    from ..text.lexicon import zipf

    word = name.lower()
    return " " not in name and zipf(word) >= _COMMON and simplemma.is_known(word, lang="fr")


def _surnames(mentions: Sequence[Mention], ballot: _Ballot) -> None:
    """A person's name lends its type to its last word alone (*Lucien Valcourt* → *Valcourt*)."""
    votes = ballot.votes
    people = [m for m in mentions if votes[key(m.text)].most_common(1)
              and votes[key(m.text)].most_common(1)[0][0] == "PER"]
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            ballot.add(key(words[-1]), "PER", "surname")


def _places(mentions: Iterable[Mention], ballot: _Ballot) -> None:
    """A name the world gazetteer knows as a place, with no stronger evidence, is a place."""
    from .places import find_place

    for name in {key(m.text): m.text for m in mentions}.values():
        tally = ballot.votes[key(name)]
        if tally and max(tally.values()) >= 3.0:
            continue
        if find_place(name) is not None:
            ballot.add(key(name), "LOC", "place")


def _model(doc: Doc, ballot: _Ballot) -> None:
    """Ask spaCy about the names that would be left out, on their sentences only."""
    votes = ballot.votes
    unsure = [m for m in ballot.open
              if not votes[_vote_key(m)] or max(votes[_vote_key(m)].values()) < THRESHOLD]
    if not unsure:
        return
    from ..text.sentence_split import sentence_spans
    from .extraction import spacy_model  # the package's name, so that a test can replace it

    spans = sentence_spans(doc.text)
    wanted = sorted({next(((s, e) for s, e in spans if s <= m.start < e), (m.start, m.end))
                     for m in unsure})
    nlp = spacy_model()
    found: dict[tuple[int, int], str] = {}
    for (start, _), parsed in zip(wanted, nlp.pipe(doc.text[s:e] for s, e in wanted),
                                    strict=True):
        for ent in parsed.ents:
            found[(start + ent.start_char, start + ent.end_char)] = ent.label_
    for m in unsure:
        label = found.get((m.start, m.end))
        if label in LABELS:
            ballot.add(_vote_key(m), label, "model")
