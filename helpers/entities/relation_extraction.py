"""Who met whom: meetings between people, found with regular expressions over mentions.

As the NLTK Book's ``extract_rels`` does for English, each sentence becomes a
*pattern string* where every mention and every date is a typed slot:
``⟦PER:0⟧`` (a person), ``⟦LOC:3⟧`` (a place), ``⟦DATE:2⟧`` (a date), numbered
in the sentence. A pattern then reads the words around the slots.

French says "they met" in a few ways. Each way is a :class:`Construction`,
written as a short *shape*: a line of named pieces (:data:`PIECES`, built from
word lists, :data:`WORDS`) and plain words:

>>> for c in CONSTRUCTIONS:
...     print(f"{c.name:15} {c.shape}")
each other      FRONTED SUBJECTS ADVERBIALS MEET_EACH_OTHER ADVERBIALS
verb            FRONTED SUBJECTS ADVERBIALS MEETS ADVERBIALS OBJECTS ADVERBIALS
verb + avec     FRONTED SUBJECTS ADVERBIALS MEETS_WITH ADVERBIALS avec OBJECTS ADVERBIALS
passive         FRONTED SUBJECTS ADVERBIALS WAS_RECEIVED ADVERBIALS par OBJECTS ADVERBIALS
noun + entre    MEETING ADVERBIALS entre SUBJECTS ADVERBIALS HELD ADVERBIALS
noun + de/avec  MEETING de SUBJECTS avec OBJECTS ADVERBIALS HELD ADVERBIALS

The parts live in small modules, gathered here: :mod:`helpers.entities.meeting_patterns`
(word lists, pieces, constructions), :mod:`helpers.entities.meetings` (the matching) and
:mod:`helpers.entities.dated_events` (the timeline).

A meeting is between people: SUBJECTS and OBJECTS are ``⟦PER:i⟧`` slots (with
an optional TITLE: *le président chinois*, *l’ex-président*), so *entre la
Russie et la Corée du Nord* (two places) is no meeting. *celle* or *celui*
stands for a meeting only after a meeting noun in the same sentence (*Cette
rencontre … depuis celle en 2011 entre…*). A relation's place is a ``⟦LOC⟧``
slot after *à*, *au*, *aux* or *en* inside the match; its date is the first
``⟦DATE⟧`` slot inside the match, resolved as in lesson 04 (*depuis* before it
means "since"). A negation (*n’a jamais rencontré*, *ne se sont pas
rencontrés*) matches no shape: nothing happened.

>>> from helpers import load_article
>>> for r in relations(load_article()):
...     print(r)
Vladimir Poutine — met → Kim Jong-un at Vladivostok, 2019-04-25
Dmitri Medvedev — met → Kim Jong-il, 2011
Kim Jong-un — met → Xi Jinping 4 times, since 2018-03
Kim Jong-un — met → Moon Jae-in 3 times, since 2018-03
Kim Jong-un — met → Donald Trump 2 times, since 2018-03
"""

from __future__ import annotations

from .dated_events import Event, events, short_name
from .meeting_patterns import (
    CONSTRUCTIONS,
    NUMBERS,
    PIECES,
    WORDS,
    Construction,
    expand,
    number,
    pattern_string,
    words,
)
from .meetings import Relation, meeting_places, pattern_strings, relations

__all__ = ["CONSTRUCTIONS", "NUMBERS", "PIECES", "WORDS", "Construction", "Event",
           "Relation", "events", "expand", "meeting_places", "number", "pattern_string",
           "pattern_strings", "relations", "short_name", "words"]
