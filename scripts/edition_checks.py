"""Checks that keep the editions in step: parity of two notebooks, English left in French
prose, and French spelling (hunspell). Used by tests/test_editions.py; also a command:

    python scripts/edition_checks.py    # every problem of the French edition, exit 1 if any

Parity is checked on the notebooks themselves, not on how scripts/editions.py built them:
a hand edit, or a bug of the build, is caught the same way.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tokenize
from collections import Counter
from pathlib import Path

import nbformat

from editions import CHOICE_LINE, IMPORT_LINE, LANGUAGE_CELL_ID, read_source, sources

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
WORDS = ROOT / "editions" / "fr" / "mots.txt"
LANGUAGE_LINES = (IMPORT_LINE, CHOICE_LINE.format(lang="fr"))

_FENCE = re.compile(r"```.*?```", re.DOTALL)
_MASKS = [
    re.compile(r"<!--.*?-->", re.DOTALL),  # HTML comments
    re.compile(r"`[^`]*`"),  # code spans
    re.compile(r"\$[^$\n]+\$"),  # formulas
    re.compile(r"\]\((?:[^()\s]|\([^()]*\))*\)"),  # link targets, (parentheses) and all
    re.compile(r"https?://\S+"),
    re.compile(r"<[^>]+>"),  # HTML tags
    re.compile(r"\w+\[[^\]\s]*\]"),  # subscripts: text[{start}:{end}]
    re.compile(r"\{[^}]*\}"),  # format placeholders of catalog messages
    re.compile(r"\S+\.(?:md|ipynb|txt|py|tsv|csv|html)\b"),  # file names
    re.compile(r"\w*_\w*"),  # identifiers and file stems (02_frequences), blanks (____)
    re.compile(r"\S*\\\S*"),  # regular expressions
    re.compile(r"^\s*\|?[-:| ]+\|?\s*$", re.MULTILINE),  # table rulers
]
_HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)
_QUESTION = re.compile(r"\*\*Question (\d+)\.\*\*")


def prose(markdown: str) -> str:
    """The words a student reads: no code, no link targets, no HTML, no markup.

    >>> prose("Run `q1.hint()`: see [lesson 01](01_segmentation.ipynb).")
    'Run : see lesson 01 .'
    """
    text = _FENCE.sub(" ", markdown)
    for mask in _MASKS:
        text = mask.sub(" ", text)
    text = re.sub(r"[*_#>|\[\]]", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def paragraphs(markdown: str) -> list[str]:
    """The prose of each paragraph, list item and table row of a markdown text."""
    parts = re.split(r"\n\s*\n|\n(?=\s*(?:[-*] |\d+\. |\|))", _FENCE.sub("\n\n", markdown))
    return [p for p in (prose(part) for part in parts) if p]


def english_left(markdown: str, min_words: int = 6) -> list[str]:
    """Paragraphs of a French text that read as English (simplemma's language detector).

    >>> english_left("Remplacez les ____ par votre réponse, puis exécutez la cellule.")
    []
    >>> english_left("Replace the blank with your answer, then run the cell again.")
    ['Replace the blank with your answer, then run the cell again.']
    """
    from simplemma.language_detector import langdetect

    found = []
    for paragraph in paragraphs(markdown):
        words = re.findall(r"[^\W\d_]{2,}", paragraph)
        if len(words) < min_words:
            continue
        scores = dict(langdetect(paragraph, lang=("fr", "en")))
        # names (Kim Jong-un) and shared words (minutes, tokens) count for either language:
        # English is most words English and not half of them French
        if scores.get("en", 0) >= 0.6 and scores.get("fr", 0) < 0.5:
            found.append(paragraph)
    return found


_BEFORE = re.compile(r"(?<=\S)( ?)([;!?»])|(?<=[^\s\d])( ?):(?=\s|$)")
_AFTER = re.compile(r"«( ?)(?=\S)")


def typography(markdown: str) -> list[str]:
    """Where French prose lacks the no-break space before ``: ; ! ? »`` or after ``«``.

    >>> typography("Pourquoi ? « Bien », dit-il : oui\u00a0!")
    ['Pourquoi ?', '« Bien', 'Bien »', 'dit-il :']
    >>> typography("Pourquoi\u00a0? «\u00a0Bien\u00a0», à 10:30 et `x[1:]`.")
    []
    """
    text = prose(markdown)
    found = [(m.start(), text[max(0, m.start() - 12):m.end()].split()[-2:])
             for m in _BEFORE.finditer(text)]
    found += [(m.start(), text[m.start():m.end() + 12].split()[:2]) for m in _AFTER.finditer(text)]
    return [" ".join(words) for _, words in sorted(found)]


def hunspell_available() -> bool:
    if shutil.which("hunspell") is None:
        return False
    listing = subprocess.run(["hunspell", "-D"], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL, check=False)
    return "fr_FR" in listing.stdout + listing.stderr


def misspelled(texts: list[str], words: Path = WORDS) -> Counter:
    """French words hunspell (fr_FR) does not know, with how often each occurs.

    Needs Debian's ``hunspell`` and ``hunspell-fr`` (``hunspell_available()``); the kit's
    names and terms are in ``editions/fr/mots.txt``, one per line.
    """
    known = {line.strip() for line in words.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")} if words.exists() else set()
    text = "\n".join(prose(t) for t in texts).replace("\u2019", "'")
    result = subprocess.run(["hunspell", "-d", "fr_FR", "-l", "-i", "utf-8"], input=text,
                            capture_output=True, text=True, check=True)
    found = Counter(word.strip(".'") for word in result.stdout.split())
    return Counter({w: n for w, n in found.items()
                    if len(w) > 1 and w not in known and w.lower() not in known
                    and any(c.isalpha() for c in w)})


def _kept(english: str, french: str) -> str:
    """A translation without the words it keeps from its English (code, names, formats)."""
    word = r"\w(?:[\w.-]*\w)?"
    words = set(re.findall(word, english))
    return re.sub(word, lambda m: " " if m[0] in words else m[0], french)


def catalog_problems(messages: list[tuple[str, str]], spelling: bool = True) -> list[str]:
    """English left, French spacing and spelling in a catalog's (English, French) messages.

    Words a translation keeps from its English (``str``, ``True``, ``doc.paragraphs``, a file
    kind) are code or names, kept on purpose: they are left out of the checks.

    >>> catalog_problems([("Correct!", "Bonne réponse !")], spelling=False)
    ['spacing: réponse !']
    >>> catalog_problems([("Expected a str.", "Attendu\u00a0: un str.")], spelling=False)
    []
    """
    problems = []
    texts = []
    for english, french in messages:
        text = _kept(english, french)
        texts.append(text)
        problems += [f"English left: {p!r}" for p in english_left(text)]
        problems += [f"spacing: {s}" for s in typography(french)]
    if spelling:
        problems += [f"spelling: {w} ×{n}" for w, n in sorted(misspelled(texts).items())]
    return problems


def code_tokens(code: str) -> list[tuple[int, str]]:
    """A code cell's tokens with its prose (strings and comments) masked: what must not differ.

    >>> code_tokens('print("hello", n)  # say it') == code_tokens('print("bonjour", n)')
    True
    """
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
            tokenize.ENDMARKER}
    masked = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    tokens = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type not in skip:
                tokens.append((token.type, "…" if token.type in masked else token.string))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        tokens.append((-1, code))  # unreadable code must then be identical
    return tokens


def without_language(code: str) -> str:
    return "\n".join(line for line in code.splitlines() if line.strip() not in LANGUAGE_LINES)


def parity(english, french) -> list[str]:
    """How two editions of a lesson differ beyond prose and the language choice."""
    problems = []
    en_ids = [c.id for c in english.cells]
    fr_cells = [c for c in french.cells if c.id != LANGUAGE_CELL_ID]
    if len(fr_cells) == len(french.cells):
        problems.append("no language cell (set_language) in the French edition")
    fr_ids = [c.id for c in fr_cells]
    if en_ids != fr_ids:
        only_en = [i for i in en_ids if i not in fr_ids]
        only_fr = [i for i in fr_ids if i not in en_ids]
        problems.append(f"cells differ: only in English {only_en}, only in French {only_fr}"
                        + ("" if only_en or only_fr else " (same cells, another order)"))
    by_id = {c.id: c for c in fr_cells}
    for cell in english.cells:
        twin = by_id.get(cell.id)
        if twin is None:
            continue
        if twin.cell_type != cell.cell_type:
            problems.append(
                f"cell {cell.id}: {cell.cell_type} in English, {twin.cell_type} in French")
        elif cell.cell_type == "code":
            if code_tokens(cell.source) != code_tokens(without_language(twin.source)):
                problems.append(f"code cell {cell.id}: the code differs (not only its prose)")
        elif cell.cell_type == "markdown":
            levels = Counter(_HEADING.findall(_FENCE.sub("", cell.source)))
            twin_levels = Counter(_HEADING.findall(_FENCE.sub("", twin.source)))
            if levels != twin_levels:
                problems.append(f"cell {cell.id}: headings {dict(levels)} in English, "
                                f"{dict(twin_levels)} in French")
            if set(_QUESTION.findall(cell.source)) != set(_QUESTION.findall(twin.source)):
                problems.append(f"cell {cell.id}: exercise questions "
                                f"{_QUESTION.findall(cell.source)} in English, "
                                f"{_QUESTION.findall(twin.source)} in French")
    return problems


def pairs(lang: str = "fr") -> list[tuple[Path, Path]]:
    """(English lesson, its edition) for every lesson of ``editions/<lang>``."""
    return [(NOTEBOOKS / read_source(path).english, NOTEBOOKS / lang / f"{path.stem}.ipynb")
            for path in sources(lang)]


def markdown_cells(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells
            if c.cell_type == "markdown" and "kit-navigation" not in c.metadata.get("tags", [])]


def main() -> int:
    problems = []
    for english, french in pairs():
        if not french.exists():
            problems.append(f"{french.name}: missing (python scripts/editions.py)")
            continue
        en, fr = (nbformat.read(p, as_version=4) for p in (english, french))
        problems += [f"{french.name}: {p}" for p in parity(en, fr)]
        problems += [f"{french.name}: English left: {p[:80]!r}"
                     for cell in markdown_cells(french) for p in english_left(cell)]
        if hunspell_available():
            problems += [f"{french.name}: spelling: {w} ×{n}"
                         for w, n in sorted(misspelled(markdown_cells(french)).items())]
    print("\n".join(problems) or "the French edition is in step")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
