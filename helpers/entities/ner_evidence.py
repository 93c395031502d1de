"""The evidence :func:`helpers.entities.ner.recognize` weighs: candidates and what stands
around them.

Lesson 04's runs after the gazetteer become candidates (titles trimmed, *M. de
Valcourt* keeping its particle, *rue de Verdun* its lower-case head); each untyped
candidate gets pieces of evidence ``(label, kind)`` from its own context: lesson 04's
cues, a narrative title or a speech verb (``data/ner_cues.tsv``), a person's verb
after it, a head word, an acronym, a first name (the ``gender-guesser`` package's list).

>>> from helpers.entities.extraction.analysis import analyse
>>> doc = analyse("— Partons, dit Gaspard.")
>>> [(m.text, evidence(doc, m, first_names())) for m in candidates(doc)]
[('Partons', []), ('Gaspard', [('PER', 'speech')])]
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from ..data_files import data_rows
from .extraction.analysis import Doc, is_acronym, is_name_token, name_tokens, span
from .extraction.cues import context_label, is_portfolio
from .extraction.known_names import gazetteer_step
from .extraction.mention import Mention
from .extraction.runs import runs_in
from .extraction.words import HEADS, STOPWORDS

__all__ = ["DATA", "candidates", "evidence", "first_names", "is_ordinary", "narrative_cues"]

DATA = Path(__file__).resolve().parents[1] / "data" / "ner_cues.tsv"
_ORDINARY_AT_START = 3.0  # wordfreq Zipf: a capitalised word that starts a sentence
_ORDINARY_INSIDE = 5.5
# "de", "du", "de la"… before a name: a particle (M. de Valcourt) or a complement (rue de Verdun)
_OF = (("de", "la"), ("de", "l’"), ("de",), ("du",), ("des",), ("d’",))


@cache
def narrative_cues() -> dict[str, frozenset[str]]:
    """Each kind of ``data/ner_cues.tsv`` (title, speech, interjection …) and its words.

    >>> "comte" in narrative_cues()["title"], "dit" in narrative_cues()["speech"]
    (True, True)
    """
    return {kind: frozenset(words.split()) for kind, words in data_rows(DATA)}


@cache
def first_names() -> dict[str, tuple[int, int]]:
    """First name → its highest frequency (1–13) where French is spoken (France, Belgium,
    Luxembourg, Switzerland), and in western Europe and North America.

    >>> first_names()["Pierre"][0] >= 3
    True
    """
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


def _particle_before(doc: Doc, i: int) -> int:
    """How many tokens of a particle (*de*, *d’*, *du*, *des*, *de la*, *de l’*) stand just
    before token i."""
    for words in _OF:
        n = len(words)
        if i - n >= 1 and doc.norm[i - n:i] == words:
            return n
    return 0


def _title_before(doc: Doc, i: int) -> str | None:
    """The cue just before token i: a narrative title ('comte'), a speech verb ('dit'), or a
    verb of motion before *de* ('revint de'), as its kind in WEIGHTS."""
    particle = _particle_before(doc, i)
    k = i - 1 - particle  # M. de Sairmeuse, le marquis de la Lande, revint de Montbrun
    if k < 0 or "\n" in doc.gap(k + 1):
        return None
    word = doc.norm[k].lower()
    cues = narrative_cues()
    if particle:
        if word in cues["particle title"]:
            return "title"
        if particle == 1 and doc.norm[i - 1] != "du" and word in cues["motion verb"]:
            return "motion"
        return None  # le notaire de Vichy: a complement, not a name's particle
    return next((kind for kind in ("title", "epithet", "speech") if word in cues[kind]), None)


def _verb_after(doc: Doc, j: int) -> bool:
    """Is the word after a name (token j) a verb whose subject is a person (*courut*)?"""
    if j >= len(doc.tokens) or not doc.joined(j):
        return False
    word = doc.norm[j].lower()
    if word in ("se", "s’") and j + 1 < len(doc.tokens):
        word = f"{word} {doc.norm[j + 1].lower()}".replace("’ ", "’")
    return word in narrative_cues()["person verb"] or word in narrative_cues()["speech"]


def _leading_title(doc: Doc, i: int, j: int) -> int:
    """Skip capitalised titles at the start of a run: *Monsieur Dupont* → *Dupont*."""
    titles = narrative_cues()["title"]
    while j - i >= 2 and doc.norm[i].lower() in titles:
        i += 1
        while i < j and not is_name_token(doc, i):
            i += 1  # Monsieur de Sairmeuse: the particle goes with the name below
    return i


def _particle_start(doc: Doc, i: int) -> int:
    """Include the particle before a name that follows a civility or a title of nobility:
    *M. de Valcourt*, *le marquis de la Lande* (not *le notaire de Vichy*)."""
    n = _particle_before(doc, i)
    if n and i - n - 1 >= 0 and doc.joined(i) \
            and doc.norm[i - n - 1].lower() in narrative_cues()["particle title"]:
        return i - n
    return i


def _head_before(doc: Doc, i: int) -> tuple[int, str] | None:
    """A lower-case head (*rue de*, *square*, *université*) just before token i: (index, label)."""
    n = _particle_before(doc, i)
    k = i - n if all(doc.joined(x) for x in range(i - n, i + 1)) else i
    if k < 1 or not doc.joined(k):
        return None
    word = doc.norm[k - 1]
    for kind, label in (("place head", "LOC"), ("org head", "ORG")):
        if word in narrative_cues()[kind]:
            return k - 1, label
    return None


def candidates(doc: Doc) -> list[Mention]:
    """Lesson 04's runs after the gazetteer, titles trimmed, particles kept after titles,
    lower-case heads put in front (*rue de Verdun*).

    >>> from helpers.entities.extraction.analysis import analyse
    >>> [m.text for m in candidates(analyse("Monsieur de Valcourt vit rue de Verdun."))]
    ['de Valcourt', 'rue de Verdun']
    """
    out = []
    for m in gazetteer_step(doc, runs_in(doc)):
        head = _head_before(doc, doc.at[m.start])
        if head is not None and m.label in (None, "LOC"):
            start = doc.tokens[head[0]].start
            out.append(Mention(doc.text[start:m.end], start, m.end, head[1], rule="head"))
            continue
        if m.label is not None:
            out.append(m)
            continue
        i, j = span(doc, m)
        i = _leading_title(doc, i, j)
        if i >= j:
            continue
        i = _particle_start(doc, i)
        start, end = doc.tokens[i].start, doc.tokens[j - 1].end
        out.append(Mention(doc.text[start:end], start, end, None, rule=m.rule))
    return out


def is_ordinary(doc: Doc, m: Mention, inside: set[str]) -> bool:
    """An ordinary word or an interjection written with a capital (*Les*, *Ah*, *Lundi*);
    ``inside``: the words the text writes with a capital inside a sentence.

    >>> from helpers.entities.extraction.analysis import analyse
    >>> doc = analyse("Hélas, Lucien partit.")
    >>> is_ordinary(doc, Mention("Hélas", 0, 5, None), set())
    True
    """
    from ..text.lexicon import zipf

    i, j = span(doc, m)
    if j - i != 1:
        return False
    word = doc.norm[i]
    if word.lower() in narrative_cues()["title"] or word.lower() in narrative_cues()[
            "particle title"]:
        return True  # Monsieur, Madame, Comte alone: a title, not a name
    if doc.initial[i]:
        if word in narrative_cues()["interjection"] or word.lower() in STOPWORDS:
            return True
        if first_names().get(word, (0, 0))[1] >= 3:  # Louis, Pierre: names, though frequent
            return False
        return word not in inside and zipf(word) >= _ORDINARY_AT_START
    return word in HEADS or zipf(word) >= _ORDINARY_INSIDE


def _cue_evidence(doc: Doc, m: Mention, single: bool) -> list[tuple[str, str]]:
    """Evidence from the words before ``m``: lesson 04's cues, then a narrative title."""
    found: list[tuple[str, str]] = []
    label, _ = context_label(doc, m, single)
    kind = {"LOC": "loc cue", "ORG": "org cue", "PER": "role"}.get(label or "")
    if kind:
        found.append((label or "", kind))
    title = _title_before(doc, doc.at[m.start])
    if title:
        found.append(("LOC" if title == "motion" else "PER", title))
    return found


def evidence(doc: Doc, m: Mention, first: dict[str, tuple[int, int]]) -> list[tuple[str, str]]:
    """(label, kind) pieces of evidence for an untyped candidate, from its own context;
    ``[("", "portfolio")]`` for a ministry's portfolio (*ministre de l’Intérieur*), no name.
    ``first`` is :func:`first_names`.

    >>> from helpers.entities.extraction.analysis import analyse
    >>> doc = analyse("La ministre Aminata Koné rit.")
    >>> evidence(doc, Mention("Aminata Koné", 12, 24, None), first_names())
    [('PER', 'role'), ('PER', 'person verb'), ('PER', 'two words')]
    """
    i = doc.at[m.start]
    if doc.norm[i] in ("de", "d’"):
        i += 1
    single = name_tokens(doc, m) == 1
    if single and is_portfolio(doc, m):
        return [("", "portfolio")]
    found = _cue_evidence(doc, m, single)
    if _verb_after(doc, span(doc, m)[1]):
        found.append(("PER", "person verb"))
    head = doc.norm[i]
    if head in HEADS and not single:
        found.append((HEADS[head], "head"))
    if is_acronym(m.text):
        found.append(("ORG", "acronym"))
    french, western = first.get(doc.norm[i], (0, 0))
    if western >= 3 and not (single and doc.norm[i] in HEADS):
        found.append(("PER", "first name" if french >= 3 else "foreign first name"))
    elif name_tokens(doc, m) >= 2 and not any(lab != "PER" for lab, _ in found):
        found.append(("PER", "two words"))
    return found
