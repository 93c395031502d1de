"""The four steps in a row: :func:`run_steps` (up to one of them) and :func:`extract_entities`."""

from __future__ import annotations

from ...text.checks import check_text
from ...text.language import warn_if_not_french
from ...translation import gettext as _
from .analysis import analyse
from .cues import Cues, cues_step
from .filtering import filter_step
from .known_names import gazetteer_step
from .mention import Mention
from .runs import runs_in

__all__ = ["STEPS", "extract_entities", "run_steps"]

#: The steps of :func:`extract_entities`, in order (``run_steps(text, upto=...)``).
STEPS = ("runs", "gazetteer", "cues", "filter")


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
        raise ValueError(_("upto must be one of {steps}, got {upto!r}")
                         .format(steps=STEPS, upto=upto))
    doc = analyse(check_text(text, "run_steps"))
    mentions = runs_in(doc)
    if upto == "runs":
        return mentions
    mentions = gazetteer_step(doc, mentions, names=gazetteer)
    if upto == "gazetteer":
        return mentions
    mentions = cues_step(doc, mentions, extra_cues)
    if upto == "cues":
        return mentions
    return filter_step(doc, mentions)


def extract_entities(text: str, *, gazetteer: bool = True,
                     extra_cues: Cues = ()) -> list[Mention]:
    """The named entities of ``text``: people, places, organisations, other names.

    Runs the four steps (see :mod:`helpers.entities`). Every mention has a label in
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
    check_text(text, "extract_entities")
    warn_if_not_french(text)
    return run_steps(text, "filter", gazetteer=gazetteer, extra_cues=extra_cues)
