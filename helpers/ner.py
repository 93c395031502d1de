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
- **places**, from the kit's offline world gazetteer (:mod:`helpers.places`);
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
from dataclasses import replace
from functools import cache
from pathlib import Path

from .entities import (
    _HEADS,
    LABELS,
    STOPWORDS,
    Mention,
    _analyse,
    _apply_gazetteer,
    _context_label,
    _Doc,
    _find_runs,
    _is_acronym,
    _is_name_token,
    _is_portfolio,
    _name_tokens,
    _span,
)
from .gazetteer import key
from .language import warn_if_not_french
from .tokens import _check

__all__ = ["WEIGHTS", "recognize"]

DATA = Path(__file__).resolve().parent / "data" / "ner_cues.tsv"

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
_ORDINARY_AT_START = 3.0  # wordfreq Zipf: a capitalised word that starts a sentence
_ORDINARY_INSIDE = 5.5
_COMMON = 3.5  # wordfreq Zipf from which a dictionary word is common
_ROMAN = re.compile(r"^[IVXLCDM]+(?:e|er|ère|es)?$")


@cache
def _cues() -> dict[str, frozenset[str]]:
    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    return {kind: frozenset(words.split()) for kind, words in rows}


@cache
def _first_names() -> dict[str, tuple[int, int]]:
    """First name → its highest frequency (1–13) where French is spoken (France, Belgium,
    Luxembourg, Switzerland), and in western Europe and North America."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    french, western = (7, 8, 9, 14), range(15)  # columns of nam_dict.txt: GB, IE, US … CH
    names: dict[str, tuple[int, int]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue
            values = [int(c, 16) if c.strip() else 0 for c in line[30:45].ljust(15)]
            here = (max(values[c] for c in french), max(values[c] for c in western))
            if here[1]:
                for name in line.split()[1].split("+"):
                    old = names.get(name, (0, 0))
                    names[name] = (max(old[0], here[0]), max(old[1], here[1]))
    return names


# "de", "du", "de la"… before a name: a particle (M. de Valcourt) or a complement (rue de Verdun)
_OF = (("de", "la"), ("de", "l’"), ("de",), ("du",), ("des",), ("d’",))


def _particle_before(doc: _Doc, i: int) -> int:
    """How many tokens of a particle (*de*, *d’*, *du*, *des*, *de la*, *de l’*) stand just
    before token i."""
    for words in _OF:
        n = len(words)
        if i - n >= 1 and doc.norm[i - n:i] == words:
            return n
    return 0


def _title_before(doc: _Doc, i: int) -> str | None:
    """The cue just before token i: a narrative title ('comte'), a speech verb ('dit'), or a
    verb of motion before *de* ('revint de'), as its kind in WEIGHTS."""
    particle = _particle_before(doc, i)
    k = i - 1 - particle  # M. de Sairmeuse, le marquis de la Lande, revint de Montbrun
    if k < 0 or "\n" in doc.gap(k + 1):
        return None
    word = doc.norm[k].lower()
    if particle:
        if word in _cues()["particle title"]:
            return "title"
        if particle == 1 and doc.norm[i - 1] != "du" and word in _cues()["motion verb"]:
            return "motion"
        return None  # le notaire de Vichy: a complement, not a name's particle
    if word in _cues()["title"]:
        return "title"
    if word in _cues()["epithet"]:
        return "epithet"
    if word in _cues()["speech"]:
        return "speech"
    return None


def _verb_after(doc: _Doc, j: int) -> bool:
    """Is the word after a name (token j) a verb whose subject is a person (*courut*)?"""
    if j >= len(doc.tokens) or not doc.joined(j):
        return False
    word = doc.norm[j].lower()
    if word in ("se", "s’") and j + 1 < len(doc.tokens):
        word = f"{word} {doc.norm[j + 1].lower()}".replace("’ ", "’")
    return word in _cues()["person verb"] or word in _cues()["speech"]


def _leading_title(doc: _Doc, i: int, j: int) -> int:
    """Skip capitalised titles at the start of a run: *Monsieur Dupont* → *Dupont*."""
    titles = _cues()["title"]
    while j - i >= 2 and doc.norm[i].lower() in titles:
        i += 1
        while i < j and not _is_name_token(doc, i):
            i += 1  # Monsieur de Sairmeuse: the particle goes with the name below
    return i


def _particle_start(doc: _Doc, i: int) -> int:
    """Include the particle before a name that follows a civility or a title of nobility:
    *M. de Valcourt*, *le marquis de la Lande* (not *le notaire de Vichy*)."""
    n = _particle_before(doc, i)
    if n and i - n - 1 >= 0 and doc.joined(i) \
            and doc.norm[i - n - 1].lower() in _cues()["particle title"]:
        return i - n
    return i


def _head_before(doc: _Doc, i: int) -> tuple[int, str] | None:
    """A lower-case head (*rue de*, *square*, *université*) just before token i: (index, label)."""
    n = _particle_before(doc, i)
    k = i - n if all(doc.joined(x) for x in range(i - n, i + 1)) else i
    if k < 1 or not doc.joined(k):
        return None
    word = doc.norm[k - 1]
    for kind, label in (("place head", "LOC"), ("org head", "ORG")):
        if word in _cues()[kind]:
            return k - 1, label
    return None


def _candidates(doc: _Doc) -> list[Mention]:
    """Lesson 04's runs after the gazetteer, titles trimmed, particles kept after titles,
    lower-case heads put in front (*rue de Verdun*)."""
    out = []
    for m in _apply_gazetteer(doc, _find_runs(doc)):
        head = _head_before(doc, doc.at[m.start])
        if head is not None and m.label in (None, "LOC"):
            start = doc.tokens[head[0]].start
            out.append(Mention(doc.text[start:m.end], start, m.end, head[1], rule="head"))
            continue
        if m.label is not None:
            out.append(m)
            continue
        i, j = _span(doc, m)
        i = _leading_title(doc, i, j)
        if i >= j:
            continue
        i = _particle_start(doc, i)
        start, end = doc.tokens[i].start, doc.tokens[j - 1].end
        out.append(Mention(doc.text[start:end], start, end, None, rule=m.rule))
    return out


def _is_ordinary(doc: _Doc, m: Mention, inside: set[str]) -> bool:
    """An ordinary word or an interjection written with a capital (*Les*, *Ah*, *Lundi*)."""
    from .lexicon import zipf

    i, j = _span(doc, m)
    if j - i != 1:
        return False
    word = doc.norm[i]
    if word.lower() in _cues()["title"] or word.lower() in _cues()["particle title"]:
        return True  # Monsieur, Madame, Comte alone: a title, not a name
    if doc.initial[i]:
        if word in _cues()["interjection"] or word.lower() in STOPWORDS:
            return True
        if _first_names().get(word, (0, 0))[1] >= 3:  # Louis, Pierre: names, though frequent
            return False
        return word not in inside and zipf(word) >= _ORDINARY_AT_START
    return word in _HEADS or zipf(word) >= _ORDINARY_INSIDE


def _evidence(doc: _Doc, m: Mention, first: dict[str, tuple[int, int]]) -> list[tuple[str, str]]:
    """(label, kind) pieces of evidence for an untyped candidate, from its own context."""
    found: list[tuple[str, str]] = []
    i = doc.at[m.start]
    if doc.norm[i] in ("de", "d’"):
        i += 1
    single = _name_tokens(doc, m) == 1
    if single and _is_portfolio(doc, m):
        return [("", "portfolio")]
    label, _ = _context_label(doc, m, single)
    if label == "LOC":
        found.append(("LOC", "loc cue"))
    elif label == "ORG":
        found.append(("ORG", "org cue"))
    elif label == "PER":
        found.append(("PER", "role"))
    title = _title_before(doc, doc.at[m.start])
    if title == "motion":
        found.append(("LOC", title))
    elif title:
        found.append(("PER", title))
    if _verb_after(doc, _span(doc, m)[1]):
        found.append(("PER", "person verb"))
    head = doc.norm[i]
    if head in _HEADS and not single:
        found.append((_HEADS[head], "head"))
    if _is_acronym(m.text):
        found.append(("ORG", "acronym"))
    french, western = first.get(doc.norm[i], (0, 0))
    if western >= 3 and not (single and doc.norm[i] in _HEADS):
        found.append(("PER", "first name" if french >= 3 else "foreign first name"))
    elif _name_tokens(doc, m) >= 2 and not any(lab != "PER" for lab, _ in found):
        found.append(("PER", "two words"))
    return found


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
    _check(text, "recognize")
    if not text.strip():
        return []
    warn_if_not_french(text)
    doc = _analyse(text)
    if model is None:
        model = len(doc.tokens) <= MODEL_MAX_WORDS
    first = _first_names()
    candidates = _candidates(doc)
    inside = {doc.norm[k] for k in range(len(doc.tokens))
              if not doc.initial[k] and _is_name_token(doc, k)}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, set[str]] = defaultdict(set)
    settled: list[Mention] = []
    open_: list[Mention] = []
    for m in candidates:
        if m.label is not None:
            settled.append(m)
            votes[key(m.text)][m.label] += WEIGHTS["gazetteer"]
            continue
        if _is_ordinary(doc, m, inside) or _ROMAN.match(m.text):
            continue
        evidence = _evidence(doc, m, first)
        if evidence and evidence[0][1] == "portfolio":
            continue
        for label, kind in evidence:
            votes[_vote_key(m)][label] += WEIGHTS[kind]
            kinds[_vote_key(m)].add(kind)
        open_.append(m)
    _surnames(doc, settled + open_, votes, kinds)
    _places(open_, votes, kinds)
    if model:
        _model(doc, open_, votes, kinds)
    out = list(settled)
    for m in open_:
        tally = votes.get(_vote_key(m))
        if not tally or (kinds[_vote_key(m)] <= WEAK and _is_common(m.text)):
            continue
        label, weight = max(sorted(tally.items()), key=lambda kv: kv[1])
        if weight >= THRESHOLD and label in LABELS:
            out.append(replace(m, label=label, rule=f"evidence: {dict(tally)}"))
    return sorted(set(out), key=lambda m: (m.start, m.end))


def _vote_key(m: Mention) -> str:
    """Whose evidence a mention adds to: its name's, over the whole text; but a common word
    (*Dieu*, *Nation*) only its own, since its other uses may not be names at all."""
    return f"{key(m.text)}@{m.start}" if _is_common(m.text) else key(m.text)


@cache
def _is_common(name: str) -> bool:
    """A common French word (*Nation*, *Parc*, *Dieu*): simplemma's dictionary knows its lower
    case, and wordfreq counts it often (*Brest*, *Lyon* are in neither as common words)."""
    import simplemma

    from .lexicon import zipf

    word = name.lower()
    return " " not in name and zipf(word) >= _COMMON and simplemma.is_known(word, lang="fr")


def _surnames(doc: _Doc, mentions: Sequence[Mention], votes: dict[str, Counter[str]],
              kinds: dict[str, set[str]]) -> None:
    """A person's name lends its type to its last word alone (*Lucien Valcourt* → *Valcourt*)."""
    people = [m for m in mentions if votes[key(m.text)].most_common(1)
              and votes[key(m.text)].most_common(1)[0][0] == "PER"]
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            votes[key(words[-1])]["PER"] += WEIGHTS["surname"]
            kinds[key(words[-1])].add("surname")


def _places(mentions: Iterable[Mention], votes: dict[str, Counter[str]],
            kinds: dict[str, set[str]]) -> None:
    """A name the world gazetteer knows as a place, with no stronger evidence, is a place."""
    from .places import find_place

    for name in {key(m.text): m.text for m in mentions}.values():
        tally = votes[key(name)]
        if tally and max(tally.values()) >= 3.0:
            continue
        if find_place(name) is not None:
            tally["LOC"] += WEIGHTS["place"]
            kinds[key(name)].add("place")


def _model(doc: _Doc, mentions: Sequence[Mention], votes: dict[str, Counter[str]],
           kinds: dict[str, set[str]]) -> None:
    """Ask spaCy about the names that would be left out, on their sentences only."""
    unsure = [m for m in mentions
              if not votes[_vote_key(m)] or max(votes[_vote_key(m)].values()) < THRESHOLD]
    if not unsure:
        return
    from .entities import spacy_model
    from .sentences import sentence_spans

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
            votes[_vote_key(m)][label] += WEIGHTS["model"]
            kinds[_vote_key(m)].add("model")
