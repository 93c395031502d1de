"""The frequency part of the kit: counting words, reading them in context, finding key words.

- :mod:`helpers.frequency.counts`: counts, stopwords, stems and lemmas, type/token ratio, Zipf;
- :mod:`helpers.frequency.contexts`: KWIC concordances, dispersion, collocations;
- :mod:`helpers.frequency.keywords`: keyness against general French, tf-idf by paragraph.

The counting functions are also here, as the lessons use them:

>>> from helpers.frequency import count
>>> count(["Les", "les", "Pékin"], casefold=True)["les"]
2
"""

from . import counts
from .counts import *  # noqa: F403 - the counting API, listed once in counts.__all__

__all__ = counts.__all__
