"""One row (:class:`Entry`) and the look-up forms of a name: :func:`key`, :func:`folded`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["LABELS", "Entry", "folded", "key"]

#: The labels an entry may have.
LABELS = ("PER", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the gazetteer."""

    name: str
    label: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """``(latitude, longitude)`` in degrees, or None."""
        if self.lat is None or self.lon is None:
            return None
        return (self.lat, self.lon)


def key(name: str) -> str:
    """The look-up form of a name: NFC, one apostrophe (’), single spaces.

    Case and accents are kept: in a text, "Guerre froide" is a name, "guerre
    froide" is not (the extractor matches this form; :func:`lookup`, for a name
    someone types, also forgives case and accents).

    >>> key("Côte d'Ivoire") == key("Côte d’Ivoire")
    True
    """
    name = unicodedata.normalize("NFC", name).replace("'", "’").replace("\u2018", "’")
    return " ".join(name.split())


def folded(name: str) -> str:
    """Case- and accent-folded look-up form, for names in ALL-CAPS lines.

    >>> folded("ÉTATS-UNIS") == folded("Etats-Unis")
    True
    """
    decomposed = unicodedata.normalize("NFD", key(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
