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

One module per part: :mod:`~helpers.entities.extraction.mention` (the record),
:mod:`~helpers.entities.extraction.words` (the word lists, from ``helpers/data/entity_words.tsv``),
:mod:`~helpers.entities.extraction.analysis` (a text's tokens, shared by the steps),
:mod:`~helpers.entities.extraction.runs`, :mod:`~helpers.entities.extraction.known_names`,
:mod:`~helpers.entities.extraction.cues`,
:mod:`~helpers.entities.extraction.filtering` (steps 1 to 4),
:mod:`~helpers.entities.extraction.pipeline` (all steps),
:mod:`~helpers.entities.extraction.scoring`,
:mod:`~helpers.entities.extraction.gold` and :mod:`~helpers.entities.extraction.spacy_peer`.

>>> from helpers import load_article
>>> text = load_article().text
>>> [(m.text, m.label) for m in extract_entities(text)[:3]]
[('Vladimir Poutine', 'PER'), ('Kim Jong-un', 'PER'), ('Vladivostok', 'LOC')]
>>> score(load_gold_entities(), extract_entities(text)).f1
1.0
"""

from .cues import ADJ, apply_cues
from .filtering import ORDINARY_AT_START, filter_ordinary
from .gold import load_gold_entities
from .known_names import apply_gazetteer
from .mention import LABELS, Mention
from .pipeline import STEPS, extract_entities, run_steps
from .runs import find_runs
from .scoring import Difference, compare, score, scores_by_label
from .spacy_peer import spacy_entities, spacy_model
from .words import ORG_CUES, PERSON_CUES, PLACE_CUES, STOPWORDS

__all__ = [
    "ADJ",
    "LABELS",
    "ORDINARY_AT_START",
    "ORG_CUES",
    "PERSON_CUES",
    "PLACE_CUES",
    "STEPS",
    "STOPWORDS",
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
