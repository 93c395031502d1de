"""Will another article work with the lessons? What it lacks, and which gold to redo.

A teacher who wants to teach on another French article runs, in a terminal::

    python -m helpers.check --article mon_article.txt

The check lists what each lesson needs from its text (an elision, a typo for the
bug hunt, a repeated name, a relative date, a metonymy, a meeting, …), says what
the text has or lacks, and whether the gold files in ``seeds/`` still match it
(they are hand-made for one text: a new article needs new gold).

>>> report = check_article(SEEDS / "article.txt")
>>> report.ok, report.gold_ok
(True, True)
>>> print(report.lines[0])
✓ 00 02 04  three paragraphs or more: 5 paragraphs
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .data_files import data_rows
from .entities.dates import find_dates
from .entities.extraction import Mention, extract_entities
from .entities.linking import capital_of, link_mentions
from .entities.relation_extraction import relations
from .frequency import count
from .text.corpus import SEEDS, Document, load_text
from .text.lexicon import unknown_words
from .text.sentence_split import sentences
from .text.tokens import tokenize
from .translation import N_, format_number
from .translation import gettext as _

__all__ = ["ArticleCheck", "check_article"]

_RELATIVE = re.compile(r"\b(?:hier|avant-hier|aujourd’hui|aujourd'hui|demain|"
                       r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.I)
_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")
_ELISION = re.compile(r"^\w+['’]$")


@dataclass
class ArticleCheck:
    """One line per need (✓ has it, ✗ lacks it), then the gold files' state."""

    source: str
    lines: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    gold: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the text has everything the lessons show."""
        return not self.missing

    @property
    def gold_ok(self) -> bool:
        """True when every gold file in ``seeds/`` matches this text."""
        return not self.stale

    def __repr__(self) -> str:
        head = _("What the lessons need from {source}:").format(source=self.source)
        verdict = (_("The text has everything the lessons show.") if self.ok else
                   _("The text lacks {n} thing(s): the lessons that show them need an example "
                     "sentence of your own (label it as not from the article).")
                   .format(n=len(self.missing)))
        gold = (_("Every gold file in seeds/ matches this text.") if self.gold_ok else
                _("To use this text, copy it to seeds/article.txt, update seeds/article.json, "
                  "redo {files} by hand, then run `make notebooks` and re-read each lesson's "
                  "prose.").format(files=", ".join(self.stale)))
        return "\n".join([head, *self.lines, "", verdict, "", _("Gold files in seeds/:"),
                          *self.gold, "", gold])


@dataclass(frozen=True)
class _Text:
    """What the probes look at: the document, its tokens and its linked mentions."""

    doc: Document
    tokens: list[str]
    linked: list[Mention]

    @property
    def text(self) -> str:
        return self.doc.text


Probe = Callable[[_Text], "str | None"]


def _some(found: list[str], n: int = 1) -> str | None:
    """The most frequent of ``found`` (×count), or None if there are fewer than ``n``."""
    if len(found) < n:
        return None
    shown = [f"{w} ×{c}" if c > 1 else w for w, c in Counter(found).most_common(4)]
    return ", ".join(shown)


def _paragraphs(t: _Text) -> str | None:
    n = len(t.doc.paragraphs)
    return _("{n} paragraphs").format(n=n) if n >= 3 else None


def _words(t: _Text) -> str | None:
    n = len(t.text.split())
    return _("{n} words").format(n=format_number(n)) if 150 <= n <= 1500 else None


def _sentences(t: _Text) -> str | None:
    n = len(sentences(t.text))
    return _("{n} sentences").format(n=n) if n >= 5 else None


def _repeated(t: _Text) -> str | None:
    counts = count(t.tokens, stopwords=True, casefold=True, punctuation=False)
    top = [(w, c) for w, c in counts.most_common(3) if c >= 3]
    return ", ".join(f"{w} ×{c}" for w, c in top) or None


def _named(label: str) -> Probe:
    return lambda t: _some([m.entity or m.text for m in t.linked if m.label == label], 2)


def _repeated_name(t: _Text) -> str | None:
    names = Counter(m.entity or m.text for m in t.linked)
    return ", ".join(f"{n} ×{c}" for n, c in names.most_common(3) if c > 1) or None


def _metonymy(t: _Text) -> str | None:
    return _some([m.text for m in t.linked if m.label == "LOC" and m.country
                  and (capital := capital_of(m.country)) and capital.name == m.entity])


def _dates(pattern: re.Pattern[str]) -> Probe:
    return lambda t: _some([m.text for m in find_dates(t.text) if pattern.search(m.text)])


def _meeting(t: _Text) -> str | None:
    found = relations(t.doc)
    return f"{found[0]}" + (f" (+{len(found) - 1})" if len(found) > 1 else "") \
        if found else None


#: (lessons, what, probe): a probe returns what it found, or None.
_NEEDS: list[tuple[str, str, Probe]] = [
    ("00 02 04", N_("three paragraphs or more"), _paragraphs),
    ("00", N_("a length a class can read (150–1,500 words)"), _words),
    ("01", N_("several sentences"), _sentences),
    ("01", N_("an elision (l’, d’, qu’…)"), lambda t: _some([w for w in t.tokens
                                                                if _ELISION.match(w)])),
    ("01", N_("a hyphenated word or name"),
     lambda t: _some([w for w in t.tokens if "-" in w.strip("-")])),
    ("01", N_("a word no dictionary knows (a typo for the bug hunt)"),
     lambda t: _some(unknown_words(t.tokens))),
    ("02", N_("a content word used three times or more"), _repeated),
    ("03 04", N_("two people or more"), _named("PER")),
    ("03 04", N_("two places or more"), _named("LOC")),
    ("04", N_("a name mentioned twice or more"), _repeated_name),
    ("03", N_("a relative date (hier, jeudi…)"), _dates(_RELATIVE)),
    ("03", N_("a date with a year"), _dates(_YEAR)),
    ("04", N_("a capital standing for its state (metonymy)"), _metonymy),
    ("04", N_("a meeting the relation patterns find"), _meeting),
]


def _needs(doc: Document) -> list[tuple[str, str, Callable[[], str | None]]]:
    """(lessons, what, probe): a probe returns what it found, or None."""
    text = _Text(doc, tokenize(doc.text), link_mentions(extract_entities(doc.text)))
    return [(lessons, what, partial(probe, text)) for lessons, what, probe in _NEEDS]


def _gold_tokens(text: str) -> str | None:
    """None when seeds/gold_tokens.txt tiles the text; else what is wrong."""
    tokens = (SEEDS / "gold_tokens.txt").read_text(encoding="utf-8").splitlines()
    at = 0
    for number, token in enumerate(tokens, 1):
        start = text.find(token, at)
        if start < 0 or text[at:start].strip():
            return _("token {number} ({token!r}) is not the text's next token").format(
                number=number, token=token)
        at = start + len(token)
    return None if not text[at:].strip() else _("the text goes on after token {number}").format(
        number=len(tokens))


def _gold_offsets(text: str, name: str) -> str | None:
    """None when every row of a gold TSV slices its own text; else how many do not."""
    rows = data_rows(SEEDS / name)
    wrong = sum(text[int(row[0]):int(row[1])] != row[2] for row in rows)
    return _("{wrong} of {total} offsets do not match").format(wrong=wrong, total=len(rows)) \
        if wrong else None


def _meta(path: Path | None, doc: Document) -> str | None:
    """None when the JSON beside the text states its publication date and counts."""
    if path is None:
        return _("no file, so no metadata (title, publication date)")
    info = path.with_suffix(".json")
    if not info.is_file():
        return _("{file} is missing (title, publication_date, words, paragraphs)").format(
            file=info.name)
    meta = json.loads(info.read_text(encoding="utf-8"))
    if not meta.get("publication_date"):
        return _("{file} has no publication_date (relative dates need it)").format(file=info.name)
    if (meta.get("words"), meta.get("paragraphs")) != (len(doc.text.split()),
                                                         len(doc.paragraphs)):
        return _("{file} says {words} words, {paragraphs} paragraphs; the text has {found_words}, "
                 "{found_paragraphs}").format(
            file=info.name, words=meta.get("words"), paragraphs=meta.get("paragraphs"),
            found_words=len(doc.text.split()), found_paragraphs=len(doc.paragraphs))
    return None


def check_article(path_or_text: str | Path) -> ArticleCheck:
    """Check a candidate article (a path, or the text itself) against the lessons' needs.

    >>> check = check_article("Paul est à Lyon. Il pleut.")
    >>> check.ok, check.gold_ok
    (False, False)
    >>> check.missing[0]
    '00 02 04: three paragraphs or more'
    """
    path = Path(path_or_text) if isinstance(path_or_text, Path) else None
    doc = load_text(path_or_text)
    report = ArticleCheck(str(path_or_text) if path else _("the text given"))
    for lessons, what, probe in _needs(doc):
        found = probe()
        report.lines.append(_("{mark} {lessons:9} {need}: {found}").format(
            mark="✓" if found else "✗", lessons=lessons, need=_(what), found=found or _("none")))
        if not found:
            report.missing.append(_("{lessons}: {need}").format(lessons=lessons, need=_(what)))
    checks = [("gold_tokens.txt", _gold_tokens(doc.text)),
              ("gold_entities.tsv", _gold_offsets(doc.text, "gold_entities.tsv")),
              ("gold_links.tsv", _gold_offsets(doc.text, "gold_links.tsv")),
              ((path.with_suffix(".json").name if path else _("metadata")), _meta(path, doc))]
    for name, problem in checks:
        report.gold.append(_("✗ {file}: {problem}").format(file=name, problem=problem) if problem
                           else _("✓ {file} matches the text").format(file=name))
        if problem:
            report.stale.append(name)
    return report
