"""Temporal expressions in French news: find them, then resolve them to dates.

:func:`find_dates` finds expressions such as the article's five (*hier jeudi*,
*2011*, *d’hier*, *début 2018*, *mars 2018*) or *le 25 avril* with patterns. :func:`resolve_date`
turns one into an ISO 8601 value, relative to a reference date (the day the
article was published): a day ``2019-04-25``, a month ``2018-03``, a year
``2011``, or an interval ``2018-01/2018-04`` (ISO 8601 writes an interval start/end).
How long *début*, *mi-* and *fin* last is a convention of the kit: a third of the
year or of the month.

>>> from helpers import load_article
>>> doc = load_article()
>>> published = doc.meta["publication_date"]
>>> for m in find_dates(doc.text):
...     print(f"{m.text:12} {resolve_date(m.text, published)}")
hier jeudi   2019-04-25
2011         2011
d’hier       2019-04-25
début 2018   2018-01/2018-04
mars 2018    2018-03
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import warnings

from ..text.checks import check_text
from ..translation import gettext as _
from .extraction import Mention

__all__ = ["DAYS", "MONTHS", "find_dates", "resolve_date"]

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
_MONTH_NUMBER = {name: i for i, name in enumerate(MONTHS, 1)} | {
    "fevrier": 2, "aout": 8, "decembre": 12}

_DAY = "|".join(DAYS)
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_YEAR = r"(?:1[5-9]|20)\d\d"
_PART = r"(?:début|fin|mi-|courant|mi\s)"
_RELATIVE = r"(?:avant-hier|après-demain|hier|aujourd[’']hui|demain)"
# A year is not a year when a unit follows it: 2000 personnes, 2019 euros.
_NOT_A_YEAR = (r"(?!\s*(?:%|€|\$|euros?|dollars?|francs?|personnes|habitants|morts|mètres"
               r"|km|kilomètres|ans|tonnes|voix|exemplaires|emplois|soldats|hommes)\b)")

_NEXT_OR_LAST = r"(?:dernier|dernière|prochain|prochaine|passé|passée)"
_PATTERN = re.compile(
    rf"""
    (?<![\w’'-])(?:
        # hier jeudi, d’hier, hier soir
        (?:d[’'])?{_RELATIVE}(?:\s+(?:{_DAY}))?(?:\s+(?:soir|matin|après-midi))?
        # jeudi 25 avril 2019
      | (?:(?:{_DAY})\s+)?(?:1er|[12]?\d|3[01])\s+(?:{_MONTH})(?:\s+{_YEAR})?
        # début mars 2018, mars
      | (?:{_PART}\s*)?(?:{_MONTH})(?:\s+{_YEAR})?
        # début 2018
      | {_PART}\s*{_YEAR}
        # la semaine dernière, l’an prochain
      | (?:la\s+semaine|le\s+mois|l[’']année|l[’']an)\s+{_NEXT_OR_LAST}
      | (?:{_DAY})(?:\s+(?:soir|matin|dernier|prochain))?                           # jeudi
      | {_YEAR}{_NOT_A_YEAR}                                                        # 2011
    )(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)


def find_dates(text: str) -> list[Mention]:
    """The temporal expressions of ``text``, as mentions labelled ``"DATE"``.

    Spans follow the article's gold (see its header): *la rencontre d’hier* (of
    yesterday) keeps *d’*; *en 2011* and *depuis mars 2018* leave *en* and *depuis*
    out. Only dates and periods are found, not durations (*deux ans*) nor the
    present (*maintenant*, *actuellement*).

    >>> [m.text for m in find_dates("Depuis début 2018, et jusqu’au 3 mai 2019.")]
    ['début 2018', '3 mai 2019']
    >>> find_dates("Il a 2000 personnes et 12 euros.")
    []
    """
    check_text(text, "find_dates")
    return [Mention(m.group(), m.start(), m.end(), "DATE", rule="date pattern")
            for m in _PATTERN.finditer(text)]


def _as_date(reference: object) -> dt.date:
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.date.fromisoformat(reference.strip())
        except ValueError:
            raise ValueError(_(
                "reference date {date!r} is not an ISO date: write it as YYYY-MM-DD, "
                "e.g. '2019-04-26' (the article's meta['publication_date'])"
            ).format(date=reference)) from None
    raise TypeError(_("reference date must be a date or a 'YYYY-MM-DD' string, got {type}")
                    .format(type=type(reference).__name__))


def _month_range(year: int, month: int, part: str) -> str:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"début": (1, 10), "mi": (11, 20), "fin": (21, last)}[part]
    return f"{year}-{month:02d}-{first_day:02d}/{year}-{month:02d}-{last_day:02d}"


def _year_range(year: int, part: str) -> str:
    first, last = {"début": (1, 4), "mi": (5, 8), "fin": (9, 12)}[part]
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _weekday_before(day: str, reference: dt.date) -> dt.date:
    """The last ``day`` (lundi …) on or before ``reference``: news tells the past."""
    back = (reference.weekday() - DAYS.index(day)) % 7
    return reference - dt.timedelta(days=back)


def resolve_date(expression: str, reference: dt.date | str) -> str:
    """The ISO 8601 value of a French temporal ``expression``, seen from ``reference``.

    Days resolve to ``YYYY-MM-DD``, months to ``YYYY-MM``, years to ``YYYY``;
    *début*, *mi-* and *fin* give an interval ``start/end``: by the kit's convention, the
    first, middle or last third of a month or a year. A weekday alone (*jeudi*) is the last
    one on or before the reference date; a month without a year, the last such
    month. *hier jeudi* checks that yesterday was a Thursday (a warning if not).

    >>> resolve_date("hier jeudi", "2019-04-26"), resolve_date("d’hier", "2019-04-26")
    ('2019-04-25', '2019-04-25')
    >>> resolve_date("mars 2018", "2019-04-26"), resolve_date("début 2018", "2019-04-26")
    ('2018-03', '2018-01/2018-04')
    >>> resolve_date("2011", "2019-04-26"), resolve_date("fin mars", "2019-04-26")
    ('2011', '2019-03-21/2019-03-31')
    """
    if not isinstance(expression, str):
        raise TypeError(_("resolve_date() needs an expression as a str, got {type}")
                        .format(type=type(expression).__name__))
    ref = _as_date(reference)
    expr = " ".join(expression.lower().replace("’", "'").split())
    expr = re.sub(r"^(?:d'|de |depuis |en |le |jusqu'(?:au|à) )(?!mois )", "", expr)
    for resolve in (_relative_day, _day_of_month, _month, _year, _weekday, _next_or_last):
        value = resolve(expr, ref, expression)
        if value is not None:
            return value
    raise ValueError(_(
        "cannot resolve {expression!r}: resolve_date() knows hier / aujourd’hui / demain "
        "(with a weekday), a weekday, '25 avril 2019', 'mars 2018', 'début 2018', '2011', "
        "and 'la semaine dernière' / 'le mois prochain' / 'l’an dernier'. Pass one "
        "expression that find_dates() found."
    ).format(expression=expression))


# Each resolver takes the normalised expression, the reference date and the expression as
# given (for messages); it returns the ISO value, or None when the expression is not its kind.

_RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}


def _relative_day(expr: str, ref: dt.date, expression: str) -> str | None:
    """hier, d’hier, demain matin, hier jeudi (a warning if yesterday was no Thursday)."""
    words = expr.split()
    if not words or words[0] not in _RELATIVE_DAYS:
        return None
    day = ref + dt.timedelta(days=_RELATIVE_DAYS[words[0]])
    named = [w for w in words[1:] if w in DAYS]
    if named and DAYS[day.weekday()] != named[0]:
        warnings.warn(_("{expression!r}: {date} is a {day}, not a {named}; check the reference "
                        "date").format(expression=expression, date=day.isoformat(),
                                       day=DAYS[day.weekday()], named=named[0]),
                      UserWarning, stacklevel=3)
    return day.isoformat()


def _day_of_month(expr: str, ref: dt.date, expression: str) -> str | None:
    """25 avril 2019, jeudi 25 avril, 1er mai."""
    found = re.fullmatch(
        rf"(?:(?P<wd>{_DAY}) )?(?P<d>1er|\d{{1,2}}) (?P<m>{_MONTH})(?: (?P<y>\d{{4}}))?", expr)
    if not found:
        return None
    day_number = 1 if found["d"] == "1er" else int(found["d"])
    month = _MONTH_NUMBER[found["m"]]
    year = int(found["y"]) if found["y"] else ref.year
    try:
        return dt.date(year, month, day_number).isoformat()
    except ValueError:
        raise ValueError(_("{expression!r} is not a valid date").format(expression=expression)) \
            from None


def _month(expr: str, ref: dt.date, expression: str) -> str | None:
    """mars 2018, début mars; a month without a year is the last such month."""
    found = re.fullmatch(
        rf"(?:(?P<p>début|fin|mi|courant)[- ]?)?(?P<m>{_MONTH})(?: (?P<y>\d{{4}}))?", expr)
    if not found:
        return None
    month = _MONTH_NUMBER[found["m"]]
    if found["y"]:
        year = int(found["y"])
    else:  # the last such month, this year or the year before
        year = ref.year if month <= ref.month else ref.year - 1
    if found["p"] in ("début", "mi", "fin"):
        return _month_range(year, month, found["p"])
    return f"{year}-{month:02d}"


def _year(expr: str, ref: dt.date, expression: str) -> str | None:
    """2011, début 2018."""
    found = re.fullmatch(r"(?:(?P<p>début|fin|mi|courant)[- ]?)?(?P<y>\d{4})", expr)
    if not found:
        return None
    if found["p"] in ("début", "mi", "fin"):
        return _year_range(int(found["y"]), found["p"])
    return found["y"]


def _weekday(expr: str, ref: dt.date, expression: str) -> str | None:
    """jeudi, jeudi soir, vendredi dernier, lundi prochain."""
    found = re.fullmatch(rf"(?P<wd>{_DAY})(?: (?P<when>soir|matin|dernier|prochain))?", expr)
    if not found:
        return None
    day = _weekday_before(found["wd"], ref)
    if found["when"] == "prochain":
        day = day + dt.timedelta(days=7)
    elif found["when"] == "dernier" and day == ref:
        day = day - dt.timedelta(days=7)
    return day.isoformat()


def _next_or_last(expr: str, ref: dt.date, expression: str) -> str | None:
    """la semaine dernière (an ISO week), le mois prochain, l’an dernier."""
    found = re.fullmatch(rf"(la semaine|le mois|l'année|l'an) ({_NEXT_OR_LAST})", expr)
    if not found:
        return None
    step = 1 if found[2].startswith("prochain") else -1
    if found[1] == "la semaine":
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if found[1] == "le mois":
        month_index = ref.year * 12 + ref.month - 1 + step
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    return str(ref.year + step)
