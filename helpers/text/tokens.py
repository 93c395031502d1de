"""Split French text into surface tokens, with their character offsets.

One compiled regular expression does all the work, so tokenizing is fast and
linear in the length of the text. The kit's conventions (see DESIGN):

* an elided word keeps its apostrophe and stands alone: ``l’``, ``qu’``, ``jusqu’``
  (’ or ', any case); lexicalised ones stay whole: ``aujourd’hui``, ``quelqu’un``;
* hyphenated words and names stay whole (``Jong-un``, ``peut-être``), but an
  inverted pronoun is split off as in Universal Dependencies: ``a`` ``-t-il``;
* numbers stay whole (``12,5``, ``3.14``, ``1 000``), so do URLs, e-mail
  addresses, initialisms (``O.N.U.``, ``J.-C.``) and abbreviations (``M.``, ``etc.``);
* every other punctuation mark is its own token; ``...`` is one token.

Only whitespace is left out: the tokens and the gaps between them give back
the text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .abbreviations import load_abbreviations
from .checks import check_text

__all__ = ["Token", "check_text", "iter_token_spans", "span_tokenize", "token_spans", "tokenize"]

_APOS = "'’‘ʼ"  # ASCII, U+2019, U+2018 (a common typo for ’), U+02BC
_UP = "A-ZÀ-ÖØ-Þ"  # upper-case Latin letters, for initials
# Characters that never start a token but belong to the one before them:
# combining accents (decomposed é), soft hyphen, zero-width (non-)joiners.
_JOIN = "\u0300-\u036f\u00ad\u200c\u200d"
_W = rf"\w[\w{_JOIN}]*"  # a run of word characters


def _any_case(word: str) -> str:
    """``qu`` -> ``[qQ][uU]``: case-insensitive, and fixed width for a look-behind."""
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


def _word_is(words: list[str], end: str) -> str:
    """Look-behinds, one per word, true when the token so far is that word + ``end``."""
    return "|".join(rf"(?<=(?<!\w)(?<!\w-){w}{end})" for w in words)


# Elided words (l’ qu’ jusqu’ …) stand alone; any other apostrophe inside a
# word keeps it whole (aujourd’hui, quelqu’un, presqu’île, O’Hara).
_ELIDED = [_any_case(w) for w in ("qu", "jusqu", "lorsqu", "puisqu", "quoiqu")]
_ELIDED.append("[cdjlmnstçCDJLMNSTÇ]")
_ELISION = _word_is(_ELIDED, ".")
_NOT_ELISION = "".join(rf"(?<!(?<!\w)(?<!\w-){w}.)" for w in _ELIDED)

# Abbreviations that keep their period (decided by the UD French treebanks), always
# or before a number only (p. 12): data/abbreviations.tsv.
_ABBREV = _word_is([a.form for a in load_abbreviations() if a.tokenizer == "keep"], r"\.")
_NUMBERED = _word_is([a.form for a in load_abbreviations() if a.tokenizer == "number"],
                     r"\.")

# Pronouns split off an inverted verb or an imperative, as in UD: "a -t-il",
# "dit -elle", "pensez -vous", "allez -y". Written as what follows a hyphen.
# Subject pronouns come only after t/d or the euphonic -t-, so that a name
# like "Kim Jong-il" stays whole; rendez-vous, celle-là, jusque-là stay whole.
_SUBJ = "(?:il|elle|on|ils|elles)"
_CLITIC = (
    rf"(?:t-{_SUBJ}|(?<=[td]-){_SUBJ}|(?<=[iseéx]-)je|(?<=[sx]-)tu|(?<=t-)ce"
    rf"|(?<=[sz]-)(?<!{_any_case('rendez')}-)(?:nous|vous)"
    rf"|(?<!{_any_case('celui')}-)(?<!{_any_case('celle')}-)(?<!{_any_case('ceux')}-)"
    rf"(?<!{_any_case('celles')}-)(?<!{_any_case('jusque')}-)là"
    r"|(?:moi|toi|le|la|les|lui|leur|y|en))"
)
# A clitic chain that ends the word: "dites-le-moi", not "Bar-le-Duc".
_CLITIC_END = (
    rf"{_CLITIC}(?:-(?:t-)?(?:il|elle|on|ils|elles|moi|toi|le|la|les|lui|leur|y|en|nous|vous))"
    "{0,2}"
    rf"(?![\w{_APOS}-])"
)
_URL_REST = r"""[^\s<>"«»]*[^\s<>"«».,;:!?…)\]}'’]"""
# An e-mail address after the first word of its local part. Bounded, like the
# clitic chain above, so that no input makes tokenizing slower than linear.
_MAIL_REST = r"(?:\w+[.+]){0,8}\w+@\w[\w-]*(?:\.\w[\w-]*)+"

# Speed: a plain word is matched by the first alternative that can start with
# a letter. The special cases (elision, abbreviations, URLs, e-mails …) are
# tails of that word, checked only when an apostrophe, a period, a colon …
# follows it. Every alternative starts with a literal or a character set,
# which the regex engine rejects at a glance. Tokenizing stays within 3x a
# bare \w+|[^\w\s].
_PATTERN = rf"""
  \d(?:\d?(?=h\d{{0,2}}(?!\w))                                      # 18 h 40
     |\d{{0,2}}(?:[\u0020\u00a0\u202f]\d{{3}})+(?!\w)(?:,\d+)?)      # 1 000
| h(?<=\dh)(?=\d{{0,2}}(?!\w))
| {_W}
  (?:(?:[{_APOS}](?:(?<=[cC].)(?=(?i:est-à-dire)(?!-?\w))|{_NOT_ELISION})
     |[·\u2010\u2011]|-(?!{_CLITIC_END})|[.,:/](?<=\d.)(?=\d)
     ){_W})*
  (?:[{_APOS}](?:{_ELISION})                                        # elision: l’ qu’
    |\.(?:(?:{_ABBREV})                                             # M. etc.
         |(?:{_NUMBERED})(?=\s*\d)                                  # p. 12
         |(?<=(?<![\w.-])[{_UP}]\.)(?:-?[{_UP}]\.)+                  # J.-C. O.N.U.
         |(?<=(?<![\w.-])[{_UP}]\.)(?:-?[{_UP}]\.?)*-?[{_UP}](?![\w.])  # J.-C
         |(?<=(?<![\w.-])[{_UP}]\.)(?=\s[{_UP}])                     # B. Fall
         |(?<=(?<![\w.-])[a-z]\.)(?:[a-z]{{1,2}}\.)+                 # p.ex.
         |(?<=(?<![\w.-])www\.){_URL_REST}
         |{_MAIL_REST})                                             # e-mail
    |:(?:(?<=(?<![\w.-])https:)|(?<=(?<![\w.-])http:)|(?<=(?<![\w.-])ftp:))//{_URL_REST}
    |@\w[\w-]*(?:\.\w[\w-]*)+
    |\+{_MAIL_REST}
    |\((?:e|s|es|x|E|S|ES|X)\)s?(?!\w)                              # traité(e)s
    |[°º](?<=(?<![\w-])[nN].)                                       # n°
    |)
| -{_CLITIC}(?!\w)                                                  # -t-il -vous
| \.{{2,}} | -{{2,}}
| °(?<!\d°)[CF](?!\w)                                                # °C, not 40 ° C
| [\U0001F1E6-\U0001F1FF]{{2}}                                       # flag
| [^\w\s][\u0300-\u036f\ufe00-\ufe0f\u20e3\U0001F3FB-\U0001F3FF]*
  (?:\u200d[^\w\s][\ufe00-\ufe0f\U0001F3FB-\U0001F3FF]*)*            # emoji sequence
| [{_JOIN}]+
"""
# Every character that is not whitespace starts one of the alternatives above
# (the last two catch anything else), which is why no character is ever dropped.
TOKEN_RE = re.compile(_PATTERN, re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Token:
    """A token and where it is: ``text[start:end] == token.text``."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[str]:
    """Return the tokens of ``text`` as strings.

    >>> tokenize("L’objectif était clair.")
    ['L’', 'objectif', 'était', 'clair', '.']

    A sentence of the article:

    >>> tokenize("L’objectif de cette rencontre était de renforcer les « liens "
    ...          "historiques » entre Moscou et Pyongyang.")  # doctest: +NORMALIZE_WHITESPACE
    ['L’', 'objectif', 'de', 'cette', 'rencontre', 'était', 'de', 'renforcer', 'les',
     '«', 'liens', 'historiques', '»', 'entre', 'Moscou', 'et', 'Pyongyang', '.']
    >>> tokenize("le président sud-coréen Moon Jae-in")
    ['le', 'président', 'sud-coréen', 'Moon', 'Jae-in']

    An inverted pronoun (an example, not from the article):

    >>> tokenize("Kim Jong-un a-t-il renoncé ?")
    ['Kim', 'Jong-un', 'a', '-t-il', 'renoncé', '?']
    """
    return TOKEN_RE.findall(check_text(text, "tokenize"))


def iter_token_spans(text: str) -> Iterator[Token]:
    """Yield the tokens of ``text`` one by one, for texts too big for a list.

    >>> [t.text for t in iter_token_spans("la Russie était restée jusqu’à présent à l’écart")]
    ['la', 'Russie', 'était', 'restée', 'jusqu’', 'à', 'présent', 'à', 'l’', 'écart']
    """
    check_text(text, "iter_token_spans")  # now, not at the first next()
    return (Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text))


def token_spans(text: str) -> list[Token]:
    """Return the tokens of ``text`` with their start and end offsets.

    >>> token_spans("Il n’y a pas eu de communiqué commun")[1:3]
    [Token(text='n’', start=3, end=5), Token(text='y', start=5, end=6)]
    """
    check_text(text, "token_spans")
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def span_tokenize(text: str) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` offsets of the tokens of ``text``, as NLTK's tokenizers do.

    With :func:`tokenize`, this makes the module a :class:`helpers.text.tokenizer_api.Tokenizer`.

    >>> list(span_tokenize("L’objectif était clair."))
    [(0, 2), (2, 10), (11, 16), (17, 22), (22, 23)]
    """
    check_text(text, "span_tokenize")  # now, not at the first next()
    return (m.span() for m in TOKEN_RE.finditer(text))
